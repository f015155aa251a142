"""Writing iCalendar files (RFC 5545) that Outlook, Google Calendar, Apple Calendar and Thunderbird read.

Every activity with a date is a VEVENT, so every calendar program shows it (Google and Outlook drop VTODO on
import); an undated to-do, which a VEVENT cannot hold, is a VTODO. What iCalendar has no property for (the activity
type, a timeless to-do, a cleared activity's result and outcome) travels in X-CARDFILE- properties, which other
programs keep or ignore and Cardfile reads back. A series is its VEVENT with RRULE and EXDATE (skipped occurrences),
and each changed or cleared occurrence a VEVENT with the same UID and RECURRENCE-ID. Timed activities are written in
their own zone with a VTIMEZONE built from the zone's transitions over the years the file needs.

Lines end in CRLF and are folded at 75 octets without splitting a UTF-8 character.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TextIO
from zoneinfo import ZoneInfo

from cardfile import __version__

PRODID = f"-//Cardfile//Cardfile {__version__}//EN"


@dataclass(slots=True)
class EventOut:
    """One VEVENT (or VTODO) to write; times aware, dates for timeless and all-day ones."""

    uid: str
    summary: str
    start: datetime | date | None
    end: datetime | date | None = None
    time_zone: str = ""
    description: str = ""
    rrule: str = ""
    exdates: list[datetime | date] = field(default_factory=list)
    recurrence_id: datetime | date | None = None
    alarm_minutes: int | None = None
    priority: str = "normal"
    status: str = "scheduled"  # scheduled, done, cancelled
    result: str = ""
    outcome: str = ""
    happened_at: datetime | None = None
    private: bool = False
    activity_type: str = ""  # Cardfile's type key or name
    categories: list[str] = field(default_factory=list)
    attendees: list[tuple[str, str]] = field(default_factory=list)  # (name, email)
    timeless: bool = False
    created: datetime | None = None
    modified: datetime | None = None


def write_calendar(events: Iterable[EventOut], out: TextIO, *, name: str = "Cardfile") -> int:
    """Write a VCALENDAR; returns how many items were written."""
    items = list(events)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    lines.append(f"X-WR-CALNAME:{escape(name)}")
    zones = sorted({e.time_zone for e in items if isinstance(e.start, datetime) and e.time_zone not in ("", "UTC")})
    for zone in zones:
        lines += vtimezone(zone, *_years(items, zone))
    now = datetime.now(UTC)
    for event in items:
        lines += _event(event, now)
    lines.append("END:VCALENDAR")
    for line in lines:
        out.write(fold(line))
    return len(items)


def _years(items: list[EventOut], zone: str) -> tuple[int, int]:
    years = [e.start.year for e in items if isinstance(e.start, datetime) and e.time_zone == zone]
    ends = [
        e.start.year + (10 if e.rrule else 0) for e in items if isinstance(e.start, datetime) and e.time_zone == zone
    ]
    return min(years) - 1, max(ends) + 1


def _event(e: EventOut, now: datetime) -> list[str]:
    todo = e.start is None
    kind = "VTODO" if todo else "VEVENT"
    lines = [f"BEGIN:{kind}", f"UID:{escape(e.uid)}", f"DTSTAMP:{_utc(now)}"]
    if e.created is not None:
        lines.append(f"CREATED:{_utc(e.created)}")
    if e.modified is not None:
        lines.append(f"LAST-MODIFIED:{_utc(e.modified)}")
    if e.recurrence_id is not None:
        lines.append(_time_line("RECURRENCE-ID", e.recurrence_id, e.time_zone))
    if e.start is not None:
        lines.append(_time_line("DTSTART", e.start, e.time_zone))
        if e.end is not None and not e.timeless:
            lines.append(_time_line("DTEND", e.end, e.time_zone))
    lines.append(f"SUMMARY:{escape(e.summary)}")
    if e.description:
        lines.append(f"DESCRIPTION:{escape(e.description)}")
    if e.rrule:
        lines.append(f"RRULE:{e.rrule}")
    for exdate in e.exdates:
        lines.append(_time_line("EXDATE", exdate, e.time_zone))
    if e.priority != "normal":
        lines.append(f"PRIORITY:{1 if e.priority == 'high' else 9}")
    if e.private:
        lines.append("CLASS:PRIVATE")
    if e.status == "cancelled":
        lines.append("STATUS:CANCELLED")
    elif todo and e.status == "done":
        lines.append("STATUS:COMPLETED")
    elif not todo:
        lines.append("STATUS:CONFIRMED")
    if todo and e.status == "done" and e.happened_at is not None:
        lines.append(f"COMPLETED:{_utc(e.happened_at)}")
    if e.categories:
        lines.append("CATEGORIES:" + ",".join(escape(c) for c in e.categories))
    for attendee_name, email in e.attendees:
        cn = f';CN="{attendee_name.replace(chr(34), "")}"' if attendee_name else ""
        lines.append(f"ATTENDEE{cn};ROLE=REQ-PARTICIPANT:mailto:{email}")
    if e.activity_type:
        lines.append(f"X-CARDFILE-TYPE:{escape(e.activity_type)}")
    if e.timeless:
        lines.append("X-CARDFILE-TIMELESS:TRUE")
    if e.status != "scheduled":
        lines.append(f"X-CARDFILE-STATUS:{e.status}")
    if e.result:
        lines.append(f"X-CARDFILE-RESULT:{escape(e.result)}")
    if e.outcome:
        lines.append(f"X-CARDFILE-OUTCOME:{escape(e.outcome)}")
    if e.happened_at is not None and not todo:
        lines.append(f"X-CARDFILE-HAPPENED:{_utc(e.happened_at)}")
    if e.alarm_minutes is not None and e.start is not None:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{escape(e.summary)}",
            f"TRIGGER;RELATED=START:{_lead(e.alarm_minutes)}",
            "END:VALARM",
        ]
    lines.append(f"END:{kind}")
    return lines


def _time_line(name: str, value: datetime | date, zone: str) -> str:
    if not isinstance(value, datetime):
        return f"{name};VALUE=DATE:{value.strftime('%Y%m%d')}"
    if not zone or zone == "UTC":
        return f"{name}:{_utc(value)}"
    local = value.astimezone(ZoneInfo(zone))
    return f"{name};TZID={zone}:{local.strftime('%Y%m%dT%H%M%S')}"


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _lead(minutes: int) -> str:
    if minutes == 0:
        return "PT0S"
    days, rest = divmod(minutes, 1440)
    hours, mins = divmod(rest, 60)
    text = "-P" + (f"{days}D" if days else "")
    if hours or mins:
        text += "T" + (f"{hours}H" if hours else "") + (f"{mins}M" if mins else "")
    return text


def vtimezone(name: str, first_year: int, last_year: int) -> list[str]:
    """A VTIMEZONE for an IANA zone: one STANDARD or DAYLIGHT block per transition in the years given (found by
    stepping a day at a time, then the hour), or one block of the zone's fixed offset when it has none."""
    zone = ZoneInfo(name)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}"]
    start = datetime(max(1900, first_year), 1, 1, tzinfo=UTC)
    end = datetime(min(2200, last_year) + 1, 1, 1, tzinfo=UTC)
    transitions = []
    moment = start
    before = moment.astimezone(zone).utcoffset()
    while moment < end:
        step = moment + timedelta(days=1)
        after = step.astimezone(zone).utcoffset()
        if after != before:
            low, high = moment, step
            while high - low > timedelta(minutes=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == before:
                    low = middle
                else:
                    high = middle
            at = high.replace(second=0, microsecond=0)
            transitions.append((at, before, after, at.astimezone(zone)))
            before = after
        moment = step
    if not transitions:
        here = start.astimezone(zone)
        offset = _offset(here.utcoffset())
        return [*lines, "BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{offset}",
                f"TZOFFSETTO:{offset}", f"TZNAME:{here.tzname()}", "END:STANDARD", "END:VTIMEZONE"]  # fmt: skip
    for at, old, new, local in transitions:
        kind = "DAYLIGHT" if local.dst() else "STANDARD"
        onset = (at + (old or timedelta(0))).replace(tzinfo=None)  # the onset in the local time before it
        lines += [
            f"BEGIN:{kind}",
            f"DTSTART:{onset.strftime('%Y%m%dT%H%M%S')}",
            f"TZOFFSETFROM:{_offset(old)}",
            f"TZOFFSETTO:{_offset(new)}",
            f"TZNAME:{local.tzname()}",
            f"END:{kind}",
        ]
    lines.append("END:VTIMEZONE")
    return lines


def _offset(value: timedelta | None) -> str:
    seconds = int((value or timedelta(0)).total_seconds())
    sign = "+" if seconds >= 0 else "-"
    seconds = abs(seconds)
    return f"{sign}{seconds // 3600:02d}{seconds % 3600 // 60:02d}"


def escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character, ending in CRLF."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line + "\r\n"
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = ch, width, 74  # continuation lines start with a space
        else:
            current += ch
            size += width
    parts.append(current)
    return "\r\n ".join(parts) + "\r\n"
