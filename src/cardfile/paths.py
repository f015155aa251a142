"""Where Cardfile keeps its files: data (the default database), config, logs and backups.

One override serves tests and portable installs: with `CARDFILE_HOME` set, every directory lives under it.
"""

from __future__ import annotations

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
