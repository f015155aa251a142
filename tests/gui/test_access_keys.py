"""Access keys (Alt+letter, the `&X` of a menu text) are each one's own: in English and in every translation, no two
menus of the menu bar and no two entries of one menu share a key, on any page of the real window."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from cardfile import app, resources
from tests.gui.conftest import ROOT, OpenWindow, compiled_translations

pytestmark = pytest.mark.gui

LANGUAGES = [resources.SOURCE_LANGUAGE, *resources.LANGUAGES]


def access_key(text: str) -> str | None:
    """The key a menu text gives Alt ('&Undo' → 'u', 'ファイル(&F)' → 'f'); None without one ('&&' is an ampersand)."""
    found = re.search(r"&(\S)", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(where: str, actions: list[QAction]) -> list[str]:
    """'menu: key: entries' for each key that more than one shown entry of `actions` carries."""
    by_key: dict[str, list[str]] = {}
    for action in actions:
        key = access_key(action.text())
        if key is not None and action.isVisible() and not action.isSeparator():
            by_key.setdefault(key, []).append(action.text())
    return [f"{where}: {key!r}: {texts}" for key, texts in by_key.items() if len(texts) > 1]


def menu_clashes(menu: QMenu, where: str) -> list[str]:
    menu.aboutToShow.emit()  # menus filled when opened (Lookup, Open Recent) fill themselves
    found = clashes(where, menu.actions())
    for action in menu.actions():
        if action.menu() is not None and action.isVisible():
            found += menu_clashes(action.menu(), f"{where} ▸ {action.text()}")
    return found


@pytest.fixture(scope="module")
def translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every .ts of the repository compiled the way the build compiles them."""
    sources = tmp_path_factory.mktemp("sources")
    for ts in (ROOT / "resources" / "translations").glob("cardfile_*.ts"):
        shutil.copy(ts, sources)
    return compiled_translations(sources, tmp_path_factory.mktemp("qm"))


def test_the_access_key_reader() -> None:
    assert [access_key(t) for t in ("&Undo", "Cu&t", "ファイル(&F)", "Tom && Jerry", "Contacts", "&Файл")] == [
        "u",
        "t",
        "f",
        None,
        None,
        "ф",
    ]
    actions = [QAction(text) for text in ("&Copy", "&Custom Fields…", "Cu&t")]
    assert clashes("Edit", actions) == ["Edit: 'c': ['&Copy', '&Custom Fields…']"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_entries_of_a_menu_share_an_access_key(
    qtbot: QtBot, qapp: QApplication, open_window: OpenWindow, translations: Path, language: str
) -> None:
    """Regression: Russian had File ▸ Новая/Недавние on one key, Вид/Выборка and Синхронизация/Справка on the menu
    bar, and several pairs in Правка; English had Cu&t / Restore from &Trash and &Copy / &Custom Fields."""
    installed = app.install_translators(qapp, QLocale(language), translations)
    try:
        assert any(Path(t.filePath()).name == f"cardfile_{language}.qm" for t in installed)
        window = open_window()
        found: list[str] = []
        for key in window.pages:
            window.go_to(key)
            bar = window.menuBar().actions()
            found += clashes(f"{key}: the menu bar", bar)
            for action in bar:
                if action.menu() is not None and action.isVisible():
                    found += menu_clashes(action.menu(), f"{key}: {action.text()}")
        assert not found, f"{language}:\n" + "\n".join(dict.fromkeys(found))
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
