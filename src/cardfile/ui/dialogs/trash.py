"""The Trash: every deleted record, whatever its kind; restore it (its links come back with it) or erase it for good.

Erasing is the right to be forgotten: the record and every value it ever had leave the database and its change
log, and cannot be undone — so it asks first. The list follows the database: a delete or restore made elsewhere
(the list, Undo, a sync) shows up here at once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import TrashItem
from cardfile.ui.dates import format_datetime
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.widgets.basics import CellDirectionDelegate, EmptyState
from cardfile.ui.words import error_text

AnyIndex = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("Trash", text)


def kind_name(record_type: str) -> str:
    """A record's kind in the singular, as the Trash's Kind column shows it."""
    names = {
        "contact": _t("Contact"),
        "company": _t("Company"),
        "activity": _t("Activity"),
        "note": _t("Note"),
        "deal": _t("Deal"),
        "group": _t("Group"),
        "lookup": _t("Saved lookup"),
        "custom_field": _t("Custom field"),
    }
    return names.get(record_type, record_type)


class TrashModel(QAbstractTableModel):
    """Deleted records, most recently deleted first: name, kind, when."""

    COLUMNS = ("name", "kind", "deleted")

    def __init__(self, load: Callable[[], list[TrashItem]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self._items: list[TrashItem] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._items = list(self._load())
        self.endResetModel()

    def item_at(self, row: int) -> TrashItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[TrashItem]:
        return list(self._items)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "name":
                return item.display_name or _t("(no name)")
            if column == "kind":
                return kind_name(item.record_type)
            return format_datetime(item.deleted_at)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {"name": _t("Name"), "kind": _t("Kind"), "deleted": _t("Deleted")}
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class TrashDialog(QDialog):
    """Edit ▸ Restore from Trash: the deleted records, with Restore, Erase and Empty Trash."""

    def __init__(self, services: Services, bridge: EventBridge | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        self._services = services
        self.model = TrashModel(services.history.trash, self)
        self.view = QTableView()
        self.view.setObjectName("trashList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(CellDirectionDelegate(self.view))
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())

        self.empty = EmptyState(
            self.tr("The Trash is empty"),
            self.tr("Records you delete wait here until you restore them or erase them for good."),
        )
        self.empty.setObjectName("trashEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.summary = QLabel()
        self.summary.setObjectName("trashSummary")
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("trashRestore")
        self.restore_button.setToolTip(self.tr("Bring the selected records back, with their links"))
        self.erase_button = QPushButton(self.tr("&Erase…"))
        self.erase_button.setObjectName("trashErase")
        self.erase_button.setToolTip(self.tr("Erase the selected records and their history for good"))
        self.empty_button = QPushButton(self.tr("Empty &Trash…"))
        self.empty_button.setObjectName("trashEmptyAll")
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_button.clicked.connect(self.erase_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.empty_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        if bridge is not None:
            bridge.records_changed.connect(self._on_records_changed)
        self.resize(640, 420)
        self._update_buttons()

    # ----- what is selected -----

    def selected_items(self) -> list[TrashItem]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [item for item in (self.model.item_at(r) for r in rows) if item is not None]

    def select_ids(self, ids: Sequence[str]) -> None:
        self.view.clearSelection()
        wanted = set(ids)
        selection = self.view.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(Qt.ItemDataRole.UserRole) in wanted:
                selection.select(self.model.index(row, 0), flags)

    # ----- actions -----

    def restore_selected(self) -> int:
        """Restore the selected records; each restore is one action, so Undo takes back the last one."""
        restored = 0
        for item in self.selected_items():
            try:
                if self._services.history.restore(item.record_type, item.id):
                    restored += 1
            except CardfileError as error:
                QMessageBox.warning(self, self.tr("Restore"), error_text(error))
                break
        self.model.reload()
        return restored

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.warning(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def erase_selected(self) -> int:
        items = self.selected_items()
        if not items:
            return 0
        if len(items) == 1:
            question = self.tr(
                "Erase “{name}” for good? It and its whole history leave the database; this cannot be undone."
            ).format(name=items[0].display_name)
        else:
            question = self.tr(
                "Erase {count} records for good? They and their whole history leave the database; this cannot be "
                "undone."
            ).format(count=len(items))
        if not self.confirm(self.tr("Erase for Good"), question):
            return 0
        erased = 0
        for item in items:
            try:
                self._services.history.erase(item.record_type, item.id)
                erased += 1
            except CardfileError as error:
                QMessageBox.warning(self, self.tr("Erase for Good"), error_text(error))
                break
        self.model.reload()
        return erased

    def empty_trash(self) -> int:
        count = self.model.rowCount()
        if not count:
            return 0
        question = self.tr("Erase all {count} records in the Trash for good? This cannot be undone.").format(
            count=count
        )
        if not self.confirm(self.tr("Empty Trash"), question):
            return 0
        try:
            erased = self._services.history.empty_trash()
        except CardfileError as error:
            QMessageBox.warning(self, self.tr("Empty Trash"), error_text(error))
            erased = 0
        self.model.reload()
        return erased

    def _on_records_changed(self, _event: RecordsChanged) -> None:
        if self.isVisible():
            selected = [item.id for item in self.selected_items()]
            self.model.reload()
            self.select_ids(selected)

    def _update_buttons(self) -> None:
        count = self.model.rowCount()
        chosen = bool(self.view.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
        self.empty_button.setEnabled(count > 0)
        self.stack.setCurrentWidget(self.view if count else self.empty)
        self.summary.setText(
            self.tr("1 record in the Trash")
            if count == 1
            else self.tr("{count} records in the Trash").format(count=count)
        )
        self.summary.setVisible(count > 0)

    def showEvent(self, event: Any) -> None:
        self.model.reload()  # changes made while it was hidden
        super().showEvent(event)
