"""The change log read back: a record's field history, the Trash, and Undo/Redo of whole actions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from cardfile.domain.errors import EraseNotAllowed, NotFound, NothingToUndo, ValidationError
from cardfile.domain.values import RecordType
from cardfile.services import disambiguation
from cardfile.services.database import TABLE_OF
from cardfile.services.readmodels import ActionRead, FieldChange, JobLeft, TimelineEntry, TrashItem
from cardfile.services.record_names import NAME_COLUMN
from cardfile.store import seeds
from cardfile.store.codec import CODECS, parse_utc
from cardfile.store.writer import Writer
from cardfile.sync.hlc import unpack

if TYPE_CHECKING:
    from cardfile.services.container import Services

_TRASH_TYPES = (
    RecordType.CONTACT,
    RecordType.COMPANY,
    RecordType.ACTIVITY,
    RecordType.NOTE,
    RecordType.DEAL,
    RecordType.GROUP,
    RecordType.LOOKUP,
    RecordType.CUSTOM_FIELD,
)


def _logged_value(record_type: str, field: str, text: str | None) -> Any:
    """A value of the change log in its Python form; what another device (or a newer Cardfile) wrote in a shape
    this one does not read is shown as it was written rather than hiding the whole history."""
    try:
        return CODECS[RecordType(record_type)].from_change(field, text)
    except (ValueError, TypeError, KeyError):
        try:
            return json.loads(text) if text is not None else None
        except ValueError:
            return text


def _time(text: str) -> Any:
    return parse_utc(text.replace(" ", "T"))


class HistoryService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    # ----- audit trail -----

    def field_changes(self, record_id: str) -> list[FieldChange]:
        """Every value each field of a record has had, oldest first: who set it, when, from which device, and the
        value it replaced (`old`; None for a field's first value).

        A change made on this computer is dated by its action; one pulled from another device by the clock stamp
        it was written with there, so a sync brings in yesterday's edit as yesterday's, not as the moment it
        arrived.
        """
        here = self._db.store.device_id
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                "SELECT ch.record_type, ch.field, ch.value, a.created_at, ch.user_id, ch.device_id, ch.action_id, "
                "coalesce(a.label, 'Sync'), ch.hlc FROM change ch LEFT JOIN action a ON a.id = ch.action_id "
                "WHERE ch.record_id = ? ORDER BY ch.hlc, ch.seq",
                (record_id,),
            ).all()
        out = []
        previous: dict[str, Any] = {}
        for record_type, field, value, at, user, device, action, label, hlc in result:
            decoded = _logged_value(record_type, field, value)
            if device == here and at:
                when = _time(at)
            else:
                when = datetime.fromtimestamp(unpack(hlc)[0] / 1000, tz=UTC)
            out.append(
                FieldChange(
                    record_type,
                    record_id,
                    field,
                    decoded,
                    when,
                    user,
                    device,
                    action,
                    label,
                    old=previous.get(field),
                    hlc=hlc,
                )
            )
            previous[field] = decoded
        return out

    def timeline(self, record_type: str, record_id: str) -> list[TimelineEntry]:
        """A person's or company's history as one list, newest first: completed (or cancelled) activities, notes,
        and the change log of the record's own fields, one entry per action. An activity's history is the change
        log of its own fields."""
        if record_type not in ("contact", "company", "activity"):
            raise ValidationError(
                field="record type",
                problem=f"a timeline is kept for contacts, companies and activities, not {record_type!r}",
                reason="wrong_record_type",
                record_type=record_type,
            )
        services = self._services
        if record_type == "activity":
            activities = []
        elif record_type == "contact":
            activities = services.activities.list(contact_id=record_id)
        else:
            activities = services.activities.list(company_id=record_id)
        entries = [
            TimelineEntry(
                kind="activity",
                # when it happened, not when it was cleared (a call logged on Friday for Monday is Monday's)
                at=activity.happened_at or activity.completed_at or activity.starts_at or activity.meta.updated_at,
                record_id=activity.id,
                title=activity.subject,
                detail=activity.outcome,
                user_id=activity.meta.owner_id,
                activity_type=activity.type_name,
                activity_kind=activity.kind,
                status=activity.status,
                result=activity.result or "",
            )
            for activity in activities
            if activity.status in ("done", "cancelled")
        ]
        entries += [
            TimelineEntry(
                kind="note",
                at=note.meta.created_at,
                record_id=note.id,
                title=note.display_name,
                detail=note.body,
                user_id=note.meta.owner_id,
            )
            for note in (services.notes.list(record_id=record_id) if record_type != "activity" else [])
        ]
        changes = self.field_changes(record_id)
        here = self._db.store.device_id
        merges, held = services.merging.timeline_entries(record_id, changes)
        entries += merges
        actions: dict[Any, list[FieldChange]] = {}
        for n, change in enumerate(changes):
            if n in held:  # shown with the merge or unmerge that made it
                continue
            # This computer's changes go by action; pulled ones by their device and clock stamp (one per write
            # there), since one sync here brings in many actions of other people.
            key = change.action_id if change.device_id == here else (change.device_id, change.hlc)
            actions.setdefault(key, []).append(change)
        entries += [
            TimelineEntry(
                kind="change",
                at=fields[0].at,
                record_id=record_id,
                title=fields[0].action_label,
                user_id=fields[0].user_id,
                changes=fields,
            )
            for fields in actions.values()
        ]
        entries.sort(key=lambda entry: entry.at, reverse=True)  # stable: one moment keeps the order above
        return entries

    # ----- Trash -----

    def trash(self) -> list[TrashItem]:
        """Deleted records of every kind, most recently deleted first, each with what tells it apart from others
        of its name (a person's company and email) and who deleted it. People and companies merged into another are
        not among them: they come back by unmerging (services.merging), not from the Trash."""
        items: list[TrashItem] = []
        may_erase = self._services.sync.erase_rule()
        with self._db.read() as conn:
            for record_type in _TRASH_TYPES:
                table = TABLE_OF[record_type]
                name = NAME_COLUMN[record_type]
                merged = " AND merged_into IS NULL" if record_type in (RecordType.CONTACT, RecordType.COMPANY) else ""
                found = conn.exec_driver_sql(
                    f"SELECT id, {name}, deleted_at, owner_id FROM {table} WHERE deleted_at IS NOT NULL{merged}"
                ).all()
                ids = [row[0] for row in found]
                distinctions = disambiguation.details(conn, record_type, ids)
                deleted_by = self._deleted_by(conn, ids)
                listed = []
                for rid, label, deleted_at, owner in found:
                    label = label.strip().split("\n", 1)[0][:80] if record_type is RecordType.NOTE else label
                    listed.append((rid, label, deleted_at, owner))
                facts = disambiguation.tell_apart(
                    [(label, distinctions.get(rid, disambiguation.Distinction())) for rid, label, _, _ in listed]
                )
                for (rid, label, deleted_at, owner), detail in zip(listed, facts, strict=True):
                    items.append(
                        TrashItem(
                            record_type.value,
                            rid,
                            label,
                            _time(deleted_at),
                            owner=owner,
                            erasable=may_erase(owner),
                            detail=detail,
                            deleted_by=deleted_by.get(rid, ""),
                        )
                    )
        return sorted(items, key=lambda i: i.deleted_at, reverse=True)

    @staticmethod
    def _deleted_by(conn: Any, ids: Sequence[str]) -> dict[str, str]:
        """Who last moved each record to the Trash: the user of its latest change of `deleted_at`."""
        out: dict[str, str] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" for _ in chunk)
            # SQLite takes the bare column (user_id) from the row holding max(hlc).
            for record_id, user, _hlc in conn.exec_driver_sql(
                "SELECT record_id, user_id, max(hlc) FROM change "
                f"WHERE field = 'deleted_at' AND record_id IN ({marks}) GROUP BY record_id",
                tuple(chunk),
            ):
                out[record_id] = user
        return out

    def user(self) -> str:
        """The user this computer writes as ("me" until it signs in to a sync server): whose changes are one's own."""
        return str(self._db.store.user_id)

    def restore(self, record_type: str, record_id: str) -> bool:
        with self._db.write("Restore from Trash") as w:
            return w.restore(RecordType(record_type), record_id)

    def erase(self, record_type: str, record_id: str) -> None:
        """Erase a record for good, with every value it had in the change log (a person's right to be forgotten).

        Links to and from it are erased too; records that referred to it lose the reference (a logged change).
        """
        kind = RecordType(record_type)
        with self._db.write("Erase record") as w:
            owner = w.get(kind, record_id)["owner_id"]
            if not self._services.sync.may_erase(owner):
                raise EraseNotAllowed(owner=owner, record_type=kind.value)
            self._erase(w, kind, record_id)

    def erase_within(self, w: Writer, kind: RecordType, record_id: str) -> None:
        """Erase a record inside a caller's transaction, as `erase` does (merging erases what went into an erased
        record)."""
        self._erase(w, kind, record_id)

    def empty_trash(self) -> int:
        """Erase what is in the Trash for good; returns how many records. Records someone else owns stay there,
        unless the user administers the sync server (see `erasable`)."""
        items = [item for item in self.trash() if item.erasable]
        with self._db.write("Empty Trash") as w:
            for item in items:
                if w.exists(RecordType(item.record_type), item.id):
                    self._erase(w, RecordType(item.record_type), item.id)
        return len(items)

    def _erase(self, w: Writer, kind: RecordType, record_id: str) -> None:
        conn = w.conn
        for (link_id,) in conn.exec_driver_sql(
            "SELECT id FROM link WHERE source_id = ? OR target_id = ?", (record_id, record_id)
        ).all():
            w.erase(RecordType.LINK, link_id)
        references = {
            RecordType.COMPANY: [
                (RecordType.CONTACT, "company_id"),
                (RecordType.COMPANY, "parent_id"),
                (RecordType.ACTIVITY, "company_id"),
                (RecordType.DEAL, "company_id"),
            ],
            RecordType.DEAL: [(RecordType.ACTIVITY, "deal_id")],
        }.get(kind, [])
        self._services.merging.erase_with(w, kind, record_id, lambda k, i: self._erase(w, k, i))
        for ref_type, column in references:
            table = TABLE_OF[ref_type]
            for (rid,) in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE {column} = ?", (record_id,)).all():
                w.update(ref_type, rid, {column: None})
        w.erase(kind, record_id)

    # ----- undo and redo -----

    def actions(self, limit: int = 50) -> list[ActionRead]:
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                "SELECT id, label, created_at, undone_by, undoes FROM action WHERE user_id = ? "
                "ORDER BY created_at DESC, rowid DESC LIMIT ?",
                (self._db.store.user_id, limit),
            ).all()
        return [
            ActionRead(i, label, _time(at), undone is not None, undoes is not None)
            for i, label, at, undone, undoes in result
        ]

    def _recent(self, limit: int = 500) -> list[tuple[str, str, str | None, str | None, str]]:
        """Recent actions of this user, newest first, with their kind: normal, undo or redo."""
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                "SELECT id, label, undoes, undone_by FROM action WHERE user_id = ? "
                "ORDER BY created_at DESC, rowid DESC LIMIT ?",
                (self._db.store.user_id, limit),
            ).all()
        by_id = {r[0]: r for r in result}
        kinds: dict[str, str] = {}

        def kind(action_id: str) -> str:
            if action_id not in kinds:
                row = by_id.get(action_id)
                if row is None or row[2] is None:
                    kinds[action_id] = "normal"
                else:  # an undo of an undo is a redo; an undo of anything else is an undo
                    kinds[action_id] = "redo" if kind(row[2]) == "undo" else "undo"
            return kinds[action_id]

        return [(r[0], r[1], r[2], r[3], kind(r[0])) for r in result]

    def next_undo(self) -> ActionRead | None:
        """What Undo would take back now (the latest action not yet undone), with how many records of each type it
        touched; None when there is nothing to undo. For naming the menu item: "Undo Delete 3 contacts"."""
        candidates = [a for a in self._recent() if a[3] is None and a[4] != "undo"]
        return self._described(candidates[0][0]) if candidates else None

    def next_redo(self) -> ActionRead | None:
        """What Redo would bring back now (the latest undo, while nothing else was done since); None if nothing."""
        found = self._redoable()
        return self._described(found[0]) if found is not None else None

    def _described(self, action_id: str) -> ActionRead | None:
        with self._db.read() as conn:
            row = conn.exec_driver_sql(
                "SELECT label, created_at, undone_by, undoes, job_id FROM action WHERE id = ?", (action_id,)
            ).first()
            if row is None:
                return None
            label, at, undone, undoes, job_id = row
            counts: dict[str, int] = {}
            if job_id is None:  # a job (an import) is named by its label alone: counting it would read millions
                for record_type, count in conn.exec_driver_sql(
                    "SELECT record_type, count(DISTINCT record_id) FROM change WHERE action_id = ? "
                    "GROUP BY record_type",
                    (action_id,),
                ):
                    counts[str(record_type)] = int(count)
        return ActionRead(action_id, label, _time(at), undone is not None, undoes is not None, counts)

    def undo(self, action_id: str | None = None) -> ActionRead:
        """Take back an action (default: the latest one not yet undone) by writing the values it replaced.

        An action that belongs to a long job (each batch of an import is one) takes the whole job back with it:
        the job is one step for the person who started it. The undo is itself an action in the change log, so it
        syncs like any edit and can be redone.
        """
        if action_id is None:
            candidates = [a for a in self._recent() if a[3] is None and a[4] != "undo"]
            if not candidates:
                raise NothingToUndo()
            action_id, label = candidates[0][0], candidates[0][1]
        with self._db.read() as conn:
            row = conn.exec_driver_sql("SELECT label, job_id FROM action WHERE id = ?", (action_id,)).first()
        if row is None:
            raise NotFound(record_type="action", record_id=action_id)
        label, job_id = row
        if job_id is not None:
            return self._revert_job(job_id)
        return self._revert(action_id, f"Undo {label.removeprefix('Redo ')}")

    def redo(self) -> ActionRead:
        """Take back the latest undo, as long as nothing else was done since."""
        found = self._redoable()
        if found is None:
            raise NothingToUndo()
        action_id, label = found
        return self._revert(action_id, "Redo " + label.removeprefix("Undo "))

    def _redoable(self) -> tuple[str, str] | None:
        """The undo Redo would take back: the latest one not yet redone, unless something else was done since."""
        for action_id, label, _undoes, undone_by, kind in self._recent():
            if kind == "redo" or (kind == "undo" and undone_by is not None):
                continue
            if kind == "undo":
                return action_id, label
            break
        return None

    def records_of_job(self, job_id: str) -> dict[str, list[str]]:
        """The records a long job (an import) wrote, by record type: what the app shows once it is done."""
        with self._db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT DISTINCT c.record_type, c.record_id FROM change c JOIN action a ON a.id = c.action_id "
                "WHERE a.job_id = ? AND a.undone_by IS NULL",
                (job_id,),
            ).all()
        out: dict[str, list[str]] = {}
        for record_type, record_id in rows:
            out.setdefault(record_type, []).append(record_id)
        return out

    def undo_job(self, job_id: str) -> int:
        """Take back every batch a long job (an import, say) wrote, in one action; returns how many of the job's
        actions were undone (0 when there was nothing left to undo)."""
        with self._db.read() as conn:
            count = conn.exec_driver_sql(
                "SELECT count(*) FROM action WHERE job_id = ? AND undone_by IS NULL", (job_id,)
            ).scalar_one()
        if count:
            self._revert_job(job_id)
        return int(count)

    def job_left(self, job_id: str) -> JobLeft:
        """What a long job wrote that has not been undone: records it created and records it changed, by type, and
        the last of its actions (undoing it takes back the whole job)."""
        pending = "SELECT id FROM action WHERE job_id = ? AND undone_by IS NULL"
        with self._db.read() as conn:
            # Joined to the job's actions rather than `action_id IN (…)`, which SQLite answers by reading the whole
            # change log through the view.
            rows = conn.exec_driver_sql(
                "SELECT record_type, created, count(*) FROM ("
                " SELECT c.record_type, c.record_id, max(c.field = 'created_at') AS created FROM change c"
                " JOIN action a ON a.id = c.action_id WHERE a.job_id = ? AND a.undone_by IS NULL"
                " GROUP BY c.record_type, c.record_id"
                ") GROUP BY record_type, created",
                (job_id,),
            ).all()
            last = conn.exec_driver_sql(f"{pending} ORDER BY created_at DESC, rowid DESC LIMIT 1", (job_id,)).first()
        left = JobLeft(action_id=last[0] if last else None)
        for record_type, created, count in rows:
            (left.created if created else left.changed)[record_type] = int(count)
        return left

    def _revert_job(self, job_id: str) -> ActionRead:
        """One undo action for all the job's actions not yet undone; redoing it brings the whole job back."""
        with self._db.read() as conn:
            found = conn.exec_driver_sql(
                "SELECT id, label FROM action WHERE job_id = ? AND undone_by IS NULL ORDER BY created_at, rowid",
                (job_id,),
            ).all()
        if not found:
            raise NothingToUndo()
        labels = list(dict.fromkeys(label for _, label in found))
        label = f"Undo {labels[0]}" + (f" and {len(labels) - 1} more" if len(labels) > 1 else "")
        return self._revert(found[-1][0], label, job_id=job_id)

    def _trash_created(self, w: Writer, created: Sequence[Any]) -> None:
        """Move records an undone action created to the Trash, all of a kind at once (Writer.delete_many): undoing
        an import of 100,000 people is a few statements per 500 of them, not a few per person."""
        by_type: dict[str, list[str]] = {}
        for record_type, record_id, _number in created:
            by_type.setdefault(record_type, []).append(record_id)
        w.know_numbers({record_id: number for _, record_id, number in created})
        for record_type, ids in by_type.items():
            w.delete_many(RecordType(record_type), ids)

    def _revert(self, action_id: str, label: str, *, job_id: str | None = None) -> ActionRead:
        """Write back the values from before the changes of the action (with `job_id`: of all the job's actions
        not yet undone).

        Records those changes created are moved to the Trash; their fields are neither fetched nor looked up, which
        keeps undoing an import of 100,000 contacts to a few queries per record rather than some per field. The
        change log is read by its numbers (`change_log`, through its index of actions and fields), not through the
        view `change`: a condition on the view's action id made SQLite read the whole log, every action's, and
        look up each row's names.
        """
        with self._db.write(label) as w:
            conn = w.conn
            conn.exec_driver_sql("CREATE TEMP TABLE undo_action (num INTEGER PRIMARY KEY)")
            conn.exec_driver_sql("CREATE TEMP TABLE undo_created (num INTEGER PRIMARY KEY, record_type INTEGER)")
            try:
                if job_id is None:
                    conn.exec_driver_sql(
                        "INSERT INTO temp.undo_action (num) SELECT num FROM log_name WHERE name = ?", (action_id,)
                    )
                else:
                    conn.exec_driver_sql(
                        "INSERT INTO temp.undo_action (num) SELECT num FROM log_name WHERE name IN "
                        "(SELECT id FROM action WHERE job_id = ? AND undone_by IS NULL)",
                        (job_id,),
                    )
                in_scope = "action_id IN (SELECT num FROM temp.undo_action)"
                conn.exec_driver_sql(
                    "INSERT OR IGNORE INTO temp.undo_created (num, record_type) SELECT record_id, record_type "
                    f"FROM change_log WHERE {in_scope} AND field = (SELECT num FROM log_name WHERE name = 'created_at')"
                )
                created = conn.exec_driver_sql(
                    "SELECT t.name, r.name, u.num FROM temp.undo_created u JOIN log_name t ON t.num = u.record_type "
                    "JOIN log_name r ON r.num = u.num ORDER BY u.num"
                ).all()
                # The changes to records the scope did not create: one pass over the scope's changes (an import of
                # 100,000 people made nearly two million), each record looked up among those created.
                changed = conn.exec_driver_sql(
                    "SELECT t.name, r.name, f.name, g.record_type, g.record_id, g.field, g.first FROM ("
                    f" SELECT record_type, record_id, field, min(seq) AS first FROM change_log WHERE {in_scope}"
                    " AND record_id NOT IN (SELECT num FROM temp.undo_created) GROUP BY record_type, record_id, field"
                    ") g JOIN log_name t ON t.num = g.record_type JOIN log_name r ON r.num = g.record_id "
                    "JOIN log_name f ON f.num = g.field"
                ).all()
            finally:
                conn.exec_driver_sql("DROP TABLE temp.undo_created")
                conn.exec_driver_sql("DROP TABLE temp.undo_action")
            if not created and not changed:
                raise NothingToUndo()
            w.begin_action()
            per_record: dict[tuple[str, str], dict[str, Any]] = {}
            for record_type, record_id, field, type_number, record_number, field_number, first_seq in changed:
                previous = conn.exec_driver_sql(
                    "SELECT value FROM change_log WHERE record_id = ? AND field = ? AND record_type = ? AND seq < ? "
                    "ORDER BY seq DESC LIMIT 1",
                    (record_number, field_number, type_number, first_seq),
                ).first()
                codec = CODECS[RecordType(record_type)]
                # No earlier change: the record's first value, which a seeded record (the Sales pipeline, its
                # stages) has from the migration rather than from the log.
                value = (
                    codec.from_change(field, previous[0])
                    if previous
                    else seeds.initial(record_id, field, codec.default(field))
                )
                per_record.setdefault((record_type, record_id), {})[field] = value
            for (record_type, record_id), values in per_record.items():
                kind = RecordType(record_type)
                if not w.exists(kind, record_id):
                    continue
                w.update(kind, record_id, values)
            self._trash_created(w, created)
            if job_id is not None:
                conn.exec_driver_sql(
                    "UPDATE action SET undone_by = ? WHERE job_id = ? AND undone_by IS NULL AND id != ?",
                    (w.action_id, job_id, w.action_id),
                )
            else:
                conn.exec_driver_sql("UPDATE action SET undone_by = ? WHERE id = ?", (w.action_id, action_id))
            conn.exec_driver_sql("UPDATE action SET undoes = ? WHERE id = ?", (action_id, w.action_id))
            new_id = w.action_id
        with self._db.read() as conn:
            row = conn.exec_driver_sql("SELECT label, created_at FROM action WHERE id = ?", (new_id,)).first()
        if row is None:
            raise NotFound(record_type="action", record_id=new_id)
        return ActionRead(new_id, row[0], _time(row[1]), False, True)
