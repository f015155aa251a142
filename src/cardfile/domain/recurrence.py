"""Recurring activities: RFC 5545 rules, the choices a schedule dialog offers, and expansion in the series' zone.

A series is expanded in wall-clock time of its own time zone with python-dateutil, then each start is placed in
UTC with zoneinfo: a weekly 9:00 meeting stays at 9:00 local time across a daylight-saving change. RFC 5545's rules
for local times that do not exist or exist twice are zoneinfo's with fold=0: a start in the spring gap is read with
the offset before the gap (2:30 becomes 3:30), and one in the autumn overlap is its first occurrence. A monthly rule
on the 31st skips months without one, and a yearly rule on 29 February skips the years without one (RFC 5545 §3.3.10:
invalid dates are ignored). Timeless and all-day series recur on dates ("floating" in RFC 5545's words).

dateutil walks a rule from its first start, so a daily series three years old costs a thousand steps to reach this
month. `starts_between` starts the walk a period before the window instead, on a start the rule would give anyway
(rules without COUNT only: a count is counted from the very first start); a test checks it against the plain walk.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")  # index 0 is Monday, as date.weekday()
_UNTIL_FORMS = ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%d")
_NTH_WEEKDAY = re.compile(r"^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$")
_PART_NAMES = frozenset(
    {"FREQ", "UNTIL", "COUNT", "INTERVAL", "BYSECOND", "BYMINUTE", "BYHOUR", "BYDAY", "BYMONTHDAY", "BYYEARDAY",
     "BYWEEKNO", "BYMONTH", "BYSETPOS", "WKST"}
)  # fmt: skip
MAX_OCCURRENCES = 10_000  # of one series in one window: a window of years of a daily rule is a mistake, not a view


class RuleError(ValueError):
    """A recurrence rule Cardfile cannot use. `str()` says why in English (the command line prints it); `code` says
    which problem it is and `params` which part of the rule and what value (`part`, `value`), so the app words it in
    the reader's language."""

    def __init__(self, message: str, *, code: str, **params: str) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


def zone_of(name: str) -> ZoneInfo:
    """The zone of an IANA name; '' (an activity that never recorded one) is UTC, the same on every device."""
    if not name:
        return ZoneInfo("UTC")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise RuleError(f"{name!r} is not a time zone", code="not_a_zone", value=name) from None


def local_zone_name() -> str:
    """This computer's time zone as an IANA name (Europe/Berlin), or UTC when it cannot be told."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # an odd system configuration must not stop scheduling
        return "UTC"
    return name if name and known_zone(name) else "UTC"


def known_zone(name: str) -> bool:
    """Whether zoneinfo knows the IANA zone of this name."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


# ----- the rule as text -----


def rule_parts(text: str) -> dict[str, str]:
    """The parts of an RRULE value ('FREQ=WEEKLY;BYDAY=MO'), names upper-case; 'RRULE:' in front is allowed."""
    body = text.strip()
    if body.upper().startswith("RRULE:"):
        body = body[6:]
    parts: dict[str, str] = {}
    for item in body.split(";"):
        if not item.strip():
            continue
        name, sep, value = item.partition("=")
        name = name.strip().upper()
        if not sep or not value.strip():
            raise RuleError(f"{item!r} is not NAME=VALUE", code="not_name_value", value=item.strip())
        if name not in _PART_NAMES:
            raise RuleError(f"{name} is not part of an RFC 5545 recurrence rule", code="unknown_part", part=name)
        if name in parts:
            raise RuleError(f"{name} is given twice", code="part_twice", part=name)
        parts[name] = value.strip().upper()
    return parts


def rule_text(parts: dict[str, str]) -> str:
    """Parts back as text, FREQ first (RFC 5545 allows any order; some readers want FREQ first)."""
    order = ["FREQ", *[name for name in parts if name != "FREQ"]]
    return ";".join(f"{name}={parts[name]}" for name in order if name in parts)


def check_rule(text: str) -> str:
    """The rule as Cardfile stores it, or RuleError: dateutil must read it, it repeats daily at most often (an hourly
    'meeting' fills a calendar), and it does not have both COUNT and UNTIL (RFC 5545 forbids it)."""
    parts = rule_parts(text)
    freq = parts.get("FREQ")
    if freq is None:
        raise RuleError(
            "a recurrence rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)", code="no_frequency", part="FREQ"
        )
    if freq not in FREQUENCIES:
        raise RuleError(
            f"FREQ={freq}: Cardfile repeats activities daily, weekly, monthly or yearly",
            code="frequency_unsupported",
            part="FREQ",
            value=freq,
        )
    if "COUNT" in parts and "UNTIL" in parts:
        raise RuleError("a rule ends either after a COUNT or on an UNTIL date, not both", code="count_and_until")
    if "COUNT" in parts and (not parts["COUNT"].isdigit() or int(parts["COUNT"]) < 1):
        raise RuleError(
            f"COUNT={parts['COUNT']} is not a positive number",
            code="count_not_positive",
            part="COUNT",
            value=parts["COUNT"],
        )
    if "INTERVAL" in parts and (not parts["INTERVAL"].isdigit() or not 1 <= int(parts["INTERVAL"]) <= 1000):
        raise RuleError(
            f"INTERVAL={parts['INTERVAL']} is not a number from 1 to 1000",
            code="interval_range",
            part="INTERVAL",
            value=parts["INTERVAL"],
        )
    if "UNTIL" in parts:
        _parse_until(parts["UNTIL"])
    _check_possible(parts)
    normalized = rule_text(parts)
    try:
        rrulestr(_with_local_until(parts, None), dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError, KeyError) as exc:
        raise RuleError(
            f"{normalized!r} is not an RFC 5545 recurrence rule ({exc})", code="not_a_rule", value=normalized
        ) from None
    return normalized


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _check_possible(parts: dict[str, str]) -> None:
    """Refuse a rule whose months never have its days (30 February): dateutil would walk to the year 9999 looking
    for an occurrence every time a calendar is drawn."""
    if "BYMONTHDAY" not in parts:
        return
    try:
        days = [int(d) for d in parts["BYMONTHDAY"].split(",")]
        months = [int(m) for m in parts["BYMONTH"].split(",")] if "BYMONTH" in parts else list(range(1, 13))
    except ValueError:
        return  # dateutil says what is wrong with it
    if any(not 1 <= m <= 12 for m in months) or any(d == 0 or not -31 <= d <= 31 for d in days):
        return
    if not any(abs(d) <= _MONTH_DAYS[m - 1] for d in days for m in months):
        raise RuleError(
            "the rule's months never have its days: it never happens",
            code="never_happens",
            part="BYMONTHDAY",
            value=parts["BYMONTHDAY"],
        )


def _parse_until(value: str) -> datetime | date:
    for form in _UNTIL_FORMS:
        try:
            parsed = datetime.strptime(value, form)
        except ValueError:
            continue
        if form.endswith("Z"):
            return parsed.replace(tzinfo=UTC)
        return parsed.date() if form == "%Y%m%d" else parsed
    raise RuleError(
        f"UNTIL={value} is not a date (20250331) or a time (20250331T235959Z)",
        code="until_not_a_date",
        part="UNTIL",
        value=value,
    )


def _with_local_until(parts: dict[str, str], zone: ZoneInfo | None) -> str:
    """The rule with UNTIL as naive wall-clock time of the series (dateutil compares it with the naive starts).

    A UTC UNTIL is moved into `zone`; a date alone means through the end of that day; a naive time is taken as it is.
    """
    if "UNTIL" not in parts:
        return rule_text(parts)
    until = _parse_until(parts["UNTIL"])
    if isinstance(until, datetime) and until.tzinfo is not None:
        local = until.astimezone(zone).replace(tzinfo=None) if zone is not None else until.replace(tzinfo=None)
    elif isinstance(until, datetime):
        local = until
    else:
        local = datetime.combine(until, time(23, 59, 59))
    return rule_text({**parts, "UNTIL": local.strftime("%Y%m%dT%H%M%S")})


# ----- expansion -----


@functools.lru_cache(maxsize=8192)
def _compiled(text: str, dtstart: datetime) -> rrule:
    return rrulestr(text, dtstart=dtstart)


@functools.lru_cache(maxsize=8192)
def _local_parts(rule: str, zone_name: str | None) -> tuple[tuple[str, str], ...]:
    """The rule's parts with UNTIL in the series' wall-clock time (cached: a calendar expands the same rules often)."""
    zone = ZoneInfo(zone_name) if zone_name else None
    return tuple(rule_parts(_with_local_until(rule_parts(rule), zone)).items())


def starts_between(
    rule: str, start: datetime, after: datetime, before: datetime, *, zone_name: str | None = None
) -> list[datetime]:
    """The starts in [after, before) of a series whose first start is `start`, all naive wall-clock times of the
    series (`zone_name` only places a UTC UNTIL among them; None for a floating series).

    `start` itself is always the first occurrence, as RFC 5545 says, even when the rule would not give it.
    """
    if before <= after:
        return []
    parts = dict(_local_parts(rule, zone_name))
    simple = _simple_starts(parts, start, after, before)
    if simple is not None:
        return simple
    text = rule_text(parts)
    dtstart, moved = start, False
    if "COUNT" not in parts and after - start > timedelta(days=62):
        dtstart, parts = _fast_forward(parts, start, after)
        moved = dtstart != start
        text = rule_text(parts)
    compiled = _compiled(text, dtstart)
    out: list[datetime] = []
    for when in compiled.xafter(after - timedelta(microseconds=1), inc=False):
        if when >= before:
            break
        out.append(when)
        if len(out) >= MAX_OCCURRENCES:
            break
    if not moved and after <= start < before and (not out or out[0] != start):
        out.insert(0, start)
    return out


_SIMPLE_PARTS = frozenset({"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "UNTIL", "WKST"})


def _simple_starts(parts: dict[str, str], start: datetime, after: datetime, before: datetime) -> list[datetime] | None:
    """The starts of the rules a schedule dialog writes (`Recurrence`): daily or weekly on plain weekdays, monthly
    on a day or on the nth weekday, yearly on a date or on the nth weekday of a month. Worked out from the calendar
    over the window rather than walked by dateutil, which takes some 6 µs a start and more per period (a month view
    holds a thousand series). None for any other rule, which dateutil expands. Tests check every form against
    dateutil's own expansion."""
    freq = parts["FREQ"]
    if not _SIMPLE_PARTS.issuperset(parts):
        return None
    interval = int(parts.get("INTERVAL", "1"))
    until = datetime.strptime(parts["UNTIL"], "%Y%m%dT%H%M%S") if "UNTIL" in parts else None
    first = max(after, start)
    if until is not None and until < before:
        before = until + timedelta(microseconds=1)
    if first >= before:
        return []
    clock = start.time()
    lo = first.date().toordinal() - 1
    hi = (before - timedelta(microseconds=1)).date().toordinal()
    days: list[int] | None
    if freq in ("DAILY", "WEEKLY"):
        days = _daily_weekly_days(parts, freq, interval, start.date(), lo, hi)
    else:
        days = _monthly_yearly_days(parts, freq, interval, start.date(), lo, hi)
    if days is None:
        return None
    out = []
    for ordinal in days:
        when = datetime.combine(date.fromordinal(ordinal), clock)
        if first <= when < before:
            out.append(when)
            if len(out) >= MAX_OCCURRENCES:
                break
    if after <= start < before and (not out or out[0] != start):
        out.insert(0, start)
    return out


def _weekday_set(parts: dict[str, str]) -> set[int] | None:
    codes = parts["BYDAY"].split(",")
    if any(code not in WEEKDAYS for code in codes):
        return None
    return {WEEKDAYS.index(code) for code in codes}


def _daily_weekly_days(
    parts: dict[str, str], freq: str, interval: int, start: date, lo: int, hi: int
) -> list[int] | None:
    if "BYMONTHDAY" in parts or "BYMONTH" in parts:
        return None
    weekdays = _weekday_set(parts) if "BYDAY" in parts else {start.weekday()}
    if weekdays is None:
        return None
    origin = start.toordinal()
    out: list[int] = []
    if freq == "DAILY":
        step = interval
        day = origin + max(0, -(-(lo - origin) // step)) * step  # the first day of the series at or after lo
        filtered = "BYDAY" in parts
        while day <= hi:
            if not filtered or (day - 1) % 7 in weekdays:  # ordinal 1 (1 January 1) was a Monday
                out.append(day)
            day += step
        return out
    week_start = WEEKDAYS.index(parts.get("WKST", "MO"))
    first_week = origin - (start.weekday() - week_start) % 7  # the first day of the series' first week
    week = first_week + max(0, (lo - first_week) // (7 * interval)) * 7 * interval
    while week <= hi:
        for offset in range(7):
            day = week + offset
            if (day - 1) % 7 in weekdays and lo <= day <= hi:
                out.append(day)
        week += 7 * interval
    return sorted(out)


def _monthly_yearly_days(
    parts: dict[str, str], freq: str, interval: int, start: date, lo: int, hi: int
) -> list[int] | None:
    nth: tuple[int, int] | None = None
    if "BYDAY" in parts:
        match = _NTH_WEEKDAY.match(parts["BYDAY"])
        if match is None or not match.group(1) or "BYMONTHDAY" in parts or int(match.group(1)) not in (1, 2, 3, 4, -1):
            return None
        nth = (int(match.group(1)), WEEKDAYS.index(match.group(2)))
    if freq == "MONTHLY" and "BYMONTH" in parts:
        return None
    day_of_month = int(parts["BYMONTHDAY"]) if "BYMONTHDAY" in parts and parts["BYMONTHDAY"].isdigit() else None
    if "BYMONTHDAY" in parts and (day_of_month is None or not 1 <= day_of_month <= 31):
        return None
    if nth is None and day_of_month is None:
        day_of_month = start.day
    month_of_year = start.month
    if freq == "YEARLY":
        if "BYMONTH" in parts and not parts["BYMONTH"].isdigit():
            return None
        month_of_year = int(parts.get("BYMONTH", start.month))
        if nth is not None and "BYMONTH" not in parts:
            return None  # yearly on the nth weekday of the year, not of a month
    low, high = date.fromordinal(max(lo, 1)), date.fromordinal(hi)
    out: list[int] = []
    index = low.year * 12 + low.month - 1
    origin = start.year * 12 + start.month - 1
    while index <= high.year * 12 + high.month - 1:
        year, month = divmod(index, 12)
        month += 1
        index += 1
        if freq == "MONTHLY" and (index - 1 - origin) % interval:
            continue
        if freq == "YEARLY" and (month != month_of_year or (year - start.year) % interval):
            continue
        if nth is not None:
            day = _nth_weekday(year, month, *nth)
        elif day_of_month is not None and day_of_month <= calendar.monthrange(year, month)[1]:
            day = date(year, month, day_of_month)
        else:
            continue  # the 31st of a 30-day month, 29 February of a common year: RFC 5545 skips it
        if lo <= day.toordinal() <= hi:
            out.append(day.toordinal())
    return out


def _nth_weekday(year: int, month: int, week: int, weekday: int) -> date:
    if week > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (week - 1))
    last = date(year, month, calendar.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _fast_forward(parts: dict[str, str], start: datetime, target: datetime) -> tuple[datetime, dict[str, str]]:
    """A later first start, at least one period before `target`, from which the rule gives exactly the starts it
    gives from `start` (a rule without COUNT). The parts that the original start implied are spelled out, since the
    later start no longer implies them (a monthly rule on the 31st walks on from the 1st of a month)."""
    freq = parts["FREQ"]
    interval = int(parts.get("INTERVAL", "1"))
    parts = dict(parts)
    if not any(name in parts for name in ("BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY")):
        if freq == "YEARLY":
            parts.setdefault("BYMONTH", str(start.month))
            parts["BYMONTHDAY"] = str(start.day)
        elif freq == "MONTHLY":
            parts["BYMONTHDAY"] = str(start.day)
        elif freq == "WEEKLY":
            parts["BYDAY"] = WEEKDAYS[start.weekday()]
    clock = start.time()
    if freq == "DAILY":
        periods = (target.date() - start.date()).days // interval - 1
        moved = start + timedelta(days=max(0, periods) * interval)
    elif freq == "WEEKLY":
        periods = (target.date() - start.date()).days // (7 * interval) - 1
        moved = start + timedelta(days=max(0, periods) * 7 * interval)
    elif freq == "MONTHLY":
        months = (target.year - start.year) * 12 + target.month - start.month
        periods = max(0, months // interval - 1)
        total = start.month - 1 + periods * interval
        moved = datetime.combine(date(start.year + total // 12, total % 12 + 1, 1), clock) if periods else start
    else:
        periods = max(0, (target.year - start.year) // interval - 1)
        moved = datetime.combine(date(start.year + periods * interval, 1, 1), clock) if periods else start
    return moved, parts


def is_start(rule: str, start: datetime, candidate: datetime, *, zone_name: str | None = None) -> bool:
    """Whether the series gives a start at `candidate` (naive wall-clock time)."""
    found = starts_between(rule, start, candidate, candidate + timedelta(microseconds=1), zone_name=zone_name)
    return bool(found)


def next_start(rule: str, start: datetime, after: datetime, *, zone_name: str | None = None) -> datetime | None:
    """The first start strictly after `after`, or None when the series has ended."""
    if after < start:
        return start
    last = last_start(rule, start, zone_name=zone_name)
    if last is not None and last <= after:
        return None
    window = timedelta(days=400)
    lower = after + timedelta(microseconds=1)
    for _ in range(30):  # a yearly rule on 29 February waits up to eight years for its next start
        found = starts_between(rule, start, lower, lower + window, zone_name=zone_name)
        if found:
            return found[0]
        lower += window
    return None


def last_start(rule: str, start: datetime, *, zone_name: str | None = None) -> datetime | None:
    """The last start of a series that ends (COUNT or UNTIL), or None for one that goes on for ever."""
    parts = rule_parts(rule)
    if "COUNT" not in parts and "UNTIL" not in parts:
        return None
    text = rule_text(dict(_local_parts(rule, zone_name)))
    last = None
    for n, when in enumerate(_compiled(text, start)):
        last = when
        if n >= MAX_OCCURRENCES * 10:
            break
    if last is None or last < start:
        return start
    return last


# ----- the choices of a schedule dialog -----

Frequency = Literal["daily", "weekly", "monthly", "yearly"]
Ending = Literal["never", "on", "after"]


@dataclass(frozen=True, slots=True)
class Recurrence:
    """How a series repeats, as a schedule dialog offers it; `rule()` spells it as RFC 5545.

    `weekdays` (0 = Monday) are the days of a weekly series (none: the start's weekday). A monthly or yearly series
    repeats on the start's date (`by_weekday` False: "on the 31st") or on its weekday in the month (True: "on the
    second Tuesday"; `week` 1 to 4, or -1 for the last). It ends never, on a date (`until`, that day included) or
    after `count` occurrences.
    """

    frequency: Frequency
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    by_weekday: bool = False
    week: int = 0  # 0: the start's own week of the month
    ending: Ending = "never"
    until: date | None = None
    count: int | None = None

    def rule(self, start: datetime, *, zone_name: str | None) -> str:
        """The RRULE for a series starting at `start` (naive wall-clock time; `zone_name` None: a floating series)."""
        if self.frequency.upper() not in FREQUENCIES:
            raise RuleError(
                f"{self.frequency!r} is not daily, weekly, monthly or yearly",
                code="frequency_unsupported",
                part="FREQ",
                value=str(self.frequency).upper(),
            )
        if not 1 <= self.interval <= 1000:
            raise RuleError(
                "a series repeats every 1 to 1000 days, weeks, months or years",
                code="interval_range",
                part="INTERVAL",
                value=str(self.interval),
            )
        parts = {"FREQ": self.frequency.upper()}
        if self.interval != 1:
            parts["INTERVAL"] = str(self.interval)
        if self.frequency == "weekly" and self.weekdays:
            if any(not 0 <= d <= 6 for d in self.weekdays):
                raise RuleError("weekdays are 0 (Monday) to 6 (Sunday)", code="weekday_range", part="BYDAY")
            parts["BYDAY"] = ",".join(WEEKDAYS[d] for d in sorted(set(self.weekdays)))
        if self.frequency in ("monthly", "yearly") and self.by_weekday:
            week = self.week or week_of_month(start.date())
            if week not in (1, 2, 3, 4, -1):
                raise RuleError(
                    "the week of the month is 1 to 4, or -1 for the last",
                    code="week_range",
                    part="BYDAY",
                    value=str(week),
                )
            parts["BYDAY"] = f"{week}{WEEKDAYS[start.weekday()]}"
            if self.frequency == "yearly":
                parts["BYMONTH"] = str(start.month)
        if self.ending == "after":
            if not self.count or self.count < 1:
                raise RuleError(
                    "a series that ends after some occurrences needs how many", code="count_missing", part="COUNT"
                )
            parts["COUNT"] = str(self.count)
        elif self.ending == "on":
            if self.until is None:
                raise RuleError("a series that ends on a date needs the date", code="until_missing", part="UNTIL")
            if self.until < start.date():
                raise RuleError("a series cannot end before it starts", code="ends_before_start", part="UNTIL")
            if zone_name is None:
                parts["UNTIL"] = self.until.strftime("%Y%m%d")
            else:
                last = datetime.combine(self.until, time(23, 59, 59)).replace(tzinfo=ZoneInfo(zone_name))
                parts["UNTIL"] = last.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        return check_rule(rule_text(parts))

    @classmethod
    def of(cls, rule: str, start: datetime, *, zone_name: str | None) -> Recurrence | None:
        """The dialog's choices for a stored rule, or None for a rule they cannot express (written by another
        program: the dialog then shows it as it is and keeps it unless a person picks another)."""
        try:
            parts = rule_parts(rule)
        except RuleError:
            return None
        known = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "BYMONTH", "COUNT", "UNTIL", "WKST"}
        if set(parts) - known or parts.get("FREQ") not in FREQUENCIES:
            return None
        frequency: Frequency = parts["FREQ"].lower()  # type: ignore[assignment]
        interval = int(parts.get("INTERVAL", "1")) if parts.get("INTERVAL", "1").isdigit() else 0
        if interval < 1:
            return None
        weekdays: tuple[int, ...] = ()
        by_weekday, week = False, 0
        days = [d for d in parts.get("BYDAY", "").split(",") if d]
        if frequency == "weekly":
            if any(d not in WEEKDAYS for d in days) or "BYMONTHDAY" in parts or "BYMONTH" in parts:
                return None
            weekdays = tuple(WEEKDAYS.index(d) for d in days)
        elif frequency in ("monthly", "yearly"):
            if days:
                match = _NTH_WEEKDAY.match(days[0]) if len(days) == 1 else None
                if match is None or not match.group(1) or WEEKDAYS.index(match.group(2)) != start.weekday():
                    return None
                week = int(match.group(1))
                if week not in (1, 2, 3, 4, -1) or "BYMONTHDAY" in parts:
                    return None
                by_weekday = True
            elif parts.get("BYMONTHDAY", str(start.day)) != str(start.day):
                return None
            if frequency == "yearly" and parts.get("BYMONTH", str(start.month)) != str(start.month):
                return None
            if frequency == "monthly" and "BYMONTH" in parts:
                return None
        elif days or "BYMONTHDAY" in parts or "BYMONTH" in parts:
            return None
        ending: Ending = "never"
        until: date | None = None
        count: int | None = None
        if "COUNT" in parts:
            ending, count = "after", int(parts["COUNT"])
        elif "UNTIL" in parts:
            parsed = _parse_until(parts["UNTIL"])
            if isinstance(parsed, datetime) and parsed.tzinfo is not None:
                parsed = parsed.astimezone(ZoneInfo(zone_name) if zone_name else UTC)
            ending, until = "on", parsed.date() if isinstance(parsed, datetime) else parsed
        return cls(frequency, interval, weekdays, by_weekday, week, ending, until, count)


def week_of_month(day: date) -> int:
    """Which of its weekday the date is in its month: 1 to 4, or -1 when it is the fifth (the last)."""
    week = (day.day - 1) // 7 + 1
    return -1 if week == 5 else week
