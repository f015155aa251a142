"""Catches what nobody else did: errors in slots, event handlers, background tasks and threads, and Qt's fatal errors.

Each one is written to the log (crashlog: the platform log directory) with what the person was doing and the
traceback, and shown in the crash dialog with the log's path and "Copy details". What the person was doing is the
last thing they did by hand — a menu command, a button, a shortcut, in which window — followed by an event filter
that names widgets and keys, never the text typed. A background task's failure carries the task's title too.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMessageLogContext,
    QObject,
    Qt,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QMenu, QWidget

from cardfile import crashlog
from cardfile.ui.dialogs.crash import CrashDialog
from cardfile.ui.tasks import TASK_NOTE

_MOST_REPEATS_LOGGED = 3  # a paint handler failing on every paint must not fill the log


def describe_key(event: QKeyEvent) -> str | None:
    """`Ctrl+S`, `F9`, `Delete`: a key that is a command; None for typing (its text stays out of the log)."""
    key = event.key()
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    command_keys = {
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Escape,
        Qt.Key.Key_Delete,
        Qt.Key.Key_Tab,
        *(Qt.Key(Qt.Key.Key_F1.value + n) for n in range(12)),
    }
    typing = not (
        modifiers
        & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
    )
    if typing and key not in command_keys:
        return None
    if key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        return None
    return QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)


class CrashReporter(QObject):
    """Installs the hooks (`install()`), takes them out again (`uninstall()`), and reports errors on the GUI thread."""

    _reported = Signal(str, str, str)  # action, details, log ("" if none): queued, so no worker touches a widget

    def __init__(self, parent: QObject | None = None, *, log: Callable[[str], Path] = crashlog.write_entry) -> None:
        super().__init__(parent)
        self._write_log = log
        self.last_action = QCoreApplication.translate("CrashReporter", "starting Cardfile")
        self.dialog: CrashDialog | None = None
        self._seen: dict[str, int] = {}
        self._previous: dict[str, Any] = {}
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # ----- hooks -----

    def install(self) -> None:
        self._previous = {
            "excepthook": sys.excepthook,
            "threading": threading.excepthook,
            "messages": qInstallMessageHandler(self._on_qt_message),
        }
        sys.excepthook = self._on_exception
        threading.excepthook = self._on_thread_exception
        application = QCoreApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def uninstall(self) -> None:
        if not self._previous:
            return
        sys.excepthook = self._previous["excepthook"]
        threading.excepthook = self._previous["threading"]
        qInstallMessageHandler(self._previous["messages"])
        application = QCoreApplication.instance()
        if application is not None:
            application.removeEventFilter(self)
        self._previous = {}

    def _on_exception(self, kind: type[BaseException], error: BaseException, trace: types.TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.report(error.with_traceback(trace))

    def _on_thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        args.exc_value.add_note(f"in the thread {name}")
        self.report(args.exc_value.with_traceback(args.exc_traceback))

    def _on_qt_message(self, kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        print(message, file=sys.stderr, flush=True)  # what Qt's own handler would have printed
        if kind == QtMsgType.QtFatalMsg:  # Qt aborts the process when this returns: the log is the last chance
            where = f" ({context.file}:{context.line})" if context.file else ""
            self._log(crashlog.details(RuntimeError(f"Qt fatal error: {message}{where}"), self.last_action))

    # ----- what the person was doing -----

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._note_click(watched, event)
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and (watched.isWindow() or watched is QApplication.focusWidget())
        ):
            keys = describe_key(event)
            if keys:
                self._note(QCoreApplication.translate("CrashReporter", "pressing {keys}").format(keys=keys), watched)
        return False

    def _note_click(self, watched: QObject, event: QMouseEvent) -> None:
        if isinstance(watched, QMenu):
            action = watched.actionAt(event.position().toPoint())
            if action is not None and action.text():
                self._note(
                    QCoreApplication.translate("CrashReporter", "choosing {command}").format(
                        command=action.text().replace("&", "")
                    ),
                    watched,
                )
        elif isinstance(watched, QAbstractButton) and (watched.text() or watched.toolTip()):
            label = (watched.text() or watched.toolTip()).replace("&", "")
            self._note(QCoreApplication.translate("CrashReporter", "clicking {button}").format(button=label), watched)

    def _note(self, what: str, widget: QObject) -> None:
        window = widget.window() if isinstance(widget, QWidget) else None
        title = window.windowTitle() if window is not None and not isinstance(window, QMenu) else ""
        self.last_action = (
            QCoreApplication.translate("CrashReporter", "{what} in “{window}”").format(what=what, window=title)
            if title
            else what
        )

    # ----- reporting -----

    def report(self, error: BaseException, action: str | None = None) -> None:
        """Log `error` with what the person was doing and show the dialog (on the GUI thread, whichever this is)."""
        action = action or self.last_action
        task = next((n[len(TASK_NOTE) :] for n in getattr(error, "__notes__", []) if n.startswith(TASK_NOTE)), None)
        if task:
            action = QCoreApplication.translate("CrashReporter", "“{task}”, started after {action}").format(
                task=task, action=action
            )
        details = crashlog.details(error, action)
        log = self._log(details, key=crashlog.describe(error))
        self._reported.emit(action, details, str(log) if log is not None else "")

    def _log(self, details: str, *, key: str | None = None) -> Path | None:
        """Write to the log (the same error at most a few times a run); the log's path, or None if it failed."""
        key = key or details
        self._seen[key] = self._seen.get(key, 0) + 1
        if self._seen[key] > _MOST_REPEATS_LOGGED:
            return crashlog.log_path()
        try:
            return self._write_log(details)
        except OSError as problem:
            print(f"cardfile: could not write the log ({problem}); the error was:\n{details}", file=sys.stderr)
            return None

    def _show(self, action: str, details: str, log: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(details)
            return
        parent = QApplication.activeWindow()
        self.dialog = CrashDialog(action, details, Path(log) if log else None, parent)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.open()  # window-modal, without a nested event loop: errors in paint events must not re-enter

    def _forget_dialog(self) -> None:
        self.dialog = None
