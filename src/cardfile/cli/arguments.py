"""Turning command-line text into values: labelled entries, points in time, dates, key=value pairs.

Pure functions without I/O, so they are tested in-process. Syntax errors raise `argparse.ArgumentTypeError`
(argparse turns them into a usage error, exit status 2); whether a value fits a field is the domain's business.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

# A label is a leading word of letters (spaces, '-' and '_' may join words) right before the first '='; a trailing
# '*' marks the preferred entry. Anything else before '=' belongs to the value, so '+1 555=0102' stays a value.
_LABELLED = re.compile(r"^\s*(?P<label>[^\W\d_]+(?:[ _-][^\W\d_]+)*)?\s*(?P<star>\*)?\s*=(?P<value>.*)$", re.DOTALL)

ADDRESS_PARTS = ("street", "locality", "region", "postcode", "country")


@dataclass(frozen=True, slots=True)
class Labelled:
    """One `LABEL=VALUE` (or plain `VALUE`) command-line entry."""

    value: str
    label: str = ""
    preferred: bool = False

    def entry(self) -> dict[str, Any]:
        return {"value": self.value, "label": self.label, "preferred": self.preferred}


def split_label(text: str) -> Labelled:
    """'cell=+354 555 1234' -> label 'cell', value '+354 555 1234'; 'work*=a@b.is' is the preferred entry.

    Only a leading word of letters counts as a label, so a value that itself holds '=' after digits or symbols
    is kept whole; to store a value whose start looks like a label, give one: 'other=a=b@example.com'.
    """
    match = _LABELLED.match(text)
    if match is None or (match["label"] is None and match["star"] is None):
        return Labelled(text.strip())
    return Labelled(match["value"].strip(), (match["label"] or "").strip(), bool(match["star"]))


def entries(texts: list[str] | None) -> list[dict[str, Any]] | None:
    """Labelled entries from repeated options; None when the option was not given, [] when given empty."""
    if texts is None:
        return None
    return [split_label(t).entry() for t in texts if t.strip()]


def address_entries(texts: list[str] | None) -> list[dict[str, Any]] | None:
    """Postal addresses written 'LABEL=street;city;region;postcode;country' (trailing parts may be left out)."""
    if texts is None:
        return None
    out: list[dict[str, Any]] = []
    for text in texts:
        if not text.strip():
            continue
        item = split_label(text)
        parts = [p.strip() for p in item.value.split(";")]
        if len(parts) > len(ADDRESS_PARTS):
            raise argparse.ArgumentTypeError(
                f"{text!r}: an address has at most {len(ADDRESS_PARTS)} parts: street;city;region;postcode;country"
            )
        out.append({"label": item.label, "preferred": item.preferred, **dict(zip(ADDRESS_PARTS, parts, strict=False))})
    return out


def tags(texts: list[str] | None) -> list[str] | None:
    """Tags from repeated `--tag`; a comma also separates tags ('--tag vip,golf')."""
    if texts is None:
        return None
    return [tag.strip() for text in texts for tag in text.split(",") if tag.strip()]


def key_values(texts: list[str] | None, what: str = "field") -> dict[str, str]:
    """`NAME=VALUE` pairs (custom fields); an empty VALUE clears the field."""
    out: dict[str, str] = {}
    for text in texts or []:
        name, sep, value = text.partition("=")
        if not sep or not name.strip():
            raise argparse.ArgumentTypeError(f"{text!r}: write the {what} as NAME=VALUE")
        out[name.strip()] = value.strip()
    return out


# ----- time -----


@dataclass(frozen=True, slots=True)
class When:
    """A point in time as typed: `value` is naive when no zone was written (it is then local time)."""

    value: datetime
    date_only: bool = False

    def aware(self, zone: tzinfo | None = None) -> datetime:
        """The time with its zone: as written, else in `zone`, else in the local zone of this computer."""
        if self.value.tzinfo is not None:
            return self.value
        from dateutil import tz  # on use: most commands take no time

        return self.value.replace(tzinfo=zone or tz.tzlocal())

    def end_of_day(self, zone: tzinfo | None = None) -> datetime:
        """For a date alone, the last instant of that day ('--to 2025-03-31' includes the 31st)."""
        start = self.aware(zone)
        return start + timedelta(days=1, microseconds=-1) if self.date_only else start


_RELATIVE_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}


def when(text: str, *, today: date | None = None) -> When:
    """Parse ISO 8601 ('2025-03-04T14:30Z', '2025-03-04 14:30', '2025-03-04') or 'today', 'tomorrow 9:30', 'now'.

    A time without an offset is local time; the caller attaches the zone (`When.aware`).
    """
    cleaned = " ".join(text.split())
    lowered = cleaned.lower()
    if lowered == "now":
        return When(datetime.now().replace(microsecond=0))
    word, _, rest = lowered.partition(" ")
    if word in _RELATIVE_DAYS:
        day = (today or date.today()) + timedelta(days=_RELATIVE_DAYS[word])
        if not rest:
            return When(datetime.combine(day, time()), date_only=True)
        return When(datetime.combine(day, _clock_time(rest, text)))
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", cleaned):
            return When(datetime.combine(date.fromisoformat(cleaned), time()), date_only=True)
        return When(datetime.fromisoformat(cleaned.replace("z", "Z")))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date or time (use 2025-03-04, '2025-03-04 14:30', 2025-03-04T14:30+01:00, "
            "today, 'tomorrow 9:30' or now)"
        ) from None


def _clock_time(text: str, original: str) -> time:
    try:
        return time.fromisoformat(text if len(text) != 4 else f"0{text}")  # '9:30' -> '09:30'
    except ValueError:
        raise argparse.ArgumentTypeError(f"{original!r}: {text!r} is not a time of day (HH:MM)") from None


def calendar_date(text: str) -> date:
    """A calendar date, ISO 8601 ('2025-06-30')."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


@dataclass(frozen=True, slots=True)
class Zone:
    """A time zone as named on the command line; the name is what an activity remembers."""

    name: str
    info: tzinfo


def time_zone(text: str) -> Zone:
    """An IANA time zone name ('Atlantic/Reykjavik', 'America/New_York')."""
    from dateutil import tz

    name = text.strip()
    info = tz.gettz(name) if name else None
    if info is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time zone (for example Europe/Berlin)")
    return Zone(name, info)


def minutes(text: str) -> int:
    """A number of minutes, 0 or more ('45', '90')."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of minutes") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: minutes cannot be negative")
    return value


def percent(text: str) -> int:
    try:
        value = int(text.strip().removesuffix("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a percentage (0–100)") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 100")
    return value


def positive(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be 1 or more")
    return value


def amount(text: str) -> tuple[str, str | None]:
    """'12,500.00' or '12,500.00 EUR': the amount as typed and the currency code, if written after it."""
    parts = text.strip().rsplit(" ", 1)
    if len(parts) == 2 and re.fullmatch(r"[A-Za-z]{3}", parts[1]):
        return parts[0].strip(), parts[1].upper()
    return text.strip(), None
