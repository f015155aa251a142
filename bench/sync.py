"""Sync on loopback with 100,000 contacts: a new device's first sync, a sync with nothing to do, a sync of 100 edits,
and ten devices syncing at once. Prints figures, asserts nothing.

    python bench/sync.py                       # 100,000 contacts, SQLite server, 3 runs
    python bench/sync.py --contacts 5000       # a quick run
    python bench/sync.py --postgres            # the server on a throwaway PostgreSQL cluster (needs its binaries)

Everything is real: the server is `python -m cardfile serve` in a process of its own on 127.0.0.1, keeping its
state in SQLite (`--data`) or PostgreSQL (`--database`); every device is a database file of its own that syncs
through SyncService over HTTP; the ten concurrent devices are ten processes.

Setup: device A gets N people, and N/20 companies three in four of them work for, through the bulk path of
bench/generate.py (ContactService.create_many, change log and search index on), then syncs, pushing them all.
That initial push is shown but has no budget. Then:

1. first sync of a new device: sign-in, handshake, the snapshot of current values page by page, each page applied
   and committed. Each of the ten devices of scenario 4 does it in turn, alone on the machine.
2. nothing to do: a sync of device B (the first new device) and of A when neither side has anything new.
3. 100 edits: A changes the title of 100 people (100 actions) and syncs (its push, and a pull that brings its
   own entries back); then B syncs and pulls them.
4. ten devices: each changes the title of some people, one of whom every device changes (concurrent edits of
   one field: conflicts), then all ten sync at the same moment; several rounds. Every sync is shown.

Each figure is the median over its runs; the machine's load and the CPU time of the device (this process) and of
the server process are shown beside it, since on a machine busy with other work wall-clock time is not the sync's
alone. Sizes are entries and bytes on the wire (HTTP bodies) and the database files.

Budgets (loopback, 2-core machine, 100,000 contacts): first sync <= 30 s; nothing to do <= 200 ms; 100 edits
<= 1 s for A's sync and for B's; ten devices: every sync <= 5 s.
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import platform
import random
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil

from bench.generate import Generator, create_companies, create_contacts
from cardfile.domain.models import ContactUpdate
from cardfile.services import Services, open_database

USER = "bench"
PASSWORD = "bench-password-1"
BUDGET_FIRST_SYNC = 30.0
BUDGET_NOTHING = 0.200
BUDGET_EDITS = 1.0
BUDGET_CONCURRENT = 5.0
NOTHING_RUNS = 10  # a sync with nothing to do is cheap: more runs, steadier median
SERVER_START_SECONDS = 60.0
WORKER_WAIT_SECONDS = 1800.0


# ----- measuring -----


class Wire:
    """Bytes this process sent over HTTP (headers and bodies) and received (bodies), counted in http.client."""

    sent = 0
    received = 0


def count_wire_bytes() -> None:
    """Count what crosses the wire by wrapping http.client, which the sync transport uses (benchmark only)."""
    if getattr(http.client.HTTPConnection.send, "counts_wire", False):
        return
    send, read = http.client.HTTPConnection.send, http.client.HTTPResponse.read

    def counting_send(self: http.client.HTTPConnection, data: Any) -> None:
        Wire.sent += len(data)
        send(self, data)

    def counting_read(self: http.client.HTTPResponse, amt: int | None = None) -> bytes:
        data = read(self, amt)
        Wire.received += len(data)
        return data

    counting_send.counts_wire = True  # type: ignore[attr-defined]
    http.client.HTTPConnection.send = counting_send  # type: ignore[method-assign]
    http.client.HTTPResponse.read = counting_read  # type: ignore[method-assign]


def use_memory_keyring() -> None:
    """Device tokens in memory: a benchmark must not write to the keyring of the person running it."""
    import keyring
    from tests.helpers import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())


@dataclass
class SyncTime:
    """One sync as the device saw it."""

    seconds: float
    push_seconds: float  # until the last batch was confirmed (0 when there was nothing to push)
    cpu: float  # CPU seconds of the device's process
    server_cpu: float  # CPU seconds of the server process meanwhile (0 when others synced at the same time)
    pushed: int
    pulled: int
    conflicts: int
    sent: int
    received: int


def timed_sync(services: Services, server_cpu: Callable[[], float] = lambda: 0.0) -> SyncTime:
    marks: dict[str, float] = {}

    def progress(stage: str, _count: int) -> None:
        marks[stage] = time.perf_counter()

    sent, received = Wire.sent, Wire.received
    server_before, cpu = server_cpu(), time.process_time()
    started = time.perf_counter()
    report = services.sync.sync(password=PASSWORD, progress=progress)
    seconds = time.perf_counter() - started
    return SyncTime(
        seconds=seconds,
        push_seconds=marks["push"] - started if "push" in marks else 0.0,
        cpu=time.process_time() - cpu,
        server_cpu=server_cpu() - server_before,
        pushed=report.pushed,
        pulled=report.pulled,
        conflicts=report.conflicts,
        sent=Wire.sent - sent,
        received=Wire.received - received,
    )


def _cpu_of(pid: int) -> float:
    times = psutil.Process(pid).cpu_times()
    return float(times.user + times.system)


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def mib(size: float) -> str:
    return f"{size / 2**20:,.1f} MiB"


def file_size(path: Path) -> int:
    """A SQLite database's size on disk, its write-ahead log included."""
    return sum(p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists())


# ----- the server -----


@dataclass
class Server:
    url: str
    pid: int
    size: Callable[[], int]  # bytes its database takes

    def cpu(self) -> float:
        return _cpu_of(self.pid)


@dataclass
class ServerDatabase:
    """Where the server keeps its state: the `serve` options that name it, its SQLAlchemy URL, and its size."""

    where: list[str]
    url: str
    size: Callable[[], int]  # bytes it takes
    postmaster: int | None = None  # PostgreSQL's own process, whose CPU time is not the server's


def server_database(folder: Path, stack: ExitStack, *, postgres: bool, durable: bool = False) -> ServerDatabase:
    """SQLite in `folder`, or a database in a new PostgreSQL cluster that lives as long as `stack` (with `durable`,
    committed as a real office's would be: fsync on, rather than the test suite's fast settings)."""
    from cardfile.server.storage import url_for

    if not postgres:
        data = folder / "server"
        return ServerDatabase(["--data", str(data)], url_for(data), lambda: file_size(data / "server.db"))
    from tests.server.postgres import postgres_cluster

    settings = {"fsync": "on", "synchronous_commit": "on", "full_page_writes": "on"} if durable else None
    cluster = stack.enter_context(postgres_cluster(settings))
    url = cluster.create_database()
    postmaster = int((cluster.data_dir / "postmaster.pid").read_text().splitlines()[0])
    return ServerDatabase(["--database", url], url, lambda: _postgres_size(url), postmaster)


def start_server(database: ServerDatabase, folder: Path, stack: ExitStack, *, name: str = "server") -> Server:
    """`cardfile serve` on a free loopback port over `database`, until `stack` closes; its output in NAME.log."""
    from tests.server.process import free_port, run_process

    port = free_port()
    process = stack.enter_context(
        run_process(
            [sys.executable, "-m", "cardfile", "serve", *database.where, "--port", str(port)],
            dict(os.environ),
            f"http://127.0.0.1:{port}/v1/health",
            SERVER_START_SECONDS,
            output=folder / f"{name}.log",
        )
    )
    return Server(f"http://127.0.0.1:{port}", process.pid, database.size)


@contextmanager
def sync_server(folder: Path, *, postgres: bool, existing: bool = False) -> Iterator[Server]:
    """`cardfile serve` on a free loopback port with one user, over SQLite in `folder` or a new PostgreSQL cluster
    (`existing`: the SQLite database in `folder` has the user and the data of an earlier run)."""
    with ExitStack() as stack:
        database = server_database(folder, stack, postgres=postgres)
        if not existing:
            env = {**os.environ, "CARDFILE_PASSWORD": PASSWORD}
            subprocess.run(
                [sys.executable, "-m", "cardfile", "server", "user", "add", USER, *database.where],
                env=env,
                check=True,
                capture_output=True,
            )
        yield start_server(database, folder, stack)


def _postgres_size(url: str) -> int:
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    return int(row[0]) if row else 0


# ----- devices -----


def open_device(path: Path, server: str) -> Services:
    services = open_database(path, auto_backup=False)
    services.sync.configure(server=server, user=USER)
    return services


def edit_titles(services: Services, edits: Sequence[tuple[str, str]]) -> None:
    """Each edit is one action, as a person makes them: a new title for one person."""
    for contact_id, title in edits:
        services.contacts.update(contact_id, ContactUpdate(title=title))


@dataclass
class DeviceA:
    services: Services
    contact_ids: list[str]
    generate_seconds: float
    initial: SyncTime


def set_up_device_a(path: Path, server: Server, contacts: int, seed: int) -> DeviceA:
    """Device A: N people and N/20 companies through the bulk path, then the sync that pushes them all."""
    services = open_device(path, server.url)
    started = time.perf_counter()
    gen = Generator(seed)
    companies = create_companies(services, gen, max(1, contacts // 20))
    made = create_contacts(services, gen, contacts, companies)
    generated = time.perf_counter() - started
    initial = timed_sync(services, server.cpu)
    return DeviceA(services, [p.id for p in made.people], generated, initial)


def change_count(services: Services) -> int:
    with services.db.read() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM change").scalar_one())


def title_of(services: Services, contact_id: str) -> str:
    return services.contacts.get(contact_id).title or ""


# ----- ten devices at once -----


@dataclass
class RoundPlan:
    """What one device does in one round: the titles it changes before everyone syncs."""

    edits: list[tuple[str, str]]


def plan_rounds(
    contact_ids: Sequence[str], devices: int, rounds: int, per_device: int, rng: random.Random
) -> list[list[RoundPlan]]:
    """Per device, per round: `per_device` title changes, the first of them to one person every device changes."""
    plans: list[list[RoundPlan]] = [[] for _ in range(devices)]
    for round_number in range(1, rounds + 1):
        shared = rng.choice(contact_ids)
        for device in range(devices):
            own = rng.sample(contact_ids, per_device - 1)
            edits = [(shared, f"Round {round_number} title from device {device + 1}")]
            edits += [(cid, f"Title {round_number}.{device + 1}.{i}") for i, cid in enumerate(own)]
            plans[device].append(RoundPlan(edits))
    return plans


def device_worker(number: int, path: str, server: str, plan: list[RoundPlan], barrier: Any, results: Any) -> None:
    """One device in a process of its own: per round, make its edits, wait for the others, sync, report."""
    use_memory_keyring()
    count_wire_bytes()
    try:
        with open_database(Path(path), auto_backup=False) as services:
            services.sync.sign_in(PASSWORD)
            for round_number, work in enumerate(plan, 1):
                edit_titles(services, work.edits)
                barrier.wait(WORKER_WAIT_SECONDS)  # everyone has edited: go
                results.put((number, round_number, timed_sync(services)))
                barrier.wait(WORKER_WAIT_SECONDS)  # everyone has synced: next round
    except BaseException as exc:
        barrier.abort()
        results.put((number, 0, f"{type(exc).__name__}: {exc}"))
        raise


def run_devices_at_once(
    paths: Sequence[Path], server: Server, plans: list[list[RoundPlan]]
) -> dict[int, list[SyncTime]]:
    """Ten processes, one per device; returns each round's syncs, by round."""
    spawn = multiprocessing.get_context("spawn")  # never fork a process with open databases
    barrier = spawn.Barrier(len(paths))
    results = spawn.Queue()
    workers = [
        spawn.Process(target=device_worker, args=(i + 1, str(p), server.url, plans[i], barrier, results))
        for i, p in enumerate(paths)
    ]
    for worker in workers:
        worker.start()
    by_round: dict[int, list[SyncTime]] = {}
    expected = len(paths) * len(plans[0])
    try:
        for _ in range(expected):
            number, round_number, outcome = results.get(timeout=WORKER_WAIT_SECONDS)
            if isinstance(outcome, str):
                raise SystemExit(f"device {number} failed: {outcome}")
            by_round.setdefault(round_number, []).append(outcome)
    finally:
        for worker in workers:
            worker.join(60)
            if worker.is_alive():
                worker.kill()
    return by_round


# ----- the report -----


@dataclass
class Figure:
    """One scenario's runs, shown as a median against its budget."""

    name: str
    runs: list[SyncTime]
    budget: float | None
    seconds: Callable[[SyncTime], float] = lambda t: t.seconds
    notes: list[str] = field(default_factory=list)

    def median(self) -> float:
        return statistics.median(self.seconds(t) for t in self.runs)

    def line(self) -> str:
        median = self.median()
        budget = f"<= {_short(self.budget)}" if self.budget is not None else "-"
        verdict = "" if self.budget is None else ("ok" if median <= self.budget else "OVER")
        worst = max(self.seconds(t) for t in self.runs)
        runs = self.runs
        return (
            f"{self.name:<34}{len(runs):>5}{_short(median):>10}{_short(worst):>10}{budget:>11}  {verdict:<5}"
            f"{_median(runs, lambda t: t.cpu):>9.2f}{_median(runs, lambda t: t.server_cpu):>9.2f}"
            f"{_median(runs, lambda t: t.pushed):>11,.0f}{_median(runs, lambda t: t.pulled):>11,.0f}"
            f"{_median(runs, lambda t: t.sent) / 1024:>10,.0f}{_median(runs, lambda t: t.received) / 1024:>10,.0f}"
        )


def _median(runs: Sequence[SyncTime], get: Callable[[SyncTime], float]) -> float:
    return statistics.median(get(t) for t in runs)


def _short(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def describe(t: SyncTime) -> str:
    push = f" (push {_short(t.push_seconds)})" if t.pushed else ""
    return (
        f"{_short(t.seconds)}{push}: pushed {t.pushed:,}, pulled {t.pulled:,}, conflicts {t.conflicts}; "
        f"sent {t.sent / 1024:,.0f} KiB, received {t.received / 1024:,.0f} KiB; CPU device {t.cpu:.2f} s"
        + (f", server {t.server_cpu:.2f} s" if t.server_cpu else "")
        + f"; load {load()}"
    )


def print_table(figures: Sequence[Figure]) -> None:
    print(
        f"\n{'':<34}{'runs':>5}{'median':>10}{'worst':>10}{'budget':>11}  {'':<5}{'CPU dev':>9}{'server':>9}"
        f"{'pushed':>11}{'pulled':>11}{'sent KiB':>10}{'recv KiB':>10}"
    )
    for figure in figures:
        print(figure.line())
        for note in figure.notes:
            print(f"    {note}")
    print(
        "(medians; CPU columns are CPU seconds of the device's process and of the server's Python process, without "
        "PostgreSQL's own)"
    )


def environment() -> str:
    return (
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
        f"{platform.machine()} {platform.system()}"
    )


# ----- the benchmark -----


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--contacts", type=int, default=100_000, help="people on device A (default 100,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of the 100-edit sync and rounds of ten devices")
    parser.add_argument("--devices", type=int, default=10, help="devices syncing at once (default 10)")
    parser.add_argument("--edits", type=int, default=100, help="edits on A before its timed sync (default 100)")
    parser.add_argument("--device-edits", type=int, default=10, help="edits per device per round (default 10)")
    parser.add_argument("--postgres", action="store_true", help="the server keeps its data in PostgreSQL")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="work here instead of a temporary folder")
    parser.add_argument(
        "--first-only",
        action="store_true",
        help="only the setup and scenario 1 (each device's first sync, then its search index built)",
    )
    parser.add_argument(
        "--server-data",
        type=Path,
        metavar="DIR",
        help="with --first-only: keep the server's SQLite database in DIR and, when it is there already (from an "
        "earlier run), start from it instead of setting up device A again",
    )
    args = parser.parse_args(argv)
    if args.server_data and (args.postgres or not args.first_only):
        parser.error("--server-data goes with --first-only, on SQLite")

    use_memory_keyring()
    count_wire_bytes()
    # `kill PID` stops the benchmark cleanly: its server stops and its temporary folder goes.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    backend = "PostgreSQL" if args.postgres else "SQLite"
    print(f"{environment()}; server on {backend}; load average at start {load()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="cardfile-sync-bench-", dir=args.dir) as temp:
        folder = Path(temp)
        os.environ["CARDFILE_HOME"] = str(folder / "home")
        kept = args.server_data is not None and (args.server_data / "server" / "server.db").exists()
        with sync_server(args.server_data or folder, postgres=args.postgres, existing=kept) as server:
            print(f"server: process {server.pid} at {server.url}", flush=True)
            figures = first_only(args, folder, server, kept) if args.first_only else run_scenarios(args, folder, server)
    print(f"\n{args.contacts:,} contacts, server on {backend}; load average at the end {load()}")
    print_table(figures)
    return 0


def run_scenarios(args: argparse.Namespace, folder: Path, server: Server) -> list[Figure]:
    rng = random.Random(args.seed)
    print(f"\nSetup: {args.contacts:,} people and {max(1, args.contacts // 20):,} companies on device A …", flush=True)
    a = set_up_device_a(folder / "a.db", server, args.contacts, args.seed)
    print(
        f"  generated in {a.generate_seconds:.1f} s: {change_count(a.services):,} change-log entries, "
        f"A is {mib(file_size(folder / 'a.db'))}\n  initial sync of A {describe(a.initial)}\n"
        f"  server database {mib(server.size())}",
        flush=True,
    )
    push_note = f"of which the push {_short(a.initial.push_seconds)}; the rest pulls the snapshot of what A just pushed"
    figures = [Figure("setup: A pushes everything", [a.initial], None, notes=[push_note])]

    paths = [folder / f"device-{i + 1}.db" for i in range(args.devices)]
    figures += first_syncs(paths, server)
    with open_device(paths[0], server.url) as b:
        checked = rng.choice(a.contact_ids)
        if title_of(b, checked) != title_of(a.services, checked) or b.contacts.count() != a.services.contacts.count():
            raise SystemExit("device B does not hold what A holds after its first sync: a benchmark of broken sync")
        figures += nothing_to_do(a.services, b, server)
        figures += edits_on_a(a, b, server, args.edits, args.runs, rng)
    plans = plan_rounds(a.contact_ids, args.devices, args.runs, args.device_edits, rng)
    figures.append(devices_at_once(paths, server, a, plans))
    a.services.close()
    print(f"\nserver database {mib(server.size())}; server CPU in all {server.cpu():.1f} s")
    return figures


def first_only(args: argparse.Namespace, folder: Path, server: Server, kept: bool) -> list[Figure]:
    """Setup (unless the server's data was kept from an earlier run) and scenario 1 alone."""
    figures = []
    if not kept:
        print(f"\nSetup: {args.contacts:,} people and {max(1, args.contacts // 20):,} companies on device A …")
        a = set_up_device_a(folder / "a.db", server, args.contacts, args.seed)
        print(f"  generated in {a.generate_seconds:.1f} s; initial sync of A {describe(a.initial)}", flush=True)
        figures.append(Figure("setup: A pushes everything", [a.initial], None))
        a.services.close()
    else:
        print(f"\nThe server's data kept from an earlier run: {mib(server.size())}", flush=True)
    paths = [folder / f"device-{i + 1}.db" for i in range(args.devices)]
    return [*figures, *first_syncs(paths, server)]


def first_syncs(paths: Sequence[Path], server: Server) -> list[Figure]:
    """1. Each new device's first sync, one device at a time; then, where the sync left it to a second step, its
    search index built (as the app does in the background and `cardfile sync` does right after the sync)."""
    print("\n1. First sync of a new device, one device at a time:", flush=True)
    first: list[SyncTime] = []
    built: list[SyncTime] = []
    for number, path in enumerate(paths, 1):
        with open_device(path, server.url) as device:
            first.append(timed_sync(device, server.cpu))
            print(f"  device {number}: {describe(first[-1])}; database {mib(file_size(path))}", flush=True)
            build = timed_index_build(device)
            if build is not None:
                built.append(build)
                print(f"    search index built after it: {_short(build.seconds)}, CPU {build.cpu:.2f} s", flush=True)
    figures = [Figure("1. first sync (new device)", first, BUDGET_FIRST_SYNC)]
    if built:
        figures.append(Figure("   then its search index built", built, None))
        both = [replace(f, seconds=f.seconds + b.seconds, cpu=f.cpu + b.cpu) for f, b in zip(first, built, strict=True)]
        figures.append(Figure("   first sync + search index", both, None))
    return figures


def timed_index_build(services: Services) -> SyncTime | None:
    """The search index a first sync left to build (None if it built it inline, as before #14's change)."""
    search = services.search
    if not hasattr(search, "prepare_index") or search.index_state().ready:
        return None
    cpu, started = time.process_time(), time.perf_counter()
    search.prepare_index()
    return SyncTime(time.perf_counter() - started, 0.0, time.process_time() - cpu, 0.0, 0, 0, 0, 0, 0)


def nothing_to_do(a: Services, b: Services, server: Server) -> list[Figure]:
    """2. Syncs of B and of A when neither side has anything new."""
    print(f"\n2. Nothing to do ({NOTHING_RUNS} runs each):", flush=True)
    idle_b = [timed_sync(b, server.cpu) for _ in range(NOTHING_RUNS)]
    idle_a = [timed_sync(a, server.cpu) for _ in range(NOTHING_RUNS)]
    print(f"  B: {', '.join(_short(t.seconds) for t in idle_b)}")
    print(f"  A: {', '.join(_short(t.seconds) for t in idle_a)}", flush=True)
    return [
        Figure("2. nothing to do, device B", idle_b, BUDGET_NOTHING),
        Figure("2. nothing to do, device A", idle_a, BUDGET_NOTHING),
    ]


def edits_on_a(a: DeviceA, b: Services, server: Server, count: int, runs: int, rng: random.Random) -> list[Figure]:
    """3. A changes `count` titles and syncs, then B syncs and pulls them; `runs` times."""
    print(f"\n3. {count} edits on A, then A syncs and B syncs ({runs} runs):", flush=True)
    pushes, pulls = [], []
    for run in range(1, runs + 1):
        edits = [(cid, f"Bench title {run}.{i}") for i, cid in enumerate(rng.sample(a.contact_ids, count))]
        edit_titles(a.services, edits)
        pushes.append(timed_sync(a.services, server.cpu))
        pulls.append(timed_sync(b, server.cpu))
        print(f"  run {run}: A {describe(pushes[-1])}\n         B {describe(pulls[-1])}", flush=True)
        if title_of(b, edits[-1][0]) != edits[-1][1]:
            raise SystemExit("device B did not get A's edit: a benchmark of broken sync is void")
    return [
        Figure(f"3. {count} edits: A's sync", pushes, BUDGET_EDITS),
        Figure("   of which A's push", pushes, None, seconds=lambda t: t.push_seconds),
        Figure(f"3. {count} edits: B's sync (pull)", pulls, BUDGET_EDITS),
    ]


def devices_at_once(paths: Sequence[Path], server: Server, a: DeviceA, plans: list[list[RoundPlan]]) -> Figure:
    """4. All devices edit, then sync at the same moment, round after round."""
    edits = len(plans[0][0].edits)
    print(
        f"\n4. {len(paths)} devices at once, {edits} edits each per round (one person edited by all), "
        f"{len(plans[0])} rounds:",
        flush=True,
    )
    concurrent: list[SyncTime] = []
    for round_number, syncs in sorted(run_devices_at_once(paths, server, plans).items()):
        concurrent += syncs
        times = sorted(t.seconds for t in syncs)
        print(
            f"  round {round_number}: {', '.join(_short(s) for s in times)}; max {_short(times[-1])}, median "
            f"{_short(statistics.median(times))}; CPU per device (median) {_median(syncs, lambda t: t.cpu):.2f} s; "
            f"pulled {sum(t.pulled for t in syncs):,}; conflicts learned, summed over the devices: "
            f"{sum(t.conflicts for t in syncs)}; load {load()}",
            flush=True,
        )
    figure = Figure(f"4. {len(paths)} devices at once, each sync", concurrent, BUDGET_CONCURRENT)
    worst = max(t.seconds for t in concurrent)
    within = "within" if worst <= BUDGET_CONCURRENT else "NOT within"
    figure.notes.append(f"every sync {within} budget: worst {_short(worst)}")
    figure.notes.append(converged(paths, server, a, plans))
    return figure


def converged(paths: Sequence[Path], server: Server, a: DeviceA, plans: list[list[RoundPlan]]) -> str:
    """After one more sync each, every device must hold the same titles for the people edited by all."""
    shared = sorted({plan[r].edits[0][0] for plan in plans for r in range(len(plan))})
    holders = [a.services]
    with ExitStack() as stack:
        for path in paths:
            holders.append(stack.enter_context(open_device(path, server.url)))
            holders[-1].sync.sign_in(PASSWORD)  # its process signed in anew, which revoked what this one holds
        for services in [*holders, *holders]:  # twice: conflicts a device noticed travel on its next sync
            services.sync.sync(password=PASSWORD)
        views = {tuple(title_of(s, cid) for cid in shared) for s in holders}
        conflicts = {len(s.sync.conflicts(include_resolved=True)) for s in holders}
    same = "every device holds the same titles" if len(views) == 1 else "DEVICES DISAGREE"
    return (
        f"after one more sync each: {same} for the {len(shared)} people all edited; conflicts each device holds: "
        f"{', '.join(str(c) for c in sorted(conflicts))}"
    )


if __name__ == "__main__":
    raise SystemExit(main())
