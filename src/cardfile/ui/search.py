"""The global search field: searches every record type as you type and shows the hits grouped by type below it.

With a task runner the search runs on a worker as soon as the keys typed so far have been handled (keys arriving
together make one search); a newer search replaces one still running and an answer to text no longer in the field
is dropped, so typing never waits for the database. Without a runner it waits ~150 ms for a pause in typing and
searches on the GUI thread. The result list is a popup like a completer's: keys typed while it is open go on to
the field, so the person just keeps typing; Up/Down move through the hits, Enter opens one, Escape closes the list.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
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
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cardfile.services.readmodels import SearchResult
from cardfile.ui.tasks import TaskRunner
from cardfile.ui.words import record_type_plural

DEBOUNCE_MS = 150  # searching on the GUI thread: one search per pause in typing
COALESCE_MS = 0  # searching on a worker: one search per batch of keys handled together
GROUP_ORDER = ("contact", "company", "deal", "activity", "note")
HITS_PER_GROUP = 8  # when several kinds of record match, so the best company is not pushed out by 50 people

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "header" or the record type of a hit
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex

Search = Callable[[str], Sequence[SearchResult]]


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of the result list: a group heading (hit is None) or a hit."""

    text: str
    hit: SearchResult | None = None


class SearchResultsModel(QAbstractListModel):
    """Hits grouped by record type, each group after a heading line that cannot be selected."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []

    def set_results(self, results: Sequence[SearchResult], query: str) -> None:
        self.beginResetModel()
        self._lines = []
        kinds = sorted({r.record_type for r in results}, key=_group_rank)
        per_group = len(results) if len(kinds) == 1 else HITS_PER_GROUP  # every kind gets a say
        for kind in kinds:
            self._lines.append(_Line(record_type_plural(kind)))
            self._lines += [_Line(r.display_name, r) for r in results if r.record_type == kind][:per_group]
        if not results:
            self._lines.append(_Line(self.tr("No matches for “{query}”").format(query=query)))
        self.endResetModel()

    def hit_at(self, row: int) -> SearchResult | None:
        return self._lines[row].hit if 0 <= row < len(self._lines) else None

    def first_hit_row(self) -> int | None:
        return next((row for row, line in enumerate(self._lines) if line.hit is not None), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.text
        if role == KIND_ROLE:
            return line.hit.record_type if line.hit else "header"
        if role == ID_ROLE:
            return line.hit.id if line.hit else None
        if role in (DETAIL_ROLE, Qt.ItemDataRole.ToolTipRole):
            return line.hit.detail if line.hit else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._lines[index.row()].hit is None:
            return Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _group_rank(kind: str) -> int:
    return GROUP_ORDER.index(kind) if kind in GROUP_ORDER else len(GROUP_ORDER)


class SearchResultDelegate(QStyledItemDelegate):
    """Paints a hit as its name over a dimmer second line, and a group heading as small bold text."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        heading = index.data(KIND_ROLE) == "header"
        detail = "" if heading else (index.data(DETAIL_ROLE) or "")
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = opt.rect.adjusted(self.PADDING * 2, self.PADDING // 2, -self.PADDING * 2, -self.PADDING // 2)
        align = QStyle.visualAlignment(opt.direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.save()
        if heading:
            painter.setFont(self._heading_font(opt.font))
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, align, self._elided(painter, index.data() or "", area.width()))
        else:
            main_font, detail_font = opt.font, self._detail_font(opt.font)
            main_height = QFontMetrics(main_font).height()
            top = QRect(area.left(), area.top(), area.width(), main_height)
            painter.setFont(main_font)
            painter.setPen(opt.palette.color(group, text_role))
            painter.drawText(top, align, self._elided(painter, index.data() or "", area.width()))
            if detail:
                bottom = QRect(area.left(), top.bottom() + 1, area.width(), area.bottom() - top.bottom())
                painter.setFont(detail_font)
                dim = text_role if selected else QPalette.ColorRole.PlaceholderText
                painter.setPen(opt.palette.color(group, dim))
                painter.drawText(bottom, align, self._elided(painter, detail, area.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        if index.data(KIND_ROLE) == "header":
            height = QFontMetrics(self._heading_font(option.font)).height() + self.PADDING * 2
        else:
            height = (
                QFontMetrics(option.font).height()
                + QFontMetrics(self._detail_font(option.font)).height()
                + self.PADDING * 2
            )
        return QSize(base.width(), height)

    @staticmethod
    def _elided(painter: QPainter, text: str, width: int) -> str:
        return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    @staticmethod
    def _heading_font(font: QFont) -> QFont:
        heading = QFont(font)
        heading.setBold(True)
        heading.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return heading

    @staticmethod
    def _detail_font(font: QFont) -> QFont:
        detail = QFont(font)
        detail.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        return detail


class SearchPopup(QListView):
    """The list of hits under the search field; a popup window that hands typed keys back to the field."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)  # owned by the field, shown as a window of its own
        self._field = field
        self.setObjectName("searchResults")
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(field)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setItemDelegate(SearchResultDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        QApplication.sendEvent(self._field, event)  # the field decides: navigation, Enter, or more text

    def inputMethodEvent(self, event: Any) -> None:
        QApplication.sendEvent(self._field, event)  # Japanese, Chinese … typed through an input method

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:  # Ctrl+Z in the popup means the field's own undo
            QApplication.sendEvent(self._field, event)
            return event.isAccepted()
        return super().event(event)


class SearchField(QLineEdit):
    """The search box of the toolbar; emits `record_chosen(record_type, id)` when a hit is opened."""

    record_chosen = Signal(str, str)
    results_shown = Signal(str)  # the query whose hits the popup now shows

    MAX_VISIBLE_LINES = 12

    def __init__(self, search: Search, parent: QWidget | None = None, *, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._runner = runner
        self._query = ""
        self._generation = 0  # bumped by every search, open and close: an answer from before is not shown
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search contacts, companies, deals … (Ctrl+K)"))
        self.results = SearchResultsModel(self)
        self.popup = SearchPopup(self)
        self.popup.setModel(self.results)
        self.popup.clicked.connect(self._open)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS if runner is None else COALESCE_MS)
        self._debounce.timeout.connect(self.search_now if runner is None else self._search_in_background)
        self.textEdited.connect(self._on_text_edited)
        self.textChanged.connect(self._on_text_changed)

    # ----- searching -----

    def _on_text_edited(self, _text: str) -> None:
        self._debounce.start()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():  # cleared by the clear button or by a program: nothing to show
            self._debounce.stop()
            self._query = ""
            self._generation += 1
            self.popup.hide()

    def search_now(self) -> None:
        """Run the search for the text as it is now, on this thread, and show the hits."""
        self._debounce.stop()
        self._generation += 1
        query = self.text().strip()
        if not query:
            self.popup.hide()
            return
        self._show_results(query, list(self._search(query)))

    def _search_in_background(self) -> None:
        assert self._runner is not None
        query = self.text().strip()
        if not query:
            self.popup.hide()
            return
        self._generation += 1
        generation, search = self._generation, self._search
        task = self._runner.run(
            lambda _progress, _cancel: list(search(query)), key=f"search-{id(self)}", announce=False
        )
        task.succeeded.connect(lambda results: self._on_found(generation, query, results))

    def _on_found(self, generation: int, query: str, results: list[SearchResult]) -> None:
        if generation == self._generation and query == self.text().strip():
            self._show_results(query, results)

    def _show_results(self, query: str, results: list[SearchResult]) -> None:
        self._query = query
        self.results.set_results(results, query)
        first = self.results.first_hit_row()
        self.popup.setCurrentIndex(self.results.index(first) if first is not None else QModelIndex())
        self._show_popup()
        self.results_shown.emit(query)

    def is_searching(self) -> bool:
        """Whether the hits shown may not be those of the text in the field yet."""
        return self._debounce.isActive() or self._query != self.text().strip()

    def _show_popup(self) -> None:
        lines = self.results.rowCount()
        height = sum(self.popup.sizeHintForRow(row) for row in range(min(lines, self.MAX_VISIBLE_LINES)))
        frame = self.popup.frameWidth() * 2
        width = max(self.width(), 420)
        bottom_left = self.mapToGlobal(QPoint(0, self.height()))
        x = bottom_left.x() + self.width() - width if self.isRightToLeft() else bottom_left.x()
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(x, screen.right() - width))
        self.popup.setGeometry(x, bottom_left.y() + 2, width, height + frame)
        if not self.popup.isVisible():
            self.popup.show()

    # ----- keys -----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
        elif key == Qt.Key.Key_Escape and self.popup.isVisible():
            self._generation += 1
            self.popup.hide()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.text().strip():
            if not self.popup.isVisible() or self.is_searching():
                self.search_now()
            self._move(key)
        else:
            super().keyPressEvent(event)

    def _move(self, key: int) -> None:
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
        rows = [r for r in range(self.results.rowCount()) if self.results.hit_at(r) is not None]
        if not rows:
            return
        current = self.popup.currentIndex().row()
        position = rows.index(current) if current in rows else -1 if step > 0 else len(rows)
        target = rows[max(0, min(len(rows) - 1, position + step))]
        self.popup.setCurrentIndex(self.results.index(target))

    def _open_current(self) -> None:
        if not self.text().strip():
            return
        if self.is_searching():
            self.search_now()  # Enter before the hits came: search for exactly what was typed
        index = self.popup.currentIndex()
        if not index.isValid() or self.results.hit_at(index.row()) is None:
            first = self.results.first_hit_row()
            index = self.results.index(first) if first is not None else QModelIndex()
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        hit = self.results.hit_at(index.row())
        if hit is None:
            return
        self._generation += 1
        self.popup.hide()
        self.record_chosen.emit(hit.record_type, hit.id)
