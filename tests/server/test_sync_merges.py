"""Merges and unmerges between devices through the real server on loopback: every device ends with the same
survivor and the same attachments, and what a device did offline to a record merged away meanwhile lands on the
survivor (or in its conflict log), whichever device syncs first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.models import ActivityCreate, ContactCreate, ContactUpdate, NoteCreate, validate
from cardfile.server.storage import ServerStore
from cardfile.services import Services, open_database
from tests.helpers import FixedClock
from tests.server.live import serve_in_thread

PASSWORD = "anna-secret-1"
START = datetime(2030, 3, 4, 9, 30, tzinfo=UTC)


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Services, Services, Services]]:
    """A laptop, a desktop and a front-desk computer of Anna's, each synced once."""
    store = ServerStore.open(f"sqlite:///{tmp_path / 'server.db'}")
    store.add_account("anna", PASSWORD)
    clock = FixedClock(datetime(2030, 3, 1, 12, tzinfo=UTC))
    # The devices' clocks say 2030: so does the server's, which refuses writes stamped far ahead of its own.
    store.wall = lambda: int(clock().timestamp() * 1000)
    opened: list[Services] = []
    try:
        with serve_in_thread(store) as url:
            for name in ("laptop", "desktop", "front-desk"):
                services = open_database(tmp_path / f"{name}.db", auto_backup=False, now=clock)
                opened.append(services)
                services.sync.configure(server=url, user="anna")
                services.sync.sync(password=PASSWORD)
            yield opened[0], opened[1], opened[2]
    finally:
        for services in opened:
            services.close()
        store.close()


def sync(*devices: Services) -> None:
    for services in devices:
        services.sync.sync(password=PASSWORD)


def settle(*devices: Services) -> None:
    """Sync every device until nothing moves (what a carried-over edit needs: one more round to travel)."""
    for _ in range(6):
        moved = 0
        for services in devices:
            report = services.sync.sync(password=PASSWORD)
            moved += report.pushed + report.pulled
        if not moved:
            return
    raise AssertionError("the devices do not come to rest")


def state(services: Services) -> dict[str, Any]:
    """What a person sees of the people, their links and the merges on one device."""
    with services.db.read() as conn:
        people = {
            r[0]: r[1:]
            for r in conn.exec_driver_sql(
                "SELECT id, display_name, title, emails, phones, tags, deleted_at IS NOT NULL, merged_into FROM contact"
            )
        }
        links = set(
            conn.exec_driver_sql(
                "SELECT source_id, target_id, role FROM link WHERE deleted_at IS NULL AND target_type = 'contact'"
            ).all()
        )
        merges = set(conn.exec_driver_sql("SELECT id, survivor_id, merged_id, unmerged_at IS NULL FROM record_merge"))
    return {"people": people, "links": links, "merges": merges}


def add(services: Services, **values: Any) -> str:
    company = values.pop("company_name", None)
    return services.contacts.create(validate(ContactCreate, **values), company_name=company).id


def test_a_merge_and_its_unmerge_reach_every_device(devices: tuple[Services, Services, Services]) -> None:
    laptop, desktop, front = devices
    anna = add(laptop, given="Anna", family="Berg", emails=[{"value": "anna@acme.example"}])
    dup = add(laptop, given="Anna", family="Berg", title="Buyer", phones=[{"value": "+1 555 010 2030"}])
    call = laptop.activities.schedule(
        validate(ActivityCreate, subject="Call Anna", starts_at=START, contact_ids=[dup])
    ).id
    settle(laptop, desktop, front)

    (merge,) = laptop.merging.merge(anna, [dup])
    settle(laptop, desktop, front)

    for services in (laptop, desktop, front):
        assert services.merging.survivor_of(dup) == anna
        person = services.contacts.get(anna)
        assert (person.title, [p["value"] for p in person.phones]) == ("Buyer", ["+1 555 010 2030"])
        assert [c.id for c in services.activities.get(call).contacts] == [anna]
        assert dup not in services.contacts.ids()
        (entry,) = [e for e in services.history.timeline("contact", anna) if e.kind == "merge"]
        assert entry.record_id == merge.id and {c.field for c in entry.changes} >= {"title", "phones"}
        assert services.sync.conflicts() == []
    assert state(laptop) == state(desktop) == state(front)

    desktop.merging.unmerge(merge.id)  # taken back on another device than the one that merged
    settle(laptop, desktop, front)

    for services in (laptop, desktop, front):
        assert services.merging.survivor_of(dup) is None
        assert services.contacts.get(anna).phones == [] and services.contacts.get(dup).title == "Buyer"
        assert [c.id for c in services.activities.get(call).contacts] == [dup]
        assert {"merge", "unmerge"} <= {e.kind for e in services.history.timeline("contact", anna)}
    assert state(laptop) == state(desktop) == state(front)


@pytest.mark.parametrize("first", ["the merge", "the edits"])
def test_what_was_done_offline_to_the_merged_record_lands_on_the_survivor(
    devices: tuple[Services, Services, Services], first: str
) -> None:
    """The desktop, offline, adds a number, a tag, a note and a meeting to the duplicate and changes its title; the
    laptop merges the duplicate meanwhile. Whoever syncs first, every device ends with the new number, tag, note
    and meeting on the survivor, and with the title on the survivor too — the merge took the duplicate's title,
    and nobody changed it on the survivor since."""
    laptop, desktop, front = devices
    anna = add(laptop, given="Anna", family="Berg", title="Buyer", emails=[{"value": "anna@acme.example"}])
    dup = add(laptop, given="Anna", family="Berg", title="Head buyer", phones=[{"value": "+1 555 010 2030"}])
    settle(laptop, desktop, front)

    person = desktop.contacts.get(dup)
    desktop.contacts.update(
        dup,
        validate(
            ContactUpdate, title="Chief buyer", tags=["golf"], phones=[*person.phones, {"value": "+1 555 777 8888"}]
        ),
    )
    note = desktop.notes.add(validate(NoteCreate, body="Met at the fair", contact_ids=[dup])).id
    meeting = desktop.activities.schedule(
        validate(ActivityCreate, subject="Lunch", starts_at=START, contact_ids=[dup])
    ).id
    laptop.merging.merge(anna, [dup], take={"title": dup})
    if first == "the merge":
        sync(laptop, desktop)
    else:
        sync(desktop, laptop)
    settle(laptop, desktop, front)

    for services in (laptop, desktop, front):
        person = services.contacts.get(anna)
        assert [p["value"] for p in person.phones] == ["+1 555 010 2030", "+1 555 777 8888"]
        assert person.tags == ["golf"] and person.title == "Chief buyer"
        assert note in [n.id for n in services.notes.list(record_id=anna)]
        assert [c.id for c in services.activities.get(meeting).contacts] == [anna]
        assert services.sync.conflicts() == []
        assert services.merging.survivor_of(dup) == anna
    assert state(laptop) == state(desktop) == state(front)


def test_an_offline_edit_of_a_value_the_survivor_kept_goes_to_its_conflict_log(
    devices: tuple[Services, Services, Services],
) -> None:
    """The merge kept the survivor's title; the duplicate's title changed offline meanwhile: the survivor keeps its
    title, and the other is in its conflict log, ready to be picked — on every device."""
    laptop, desktop, front = devices
    anna = add(laptop, given="Anna", family="Berg", title="Buyer")
    dup = add(laptop, given="Anna", family="Berg", title="Head buyer")
    settle(laptop, desktop, front)
    desktop.contacts.update(dup, validate(ContactUpdate, title="Chief buyer"))
    laptop.merging.merge(anna, [dup], take={"title": anna})
    settle(laptop, desktop, front)

    for services in (laptop, desktop, front):
        assert services.contacts.get(anna).title == "Buyer"
        (conflict,) = services.sync.conflicts()
        assert (conflict.record_id, conflict.field, conflict.current, conflict.other) == (
            anna,
            "title",
            "Buyer",
            "Chief buyer",
        )
    front.sync.resolve_conflict(front.sync.conflicts()[0].id, take_other=True)
    settle(laptop, desktop, front)
    assert {s.contacts.get(anna).title for s in (laptop, desktop, front)} == {"Chief buyer"}


def test_one_record_merged_on_two_devices_at_once_ends_in_one_survivor_everywhere(
    devices: tuple[Services, Services, Services],
) -> None:
    laptop, desktop, front = devices
    anna = add(laptop, given="Anna", family="Berg")
    dup = add(laptop, given="Anna", family="Berg", title="Buyer")
    other = add(laptop, given="Ana", family="Berg", phones=[{"value": "+1 555 010 2030"}])
    settle(laptop, desktop, front)
    laptop.merging.merge(anna, [dup])
    desktop.merging.merge(other, [dup])  # the same duplicate into another card, before either synced
    settle(laptop, desktop, front)

    survivors = {s.merging.survivor_of(dup) for s in (laptop, desktop, front)}
    assert len(survivors) == 1 and survivors <= {anna, other}
    assert state(laptop) == state(desktop) == state(front)
    for services in (laptop, desktop, front):
        assert services.maintenance.check().ok


def test_a_not_a_duplicate_mark_syncs(devices: tuple[Services, Services, Services]) -> None:
    laptop, desktop, front = devices
    first = add(laptop, given="Mary", family="Lee", company_name="Initech")
    second = add(laptop, given="Mary", family="Lee", company_name="Initech")
    settle(laptop, desktop, front)
    assert desktop.duplicates.scan().groups
    laptop.duplicates.mark_not_duplicates([first, second])
    desktop.duplicates.mark_not_duplicates([second, first])  # the same pair marked on two devices at once
    settle(laptop, desktop, front)
    for services in (laptop, desktop, front):
        assert services.duplicates.scan().groups == ()
        assert len(services.duplicates.not_duplicates()) == 1
        assert services.sync.conflicts() == []


def test_two_cards_merged_each_into_the_other_at_once_leave_one_in_sight(
    devices: tuple[Services, Services, Services],
) -> None:
    """Regression (found by the convergence test): the laptop merged A into B while the desktop merged B into A;
    both ended merged into the other, out of every list, and no edit could reach either."""
    laptop, desktop, front = devices
    first = add(laptop, given="Anna", family="Berg", title="Buyer")
    second = add(laptop, given="Anna", family="Berg", phones=[{"value": "+1 555 010 2030"}])
    settle(laptop, desktop, front)
    laptop.merging.merge(first, [second])
    desktop.merging.merge(second, [first])
    settle(laptop, desktop, front)

    kept = min(first, second)
    for services in (laptop, desktop, front):
        assert services.contacts.ids() == [kept]
        assert services.merging.survivor_of(kept) is None and services.merging.survivor_of(max(first, second)) == kept
    assert state(laptop) == state(desktop) == state(front)


def test_an_offline_edit_carried_along_a_chain_of_merges_goes_back_with_an_unmerge_of_the_chain(
    devices: tuple[Services, Services, Services],
) -> None:
    """Regression (thorough convergence run, seed 256189266075633110143705570227456337411): the laptop merged C into
    B and B into A while the desktop, offline, changed C's title. The desktop carried its edit straight to A, the end
    of the chain, and noted it as carried: when the front desk then unmerged B from A, B came back without the edit —
    it was nowhere but on A and on C, still merged into B. An edit is carried a merge at a time: to B, and from B on to
    A, so B keeps it when it leaves A."""
    laptop, desktop, front = devices
    a = add(laptop, given="Anna", family="Berg", title="Buyer")
    b = add(laptop, given="Anna", family="Berg", title="Head buyer")
    c = add(laptop, given="Anna", family="Berg", title="Clerk")
    settle(laptop, desktop, front)
    desktop.contacts.update(c, validate(ContactUpdate, title="Chief buyer"))
    laptop.merging.merge(b, [c], take={"title": c})
    (outer,) = laptop.merging.merge(a, [b], take={"title": b})
    settle(laptop, desktop, front)

    for services in (laptop, desktop, front):
        assert services.merging.survivor_of(c) == a
        assert services.contacts.get(a).title == "Chief buyer", "the merges took C's title, so the edit goes on"
        assert services.sync.conflicts() == []
    assert state(laptop) == state(desktop) == state(front)

    front.merging.unmerge(outer.id)
    settle(laptop, desktop, front)

    for services in (laptop, desktop, front):
        assert services.merging.survivor_of(c) == b and services.merging.survivor_of(b) is None
        assert services.contacts.get(b).title == "Chief buyer", "C's edit is B's now that B is on its own"
        assert services.sync.conflicts() == []
    assert state(laptop) == state(desktop) == state(front)


def test_an_offline_edit_reaches_the_end_of_a_chain_of_merges_made_on_two_devices_at_once(
    devices: tuple[Services, Services, Services],
) -> None:
    """The desktop merged B into A while the laptop, not knowing, merged C into B (so the inner merge is the later
    one), and the front desk changed C's note and title offline. The note reaches A through B on every device (both
    merges took the merged card's note); the title reaches B, and A's conflict log, since A kept its own title."""
    laptop, desktop, front = devices
    a = add(laptop, given="Anna", family="Berg", title="Buyer")
    b = add(laptop, given="Anna", family="Berg", note="Met at the fair")
    c = add(laptop, given="Anna", family="Berg", note="Golf on Fridays", title="Clerk")
    settle(laptop, desktop, front)
    desktop.merging.merge(a, [b], take={"note": b, "title": a})
    laptop.merging.merge(b, [c], take={"note": c, "title": c})
    front.contacts.update(c, validate(ContactUpdate, note="Golf on Saturdays", title="Chief clerk"))
    sync(desktop, laptop)
    settle(front, laptop, desktop)

    for services in (laptop, desktop, front):
        assert services.merging.survivor_of(c) == a
        person = services.contacts.get(a)
        assert (person.note, person.title) == ("Golf on Saturdays", "Buyer")
        assert services.contacts.get(b).title == "Chief clerk", "B took C's title; A kept its own"
        assert {(x.record_id, x.field, x.current, x.other) for x in services.sync.conflicts()} == {
            (a, "note", "Golf on Saturdays", "Golf on Fridays"),  # carried on by the laptop, then by the front desk
            (a, "title", "Buyer", "Clerk"),  # what the laptop's merge gave B, which the desktop's merge did not see
            (a, "title", "Buyer", "Chief clerk"),
        }
    assert state(laptop) == state(desktop) == state(front)


def test_an_offline_edit_replaced_before_the_merge_was_known_does_not_come_back_on_the_survivor(
    devices: tuple[Services, Services, Services],
) -> None:
    """Regression (thorough convergence run, seed 256189266075633110143705570227456337411, after the chain fix):
    the front desk merged the duplicate into Anna, taking its title, and synced late. Meanwhile the laptop set the
    duplicate's title, and the desktop, having pulled that, set it again. Each device then carried its own write to
    Anna: the laptop first, its title on Anna, then the desktop's met a title the merge had not set — into the
    conflict log, the older title on the card. Only a write still the duplicate's value is carried now."""
    laptop, desktop, front = devices
    anna = add(laptop, given="Anna", family="Berg", title="Buyer")
    dup = add(laptop, given="Anna", family="Berg", title="Head buyer")
    settle(laptop, desktop, front)
    front.merging.merge(anna, [dup], take={"title": dup})
    laptop.contacts.update(dup, validate(ContactUpdate, title="Purchasing"))
    sync(laptop, desktop)
    desktop.contacts.update(dup, validate(ContactUpdate, title="Chief buyer"))  # seen the laptop's: replaces it
    sync(desktop, front, laptop, laptop)  # the laptop learns of the merge, carries its write, and sends that
    sync(desktop)
    settle(laptop, desktop, front)

    for services in (laptop, desktop, front):
        assert services.contacts.get(anna).title == "Chief buyer"
        assert services.sync.conflicts() == []
    assert state(laptop) == state(desktop) == state(front)
