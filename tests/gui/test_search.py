"""The global search field: as-you-type search, hits grouped by record type, Enter opens the record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardfile.domain.models import CompanyCreate, NoteCreate, validate
from cardfile.services import Services
from cardfile.services.readmodels import SearchResult
from cardfile.ui.search import KIND_ROLE, SearchField, SearchResultsModel
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture
def jonsson(services: Services) -> dict[str, str]:
    """A person and a company whose names both match 'jons'."""
    anna = add_contact(
        services,
        given="Anna",
        family="Jónsdóttir",
        emails=[{"value": "anna@example.is"}],
        company_name="Jónsson & Co",
    )
    add_contact(services, given="Bjarni", family="Ólafsson")
    company = services.companies.resolve("Jónsson & Co")
    services.companies.create(validate(CompanyCreate, name="Unrelated Ltd"))
    return {"anna": anna, "company": company}


def lines(model: SearchResultsModel) -> list[tuple[str, str]]:
    return [(model.index(r).data(KIND_ROLE), model.index(r).data()) for r in range(model.rowCount())]


def test_typing_shows_hits_grouped_by_type_and_enter_opens_the_person(
    qtbot: QtBot, open_window: OpenWindow, jonsson: dict[str, str]
) -> None:
    window = open_window()
    window.go_to("companies")
    field = window.search_field
    window.find_action.trigger()
    qtbot.keyClicks(field, "jons")  # no accent typed; the name has one
    qtbot.waitUntil(field.popup.isVisible)
    assert lines(field.results) == [
        ("header", "Contacts"),
        ("contact", "Anna Jónsdóttir"),
        ("header", "Companies"),
        ("company", "Jónsson & Co"),
    ]
    assert field.popup.currentIndex().row() == 1  # the best hit is ready for Enter

    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not field.popup.isVisible()
    assert window.current_page() is window.pages["contacts"]
    assert window.pages["contacts"].card.record_id == jonsson["anna"]


def test_arrow_keys_skip_headings_and_enter_opens_the_company(
    qtbot: QtBot, open_window: OpenWindow, jonsson: dict[str, str]
) -> None:
    window = open_window()
    field = window.search_field
    qtbot.keyClicks(field, "jons")
    qtbot.waitUntil(field.popup.isVisible)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert field.popup.currentIndex().data(KIND_ROLE) == "company"
    qtbot.keyClick(field, Qt.Key.Key_Down)  # already on the last hit: stays
    qtbot.keyClick(field, Qt.Key.Key_Enter)
    assert window.current_page() is window.pages["companies"]
    assert window.pages["companies"].card.record_id == jonsson["company"]


def test_enter_before_the_pause_searches_for_exactly_what_was_typed(
    qtbot: QtBot, open_window: OpenWindow, jonsson: dict[str, str]
) -> None:
    window = open_window()
    window.go_to("companies")
    field = window.search_field
    field.setText("jónsd")  # as a paste would: no pause, no debounce yet
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.pages["contacts"].card.record_id == jonsson["anna"]


def test_a_note_opens_the_person_it_is_about(
    qtbot: QtBot, open_window: OpenWindow, jonsson: dict[str, str], services: Services
) -> None:
    services.notes.add(validate(NoteCreate, body="Quarterly pricing agreed", contact_ids=[jonsson["anna"]]))
    window = open_window()
    window.go_to("companies")
    field = window.search_field
    qtbot.keyClicks(field, "pricing")
    qtbot.waitUntil(field.popup.isVisible)
    assert lines(field.results) == [("header", "Notes"), ("note", "Quarterly pricing agreed")]
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.pages["contacts"].card.record_id == jonsson["anna"]


def test_no_match_says_so_and_escape_closes(qtbot: QtBot, open_window: OpenWindow, jonsson: dict[str, str]) -> None:
    window = open_window()
    field = window.search_field
    qtbot.keyClicks(field, "zzzz")
    qtbot.waitUntil(field.popup.isVisible)
    assert lines(field.results) == [("header", "No matches for “zzzz”")]
    qtbot.keyClick(field, Qt.Key.Key_Return)  # nothing to open: nothing happens
    assert field.popup.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not field.popup.isVisible()
    assert field.text() == "zzzz"


def test_typing_pauses_before_searching(qtbot: QtBot) -> None:
    """One search per pause in typing, not one per key."""
    queries: list[str] = []

    def search(text: str) -> list[SearchResult]:
        queries.append(text)
        return [SearchResult("contact", "c1", "Anna", "", 1)]

    field = SearchField(search)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClicks(field, "anna")
    qtbot.waitUntil(field.popup.isVisible)
    assert queries == ["anna"]
    field.clear()
    assert not field.popup.isVisible()


def test_the_results_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = SearchResultsModel()
    model.set_results(
        [
            SearchResult("company", "k1", "Acme", "Retail", 1),
            SearchResult("contact", "c1", "Anna", "Buyer · Acme", 1),
            SearchResult("note", "n1", "Call Anna", "", 2),
        ],
        "a",
    )
    assert [model.index(r).data(KIND_ROLE) for r in range(model.rowCount())] == [
        "header",
        "contact",
        "header",
        "company",
        "header",
        "note",
    ]
    qtmodeltester.check(model)
