"""The card through the real window: details over tabs in a split the person resizes, tabs always in view."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ContactUpdate, NoteCreate, validate
from cardfile.services import Services
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.card import ReachLink, describe_value, partial_date, yearly_date_text
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.records.tabs import NOT_AN_EDIT, NoteRow
from tests.gui.conftest import OpenWindow, shown_text, shown_texts
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture
def busy(services: Services) -> str:
    """A person with a long card (many ways to reach her), a long history and one note: a short Notes tab."""
    person = add_contact(
        services,
        given="Aðalheiður",
        family="Jónsdóttir",
        emails=[{"value": f"adalheidur{n}@example.is", "label": "work"} for n in range(12)],
        phones=[{"value": f"+354 555 {1000 + n}", "label": "cell"} for n in range(12)],
    )
    for n in range(30):
        services.contacts.update(person, validate(ContactUpdate, title=f"Buyer {n}"))
    services.notes.add(validate(NoteCreate, body="Wants the spring catalogue.", contact_ids=[person]))
    return person


def contacts(window: MainWindow) -> RecordListPage:
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    return page


def shown_in_window(window: MainWindow, widget: QLabel | object) -> bool:
    """Whether the whole of a widget lies inside the window's area (not below the fold of anything)."""
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    top_left = widget.mapTo(window, QPoint(0, 0))
    return (
        widget.isVisible()
        and window.rect().contains(top_left)
        and window.rect().contains(top_left + QPoint(widget.width() - 1, widget.height() - 1))
    )


def test_a_short_tab_after_history_keeps_its_rows_together(qtbot: QtBot, open_window: OpenWindow, busy: str) -> None:
    """Guards a bug: a tab shown after History kept History's height (a stack is as tall as its tallest page)
    and spread its rows hundreds of pixels apart."""
    window = open_window()
    window.resize(1280, 800)
    page = contacts(window)
    page.select_record(busy)
    tabs = page.card.tabs
    assert tabs is not None
    history = tabs.show_tab("history")
    qtbot.waitUntil(lambda: history.widget().height() > 0)
    notes = tabs.show_tab("notes")
    qtbot.wait(50)  # let the layout run
    labels = [label for label in notes.findChildren(QLabel) if label.objectName() in ("noteWhen", "noteBody")]
    assert [label.objectName() for label in labels] == ["noteWhen", "noteBody"]
    assert notes.widget().sizeHint().height() < notes.viewport().height()  # a short tab: room to spread
    when, body = labels
    (row,) = [w for w in notes.findChildren(QWidget) if w.objectName() == "note"]
    assert row.height() == row.heightForWidth(row.width())  # the note's row is as tall as it needs, not spread
    assert body.height() == body.heightForWidth(body.width())
    gap = body.mapTo(notes.widget(), QPoint(0, 0)).y() - (when.mapTo(notes.widget(), QPoint(0, 0)).y() + when.height())
    assert gap <= 12, f"the note's date and text stand {gap} px apart"
    assert notes.height() <= page.card.tab_pane.height()  # the tab is as tall as its pane, not as History


def test_the_tabs_stay_in_view_however_long_the_card(qtbot: QtBot, open_window: OpenWindow, busy: str) -> None:
    window = open_window()
    window.resize(1024, 640)
    page = contacts(window)
    page.select_record(busy)
    card = page.card
    assert card.tabs is not None
    qtbot.waitUntil(lambda: card.details.verticalScrollBar().maximum() > 0)  # the details scroll on their own …
    assert shown_in_window(window, card.tabs.bar)  # … and the tab bar is in view
    card.details.verticalScrollBar().setValue(card.details.verticalScrollBar().maximum())
    assert shown_in_window(window, card.tabs.bar)


def test_every_tab_title_is_in_view_at_1024_by_640(qtbot: QtBot, open_window: OpenWindow, busy: str) -> None:
    """Regression: the window opened at 90% of a 1024×640 screen, where the card's last tab (Groups) was hidden
    behind the tab bar's scroll arrows; it now fills such a screen, and every tab title fits."""
    window = open_window()
    window.resize(1024, 640)
    page = contacts(window)
    page.select_record(busy)
    assert page.card.tabs is not None
    bar = page.card.tabs.bar
    qtbot.waitUntil(lambda: bar.width() > 0)
    assert bar.count() == 5
    for index in range(bar.count()):
        assert bar.rect().contains(bar.tabRect(index)), bar.tabText(index)
        assert shown_in_window(window, bar)


def test_the_split_between_details_and_tabs_is_remembered(
    qtbot: QtBot, open_window: OpenWindow, busy: str, ui_settings: QSettings
) -> None:
    window = open_window()
    window.resize(1280, 800)
    page = contacts(window)
    page.select_record(busy)
    splitter = page.card.splitter
    first, second = splitter.sizes()
    assert first > second  # the details get more room at first
    splitter.setSizes([(first + second) // 4, (first + second) - (first + second) // 4])
    chosen = splitter.sizes()
    window.save_state()
    window.close()

    again = contacts(open_window())  # the next start
    again.window().resize(1280, 800)
    again.select_record(busy)
    qtbot.waitUntil(lambda: again.card.splitter.isVisible())
    assert abs(again.card.splitter.sizes()[0] - chosen[0]) <= 8, (again.card.splitter.sizes(), chosen)


def test_the_edit_bar_sits_under_the_form(qtbot: QtBot, open_window: OpenWindow, busy: str) -> None:
    """Guards a bug found by looking: the edit bar was placed before its pane was shown and sat over the form's
    first fields."""
    window = open_window()
    page = contacts(window)
    page.select_record(busy)
    assert page.edit_current()
    pane = page.card.edit_pane
    bar = page.card.edit_bar
    qtbot.waitUntil(bar.isVisible)
    assert bar.geometry().top() > pane.viewport().geometry().bottom() - 1
    assert bar.geometry().bottom() <= pane.height()


def test_history_names_an_alarm_in_words() -> None:
    """An activity's history read "Alarm: 0" for an alarm at its start and "(empty)" for none."""

    def described(value: object) -> str:
        return describe_value(Change("alarm_minutes", value), lambda _t, _i: "")

    words = ["At the start", "15 min before", "1 h 30 min before", "No alarm"]
    assert [described(v) for v in (0, 15, 90, None)] == words


@dataclass
class Change:
    field: str
    value: Any


def test_a_phone_number_in_history_never_wraps_inside_itself() -> None:
    """Regression: History wrapped 'work: +354 555 0000' as '+354' / '555 0000' at 1024×640."""
    phones = [{"label": "cell", "value": "+354 555 1234"}, {"label": "work", "value": "+354 555 0000"}]
    text = describe_value(Change("phones", phones), lambda _type, _id: "")
    # each number kept whole (no space to break at) and left to right in Persian too (LRI … PDI around it)
    assert text == "mobile: \u2066+354\u00a0555\u00a01234\u2069; work: \u2066+354\u00a0555\u00a00000\u2069"


@pytest.mark.parametrize(
    ("value", "today", "expected"),
    [
        ("1980-04-15", date(2026, 6, 1), "age 46"),  # the age, never the weekday of birth
        ("1980-04-15", date(2026, 4, 3), "turns 46 in 12 days"),
        ("1980-04-15", date(2026, 4, 14), "turns 46 tomorrow"),
        ("1980-04-15", date(2026, 4, 15), "turns 46 today"),
        ("--04-15", date(2026, 4, 3), "in 12 days"),  # no year: no age
        ("--04-15", date(2026, 6, 1), None),
    ],
)
def test_a_birthday_shows_the_age_or_how_soon_it_comes(value: str, today: date, expected: str | None) -> None:
    text = yearly_date_text(value, today, counts_age=True)
    parts = text.split(" · ")
    assert parts[0] == partial_date(value)
    assert parts[1:] == ([expected] if expected else [])


def test_an_anniversary_counts_years_not_age() -> None:
    assert yearly_date_text("2016-09-01", date(2026, 10, 1), counts_age=False).endswith(" · 10 years")


def test_emails_and_phones_mail_call_and_copy_in_one_click(
    qtbot: QtBot, open_window: OpenWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = add_contact(
        services,
        given="Anna",
        family="Jónsdóttir",
        emails=[{"label": "work", "value": "anna@marel.is"}],
        phones=[{"label": "cell", "value": "+354 555-1234 ext. 12"}],
    )
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    window = open_window()
    page = contacts(window)
    page.select_record(person)
    rows = [w for w in page.card.findChildren(QWidget) if w.objectName() == "reach"]
    assert len(rows) == 2
    for row in rows:
        link = row.findChild(ReachLink)
        assert link is not None
        link.linkActivated.emit(_first_href(link.text()))
    assert opened == ["mailto:anna@marel.is", "tel:+3545551234;ext=12"]
    copy = rows[1].findChild(QToolButton, "copyValue")
    assert copy is not None
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "+354 555-1234 ext. 12"  # copied as written


def _first_href(markup: str) -> str:
    start = markup.index('href="') + len('href="')
    return html.unescape(markup[start : markup.index('"', start)])


def test_a_note_is_edited_and_deleted_in_place(qtbot: QtBot, open_window: OpenWindow, services: Services) -> None:
    person = add_contact(services, given="Anna", family="Jónsdóttir")
    note = services.notes.add(validate(NoteCreate, body="Wants the spring catalogue.", contact_ids=[person]))
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # keys go to the active window
    page = contacts(window)
    page.select_record(person)
    assert page.card.tabs is not None
    page.card.tabs.show_tab("notes")

    def rows() -> list[NoteRow]:  # the tabs are built again when a change arrives: looked up each time
        assert page.card.tabs is not None
        return page.card.tabs.pages["notes"].findChildren(NoteRow)

    def row() -> NoteRow:
        (found,) = rows()
        return found

    assert shown_text(row().when).endswith("· you")  # who wrote it, after when; not "edited" (its clock runs ahead)
    written = services.notes.get(note.id).meta.created_at
    while datetime.now(UTC) - written <= NOT_AN_EDIT:  # an edit is a later write
        qtbot.wait(100)
    editor = row().start_editing()
    editor.setPlainText("Wants the autumn catalogue.")
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert services.notes.get(note.id).body == "Wants the autumn catalogue."
    qtbot.waitUntil(lambda: shown_text(row().body) == "Wants the autumn catalogue.")  # the tab follows
    assert "edited" in shown_text(row().when)
    qtbot.mouseClick(row().delete_button, Qt.MouseButton.LeftButton)
    assert services.notes.list(record_id=person) == []
    qtbot.waitUntil(lambda: not rows())
    services.history.undo()  # a deleted note comes back with Undo
    assert [n.body for n in services.notes.list(record_id=person)] == ["Wants the autumn catalogue."]


def test_a_long_email_address_is_shortened_on_the_card_and_its_copy_button_stays_in_view(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    """Regression: an address wider than the card ran off its edge (the start of it, right to left) and pushed the
    copy button out of sight."""
    address = "alexandra.konstantinopoulou-papadimitriou@very-long-company-domain-example.com"
    person = add_contact(services, given="Alexandra", emails=[{"label": "work", "value": address}])
    window = open_window()
    window.resize(1024, 640)
    page = contacts(window)
    page.select_record(person)
    (row,) = [w for w in page.card.findChildren(QWidget) if w.objectName() == "reach"]
    link = row.findChild(ReachLink)
    copy = row.findChild(QToolButton, "copyValue")
    assert link is not None and copy is not None
    qtbot.waitUntil(lambda: "…" in shown_text_of(link))
    assert shown_text_of(link).endswith("example.com")  # never its end
    assert _first_href(link.text()) == f"mailto:{address}"  # a click still writes to the whole address
    viewport = page.card.details.viewport()
    for widget in (link, copy):
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        assert left >= 0 and left + widget.width() <= viewport.width(), widget.objectName()


def shown_text_of(label: QLabel) -> str:
    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_a_person_s_card_names_the_agent_their_vcard_held_and_opens_them(
    qtbot: QtBot, open_window: OpenWindow, services: Services, tmp_path: Any
) -> None:
    """Issue #15: a card nested in another becomes a person linked from the outer one, but the card did not show
    the link, so the person using the app could not see or follow it."""
    cards = tmp_path / "agent.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Jónsdóttir;Anna\r\nFN:Anna Jónsdóttir\r\nAGENT:\r\nBEGIN:VCARD\r\n"
        "VERSION:2.1\r\nN:Sigurðsson;Björn\r\nFN:Björn Sigurðsson\r\nEND:VCARD\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    assert services.importer.import_files([cards]).imported == 2
    by_name = {c.display_name: c.id for c in services.contacts.list()}
    window = open_window()
    page = contacts(window)
    page.select_record(by_name["Anna Jónsdóttir"])
    shown = " | ".join(shown_texts(page.card))
    assert "RELATED PEOPLE" in shown.upper() and "Björn Sigurðsson" in shown and "agent (assistant)" in shown
    (link,) = [w for w in page.card.findChildren(QLabel) if "Björn Sigurðsson" in w.text() and "href" in w.text()]
    with qtbot.waitSignal(page.card.record_requested) as opened:
        link.linkActivated.emit(_first_href(link.text()))
    assert opened.args == ["contact", by_name["Björn Sigurðsson"]]
