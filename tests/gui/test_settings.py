"""The Settings and Custom Fields dialogs through the real window."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cardfile.domain.models import CustomFieldCreate, validate
from cardfile.services import Services
from cardfile.ui import dates
from cardfile.ui.dialogs.custom_fields import CustomFieldsModel, FieldForm
from cardfile.ui.dialogs.lookups import ConditionRow
from cardfile.ui.dialogs.settings import SettingsDialog
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def system_dates() -> None:
    """The date style is one preference for the process: each test starts from the default."""
    dates.set_date_style(dates.SYSTEM)
    yield
    dates.set_date_style(dates.SYSTEM)


def apply(qtbot: QtBot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.applied, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()


def test_name_order_rewrites_the_names_in_the_list(qtbot: QtBot, open_window: OpenWindow, services: Services) -> None:
    anna = add_contact(services, given="Anna", family="Berg")
    bobby = add_contact(services, given="Robert", family="Smith", display_name="Bobby")  # typed by hand: kept
    window = open_window()
    page = window.pages["contacts"]
    dialog = window.show_settings()
    dialog.name_order_box.setCurrentIndex(dialog.name_order_box.findData("family_first"))
    apply(qtbot, dialog)
    assert services.settings.name_order() == "family_first"
    assert services.contacts.get(anna).display_name == "Berg Anna"
    assert services.contacts.get(bobby).display_name == "Bobby"
    row = lambda: page.model.row_of(anna)  # noqa: E731
    qtbot.waitUntil(lambda: row() is not None and page.model.index(row(), 0).data() == "Berg Anna", timeout=5000)
    assert not dialog.isVisible()


def test_the_default_country_rebuilds_the_index_in_the_background(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    anna = add_contact(services, given="Anna", family="Berg", phones=[{"value": "555 1234"}])
    window = open_window()
    dialog = window.show_settings()
    dialog.country_box.setCurrentIndex(dialog.country_box.findData("IS"))
    assert dialog.country_box.currentText() == "Iceland (IS)"
    with qtbot.waitSignal(dialog.applied, timeout=20_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.busy.isVisible() and not dialog.buttons.isEnabled()  # busy while the index is rebuilt
        assert window.task_indicator.label.text() == "Rebuilding the search index"
    assert services.settings.default_country() == "IS"
    assert [hit.id for hit in services.search.search("+354 555 1234")] == [anna]


def test_the_date_format_is_remembered_and_iso_replaces_the_c_locale(
    qtbot: QtBot, open_window: OpenWindow, ui_settings: QSettings
) -> None:
    moment = datetime(2026, 11, 22, 12, 30, tzinfo=UTC)
    QLocale.setDefault(QLocale.c())
    try:
        assert dates.format_datetime(moment)[:10] == "2026-11-22"  # never '22 11 2026'
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    try:
        assert dates.format_date(moment.date()) == "11/22/26"
        window = open_window()
        dialog = window.show_settings()
        dialog.date_box.setCurrentIndex(dialog.date_box.findData(dates.ISO))
        apply(qtbot, dialog)
        assert ui_settings.value(dates.SETTINGS_KEY) == dates.ISO
        assert dates.format_date(moment.date()) == "2026-11-22"
        dates.set_date_style(dates.SYSTEM)
        assert dates.load_date_style(ui_settings) == dates.ISO
    finally:
        QLocale.setDefault(QLocale.system())


def test_cancel_changes_nothing(qtbot: QtBot, open_window: OpenWindow, services: Services) -> None:
    window = open_window()
    dialog = window.show_settings()
    dialog.name_order_box.setCurrentIndex(dialog.name_order_box.findData("family_first"))
    dialog.buttons.button(dialog.buttons.StandardButton.Cancel).click()
    assert services.settings.name_order() == "given_first"


def fill_form(name: str, field_type: str = "text", record_type: str = "contact", choices: str = ""):  # type: ignore[no-untyped-def]
    def ask(form: FieldForm) -> bool:
        form.name_edit.setText(name)
        if form.type_box.isEnabled():
            form.type_box.setCurrentIndex(form.type_box.findData(field_type))
            form.record_box.setCurrentIndex(form.record_box.findData(record_type))
        form.choices_edit.setPlainText(choices)
        return True

    return ask


def test_custom_fields_are_defined_renamed_and_removed(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    window = open_window()
    dialog = window.show_custom_fields()
    assert dialog.model.rowCount() == 0 and not dialog.rename_button.isEnabled()

    dialog.ask = fill_form("Segment", "choice", choices="Retail\n\nWholesale\n")  # type: ignore[method-assign]
    created = dialog.add_field()
    assert created is not None
    assert (created.name, created.field_type, created.choices) == ("Segment", "choice", ["Retail", "Wholesale"])
    assert [dialog.model.index(0, c).data() for c in range(4)] == ["Segment", "Choice", "Contacts", "Retail, Wholesale"]

    attempts: list[str] = []

    def duplicate_then_cancel(form: FieldForm) -> bool:
        attempts.append(form.problem.text())
        form.name_edit.setText("segment")
        form.type_box.setCurrentIndex(form.type_box.findData("text"))
        return len(attempts) == 1  # the second time, the person cancels

    dialog.ask = duplicate_then_cancel  # type: ignore[method-assign]
    assert dialog.add_field() is None
    assert attempts[1] == "There is already a field named “segment”."

    dialog.select(created.id)
    dialog.ask = fill_form("Customer segment", choices="Retail\nWholesale\nPublic sector")  # type: ignore[method-assign]
    renamed = dialog.rename_selected()
    assert renamed is not None and renamed.name == "Customer segment"
    assert renamed.choices == ["Retail", "Wholesale", "Public sector"]
    row = ConditionRow(["display_name"], services.custom_fields.list("contact"))
    qtbot.addWidget(row)
    assert row.field_box.itemText(row.field_box.findData(f"custom:{created.id}")) == "Customer segment"

    dialog.select(created.id)
    dialog.confirm_removal = lambda _field: True  # type: ignore[method-assign]
    assert dialog.remove_selected()
    assert services.custom_fields.list() == []
    assert dialog.model.rowCount() == 0


def test_the_custom_fields_model_passes_the_model_tester(qtmodeltester: ModelTester, services: Services) -> None:
    services.custom_fields.define(validate(CustomFieldCreate, name="Segment", field_type="choice", choices=["A", "B"]))
    services.custom_fields.define(
        validate(CustomFieldCreate, name="Fiscal year end", field_type="date", record_type="company")
    )
    model = CustomFieldsModel(services.custom_fields.list)
    assert model.rowCount() == 2 and model.headerData(2, Qt.Orientation.Horizontal) == "Used for"
    qtmodeltester.check(model)


@pytest.mark.parametrize("which", ["settings", "sync settings"])
def test_every_explanation_is_shown_whole(qtbot: QtBot, open_window: OpenWindow, which: str) -> None:
    """Guards a bug found by looking at 1024×640: a window takes its height from its layout's size hint, which
    counts a wrapped explanation as one line, so the second line ("search finds them …") was cut off."""
    from PySide6.QtWidgets import QLabel

    window = open_window()
    dialog = window.show_settings() if which == "settings" else window.show_sync_settings()
    qtbot.waitExposed(dialog)
    dialog.resize(dialog.minimumWidth(), 1)  # as narrow and as short as it goes
    qtbot.wait(50)
    notes = [label for label in dialog.findChildren(QLabel) if label.wordWrap() and label.isVisible() and label.text()]
    assert len(notes) >= 2
    for label in notes:
        assert label.height() >= label.heightForWidth(label.width()), f"cut off: {label.text()!r}"
    dialog.reject()


def test_the_language_is_chosen_by_its_own_name_and_kept_for_the_next_start(
    qtbot: QtBot, open_window: OpenWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cardfile import preferences

    monkeypatch.setenv("CARDFILE_LANG", "fa")  # this run's override is not what Settings shows or saves
    window = open_window()
    dialog = window.show_settings()
    names = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert names[1:] == ["English", "Íslenska", "日本語", "فارسی", "ไทย", "Русский"]
    assert dialog.language_box.currentData() == ""  # the system's, until one is chosen
    assert "restarted" in " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    dialog.language_box.setCurrentIndex(dialog.language_box.findText("Русский"))
    apply(qtbot, dialog)
    assert preferences.saved_language() == "ru"
    assert preferences.chosen_language() == "fa"
    monkeypatch.delenv("CARDFILE_LANG")
    assert preferences.chosen_language() == "ru"

    dialog = window.show_settings()
    assert dialog.language_box.currentText() == "Русский"
    dialog.language_box.setCurrentIndex(0)
    apply(qtbot, dialog)
    assert preferences.saved_language() is None


def test_a_language_settings_does_not_offer_is_kept_when_the_dialog_is_only_confirmed(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    from cardfile import preferences

    preferences.set_language("de")  # written by hand, or by a later Cardfile speaking German
    dialog = open_window().show_settings()
    apply(qtbot, dialog)
    assert preferences.saved_language() == "de"


@pytest.mark.parametrize("which", ["settings", "sync settings"])
def test_the_dialog_fits_a_short_screen_and_its_groups_scroll(
    qtbot: QtBot, open_window: OpenWindow, which: str
) -> None:
    """Guards a bug found by looking at Settings in Russian at 1024×640: the dialog was taller than the screen, its
    first group and its buttons off the screen. The groups scroll; the buttons stay in sight. (A large font makes
    the groups taller than the test's screen, as Russian's long words make them taller than a 640-pixel one.)"""
    from PySide6.QtWidgets import QScrollArea

    window = open_window()
    dialog = window.show_settings() if which == "settings" else window.show_sync_settings()
    qtbot.waitExposed(dialog)
    area = dialog.findChild(QScrollArea)
    assert area is not None
    assert area.verticalScrollBar().maximum() == 0  # where it fits, nothing scrolls
    font = dialog.font()
    font.setPointSizeF(font.pointSizeF() * 3)
    dialog.setFont(font)
    qtbot.wait(50)
    dialog.resize(dialog.minimumWidth() + 1, 1)
    qtbot.wait(50)
    room = dialog.screen().availableGeometry().height() - 60
    assert area.widget().minimumHeight() > room  # the groups alone are taller than the screen
    assert dialog.height() <= room
    assert dialog.buttons.isVisible() and dialog.buttons.geometry().bottom() < dialog.height()
    assert area.verticalScrollBar().maximum() > 0  # what does not fit is scrolled to, never cut off
    dialog.reject()


def test_a_custom_field_is_chosen_right_to_left_too(qtbot: QtBot, open_window: OpenWindow, services: Services) -> None:
    """Regression (the Persian screenshots): QTableView.selectRow() selects nothing right to left, so the field just
    added was not the one Rename… and Remove… acted on."""
    window = open_window()
    dialog = window.show_custom_fields()
    dialog.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    for name in ("Segment", "Region"):
        dialog.ask = fill_form(name, "text")  # type: ignore[method-assign]
        assert dialog.add_field() is not None
    first = next(f for f in services.custom_fields.list() if f.name == "Segment")
    dialog.select(first.id)
    chosen = dialog.selected()
    assert chosen is not None and chosen.id == first.id
    assert dialog.view.selectionModel().isRowSelected(dialog.model.row_of(first.id) or 0)
