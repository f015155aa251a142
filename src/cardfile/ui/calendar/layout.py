"""Where a calendar's blocks go, worked out apart from painting so it can be tested and timed on its own.

A day's timed activities overlap: each group of overlapping ones shares the day's width in columns, every block
taking the first column free at its start (the layout Outlook and Google Calendar use). Timeless and all-day
activities go in rows of the strip above the hours; one over several days spans their columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Literal

from cardfile.services.readmodels import Occurrence

Mode = Literal["day", "workweek", "week", "month"]
MODES: tuple[Mode, ...] = ("day", "workweek", "week", "month")
MINUTES_PER_DAY = 24 * 60
SHORTEST_BLOCK = 15  # minutes a block is drawn for at least, so a 0-minute call can still be seen and grabbed


def days_shown(mode: Mode, anchor: date, week_start: int) -> list[date]:
    """The days a view shows around `anchor`: the day, the working week (Monday to Friday, or five days from the
    week's start where it starts on another day), the week, or the month's six weeks."""
    if mode == "day":
        return [anchor]
    if mode == "month":
        first = anchor.replace(day=1)
        start = first - timedelta(days=(first.weekday() - week_start) % 7)
        return [start + timedelta(days=n) for n in range(42)]
    start = anchor - timedelta(days=(anchor.weekday() - week_start) % 7)
    week = [start + timedelta(days=n) for n in range(7)]
    if mode == "workweek":
        return [d for d in week if d.weekday() < 5] if week_start in (0, 6) else week[:5]
    return week


def step(mode: Mode, anchor: date, direction: int) -> date:
    """The anchor of the previous (-1) or next (1) day, week or month."""
    if mode == "day":
        return anchor + timedelta(days=direction)
    if mode in ("week", "workweek"):
        return anchor + timedelta(days=7 * direction)
    month = anchor.year * 12 + anchor.month - 1 + direction
    year, month = divmod(month, 12)
    return date(year, month + 1, 1)


@dataclass(frozen=True, slots=True)
class Block:
    """A timed occurrence's place in a day: minutes from the day's midnight, and its column among the `columns`
    of its group of overlapping blocks."""

    occurrence: Occurrence
    day: date
    top: int  # minutes from midnight
    bottom: int
    column: int
    columns: int


@dataclass(frozen=True, slots=True)
class Strip:
    """A timeless or all-day occurrence in the strip above the hours: its first and last day shown, and its row."""

    occurrence: Occurrence
    first: date
    last: date
    row: int


def local_minutes(moment: datetime, zone: tzinfo, day: date) -> int:
    """Minutes from `day`'s midnight to `moment` in `zone` (negative before it, past 1440 after it)."""
    local = moment.astimezone(zone)
    return int((datetime.combine(local.date(), local.time()) - datetime.combine(day, time())).total_seconds() // 60)


def lay_out_day(
    occurrences: Sequence[Occurrence], day: date, zone: tzinfo, shortest: int = SHORTEST_BLOCK
) -> list[Block]:
    """The blocks of one day's timed occurrences (those that touch the day), packed into columns; each drawn for
    `shortest` minutes at least (the view asks for a line of text), and packed as drawn so none hides another."""
    spans: list[tuple[int, int, Occurrence]] = []
    for o in occurrences:
        if o.floating or o.starts_at is None:
            continue
        top = local_minutes(o.starts_at, zone, day)
        end = o.ends_at if o.ends_at is not None and o.ends_at > o.starts_at else o.starts_at
        bottom = max(local_minutes(end, zone, day), top + shortest)
        if bottom <= 0 or top >= MINUTES_PER_DAY:
            continue
        spans.append((max(top, 0), min(bottom, MINUTES_PER_DAY), o))
    spans.sort(key=lambda s: (s[0], -s[1], s[2].subject))
    out: list[Block] = []
    group: list[tuple[int, int, Occurrence, int]] = []
    group_end = -1
    column_ends: list[int] = []

    def close_group() -> None:
        columns = max((g[3] for g in group), default=-1) + 1
        out.extend(Block(o, day, top, bottom, column, columns) for top, bottom, o, column in group)

    for top, bottom, o in spans:
        if group and top >= group_end:
            close_group()
            group, column_ends = [], []
        column = next((i for i, end in enumerate(column_ends) if end <= top), len(column_ends))
        if column == len(column_ends):
            column_ends.append(bottom)
        else:
            column_ends[column] = bottom
        group.append((top, bottom, o, column))
        group_end = max(group_end, bottom) if len(group) > 1 else bottom
    if group:
        close_group()
    return out


def lay_out_strip(occurrences: Sequence[Occurrence], days: Sequence[date]) -> list[Strip]:
    """Timeless and all-day occurrences in rows, each in the first row free over its days."""
    if not days:
        return []
    first_shown, last_shown = days[0], days[-1]
    items: list[tuple[date, date, Occurrence]] = []
    for o in occurrences:
        if not o.floating or o.starts_at is None:
            continue
        first = o.starts_at.date()
        last = first
        if o.all_day and o.ends_at is not None and o.ends_at.date() > first:
            last = o.ends_at.date() - timedelta(days=1)
        if last < first_shown or first > last_shown:
            continue
        items.append((max(first, first_shown), min(last, last_shown), o))
    items.sort(key=lambda i: (i[0], -(i[1] - i[0]).days, i[2].subject))
    rows: list[date] = []  # the last day taken in each row
    out = []
    for first, last, o in items:
        row = next((n for n, taken in enumerate(rows) if taken < first), len(rows))
        if row == len(rows):
            rows.append(last)
        else:
            rows[row] = last
        out.append(Strip(o, first, last, row))
    return out


def by_day(occurrences: Sequence[Occurrence], zone: tzinfo) -> dict[date, list[Occurrence]]:
    """Timed occurrences by the day they start on in `zone` (a week's worth, looked up per column)."""
    out: dict[date, list[Occurrence]] = {}
    for o in occurrences:
        if o.starts_at is None or o.floating:
            continue
        day = o.starts_at.astimezone(zone).date()
        out.setdefault(day, []).append(o)
        end = o.ends_at
        if end is not None and end.astimezone(zone).date() > day:  # past midnight: on the next days too
            following = day + timedelta(days=1)
            while following <= end.astimezone(zone).date() and following <= day + timedelta(days=6):
                out.setdefault(following, []).append(o)
                following += timedelta(days=1)
    return out


def snap(minutes: float, to: int = 15) -> int:
    """Minutes rounded to the nearest quarter hour (a drag moves in steps a person can aim at)."""
    return int(round(minutes / to) * to)
