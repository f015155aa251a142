"""Clearing and rescheduling: how an activity went and when it really happened, with a follow-up offered; and
moving activities to another day or time. Several tasks are cleared or moved as one step to undo.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError, ValidationError
from cardfile.domain.models import ActivityCreate
from cardfile.domain.recurrence import zone_of
from cardfile.domain.values import ClearResult
from cardfile.services import Services
from cardfile.ui.activities.editors import When
from cardfile.ui.activities.form import ActivityItem, local_zone, read_item, when_of
from cardfile.ui.activities.kind import when_text
from cardfile.ui.dates import date_edit_format, time_edit_format
from cardfile.ui.widgets.basics import isolated, reading_lines
from cardfile.ui.widgets.editors import ErrorLabel, left_to_right_picker
from cardfile.ui.words import error_text


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc()).toLocalTime()


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toMSecsSinceEpoch() / 1000, UTC)


class ClearDialog(QDialog):
    """Clear one task (its result, when it happened, what came of it, and a follow-up) or several at once (their
    result and outcome; each happened when it was scheduled). `cleared(count)` says how many were cleared;
    `follow_up_requested(item, happened, result, outcome, completed)` hands the follow-up to the caller, who
    schedules it with the clearing in one action."""

    cleared = Signal(int)
    follow_up_requested = Signal(object, object, str, str, bool)

    def __init__(self, services: Services, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clearDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self.keys = list(keys)
        self.item: ActivityItem | None = read_item(services, keys[0]) if len(keys) == 1 else None
        single = self.item is not None
        self.setWindowTitle(self.tr("Clear Activity") if single else self.tr("Clear %Ln Activities", "", len(keys)))
        heading = QLabel()
        heading.setObjectName("clearHeading")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        if self.item is not None:
            a = self.item.activity
            when = when_text(self.item.starts_at, self.item.ends_at, timeless=a.timeless, all_day=a.all_day)
            # in the interface's direction, the subject isolated: a Latin subject turned a Persian heading round
            line = self.tr("{subject} · {when}").format(subject=isolated(a.subject), when=when)
            heading.setText(reading_lines(line))
        else:
            heading.setText(
                self.tr("Each of the %Ln activities is cleared as happening when it was scheduled.", "", len(keys))
            )
        self.results = QButtonGroup(self)
        self.completed = self._result(self.tr("&Completed"), ClearResult.COMPLETED.value, "resultCompleted")
        self.left_message = self._result(self.tr("&Left a message"), ClearResult.LEFT_MESSAGE.value, "resultMessage")
        self.no_answer = self._result(self.tr("&No answer"), ClearResult.NO_ANSWER.value, "resultNoAnswer")
        self.other = self._result(self.tr("&Other:"), "", "resultOther")
        self.cancelled = self._result(self.tr("Did not take &place"), "", "resultCancelled")
        self.completed.setChecked(True)
        self.other_text = QLineEdit()
        self.other_text.setObjectName("resultOtherText")
        self.other_text.setPlaceholderText(self.tr("in your own words"))
        self.other_text.textEdited.connect(lambda _t: self.other.setChecked(True))
        other_row = QHBoxLayout()
        other_row.addWidget(self.other)
        other_row.addWidget(self.other_text, 1)
        result_box = QVBoxLayout()
        for button in (self.completed, self.left_message, self.no_answer):
            result_box.addWidget(button)
        result_box.addLayout(other_row)
        result_box.addWidget(self.cancelled)
        self.happened = left_to_right_picker(QDateTimeEdit())
        self.happened.setObjectName("clearHappened")
        self.happened.setCalendarPopup(True)
        self.happened.setDisplayFormat(f"{date_edit_format()} {time_edit_format()}")  # English read "22:30"
        self.happened.setDateTime(to_qdatetime(self._default_happened()))
        self.outcome = QPlainTextEdit()
        self.outcome.setObjectName("clearOutcome")
        self.outcome.setPlaceholderText(self.tr("What came of it (optional)"))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(self.outcome.fontMetrics().lineSpacing() * 4 + 12)
        self.follow_up = QCheckBox(self.tr("Schedule a &follow-up with the same people"))
        self.follow_up.setObjectName("clearFollowUp")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Result:"), result_box)
        if single:
            form.addRow(self.tr("&Happened:"), self.happened)
        form.addRow(self.tr("O&utcome:"), self.outcome)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.clear_button = buttons.addButton(self.tr("Clear"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.clear_button.setObjectName("clearButton")
        self.clear_button.setDefault(True)
        buttons.accepted.connect(self.clear)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        if single:
            layout.addWidget(self.follow_up)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.cancelled.toggled.connect(lambda on: self.follow_up.setChecked(self.follow_up.isChecked() and not on))

    def _result(self, text: str, value: str, name: str) -> QRadioButton:
        button = QRadioButton(text)
        button.setObjectName(name)
        button.setProperty("result", value)
        self.results.addButton(button)
        return button

    def _default_happened(self) -> datetime:
        """When it was scheduled; for a day without a time, that day at this time of day (or noon, another day)."""
        now = self._services.db.now()
        item = self.item
        if item is None or item.starts_at is None:
            return now
        if not item.floating:
            return item.starts_at
        local_now = to_qdatetime(now).time()
        day = item.starts_at.date()
        at = time(local_now.hour(), local_now.minute()) if day == to_qdatetime(now).date().toPython() else time(12)
        return from_qdatetime(QDateTime(_qdate(day), QTime(at.hour, at.minute)))

    def chosen_result(self) -> tuple[str, bool]:
        """(result, completed): the words of the result, and False when it did not take place."""
        if self.cancelled.isChecked():
            return "", False
        if self.other.isChecked():
            return self.other_text.text().strip(), True
        checked = self.results.checkedButton()
        return str(checked.property("result") if checked is not None else ClearResult.COMPLETED.value), True

    def clear(self) -> bool:
        """Clear what the dialog is about (one action); a follow-up is handed on to be scheduled with it."""
        result, completed = self.chosen_result()
        if completed and not result:
            self.error.show_error(self.tr("Say how it went, in a few words."))
            self.other_text.setFocus()
            return False
        outcome = self.outcome.toPlainText().strip()
        try:
            if self.item is not None:
                happened = from_qdatetime(self.happened.dateTime())
                if self.follow_up.isChecked() and completed:
                    self.follow_up_requested.emit(self.item, happened, result, outcome, completed)
                    self.accept()
                    return True
                clear_item(
                    self._services, self.item, happened=happened, result=result, outcome=outcome, completed=completed
                )
                count = 1
            else:
                count = self._services.tasks.clear_many(self.keys, result=result, outcome=outcome, completed=completed)
        except ValidationError as error:
            self.error.show_error(error_text(error))
            return False
        except CardfileError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            return False
        self.cleared.emit(count)
        self.accept()
        return True


def clear_item(
    services: Services,
    item: ActivityItem,
    *,
    happened: datetime | None,
    result: str,
    outcome: str,
    completed: bool,
    follow_up: ActivityCreate | None = None,
) -> str:
    """Clear one task: an activity, or one occurrence of a series (its series goes on). Returns the history id."""
    if item.is_occurrence and item.activity.id == item.series_id:
        cleared = services.activities.clear(
            item.activity.id,
            occurrence=item.occurrence,
            result=result,
            outcome=outcome,
            completed=completed,
            happened_at=happened,
            follow_up=follow_up,
        )
    else:
        cleared = services.activities.clear(
            item.activity.id,
            result=result,
            outcome=outcome,
            completed=completed,
            happened_at=happened,
            follow_up=follow_up,
        )
    return cleared.id


def follow_up_preset(services: Services, item: ActivityItem) -> dict[str, Any]:
    """What a follow-up's form starts with: the same type, people, company, deal and length, a day later at the
    same time (a timeless one, the next day)."""
    draft = services.activities.follow_up_draft(item.activity.id)
    people = list(item.activity.contacts)
    when = when_of(item.starts_at, item.ends_at, timeless=item.activity.timeless, all_day=item.activity.all_day)
    today = services.db.now().astimezone(zone_of(local_zone())).date()
    day = max((when.day or today) + timedelta(days=1), today)
    when = When(
        when.mode if when.mode != "undated" else "timeless",
        day,
        when.start,
        when.minutes,
        day + (when.last_day - when.day) if when.last_day and when.day else None,
    )
    return {
        "type_id": draft.type_id,
        "subject": item.activity.subject,
        "people": tuple(people),
        "company": item.activity.company.name if item.activity.company else "",
        "deal": item.activity.deal,
        "priority": draft.priority,
        "alarm_minutes": draft.alarm_minutes,
        "private": draft.private,
        "when": when,
    }


class RescheduleDialog(QDialog):
    """Move tasks to another day (each keeps its time of day and length), or one timed task to another time."""

    moved = Signal(int)

    def __init__(self, services: Services, keys: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rescheduleDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self.keys = list(keys)
        self.item: ActivityItem | None = read_item(services, keys[0]) if len(keys) == 1 else None
        self.setWindowTitle(
            self.tr("Reschedule Activity")
            if self.item is not None
            else self.tr("Reschedule %Ln Activities", "", len(keys))
        )
        now = services.db.now()
        start = self.item.starts_at if self.item is not None and self.item.starts_at is not None else now
        local = (
            to_qdatetime(start)
            if self.item is None or not self.item.floating
            else QDateTime(_qdate(start.date()), QTime(9, 0))
        )
        self.day = left_to_right_picker(QDateEdit(local.date()))
        self.day.setObjectName("rescheduleDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat(date_edit_format())
        self.time = left_to_right_picker(QTimeEdit(local.time()))
        self.time.setObjectName("rescheduleTime")
        self.timed = self.item is not None and self.item.starts_at is not None and not self.item.floating
        self.time.setVisible(self.timed)
        explanation = QLabel(
            self.tr("It keeps its length.") if self.timed else self.tr("Each keeps its time of day and length.")
        )
        explanation.setEnabled(False)
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.time)
        row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Move to:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        move = buttons.addButton(self.tr("Move"), QDialogButtonBox.ButtonRole.AcceptRole)
        move.setObjectName("moveButton")
        move.setDefault(True)
        buttons.accepted.connect(self.move_tasks)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explanation)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def move_tasks(self) -> bool:
        """Move what the dialog is about (one action)."""
        day = self.day.date().toPython()
        assert isinstance(day, date)
        try:
            if self.item is not None and self.timed:
                start = from_qdatetime(QDateTime(self.day.date(), self.time.time()))
                reschedule_item(self._services, self.item, start)
                count = 1
            else:
                count = self._services.tasks.reschedule_many(self.keys, day, zone=local_zone())
        except CardfileError as error:
            self.error.show_error(error_text(error))
            return False
        self.moved.emit(count)
        self.accept()
        return True


def reschedule_item(services: Services, item: ActivityItem, start: datetime) -> None:
    """Move one task to a new start, keeping its length (an occurrence of a series on its own)."""
    if item.is_occurrence and item.activity.id == item.series_id:
        services.activities.reschedule(item.activity.id, start, occurrence=item.occurrence)
    else:
        services.activities.reschedule(item.activity.id, start)
