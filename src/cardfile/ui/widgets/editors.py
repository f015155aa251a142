"""Field editors the record forms are built from: labelled multi-valued entries, partial dates, tags, a picture.

Each editor gives back plain values in the shape the services take (an entry is a dict with `label`,
`preferred` and its value fields; a date is ISO 8601, '--MM-DD' when the year is unknown) and keeps whatever
the person typed, valid or not, until they change it: a rejected value is reported beside the field, never
thrown away.
"""

from __future__ import annotations

import mimetypes
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QDate, QIODevice, QLocale, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QImageReader,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

from cardfile.domain.values import STANDARD_LABELS, CustomFieldType
from cardfile.services.readmodels import CustomFieldRead
from cardfile.ui.dates import date_edit_format
from cardfile.ui.widgets.basics import FlowLayout, avatar_pixmap
from cardfile.ui.words import entry_label

PICTURE_SIZE = 72
PICTURE_STORED_MAX = 512  # pixels on the longer side: a contact picture, not a photo album
PICTURE_FILTER = "*.png *.jpg *.jpeg *.gif *.bmp *.webp"

Picker = TypeVar("Picker", bound=QDateTimeEdit)

# Fields whose values read left to right in every language (a phone number in a Persian interface).
LEFT_TO_RIGHT_KINDS = frozenset({"emails", "phones", "urls"})


def _reading_alignment() -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if QApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter


def left_to_right(edit: QLineEdit) -> QLineEdit:
    """A field for a number or an address that reads left to right, aligned to the interface's reading side."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setAlignment(_reading_alignment())
    return edit


def left_to_right_picker(edit: Picker) -> Picker:
    """A date or time picker whose digits read left to right in every language: right to left, Qt lays a picker's
    sections out backwards (10:30 shown as 30:10, 2026-12-06 as 06-12-2026, which reads as another date)."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return edit


ERROR_COLOR = "#c0392b"
# An editor holding a mistake gets a red frame (the `invalid` property, set by ErrorLabel), not only a message.
INVALID_STYLE = (
    f'QLineEdit[invalid="true"], QPlainTextEdit[invalid="true"] {{ border: 2px solid {ERROR_COLOR};'
    " border-radius: 3px; padding: 1px 2px; }"
    f' QComboBox[invalid="true"] {{ border: 2px solid {ERROR_COLOR}; border-radius: 3px; padding: 1px 4px; }}'
)
_MARKABLE = (QLineEdit, QComboBox, QPlainTextEdit)


def mark_invalid(widget: QWidget, problem: str | None) -> None:
    """Frame an editor (or the editors inside a composite one: a date's day, month and year) in red while it
    holds a mistake, and tell assistive technology what the mistake is."""
    editors = [widget] if isinstance(widget, _MARKABLE) else []
    editors += [child for child in widget.findChildren(QWidget) if isinstance(child, _MARKABLE)]
    for editor in editors:
        if bool(editor.property("invalid")) == bool(problem):
            continue
        editor.setProperty("invalid", bool(problem))
        editor.setAccessibleDescription(problem or "")
        editor.style().unpolish(editor)
        editor.style().polish(editor)
        editor.update()


class ErrorLabel(QLabel):
    """A field's problem, in red under it, its editor framed in red (`marks`); hidden while there is none."""

    def __init__(self, parent: QWidget | None = None, *, marks: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        self.setPalette(palette)
        self.marked: QWidget | None = marks
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.show()
        if self.marked is not None:
            mark_invalid(self.marked, text)

    def clear_error(self) -> None:
        self.clear()
        self.hide()
        if self.marked is not None:
            mark_invalid(self.marked, None)

    def has_error(self) -> bool:
        return not self.isHidden()


# ----- labels of multi-valued entries -----


class LabelCombo(QComboBox):
    """'work', 'home', 'mobile', 'fax', 'other' in the reader's words, or any label the person types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entryLabel")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for key in STANDARD_LABELS:
            self.addItem(entry_label(key), key)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(7)
        self.setToolTip(self.tr("Label: choose one or type your own"))

    def label(self) -> str:
        """The stored form of the label: a standard key ('cell') or the custom text as typed."""
        text = self.currentText().strip()
        for index in range(self.count()):
            if self.itemText(index) == text or self.itemData(index) == text:
                return str(self.itemData(index))
        return text

    def set_label(self, label: str) -> None:
        index = self.findData(label)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(label)


# ----- dates -----


class PartialDateEdit(QWidget):
    """Day, month and an optional year: birthdays are often known without the year ('--04-15')."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, hands_focus_on: bool = True) -> None:
        super().__init__(parent)
        locale = QLocale()
        self.day = QComboBox()
        self.day.setObjectName("day")
        self.day.addItem(self.tr("Day"), 0)
        for day in range(1, 32):
            self.day.addItem(locale.toString(day), day)
        self.month = QComboBox()
        self.month.setObjectName("month")
        self.month.addItem(self.tr("Month"), 0)
        for month in range(1, 13):
            self.month.addItem(locale.monthName(month, QLocale.FormatType.LongFormat), month)
        self.year = QLineEdit()
        self.year.setObjectName("year")
        self.year.setPlaceholderText(self.tr("Year"))
        self.year.setMaxLength(4)
        self.year.setFixedWidth(self.year.fontMetrics().horizontalAdvance("0000") + 24)
        self.year.setToolTip(self.tr("Leave the year empty if you do not know it"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        month_first = locale.dateFormat(QLocale.FormatType.ShortFormat).lower().find("m") < locale.dateFormat(
            QLocale.FormatType.ShortFormat
        ).lower().find("d")
        parts = [self.month, self.day, self.year] if month_first else [self.day, self.month, self.year]
        self.parts: list[QWidget] = list(parts)
        for part in parts:
            layout.addWidget(part)
        layout.addStretch(1)
        if hands_focus_on:  # a field of its own (a label's buddy); inside an entry row the row orders the keys
            self.setFocusProxy(parts[0])
        self.day.currentIndexChanged.connect(self.changed)
        self.month.currentIndexChanged.connect(self.changed)
        self.year.textEdited.connect(self.changed)

    def value(self) -> str | None:
        """'1980-04-15', '--04-15' without a year, None when empty; a half-filled date comes back as typed so the
        services reject it by name (see `problem()`)."""
        day, month, year = int(self.day.currentData()), int(self.month.currentData()), self.year.text().strip()
        if not (day or month or year):
            return None
        prefix = f"{int(year):04d}" if year.isdigit() else (year or "-")
        return f"{prefix}-{month:02d}-{day:02d}"

    def problem(self) -> str | None:
        """What is wrong with the date as it stands, in the reader's words (None: nothing)."""
        day, month, year = int(self.day.currentData()), int(self.month.currentData()), self.year.text().strip()
        if not (day or month or year):
            return None
        if not day or not month:
            return self.tr("Choose a day and a month (the year may stay empty).")
        if year and (not year.isdigit() or not 1 <= int(year) <= 9999):
            return self.tr("The year must be a number such as 1980.")
        try:
            date(int(year) if year else 2000, month, day)  # 2000 is a leap year: 29 February without a year is fine
        except ValueError:
            return self.tr("There is no such date.")
        return None

    def set_value(self, value: str | None) -> None:
        day = month = 0
        year = ""
        if value:
            if value.startswith("--"):
                month, day = int(value[2:4]), int(value[5:7])
            else:
                parts = value.split("-")
                if len(parts) == 3 and all(p.isdigit() for p in parts):
                    year, month, day = parts[0], int(parts[1]), int(parts[2])
        self.day.setCurrentIndex(max(0, self.day.findData(day)))
        self.month.setCurrentIndex(max(0, self.month.findData(month)))
        self.year.setText(year)


class OptionalDateEdit(QDateEdit):
    """A calendar date that may be empty (shown as a dash): the earliest date stands for 'no date'."""

    EMPTY = QDate(1752, 9, 14)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_edit_format())
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText("—")
        self.setDate(self.EMPTY)

    def value(self) -> str | None:
        current = self.date()
        return None if current == self.EMPTY else current.toString(Qt.DateFormat.ISODate)

    def set_value(self, value: str | None) -> None:
        parsed = QDate.fromString(value, Qt.DateFormat.ISODate) if value else QDate()
        self.setDate(parsed if parsed.isValid() else self.EMPTY)


# ----- one labelled entry and lists of them -----


class AddressEdit(QWidget):
    """The parts of a postal address, in the order people write them. An empty part says what it is for in grey;
    a filled one keeps saying so in a small caption above it, so a filled address still reads as labelled."""

    PARTS = ("street", "extended", "po_box", "postcode", "locality", "region", "country")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        names = {
            "street": self.tr("Street"),
            "extended": self.tr("Apartment, suite"),
            "po_box": self.tr("PO box"),
            "postcode": self.tr("Postcode"),
            "locality": self.tr("City"),
            "region": self.tr("State or region"),
            "country": self.tr("Country"),
        }
        cells: dict[str, QWidget] = {}
        for part in self.PARTS:
            edit = QLineEdit()
            edit.setObjectName(part)
            edit.setPlaceholderText(names[part])
            edit.setAccessibleName(names[part])
            caption = QLabel(names[part])
            caption.setObjectName(f"{part}Caption")
            caption.setBuddy(edit)
            font = caption.font()
            font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
            caption.setFont(font)
            caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            policy = caption.sizePolicy()
            policy.setRetainSizeWhenHidden(True)  # the address does not jump as its first letter is typed
            caption.setSizePolicy(policy)
            caption.hide()
            edit.textChanged.connect(lambda text, c=caption: c.setVisible(bool(text)))
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(caption)
            column.addWidget(edit)
            self.fields[part] = edit
            self.captions[part] = caption
            cells[part] = cell
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(0)
        grid.addWidget(cells["street"], 0, 0, 1, 2)
        grid.addWidget(cells["extended"], 1, 0)
        grid.addWidget(cells["po_box"], 1, 1)
        grid.addWidget(cells["postcode"], 2, 0)
        grid.addWidget(cells["locality"], 2, 1)
        grid.addWidget(cells["region"], 3, 0)
        grid.addWidget(cells["country"], 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def value(self) -> dict[str, str]:
        return {part: edit.text().strip() for part, edit in self.fields.items()}

    def set_value(self, entry: dict[str, Any]) -> None:
        for part, edit in self.fields.items():
            edit.setText(str(entry.get(part, "") or ""))


IM_SERVICES = ("Signal", "WhatsApp", "Telegram", "Skype", "Teams", "XMPP", "LinkedIn", "X", "Mastodon", "Facebook")


class EntryRow(QWidget):
    """One labelled entry of a multi-valued field: label, value, preferred star, move up/down, remove."""

    remove_requested = Signal(object)  # the row
    move_requested = Signal(object, int)  # the row, -1 up or +1 down
    preferred_toggled = Signal(object, bool)
    changed = Signal()
    submitted = Signal()  # Enter in a field the combo box keeps it from (the label, the network)

    def __init__(
        self, kind: str, check: Callable[[str, dict[str, Any]], str | None] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._check = check
        self.label = LabelCombo()
        label_edit = self.label.lineEdit()
        if label_edit is not None:
            label_edit.returnPressed.connect(self.submitted)
        self.error = ErrorLabel()
        self.value_widget = self._value_editor(kind)
        self.error.marked = self.value_widget
        self.preferred = self._button("☆", self.tr("Preferred: use this one first"), focusable=True)
        self.preferred.setObjectName("preferred")
        self.preferred.setCheckable(True)
        self.preferred.toggled.connect(self._on_preferred)
        style = self.style()
        self.up = self._button("", self.tr("Move up (Alt+Up)"))
        self.up.setObjectName("moveUp")
        self.up.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down = self._button("", self.tr("Move down (Alt+Down)"))
        self.down.setObjectName("moveDown")
        self.down.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove = self._button("✕", self.tr("Remove"), focusable=True)
        self.remove.setObjectName("remove")
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

        # Wide: label, value, buttons on one line. Narrow (a small window, a narrow card): the label and the
        # buttons on a line, the value under them at the full width, so nothing is cut off at the pane's edge.
        self._line = QGridLayout()
        self._line.setContentsMargins(0, 0, 0, 0)
        self._line.setHorizontalSpacing(4)
        self._line.setVerticalSpacing(2)
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        self._buttons.setSpacing(4)
        for button in (self.preferred, self.up, self.down, self.remove):
            self._buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.stacked = False
        self._place(stacked=False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._line)
        layout.addWidget(self.error)

    NARROW = 360  # pixels: narrower than this, the value goes under the label

    def _place(self, *, stacked: bool) -> None:
        line, top = self._line, Qt.AlignmentFlag.AlignTop
        for item in (self.label, self.value_widget):
            line.removeWidget(item)
        line.removeItem(self._buttons)
        value_align = top if self.kind == "addresses" else Qt.AlignmentFlag(0)
        if stacked:
            line.addWidget(self.label, 0, 0, top)
            line.addLayout(self._buttons, 0, 2, top)
            line.addWidget(self.value_widget, 1, 0, 1, 3, value_align)
            line.setColumnStretch(0, 0)
            line.setColumnStretch(1, 1)
        else:
            line.addWidget(self.label, 0, 0, top)
            line.addWidget(self.value_widget, 0, 1, value_align)
            line.addLayout(self._buttons, 0, 2, top)
            line.setColumnStretch(0, 0)
            line.setColumnStretch(1, 1)
        self.stacked = stacked

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        stacked = event.size().width() < self.NARROW
        if stacked != self.stacked:
            self._place(stacked=stacked)

    def minimumSizeHint(self) -> QSize:
        """As narrow as the stacked layout allows: the wide one is only taken when there is room for it."""
        hint = super().minimumSizeHint()
        if self.stacked:
            return hint
        buttons = self._buttons.minimumSize().width()
        narrowest = max(self.label.minimumSizeHint().width() + 4 + buttons, self.value_widget.minimumSizeHint().width())
        return QSize(min(hint.width(), narrowest), hint.height())

    def _button(self, text: str, tip: str, *, focusable: bool = False) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if focusable else Qt.FocusPolicy.NoFocus)
        return button

    def _value_editor(self, kind: str) -> QWidget:
        if kind == "addresses":
            self.address = AddressEdit()
            for edit in self.address.fields.values():
                edit.textEdited.connect(self.changed)
            return self.address
        if kind == "dates":
            self.date = PartialDateEdit(hands_focus_on=False)
            self.date.changed.connect(self.changed)
            return self.date
        self.text = QLineEdit()
        self.text.setObjectName("value")
        placeholders = {
            "emails": self.tr("name@example.com"),
            "phones": self.tr("Phone number"),
            "urls": self.tr("www.example.com"),
            "ims": self.tr("User name or number"),
        }
        self.text.setPlaceholderText(placeholders.get(kind, ""))
        self.text.textEdited.connect(self.changed)
        self.text.editingFinished.connect(self.check_value)
        if kind in LEFT_TO_RIGHT_KINDS:
            left_to_right(self.text)
        if kind != "ims":
            return self.text
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.service.setEditable(True)
        self.service.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.service.addItem("")
        self.service.addItems(list(IM_SERVICES))
        self.service.setToolTip(self.tr("Network or messenger"))
        service_edit = self.service.lineEdit()
        assert service_edit is not None
        service_edit.setPlaceholderText(self.tr("Network"))
        service_edit.returnPressed.connect(self.submitted)
        self.service.editTextChanged.connect(self.changed)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.service, 2)
        row.addWidget(self.text, 3)
        return box

    def _on_preferred(self, on: bool) -> None:
        self.preferred.setText("★" if on else "☆")
        self.preferred_toggled.emit(self, on)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(self, -1 if event.key() == Qt.Key.Key_Up else 1)
            return
        super().keyPressEvent(event)

    def tab_widgets(self) -> list[QWidget]:
        """The row's editors and buttons in the order Tab visits them: label, value, star, remove."""
        if self.kind == "addresses":
            values: list[QWidget] = [self.address.fields[part] for part in AddressEdit.PARTS]
        elif self.kind == "dates":
            values = list(self.date.parts)
        elif self.kind == "ims":
            values = [self.service, self.text]
        else:
            values = [self.text]
        return [self.label, *values, self.preferred, self.remove]

    def check_value(self) -> None:
        """Say at once, on leaving the field, whether the services would take the value (an email address …)."""
        if self._check is None:
            return
        problem = None if self.is_blank() else self._check(self.kind, self.entry())
        if problem:
            self.error.show_error(problem)
        else:
            self.error.clear_error()

    def focus_value(self) -> None:
        """Put the keyboard in the value (the first part of it)."""
        self.tab_widgets()[1].setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- values -----

    def entry(self) -> dict[str, Any]:
        """The entry in the services' shape (label, preferred and the value fields)."""
        entry: dict[str, Any] = {"label": self.label.label(), "preferred": self.preferred.isChecked()}
        if self.kind == "addresses":
            entry.update(self.address.value())
        elif self.kind == "dates":
            entry["value"] = self.date.value() or ""
        else:
            entry["value"] = self.text.text().strip()
            if self.kind == "ims":
                entry["service"] = self.service.currentText().strip()
        return entry

    def set_entry(self, entry: dict[str, Any]) -> None:
        self.label.set_label(str(entry.get("label", "") or ""))
        self.preferred.setChecked(bool(entry.get("preferred")))
        if self.kind == "addresses":
            self.address.set_value(entry)
        elif self.kind == "dates":
            self.date.set_value(str(entry.get("value") or "") or None)
        else:
            self.text.setText(str(entry.get("value", "") or ""))
            if self.kind == "ims":
                self.service.setEditText(str(entry.get("service", "") or ""))

    def is_blank(self) -> bool:
        """Nothing typed: a row added and left empty is not an entry."""
        entry = self.entry()
        return not any(v for k, v in entry.items() if k not in ("label", "preferred"))

    def problem(self) -> str | None:
        return self.date.problem() if self.kind == "dates" else None


class EntryList(QWidget):
    """The entries of one multi-valued field (every email address, every phone number …) and an Add button."""

    changed = Signal()
    submitted = Signal()  # Enter pressed where the form does not hear it (see EntryRow.submitted)

    def __init__(
        self,
        kind: str,
        add_text: str,
        default_label: str,
        check: Callable[[str, dict[str, Any]], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self._check = check
        self.setObjectName(f"{kind}Editor")
        self._default_label = default_label
        self.rows: list[EntryRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self._rows_layout.setSpacing(4)
        self.add_button = QToolButton()
        self.add_button.setObjectName("add")
        self.add_button.setText(f"+ {add_text}")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.setAutoRaise(True)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.add_button.clicked.connect(lambda: self.add_row())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)

    def set_entries(self, entries: Sequence[dict[str, Any]]) -> None:
        for row in list(self.rows):
            self._drop(row)
        for entry in entries:
            self.add_row(entry, focus=False)
        self._update_buttons()

    def add_row(self, entry: dict[str, Any] | None = None, *, focus: bool = True) -> EntryRow:
        row = EntryRow(self.kind, self._check)
        row.set_entry(entry if entry is not None else {"label": self._default_label})
        row.remove_requested.connect(self.remove_row)
        row.move_requested.connect(self.move_row)
        row.preferred_toggled.connect(self._on_preferred)
        row.changed.connect(self.changed)
        row.submitted.connect(self.submitted)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        row.show()  # at once, not when the layout gets round to it: the person types into it next
        self._update_buttons()
        if focus:
            row.focus_value()
            self.changed.emit()
        return row

    def remove_row(self, row: EntryRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        focused = QApplication.focusWidget()
        had_focus = focused is not None and row.isAncestorOf(focused)
        self._drop(row)
        self._update_buttons()
        if had_focus:  # keep the keyboard where it was: on the next entry, or the Add button
            if self.rows:
                self.rows[min(index, len(self.rows) - 1)].focus_value()
            else:
                self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def move_row(self, row: EntryRow, delta: int) -> None:
        index = self.rows.index(row)
        target = index + delta
        if not 0 <= target < len(self.rows):
            return
        focused = QApplication.focusWidget()
        self.rows.insert(target, self.rows.pop(index))
        self._rows_layout.removeWidget(row)
        self._rows_layout.insertWidget(target, row)
        self._update_buttons()
        if focused is not None and row.isAncestorOf(focused):
            focused.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def order_tabs(self) -> None:
        """Tab goes through the entries in the order shown, then to the Add button, then on to what follows.

        Qt puts a widget made later at the end of the window's Tab chain, so a row added by a click would be
        reached only after the rest of the form; and it orders only widgets that take focus themselves. So the
        chain is laid from the last focusable widget before this list, through every row's editors and buttons,
        to the Add button.
        """
        anchor = self.add_button.previousInFocusChain()
        while anchor is not None and (self.isAncestorOf(anchor) or anchor.focusPolicy() == Qt.FocusPolicy.NoFocus):
            if anchor is self.window():
                anchor = None
                break
            anchor = anchor.previousInFocusChain()
        previous: QWidget | None = anchor
        for widget in [*(w for row in self.rows for w in row.tab_widgets()), self.add_button]:
            if previous is not None:
                QWidget.setTabOrder(previous, widget)
            previous = widget

    def entries(self) -> tuple[list[dict[str, Any]], list[EntryRow]]:
        """The entries in order (blank rows left out), and the row each came from (to put an error beside it)."""
        rows = [row for row in self.rows if not row.is_blank()]
        return [row.entry() for row in rows], rows

    def clear_errors(self) -> None:
        for row in self.rows:
            row.error.clear_error()

    def _drop(self, row: EntryRow) -> None:
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _on_preferred(self, row: EntryRow, on: bool) -> None:
        if on:  # one preferred entry per field
            for other in self.rows:
                if other is not row and other.preferred.isChecked():
                    other.preferred.setChecked(False)

    def _update_buttons(self) -> None:
        for index, row in enumerate(self.rows):
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < len(self.rows) - 1)
        self.order_tabs()


# ----- tags -----


class TagChip(QWidget):
    """A tag in the editor, with a button to take it off."""

    remove_requested = Signal(str)

    def __init__(self, tag: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("tagChip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(
            "QWidget#tagChip { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 10px; }"
        )
        label = QLabel(tag)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.remove = QToolButton()
        self.remove.setObjectName("removeTag")
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove the tag “{tag}”").format(tag=tag))
        self.remove.setAccessibleName(self.remove.toolTip())
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.tag))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(self.remove)


class TagEditor(QWidget):
    """A record's tags as chips, and a field to add more (Enter or comma adds; Backspace in the empty field takes
    the last one off). Known tags are offered as you type."""

    changed = Signal()

    def __init__(self, known_tags: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagEditor")
        self._tags: list[str] = []
        self._chips: list[TagChip] = []
        self._flow = FlowLayout(self, spacing=4)
        self.input = _TagInput(self)
        self.input.setObjectName("tagInput")
        self.input.setPlaceholderText(self.tr("Add a tag…"))
        self.input.setMinimumWidth(self.input.fontMetrics().horizontalAdvance("M" * 10))
        self.completer = QCompleter(QStringListModel(list(known_tags), self), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.input.setCompleter(self.completer)
        self.completer.activated.connect(self._add_from_completer)
        self._flow.add(self.input)
        self.setFocusProxy(self.input)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_known_tags(self, tags: Sequence[str]) -> None:
        model = self.completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(list(tags))

    def tags(self) -> list[str]:
        """The tags, including one typed but not yet added: saving with text in the field keeps it."""
        pending = self.input.text().strip().strip(",").strip()
        return [*self._tags, pending] if pending and pending.casefold() not in self._folded() else list(self._tags)

    def set_tags(self, tags: Sequence[str]) -> None:
        for chip in list(self._chips):
            self._drop_chip(chip)
        self._tags = []
        for tag in tags:
            self._add(tag, announce=False)

    def add_tag(self, tag: str) -> bool:
        return self._add(tag, announce=True)

    def remove_tag(self, tag: str) -> None:
        for chip in self._chips:
            if chip.tag == tag:
                self._drop_chip(chip)
                self._tags.remove(tag)
                self.changed.emit()
                return

    def commit_input(self) -> bool:
        """Turn the text in the field into a tag; False if there was none."""
        text = self.input.text()
        added = False
        for part in text.split(","):
            added = self.add_tag(part) or added
        if text.strip():
            self.input.clear()
        return added

    def _folded(self) -> set[str]:
        return {t.casefold() for t in self._tags}

    def _add(self, tag: str, *, announce: bool) -> bool:
        tag = tag.strip()
        if not tag or tag.casefold() in self._folded():
            return False
        self._tags.append(tag)
        chip = TagChip(tag)
        chip.remove_requested.connect(self.remove_tag)
        self._chips.append(chip)
        self._flow.takeAt(self._flow.count() - 1)  # the input stays last
        self._flow.add(chip)
        self._flow.addItem(QWidgetItem(self.input))
        chip.show()
        self.updateGeometry()
        if announce:
            self.changed.emit()
        return True

    def _add_from_completer(self, text: str) -> None:
        self.add_tag(text)
        self.input.clear()

    def _drop_chip(self, chip: TagChip) -> None:
        self._chips.remove(chip)
        for index in range(self._flow.count()):
            item = self._flow.itemAt(index)
            if item is not None and item.widget() is chip:
                self._flow.takeAt(index)
                break
        chip.hide()
        chip.deleteLater()
        self.updateGeometry()


class _TagInput(QLineEdit):
    def __init__(self, editor: TagEditor) -> None:
        super().__init__(editor)
        self._editor = editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        popup = self.completer().popup() if self.completer() else None
        choosing = popup is not None and popup.isVisible()  # Enter picks from the list; the completer adds it
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip() and not choosing:
            self._editor.commit_input()
            return
        if key == Qt.Key.Key_Comma:
            self._editor.commit_input()
            return
        if key == Qt.Key.Key_Backspace and not self.text() and self._editor._tags:
            self._editor.remove_tag(self._editor._tags[-1])
            return
        super().keyPressEvent(event)


# ----- picture -----


def picture_pixmap(data: bytes, size: int, device_pixel_ratio: float = 1.0) -> QPixmap | None:
    """A stored picture cut to a circle of `size` pixels (the middle of it, if it is not square)."""
    image = QImage.fromData(QByteArray(data))
    if image.isNull():
        return None
    side = min(image.width(), image.height())
    square = image.copy((image.width() - side) // 2, (image.height() - side) // 2, side, side)
    pixels = int(size * device_pixel_ratio)
    scaled = square.scaled(
        pixels, pixels, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addEllipse(0, 0, pixels, pixels)
    painter.setClipPath(path)
    painter.drawImage(0, 0, scaled)
    painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def read_picture(path: Path) -> tuple[bytes, str] | None:
    """An image file as stored on a record: as it is when small, else scaled down to a JPEG; None if unreadable."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    image = reader.read()
    if image.isNull():
        return None
    raw = path.read_bytes()
    mime = mimetypes.guess_type(path.name)[0] or ""
    small = max(image.width(), image.height()) <= PICTURE_STORED_MAX and len(raw) <= 200_000
    if small and mime in ("image/jpeg", "image/png", "image/gif"):
        return raw, mime
    scaled = image.scaled(
        PICTURE_STORED_MAX,
        PICTURE_STORED_MAX,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if scaled.hasAlphaChannel():
        scaled.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide takes str
        return bytes(buffer.data().data()), "image/png"
    scaled.save(buffer, "JPEG", 88)  # type: ignore[call-overload]
    return bytes(buffer.data().data()), "image/jpeg"


class PictureButton(QToolButton):
    """A record's picture (or its initials), with a menu to choose an image file or take the picture off."""

    changed = Signal()

    def __init__(self, name_of: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("picture")
        self._name_of = name_of
        self.data: bytes | None = None
        self.mime: str | None = None
        self.modified = False
        self.setIconSize(QSize(PICTURE_SIZE, PICTURE_SIZE))
        self.setFixedSize(PICTURE_SIZE + 8, PICTURE_SIZE + 8)
        self.setAutoRaise(True)
        self.setToolTip(self.tr("Picture: choose an image file or remove the picture"))
        self.setAccessibleName(self.tr("Picture"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.choose_action = QAction(self.tr("&Choose Picture…"), self)
        self.choose_action.triggered.connect(self.ask_picture_file)
        self.remove_action = QAction(self.tr("&Remove Picture"), self)
        self.remove_action.triggered.connect(self.clear_picture)
        menu.addActions([self.choose_action, self.remove_action])
        self.setMenu(menu)
        self.setStyleSheet("QToolButton#picture::menu-indicator { image: none; width: 0; }")
        self.refresh()

    def set_picture(self, data: bytes | None, mime: str | None) -> None:
        self.data, self.mime = data, mime
        self.refresh()

    def ask_picture_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Picture"), "", self.tr("Images ({patterns})").format(patterns=PICTURE_FILTER)
        )
        if path:
            self.use_picture_file(Path(path))

    def use_picture_file(self, path: Path) -> bool:
        """Take the picture from an image file; False (and nothing changed) if it is not an image."""
        picture = read_picture(path)
        if picture is None:
            self.setToolTip(self.tr("{file} is not an image Cardfile can read.").format(file=path.name))
            return False
        self.data, self.mime = picture
        self.modified = True
        self.refresh()
        self.changed.emit()
        return True

    def clear_picture(self) -> None:
        if self.data is None:
            return
        self.data = self.mime = None
        self.modified = True
        self.refresh()
        self.changed.emit()

    def refresh(self) -> None:
        ratio = self.devicePixelRatioF()
        pixmap = picture_pixmap(self.data, PICTURE_SIZE, ratio) if self.data else None
        if pixmap is None:
            pixmap = avatar_pixmap(self._name_of() or "?", PICTURE_SIZE, ratio)
        self.setIcon(pixmap)
        self.remove_action.setEnabled(self.data is not None)


# ----- custom fields -----


class CustomFieldEditor:
    """The editor of one custom field, by its type: text, number, date, choice or yes/no."""

    def __init__(self, definition: CustomFieldRead) -> None:
        self.definition = definition
        self.error = ErrorLabel()
        kind = CustomFieldType(definition.field_type)
        self.kind = kind
        self.widget: QWidget
        if kind is CustomFieldType.DATE:
            self.widget = OptionalDateEdit()
        elif kind is CustomFieldType.CHOICE:
            combo = QComboBox()
            combo.addItem("—", "")
            for choice in definition.choices:
                combo.addItem(choice, choice)
            self.widget = combo
        elif kind is CustomFieldType.YES_NO:
            combo = QComboBox()
            combo.addItem("—", None)
            combo.addItem(QApplication.translate("CustomField", "Yes"), True)
            combo.addItem(QApplication.translate("CustomField", "No"), False)
            self.widget = combo
        else:
            edit = QLineEdit()
            if kind is CustomFieldType.NUMBER:
                left_to_right(edit)
            self.widget = edit
        self.widget.setObjectName(f"custom_{definition.id}")
        self.widget.setAccessibleName(definition.name)
        self.error.marked = self.widget

    def value(self) -> Any:
        """The value in the services' terms (None: empty); a number is read in the reader's locale."""
        widget = self.widget
        if isinstance(widget, OptionalDateEdit):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        assert isinstance(widget, QLineEdit)
        text = widget.text().strip()
        if not text:
            return None
        if self.kind is CustomFieldType.NUMBER:
            number, ok = QLocale().toDouble(text)
            if not ok:
                return text  # kept as typed: the services name the problem
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        return text

    def set_value(self, value: Any) -> None:
        widget = self.widget
        if isinstance(widget, OptionalDateEdit):
            widget.set_value(str(value) if value else None)
        elif isinstance(widget, QComboBox):
            index = widget.findData(value) if value is not None and value != "" else 0
            if index < 0 and value not in (None, ""):  # a value no longer among the choices: keep it
                widget.addItem(str(value), value)
                index = widget.count() - 1
            widget.setCurrentIndex(max(index, 0))
        else:
            assert isinstance(widget, QLineEdit)
            if value is None:
                widget.clear()
            elif self.kind is CustomFieldType.NUMBER and isinstance(value, int | float):
                widget.setText(
                    QLocale().toString(value) if isinstance(value, int) else QLocale().toString(value, "g", 15)
                )
            else:
                widget.setText(str(value))

    def problem(self) -> str | None:
        widget = self.widget
        if self.kind is CustomFieldType.NUMBER and isinstance(widget, QLineEdit):
            text = widget.text().strip()
            if text and not QLocale().toDouble(text)[1]:
                return QApplication.translate("CustomField", "Enter a number, such as {example}.").format(
                    example=QLocale().toString(1234.5, "f", 1)
                )
        return None


# ----- a company, by name -----


class CompanyNameEdit(QLineEdit):
    """A company's name with the known companies offered as you type (ignoring case and accents).

    A name no company has yet is fine: saving creates the company.
    """

    def __init__(self, suggest: Callable[[str], Sequence[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)  # the services filtered
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self.textEdited.connect(self._offer)

    def _offer(self, text: str) -> None:
        names = list(self._suggest(text)) if text.strip() else []
        if names == [text]:
            names = []  # typed out in full: nothing left to offer
        self._names.setStringList(names)
        completer = self.completer()
        popup = completer.popup()
        if names:
            completer.complete()
        elif popup is not None:
            popup.hide()
