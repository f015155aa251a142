"""The month view's lean read: for each day of a month grid, how many activities fall on it and the first few.

A month of a busy calendar holds fifteen thousand occurrences, and building a read model for each costs more than
the whole view may take; a month cell shows a handful and "+N more". So SQLite counts the one-off activities per
day and hands over only the first few of each (a window function), and the recurring series are expanded for their
counts with read models made only for the occurrences that make a day's first few.

A timed activity falls on the day of its start in the viewer's zone; the zone's offset can change within a month
(daylight saving), so the day is worked out in SQL from the offsets in force between the zone's transitions. A
timeless or all-day activity falls on its date (an all-day one over several days, on each of them); a timed one
is counted on the day it starts. Cleared activities are counted too (the calendar shows them); skipped occurrences
are not. The days, counts and overdue counts agree with `ActivityService.occurrences` over the same range (a test
checks it).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Connection

from cardfile.domain.values import ActivityStatus
from cardfile.services.activities import (
    _ROW_COLUMNS,
    LONGEST_ACTIVITY,
    Window,
    _exception_keys,
    _Found,
    _row,
    _time_column,
    finish,
    is_overdue,
    select_rows,
    series_starts,
)
from cardfile.services.readmodels import ActivityTypeRead, Occurrence

_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class DayCount:
    """One day of a month view: how many occurrences fall on it, how many of them are overdue, and the first
    `per_day` of them (timeless and all-day ones first, then by start)."""

    day: date
    count: int
    overdue: int
    first: tuple[Occurrence, ...]

    @property
    def more(self) -> int:
        """How many are not among `first` ("+3 more")."""
        return self.count - len(self.first)


def offsets(zone: tzinfo, start: datetime, end: datetime) -> list[tuple[datetime, timedelta]]:
    """The zone's UTC offsets over [start, end): (from this instant, this offset), the first from `start`.

    Found by stepping hour by hour and narrowing each change to the minute: zones change their offsets on the hour
    or half hour, and a month holds one or two changes at most."""
    out: list[tuple[datetime, timedelta]] = []
    current = start.astimezone(zone).utcoffset() or timedelta(0)
    out.append((start, current))
    step = timedelta(hours=1)
    at = start
    while at < end:
        following = min(at + step, end)
        offset = following.astimezone(zone).utcoffset() or timedelta(0)
        if offset != current:
            low, high = at, following
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if (middle.astimezone(zone).utcoffset() or timedelta(0)) == current:
                    low = middle
                else:
                    high = middle
            out.append((high.replace(second=0, microsecond=0), offset))
            current = offset
        at = following
    return out


def _day_expression(changes: Sequence[tuple[datetime, timedelta]]) -> tuple[str, list[Any]]:
    """SQL for the viewer's day of an activity row `a`: a timed one's start shifted by the offset in force then, a
    timeless or all-day one's stored date (00:00 UTC of it)."""
    params: list[Any] = []
    cases = []
    for (_, offset), (until, _) in itertools.pairwise(changes):
        cases.append("WHEN a.starts_at < ? THEN ?")
        params += [_time_column(until), f"{int(offset.total_seconds() // 60):+d} minutes"]
    last = f"{int(changes[-1][1].total_seconds() // 60):+d} minutes"
    shift = f"CASE {' '.join(cases)} ELSE ? END" if cases else "?"
    params.append(last)
    return f"date(a.starts_at, CASE WHEN a.timeless OR a.all_day THEN '+0 minutes' ELSE {shift} END)", params


# One-off activities (and the exceptions of live series) of the grid's range, less the all-day ones over several
# days (counted on each of their days, apart).
_ONE_OFF = (
    "a.starts_at >= ? AND a.starts_at < ? AND +a.deleted_at IS NULL AND a.rrule = '' AND a.status != 'skipped' "
    "AND NOT (a.all_day AND a.ends_at > datetime(a.starts_at, '+1 day')) "
    "AND (a.series_id IS NULL OR EXISTS (SELECT 1 FROM activity s WHERE s.id = a.series_id AND s.deleted_at IS NULL "
    "AND (a.status != 'scheduled' OR s.status = 'scheduled')))"
)


def month_days(
    conn: Connection,
    first_day: date,
    end_day: date,
    *,
    zone: tzinfo,
    types: dict[str, ActivityTypeRead],
    now: datetime,
    per_day: int,
) -> list[DayCount]:
    """The days [first_day, end_day) of a month grid (see the module's docstring)."""
    start = datetime.combine(first_day, datetime.min.time()).replace(tzinfo=zone).astimezone(UTC)
    end = datetime.combine(end_day, datetime.min.time()).replace(tzinfo=zone).astimezone(UTC)
    window = Window(start, end, zone)
    floating_lo = datetime.combine(first_day, datetime.min.time(), UTC)
    floating_hi = datetime.combine(end_day, datetime.min.time(), UTC)
    lo, hi = min(start, floating_lo), max(end, floating_hi)
    today = now.astimezone(zone).date()
    day_sql, day_params = _day_expression(offsets(zone, lo - _DAY, hi + _DAY))
    range_params = [*day_params, _time_column(lo), _time_column(hi)]
    in_grid = "d >= ? AND d < ?"
    grid_params = [first_day.isoformat(), end_day.isoformat()]

    counts: dict[date, int] = {}
    overdue: dict[date, int] = {}
    firsts: dict[date, list[_Found]] = {}
    # the end that makes a timed activity overdue: its end when it has a length, else its start
    finished = "coalesce(CASE WHEN a.ends_at > a.starts_at THEN a.ends_at END, a.starts_at)"
    late = (
        f"a.status = 'scheduled' AND CASE WHEN a.timeless OR a.all_day THEN date(a.starts_at) < ? "
        f"ELSE {finished} <= ? END"
    )
    columns = ", ".join(f"a.{name.strip()}" for name in _ROW_COLUMNS.split(","))
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        # Each day's first few rows, each with its day's count and overdue count: one pass over the month's rows.
        cursor.execute(
            f"SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY d ORDER BY NOT (timeless OR all_day), "
            f"starts_at, subject) AS n, count(*) OVER (PARTITION BY d) AS day_count, sum(late) OVER (PARTITION BY d) "
            f"AS day_late FROM (SELECT {columns}, {day_sql} AS d, {late} AS late FROM activity a WHERE {_ONE_OFF})"
            f" WHERE {in_grid}) WHERE n <= ?",
            (
                *day_params,
                today.isoformat(),
                _time_column(now),
                *range_params[len(day_params) :],
                *grid_params,
                max(per_day, 1),
            ),
        )
        width = len(_ROW_COLUMNS.split(","))
        for values in cursor.fetchall():
            day = date.fromisoformat(values[width])
            counts[day] = values[width + 3]
            overdue[day] = int(values[width + 4] or 0)
            if values[width + 2] <= per_day:
                row = _row(values[:width])
                firsts.setdefault(day, []).append(
                    _Found(row, row["starts_at"], row["ends_at"], row["series_id"], row["recurrence_id"])
                )
    finally:
        cursor.close()

    def add(found: _Found, day: date) -> None:
        counts[day] = counts.get(day, 0) + 1
        row = found.row
        floating = bool(row["timeless"] or row["all_day"])
        if is_overdue(row["status"], found.start, found.end, floating, now, today):
            overdue[day] = overdue.get(day, 0) + 1
        firsts.setdefault(day, []).append(found)

    # all-day activities over several days: on each of their days
    for row in select_rows(
        conn,
        "a.all_day AND a.rrule = '' AND a.ends_at > datetime(a.starts_at, '+1 day') AND a.starts_at < ? "
        "AND a.ends_at > ? AND +a.deleted_at IS NULL AND a.status != 'skipped'",
        [_time_column(floating_hi), _time_column(floating_lo)],
    ):
        if row["series_id"] and not _series_shows(conn, row):
            continue
        day = max(row["starts_at"].date(), first_day)
        while day < min(row["ends_at"].date(), end_day):
            add(_Found(row, row["starts_at"], row["ends_at"], row["series_id"], row["recurrence_id"]), day)
            day += _DAY

    # the recurring series, expanded
    series_rows = select_rows(conn, "a.rrule != '' AND a.starts_at < ? AND +a.deleted_at IS NULL", [_time_column(hi)])
    live = [s for s in series_rows if s["status"] == ActivityStatus.SCHEDULED]
    suppressed = _exception_keys(conn, [s["id"] for s in live], lo - LONGEST_ACTIVITY, hi + LONGEST_ACTIVITY)
    for series in series_rows:
        if series["status"] != ActivityStatus.SCHEDULED:  # cleared as a whole: history at its first start
            found = _Found(series, series["starts_at"], series["ends_at"], None, None)
            if series["starts_at"] is not None and first_day <= _day_of(found, zone) < end_day:
                add(found, _day_of(found, zone))
            continue
        for occurrence_start, occurrence_end in series_starts(series, window):
            if (series["id"], occurrence_start) in suppressed:
                continue
            found = _Found(series, occurrence_start, occurrence_end, series["id"], occurrence_start)
            day = _day_of(found, zone)
            if first_day <= day < end_day:
                add(found, day)

    out = []
    day = first_day
    while day < end_day:
        first_few = sorted(firsts.get(day, ()), key=_order)[:per_day]
        shown = finish(conn, first_few, types, people=False, now=now, zone=zone) if first_few else []
        shown.sort(key=lambda o: (not o.floating, o.starts_at, o.subject))
        out.append(DayCount(day, counts.get(day, 0), overdue.get(day, 0), tuple(shown)))
        day += _DAY
    return out


def _series_shows(conn: Connection, row: dict[str, Any]) -> bool:
    """Whether an exception's series lets it show (the series is live; a scheduled exception needs a scheduled
    series, as `occurrences_in` decides)."""
    found = conn.exec_driver_sql("SELECT deleted_at, status FROM activity WHERE id = ?", (row["series_id"],)).first()
    if found is None or found[0] is not None:
        return False
    return row["status"] != "scheduled" or found[1] == "scheduled"


def _day_of(found: _Found, zone: tzinfo) -> date:
    row = found.row
    assert found.start is not None
    if row["timeless"] or row["all_day"]:
        return found.start.date()
    return found.start.astimezone(zone).date()


def _order(found: _Found) -> tuple[Any, ...]:
    row = found.row
    return (not (row["timeless"] or row["all_day"]), found.start, row["subject"])
