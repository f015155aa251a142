"""The Deals page: the shared list page with the deal filters (pipeline, owner, close date, company, status), and
two views of its own beside the list — the pipeline board and the forecast — filtered alike. A drill-down from the
dashboard or the forecast lands here: the list narrowed to the deals behind a figure, the filter in sight and
cleared by Show All. Pipelines… opens the pipeline editor.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QBoxLayout, QWidget

from cardfile.services import Services
from cardfile.services.events import RecordsChanged
from cardfile.services.sales import DealFilter
from cardfile.ui.deals.board import PipelineBoard
from cardfile.ui.deals.filters import DealFilterBar, FilterBanner
from cardfile.ui.deals.forecast import ForecastView
from cardfile.ui.deals.pipelines import PipelinesDialog
from cardfile.ui.event_bridge import EventBridge, touches
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.tasks import TaskRunner


class DealsPage(RecordListPage):
    """The deal list, the board and the forecast, one filter for all three."""

    def __init__(
        self,
        kind: RecordKind,
        services: Services,
        bridge: EventBridge,
        icon: QIcon | None = None,
        *,
        runner: TaskRunner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(kind, services, bridge, icon, runner=runner, parent=parent)
        self._bridge = bridge
        self.filters.show_only(tags=False, groups=False, lookups=False)
        self.deal_filters = DealFilterBar(services)
        self.filters.add(self.deal_filters)
        self.banner = FilterBanner()
        self.banner.show_all_requested.connect(self.clear_filters)
        layout = self.layout()
        assert isinstance(layout, QBoxLayout)
        layout.insertWidget(layout.indexOf(self.filters) + 1, self.banner)
        self.board = PipelineBoard(services, self.runner)
        self.board.deal_chosen.connect(self.select_record)
        self.add_view("board", self.tr("&Board"), self.board).setToolTip(
            self.tr("The open deals as cards in a column per stage; drag a card to move the deal")
        )
        self.forecast = ForecastView(services, self.runner)
        self.forecast.deals_requested.connect(self.show_deals)
        self.add_view("forecast", self.tr("&Forecast"), self.forecast).setToolTip(
            self.tr("Weighted and unweighted totals by the month or quarter deals should close")
        )
        self.pipelines_action = self._action(self.tr("&Pipelines…"), self.show_pipelines, name="editPipelines")
        self.pipelines_action.setToolTip(self.tr("Add, rename, reorder and remove pipelines and their stages"))
        self.toolbar.insertAction(self.tag_action, self.pipelines_action)
        self.pipelines_dialog: PipelinesDialog | None = None
        self.model.query_changed.connect(self._on_query_changed)
        for action in self._views.values():
            action.triggered.connect(self._on_view_chosen)
        self._on_query_changed()

    # ----- one filter for the list, the board and the forecast -----

    def current_filter(self) -> DealFilter:
        return self.deal_filters.current()

    def _on_query_changed(self) -> None:
        f = self.current_filter()
        self.board.set_filter(f)
        self.forecast.set_filter(f)
        self.banner.show_filter(self.deal_filters.describe_extra())

    def show_deals(self, f: DealFilter, what: str = "") -> None:
        """The drill-down: the list of the deals `f` selects, its filter in the bar and the banner."""
        if not self.may_leave_form():
            return
        self.deal_filters.set_filter(f)
        self.show_view("list")
        self.model.reload()  # now, so the list is right when the page comes into sight
        self.focus_list()

    def _on_view_chosen(self) -> None:
        if self.current_view() == "board":
            self.board.focus_first()

    def on_records_changed(self, event: RecordsChanged) -> None:
        super().on_records_changed(event)
        self.board.on_records_changed(event)
        self.forecast.on_records_changed(event)
        if touches(event, "pipeline") or touches(event, "stage") or touches(event, "deal"):
            self.deal_filters.refresh()

    # ----- the pipeline editor -----

    def show_pipelines(self) -> PipelinesDialog:
        if self.pipelines_dialog is None:
            self.pipelines_dialog = PipelinesDialog(self.services, self._bridge, self)
        self.pipelines_dialog.reload()
        self.pipelines_dialog.show()
        self.pipelines_dialog.raise_()
        self.pipelines_dialog.activateWindow()
        return self.pipelines_dialog

    def save_state(self, settings: Any) -> None:
        super().save_state(settings)
        settings.setValue("deals/forecastBy", self.forecast.by.currentData())
        settings.setValue("deals/forecastPerOwner", bool(self.forecast.owners.currentData()))

    def restore_state(self, settings: Any) -> None:
        super().restore_state(settings)
        by = settings.value("deals/forecastBy")
        if isinstance(by, str):
            self.forecast.by.setCurrentIndex(max(self.forecast.by.findData(by), 0))
        per_owner = str(settings.value("deals/forecastPerOwner", "false")).lower() == "true"
        self.forecast.owners.setCurrentIndex(1 if per_owner else 0)
