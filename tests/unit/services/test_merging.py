"""Merging duplicates with everything attached, and taking a merge back, on one device."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from cardfile.domain.errors import MergedAway, NotFound
from cardfile.domain.models import (
    ActivityCreate,
    ActivityUpdate,
    CompanyCreate,
    ContactCreate,
    ContactUpdate,
    CustomFieldCreate,
    DealCreate,
    NoteCreate,
    validate,
)
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.merging import CannotMerge, CannotUnmerge
from cardfile.store import replica
from cardfile.sync.merge import ConflictBody, Side
from tests.unit.world import START, World


@pytest.fixture
def duplicate(services: Services, world: World) -> dict[str, str]:
    """A second card of Anna Berg (of the world) with things of its own attached: a call, a weekly meeting with one
    occurrence changed, a note, a role on the deal (and a deal of its own), a group Anna is in and one she is not,
    custom values Anna lacks, and a conflict about its title."""
    s = services
    hobby = s.custom_fields.define(validate(CustomFieldCreate, name="Hobby")).id
    dup = s.contacts.create(
        validate(
            ContactCreate,
            given="Anna",
            family="Berg",
            title="Head buyer",
            emails=[{"value": "ANNA@acme.example", "label": "work"}, {"value": "anna.berg@private.example"}],
            phones=[{"value": "+1 555 010 2030"}, {"value": "+1 555 777 8888", "label": "home"}],
            tags=["VIP", "golf"],
            custom={"Hobby": "Sailing", "Region": "South"},
        )
    ).id
    call = s.activities.schedule(
        validate(
            ActivityCreate,
            type_id=s.activities.resolve_type("call"),
            subject="Call Anna at home",
            starts_at=START,
            contact_ids=[dup],
        )
    ).id
    weekly = s.activities.schedule(
        validate(
            ActivityCreate,
            type_id=s.activities.resolve_type("meeting"),
            subject="Anna's weekly",
            starts_at=START,
            duration_minutes=30,
            rrule="FREQ=WEEKLY;COUNT=4",
            contact_ids=[dup],
        )
    ).id
    moved = s.activities.update_occurrence(
        weekly, START + timedelta(days=7), validate(ActivityUpdate, starts_at=START + timedelta(days=8))
    ).id
    both = s.activities.schedule(  # a meeting with both cards: after the merge, once with Anna
        validate(
            ActivityCreate,
            type_id=s.activities.resolve_type("meeting"),
            subject="Both Annas",
            starts_at=START,
            contact_ids=[world.anna, dup],
        )
    ).id
    note = s.notes.add(validate(NoteCreate, body="Private number works best", contact_ids=[dup])).id
    s.deals.update(world.deal, _deal_people(s, world.deal, [(world.anna, "decision maker"), (dup, "champion")]))
    own_deal = s.deals.create(
        validate(DealCreate, name="Anna's own deal", contacts=[{"contact_id": dup, "role": "buyer"}])
    ).id
    golfers = s.groups.create("Golfers").id
    s.groups.add_members(golfers, [dup])
    s.groups.add_members(world.group, [dup])  # the group Anna is in already
    conflict = ConflictBody(
        "contact",
        dup,
        "title",
        Side('"Head buyer"', 20, "desk", "me"),
        Side('"Chief buyer"', 10, "laptop", "me"),
    )
    with s.db.write("A conflict noticed by sync") as w:
        replica.store_conflict(w.conn, conflict)
    return {
        "dup": dup,
        "call": call,
        "weekly": weekly,
        "moved": moved,
        "both": both,
        "note": note,
        "own_deal": own_deal,
        "golfers": golfers,
        "hobby": hobby,
        "conflict": conflict.conflict_id,
    }


def _deal_people(s: Services, deal_id: str, people: list[tuple[str, str]]) -> Any:
    from cardfile.domain.models import DealUpdate

    return validate(DealUpdate, contacts=[{"contact_id": c, "role": r} for c, r in people])


def _activity_people(s: Services, activity_id: str) -> list[str]:
    return [c.id for c in s.activities.get(activity_id).contacts]


def test_a_merge_moves_everything_attached_to_the_survivor(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    s, anna, d = services, world.anna, duplicate
    (merge,) = s.merging.merge(anna, [d["dup"]])

    assert merge.survivor_id == anna and merge.merged_id == d["dup"] and merge.active
    person = s.contacts.get(anna)
    assert [e["value"] for e in person.emails] == [
        "anna@acme.example",
        "anna@home.example",
        "anna.berg@private.example",
    ]
    assert [p["value"] for p in person.phones] == ["+1 555-010-2030", "+1 555 777 8888"], "one number in two forms"
    assert person.tags == ["customer", "vip", "golf"], "VIP and vip are one tag"
    assert person.custom["Hobby"] == "Sailing", "a custom value only the duplicate had"
    assert person.custom["Score"] == 7 and person.photo_size > 0, "the survivor's values the duplicate lacks stay"
    # activities, the series and its changed occurrence, the shared meeting once
    for activity in (d["call"], d["weekly"], d["moved"]):
        assert _activity_people(s, activity) == [anna]
    assert _activity_people(s, d["both"]) == [anna]
    assert {a.id for a in s.activities.list(contact_id=anna)} >= {world.call, d["call"], d["weekly"], d["both"]}
    assert [
        o.activity_id
        for o in s.activities.occurrences(START, START + timedelta(days=30))
        if o.series_id == d["weekly"] and o.starts_at == START + timedelta(days=8)
    ] == [d["moved"]]
    # notes, deals and roles, groups
    assert d["note"] in [n.id for n in s.notes.list(record_id=anna)]
    assert [(c.id, c.role.casefold()) for c in s.deals.get(world.deal).contacts] == [(anna, "decision maker")]
    assert [(c.id, c.role.casefold()) for c in s.deals.get(d["own_deal"]).contacts] == [(anna, "buyer")]
    assert {g.id for g in s.groups.groups_of(anna)} == {world.group, d["golfers"]}
    assert s.groups.members(world.group) == [anna]
    # conflicts about the duplicate are shown, and decided, on the survivor
    (conflict,) = s.sync.conflicts()
    assert (conflict.record_id, conflict.merged_into) == (d["dup"], anna)
    assert (conflict.record_name, conflict.other) == ("Anna Berg", "Chief buyer")
    s.sync.resolve_conflict(conflict.id, take_other=True)
    assert s.contacts.get(anna).title == "Chief buyer"
    # the duplicate is out of sight: not listed, not found, not in the Trash, but still there to unmerge
    assert d["dup"] not in s.contacts.ids() and d["dup"] not in [t.id for t in s.history.trash()]
    assert d["dup"] not in [r.id for r in s.search.search("Anna Berg")]
    assert s.merging.survivor_of(d["dup"]) == anna
    with pytest.raises(MergedAway):
        s.contacts.restore(d["dup"])
    assert s.maintenance.check().ok


def test_the_survivors_history_shows_the_merge_and_the_duplicates_past(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    s = services
    (merge,) = s.merging.merge(world.anna, [duplicate["dup"]])
    timeline = s.history.timeline("contact", world.anna)
    (entry,) = [e for e in timeline if e.kind == "merge"]
    assert (entry.record_id, entry.title, entry.detail) == (merge.id, "Anna Berg", duplicate["dup"])
    assert {c.field for c in entry.changes} >= {"emails", "phones", "tags", "custom"}
    assert not any(e.kind == "change" and e.title == "Merge contacts" and e.record_id == world.anna for e in timeline)
    theirs = [e for e in timeline if e.kind == "change" and e.record_id == duplicate["dup"]]
    assert [e.title for e in theirs] == ["Add contact"], "the duplicate's own history, without the merge's bookkeeping"
    assert any(e.kind == "note" and e.record_id == duplicate["note"] for e in timeline)


def test_a_single_value_comes_from_the_most_recently_edited_record_unless_picked(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    s, anna, dup = services, world.anna, duplicate["dup"]
    s.contacts.update(anna, validate(ContactUpdate, department="Purchasing"))  # Anna's department: newer
    preview = s.merging.preview(anna, [dup])
    fields = {f.key: f for f in preview.fields}
    assert fields["title"].default_from == dup, "the duplicate's title was edited after Anna's"
    assert fields["department"].default_from == anna, "only Anna has one"
    assert fields["photo"].default_from == anna and fields["birthday"].default_from == anna
    assert fields["emails"].multi and len(fields["emails"].united) == 3
    assert preview.attachments[dup].activities == 4 and preview.attachments[dup].groups == 2
    assert preview.attachments[dup].deals == 2 and preview.attachments[dup].conflicts == 1
    region = next(f for f in preview.fields if f.label == "Region")
    assert region.differs and region.values == {anna: "North", dup: "South"}

    s.merging.merge(anna, [dup], take={"title": anna, "custom:Region": dup})
    person = s.contacts.get(anna)
    assert (person.title, person.custom["Region"], person.department) == ("Buyer", "South", "Purchasing")


def test_prefer_takes_every_value_the_preferred_record_has(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    s, anna, dup = services, world.anna, duplicate["dup"]
    s.contacts.update(anna, validate(ContactUpdate, title="Senior buyer"))  # newer than the duplicate's now
    s.merging.merge(anna, [dup], prefer=dup)
    person = s.contacts.get(anna)
    assert person.title == "Head buyer" and person.custom["Region"] == "South"
    assert person.company is not None and person.photo_size > 0, "what the duplicate lacks stays Anna's"


def test_unmerge_gives_both_back_and_keeps_what_was_done_to_the_survivor_since(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    s, anna, d = services, world.anna, duplicate
    before_anna, before_dup = s.contacts.get(anna), s.contacts.get(d["dup"])
    (merge,) = s.merging.merge(anna, [d["dup"]])
    # later edits on the survivor: a new number, the department, a call of its own
    person = s.contacts.get(anna)
    s.contacts.update(
        anna, validate(ContactUpdate, department="Sales", phones=[*person.phones, {"value": "+1 555 999 0000"}])
    )
    later = s.activities.schedule(
        validate(
            ActivityCreate,
            type_id=s.activities.resolve_type("call"),
            subject="Call after the merge",
            starts_at=START,
            contact_ids=[anna],
        )
    ).id

    undone = s.merging.unmerge(merge.id)

    assert undone.unmerged_at is not None and not undone.active
    person, dup = s.contacts.get(anna), s.contacts.get(d["dup"])
    assert person.title == before_anna.title and person.emails == before_anna.emails and person.tags == before_anna.tags
    assert person.custom == before_anna.custom
    assert person.department == "Sales", "an edit made after the merge stays"
    assert [p["value"] for p in person.phones] == ["+1 555-010-2030", "+1 555 999 0000"], "the duplicate's own went"
    assert (dup.title, dup.emails, dup.phones, dup.tags, dup.custom) == (
        before_dup.title,
        before_dup.emails,
        before_dup.phones,
        before_dup.tags,
        before_dup.custom,
    )
    assert dup.meta.deleted_at is None and s.merging.survivor_of(d["dup"]) is None
    for activity in (d["call"], d["weekly"], d["moved"]):
        assert _activity_people(s, activity) == [d["dup"]]
    assert sorted(_activity_people(s, d["both"])) == sorted([anna, d["dup"]])
    assert _activity_people(s, later) == [anna]
    assert d["note"] in [n.id for n in s.notes.list(record_id=d["dup"])]
    assert sorted((c.id, c.role.casefold()) for c in s.deals.get(world.deal).contacts) == sorted(
        [(anna, "decision maker"), (d["dup"], "champion")]
    )
    assert {g.id for g in s.groups.groups_of(d["dup"])} == {world.group, d["golfers"]}
    assert {g.id for g in s.groups.groups_of(anna)} == {world.group}
    kinds = [e.kind for e in s.history.timeline("contact", anna)]
    assert "merge" in kinds and "unmerge" in kinds
    assert not any(e.record_id == d["dup"] for e in s.history.timeline("contact", anna) if e.kind == "change")
    assert s.maintenance.check().ok
    with pytest.raises(CannotUnmerge) as taken:
        s.merging.unmerge(merge.id)
    assert taken.value.params["reason"] == "undone"


def test_undo_takes_a_merge_back_as_one_action_and_redo_merges_again(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    s, anna, dup = services, world.anna, duplicate["dup"]
    before = s.contacts.get(anna)
    (merge,) = s.merging.merge(anna, [dup])
    s.history.undo()
    assert s.contacts.get(anna).emails == before.emails and s.contacts.get(dup).meta.deleted_at is None
    assert _activity_people(s, duplicate["call"]) == [dup]
    assert not s.merging.get(merge.id).active and s.merging.get(merge.id).undone
    assert s.merging.merges(anna, include_inactive=False) == []
    s.history.redo()
    assert s.merging.survivor_of(dup) == anna and s.merging.get(merge.id).active
    assert _activity_people(s, duplicate["call"]) == [anna]


def test_three_cards_merge_in_one_action_and_unmerge_one_by_one(services: Services, world: World) -> None:
    s = services
    second = s.contacts.create(validate(ContactCreate, given="Anna", family="Berg", title="Buyer")).id
    third = s.contacts.create(validate(ContactCreate, given="Ana", family="Berg", nickname="Annie")).id
    merges = s.merging.merge(world.anna, [second, third])
    assert [m.merged_id for m in merges] == [second, third]
    assert len({a.label for a in s.history.actions(limit=1)}) == 1
    assert s.contacts.get(world.anna).nickname == "Annie"
    s.merging.unmerge(merges[0].id)
    assert s.merging.survivor_of(second) is None and s.merging.survivor_of(third) == world.anna


def test_what_cannot_be_merged_says_why(services: Services, world: World) -> None:
    s = services
    with pytest.raises(CannotMerge) as same:
        s.merging.merge(world.anna, [world.anna])
    assert same.value.params["reason"] == "same_record"
    with pytest.raises(CannotMerge) as trashed:
        s.merging.merge(world.anna, [world.trashed])
    assert trashed.value.params["reason"] == "removed"
    with pytest.raises(CannotMerge) as kinds:
        s.merging.merge(world.anna, [world.company])
    assert kinds.value.params["reason"] == "different_kinds"
    with pytest.raises(CannotMerge) as field:
        s.merging.merge(world.anna, [world.bob], take={"favourite colour": world.bob})
    assert field.value.params["reason"] == "unknown_field"
    s.merging.merge(world.anna, [world.bob])
    with pytest.raises(CannotMerge):
        s.merging.merge(world.acme_only, [world.bob])  # merged already
    with pytest.raises(NotFound):
        s.merging.unmerge("0190aaaa-0000-7000-8000-00000000dead")


def test_companies_merge_with_their_people_activities_deals_and_daughters(services: Services, world: World) -> None:
    s = services
    twin = s.companies.create(
        validate(
            CompanyCreate, name="ACME Ltd.", website="https://acme.example", emails=[{"value": "sales@acme.example"}]
        )
    ).id
    daughter = s.companies.create(validate(CompanyCreate, name="Acme Nordic", parent_id=twin)).id
    worker = s.contacts.create(validate(ContactCreate, given="Carl", family="Dahl", company_id=twin)).id
    nameless = s.contacts.create(validate(ContactCreate, company_id=twin)).id  # known by the company's name
    deal = s.deals.create(validate(DealCreate, name="Twin deal", company_id=twin)).id
    visit = s.activities.schedule(
        validate(
            ActivityCreate,
            type_id=s.activities.resolve_type("meeting"),
            subject="Visit",
            starts_at=START,
            company_id=twin,
        )
    ).id
    note = s.notes.add(validate(NoteCreate, body="Twin note", company_ids=[twin])).id

    (merge,) = s.merging.merge(world.company, [twin], take={"name": world.company})

    acme = s.companies.get(world.company)
    assert acme.name == "Acme Ltd" and acme.website == "https://acme.example"
    assert {e["value"] for e in acme.emails} == {"info@acme.example", "sales@acme.example"}
    assert s.contacts.get(worker).company.id == world.company
    assert s.contacts.get(nameless).display_name == "Acme Ltd"
    assert s.deals.get(deal).company.id == world.company
    assert s.activities.get(visit).company.id == world.company
    assert s.companies.get(daughter).parent.id == world.company
    assert note in [n.id for n in s.notes.list(record_id=world.company)]

    s.merging.unmerge(merge.id)
    assert s.contacts.get(worker).company.id == twin and s.deals.get(deal).company.id == twin
    assert s.contacts.get(nameless).display_name == "ACME Ltd."
    assert s.companies.get(daughter).parent.id == twin
    assert s.companies.get(world.company).website == ""
    assert s.maintenance.check().ok


def test_erasing_the_survivor_erases_what_was_merged_into_it(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    """A person's right to be forgotten: the card merged into theirs holds their data too, and so does the merge."""
    s = services
    (merge,) = s.merging.merge(world.anna, [duplicate["dup"]])
    s.duplicates.mark_not_duplicates([world.anna, world.bob])
    s.history.erase("contact", world.anna)
    with s.db.read() as conn:
        for record_id in (world.anna, duplicate["dup"], merge.id):
            assert conn.exec_driver_sql("SELECT count(*) FROM change WHERE record_id = ?", (record_id,)).scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM record_merge").scalar() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM not_duplicate").scalar() == 0
        erased = {r[0] for r in conn.exec_driver_sql("SELECT record_id FROM erasure")}
    assert {world.anna, duplicate["dup"], merge.id} <= erased
    assert s.maintenance.check().ok


def test_a_merge_is_logged_field_by_field_like_every_write(
    services: Services, world: World, duplicate: dict[str, str]
) -> None:
    s = services
    (merge,) = s.merging.merge(world.anna, [duplicate["dup"]])
    with s.db.read() as conn:
        logged = {
            (r[0], r[1])
            for r in conn.exec_driver_sql(
                "SELECT record_type, field FROM change WHERE action_id = (SELECT action_id FROM change "
                "WHERE record_id = ? AND field = 'created_at')",
                (merge.id,),
            )
        }
    assert {
        ("contact", "emails"),
        ("contact", "merged_into"),
        ("contact", "deleted_at"),
        ("link", "target_id"),
        ("link", "deleted_at"),
        ("merge", "before"),
        ("merge", "seen"),
    } <= logged
    assert RecordType.MERGE.value == "merge"


def test_a_conflict_about_a_merge_record_is_listed_without_a_name(services: Services, world: World) -> None:
    """Regression: two devices writing one merge record's field make a conflict about a record of a kind with no name;
    `sync.conflicts()` asked `records.names` for its name and raised KeyError (found by the convergence test)."""
    s = services
    conflict = ConflictBody(
        "merge",
        "6f1c0a52-9d7e-4c4e-8d55-2b1a0c3e9f10",
        "undone_at",
        Side('"x"', 20, "desk", "me"),
        Side("null", 10, "laptop", "me"),
    )
    with s.db.write("A conflict noticed by sync") as w:
        replica.store_conflict(w.conn, conflict)
    listed = {c.id: c for c in s.sync.conflicts()}
    assert listed[conflict.conflict_id].record_type == "merge"
    assert listed[conflict.conflict_id].record_name == ""
