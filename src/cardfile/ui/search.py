"""The global search field: searches every record type as you type and shows the hits grouped by type below it.

With a task runner the search runs on a worker as soon as the keys typed so far have been handled (keys arriving
together make one search); a newer search replaces one still running and an answer to text no longer in the field
is dropped, so typing never waits for the database. Without a runner it waits ~150 ms for a pause in typing and
searches on the GUI thread. The result list is a popup like a completer's: keys typed while it is open go on to
the field, so the person just keeps typing; Up/Down move through the hits, Enter opens one, Escape closes the list.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cardfile.services.readmodels import Marks, SearchResult
from cardfile.ui.dates import format_date, format_datetime
from cardfile.ui.tasks import TaskRunner
from cardfile.ui.widgets.basics import isolated, isolated_all, line_direction
from cardfile.ui.words import entry_label, field_name, record_type_plural, separator

DEBOUNCE_MS = 150  # searching on the GUI thread: one search per pause in typing
COALESCE_MS = 0  # searching on a worker: one search per batch of keys handled together
# Counting every match waits for a pause in typing: a count (a one-letter query matches half the address book) on
# the second worker while the next key's search runs doubled the keystroke-to-hits time at 100,000 contacts.
COUNT_AFTER_MS = 250
GROUP_ORDER = ("contact", "company", "deal", "activity", "note")
HITS_PER_GROUP = 8  # when several kinds of record match, so the best company is not pushed out by 50 people

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "header", "more" (Show all) or the record type of a hit
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3  # a hit's second line
MARKS_ROLE = Qt.ItemDataRole.UserRole + 4  # where the query is in the first line
DETAIL_MARKS_ROLE = Qt.ItemDataRole.UserRole + 5  # … and in the second
COUNT_ROLE = Qt.ItemDataRole.UserRole + 6  # a heading's number of matches (None until counted)
TYPE_ROLE = Qt.ItemDataRole.UserRole + 7  # the record type a heading or a Show all line is about

AnyIndex = QModelIndex | QPersistentModelIndex

Search = Callable[..., Sequence[SearchResult]]  # search(text), or search(text, types=[…], limit=n)
Count = Callable[[str], Mapping[str, int]]  # how many records of each type a text matches


def _tr(text: str, comment: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("SearchField", text, comment, n)


def show_all_text(record_type: str, count: int) -> str:
    """The line that opens every hit of a kind as the list's filter ('Show all 322 contacts')."""
    texts = {  # a line shown only when there are more than fit, so never for one
        "contact": _tr("Show all %Ln contacts", "", count),
        "company": _tr("Show all %Ln companies", "", count),
        "activity": _tr("Show all %Ln activities", "", count),
        "note": _tr("Show all %Ln notes", "", count),
        "deal": _tr("Show all %Ln deals", "", count),
    }
    return texts.get(record_type, _tr("Show all %Ln", "", count))


def found_in_text(field: str, label: str) -> str:
    """What a hit was found in, before the value: 'Phone (mobile)', 'Email (work)', 'Company', 'Note'."""
    names = {"body": field_name("note"), "details": _tr("Details"), "outcome": _tr("Outcome")}
    name = names.get(field) or field_name({"company": "company_id"}.get(field, field))
    return _tr("{field} ({label})").format(field=name, label=entry_label(label)) if label else name


def status_text(status: str) -> str:
    """An activity's or a deal's status in the reader's words ('scheduled' is a code, not a word to show)."""
    names = {
        "scheduled": _tr("scheduled"),
        "done": _tr("done"),
        "cancelled": _tr("cancelled"),
        "skipped": _tr("skipped"),
        "open": _tr("open"),
        "won": _tr("won"),
        "lost": _tr("lost"),
    }
    return names.get(status, status)


def hit_lines(hit: SearchResult) -> tuple[str, Marks, str, Marks]:
    """A hit's two lines and where the query is in each: the name (or, for a note found in its body, the line
    that holds the match), then what was found instead of the name, or what tells the hit apart: a person's title,
    company and email; a company's industry and first people; whose note it is and when; when an activity is."""
    found = hit.found_in
    first, first_marks = hit.display_name, hit.name_marks
    if found is not None and hit.record_type == "note":
        first, first_marks, found = found.value, found.marks, None
    if found is not None:
        # the value isolated beside its field's name ('ایمیل: anna@example.com' turned round at its '@')
        prefix = _tr("{field}: ").format(field=found_in_text(found.field, found.label)) + "\u2068"
        marks = tuple((start + len(prefix), end + len(prefix)) for start, end in found.marks)
        return first, first_marks, prefix + found.value + "\u2069", marks
    if hit.record_type == "company":
        parts = [isolated(hit.detail)]
        if hit.people:
            names = isolated_all(hit.people)
            rest = hit.people_count - len(hit.people)
            parts.append(_tr("{names} and %Ln more", "", rest).format(names=names) if rest > 0 else names)
        return first, first_marks, separator().join(p for p in parts if p), ()
    if hit.record_type == "note":
        when = format_date(hit.when.date()) if hit.when is not None else ""
        return first, first_marks, separator().join(p for p in (isolated_all(hit.about), when) if p), ()
    if hit.record_type == "activity":
        status = status_text(hit.detail.rsplit(" · ", 1)[-1]) if hit.detail else ""
        when = format_datetime(hit.when) if hit.when is not None else ""
        return first, first_marks, separator().join(p for p in (when, status) if p), ()
    if hit.record_type == "deal":
        return first, first_marks, status_text(hit.detail), ()
    return first, first_marks, hit.detail, ()


@dataclass(frozen=True, slots=True)
class _Line:
    """One line of the result list: a group heading, a hit, or the Show all line of a group."""

    kind: str  # "header", "hit", "more"
    text: str
    record_type: str = ""
    hit: SearchResult | None = None
    count: int | None = None
    detail: str = ""
    marks: Marks = ()
    detail_marks: Marks = ()


class SearchResultsModel(QAbstractListModel):
    """Hits grouped by record type, each group after a heading line that cannot be selected; once the matches
    are counted, each heading says how many and a group with more than it shows ends in a Show all line."""

    def __init__(self, parent: QObject | None = None, *, listed: Collection[str] = ()) -> None:
        super().__init__(parent)
        self._lines: list[_Line] = []
        self._listed = set(listed)  # the kinds a list can be narrowed to (their Show all lines)
        self._results: list[SearchResult] = []
        self._counts: Mapping[str, int] | None = None
        self._query = ""

    def set_results(self, results: Sequence[SearchResult], query: str) -> None:
        self._results, self._counts, self._query = list(results), None, query
        self._lay_out()

    def set_counts(self, counts: Mapping[str, int], more: Sequence[SearchResult] = ()) -> None:
        """How many records of each type match, and hits of types the first answer had no room for."""
        known = {r.id for r in self._results}
        self._results += [r for r in more if r.id not in known]
        self._counts = dict(counts)
        self._lay_out()

    def counted(self) -> bool:
        return self._counts is not None

    def shown_types(self) -> set[str]:
        return {r.record_type for r in self._results}

    def _lay_out(self) -> None:
        results, counts = self._results, self._counts
        self.beginResetModel()
        self._lines = []
        kinds = sorted({r.record_type for r in results} | set(counts or ()), key=_group_rank)
        per_group = len(results) if len(kinds) == 1 else HITS_PER_GROUP  # every kind gets a say
        for kind in kinds:
            count = counts.get(kind) if counts is not None else None
            self._lines.append(_Line("header", record_type_plural(kind), kind, count=count))
            hits = [r for r in results if r.record_type == kind][:per_group]
            for hit in hits:
                first, marks, detail, detail_marks = hit_lines(hit)
                self._lines.append(_Line("hit", first, kind, hit, None, detail, marks, detail_marks))
            if count is not None and count > len(hits) and kind in self._listed:
                self._lines.append(_Line("more", show_all_text(kind, count), kind, count=count))
        if not kinds:
            self._lines.append(_Line("header", _tr("No matches for “{query}”").format(query=self._query)))
        self.endResetModel()

    def hit_at(self, row: int) -> SearchResult | None:
        return self._lines[row].hit if 0 <= row < len(self._lines) else None

    def show_all_at(self, row: int) -> tuple[str, int] | None:
        """The record type and count of a Show all line (None for any other line)."""
        if not 0 <= row < len(self._lines) or self._lines[row].kind != "more":
            return None
        line = self._lines[row]
        return line.record_type, line.count or 0

    def can_choose(self, row: int) -> bool:
        return 0 <= row < len(self._lines) and self._lines[row].kind != "header"

    def first_hit_row(self) -> int | None:
        return next((row for row, line in enumerate(self._lines) if line.hit is not None), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return line.text
        if role == KIND_ROLE:
            return line.hit.record_type if line.hit else line.kind
        if role == ID_ROLE:
            return line.hit.id if line.hit else None
        if role in (DETAIL_ROLE, Qt.ItemDataRole.ToolTipRole):
            return line.detail if line.hit else None
        if role == MARKS_ROLE:
            return line.marks
        if role == DETAIL_MARKS_ROLE:
            return line.detail_marks
        if role == COUNT_ROLE:
            return line.count if line.kind == "header" else None
        if role == TYPE_ROLE:
            return line.record_type
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if not self.can_choose(index.row()):
            return Qt.ItemFlag.ItemNeverHasChildren
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _group_rank(kind: str) -> int:
    return GROUP_ORDER.index(kind) if kind in GROUP_ORDER else len(GROUP_ORDER)


class SearchResultDelegate(QStyledItemDelegate):
    """Paints a hit as its name over a dimmer second line, what the query matched in bold on a tint; a group
    heading as small bold text with its count at the far end; a Show all line as a link-coloured action."""

    PADDING = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        kind = index.data(KIND_ROLE)
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        area = opt.rect.adjusted(self.PADDING * 2, self.PADDING // 2, -self.PADDING * 2, -self.PADDING // 2)
        align = QStyle.visualAlignment(opt.direction, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.save()
        if kind == "header":
            painter.setFont(self._heading_font(opt.font))
            painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
            count = index.data(COUNT_ROLE)
            if count is not None:
                number = QLocale().toString(int(count))
                trailing = QStyle.visualAlignment(
                    opt.direction, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                painter.drawText(area, trailing, number)
                room = painter.fontMetrics().horizontalAdvance(number) + self.PADDING
                rtl = opt.direction == Qt.LayoutDirection.RightToLeft
                area = area.adjusted(room, 0, 0, 0) if rtl else area.adjusted(0, 0, -room, 0)
            painter.drawText(area, align, self._elided(painter, index.data() or "", area.width()))
        elif kind == "more":
            painter.setPen(opt.palette.color(group, text_role if selected else QPalette.ColorRole.Link))
            painter.drawText(area, align, self._elided(painter, index.data() or "", area.width()))
        else:
            detail = index.data(DETAIL_ROLE) or ""
            main_height = QFontMetrics(opt.font).height()
            top = QRect(area.left(), area.top(), area.width(), main_height)
            color = opt.palette.color(group, text_role)
            self._draw_marked(painter, opt, top, index.data() or "", index.data(MARKS_ROLE) or (), opt.font, color)
            if detail:
                bottom = QRect(area.left(), top.bottom() + 1, area.width(), area.bottom() - top.bottom())
                dim = opt.palette.color(group, text_role if selected else QPalette.ColorRole.PlaceholderText)
                marks = index.data(DETAIL_MARKS_ROLE) or ()
                self._draw_marked(painter, opt, bottom, detail, marks, self._detail_font(opt.font), dim)
        painter.restore()

    def _draw_marked(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        rect: QRect,
        text: str,
        marks: Marks,
        font: QFont,
        color: QColor,
    ) -> None:
        """One line of text cut to `rect` with '…', read in its own direction and aligned to where the interface
        starts reading; what the query matched is bold, on a tint of the selection colour."""
        bold = QFont(font)
        bold.setBold(True)
        shown = QFontMetrics(bold).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        kept = len(shown) - (1 if shown != text and shown.endswith("…") else 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ranges = []
        if any(ord(ch) > 0xFFFF for ch in shown):  # Qt counts in UTF-16 units, Python in code points
            units = [0]
            for ch in shown:
                units.append(units[-1] + (2 if ord(ch) > 0xFFFF else 1))
            marks = tuple((units[start], units[min(end, len(shown))]) for start, end in marks if start < len(shown))
            kept = units[kept]
        for start, end in marks:
            if start >= kept:
                continue
            form = QTextCharFormat()
            form.setFontWeight(QFont.Weight.Bold)
            if selected:
                form.setFontUnderline(True)
            else:
                tint = QColor(opt.palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.Highlight))
                tint.setAlpha(55)
                form.setBackground(tint)
            chosen = QTextLayout.FormatRange()
            chosen.start, chosen.length, chosen.format = start, min(end, kept) - start, form
            ranges.append(chosen)
        layout = QTextLayout(shown, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        option.setTextDirection(line_direction(shown, opt.direction))  # aligned to the interface's side
        side = (
            Qt.AlignmentFlag.AlignRight
            if opt.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side)
        layout.setTextOption(option)
        layout.setFormats(ranges)
        layout.beginLayout()
        line = layout.createLine()
        if line.isValid():
            line.setLineWidth(rect.width())
        layout.endLayout()
        painter.setPen(color)
        height = line.height() if line.isValid() else 0
        layout.draw(painter, QPointF(rect.left(), rect.top() + max(0.0, (rect.height() - height) / 2)))

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        base = super().sizeHint(option, index)
        kind = index.data(KIND_ROLE)
        if kind == "header":
            height = QFontMetrics(self._heading_font(option.font)).height() + self.PADDING * 2
        elif kind == "more":
            height = QFontMetrics(option.font).height() + self.PADDING * 2
        else:
            height = (
                QFontMetrics(option.font).height()
                + QFontMetrics(self._detail_font(option.font)).height()
                + self.PADDING * 2
            )
        return QSize(base.width(), height)

    @staticmethod
    def _elided(painter: QPainter, text: str, width: int) -> str:
        return painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)

    @staticmethod
    def _heading_font(font: QFont) -> QFont:
        heading = QFont(font)
        heading.setBold(True)
        heading.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        return heading

    @staticmethod
    def _detail_font(font: QFont) -> QFont:
        detail = QFont(font)
        detail.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        return detail


class SearchPopup(QListView):
    """The list of hits under the search field; a popup window that hands typed keys back to the field."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)  # owned by the field, shown as a window of its own
        self._field = field
        self.setObjectName("searchResults")
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFocusProxy(field)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setItemDelegate(SearchResultDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        QApplication.sendEvent(self._field, event)  # the field decides: navigation, Enter, or more text

    def inputMethodEvent(self, event: Any) -> None:
        QApplication.sendEvent(self._field, event)  # Japanese, Chinese … typed through an input method

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:  # Ctrl+Z in the popup means the field's own undo
            QApplication.sendEvent(self._field, event)
            return event.isAccepted()
        return super().event(event)


class SearchField(QLineEdit):
    """The search box of the toolbar; emits `record_chosen(record_type, id)` when a hit is opened and
    `show_all_requested(record_type, query)` when a group's Show all line is."""

    record_chosen = Signal(str, str)
    show_all_requested = Signal(str, str)
    results_shown = Signal(str)  # the query whose hits the popup now shows
    counts_shown = Signal(str)  # … and whose counts, once they came

    MAX_VISIBLE_LINES = 12

    def __init__(
        self,
        search: Search,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        count: Count | None = None,
        listed: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._count = count
        self._runner = runner
        self._query = ""
        self._generation = 0  # bumped by every search, open and close: an answer from before is not shown
        self.setObjectName("globalSearch")
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search contacts, companies, deals … (Ctrl+K)"))
        self.preparing = False  # the search index is being built (after a first sync): searches are slower
        self.results = SearchResultsModel(self, listed=listed)
        self.popup = SearchPopup(self)
        self.popup.setModel(self.results)
        self.popup.clicked.connect(self._open)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS if runner is None else COALESCE_MS)
        self._debounce.timeout.connect(self.search_now if runner is None else self._search_in_background)
        self._count_pause = QTimer(self, singleShot=True, interval=COUNT_AFTER_MS)
        self._count_pause.timeout.connect(self._count_in_background)
        self.textEdited.connect(self._on_text_edited)
        self.textChanged.connect(self._on_text_changed)

    def set_preparing(self, done: int | None, total: int = 0) -> None:
        """Say that search is still being prepared (its index built after a first sync) and how far it has come,
        `done` of `total` records; None: search is ready. Searches meanwhile find every record, more slowly."""
        self.preparing = done is not None
        if done is None:
            self.setPlaceholderText(self.tr("Search contacts, companies, deals … (Ctrl+K)"))
            self.setToolTip("")
            return
        percent = QLocale().toString(min(100, done * 100 // total) if total > 0 else 0)
        self.setPlaceholderText(self.tr("Preparing search … {percent}%").format(percent=percent))
        self.setToolTip(
            self.tr(
                "Search is being prepared after the first sync ({percent}% done). You can search meanwhile: every "
                "record is found, only more slowly."
            ).format(percent=percent)
        )

    # ----- searching -----

    def _on_text_edited(self, _text: str) -> None:
        self._debounce.start()

    def _on_text_changed(self, text: str) -> None:
        if not text.strip():  # cleared by the clear button or by a program: nothing to show
            self._debounce.stop()
            self._query = ""
            self._generation += 1
            self.popup.hide()

    def search_now(self) -> None:
        """Run the search for the text as it is now, on this thread, and show the hits (and the counts)."""
        self._debounce.stop()
        self._generation += 1
        query = self.text().strip()
        if not query:
            self.popup.hide()
            return
        self._show_results(query, list(self._search(query)))
        if self._count is not None:
            self._show_counts(query, *self._tally(query, self.results.shown_types()))

    def _search_in_background(self) -> None:
        assert self._runner is not None
        query = self.text().strip()
        if not query:
            self.popup.hide()
            return
        self._generation += 1
        generation, search = self._generation, self._search
        task = self._runner.run(
            lambda _progress, _cancel: list(search(query)), key=f"search-{id(self)}", announce=False
        )
        task.succeeded.connect(lambda results: self._on_found(generation, query, results))

    def _on_found(self, generation: int, query: str, results: list[SearchResult]) -> None:
        if generation == self._generation and query == self.text().strip():
            self._show_results(query, results)
            self._count_pause.start()  # restarted by each answer: the counting waits until the typing pauses

    def _count_in_background(self) -> None:
        """Once the hits are on screen and the typing paused, count every match by kind (a one-letter query matches
        half the address book, which takes longer than finding the best few), and fetch the best of kinds the hits
        had no room for."""
        if self._count is None or self._runner is None or self.is_searching() or not self.popup.isVisible():
            return  # nothing to count for, or the typing went on (its answer starts the pause again)
        generation, query = self._generation, self._query
        shown, tally = self.results.shown_types(), self._tally
        task = self._runner.run(
            lambda _progress, _cancel: tally(query, shown), key=f"search-count-{id(self)}", announce=False
        )
        task.succeeded.connect(
            lambda found: (
                self._show_counts(query, *found)
                if generation == self._generation and query == self.text().strip()
                else None
            )
        )

    def _tally(self, query: str, shown: set[str]) -> tuple[dict[str, int], list[SearchResult]]:
        assert self._count is not None
        counts = dict(self._count(query))
        more: list[SearchResult] = []
        for kind in (kind for kind in counts if kind not in shown):  # each kind its own best few: asked together,
            more += self._search(query, types=[kind], limit=HITS_PER_GROUP)  # 24 notes left the people none
        return counts, more

    def _show_results(self, query: str, results: list[SearchResult]) -> None:
        self._query = query
        self.results.set_results(results, query)
        first = self.results.first_hit_row()
        self.popup.setCurrentIndex(self.results.index(first) if first is not None else QModelIndex())
        self._show_popup()
        self.results_shown.emit(query)

    def _show_counts(self, query: str, counts: dict[str, int], more: list[SearchResult]) -> None:
        current = self.popup.currentIndex()
        chosen = current.data(ID_ROLE) if current.isValid() else None
        self.results.set_counts(counts, more)
        rows = range(self.results.rowCount())
        row = next((r for r in rows if chosen and self.results.index(r).data(ID_ROLE) == chosen), None)
        row = row if row is not None else self.results.first_hit_row()
        self.popup.setCurrentIndex(self.results.index(row) if row is not None else QModelIndex())
        if self.popup.isVisible():
            self._show_popup()
        self.counts_shown.emit(query)

    def is_searching(self) -> bool:
        """Whether the hits shown may not be those of the text in the field yet."""
        return self._debounce.isActive() or self._query != self.text().strip()

    def _show_popup(self) -> None:
        lines = self.results.rowCount()
        height = sum(self.popup.sizeHintForRow(row) for row in range(min(lines, self.MAX_VISIBLE_LINES)))
        frame = self.popup.frameWidth() * 2
        width = max(self.width(), 420)
        bottom_left = self.mapToGlobal(QPoint(0, self.height()))
        x = bottom_left.x() + self.width() - width if self.isRightToLeft() else bottom_left.x()
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(x, screen.right() - width))
        self.popup.setGeometry(x, bottom_left.y() + 2, width, height + frame)
        if not self.popup.isVisible():
            self.popup.show()

    # ----- keys -----

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open_current()
        elif key == Qt.Key.Key_Escape and self.popup.isVisible():
            self._generation += 1
            self.popup.hide()
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self.text().strip():
            if not self.popup.isVisible() or self.is_searching():
                self.search_now()
            self._move(key)
        else:
            super().keyPressEvent(event)

    def _move(self, key: int) -> None:
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
        rows = [r for r in range(self.results.rowCount()) if self.results.can_choose(r)]
        if not rows:
            return
        current = self.popup.currentIndex().row()
        position = rows.index(current) if current in rows else -1 if step > 0 else len(rows)
        target = rows[max(0, min(len(rows) - 1, position + step))]
        self.popup.setCurrentIndex(self.results.index(target))

    def _open_current(self) -> None:
        if not self.text().strip():
            return
        if self.is_searching():
            self.search_now()  # Enter before the hits came: search for exactly what was typed
        index = self.popup.currentIndex()
        if not index.isValid() or not self.results.can_choose(index.row()):
            first = self.results.first_hit_row()
            index = self.results.index(first) if first is not None else QModelIndex()
        if index.isValid():
            self._open(index)

    def _open(self, index: QModelIndex) -> None:
        hit = self.results.hit_at(index.row())
        every = self.results.show_all_at(index.row())
        if hit is None and every is None:
            return
        self._generation += 1
        self.popup.hide()
        if hit is not None:
            self.record_chosen.emit(hit.record_type, hit.id)
        elif every is not None:
            self.show_all_requested.emit(every[0], self._query)
