"""The pipeline board: a column per stage of one pipeline with its deals as cards; drag a card to another stage.

Lazy from end to end: each column is a QListView over a LazyListModel that holds only its deals' ids, and a
delegate paints the cards in sight from rows read a page at a time — 20,000 deals are 20,000 ids, never 20,000
widgets. The figures (how many deals, their total and weighted total per currency in each column) and every
column's ids are read in one job on a worker: when the board opens, when its filter changes, and after any change
to deals. A dropped card is moved at once (one action; Edit ▸ Undo puts it back, probability included): it is
taken out of the column it left, and the column it joined is read again on the spot (its place there depends on
the other cards' dates), so it shows in its new place within the frame; the figures follow from the worker a
moment later.

Keyboard: Up and Down move through a column, Left and Right to the column beside, Ctrl+Shift+Left/Right move
the chosen deal to the stage beside; Enter opens it. A right click offers Open and Move to ▸ every stage.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError, NotFound
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.sales import Board, DealFilter, DealRow
from cardfile.ui.deals.texts import (
    close_date_text,
    deals_count,
    most_used,
    owner_name,
    percent_number,
    percent_text,
    seeded_name,
    totals_lines,
    totals_table,
)
from cardfile.ui.event_bridge import touches
from cardfile.ui.records.list_model import WARNING_COLOR, Column, LazyListModel
from cardfile.ui.tasks import Progress, TaskRunner
from cardfile.ui.widgets.basics import dim, literal, on_reading_side, text_direction
from cardfile.ui.widgets.value_editors import money_text
from cardfile.ui.words import error_text

DEAL_MIME = "application/x-cardfile-deal"
DEAL_ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMN_WIDTH = 232
CURRENCY_LINES = 3  # a column names its three most used currencies; the rest are in its tooltip
AnyIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("PipelineBoard", text, disambiguation, n)


# ----- one column: its ids, its cards -----


class BoardColumnModel(LazyListModel[DealRow]):
    """The cards of one stage: the deals' ids in order, rows fetched as they are painted; a card dragged from
    here carries its deal's id, and one dropped here asks (`card_dropped`) to move to this stage."""

    card_dropped = Signal(str, str)  # deal id, this column's stage id

    def __init__(self, stage_id: str, services: Services, parent: QObject | None = None) -> None:
        super().__init__(
            lambda **_: [],
            services.sales.deal_rows,
            [Column("deal", "", lambda r: r.name)],
            parent,
            name=f"board-{stage_id}",
        )
        self.stage_id = stage_id

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == DEAL_ROW_ROLE:
            return self.record_at(index.row()) if index.isValid() else None
        if role == Qt.ItemDataRole.ToolTipRole:
            row = self.record_at(index.row()) if index.isValid() else None
            return card_tooltip(row) if row is not None else None
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [DEAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.id_at(index.row()) for index in indexes if index.isValid()]
        data.setData(DEAL_MIME, QByteArray("\n".join(i for i in ids if i).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        # A copy proposed (Ctrl held, or a platform's default) still moves: a deal is in one stage only.
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    @staticmethod
    def dragged_ids(data: QMimeData) -> list[str]:
        if not data.hasFormat(DEAL_MIME):
            return []
        return [i for i in bytes(data.data(DEAL_MIME).data()).decode().split("\n") if i]

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        ids = self.dragged_ids(data)
        return bool(ids) and all(self.row_of(i) is None for i in ids)  # not back into its own column

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        for deal_id in self.dragged_ids(data):
            self.card_dropped.emit(deal_id, self.stage_id)
        return False  # the board has moved the card itself; the view must not remove rows from the source


def card_tooltip(row: DealRow) -> str:
    lines = [row.name, row.company, money_text(row.amount), percent_text(row.probability)]
    if row.expected_close:
        lines.append(close_date_text(row.expected_close, row.overdue))
    lines.append(owner_name(row.owner))
    return "\n".join(line for line in lines if line)


class CardDelegate(QStyledItemDelegate):
    """Paints a deal as a card: name, company, amount and close date (red when overdue), owner and probability."""

    LINES = 4
    MARGIN = 4
    PADDING = 8

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        height = QFontMetrics(option.font).lineSpacing() * self.LINES + 2 * (self.MARGIN + self.PADDING)
        return QSize(COLUMN_WIDTH - 24, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        row: DealRow | None = index.data(DEAL_ROW_ROLE)
        palette: QPalette = option.palette
        rect: QRect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setLayoutDirection(option.direction)
        border = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        if row is not None and row.overdue:  # a strip on the reading side: this one needs attention
            strip = QRect(rect.left() + 1, rect.top() + 6, 3, rect.height() - 12)
            if option.direction == Qt.LayoutDirection.RightToLeft:
                strip.moveRight(rect.right() - 1)
            painter.fillRect(strip, WARNING_COLOR)
        if focused and not selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 5, 5)
        if row is not None:
            self._text(
                painter, option, rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING, -self.PADDING), row
            )
        painter.restore()

    def _text(self, painter: QPainter, option: QStyleOptionViewItem, area: QRect, row: DealRow) -> None:
        palette: QPalette = option.palette
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.lineSpacing()
        text_color = palette.color(QPalette.ColorRole.Text)
        soft = palette.color(QPalette.ColorRole.PlaceholderText)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        left, right = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight
        start, end = (right, left) if rtl else (left, right)  # the interface's reading side, and the far one

        def put(
            n: int, text: str, color: QColor, side: Qt.AlignmentFlag, *, bold: bool = False, width: int | None = None
        ) -> None:
            f = QFont(font)
            f.setBold(bold)
            painter.setFont(f)
            painter.setPen(color)
            box = QRect(area.left(), area.top() + n * line, width or area.width(), line)
            if side == right:
                box.moveRight(area.right())
            # Each text in its own direction (a Latin name reads left to right in a Persian interface, an amount
            # always does), placed on the interface's side.
            painter.setLayoutDirection(text_direction(text))
            shown = QFontMetrics(f).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
            align = side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, int(align), shown)

        put(0, row.name, text_color, start, bold=True)
        put(1, row.company or "—", soft, start)
        amount = money_text(row.amount)
        half = area.width() // 2
        amount_width = min(area.width(), metrics.horizontalAdvance(amount) + 8)
        put(2, amount, text_color, start, width=max(amount_width, half))
        close = close_date_text(row.expected_close) or _tr("no date")
        put(2, close, WARNING_COLOR if row.overdue else soft, end, width=area.width() - max(amount_width, half) - 4)
        put(3, owner_name(row.owner), soft, start, width=half)
        put(3, percent_text(row.probability), soft, end, width=half - 4)


class StageView(QListView):
    """A column's cards; a drag starts a move, Ctrl+Shift+arrows move the chosen card to the stage beside."""

    move_requested = Signal(int)  # -1: the previous stage, +1: the next one
    step_requested = Signal(int)  # -1/+1: go to the column beside
    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        arrows = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in arrows:
            step = arrows[Qt.Key(key)] * (-1 if self.isRightToLeft() else 1)
            if modifiers == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                self.move_requested.emit(step)
                return
            if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier):
                self.step_requested.emit(step)
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class StageColumn(QFrame):
    """One stage: its name and default probability, how many deals and their totals per currency, its cards."""

    def __init__(self, stage_id: str, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stageColumn")
        self.setFixedWidth(COLUMN_WIDTH)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.stage_id = stage_id
        self.title = QLabel()
        self.title.setObjectName("stageTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.count = dim(QLabel())
        self.count.setObjectName("stageCount")
        self.totals = QLabel()
        self.totals.setObjectName("stageTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setToolTip(
            _tr(
                "Per currency: the total of the deals here, and (dim) their weighted total, "
                "each amount counted at its probability"
            )
        )
        self.totals.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.model = BoardColumnModel(stage_id, services, self)
        self.view = StageView()
        self.view.setObjectName("stageCards")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setUniformItemSizes(True)  # 2,500 cards cost one size
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Static first: QListView.setMovement(Static) turns dragging and the viewport's drops off again.
        self.view.setMovement(QListView.Movement.Static)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.viewport().setAcceptDrops(True)  # the viewport is what a drag arrives at
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.viewport().setAutoFillBackground(False)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.count)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 8, 4, 4)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.totals)
        column.addSpacing(4)
        column.addWidget(self.view, 1)

    def show_figures(self, name: str, probability: int, count: int, table: str, height: int) -> None:
        title = _tr("{stage} · {percent} %").format(stage=name, percent=percent_number(probability))
        self.count.setText(deals_count(count))
        # Elided beside the count, never over it: "Первичный контакт · 10 %" ran into "21 сделка".
        room = COLUMN_WIDTH - 12 - 8 - self.count.fontMetrics().horizontalAdvance(self.count.text())
        self.title.setText(self.title.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, room))
        self.title.setToolTip(
            _tr("{stage}: deals here count {percent} % of their amount unless they say otherwise").format(
                stage=name, percent=percent_number(probability)
            )
        )
        self.totals.setText(table or _tr("No deals"))
        self.totals.setFixedHeight(height)


@dataclass(frozen=True)
class _Read:
    """What the board's worker read: the figures and each column's ids."""

    board: Board
    ids: dict[str, list[str]]


class PipelineBoard(QWidget):
    """One pipeline's stages side by side, filtered as the deal page is (`set_filter`)."""

    deal_chosen = Signal(str)  # a card was clicked or opened: show the deal's card
    refreshed = Signal()  # the figures and the columns were read again (tests, the bench)
    moved = Signal(str, str)  # deal id, stage id: a card was dropped on another stage and moved

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self._services = services
        self._runner = runner
        self.filter = DealFilter()
        self.board: Board | None = None
        self.columns: list[StageColumn] = []
        self._stale = True  # read again when shown
        self._reading = False
        self._changed: set[str] = set()  # deals changed since the columns were read
        self.heading = QLabel()
        self.heading.setObjectName("boardHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        on_reading_side(self.heading)
        self.summary = on_reading_side(dim(QLabel()))
        self.summary.setObjectName("boardSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.strip = QWidget()
        self.strip.setObjectName("boardColumns")
        self.row = QHBoxLayout(self.strip)
        self.row.setContentsMargins(8, 4, 8, 8)
        self.row.setSpacing(8)
        self.row.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("boardScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.strip)
        top = QVBoxLayout()
        top.setContentsMargins(10, 8, 10, 0)
        top.setSpacing(2)
        top.addWidget(self.heading)
        top.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._read_in_background)

    # ----- what it shows -----

    def set_filter(self, f: DealFilter) -> None:
        """Show the deals `f` selects (its stage is ignored: the columns are the stages)."""
        f = f.but(stage_id=None)
        if f == self.filter and not self._stale:
            return
        self.filter = f
        self.refresh()

    def refresh(self) -> None:
        """Read the figures and the columns again (on a worker) if the board is in sight, else when it is shown."""
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def is_reading(self) -> bool:
        return self._timer.isActive() or self._reading

    def on_records_changed(self, event: RecordsChanged) -> None:
        if any(touches(event, kind) for kind in ("deal", "stage", "pipeline", "company")):
            if touches(event, "company"):
                for column in self.columns:
                    column.model.forget_rows()
            self._changed.update(event.records.get("deal", ()))  # read those cards' rows again with the ids
            self.refresh()

    def _read_in_background(self) -> None:
        self._stale = False
        sales = self._services.sales
        f = self.filter

        def read(_progress: Progress, cancel: threading.Event) -> _Read | None:
            board = sales.board(f)
            ids: dict[str, list[str]] = {}
            for column in board.columns:
                if cancel.is_set():
                    return None
                ids[column.stage.id] = sales.column_ids(column)
            return _Read(board, ids)

        self._reading = True
        self._runner.run(read, key="pipeline-board", announce=False, on_done=self._show, on_failed=self._failed)

    def read_now(self) -> None:
        """Read and show everything on this thread (the bench times the board this way too)."""
        self._timer.stop()
        self._stale = False
        sales = self._services.sales
        board = sales.board(self.filter)
        self._show(_Read(board, {c.stage.id: sales.column_ids(c) for c in board.columns}))

    def _failed(self, error: BaseException) -> None:
        self._reading = False
        if isinstance(error, NotFound):  # the pipeline filtered on was removed meanwhile: show the default one
            self.filter = self.filter.but(pipeline_id=None)
            self.refresh()
            return
        raise error

    def _show(self, read: _Read | None) -> None:
        if read is None:
            return
        self._reading = False
        if self._timer.isActive():
            return  # a newer read is on its way
        board = read.board
        if [c.stage_id for c in self.columns] != [c.stage.id for c in board.columns]:
            self._build_columns([c.stage.id for c in board.columns])
        self.board = board
        lines = max([1, *(min(len(c.totals), CURRENCY_LINES + 1) for c in board.columns)])
        height = QFontMetrics(self.font()).lineSpacing() * lines + 2
        changed, self._changed = self._changed, set()
        soft = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        for column, figures in zip(self.columns, board.columns, strict=True):
            table = totals_table(figures.totals, soft, CURRENCY_LINES)
            column.show_figures(
                seeded_name(figures.stage.name), figures.stage.probability, figures.count, table, height
            )
            column.totals.setToolTip(
                _tr("Total and (dim) weighted total per currency:") + totals_table(figures.totals, soft)
            )
            column.model.show_ids(read.ids.get(column.stage_id, []), changed)
        # "label: name" reads in every language whatever the pipeline is called ("Sales pipeline" was "قیف فروش فروش")
        self.heading.setText(_tr("Pipeline: {pipeline}").format(pipeline=seeded_name(board.pipeline.name)))
        shown, more = most_used(board.totals, CURRENCY_LINES)
        totals = "; ".join(totals_lines(shown)) or _tr("no deals")
        if more:
            totals = _tr("{totals}; %Ln more currency(ies)", "", more).format(totals=totals)
        status = {"open": _tr("open"), "won": _tr("won"), "lost": _tr("lost")}.get(board.filter.status or "open", "")
        self.summary.setText(
            _tr("{count} {status} · {totals}").format(
                count=deals_count(sum(c.count for c in board.columns)), status=status, totals=totals
            )
        )
        self.refreshed.emit()

    def _build_columns(self, stage_ids: list[str]) -> None:
        for column in self.columns:
            self.row.removeWidget(column)
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        for n, stage_id in enumerate(stage_ids):
            column = StageColumn(stage_id, self._services, self.strip)
            column.model.card_dropped.connect(self.move_deal)
            view = column.view
            view.clicked.connect(lambda index, m=column.model: self._choose(m.id_at(index.row())))
            view.activated.connect(lambda index, m=column.model: self._choose(m.id_at(index.row())))
            view.open_requested.connect(lambda v=view, m=column.model: self._choose(m.id_at(v.currentIndex().row())))
            view.move_requested.connect(lambda step, n=n: self._move_chosen(n, step))
            view.step_requested.connect(lambda step, n=n: self._step(n, step))
            view.customContextMenuRequested.connect(lambda pos, n=n: self._menu(n, pos))
            self.columns.append(column)
            self.row.insertWidget(n, column)

    def _choose(self, deal_id: str | None) -> None:
        if deal_id:
            self.deal_chosen.emit(deal_id)

    # ----- moving a card -----

    def move_deal(self, deal_id: str, stage_id: str) -> bool:
        """Move a deal to a stage (one action) and show it there at once; False, with the reason told, if the
        services refused."""
        try:
            self._services.deals.move(deal_id, stage_id)
        except CardfileError as error:
            QMessageBox.warning(self, _tr("Move Deal"), error_text(error))
            return False
        sales = self._services.sales
        for column in self.columns:
            model = column.model
            if column.stage_id == stage_id:  # read again: where the card goes depends on the others' dates
                figures = self._figures_of(column.stage_id)
                if figures is not None:
                    model.show_ids(sales.column_ids(figures), [deal_id])
            elif model.row_of(deal_id) is not None:  # the others keep their order: no need to read them again
                model.show_ids([i for i in model.ids() if i != deal_id])
        target = next((c for c in self.columns if c.stage_id == stage_id), None)
        if target is not None:
            row = target.model.row_of(deal_id)
            if row is not None:
                index = target.model.index(row, 0)
                target.view.setCurrentIndex(index)
                target.view.scrollTo(index)
                target.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.moved.emit(deal_id, stage_id)
        self.refresh()  # the figures, on the worker
        return True

    def _figures_of(self, stage_id: str) -> Any:
        if self.board is None:
            return None
        return next((c for c in self.board.columns if c.stage.id == stage_id), None)

    def chosen(self, column: int) -> str | None:
        view = self.columns[column].view
        index = view.currentIndex()
        return self.columns[column].model.id_at(index.row()) if index.isValid() else None

    def _move_chosen(self, column: int, step: int) -> None:
        deal_id = self.chosen(column)
        target = column + step
        if deal_id and 0 <= target < len(self.columns):
            self.move_deal(deal_id, self.columns[target].stage_id)

    def _step(self, column: int, step: int) -> None:
        target = column + step
        if 0 <= target < len(self.columns):
            view = self.columns[target].view
            if not view.currentIndex().isValid() and view.model().rowCount():
                view.setCurrentIndex(view.model().index(0, 0))
            view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroller.ensureWidgetVisible(self.columns[target])

    def _menu(self, column: int, position: QPoint) -> None:
        menu = self.card_menu(column, position)
        if menu is not None:
            menu.exec(self.columns[column].view.viewport().mapToGlobal(position))
            menu.deleteLater()

    def card_menu(self, column: int, position: QPoint) -> QMenu | None:
        """The right-click menu of the card at `position` in a column's viewport: Open, and Move to ▸ each stage."""
        view = self.columns[column].view
        index = view.indexAt(position)
        deal_id = self.columns[column].model.id_at(index.row()) if index.isValid() else None
        if deal_id is None or self.board is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        menu.addAction(_tr("Open"), lambda: self._choose(deal_id))
        move = menu.addMenu(_tr("Move to"))
        for figures in self.board.columns:
            action = move.addAction(literal(seeded_name(figures.stage.name)))
            action.setEnabled(figures.stage.id != self.columns[column].stage_id)
            action.triggered.connect(lambda _=False, s=figures.stage.id: self.move_deal(deal_id, s))
        return menu

    def focus_first(self) -> None:
        """Give the keyboard to the first card of the first column that has any."""
        for n, column in enumerate(self.columns):
            if column.model.rowCount():
                self._step(n - 1, 1)
                return
