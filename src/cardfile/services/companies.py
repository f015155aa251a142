"""Companies (organizations): create, edit, list, delete to the Trash and restore; their people."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import Ambiguous, NotFound
from cardfile.domain.models import CompanyCreate, CompanyUpdate, ContactUpdate, validate
from cardfile.domain.text import fold
from cardfile.domain.values import RecordType
from cardfile.services import records
from cardfile.services.readmodels import CompanyRead, Ref, meta_of
from cardfile.store.writer import Writer

if TYPE_CHECKING:
    from cardfile.services.container import Services

_MULTI = ("emails", "phones", "addresses", "urls", "ims", "dates")


class CompanyService:
    record_type = RecordType.COMPANY

    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    def create(self, data: CompanyCreate) -> CompanyRead:
        with self._db.write("Add company") as w:
            (record_id,) = self.insert_many(w, [data])
        return self.get(record_id)

    def insert_many(self, w: Writer, items: Sequence[CompanyCreate]) -> builtins.list[str]:
        rows = []
        for data in items:
            if data.parent_id:
                records.require_live(w.conn, RecordType.COMPANY, data.parent_id, "parent")
            values = data.model_dump(exclude={"owner_id"} if not data.owner_id else set())
            for key in _MULTI:
                values[key] = records.entries(getattr(data, key))
            values["custom"] = records.check_custom(w.conn, "company", data.custom)
            values["sort_key"] = fold(data.name)
            rows.append(values)
        return w.insert_many(RecordType.COMPANY, rows)

    def ensure(self, w: Writer, name: str) -> str:
        """The id of the live company with this name (case- and accent-insensitive), created if there is none."""
        key = fold(name.strip())
        found = w.conn.exec_driver_sql(
            "SELECT id FROM company WHERE sort_key = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1", (key,)
        ).first()
        if found:
            return str(found[0])
        return self.insert_many(w, [validate(CompanyCreate, name=name)])[0]

    def update(self, company_id: str, changes: CompanyUpdate) -> CompanyRead:
        with self._db.write("Edit company") as w:
            current = w.get(RecordType.COMPANY, company_id)
            values: dict[str, Any] = {}
            for name in changes.model_fields_set:
                value = getattr(changes, name)
                if name in _MULTI:
                    value = records.entries(value)
                elif name == "custom":
                    value = records.merged_custom(current["custom"], records.check_custom(w.conn, "company", value))
                elif name == "name":
                    if not value:
                        raise records.ValidationError(field="name", problem="a company needs a name")
                    values["sort_key"] = fold(value)
                elif name == "parent_id" and value:
                    if value == company_id:
                        raise records.ValidationError(field="parent", problem="a company cannot be its own parent")
                    records.require_live(w.conn, RecordType.COMPANY, value, "parent")
                elif name == "owner_id" and not value:
                    continue
                values[name] = value
            w.update(RecordType.COMPANY, company_id, values)
            if "name" in values:
                self._rename_people(w, company_id)
        return self.get(company_id)

    def _rename_people(self, w: Writer, company_id: str) -> None:
        """People known only by their company ('Acme Ltd.') take the company's new name."""
        people = w.conn.exec_driver_sql(
            "SELECT id FROM contact WHERE company_id = ? AND display_name_custom = 0 AND given = '' AND family = '' "
            "AND nickname = '' AND additional = ''",
            (company_id,),
        ).all()
        contacts = self._services.contacts
        for (person,) in people:
            contacts.apply_update(w, person, ContactUpdate())  # no field named: re-derives the name

    def delete(self, company_id: str) -> bool:
        with self._db.write("Delete company") as w:
            return w.delete(RecordType.COMPANY, company_id)

    def restore(self, company_id: str) -> bool:
        with self._db.write("Restore company") as w:
            return w.restore(RecordType.COMPANY, company_id)

    def get(self, company_id: str) -> CompanyRead:
        with self._db.read() as conn:
            return self._reads(conn, [records.fetch_one(conn, RecordType.COMPANY, company_id)])[0]

    def _reads(self, conn: Connection, rows: builtins.list[dict[str, Any]]) -> builtins.list[CompanyRead]:
        parents = records.names(conn, RecordType.COMPANY, [r["parent_id"] for r in rows])
        counts: dict[str, int] = {}
        ids = [r["id"] for r in rows]
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for cid, n in conn.exec_driver_sql(
                f"SELECT company_id, count(*) FROM contact WHERE deleted_at IS NULL AND company_id IN ({marks}) "
                "GROUP BY company_id",
                tuple(chunk),
            ):
                counts[cid] = n
        return [
            CompanyRead(
                id=r["id"],
                display_name=r["name"],
                industry=r["industry"],
                website=r["website"],
                parent=Ref(r["parent_id"], parents.get(r["parent_id"], "")) if r["parent_id"] else None,
                logo_mime=r["logo_mime"] if r["logo"] is not None else None,
                note=r["note"],
                tags=list(r["tags"]),
                emails=r["emails"],
                phones=r["phones"],
                addresses=r["addresses"],
                urls=r["urls"],
                ims=r["ims"],
                dates=r["dates"],
                custom=records.custom_by_name(conn, "company", r["custom"]),
                vcard_uid=r["vcard_uid"],
                vcard_extra=list(r["vcard_extra"]),
                people_count=counts.get(r["id"], 0),
                meta=meta_of(r),
            )
            for r in rows
        ]

    def ids(self, *, tag: str | None = None, deleted: bool = False) -> builtins.list[str]:
        where = ["deleted_at IS NOT NULL" if deleted else "deleted_at IS NULL"]
        params: builtins.list[Any] = []
        if tag:
            where.append("EXISTS (SELECT 1 FROM json_each(company.tags) WHERE lower(value) = lower(?))")
            params.append(tag)
        with self._db.read() as conn:
            return [
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT id FROM company WHERE {' AND '.join(where)} ORDER BY sort_key, id", tuple(params)
                )
            ]

    def list(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> builtins.list[CompanyRead]:
        ids = self.ids(**filters)
        page = ids[offset : offset + limit if limit is not None else None]
        with self._db.read() as conn:
            by_id = records.fetch(conn, RecordType.COMPANY, page)
            return self._reads(conn, [by_id[i] for i in page if i in by_id])

    def rows(self, ids: Sequence[str]) -> builtins.list[CompanyRead]:
        """Companies with the given ids, in that order (the page a list view is about to paint)."""
        with self._db.read() as conn:
            by_id = records.fetch(conn, RecordType.COMPANY, ids)
            return self._reads(conn, [by_id[i] for i in ids if i in by_id])

    def people(self, company_id: str) -> builtins.list[str]:
        return self._services.contacts.ids(company_id=company_id)

    def resolve(self, key: str) -> str:
        """A company id from an id, an id prefix of 8+ characters or its name."""
        with self._db.read() as conn:
            exact = conn.exec_driver_sql("SELECT id FROM company WHERE id = ?", (key,)).first()
            if exact:
                return str(exact[0])
            candidates: builtins.list[str] = []
            if len(key) >= 8:
                candidates = [
                    r[0] for r in conn.exec_driver_sql("SELECT id FROM company WHERE id LIKE ? || '%'", (key,))
                ]
            if not candidates:
                candidates = [
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT id FROM company WHERE deleted_at IS NULL AND sort_key = ?", (fold(key.strip()),)
                    )
                ]
        if len(candidates) > 1:
            raise Ambiguous(what=key, record_type="company", candidates=", ".join(candidates[:5]))
        if not candidates:
            raise NotFound(record_type="company", record_id=key)
        return candidates[0]
