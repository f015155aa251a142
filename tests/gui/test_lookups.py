"""Lookups through the real window: build one from conditions, run it, save it as a dynamic group, run it again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ContactUpdate, CustomFieldCreate, validate
from cardfile.services import Services
from cardfile.ui.dialogs import lookups as lookups_module
from cardfile.ui.dialogs.lookups import ConditionRow, LookupBuilder, SavedLookupsModel
from cardfile.ui.main_window import MainWindow
from cardfile.ui.records.list_page import RecordListPage
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    segment = services.custom_fields.define(
        validate(CustomFieldCreate, name="Segment", field_type="choice", choices=["Retail", "Wholesale"])
    )
    return {
        "segment": segment.id,
        "anna": add_contact(
            services,
            given="Anna",
            family="Jónsdóttir",
            addresses=[{"street": "Laugavegur 1", "locality": "Reykjavík"}],
            tags=["vip"],
            custom={"Segment": "Retail"},
            company_name="Marel",
        ),
        "bjarni": add_contact(
            services, given="Bjarni", family="Ólafsson", addresses=[{"locality": "Reykjavík"}], tags=["lead"]
        ),
        "carla": add_contact(services, given="Carla", family="Ruiz", addresses=[{"locality": "Madrid"}], tags=["vip"]),
    }


def contacts(window: MainWindow) -> RecordListPage:
    page = window.pages["contacts"]
    assert isinstance(page, RecordListPage)
    return page


def fill(qtbot: QtBot, row: ConditionRow, field: str, test: str, text: str | None = None) -> None:
    """Choose a field and a test in a condition row as a person would, and type the value."""
    row.field_box.setCurrentIndex(row.field_box.findData(field))
    row.test_box.setCurrentIndex(row.test_box.findData(test))
    if text is not None:
        row.text_edit.clear()
        if text.isascii():
            qtbot.keyClicks(row.text_edit, text)
        else:  # QTest types ASCII only; an input method would deliver the rest as text
            row.text_edit.setText(text)


def open_builder(window: MainWindow) -> LookupBuilder:
    window.new_lookup_action.trigger()  # Ctrl+L
    builder = window.lookup_builder
    assert builder is not None and builder.isVisible()
    return builder


def run(qtbot: QtBot, builder: LookupBuilder) -> None:
    with qtbot.waitSignal(builder.ran, timeout=5000):
        builder.run_button.click()


def test_a_built_lookup_narrows_the_list_to_its_matches(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str]
) -> None:
    window = open_window()
    page = contacts(window)
    assert page.count() == 3
    builder = open_builder(window)
    fill(qtbot, builder.rows[0], "locality", "contains", "reykja")  # no accent typed; the city has one
    fill(qtbot, builder.add_condition(), "tag", "is", "VIP")  # tags match whatever their case
    run(qtbot, builder)

    assert builder.message.text() == "1 contact matches."
    assert page.model.ids() == [people["anna"]]
    assert window.count_label.text() == "Contacts: 1 (filtered)"  # as with a saved lookup, a tag or a group
    assert window.lookup_banner.isVisible()
    assert window.lookup_banner.label.text() == "Lookup “Lookup”: 1 contact matches"

    builder.match_box.setCurrentIndex(builder.match_box.findData("any"))
    run(qtbot, builder)
    assert builder.message.text() == "3 contacts match."  # Reykjavík or vip: all three
    assert set(page.model.ids()) == {people["anna"], people["bjarni"], people["carla"]}

    window.show_all_action.trigger()
    assert page.count() == 3
    assert not window.lookup_banner.isVisible()


def test_each_field_offers_only_the_tests_and_the_value_editor_that_fit(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str]
) -> None:
    builder = open_builder(open_window())
    row = builder.rows[0]

    def offered(field: str) -> list[str]:
        row.field_box.setCurrentIndex(row.field_box.findData(field))
        return [row.test_box.itemData(i) for i in range(row.test_box.count())]

    assert offered("created") == ["before", "after", "equals"]
    assert row.value_stack.currentWidget() is row.date_edit
    assert offered("activity") == ["no_activity_since"]
    assert row.value_stack.currentWidget() is row.date_edit
    assert offered("tag") == ["is", "is_not", "is_empty", "is_not_empty"]
    assert offered("email")[:3] == ["contains", "starts_with", "equals"]
    assert row.value_stack.currentWidget() is row.text_edit
    row.test_box.setCurrentIndex(row.test_box.findData("is_empty"))
    assert row.value_stack.currentWidget() is row.nothing

    custom = f"custom:{people['segment']}"
    assert row.field_box.itemText(row.field_box.findData(custom)) == "Segment"  # shown by its name
    assert offered(custom) == ["is", "is_not", "is_empty", "is_not_empty"]
    assert row.test() == "is_empty"  # the test chosen before is kept where it applies
    row.test_box.setCurrentIndex(row.test_box.findData("is"))
    assert row.value_stack.currentWidget() is row.choice_box
    assert [row.choice_box.itemText(i) for i in range(row.choice_box.count())] == ["Retail", "Wholesale"]

    offered("birthday")
    row.date_edit.setDate(QDate(1980, 4, 15))
    assert row.condition() == {"field": "birthday", "op": "before", "value": "1980-04-15"}


def test_a_condition_without_a_value_is_named_and_nothing_runs(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str]
) -> None:
    window = open_window()
    builder = open_builder(window)
    fill(qtbot, builder.rows[0], "title", "contains")
    with qtbot.assertNotEmitted(builder.ran):
        builder.run_button.click()
    assert builder.message.text() == "“Title contains” needs a value."
    assert contacts(window).count() == 3


def test_a_custom_field_condition_finds_its_value(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str]
) -> None:
    window = open_window()
    builder = open_builder(window)
    row = builder.rows[0]
    row.field_box.setCurrentIndex(row.field_box.findData(f"custom:{people['segment']}"))
    row.choice_box.setCurrentIndex(row.choice_box.findData("Retail"))
    run(qtbot, builder)
    assert contacts(window).model.ids() == [people["anna"]]


def test_a_saved_lookup_is_a_dynamic_group_that_follows_the_data(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services
) -> None:
    window = open_window()
    page = contacts(window)
    builder = open_builder(window)
    qtbot.keyClicks(builder.name_edit, "VIP customers")
    fill(qtbot, builder.rows[0], "tag", "is", "vip")
    builder.save_button.click()

    (saved,) = services.lookups.list()
    assert saved.name == "VIP customers"
    assert saved.query["conditions"] == [{"field": "tag", "op": "is", "value": "vip"}]
    assert builder.message.text() == "Saved as “VIP customers”."
    assert set(page.model.ids()) == {people["anna"], people["carla"]}  # saving shows what it finds

    services.contacts.update(people["bjarni"], validate(ContactUpdate, tags=["lead", "vip"]))  # now one of them
    qtbot.waitUntil(lambda: set(page.model.ids()) == set(people.values()) - {people["segment"]}, timeout=5000)

    window.show_all_action.trigger()
    services.contacts.update(people["carla"], validate(ContactUpdate, tags=[]))
    window._fill_lookup_menu()  # what opening the Lookup menu does
    run_saved = window.lookup_menu.findChild(QAction, f"runLookup_{saved.id}")
    assert run_saved is not None and run_saved.text() == "VIP customers"
    run_saved.trigger()
    qtbot.waitUntil(lambda: set(page.model.ids()) == {people["anna"], people["bjarni"]}, timeout=5000)
    assert window.lookup_banner.label.text() == "Lookup “VIP customers”: 2 contacts match"


def test_saved_lookups_can_be_edited_and_deleted(
    qtbot: QtBot, open_window: OpenWindow, people: dict[str, str], services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookup = services.lookups.save(
        "In Madrid", {"conditions": [{"field": "locality", "op": "equals", "value": "madrid"}]}
    )
    window = open_window()
    manager = window.show_saved_lookups()
    assert [manager.model.index(r).data() for r in range(manager.model.rowCount())] == ["In Madrid"]
    manager.select(lookup.id)
    manager.edit_button.click()
    builder = window.lookup_builder
    assert builder is not None and builder.lookup is not None and builder.lookup.id == lookup.id
    assert builder.rows[0].field() == "locality" and builder.rows[0].text_edit.text() == "madrid"
    fill(qtbot, builder.rows[0], "locality", "equals", "Reykjavík")
    builder.name_edit.setText("In Reykjavík")
    builder.save_button.click()
    changed = services.lookups.get(lookup.id)
    assert changed.name == "In Reykjavík"
    assert set(contacts(window).model.ids()) == {people["anna"], people["bjarni"]}

    monkeypatch.setattr(lookups_module.QMessageBox, "question", lambda *_args, **_kw: QMessageBox.StandardButton.Yes)
    manager.reload()
    manager.select(lookup.id)
    manager.delete_button.click()
    assert services.lookups.list() == []
    assert manager.model.rowCount() == 0 and manager.empty.isVisibleTo(manager)


def test_the_saved_lookups_model_passes_the_model_tester(
    qtmodeltester: ModelTester, services: Services, people: dict[str, str]
) -> None:
    services.lookups.save("VIP", {"conditions": [{"field": "tag", "op": "is", "value": "vip"}]})
    services.lookups.save(
        "Madrid", {"match": "any", "conditions": [{"field": "locality", "op": "contains", "value": "mad"}]}
    )
    model = SavedLookupsModel(services.lookups.list)
    assert [model.index(r).data() for r in range(model.rowCount())] == ["Madrid", "VIP"]
    assert model.index(1).data(Qt.ItemDataRole.ToolTipRole) == "Tag is vip"
    qtmodeltester.check(model)
