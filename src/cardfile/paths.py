"""Where Cardfile keeps its files: data (the default database), config, logs and backups, and how it makes them.

One override serves tests and portable installs: with `CARDFILE_HOME` set, every directory lives under it.
Databases, their backups and logs hold people's names, numbers and notes: the files and folders Cardfile creates
for them are readable by their owner only (0600 and 0700 on POSIX; Windows gives a user's own folders that
already). Exports are the person's own files, made where and as they ask, so they follow the umask like any other.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "Cardfile"
DEFAULT_DB_NAME = "cardfile.db"


def _home() -> Path | None:
    value = os.environ.get("CARDFILE_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "log" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def default_database() -> Path:
    return data_dir() / DEFAULT_DB_NAME


PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700


def private_folder(path: Path) -> Path:
    """Make `path` and any missing folders above it, readable by their owner only; existing ones are left alone."""
    missing = []
    for folder in (path, *path.parents):
        if folder.is_dir():
            break
        missing.append(folder)
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # made meanwhile by another process (or a file is there:
            folder.mkdir(mode=PRIVATE_FOLDER_MODE)  # the caller finds out when it uses it)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty and readable by its owner only, unless it exists (then it is left as it is).

    SQLite creates a database's -wal, -shm and journal files with the database file's own permissions, so a
    database created this way keeps its write-ahead log private too.
    """
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    return path


def backup_dir_for(database: Path) -> Path:
    """Automatic backups sit next to the database they copy, in a folder named after it."""
    return database.parent / f"{database.stem}-backups"


def resolve_database(explicit: str | os.PathLike[str] | None) -> Path:
    """`--db`, else `CARDFILE_DB`, else the platform data directory."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CARDFILE_DB")
    if env:
        return Path(env).expanduser()
    return default_database()
