"""The Activities page, the task list: its views, overdue in red, filters, clearing and rescheduling one or many
(each one step to undo), a drop on a day, the birthdays beside it and the overdue count in the navigation."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTranslator
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ActivityCreate
from cardfile.domain.recurrence import local_zone_name, zone_of
from cardfile.services import Services, open_database
from cardfile.services.readmodels import Ref
from cardfile.ui.activities.clear import ClearDialog, RescheduleDialog
from cardfile.ui.activities.kind import OVERDUE_RED
from cardfile.ui.activities.page import ActivitiesPage
from cardfile.ui.dashboard.page import DashboardPage
from cardfile.ui.main_window import MainWindow
from tests.gui.conftest import OpenWindow
from tests.helpers import FixedClock, add_contact, local

pytestmark = pytest.mark.gui

NOW = datetime(2025, 3, 12, 12, 0, tzinfo=UTC)  # a Wednesday, noon


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    with open_database(db_path, now=FixedClock(NOW)) as opened:
        yield opened


def today() -> date:
    return NOW.astimezone(zone_of(local_zone_name())).date()


@pytest.fixture
def planned(services: Services) -> dict[str, str]:
    """Overdue from yesterday, one for later today, one next week, a timeless to-do for today, one done."""
    schedule = services.activities.schedule
    anna = add_contact(services, given="Anna", family="Jónsdóttir")
    call = services.activities.resolve_type("call")
    done = schedule(ActivityCreate(subject="Old call", starts_at=local(today() - timedelta(days=3), 9)))
    services.activities.clear(done.id)
    return {
        "overdue": schedule(
            ActivityCreate(
                subject="Send the quote",
                starts_at=local(today() - timedelta(days=1), 9),
                contact_ids=[anna],
                type_id=call,
                priority="high",
            )
        ).id,
        "later": schedule(
            ActivityCreate(subject="Call Anna", starts_at=local(today(), 23, 0), contact_ids=[anna], type_id=call)
        ).id,
        "todo": schedule(ActivityCreate(subject="Expenses", starts_at=today(), timeless=True)).id,
        "next_week": schedule(
            ActivityCreate(subject="Trade fair", starts_at=today() + timedelta(days=8), all_day=True)
        ).id,
        "anna": anna,
    }


def open_tasks(qtbot: QtBot, open_window: OpenWindow) -> tuple[MainWindow, ActivitiesPage]:
    window = open_window()
    page = window.go_to("activities")
    assert isinstance(page, ActivitiesPage)
    qtbot.waitUntil(lambda: not page.model.is_reloading())
    return window, page


def subjects(page: ActivitiesPage) -> list[str]:
    return [page.model.index(row, 1).data() for row in range(page.model.rowCount())]


def show(qtbot: QtBot, page: ActivitiesPage, view: str) -> None:
    page.show_tasks(view)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not page.model.is_reloading())


def test_the_views_hold_what_they_say(
    qtbot: QtBot, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    _, page = open_tasks(qtbot, open_window)
    show(qtbot, page, "today")
    assert subjects(page) == ["Expenses", "Call Anna"]
    show(qtbot, page, "overdue")
    assert subjects(page) == ["Send the quote"]
    show(qtbot, page, "upcoming")
    assert subjects(page) == ["Expenses", "Call Anna", "Trade fair"]
    show(qtbot, page, "all")
    assert subjects(page) == ["Send the quote", "Expenses", "Call Anna", "Trade fair"]
    page.sort_by("subject")
    qtbot.waitUntil(lambda: not page.model.is_reloading())
    assert subjects(page) == ["Call Anna", "Expenses", "Send the quote", "Trade fair"]


def test_overdue_is_red_with_the_word_until_it_is_moved(
    qtbot: QtBot, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    window, page = open_tasks(qtbot, open_window)
    show(qtbot, page, "all")
    row = subjects(page).index("Send the quote")
    status = page.model.column_keys().index("status")
    assert page.model.index(row, status).data() == "overdue"
    assert page.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) == QColor(OVERDUE_RED)
    calm = subjects(page).index("Call Anna")
    assert page.model.index(calm, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    qtbot.waitUntil(lambda: "1" in window.navigation.item(2).text())  # the count beside Activities, from a worker
    assert window.navigation.item(2).toolTip() == "1 task overdue"
    page.move_to_day(today() + timedelta(days=1), [planned["overdue"]])
    qtbot.waitUntil(lambda: not page.model.is_reloading() and "overdue" not in _statuses(page))
    qtbot.waitUntil(lambda: window.navigation.item(2).text() == "Activities")


def _statuses(page: ActivitiesPage) -> list[str]:
    status = page.model.column_keys().index("status")
    return [page.model.index(row, status).data() for row in range(page.model.rowCount())]


def test_filters_by_type_priority_and_person(
    qtbot: QtBot, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    _, page = open_tasks(qtbot, open_window)
    show(qtbot, page, "all")
    page.type_filter.setCurrentIndex(page.type_filter.findData(services.activities.resolve_type("call")))
    page.type_filter.activated.emit(page.type_filter.currentIndex())
    qtbot.waitUntil(lambda: subjects(page) == ["Send the quote", "Call Anna"])
    page.priority_filter.setCurrentIndex(page.priority_filter.findData("high"))
    page.priority_filter.activated.emit(page.priority_filter.currentIndex())
    qtbot.waitUntil(lambda: subjects(page) == ["Send the quote"])
    page.clear_filters()
    page.filter_by_person(Ref(planned["anna"], "Anna Jónsdóttir"))
    qtbot.waitUntil(lambda: subjects(page) == ["Send the quote", "Call Anna"])
    page.filter_by_person(None)
    qtbot.waitUntil(lambda: len(subjects(page)) == 4)


def test_bulk_clear_is_one_step_to_undo(
    qtbot: QtBot, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    window, page = open_tasks(qtbot, open_window)
    show(qtbot, page, "all")
    page.view.selectAll()
    dialog = page.ask_clear()
    assert isinstance(dialog, ClearDialog) and dialog.item is None
    dialog.no_answer.setChecked(True)
    assert dialog.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert {services.activities.get(i).result for k, i in planned.items() if k != "anna"} == {"no_answer"}
    window.undo()
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)


def test_bulk_reschedule_keeps_each_time_of_day(
    qtbot: QtBot, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    _, page = open_tasks(qtbot, open_window)
    show(qtbot, page, "all")
    rows = [subjects(page).index(s) for s in ("Send the quote", "Call Anna")]
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    dialog = page.ask_reschedule()
    assert isinstance(dialog, RescheduleDialog)
    monday = today() + timedelta(days=5)
    dialog.day.setDate(monday)
    assert dialog.move_tasks()
    assert services.activities.get(planned["overdue"]).starts_at == local(monday, 9)
    assert services.activities.get(planned["later"]).starts_at == local(monday, 23)
    services.history.undo()
    assert services.activities.get(planned["later"]).starts_at == local(today(), 23)


def test_dropping_tasks_on_a_day_of_the_month_moves_them(
    qtbot: QtBot, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    from cardfile.ui.calendar.mini_month import tasks_mime

    _, page = open_tasks(qtbot, open_window)
    grid = page.month.grid
    target = today() + timedelta(days=2)
    page.month.show_month(target.year, target.month)
    index = grid.days().index(target)
    point = grid._cell(index).center()
    mime = tasks_mime([planned["todo"]])  # held here: the event does not own it
    event = QDropEvent(
        QPointF(point), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(grid.dropped):
        grid.dropEvent(event)
    assert services.activities.get(planned["todo"]).starts_at == datetime.combine(target, time(), UTC)


def test_a_birthday_coming_up_is_listed_without_an_age_when_the_year_is_unknown(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    soon = today() + timedelta(days=3)
    add_contact(services, given="Guðrún", birthday=f"--{soon:%m-%d}")
    add_contact(services, given="Ólafur", birthday=f"{soon.year - 40}-{soon:%m-%d}")
    _, page = open_tasks(qtbot, open_window)
    qtbot.waitUntil(lambda: page.coming.count() == 2)
    lines = sorted(page.coming.item(i).text() for i in range(page.coming.count()))
    assert any("Guðrún" in line and line.endswith("birthday") for line in lines)
    assert any("Ólafur" in line and "(40)" in line for line in lines)


def test_opening_an_activity_from_elsewhere_selects_it(
    qtbot: QtBot, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    window, page = open_tasks(qtbot, open_window)
    show(qtbot, page, "today")
    window.open_record("activity", planned["next_week"])  # not in Today: the page switches to All
    assert page.source.view == "all" and page.selected_id() == planned["next_week"]
    assert page.card.record_id == planned["next_week"]
    done = next(a for a in services.activities.list() if a.status == "done")
    window.open_record("activity", done.id)  # history: its card, without a row
    assert page.card.record_id == done.id


class Marking(QTranslator):
    """A translation that brackets every text it is asked for, to see which texts went through translation."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"⟦{source}⟧"


def test_an_activitys_history_and_the_dashboard_say_its_values_in_the_readers_words(
    qtbot: QtBot, qapp: QApplication, services: Services, open_window: OpenWindow, planned: dict[str, str]
) -> None:
    """Regression (issue 17, the Persian screenshots): History showed the activity's raw values, "Type: Meeting",
    "Priority: high", "Repeat: FREQ=WEEKLY", and the dashboard's day "… · Meeting", in English in every language."""
    weekly = services.activities.schedule(
        ActivityCreate(
            subject="Stand-up", starts_at=local(today(), 22, 0), type_id=services.activities.resolve_type("meeting"),
            rrule="FREQ=WEEKLY", priority="high",
        )
    )  # fmt: skip
    marking = Marking()
    qapp.installTranslator(marking)
    try:
        window, page = open_tasks(qtbot, open_window)
        window.open_record("activity", weekly.id)
        tabs = page.card.tabs
        assert tabs is not None
        tabs.show_tab("history")
        changes = "\n".join(
            label.text()
            for label in tabs.pages["history"].findChildren(QLabel)
            if label.objectName() == "historyChanges"
        )
        assert "⟦Meeting⟧" in changes and "⟦high⟧" in changes, changes
        assert "FREQ=" not in changes and "⟦Every week⟧" in changes, changes
        dashboard = window.go_to("dashboard")
        assert isinstance(dashboard, DashboardPage)
        qtbot.waitUntil(lambda: dashboard.task_list.count() > 0 and dashboard.data is not None)
        shown = [dashboard.task_list.item(row).text() for row in range(dashboard.task_list.count())]
        assert any("⟦Meeting⟧" in text for text in shown), shown
    finally:
        qapp.removeTranslator(marking)
