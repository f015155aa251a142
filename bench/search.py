"""Search latency and bulk-creation speed at 100,000 contacts; prints figures, asserts nothing.

    python bench/search.py                      # builds a fresh 100,000-contact database in a temp dir
    python bench/search.py --db /tmp/big.db     # uses that database (builds it there first if it is missing)
    python bench/search.py --n 20000 --runs 5

Budgets (2-core machine, 100,000 contacts): p95 search latency <= 30 ms, one- and two-character queries included;
bulk creation through the services layer >= 5,000 contacts/s with the change log and the search index on.

Bulk creation is measured three ways: while building the big database (0 -> N contacts, one transaction per
1,000), and R times into a fresh database (--bulk contacts each, 20,000 by default, so that R runs take a minute
rather than ten). Search runs a fixed mix of at least 500 queries drawn from the database itself: one and two
characters, substrings and surname prefixes in several scripts, full names, email and phone fragments typed with
punctuation, company names, and queries that find nothing. Each run times every query once through
SearchService.search (what the app calls as you type: index lookup plus the result rows) and through the index
alone; the table shows, per query class, the median over runs of each run's p50 and p95.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import BATCH, BuildReport, Generator, build, create_companies, create_contacts
from bench.names import ascii_of
from cardfile.domain.phones import digits
from cardfile.services import Services, open_database
from cardfile.store import search as index

QUERIES_PER_CLASS = 64
BUDGET_P95_MS = 2.0  # issue #14 (the first issue's budget was 30 ms)
BUDGET_CONTACTS_PER_S = 5000.0

# ----- the query mix -----


@dataclass
class Sample:
    """What the queries are drawn from: a random slice of the database's own people and companies."""

    names: list[tuple[str, str, str]]  # (display name, given, family)
    emails: list[str]
    phones: list[str]
    companies: list[str]


def _sample(services: Services, rng: random.Random, size: int = 4000) -> Sample:
    with services.db.read() as conn:
        total = conn.exec_driver_sql("SELECT max(rowid) FROM contact").scalar_one() or 0
        rowids = sorted(rng.sample(range(1, total + 1), min(size, total)))
        marks = ",".join("?" for _ in rowids)
        rows = conn.exec_driver_sql(
            "SELECT display_name, given, family, json_extract(emails, '$[0].value'), "
            f"json_extract(phones, '$[0].value') FROM contact WHERE rowid IN ({marks}) AND deleted_at IS NULL",
            tuple(rowids),
        ).all()
        companies = [r[0] for r in conn.exec_driver_sql("SELECT name FROM company WHERE deleted_at IS NULL")]
    return Sample(
        names=[(r[0], r[1], r[2]) for r in rows if r[0]],
        emails=[r[3] for r in rows if r[3]],
        phones=[r[4] for r in rows if r[4]],
        companies=companies,
    )


def script_of(text: str) -> str:
    for ch in text:
        if ch.isalpha():
            return unicodedata.name(ch, "OTHER").split()[0]
    return "OTHER"


def _by_script(names: Sequence[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Names reordered round-robin across scripts, so the first few dozen already cover every script."""
    groups: dict[str, list[tuple[str, str, str]]] = {}
    for name in names:
        groups.setdefault(script_of(name[0]), []).append(name)
    ordered: list[tuple[str, str, str]] = []
    queues = list(groups.values())
    while any(queues):
        for queue in queues:
            if queue:
                ordered.append(queue.pop())
    return ordered


def _typed(rng: random.Random, text: str) -> str:
    """As a person might type it: often lower case, sometimes without the accents."""
    r = rng.random()
    if r < 0.3 and script_of(text) == "LATIN":
        return ascii_of(text).lower()
    if r < 0.7:
        return text.lower()
    return text


def _name_part(rng: random.Random, name: tuple[str, str, str]) -> str:
    display, given, family = name
    parts = [p for p in (given, family) if p]
    return rng.choice(parts) if parts else display


def _phone_query(rng: random.Random, number: str) -> str:
    plain = digits(number)
    form = rng.randrange(5)
    if form == 0 or len(plain) < 7:
        return number  # as stored
    if form == 1:
        return plain
    if form == 2:
        last = plain[-7:]
        return f"{last[:3]}-{last[3:]}"  # '010-2030' style
    if form == 3:
        start = rng.randrange(0, len(plain) - 4)
        return plain[start : start + rng.randrange(4, 7)]
    groups = [plain[i : i + 3] for i in range(0, len(plain), 3)]
    return ("+" if number.startswith("+") else "") + " ".join(groups)


def query_mix(sample: Sample, seed: int) -> dict[str, list[str]]:
    """Query class -> queries; QUERIES_PER_CLASS of each, drawn with a fixed seed."""
    rng = random.Random(seed)
    names = _by_script(sample.names)
    k = QUERIES_PER_CLASS
    mix: dict[str, list[str]] = {}

    def from_names(make: Callable[[tuple[str, str, str]], str | None]) -> list[str]:
        out: list[str] = []
        for name in names:
            query = make(name)
            if query and query.strip():
                out.append(query)
            if len(out) == k:
                break
        return out

    mix["1 char"] = from_names(lambda n: _typed(rng, _name_part(rng, n)[:1]))
    mix["2 chars"] = from_names(lambda n: _typed(rng, (_name_part(rng, n) if len(n[2]) > 1 else n[0])[:2]))

    def inner(name: tuple[str, str, str]) -> str | None:
        part = _name_part(rng, name)
        if len(part) < 4:
            part = name[0].replace(" ", "")
        if len(part) < 3:
            return None
        size = rng.randrange(3, min(6, len(part)) + 1)
        start = rng.randrange(0, len(part) - size + 1)
        return _typed(rng, part[start : start + size])

    mix["substring"] = from_names(inner)
    mix["surname prefix"] = from_names(
        lambda n: _typed(rng, n[2][: rng.randrange(3, 6)]) if len(n[2]) >= 3 else _typed(rng, n[0][:3])
    )

    def full_name(name: tuple[str, str, str]) -> str | None:
        display, given, family = name
        if not given or not family or " " not in display:
            return _typed(rng, display)
        return _typed(rng, f"{given} {family[: rng.randrange(1, len(family) + 1)]}")

    mix["full name"] = from_names(full_name)

    def email_query(address: str) -> str:
        local, _, domain = address.partition("@")
        form = rng.randrange(4)
        if form == 0:
            return address
        if form == 1:
            return local
        if form == 2:
            return domain.split(".")[0]
        return local[: max(3, len(local) // 2)]

    mix["email"] = [email_query(e) for e in rng.sample(sample.emails, min(k, len(sample.emails)))]
    mix["phone"] = [_phone_query(rng, p) for p in rng.sample(sample.phones, min(k, len(sample.phones)))]

    def company_query(name: str) -> str:
        form = rng.randrange(3)
        if form == 0:
            return name
        if form == 1:
            return name.split()[0]
        return _typed(rng, name[: rng.randrange(3, 8)])

    mix["company"] = [company_query(c) for c in rng.sample(sample.companies, min(k, len(sample.companies)))]
    nothing = ["qxv", "zzyzx", "xqjwv", "Щщщ", "ぬぬぬ", "ъь", "ъъ", "ฮฮฮ", "jjjqqq", "wvwv", "xxqy", "q9z"]
    mix["no hit"] = [rng.choice(nothing) + (str(rng.randrange(10)) if i >= len(nothing) else "") for i in range(k)]
    return mix


# ----- measuring -----


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile: the smallest value that at least p% of the values do not exceed."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


@dataclass
class ClassTimes:
    service: list[list[float]] = field(default_factory=list)  # per run, per query, milliseconds
    cpu: list[list[float]] = field(default_factory=list)  # the same, CPU time of this thread (SQLite runs in it)
    index: list[list[float]] = field(default_factory=list)
    hits: list[int] = field(default_factory=list)


def time_search(services: Services, mix: dict[str, list[str]], runs: int) -> dict[str, ClassTimes]:
    results = {cls: ClassTimes() for cls in mix}
    flat = [(cls, q) for cls, queries in mix.items() for q in queries]
    for cls, query in flat:  # warm-up: page cache, phone-number metadata, statement cache
        results[cls].hits.append(len(services.search.search(query)))
    for run in range(runs):
        order = list(flat)
        random.Random(run).shuffle(order)
        for times in results.values():
            times.service.append([])
            times.cpu.append([])
            times.index.append([])
        for cls, query in order:
            started, started_cpu = time.perf_counter(), time.thread_time()
            services.search.search(query)
            results[cls].service[-1].append((time.perf_counter() - started) * 1000)
            results[cls].cpu[-1].append((time.thread_time() - started_cpu) * 1000)
            with services.db.read() as conn:
                started = time.perf_counter()
                index.query(conn, query)
                results[cls].index[-1].append((time.perf_counter() - started) * 1000)
    return results


def _median_of_runs(per_run: list[list[float]], p: float) -> float:
    return statistics.median(percentile(run, p) for run in per_run if run)


def print_search_table(results: dict[str, ClassTimes], contacts: int, runs: int) -> float:
    """Prints the table; returns the overall p95 through the service."""
    total_queries = sum(len(t.hits) for t in results.values())
    print(f"\nSearch latency at {contacts:,} contacts: {total_queries} queries x {runs} runs, warm cache, milliseconds")
    print("(median over runs of each run's percentile; 'service' = SearchService.search, 'index' = store query alone)")
    header = f"{'query class':<16}{'n':>4}{'found':>7}{'p50 index':>11}{'p95 index':>11}"
    header += f"{'p50 service':>13}{'p95 service':>13}{'max service':>13}{'p95 cpu':>9}"
    print(header)
    print("-" * len(header))
    overall_service: list[list[float]] = [[] for _ in range(runs)]
    overall_cpu: list[list[float]] = [[] for _ in range(runs)]
    overall_index: list[list[float]] = [[] for _ in range(runs)]
    for cls, t in results.items():
        found = sum(1 for h in t.hits if h) / len(t.hits) if t.hits else 0
        worst = max(max(run) for run in t.service)
        print(
            f"{cls:<16}{len(t.hits):>4}{found:>7.0%}{_median_of_runs(t.index, 50):>11.2f}"
            f"{_median_of_runs(t.index, 95):>11.2f}{_median_of_runs(t.service, 50):>13.2f}"
            f"{_median_of_runs(t.service, 95):>13.2f}{worst:>13.2f}{_median_of_runs(t.cpu, 95):>9.2f}"
        )
        for i in range(runs):
            overall_service[i].extend(t.service[i])
            overall_cpu[i].extend(t.cpu[i])
            overall_index[i].extend(t.index[i])
    p95 = _median_of_runs(overall_service, 95)
    worst = max(max(run) for run in overall_service)
    print("-" * len(header))
    print(
        f"{'overall':<16}{total_queries:>4}{'':>7}{_median_of_runs(overall_index, 50):>11.2f}"
        f"{_median_of_runs(overall_index, 95):>11.2f}{_median_of_runs(overall_service, 50):>13.2f}"
        f"{p95:>13.2f}{worst:>13.2f}{_median_of_runs(overall_cpu, 95):>9.2f}"
    )
    verdict = "within" if p95 <= BUDGET_P95_MS else "OVER"
    print(f"budget: p95 <= {BUDGET_P95_MS:g} ms through the service -> {p95:.1f} ms, {verdict} budget")
    print("('p95 cpu' is the same queries' CPU time: on a busy machine wall-clock percentiles grow and it does not)")
    return p95


def time_bulk(count: int, runs: int, seed: int, workdir: Path) -> tuple[list[float], list[float]]:
    """Contacts per second of create_many (batches of 1,000) into a fresh database, once per run.

    Returns the rates by wall clock and by this process's CPU time; on a machine shared with other work the
    second shows what the first would be without it.
    """
    rates, cpu_rates = [], []
    for run in range(runs):
        path = workdir / f"bulk-{run}.db"
        with open_database(path, auto_backup=False) as services:
            gen = Generator(seed + run)
            companies = create_companies(services, gen, max(1, count // 20))
            made = create_contacts(services, gen, count, companies)
        for leftover in workdir.glob(f"bulk-{run}.db*"):
            leftover.unlink()
        rates.append(count / made.create_seconds)
        cpu_rates.append(count / made.create_cpu_seconds)
        print(
            f"  run {run + 1}: {count:,} contacts in {made.create_seconds:.2f} s = {rates[-1]:,.0f} contacts/s "
            f"(CPU {made.create_cpu_seconds:.2f} s = {cpu_rates[-1]:,.0f}/s; load {_load()})",
            flush=True,
        )
    return rates, cpu_rates


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def _environment() -> str:
    return (
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, "
        f"{platform.machine()} {platform.system()}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, help="database to search (built there first if missing)")
    parser.add_argument("--n", type=int, default=100_000, help="contacts in the database built (default 100,000)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each measurement (default 3)")
    parser.add_argument("--bulk", type=int, default=20_000, help="contacts per bulk-creation run (default 20,000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--skip-bulk", action="store_true", help="measure search only")
    args = parser.parse_args(argv)
    print(_environment() + f"; load average at start {_load()}")

    with tempfile.TemporaryDirectory(prefix="cardfile-bench-") as tmp:
        workdir = Path(tmp)
        path = args.db or workdir / "search.db"
        built: BuildReport | None = None
        if not path.exists():
            print(f"Building {args.n:,} contacts (+ companies, deals, activities, notes) in {path} …", flush=True)
            with open_database(path, auto_backup=False) as services:
                built = build(services, args.n, seed=args.seed)
            for line in built.lines():
                print("  " + line)

        if not args.skip_bulk:
            print(
                f"\nBulk creation: ContactService.create_many, batches of {BATCH:,}, one transaction each, change log "
                f"and search index on; {args.bulk:,} contacts per run into a fresh database"
                + (" (not the full 100,000 per run, to keep runs short)" if args.bulk < 100_000 else ""),
                flush=True,
            )
            rates, cpu_rates = time_bulk(args.bulk, args.runs, args.seed, workdir)
            median = statistics.median(rates)
            verdict = "within" if median >= BUDGET_CONTACTS_PER_S else "UNDER"
            print(
                f"median {median:,.0f} contacts/s (by CPU time {statistics.median(cpu_rates):,.0f}/s); "
                f"budget >= {BUDGET_CONTACTS_PER_S:,.0f}/s -> {verdict} budget"
            )
            if built is not None:
                rate = built.counts["contacts"] / built.seconds["contacts"]
                print(
                    f"while building the database (0 -> {built.counts['contacts']:,} contacts): {rate:,.0f} contacts/s"
                )

        with open_database(path, auto_backup=False) as services:
            contacts = services.contacts.count()
            mix = query_mix(_sample(services, random.Random(args.seed)), args.seed)
            results = time_search(services, mix, args.runs)
        print_search_table(results, contacts, args.runs)
        examples = {cls: queries[:6] for cls, queries in mix.items()}
        print("\nexample queries: " + "; ".join(f"{cls}: {', '.join(map(repr, q))}" for cls, q in examples.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
