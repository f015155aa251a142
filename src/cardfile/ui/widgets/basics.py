"""Small widgets the pages share: an initials avatar, tag chips in a flowing row, an empty-state explanation."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

# Muted colours that keep white initials readable; a name always gets the same one.
_AVATAR_COLOURS = ("#2e86de", "#10ac84", "#ee5253", "#5f27cd", "#ff9f43", "#0abde3", "#c8557a", "#576574")


def initials(name: str) -> str:
    """One or two letters standing for a name: 'Anna Jónsdóttir' → 'AJ', '山田太郎' → '山'."""
    words = [w for w in name.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return "?"
    letters = [next(ch for ch in w if ch.isalnum()) for w in words[:2]]
    if unicodedata.east_asian_width(letters[0]) in ("W", "F"):  # CJK: a single character says it all
        return letters[0]
    return "".join(letters).upper()


def avatar_pixmap(name: str, size: int, device_pixel_ratio: float = 1.0) -> QPixmap:
    """A round badge with the name's initials, in a colour derived from the name."""
    pixmap = QPixmap(QSize(size, size) * device_pixel_ratio)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    digest = hashlib.blake2s(name.encode("utf-8"), digest_size=2).digest()
    colour = QColor(_AVATAR_COLOURS[int.from_bytes(digest, "big") % len(_AVATAR_COLOURS)])
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(0, 0, size, size)
    font = QFont(painter.font())
    font.setPixelSize(max(8, int(size * 0.38)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    return pixmap


def text_direction(text: str) -> Qt.LayoutDirection:
    """The direction a piece of text reads in, from its first letter of strong direction (Unicode's P2/P3 rule).

    Text without letters (a phone number, a count) reads left to right in every language: '+1 555 0110' must not
    turn into '0110 555 1+' in a right-to-left interface.
    """
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            break
    return Qt.LayoutDirection.LeftToRight


def on_reading_side(label: QLabel, vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> QLabel:
    """Align a label to the interface's reading side whatever its text's direction.

    Qt aligns a label by its text: a Latin name in a right-to-left interface would sit on the left.
    """
    side = Qt.AlignmentFlag.AlignRight if QGuiApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | vertical)
    return label


class CellDirectionDelegate(QStyledItemDelegate):
    """Lays each cell's text out in its own direction but aligns it to the interface's reading side.

    Qt gives every cell the view's direction, so in a right-to-left interface 'Contoso Ltd.' would read
    '.Contoso Ltd', and in a left-to-right one a Persian name followed by Latin letters would be reordered.
    """

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        interface = option.direction
        rtl = interface == Qt.LayoutDirection.RightToLeft
        far = index.data(Qt.ItemDataRole.TextAlignmentRole)  # an amount: on the far side, digits lined up
        if far is not None and Qt.AlignmentFlag(far) & Qt.AlignmentFlag.AlignTrailing:
            rtl = not rtl
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option.displayAlignment = Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignVCenter
        option.direction = text_direction(option.text)


class FlowLayout(QLayout):
    """Lays widgets out in rows that wrap, starting on the reading side (right in a right-to-left layout)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        owner = self.parentWidget()
        right_to_left = owner is not None and owner.isRightToLeft()
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x, y, line_height = area.x(), y + line_height + self._spacing, 0
            if place:
                left = area.right() + 1 - (x - area.x()) - hint.width() if right_to_left else x
                item.setGeometry(QRect(QPoint(left, y), hint))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class TagChips(QWidget):
    """A record's tags as small rounded labels that wrap onto more lines when the pane is narrow."""

    def __init__(self, tags: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self)
        for tag in tags:
            chip = QLabel(tag)
            chip.setObjectName("tagChip")
            chip.setTextFormat(Qt.TextFormat.PlainText)
            chip.setStyleSheet(
                "QLabel#tagChip { background: palette(alternate-base); border: 1px solid palette(mid);"
                " border-radius: 9px; padding: 1px 8px; }"
            )
            layout.add(chip)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


class EmptyState(QWidget):
    """What a page shows instead of an empty list or pane: a title and a sentence saying what goes here."""

    COLUMN_WIDTH = 460

    def __init__(self, title: str, explanation: str, icon: QIcon | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A column of fixed width, centred by stretches: word-wrapped labels only get their full height in a
        # layout that gives them a width, not in one that aligns them.
        column = QWidget()
        column.setFixedWidth(self.COLUMN_WIDTH)
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(6)
        if icon is not None and not icon.isNull():
            picture = QLabel()
            picture.setPixmap(icon.pixmap(QSize(48, 48)))
            picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            stack.addWidget(picture)
        self.title = QLabel(title)
        self.title.setObjectName("emptyTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = dim(QLabel(explanation))
        self.explanation.setObjectName("emptyExplanation")
        for label in (self.title, self.explanation):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setWordWrap(True)
            stack.addWidget(label)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(8)
        self._buttons.addStretch(1)
        self._buttons.addStretch(1)
        stack.addSpacing(8)
        stack.addLayout(self._buttons)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def offer(self, action: QAction) -> QPushButton:
        """A button for something to do about the emptiness (add a first record, import a file)."""
        text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")
        button = QPushButton(action.icon(), text)
        button.clicked.connect(action.trigger)
        self._buttons.insertWidget(self._buttons.count() - 1, button)
        return button


def dialog_button(text: str, name: str, slot: Callable[[], Any]) -> QPushButton:
    """A dialog's button that does one thing when clicked and never takes Enter from the dialog's default."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button


def dim(label: QLabel) -> QLabel:
    """Show a label's text in the softer colour the style uses for secondary text."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def separator(*, vertical: bool = False) -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.VLine if vertical else QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


def add_heading(layout: QVBoxLayout, label: QLabel, rule_name: str) -> QLabel:
    """Put a section's heading in `layout`: `label` in small bold capitals (in scripts that have them), dim, over a
    thin rule; the card and the form head their sections alike."""
    layout.addSpacing(10)
    title = label.text()
    label.setText(title.upper() if title.isascii() else title)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.85)
    label.setFont(font)
    layout.addWidget(dim(label))
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setObjectName(rule_name)
    line.setStyleSheet(f"QFrame#{rule_name} {{ color: palette(midlight); }}")
    layout.addWidget(line)
    return label


def labelled_rows(spacing: tuple[int, int], label_side: Qt.AlignmentFlag, parent: QWidget | None = None) -> QFormLayout:
    """A form layout of label and value rows, the values taking the width: a card's section, a form's fields.
    `spacing` is (between label and value, between rows)."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(spacing[0])
    form.setVerticalSpacing(spacing[1])
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | label_side)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form
