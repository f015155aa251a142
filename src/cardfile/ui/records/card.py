"""The detail pane: one record's card to read, or its form to edit, with the record's tabs under the card.

`CardBuilder` lays a card out (plain widgets, mirrored for right-to-left languages); a kind's `card` function
decides what goes in (records/kind.py). Text from the database is always shown as plain text, never interpreted
as markup. `RecordCard` shows the card's details and its tabs in a split the person resizes (remembered with the
page), so the tabs are always in view however long the card; it switches between reading and editing in place:
F2 (or the Edit button) turns the card into its form, Ctrl+S or Enter saves it as one action, Esc goes back
without saving.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError, NotFound, ValidationError
from cardfile.services.events import RecordsChanged
from cardfile.ui.dates import alarm_text, format_datetime, format_day
from cardfile.ui.event_bridge import touches
from cardfile.ui.icons import icon
from cardfile.ui.records.form import RecordForm
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.tabs import RelatedTabs
from cardfile.ui.tasks import Progress, TaskRunner
from cardfile.ui.widgets.basics import (
    TagChips,
    add_heading,
    avatar_pixmap,
    dim,
    elide_email,
    isolated,
    isolated_number,
    labelled_rows,
    paragraphs_label,
)
from cardfile.ui.widgets.editors import picture_pixmap
from cardfile.ui.words import entry_label, error_text, separator

if TYPE_CHECKING:
    from cardfile.services import Services

Row = tuple[str, str | QWidget]  # a labelled line of a card section: label, then text or a widget (a link)

DUPLICATE_CHECK_PAUSE_MS = 300  # the pause in typing after which the form asks whether the record is already there
AVATAR_SIZE = 56


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("Card", text, disambiguation, n)


def local_time(moment: datetime) -> str:
    """A UTC timestamp in the reader's time zone and date format."""
    return format_datetime(moment)


def partial_date(value: str) -> str:
    """'1980-04-15' or '--04-15' (year unknown) in the reader's format, without the weekday: 'April 15, 1980'."""
    try:
        if value.startswith("--"):
            return format_day(date(2000, int(value[2:4]), int(value[5:7])), year=False)
        year, month, day = (int(part) for part in value.split("-"))
        return format_day(date(year, month, day))
    except ValueError:
        return value


def next_occurrence(month: int, day: int, today: date) -> date:
    """The next day (today included) that is this day of the year; 29 February falls on the 28th in other years."""
    for year in (today.year, today.year + 1):
        try:
            found = date(year, month, day)
        except ValueError:
            found = date(year, month, day - 1)
        if found >= today:
            return found
    raise ValueError(f"no next occurrence of {month}-{day}")  # unreachable: next year's is always later


UPCOMING_DAYS = 30  # a birthday or anniversary this close is announced ("in 12 days")


def yearly_date_text(value: str, today: date, *, counts_age: bool) -> str:
    """A birthday or anniversary as the card shows it: the date (never the weekday of birth), how many years (a
    birthday: the age; an anniversary: how long it has been) when the year is known, and "in 12 days", "tomorrow"
    or "today" when it is near."""
    try:
        year = None if value.startswith("--") else int(value[0:4])
        month, day = (int(value[2:4]), int(value[5:7])) if year is None else (int(value[5:7]), int(value[8:10]))
        coming = next_occurrence(month, day, today)
    except ValueError:
        return value
    locale = QLocale()
    parts = [partial_date(value)]
    days = (coming - today).days
    if year is not None and year <= today.year:
        years = coming.year - year  # the years it will be on the coming day
        now = years if days == 0 else years - 1
        if days == 0:
            parts.append(
                _tr("turns {years} today").format(years=locale.toString(years))
                if counts_age
                else _tr("%Ln year(s) today", "", years)
            )
        elif days <= UPCOMING_DAYS:
            if days == 1:
                text = (
                    _tr("turns {years} tomorrow").format(years=locale.toString(years))
                    if counts_age
                    else _tr("%Ln year(s) tomorrow", "", years)
                )
            elif counts_age:
                text = _tr("turns {years} in %Ln day(s)", "", days).format(years=locale.toString(years))
            else:
                text = _tr("{years} in %Ln day(s)", "", days).format(years=_tr("%Ln year(s)", "", years))
            parts.append(text)
        elif now >= 0:
            parts.append(
                _tr("age {years}").format(years=locale.toString(now)) if counts_age else _tr("%Ln year(s)", "", now)
            )
    elif days == 0:
        parts.append(_tr("today"))
    elif days == 1:
        parts.append(_tr("tomorrow"))
    elif days <= UPCOMING_DAYS:
        parts.append(_tr("in %Ln day(s)", "", days))
    return separator().join(parts)


def today_of(services: Services) -> date:
    """Today on this computer's calendar, by the services' clock."""
    return services.db.now().astimezone().date()


def tel_url(number: str) -> str:
    """A phone number as a tel: link the desktop dials (RFC 3966): its digits and a leading +, an extension kept."""
    main, _, extension = number.lower().replace("ext.", "x").replace("ext", "x").partition("x")
    digits = "".join(ch for ch in main if ch.isdigit())
    prefix = "+" if main.strip().startswith("+") else ""
    ext = "".join(ch for ch in extension if ch.isdigit())
    return f"tel:{prefix}{digits}" + (f";ext={ext}" if ext else "")


class ReachLink(QLabel):
    """An email address or phone number as a link on one line that shortens itself to the room the card has (an
    address loses the middle of its name, never its domain; a number its middle), so that a long address is never
    cut off at the card's edge and the copy button beside it stays in view. The tooltip has it whole."""

    def __init__(self, text: str, target: str) -> None:
        super().__init__()
        self.setObjectName("cardValue")
        self.full_text = text
        self.target = target
        self.setProperty("plainText", text)  # what tests and screen readers take it to say
        self.setAccessibleName(text)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.setAlignment(_reading_side() | Qt.AlignmentFlag.AlignVCenter)
        self._show(None)

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.full_text) + 4, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance("x" * 8), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show(event.size().width())

    def _show(self, width: int | None) -> None:
        metrics = self.fontMetrics()
        shown = self.full_text
        if width is not None and metrics.horizontalAdvance(shown) > width - 4:
            room = max(width - 4, 0)
            shown = (
                elide_email(shown, metrics, room)
                if self.target.startswith("mailto:")
                else metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, room)
            )
        markup = f'<a href="{html.escape(self.target, quote=True)}">{html.escape(shown)}</a>'
        if markup != self.text():
            self.setText(markup)


def address_lines(address: dict[str, Any]) -> list[str]:
    locality = " ".join(p for p in (address.get("postcode", ""), address.get("locality", "")) if p)
    parts = [address.get(k, "") for k in ("street", "extended", "po_box")] + [locality]
    parts += [address.get("region", ""), address.get("country", "")]
    return [p for p in parts if p]


def web_address(url: str) -> str:
    return url if "://" in url or url.startswith("mailto:") else f"https://{url}"


def custom_value_text(value: Any) -> str:
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


def names_of(services: Services) -> Callable[[str, str], str]:
    """`name_of(record_type, id)` for describing changed values: the name of a company or a custom field an id
    points at ('' when it is gone)."""
    fields: dict[str, str] | None = None

    def name_of(record_type: str, record_id: str) -> str:
        nonlocal fields
        if record_type == "custom_field":
            if fields is None:  # read once per card, on the first custom value described
                fields = {f.id: f.name for f in services.custom_fields.list()}
            return fields.get(record_id, "")
        try:
            if record_type == "company":
                return services.companies.get(record_id).display_name
            if record_type == "deal":
                return services.deals.get(record_id).name
            if record_type == "activity_type":
                return next((t.name for t in services.activities.types() if t.id == record_id), "")
            return ""
        except NotFound:
            return ""

    return name_of


class CardBuilder:
    """Builds the content widget of a card, top to bottom."""

    def __init__(self, on_link: Callable[[str], None], *, edit_button: QWidget | None = None) -> None:
        self.widget = QWidget()
        self.widget.setObjectName("cardContent")
        self._layout = QVBoxLayout(self.widget)
        self._layout.setContentsMargins(18, 16, 18, 16)
        self._layout.setSpacing(6)
        self._on_link = on_link
        self._edit_button = edit_button

    def header(
        self,
        name: str,
        subtitle: Sequence[tuple[str, str | None]],
        *,
        picture: bytes | None = None,
        trailing: QWidget | None = None,
        avatar: bool = True,
    ) -> None:
        """Picture (or initials) and name, with a line under it: (text, link target or None) pieces joined by
        ' · '; `trailing` (the card's Edit button unless given) sits at the far end. `avatar` False: no picture
        (an activity is not a face)."""
        trailing = trailing if trailing is not None else self._edit_button
        row = QHBoxLayout()
        row.setSpacing(14)
        if avatar:
            picture_label = QLabel()
            picture_label.setObjectName("avatar")
            ratio = self.widget.devicePixelRatioF()
            pixmap: QPixmap | None = picture_pixmap(picture, AVATAR_SIZE, ratio) if picture else None
            picture_label.setPixmap(pixmap if pixmap is not None else avatar_pixmap(name, AVATAR_SIZE, ratio))
            picture_label.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
            row.addWidget(picture_label, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        title = self._label(name, "cardTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text.addWidget(title)
        pieces = [(t, link) for t, link in subtitle if t]
        if pieces:
            text.addWidget(self._linked(pieces, "cardSubtitle"))
        text.addStretch(1)
        row.addLayout(text, 1)
        if trailing is not None:
            row.addWidget(trailing, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(row)
        self._layout.addSpacing(8)

    def section(self, title: str, rows: Iterable[Row]) -> None:
        """A heading and rows of (label, text or widget); left out altogether when there are no rows."""
        rows = list(rows)
        if not rows:
            return
        self._heading(title)
        form = labelled_rows((14, 4), Qt.AlignmentFlag.AlignTop)
        for label, value in rows:
            field = value if isinstance(value, QWidget) else self._label(value, "cardValue")
            caption = self._label(label, "cardLabel")
            caption.setWordWrap(False)  # the label column is as wide as its longest label
            form.addRow(dim(caption), field)
        self._layout.addLayout(form)

    def link(self, text: str, target: str) -> QLabel:
        """A value that opens something when clicked: a mailto:/https: address, or another record."""
        return self._linked([(text, target)], "cardValue")

    def reach(self, text: str, target: str) -> QWidget:
        """An email address or phone number: a click on it mails or calls (through the desktop's mail program or
        phone app), and the button beside it copies it."""
        row = QWidget()
        row.setObjectName("reach")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        link = ReachLink(text, target)
        link.linkActivated.connect(self._on_link)
        link.setToolTip(_tr("Email {address}").format(address=text) if target.startswith("mailto:") else
                        _tr("Call {number}").format(number=text))  # fmt: skip
        layout.addWidget(link)
        copy = QToolButton()
        copy.setObjectName("copyValue")
        copy.setProperty("copies", text)
        copy.setAutoRaise(True)
        copy.setIcon(icon("copy"))
        copy.setIconSize(QSize(14, 14))
        copy.setToolTip(_tr("Copy"))
        copy.setAccessibleName(_tr("Copy {value}").format(value=text))
        copy.clicked.connect(lambda: self._copy(copy, text))
        layout.addWidget(copy)
        layout.addStretch(1)
        return row

    @staticmethod
    def _copy(button: QToolButton, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        QToolTip.showText(button.mapToGlobal(button.rect().bottomLeft()), _tr("Copied"), button)

    def link_list(self, title: str, lines: Sequence[tuple[str, str, str]], more: str = "") -> None:
        """A heading and one line per (text, link target, detail): the link first, the detail dim beside it."""
        if not lines:
            return
        self._heading(title)
        for text, target, detail in lines:
            row = QHBoxLayout()
            row.setSpacing(8)
            link = self.link(text, target)
            link.setWordWrap(False)  # a name stays on one line; the detail beside it wraps
            row.addWidget(link)
            if detail:
                row.addWidget(dim(self._label(detail, "cardDetail")), 1)
            else:
                row.addStretch(1)
            self._layout.addLayout(row)
        if more:
            self._layout.addWidget(dim(self._label(more, "cardMore")))

    def tags(self, title: str, tags: Sequence[str]) -> None:
        if tags:
            self._heading(title)
            self._layout.addWidget(TagChips(tags))

    def paragraph(self, title: str, text: str) -> None:
        """A heading and text of several paragraphs (a note), each laid out in its own direction."""
        if text.strip():
            self._heading(title)
            self._layout.addWidget(paragraphs_label(text.strip(), "cardNote"))

    def ways_to_reach(self, record: Any, *, web: Sequence[Row] = ()) -> None:
        """Email, Phone, Address, Web (after the rows in `web`) and Messaging, from a record's entries."""
        self.section(_tr("Email"), entry_rows(record.emails, lambda e: self.reach(e["value"], f"mailto:{e['value']}")))
        self.section(_tr("Phone"), entry_rows(record.phones, lambda e: self.reach(e["value"], tel_url(e["value"]))))
        self.section(_tr("Address"), entry_rows(record.addresses, lambda e: "\n".join(address_lines(e))))
        urls = entry_rows(record.urls, lambda e: self.link(e["value"], web_address(e["value"])))
        self.section(_tr("Web"), [*web, *urls])
        self.section(
            _tr("Messaging"),
            entry_rows(record.ims, lambda e: f"{e['service']}: {e['value']}" if e.get("service") else e["value"]),
        )

    def custom_fields(self, values: dict[str, Any]) -> None:
        self.section(_tr("Custom fields"), [(name, custom_value_text(v)) for name, v in values.items() if v != ""])

    def tags_and_note(self, record: Any) -> None:
        self.tags(_tr("Tags"), record.tags)
        self.paragraph(_tr("Note"), record.note)

    def add(self, widget: QWidget, *, spacing: int = 14) -> None:
        """Something else below the fields."""
        self._layout.addSpacing(spacing)
        self._layout.addWidget(widget)

    def finish(self) -> QWidget:
        self._layout.addStretch(1)
        return self.widget

    # ----- pieces -----

    def _heading(self, title: str) -> None:
        add_heading(self._layout, self._label(title, "cardHeading"), "cardRule")

    @staticmethod
    def _label(text: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAlignment(_reading_side() | Qt.AlignmentFlag.AlignTop)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _linked(self, pieces: Sequence[tuple[str, str | None]], name: str) -> QLabel:
        # The line in the interface's direction (a mark first), each piece isolated (FSI … PDI): an Arabic company
        # name first turned the whole line right to left, and an English card read "Sales · Qualified ·".
        markup = ("\u200f" if QGuiApplication.isRightToLeft() else "\u200e") + html.escape(separator()).join(
            f'<a href="{html.escape(link, quote=True)}">\u2068{html.escape(text)}\u2069</a>'
            if link
            else f"\u2068{html.escape(text)}\u2069"
            for text, link in pieces
        )
        label = QLabel(markup)
        label.setObjectName(name)
        label.setAlignment(_reading_side() | Qt.AlignmentFlag.AlignTop)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse
        )
        label.linkActivated.connect(self._on_link)
        return label


def _reading_side() -> Qt.AlignmentFlag:
    """Align every line of a value to where the interface starts reading, whatever script the line is in.

    Without this a Hebrew or Persian address line sits at the far edge of an English card (Qt aligns each
    paragraph by its own direction), and the card looks ragged.
    """
    side = Qt.AlignmentFlag.AlignRight if QGuiApplication.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
    return Qt.AlignmentFlag.AlignAbsolute | side


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is False


class FieldValue(Protocol):
    """What describe_value reads: a field and a value (a FieldChange of the history, a side of a sync conflict)."""

    @property
    def field(self) -> str: ...

    @property
    def value(self) -> Any: ...


def describe_value(change: FieldValue, name_of: Callable[[str, str], str]) -> str:
    """A changed value as one short line of text; `name_of(record_type, id)` names a referenced record (a company,
    a custom field)."""
    value = change.value
    if change.field == "deleted_at":
        return _tr("moved to the Trash") if value else _tr("restored from the Trash")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if change.field == "alarm_minutes" and (value is None or isinstance(value, int)):
        return alarm_text(value)  # "At the start" rather than 0, "No alarm" rather than "(empty)"
    if _is_empty(value):
        return _tr("(empty)")
    if change.field in ("company_id", "parent_id"):
        return name_of("company", value) or _tr("(a company since erased)")
    if change.field in ("type_id", "deal_id"):
        return name_of("activity_type" if change.field == "type_id" else "deal", value) or _tr("(since erased)")
    if change.field in ("birthday", "anniversary") and isinstance(value, str):
        return partial_date(value)
    if isinstance(value, bytes):
        return _tr("(picture)")
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, dict):
        if change.field == "custom":  # stored by field id; shown by the name the person gave the field
            return ", ".join(
                f"{name_of('custom_field', k) or _tr('(a removed field)')}: {_custom_text(v)}" for k, v in value.items()
            )
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_entry_text(v, dates=change.field == "dates", phone=change.field == "phones") for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 120 else text[:119] + "…"


def _custom_text(value: Any) -> str:
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    return str(value)


def _entry_text(entry: Any, *, dates: bool = False, phone: bool = False) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    value = entry.get("value") or ", ".join(address_lines(entry))
    if dates and value:
        value = partial_date(str(value))
    if phone and value:  # a line of History wraps between entries, never inside a number ('+354 555' / '0000')
        value = isolated_number(str(value))
    elif value:  # beside its label: 'کار: 12345@maple.example' turned round at its '@' in a Persian line
        value = isolated(str(value))
    label = entry.get("label", "")
    return f"{entry_label(label)}: {value}" if label else str(value)


def entry_rows(entries: Sequence[dict[str, Any]], text: Callable[[dict[str, Any]], str | QWidget]) -> list[Row]:
    """Rows of a labelled multi-valued field, the preferred entry marked."""
    rows: list[Row] = []
    for entry in entries:
        label = entry_label(entry.get("label", "")) or _tr("other")
        if entry.get("preferred"):
            label = _tr("{label} ★").format(label=label)
        rows.append((label, text(entry)))
    return rows


class EditBar(QFrame):
    """Pinned under the form while a record is edited: what the keys do, Cancel and Save."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("editBar")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAutoFillBackground(True)
        self.setStyleSheet("QFrame#editBar { border-top: 1px solid palette(mid); background: palette(window); }")
        self.hint = dim(QLabel(_tr("Ctrl+S saves · Esc cancels")))
        self.hint.setObjectName("editHint")
        self.hint.setWordWrap(True)
        self.cancel_button = QPushButton(_tr("Cancel"))
        self.cancel_button.setObjectName("cancelEdit")
        self.save_button = QPushButton(_tr("Save"))
        self.save_button.setObjectName("saveEdit")
        self.save_button.setDefault(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.hint, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.save_button)
        self.hide()


def _scrolling(name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class EditPane(QScrollArea):
    """The form of the record being edited, scrolling, with the edit bar pinned under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The form reflows to the pane's width; narrower than it can go, it scrolls rather than being cut off.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.edit_bar = EditBar(self)

    def show_form(self, form: QWidget) -> None:
        self.setWidget(form)
        self.verticalScrollBar().setValue(0)
        self.edit_bar.show()
        self.place_edit_bar()

    def close_form(self) -> None:
        self.edit_bar.hide()
        self.setViewportMargins(0, 0, 0, 0)
        self.setWidget(QWidget())  # the form goes with it

    def place_edit_bar(self) -> None:
        """Pin the edit bar under the viewport, in the margin kept free for it beside the scroll bar."""
        if not self.edit_bar.isVisible():
            return
        bar = self.edit_bar  # its keys hint wraps in a narrow pane rather than being cut off: as tall as that takes
        height = bar.heightForWidth(self.viewport().width()) if bar.hasHeightForWidth() else -1
        height = height if height > 0 else bar.sizeHint().height()
        if self.viewportMargins().bottom() != height:
            self.setViewportMargins(0, 0, 0, height)
        viewport = self.viewport().geometry()
        self.edit_bar.setGeometry(viewport.left(), viewport.bottom() + 1, viewport.width(), height)
        self.edit_bar.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.place_edit_bar()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.place_edit_bar()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the scroll bar came or went: the viewport changed width
            self.place_edit_bar()
        return super().viewportEvent(event)


class SelectionPane(QWidget):
    """What the card says while several records are selected: how many, and the buttons of what can be done to
    all of them at once (the page's bulk actions, kept in step with them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selectionPane")
        self.title = QLabel()
        self.title.setObjectName("selectionCount")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.hint = dim(QLabel(_tr("What you choose below is done to all of them, as one step Undo takes back.")))
        self.hint.setWordWrap(True)
        self._buttons = QVBoxLayout()
        self._buttons.setSpacing(6)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(8)
        layout.addLayout(self._buttons)
        layout.addStretch(1)
        self._actions: list[QAction] = []

    def show_selection(self, text: str, actions: Sequence[QAction]) -> None:
        self.title.setText(text)
        if list(actions) != self._actions:
            for button in self.buttons:
                button.deleteLater()
            self.buttons = [self._button(action) for action in actions]
            self._actions = list(actions)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(action.icon(), action.text())
        button.setObjectName(f"{action.objectName()}Button")
        button.setToolTip(action.toolTip())
        button.setStyleSheet("text-align: left; padding: 4px 10px;")
        button.clicked.connect(action.trigger)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            button.setVisible(action.isVisible())
            button.setText(action.text())

        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        self._buttons.addLayout(row)
        action.changed.connect(follow)
        follow()  # only once it has a parent: shown on its own it would open as a window of its own
        return button


class RecordCard(QWidget):
    """The detail pane of a kind's page: a hint when nothing is selected; the selected record's details over its
    tabs, in a split the person resizes; its form, while it is edited; or, while several records are selected,
    how many and what can be done to all of them."""

    record_requested = Signal(str, str)  # record type, id: a link to another record was clicked
    new_record_requested = Signal(str, object)  # record type, preset: a tab's "New Deal…"
    saved = Signal(str)  # a record was saved from the form (its id; a new record's new id)
    editing_changed = Signal(bool)

    def __init__(
        self, services: Services, kind: RecordKind, parent: QWidget | None = None, *, runner: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{kind.type_name}Card")
        self.setMinimumWidth(300)
        self.kind = kind
        self._services = services
        self._runner = runner if runner is not None else TaskRunner(self, max_threads=1)
        self.record_id: str | None = None
        self.form: RecordForm | None = None
        self.tabs: RelatedTabs | None = None  # the tabs of the record shown
        self.current_tab = "history"  # the tab the person looked at last, kept across records
        self._stale = False  # changed while out of sight: read again when shown
        self._watches = {kind.type_name, *kind.shows, *(w for tab in kind.tabs for w in tab.watches)}

        self.placeholder = dim(QLabel(kind.page_words().placeholder))
        self.placeholder.setObjectName("cardPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setMargin(24)
        self.details = _scrolling("cardDetails")
        self.tab_pane = QWidget()
        self.tab_pane.setObjectName("cardTabs")
        self.tab_pane.setMinimumHeight(self.fontMetrics().height() * 8)  # the tab bar and a few rows, always
        QVBoxLayout(self.tab_pane).setContentsMargins(12, 0, 12, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("cardSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(7)  # a line to grab between details and tabs, so the split is found
        self.splitter.setStyleSheet(
            "QSplitter#cardSplitter::handle:vertical { image: none; margin: 0 12px; "
            "border-top: 3px solid palette(base); border-bottom: 3px solid palette(base); background: palette(mid); }"
        )
        self.splitter.addWidget(self.details)
        self.splitter.addWidget(self.tab_pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([360, 240])
        self.tab_pane.setVisible(bool(kind.tabs))
        self.edit_pane = EditPane()
        self.edit_bar = self.edit_pane.edit_bar
        self.edit_bar.save_button.clicked.connect(self.save)
        self.edit_bar.cancel_button.clicked.connect(self.cancel)
        self.selection_pane = SelectionPane()
        self.stack = QStackedWidget()
        for pane in (self.placeholder, self.splitter, self.edit_pane, self.selection_pane):
            self.stack.addWidget(pane)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.save_action = QAction(_tr("&Save"), self)
        self.save_action.setObjectName("saveRecord")
        self.save_action.setShortcuts(
            QKeySequence.keyBindings(QKeySequence.StandardKey.Save) or [QKeySequence("Ctrl+S")]
        )
        self.save_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.save_action.setEnabled(False)
        self.save_action.triggered.connect(self.save)
        self.addAction(self.save_action)
        # The duplicate check waits for a pause in the typing: one question per name typed, not one per letter.
        self._duplicate_check_timer = QTimer(self)
        self._duplicate_check_timer.setSingleShot(True)
        self._duplicate_check_timer.setInterval(DUPLICATE_CHECK_PAUSE_MS)
        self._duplicate_check_timer.timeout.connect(self.check_duplicates)
        self.clear()

    # ----- reading -----

    def show_record(self, record_id: str) -> None:
        """Read the record and show its card (a record deleted meanwhile clears the pane); leaves editing."""
        record = self.kind.read(self._services, record_id)
        if record is None:
            self.clear()
            return
        builder = CardBuilder(self.open_link, edit_button=self.edit_button())
        self.kind.card(builder, record, self._services)
        self.show_content(record_id, builder.finish())

    def refresh(self, event: RecordsChanged) -> None:
        """Show the record again if `event` changed anything the card shows (not while it is being edited).

        A card out of sight (its page is not the one shown) is read again when it comes into sight: a burst of
        edits on the Contacts page must not rebuild the Companies page's card each time.
        """
        if self.record_id and not self.is_editing and self.shows_changes_of(event):
            if self.isVisible():
                self.show_record(self.record_id)
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and self.record_id and not self.is_editing:
            self.show_record(self.record_id)

    def shows_changes_of(self, event: RecordsChanged) -> bool:
        """The record itself, or a record of a kind its rows, sections or tabs show."""
        assert self.record_id is not None
        own = self.kind.type_name
        return touches(event, own, self.record_id) or any(
            touches(event, kind) for kind in self._watches if kind != own or own in self.kind.shows
        )

    def clear(self) -> None:
        self._leave_editing()
        self.record_id = None
        self._drop_tabs()
        self.details.setWidget(QWidget())
        self.stack.setCurrentWidget(self.placeholder)

    def show_selection(self, text: str, actions: Sequence[QAction]) -> None:
        """Several records are selected: say how many ("3 contacts selected") and offer `actions` on them all."""
        if self.is_editing:
            return
        self.clear()
        self.selection_pane.show_selection(text, actions)
        self.stack.setCurrentWidget(self.selection_pane)

    @property
    def shows_selection(self) -> bool:
        return self.stack.currentWidget() is self.selection_pane

    def reveal(self, record_type: str, record_id: str) -> bool:
        """Show the tab that lists an activity, note or deal of the record shown, with its row picked out."""
        return self.tabs is not None and self.tabs.reveal(record_type, record_id)

    def show_content(self, record_id: str, content: QWidget) -> None:
        """Show a freshly built card; the same record shown again (after an edit) keeps its scroll positions."""
        self._leave_editing()
        self._stale = False
        same_record = self.record_id == record_id
        position = self.details.verticalScrollBar().value()
        tab_position = self._tab_scroll_position() if same_record else 0
        self.record_id = record_id
        self.details.setWidget(content)
        self._show_tabs(record_id)
        self.stack.setCurrentWidget(self.splitter)
        if same_record and (position or tab_position):
            # The new content gets its size when the layout runs; restore the positions after that.
            QTimer.singleShot(0, self, lambda: self._restore_scroll(position, tab_position))

    def _show_tabs(self, record_id: str) -> None:
        self._drop_tabs()
        if not self.kind.tabs:
            return
        name_of = names_of(self._services)
        tabs = RelatedTabs(
            self._services,
            self.kind.type_name,
            record_id,
            tabs=self.kind.tabs,
            related_as=self.kind.links_as,
            current=self.current_tab,
            describe=lambda change: describe_value(change, name_of),
        )
        tabs.record_requested.connect(self.record_requested)
        tabs.new_record_requested.connect(self.new_record_requested)
        tabs.tab_chosen.connect(self.remember_tab)
        layout = self.tab_pane.layout()
        assert layout is not None
        layout.addWidget(tabs)
        self.tabs = tabs

    def _drop_tabs(self) -> None:
        if self.tabs is not None:
            # Out of the card at once, gone when the event loop runs. Not by taking it out of its parent: a widget
            # without one is a window, and destroying a window took the keyboard from a dialog opened meanwhile.
            layout = self.tab_pane.layout()
            if layout is not None:
                layout.removeWidget(self.tabs)
            self.tabs.hide()
            self.tabs.deleteLater()
            self.tabs = None

    def _tab_scroll_position(self) -> int:
        if self.tabs is None:
            return 0
        return self.tabs.pages[self.tabs.current_tab()].verticalScrollBar().value()

    def _restore_scroll(self, position: int, tab_position: int) -> None:
        self.details.verticalScrollBar().setValue(position)
        if self.tabs is not None:
            self.tabs.pages[self.tabs.current_tab()].verticalScrollBar().setValue(tab_position)

    def edit_button(self) -> QPushButton:
        """The Edit button of a card's header."""
        button = QPushButton(_tr("Edit"))
        button.setObjectName("editRecord")
        button.setToolTip(_tr("Edit this card (F2)"))
        button.clicked.connect(self.edit)
        return button

    def open_link(self, target: str) -> None:
        """Record links look like 'record:company:<id>'; anything else is left to the desktop (mail, web)."""
        if target.startswith("record:"):
            _, record_type, record_id = target.split(":", 2)
            self.record_requested.emit(record_type, record_id)
        else:
            QDesktopServices.openUrl(QUrl(target))

    def remember_tab(self, key: str) -> None:
        self.current_tab = key

    # ----- editing -----

    @property
    def is_editing(self) -> bool:
        return self.form is not None

    def build_form(self, record_id: str | None, preset: dict[str, Any]) -> RecordForm | None:
        """The form for a record (None: a new one); None if the record no longer exists."""
        record = self.kind.read(self._services, record_id) if record_id is not None else None
        if record_id is not None and record is None:
            return None
        return RecordForm(self._services, self.kind.form(self._services), record, preset=preset)

    def known_tags(self) -> list[str]:
        """Tags to offer in the form's tag field (read on a worker)."""
        if not self.kind.taggable:
            return []
        service: Any = self.kind.service_of(self._services)
        return [tag for tag, _count in service.tags()]

    def edit(self) -> bool:
        """Turn the shown record's card into its form; False if no record is shown."""
        if self.is_editing:
            return True
        if self.record_id is None:
            return False
        form = self.build_form(self.record_id, {})
        if form is None:
            self.clear()
            return False
        self._enter_editing(form)
        return True

    def edit_new(self, preset: dict[str, Any] | None = None) -> RecordForm:
        """An empty form for a new record (`preset` fills some fields)."""
        self._leave_editing()
        self.record_id = None
        self._drop_tabs()
        form = self.build_form(None, preset or {})
        assert form is not None
        self._enter_editing(form)
        return form

    def has_unsaved_changes(self) -> bool:
        return self.form is not None and self.form.has_changes()

    def save(self) -> bool:
        """Save the form (one action) and show the saved card; False, with the problem shown, if it could not."""
        form = self.form
        if form is None:
            return False
        focus = QApplication.focusWidget()
        if focus is not None and focus.hasFocus():
            focus.clearFocus()  # let an editor finish (a spin box interprets its text) before it is read
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        try:
            record_id = form.save()
        except ValidationError as error:
            form.show_error(error)
            self._ensure_visible_error(form)
            return False
        except CardfileError as error:
            QMessageBox.warning(self, _tr("Cardfile"), error_text(error))
            return False
        if record_id is None:
            self._ensure_visible_error(form)
            return False
        self.show_record(record_id)
        self.saved.emit(record_id)
        return True

    def cancel(self) -> None:
        """Leave the form without saving and show the card as it was."""
        if self.form is None:
            return
        if self.record_id is not None:
            self.show_record(self.record_id)
        else:
            self.clear()

    def _enter_editing(self, form: RecordForm) -> None:
        self.form = form
        form.changed.connect(self._on_form_changed)
        form.save_requested.connect(self.save, Qt.ConnectionType.QueuedConnection)  # after the key is handled
        self.stack.setCurrentWidget(self.edit_pane)  # first: the edit bar is placed in the pane's own geometry
        self.edit_pane.show_form(form)
        self.save_action.setEnabled(True)
        self.edit_bar.hint.setText(_tr("Ctrl+S saves · Esc cancels"))
        self._tab_to_edit_bar_last(form)
        form.focus_first()
        self.editing_changed.emit(True)
        self._offer_known_tags(form)
        if form.spec.duplicates is not None:
            form.duplicate_requested.connect(lambda found: self.record_requested.emit(self.kind.type_name, found))
            form.changed.connect(self._duplicate_check_timer.start)

    def check_duplicates(self) -> None:
        """Ask, on a worker, which records the form's values may duplicate, and let the form point them out."""
        form = self.form
        check = form.spec.duplicates if form is not None else None
        if form is None or check is None:
            return
        values = form.typed_values()
        record_id = form.record.id if form.record is not None else None
        services = self._services

        def find(_progress: Progress, _cancel: threading.Event) -> list[Any]:
            try:
                return list(check.find(services, values, record_id))
            except CardfileError:  # a value half typed (the save will say what is wrong with it): no hint
                return []

        def show(found: list[Any]) -> None:
            if self.form is form:  # the person may have saved or cancelled meanwhile
                form.show_duplicates(found)

        self._runner.run(find, key="duplicate-check", announce=False, on_done=show)

    def _tab_to_edit_bar_last(self, form: RecordForm) -> None:
        """Tab reaches Cancel and Save after the last field, not before the first (they were made first)."""
        last: QWidget | None = None
        widget = form.nextInFocusChain()
        while widget is not None and widget is not form and form.isAncestorOf(widget):
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                last = widget
            widget = widget.nextInFocusChain()
        if last is not None:
            QWidget.setTabOrder(last, self.edit_bar.cancel_button)
            QWidget.setTabOrder(self.edit_bar.cancel_button, self.edit_bar.save_button)

    def _leave_editing(self) -> None:
        was_editing = self.form is not None
        self.form = None
        self._duplicate_check_timer.stop()
        self.save_action.setEnabled(False)
        if was_editing:
            self.edit_pane.close_form()
            self.editing_changed.emit(False)

    def _on_form_changed(self) -> None:
        self.edit_bar.hint.setText(_tr("Changed · Ctrl+S saves · Esc cancels"))
        self.edit_pane.place_edit_bar()  # a longer hint may take another line in a narrow pane

    def _offer_known_tags(self, form: RecordForm) -> None:
        def read(_progress: Progress, _cancel: threading.Event) -> list[str]:
            return self.known_tags()

        def offer(tags: list[str]) -> None:
            if self.form is form:  # still the same form: the person may have saved or cancelled meanwhile
                form.set_known_tags(tags)

        self._runner.run(read, key="known-tags", announce=False, on_done=offer)

    def _ensure_visible_error(self, form: RecordForm) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and form.isAncestorOf(focus):
            self.edit_pane.ensureWidgetVisible(focus, 20, 40)
        elif form.general_error.isVisible():
            self.edit_pane.verticalScrollBar().setValue(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.form is not None:
            key = event.key()
            if (
                key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            ):
                focus = QApplication.focusWidget()
                if isinstance(focus, QAbstractButton) and focus is not self.edit_bar.save_button:
                    focus.click()  # Enter on Cancel, Remove … does what the button says
                else:
                    self.save()
                return
            if key == Qt.Key.Key_Escape:
                self.cancel()
                return
        super().keyPressEvent(event)
