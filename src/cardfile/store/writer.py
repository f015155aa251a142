"""The one write path: every insert, update, delete, restore and erase of a syncable record goes through `Writer`.

A `Writer` lives for one transaction (one user action, or one batch of a long job). Each field it sets is recorded
in the change log with a hybrid-logical-clock stamp, the device, the user, the action and (for jobs) the job id;
that record is the audit trail, the undo journal and the sync outbox. The search index is brought up to date
before the transaction commits, so a reader never sees a record the index does not know.

It works below the ORM (plain `executemany` on the connection) because a contact is one row plus a dozen change
records, and bulk imports must stay fast. For the same reason it writes the change log's numbered rows
(`change_log`, with each id and name numbered once in `log_name`) rather than through the view `change` that
everything else reads.
"""

from __future__ import annotations

import gc
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import Any

import uuid6
from sqlalchemy import Connection, select

from cardfile.domain.errors import MergedAway, NotFound, NotOwner, ValidationError
from cardfile.domain.field_rules import MAX_VALUE_CHARS
from cardfile.domain.values import RecordType
from cardfile.store import search
from cardfile.store.codec import CODECS, DERIVED_COLUMNS, TableCodec, as_utc, change_json, derived_values, to_utc_naive
from cardfile.sync.hlc import COUNTER_BITS, unpack

# Columns the store maintains itself; a caller never sets them and the change log does not carry updated_at.
_MANAGED = frozenset({"id", "created_at", "updated_at"})
# Fields always logged when a record is created, even at their default: the receiver of a sync must learn
# that the record exists, who owns it and whether it is private.
_ALWAYS_LOGGED = frozenset({"created_at", "owner_id", "private"})

_CHUNK = 500  # records per statement where a statement names them (SQLite allows 32,766 parameters)
_LOG_INSERT = (
    "INSERT INTO change_log (record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


# The encoding TableCodec.to_column and change_json use for JSON. JSONEncoder.encode builds a new C encoder on
# every call; building it once is worth it at a few values per record and a hundred thousand records.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_encode_json: Callable[[Any], str] = _JSON.encode
if c_make_encoder is not None:
    _c_encoder = c_make_encoder(None, _JSON.default, encode_basestring, None, ":", ",", False, False, True)

    def _encode_json(value: Any) -> str:
        return "".join(_c_encoder(value, 0))


def stamp_time(stamp: int) -> datetime:
    """The wall-clock time of a hybrid logical clock stamp (naive UTC, to the millisecond): a record's updated_at is
    that of the newest change to it, the same on every device that holds the change (see `Replica`)."""
    return datetime(1970, 1, 1) + timedelta(milliseconds=unpack(stamp)[0])


def new_id() -> str:
    """A UUIDv7: unique without coordination, and in creation order, which keeps B-tree inserts local."""
    return str(uuid6.uuid7())


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for one bulk transaction (as Mercurial's `util.nogc` does).

    A batch of a thousand contacts allocates some hundred thousand dicts, lists and tuples that live until the
    batch commits; the collector takes them for long-lived data and walks the whole heap several times a batch,
    about 15% of the time of a bulk insert. A batch makes no reference cycles, so reference counting still frees
    everything at once, and the collector resumes when the batch is done.
    """
    if not gc.isenabled():  # paused already, by an enclosing batch or by the application
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _json_text(value: Any) -> str:
    """The JSON of a list or dict column; most of a contact's are empty, and spelling those out halves the cost."""
    if not value:
        kind = type(value)
        if kind is list:
            return "[]"
        if kind is dict:
            return "{}"
    return _encode_json(value)


def _change_text(value: Any) -> str:
    """`change_json(value)`, with the common plain values spelled out (a bulk insert logs millions of them)."""
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return int.__repr__(value)
    return change_json(value)


@dataclass(frozen=True, slots=True)
class _InsertPlan:
    """What inserting into one table needs, worked out once: per-row work in a bulk insert is the cost to beat."""

    writable: frozenset[str]
    defaults: dict[str, Any]  # every column; factories called once, as the values are only compared and encoded
    row_values: Callable[[Mapping[str, Any]], tuple[Any, ...]]  # a full row's values in column order
    logged: tuple[str, ...]  # columns a creation may log, in column order
    json_columns: tuple[tuple[int, str], ...]  # (position, name)
    bool_columns: tuple[int, ...]
    datetime_columns: tuple[tuple[int, str], ...]
    updated_at: int  # its position
    insert_sql: str


_PLANS: dict[RecordType, _InsertPlan] = {}


def _insert_plan(codec: TableCodec) -> _InsertPlan:
    plan = _PLANS.get(codec.record_type)
    if plan is None:
        columns = codec.columns
        plan = _InsertPlan(
            writable=frozenset(columns) - (_MANAGED - {"id"}) - DERIVED_COLUMNS,
            defaults={name: codec.default(name) for name in columns},
            row_values=operator.itemgetter(*columns),
            logged=tuple(name for name in columns if name not in ("id", "updated_at") and name not in DERIVED_COLUMNS),
            json_columns=tuple((i, n) for i, n in enumerate(columns) if n in codec.json_columns),
            bool_columns=tuple(i for i, n in enumerate(columns) if n in codec.bool_columns),
            datetime_columns=tuple((i, n) for i, n in enumerate(columns) if n in codec.datetime_columns),
            updated_at=columns.index("updated_at"),
            insert_sql=f"INSERT INTO {codec.table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})",
        )
        _PLANS[codec.record_type] = plan
    return plan


def forget_changes(conn: Connection, record_ids: Sequence[str]) -> None:
    """Delete every change-log row of these records (erased, or no longer this device's to see).

    Without giving their numbers back: SQLite numbers a new row max(seq) + 1, and sync counts this device's
    changes up to a number as pushed, so a change numbered again would never be pushed. When the newest rows go,
    a placeholder that belongs to no record and no device keeps the top number taken.
    """
    top = conn.exec_driver_sql("SELECT max(seq) FROM change_log").scalar()
    for record_id in record_ids:
        conn.exec_driver_sql(
            "DELETE FROM change_log WHERE record_id = (SELECT num FROM log_name WHERE name = ?)", (record_id,)
        )
    if top is not None and conn.exec_driver_sql("SELECT 1 FROM change_log WHERE seq = ?", (top,)).first() is None:
        conn.exec_driver_sql(
            "INSERT INTO change (seq, record_type, record_id, field, value, hlc, device_id, user_id, action_id) "
            "VALUES (?, '', '', '', NULL, 0, '', '', '')",
            (top,),
        )


class Writer:
    def __init__(
        self,
        conn: Connection,
        *,
        stamp: Callable[[], int],
        now: Callable[[], datetime],
        stamps: Callable[[int], Sequence[int]] | None = None,
        device_id: str,
        user_id: str,
        action_id: str,
        label: str,
        job_id: str | None = None,
    ) -> None:
        self.conn = conn
        self._stamp = stamp
        # Stamps for many changes at once (HybridLogicalClock.now_many): a bulk write stamps each record.
        self._stamps = stamps if stamps is not None else (lambda count: [stamp() for _ in range(count)])
        self._now = now
        self.device_id = device_id
        self.user_id = user_id
        self.action_id = action_id
        self.label = label
        self.job_id = job_id
        self._action_written = False
        self._dirty: dict[RecordType, set[str]] = {}
        # Rows created in this transaction and not changed since: the search index is built from these values
        # instead of reading the rows back.
        self._fresh: dict[RecordType, dict[str, dict[str, Any]]] = {}
        # Rows written without their index entries, to be built after the transaction (see `search.defer`).
        self._deferred: dict[RecordType, set[str]] = {}
        self.touched: dict[RecordType, set[str]] = {}
        self.change_count = 0
        self._phone_keys: search.PhoneKeys | None = None
        # Values were erased (a record erased, or purged from this device): the full-text index still holds their
        # words in its older segments until they are merged, which flush() does before the commit.
        self._erased_values = False
        # The change log's numbers of ids and names (log_name), of this transaction: it makes no savepoints, so
        # a number known here is in the table until the transaction ends, whichever way.
        self._numbers: dict[str, int] = {}
        self._new_names: list[tuple[int, str]] = []  # numbered here, not yet in log_name
        self._top: int | None = None  # the highest number given, while _new_names are pending

    # ----- reading inside the transaction -----

    def get(self, record_type: RecordType, record_id: str) -> dict[str, Any]:
        codec = CODECS[record_type]
        row = self.conn.execute(select(codec.table).where(codec.table.c.id == record_id)).mappings().first()
        if row is None:
            raise NotFound(record_type=record_type.value, record_id=record_id)
        return dict(row)

    def exists(self, record_type: RecordType, record_id: str) -> bool:
        table = CODECS[record_type].table.name
        return self.conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).first() is not None

    # ----- writing -----

    def insert(self, record_type: RecordType, values: Mapping[str, Any]) -> str:
        return self.insert_many(record_type, [values])[0]

    def insert_many(self, record_type: RecordType, rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Create records; each row's unnamed columns take their defaults. Returns the new ids in order.

        Every field is logged except those left at their default (and `id`/`updated_at`, which the change record
        carries anyway); `created_at`, `owner_id` and `private` are always logged.
        """
        if not rows:
            return []
        codec = CODECS[record_type]
        plan = _insert_plan(codec)
        now = to_utc_naive(self._now())
        now_column = codec.to_column("created_at", now)
        now_change = change_json(now)
        defaults, logged, always_logged = plan.defaults, plan.logged, _ALWAYS_LOGGED
        kind, user_id = record_type.value, self.user_id
        given = [row["id"] for row in rows if row.get("id")]
        device, user, action, job = self._who_numbers()  # the last columns of every change record
        numbers = self._numbers_of([kind, *logged, *given])
        new_number, kind_number = self._new_number, numbers[kind]
        # (field, its number, its default, whether it is logged at its default too), worked out once for all rows
        fields = [(name, numbers[name], defaults[name], name in always_logged) for name in logged]
        fresh = self._fresh.setdefault(record_type, {}) if record_type in search.INDEXED else None
        last_millis, stamp_column = -1, now_column
        derives = not DERIVED_COLUMNS.isdisjoint(plan.defaults)
        table_rows: list[tuple[Any, ...]] = []
        changes: list[tuple[Any, ...]] = []
        ids: list[str] = []
        for row in rows:
            if not plan.writable.issuperset(row):
                self._check_fields(codec, row)
            full = {**defaults, **row}
            record_id = full["id"]
            if record_id:
                record_number = numbers[record_id]
            else:
                record_id = full["id"] = new_id()
                record_number = new_number(record_id)
            full["created_at"] = full["updated_at"] = now
            stamp = self._stamp()
            millis = stamp >> COUNTER_BITS
            if millis != last_millis:  # rows of one batch mostly share the millisecond: format it once
                last_millis, stamp_column = millis, codec.to_column("updated_at", stamp_time(stamp))
            if not row.get("owner_id"):
                full["owner_id"] = user_id
            if derives:
                full.update(derived_values(record_type, full))
            ids.append(record_id)
            values = list(plan.row_values(full))
            encoded: dict[str, str] = {"created_at": now_change}  # change-log text already made, by field
            for position, name in plan.json_columns:
                value = values[position]
                if value is not None:
                    values[position] = encoded[name] = _json_text(value)
            for position in plan.bool_columns:
                value = values[position]
                if value is not None:
                    values[position] = 1 if value else 0
            for position, name in plan.datetime_columns:
                value = values[position]
                if value is not None:
                    values[position] = now_column if value is now else codec.to_column(name, value)
            values[plan.updated_at] = stamp_column
            table_rows.append(tuple(values))
            changes += [
                (
                    kind_number,
                    record_number,
                    number,
                    encoded.get(name) or _change_text(full[name]),
                    stamp,
                    device,
                    user,
                    action,
                    job,
                )
                for name, number, default, always in fields
                if always or full[name] != default
            ]
            if fresh is not None:
                fresh[record_id] = full
        self.begin_action()
        self.conn.exec_driver_sql(plan.insert_sql, table_rows)
        self._log_numbered(changes)
        self._mark(record_type, ids)
        return ids

    def update(self, record_type: RecordType, record_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
        """Set the named fields; only those whose value differs are written and logged. Returns the old values."""
        codec = CODECS[record_type]
        self._check_fields(codec, values)
        current = self.get(record_type, record_id)
        changed: dict[str, Any] = {}
        for name, value in values.items():
            if name in codec.datetime_columns and value is not None:
                value = as_utc(value)
            if current[name] != value:
                changed[name] = value
        if not changed:
            return {}
        if ("private" in changed or "owner_id" in changed) and current["owner_id"] not in ("", "me", self.user_id):
            # A colleague's shared record: the server refuses such a write, and it would stay waiting for ever.
            raise NotOwner(owner=current["owner_id"], record_type=record_type.value)
        self.begin_action()
        stamp = self._stamp()
        written = {**changed, **derived_values(record_type, changed)}
        assignments = ", ".join(f"{name} = ?" for name in written)
        params = [codec.to_column(name, value) for name, value in written.items()]
        self.conn.exec_driver_sql(
            f"UPDATE {codec.table.name} SET {assignments}, updated_at = ? WHERE id = ?",
            (*params, codec.to_column("updated_at", stamp_time(stamp)), record_id),
        )
        self._log([self._change_row(record_type, record_id, n, v, stamp) for n, v in changed.items()])
        self._forget_fresh(record_type, record_id)
        self._mark(record_type, [record_id])
        if record_type is RecordType.COMPANY and "name" in changed:
            self._mark(RecordType.CONTACT, self._company_people(record_id))
        return {name: current[name] for name in changed}

    def delete(self, record_type: RecordType, record_id: str) -> bool:
        """Move a record to the Trash (a tombstone); False if it was there already."""
        if self.get(record_type, record_id)["deleted_at"] is not None:
            return False
        self.update(record_type, record_id, {"deleted_at": self._now()})
        return True

    def delete_many(self, record_type: RecordType, record_ids: Iterable[str]) -> list[str]:
        """Move records to the Trash as `delete` does, a few statements per 500 records rather than some per record
        (undoing an import of 100,000 people moves them all); returns the ids moved. Records in the Trash already,
        or gone, are left alone."""
        codec = CODECS[record_type]
        table = codec.table.name
        now = as_utc(self._now())
        deleted_at = codec.to_column("deleted_at", now)
        logged = change_json(now)
        kind = record_type.value
        moved: list[str] = []
        wanted = list(dict.fromkeys(record_ids))
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            # Found by id, their tombstones checked here: given `deleted_at IS NULL`, SQLite walks the index of
            # tombstones through every live record for each chunk, and undoing a large import took quadratic time.
            found = self.conn.exec_driver_sql(f"SELECT id, deleted_at FROM {table} WHERE id IN ({marks})", tuple(chunk))
            live_ids = {record_id for record_id, tombstone in found.all() if tombstone is None}
            live = [record_id for record_id in chunk if record_id in live_ids]
            if not live:
                continue
            self.begin_action()
            stamps = self._stamps(len(live))
            by_time: dict[int, list[str]] = {}  # the stamps of a chunk mostly share one millisecond
            for record_id, stamp in zip(live, stamps, strict=True):
                millis = stamp >> COUNTER_BITS
                same = by_time.get(millis)
                if same is None:
                    by_time[millis] = [record_id]
                else:
                    same.append(record_id)
            for millis, moved_now in by_time.items():
                marks = ",".join("?" * len(moved_now))
                self.conn.exec_driver_sql(
                    f"UPDATE {table} SET deleted_at = ?, updated_at = ? WHERE id IN ({marks})",
                    (deleted_at, codec.to_column("updated_at", stamp_time(millis << COUNTER_BITS)), *moved_now),
                )
            numbers = self._numbers_of([kind, "deleted_at", *live])
            kind_number, field_number, who = numbers[kind], numbers["deleted_at"], self._who_numbers()
            self._write_numbered(  # the one value logged, a time, is short: no size to check
                [
                    (kind_number, numbers[record_id], field_number, logged, stamp, *who)
                    for record_id, stamp in zip(live, stamps, strict=True)
                ]
            )
            self._forget_fresh_all(record_type, live)
            self._mark(record_type, live)
            moved += live
        return moved

    def restore(self, record_type: RecordType, record_id: str) -> bool:
        """Take a record out of the Trash; False if it was not in it. A record merged into another is not in the
        Trash: unmerging brings it back (services.merging)."""
        row = self.get(record_type, record_id)
        if row["deleted_at"] is None:
            return False
        if row.get("merged_into"):
            raise MergedAway(record_type=record_type.value, record_id=record_id)
        self.update(record_type, record_id, {"deleted_at": None})
        return True

    def erase(self, record_type: RecordType, record_id: str) -> None:
        """Remove a record and every value it ever had from this database, and leave an erasure marker to sync.

        The caller clears references to it first (through `update`), so those clearings are themselves logged.
        """
        codec = CODECS[record_type]
        if not self.exists(record_type, record_id):
            raise NotFound(record_type=record_type.value, record_id=record_id)
        self.begin_action()
        self.conn.exec_driver_sql(f"DELETE FROM {codec.table.name} WHERE id = ?", (record_id,))
        # Its conflicts hold its values too (both sides of a field): they go with it, and their own log rows.
        conflicts = [
            r[0] for r in self.conn.exec_driver_sql("SELECT id FROM conflict WHERE record_id = ?", (record_id,))
        ]
        forget_changes(self.conn, [record_id, *conflicts])
        self.conn.exec_driver_sql("DELETE FROM conflict WHERE record_id = ?", (record_id,))
        self.conn.exec_driver_sql(
            "INSERT OR REPLACE INTO erasure (record_id, record_type, hlc, device_id, user_id, erased_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                record_id,
                record_type.value,
                self._stamp(),
                self.device_id,
                self.user_id,
                codec.to_column("created_at", self._now()),
            ),
        )
        search.remove(self.conn, [record_id])
        self.erased_values()
        self._dirty.get(record_type, set()).discard(record_id)
        self._forget_fresh(record_type, record_id)
        self.touched.setdefault(record_type, set()).add(record_id)

    # ----- bookkeeping -----

    def know_phone_keys(self, keys: search.PhoneKeys) -> None:
        """Search keys of phone numbers this transaction writes, worked out already: the index uses them rather
        than parse the numbers again (an import's reading process works them out while this process writes)."""
        self._phone_keys = keys

    def erased_values(self) -> None:
        """Values left this database for good in this transaction (erased, or purged as no longer ours to see)."""
        self._erased_values = True

    def flush(self) -> None:
        """Bring the search index up to date with everything written so far; after an erasure, also rewrite it
        without what was erased (search.forget_erased)."""
        dirty, self._dirty = self._dirty, {}
        fresh, self._fresh = self._fresh, {}
        deferred, self._deferred = self._deferred, {}
        if deferred:
            search.defer(self.conn, deferred)
        if dirty:
            search.refresh(self.conn, dirty, fresh=fresh, phone_keys=self._phone_keys)
        if self._erased_values:
            self._erased_values = False
            search.forget_erased(self.conn)

    def _forget_fresh(self, record_type: RecordType, record_id: str) -> None:
        """A record changed after its creation: the index must read its row back, not use the inserted values."""
        rows = self._fresh.get(record_type)
        if rows is not None:
            rows.pop(record_id, None)

    def _check_fields(self, codec: TableCodec, values: Iterable[str]) -> None:
        unknown = [
            name for name in values if name not in codec.columns or name in _MANAGED - {"id"} or name in DERIVED_COLUMNS
        ]
        if unknown:
            raise KeyError(f"{codec.record_type.value} has no writable field(s) {', '.join(sorted(unknown))}")

    def _change_row(self, record_type: RecordType, record_id: str, field: str, value: Any, stamp: int) -> tuple:
        return (
            record_type.value,
            record_id,
            field,
            change_json(value),
            stamp,
            self.device_id,
            self.user_id,
            self.action_id,
            self.job_id,
        )

    def _log(self, changes: list[tuple[Any, ...]]) -> None:
        """Log change records given as (record type, record id, field, value, hlc, …) by this writer's device, user,
        action and job."""
        if changes:
            numbers = self._numbers_of({name for change in changes for name in (change[0], change[1], change[2])})
            who = self._who_numbers()
            self._log_numbered([(numbers[t], numbers[r], numbers[f], v, h, *who) for t, r, f, v, h, *_ in changes])

    def _log_numbered(self, changes: list[tuple[Any, ...]]) -> None:
        """Log change records whose ids and names are already log_name numbers (see `_numbers_of`)."""
        if not changes:
            return
        self._write_names()  # first: a refusal below leaves no number given that log_name has not
        for change in changes:
            text = change[3]
            if text is not None and len(text) > MAX_VALUE_CHARS:
                # It could never reach another device: refused now, while the person still has it in hand.
                field = next(name for name, number in self._numbers.items() if number == change[2])
                raise ValidationError(
                    field=field,
                    problem=f"too large to sync ({len(text):,} characters as stored; at most {MAX_VALUE_CHARS:,})",
                    reason="too_large_to_sync",
                    size=len(text),
                    limit=MAX_VALUE_CHARS,
                )
        self._write_numbered(changes)

    def log_received(self, changes: Sequence[tuple[Any, ...]]) -> None:
        """Log change records written around the writer (sync's pulled entries, a snapshot's records), each whole:
        (record type, record id, field, value, hlc, device, user, action, job). Numbered as the writer's own are;
        their sizes were checked where they were made."""
        if not changes:
            return
        names = {name for change in changes for name in (*change[:3], *change[5:8])}
        numbers = self._numbers_of(names.union(change[8] for change in changes if change[8] is not None))
        self._write_numbered(
            [
                (
                    numbers[t],
                    numbers[r],
                    numbers[f],
                    v,
                    h,
                    numbers[d],
                    numbers[u],
                    numbers[a],
                    None if j is None else numbers[j],
                )
                for t, r, f, v, h, d, u, a, j in changes
            ]
        )

    def _write_names(self) -> None:
        if self._new_names:
            self.conn.exec_driver_sql("INSERT INTO log_name (num, name) VALUES (?, ?)", self._new_names)
            self._new_names, self._top = [], None  # anyone may number names in log_name from here on

    def _write_numbered(self, changes: list[tuple[Any, ...]]) -> None:
        self._write_names()
        self.conn.exec_driver_sql(_LOG_INSERT, changes)
        self.change_count += len(changes)

    @property
    def _job(self) -> tuple[str, ...]:
        return () if self.job_id is None else (self.job_id,)

    def _who_numbers(self) -> tuple[int, int, int, int | None]:
        """The last four columns of this writer's change records, as numbers."""
        numbers = self._numbers_of((self.device_id, self.user_id, self.action_id, *self._job))
        job = None if self.job_id is None else numbers[self.job_id]
        return numbers[self.device_id], numbers[self.user_id], numbers[self.action_id], job

    def _numbers_of(self, names: Iterable[str]) -> dict[str, int]:
        """The numbers (log_name) of these ids and names, numbering those the log does not know yet; returns the
        writer's whole table of numbers, which has them all."""
        numbers = self._numbers
        unknown = [name for name in dict.fromkeys(names) if name not in numbers]
        for start in range(0, len(unknown), _CHUNK):
            chunk = unknown[start : start + _CHUNK]
            marks = ",".join("?" for _ in chunk)
            found = self.conn.exec_driver_sql(f"SELECT name, num FROM log_name WHERE name IN ({marks})", tuple(chunk))
            numbers.update((name, num) for name, num in found)
        for name in unknown:
            if name not in numbers:
                self._new_number(name)
        return numbers

    def know_numbers(self, numbers: Mapping[str, int]) -> None:
        """Numbers of names the caller read from log_name in this transaction (an undo reads the records an import
        created by number): the writer need not look them up again."""
        self._numbers.update(numbers)

    def _new_number(self, name: str) -> int:
        """Number a name the log has never held (a new record's id): written to log_name with the next changes."""
        if self._top is None:
            self._top = int(self.conn.exec_driver_sql("SELECT coalesce(max(num), 0) FROM log_name").scalar_one())
        self._top += 1
        self._numbers[name] = self._top
        self._new_names.append((self._top, name))
        return self._top

    def mark_changed(self, record_type: RecordType, ids: Iterable[str]) -> None:
        """Records written around the Writer (sync applies pulled writes itself): index them, tell listeners."""
        ids = list(ids)
        self._forget_fresh_all(record_type, ids)
        self._mark(record_type, ids)

    def mark_created(self, record_type: RecordType, rows: dict[str, dict[str, Any]], *, index: bool = True) -> None:
        """Records created around the Writer (a sync snapshot's new rows, by id, as column values): the index is
        built from these values rather than from the rows read back. `index=False`: their index entries are left
        for later (`search.build_pending`), as a new device's first sync does."""
        if not index:
            self.touched.setdefault(record_type, set()).update(rows)
            if record_type in search.INDEXED:
                self._deferred.setdefault(record_type, set()).update(rows)
            return
        if record_type in search.INDEXED:
            self._fresh.setdefault(record_type, {}).update(rows)
        self._mark(record_type, rows)

    def forget(self, record_type: RecordType, record_id: str) -> None:
        """A record removed around the Writer (sync): nothing to index, but listeners hear of it."""
        self._dirty.get(record_type, set()).discard(record_id)
        self._forget_fresh(record_type, record_id)
        self.touched.setdefault(record_type, set()).add(record_id)

    def _forget_fresh_all(self, record_type: RecordType, ids: Iterable[str]) -> None:
        rows = self._fresh.get(record_type)
        if rows:
            for record_id in ids:
                rows.pop(record_id, None)

    def _mark(self, record_type: RecordType, ids: Iterable[str]) -> None:
        ids = list(ids)
        self.touched.setdefault(record_type, set()).update(ids)
        if record_type in search.INDEXED:
            self._dirty.setdefault(record_type, set()).update(ids)

    def _company_people(self, company_id: str) -> list[str]:
        rows = self.conn.exec_driver_sql("SELECT id FROM contact WHERE company_id = ?", (company_id,))
        return [r[0] for r in rows]

    def begin_action(self, *, as_user: str | None = None) -> None:
        """Record this transaction's action now (a writer does so itself on its first change).

        `as_user`: whose action it is, when not the person's (sync's "$sync": Undo lists only the person's own).
        """
        if self._action_written:
            return
        self.conn.exec_driver_sql(
            "INSERT INTO action (id, label, created_at, user_id, job_id) VALUES (?, ?, ?, ?, ?)",
            (
                self.action_id,
                self.label,
                CODECS[RecordType.CONTACT].to_column("created_at", self._now()),
                as_user or self.user_id,
                self.job_id,
            ),
        )
        self._action_written = True
