"""A small month to jump to a day, and to drop tasks on to move them there.

Painted rather than built from QCalendarWidget, which cannot say which day is under the mouse (a drop needs that)
nor mark days. Weeks start on the locale's first day; right to left, the days run from the right.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QMimeData, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from cardfile.ui.dates import month_year_text

MIME_TASKS = "application/x-cardfile-tasks"  # task keys, one a line: dragged from the task list or the calendar


def first_weekday() -> int:
    """The locale's first day of the week, 0 = Monday … 6 = Sunday."""
    return QLocale().firstDayOfWeek().value - 1


def weekday_names(weekdays: list[int], metrics: QFontMetrics, width: float) -> list[str]:
    """The names of `weekdays` (1 = Monday … 7 = Sunday) for columns `width` wide: the locale's short names when
    every one fits ('Mon', 'пн'), else its narrow ones ('M'): Persian's short names are whole words ('سه‌شنبه') that
    ran into each other at 1024×640."""
    locale = QLocale()
    for form in (QLocale.FormatType.ShortFormat, QLocale.FormatType.NarrowFormat):
        names = [locale.dayName(day, form) for day in weekdays]
        if all(metrics.horizontalAdvance(name) <= width - 2 for name in names):
            return names
    return names


def month_grid(year: int, month: int, first: int) -> list[date]:
    """The 42 days a month grid shows: from the week holding the 1st, six weeks."""
    day = date(year, month, 1)
    start = day - timedelta(days=(day.weekday() - first) % 7)
    return [start + timedelta(days=n) for n in range(42)]


def task_keys(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(MIME_TASKS):
        return []
    return [k for k in bytes(mime.data(MIME_TASKS).data()).decode().split("\n") if k]


def tasks_mime(keys: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME_TASKS, "\n".join(keys).encode())
    return mime


class MonthGrid(QWidget):
    """The days of one month, painted; `clicked(date)` on a click or Enter, `dropped(date, keys)` on a drop."""

    clicked = Signal(object)
    dropped = Signal(object, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("miniMonthGrid")
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        today = date.today()
        self.year, self.month = today.year, today.month
        self.today = today
        self.selected: date | None = None
        self.marked: set[date] = set()
        self._drop_day: date | None = None

    def sizeHint(self) -> QSize:
        cell = self.fontMetrics().height() + 8
        return QSize(cell * 7 + 4, cell * 7 + 4)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def days(self) -> list[date]:
        return month_grid(self.year, self.month, first_weekday())

    def _cell(self, index: int) -> QRect:
        width = self.width() / 7
        height = self.height() / 7
        column, row = index % 7, index // 7 + 1  # row 0: the weekday names
        if self.isRightToLeft():
            column = 6 - column
        return QRect(int(column * width), int(row * height), int(width), int(height))

    def date_at(self, position: QPoint) -> date | None:
        for index, day in enumerate(self.days()):
            if self._cell(index).contains(position):
                return day
        return None

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        return small

    def weekday_names(self) -> list[str]:
        """The column titles, from the locale's first day of the week, as they fit the grid's width."""
        first = first_weekday()
        weekdays = [(first + column) % 7 + 1 for column in range(7)]
        return weekday_names(weekdays, QFontMetrics(self._small_font()), self.width() / 7)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        locale = QLocale()
        width = self.width() / 7
        height = self.height() / 7
        painter.setFont(self._small_font())
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for column, name in enumerate(self.weekday_names()):
            x = (6 - column) if self.isRightToLeft() else column
            rect = QRect(int(x * width), 0, int(width), int(height))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        for index, day in enumerate(self.days()):
            rect = self._cell(index).adjusted(1, 1, -1, -1)
            inside = day.month == self.month
            if day == self.selected or day == self._drop_day:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            else:
                role = QPalette.ColorRole.Text if inside else QPalette.ColorRole.PlaceholderText
                painter.setPen(palette.color(role))
            font = QFont(self.font())
            font.setBold(day in self.marked or day == self.today)
            painter.setFont(font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, locale.toString(day.day))
            if day == self.today:
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.date_at(event.position().toPoint())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(day)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7, Qt.Key.Key_Down: 7}
        step = steps.get(Qt.Key(event.key()))
        if step is not None:
            if self.isRightToLeft() and abs(step) == 1:
                step = -step
            self.clicked.emit((self.selected or self.today) + timedelta(days=step))
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.selected:
            self.clicked.emit(self.selected)
            return
        super().keyPressEvent(event)

    # ----- dropping tasks on a day -----

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TASKS):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        day = self.date_at(event.position().toPoint())
        if day is not None and event.mimeData().hasFormat(MIME_TASKS):
            event.acceptProposedAction()
            if day != self._drop_day:
                self._drop_day = day
                self.update()
        else:
            event.ignore()

    def dragLeaveEvent(self, _event: object) -> None:
        self._drop_day = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        day = self.date_at(event.position().toPoint())
        keys = task_keys(event.mimeData())
        self._drop_day = None
        self.update()
        if day is not None and keys:
            event.acceptProposedAction()
            self.dropped.emit(day, keys)


class MiniMonth(QWidget):
    """A month with ‹ and › to page through months: `chosen(date)` when a day is clicked; `dropped(date, keys)`
    when tasks are dropped on one."""

    chosen = Signal(object)
    dropped = Signal(object, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("miniMonth")
        self.grid = MonthGrid()
        self.title = QLabel()
        self.title.setObjectName("miniMonthTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous = QToolButton()
        self.previous.setObjectName("previousMonth")
        self.previous.setAutoRaise(True)
        self.previous.setToolTip(self.tr("Previous month"))
        self.previous.setArrowType(Qt.ArrowType.LeftArrow if not self.isRightToLeft() else Qt.ArrowType.RightArrow)
        self.next = QToolButton()
        self.next.setObjectName("nextMonth")
        self.next.setAutoRaise(True)
        self.next.setToolTip(self.tr("Next month"))
        self.next.setArrowType(Qt.ArrowType.RightArrow if not self.isRightToLeft() else Qt.ArrowType.LeftArrow)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.previous)
        header.addWidget(self.title, 1)
        header.addWidget(self.next)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.grid)
        self.previous.clicked.connect(lambda: self.show_month(*_step(self.grid.year, self.grid.month, -1)))
        self.next.clicked.connect(lambda: self.show_month(*_step(self.grid.year, self.grid.month, 1)))
        self.grid.clicked.connect(self._on_clicked)
        self.grid.dropped.connect(self.dropped)
        self.show_month(self.grid.year, self.grid.month)

    def show_month(self, year: int, month: int) -> None:
        self.grid.year, self.grid.month = year, month
        self.title.setText(month_year_text(year, month))
        self.grid.update()

    def set_selected(self, day: date | None) -> None:
        self.grid.selected = day
        if day is not None and (day.year, day.month) != (self.grid.year, self.grid.month):
            self.show_month(day.year, day.month)
        self.grid.update()

    def set_today(self, day: date) -> None:
        self.grid.today = day
        self.grid.update()

    def set_marked(self, days: set[date]) -> None:
        self.grid.marked = set(days)
        self.grid.update()

    def _on_clicked(self, day: date) -> None:
        self.set_selected(day)
        self.chosen.emit(day)


def _step(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1
