"""An unexpected error in the app: logged with what the person was doing and the traceback, shown with "Copy details".

The reporter is the app's sys.excepthook, so these tests take pytest-qt's own exception capture out of the way.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from cardfile import crashlog
from cardfile.services import Services
from cardfile.ui.crash_reporter import CrashReporter
from cardfile.ui.dialogs.crash import CrashDialog
from cardfile.ui.tasks import TaskRunner
from tests.gui.conftest import OpenWindow

pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def reporter(qapp: QApplication) -> Iterator[CrashReporter]:
    installed = CrashReporter()
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def shown_dialog(qtbot: QtBot, reporter: CrashReporter) -> CrashDialog:
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    assert reporter.dialog is not None
    return reporter.dialog


def test_the_logs_path_reads_left_to_right_in_a_right_to_left_window(qtbot: QtBot, tmp_path: Path) -> None:
    """Regression (the Persian screenshots): '/tmp/…/cardfile.log' showed its first '/' at the far end of the line."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    log = tmp_path / "log" / "cardfile.log"
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = CrashDialog("clicking Save", "details", log)
        qtbot.addWidget(dialog)
        assert f"\u2066{log}\u2069" in dialog.where.text()
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_dialog_names_the_action_and_the_log_and_copies_the_details(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "log" / "cardfile.log"
    details = "--- 2025 cardfile\nwhile: clicking Save\nTraceback (most recent call last):\nRuntimeError: boom\n"
    dialog = CrashDialog("clicking Save", details, log)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "clicking Save" in dialog.summary.text()
    assert str(log) in dialog.where.text()
    assert dialog.details.toPlainText() == details
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    dialog.add("--- second\nValueError: again\n")
    assert "2" in dialog.windowTitle()
    assert "ValueError: again" in dialog.details.toPlainText()


def test_a_dialog_without_a_log_says_so(qtbot: QtBot) -> None:
    dialog = CrashDialog("starting Cardfile", "details", None)
    qtbot.addWidget(dialog)
    assert "could not be written" in dialog.where.text()
    assert not dialog.open_log_button.isEnabled()


def test_an_error_in_a_slot_is_logged_with_the_button_and_window_and_shown(
    qtbot: QtBot, reporter: CrashReporter, cardfile_home: Path
) -> None:
    window = QMainWindow()
    window.setWindowTitle("Edit contact")
    button = QPushButton("&Save", window)
    window.setCentralWidget(button)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def save() -> None:
        raise RuntimeError("the form lost its record")

    button.clicked.connect(save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(qtbot, reporter)

    log = cardfile_home / "log" / crashlog.LOG_NAME
    logged = log.read_text(encoding="utf-8")
    assert "while: clicking Save in “Edit contact”" in logged
    assert "Traceback" in logged and "RuntimeError: the form lost its record" in logged
    assert str(log) in dialog.where.text()
    assert "clicking Save" in dialog.summary.text()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "RuntimeError: the form lost its record" in QGuiApplication.clipboard().text()


def test_an_error_in_an_event_handler_after_a_shortcut_names_the_keys(
    qtbot: QtBot, reporter: CrashReporter, cardfile_home: Path
) -> None:
    class Broken(QMainWindow):
        def keyPressEvent(self, event: QKeyEvent) -> None:
            if event.key() == Qt.Key.Key_E:  # not on the Ctrl key that comes first
                raise KeyError("no such column")

    window = Broken()
    window.setWindowTitle("Contacts")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # From inside the event loop, as a person's key press arrives (a direct call would raise into the test).
    QTimer.singleShot(0, lambda: qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier))
    shown_dialog(qtbot, reporter)
    logged = (cardfile_home / "log" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "while: pressing Ctrl+E in “Contacts”" in logged
    assert "KeyError" in logged and "keyPressEvent" in logged


def test_typed_text_stays_out_of_the_log(qtbot: QtBot, reporter: CrashReporter, cardfile_home: Path) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window, "Halldorsdottir")  # QTest types Latin-1 only
    reporter.report(RuntimeError("after typing"))
    shown_dialog(qtbot, reporter)
    logged = (cardfile_home / "log" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "Halldorsdottir" not in logged and "after typing" in logged


def test_a_menu_command_is_named(qtbot: QtBot, reporter: CrashReporter) -> None:
    window = QMainWindow()
    window.setWindowTitle("Cardfile")
    menu = QMenu("File", window)
    action = menu.addAction("E&xport…")
    qtbot.addWidget(window)
    window.show()
    menu.popup(window.geometry().center())
    qtbot.waitExposed(menu)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())
    assert reporter.last_action == "choosing Export…"


def test_a_bug_in_a_background_task_is_reported_with_the_task(
    qtbot: QtBot, reporter: CrashReporter, cardfile_home: Path
) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []

    def job(_progress: object, _cancel: object) -> None:
        raise ZeroDivisionError("rate of an empty pipeline")

    task = runner.run(job, title="Exporting contacts", on_failed=failures.append)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert failures and isinstance(failures[0], ZeroDivisionError), "the caller still hears of the failure"
    dialog = shown_dialog(qtbot, reporter)
    assert "Exporting contacts" in dialog.summary.text()
    logged = (cardfile_home / "log" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError: rate of an empty pipeline" in logged and "Exporting contacts" in logged
    runner.shutdown()


def test_an_error_in_a_thread_is_reported_on_the_gui_thread(
    qtbot: QtBot, reporter: CrashReporter, cardfile_home: Path
) -> None:
    def work() -> None:
        raise ValueError("bad page from the server")

    thread = threading.Thread(target=work, name="sync-pull")
    thread.start()
    thread.join()
    dialog = shown_dialog(qtbot, reporter)
    assert dialog.thread() is QApplication.instance().thread()  # type: ignore[union-attr]
    logged = (cardfile_home / "log" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert "ValueError: bad page from the server" in logged and "in the thread sync-pull" in logged


def test_a_burst_of_errors_makes_one_dialog_and_a_bounded_log(
    qtbot: QtBot, reporter: CrashReporter, cardfile_home: Path
) -> None:
    for _ in range(20):  # a paint handler failing on every paint
        reporter.report(RuntimeError("paint failed"))
    dialog = shown_dialog(qtbot, reporter)
    qtbot.wait(50)
    assert reporter.dialog is dialog and dialog.count == 20
    logged = (cardfile_home / "log" / crashlog.LOG_NAME).read_text(encoding="utf-8")
    assert logged.count("RuntimeError: paint failed") == 3


def test_uninstall_puts_the_previous_hooks_back(qapp: QApplication) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter()
    reporter.install()
    assert sys.excepthook != before[0]
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The text of every error box the window shows (QMessageBox.critical), instead of showing it."""
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *a, **k: told.append(text))
    return told


def test_a_bug_in_a_window_task_shows_the_crash_dialog_alone(
    qtbot: QtBot,
    reporter: CrashReporter,
    boxes: list[str],
    open_window: OpenWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """Regression (#17 left-over): a bug in File ▸ Back Up showed the window's own "Something went wrong" box and
    the crash dialog, two reports of one error. The crash dialog alone tells of a bug."""
    window = open_window()

    def broken(_target: Path) -> Path:
        raise ZeroDivisionError("backup of nothing")

    monkeypatch.setattr(services.maintenance, "backup", broken)
    task = window.back_up_to(tmp_path / "copy.cardfile-backup")
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    dialog = shown_dialog(qtbot, reporter)
    assert "Backing up" in dialog.summary.text()
    qtbot.wait(50)  # anything queued after the failure has run
    assert boxes == []


def test_a_full_disk_in_a_window_task_is_told_by_the_window_not_as_a_bug(
    qtbot: QtBot,
    reporter: CrashReporter,
    boxes: list[str],
    open_window: OpenWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """An error of the computer is no bug: the window says it in the system's words, and no crash dialog comes."""
    window = open_window()
    target = tmp_path / "copy.cardfile-backup"

    def full(_target: Path) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(services.maintenance, "backup", full)
    task = window.back_up_to(target)
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    assert boxes == [f"Cannot use {target}: the disk is full."]
    qtbot.wait(50)
    assert reporter.dialog is None
