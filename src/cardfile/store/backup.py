"""Backups: consistent copies through SQLite's backup API (never a file copy of a live database), rotation, restore.

A copy is written to a temporary file of its own and renamed into place when complete, so two processes making
the same day's backup at once never touch each other's file, and a copy cut short (a full disk, `kill -9`) never
stands as a backup.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from cardfile import paths
from cardfile.domain.errors import BackupFailed, DatabaseCorrupt, DatabaseUnreadable
from cardfile.store.damage import read_only_uri

KEEP_DAILY = 7
_DAILY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.cardfile-backup$")
PARTIAL_SUFFIX = ".partial"
# A temporary copy not written to for this long was left by a process that died; a live copy writes all the time.
STALE_PARTIAL_SECONDS = 3600
# What a daily backup leaves free on its disk at least, beyond the copy: the disk is the person's before it is ours.
MIN_FREE_AFTER_BACKUP = 1 << 20


def migration_backup_path(path: Path, from_revision: str, to_revision: str) -> Path:
    return path.with_name(f"{path.name}.before-schema-{to_revision}-from-{from_revision}.bak")


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of the database at `source` to `target`, atomically (temporary file, then rename).

    The copy is readable by its owner only. Raises BackupFailed, with no temporary file left behind.
    """
    target = Path(target)
    tmp: Path | None = None
    try:
        paths.private_folder(target.parent)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
        os.close(handle)  # mkstemp made it 0600; SQLite writes into the empty file as into a new database
        tmp = Path(name)
        src = sqlite3.connect(read_only_uri(Path(source)), uri=True, timeout=5)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):  # tidying up must not hide why the copy failed
                tmp.unlink(missing_ok=True)
        raise BackupFailed(path=str(source), target=str(target), detail=_reason(exc)) from exc
    return target


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc)


def daily_backups(backup_dir: Path) -> list[tuple[date, Path]]:
    if not backup_dir.is_dir():
        return []
    found = []
    for entry in backup_dir.iterdir():
        m = _DAILY.search(entry.name)
        if m:
            found.append((date.fromisoformat(m.group(1)), entry))
    return sorted(found)


def rotate(database: Path, backup_dir: Path, today: date, keep: int = KEEP_DAILY) -> Path | None:
    """Make today's backup unless there is one, and drop all but the newest `keep`. Returns the new backup.

    Raises BackupFailed when the copy cannot be made, before it starts when the disk has too little room for it
    (a backup that filled the disk would make the person's next change fail).
    """
    existing = daily_backups(backup_dir)
    made = None
    if not existing or existing[-1][0] < today:
        target = backup_dir / f"{database.stem}-{today.isoformat()}.cardfile-backup"
        try:
            paths.private_folder(backup_dir)
            _remove_stale_partials(backup_dir)
            free = shutil.disk_usage(backup_dir).free
        except OSError as exc:
            raise BackupFailed(path=str(database), target=str(target), detail=_reason(exc)) from exc
        needed = sum(p.stat().st_size for p in (database, Path(f"{database}-wal")) if p.exists())
        if free < needed + needed // 10 + MIN_FREE_AFTER_BACKUP:
            detail = f"only {_size(free)} free on its disk for a copy of {_size(needed)}"
            raise BackupFailed(path=str(database), target=str(target), detail=detail)
        made = copy_database(database, target)
        existing = daily_backups(backup_dir)
    for _, old in existing[:-keep] if keep > 0 else existing:
        with contextlib.suppress(OSError):  # an old backup that cannot go now goes next time
            old.unlink(missing_ok=True)
    return made


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB"


def _remove_stale_partials(backup_dir: Path) -> None:
    """Temporary copies left by a process that died mid-copy (kill -9, power cut) would fill the disk in time."""
    limit = time.time() - STALE_PARTIAL_SECONDS
    for entry in backup_dir.glob(f"*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
            if entry.stat().st_mtime < limit:
                entry.unlink()


def verify(path: Path) -> None:
    """Raise a typed error unless `path` is an intact SQLite file (a candidate for restore)."""
    if not path.is_file():
        raise DatabaseUnreadable(path=str(path), detail="no such file")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(path=str(path), detail=str(exc)) from exc
    if result != "ok":
        raise DatabaseCorrupt(path=str(path), detail=result)


def restore_into(backup: Path, database: Path) -> None:
    """Replace the contents of `database` with those of `backup`, through SQLite so open readers stay sound."""
    try:
        src = sqlite3.connect(read_only_uri(backup), uri=True)
        try:
            paths.private_file(database)  # a database restored where there was none is private like a new one
            dst = sqlite3.connect(database, timeout=5)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupFailed(path=str(backup), target=str(database), detail=_reason(exc)) from exc


def timestamped(database: Path, what: str, when: datetime) -> Path:
    return database.with_name(f"{database.name}.{what}-{when.strftime('%Y%m%dT%H%M%S')}.bak")
