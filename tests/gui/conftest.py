"""Fixtures for driving the real desktop window: UI settings in a temp file, the window over a temp database."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from cardfile import resources
from cardfile.services import Services
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.icons import Icons
from cardfile.ui.main_window import MainWindow
from cardfile.ui.widgets.basics import plain

OpenWindow = Callable[[], MainWindow]
ROOT = Path(__file__).resolve().parents[2]


def compiled_translations(sources: Path, out: Path) -> Path:
    """The .ts files in `sources` compiled to .qm in `out` the way the build compiles them; returns `out`."""
    spec = importlib.util.spec_from_file_location("cardfile_installer_build", ROOT / "installer" / "build.py")
    assert spec is not None and spec.loader is not None
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.TRANSLATIONS = sources
    build.compile_translations(out)
    return out


@pytest.fixture(scope="session", autouse=True)
def english(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The window speaks English as the app does: with English's plural catalogue (cardfile_en.qm: "1 contact",
    "2 contacts"), built from its .ts for this run. Yields the folder holding the compiled catalogue."""
    sources = tmp_path_factory.mktemp("english-sources")
    shutil.copy(ROOT / "resources" / "translations" / f"cardfile_{resources.SOURCE_LANGUAGE}.ts", sources)
    folder = compiled_translations(sources, tmp_path_factory.mktemp("english"))
    translator = QTranslator(qapp)
    assert translator.load(str(folder / f"cardfile_{resources.SOURCE_LANGUAGE}.qm"))
    qapp.installTranslator(translator)
    yield folder
    qapp.removeTranslator(translator)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    """Window state goes to a file of the test's own, never to the settings of whoever runs the suite."""
    return QSettings(str(tmp_path / "ui-state.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def icons() -> Icons:
    return Icons(resources.icons_dir())


@pytest.fixture
def open_window(qtbot: QtBot, services: Services, ui_settings: QSettings, icons: Icons) -> Iterator[OpenWindow]:
    """Opens the main window over `services` (call it after filling the database); closes it afterwards."""
    bridges: list[EventBridge] = []
    windows: list[MainWindow] = []

    def open_() -> MainWindow:
        bridge = EventBridge(services.db.events)
        bridges.append(bridge)
        window = MainWindow(services, bridge=bridge, settings=ui_settings, icons=icons)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # The pages not shown read their lists after the window's first paint: tests start from a window that
        # has done so, as a person finds it a moment after it opened.
        qtbot.waitUntil(lambda: not window.lists_due(), timeout=10_000)
        windows.append(window)
        return window

    yield open_
    for window in windows:  # a form left open would ask "Save the changes?" when the window closes
        for page in window.pages.values():
            card = getattr(page, "card", None)
            if card is not None and card.is_editing:
                card.cancel()
    for bridge in bridges:
        bridge.close()


def shown_text(label: QLabel) -> str:
    """What a label shows a person: its plain text, also when it is rich text (a link, paragraphs laid out each in
    its own direction), without the invisible marks that keep each value in its own direction."""
    shown = label.property("plainText")
    if isinstance(shown, str):
        return plain(shown)
    if label.textFormat() == Qt.TextFormat.RichText or label.text().startswith("<"):
        document = QTextDocument()
        document.setHtml(label.text())
        return plain(document.toPlainText())
    return plain(label.text())


def shown_texts(widget: QWidget) -> list[str]:
    """The text of every label in a widget, in the order they were made."""
    return [shown_text(label) for label in widget.findChildren(QLabel)]
