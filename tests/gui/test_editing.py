"""Editing records in the detail pane, driven through the real widgets: typing, clicking, the keys people use."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cardfile.domain.models import CustomFieldCreate, validate
from cardfile.domain.values import CustomFieldType
from cardfile.services import Services
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.form import RecordForm
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.widgets.editors import CompanyNameEdit, EntryList, OptionalDateEdit, PartialDateEdit
from tests.gui.conftest import OpenWindow, shown_texts
from tests.helpers import add_contact

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


def contacts_page(window: MainWindow) -> RecordListPage:
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage) and page.kind.key == "contacts"
    return page


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """Shortcuts belong to the active window."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def contact_form(page: RecordListPage) -> RecordForm:
    form = page.card.form
    assert isinstance(form, RecordForm) and form.objectName() == "contactForm"
    return form


def line(form: RecordForm, key: str) -> QLineEdit:
    editor = form.editors[key]
    assert isinstance(editor, QLineEdit)
    return editor


def company_field(form: RecordForm, key: str) -> CompanyNameEdit:
    editor = form.editors[key]
    assert isinstance(editor, CompanyNameEdit)
    return editor


def date_field(form: RecordForm, key: str) -> PartialDateEdit:
    editor = form.editors[key]
    assert isinstance(editor, PartialDateEdit)
    return editor


def type_text(widget: QWidget, text: str) -> None:
    """Type text as a keyboard does, letter by letter, whatever its script (QTest only types ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def add_entry(qtbot: QtBot, entries: EntryList, text: str, label: str | None = None) -> None:
    """Click 'Add …', choose a label the way a person does (typing it), type the value."""
    qtbot.mouseClick(entries.add_button, Qt.MouseButton.LeftButton)
    row = entries.rows[-1]
    if label is not None:
        row.label.lineEdit().clear()
        type_text(row.label.lineEdit(), label)
    type_text(row.text, text)


def wait_listed(qtbot: QtBot, page: RecordListPage, record_id: str) -> None:
    qtbot.waitUntil(lambda: page.model.row_of(record_id) is not None and not page.model.is_reloading())


@pytest.fixture
def anna(services: Services) -> str:
    return add_contact(
        services,
        given="Anna",
        family="Jónsdóttir",
        title="Buyer",
        emails=[{"value": "anna@marel.example", "label": "work"}, {"value": "anna@home.example", "label": "home"}],
        phones=[{"value": "+354 555 1234", "label": "cell"}, {"value": "+354 411 2030", "label": "work"}],
        company_name="Marel",
    )


def test_a_new_contact_with_several_phones_and_emails_is_typed_in_and_saved(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    assert page.stack.currentWidget() is page.empty
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # Ctrl+N: an empty card to fill in
    form = contact_form(page)
    assert page.card.record_id is None and page.card.edit_bar.isVisible()
    assert page.stack.currentWidget() is page.splitter  # the form shows even on an empty list
    assert line(form, "given").hasFocus()

    type_text(line(form, "given"), "Guðrún")
    type_text(line(form, "family"), "Sigurðardóttir")
    assert line(form, "display_name").placeholderText() == "Guðrún Sigurðardóttir"  # the name the parts will give
    qtbot.keyClicks(line(form, "title"), "Head of Sales")
    type_text(company_field(form, "company"), "Össur")
    add_entry(qtbot, form.entry_lists["emails"], "gudrun@ossur.example")
    add_entry(qtbot, form.entry_lists["emails"], "gudrun@home.example", label="home")
    phones = form.entry_lists["phones"]
    add_entry(qtbot, phones, "+354 555-0101")
    add_entry(qtbot, phones, "(555) 010 2030", label="work")
    add_entry(qtbot, phones, "555.0199", label="boat")  # a label of one's own
    qtbot.mouseClick(phones.rows[1].preferred, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.tags.input, "trade fair")
    qtbot.keyClick(form.tags.input, Qt.Key.Key_Return)  # Enter in the tag field adds the tag …
    assert form.tags.tags() == ["trade fair"] and page.card.is_editing  # … and does not save

    count_before = len(services.history.actions())
    qtbot.mouseClick(line(form, "title"), Qt.MouseButton.LeftButton)
    qtbot.keyClick(line(form, "title"), Qt.Key.Key_Return)  # Enter in a field saves
    assert not page.card.is_editing
    new_id = page.card.record_id
    assert new_id is not None
    person = services.contacts.get(new_id)
    assert person.display_name == "Guðrún Sigurðardóttir"
    assert person.title == "Head of Sales"
    assert person.company is not None and person.company.name == "Össur"  # made, by name, in the same save
    assert [(e["label"], e["value"]) for e in person.emails] == [
        ("work", "gudrun@ossur.example"),
        ("home", "gudrun@home.example"),
    ]
    assert [(p["label"], p["value"], p["preferred"]) for p in person.phones] == [
        ("cell", "+354 555-0101", False),  # kept exactly as typed
        ("work", "(555) 010 2030", True),
        ("boat", "555.0199", False),
    ]
    assert person.tags == ["trade fair"]
    assert len(services.history.actions()) == count_before + 1  # one save, one action
    wait_listed(qtbot, page, new_id)
    qtbot.waitUntil(lambda: page.selected_id() == new_id)  # the list follows to the new person
    assert page.stack.currentWidget() is page.splitter
    assert window.count_label.text() == "Contacts: 1"


def test_a_name_of_only_spaces_or_invisible_characters_is_no_name(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    """Regression: a given name of spaces (or a zero-width space) made a contact with no name to show."""
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    form = contact_form(page)
    line(form, "given").setText("\u3000 \u200b")
    assert form.save() is None
    assert form.field_errors["given"].isVisible()
    assert services.contacts.count() == 0


def test_editing_in_place_changes_only_what_was_typed_and_undo_takes_it_back(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.select_record(anna)
    page.focus_list()
    qtbot.keyClick(page.view, Qt.Key.Key_F2)  # F2 edits the selected card
    form = contact_form(page)
    assert form.record is not None and form.record.id == anna
    assert not page.tag_action.isEnabled()  # working on the list waits until the card is saved

    title = line(form, "title")
    title.selectAll()
    qtbot.keyClicks(title, "Chief Buyer")
    emails = form.entry_lists["emails"]
    qtbot.keyClick(emails.rows[0], Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # Alt+Down moves it down
    assert [row.text.text() for row in emails.rows] == ["anna@home.example", "anna@marel.example"]
    phones = form.entry_lists["phones"]
    qtbot.mouseClick(phones.rows[1].remove, Qt.MouseButton.LeftButton)
    assert form.has_changes()

    actions_before = len(services.history.actions())
    qtbot.keyClick(title, Qt.Key.Key_S, CTRL)  # Ctrl+S saves
    assert not page.card.is_editing
    person = services.contacts.get(anna)
    assert person.title == "Chief Buyer"
    assert [e["value"] for e in person.emails] == ["anna@home.example", "anna@marel.example"]
    assert [p["value"] for p in person.phones] == ["+354 555 1234"]
    assert person.company is not None and person.company.name == "Marel"  # untouched
    assert len(services.history.actions()) == actions_before + 1
    changed = {c.field for c in services.history.field_changes(anna) if c.action_id == services.history.actions()[0].id}
    assert changed == {"title", "emails", "phones"}  # nothing else was rewritten

    window.undo_action.trigger()  # Ctrl+Z in the Edit menu: the whole save at once
    person = services.contacts.get(anna)
    assert person.title == "Buyer" and len(person.phones) == 2
    qtbot.waitUntil(lambda: page.model.index(page.model.row_of(anna) or 0, 4).data() == "Buyer")  # the Title column
    texts = [label.text() for label in page.card.findChildren(QLabel)]
    assert "Buyer" in " ".join(texts)


def test_escape_leaves_the_form_without_saving(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    window = open_window()
    page = contacts_page(window)
    page.select_record(anna)
    assert page.edit_current()
    title = line(contact_form(page), "title")
    qtbot.keyClicks(title, " and more")
    actions = len(services.history.actions())
    qtbot.keyClick(title, Qt.Key.Key_Escape)
    assert not page.card.is_editing and page.card.record_id == anna
    assert services.contacts.get(anna).title == "Buyer"
    assert len(services.history.actions()) == actions


def test_saving_without_a_change_writes_nothing(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    page = contacts_page(open_window())
    page.select_record(anna)
    page.edit_current()
    assert not page.card.has_unsaved_changes()
    actions = len(services.history.actions())
    assert page.card.save()
    assert len(services.history.actions()) == actions


def test_a_bad_email_is_shown_beside_the_field_and_nothing_typed_is_lost(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.new_record()
    form = contact_form(page)
    type_text(line(form, "given"), "Jón")
    type_text(line(form, "family"), "Jónsson")
    add_entry(qtbot, form.entry_lists["emails"], "jon@example.is")
    add_entry(qtbot, form.entry_lists["emails"], "jon at example")
    add_entry(qtbot, form.entry_lists["phones"], "+354 699 1234")

    assert not page.card.save()
    assert page.card.is_editing and services.contacts.count() == 0
    bad = form.entry_lists["emails"].rows[1]
    assert bad.error.isVisible()
    assert bad.error.text() == "This is not an email address; it should look like name@example.com."
    assert bad.text.hasFocus()  # the keyboard is where the problem is
    assert not form.entry_lists["emails"].rows[0].error.isVisible()
    assert bad.text.text() == "jon at example"  # nothing typed is lost
    assert (line(form, "given").text(), line(form, "family").text()) == ("Jón", "Jónsson")
    assert form.entry_lists["phones"].rows[0].text.text() == "+354 699 1234"

    bad.text.clear()
    qtbot.keyClicks(bad.text, "jon@jonsson.example")
    assert page.card.save()
    person = services.contacts.get(page.card.record_id or "")
    assert [e["value"] for e in person.emails] == ["jon@example.is", "jon@jonsson.example"]


def test_a_half_filled_birthday_is_refused_and_a_year_may_be_left_out(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    page = contacts_page(open_window())
    page.select_record(anna)
    page.edit_current()
    form = contact_form(page)
    date_field(form, "birthday").month.setCurrentIndex(4)  # April, but no day
    assert not page.card.save()
    assert form.field_errors["birthday"].text() == "Choose a day and a month (the year may stay empty)."
    date_field(form, "birthday").day.setCurrentIndex(date_field(form, "birthday").day.findData(15))
    assert page.card.save()
    assert services.contacts.get(anna).birthday == "--04-15"  # year unknown, as vCard writes it
    texts = shown_texts(page.card)
    april = QLocale().monthName(4)
    assert f"15 {april}" in texts and f"Birthday: 15 {april}" in texts  # on the card and in its history


def test_a_picture_is_chosen_shown_and_taken_off(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str, tmp_path: Path
) -> None:
    image = QImage(900, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e86de"))
    picture_file = tmp_path / "anna.png"
    assert image.save(str(picture_file))
    page = contacts_page(open_window())
    page.select_record(anna)
    page.edit_current()
    form = contact_form(page)
    assert form.picture.use_picture_file(picture_file)
    assert not form.picture.use_picture_file(tmp_path / "missing.png")
    assert page.card.save()
    photo = services.contacts.photo(anna)
    assert photo is not None and photo[1] == "image/jpeg"  # a large picture is kept small
    stored = QImage.fromData(photo[0])
    assert max(stored.width(), stored.height()) == 512
    assert services.contacts.get(anna).photo_mime == "image/jpeg"

    page.edit_current()
    form = contact_form(page)
    assert form.picture.data == photo[0]
    form.picture.remove_action.trigger()
    assert page.card.save()
    assert services.contacts.photo(anna) is None


def test_custom_fields_of_every_type_are_edited(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    define = services.custom_fields.define
    define(validate(CustomFieldCreate, name="Shoe size", field_type=CustomFieldType.NUMBER))
    define(validate(CustomFieldCreate, name="Met at", field_type=CustomFieldType.TEXT))
    define(validate(CustomFieldCreate, name="First order", field_type=CustomFieldType.DATE))
    define(validate(CustomFieldCreate, name="Level", field_type=CustomFieldType.CHOICE, choices=["Silver", "Gold"]))
    define(validate(CustomFieldCreate, name="Newsletter", field_type=CustomFieldType.YES_NO))
    page = contacts_page(open_window())
    page.select_record(anna)
    page.edit_current()
    form = contact_form(page)
    editors = {editor.definition.name: editor for editor in form.custom_editors}
    assert list(editors) == ["Shoe size", "Met at", "First order", "Level", "Newsletter"]

    number = editors["Shoe size"].widget
    assert isinstance(number, QLineEdit)
    qtbot.keyClicks(number, "forty")
    assert not page.card.save()
    assert editors["Shoe size"].error.isVisible() and number.text() == "forty"
    number.clear()
    qtbot.keyClicks(number, QLocale().toString(42.5, "f", 1))
    met_at = editors["Met at"].widget
    assert isinstance(met_at, QLineEdit)
    qtbot.keyClicks(met_at, "Trade fair, Frankfurt")
    first_order = editors["First order"].widget
    assert isinstance(first_order, OptionalDateEdit)
    first_order.setFocus()
    first_order.setDate(QDate(2026, 3, 14))
    level = editors["Level"].widget
    level.setFocus()
    qtbot.keyClicks(level, "G")  # keyboard search in the list of choices
    newsletter = editors["Newsletter"].widget
    newsletter.setFocus()
    qtbot.keyClicks(newsletter, "Y")
    assert page.card.save()
    assert services.contacts.get(anna).custom == {
        "Shoe size": 42.5,
        "Met at": "Trade fair, Frankfurt",
        "First order": "2026-03-14",
        "Level": "Gold",
        "Newsletter": True,
    }

    page.edit_current()  # the values come back into the editors; clearing one removes it
    form = contact_form(page)
    editors = {editor.definition.name: editor for editor in form.custom_editors}
    assert editors["Shoe size"].value() == 42.5 and editors["Level"].value() == "Gold"
    met_at = editors["Met at"].widget
    assert isinstance(met_at, QLineEdit)
    met_at.clear()
    qtbot.keyClicks(met_at, " ")
    editors["Newsletter"].widget.setCurrentIndex(2)
    assert page.card.save()
    custom = services.contacts.get(anna).custom
    assert "Met at" not in custom and custom["Newsletter"] is False and custom["Shoe size"] == 42.5
    assert page.card.tabs is not None
    history = "\n".join(shown_texts(page.card.tabs.show_tab("history")))
    assert "Custom fields: Shoe size: 42.5, Met at: Trade fair, Frankfurt" in history  # names, not field ids
    assert "Newsletter: no" in history


def test_the_history_tab_is_one_timeline_and_a_note_is_added_inline(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.select_record(anna)
    tabs = page.card.tabs
    assert tabs is not None and tabs.current_tab() == "history"
    notes = tabs.show_tab("notes")
    qtbot.mouseClick(tabs.note_input.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(tabs.note_input, "Wants the spring catalogue.")
    qtbot.keyClick(tabs.note_input, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter adds it
    assert [n.body for n in services.notes.list(record_id=anna)] == ["Wants the spring catalogue."]
    qtbot.waitUntil(lambda: "Wants the spring catalogue." in shown_texts(page.card))
    assert notes is not None
    tabs = page.card.tabs
    assert tabs.current_tab() == "notes"  # the card came back on the tab the person was using
    history = tabs.show_tab("history")
    texts = shown_texts(history)
    assert texts[0].endswith("· Note · you") and texts[1] == "Wants the spring catalogue."  # newest first
    assert any(t.endswith("Add contact · you") for t in texts)  # the change log is in the same list


def test_group_membership_is_switched_on_the_groups_tab(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    group = services.groups.create("R&D partners")
    page = contacts_page(open_window())
    page.select_record(anna)
    tabs = page.card.tabs
    tabs.show_tab("groups")
    box = tabs.group_boxes[group.id]
    assert not box.isChecked()
    assert box.text() == "R&&D partners" and box.shortcut().isEmpty()  # the name's "&" shown, no access key
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert services.groups.members(group.id) == [anna]
    qtbot.waitUntil(lambda: page.card.tabs is not tabs)  # the card was read again …
    tabs = page.card.tabs
    assert tabs.current_tab() == "groups" and tabs.group_boxes[group.id].isChecked()  # … and shows it
    tabs.group_boxes[group.id].setChecked(False)
    assert services.groups.members(group.id) == []


def test_moving_to_another_record_with_unsaved_changes_asks_first(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    bob = add_contact(services, given="Bob", family="Andersen")
    page = contacts_page(open_window())
    page.select_record(anna)
    page.edit_current()
    title = line(contact_form(page), "title")
    qtbot.keyClick(title, Qt.Key.Key_End)  # a filled field shows its start: End, then type
    qtbot.keyClicks(title, " (acting)")
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert page.select_record(bob)
    assert asked == ["Save the changes to this card?"]
    assert services.contacts.get(anna).title == "Buyer (acting)"
    assert page.card.record_id == bob and not page.card.is_editing


def test_a_new_company_is_typed_in_and_its_people_open_from_its_card(
    qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str
) -> None:
    window = open_window()
    activate(qtbot, window)
    companies = window.go_to("companies")
    assert isinstance(companies, RecordListPage) and companies.kind.key == "companies"
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # on the Companies page, Ctrl+N adds a company
    form = companies.card.form
    assert isinstance(form, RecordForm) and form.objectName() == "companyForm"
    parent_company = company_field(form, "parent")
    assert not companies.card.save()
    assert form.field_errors["name"].text() == "A company needs a name."
    type_text(line(form, "name"), "Hampiðjan")
    qtbot.keyClicks(line(form, "industry"), "Fishing gear")
    qtbot.keyClicks(parent_company, "Nowhere Inc")
    assert not companies.card.save()
    assert "Nowhere Inc" in form.field_errors["parent"].text()
    parent_company.clear()
    qtbot.keyClicks(parent_company, "Mar")  # the known companies are offered
    qtbot.waitUntil(lambda: parent_company.completer().popup().isVisible())
    assert parent_company.completer().model().stringList() == ["Marel"]
    parent_company.completer().popup().hide()
    parent_company.setText("Marel")
    add_entry(qtbot, form.entry_lists["phones"], "+354 530 3300")
    assert companies.card.save()
    company = services.companies.get(companies.card.record_id or "")
    assert (company.display_name, company.industry) == ("Hampiðjan", "Fishing gear")
    assert company.parent is not None and company.parent.name == "Marel"
    assert [p["value"] for p in company.phones] == ["+354 530 3300"]

    marel = services.companies.resolve("Marel")
    assert companies.select_record(marel)
    links = [label for label in companies.card.findChildren(QLabel) if "record:contact:" in label.text()]
    assert len(links) == 1 and "Anna Jónsdóttir" in links[0].text()
    links[0].linkActivated.emit(f"record:contact:{anna}")  # what a click on the name does
    assert window.current_page() is window.pages["contacts"]
    assert contacts_page(window).card.record_id == anna


def test_the_form_mirrors_for_right_to_left_and_keeps_phone_numbers_left_to_right(
    qtbot: QtBot, open_window: OpenWindow, anna: str
) -> None:
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        page = contacts_page(open_window())
        page.select_record(anna)
        page.edit_current()
        form = contact_form(page)
        row = form.entry_lists["phones"].rows[0]
        assert row.label.geometry().left() > row.value_widget.geometry().left()  # label on the right
        assert row.text.layoutDirection() == Qt.LayoutDirection.LeftToRight  # '+354 555 1234' reads as written
        assert line(form, "given").isRightToLeft()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_tab_goes_through_the_form_in_the_order_it_reads_even_through_rows_added_later(
    qtbot: QtBot, open_window: OpenWindow, anna: str
) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.select_record(anna)
    page.edit_current()
    form = contact_form(page)
    phones = form.entry_lists["phones"]
    qtbot.mouseClick(phones.add_button, Qt.MouseButton.LeftButton)  # a third phone, made after everything else
    added = phones.rows[-1]
    assert added.text.hasFocus()

    def tab_from(widget: QWidget) -> QWidget | None:
        widget.setFocus()
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        return QApplication.focusWidget()

    assert tab_from(phones.rows[1].remove) is added.label  # the previous row leads to the new one
    assert tab_from(added.text) is added.preferred
    assert tab_from(added.remove) is phones.add_button
    addresses = form.entry_lists["addresses"]
    first = addresses.add_button if not addresses.rows else addresses.rows[0].label
    assert tab_from(phones.add_button) is first  # and on to the next section


def test_tab_reaches_cancel_and_save_after_the_last_field(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.select_record(anna)
    page.edit_current()
    form = contact_form(page)
    note = form.editors["note"]
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_Tab)  # the note passes Tab on, it does not type it
    private = form.editors["private"]
    assert QApplication.focusWidget() is private  # the last field
    qtbot.keyClick(private, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.card.edit_bar.cancel_button
    qtbot.keyClick(page.card.edit_bar.cancel_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.card.edit_bar.save_button
    qtbot.keyClick(page.card.edit_bar.save_button, Qt.Key.Key_Return)  # Enter on Save saves
    assert not page.card.is_editing


def test_a_bad_email_is_pointed_out_on_leaving_the_field(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    window = open_window()
    activate(qtbot, window)
    page = contacts_page(window)
    page.select_record(anna)
    page.edit_current()
    emails = contact_form(page).entry_lists["emails"]
    row = emails.rows[0]
    row.text.setFocus()
    row.text.selectAll()
    qtbot.keyClicks(row.text, "anna(at)marel")
    qtbot.keyClick(row.text, Qt.Key.Key_Tab)  # on to the next field: the address is checked
    assert row.error.isVisible() and "email address" in row.error.text()
    assert row.text.text() == "anna(at)marel"
    row.text.setFocus()
    row.text.selectAll()
    qtbot.keyClicks(row.text, "anna@marel.is")
    qtbot.keyClick(row.text, Qt.Key.Key_Tab)
    assert not row.error.isVisible()


def test_enter_in_a_label_box_saves_too(qtbot: QtBot, open_window: OpenWindow, services: Services, anna: str) -> None:
    page = contacts_page(open_window())
    page.select_record(anna)
    page.edit_current()
    label = contact_form(page).entry_lists["phones"].rows[0].label.lineEdit()
    assert label is not None
    label.selectAll()
    type_text(label, "boat")
    qtbot.keyClick(label, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.card.is_editing)
    assert services.contacts.get(anna).phones[0]["label"] == "boat"
