"""A page of the main window that lists records on one side and shows the selected one's card on the other."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardfile.ui.card import RecordCard
from cardfile.ui.list_models import LazyListModel
from cardfile.ui.widgets import CellDirectionDelegate, EmptyState


class Page(QWidget):
    """One destination of the navigation list. Pages that list records override the methods below."""

    count_changed = Signal()
    record_requested = Signal(str, str)  # record type, id: the page asks the window to open another record

    def count_text(self) -> str:
        """The status bar's record count for this page ('' when the page lists nothing)."""
        return ""

    def select_record(self, record_id: str) -> bool:
        return False

    def focus_list(self) -> None:
        self.setFocus()

    def save_state(self, settings: QSettings) -> None:
        """Remember UI state (splitter, column widths) between runs."""

    def restore_state(self, settings: QSettings) -> None:
        """Bring back what save_state() remembered."""


class RecordListPage(Page):
    """A lazily filled table of records, the selected record's card beside it, and an explanation when empty."""

    def __init__(
        self,
        *,
        name: str,
        model: LazyListModel[Any],
        card: RecordCard,
        empty_title: str,
        empty_explanation: str,
        icon: QIcon | None = None,
        column_widths: dict[str, int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Page")
        self._name = name
        self.model = model
        self.card = card
        self.card.record_requested.connect(self.record_requested)
        self._remembered_id: str | None = None
        self._remembered_row = 0

        self.view = QTableView()
        self.view.setObjectName(f"{name}List")
        self.view.setModel(model)
        self._configure_view(column_widths or {})

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"{name}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 400])

        self.empty = EmptyState(empty_title, empty_explanation, icon)
        self.empty.setObjectName(f"{name}Empty")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.view.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        model.modelAboutToBeReset.connect(self._remember_current)
        model.modelReset.connect(self._restore_current)
        model.reloaded.connect(self._on_reloaded)

    def _configure_view(self, widths: dict[str, int]) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.setCornerButtonEnabled(False)
        view.setItemDelegate(CellDirectionDelegate(view))
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # constant row height: 100,000 rows cost nothing
        rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
        columns = view.horizontalHeader()
        columns.setObjectName(f"{self._name}Columns")
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionsMovable(True)
        for section, column in enumerate(self.model.column_keys()):
            if column in widths:
                columns.resizeSection(section, widths[column])

    # ----- the record count and the selection -----

    def count(self) -> int:
        return self.model.rowCount()

    def select_record(self, record_id: str) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            self.model.reload()  # it may be newer than the list
            row = self.model.row_of(record_id)
        if row is None:
            return False
        self._select_row(row, center=True)
        return True

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def focus_list(self) -> None:
        self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _select_row(self, row: int, *, center: bool = False) -> None:
        """Make `row` the current, selected row and bring it into view (to the middle when `center` and it was
        out of sight, so a record opened from search has its neighbours around it)."""
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.view.selectionModel().setCurrentIndex(index, flags)
        in_sight = self.view.viewport().rect().contains(self.view.visualRect(index))
        hint = QAbstractItemView.ScrollHint
        self.view.scrollTo(index, hint.PositionAtCenter if center and not in_sight else hint.EnsureVisible)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.id_at(current.row()) if current.isValid() else None
        if record_id is None:
            self.card.clear()
        else:
            self.card.show_record(record_id)

    def _remember_current(self) -> None:
        self._remembered_id = self.selected_id()
        self._remembered_row = max(self.view.currentIndex().row(), 0)

    def _restore_current(self) -> None:
        """After the list was read again, keep the same record selected (or its neighbour if it is gone)."""
        if not self.model.rowCount():
            self.card.clear()
            return
        row = self.model.row_of(self._remembered_id) if self._remembered_id else None
        self._select_row(row if row is not None else min(self._remembered_row, self.model.rowCount() - 1))

    def _on_reloaded(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.splitter)
        if not empty and not self.view.currentIndex().isValid():
            self._select_row(0)
        self.count_changed.emit()

    # ----- remembered layout -----

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"{self._name}/splitter", self.splitter.saveState())
        settings.setValue(f"{self._name}/columns", self.view.horizontalHeader().saveState())

    def restore_state(self, settings: QSettings) -> None:
        splitter = settings.value(f"{self._name}/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
        columns = settings.value(f"{self._name}/columns")
        if isinstance(columns, QByteArray):
            self.view.horizontalHeader().restoreState(columns)
