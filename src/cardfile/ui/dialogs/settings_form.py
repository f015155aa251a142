"""What the Settings and Sync Settings dialogs share: settings in titled groups, notes that explain them, a line
saying how the last action went (or what went wrong), a busy bar while work runs in the background, and buttons.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from cardfile.ui.widgets.basics import dim

ERROR_STYLE = "color: #c0392b;"


class SettingsForm(QDialog):
    """A settings dialog: `group()` adds a titled group of fields, `note()` a dim explanation under them; `say()`
    and `say_error()` fill the message line; `set_busy()` shows the busy bar."""

    def __init__(
        self,
        *,
        name: str,
        title: str,
        buttons: QDialogButtonBox.StandardButton,
        intro: str = "",
        minimum_width: int = 480,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self._layout = QVBoxLayout(self)
        # The groups scroll on a screen too short for them all (Settings in Russian at 1024×640 was cut off at the
        # top and the bottom); the message and the buttons stay in sight under them.
        self._content = QWidget()
        self._content_layout = QVBoxLayout(self._content)
        self._content_layout.setContentsMargins(0, 0, 0, 0)
        if intro:
            self._content_layout.addWidget(self.explanation(intro))
        self._groups_end = self._content_layout.count()  # groups go here, before the stretch
        self._content_layout.addStretch(1)
        self._area = QScrollArea()
        self._area.setObjectName(f"{name}Groups")
        self._area.setWidgetResizable(True)
        self._area.setFrameShape(QFrame.Shape.NoFrame)
        self._area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._area.setWidget(self._content)
        self._layout.addWidget(self._area, 1)
        self.message = QLabel()
        self.message.setObjectName(f"{name}Message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar()
        self.busy.setObjectName(f"{name}Busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.hide()
        self.buttons = QDialogButtonBox(buttons)
        self._layout.addWidget(self.message)
        self._layout.addWidget(self.busy)
        self._layout.addWidget(self.buttons)
        self.setMinimumWidth(minimum_width)

    def group(self, title: str) -> QFormLayout:
        """A titled group of settings, after the ones added before it."""
        box = QGroupBox(title)
        column = QVBoxLayout(box)
        form = QFormLayout()
        column.addLayout(form)
        self._content_layout.insertWidget(self._groups_end, box)
        self._groups_end += 1
        return form

    @staticmethod
    def explanation(text: str) -> QLabel:
        """A dim, wrapped sentence explaining a setting."""
        label = dim(QLabel(text))
        label.setWordWrap(True)
        return label

    def note(self, form: QFormLayout, text: str) -> QLabel:
        """An explanation across the whole width of a group, under its fields. It sits in the group's column, not
        in the form: a wrapped line in a form's row is given the height of one line, and its second is cut off."""
        label = self.explanation(text)
        box = form.parentWidget()
        column = box.layout() if box is not None else None
        assert isinstance(column, QVBoxLayout)
        column.addWidget(label)
        return label

    def say(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def say_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Be tall enough for the explanations as they wrap at the dialog's width, as far as the screen allows (the
        groups scroll beyond that): a window takes its height from its layout's size hint, which counts each
        wrapped explanation as one line, and the second was cut off."""
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._area.setMinimumWidth(self._content.minimumSizeHint().width() + scroll_bar)
        content = self._content_layout.totalHeightForWidth(self._area.viewport().width())
        if content <= 0:
            return
        self._content.setMinimumHeight(content)
        margins = self._layout.contentsMargins()
        below = [w for w in (self.message, self.busy, self.buttons) if not w.isHidden()]
        needed = content + margins.top() + margins.bottom()
        needed += sum(w.sizeHint().height() + self._layout.spacing() for w in below)
        screen = self.screen().availableGeometry().height() - 60  # the window's title bar and frame
        fitting = max(min(needed, screen), 200)
        if fitting != self.minimumHeight():
            self.setMinimumHeight(fitting)
