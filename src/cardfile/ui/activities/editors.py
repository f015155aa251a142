"""The editors only an activity's form needs: its type, when it is (with its length, or timeless, or all day), how it
repeats, the people and deal it is about, and its alarm. Each is a `FieldEditor` (ui/records/form.py): it says when
the person changed it, and holds one value the form compares and saves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStringListModel, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.domain.models import MAX_ALARM_MINUTES
from cardfile.domain.recurrence import WEEKDAYS, Recurrence, RuleError, check_rule, week_of_month
from cardfile.services import Services
from cardfile.services.readmodels import Ref
from cardfile.ui.dates import alarm_text, date_edit_format, minutes_text, time_edit_format
from cardfile.ui.problems import rule_problem
from cardfile.ui.widgets.basics import FlowLayout, dim, isolated
from cardfile.ui.widgets.editors import left_to_right_picker
from cardfile.ui.words import activity_type_name, error_text

Mode = Literal["timed", "timeless", "all_day", "undated"]
DURATIONS = (0, 5, 10, 15, 30, 45, 60, 90, 120, 180, 240, 480)  # minutes a timed activity usually lasts
ALARMS = (None, 0, 5, 10, 15, 30, 60, 120, 1440, 2880, 10080, MAX_ALARM_MINUTES)  # minutes before the start
SUGGESTIONS = 12  # names offered as the person types


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ActivityEditors", text, disambiguation, n)


# ----- the type -----


class TypeEditor(QComboBox):
    """Call, meeting, to-do and the types people added, and "New Type…" to add one."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._fill()
        self._last = self.currentIndex()
        self.activated.connect(self._on_activated)

    def _fill(self) -> None:
        self.blockSignals(True)
        self.clear()
        for activity_type in self._services.activities.types():
            self.addItem(type_name(activity_type.key, activity_type.name), activity_type.id)
        self.addItem(_tr("New Type…"), None)
        self.blockSignals(False)

    def _on_activated(self, index: int) -> None:
        if self.itemData(index) is not None:
            self._last = index
            self.changed.emit()
            return
        name, ok = QInputDialog.getText(self, _tr("New Activity Type"), _tr("Name of the new type (a demo, a visit…):"))
        self.add_type(name if ok else "")

    def add_type(self, name: str) -> bool:
        """Add a type of one's own and choose it (one action); an empty name goes back to the type chosen before."""
        if not name.strip():
            self.setCurrentIndex(self._last)
            return False
        try:
            added = self._services.activities.add_type(name)
        except CardfileError as error:
            self.setToolTip(error_text(error))
            self.setCurrentIndex(self._last)
            return False
        self._fill()
        self.set_value(added.id)
        self.changed.emit()
        return True

    def value(self) -> str | None:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        found = self.findData(value) if value else -1
        if found < 0:
            found = max(self.findData(self._services.activities.resolve_type("todo")), 0)
        self.setCurrentIndex(found)
        self._last = found

    def problem(self) -> str | None:
        return None


def type_name(key: str | None, name: str) -> str:
    """A built-in type in the reader's language, a type of one's own as it was named."""
    return activity_type_name(key, name)


# ----- when -----


@dataclass(frozen=True)
class When:
    """When an activity is, as the person sees it in this computer's zone: at a time (`start`, lasting `minutes`),
    on a day without a time (timeless), on whole days (all day, `day` to `last_day`), or undated."""

    mode: Mode
    day: date | None = None
    start: time | None = None
    minutes: int = 0
    last_day: date | None = None


class WhenEditor(QWidget):
    """A date, then either a time and a length, or "all day" (with a last day), or "any time" (timeless); or no
    date at all (a to-do for some day)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = QComboBox()
        self.mode.setObjectName("whenMode")
        for mode, text in (
            ("timed", _tr("At a time")),
            ("all_day", _tr("All day")),
            ("timeless", _tr("Any time that day")),
            ("undated", _tr("No date")),
        ):
            self.mode.addItem(text, mode)
        self.date = left_to_right_picker(QDateEdit())
        self.date.setObjectName("whenDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_edit_format())
        self.time = left_to_right_picker(QTimeEdit())
        self.time.setObjectName("whenTime")
        self.time.setDisplayFormat(time_edit_format())
        self.length = QComboBox()
        self.length.setObjectName("whenLength")
        for minutes in DURATIONS:
            self.length.addItem(
                _tr("no length") if minutes == 0 else _tr("for {length}").format(length=minutes_text(minutes)), minutes
            )
        self.until_label = QLabel(_tr("to"))
        self.last_day = left_to_right_picker(QDateEdit())
        self.last_day.setObjectName("whenLastDay")
        self.last_day.setCalendarPopup(True)
        self.last_day.setDisplayFormat(date_edit_format())
        self.last_day.setToolTip(_tr("The last day of an activity over several days"))
        # The parts wrap onto a second line in a narrow card pane rather than being squeezed to their arrows.
        row = FlowLayout(self)
        for widget in (self.mode, self.date, self.time, self.length, self.until_label, self.last_day):
            row.add(widget)
        self.setFocusProxy(self.date)
        self.mode.activated.connect(self._on_mode)
        self.date.dateChanged.connect(self._on_date)
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        self.length.activated.connect(lambda _i: self.changed.emit())
        self.last_day.dateChanged.connect(lambda _d: self.changed.emit())
        self._show_parts()

    def _on_mode(self, _index: int) -> None:
        self._show_parts()
        self.changed.emit()

    def _on_date(self, day: QDate) -> None:
        if self.last_day.date() < day:
            self.last_day.setDate(day)
        self.changed.emit()

    def _show_parts(self) -> None:
        mode = self.mode.currentData()
        self.date.setVisible(mode != "undated")
        self.time.setVisible(mode == "timed")
        self.length.setVisible(mode == "timed")
        self.until_label.setVisible(mode == "all_day")
        self.last_day.setVisible(mode == "all_day")

    def value(self) -> When:
        mode: Mode = self.mode.currentData()
        if mode == "undated":
            return When("undated")
        day = self.date.date().toPython()
        assert isinstance(day, date)
        if mode == "timed":
            start = self.time.time().toPython()
            assert isinstance(start, time)
            return When("timed", day, start.replace(second=0, microsecond=0), int(self.length.currentData() or 0))
        if mode == "all_day":
            last = self.last_day.date().toPython()
            assert isinstance(last, date)
            return When("all_day", day, last_day=max(last, day))
        return When("timeless", day)

    def set_value(self, value: Any) -> None:
        when = value if isinstance(value, When) else When("undated")
        for widget in (self.mode, self.date, self.time, self.length, self.last_day):
            widget.blockSignals(True)
        self.mode.setCurrentIndex(max(self.mode.findData(when.mode), 0))
        day = when.day or date.today()
        self.date.setDate(QDate(day.year, day.month, day.day))
        start = when.start or time(9, 0)
        self.time.setTime(QTime(start.hour, start.minute))
        if self.length.findData(when.minutes) < 0:
            self.length.addItem(_tr("for {length}").format(length=minutes_text(when.minutes)), when.minutes)
        self.length.setCurrentIndex(self.length.findData(when.minutes))
        last = when.last_day or day
        self.last_day.setDate(QDate(last.year, last.month, last.day))
        for widget in (self.mode, self.date, self.time, self.length, self.last_day):
            widget.blockSignals(False)
        self._show_parts()

    def problem(self) -> str | None:
        return None


# ----- repeating -----


class RepeatEditor(QWidget):
    """How an activity repeats: daily, weekly on chosen days, monthly on a date or on a weekday ("the second
    Tuesday"), yearly; every N of them; ending never, on a date or after N times. A rule another program wrote
    that these choices cannot show is kept as it is, unless the person picks another.

    The value is the rule as stored (RFC 5545 RRULE, '' for none), worked out for the activity's start: the form's
    "when" field (`start()` reads it)."""

    changed = Signal()

    def __init__(self, start: Callable[[], tuple[datetime | None, str | None]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._start = start
        self._raw = ""  # a rule the choices cannot show, kept as it is
        self.frequency = QComboBox()
        self.frequency.setObjectName("repeatFrequency")
        for key, text in (
            ("", _tr("Does not repeat")),
            ("daily", _tr("Daily")),
            ("weekly", _tr("Weekly")),
            ("monthly", _tr("Monthly")),
            ("yearly", _tr("Yearly")),
        ):
            self.frequency.addItem(text, key)
        self.interval = QSpinBox()
        self.interval.setObjectName("repeatInterval")
        self.interval.setRange(1, 1000)
        self.interval.setPrefix(_tr("every "))
        self.interval.setToolTip(_tr("Every 2: every other day, week, month or year"))
        self.days = QWidget()
        self.days.setObjectName("repeatDays")
        day_row = QHBoxLayout(self.days)
        day_row.setContentsMargins(0, 0, 0, 0)
        day_row.setSpacing(2)
        self.day_buttons: dict[int, QToolButton] = {}
        locale = QLocale()
        first = locale.firstDayOfWeek().value - 1  # Qt: Monday is 1
        for offset in range(7):
            weekday = (first + offset) % 7
            button = QToolButton()
            button.setObjectName(f"repeatOn{WEEKDAYS[weekday]}")
            button.setText(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            button.setCheckable(True)
            button.toggled.connect(lambda _on: self.changed.emit())
            self.day_buttons[weekday] = button
            day_row.addWidget(button)
        self.monthly = QComboBox()
        self.monthly.setObjectName("repeatMonthly")
        self.ending = QComboBox()
        self.ending.setObjectName("repeatEnding")
        for key, text in (("never", _tr("forever")), ("on", _tr("until")), ("after", _tr("for"))):
            self.ending.addItem(text, key)
        self.until = left_to_right_picker(QDateEdit())
        self.until.setObjectName("repeatUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat(date_edit_format())
        self.count = QSpinBox()
        self.count.setObjectName("repeatCount")
        self.count.setRange(1, 9999)
        self.count.setValue(10)
        self.count.setSuffix(_tr(" times"))
        self.summary = dim(QLabel())
        self.summary.setObjectName("repeatSummary")
        self.summary.setWordWrap(True)
        # The choices wrap onto more lines in a narrow card pane rather than being squeezed ('Endurtekur sig e').
        choices = QWidget()
        first_row = FlowLayout(choices)
        for widget in (self.frequency, self.interval, self.monthly, self.ending, self.until, self.count):
            first_row.add(widget)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(choices)
        column.addWidget(self.days)
        column.addWidget(self.summary)
        self.setFocusProxy(self.frequency)
        for combo in (self.frequency, self.monthly, self.ending):
            combo.activated.connect(self._on_choice)
        self.interval.valueChanged.connect(lambda _v: self.changed.emit())
        self.count.valueChanged.connect(lambda _v: self.changed.emit())
        self.until.dateChanged.connect(lambda _d: self.changed.emit())
        self.changed.connect(self._show_parts)
        self._show_parts()

    def _on_choice(self, _index: int) -> None:
        if self.frequency.currentData() != "custom":
            self._raw = ""
            index = self.frequency.findData("custom")
            if index >= 0 and self.frequency.currentIndex() != index:
                self.frequency.removeItem(index)
        self.changed.emit()

    def follow_start(self) -> None:
        """The start moved: the monthly choices name its date and weekday ("on the 31st", "the second Tuesday")."""
        self._fill_monthly()
        self._show_parts()

    def _fill_monthly(self) -> None:
        start, _ = self._start()
        chosen = self.monthly.currentData()
        self.monthly.blockSignals(True)
        self.monthly.clear()
        if start is not None:
            day = start.date()
            self.monthly.addItem(_tr("on day {day}").format(day=day.day), "date")
            week = week_of_month(day)
            weekday = QLocale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
            self.monthly.addItem(_tr("on the {nth} {weekday}").format(nth=_nth(week), weekday=weekday), f"week:{week}")
            if week == 4 and (day + timedelta(days=7)).month != day.month:
                self.monthly.addItem(_tr("on the last {weekday}").format(weekday=weekday), "week:-1")
        found = self.monthly.findData(chosen)
        self.monthly.setCurrentIndex(max(found, 0))
        self.monthly.blockSignals(False)

    def _show_parts(self) -> None:
        frequency = self.frequency.currentData()
        repeating = frequency not in ("", "custom")
        self.interval.setVisible(repeating)
        self.days.setVisible(frequency == "weekly")
        self.monthly.setVisible(frequency in ("monthly", "yearly"))
        self.ending.setVisible(repeating)
        self.until.setVisible(repeating and self.ending.currentData() == "on")
        self.count.setVisible(repeating and self.ending.currentData() == "after")
        self.summary.setText(self.describe())
        self.summary.setVisible(bool(self.summary.text()))

    def recurrence(self) -> Recurrence | None:
        frequency = self.frequency.currentData()
        if frequency in ("", "custom"):
            return None
        weekdays = tuple(d for d, button in self.day_buttons.items() if button.isChecked())
        monthly = str(self.monthly.currentData() or "date")
        by_weekday = monthly.startswith("week:")
        until = self.until.date().toPython()
        assert isinstance(until, date)
        return Recurrence(
            frequency,
            self.interval.value(),
            weekdays if frequency == "weekly" else (),
            by_weekday,
            int(monthly.split(":")[1]) if by_weekday else 0,
            self.ending.currentData(),
            until if self.ending.currentData() == "on" else None,
            self.count.value() if self.ending.currentData() == "after" else None,
        )

    def value(self) -> str:
        if self.frequency.currentData() == "custom":
            return self._raw
        recurrence = self.recurrence()
        start, zone = self._start()
        if recurrence is None or start is None:
            return ""
        try:
            return recurrence.rule(start, zone_name=zone)
        except RuleError:
            return ""  # problem() says why; the form does not save

    def problem(self) -> str | None:
        recurrence = self.recurrence()
        start, zone = self._start()
        if self.frequency.currentData() not in ("", "custom") and start is None:
            return _tr("A repeating activity needs a date.")
        if self.frequency.currentData() == "custom" and self._raw:
            try:  # a rule written by another program, kept as it is: the services would refuse it on saving
                check_rule(self._raw)
            except RuleError as error:
                return rule_problem(error.code, error.params)
        if recurrence is None or start is None:
            return None
        if recurrence.ending == "on" and recurrence.until is not None and recurrence.until < start.date():
            return _tr("The series would end before it starts.")
        try:
            recurrence.rule(start, zone_name=zone)
        except RuleError as error:
            return rule_problem(error.code, error.params)
        return None

    def set_value(self, value: Any) -> None:
        rule = str(value or "")
        start, zone = self._start()
        self._fill_monthly()
        widgets = (self.frequency, self.monthly, self.ending, self.interval, self.count, self.until)
        for widget in widgets:
            widget.blockSignals(True)
        for button in self.day_buttons.values():
            button.blockSignals(True)
        try:
            custom = self.frequency.findData("custom")
            if custom >= 0:
                self.frequency.removeItem(custom)
            self._raw = ""
            recurrence = Recurrence.of(rule, start, zone_name=zone) if rule and start is not None else None
            if rule and recurrence is None:
                self._raw = rule
                self.frequency.addItem(_tr("As set elsewhere: {rule}").format(rule=rule), "custom")
                self.frequency.setCurrentIndex(self.frequency.findData("custom"))
                return
            self.frequency.setCurrentIndex(max(self.frequency.findData(recurrence.frequency if recurrence else ""), 0))
            if recurrence is None:
                return
            self.interval.setValue(recurrence.interval)
            weekdays = set(recurrence.weekdays) or ({start.weekday()} if start is not None else set())
            for weekday, button in self.day_buttons.items():
                button.setChecked(weekday in weekdays)
            monthly = f"week:{recurrence.week or -1}" if recurrence.by_weekday else "date"
            self.monthly.setCurrentIndex(max(self.monthly.findData(monthly), 0))
            self.ending.setCurrentIndex(max(self.ending.findData(recurrence.ending), 0))
            if recurrence.until is not None:
                self.until.setDate(QDate(recurrence.until.year, recurrence.until.month, recurrence.until.day))
            if recurrence.count:
                self.count.setValue(recurrence.count)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
            for button in self.day_buttons.values():
                button.blockSignals(False)
            if start is not None and self.until.date() < QDate(start.year, start.month, start.day):
                self.until.setDate(QDate(start.year, start.month, start.day).addMonths(3))
            self._show_parts()

    def describe(self) -> str:
        """The series in words: "Every 2 weeks on Monday and Thursday, 10 times"."""
        recurrence = self.recurrence()
        if recurrence is None:
            return ""
        return describe_recurrence(recurrence, self._start()[0])


def _nth(week: int) -> str:
    return {
        1: _tr("first"),
        2: _tr("second"),
        3: _tr("third"),
        4: _tr("fourth"),
        -1: _tr("last"),
    }.get(week, str(week))


def describe_recurrence(recurrence: Recurrence, start: datetime | None) -> str:
    """A series in the reader's words, for the form's summary and the card."""
    locale = QLocale()
    n = recurrence.interval
    every = {
        "daily": _tr("Every day", "", n) if n == 1 else _tr("Every %Ln day(s)", "", n),
        "weekly": _tr("Every week", "", n) if n == 1 else _tr("Every %Ln week(s)", "", n),
        "monthly": _tr("Every month", "", n) if n == 1 else _tr("Every %Ln month(s)", "", n),
        "yearly": _tr("Every year", "", n) if n == 1 else _tr("Every %Ln year(s)", "", n),
    }[recurrence.frequency]
    parts = [every]
    if recurrence.frequency == "weekly":
        days = recurrence.weekdays or ((start.weekday(),) if start is not None else ())
        names = [locale.dayName(d + 1, QLocale.FormatType.LongFormat) for d in sorted(days)]
        if names:
            parts.append(_tr("on {days}").format(days=locale.createSeparatedList(names)))
    elif recurrence.frequency in ("monthly", "yearly") and start is not None:
        if recurrence.by_weekday:
            weekday = locale.dayName(start.isoweekday(), QLocale.FormatType.LongFormat)
            parts.append(
                _tr("on the {nth} {weekday}").format(
                    nth=_nth(recurrence.week or week_of_month(start.date())), weekday=weekday
                )
            )
        elif recurrence.frequency == "monthly":
            parts.append(_tr("on day {day}").format(day=start.day))
        else:
            parts.append(_tr("on {date}").format(date=locale.toString(QDate(2000, start.month, start.day), "d MMMM")))
    if recurrence.ending == "on" and recurrence.until is not None:
        until = recurrence.until
        last = locale.toString(QDate(until.year, until.month, until.day), QLocale.FormatType.LongFormat)
        parts.append(_tr("until {date}").format(date=last))
    elif recurrence.ending == "after" and recurrence.count:
        parts.append(_tr("%Ln time(s)", "", recurrence.count))
    return ", ".join([" ".join(parts[:2]), *parts[2:]]) if len(parts) > 1 else parts[0]


# ----- people and a deal -----


class NameSuggestions:
    """Names offered as the person types, from the search index (fast at 100,000 people), a moment after the last
    key so that typing stays smooth."""

    def __init__(self, edit: QLineEdit, services: Services, record_type: str, chosen: Callable[[Ref], None]) -> None:
        self._edit = edit
        self._services = services
        self._type = record_type
        self._chosen = chosen
        self._found: dict[str, Ref] = {}
        self.model = QStringListModel(edit)
        self.completer = QCompleter(self.model, edit)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated.connect(self._on_activated)
        edit.setCompleter(self.completer)
        self._timer = QTimer(edit, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh)
        edit.textEdited.connect(lambda _text: self._timer.start())
        edit.returnPressed.connect(self.take_typed)

    def refresh(self) -> None:
        text = self._edit.text().strip()
        results = self._services.search.search(text, types=[self._type], limit=SUGGESTIONS) if text else []
        self._found = {}
        for result in results:
            label = f"{result.display_name} — {result.detail}" if result.detail else result.display_name
            self._found.setdefault(label, Ref(result.id, result.display_name))
        self.model.setStringList(list(self._found))
        if self._found and self._edit.hasFocus():
            self.completer.complete()

    def _on_activated(self, label: str) -> None:
        ref = self._found.get(label)
        if ref is not None:
            self._chosen(ref)
            QTimer.singleShot(0, self._edit.clear)

    def take_typed(self) -> bool:
        """Enter: take the one suggestion, or the first whose name is exactly what was typed."""
        text = self._edit.text().strip().casefold()
        if not text:
            return False
        self.refresh()
        refs = list(self._found.values())
        exact = [r for r in refs if r.name.casefold() == text]
        pick = exact[0] if exact else (refs[0] if len(refs) == 1 else None)
        if pick is None:
            return False
        self._chosen(pick)
        self._edit.clear()
        return True


class PeopleEditor(QWidget):
    """The people an activity is with: each a chip with ×, and a field that suggests more as the person types."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._people: list[Ref] = []
        self.chips = QWidget()
        self.chips.setObjectName("peopleChips")
        self._flow = FlowLayout(self.chips)
        self.input = QLineEdit()
        self.input.setObjectName("peopleInput")
        self.input.setPlaceholderText(_tr("Add a person: type part of a name"))
        self.suggestions = NameSuggestions(self.input, services, "contact", self.add)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.chips)
        column.addWidget(self.input)
        self.setFocusProxy(self.input)

    def add(self, ref: Ref) -> None:
        if any(p.id == ref.id for p in self._people):
            return
        self._people.append(ref)
        self._show()
        self.changed.emit()

    def remove(self, contact_id: str) -> None:
        self._people = [p for p in self._people if p.id != contact_id]
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        while self._flow.count():
            item = self._flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for ref in self._people:
            chip = QToolButton()
            chip.setObjectName("personChip")
            # the name isolated: 'Aaron O'Neil Jr.' kept its full stop at its end in a Persian form
            chip.setText(_tr("{name} ×").format(name=isolated(ref.name)))
            chip.setToolTip(_tr("Take {name} off this activity").format(name=isolated(ref.name)))
            chip.setAutoRaise(True)
            chip.clicked.connect(lambda _=False, i=ref.id: self.remove(i))
            self._flow.add(chip)
        self.chips.setVisible(bool(self._people))

    def value(self) -> tuple[Ref, ...]:
        return tuple(self._people)

    def set_value(self, value: Any) -> None:
        self._people = list(value or ())
        self._show()

    def problem(self) -> str | None:
        if self.input.text().strip() and not self.suggestions.take_typed():
            return _tr("Choose a person from the suggestions, or clear the field.")
        return None


class DealEditor(QWidget):
    """The deal an activity belongs to (optional): suggested as the person types; × takes it off."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._deal: Ref | None = None
        self.input = QLineEdit()
        self.input.setObjectName("dealInput")
        self.input.setPlaceholderText(_tr("No deal (type part of its name)"))
        self.suggestions = NameSuggestions(self.input, services, "deal", self.choose)
        self.clear_button = QToolButton()
        self.clear_button.setObjectName("clearDeal")
        self.clear_button.setText("×")
        self.clear_button.setToolTip(_tr("Not about a deal"))
        self.clear_button.setAutoRaise(True)
        self.clear_button.clicked.connect(lambda: self.choose(None))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.input)
        self.input.textEdited.connect(self._on_typed)

    def _on_typed(self, _text: str) -> None:
        if self._deal is not None:  # typing over a chosen deal: choosing again
            self._deal = None
            self.changed.emit()

    def choose(self, ref: Ref | None) -> None:
        self._deal = ref
        self.input.setText(ref.name if ref else "")
        self.clear_button.setVisible(ref is not None)
        self.changed.emit()

    def value(self) -> Ref | None:
        return self._deal

    def set_value(self, value: Any) -> None:
        self._deal = value if isinstance(value, Ref) else None
        self.input.setText(self._deal.name if self._deal else "")
        self.clear_button.setVisible(self._deal is not None)

    def problem(self) -> str | None:
        if self._deal is None and self.input.text().strip() and not self.suggestions.take_typed():
            return _tr("Choose a deal from the suggestions, or clear the field.")
        return None


# ----- the alarm -----


class AlarmEditor(QComboBox):
    """No alarm, at the start, or minutes to 30 days before it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for minutes in ALARMS:
            self.addItem(alarm_text(minutes), minutes)
        self.activated.connect(lambda _i: self.changed.emit())

    def value(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def set_value(self, value: Any) -> None:
        if value is None:
            self.setCurrentIndex(0)  # "No alarm"
            return
        minutes = int(value)
        if self.findData(minutes) < 0:
            at = next((i for i in range(1, self.count()) if (self.itemData(i) or 0) > minutes), self.count())
            self.insertItem(at, alarm_text(minutes), minutes)
        self.setCurrentIndex(self.findData(minutes))

    def problem(self) -> str | None:
        return None
