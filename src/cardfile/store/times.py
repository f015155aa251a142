"""Times as the database holds them (naive UTC text) and as JSON shows them (ISO 8601 with a Z): no SQLAlchemy, so
the read models and the search's quick read path use them without loading it."""

from __future__ import annotations

from datetime import UTC, datetime

_SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"  # the format SQLAlchemy's SQLite DateTime reads back


def as_utc(value: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken to be UTC already."""
    return value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)


def to_utc_naive(value: datetime) -> datetime:
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value


def utc(value: datetime | None) -> datetime | None:
    """A naive UTC datetime from the database as an aware one."""
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def parse_utc(text: str) -> datetime:
    value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def iso_utc(value: datetime) -> str:
    return to_utc_naive(value).isoformat(timespec="milliseconds") + "Z"


def from_column(text: str | None) -> datetime | None:
    """A datetime column's text as the store reads it back: an aware UTC datetime."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC) if text is not None else None
