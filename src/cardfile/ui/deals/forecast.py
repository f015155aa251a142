"""The forecast: open deals by the month or quarter they are expected to close — weighted by their probability,
and not — with the deals won in each period, per owner or for everyone, one line per currency.

Nothing is added across currencies unless the person asks for totals in one currency at exchange rates they enter
(Exchange Rates…); then the converted lines follow, marked, and the rates used are named above the table. A double
click on a line (or a bar of the chart) lists the deals behind it. The figures are read on a worker.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.deals import period_of
from cardfile.domain.errors import CardfileError
from cardfile.domain.money import Conversion, MissingRate, decimal_string
from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.sales import UNDATED, DealFilter, Forecast, ForecastCell
from cardfile.ui.deals.texts import axis_periods, owner_name, period_text
from cardfile.ui.event_bridge import touches
from cardfile.ui.tasks import Progress, TaskRunner
from cardfile.ui.widgets.basics import CellDirectionDelegate, FlowLayout, dim, on_reading_side
from cardfile.ui.widgets.charts import BarChart, Bars
from cardfile.ui.widgets.editors import ErrorLabel
from cardfile.ui.widgets.value_editors import format_money
from cardfile.ui.words import error_text

AnyIndex = QModelIndex | QPersistentModelIndex
CHART_PERIODS = {"month": 12, "quarter": 8}  # the chart shows the coming year (two by quarter); the table all


def _tr(text: str) -> str:
    return QCoreApplication.translate("Forecast", text)


@dataclass(frozen=True)
class ForecastLine:
    """A line of the table: a cell of the forecast, whether it sums others (bold), whether it is converted."""

    cell: ForecastCell
    subtotal: bool = False
    first_of_period: bool = True


def forecast_lines(forecast: Forecast, *, per_owner: bool) -> list[ForecastLine]:
    """The table's lines: each period's (per owner, then everyone's), the totals, then the converted ones."""
    lines: list[ForecastLine] = []
    for period in forecast.periods:
        first = True
        if per_owner and len(forecast.owners) > 1:
            for cell in (c for c in forecast.rows if c.period == period):
                lines.append(ForecastLine(cell, first_of_period=first))
                first = False
        for cell in (c for c in forecast.by_period if c.period == period):
            lines.append(ForecastLine(cell, subtotal=per_owner and len(forecast.owners) > 1, first_of_period=first))
            first = False
    first = True
    if per_owner and len(forecast.owners) > 1:
        for cell in forecast.by_owner:
            lines.append(ForecastLine(cell, first_of_period=first))
            first = False
    for cell in forecast.overall:
        lines.append(ForecastLine(cell, subtotal=True, first_of_period=first))
        first = False
    first = True
    for cell in forecast.converted:
        lines.append(ForecastLine(cell, subtotal=cell.period is None, first_of_period=first))
        first = cell.period is not None
    return lines


class ForecastModel(QAbstractTableModel):
    """The forecast as a table (a few hundred lines at most: periods × owners × currencies)."""

    COLUMNS = ("period", "owner", "currency", "open", "total", "weighted", "won_count", "won")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[ForecastLine] = []
        self._titles = {
            "period": _tr("Period"),
            "owner": _tr("Owner"),
            "currency": _tr("Currency"),
            "open": _tr("Open deals"),
            "total": _tr("Total"),
            "weighted": _tr("Weighted"),
            "won_count": _tr("Won deals"),
            "won": _tr("Won"),
        }

    def show_lines(self, lines: list[ForecastLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        shown = role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation == Qt.Orientation.Horizontal and shown:
            return self._titles[self.COLUMNS[section]] if 0 <= section < len(self.COLUMNS) else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        line = self.lines[index.row()]
        key = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(line, key, role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.FontRole and line.subtotal:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and key not in ("period", "owner", "currency"):
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, line: ForecastLine, key: str, tooltip: bool) -> str:
        cell = line.cell
        c = cell.currency
        if key == "period":
            return period_text(cell.period) if line.first_of_period or tooltip else ""
        if key == "owner":
            return owner_name(cell.owner) if cell.owner else _tr("Everyone")
        if key == "currency":
            return _tr("{currency} (converted)").format(currency=c) if cell.converted else c
        if key == "open":
            return QLocale().toString(cell.open_count)
        if key == "total":
            return format_money(cell.total_minor, c)
        if key == "weighted":
            return format_money(cell.weighted_minor, c)
        if key == "won_count":
            return QLocale().toString(cell.won_count)
        return format_money(cell.won_minor, c)


def parse_rate(text: str, locale: QLocale | None = None) -> Decimal:
    """An exchange rate as typed ('1,0845' in German); exact, positive."""
    locale = locale or QLocale()
    cleaned = "".join(str(unicodedata.digit(ch)) if ch.isdigit() else ch for ch in text.strip())
    cleaned = (
        cleaned.replace(locale.groupSeparator(), "") if locale.groupSeparator() != locale.decimalPoint() else cleaned
    )
    cleaned = cleaned.replace(locale.decimalPoint(), ".")
    try:
        rate = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not rate.is_finite() or rate <= 0:
        raise ValueError(text)
    return rate


class RatesDialog(QDialog):
    """The exchange rates to one currency, as the person knows them ("1 USD = 0.92 EUR"), kept in the database."""

    def __init__(
        self, services: Services, target: str, currencies: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ratesDialog")
        self.setWindowTitle(_tr("Exchange Rates"))
        self._services = services
        self.target = target
        known = services.reports.conversion(target).rates
        intro = QLabel(
            _tr(
                "Totals in {target} are worked out at these rates. Enter the rates you use; they are kept "
                "with this database."
            ).format(target=target)
        )
        intro.setWordWrap(True)
        self.form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for code in currencies:
            if code == target:
                continue
            edit = QLineEdit(str(known[code]).replace(".", QLocale().decimalPoint()) if code in known else "")
            edit.setObjectName(f"rate_{code}")
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setPlaceholderText(_tr("rate"))
            self.edits[code] = edit
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(QLabel(target))
            self.form.addRow(_tr("1 {currency} =").format(currency=code), row)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(self.form)
        column.addWidget(self.error)
        column.addWidget(self.buttons)

    def accept(self) -> None:
        rates: dict[str, Decimal] = {}
        for code, edit in self.edits.items():
            if not edit.text().strip():
                continue
            try:
                rates[code] = parse_rate(edit.text())
            except ValueError:
                self.error.show_error(
                    _tr("1 {currency} = {typed} {target}: a rate is a positive number, such as {example}.").format(
                        currency=code, typed=edit.text(), target=self.target, example=f"0{QLocale().decimalPoint()}92"
                    )
                )
                edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        try:
            for code, rate in rates.items():
                self._services.reports.set_rate(code, self.target, rate)
        except CardfileError as error:
            self.error.show_error(error_text(error))
            return
        super().accept()


class ForecastView(QWidget):
    """The deal page's Forecast view, filtered as the page is (`set_filter`)."""

    deals_requested = Signal(object, str)  # DealFilter, what it is: a line or a bar was opened
    refreshed = Signal()

    def __init__(self, services: Services, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forecastView")
        self._services = services
        self._runner = runner
        self.filter = DealFilter()
        self.forecast: Forecast | None = None
        self._stale = True
        self.by = QComboBox()
        self.by.setObjectName("forecastBy")
        self.by.addItem(_tr("By month"), "month")
        self.by.addItem(_tr("By quarter"), "quarter")
        self.owners = QComboBox()
        self.owners.setObjectName("forecastOwners")
        self.owners.addItem(_tr("Everyone together"), False)
        self.owners.addItem(_tr("Per owner"), True)
        self.convert = QComboBox()
        self.convert.setObjectName("forecastConvert")
        self.convert.setToolTip(_tr("Add every currency up in one, at exchange rates you enter"))
        self.convert.addItem(_tr("Each currency apart"), None)
        self.rates_button = QPushButton(_tr("Exchange &Rates…"))
        self.rates_button.setObjectName("exchangeRates")
        self.rates_button.clicked.connect(self.ask_rates)
        controls_box = QWidget()
        controls = FlowLayout(controls_box)  # they wrap rather than widen the window
        controls.setContentsMargins(10, 8, 10, 4)
        for widget in (self.by, self.owners, self.convert, self.rates_button):
            controls.add(widget)
        self.note = on_reading_side(dim(QLabel()))
        self.note.setObjectName("forecastNote")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setContentsMargins(10, 0, 10, 4)
        self.chart_currency = QComboBox()
        self.chart_currency.setObjectName("forecastChartCurrency")
        self.chart_currency.setToolTip(_tr("The currency the chart shows"))
        self.chart = BarChart()
        self.chart.setObjectName("forecastChart")
        self.chart.setMinimumHeight(190)  # below this its axis labels turn to '…' (1024×640)
        self.chart.bar_clicked.connect(self._open_bar)
        chart_box = QWidget()
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(10, 0, 10, 0)
        chart_row = QHBoxLayout()
        self.chart_title = dim(QLabel())
        self.chart_title.setObjectName("forecastChartTitle")
        chart_row.addWidget(self.chart_title)
        chart_row.addWidget(self.chart_currency)
        chart_row.addStretch(1)
        chart_column.addLayout(chart_row)
        chart_column.addWidget(self.chart, 1)
        self.model = ForecastModel(self)
        self.table = QTableView()
        self.table.setObjectName("forecastTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(CellDirectionDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for section, width in enumerate((120, 90, 110, 80, 140, 140, 80, 140)):
            # never narrower than its title: "Открытые сделки" was cut to "Открытые сд"
            header.resizeSection(section, max(width, header.sectionSizeHint(section)))
        self.table.doubleClicked.connect(self._open_line)
        self.table.activated.connect(self._open_line)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("forecastSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(chart_box)
        split.addWidget(self.table)
        split.setSizes([260, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(controls_box)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self.by.currentIndexChanged.connect(self.refresh)
        self.owners.currentIndexChanged.connect(self._show_lines)
        self.convert.currentIndexChanged.connect(self._on_convert)
        self.chart_currency.currentIndexChanged.connect(self._show_chart)

    # ----- reading -----

    def set_filter(self, f: DealFilter) -> None:
        if f == self.filter and not self._stale:
            return
        self.filter = f
        self.refresh()

    def refresh(self) -> None:
        if self.isVisible():
            self._read()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def on_records_changed(self, event: RecordsChanged) -> None:
        if any(touches(event, kind) for kind in ("deal", "stage", "pipeline")):
            self.refresh()

    def conversion(self) -> Conversion | None:
        target = self.convert.currentData()
        return self._services.reports.conversion(target) if target else None

    def _read(self) -> None:
        self._stale = False
        sales, f, by = self._services.sales, self.filter, str(self.by.currentData())
        conversion = self.conversion()

        def read(_progress: Progress, _cancel: threading.Event) -> Forecast:
            return sales.forecast(f, by, conversion)

        self._runner.run(read, key="forecast", announce=False, on_done=self._show, on_failed=self._failed)

    def read_now(self) -> None:
        self._stale = False
        self._show(self._services.sales.forecast(self.filter, str(self.by.currentData()), self.conversion()))

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, MissingRate):
            self.note.setText(error_text(error) + " " + _tr("(Exchange Rates…)"))
            self.convert.blockSignals(True)
            self.convert.setCurrentIndex(0)
            self.convert.blockSignals(False)
            self.ask_rates(str(error.params.get("target", "")) or None)
            return
        raise error

    def _show(self, forecast: Forecast) -> None:
        self.forecast = forecast
        currencies = [c.currency for c in forecast.overall]
        target = self.convert.currentData()
        self.convert.blockSignals(True)
        self.convert.clear()
        self.convert.addItem(_tr("Each currency apart"), None)
        for code in dict.fromkeys([*currencies, *([target] if target else [])]):
            self.convert.addItem(_tr("All in {currency}").format(currency=code), code)
        self.convert.setCurrentIndex(max(self.convert.findData(target), 0) if target else 0)
        self.convert.blockSignals(False)
        chosen = self.chart_currency.currentData()
        self.chart_currency.blockSignals(True)
        self.chart_currency.clear()
        if forecast.conversion is not None:
            self.chart_currency.addItem(_tr("All in {currency}").format(currency=forecast.conversion.target), "*")
        by_count = sorted(forecast.overall, key=lambda c: -c.open_count)
        for cell in by_count:
            self.chart_currency.addItem(cell.currency, cell.currency)
        index = self.chart_currency.findData(chosen) if chosen else -1
        self.chart_currency.setCurrentIndex(index if index >= 0 else 0)
        self.chart_currency.blockSignals(False)
        self.rates_button.setEnabled(len(currencies) > 1 or bool(target))
        if forecast.conversion is not None:
            used = forecast.conversion.used(currencies)
            rates = "; ".join(f"1 {r.source} = {decimal_string(r.rate)} {r.target}" for r in used)
            self.note.setText(
                _tr(
                    "Lines marked “converted” add every currency up in {target} at the exchange rates "
                    "you entered: {rates}."
                ).format(target=forecast.conversion.target, rates=rates or _tr("none needed"))
            )
        else:
            self.note.setText(
                _tr(
                    "Open deals count in the period of their expected close date, weighted by their "
                    "probability; won deals in the period they were won. Each currency has its own "
                    "lines: nothing is added across currencies."
                )
            )
        self._show_lines()
        self._show_chart()
        self.refreshed.emit()

    def _show_lines(self) -> None:
        per_owner = bool(self.owners.currentData())
        self.table.setColumnHidden(ForecastModel.COLUMNS.index("owner"), not per_owner)
        if self.forecast is not None:
            self.model.show_lines(forecast_lines(self.forecast, per_owner=per_owner))

    def chart_cells(self) -> list[ForecastCell]:
        """The cells the chart shows: each period's, in the chosen currency (or converted)."""
        if self.forecast is None:
            return []
        chosen = self.chart_currency.currentData()
        if chosen == "*":
            cells = [c for c in self.forecast.converted if c.period is not None]
        else:
            cells = [c for c in self.forecast.by_period if c.currency == chosen]
        now = period_of(self._services.sales.today(), self.forecast.by)
        coming = [c for c in cells if c.period not in (None, UNDATED) and str(c.period) >= now]
        return coming[: CHART_PERIODS[self.forecast.by]]

    def _show_chart(self) -> None:
        by = self.forecast.by if self.forecast is not None else "month"
        self.chart_title.setText(_tr("The coming 12 months, in") if by == "month" else _tr("The coming 8 quarters, in"))
        cells = self.chart_cells()
        if not cells:
            self.chart.show_bars([], [])
            return
        digits = 10 ** _digits(cells[0].currency)
        self.chart.show_bars(
            axis_periods([c.period or "" for c in cells]),
            [
                Bars(
                    _tr("Weighted"),
                    [c.weighted_minor / digits for c in cells],
                    [_tip(c, c.weighted_minor, _tr("weighted")) for c in cells],
                ),
                Bars(
                    _tr("Total"),
                    [c.total_minor / digits for c in cells],
                    [_tip(c, c.total_minor, _tr("total")) for c in cells],
                ),
            ],
            unit=cells[0].currency,
        )

    # ----- drill-down -----

    def _open_line(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        cell = self.model.lines[index.row()].cell
        won = self.model.COLUMNS[index.column()] in ("won_count", "won")
        self.open_cell(cell, won=won)

    def _open_bar(self, _series: int, category: int) -> None:
        cells = self.chart_cells()
        if 0 <= category < len(cells):
            self.open_cell(cells[category])

    def open_cell(self, cell: ForecastCell, *, won: bool = False) -> None:
        what = period_text(cell.period)
        if cell.owner:
            what = _tr("{period}, {owner}").format(period=what, owner=owner_name(cell.owner))
        self.deals_requested.emit(cell.won_filter if won else cell.filter, what)

    # ----- conversion -----

    def _on_convert(self) -> None:
        self.refresh()

    def ask_rates(self, target: str | None = None) -> RatesDialog | None:
        target = (
            target
            or self.convert.currentData()
            or (self.forecast.overall[0].currency if self.forecast and self.forecast.overall else None)
        )
        if not target:
            return None
        currencies = [c.currency for c in self.forecast.overall] if self.forecast else []
        dialog = RatesDialog(self._services, str(target), currencies, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done() -> None:
            index = self.convert.findData(target)
            if index < 0:
                self.convert.addItem(_tr("All in {currency}").format(currency=target), target)
                index = self.convert.count() - 1
            self.convert.setCurrentIndex(index)
            self.refresh()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog


def _digits(currency: str) -> int:
    from cardfile.domain.values import currency_digits

    return currency_digits(currency)


def _tip(cell: ForecastCell, minor: int, what: str) -> str:
    return QCoreApplication.translate(
        "Forecast", "{period}: {amount} {what}, %Ln open deal(s)", "", cell.open_count
    ).format(period=period_text(cell.period), amount=format_money(minor, cell.currency), what=what)
