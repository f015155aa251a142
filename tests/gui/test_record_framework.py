"""The record framework is general: a kind the app does not list yet, described here once, gets a whole page.

The kind is notes, over the real NoteService. Its description (NOTES) says only what is particular to notes: its
columns, its card, its form, a tab of its own with an action, and its words; the page adds a view of its own
(a "board"), as the deal page will add a pipeline board and the activity page a calendar. Everything else — the
lazily filled list, selection, New, Edit in place, Delete with its question, the split card with its tabs, the
remembered state — comes from ui/records/ without a line written for notes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPushButton, QVBoxLayout
from pytestqt.qtbot import QtBot

from cardfile.domain.models import NoteCreate, validate
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import NoteRead
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.records.card import CardBuilder
from cardfile.ui.records.form import FormSpec, Text
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_model import Column
from cardfile.ui.records.list_page import RecordListPage
from cardfile.ui.records.tabs import RelatedTabs, Tab
from cardfile.ui.words import KindWords
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


class ListedNotes:
    """What a list page asks of a kind's service, answered by the real NoteService (which has no list view yet)."""

    def __init__(self, services: Services) -> None:
        self._notes = services.notes

    def ids(self, *, order: str = "name", reverse: bool = False, **_filters: Any) -> list[str]:
        ids = [note.id for note in self._notes.list()]  # newest first
        return ids[::-1] if reverse else ids

    def rows(self, ids: Sequence[str]) -> list[NoteRead]:
        by_id = {note.id: note for note in self._notes.list()}
        return [by_id[i] for i in ids if i in by_id]

    def delete_many(self, ids: Sequence[str]) -> int:
        return sum(1 for note_id in ids if self._notes.delete(note_id))

    def get(self, note_id: str) -> NoteRead:
        return self._notes.get(note_id)


def note_card(card: CardBuilder, note: NoteRead, _services: Services) -> None:
    card.header(note.display_name, [(", ".join(r.name for r in note.contacts), None)])
    card.paragraph("Text", note.body)


def save_note(services: Services, note: NoteRead | None, changes: dict[str, Any]) -> str:
    if note is None:
        return services.notes.add(validate(NoteCreate, body=changes.get("body", ""))).id
    return services.notes.edit(note.id, changes["body"]).id


def note_form(_services: Services) -> FormSpec:
    return FormSpec(
        name="noteForm",
        header=[Text("body", "&Text")],
        parts=[],
        values=lambda note: {"body": note.body},
        save=save_note,
        first="body",
        deleted_text="This note was deleted meanwhile.",
    )


def write_to_them(tabs: RelatedTabs) -> list[QAction]:
    action = QAction("Write to Them…", tabs)
    action.setObjectName("writeToThem")
    action.triggered.connect(lambda: tabs.setProperty("written", tabs.record_id))
    return [action]


def fill_people(tabs: RelatedTabs, layout: QVBoxLayout) -> None:
    for ref in tabs.services.notes.get(tabs.record_id).contacts:
        label = QLabel(f'<a href="record:contact:{ref.id}">{ref.name}</a>')
        label.setObjectName("person")
        label.linkActivated.connect(lambda target: tabs.record_requested.emit(*target.split(":")[1:]))
        layout.addWidget(label)


class NotesPage(RecordListPage):
    """The one thing a notes page would add: a view of its own beside the list (NOTES names it as its `page`)."""

    def __init__(self, kind: RecordKind, services: Services, bridge: EventBridge, *args: Any, **kw: Any) -> None:
        super().__init__(kind, services, bridge, *args, **kw)
        self.board = QListWidget()
        self.add_view("board", "&Board", self.board)


PEOPLE = Tab("people", lambda: "People", fill_people, ("contact", "link"), actions=write_to_them)

NOTES = RecordKind(
    key="notes",
    record_type=RecordType.NOTE,
    shows=("contact",),
    columns=lambda: [
        Column("name", "Note", lambda n: n.display_name, "name", width=300),
        Column("about", "About", lambda n: ", ".join(r.name for r in n.contacts)),
    ],
    card=note_card,
    form=note_form,
    tabs=(PEOPLE,),
    service=ListedNotes,
    words=lambda: KindWords(
        title="Notes",
        new="&New Note",
        counted=lambda n: "1 note" if n == 1 else f"{n} notes",
        count="Notes: {count}",
        empty_title="No notes yet",
        empty_explanation="Notes you write are listed here.",
        no_matches="No notes match the filter",
        placeholder="Select a note to read it.",
    ),
    taggable=False,
    groupable=False,
    page=NotesPage,
)


@pytest.fixture
def bridge(services: Services) -> Iterator[EventBridge]:
    bridge = EventBridge(services.db.events)
    yield bridge
    bridge.close()


@pytest.fixture
def anna(services: Services) -> str:
    return add_contact(services, given="Anna", family="Jónsdóttir")


@pytest.fixture
def notes(services: Services, anna: str) -> list[str]:
    first = services.notes.add(validate(NoteCreate, body="Wants the spring catalogue.", contact_ids=[anna])).id
    second = services.notes.add(validate(NoteCreate, body="Met at the trade fair.\nCall after 10.")).id
    return [first, second]


def open_page(qtbot: QtBot, services: Services, bridge: EventBridge) -> NotesPage:
    assert NOTES.page is not None
    page = NOTES.page(NOTES, services, bridge)  # as the main window makes a kind's page
    assert isinstance(page, NotesPage)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()  # the keyboard goes to the active window
    qtbot.waitUntil(page.isActiveWindow)
    return page


def texts(widget: Any) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_a_kind_described_once_gets_its_list_and_card(
    qtbot: QtBot, services: Services, bridge: EventBridge, notes: list[str], anna: str
) -> None:
    page = open_page(qtbot, services, bridge)
    assert page.model.rowCount() == 2 and page.count_text() == "Notes: 2"
    assert page.model.index(0, 0).data() == "Met at the trade fair."  # newest first, the first line
    assert page.select_record(notes[0])
    card = page.card
    assert card.record_id == notes[0] and card.stack.currentWidget() is card.splitter
    assert "Wants the spring catalogue." in texts(card.details)
    tabs = card.tabs
    assert tabs is not None and tabs.keys == ["people"]
    people = [label for label in tabs.pages["people"].findChildren(QLabel) if label.objectName() == "person"]
    assert [label.text() for label in people] == [f'<a href="record:contact:{anna}">Anna Jónsdóttir</a>']
    with qtbot.waitSignal(page.record_requested) as opened:
        people[0].linkActivated.emit(f"record:contact:{anna}")
    assert opened.args == ["contact", anna]


def test_a_tab_of_its_own_offers_its_actions(
    qtbot: QtBot, services: Services, bridge: EventBridge, notes: list[str]
) -> None:
    """The place the Activities and Deals tabs put "Schedule…" and "New Deal…"."""
    page = open_page(qtbot, services, bridge)
    page.select_record(notes[0])
    assert page.card.tabs is not None
    button = page.card.tabs.pages["people"].findChild(QPushButton, "writeToThem")
    assert button is not None and button.text() == "Write to Them…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert page.card.tabs.property("written") == notes[0]


def test_a_kind_described_once_gets_its_form_new_and_edit(
    qtbot: QtBot, services: Services, bridge: EventBridge, notes: list[str]
) -> None:
    page = open_page(qtbot, services, bridge)
    page.new_record()
    form = page.card.form
    assert form is not None and form.objectName() == "noteForm"
    body = form.editors["body"]
    assert isinstance(body, QLineEdit) and body.hasFocus()
    qtbot.keyClicks(body, "Sent the quote.")
    assert page.card.save()
    added = next(n for n in services.notes.list() if n.body == "Sent the quote.")
    qtbot.waitUntil(lambda: page.model.row_of(added.id) is not None and page.card.record_id == added.id)

    assert page.select_record(notes[1]) and page.edit_current()
    body = page.card.form.editors["body"] if page.card.form is not None else None
    assert isinstance(body, QLineEdit) and body.text() == "Met at the trade fair.\nCall after 10."
    body.setText("Met at the trade fair in Reykjavík.")
    body.textEdited.emit(body.text())
    assert page.card.save()
    assert services.notes.get(notes[1]).body == "Met at the trade fair in Reykjavík."
    assert services.history.actions()[0].label == "Edit note"  # the save was one action


def test_a_kind_without_tags_or_groups_offers_neither(
    qtbot: QtBot, services: Services, bridge: EventBridge, notes: list[str]
) -> None:
    page = open_page(qtbot, services, bridge)
    for action in (page.tag_action, page.untag_action, page.group_action, page.ungroup_action):
        assert not action.isVisible()
    assert not page.filters.tag.isVisible() and not page.filters.group.isVisible()
    assert page.filters.lookup.isVisible()
    assert page.delete_action.isVisible()


def test_deleting_asks_in_the_kinds_words_and_moves_to_the_trash(
    qtbot: QtBot, services: Services, bridge: EventBridge, notes: list[str]
) -> None:
    page = open_page(qtbot, services, bridge)
    page.select_record(notes[0])
    box = page.ask_delete()
    assert box is not None and box.text() == "Move 1 note to the Trash?"
    box.close()
    assert page.delete_selected([notes[0]]) == 1
    assert [n.id for n in services.notes.list(deleted=True)] == [notes[0]]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_a_view_of_its_own_takes_the_lists_place_and_is_remembered(
    qtbot: QtBot, services: Services, bridge: EventBridge, notes: list[str], ui_settings: QSettings
) -> None:
    """How a calendar or a pipeline board joins a page: the card stays beside it, the choice is remembered."""
    page = open_page(qtbot, services, bridge)
    assert page.current_view() == "list" and page.views.currentWidget() is page.view
    board = page.findChild(QAction, "boardView")
    assert board is not None and board.text() == "&Board"
    board.trigger()
    assert page.current_view() == "board" and page.views.currentWidget() is page.board
    assert page.card.isVisible()
    page.save_state(ui_settings)

    again = open_page(qtbot, services, bridge)
    assert again.current_view() == "list"
    again.restore_state(ui_settings)
    assert again.current_view() == "board" and again.views.currentWidget() is again.board
    assert again.show_view("list") and again.views.currentWidget() is again.view
    assert not again.show_view("calendar")  # no such view: nothing changes
    assert again.current_view() == "list"
