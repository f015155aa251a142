"""Item models for the record lists: they hold only ids and fetch rows a page at a time as the view paints them.

A list of 100,000 contacts costs one id query; `data()` asks the services for the page around a row the first
time the view paints it and keeps a bounded least-recently-used cache of rows (Anki's browser table model does
the same). Nothing here runs SQL: rows come from the services as plain read models.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
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

from cardfile.services.readmodels import CompanyRead, ContactRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1

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


def _first_value(entries: Sequence[dict[str, Any]]) -> str:
    return str(entries[0].get("value", "")) if entries else ""


def _first_locality(entries: Sequence[dict[str, Any]]) -> str:
    return str(entries[0].get("locality", "")) if entries else ""


class LazyListModel(QAbstractTableModel, Generic[Row]):
    """A read-only table over a list of ids; the rows behind them are fetched on demand and cached."""

    PAGE_SIZE = 100
    CACHE_SIZE = 3000  # rows kept; a few screens in either direction of where the person is looking

    reloaded = Signal()  # after the list of ids was read again (the record count may have changed)

    def __init__(
        self,
        fetch_ids: Callable[[], list[str]],
        fetch_rows: Callable[[Sequence[str]], Sequence[Row]],
        columns: Sequence[Column[Row]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._columns = list(columns)
        self._ids: list[str] = []
        self._row_of: dict[str, int] | None = None
        self._cache: OrderedDict[str, Row | None] = OrderedDict()
        self._stale: set[str] = set()
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)

    # ----- the list of ids -----

    def reload(self) -> None:
        """Read the ids again; rows already shown refresh in place when the list itself did not change."""
        self._reload_timer.stop()
        ids = self._fetch_ids()
        if ids == self._ids:
            stale, self._stale = self._stale, set()
            for record_id in stale:
                self._cache.pop(record_id, None)
            if stale and ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(self._columns) - 1))
        else:
            self.beginResetModel()
            self._ids, self._row_of = ids, None
            self._cache.clear()
            self._stale.clear()
            self.endResetModel()
        self.reloaded.emit()

    def schedule_reload(self, changed_ids: Iterable[str] = ()) -> None:
        """Reload once the event loop is free: a burst of writes (an import's batches) costs one reload."""
        self._stale.update(changed_ids)
        self._reload_timer.start()

    def forget_rows(self) -> None:
        """Drop every cached row (a record of another type that rows show, such as a company name, changed)."""
        self._stale.update(self._cache)

    def ids(self) -> list[str]:
        return list(self._ids)

    def column_keys(self) -> list[str]:
        return [column.key for column in self._columns]

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            record = self.record_at(index.row())
            return self._columns[index.column()].text(record) if record is not None else ""
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _tr(text: str) -> str:
    return QCoreApplication.translate("ListColumn", text)


def contact_columns() -> list[Column[ContactRow]]:
    return [
        Column("name", _tr("Name"), lambda r: r.display_name),
        Column("company", _tr("Company"), lambda r: r.company),
        Column("title", _tr("Title"), lambda r: r.title),
        Column("email", _tr("Email"), lambda r: r.email),
        Column("phone", _tr("Phone"), lambda r: r.phone),
        Column("city", _tr("City"), lambda r: r.locality),
        Column("tags", _tr("Tags"), lambda r: ", ".join(r.tags)),
    ]


def company_columns() -> list[Column[CompanyRead]]:
    return [
        Column("name", _tr("Name"), lambda r: r.display_name),
        Column("industry", _tr("Industry"), lambda r: r.industry),
        Column("phone", _tr("Phone"), lambda r: _first_value(r.phones)),
        Column("website", _tr("Website"), lambda r: r.website or _first_value(r.urls)),
        Column("city", _tr("City"), lambda r: _first_locality(r.addresses)),
        Column("people", _tr("People"), lambda r: str(r.people_count) if r.people_count else ""),
        Column("tags", _tr("Tags"), lambda r: ", ".join(r.tags)),
    ]
