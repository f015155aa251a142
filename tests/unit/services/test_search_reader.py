"""`SearchReader`: the search over a database file through sqlite3 alone, which `cardfile search` uses when opening
the database fully would change nothing; otherwise it gives None and the command opens it fully (issue #14)."""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cardfile import paths
from cardfile.domain.errors import DatabaseNewer, NotACardfileDatabase
from cardfile.services import Services, repairs
from cardfile.services.search import _REPAIRS_DUE, SearchReader
from cardfile.store import backup, damage
from tests.helpers import add_contact


@pytest.fixture
def current(services: Services, db_path: Path) -> Path:
    """A current database with a person and today's backup made: one the full open would only read."""
    add_contact(services, given="Anna", family="Berg", emails=[{"value": "anna@example.org"}])
    assert services.maintenance.daily_backup() is not None
    return db_path


def _sql(path: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


def test_a_current_database_is_read_without_the_services(services: Services, current: Path) -> None:
    reader = SearchReader.open(current)
    assert reader is not None
    with reader:
        assert reader.search("anna") == services.search.search("anna")
        assert reader.search_json("berg") == services.search.search_json("berg")


def test_the_reader_cannot_write(current: Path) -> None:
    reader = SearchReader.open(current)
    assert reader is not None
    with reader, pytest.raises(sqlite3.OperationalError, match="readonly"):
        reader._snapshot.exec_driver_sql("DELETE FROM contact")


def test_the_day_s_backup_still_due_takes_the_full_open(current: Path) -> None:
    """The full open makes the day's backup when the command is done; the reader would skip it."""
    assert SearchReader.open(current, today=datetime.now(UTC) + timedelta(days=1)) is None


def test_while_another_process_makes_the_day_s_backup_the_reader_is_used(current: Path) -> None:
    """The copy of a 100,000-person database takes up to a minute in its own process; searches meanwhile were all
    sent the slow way, whose open would only have found the copy under way and left it to that process."""
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    folder = paths.backup_dir_for(current)
    fd = os.open(folder / backup.LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as the day's worker holds it
        reader = SearchReader.open(current, today=tomorrow)
        assert reader is not None
        with reader:
            assert [r.display_name for r in reader.search("anna")] == ["Anna Berg"]
    finally:
        os.close(fd)
    assert SearchReader.open(current, today=tomorrow) is None  # the copy is due again once nobody makes it


def test_a_failed_daily_backup_takes_the_full_open_which_tells_of_it(current: Path) -> None:
    folder = paths.backup_dir_for(current)
    (folder / backup.FAILED_NAME).write_text("disk full", encoding="utf-8")
    assert SearchReader.open(current) is None


def test_repairs_due_take_the_full_open(current: Path) -> None:
    assert _REPAIRS_DUE == repairs.DUE
    _sql(current, "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", repairs.DUE, json.dumps(["x"]))
    assert SearchReader.open(current) is None
    _sql(current, "UPDATE setting SET value = '[]' WHERE key = ?", repairs.DUE)
    assert SearchReader.open(current) is not None


def test_a_database_without_its_device_id_takes_the_full_open(current: Path) -> None:
    _sql(current, "DELETE FROM setting WHERE key = 'device_id'")
    assert SearchReader.open(current) is None


def test_a_database_needing_a_migration_takes_the_full_open(current: Path) -> None:
    _sql(current, "UPDATE alembic_version SET version_num = '0001'")
    assert SearchReader.open(current) is None


def test_a_database_not_in_wal_mode_takes_the_full_open(current: Path, services: Services) -> None:
    """A restored backup is in rollback-journal mode until the full open sets WAL (which writes to it)."""
    services.close()
    _sql(current, "PRAGMA journal_mode = DELETE")
    assert SearchReader.open(current) is None


def test_a_database_found_damaged_takes_the_full_open(current: Path) -> None:
    """The full open reads it and says that it is damaged; the reader says nothing."""
    assert damage.record_verdict(current, ["page 7 is corrupt"])
    assert SearchReader.open(current) is None


def test_a_new_database_takes_the_full_open(tmp_path: Path) -> None:
    assert SearchReader.open(tmp_path / "new.db") is None
    assert not (tmp_path / "new.db").exists()


def test_a_newer_or_foreign_database_is_refused_as_the_full_open_refuses_it(current: Path, tmp_path: Path) -> None:
    _sql(current, "UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseNewer):
        SearchReader.open(current)
    other = tmp_path / "other.db"
    _sql(other, "CREATE TABLE notes (body TEXT)")
    with pytest.raises(NotACardfileDatabase):
        SearchReader.open(other)
