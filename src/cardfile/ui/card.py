"""The read-only card of one record, as the detail pane shows it: header, labelled sections, tags, note, history.

`CardBuilder` lays the pieces out (plain widgets, mirrored for right-to-left languages); the contact and company
cards decide what goes in. Text from the database is always shown as plain text, never interpreted as markup.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTimer, QTimeZone, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cardfile.services.events import RecordsChanged
from cardfile.services.readmodels import FieldChange
from cardfile.ui.widgets import TagChips, avatar_pixmap, dim
from cardfile.ui.words import action_name, entry_label, field_name

Row = tuple[str, str | QWidget]  # a labelled line of a card section: label, then text or a widget (a link)

AVATAR_SIZE = 56
HISTORY_ACTIONS_SHOWN = 30
HISTORY_FIELDS_PER_ACTION = 8

_NAME_PARTS = frozenset({"prefix", "given", "additional", "family", "suffix", "nickname"})

# Fields the change log keeps for the machinery, not for a person reading a record's history.
_HIDDEN_FIELDS = frozenset(
    {"created_at", "updated_at", "sort_key", "display_name_custom", "photo_mime", "logo_mime", "owner_id"}
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Card", text)


def local_time(moment: datetime) -> str:
    """A UTC timestamp in the reader's time zone and date format."""
    stamp = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000), QTimeZone.utc()).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def partial_date(value: str) -> str:
    """'1980-04-15' or '--04-15' (year unknown) in the reader's format."""
    locale = QLocale()
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        return _tr("{day} {month}").format(day=day, month=locale.monthName(month, QLocale.FormatType.LongFormat))
    try:
        year, month, day = (int(part) for part in value.split("-"))
    except ValueError:
        return value
    return locale.toString(QDate(year, month, day), QLocale.FormatType.LongFormat)


def address_lines(address: dict[str, Any]) -> list[str]:
    locality = " ".join(p for p in (address.get("postcode", ""), address.get("locality", "")) if p)
    parts = [address.get(k, "") for k in ("street", "extended", "po_box")] + [locality]
    parts += [address.get("region", ""), address.get("country", "")]
    return [p for p in parts if p]


class CardBuilder:
    """Builds the content widget of a card, top to bottom."""

    def __init__(self, on_link: Callable[[str], None]) -> None:
        self.widget = QWidget()
        self.widget.setObjectName("cardContent")
        self._layout = QVBoxLayout(self.widget)
        self._layout.setContentsMargins(18, 16, 18, 16)
        self._layout.setSpacing(6)
        self._on_link = on_link

    def header(self, name: str, subtitle: Sequence[tuple[str, str | None]]) -> None:
        """Avatar and name, with a line under it: (text, link target or None) pieces joined by ' · '."""
        row = QHBoxLayout()
        row.setSpacing(14)
        avatar = QLabel()
        avatar.setObjectName("avatar")
        avatar.setPixmap(avatar_pixmap(name, AVATAR_SIZE, self.widget.devicePixelRatioF()))
        avatar.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        row.addWidget(avatar, 0, Qt.AlignmentFlag.AlignTop)
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
        self._layout.addLayout(row)
        self._layout.addSpacing(8)

    def section(self, title: str, rows: Iterable[Row]) -> None:
        """A heading and rows of (label, text or widget); left out altogether when there are no rows."""
        rows = list(rows)
        if not rows:
            return
        self._heading(title)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(4)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for label, value in rows:
            field = value if isinstance(value, QWidget) else self._label(value, "cardValue")
            caption = self._label(label, "cardLabel")
            caption.setWordWrap(False)  # the label column is as wide as its longest label
            form.addRow(dim(caption), field)
        self._layout.addLayout(form)

    def link(self, text: str, target: str) -> QLabel:
        """A value that opens something when clicked: a mailto:/https: address, or another record."""
        return self._linked([(text, target)], "cardValue")

    def tags(self, title: str, tags: Sequence[str]) -> None:
        if tags:
            self._heading(title)
            self._layout.addWidget(TagChips(tags))

    def paragraph(self, title: str, text: str) -> None:
        if text.strip():
            self._heading(title)
            self._layout.addWidget(self._label(text.strip(), "cardNote"))

    def history(self, title: str, changes: Sequence[FieldChange], describe: Callable[[FieldChange], str]) -> None:
        """The record's change log, newest action first: when, what action, and the values it set."""
        actions = [_worth_showing(list(group)) for _, group in groupby(changes, key=lambda c: c.action_id)]
        actions = [action for action in reversed(actions) if action]
        if not actions:
            return
        self._heading(title)
        for shown in actions[:HISTORY_ACTIONS_SHOWN]:
            first = shown[0]
            heading = _tr("{when} · {action}").format(when=local_time(first.at), action=action_name(first.action_label))
            if first.user_id != "me":
                heading = _tr("{heading} · by {user}").format(heading=heading, user=first.user_id)
            self._layout.addWidget(dim(self._label(heading, "historyAction")))
            lines = [
                _tr("{field}: {value}").format(field=field_name(c.field), value=describe(c))
                for c in shown[:HISTORY_FIELDS_PER_ACTION]
            ]
            if len(shown) > HISTORY_FIELDS_PER_ACTION:
                lines.append(_tr("… and {count} more fields").format(count=len(shown) - HISTORY_FIELDS_PER_ACTION))
            detail = self._label("\n".join(lines), "historyChanges")
            detail.setContentsMargins(12, 0, 0, 6)
            detail.setIndent(0)
            self._layout.addWidget(detail)
        if len(actions) > HISTORY_ACTIONS_SHOWN:
            more = _tr("… and {count} earlier changes").format(count=len(actions) - HISTORY_ACTIONS_SHOWN)
            self._layout.addWidget(dim(self._label(more, "historyMore")))

    def finish(self) -> QWidget:
        self._layout.addStretch(1)
        return self.widget

    # ----- pieces -----

    def _heading(self, title: str) -> None:
        self._layout.addSpacing(10)
        heading = self._label(title.upper() if title.isascii() else title, "cardHeading")
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        heading.setFont(font)
        self._layout.addWidget(dim(heading))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setObjectName("cardRule")
        line.setStyleSheet("QFrame#cardRule { color: palette(midlight); }")
        self._layout.addWidget(line)

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
        markup = " · ".join(
            f'<a href="{html.escape(link, quote=True)}">{html.escape(text)}</a>' if link else html.escape(text)
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


def _worth_showing(action: list[FieldChange]) -> list[FieldChange]:
    """The changes of one action a person wants to read: no bookkeeping fields, and when the action created the
    record, none of its empty fields nor a name derived from the name parts listed beside it."""
    created = any(c.field == "created_at" for c in action)
    has_name_parts = any(c.field in _NAME_PARTS and c.value for c in action)
    return [
        c
        for c in action
        if c.field not in _HIDDEN_FIELDS
        and not (created and (_is_empty(c.value) or (c.field == "display_name" and has_name_parts)))
    ]


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is False


def describe_value(change: FieldChange, name_of: Callable[[str, str], str]) -> str:
    """A changed value as one short line of text; `name_of(record_type, id)` names a referenced record."""
    value = change.value
    if change.field == "deleted_at":
        return _tr("moved to the Trash") if value else _tr("restored from the Trash")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if _is_empty(value):
        return _tr("(empty)")
    if change.field in ("company_id", "parent_id"):
        return name_of("company", value) or _tr("(a company since erased)")
    if isinstance(value, bytes):
        return _tr("(picture)")
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(_entry_text(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= 120 else text[:119] + "…"


def _entry_text(entry: Any) -> str:
    if not isinstance(entry, dict):
        return str(entry)
    value = entry.get("value") or ", ".join(address_lines(entry))
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


class RecordCard(QScrollArea):
    """The detail pane: shows one record's card, or a hint when nothing is selected."""

    record_requested = Signal(str, str)  # record type, id: a link to another record was clicked

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(300)
        self._placeholder = placeholder
        self.record_id: str | None = None
        self.clear()

    def show_record(self, record_id: str) -> None:
        """Read the record and show its card (a record deleted meanwhile clears the pane)."""
        raise NotImplementedError

    def refresh(self, event: RecordsChanged) -> None:
        """Show the record again if `event` changed anything the card shows."""
        raise NotImplementedError

    def clear(self) -> None:
        self.record_id = None
        hint = QLabel(self._placeholder)
        hint.setObjectName("cardPlaceholder")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        hint.setMargin(24)
        self.setWidget(dim(hint))

    def show_content(self, record_id: str, content: QWidget) -> None:
        """Show a freshly built card; the same record shown again (after an edit) keeps its scroll position."""
        same_record = self.record_id == record_id
        position = self.verticalScrollBar().value()
        self.record_id = record_id
        self.setWidget(content)
        if same_record and position:
            # The new content gets its size when the layout runs; restore the position after that.
            QTimer.singleShot(0, self, lambda: self.verticalScrollBar().setValue(position))

    def open_link(self, target: str) -> None:
        """Record links look like 'record:company:<id>'; anything else is left to the desktop (mail, web)."""
        if target.startswith("record:"):
            _, record_type, record_id = target.split(":", 2)
            self.record_requested.emit(record_type, record_id)
        else:
            QDesktopServices.openUrl(QUrl(target))
