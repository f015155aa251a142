"""The Dashboard: a salesperson's day and pipeline on one page — today's and overdue activities, the pipeline by
stage, the forecast by month, win rate and average deal size for a chosen period, deals won and lost, and the
biggest open deals — for one pipeline and one owner, or all.

Every figure comes from the services already added up, per currency; the charts show one currency at a time (the
one most deals are in, unless another is chosen), so euros are never stacked on dollars. A click on a bar, a slice
or a figure opens the deals behind it on the Deals page, filtered, with the filter in sight; a click on an
activity or a deal opens it. Everything is read on a worker, and read again when deals or activities change.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.deals import period_bounds, period_of
from cardfile.domain.values import currency_digits
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import Occurrence
from cardfile.services.sales import Dashboard, DealFilter
from cardfile.services.tasks import TaskFilter
from cardfile.ui.activities.editors import type_name
from cardfile.ui.dates import format_recent
from cardfile.ui.deals.texts import (
    axis_periods,
    close_date_text,
    owner_name,
    period_text,
    range_text,
    seeded_name,
)
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.records.list_page import Page
from cardfile.ui.tasks import Progress, TaskRunner
from cardfile.ui.widgets.basics import (
    CellDirectionDelegate,
    FittedLabel,
    FlowLayout,
    dim,
    isolated,
    isolated_all,
    isolated_amount,
    on_reading_side,
    reading_lines,
)
from cardfile.ui.widgets.charts import PALETTE, BarChart, Bars, PieChart
from cardfile.ui.widgets.value_editors import format_money
from cardfile.ui.words import separator

TASKS_SHOWN = 200
MONEY_SHOWN = 1  # amounts per currency named on a line; the rest are in its tooltip


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Dashboard", text, disambiguation, n)


def periods(today: date) -> list[tuple[str, str, date, date]]:
    """(key, text, first day, last day) of the periods the dashboard offers."""
    month = period_bounds(period_of(today, "month"))
    last_month = period_bounds(period_of(month[0] - timedelta(days=1), "month"))
    quarter = period_bounds(period_of(today, "quarter"))
    last_quarter = period_bounds(period_of(quarter[0] - timedelta(days=1), "quarter"))
    year = (date(today.year, 1, 1), date(today.year, 12, 31))
    return [
        ("month", _tr("This month"), *month),
        ("quarter", _tr("This quarter"), *quarter),
        ("year", _tr("This year"), *year),
        ("last_month", _tr("Last month"), *last_month),
        ("last_quarter", _tr("Last quarter"), *last_quarter),
        ("twelve_months", _tr("The last 12 months"), today - timedelta(days=364), today),
    ]


@dataclass(frozen=True)
class DashboardData:
    """What the worker read: the deal figures and the day's activities."""

    figures: Dashboard
    today: list[Occurrence]
    overdue: list[Occurrence]
    today_count: int
    overdue_count: int


class Panel(QFrame):
    """A titled box of the dashboard."""

    def __init__(self, name: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(title)
        self.title.setObjectName("panelTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.head = QHBoxLayout()
        self.head.addWidget(self.title, 1)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.addLayout(self.head)


class Figure(QPushButton):
    """A number with its caption that opens what is behind it when clicked (flat, like a link), in the colour of
    its slice of a chart."""

    def __init__(self, name: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFlat(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet(f"QPushButton {{ text-align: left; padding: 2px 4px; font-weight: bold; color: {colour}; }}")


class DashboardPage(Page):
    """The start page a salesperson may choose (Settings ▸ Start page)."""

    deals_requested = Signal(object, str)  # DealFilter, what it is: open the Deals page filtered
    refreshed = Signal()

    def __init__(
        self,
        services: Services,
        bridge: EventBridge,
        *,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._services = services
        self._runner = runner if runner is not None else TaskRunner(self, max_threads=1)
        self.data: DashboardData | None = None
        self._stale = True
        self.title = _tr("Dashboard")
        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        self.period.setToolTip(_tr("The period won and lost deals, win rate, average size and forecast are about"))
        self.pipeline = QComboBox()
        self.pipeline.setObjectName("dashboardPipeline")
        self.owner = QComboBox()
        self.owner.setObjectName("dashboardOwner")
        self.currency = QComboBox()
        self.currency.setObjectName("dashboardCurrency")
        self.currency.setToolTip(_tr("The currency the charts show: amounts in other currencies are not added in"))
        self.period_note = dim(QLabel())
        self.period_note.setObjectName("dashboardPeriodNote")
        # The choices wrap onto a second line rather than squeezing each combo to a few letters (Russian at
        # 1024×640 read "Этот кварта", "Все ворон").
        bar_box = QWidget()
        bar = FlowLayout(bar_box, spacing=14)
        bar.setContentsMargins(12, 8, 12, 4)
        for caption, combo in (
            (_tr("&Period:"), self.period),
            (_tr("P&ipeline:"), self.pipeline),
            (_tr("O&wner:"), self.owner),
            (_tr("&Charts in:"), self.currency),
        ):
            label = QLabel(caption)
            label.setBuddy(combo)
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(label)
            row.addWidget(combo)
            bar.add(pair)
        bar.add(self.period_note)

        self.activities = Panel("activitiesPanel", _tr("Activities"))
        self.task_tabs = QTabBar()
        self.task_tabs.setObjectName("taskTabs")
        self.task_tabs.setDocumentMode(True)
        self.task_tabs.setExpanding(False)
        # Both tabs in sight however narrow the panel: a title is shortened with "…" (whole in its tooltip) rather
        # than scrolled half out of sight ("Просроченны").
        self.task_tabs.setUsesScrollButtons(False)
        self.task_tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.task_tabs.addTab(_tr("Today"))
        self.task_tabs.addTab(_tr("Overdue"))
        self.task_list = QListWidget()
        self.task_list.setObjectName("taskList")
        self.task_list.setFrameShape(QFrame.Shape.NoFrame)
        self.task_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.task_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.task_list.setItemDelegate(CellDirectionDelegate(self.task_list))  # each line in its own direction
        self.task_list.itemActivated.connect(self._open_item)
        self.task_list.itemClicked.connect(self._open_item)
        self.activities.body.addWidget(self.task_tabs)
        self.activities.body.addWidget(self.task_list, 1)

        self.results = Panel("resultsPanel", _tr("Results"))
        self.win_rate = QLabel()
        self.win_rate.setObjectName("winRate")
        big = QFont(self.win_rate.font())
        big.setPointSizeF(big.pointSizeF() * 2.2)
        big.setBold(True)
        self.win_rate.setFont(big)
        self.win_rate_caption = on_reading_side(dim(QLabel()))
        self.win_rate_caption.setWordWrap(True)
        self.won_button = Figure("wonDeals", PALETTE[2])
        self.won_button.clicked.connect(lambda: self._open_closed(won=True))
        self.lost_button = Figure("lostDeals", PALETTE[3])
        self.lost_button.clicked.connect(lambda: self._open_closed(won=False))
        # never drawn wider than the tile (its tooltip has every currency's average): as a QLabel, Persian at some
        # widths drew a line wider than the tile and lost the start of "EUR"
        self.average = on_reading_side(FittedLabel())
        self.average.setObjectName("averageDeal")
        self.won_amounts = dim(QLabel())
        self.won_amounts.setObjectName("wonAmounts")
        self.lost_amounts = dim(QLabel())
        self.lost_amounts.setObjectName("lostAmounts")
        for label in (self.won_amounts, self.lost_amounts):
            label.setWordWrap(False)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setContentsMargins(8, 0, 0, 4)
        self.pie = PieChart()
        self.pie.setObjectName("wonLostChart")
        self.pie.setMinimumHeight(120)
        self.pie.slice_clicked.connect(lambda index: self._open_closed(won=index == 0))
        self.pie.setFixedWidth(130)
        numbers = QVBoxLayout()
        numbers.setSpacing(2)
        for widget in (
            self.win_rate,
            self.win_rate_caption,
            self.won_button,
            self.won_amounts,
            self.lost_button,
            self.lost_amounts,
            self.average,
        ):
            numbers.addWidget(widget)
        numbers.addStretch(1)
        figures = QHBoxLayout()
        figures.addLayout(numbers, 1)
        figures.addWidget(self.pie)
        self.results.body.addLayout(figures, 1)

        self.pipeline_panel = Panel("pipelinePanel", _tr("Pipeline by stage"))
        self.pipeline_chart = BarChart(horizontal=True)
        self.pipeline_chart.setObjectName("pipelineChart")
        self.pipeline_chart.setMinimumHeight(200)
        self.pipeline_chart.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored
        )  # as tall as the row is
        self.pipeline_chart.bar_clicked.connect(self._open_stage)
        self.pipeline_caption = on_reading_side(dim(QLabel()))
        self.pipeline_caption.setWordWrap(True)
        self.pipeline_panel.body.addWidget(self.pipeline_chart, 1)
        self.pipeline_panel.body.addWidget(self.pipeline_caption)

        self.forecast_panel = Panel("forecastPanel", _tr("Forecast by month"))
        self.forecast_chart = BarChart()
        self.forecast_chart.setObjectName("forecastChart")
        self.forecast_chart.setMinimumHeight(200)
        self.forecast_chart.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored
        )  # as tall as the row is
        self.forecast_chart.bar_clicked.connect(self._open_month)
        self.forecast_caption = on_reading_side(dim(QLabel()))
        self.forecast_caption.setWordWrap(True)
        self.forecast_panel.body.addWidget(self.forecast_chart, 1)
        self.forecast_panel.body.addWidget(self.forecast_caption)

        self.biggest_panel = Panel("biggestPanel", _tr("Biggest open deals"))
        self.biggest = QListWidget()
        self.biggest.setObjectName("biggestDeals")
        self.biggest.setFrameShape(QFrame.Shape.NoFrame)
        self.biggest.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.biggest.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.biggest.setItemDelegate(CellDirectionDelegate(self.biggest))
        self.biggest.setSpacing(2)
        self.biggest.itemActivated.connect(self._open_item)
        self.biggest.itemClicked.connect(self._open_item)
        self.biggest_panel.body.addWidget(self.biggest, 1)

        first = QHBoxLayout()
        first.setSpacing(10)
        for panel in (self.activities, self.results, self.biggest_panel):
            panel.setFixedHeight(300)  # the day's tasks scroll in their list rather than stretch the row
            first.addWidget(panel, 1)
        second = QHBoxLayout()
        second.setSpacing(10)
        for panel in (self.pipeline_panel, self.forecast_panel):
            panel.setMinimumHeight(260)
            second.addWidget(panel, 1)
        grid = QVBoxLayout()
        grid.setContentsMargins(12, 4, 12, 12)
        grid.setSpacing(10)
        grid.addLayout(first)
        grid.addLayout(second, 1)
        content = QWidget()
        content.setObjectName("dashboardContent")
        column_layout = QVBoxLayout(content)
        column_layout.setContentsMargins(0, 0, 0, 0)
        column_layout.addWidget(bar_box)
        column_layout.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self._fill_choices()
        for combo in (self.period, self.pipeline, self.owner):
            combo.currentIndexChanged.connect(self.refresh)
        self.currency.currentIndexChanged.connect(self._show_charts)
        self.task_tabs.currentChanged.connect(lambda _i: self._show_tasks())
        self._timer = QTimer(self, singleShot=True, interval=300)  # a burst of edits costs one read
        self._timer.timeout.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        bridge.records_changed.connect(self._on_records_changed)

    # ----- the choices above -----

    def _fill_choices(self) -> None:
        services = self._services
        for combo, items in (
            (self.period, [(text, key) for key, text, _first, _last in periods(services.sales.today())]),
            (
                self.pipeline,
                [(_tr("All pipelines"), None)] + [(seeded_name(p.name), p.id) for p in services.pipelines.list()],
            ),
            (
                self.owner,
                [(_tr("Everyone"), None)]
                + [
                    (owner_name(o), o) for o in dict.fromkeys([services.sales.current_user(), *services.sales.owners()])
                ],
            ),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            index = combo.findData(chosen) if chosen is not None else -1
            combo.setCurrentIndex(index if index >= 0 else (1 if combo is self.period else 0))
            combo.blockSignals(False)

    def chosen_period(self) -> tuple[date, date]:
        for key, _text, first, last in periods(self._services.sales.today()):
            if key == self.period.currentData():
                return first, last
        return periods(self._services.sales.today())[1][2:]

    def scope(self) -> DealFilter:
        return DealFilter(pipeline_id=self.pipeline.currentData(), owner=self.owner.currentData())

    # ----- reading -----

    def refresh(self) -> None:
        if self.isVisible():
            self._read()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_records_changed(self, event: RecordsChanged) -> None:
        if any(touches(event, kind) for kind in ("deal", "stage", "pipeline", "activity", "company")):
            if touches(event, "pipeline"):
                self._fill_choices()
            if self.isVisible():
                self._timer.start()
            else:
                self._stale = True

    def _read(self) -> None:
        self._stale = False
        first, last = self.chosen_period()
        self.period_note.setText(range_text(first, last))
        job = self._job(first, last)

        def read(_progress: Progress, _cancel: threading.Event) -> DashboardData:
            return job()

        self._runner.run(read, key="dashboard", announce=False, on_done=self._show)

    def read_now(self) -> None:
        """Read and show everything on this thread (the bench times the dashboard this way too)."""
        self._stale = False
        first, last = self.chosen_period()
        self.period_note.setText(range_text(first, last))
        self._show(self._job(first, last)())

    def _job(self, first: date, last: date) -> Any:
        services, scope = self._services, self.scope()
        owner = self.owner.currentData()

        def read() -> DashboardData:
            figures = services.sales.dashboard(first, last, scope)
            tasks = services.tasks
            chosen = TaskFilter(owner=owner) if owner else None
            today = tasks.keys("today", filters=chosen)
            overdue = tasks.keys("overdue", filters=chosen)
            return DashboardData(
                figures, tasks.rows(today[:TASKS_SHOWN]), tasks.rows(overdue[:TASKS_SHOWN]), len(today), len(overdue)
            )

        return read

    # ----- showing -----

    def _show(self, data: DashboardData) -> None:
        self.data = data
        figures = data.figures
        currencies = sorted(
            {t.currency for c in figures.pipeline.columns for t in c.totals}
            | {t.currency for t in figures.won}
            | {c.currency for c in figures.forecast.overall},
            key=lambda c: -sum(t.count for col in figures.pipeline.columns for t in col.totals if t.currency == c),
        )
        chosen = self.currency.currentData()
        self.currency.blockSignals(True)
        self.currency.clear()
        for code in currencies:
            self.currency.addItem(code, code)
        index = self.currency.findData(chosen) if chosen else -1
        self.currency.setCurrentIndex(index if index >= 0 else 0)
        self.currency.blockSignals(False)
        for index, title in enumerate(
            (_tr("Today (%Ln)", "", data.today_count), _tr("Overdue (%Ln)", "", data.overdue_count))
        ):
            self.task_tabs.setTabText(index, title)
            self.task_tabs.setTabToolTip(index, title)
        self._show_tasks()
        self._show_results()
        self._show_charts()
        self._show_biggest()
        self.refreshed.emit()

    def _show_tasks(self) -> None:
        self.task_list.clear()
        if self.data is None:
            return
        overdue = self.task_tabs.currentIndex() == 1
        tasks = self.data.overdue if overdue else self.data.today
        if not tasks:
            item = QListWidgetItem(_tr("Nothing overdue.") if overdue else _tr("Nothing scheduled for today."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.task_list.addItem(item)
        for task in tasks:
            when = _tr("no date")
            if task.floating and task.day is not None:
                when = close_date_text(task.day.isoformat()) if overdue else _tr("today")
            elif task.starts_at is not None:
                when = format_recent(task.starts_at)  # today's: the time alone
            people = isolated_all(ref.name for ref in task.contacts)
            first = _tr("{when} · {type}").format(when=when, type=type_name(task.kind, task.type_name))
            second = isolated(task.subject) or _tr("(no subject)")
            if people:
                second = _tr("{subject} · with {people}").format(subject=second, people=people)
            item = QListWidgetItem(f"{first}\n{second}")
            item.setData(Qt.ItemDataRole.UserRole, ("activity", task.activity_id))
            item.setToolTip(reading_lines(f"{first}\n{second}"))
            self.task_list.addItem(item)

    def _show_results(self) -> None:
        assert self.data is not None
        figures = self.data.figures
        rate = figures.win_rate
        if rate.percent is None:
            self.win_rate.setText("—")
            self.win_rate_caption.setText(_tr("no deal was won or lost in the period"))
        else:
            self.win_rate.setText(f"{QLocale().toString(float(rate.percent), 'f', 1)} {QLocale().percent()}")
            self.win_rate_caption.setText(
                _tr("win rate of the %Ln deal(s) closed in the period", "", rate.won + rate.lost)
            )
        self.won_button.setText(_tr("Won: %Ln deal(s)", "", rate.won))
        self.lost_button.setText(_tr("Lost: %Ln deal(s)", "", rate.lost))
        self.won_button.setToolTip(_tr("List the deals won in this period"))
        self.lost_button.setToolTip(_tr("List the deals lost in this period"))
        self._money_line(self.won_amounts, [(t.currency, t.count, t.total_minor) for t in figures.won])
        self._money_line(self.lost_amounts, [(t.currency, t.count, t.total_minor) for t in figures.lost])
        self._money_line(
            self.average,
            [(a.currency, a.count, a.average_minor) for a in figures.average_won],
            _tr("Average deal won: {amounts}"),
            _tr("Average deal won: none won in this period"),
        )
        self.pie.setVisible(bool(rate.won or rate.lost))
        self.pie.show_slices(
            [
                (
                    _tr("Won (%Ln)", "", rate.won),
                    rate.won,
                    _tr("%Ln deal(s) won: click to list them", "", rate.won),
                    PALETTE[2],
                ),
                (
                    _tr("Lost (%Ln)", "", rate.lost),
                    rate.lost,
                    _tr("%Ln deal(s) lost: click to list them", "", rate.lost),
                    PALETTE[3],
                ),
            ]
        )

    @staticmethod
    def _money_line(
        label: QLabel, amounts: list[tuple[str, int, int]], template: str = "{amounts}", empty: str = ""
    ) -> None:
        """Amounts per currency on one line: the three currencies with the most deals, the others in the tooltip
        (a sales team in fifteen currencies must not push the page off the screen)."""
        by_count = sorted(amounts, key=lambda a: (-a[1], a[0]))
        # an amount and its currency never part at the end of a line
        shown = [
            isolated_amount(format_money(minor, code).replace(" ", "\u00a0"))
            for code, _count, minor in by_count[:MONEY_SHOWN]
        ]
        text = "; ".join(shown)
        if len(by_count) > MONEY_SHOWN:
            text = _tr("{amounts} + %Ln more currency(ies)", "", len(by_count) - MONEY_SHOWN).format(amounts=text)
        label.setText(template.format(amounts=text) if amounts else empty)
        label.setToolTip("\n".join(format_money(minor, code) for code, _count, minor in sorted(amounts)))

    def _show_charts(self) -> None:
        if self.data is None:
            return
        figures = self.data.figures
        code = self.currency.currentData()
        scale = 10 ** currency_digits(code) if code else 1
        stages, totals, weighted, tips_total, tips_weighted = [], [], [], [], []
        for column in figures.pipeline.columns:
            one = next((t for t in column.totals if t.currency == code), None)
            stages.append(seeded_name(column.stage.name))
            total = one.total_minor if one else 0
            weight = one.weighted_minor if one else 0
            count = one.count if one else 0
            totals.append(total / scale)
            weighted.append(weight / scale)
            tips_total.append(
                _tr("{stage}: {amount} in %Ln deal(s)", "", count).format(
                    stage=seeded_name(column.stage.name), amount=format_money(total, code or "USD")
                )
            )
            tips_weighted.append(
                _tr("{stage}: {amount} weighted").format(
                    stage=seeded_name(column.stage.name), amount=format_money(weight, code or "USD")
                )
            )
        self.pipeline_chart.show_bars(
            stages,
            [Bars(_tr("Weighted"), weighted, tips_weighted), Bars(_tr("Total"), totals, tips_total)],
            unit=code or "",
        )
        self.pipeline_caption.setText(
            _tr("Open deals of the pipeline “{pipeline}” in {currency}; click a bar to list them.").format(
                pipeline=seeded_name(figures.pipeline.pipeline.name), currency=code or "—"
            )
        )
        cells = self.month_cells()
        self.forecast_chart.show_bars(
            axis_periods([c.period or "" for c in cells]),
            [
                Bars(
                    _tr("Weighted"),
                    [c.weighted_minor / scale for c in cells],
                    [
                        _tr("{month}: {amount} weighted").format(
                            month=period_text(c.period), amount=format_money(c.weighted_minor, c.currency)
                        )
                        for c in cells
                    ],
                ),
                Bars(
                    _tr("Total"),
                    [c.total_minor / scale for c in cells],
                    [
                        _tr("{month}: {amount} in %Ln open deal(s)", "", c.open_count).format(
                            month=period_text(c.period), amount=format_money(c.total_minor, c.currency)
                        )
                        for c in cells
                    ],
                ),
            ],
            unit=code or "",
        )
        self.forecast_caption.setText(
            _tr("Open deals expected to close in the period, in {currency}; click a bar to list them.").format(
                currency=code or "—"
            )
        )

    def month_cells(self) -> list[Any]:
        """The forecast's cells the chart shows: each month's, in the chosen currency."""
        if self.data is None:
            return []
        code = self.currency.currentData()
        return [c for c in self.data.figures.forecast.by_period if c.currency == code and c.period]

    def _show_biggest(self) -> None:
        assert self.data is not None
        self.biggest.clear()
        code = self.currency.currentData()
        rows = self.data.figures.biggest_open.get(code, []) if code else []
        if not rows:
            item = QListWidgetItem(_tr("No open deals."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.biggest.addItem(item)
        for row in rows:
            details = [isolated(row.company)] if row.company else []
            details.append(seeded_name(row.stage))
            if row.expected_close:
                details.append(close_date_text(row.expected_close, row.overdue))
            details.append(isolated(owner_name(row.owner)))
            amount = format_money(row.amount_minor, row.currency)
            first = _tr("{amount} · {deal}").format(amount=amount, deal=isolated(row.name))
            item = QListWidgetItem(first + "\n" + separator().join(details))
            item.setToolTip(reading_lines(item.text()))
            item.setData(Qt.ItemDataRole.UserRole, ("deal", row.id))
            self.biggest.addItem(item)

    # ----- drill-down -----

    def _open_item(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.record_requested.emit(*target)

    def _open_stage(self, _series: int, category: int) -> None:
        if self.data is None:
            return
        columns = self.data.figures.pipeline.columns
        if 0 <= category < len(columns):
            column = columns[category]
            code = self.currency.currentData()
            self.deals_requested.emit(column.filter.but(currency=code), column.stage.name)

    def _open_month(self, _series: int, category: int) -> None:
        cells = self.month_cells()
        if 0 <= category < len(cells):
            self.deals_requested.emit(cells[category].filter, period_text(cells[category].period))

    def _open_closed(self, *, won: bool) -> None:
        if self.data is None:
            return
        figures = self.data.figures
        self.deals_requested.emit(
            figures.won_filter if won else figures.lost_filter, _tr("won") if won else _tr("lost")
        )

    # ----- remembered choices -----

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("dashboard/period", self.period.currentData())
        settings.setValue("dashboard/currency", self.currency.currentData())

    def restore_state(self, settings: QSettings) -> None:
        period = settings.value("dashboard/period")
        if isinstance(period, str):
            index = self.period.findData(period)
            if index >= 0:
                self.period.setCurrentIndex(index)
        currency = settings.value("dashboard/currency")
        if isinstance(currency, str) and currency:
            self.currency.addItem(currency, currency)
            self.currency.setCurrentIndex(self.currency.count() - 1)
