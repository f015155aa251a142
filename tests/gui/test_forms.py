"""The record form in use: labelled address parts, mistakes marked on their fields, the unsaved-changes prompt,
the Private box, and a form, tab bar and History that fit a small screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ContactUpdate, validate
from cardfile.services import Services
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.form import RecordForm
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.widgets.basics import isolated_number, plain, unbroken_numbers
from cardfile.ui.widgets.editors import EntryRow
from tests.gui.conftest import OpenWindow
from tests.gui.test_editing import type_text
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture
def anna(services: Services) -> str:
    return add_contact(
        services,
        given="Anna",
        family="Jónsdóttir",
        title="Buyer",
        emails=[{"value": "anna@marel.example", "label": "work"}],
        phones=[{"value": "+354 555 1234", "label": "cell"}, {"value": "+1 (555) 010-2030", "label": "work"}],
        addresses=[{"street": "Laugavegur 12", "locality": "Reykjavík", "postcode": "101", "label": "work"}],
        birthday="1980-04-15",
        company_name="Marel",
    )


def edit(window: MainWindow, record_id: str, page_key: str = "contacts") -> tuple[RecordListPage, RecordForm]:
    page = window.go_to(page_key)
    assert isinstance(page, RecordListPage)
    page.select_record(record_id)
    assert page.edit_current()
    form = page.card.form
    assert form is not None
    return page, form


# ----- address parts -----


def test_a_filled_address_part_keeps_its_label(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    """Regression: an address part said what it was only while empty (its grey placeholder); filled, 'Reykjavík'
    and '101' sat in unnamed boxes."""
    _page, form = edit(open_window(), anna)
    address = form.entry_lists["addresses"].rows[0].address
    captions = {part: label.isVisible() for part, label in address.captions.items()}
    assert captions == {
        "street": True, "extended": False, "po_box": False, "postcode": True, "locality": True, "region": False,
        "country": False,
    }  # fmt: skip
    assert (
        address.captions["locality"].text() == "City"
        and address.captions["locality"].buddy() is address.fields["locality"]
    )
    height = address.height()
    type_text(address.fields["country"], "Ísland")
    assert address.captions["country"].isVisible()
    address.fields["street"].clear()
    assert not address.captions["street"].isVisible()
    qtbot.wait(10)
    assert address.height() == height  # a caption coming or going does not make the address jump


# ----- mistakes -----


def test_a_field_with_a_mistake_is_marked_not_only_told(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    page, form = edit(open_window(), anna)
    row = form.entry_lists["emails"].rows[0]
    row.text.setText("not an email")
    assert not page.card.save()
    assert row.error.isVisible()
    assert row.text.property("invalid") is True
    assert row.text.accessibleDescription() == row.error.text()
    other = form.entry_lists["phones"].rows[0].text
    assert not other.property("invalid")  # only the field with the mistake

    row.text.setText("anna@marel.is")
    assert page.card.save()


def test_a_date_with_a_mistake_marks_its_parts(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    page, form = edit(open_window(), anna)
    birthday = form.editors["birthday"]
    birthday.day.setCurrentIndex(0)  # a month without a day
    assert not page.card.save()
    assert form.field_errors["birthday"].isVisible()
    assert birthday.day.property("invalid") is True and birthday.month.property("invalid") is True
    birthday.day.setCurrentIndex(15)
    form.clear_errors()
    assert not birthday.day.property("invalid")


def test_the_unsaved_changes_prompt_never_defaults_to_save_while_the_form_has_a_mistake(
    qtbot: QtBot, open_window: OpenWindow, anna: str, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: Enter on the prompt (its default, Save) tried to save a card that could not be saved."""
    other = add_contact(services, given="Bjarni", family="Ólafsson")
    asked: list[tuple[str, QMessageBox.StandardButton]] = []

    def answer(
        _parent: object, _title: str, text: str, _buttons: object, default: QMessageBox.StandardButton
    ) -> object:
        asked.append((text, default))
        return default  # Enter

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = open_window()
    page, form = edit(window, anna)
    row = form.entry_lists["emails"].rows[0]
    row.text.end(False)  # a filled field shows its start: End, then type
    type_text(row.text, " and more")  # a changed address that is no address any more
    row.check_value()  # leaving the field says so at once
    assert form.has_problems()
    assert not page.select_record(other)  # Enter: stays on the form, nothing lost
    assert asked[-1][1] == QMessageBox.StandardButton.Cancel and "mistake" in asked[-1][0]
    assert page.card.is_editing and row.text.text() == "anna@marel.example and more"

    row.text.setText("anna@marel.is")
    row.check_value()
    assert not form.has_problems()
    assert page.select_record(other)  # Enter: saves
    assert asked[-1][1] == QMessageBox.StandardButton.Save
    assert services.contacts.get(anna).emails[0]["value"] == "anna@marel.is"


def test_a_half_filled_date_is_a_mistake_even_before_saving(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    _page, form = edit(open_window(), anna)
    assert not form.has_problems()
    form.editors["birthday"].day.setCurrentIndex(0)
    assert form.has_problems()


# ----- Private -----


@pytest.mark.parametrize("page_key", ["contacts", "companies"])
def test_the_private_box_makes_a_record_private_and_public_again(
    qtbot: QtBot, open_window: OpenWindow, anna: str, services: Services, page_key: str
) -> None:
    record = anna if page_key == "contacts" else services.companies.resolve("Marel")
    service = services.contacts if page_key == "contacts" else services.companies
    page, form = edit(open_window(), record, page_key)
    box = form.editors["private"]
    assert isinstance(box, QCheckBox) and not box.isChecked() and box.text().replace("&", "").startswith("Private")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert form.changes() == {"private": True}
    assert page.card.save()
    assert service.get(record).meta.private

    page.edit_current()
    form = page.card.form
    assert form is not None and form.editors["private"].isChecked()
    qtbot.mouseClick(form.editors["private"], Qt.MouseButton.LeftButton)
    assert page.card.save()
    assert not service.get(record).meta.private


def test_a_new_private_contact_is_saved_private(qtbot: QtBot, open_window: OpenWindow, services: Services) -> None:
    window = open_window()
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    page.new_record()
    form = page.card.form
    assert form is not None
    type_text(form.editors["given"], "Sigrún")
    form.editors["private"].setChecked(True)
    assert page.card.save()
    assert services.contacts.get(page.card.record_id or "").meta.private


# ----- a small screen -----


def clipped(root: QWidget, within: QWidget) -> list[str]:
    """The visible widgets under `root` that reach past the right or left edge of `within` (a scroll area's
    viewport): what a person would see cut off."""
    edge = within.rect()
    out = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() == 0:
            continue
        left = widget.mapTo(within, widget.rect().topLeft()).x()
        right = widget.mapTo(within, widget.rect().topRight()).x()
        if left < edge.left() or right > edge.right():
            out.append(f"{type(widget).__name__}#{widget.objectName()} {left}..{right} of {edge.width()}")
    return out


def test_a_long_value_shows_its_beginning(qtbot: QtBot, open_window: OpenWindow, services: Services) -> None:
    """Regression (seen at 1280×800): a filled email too long for its box showed its end
    ('led.abdullah@alrowadtrading.ae'), the cursor left where filling put it."""
    khaled = add_contact(
        services, given="Khaled", family="Abdullah", emails=[{"value": "khaled.abdullah@alrowadtrading.example.ae"}]
    )
    window = open_window()
    window.resize(1280, 800)
    _page, form = edit(window, khaled)
    line = form.entry_lists["emails"].rows[0].text
    assert line.fontMetrics().horizontalAdvance(line.text()) > line.width()  # too long for its box
    assert line.cursorPosition() == 0
    family = form.editors["family"]  # a field the keyboard is not in (editing may have put it in the first)
    assert isinstance(family, QLineEdit) and not family.hasFocus() and family.cursorPosition() == 0
    given = form.editors["given"]
    assert isinstance(given, QLineEdit)

    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.focus_first()  # the keyboard comes to the field (F2, a new form): typing adds to what is there
    qtbot.waitUntil(given.hasFocus)
    assert given.cursorPosition() == len("Khaled")
    line.setFocus(Qt.FocusReason.TabFocusReason)  # Tab selects the whole value, as everywhere
    qtbot.waitUntil(line.hasFocus)
    assert line.selectedText() == line.text()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_at_1024_by_640_the_form_fits_its_pane(
    qtbot: QtBot, open_window: OpenWindow, anna: str, services: Services, direction: Qt.LayoutDirection
) -> None:
    """Regression: at 1024×640 the form was wider than its pane and its right edge (fields, the Remove buttons)
    was cut off."""
    QApplication.setLayoutDirection(direction)
    try:
        services.contacts.update(anna, validate(ContactUpdate, ims=[{"value": "anna.j", "service": "Signal"}]))
        window = open_window()
        window.resize(1024, 640)
        page, form = edit(window, anna)
        qtbot.wait(50)  # the layout settles
        pane = page.card.edit_pane
        assert form.width() <= pane.viewport().width()
        assert not pane.horizontalScrollBar().isVisible()
        assert clipped(form, pane.viewport()) == []
        assert all(isinstance(row, EntryRow) and row.stacked for row in form.findChildren(EntryRow))
        hint = page.card.edit_bar.hint
        assert (
            hint.height()
            >= QFontMetrics(hint.font())
            .boundingRect(0, 0, hint.width(), 1000, Qt.TextFlag.TextWordWrap, hint.text())
            .height()
        )  # the keys hint wraps rather than being cut off
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_at_1280_by_800_entries_stay_on_one_line(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    window = open_window()
    window.resize(1280, 800)
    page, form = edit(window, anna)
    qtbot.wait(50)
    assert not any(row.stacked for row in form.findChildren(EntryRow))
    assert clipped(form, page.card.edit_pane.viewport()) == []


def test_every_tab_is_in_view_on_a_narrow_card(qtbot: QtBot, open_window: OpenWindow, anna: str) -> None:
    window = open_window()
    window.resize(1024, 640)
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    page.select_record(anna)
    page.splitter.setSizes([10_000, 1])  # the card as narrow as it goes
    qtbot.wait(50)
    tabs = page.card.tabs
    assert tabs is not None
    bar = tabs.bar
    # a title shortened with "…" is read whole in its tooltip (the Persian card's tabs at 1024×640)
    assert [bar.tabToolTip(i) for i in range(bar.count())] == [bar.tabText(i) for i in range(bar.count())]
    assert bar.tabToolTip(0) == "Activities"
    for index, title in enumerate(["Aktivitäten", "Verlauf", "Notizen", "Verkaufschancen", "Gruppen"]):
        bar.setTabText(index, title)  # longer titles, as in a translation
    qtbot.wait(10)
    assert all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count())), [bar.tabRect(i) for i in range(5)]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight])
def test_history_sets_each_value_apart_from_the_words_around_it(
    qtbot: QtBot, open_window: OpenWindow, anna: str, services: Services, direction: Qt.LayoutDirection
) -> None:
    """Regression: in Persian a History line 'Title: CEO, Sales.' showed the full stop on the far side
    ('.CEO, Sales'), and 'Email: work: anna@marel.example' turned round at its '@' ('marel.example@anna'). Each value
    is isolated (FSI … PDI) and each line starts in the interface's direction, right to left and left to right (a
    Persian title in an English window must not reorder the words after it)."""
    services.contacts.update(anna, ContactUpdate(title="CEO, Sales."))
    services.contacts.update(anna, ContactUpdate(title="مدیر فروش."))
    QApplication.setLayoutDirection(direction)
    try:
        window = open_window()
        page = window.pages["contacts"]
        assert isinstance(page, RecordListPage)
        page.select_record(anna)
        tabs = page.card.tabs
        assert tabs is not None
        tabs.show_tab("history")
        lines = [
            line
            for label in tabs.pages["history"].findChildren(QLabel)
            if label.objectName() == "historyChanges"
            for line in label.text().split("\n")
        ]
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    mark = "\u200f" if direction == Qt.LayoutDirection.RightToLeft else "\u200e"
    assert lines and all(line.startswith(mark) for line in lines)
    arrow = "←" if direction == Qt.LayoutDirection.RightToLeft else "→"
    assert f"Title: \u2068CEO, Sales.\u2069 {arrow} \u2068مدیر فروش.\u2069" in [line[1:] for line in lines]
    assert any("work: \u2068anna@marel.example\u2069" in line for line in lines)
    assert any(plain(line) == "Title: Buyer" for line in lines)  # the marks alone: nothing else added


def test_history_wraps_between_words_never_inside_a_phone_number(
    qtbot: QtBot, open_window: OpenWindow, anna: str
) -> None:
    window = open_window()
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    page.select_record(anna)
    tabs = page.card.tabs
    assert tabs is not None
    tabs.show_tab("history")
    label = next(lbl for lbl in tabs.pages["history"].findChildren(QLabel) if lbl.objectName() == "historyChanges")
    text = label.text()
    numbers = ["+354\u00a0555\u00a01234", "+1\u00a0(555)\u00a0010-2030"]
    assert all(number in text for number in numbers)
    spans = [(text.index(n), text.index(n) + len(n)) for n in numbers]
    for width in range(160, 400, 7):  # as narrow as a card goes
        breaks = line_starts(text, label.font(), width)
        assert len(breaks) > text.count("\n") + 1 or width > 300  # it does wrap
        inside = [(width, b) for b in breaks for start, end in spans if start < b < end]
        assert inside == [], (inside, text)


def line_starts(text: str, font: QFont, width: int) -> list[int]:
    """Where each line starts when Qt wraps `text` at `width` pixels, as a word-wrapping label does."""
    starts: list[int] = []
    offset = 0
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            starts.append(offset + line.textStart())
        layout.endLayout()
        offset += len(paragraph) + 1
    return starts


def test_unbroken_numbers_leaves_words_and_single_numbers_alone() -> None:
    assert unbroken_numbers("Laugavegur 12, 101 Reykjavík") == "Laugavegur 12, 101 Reykjavík"
    assert unbroken_numbers("work: 058 338 1103; home") == "work: \u2066058\u00a0338\u00a01103\u2069; home"


def test_a_phone_number_keeps_its_groups_in_order_in_right_to_left_text() -> None:
    """Regression: Persian History showed '+354 555 1234' as '1234 555 354+': the spaces between the digit groups
    took the right-to-left paragraph's direction. The number is isolated as left-to-right (LRI … PDI)."""
    label = "تلفن همراه"
    for text in (unbroken_numbers(f"{label}: +354 555 1234"), f"{label}: {isolated_number('+354 555 1234')}"):
        layout = QTextLayout(text, QFont())
        option = QTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        layout.setTextOption(option)
        layout.beginLayout()
        layout.createLine().setLineWidth(10_000)
        layout.endLayout()
        start = text.index("+")
        # where the cursor stands between each two characters of the number (its ends are where the directions meet)
        between = [layout.lineAt(0).cursorToX(start + offset)[0] for offset in range(1, len("+354 555 1234"))]
        assert between == sorted(between), "the number reads left to right: +, 3, 5, 4, space, 5 …"
