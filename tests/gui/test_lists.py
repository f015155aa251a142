"""The record lists: sorting, filters, chosen columns, working on several records at once, reloads off the GUI
thread that keep the selection, and the keys for all of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ContactUpdate, validate
from cardfile.services import Services
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.bulk_dialogs import GroupDialog, TagDialog
from cardfile.ui.records.list_model import ListChange, plan_change
from cardfile.ui.records.list_page import RecordListPage
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui

COMPANY, TITLE, TAGS = 1, 2, 6


def contacts_page(window: MainWindow) -> RecordListPage:
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage) and page.kind.key == "contacts"
    return page


def activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def settled(qtbot: QtBot, page: RecordListPage) -> None:
    """Wait for the list to be read again on its worker and shown."""
    qtbot.waitUntil(lambda: not page.model.is_reloading())


def names(page: RecordListPage) -> list[str]:
    return [page.model.index(row, 0).data() for row in range(page.model.rowCount())]


def select_rows(page: RecordListPage, rows: list[int]) -> None:
    selection = QItemSelection()
    for row in rows:
        selection.select(page.model.index(row, 0), page.model.index(row, page.model.columnCount() - 1))
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    page.view.selectionModel().setCurrentIndex(page.model.index(rows[0], 0), flags)
    page.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.Select)


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    return {
        "anna": add_contact(services, given="Anna", family="Jónsdóttir", company_name="Marel", tags=["vip"]),
        "bjorn": add_contact(services, given="Björn", family="Berg", company_name="Össur", title="CTO"),
        "carla": add_contact(services, given="Carla", family="Costa", company_name="Acme", tags=["VIP", "press"]),
        "dan": add_contact(services, given="Dan", family="Dahl"),
    }


# ----- the plan of row operations a reload turns into -----


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("abcd", "abcd", ListChange("same")),
        ("abcd", "abxcd", ListChange("insert", ((2, 2),))),
        ("abcd", "xabcdy", ListChange("insert", ((0, 0), (5, 5)))),
        ("abcd", "acd", ListChange("remove", ((1, 1),))),
        ("abcdef", "bdf", ListChange("remove", ((4, 4), (2, 2), (0, 0)))),
        ("abcde", "acdbe", ListChange("move", source=1, target=4)),  # b moved down
        ("abcde", "adbce", ListChange("move", source=3, target=1)),  # d moved up
        ("abcd", "abyd", ListChange("reset")),  # one record gone, another come: no simple step
        ("abc", "", ListChange("remove", ((0, 2),))),
        ("", "ab", ListChange("insert", ((0, 1),))),
    ],
)
def test_a_reload_becomes_the_smallest_row_change(old: str, new: str, expected: ListChange) -> None:
    assert plan_change(list(old), list(new)) == expected


# ----- sorting -----


def test_sorting_by_company_is_done_by_the_services_with_empty_companies_last(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    page = contacts_page(open_window())
    assert names(page) == ["Björn Berg", "Carla Costa", "Dan Dahl", "Anna Jónsdóttir"]  # by family name
    header = page.view.horizontalHeader()
    position = header.sectionViewportPosition(COMPANY) + header.sectionSize(COMPANY) // 2
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, header.height() // 2))
    assert header.sortIndicatorSection() == COMPANY
    assert [page.model.index(r, COMPANY).data() for r in range(4)] == ["Acme", "Marel", "Össur", ""]
    assert page.model.ids() == services.contacts.ids(order="company")

    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.sort_by("company", reverse=True)
    assert [page.model.index(r, COMPANY).data() for r in range(4)] == ["Össur", "Marel", "Acme", ""]

    page.sort_by("tags")  # the services cannot order by tags: the list and its indicator stay as they were
    assert not page.model.is_reloading()
    assert header.sortIndicatorSection() == COMPANY


def test_the_sort_order_and_chosen_columns_are_remembered(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], ui_settings: QSettings
) -> None:
    window = open_window()
    page = contacts_page(window)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.sort_by("title")
    menu = page.column_menu()
    toggles = {action.data(): action for action in menu.actions() if action.isCheckable()}
    assert not toggles["name"].isEnabled()  # the name always shows
    assert not toggles["updated"].isChecked()  # hidden until chosen
    toggles["email"].trigger()
    toggles["updated"].trigger()
    header = page.view.horizontalHeader()
    header.moveSection(header.visualIndex(TITLE), 1)
    assert page.shown_columns() == ["name", "title", "company", "phone", "city", "tags", "updated"]
    window.close()

    again = contacts_page(open_window())
    settled(qtbot, again)
    assert again.shown_columns() == ["name", "title", "company", "phone", "city", "tags", "updated"]
    assert again.model.query.order == "title"
    assert again.view.horizontalHeader().sortIndicatorSection() == TITLE
    assert again.model.index(0, TITLE).data() == "CTO"


# ----- filters -----


def test_filtering_by_tag_shows_only_the_tagged_and_show_all_brings_the_rest_back(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str]
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    combo = page.filters.tag
    qtbot.waitUntil(lambda: combo.count() == 3)  # the tags in use are read on a worker
    assert [combo.itemText(i) for i in range(combo.count())] == ["Any tag", "press (1)", "vip (2)"]
    page.focus_list()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # Alt+T: the tag filter
    assert combo.hasFocus()
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        combo.setCurrentIndex(combo.findData("vip"))
    assert set(page.model.ids()) == {people["anna"], people["carla"]}  # 'VIP' and 'vip' alike
    assert window.count_label.text() == "Contacts: 2 (filtered)"

    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert page.model.rowCount() == 4 and combo.currentIndex() == 0
    assert window.count_label.text() == "Contacts: 4"


def test_a_filter_matching_nothing_says_so_and_a_record_opened_elsewhere_drops_the_filter(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    group = services.groups.create("Board")
    services.groups.add_members(group.id, [people["anna"]])
    empty = services.groups.create("Empty")
    window = open_window()
    page = contacts_page(window)
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        assert page.filter_by(group_id=group.id)
    assert page.model.ids() == [people["anna"]]
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.filter_by(group_id=empty.id)
    assert page.stack.currentWidget() is page.no_matches
    assert page.no_matches.title.text() == "No contacts match the filter"

    window.open_record("contact", people["dan"])  # from the search field, say
    assert page.stack.currentWidget() is page.splitter
    assert page.card.record_id == people["dan"] and not page.model.query.filtered


# ----- several records at once -----


def test_two_contacts_are_tagged_at_once_through_the_tag_dialog(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    rows = [page.model.row_of(people["bjorn"]), page.model.row_of(people["dan"])]
    select_rows(page, [r for r in rows if r is not None])
    assert page.selected_ids() == [people["bjorn"], people["dan"]]
    assert window.count_label.text() == "Contacts: 4 · 2 selected"
    page.focus_list()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # Ctrl+T
    dialog = page.findChild(TagDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.combo.lineEdit().hasFocus())  # the keyboard is in the dialog
    assert dialog.prompt.text() == "Tag 2 contacts with:"
    qtbot.keyClicks(dialog.combo.lineEdit(), "trade fair")
    actions = len(services.history.actions())
    qtbot.keyClick(dialog.combo.lineEdit(), Qt.Key.Key_Return)
    assert services.contacts.get(people["bjorn"]).tags == ["trade fair"]
    assert services.contacts.get(people["dan"]).tags == ["trade fair"]
    assert len(services.history.actions()) == actions + 1  # one undoable step
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of(people["dan"]) or 0, TAGS).data() == "trade fair")
    assert page.selected_ids() == [people["bjorn"], people["dan"]]  # the selection stays for the next step

    page.tag_selected("trade fair", remove=True)
    assert services.contacts.get(people["bjorn"]).tags == []


def test_selected_contacts_are_added_to_a_new_group(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    page = contacts_page(open_window())
    select_rows(page, [0, 1])
    dialog = page.ask_add_to_group()
    assert isinstance(dialog, GroupDialog)
    qtbot.keyClicks(dialog.combo.lineEdit(), "Spring mailing")
    assert dialog.new_hint.isVisible()  # says a group will be made
    qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
    (group,) = services.groups.list()
    assert group.name == "Spring mailing"
    assert set(services.groups.members(group.id)) == set(page.selected_ids())
    qtbot.waitUntil(lambda: page.filters.group.count() == 2)  # the new group can be filtered on at once


def test_delete_asks_how_many_then_moves_them_to_the_trash_as_one_action(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    select_rows(page, [0, 2])
    chosen = page.selected_ids()
    page.focus_list()
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    box = page.findChild(QMessageBox, "confirmDelete")
    assert box is not None and box.isVisible()
    assert box.text() == "Move 2 contacts to the Trash?"
    move = box.findChild(QPushButton, "confirmDeleteButton")
    assert move is not None
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    assert services.contacts.count() == 2
    assert not set(chosen) & set(page.model.ids())
    assert page.card.record_id in page.model.ids()  # a neighbour is shown

    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        window.undo_action.trigger()  # one Ctrl+Z brings both back
    assert set(chosen) <= set(page.model.ids())


def test_delete_in_a_text_field_deletes_text_not_contacts(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.select_record(people["anna"])
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "ab")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Home)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Delete)
    assert window.search_field.text() == "b"
    assert page.findChild(QMessageBox, "confirmDelete") is None
    assert services.contacts.count() == 4


def test_a_deleted_contact_found_by_search_comes_back_when_restored(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    field = window.search_field
    window.find_action.trigger()
    qtbot.keyClicks(field, "carla cos")
    qtbot.waitUntil(field.popup.isVisible)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert page.card.record_id == people["carla"] and page.selected_id() == people["carla"]

    page.focus_list()
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        page.delete_selected()
    assert people["carla"] not in page.model.ids()
    assert [item.id for item in services.history.trash()] == [people["carla"]]

    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        services.history.restore("contact", people["carla"])
    assert people["carla"] in page.model.ids()
    assert page.select_record(people["carla"])


# ----- reloads off the GUI thread -----


def test_a_write_elsewhere_updates_the_list_in_place_keeping_the_selection(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services, qtmodeltester: ModelTester
) -> None:
    page = contacts_page(open_window())
    qtmodeltester.check(page.model)  # and it keeps checking every change below
    select_rows(page, [page.model.row_of(people["carla"]) or 0, page.model.row_of(people["dan"]) or 0])
    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.model.rowsInserted, timeout=5000):
        added = add_contact(services, given="Aaron", family="Aalto")
    settled(qtbot, page)
    assert page.model.row_of(added) == 0
    assert page.selected_ids() == [people["carla"], people["dan"]]
    assert page.card.record_id == people["carla"]

    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.model.rowsMoved, timeout=5000):
        services.contacts.update(people["dan"], validate(ContactUpdate, family="Zander"))  # sorts last now
    settled(qtbot, page)
    assert names(page)[-1] == "Dan Zander"
    assert page.selected_ids() == [people["carla"], people["dan"]]

    with qtbot.assertNotEmitted(page.model.modelReset), qtbot.waitSignal(page.model.rowsRemoved, timeout=5000):
        services.contacts.delete(added)
    settled(qtbot, page)
    assert page.model.rowCount() == 4


def test_the_id_list_is_read_on_a_worker_thread(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    import threading

    page = contacts_page(open_window())
    gui = threading.get_ident()
    threads: list[int] = []
    original = services.contacts.ids

    def spying_ids(**arguments: object) -> list[str]:
        threads.append(threading.get_ident())
        return original(**arguments)  # type: ignore[arg-type]

    page.model._fetch_ids = spying_ids
    with qtbot.waitSignal(page.model.reloaded, timeout=5000):
        add_contact(services, given="Eva", family="Ek")
    assert threads and gui not in threads


def test_the_list_is_navigable_and_editable_from_the_keyboard(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str]
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.select_record(page.model.id_at(0) or "")
    page.focus_list()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.card.record_id == page.model.id_at(1)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)  # Enter edits the card …
    assert page.card.is_editing
    focused = QApplication.focusWidget()
    assert focused is not None and page.card.isAncestorOf(focused)  # … with the keyboard in its first field
    qtbot.keyClick(focused, Qt.Key.Key_Escape)
    assert not page.card.is_editing


def test_a_bulk_action_on_many_records_runs_on_a_worker(
    qtbot: QtBot, open_window: OpenWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from cardfile.ui.records import list_page

    monkeypatch.setattr(list_page, "BACKGROUND_AT", 3)
    for n in range(5):
        add_contact(services, given=f"P{n}", family="Many")
    page = contacts_page(open_window())
    page.view.selectAll()
    assert page.selected_count() == 5
    threads: list[int] = []
    original = services.contacts.set_tags

    def spying_set_tags(*args: object, **kwargs: object) -> int:
        threads.append(threading.get_ident())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services.contacts, "set_tags", spying_set_tags)
    with qtbot.waitSignal(page.bulk_finished, timeout=5000) as done:
        assert page.tag_selected("bulk") == 0  # under way
    assert done.args == [5]
    assert threads and threads[0] != threading.get_ident()
    assert all(services.contacts.get(i).tags == ["bulk"] for i in services.contacts.ids())
