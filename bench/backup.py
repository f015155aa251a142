"""The daily automatic backup: what the first command of the day pays for it, and the room a week of copies takes.

    python bench/backup.py --db /work/bench-data/big100k-0007.db              # a copy of it, 5 runs
    python bench/backup.py --db /tmp/big.db --runs 7 --query anna
    python bench/backup.py --db /tmp/big.db --src /tmp/old/src --no-week      # an older checkout's cardfile package

The database is copied into a temporary folder first (never written to). Then, R times:

- **first command of the day**: the backup folder is removed, so `cardfile search QUERY --json` (a whole process,
  `python -m cardfile`, its output read to the end) is the day's first use and makes the daily backup. Shown: the
  command's wall-clock and CPU time (the process's own, user + system), and when the backup was complete, counted
  from the command's start (the copy is made by a process of its own that the command does not wait for);
- **a later command**: the same search once today's backup is there.

Then **a week** (unless `--no-week`): the store's daily rotation run for nine days in a row with the clock moved a
day at a time, as nine days of use would (the database does not change meanwhile, so each copy is as large as a
real day's), and the backup folder's size at the end against the database's and seven full copies'.

Medians of the runs; the load average is printed (on a busy machine wall time grows and CPU time does not).
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.startup import load_average


def run_command(argv: list[str], env: dict[str, str], backups: Path) -> tuple[float, float, float]:
    """(wall seconds, CPU seconds, seconds until the day's backup was complete), all from the command's start."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read()  # to the end of both pipes, as a shell pipeline reads them
    err = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0 or err:
        sys.exit(f"{' '.join(argv)} failed: {err.decode(errors='replace').strip()}")
    cpu = usage.ru_utime + usage.ru_stime
    while not _daily(backups):
        if time.perf_counter() - start > 600:
            sys.exit("no daily backup appeared within 10 minutes")
        time.sleep(0.02)
    ready = time.perf_counter() - start
    _wait_for_worker(backups)
    return wall, cpu, ready


def _daily(backups: Path) -> list[Path]:
    """The day's backups made (not the temporary files of one being written)."""
    return sorted(backups.glob("*.cardfile-backup")) + sorted(backups.glob("*.cardfile-backup.gz"))


def _wait_for_worker(backups: Path) -> None:
    from cardfile.store import backup

    backup.wait_for_daily_worker(backups, timeout=600)


def cpu_of_child(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert process.stdout is not None
    process.stdout.read()
    _, _status, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the database to copy and measure")
    parser.add_argument("--runs", type=int, default=5, help="runs of each case (default 5)")
    parser.add_argument("--query", default="anna", help="what `search` looks for (default 'anna')")
    parser.add_argument("--src", type=Path, help="run the cardfile package under this folder instead")
    parser.add_argument("--no-week", action="store_true", help="leave out the week of rotation")
    parser.add_argument("--work", type=Path, help="where to put the copy (default: the temporary folder)")
    args = parser.parse_args(argv)
    if not args.db.exists():
        sys.exit(f"{args.db}: no such database (build one with bench/generate.py)")

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory(prefix="cardfile-backup-", dir=args.work) as folder:
        home = Path(folder) / "home"
        env["CARDFILE_HOME"] = str(home)  # no crash log or config of the person running this is touched
        if args.src is not None:
            cache = Path(tempfile.gettempdir()) / "cardfile-startup-pycache"
            env["PYTHONPATH"] = str(args.src.resolve())
            env["PYTHONPYCACHEPREFIX"] = str(cache)
            sys.pycache_prefix = str(cache)
            compileall.compile_dir(str(args.src), quiet=1)
        db = Path(folder) / "cardfile.db"
        shutil.copyfile(args.db, db)
        backups = db.parent / f"{db.stem}-backups"
        size = db.stat().st_size
        where = args.src or "the installed package"
        print(f"cardfile from {where}; a copy of {args.db} ({size / 1e9:.2f} GB); {args.runs} runs")
        print(f"load average before: {load_average()}")
        command = [sys.executable, "-m", "cardfile", "--db", str(db), "search", args.query, "--json"]
        cpu_of_child(command, env)  # warm the disk cache (this makes a backup too: removed below)
        _wait_for_worker(backups)
        first: list[tuple[float, float, float]] = []
        later: list[tuple[float, float]] = []
        for _ in range(args.runs):
            shutil.rmtree(backups, ignore_errors=True)
            first.append(run_command(command, env, backups))
            later.append(cpu_of_child(command, env))
        made = _daily(backups)
        print(f"{'case':<34}{'wall median':>12}{'cpu median':>12}{'backup complete after':>24}")
        print(
            f"{'first command of the day':<34}{statistics.median(r[0] for r in first):>11.3f}s"
            f"{statistics.median(r[1] for r in first):>11.3f}s{statistics.median(r[2] for r in first):>23.2f}s"
        )
        print(
            f"{'a later command':<34}{statistics.median(r[0] for r in later):>11.3f}s"
            f"{statistics.median(r[1] for r in later):>11.3f}s"
        )
        for path in made:
            small = path.stat().st_size
            print(f"the day's backup: {path.name}, {small / 1e6:.1f} MB ({size / small:.1f}× smaller)")
        print(f"load average after the commands: {load_average()}")
        if not args.no_week:
            week(db, backups, size)


def week(db: Path, backups: Path, size: int) -> None:
    from cardfile.store import backup

    shutil.rmtree(backups, ignore_errors=True)
    start = date(2030, 3, 4)
    times = []
    for day in range(9):
        began, cpu = time.perf_counter(), time.process_time()
        backup.rotate(db, backups, start + timedelta(days=day))
        times.append((time.perf_counter() - began, time.process_time() - cpu))
    kept = backup.daily_backups(backups)
    total = sum(p.stat().st_size for _, p in kept)
    print(
        f"a week: {len(kept)} daily backups kept after 9 days, {total / 1e9:.2f} GB in all "
        f"({total / size:.2f}× the database; seven full copies would be {7 * size / 1e9:.2f} GB); "
        f"one copy took {statistics.median(t for t, _ in times):.1f} s "
        f"({statistics.median(c for _, c in times):.1f} s of CPU in this process), load average {load_average()}"
    )


if __name__ == "__main__":
    main()
