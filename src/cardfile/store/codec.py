"""Conversion of field values between Python, SQLite columns and the JSON of change records."""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, DateTime, LargeBinary, Table

from cardfile.domain.text import fold
from cardfile.domain.values import RecordType
from cardfile.store.tables import SYNCED_TABLES
from cardfile.store.times import (  # noqa: F401  (where other modules have always found them)
    _SQLITE_DATETIME,
    as_utc,
    iso_utc,
    parse_utc,
    to_utc_naive,
    utc,
)

# Columns the store derives from a record's other columns and keeps itself: no caller sets them, and they are never
# logged nor synced (every device derives them from the fields it holds). A person's name_key is the shown name
# folded, so the list's Name order walks an index instead of folding 100,000 names for every reload.
DERIVED_COLUMNS = frozenset({"name_key"})


def derived_values(record_type: RecordType, values: Mapping[str, Any]) -> dict[str, Any]:
    """The derived columns that `values` (a row, or the columns a write sets) determine: {} when it sets none."""
    if record_type is RecordType.CONTACT and "display_name" in values:
        return {"name_key": fold(values["display_name"] or "")}
    return {}


@dataclass(frozen=True, slots=True)
class TableCodec:
    record_type: RecordType
    table: Table
    json_columns: frozenset[str]
    datetime_columns: frozenset[str]
    bool_columns: frozenset[str]
    blob_columns: frozenset[str]
    columns: tuple[str, ...]
    defaults: dict[str, Any]

    def to_column(self, name: str, value: Any) -> Any:
        if value is None:
            return None
        if name in self.json_columns:
            return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        if name in self.datetime_columns:
            if isinstance(value, str):
                value = parse_utc(value)
            return to_utc_naive(value).strftime(_SQLITE_DATETIME)
        if name in self.bool_columns:
            return 1 if value else 0
        return value

    def from_change(self, name: str, text: str | None) -> Any:
        """A value as stored in the change log, back in its Python form."""
        if text is None:
            return None
        value = json.loads(text)
        if value is None:
            return None
        if name in self.blob_columns and isinstance(value, dict):
            return base64.b64decode(value["$b64"])
        if name in self.datetime_columns and isinstance(value, str):
            return parse_utc(value)
        return value

    def default(self, name: str) -> Any:
        value = self.defaults.get(name)
        return value() if callable(value) else value


def change_json(value: Any) -> str:
    """A field value as the change log keeps it: JSON, with bytes as base64 and times as ISO 8601 UTC."""
    if isinstance(value, bytes):
        value = {"$b64": base64.b64encode(value).decode("ascii")}
    elif isinstance(value, datetime):
        # Full microseconds: the log must give back the stored value exactly (replay, undo, sync).
        value = to_utc_naive(value).isoformat(timespec="microseconds") + "Z"
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _codec(record_type: RecordType) -> TableCodec:
    model = SYNCED_TABLES[record_type]
    table: Table = model.__table__  # type: ignore[attr-defined]
    kinds: dict[type, set[str]] = {JSON: set(), DateTime: set(), Boolean: set(), LargeBinary: set()}
    for column in table.columns:
        column_type = getattr(column.type, "impl", column.type)  # SQLModel wraps DateTime in UTCDateTime
        for kind, names in kinds.items():
            if isinstance(column_type, kind):
                names.add(column.name)
    defaults: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if info.default_factory is not None:
            defaults[name] = info.default_factory
        elif not info.is_required():
            defaults[name] = info.default
    return TableCodec(
        record_type=record_type,
        table=table,
        json_columns=frozenset(kinds[JSON]),
        datetime_columns=frozenset(kinds[DateTime]),
        bool_columns=frozenset(kinds[Boolean]),
        blob_columns=frozenset(kinds[LargeBinary]),
        columns=tuple(c.name for c in table.columns),
        defaults=defaults,
    )


CODECS: dict[RecordType, TableCodec] = {rt: _codec(rt) for rt in SYNCED_TABLES}
