"""How long Stop takes when the sync server took the connection and never answers. Prints figures, asserts nothing.

    python bench/stop.py             # 5 runs of each case
    python bench/stop.py --runs 10

Each case starts a real sync against a server that hangs, waits until the request is on its way, then stops it and
times how long until the sync has ended:

- service, silent server: `SyncService.sync(cancelled=event)` against a socket that accepts, reads and never
  answers; the time from `event.set()` to `sync` raising SyncStopped;
- service, page held back: a new device's first sync through a proxy that holds back the third snapshot page of a
  real `cardfile serve` (the wait is on the thread that fetches pages ahead);
- command line: a real `cardfile sync` process against the silent server, sent SIGINT (Ctrl+C), then SIGTERM; the
  time from the signal to the process's exit;
- app: the main window (offscreen) syncing against the silent server; the time from a click on Stop in the status
  bar to the window being idle again (no sync running, the task indicator hidden).

Budget: stops within 1 s (issue #14); before the change, every case but Ctrl+C on the command line waited for the
transport's 60 s timeout (SIGTERM killed the command on the spot).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.server.proxy import Fault, fault_proxy, silent_server

from bench.sync import PASSWORD, USER, environment, load, sync_server, use_memory_keyring
from cardfile.domain.errors import SyncStopped
from cardfile.domain.models import ContactCreate, validate
from cardfile.services import Services, open_database
from cardfile.services import sync as sync_service

BUDGET = 1.0
WAIT = 60.0


def device(path: Path, server: str, contacts: int = 3) -> Services:
    services = open_database(path, auto_backup=False)
    services.sync.configure(server=server, user=USER)
    if contacts:
        services.contacts.create_many(
            [validate(ContactCreate, given=f"Given {i}", family="Waiting") for i in range(contacts)]
        )
    return services


def stopped_sync(services: Services, started: threading.Event | Callable[[], bool]) -> float:
    """Sync on a thread, stop it once `started` says the request is on its way; seconds from stop to its end."""
    stop = threading.Event()
    ended: list[float] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            services.sync.sync(password=PASSWORD, cancelled=stop)
        except BaseException as exc:
            errors.append(exc)
        ended.append(time.perf_counter())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    if isinstance(started, threading.Event):
        started.wait(WAIT)
    else:
        deadline = time.monotonic() + WAIT
        while not started() and time.monotonic() < deadline:
            time.sleep(0.01)
    time.sleep(0.2)  # the device waits for the answer now
    pressed = time.perf_counter()
    stop.set()
    thread.join(2 * WAIT)
    if not errors or not isinstance(errors[0], SyncStopped):
        raise SystemExit(f"the sync did not stop as it should: {errors}")
    return ended[0] - pressed


def service_silent(folder: Path, runs: int) -> list[float]:
    times = []
    for run in range(runs):
        with silent_server() as silent, device(folder / f"silent-{run}.db", silent.url) as services:
            times.append(stopped_sync(services, silent.request_seen))
    return times


def service_page_held(folder: Path, runs: int) -> list[float]:
    sync_service.SNAPSHOT_RECORDS = 100
    times = []
    with sync_server(folder, postgres=False) as server:
        with device(folder / "writer.db", server.url, contacts=500) as writer:
            writer.sync.sync(password=PASSWORD)
        port = int(server.url.rsplit(":", 1)[1])
        for run in range(runs):
            with fault_proxy(port) as proxy, device(folder / f"new-{run}.db", proxy.url, contacts=0) as services:
                fault = Fault("/v1/snapshot", 3, "response", 0, hold=True)
                proxy.arm(fault)
                times.append(stopped_sync(services, fault.fired))
    return times


def command_line(folder: Path, runs: int, sent: signal.Signals) -> list[float]:
    times = []
    env = {**os.environ, "CARDFILE_PASSWORD": PASSWORD, "PYTHONIOENCODING": "utf-8"}
    for run in range(runs):
        path = folder / f"cli-{sent.name}-{run}.db"
        with silent_server() as silent:
            device(path, silent.url).close()
            process = subprocess.Popen(
                [sys.executable, "-m", "cardfile", "--db", str(path), "sync"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                text=True,
            )
            silent.request_seen.wait(WAIT)
            time.sleep(0.2)
            pressed = time.perf_counter()
            process.send_signal(sent)
            _out, err = process.communicate(timeout=2 * WAIT)
            times.append(time.perf_counter() - pressed)
            if process.returncode != 128 + sent:
                raise SystemExit(f"cardfile sync ended with {process.returncode}: {err}")
    return times


def app(folder: Path, runs: int) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from cardfile import resources
    from cardfile.ui.event_bridge import EventBridge
    from cardfile.ui.icons import Icons
    from cardfile.ui.main_window import MainWindow

    application = QApplication.instance() or QApplication([])

    def until(condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + WAIT
        while not condition():
            if time.monotonic() > deadline:
                raise SystemExit("the window did not get there in time")
            application.processEvents()
            time.sleep(0.001)

    times = []
    for run in range(runs):
        with ExitStack() as stack:
            silent = stack.enter_context(silent_server())
            services = stack.enter_context(device(folder / f"app-{run}.db", silent.url))
            bridge = EventBridge(services.db.events)
            stack.callback(bridge.close)
            settings = QSettings(str(folder / f"ui-{run}.ini"), QSettings.Format.IniFormat)
            window = MainWindow(services, bridge=bridge, settings=settings, icons=Icons(resources.icons_dir()))
            window.show()
            indicator = window.task_indicator
            window.sync_now_action.trigger()
            until(lambda: silent.request_seen.is_set() and indicator.isVisible())  # noqa: B023 (used at once)
            until(lambda: indicator.cancel_button.isVisible())  # noqa: B023
            pause = time.monotonic() + 0.2
            until(lambda: time.monotonic() > pause)  # noqa: B023
            pressed = time.perf_counter()
            indicator.cancel_button.click()
            until(lambda: not window.sync.syncing and not indicator.isVisible())  # noqa: B023
            times.append(time.perf_counter() - pressed)
            window.tasks.shutdown(5000)
            window.close()
            window.deleteLater()
            application.processEvents()
    return times


def line(name: str, times: Sequence[float]) -> str:
    median, worst = statistics.median(times), max(times)
    verdict = "ok" if worst <= BUDGET else "OVER"
    return (
        f"{name:<44}{len(times):>5}{median * 1000:>10.0f}{worst * 1000:>10.0f}   <= {BUDGET * 1000:.0f} ms  {verdict}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each case (default 5)")
    args = parser.parse_args(argv)
    use_memory_keyring()
    print(f"{environment()}; load average at start {load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="cardfile-stop-bench-") as temp:
        folder = Path(temp)
        os.environ["CARDFILE_HOME"] = str(folder / "home")
        figures = [
            ("service, silent server", service_silent(folder, args.runs)),
            ("service, third snapshot page held back", service_page_held(folder, args.runs)),
            ("cardfile sync, Ctrl+C (SIGINT)", command_line(folder, args.runs, signal.SIGINT)),
            ("cardfile sync, SIGTERM", command_line(folder, args.runs, signal.SIGTERM)),
            ("app: Stop in the status bar to an idle window", app(folder, args.runs)),
        ]
    print(f"\nload average at the end {load()}")
    print(f"{'from Stop to the sync ended':<44}{'runs':>5}{'median':>10}{'worst':>10}   (ms)")
    for name, times in figures:
        print(line(name, times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
