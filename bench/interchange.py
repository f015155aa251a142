"""Import and export throughput of vCard files through the services, with peak memory; prints figures, asserts nothing.

    python bench/interchange.py                  # 100,000 cards, 3 runs, medians
    python bench/interchange.py --cards 20000 --runs 1 --undo

Each run writes nothing new: the realistic vCard 3.0 file is written once (tests/unit/interchange/realistic.py:
names in many scripts, two emails, three phone numbers, an address, a photo on every tenth card, unmodelled X-
properties on every fourth), card by card. A run imports it into a fresh database with ImportService.import_files —
checking the file, parsing (in a second process for a file this size), duplicate matching, validation, the change
log and the search index, batches of 500 — then exports every contact with ExportService.export_vcards to one
file, and to CSV; with --undo it also times undoing the whole import as one step.

Every phase runs in a fresh Python process, so that its peak resident memory is its own: "baseline" is such a
process that only opens the database. Bounded memory means a phase's peak does not grow with the file: cards are
streamed, exports fetch 500 records at a time; what does grow is the import's duplicate index (under a kilobyte a
card) and SQLite's page cache (up to 32 MB a connection).

The machine may be busy with other work; besides wall-clock rates the figures show CPU time per card of each
process, and what an otherwise idle two-core machine would do (the busier of the two processes sets the pace).

With --command it also times the whole `cardfile import FILE` process on a file of --simple (20,000) simple cards
(FN, N, ORG, TITLE, one email address, two phone numbers: what most address books hold), against vobject only
parsing the same file (vobject.readComponents, every card; no checking, no database) and our reader alone.

Budgets (2-core machine, 100,000 cards; #14): import >= 6,000 cards/s end to end, and the whole `cardfile import`
of simple cards >= 3x vobject's parse of them; export >= 20,000 cards/s; undo of the whole import <= 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.unit.interchange.realistic import realistic_card

from cardfile.interchange import write_vcard
from cardfile.services import Services, open_database

BUDGET_IMPORT = 6000.0
BUDGET_EXPORT = 20000.0
BUDGET_UNDO = 5.0
BUDGET_OVER_VOBJECT = 3.0


def write_file(path: Path, cards: int, seed: int = 4) -> int:
    """The realistic file, card by card (never all cards in memory); returns its size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        for index in range(cards):
            out.write(write_vcard(realistic_card(index, rng), "3.0"))
    return path.stat().st_size


def write_simple_file(path: Path, cards: int) -> int:
    """Simple cards, as most address books hold them; returns the file's size in bytes."""
    with path.open("w", encoding="utf-8", newline="") as out:
        for index in range(cards):
            out.write(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person {index} Example\r\nN:Example;Person {index};;;\r\n"
                f"ORG:Firm {index % 500}\r\nTITLE:Buyer\r\nEMAIL;TYPE=INTERNET,WORK:person{index}@example.com\r\n"
                f"TEL;TYPE=WORK,VOICE:+1 555 {index:07d}\r\nTEL;TYPE=CELL:+1 555 {index + 1:07d}\r\nEND:VCARD\r\n"
            )
    return path.stat().st_size


@dataclass
class Command:
    cards: int
    seconds: float  # the whole `cardfile import` process
    cpu: float  # its CPU seconds and its reading process's
    vobject: float  # seconds of vobject parsing the same file (CPU)
    reader: float  # seconds of our reader alone on it (CPU)

    @property
    def rate(self) -> float:
        return self.cards / self.seconds


def command_run(folder: Path, source: Path, cards: int) -> Command:
    """The whole `cardfile import` of the simple file into a new database, and the two parsers alone on it."""
    db = folder / f"command-{time.monotonic_ns()}.db"
    env = {**os.environ, "CARDFILE_HOME": str(folder / "home")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "cardfile", "--db", str(db), "import", str(source)],
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"cardfile import failed:\n{result.stderr}")
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    parsers = json.loads(
        subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--parsers", str(source)],
            capture_output=True,
            text=True,
            check=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    if parsers["vobject_cards"] != cards or parsers["reader_cards"] != cards:
        raise SystemExit(f"the parsers read {parsers} of {cards} cards: a benchmark of a broken parse is void")
    return Command(cards, seconds, cpu, parsers["vobject"], parsers["reader"])


def time_parsers(source: Path) -> dict[str, float]:
    """CPU seconds of vobject and of our reader (read_chunks, as an import reads) each parsing every card."""
    import vobject

    from cardfile.interchange.reading import SourceFile, read_chunks

    start = time.process_time()
    with source.open(encoding="utf-8") as stream:
        vobject_cards = sum(1 for _ in vobject.readComponents(stream))
    vobject_seconds = time.process_time() - start
    start = time.process_time()
    file = SourceFile(str(source), source.name, "vcard", size=source.stat().st_size)
    reader_cards = sum(len(chunk.items) for chunk in read_chunks(0, file, 250))
    reader_seconds = time.process_time() - start
    return {
        "vobject": vobject_seconds,
        "vobject_cards": vobject_cards,
        "reader": reader_seconds,
        "reader_cards": reader_cards,
    }


# ----- one phase, in its own process -----


def _mib(rusage_kib: int) -> float:
    return rusage_kib / (1024 * 1024) if sys.platform == "darwin" else rusage_kib / 1024


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_phase(phase: str, db: Path, source: Path, out: Path) -> dict[str, Any]:
    """Run one phase here and measure it (the child's side of `phase()`)."""
    with open_database(db, auto_backup=False) as services:
        work: dict[str, Callable[[Services], Any]] = {
            "baseline": lambda s: s.contacts.count(),
            "import": lambda s: s.importer.import_files(source).imported,
            "export": lambda s: s.exporter.export_vcards(out / "export.vcf", version="3.0").count,
            "csv": lambda s: s.exporter.export_csv(out / "export.csv").count,
            "undo": lambda s: s.history.undo() and s.contacts.count(deleted=True),
        }
        cpu = _cpu(resource.RUSAGE_SELF)
        start = time.perf_counter()
        cards = work[phase](services)
        seconds = time.perf_counter() - start
        cpu = _cpu(resource.RUSAGE_SELF) - cpu
    return {
        "cards": cards,
        "seconds": seconds,
        "cpu": cpu,
        "reader_cpu": _cpu(resource.RUSAGE_CHILDREN),
        "peak_mib": _mib(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "reader_peak_mib": _mib(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss),
    }


@dataclass
class Phase:
    cards: int
    seconds: float
    cpu: float  # the phase's own CPU seconds
    reader_cpu: float  # the reading process's CPU seconds (import only)
    peak_mib: float
    reader_peak_mib: float

    @property
    def rate(self) -> float:
        return self.cards / self.seconds

    @property
    def idle_rate(self) -> float:
        """Cards/s on an otherwise idle machine with a core for each of the two processes."""
        return self.cards / max(self.cpu, self.reader_cpu)

    def per_card_us(self, cpu: float) -> float:
        return 1e6 * cpu / max(self.cards, 1)


def phase(name: str, db: Path, source: Path, folder: Path) -> Phase:
    """Run a phase in a fresh process; its figures come back as JSON on its last line of output."""
    command = [sys.executable, str(Path(__file__).resolve()), "--phase", name, "--db", str(db)]
    command += ["--source", str(source), "--dir", str(folder)]
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=os.environ.copy())
    if result.returncode != 0:
        raise SystemExit(f"phase {name} failed:\n{result.stderr}")
    return Phase(**json.loads(result.stdout.strip().splitlines()[-1]))


@dataclass
class Run:
    imported: Phase
    exported: Phase
    csv: Phase
    undo: Phase | None


def run_once(folder: Path, source: Path, cards: int, *, undo: bool) -> Run:
    db = folder / f"bench-{time.monotonic_ns()}.db"
    imported = phase("import", db, source, folder)
    if imported.cards != cards:
        raise SystemExit(f"the import took {imported.cards} cards of {cards}: a benchmark of a broken import is void")
    exported = phase("export", db, source, folder)
    csv = phase("csv", db, source, folder)
    undone = phase("undo", db, source, folder) if undo else None
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return Run(imported, exported, csv, undone)


# ----- the report -----


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--undo", action="store_true", help="also time undoing the import")
    parser.add_argument("--dir", type=Path, help="work here instead of a temporary folder")
    parser.add_argument(
        "--command", action="store_true", help="also time the whole `cardfile import` of simple cards against vobject"
    )
    parser.add_argument("--simple", type=int, default=20_000, help="simple cards for --command (default 20,000)")
    parser.add_argument("--parsers", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        print(json.dumps(run_phase(args.phase, args.db, args.source, args.dir)))
        return 0
    if args.parsers:
        print(json.dumps(time_parsers(args.parsers)))
        return 0
    print(f"Python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(dir=args.dir) as temp:
        folder = Path(temp)
        os.environ["CARDFILE_HOME"] = str(folder / "home")
        source = folder / "realistic.vcf"
        start = time.perf_counter()
        size = write_file(source, args.cards)
        print(f"wrote {args.cards:,} cards, {size / 2**20:.1f} MiB, in {time.perf_counter() - start:.1f} s")
        baseline = phase("baseline", folder / "baseline.db", source, folder)
        runs = []
        for number in range(1, args.runs + 1):
            run = run_once(folder, source, args.cards, undo=args.undo)
            runs.append(run)
            print(f"run {number}: {describe(run)}; load average {os.getloadavg()[0]:.1f}")
        commands = []
        if args.command:
            simple = folder / "simple.vcf"
            size = write_simple_file(simple, args.simple)
            print(f"wrote {args.simple:,} simple cards, {size / 2**20:.1f} MiB")
            for number in range(1, args.runs + 1):
                command = command_run(folder, simple, args.simple)
                commands.append(command)
                print(
                    f"command run {number}: `cardfile import` {command.rate:,.0f} cards/s ({command.seconds:.2f} s, "
                    f"CPU {command.cpu:.2f} s with its reading process); vobject's parse alone "
                    f"{command.cards / command.vobject:,.0f} cards/s, our reader alone "
                    f"{command.cards / command.reader:,.0f} cards/s; load average {os.getloadavg()[0]:.1f}"
                )
    report(runs, baseline, args.cards)
    if commands:
        report_commands(commands)
    return 0


def describe(run: Run) -> str:
    imported, exported = run.imported, run.exported
    undo = f", undo {run.undo.seconds:.1f} s (CPU {run.undo.cpu:.1f} s)" if run.undo else ""
    return (
        f"import {imported.rate:,.0f} cards/s (CPU per card {imported.per_card_us(imported.cpu):.0f} µs + reader "
        f"{imported.per_card_us(imported.reader_cpu):.0f} µs, peak {imported.peak_mib:.0f} + "
        f"{imported.reader_peak_mib:.0f} MiB); export {exported.rate:,.0f} cards/s (CPU per card "
        f"{exported.per_card_us(exported.cpu):.0f} µs, peak {exported.peak_mib:.0f} MiB); "
        f"CSV {run.csv.rate:,.0f} rows/s{undo}"
    )


def report(runs: list[Run], baseline: Phase, cards: int) -> None:
    def median(get: Callable[[Run], float]) -> float:
        return statistics.median(get(run) for run in runs)

    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\nmedians of {len(runs)} run(s), {cards:,} cards; load average now {load}")
    print(f"{'':34}{'median':>10}{'budget':>10}")
    for name, value, budget in (
        ("import (cards/s)", median(lambda r: r.imported.rate), BUDGET_IMPORT),
        ("  idle machine, by CPU time", median(lambda r: r.imported.idle_rate), BUDGET_IMPORT),
        ("export vCard 3.0 (cards/s)", median(lambda r: r.exported.rate), BUDGET_EXPORT),
        ("  idle machine, by CPU time", median(lambda r: r.exported.cards / r.exported.cpu), BUDGET_EXPORT),
    ):
        verdict = "ok" if value >= budget else "BELOW BUDGET"
        print(f"{name:34}{value:>10,.0f}{budget:>10,.0f}  {verdict}")
    print(f"{'export CSV (rows/s)':34}{median(lambda r: r.csv.rate):>10,.0f}")
    if all(run.undo for run in runs):
        undo = median(lambda r: r.undo.seconds if r.undo else 0)
        verdict = "ok" if undo <= BUDGET_UNDO else "OVER BUDGET"
        print(f"{'undo of the whole import (s)':34}{undo:>10,.1f}{BUDGET_UNDO:>10,.1f}  {verdict}")
        print(f"{'  by CPU time (s)':34}{median(lambda r: r.undo.cpu if r.undo else 0):>10,.1f}")
    print(f"{'peak memory (MiB): baseline':34}{baseline.peak_mib:>10,.0f}")
    print(f"{'  import':34}{median(lambda r: r.imported.peak_mib):>10,.0f}")
    print(f"{'  import, reading process':34}{median(lambda r: r.imported.reader_peak_mib):>10,.0f}")
    print(f"{'  export vCard':34}{median(lambda r: r.exported.peak_mib):>10,.0f}")
    print(f"{'  export CSV':34}{median(lambda r: r.csv.peak_mib):>10,.0f}")


def report_commands(commands: list[Command]) -> None:
    rate = statistics.median(command.rate for command in commands)
    vobject_rate = statistics.median(command.cards / command.vobject for command in commands)
    reader_rate = statistics.median(command.cards / command.reader for command in commands)
    print(f"\nwhole `cardfile import` of {commands[0].cards:,} simple cards, medians of {len(commands)} run(s)")
    print(f"{'cardfile import (cards/s)':34}{rate:>10,.0f}")
    by_cpu = statistics.median(command.cards / command.cpu for command in commands)
    print(f"{'  by CPU time, both processes':34}{by_cpu:>10,.0f}")
    print(f"{'vobject parse alone (cards/s)':34}{vobject_rate:>10,.0f}")
    print(f"{'our reader alone (cards/s)':34}{reader_rate:>10,.0f}")
    verdict = "ok" if rate >= BUDGET_OVER_VOBJECT * vobject_rate else "BELOW BUDGET"
    print(f"{'import / vobject parse':34}{rate / vobject_rate:>10,.2f}{BUDGET_OVER_VOBJECT:>10,.1f}  {verdict}")


if __name__ == "__main__":
    sys.exit(main())
