"""Activities: scheduling, types, clearing into history (done or cancelled), recurrence, listing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import ActivityCreate, ActivityUpdate, validate
from cardfile.services import Services
from tests.unit.world import START, World

WEEK = timedelta(days=7)


def schedule(services: Services, **fields: object) -> str:
    return services.activities.schedule(validate(ActivityCreate, **fields)).id


def test_a_scheduled_activity_reads_back(services: Services, world: World) -> None:
    call = services.activities.get(world.call)
    assert (call.kind, call.type_name, call.status) == ("call", "Call", "scheduled")
    assert call.starts_at == START and call.ends_at == START + timedelta(minutes=15)
    assert [c.name for c in call.contacts] == ["Anna Berg"]
    assert call.company is not None and call.company.name == "Acme Ltd"
    data = call.as_json()
    assert (data["type"], data["display_name"], data["activity_type"]) == ("activity", call.subject, "call")
    assert data["start"] == "2030-03-04T09:30:00.000Z"


def test_without_a_type_an_activity_is_a_to_do(services: Services) -> None:
    assert services.activities.get(schedule(services, subject="Buy stamps")).kind == "todo"


def test_activity_types_built_in_and_added(services: Services) -> None:
    assert [t.key for t in services.activities.types()] == ["call", "meeting", "todo"]
    visit = services.activities.add_type("Site visit")
    assert services.activities.add_type("site VISIT") == visit  # no duplicate
    assert services.activities.resolve_type("site visit") == visit.id
    assert services.activities.resolve_type("To-do") == services.activities.resolve_type("todo")
    activity = schedule(services, subject="Inspect", type_id=visit.id)
    assert services.activities.get(activity).kind == "Site visit"
    with pytest.raises(NotFound):
        services.activities.resolve_type("séance")
    with pytest.raises(ValidationError) as caught:
        services.activities.add_type("  ")
    assert caught.value.params["field"] == "activity type"


def test_references_must_be_live(services: Services, world: World) -> None:
    services.contacts.delete(world.bob)
    for fields, field in (
        ({"contact_ids": [world.bob]}, "contact"),
        ({"company_id": "nope"}, "company"),
        ({"deal_id": "nope"}, "deal"),
        ({"type_id": "nope"}, "type"),
    ):
        with pytest.raises(ValidationError) as caught:
            schedule(services, subject="x", **fields)
        assert caught.value.params["field"] == field


# ----- editing -----


def test_update_moves_times_and_replaces_people(services: Services, world: World) -> None:
    later = START + timedelta(days=1)
    updated = services.activities.update(
        world.call, validate(ActivityUpdate, starts_at=later, duration_minutes=60, contact_ids=[world.bob, world.anna])
    )
    assert (updated.starts_at, updated.ends_at) == (later, later + timedelta(hours=1))
    assert [c.id for c in updated.contacts] == [world.bob, world.anna]
    assert updated.subject == "Call Anna about the order"  # not named: kept


def test_update_refuses_an_empty_subject_and_a_duration_without_start(services: Services) -> None:
    todo = schedule(services, subject="Someday")
    with pytest.raises(ValidationError) as caught:
        services.activities.update(todo, validate(ActivityUpdate, subject=""))
    assert caught.value.params["field"] == "subject"
    with pytest.raises(ValidationError) as caught:
        services.activities.update(todo, validate(ActivityUpdate, duration_minutes=30))
    assert caught.value.params["field"] == "duration"


# ----- clearing -----


def test_clearing_makes_history_with_an_outcome(services: Services, world: World) -> None:
    done_at = datetime(2030, 3, 4, 9, 50, tzinfo=UTC)
    cleared = services.activities.clear(world.call, outcome="Ordered 40 anvils", at=done_at)
    assert cleared.id == world.call
    assert (cleared.status, cleared.outcome, cleared.completed_at) == ("done", "Ordered 40 anvils", done_at)
    with pytest.raises(ValidationError) as caught:
        services.activities.clear(world.call)
    assert caught.value.params["field"] == "status"


def test_cancelling_is_clearing_without_completion(services: Services, world: World) -> None:
    cancelled = services.activities.clear(world.call, completed=False)
    assert cancelled.status == "cancelled"
    assert [a.id for a in services.activities.list(status="cancelled")] == [world.call]
    assert world.call not in [a.id for a in services.activities.list(status="scheduled")]
    assert services.activities.list(status="done") == []


def test_an_activity_in_the_trash_cannot_be_cleared(services: Services, world: World) -> None:
    services.activities.delete(world.call)
    with pytest.raises(NotFound):
        services.activities.clear(world.call)


def test_clearing_an_occurrence_records_it_and_moves_the_series_on(services: Services, world: World) -> None:
    history = services.activities.clear(world.weekly, outcome="Went fine")
    series = services.activities.get(world.weekly)
    assert history.id != world.weekly
    assert (history.status, history.outcome, history.starts_at) == ("done", "Went fine", START)
    assert history.rrule == "" and [c.id for c in history.contacts] == [world.bob]
    assert history.subject == series.subject == "Weekly catch-up"
    assert (series.status, series.starts_at) == ("scheduled", START + WEEK)
    assert series.ends_at == START + WEEK + timedelta(minutes=30)


@pytest.mark.parametrize(
    "rrule",
    [
        "FREQ=WEEKLY;COUNT=3",
        "FREQ=WEEKLY;UNTIL=20300318T093000Z",
        "FREQ=WEEKLY;INTERVAL=1;COUNT=3;BYDAY=MO",
    ],
)
def test_the_last_occurrence_ends_the_series(services: Services, world: World, rrule: str) -> None:
    """Regression: with COUNT, each cleared occurrence moved the start on and the count started again, so a
    three-meeting series never ended."""
    series = schedule(services, subject="Three Mondays", starts_at=START, rrule=rrule, contact_ids=[world.anna])
    first = services.activities.clear(series)
    second = services.activities.clear(series)
    assert services.activities.get(series).status == "scheduled"
    last = services.activities.clear(series)
    assert last.id == series and last.status == "done"
    assert [first.starts_at, second.starts_at, last.starts_at] == [START, START + WEEK, START + 2 * WEEK]
    assert services.activities.occurrences(series, START, START + 10 * WEEK) == [START + 2 * WEEK]
    assert len([a for a in services.activities.list(contact_id=world.anna) if a.subject == "Three Mondays"]) == 3


def test_the_remaining_occurrences_of_a_counted_series(services: Services) -> None:
    series = schedule(services, subject="Daily", starts_at=START, rrule="FREQ=DAILY;COUNT=4")
    services.activities.clear(series)
    day = timedelta(days=1)
    assert services.activities.occurrences(series, START, START + 10 * day) == [START + day * n for n in (1, 2, 3)]


def test_occurrences_inside_a_window(services: Services, world: World) -> None:
    occurrences = services.activities.occurrences
    assert occurrences(world.weekly, START, START + 30 * WEEK) == [START, START + WEEK, START + 2 * WEEK]
    assert occurrences(world.weekly, START + timedelta(days=1), START + WEEK) == [START + WEEK]
    assert occurrences(world.call, START - WEEK, START + WEEK) == [START]
    assert occurrences(world.call, START + WEEK, START + 2 * WEEK) == []
    assert occurrences(schedule(services, subject="Whenever"), START, START + WEEK) == []


# ----- listing -----


def test_list_by_person_company_deal_and_time(services: Services, world: World) -> None:
    on_deal = schedule(services, subject="Send quote", deal_id=world.deal, starts_at=START + 3 * WEEK)
    undated = schedule(services, subject="Someday")
    ids = lambda **kw: [a.id for a in services.activities.list(**kw)]  # noqa: E731
    assert ids(contact_id=world.anna) == [world.call]
    assert ids(company_id=world.company) == [world.call]
    assert ids(deal_id=world.deal) == [on_deal]
    assert ids() == [world.call, world.weekly, on_deal, undated]  # soonest first, undated last
    assert ids(start=START + WEEK) == [world.weekly, on_deal, undated]  # a series is listed while it recurs
    assert ids(end=START) == [world.call, world.weekly, undated]
    assert ids(limit=1) == [world.call]
    services.activities.delete(world.call)
    assert ids(deleted=True) == [world.call]


def test_a_persons_company_brings_their_activities(services: Services, world: World) -> None:
    meeting = schedule(services, subject="Lunch", contact_ids=[world.acme_only])
    assert meeting in [a.id for a in services.activities.list(company_id=world.company)]


def test_resolve_by_id_or_prefix(services: Services, world: World) -> None:
    assert services.activities.resolve(world.call) == world.call
    assert services.activities.resolve(world.call[:-3]) == world.call
    with pytest.raises(NotFound):
        services.activities.resolve("0000")
