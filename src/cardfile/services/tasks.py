"""The task list: Today, Overdue, This week, Upcoming and All as keys a list view holds, rows fetched a page at a
time, counts for the navigation, bulk clearing and rescheduling, and the coming birthdays and anniversaries.

A task is an occurrence (services.activities.Occurrence), named by `Occurrence.key`: an activity's id, or a series'
id and the occurrence's start ("SERIES@2025-03-10T08:00:00.000Z"). Today and This week list every occurrence in
them. Overdue, Upcoming and All are open-ended, so a recurring series stands there by one occurrence: in Overdue by
its most recent occurrence that has passed, if that one is neither cleared nor skipped (older missed ones stay in
the calendar rather than fill the list: a daily stand-up nobody clears would otherwise bury everything else); in
Upcoming and All by its next one.
"""

from __future__ import annotations

import builtins
import heapq
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, Literal

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import ActivityUpdate
from cardfile.domain.recurrence import zone_of
from cardfile.domain.text import fold
from cardfile.domain.values import ActivityStatus, ClearResult, PartialDate, RecordType
from cardfile.services.activities import (
    Window,
    _Found,
    _length,
    _local,
    _parse_time,
    _time_column,
    finish,
    is_overdue,
    occurrences_in,
    select_rows,
    series_starts,
    viewer_zone,
)
from cardfile.services.readmodels import Occurrence
from cardfile.store.codec import as_utc, iso_utc
from cardfile.store.writer import Writer

if TYPE_CHECKING:
    from cardfile.services.container import Services

View = Literal["today", "overdue", "week", "upcoming", "all"]
VIEWS: tuple[View, ...] = ("today", "overdue", "week", "upcoming", "all")
ORDERS = ("start", "subject", "type", "priority")
_PRIORITY_RANK = {"high": 0, "normal": 1, "low": 2}
_DAY = timedelta(days=1)
# The first sort value of an open view's SQL (the same as `_sort_key` gives a series' task), and what it joins.
_SQL_ORDERS = {
    "start": ("''", ""),
    "subject": ("cf_fold(a.subject)", ""),
    "priority": ("CASE a.priority WHEN 'high' THEN 0 WHEN 'low' THEN 2 ELSE 1 END", ""),
    "type": ("coalesce(cf_fold(t.name), '')", "LEFT JOIN activity_type t ON t.id = a.type_id "),
}
_SPANS = (timedelta(days=8), timedelta(days=36), timedelta(days=400), timedelta(days=3000))


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """What the task list's filter bar chooses; empty means everything."""

    type_ids: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    owner: str | None = None
    contact_id: str | None = None
    company_id: str | None = None  # the company's own activities and those with its people
    deal_id: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        where, params = "", []
        if self.type_ids:
            where += f" AND a.type_id IN ({','.join('?' for _ in self.type_ids)})"
            params += list(self.type_ids)
        if self.priorities:
            where += f" AND a.priority IN ({','.join('?' for _ in self.priorities)})"
            params += list(self.priorities)
        if self.owner:
            where += " AND a.owner_id = ?"
            params.append(self.owner)
        if self.contact_id:
            where += (
                " AND a.id IN (SELECT source_id FROM link WHERE source_type = 'activity' AND target_type = 'contact' "
                "AND target_id = ? AND deleted_at IS NULL)"
            )
            params.append(self.contact_id)
        if self.company_id:
            where += (
                " AND a.id IN (SELECT id FROM activity WHERE company_id = ? UNION SELECT l.source_id FROM contact c "
                "CROSS JOIN link l ON l.target_type = 'contact' AND l.target_id = c.id WHERE c.company_id = ? "
                "AND l.source_type = 'activity' AND l.deleted_at IS NULL)"
            )
            params += [self.company_id, self.company_id]
        if self.deal_id:
            where += " AND a.deal_id = ?"
            params.append(self.deal_id)
        return where, params

    def admits(self, row: dict[str, Any]) -> bool:
        return (
            (not self.type_ids or row["type_id"] in self.type_ids)
            and (not self.priorities or row["priority"] in self.priorities)
            and (not self.owner or row["owner_id"] == self.owner)
        )


@dataclass(frozen=True, slots=True)
class DateReminder:
    """A birthday or anniversary coming up: whose, which, on what day, and the age or years it marks (None when the
    year is not known: a birthday without a year has no age)."""

    contact_id: str
    name: str
    kind: Literal["birthday", "anniversary"]
    day: date
    years: int | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.contact_id,
            "type": "contact",
            "display_name": self.name,
            "kind": self.kind,
            "day": self.day.isoformat(),
            "years": self.years,
        }


@dataclass(frozen=True, slots=True)
class _Task:
    key: str
    start: datetime | None
    found: _Found


class TaskListService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    # ----- what a view holds -----

    def keys(
        self,
        view: View = "today",
        *,
        filters: TaskFilter | None = None,
        order: str = "start",
        reverse: bool = False,
        zone: tzinfo | str | None = None,
        week_start: int = 0,
    ) -> builtins.list[str]:
        """The keys of a view's tasks in display order: what a list view holds before it fetches rows lazily.
        `week_start`: the locale's first day of the week (0 = Monday … 6 = Sunday) for This week."""
        if order not in ORDERS:
            raise ValidationError(
                field="order",
                problem=f"{order!r} is not one of {', '.join(ORDERS)}",
                reason="not_one_of",
                value=order,
                choices=list(ORDERS),
            )
        if view in ("overdue", "upcoming", "all"):
            keys = self._open_keys(view, filters or TaskFilter(), order, viewer_zone(zone))
            return keys[::-1] if reverse else keys
        tasks = self._tasks(view, filters or TaskFilter(), viewer_zone(zone), week_start)
        if order == "start":
            tasks.sort(key=lambda t: (t.start is None, t.start or datetime.min.replace(tzinfo=UTC), t.key))
        else:
            sort_key = self._sort_key(order)
            tasks.sort(key=lambda t: (sort_key(t.found.row), t.start or datetime.max.replace(tzinfo=UTC), t.key))
        keys = [t.key for t in tasks]
        return keys[::-1] if reverse else keys

    def rows(self, keys: Sequence[str], *, zone: tzinfo | str | None = None) -> builtins.list[Occurrence]:
        """The rows of these tasks, in that order (the page a list view is about to paint), with their people."""
        if not keys:
            return []
        ids = {key.split("@", 1)[0] for key in keys}
        with self._db.read() as conn:
            rows: dict[str, dict[str, Any]] = {}
            wanted = sorted(ids)
            for first in range(0, len(wanted), 500):
                chunk = wanted[first : first + 500]
                for row in select_rows(conn, f"a.id IN ({','.join('?' for _ in chunk)})", chunk):
                    rows[row["id"]] = row
            found = []
            for key in keys:
                record_id, _, at = key.partition("@")
                held = rows.get(record_id)
                if held is None:
                    continue
                row = held
                if at:
                    start = _parse_time(at.removesuffix("Z").replace("T", " "))
                    length = _length(row)
                    end = start + length if length is not None and not row["timeless"] else None
                    found.append(_Found(row, start, end, record_id, start))
                else:
                    found.append(_Found(row, row["starts_at"], row["ends_at"], row["series_id"], row["recurrence_id"]))
            made = finish(conn, found, self._services.activities._type_map(conn), people=True, now=self._db.now(),
                          zone=viewer_zone(zone))  # fmt: skip
        by_key = {o.key: o for o in made}
        return [by_key[key] for key in keys if key in by_key]

    def counts(self, *, zone: tzinfo | str | None = None, week_start: int = 0) -> dict[str, int]:
        """How many tasks each view holds: the numbers beside the navigation entries."""
        return {view: len(self.keys(view, zone=zone, week_start=week_start)) for view in VIEWS}

    def overdue_count(self, *, zone: tzinfo | str | None = None) -> int:
        return len(self._open_keys("overdue", TaskFilter(), "start", viewer_zone(zone)))

    # ----- acting on many -----

    def clear_many(
        self,
        keys: Sequence[str],
        *,
        result: str = ClearResult.COMPLETED.value,
        outcome: str = "",
        completed: bool = True,
    ) -> int:
        """Clear the tasks named, each as happening when it was scheduled, in one action (one Undo); returns how
        many were cleared (those cleared meanwhile are left alone)."""
        activities = self._services.activities
        count = 0
        with self._db.write(_action_label("Clear", len(keys))) as w:
            for record_id, occurrence, row in _live(w, keys):
                target = record_id
                if occurrence is not None:
                    target = activities._exception(w, record_id, occurrence)
                    row = w.get(RecordType.ACTIVITY, target)
                if row["status"] != ActivityStatus.SCHEDULED:
                    continue
                when = as_utc(row["starts_at"]) if row["starts_at"] is not None else self._db.now()
                w.update(
                    RecordType.ACTIVITY,
                    target,
                    {
                        "status": (ActivityStatus.DONE if completed else ActivityStatus.CANCELLED).value,
                        "result": result if completed else "",
                        "outcome": outcome,
                        "happened_at": when,
                        "completed_at": self._db.now(),
                    },
                )
                count += 1
        return count

    def reschedule_many(self, keys: Sequence[str], day: date, *, zone: tzinfo | str | None = None) -> int:
        """Move the tasks named to another day, each keeping its time of day (in its own zone) and length, in one
        action: the task list's bulk reschedule, or a drop on a date."""
        activities = self._services.activities
        count = 0
        with self._db.write(_action_label("Reschedule", len(keys))) as w:
            for key in keys:
                record_id, occurrence = _split(key)
                target = activities._exception(w, record_id, occurrence) if occurrence is not None else record_id
                row = w.get(RecordType.ACTIVITY, target)
                if row["starts_at"] is None:
                    start = datetime.combine(day, datetime.min.time(), UTC)
                    changes = ActivityUpdate.model_construct(starts_at=start, timeless=True)
                    changes.__pydantic_fields_set__ = {"starts_at", "timeless"}
                else:
                    local, _ = _local(row["starts_at"], row)
                    moved = datetime.combine(day, local.time())
                    if row["timeless"] or row["all_day"]:
                        start = moved.replace(tzinfo=UTC)
                    else:
                        start = moved.replace(tzinfo=zone_of(row["time_zone"])).astimezone(UTC)
                    changes = ActivityUpdate.model_construct(starts_at=start)
                    changes.__pydantic_fields_set__ = {"starts_at"}
                activities.apply_update(w, target, changes)
                count += 1
        return count

    def delete_many(self, keys: Sequence[str]) -> int:
        """Move the tasks named to the Trash in one action: a one-off activity (or an occurrence changed on its
        own) goes to the Trash, one occurrence of a series is skipped (the series stays). Returns how many."""
        activities = self._services.activities
        count = 0
        with self._db.write(_action_label("Delete", len(keys))) as w:
            for record_id, occurrence, _row in _live(w, keys):
                if occurrence is not None:
                    exception = activities._exception(w, record_id, occurrence)
                    w.update(RecordType.ACTIVITY, exception, {"status": ActivityStatus.SKIPPED.value})
                else:
                    w.delete(RecordType.ACTIVITY, record_id)
                count += 1
        return count

    def owners(self) -> builtins.list[str]:
        """Who owns scheduled activities (the task list's owner filter offers them), "me" first."""
        with self._db.read() as conn:
            found = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT DISTINCT owner_id FROM activity WHERE status = 'scheduled' AND +deleted_at IS NULL"
                )
            ]
        return sorted(found, key=lambda owner: (owner != "me", owner.casefold()))

    # ----- birthdays and anniversaries -----

    def coming_dates(self, *, days: int = 14, today: date | None = None) -> builtins.list[DateReminder]:
        """Birthdays and anniversaries of the next `days` days (today included), soonest first. Someone born on
        29 February has a birthday on the 28th in other years."""
        start = today or self._db.now().astimezone(viewer_zone(None)).date()
        span = [start + timedelta(days=n) for n in range(max(1, min(days, 366)))]
        wanted = {d.strftime("%m-%d") for d in span}
        if any(d.month == 2 and d.day == 28 and not _leap(d.year) for d in span):
            wanted.add("02-29")
        marks = ",".join("?" for _ in wanted)
        out: builtins.list[DateReminder] = []
        with self._db.read() as conn:
            for kind in ("birthday", "anniversary"):
                result = conn.exec_driver_sql(
                    f"SELECT id, display_name, {kind} FROM contact WHERE deleted_at IS NULL AND {kind} IS NOT NULL "
                    f"AND substr({kind}, -5) IN ({marks})",
                    tuple(sorted(wanted)),
                )
                for contact_id, name, text in result:
                    try:
                        partial = PartialDate.parse_value(text)
                    except (ValueError, ValidationError):
                        continue
                    day = _next_day(partial.month, partial.day, span)
                    if day is None:
                        continue
                    years = day.year - partial.year if partial.year else None
                    out.append(DateReminder(contact_id, name, kind, day, years))
        out.sort(key=lambda r: (r.day, fold(r.name), r.kind))
        return out

    # ----- the views -----

    def _tasks(self, view: str, filters: TaskFilter, zone: tzinfo, week_start: int) -> builtins.list[_Task]:
        now = self._db.now()
        today = now.astimezone(zone).date()
        if view in ("today", "week"):
            first = today if view == "today" else today - timedelta(days=(today.weekday() - week_start) % 7)
            last = first + (_DAY if view == "today" else timedelta(days=7))
            window = Window(_midnight(first, zone), _midnight(last, zone), zone)
            with self._db.read() as conn:
                found = occurrences_in(conn, window, contact_id=filters.contact_id, include_history=False)
                if filters.company_id or filters.deal_id:  # whose people work there: asked of the database
                    extra, params = TaskFilter(company_id=filters.company_id, deal_id=filters.deal_id).sql()
                    ids = sorted({f.row["id"] for f in found})
                    allowed: set[str] = set()
                    for start in range(0, len(ids), 500):
                        chunk = ids[start : start + 500]
                        allowed.update(
                            r[0]
                            for r in conn.exec_driver_sql(
                                f"SELECT a.id FROM activity a WHERE a.id IN ({','.join('?' for _ in chunk)}){extra}",
                                (*chunk, *params),
                            )
                        )
                    found = [f for f in found if f.row["id"] in allowed]
            return [_task(f) for f in found if filters.admits(f.row)]
        raise ValidationError(
            field="view",
            problem=f"{view!r} is not one of {', '.join(VIEWS)}",
            reason="not_one_of",
            value=view,
            choices=list(VIEWS),
        )

    def _open_keys(self, view: str, filters: TaskFilter, order: str, zone: tzinfo) -> builtins.list[str]:
        """Overdue, Upcoming and All: one-off activities (and exceptions) chosen and ordered by SQL — a hundred
        thousand activities hold tens of thousands of open ones — merged with a task for each series."""
        now = self._db.now()
        today = now.astimezone(zone).date()
        today_utc = _time_column(datetime.combine(today, datetime.min.time(), UTC))
        extra, params = filters.sql()
        # '+': through the index of (status, start), not the tombstones' that every live activity shares
        where = (
            "a.status = 'scheduled' AND +a.deleted_at IS NULL AND a.rrule = '' AND (a.series_id IS NULL OR EXISTS "
            "(SELECT 1 FROM activity s WHERE s.id = a.series_id AND s.deleted_at IS NULL AND s.status = 'scheduled'))"
        )
        # is_overdue, spelled in SQL over the stored texts (UTC, sortable)
        late = (
            "((a.timeless = 1 AND a.starts_at < ?) OR (a.all_day = 1 AND ((a.ends_at IS NULL AND a.starts_at < ?) "
            "OR a.ends_at <= ?)) OR (a.timeless = 0 AND a.all_day = 0 AND coalesce(a.ends_at, a.starts_at) <= ?))"
        )
        late_params = [today_utc, today_utc, today_utc, _time_column(now)]
        if view == "overdue":
            where += f" AND a.starts_at IS NOT NULL AND {late}"
            params = [*late_params, *params]
        elif view == "upcoming":
            where += f" AND a.starts_at IS NOT NULL AND NOT {late}"
            params = [*late_params, *params]
        sort, join = _SQL_ORDERS[order]
        # By start, the index's own order (the undated after, apart); by anything else, sorted by SQLite.
        dated = (
            f"SELECT {sort}, a.starts_at, a.id FROM activity a {join}WHERE {where}{extra} AND a.starts_at IS NOT NULL"
        )
        undated = f"SELECT {sort}, '9999', a.id FROM activity a {join}WHERE {where}{extra} AND a.starts_at IS NULL"
        if order == "start":
            queries = [f"{dated} ORDER BY a.starts_at, a.id", f"{undated} ORDER BY a.id"]
        else:
            queries = [f"SELECT * FROM ({dated} UNION ALL {undated}) ORDER BY 1, 2, 3"]
            params = params * 2
        singles: builtins.list[tuple[Any, ...]] = []
        with self._db.read() as conn:
            cursor = conn.connection.driver_connection.cursor()
            try:
                for sql in queries:
                    cursor.execute(sql, tuple(params))
                    singles += cursor.fetchall()
            finally:
                cursor.close()
            series_rows = select_rows(
                conn, "a.status = 'scheduled' AND +a.deleted_at IS NULL AND a.rrule != ''" + extra, filters.sql()[1]
            )
            taken = _taken(conn)
        sort_key = self._sort_key(order)
        series = sorted(
            (sort_key(t.found.row), _time_column(t.start) if t.start else "9999", t.key)
            for row in series_rows
            for t in self._series_tasks(row, taken.get(row["id"], set()), view, now, today, zone)
        )
        return [key for _, _, key in heapq.merge(singles, series)]

    def _series_tasks(
        self, row: dict[str, Any], taken: set[datetime], view: str, now: datetime, today: date, zone: tzinfo
    ) -> builtins.list[_Task]:
        """A series in an open-ended view: its last passed occurrence when overdue, its next one when upcoming.

        Looked for in widening windows (a week, five weeks, a year and a bit): most series recur weekly, and a year
        of a daily one is hundreds of starts to work out."""
        out: builtins.list[_Task] = []
        floating = _floating(row)
        if view in ("overdue", "all"):
            for span in _SPANS:
                passed = [(s, e) for s, e in series_starts(row, Window(now - span, now + _DAY, zone)) if s <= now]
                if passed:
                    start, end = passed[-1]
                    if start not in taken and is_overdue("scheduled", start, end, floating, now, today):
                        out.append(_task(_Found(row, start, end, row["id"], start)))
                    break
        if view in ("upcoming", "all"):
            lower = now if not floating else datetime.combine(today, datetime.min.time(), UTC)
            for span in _SPANS:
                ahead = [
                    (s, e)
                    for s, e in series_starts(row, Window(lower, lower + span, zone))
                    if s not in taken and not is_overdue("scheduled", s, e, floating, now, today)
                ]
                if ahead:
                    start, end = ahead[0]
                    out.append(_task(_Found(row, start, end, row["id"], start)))
                    break
        return out

    def _sort_key(self, order: str) -> Any:
        """A series task's sort value, as `_SQL_ORDERS` computes it for the rest."""
        if order == "start":
            return lambda row: ""
        if order == "priority":
            return lambda row: _PRIORITY_RANK.get(row["priority"], 1)
        if order == "subject":
            return lambda row: fold(row["subject"])
        names = {t.id: fold(t.name) for t in self._services.activities.types()}
        return lambda row: names.get(row["type_id"], "")


def _task(found: _Found) -> _Task:
    row = found.row
    if found.series_id is not None and row["id"] == found.series_id and found.recurrence_id is not None:
        key = f"{row['id']}@{iso_utc(found.recurrence_id)}"
    else:
        key = row["id"]
    return _Task(key, found.start, found)


def _action_label(verb: str, count: int) -> str:
    """The change log's label of an action on many tasks ("Clear 3 activities")."""
    return f"{verb} {count} activities" if count != 1 else f"{verb} activity"


def _live(w: Writer, keys: Sequence[str]) -> Iterator[tuple[str, datetime | None, dict[str, Any]]]:
    """(activity id, occurrence or None, its row) of each task named whose activity is not in the Trash."""
    for key in keys:
        record_id, occurrence = _split(key)
        row = w.get(RecordType.ACTIVITY, record_id)
        if row["deleted_at"] is None:
            yield record_id, occurrence, row


def _split(key: str) -> tuple[str, datetime | None]:
    record_id, _, at = key.partition("@")
    return record_id, _parse_time(at.removesuffix("Z").replace("T", " ")) if at else None


def _taken(conn: Any) -> dict[str, set[datetime]]:
    """By series, the occurrences that have an exception (changed, cleared or skipped): not the series' to list."""
    result = conn.exec_driver_sql(
        "SELECT series_id, recurrence_id FROM activity WHERE series_id IS NOT NULL AND deleted_at IS NULL"
    )
    out: dict[str, set[datetime]] = {}
    for series_id, occurrence in result:
        if occurrence is not None:
            out.setdefault(series_id, set()).add(_parse_time(occurrence))
    return out


def _floating(row: dict[str, Any]) -> bool:
    return bool(row["timeless"] or row["all_day"])


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(tzinfo=zone).astimezone(UTC)


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _next_day(month: int | None, day: int | None, span: Sequence[date]) -> date | None:
    if month is None or day is None:
        return None
    for candidate in span:
        if (candidate.month, candidate.day) == (month, day):
            return candidate
        if (month, day) == (2, 29) and (candidate.month, candidate.day) == (2, 28) and not _leap(candidate.year):
            return candidate
    return None
