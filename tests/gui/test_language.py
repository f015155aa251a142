"""The interface language: Cardfile's and Qt's translations load, the locale follows, Persian turns the window RTL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardfile import app
from cardfile.services import Services
from cardfile.ui.records.list_page import RecordListPage
from tests.gui.conftest import OpenWindow, compiled_translations
from tests.helpers import add_contact

PERSIAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa">
<context><name>MainWindow</name>
<message><source>Contacts</source><translation>مخاطبان</translation></message>
</context>
</TS>
"""


@pytest.fixture
def restored(qapp: QApplication) -> Iterator[QApplication]:
    """Whatever a test changes about the language is put back for the next test."""
    locale, direction = QLocale(), qapp.layoutDirection()
    yield qapp
    QLocale.setDefault(locale)
    qapp.setLayoutDirection(direction)


@pytest.fixture
def translations(tmp_path: Path) -> Path:
    """A folder holding cardfile_fa.qm, compiled from a .ts the way the build compiles every translation."""
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "cardfile_fa.ts").write_text(PERSIAN_TS, encoding="utf-8")
    return compiled_translations(sources, tmp_path / "translations")


def test_persian_loads_its_translation_and_turns_the_window_right_to_left(
    restored: QApplication, translations: Path
) -> None:
    installed = app.apply_language(restored, "fa", translations)
    try:
        assert restored.translate("MainWindow", "Contacts") == "مخاطبان"
        assert len(installed) == 2, "Cardfile's Persian and Qt's own (qtbase_fa)"
        assert restored.translate("QPlatformTheme", "Cancel") != "Cancel"
        assert QLocale().language() == QLocale.Language.Persian
        assert restored.layoutDirection() == Qt.LayoutDirection.RightToLeft
        QApplication.sendEvent(restored, QEvent(QEvent.Type.LanguageChange))
        assert restored.layoutDirection() == Qt.LayoutDirection.RightToLeft, "Qt's language change keeps it"
    finally:
        for translator in installed:
            restored.removeTranslator(translator)


def test_a_left_to_right_language_leaves_reverse_alone(restored: QApplication, translations: Path) -> None:
    restored.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as `cardfile -reverse` does
    installed = app.apply_language(restored, "ja", translations)
    try:
        assert QLocale().language() == QLocale.Language.Japanese
        assert restored.translate("MainWindow", "Contacts") == "Contacts"  # no Japanese .qm in this folder
        assert restored.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        for translator in installed:
            restored.removeTranslator(translator)


def test_without_a_choice_the_system_locale_is_used(restored: QApplication) -> None:
    assert app.interface_locale(None) == QLocale.system()
    assert app.interface_locale("ru").language() == QLocale.Language.Russian


def test_a_translation_filled_by_the_kit_speaks_russian_plurals(restored: QApplication, tmp_path: Path) -> None:
    """What a translator's JSON puts into a .ts compiles, and Qt picks Russian's three plural forms from it."""
    from tests.ui_strings import kit

    translations = kit()
    message = translations.Message("Error", "%n new contact(s)", "", True)
    ts, _ = translations.merged(translations.TsFile("ru", []), [message])
    translations.fill(
        ts,
        [
            {
                "context": "Error",
                "source": "%n new contact(s)",
                "translation": ["%n новый контакт", "%n новых контакта", "%n новых контактов"],
            }
        ],
    )
    sources = tmp_path / "sources"
    sources.mkdir()
    translations.write_ts(ts, sources / "cardfile_ru.ts")
    compiled_translations(sources, tmp_path / "qm")
    installed = app.apply_language(restored, "ru", tmp_path / "qm")
    try:
        said = [restored.translate("Error", "%n new contact(s)", "", n) for n in (1, 3, 5, 21)]
        assert said == ["1 новый контакт", "3 новых контакта", "5 новых контактов", "21 новый контакт"]
    finally:
        for translator in installed:
            restored.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "en_GB", "de", "pt_BR"])
def test_english_and_a_language_without_a_translation_take_englishs_plural_forms(
    restored: QApplication, english: Path, language: str
) -> None:
    """Regression: English showed "1 contact(s)"; the app loads cardfile_en.qm for English, and for a system
    language Cardfile has no translation of (the interface is English there too)."""
    installed = app.install_translators(restored, QLocale(language), english)
    try:
        (ours,) = [t for t in installed if Path(t.filePath()).name == "cardfile_en.qm"]
        said = [restored.translate("ContactsPage", "%Ln contact(s)", "", n) for n in (1, 2)]
        assert said == ["1 contact", "2 contacts"]
        # from the file the app loaded (Qt puts the number in afterwards)
        assert [ours.translate("ContactsPage", "%Ln contact(s)", "", n) for n in (1, 2)] == [
            "%Ln contact",
            "%Ln contacts",
        ]
    finally:
        for translator in installed:
            restored.removeTranslator(translator)


def test_the_english_window_says_1_contact_and_2_contacts(
    qtbot: QtBot, open_window: OpenWindow, services: Services
) -> None:
    for given in ("Anna", "Björn"):
        add_contact(services, given=given, family="Berg")
    page = open_window().pages["contacts"]
    assert isinstance(page, RecordListPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert page.records_text(1) == "1 contact"
    page.view.selectAll()
    qtbot.waitUntil(lambda: page.card.shows_selection)
    assert page.card.selection_pane.title.text() == "2 contacts selected"
    assert page.count_text() == "Contacts: 2 · 2 selected"


def test_dates_numbers_and_money_follow_the_chosen_language(restored: QApplication) -> None:
    from datetime import date

    from cardfile.ui import dates
    from cardfile.ui.records.tabs import money
    from cardfile.ui.words import kind_words

    installed = app.apply_language(restored, "ru", None)
    try:
        assert "марта 2026" in dates.format_date(date(2026, 3, 14), dates.LONG)
        assert dates.format_date(date(2026, 3, 14), dates.SYSTEM) == "14.03.2026"
        assert kind_words("contact").records(12345) == "12\N{NO-BREAK SPACE}345 contacts"  # no Russian .qm here
        assert money(123456, "EUR") == "1\N{NO-BREAK SPACE}234,56 EUR"
    finally:
        for translator in installed:
            restored.removeTranslator(translator)
