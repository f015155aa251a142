"""The month view's lean read agrees with the full read: per day, the same count, the same overdue count, and its
first few are the day's first few (timeless and all-day ones first, then by start). Checked across a daylight-saving
change in the viewer's zone, with series and their exceptions (moved, skipped, cleared), an all-day activity over
several days, a series cleared as a whole and an exception of a deleted series."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cardfile.domain.models import ActivityCreate, ActivityUpdate
from cardfile.services import Services, open_database
from cardfile.services.month_view import offsets
from tests.helpers import FixedClock

NOW = datetime(2025, 3, 20, 12, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")
FIRST, END = date(2025, 2, 24), date(2025, 4, 7)  # March 2025's six weeks; Berlin moves its clocks on 30 March


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    with open_database(db_path, now=FixedClock(NOW)) as opened:
        yield opened


@pytest.fixture
def month(services: Services) -> None:
    a = services.activities
    for day in range(1, 31, 2):
        for hour in (0, 8, 23):  # around midnight, where the viewer's day differs from UTC's
            a.schedule(
                ActivityCreate(subject=f"Call {day}-{hour}", starts_at=datetime(2025, 3, day, hour, 30, tzinfo=UTC))
            )
        a.schedule(ActivityCreate(subject=f"To-do {day}", starts_at=date(2025, 3, day), timeless=True))
    a.schedule(ActivityCreate(subject="Fair", starts_at=date(2025, 3, 27), ends_at=date(2025, 4, 2), all_day=True))
    weekly = a.schedule(
        ActivityCreate(
            subject="Weekly",
            starts_at=datetime(2025, 1, 6, 8, tzinfo=BERLIN),
            duration_minutes=30,
            rrule="FREQ=WEEKLY",
            time_zone="Europe/Berlin",
        )
    )
    daily = a.schedule(
        ActivityCreate(
            subject="Daily",
            starts_at=datetime(2025, 2, 1, 23, 30, tzinfo=BERLIN),
            rrule="FREQ=DAILY",
            time_zone="Europe/Berlin",
        )
    )
    a.skip_occurrence(weekly.id, datetime(2025, 3, 10, 7, tzinfo=UTC))
    a.update_occurrence(
        weekly.id, datetime(2025, 3, 17, 7, tzinfo=UTC), ActivityUpdate(starts_at=datetime(2025, 3, 19, 9, tzinfo=UTC))
    )
    a.clear(daily.id, occurrence=a.occurrence_of(daily.id, date(2025, 3, 5)))
    whole = a.schedule(
        ActivityCreate(subject="Cleared series", starts_at=datetime(2025, 3, 4, 9, tzinfo=UTC), rrule="FREQ=DAILY")
    )
    a.clear(whole.id)
    gone = a.schedule(ActivityCreate(subject="Gone", starts_at=datetime(2025, 3, 3, 9, tzinfo=UTC), rrule="FREQ=DAILY"))
    a.update_occurrence(gone.id, datetime(2025, 3, 4, 9, tzinfo=UTC), ActivityUpdate(subject="Gone, changed"))
    a.delete(gone.id)
    done = a.schedule(ActivityCreate(subject="Done call", starts_at=datetime(2025, 3, 12, 10, tzinfo=UTC)))
    a.clear(done.id)


def test_each_days_count_overdue_and_first_few_agree_with_the_full_read(services: Services, month: None) -> None:
    start = datetime.combine(FIRST, datetime.min.time()).replace(tzinfo=BERLIN)
    end = datetime.combine(END, datetime.min.time()).replace(tzinfo=BERLIN)
    full = services.activities.occurrences(start, end, zone=BERLIN)
    by_day: dict[date, list] = {}
    for o in full:
        assert o.starts_at is not None
        days = [o.starts_at.date()] if o.timeless else [o.starts_at.astimezone(BERLIN).date()]
        if o.all_day:
            days = [o.starts_at.date() + timedelta(days=n) for n in range((o.ends_at - o.starts_at).days or 1)]
        for day in days:
            if FIRST <= day < END:
                by_day.setdefault(day, []).append(o)
    lean = services.activities.month(FIRST, END, zone=BERLIN, per_day=4)
    assert [d.day for d in lean] == [FIRST + timedelta(days=n) for n in range(42)]
    for cell in lean:
        expected = by_day.get(cell.day, [])
        assert cell.count == len(expected), cell.day
        assert cell.overdue == sum(o.overdue for o in expected), cell.day
        ordered = sorted(expected, key=lambda o: (not o.floating, o.starts_at, o.subject))
        assert [o.key for o in cell.first] == [o.key for o in ordered[:4]], cell.day
        assert cell.more == max(0, len(expected) - 4)
    subjects = {o.subject for cell in lean for o in cell.first}
    assert "Gone, changed" not in subjects
    assert sum(c.count for c in lean if c.day == date(2025, 3, 31)) == by_day.get(date(2025, 3, 31), []).__len__()


def test_the_zones_offsets_change_where_its_clocks_do() -> None:
    found = offsets(BERLIN, datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC))
    assert found == [
        (datetime(2025, 3, 1, tzinfo=UTC), timedelta(hours=1)),
        (datetime(2025, 3, 30, 1, tzinfo=UTC), timedelta(hours=2)),
    ]
