"""Import and export throughput of vCard files through the services, with peak memory; prints figures, asserts nothing.

    python bench/interchange.py                  # 100,000 cards, 3 runs, medians
    python bench/interchange.py --cards 20000 --runs 1 --undo

Each run writes a realistic vCard 3.0 file (tests/unit/interchange/realistic.py: names in many scripts, three phone
numbers, two emails, an address, a photo on every tenth card, unmodelled X- properties on every fourth), imports it
into a fresh database with ImportService.import_files (checking the file, parsing — in a second process for a file
this size —, duplicate matching, validation, the change log and the search index, batches of 500), then exports
every contact with ExportService.export_vcards to one file, and to CSV. With --undo it also times undoing the whole
import as one step.

Budgets (2-core machine, 100,000 cards): import >= 2,000 cards/s end to end, export >= 4,000 cards/s.

Peak memory is the resident set's high-water mark of this process during each phase (Linux: reset through
/proc/self/clear_refs before the phase; elsewhere the process's lifetime peak), and of the reading process.
Bounded memory means it does not grow with the number of cards beyond the duplicate indexes (a few hundred bytes
per card): files are streamed card by card, and exports fetch 500 records at a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` and `tests` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.unit.interchange.realistic import realistic_card

from cardfile.interchange import write_vcard
from cardfile.services import open_database

BUDGET_IMPORT = 2000.0
BUDGET_EXPORT = 4000.0


def write_file(path: Path, cards: int, seed: int = 4) -> int:
    """The realistic file, card by card (never all cards in memory); returns its size in bytes."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as out:
        for index in range(cards):
            out.write(write_vcard(realistic_card(index, rng), "3.0"))
    return path.stat().st_size


# ----- memory -----


def _reset_peak() -> bool:
    """Reset this process's resident-set high-water mark (Linux); False where that is not possible."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def _peak_mib() -> float:
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _children_peak_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Phase:
    seconds: float
    peak_mib: float
    cpu: float  # this process's CPU seconds
    reader_cpu: float  # the reading process's CPU seconds (import only)

    def rate(self, cards: int) -> float:
        return cards / self.seconds

    def idle_rate(self, cards: int) -> float:
        """Cards/s an otherwise idle two-core machine gives: the busier of the two processes sets the pace."""
        return cards / max(self.cpu, self.reader_cpu)


def measure(work: Callable[[], object]) -> Phase:
    _reset_peak()
    cpu, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    return Phase(seconds, _peak_mib(), _cpu(resource.RUSAGE_SELF) - cpu, _cpu(resource.RUSAGE_CHILDREN) - children)


# ----- one run -----


@dataclass
class Run:
    imported: Phase
    exported: Phase
    csv: Phase
    undo: Phase | None
    reader_peak_mib: float


def run_once(folder: Path, source: Path, cards: int, *, undo: bool) -> Run:
    db = folder / f"bench-{time.monotonic_ns()}.db"
    with open_database(db) as services:
        report_holder: list[object] = []
        imported = measure(lambda: report_holder.append(services.importer.import_files(source)))
        report = report_holder[0]
        assert getattr(report, "imported", None) == cards, report  # a benchmark of a broken import is worthless
        target = folder / "export.vcf"
        exported = measure(lambda: services.exporter.export_vcards(target, version="3.0"))
        csv_target = folder / "export.csv"
        csv = measure(lambda: services.exporter.export_csv(csv_target))
        undone = measure(services.history.undo) if undo else None
        if undo:
            assert services.contacts.count() == 0
    for leftover in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return Run(imported, exported, csv, undone, _children_peak_mib())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--undo", action="store_true", help="also time undoing the import")
    parser.add_argument("--dir", type=Path, help="work here instead of a temporary folder")
    args = parser.parse_args(argv)
    print(f"Python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(dir=args.dir) as temp:
        folder = Path(temp)
        os.environ["CARDFILE_HOME"] = str(folder / "home")
        source = folder / "realistic.vcf"
        start = time.perf_counter()
        size = write_file(source, args.cards)
        print(f"wrote {args.cards:,} cards, {size / 2**20:.1f} MiB, in {time.perf_counter() - start:.1f} s")
        runs = []
        for number in range(1, args.runs + 1):
            run = run_once(folder, source, args.cards, undo=args.undo)
            runs.append(run)
            undo_text = f", undo {run.undo.seconds:.1f} s" if run.undo else ""
            imported, exported = run.imported, run.exported
            print(
                f"run {number}: import {imported.rate(args.cards):,.0f} cards/s "
                f"(CPU per card: {1e6 * imported.cpu / args.cards:.0f} µs main, "
                f"{1e6 * imported.reader_cpu / args.cards:.0f} µs reader; peak {imported.peak_mib:.0f} MiB), "
                f"export {exported.rate(args.cards):,.0f} cards/s (CPU {1e6 * exported.cpu / args.cards:.0f} µs "
                f"per card; peak {exported.peak_mib:.0f} MiB), CSV {run.csv.rate(args.cards):,.0f} rows/s{undo_text}"
            )
    cards = args.cards

    def median(values: list[float]) -> float:
        return statistics.median(values)

    import_rate = median([r.imported.rate(cards) for r in runs])
    export_rate = median([r.exported.rate(cards) for r in runs])
    idle_import = median([r.imported.idle_rate(cards) for r in runs])
    idle_export = median([cards / r.exported.cpu for r in runs])
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print()
    print(f"load average now: {load} (other work on this machine slows the wall clock)")
    print(f"{'':28}{'median':>10}{'budget':>10}")
    for name, value, budget in (
        ("import (cards/s)", import_rate, BUDGET_IMPORT),
        ("  by CPU time, idle machine", idle_import, BUDGET_IMPORT),
        ("export (cards/s)", export_rate, BUDGET_EXPORT),
        ("  by CPU time, idle machine", idle_export, BUDGET_EXPORT),
    ):
        print(f"{name:28}{value:>10,.0f}{budget:>10,.0f}  {_verdict(value, budget)}")
    print(f"{'export CSV (rows/s)':28}{median([r.csv.rate(cards) for r in runs]):>10,.0f}")
    if runs[0].undo is not None:
        print(f"{'undo import (s)':28}{median([r.undo.seconds for r in runs if r.undo]):>10,.1f}")
    print(f"{'peak import (MiB)':28}{median([r.imported.peak_mib for r in runs]):>10,.0f}")
    print(f"{'peak export (MiB)':28}{median([r.exported.peak_mib for r in runs]):>10,.0f}")
    print(f"{'peak reader (MiB)':28}{max(r.reader_peak_mib for r in runs):>10,.0f}")
    return 0


def _verdict(value: float, budget: float) -> str:
    return "ok" if value >= budget else "BELOW BUDGET"


if __name__ == "__main__":
    sys.exit(main())
