"""The calendar and the task list at scale: the service-level reads behind the month and week views and the task list.

Two databases, built through the services (so the change log and the indexes are as the app makes them):

- *month*: 10,000 activities in one month (March 2025) — 9,000 one-off calls, meetings and to-dos (some timeless,
  some all-day) and 1,000 recurring series that started up to three years before (weekly, every weekday, monthly on a
  date or a weekday, yearly), some with changed, skipped or cleared occurrences;
- *tasks*: 100,000 activities over two years around "now" (15 March 2025, 12:00 UTC), most past ones cleared, 2,000
  of them recurring.

It measures ActivityService.occurrences for the month and a week (what the calendar views read), and the task list:
TaskListService.keys for each view, the rows of a first page of 50, counts() and overdue_count(). Each figure is the
median of --runs runs (default 5) after one warm-up, in milliseconds, with the CPU time of the process beside it and
the load average: on a busy machine the wall clock suffers, not the CPU time.

    .venv/bin/python bench/calendar_views.py                      # builds both in a temporary folder (a few minutes)
    .venv/bin/python bench/calendar_views.py --dir /tmp/cal       # keeps (and reuses) the databases there
    .venv/bin/python bench/calendar_views.py --runs 9

Then the same views drawn (offscreen, unless --no-render): the month view from its lean read (per-day counts and the
first few, ActivityService.month), laid out and painted; the week view from its read; and the task list page built
over the 100,000 activities, its first rows painted. Each is shown alone and read + paint together.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file's name is also a standard module's, one dateutil imports: run as a script, its folder comes first on the
# path and this file would stand in for that module. So the folder comes off the path before anything is imported.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from datetime import UTC, date, datetime, timedelta  # noqa: E402
from zoneinfo import ZoneInfo  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from cardfile.domain.models import ActivityCreate, ActivityUpdate, ContactCreate  # noqa: E402
from cardfile.services import Services, open_database  # noqa: E402
from cardfile.services.tasks import VIEWS  # noqa: E402

NOW = datetime(2025, 3, 15, 12, tzinfo=UTC)
RECURRING = "rrule != ''"
SCHEDULED = "status = 'scheduled'"
MONTH = (datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC))
WEEK = (datetime(2025, 3, 10, tzinfo=UTC), datetime(2025, 3, 17, tzinfo=UTC))
ZONES = ("Europe/Berlin", "America/New_York", "Asia/Tokyo", "Atlantic/Reykjavik", "Australia/Sydney", "UTC")
RULES = (
    ("FREQ=WEEKLY;BYDAY=MO", 40),
    ("FREQ=WEEKLY;BYDAY=TU,TH", 15),
    ("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR", 5),
    ("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", 15),
    ("FREQ=MONTHLY", 10),
    ("FREQ=MONTHLY;BYDAY=2TU", 10),
    ("FREQ=YEARLY", 5),
)


class Clock:
    def __call__(self) -> datetime:
        return NOW


def _types(services: Services) -> list[str]:
    return [services.activities.resolve_type(k) for k in ("call", "meeting", "todo")]


def _people(services: Services, n: int) -> list[str]:
    with services.db.write("Bench people") as w:
        return services.contacts.insert_many(
            w, [ContactCreate(given=f"Person{i}", family=f"Family{i % 97}") for i in range(n)]
        )


def _one_off(rng: random.Random, types: list[str], people: list[str], first: datetime, days: float) -> ActivityCreate:
    start = first + timedelta(minutes=rng.randrange(int(days * 24 * 4)) * 15)
    kind = rng.randrange(3)
    fields: dict = {
        "type_id": types[kind],
        "subject": f"Activity {rng.randrange(10**6)}",
        "contact_ids": [rng.choice(people)],
        "time_zone": rng.choice(ZONES),
        "priority": rng.choice(("low", "normal", "normal", "high")),
    }
    roll = rng.random()
    if kind == 2 and roll < 0.4:
        fields.update(starts_at=start.date(), timeless=True)
    elif roll < 0.03:
        fields.update(starts_at=start.date(), all_day=True)
    else:
        fields.update(starts_at=start, duration_minutes=rng.choice((15, 30, 60)))
        if rng.random() < 0.3:
            fields["alarm_minutes"] = 15
    return ActivityCreate(**fields)


def _series(rng: random.Random, types: list[str], people: list[str], latest: datetime) -> ActivityCreate:
    rule = rng.choices([r for r, _ in RULES], weights=[w for _, w in RULES])[0]
    zone = ZoneInfo(rng.choice(ZONES))
    day = latest.date() - timedelta(days=rng.randrange(1, 3 * 365))
    start = datetime(day.year, day.month, day.day, rng.randrange(8, 17), rng.choice((0, 30)), tzinfo=zone)
    return ActivityCreate(
        type_id=types[1],
        subject=f"Series {rng.randrange(10**6)}",
        starts_at=start,
        duration_minutes=rng.choice((15, 30, 60)),
        time_zone=zone.key,
        rrule=rule,
        contact_ids=[rng.choice(people)],
        alarm_minutes=rng.choice((None, 10)),
    )


def _insert(services: Services, items: list[ActivityCreate], label: str) -> list[str]:
    ids: list[str] = []
    for first in range(0, len(items), 1000):
        with services.db.write(label) as w:
            ids += [services.activities.insert(w, item) for item in items[first : first + 1000]]
    return ids


def build_month(path: Path) -> None:
    rng = random.Random(12)
    with open_database(path, auto_backup=False, now=Clock()) as services:
        types, people = _types(services), _people(services, 2000)
        _insert(services, [_one_off(rng, types, people, MONTH[0], 31) for _ in range(9000)], "Bench month")
        series = _insert(services, [_series(rng, types, people, MONTH[0]) for _ in range(1000)], "Bench series")
        found = services.activities.occurrences(*MONTH)
        for series_id in rng.sample(series, 200):  # some changed, skipped and cleared occurrences
            mine = [o for o in found if o.series_id == series_id and o.activity_id == series_id]
            if not mine:
                continue
            o = rng.choice(mine)
            assert o.occurrence is not None
            action = rng.randrange(3)
            if action == 0:
                services.activities.skip_occurrence(series_id, o.occurrence)
            elif action == 1:
                services.activities.update_occurrence(
                    series_id, o.occurrence, ActivityUpdate(starts_at=o.occurrence + timedelta(hours=2))
                )
            else:
                services.activities.clear(series_id, occurrence=o.occurrence, outcome="Done")


def build_tasks(path: Path) -> None:
    rng = random.Random(7)
    first = NOW - timedelta(days=540)
    with open_database(path, auto_backup=False, now=Clock()) as services:
        types, people = _types(services), _people(services, 20_000)
        for batch in range(98):
            items = [_one_off(rng, types, people, first, 730) for _ in range(1000)]
            ids = _insert(services, items, "Bench tasks")
            with services.db.write("Bench clear") as w:
                for item, activity_id in zip(items, ids, strict=True):
                    if item.starts_at is not None and item.starts_at < NOW and rng.random() < 0.8:
                        w.update(
                            services.activities.record_type,
                            activity_id,
                            {"status": "done", "result": "completed", "happened_at": item.starts_at},
                        )
            print(f"  {(batch + 1) * 1000:,} activities", end="\r", flush=True)
        _insert(services, [_series(rng, types, people, NOW) for _ in range(2000)], "Bench series")
    print()


def measure(
    label: str,
    call: Callable[[], object],
    runs: int,
    *,
    this_thread: bool = False,
    untimed: Callable[[object], object] | None = None,
) -> None:
    """The medians of `runs` calls after a warm-up: wall clock and CPU time of the process (every thread), and with
    `this_thread` the CPU time of the calling thread alone (the window's: what freezes it). `untimed` is given each
    call's result after its time is taken (to close what it opened)."""
    finish = untimed or (lambda _result: None)
    finish(call())  # warm-up: caches, the page cache, compiled rules
    walls, cpus, threads = [], [], []
    result = None
    for _ in range(runs):
        wall, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
        result = call()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        threads.append((time.thread_time() - thread) * 1000)
        finish(result)
    size = f"{len(result):,}" if isinstance(result, list | dict) else ""  # type: ignore[arg-type]
    ui = f", window's thread {statistics.median(threads):6.1f} ms" if this_thread else ""
    print(
        f"  {label:<44} {statistics.median(walls):8.1f} ms  (cpu {statistics.median(cpus):7.1f} ms{ui})  {size:>8}"
        f"   load {os.getloadavg()[0]:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dir", type=Path, help="where the databases are kept (built there when missing)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-render", action="store_true", help="only the services' reads, not the views drawn")
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="cardfile-calendar-"))
    folder.mkdir(parents=True, exist_ok=True)
    month_db, tasks_db = folder / "month.db", folder / "tasks.db"
    for path, build, what in ((month_db, build_month, "month"), (tasks_db, build_tasks, "tasks")):
        if not path.exists():
            started = time.perf_counter()
            print(f"building the {what} database in {path} …", flush=True)
            build(path)
            print(f"  built in {time.perf_counter() - started:.0f} s")

    berlin = ZoneInfo("Europe/Berlin")
    with open_database(month_db, auto_backup=False, now=Clock()) as services:
        print(f"\nmonth database: {_count(services):,} activities, {_count(services, RECURRING):,} recurring")
        a = services.activities
        measure("month view: occurrences", lambda: a.occurrences(*MONTH, zone=berlin), args.runs)
        measure(
            "month view: occurrences with people", lambda: a.occurrences(*MONTH, zone=berlin, people=True), args.runs
        )
        measure("week view: occurrences", lambda: a.occurrences(*WEEK, zone=berlin), args.runs)
        measure("week view: occurrences with people", lambda: a.occurrences(*WEEK, zone=berlin, people=True), args.runs)
    with open_database(tasks_db, auto_backup=False, now=Clock()) as services:
        print(
            f"\ntask database: {_count(services):,} activities, {_count(services, SCHEDULED):,} scheduled, "
            f"{_count(services, RECURRING):,} recurring"
        )
        tasks = services.tasks
        for view in VIEWS:
            measure(f"task list '{view}': keys", lambda view=view: tasks.keys(view, zone=berlin), args.runs)
        keys = tasks.keys("all", zone=berlin)
        measure("task list: rows of the first page (50)", lambda: tasks.rows(keys[:50], zone=berlin), args.runs)
        measure("task list 'all' by subject: keys", lambda: tasks.keys("all", order="subject", zone=berlin), args.runs)
        measure("overdue count", lambda: [tasks.overdue_count(zone=berlin)], args.runs)
        measure("counts of every view", lambda: tasks.counts(zone=berlin), args.runs)
        opened = lambda: tasks.rows(tasks.keys("today", zone=berlin)[:50], zone=berlin)  # noqa: E731
        measure("task list opens (today: keys + first page)", opened, args.runs)
    if not args.no_render:
        render(month_db, tasks_db, args.runs)


def render(month_db: Path, tasks_db: Path, runs: int) -> None:
    """What the window does with those reads: the month and week views laid out and painted from the view's own
    read (the month's lean one), and the task list page built over 100,000 activities with its first rows painted:
    on 'today' as it opens, or switched to another view as a click on its tab does (read on a worker; the wall clock
    until the rows are shown). Offscreen: the paint is the same work, without a screen to show it on."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from cardfile.ui.activities.kind import ACTIVITIES
    from cardfile.ui.activities.page import ActivitiesPage
    from cardfile.ui.calendar.layout import days_shown
    from cardfile.ui.calendar.view import CalendarView
    from cardfile.ui.event_bridge import EventBridge
    from cardfile.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication(["bench"])
    berlin = ZoneInfo("Europe/Berlin")
    anchor = date(2025, 3, 12)
    with open_database(month_db, auto_backup=False, now=Clock()) as services:
        a = services.activities
        view = CalendarView(berlin)
        view.resize(1000, 700)
        view.set_now(NOW)
        grid = days_shown("month", anchor, 0)
        week = days_shown("week", anchor, 0)

        def month_read() -> list:
            return a.month(grid[0], grid[-1] + timedelta(days=1), zone=berlin, per_day=8)

        def week_read() -> list:
            start = datetime.combine(week[0], datetime.min.time()).replace(tzinfo=berlin)
            return a.occurrences(start, start + timedelta(days=7), zone=berlin, people=True)

        print(f"\nthe views, drawn ({view.width()}×{view.height()} px, offscreen)")
        days = month_read()
        occurrences = week_read()
        print(f"  (the month grid holds {sum(d.count for d in days):,} occurrences, the week {len(occurrences):,})")

        def paint_month(counts: list | None = None) -> None:
            view.show_month(anchor, counts if counts is not None else month_read())
            view.grab()

        def paint_week(found: list | None = None) -> None:
            view.show_days("week", week, found if found is not None else week_read())
            view.grab()

        measure("month view: its lean read (42 days, 8 of each)", month_read, runs)
        measure("month view: lay out and paint", lambda: paint_month(days), runs)
        measure("month view: read, lay out and paint", paint_month, runs)
        measure("week view: its read (with people)", week_read, runs)
        measure("week view: lay out and paint", lambda: paint_week(occurrences), runs)
        measure("week view: read, lay out and paint", paint_week, runs)
    with open_database(tasks_db, auto_backup=False, now=Clock()) as services:
        bridge = EventBridge(services.db.events)

        def open_page(view_name: str) -> Callable[[], None]:
            runner = TaskRunner(max_threads=1)
            page = ActivitiesPage(ACTIVITIES, services, bridge, runner=runner)  # reads 'today' as it opens
            page.resize(1200, 700)
            if view_name != "today":  # as a click on the view's tab (or the view remembered) does: on a worker
                waiting = QEventLoop()
                page.model.reloaded.connect(waiting.quit)
                page.show_tasks(view_name)  # type: ignore[arg-type]
                waiting.exec()
            page.grab()  # the first rows are read as they are painted

            def close() -> None:  # not timed: the overdue count, birthdays and owners, read on workers meanwhile
                runner.shutdown()
                page.deleteLater()
                app.processEvents()

            return close

        print(f"\nthe task list page over {_count(services):,} activities")
        for view_name in ("today", "overdue", "all"):
            measure(
                f"task list opens on '{view_name}' (page, keys, rows painted)",
                lambda v=view_name: open_page(v),
                runs,
                this_thread=True,
                untimed=_close,
            )
        bridge.close()


def _close(opened: object) -> None:
    if callable(opened):
        opened()


def _count(services: Services, where: str = "1") -> int:
    with services.db.read() as conn:
        return int(conn.exec_driver_sql(f"SELECT count(*) FROM activity WHERE deleted_at IS NULL AND {where}").scalar())


if __name__ == "__main__":
    main()
