"""Database care: the integrity check finds damage, and restore brings a backup back without losing the present."""

from __future__ import annotations

import hashlib
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardfile.domain.errors import (
    DatabaseCorrupt,
    DatabaseDamaged,
    DatabaseNewer,
    DatabaseUnreadable,
    NotACardfileDatabase,
)
from cardfile.services import Services, open_database
from cardfile.services.maintenance import repair_database, restore_database
from cardfile.store import damage, schema
from tests.helpers import add_contact
from tests.unit.world import World

WHEN = datetime(2030, 3, 4, 10, 11, 12, tzinfo=UTC)


def names(path: Path) -> list[str]:
    with open_database(path, auto_backup=False) as services:
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
    repaired = repair_database(services.db.path)
    assert repaired.ok and repaired.done[-1].startswith("rebuilt the search index (")
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


# ----- a check that cannot write, and the verdict it leaves -----


def test_check_of_a_database_another_program_is_writing_to_is_not_damage(services: Services, world: World) -> None:
    """Regression: FTS5's integrity check is an INSERT; while another program held the write lock it failed with
    "database is locked", and `db check` called the database damaged. The index is checked on a copy instead."""
    holder = sqlite3.connect(services.db.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("UPDATE contact SET title = 'busy'")
        report = services.maintenance.check()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (report.ok, report.problems, report.unchecked) == (True, [], [])


def test_check_says_what_it_could_not_check_without_calling_it_damage(
    services: Services, world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Locked, and no temporary folder to check a copy in: the report says so, and the database is not damaged."""
    nowhere = tmp_path / "not-a-folder"
    nowhere.write_text("a file where the temporary folder should be")
    monkeypatch.setattr(tempfile, "tempdir", str(nowhere))
    holder = sqlite3.connect(services.db.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        report = services.maintenance.check()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert report.ok and report.problems == []
    (note,) = report.unchecked
    assert note.startswith("the search index: could not check it, because")
    assert not damage.verdict_path(services.db.path).exists()


def test_damage_found_is_remembered_and_no_write_reaches_the_file_until_it_is_repaired(
    services: Services, world: World
) -> None:
    """Regression: `contact add` wrote into a database `db check` had just called damaged."""
    with services.db.write("Damage") as w:
        w.conn.exec_driver_sql("UPDATE contact SET company_id = 'ghost' WHERE id = ?", (world.bob,))
    assert not services.maintenance.check().ok
    before = digest(services.db.path)
    with pytest.raises(DatabaseDamaged) as refused:  # this very process honours it as well
        add_contact(services, given="Cleo")
    assert "1 contact record(s) refer to a missing company" in refused.value.message
    with open_database(services.db.path) as later:
        assert not later.db.store.writable
        assert [c.display_name for c in later.contacts.list()]  # still read
        with pytest.raises(DatabaseDamaged):
            later.settings.set_default_country("IS")
        assert later.maintenance.try_daily_backup().made is None, "no backup of a damaged file pushes good ones out"
    assert digest(services.db.path) == before

    repaired = repair_database(services.db.path)
    assert repaired.ok and repaired.kept.is_file()
    assert "cleared 1 contact record(s)' company_id, naming a missing company" in repaired.done
    add_contact(services, given="Cleo")
    assert services.contacts.get(world.bob).company is None
    assert not damage.verdict_path(services.db.path).exists()


def test_restore_lifts_the_verdict(db_path: Path, backed_up: Path) -> None:
    assert damage.record_verdict(db_path, ["integrity: something"])
    with open_database(db_path) as services, pytest.raises(DatabaseDamaged):
        add_contact(services, given="Cleo")
    restore_database(db_path, backed_up, now=WHEN)
    with open_database(db_path) as services:
        add_contact(services, given="Cleo")
    assert names(db_path) == ["Ada", "Cleo"]


def test_repair_refuses_damaged_pages(db_path: Path, backed_up: Path) -> None:
    """Only SQLite's indexes, the search index and references are rebuilt; damage to pages needs a backup."""
    with open_database(db_path):
        pass
    data = bytearray(db_path.read_bytes())
    page = 4096
    for at in range(2 * page, len(data) - page, page):  # every page but the schema's: nothing is left readable
        data[at + 8 : at + 64] = b"\xff" * 56
    db_path.write_bytes(bytes(data))
    before = digest(db_path)
    with pytest.raises(DatabaseCorrupt):
        repair_database(db_path)
    assert digest(db_path) == before
    assert not list(db_path.parent.glob("*.before-repair-*")), "nothing was tried on it"
