"""Reminders while the app runs: an activity's alarm pops up at its time, in one window listing all that are due.

Each alarm can be opened, cleared, snoozed (5, 15 or 60 minutes, or as long as one likes), rescheduled or dismissed;
snoozing and dismissing are kept in the database (services/reminders.py), so they hold after a restart and on the
person's other computers. Alarms that came due while the app was closed are shown at the next start. Where the
platform has a system tray, a notification says so too.

The timer does not trust one long single-shot timer, which a laptop's sleep or a clock change would throw off: a
coarse timer looks at the wall clock every few seconds and asks the services again when the next alarm's time has
come, when the clock jumped (a wake from sleep, a new time zone, a clock set by hand) or when activities changed.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.domain.models import MAX_ALARM_MINUTES
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.reminders import SNOOZE_CHOICES, Alarm
from cardfile.ui.activities import actions
from cardfile.ui.activities.kind import OVERDUE_RED, when_text
from cardfile.ui.dates import format_datetime, minutes_text
from cardfile.ui.event_bridge import touches
from cardfile.ui.tasks import Progress, TaskRunner
from cardfile.ui.widgets.basics import CellDirectionDelegate, isolated
from cardfile.ui.words import error_text

TICK_MS = 10_000  # how often the wall clock is looked at
JUMP = timedelta(minutes=2)  # the wall clock moved this much more (or less) than the monotonic one: ask again


class ReminderController(QObject):
    """Watches the clock for alarms and shows them (see the module's docstring). `now` is the services' clock."""

    rang = Signal(list)  # the alarms just shown

    def __init__(
        self,
        services: Services,
        runner: TaskRunner,
        window: QWidget,
        *,
        now: Callable[[], datetime] | None = None,
        icon: QIcon | None = None,
    ) -> None:
        super().__init__(window)
        self._services = services
        self._runner = runner
        self._window = window
        self._now = now or services.db.now
        self._icon = icon
        self.next_ring: datetime | None = None
        self._checked_wall: datetime | None = None
        self._checked_mono = 0.0
        self._stale = True  # activities changed since the last check
        self.dialog: ReminderWindow | None = None
        self.tray: QSystemTrayIcon | None = None
        self._shown: set[tuple[str, datetime]] = set()  # (key, rings_at) already brought up
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        """Show what came due while the app was closed, then keep watching."""
        if QSystemTrayIcon.isSystemTrayAvailable() and self._icon is not None:
            self.tray = QSystemTrayIcon(self._icon, self)
            self.tray.setToolTip(self.tr("Cardfile"))
            self.tray.messageClicked.connect(self.show_window)
            self.tray.show()
        self.check()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()

    def on_records_changed(self, event: RecordsChanged) -> None:
        if touches(event, "activity"):
            self._stale = True

    def tick(self) -> None:
        """The coarse timer: ask again when an alarm's time has come, the clock jumped, or activities changed."""
        now = self._now()
        jumped = False
        if self._checked_wall is not None:
            expected = self._checked_wall + timedelta(seconds=time.monotonic() - self._checked_mono)
            jumped = abs(now - expected) > JUMP
        if self._stale or jumped or (self.next_ring is not None and now >= self.next_ring):
            self.check()

    def check(self) -> None:
        """Read the due alarms and the next ring on a worker; show the due ones."""
        reminders = self._services.reminders
        self._stale = False
        self._checked_wall, self._checked_mono = self._now(), time.monotonic()

        def read(_progress: Progress, _cancel: threading.Event) -> tuple[list[Alarm], datetime | None]:
            return reminders.due(), reminders.next_ring()

        self._runner.run(read, key="reminders", announce=False, on_done=self._on_read)

    def _on_read(self, found: tuple[list[Alarm], datetime | None]) -> None:
        due, self.next_ring = found
        new = [a for a in due if (a.key, a.rings_at) not in self._shown]
        if self.dialog is not None:
            self.dialog.show_alarms(due)
        if not new:
            return
        self._shown.update((a.key, a.rings_at) for a in new)
        self.show_window(due)
        if self.tray is not None:
            first = new[0]
            text = first.subject if len(new) == 1 else self.tr("%Ln alarms", "", len(new))
            self.tray.showMessage(self.tr("Cardfile reminder"), text, QSystemTrayIcon.MessageIcon.Information)
        self.rang.emit(new)

    def show_window(self, due: list[Alarm] | None = None) -> ReminderWindow:
        if self.dialog is None:
            self.dialog = ReminderWindow(self._services, self._window)
            self.dialog.acted.connect(self.check)
            self.dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        if due is not None:
            self.dialog.show_alarms(due)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog


class ReminderWindow(QDialog):
    """The alarms due, one line each: Open, Clear…, Snooze, Reschedule…, Dismiss act on the chosen ones."""

    acted = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderWindow")
        self.setWindowTitle(self.tr("Reminders"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self._services = services
        self.alarms: list[Alarm] = []
        self.heading = QLabel()
        self.heading.setObjectName("reminderHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QTreeWidget()
        self.list.setObjectName("reminderList")
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setHeaderLabels([self.tr("Subject"), self.tr("When"), self.tr("Alarm")])
        self.list.setColumnWidth(0, 260)
        self.list.setColumnWidth(1, 170)
        self.list.setItemDelegate(CellDirectionDelegate(self.list))  # 'Call Acme Ltd.' reads so in a Persian window
        self.list.itemDoubleClicked.connect(lambda _item, _column: self.open_chosen())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.open_button = self._button(self.tr("&Open"), "reminderOpen", self.open_chosen)
        self.clear_button = self._button(self.tr("&Clear…"), "reminderClear", self.clear_chosen)
        self.snooze_button = self._button(self.tr("&Snooze"), "reminderSnooze", lambda: self.snooze_chosen(5))
        menu = QMenu(self.snooze_button)
        for minutes in SNOOZE_CHOICES:
            snooze = QAction(self.tr("For {length}").format(length=minutes_text(minutes)), menu)
            snooze.setObjectName(f"snooze{minutes}")
            snooze.triggered.connect(lambda _=False, m=minutes: self.snooze_chosen(m))
            menu.addAction(snooze)
        custom = QAction(self.tr("For How Long…"), menu)
        custom.setObjectName("snoozeCustom")
        custom.triggered.connect(self.ask_snooze)
        menu.addAction(custom)
        self.snooze_button.setMenu(menu)
        self.reschedule_button = self._button(self.tr("&Reschedule…"), "reminderReschedule", self.reschedule_chosen)
        self.dismiss_button = self._button(self.tr("&Dismiss"), "reminderDismiss", self.dismiss_chosen)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.clear_button, self.snooze_button, self.reschedule_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.dismiss_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(640, 320)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def show_alarms(self, alarms: list[Alarm]) -> None:
        chosen = {a.key for a in self.chosen()}
        self.alarms = list(alarms)
        self.list.clear()
        for alarm in self.alarms:
            when = when_text(alarm.starts_at, None, timeless=alarm.timeless, all_day=alarm.all_day)
            rang = (
                self.tr("missed, rang {when}").format(when=format_datetime(alarm.rings_at))
                if alarm.late
                else (self.tr("rang {when}").format(when=format_datetime(alarm.rings_at)))
            )
            item = QTreeWidgetItem([alarm.subject, when, rang])
            for column, text in enumerate((alarm.subject, when, rang)):
                item.setToolTip(column, isolated(text))  # whole, where the column shortens it with "…"
            item.setData(0, Qt.ItemDataRole.UserRole, alarm.key)
            if alarm.late:
                item.setForeground(2, QColor(OVERDUE_RED))
            self.list.addTopLevelItem(item)
            item.setSelected(alarm.key in chosen)
        first = self.list.topLevelItem(0)
        if not self.list.selectedItems() and first is not None:
            first.setSelected(True)
        self.heading.setText(
            self.tr("%Ln alarm(s) due", "", len(self.alarms)) if self.alarms else self.tr("No alarms are due.")
        )
        self._update_buttons()

    def chosen(self) -> list[Alarm]:
        keys = {item.data(0, Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()}
        return [a for a in self.alarms if a.key in keys]

    def _update_buttons(self) -> None:
        count = len(self.chosen())
        for button in (self.clear_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(count > 0)
        for button in (self.open_button, self.reschedule_button):
            button.setEnabled(count == 1)

    # ----- acting -----

    def _forget(self, alarms: list[Alarm]) -> None:
        keys = {a.key for a in alarms}
        self.show_alarms([a for a in self.alarms if a.key not in keys])
        self.acted.emit()
        if not self.alarms:
            self.close()

    def _report(self, error: CardfileError) -> None:
        QMessageBox.warning(self, self.windowTitle(), error_text(error))

    def snooze_chosen(self, minutes: int) -> bool:
        """Ring again in `minutes` (kept in the database: it holds after a restart and on other computers)."""
        chosen = self.chosen()
        try:
            for alarm in chosen:
                self._services.reminders.snooze(alarm.key, minutes=minutes)
        except CardfileError as error:
            self._report(error)
            return False
        self._forget(chosen)
        return True

    def ask_snooze(self) -> None:
        minutes, ok = QInputDialog.getInt(
            self, self.tr("Snooze"), self.tr("Ring again in how many minutes?"), 30, 1, MAX_ALARM_MINUTES
        )
        if ok:
            self.snooze_chosen(minutes)

    def dismiss_chosen(self) -> bool:
        chosen = self.chosen()
        try:
            for alarm in chosen:
                self._services.reminders.dismiss(alarm.key)
        except CardfileError as error:
            self._report(error)
            return False
        self._forget(chosen)
        return True

    def open_chosen(self) -> None:
        chosen = self.chosen()
        if len(chosen) == 1:
            actions.edit(self._services, self.parentWidget(), chosen[0].key)

    def clear_chosen(self) -> None:
        chosen = self.chosen()
        dialog = actions.clear(self._services, self.parentWidget(), [a.key for a in chosen])
        if dialog is not None:
            dialog.cleared.connect(lambda _count: self._forget(chosen))

    def reschedule_chosen(self) -> None:
        chosen = self.chosen()
        if len(chosen) != 1:
            return
        dialog = actions.reschedule(self._services, self.parentWidget(), [chosen[0].key])
        if dialog is not None:
            dialog.moved.connect(lambda _count: self._forget(chosen))
