"""The window's status bar: the list's record count always in view, passing messages beside it.

QStatusBar shows a message by hiding its ordinary widgets, so for five seconds after every save, sync or backup
the record count was replaced by the message (once by the path of the daily backup, at every start). Here the
count stays where it is and messages take the space next to it.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from cardfile.ui.widgets.basics import ElidedLabel, dim


class StatusBar(QStatusBar):
    """`count` on the left, then the latest message (for `timeout` ms, or until the next one), then the permanent
    widgets on the right. `showMessage`, `clearMessage` and `currentMessage` keep QStatusBar's meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.count = QLabel()
        self.count.setObjectName("recordCount")
        self.count.setContentsMargins(6, 0, 6, 0)
        self.message = dim(ElidedLabel())  # a long one ends in "…" (whole in its tooltip), never widens the window
        self.message.setObjectName("statusMessage")
        self.message.setContentsMargins(10, 0, 6, 0)
        self.addWidget(self.count)
        self.addWidget(self.message, 1)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clearMessage)

    def showMessage(self, text: str, /, timeout: int | None = None) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)
        if timeout:
            self._timer.start(timeout)
        else:
            self._timer.stop()

    def clearMessage(self) -> None:
        self.message.clear()
        self.message.setToolTip("")
        self._timer.stop()

    def currentMessage(self) -> str:
        return self.message.text()
