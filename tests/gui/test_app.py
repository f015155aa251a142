"""Starting the desktop app: the display check, the wiring in app.run, errors opening the database."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QThread, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cardfile import app, paths, resources
from cardfile.domain.errors import DatabaseCorrupt
from cardfile.services import Services, open_database
from cardfile.services.events import EventBus, RecordsChanged
from cardfile.ui import session as session_module
from cardfile.ui.event_bridge import EventBridge
from cardfile.ui.icons import Icons
from cardfile.ui.main_window import MainWindow
from cardfile.ui.session import DesktopSession
from cardfile.ui.words import error_text
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


def test_without_a_display_it_says_so_and_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(app.sys, "platform", "linux")
    database = tmp_path / "never.db"
    assert app.run([], db_path=database) == 1
    assert capsys.readouterr().err == (
        "cardfile: no display available; start the desktop app from a graphical session, "
        "or use a command (cardfile --help)\n"
    )
    assert not database.exists()  # it stopped before touching anything


@pytest.mark.parametrize(
    ("argv", "environ", "platform", "lacks"),
    [
        ([], {}, "linux", True),
        ([], {}, "freebsd14", True),
        ([], {"DISPLAY": ":0"}, "linux", False),
        ([], {"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ([], {"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        (["-platform", "offscreen"], {}, "linux", False),
        (["-reverse"], {}, "linux", True),
        ([], {"DISPLAY": ""}, "linux", True),
        ([], {}, "win32", False),
        ([], {}, "darwin", False),
    ],
)
def test_when_a_display_is_missing(argv: list[str], environ: dict[str, str], platform: str, lacks: bool) -> None:
    assert app.lacks_display(argv, environ, platform) is lacks


def test_run_opens_the_window_and_remembers_its_state(qapp: QApplication, db_path: Path, services: Services) -> None:
    """The whole wiring of app.run, up to the event loop and back: window shown, state saved on close."""
    add_contact(services, given="Anna", family="Jónsdóttir")
    shown: list[MainWindow] = []

    def close_window() -> None:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        shown.append(window)
        window.close()

    QTimer.singleShot(0, close_window)
    assert app.run([], db_path=db_path) == 0
    assert shown and shown[0].count_label.text() == "Contacts: 1"
    assert shown[0].windowTitle() == f"{db_path.name} — Cardfile"
    assert (paths.config_dir() / "ui-state.ini").is_file()


class RecordingMessageBox:
    """Stands in for QMessageBox, whose static dialogs would wait for a person to click."""

    shown: list[str] = []

    @classmethod
    def critical(cls, _parent: object, _title: str, text: str) -> None:
        cls.shown.append(text)


def test_a_damaged_database_gets_a_message_and_is_left_alone(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = damaged.read_bytes()
    RecordingMessageBox.shown = []
    monkeypatch.setattr(session_module, "QMessageBox", RecordingMessageBox)
    assert app.run([], db_path=damaged) == 1
    assert len(RecordingMessageBox.shown) == 1
    assert str(damaged) in RecordingMessageBox.shown[0]
    assert "not changed" in RecordingMessageBox.shown[0]
    assert damaged.read_bytes() == before
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


def test_error_text_fills_the_template_in_the_readers_language() -> None:
    error = DatabaseCorrupt(path="/x/c.db", detail="file is not a database")
    assert error_text(error) == error.message


def test_qt_translations_load_for_the_locale(qapp: QApplication) -> None:
    installed = app.install_translators(qapp, QLocale(QLocale.Language.German), resources.translations_dir())
    try:
        assert installed  # Qt's own German strings ship with PySide6
        assert qapp.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_the_event_bridge_delivers_on_the_gui_thread(qtbot: QtBot) -> None:
    """A write on a background thread (an import, a sync) must reach widgets on the GUI thread only."""
    bus = EventBus()
    bridge = EventBridge(bus)
    threads: list[QThread] = []
    bridge.records_changed.connect(lambda _event: threads.append(QThread.currentThread()))
    event = RecordsChanged(label="Add contact", action_id="a1", records={"contact": frozenset({"c1"})})
    with qtbot.waitSignal(bridge.records_changed, timeout=2000) as received:
        worker = threading.Thread(target=bus.publish, args=(event,))
        worker.start()
        worker.join()
    assert received.args == [event]
    assert threads == [QApplication.instance().thread()]  # type: ignore[union-attr]

    bridge.close()
    with qtbot.assertNotEmitted(bridge.records_changed):
        bus.publish(event)
        QApplication.processEvents()  # anything queued would be delivered here


def test_opening_another_database_replaces_the_window_and_closes_the_old_one(
    qtbot: QtBot, tmp_path: Path, ui_settings: QSettings, icons: Icons, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Services] = []
    closed: list[Path] = []

    def open_services(path: Path, create: bool) -> Services:
        services = open_database(path, create=create)
        monkeypatch.setattr(services, "close", lambda s=services: (closed.append(s.db.path), Services.close(s)))
        opened.append(services)
        return services

    first, second, damaged = tmp_path / "first.db", tmp_path / "second.db", tmp_path / "damaged.db"
    session = DesktopSession(open_services=open_services, settings=ui_settings, icons=icons)
    try:
        assert session.open(first, create=True)
        first_window = session.window
        assert first_window is not None and first_window.isVisible()

        first_window.database_requested.emit(second, True)  # what File ▸ New Database does
        assert session.window is not first_window and session.window is not None
        assert session.window.services.db.path == second
        assert not first_window.isVisible()
        assert closed == [first]

        damaged.write_bytes(b"not a database at all" * 100)
        RecordingMessageBox.shown = []
        monkeypatch.setattr(session_module, "QMessageBox", RecordingMessageBox)
        current = session.window
        assert not session.open(damaged, create=False)
        assert session.window is current and current.isVisible()  # a failed open keeps what was open
        assert len(RecordingMessageBox.shown) == 1
    finally:
        session.close()
    assert closed == [first, second]


def test_the_window_state_file_is_readable_by_its_owner_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """ui-state.ini names recent searches and files: it was created 0644, in a 0755 folder (issue #10)."""
    import os
    import stat

    from cardfile.app import ui_settings as window_state

    monkeypatch.setenv("CARDFILE_HOME", str(tmp_path / "home"))
    old = os.umask(0o022)
    try:
        settings = window_state()
        settings.setValue("window/geometry", b"x")
        settings.sync()
        settings.setValue("window/state", b"y")
        settings.sync()  # Qt saves by writing a new file and renaming it over the old one
    finally:
        os.umask(old)
    path = tmp_path / "home" / "config" / "ui-state.ini"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert "window" in path.read_text()
