"""Merge rules shared by the devices and the server: per field, the last writer by hybrid logical clock wins.

Each field of each record is a last-writer-wins register: of all the values ever written to it, the one with the
greatest (HLC, device id) is current, wherever and in whatever order the writes arrive. That makes every replica
converge once it has seen the same writes.

A write that loses to a *concurrent* write is a conflict: its value is not current, and nobody chose to replace
it. The loser is never dropped — it goes to a conflict record that syncs like any other record, so a person can
review it and pick it after all. Two writes are concurrent when neither writer had seen the other's: the server
knows this from the cursor the pushing device had pulled to (`base`), and a device knows it when a pulled write
meets one of its own that it has not pushed yet. A write made after seeing another always carries a greater HLC
(the clock observes every stamp it receives), so it wins, and no conflict is recorded for it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from cardfile.sync.protocol import CONFLICT, CONFLICT_BODY, Entry

_CONFLICT_NAMESPACE = uuid.UUID("6f6e1c2e-3c41-4d0e-9a55-0c4e4f1a7c11")


def wins(a: tuple[int, str], b: tuple[int, str] | None) -> bool:
    """Whether a write stamped `a` (hlc, device) replaces one stamped `b` (None: the field was never written)."""
    return b is None or a > b


@dataclass(frozen=True, slots=True)
class Side:
    """One of the two writes of a conflict."""

    value: str | None  # JSON text, as the change log keeps it
    hlc: int
    device_id: str
    user: str

    def as_json(self) -> dict[str, Any]:
        return {"v": self.value, "h": self.hlc, "d": self.device_id, "u": self.user}

    @classmethod
    def of(cls, entry: Entry) -> Side:
        return cls(entry.value, entry.hlc, entry.device_id, entry.user)

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Side:
        return cls(obj.get("v"), int(obj["h"]), str(obj["d"]), str(obj["u"]))


@dataclass(frozen=True, slots=True)
class ConflictBody:
    """Which field of which record two concurrent writes set, and both values."""

    record_type: str
    record_id: str
    field: str
    winner: Side
    loser: Side

    @property
    def conflict_id(self) -> str:
        """The same for everyone who notices this conflict, so the server and a device never record it twice."""
        key = f"{self.record_id}|{self.field}|{self.loser.hlc}|{self.loser.device_id}"
        return str(uuid.uuid5(_CONFLICT_NAMESPACE, key))

    def to_text(self) -> str:
        return json.dumps(
            {
                "record_type": self.record_type,
                "record_id": self.record_id,
                "field": self.field,
                "winner": self.winner.as_json(),
                "loser": self.loser.as_json(),
            },
            ensure_ascii=False,
            separators=(",", ":"),
        )

    @classmethod
    def from_text(cls, text: str) -> ConflictBody:
        obj = json.loads(text)
        return cls(
            obj["record_type"],
            obj["record_id"],
            obj["field"],
            Side.from_json(obj["winner"]),
            Side.from_json(obj["loser"]),
        )

    def entry(self, *, hlc: int, device_id: str, user: str) -> Entry:
        """The entry that records this conflict, written by whoever noticed it."""
        return Entry(CONFLICT, self.conflict_id, CONFLICT_BODY, self.to_text(), hlc, device_id, user)


def conflict_between(a: Entry | Side, b: Entry | Side, *, record_type: str, record_id: str, field: str) -> ConflictBody:
    """The conflict of two concurrent writes of one field, whichever order they met in."""
    first = a if isinstance(a, Side) else Side.of(a)
    second = b if isinstance(b, Side) else Side.of(b)
    if (first.hlc, first.device_id) > (second.hlc, second.device_id):
        return ConflictBody(record_type, record_id, field, first, second)
    return ConflictBody(record_type, record_id, field, second, first)
