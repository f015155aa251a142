"""Notes: free text linked to people, companies and deals."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import NoteCreate
from cardfile.domain.values import RecordType
from cardfile.services import records
from cardfile.services.readmodels import NoteRead, Ref, meta_of

if TYPE_CHECKING:
    from cardfile.services.container import Services

_TARGETS = (
    ("contact_ids", RecordType.CONTACT),
    ("company_ids", RecordType.COMPANY),
    ("deal_ids", RecordType.DEAL),
)


class NoteService:
    record_type = RecordType.NOTE

    def __init__(self, services: Services) -> None:
        self._db = services.db

    def add(self, data: NoteCreate) -> NoteRead:
        with self._db.write("Add note") as w:
            for attr, target_type in _TARGETS:
                for target in getattr(data, attr):
                    records.require_live(w.conn, target_type, target, target_type.value)
            values: dict[str, Any] = {"body": data.body, "private": data.private}
            if data.owner_id:
                values["owner_id"] = data.owner_id
            note_id = w.insert(RecordType.NOTE, values)
            for attr, target_type in _TARGETS:
                records.set_links(w, RecordType.NOTE, note_id, target_type, [(t, "") for t in getattr(data, attr)])
        return self.get(note_id)

    def edit(self, note_id: str, body: str) -> NoteRead:
        if not body.strip():
            raise ValidationError(field="body", problem="a note needs some text", reason="no_text")
        with self._db.write("Edit note") as w:
            w.update(RecordType.NOTE, note_id, {"body": body.strip()})
        return self.get(note_id)

    def delete(self, note_id: str) -> bool:
        with self._db.write("Delete note") as w:
            return w.delete(RecordType.NOTE, note_id)

    def restore(self, note_id: str) -> bool:
        with self._db.write("Restore note") as w:
            return w.restore(RecordType.NOTE, note_id)

    def get(self, note_id: str) -> NoteRead:
        with self._db.read() as conn:
            return self._reads(conn, [records.fetch_one(conn, RecordType.NOTE, note_id)])[0]

    def list(self, *, record_id: str | None = None, deleted: bool = False) -> builtins.list[NoteRead]:
        """Notes, newest first; with `record_id`, those linked to that person, company or deal."""
        where = ["n.deleted_at IS NOT NULL" if deleted else "n.deleted_at IS NULL"]
        params: builtins.list[Any] = []
        if record_id:
            where.append(
                "n.id IN (SELECT source_id FROM link WHERE source_type = 'note' AND target_id = ? "
                "AND deleted_at IS NULL)"
            )
            params.append(record_id)
        with self._db.read() as conn:
            ids = [
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT n.id FROM note n WHERE {' AND '.join(where)} ORDER BY n.created_at DESC, n.id DESC",
                    tuple(params),
                )
            ]
            by_id = records.fetch(conn, RecordType.NOTE, ids)
            return self._reads(conn, [by_id[i] for i in ids])

    def _reads(self, conn: Connection, rows: builtins.list[dict[str, Any]]) -> builtins.list[NoteRead]:
        ids = [r["id"] for r in rows]
        refs: dict[RecordType, dict[str, builtins.list[Ref]]] = {}
        for _, target_type in _TARGETS:
            links = records.linked(conn, RecordType.NOTE, ids, target_type)
            labels = records.names(conn, target_type, [t for ls in links.values() for t, _ in ls])
            refs[target_type] = {nid: [Ref(t, labels.get(t, "")) for t, _ in ls] for nid, ls in links.items()}
        return [
            NoteRead(
                r["id"],
                r["body"],
                refs[RecordType.CONTACT][r["id"]],
                refs[RecordType.COMPANY][r["id"]],
                refs[RecordType.DEAL][r["id"]],
                meta_of(r),
            )
            for r in rows
        ]

    def resolve(self, key: str) -> str:
        """A note id from an id or an id prefix of 8+ characters."""
        with self._db.read() as conn:
            return records.resolve(conn, RecordType.NOTE, key)
