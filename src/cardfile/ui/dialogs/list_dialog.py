"""What the Trash and the Conflicts view share: a dialog listing plain read models, with buttons for the selection.

`RowsModel` shows a list of rows through columns described once (key, title, the text of a row); `ListDialog`
puts it in a table with an explanation when it is empty, a summary line ("3 records in the Trash"), a line for
an error, the buttons that act on the selected rows, and Close. The keyboard works it all: the first row is
selected when the list arrives, Tab goes on to the buttons.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
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

from cardfile.ui.widgets.basics import CellDirectionDelegate, EmptyState, dim

AnyIndex = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
ERROR_STYLE = "color: #c0392b;"


@dataclass(frozen=True)
class ListColumn(Generic[T]):
    """One column: its title, the text a row shows in it, an optional tooltip, and how it takes the width."""

    key: str
    title: str
    text: Callable[[T], str]
    tooltip: Callable[[T], str] | None = None
    resize: QHeaderView.ResizeMode = QHeaderView.ResizeMode.ResizeToContents
    width: int | None = None  # the starting width of an Interactive column


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over a list of rows (plain read models); UserRole gives a row's id."""

    def __init__(
        self, columns: Sequence[ListColumn[T]], row_id: Callable[[T], str], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._row_id = row_id
        self._rows: list[T] = []

    def set_rows(self, rows: Iterable[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[T]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip is not None else column.text(row)
        if role == Qt.ItemDataRole.UserRole:
            return self._row_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section].title if 0 <= section < len(self.columns) else None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class ListDialog(QDialog, Generic[T]):
    """Rows in a table, explained when there are none, and buttons (`add_button`) for the selected rows.

    Subclasses word the summary (`summary_text`) and enable their buttons (`update_buttons`).
    """

    def __init__(
        self,
        model: RowsModel[T],
        *,
        name: str,
        title: str,
        empty_title: str,
        empty_explanation: str,
        intro: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self.model = model
        model.setParent(self)
        self.view = QTableView()
        self.view.setObjectName(f"{name}List")
        self.view.setModel(model)
        self._configure_view()
        self.empty = EmptyState(empty_title, empty_explanation)
        self.empty.setObjectName(f"{name}Empty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.summary = QLabel()
        self.summary.setObjectName(f"{name}Summary")
        self.error = QLabel()
        self.error.setObjectName(f"{name}Error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self._buttons = QHBoxLayout()
        self._buttons.addWidget(self.summary, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:
            explanation = dim(QLabel(intro))
            explanation.setWordWrap(True)
            layout.addWidget(explanation)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addLayout(self._buttons)
        layout.addWidget(close)
        self.view.selectionModel().selectionChanged.connect(self._update)
        model.modelReset.connect(self._update)

    def _configure_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setItemDelegate(CellDirectionDelegate(view))
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        view.setShowGrid(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)  # Tab goes on to the buttons
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        for section, column in enumerate(self.model.columns):
            header.setSectionResizeMode(section, column.resize)
            if column.width is not None:
                header.resizeSection(section, column.width)

    def add_button(self, text: str, name: str, slot: Callable[[], object], tooltip: str = "") -> QPushButton:
        """A button after the summary, in the order added."""
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tooltip)
        button.clicked.connect(lambda: slot())
        self._buttons.addWidget(button)
        return button

    # ----- what is selected -----

    def selected_rows(self) -> list[T]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [row for row in (self.model.row_at(r) for r in rows) if row is not None]

    def select_ids(self, ids: Iterable[str]) -> None:
        self.view.clearSelection()
        wanted = set(ids)
        selection = self.view.selectionModel()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(Qt.ItemDataRole.UserRole) in wanted:
                selection.select(self.model.index(row, 0), flags)

    def select_first(self) -> None:
        """Select the first row if nothing is, so the keyboard can act at once."""
        selection = self.view.selectionModel()
        if not selection.hasSelection() and self.model.rowCount():
            # Through the selection model: QTableView.selectRow() selects nothing in a right-to-left layout.
            flags = selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows
            selection.setCurrentIndex(self.model.index(0, 0), flags)

    # ----- what subclasses say -----

    def summary_text(self, count: int) -> str:
        raise NotImplementedError

    def update_buttons(self) -> None:
        """Enable the buttons for what is selected now."""

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _update(self) -> None:
        count = self.model.rowCount()
        self.stack.setCurrentWidget(self.view if count else self.empty)
        self.summary.setText(self.summary_text(count) if count else "")  # kept, empty: the buttons keep their size
        self.update_buttons()
