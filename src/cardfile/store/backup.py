"""Backups: consistent copies through SQLite's backup API (never a file copy of a live database), rotation, restore.

A copy is written to a temporary file of its own and renamed into place when complete, so two processes making
the same day's backup at once never touch each other's file, and a copy cut short (a full disk, `kill -9`) never
stands as a backup.

The daily copies are gzip-compressed (a database compresses five to six times at gzip's fastest level, so a week
of them takes about the room of one database, not seven), and one process at a time makes them: whoever holds the
backup folder's lock file. The command line hands the copy to a process of its own (see `start_daily_worker`),
which takes over the lock, so a command never waits for it.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cardfile import paths
from cardfile.domain.errors import BackupFailed, DatabaseCorrupt, DatabaseUnreadable
from cardfile.domain.sentences import Sentence, restored
from cardfile.store.damage import read_only_uri

try:
    import fcntl
except ImportError:  # Windows: no lock between processes; each copy still has a temporary file of its own
    fcntl = None  # type: ignore[assignment]

KEEP_DAILY = 7
DAILY_SUFFIX = ".cardfile-backup.gz"
# Uncompressed daily copies, as Cardfile made them before, are listed, restored and rotated out like the new ones.
_DAILY = re.compile(r"-(\d{4}-\d{2}-\d{2})\.cardfile-backup(?:\.gz)?$")
PARTIAL_SUFFIX = ".partial"
UNPACKED_SUFFIX = ".unpacked"  # a compressed backup uncompressed beside the database for a restore
# gzip's fastest level: 5.6 times smaller on a 100,000-contact database at some 200 MB/s of one core; level 6
# gains a tenth more room for two and a half times the time.
COMPRESS_LEVEL = 1
GZIP_MAGIC = b"\x1f\x8b"
LOCK_NAME = ".daily-backup.lock"  # held by whoever is making the day's copy
FAILED_NAME = ".daily-backup.failed"  # why the last copy made in a process of its own failed, for the next command
# The command line's hidden word that turns `cardfile` into the process making the day's copy.
DAILY_WORKER_WORD = "__daily-backup"
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
    try:
        paths.private_folder(target.parent)
        with _temporary(target) as tmp:
            _sqlite_copy(Path(source), tmp)
            os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupFailed(path=str(source), target=str(target), **_reason(exc)) from exc
    return target


def copy_database_compressed(source: Path, target: Path) -> Path:
    """As `copy_database`, gzip-compressed: a consistent copy first (the backup API needs a database file to write
    into), then compressed beside it; only the compressed file is renamed into place."""
    target = Path(target)
    try:
        paths.private_folder(target.parent)
        with _temporary(target) as plain, _temporary(target) as packed:
            _sqlite_copy(Path(source), plain)
            inner_name = target.name.removesuffix(".gz")  # what `gunzip -N` would call it
            with plain.open("rb") as src, packed.open("wb") as raw:
                with gzip.GzipFile(inner_name, "wb", COMPRESS_LEVEL, raw, mtime=0) as out:
                    shutil.copyfileobj(src, out, 1 << 20)
                raw.flush()
                os.fsync(raw.fileno())  # renamed into place only once it is on the disk
            os.replace(packed, target)
    except (sqlite3.Error, OSError, EOFError) as exc:
        raise BackupFailed(path=str(source), target=str(target), **_reason(exc)) from exc
    return target


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[Path]:
    """A file of this process's own beside `target` (0600), removed on leaving unless it was renamed away."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX, dir=target.parent)
    os.close(handle)  # mkstemp made it 0600; SQLite writes into the empty file as into a new database
    tmp = Path(name)
    try:
        yield tmp
    finally:
        with contextlib.suppress(OSError):  # tidying up must not hide why the copy failed
            tmp.unlink(missing_ok=True)


def _sqlite_copy(source: Path, tmp: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True, timeout=5)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()


def is_compressed(path: Path) -> bool:
    try:
        with Path(path).open("rb") as f:
            return f.read(2) == GZIP_MAGIC
    except OSError:
        return False


@contextlib.contextmanager
def unpacked(backup: Path, folder: Path) -> Iterator[Path]:
    """The backup as an SQLite file: itself, or (a compressed daily copy) uncompressed into a private temporary
    file in `folder`, removed on leaving. Raises DatabaseCorrupt when the compressed file is cut short or damaged."""
    backup = Path(backup)
    if not is_compressed(backup):
        yield backup
        return
    paths.private_folder(folder)
    _remove_stale_partials(folder, UNPACKED_SUFFIX)  # left by a restore killed midway (kill -9, power cut)
    handle, name = tempfile.mkstemp(prefix=f".{backup.name}.", suffix=UNPACKED_SUFFIX, dir=folder)
    tmp = Path(name)
    try:
        try:
            with os.fdopen(handle, "wb") as out, gzip.open(backup, "rb") as src:
                shutil.copyfileobj(src, out, 1 << 20)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise DatabaseCorrupt(
                path=str(backup), detail=f"its compressed copy is damaged ({exc})", reason="compressed_damaged"
            ) from exc
        yield tmp
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _reason(exc: BaseException) -> dict[str, Any]:
    """Why a copy failed: `detail` in English for the command line, and the system's error number for the app."""
    if isinstance(exc, OSError) and exc.strerror:
        return {"detail": exc.strerror, "errno": exc.errno}
    return {"detail": str(exc)}


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
    """Make today's backup unless there is one, and drop all but the newest `keep`. Returns the new backup (None when
    today's was there, or another process is making it now).

    Raises BackupFailed when the copy cannot be made, before it starts when the disk has too little room for it
    (a backup that filled the disk would make the person's next change fail).
    """
    made = None
    if due(database, backup_dir, today) is not None:
        with _daily_lock(database, backup_dir) as held:
            if not held:
                return None  # another process is making today's copy
            made = _make_daily(database, backup_dir, today)
    prune(backup_dir, keep)
    return made


def due(database: Path, backup_dir: Path, today: date) -> Path | None:
    """Where today's backup goes, if it is still to be made; raises BackupFailed when the disk has no room for it."""
    existing = daily_backups(backup_dir)
    if existing and existing[-1][0] >= today:
        return None
    target = backup_dir / f"{database.stem}-{today.isoformat()}{DAILY_SUFFIX}"
    try:
        paths.private_folder(backup_dir)
        _remove_stale_partials(backup_dir)
        free = shutil.disk_usage(backup_dir).free
    except OSError as exc:
        raise BackupFailed(path=str(database), target=str(target), **_reason(exc)) from exc
    needed = sum(p.stat().st_size for p in (database, Path(f"{database}-wal")) if p.exists())
    # The uncompressed copy, and the compressed one (a fifth of it, a quarter to be safe) beside it for a moment.
    if free < needed + needed // 4 + MIN_FREE_AFTER_BACKUP:
        detail = Sentence(
            "no_room",
            "only {free} free on its disk for a copy of {needed}",
            free=_size(free),
            needed=_size(needed),
            free_bytes=free,  # the window says the sizes its own way
            needed_bytes=needed,
        )
        raise BackupFailed(path=str(database), target=str(target), detail=detail)
    return target


def _make_daily(database: Path, backup_dir: Path, today: date) -> Path | None:
    """Under the lock: today's copy, unless another process made it meanwhile; a success clears an earlier failure.

    Compressed daily copies are written only under the lock, so any temporary one found now was left by a process
    that died (`kill -9`, a power cut): it goes at once, not an hour later, as it may take a database's room."""
    for entry in backup_dir.glob(f"*{DAILY_SUFFIX}.*{PARTIAL_SUFFIX}"):
        with contextlib.suppress(OSError):
            entry.unlink()
    target = due(database, backup_dir, today)
    if target is None:
        return None
    made = copy_database_compressed(database, target)
    with contextlib.suppress(OSError):
        (backup_dir / FAILED_NAME).unlink(missing_ok=True)
    return made


def prune(backup_dir: Path, keep: int = KEEP_DAILY) -> None:
    existing = daily_backups(backup_dir)
    for _, old in existing[:-keep] if keep > 0 else existing:
        with contextlib.suppress(OSError):  # an old backup that cannot go now goes next time
            old.unlink(missing_ok=True)


@contextlib.contextmanager
def _daily_lock(database: Path, backup_dir: Path) -> Iterator[bool]:
    """Whether this process may make the day's copy: it holds the folder's lock file, or no lock exists here."""
    if fcntl is None:
        yield True
        return
    fd = _take_lock(database, backup_dir)
    try:
        yield fd is not None
    finally:
        if fd is not None:
            os.close(fd)


def _take_lock(database: Path, backup_dir: Path) -> int | None:
    """The backup folder's lock file, open and locked by this process; None when another process holds it."""
    try:
        fd = os.open(backup_dir / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise BackupFailed(path=str(database), target=str(backup_dir), **_reason(exc)) from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except OSError as exc:
        os.close(fd)
        raise BackupFailed(path=str(database), target=str(backup_dir), **_reason(exc)) from exc
    return fd


def start_daily_worker(database: Path, backup_dir: Path, today: date) -> bool:
    """Hand today's backup to a process of its own that this one does not wait for; returns whether one started
    (False: today's is there, or another process is making it).

    The room for it is checked here, so a full disk is a warning of this command (BackupFailed). The worker is
    given this process's lock on the backup folder before this process goes, so no second worker starts while it
    copies (`wait_for_daily_worker` waits on the same lock), and it runs at a lower priority, with no terminal: a
    pipe reading the command's output ends with the command. What goes wrong in it is kept in the folder
    (`last_failure`) for the next command to tell. Where processes cannot share a lock (Windows), the copy is made
    here, after the command's output, as before.
    """
    if due(database, backup_dir, today) is None:
        return False
    if fcntl is None:
        return rotate(database, backup_dir, today) is not None
    fd = _take_lock(database, backup_dir)
    if fd is None:
        return False
    try:
        program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "cardfile"]
        arguments = [DAILY_WORKER_WORD, str(database.resolve()), str(backup_dir.resolve()), today.isoformat(), str(fd)]
        _WORKERS.append(
            subprocess.Popen(
                [*program, *arguments],
                pass_fds=(fd,),
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # a Ctrl+C in the terminal after the command is not meant for it
            )
        )
    except OSError as exc:
        raise BackupFailed(path=str(database), target=str(backup_dir), **_reason(exc)) from exc
    finally:
        os.close(fd)  # the lock stays with the worker, which shares this open file
    return True


# Workers started by this process, kept so that Popen's finalizer does not warn of a process still running.
_WORKERS: list[subprocess.Popen[bytes]] = []


def run_daily_worker(arguments: list[str]) -> int:
    """The process `start_daily_worker` starts: make the day's copy under the lock it was given, and rotate.

    Raises ValueError, before touching anything, when the arguments are not what `start_daily_worker` passes (the
    database, the backup folder, the day, the open lock's descriptor): the word is for cardfile, not for people."""
    try:
        database_text, backup_text, day_text, fd_text = arguments
        day, fd = date.fromisoformat(day_text), int(fd_text)
        os.fstat(fd)
    except (ValueError, OSError) as exc:
        raise ValueError(
            f"{DAILY_WORKER_WORD} is started by cardfile itself with DATABASE BACKUP_FOLDER YYYY-MM-DD LOCK_FD "
            f"(got {len(arguments)} argument(s): {exc})"
        ) from exc
    database, backup_dir = Path(database_text), Path(backup_text)
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)  # the person's next command comes first
    try:
        _make_daily(database, backup_dir, day)
        prune(backup_dir)
    except Exception as exc:  # nobody sees this process: the next command tells what stopped it
        why = (exc.params.get("detail") or exc.message) if isinstance(exc, BackupFailed) else repr(exc)
        kept = {"code": why.code, "params": why.params} if isinstance(why, Sentence) else None
        with contextlib.suppress(OSError):  # the English on the first line; its code and parameters on the next
            (backup_dir / FAILED_NAME).write_text(f"{why}\n{json.dumps(kept)}" if kept else str(why), encoding="utf-8")
        return 1
    finally:
        os.close(fd)
    return 0


def last_failure(backup_dir: Path) -> str | None:
    """Why the last daily copy made in a process of its own was not made, if it was not (and none was since)."""
    try:
        text = (backup_dir / FAILED_NAME).read_text(encoding="utf-8").strip() or "unknown reason"
    except (OSError, UnicodeDecodeError):
        return None
    why, _, kept = text.partition("\n")
    try:
        said = json.loads(kept) if kept else None
        return restored(str(said["code"]), why, dict(said["params"])) if isinstance(said, dict) else text
    except (ValueError, KeyError, TypeError):  # written by another version, or damaged: its text as it is
        return text


def copy_in_progress(backup_dir: Path) -> bool:
    """Whether another process holds the backup folder's lock now, making the day's copy (False where processes
    cannot share a lock). Only looks: the lock is taken shared for an instant and given back at once."""
    if fcntl is None:
        return False
    try:
        fd = os.open(backup_dir / LOCK_NAME, os.O_RDONLY)
    except OSError:  # no lock file: no copy was ever made through it
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        os.close(fd)  # closing gives a shared lock back
    return False


def wait_for_daily_worker(backup_dir: Path, timeout: float = 60.0) -> bool:
    """Wait until no process holds the backup folder's lock (the day's copy is made, or failed); False on timeout."""
    if fcntl is None or not (backup_dir / LOCK_NAME).exists():
        return True
    deadline = time.monotonic() + timeout
    fd = os.open(backup_dir / LOCK_NAME, os.O_RDWR)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() > deadline:
                    return False
                time.sleep(0.05)
    finally:
        os.close(fd)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB"


def _remove_stale_partials(backup_dir: Path, suffix: str = PARTIAL_SUFFIX) -> None:
    """Temporary copies left by a process that died mid-copy (kill -9, power cut) would fill the disk in time."""
    limit = time.time() - STALE_PARTIAL_SECONDS
    for entry in backup_dir.glob(f".*{suffix}"):
        with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
            if entry.stat().st_mtime < limit:
                entry.unlink()


def verify(path: Path) -> None:
    """Raise a typed error unless `path` is an intact SQLite file (a candidate for restore)."""
    if not path.is_file():
        raise DatabaseUnreadable(path=str(path), detail="no such file", reason="missing")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseCorrupt(path=str(path), detail=str(exc), reason="damaged") from exc
    if result != "ok":
        raise DatabaseCorrupt(path=str(path), detail=result, reason="damaged")


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
        raise BackupFailed(path=str(backup), target=str(database), **_reason(exc)) from exc


def timestamped(database: Path, what: str, when: datetime) -> Path:
    return database.with_name(f"{database.name}.{what}-{when.strftime('%Y%m%dT%H%M%S')}.bak")
