"""The calendar itself: a day, a working week, a week or a month, painted in one widget.

Never one widget per activity: a month of a busy calendar holds fifteen thousand. The view paints what is in sight
from plain read models (layout.py places them), and answers the mouse from the same geometry: a click or a drag over
an empty slot asks to schedule there, a drag of a block to move it, a drag of its bottom edge to change its length, a
double click to open it. Timeless and all-day activities sit in a strip above the hours; a month shows each day's
first few and "+N more". Today's column is tinted and the current time is a line across it. Right to left, the days
run from the right and the hours stand on the right.

The view never reads the database: the page hands it what to show (`show_days`, `show_month`) and acts on its
signals.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip, QWidget

from cardfile.services.month_view import DayCount
from cardfile.services.readmodels import Occurrence
from cardfile.ui.calendar.layout import (
    MINUTES_PER_DAY,
    SHORTEST_BLOCK,
    Block,
    Mode,
    Strip,
    by_day,
    lay_out_day,
    lay_out_strip,
    local_minutes,
    snap,
)
from cardfile.ui.calendar.mini_month import weekday_names
from cardfile.ui.widgets.basics import isolated, isolated_all, line_direction, reading_lines

TYPE_COLORS = {"call": "#1e88e5", "meeting": "#43a047", "todo": "#fb8c00"}
OVERDUE = QColor("#c62828")
NOW_LINE = QColor("#e53935")
STRIP_ROWS = 3  # rows of the all-day strip shown; more make "+N" in a day's column
EDGE = 5  # pixels at a block's bottom that grab its end rather than move it


def type_color(kind: str) -> QColor:
    """A colour per activity type: the built-in ones fixed, one of one's own from its name."""
    if kind in TYPE_COLORS:
        return QColor(TYPE_COLORS[kind])
    hue = int(hashlib.sha1(kind.encode()).hexdigest()[:4], 16) % 360
    return QColor.fromHsv(hue, 150, 190)


@dataclass(frozen=True)
class _Sizes:
    line: int  # the font's line height
    gutter: int  # the hours' column: "22:00" as the locale writes it (or "all day", if wider), and a margin
    letter: int  # an average letter's width


@dataclass
class _Drag:
    kind: str  # "create", "move", "resize", "move_day" (a floating item or a month item to another day)
    origin: QPoint
    occurrence: Occurrence | None = None
    day_index: int = 0
    minute: int = 0  # where the drag started (minutes from midnight)
    current_day: int = 0
    current_minute: int = 0
    current_date: date | None = None
    started: bool = False


class CalendarView(QAbstractScrollArea):
    """See the module's docstring."""

    selected = Signal(object)  # Occurrence or None
    open_requested = Signal(object)  # Occurrence
    create_requested = Signal(object, object)  # start, end: aware datetimes; or a date and None (a day)
    move_requested = Signal(object, object)  # Occurrence, new start (aware datetime) or new day (date)
    resize_requested = Signal(object, object)  # Occurrence, new end (aware datetime)
    day_requested = Signal(object)  # a date whose day view is wanted ("+N more" in a month)

    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zone = zone
        self.mode: Mode = "week"
        self.days: list[date] = []
        self.month_anchor = date.today()
        self.now = datetime.now().astimezone(zone)
        self.occurrences: list[Occurrence] = []
        self.month: list[DayCount] = []
        self.selected_key: str | None = None
        self._blocks: dict[date, list[Block]] = {}
        self._strips: list[Strip] = []
        self._strip_rows = 0
        self._hits: list[tuple[QRectF, Occurrence]] = []  # month items as last painted
        self._more: list[tuple[QRectF, date]] = []
        self._drag: _Drag | None = None
        self._scrolled = False
        self._sizes: _Sizes | None = None
        self._clock_texts: dict[tuple[int, int], str] = {}
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    # ----- what to show -----

    def show_days(self, mode: Mode, days: Sequence[date], occurrences: Sequence[Occurrence]) -> None:
        """A day, working week or week and its occurrences (sorted, as `ActivityService.occurrences` gives them)."""
        self.mode = mode
        changed = list(days) != self.days
        self.days = list(days)
        self.occurrences = list(occurrences)
        self.month = []
        timed = by_day(self.occurrences, self.zone)
        shortest = max(SHORTEST_BLOCK, math.ceil((self._sized().line + 4) * 60 / self.hour_height()))
        self._blocks = {day: lay_out_day(timed.get(day, ()), day, self.zone, shortest) for day in self.days}
        self._strips = lay_out_strip(self.occurrences, self.days)
        self._strip_rows = max((s.row + 1 for s in self._strips), default=0)
        self._update_scroll_range()
        if changed or not self._scrolled:
            self.scroll_to_working_hours()
        self.viewport().update()

    def show_month(self, anchor: date, days: Sequence[DayCount]) -> None:
        """A month's six weeks: each day's count and first few (`ActivityService.month`)."""
        self.mode = "month"
        self.month_anchor = anchor
        self.month = list(days)
        self.days = [d.day for d in days]
        self.occurrences = [o for d in days for o in d.first]
        self._blocks, self._strips, self._strip_rows = {}, [], 0
        self._update_scroll_range()
        self.viewport().update()

    def set_now(self, now: datetime) -> None:
        self.now = now.astimezone(self.zone)
        self.viewport().update()

    def select(self, key: str | None) -> None:
        self.selected_key = key
        self.viewport().update()

    def selected_occurrence(self) -> Occurrence | None:
        return next((o for o in self.occurrences if o.key == self.selected_key), None)

    # ----- geometry -----

    def _metrics(self) -> QFontMetrics:
        return self.fontMetrics()

    def _sized(self) -> _Sizes:
        """What the font and the locale decide, worked out once (a busy week paints thousands of blocks, each
        asking for the geometry) and again when either changes."""
        if self._sizes is None:
            metrics = self.fontMetrics()
            sample = QLocale().toString(QTime(22, 0), QLocale.FormatType.ShortFormat)
            # The gutter also holds "all day" beside the strip (Persian's 'تمام روز' is wider than its times).
            widest = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(self.all_day_text()))
            self._sizes = _Sizes(metrics.height(), widest + 14, metrics.averageCharWidth())
        return self._sizes

    def all_day_text(self) -> str:
        return self.tr("all day")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LocaleChange, QEvent.Type.StyleChange):
            self._sizes = None
            self._clock_texts.clear()
        super().changeEvent(event)

    def hour_height(self) -> int:
        return max(40, int(self._sized().line * 2.6))

    def header_height(self) -> int:
        return self._sized().line + 14

    def strip_row_height(self) -> int:
        return self._sized().line + 6

    def strip_height(self) -> int:
        if self.mode == "month":
            return 0
        rows = min(max(self._strip_rows, 1), STRIP_ROWS + (1 if self._strip_rows > STRIP_ROWS else 0))
        return rows * self.strip_row_height() + 6

    def top_area(self) -> int:
        return self.header_height() + self.strip_height()

    def gutter(self) -> int:
        if self.mode == "month":
            return 0
        return self._sized().gutter

    def column_width(self) -> float:
        columns = 7 if self.mode == "month" else max(len(self.days), 1)
        return (self.viewport().width() - self.gutter()) / columns

    def column_x(self, index: int) -> float:
        """The left edge of a day's column, mirrored right to left."""
        width = self.column_width()
        if self.isRightToLeft():
            return self.viewport().width() - self.gutter() - (index + 1) * width
        return self.gutter() + index * width

    def column_at(self, x: float) -> int | None:
        width = self.column_width()
        offset = (self.viewport().width() - self.gutter() - x) if self.isRightToLeft() else (x - self.gutter())
        index = int(offset // width) if width > 0 else -1
        count = 7 if self.mode == "month" else len(self.days)
        return index if 0 <= index < count and offset >= 0 else None

    def minute_y(self, minute: float) -> float:
        return self.top_area() + minute * self.hour_height() / 60 - self.verticalScrollBar().value()

    def minute_at(self, y: float) -> float:
        return (y - self.top_area() + self.verticalScrollBar().value()) * 60 / self.hour_height()

    def _day_frame(self, index: int) -> tuple[float, float, float, float]:
        """A day's column for its blocks: left edge, width, the y of midnight, pixels a minute."""
        return self.column_x(index) + 2, self.column_width() - 4, self.minute_y(0), self.hour_height() / 60

    def block_rect(self, block: Block, index: int, frame: tuple[float, float, float, float] | None = None) -> QRectF:
        left, width, midnight, per_minute = frame or self._day_frame(index)
        column_width = width / max(block.columns, 1)
        column = block.column if not self.isRightToLeft() else block.columns - 1 - block.column
        top = midnight + block.top * per_minute
        bottom = midnight + block.bottom * per_minute
        return QRectF(left + column * column_width, top, max(column_width - 2, 3), max(bottom - top - 1, 6))

    def strip_rect(self, strip: Strip) -> QRectF:
        first, last = self.days.index(strip.first), self.days.index(strip.last)
        left = min(self.column_x(first), self.column_x(last))
        right = max(self.column_x(first), self.column_x(last)) + self.column_width()
        y = self.header_height() + 3 + strip.row * self.strip_row_height()
        return QRectF(left + 2, y, right - left - 4, self.strip_row_height() - 2)

    def month_cell(self, index: int) -> QRectF:
        header = self.header_height()
        height = (self.viewport().height() - header) / 6
        return QRectF(self.column_x(index % 7), header + (index // 7) * height, self.column_width(), height)

    def _update_scroll_range(self) -> None:
        bar = self.verticalScrollBar()
        if self.mode == "month":
            bar.setRange(0, 0)
            return
        visible = self.viewport().height() - self.top_area()
        bar.setRange(0, max(0, 24 * self.hour_height() - visible))
        bar.setPageStep(max(visible, 1))
        bar.setSingleStep(self.hour_height() // 4)

    def scroll_to_working_hours(self) -> None:
        """Bring the morning into view (or the current time, on today)."""
        hour = 7
        if self.now.date() in self.days:
            hour = max(0, min(self.now.hour - 2, 7 if self.now.hour < 10 else self.now.hour - 2))
        self.verticalScrollBar().setValue(hour * self.hour_height())
        self._scrolled = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scroll_range()

    def sizeHint(self) -> QSize:
        return QSize(800, 600)

    # ----- painting -----

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        if self.mode == "month":
            self._paint_month(painter, palette)
        elif self.days:
            self._paint_hours(painter, palette, event.rect())
        painter.end()

    def _paint_hours(self, painter: QPainter, palette: QPalette, exposed: QRect) -> None:
        width = self.viewport().width()
        top = self.top_area()
        line = palette.color(QPalette.ColorRole.Mid)
        faint = QColor(line)
        faint.setAlpha(90)
        today = self.now.date()
        hour_height = self.hour_height()
        scroll = self.verticalScrollBar().value()
        first_hour = max(0, scroll // hour_height)
        last_hour = min(24, (scroll + self.viewport().height()) // hour_height + 1)
        painter.save()
        painter.setClipRect(QRect(0, top, width, self.viewport().height() - top))
        for index, day in enumerate(self.days):  # today tinted, weekends a shade darker
            x = self.column_x(index)
            column = QRectF(x, top, self.column_width(), self.viewport().height() - top)
            if day == today:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(28)
                painter.fillRect(column, tint)
            elif day.weekday() >= 5:
                painter.fillRect(column, palette.color(QPalette.ColorRole.AlternateBase))
        for hour in range(first_hour, last_hour + 1):
            y = int(self.minute_y(hour * 60))
            painter.setPen(line)
            painter.drawLine(
                self.gutter() if not self.isRightToLeft() else 0,
                y,
                width - (self.gutter() if self.isRightToLeft() else 0),
                y,
            )
            half = int(self.minute_y(hour * 60 + 30))
            painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
            painter.drawLine(
                self.gutter() if not self.isRightToLeft() else 0,
                half,
                width - (self.gutter() if self.isRightToLeft() else 0),
                half,
            )
        painter.setPen(line)
        for index in range(len(self.days) + 1):
            x = int(
                self.column_x(index)
                if index < len(self.days)
                else self.column_x(index - 1) + (self.column_width() if not self.isRightToLeft() else 0)
            )
            painter.drawLine(x, top, x, self.viewport().height())
        visible = QRectF(exposed).intersected(QRectF(0, top, width, self.viewport().height() - top))
        for index, day in enumerate(self.days):
            frame = self._day_frame(index)
            _left, _width, midnight, per_minute = frame
            for block in self._blocks.get(day, ()):
                if (
                    midnight + block.bottom * per_minute < visible.top()
                    or midnight + block.top * per_minute > visible.bottom()
                ):
                    continue  # out of sight: above or below the hours shown
                rect = self.block_rect(block, index, frame)
                if rect.intersects(visible):
                    self._paint_block(painter, palette, rect, block.occurrence)
        if today in self.days:
            now_y = self.minute_y(local_minutes(self.now, self.zone, today))
            x = self.column_x(self.days.index(today))
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(QPointF(x, now_y), QPointF(x + self.column_width(), now_y))
            painter.setBrush(NOW_LINE)
            painter.drawEllipse(QPointF(x if not self.isRightToLeft() else x + self.column_width(), now_y), 4, 4)
        self._paint_drag(painter, palette)
        painter.restore()
        self._paint_gutter(painter, palette, first_hour, last_hour)
        self._paint_header(painter, palette)
        self._paint_strip(painter, palette)

    def _paint_block(self, painter: QPainter, palette: QPalette, rect: QRectF, o: Occurrence) -> None:
        color = type_color(o.kind)
        fill = QColor(color)
        fill.setAlpha(70 if o.status == "scheduled" else 35)
        painter.fillRect(rect, fill)
        stripe = (
            QRectF(rect.right() - 3, rect.top(), 3, rect.height())
            if self.isRightToLeft()
            else QRectF(rect.left(), rect.top(), 3, rect.height())
        )
        painter.fillRect(stripe, OVERDUE if o.overdue else color)
        if o.key == self.selected_key:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        text_rect = rect.adjusted(6, 1, -4, -1) if not self.isRightToLeft() else rect.adjusted(4, 1, -6, -1)
        self._block_text(painter, palette, text_rect, o)

    def _block_text(
        self, painter: QPainter, palette: QPalette, rect: QRectF, o: Occurrence, *, placed: bool = True
    ) -> None:
        """The text of a block (`placed`: its place in the hours says its time) or of a month's item."""
        if rect.width() < self._sized().letter * 1.5:
            return  # not a letter would fit: the tooltip says it
        font = self.font()
        if o.status == "cancelled":
            font = QFont(font)
            font.setStrikeOut(True)
        painter.setFont(font)
        metrics = QFontMetrics(font) if o.status == "cancelled" else self.fontMetrics()
        color = OVERDUE if o.overdue else palette.color(QPalette.ColorRole.Text)
        if o.status != "scheduled":
            color = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(color)
        start = self._time_text(o)
        # the subject and the names isolated: the time comes first on the reading side, and 'Meeting with Maple
        # Capital Corp.' keeps its full stop at its end in a Persian week
        subject = isolated(o.subject)
        first = f"{start} {subject}" if start else subject
        narrow = metrics.horizontalAdvance(start) * 3 > rect.width()
        if placed and start and narrow and metrics.horizontalAdvance(first) > rect.width():
            first = subject  # a narrow block (overlaps share a column): its place says the time, the subject fits
        lines = [f"↻ {first}" if o.series_id is not None else first]
        if rect.height() >= metrics.height() * 2 and o.contacts:
            lines.append(isolated_all(r.name for r in o.contacts))
        align = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignAbsolute
        align |= Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        # Each line runs in the window's direction, its values in their own (a Latin subject in a right-to-left
        # window still ends, and is cut short, at its right), and keeps to the block's side.
        painter.save()
        y = rect.top()
        for text in lines:
            painter.setLayoutDirection(line_direction(text, self.layoutDirection()))
            if y + metrics.height() > rect.bottom() + 2 and y > rect.top():
                break
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
            if elided in ("", "…"):  # too narrow to say anything: the tooltip says it
                break
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()), align, elided)
            y += metrics.height()
        painter.restore()

    def tooltip_text(self, o: Occurrence) -> str:
        """What a block, a strip or a month's item says in full: when, what, with whom, and whether it is overdue."""
        if o.floating or o.starts_at is None:
            when = self.tr("All day") if o.all_day else self.tr("Any time")
        elif o.ends_at is None or o.ends_at <= o.starts_at:  # no length: its start
            when = self._time_text(o)
        else:
            end = o.ends_at.astimezone(self.zone)
            when = self.tr("{start} – {end}").format(
                start=self._time_text(o), end=self._clock_text(end.hour, end.minute)
            )
        lines = [f"{when}  {isolated(o.subject)}", o.type_name]
        if o.contacts:
            lines.append(isolated_all(r.name for r in o.contacts))
        if o.overdue:
            lines.append(self.tr("overdue"))
        return reading_lines("\n".join(lines))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            o = self.occurrence_at(QPointF(event.pos()))
            if o is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(o), self.viewport())
            return True
        return super().viewportEvent(event)

    def _time_text(self, o: Occurrence) -> str:
        if o.floating or o.starts_at is None:
            return ""
        local = o.starts_at.astimezone(self.zone)
        return self._clock_text(local.hour, local.minute)

    def _clock_text(self, hour: int, minute: int) -> str:
        """A time of day as the locale writes it (a week's thousands of blocks share a few dozen)."""
        key = (hour, minute)
        text = self._clock_texts.get(key)
        if text is None:
            text = self._clock_texts[key] = QLocale().toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
        return text

    def _paint_gutter(self, painter: QPainter, palette: QPalette, first_hour: int, last_hour: int) -> None:
        gutter = self.gutter()
        x = self.viewport().width() - gutter if self.isRightToLeft() else 0
        top = self.top_area()
        painter.fillRect(
            QRect(x, top, gutter, self.viewport().height() - top), palette.color(QPalette.ColorRole.Window)
        )
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.setFont(self.font())
        height = self._metrics().height()
        for hour in range(max(first_hour, 1), min(last_hour, 23) + 1):
            y = self.minute_y(hour * 60)
            if y - height / 2 < top:
                continue
            text = QLocale().toString(QTime(hour, 0), QLocale.FormatType.ShortFormat)
            painter.drawText(QRectF(x + 4, y - height / 2, gutter - 8, height), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_header(self, painter: QPainter, palette: QPalette) -> None:
        height = self.header_height()
        painter.fillRect(QRect(0, 0, self.viewport().width(), height), palette.color(QPalette.ColorRole.Window))
        locale = QLocale()
        today = self.now.date()
        columns = self.days[:7] if self.mode == "month" else self.days
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        number = 0 if self.mode == "month" else metrics.horizontalAdvance(locale.toString(28) + " ")
        room = self.column_width() - number
        names = weekday_names([day.isoweekday() for day in columns], metrics, room)
        for index, (day, name) in enumerate(zip(columns, names, strict=True)):
            rect = QRectF(self.column_x(index), 0, self.column_width(), height)
            text = name if self.mode == "month" else f"{name} {locale.toString(day.day)}"
            font = QFont(self.font())
            font.setBold(day == today and self.mode != "month")
            painter.setFont(font)
            painter.setPen(
                palette.color(QPalette.ColorRole.Highlight)
                if day == today and self.mode != "month"
                else palette.color(QPalette.ColorRole.WindowText)
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, height - 1, self.viewport().width(), height - 1)

    def _paint_strip(self, painter: QPainter, palette: QPalette) -> None:
        top, height = self.header_height(), self.strip_height()
        painter.fillRect(QRect(0, top, self.viewport().width(), height), palette.color(QPalette.ColorRole.Base))
        hidden: dict[int, int] = {}
        for strip in self._strips:
            if strip.row >= STRIP_ROWS and self._strip_rows > STRIP_ROWS + 1:
                for day in range((strip.last - strip.first).days + 1):
                    index = self.days.index(strip.first) + day
                    hidden[index] = hidden.get(index, 0) + 1
                continue
            rect = self.strip_rect(strip)
            o = strip.occurrence
            fill = QColor(type_color(o.kind))
            fill.setAlpha(55 if o.status == "scheduled" else 30)
            painter.fillRect(rect, fill)
            if o.key == self.selected_key:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            self._block_text(painter, palette, rect.adjusted(4, 0, -4, 0), o)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for index, count in hidden.items():
            y = top + STRIP_ROWS * self.strip_row_height() + 3
            rect = QRectF(self.column_x(index), y, self.column_width(), self.strip_row_height())
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("+%Ln more", "", count))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(0, top + height - 1, self.viewport().width(), top + height - 1)
        gutter = self.gutter()
        x = self.viewport().width() - gutter if self.isRightToLeft() else 0
        painter.fillRect(QRect(x, top, gutter, height - 1), palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(x, top, gutter, height), Qt.AlignmentFlag.AlignCenter, self.all_day_text())

    def _paint_month(self, painter: QPainter, palette: QPalette) -> None:
        self._paint_header(painter, palette)
        self._hits, self._more = [], []
        locale = QLocale()
        metrics = self._metrics()
        line_height = metrics.height() + 2
        today = self.now.date()
        month = self.month_anchor.month
        for index, cell in enumerate(self.month):
            rect = self.month_cell(index)
            if cell.day == today:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(28)
                painter.fillRect(rect, tint)
            elif cell.day.month != month:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            font = QFont(self.font())
            font.setBold(cell.day == today)
            painter.setFont(font)
            role = QPalette.ColorRole.Text if cell.day.month == month else QPalette.ColorRole.PlaceholderText
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if cell.day == today else palette.color(role))
            side = Qt.AlignmentFlag.AlignLeft if self.isRightToLeft() else Qt.AlignmentFlag.AlignRight
            number = locale.toString(cell.day.day)
            painter.drawText(rect.adjusted(4, 2, -6, 0), Qt.AlignmentFlag.AlignTop | side, number)
            if cell.overdue:
                painter.setPen(OVERDUE)
                other = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
                # Never over the day's number: "просрочено 2" ran into it in a narrow week.
                room = rect.width() - 16 - QFontMetrics(font).horizontalAdvance(number)
                overdue = self.overdue_text(cell.overdue, room)
                painter.setFont(self.font())
                painter.drawText(rect.adjusted(6, 2, -4, 0), Qt.AlignmentFlag.AlignTop | other, overdue)
            room = int((rect.height() - line_height - 4) // line_height)
            shown = list(cell.first[: max(room - (1 if cell.count > room else 0), 0)])
            y = rect.top() + line_height + 2
            for o in shown:
                item = QRectF(rect.left() + 3, y, rect.width() - 6, line_height - 1)
                self._paint_month_item(painter, palette, item, o)
                self._hits.append((item, o))
                y += line_height
            hidden = cell.count - len(shown)
            if hidden > 0:
                more = QRectF(rect.left() + 3, y, rect.width() - 6, line_height - 1)
                painter.setFont(self.font())
                painter.setPen(palette.color(QPalette.ColorRole.Link))
                painter.drawText(
                    more,
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                    self.tr("+%Ln more", "", hidden),
                )
                self._more.append((more, cell.day))
        if self._drag is not None and self._drag.started and self._drag.current_date is not None:
            index = self.days.index(self._drag.current_date) if self._drag.current_date in self.days else -1
            if index >= 0:
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
                painter.drawRect(self.month_cell(index).adjusted(2, 2, -2, -2))

    def overdue_text(self, count: int, room: float) -> str:
        """A month cell's "2 overdue", elided to `room` pixels (the tooltip and the day say the rest)."""
        return self.fontMetrics().elidedText(self.tr("%Ln overdue", "", count), Qt.TextElideMode.ElideRight, int(room))

    def _paint_month_item(self, painter: QPainter, palette: QPalette, rect: QRectF, o: Occurrence) -> None:
        color = type_color(o.kind)
        if o.floating:
            fill = QColor(color)
            fill.setAlpha(55 if o.status == "scheduled" else 30)
            painter.fillRect(rect, fill)
        else:
            dot = (
                QRectF(rect.right() - 8, rect.center().y() - 3, 6, 6)
                if self.isRightToLeft()
                else QRectF(rect.left() + 1, rect.center().y() - 3, 6, 6)
            )
            painter.setBrush(OVERDUE if o.overdue else color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(dot)
            rect = rect.adjusted(10, 0, 0, 0) if not self.isRightToLeft() else rect.adjusted(0, 0, -10, 0)
        if o.key == self.selected_key:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
        self._block_text(painter, palette, rect.adjusted(2, 0, -2, 0), o, placed=False)

    def _paint_drag(self, painter: QPainter, palette: QPalette) -> None:
        drag = self._drag
        if drag is None or not drag.started:
            return
        highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
        if drag.kind == "create":
            top, bottom = sorted((drag.minute, drag.current_minute))
            bottom = max(bottom, top + 15)
            rect = QRectF(
                self.column_x(drag.day_index) + 2,
                self.minute_y(top),
                self.column_width() - 4,
                self.minute_y(bottom) - self.minute_y(top),
            )
            fill = QColor(highlight)
            fill.setAlpha(70)
            painter.fillRect(rect, fill)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                rect.adjusted(6, 2, -4, -2),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading,
                f"{_clock(top)} – {_clock(bottom)}",
            )
        elif drag.kind in ("move", "resize") and drag.occurrence is not None:
            top, bottom = self._dragged_span(drag)
            rect = QRectF(
                self.column_x(drag.current_day) + 2,
                self.minute_y(top),
                self.column_width() - 4,
                self.minute_y(bottom) - self.minute_y(top),
            )
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            painter.drawText(
                rect.adjusted(6, 2, -4, -2),
                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading,
                f"{_clock(top)} – {_clock(bottom)}",
            )
        elif drag.kind == "move_day" and drag.current_date in self.days:
            index = self.days.index(drag.current_date)
            rect = QRectF(
                self.column_x(index) + 2, self.header_height() + 2, self.column_width() - 4, self.strip_height() - 4
            )
            painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)

    # ----- the mouse -----

    def _block_at(self, point: QPointF) -> tuple[Block, int, QRectF] | None:
        for index, day in enumerate(self.days):
            for block in reversed(self._blocks.get(day, ())):
                rect = self.block_rect(block, index)
                if rect.contains(point):
                    return block, index, rect
        return None

    def _strip_at(self, point: QPointF) -> Strip | None:
        return next((s for s in self._strips if s.row < STRIP_ROWS + 1 and self.strip_rect(s).contains(point)), None)

    def occurrence_at(self, point: QPointF) -> Occurrence | None:
        """The occurrence drawn under a point of the viewport, if any."""
        if self.mode == "month":
            return next((o for rect, o in self._hits if rect.contains(point)), None)
        if point.y() < self.top_area():
            strip = self._strip_at(point)
            return strip.occurrence if strip is not None else None
        found = self._block_at(point)
        return found[0].occurrence if found is not None else None

    def date_at(self, point: QPointF) -> date | None:
        if self.mode == "month":
            return next((d.day for i, d in enumerate(self.month) if self.month_cell(i).contains(point)), None)
        index = self.column_at(point.x())
        return self.days[index] if index is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        point = event.position()
        origin = point.toPoint()
        self._drag = None
        if self.mode == "month":
            more = next((day for rect, day in self._more if rect.contains(point)), None)
            if more is not None:
                self.day_requested.emit(more)
                return
            o = self.occurrence_at(point)
            self._choose(o)
            day = self.date_at(point)
            if o is not None:
                self._drag = _Drag("move_day", origin, o, current_date=day)
            elif day is not None:
                self._drag = _Drag("create_day", origin, current_date=day)
            return
        index = self.column_at(point.x())
        if point.y() < self.top_area():
            strip = self._strip_at(point)
            self._choose(strip.occurrence if strip is not None else None)
            day = self.days[index] if index is not None else None
            if strip is not None:
                self._drag = _Drag("move_day", origin, strip.occurrence, current_date=day)
            elif day is not None and point.y() > self.header_height():
                self._drag = _Drag("create_day", origin, current_date=day)
            return
        if index is None:
            return
        found = self._block_at(point)
        minute = int(self.minute_at(point.y()))
        if found is not None:
            block, day_index, rect = found
            self._choose(block.occurrence)
            kind = "resize" if rect.bottom() - point.y() <= _edge(rect) else "move"
            self._drag = _Drag(kind, origin, block.occurrence, day_index, minute, day_index, minute)
        else:
            self._choose(None)
            start = snap(minute, 30) if snap(minute, 30) <= minute else snap(minute, 30) - 30
            self._drag = _Drag("create", origin, None, index, start, index, start + 30)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        point = event.position()
        if drag is None:
            self._hover_cursor(point)
            return
        if not drag.started:
            if (point.toPoint() - drag.origin).manhattanLength() < QApplication.startDragDistance():
                return
            drag.started = True
        index = self.column_at(point.x())
        if index is not None:
            drag.current_day = index
        drag.current_minute = max(0, min(MINUTES_PER_DAY, int(self.minute_at(point.y()))))
        drag.current_date = self.date_at(point)
        self.viewport().update()

    def _hover_cursor(self, point: QPointF) -> None:
        shape = Qt.CursorShape.ArrowCursor
        if self.mode != "month" and point.y() >= self.top_area():
            found = self._block_at(point)
            if found is not None:
                shape = (
                    Qt.CursorShape.SizeVerCursor
                    if found[2].bottom() - point.y() <= _edge(found[2])
                    else (Qt.CursorShape.PointingHandCursor)
                )
        self.viewport().setCursor(shape)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        self.viewport().update()
        if drag.kind == "create":
            top, bottom = sorted((drag.minute, drag.current_minute if drag.started else drag.minute + 30))
            top, bottom = snap(top), max(snap(bottom), snap(top) + 15)
            day = self.days[drag.day_index]
            self.create_requested.emit(self._at(day, top), self._at(day, bottom))
        elif drag.kind == "create_day" and drag.current_date is not None and not drag.started:
            self.create_requested.emit(drag.current_date, None)
        elif not drag.started or drag.occurrence is None:
            return
        elif drag.kind == "move":
            top, _ = self._dragged_span(drag)
            new_start = self._at(self.days[drag.current_day], top)
            if drag.occurrence.starts_at is None or new_start != drag.occurrence.starts_at:
                self.move_requested.emit(drag.occurrence, new_start)
        elif drag.kind == "resize":
            _, bottom = self._dragged_span(drag)
            day = self.days[drag.day_index]
            new_end = self._at(day, bottom)
            if new_end != drag.occurrence.ends_at:
                self.resize_requested.emit(drag.occurrence, new_end)
        elif drag.kind == "move_day" and drag.current_date is not None:
            o = drag.occurrence
            if o.floating:
                if o.starts_at is not None and drag.current_date != o.starts_at.date():
                    self.move_requested.emit(o, drag.current_date)
            elif o.starts_at is not None:
                local = o.starts_at.astimezone(self.zone)
                if drag.current_date != local.date():
                    self.move_requested.emit(o, self._at(drag.current_date, local.hour * 60 + local.minute))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        o = self.occurrence_at(event.position())
        self._drag = None
        if o is not None:
            self.open_requested.emit(o)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chosen = self.selected_occurrence()
            if chosen is not None:
                self.open_requested.emit(chosen)
                return
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.viewport().update()
            return
        super().keyPressEvent(event)

    def _choose(self, o: Occurrence | None) -> None:
        self.selected_key = o.key if o is not None else None
        self.viewport().update()
        self.selected.emit(o)

    def _dragged_span(self, drag: _Drag) -> tuple[int, int]:
        o = drag.occurrence
        assert o is not None and o.starts_at is not None
        day = self.days[drag.day_index]
        top = local_minutes(o.starts_at, self.zone, day)
        end = o.ends_at if o.ends_at is not None and o.ends_at > o.starts_at else o.starts_at
        bottom = local_minutes(end, self.zone, day)
        if drag.kind == "resize":
            return top, max(top + 15, snap(bottom + drag.current_minute - drag.minute))
        moved = snap(top + drag.current_minute - drag.minute)
        return moved, moved + (bottom - top)

    def _at(self, day: date, minute: int) -> datetime:
        """An aware moment: `minute` minutes after the local midnight of `day` (past midnight: the next day)."""
        whole = datetime.combine(day, time()) + timedelta(minutes=minute)
        return whole.replace(tzinfo=self.zone)


def _edge(rect: QRectF) -> float:
    """How near its bottom a block is grabbed by its end: a short block keeps most of itself for moving."""
    return min(EDGE, rect.height() / 4)


def _clock(minute: int) -> str:
    minute = max(0, min(minute, MINUTES_PER_DAY))
    if minute == MINUTES_PER_DAY:
        minute -= 1
    return QLocale().toString(QTime(minute // 60, minute % 60), QLocale.FormatType.ShortFormat)
