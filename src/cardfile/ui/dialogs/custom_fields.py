"""The custom fields dialog: define fields of your own (text, number, date, choice, yes/no), rename, remove them.

A field belongs to one kind of record (contacts, companies, activities or deals); once defined it appears in that
record's form, its list columns and the lookup builder. Removing a field hides it but keeps its values in the
records, so Undo (or restoring it) brings them back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.domain.models import CustomFieldCreate, validate
from cardfile.services import Services
from cardfile.services.readmodels import CustomFieldRead
from cardfile.ui.words import error_text

AnyIndex = QModelIndex | QPersistentModelIndex

FIELD_TYPES = ("text", "number", "date", "choice", "yes_no")
RECORD_TYPES = ("contact", "company", "activity", "deal")


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomFields", text)


def field_type_name(field_type: str) -> str:
    names = {
        "text": _t("Text"),
        "number": _t("Number"),
        "date": _t("Date"),
        "choice": _t("Choice"),
        "yes_no": _t("Yes or no"),
    }
    return names.get(field_type, field_type)


def record_kind_name(record_type: str) -> str:
    names = {
        "contact": _t("Contacts"),
        "company": _t("Companies"),
        "activity": _t("Activities"),
        "deal": _t("Deals"),
    }
    return names.get(record_type, record_type)


class CustomFieldsModel(QAbstractTableModel):
    """The defined custom fields: name, type, kind of record, choices."""

    ID_ROLE = Qt.ItemDataRole.UserRole + 1
    COLUMNS = ("name", "type", "records", "choices")

    def __init__(self, load: Callable[[], list[CustomFieldRead]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._fields: list[CustomFieldRead] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._fields = list(self._load())
        self.endResetModel()

    def field_at(self, row: int) -> CustomFieldRead | None:
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def row_of(self, field_id: str) -> int | None:
        return next((row for row, f in enumerate(self._fields) if f.id == field_id), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        field = self._fields[index.row()]
        if role == self.ID_ROLE:
            return field.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self.COLUMNS[index.column()]
        if column == "name":
            return field.name
        if column == "type":
            return field_type_name(field.field_type)
        if column == "records":
            return record_kind_name(field.record_type)
        return ", ".join(field.choices)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {"name": _t("Name"), "type": _t("Type"), "records": _t("Used for"), "choices": _t("Choices")}
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class FieldForm(QDialog):
    """Define a new field, or rename one (and change its choices); type and kind of record are fixed once made."""

    def __init__(self, existing: CustomFieldRead | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldForm")
        self.setWindowTitle(self.tr("Rename Field") if existing else self.tr("New Field"))
        self.existing = existing
        self.name_edit = QLineEdit(existing.name if existing else "")
        self.name_edit.setObjectName("customFieldName")
        self.type_box = QComboBox()
        self.type_box.setObjectName("customFieldType")
        for field_type in FIELD_TYPES:
            self.type_box.addItem(field_type_name(field_type), field_type)
        self.record_box = QComboBox()
        self.record_box.setObjectName("customFieldRecordType")
        for record_type in RECORD_TYPES:
            self.record_box.addItem(record_kind_name(record_type), record_type)
        self.choices_edit = QPlainTextEdit("\n".join(existing.choices) if existing else "")
        self.choices_edit.setObjectName("customFieldChoices")
        self.choices_edit.setPlaceholderText(self.tr("One choice per line"))
        self.choices_edit.setTabChangesFocus(True)
        self.choices_edit.setMaximumHeight(110)
        self.choices_label = QLabel(self.tr("&Choices:"))
        self.choices_label.setBuddy(self.choices_edit)
        if existing is not None:
            self.type_box.setCurrentIndex(self.type_box.findData(existing.field_type))
            self.record_box.setCurrentIndex(self.record_box.findData(existing.record_type))
            self.type_box.setEnabled(False)
            self.record_box.setEnabled(False)
        self.problem = QLabel()
        self.problem.setObjectName("customFieldProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Type:"), self.type_box)
        form.addRow(self.tr("&Used for:"), self.record_box)
        form.addRow(self.choices_label, self.choices_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.type_box.currentIndexChanged.connect(self._show_choices)
        self._show_choices()
        self.setMinimumWidth(380)

    def choices(self) -> list[str]:
        return [line.strip() for line in self.choices_edit.toPlainText().splitlines() if line.strip()]

    def definition(self) -> CustomFieldCreate:
        """What the form says, checked by the domain; raises ValidationError."""
        field_type = str(self.type_box.currentData())
        return validate(
            CustomFieldCreate,
            record_type=str(self.record_box.currentData()),
            name=self.name_edit.text().strip(),
            field_type=field_type,
            choices=self.choices() if field_type == "choice" else [],
        )

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _show_choices(self) -> None:
        shown = self.type_box.currentData() == "choice"
        self.choices_edit.setVisible(shown)
        self.choices_label.setVisible(shown)


class CustomFieldsDialog(QDialog):
    """Settings ▸ Custom Fields: the list of fields with Add, Rename and Remove."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customFieldsDialog")
        self.setWindowTitle(self.tr("Custom Fields"))
        self._services = services
        self.model = CustomFieldsModel(services.custom_fields.list, self)
        self.view = QTableView()
        self.view.setObjectName("customFields")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda _i: self.rename_selected())
        self.explanation = QLabel(
            self.tr(
                "Fields of your own appear on the cards, in the lists and in lookups. Removing a field hides it; "
                "the values stay in the records and come back with Undo."
            )
        )
        self.explanation.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setObjectName("customFieldAdd")
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.setObjectName("customFieldRename")
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setObjectName("customFieldRemove")
        self.add_button.clicked.connect(self.add_field)
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        side = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.view, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(row, 1)
        layout.addWidget(close)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.resize(620, 360)
        self._update_buttons()

    # ----- the form: overridable so tests can fill it without a nested event loop -----

    def ask(self, form: FieldForm) -> bool:
        return form.exec() == QDialog.DialogCode.Accepted

    def selected(self) -> CustomFieldRead | None:
        index = self.view.currentIndex()
        return self.model.field_at(index.row()) if index.isValid() else None

    def select(self, field_id: str) -> None:
        row = self.model.row_of(field_id)
        if row is not None:
            # Through the selection model: QTableView.selectRow() selects nothing in a right-to-left layout (Qt 6.11
            # looks for the column at the viewport's width, one pixel past its last column), so in Persian the
            # field just added or renamed was not the one Rename… and Remove… then acted on.
            selection = self.view.selectionModel()
            flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(row, 0), flags)

    def add_field(self) -> CustomFieldRead | None:
        form = FieldForm(parent=self)
        while self.ask(form):
            try:
                created = self._services.custom_fields.define(form.definition())
            except CardfileError as error:
                form.show_problem(error_text(error))
                continue
            self.model.reload()
            self.select(created.id)
            return created
        return None

    def rename_selected(self) -> CustomFieldRead | None:
        field = self.selected()
        if field is None:
            return None
        form = FieldForm(field, parent=self)
        while self.ask(form):
            choices = form.choices() if field.field_type == "choice" else None
            try:
                renamed = self._services.custom_fields.rename(field.id, form.name_edit.text().strip(), choices)
            except CardfileError as error:
                form.show_problem(error_text(error))
                continue
            self.model.reload()
            self.select(renamed.id)
            return renamed
        return None

    def confirm_removal(self, field: CustomFieldRead) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove Field"),
            self.tr(
                "Remove the field “{name}” from {records}? Its values stay in the records and come back if you "
                "undo this."
            ).format(name=field.name, records=record_kind_name(field.record_type).lower()),
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected(self) -> bool:
        field = self.selected()
        if field is None or not self.confirm_removal(field):
            return False
        try:
            self._services.custom_fields.remove(field.id)
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Remove Field"), error_text(error))
            return False
        self.model.reload()
        return True

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
