"""The tabs under a record's card: Activities, History, Notes, Deals and Groups, and any tab a kind adds.

A tab is a `Tab`: a key, a title, and the function that fills its page the first time it is shown, so moving
through a list costs only the tab the person looks at. The standard tabs are below (ACTIVITIES, HISTORY, NOTES,
DEALS, GROUPS); a kind lists the ones it has in `RecordKind.tabs`, and may add its own. A tab may offer actions
(buttons at the top of its page: "Schedule…" on Activities, "New Deal…" on Deals).

Each page scrolls on its own and keeps its rows together at the top, whatever height the card's split gives the
tabs: a short tab after a long one is as short as its rows (the tabs used to sit in a stack, whose height is that
of its tallest page ever shown, and a layout without a stretch spread the rows of a short tab over that height).

History is one timeline, newest first: completed activities, notes and the record's own field changes (one entry
per action). Notes can be added and group memberships switched on and off right here; each is one action.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cardfile.domain.errors import CardfileError, NotFound
from cardfile.domain.models import NoteCreate, validate
from cardfile.domain.values import ClearResult, RecordType
from cardfile.services import Services
from cardfile.services.readmodels import FieldChange, NoteRead, TimelineEntry
from cardfile.ui.dates import format_date, format_datetime
from cardfile.ui.widgets.basics import (
    dim,
    isolated,
    isolated_all,
    literal,
    paragraphs_label,
    reading_lines,
    unbroken_numbers,
)
from cardfile.ui.widgets.value_editors import format_money
from cardfile.ui.words import (
    action_name,
    activity_type_name,
    error_text,
    field_name,
    result_text,
    seeded_name,
    separator,
)

TIMELINE_SHOWN = 40
REVEAL_MS = 1500  # how long a row opened from elsewhere stays picked out
FIELDS_PER_ACTION = 8

# Fields the change log keeps for the machinery, not for a person reading a record's history.
_HIDDEN_FIELDS = frozenset(
    {"created_at", "updated_at", "sort_key", "display_name_custom", "photo_mime", "logo_mime", "owner_id"}
)
_NAME_PARTS = frozenset({"prefix", "given", "additional", "family", "suffix", "nickname"})


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("RelatedTabs", text, disambiguation, n)


def worth_showing(action: Sequence[FieldChange]) -> list[FieldChange]:
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


def _day(value: str) -> str:
    """A date the services give as ISO text, in the reader's format."""
    try:
        return format_date(date.fromisoformat(value))
    except ValueError:
        return value


def money(minor: int, currency: str) -> str:
    """An amount exactly, in the reader's digits (never through a float)."""
    return format_money(minor, currency)


@dataclass(frozen=True)
class _Value:
    """A field and a value to describe (the value a change replaced)."""

    field: str
    value: Any


@dataclass(frozen=True)
class Tab:
    """One tab under a card: `fill(tabs, layout)` puts its rows in the page the first time it is shown;
    `actions(tabs)` gives the buttons at the top of the page; `watches` are the record types whose changes it
    shows (the card is read again when one changes)."""

    key: str
    title: Callable[[], str]
    fill: Callable[[RelatedTabs, QVBoxLayout], None]
    watches: tuple[str, ...] = ()
    actions: Callable[[RelatedTabs], Sequence[QAction]] | None = None


class TabPage(QScrollArea):
    """A tab's page: its rows at the top, scrolling on their own when there are more than fit."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Tab")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName(f"{key}TabContent")
        self.rows = QVBoxLayout(content)
        self.rows.setContentsMargins(0, 8, 4, 8)
        self.setWidget(content)

    def finish(self) -> None:
        """Keep the rows together at the top: the page's spare height goes below them."""
        self.rows.addStretch(1)


class RelatedTabs(QWidget):
    """The tabs of one record; `record_requested(type, id)` asks to open an activity, note, deal or person.

    `related_as` says how the tabs' records point at this one: "contact" lists activities with `contact_id=`,
    adds notes with `contact_ids=`.
    """

    record_requested = Signal(str, str)
    new_record_requested = Signal(str, object)  # record type, preset: a new record about this one (New Deal…)
    tab_chosen = Signal(str)

    def __init__(
        self,
        services: Services,
        record_type: str,
        record_id: str,
        *,
        tabs: Sequence[Tab],
        related_as: str = "",
        current: str = "history",
        describe: Callable[[Any], str] = lambda change: str(change.value),  # a FieldChange, or a field and value
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("relatedTabs")
        self._services = services
        self.record_type = record_type
        self.record_id = record_id
        self.related_as = related_as or record_type
        self._describe = describe
        self._me = services.history.user()
        self.revealed: QWidget | None = None  # the row `reveal` picked out last
        self.tabs = list(tabs)
        self.keys = [tab.key for tab in self.tabs]
        self.bar = QTabBar()
        self.bar.setObjectName("relatedTabBar")
        self.bar.setDocumentMode(True)
        self.bar.setExpanding(False)
        self.bar.setDrawBase(True)
        # Every tab in view however narrow the card: titles are shortened with "…" rather than scrolled out of sight.
        self.bar.setUsesScrollButtons(False)
        self.bar.setElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget()
        self.pages: dict[str, TabPage] = {}
        for tab in self.tabs:
            index = self.bar.addTab(tab.title())
            self.bar.setTabToolTip(index, tab.title())  # the whole title of one shortened with "…"
            page = TabPage(tab.key)
            self.pages[tab.key] = page
            self.stack.addWidget(page)
        self._built: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.bar.currentChanged.connect(self._on_tab)
        if self.tabs:
            self.show_tab(current if current in self.keys else self.keys[0])
            self._on_tab(self.bar.currentIndex())

    @property
    def services(self) -> Services:
        return self._services

    def current_tab(self) -> str:
        return self.keys[self.bar.currentIndex()]

    def show_tab(self, key: str) -> TabPage:
        self.bar.setCurrentIndex(self.keys.index(key))
        return self.pages[key]

    def _on_tab(self, index: int) -> None:
        if not 0 <= index < len(self.tabs):
            return
        tab = self.tabs[index]
        if tab.key not in self._built:
            self._built.add(tab.key)
            page = self.pages[tab.key]
            if tab.actions is not None:
                self._action_row(page.rows, tab.actions(self))
            tab.fill(self, page.rows)
            page.finish()
        self.stack.setCurrentIndex(index)
        self.tab_chosen.emit(tab.key)

    def _action_row(self, layout: QVBoxLayout, actions: Sequence[QAction]) -> None:
        row = QHBoxLayout()
        for action in actions:
            button = QPushButton(action.text())
            button.setObjectName(action.objectName())
            button.setToolTip(action.toolTip())
            button.setEnabled(action.isEnabled())
            button.clicked.connect(action.trigger)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

    def related(self, suffix: str) -> str:
        """The keyword a service takes for this record: related("_id") → "contact_id"."""
        return f"{self.related_as}{suffix}"

    # ----- pieces a kind's own tabs use too -----

    def label(self, text: str, name: str, *, rich: bool = False) -> QLabel:
        """A line of a tab: plain text, or markup whose record links open the record."""
        return self._label(text, name, rich=rich)

    def link(self, text: str, record_type: str, record_id: str) -> str:
        """Markup of a link to a record, for `label(..., rich=True)`."""
        return self._link(text, record_type, record_id)

    def empty(self, layout: QVBoxLayout, text: str) -> None:
        """What a tab with nothing to list says instead."""
        self._empty(layout, text)

    # ----- pieces -----

    def _label(self, text: str, name: str, *, rich: bool = False) -> QLabel:
        # each line in the interface's direction, the values in it isolated in their own (`isolated`)
        label = QLabel(reading_lines(text, rich=rich))
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignTop)
        flags = Qt.TextInteractionFlag.TextSelectableByMouse
        label.setTextInteractionFlags(flags)
        if rich:
            self._follow_links(label)
        return label

    def _follow_links(self, label: QLabel) -> None:
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        label.linkActivated.connect(self._open_link)

    def _link(self, text: str, record_type: str, record_id: str) -> str:
        href = f"record:{record_type}:{html.escape(record_id, quote=True)}"
        return f'<a href="{href}">{isolated(html.escape(text))}</a>'

    def _open_link(self, target: str) -> None:
        """A note opens right here, on the Notes tab; an activity, a deal or a person is opened by the window (on
        its own page, or where it is shown until it has one)."""
        _, record_type, record_id = target.split(":", 2)
        if record_type == "note" and self.reveal(record_type, record_id):
            return
        self.record_requested.emit(record_type, record_id)

    REVEALED_ON = {"note": ("notes", "history"), "activity": ("activities", "history"), "deal": ("deals",)}

    def reveal(self, record_type: str, record_id: str) -> bool:
        """Show the tab listing an activity, a note or a deal of this record, with its row scrolled into view and
        picked out; False when no tab lists it."""
        for key in self.REVEALED_ON.get(record_type, ()):
            if key not in self.keys:
                continue
            page = self.show_tab(key)
            content = page.widget()
            rows = content.findChildren(QWidget) if content is not None else []
            row = next((w for w in rows if w.property("record_id") == record_id), None)
            if row is None:
                continue
            self.revealed = row
            page.ensureWidgetVisible(row, 0, 24)
            row.setStyleSheet("background: palette(highlight); color: palette(highlighted-text);")
            QTimer.singleShot(REVEAL_MS, row, lambda r=row: r.setStyleSheet(""))
            edit = row.findChild(QPushButton, "editNote")
            (edit or row).setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False

    def _empty(self, layout: QVBoxLayout, text: str) -> None:
        layout.addWidget(dim(self._label(text, "emptyTab")))

    def _when(self, moment: datetime | None) -> str:
        return format_datetime(moment) if moment is not None else _tr("no date")

    # ----- Activities: what is scheduled -----

    def _build_activities(self, layout: QVBoxLayout) -> None:
        about: dict[str, Any] = {self.related("_id"): self.record_id}
        listed = self._services.activities.list(**about, status="scheduled")
        scheduled = list(listed)
        if not scheduled:
            self._empty(layout, _tr("Nothing scheduled. Calls, meetings and to-dos with them will be listed here."))
        for activity in scheduled:
            when = self._when(activity.starts_at)
            kind = activity_type_name(activity.kind, activity.type_name)
            layout.addWidget(dim(self._label(f"{when}{separator()}{kind}", "activityWhen")))
            people = isolated_all(ref.name for ref in activity.contacts if ref.id != self.record_id)
            line = self._link(activity.subject or _tr("(no subject)"), "activity", activity.id)
            if people:
                line += html.escape(_tr(" · with {people}").format(people=people))
            row = self._label(line, "activity", rich=True)
            row.setProperty("record_id", activity.id)
            row.setContentsMargins(0, 0, 0, 6)
            layout.addWidget(row)

    # ----- History: one timeline -----

    def _build_history(self, layout: QVBoxLayout) -> None:
        entries = [e for e in self._services.history.timeline(self.record_type, self.record_id) if self._worth(e)]
        if not entries:
            self._empty(layout, _tr("No history yet."))
        for entry in entries[:TIMELINE_SHOWN]:
            self._timeline_entry(layout, entry)
        if len(entries) > TIMELINE_SHOWN:
            more = _tr("… and %Ln earlier entry(ies)", "", len(entries) - TIMELINE_SHOWN)
            layout.addWidget(dim(self._label(more, "historyMore")))

    @staticmethod
    def _worth(entry: TimelineEntry) -> bool:
        return entry.kind != "change" or bool(worth_showing(entry.changes))

    def _timeline_entry(self, layout: QVBoxLayout, entry: TimelineEntry) -> None:
        when = self._when(entry.at)
        if entry.kind == "change" and entry.record_id != self.record_id and entry.detail:
            # a change made to a card while it was apart, before it was merged into this one
            heading = _tr("{when} · {action} · on “{name}”").format(
                when=when, action=action_name(entry.title), name=isolated(entry.detail)
            )
        elif entry.kind == "change":
            heading = _tr("{when} · {action}").format(when=when, action=action_name(entry.title))
        elif entry.kind == "merge":
            heading = _tr("{when} · Merged").format(when=when)
        elif entry.kind == "unmerge":
            heading = _tr("{when} · Unmerged").format(when=when)
        elif entry.kind == "note":
            heading = _tr("{when} · Note").format(when=when)
        else:
            status = _tr("done") if entry.status == "done" else _tr("cancelled")
            kind = activity_type_name(entry.activity_kind, entry.activity_type)  # "Call" in the reader's words
            heading = _tr("{when} · {type} {status}").format(when=when, type=kind, status=status)
            # "Call done · left a message"; a call simply completed is "Call done"
            if entry.status == "done" and entry.result not in ("", ClearResult.COMPLETED.value):
                heading = _tr("{heading} · {result}").format(heading=heading, result=result_text(entry.result))
        heading = _tr("{heading} · {user}").format(heading=heading, user=self.who(entry.user_id))
        title = self._label(heading, "historyAction")
        layout.addWidget(dim(title))
        if entry.kind in ("merge", "unmerge"):
            detail = self._merge_line(entry)
        elif entry.kind == "change":
            shown = worth_showing(entry.changes)
            created = any(c.field == "created_at" for c in entry.changes)
            lines = [self._change_line(c, created) for c in shown[:FIELDS_PER_ACTION]]
            if len(shown) > FIELDS_PER_ACTION:
                lines.append(_tr("… and %Ln more field(s)", "", len(shown) - FIELDS_PER_ACTION))
            detail = self._label(unbroken_numbers("\n".join(lines)), "historyChanges")
        elif entry.kind == "note":
            title.setText(self._link(heading, "note", entry.record_id))  # opens the note on the Notes tab
            title.setTextFormat(Qt.TextFormat.RichText)
            self._follow_links(title)
            detail = paragraphs_label(unbroken_numbers(entry.detail.strip()), "historyNote", self.layoutDirection())
        else:
            text = self._link(entry.title or _tr("(no subject)"), "activity", entry.record_id)
            if entry.detail:
                text += "<br>" + isolated(html.escape(entry.detail).replace("\n", "<br>"))
            detail = self._label(text, "historyActivity", rich=True)
        detail.setProperty("record_id", entry.record_id)
        detail.setContentsMargins(12, 0, 0, 6)
        layout.addWidget(detail)

    def _merge_line(self, entry: TimelineEntry) -> QLabel:
        """'“Anna Berg” was merged into this card · Merge history…' (or the other way round), with the fields the
        merge set; the link opens the merge history at this merge, where Unmerge is."""
        survivor = self._is_survivor(entry)
        name = entry.title or _tr("(no name)")
        # the card that stays can be opened, and one unmerged; one merged away is out of the lists meanwhile
        other = (
            html.escape(_tr("“{name}”").format(name=isolated(name)))
            if survivor and entry.kind == "merge"
            else self._link(name, self.record_type, entry.detail)
        )
        sentences = {
            ("merge", True): _tr("{other} was merged into this card"),
            ("merge", False): _tr("This card was merged into {other}"),
            ("unmerge", True): _tr("{other} was taken out of this card"),
            ("unmerge", False): _tr("This card was taken out of {other}"),
        }
        sentence = sentences[(entry.kind, survivor)]
        text = sentence.format(other=other)
        text += html.escape(separator()) + self._link(_tr("Merge history…"), "merge", entry.record_id)
        lines = [
            html.escape(_tr("{field}: {value}").format(field=field_name(c.field), value=isolated(self._describe(c))))
            for c in worth_showing(entry.changes)[:FIELDS_PER_ACTION]
        ]
        return self._label("<br>".join([text, *lines]), f"history{entry.kind.title()}", rich=True)

    def _is_survivor(self, entry: TimelineEntry) -> bool:
        try:
            return self._services.merging.get(entry.record_id).survivor_id == self.record_id
        except NotFound:
            return False

    def _change_line(self, change: FieldChange, created: bool) -> str:
        """'Title: Buyer → Head buyer' (the arrow points the way the interface reads); a value set where there was
        none (or when the record was made) is shown alone: 'Birthday: 15 April'."""
        new = isolated(self._describe(change))
        if created or _is_empty(change.old):
            return _tr("{field}: {value}").format(field=field_name(change.field), value=new)
        old = isolated(self._describe(_Value(change.field, change.old)))
        template = _tr("{field}: {old} ← {new}") if self.isRightToLeft() else _tr("{field}: {old} → {new}")
        return template.format(field=field_name(change.field), old=old, new=new)

    def who(self, user_id: str) -> str:
        """A user as History names them: "you" for whoever this computer writes as."""
        if user_id == self._me:
            return _tr("you")
        return isolated(user_id) or _tr("someone")

    # ----- Notes -----

    def _build_notes(self, layout: QVBoxLayout) -> None:
        self.note_input = QPlainTextEdit()
        self.note_input.setObjectName("newNote")
        self.note_input.setPlaceholderText(_tr("Write a note… (Ctrl+Enter adds it)"))
        self.note_input.setTabChangesFocus(True)
        self.note_input.setFixedHeight(self.note_input.fontMetrics().lineSpacing() * 4 + 12)
        self.add_note_button = QPushButton(_tr("Add Note"))
        self.add_note_button.setObjectName("addNote")
        self.add_note_button.clicked.connect(self.add_note)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.note_input)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.add_note)
        self.note_error = dim(self._label("", "noteError"))
        self.note_error.hide()
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.add_note_button)
        layout.addWidget(self.note_input)
        layout.addLayout(row)
        layout.addWidget(self.note_error)
        notes = self._services.notes.list(record_id=self.record_id)
        if not notes:
            self._empty(layout, _tr("No notes yet."))
        for note in notes:
            layout.addWidget(NoteRow(note, self))

    def add_note(self) -> bool:
        """Add what is typed as a note on this record (one action); the card shows it when the change arrives."""
        text = self.note_input.toPlainText().strip()
        if not text:
            self.note_input.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        try:
            self._services.notes.add(validate(NoteCreate, body=text, **{self.related("_ids"): [self.record_id]}))
        except CardfileError as error:
            self.note_error.setText(error_text(error))
            self.note_error.show()
            return False
        self.note_input.clear()
        return True

    def edit_note(self, note_id: str, body: str) -> bool:
        """Change a note's text (one action); False, with the reason shown, if it was refused."""
        try:
            self._services.notes.edit(note_id, body)
        except CardfileError as error:
            QMessageBox.warning(self, _tr("Notes"), error_text(error))
            return False
        return True

    def delete_note(self, note_id: str) -> bool:
        """Move a note to the Trash (one action: Ctrl+Z brings it back)."""
        try:
            return bool(self._services.notes.delete(note_id))
        except CardfileError as error:
            QMessageBox.warning(self, _tr("Notes"), error_text(error))
            return False

    # ----- Deals -----

    def _build_deals(self, layout: QVBoxLayout) -> None:
        about: dict[str, Any] = {self.related("_id"): self.record_id}
        deals = self._services.deals.list(**about)
        if not deals:
            self._empty(layout, _tr("No deals yet."))
        statuses = {"open": _tr("open"), "won": _tr("won"), "lost": _tr("lost")}
        for deal in deals:
            line = self._link(deal.name, "deal", deal.id)
            stage = seeded_name(deal.stage.name)  # the built-in stages in the reader's language
            facts = [stage, money(deal.amount_minor, deal.currency), statuses.get(deal.status, deal.status)]
            if deal.expected_close and deal.status == "open":
                facts.append(_tr("closes {date}").format(date=_day(deal.expected_close)))
            if deal.overdue:
                facts.append(_tr("overdue"))
            shown = separator() + separator().join(f for f in facts if f)
            row = self._label(line + html.escape(shown), "deal", rich=True)
            row.setProperty("record_id", deal.id)
            row.setContentsMargins(0, 0, 0, 4)
            layout.addWidget(row)

    def _deal_actions(self) -> list[QAction]:
        new_deal = QAction(_tr("New Deal…"), self)
        new_deal.setObjectName("newDeal")
        new_deal.setToolTip(_tr("Add a deal with this {kind}").format(kind=self._kind_word()))
        about = {self.related("_id"): self.record_id}
        new_deal.triggered.connect(lambda: self.new_record_requested.emit("deal", about))
        return [new_deal]

    def _kind_word(self) -> str:
        return {"contact": _tr("person"), "company": _tr("company")}.get(self.related_as, self.related_as)

    # ----- Groups -----

    def _build_groups(self, layout: QVBoxLayout) -> None:
        member_type = RecordType(self.record_type)
        member_of = {g.id for g in self._services.groups.groups_of(self.record_id, member_type)}
        self.group_boxes: dict[str, QCheckBox] = {}
        groups = self._services.groups.list()
        if not groups:
            self._empty(layout, _tr("There are no groups yet. A group gathers people or companies by hand."))
        for group in groups:
            box = QCheckBox(literal(group.name))
            box.setObjectName("group")
            box.setChecked(group.id in member_of)
            box.setToolTip(group.description)
            box.toggled.connect(lambda on, gid=group.id: self.set_member(gid, on))
            self.group_boxes[group.id] = box
            layout.addWidget(box)
        new_group = QPushButton(_tr("New Group…"))
        new_group.setObjectName("newGroup")
        new_group.clicked.connect(self._ask_new_group)
        row = QHBoxLayout()
        row.addWidget(new_group)
        row.addStretch(1)
        layout.addLayout(row)

    def set_member(self, group_id: str, member: bool) -> None:
        """Add this record to a group or take it out (one action)."""
        member_type = RecordType(self.record_type)
        try:
            if member:
                self._services.groups.add_members(group_id, [self.record_id], member_type)
            else:
                self._services.groups.remove_members(group_id, [self.record_id], member_type)
        except CardfileError as error:
            QMessageBox.warning(self, _tr("Groups"), error_text(error))

    def _ask_new_group(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New Group"), _tr("Name of the new group:"))
        if ok and name.strip():
            self.add_to_new_group(name)

    def add_to_new_group(self, name: str) -> None:
        try:
            group = self._services.groups.create(name)
        except CardfileError as error:
            QMessageBox.warning(self, _tr("Groups"), error_text(error))
            return
        self.set_member(group.id, True)


# How far a record's change-clock time may run ahead of its creation time without being an edit.
NOT_AN_EDIT = timedelta(seconds=2)


class NoteRow(QWidget):
    """One note on the Notes tab: when and by whom, its text (each paragraph in its own direction), Edit and
    Delete; Edit turns the text into an editor in place (Ctrl+Enter saves, Esc cancels)."""

    def __init__(self, note: NoteRead, tabs: RelatedTabs) -> None:
        super().__init__()
        self.setObjectName("note")
        self.setProperty("record_id", note.id)
        self.note = note
        self._tabs = tabs
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 6)
        layout.setSpacing(2)
        top = QHBoxLayout()
        written = format_datetime(note.meta.created_at)
        when = _tr("{when} · {user}").format(when=written, user=tabs.who(note.meta.owner_id))
        # A new note's updated_at is its write's clock time (the change clock), a few milliseconds after its
        # created_at (the wall clock): only a later write is an edit.
        if note.meta.updated_at - note.meta.created_at > NOT_AN_EDIT:
            when = _tr("{when} · edited {edited}").format(when=when, edited=format_datetime(note.meta.updated_at))
        self.when = dim(tabs._label(when, "noteWhen"))
        self.edit_button = self._small(_tr("Edit"), "editNote", _tr("Change this note"))
        self.edit_button.clicked.connect(self.start_editing)
        trash_tip = _tr("Move this note to the Trash (Ctrl+Z undoes)")
        self.delete_button = self._small(_tr("Delete"), "deleteNote", trash_tip)
        self.delete_button.clicked.connect(lambda: tabs.delete_note(note.id))
        top.addWidget(self.when, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        layout.addLayout(top)
        self.body = paragraphs_label(note.body, "noteBody", tabs.layoutDirection())
        layout.addWidget(self.body)
        self.editor: QPlainTextEdit | None = None

    @staticmethod
    def _small(text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def start_editing(self) -> QPlainTextEdit:
        """The note's text in an editor, with Save and Cancel under it."""
        if self.editor is not None:
            return self.editor
        editor = QPlainTextEdit(self.note.body)
        editor.setObjectName("noteEditor")
        editor.setTabChangesFocus(True)
        editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 5 + 12)
        save = QPushButton(_tr("Save"))
        save.setObjectName("saveNote")
        cancel = QPushButton(_tr("Cancel"))
        cancel.setObjectName("cancelNote")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        save.clicked.connect(self.save)
        cancel.clicked.connect(self.cancel)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), editor)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.save)
        escape = QShortcut(QKeySequence("Esc"), editor)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.cancel)
        self.body.hide()
        self.edit_button.setEnabled(False)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(editor)
        layout.addLayout(buttons)
        self._edit_buttons = buttons
        self.editor = editor
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        return editor

    def save(self) -> bool:
        """Write the edited text as one action (the tab is built again when the change arrives)."""
        if self.editor is None:
            return False
        text = self.editor.toPlainText().strip()
        if text == self.note.body.strip():
            self.cancel()
            return True
        return self._tabs.edit_note(self.note.id, text)

    def cancel(self) -> None:
        if self.editor is None:
            return
        self.editor.deleteLater()
        self.editor = None
        while self._edit_buttons.count():
            item = self._edit_buttons.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self._edit_buttons.deleteLater()
        self.body.show()
        self.edit_button.setEnabled(True)


ACTIVITIES = Tab("activities", lambda: _tr("Activities"), RelatedTabs._build_activities, ("activity",))
HISTORY = Tab("history", lambda: _tr("History"), RelatedTabs._build_history, ("activity", "note"))
NOTES = Tab("notes", lambda: _tr("Notes"), RelatedTabs._build_notes, ("note",))
DEALS = Tab("deals", lambda: _tr("Deals"), RelatedTabs._build_deals, ("deal",), actions=RelatedTabs._deal_actions)
GROUPS = Tab("groups", lambda: _tr("Groups"), RelatedTabs._build_groups, ("group", "link"))
STANDARD_TABS = (ACTIVITIES, HISTORY, NOTES, DEALS, GROUPS)
