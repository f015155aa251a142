"""The deal page's views and the pages around it: the pipeline board (drag a card to another stage and undo it),
the forecast (per currency, converted only at the user's rates), the dashboard's charts drilling down into the
deals behind a bar or a slice, the pipeline editor (a removed stage's deals go where the person says), reports
saved as PDF and CSV, and the start page."""

from __future__ import annotations

import gc
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ActivityCreate, CompanyCreate, DealCreate, validate
from cardfile.domain.report_cells import english
from cardfile.interchange.report_pdf import render_pdf
from cardfile.services import Services
from cardfile.ui.dashboard.page import DashboardPage
from cardfile.ui.deals.board import PipelineBoard
from cardfile.ui.deals.forecast import RatesDialog
from cardfile.ui.deals.page import DealsPage
from cardfile.ui.deals.pipelines import PipelinesDialog
from cardfile.ui.dialogs.settings import START_PAGE_KEY
from cardfile.ui.main_window import MainWindow
from cardfile.ui.reports.dialog import ReportsDialog, report_html
from cardfile.ui.widgets.charts import BarChart, Bars
from cardfile.ui.widgets.value_editors import format_amount
from tests.gui.conftest import OpenWindow

pytestmark = pytest.mark.gui
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def sales(services: Services) -> dict[str, str]:
    """Deals in dollars and euros over the Sales pipeline's stages, one won and one lost today."""
    today = services.sales.today()
    acme = services.companies.create(validate(CompanyCreate, name="Acme Fisheries")).id
    stages = {s.name: s.id for s in services.pipelines.get().stages}

    def deal(name: str, stage: str, minor: int, currency: str = "USD", days: int = 10, **more: object) -> str:
        return services.deals.create(
            validate(
                DealCreate,
                name=name,
                stage_id=stages[stage],
                amount_minor=minor,
                currency=currency,
                expected_close=today + timedelta(days=days),
                company_id=acme,
                **more,
            )
        ).id

    made = {
        "ropes": deal("Ropes", "Prospect", 100_000),
        "nets": deal("Nets", "Prospect", 50_000, days=40),
        "boats": deal("Boats", "Proposal", 4_000_000, "EUR"),
        "engine": deal("Engine", "Negotiation", 2_000_000),
        "won": deal("Hooks", "Commitment", 30_000),
        "lost": deal("Buoys", "Qualified", 70_000),
    }
    services.deals.close(made["won"], won=True, reason="Price")
    services.deals.close(made["lost"], won=False, reason="Too late")
    return made


def deals_page(window: MainWindow) -> DealsPage:
    page = window.go_to("deals")
    assert isinstance(page, DealsPage)
    return page


def open_board(qtbot: QtBot, window: MainWindow) -> PipelineBoard:
    page = deals_page(window)
    page.show_view("board")
    board = page.board
    qtbot.waitUntil(lambda: board.board is not None and not board.is_reading(), timeout=5000)
    qtbot.waitUntil(lambda: all(c.view.isVisible() for c in board.columns))  # new columns are shown by the loop
    return board


def column(board: PipelineBoard, stage: str) -> int:
    assert board.board is not None
    return [c.stage.name for c in board.board.columns].index(stage)


def card_names(board: PipelineBoard, stage: str) -> list[str]:
    model = board.columns[column(board, stage)].model
    return [model.record_at(row).name for row in range(model.rowCount())]  # type: ignore[union-attr]


# ----- the board -----


def test_the_board_shows_a_column_per_stage_with_counts_and_totals_per_currency(
    qtbot: QtBot, qtmodeltester: object, open_window: OpenWindow, sales: dict[str, str]
) -> None:
    window = open_window()
    board = open_board(qtbot, window)
    assert [c.title.text() for c in board.columns] == [
        "Prospect · 10 %", "Qualified · 25 %", "Proposal · 50 %", "Negotiation · 75 %", "Commitment · 90 %",
    ]  # fmt: skip
    assert card_names(board, "Prospect") == ["Ropes", "Nets"]  # soonest close first; open deals only
    assert card_names(board, "Commitment") == []
    prospect = board.columns[column(board, "Prospect")]
    assert prospect.count.text() == "2 deals"
    totals = prospect.totals.text()
    assert "USD" in totals and format_amount(150_000, "USD") in totals and format_amount(15_000, "USD") in totals
    proposal = board.columns[column(board, "Proposal")].totals.text()
    assert "EUR" in proposal and "USD" not in proposal  # never a euro in a dollar total
    assert board.heading.text() == "Pipeline: Sales"
    qtmodeltester.check(prospect.model)  # type: ignore[attr-defined]


def test_the_board_mirrors_right_to_left_with_each_currency_on_the_reading_side(
    qtbot: QtBot, open_window: OpenWindow, sales: dict[str, str]
) -> None:
    """Regression: in a right-to-left interface the columns' totals kept the code on the left (Qt lays rich-text
    table columns out left to right), and labels starting with Latin letters or amounts (the board's heading and
    summary, the forecast's note, the dashboard's average) sat on the left: Qt aligns a label by its text."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window()
        board = open_board(qtbot, window)
        totals = board.columns[column(board, "Prospect")].totals.text()
        row = totals[totals.index("<tr>") : totals.index("</tr>")]
        assert row.index(format_amount(15_000, "USD")) < row.index(format_amount(150_000, "USD")) < row.index("USD<")
        dashboard = window.pages["dashboard"]
        assert isinstance(dashboard, DashboardPage)
        for label in (board.heading, board.summary, deals_page(window).forecast.note, dashboard.average):
            side = label.alignment()
            assert side & Qt.AlignmentFlag.AlignAbsolute and side & Qt.AlignmentFlag.AlignRight, label.objectName()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    board.read_now()
    totals = board.columns[column(board, "Prospect")].totals.text()
    row = totals[totals.index("<tr>") : totals.index("</tr>")]
    assert row.index("USD<") < row.index(format_amount(150_000, "USD")) < row.index(format_amount(15_000, "USD"))


def drop(board: PipelineBoard, deal_id: str, on_stage: str) -> None:
    """What a drag and drop does: the source column's mime data, dropped on the target column's viewport."""
    source = next(c for c in board.columns if c.model.row_of(deal_id) is not None)
    row = source.model.row_of(deal_id)
    assert row is not None
    mime = source.model.mimeData([source.model.index(row, 0)])
    viewport = board.columns[column(board, on_stage)].view.viewport()
    where, move, button, keys = viewport.rect().center(), Qt.DropAction.MoveAction, Qt.MouseButton.LeftButton, NO_KEYS
    entered = QDragEnterEvent(where, move, mime, button, keys)
    QApplication.sendEvent(viewport, entered)
    QApplication.sendEvent(viewport, QDragMoveEvent(where, move, mime, button, keys))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(where), move, mime, button, keys))
    assert entered.isAccepted(), "a column takes a deal's card in"


def test_a_card_dragged_to_another_stage_moves_the_deal_at_once_and_undo_puts_it_back(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    board = open_board(qtbot, window)
    with qtbot.waitSignal(board.moved, timeout=1000):
        drop(board, sales["ropes"], "Negotiation")
    # shown in its new place before any refresh from the worker: it left its column, the one it joined was read
    assert card_names(board, "Prospect") == ["Nets"]
    assert "Ropes" in card_names(board, "Negotiation")
    deal = services.deals.get(sales["ropes"])
    assert (deal.stage.name, deal.probability) == ("Negotiation", 75)
    target = board.columns[column(board, "Negotiation")]
    assert target.model.id_at(target.view.currentIndex().row()) == sales["ropes"], "the moved card stays chosen"
    qtbot.waitUntil(
        lambda: not board.is_reading() and board.columns[column(board, "Prospect")].count.text() == "1 deal"
    )

    window.undo_action.trigger()
    assert services.deals.get(sales["ropes"]).stage.name == "Prospect"
    qtbot.waitUntil(lambda: card_names(board, "Prospect") == ["Ropes", "Nets"], timeout=5000)
    assert "Ropes" not in card_names(board, "Negotiation")
    assert window.statusBar().currentMessage() == "Undo Move deal"


def test_a_card_dropped_on_its_own_column_does_nothing(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    board = open_board(qtbot, window)
    before = len(services.history.actions())
    drop(board, sales["ropes"], "Prospect")
    assert len(services.history.actions()) == before
    assert card_names(board, "Prospect") == ["Ropes", "Nets"]


def test_a_cards_menu_opens_it_or_moves_it_to_any_stage(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    board = open_board(qtbot, window)
    prospect = column(board, "Prospect")
    view = board.columns[prospect].view
    menu = board.card_menu(prospect, view.visualRect(view.model().index(1, 0)).center())  # Nets
    assert menu is not None
    move_to = next(a.menu() for a in menu.actions() if a.menu() is not None)
    stages = {a.text(): a for a in move_to.actions()}
    assert list(stages) == ["Prospect", "Qualified", "Proposal", "Negotiation", "Commitment"]
    assert not stages["Prospect"].isEnabled()  # where it is already
    stages["Commitment"].trigger()
    assert services.deals.get(sales["nets"]).stage.name == "Commitment"
    assert "Nets" in card_names(board, "Commitment") and card_names(board, "Prospect") == ["Ropes"]
    assert board.card_menu(prospect, view.viewport().rect().bottomLeft()) is None  # no card there
    with qtbot.waitSignal(board.deal_chosen) as chosen:
        next(a for a in menu.actions() if a.text() == "Open").trigger()
    assert chosen.args == [sales["nets"]]


def test_the_keyboard_moves_a_card_to_the_next_stage(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    board = open_board(qtbot, window)
    view = board.columns[column(board, "Proposal")].view
    view.setCurrentIndex(view.model().index(0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert services.deals.get(sales["boats"]).stage.name == "Negotiation"
    assert "Boats" in card_names(board, "Negotiation")


def test_the_board_follows_the_page_filter_and_opens_a_card(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    board = open_board(qtbot, window)
    bar = page.deal_filters
    bar.close_date.setCurrentIndex(bar.close_date.findData("this_year"))
    qtbot.waitUntil(lambda: not board.is_reading() and board.filter.close_from is not None)
    expected = [n for n, days in (("Ropes", 10), ("Nets", 40))
                if (services.sales.today() + timedelta(days=days)).year == services.sales.today().year]  # fmt: skip
    qtbot.waitUntil(lambda: card_names(board, "Prospect") == expected)
    with qtbot.waitSignal(board.deal_chosen) as chosen:
        view = board.columns[column(board, "Proposal")].view
        rect = view.visualRect(view.model().index(0, 0))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [sales["boats"]]
    assert page.card.record_id == sales["boats"]


# ----- the forecast -----


def test_the_forecast_keeps_currencies_apart_and_converts_only_at_the_users_rates(
    qtbot: QtBot, qtmodeltester: object, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    page.show_view("forecast")
    view = page.forecast
    qtbot.waitUntil(lambda: view.forecast is not None)
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    overall = {c.currency: c for c in view.forecast.overall}  # type: ignore[union-attr]
    assert overall["USD"].total_minor == 100_000 + 50_000 + 2_000_000 and overall["EUR"].total_minor == 4_000_000
    assert overall["USD"].weighted_minor == 10_000 + 5_000 + 1_500_000
    assert "nothing is added across currencies" in view.note.text()

    dialog = view.ask_rates("USD")
    assert isinstance(dialog, RatesDialog) and list(dialog.edits) == ["EUR"]
    dialog.edits["EUR"].setText("1.0845")
    dialog.accept()
    assert services.reports.conversion("USD").rates["EUR"].as_tuple() == (0, (1, 0, 8, 4, 5), -4)
    qtbot.waitUntil(lambda: view.forecast is not None and view.forecast.conversion is not None)
    converted = next(c for c in view.forecast.converted if c.period is None)  # type: ignore[union-attr]
    assert converted.total_minor == 2_150_000 + 4_338_000  # 40,000.00 EUR at 1.0845
    assert "1 EUR = 1.0845 USD" in view.note.text()
    assert any(line.cell.converted for line in view.model.lines)


def test_a_forecast_line_opens_the_deals_behind_it(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    page.show_view("forecast")
    view = page.forecast
    qtbot.waitUntil(lambda: view.forecast is not None)
    row = next(n for n, line in enumerate(view.model.lines) if line.cell.currency == "EUR" and line.cell.period)
    view.table.doubleClicked.emit(view.model.index(row, 0))
    assert page.current_view() == "list"
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Boats"]
    assert page.banner.isVisibleTo(page) and "in EUR" in page.banner.text.text()
    page.banner.show_all.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    assert not page.banner.isVisibleTo(page)


def test_a_click_on_a_forecast_bar_lists_the_deals_behind_it(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    page.show_view("forecast")
    view = page.forecast
    qtbot.waitUntil(lambda: view.forecast is not None)
    view.chart_currency.setCurrentIndex(view.chart_currency.findData("EUR"))
    cells = view.chart_cells()
    boats = next(n for n, cell in enumerate(cells) if cell.total_minor == 4_000_000)
    qtbot.mouseClick(view.chart.viewport(), Qt.MouseButton.LeftButton, pos=view.chart.bar_position(1, boats))
    assert page.current_view() == "list"
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Boats"]


# ----- the dashboard -----


def open_dashboard(qtbot: QtBot, window: MainWindow) -> DashboardPage:
    page = window.go_to("dashboard")
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.data is not None, timeout=5000)
    return page


def test_a_click_on_a_pipeline_bar_lists_the_deals_behind_it_with_the_filter_in_sight(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    dashboard = open_dashboard(qtbot, window)
    assert dashboard.currency.currentData() == "USD"  # most open deals are in dollars
    chart = dashboard.pipeline_chart
    assert chart.categories[0] == "Prospect"
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.bar_position(1, 0))
    page = deals_page(window)
    assert window.current_page() is page and page.current_view() == "list"
    assert sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount())) == ["Nets", "Ropes"]
    assert page.banner.isVisibleTo(page)
    assert "stage Prospect" in page.banner.text.text() and "in USD" in page.banner.text.text()
    assert page.deal_filters.status.currentData() == "open"
    page.banner.show_all.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)


def test_a_chart_axis_in_millions_shows_the_decimals_its_steps_need(qtbot: QtBot) -> None:
    """Regression: the axis printed 0, 0.5, 1 and 1.5 million as '0, 0, 1, 2' (labels had no decimals)."""
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.show_bars(["Oct", "Nov"], [Bars("Total", [300_000.0, 1_130_000.0], ["", ""])], unit="EUR")
    axis = chart.value_axis
    assert axis.title == "EUR, millions" and axis.decimals == 1 and axis.step == 0.5
    assert (axis.low, axis.high) == (0, 1.5) and chart.height_of(0, 1) == pytest.approx(1.13)
    chart.show_bars(["Oct"], [Bars("Total", [8_000_000.0], [""])], unit="EUR")
    assert chart.value_axis.decimals == 0 and chart.value_axis.step == 5  # whole steps (0, 5, 10): no decimals


def test_a_click_on_the_won_slice_lists_the_deals_won_in_the_period(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    dashboard = open_dashboard(qtbot, window)
    assert dashboard.win_rate.text().startswith("50")
    pie = dashboard.pie
    qtbot.mouseClick(pie.viewport(), Qt.MouseButton.LeftButton, pos=pie.slice_position(0))
    page = deals_page(window)
    assert window.current_page() is page
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Hooks"]
    assert "closed" in page.banner.text.text()
    window.go_to("dashboard")
    dashboard.lost_button.click()
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Buoys"]


def test_the_dashboard_lists_todays_and_overdue_activities_and_opens_them(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    now = datetime.now(UTC)
    services.activities.schedule(validate(ActivityCreate, subject="Call back", starts_at=now.date(), timeless=True))
    late = services.activities.schedule(
        validate(ActivityCreate, subject="Send the quote", starts_at=now - timedelta(days=3), time_zone="UTC")
    ).id
    window = open_window()
    dashboard = open_dashboard(qtbot, window)
    assert dashboard.task_tabs.tabText(0) == "Today (1)" and dashboard.task_tabs.tabText(1) == "Overdue (1)"
    assert "Call back" in dashboard.task_list.item(0).text()
    dashboard.task_tabs.setCurrentIndex(1)
    item = dashboard.task_list.item(0)
    assert "Send the quote" in item.text()
    with qtbot.waitSignal(dashboard.record_requested) as opened:
        dashboard.task_list.itemClicked.emit(item)
    assert opened.args == ["activity", late]


def test_the_biggest_open_deals_open_the_deal(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    dashboard = open_dashboard(qtbot, window)
    first = dashboard.biggest.item(0)
    assert "Engine" in first.text()
    dashboard.biggest.itemClicked.emit(first)
    page = deals_page(window)
    assert window.current_page() is page and page.card.record_id == sales["engine"]


def test_the_dashboard_can_be_the_start_page(
    qtbot: QtBot, open_window: OpenWindow, ui_settings: QSettings, sales: dict[str, str]
) -> None:
    window = open_window()
    dialog = window.show_settings()
    dialog.start_box.setCurrentIndex(dialog.start_box.findData("dashboard"))
    dialog.apply()
    assert ui_settings.value(START_PAGE_KEY) == "dashboard"
    window.close()
    again = open_window()
    assert again.current_page() is again.pages["dashboard"]


# ----- the pipeline editor -----


def test_removing_a_stage_in_use_moves_its_deals_where_the_person_says(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    dialog = page.show_pipelines()
    assert isinstance(dialog, PipelinesDialog)
    asked: list[str] = []

    def answer(_parent: object, _title: str, question: str, targets: list[tuple[str, tuple[str, str]]]) -> object:
        asked.append(question)
        return next(value for label, value in targets if label == "Qualified")

    dialog.ask_move_to = answer
    dialog.stage_table.setCurrentCell(0, 0)  # Prospect, with Ropes and Nets
    dialog.remove_stage()
    assert asked and "holds 2 deals" in asked[0]
    stages = [s.name for s in services.pipelines.get().stages]
    assert stages == ["Qualified", "Proposal", "Negotiation", "Commitment"]
    for key in ("ropes", "nets"):
        deal = services.deals.get(sales[key])
        assert (deal.stage.name, deal.probability) == ("Qualified", 25)
    assert [dialog.stage_table.item(r, 0).text() for r in range(dialog.stage_table.rowCount())] == stages
    assert dialog.stage_table.item(0, 2).text() == "3 deals"  # the two moved and the lost one
    window.undo_action.trigger()  # one undo puts the stage and its deals back
    assert services.deals.get(sales["ropes"]).stage.name == "Prospect"
    qtbot.waitUntil(lambda: dialog.stage_table.rowCount() == 5)


def test_a_person_who_does_not_choose_keeps_the_stage_and_its_deals(
    open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    dialog = deals_page(window).show_pipelines()
    dialog.ask_move_to = lambda *_args: None
    dialog.stage_table.setCurrentCell(0, 0)
    dialog.remove_stage()
    assert len(services.pipelines.get().stages) == 5
    assert services.deals.get(sales["ropes"]).stage.name == "Prospect"


def test_stages_are_added_renamed_reordered_and_given_a_probability(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str]
) -> None:
    window = open_window()
    dialog = deals_page(window).show_pipelines()
    dialog.stage_table.setCurrentCell(1, 0)  # Qualified
    dialog.ask_stage = lambda *_args: ("Demo", 35)
    dialog.add_stage()
    assert [s.name for s in services.pipelines.get().stages][1:3] == ["Qualified", "Demo"]
    assert dialog.current_stage() is not None and dialog.current_stage().name == "Demo"  # type: ignore[union-attr]
    dialog.move_stage(-1)
    assert [s.name for s in services.pipelines.get().stages][1:3] == ["Demo", "Qualified"]
    dialog.rename_stage(dialog.current_stage().id, "Product demo")  # type: ignore[union-attr]
    dialog.set_probability(dialog.current_stage().id, 40)  # type: ignore[union-attr]
    demo = services.pipelines.get().stages[1]
    assert (demo.name, demo.probability) == ("Product demo", 40)
    dialog.rename_stage(demo.id, "Proposal")  # a name another stage has
    assert dialog.error.isVisibleTo(dialog) and "Proposal" in dialog.error.text()
    dialog.ask_text = lambda *_args: "Partners"
    dialog.add_pipeline()
    assert [p.name for p in services.pipelines.list()] == ["Sales", "Partners"]
    assert dialog.current_pipeline() is not None and dialog.current_pipeline().name == "Partners"  # type: ignore[union-attr]


# ----- reports -----


def test_a_report_is_saved_as_pdf_on_a_worker_and_exported_as_csv(
    qtbot: QtBot, open_window: OpenWindow, services: Services, sales: dict[str, str], tmp_path: Path
) -> None:
    window = open_window()
    file_menu = window.menuBar().actions()[0].menu()
    mnemonics = [a.text().split("&")[1][0].lower() for a in file_menu.actions() if "&" in a.text()]
    assert "Repor&ts…" in [a.text() for a in file_menu.actions()] and len(mnemonics) == len(set(mnemonics))
    dialog = window.show_reports()
    assert isinstance(dialog, ReportsDialog) and dialog.kind() == "pipeline"
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert "Ropes" in dialog.preview.toPlainText() and "By stage" in dialog.preview.toPlainText()
    target = tmp_path / "pipeline.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=60_000) as saved:
        task = dialog.save_pdf(target)
        assert task is not None and dialog.pdf_task is task  # the window goes on while the PDF is made
    assert saved.args == [str(target)]
    assert target.read_bytes().startswith(b"%PDF-")
    assert list(tmp_path.glob(".*")) == [], "no half-written file is left"
    if os.name == "posix":
        mask = os.umask(0)
        os.umask(mask)
        assert target.stat().st_mode & 0o777 == 0o666 & ~mask  # an ordinary file's mode, not the temporary's 0600
    csv_file = tmp_path / "pipeline.csv"
    assert dialog.save_csv(csv_file)
    assert csv_file.read_text(encoding="utf-8").startswith("pipeline,stage,currency,count,total,weighted")
    dialog.choose("activities")
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.kind == "activities")
    dialog.choose("forecast")
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.kind == "forecast")
    document = dialog.document()
    assert "Forecast by month" in document.toPlainText() and document.pageCount() >= 1
    preview = dialog.print_report()
    assert preview is not None and preview.isVisible()
    pages = preview.findChild(QPrintPreviewWidget)
    assert pages is not None
    qtbot.waitUntil(lambda: pages.pageCount() >= 1)
    preview.close()


def test_a_report_that_cannot_be_written_says_where_and_why_and_the_dialog_goes_on(
    qtbot: QtBot, open_window: OpenWindow, sales: dict[str, str], tmp_path: Path
) -> None:
    window = open_window()
    dialog = window.show_reports()
    qtbot.waitUntil(lambda: dialog.report is not None)
    nowhere = tmp_path / "no such folder" / "pipeline.csv"
    assert not dialog.save_csv(nowhere)
    assert str(nowhere) in dialog.error.text() and "there is no such file or folder" in dialog.error.text()
    target = tmp_path / "gone" / "pipeline.pdf"
    dialog.save_pdf(target)
    qtbot.waitUntil(lambda: dialog.pdf_task is None, timeout=60_000)
    assert str(target) in dialog.error.text() and dialog.pdf_button.isEnabled()
    assert dialog.save_csv(tmp_path / "pipeline.csv")  # and the next try works
    assert not dialog.error.isVisibleTo(dialog)


def test_a_reports_short_cells_stay_on_one_line_in_the_preview_and_on_paper(services: Services) -> None:
    """Regression: the activities report's status wrapped as 'scheduled' over a lone '!' in the preview."""
    services.activities.schedule(
        validate(
            ActivityCreate,
            subject="Quarterly review of the whole account with everyone who signs anything",
            starts_at=datetime(2020, 5, 4, 10, tzinfo=UTC),
            time_zone="UTC",
        )
    )
    report = services.reports.activities(date_from=date(2020, 5, 1), date_to=date(2020, 5, 31), zone="UTC")
    cells = report_html(report).split("<td")
    status = next(c for c in cells if ">scheduled !<" in c)
    subject = next(c for c in cells if "Quarterly review" in c)
    assert "nowrap" in status and "nowrap" not in subject


def test_a_report_reads_right_to_left_with_its_columns_mirrored(services: Services, sales: dict[str, str]) -> None:
    """Regression: in Persian the preview and the printed report laid their columns out left to right (Qt's rich
    text does not mirror a table), the pipeline's name on the left and the amounts aligned to the reading side."""
    report = services.reports.pipeline()
    ltr, rtl = (report_html(report, rtl=way).split("<thead>")[1].split("</thead>")[0] for way in (False, True))
    headings = [c.heading for c in report.tables[0].columns]
    assert ltr.index(f">{headings[0]}<") < ltr.index(f">{headings[-1]}<")
    assert rtl.index(f">{headings[-1]}<") < rtl.index(f">{headings[0]}<"), "the first column is the last in the row"
    assert (
        "<th align='left' bgcolor='#e6e6e6'>Weighted</th>" in rtl
        and "<th align='right' bgcolor='#e6e6e6'>Pipeline" in rtl
    )
    head = report_html(report, rtl=True).split("<h3>")[0]
    assert "<br>Status: \u2068open\u2069</p>" in head  # a value of a filter read whole (a pipeline named "Sales.")
    pdf = render_pdf(report.in_language(english, right_to_left=True))
    assert pdf.data.startswith(b"%PDF-")


def test_a_reports_print_preview_keeps_its_printer_while_it_is_open(
    qtbot: QtBot, open_window: OpenWindow, sales: dict[str, str]
) -> None:
    """Regression: the preview was given a printer only the function that opened it held; once Python freed it,
    the preview painted its pages from a freed printer and the app crashed (Reports ▸ Print)."""
    window = open_window()
    dialog = window.show_reports()
    qtbot.waitUntil(lambda: dialog.report is not None)
    preview = dialog.print_report()
    assert preview is not None
    gc.collect()
    pages = preview.findChild(QPrintPreviewWidget)
    assert pages is not None
    qtbot.waitUntil(lambda: pages.pageCount() >= 1)
    for _ in range(3):  # the pages are painted from the printer's pictures: a freed printer crashes here
        pages.updatePreview()
        preview.grab()
    assert preview.printer().docName() == "Pipeline"
    # across the page, as the PDF is: the pipeline's deals have nine columns, and upright the last were cut off
    assert preview.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    preview.close()
