"""The Conflicts view (Sync ▸ Conflicts): the values sync replaced, side by side with the ones it kept.

When two people change the same field before they sync, the newer edit wins everywhere and the other is kept in
the conflict log instead of vanishing. Here a person sees both, with who wrote each, and decides: keep the current
value, or use the other one (a new edit, which syncs like any other). The list is read and described on the task
runner, and decisions are made there too, so a long list never holds up the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardfile.services import Services
from cardfile.services.sync import ConflictRead
from cardfile.ui.contacts.kind import company_name_of
from cardfile.ui.dialogs.trash import kind_name
from cardfile.ui.records.card import describe_value
from cardfile.ui.sync.controller import SyncController, described_error
from cardfile.ui.tasks import Progress
from cardfile.ui.widgets.basics import CellDirectionDelegate, EmptyState, dim
from cardfile.ui.words import field_name

AnyIndex = QModelIndex | QPersistentModelIndex
LOAD_KEY = "sync-conflicts"
PICTURE_FIELDS = ("photo", "logo")


def _t(text: str) -> str:
    return QCoreApplication.translate("Conflicts", text)


@dataclass(frozen=True, slots=True)
class _Side:
    """One value of a conflicting field, in the shape describe_value reads."""

    field: str
    value: Any


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A conflict as the list shows it: the read model and its two values already put into words."""

    conflict: ConflictRead
    current: str
    other: str


def value_text(field: str, value: Any, name_of: Callable[[str, str], str]) -> str:
    """A conflicting value as one short line: the card's wording, with the cases only a conflict has."""
    if field == "deleted_at":
        return _t("in the Trash") if value else _t("not deleted")
    if field in PICTURE_FIELDS and value:
        return _t("(picture)")
    return describe_value(_Side(field, value), name_of)


def describe_conflicts(conflicts: Sequence[ConflictRead], name_of: Callable[[str, str], str]) -> list[ConflictRow]:
    return [
        ConflictRow(c, value_text(c.field, c.current, name_of), value_text(c.field, c.other, name_of))
        for c in conflicts
    ]


class ConflictsModel(QAbstractTableModel):
    """Open conflicts, newest first: record, field, the current value and its author, the other and its author."""

    COLUMNS = ("record", "field", "current", "current_user", "other", "other_user")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConflictRow] = []
        self.own_user = ""  # shown as "(you)"

    def set_rows(self, rows: Sequence[ConflictRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[ConflictRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def _author(self, user: str) -> str:
        return _t("{user} (you)").format(user=user) if user and user == self.own_user else user

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        conflict = row.conflict
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = {
                "record": conflict.record_name or _t("(no name)"),
                "field": field_name(conflict.field),
                "current": row.current,
                "current_user": self._author(conflict.current_user),
                "other": row.other,
                "other_user": self._author(conflict.other_user),
            }
            text = texts[column]
            if role == Qt.ItemDataRole.ToolTipRole and column == "record":
                return _t("{kind}: {name}").format(kind=kind_name(conflict.record_type), name=text)
            return text
        if role == Qt.ItemDataRole.UserRole:
            return conflict.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "record": _t("Record"),
            "field": _t("Field"),
            "current": _t("Current value"),
            "current_user": _t("Written by"),
            "other": _t("Other value"),
            "other_user": _t("Written by"),
        }
        return titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ConflictsDialog(QDialog):
    """Sync ▸ Conflicts: review what sync replaced and keep the current value or use the other one."""

    record_requested = Signal(str, str)  # record type, id: "Open Record" shows it in the main window
    loaded = Signal()  # the list shows the conflicts as they are now

    def __init__(self, services: Services, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self.setWindowTitle(self.tr("Sync Conflicts"))
        self._services = services
        self._controller = controller
        self._deciding = 0  # decisions sent to the background and not finished

        intro = dim(
            QLabel(
                self.tr(
                    "These fields were changed on two computers before they synced. Each record shows the newer "
                    "value; the other one is kept here, so nothing is lost. Keep the current value, or use the other."
                )
            )
        )
        intro.setWordWrap(True)
        self.model = ConflictsModel(self)
        self.view = QTableView()
        self.view.setObjectName("conflictList")
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
        self.view.setTabKeyNavigation(False)  # Tab goes on to the buttons
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Interactive,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(0, 160)

        self.empty = EmptyState(
            self.tr("No conflicts"),
            self.tr(
                "When two people change the same field before they sync, the newer value is used and the other "
                "waits here for you to review."
            ),
        )
        self.empty.setObjectName("conflictsEmpty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        self.summary = QLabel()
        self.summary.setObjectName("conflictsSummary")
        self.error = QLabel()
        self.error.setObjectName("conflictsError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        self.keep_button = QPushButton(self.tr("&Keep Current"))
        self.keep_button.setObjectName("conflictKeep")
        self.keep_button.setToolTip(self.tr("The record keeps the value it has; the other one is set aside"))
        self.use_other_button = QPushButton(self.tr("&Use Other"))
        self.use_other_button.setObjectName("conflictUseOther")
        self.use_other_button.setToolTip(self.tr("The record takes the other value; it syncs to everyone"))
        self.open_button = QPushButton(self.tr("&Open Record"))
        self.open_button.setObjectName("conflictOpen")
        self.keep_button.clicked.connect(lambda: self.decide(take_other=False))
        self.use_other_button.clicked.connect(lambda: self.decide(take_other=True))
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.use_other_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        layout.addWidget(close)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda _index: self.open_selected())
        self.model.modelReset.connect(self._update_buttons)
        controller.conflicts_changed.connect(self._reload_if_shown)
        self.resize(860, 420)
        self._update_buttons()

    # ----- loading -----

    def reload(self) -> None:
        """Read the open conflicts and put their values into words, in the background; `loaded` when shown."""
        service, name_of = self._services.sync, company_name_of(self._services)

        def load(_progress: Progress, _cancel: threading.Event) -> list[ConflictRow]:
            return describe_conflicts(service.conflicts(), name_of)

        self._controller.tasks.run(load, key=LOAD_KEY, announce=False, on_done=self._show_rows)

    def _show_rows(self, rows: list[ConflictRow]) -> None:
        selected = {row.conflict.id for row in self.selected_rows()}
        status = self._controller.status
        self.model.own_user = (status.user or "") if status is not None else ""
        self.model.set_rows(rows)
        self.select_ids(selected)
        selection = self.view.selectionModel()
        if not selection.hasSelection() and rows:  # the keyboard can decide at once
            # Through the selection model: QTableView.selectRow() selects nothing in a right-to-left layout.
            flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(0, 0), flags)
        self.loaded.emit()

    def _reload_if_shown(self) -> None:
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        self.reload()  # decisions and syncs made while it was hidden
        super().showEvent(event)

    # ----- what is selected -----

    def selected_rows(self) -> list[ConflictRow]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(r) for r in rows) if row is not None]

    def select_ids(self, ids: set[str] | Sequence[str]) -> None:
        self.view.clearSelection()
        wanted = set(ids)
        selection = self.view.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(Qt.ItemDataRole.UserRole) in wanted:
                selection.select(self.model.index(row, 0), flags)

    # ----- deciding -----

    def decide(self, *, take_other: bool) -> int:
        """Keep the current values of the selected conflicts, or use the other ones; returns how many were sent."""
        ids = [row.conflict.id for row in self.selected_rows()]
        if not ids or self._deciding:
            return 0
        self.error.hide()
        task = self._controller.resolve_conflicts(ids, take_other=take_other)
        task.failed.connect(self._show_error)
        task.finished.connect(self._on_decided)
        self._deciding += 1
        self._update_buttons()
        return len(ids)

    def _on_decided(self) -> None:
        self._deciding -= 1
        self._update_buttons()
        self.reload()

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(described_error(error))
        self.error.show()

    def open_selected(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.record_requested.emit(rows[0].conflict.record_type, rows[0].conflict.record_id)

    def _update_buttons(self) -> None:
        count = self.model.rowCount()
        chosen = bool(self.view.selectionModel().selectedRows()) and not self._deciding
        self.keep_button.setEnabled(chosen)
        self.use_other_button.setEnabled(chosen)
        self.open_button.setEnabled(len(self.selected_rows()) == 1)
        self.stack.setCurrentWidget(self.view if count else self.empty)
        self.summary.setText(
            self.tr("1 conflict to review")
            if count == 1
            else self.tr("{count} conflicts to review").format(count=count)
        )
        self.summary.setVisible(count > 0)
