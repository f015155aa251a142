"""Repairs of what older versions wrote: timeless activities stored at a local midnight move to their dates.

The database is one written by the release at schema 0004 (the migration harness's frozen writer), plus timeless
activities as the command line before 0003 stored them: midnight of the day in the writer's zone, as a UTC instant.
Opening it with this version migrates it to 0007, which marks the repair due, and the services make it through the
change log.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from cardfile.services import open_database, repairs
from cardfile.services.repairs import DUE, repair_timeless_days
from tests.disks import read_only_folder
from tests.helpers import FixedClock
from tests.unit.changelog import Rows, assert_log_replays, snapshot
from tests.unit.store.test_migrations import build_at

WRITTEN_HERE = "0190aaaa-0000-7000-8000-0000000a0a01"  # Berlin's midnight of 4 March, no zone: written here
TOKYO = "0190aaaa-0000-7000-8000-0000000a0a02"  # Tokyo's midnight of 4 March, with its zone: pulled from another
ELSEWHERE = "0190aaaa-0000-7000-8000-0000000a0a03"  # New York's midnight of 4 March, no zone: pulled from another
ALREADY = "0190aaaa-0000-7000-8000-0000000a0a04"  # 4 March as 0003 on stores it
OTHER_DEVICE = "0190aaaa-0000-7000-8000-00000000d0ff"
SYNC_ACTION = "0190aaaa-0000-7000-8000-00000000a0ff"


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    writer = build_at(path, "0004")
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "INSERT INTO action (id, label, created_at, user_id, job_id, undoes, undone_by) "
            "VALUES (?, 'Sync: pulled', ?, 'me', NULL, NULL, NULL)",
            (SYNC_ACTION, writer.CREATED),
        )
        for record_id, starts_at, zone, pulled in (
            (WRITTEN_HERE, "2025-03-03 23:00:00.000000", "", False),
            (TOKYO, "2025-03-03 15:00:00.000000", "Asia/Tokyo", True),
            (ELSEWHERE, "2025-03-04 05:00:00.000000", "", True),
            (ALREADY, "2025-03-04 00:00:00.000000", "", False),
        ):
            row = {
                "id": record_id,
                "type_id": writer.ACTIVITY_TYPE,
                "subject": f"To-do {record_id[-2:]}",
                "starts_at": starts_at,
                "timeless": 1,
                "time_zone": zone,
                "status": "scheduled",
            }
            writer._insert(conn, "activity", row, writer.HLC + 50)
            if pulled:
                conn.execute(
                    "UPDATE change SET device_id = ?, action_id = ? WHERE record_id = ?",
                    (OTHER_DEVICE, SYNC_ACTION, record_id),
                )
        conn.commit()
    finally:
        conn.close()
    return path


def starts(services: object, record_id: str) -> datetime:
    value = services.activities.get(record_id).starts_at  # type: ignore[attr-defined]
    assert value is not None
    return value


@pytest.fixture
def seed(tmp_path_factory: pytest.TempPathFactory) -> Rows:
    with open_database(tmp_path_factory.mktemp("seed") / "seed.db", auto_backup=False) as fresh:
        return snapshot(fresh).rows


def test_opening_an_old_database_moves_the_timeless_activities_it_can_place_to_their_dates(
    old_database: Path, seed: Rows, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(repairs, "local_zone_name", lambda: "Europe/Berlin")  # this computer's zone (the clock's fake)
    fourth = datetime(2025, 3, 4, tzinfo=UTC)
    with open_database(old_database) as services:
        assert starts(services, WRITTEN_HERE) == fourth  # written here, without a zone: this computer's zone
        assert starts(services, TOKYO) == fourth  # a zone of its own: any device places it alike
        assert starts(services, ELSEWHERE) == datetime(2025, 3, 4, 5, tzinfo=UTC)  # left for its writer's device
        assert starts(services, ALREADY) == fourth
        assert services.db.store.get_setting(DUE) is None  # done once, not at every start
        changes = [c for c in services.history.field_changes(WRITTEN_HERE) if c.field == "starts_at"]
        assert changes[-1].value == fourth and changes[-1].action_label == "Fix the dates of timeless activities"
        assert not [c for c in services.history.field_changes(ALREADY) if c.action_label.startswith("Fix")]
        # the calendar of 4 March in Berlin holds them; before, they fell on the 3rd
        berlin_day = services.activities.occurrences(
            datetime(2025, 3, 3, 23, tzinfo=UTC), datetime(2025, 3, 4, 23, tzinfo=UTC), zone="Europe/Berlin"
        )
        assert {o.activity_id for o in berlin_day} >= {WRITTEN_HERE, TOKYO, ALREADY}
        assert all(o.day == date(2025, 3, 4) for o in berlin_day if o.timeless)
        assert_log_replays(services, seed)  # the fix is in the change log, so sync carries it


def test_the_repair_finds_nothing_the_second_time(old_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Idempotent: a device that runs it again, or that pulled the fix from another, writes nothing more."""
    monkeypatch.setattr(repairs, "local_zone_name", lambda: "Europe/Berlin")
    with open_database(old_database) as services:
        with services.db.read() as conn:
            actions = conn.exec_driver_sql("SELECT count(*) FROM action").scalar()
        assert repair_timeless_days(services, local_zone="Asia/Tokyo") == 0
        with services.db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM action").scalar() == actions


def test_the_fix_is_one_action_that_undo_takes_back(old_database: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repairs, "local_zone_name", lambda: "Europe/Berlin")
    with open_database(old_database, now=FixedClock(datetime(2030, 1, 1, tzinfo=UTC))) as services:  # after its writes
        undone = services.history.undo()
        assert undone.label == "Undo Fix the dates of timeless activities"
        assert starts(services, WRITTEN_HERE) == datetime(2025, 3, 3, 23, tzinfo=UTC)


def test_a_database_that_may_not_be_changed_opens_for_reading_with_the_repair_still_due(tmp_path: Path) -> None:
    """A database marked for the repair but readable only (a read-only folder) raised DatabaseReadOnly on opening,
    from the repair's write: it opens for reading, and the repair waits for an open that may write."""
    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / "cardfile.db"
    with open_database(path, auto_backup=False) as services:
        services.db.set_setting(DUE, [repairs.TIMELESS_DAYS])
    with read_only_folder(folder), open_database(path, auto_backup=False) as services:
        assert services.db.refusal is not None
        assert services.db.setting(DUE) == [repairs.TIMELESS_DAYS]
    with open_database(path, auto_backup=False) as services:
        assert services.db.setting(DUE) is None
