"""The merge view: two or more cards side by side, the card that stays chosen at the top of its column, and for each
field where they differ the value the merged card keeps (a click on it); what the merged card will hold is shown in
the last column as the choices change. Emails, phones, addresses, tags and the like of every card are kept, and
everything attached moves to the card that stays; one Merge is one action, so Undo (or Unmerge) takes it back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.merging import Attachments, MergeField, MergePreview, MergeRead
from cardfile.ui.dialogs.list_dialog import ERROR_STYLE
from cardfile.ui.duplicates.words import merge_error_text, merge_field_title
from cardfile.ui.records.card import names_of, partial_date
from cardfile.ui.widgets.basics import dim, isolated, literal, reading_lines, unbroken_numbers
from cardfile.ui.words import entry_label

SHOWN_CHARACTERS = 60  # a longer value (a note) is cut in its cell; the tooltip holds all of it
NAME_PARTS = ("prefix", "given", "additional", "family", "suffix")
ADDRESS_PARTS = ("po_box", "street", "extended", "locality", "region", "postcode", "country")


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("MergeDialog", text, "", n)


def value_text(key: str, value: Any, name_of: Callable[[str, str], str]) -> str:
    """A field's value as its cell shows it: a name by its parts, a company by its name, entries one a line."""
    if key in ("photo", "logo"):
        has_picture = isinstance(value, dict) and any(isinstance(v, bytes) and v for v in value.values())
        return _t("(a picture)") if has_picture else _t("(empty)")
    if value is None or value == "" or value == [] or value == {}:
        return _t("(empty)")
    if key == "name" and isinstance(value, dict):
        built = " ".join(str(value.get(p) or "") for p in NAME_PARTS if value.get(p))
        shown = str(value.get("display_name") or "")
        return shown if not built or shown == built else _t("{shown} ({parts})").format(shown=shown, parts=built)
    if key in ("company", "parent") and isinstance(value, str):
        return name_of("company", value) or _t("(a company that is gone)")
    if key in ("birthday", "anniversary") and isinstance(value, str):
        return partial_date(value)  # in the reader's format and digits, as the card shows it
    if isinstance(value, bool):
        return _t("yes") if value else _t("no")
    if isinstance(value, list):  # a phone number kept whole and in its order right to left ('+358 9 131 0371')
        return "\n".join(unbroken_numbers(_entry_text(v)) for v in value)
    if isinstance(value, dict):
        return " ".join(str(v) for k, v in value.items() if v not in (None, "", False) and k != "display_name_custom")
    return str(value)


def _entry_text(entry: Any) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    if any(entry.get(p) for p in ADDRESS_PARTS):
        text = ", ".join(str(entry[p]) for p in ADDRESS_PARTS if entry.get(p))
    else:
        text = str(entry.get("value") or (partial_date(str(entry["date"])) if entry.get("date") else ""))
    label = entry_label(str(entry.get("label") or ""))
    return f"{label}: {isolated(text)}" if label else text


def aligned(label: QLabel) -> QLabel:
    """A label whose every line starts where the interface starts reading, whatever script the line is in (Qt
    aligns each paragraph by its own direction, which leaves Latin values at the far edge of a right-to-left view)."""
    side = Qt.AlignmentFlag.AlignRight if QGuiApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignTop)
    return label


def shown(text: str) -> str:
    """A value as a cell shows it: each line in the interface's direction and the value in it isolated in its own,
    so 'Maple Capital Corp.' keeps its full stop and 'work: 12345@maple.example' its order in a Persian window."""
    return reading_lines("\n".join(isolated(line) for line in text.split("\n")))


def _cut(text: str) -> str:
    first = text.split("\n", 1)[0]
    if len(first) > SHOWN_CHARACTERS or first != text:
        return first[:SHOWN_CHARACTERS].rstrip() + "…"
    return first


def attachments_text(a: Attachments, record_type: str) -> str:
    """'activities: 2 · notes: 1 · groups: 3' — what moves with a card ('nothing attached' when nothing does)."""
    parts = [
        _t("activities: %Ln", a.activities) if a.activities else "",
        _t("notes: %Ln", a.notes) if a.notes else "",
        _t("deals: %Ln", a.deals) if a.deals else "",
        _t("groups: %Ln", a.groups) if a.groups else "",
        _t("people: %Ln", a.people) if a.people and record_type == "company" else "",
        _t("conflicts: %Ln", a.conflicts) if a.conflicts else "",
    ]
    shown = [p for p in parts if p]
    return " · ".join(shown) if shown else _t("nothing attached")


class MergeDialog(QDialog):
    """Merge the records `ids` (people, or companies; the first one stays unless the person picks another)."""

    merged = Signal(object)  # list[MergeRead]: the merges made

    def __init__(self, services: Services, ids: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge Duplicates"))
        self._services = services
        self._name_of = names_of(services)
        self.ids = list(dict.fromkeys(ids))
        self.survivor_id = self.ids[0]
        self.take: dict[str, str] = {}  # field key -> the record whose value the merged card keeps
        self.preview: MergePreview | None = None
        self.choices: dict[str, QButtonGroup] = {}
        self.results: dict[str, QLabel] = {}
        self._survivor_buttons = QButtonGroup(self)

        intro = aligned(dim(QLabel(self.tr(
            "Choose the card that stays and, where the cards differ, the value it keeps. Emails, phones, addresses "
            "and tags of every card are kept, and activities, notes, deals and groups move to the card that stays. "
            "Undo, or Unmerge in the merge history, takes the merge back."
        ))))  # fmt: skip
        intro.setWordWrap(True)
        self.grid_host = QWidget()
        self.grid_host.setObjectName("mergeGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(8)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.grid_host)
        self.same = aligned(dim(QLabel()))
        self.same.setObjectName("mergeSame")
        self.same.setWordWrap(True)
        self.error = aligned(QLabel())
        self.error.setObjectName("mergeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.same)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(min(1100, 380 + 260 * len(self.ids)), 600)
        self.load()

    # ----- the records side by side -----

    def load(self) -> bool:
        """Read the records as the merge would take them, and lay them out; False (the reason shown) if they cannot
        be merged."""
        others = [i for i in self.ids if i != self.survivor_id]
        try:
            self.preview = self._services.merging.preview(self.survivor_id, others, take=self.take)
        except CardfileError as error:
            self.show_error(merge_error_text(error))
            self.merge_button.setEnabled(False)
            return False
        self._fill(self.preview)
        return True

    def _fill(self, preview: MergePreview) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for group in self.choices.values():
            group.deleteLater()
        self.choices, self.results = {}, {}
        for button in self._survivor_buttons.buttons():
            self._survivor_buttons.removeButton(button)
        columns = list(self.ids)  # the order the person first saw, whichever card stays
        bold = QFont(self.font())
        bold.setBold(True)
        for column, record_id in enumerate(columns, start=1):
            index = preview.ids.index(record_id)
            keep = QRadioButton(self.tr("Keep this card"))
            keep.setObjectName(f"keep_{record_id}")
            keep.setChecked(record_id == self.survivor_id)
            keep.toggled.connect(lambda on, r=record_id: self.choose_survivor(r) if on else None)
            self._survivor_buttons.addButton(keep)
            name = aligned(QLabel(preview.names[index]))
            name.setFont(bold)
            name.setWordWrap(True)
            attached = aligned(dim(QLabel(attachments_text(preview.attachments[record_id], preview.record_type))))
            attached.setWordWrap(True)
            self._cell(0, column, keep, name, attached)
        heading = aligned(QLabel(self.tr("After the merge")))
        heading.setFont(bold)
        self.grid.addWidget(heading, 0, len(columns) + 1, Qt.AlignmentFlag.AlignBottom)
        row, same = 1, 0
        for f in preview.fields:
            if not f.differs:
                same += 1 if any(not _is_empty(v) for v in f.values.values()) else 0
                continue
            label = aligned(QLabel(merge_field_title(f.key, f.label)))
            label.setFont(bold)
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            if f.multi:
                self._multi_row(row, f, columns)
            else:
                self._single_row(row, f, columns)
            row += 1
        self.grid.setRowStretch(row, 1)
        for column in range(1, len(columns) + 2):
            self.grid.setColumnStretch(column, 1)
        self.same.setText(self.tr("Fields the same on every card: %Ln", "", same) if same else "")
        self.same.setVisible(bool(same))

    def _cell(self, row: int, column: int, *widgets: QWidget) -> None:
        box = QWidget()
        stack = QVBoxLayout(box)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        for widget in widgets:
            stack.addWidget(widget)
        self.grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignTop)

    def _single_row(self, row: int, f: MergeField, columns: list[str]) -> None:
        group = QButtonGroup(self)
        group.setExclusive(True)
        self.choices[f.key] = group
        for column, record_id in enumerate(columns, start=1):
            text = value_text(f.key, f.values.get(record_id), self._name_of)
            choice = QRadioButton(literal(shown(_cut(text))))
            choice.setObjectName(f"take_{f.key}_{record_id}")
            choice.setToolTip(shown(text))
            choice.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            choice.setChecked(record_id == f.default_from)
            choice.toggled.connect(lambda on, k=f.key, r=record_id: self.choose(k, r) if on else None)
            group.addButton(choice)
            self.grid.addWidget(choice, row, column, Qt.AlignmentFlag.AlignTop)
        result = aligned(QLabel(shown(_cut(value_text(f.key, f.values.get(f.default_from), self._name_of)))))
        result.setObjectName(f"result_{f.key}")
        result.setWordWrap(True)
        self.results[f.key] = result
        self.grid.addWidget(result, row, len(columns) + 1, Qt.AlignmentFlag.AlignTop)

    def _multi_row(self, row: int, f: MergeField, columns: list[str]) -> None:
        for column, record_id in enumerate(columns, start=1):
            cell = aligned(QLabel(shown(value_text(f.key, f.values.get(record_id), self._name_of))))
            cell.setTextFormat(Qt.TextFormat.PlainText)
            cell.setWordWrap(True)
            self.grid.addWidget(cell, row, column, Qt.AlignmentFlag.AlignTop)
        result = aligned(QLabel(shown(value_text(f.key, f.united, self._name_of))))
        result.setObjectName(f"result_{f.key}")
        result.setTextFormat(Qt.TextFormat.PlainText)
        result.setWordWrap(True)
        result.setToolTip(self.tr("Every card's entries are kept, each once"))
        self.results[f.key] = result
        self.grid.addWidget(result, row, len(columns) + 1, Qt.AlignmentFlag.AlignTop)

    # ----- choosing -----

    def choose(self, key: str, record_id: str) -> None:
        """Keep this record's value of a field."""
        self.take[key] = record_id
        if self.preview is not None and key in self.results:
            f = next(f for f in self.preview.fields if f.key == key)
            self.results[key].setText(shown(_cut(value_text(key, f.values.get(record_id), self._name_of))))

    def choose_survivor(self, record_id: str) -> None:
        """This card stays (its id, its links and its history); the values chosen so far are kept."""
        if record_id == self.survivor_id:
            return
        self.survivor_id = record_id
        self.load()

    # ----- merging -----

    def merge(self) -> list[MergeRead]:
        """Merge as chosen (one action); the dialog closes, or says why it could not."""
        others = [i for i in self.ids if i != self.survivor_id]
        try:
            made = self._services.merging.merge(self.survivor_id, others, take=self.take)
        except CardfileError as error:
            self.show_error(merge_error_text(error))
            return []
        self.merged.emit(made)
        self.accept()
        return made

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


def _is_empty(value: Any) -> bool:
    if isinstance(value, dict):
        return all(v in (None, "", False, [], {}) for v in value.values())
    return value in (None, "", [], {})
