"""Bar and pie charts (QtCharts) whose bars and slices can be clicked: the dashboard's and the forecast's pictures.

A chart only draws: its figures arrive already added up by the services, exactly, per currency; the heights are
plotted from them, and every tooltip and label shows the exact amount the caller wrote. A click on a bar or a
slice says which (`bar_clicked(series, category)`, `slice_clicked(index)`), and the page opens what is behind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QPainter, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

# Colours that read on light and dark backgrounds alike, in the order series and slices take them.
PALETTE = ("#2e86de", "#8395a7", "#10ac84", "#ee5253", "#f39c12", "#5f27cd", "#01a3a4", "#c8d6e5")


@dataclass(frozen=True)
class Bars:
    """One series: its name (in the legend), a height per category, and what each bar's tooltip says."""

    name: str
    heights: Sequence[float]
    tooltips: Sequence[str]


def _chart(view: QChartView) -> QChart:
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setLocalizeNumbers(True)  # axis labels in the reader's digits and decimal sign
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    text = view.palette().color(QPalette.ColorRole.WindowText)
    chart.legend().setLabelColor(text)
    chart.setTitleBrush(text)
    view.setChart(chart)
    return chart


class BarChart(QChartView):
    """Bars by category (stages, months), one series or several side by side; horizontal or upright."""

    bar_clicked = Signal(int, int)  # series, category

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.horizontal = horizontal
        self.series: QBarSeries | QHorizontalBarSeries | None = None
        self.sets: list[QBarSet] = []
        self.categories: list[str] = []
        self._tooltips: list[Sequence[str]] = []
        self._order: list[int] = []  # drawn position -> the caller's category
        _chart(self)

    def show_bars(
        self, categories: Sequence[str], series: Sequence[Bars], *, legend: bool = True, unit: str = ""
    ) -> None:
        """Draw the bars; `unit` (a currency code) names the value axis, scaled to thousands or millions when
        the heights are large, so its labels stay short."""
        chart = _chart(self)
        bars: QBarSeries | QHorizontalBarSeries = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        self.sets = []
        text = self.palette().color(QPalette.ColorRole.WindowText)
        top = max([0.0, *(float(h) for one in series for h in one.heights)])
        scale, scaled_unit = _scale(top, unit)
        # Horizontal bars are drawn bottom up: give them in reverse, so the first category is at the top as a
        # list reads; clicks and positions are turned back into the caller's order.
        order = list(reversed(range(len(categories)))) if self.horizontal else list(range(len(categories)))
        self._order = order
        for n, one in enumerate(series):
            bar_set = QBarSet(one.name)
            bar_set.append([float(one.heights[i]) / scale for i in order])
            bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.setBorderColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.setLabelColor(text)
            bars.append(bar_set)
            self.sets.append(bar_set)
        self._tooltips = [one.tooltips for one in series]
        self.categories = list(categories)
        chart.addSeries(bars)
        names = QBarCategoryAxis()
        names.append([self.categories[i] for i in order])
        names.setTruncateLabels(False)  # a stage's name whole, even when the chart is short
        names.setLabelsColor(text)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setLabelsColor(text)
        values.setGridLineColor(self.palette().color(QPalette.ColorRole.Midlight))
        values.setRange(0, top / scale * 1.08 if top else 1)
        if scaled_unit:
            values.setTitleText(scaled_unit)
            values.setTitleBrush(text)
        values.setTickCount(4)
        values.applyNiceNumbers()
        values.setLabelFormat(f"%.{_decimals(values)}f")  # 0.5, 1, 1.5 millions, never 0, 1, 1 rounded
        labels = values.labelsFont()
        labels.setPointSizeF(labels.pointSizeF() * 0.85)
        values.setLabelsFont(labels)
        values.setTitleFont(labels)
        names.setLabelsFont(labels)
        if self.horizontal:
            chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(names)
        bars.attachAxis(values)
        chart.legend().setVisible(legend and len(series) > 1)
        bars.clicked.connect(self._on_clicked)
        bars.hovered.connect(self._on_hovered)
        self.series = bars

    def _on_clicked(self, index: int, bar_set: QBarSet) -> None:
        self.bar_clicked.emit(self.sets.index(bar_set), self._order[index])

    def _on_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if not status:
            QToolTip.hideText()
            return
        tips = self._tooltips[self.sets.index(bar_set)]
        if 0 <= index < len(self._order):
            QToolTip.showText(QCursor.pos(), tips[self._order[index]], self)

    def height_of(self, series: int, category: int) -> float:
        """A bar's height as drawn (scaled), by the caller's category order."""
        return float(self.sets[series].at(self._order.index(category)))

    def bar_position(self, series: int, category: int) -> QPoint:
        """Where a bar is drawn, in the view's viewport (the middle of the bar): for a click from a test."""
        assert self.series is not None
        chart = self.chart()
        count = len(self.sets)
        height = self.height_of(series, category) / 2
        category = self._order.index(category)
        width = chart.plotArea().height() if self.horizontal else chart.plotArea().width()
        slot = width / max(len(self.categories), 1)
        offset = (series + 0.5) / count - 0.5  # bars of a category sit side by side, 0.5 of its slot wide
        shift = offset * slot * self.series.barWidth()
        point = QPointF(height, category) if self.horizontal else QPointF(category, height)
        scene = chart.mapToPosition(point, self.series)
        scene = QPointF(scene.x(), scene.y() - shift) if self.horizontal else QPointF(scene.x() + shift, scene.y())
        return self.mapFromScene(chart.mapToScene(scene))


def _decimals(axis: QValueAxis) -> int:
    """As many decimals as the axis's nice steps need (0 for 0, 5, 10; 1 for 0, 0.5, 1)."""
    step = (axis.max() - axis.min()) / max(axis.tickCount() - 1, 1)
    for decimals in range(3):
        if abs(step * 10**decimals - round(step * 10**decimals)) < 1e-6:
            return decimals
    return 2


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


class PieChart(QChartView):
    """Slices of a whole (won against lost); a click on a slice says which."""

    slice_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.pie: QPieSeries | None = None
        self.slices: list[QPieSlice] = []
        _chart(self)

    def show_slices(self, slices: Sequence[tuple[str, float, str, str]]) -> None:
        """(label, size, tooltip, colour) per slice; slices of size 0 are left out of the picture."""
        chart = _chart(self)
        pie = QPieSeries()
        pie.setPieSize(0.7)
        self.slices = []
        text = self.palette().color(QPalette.ColorRole.WindowText)
        for label, size, tooltip, colour in slices:
            piece = pie.append(label, float(size))
            piece.setColor(QColor(colour))
            piece.setLabelColor(text)
            piece.setLabelVisible(False)  # the figures beside the pie say it; a slice's tooltip too
            piece.setProperty("tooltip", tooltip)
            piece.hovered.connect(lambda on, t=tooltip: QToolTip.showText(QCursor.pos(), t, self) if on else None)
            self.slices.append(piece)
        pie.clicked.connect(lambda piece: self.slice_clicked.emit(self.slices.index(piece)))
        chart.addSeries(pie)
        chart.legend().setVisible(False)
        self.pie = pie

    def slice_position(self, index: int) -> QPoint:
        """The middle of a slice, in the view's viewport: for a click from a test."""
        import math

        piece = self.slices[index]
        plot = self.chart().plotArea()
        radius = min(plot.width(), plot.height()) / 2 * (self.pie.pieSize() if self.pie else 0.7) * 0.6
        angle = math.radians(piece.startAngle() + piece.angleSpan() / 2)
        centre = plot.center()
        point = QPointF(centre.x() + radius * math.sin(angle), centre.y() - radius * math.cos(angle))
        return self.mapFromScene(self.chart().mapToScene(point))
