"""Proof that no write bypasses the change log, reusable by any test that writes.

`snapshot()` reads every syncable table (and the log's high-water marks) straight from the database file;
`assert_changes_logged()` compares a later snapshot with it and checks that each field that changed has a change
record written since, holding the row's current value, an HLC stamp newer than anything before, this device, this
user and a new action. `assert_log_replays()` folds each record's change records in (hlc, seq) order over the column
defaults and checks the result is the row as stored — what a new device pulling the log would rebuild.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.store.codec import CODECS, DERIVED_COLUMNS
from cardfile.store.tables import SYNCED_TABLES

# Maintained by the store itself and deliberately not logged (every change record carries its own time).
UNLOGGED = frozenset({"id", "updated_at", *DERIVED_COLUMNS})
# Fields the writer logs when it creates a record, even at their default: a sync receiver learns from them that the
# record exists, who owns it and whether it is private.
LOGGED_ON_CREATE = ("created_at", "owner_id", "private")

Rows = dict[RecordType, dict[str, dict[str, Any]]]


@dataclass(frozen=True)
class Snapshot:
    rows: Rows
    last_seq: int
    last_hlc: int
    actions: frozenset[str]
    erasures: frozenset[str]


@dataclass(frozen=True)
class FieldDiff:
    """One field of one record that a write changed: what a change record must account for."""

    record_type: RecordType
    record_id: str
    field: str
    old: Any
    new: Any


@dataclass
class WriteCheck:
    """Filled in when a `changes_logged()` block ends: what the block changed."""

    diffs: list[FieldDiff] = field(default_factory=list)
    erased: set[str] = field(default_factory=set)

    def fields(self, record_type: RecordType) -> set[str]:
        return {d.field for d in self.diffs if d.record_type is record_type}

    def records(self, record_type: RecordType) -> set[str]:
        return {d.record_id for d in self.diffs if d.record_type is record_type}


def snapshot(services: Services) -> Snapshot:
    rows: Rows = {}
    with services.db.read() as conn:
        for record_type in SYNCED_TABLES:
            table = CODECS[record_type].table
            rows[record_type] = {r["id"]: dict(r) for r in conn.execute(select(table)).mappings()}
        last_seq, last_hlc = conn.exec_driver_sql(
            "SELECT coalesce(max(seq), 0), coalesce(max(hlc), 0) FROM change"
        ).one()
        actions = frozenset(r[0] for r in conn.exec_driver_sql("SELECT id FROM action"))
        erasures = frozenset(r[0] for r in conn.exec_driver_sql("SELECT record_id FROM erasure"))
    return Snapshot(rows, last_seq, last_hlc, actions, erasures)


def _base(record_type: RecordType) -> dict[str, Any]:
    codec = CODECS[record_type]
    return {name: codec.default(name) for name in codec.columns}


def diff(before: Snapshot, after: Snapshot) -> tuple[list[FieldDiff], set[tuple[RecordType, str]]]:
    """Fields changed between two snapshots (a new record differs from the column defaults), and vanished records."""
    diffs: list[FieldDiff] = []
    vanished: set[tuple[RecordType, str]] = set()
    for record_type, rows in after.rows.items():
        old_rows = before.rows[record_type]
        for record_id, row in rows.items():
            old = old_rows.get(record_id)
            base = old if old is not None else _base(record_type)
            for name, value in row.items():
                if name in UNLOGGED:
                    continue
                if value != base[name] or (old is None and name in LOGGED_ON_CREATE):
                    diffs.append(FieldDiff(record_type, record_id, name, base[name], value))
        vanished.update((record_type, rid) for rid in old_rows if rid not in rows)
    return diffs, vanished


def assert_changes_logged(services: Services, before: Snapshot) -> WriteCheck:
    """Every field changed since `before` has a new change record with its current value; erasures leave no values."""
    store = services.db.store
    after = snapshot(services)
    diffs, vanished = diff(before, after)
    new_actions = after.actions - before.actions
    problems: list[str] = []
    with services.db.read() as conn:
        for d in diffs:
            latest = conn.exec_driver_sql(
                "SELECT seq, value, hlc, device_id, user_id, action_id FROM change WHERE record_type = ? "
                "AND record_id = ? AND field = ? ORDER BY hlc DESC, seq DESC LIMIT 1",
                (d.record_type.value, d.record_id, d.field),
            ).first()
            where = f"{d.record_type.value} {d.record_id} {d.field} ({d.old!r} -> {d.new!r})"
            if latest is None or latest[0] <= before.last_seq:
                problems.append(f"{where}: no change record written")
                continue
            _seq, value, hlc, device_id, user_id, action_id = latest
            logged = CODECS[d.record_type].from_change(d.field, value)
            if logged != d.new:
                problems.append(f"{where}: change record holds {logged!r}")
            if hlc <= before.last_hlc and not _copied_from_its_series(conn, d.record_type, d.record_id, hlc):
                problems.append(f"{where}: HLC stamp {hlc} is not newer than {before.last_hlc}")
            if device_id != store.device_id or user_id != store.user_id:
                problems.append(f"{where}: written by device {device_id}, user {user_id}")
            if action_id not in new_actions:
                problems.append(f"{where}: action {action_id} is not an action of this write")
        for record_type, record_id in vanished:
            left = conn.exec_driver_sql("SELECT count(*) FROM change WHERE record_id = ?", (record_id,)).scalar_one()
            if left:
                problems.append(f"erased {record_type.value} {record_id} still has {left} change record(s)")
            erasure = conn.exec_driver_sql(
                "SELECT record_type, hlc, device_id FROM erasure WHERE record_id = ?", (record_id,)
            ).first()
            if erasure is None or erasure[0] != record_type.value or erasure[1] <= before.last_hlc:
                problems.append(f"erased {record_type.value} {record_id} has no new erasure record: {erasure}")
            if erasure is not None and erasure[2] != store.device_id:
                problems.append(f"erasure of {record_id} names device {erasure[2]}")
        orphans = conn.exec_driver_sql(
            "SELECT ch.record_type, ch.record_id, ch.field FROM change ch WHERE ch.seq > ? AND NOT EXISTS "
            "(SELECT 1 FROM action a WHERE a.id = ch.action_id)",
            (before.last_seq,),
        ).all()
        problems.extend(f"change record {o} belongs to no action" for o in orphans)
    assert not problems, "writes that bypassed the change log:\n" + "\n".join(problems)
    return WriteCheck(diffs, {rid for _, rid in vanished})


def _copied_from_its_series(conn: Any, record_type: RecordType, record_id: str, hlc: int) -> bool:
    """Whether a change is part of the creation of an occurrence's exception (or of its links), which is stamped as
    old as the series it copies (services.activities._as_old_as_the_series) — the one write stamped in the past."""
    activity_id = record_id
    if record_type is RecordType.LINK:
        row = conn.exec_driver_sql("SELECT source_id FROM link WHERE id = ?", (record_id,)).first()
        activity_id = row[0] if row else ""
    elif record_type is not RecordType.ACTIVITY:
        return False
    series = conn.exec_driver_sql("SELECT series_id FROM activity WHERE id = ?", (activity_id,)).first()
    if series is None or series[0] is None:
        return False
    stamp = conn.exec_driver_sql(
        "SELECT max(hlc) FROM change WHERE record_id = ? AND hlc <= ?", (series[0], hlc)
    ).scalar()
    created = conn.exec_driver_sql(
        "SELECT hlc FROM change WHERE record_id = ? AND field = 'created_at'", (record_id,)
    ).scalar()
    return hlc == stamp == created


@contextmanager
def changes_logged(services: Services) -> Iterator[WriteCheck]:
    """Run a block of writes, then prove each of its changes reached the change log."""
    before = snapshot(services)
    check = WriteCheck()
    yield check
    result = assert_changes_logged(services, before)
    check.diffs, check.erased = result.diffs, result.erased


def replay(services: Services, seed: Rows | None = None) -> Rows:
    """Every record rebuilt from the change log alone (seed records start from their seeded values)."""
    seed = seed or {}
    rebuilt: Rows = {}
    with services.db.read() as conn:
        result = conn.exec_driver_sql("SELECT record_type, record_id, field, value FROM change ORDER BY hlc, seq")
        for record_type_text, record_id, name, value in result:
            if not record_type_text:
                continue  # a placeholder keeping an erased row's number taken (writer.forget_changes)
            record_type = RecordType(record_type_text)
            rows = rebuilt.setdefault(record_type, {})
            if record_id not in rows:
                seeded = seed.get(record_type, {}).get(record_id)
                rows[record_id] = dict(seeded) if seeded is not None else _base(record_type)
            rows[record_id][name] = CODECS[record_type].from_change(name, value)
    return rebuilt


def assert_log_replays(services: Services, seed: Rows) -> int:
    """Folding the change log over the column defaults gives back every stored row (updated_at aside).

    `seed` holds the records every database starts with (built-in activity types, the default pipeline): they are
    written by the migration, identically on every device, so they start from their seeded values. Returns how many
    records were compared.
    """
    stored = snapshot(services).rows
    rebuilt = replay(services, seed)
    problems: list[str] = []
    compared = 0
    for record_type, rows in stored.items():
        for record_id, row in rows.items():
            expected = rebuilt.get(record_type, {}).get(record_id)
            if expected is None:
                expected = seed.get(record_type, {}).get(record_id)
                if expected is None:
                    problems.append(f"{record_type.value} {record_id} has no change records at all")
                    continue
            compared += 1
            for name, value in row.items():
                if name not in UNLOGGED and expected[name] != value:
                    problems.append(
                        f"{record_type.value} {record_id} {name}: stored {value!r}, log gives {expected[name]!r}"
                    )
        for record_id in set(rebuilt.get(record_type, {})) - set(rows):
            problems.append(f"{record_type.value} {record_id} is in the change log but not in the table")
    assert not problems, "the change log does not rebuild the tables:\n" + "\n".join(problems)
    return compared
