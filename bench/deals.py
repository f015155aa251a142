"""Deals at scale, service side: the board, the deal list, the forecast and the dashboard over 20,000 deals, and a
stage move (what a drag and drop on the board does), with its Undo.

    python bench/deals.py                       # 20,000 deals and 3,000 activities in a temp database, 7 runs
    python bench/deals.py --deals 50000 --runs 5 --db /tmp/deals.db

The database is built through the store's one write path (the change log and the search index included), in
transactions of 1,000: a thousand companies, then the deals spread over the Sales pipeline's stages, twelve
owners, four currencies, expected close dates over three years; 15 % won and 10 % lost. Then --activities calls
and meetings (default 3,000) of the same owners from 60 days ago to 30 days on, about half the past ones
cleared: the dashboard's lists of today's and overdue activities read them.

What is timed, each a median (and the slowest) over --runs, after one warm-up:

- board: `SalesService.board()` (count, total and weighted total per currency for every stage);
- board + first cards: the board, then what a board view shows at once: each column's ids in order and the rows
  of its first 30 cards (`column_ids` + `deal_rows`);
- board (one owner): the same with an owner filter;
- deal list page: the ids of every deal sorted by amount, then the first 100 rows;
- forecast: by month, every owner, every currency;
- dashboard: this quarter's figures (board, forecast, won, lost, win rate, averages, biggest open deals);
- stage move: `DealService.move` of one deal to the next stage (one transaction, change log and index included)
  and the `board()` refresh a view does after it; then `HistoryService.undo` of the move;
- with --pdf, once each: the pipeline report (every open deal) as CSV and as a PDF document.

Then the window itself (the real MainWindow, 1280×800, on Qt's offscreen platform; --no-ui skips it):

- board opened: from choosing Board on the Deals page until every column's figures are read (on the worker, as
  the app does) and the board has painted the cards in sight (their rows fetched a page at a time);
- dashboard opened: from choosing the Dashboard page until its figures and the day's activities are read and its
  panels and charts are painted;
- a dropped card shown: a card dragged to the next stage (drag enter, move and drop events on the column, as a
  mouse makes them) until the column it joined has painted it there; the move is undone between runs.

Budgets (UI side, issue #13): the board and the dashboard open in <= 500 ms with 20,000 deals, and a dropped card
shows its new place in <= 100 ms. Figures are printed, never asserted; the load average is shown, as the machine
may be busy.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make `bench` importable, and keep bench/calendar.py (run as a
    # script, this folder comes first on the path) from standing in for the standard library's calendar module
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.path.insert(0, str(here.parent))

from cardfile.domain.models import ActivityCreate
from cardfile.domain.values import RecordType
from cardfile.services import Services, open_database
from cardfile.services.sales import DealFilter

CURRENCIES = (("USD", 2, 1), ("EUR", 2, 1), ("ISK", 0, 140), ("JPY", 0, 150))
OWNERS = [f"rep{n:02d}" for n in range(12)]


def build(services: Services, deals: int, seed: int, activities: int) -> None:
    rng = random.Random(seed)
    companies: list[str] = []
    for start in range(0, 1_000, 1_000):
        with services.db.write("Bench companies") as w:
            companies += w.insert_many(
                RecordType.COMPANY, [{"name": f"Company {n:04d}"} for n in range(start, start + 1_000)]
            )
    stages = services.pipelines.get().stages
    first = date(2026, 1, 1)
    for start in range(0, deals, 1_000):
        rows: list[dict[str, Any]] = []
        for n in range(start, min(start + 1_000, deals)):
            currency, digits, per_dollar = rng.choice(CURRENCIES)
            status = rng.choices(("open", "won", "lost"), (75, 15, 10))[0]
            rows.append(
                {
                    "name": f"Deal {n:05d}",
                    "company_id": rng.choice(companies),
                    "pipeline_id": services.pipelines.get().id,
                    "stage_id": rng.choice(stages).id,
                    "amount_minor": rng.randrange(10, 2_500) * 100 * per_dollar * 10**digits,
                    "currency": currency,
                    "probability": rng.choice((None, None, None, 35, 60)),
                    "expected_close": (first + timedelta(days=rng.randrange(0, 3 * 365))).isoformat(),
                    "status": status,
                    "closed_at": services.db.now() - timedelta(days=rng.randrange(0, 200))
                    if status != "open"
                    else None,
                    "owner_id": rng.choice(OWNERS),
                }
            )
        with services.db.write("Bench deals") as w:
            w.insert_many(RecordType.DEAL, rows)
    add_activities(services, activities, rng)


def add_activities(services: Services, count: int, rng: random.Random) -> None:
    """Calls and meetings of the twelve owners from 60 days ago to 30 days on, in batches of 500 (one write
    each); about half of the past ones cleared, so the dashboard has a day's list and an overdue one to read."""
    call, meeting = services.activities.resolve_type("call"), services.activities.resolve_type("meeting")
    now = services.db.now().replace(second=0, microsecond=0)
    cleared: list[str] = []
    for start in range(0, count, 500):
        with services.db.write("Bench activities") as w:
            for n in range(start, min(start + 500, count)):
                when = now + timedelta(minutes=15 * rng.randrange(-60 * 96, 30 * 96))
                data = ActivityCreate(
                    subject=f"Activity {n:05d}",
                    type_id=rng.choice((call, meeting)),
                    starts_at=when,
                    duration_minutes=rng.choice((15, 30, 60)),
                    time_zone="UTC",
                    owner_id=rng.choice(OWNERS),
                )
                record_id = services.activities.insert(w, data)
                if when < now and rng.random() < 0.5:
                    cleared.append(record_id)
    for record_id in cleared:
        services.activities.clear(record_id, outcome="Done")


def timed(call: Callable[[], object], runs: int) -> tuple[float, float]:
    call()  # warm-up: the first read after opening pays for the page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def ui_figures(path: Path, runs: int) -> list[tuple[str, tuple[float, float]]]:
    """The board, the dashboard and a drop, timed in the real window (see the module's docstring)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QPointF, QSettings, Qt, QTimer, SignalInstance
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    from cardfile import resources
    from cardfile.ui.dashboard.page import DashboardPage
    from cardfile.ui.deals.page import DealsPage
    from cardfile.ui.event_bridge import EventBridge
    from cardfile.ui.icons import Icons
    from cardfile.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["bench-deals"])

    def wait(signal: SignalInstance, timeout_ms: int = 30_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        signal.disconnect(loop.quit)

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    def median_of(measure: Callable[[], float]) -> tuple[float, float]:
        measure()  # warm-up
        times = [measure() for _ in range(runs)]
        return statistics.median(times), max(times)

    folder = tempfile.TemporaryDirectory(prefix="cardfile-bench-ui-")
    with open_database(path, auto_backup=False) as services:
        bridge = EventBridge(services.db.events)
        settings = QSettings(str(Path(folder.name) / "ui.ini"), QSettings.Format.IniFormat)
        window = MainWindow(services, bridge=bridge, settings=settings, icons=Icons(resources.icons_dir()))
        window.resize(1280, 800)
        window.show()
        settle()
        page = window.go_to("deals")
        assert isinstance(page, DealsPage)
        board = page.board

        def open_board() -> float:
            page.show_view("list")
            board.refresh()  # out of sight: read again when shown
            settle()
            started = time.perf_counter()
            page.show_view("board")
            wait(board.refreshed)
            board.grab()  # paints what is in sight, fetching the cards' rows
            return (time.perf_counter() - started) * 1000

        dashboard = window.pages["dashboard"]
        assert isinstance(dashboard, DashboardPage)

        def open_dashboard() -> float:
            window.go_to("contacts")
            dashboard.refresh()
            settle()
            started = time.perf_counter()
            window.go_to("dashboard")
            wait(dashboard.refreshed)
            dashboard.grab()
            return (time.perf_counter() - started) * 1000

        def drop_a_card() -> float:
            window.go_to("deals")
            page.show_view("board")
            if board.is_reading():
                wait(board.refreshed)
            settle()
            source = next(c for c in board.columns if c.model.rowCount())
            target = board.columns[(board.columns.index(source) + 1) % len(board.columns)]
            deal_id = source.model.id_at(0)
            assert deal_id is not None
            mime = source.model.mimeData([source.model.index(0, 0)])
            viewport = target.view.viewport()
            where, move, button = viewport.rect().center(), Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton
            keys = Qt.KeyboardModifier.NoModifier
            started = time.perf_counter()
            QApplication.sendEvent(viewport, QDragEnterEvent(where, move, mime, button, keys))
            QApplication.sendEvent(viewport, QDragMoveEvent(where, move, mime, button, keys))
            QApplication.sendEvent(viewport, QDropEvent(QPointF(where), move, mime, button, keys))
            viewport.grab()  # the column it joined, painted with the card in it
            elapsed = (time.perf_counter() - started) * 1000
            assert target.model.row_of(deal_id) is not None, "the card is in its new column"
            services.history.undo()
            settle()
            if board.is_reading():
                wait(board.refreshed)
            return elapsed

        figures = [
            ("window: board opened (worker read + paint)", median_of(open_board)),
            ("window: dashboard opened (worker read + paint)", median_of(open_dashboard)),
            ("window: a dropped card shown in its new column", median_of(drop_a_card)),
        ]
        window.tasks.shutdown(5000)
        window.close()
        bridge.close()
    folder.cleanup()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deals", type=int, default=20_000)
    parser.add_argument("--activities", type=int, default=3_000, help="calls and meetings (for the dashboard)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path, help="a database to build (if missing) and measure")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--pdf", action="store_true", help="also time the pipeline report as a PDF, once")
    parser.add_argument("--no-ui", action="store_true", help="leave out the timings in the window")
    args = parser.parse_args()
    folder = tempfile.TemporaryDirectory(prefix="cardfile-bench-deals-")
    path = args.db or Path(folder.name) / "deals.db"
    fresh = not path.exists()
    with open_database(path, auto_backup=False) as services:
        if fresh:
            started = time.perf_counter()
            build(services, args.deals, args.seed, args.activities)
            print(
                f"built {args.deals:,} deals and {args.activities:,} activities in "
                f"{time.perf_counter() - started:.1f} s ({path})"
            )
        count = services.sales.count()
        sales = services.sales

        def board_and_cards() -> None:
            board = sales.board()
            for column in board.columns:
                sales.deal_rows(sales.column_ids(column)[:30])

        def list_page() -> None:
            ids = sales.deal_ids(DealFilter(), "amount", descending=True)
            sales.deal_rows(ids[:100])

        target = sales.deal_ids(DealFilter(status="open"))[0]
        stages = [s.name for s in services.pipelines.get().stages]
        moves = iter(range(10**6))

        def move() -> None:
            current = services.deals.get(target).stage.name
            services.deals.move(target, stages[(stages.index(current) + 1 + next(moves) % 2) % len(stages)])

        def move_and_refresh() -> None:
            move()
            sales.board()

        figures = [
            ("board", timed(sales.board, args.runs)),
            ("board + first cards of every column", timed(board_and_cards, args.runs)),
            ("board (one owner)", timed(lambda: sales.board(DealFilter(owner=OWNERS[0])), args.runs)),
            ("deal list: all ids by amount + 100 rows", timed(list_page, args.runs)),
            ("forecast by month", timed(sales.forecast, args.runs)),
            ("dashboard (this quarter)", timed(sales.dashboard, args.runs)),
            ("stage move (DealService.move)", timed(move, args.runs)),
            ("stage move + board refresh", timed(move_and_refresh, args.runs)),
            ("undo of a stage move", timed(lambda: (move(), services.history.undo()), args.runs)),
        ]
        if args.pdf:
            from cardfile.interchange.report import to_csv
            from cardfile.interchange.report_pdf import render_pdf

            for name, make in (
                ("pipeline report as CSV (once)", to_csv),
                ("pipeline report as PDF (once)", render_pdf),
            ):
                wall, cpu = time.perf_counter(), time.process_time()
                make(services.reports.pipeline())  # type: ignore[operator]
                seconds = time.perf_counter() - wall
                figures.append((f"{name}, CPU {time.process_time() - cpu:.1f} s", (seconds * 1000, seconds * 1000)))
    if not args.no_ui:
        figures += ui_figures(path, args.runs)
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    print(f"\n{count:,} deals, {args.runs} runs, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}\n")
    print(f"{'':50} {'median ms':>10} {'max ms':>8}")
    for name, (median, worst) in figures:
        print(f"{name:50} {median:10.1f} {worst:8.1f}")
    print("\n(undo of a stage move: the move, then its undo)")
    folder.cleanup()


if __name__ == "__main__":
    main()
