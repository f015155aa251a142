"""Stop during a sync to a server that took the connection and never answers (issue #14): the sync ends at once
instead of after the transport's 60 s timeout, and loses nothing — what the server confirmed stays confirmed, the
rest waits in the outbox, the pages pulled stay applied. From the service, and from a real `cardfile sync` process
stopped with Ctrl+C (SIGINT) or SIGTERM. The app's Stop button is in tests/gui/test_sync_ui.py.

The silent server is a socket that accepts and reads and never writes; the server that hangs part-way is a real
`cardfile serve` behind a proxy that holds one answer back (tests/server/proxy.py).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.errors import SyncStopped
from cardfile.services import open_database
from cardfile.services import sync as sync_service
from cardfile.services.sync_transport import TIMEOUT_SECONDS
from tests.server.proxy import Fault, fault_proxy, silent_server
from tests.server.test_faults import (
    PASSWORD,
    Server,
    add_contacts,
    assert_held_once,
    assert_same_contacts_once,
    device,
    own_changes,
)

# Far below the transport's timeout, far above what a stop takes on a busy machine: a stop that waits for the
# timeout fails, a slow machine does not. How long a stop takes is measured by bench/stop.py, not asserted here.
STOP_WITHIN = 10.0
assert STOP_WITHIN < TIMEOUT_SECONDS / 2
WAIT = 60.0


class Outcome:
    """What a sync running on a thread of its own came to: a result or an error, and when."""

    def __init__(self, run: Callable[[], Any]) -> None:
        self.result: Any = None
        self.error: BaseException | None = None
        self.ended_at = 0.0
        self._thread = threading.Thread(target=self._run, args=(run,), daemon=True)
        self._thread.start()

    def _run(self, run: Callable[[], Any]) -> None:
        try:
            self.result = run()
        except BaseException as exc:
            self.error = exc
        finally:
            self.ended_at = time.monotonic()

    def wait(self, timeout: float) -> bool:
        self._thread.join(timeout)
        return not self._thread.is_alive()


def stop_and_time(stop: threading.Event, outcome: Outcome) -> float:
    pressed = time.monotonic()
    stop.set()
    assert outcome.wait(STOP_WITHIN), f"the sync was still running {STOP_WITHIN:g} s after Stop"
    return outcome.ended_at - pressed


# ----- the service -----


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_stop_ends_a_sync_waiting_for_a_server_that_never_answers(tmp_path: Path, scheme: str) -> None:
    """Regression (#14): Stop waited for the transport's 60 s timeout when the server took the connection and never
    answered. Over https the wait is in the TLS handshake, which the server never completes."""
    with silent_server() as silent:
        laptop = device(tmp_path / "laptop.db", f"{scheme}://127.0.0.1:{silent.port}")
        add_contacts(laptop, 3, "waiting")
        before = laptop.sync.status()
        stop = threading.Event()
        outcome = Outcome(lambda: laptop.sync.sync(password=PASSWORD, cancelled=stop))
        assert silent.request_seen.wait(WAIT)
        time.sleep(0.2)  # the device is waiting for the answer now, not still sending
        stop_and_time(stop, outcome)
    assert isinstance(outcome.error, SyncStopped), outcome.error
    after = laptop.sync.status()
    assert after.pending == before.pending > 0  # every change still waits for the next sync
    assert after.last_error is None and not after.offline  # a stop is no failure: the status bar does not say so
    assert after.last_sync is None
    laptop.close()


def test_a_plain_check_still_stops_between_steps_and_never_aborts_a_request(tmp_path: Path) -> None:
    """`cancelled` as a plain function is asked between batches and pages only (the convergence test counts its
    calls): it keeps working as before, and a sync that stops that way returns what it did."""
    server = Server(f"sqlite:///{tmp_path}/server.db", tmp_path)
    with server.running():
        laptop = device(tmp_path / "laptop.db", server.address)
        add_contacts(laptop, 5, "plain")
        report = laptop.sync.sync(password=PASSWORD, cancelled=lambda: True)
        assert report.pushed == 0 and laptop.sync.status().pending > 0
        laptop.sync.sync(password=PASSWORD)
        assert_held_once(server, laptop)
        laptop.close()


def test_stop_while_the_server_holds_its_answer_to_a_push_keeps_what_it_confirmed(tmp_path: Path) -> None:
    """The first batch is confirmed, the second reaches the server, which never answers: Stop keeps the first as
    pushed and the rest in the outbox; the next sync sends the second batch again and the server holds each change
    once."""
    server = Server(f"sqlite:///{tmp_path}/server.db", tmp_path)
    with server.running(), fault_proxy(server.port) as proxy:
        laptop = device(tmp_path / "laptop.db", proxy.url)
        add_contacts(laptop, 500, "push")  # 4,500 changes: three batches
        made = len(own_changes(laptop))
        fault = Fault("/v1/push", 2, "response", 0, hold=True)
        proxy.arm(fault)
        stop = threading.Event()
        outcome = Outcome(lambda: laptop.sync.sync(password=PASSWORD, cancelled=stop))
        assert fault.fired.wait(WAIT)
        stop_and_time(stop, outcome)
        assert isinstance(outcome.error, SyncStopped), outcome.error
        pending = laptop.sync.status().pending
        held = len(server.entries_by(laptop.db.store.device_id))
        assert 0 < made - pending < held  # the first batch confirmed; the second arrived, unconfirmed, so it waits
        laptop.sync.configure(server=server.address)  # the server itself, without the proxy
        laptop.sync.sync(password=PASSWORD)
        assert_held_once(server, laptop)
        laptop.close()


def test_stop_while_the_server_holds_a_snapshot_page_keeps_the_pages_applied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new device's first sync: pages 1 and 2 applied, page 3 never comes. Stop keeps the two pages and where
    they ended, and the next sync goes on from there (the pages come from the thread that fetches ahead)."""
    monkeypatch.setattr(sync_service, "SNAPSHOT_RECORDS", 100)
    server = Server(f"sqlite:///{tmp_path}/server.db", tmp_path)
    with server.running(), fault_proxy(server.port) as proxy:
        writer = device(tmp_path / "writer.db", server.address)
        add_contacts(writer, 500, "pages")
        writer.sync.sync(password=PASSWORD)
        newcomer = device(tmp_path / "newcomer.db", proxy.url)
        fault = Fault("/v1/snapshot", 3, "response", 0, hold=True)
        proxy.arm(fault)
        stop = threading.Event()
        outcome = Outcome(lambda: newcomer.sync.sync(password=PASSWORD, cancelled=stop))
        assert fault.fired.wait(WAIT)
        time.sleep(0.5)  # the second page is applied while the third is awaited
        stop_and_time(stop, outcome)
        assert isinstance(outcome.error, SyncStopped), outcome.error
        assert newcomer.contacts.count() == 200
        assert newcomer.db.setting(sync_service.SNAPSHOT) is not None  # where the snapshot goes on from
        newcomer.sync.configure(server=server.address)
        report = newcomer.sync.sync(password=PASSWORD)
        assert report.pulled > 0
        assert_same_contacts_once(newcomer, writer)
        newcomer.close()
        writer.close()


# ----- the command line -----


def start_cardfile_sync(path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "CARDFILE_PASSWORD": PASSWORD, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "cardfile", "--db", str(path), "sync"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def signal_and_wait(process: subprocess.Popen[str], sent: signal.Signals) -> tuple[str, str]:
    try:
        process.send_signal(sent)
        return process.communicate(timeout=STOP_WITHIN)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def stopped_line(sent: signal.Signals, pending: int) -> str:
    return (
        f"cardfile: sync stopped ({sent.name}); what the server confirmed is kept, {pending} change(s) wait for the "
        "next sync"
    )


@pytest.mark.parametrize(("sent", "status"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)], ids=["ctrl-c", "sigterm"])
def test_ctrl_c_or_sigterm_stops_cardfile_sync_while_the_server_holds_a_page(
    tmp_path: Path, sent: signal.Signals, status: int
) -> None:
    """Regression (#14): Ctrl+C on `cardfile sync` waited for the 60 s timeout while the thread fetching pages
    ahead waited for a page the server never sent, and SIGTERM killed it on the spot. Both now end it at once and
    cleanly: the push the server confirmed stays confirmed, the database is closed, the next sync goes on."""
    path = tmp_path / "laptop.db"
    server = Server(f"sqlite:///{tmp_path}/server.db", tmp_path)
    with server.running(), fault_proxy(server.port) as proxy:
        writer = device(tmp_path / "writer.db", server.address)
        add_contacts(writer, 20, "office")
        writer.sync.sync(password=PASSWORD)
        with device(path, proxy.url) as laptop:
            add_contacts(laptop, 3, "cli")
        fault = Fault("/v1/snapshot", 1, "response", 0, hold=True)
        proxy.arm(fault)
        process = start_cardfile_sync(path)
        assert fault.fired.wait(WAIT), "cardfile sync never asked for the snapshot"
        time.sleep(0.2)
        out, err = signal_and_wait(process, sent)
        assert process.returncode == status, err
        assert err.strip().splitlines()[-1] == stopped_line(sent, 0), err  # after a note that no keyring keeps it
        assert "Traceback" not in err and out == ""
        with device(path, server.address) as laptop:
            assert laptop.sync.status().last_error is None
            assert_held_once(server, laptop)  # the push was confirmed before the stop, and only once
            laptop.sync.sync(password=PASSWORD)
            writer.sync.sync(password=PASSWORD)
            assert_same_contacts_once(laptop, writer)
        writer.close()


def test_ctrl_c_stops_cardfile_sync_waiting_for_a_silent_server(tmp_path: Path) -> None:
    """Nothing answers the handshake: Ctrl+C ends the command at once, and every change still waits."""
    path = tmp_path / "laptop.db"
    with silent_server() as silent:
        with device(path, silent.url) as services:
            add_contacts(services, 3, "cli")
            pending = services.sync.status().pending
        process = start_cardfile_sync(path)
        assert silent.request_seen.wait(WAIT), "cardfile sync never reached the server"
        time.sleep(0.2)
        _out, err = signal_and_wait(process, signal.SIGINT)
    assert process.returncode == 130, err
    assert err.strip().splitlines()[-1] == stopped_line(signal.SIGINT, pending), err
    with open_database(path, auto_backup=False) as services:
        after = services.sync.status()
        assert after.pending == pending and after.last_error is None
