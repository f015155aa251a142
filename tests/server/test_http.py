"""The sync server over real HTTP on loopback, on SQLite and on PostgreSQL: health, handshake, tokens, the error
answers a device relies on, and refusal of every malformed or oversized request without changing anything."""

from __future__ import annotations

import json
import logging
import socket
import time
from typing import Any

import pytest

from cardfile.server.storage import SERVER_SCHEMA, ServerStore
from cardfile.sync import protocol
from tests.server.live import Client, send_oversized, serve_in_thread, server_state

PASSWORD = "correct horse battery"


def entry(n: int, *, device: str = "laptop", user: str = "anna", **overrides: Any) -> dict[str, Any]:
    """One entry in its wire form: contact c{n}'s given name, stamped by `device`."""
    return {"t": "contact", "r": f"c{n}", "f": "given", "v": json.dumps(f"Person {n}"), "h": 1000 + n,
            "d": device, "u": user, "s": n} | overrides  # fmt: skip


def signed_in(live_server: str, store: ServerStore, user: str = "anna", device: str = "laptop") -> Client:
    if user not in {a.name for a in store.accounts()}:
        store.add_account(user, PASSWORD)
    client = Client(live_server)
    return client.with_token(client.sign_in(user, PASSWORD, device))


def test_health_answers_without_a_sign_in(live_server: str, server_store: ServerStore):
    answer = Client(live_server).request("GET", "/v1/health", protocol_header=None)

    assert answer.status == 200
    assert answer.body["status"] == "ok"
    assert (answer.body["protocol"], answer.body["schema"], answer.body["cursor"]) == (1, SERVER_SCHEMA, 0)
    assert answer.body["server_id"] == server_store.info()["server_id"]


def test_handshake_tells_an_incompatible_client_why_with_426(live_server: str):
    client = Client(live_server)

    ok = client.request("POST", "/v1/handshake", {"protocol": protocol.PROTOCOL_VERSION, "schema": "0002"})
    newer = client.request("POST", "/v1/handshake", {"protocol": 999, "schema": "0099"})
    older = client.request("POST", "/v1/handshake", {"protocol": 0, "schema": "0001"})
    silent = client.request("POST", "/v1/handshake", {"schema": "0001"})

    assert ok.status == 200
    assert (ok.body["protocol"], ok.body["min_protocol"], ok.body["server_schema"]) == (1, 1, SERVER_SCHEMA)
    assert newer.status == older.status == silent.status == 426
    assert newer.body == {
        "error": "incompatible_protocol",
        "message": "the other side speaks sync protocol 999, newer than this Cardfile's (1); upgrade Cardfile",
        "reason": "incompatible_protocol",
    }
    assert "older than the oldest this Cardfile speaks" in older.body["message"]
    assert "did not say which sync protocol" in silent.body["message"]


def test_push_and_pull_need_a_protocol_this_server_speaks(live_server: str, server_store: ServerStore):
    client = signed_in(live_server, server_store)
    body = {"batch": 1, "base": 0, "entries": [entry(1)]}

    for header in (None, "999", "one"):
        answer = client.request("POST", "/v1/push", body, protocol_header=header)
        assert (answer.status, answer.body["error"]) == (426, "incompatible_protocol"), header
        assert client.request("GET", "/v1/pull", protocol_header=header).status == 426
    assert server_state(server_store)["entry"] == 0
    assert client.push(body).status == 200


def test_a_missing_or_unknown_token_is_401(live_server: str, server_store: ServerStore):
    signed_in(live_server, server_store)  # a device exists: an unknown token must not find it
    before = server_state(server_store)
    body = {"batch": 1, "base": 0, "entries": [entry(1)]}

    for authorization in (None, "", "Bearer", "Bearer ", "Basic YW5uYTpwdw==", "Bearer made-up-token", "made-up"):
        headers = {} if authorization is None else {"Authorization": authorization}
        for method, path, sent in (
            ("POST", "/v1/push", body),
            ("GET", "/v1/pull", None),
            ("GET", "/v1/snapshot", None),
        ):
            answer = Client(live_server).request(method, path, sent, headers=headers)
            assert (answer.status, answer.body["error"]) == (401, "unauthorized"), (authorization, path)
            assert answer.body["message"]
    assert server_state(server_store) == before


def test_a_wrong_password_is_401_and_a_bad_sign_in_400(live_server: str, server_store: ServerStore):
    server_store.add_account("anna", PASSWORD)
    client = Client(live_server)

    wrong = client.request("POST", "/v1/devices", {"user": "anna", "password": "guess", "device_id": "laptop"})
    unknown = client.request("POST", "/v1/devices", {"user": "nobody", "password": PASSWORD, "device_id": "laptop"})
    incomplete = client.request("POST", "/v1/devices", {"user": "anna", "password": PASSWORD})

    assert (wrong.status, wrong.body) == (
        401,
        {"error": "unauthorized", "message": "wrong user name or password", "reason": "wrong_password"},
    )
    assert (unknown.status, unknown.body) == (wrong.status, wrong.body)
    assert (incomplete.status, incomplete.body["error"]) == (400, "bad_request")
    assert server_store.devices() == []


def test_a_revoked_token_is_refused(live_server: str, server_store: ServerStore):
    laptop = signed_in(live_server, server_store, "anna", "laptop")
    phone = signed_in(live_server, server_store, "anna", "phone")
    desktop = signed_in(live_server, server_store, "ben", "desktop")
    assert laptop.pull().status == phone.pull().status == desktop.pull().status == 200

    assert laptop.request("DELETE", "/v1/devices/self").body == {"signed_out": True}  # the device signs out
    assert server_store.revoke_device("phone")  # an administrator revokes a lost phone
    server_store.disable_account("ben")

    for client in (laptop, phone, desktop):
        refused = client.push({"batch": 1, "base": 0, "entries": [entry(1, device="laptop")]})
        assert (refused.status, refused.body["error"]) == (401, "unauthorized")
        assert client.pull().status == 401
    assert server_state(server_store)["entry"] == 0


# Each body carries a valid entry first: a refusal must leave out that one too.
MALFORMED: list[tuple[str, bytes | Any, str]] = [
    ("not JSON", b'{"batch": 2, "base": 0, "entries": [', "not JSON"),
    ("not UTF-8", b'{"batch": 2, "\xff": 0}', "not JSON"),
    ("a list, not an object", [entry(2)], "must be an object"),
    ("batch as text", {"batch": "2", "base": 0, "entries": [entry(2)]}, "'batch' has the wrong type"),
    ("batch as boolean", {"batch": True, "base": 0, "entries": [entry(2)]}, "'batch' has the wrong type"),
    ("batch zero", {"batch": 0, "base": 0, "entries": [entry(2)]}, "'batch' must be a whole number from 1"),
    ("batch past 32 bits", {"batch": 10**30, "base": 0, "entries": [entry(2)]}, "'batch' must be a whole number"),
    ("base past 64 bits", {"batch": 2, "base": 10**30, "entries": [entry(2)]}, "'base' must be a cursor"),
    ("no nonce", {"batch": 2, "base": 0, "nonce": None, "entries": [entry(2)]}, "'nonce' is missing"),
    ("nonce not text", {"batch": 2, "base": 0, "nonce": 12345678, "entries": [entry(2)]}, "'nonce' has the wrong type"),
    ("a nonce too short", {"batch": 2, "base": 0, "nonce": "x", "entries": [entry(2)]}, "'nonce' must be"),
    ("seq past 64 bits", {"batch": 2, "base": 0, "entries": [entry(2, s=10**30)]}, "'s' is out of range"),
    ("no base", {"batch": 2, "entries": [entry(2)]}, "'base' is missing"),
    ("entries not a list", {"batch": 2, "base": 0, "entries": {"0": entry(2)}}, "must be a list"),
    ("entry not an object", {"batch": 2, "base": 0, "entries": [entry(2), "c3"]}, "must be an object"),
    ("unknown record type", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, t="spaceship")]},
     "unknown record type 'spaceship'"),
    ("bad field name", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, f="given; DROP TABLE entry")]},
     "malformed field name"),
    ("upper-case field", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, f="Given")]}, "malformed field name"),
    ("bad record id", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, r="../c3")]}, "malformed record id"),
    ("value not JSON text", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, v=42)]}, "'v' must be JSON text"),
    ("clock as text", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, h="1003")]}, "'h' has the wrong type"),
    ("clock negative", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, h=-1)]}, "'h' is out of range"),
    ("clock too large", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, h=1 << 63)]}, "'h' is out of range"),
    ("another device", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, d="phone")]}, "not the signed-in device"),
    ("another user", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, u="ben")]}, "not 'anna'"),
    ("a server-only entry", {"batch": 2, "base": 0, "entries": [entry(2), entry(3, f="$hidden")]},
     "'$hidden' entries are the server's own"),
    ("body nested too deep", b'{"batch": 2, "base": 0, "entries": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
     "not JSON"),
    ("too many entries",
     {"batch": 2, "base": 0, "entries": [entry(n) for n in range(2, protocol.MAX_PUSH_ENTRIES + 3)]},
     f"more than {protocol.MAX_PUSH_ENTRIES} entries"),
]  # fmt: skip


def test_malformed_pushes_get_400_and_change_nothing(live_server: str, server_store: ServerStore):
    client = signed_in(live_server, server_store)
    assert client.push({"batch": 1, "base": 0, "entries": [entry(1)]}).status == 200
    before = server_state(server_store)

    for case, body, message in MALFORMED:
        raw = body if isinstance(body, bytes) else None
        if isinstance(body, dict) and "nonce" not in body:
            body = {**body, "nonce": "nonce-of-batch-2"}
        elif isinstance(body, dict) and body["nonce"] is None:
            body = {k: v for k, v in body.items() if k != "nonce"}
        answer = client.request("POST", "/v1/push", None if raw else body, raw=raw)
        assert answer.status == 400, (case, answer.text)
        assert answer.body["error"] == "bad_request", case
        assert message in answer.body["message"], (case, answer.body["message"])
        assert server_state(server_store) == before, f"{case}: the refused push changed the server"

    accepted = client.push({"batch": 2, "base": 0, "entries": [entry(2)]})
    assert (accepted.status, accepted.body["accepted"]) == (200, 1), "a refused batch does not use up its number"


def test_malformed_pull_and_snapshot_parameters_get_400(live_server: str, server_store: ServerStore):
    client = signed_in(live_server, server_store)

    # Regression (issue #10): '²' is a digit to str.isdigit, and int() refused it: the answer was a 500.
    for query in (
        "after=-1",
        "after=abc",
        "after=1.5",
        "limit=-5",
        "after=" + "9" * 19,
        "after=%C2%B2",
        "limit=%D9%A3",
    ):
        for path in ("/v1/pull", "/v1/snapshot"):
            if path == "/v1/snapshot" and query.startswith("after"):
                continue  # a snapshot's `after` is a record id, any text
            answer = client.request("GET", f"{path}?{query}")
            assert (answer.status, answer.body["error"]) == (400, "bad_request"), (path, query)
    assert client.request("GET", "/v1/pull?limit=999999999").status == 200, "a large limit is capped, not refused"
    assert client.request("GET", "/v1/pull", protocol_header="²").status == 426
    assert client.request("GET", "/v1/nowhere").status == 404
    assert client.request("PUT", "/v1/push", {}).status == 405


def test_an_oversized_body_is_413_and_changes_nothing(live_server: str, server_store: ServerStore):
    client = signed_in(live_server, server_store)
    assert client.push({"batch": 1, "base": 0, "entries": [entry(1)]}).status == 200
    before = server_state(server_store)
    headers = {"Authorization": f"Bearer {client.token}", "Cardfile-Protocol": "1"}

    declared = send_oversized(live_server, "/v1/push", headers, protocol.MAX_REQUEST_BYTES + 1, declare=True)
    chunked = send_oversized(live_server, "/v1/push", headers, protocol.MAX_REQUEST_BYTES + 1, declare=False)

    for answer in (declared, chunked):
        assert (answer.status, answer.body["error"]) == (413, "too_large")
        assert str(protocol.MAX_REQUEST_BYTES) in answer.body["message"]
    assert server_state(server_store) == before
    assert client.pull().status == 200, "the server still serves"


def test_push_pull_and_their_error_codes_over_http(live_server: str, server_store: ServerStore):
    laptop = signed_in(live_server, server_store, "anna", "laptop")
    desktop = signed_in(live_server, server_store, "ben", "desktop")
    batch = {"batch": 1, "base": 0, "entries": [entry(1), entry(2)]}

    first = laptop.push(batch)
    again = laptop.push(batch)
    skipped = laptop.push({"batch": 5, "base": 0, "entries": [entry(3)]})
    pulled = desktop.pull(after=0, limit=1)
    rest = desktop.pull(after=pulled.body["cursor"])

    assert (first.status, first.body["accepted"], first.body["through"]) == (200, 2, 2)
    assert (again.status, again.body) == (200, {**first.body, "repeated": True})
    assert skipped.status == 409
    assert skipped.body == {
        "error": "batch_out_of_order",
        "message": "expected batch 2 from this device, got 5",
        "reason": "batch_out_of_order",
    }
    assert (pulled.body["more"], [e["r"] for e in pulled.body["entries"]]) == (True, ["c1"])
    assert (rest.body["more"], [e["r"] for e in rest.body["entries"]]) == (False, ["c2"])
    assert rest.body["entries"][0] == entry(2) | {"s": 2}

    laptop.push({"batch": 2, "base": 2, "entries": [entry(1, v='"Renamed"', h=5000, s=3)]})
    server_store.compact(server_store.info()["cursor"])
    gone = desktop.pull(after=1)
    assert (gone.status, gone.body["error"]) == (410, "snapshot_required")
    snapshot = protocol.snapshot_from_json(desktop.request("GET", "/v1/snapshot?after=&limit=10").body)
    assert {(e.record_id, e.value) for e in snapshot.all_entries()} == {("c1", '"Renamed"'), ("c2", '"Person 2"')}


def test_every_request_is_logged_as_one_json_line(server_store: ServerStore, caplog: pytest.LogCaptureFixture):
    server_store.add_account("anna", PASSWORD)
    caplog.set_level(logging.INFO, logger="cardfile.server.requests")

    with serve_in_thread(server_store) as url:  # leaving the block stops the server: every line is written
        client = Client(url)
        client.request("GET", "/v1/health")
        laptop = client.with_token(client.sign_in("anna", PASSWORD, "laptop"))
        laptop.push({"batch": 1, "base": 0, "entries": [entry(1)]})
        client.with_token("made-up").pull()

    lines = [r.getMessage() for r in caplog.records if r.name == "cardfile.server.requests"]
    logged = [json.loads(line) for line in lines]  # each one a JSON document on one line
    assert all("\n" not in line for line in lines)
    assert [(e["method"], e["path"], e["status"]) for e in logged] == [
        ("GET", "/v1/health", 200),
        ("POST", "/v1/devices", 200),
        ("POST", "/v1/push", 200),
        ("GET", "/v1/pull", 401),
    ]
    assert (logged[2]["user"], logged[2]["device"]) == ("anna", "laptop")
    assert (logged[0]["user"], logged[3]["user"]) == (None, None)
    assert all(e["client"] == "127.0.0.1" and isinstance(e["ms"], int | float) for e in logged)
    assert PASSWORD not in "".join(lines)


def test_a_device_gone_in_the_middle_of_its_upload_is_logged_plainly_and_changes_nothing(
    server_store: ServerStore, caplog: pytest.LogCaptureFixture
):
    """A laptop closed while it sends a push: the request log says 499, no error with a traceback is logged."""
    server_store.add_account("anna", PASSWORD)
    caplog.set_level(logging.INFO, logger="cardfile")
    with serve_in_thread(server_store) as url:
        client = Client(url)
        token = client.sign_in("anna", PASSWORD, "laptop")
        before = server_state(server_store)
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            head = (
                f"POST /v1/push HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
                f"Cardfile-Protocol: {protocol.PROTOCOL_VERSION}\r\nContent-Type: application/json\r\n"
                "Content-Length: 100000\r\n\r\n"
            )
            sock.sendall(head.encode() + b'{"batch": 1, "base": 0, "entries": [')  # and then the laptop is gone
        deadline = time.monotonic() + 10
        while not any('"status": 499' in r.getMessage() for r in caplog.records) and time.monotonic() < deadline:
            time.sleep(0.02)

    pushes = [json.loads(r.getMessage()) for r in caplog.records if r.name == "cardfile.server.requests"]
    assert [(e["path"], e["status"]) for e in pushes if e["path"] == "/v1/push"] == [("/v1/push", 499)]
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert server_state(server_store) == before
