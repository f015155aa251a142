"""The task list (views, filters, order, rows, counts, bulk clear and reschedule), reminders, coming birthdays."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import ActivityCreate, CompanyCreate, ContactCreate, DealCreate, validate
from cardfile.services import Services, open_database
from cardfile.services.tasks import TaskFilter
from tests.helpers import FixedClock

NOW = datetime(2025, 3, 20, 12, tzinfo=UTC)  # a Thursday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def services(db_path: Path, clock: FixedClock) -> Iterator[Services]:
    with open_database(db_path, now=clock) as opened:
        yield opened


def schedule(services: Services, subject: str, **fields: object) -> str:
    fields.setdefault("time_zone", "UTC")
    return services.activities.schedule(validate(ActivityCreate, subject=subject, **fields)).id


@pytest.fixture
def day(services: Services) -> dict[str, str]:
    anna = services.contacts.create(validate(ContactCreate, given="Anna", family="Berg")).id
    call = services.activities.resolve_type("call")
    done = schedule(services, "Done already", starts_at=NOW - timedelta(days=1))
    services.activities.clear(done)
    return {
        "anna": anna,
        "late call": schedule(
            services, "Late call", starts_at=NOW - timedelta(days=2), type_id=call, priority="high", contact_ids=[anna]
        ),
        "morning": schedule(services, "Morning call", starts_at=NOW - timedelta(hours=2), type_id=call),
        "afternoon": schedule(services, "Afternoon meeting", starts_at=NOW + timedelta(hours=2), duration_minutes=60),
        "todo": schedule(services, "Send quote", starts_at=NOW.date(), timeless=True, priority="low"),
        "saturday": schedule(services, "Fair", starts_at=date(2025, 3, 22), all_day=True),
        "next month": schedule(services, "Visit", starts_at=NOW + timedelta(days=30)),
        "undated": schedule(services, "Someday"),
        "standup": schedule(
            services,
            "Standup",
            starts_at=datetime(2025, 3, 3, 9, tzinfo=UTC),
            duration_minutes=15,
            rrule="FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
        ),
    }


def subjects(services: Services, view: str, **kw: object) -> list[str]:
    return [o.subject for o in services.tasks.rows(services.tasks.keys(view, zone="UTC", **kw), zone="UTC")]  # type: ignore[arg-type]


def test_the_views(services: Services, day: dict[str, str]) -> None:
    assert subjects(services, "today") == ["Send quote", "Standup", "Morning call", "Afternoon meeting"]
    assert subjects(services, "overdue") == ["Late call", "Standup", "Morning call"]
    assert subjects(services, "week") == [
        "Standup",
        "Standup",
        "Late call",
        "Standup",
        "Send quote",
        "Standup",
        "Morning call",
        "Afternoon meeting",
        "Standup",
        "Fair",
    ]
    assert subjects(services, "upcoming") == ["Send quote", "Afternoon meeting", "Standup", "Fair", "Visit"]
    assert subjects(services, "all") == [
        "Late call",
        "Send quote",
        "Standup",
        "Morning call",
        "Afternoon meeting",
        "Standup",
        "Fair",
        "Visit",
        "Someday",
    ]
    counts = services.tasks.counts(zone="UTC")
    assert counts == {"today": 4, "overdue": 3, "week": 10, "upcoming": 5, "all": 9}
    assert services.tasks.overdue_count(zone="UTC") == 3


def test_a_series_is_overdue_by_its_latest_passed_occurrence_until_that_is_cleared(
    services: Services, day: dict[str, str]
) -> None:
    (standup,) = [k for k in services.tasks.keys("overdue", zone="UTC") if k.startswith(day["standup"])]
    assert standup == f"{day['standup']}@2025-03-20T09:00:00.000Z"
    services.tasks.clear_many([standup])
    assert [o.subject for o in services.tasks.rows(services.tasks.keys("overdue", zone="UTC"))] == [
        "Late call",
        "Morning call",
    ]  # yesterday's stand-up is not brought up again


def test_filters_and_orders(services: Services, day: dict[str, str]) -> None:
    call = services.activities.resolve_type("call")
    assert subjects(services, "all", filters=TaskFilter(type_ids=(call,))) == ["Late call", "Morning call"]
    assert subjects(services, "all", filters=TaskFilter(priorities=("high", "low"))) == ["Late call", "Send quote"]
    assert subjects(services, "all", filters=TaskFilter(contact_id=day["anna"])) == ["Late call"]
    assert subjects(services, "today", filters=TaskFilter(owner="someone else")) == []
    assert subjects(services, "today", order="subject") == [
        "Afternoon meeting",
        "Morning call",
        "Send quote",
        "Standup",
    ]
    assert subjects(services, "today", order="subject", reverse=True)[0] == "Standup"
    assert subjects(services, "today", order="priority")[-1] == "Send quote"
    with pytest.raises(ValidationError):
        services.tasks.keys("today", order="colour")
    with pytest.raises(ValidationError):
        services.tasks.keys("yesterday")  # type: ignore[arg-type]


def test_rows_say_overdue_and_who(services: Services, day: dict[str, str]) -> None:
    rows = {o.subject: o for o in services.tasks.rows(services.tasks.keys("all", zone="UTC"), zone="UTC")}
    assert rows["Late call"].overdue and [c.name for c in rows["Late call"].contacts] == ["Anna Berg"]
    assert not rows["Afternoon meeting"].overdue and not rows["Someday"].overdue
    assert rows["Send quote"].day == NOW.date() and rows["Send quote"].local_start is None


def test_bulk_clear_and_reschedule_are_one_step_each(
    services: Services, day: dict[str, str], clock: FixedClock
) -> None:
    overdue = services.tasks.keys("overdue", zone="UTC")
    assert services.tasks.reschedule_many(overdue, date(2025, 3, 24)) == 3
    assert services.tasks.overdue_count(zone="UTC") == 0
    assert services.activities.get(day["late call"]).starts_at == datetime(2025, 3, 24, 12, tzinfo=UTC)
    assert services.activities.get(day["morning"]).starts_at == datetime(2025, 3, 24, 10, tzinfo=UTC)
    services.history.undo()
    assert services.tasks.overdue_count(zone="UTC") == 3
    assert services.tasks.clear_many(services.tasks.keys("today", zone="UTC"), result="no_answer") == 4
    assert services.activities.get(day["morning"]).result == "no_answer"
    assert subjects(services, "today") == []


def test_reminders_ring_snooze_dismiss_and_survive_a_restart(db_path: Path, clock: FixedClock) -> None:
    with open_database(db_path, now=clock) as services:
        call = schedule(services, "Call Anna", starts_at=NOW + timedelta(minutes=10), alarm_minutes=15)
        schedule(services, "No alarm", starts_at=NOW + timedelta(minutes=5))
        schedule(
            services, "Standup", starts_at=datetime(2025, 3, 3, 9, tzinfo=UTC), rrule="FREQ=DAILY", alarm_minutes=0
        )
        (first,) = [a for a in services.reminders.due() if a.subject == "Call Anna"]
        assert first.key == call and not first.late
        (standup,) = [a for a in services.reminders.due() if a.subject == "Standup"]
        assert standup.starts_at == datetime(2025, 3, 20, 9, tzinfo=UTC) and standup.late  # today's, missed
        services.reminders.snooze(call, minutes=5)
        assert [a.subject for a in services.reminders.due()] == ["Standup"]
        assert services.reminders.next_ring() == NOW + timedelta(minutes=5)
        services.reminders.dismiss(standup.key)
        assert services.reminders.due() == []
    clock.now = NOW + timedelta(minutes=6)
    with open_database(db_path, now=clock) as services:  # the app was closed meanwhile
        assert [a.subject for a in services.reminders.due()] == ["Call Anna"]
        services.reminders.dismiss(call)
        assert services.reminders.due() == []
        clock.now = datetime(2025, 3, 21, 9, 0, tzinfo=UTC)
        assert [(a.subject, a.starts_at.day) for a in services.reminders.due()] == [("Standup", 21)]
        with pytest.raises(ValidationError):
            services.reminders.snooze(call, minutes=0)


def test_a_rescheduled_activity_rings_again(services: Services, clock: FixedClock) -> None:
    call = schedule(services, "Call", starts_at=NOW + timedelta(minutes=5), alarm_minutes=10)
    services.reminders.dismiss(call)
    services.activities.reschedule(call, NOW + timedelta(days=1))
    clock.now = NOW + timedelta(days=1, minutes=-9)
    assert [a.key for a in services.reminders.due()] == [call]


def test_coming_birthdays_and_anniversaries(services: Services) -> None:
    def person(given: str, **dates: str) -> str:
        return services.contacts.create(validate(ContactCreate, given=given, family="Example", **dates)).id

    person("Ann", birthday="1980-03-21")
    person("Bo", birthday="--03-25")
    person("Cy", anniversary="2000-03-20")
    person("Di", birthday="1990-04-30")
    person("Leap", birthday="2000-02-29")
    coming = services.tasks.coming_dates(days=14, today=date(2025, 3, 20))
    assert [(r.name, r.kind, r.day, r.years) for r in coming] == [
        ("Cy Example", "anniversary", date(2025, 3, 20), 25),
        ("Ann Example", "birthday", date(2025, 3, 21), 45),
        ("Bo Example", "birthday", date(2025, 3, 25), None),  # no year, no age
    ]
    leap = services.tasks.coming_dates(days=3, today=date(2025, 2, 27))
    assert [(r.name, r.day) for r in leap] == [("Leap Example", date(2025, 2, 28))]
    assert coming[2].as_json()["years"] is None


def test_filtered_by_company_and_by_deal(services: Services, day: dict[str, str]) -> None:
    """A company's tasks are its own and those with its people, in every view (its Activities tab lists them)."""
    acme = services.companies.create(validate(CompanyCreate, name="Acme")).id
    bo = services.contacts.create(validate(ContactCreate, given="Bo", company_id=acme)).id
    deal = services.deals.create(validate(DealCreate, name="Acme renewal")).id
    schedule(services, "With Bo", starts_at=NOW + timedelta(hours=3), contact_ids=[bo])
    schedule(services, "About Acme", starts_at=NOW + timedelta(hours=4), company_id=acme, deal_id=deal)
    for view in ("today", "all"):
        assert subjects(services, view, filters=TaskFilter(company_id=acme)) == ["With Bo", "About Acme"]
        assert subjects(services, view, filters=TaskFilter(deal_id=deal)) == ["About Acme"]


def test_bulk_delete_skips_an_occurrence_and_trashes_the_rest_in_one_step(
    services: Services, day: dict[str, str]
) -> None:
    today = services.tasks.keys("today", zone="UTC")
    standup = next(k for k in today if k.startswith(day["standup"]))
    assert services.tasks.delete_many([standup, day["morning"]]) == 2
    assert services.activities.get(day["morning"]).meta.deleted_at is not None
    assert services.activities.get(day["standup"]).meta.deleted_at is None  # the series goes on
    assert "Standup" not in subjects(services, "today") and "Standup" in subjects(services, "week")
    services.history.undo()
    assert subjects(services, "today") == ["Send quote", "Standup", "Morning call", "Afternoon meeting"]


def test_owners_of_scheduled_activities_me_first(services: Services, day: dict[str, str]) -> None:
    schedule(services, "Bo's call", starts_at=NOW, owner_id="bo")
    assert services.tasks.owners() == ["me", "bo"]
