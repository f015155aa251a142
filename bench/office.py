"""An office on one sync server: 50 devices, each editing now and then and syncing 20 times over 5 minutes, on two
server processes sharing one PostgreSQL database, then on one server over SQLite. Prints figures, asserts nothing.

    python bench/office.py                                  # both setups, 50 devices, 5 minutes each
    python bench/office.py --devices 10 --minutes 1         # a quick run
    python bench/office.py --setup postgres --devices 100   # one setup, a bigger office

Everything is real, as in bench/sync.py (whose pieces this reuses): every device is a process of its own with its own
database file, syncing through SyncService over HTTP on loopback as a person of its own (an office of 50 people,
one laptop each); every server is `python -m cardfile serve` in a process of its own. PostgreSQL is a throwaway
cluster started from the installed binaries, committing durably (fsync on), as an office's would.

Two servers get their connections from a round-robin TCP relay in this process, a load balancer in miniature: each
new connection goes to the next server. A device keeps one connection for a whole sync, so its syncs take turns
between the servers. The devices could instead alternate between two server addresses, but a device remembers one
server, and its sign-in is kept per server: what an office puts in front of several server processes is one
address and a load balancer, so that is what is measured. With one server the devices talk to it directly.

The office's records are made on a first device (`--contacts` people and a twentieth as many companies, through the
bulk path of bench/generate.py) and pushed. Then every device signs in and makes its first sync, all at once; those
syncs are shown apart. Then the timed part: each device syncs `--syncs` times over `--minutes`, once in each of as
many equal slots at a random moment of it (jitter), and makes `--edits` edits, each just before one of those syncs:
a person's title or department, a third of them (`--shared`) of one of `--hot` people the whole office keeps
changing, so that concurrent edits of one field meet on the server (conflicts). At the end every device syncs until
nothing moves, and every device's people and companies are compared, field by field, with the server's current
values: "converged" means all of them hold exactly what the server holds.

Figures: p50, p95 and the worst of every sync of the timed part, against the budget p95 <= 2 s; how late the syncs
started against their schedule (a machine too busy to keep up shows there first); the load average while it ran;
CPU seconds of the servers (and of PostgreSQL's processes). The machine's load is not the office's alone when other
work runs on it: the load average at the start says how busy it was before.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import queue
import random
import signal
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import psutil

from bench.generate import Generator, create_companies, create_contacts
from bench.sync import (
    PASSWORD,
    Server,
    ServerDatabase,
    SyncTime,
    count_wire_bytes,
    environment,
    load,
    mib,
    server_database,
    start_server,
    timed_sync,
    use_memory_keyring,
)
from cardfile.domain.errors import CardfileError
from cardfile.domain.models import ContactUpdate
from cardfile.domain.values import RecordType
from cardfile.services import Services, open_database

BUDGET_P95 = 2.0
WAIT_SECONDS = 3600.0
QUIET_ROUNDS = 6
FIRST_SYNC_ATTEMPTS = 5  # rounds of syncing every device at the end before giving up on "nothing moves"
OFFICE_USER = "office"  # who makes the office's records on the first device
EDITED_FIELDS = ("title", "department")
COMPARED = (RecordType.CONTACT, RecordType.COMPANY)
LOCAL_COLUMNS = frozenset({"id", "updated_at"})  # updated_at: when this device last wrote the row


def device_user(number: int) -> str:
    return f"person{number:03d}"


# ----- the load balancer -----


class RoundRobin:
    """A TCP relay on a loopback port that hands each new connection to the next server in turn (as a load
    balancer in TCP mode does), in a thread of its own with an asyncio loop."""

    def __init__(self, ports: Sequence[int]) -> None:
        self.ports = list(ports)
        self.connections: Counter[int] = Counter()
        self.port = 0
        self._turn = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._run, name="round-robin", daemon=True)
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the round-robin relay did not start")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._relay, "127.0.0.1", 0, backlog=512))
        self.port = int(self._server.sockets[0].getsockname()[1])
        self._ready.set()
        self._loop.run_forever()

    async def _relay(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        port = self.ports[self._turn % len(self.ports)]
        self._turn += 1
        self.connections[port] += 1
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            writer.close()  # nobody there: the device sees the connection close, as with a dead server
            return
        await asyncio.gather(_pipe(reader, upstream_writer), _pipe(upstream_reader, writer))

    def close(self) -> None:
        def stop() -> None:
            if self._server is not None:
                self._server.close()
            self._loop.stop()

        self._loop.call_soon_threadsafe(stop)
        self._thread.join(10)


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(1 << 16):
            writer.write(data)
            await writer.drain()
    except OSError:
        pass  # one side went away: the other follows
    finally:
        writer.close()


@contextmanager
def round_robin(servers: Sequence[Server]) -> Iterator[RoundRobin]:
    relay = RoundRobin([int(s.url.rsplit(":", 1)[1]) for s in servers])
    try:
        yield relay
    finally:
        relay.close()


# ----- what each device does -----


@dataclass(frozen=True)
class Slot:
    """One sync of the timed part: when, in seconds after its start, and the edit made just before it, if any."""

    at: float
    edit: tuple[str, str, str] | None = None  # person's id, field, new value


def plan_office(contact_ids: Sequence[str], args: argparse.Namespace, rng: random.Random) -> list[list[Slot]]:
    """Per device, its syncs in time order, some with an edit before them."""
    seconds = args.minutes * 60.0
    slot = seconds / args.syncs
    hot = rng.sample(list(contact_ids), min(args.hot, len(contact_ids)))
    plans = []
    for device in range(1, args.devices + 1):
        editing = set(rng.sample(range(args.syncs), min(args.edits, args.syncs)))
        slots = []
        for i in range(args.syncs):
            edit = None
            if i in editing:
                person = rng.choice(hot) if rng.random() < args.shared else rng.choice(contact_ids)
                name = rng.choice(EDITED_FIELDS)
                edit = (person, name, f"{name} {i + 1} from {device_user(device)}")
            slots.append(Slot((i + rng.uniform(0.05, 0.95)) * slot, edit))
        plans.append(slots)
    return plans


@dataclass
class Timed:
    """One sync of the timed part as its device saw it."""

    device: int
    sync: SyncTime
    late: float  # seconds after its planned moment that it started (the previous sync ran long, or the machine lagged)
    edited: bool


def office_device(number: int, path: str, url: str, slots: list[Slot], barrier: Any, results: Any) -> None:
    """One person's laptop, in a process of its own: first sync, wait for the office, then the timed syncs."""
    use_memory_keyring()
    count_wire_bytes()
    try:
        with open_database(Path(path), auto_backup=False) as services:
            services.sync.configure(server=url, user=device_user(number))
            for attempt in range(1, FIRST_SYNC_ATTEMPTS + 1):
                try:
                    results.put(("first", number, timed_sync(services)))
                    break
                except CardfileError as exc:  # told; then again, as the person would press Sync Now again
                    results.put(("error", number, f"first sync, attempt {attempt}: {exc.message}"))
                    if attempt == FIRST_SYNC_ATTEMPTS:
                        raise
                    time.sleep(random.uniform(1, 5))
            barrier.wait(WAIT_SECONDS)  # every device has the office's records: the timed part starts now
            start = time.monotonic()
            for i, slot in enumerate(slots):
                wait = start + slot.at - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
                if slot.edit is not None:
                    person, name, value = slot.edit
                    services.contacts.update(person, ContactUpdate.model_validate({name: value}))
                late = max(0.0, time.monotonic() - start - slot.at)
                try:
                    timed = timed_sync(services)
                except CardfileError as exc:  # said, and the next sync tries again, as the app's timer would
                    results.put(("error", number, f"sync {i + 1}: {exc.message}"))
                    continue
                results.put(("sync", number, Timed(number, timed, late, slot.edit is not None)))
    except BaseException as exc:
        barrier.abort()
        results.put(("failed", number, f"{type(exc).__name__}: {exc}"))
        raise
    results.put(("done", number, None))


# ----- one setup -----


@dataclass
class OfficeRun:
    setup: str
    devices: int
    contacts: int
    minutes: float
    first: list[SyncTime] = field(default_factory=list)
    timed: list[Timed] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)  # 1-minute load average, sampled during the timed part
    server_cpu: float = 0.0  # CPU seconds of the server processes during the timed part
    postgres_cpu: float | None = None
    seconds: float = 0.0  # wall-clock length of the timed part
    entries: int = 0  # change entries the server holds at the end
    server_size: int = 0
    convergence: str = ""
    spread: str = ""  # how the connections were shared between the servers
    slow_requests: str = ""  # what the servers' logs say of their slowest answers

    def seconds_of_syncs(self) -> list[float]:
        return sorted(t.sync.seconds for t in self.timed)


def run_office(args: argparse.Namespace, setup: str, folder: Path) -> OfficeRun:
    postgres = setup == "postgres"
    count = args.servers if postgres else 1
    run = OfficeRun(
        setup=f"{count} server(s) on {'PostgreSQL' if postgres else 'SQLite'}",
        devices=args.devices,
        contacts=args.contacts,
        minutes=args.minutes,
    )
    print(f"\n=== {run.setup}, {args.devices} devices, {args.minutes:g} min; load average {load()} ===", flush=True)
    with ExitStack() as stack:
        database = server_database(folder, stack, postgres=postgres, durable=True)
        add_people(database, args.devices)
        servers = [start_server(database, folder, stack, name=f"server-{k + 1}") for k in range(count)]
        relay = stack.enter_context(round_robin(servers)) if count > 1 else None
        url = relay.url if relay is not None else servers[0].url
        print(
            f"servers: {', '.join(f'process {s.pid} at {s.url}' for s in servers)}"
            + (f"; round robin at {url}" if relay else ""),
            flush=True,
        )
        contact_ids = make_office_records(folder / "office.db", url, args)
        print(f"server database {mib(database.size())}", flush=True)
        plans = plan_office(contact_ids, args, random.Random(args.seed))
        paths = [folder / f"device-{n:03d}.db" for n in range(1, args.devices + 1)]
        run_devices(run, paths, url, plans, servers, database)
        if relay is not None:
            shares = [relay.connections[int(s.url.rsplit(":", 1)[1])] for s in servers]
            run.spread = f"connections per server: {', '.join(str(n) for n in shares)}"
        run.convergence = converge_and_compare(paths, url, database, folder / "office.db")
        run.entries = entry_count(database)
        run.server_size = database.size()
        run.slow_requests = slow_requests(sorted(folder.glob("server-*.log")))
    return run


def add_people(database: ServerDatabase, devices: int) -> None:
    """The office's accounts: one person per device, and the one who makes the office's records."""
    from cardfile.server.storage import ServerStore

    store = ServerStore.open(database.url)
    try:
        for name in [OFFICE_USER, *(device_user(n) for n in range(1, devices + 1))]:
            store.add_account(name, PASSWORD)
    finally:
        store.close()


def make_office_records(path: Path, url: str, args: argparse.Namespace) -> list[str]:
    """People and companies made on the first device through the bulk path, and pushed."""
    with open_database(path, auto_backup=False) as services:
        services.sync.configure(server=url, user=OFFICE_USER)
        started = time.perf_counter()
        gen = Generator(args.seed)
        companies = create_companies(services, gen, max(1, args.contacts // 20))
        made = create_contacts(services, gen, args.contacts, companies)
        built = time.perf_counter() - started
        pushed = timed_sync(services)
        with services.db.read() as conn:  # a few of them are private to whoever made them: nobody else edits those
            shared = {r[0] for r in conn.exec_driver_sql("SELECT id FROM contact WHERE private = 0")}
    print(
        f"office's records: {args.contacts:,} people, {len(companies):,} companies, made in {built:.1f} s, "
        f"pushed in {pushed.seconds:.1f} s ({pushed.pushed:,} entries)",
        flush=True,
    )
    return [p.id for p in made.people if p.id in shared]


def run_devices(
    run: OfficeRun,
    paths: Sequence[Path],
    url: str,
    plans: list[list[Slot]],
    servers: Sequence[Server],
    database: ServerDatabase,
) -> None:
    spawn = multiprocessing.get_context("spawn")  # never fork a process with open databases
    barrier = spawn.Barrier(len(paths))
    results = spawn.Queue()
    workers = [
        spawn.Process(target=office_device, args=(n, str(p), url, plans[n - 1], barrier, results), daemon=True)
        for n, p in enumerate(paths, 1)
    ]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    finished = 0
    timed_start: float | None = None
    cpu_before: tuple[float, float | None] = (0.0, None)
    try:
        while finished < len(workers):
            try:
                kind, number, payload = results.get(timeout=5)
            except queue.Empty:
                dead = [n for n, w in enumerate(workers, 1) if w.exitcode not in (None, 0)]
                if dead:
                    raise SystemExit(f"device {dead[0]} died (exit status {workers[dead[0] - 1].exitcode})") from None
                continue
            if kind == "first":
                run.first.append(payload)
                if len(run.first) == len(workers):
                    timed_start = time.perf_counter()
                    cpu_before = (sum(s.cpu() for s in servers), _postgres_cpu(database))
                    print(
                        f"first syncs: {len(workers)} devices at once took {timed_start - started:.1f} s (process "
                        f"starts included); each {_spread(sorted(t.seconds for t in run.first))}; load {load()}\n"
                        f"timed part: {len(plans[0])} syncs per device over {plans_minutes(plans):.1f} min …",
                        flush=True,
                    )
            elif kind == "sync":
                run.timed.append(payload)
                run.loads.append(os.getloadavg()[0])
                if len(run.timed) % max(1, len(workers) * 2) == 0:
                    times = run.seconds_of_syncs()
                    print(f"  {len(run.timed):,} syncs: {_spread(times)}; load {load()}", flush=True)
            elif kind == "error":
                run.errors.append(f"device {number}: {payload}")
                print(f"  device {number}: {payload}", flush=True)
            elif kind == "failed":
                raise SystemExit(f"device {number} failed: {payload}")
            else:
                finished += 1
    finally:
        for worker in workers:
            worker.join(60)
            if worker.is_alive():
                worker.kill()
    if timed_start is not None:
        run.seconds = time.perf_counter() - timed_start
        run.server_cpu = sum(s.cpu() for s in servers) - cpu_before[0]
        after = _postgres_cpu(database)
        run.postgres_cpu = after - cpu_before[1] if after is not None and cpu_before[1] is not None else None


def slow_requests(logs: Sequence[Path]) -> str:
    """From the servers' request logs (one JSON line per request, with its time in ms): per path, how many requests,
    their p95 and the slowest, and the failures."""
    times: dict[str, list[float]] = {}
    failed: Counter[str] = Counter()
    for log in logs:
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if not line.startswith('{"method"'):
                continue
            with suppress(ValueError, KeyError):
                request = json.loads(line)
                times.setdefault(request["path"], []).append(float(request["ms"]) / 1000)
                if int(request["status"]) >= 500:
                    failed[request["path"]] += 1
    parts = []
    for path, seconds in sorted(times.items()):
        seconds.sort()
        broke = f", {failed[path]} failed" if failed[path] else ""
        parts.append(
            f"{path} {len(seconds):,}: p95 {_short(_percentile(seconds, 0.95))}, max {_short(seconds[-1])}{broke}"
        )
    return "; ".join(parts)


def plans_minutes(plans: list[list[Slot]]) -> float:
    return max(slots[-1].at for slots in plans) / 60


def _postgres_cpu(database: ServerDatabase) -> float | None:
    """CPU seconds of PostgreSQL's processes (the postmaster and its backends, living ones only)."""
    if database.postmaster is None:
        return None
    try:
        main = psutil.Process(database.postmaster)
        total = 0.0
        for process in [main, *main.children(recursive=True)]:
            with suppress(psutil.Error):
                times = process.cpu_times()
                total += times.user + times.system + times.children_user + times.children_system
        return total
    except psutil.Error:
        return None


# ----- convergence -----


def converge_and_compare(paths: Sequence[Path], url: str, database: ServerDatabase, office_db: Path) -> str:
    """Sync every device until nothing moves, then compare each one's people and companies with the server's
    current values, field by field."""
    holders: list[tuple[str, str, Services]] = []
    with ExitStack() as stack:
        for number, path in enumerate(paths, 1):
            services = stack.enter_context(open_database(path, auto_backup=False))
            services.sync.configure(server=url, user=device_user(number))
            services.sync.sign_in(PASSWORD)  # its process kept its sign-in in memory
            holders.append((f"device {number}", device_user(number), services))
        office = stack.enter_context(open_database(office_db, auto_backup=False))
        office.sync.sign_in(PASSWORD)
        holders.append(("the first device", OFFICE_USER, office))
        rounds = 0
        moved = 1
        while moved:
            if rounds == QUIET_ROUNDS:
                return f"NOT CONVERGED: still moving after {QUIET_ROUNDS} rounds of syncing every device"
            rounds += 1
            moved = 0
            for _name, _user, services in holders:
                report = services.sync.sync(password=PASSWORD)
                moved += report.pushed + report.pulled
        problems: list[str] = []
        conflicts: set[int] = set()
        seen: dict[str, dict[RecordType, dict[str, dict[str, str | None]]]] = {}
        for name, user, services in holders:
            expected = seen[user] = seen.get(user) or server_values(database, user)
            problems += compare_device(name, services, expected)
            conflicts.add(len(services.sync.conflicts(include_resolved=True)))
    everyone = seen[device_user(1)]
    counts = ", ".join(f"{len(everyone[k]):,} {k.value} records" for k in COMPARED)
    if problems:
        shown = "\n    ".join(problems[:10])
        return f"NOT CONVERGED ({len(problems)} differences), for example:\n    {shown}"
    return (
        f"converged: after {rounds} round(s) of syncing everyone, all {len(holders)} devices hold exactly the "
        f"server's current values ({counts}); conflicts each device holds: "
        f"{', '.join(str(c) for c in sorted(conflicts))}"
    )


def server_values(database: ServerDatabase, user: str) -> dict[RecordType, dict[str, dict[str, str | None]]]:
    """Record id -> field -> current value (as the change log writes it), per type, of what `user` may see, from the
    server's tables."""
    from sqlalchemy import select

    from cardfile.server.storage import ServerStore
    from cardfile.server.tables import entry, field_state, record

    query = (
        select(record.c.id, record.c.record_type, entry.c.field, entry.c.value)
        .join(field_state, field_state.c.record_id == record.c.id)
        .join(entry, entry.c.seq == field_state.c.seq)
        .where(record.c.erased.is_(False), record.c.visible_to.is_(None) | (record.c.visible_to == user))
    )
    wanted = {k.value: k for k in COMPARED}
    values: dict[RecordType, dict[str, dict[str, str | None]]] = {k: {} for k in COMPARED}
    store = ServerStore.open(database.url)
    try:
        with store.engine.connect() as conn:
            for rid, kind, name, value in conn.execute(query):
                if kind in wanted:
                    values[wanted[kind]].setdefault(rid, {})[name] = value
    finally:
        store.close()
    return values


def compare_device(
    name: str, services: Services, expected: dict[RecordType, dict[str, dict[str, str | None]]]
) -> list[str]:
    from cardfile.store.codec import CODECS

    problems = []
    for kind in COMPARED:
        codec = CODECS[kind]
        with services.db.read() as conn:
            result = conn.exec_driver_sql(f"SELECT * FROM {codec.table.name}")
            columns = list(result.keys())
            rows = {r[0]: dict(zip(columns, r, strict=True)) for r in result}
        server = expected[kind]
        for rid in sorted(set(rows) ^ set(server)):
            where = "holds" if rid in rows else "lacks"
            problems.append(
                f"{name} {where} {kind.value} {rid}, which the server {'lacks' if rid in rows else 'holds'}"
            )
        for rid in sorted(set(rows) & set(server)):
            fields = server[rid]
            for column in columns:
                if column in LOCAL_COLUMNS:
                    continue
                if column in fields:
                    want = codec.to_column(column, codec.from_change(column, fields[column]))
                else:
                    want = codec.to_column(column, codec.default(column))
                if rows[rid][column] != want:
                    problems.append(
                        f"{name}: {kind.value} {rid} {column} is {rows[rid][column]!r}, the server has {want!r}"
                    )
    return problems


def entry_count(database: ServerDatabase) -> int:
    from sqlalchemy import func, select

    from cardfile.server.storage import ServerStore
    from cardfile.server.tables import entry

    store = ServerStore.open(database.url)
    try:
        with store.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(entry)).scalar_one())
    finally:
        store.close()


# ----- the report -----


def _percentile(sorted_values: Sequence[float], share: float) -> float:
    """The nearest-rank percentile of values sorted ascending."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-int(share * 1000) * len(sorted_values) // 1000))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def _spread(sorted_values: Sequence[float]) -> str:
    return (
        f"p50 {_short(_percentile(sorted_values, 0.5))}, p95 {_short(_percentile(sorted_values, 0.95))}, "
        f"max {_short(sorted_values[-1])}"
    )


def _short(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def report(run: OfficeRun) -> list[str]:
    times = run.seconds_of_syncs()
    if not times:
        return [f"{run.setup}: no timed sync finished", *run.errors[:5]]
    p95 = _percentile(times, 0.95)
    verdict = "ok" if p95 <= BUDGET_P95 else "OVER"
    editing = sorted(t.sync.seconds for t in run.timed if t.edited)
    late = sorted(t.late for t in run.timed)
    loads = sorted(run.loads)
    pulled = statistics.median(t.sync.pulled for t in run.timed)
    conflicts = sum(t.sync.conflicts for t in run.timed)
    lines = [
        f"{run.setup}: {run.devices} devices, {run.contacts:,} people, timed part {run.seconds / 60:.1f} min, "
        f"{len(times):,} syncs; {len(run.errors)} sync(s) failed (first syncs included)",
        *(f"  failed: {e}" for e in run.errors[:5]),
        f"  every sync: {_spread(times)} (budget p95 <= {_short(BUDGET_P95)}: {verdict})",
        f"  syncs that pushed an edit: {_spread(editing)}" if editing else "  no sync pushed an edit",
        f"  entries pulled per sync: median {pulled:.0f}; conflicts noticed: {conflicts}",
        f"  started late against the plan: p50 {_short(late[len(late) // 2])}, max {_short(late[-1])}",
        f"  load average (1 min) during the timed part: min {loads[0]:.1f}, median {statistics.median(loads):.1f}, "
        f"max {loads[-1]:.1f}",
        f"  first syncs ({len(run.first)} at once): {_spread(sorted(t.seconds for t in run.first))}",
        f"  CPU of the server process(es) in the timed part: {run.server_cpu:.1f} s"
        + (f", of PostgreSQL: {run.postgres_cpu:.1f} s" if run.postgres_cpu is not None else ""),
        f"  server: {run.entries:,} entries, {mib(run.server_size)}" + (f"; {run.spread}" if run.spread else ""),
        f"  server's own times per request, whole run: {run.slow_requests}",
        f"  {run.convergence}",
    ]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--setup", choices=("both", "postgres", "sqlite"), default="both")
    parser.add_argument("--devices", type=int, default=50, help="devices, one person each (default 50)")
    parser.add_argument("--minutes", type=float, default=5.0, help="length of the timed part (default 5)")
    parser.add_argument("--syncs", type=int, default=20, help="syncs per device in the timed part (default 20)")
    parser.add_argument("--edits", type=int, default=10, help="edits per device in the timed part (default 10)")
    parser.add_argument("--contacts", type=int, default=2000, help="the office's people (default 2,000)")
    parser.add_argument("--servers", type=int, default=2, help="server processes on PostgreSQL (default 2)")
    parser.add_argument("--hot", type=int, default=10, help="people the whole office keeps changing (default 10)")
    parser.add_argument("--shared", type=float, default=1 / 3, help="share of edits to those people (default 1/3)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, help="work here instead of a temporary folder")
    args = parser.parse_args(argv)
    if args.devices < 1 or args.syncs < 1 or args.minutes <= 0 or args.contacts < 1 or args.servers < 1:
        parser.error("--devices, --syncs, --contacts and --servers must be at least 1, --minutes more than 0")

    use_memory_keyring()
    count_wire_bytes()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))  # `kill PID`: servers and folders go with it
    print(f"{environment()}; load average at start {load()}", flush=True)
    setups = ["postgres", "sqlite"] if args.setup == "both" else [args.setup]
    runs = []
    for setup in setups:
        with tempfile.TemporaryDirectory(prefix=f"cardfile-office-{setup}-", dir=args.dir) as temp:
            folder = Path(temp)
            os.environ["CARDFILE_HOME"] = str(folder / "home")
            runs.append(run_office(args, setup, folder))
        print("\n".join(report(runs[-1])), flush=True)
    print(f"\n===== {environment()}; load average at the end {load()} =====")
    for run in runs:
        print("\n".join(report(run)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
