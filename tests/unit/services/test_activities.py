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


def test_clearing_makes_history_with_a_result_an_outcome_and_when_it_happened(services: Services, world: World) -> None:
    happened = datetime(2030, 3, 4, 9, 50, tzinfo=UTC)
    cleared = services.activities.clear(
        world.call, result="left message", outcome="Ordered 40 anvils", happened_at=happened
    )
    assert cleared.id == world.call
    assert (cleared.status, cleared.result, cleared.outcome) == ("done", "left_message", "Ordered 40 anvils")
    assert cleared.happened_at == happened and cleared.completed_at is not None
    data = cleared.as_json()
    assert (data["result"], data["happened_at"]) == ("left_message", "2030-03-04T09:50:00.000Z")
    with pytest.raises(ValidationError) as caught:
        services.activities.clear(world.call)
    assert caught.value.params["field"] == "status"


def test_it_happened_when_it_was_scheduled_unless_told_otherwise(services: Services, world: World) -> None:
    assert services.activities.clear(world.call).happened_at == START
    assert services.activities.get(world.call).result == "completed"
    undated = schedule(services, subject="Someday")
    assert services.activities.clear(undated).happened_at is not None  # now: it has no scheduled time


def test_a_result_of_ones_own_words_is_kept_as_typed(services: Services, world: World) -> None:
    assert services.activities.clear(world.call, result="Rescheduled by phone").result == "Rescheduled by phone"
    with pytest.raises(ValidationError) as caught:
        services.activities.clear(world.weekly, result="  ")
    assert caught.value.params["field"] == "result"


def test_cancelling_is_clearing_without_completion(services: Services, world: World) -> None:
    cancelled = services.activities.clear(world.call, completed=False)
    assert (cancelled.status, cancelled.result) == ("cancelled", "")
    assert [a.id for a in services.activities.list(status="cancelled")] == [world.call]
    assert world.call not in [a.id for a in services.activities.list(status="scheduled")]
    assert services.activities.list(status="done") == []


def test_an_activity_in_the_trash_cannot_be_cleared(services: Services, world: World) -> None:
    services.activities.delete(world.call)
    with pytest.raises(NotFound):
        services.activities.clear(world.call)


def test_clearing_one_occurrence_keeps_the_series(services: Services, world: World) -> None:
    history = services.activities.clear(world.weekly, occurrence=START + WEEK, outcome="Went fine")
    series = services.activities.get(world.weekly)
    assert history.id != world.weekly and history.series_id == world.weekly
    assert (history.status, history.outcome, history.starts_at) == ("done", "Went fine", START + WEEK)
    assert history.recurrence_id == START + WEEK and history.happened_at == START + WEEK
    assert history.rrule == "" and [c.id for c in history.contacts] == [world.bob]
    assert history.subject == series.subject == "Weekly catch-up"
    assert (series.status, series.starts_at, series.rrule) == ("scheduled", START, "FREQ=WEEKLY;COUNT=3")
    statuses = [(o.starts_at, o.status) for o in services.activities.occurrences(START, START + 10 * WEEK)]
    assert (START + WEEK, "done") in statuses and (START, "scheduled") in statuses
    assert (START + 2 * WEEK, "scheduled") in statuses
    with pytest.raises(ValidationError) as caught:
        services.activities.clear(world.weekly, occurrence=START + WEEK)
    assert caught.value.params["field"] == "status"


def test_clearing_a_series_as_a_whole_ends_it(services: Services, world: World) -> None:
    cleared = services.activities.clear(world.weekly, outcome="Project over")
    assert cleared.id == world.weekly and cleared.status == "done"
    found = [o for o in services.activities.occurrences(START, START + 10 * WEEK) if o.activity_id == world.weekly]
    assert [(o.starts_at, o.status) for o in found] == [(START, "done")]  # history at its first start


def test_a_follow_up_starts_from_the_same_people_and_is_scheduled_with_the_clearing(
    services: Services, world: World
) -> None:
    draft = services.activities.follow_up_draft(world.call)
    assert draft.contact_ids == [world.anna] and draft.company_id == world.company
    assert draft.starts_at is None and draft.duration_minutes == 15 and draft.subject == "Call Anna about the order"
    follow = draft.model_copy(update={"starts_at": START + WEEK, "subject": "Call Anna: delivery date"})
    services.activities.clear(world.call, outcome="Ordered 40 anvils", follow_up=follow)
    (scheduled,) = [a for a in services.activities.list(contact_id=world.anna, status="scheduled")]
    assert (scheduled.subject, scheduled.starts_at, scheduled.kind) == (
        "Call Anna: delivery date",
        START + WEEK,
        "call",
    )
    assert services.activities.get(world.call).status == "done"
    services.history.undo()  # one action: both go back
    assert services.activities.get(world.call).status == "scheduled"
    assert [a.id for a in services.activities.list(contact_id=world.anna, status="scheduled")] == [world.call]


# ----- scheduling for several people, overlaps -----


def test_scheduling_for_several_people_makes_one_activity_each_in_one_step(services: Services, world: World) -> None:
    data = validate(ActivityCreate, subject="Invite to the fair", starts_at=START + WEEK)
    made = services.activities.schedule_for_each(data, [world.anna, world.bob, world.anna])
    assert [[c.id for c in a.contacts] for a in made] == [[world.anna], [world.bob]]
    assert services.history.actions()[0].label == "Schedule activity with 2 people"
    services.history.undo()
    assert [a.subject for a in services.activities.list() if a.subject == "Invite to the fair"] == []


def test_overlap_with_a_timed_activity_of_the_same_owner_is_found_before_saving(
    services: Services, world: World
) -> None:
    clash = validate(ActivityCreate, subject="Dentist", starts_at=START + timedelta(minutes=10), duration_minutes=30)
    assert [o.activity_id for o in services.activities.overlaps(clash)] == [world.call, world.weekly]
    later = validate(ActivityCreate, subject="Dentist", starts_at=START + timedelta(hours=2), duration_minutes=30)
    assert services.activities.overlaps(later) == []
    next_week = validate(
        ActivityCreate, subject="Standup", starts_at=START - WEEK, duration_minutes=5, rrule="FREQ=WEEKLY"
    )
    assert {o.occurrence for o in services.activities.overlaps(next_week)} >= {START, START + WEEK}
    assert services.activities.overlaps(clash, exclude=world.weekly)[0].activity_id == world.call
    all_day = validate(ActivityCreate, subject="Fair", starts_at=START.date(), all_day=True)
    assert services.activities.overlaps(all_day) == []  # a day is not a time slot


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
