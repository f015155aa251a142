"""The Calendar page: its views hold the week's and the month's activities, a block dragged moves its activity (one
occurrence of a series on its own), its edge dragged changes its length, a drag over empty hours schedules there,
and a double click opens an activity. Mouse events are real Qt events sent to the view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ActivityCreate
from cardfile.domain.recurrence import local_zone_name, zone_of
from cardfile.services import Services, open_database
from cardfile.ui.activities.editors import WhenEditor
from cardfile.ui.activities.schedule import ScheduleDialog
from cardfile.ui.calendar.layout import days_shown
from cardfile.ui.calendar.page import CalendarPage
from cardfile.ui.calendar.view import CalendarView
from cardfile.ui.widgets.basics import plain
from tests.gui.conftest import OpenWindow
from tests.helpers import FixedClock, add_contact, local

pytestmark = pytest.mark.gui

NOW = datetime(2025, 3, 12, 7, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    with open_database(db_path, now=FixedClock(NOW)) as opened:
        yield opened


def zone() -> object:
    return zone_of(local_zone_name())


TODAY = NOW.astimezone(zone_of(local_zone_name())).date()


def open_calendar(qtbot: QtBot, open_window: OpenWindow, mode: str = "week") -> CalendarPage:
    window = open_window()
    page = window.go_to("calendar")
    assert isinstance(page, CalendarPage)
    page.show_date(TODAY, mode)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: page.shown == (mode, TODAY))
    return page


def mouse(widget: QWidget, kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> None:
    event = QMouseEvent(
        kind, at, widget.mapToGlobal(at), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(view: CalendarView, start: QPointF, end: QPointF) -> None:
    viewport = view.viewport()
    mouse(viewport, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    middle = QPointF((start.x() + end.x()) / 2, (start.y() + end.y()) / 2)
    for point in (middle, end):
        mouse(viewport, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    mouse(viewport, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def block_of(view: CalendarView, subject: str) -> tuple[QPointF, int]:
    for index, day in enumerate(view.days):
        for block in view._blocks.get(day, ()):
            if block.occurrence.subject == subject:
                return view.block_rect(block, index).center(), index
    raise AssertionError(f"no block {subject!r}")


def test_the_week_shows_timed_blocks_and_all_day_ones_in_the_strip(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    services.activities.schedule(ActivityCreate(subject="Demo", starts_at=local(TODAY, 10), duration_minutes=60))
    services.activities.schedule(ActivityCreate(subject="Expenses", starts_at=TODAY, timeless=True))
    services.activities.schedule(
        ActivityCreate(subject="Fair", starts_at=TODAY, ends_at=TODAY + timedelta(days=2), all_day=True)
    )
    page = open_calendar(qtbot, open_window)
    view = page.view
    assert view.days == days_shown("week", TODAY, view.days[0].weekday())
    assert [b.occurrence.subject for b in view._blocks[TODAY]] == ["Demo"]
    assert sorted(s.occurrence.subject for s in view._strips) == ["Expenses", "Fair"]
    fair = next(s for s in view._strips if s.occurrence.subject == "Fair")
    assert (fair.first, fair.last) == (TODAY, TODAY + timedelta(days=1)) or fair.last == view.days[-1]
    view.grab()  # paints without a warning


def test_dragging_a_block_moves_the_activity(qtbot: QtBot, services: Services, open_window: OpenWindow) -> None:
    demo = services.activities.schedule(ActivityCreate(subject="Demo", starts_at=local(TODAY, 10), duration_minutes=60))
    page = open_calendar(qtbot, open_window, "day")
    view = page.view
    center, _ = block_of(view, "Demo")
    two_hours = view.hour_height() * 2
    drag(view, center, QPointF(center.x(), center.y() + two_hours))
    moved = services.activities.get(demo.id)
    assert moved.starts_at == local(TODAY, 12) and moved.ends_at == local(TODAY, 13)  # its length kept
    qtbot.waitUntil(lambda: block_of(view, "Demo")[0].y() > center.y() + two_hours / 2)


def test_dragging_a_blocks_bottom_edge_changes_its_length(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    demo = services.activities.schedule(ActivityCreate(subject="Demo", starts_at=local(TODAY, 10), duration_minutes=60))
    page = open_calendar(qtbot, open_window, "day")
    view = page.view
    (block,) = view._blocks[TODAY]
    rect = view.block_rect(block, 0)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(view, edge, QPointF(edge.x(), edge.y() + view.hour_height() / 2))
    changed = services.activities.get(demo.id)
    assert changed.starts_at == local(TODAY, 10) and changed.ends_at == local(TODAY, 11, 30)


def test_dragging_one_occurrence_of_a_series_moves_only_it(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    series = services.activities.schedule(
        ActivityCreate(
            subject="Stand-up", starts_at=local(TODAY - timedelta(days=7), 9), duration_minutes=15, rrule="FREQ=DAILY"
        )
    )
    page = open_calendar(qtbot, open_window, "day")
    center, _ = block_of(page.view, "Stand-up")
    drag(page.view, center, QPointF(center.x(), center.y() + page.view.hour_height()))
    (moved,) = services.activities.exceptions(series.id)
    assert moved.starts_at == local(TODAY, 10) and moved.recurrence_id == local(TODAY, 9)
    assert services.activities.get(series.id).starts_at == local(TODAY - timedelta(days=7), 9)


def test_a_drag_over_empty_hours_schedules_there(qtbot: QtBot, services: Services, open_window: OpenWindow) -> None:
    page = open_calendar(qtbot, open_window, "day")
    view = page.view
    x = view.column_x(0) + view.column_width() / 2
    drag(view, QPointF(x, view.minute_y(14 * 60 + 5)), QPointF(x, view.minute_y(15 * 60 + 25)))
    dialog = next(d for d in page.window().findChildren(ScheduleDialog) if d.isVisible())
    when = dialog.form.editors["when"]
    assert isinstance(when, WhenEditor)
    value = when.value()
    assert (value.day, value.start, value.minutes) == (TODAY, time(14, 0), 90)
    dialog.form.editors["subject"].setText("Site visit")  # type: ignore[attr-defined]
    assert dialog.save()
    (visit,) = services.activities.list()
    assert visit.starts_at == local(TODAY, 14) and visit.ends_at == local(TODAY, 15, 30)


def test_a_double_click_opens_the_activity(qtbot: QtBot, services: Services, open_window: OpenWindow) -> None:
    services.activities.schedule(ActivityCreate(subject="Demo", starts_at=local(TODAY, 10), duration_minutes=60))
    page = open_calendar(qtbot, open_window, "day")
    center, _ = block_of(page.view, "Demo")
    mouse(page.view.viewport(), QEvent.Type.MouseButtonPress, center, Qt.MouseButton.LeftButton)
    mouse(page.view.viewport(), QEvent.Type.MouseButtonRelease, center, Qt.MouseButton.NoButton)
    assert page.card.record_id is not None  # one click shows its card
    mouse(page.view.viewport(), QEvent.Type.MouseButtonDblClick, center, Qt.MouseButton.LeftButton)
    dialog = next(d for d in page.window().findChildren(ScheduleDialog) if d.isVisible())
    assert dialog.item is not None and dialog.item.activity.subject == "Demo"


def test_the_month_shows_each_days_count_and_first_few(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    for n in range(12):
        services.activities.schedule(ActivityCreate(subject=f"Call {n:02}", starts_at=local(TODAY, 8 + n % 9)))
    page = open_calendar(qtbot, open_window, "month")
    cell = next(d for d in page.view.month if d.day == TODAY)
    assert cell.count == 12 and len(cell.first) == 8
    page.view.grab()
    more = [day for _rect, day in page.view._more]
    assert TODAY in more  # "+N more" drawn, and a click on it opens the day
    rect = next(r for r, day in page.view._more if day == TODAY)
    with qtbot.waitSignal(page.view.day_requested):
        mouse(page.view.viewport(), QEvent.Type.MouseButtonPress, rect.center(), Qt.MouseButton.LeftButton)
    assert page.mode == "day"


def test_right_to_left_the_days_run_from_the_right(qtbot: QtBot, services: Services) -> None:
    view = CalendarView(zone())  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(800, 600)
    days = days_shown("week", TODAY, 0)
    view.show_days("week", days, [])
    assert view.column_x(0) > view.column_x(1)  # the first day at the right
    assert view.column_at(view.column_x(0) + 5) == 0


def test_a_block_too_narrow_for_its_text_says_it_in_a_tooltip(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    """Three overlapping activities share a day's column in a week: each block is too narrow for its time and
    subject, so hovering one tells when, what and with whom."""
    anna = add_contact(services, given="Anna", family="Berg")
    for subject in ("Site visit", "Quote call", "Lunch"):
        services.activities.schedule(
            ActivityCreate(subject=subject, starts_at=local(TODAY, 10), duration_minutes=60, contact_ids=[anna])
        )
    page = open_calendar(qtbot, open_window, "week")
    view = page.view
    center, _ = block_of(view, "Quote call")
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, center.toPoint(), viewport.mapToGlobal(center.toPoint()))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = plain(QToolTip.text())  # without the marks that keep each value in its own direction
    first, *rest = text.split("\n")
    assert first.endswith("  Quote call") and rest == ["To-do", "Anna Berg"]
    QToolTip.hideText()
    ring = services.activities.schedule(ActivityCreate(subject="Ring Bo", starts_at=local(TODAY, 9)))  # no length
    qtbot.waitUntil(lambda: any(o.activity_id == ring.id for o in view.occurrences))
    (occurrence,) = [o for o in view.occurrences if o.activity_id == ring.id]
    assert plain(view.tooltip_text(occurrence)).split("\n")[0] == f"{view._time_text(occurrence)}  Ring Bo"


def test_a_short_block_is_a_line_of_text_tall_and_packed_as_drawn(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    """A 15-minute stand-up was drawn a few pixels tall with its text spilling onto the hours below; it is drawn a
    line tall, and a call right after it, which the taller block now reaches, gets a column of its own."""
    services.activities.schedule(ActivityCreate(subject="Stand-up", starts_at=local(TODAY, 9), duration_minutes=15))
    services.activities.schedule(ActivityCreate(subject="Call", starts_at=local(TODAY, 9, 15), duration_minutes=15))
    page = open_calendar(qtbot, open_window, "day")
    view = page.view
    blocks = {b.occurrence.subject: b for b in view._blocks[TODAY]}
    rect = view.block_rect(blocks["Stand-up"], 0)
    assert rect.height() >= view.fontMetrics().height()
    assert {blocks["Stand-up"].column, blocks["Call"].column} == {0, 1}
