"""No write path bypasses the change log: every public write method of every service, one case each.

Each case runs against a database holding one of everything (tests/unit/world.py). `changes_logged()` snapshots every
syncable table before and after the call and requires, for each field that changed, a new change record holding the
row's current value with an HLC stamp, this device, this user and the call's action. Each case also names fields it
must have changed, so a writer that silently does nothing cannot pass, and the whole log must still rebuild every row.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

import pytest

from cardfile.domain.deals import LineItem
from cardfile.domain.lookup import LookupQuery
from cardfile.domain.models import (
    ActivityCreate,
    ActivityUpdate,
    CompanyCreate,
    CompanyUpdate,
    ContactCreate,
    ContactUpdate,
    CustomFieldCreate,
    DealCreate,
    DealUpdate,
    NoteCreate,
    validate,
)
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.activities import ActivityService
from cardfile.services.companies import CompanyService
from cardfile.services.contacts import ContactService
from cardfile.services.deals import DealService
from cardfile.services.duplicates import DuplicateService
from cardfile.services.groups import CustomFieldService, GroupService, LookupService
from cardfile.services.history import HistoryService
from cardfile.services.merging import MergeService
from cardfile.services.notes import NoteService
from cardfile.services.pipelines import PipelineService
from cardfile.services.reminders import ReminderService
from cardfile.services.search import SearchService
from cardfile.services.settings import SettingsService
from cardfile.services.tasks import TaskListService
from tests.unit.changelog import Rows, assert_log_replays, changes_logged
from tests.unit.world import START, World

CH = RecordType.CHOICE
C, CO, A, AT, N, D, P, S, G, L, F, LINK = (
    RecordType.CONTACT,
    RecordType.COMPANY,
    RecordType.ACTIVITY,
    RecordType.ACTIVITY_TYPE,
    RecordType.NOTE,
    RecordType.DEAL,
    RecordType.PIPELINE,
    RecordType.STAGE,
    RecordType.GROUP,
    RecordType.LOOKUP,
    RecordType.CUSTOM_FIELD,
    RecordType.LINK,
)

Call = Callable[[Services, World], object]


@dataclass(frozen=True)
class WriteCase:
    name: str
    call: Call
    changes: tuple[tuple[RecordType, str], ...]  # (record type, field) the call must change; () for none
    prepare: Call | None = None  # runs before the snapshot
    erases: bool = False


def _ensure_company(s: Services, w: World) -> None:
    with s.db.write("Link company") as writer:
        s.companies.ensure(writer, "Brand New Co")


def _merge_bob(s: Services, w: World) -> None:
    s.merging.merge(w.anna, [w.bob])


def _undo_twice(s: Services, w: World) -> None:
    s.contacts.update(w.bob, validate(ContactUpdate, title="Owner"))
    s.history.undo()


WRITERS = [
    # ----- contacts -----
    WriteCase(
        "contacts.create",
        lambda s, w: s.contacts.create(
            validate(ContactCreate, given="Cleo", family="Park", emails=[{"value": "cleo@example.org"}], tags=["a"]),
            company_name="Park & Co",
        ),
        ((C, "created_at"), (C, "display_name"), (C, "company_id"), (CO, "name")),
    ),
    WriteCase(
        "contacts.create_many",
        lambda s, w: s.contacts.create_many(
            [validate(ContactCreate, given=f"Bulk {n}", phones=[{"value": f"555-01{n:02d}"}]) for n in range(5)]
        ),
        ((C, "given"), (C, "phones"), (C, "sort_key")),
    ),
    WriteCase(
        "contacts.update",
        lambda s, w: s.contacts.update(
            w.anna,
            validate(
                ContactUpdate,
                family="Berg-Holm",
                emails=[{"value": "anna@new.example"}],
                custom={"Score": 9, "Region": None},
                private=True,
            ),
            company_name="",
        ),
        ((C, "family"), (C, "display_name"), (C, "emails"), (C, "custom"), (C, "company_id"), (C, "private")),
    ),
    WriteCase("contacts.delete", lambda s, w: s.contacts.delete(w.anna), ((C, "deleted_at"),)),
    WriteCase("contacts.restore", lambda s, w: s.contacts.restore(w.trashed), ((C, "deleted_at"),)),
    WriteCase(
        "contacts.set_tags",
        lambda s, w: s.contacts.set_tags([w.anna, w.bob], add=["Met 2030"], remove=["VIP"]),
        ((C, "tags"),),
    ),
    WriteCase("contacts.delete_many", lambda s, w: s.contacts.delete_many([w.anna, w.bob]), ((C, "deleted_at"),)),
    # ----- companies -----
    WriteCase(
        "companies.create",
        lambda s, w: s.companies.create(
            validate(CompanyCreate, name="Globex", parent_id=w.company, custom={"Account": "G-1"})
        ),
        ((CO, "name"), (CO, "parent_id"), (CO, "custom"), (CO, "sort_key")),
    ),
    WriteCase(
        "companies.update",
        lambda s, w: s.companies.update(w.company, validate(CompanyUpdate, name="Acme Group", industry="Rockets")),
        ((CO, "name"), (CO, "industry"), (C, "display_name")),  # the person known only by the company follows
    ),
    WriteCase("companies.ensure", _ensure_company, ((CO, "name"), (CO, "created_at"))),
    WriteCase("companies.delete", lambda s, w: s.companies.delete(w.company), ((CO, "deleted_at"),)),
    WriteCase("companies.delete_many", lambda s, w: s.companies.delete_many([w.company]), ((CO, "deleted_at"),)),
    WriteCase("companies.set_tags", lambda s, w: s.companies.set_tags([w.company], add=["Supplier"]), ((CO, "tags"),)),
    WriteCase(
        "companies.restore",
        lambda s, w: s.companies.restore(w.company),
        ((CO, "deleted_at"),),
        prepare=lambda s, w: s.companies.delete(w.company),
    ),
    # ----- activities -----
    WriteCase(
        "activities.schedule",
        lambda s, w: s.activities.schedule(
            validate(ActivityCreate, subject="Send brochure", starts_at=START, contact_ids=[w.anna, w.bob])
        ),
        ((A, "subject"), (A, "starts_at"), (LINK, "target_id")),
    ),
    WriteCase(
        "activities.update",
        lambda s, w: s.activities.update(
            w.call,
            validate(
                ActivityUpdate, subject="Call Anna back", starts_at=START + timedelta(days=1), contact_ids=[w.bob]
            ),
        ),
        ((A, "subject"), (A, "starts_at"), (LINK, "deleted_at"), (LINK, "target_id")),
    ),
    WriteCase(
        "activities.clear",
        lambda s, w: s.activities.clear(w.call, outcome="Ordered 40 anvils"),
        ((A, "status"), (A, "outcome"), (A, "completed_at")),
    ),
    WriteCase(
        "activities.clear (cancelled)",
        lambda s, w: s.activities.clear(w.call, completed=False),
        ((A, "status"), (A, "completed_at")),
    ),
    WriteCase(
        "activities.clear (one occurrence)",
        lambda s, w: s.activities.clear(w.weekly, occurrence=START + timedelta(days=7), outcome="Fine"),
        (
            (A, "series_id"),
            (A, "recurrence_id"),
            (A, "status"),
            (A, "happened_at"),
            (A, "created_at"),
            (LINK, "source_id"),
        ),
    ),
    WriteCase(
        "activities.clear (series)",
        lambda s, w: s.activities.clear(w.weekly, outcome="Project over"),
        ((A, "status"), (A, "result"), (A, "outcome")),
    ),
    WriteCase(
        "activities.update_occurrence",
        lambda s, w: s.activities.update_occurrence(
            w.weekly, START + timedelta(days=7), validate(ActivityUpdate, subject="Moved", starts_at=START)
        ),
        ((A, "series_id"), (A, "recurrence_id"), (A, "subject"), (A, "starts_at"), (LINK, "source_id")),
    ),
    WriteCase(
        "activities.skip_occurrence",
        lambda s, w: s.activities.skip_occurrence(w.weekly, START),
        ((A, "series_id"), (A, "recurrence_id"), (A, "status")),
    ),
    WriteCase(
        "activities.schedule_for_each",
        lambda s, w: s.activities.schedule_for_each(validate(ActivityCreate, subject="Invite"), [w.anna, w.bob]),
        ((A, "subject"), (LINK, "target_id")),
    ),
    WriteCase(
        "tasks.reschedule_many",
        lambda s, w: s.tasks.reschedule_many([w.call, f"{w.weekly}@2030-03-11T09:30:00.000Z"], START.date()),
        ((A, "starts_at"), (A, "ends_at"), (A, "recurrence_id")),
    ),
    WriteCase(
        "tasks.clear_many",
        lambda s, w: s.tasks.clear_many([w.call, f"{w.weekly}@2030-03-04T09:30:00.000Z"]),
        ((A, "status"), (A, "result"), (A, "happened_at"), (A, "recurrence_id")),
    ),
    WriteCase(
        "tasks.delete_many",
        lambda s, w: s.tasks.delete_many([w.call, f"{w.weekly}@2030-03-04T09:30:00.000Z"]),
        ((A, "deleted_at"), (A, "status"), (A, "recurrence_id")),
    ),
    WriteCase(
        "reminders.snooze",
        lambda s, w: s.reminders.snooze(w.call, until=START),
        ((A, "alarm_snoozed_until"),),
    ),
    WriteCase("reminders.dismiss", lambda s, w: s.reminders.dismiss(w.call), ((A, "alarm_dismissed_through"),)),
    WriteCase("activities.delete", lambda s, w: s.activities.delete(w.call), ((A, "deleted_at"),)),
    WriteCase(
        "activities.reschedule",
        lambda s, w: s.activities.reschedule(w.call, START + timedelta(days=2)),
        ((A, "starts_at"), (A, "ends_at")),
    ),
    WriteCase(
        "activities.restore",
        lambda s, w: s.activities.restore(w.call),
        ((A, "deleted_at"),),
        prepare=lambda s, w: s.activities.delete(w.call),
    ),
    WriteCase(
        "activities.add_type", lambda s, w: s.activities.add_type("Site visit"), ((AT, "name"), (AT, "position"))
    ),
    # ----- notes -----
    WriteCase(
        "notes.add",
        lambda s, w: s.notes.add(validate(NoteCreate, body="Prefers email", contact_ids=[w.bob], deal_ids=[w.deal])),
        ((N, "body"), (LINK, "target_id")),
    ),
    WriteCase("notes.edit", lambda s, w: s.notes.edit(w.note, "Met at the fair"), ((N, "body"),)),
    WriteCase("notes.delete", lambda s, w: s.notes.delete(w.note), ((N, "deleted_at"),)),
    WriteCase(
        "notes.restore",
        lambda s, w: s.notes.restore(w.note),
        ((N, "deleted_at"),),
        prepare=lambda s, w: s.notes.delete(w.note),
    ),
    # ----- deals -----
    WriteCase(
        "deals.create",
        lambda s, w: s.deals.create(
            validate(DealCreate, name="Bob's shed", amount_minor=99_00, contacts=[{"contact_id": w.bob}])
        ),
        ((D, "name"), (D, "stage_id"), (D, "amount_minor"), (LINK, "target_id")),
    ),
    WriteCase(
        "deals.update",
        lambda s, w: s.deals.update(
            w.deal,
            validate(
                DealUpdate,
                name="Acme renewal 2031",
                stage_id="Proposal",
                probability=60,
                contacts=[{"contact_id": w.bob, "role": "user"}],
            ),
        ),
        ((D, "name"), (D, "stage_id"), (D, "probability"), (LINK, "deleted_at")),
    ),
    WriteCase("deals.move", lambda s, w: s.deals.move(w.deal, "Negotiation"), ((D, "stage_id"),)),
    WriteCase(
        "deals.close",
        lambda s, w: s.deals.close(w.deal, won=False, reason="Price"),
        ((D, "status"), (D, "closed_at"), (D, "reason")),
    ),
    WriteCase(
        "deals.reopen",
        lambda s, w: s.deals.reopen(w.deal),
        ((D, "status"), (D, "closed_at"), (D, "reason")),
        prepare=lambda s, w: s.deals.close(w.deal, won=True, reason="Good fit"),
    ),
    WriteCase("deals.delete", lambda s, w: s.deals.delete(w.deal), ((D, "deleted_at"),)),
    WriteCase("deals.delete_many", lambda s, w: s.deals.delete_many([w.deal, w.deal]), ((D, "deleted_at"),)),
    WriteCase(
        "deals.restore",
        lambda s, w: s.deals.restore(w.deal),
        ((D, "deleted_at"),),
        prepare=lambda s, w: s.deals.delete(w.deal),
    ),
    WriteCase(
        "deals.create_pipeline",
        lambda s, w: s.deals.create_pipeline("Partners", [("Intro", 5), ("Signed", 100)]),
        ((P, "name"), (S, "name"), (S, "probability"), (S, "pipeline_id")),
    ),
    WriteCase(
        "deals.set_line_items",
        lambda s, w: s.deals.set_line_items(
            w.deal, [LineItem(product="Anvil", quantity="3", unit_price_minor=4_999)], amount_from_items=True
        ),
        ((D, "line_items"), (D, "amount_from_items"), (D, "amount_minor")),
    ),
    WriteCase(
        "deals.close with a new reason",
        lambda s, w: s.deals.close(w.deal, won=False, reason="Went dark"),
        ((D, "status"), (D, "reason"), (CH, "name"), (CH, "list_name")),
    ),
    WriteCase("deals.add_choice", lambda s, w: s.deals.add_choice("deal_role", "Sponsor"), ((CH, "name"),)),
    WriteCase("deals.remove_choice", lambda s, w: s.deals.remove_choice("won_reason", "timing"), ((CH, "deleted_at"),)),
    # ----- pipelines -----
    WriteCase(
        "pipelines.add",
        lambda s, w: s.pipelines.add("Partners", [("Intro", 5), ("Signed", 100)]),
        ((P, "name"), (S, "name"), (S, "probability"), (S, "pipeline_id")),
    ),
    WriteCase("pipelines.rename", lambda s, w: s.pipelines.rename("Sales", "New business"), ((P, "name"),)),
    WriteCase(
        "pipelines.remove",
        lambda s, w: s.pipelines.remove("Sales", move_to_pipeline="Partners", move_to_stage="Signed"),
        ((P, "deleted_at"), (S, "deleted_at"), (D, "pipeline_id"), (D, "stage_id")),
        prepare=lambda s, w: s.pipelines.add("Partners", [("Intro", 5), ("Signed", 100)]),
    ),
    WriteCase(
        "pipelines.add_stage",
        lambda s, w: s.pipelines.add_stage("Sales", "Demo", 40, position=2),
        ((S, "name"), (S, "probability"), (S, "position")),
    ),
    WriteCase(
        "pipelines.edit_stage",
        lambda s, w: s.pipelines.edit_stage("Sales", "Proposal", name="Quote", probability=55),
        ((S, "name"), (S, "probability")),
    ),
    WriteCase(
        "pipelines.move_stage", lambda s, w: s.pipelines.move_stage("Sales", "Commitment", 0), ((S, "position"),)
    ),
    WriteCase(
        "pipelines.remove_stage",
        lambda s, w: s.pipelines.remove_stage("Sales", "Prospect", move_to="Qualified"),
        ((S, "deleted_at"), (S, "position"), (D, "stage_id")),
    ),
    # ----- groups -----
    WriteCase(
        "groups.create", lambda s, w: s.groups.create("Board", "Board members"), ((G, "name"), (G, "description"))
    ),
    WriteCase("groups.rename", lambda s, w: s.groups.rename(w.group, "Mailing", "Quarterly"), ((G, "name"),)),
    WriteCase("groups.add_members", lambda s, w: s.groups.add_members(w.group, [w.bob]), ((LINK, "target_id"),)),
    WriteCase(
        "groups.remove_members", lambda s, w: s.groups.remove_members(w.group, [w.anna]), ((LINK, "deleted_at"),)
    ),
    WriteCase("groups.delete", lambda s, w: s.groups.delete(w.group), ((G, "deleted_at"),)),
    WriteCase(
        "groups.restore",
        lambda s, w: s.groups.restore(w.group),
        ((G, "deleted_at"),),
        prepare=lambda s, w: s.groups.delete(w.group),
    ),
    # ----- saved lookups -----
    WriteCase(
        "lookups.save",
        lambda s, w: s.lookups.save("VIPs", {"conditions": [{"field": "tag", "op": "is", "value": "vip"}]}),
        ((L, "name"), (L, "query")),
    ),
    WriteCase(
        "lookups.update",
        lambda s, w: s.lookups.update(
            w.lookup,
            name="Acme folk",
            query=LookupQuery(record_type="company", conditions=[{"field": "name", "op": "contains", "value": "Ac"}]),
        ),
        ((L, "name"), (L, "query"), (L, "record_type")),
    ),
    WriteCase("lookups.delete", lambda s, w: s.lookups.delete(w.lookup), ((L, "deleted_at"),)),
    # ----- custom fields -----
    WriteCase(
        "custom_fields.define",
        lambda s, w: s.custom_fields.define(
            validate(CustomFieldCreate, name="Size", field_type="choice", choices=["S", "M", "L"])
        ),
        ((F, "name"), (F, "choices"), (F, "field_type")),
    ),
    WriteCase(
        "custom_fields.rename",
        lambda s, w: s.custom_fields.rename(w.fields["Tier"], "Level", ["Gold", "Silver", "Bronze"]),
        ((F, "name"), (F, "choices")),
    ),
    WriteCase("custom_fields.remove", lambda s, w: s.custom_fields.remove(w.fields["Region"]), ((F, "deleted_at"),)),
    WriteCase(
        "custom_fields.restore",
        lambda s, w: s.custom_fields.restore(w.fields["Region"]),
        ((F, "deleted_at"),),
        prepare=lambda s, w: s.custom_fields.remove(w.fields["Region"]),
    ),
    # ----- history: undo, redo, Trash -----
    WriteCase(
        "history.undo",
        lambda s, w: s.history.undo(),
        ((C, "title"),),
        prepare=lambda s, w: s.contacts.update(w.bob, validate(ContactUpdate, title="Owner")),
    ),
    WriteCase("history.redo", lambda s, w: s.history.redo(), ((C, "title"),), prepare=_undo_twice),
    WriteCase(
        "history.undo_job",
        lambda s, w: s.history.undo_job("import-1"),
        ((C, "deleted_at"),),
        prepare=lambda s, w: s.contacts.create_many(
            [validate(ContactCreate, given=f"Imported {n}") for n in range(3)], label="Import", job_id="import-1"
        ),
    ),
    WriteCase("history.restore", lambda s, w: s.history.restore("contact", w.trashed), ((C, "deleted_at"),)),
    WriteCase("history.erase", lambda s, w: s.history.erase("company", w.company), ((C, "company_id"),), erases=True),
    WriteCase(
        "history.empty_trash",
        lambda s, w: s.history.empty_trash(),
        ((A, "deal_id"),),
        prepare=lambda s, w: (
            s.activities.update(w.call, validate(ActivityUpdate, deal_id=w.deal)),
            s.deals.delete(w.deal),
        ),
        erases=True,
    ),
    # ----- settings: the name order rewrites derived names (logged); the others change no record -----
    WriteCase(
        "settings.set_name_order", lambda s, w: s.settings.set_name_order("family_first"), ((C, "display_name"),)
    ),
    WriteCase("settings.set_default_country", lambda s, w: s.settings.set_default_country("US"), ()),
    WriteCase("search.rebuild_index", lambda s, w: s.search.rebuild_index(), ()),
    # ----- duplicates and merges -----
    WriteCase(
        "duplicates.mark_not_duplicates",
        lambda s, w: s.duplicates.mark_not_duplicates([w.anna, w.bob, w.acme_only]),
        ((RecordType.NOT_DUPLICATE, "created_at"), (RecordType.NOT_DUPLICATE, "first_id")),
    ),
    WriteCase(
        "duplicates.unmark_not_duplicates",
        lambda s, w: s.duplicates.unmark_not_duplicates([w.anna, w.bob]),
        ((RecordType.NOT_DUPLICATE, "deleted_at"),),
        prepare=lambda s, w: s.duplicates.mark_not_duplicates([w.anna, w.bob]),
    ),
    WriteCase(
        "merging.merge",
        lambda s, w: s.merging.merge(w.anna, [w.bob]),
        ((C, "merged_into"), (C, "deleted_at"), (C, "tags"), (LINK, "target_id"), (RecordType.MERGE, "before")),
    ),
    WriteCase(
        "merging.unmerge",
        lambda s, w: s.merging.unmerge(s.merging.merges(w.anna)[0].id),
        ((C, "merged_into"), (C, "tags"), (LINK, "target_id"), (RecordType.MERGE, "unmerged_at")),
        prepare=lambda s, w: s.merging.merge(w.anna, [w.bob]),
    ),
    WriteCase("merging.carry_over", lambda s, w: s.merging.carry_over(), (), prepare=_merge_bob),
]


@pytest.mark.parametrize("writer", WRITERS, ids=[w.name for w in WRITERS])
def test_every_write_reaches_the_change_log(services: Services, world: World, seed: Rows, writer: WriteCase) -> None:
    if writer.prepare is not None:
        writer.prepare(services, world)
    with changes_logged(services) as check:
        writer.call(services, world)
    changed = {(d.record_type, d.field) for d in check.diffs}
    missing = set(writer.changes) - changed
    assert not missing, f"{writer.name} did not change {missing}; it changed {sorted(changed)}"
    if not writer.changes:
        assert check.diffs == []
    assert bool(check.erased) == writer.erases
    assert assert_log_replays(services, seed) > 0


def test_every_public_writer_has_a_case() -> None:
    """A new public write method on a service must join WRITERS above (reading methods are listed here as such)."""
    readers = {
        "get", "list", "ids", "rows", "count", "resolve", "photo", "people", "types", "resolve_type", "occurrences",
        "pipelines", "resolve_pipeline", "resolve_stage", "stage_history", "members", "groups_of", "run",
        "run_query", "search", "search_json", "field_changes", "trash", "actions", "family_first", "name_order",
        "default_country", "tags", "logo", "suggest", "timeline", "choices", "history", "today", "deal_counts",
        "stage", "get_many", "exceptions", "follow_up_draft", "occurrence_of", "overlaps", "keys", "counts",
        "overdue_count", "coming_dates", "due", "next_ring", "job_left", "ids_named", "next_undo", "next_redo",
        "user", "records_of_job", "each", "each_json", "first_ids",
        "scan", "check", "not_duplicates", "preview", "merges", "survivor_of", "survivors_of", "kind_of",
        "timeline_entries", "month", "owners", "index_ready", "index_state",
        # builds the search index of records a first sync wrote: derived data, never logged (as every index write)
        "prepare_index",
        # building blocks that run inside a caller's transaction; the callers above cover them
        "insert", "insert_many", "apply_update", "taken_into", "erase_with", "erase_within",
    }  # fmt: skip
    services = {
        "contacts": ContactService,
        "companies": CompanyService,
        "activities": ActivityService,
        "notes": NoteService,
        "deals": DealService,
        "pipelines": PipelineService,
        "groups": GroupService,
        "lookups": LookupService,
        "custom_fields": CustomFieldService,
        "history": HistoryService,
        "settings": SettingsService,
        "search": SearchService,
        "tasks": TaskListService,
        "reminders": ReminderService,
        "duplicates": DuplicateService,
        "merging": MergeService,
    }
    covered = {w.name.split(" ")[0] for w in WRITERS}
    uncovered = [
        f"{attribute}.{method}"
        for attribute, cls in services.items()
        for method, _ in inspect.getmembers(cls, inspect.isfunction)
        if not method.startswith("_") and method not in readers and f"{attribute}.{method}" not in covered
    ]
    assert uncovered == [], f"write methods without a change-log case: {uncovered}"
