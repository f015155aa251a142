"""The sync server's storage, on the embedded SQLite store and on a real PostgreSQL cluster (every test runs on both).

Accounts and devices; pushes applied exactly once; pulls that page through one sequence with a cursor; last writer
wins per field, with the loser kept as a conflict; erasure that leaves nothing behind; snapshots; compaction. The
last tests push from many threads at once while another pulls: a pull cursor must never pass an entry whose
transaction had not committed yet.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy import event, func, select

from cardfile.server.storage import (
    BadRequest,
    BatchOutOfOrder,
    BatchReused,
    Forbidden,
    Principal,
    ServerStore,
    SnapshotRequired,
    Unauthorized,
    UnknownAccount,
)
from cardfile.server.tables import entry, field_state, record
from cardfile.sync.merge import ConflictBody
from cardfile.sync.protocol import CONFLICT, CONFLICT_BODY, ERASED, Entry, PushRequest, snapshot_from_json

PASSWORD = "correct horse battery"
WAIT_SECONDS = 30.0


class Device:
    """One device as the server sees it: it numbers its batches, stamps its writes and remembers its cursor."""

    def __init__(self, store: ServerStore, who: Principal) -> None:
        self.store = store
        self.who = who
        self.batch = 0
        self.seq = 0
        self.cursor = 0

    def write(self, record_id: str, field: str, value: Any, hlc: int, record_type: str = "contact") -> Entry:
        self.seq += 1
        text = None if value is None else json.dumps(value)
        return Entry(record_type, record_id, field, text, hlc, self.who.device_id, self.who.account, self.seq)

    def erase(self, record_id: str, hlc: int, record_type: str = "contact") -> Entry:
        self.seq += 1
        return Entry(record_type, record_id, ERASED, None, hlc, self.who.device_id, self.who.account, self.seq)

    def push(self, *entries: Entry, base: int | None = None) -> dict[str, Any]:
        self.batch += 1
        request = PushRequest(self.batch, self.cursor if base is None else base, list(entries))
        return self.store.push(self.who, request)

    def pull_all(self, limit: int = 1000) -> list[Entry]:
        """Pull page after page from the cursor until the server has no more, as a syncing device does."""
        pulled: list[Entry] = []
        while True:
            page = self.store.pull(self.who, self.cursor, limit)
            pulled += [entry_of(e) for e in page["entries"]]
            self.cursor = page["cursor"]
            if not page["more"]:
                return pulled


def entry_of(obj: dict[str, Any]) -> Entry:
    return Entry(obj["t"], obj["r"], obj["f"], obj["v"], obj["h"], obj["d"], obj["u"], obj["s"])


def write_key(e: Entry) -> tuple[str, str, int, str]:
    return (e.record_id, e.field, e.hlc, e.device_id)


def sign_in(store: ServerStore, name: str, device_id: str, *, admin: bool = False) -> Device:
    """A device of `name`, adding the account when it is new."""
    if name not in {a.name for a in store.accounts()}:
        store.add_account(name, PASSWORD, admin=admin)
    return Device(store, store.authenticate(store.sign_in(name, PASSWORD, device_id, f"{name}'s {device_id}")))


def entry_count(store: ServerStore, record_id: str | None = None) -> int:
    query = select(func.count()).select_from(entry)
    if record_id is not None:
        query = query.where(entry.c.record_id == record_id)
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def current_value(store: ServerStore, record_id: str, field: str) -> Any:
    """The value of the field's winning entry, as field_state records it."""
    with store.engine.connect() as conn:
        text = conn.execute(
            select(entry.c.value)
            .join(field_state, field_state.c.seq == entry.c.seq)
            .where(field_state.c.record_id == record_id, field_state.c.field == field)
        ).scalar_one()
    return json.loads(text) if text is not None else None


def snapshot_values(store: ServerStore, who: Principal, limit: int = 1000) -> dict[tuple[str, str], Any]:
    values: dict[tuple[str, str], Any] = {}
    after = ""
    while True:
        page = store.snapshot(who, after, limit)
        for e in snapshot_from_json(page).all_entries():
            assert (e.record_id, e.field) not in values, "a snapshot gives each field once"
            values[(e.record_id, e.field)] = json.loads(e.value) if e.value is not None else None
        if page["next"] is None:
            return values
        after = page["next"]


def wait_until(condition: Callable[[], bool], what: str) -> None:
    """Check `condition` until it holds; fail the test with `what` if it does not within WAIT_SECONDS."""
    pause = threading.Event()
    for _ in range(int(WAIT_SECONDS / 0.01)):
        if condition():
            return
        pause.wait(0.01)
    pytest.fail(f"waited {WAIT_SECONDS:g} s for {what}")


# ----- accounts and devices -----


def test_accounts_are_added_listed_and_a_name_is_taken_once(server_store: ServerStore):
    server_store.add_account("anna", PASSWORD, admin=True)
    server_store.add_account("ben.k@office", PASSWORD)

    with pytest.raises(BadRequest, match="already a user named 'anna'"):
        server_store.add_account("anna", "another password")
    with pytest.raises(BadRequest, match="not a valid user name"):
        server_store.add_account("anna berg", PASSWORD)
    with pytest.raises(BadRequest, match="at least 8 characters"):
        server_store.add_account("carl", "short")

    listed = [(a.name, a.admin, a.disabled, a.devices) for a in server_store.accounts()]
    assert listed == [("anna", True, False, 0), ("ben.k@office", False, False, 0)]
    assert server_store.accounts()[0].as_json()["name"] == "anna"
    assert server_store.authenticate(server_store.sign_in("anna", PASSWORD, "laptop")).admin is True


def test_passwd_replaces_the_password_and_keeps_signed_in_devices(server_store: ServerStore):
    sign_in(server_store, "anna", "laptop")
    token = server_store.sign_in("anna", PASSWORD, "phone")

    server_store.set_password("anna", "a new password")

    with pytest.raises(Unauthorized):
        server_store.sign_in("anna", PASSWORD, "tablet")
    assert server_store.authenticate(server_store.sign_in("anna", "a new password", "tablet")).device_id == "tablet"
    assert server_store.authenticate(token).device_id == "phone"
    assert server_store.accounts()[0].devices == 3
    with pytest.raises(UnknownAccount, match="no user named 'nobody'") as unknown:
        server_store.set_password("nobody", "a new password")
    assert unknown.value.status == 404
    with pytest.raises(BadRequest, match="at least 8"):
        server_store.set_password("anna", "short")


def test_disabling_a_user_revokes_every_device_and_refuses_sign_in(server_store: ServerStore):
    server_store.add_account("anna", PASSWORD)
    tokens = [server_store.sign_in("anna", PASSWORD, device) for device in ("laptop", "phone")]
    colleague = sign_in(server_store, "ben", "desktop")

    assert server_store.disable_account("anna") == 2

    for token in tokens:
        with pytest.raises(Unauthorized) as refused:
            server_store.authenticate(token)
        assert refused.value.status == 401
    with pytest.raises(Unauthorized, match="'anna' is disabled"):
        server_store.sign_in("anna", PASSWORD, "laptop")
    assert [(a.name, a.disabled, a.devices) for a in server_store.accounts()] == [("anna", True, 0), ("ben", False, 1)]
    assert server_store.authenticate(server_store.sign_in("ben", PASSWORD, "desktop")) == colleague.who
    with pytest.raises(UnknownAccount):
        server_store.disable_account("nobody")


def test_a_wrong_password_or_unknown_user_is_401_with_the_same_message(server_store: ServerStore):
    server_store.add_account("anna", PASSWORD)

    with pytest.raises(Unauthorized) as wrong_password:
        server_store.sign_in("anna", "not the password", "laptop")
    with pytest.raises(Unauthorized) as unknown_user:
        server_store.sign_in("nobody", PASSWORD, "laptop")

    assert wrong_password.value.status == unknown_user.value.status == 401
    assert wrong_password.value.message == unknown_user.value.message == "wrong user name or password"
    assert server_store.devices() == [], "a refused sign-in registers no device"


def test_authenticate_names_the_device_and_refuses_replaced_revoked_or_unknown_tokens(server_store: ServerStore):
    server_store.add_account("anna", PASSWORD)
    first = server_store.sign_in("anna", PASSWORD, "laptop", "Anna's laptop")
    assert server_store.authenticate(first) == Principal("anna", "laptop", False)

    second = server_store.sign_in("anna", PASSWORD, "laptop")  # signing in again replaces the device's token
    with pytest.raises(Unauthorized, match="revoked or is unknown"):
        server_store.authenticate(first)
    assert server_store.authenticate(second).device_id == "laptop"

    assert server_store.revoke_device("laptop") is True
    assert server_store.revoke_device("laptop") is False
    with pytest.raises(Unauthorized):
        server_store.authenticate(second)
    with pytest.raises(Unauthorized):
        server_store.authenticate("made-up-token")
    [laptop] = server_store.devices("anna")
    assert (laptop["id"], laptop["user"], laptop["revoked"]) == ("laptop", "anna", True)


def test_a_device_id_of_one_user_cannot_be_signed_in_as_another(server_store: ServerStore):
    sign_in(server_store, "anna", "laptop")
    server_store.add_account("ben", PASSWORD)

    with pytest.raises(Forbidden, match="already syncs as 'anna'") as taken:
        server_store.sign_in("ben", PASSWORD, "laptop")
    assert taken.value.status == 403
    assert [d["user"] for d in server_store.devices()] == ["anna"]


# ----- push -----


def test_a_repeated_batch_is_answered_from_what_was_stored_and_applied_once(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    writes = [laptop.write("c1", "given", "Zoë", 101), laptop.write("c1", "family", "Kim", 102)]
    request = PushRequest(1, 0, writes)
    first = server_store.push(laptop.who, request)
    assert first == {"batch": 1, "accepted": 2, "discarded": 0, "conflicts": 0, "refused": [], "overruled": [],
                     "hidden": [], "through": 2}  # fmt: skip

    # The answer was lost on the way: the device sends batch 1 again, with its nonce (and the writes made since).
    again = server_store.push(
        laptop.who, PushRequest(1, 0, [*writes, laptop.write("c1", "title", "CEO", 103)], request.nonce)
    )

    assert again == {**first, "repeated": True}
    assert entry_count(server_store) == 2
    assert current_value(server_store, "c1", "given") == "Zoë"
    assert server_store.devices("anna")[0]["last_batch"] == 1


def test_a_batch_number_used_again_for_other_changes_is_refused(server_store: ServerStore):
    """Regression (issue #10): a database restored from a backup numbered its next batch as the server had seen it
    already; the server answered with what it had stored for that number, the device took its new changes for
    pushed, and they never reached anyone."""
    laptop = sign_in(server_store, "anna", "laptop")
    laptop.push(laptop.write("c1", "given", "Zoë", 101))
    laptop.push(laptop.write("c1", "family", "Kim", 102))
    before = entry_count(server_store)

    for number in (1, 2):
        with pytest.raises(BatchReused, match="restored backup or a copy"):
            server_store.push(laptop.who, PushRequest(number, 0, [laptop.write("c1", "title", "Made later", 103)]))

    assert entry_count(server_store) == before
    assert server_store.devices("anna")[0]["last_batch"] == 2


def test_writes_sent_again_under_a_new_batch_number_are_written_once(server_store: ServerStore):
    """A device restored from a backup re-sends writes the server has: they must not be logged twice."""
    laptop = sign_in(server_store, "anna", "laptop")
    writes = [laptop.write("c1", "given", "Zoë", 101), laptop.write("c1", "family", "Kim", 102)]
    laptop.push(*writes)

    answer = laptop.push(*writes, laptop.write("c1", "title", "CEO", 103))

    assert answer["batch"] == 2
    assert entry_count(server_store) == 3
    assert [e.field for e in sign_in(server_store, "ben", "desktop").pull_all()] == ["given", "family", "title"]


def test_a_batch_out_of_order_is_409_and_writes_nothing(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    laptop.push(laptop.write("c1", "given", "Zoë", 101))

    for number in (3, 7):
        with pytest.raises(BatchOutOfOrder, match=f"expected batch 2 from this device, got {number}") as refused:
            server_store.push(laptop.who, PushRequest(number, 0, [laptop.write("c2", "given", "Ben", 102)]))
        assert refused.value.status == 409
    assert entry_count(server_store) == 1
    assert server_store.devices("anna")[0]["last_batch"] == 1


def test_a_batch_with_one_bad_entry_writes_none_of_it(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    colleague = sign_in(server_store, "ben", "desktop")
    good = laptop.write("c1", "given", "Zoë", 101)
    not_from_this_device = colleague.write("c1", "family", "Kim", 102)

    with pytest.raises(BadRequest, match="names device 'desktop', not the signed-in device"):
        server_store.push(laptop.who, PushRequest(1, 0, [good, not_from_this_device]))

    assert entry_count(server_store) == 0
    assert laptop.push(good)["batch"] == 1, "the refused batch number is still free"


# ----- pull -----


def test_pull_pages_through_the_sequence_with_a_cursor(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    laptop.push(*[laptop.write(f"c{n:02}", "given", f"Person {n}", 100 + n) for n in range(25)])
    reader = sign_in(server_store, "ben", "desktop")

    pages = []
    cursor = 0
    while True:
        page = server_store.pull(reader.who, cursor, 10)
        pages.append(page)
        cursor = page["cursor"]
        if not page["more"]:
            break

    assert [len(p["entries"]) for p in pages] == [10, 10, 5]
    assert [p["more"] for p in pages] == [True, True, False]
    assert [p["cursor"] for p in pages] == [pages[0]["entries"][-1]["s"], pages[1]["entries"][-1]["s"], 25]
    seqs = [e["s"] for p in pages for e in p["entries"]]
    assert seqs == list(range(1, 26))
    assert [e["v"] for e in pages[0]["entries"][:2]] == ['"Person 0"', '"Person 1"']

    nothing_new = server_store.pull(reader.who, 25, 10)
    assert nothing_new == {"entries": [], "cursor": 25, "more": False, "admin": False}


def test_resuming_from_any_cursor_gives_exactly_the_rest(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    for batch in range(4):
        laptop.push(*[laptop.write(f"c{batch}-{n}", "given", f"P{batch}{n}", 1000 * batch + n + 1) for n in range(6)])
    reader = sign_in(server_store, "ben", "desktop")
    everything = [entry_of(e) for e in server_store.pull(reader.who, 0, 1000)["entries"]]
    assert len(everything) == 24

    for cursor in (0, 1, 7, 12, 23, 24):
        reader.cursor = cursor
        rest = reader.pull_all(limit=5)
        assert rest == [e for e in everything if e.seq > cursor]
        assert reader.cursor == 24


# ----- merge: last writer wins per field -----


def test_last_writer_by_clock_wins_each_field_separately(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    desktop = sign_in(server_store, "ben", "desktop")
    laptop.push(laptop.write("c1", "given", "Zoë", 100), laptop.write("c1", "family", "Kim", 100))
    desktop.pull_all()

    # Both edit two fields at once; the clock, not the order of arrival, picks each field's value.
    laptop.push(laptop.write("c1", "title", "CEO", 300), laptop.write("c1", "department", "Board", 200))
    answer = desktop.push(desktop.write("c1", "title", "CFO", 250), desktop.write("c1", "department", "Finance", 250))

    assert current_value(server_store, "c1", "title") == "CEO"  # the laptop's later clock, though pushed first
    assert current_value(server_store, "c1", "department") == "Finance"
    assert current_value(server_store, "c1", "given") == "Zoë"
    assert answer["conflicts"] == 2, "each losing value is kept"
    current = {k: v for k, v in snapshot_values(server_store, desktop.who).items() if k[0] == "c1"}
    assert current == {
        ("c1", "given"): "Zoë",
        ("c1", "family"): "Kim",
        ("c1", "title"): "CEO",
        ("c1", "department"): "Finance",
    }
    # Every write is in the sequence, losers included: a device converges whatever order it pulls them in.
    assert entry_count(server_store, "c1") == 6


def test_two_devices_writing_one_field_unseen_leave_a_conflict_with_the_loser(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    desktop = sign_in(server_store, "ben", "desktop")
    laptop.push(laptop.write("c1", "title", "CEO", 200), laptop.write("c1", "given", "Zoë", 200))

    # The desktop had not pulled the laptop's writes (base 0): its older title loses, and the loss is recorded.
    answer = desktop.push(desktop.write("c1", "title", "CFO", 150), desktop.write("c1", "given", "Zoë", 150))

    assert answer["conflicts"] == 1, "an equal value is no conflict"
    assert current_value(server_store, "c1", "title") == "CEO"
    conflicts = [e for e in laptop.pull_all() if e.record_type == CONFLICT]
    assert [(e.field, e.device_id) for e in conflicts] == [(CONFLICT_BODY, "server")]
    body = ConflictBody.from_text(str(conflicts[0].value))
    assert (body.record_type, body.record_id, body.field) == ("contact", "c1", "title")
    assert (json.loads(str(body.winner.value)), body.winner.device_id, body.winner.user) == ("CEO", "laptop", "anna")
    assert (json.loads(str(body.loser.value)), body.loser.device_id, body.loser.user) == ("CFO", "desktop", "ben")
    assert conflicts[0].record_id == body.conflict_id
    assert current_value(server_store, body.conflict_id, CONFLICT_BODY)["field"] == "title"


def test_a_write_made_after_pulling_the_other_is_no_conflict(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    desktop = sign_in(server_store, "ben", "desktop")
    laptop.push(laptop.write("c1", "title", "CEO", 200))
    desktop.pull_all()  # the desktop has seen the laptop's title

    answer = desktop.push(desktop.write("c1", "title", "Chair", 250))

    assert answer["conflicts"] == 0
    assert current_value(server_store, "c1", "title") == "Chair"
    assert [e.record_type for e in laptop.pull_all()] == ["contact", "contact"]


# ----- erasure -----


def test_erasure_removes_every_entry_of_the_record_and_of_its_conflicts(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    desktop = sign_in(server_store, "ben", "desktop")
    laptop.push(laptop.write("c1", "given", "Zoë", 100), laptop.write("c1", "title", "+1 555 0100", 200))
    laptop.push(laptop.write("c2", "given", "Kept", 100))
    assert desktop.push(desktop.write("c1", "title", "+1 555 0199", 150))["conflicts"] == 1
    with server_store.engine.connect() as conn:
        [conflict_id] = conn.execute(select(record.c.id).where(record.c.refers_a == "c1")).scalars()
    reader = sign_in(server_store, "carl", "tablet")
    reader.pull_all()

    laptop.push(laptop.erase("c1", 300))

    with server_store.engine.connect() as conn:
        left = conn.execute(select(entry.c.record_id, entry.c.field).where(entry.c.record_id == "c1")).all()
        assert [tuple(r) for r in left] == [("c1", ERASED)]
        assert conn.execute(select(func.count()).where(entry.c.record_id == conflict_id)).scalar_one() == 0
        assert conn.execute(select(func.count()).where(field_state.c.record_id.in_(["c1", conflict_id]))).scalar() == 0
        assert conn.execute(select(func.count()).where(record.c.id == conflict_id)).scalar_one() == 0
    # A device that had the record pulls the erasure; a new device never sees a trace of it.
    assert [(e.record_id, e.field, e.value) for e in reader.pull_all()] == [("c1", ERASED, None)]
    fresh = sign_in(server_store, "dora", "phone")
    assert [(e.record_id, e.field) for e in fresh.pull_all() if e.record_id in ("c1", conflict_id)] == [("c1", ERASED)]
    # A snapshot holds no value of it, only the erasure a device restored from an old copy must still apply.
    assert snapshot_values(server_store, fresh.who) == {("c2", "given"): "Kept", ("c1", ERASED): None}
    # A late edit of the erased record is discarded: it must not bring a value back.
    late = desktop.push(desktop.write("c1", "given", "Zoë again", 400))
    assert (late["accepted"], late["discarded"]) == (0, 1)
    assert entry_count(server_store, "c1") == 1


@pytest.mark.usefixtures("sqlite_built_without_secure_delete")
def test_an_erased_value_leaves_the_sqlite_server_s_file(tmp_path: Path) -> None:
    """The embedded server's file keeps no erased value in its free pages, whatever the SQLite build's default.
    (PostgreSQL keeps dead rows until its VACUUM, which autovacuum runs: see the README.)"""
    path = tmp_path / "server.db"
    store = ServerStore.open(f"sqlite:///{path}")
    try:
        laptop = sign_in(store, "anna", "laptop")
        laptop.push(laptop.write("c1", "given", "Zebulonius", 100), laptop.write("c1", "title", "Vexillologist", 200))
        for n in range(50):  # others, so the erased rows share pages that stay in use
            laptop.push(laptop.write(f"k{n}", "given", f"Kept {n}", 100))
        laptop.push(laptop.erase("c1", 300))
    finally:
        store.close()
    data = b"".join(p.read_bytes() for p in tmp_path.glob("server.db*"))
    assert b"Kept 7" in data
    assert b"Zebulonius" not in data and b"Vexillologist" not in data


# ----- snapshot and compaction -----


def test_snapshot_pages_give_current_values_and_the_cursor_to_pull_from(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    for n in range(1, 6):
        laptop.push(
            laptop.write(f"rec-{n}", "given", f"Given {n}", 100 + n), laptop.write(f"rec-{n}", "family", "F", n)
        )
    laptop.push(laptop.write("rec-2", "given", "Renamed", 500))
    reader = sign_in(server_store, "ben", "desktop")
    top = server_store.info()["cursor"]

    first = server_store.snapshot(reader.who, "", 2)
    assert first["next"] == "rec-2"
    assert first["cursor"] == top
    assert {(e.record_id, e.field, e.value) for e in snapshot_from_json(first).all_entries()} == {
        ("rec-1", "given", '"Given 1"'),
        ("rec-1", "family", '"F"'),
        ("rec-2", "given", '"Renamed"'),
        ("rec-2", "family", '"F"'),
    }
    # A write while the device walks the snapshot: later pages may show it, the pull from `cursor` surely does.
    laptop.push(laptop.write("rec-1", "family", "Changed meanwhile", 600))
    second = server_store.snapshot(reader.who, first["next"], 2)
    third = server_store.snapshot(reader.who, second["next"], 2)
    assert (second["next"], third["next"]) == ("rec-4", None)
    later = snapshot_from_json(second).all_entries() + snapshot_from_json(third).all_entries()
    assert sorted({e.record_id for e in later}) == ["rec-3", "rec-4", "rec-5"]
    reader.cursor = first["cursor"]
    assert [(e.record_id, e.field, e.value) for e in reader.pull_all()] == [("rec-1", "family", '"Changed meanwhile"')]
    assert snapshot_values(server_store, reader.who, limit=3)[("rec-1", "family")] == "Changed meanwhile"


def test_after_compaction_an_older_cursor_gets_410_and_current_values_stay(server_store: ServerStore):
    laptop = sign_in(server_store, "anna", "laptop")
    for hlc, title in enumerate(("Intern", "Manager", "CEO"), start=1):
        laptop.push(laptop.write("c1", "title", title, hlc))
    laptop.push(laptop.write("c2", "given", "Ben", 10))
    reader = sign_in(server_store, "ben", "desktop")
    top = server_store.info()["cursor"]

    assert server_store.compact(top) == 2  # "Intern" and "Manager": no longer anybody's current value

    assert server_store.info()["horizon"] == top
    for old_cursor in (1, top - 1):
        with pytest.raises(SnapshotRequired, match="starts again from a snapshot") as gone:
            server_store.pull(reader.who, old_cursor, 100)
        assert gone.value.status == 410
    assert server_store.pull(reader.who, top, 100) == {"entries": [], "cursor": top, "more": False, "admin": False}
    assert snapshot_values(server_store, reader.who) == {("c1", "title"): "CEO", ("c2", "given"): "Ben"}
    laptop.push(laptop.write("c2", "given", "Benjamin", 11))
    reader.cursor = top
    assert [e.value for e in reader.pull_all()] == ['"Benjamin"']


# ----- concurrency: no pull cursor passes an entry that commits late -----


def test_concurrent_pushers_never_let_a_pull_skip_or_repeat_an_entry(server_store: ServerStore):
    pushers, batches, per_batch = 5, 8, 20
    devices = [sign_in(server_store, f"user{p}", f"device-{p}") for p in range(pushers)]
    reader = sign_in(server_store, "reader", "reader-device")
    start = threading.Barrier(pushers + 1)
    failures: list[BaseException] = []
    pushed: set[tuple[str, str, int, str]] = set()
    lock = threading.Lock()

    def push_all(device: Device, p: int) -> None:
        try:
            start.wait(WAIT_SECONDS)
            for b in range(batches):
                writes = [device.write(f"r{p}-{b}-{n}", "given", f"{p}/{b}/{n}", 1 + n) for n in range(per_batch)]
                device.push(*writes)
                with lock:
                    pushed.update(map(write_key, writes))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=push_all, args=(d, p)) for p, d in enumerate(devices)]
    for thread in threads:
        thread.start()
    start.wait(WAIT_SECONDS)

    seen: list[Entry] = []
    cursors: list[int] = []
    while any(t.is_alive() for t in threads):
        page = server_store.pull(reader.who, reader.cursor, 7)
        seen += [entry_of(e) for e in page["entries"]]
        reader.cursor = page["cursor"]
        cursors.append(reader.cursor)
    for thread in threads:
        thread.join(WAIT_SECONDS)
    assert failures == []
    seen += reader.pull_all(limit=7)

    keys = [write_key(e) for e in seen]
    assert len(keys) == len(set(keys)), "an entry was pulled twice"
    assert set(keys) == pushed, f"{len(pushed - set(keys))} entries were skipped by the pull cursor"
    assert len(pushed) == pushers * batches * per_batch
    assert [e.seq for e in seen] == sorted(e.seq for e in seen)
    assert cursors == sorted(cursors)


class TwoPushes:
    """Pushes in threads of their own, the first held at its commit (holding the write lock) until released."""

    def __init__(self, store: ServerStore) -> None:
        self.store = store
        self.reached_commit, self.release = threading.Event(), threading.Event()
        self.errors: list[BaseException] = []
        self.threads: list[threading.Thread] = []
        event.listen(store.engine, "commit", self._hold)

    def _hold(self, _conn: sa.Connection) -> None:
        if self.threads and threading.current_thread() is self.threads[0]:
            self.reached_commit.set()
            self.release.wait(WAIT_SECONDS)

    def start(self, push: Callable[[], object]) -> threading.Event:
        """Start a push; the first waits at its commit. Set when it has finished, well or not (see `errors`)."""
        done = threading.Event()

        def run() -> None:
            try:
                push()
            except BaseException as exc:
                self.errors.append(exc)
            finally:
                done.set()

        self.threads.append(threading.Thread(target=run))
        self.threads[-1].start()
        if len(self.threads) == 1:
            assert self.reached_commit.wait(WAIT_SECONDS), "the first push never reached its commit"
        return done

    def finish(self) -> None:
        self.release.set()
        for thread in self.threads:
            thread.join(WAIT_SECONDS)

    def close(self) -> None:
        self.release.set()
        event.remove(self.store.engine, "commit", self._hold)


def test_a_push_held_open_before_commit_is_never_passed_by_a_pull_cursor(fresh_pg_url: str):
    """PostgreSQL: while one push has written its entries but not committed, another push must not commit
    entries a pull could see, or the pull's cursor would move past the first push's entries for good."""
    store = ServerStore.open(fresh_pg_url)
    pushes = TwoPushes(store)
    try:
        early, late = sign_in(store, "anna", "laptop"), sign_in(store, "ben", "desktop")
        reader = sign_in(store, "carl", "tablet")
        early.push(early.write("before", "given", "Already there", 1))
        top_before = reader.cursor = store.info()["cursor"]
        early_writes = [early.write(f"early-{n}", "given", "E", 10 + n) for n in range(10)]
        late_writes = [late.write(f"late-{n}", "given", "L", 10 + n) for n in range(10)]

        pushes.start(lambda: early.push(*early_writes))
        late_done = pushes.start(lambda: late.push(*late_writes))
        # The second push either waits for the first (correct) or has committed (the bug this test guards).
        wait_until(lambda: late_done.is_set() or waiting_for_a_lock(store), "the second push to wait or finish")
        during = store.pull(reader.who, reader.cursor, 1000)
        pushes.finish()

        assert pushes.errors == []
        assert during == {"entries": [], "cursor": top_before, "more": False, "admin": False}
        rest = reader.pull_all()
        assert sorted(map(write_key, rest)) == sorted(map(write_key, early_writes + late_writes))
        assert [e.record_id for e in rest][:10] == [f"early-{n}" for n in range(10)], "commit order is seq order"
    finally:
        pushes.close()
        store.close()


def test_a_push_waiting_behind_another_longer_than_the_busy_timeout_still_goes_through(tmp_path: Path):
    """SQLite: a push that waits for another push's write lock longer than SQLite's busy timeout is not refused.

    Regression (CI, test_concurrent_pushers_never_let_a_pull_skip_or_repeat_an_entry[sqlite] on a loaded machine):
    SQLite's busy handler polls for its write lock, every 100 ms once it has waited a little, and a push arriving
    meanwhile takes the lock first; one of five pushers waited out the whole busy timeout behind the others and
    failed with "database is locked". The busy timeout is made tiny here, so waiting on it alone fails at once.
    """
    store = ServerStore.open(f"sqlite:///{tmp_path}/server.db")
    early, late = sign_in(store, "anna", "laptop"), sign_in(store, "ben", "desktop")
    store.engine.dispose()  # the connections from now on wait at most 20 ms for SQLite's lock
    event.listen(store.engine, "connect", lambda dbapi_conn, _record: dbapi_conn.execute("PRAGMA busy_timeout = 20"))
    pushes = TwoPushes(store)
    try:
        pushes.start(lambda: early.push(early.write("a", "given", "Anna", 1)))
        late_done = pushes.start(lambda: late.push(late.write("b", "given", "Ben", 1)))

        assert not late_done.wait(0.5), f"the second push did not wait for the first: {pushes.errors}"
        pushes.finish()
        assert pushes.errors == []
        assert sorted(e.record_id for e in sign_in(store, "carl", "tablet").pull_all()) == ["a", "b"]
    finally:
        pushes.close()
        store.close()


def waiting_for_a_lock(store: ServerStore) -> bool:
    with store.engine.connect() as conn:
        waiting = sa.text(
            "SELECT count(*) FROM pg_locks WHERE NOT granted AND pid IN "
            "(SELECT pid FROM pg_stat_activity WHERE datname = current_database())"
        )
        return bool(conn.execute(waiting).scalar_one())
