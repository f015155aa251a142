"""Opening a database: files Cardfile must refuse are left exactly as they were; locks become DatabaseLocked;
the hybrid logical clock survives a restart and a second process."""

from __future__ import annotations

import hashlib
import itertools
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from cardfile.domain.errors import (
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseNewer,
    DatabaseUnreadable,
    NotACardfileDatabase,
)
from cardfile.services import Services, open_database
from cardfile.store import database, schema
from tests.helpers import FakeClock, add_contact

# SQLite's own companions of a WAL database; a read-only look may leave them, empty, next to the file.
SQLITE_SIDE_FILES = ("-wal", "-shm")


def fingerprint(path: Path) -> tuple[str, list[str]]:
    """The file's bytes and the names beside it, apart from SQLite's side files."""
    names = sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(SQLITE_SIDE_FILES))
    return hashlib.sha256(path.read_bytes()).hexdigest(), names


def make_database(path: Path, *names: str) -> None:
    with open_database(path, auto_backup=False) as services:
        for name in names:
            add_contact(services, given=name)


@contextmanager
def raw(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Our own busy timeout, shortened so a test of a held lock takes a tenth of a second, not five."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)


# ----- files that must be refused and left alone -----


def test_a_database_from_a_newer_cardfile_is_refused_and_unchanged(db_path: Path) -> None:
    make_database(db_path, "Ada")
    with raw(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = fingerprint(db_path)
    with pytest.raises(DatabaseNewer) as caught:
        open_database(db_path)
    assert caught.value.params["found"] == "9999_from_the_future"
    assert str(db_path) in caught.value.message and "newer version" in caught.value.message
    assert caught.value.environment
    assert fingerprint(db_path) == before  # no backup, no migration, no daily copy


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(bytes(range(256)) * 64, id="random bytes"),
        pytest.param(b"SQLite format 3\x00" + b"\x13\x37" * 4000, id="sqlite header, garbage after"),
        pytest.param(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n", id="a vCard"),
    ],
)
def test_a_damaged_file_is_refused_and_unchanged(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    before = fingerprint(db_path)
    with pytest.raises(DatabaseCorrupt) as caught:
        open_database(db_path)
    assert "was not changed" in caught.value.message
    assert fingerprint(db_path) == before


def test_another_programs_sqlite_file_is_refused_and_unchanged(db_path: Path) -> None:
    with raw(db_path) as conn:
        conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
        conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    before = fingerprint(db_path)
    with pytest.raises(NotACardfileDatabase):
        open_database(db_path)
    assert fingerprint(db_path) == before


def test_an_sqlite_file_with_another_application_id_is_refused(db_path: Path) -> None:
    with raw(db_path) as conn:
        conn.execute("PRAGMA application_id = 1234")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    before = fingerprint(db_path)
    with pytest.raises(NotACardfileDatabase):
        open_database(db_path)
    assert fingerprint(db_path) == before


def test_a_directory_in_place_of_the_file_is_unreadable(tmp_path: Path) -> None:
    folder = tmp_path / "cardfile.db"
    folder.mkdir()
    with pytest.raises(DatabaseUnreadable):
        open_database(folder)


def test_opening_without_create_does_not_make_a_file(db_path: Path) -> None:
    with pytest.raises(DatabaseUnreadable):
        open_database(db_path, create=False)
    assert not db_path.exists()


def test_a_new_database_is_made_with_its_folders_and_marked_as_cardfiles(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "cardfile.db"
    with open_database(path) as services:
        assert services.maintenance.check().ok
    with raw(path) as conn:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == schema.HEAD


def test_each_database_has_its_own_device_id_and_keeps_it(tmp_path: Path) -> None:
    with open_database(tmp_path / "a.db") as a, open_database(tmp_path / "b.db") as b:
        first = a.db.store.device_id
        assert first and first != b.db.store.device_id
    with open_database(tmp_path / "a.db") as again:
        assert again.db.store.device_id == first


# ----- locks -----


def test_a_file_locked_by_another_program_is_database_locked_and_unchanged(db_path: Path, short_busy_timeout) -> None:
    make_database(db_path, "Ada")
    before = fingerprint(db_path)
    with raw(db_path) as holder:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseLocked) as caught:
            open_database(db_path)
        assert caught.value.environment
        holder.execute("ROLLBACK")
    assert fingerprint(db_path) == before


def test_a_write_while_another_connection_holds_the_write_lock(db_path: Path, short_busy_timeout) -> None:
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
        with raw(db_path) as holder:
            holder.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseLocked):
                add_contact(services, given="Blocked")
            # reading goes on while another program writes (WAL)
            assert services.contacts.count() == 1
            holder.execute("ROLLBACK")
        assert services.contacts.count() == 1
        assert services.search.search("Blocked") == []
        add_contact(services, given="Later")  # the lock is gone: writing works again
        assert services.contacts.count() == 2


def test_a_locked_write_publishes_no_event(db_path: Path, short_busy_timeout) -> None:
    with open_database(db_path) as services:
        heard: list[object] = []
        services.db.events.subscribe(heard.append)
        with raw(db_path) as holder:
            holder.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseLocked):
                add_contact(services, given="Blocked")
            holder.execute("ROLLBACK")
        assert heard == []


# ----- the hybrid logical clock across restarts and processes -----


def last_stamp(path: Path) -> int:
    with raw(path) as conn:
        return conn.execute("SELECT max(hlc) FROM change").fetchone()[0]


def stamps_of(path: Path, given: str) -> list[int]:
    with raw(path) as conn:
        return [
            r[0]
            for r in conn.execute(
                "SELECT ch.hlc FROM change ch JOIN contact c ON c.id = ch.record_id WHERE c.given = ?", (given,)
            )
        ]


def test_stamps_keep_rising_after_a_restart_with_the_clock_set_back(db_path: Path) -> None:
    ahead = FakeClock(1_900_000_000_000)
    with open_database(db_path, wall=ahead) as services:
        add_contact(services, given="Before")
    before = last_stamp(db_path)
    with raw(db_path) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key = 'hlc'").fetchone()[0] == str(before)
    behind = FakeClock(1_800_000_000_000)  # a day later the system clock is months behind
    with open_database(db_path, wall=behind) as services:
        add_contact(services, given="After")
    assert min(stamps_of(db_path, "After")) > before


def test_a_second_process_never_issues_a_smaller_stamp(db_path: Path) -> None:
    """Two programs on one file (the app and a command line, say) with clocks far apart share one order."""
    fast, slow = FakeClock(1_900_000_000_000), FakeClock(1_800_000_000_000)
    with open_database(db_path, wall=fast) as first, open_database(db_path, wall=slow) as second:
        add_contact(first, given="One")
        add_contact(second, given="Two")
        add_contact(first, given="Three")
        add_contact(second, given="Four")
    order = [stamps_of(db_path, name) for name in ("One", "Two", "Three", "Four")]
    for earlier, later in itertools.pairwise(order):
        assert max(earlier) < min(later)


def test_a_read_only_action_leaves_the_persisted_clock_alone(services: Services, db_path: Path) -> None:
    add_contact(services, given="Ada")
    with raw(db_path) as conn:
        persisted = conn.execute("SELECT value FROM setting WHERE key = 'hlc'").fetchone()[0]
    with services.db.write("Nothing"):
        pass
    with raw(db_path) as conn:
        assert conn.execute("SELECT value FROM setting WHERE key = 'hlc'").fetchone()[0] == persisted
