"""Lookups (as in ACT!): the builder dialog, the list of saved lookups, and the banner over a looked-up list.

A lookup is a set of conditions ("City is Reykjavík", "Tag is vip", "has no activity since 1 March") matched all
or any; run, it narrows the contact (or company) list to the records that match; saved, it becomes a dynamic
group that finds the records matching it now whenever it runs. The builder offers for each field only the tests
that apply to it, and a value editor that fits: text, a date picker, or the choices of a custom field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDoubleValidator, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.domain.lookup import DATE_FIELDS, FIELDS, LookupQuery
from cardfile.domain.models import validate
from cardfile.services import Services
from cardfile.services.readmodels import CustomFieldRead, LookupRead
from cardfile.ui.dates import date_edit_format
from cardfile.ui.tasks import TaskRunner
from cardfile.ui.words import error_text, failure_text

AnyIndex = QModelIndex | QPersistentModelIndex

TEXT_TESTS = ("contains", "starts_with", "equals", "is_not", "is_empty", "is_not_empty")
NO_VALUE = ("is_empty", "is_not_empty")

# What each kind of value editor is: a line of text, a number, a date picker, a list to pick from, or nothing.
TEXT, NUMBER, DATE, CHOICE, NONE = "text", "number", "date", "choice", "none"


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Lookup", text, disambiguation, n)


def field_title(field: str) -> str:
    """A lookup field as the builder names it ("locality" → "City")."""
    names = {
        "display_name": _t("Name"),
        "name": _t("Name"),
        "prefix": _t("Prefix"),
        "given": _t("Given name"),
        "additional": _t("Middle name"),
        "family": _t("Family name"),
        "suffix": _t("Suffix"),
        "nickname": _t("Nickname"),
        "title": _t("Title"),
        "department": _t("Department"),
        "company": _t("Company"),
        "industry": _t("Industry"),
        "website": _t("Website"),
        "note": _t("Note"),
        "email": _t("Email"),
        "phone": _t("Phone"),
        "email_or_phone": _t("Email or phone"),
        "address": _t("Street"),
        "locality": _t("City"),
        "region": _t("Region"),
        "postcode": _t("Postal code"),
        "country": _t("Country"),
        "url": _t("Web address"),
        "tag": _t("Tag"),
        "birthday": _t("Birthday"),
        "created": _t("Created"),
        "updated": _t("Last edited"),
        "activity": _t("Last activity"),
    }
    return names.get(field, field)


def test_title(op: str, field: str) -> str:
    """An operator as a phrase that reads well after the field's name."""
    if field in DATE_FIELDS:
        dated = {
            "before": _t("is before"),
            "after": _t("is after"),
            "equals": _t("is on"),
            "is_empty": _t("is not set"),
            "is_not_empty": _t("is set"),
        }
        if op in dated:
            return dated[op]
    if field == "tag":
        tagged = {"is_empty": _t("— has no tags"), "is_not_empty": _t("— has any tag")}
        if op in tagged:
            return tagged[op]
    names = {
        "contains": _t("contains"),
        "starts_with": _t("starts with"),
        "equals": _t("is"),
        "is": _t("is"),
        "is_not": _t("is not"),
        "is_empty": _t("is empty"),
        "is_not_empty": _t("is not empty"),
        "before": _t("is before"),
        "after": _t("is after"),
        "no_activity_since": _t("is before, or none"),
        "no_activity_for_months": _t("none for months:"),
    }
    if field == "email_or_phone":  # neither an email address nor a phone number
        either = {"is_empty": _t("— has neither"), "is_not_empty": _t("— has one or both")}
        if op in either:
            return either[op]
    return names.get(op, op.replace("_", " "))


def tests_for(field: str, custom: CustomFieldRead | None = None) -> tuple[str, ...]:
    """The operators that make sense for a field (the domain accepts more combinations than mean anything)."""
    if custom is not None:
        return {
            "number": ("equals", "is_not", "is_empty", "is_not_empty"),
            "date": ("equals", "is_empty", "is_not_empty"),
            "choice": ("is", "is_not", "is_empty", "is_not_empty"),
            "yes_no": ("is", "is_empty"),
        }.get(custom.field_type, TEXT_TESTS)
    if field == "activity":
        return ("no_activity_since", "no_activity_for_months")
    if field == "email_or_phone":
        return NO_VALUE
    if field in ("created", "updated"):
        return ("before", "after", "equals")
    if field == "birthday":
        return ("before", "after", "equals", "is_empty", "is_not_empty")
    if field == "tag":
        return ("is", "is_not", "is_empty", "is_not_empty")
    if field == "phone":
        return ("contains", "is_empty", "is_not_empty")
    return TEXT_TESTS


def value_kind(field: str, op: str, custom: CustomFieldRead | None = None) -> str:
    if op in NO_VALUE:
        return NONE
    if op == "no_activity_for_months":
        return NUMBER
    if custom is not None:
        return {"number": NUMBER, "date": DATE, "choice": CHOICE, "yes_no": CHOICE}.get(custom.field_type, TEXT)
    if field in DATE_FIELDS or field == "activity":
        return DATE
    return TEXT


class ConditionRow(QWidget):
    """One condition: field, test, and a value editor that fits them; a button takes the row away."""

    remove_requested = Signal(object)  # self
    changed = Signal()

    def __init__(self, fields: Sequence[str], custom: Sequence[CustomFieldRead], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookupCondition")
        self._custom = {f"custom:{c.id}": c for c in custom}
        self.field_box = QComboBox()
        self.field_box.setObjectName("lookupField")
        for field in fields:
            self.field_box.addItem(field_title(field), field)
        if custom:
            self.field_box.insertSeparator(self.field_box.count())
            for c in custom:
                self.field_box.addItem(c.name, f"custom:{c.id}")
        self.field_box.setMaxVisibleItems(20)
        self.test_box = QComboBox()
        self.test_box.setObjectName("lookupTest")
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("lookupText")
        self.text_edit.setPlaceholderText(self.tr("value"))
        self.number_edit = QLineEdit()
        self.number_edit.setObjectName("lookupNumber")
        self.number_edit.setValidator(QDoubleValidator(self.number_edit))
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setObjectName("lookupDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.choice_box = QComboBox()
        self.choice_box.setObjectName("lookupChoice")
        self.nothing = QWidget()
        self.value_stack = QStackedWidget()
        self.value_stack.setObjectName("lookupValue")
        self._editors = {
            TEXT: self.text_edit,
            NUMBER: self.number_edit,
            DATE: self.date_edit,
            CHOICE: self.choice_box,
            NONE: self.nothing,
        }
        for editor in self._editors.values():
            self.value_stack.addWidget(editor)
        self.value_stack.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.remove_button = QToolButton()
        self.remove_button.setObjectName("lookupRemove")
        self.remove_button.setText("−")
        self.remove_button.setToolTip(self.tr("Remove this condition"))
        self.remove_button.setAccessibleName(self.tr("Remove condition"))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field_box, 3)
        layout.addWidget(self.test_box, 2)
        layout.addWidget(self.value_stack, 4)
        layout.addWidget(self.remove_button)

        self.field_box.currentIndexChanged.connect(self._on_field_changed)
        self.test_box.currentIndexChanged.connect(self._on_test_changed)
        self.text_edit.textChanged.connect(self.changed)
        self.number_edit.textChanged.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        self.choice_box.currentIndexChanged.connect(self.changed)
        self._on_field_changed()

    # ----- reading and setting -----

    def field(self) -> str:
        return str(self.field_box.currentData())

    def test(self) -> str:
        return str(self.test_box.currentData())

    def kind(self) -> str:
        return value_kind(self.field(), self.test(), self._custom.get(self.field()))

    def value(self) -> Any:
        kind = self.kind()
        if kind == TEXT:
            return self.text_edit.text().strip()
        if kind == NUMBER:
            number = QLocale().toDouble(self.number_edit.text().strip())
            return (int(number[0]) if number[0].is_integer() else number[0]) if number[1] else ""
        if kind == DATE:
            return self.date_edit.date().toString(Qt.DateFormat.ISODate)
        if kind == CHOICE:
            return self.choice_box.currentData()
        return None

    def condition(self) -> dict[str, Any]:
        found: dict[str, Any] = {"field": self.field(), "op": self.test()}
        value = self.value()
        if value is not None:
            found["value"] = value
        return found

    def set_condition(self, condition: dict[str, Any]) -> None:
        """Show a saved condition; a field this database no longer has (a removed custom field) is kept as text."""
        field = str(condition.get("field", ""))
        index = self.field_box.findData(field)
        if index < 0:
            self.field_box.addItem(self.tr("(removed field)"), field)
            index = self.field_box.count() - 1
        self.field_box.setCurrentIndex(index)
        op = str(condition.get("op", ""))
        op_index = self.test_box.findData(op)
        if op_index < 0:
            self.test_box.addItem(test_title(op, field), op)
            op_index = self.test_box.count() - 1
        self.test_box.setCurrentIndex(op_index)
        value = condition.get("value")
        kind = self.kind()
        if kind == DATE and value:
            self.date_edit.setDate(QDate.fromString(str(value)[:10], Qt.DateFormat.ISODate))
        elif kind == CHOICE:
            choice = self.choice_box.findData(value)
            if choice < 0 and value is not None:
                self.choice_box.addItem(str(value), value)
                choice = self.choice_box.count() - 1
            self.choice_box.setCurrentIndex(max(choice, 0))
        elif kind == NUMBER and value is not None:
            self.number_edit.setText(QLocale().toString(float(value), "g", 12))
        elif value is not None:
            self.text_edit.setText(str(value))

    def problem(self) -> str | None:
        """What keeps this condition from running, in the reader's words (None: it is complete)."""
        if self.kind() != NONE and self.value() in ("", None):
            return self.tr("“{field} {test}” needs a value.").format(
                field=self.field_box.currentText(), test=self.test_box.currentText()
            )
        return None

    # ----- keeping the editors in step -----

    def _on_field_changed(self) -> None:
        field = self.field()
        custom = self._custom.get(field)
        previous = self.test()
        self.test_box.blockSignals(True)
        self.test_box.clear()
        for op in tests_for(field, custom):
            self.test_box.addItem(test_title(op, field), op)
        same = self.test_box.findData(previous)
        self.test_box.setCurrentIndex(max(same, 0))
        self.test_box.blockSignals(False)
        self.choice_box.clear()
        if custom is not None and custom.field_type == "yes_no":
            self.choice_box.addItem(self.tr("yes"), True)
            self.choice_box.addItem(self.tr("no"), False)
        elif custom is not None:
            for choice in custom.choices:
                self.choice_box.addItem(choice, choice)
        self._on_test_changed()

    def _on_test_changed(self) -> None:
        self.value_stack.setCurrentWidget(self._editors[self.kind()])
        self.changed.emit()


class LookupBuilder(QDialog):
    """Build a lookup, run it (the list shows the matches), and save it as a dynamic group.

    Emits `ran(record_type, query, ids, title)` when a run finished and `saved(LookupRead)` when it was saved.
    """

    ran = Signal(str, object, object, str)  # record type, query as a dict, matching ids, what to call the result
    saved = Signal(object)  # LookupRead

    def __init__(
        self,
        services: Services,
        *,
        tasks: TaskRunner | None = None,
        lookup: LookupRead | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupBuilder")
        self.setWindowTitle(self.tr("Edit Lookup") if lookup else self.tr("New Lookup"))
        self.setSizeGripEnabled(True)
        self._services = services
        self._tasks = tasks
        self.lookup = lookup
        self.rows: list[ConditionRow] = []
        self.last_ids: list[str] | None = None

        self.name_edit = QLineEdit(lookup.name if lookup else "")
        self.name_edit.setObjectName("lookupName")
        self.name_edit.setPlaceholderText(self.tr("Give it a name to save it as a group"))
        self.record_type_box = QComboBox()
        self.record_type_box.setObjectName("lookupRecordType")
        self.record_type_box.addItem(self.tr("Contacts"), "contact")
        self.record_type_box.addItem(self.tr("Companies"), "company")
        self.match_box = QComboBox()
        self.match_box.setObjectName("lookupMatch")
        self.match_box.addItem(self.tr("all of these conditions"), "all")
        self.match_box.addItem(self.tr("any of these conditions"), "any")
        find_line = QHBoxLayout()
        find_line.addWidget(QLabel(self.tr("Find")))
        find_line.addWidget(self.record_type_box)
        find_line.addWidget(QLabel(self.tr("that match")))
        find_line.addWidget(self.match_box)
        find_line.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)

        self.rows_box = QWidget()
        self.rows_box.setObjectName("lookupConditions")
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(6)
        self.rows_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.rows_box)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumHeight(150)
        self.add_button = QPushButton(self.tr("&Add Condition"))
        self.add_button.setObjectName("lookupAddCondition")
        self.add_button.clicked.connect(lambda: self.add_condition())
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("lookupMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox()
        self.run_button = self.buttons.addButton(self.tr("&Run"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.run_button.setObjectName("lookupRun")
        self.run_button.setDefault(True)
        self.save_button = self.buttons.addButton(
            self.tr("&Save Changes") if lookup else self.tr("&Save as Group"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("lookupSave")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.run_button.clicked.connect(self.run)
        self.save_button.clicked.connect(self.save)
        self.run_button.setShortcut(QKeySequence("Ctrl+Return"))

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(find_line)
        layout.addWidget(scroll, 1)
        layout.addLayout(add_line)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(720, 380)

        self.record_type_box.currentIndexChanged.connect(self._on_record_type_changed)
        if lookup is not None:
            self.set_query(lookup.query)
        else:
            self.add_condition()

    # ----- the conditions -----

    def record_type(self) -> str:
        return str(self.record_type_box.currentData())

    def add_condition(self, condition: dict[str, Any] | None = None) -> ConditionRow:
        row = ConditionRow(FIELDS[self.record_type()], self._services.custom_fields.list(self.record_type()))
        if condition is not None:
            row.set_condition(condition)
        row.remove_requested.connect(self._remove_condition)
        row.changed.connect(self._on_changed)
        self.rows.append(row)
        self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
        self._update_remove_buttons()
        row.field_box.setFocus()
        return row

    def _remove_condition(self, row: ConditionRow) -> None:
        if row in self.rows and len(self.rows) > 1:
            self.rows.remove(row)
            row.deleteLater()
            self._update_remove_buttons()
            self._on_changed()

    def _update_remove_buttons(self) -> None:
        for row in self.rows:
            row.remove_button.setEnabled(len(self.rows) > 1)

    def _on_record_type_changed(self) -> None:
        """Another kind of record: keep the conditions that still apply, start afresh if none does."""
        kept = [row.condition() for row in self.rows if row.field() in FIELDS[self.record_type()]]
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        conditions: list[dict[str, Any] | None] = list(kept) or [None]
        for condition in conditions:
            self.add_condition(condition)
        self._on_changed()

    def _on_changed(self) -> None:
        self.message.clear()
        self.last_ids = None

    def set_query(self, query: dict[str, Any]) -> None:
        self.record_type_box.blockSignals(True)
        self.record_type_box.setCurrentIndex(max(self.record_type_box.findData(query.get("record_type")), 0))
        self.record_type_box.blockSignals(False)
        self.match_box.setCurrentIndex(max(self.match_box.findData(query.get("match", "all")), 0))
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for condition in query.get("conditions") or [None]:
            self.add_condition(condition)

    def query(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type(),
            "match": str(self.match_box.currentData()),
            "conditions": [row.condition() for row in self.rows],
        }

    def checked_query(self) -> LookupQuery | None:
        """The lookup as the services take it, or None after saying in the dialog what is missing."""
        for row in self.rows:
            problem = row.problem()
            if problem is not None:
                self._say(problem, error=True)
                editor = row.value_stack.currentWidget()
                if editor is not None:
                    editor.setFocus()
                return None
        try:
            return validate(LookupQuery, **self.query())
        except CardfileError as error:
            self._say(error_text(error), error=True)
            return None

    # ----- running and saving -----

    def run(self) -> None:
        """Find the matching records (in the background) and hand them to whoever shows the list."""
        query = self.checked_query()
        if query is None:
            return
        run_query = self._services.lookups.run_query
        self._say(self.tr("Looking up…"))
        self.run_button.setEnabled(False)
        if self._tasks is None:
            self._on_ran(query, run_query(query))
            return
        self._tasks.run(
            lambda _progress, _cancel: run_query(query),
            title=self.tr("Looking up"),
            key="lookup-builder",
            announce=False,
            on_done=lambda ids: self._on_ran(query, ids),
            on_failed=self._on_failed,
        ).finished.connect(lambda: self.run_button.setEnabled(True))

    def _on_ran(self, query: LookupQuery, ids: list[str]) -> None:
        self.run_button.setEnabled(True)
        self.last_ids = list(ids)
        self._say(self.count_text(query.record_type, len(ids)))
        title = self.name_edit.text().strip() or self.tr("Lookup")
        self.ran.emit(query.record_type, query.model_dump(mode="json"), self.last_ids, title)

    def _on_failed(self, error: BaseException) -> None:
        self._say(failure_text(error), error=True)

    @staticmethod
    def count_text(record_type: str, count: int) -> str:
        if record_type == "company":
            return _t("%Ln company(ies) match.", "", count)
        return _t("%Ln contact(s) match.", "", count)

    def save(self) -> None:
        """Save the lookup under its name as a dynamic group (or save the changes to the one being edited)."""
        query = self.checked_query()
        if query is None:
            return
        name = self.name_edit.text().strip()
        if not name:
            self._say(self.tr("Give the lookup a name to save it."), error=True)
            self.name_edit.setFocus()
            return
        try:
            if self.lookup is None:
                self.lookup = self._services.lookups.save(name, query)
            else:
                self.lookup = self._services.lookups.update(self.lookup.id, name=name, query=query)
        except CardfileError as error:
            self._say(error_text(error), error=True)
            return
        self.setWindowTitle(self.tr("Edit Lookup"))
        self.save_button.setText(self.tr("&Save Changes"))
        self._say(self.tr("Saved as “{name}”.").format(name=self.lookup.name))
        self.saved.emit(self.lookup)

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: palette(link);" if not error else "color: #c0392b;")


class SavedLookupsModel(QAbstractListModel):
    """The saved lookups by name, for the Manage Lookups dialog."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, load: Callable[[], list[LookupRead]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._lookups: list[LookupRead] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._lookups = list(self._load())
        self.endResetModel()

    def lookup_at(self, row: int) -> LookupRead | None:
        return self._lookups[row] if 0 <= row < len(self._lookups) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lookups)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lookups):
            return None
        lookup = self._lookups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return lookup.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe_query(lookup.query)
        if role == self.ID_ROLE:
            return lookup.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def describe_query(query: dict[str, Any], custom_names: dict[str, str] | None = None) -> str:
    """A lookup in one line of words: 'City contains reykja and Tag is vip'."""
    parts = []
    for c in query.get("conditions", []):
        field = str(c.get("field", ""))
        title = (custom_names or {}).get(field) or (field_title(field) if not field.startswith("custom:") else "…")
        value = c.get("value")
        if isinstance(value, bool):
            value = _t("yes") if value else _t("no")
        elif field in DATE_FIELDS or (field == "activity" and c.get("op") != "no_activity_for_months"):
            try:
                value = QLocale().toString(QDate.fromString(str(value)[:10], Qt.DateFormat.ISODate))
                value = str(value) if value else c.get("value")
            except (TypeError, ValueError):
                pass
        words = f"{title} {test_title(str(c.get('op')), field)}"
        parts.append(f"{words} {value}" if value not in (None, "") else words)
    joiner = _t(" and ") if query.get("match", "all") == "all" else _t(" or ")
    return joiner.join(parts)


class ManageLookupsDialog(QDialog):
    """The saved lookups: run one, change it in the builder, or delete it."""

    run_requested = Signal(str)  # lookup id
    edit_requested = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manageLookups")
        self.setWindowTitle(self.tr("Saved Lookups"))
        self._services = services
        self.model = SavedLookupsModel(services.lookups.list, self)
        self.view = QListView()
        self.view.setObjectName("savedLookups")
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _i: self._run())
        self.empty = QLabel(self.tr("No saved lookups yet. Build one with Lookup ▸ New Lookup (Ctrl+L)."))
        self.empty.setWordWrap(True)
        self.run_button = QPushButton(self.tr("&Run"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.run_button.clicked.connect(self._run)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        side = QVBoxLayout()
        for button in (self.run_button, self.edit_button, self.delete_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addWidget(close)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.resize(460, 320)
        self._update_buttons()

    def reload(self) -> None:
        self.model.reload()

    def select(self, lookup_id: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row).data(SavedLookupsModel.ID_ROLE) == lookup_id:
                self.view.setCurrentIndex(self.model.index(row))

    def current(self) -> LookupRead | None:
        index = self.view.currentIndex()
        return self.model.lookup_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        for button in (self.run_button, self.edit_button, self.delete_button):
            button.setEnabled(chosen)
        self.empty.setVisible(self.model.rowCount() == 0)

    def _run(self) -> None:
        lookup = self.current()
        if lookup is not None:
            self.run_requested.emit(lookup.id)

    def _edit(self) -> None:
        lookup = self.current()
        if lookup is not None:
            self.edit_requested.emit(lookup.id)

    def _delete(self) -> None:
        lookup = self.current()
        if lookup is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete Lookup"),
            self.tr("Delete the saved lookup “{name}”? The records it finds are not touched.").format(name=lookup.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._services.lookups.delete(lookup.id)
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Delete Lookup"), error_text(error))
        self.reload()


class LookupBanner(QWidget):
    """Over a list narrowed by a lookup: what it shows, and the way back to every record."""

    edit_requested = Signal()
    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lookupBanner")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), palette.color(palette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.label = QLabel()
        self.label.setObjectName("lookupBannerText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(self.tr("Edit Lookup…"))
        self.edit_button.setObjectName("lookupBannerEdit")
        self.show_all_button = QPushButton(self.tr("Show All"))
        self.show_all_button.setObjectName("lookupBannerShowAll")
        self.edit_button.clicked.connect(self.edit_requested)
        self.show_all_button.clicked.connect(self.show_all_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.show_all_button)
        self.hide()

    def show_lookup(self, title: str, count: int, record_type: str) -> None:
        what = LookupBuilder.count_text(record_type, count).removesuffix(".")
        self.label.setText(self.tr("Lookup “{title}”: {what}").format(title=title, what=what))
        self.edit_button.show()
        self.show()

    def show_narrowing(self, title: str, records: str) -> None:
        """A list narrowed otherwise than by a lookup: a search's Show all ('Search “petrov”: 322 contacts'),
        what an import wrote; nothing to edit, only the way back to every record."""
        self.label.setText(self.tr("{title}: {records}").format(title=title, records=records))
        self.edit_button.hide()
        self.show()
