"""Faults (issue #5, "Proof"), with real processes on loopback: the server killed in the middle of a push, the client
killed in the middle of a pull, a batch delivered twice, the network dropping in the middle of a page. After each,
syncing again loses nothing and doubles nothing.

The server is `python -m cardfile serve`; a `FaultProxy` between device and server knows which HTTP message is on
the wire and strikes at a chosen byte of it: it kills a process there, or cuts the connection.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from cardfile.domain.errors import SyncUnreachable
from cardfile.domain.models import ContactCreate, ContactUpdate, validate
from cardfile.server.storage import ServerStore
from cardfile.server.tables import entry
from cardfile.services import Services, open_database
from cardfile.services import sync as sync_service
from cardfile.services.sync_transport import BatchReused, Transport
from cardfile.store import schema
from cardfile.sync.protocol import Entry, PushRequest
from tests.helpers import run_cli
from tests.server.process import free_port, run_process
from tests.server.proxy import Fault, fault_proxy

USER, PASSWORD = "anna", "anna-secret-1"
DEVICE_ID = "twice-device"  # a device that speaks the protocol by hand
CONTACT_FIELDS = ("given", "family", "title", "emails", "tags", "note", "deleted_at", "private", "owner_id")


# ----- a real server, and devices -----


class Server:
    """`cardfile serve` on one database; it can be killed and started again on the same data and port."""

    def __init__(self, url: str, logs: Path) -> None:
        self.url = url
        self.port = free_port()
        self.logs = logs
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0
        store = ServerStore.open(url)
        try:
            store.add_account(USER, PASSWORD)
        finally:
            store.close()

    @property
    def address(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @contextmanager
    def running(self) -> Iterator[Server]:
        self.starts += 1
        argv = [sys.executable, "-m", "cardfile", "serve", "--database", self.url, "--port", str(self.port)]
        output = self.logs / f"server-{self.starts}.log"
        with run_process(argv, None, f"{self.address}/v1/health", 30, output=output) as process:
            self.process = process
            yield self

    def kill(self) -> None:
        """SIGKILL: no shutdown, no rollback by the server itself; whatever was not committed is gone."""
        assert self.process is not None, "the server is not running"
        os.killpg(self.process.pid, signal.SIGKILL)

    def entries_by(self, device_id: str) -> list[tuple[str, str, int]]:
        """(record, field, hlc) of every entry the server holds from this device, duplicates included."""
        store = ServerStore.open(self.url)
        try:
            with store.engine.connect() as conn:
                query = select(entry.c.record_id, entry.c.field, entry.c.hlc).where(entry.c.device_id == device_id)
                return [(r[0], r[1], r[2]) for r in conn.execute(query)]
        finally:
            store.close()

    def entry_count(self) -> int:
        store = ServerStore.open(self.url)
        try:
            with store.engine.connect() as conn:
                return int(conn.execute(select(func.count()).select_from(entry)).scalar_one())
        finally:
            store.close()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/server.db"


def device(path: Path, server: str) -> Services:
    services = open_database(path, auto_backup=False)
    services.sync.configure(server=server, user=USER)
    return services


def add_contacts(services: Services, count: int, tag: str) -> None:
    services.contacts.create_many(
        [
            validate(
                ContactCreate,
                given=f"Given {tag}{i}",
                family=f"Фамилия {i}",
                title="Sales",
                emails=[{"value": f"p{i}@{tag}.example", "label": "work"}],
                tags=[tag],
            )
            for i in range(count)
        ]
    )


def own_changes(services: Services) -> list[tuple[str, str, int]]:
    """(record, field, hlc) of every change this device made itself."""
    with services.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT record_id, field, hlc FROM change WHERE device_id = ?", (services.db.store.device_id,)
        )
        return [(r[0], r[1], r[2]) for r in rows]


def assert_held_once(server: Server, services: Services) -> None:
    """The server holds every change of this device exactly once, and the device has nothing left to push."""
    held = server.entries_by(services.db.store.device_id)
    made = own_changes(services)
    assert len(held) == len(set(held)), "the server holds a change twice"
    assert sorted(held) == sorted(made)
    assert services.sync.status().pending == 0


def contacts_of(services: Services) -> dict[str, tuple[Any, ...]]:
    with services.db.read() as conn:
        rows = conn.exec_driver_sql(f"SELECT id, {', '.join(CONTACT_FIELDS)} FROM contact")
        return {r[0]: tuple(r[1:]) for r in rows}


def assert_same_contacts_once(receiver: Services, writer: Services) -> None:
    """The receiver holds the writer's contacts with the same values, and each of the writer's changes once."""
    assert contacts_of(receiver) == contacts_of(writer)
    with receiver.db.read() as conn:
        doubled = conn.exec_driver_sql(
            "SELECT count(*) FROM (SELECT 1 FROM change GROUP BY record_id, field, hlc, device_id HAVING count(*) > 1)"
        ).scalar_one()
        received = conn.exec_driver_sql(
            "SELECT count(*) FROM change WHERE device_id = ?", (writer.db.store.device_id,)
        ).scalar_one()
    assert doubled == 0, "a change is logged twice"
    assert received == len(own_changes(writer))


# ----- the server killed in the middle of a push -----


@pytest.mark.parametrize(
    ("server_database_url", "side"),
    [
        pytest.param("sqlite", "request", id="sqlite-while-it-applies-the-batch"),
        pytest.param("postgresql", "request", id="postgresql-while-it-applies-the-batch"),
        pytest.param("sqlite", "response", id="sqlite-before-its-answer-leaves"),
    ],
    indirect=["server_database_url"],
)
def test_server_killed_mid_push_keeps_every_change_once(server_database_url: str, side: str, tmp_path: Path) -> None:
    """SIGKILL the server once the second batch has reached it (it dies applying it, or just before — both must be
    safe), or once its answer is ready (it committed, the device never hears so and sends the batch again)."""
    server = Server(server_database_url, tmp_path)
    with server.running(), fault_proxy(server.port) as proxy:
        laptop = device(tmp_path / "laptop.db", proxy.url)
        add_contacts(laptop, 500, "push")  # 4,500 changes: three batches
        if side == "request":  # once the whole request is through
            fault = Fault("/v1/push", 2, "request", None, server.kill)
        else:  # before the first byte of the answer
            fault = Fault("/v1/push", 2, "response", 0, server.kill)
        proxy.arm(fault)
        with pytest.raises(SyncUnreachable):
            laptop.sync.sync(password=PASSWORD)
        assert fault.fired.is_set()
        assert laptop.sync.status().pending > 0
    with server.running(), fault_proxy(server.port) as proxy:
        laptop.sync.configure(server=proxy.url)
        report = laptop.sync.sync(password=PASSWORD)
        assert report.pushed > 0
        assert_held_once(server, laptop)
        laptop.close()


# ----- the client killed in the middle of a pull -----


def test_client_killed_mid_pull_ends_with_everything_once(sqlite_url: str, tmp_path: Path) -> None:
    """`cardfile sync` is SIGKILLed right after the third page of a pull reached it (while it reads or applies
    the page, or just after it committed it); the next `cardfile sync` completes the pull, and the device then
    holds exactly what the writing device holds."""
    server = Server(sqlite_url, tmp_path)
    env = {
        "CARDFILE_PASSWORD": PASSWORD,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",  # a subprocess must not reach a real keyring
    }
    with server.running(), fault_proxy(server.port) as proxy:
        office = device(tmp_path / "office.db", server.address)
        add_contacts(office, 1, "first")
        office.sync.sync(password=PASSWORD)
        laptop = tmp_path / "laptop.db"
        with device(laptop, proxy.url) as first:
            first.sync.sync(password=PASSWORD)  # the laptop pulls from here on, no snapshot
        add_contacts(office, 800, "bulk")  # 7,200 changes: four pages
        office.sync.sync()

        client_pid: list[int] = []  # known once it runs; the fault cannot strike before it asks for a page
        fault = Fault(
            "/v1/pull",
            proxy.requests["/v1/pull"] + 3,
            "response",
            None,
            lambda: os.killpg(client_pid[0], signal.SIGKILL),
        )
        proxy.arm(fault)
        argv = [sys.executable, "-m", "cardfile", "--db", str(laptop), "sync"]
        with run_process(argv, {**os.environ, **env}, output=tmp_path / "client.log") as client:
            client_pid.append(client.pid)
            assert client.wait(60) == -signal.SIGKILL
        assert fault.fired.is_set()

        result = run_cli(["sync", "--json"], db=laptop, env=env)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["pulled"] > 0
        with open_database(laptop, auto_backup=False) as after:
            assert_same_contacts_once(after, office)
            assert after.sync.status().pending == 0
        office.close()


# ----- a batch delivered twice -----


def test_batch_delivered_twice_is_applied_once(server_database_url: str, tmp_path: Path) -> None:
    """The same numbered batch twice gets the stored answer, marked repeated; the same changes under a new number
    (a device restored from a backup) are not written again either."""
    server = Server(server_database_url, tmp_path)
    with server.running():
        transport = Transport(server.address)
        try:
            transport.handshake(schema.HEAD)
            transport.sign_in(USER, PASSWORD, DEVICE_ID, "test")
            changes = [
                Entry("contact", f"0190aaaa-0000-7000-8000-0000000000a{i}", name, value, 1_000 + i, DEVICE_ID, USER)
                for i in range(3)
                for name, value in (("given", json.dumps(f"Twice {i}")), ("family", json.dumps("Дважды")))
            ]
            batch = PushRequest(1, 0, changes)
            first = transport.push(batch)
            assert first["accepted"] == len(changes) and "repeated" not in first
            held = server.entry_count()

            again = transport.push(batch)
            assert again == {**first, "repeated": True}
            renumbered = transport.push(PushRequest(2, 0, changes))
            assert "repeated" not in renumbered
            assert transport.push(batch) == {**first, "repeated": True}
            with pytest.raises(BatchReused):  # the number again, but not that batch: another database's
                transport.push(PushRequest(1, 0, changes))
            assert server.entry_count() == held
        finally:
            transport.close()
        with device(tmp_path / "reader.db", server.address) as reader:
            reader.sync.sync(password=PASSWORD)
            with reader.db.read() as conn:
                rows = conn.exec_driver_sql(
                    "SELECT record_id, field, value FROM change WHERE device_id = ?", (DEVICE_ID,)
                ).all()
            assert sorted(rows) == sorted((c.record_id, c.field, c.value) for c in changes)
            assert sorted(c[1] for c in contacts_of(reader).values()) == ["Дважды"] * 3


# ----- the network dropping in the middle of a page -----


@pytest.mark.parametrize("path", ["/v1/pull", "/v1/snapshot"])
def test_network_drop_mid_page_loses_and_doubles_nothing(
    sqlite_url: str, path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The connection drops in the second page of a sync, first inside the page's head, then — next sync — in its
    body: each sync fails as 'unreachable', the pages before the drop stay applied, and the sync after that fetches
    the rest, once."""
    monkeypatch.setattr(sync_service, "PULL_ENTRIES", 200)  # pages of 200 entries
    monkeypatch.setattr(sync_service, "SNAPSHOT_RECORDS", 200)  # or of 200 records
    server = Server(sqlite_url, tmp_path)
    with server.running(), fault_proxy(server.port) as proxy:
        office = device(tmp_path / "office.db", server.address)
        add_contacts(office, 1, "first")
        office.sync.sync(password=PASSWORD)
        laptop = device(tmp_path / "laptop.db", proxy.url)
        if path == "/v1/pull":
            laptop.sync.sync(password=PASSWORD)  # from here on the laptop pulls; a new device walks a snapshot
        add_contacts(office, 600 if path == "/v1/snapshot" else 150, "bulk")  # four pages, or seven
        office.sync.sync()

        for after_bytes in (40, 20_000):  # before the head's Content-Length, then well into the body
            fault = Fault(path, proxy.requests[path] + 2, "response", after_bytes)
            proxy.arm(fault)
            with pytest.raises(SyncUnreachable):
                laptop.sync.sync(password=PASSWORD)
            assert fault.fired.is_set()

        laptop.sync.sync(password=PASSWORD)
        assert_same_contacts_once(laptop, office)
        for services in (laptop, office):
            services.close()


def test_network_drop_mid_push_answer_loses_and_doubles_nothing(sqlite_url: str, tmp_path: Path) -> None:
    """The connection drops inside the head of the answer to a push the server applied: the device cannot know the
    batch landed, fails as 'unreachable', sends the batch again next time and the server answers from what it
    stored."""
    server = Server(sqlite_url, tmp_path)
    with server.running(), fault_proxy(server.port) as proxy:
        laptop = device(tmp_path / "laptop.db", proxy.url)
        add_contacts(laptop, 300, "push")  # 2,700 changes: two batches
        fault = Fault("/v1/push", 1, "response", 40)
        proxy.arm(fault)
        with pytest.raises(SyncUnreachable):
            laptop.sync.sync(password=PASSWORD)
        assert fault.fired.is_set()
        laptop.sync.sync(password=PASSWORD)
        assert_held_once(server, laptop)
        laptop.close()


def test_erasure_made_after_a_lost_push_answer_still_reaches_the_server(sqlite_url: str, tmp_path: Path) -> None:
    """Regression: the answer to a push is lost, then the person erases a contact; the next sync sends its batch
    number again, now carrying the erasure, and gets the stored answer of the first delivery. The device took the
    erasure for delivered, so the server and every other device kept the erased contact for good."""
    server = Server(sqlite_url, tmp_path)
    with server.running(), fault_proxy(server.port) as proxy:
        laptop = device(tmp_path / "laptop.db", proxy.url)
        office = device(tmp_path / "office.db", server.address)
        add_contacts(laptop, 2, "erase")
        laptop.sync.sync(password=PASSWORD)
        office.sync.sync(password=PASSWORD)
        kept, forgotten = sorted(contacts_of(laptop))
        laptop.contacts.update(kept, validate(ContactUpdate, title="Buyer"))
        fault = Fault("/v1/push", proxy.requests["/v1/push"] + 1, "response", 150)  # inside the answer's body
        proxy.arm(fault)
        with pytest.raises(SyncUnreachable):
            laptop.sync.sync()
        assert fault.fired.is_set()

        laptop.history.erase("contact", forgotten)
        laptop.sync.sync()
        office.sync.sync()
        assert set(contacts_of(office)) == set(contacts_of(laptop)) == {kept}
        assert laptop.sync.status().pending == 0
        for services in (laptop, office):
            services.close()
