"""How long whole `cardfile` processes take, from start to exit, and their peak memory. Prints figures, asserts nothing.

    python bench/startup.py --db /tmp/big.db                  # 7 runs of each command
    python bench/startup.py --db /tmp/big.db --runs 11 --query anna
    python bench/startup.py --db /tmp/big.db --src /tmp/old/src   # the cardfile package of another checkout

Each command runs as its own process (`python -m cardfile …`, as the `cardfile` script does), its output thrown
away, once to warm the disk cache (the first command of the day also makes the daily backup), then R times. For each
it prints the median wall-clock time, the median CPU time of the process (user + system; on a busy machine wall
time grows and CPU time does not), the fastest run and the peak memory (max RSS), with the load average:

- `cardfile --version` (budget 0.15 s) and `cardfile --help`: the parser alone;
- `cardfile search QUERY --json` (budget 0.3 s): opening the database and one search;
- `cardfile contact list --json` (budget 3 s and 100 MiB at 100,000 people): every person, streamed.

Run `python -m compileall src` first (the script does it for --src), as an installed package has its `.pyc` files:
without them every start compiles the source again. `--src DIR` runs the package under DIR instead of the installed
one (its `.pyc` files are written under a cache folder in the temp directory, never into DIR), to measure an older
checkout (`git archive main src | tar -x -C /tmp/old`) side by side with this one.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BUDGETS = {"--version": (0.15, None), "search": (0.3, None), "contact list": (3.0, 100.0)}


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # seconds, user + system of the process
    peak_mib: float  # max resident set size
    status: int


def run_once(argv: list[str], env: dict[str, str]) -> Run:
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({process.returncode}): {err.decode(errors='replace').strip()}")
    # ru_maxrss is in KiB on Linux, in bytes on macOS
    peak = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return Run(wall, usage.ru_utime + usage.ru_stime, peak, process.returncode)


def measure(name: str, words: list[str], env: dict[str, str], runs: int) -> list[Run]:
    argv = [sys.executable, "-m", "cardfile", *words]
    run_once(argv, env)  # warm the disk cache (and make the day's backup)
    return [run_once(argv, env) for _ in range(runs)]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the database (e.g. 100,000 people from generate.py)")
    parser.add_argument("--runs", type=int, default=7, help="runs of each command (default 7)")
    parser.add_argument("--query", default="anna", help="what `search` looks for (default 'anna')")
    parser.add_argument("--src", type=Path, help="run the cardfile package under this folder instead")
    parser.add_argument("--skip-list", action="store_true", help="leave out `contact list --json`")
    args = parser.parse_args(argv)
    if not args.db.exists():
        sys.exit(f"{args.db}: no such database (build one with bench/generate.py)")

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="cardfile-startup-") as home:
        env["CARDFILE_HOME"] = home  # no crash log, config or backup of the person running this is touched
        if args.src is not None:
            cache = Path(tempfile.gettempdir()) / "cardfile-startup-pycache"
            env["PYTHONPATH"] = str(args.src.resolve())
            env["PYTHONPYCACHEPREFIX"] = str(cache)
            sys.pycache_prefix = str(cache)
            compileall.compile_dir(str(args.src), quiet=1)
        cases = [
            ("--version", ["--version"]),
            ("--help", ["--help"]),
            ("search", ["--db", str(args.db), "search", args.query, "--json"]),
        ]
        if not args.skip_list:
            cases.append(("contact list", ["--db", str(args.db), "contact", "list", "--json"]))
        where = args.src or "the installed package"
        print(f"cardfile from {where}, database {args.db}, {args.runs} runs each, load average {load_average()}")
        print(f"{'command':<16}{'wall median':>12}{'cpu median':>12}{'fastest':>10}{'peak MiB':>10}   budget")
        for name, words in cases:
            runs = measure(name, words, env, args.runs)
            wall = statistics.median(r.wall for r in runs)
            cpu = statistics.median(r.cpu for r in runs)
            peak = max(r.peak_mib for r in runs)
            budget = _budget(name, wall, peak)
            print(f"{name:<16}{wall:>11.3f}s{cpu:>11.3f}s{min(r.wall for r in runs):>9.3f}s{peak:>10.1f}   {budget}")
    print(f"load average after: {load_average()}")


def _budget(name: str, wall: float, peak: float) -> str:
    if name not in BUDGETS:
        return ""
    seconds, mib = BUDGETS[name]
    verdict = "met" if wall <= seconds and (mib is None or peak <= mib) else "MISSED"
    return f"≤ {seconds} s" + (f", ≤ {mib:.0f} MiB" if mib else "") + f": {verdict}"


def load_average() -> str:
    try:
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "n/a"


if __name__ == "__main__":
    main()
