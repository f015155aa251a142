"""Shared fixtures: every test gets its own Cardfile home and, on request, a fresh database with all services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from cardfile.services import Services, open_database
from tests.helpers import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def cardfile_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real data, config and keyring of whoever runs the suite."""
    home = tmp_path / "cardfile-home"
    monkeypatch.setenv("CARDFILE_HOME", str(home))
    monkeypatch.delenv("CARDFILE_DB", raising=False)
    monkeypatch.delenv("CARDFILE_PASSWORD", raising=False)
    keyring.set_keyring(MemoryKeyring())
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cardfile.db"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    with open_database(db_path) as opened:
        yield opened


@pytest.fixture
def sqlite_built_without_secure_delete() -> Iterator[None]:
    """Every new SQLite connection starts with `secure_delete` off, as in the SQLite that Python ships on Windows and
    macOS (Debian's build has it on): the app must turn it on itself. The listener is on the pool class, so it runs
    before the engine's own."""
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    def off(dbapi_conn: Any, _record: Any) -> None:
        if type(dbapi_conn).__module__ == "sqlite3":
            dbapi_conn.execute("PRAGMA secure_delete = OFF")

    event.listen(Pool, "connect", off)
    try:
        yield
    finally:
        event.remove(Pool, "connect", off)
