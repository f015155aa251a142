"""Small widgets the pages share: an initials avatar, tag chips in a flowing row, an empty-state explanation."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt, QTextBoundaryFinder
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QHelpEvent,
    QIcon,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

# The item role a list model answers with how a cell shortens its text (records/list_model.py ELIDE_ROLE).
ELIDE_ROLE = Qt.ItemDataRole.UserRole + 2
# The item role a model answers, for a cell that lists several values (tags, people), with those values: the cell is
# painted with each of them isolated (`isolated_all`) while its text stays plain for copying and searching.
PIECES_ROLE = Qt.ItemDataRole.UserRole + 3

# Muted colours that keep white initials readable; a name always gets the same one.
_AVATAR_COLOURS = ("#2e86de", "#10ac84", "#ee5253", "#5f27cd", "#ff9f43", "#0abde3", "#c8557a", "#576574")


# Thai, Lao, Tai Viet and New Tai Lue vowels written before the consonant they follow in speech (Unicode's
# Logical_Order_Exception): "ใจดี" is read from its consonant จ, so its initial is จ, not the vowel ใ.
_LEADING_VOWELS = frozenset(
    [*map(chr, range(0x0E40, 0x0E45)), *map(chr, range(0x0EC0, 0x0EC5)), *map(chr, (0x19B5, 0x19B6, 0x19B7, 0x19BA)),
     *map(chr, (0xAAB5, 0xAAB6, 0xAAB9, 0xAABB, 0xAABC))]
)  # fmt: skip
_ZERO_WIDTH_NON_JOINER = "\u200c"
# What follows a family name without being one: "John Smith Jr." is JS, not JJ.
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "dds", "mba"})


def graphemes(text: str) -> list[str]:
    """`text` cut into what a reader sees as single characters (Unicode's extended grapheme clusters): 'é' written
    as e and a combining accent, a Devanagari conjunct 'क्ष', a flag, a family emoji each stay whole."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, text)
    # Qt counts in UTF-16 units; a Python string in code points (an emoji outside the BMP is two units, one point).
    point_at: dict[int, int] = {}
    unit = 0
    for point, ch in enumerate(text):
        point_at[unit] = point
        unit += 2 if ord(ch) > 0xFFFF else 1
    point_at[unit] = len(text)
    pieces: list[str] = []
    start = 0
    while (end := finder.toNextBoundary()) > 0:
        pieces.append(text[point_at[start] : point_at[end]])
        start = end
    return [p for p in pieces if p]


def _initial_of(word: str) -> str:
    """The first grapheme of a word that starts with a letter or digit; leading vowels, stray combining marks and
    punctuation ("(Anna)", "ใจดี", a mark left over from a bad import) are skipped. '' when there is none."""
    for cluster in graphemes(word):
        first = cluster[0]
        if first in _LEADING_VOWELS or not unicodedata.category(first).startswith(("L", "N")):
            continue
        upper = first.upper()
        return (upper if len(upper) == 1 else first) + cluster[1:]
    return ""


def _is_wide(cluster: str) -> bool:
    return unicodedata.east_asian_width(cluster[0]) in ("W", "F")


def initials(name: str) -> str:
    """One or two characters standing for a name, each a whole grapheme: 'Anna Jónsdóttir' → 'AJ', 'Юлия Сергеевна
    Михайлова' → 'ЮМ' (first and last word), 'สมชาย ใจดี' → 'สจ' (the vowel ใ is written before the consonant it
    follows), '山田太郎' and '김민준' → one character, as Chinese, Japanese and Korean names are not abbreviated by
    word. Letters of a joining script (Arabic, Persian) are kept apart with a zero-width non-joiner, so 'مریم کریمی'
    shows two separate letters rather than one joined word. '?' for a name without a letter or digit."""
    words = name.split()
    while len(words) > 1 and words[-1].strip(".,").casefold() in _SUFFIXES:
        words.pop()
    found = [initial for initial in map(_initial_of, words) if initial]
    if not found:
        return "?"
    if _is_wide(found[0]) or len(found) == 1:
        return found[0]
    first, last = found[0], found[-1]
    if _is_wide(last):
        return first
    joining = any(unicodedata.bidirectional(c[0]) == "AL" for c in (first, last))
    return first + (_ZERO_WIDTH_NON_JOINER if joining else "") + last


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


def line_direction(text: str, interface: Qt.LayoutDirection) -> Qt.LayoutDirection:
    """The direction to lay a line of a list out in: a line that puts `isolated` values together runs in the
    interface's direction (each value keeps its own inside its isolate); a line that is one value, in that value's
    own (`text_direction`), which is what isolating it would do."""
    return interface if "\u2068" in text else text_direction(text)


def on_reading_side(label: QLabel, vertical: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> QLabel:
    """Align a label to the interface's reading side whatever its text's direction.

    Qt aligns a label by its text: a Latin name in a right-to-left interface would sit on the left.
    """
    side = Qt.AlignmentFlag.AlignRight if QGuiApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | vertical)
    return label


def side_by_side(splitter: QSplitter) -> QSplitter:
    """A horizontal splitter that keeps its widgets inside it right to left too. Qt (6.11) lays them out one pixel
    to the right there: the right-hand widget's edge falls outside the splitter, and a Persian list lost its frame
    and the first letter of its first column ("دوره", "نام") under the navigation. A pixel of margin on the right
    takes the pixel back."""
    if QGuiApplication.isRightToLeft() and splitter.orientation() == Qt.Orientation.Horizontal:
        splitter.setContentsMargins(0, 0, 1, 0)
    return splitter


def labelled(caption: str, widget: QWidget) -> QWidget:
    """A filter's caption and its field side by side, kept together when a flow of filters wraps; the caption's
    access key ("&Tag:") moves the focus to the field."""
    label = QLabel(caption)
    label.setBuddy(widget)
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(label)
    row.addWidget(widget)
    return pair


def strong_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of a paragraph's first letter of strong direction; None when it has none (digits, signs)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
    return None


def paragraphs_markup(text: str, interface: Qt.LayoutDirection) -> str:
    """Plain text as rich text whose every paragraph reads in its own direction and starts on its own side: a
    Persian note is laid out right to left in an English interface, an English one left to right in a Persian
    interface (Unicode's rule: a paragraph takes the direction of its first strong letter). Paragraphs without
    letters follow the interface. The text is escaped, never interpreted as markup."""
    out = []
    for paragraph in text.split("\n"):
        direction = strong_direction(paragraph) or interface
        rtl = direction == Qt.LayoutDirection.RightToLeft
        out.append(
            f'<div dir="{"rtl" if rtl else "ltr"}" align="{"right" if rtl else "left"}">'
            f"{html.escape(paragraph) or '&nbsp;'}</div>"
        )
    return "".join(out)


def paragraphs_label(text: str, name: str, interface: Qt.LayoutDirection | None = None) -> QLabel:
    """A label showing several paragraphs of text from the database (a note), each in its own direction."""
    direction = interface if interface is not None else QGuiApplication.layoutDirection()
    label = QLabel(paragraphs_markup(text, direction))
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setProperty("plainText", text)  # what the paragraphs say, for copying and for tests
    return label


class CellDirectionDelegate(QStyledItemDelegate):
    """Lays each cell's text out in its own direction but aligns it to the interface's reading side.

    Qt gives every cell the view's direction, so in a right-to-left interface 'Contoso Ltd.' would read
    '.Contoso Ltd', and in a left-to-right one a Persian name followed by Latin letters would be reordered. A cell
    that is one value (the model's text, without marks: it is what a copy, a sort or a keyboard search reads) is
    laid out in that value's direction, which is what isolating it would do. A cell whose text puts several values
    together (a line of the dashboard: an amount, a deal's name, its company) isolates each value itself
    (`isolated`): the line runs in the interface's direction and each value in its own.
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
        pieces = index.data(PIECES_ROLE)
        if pieces:
            option.text = isolated_all(pieces)
        option.direction = line_direction(option.text, interface)
        if index.data(ELIDE_ROLE) == "email" and option.text:
            margin = 2 * (QApplication.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 2
            option.text = elide_email(option.text, option.fontMetrics, option.rect.width() - margin)


class FittedLabel(QLabel):
    """Plain text wrapped between words that never draws past its edges: a word too long for a line (an amount, an
    address) ends in "…" there, and the tooltip (the caller's, or else the whole text) says what it left out.

    A word-wrapped QLabel can draw a line wider than itself: Persian text measured for the wrap came out a few pixels
    wider when drawn, and right to left the overflow fell off the start ('EUR' lost its first pixels on the
    dashboard at some widths). This label breaks its lines and draws them from one measurement, two pixels spare."""

    SPARE = 2  # the width Qt measures is rounded, and a letter's ink may reach past its advance

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def lines(self, width: int | None = None) -> list[str]:
        """The lines as drawn at `width` (the label's own by default): whole words, or one cut short with "…"."""
        room = max((self.contentsRect().width() if width is None else width) - self.SPARE, 1)
        metrics = self.fontMetrics()
        out: list[str] = []
        for paragraph in self.text().split("\n"):
            layout = QTextLayout(paragraph, self.font())
            option = QTextOption()
            option.setWrapMode(QTextOption.WrapMode.WordWrap)
            layout.setTextOption(option)
            layout.beginLayout()
            pieces = []
            units = paragraph.encode("utf-16-le")  # Qt counts in UTF-16 units, Python in code points
            while (line := layout.createLine()).isValid():
                line.setLineWidth(room)
                start, end = 2 * line.textStart(), 2 * (line.textStart() + line.textLength())
                pieces.append(units[start:end].decode("utf-16-le").strip())
            layout.endLayout()
            out += [_shortened(piece, metrics, room) for piece in pieces or [""]]
        return out

    def cut(self) -> bool:
        """Whether some of the text is left out at the label's width (the tooltip has it)."""
        return any(line.endswith("…") and line not in self.text() for line in self.lines())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return len(self.lines(width)) * self.fontMetrics().lineSpacing() + self.margin() * 2

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("…") * 4, self.fontMetrics().lineSpacing())

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(p) for p in self.text().split("\n")), default=0)
        return QSize(widest + self.SPARE, self.heightForWidth(widest + self.SPARE))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        spacing = self.fontMetrics().lineSpacing()
        for row, line in enumerate(self.lines()):
            self.style().drawItemText(
                painter,
                QRect(rect.left(), rect.top() + row * spacing, rect.width(), spacing),
                int(self.alignment() & ~Qt.AlignmentFlag.AlignVertical_Mask),
                self.palette(),
                self.isEnabled(),
                line,
                self.foregroundRole(),
            )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and not self.toolTip() and self.cut():
            assert isinstance(event, QHelpEvent)
            QToolTip.showText(event.globalPos(), self.text(), self)
            return True
        return super().event(event)


def _shortened(text: str, metrics: QFontMetrics, room: int) -> str:
    """`text`, or as much of it as fits `room` with "…": Qt's elided Persian can come out wider than asked (it
    joins the last letter to the "…"), so it is asked again for less until it fits."""
    shown, target = text, room
    while metrics.horizontalAdvance(shown) > room and target > 0:
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, target)
        target -= 1
    return shown if metrics.horizontalAdvance(shown) <= room else ""


def elide_email(address: str, metrics: QFontMetrics, width: int) -> str:
    """An email address shortened to `width` so that it can never pass for another: the middle of the part before
    the @ gives way first ('alexandra.ko…poulou@contoso.com'), the domain is kept whole while it fits, and a domain
    too long for the room loses its middle, never its end ('a…@very-lo…example.com')."""
    if metrics.horizontalAdvance(address) <= width:
        return address
    local, at, domain = address.rpartition("@")
    if not at:
        return metrics.elidedText(address, Qt.TextElideMode.ElideMiddle, width)
    tail = at + domain
    room = width - metrics.horizontalAdvance(tail)
    shortest_local = metrics.horizontalAdvance(local[:1] + "…")
    if room >= shortest_local:
        return metrics.elidedText(local, Qt.TextElideMode.ElideMiddle, room) + tail
    head = local[:1] + "…" + at
    return head + metrics.elidedText(
        domain, Qt.TextElideMode.ElideMiddle, max(width - metrics.horizontalAdvance(head), 0)
    )


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
        """As wide as the widest item as it is placed (its size hint, never squeezed), plus the margins."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint().expandedTo(item.minimumSize()))
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        owner = self.parentWidget()
        right_to_left = owner is not None and owner.isRightToLeft()
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden widget takes no room
                continue
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
            chip = QLabel(isolated(tag))  # 'VIP!' keeps its '!' at its end in a right-to-left card
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
        self._column = column
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
        # Wider than the column, the buttons would be squeezed and their words cut: the column grows to hold them.
        self._column.setFixedWidth(max(self.COLUMN_WIDTH, self._buttons.sizeHint().width()))
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


def _latin(text: str) -> bool:
    """Every letter of `text` is a Latin one, accented too. Not `isascii()`: in Icelandic "Netfang" and "Valkostir"
    went to capitals and "Sími", "Hvenær" beside them did not."""
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in text)


def add_heading(layout: QVBoxLayout, label: QLabel, rule_name: str) -> QLabel:
    """Put a section's heading in `layout`: `label` in small bold capitals (in the Latin script), dim, over a
    thin rule; the card and the form head their sections alike."""
    layout.addSpacing(10)
    title = label.text()
    label.setText(title.upper() if _latin(title) else title)
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


# A phone number, a time, a date written with spaces: digit groups (a '+' or '(' may open one) joined by single
# spaces. A line may not break inside one.
_DIGIT_GROUPS = re.compile(r"[+(]?\d[\d().:/-]*(?: [+(]?\d[\d().:/-]*)+")


def unbroken_numbers(text: str) -> str:
    """`text` with each phone number and other run of digit groups kept whole (`isolated_number`), so a wrapped
    line breaks between words, never inside '+354 555 1234' ('Laugavegur 12, 101 Reykjavík' still breaks), and
    right-to-left text keeps its groups in their order."""
    return _DIGIT_GROUPS.sub(lambda found: isolated_number(found.group()), text)


def isolated(value: str) -> str:
    """A value from the database (a name, a subject, an email address) set apart from the words around it
    (FSI U+2068 … PDI U+2069): it reads in its own direction, from its own first letter, and keeps its punctuation
    on its own side. Without the isolate, a Persian line ends 'Maple Capital Corp.' with the full stop on the far
    side ('.Maple Capital Corp'), an email address beside a Persian label turns round at its '@', and a Persian name
    in an English line reorders what follows it. For visible text only: what is copied, sorted, searched or edited
    is the value itself (`plain` takes the marks out again). A value without letters (a count, a date, a span of
    dates) is left to the line's direction: isolated it would read left to right, '۱/۱۲ – ۳۱/۱۲' from the left."""
    return f"\u2068{value}\u2069" if strong_direction(value) is not None else value


def isolated_amount(text: str) -> str:
    """An amount with its currency ('314,825.00 EUR') kept whole among others, in the interface's direction (RLI or
    LRI … PDI): right to left, '۱٬۵۴۸٬۱۰۰٫۰۰ EUR; ۲٬۴۹۹٬۴۵۵٫۰۰ CNY' otherwise runs 'EUR; ۲٬۴۹۹…' together as one
    left-to-right piece and each code lands beside the wrong amount."""
    return ("\u2067" if QGuiApplication.isRightToLeft() else "\u2066") + text + "\u2069"


def isolated_all(values: Iterable[str], separator: str = ", ") -> str:
    """Several values on one line ('VIP!, مشتری'), each `isolated`: the list runs in the line's direction."""
    return separator.join(isolated(value) for value in values)


def reading_lines(text: str, *, rich: bool = False) -> str:
    """`text` with each line starting in the interface's direction (RLM or LRM first), for a label that puts
    `isolated` values together: Qt takes a paragraph's direction from its first letter even inside an isolate, so
    'Meeting with Maple Capital Corp. · با آرش' in a Persian window read from the left. `rich`: lines are `<br>`."""
    mark = "\u200f" if QGuiApplication.isRightToLeft() else "\u200e"
    if rich:
        return mark + text.replace("<br>", "<br>" + mark)
    return "\n".join(mark + line for line in text.split("\n"))


# The marks the interface adds to keep values in their direction (isolates, embeddings, LRM/RLM).
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """Shown text without the direction marks `isolated` and `isolated_number` put in (for copying and tests)."""
    return text.translate(_DIRECTION_MARKS)


def isolated_number(text: str) -> str:
    """A phone number (or another run of digit groups) kept whole: its spaces non-breaking, and the whole set apart
    as left-to-right (LRI U+2066 … PDI U+2069). Without the isolate, Persian text lays the groups of
    '+354 555 1234' out from right to left ('1234 555 354+'): the spaces between them take the paragraph's
    direction."""
    return "\u2066" + text.replace(" ", "\u00a0") + "\u2069"


class ElidedLabel(QLabel):
    """One line of text that ends in "…" where the column is too narrow for it, instead of being cut mid-letter
    (`elide`: where the "…" goes). It asks for no least width: it gives way to its neighbours."""

    def __init__(
        self, text: str = "", parent: QWidget | None = None, *, elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight
    ) -> None:
        super().__init__(text, parent)
        self._elide = elide
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth(), super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self._elide, rect.width())
        alignment = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(alignment), shown)


def literal(text: str) -> str:
    """A value (a name, a file's name) as a button's, a check box's or a menu item's words: an "&" in it stays an
    "&" ("R&D Ltd."), where Qt would take it for the mark of the next letter's access key."""
    return text.replace("&", "&&")
