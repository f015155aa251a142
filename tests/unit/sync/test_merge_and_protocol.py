"""The merge rule (last writer by HLC wins, per field) and the protocol's checks of what a peer sends."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest

from cardfile.sync import protocol
from cardfile.sync.merge import ConflictBody, Side, conflict_between, wins
from cardfile.sync.protocol import Entry, ProtocolError, entry_from_json, push_from_json


def entry(value: str | None, hlc: int, device: str = "dev-a", **changes: Any) -> Entry:
    fields = {"record_type": "contact", "record_id": "r1", "field": "title", "value": value, "hlc": hlc,
              "device_id": device, "user": "anna"}  # fmt: skip
    fields.update(changes)
    return Entry(**fields)


def test_the_greater_stamp_wins_and_the_device_breaks_a_tie() -> None:
    assert wins((5, "a"), None)
    assert wins((6, "a"), (5, "z"))
    assert not wins((5, "a"), (6, "a"))
    assert wins((5, "b"), (5, "a")) and not wins((5, "a"), (5, "b"))


def test_every_order_of_arrival_ends_with_the_same_winner() -> None:
    """Convergence of one register: whatever order the writes arrive in, the last writer by (HLC, device) holds."""
    writes = [entry("x", 7, "b"), entry("y", 7, "a"), entry("z", 3, "c"), entry("w", 9, "a")]
    finals = set()
    for order in itertools.permutations(writes):
        current: Entry | None = None
        for e in order:
            if wins(e.clock, current.clock if current else None):
                current = e
        assert current is not None
        finals.add(current.value)
    assert finals == {"w"}


def test_a_conflict_is_the_same_whoever_notices_it() -> None:
    a, b = entry('"Buyer"', 10, "dev-a"), entry('"Head buyer"', 11, "dev-b")
    one = conflict_between(a, b, record_type="contact", record_id="r1", field="title")
    two = conflict_between(b, a, record_type="contact", record_id="r1", field="title")
    assert one == two
    assert one.winner.value == '"Head buyer"' and one.loser.value == '"Buyer"'
    assert one.conflict_id == two.conflict_id
    assert ConflictBody.from_text(one.to_text()) == one
    logged = one.entry(hlc=12, device_id="dev-c", user="bo")
    assert (logged.record_type, logged.record_id, logged.field) == ("conflict", one.conflict_id, "$conflict")


def test_conflicts_of_different_losers_have_different_ids() -> None:
    base = conflict_between(entry("1", 10), entry("2", 11, "b"), record_type="contact", record_id="r1", field="f")
    other = ConflictBody("contact", "r1", "f", base.winner, Side("1", 9, "dev-a", "anna"))
    assert base.conflict_id != other.conflict_id


def test_an_entry_survives_its_json_form() -> None:
    e = entry('"Ünïcødé — 東京"', 123456789, seq=42)
    assert entry_from_json(e.as_json(), "here") == e


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"t": "spaceship"}, "unknown record type"),
        ({"r": "../../etc"}, "malformed record id"),
        ({"f": "title; DROP TABLE"}, "malformed field name"),
        ({"h": 0}, "out of range"),
        ({"h": "12"}, "wrong type"),
        ({"h": True}, "wrong type"),
        ({"v": 12}, "JSON text or null"),
    ],
)
def test_a_malformed_entry_is_refused_with_where_and_what(changes: dict[str, Any], problem: str) -> None:
    obj = entry('"x"', 5).as_json() | changes
    with pytest.raises(ProtocolError, match=problem) as caught:
        entry_from_json(obj, "push.entries[3]")
    assert caught.value.where == "push.entries[3]"


def test_a_push_is_checked_whole() -> None:
    good = {"batch": 1, "base": 0, "nonce": "n0nce-of-batch-1", "entries": [entry('"x"', 5).as_json()]}
    assert push_from_json(good).entries[0].value == '"x"'
    assert push_from_json(good).nonce == "n0nce-of-batch-1"
    # Regression (issue #10): a batch number or cursor past what the database keeps was a server error (500).
    for number in (0, 10**30, 1 << 31):
        with pytest.raises(ProtocolError, match="batch"):
            push_from_json(good | {"batch": number})
    with pytest.raises(ProtocolError, match="base"):
        push_from_json(good | {"base": 10**30})
    with pytest.raises(ProtocolError, match="'s' is out of range"):
        push_from_json(good | {"entries": [entry('"x"', 5).as_json() | {"s": 10**30}]})
    for nonce in (None, "", "short", "x" * 65, "has space", 7):
        with pytest.raises(ProtocolError, match="nonce"):
            push_from_json(good | {"nonce": nonce})
    # A value that is not JSON is the server's to refuse on its own, not the whole batch's (see field_rules).
    assert push_from_json(good | {"entries": [entry("NaN", 5).as_json()]}).entries[0].value == "NaN"
    with pytest.raises(ProtocolError, match="more than"):
        push_from_json(good | {"entries": [entry('"x"', 5).as_json()] * (protocol.MAX_PUSH_ENTRIES + 1)})
    with pytest.raises(ProtocolError, match="object"):
        push_from_json([1, 2])


def test_versions_are_checked_both_ways() -> None:
    assert protocol.check_versions(protocol.PROTOCOL_VERSION) is None
    assert "upgrade Cardfile" in (protocol.check_versions(protocol.PROTOCOL_VERSION + 1) or "")
    assert "older" in (protocol.check_versions(0) or "")
    assert protocol.check_versions("1") is not None


def good_page() -> dict[str, Any]:
    rows = [
        ("contact", "c1", "given", '"Zoë"', 10, "laptop", "anna"),
        ("contact", "c1", "family", '"Kim"', 11, "desktop", "ben"),
        ("company", "k1", "name", '"Acme"', 12, "laptop", "anna"),
    ]
    return protocol.snapshot_page(rows, [entry(None, 13, field=protocol.ERASED).as_json()], "k1", 42)


def test_a_snapshot_page_carries_each_record_once_and_survives_its_json_form() -> None:
    page = good_page()
    assert page["records"] == [
        ["contact", "c1", [["given", '"Zoë"', 10, 0, 0], ["family", '"Kim"', 11, 1, 1]]],
        ["company", "k1", [["name", '"Acme"', 12, 0, 0]]],
    ]
    assert (page["devices"], page["users"]) == (["laptop", "desktop"], ["anna", "ben"])

    read = protocol.snapshot_from_json(json.loads(json.dumps(page)))

    assert [(r.record_type, r.record_id) for r in read.records] == [("contact", "c1"), ("company", "k1")]
    assert read.records[0].fields[1] == ("family", '"Kim"', 11, "desktop", "ben")
    assert (read.next, read.cursor, read.top_hlc) == ("k1", 42, 13)
    assert [(e.record_id, e.field, e.device_id) for e in read.all_entries()] == [
        ("c1", "given", "laptop"),
        ("c1", "family", "desktop"),
        ("k1", "name", "laptop"),
        ("r1", protocol.ERASED, "dev-a"),
    ]


@pytest.mark.parametrize(
    ("damage", "where", "problem"),
    [
        (lambda p: p.update(records={}), "snapshot.records", "must be a list"),
        (lambda p: p["records"].append(["contact", "c2"]), "snapshot.records[2]", "[type, id, fields]"),
        (lambda p: p["records"][0].__setitem__(0, "spaceship"), "snapshot.records[0]", "unknown record type"),
        (lambda p: p["records"][1].__setitem__(1, "../etc"), "snapshot.records[1]", "malformed record id"),
        (lambda p: p["records"][1].__setitem__(2, []), "snapshot.records[1]", "1 to 256 fields"),
        (lambda p: p["records"][0][2][0].__setitem__(0, "DROP TABLE"), "snapshot.records[0]", "malformed field"),
        (lambda p: p["records"][0][2][1].__setitem__(3, 7), "snapshot.records[0]", "of the wrong shape"),
        (lambda p: p["records"][0][2][1].__setitem__(2, -1), "snapshot.records[0]", "of the wrong shape"),
        (lambda p: p["records"][0][2][1].__setitem__(1, {"x": 1}), "snapshot.records[0]", "of the wrong shape"),
        (lambda p: p["records"][0][2][0].pop(), "snapshot.records[0]", "[field, value, hlc, device, user]"),
        (lambda p: p.update(users=["not a user!"]), "snapshot.users", "user names"),
        (lambda p: p.update(devices=[1]), "snapshot.devices", "device ids"),
        (lambda p: p.update(next=5), "snapshot.next", "record id or null"),
        (lambda p: p.update(cursor=-1), "snapshot.cursor", "not negative"),
        (lambda p: p.update(records=[p["records"][1]] * 5001), "snapshot.records", "more than 5000 records"),
        (lambda p: p["entries"][0].update(h=0), "snapshot.entries[0]", "'h' is out of range"),
    ],
)
def test_a_malformed_snapshot_page_is_refused_with_where_and_what(
    damage: Callable[[dict[str, Any]], Any], where: str, problem: str
) -> None:
    page = json.loads(json.dumps(good_page()))
    damage(page)
    with pytest.raises(ProtocolError) as refused:
        protocol.snapshot_from_json(page)
    assert refused.value.where == where
    assert problem in refused.value.problem
