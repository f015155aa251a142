"""The Deals page in the window: the list with its filters, the card with Won…/Lost…/Reopen and its tabs, the form
(money exact per currency, line items setting the amount, probability from the stage or set by hand, won with a
reason), and "New Deal…" from a person's Deals tab; a deal link anywhere opens the deal."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from cardfile.domain.models import CompanyCreate, DealCreate, DealUpdate, validate
from cardfile.domain.money import Money
from cardfile.services import Services
from cardfile.ui.deals.closing import CloseDealDialog
from cardfile.ui.deals.form import DealPeopleEditor, LineItemsEditor
from cardfile.ui.deals.page import DealsPage
from cardfile.ui.main_window import MainWindow
from cardfile.ui.widgets.basics import plain
from cardfile.ui.widgets.value_editors import ChoiceEdit, MoneyEdit, NumberEdit, format_money
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture
def deals(services: Services) -> dict[str, str]:
    """Three deals of two owners and two currencies; Anna is on the renewal as decision maker."""
    today = services.sales.today()
    acme = services.companies.create(validate(CompanyCreate, name="Acme Fisheries")).id
    anna = add_contact(services, given="Anna", family="Berg", company_id=acme)
    stages = services.pipelines.get().stages
    renewal = services.deals.create(
        validate(
            DealCreate,
            name="Acme renewal",
            company_id=acme,
            amount_minor=1_250_050,
            currency="USD",
            expected_close=today - timedelta(days=3),
            contacts=[{"contact_id": anna, "role": "Decision maker"}],
            owner_id="anna",
        )
    ).id
    boats = services.deals.create(
        validate(
            DealCreate,
            name="Boats",
            amount_minor=40_000_00,
            currency="EUR",
            stage_id=stages[2].id,
            expected_close=today + timedelta(days=20),
            owner_id="bo",
        )
    ).id
    nets = services.deals.create(
        validate(DealCreate, name="Nets", company_id=acme, amount_minor=9_900, currency="USD", owner_id="bo")
    ).id
    return {"renewal": renewal, "boats": boats, "nets": nets, "anna": anna, "acme": acme}


def deals_page(window: MainWindow) -> DealsPage:
    page = window.go_to("deals")
    assert isinstance(page, DealsPage)
    return page


def names(page: DealsPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def wait_listed(qtbot: QtBot, page: DealsPage) -> None:
    qtbot.waitUntil(lambda: not page.model.is_reloading())


def texts(widget: object) -> list[str]:
    """The labels' words, without the marks that keep each value in its own direction."""
    return [plain(label.text()) for label in widget.findChildren(QLabel)]  # type: ignore[attr-defined]


def test_the_deal_list_sorts_by_its_columns_and_filters_by_pipeline_owner_close_date_and_company(
    qtbot: QtBot, qtmodeltester: object, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    wait_listed(qtbot, page)
    assert names(page) == ["Acme renewal", "Boats", "Nets"]  # by close date, undated last
    assert window.count_label.text() == "Deals: 3"
    qtmodeltester.check(page.model)  # type: ignore[attr-defined]
    page.sort_by("amount", reverse=True)
    wait_listed(qtbot, page)
    assert names(page) == ["Acme renewal", "Nets", "Boats"]  # per currency: USD after EUR, largest first
    row = names(page).index("Acme renewal")
    assert page.model.index(row, page.model.column_keys().index("amount")).data() == format_money(1_250_050, "USD")
    close = page.model.index(row, page.model.column_keys().index("expected_close"))
    assert close.data().endswith("overdue") and close.data(Qt.ItemDataRole.ForegroundRole) is not None

    bar = page.deal_filters
    bar.owner.setCurrentIndex(bar.owner.findData("bo"))
    wait_listed(qtbot, page)
    assert sorted(names(page)) == ["Boats", "Nets"] and "(filtered)" in window.count_label.text()
    bar.close_date.setCurrentIndex(bar.close_date.findData("this_month"))
    wait_listed(qtbot, page)
    expected = ["Boats"] if services.sales.today().month == (services.sales.today() + timedelta(days=20)).month else []
    assert names(page) == expected
    page.clear_filters()
    wait_listed(qtbot, page)
    bar.close_date.setCurrentIndex(bar.close_date.findData("overdue"))
    wait_listed(qtbot, page)
    assert names(page) == ["Acme renewal"]
    page.clear_filters()
    bar.company.setText("acme fish")
    bar.company.editingFinished.emit()
    wait_listed(qtbot, page)
    assert sorted(names(page)) == ["Acme renewal", "Nets"]
    bar.company.setText("Nobody Inc")
    bar.company.editingFinished.emit()
    assert "Nobody Inc" in bar.company.toolTip()  # named as unknown; the list shows all again
    wait_listed(qtbot, page)
    assert len(names(page)) == 3
    other = services.pipelines.add("Partners", [("Talk", 20), ("Sign", 80)])
    services.deals.create(validate(DealCreate, name="Reseller", pipeline_id=other.id))
    qtbot.waitUntil(lambda: bar.pipeline.findData(other.id) >= 0)
    bar.pipeline.setCurrentIndex(bar.pipeline.findData(other.id))
    wait_listed(qtbot, page)
    assert names(page) == ["Reseller"]


def test_a_deal_card_shows_what_it_is_worth_its_history_and_its_people(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    services.deals.move(deals["renewal"], "Proposal")
    window = open_window()
    page = deals_page(window)
    assert page.select_record(deals["renewal"])
    card = page.card.details
    shown = texts(card)
    assert "Acme renewal" in shown and format_money(1_250_050, "USD") in shown
    assert "50 % (the stage's)" in shown and format_money(625_025, "USD") in shown  # weighted, exactly
    assert any(t.endswith("overdue") for t in shown)
    tabs = page.card.tabs
    assert tabs is not None and tabs.keys == ["activities", "history", "notes", "contacts"]
    tabs.show_tab("history")
    history = texts(tabs.pages["history"])
    assert any("Stage: Prospect → Proposal" in t for t in history)
    assert any("by Me" in t for t in history)
    tabs.show_tab("contacts")
    people = [label for label in tabs.pages["contacts"].findChildren(QLabel) if label.objectName() == "dealContact"]
    assert len(people) == 1 and "Anna Berg" in people[0].text() and "Decision maker" in people[0].text()
    with qtbot.waitSignal(page.record_requested) as opened:
        people[0].linkActivated.emit(f"record:contact:{deals['anna']}")
    assert opened.args == ["contact", deals["anna"]]


def test_a_deals_history_right_to_left_isolates_its_values_and_points_its_arrow_the_way_it_reads(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    """Regression: in Persian a deal's History showed 'Company: Atlas Logistics Inc.' with its full stop on the far
    side, and 'Stage: Prospect → Proposal' read right to left with the arrow pointing from the new stage to the
    old."""
    services.deals.move(deals["renewal"], "Proposal")
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window()
        page = deals_page(window)
        assert page.select_record(deals["renewal"])
        tabs = page.card.tabs
        assert tabs is not None
        tabs.show_tab("history")
        lines = [
            line
            for label in tabs.pages["history"].findChildren(QLabel)
            if label.objectName() == "dealHistoryChange"
            for line in label.text().split("\n")
        ]
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    assert "\u200fStage: \u2068Prospect\u2069 ← \u2068Proposal\u2069" in lines
    assert "\u200fName: \u2068Acme renewal\u2069" in lines
    assert all(line.startswith("\u200f") for line in lines)


def test_won_with_a_reason_from_the_card_then_reopened(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    page.select_record(deals["boats"])
    won = page.card.details.findChild(QPushButton, "markWon")
    assert won is not None
    won.click()
    dialog = page.findChild(CloseDealDialog)
    assert dialog is not None and dialog.won
    dialog.reason.setEditText("Best delivery time")  # a new reason joins the list
    dialog.accept()
    deal = services.deals.get(deals["boats"])
    assert (deal.status, deal.reason, deal.probability) == ("won", "Best delivery time", 100)
    assert "Best delivery time" in [c.name for c in services.deals.choices("won_reason")]
    qtbot.waitUntil(lambda: page.card.details.findChild(QPushButton, "reopenDeal") is not None)
    assert any("Won" in t and "Best delivery time" in t for t in texts(page.card.details))
    page.card.details.findChild(QPushButton, "reopenDeal").click()
    assert services.deals.get(deals["boats"]).status == "open"
    window.undo_action.trigger()
    assert services.deals.get(deals["boats"]).status == "won"


def form_of(page: DealsPage):  # type: ignore[no-untyped-def]
    form = page.card.form
    assert form is not None
    return form


def test_line_items_set_the_amount_when_asked(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    page.new_record()
    form = form_of(page)
    name = form.editors["name"]
    assert isinstance(name, QLineEdit)
    name.setText("Ropes")
    name.textEdited.emit("Ropes")
    money = form.editors["amount"]
    assert isinstance(money, MoneyEdit)
    money.currency.set_currency("EUR")
    items = form.editors["line_items"]
    assert isinstance(items, LineItemsEditor)
    first = items.add_row()
    qtbot.keyClicks(first.product, "Rope, 50 m")
    qtbot.keyClicks(first.quantity, "2.5")
    qtbot.keyClicks(first.price, "199.90")
    qtbot.keyClicks(first.discount, "10")
    second = items.add_row()
    qtbot.keyClicks(second.product, "Shackle")
    qtbot.keyClicks(second.price, "19.99")
    assert first.total.text() == "449.78" and second.total.text() == "19.99"  # 2.5 × 199.90 − 10 % = 449.775
    items.from_items.setChecked(True)
    assert money.amount.text() == "469.77" and money.amount.isReadOnly()
    assert page.card.save()
    deal = services.deals.get(page.card.record_id or "")
    assert (deal.amount_minor, deal.currency, deal.amount_from_items) == (46_977, "EUR", True)
    assert [(i.product, i.quantity, i.unit_price_minor, i.discount_percent) for i in deal.line_items] == [
        ("Rope, 50 m", "2.5", 19_990, "10"),
        ("Shackle", "1", 1_999, "0"),
    ]
    assert deal.owner == "me" and deal.stage.name == "Prospect"


def test_probability_comes_from_the_stage_until_set_and_a_deal_is_won_with_a_reason_in_the_form(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    page.select_record(deals["nets"])
    assert page.edit_current()
    form = form_of(page)
    probability = form.editors["probability"]
    assert isinstance(probability, NumberEdit)
    assert probability.number() is None and probability.text() == "The stage's (10 %)"
    stage = form.editors["stage"]
    assert isinstance(stage, ChoiceEdit)
    stage.setCurrentIndex(stage.findText("Negotiation"))
    stage.activated.emit(stage.currentIndex())
    assert probability.text() == "The stage's (75 %)"  # follows the stage chosen
    probability.set_number(60)
    probability.changed.emit()
    assert page.card.save()
    deal = services.deals.get(deals["nets"])
    assert (deal.stage.name, deal.probability, deal.probability_overridden) == ("Negotiation", 60, True)

    page.edit_current()
    form = form_of(page)
    assert not form.editors["reason"].isVisibleTo(form)  # an open deal has no reason
    status = form.editors["status"]
    assert isinstance(status, ChoiceEdit)
    status.setCurrentIndex(status.findData("won"))
    status.activated.emit(status.currentIndex())
    reason = form.editors["reason"]
    assert isinstance(reason, ChoiceEdit) and reason.isVisibleTo(form)
    reason.setEditText("Cheapest offer")
    reason.changed.emit()
    form.editors["probability"].set_number(None)  # type: ignore[attr-defined]
    assert page.card.save()
    deal = services.deals.get(deals["nets"])
    assert (deal.status, deal.reason, deal.probability) == ("won", "Cheapest offer", 100)
    assert "Cheapest offer" in [c.name for c in services.deals.choices("won_reason")]


def test_an_amount_is_exact_to_its_currency_and_a_wrong_one_is_told_beside_it(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    page.select_record(deals["boats"])
    page.edit_current()
    form = form_of(page)
    money = form.editors["amount"]
    assert isinstance(money, MoneyEdit)
    assert money.value() == Money(40_000_00, "EUR")
    money.currency.set_currency("JPY")
    money.amount.setText("1500.5")
    money.amount.textEdited.emit("1500.5")
    assert not page.card.save()
    assert "JPY has no decimals" in form.field_errors["amount"].text()
    assert services.deals.get(deals["boats"]).currency == "EUR", "nothing was saved"
    money.amount.setText("19,999,999")
    assert page.card.save()
    deal = services.deals.get(deals["boats"])
    assert (deal.amount_minor, deal.currency) == (19_999_999, "JPY")


def test_new_deal_from_a_persons_deals_tab_names_the_person_and_the_company(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    contacts = window.go_to("contacts")
    assert contacts.select_record(deals["anna"])
    tabs = contacts.card.tabs  # type: ignore[attr-defined]
    tabs.show_tab("deals")
    listed = [label.text() for label in tabs.pages["deals"].findChildren(QLabel) if label.objectName() == "deal"]
    assert len(listed) == 1 and "Acme renewal" in listed[0] and "overdue" in listed[0]
    button = tabs.pages["deals"].findChild(QPushButton, "newDeal")
    assert button is not None and button.text() == "New Deal…"
    button.click()
    page = deals_page(window)
    assert window.current_page() is page
    form = form_of(page)
    assert form.editors["company"].text() == "Acme Fisheries"  # type: ignore[attr-defined]
    people = form.editors["people"]
    assert isinstance(people, DealPeopleEditor)
    assert [(cid, name) for cid, name, _role in people.value()] == [(deals["anna"], "Anna Berg")]
    people.rows[0].role.setEditText("Champion")
    form.editors["name"].setText("Second boat")  # type: ignore[attr-defined]
    assert page.card.save()
    deal = services.deals.get(page.card.record_id or "")
    assert deal.company is not None and deal.company.name == "Acme Fisheries"
    assert [(c.name, c.role) for c in deal.contacts] == [("Anna Berg", "Champion")]
    assert "Champion" in [c.name for c in services.deals.choices("deal_role")]


def test_new_deal_from_a_companys_deals_tab_names_the_company(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    companies = window.go_to("companies")
    assert companies.select_record(deals["acme"])
    tabs = companies.card.tabs  # type: ignore[attr-defined]
    tabs.show_tab("deals")
    button = tabs.pages["deals"].findChild(QPushButton, "newDeal")
    assert button is not None
    button.click()
    page = deals_page(window)
    form = form_of(page)
    assert form.editors["company"].text() == "Acme Fisheries"  # type: ignore[attr-defined]
    form.editors["name"].setText("Harbour cranes")  # type: ignore[attr-defined]
    assert page.card.save()
    deal = services.deals.get(page.card.record_id or "")
    assert deal.company is not None and deal.company.id == deals["acme"] and deal.contacts == []


def test_a_deal_link_opens_the_deal_on_the_deals_page(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    window.open_record("deal", deals["boats"])
    page = deals_page(window)
    assert window.current_page() is page and page.card.record_id == deals["boats"]
    hits = services.search.search("boats", types=["deal"])
    window.search_field.record_chosen.emit(hits[0].record_type, hits[0].id)
    assert page.selected_id() == deals["boats"]


def test_deleting_deals_from_the_list_is_one_step_to_undo(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    window = open_window()
    page = deals_page(window)
    wait_listed(qtbot, page)
    page.view.selectAll()
    assert page.delete_selected() == 3
    assert services.deals.list() == []
    window.undo_action.trigger()
    assert len(services.deals.list()) == 3


def test_editing_a_deal_keeps_its_probability_when_only_the_name_changes(
    open_window: OpenWindow, services: Services, deals: dict[str, str]
) -> None:
    """Saving a form that changed the name alone writes the name alone (no reset of an overridden probability,
    no amount, no stage)."""
    services.deals.update(deals["nets"], validate(DealUpdate, probability=42))
    window = open_window()
    page = deals_page(window)
    page.select_record(deals["nets"])
    page.edit_current()
    form = form_of(page)
    assert form.changes() == {}
    form.editors["name"].setText("Nets, 40 pieces")  # type: ignore[attr-defined]
    assert form.changes() == {"name": "Nets, 40 pieces"}
    assert page.card.save()
    deal = services.deals.get(deals["nets"])
    assert (deal.name, deal.probability, deal.probability_overridden) == ("Nets, 40 pieces", 42, True)
