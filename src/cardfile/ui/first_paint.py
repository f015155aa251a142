"""A call made once a window has painted for the first time: work that can wait for the window to be seen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FIRST_PAINT_FALLBACK_MS = 10_000  # a window that is never painted (minimized at start) still gets its backup


class FirstPaint(QObject):
    """Calls back once, right after the first paint of any widget of `window` (or after a fallback delay).

    Watches the whole application's events only until then, so it costs nothing afterwards.
    """

    def __init__(self, window: QWidget, callback: Callable[[], object], fallback_ms: int = FIRST_PAINT_FALLBACK_MS):
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], object] | None = callback
        self._fallback = QTimer(self, singleShot=True, interval=fallback_ms)
        self._fallback.timeout.connect(self._fire)
        self._fallback.start()
        application = QCoreApplication.instance()
        if application is not None:
            application.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._callback is not None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QTimer.singleShot(0, self, self._fire)  # after this paint has been drawn
        return False

    def _fire(self) -> None:
        application = QCoreApplication.instance()
        if application is not None:
            application.removeEventFilter(self)
        self._fallback.stop()
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
