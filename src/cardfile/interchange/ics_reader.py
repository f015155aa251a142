"""Reading iCalendar files (RFC 5545): events and to-dos as plain items, each rejected alone when it is broken.

Written for the files people actually have, from Outlook, Google Calendar, Apple Calendar and Thunderbird: a UTF-8
byte-order mark, CRLF or bare LF or CR line ends, folded lines (a fold may split a UTF-8 character), Windows time
zone names in TZID ("W. Europe Standard Time", "(UTC+01:00) Amsterdam, Berlin…"), Lightning's
"/mozilla.org/…/Europe/Berlin", a calendar's X-WR-TIMEZONE for times written without a zone ("floating"), DATE
values for all-day events, RECURRENCE-ID for changed occurrences, EXDATE lists, VALARM triggers before or at a time.

A file that is not iCalendar at all raises NotICalendar. Anything wrong inside one VEVENT or VTODO rejects that item
with the line of its BEGIN and the reason; the other items are read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from cardfile.domain.errors import CardfileError
from cardfile.domain.recurrence import RuleError, check_rule, known_zone
from cardfile.domain.sentences import Sentence
from cardfile.interchange.windows_zones import WINDOWS_ZONES, zone_for_display_name


class NotICalendar(CardfileError):
    code = "not_icalendar"
    template = "{file} is not an iCalendar file ({detail}); nothing was imported."


UNTITLED = "(no title)"  # the subject of an item without one, unless the caller names it in its reader's language


class _ItemProblem(Exception):
    """Raised while reading one item; the item is rejected with this reason (`code`, its template and parameters)."""

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.reason = Sentence(code, template, **params)
        super().__init__(self.reason)


@dataclass(slots=True)
class ContentLine:
    line: int
    name: str
    params: dict[str, list[str]]
    value: str


@dataclass(slots=True)
class Component:
    name: str
    line: int
    properties: list[ContentLine] = field(default_factory=list)
    children: list[Component] = field(default_factory=list)

    def first(self, name: str) -> ContentLine | None:
        return next((p for p in self.properties if p.name == name), None)

    def all(self, name: str) -> list[ContentLine]:
        return [p for p in self.properties if p.name == name]


@dataclass(slots=True)
class CalendarItem:
    """One VEVENT or VTODO, in Cardfile's terms (no I/O, no database).

    Timed items have aware `start`/`end`; all-day and timeless ones have dates. `time_zone` is the IANA zone the item
    recurs in ('' for UTC). `recurrence_id` marks a changed occurrence of the series with the same `uid`."""

    line: int
    kind: Literal["event", "todo"]
    uid: str
    summary: str
    description: str = ""
    location: str = ""
    start: datetime | date | None = None
    end: datetime | date | None = None
    time_zone: str = ""
    all_day: bool = False
    timeless: bool = False
    rrule: str = ""
    exdates: list[datetime | date] = field(default_factory=list)
    recurrence_id: datetime | date | None = None
    alarm_minutes: int | None = None
    priority: str = "normal"
    status: str = "scheduled"
    completed: datetime | None = None
    private: bool = False
    categories: list[str] = field(default_factory=list)
    attendees: list[str] = field(default_factory=list)  # email addresses
    activity_type: str = ""  # Cardfile's own X-CARDFILE-TYPE
    result: str = ""
    outcome: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class RejectedItem:
    line: int
    reason: str


@dataclass(slots=True)
class Calendar:
    items: list[CalendarItem | RejectedItem]
    name: str = ""
    time_zone: str = ""  # X-WR-TIMEZONE


# ----- text to content lines -----

_NAME = re.compile(r"^([A-Za-z0-9-]+)")


def decode(data: bytes) -> str:
    """The file's text: UTF-8 (a BOM skipped), else Windows-1252 as old Outlook exports are."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def content_lines(data: bytes) -> list[ContentLine]:
    """Unfolded content lines, each with the number of the line where it starts. Folds are joined on bytes, so a
    fold inside a UTF-8 character (as some writers fold at 75 bytes) does not garble it."""
    raw = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    physical = re.split(rb"\r\n|\n|\r", raw)
    logical: list[tuple[int, bytes]] = []
    for number, text in enumerate(physical, start=1):
        if text[:1] in (b" ", b"\t") and logical:
            start, head = logical[-1]
            logical[-1] = (start, head + text[1:])
        elif text.strip():
            logical.append((number, text))
    out = []
    for number, text in logical:
        parsed = _parse(number, decode(text))
        if parsed is not None:
            out.append(parsed)
    return out


def _parse(number: int, text: str) -> ContentLine | None:
    match = _NAME.match(text)
    if match is None:
        return None
    name = match.group(1).upper()
    i = match.end()
    params: dict[str, list[str]] = {}
    while i < len(text) and text[i] == ";":
        j = i + 1
        eq = text.find("=", j)
        if eq < 0:
            return None
        key = text[j:eq].strip().upper()
        values: list[str] = []
        k = eq + 1
        while True:
            if k < len(text) and text[k] == '"':
                close = text.find('"', k + 1)
                if close < 0:
                    return None
                values.append(text[k + 1 : close])
                k = close + 1
            else:
                end = k
                while end < len(text) and text[end] not in ",;:":
                    end += 1
                values.append(text[k:end])
                k = end
            if k < len(text) and text[k] == ",":
                k += 1
                continue
            break
        params[key] = values
        i = k
    if i >= len(text) or text[i] != ":":
        return None
    return ContentLine(number, name, params, text[i + 1 :])


def components(lines: list[ContentLine]) -> list[Component]:
    """The tree of BEGIN/END blocks. A block left open or closed by another name is cut where it breaks (its item is
    then rejected as incomplete), so one broken event does not swallow the rest of the file."""
    roots: list[Component] = []
    stack: list[Component] = []
    for line in lines:
        if line.name == "BEGIN":
            block = Component(line.value.strip().upper(), line.line)
            (stack[-1].children if stack else roots).append(block)
            stack.append(block)
        elif line.name == "END":
            wanted = line.value.strip().upper()
            while stack and stack[-1].name != wanted:
                broken = stack.pop()
                broken.properties.append(ContentLine(broken.line, "X-CARDFILE-BROKEN", {}, f"no END:{broken.name}"))
            if stack:
                stack.pop()
        elif stack:
            stack[-1].properties.append(line)
    for broken in stack:
        broken.properties.append(ContentLine(broken.line, "X-CARDFILE-BROKEN", {}, f"no END:{broken.name}"))
    return roots


# ----- the calendar -----


def read_calendar(data: bytes, filename: str = "", *, local_zone: str = "UTC", untitled: str = UNTITLED) -> Calendar:
    """Every VEVENT and VTODO of the file's calendars. `local_zone` places times written without a zone when the
    calendar does not name one (X-WR-TIMEZONE); `untitled` is the subject of an item without a title or a place
    (the window gives it in the reader's language: it is stored as the activity's subject)."""
    lines = content_lines(data)
    roots = [c for c in components(lines) if c.name == "VCALENDAR"]
    if not roots:
        head = decode(data[:200]).strip().splitlines()[:1]
        detail = f"it starts with {head[0][:40]!r}" if head else "it is empty"
        raise NotICalendar(
            file=filename, detail=f"no BEGIN:VCALENDAR; {detail}", reason="no_begin" if head else "empty"
        )
    items: list[CalendarItem | RejectedItem] = []
    name = zone = ""
    for root in roots:
        name = name or _text(root.first("X-WR-CALNAME"))
        calendar_zone = _zone_name(_text(root.first("X-WR-TIMEZONE"))) or ""
        zone = zone or calendar_zone
        zones = {_text(tz.first("TZID")): tz for tz in root.children if tz.name == "VTIMEZONE"}
        context = _Context(zones, calendar_zone or local_zone, calendar_zone, untitled)
        for child in root.children:
            if child.name not in ("VEVENT", "VTODO"):
                continue
            try:
                items.append(_item(child, context))
            except _ItemProblem as problem:
                items.append(RejectedItem(child.line, problem.reason))
    return Calendar(items, name, zone)


@dataclass(slots=True)
class _Context:
    zones: dict[str, Component]
    floating_zone: str
    calendar_zone: str = ""
    untitled: str = "(no title)"


def _item(block: Component, context: _Context) -> CalendarItem:
    broken = block.first("X-CARDFILE-BROKEN")
    if broken is not None:
        raise _ItemProblem("item_incomplete", "the {block} is incomplete (no END:{block})", block=block.name)
    kind: Literal["event", "todo"] = "todo" if block.name == "VTODO" else "event"
    uid = _text(block.first("UID"))
    summary = _text(block.first("SUMMARY")).strip() or _text(block.first("LOCATION")).strip()
    item = CalendarItem(block.line, kind, uid, summary or context.untitled)
    item.description = _text(block.first("DESCRIPTION"))
    item.location = _text(block.first("LOCATION"))
    start_line = block.first("DTSTART")
    due_line = block.first("DUE") if kind == "todo" else None
    if kind == "event" and start_line is None:
        raise _ItemProblem("no_start", "the event has no start (DTSTART)")
    first_line = start_line or due_line
    start = _when(first_line, context) if first_line is not None else None
    if start is not None:
        value, zone = start
        item.start, item.time_zone = value, zone
        if isinstance(value, date) and not isinstance(value, datetime):
            item.all_day = kind == "event"
            item.timeless = kind == "todo"
    end_line = block.first("DTEND") if kind == "event" else (due_line if start_line is not None else None)
    if end_line is not None and item.start is not None:
        end, _ = _when(end_line, context)
        if type(end) is not type(item.start) and not (isinstance(end, datetime) and isinstance(item.start, datetime)):
            raise _ItemProblem(
                "end_kind", "line {line}: the end is a date and the start a time, or the other way", line=end_line.line
            )
        if end < item.start:
            raise _ItemProblem("ends_before_start", "line {line}: it ends before it starts", line=end_line.line)
        item.end = end
        if kind == "todo" and isinstance(end, date) and not isinstance(end, datetime):
            item.start, item.end = end, None  # a to-do is due on a day: that is its date
    duration = block.first("DURATION")
    if duration is not None and item.end is None and isinstance(item.start, datetime | date):
        length = _duration(duration)
        item.end = item.start + length
    if item.all_day and item.end is None and isinstance(item.start, date):
        item.end = item.start + timedelta(days=1)
    rule = block.first("RRULE")
    if rule is not None:
        if item.start is None:
            raise _ItemProblem("rule_without_start", "line {line}: a repeating item needs a start", line=rule.line)
        try:
            item.rrule = check_rule(rule.value)
        except RuleError as exc:
            raise _ItemProblem("bad_rule", "line {line}: {problem}", line=rule.line, problem=str(exc)) from None
    for exdate in block.all("EXDATE"):
        for part in exdate.value.split(","):
            if part.strip():
                item.exdates.append(_when(ContentLine(exdate.line, "EXDATE", exdate.params, part.strip()), context)[0])
    recurrence = block.first("RECURRENCE-ID")
    if recurrence is not None:
        item.recurrence_id = _when(recurrence, context)[0]
    if item.rrule and not item.time_zone and isinstance(item.start, datetime) and context.calendar_zone:
        # Google writes some series in UTC and names the calendar's zone apart: they recur in that zone.
        item.time_zone = context.calendar_zone
    item.alarm_minutes = _alarm(block, item)
    item.priority = _priority(_text(block.first("PRIORITY")))
    status = _text(block.first("STATUS")).upper()
    if status == "CANCELLED":
        item.status = "cancelled"
    elif status == "COMPLETED" or block.first("COMPLETED") is not None:
        item.status = "done"
        completed = block.first("COMPLETED")
        if completed is not None:
            when, _ = _when(completed, context)
            item.completed = when if isinstance(when, datetime) else None
    own_status = _text(block.first("X-CARDFILE-STATUS")).lower()
    if own_status in ("scheduled", "done", "cancelled"):
        item.status = own_status
    item.private = _text(block.first("CLASS")).upper() in ("PRIVATE", "CONFIDENTIAL")
    item.categories = [c.strip() for line in block.all("CATEGORIES") for c in _split_text(line.value) if c.strip()]
    item.attendees = [
        a.value.split(":", 1)[1].strip() for a in block.all("ATTENDEE") if a.value.lower().startswith("mailto:")
    ]
    item.activity_type = _text(block.first("X-CARDFILE-TYPE"))
    item.result = _text(block.first("X-CARDFILE-RESULT"))
    item.outcome = _text(block.first("X-CARDFILE-OUTCOME"))
    if _text(block.first("X-CARDFILE-TIMELESS")).upper() == "TRUE" and isinstance(item.start, date):
        item.all_day, item.timeless, item.end = False, True, None
    if not uid:
        item.warnings.append(Sentence("no_uid", "it has no UID: importing it again will make a second copy"))
    return item


def _when(line: ContentLine, context: _Context) -> tuple[datetime | date, str]:
    """A DATE or DATE-TIME value and the zone it is in ('' for UTC and dates)."""
    value = line.value.strip()
    is_date = "DATE" in [v.upper() for v in line.params.get("VALUE", [])] or re.fullmatch(r"\d{8}", value)
    try:
        if is_date:
            return datetime.strptime(value[:8], "%Y%m%d").date(), ""
        if value.endswith("Z") or value.endswith("z"):
            return datetime.strptime(value[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC), ""
        naive = datetime.strptime(value[:15], "%Y%m%dT%H%M%S")
    except ValueError:
        raise _ItemProblem(
            "not_a_time",
            "line {line}: {property} {value!r} is not a date or time",
            line=line.line,
            property=line.name,
            value=value,
        ) from None
    tzid = (line.params.get("TZID") or [""])[0]
    zone = _zone_name(tzid) if tzid else context.floating_zone
    if zone is None:
        zone = _zone_of_definition(context.zones.get(tzid))
    if zone is None:
        raise _ItemProblem("unknown_zone", "line {line}: unknown time zone {zone!r}", line=line.line, zone=tzid)
    return naive.replace(tzinfo=ZoneInfo(zone)), zone


def _zone_name(text: str) -> str | None:
    """An IANA zone name for a TZID as writers spell it, or None."""
    name = text.strip().strip('"')
    if not name:
        return None
    if "/mozilla.org/" in name or name.startswith("/"):
        name = "/".join(name.rsplit("/", 2)[-2:]) if name.count("/") >= 2 else name.lstrip("/")
    for candidate in (name, WINDOWS_ZONES.get(name), zone_for_display_name(name)):
        if candidate and known_zone(candidate):
            return candidate
    return None


def _zone_of_definition(definition: Component | None) -> str | None:
    """A zone from a VTIMEZONE with an unknown TZID: its X-LIC-LOCATION, else a fixed offset (Etc/GMT±h)."""
    if definition is None:
        return None
    location = _text(definition.first("X-LIC-LOCATION"))
    if location and known_zone(location):
        return location
    offsets = {_text(part.first("TZOFFSETTO")) for part in definition.children}
    if len(offsets) == 1:
        match = re.fullmatch(r"([+-])(\d\d)00", offsets.pop().strip())
        if match:
            hours = int(match.group(2))
            return "UTC" if hours == 0 else f"Etc/GMT{'-' if match.group(1) == '+' else '+'}{hours}"
    return None


_DURATION = re.compile(r"^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def _duration(line: ContentLine) -> timedelta:
    match = _DURATION.match(line.value.strip().upper())
    if match is None or line.value.strip().upper() in ("P", "PT", "-P", "+P"):
        raise _ItemProblem(
            "not_a_duration",
            "line {line}: {property} {value!r} is not a duration",
            line=line.line,
            property=line.name,
            value=line.value,
        )
    sign, weeks, days, hours, minutes, seconds = match.groups()
    length = timedelta(
        weeks=int(weeks or 0), days=int(days or 0), hours=int(hours or 0), minutes=int(minutes or 0),
        seconds=int(seconds or 0),
    )  # fmt: skip
    return -length if sign == "-" else length


def _alarm(block: Component, item: CalendarItem) -> int | None:
    """Minutes before the start of the first alarm (a trigger after the start rings at it)."""
    alarms = [c for c in block.children if c.name == "VALARM"]
    # an alarm that pops up (DISPLAY, AUDIO) before one that sends mail (Google writes both)
    alarms.sort(key=lambda a: _text(a.first("ACTION")).upper() not in ("DISPLAY", "AUDIO"))
    for alarm in alarms:
        trigger = alarm.first("TRIGGER")
        if trigger is None:
            continue
        if "DATE-TIME" in [v.upper() for v in trigger.params.get("VALUE", [])]:
            if not isinstance(item.start, datetime):
                continue
            at = datetime.strptime(trigger.value.strip()[:15], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
            minutes = int((item.start - at).total_seconds() // 60)
        else:
            offset = _duration(trigger)
            if [v.upper() for v in trigger.params.get("RELATED", [])] == ["END"] and item.start and item.end:
                offset += item.end - item.start
            minutes = int(-offset.total_seconds() // 60)
        if minutes > 30 * 24 * 60:
            item.warnings.append(
                Sentence(
                    "alarm_capped",
                    "line {line}: an alarm {minutes} minutes ahead is kept as 30 days ahead",
                    line=trigger.line,
                    minutes=minutes,
                )
            )
        return max(0, min(minutes, 30 * 24 * 60))
    return None


def _priority(text: str) -> str:
    if not text.strip().isdigit():
        return "normal"
    value = int(text)
    if 1 <= value <= 4:
        return "high"
    if 6 <= value <= 9:
        return "low"
    return "normal"


def _text(line: ContentLine | None) -> str:
    if line is None:
        return ""
    return unescape(line.value)


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def _split_text(value: str) -> list[str]:
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if ch == ",":
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(unescape("".join(current)))
    return parts
