"""The sync protocol, version 1: the messages a device and the server exchange, and their validation. No I/O.

Everything travels as JSON over HTTP(S). A change travels as an *entry*: one field of one record set to a value,
stamped with a hybrid logical clock, the device and the user — the same thing as a row of the desktop's change
log, so a change needs no translation on its way. The value is carried as the change log's JSON text, untouched.

Besides the record types of the store, entries may name a `conflict` record (see `sync.merge`), and three
special fields mark what is not a field value: `$erased` (the record was erased everywhere), `$hidden` (the record
became private to another user: drop it, it is not erased) and, on a conflict record, `$conflict` (its body).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from cardfile.domain.values import RecordType

PROTOCOL_VERSION = 1
# The oldest protocol this program still speaks; a peer below it is told to upgrade, never overwritten.
MIN_PROTOCOL_VERSION = 1

MAX_REQUEST_BYTES = 16 * 1024 * 1024
MAX_PUSH_ENTRIES = 5000
MAX_PULL_ENTRIES = 5000
DEFAULT_PULL_ENTRIES = 2000

CONFLICT = "conflict"
ERASED = "$erased"
HIDDEN = "$hidden"
CONFLICT_BODY = "$conflict"
RESOLVED = "resolved"

RECORD_TYPES = frozenset(rt.value for rt in RecordType) | {CONFLICT}
_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._:-]{0,63}$")
_FIELD = re.compile(r"^(\$?[a-z][a-z0-9_]{0,62})$")
_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,62}$")
_MAX_HLC = (1 << 63) - 1


class ProtocolError(ValueError):
    """A message that does not follow the protocol: the receiver answers 400 and changes nothing."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


def valid_user_name(name: str) -> bool:
    return bool(_USER.match(name))


@dataclass(frozen=True, slots=True)
class Entry:
    """One field of one record set to a value (JSON text, None for SQL NULL), as the log keeps it."""

    record_type: str
    record_id: str
    field: str
    value: str | None
    hlc: int
    device_id: str
    user: str
    seq: int = 0  # the server's sequence number (pull); the device's change-log seq (push)

    def as_json(self) -> dict[str, Any]:
        return entry_json(
            self.record_type, self.record_id, self.field, self.value, self.hlc, self.device_id, self.user, self.seq
        )

    @property
    def clock(self) -> tuple[int, str]:
        """What orders two writes of one field: the HLC, and the device id to break a tie."""
        return (self.hlc, self.device_id)


def entry_json(
    record_type: str, record_id: str, field: str, value: str | None, hlc: int, device_id: str, user: str, seq: int
) -> dict[str, Any]:
    """An entry's JSON form from its parts, for a server that answers with rows it has not made Entries of."""
    return {"t": record_type, "r": record_id, "f": field, "v": value, "h": hlc, "d": device_id, "u": user, "s": seq}


def _need(obj: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in obj:
        raise ProtocolError(where, f"'{key}' is missing")
    value = obj[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ProtocolError(where, f"'{key}' has the wrong type")
    return value


def entry_from_json(obj: Any, where: str) -> Entry:
    """An entry from its JSON form, checked field by field."""
    if not isinstance(obj, dict):
        raise ProtocolError(where, "an entry must be an object")
    record_type = _need(obj, "t", str, where)
    if record_type not in RECORD_TYPES:
        raise ProtocolError(where, f"unknown record type {record_type!r}")
    record_id = _need(obj, "r", str, where)
    if not _ID.match(record_id):
        raise ProtocolError(where, "malformed record id")
    field = _need(obj, "f", str, where)
    if not _FIELD.match(field):
        raise ProtocolError(where, f"malformed field name {field[:70]!r}")
    value = obj.get("v")
    if value is not None and not isinstance(value, str):
        raise ProtocolError(where, "'v' must be JSON text or null")
    hlc = _need(obj, "h", int, where)
    if not 0 < hlc <= _MAX_HLC:
        raise ProtocolError(where, "'h' is out of range")
    device_id = obj.get("d", "")
    user = obj.get("u", "")
    seq = obj.get("s", 0)
    if not isinstance(device_id, str) or not isinstance(user, str) or not isinstance(seq, int):
        raise ProtocolError(where, "'d', 'u' or 's' has the wrong type")
    return Entry(record_type, record_id, field, value, hlc, device_id, user, seq)


def entries_from_json(items: Any, where: str, limit: int) -> list[Entry]:
    if not isinstance(items, list):
        raise ProtocolError(where, "must be a list")
    if len(items) > limit:
        raise ProtocolError(where, f"more than {limit} entries in one message")
    ids: set[str] = set()  # record ids and field names found well-formed: a page repeats them
    fields: set[str] = set()
    out = []
    for i, item in enumerate(items):
        entry = _plain_entry(item, ids, fields)
        out.append(entry if entry is not None else entry_from_json(item, f"{where}[{i}]"))
    return out


def _plain_entry(obj: Any, ids: set[str], fields: set[str]) -> Entry | None:
    """The usual well-formed entry, checked quickly (a snapshot has a million); None for anything unusual, which
    `entry_from_json` then checks and names."""
    if type(obj) is not dict:
        return None
    record_type, record_id, field, hlc = obj.get("t"), obj.get("r"), obj.get("f"), obj.get("h")
    value, device_id, user, seq = obj.get("v"), obj.get("d", ""), obj.get("u", ""), obj.get("s", 0)
    if not (
        type(record_type) is str
        and record_type in RECORD_TYPES
        and type(record_id) is str
        and type(field) is str
        and type(hlc) is int
        and 0 < hlc <= _MAX_HLC
        and (value is None or type(value) is str)
        and type(device_id) is str
        and type(user) is str
        and type(seq) is int
    ):
        return None
    if record_id not in ids:
        if not _ID.match(record_id):
            return None
        ids.add(record_id)
    if field not in fields:
        if not _FIELD.match(field):
            return None
        fields.add(field)
    return Entry(record_type, record_id, field, value, hlc, device_id, user, seq)


@dataclass(frozen=True, slots=True)
class PushRequest:
    """A numbered batch of a device's changes; `base` is the device's pull cursor when it sent them."""

    batch: int
    base: int
    entries: list[Entry]

    def as_json(self) -> dict[str, Any]:
        return {"batch": self.batch, "base": self.base, "entries": [e.as_json() for e in self.entries]}


def push_from_json(obj: Any) -> PushRequest:
    if not isinstance(obj, dict):
        raise ProtocolError("push", "the body must be an object")
    batch = _need(obj, "batch", int, "push")
    base = _need(obj, "base", int, "push")
    if batch < 1 or base < 0:
        raise ProtocolError("push", "'batch' must be positive and 'base' not negative")
    entries = entries_from_json(obj.get("entries"), "push.entries", MAX_PUSH_ENTRIES)
    for i, e in enumerate(entries):
        # A value that is not JSON would be stored and then break the sync of every device that pulls it.
        if e.value is not None and not _is_json(e.value):
            raise ProtocolError(f"push.entries[{i}]", "'v' is not JSON text")
    return PushRequest(batch, base, entries)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        return False
    return True


def check_versions(peer_protocol: Any) -> str | None:
    """None when a peer speaking `peer_protocol` can sync with us, else the reason in plain words."""
    if not isinstance(peer_protocol, int) or isinstance(peer_protocol, bool):
        return "the peer did not say which sync protocol it speaks"
    if peer_protocol < MIN_PROTOCOL_VERSION:
        return (
            f"the other side speaks sync protocol {peer_protocol}, older than the oldest this Cardfile speaks "
            f"({MIN_PROTOCOL_VERSION}); upgrade it"
        )
    if peer_protocol > PROTOCOL_VERSION:
        return (
            f"the other side speaks sync protocol {peer_protocol}, newer than this Cardfile's ({PROTOCOL_VERSION}); "
            "upgrade Cardfile"
        )
    return None
