"""Database care: the integrity check finds damage, and restore brings a backup back without losing the present."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardfile.domain.errors import DatabaseCorrupt, DatabaseNewer, DatabaseUnreadable, NotACardfileDatabase
from cardfile.services import Services, open_database
from cardfile.services.maintenance import restore_database
from cardfile.store import schema
from tests.helpers import add_contact
from tests.unit.world import World

WHEN = datetime(2030, 3, 4, 10, 11, 12, tzinfo=UTC)


def names(path: Path) -> list[str]:
    with open_database(path) as services:
        return sorted(c.display_name for c in services.contacts.list())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----- check -----


def test_a_sound_database_checks_ok(services: Services, world: World) -> None:
    report = services.maintenance.check()
    assert report.ok and report.problems == []
    assert report.schema == schema.HEAD
    assert report.counts["contact"] == 3 and report.counts["trash"] == 1
    assert report.counts["changes"] > 0
    assert report.as_json()["ok"] is True


def test_check_finds_references_to_missing_records(services: Services, world: World) -> None:
    with services.db.write("Damage") as w:
        w.conn.exec_driver_sql("UPDATE contact SET company_id = 'ghost' WHERE id = ?", (world.bob,))
        w.conn.exec_driver_sql("UPDATE link SET target_id = 'ghost' WHERE source_id = ?", (world.group,))
    problems = services.maintenance.check().problems
    assert "1 contact record(s) refer to a missing company (company_id)" in problems
    assert "1 link(s) whose target contact is missing" in problems


def test_check_finds_a_stale_search_index(services: Services, world: World) -> None:
    with services.db.write("Damage") as w:
        w.conn.exec_driver_sql("DELETE FROM search_entry WHERE record_id = ?", (world.bob,))
    report = services.maintenance.check()
    assert not report.ok
    assert any("search index" in p for p in report.problems)
    services.search.rebuild_index()
    assert services.maintenance.check().ok


# ----- restore -----


@pytest.fixture
def backed_up(db_path: Path, tmp_path: Path) -> Path:
    """A database holding Ada and Bob, with a backup taken when it held only Ada."""
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
        copy = services.maintenance.backup(tmp_path / "ada.cardfile-backup")
        add_contact(services, given="Bob")
    return copy


def test_restore_brings_the_backup_back_and_keeps_the_replaced_database(db_path: Path, backed_up: Path) -> None:
    kept = restore_database(db_path, backed_up, now=WHEN)
    assert kept == db_path.with_name("cardfile.db.before-restore-20300304T101112.bak")
    assert names(db_path) == ["Ada"]
    assert names(kept) == ["Ada", "Bob"]
    with open_database(db_path) as services:
        assert services.maintenance.check().ok
        add_contact(services, given="Cleo")  # the restored database is fully usable
    assert restore_database(db_path, kept, now=WHEN.replace(minute=12)) is not None  # and a restore can be undone
    assert names(db_path) == ["Ada", "Bob"]


def test_restore_into_a_new_place(tmp_path: Path, backed_up: Path) -> None:
    fresh = tmp_path / "elsewhere" / "restored.db"
    fresh.parent.mkdir()
    assert restore_database(fresh, backed_up) is None
    assert names(fresh) == ["Ada"]


@pytest.mark.parametrize(
    ("make_backup", "error"),
    [
        (lambda p: p.write_bytes(bytes(range(256)) * 16), DatabaseCorrupt),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200), DatabaseCorrupt),
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE other (x)").connection.close(), NotACardfileDatabase),
        (lambda p: None, DatabaseUnreadable),
    ],
    ids=["random bytes", "truncated", "another program's", "missing"],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    db_path: Path, tmp_path: Path, make_backup: Callable[[Path], object], error: type[Exception]
) -> None:
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
    before = digest(db_path)
    bad = tmp_path / "bad.cardfile-backup"
    make_backup(bad)
    with pytest.raises(error):
        restore_database(db_path, bad, now=WHEN)
    assert digest(db_path) == before
    assert not list(tmp_path.glob("*.bak"))
    assert names(db_path) == ["Ada"]


def test_restore_refuses_a_backup_from_a_newer_cardfile(db_path: Path, backed_up: Path) -> None:
    conn = sqlite3.connect(backed_up)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(DatabaseNewer):
        restore_database(db_path, backed_up, now=WHEN)
    assert digest(db_path) == before


def test_restore_over_a_damaged_database_moves_the_damage_aside(db_path: Path, backed_up: Path) -> None:
    damage = b"this was a database once" * 100
    db_path.write_bytes(damage)
    kept = restore_database(db_path, backed_up, now=WHEN)
    assert kept == db_path.with_name("cardfile.db.damaged-20300304T101112.bak")
    assert kept.read_bytes() == damage
    assert names(db_path) == ["Ada"]
