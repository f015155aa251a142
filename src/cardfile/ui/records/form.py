"""The one record form: laid out from a kind's `FormSpec`, it edits a record (or adds one) in place on its card.

A spec lists the fields beside the picture and the parts below it (sections of labelled editors, multi-valued
entries, tags, note, or an editor the kind builds itself), and custom fields follow. Fields are text, a company
by name, a partial date, a date, an amount of money with its currency, a choice from a list (which may follow
another field: a pipeline's stages) and a whole number that may fall back to a default (a stage's probability).
The form is filled from the record's values as the spec reads them, collects what the editors hold, and hands
only the fields the person changed to the spec's `save` in one call, so one save is one undoable action in the
change log; saving an unchanged record writes nothing.

An error the services report names a field ('emails.1.value'); the form puts a sentence in the reader's language
under that very editor, marks it, and leaves everything typed in place.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal, SignalInstance
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import NotFound, NotOwner, ValidationError
from cardfile.domain.models import ContactUpdate, validate
from cardfile.domain.values import CustomFieldType, normalize_label
from cardfile.services.readmodels import CustomFieldRead
from cardfile.ui.problems import value_problem
from cardfile.ui.widgets.basics import add_heading, labelled_rows
from cardfile.ui.widgets.editors import (
    INVALID_STYLE,
    CompanyNameEdit,
    CustomFieldEditor,
    EntryList,
    ErrorLabel,
    OptionalDateEdit,
    PartialDateEdit,
    PictureButton,
    TagEditor,
    left_to_right,
)
from cardfile.ui.widgets.value_editors import ChoiceEdit, MoneyEdit, NumberEdit
from cardfile.ui.words import error_text

if TYPE_CHECKING:
    from cardfile.services import Services


# Focus that places the cursor itself: Tab and Alt+letter select the whole value, a click puts the cursor there.
_PLACING_FOCUS = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
    Qt.FocusReason.MouseFocusReason,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


def no_such_company(name: str) -> str:
    """What a form says when the company typed by its name does not exist (or the name fits several)."""
    return _tr("There is no company named “{name}”; add it first, or choose one from the list.").format(name=name)


def problem_text(field: str, error: ValidationError, custom: CustomFieldRead | None = None) -> str:
    """The services' complaint about a field as a sentence in the reader's language.

    The services report problems in English (for the command line) with the field's path and a reason; the
    path says what kind of value was refused, which explains the common ones best beside the editor; any other
    is worded by its reason (ui/problems.py), which names the field when nothing more can be said.
    """
    kind = field.split(".", 1)[0]
    if kind in ("company", "parent") and error.params.get("name"):
        return no_such_company(str(error.params["name"]))
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
    if error.params.get("reason") in _MORE_THAN_THE_KIND:
        return value_problem(error)
    return texts.get(kind) or value_problem(error)


# Reasons that say more than the kind of field does ("invisible characters" beats "not an email address").
_MORE_THAN_THE_KIND = ("invisible_characters", "too_large_to_sync", "too_long", "own_parent")


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


# ----- what a kind says about its form -----


@dataclass(frozen=True)
class Text:
    """A line of text. `ltr`: it reads left to right in any language (a web address); `hint`: the grey text shown
    while it is empty, worked out from the form as the person types (the name the parts will give)."""

    key: str
    label: str
    ltr: bool = False
    tooltip: str = ""
    hint: Callable[[RecordForm], str] | None = None


@dataclass(frozen=True)
class CompanyName:
    """A company named by its name, the known ones offered as the person types; `not_itself`: the record's own
    name is not offered (a company is not part of itself)."""

    key: str
    label: str
    tooltip: str = ""
    not_itself: bool = False


@dataclass(frozen=True)
class PartialDate:
    """A date whose year may be left out (a birthday)."""

    key: str
    label: str


@dataclass(frozen=True)
class Date:
    """A calendar date that may be left empty (an expected close date); its value is ISO text or None."""

    key: str
    label: str
    tooltip: str = ""


@dataclass(frozen=True)
class Check:
    """A yes/no value, as a check box whose own text is the label."""

    key: str
    label: str
    tooltip: str = ""


@dataclass(frozen=True)
class Amount:
    """An amount of money with its currency, exact to the currency's minor unit; its value is a domain Money
    (None while empty). `currencies(services)` are offered first in the picker (those in use)."""

    key: str
    label: str
    tooltip: str = ""
    currencies: Callable[[Services], Sequence[str]] | None = None


@dataclass(frozen=True)
class Choice:
    """One of a list: `choices(form)` gives (text, value) pairs, asked again whenever a field named in `follows`
    changes (a pipeline's stages follow the pipeline). `editable`: the person may type a value the list lacks (a
    new reason, which joins its list when saved)."""

    key: str
    label: str
    choices: Callable[[RecordForm], Sequence[tuple[str, Any]]]
    follows: tuple[str, ...] = ()
    editable: bool = False
    tooltip: str = ""


@dataclass(frozen=True)
class Number:
    """A whole number from `minimum` to `maximum` (a percentage). With `unset`, the step below `minimum` means "not
    set" (the value None) and shows `unset(form)`: the default the record falls back to, worked out as the person
    types (a stage's probability)."""

    key: str
    label: str
    minimum: int = 0
    maximum: int = 100
    suffix: str = ""
    unset: Callable[[RecordForm], str] | None = None
    tooltip: str = ""


class FieldEditor(Protocol):
    """An editor a kind makes for a value the vocabulary above has no field for (a time with its length, a
    recurrence, several people): a QWidget that says when the person changed it and holds one value."""

    changed: Any  # a Signal()

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def problem(self) -> str | None: ...


@dataclass(frozen=True)
class OwnField:
    """A field edited by a widget of the kind's own (`make(form)` builds it, a `FieldEditor`); the form reads and
    fills it like any other, so its value takes part in `changes()` and in saving."""

    key: str
    label: str
    make: Callable[[RecordForm], QWidget]
    tooltip: str = ""


Field = Text | CompanyName | PartialDate | Date | Amount | Choice | Number | Check | OwnField


def private_box() -> Check:
    """The Private box of a person's or a company's form (the README promises it)."""
    return Check(
        "private",
        _tr("Pri&vate: only you see it"),
        _tr(
            "A private record syncs only between your own devices, with its activities, notes and deals; "
            "nobody else in the office sees it.",
        ),
    )


@dataclass(frozen=True)
class Section:
    """A heading over labelled fields."""

    title: str
    fields: Sequence[Field]


@dataclass(frozen=True)
class Entries:
    """A multi-valued field (emails, phones …): labelled entries, one marked preferred, more added with a button."""

    kind: str
    title: str
    add_text: str
    default_label: str


@dataclass(frozen=True)
class Tags:
    title: str
    key: str = "tags"


@dataclass(frozen=True)
class Note:
    title: str
    key: str = "note"


class PartEditor(Protocol):
    """What an `Editor` part's widget answers: its value, what is wrong with it, and a signal when it changes."""

    changed: SignalInstance

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def problem(self) -> str | None: ...


@dataclass(frozen=True)
class Editor:
    """A part a kind builds itself, under a heading (a deal's line items, its people with their roles):
    `make(form)` returns a QWidget answering `PartEditor`, filled with the value under `key`."""

    key: str
    title: str
    make: Callable[[RecordForm], QWidget]


Part = Section | Entries | Tags | Note | Editor


@dataclass(frozen=True)
class DuplicateCheck:
    """What a kind's form asks while the person types, to point out a record that is already there before a second
    one is saved: `find(services, values, record_id)` gives the records the typed values (the form's fields and
    entries; `record_id` is the record being edited, or None) may duplicate, likeliest first — it runs on a worker,
    so it may read the database — and `text(found)` says one of them in a sentence."""

    find: Callable[[Services, dict[str, Any], str | None], Sequence[Any]]
    text: Callable[[Any], str]


@dataclass(frozen=True)
class Picture:
    """The record's picture beside the header fields: the fields of its bytes and type, and how to read it."""

    field: str  # "photo"
    mime_field: str  # "photo_mime"
    load: Callable[[Services, str], tuple[bytes, str] | None]
    tooltip: str = ""


@dataclass(frozen=True)
class FormSpec:
    """A kind's form: what it shows, how a record's values fill it, and how a save is written.

    `values(record)` gives the record's values under the fields' keys (entries under their kind); `save(services,
    record or None, changes)` writes the changed fields as one action and returns the record's id; it raises the
    services' errors (a ValidationError is shown under its field). `required(form, changes)` says what a new
    record lacks, as (field key, sentence). `aliases` name the form's field for a field the services name
    otherwise ("company_id" → "company").
    """

    name: str
    header: Sequence[Field]
    parts: Sequence[Part]
    values: Callable[[Any], Mapping[str, Any]]
    save: Callable[[Services, Any, dict[str, Any]], str | None]  # None: a question was cancelled, the form stays
    first: str
    deleted_text: str
    picture: Picture | None = None
    initials: Callable[[RecordForm], str] | None = None
    custom_fields: str | None = None  # the record type whose custom fields the form edits
    required: Callable[[RecordForm, dict[str, Any]], tuple[str, str] | None] | None = None
    aliases: Mapping[str, str] = field(default_factory=dict)
    duplicates: DuplicateCheck | None = None
    # Called once the form is built and after every change the person makes: what follows from the fields (a
    # deal's amount from its line items, a reason shown only for a closed deal).
    on_change: Callable[[RecordForm], None] | None = None
    # A new record's fields (its defaults, and what another page asked for: {"contact_id": …} from a person's
    # "New Deal…").
    presets: Callable[[Services, Mapping[str, Any]], Mapping[str, Any]] | None = None


class FieldBox(QWidget):
    """A field's editor and its error line. Beside its label it needs room for `characters` characters, or for the
    editor whole if that is wider: a fixed minimum width hid the editor's own, and in a narrow pane the activity's
    When (its mode, 'В определённое время') stayed beside its label and was cut at the pane's edge instead of
    going under the label (QFormLayout.WrapLongRows wraps by the field's minimum)."""

    def __init__(self, characters: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._characters = characters

    def minimumSizeHint(self) -> QSize:
        own = super().minimumSizeHint()
        return QSize(max(own.width(), self.fontMetrics().averageCharWidth() * self._characters), own.height())


class RecordForm(QWidget):
    """The editors of one record (`record`, a read model; None adds a new one, with `preset` filling some
    fields), laid out as `spec` says."""

    changed = Signal()  # the person changed something (the edit bar says so)
    save_requested = Signal()  # Enter in an editor that keeps the key to itself (an editable combo box)
    duplicate_requested = Signal(str)  # the id of a record the duplicate hint offered to open

    LABEL_WIDTH = 120
    FIELD_CHARACTERS = 12  # narrower than this, a field goes under its label instead of beside it
    PICTURE_BESIDE = 380  # narrower than this, the picture goes above the name fields

    def __init__(
        self,
        services: Services,
        spec: FormSpec,
        record: Any | None,
        *,
        preset: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(spec.name)
        self.setStyleSheet(INVALID_STYLE)
        self._services = services
        self.spec = spec
        self.record = record
        self._original: Mapping[str, Any] = spec.values(record) if record is not None else {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 16, 18, 16)
        self._layout.setSpacing(6)
        self.general_error = ErrorLabel()
        self.general_error.setObjectName("formError")
        self._layout.addWidget(self.general_error)
        self.duplicate_hint = QLabel()
        self.duplicate_hint.setObjectName("duplicateHint")
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setTextFormat(Qt.TextFormat.RichText)
        self.duplicate_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.duplicate_hint.setStyleSheet(
            "QLabel#duplicateHint { background: #fff4d6; color: #4a3b00; border: 1px solid #e8c96a; "
            "border-radius: 4px; padding: 6px 8px; }"
        )
        self.duplicate_hint.linkActivated.connect(self._on_duplicate_link)
        self.duplicate_hint.hide()
        self.duplicates_shown: list[Any] = []
        self._layout.addWidget(self.duplicate_hint)
        self.field_errors: dict[str, ErrorLabel] = {}
        self.editors: dict[str, QWidget] = {}
        self.entry_lists: dict[str, EntryList] = {}
        self.custom_editors: list[CustomFieldEditor] = []
        self._entry_rows: dict[str, list[Any]] = {}  # rows behind the entries last collected, for errors
        self._hints: dict[str, Callable[[RecordForm], str]] = {}
        self._unset_texts: dict[str, Callable[[RecordForm], str]] = {}
        self._choices: dict[str, Choice] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._own_editors: dict[str, Any] = {}  # OwnField fields: the kind's own widgets (FieldEditor)
        self.picture: PictureButton | None = None
        self.tags: TagEditor | None = None
        self.note: QPlainTextEdit | None = None
        if record is None and spec.presets is not None:
            preset = spec.presets(services, preset or {})
        self._build(self._original if record is not None else dict(preset or {}))

    # ----- building from the spec -----

    def _build(self, values: Mapping[str, Any]) -> None:
        spec = self.spec
        header = QWidget()
        self._header_row = row = QBoxLayout(QBoxLayout.Direction.LeftToRight, header)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        if spec.picture is not None:
            self.picture = self._picture(spec.picture)
            row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        fields = QWidget()
        row.addWidget(fields, 1)
        self.add_widget(header)
        form = self._reflowing(labelled_rows((12, 6), Qt.AlignmentFlag.AlignVCenter, fields))
        for item in spec.header:
            self._add(form, item, values)
        for part in spec.parts:
            if isinstance(part, Section):
                self.heading(part.title)
                section = self.form_layout()
                for item in part.fields:
                    self._add(section, item, values)
            elif isinstance(part, Entries):
                entries = self.add_entries(part.kind, part.title, part.add_text, part.default_label)
                entries.set_entries(values.get(part.kind) or [])
            elif isinstance(part, Editor):
                self.heading(part.title)
                editor = part.make(self)
                editor.setObjectName(editor.objectName() or part.key)
                editor.set_value(values.get(part.key))  # type: ignore[attr-defined]
                error = ErrorLabel()
                self.add_widget(editor)
                self.add_widget(error)
                self.editors[part.key] = editor
                self.field_errors[part.key] = error
                self._watch(editor)
            elif isinstance(part, Tags):
                self.heading(part.title)
                self.tags = TagEditor()
                self.tags.set_tags(list(values.get(part.key) or []))
                self.tags.changed.connect(self.changed)
                self.add_widget(self.tags)
            else:
                self.heading(part.title)
                self.note = QPlainTextEdit(str(values.get(part.key) or ""))
                self.note.setObjectName(part.key)
                self.note.setTabChangesFocus(True)
                self.note.setMinimumHeight(90)
                self.note.setMaximumHeight(160)
                self.add_widget(self.note)
                self.editors[part.key] = self.note
                self._watch(self.note)
        if spec.custom_fields is not None:
            custom = self.record.custom if self.record is not None else {}
            self.add_custom_fields(self._services.custom_fields.list(spec.custom_fields), custom)
        self.finish()
        self.changed.connect(self._follow_typing)
        self._follow_typing()

    def _picture(self, spec: Picture) -> PictureButton:
        picture = PictureButton(lambda: self.spec.initials(self) if self.spec.initials is not None else "")
        if spec.tooltip:
            picture.setToolTip(spec.tooltip)
        stored = spec.load(self._services, self.record.id) if self.record is not None else None
        picture.set_picture(*(stored if stored else (None, None)))
        picture.changed.connect(self.changed)
        return picture

    def _add(self, form: QFormLayout, item: Field, values: Mapping[str, Any]) -> None:
        editor: QWidget
        if isinstance(item, PartialDate):
            date = PartialDateEdit()
            date.set_value(values.get(item.key))
            editor = date
        elif isinstance(item, Date):
            day = OptionalDateEdit()
            day.set_value(values.get(item.key))
            editor = day
        elif isinstance(item, Amount):
            money = MoneyEdit(item.currencies(self._services) if item.currencies is not None else ())
            money.set_value(values.get(item.key))
            editor = money
        elif isinstance(item, Choice):
            choice = ChoiceEdit(editable=item.editable)
            self._choices[item.key] = item
            self.editors[item.key] = choice  # its choices may depend on fields above it, read through the form
            choice.set_choices(item.choices(self))
            choice.set_value(values.get(item.key))
            editor = choice
        elif isinstance(item, Number):
            number = NumberEdit(item.minimum, item.maximum, suffix=item.suffix, has_unset=item.unset is not None)
            number.set_number(values.get(item.key))
            if item.unset is not None:
                self._unset_texts[item.key] = item.unset
            editor = number
        elif isinstance(item, Check):
            box = QCheckBox(item.label)
            box.setChecked(bool(values.get(item.key)))
            editor = box
        elif isinstance(item, OwnField):
            editor = item.make(self)
            editor.set_value(values.get(item.key))  # type: ignore[attr-defined]
            self._own_editors[item.key] = editor
        elif isinstance(item, CompanyName):
            own = self.record.id if item.not_itself and self.record is not None else None
            companies = self._services.companies
            company = CompanyNameEdit(lambda typed: [ref.name for ref in companies.suggest(typed) if ref.id != own])
            company.setText(str(values.get(item.key) or ""))
            editor = company
        else:
            line = QLineEdit(str(values.get(item.key) or ""))
            editor = left_to_right(line) if item.ltr else line
            if item.hint is not None:
                self._hints[item.key] = item.hint
        if not isinstance(item, PartialDate) and item.tooltip:
            editor.setToolTip(item.tooltip)
        self.add_field(form, item.key, "" if isinstance(item, Check) else item.label, editor)
        self._rows[item.key] = (form, editor.parentWidget() or editor)

    def _follow_typing(self) -> None:
        """What follows the fields as the person types: the hints of empty fields, the picture's initials, the
        choices that depend on other fields, the defaults a number falls back to, and the kind's own rules."""
        for key, hint in self._hints.items():
            editor = self.editors[key]
            assert isinstance(editor, QLineEdit)
            editor.setPlaceholderText(hint(self))
        for key, choice in self._choices.items():
            if choice.follows:
                combo = self.editors[key]
                assert isinstance(combo, ChoiceEdit)
                combo.set_choices(choice.choices(self))
        for key, unset in self._unset_texts.items():
            number = self.editors[key]
            assert isinstance(number, NumberEdit)
            number.set_unset_text(unset(self))
        if self.picture is not None and not self.picture.data:
            self.picture.refresh()
        if self.spec.on_change is not None:
            self.spec.on_change(self)

    def value(self, key: str) -> Any:
        """What the field `key` holds now, as the services take it (None for a value that cannot be read yet)."""
        editor = self.editors.get(key)
        if editor is None:
            return None
        try:
            return _read(editor)
        except ValidationError:
            return None

    def set_value(self, key: str, value: Any) -> None:
        """Put a value in a field, as the kind's rules do (a deal's amount from its line items); not a change the
        person made, so it does not mark the form changed by itself."""
        editor = self.editors[key]
        if isinstance(editor, NumberEdit):
            editor.set_number(value)
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            editor.set_value(value)  # type: ignore[attr-defined]

    def show_row(self, key: str, shown: bool) -> None:
        """Show or hide a field with its label (a reason, only for a deal won or lost)."""
        form, box = self._rows[key]
        form.setRowVisible(box, shown)

    def text(self, key: str) -> str:
        """What a text field holds now, trimmed ('' for a field the form does not have)."""
        editor = self.editors.get(key)
        if isinstance(editor, QLineEdit):
            return editor.text().strip()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        return ""

    # ----- building blocks -----

    def heading(self, title: str) -> None:
        label = QLabel(title)
        label.setObjectName("formHeading")
        add_heading(self._layout, label, "formRule")

    def form_layout(self) -> QFormLayout:
        form = self._reflowing(labelled_rows((12, 6), Qt.AlignmentFlag.AlignVCenter))
        self._layout.addLayout(form)
        return form

    @staticmethod
    def _reflowing(form: QFormLayout) -> QFormLayout:
        """Fields beside their labels while there is room; in a narrow pane a field goes under its label rather
        than being cut off at the pane's edge."""
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < self.PICTURE_BESIDE
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self._header_row.direction() != direction:
            self._header_row.setDirection(direction)

    def add_field(self, form: QFormLayout, key: str, label: str, editor: QWidget) -> QWidget:
        """An editor with its label (a buddy, so Alt+letter in the label jumps to it) and its error line; the
        editor is framed in red while the error line shows."""
        editor.setObjectName(editor.objectName() or key)
        caption = QLabel("" if isinstance(editor, QCheckBox) else label)  # a box says what it is itself
        caption.setBuddy(editor)
        caption.setMinimumWidth(self.LABEL_WIDTH)
        error = ErrorLabel(marks=editor)
        box = FieldBox(self.FIELD_CHARACTERS)
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
        for line in self.findChildren(QLineEdit):  # filling left the cursor at the end: a long email showed its end
            line.setCursorPosition(0)
            line.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A field shows the start of its value until the keyboard comes to it: then the cursor goes to the end, to
        add to what is there, unless Tab selected it all or a click put the cursor where it fell."""
        if (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QLineEdit)
            and isinstance(event, QFocusEvent)
            and event.reason() not in _PLACING_FOCUS
            and not watched.hasSelectedText()
        ):
            watched.end(False)
        return super().eventFilter(watched, event)

    def _watch(self, editor: QWidget) -> None:
        """Tell the edit bar when the person changes this editor (not when the form fills it)."""
        if isinstance(editor, QLineEdit):
            editor.textEdited.connect(self.changed)
        elif isinstance(editor, ChoiceEdit | MoneyEdit | NumberEdit):
            editor.changed.connect(self.changed)
        elif isinstance(editor, QCheckBox):
            editor.clicked.connect(self.changed)
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
            own = self._own_editors.get(key)
            problem_of = own.problem if own is not None else getattr(editor, "problem", None)
            if callable(problem_of) and (problem := problem_of()):
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
            key = self.spec.aliases.get(parts[0], parts[0])
            if key in self.editors:
                target, label = self.editors[key], self.field_errors[key]
        text = problem_text(field, error, custom)
        (label or self.general_error).show_error(text if label is not None else error_text(error))
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return target

    # ----- the changes and saving them -----

    def values(self) -> dict[str, Any]:
        """Every field but the entries and custom fields, as the services take them."""
        out: dict[str, Any] = {}
        for key, editor in self.editors.items():
            if key in self._own_editors:
                out[key] = self._own_editors[key].value()
            elif isinstance(editor, QCheckBox):
                out[key] = editor.isChecked()
            elif isinstance(editor, QLineEdit | QPlainTextEdit):
                out[key] = self.text(key)
            else:
                out[key] = _read(editor)
        if self.tags is not None:
            out["tags"] = self.tags.tags()
        return out

    def changes(self) -> dict[str, Any]:
        """The fields the person changed: all that are filled in, for a new record."""
        values = self.values()
        picture = self.spec.picture
        if self.record is None:
            changes = {k: v for k, v in values.items() if v not in ("", None, [], False)}
            changes.update({k: v for k, v in self.collect_entries().items() if v})
            custom = self.collect_custom(None)
            if picture is not None and self.picture is not None and self.picture.data is not None:
                changes.update({picture.field: self.picture.data, picture.mime_field: self.picture.mime})
        else:
            original = self._original
            changes = {
                k: v
                for k, v in values.items()
                if v != original.get(k) and not (v in ("", None) and not original.get(k))
            }
            changes.update(self.changed_entries({kind: original.get(kind) or [] for kind in self.entry_lists}))
            custom = self.collect_custom(self.record.custom) if self.spec.custom_fields is not None else {}
            if picture is not None and self.picture is not None and self.picture.modified:
                changes.update({picture.field: self.picture.data, picture.mime_field: self.picture.mime})
        if custom:
            changes["custom"] = custom
        return changes

    def has_changes(self) -> bool:
        return bool(self.changes())

    def save(self) -> str | None:
        """Write the changes (one action); the record's id, or None when the form found problems and showed them.
        Raises the services' errors (ValidationError for a refused value) for the caller to show."""
        self.clear_errors()
        if not self.check():
            return None
        changes = self.changes()
        if self.record is None and self.spec.required is not None:
            lacking = self.spec.required(self, changes)
            if lacking is not None:
                key, text = lacking
                self.field_errors[key].show_error(text)
                self.editors[key].setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        if self.record is not None and not changes:
            return str(self.record.id)  # nothing changed: no empty action in the change log
        try:
            return self.spec.save(self._services, self.record, changes)
        except NotFound as error:
            if self.record is None or error.params.get("record_id") != self.record.id:
                raise
            self.general_error.show_error(self.spec.deleted_text)
            return None
        except NotOwner as error:  # said beside the Private box, which is what the person changed
            (self.field_errors.get("private") or self.general_error).show_error(error_text(error))
            return None

    def has_problems(self) -> bool:
        """Whether the form shows a mistake, or holds one it can tell without asking the services (a half-filled
        date, an email address that is none): saving it now would only stop at that mistake."""
        labels = [self.general_error, *self.field_errors.values(), *(c.error for c in self.custom_editors)]
        labels += [row.error for entries in self.entry_lists.values() for row in entries.rows]
        if any(label.has_error() for label in labels):
            return True
        dates = [e for e in self.editors.values() if isinstance(e, PartialDateEdit)]
        if any(date.problem() for date in dates) or any(c.problem() for c in self.custom_editors):
            return True
        for kind, entries in self.entry_lists.items():
            for row in entries.rows:
                if not row.is_blank() and (row.problem() or entry_problem(kind, row.entry())):
                    return True
        return False

    # ----- a record that may already be there -----

    def typed_values(self) -> dict[str, Any]:
        """What the form holds now, fields and entries, as the duplicate check reads it."""
        values = self.values()
        for kind, editor in self.entry_lists.items():
            values[kind] = editor.entries()[0]
        return values

    def show_duplicates(self, found: Sequence[Any]) -> None:
        """Point out the records the typed values may duplicate (none: the hint goes away), each with a link that
        opens it."""
        check = self.spec.duplicates
        self.duplicates_shown = list(found)
        if check is None or not found:
            self.duplicate_hint.clear()
            self.duplicate_hint.hide()
            return
        lines = [
            _tr('{sentence} — <a href="{id}">open it</a>').format(
                sentence=html.escape(check.text(one)), id=html.escape(str(one.id), quote=True)
            )
            for one in found[:3]
        ]
        self.duplicate_hint.setText("<br>".join(lines))
        self.duplicate_hint.show()

    def _on_duplicate_link(self, target: str) -> None:
        self.duplicate_requested.emit(target)

    def focus_first(self) -> None:
        """Put the keyboard in the first editor."""
        self.editors[self.spec.first].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_known_tags(self, tags: list[str]) -> None:
        """Offer these tags in the tag field as the person types."""
        if self.tags is not None:
            self.tags.set_known_tags(tags)


def _read(editor: QWidget) -> Any:
    """The value an editor holds, as the services take it (a number's "not set" is None)."""
    if isinstance(editor, NumberEdit):
        return editor.number()
    if isinstance(editor, QLineEdit):
        return editor.text().strip()
    if isinstance(editor, QPlainTextEdit):
        return editor.toPlainText().strip()
    return editor.value()  # type: ignore[attr-defined]
