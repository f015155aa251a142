"""The charts drawn with QPainter (ui/widgets/charts.py): their axes, what a click on a bar or a slice says, and
that they draw in their colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from cardfile.ui.widgets.charts import PALETTE, BarChart, Bars, PieChart, nice_axis


@pytest.mark.parametrize(
    ("top", "high", "step", "decimals"),
    [(1.13, 1.5, 0.5, 1), (8.0, 10.0, 5.0, 0), (187.0, 400.0, 200.0, 0), (0.04, 0.06, 0.02, 2), (0.0, 1.0, 0.5, 1)],
)
def test_the_value_axis_takes_nice_steps_with_room_above_the_tallest_bar(
    top: float, high: float, step: float, decimals: int
) -> None:
    """The steps QtCharts' applyNiceNumbers took for the same heights, so the axes read as they did."""
    axis = nice_axis(top)
    assert (axis.low, axis.high, axis.step, axis.decimals) == pytest.approx((0, high, step, decimals))
    assert axis.high >= top


def colours_in(chart: BarChart | PieChart) -> set[int]:
    image = chart.grab().toImage()
    return {image.pixel(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}


@pytest.mark.parametrize("horizontal", [False, True])
def test_a_click_on_a_bar_names_its_series_and_category(qtbot: QtBot, horizontal: bool) -> None:
    chart = BarChart(horizontal=horizontal)
    qtbot.addWidget(chart)
    chart.resize(400, 260)
    chart.show_bars(
        ["Prospect", "Won", "Lost"],
        [Bars("Weighted", [1, 2, 0], ["a", "b", "c"]), Bars("Total", [3, 4, 0], ["d", "e", "f"])],
    )
    chart.show()
    drawn = colours_in(chart)
    assert QColor(PALETTE[0]).rgb() in drawn and QColor(PALETTE[1]).rgb() in drawn
    for series, category in ((0, 1), (1, 0), (1, 1)):
        with qtbot.waitSignal(chart.bar_clicked) as clicked:
            qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_position(series, category))
        assert clicked.args == [series, category]
        assert (
            chart.tooltip_of(chart.hit(QPointF(chart.bar_position(series, category)))) == "abde"[series * 2 + category]
        )
    if horizontal:  # the first category at the top, as a list reads
        assert chart.bar_position(0, 0).y() < chart.bar_position(0, 1).y()
    else:
        assert chart.bar_position(0, 0).x() < chart.bar_position(0, 1).x()
    assert chart.hit(QPointF(2, 2)) is None


def test_a_click_on_a_slice_names_it_and_an_empty_slice_takes_no_room(qtbot: QtBot) -> None:
    pie = PieChart()
    qtbot.addWidget(pie)
    pie.resize(200, 200)
    pie.show_slices([("Won", 3, "3 won", PALETTE[2]), ("None", 0, "", PALETTE[4]), ("Lost", 1, "1 lost", PALETTE[3])])
    pie.show()
    drawn = colours_in(pie)
    assert QColor(PALETTE[2]).rgb() in drawn and QColor(PALETTE[3]).rgb() in drawn
    assert QColor(PALETTE[4]).rgb() not in drawn
    for index in (0, 2):
        with qtbot.waitSignal(pie.slice_clicked) as clicked:
            qtbot.mouseClick(pie.viewport(), Qt.MouseButton.LeftButton, pos=pie.slice_position(index))
        assert clicked.args == [index]
    assert pie.tooltip_of(pie.hit(QPointF(pie.slice_position(2)))) == "1 lost"
    assert pie.hit(QPointF(1, 1)) is None


@pytest.mark.parametrize("horizontal", [False, True])
def test_a_bar_chart_is_mirrored_right_to_left(qtbot: QtBot, horizontal: bool) -> None:
    """Issue 17: in Persian the charts read from the right as the rest of the window does: the first month (the
    first bar) to the right of the second, the values and the stages' names on the right, bars growing leftwards,
    the legend from the right; clicks and tooltips follow the bars where they are drawn."""
    charts = {}
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        chart = BarChart(horizontal=horizontal)
        qtbot.addWidget(chart)
        chart.setLayoutDirection(direction)
        chart.resize(400, 260)
        chart.show_bars(
            ["Prospect", "Won", "Lost"],
            [Bars("Weighted", [1, 2, 0], ["a", "b", "c"]), Bars("Total", [3, 4, 0], ["d", "e", "f"])],
            unit="EUR",
        )
        chart.show()
        charts[direction] = chart
    left, right = charts[Qt.LayoutDirection.LeftToRight], charts[Qt.LayoutDirection.RightToLeft]
    area = right.plot_area()
    assert area == QRectF(
        400 - left.plot_area().right(), left.plot_area().top(), left.plot_area().width(), left.plot_area().height()
    )
    assert area.left() - 0 < 400 - area.right(), "the labels' room is at the right"
    if horizontal:  # stages top to bottom as before; the bars stand on the right edge and grow leftwards
        assert right.bar_rect(0, 0).right() == pytest.approx(area.right())
        assert right.bar_rect(1, 1).left() < right.bar_rect(0, 1).left()
        assert all(label.box.left() >= area.right() for label in right.category_labels())
        assert right.bar_position(0, 0).y() < right.bar_position(0, 1).y()
    else:  # the first category at the right, the values beside the right edge
        assert right.bar_position(0, 0).x() > right.bar_position(0, 1).x()
        assert right.bar_position(0, 0).x() > right.bar_position(1, 0).x(), "the first series at the right"
        assert all(label.box.left() >= area.right() for label in right.value_labels())
        assert all(label.flags & Qt.AlignmentFlag.AlignLeft for label in right.value_labels())
        assert right.bar_rect(0, 0).bottom() == pytest.approx(area.bottom())
    (first_box, first), (second_box, second) = right.legend_entries()
    assert (first.text, second.text) == ("Weighted", "Total")
    assert first_box.left() > second_box.left() and first.box.right() <= first_box.left(), "read from the right"
    for series, category in ((0, 1), (1, 0), (1, 1)):
        with qtbot.waitSignal(right.bar_clicked) as clicked:
            qtbot.mouseClick(right, Qt.MouseButton.LeftButton, pos=right.bar_position(series, category))
        assert clicked.args == [series, category]
    # drawn where they are said to be: the first bar's colour at its middle, the plot area's left edge bare
    image = right.grab().toImage()
    middle = right.bar_position(0, 0)
    assert image.pixel(middle.x(), middle.y()) == QColor(PALETTE[0]).rgb()
    left_middle = left.bar_position(0, 0)
    assert image.pixel(left_middle.x(), left_middle.y()) != QColor(PALETTE[0]).rgb()
