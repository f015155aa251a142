"""Backups: consistent copies through SQLite's backup API (never a file copy of a live database), rotation, restore."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path

from cardfile.domain.errors import BackupFailed, DatabaseCorrupt, DatabaseUnreadable

KEEP_DAILY = 7
_DAILY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.cardfile-backup$")


def migration_backup_path(path: Path, from_revision: str, to_revision: str) -> Path:
    return path.with_name(f"{path.name}.before-schema-{to_revision}-from-{from_revision}.bak")


def copy_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of the database at `source` to `target`, atomically (temporary file, then rename)."""
    target = Path(target)
    tmp = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
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
        with contextlib.suppress(OSError):  # tidying up must not hide why the copy failed
            tmp.unlink(missing_ok=True)
        raise BackupFailed(path=str(source), target=str(target), detail=str(exc)) from exc
    return target


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
    """Make today's backup unless there is one, and drop all but the newest `keep`. Returns the new backup."""
    existing = daily_backups(backup_dir)
    made = None
    if not existing or existing[-1][0] < today:
        made = copy_database(database, backup_dir / f"{database.stem}-{today.isoformat()}.cardfile-backup")
        existing = daily_backups(backup_dir)
    for _, old in existing[:-keep] if keep > 0 else existing:
        old.unlink(missing_ok=True)
    return made


def verify(path: Path) -> None:
    """Raise a typed error unless `path` is an intact SQLite file (a candidate for restore)."""
    if not path.is_file():
        raise DatabaseUnreadable(path=str(path), detail="no such file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
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
        src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(database, timeout=5)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupFailed(path=str(backup), target=str(database), detail=str(exc)) from exc


def timestamped(database: Path, what: str, when: datetime) -> Path:
    return database.with_name(f"{database.name}.{what}-{when.strftime('%Y%m%dT%H%M%S')}.bak")
