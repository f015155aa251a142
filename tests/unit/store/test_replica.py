"""Applying pulled writes to a device's database: per-field last writer wins, idempotence, conflicts, purges."""

from __future__ import annotations

import json

import pytest

from cardfile.domain.errors import NotOwner
from cardfile.domain.models import ContactUpdate
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.store import replica
from cardfile.sync.protocol import ERASED, HIDDEN, Entry
from tests.helpers import add_contact

OTHER = "0190ffff-0000-7000-8000-00000000dddd"
RECORD = "0190ffff-0000-7000-8000-0000000000c1"


def remote(field: str, value: object, hlc: int, *, record_id: str = RECORD, user: str = "anna") -> Entry:
    return Entry("contact", record_id, field, json.dumps(value), hlc, OTHER, user)


def apply(services: Services, entries: list[Entry], *, pushed_seq: int | None = None) -> replica.Applied:
    store = services.db.store
    if pushed_seq is None:
        with store.read() as conn:
            pushed_seq = conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change").scalar_one()
    with services.db.write("Sync") as w:
        return replica.Replica(w, account=store.user_id, pushed_seq=pushed_seq, stamp=store.clock.now).apply(entries)


def title_of(services: Services, record_id: str) -> str:
    return services.contacts.get(record_id).title


def change_count(services: Services) -> int:
    with services.db.read() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one())


def new_contact_entries(hlc: int) -> list[Entry]:
    return [
        remote("created_at", "2026-11-01T10:00:00.000000Z", hlc),
        remote("owner_id", "anna", hlc),
        remote("private", False, hlc),
        remote("given", "Grete", hlc),
        remote("family", "Müller", hlc),
        remote("display_name", "Grete Müller", hlc),
        remote("sort_key", "muller grete", hlc),
        remote("emails", [{"value": "grete@example.com", "label": "work", "preferred": True}], hlc),
    ]


def test_a_pulled_record_appears_and_is_found_by_search(services: Services) -> None:
    result = apply(services, new_contact_entries(1 << 40))
    assert result.entries == 8
    person = services.contacts.get(RECORD)
    assert person.display_name == "Grete Müller" and person.emails[0]["value"] == "grete@example.com"
    assert [hit.id for hit in services.search.search("grete")] == [RECORD]


def test_applying_a_page_twice_changes_nothing(services: Services) -> None:
    page = new_contact_entries(1 << 40)
    apply(services, page)
    before = change_count(services)
    assert apply(services, page).entries == 0
    assert change_count(services) == before


def test_an_older_write_loses_and_a_newer_one_wins(services: Services) -> None:
    apply(services, [*new_contact_entries(1 << 40), remote("title", "Buyer", (1 << 40) + 5)])
    apply(services, [remote("title", "Clerk", (1 << 40) + 1)])  # older: loses, but is kept in the log
    assert title_of(services, RECORD) == "Buyer"
    apply(services, [remote("title", "Head buyer", (1 << 40) + 9)])
    assert title_of(services, RECORD) == "Head buyer"
    history = [c.value for c in services.history.field_changes(RECORD) if c.field == "title"]
    assert {"Buyer", "Clerk", "Head buyer"} <= set(history)


def test_a_pulled_write_racing_an_unpushed_edit_is_a_conflict_kept_for_the_person(services: Services) -> None:
    contact_id = add_contact(services, given="Anna", family="Berg")
    with services.db.read() as conn:
        pushed = conn.exec_driver_sql("SELECT max(seq) FROM change").scalar_one()
    services.contacts.update(contact_id, ContactUpdate(title="Mine"))  # not pushed yet
    far_future = services.db.store.clock.last + (10_000 << 16)
    result = apply(services, [remote("title", "Theirs", far_future, record_id=contact_id)], pushed_seq=pushed)
    assert title_of(services, contact_id) == "Theirs"
    assert len(result.conflicts) == 1
    [conflict] = services.sync.conflicts()
    assert (conflict.field, conflict.current, conflict.other) == ("title", "Theirs", "Mine")
    # The conflict travels with the next push, like any change of this device.
    with services.db.read() as conn:
        out = replica.outbox(conn, services.db.store.device_id, pushed, 100)
    assert [e.record_type for e in out].count("conflict") == 1

    services.sync.resolve_conflict(conflict.id, take_other=True)
    assert title_of(services, contact_id) == "Mine"
    assert services.sync.conflicts() == []
    assert services.sync.conflicts(include_resolved=True)[0].resolution["took"] == "loser"


def test_no_conflict_when_the_local_write_was_pushed_already(services: Services) -> None:
    contact_id = add_contact(services, given="Anna", family="Berg")
    services.contacts.update(contact_id, ContactUpdate(title="Mine"))
    far_future = services.db.store.clock.last + (10_000 << 16)
    result = apply(services, [remote("title", "Theirs", far_future, record_id=contact_id)])
    assert result.conflicts == [] and services.sync.conflicts() == []
    assert title_of(services, contact_id) == "Theirs"


def test_an_erasure_removes_every_value_and_leaves_the_marker(services: Services) -> None:
    apply(services, [*new_contact_entries(1 << 40), remote("title", "Buyer", (1 << 40) + 5)])
    apply(services, [Entry("contact", RECORD, ERASED, None, (1 << 40) + 6, OTHER, "anna")])
    with services.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact WHERE id = ?", (RECORD,)).scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM change WHERE record_id = ?", (RECORD,)).scalar_one() == 0
        assert (
            conn.exec_driver_sql("SELECT device_id FROM erasure WHERE record_id = ?", (RECORD,)).scalar_one() == OTHER
        )
    assert services.search.search("grete") == []


def test_a_record_hidden_from_this_account_is_dropped_but_not_erased(services: Services) -> None:
    apply(services, new_contact_entries(1 << 40))
    apply(services, [Entry("contact", RECORD, HIDDEN, json.dumps(services.db.store.user_id), 1, "server", "x")])
    assert services.contacts.get(RECORD).display_name == "Grete Müller"  # hidden *for* this account: kept
    apply(services, [Entry("contact", RECORD, HIDDEN, json.dumps("somebody-else"), 2, "server", "x")])
    with services.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM contact WHERE id = ?", (RECORD,)).scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM erasure").scalar_one() == 0


def test_pulled_writes_are_not_offered_to_undo(services: Services) -> None:
    apply(services, new_contact_entries(1 << 40))
    assert [a.label for a in services.history.actions()] == []


def test_signing_in_makes_everything_of_me_the_accounts(services: Services) -> None:
    contact_id = add_contact(services, given="Anna", family="Berg")
    with services.db.write("Sign in") as w:
        replica.adopt_account(w.conn, "anna")
    services.db.store.user_id = "anna"
    with services.db.read() as conn:
        owners = {r[0] for r in conn.exec_driver_sql("SELECT owner_id FROM contact")}
        users = {r[0] for r in conn.exec_driver_sql("SELECT user_id FROM change")}
        logged = conn.exec_driver_sql(
            "SELECT value FROM change WHERE record_id = ? AND field = 'owner_id'", (contact_id,)
        ).scalar_one()
    assert owners == {"anna"} and users == {"anna"} and json.loads(logged) == "anna"
    assert services.db.setting("user_id") == "anna"
    assert services.contacts.get(contact_id).meta.owner_id == "anna"
    assert RecordType.CONTACT.value == "contact"


def test_values_of_the_wrong_shape_stay_in_the_history_and_never_break_the_sync(services: Services) -> None:
    """Regression: valid JSON of the wrong shape (a string for the emails, null for a name, words for a time) from
    another device or a newer Cardfile crashed every device that pulled it."""
    hlc = 1 << 40
    apply(
        services,
        [
            remote("created_at", "yesterday", hlc),
            remote("given", None, hlc),
            remote("family", "Müller", hlc),
            remote("emails", "just a string", hlc),
            remote("tags", 7, hlc),
            remote("private", "yes", hlc),
            remote("display_name", ["not", "text"], hlc),
        ],
    )
    person = services.contacts.get(RECORD)
    assert (person.family, person.given, person.emails, person.tags, person.meta.private) == (
        "Müller",
        "",
        [],
        [],
        False,
    )
    logged = {c.field for c in services.history.field_changes(RECORD)}
    assert {"emails", "tags", "given", "created_at"} <= logged


def test_only_the_owner_may_make_a_shared_record_private(services: Services) -> None:
    """Regression: such a write was refused by the server with 403 and then blocked the device's outbox for good;
    it is refused here, when it is made, instead."""
    apply(services, new_contact_entries(1 << 40))  # owned by anna; this database is still "me"
    with pytest.raises(NotOwner, match="Only anna may"):
        services.contacts.update(RECORD, ContactUpdate(private=True))
    assert services.contacts.get(RECORD).meta.private is False
    services.contacts.update(RECORD, ContactUpdate(title="Buyer"))  # editing a colleague's record is fine
    assert title_of(services, RECORD) == "Buyer"


def _name_key(services: Services, record_id: str) -> str:
    with services.db.read() as conn:
        return str(conn.exec_driver_sql("SELECT name_key FROM contact WHERE id = ?", (record_id,)).scalar_one())


def test_pulled_names_keep_the_stored_name_order(services: Services) -> None:
    """A pulled new person and a pulled change of the shown name get their name_key (the Name order's key) as
    local writes do; a name_key a peer sends (none does: it is never logged) is left in the history only."""
    apply(services, new_contact_entries(1 << 40))
    assert _name_key(services, RECORD) == "grete muller"
    apply(services, [remote("display_name", "Gréte MÜLLER-Lüdenscheidt", (1 << 40) + 5)])
    assert _name_key(services, RECORD) == "grete muller-ludenscheidt"
    apply(services, [remote("name_key", "aaaa", (1 << 40) + 9)])
    assert _name_key(services, RECORD) == "grete muller-ludenscheidt"
    assert services.contacts.ids() == [RECORD]
