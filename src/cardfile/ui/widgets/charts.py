"""Bar and pie charts, drawn with QPainter, whose bars and slices can be clicked: the dashboard's and the forecast's.

A chart only draws: its figures arrive already added up by the services, exactly, per currency; the heights are
plotted from them, and every tooltip and label shows the exact amount the caller wrote. A click on a bar or a
slice says which (`bar_clicked(series, category)`, `slice_clicked(index)`), and the page opens what is behind it.
A bar chart follows the layout direction as the rest of the window does: right to left (Persian), the categories
(months, so time) run from the right, the value axis and the stages' names stand on the right, a horizontal bar
grows leftwards and the legend reads from the right. Its geometry is worked out left to right and mirrored as drawn.
Drawn here rather than with QtCharts, which brought 3 MB of libraries (and 9 MB of OpenGL bindings) into the bundle
for two kinds of picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# Colours that read on light and dark backgrounds alike, in the order series and slices take them.
PALETTE = ("#2e86de", "#8395a7", "#10ac84", "#ee5253", "#f39c12", "#5f27cd", "#01a3a4", "#c8d6e5")
MARGIN = 4  # around the whole picture
BAR_WIDTH = 0.5  # of a category's slot, shared by its bars side by side
TICKS = 4  # the value axis aims at this many labels, then takes nice steps


@dataclass(frozen=True)
class Bars:
    """One series: its name (in the legend), a height per category, and what each bar's tooltip says."""

    name: str
    heights: Sequence[float]
    tooltips: Sequence[str]


@dataclass(frozen=True)
class ChartText:
    """A text as drawn: its box, its (absolute) alignment and the words."""

    box: QRectF
    flags: int
    text: str


@dataclass(frozen=True)
class ValueAxis:
    """The value axis as drawn: from `low` to `high` in steps of `step`, labels with `decimals` decimals."""

    low: float
    high: float
    step: float
    decimals: int
    title: str


def _nice(number: float, *, ceiling: bool) -> float:
    """1, 2 or 5 times a power of ten near `number` (up to it with `ceiling`, else the nearest)."""
    power = 10 ** math.floor(math.log10(number))
    fraction = number / power
    if ceiling:
        nice = 1 if fraction <= 1 else 2 if fraction <= 2 else 5 if fraction <= 5 else 10
    else:
        nice = 1 if fraction < 1.5 else 2 if fraction < 3 else 5 if fraction < 7 else 10
    return nice * power


def nice_axis(top: float, title: str = "") -> ValueAxis:
    """An axis from 0 that holds `top` with some room above, in steps of 1, 2 or 5 times a power of ten."""
    if top <= 0:
        return ValueAxis(0.0, 1.0, 0.5, 1, title)
    step = _nice(_nice(top * 1.08, ceiling=True) / (TICKS - 1), ceiling=False)
    high = math.ceil(top * 1.08 / step - 1e-9) * step
    decimals = next((d for d in range(3) if abs(step * 10**d - round(step * 10**d)) < 1e-6), 2)
    return ValueAxis(0.0, high, step, decimals, title)


def _scale(top: float, unit: str) -> tuple[float, str]:
    """(divisor, axis title) that keep an axis's labels to a few digits: 6,000,000 EUR is 6 on "EUR, millions"."""
    tr = QCoreApplication.translate
    for divisor, low, title in (
        (1e9, 1e9, tr("Chart", "{unit}, billions")),
        (1e6, 1e6, tr("Chart", "{unit}, millions")),
        (1e3, 1e5, tr("Chart", "{unit}, thousands")),
    ):
        if top >= low:
            return divisor, title.format(unit=unit).strip(", ")
    return 1.0, unit


class _Chart(QWidget):
    """What both charts share: colours from the palette, smaller type for labels, tooltips and clicks by position."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._pressed: object = None

    def viewport(self) -> QWidget:
        """The widget that takes the mouse (the chart itself), as a scroll area's viewport would."""
        return self

    def sizeHint(self) -> QSize:
        return QSize(320, 200)

    def minimumSizeHint(self) -> QSize:
        return QSize(60, 60)

    def label_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        return font

    def text_colour(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.WindowText)

    # ----- right to left: geometry is worked out left to right, then mirrored as drawn -----

    def mirrored(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def visual_x(self, x: float) -> float:
        return self.width() - x if self.mirrored() else x

    def visual_point(self, point: QPointF) -> QPointF:
        return QPointF(self.visual_x(point.x()), point.y())

    def visual_rect(self, rect: QRectF) -> QRectF:
        if not self.mirrored():
            return QRectF(rect)
        return QRectF(self.width() - rect.right(), rect.top(), rect.width(), rect.height())

    def visual_alignment(self, flags: Qt.AlignmentFlag) -> int:
        """Left and right swapped when mirrored; absolute, so the painter does not swap them again."""
        flags = Qt.AlignmentFlag(flags)
        if self.mirrored():
            horizontal = flags & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
            if horizontal in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight):
                flags ^= Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
        return int(flags | Qt.AlignmentFlag.AlignAbsolute)

    def hit(self, point: QPointF) -> object:  # the part under a point, or None
        raise NotImplementedError

    def tooltip_of(self, part: object) -> str:
        raise NotImplementedError

    def clicked(self, part: object) -> None:
        raise NotImplementedError

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        part = self.hit(event.position())
        if part is None:
            self.unsetCursor()
            QToolTip.hideText()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_of(part), self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.hit(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        part = self.hit(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if part is not None and part == self._pressed:
            self.clicked(part)
        self._pressed = None
        super().mouseReleaseEvent(event)


class BarChart(_Chart):
    """Bars by category (stages, months), one series or several side by side; horizontal or upright."""

    bar_clicked = Signal(int, int)  # series, category

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.categories: list[str] = []
        self.series: list[Bars] = []
        self.scale = 1.0
        self.value_axis = nice_axis(0)
        self.legend_shown = False

    def show_bars(
        self, categories: Sequence[str], series: Sequence[Bars], *, legend: bool = True, unit: str = ""
    ) -> None:
        """Draw the bars; `unit` (a currency code) names the value axis, scaled to thousands or millions when
        the heights are large, so its labels stay short."""
        self.categories = list(categories)
        self.series = list(series)
        top = max([0.0, *(float(h) for one in series for h in one.heights)])
        self.scale, title = _scale(top, unit)
        self.value_axis = nice_axis(top / self.scale, title)
        self.legend_shown = legend and len(series) > 1
        self.update()

    def height_of(self, series: int, category: int) -> float:
        """A bar's height as drawn (scaled to the axis's unit)."""
        return float(self.series[series].heights[category]) / self.scale

    # ----- geometry (worked out left to right; what is drawn goes through visual_rect) -----

    def _value_text(self, value: float) -> str:
        return self.locale().toString(value, "f", self.value_axis.decimals)

    def _values(self) -> list[float]:
        axis = self.value_axis
        count = round((axis.high - axis.low) / axis.step)
        return [axis.low + n * axis.step for n in range(count + 1)]

    def _legend_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 10 if self.legend_shown else 0.0

    def _area(self) -> QRectF:
        """The plot area, left to right: inside the axes' labels and titles and above the legend."""
        labels = QFontMetricsF(self.label_font())
        title = labels.height() + 4 if self.value_axis.title else 0.0
        values = max((labels.horizontalAdvance(self._value_text(v)) for v in self._values()), default=0.0)
        names = max((labels.horizontalAdvance(name) for name in self.categories), default=0.0)
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN + labels.height() / 2, -MARGIN, -MARGIN)
        area.setBottom(area.bottom() - self._legend_height())
        if self.horizontal:  # names at the start; values, then the axis's title, below
            area.adjust(names + 10, 0, -values / 2, -(labels.height() + 6 + title))
        else:  # the axis's title (turned) and the values at the start; names below
            area.adjust(title + values + 10, 0, 0, -(labels.height() + 8))
        return area

    def plot_area(self) -> QRectF:
        """Where the bars are drawn, as drawn (mirrored right to left)."""
        return self.visual_rect(self._area())

    def _along(self, area: QRectF, value: float) -> float:
        """Where a value lies along the value axis, in pixels (left to right)."""
        axis = self.value_axis
        share = (value - axis.low) / (axis.high - axis.low)
        return area.left() + share * area.width() if self.horizontal else area.bottom() - share * area.height()

    def _slot(self, area: QRectF) -> float:
        return (area.height() if self.horizontal else area.width()) / max(len(self.categories), 1)

    def _bar(self, series: int, category: int, area: QRectF) -> QRectF:
        """A bar, left to right."""
        slot = self._slot(area)
        thickness = slot * BAR_WIDTH / max(len(self.series), 1)
        start = category * slot + (slot - slot * BAR_WIDTH) / 2 + series * thickness
        end = self._along(area, min(self.height_of(series, category), self.value_axis.high))
        if self.horizontal:
            return QRectF(area.left(), area.top() + start, end - area.left(), thickness)
        return QRectF(area.left() + start, end, thickness, area.bottom() - end)

    def bar_rect(self, series: int, category: int) -> QRectF:
        """A bar as drawn."""
        return self.visual_rect(self._bar(series, category, self._area()))

    def bar_position(self, series: int, category: int) -> QPoint:
        """Where a bar is drawn (its middle): for a click from a test."""
        return self.bar_rect(series, category).center().toPoint()

    def value_labels(self) -> list[ChartText]:
        """The values along the value axis, as drawn: beside the plot area's start, or below it when horizontal."""
        area = self._area()
        height = QFontMetricsF(self.label_font()).height()
        shown = []
        for value in self._values():
            at = self._along(area, value)
            if self.horizontal:
                box = QRectF(at - 60, area.bottom() + 5, 120, height)
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            else:
                box = QRectF(area.left() - 208, at - height / 2, 200, height)
                flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            shown.append(ChartText(self.visual_rect(box), self.visual_alignment(flags), self._value_text(value)))
        return shown

    def category_labels(self) -> list[ChartText]:
        """Each category's name beside its slot, as drawn."""
        area = self._area()
        slot = self._slot(area)
        height = QFontMetricsF(self.label_font()).height()
        shown = []
        for n, name in enumerate(self.categories):
            if self.horizontal:
                box = QRectF(MARGIN, area.top() + n * slot, area.left() - MARGIN - 8, slot)
                flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            else:
                box = QRectF(area.left() + n * slot - 20, area.bottom() + 6, slot + 40, height)
                flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            shown.append(ChartText(self.visual_rect(box), self.visual_alignment(flags), name))
        return shown

    def legend_entries(self) -> list[tuple[QRectF, ChartText]]:
        """Each series' colour box and name in the legend, as drawn, from the reading side; none when hidden."""
        if not self.legend_shown:
            return []
        metrics = QFontMetricsF(self.font())
        box = metrics.height() * 0.6
        widths = [box + 5 + metrics.horizontalAdvance(one.name) for one in self.series]
        x = (self.width() - sum(widths) - 14 * (len(widths) - 1)) / 2
        y = self.height() - MARGIN - metrics.height() - 2
        entries = []
        for one, width in zip(self.series, widths, strict=True):
            swatch = QRectF(x, y + (metrics.height() - box) / 2, box, box)
            name = QRectF(x + box + 5, y, width - box - 5, metrics.height())
            flags = self.visual_alignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            entries.append((self.visual_rect(swatch), ChartText(self.visual_rect(name), flags, one.name)))
            x += width + 14
        return entries

    def hit(self, point: QPointF) -> tuple[int, int] | None:
        area = self._area()
        for series in range(len(self.series)):
            for category in range(len(self.categories)):
                bar = self._bar(series, category, area)
                # a bar too short to aim at still takes a click across its thickness, just off the axis
                reach = bar.adjusted(0, 0, 3, 0) if self.horizontal else bar.adjusted(0, -3, 0, 0)
                if self.visual_rect(reach).contains(point):
                    return series, category
        return None

    def tooltip_of(self, part: object) -> str:
        assert isinstance(part, tuple)
        series, category = part
        return self.series[series].tooltips[category]

    def clicked(self, part: object) -> None:
        assert isinstance(part, tuple)
        self.bar_clicked.emit(*part)

    # ----- drawing -----

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        # Texts take the interface's direction (a Persian title reads right to left); the alignments drawn are
        # absolute, already mirrored by visual_alignment.
        painter.setLayoutDirection(self.layoutDirection())
        area = self._area()
        text = self.text_colour()
        grid = self.palette().color(QPalette.ColorRole.Midlight)
        line = self.palette().color(QPalette.ColorRole.Mid)
        labels = QFontMetricsF(self.label_font())

        def draw_line(start: QPointF, end: QPointF) -> None:
            painter.drawLine(self.visual_point(start), self.visual_point(end))

        # grid lines across the values, and a light line between categories
        painter.setPen(QPen(grid, 1))
        for value in self._values():
            at = self._along(area, value)
            if self.horizontal:
                draw_line(QPointF(at, area.top()), QPointF(at, area.bottom()))
            else:
                draw_line(QPointF(area.left(), at), QPointF(area.right(), at))
        slot = self._slot(area)
        for n in range(len(self.categories)):
            if self.horizontal:
                draw_line(QPointF(area.left(), area.top() + n * slot), QPointF(area.right(), area.top() + n * slot))
            else:
                draw_line(QPointF(area.left() + n * slot, area.top()), QPointF(area.left() + n * slot, area.bottom()))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.visual_rect(area))
        # the values along the axis and each category's name
        painter.setFont(self.label_font())
        painter.setPen(text)
        for label in (*self.value_labels(), *self.category_labels()):
            painter.drawText(label.box, label.flags, label.text)
        # the axes' own lines: the base the bars stand on, and the names' side
        painter.setPen(QPen(line, 1))
        draw_line(area.bottomLeft(), area.topLeft() if self.horizontal else area.bottomRight())
        draw_line(area.bottomLeft(), area.bottomRight() if self.horizontal else area.topLeft())
        if self.value_axis.title:
            painter.setPen(text)
            if self.horizontal:
                below = area.bottom() + labels.height() + 8
                painter.drawText(
                    self.visual_rect(QRectF(area.left(), below, area.width(), labels.height())),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    self.value_axis.title,
                )
            else:  # turned to read upwards, beside the values on the reading side
                painter.save()
                left = self.visual_rect(QRectF(MARGIN, 0, labels.height(), 1)).left()
                # (a transform rather than painter.translate, a name the translation kit reads as Qt's tr)
                painter.setTransform(QTransform.fromTranslate(left, area.center().y()).rotate(-90), True)
                painter.drawText(
                    QRectF(-area.height() / 2, 0, area.height(), labels.height()),
                    int(Qt.AlignmentFlag.AlignHCenter),
                    self.value_axis.title,
                )
                painter.restore()
        # the bars
        for series in range(len(self.series)):
            colour = QColor(PALETTE[series % len(PALETTE)])
            painter.setPen(QPen(colour, 1))
            painter.setBrush(colour)
            for category in range(len(self.categories)):
                if self.height_of(series, category) > 0:
                    painter.drawRect(self.visual_rect(self._bar(series, category, area)))
        # the legend
        painter.setFont(self.font())
        for n, (swatch, name) in enumerate(self.legend_entries()):
            colour = QColor(PALETTE[n % len(PALETTE)])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(swatch)
            painter.setPen(text)
            painter.drawText(name.box, name.flags, name.text)
        painter.end()


class PieChart(_Chart):
    """Slices of a whole (won against lost); a click on a slice says which."""

    slice_clicked = Signal(int)
    PIE_SIZE = 0.7  # of the smaller side of the picture

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slices: list[tuple[str, float, str, str]] = []

    def show_slices(self, slices: Sequence[tuple[str, float, str, str]]) -> None:
        """(label, size, tooltip, colour) per slice; slices of size 0 are left out of the picture."""
        self.slices = [(label, float(size), tooltip, colour) for label, size, tooltip, colour in slices]
        self.update()

    def _circle(self) -> QRectF:
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        side = min(area.width(), area.height()) * self.PIE_SIZE
        return QRectF(area.center().x() - side / 2, area.center().y() - side / 2, side, side)

    def _spans(self) -> list[tuple[float, float]]:
        """Each slice's start and span in degrees, clockwise from twelve o'clock."""
        whole = sum(size for _label, size, _tip, _colour in self.slices if size > 0)
        spans, start = [], 0.0
        for _label, size, _tip, _colour in self.slices:
            span = 360 * size / whole if whole and size > 0 else 0.0
            spans.append((start, span))
            start += span
        return spans

    def slice_position(self, index: int) -> QPoint:
        """The middle of a slice: for a click from a test."""
        circle = self._circle()
        start, span = self._spans()[index]
        angle = math.radians(start + span / 2)
        radius = circle.width() / 2 * 0.6
        centre = circle.center()
        return QPointF(centre.x() + radius * math.sin(angle), centre.y() - radius * math.cos(angle)).toPoint()

    def hit(self, point: QPointF) -> int | None:
        circle = self._circle()
        dx, dy = point.x() - circle.center().x(), point.y() - circle.center().y()
        if math.hypot(dx, dy) > circle.width() / 2:
            return None
        angle = math.degrees(math.atan2(dx, -dy)) % 360
        return next(
            (n for n, (start, span) in enumerate(self._spans()) if span > 0 and start <= angle < start + span), None
        )

    def tooltip_of(self, part: object) -> str:
        assert isinstance(part, int)
        return self.slices[part][2]

    def clicked(self, part: object) -> None:
        self.slice_clicked.emit(part)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        circle = self._circle()
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Base), 1))
        for (start, span), (_label, _size, _tip, colour) in zip(self._spans(), self.slices, strict=True):
            if span <= 0:
                continue
            painter.setBrush(QColor(colour))
            if span >= 360:
                painter.drawEllipse(circle)
                continue
            path = QPainterPath(circle.center())
            path.arcTo(circle, 90 - start, -span)  # Qt's angles run counter-clockwise from three o'clock
            path.closeSubpath()
            painter.drawPath(path)
        painter.end()
