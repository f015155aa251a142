"""Shared fixtures: every test gets its own Cardfile home and, on request, a fresh database with all services."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

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
