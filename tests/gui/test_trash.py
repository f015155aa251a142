"""The Trash through the real window: deleted records of every kind, restored with their links, erased for good."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardfile.domain.models import NoteCreate, validate
from cardfile.services import Services
from cardfile.ui.dialogs.trash import TrashDialog, TrashModel
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture
def deleted(services: Services) -> dict[str, str]:
    """A person in a group with a note, her company, and a second person: all in the Trash."""
    anna = add_contact(services, given="Anna", family="Jónsdóttir", company_name="Marel")
    company = services.companies.resolve("Marel")
    group = services.groups.create("Trade fair").id
    services.groups.add_members(group, [anna])
    note = services.notes.add(validate(NoteCreate, body="Met at the fair", contact_ids=[anna])).id
    taro = add_contact(services, given="太郎", family="山田")
    services.contacts.delete(anna)
    services.companies.delete(company)
    services.contacts.delete(taro)
    return {"anna": anna, "company": company, "group": group, "note": note, "taro": taro}


def names(dialog: TrashDialog) -> list[tuple[str, str]]:
    model = dialog.model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_the_trash_lists_every_kind_and_restores_with_links(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deleted: dict[str, str]
) -> None:
    window = open_window()
    assert window.pages["contacts"].count() == 0
    window.trash_action.trigger()
    dialog = window.trash_dialog
    assert dialog is not None and dialog.isVisible()
    assert names(dialog) == [("山田太郎", "Contact"), ("Marel", "Company"), ("Anna Jónsdóttir", "Contact")]
    assert dialog.summary.text() == "3 records in the Trash"
    assert not dialog.restore_button.isEnabled()

    dialog.select_ids([deleted["anna"], deleted["company"]])
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected() == 2
    assert names(dialog) == [("山田太郎", "Contact")]
    anna = services.contacts.get(deleted["anna"])
    assert anna.company is not None and anna.company.id == deleted["company"]  # the link came back
    assert services.groups.members(deleted["group"]) == [deleted["anna"]]
    assert [n.id for n in services.notes.list(record_id=deleted["anna"])] == [deleted["note"]]
    page = window.pages["contacts"]
    qtbot.waitUntil(lambda: page.count() == 1, timeout=5000)


def test_erasing_asks_first_and_then_removes_for_good(
    qtbot: QtBot, open_window: OpenWindow, services: Services, deleted: dict[str, str]
) -> None:
    window = open_window()
    dialog = window.show_trash()
    answers: list[bool] = [False]
    questions: list[str] = []
    dialog.confirm = lambda _title, text: (questions.append(text), answers[-1])[1]  # type: ignore[method-assign]
    dialog.select_ids([deleted["taro"]])
    assert dialog.erase_selected() == 0  # said no
    assert questions == [
        "Erase “山田太郎” for good? It and its whole history leave the database; this cannot be undone."
    ]
    assert len(services.history.trash()) == 3

    answers.append(True)
    dialog.select_ids([deleted["taro"]])
    assert dialog.erase_selected() == 1
    assert [i.id for i in services.history.trash()] == [deleted["company"], deleted["anna"]]
    assert services.history.field_changes(deleted["taro"]) == []  # its history left with it

    assert dialog.empty_trash() == 2
    assert services.history.trash() == []
    assert dialog.stack.currentWidget() is dialog.empty
    assert not dialog.empty_button.isEnabled()


def test_a_delete_elsewhere_shows_up_in_the_open_trash(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    window = open_window()
    dialog = window.show_trash()
    assert dialog.stack.currentWidget() is dialog.empty
    contact = add_contact(services, given="Olga", family="Иванова")
    services.contacts.delete(contact)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    assert dialog.model.index(0, 0).data() == "Olga Иванова"
    assert dialog.model.index(0, 0).data(Qt.ItemDataRole.UserRole) == contact


def test_the_trash_model_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, deleted: dict[str, str]
) -> None:
    model = TrashModel(services.history.trash)
    assert model.rowCount() == 3 and model.columnCount() == 3
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Deleted"
    qtmodeltester.check(model)


def test_a_colleagues_record_stays_in_the_trash_and_the_person_is_told_why(
    qtbot: QtBot, open_window: OpenWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #10: only a record's owner or an administrator erases it; anyone may delete it to the Trash."""
    from PySide6.QtWidgets import QMessageBox

    mine = add_contact(services, given="Anna", family="Berg")
    theirs = add_contact(services, given="Ben's", family="Customer")
    with services.db.write("Signed in") as w:  # as after signing in as anna, with a record of ben's pulled
        w.conn.exec_driver_sql("UPDATE contact SET owner_id = 'ben' WHERE id = ?", (theirs,))
    services.db.store.user_id = "anna"
    services.contacts.delete(mine)
    services.contacts.delete(theirs)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = open_window()
    dialog = window.show_trash()
    dialog.confirm = lambda _title, _text: True  # type: ignore[method-assign]

    dialog.select_ids([theirs])
    assert dialog.erase_selected() == 0
    assert told == ["Only ben or an administrator may erase this contact for good; it stays in the Trash"]
    assert dialog.empty_trash() == 1
    assert told[1] == (
        "1 record in the Trash belongs to someone else: only its owner or an administrator of the sync server can "
        "erase it. It stays in the Trash, and anyone may restore it."
    )
    assert names(dialog) == [("Ben's Customer", "Contact")]
