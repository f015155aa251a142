"""The sync protocol, version 1: the messages a device and the server exchange, and their validation. No I/O.

Everything travels as JSON over HTTP(S). A change travels as an *entry*: one field of one record set to a value,
stamped with a hybrid logical clock, the device and the user — the same thing as a row of the desktop's change
log, so a change needs no translation on its way. The value is carried as the change log's JSON text, untouched.

A snapshot (a new device's first pull) carries current values only, and it carries them a record at a time: a
page names each record's type and id once, and its fields as short rows, with the writing device and user as
indexes into the page's lists of them (see `snapshot_page`). A snapshot of 100,000 people is over a million field
values; written as entries it was three times the bytes and most of a new device's decoding time.

Besides the record types of the store, entries may name a `conflict` record (see `sync.merge`), and three
special fields mark what is not a field value: `$erased` (the record was erased everywhere), `$hidden` (the record
became private to another user: drop it, it is not erased) and, on a conflict record, `$conflict` (its body).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from cardfile.domain.values import RecordType

PROTOCOL_VERSION = 1
# The oldest protocol this program still speaks; a peer below it is told to upgrade, never overwritten.
MIN_PROTOCOL_VERSION = 1

MAX_REQUEST_BYTES = 16 * 1024 * 1024
MAX_PUSH_ENTRIES = 5000
MAX_PULL_ENTRIES = 5000
DEFAULT_PULL_ENTRIES = 2000
MAX_SNAPSHOT_RECORDS = 5000  # records in one snapshot page
MAX_RECORD_FIELDS = 256  # fields of one record in a snapshot page (a contact has some forty columns)

CONFLICT = "conflict"
ERASED = "$erased"
HIDDEN = "$hidden"
CONFLICT_BODY = "$conflict"
RESOLVED = "resolved"

RECORD_TYPES = frozenset(rt.value for rt in RecordType) | {CONFLICT}
_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._:-]{0,63}\Z")
_FIELD = re.compile(r"^(\$?[a-z][a-z0-9_]{0,62})\Z")
_USER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{0,62}\Z")
_NONCE = re.compile(r"^[A-Za-z0-9_-]{8,64}\Z")
_MAX_HLC = (1 << 63) - 1
MAX_BATCH = (1 << 31) - 1  # batch numbers are kept as 32-bit integers
# The server's own device id, on the writes it makes itself (a refused value restated, a conflict it noticed).
SERVER_DEVICE = "server"

# Why a server overruled (or refused) one write, in a push answer's `overruled` items beside the English `reason`:
# the desktop says it in the reader's language from the code, and never shows a server's own words; a code this
# program does not know is "other".
OVERRULED_CODES = frozenset(
    {
        "private",  # the record was made private by its owner since: the change was not kept
        "give",  # only an administrator gives a record to another user
        "take",  # only an administrator takes a colleague's record (`owner`: whose)
        "owner_only",  # only the record's owner makes it private or public
        "erase",  # only the owner (`owner`) or an administrator erases a record
        "unfit",  # a value no device could hold (its type, size or a reference to nothing)
        "too_large",  # a value too large to send (found by the device itself): it stays on the device
    }
)


class ProtocolError(ValueError):
    """A message that does not follow the protocol: the receiver answers 400 and changes nothing."""

    def __init__(self, where: str, problem: str) -> None:
        self.where = where
        self.problem = problem
        super().__init__(f"{where}: {problem}")


def valid_user_name(name: str) -> bool:
    return bool(_USER.match(name))


def valid_field_name(field: str) -> bool:
    return bool(_FIELD.match(field))


def valid_record_id(record_id: str) -> bool:
    return bool(_ID.match(record_id))


def valid_device_id(device_id: str) -> bool:
    """A device id a device may sign in with: the characters of a record id (no spaces, no control characters),
    and not the id the server writes its own entries under."""
    return bool(_ID.match(device_id)) and device_id.casefold() != SERVER_DEVICE


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
    if not isinstance(device_id, str) or not isinstance(user, str) or type(seq) is not int:
        raise ProtocolError(where, "'d', 'u' or 's' has the wrong type")
    if not 0 <= seq <= _MAX_HLC:
        raise ProtocolError(where, "'s' is out of range")
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
        and 0 <= seq <= _MAX_HLC
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


# ----- snapshot pages -----

# One current field value in a snapshot: (field, value, hlc, device id, user).
FieldValue = tuple[str, "str | None", int, str, str]


@dataclass(frozen=True, slots=True)
class SnapshotRecord:
    """A record's current field values, each with the clock, device and user of the write that set it."""

    record_type: str
    record_id: str
    fields: list[FieldValue]

    def entries(self) -> list[Entry]:
        t, r = self.record_type, self.record_id
        return [Entry(t, r, f, v, h, d, u) for f, v, h, d, u in self.fields]


@dataclass(frozen=True, slots=True)
class SnapshotPage:
    records: list[SnapshotRecord]
    entries: list[Entry]  # on the last page: what a device must drop ($erased, $hidden entries)
    next: str | None  # the record id to ask after for the next page; None on the last page
    cursor: int  # where pulling continues once the last page is applied
    top_hlc: int  # the greatest clock on the page (0 when it has none)

    def all_entries(self) -> list[Entry]:
        """The page as plain entries (what a device that holds some of these records already merges)."""
        return [e for r in self.records for e in r.entries()] + self.entries


def snapshot_page(
    rows: Sequence[Sequence[Any]], hidings: list[dict[str, Any]], next_after: str | None, cursor: int
) -> dict[str, Any]:
    """A snapshot page's JSON form, from (type, id, field, value, hlc, device, user) rows grouped by record (a
    record's rows together, records in page order)::

        {"records": [[type, id, [[field, value, hlc, device, user], …]], …],
         "devices": [device id, …], "users": [user, …],   # a field's device and user index these lists
         "entries": [entry, …], "next": id or null, "cursor": n}
    """
    devices: dict[str, int] = {}
    users: dict[str, int] = {}
    records: list[list[Any]] = []
    current: str | None = None
    fields: list[list[Any]] = []
    for record_type, record_id, field, value, hlc, device_id, user in rows:
        if record_id != current:
            current, fields = record_id, []
            records.append([record_type, record_id, fields])
        d = devices.get(device_id)
        if d is None:
            d = devices[device_id] = len(devices)
        u = users.get(user)
        if u is None:
            u = users[user] = len(users)
        fields.append([field, value, hlc, d, u])
    return {
        "records": records,
        "devices": list(devices),
        "users": list(users),
        "entries": hidings,
        "next": next_after,
        "cursor": cursor,
    }


def snapshot_from_json(obj: Any) -> SnapshotPage:
    """A snapshot page from its JSON form, checked as closely as entries are (a server is trusted no further)."""
    if not isinstance(obj, dict):
        raise ProtocolError("snapshot", "the page must be an object")
    devices, users = obj.get("devices"), obj.get("users")
    if not isinstance(devices, list) or not all(type(d) is str for d in devices):
        raise ProtocolError("snapshot.devices", "must be a list of device ids")
    if not isinstance(users, list) or not all(type(u) is str and valid_user_name(u) for u in users):
        raise ProtocolError("snapshot.users", "must be a list of user names")
    items = obj.get("records")
    if not isinstance(items, list):
        raise ProtocolError("snapshot.records", "must be a list")
    if len(items) > MAX_SNAPSHOT_RECORDS:
        raise ProtocolError("snapshot.records", f"more than {MAX_SNAPSHOT_RECORDS} records in one page")
    next_after, cursor = obj.get("next"), obj.get("cursor")
    if next_after is not None and not (type(next_after) is str and _ID.match(next_after)):
        raise ProtocolError("snapshot.next", "must be a record id or null")
    if type(cursor) is not int or cursor < 0:
        raise ProtocolError("snapshot.cursor", "must be a whole number, not negative")
    known_fields: set[str] = set()
    records: list[SnapshotRecord] = []
    top = 0
    n_devices, n_users = len(devices), len(users)
    for i, item in enumerate(items):
        where = f"snapshot.records[{i}]"
        if type(item) is not list or len(item) != 3:
            raise ProtocolError(where, "a record must be [type, id, fields]")
        record_type, record_id, raw_fields = item
        if type(record_type) is not str or record_type not in RECORD_TYPES:
            raise ProtocolError(where, f"unknown record type {record_type!r}"[:120])
        if type(record_id) is not str or not _ID.match(record_id):
            raise ProtocolError(where, "malformed record id")
        if type(raw_fields) is not list or not 0 < len(raw_fields) <= MAX_RECORD_FIELDS:
            raise ProtocolError(where, f"a record must have 1 to {MAX_RECORD_FIELDS} fields")
        fields: list[FieldValue] = []
        for raw in raw_fields:
            if type(raw) is not list or len(raw) != 5:
                raise ProtocolError(where, "a field must be [field, value, hlc, device, user]")
            field, value, hlc, d, u = raw
            if field not in known_fields:
                if type(field) is not str or not _FIELD.match(field):
                    raise ProtocolError(where, f"malformed field name {str(field)[:70]!r}")
                known_fields.add(field)
            if not (
                (value is None or type(value) is str)
                and type(hlc) is int
                and 0 < hlc <= _MAX_HLC
                and type(d) is int
                and 0 <= d < n_devices
                and type(u) is int
                and 0 <= u < n_users
            ):
                raise ProtocolError(where, f"field {field!r}: a value, clock, device or user of the wrong shape")
            if hlc > top:
                top = hlc
            fields.append((field, value, hlc, devices[d], users[u]))
        records.append(SnapshotRecord(record_type, record_id, fields))
    entries = entries_from_json(obj.get("entries", []), "snapshot.entries", 10 * MAX_PULL_ENTRIES)
    if entries:
        top = max(top, max(e.hlc for e in entries))
    return SnapshotPage(records, entries, next_after, cursor, top)


def new_nonce() -> str:
    return secrets.token_hex(16)


@dataclass(frozen=True, slots=True)
class PushRequest:
    """A numbered batch of a device's changes; `base` is the device's pull cursor when it sent them.

    `nonce` is drawn when the device first sends the batch and kept with it until the server has answered, so a
    batch sent again (its answer lost on the way) carries the same one and gets the stored answer, while another
    database claiming the same number — a restored backup, a copy — carries another and is refused.
    """

    batch: int
    base: int
    entries: list[Entry]
    nonce: str = dataclass_field(default_factory=new_nonce)

    def as_json(self) -> dict[str, Any]:
        return {
            "batch": self.batch,
            "base": self.base,
            "nonce": self.nonce,
            "entries": [e.as_json() for e in self.entries],
        }


def push_from_json(obj: Any) -> PushRequest:
    """A push, checked as a message. Its values are checked one by one by the server, which refuses a value that
    does not fit its field alone (see `domain.field_rules`) rather than the whole batch."""
    if not isinstance(obj, dict):
        raise ProtocolError("push", "the body must be an object")
    batch = _need(obj, "batch", int, "push")
    base = _need(obj, "base", int, "push")
    if not 1 <= batch <= MAX_BATCH:
        raise ProtocolError("push", f"'batch' must be a whole number from 1 to {MAX_BATCH}")
    if not 0 <= base <= _MAX_HLC:
        raise ProtocolError("push", "'base' must be a cursor the server gave")
    nonce = _need(obj, "nonce", str, "push")
    if not _NONCE.match(nonce):
        raise ProtocolError("push", "'nonce' must be 8 to 64 letters, digits, '-' or '_'")
    entries = entries_from_json(obj.get("entries"), "push.entries", MAX_PUSH_ENTRIES)
    return PushRequest(batch, base, entries, nonce)


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
