"""This database as a sync replica: its outbox, and applying what other devices wrote (last writer wins per field).

The change log is the replica's memory. Every write ever seen of a field — made here or pulled — is a row of it,
and the current value of a field is the value of its greatest (HLC, device) row. Applying a pulled write therefore
means: log it (unless it is logged already), and set the field when it is now the greatest. A write that meets one
of this device's own not yet pushed writes of the same field is a conflict noticed here (see `sync.merge`); the
conflict is logged as a change of its own, so it travels to the server with the next push.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from cardfile.domain.field_rules import (
    MANAGED_FIELDS,
    MAX_VALUE_CHARS,
    RULES,
    Rule,
    Unfit,
    decode,
    is_plain_string,
)
from cardfile.domain.text import NAME_PARTS, names_out_of_step
from cardfile.domain.values import RecordType
from cardfile.store import search
from cardfile.store import writer as writer_module
from cardfile.store.codec import CODECS, DERIVED_COLUMNS, TableCodec, derived_values
from cardfile.store.seeds import SEEDS
from cardfile.store.writer import Writer, forget_changes, stamp_time
from cardfile.sync.hlc import COUNTER_BITS, IMPLAUSIBLE_AHEAD_MS, pack, wall_millis
from cardfile.sync.merge import ConflictBody, conflict_between
from cardfile.sync.protocol import (
    CONFLICT,
    CONFLICT_BODY,
    ERASED,
    HIDDEN,
    RESOLVED,
    Entry,
    SnapshotPage,
    SnapshotRecord,
)

_CHUNK = 500
# What a person's display name and sort key are built from (and they themselves): a pulled write of one of these
# may leave them out of step with the name parts.
_NAME_INPUTS = frozenset({*NAME_PARTS, "emails", "company_id", "display_name", "display_name_custom", "sort_key"})
_NAME_COLUMNS = ("id", *NAME_PARTS, "emails", "display_name", "display_name_custom", "sort_key")
log = logging.getLogger("cardfile.sync")
_KNOWN_TYPES = {rt.value: rt for rt in RecordType}


@dataclass(slots=True)
class Applied:
    """What applying one page did."""

    entries: int = 0  # entries new to this device
    conflicts: list[str] = field(default_factory=list)  # conflicts this device learned of (ids)


# ----- the outbox -----


def outbox(conn: Connection, device_id: str, after_seq: int, limit: int) -> list[Entry]:
    """This device's own writes not yet confirmed by the server, oldest first (`seq` is the change-log seq)."""
    rows = conn.exec_driver_sql(
        "SELECT seq, record_type, record_id, field, value, hlc, user_id FROM change "
        "WHERE seq > ? AND device_id = ? ORDER BY seq LIMIT ?",
        (after_seq, device_id, limit),
    )
    return [Entry(t, r, f, v, h, device_id, u, s) for s, t, r, f, v, h, u in rows]


def erasure_outbox(conn: Connection, device_id: str, after_hlc: int) -> list[Entry]:
    rows = conn.exec_driver_sql(
        "SELECT record_type, record_id, hlc, user_id FROM erasure WHERE device_id = ? AND hlc > ? ORDER BY hlc",
        (device_id, after_hlc),
    )
    return [Entry(t, r, ERASED, None, h, device_id, u) for t, r, h, u in rows]


def pending_count(conn: Connection, device_id: str, after_seq: int, after_erasure_hlc: int) -> int:
    changes = conn.exec_driver_sql(
        "SELECT count(*) FROM change WHERE seq > ? AND device_id = ?", (after_seq, device_id)
    ).scalar_one()
    erasures = conn.exec_driver_sql(
        "SELECT count(*) FROM erasure WHERE device_id = ? AND hlc > ?", (device_id, after_erasure_hlc)
    ).scalar_one()
    return int(changes) + int(erasures)


# ----- a restored or copied database -----

# A setting `db restore` leaves in the database it puts back: at its next sync it goes on as a new device.
NEW_DEVICE = "sync_new_device"


def mark_as_copy(path: Path) -> None:
    """Mark a database file put back from a backup: at its next sync it goes on as a new device (it is a copy of
    the database that went on syncing after the backup was made)."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, 'true')", (NEW_DEVICE,))
    finally:
        conn.close()


def become_new_device(conn: Connection, *, outbox_start: int, erasures_after: int, forget: Sequence[str]) -> str:
    """Go on syncing as a new device, with a new id; returns it.

    A restored backup, or a copy, of a database that synced is a second database with the first one's device id:
    its batch numbers, its clock stamps and its writes would be taken for the first one's (which the server has
    numbered and stamped past already) and be lost or silently merged. Under a new id nothing is mistaken: this
    database's writes not yet confirmed — made since the backup, or never pushed before it — go out under the new id
    (some may reach the server twice, as the same value: harmless); the ones confirmed stay the old device's.
    `forget` names the settings that belong to the old device (its batch count, its nonce …).
    """
    old = json.loads(conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'device_id'").scalar_one())
    new = writer_module.new_id()
    # On the numbered rows: the view's trigger would rewrite every column of every row of the outbox.
    conn.exec_driver_sql("INSERT OR IGNORE INTO log_name (name) VALUES (?)", (new,))
    conn.exec_driver_sql(
        "UPDATE change_log SET device_id = (SELECT num FROM log_name WHERE name = ?) "
        "WHERE device_id = (SELECT num FROM log_name WHERE name = ?) AND seq > ?",
        (new, old, outbox_start),
    )
    conn.exec_driver_sql("UPDATE erasure SET device_id = ? WHERE device_id = ? AND hlc > ?", (new, old, erasures_after))
    conn.exec_driver_sql("UPDATE setting SET value = ? WHERE key = 'device_id'", (json.dumps(new),))
    keys = [NEW_DEVICE, *forget]
    conn.exec_driver_sql(f"DELETE FROM setting WHERE key IN ({', '.join('?' for _ in keys)})", tuple(keys))
    log.info("sync: this database goes on as a new device, %s (it was %s)", new, old)
    return new


# ----- signing in -----


def adopt_account(conn: Connection, account: str) -> None:
    """Before anyone signs in, the local user is "me"; signing in makes everything of "me" the account's."""
    encoded = json.dumps(account)
    for rt in RecordType:
        table = CODECS[rt].table.name
        conn.exec_driver_sql(f"UPDATE {table} SET owner_id = ? WHERE owner_id = 'me'", (account,))
    # On the numbered rows: through the view, a trigger would rewrite every column of each of these rows.
    conn.exec_driver_sql(
        "UPDATE change_log SET value = ? WHERE field = (SELECT num FROM log_name WHERE name = 'owner_id') "
        "AND value = '\"me\"'",
        (encoded,),
    )
    conn.exec_driver_sql("INSERT OR IGNORE INTO log_name (name) VALUES (?)", (account,))
    conn.exec_driver_sql(
        "UPDATE change_log SET user_id = (SELECT num FROM log_name WHERE name = ?) "
        "WHERE user_id = (SELECT num FROM log_name WHERE name = 'me')",
        (account,),
    )
    conn.exec_driver_sql("UPDATE action SET user_id = ? WHERE user_id = 'me'", (account,))
    conn.exec_driver_sql("UPDATE erasure SET user_id = ? WHERE user_id = 'me'", (account,))
    conn.exec_driver_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('user_id', ?)", (encoded,))


# ----- applying pulled entries -----


class Replica:
    """Applies pages of entries inside one write transaction (a `Writer`)."""

    def __init__(
        self, writer: Writer, *, account: str, pushed_seq: int, stamp: Any, horizon: int | None = None
    ) -> None:
        self.w = writer
        self.conn = writer.conn
        self.account = account
        self.pushed_seq = pushed_seq
        self.stamp = stamp  # the device's clock, for the conflicts it notices
        # The greatest stamp taken from a pull: a write stamped further ahead of the server's clock than any clock
        # may be (see `sync.hlc`) is not taken — it would win its field for good, and stop this device's clock.
        self.horizon = horizon
        self.device_id = writer.device_id
        self._blanks: dict[RecordType, dict[str, Any]] = {}
        # Held writes stamped beyond any clock (from before the bound existed) do not count as a field's value.
        self._plausible = pack(wall_millis() + IMPLAUSIBLE_AHEAD_MS, 0)

    def apply(self, entries: Sequence[Entry]) -> Applied:
        result = Applied()
        if not entries:
            return result
        self.w.begin_action(as_user="$sync")  # not one of the person's own actions: Undo never offers it
        entries = self._within_horizon(entries)
        versions = self._versions({e.record_id for e in entries})
        updates: dict[str, dict[str, dict[str, str | None]]] = defaultdict(dict)  # type -> id -> field -> value
        types: dict[str, str] = {}
        newest: dict[str, int] = {}  # record -> the greatest stamp of a write that now holds one of its fields
        logged: list[tuple[Any, ...]] = []
        for e in entries:
            if e.field in (ERASED, HIDDEN):
                self._flush(logged, updates, types, newest)
                logged, updates, types, newest = [], defaultdict(dict), {}, {}
                if e.field == ERASED or _loads(e.value) != self.account:
                    self.purge(e.record_type, e.record_id, erased_by=e if e.field == ERASED else None)
                    for key in [k for k in versions if k[0] == e.record_id]:
                        del versions[key]
                    result.entries += 1
                continue
            key = (e.record_id, e.field)
            held = versions.get(key)
            if held is None:
                # The first write of this field this device sees (a snapshot is mostly these): it wins, and no
                # own write can conflict with it.
                versions[key] = [(e.hlc, e.device_id, e.value, 0, e.user)]
                logged.append(
                    (e.record_type, e.record_id, e.field, e.value, e.hlc, e.device_id, e.user, self.w.action_id, None)
                )
                result.entries += 1
                updates[e.record_type].setdefault(e.record_id, {})[e.field] = e.value
                types[e.record_id] = e.record_type
                if e.hlc > newest.get(e.record_id, 0):
                    newest[e.record_id] = e.hlc
                continue
            if any(h[0] == e.hlc and h[1] == e.device_id for h in held):
                continue  # this write is here already: applying a page twice changes nothing
            winner = max(held, key=lambda h: (h[0], h[1]), default=None)
            logged.append(
                (e.record_type, e.record_id, e.field, e.value, e.hlc, e.device_id, e.user, self.w.action_id, None)
            )
            held.append((e.hlc, e.device_id, e.value, 0, e.user))
            result.entries += 1
            incoming_wins = winner is None or (e.hlc, e.device_id) > (winner[0], winner[1])
            if winner is not None and self._unpushed_own(winner) and winner[2] != e.value:
                body = conflict_between(
                    e,
                    _side(winner),
                    record_type=e.record_type,
                    record_id=e.record_id,
                    field=e.field,
                )
                if self._note_conflict(body, logged):
                    result.conflicts.append(body.conflict_id)
            if incoming_wins:
                updates[e.record_type].setdefault(e.record_id, {})[e.field] = e.value
                types[e.record_id] = e.record_type
                if e.hlc > newest.get(e.record_id, 0):
                    newest[e.record_id] = e.hlc
        self._flush(logged, updates, types, newest, result)
        return result

    def _within_horizon(self, entries: Sequence[Entry]) -> Sequence[Entry]:
        horizon = self.horizon
        if horizon is None or all(e.hlc <= horizon for e in entries):
            return entries
        kept = [e for e in entries if e.hlc <= horizon]
        log.warning(
            "sync: %d pulled write(s) stamped further ahead of the server's clock than a clock may be were not taken",
            len(entries) - len(kept),
        )
        return kept

    def apply_snapshot(self, page: SnapshotPage, *, index: bool = True) -> Applied:
        """Apply a snapshot page: records this device has never held are created straight from their current
        values (a new device's first sync is all of these); the rest are merged entry by entry like a pull.
        `index=False`: the records created are left out of the search index, to be built after the snapshot
        (`search.build_pending`)."""
        records = page.records
        if self.horizon is not None and page.top_hlc > self.horizon:
            records = self._records_within_horizon(records)
        held = self._held({r.record_id for r in records})
        new: list[SnapshotRecord] = []
        rest: list[Entry] = []
        for r in records:
            if r.record_id in held or r.record_type not in _KNOWN_TYPES:
                rest += r.entries()
            else:
                new.append(r)
        result = self._create(new, index=index) if new else Applied()
        if rest or page.entries:
            merged = self.apply(rest + page.entries)
            result.entries += merged.entries
            result.conflicts += merged.conflicts
        return result

    def _records_within_horizon(self, records: Sequence[SnapshotRecord]) -> list[SnapshotRecord]:
        horizon = self.horizon or 0
        out = []
        for r in records:
            fields = [f for f in r.fields if f[2] <= horizon]
            if len(fields) < len(r.fields):
                log.warning("sync: %s %s: a value stamped too far ahead was not taken", r.record_type, r.record_id)
            if fields:
                out.append(SnapshotRecord(r.record_type, r.record_id, fields))
        return out

    def _held(self, ids: set[str]) -> set[str]:
        """Which of these records this device has ever logged a write of, or holds from its first day: the seeded
        ones (the Sales pipeline and its stages …) are rows without a logged creation, and a snapshot carrying a
        colleague's rename of one must merge into the row, not create it a second time."""
        # From the numbered log: through the view `change`, SQLite walks the whole log for a list of ids (its joins
        # come first), and a first sync asks this of every page, the log growing with each.
        sql = (
            "SELECT n.name FROM log_name n WHERE n.name IN ({}) "
            "AND EXISTS (SELECT 1 FROM change_log c WHERE c.record_id = n.num)"
        )
        return {r[0] for r in _rows_for(self.conn, sql, sorted(ids))} | (ids & SEEDS.keys())

    def _create(self, records: Sequence[SnapshotRecord], *, index: bool = True) -> Applied:
        """Log and create records new to this device: every field of theirs is the first write of it seen here,
        so it wins, and no write of this device can conflict with it."""
        self.w.begin_action(as_user="$sync")
        logged: list[tuple[Any, ...]] = []
        by_kind: dict[RecordType, dict[str, dict[str, Any]]] = defaultdict(dict)
        newest: dict[str, int] = {}
        action = self.w.action_id
        for rec in records:
            kind = _KNOWN_TYPES[rec.record_type]
            t, rid = rec.record_type, rec.record_id
            logged += [(t, rid, f, v, h, d, u, action, None) for f, v, h, d, u in rec.fields]
            by_kind[kind][rid] = {f: v for f, v, _h, _d, _u in rec.fields}
            newest[rid] = max(f[2] for f in rec.fields)
        self.w.log_received(logged)
        # Companies first: their people already here are indexed again with the company's name, while the people
        # created on this page are indexed from their new rows, with it too.
        for kind in sorted(by_kind, key=lambda k: k is not RecordType.COMPANY):
            if kind is RecordType.COMPANY:
                self._reindex_people_of(list(by_kind[kind]))
            self.w.mark_created(kind, self._insert_rows(kind, by_kind[kind], newest), index=index)
        return Applied(entries=len(logged))

    def _insert_rows(
        self, kind: RecordType, records: dict[str, dict[str, str | None]], newest: dict[str, int]
    ) -> dict[str, dict[str, Any]]:
        """Insert the rows of records new here from their fields' log texts; returns the rows by id. Each row's
        updated_at is the time of the newest write of its fields, as on every other device that holds them."""
        codec = CODECS[kind]
        convert = _column_converters(codec)
        now = codec.to_column("updated_at", self.w._now())
        blank = self._blank_row(kind)
        rows: dict[str, dict[str, Any]] = {}
        times: dict[int, str] = {}
        for record_id, fields in records.items():
            row = {**blank, "created_at": now, **self._column_values(kind, record_id, fields, convert)}
            row.update(derived_values(kind, row))
            millis = newest[record_id] >> COUNTER_BITS
            updated = times.get(millis)
            if updated is None:
                updated = times[millis] = codec.to_column("updated_at", stamp_time(newest[record_id]))
            row["id"], row["updated_at"] = record_id, updated
            rows[record_id] = row
        columns = codec.columns
        self.conn.exec_driver_sql(
            f"INSERT INTO {codec.table.name} ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [tuple(row[name] for name in columns) for row in rows.values()],
        )
        return rows

    @staticmethod
    def _column_values(
        kind: RecordType, record_id: str, fields: dict[str, str | None], convert: dict[str, Callable[[str | None], Any]]
    ) -> dict[str, Any]:
        """Column values from fields' log texts; a field of a newer Cardfile, or a value that does not fit its
        column, is left out (it stays in the change log)."""
        values = {}
        for name, text in fields.items():
            to_column = convert.get(name)
            if to_column is None:
                continue
            try:
                values[name] = to_column(text)
            except Unfit as unfit:
                log.warning("sync: %s %s: %s is %s; the value is kept in the history only", kind, record_id, name,
                            unfit)  # fmt: skip
        return values

    def _reindex_people_of(self, company_ids: list[str]) -> None:
        """People already here whose company was just created or renamed: their index entry names the company."""
        sql = "SELECT id FROM contact WHERE company_id IN ({})"
        people = [r[0] for r in _rows_for(self.conn, sql, company_ids)]
        if people:
            self.w.mark_changed(RecordType.CONTACT, people)

    def _unpushed_own(self, held: tuple[int, str, str | None, int, str]) -> bool:
        return held[1] == self.device_id and held[3] > self.pushed_seq

    def _versions(self, ids: set[str]) -> dict[tuple[str, str], list[tuple[int, str, str | None, int, str]]]:
        """Every logged write of the fields of these records: (hlc, device, value, seq, user) by (record, field)."""
        out: dict[tuple[str, str], list[tuple[int, str, str | None, int, str]]] = {}
        # The records' numbers first (see `_held`): the view `change` would be walked whole for a list of ids.
        sql = (
            "SELECT r.name, f.name, c.hlc, d.name, c.value, c.seq, u.name FROM log_name r "
            "CROSS JOIN change_log c ON c.record_id = r.num LEFT JOIN log_name f ON f.num = c.field "
            "LEFT JOIN log_name d ON d.num = c.device_id LEFT JOIN log_name u ON u.num = c.user_id "
            "WHERE r.name IN ({})"
        )
        plausible = self._plausible
        for rid, fld, hlc, dev, value, seq, user in _rows_for(self.conn, sql, sorted(ids)):
            if hlc <= plausible:
                out.setdefault((rid, fld), []).append((hlc, dev, value, seq, user))
        return out

    def _note_conflict(self, body: ConflictBody, logged: list[tuple[Any, ...]]) -> bool:
        """Log a conflict this device noticed (it is pushed like any change); False if it is known already."""
        cid = body.conflict_id
        known = self.conn.exec_driver_sql("SELECT 1 FROM conflict WHERE id = ?", (cid,)).first()
        if known is not None:
            return False
        entry = body.entry(hlc=self.stamp(), device_id=self.device_id, user=self.account)
        logged.append(
            (CONFLICT, cid, CONFLICT_BODY, entry.value, entry.hlc, self.device_id, self.account, self.w.action_id, None)
        )
        store_conflict(self.conn, body)
        return True

    def _flush(
        self,
        logged: list[tuple[Any, ...]],
        updates: dict[str, dict[str, dict[str, str | None]]],
        types: dict[str, str],
        newest: dict[str, int],
        result: Applied | None = None,
    ) -> None:
        self.w.log_received(logged)
        for record_type, records in updates.items():
            if record_type == CONFLICT:
                for cid, fields in records.items():
                    if self._apply_conflict(cid, fields) and result is not None:
                        result.conflicts.append(cid)
                continue
            kind = _KNOWN_TYPES.get(record_type)
            if kind is None:
                continue  # a record type of a newer Cardfile: its writes stay in the log until this one knows it
            self._set_records(kind, records, newest)
            self.w.mark_changed(kind, list(records))
            if kind is RecordType.COMPANY:
                self._reindex_people_of([cid for cid, fields in records.items() if "name" in fields])

    def _set_records(self, kind: RecordType, records: dict[str, dict[str, str | None]], newest: dict[str, int]) -> None:
        """Set the winning fields on the rows of these records, creating the rows this device does not have yet.

        New rows are inserted together, one statement for the page: a new device's snapshot creates every row.
        A row's updated_at moves on to the time of the newest write now held (never back): every device that holds
        the same writes shows the same time, whenever it pulled them.
        """
        codec = CODECS[kind]
        table = codec.table.name
        convert = _column_converters(codec)
        existing = self._existing(table, list(records))
        for record_id, fields in records.items():
            if record_id not in existing:
                continue
            values = self._column_values(kind, record_id, fields, convert)
            values.update(derived_values(kind, values))
            updated = codec.to_column("updated_at", stamp_time(newest[record_id]))
            assignments = "".join(f"{name} = ?, " for name in values)
            self.conn.exec_driver_sql(
                f"UPDATE {table} SET {assignments}updated_at = max(updated_at, ?) WHERE id = ?",
                (*values.values(), updated, record_id),
            )
        new = {record_id: fields for record_id, fields in records.items() if record_id not in existing}
        if new:
            self._insert_rows(kind, new, newest)

    def _existing(self, table: str, ids: list[str]) -> set[str]:
        """Which of these records have a row here."""
        return {r[0] for r in _rows_for(self.conn, f"SELECT id FROM {table} WHERE id IN ({{}})", ids)}

    def _blank_row(self, kind: RecordType) -> dict[str, Any]:
        """Column values of a new row before its fields are set: defaults, or placeholders until a later page."""
        row = self._blanks.get(kind)
        if row is None:
            codec = CODECS[kind]
            row = {}
            for name in codec.columns:
                default = codec.default(name)
                row[name] = codec.to_column(name, default) if default is not None else _placeholder(codec, name)
            self._blanks[kind] = row
        return row

    def _apply_conflict(self, cid: str, fields: dict[str, str | None]) -> bool:
        """A conflict record's fields as they win here; True when the conflict is new to this device."""
        new = False
        if fields.get(CONFLICT_BODY):
            known = self.conn.exec_driver_sql("SELECT 1 FROM conflict WHERE id = ?", (cid,)).first()
            if known is None:
                store_conflict(self.conn, ConflictBody.from_text(str(fields[CONFLICT_BODY])))
                new = True
        if RESOLVED in fields:
            self.conn.exec_driver_sql("UPDATE conflict SET resolution = ? WHERE id = ?", (fields[RESOLVED], cid))
        return new

    def purge(self, record_type: str, record_id: str, *, erased_by: Entry | None) -> None:
        """Remove a record and all it ever held from this device: erased everywhere, or no longer ours to see."""
        conn = self.conn
        kind = _KNOWN_TYPES.get(record_type)
        if kind is not None:
            conn.exec_driver_sql(f"DELETE FROM {CODECS[kind].table.name} WHERE id = ?", (record_id,))
            search.remove(conn, [record_id])
            self.w.forget(kind, record_id)
        self.w.erased_values()
        conflicts = [r[0] for r in conn.exec_driver_sql("SELECT id FROM conflict WHERE record_id = ?", (record_id,))]
        forget_changes(conn, [record_id, *conflicts])
        conn.exec_driver_sql("DELETE FROM conflict WHERE record_id = ? OR id = ?", (record_id, record_id))
        if erased_by is not None:
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO erasure (record_id, record_type, hlc, device_id, user_id, erased_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    record_id,
                    record_type,
                    erased_by.hlc,
                    erased_by.device_id,
                    erased_by.user,
                    CODECS[RecordType.CONTACT].to_column("created_at", self.w._now()),
                ),
            )


def _rows_for(conn: Connection, sql: str, ids: Sequence[str]) -> Iterator[Any]:
    """The rows of `sql` for many ids, `_CHUNK` at a time: `{}` in `sql` is where the list of them goes."""
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        yield from conn.exec_driver_sql(sql.format(",".join("?" for _ in chunk)), tuple(chunk))


def put_names_in_step(w: Writer, after_seq: int) -> int:
    """Build again the display name and sort key of people whose name parts came from different writers, among
    those another device wrote a name part of since change-log row `after_seq`; returns how many were rebuilt.

    Each edit of a name part writes the display name and sort key along with it, from the parts as its device saw
    them; when two devices edit two parts at once (the given name here, the family name there), the merge keeps both
    parts but only one side's display name. A device notices once a sync has pulled everything (a record may arrive
    over several pages), builds them from the parts it now holds and writes them as its own edit, which syncs like
    any other. Every device that notices writes the same value, so nothing goes back and forth
    (see `names_out_of_step`).
    """
    conn = w.conn
    marks = ", ".join("?" for _ in _NAME_INPUTS)
    # Not DISTINCT: SQLite would then walk the whole record index rather than the few rows after `after_seq`.
    found = conn.exec_driver_sql(
        "SELECT record_id FROM change WHERE seq > ? AND record_type = 'contact' AND device_id <> ? "
        f"AND field IN ({marks})",
        (after_seq, w.device_id, *sorted(_NAME_INPUTS)),
    )
    ids = sorted({r[0] for r in found})
    if not ids:
        return 0
    order = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'name_order'").scalar()
    family_first = _loads(order) == "family_first"
    sql = (
        f"SELECT {', '.join('c.' + c for c in _NAME_COLUMNS)}, co.name FROM contact c "
        "LEFT JOIN company co ON co.id = c.company_id WHERE c.id IN ({})"
    )
    rebuilt = 0
    for row in list(_rows_for(conn, sql, ids)):
        values = dict(zip(_NAME_COLUMNS, row, strict=False))
        emails = _loads(values["emails"])
        values["emails"] = [e for e in emails if isinstance(e, dict)] if isinstance(emails, list) else []
        values["display_name_custom"] = bool(values["display_name_custom"])
        fixes = names_out_of_step(values, row[-1], family_first)
        if fixes:
            w.begin_action(as_user="$sync")  # sync's doing, not the person's: Undo does not offer it
            w.update(RecordType.CONTACT, values["id"], fixes)
            rebuilt += 1
    return rebuilt


def store_conflict(conn: Connection, body: ConflictBody) -> None:
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO conflict (id, record_type, record_id, field, winner_value, winner_hlc, winner_device, "
        "winner_user, loser_value, loser_hlc, loser_device, loser_user) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            body.conflict_id,
            body.record_type,
            body.record_id,
            body.field,
            body.winner.value,
            body.winner.hlc,
            body.winner.device_id,
            body.winner.user,
            body.loser.value,
            body.loser.hlc,
            body.loser.device_id,
            body.loser.user,
        ),
    )


def _side(held: tuple[int, str, str | None, int, str]) -> Any:
    from cardfile.sync.merge import Side

    return Side(held[2], held[0], held[1], held[4])


def _column_converters(codec: TableCodec) -> dict[str, Callable[[str | None], Any]]:
    """For each field sync may set on this table: change-log JSON text -> column value (as `from_change` and
    `to_column` give it, without building the Python value where the column keeps the JSON text itself).

    A converter raises `Unfit` for a value its field cannot hold — the rules of `domain.field_rules`, which the
    server checks every push against too: another device, a newer Cardfile or a server that did not check wrote
    something this one cannot keep in that column, and it stays in the change log only.
    """
    converters = _CONVERTERS.get(codec.record_type)
    if converters is None:
        converters = {}
        rules = RULES[codec.record_type]
        for name in codec.columns:
            if name in MANAGED_FIELDS or name in DERIVED_COLUMNS:
                continue  # a peer never sets these (a hostile one may try: its value stays in the log)
            rule = rules[name]
            if name in codec.json_columns:
                converters[name] = functools.partial(_json_column, rule)
            elif name in codec.datetime_columns or name in codec.bool_columns:
                converters[name] = _Remembered(functools.partial(_via_python, codec, name, rule))
            elif name in codec.blob_columns:
                converters[name] = functools.partial(_via_python, codec, name, rule)
            else:
                converters[name] = functools.partial(_plain_column, rule, rule.check is _TEXT_CHECK)
        _CONVERTERS[codec.record_type] = converters
    return converters


_CONVERTERS: dict[RecordType, dict[str, Callable[[str | None], Any]]] = {}
_REMEMBERED = 50_000  # texts a converter keeps the column value of, at most
_MISSING = object()


class _Remembered:
    """A converter of a column whose values repeat — flags, and the times of records made together — that converts
    each text once (a first sync converts a million values; parsing a time is most of a record's conversion). The
    conversion is a pure function of the text; a text it refuses (`Unfit`) is not remembered."""

    __slots__ = ("_convert", "_seen")

    def __init__(self, convert: Callable[[str | None], Any]) -> None:
        self._convert = convert
        self._seen: dict[str | None, Any] = {}

    def __call__(self, text: str | None) -> Any:
        value = self._seen.get(text, _MISSING)
        if value is _MISSING:
            value = self._convert(text)
            if len(self._seen) >= _REMEMBERED:
                self._seen.clear()
            self._seen[text] = value
        return value


_TEXT_CHECK = RULES[RecordType.NOTE]["body"].check


def _checked(rule: Rule, text: str | None) -> Any:
    value = decode(text)
    rule(value)
    return value


def _json_column(rule: Rule, text: str | None) -> str | None:
    """A JSON column keeps the change log's text (both are compact JSON); JSON null is SQL NULL."""
    return None if _checked(rule, text) is None else text


def _plain_column(rule: Rule, is_text: bool, text: str | None) -> Any:
    if is_text and text and is_plain_string(text):
        if len(text) > MAX_VALUE_CHARS:
            raise Unfit("too large")
        return text[1:-1]  # most values: a JSON string without escapes is the text between its quotes
    return _checked(rule, text)


def _via_python(codec: TableCodec, name: str, rule: Rule, text: str | None) -> Any:
    if _checked(rule, text) is None:
        return None
    try:
        return codec.to_column(name, codec.from_change(name, text))
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
        raise Unfit(f"cannot be read as a {name} ({exc})") from exc


def _placeholder(codec: Any, name: str) -> Any:
    """A value for a NOT NULL column without a default, until the write that sets it arrives (a later page)."""
    column = codec.table.c[name]
    if column.nullable:
        return None
    if name in codec.datetime_columns:
        return codec.to_column(name, datetime(1970, 1, 1))
    return ""


def _loads(text: str | None) -> Any:
    try:
        return json.loads(text) if text is not None else None
    except ValueError:
        return None
