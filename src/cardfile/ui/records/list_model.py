"""Item models for the record lists: they hold only ids and fetch rows a page at a time as the view paints them.

A list of 100,000 contacts costs one id query; `data()` asks the services for the page around a row the first
time the view paints it and keeps a bounded least-recently-used cache of rows (Anki's browser table model does
the same). Nothing here runs SQL: rows come from the services as plain read models.

Reading the ids again after a write takes a few hundred milliseconds on a large database, so it runs on a worker
thread (`schedule_reload`); the answer comes back as a plan of what changed, and a single added, removed or moved
record becomes an insert, remove or move of rows instead of a reset, so the selection and scroll position stay.

A window opening on a large list need not wait for all of it (`load_first_page`): where the services can read the
first rows of an order alone (people: a walk of the order's index), those are shown at once and the rest of the ids
follow from the worker as rows added below them (the scroll bar grows; the count is read with the first page).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from cardfile.ui.dates import format_datetime
from cardfile.ui.tasks import Progress, TaskRunner, is_bug
from cardfile.ui.widgets.basics import (
    ELIDE_ROLE,  # how a cell too narrow for its text shortens it
    PIECES_ROLE,  # the values a cell lists, painted each in its own direction
    isolated,
    isolated_all,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_COLOR = QColor("#c0392b")  # the colour of a field's error, for a value that needs attention

AnyIndex = QModelIndex | QPersistentModelIndex


class HasId(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=HasId)


@dataclass(frozen=True)
class Column(Generic[Row]):
    key: str  # stable name, for remembering column choices
    title: str
    text: Callable[[Row], str]
    order: str | None = None  # the services' sort order for this column; None: the list cannot sort by it
    shown: bool = True  # shown until the person chooses otherwise
    width: int | None = None  # its width until the person chooses otherwise (None: Qt's default)
    numeric: bool = False  # an amount or a count: aligned to the far side, so digits line up
    alert: Callable[[Row], bool] | None = None  # shown in the warning colour when true (an overdue deal's date)
    # the row's text colour (a QColor), or None for the usual: an overdue activity in red, say
    foreground: Callable[[Row], Any] | None = None
    elide: str = "end"  # "email": an address too long is shortened inside its local part, its domain kept whole
    # the values a cell lists (tags, people), each shown in its own direction; `text` joins them for copying
    pieces: Callable[[Row], Sequence[str]] | None = None
    least: str = ""  # a text the column keeps whole when the list is narrow (a date: never "6/1/2…")


@dataclass(frozen=True, eq=False)
class Narrowing:
    """A list narrowed, over its own filters and in its own order, to the records `records()` names: every hit
    of a search (Show all), what an import wrote, a lookup's answer. `records()` runs on the worker each time the
    list is read again, so a search narrowing follows edits; `title` says what the list shows ('Search “petrov”')."""

    title: str
    records: Callable[[], Collection[str]]


@dataclass(frozen=True)
class ListQuery:
    """Which records a list shows and in what order: the arguments of the services' `ids()`, and a narrowing."""

    order: str = "name"
    reverse: bool = False
    tag: str | None = None
    group_id: str | None = None
    lookup_id: str | None = None
    filters: tuple[tuple[str, Any], ...] = ()  # a kind's own filters (a deal's pipeline, owner …) as keywords
    narrowing: Narrowing | None = None

    @property
    def filtered(self) -> bool:
        return bool(self.tag or self.group_id or self.lookup_id or self.filters or self.narrowing)

    def arguments(self) -> dict[str, Any]:
        """Only what differs from the defaults, so any `ids()` taking keyword filters can serve a plain list."""
        values = {
            "order": self.order if self.order != "name" else None,
            "reverse": self.reverse or None,
            "tag": self.tag,
            "group_id": self.group_id,
            "lookup_id": self.lookup_id,
            **dict(self.filters),
        }
        return {key: value for key, value in values.items() if value}


# ----- what changed between two lists of ids -----


@dataclass(frozen=True)
class ListChange:
    """How to turn one list of ids into another with row operations a view can follow.

    kind "same": nothing to do; "remove": `runs` of (first, last) old rows, last run first; "insert": `runs` of
    (first, last) new rows, first run first; "move": the row `source` goes before old row `target`;
    "reset": anything else.
    """

    kind: str
    runs: tuple[tuple[int, int], ...] = ()
    source: int = -1
    target: int = -1


def _runs(rows: Iterable[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


MAX_RUNS = 16  # more separate blocks of rows than this (a filter applied, say) are cheaper as one reset


def plan_change(old: Sequence[str], new: Sequence[str]) -> ListChange:
    """The row operations from `old` to `new`: removals only, insertions only, one move, or a reset.

    A few blocks of rows added or removed keep the view's selection and scroll position; a change that scatters
    over many blocks (a filter, a sort) becomes a reset, which costs the view one pass instead of one per block.
    """
    if len(old) == len(new) and old == new:
        return ListChange("same")
    start = 0
    shortest = min(len(old), len(new))
    while start < shortest and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old -= 1
        end_new -= 1
    old_middle, new_middle = old[start:end_old], new[start:end_new]
    if not new_middle:
        return ListChange("remove", ((start, end_old - 1),))
    if not old_middle:
        return ListChange("insert", ((start, end_new - 1),))
    if len(old_middle) == len(new_middle):
        if old_middle[1:] == new_middle[:-1] and old_middle[0] == new_middle[-1]:
            return ListChange("move", source=start, target=end_old)  # moved down, to the end of the window
        if old_middle[:-1] == new_middle[1:] and old_middle[-1] == new_middle[0]:
            return ListChange("move", source=end_old - 1, target=start)  # moved up
        return ListChange("reset")
    kept_new = set(new_middle)
    kept_old = set(old_middle)
    # Removals (or insertions) alone only if the rows that stay keep their order: a list read again in another
    # order with a record gone is a reset, not a removal.
    if len(new_middle) < len(old_middle) and kept_new <= kept_old:
        gone = [row for row, rid in enumerate(old_middle, start) if rid not in kept_new]
        runs = _runs(gone)
        kept_in_order = [rid for rid in old_middle if rid in kept_new] == list(new_middle)  # none moved meanwhile
        if len(gone) == len(old_middle) - len(new_middle) and len(runs) <= MAX_RUNS and kept_in_order:
            return ListChange("remove", tuple(reversed(runs)))
    if len(new_middle) > len(old_middle) and kept_old <= kept_new:
        added = [row for row, rid in enumerate(new_middle, start) if rid not in kept_old]
        runs = _runs(added)
        kept_in_order = [rid for rid in new_middle if rid in kept_old] == list(old_middle)
        if len(added) == len(new_middle) - len(old_middle) and len(runs) <= MAX_RUNS and kept_in_order:
            return ListChange("insert", tuple(runs))
    return ListChange("reset")


@dataclass(frozen=True)
class _Fetched:
    ids: list[str]
    change: ListChange
    row_of: dict[str, int]


# ----- the model -----


class LazyListModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of ids; the rows behind them are fetched on demand and cached.

    `fetch_ids(**query.arguments())` gives the ids; it runs on a worker thread for `schedule_reload`, `sort`
    and `set_query`, and on the GUI thread for `reload` (when the caller needs the answer now). `fetch_first(limit,
    **query.arguments())`, where given, gives the first `limit` of those ids without reading the rest, and how many
    there are in all.
    """

    PAGE_SIZE = 100
    FIRST_PAGE = 200  # rows `load_first_page` shows before the rest is read: more than a tall window shows
    CACHE_SIZE = 3000  # rows kept; a few screens in either direction of where the person is looking

    reloaded = Signal()  # after the list of ids was read again (the record count may have changed)
    query_changed = Signal()  # sort order or filter changed (the answer follows with `reloaded`)

    def __init__(
        self,
        fetch_ids: Callable[..., list[str]],
        fetch_rows: Callable[[Sequence[str]], Sequence[Row]],
        columns: Sequence[Column[Row]],
        parent: QObject | None = None,
        *,
        runner: TaskRunner | None = None,
        name: str = "list",
        query: ListQuery | None = None,
        fetch_first: Callable[..., tuple[list[str], int]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_ids = fetch_ids
        self._fetch_first = fetch_first
        self._complete = True  # the ids are the whole list (not only its first page, see `load_first_page`)
        self._total = 0  # how many records the list has in all, while it is not complete
        self._fetch_rows = fetch_rows
        self._columns = list(columns)
        self._query = query or ListQuery()
        self._ids: list[str] = []  # never changed in place: a worker may be comparing against it
        self._row_of: dict[str, int] | None = None
        self._cache: OrderedDict[str, Row | None] = OrderedDict()
        self._stale: set[str] = set()
        self._runner = runner if runner is not None else TaskRunner(self, max_threads=1)
        self._task_key = f"{name}-ids-{id(self)}"
        self._reloading = False
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self._reload_in_background)

    # ----- the list of ids -----

    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show other records or another order; the ids are read on a worker."""
        if query == self._query:
            return
        self._query = query
        self.query_changed.emit()
        self.schedule_reload()

    def reload(self) -> None:
        """Read the ids again now, on this thread; rows already shown refresh in place when the list is the same."""
        self._reload_timer.stop()
        ids = self._reader()()
        self._apply(ids, plan_change(self._ids, ids), None)

    def load_first_page(self) -> None:
        """Show the list's first rows now, on this thread, and read the rest on the worker: a window paints its
        first page of 100,000 people without waiting for every id. Without `fetch_first` (or with a narrowing,
        whose records are known only with the whole list) this is `reload`."""
        if self._fetch_first is None or self._query.narrowing is not None:
            self.reload()
            return
        self._reload_timer.stop()
        limit = self.FIRST_PAGE
        ids, total = self._fetch_first(limit, **self._query.arguments())
        if len(ids) < total:
            self._complete, self._total = False, total
            self._reload_timer.start()  # the rest, on the worker, once the first page is on screen
        self._apply(ids, plan_change(self._ids, ids), None)

    def is_complete(self) -> bool:
        """Whether the list holds every id (False while only its first page is known)."""
        return self._complete

    def total(self) -> int:
        """How many records the list has, the rows not yet read included (the status bar's count)."""
        return len(self._ids) if self._complete else self._total

    def show_ids(self, ids: list[str], changed_ids: Iterable[str] = ()) -> None:
        """Show these ids, read elsewhere (a board reads all its columns in one job on a worker); rows of
        `changed_ids` are read again."""
        self._reload_timer.stop()
        self._stale.update(changed_ids)
        self._apply(ids, plan_change(self._ids, ids), None)

    def _reader(self) -> Callable[[], list[str]]:
        """What reads the list's ids as the query stands now (on whichever thread calls it)."""
        fetch, arguments, narrowing = self._fetch_ids, self._query.arguments(), self._query.narrowing
        if narrowing is None:
            return lambda: fetch(**arguments)

        def narrowed() -> list[str]:
            allowed = narrowing.records()
            allowed = allowed if isinstance(allowed, set | frozenset | dict) else set(allowed)
            return [record_id for record_id in fetch(**arguments) if record_id in allowed]

        return narrowed

    def schedule_reload(self, changed_ids: Iterable[str] = ()) -> None:
        """Read the ids again on a worker once the event loop is free: a burst of writes costs one reload."""
        self._stale.update(changed_ids)
        self._reload_timer.start()

    def is_reloading(self) -> bool:
        """Whether a reload is waiting or running (tests and the status bar wait for `reloaded`)."""
        return self._reload_timer.isActive() or self._reloading

    def _reload_in_background(self) -> None:
        read, old = self._reader(), self._ids

        def read_ids(_progress: Progress, cancel: threading.Event) -> _Fetched | None:
            ids = read()
            if cancel.is_set():
                return None
            return _Fetched(ids, plan_change(old, ids), {rid: row for row, rid in enumerate(ids)})

        self._reloading = True
        task = self._runner.run(read_ids, key=self._task_key, announce=False)
        task.succeeded.connect(lambda fetched: self._on_fetched(old, fetched))
        task.failed.connect(self._on_fetch_failed)

    def _on_fetched(self, old: list[str], fetched: _Fetched | None) -> None:
        if fetched is None:
            return
        self._reloading = False
        if self._reload_timer.isActive():
            return  # a newer reload is due; it will bring a fresher answer
        if old is not self._ids:  # the list changed meanwhile (a reload on this thread): plan again
            self._apply(fetched.ids, plan_change(self._ids, fetched.ids), None)
        else:
            self._apply(fetched.ids, fetched.change, fetched.row_of)

    def _on_fetch_failed(self, error: BaseException) -> None:
        self._reloading = False
        if is_bug(error):
            return  # the task runner gave it to the crash reporter already: one report, not two
        raise error  # a closed or locked database; let Qt's handler report it rather than show a stale list

    def _apply(self, ids: list[str], change: ListChange, row_of: dict[str, int] | None) -> None:
        stale, self._stale = self._stale, set()
        for record_id in stale:
            self._cache.pop(record_id, None)
        root = QModelIndex()
        if change.kind == "same":
            self._refresh_rows(stale)
        elif change.kind == "remove":
            for first, last in change.runs:
                self.beginRemoveRows(root, first, last)
                self._ids = self._ids[:first] + self._ids[last + 1 :]
                self._row_of = None
                self.endRemoveRows()
            self._refresh_rows(stale)
        elif change.kind == "insert":
            for first, last in change.runs:
                self.beginInsertRows(root, first, last)
                self._ids = self._ids[:first] + ids[first : last + 1] + self._ids[first:]
                self._row_of = None
                self.endInsertRows()
            self._refresh_rows(stale)
        elif change.kind == "move":
            self.beginMoveRows(root, change.source, change.source, root, change.target)
            self._ids, self._row_of = list(ids), None
            self.endMoveRows()
            self._refresh_rows(stale)
        else:
            self.beginResetModel()
            self._ids, self._row_of = list(ids), None
            self._cache.clear()
            self.endResetModel()
        assert self._ids == ids, "the row operations must arrive at the new list"
        self._ids = ids
        self._row_of = row_of
        if not self._reload_timer.isActive():
            self._complete = True  # read whole (a first page schedules the rest before it is applied)
        self.reloaded.emit()

    def _refresh_rows(self, record_ids: set[str]) -> None:
        """Tell the view that rows it may show were read again."""
        rows = sorted(row for row in (self.row_of(rid) for rid in record_ids) if row is not None)
        last_column = len(self._columns) - 1
        for first, last in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))

    def forget_rows(self) -> None:
        """Drop every cached row (a record of another type that rows show, such as a company name, changed)."""
        self._stale.update(self._cache)

    def ids(self) -> list[str]:
        return list(self._ids)

    def column_keys(self) -> list[str]:
        return [column.key for column in self._columns]

    def columns(self) -> list[Column[Row]]:
        return list(self._columns)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int | None:
        if self._row_of is None:
            self._row_of = {rid: row for row, rid in enumerate(self._ids)}
        return self._row_of.get(record_id)

    # ----- rows, fetched lazily -----

    def record_at(self, row: int) -> Row | None:
        """The row's record, fetching the page around it if it is not cached; None if it vanished meanwhile."""
        record_id = self.id_at(row)
        if record_id is None:
            return None
        if record_id in self._cache:
            self._cache.move_to_end(record_id)
            return self._cache[record_id]
        self._fetch_page(row)
        return self._cache.get(record_id)

    def _fetch_page(self, row: int) -> None:
        start = row - row % self.PAGE_SIZE
        wanted = [rid for rid in self._ids[start : start + self.PAGE_SIZE] if rid not in self._cache]
        found = {record.id: record for record in self._fetch_rows(wanted)}
        for rid in wanted:
            self._cache[rid] = found.get(rid)  # None: deleted since the ids were read; the next reload drops it
        while len(self._cache) > self.CACHE_SIZE:
            self._cache.popitem(last=False)

    # ----- sorting -----

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column the list is sorted by now (-1 when its order is not a column's) and the direction."""
        for section, column in enumerate(self._columns):
            if column.order == self._query.order:
                direction = Qt.SortOrder.DescendingOrder if self._query.reverse else Qt.SortOrder.AscendingOrder
                return section, direction
        return -1, Qt.SortOrder.AscendingOrder

    def can_sort_by(self, section: int) -> bool:
        return 0 <= section < len(self._columns) and self._columns[section].order is not None

    # ----- QAbstractTableModel -----

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self._columns):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        column = self._columns[index.column()]
        if role == ELIDE_ROLE:
            return column.elide
        if role == Qt.ItemDataRole.DisplayRole:  # the value itself: what a copy, a sort or a keyboard search reads
            record = self.record_at(index.row())
            return column.text(record) if record is not None else ""
        if role == PIECES_ROLE:
            record = self.record_at(index.row()) if column.pieces is not None else None
            return column.pieces(record) if column.pieces is not None and record is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:  # shown only: each value in its own direction (a Persian window)
            record = self.record_at(index.row())
            if record is None:
                return ""
            return isolated_all(column.pieces(record)) if column.pieces is not None else isolated(column.text(record))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and (column.alert is not None or column.foreground is not None):
            record = self.record_at(index.row())
            if record is None:
                return None
            if column.alert is not None and column.alert(record):
                return WARNING_COLOR
            return column.foreground(record) if column.foreground is not None else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        # the title in its tooltip too: a narrow column cuts it short ('ความสำคั' for Thai's Priority)
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if horizontal and role in roles and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column the services can order by (others are ignored); the ids are read on a worker."""
        if not self.can_sort_by(column):
            return
        key = self._columns[column].order
        assert key is not None
        self.set_query(replace(self._query, order=key, reverse=order == Qt.SortOrder.DescendingOrder))


# ----- columns most kinds have -----


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListColumn", text)


def column_title(key: str) -> str:
    """The title of a column a kind describes, by its key ('company' → 'Company'); '' for an unknown key."""
    titles = {
        "name": _tr("Name"),
        "company": _tr("Company"),
        "title": _tr("Title"),
        "email": _tr("Email"),
        "phone": _tr("Phone"),
        "city": _tr("City"),
        "industry": _tr("Industry"),
        "website": _tr("Website"),
        "people": _tr("People"),
        "file_as": _tr("File as"),
        "tags": _tr("Tags"),
        "updated": _tr("Updated"),
    }
    return titles.get(key, "")


def name_column(width: int) -> Column[Any]:
    """The record's name, sorted by the services' name order; it cannot be hidden."""
    return Column("name", column_title("name"), lambda r: r.display_name, "name", width=width)


def tags_column(*, shown: bool = True) -> Column[Any]:
    return Column("tags", column_title("tags"), lambda r: ", ".join(r.tags), shown=shown, pieces=lambda r: r.tags)


def updated_column(updated_at: Callable[[Any], datetime]) -> Column[Any]:
    """When the record last changed (hidden until chosen), newest first when sorted."""
    return Column("updated", column_title("updated"), lambda r: format_datetime(updated_at(r)), "updated", shown=False)
