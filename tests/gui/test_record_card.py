"""The card through the real window: details over tabs in a split the person resizes, tabs always in view."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ContactUpdate, NoteCreate, validate
from cardfile.services import Services
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.card import describe_value
from cardfile.ui.records.list_page import RecordListPage
from tests.gui.conftest import OpenWindow
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
    assert [label.height() for label in labels] == [label.heightForWidth(label.width()) for label in labels]
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
        return describe_value(SimpleNamespace(field="alarm_minutes", value=value), lambda _t, _i: "")

    words = ["At the start", "15 min before", "1 h 30 min before", "No alarm"]
    assert [described(v) for v in (0, 15, 90, None)] == words
