"""The calendar's reads and a series' exceptions: occurrences in their zone across daylight-saving changes, one
occurrence edited, moved, skipped or cleared versus the whole series, timeless and all-day dates, overdue."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import ActivityCreate, ActivityUpdate, validate
from cardfile.services import Services, open_database
from cardfile.services.activities import exception_id, is_overdue
from tests.helpers import FixedClock

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
WEEK = timedelta(days=7)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2025, 3, 20, 12, tzinfo=UTC))


@pytest.fixture
def services(db_path: Path, clock: FixedClock) -> Iterator[Services]:
    with open_database(db_path, now=clock) as opened:
        yield opened


def schedule(services: Services, **fields: object) -> str:
    return services.activities.schedule(validate(ActivityCreate, **fields)).id


def starts(services: Services, first: datetime, last: datetime, zone: ZoneInfo = BERLIN) -> list[datetime]:
    return [o.local_start for o in services.activities.occurrences(first, last, zone=zone) if o.local_start]


def test_a_weekly_nine_oclock_stays_at_nine_across_both_daylight_saving_changes(services: Services) -> None:
    series = schedule(
        services,
        subject="Standup",
        starts_at=datetime(2025, 3, 17, 9, tzinfo=BERLIN),
        duration_minutes=15,
        time_zone="Europe/Berlin",
        rrule="FREQ=WEEKLY",
    )
    found = services.activities.occurrences(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 11, 10, tzinfo=UTC))
    assert {(o.local_start.hour, o.local_start.minute) for o in found if o.local_start} == {(9, 0)}
    by_day = {o.local_start.date(): o for o in found if o.local_start}
    # CET (UTC+1) before 30 March, CEST (UTC+2) until 26 October, CET again after
    assert by_day[date(2025, 3, 24)].starts_at == datetime(2025, 3, 24, 8, tzinfo=UTC)
    assert by_day[date(2025, 3, 31)].starts_at == datetime(2025, 3, 31, 7, tzinfo=UTC)
    assert by_day[date(2025, 10, 27)].starts_at == datetime(2025, 10, 27, 8, tzinfo=UTC)
    assert all(o.series_id == series and o.activity_id == series for o in found)
    assert by_day[date(2025, 3, 31)].ends_at == datetime(2025, 3, 31, 7, 15, tzinfo=UTC)


def test_a_start_in_the_spring_gap_moves_forward_and_one_in_the_autumn_overlap_is_the_first(services: Services) -> None:
    """RFC 5545 §3.3.5: a local time that does not exist is read with the offset before the gap; one that exists
    twice is its first occurrence."""
    schedule(
        services,
        subject="Backup check",
        starts_at=datetime(2025, 3, 2, 2, 30, tzinfo=NEW_YORK),
        time_zone="America/New_York",
        rrule="FREQ=DAILY",
    )
    found = {
        o.local_start.date(): o
        for o in services.activities.occurrences(
            datetime(2025, 3, 8, tzinfo=UTC), datetime(2025, 3, 11, tzinfo=UTC), zone=NEW_YORK
        )
        if o.local_start
    }
    assert found[date(2025, 3, 9)].starts_at == datetime(2025, 3, 9, 7, 30, tzinfo=UTC)  # 2:30 EST, i.e. 3:30 EDT
    assert found[date(2025, 3, 10)].starts_at == datetime(2025, 3, 10, 6, 30, tzinfo=UTC)  # 2:30 EDT
    autumn = services.activities.occurrences(
        datetime(2025, 11, 2, 4, tzinfo=UTC), datetime(2025, 11, 3, 5, tzinfo=UTC), zone=NEW_YORK
    )
    assert [o.starts_at for o in autumn] == [datetime(2025, 11, 2, 7, 30, tzinfo=UTC)]  # 2:30 EST, once
    schedule(
        services,
        subject="Night shift",
        starts_at=datetime(2025, 10, 30, 1, 30, tzinfo=NEW_YORK),
        time_zone="America/New_York",
        rrule="FREQ=DAILY;COUNT=5",
    )
    night = [
        o
        for o in services.activities.occurrences(
            datetime(2025, 11, 2, tzinfo=UTC), datetime(2025, 11, 3, tzinfo=UTC), zone=NEW_YORK
        )
        if o.subject == "Night shift"
    ]
    assert [o.starts_at for o in night] == [datetime(2025, 11, 2, 5, 30, tzinfo=UTC)]  # 1:30 EDT, the first one


def test_the_31st_and_29_february_as_rfc_5545_says(services: Services) -> None:
    schedule(
        services,
        subject="Invoice run",
        starts_at=datetime(2025, 1, 31, 10, tzinfo=BERLIN),
        time_zone="Europe/Berlin",
        rrule="FREQ=MONTHLY",
    )
    schedule(services, subject="Leap day", starts_at=date(2024, 2, 29), all_day=True, rrule="FREQ=YEARLY")
    months = starts(services, datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 8, 1, tzinfo=UTC))
    assert [d.date() for d in months] == [date(2025, m, 31) for m in (1, 3, 5, 7)]
    days = [
        o.day
        for o in services.activities.occurrences(datetime(2024, 1, 1, tzinfo=UTC), datetime(2033, 1, 1, tzinfo=UTC))
        if o.subject == "Leap day"
    ]
    assert days == [date(2024, 2, 29), date(2028, 2, 29), date(2032, 2, 29)]


def test_an_all_day_date_is_the_same_date_wherever_it_is_read(services: Services) -> None:
    fair = schedule(
        services,
        subject="Trade fair",
        starts_at=datetime(2025, 4, 7, 23, 30, tzinfo=NEW_YORK),  # the 7th in New York, already the 8th in UTC
        ends_at=date(2025, 4, 10),
        all_day=True,
    )
    assert services.activities.get(fair).starts_at == datetime(2025, 4, 7, tzinfo=UTC)
    for zone in (NEW_YORK, ZoneInfo("Asia/Tokyo"), ZoneInfo("Pacific/Honolulu")):
        local_week = datetime(2025, 4, 7, tzinfo=zone), datetime(2025, 4, 14, tzinfo=zone)
        (occurrence,) = services.activities.occurrences(*local_week, zone=zone)
        assert (occurrence.day, occurrence.ends_at, occurrence.local_start) == (
            date(2025, 4, 7),
            datetime(2025, 4, 10, tzinfo=UTC),
            None,
        )
        assert occurrence.as_json()["local_start"] is None and occurrence.as_json()["day"] == "2025-04-07"
    nothing_before = datetime(2025, 4, 1, tzinfo=NEW_YORK), datetime(2025, 4, 7, tzinfo=NEW_YORK)
    assert services.activities.occurrences(*nothing_before, zone=NEW_YORK) == []


def test_a_timeless_to_do_has_no_end_and_the_date_typed(services: Services) -> None:
    todo = schedule(services, subject="Send catalogue", starts_at=date(2025, 3, 21), timeless=True, duration_minutes=30)
    read = services.activities.get(todo)
    assert (read.starts_at, read.ends_at, read.timeless, read.all_day) == (
        datetime(2025, 3, 21, tzinfo=UTC),
        None,
        True,
        False,
    )
    with pytest.raises(ValidationError):
        schedule(services, subject="Both", starts_at=date(2025, 3, 21), timeless=True, all_day=True)


# ----- one occurrence, or the whole series -----


@pytest.fixture
def weekly(services: Services) -> str:
    """Mondays at 9:00 in Berlin, from 3 March 2025, with two people."""
    anna = services.contacts.create(validate_contact("Anna")).id
    bob = services.contacts.create(validate_contact("Bob")).id
    return schedule(
        services,
        subject="Pipeline review",
        starts_at=datetime(2025, 3, 3, 9, tzinfo=BERLIN),
        duration_minutes=60,
        time_zone="Europe/Berlin",
        rrule="FREQ=WEEKLY;BYDAY=MO",
        contact_ids=[anna, bob],
        priority="high",
    )


def validate_contact(given: str) -> object:
    from cardfile.domain.models import ContactCreate

    return validate(ContactCreate, given=given, family="Example")


def march(services: Services) -> list[tuple[str, datetime | None, str]]:
    return [
        (o.subject, o.local_start.replace(tzinfo=None) if o.local_start else None, o.status)
        for o in services.activities.occurrences(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC))
    ]


def at(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 3, day, hour)


def test_editing_one_occurrence_leaves_the_rest_of_the_series(services: Services, weekly: str) -> None:
    occurrence = services.activities.occurrence_of(weekly, date(2025, 3, 10))
    assert occurrence == datetime(2025, 3, 10, 8, tzinfo=UTC)
    moved = services.activities.update_occurrence(
        weekly,
        occurrence,
        validate(ActivityUpdate, starts_at=datetime(2025, 3, 11, 14, tzinfo=BERLIN), subject="Review (Tuesday)"),
    )
    assert moved.id == exception_id(weekly, occurrence) and moved.series_id == weekly
    assert moved.ends_at == datetime(2025, 3, 11, 14, tzinfo=BERLIN) + timedelta(hours=1)  # keeps its length
    assert march(services) == [
        ("Pipeline review", at(3), "scheduled"),
        ("Review (Tuesday)", at(11, 14), "scheduled"),
        ("Pipeline review", at(17), "scheduled"),
        ("Pipeline review", at(24), "scheduled"),
        ("Pipeline review", at(31), "scheduled"),
    ]
    assert len(services.activities.get(moved.id).contacts) == 2
    assert services.activities.occurrence_of(weekly, date(2025, 3, 11)) == occurrence  # found where it went


def test_skipping_one_occurrence(services: Services, weekly: str) -> None:
    services.activities.skip_occurrence(weekly, services.activities.occurrence_of(weekly, date(2025, 3, 17)))
    assert [row[1] for row in march(services)] == [at(3), at(10), at(24), at(31)]
    assert all(a.status != "skipped" for a in services.activities.list())  # not listed as an activity
    services.history.undo()
    assert [row[1] for row in march(services)] == [at(3), at(10), at(17), at(24), at(31)]


def test_an_occurrence_the_series_does_not_have_is_refused(services: Services, weekly: str) -> None:
    with pytest.raises(ValidationError) as caught:
        services.activities.skip_occurrence(weekly, datetime(2025, 3, 11, 8, tzinfo=UTC))
    assert caught.value.params["field"] == "occurrence"
    with pytest.raises(ValidationError):
        services.activities.occurrence_of(weekly, date(2025, 3, 12))


def test_editing_the_series_reaches_the_occurrences_that_follow_it(services: Services, weekly: str) -> None:
    tenth = services.activities.occurrence_of(weekly, date(2025, 3, 10))
    seventeenth = services.activities.occurrence_of(weekly, date(2025, 3, 17))
    own = services.activities.update_occurrence(weekly, tenth, validate(ActivityUpdate, subject="Review with Bo"))
    services.activities.update_occurrence(weekly, seventeenth, validate(ActivityUpdate, details="Bring figures"))
    services.activities.clear(weekly, occurrence=datetime(2025, 3, 3, 8, tzinfo=UTC), outcome="Done")
    services.activities.update(weekly, validate(ActivityUpdate, subject="Sales review", priority="low"))
    subjects = {row[1]: row[0] for row in march(services)}
    assert subjects[at(10)] == "Review with Bo"  # its own subject stays
    assert subjects[at(17)] == subjects[at(24)] == "Sales review"
    assert subjects[at(3)] == "Pipeline review"  # history is not rewritten
    assert services.activities.get(own.id).priority == "low"  # it followed the series in what it had not changed


def test_moving_the_series_moves_its_occurrences_and_drops_those_the_new_rule_lacks(
    services: Services, weekly: str
) -> None:
    tenth = services.activities.occurrence_of(weekly, date(2025, 3, 10))
    seventeenth = services.activities.occurrence_of(weekly, date(2025, 3, 17))
    services.activities.update_occurrence(weekly, tenth, validate(ActivityUpdate, subject="Review with Bo"))
    services.activities.update_occurrence(
        weekly, seventeenth, validate(ActivityUpdate, starts_at=datetime(2025, 3, 18, 15, tzinfo=BERLIN))
    )
    services.activities.clear(weekly, occurrence=datetime(2025, 3, 3, 8, tzinfo=UTC), outcome="Done")
    # Mondays at 10 instead of 9: every occurrence an hour later, the one moved on its own stays where it was put
    services.activities.update(weekly, validate(ActivityUpdate, starts_at=datetime(2025, 3, 3, 10, tzinfo=BERLIN)))
    assert march(services) == [
        ("Pipeline review", at(3, 9), "done"),  # history happened at 9
        ("Review with Bo", at(10, 10), "scheduled"),
        ("Pipeline review", at(18, 15), "scheduled"),
        ("Pipeline review", at(24, 10), "scheduled"),
        ("Pipeline review", at(31, 10), "scheduled"),
    ]
    # every other week: the occurrences of the weeks left out go (to the Trash), history stays
    services.activities.update(weekly, validate(ActivityUpdate, rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"))
    assert march(services) == [
        ("Pipeline review", at(3, 9), "done"),
        ("Pipeline review", at(18, 15), "scheduled"),  # the 17th is still an occurrence: it stays where it was put
        ("Pipeline review", at(31, 10), "scheduled"),
    ]
    assert [a.subject for a in services.activities.list(deleted=True)] == ["Review with Bo"]
    services.history.undo()
    assert ("Review with Bo", at(10, 10), "scheduled") in march(services)


def test_an_exception_has_the_same_id_on_every_device() -> None:
    series = "01957a8e-1c2d-7f00-8000-000000000001"
    occurrence = datetime(2025, 3, 10, 8, tzinfo=UTC)
    first = exception_id(series, occurrence)
    assert first == exception_id(series, occurrence.astimezone(BERLIN))
    assert first != exception_id(series, occurrence + WEEK)
    assert first[:13] == series[:13] and first[14] == "7"  # a UUIDv7 sorting beside its series


def test_a_deleted_series_takes_its_occurrences_with_it(services: Services, weekly: str) -> None:
    services.activities.update_occurrence(
        weekly, services.activities.occurrence_of(weekly, date(2025, 3, 10)), validate(ActivityUpdate, subject="x")
    )
    services.activities.delete(weekly)
    assert march(services) == []
    services.activities.restore(weekly)
    assert len(march(services)) == 5


# ----- overdue, with a fake clock -----


def test_overdue_is_one_definition(clock: FixedClock) -> None:
    now = datetime(2025, 3, 20, 12, tzinfo=UTC)
    today = date(2025, 3, 20)
    noon = datetime(2025, 3, 20, 11, tzinfo=UTC)
    assert is_overdue("scheduled", noon, None, False, now, today)  # a call whose time has passed
    assert not is_overdue("scheduled", noon, noon + timedelta(hours=2), False, now, today)  # a meeting under way
    assert is_overdue("scheduled", noon, noon + timedelta(hours=1), False, now, today)  # over at noon
    assert not is_overdue("done", noon, None, False, now, today)
    assert not is_overdue("scheduled", None, None, False, now, today)  # no date: never overdue
    day = datetime(2025, 3, 20, tzinfo=UTC)
    assert not is_overdue("scheduled", day, None, True, now, today)  # a timeless to-do of today
    assert is_overdue("scheduled", day - timedelta(days=1), None, True, now, today)
    assert not is_overdue("scheduled", day - timedelta(days=2), day + timedelta(days=1), True, now, today)


def test_overdue_until_cleared_or_rescheduled(services: Services, clock: FixedClock) -> None:
    call = schedule(services, subject="Call back", starts_at=datetime(2025, 3, 20, 14, tzinfo=UTC))
    todo = schedule(services, subject="Quote", starts_at=date(2025, 3, 20), timeless=True)
    window = datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC)

    def overdue() -> set[str]:
        return {o.subject for o in services.activities.occurrences(*window, zone=UTC) if o.overdue}

    assert overdue() == set()
    clock.now = datetime(2025, 3, 20, 14, 1, tzinfo=UTC)
    assert overdue() == {"Call back"}
    clock.now = datetime(2025, 3, 21, 0, 0, tzinfo=UTC)
    assert overdue() == {"Call back", "Quote"}
    services.activities.reschedule(call, datetime(2025, 3, 22, 9, tzinfo=UTC))
    services.activities.clear(todo)
    assert overdue() == set()
