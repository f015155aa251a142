"""The deal page's own filters: pipeline, owner, close date, company and status, for the list, the board and the
forecast alike; and the banner that shows a drill-down's filter (from a dashboard bar or a forecast cell) in words,
with Show All beside it.

A drill-down may filter by more than the bar has combos for (a stage, a currency, the days deals were won): those
parts are kept as they came and named in the banner, so the person always sees why the list holds what it holds.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cardfile.domain.deals import period_bounds, period_of
from cardfile.domain.errors import Ambiguous, NotFound
from cardfile.services import Services
from cardfile.services.sales import DealFilter
from cardfile.ui.deals.texts import owner_name, range_text, seeded_name, status_text
from cardfile.ui.widgets.basics import FlowLayout
from cardfile.ui.widgets.editors import CompanyNameEdit
from cardfile.ui.words import separator

# What the bar's own combos and field filter by; anything else in a drill-down is kept aside and named.
BAR_FIELDS = frozenset({"pipeline_id", "owner", "company_id", "status", "close_from", "close_to", "overdue", "undated"})


def _tr(text: str) -> str:
    return QCoreApplication.translate("DealFilters", text)


def close_presets(today: date) -> list[tuple[str, str, dict[str, Any]]]:
    """(key, text, filter fields) of the close-date choices, worked out from today."""
    month = period_bounds(period_of(today, "month"))
    next_month = period_bounds(period_of(month[1] + timedelta(days=1), "month"))
    quarter = period_bounds(period_of(today, "quarter"))
    next_quarter = period_bounds(period_of(quarter[1] + timedelta(days=1), "quarter"))
    year = (date(today.year, 1, 1), date(today.year, 12, 31))
    return [
        ("any", _tr("Any close date"), {}),
        ("overdue", _tr("Overdue"), {"overdue": True}),
        ("this_month", _tr("Closing this month"), {"close_from": month[0], "close_to": month[1]}),
        ("next_month", _tr("Closing next month"), {"close_from": next_month[0], "close_to": next_month[1]}),
        ("this_quarter", _tr("Closing this quarter"), {"close_from": quarter[0], "close_to": quarter[1]}),
        ("next_quarter", _tr("Closing next quarter"), {"close_from": next_quarter[0], "close_to": next_quarter[1]}),
        ("this_year", _tr("Closing this year"), {"close_from": year[0], "close_to": year[1]}),
        ("undated", _tr("No close date"), {"undated": True}),
    ]


def _combo(name: str, tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName(name)
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMaximumWidth(220)
    return combo


class DealFilterBar(QWidget):
    """Pipeline, owner, close date, company and status; a `KindFilter` of the deal page's filter bar."""

    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealFilters")
        self._services = services
        self.extra: dict[str, Any] = {}  # a drill-down's filters the bar has no combo for
        self._custom_close: dict[str, Any] = {}  # a drill-down's close-date range that is none of the presets
        self._company_id: str | None = None
        self.pipeline = _combo("pipelineFilter", _tr("Show the deals of one pipeline"))
        self.owner = _combo("ownerFilter", _tr("Show one person's deals"))
        self.close_date = _combo("closeFilter", _tr("Show deals expected to close in a period"))
        self.status = _combo("statusFilter", _tr("Show open, won or lost deals"))
        self.company = CompanyNameEdit(lambda typed: [ref.name for ref in services.companies.suggest(typed)])
        self.company.setObjectName("companyFilter")
        self.company.setPlaceholderText(_tr("Any company"))
        self.company.setClearButtonEnabled(True)
        self.company.setToolTip(_tr("Show the deals with one company: type part of its name"))
        self.company.setMaximumWidth(200)
        self.company.setMinimumWidth(120)
        self.status.addItem(_tr("Any status"), None)
        for key in ("open", "won", "lost"):
            self.status.addItem(status_text(key), key)
        layout = FlowLayout(self)  # a narrow page puts the filters on two lines rather than cutting them
        for widget in (self.pipeline, self.owner, self.close_date, self.company, self.status):
            layout.add(widget)
        self.refresh()
        for combo in (self.pipeline, self.owner, self.close_date, self.status):
            combo.currentIndexChanged.connect(self._on_combo)
        self.company.editingFinished.connect(self._on_company)
        self.company.textChanged.connect(lambda text: self._on_company() if not text else None)  # the clear button

    # ----- filling -----

    def refresh(self) -> None:
        """Fill the pipelines, owners and close-date periods again (a pipeline added, a new owner, a new day)."""
        services = self._services
        self._fill(
            self.pipeline,
            [(_tr("All pipelines"), None)] + [(seeded_name(p.name), p.id) for p in services.pipelines.list()],
        )
        owners = dict.fromkeys([services.sales.current_user(), *services.sales.owners()])
        self._fill(self.owner, [(_tr("Anyone"), None)] + [(owner_name(o), o) for o in owners])
        self._presets = {key: values for key, _text, values in close_presets(services.sales.today())}
        items: list[tuple[str, Any]] = [(text, key) for key, text, _values in close_presets(services.sales.today())]
        if self.close_date.currentData() == "custom":
            items.append((self.close_date.currentText(), "custom"))
        self._fill(self.close_date, items)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)

    # ----- what it filters by -----

    def arguments(self) -> dict[str, Any]:
        """The DealFilter fields chosen, as keywords of the deal list's `ids()`."""
        out = dict(self.extra)
        for key, combo in (("pipeline_id", self.pipeline), ("owner", self.owner), ("status", self.status)):
            if combo.currentData() is not None:
                out[key] = combo.currentData()
        if self._company_id:
            out["company_id"] = self._company_id
        close = self.close_date.currentData()
        if close == "custom":
            out.update(self._custom_close)
        else:
            out.update(self._presets.get(close, {}))
        return out

    def current(self) -> DealFilter:
        return DealFilter(**self.arguments())

    def clear(self) -> None:
        self.extra = {}
        self._company_id = None
        for combo in (self.pipeline, self.owner, self.close_date, self.status):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._drop_custom()
        self.company.blockSignals(True)
        self.company.clear()
        self.company.blockSignals(False)
        self.changed.emit()

    def set_filter(self, f: DealFilter) -> None:
        """Show exactly the deals `f` selects: the bar's combos say what they can, the rest goes to `extra`."""
        values = {field.name: getattr(f, field.name) for field in fields(DealFilter)}
        self.blockSignals(True)
        try:
            for key, combo in (("pipeline_id", self.pipeline), ("owner", self.owner), ("status", self.status)):
                wanted = values[key]
                index = combo.findData(wanted) if wanted is not None else 0
                if index < 0:  # an owner or pipeline the combo lacks (new since it was filled)
                    self.refresh()
                    index = max(combo.findData(wanted), 0)
                combo.setCurrentIndex(index)
            self._company_id = values["company_id"]
            name = ""
            if self._company_id:
                try:
                    name = self._services.companies.get(self._company_id).display_name
                except NotFound:
                    name = ""
            self.company.setText(name)
            self._set_close(values)
        finally:
            self.blockSignals(False)
        self.extra = {k: v for k, v in values.items() if k not in BAR_FIELDS and v not in (None, False)}
        self.changed.emit()

    def _set_close(self, values: dict[str, Any]) -> None:
        self._drop_custom()
        close = {
            k: values[k] for k in ("close_from", "close_to", "overdue", "undated") if values[k] not in (None, False)
        }
        for key, preset in self._presets.items():
            if preset == close:
                self.close_date.setCurrentIndex(self.close_date.findData(key))
                return
        self._custom_close = close
        text = range_text(close.get("close_from"), close.get("close_to"))
        if close.get("overdue"):
            text = _tr("Overdue, {range}").format(range=text)
        self.close_date.addItem(_tr("Closing {range}").format(range=text), "custom")
        self.close_date.setCurrentIndex(self.close_date.count() - 1)

    def _drop_custom(self) -> None:
        index = self.close_date.findData("custom")
        if index >= 0:
            self.close_date.blockSignals(True)
            self.close_date.removeItem(index)
            self.close_date.blockSignals(False)
        self._custom_close = {}

    def _on_combo(self) -> None:
        if self.close_date.currentData() != "custom":
            self._drop_custom()
        self.changed.emit()

    def _on_company(self) -> None:
        typed = self.company.text().strip()
        found: str | None = None
        if typed:
            try:
                found = self._services.companies.resolve(typed)
            except (NotFound, Ambiguous):  # part of a name that fits one company only will do
                offered = self._services.companies.suggest(typed, limit=2)
                found = offered[0].id if len(offered) == 1 else None
        self.company.setStyleSheet("" if found or not typed else "QLineEdit { color: #c0392b; }")
        self.company.setToolTip(
            _tr("There is no company named “{name}”").format(name=typed)
            if typed and not found
            else _tr("Show the deals with one company: type part of its name")
        )
        if found != self._company_id:
            self._company_id = found
            self.changed.emit()

    # ----- in words -----

    def describe_extra(self) -> str:
        """What a drill-down filters by beyond the bar's combos: 'Stage Proposal · in USD · won 1/1 – 31/3'."""
        parts = []
        extra = self.extra
        if extra.get("stage_id"):
            parts.append(_tr("stage {stage}").format(stage=self._stage_name(extra["stage_id"])))
        if extra.get("currency"):
            parts.append(_tr("in {currency}").format(currency=extra["currency"]))
        if extra.get("closed_from") or extra.get("closed_to"):
            first, last = extra.get("closed_from"), extra.get("closed_to")
            if first is not None and last is not None and first > last:
                parts.append(_tr("none closed"))
            else:
                parts.append(_tr("closed {range}").format(range=range_text(first, last)))
        return separator().join(parts)

    def _stage_name(self, stage_id: str) -> str:
        for pipeline in self._services.pipelines.list():
            for stage in pipeline.stages:
                if stage.id == stage_id:
                    return seeded_name(stage.name)
        return _tr("(removed)")


class FilterBanner(QFrame):
    """Above the deals: the parts of a drill-down's filter the bar cannot show, and Show All."""

    show_all_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dealFilterBanner")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "QFrame#dealFilterBanner { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }"
        )
        self.text = QLabel()
        self.text.setObjectName("dealFilterText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.show_all = QPushButton(_tr("Show All"))
        self.show_all.setObjectName("dealFilterShowAll")
        self.show_all.setToolTip(_tr("Clear every filter and show all deals (Ctrl+Shift+A)"))
        self.show_all.clicked.connect(self.show_all_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 4, 10, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_all)
        self.hide()

    def show_filter(self, description: str) -> None:
        self.text.setText(_tr("Showing only deals: {filter}").format(filter=description))
        self.setVisible(bool(description))
