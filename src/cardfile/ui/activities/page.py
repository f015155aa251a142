"""The Activities page, the task list: Today, Overdue, This week, Upcoming and All, filtered by type, priority,
owner and person; clear, reschedule and open from the list, one or many at once; upcoming birthdays beside it.

The list, its card, New, Edit, Delete and the remembered columns are the record framework's (ACTIVITIES in kind.py
describes them); this page adds the views and filters above the list, Clear… (Ctrl+D) and Reschedule… (Ctrl+R), a
month beside the list to drop tasks on (each moves to that day, keeping its time), the coming birthdays and
anniversaries, and the number of overdue tasks beside the page's navigation entry, counted in the background.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import Ref
from cardfile.services.tasks import VIEWS, DateReminder, TaskFilter, View
from cardfile.ui.activities import actions
from cardfile.ui.activities.editors import NameSuggestions, type_name
from cardfile.ui.activities.form import local_zone
from cardfile.ui.activities.kind import TaskSource
from cardfile.ui.calendar.mini_month import MiniMonth, tasks_mime
from cardfile.ui.dates import format_date
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.tasks import Progress
from cardfile.ui.widgets.basics import FlowLayout, dim, labelled, side_by_side
from cardfile.ui.words import error_text

REFRESH_MS = 60_000  # overdue comes with time: the count and the rows' colours are read again every minute
COMING_DAYS = 14  # birthdays and anniversaries listed ahead


class ActivitiesPage(RecordListPage):
    """The task list (see the module's docstring)."""

    def __init__(self, kind: RecordKind, services: Services, bridge: EventBridge, *args: Any, **kwargs: Any) -> None:
        super().__init__(kind, services, bridge, *args, **kwargs)
        self.source: TaskSource = self.service
        self.overdue = 0
        self._build_view_bar()
        self._build_side()
        self._build_task_actions()
        self._drag_from: QPoint | None = None
        self.view.viewport().installEventFilter(self)
        self.filters.hide()  # tags, groups and lookups are for people and companies
        self.model.reloaded.connect(self._after_reload)
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh_in_time)
        self._timer.start()
        self._count_timer = QTimer(self, singleShot=True, interval=500)
        self._count_timer.timeout.connect(self.count_overdue)
        self.count_overdue()
        self.refresh_coming()
        self.refresh_task_filters()

    # ----- building -----

    def _build_view_bar(self) -> None:
        self.view_tabs = QTabBar()
        self.view_tabs.setObjectName("taskViews")
        self.view_tabs.setDocumentMode(True)
        self.view_tabs.setExpanding(False)
        for view, text in (
            ("today", self.tr("&Today")),
            ("overdue", self.tr("&Overdue")),
            ("week", self.tr("This &Week")),
            ("upcoming", self.tr("&Upcoming")),
            ("all", self.tr("A&ll")),
        ):
            self.view_tabs.setTabData(self.view_tabs.addTab(text), view)
        self.view_tabs.currentChanged.connect(self._on_view_tab)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName("taskTypeFilter")
        self.priority_filter = QComboBox()
        self.priority_filter.setObjectName("taskPriorityFilter")
        self.priority_filter.addItem(self.tr("Any priority"), None)
        for value, text in (("high", self.tr("High")), ("normal", self.tr("Normal")), ("low", self.tr("Low"))):
            self.priority_filter.addItem(text, value)
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("taskOwnerFilter")
        self.person_filter = QLineEdit()
        self.person_filter.setObjectName("taskPersonFilter")
        self.person_filter.setPlaceholderText(self.tr("Anyone (type a name)"))
        self.person_filter.setToolTip(self.person_filter.placeholderText())  # the field may cut it short
        self.person_filter.setClearButtonEnabled(True)
        self.person_filter.setMaximumWidth(220)
        self._person_suggestions = NameSuggestions(self.person_filter, self.services, "contact", self.filter_by_person)
        self.person_filter.textChanged.connect(self._on_person_text)
        self._person: Ref | None = None
        for combo in (self.type_filter, self.priority_filter, self.owner_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.activated.connect(lambda _i: self._apply_task_filters())
        bar = QWidget()
        bar.setObjectName("taskFilterBar")
        row = FlowLayout(bar)  # a narrow window puts the filters under the views rather than growing wider
        row.setContentsMargins(6, 2, 6, 2)
        row.add(self.view_tabs)
        for caption, widget in (
            (self.tr("T&ype:"), self.type_filter),
            (self.tr("P&riority:"), self.priority_filter),
            (self.tr("O&wner:"), self.owner_filter),
            (self.tr("&With:"), self.person_filter),
        ):
            row.add(labelled(caption, widget))
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, bar)

    def _build_side(self) -> None:
        self.month = MiniMonth()
        self.month.setToolTip(self.tr("Drop tasks on a day to move them there; they keep their time of day"))
        self.month.dropped.connect(self.move_to_day)
        self.month.chosen.connect(lambda _day: None)
        drop_hint = dim(QLabel(self.tr("Drag tasks onto a day to move them.")))
        drop_hint.setWordWrap(True)
        self.coming = QListWidget()
        self.coming.setObjectName("comingDates")
        self.coming.itemActivated.connect(self._open_coming)
        coming_title = QLabel(self.tr("Birthdays and anniversaries"))
        font = coming_title.font()
        font.setBold(True)
        coming_title.setFont(font)
        side = QWidget()
        side.setObjectName("taskSide")
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 8, 8, 8)
        column.addWidget(self.month)
        column.addWidget(drop_hint)
        column.addSpacing(8)
        column.addWidget(coming_title)
        column.addWidget(self.coming, 1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.removeWidget(self.stack)
        self.body = side_by_side(QSplitter(Qt.Orientation.Horizontal))
        self.body.setObjectName("activitiesBody")
        self.body.addWidget(self.stack)
        self.body.addWidget(side)
        self.body.setCollapsible(0, False)
        self.body.setCollapsible(1, True)  # a narrow window may fold the month and birthdays away
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 0)
        self.body.setSizes([900, self.month.sizeHint().width() + 16])
        side.setMinimumSize(1, 1)  # not the page's minimum: a small window narrows it, or folds it away
        side.setMaximumWidth(320)
        layout.addWidget(self.body, 1)

    def _build_task_actions(self) -> None:
        self.clear_action = self._action(self.tr("C&lear…"), self.ask_clear, ["Ctrl+D"], "clearTasks")
        self.clear_action.setToolTip(self.tr("Clear the selected tasks: say how they went (Ctrl+D)"))
        self.reschedule_action = self._action(
            self.tr("&Reschedule…"), self.ask_reschedule, ["Ctrl+R"], "rescheduleTasks"
        )
        self.reschedule_action.setToolTip(self.tr("Move the selected tasks to another day or time (Ctrl+R)"))
        first = next(
            (a for a in self.toolbar.actions() if a in (self.tag_action, self.group_action, self.delete_action)), None
        )
        self.toolbar.insertActions(first, [self.clear_action, self.reschedule_action])  # type: ignore[arg-type]
        self.add_row_action(self.clear_action)
        self.add_row_action(self.reschedule_action)
        self.view.selectionModel().selectionChanged.connect(self._update_task_actions)
        self._update_task_actions()

    def new_text(self) -> str:
        return self.tr("&Schedule…")

    # ----- views and filters -----

    def show_tasks(self, view: View) -> None:
        """Show Today, Overdue, This week, Upcoming or All."""
        self.view_tabs.setCurrentIndex(VIEWS.index(view))

    def _on_view_tab(self, index: int) -> None:
        view = self.view_tabs.tabData(index)
        if view and view != self.source.view:
            self.source.view = view
            self.model.schedule_reload()
            self.count_changed.emit()

    def task_filter(self) -> TaskFilter:
        types = self.type_filter.currentData()
        priority = self.priority_filter.currentData()
        return TaskFilter(
            type_ids=(types,) if types else (),
            priorities=(priority,) if priority else (),
            owner=self.owner_filter.currentData(),
            contact_id=self._person.id if self._person is not None else None,
        )

    def _apply_task_filters(self) -> None:
        filters = self.task_filter()
        if filters != self.source.filters:
            self.source.filters = filters
            self.model.schedule_reload()
            self.show_all_action.setEnabled(self.is_filtered())
            self.count_changed.emit()

    def is_filtered(self) -> bool:
        return self.source.filters != TaskFilter()

    def filter_by_person(self, ref: Ref | None) -> None:
        """Only the tasks with this person (None: with anyone)."""
        self._person = ref
        self.person_filter.blockSignals(True)
        self.person_filter.setText(ref.name if ref is not None else "")
        self.person_filter.blockSignals(False)
        self._apply_task_filters()

    def _on_person_text(self, text: str) -> None:
        if self._person is not None and text != self._person.name:
            self._person = None
            self._apply_task_filters()

    def filter_by(self, **_ignored: Any) -> bool:
        return False

    def clear_filters(self) -> None:
        for combo in (self.type_filter, self.priority_filter, self.owner_filter):
            combo.setCurrentIndex(0)
        self.filter_by_person(None)

    def refresh_task_filters(self) -> None:
        """Types now; owners (a scan) on a worker."""
        chosen = self.type_filter.currentData()
        self.type_filter.clear()
        self.type_filter.addItem(self.tr("Any type"), None)
        for activity_type in self.services.activities.types():
            self.type_filter.addItem(type_name(activity_type.key, activity_type.name), activity_type.id)
        self.type_filter.setCurrentIndex(max(self.type_filter.findData(chosen), 0) if chosen else 0)

        def read(_progress: Progress, _cancel: threading.Event) -> list[str]:
            return self.services.tasks.owners()

        def fill(owners: list[str]) -> None:
            current = self.owner_filter.currentData()
            self.owner_filter.clear()
            self.owner_filter.addItem(self.tr("Anyone"), None)
            for owner in owners:
                self.owner_filter.addItem(self.tr("me") if owner == "me" else owner, owner)
            self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0) if current else 0)

        self.runner.run(read, key="task-owners", announce=False, on_done=fill)

    def _after_reload(self) -> None:
        """An empty view says so in its own words; a filter that hides everything offers to show it all."""
        if self.model.rowCount() or self.card.is_editing:
            return
        if self.is_filtered():
            self.stack.setCurrentWidget(self.no_matches)
            self.show_all_action.setEnabled(True)
            return
        titles = {
            "today": self.tr("Nothing more for today"),
            "overdue": self.tr("Nothing overdue"),
            "week": self.tr("Nothing more this week"),
            "upcoming": self.tr("Nothing coming up"),
            "all": self.tr("Nothing to do"),
        }
        self.empty.title.setText(titles.get(self.source.view, self.words.empty_title))

    def count_text(self) -> str:
        return self.decorate_count(
            self.tr("%Ln task(s)", "", self.count()) + (self.tr(" (filtered)") if self.is_filtered() else "")
        )

    # ----- the badge and time passing -----

    def count_overdue(self) -> None:
        """Count the overdue tasks on a worker; the navigation shows the number."""
        tasks = self.services.tasks

        def count(_progress: Progress, _cancel: threading.Event) -> int:
            return tasks.overdue_count(zone=local_zone())

        self.runner.run(count, key="overdue-count", announce=False, on_done=self._show_overdue)

    def _show_overdue(self, count: int) -> None:
        self.overdue = int(count)
        index = VIEWS.index("overdue")
        text = self.tr("&Overdue")
        self.view_tabs.setTabText(
            index,
            self.tr("{view} ({count})").format(view=text, count=QLocale().toString(int(count))) if count else text,
        )
        badge = QLocale().toString(self.overdue) if self.overdue else ""
        self.badge_changed.emit(badge, self.tr("%Ln task(s) overdue", "", self.overdue))

    def refresh_in_time(self) -> None:
        """A minute passed: tasks may have become overdue (or today may be tomorrow)."""
        self.count_overdue()
        if self.isVisible() and not self.card.is_editing:
            self.model.forget_rows()
            self.model.schedule_reload()
        self.month.set_today(self.services.db.now().astimezone().date())

    def on_records_changed(self, event: RecordsChanged) -> None:
        if touches(event, "activity"):
            self._count_timer.start()
        if touches(event, "activity_type"):
            self.refresh_task_filters()
        if touches(event, "contact"):
            self.refresh_coming()

    # ----- birthdays and anniversaries -----

    def refresh_coming(self) -> None:
        tasks = self.services.tasks

        def read(_progress: Progress, _cancel: threading.Event) -> list[DateReminder]:
            return tasks.coming_dates(days=COMING_DAYS)

        self.runner.run(read, key="coming-dates", announce=False, on_done=self._show_coming)

    def _show_coming(self, found: list[DateReminder]) -> None:
        self.coming.clear()
        for reminder in found:
            self.coming.addItem(self._coming_item(reminder))
        if not found:
            item = QListWidgetItem(self.tr("None in the next two weeks"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.coming.addItem(item)

    def _coming_item(self, reminder: DateReminder) -> QListWidgetItem:
        day = format_date(reminder.day)
        if reminder.kind == "birthday":
            what = (
                self.tr("birthday ({age})").format(age=QLocale().toString(reminder.years))
                if reminder.years
                else self.tr("birthday")
            )
        else:
            what = (
                self.tr("anniversary ({years})").format(years=QLocale().toString(reminder.years))
                if reminder.years
                else self.tr("anniversary")
            )
        item = QListWidgetItem(self.tr("{name}\n{day} · {what}").format(day=day, name=reminder.name, what=what))
        # Two lines, with room for a taller script: Qt measured the Persian date line with the Latin font's height,
        # and the item showed only a name cut to "…".
        spacing = self.coming.fontMetrics().lineSpacing()
        item.setSizeHint(QSize(0, 2 * spacing * 5 // 4 + 4))
        item.setData(Qt.ItemDataRole.UserRole, reminder.contact_id)
        # the whole of it too: the narrow side cuts the line short ("день рожден…")
        item.setToolTip(item.text() + "\n\n" + self.tr("Open {name}").format(name=reminder.name))
        return item

    def _open_coming(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        if contact_id:
            self.record_requested.emit("contact", contact_id)

    # ----- acting on tasks -----

    def _update_task_actions(self) -> None:
        has = self.view.selectionModel().hasSelection() and not self.card.is_editing
        self.clear_action.setEnabled(has)
        self.reschedule_action.setEnabled(has)

    def _update_actions(self) -> None:
        super()._update_actions()
        if hasattr(self, "clear_action"):
            self._update_task_actions()
        self.show_all_action.setEnabled(self.is_filtered() if hasattr(self, "source") else False)

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        """Schedule… opens the schedule dialog (the card's form is for changing an activity in place). No page asks
        for a new activity with a preset: the Activities tabs schedule through `actions.schedule` themselves."""
        if self.may_leave_form():
            actions.schedule(self.services, self.window())

    def ask_clear(self) -> Any:
        return actions.clear(self.services, self.window(), self.selected_ids())

    def ask_reschedule(self) -> Any:
        return actions.reschedule(self.services, self.window(), self.selected_ids())

    def move_to_day(self, day: date, keys: Sequence[str]) -> int:
        """Move tasks to a day, each keeping its time of day and length (one step to undo)."""
        try:
            return self.services.tasks.reschedule_many(list(keys), day, zone=local_zone())
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Reschedule"), error_text(error))
            return 0

    # ----- dragging tasks out of the list -----

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport():
            if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
                index = self.view.indexAt(event.position().toPoint())
                selected = index.isValid() and self.view.selectionModel().isRowSelected(index.row())
                self._drag_from = event.position().toPoint() if selected else None
            elif event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
                if (
                    self._drag_from is not None
                    and event.buttons() & Qt.MouseButton.LeftButton
                    and (event.position().toPoint() - self._drag_from).manhattanLength()
                    >= QApplication.startDragDistance()
                ):
                    self._drag_from = None
                    self.drag_selected()
                    return True
            elif event.type() == QEvent.Type.MouseButtonRelease:
                self._drag_from = None
        return super().eventFilter(watched, event)

    def drag_selected(self) -> None:
        keys = self.selected_ids()
        if not keys:
            return
        drag = QDrag(self.view)
        drag.setMimeData(tasks_mime(keys))
        drag.exec(Qt.DropAction.MoveAction)

    # ----- opening an activity -----

    def select_record(self, record_id: str) -> bool:
        """Select a task: the key given, or the occurrence a series is listed by; switching to All when this view
        does not hold it; a cleared activity's card is shown without a row."""
        key = record_id
        if self.model.row_of(key) is None and "@" not in key:
            key = next((k for k in self.model.ids() if k.startswith(f"{record_id}@")), key)
        if self.model.row_of(key) is not None:
            return super().select_record(key)
        if self.source.view != "all":
            self.source.view = "all"
            self.view_tabs.blockSignals(True)
            self.view_tabs.setCurrentIndex(VIEWS.index("all"))
            self.view_tabs.blockSignals(False)
            self.model.reload()
            self.count_changed.emit()
            key = record_id
            if self.model.row_of(key) is None and "@" not in key:
                key = next((k for k in self.model.ids() if k.startswith(f"{record_id}@")), key)
            if self.model.row_of(key) is not None:
                return super().select_record(key)
        if not self.may_leave_form(record_id) or self.kind.read(self.services, record_id) is None:
            return False
        self.view.clearSelection()
        self.stack.setCurrentWidget(self.splitter)
        self.card.show_record(record_id)
        return True

    # ----- remembered state -----

    def save_state(self, settings: QSettings) -> None:
        super().save_state(settings)
        settings.setValue("activities/taskView", self.source.view)
        settings.setValue("activities/body", self.body.saveState())

    def restore_state(self, settings: QSettings) -> None:
        super().restore_state(settings)
        view = settings.value("activities/taskView")
        if isinstance(view, str) and view in VIEWS:
            self.show_tasks(view)
        body = settings.value("activities/body")
        if body is not None:
            self.body.restoreState(body)
