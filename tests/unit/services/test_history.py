"""The change log read back: field history, the Trash (restore, erase), and undo/redo of whole actions."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardfile.domain.errors import NotFound, NothingToUndo
from cardfile.domain.models import CompanyUpdate, ContactCreate, ContactUpdate, validate
from cardfile.domain.values import RecordType
from cardfile.services import Services, open_database
from cardfile.store import replica
from cardfile.sync.hlc import COUNTER_BITS
from cardfile.sync.protocol import Entry
from tests.helpers import add_contact
from tests.unit.changelog import Rows, assert_log_replays, changes_logged
from tests.unit.world import World


def title_of(services: Services, contact_id: str) -> str:
    return services.contacts.get(contact_id).title


def set_title(services: Services, contact_id: str, title: str) -> None:
    services.contacts.update(contact_id, validate(ContactUpdate, title=title))


# ----- field history -----


def test_field_changes_tell_who_set_what_when_and_where(services: Services) -> None:
    contact = add_contact(services, given="Ada", phones=[{"value": "555 0100"}])
    services.contacts.update(contact, validate(ContactUpdate, phones=[{"value": "555 0199"}]))
    phones = [c for c in services.history.field_changes(contact) if c.field == "phones"]
    assert [c.value[0]["value"] for c in phones] == ["555 0100", "555 0199"]
    assert [c.action_label for c in phones] == ["Add contact", "Edit contact"]
    assert {(c.user_id, c.device_id) for c in phones} == {("me", services.db.store.device_id)}
    assert phones[0].at <= phones[1].at
    assert phones[1].as_json()["action"] == "Edit contact"


def test_each_change_carries_the_value_it_replaced(services: Services) -> None:
    contact = add_contact(services, given="Ada", title="Buyer")
    set_title(services, contact, "Head buyer")
    set_title(services, contact, "")
    titles = [(c.old, c.value) for c in services.history.field_changes(contact) if c.field == "title"]
    assert titles == [(None, "Buyer"), ("Buyer", "Head buyer"), ("Head buyer", "")]


def test_a_pulled_change_is_dated_when_it_was_made_not_when_it_arrived(tmp_path: Path) -> None:
    """Guards a bug: History dated another device's edit by the sync that brought it in (a week-old edit pulled
    today showed as today's), and grouped every edit one sync brought in as one action."""
    written = datetime(2025, 3, 4, 9, 30, tzinfo=UTC)
    added = int(datetime(2025, 3, 1, tzinfo=UTC).timestamp() * 1000)  # this computer's clock when Ada was added
    with open_database(tmp_path / "pulled.db", wall=lambda: added) as services:
        check_pulled_change_dates(services, written)


def check_pulled_change_dates(services: Services, written: datetime) -> None:
    contact = add_contact(services, given="Ada", title="Buyer")
    stamp = int(written.timestamp() * 1000) << COUNTER_BITS
    device = "0190ffff-0000-7000-8000-00000000dddd"
    entries = [
        Entry("contact", contact, "title", json.dumps("Head buyer"), stamp, device, "bjorn"),
        Entry("contact", contact, "nickname", json.dumps("Addy"), stamp + (60_000 << COUNTER_BITS), device, "bjorn"),
    ]
    store = services.db.store
    with services.db.write("Sync") as w:
        replica.Replica(w, account=store.user_id, pushed_seq=0, stamp=store.clock.now).apply(entries)
    (title,) = [c for c in services.history.field_changes(contact) if c.field == "title" and c.user_id == "bjorn"]
    assert title.at == written and title.old == "Buyer"
    pulled = [e for e in services.history.timeline("contact", contact) if e.user_id == "bjorn"]
    assert [[c.field for c in e.changes] for e in pulled] == [["nickname"], ["title"]]  # two edits there, newest first
    assert [e.at for e in pulled] == [datetime(2025, 3, 4, 9, 31, tzinfo=UTC), written]


def test_photo_changes_show_their_size_not_their_bytes(services: Services) -> None:
    contact = add_contact(services, given="Pic", photo=b"\x00" * 10, photo_mime="image/png")
    (photo,) = [c for c in services.history.field_changes(contact) if c.field == "photo"]
    assert photo.value == b"\x00" * 10
    assert photo.as_json()["value"] == {"bytes": 10}


# ----- the Trash -----


def test_the_trash_lists_deleted_records_of_every_kind_newest_first(services: Services, world: World) -> None:
    services.notes.delete(world.note)
    services.deals.delete(world.deal)
    services.groups.delete(world.group)
    services.lookups.delete(world.lookup)
    services.custom_fields.remove(world.fields["Score"])
    services.activities.delete(world.call)
    trash = services.history.trash()
    assert [(t.record_type, t.display_name) for t in trash] == [
        ("activity", "Call Anna about the order"),
        ("custom_field", "Score"),
        ("lookup", "Acme people"),
        ("group", "Newsletter"),
        ("deal", "Acme renewal"),
        ("note", "Met at the trade fair"),
        ("contact", "Old Timer"),
    ]
    assert trash[0].as_json()["type"] == "activity"


def test_restoring_from_the_trash(services: Services, world: World) -> None:
    assert services.history.restore("contact", world.trashed) is True
    assert services.history.restore("contact", world.trashed) is False
    assert services.history.trash() == []
    assert not services.contacts.get(world.trashed).deleted


def test_erasing_removes_every_value_and_leaves_an_erasure(services: Services, world: World, seed: Rows) -> None:
    services.contacts.delete(world.anna)
    with changes_logged(services) as check:
        services.history.erase("contact", world.anna)
    assert world.anna in check.erased
    with pytest.raises(NotFound):
        services.contacts.get(world.anna)
    assert services.history.field_changes(world.anna) == []
    with services.db.read() as conn:
        leaked = conn.exec_driver_sql(
            "SELECT record_type, field FROM change WHERE value LIKE '%anna@acme%' OR value LIKE '%Berg%'"
        ).all()
        erasure = conn.exec_driver_sql("SELECT record_type FROM erasure WHERE record_id = ?", (world.anna,)).all()
        links = conn.exec_driver_sql(
            "SELECT count(*) FROM link WHERE source_id = ? OR target_id = ?", (world.anna, world.anna)
        ).scalar_one()
    assert leaked == [] and erasure == [("contact",)] and links == 0
    # the people and things that were linked to her no longer are
    assert services.groups.members(world.group) == []
    assert services.deals.get(world.deal).contacts == []
    assert services.activities.get(world.call).contacts == []
    assert services.notes.get(world.note).contacts == []
    assert services.search.search("Anna Berg") == []
    assert services.maintenance.check().ok
    assert_log_replays(services, seed)


def test_erasing_a_company_clears_every_reference_to_it(services: Services, world: World) -> None:
    from cardfile.domain.models import CompanyCreate

    branch = services.companies.create(validate(CompanyCreate, name="Acme East", parent_id=world.company)).id
    with changes_logged(services) as check:
        services.history.erase("company", world.company)
    cleared = {(d.record_type, d.record_id, d.field) for d in check.diffs if d.new is None}
    assert {
        (RecordType.CONTACT, world.anna, "company_id"),
        (RecordType.CONTACT, world.acme_only, "company_id"),
        (RecordType.COMPANY, branch, "parent_id"),
        (RecordType.ACTIVITY, world.call, "company_id"),
        (RecordType.DEAL, world.deal, "company_id"),
    } <= cleared
    assert services.contacts.get(world.anna).company is None
    assert services.maintenance.check().ok


def test_emptying_the_trash_erases_everything_in_it(services: Services, world: World) -> None:
    services.notes.delete(world.note)
    services.companies.delete(world.company)
    assert services.history.empty_trash() == 3
    assert services.history.trash() == []
    with services.db.read() as conn:
        erased = {r[0] for r in conn.exec_driver_sql("SELECT record_id FROM erasure")}
    assert {world.note, world.company, world.trashed} <= erased
    assert services.history.empty_trash() == 0
    assert services.maintenance.check().ok


@pytest.mark.usefixtures("sqlite_built_without_secure_delete")
def test_an_erased_person_s_words_leave_the_database_file(db_path: Path) -> None:
    """Right to be forgotten: no value of an erased person stays in the file. The full-text index took a deleted
    document out with a deletion mark and kept its words in older segments, and SQLite left deleted rows in free
    pages wherever its build does not zero them."""
    with open_database(db_path, auto_backup=False) as services:
        for n in range(200):  # others, so the index has segments of its own and pages stay in use
            add_contact(services, given=f"Filler{n}", family="Person", emails=[{"value": f"f{n}@example.org"}])
        gone = add_contact(
            services,
            given="Zebulonius",
            family="Quaxwortheby",
            title="Keeper of Vexillology",
            emails=[{"value": "zq.private@hidden-domain.example"}],
            phones=[{"value": "+44 20 7946 0958"}],
        )
        set_title(services, gone, "Grand Vexillologist")  # an earlier value, in the log and in the index
        services.contacts.delete(gone)
        assert services.history.empty_trash() == 1
        with services.db.read() as conn:
            pragma = conn.exec_driver_sql("PRAGMA secure_delete").scalar_one()
        assert pragma == 1
    data = b"".join(p.read_bytes() for p in db_path.parent.glob(f"{db_path.name}*"))
    for word in ("Zebulonius", "Quaxwortheby", "Vexillolog", "hidden-domain", "zq.private", "79460958", "7946 0958"):
        for form in {word, word.lower()}:
            assert form.encode() not in data, f"{form!r} is still in the database file"


def test_erasing_a_missing_record_is_not_found(services: Services) -> None:
    with pytest.raises(NotFound):
        services.history.erase("contact", "nope")


# ----- undo and redo -----


def test_nothing_to_undo_or_redo_in_a_new_database(services: Services) -> None:
    with pytest.raises(NothingToUndo):
        services.history.undo()
    with pytest.raises(NothingToUndo):
        services.history.redo()


def test_undo_and_redo_an_edit(services: Services, world: World) -> None:
    set_title(services, world.bob, "Owner")
    undone = services.history.undo()
    assert undone.label == "Undo Edit contact" and undone.is_undo
    assert title_of(services, world.bob) == ""
    redone = services.history.redo()
    assert redone.label == "Redo Edit contact"
    assert title_of(services, world.bob) == "Owner"
    services.history.undo()  # undo after redo
    assert title_of(services, world.bob) == ""


def test_undo_walks_back_and_redo_forward(services: Services, world: World) -> None:
    for title in ("One", "Two", "Three"):
        set_title(services, world.bob, title)
    services.history.undo()
    services.history.undo()
    assert title_of(services, world.bob) == "One"
    services.history.redo()
    assert title_of(services, world.bob) == "Two"
    services.history.redo()
    assert title_of(services, world.bob) == "Three"
    with pytest.raises(NothingToUndo):
        services.history.redo()


def test_a_new_action_clears_redo(services: Services, world: World) -> None:
    set_title(services, world.bob, "Owner")
    services.history.undo()
    set_title(services, world.anna, "Director")
    with pytest.raises(NothingToUndo):
        services.history.redo()
    services.history.undo()
    assert (title_of(services, world.anna), title_of(services, world.bob)) == ("Buyer", "")


def test_undo_a_delete_and_a_restore(services: Services, world: World) -> None:
    services.contacts.delete(world.anna)
    services.history.undo()
    assert not services.contacts.get(world.anna).deleted
    services.contacts.restore(world.trashed)
    services.history.undo()
    assert services.contacts.get(world.trashed).deleted


def test_undo_a_create_puts_it_in_the_trash_and_redo_brings_it_back(services: Services) -> None:
    contact = add_contact(services, given="Fresh", company_name="New Co")
    company = services.contacts.get(contact).company
    assert company is not None
    services.history.undo()
    assert services.contacts.get(contact).deleted
    assert services.companies.get(company.id).meta.deleted_at is not None  # made by the same action
    assert services.search.search("Fresh") == []
    services.history.redo()
    assert not services.contacts.get(contact).deleted
    assert [r.id for r in services.search.search("Fresh")] == [contact]


def test_undo_a_bulk_create_in_one_step(services: Services) -> None:
    ids = services.contacts.create_many([validate(ContactCreate, given=f"Bulk {n}") for n in range(25)])
    services.history.undo()
    assert services.contacts.count() == 0 and services.contacts.count(deleted=True) == 25
    services.history.redo()
    assert set(services.contacts.ids()) == set(ids)


def test_undo_a_tag_change(services: Services, world: World) -> None:
    services.contacts.set_tags([world.anna, world.bob], add=["expo"], remove=["vip"])
    services.history.undo()
    assert services.contacts.get(world.anna).tags == ["customer", "vip"]
    assert services.contacts.get(world.bob).tags == ["prospect"]


def test_undo_a_company_rename_puts_its_people_back(services: Services, world: World) -> None:
    services.companies.update(world.company, validate(CompanyUpdate, name="Acme Group"))
    assert services.contacts.get(world.acme_only).display_name == "Acme Group"
    services.history.undo()
    assert services.companies.get(world.company).name == "Acme Ltd"
    assert services.contacts.get(world.acme_only).display_name == "Acme Ltd"
    assert [r.id for r in services.search.search("Acme Group")] == []


def test_undo_a_chosen_action(services: Services, world: World) -> None:
    set_title(services, world.anna, "Director")
    first = services.history.actions()[0]
    set_title(services, world.bob, "Owner")
    services.history.undo(first.id)
    assert (title_of(services, world.anna), title_of(services, world.bob)) == ("Buyer", "Owner")
    with pytest.raises(NotFound):
        services.history.undo("no-such-action")


def test_undo_of_a_value_set_at_creation_returns_to_it(services: Services) -> None:
    contact = add_contact(services, given="Ada", note="first")
    services.contacts.update(contact, validate(ContactUpdate, note="second"))
    services.history.undo()
    assert services.contacts.get(contact).note == "first"


def test_undo_a_job_takes_back_all_its_batches(services: Services, world: World) -> None:
    for batch in range(3):
        services.contacts.create_many(
            [validate(ContactCreate, given=f"Imported {batch}-{n}") for n in range(4)], label="Import", job_id="job-1"
        )
    set_title(services, world.bob, "Kept")
    assert services.history.undo_job("job-1") == 3
    assert services.contacts.count() == 3
    assert title_of(services, world.bob) == "Kept"
    assert services.history.undo_job("job-1") == 0


def test_undo_a_job_takes_back_what_it_created_and_changed_and_nothing_else(
    services: Services, world: World, seed: Rows
) -> None:
    """Undo of a job reads the job's changes by their numbers in the change log (#14: through the view, a condition
    on its action id read the whole log): what the job created goes to the Trash, what it changed of an existing
    record returns to the value before the job's first change of it, changes made before, between and after its
    batches by other actions stay, and the log still replays to the records (what sync sends)."""
    set_title(services, world.anna, "Before")
    with services.db.write("Import", job_id="job-2") as w:
        created = w.insert(RecordType.CONTACT, {"given": "Ingrid", "family": "Job"})
        w.update(RecordType.CONTACT, world.anna, {"title": "Imported title"})
    set_title(services, world.bob, "Between")
    with services.db.write("Import", job_id="job-2") as w:
        w.update(RecordType.CONTACT, world.anna, {"title": "Imported again", "department": "Sales"})
        w.update(RecordType.CONTACT, created, {"title": "Changed after its creation"})
    services.contacts.update(world.anna, validate(ContactUpdate, note="after the job"))
    with changes_logged(services):
        assert services.history.undo_job("job-2") == 2
    anna = services.contacts.get(world.anna)
    assert (anna.title, anna.department, anna.note) == ("Before", "", "after the job")
    assert title_of(services, world.bob) == "Between"
    assert services.contacts.get(created).deleted
    assert services.search.search("Ingrid") == []
    assert services.history.job_left("job-2").created == {}
    assert_log_replays(services, seed)


def test_undo_and_redo_keep_the_log_whole(services: Services, world: World, seed: Rows) -> None:
    set_title(services, world.bob, "Owner")
    services.contacts.delete(world.anna)
    for step in (services.history.undo, services.history.undo, services.history.redo):
        with changes_logged(services):
            step()
    assert_log_replays(services, seed)


def test_the_action_list(services: Services, world: World) -> None:
    set_title(services, world.bob, "Owner")
    services.history.undo()
    latest, edited = services.history.actions(limit=2)
    assert (latest.label, latest.is_undo, latest.undone) == ("Undo Edit contact", True, False)
    assert (edited.label, edited.is_undo, edited.undone) == ("Edit contact", False, True)
    assert latest.as_json()["is_undo"] is True


def test_next_undo_and_redo_name_the_action_and_count_its_records(services: Services) -> None:
    assert services.history.next_undo() is None and services.history.next_redo() is None
    ids = [add_contact(services, given=f"P{n}") for n in range(3)]
    services.contacts.delete_many(ids)
    coming = services.history.next_undo()
    assert coming is not None and coming.label == "Delete contacts" and coming.records["contact"] == 3
    assert services.history.next_redo() is None
    undone = services.history.undo()
    assert services.history.next_undo() is not None and services.history.next_undo().label == "Add contact"  # type: ignore[union-attr]
    again = services.history.next_redo()
    assert again is not None and again.id == undone.id and again.label == "Undo Delete contacts"
    assert again.records["contact"] == 3
    services.history.redo()
    assert services.history.next_redo() is None


def test_the_trash_tells_same_named_records_apart_and_says_who_deleted_them(services: Services) -> None:
    first = add_contact(services, given="John", family="Doe", company_name="Contoso Ltd.",
                        emails=[{"value": "john@contoso.com"}])  # fmt: skip
    second = add_contact(services, given="John", family="Doe", emails=[{"value": "jdoe@example.org"}])
    twin = add_contact(services, given="John", family="Doe", emails=[{"value": "jdoe@example.org"}],
                       phones=[{"value": "+1 555 0100"}])  # fmt: skip
    services.contacts.delete_many([first, second, twin])
    listed = {item.id: item for item in services.history.trash()}
    assert listed[first].detail == ("Contoso Ltd.", "john@contoso.com")
    # the same name and email as another: the phone number tells them apart
    assert listed[second].detail == ("jdoe@example.org",)
    assert listed[twin].detail == ("jdoe@example.org", "+1 555 0100")
    assert {item.deleted_by for item in listed.values()} == {services.history.user()} == {"me"}
    assert listed[first].as_json()["detail"] == ["Contoso Ltd.", "john@contoso.com"]
