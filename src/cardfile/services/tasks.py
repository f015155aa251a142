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
from collections.abc import Sequence
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

if TYPE_CHECKING:
    from cardfile.services.container import Services

View = Literal["today", "overdue", "week", "upcoming", "all"]
VIEWS: tuple[View, ...] = ("today", "overdue", "week", "upcoming", "all")
ORDERS = ("start", "subject", "type", "priority")
_PRIORITY_RANK = {"high": 0, "normal": 1, "low": 2}
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class TaskFilter:
    """What the task list's filter bar chooses; empty means everything."""

    type_ids: tuple[str, ...] = ()
    priorities: tuple[str, ...] = ()
    owner: str | None = None
    contact_id: str | None = None

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
            raise ValidationError(field="order", problem=f"{order!r} is not one of {', '.join(ORDERS)}")
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
        where = viewer_zone(zone)
        return {view: len(self._tasks(view, TaskFilter(), where, week_start)) for view in VIEWS}

    def overdue_count(self, *, zone: tzinfo | str | None = None) -> int:
        return len(self._tasks("overdue", TaskFilter(), viewer_zone(zone), 0))

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
        with self._db.write(f"Clear {len(keys)} activities" if len(keys) != 1 else "Clear activity") as w:
            for key in keys:
                record_id, occurrence = _split(key)
                row = w.get(RecordType.ACTIVITY, record_id)
                if row["deleted_at"] is not None:
                    continue
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
        with self._db.write(f"Reschedule {len(keys)} activities" if len(keys) != 1 else "Reschedule activity") as w:
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
            return [_task(f) for f in found if filters.admits(f.row)]
        if view not in ("overdue", "upcoming", "all"):
            raise ValidationError(field="view", problem=f"{view!r} is not one of {', '.join(VIEWS)}")
        extra, params = filters.sql()
        today_utc = datetime.combine(today, datetime.min.time(), UTC)
        where = (
            "a.deleted_at IS NULL AND a.status = 'scheduled' AND a.rrule = '' AND (a.series_id IS NULL OR EXISTS "
            "(SELECT 1 FROM activity s WHERE s.id = a.series_id AND s.deleted_at IS NULL AND s.status = 'scheduled'))"
        )
        if view == "overdue":
            where += " AND a.starts_at < ?"
            params = [_time_column(max(now, today_utc)), *params]
        elif view == "upcoming":
            where += " AND a.starts_at >= ?"
            params = [_time_column(min(now, today_utc) - _DAY), *params]
        out: builtins.list[_Task] = []
        with self._db.read() as conn:
            for row in select_rows(conn, where + extra, params):
                one = _Found(row, row["starts_at"], row["ends_at"], row["series_id"], row["recurrence_id"])
                late = is_overdue(row["status"], row["starts_at"], row["ends_at"], _floating(row), now, today)
                if (view == "overdue" and not late) or (view == "upcoming" and (late or row["starts_at"] is None)):
                    continue
                out.append(_task(one))
            series = select_rows(
                conn, "a.deleted_at IS NULL AND a.status = 'scheduled' AND a.rrule != ''" + extra, filters.sql()[1]
            )
            for row in series:
                out += self._series_tasks(conn, row, view, now, today, zone)
        return out

    def _series_tasks(
        self, conn: Any, row: dict[str, Any], view: str, now: datetime, today: date, zone: tzinfo
    ) -> builtins.list[_Task]:
        """A series in an open-ended view: its last passed occurrence when overdue, its next one when upcoming."""
        out: builtins.list[_Task] = []
        taken = _taken(conn, row["id"])
        if view in ("overdue", "all"):
            lookback = Window(now - timedelta(days=400), now + _DAY, zone)
            passed = [(s, e) for s, e in series_starts(row, lookback) if s <= now]
            if passed:
                start, end = passed[-1]
                if start not in taken and is_overdue("scheduled", start, end, _floating(row), now, today):
                    out.append(_task(_Found(row, start, end, row["id"], start)))
        if view in ("upcoming", "all"):
            lower = now if not _floating(row) else datetime.combine(today, datetime.min.time(), UTC)
            ahead = Window(lower, lower + timedelta(days=400), zone)
            for start, end in series_starts(row, ahead):
                if start in taken:
                    continue
                if is_overdue("scheduled", start, end, _floating(row), now, today):
                    continue
                out.append(_task(_Found(row, start, end, row["id"], start)))
                break
        return out

    def _sort_key(self, order: str) -> Any:
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


def _split(key: str) -> tuple[str, datetime | None]:
    record_id, _, at = key.partition("@")
    return record_id, _parse_time(at.removesuffix("Z").replace("T", " ")) if at else None


def _taken(conn: Any, series_id: str) -> set[datetime]:
    """The occurrences of a series that have an exception (changed, cleared or skipped): not the series' to list."""
    result = conn.exec_driver_sql(
        "SELECT recurrence_id FROM activity WHERE series_id = ? AND deleted_at IS NULL", (series_id,)
    )
    return {_parse_time(r[0]) for r in result if r[0] is not None}


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
