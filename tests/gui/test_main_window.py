"""The main window driven through its real widgets over a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ContactUpdate, validate
from cardfile.services import Services
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.list_page import RecordListPage
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui

TITLE_COLUMN = 4  # hidden until chosen, but in the model all the same


def card_texts(page: RecordListPage) -> list[str]:
    """Everything the detail pane shows as text, in order (links as the words a person sees, without the invisible
    marks that keep each piece in its own direction)."""
    content = page.card
    texts = [
        QTextDocumentFragment.fromHtml(label.text()).toPlainText()
        if label.textFormat() == Qt.TextFormat.RichText
        else label.text()
        for label in content.findChildren(QLabel)
    ]
    return [text.translate(_BIDI_MARKS) for text in texts]


_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def contacts_page(window: MainWindow) -> RecordListPage:
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage) and page.kind.key == "contacts"
    return page


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    return {
        "anna": add_contact(
            services,
            given="Anna",
            family="Jónsdóttir",
            title="Buyer",
            emails=[{"value": "anna@marel.example", "label": "work"}],
            phones=[{"value": "+354 555 1234", "label": "cell"}, {"value": "+354 411 2030", "label": "work"}],
            addresses=[{"street": "Laugavegur 1", "locality": "Reykjavík", "country": "Iceland", "label": "work"}],
            tags=["vip", "trade fair"],
            note="Prefers email.",
            company_name="Marel",
        ),
        "taro": add_contact(services, given="太郎", family="山田", emails=[{"value": "taro@yamada.example"}]),
        "maryam": add_contact(services, given="مریم", family="کریمی", company_name="شرکت پارس"),
    }


def test_the_window_opens_on_a_populated_database(open_window: OpenWindow, people: dict[str, str]) -> None:
    window = open_window()
    page = contacts_page(window)
    assert window.current_page() is page
    assert window.count_label.text() == "Contacts: 3"
    assert window.database_label.toolTip() == window.database_label.text() == str(window.services.db.path)
    assert window.sync_label.text()
    assert [window.navigation.item(i).text() for i in range(window.navigation.count())] == [
        "Contacts",
        "Companies",
        "Activities",
        "Calendar",
        "Deals",
        "Dashboard",
    ]
    assert page.stack.currentWidget() is page.splitter
    assert page.selected_id() == page.model.id_at(0)  # the first person is shown straight away
    assert page.card.record_id == page.model.id_at(0)


def test_selecting_a_row_shows_the_full_card(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    services.contacts.update(people["anna"], validate(ContactUpdate, title="Head of Purchasing"))
    window = open_window()
    page = contacts_page(window)
    row = page.model.row_of(people["anna"])
    assert row is not None
    qtbot.mouseClick(
        page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.visualRect(page.model.index(row, 0)).center()
    )
    assert page.card.record_id == people["anna"]
    texts = card_texts(page)
    assert "Anna Jónsdóttir" in texts
    assert "anna@marel.example" in texts
    assert "+354 555 1234" in texts and "+354 411 2030" in texts
    assert "mobile" in texts  # the "cell" label, in the reader's words
    assert "Laugavegur 1\nReykjavík\nIceland" in texts
    assert {"vip", "trade fair"} <= set(texts)
    assert "Prefers email." in texts
    assert "Title: Buyer → Head of Purchasing" in texts  # the History lists the edit, old → new …
    assert any(t.endswith("Edit contact · you") for t in texts)  # … under the action that made it, and who


def test_the_company_link_on_a_card_opens_the_company(
    open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    page = contacts_page(window)
    page.select_record(people["anna"])
    company_id = services.contacts.get(people["anna"]).company.id  # type: ignore[union-attr]
    page.card.open_link(f"record:company:{company_id}")
    companies = window.current_page()
    assert isinstance(companies, RecordListPage) and companies.kind.key == "companies"
    assert companies.selected_id() == company_id
    assert window.count_label.text() == "Companies: 2"
    assert "Anna Jónsdóttir" in card_texts(companies)  # a company's card lists its people


def test_an_empty_database_explains_itself(open_window: OpenWindow) -> None:
    window = open_window()
    page = contacts_page(window)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.title.text() == "No contacts yet"
    assert "vCard" in page.empty.explanation.text() and "CSV" in page.empty.explanation.text()
    offered = [b.text() for b in page.empty.findChildren(QPushButton)]
    assert "Import a vCard File" in offered and "Import from Outlook, Google or a CSV File" in offered
    button = next(b for b in page.empty.findChildren(QPushButton) if "CSV" in b.text())
    button.click()
    assert window.import_wizard is not None and window.import_wizard.isVisible()
    window.import_wizard.reject()
    assert window.count_label.text() == "Contacts: 0"


def test_undo_after_an_edit_restores_the_old_value_and_the_list_follows(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    page = contacts_page(window)
    row = page.model.row_of(people["anna"])
    assert row is not None
    title = page.model.index(row, TITLE_COLUMN)
    assert title.data() == "Buyer"

    services.contacts.update(people["anna"], validate(ContactUpdate, title="Chief Buyer"))
    qtbot.waitUntil(lambda: title.data() == "Chief Buyer")

    window.undo_action.trigger()
    assert services.contacts.get(people["anna"]).title == "Buyer"
    qtbot.waitUntil(lambda: title.data() == "Buyer")
    assert window.statusBar().currentMessage() == "Undo Edit contact"

    window.redo_action.trigger()
    qtbot.waitUntil(lambda: title.data() == "Chief Buyer")
    assert window.statusBar().currentMessage() == "Redo Edit contact"


def test_undo_with_nothing_to_undo_says_so(open_window: OpenWindow) -> None:
    window = open_window()
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Nothing to undo."


def test_a_new_contact_appears_and_a_deleted_one_leaves_the_selection_on_a_neighbour(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    page = contacts_page(window)
    added = add_contact(services, given="Aaron", family="Zander")
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert window.count_label.text() == "Contacts: 4"
    assert page.model.row_of(added) == 0  # sorted by the name as shown, not by family name

    page.select_record(added)
    services.contacts.delete(added)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.selected_id() == page.model.id_at(0)
    assert page.card.record_id == page.model.id_at(0)


def test_window_geometry_and_splitter_are_remembered(
    qtbot: QtBot, open_window: OpenWindow, ui_settings: QSettings, people: dict[str, str]
) -> None:
    window = open_window()
    window.resize(720, 520)  # within the offscreen screen (800×600), which restoring clamps to
    contacts_page(window).splitter.setSizes([400, 300])
    sizes = contacts_page(window).splitter.sizes()
    window.close()
    assert ui_settings.value("window/geometry") is not None

    again = open_window()
    assert (again.width(), again.height()) == (720, 520)
    assert contacts_page(again).splitter.sizes() == sizes


def test_the_window_first_opens_at_1280_by_800_or_the_whole_of_a_smaller_screen(open_window: OpenWindow) -> None:
    window = open_window()
    screen = window.screen().availableGeometry()  # offscreen: 800×600
    assert (window.width(), window.height()) == (min(1280, screen.width()), min(800, screen.height()))


def test_back_up_writes_a_copy_and_says_where(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], tmp_path: Path
) -> None:
    window = open_window()
    target = tmp_path / "copy.cardfile-backup"
    with qtbot.waitSignal(window.back_up_to(target).succeeded, timeout=10_000) as written:  # in the background
        pass
    assert written.args == [target] and target.stat().st_size > 0
    assert str(target) in window.statusBar().currentMessage()


def test_keyboard_shortcuts_focus_search_and_switch_pages(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str]
) -> None:
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts belong to the active window
    contacts_page(window).focus_list()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    contacts_page(window).focus_list()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_field.hasFocus)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["companies"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["contacts"]


def test_right_to_left_puts_navigation_on_the_right(open_window: OpenWindow, people: dict[str, str]) -> None:
    """What `cardfile -reverse` (or a Persian or Hebrew translation) gives: the whole layout mirrored."""
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        window = open_window()
        navigation, pages = window.navigation.geometry(), window.stack.geometry()
        assert navigation.left() > pages.left()
        page = contacts_page(window)
        assert page.card.geometry().right() < page.views.geometry().left()  # the list (or a view of its own)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
