"""What every record form shares: sections of labelled editors, the errors shown beside them, and the change set.

A form is filled from a read model, collects what the editors hold into the services' input shape, and saves
only the fields the person changed, in one service call, so one save is one undoable action in the change log.
An error the services report names a field ('emails.1.value'); the form puts a sentence in the reader's
language under that very editor and leaves everything typed in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import ContactUpdate, validate
from cardfile.domain.values import CustomFieldType, normalize_label
from cardfile.services.readmodels import CustomFieldRead
from cardfile.ui.widgets.basics import dim
from cardfile.ui.widgets.editors import CustomFieldEditor, EntryList, ErrorLabel, PartialDateEdit
from cardfile.ui.words import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


def problem_text(field: str, error: ValidationError, custom: CustomFieldRead | None = None) -> str:
    """The services' complaint about a field as a sentence in the reader's language.

    The services report problems in English (for the command line) with the field's path; the path says what
    kind of value was refused, and that is enough to explain it. Anything unforeseen falls back to the
    services' own words.
    """
    kind = field.split(".", 1)[0]
    if custom is not None:
        field_type = CustomFieldType(custom.field_type)
        if field_type is CustomFieldType.NUMBER:
            return _tr("Enter a number.")
        if field_type is CustomFieldType.DATE:
            return _tr("There is no such date.")
        if field_type is CustomFieldType.CHOICE:
            return _tr("Choose one of: {choices}.").format(choices=", ".join(custom.choices))
        if field_type is CustomFieldType.YES_NO:
            return _tr("Choose yes or no.")
    texts = {
        "emails": _tr("This is not an email address; it should look like name@example.com."),
        "phones": _tr("A phone number needs at least one digit."),
        "urls": _tr("A web address cannot contain spaces."),
        "dates": _tr("There is no such date."),
        "birthday": _tr("There is no such date."),
        "anniversary": _tr("There is no such date."),
        "name": _tr("A company needs a name."),
        "company": _tr("There is no such company."),
        "parent": _tr("There is no such company."),
        "parent_id": _tr("There is no such company."),
    }
    return texts.get(kind) or error_text(error)


def entry_problem(kind: str, entry: dict[str, Any]) -> str | None:
    """What the services would say about one entry of a multi-valued field, in the reader's words (None: fine)."""
    try:
        validate(ContactUpdate, **{kind: [entry]})
    except ValidationError as error:
        return problem_text(str(error.params.get("field", kind)), error)
    return None


def normalized_entries(entries: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entries as the services would store them, for telling a real change from a retyped label."""
    out = []
    for entry in entries:
        clean = {k: (v.strip() if isinstance(v, str) else v) for k, v in entry.items()}
        clean["label"] = normalize_label(clean.get("label"))
        clean["preferred"] = bool(clean.get("preferred"))
        out.append(clean)
    return out


class RecordForm(QWidget):
    """The editors of one record in labelled sections; subclasses say which and how to save them."""

    changed = Signal()  # the person changed something (the edit bar says so)
    save_requested = Signal()  # Enter in an editor that keeps the key to itself (an editable combo box)

    LABEL_WIDTH = 120

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordForm")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 16, 18, 16)
        self._layout.setSpacing(6)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("formError")
        self._layout.addWidget(self.general_error)
        self.field_errors: dict[str, ErrorLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.entry_lists: dict[str, EntryList] = {}
        self.custom_editors: list[CustomFieldEditor] = []
        self._entry_rows: dict[str, list[Any]] = {}  # rows behind the entries last collected, for errors

    # ----- building -----

    def heading(self, title: str) -> None:
        self._layout.addSpacing(10)
        label = QLabel(title.upper() if title.isascii() else title)
        label.setObjectName("formHeading")
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        label.setFont(font)
        self._layout.addWidget(dim(label))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setObjectName("formRule")
        line.setStyleSheet("QFrame#formRule { color: palette(midlight); }")
        self._layout.addWidget(line)

    def form_layout(self) -> QFormLayout:
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._layout.addLayout(form)
        return form

    def add_field(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> QWidget:
        """An editor with its label (a buddy, so Alt+letter in the label jumps to it) and its error line."""
        editor.setObjectName(editor.objectName() or key)
        caption = QLabel(label)
        caption.setBuddy(editor)
        caption.setMinimumWidth(self.LABEL_WIDTH)
        error = ErrorLabel()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(editor)
        column.addWidget(error)
        form.addRow(caption, box)
        self.editors[key] = editor
        self.field_errors[key] = error
        self._watch(editor)
        return editor

    def add_widget(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def add_entries(self, kind: str, title: str, add_text: str, default_label: str) -> EntryList:
        self.heading(title)
        entries = EntryList(kind, add_text, default_label, check=entry_problem)
        entries.changed.connect(self.changed)
        entries.submitted.connect(self.save_requested)
        self._layout.addWidget(entries)
        self.entry_lists[kind] = entries
        return entries

    def add_custom_fields(self, definitions: Sequence[CustomFieldRead], values: dict[str, Any]) -> None:
        """One editor per custom field of the record's type, filled from `values` (by field name)."""
        if not definitions:
            return
        self.heading(_tr("Custom fields"))
        form = self.form_layout()
        for definition in definitions:
            editor = CustomFieldEditor(definition)
            editor.set_value(values.get(definition.name))
            caption = QLabel(definition.name)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setBuddy(editor.widget)
            caption.setMinimumWidth(self.LABEL_WIDTH)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(editor.widget)
            column.addWidget(editor.error)
            form.addRow(caption, box)
            self.custom_editors.append(editor)
            self._watch(editor.widget)

    def finish(self) -> None:
        self._layout.addStretch(1)

    def _watch(self, editor: QWidget) -> None:
        """Tell the edit bar when the person changes this editor (not when the form fills it)."""
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self.changed)
        elif isinstance(editor, QComboBox):
            editor.activated.connect(self.changed)
            typed = editor.lineEdit() if editor.isEditable() else None
            if typed is not None:
                typed.textEdited.connect(self.changed)
        elif isinstance(editor, QPlainTextEdit):
            editor.textChanged.connect(self.changed)  # watched once filled: filling is not a change
        elif isinstance(editor, PartialDateEdit) or hasattr(editor, "changed"):
            editor.changed.connect(self.changed)
        elif hasattr(editor, "dateChanged"):
            editor.dateChanged.connect(self.changed)

    # ----- what the editors hold -----

    def collect_entries(self) -> dict[str, list[dict[str, Any]]]:
        """Every multi-valued field as entries (blank rows left out); remembers which row each came from."""
        out = {}
        for kind, editor in self.entry_lists.items():
            entries, rows = editor.entries()
            out[kind] = entries
            self._entry_rows[kind] = rows
        return out

    def changed_entries(self, original: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
        collected = self.collect_entries()
        return {
            kind: entries
            for kind, entries in collected.items()
            if normalized_entries(entries) != normalized_entries(original.get(kind, []))
        }

    def collect_custom(self, original: dict[str, Any] | None) -> dict[str, Any]:
        """Custom values by field id: all of them for a new record, the changed ones (None clears) for an edit."""
        out = {}
        for editor in self.custom_editors:
            value = editor.value()
            before = (original or {}).get(editor.definition.name)
            if original is None:
                if value not in (None, ""):
                    out[editor.definition.id] = value
            elif value != before and not (value in (None, "") and before in (None, "")):
                out[editor.definition.id] = value
        return out

    # ----- problems -----

    def clear_errors(self) -> None:
        self.general_error.clear_error()
        for label in self.field_errors.values():
            label.clear_error()
        for entries in self.entry_lists.values():
            entries.clear_errors()
        for editor in self.custom_editors:
            editor.error.clear_error()

    def check(self) -> bool:
        """Problems the form can see before asking the services (a half-filled date, a number that is none);
        each is shown beside its editor and the first one gets the focus. True when there are none."""
        first: QWidget | None = None
        for key, editor in self.editors.items():
            if isinstance(editor, PartialDateEdit) and (problem := editor.problem()):
                self.field_errors[key].show_error(problem)
                first = first or editor
        for entries in self.entry_lists.values():
            for row in entries.rows:
                if problem := row.problem():
                    row.error.show_error(problem)
                    first = first or row.tab_widgets()[1]
        for custom in self.custom_editors:
            if problem := custom.problem():
                custom.error.show_error(problem)
                first = first or custom.widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return first is None

    def show_error(self, error: ValidationError) -> QWidget | None:
        """Show a refused value beside the editor it came from and give that editor the focus."""
        field = str(error.params.get("field", ""))
        parts = field.split(".")
        target: QWidget | None = None
        label: ErrorLabel | None = None
        custom = None
        if parts[0] in self.entry_lists:
            rows = self._entry_rows.get(parts[0], [])
            index = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0
            if 0 <= index < len(rows):
                target, label = rows[index].tab_widgets()[1], rows[index].error
            else:
                target, label = self.entry_lists[parts[0]], self.general_error
        elif parts[0] == "custom" and len(parts) > 1:
            key = field.split(".", 1)[1]
            for editor in self.custom_editors:
                if (
                    key in (editor.definition.id, editor.definition.name)
                    or key.casefold() == editor.definition.name.casefold()
                ):
                    target, label, custom = editor.widget, editor.error, editor.definition
        else:
            key = {"company_id": "company", "parent": "parent", "parent_id": "parent"}.get(parts[0], parts[0])
            if key in self.editors:
                target, label = self.editors[key], self.field_errors[key]
        text = problem_text(field, error, custom)
        (label or self.general_error).show_error(text if label is not None else error_text(error))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    # ----- to override -----

    def has_changes(self) -> bool:
        raise NotImplementedError

    def save(self) -> str | None:
        """Write the changes (one action); the record's id, or None when the form found problems and showed them.
        Raises the services' errors (ValidationError for a refused value) for the caller to show."""
        raise NotImplementedError

    def focus_first(self) -> None:
        """Put the keyboard in the first editor."""

    def set_known_tags(self, tags: list[str]) -> None:
        """Offer these tags in the tag field as the person types."""
