"""The Calendar page: a day, a working week, a week or a month of activities, a small month to jump, and the chosen
activity's card beside them.

Everything is read in the background (the month through `ActivityService.month`, the lean read; the others through
`occurrences`) while the last view stays painted, so paging through weeks never waits on the database. A drag in the
view moves or stretches an activity (one occurrence of a repeating one on its own), a click or drag over an empty
slot schedules one there, a double click opens the schedule dialog over it.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSplitter, QToolBar, QVBoxLayout, QWidget

from cardfile.domain.errors import CardfileError
from cardfile.domain.models import ActivityUpdate
from cardfile.domain.recurrence import zone_of
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.month_view import DayCount
from cardfile.services.readmodels import Occurrence
from cardfile.ui.activities import actions
from cardfile.ui.activities.editors import When
from cardfile.ui.activities.form import local_zone
from cardfile.ui.activities.kind import ACTIVITIES, week_start
from cardfile.ui.calendar.layout import MODES, Mode, days_shown, step
from cardfile.ui.calendar.mini_month import MiniMonth
from cardfile.ui.calendar.view import CalendarView
from cardfile.ui.dates import format_day, month_year_text
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.records.card import RecordCard
from cardfile.ui.records.list_page import Page
from cardfile.ui.tasks import Progress, TaskRunner
from cardfile.ui.widgets.basics import side_by_side
from cardfile.ui.words import error_text

MONTH_ITEMS = 8  # a month cell's first few, read with its count
NOW_MS = 60_000
CARD_WIDTH = 240  # the least width of the activity's card beside the calendar


class CalendarPage(Page):
    """See the module's docstring."""

    def __init__(
        self,
        services: Services,
        bridge: EventBridge,
        *,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.services = services
        self.runner = runner if runner is not None else TaskRunner(self, max_threads=2)
        self.zone = zone_of(local_zone())
        self.mode: Mode = "week"
        self.anchor = self._today()
        self.shown: tuple[Mode, date] | None = None  # what the view shows now (the last read that arrived)
        self.view = CalendarView(self.zone)
        self.month = MiniMonth()
        self.month.setObjectName("calendarMiniMonth")
        self.card = RecordCard(services, ACTIVITIES, runner=self.runner)
        self.card.record_requested.connect(self.record_requested)
        self.title = QLabel()
        self.title.setObjectName("calendarTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.toolbar = self._build_toolbar()
        side = QSplitter(Qt.Orientation.Vertical)
        side.setObjectName("calendarSide")
        month_box = QWidget()
        month_column = QVBoxLayout(month_box)
        month_column.setContentsMargins(6, 6, 6, 0)
        month_column.addWidget(self.month)
        month_column.addStretch(1)
        side.addWidget(month_box)
        side.addWidget(self.card)
        side.setStretchFactor(1, 1)
        # The card beside the calendar may be narrower than on a list page, never narrower than the side: a narrow
        # side cut the card at the window's edge ("Выберите дело, чтобы просмотреть ег"). A small window folds the
        # side away instead (its splitter handle).
        self.card.setMinimumWidth(CARD_WIDTH)
        side.setMinimumHeight(1)  # but not the page's least height: the month and the card scroll in a low window
        self.side = side
        self.splitter = side_by_side(QSplitter(Qt.Orientation.Horizontal))
        self.splitter.setObjectName("calendarSplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(side)
        self.splitter.setCollapsible(0, False)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([820, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

        self.view.selected.connect(self._on_selected)
        self.view.open_requested.connect(self.open_occurrence)
        self.view.create_requested.connect(self.schedule_at)
        self.view.move_requested.connect(self.move_occurrence)
        self.view.resize_requested.connect(self.resize_to)
        self.view.day_requested.connect(lambda day: self.show_date(day, "day"))
        self.month.chosen.connect(lambda day: self.show_date(day))
        self.month.dropped.connect(self._on_dropped)
        bridge.records_changed.connect(self._on_records_changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=150)
        self._reload_timer.timeout.connect(self.reload)
        self._now_timer = QTimer(self, interval=NOW_MS)
        self._now_timer.timeout.connect(self._tick)
        self._now_timer.start()
        self._tick()
        self.show_date(self.anchor, self.mode)

    # ----- building -----

    def _build_toolbar(self) -> QToolBar:
        toolbar = QToolBar()
        toolbar.setObjectName("calendarToolBar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def action(text: str, slot: Any, keys: list[str], name: str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.setShortcuts([QKeySequence(k) for k in keys])
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while this page is shown
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.new_action = action(self.tr("&Schedule…"), lambda: self.schedule_at(None, None), ["Ctrl+N"], "newRecord")
        self.today_action = action(self.tr("&Today"), self.go_today, ["Ctrl+Home"], "calendarToday")
        previous = "PgDown" if self.isRightToLeft() else "PgUp"
        following = "PgUp" if self.isRightToLeft() else "PgDown"
        self.previous_action = action("‹", lambda: self.go(-1), [f"Ctrl+{previous}", "Alt+Left"], "calendarPrevious")
        self.previous_action.setToolTip(self.tr("Back (Alt+Left)"))
        self.next_action = action("›", lambda: self.go(1), [f"Ctrl+{following}", "Alt+Right"], "calendarNext")
        self.next_action.setToolTip(self.tr("On (Alt+Right)"))
        self.open_action = action(self.tr("&Open…"), self.open_selected, [], "calendarOpen")
        self.clear_action = action(self.tr("&Clear…"), self.clear_selected, ["Ctrl+D"], "calendarClear")
        self.mode_actions = QActionGroup(self)
        titles = {
            "day": self.tr("&Day"),
            "workweek": self.tr("&Work Week"),
            "week": self.tr("W&eek"),
            "month": self.tr("&Month"),
        }
        for number, mode in enumerate(MODES, start=1):
            chosen = action(
                titles[mode],
                lambda _=False, m=mode: self.show_date(self.anchor, m),
                [f"Alt+{number}"],
                f"calendar_{mode}",
            )
            chosen.setCheckable(True)
            chosen.setData(mode)
            self.mode_actions.addAction(chosen)
        toolbar.addAction(self.new_action)
        toolbar.addSeparator()
        toolbar.addActions([self.today_action, self.previous_action, self.next_action])
        toolbar.addWidget(self.title)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        toolbar.addActions([self.open_action, self.clear_action])
        toolbar.addSeparator()
        toolbar.addActions(self.mode_actions.actions())
        self._update_actions()
        return toolbar

    # ----- what is shown -----

    def _today(self) -> date:
        return self.services.db.now().astimezone(self.zone).date()

    def go_today(self) -> None:
        self.show_date(self._today())

    def go(self, direction: int) -> None:
        self.show_date(step(self.mode, self.anchor, direction))

    def show_date(self, day: date, mode: Mode | None = None) -> None:
        """Show the day, week or month holding `day` (in `mode`, else the current one); read in the background."""
        self.anchor = day
        if mode is not None:
            self.mode = mode
        for chosen in self.mode_actions.actions():
            chosen.setChecked(chosen.data() == self.mode)
        self.month.set_selected(day)
        self.title.setText(self.period_title())
        self.reload()

    def days(self) -> list[date]:
        return days_shown(self.mode, self.anchor, week_start())

    def period_title(self) -> str:
        locale = QLocale()
        days = self.days()
        if self.mode == "month":
            return month_year_text(self.anchor.year, self.anchor.month)
        if self.mode == "day":
            return locale.toString(_qdate(self.anchor), QLocale.FormatType.LongFormat)
        first, last = days[0], days[-1]
        # each day as the language writes it ('5月24日 – 2026年5月30日', not '24 5月 – 30 5月 2026')
        return self.tr("{first} – {last}").format(first=format_day(first, year=False), last=format_day(last))

    def reload(self) -> None:
        """Read what the view shows, on a worker; the view keeps the last one painted until it arrives."""
        mode, anchor, days = self.mode, self.anchor, self.days()
        activities, zone = self.services.activities, self.zone

        def read(_progress: Progress, _cancel: threading.Event) -> tuple[Mode, date, list[date], Any]:
            if mode == "month":
                return (
                    mode,
                    anchor,
                    days,
                    activities.month(days[0], days[-1] + timedelta(days=1), zone=zone, per_day=MONTH_ITEMS),
                )
            start = _midnight(days[0], zone)
            end = _midnight(days[-1] + timedelta(days=1), zone)
            return mode, anchor, days, activities.occurrences(start, end, zone=zone, people=True)

        self.runner.run(read, key="calendar-read", announce=False, on_done=self._on_read)

    def _on_read(self, result: tuple[Mode, date, list[date], Any]) -> None:
        mode, anchor, days, data = result
        if (mode, anchor) != (self.mode, self.anchor):
            return  # a newer read is on its way
        self.shown = (mode, anchor)
        if mode == "month":
            counts: list[DayCount] = data
            self.view.show_month(anchor, counts)
            self.month.set_marked({d.day for d in counts if d.count})
        else:
            self.view.show_days(mode, days, data)
            self.month.set_marked({o.starts_at.astimezone(self.zone).date() for o in data if o.starts_at})
        self._update_actions()
        self.count_changed.emit()

    def _tick(self) -> None:
        now = self.services.db.now()
        self.view.set_now(now)
        self.month.set_today(now.astimezone(self.zone).date())

    def _on_records_changed(self, event: RecordsChanged) -> None:
        if touches(event, "activity") or touches(event, "contact") or touches(event, "activity_type"):
            self._reload_timer.start()
        self.card.refresh(event)

    # ----- acting -----

    def _on_selected(self, occurrence: Occurrence | None) -> None:
        if not self.card.is_editing:  # an open form stays until it is saved or cancelled
            if occurrence is None:
                self.card.clear()
            else:
                self.card.show_record(occurrence.key)
        self._update_actions()

    def _update_actions(self) -> None:
        chosen = self.view.selected_occurrence()
        self.open_action.setEnabled(chosen is not None)
        self.clear_action.setEnabled(chosen is not None and chosen.status == "scheduled")

    def open_occurrence(self, occurrence: Occurrence) -> Any:
        """The schedule dialog over an activity (one occurrence of a repeating one asks, on saving, which)."""
        return actions.edit(self.services, self.window(), occurrence.key)

    def open_selected(self) -> Any:
        chosen = self.view.selected_occurrence()
        return self.open_occurrence(chosen) if chosen is not None else None

    def clear_selected(self) -> Any:
        chosen = self.view.selected_occurrence()
        return actions.clear(self.services, self.window(), [chosen.key]) if chosen is not None else None

    def schedule_at(self, start: datetime | date | None, end: datetime | None) -> Any:
        """Schedule over a slot (start and end), on a day (a date: timeless), or at the next half hour (None)."""
        if isinstance(start, datetime):
            local = start.astimezone(self.zone)
            minutes = int((end - start).total_seconds() // 60) if end is not None else 30
            when = When("timed", local.date(), local.time().replace(second=0, microsecond=0), minutes)
        elif isinstance(start, date):
            when = When("timeless", start)
        else:
            when = None
        return actions.schedule(self.services, self.window(), when=when)

    def move_occurrence(self, occurrence: Occurrence, to: datetime | date) -> bool:
        """A block dragged: the activity (or this one occurrence) moves there, keeping its length."""
        try:
            if isinstance(to, datetime):
                _reschedule(self.services, occurrence, to)
            else:
                self.services.tasks.reschedule_many([occurrence.key], to, zone=local_zone())
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Move Activity"), error_text(error))
            return False
        self.view.select(None)
        return True

    def resize_to(self, occurrence: Occurrence, end: datetime) -> bool:
        """A block's end dragged: it lasts until then (one occurrence of a repeating one on its own)."""
        changes = ActivityUpdate.model_construct(ends_at=end, _fields_set={"ends_at"})
        activities = self.services.activities
        try:
            if occurrence.series_id is not None and occurrence.activity_id == occurrence.series_id:
                assert occurrence.occurrence is not None
                activities.update_occurrence(occurrence.series_id, occurrence.occurrence, changes)
            else:
                activities.update(occurrence.activity_id, changes)
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Change Length"), error_text(error))
            return False
        return True

    def _on_dropped(self, day: date, keys: list[str]) -> None:
        try:
            self.services.tasks.reschedule_many(keys, day, zone=local_zone())
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Move Activity"), error_text(error))

    # ----- the page -----

    def count_text(self) -> str:
        if self.mode == "month":
            total = sum(d.count for d in self.view.month)
        else:
            total = len(self.view.occurrences)
        return self.tr("%Ln activity(s) shown", "", total)

    def select_record(self, record_id: str) -> bool:
        found = next((o for o in self.view.occurrences if record_id in (o.key, o.activity_id)), None)
        if found is None:
            return False
        self.view.select(found.key)
        self.card.show_record(found.key)
        return True

    def selected_ids(self) -> list[str]:
        chosen = self.view.selected_occurrence()
        return [chosen.key] if chosen is not None else []

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def may_leave_form(self, going_to: str | None = None) -> bool:
        if not self.card.is_editing:
            return True
        if self.card.has_unsaved_changes():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved Changes"),
                self.tr("Save the changes to this activity?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Save:
                return self.card.save()
            if answer == QMessageBox.StandardButton.Cancel:
                return False
        self.card.cancel()
        return True

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("calendar/mode", self.mode)
        settings.setValue("calendar/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        mode = settings.value("calendar/mode")
        splitter = settings.value("calendar/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if isinstance(mode, str) and mode in MODES:
            self.show_date(self.anchor, mode)


def _reschedule(services: Services, occurrence: Occurrence, start: datetime) -> None:
    if occurrence.series_id is not None and occurrence.activity_id == occurrence.series_id:
        services.activities.reschedule(occurrence.activity_id, start, occurrence=occurrence.occurrence)
    else:
        services.activities.reschedule(occurrence.activity_id, start)


def _midnight(day: date, zone: Any) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(tzinfo=zone)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
