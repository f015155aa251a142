"""Who may read and write what, through real devices syncing with a real server (SQLite and PostgreSQL stores).

A private record syncs only between its owner's own devices, together with the activities and notes linked to it;
another user can neither pull it nor push into it, and a record turned private leaves other users' devices (and
comes back when it is public again). Ownership changes hands only through an administrator.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select

from cardfile.domain.errors import NotFound, SyncSignInNeeded
from cardfile.domain.models import ActivityCreate, ActivityUpdate, ContactCreate, ContactUpdate, NoteCreate, validate
from cardfile.server.tables import record
from cardfile.services import Services
from cardfile.sync import hlc
from cardfile.sync.protocol import ERASED
from tests.server.live import server_state
from tests.server.office import PASSWORDS, Office


def contact(services: Services, given: str, family: str, **fields: Any) -> str:
    return services.contacts.create(validate(ContactCreate, given=given, family=family, **fields)).id


def log_mentions(services: Services, text: str) -> int:
    """How many rows of the device's change log hold `text` anywhere in a value."""
    with services.db.read() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM change WHERE value LIKE ?", (f"%{text}%",)).scalar_one())


def rows_of(services: Services, record_id: str) -> int:
    with services.db.read() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM change WHERE record_id = ?", (record_id,)).scalar_one())


def ownership(services: Services, contact_id: str) -> tuple[str, bool]:
    """The contact's owner and private flag as the device holds them (read models do not show them)."""
    with services.db.read() as conn:
        owner, private = conn.exec_driver_sql("SELECT owner_id, private FROM contact WHERE id = ?", (contact_id,)).one()
    return str(owner), bool(private)


def test_another_user_pulls_nothing_of_a_private_record_or_what_is_linked_to_it(office: Office):
    laptop = office.device("anna-laptop", "anna")
    zoe = contact(laptop, "Zoë", "Kim", private=True)
    call = laptop.activities.schedule(validate(ActivityCreate, subject="Call Zoë about the merger", contact_ids=[zoe]))
    note = laptop.notes.add(validate(NoteCreate, body="Zoë is leaving Acme in May", contact_ids=[zoe]))
    shared = contact(laptop, "Paul", "Public")
    shared_call = laptop.activities.schedule(validate(ActivityCreate, subject="Call Paul", contact_ids=[shared]))
    office.sync("anna-laptop")
    desktop = office.device("ben-desktop", "ben")
    phone = office.device("anna-phone", "anna")

    office.sync("ben-desktop", "anna-phone")

    private = office.private_to("anna")
    assert {zoe, call.id, note.id} < private
    assert len(private) == 5, "the contact, its activity, its note and their two links"
    assert office.visible_ids("ben") & private == set()
    assert [c.id for c in desktop.contacts.list()] == [shared]
    assert [a.id for a in desktop.activities.list()] == [shared_call.id]
    assert desktop.notes.list() == []
    for text in ("Zoë", "merger", "leaving Acme"):
        assert log_mentions(desktop, text) == 0, f"{text!r} reached another user's device"
    # The owner's other device has all of it.
    assert ownership(phone, zoe) == ("anna", True)
    assert {a.id for a in phone.activities.list()} == {call.id, shared_call.id}
    assert [n.id for n in phone.notes.list()] == [note.id]


def now_stamp() -> int:
    """A clock stamp of now, as an honest device's would be (the server refuses stamps far ahead of its clock)."""
    return hlc.pack(hlc.wall_millis(), 0)


def test_another_user_cannot_push_into_a_private_record(office: Office):
    """Nothing of Ben's writes into Anna's private records is kept, and his answer is the one a write to an id the
    server never heard of gets: it tells him nothing about what exists (issue #10, no existence oracle)."""
    laptop = office.device("anna-laptop", "anna")
    zoe = contact(laptop, "Zoë", "Kim", private=True)
    call = laptop.activities.schedule(validate(ActivityCreate, subject="Call Zoë", contact_ids=[zoe]))
    office.sync("anna-laptop")
    intruder = office.client("ben", "ben-desktop")
    before = server_state(office.store)

    def ben_writes(n: int, record_type: str, record_id: str, field: str, value: Any) -> dict[str, Any]:
        return {"t": record_type, "r": record_id, "f": field, "v": None if value is None else json.dumps(value),
                "h": now_stamp(), "d": "ben-desktop", "u": "ben", "s": n}  # fmt: skip

    def writes_to(contact_id: str, activity_id: str, n: int) -> list[dict[str, Any]]:
        return [
            ben_writes(n, "contact", contact_id, "family", "Hacked"),
            ben_writes(n + 1, "contact", contact_id, "private", False),
            ben_writes(n + 2, "activity", activity_id, "subject", "Hacked"),
            ben_writes(n + 3, "contact", contact_id, ERASED, None),
        ]

    answer = intruder.push({"batch": 1, "base": 0, "entries": writes_to(zoe, call.id, 1)})

    assert answer.status == 200
    after = server_state(office.store)
    stored = ("entry", "field_state", "record", "top")  # the batch itself is answered and numbered, as it should
    assert [after[k] for k in stored] == [before[k] for k in stored], "nothing of the refused writes was stored"
    unknown = intruder.push(
        {
            "batch": 2,
            "base": 0,
            "entries": writes_to("0190aaaa-0000-7000-8000-00000000beef", "0190aaaa-0000-7000-8000-00000000cafe", 5),
        }
    )
    assert {**answer.body, "batch": 2, "through": 8} == unknown.body, "the same answer as for ids nobody holds"
    # Nor does a write that names the private contact as another type of record tell him anything.
    other_type = intruder.push({"batch": 3, "base": 0, "entries": [ben_writes(9, "company", zoe, "name", "Acme")]})
    new_company = intruder.push(
        {
            "batch": 4,
            "base": 0,
            "entries": [ben_writes(10, "company", "0190aaaa-0000-7000-8000-0000000000c0", "name", "Acme")],
        }
    )
    assert {**other_type.body, "batch": 4, "through": 10} == new_company.body
    # A conflict aimed at the private record is not kept either.
    body = {"record_type": "contact", "record_id": zoe, "field": "family",
            "winner": {"v": '"Hacked"', "h": 9, "d": "ben-desktop", "u": "ben"},
            "loser": {"v": '"Kim"', "h": 8, "d": "x", "u": "anna"}}  # fmt: skip
    conflict = intruder.push(
        {"batch": 5, "base": 0, "entries": [ben_writes(11, "conflict", "c0ffee00", "$conflict", body)]}
    )
    assert (conflict.status, conflict.body["refused"], conflict.body["overruled"]) == (200, [], [])
    with office.store.engine.connect() as conn:
        kept = conn.execute(select(record.c.id).where(record.c.id.in_([zoe, call.id, "c0ffee00"]))).scalars().all()
        owners = dict(conn.execute(select(record.c.id, record.c.owner).where(record.c.id.in_([zoe, call.id]))).all())
    assert "c0ffee00" not in kept and owners == {zoe: "anna", call.id: "anna"}

    office.sync("anna-laptop")
    assert laptop.contacts.get(zoe).family == "Kim"
    assert laptop.activities.get(call.id).subject == "Call Zoë"
    with laptop.db.read() as conn:
        hacked = conn.exec_driver_sql(
            "SELECT count(*) FROM change WHERE record_id IN (?, ?) AND value LIKE '%Hacked%'", (zoe, call.id)
        ).scalar_one()
    assert hacked == 0
    assert office.visible_ids("ben") & {zoe, call.id} == set()


def test_a_record_made_private_leaves_other_users_devices_and_returns_when_public(office: Office):
    laptop = office.device("anna-laptop", "anna")
    paul = contact(laptop, "Paul", "Public", title="Buyer")
    note = laptop.notes.add(validate(NoteCreate, body="Paul prefers email", contact_ids=[paul]))
    office.sync("anna-laptop")
    desktop = office.device("ben-desktop", "ben")
    office.sync("ben-desktop")
    assert desktop.contacts.get(paul).title == "Buyer"
    assert [n.id for n in desktop.notes.list()] == [note.id]

    laptop.contacts.update(paul, validate(ContactUpdate, private=True))
    office.sync("anna-laptop", "ben-desktop")

    with pytest.raises(NotFound):
        desktop.contacts.get(paul)
    assert desktop.notes.list() == []
    assert rows_of(desktop, paul) == rows_of(desktop, note.id) == 0
    assert log_mentions(desktop, "prefers email") == 0
    assert ownership(laptop, paul) == ("anna", True), "the owner keeps it"

    laptop.contacts.update(paul, validate(ContactUpdate, private=False, title="Head buyer"))
    office.sync("anna-laptop", "ben-desktop")

    back = desktop.contacts.get(paul)
    assert (back.display_name, back.title, ownership(desktop, paul)) == ("Paul Public", "Head buyer", ("anna", False))
    assert [n.body for n in desktop.notes.list()] == ["Paul prefers email"]


def test_only_an_administrator_gives_a_record_to_another_user(office: Office):
    ben = office.client("ben", "ben-desktop")
    olga = office.client("olga", "olga-desktop")

    def new_contact(record_id: str, owner: str, device: str, user: str) -> list[dict[str, Any]]:
        return [
            {"t": "contact", "r": record_id, "f": f, "v": json.dumps(v), "h": 100, "d": device, "u": user, "s": n}
            for n, (f, v) in enumerate({"owner_id": owner, "private": False, "given": record_id}.items(), start=1)
        ]

    overruled = ben.push({"batch": 1, "base": 0, "entries": new_contact("bens-gift", "anna", "ben-desktop", "ben")})
    assert (overruled.status, overruled.body["accepted"], overruled.body["refused"]) == (200, 2, ["bens-gift"])
    reason = "only an administrator may give contact bens-gift to another user"
    assert overruled.body["overruled"] == [
        {"record_type": "contact", "record_id": "bens-gift", "field": "owner_id", "reason": reason, "code": "give"}
    ]
    own = ben.push({"batch": 2, "base": 0, "entries": new_contact("bens-own", "ben", "ben-desktop", "ben")})
    given = olga.push({"batch": 1, "base": 0, "entries": new_contact("olgas-gift", "ben", "olga-desktop", "olga")})
    assert own.status == given.status == 200
    with office.store.engine.connect() as conn:
        owners = dict(conn.execute(select(record.c.id, record.c.owner)).all())
    assert owners == {"bens-gift": "ben", "bens-own": "ben", "olgas-gift": "ben"}
    # Ben's device gets the owner the server holds: the refused value, "anna", reaches nobody.
    pulled = [(e["r"], e["f"], e["v"], e["d"]) for e in ben.pull(after=0).body["entries"] if e["f"] == "owner_id"]
    assert ("bens-gift", "owner_id", '"ben"', "server") in pulled
    assert ("bens-gift", "owner_id", '"anna"', "ben-desktop") not in pulled


def test_a_user_cannot_take_another_users_record_and_hide_it(office: Office):
    """Regression: a non-administrator could set owner_id to himself on a colleague's record, then make it private
    and so remove it from its owner's devices and from everyone else's."""
    laptop = office.device("anna-laptop", "anna")
    paul = contact(laptop, "Paul", "Public")
    office.sync("anna-laptop")
    ben = office.client("ben", "ben-desktop")
    before = server_state(office.store)

    def ben_writes(n: int, field: str, value: Any) -> dict[str, Any]:
        return {"t": "contact", "r": paul, "f": field, "v": json.dumps(value), "h": now_stamp(), "d": "ben-desktop",
                "u": "ben", "s": n}  # fmt: skip

    take = ben.push({"batch": 1, "base": 0, "entries": [ben_writes(1, "owner_id", "ben")]})
    take_and_hide = ben.push(
        {"batch": 2, "base": 0, "entries": [ben_writes(1, "owner_id", "ben"), ben_writes(2, "private", True)]}
    )
    hide = ben.push({"batch": 3, "base": 0, "entries": [ben_writes(1, "private", True)]})

    for answer in (take, take_and_hide, hide):
        assert (answer.status, answer.body["accepted"], answer.body["refused"]) == (200, 0, [paul]), answer.text
    reasons = [o["reason"] for answer in (take, take_and_hide, hide) for o in answer.body["overruled"]]
    assert reasons == [
        f"only an administrator may take contact {paul} from 'anna'",
        f"only an administrator may take contact {paul} from 'anna'",
        f"only the owner of contact {paul} may make it private or public",
        f"only the owner of contact {paul} may make it private or public",
    ]
    after = server_state(office.store)
    assert after["record"] == before["record"]
    office.sync("anna-laptop")
    assert ownership(laptop, paul) == ("anna", False)
    assert paul in office.visible_ids("olga")
    assert log_mentions(laptop, '"ben"') == 0, "the refused owner reached nobody"


def test_linking_a_colleagues_activity_to_ones_own_private_contact_does_not_hide_it(office: Office):
    """Regression: an activity or note took the privacy of any private record linked to it, whoever owned either;
    so a user could link a colleague's public activity to a private contact of his own and make it private to
    himself, gone from its owner's devices and everyone else's."""
    laptop = office.device("anna-laptop", "anna")
    meeting = laptop.activities.schedule(validate(ActivityCreate, subject="Quarterly review"))
    office.sync("anna-laptop")
    desktop = office.device("ben-desktop", "ben")
    office.sync("ben-desktop")
    secret = contact(desktop, "Ben's", "Secret", private=True)

    desktop.activities.update(meeting.id, validate(ActivityUpdate, contact_ids=[secret]))
    office.sync("ben-desktop", "anna-laptop")

    assert laptop.activities.get(meeting.id).subject == "Quarterly review", "the owner keeps the activity"
    assert meeting.id in office.visible_ids("olga")
    assert secret not in office.visible_ids("anna") | office.visible_ids("olga")
    assert log_mentions(laptop, "Secret") == 0
    assert desktop.activities.get(meeting.id).subject == "Quarterly review"


def test_a_forbidden_write_is_overruled_alone_and_the_device_is_told(office: Office):
    """A write this user may not make does not hold up the rest: the push lands, the sync says which write was
    overruled and why, and the device takes back the value the server holds."""
    desktop = office.device("ben-desktop", "ben")
    office.sync("ben-desktop")  # signed in: the device's user is ben from now on
    gift = contact(desktop, "Gift", "ForAnna", owner_id="anna")
    kept = contact(desktop, "Kept", "Mine")

    report = desktop.sync.sync(password=PASSWORDS["ben"])

    assert [str(o) for o in report.overruled] == [
        "only an administrator may give contact “Gift ForAnna” to another user"
    ]
    assert [(o.code, o.record_type, o.field, o.name) for o in report.overruled] == [
        ("give", "contact", "owner_id", "Gift ForAnna")
    ]
    assert report.as_json()["overruled"] == [str(o) for o in report.overruled]
    assert desktop.sync.status().pending == 0, "nothing is left waiting in the outbox"
    assert ownership(desktop, gift) == ("ben", False), "the device took back the owner the server holds"
    assert ownership(desktop, kept) == ("ben", False)
    anna = office.device("anna-laptop", "anna")
    office.sync("anna-laptop")
    assert sorted(c.display_name for c in anna.contacts.list()) == ["Gift ForAnna", "Kept Mine"]
    assert ownership(anna, gift) == ("ben", False)


def test_a_revoked_sign_in_is_renewed_at_once_when_the_password_is_given(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CARDFILE_PASSWORD", raising=False)
    laptop = office.device("anna-laptop", "anna")
    office.sync("anna-laptop")
    assert office.store.revoke_device(laptop.db.store.device_id)  # say, the server's data was restored
    contact(laptop, "Written", "Meanwhile")

    report = laptop.sync.sync(password=PASSWORDS["anna"])  # the kept token is refused; the password signs in again

    assert report.pushed > 0 and laptop.sync.status().signed_in and laptop.sync.status().pending == 0
    assert office.store.revoke_device(laptop.db.store.device_id)
    with pytest.raises(SyncSignInNeeded):
        laptop.sync.sync()  # no password at hand: the person is asked for it
    assert not laptop.sync.status().signed_in


def test_an_edit_of_a_record_made_private_meanwhile_is_dropped_and_the_record_comes_back_whole(office: Office):
    """Regression (found by the convergence test): Anna edited Ben's shared contact while Ben made it private. Her
    push was refused, but her laptop kept the record and her edit; when Ben made it public again, the laptop's
    refused edit, with the newer clock, stayed on top there, and the laptop and the server disagreed for good.
    And (issue #10) she is told that her edit was not kept, as she is of any other write the server refused."""
    desk = office.device("ben-desktop", "ben")
    paul = contact(desk, "Paul", "Public", title="Buyer")
    office.sync("ben-desktop")
    laptop = office.device("anna-laptop", "anna")
    office.sync("anna-laptop")
    desk.contacts.update(paul, validate(ContactUpdate, private=True))
    office.sync("ben-desktop")
    laptop.contacts.update(paul, validate(ContactUpdate, title="Refused"))
    pushed: list[str] = []

    # The laptop's push is not taken; the sync stops before it pulls (a closed lid), and Ben makes Paul public again.
    report = laptop.sync.sync(
        password=PASSWORDS["anna"], progress=lambda s, _n: pushed.append(s), cancelled=lambda: bool(pushed)
    )

    assert report.pushed > 0 and laptop.sync.status().pending == 0
    assert [(str(o), o.code, o.name) for o in report.overruled] == [
        ("contact “Paul Public” was made private by its owner; the change was not kept", "private", "Paul Public")
    ]
    with pytest.raises(NotFound):
        laptop.contacts.get(paul)
    desk.contacts.update(paul, validate(ContactUpdate, private=False, title="Head buyer"))
    office.sync("ben-desktop", "anna-laptop")
    assert laptop.contacts.get(paul).title == "Head buyer"
    assert ownership(laptop, paul) == ("ben", False)
    assert log_mentions(laptop, "Refused") == 0


def test_an_edit_of_a_record_made_private_meanwhile_is_told_and_the_count_of_conflicts_stays_whole(office: Office):
    """Regression (issue #10): when a record with a conflict became private to another user, the sync that took it
    away reported -1 new conflicts, and said nothing of the edit it dropped with the record."""
    desk = office.device("ben-desktop", "ben")
    paul = contact(desk, "Paul", "Public", title="Buyer")
    office.sync("ben-desktop")
    laptop = office.device("anna-laptop", "anna")
    office.sync("anna-laptop")
    laptop.contacts.update(paul, validate(ContactUpdate, title="Seller"))
    desk.contacts.update(paul, validate(ContactUpdate, title="Agent"))
    office.sync("ben-desktop", "anna-laptop", "ben-desktop")
    assert len(laptop.sync.conflicts()) == 1
    desk.contacts.update(paul, validate(ContactUpdate, private=True))
    office.sync("ben-desktop")
    laptop.contacts.update(paul, validate(ContactUpdate, note="Call after May"))

    report = laptop.sync.sync(password=PASSWORDS["anna"])

    assert report.conflicts == 0
    assert [(str(o), o.code, o.name) for o in report.overruled] == [
        ("contact “Paul Public” was made private by its owner; the change was not kept", "private", "Paul Public")
    ]
    with pytest.raises(NotFound):
        laptop.contacts.get(paul)
    assert laptop.sync.conflicts() == []
