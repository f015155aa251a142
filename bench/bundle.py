"""The bundle: its size and what takes the space, and its cold start to a painted window.

    python3 dev.py bundle && .venv/bin/python bench/bundle.py            # dist/cardfile
    .venv/bin/python bench/bundle.py --bundle /path/to/cardfile --runs 7 --db /tmp/big.db
    .venv/bin/python bench/bundle.py --bundle new/cardfile --against old/cardfile   # before and after, alternating

Size: the folder's total and the biggest parts (Qt's libraries, ICU, the Python modules archived in the program,
cryptography, PostgreSQL's client), as `du` counts them. Start: each run starts the bundled program in a new
process (its files warm in the page cache after the first run; a truly cold disk is slower) on the offscreen
platform with CARDFILE_QUIT_AFTER_FIRST_PAINT, which makes the app print the time its main window first painted and
quit; the figure is that time minus the time just before the process was started. A new empty database by default,
or a copy of --db. Each run's processor time (user + system, of the program and what it started) is printed beside
it: on a busy machine it moves less than the clock. With --against, the two bundles start in turn, run by run, so a
change in the machine's load falls on both alike. Medians are printed, never asserted. Budget: 150 MB; start to a
painted window <= 1.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def size_of(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def report_size(bundle: Path) -> None:
    total = size_of(bundle)
    print(f"bundle {bundle}: {total / 2**20:.0f} MB in {sum(1 for _ in bundle.rglob('*'))} files")
    internal = bundle / "_internal"
    parts = (
        [
            *bundle.iterdir(),
            *internal.iterdir(),
            *(internal / "PySide6").iterdir(),
            *(internal / "PySide6" / "Qt" / "lib").iterdir(),
        ]
        if internal.is_dir()
        else list(bundle.iterdir())
    )
    parts = [p for p in parts if p not in (internal, internal / "PySide6", internal / "PySide6" / "Qt")]
    for path in sorted(parts, key=size_of, reverse=True)[:16]:
        print(f"  {size_of(path) / 2**20:6.1f} MB  {path.relative_to(bundle)}")


def _children_cpu() -> float:
    if not hasattr(os, "wait4"):
        return 0.0
    import resource

    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def one_start(program: Path, database: Path, home: Path) -> tuple[float, float]:
    """Seconds to the first painted window, and the processor seconds the run took (to its exit, just after)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", CARDFILE_HOME=str(home), CARDFILE_QUIT_AFTER_FIRST_PAINT="1")
    cpu = _children_cpu()
    started = time.time()
    done = subprocess.run(
        [str(program), "--db", str(database)], env=env, capture_output=True, text=True, timeout=120, cwd=home
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("first-paint ")), None)
    if done.returncode != 0 or line is None:
        raise SystemExit(f"the bundled app did not paint (exit {done.returncode}):\n{done.stdout}{done.stderr}")
    return float(line.split()[1]) - started, _children_cpu() - cpu


def program_of(bundle: Path) -> Path:
    program = bundle / ("cardfile-desktop.exe" if os.name == "nt" else "cardfile-desktop")
    if not program.exists():
        raise SystemExit(f"{program} is missing: build the bundle first (python3 dev.py bundle)")
    return program


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "cardfile")
    parser.add_argument("--against", type=Path, default=None, help="a second bundle, started in turn with the first")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, default=None, help="a database to copy and open (default: a new one)")
    args = parser.parse_args()
    bundles = [bundle.resolve() for bundle in (args.bundle, *([args.against] if args.against else []))]
    programs = [program_of(bundle) for bundle in bundles]
    for bundle in bundles:
        report_size(bundle)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    times: list[list[float]] = [[] for _ in bundles]
    cpus: list[list[float]] = [[] for _ in bundles]
    with tempfile.TemporaryDirectory(prefix="cardfile-bench-bundle-") as folder:
        for n in range(len(programs)):
            home = Path(folder) / str(n)
            home.mkdir()
            if args.db is not None:
                shutil.copyfile(args.db, home / "cardfile.db")
        for run in range(args.runs):
            for n, program in enumerate(programs):
                home = Path(folder) / str(n)
                took, cpu = one_start(program, home / "cardfile.db", home)
                times[n].append(took)
                cpus[n].append(cpu)
                print(
                    f"  start {run + 1} of {bundles[n]}: first painted window after {took:.2f} s ({cpu:.2f} s of "
                    "processor time)",
                    flush=True,
                )
    after = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    for n, bundle in enumerate(bundles):
        print(
            f"{bundle}: start to a painted window: median {statistics.median(times[n]):.2f} s, first (coldest) "
            f"{times[n][0]:.2f} s, processor time median {statistics.median(cpus[n]):.2f} s, over {args.runs} runs"
        )
    print(
        f"load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} before, {after[0]:.2f} after; "
        f"Python {sys.version.split()[0]}"
    )


if __name__ == "__main__":
    main()
