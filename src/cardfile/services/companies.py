"""Companies (organizations): create, edit, list, delete to the Trash and restore; their people."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import NotFound, ValidationError
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

    def insert_many(self, w: Writer, items: Sequence[CompanyCreate | Mapping[str, Any]]) -> builtins.list[str]:
        """Insert within an open transaction. As for ContactService.insert_many, an item may also be a validated
        CompanyCreate's `model_dump()` (or its fields that differ from the defaults), with the `id` to give it."""
        rows = []
        for data in items:
            if isinstance(data, Mapping):
                values = dict(data)
            else:
                values = data.model_dump(exclude={"owner_id"} if not data.owner_id else set())
                for key in _MULTI:
                    values[key] = records.entries(getattr(data, key))
            if values.get("parent_id"):
                records.require_live(w.conn, RecordType.COMPANY, values["parent_id"], "parent")
            values["custom"] = records.check_custom(w.conn, "company", values.get("custom") or {})
            values["sort_key"] = fold(values["name"])
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

    def delete_many(self, company_ids: Sequence[str]) -> int:
        """Move several companies to the Trash as one undoable step; returns how many were deleted."""
        with self._db.write("Delete companies") as w:
            return sum(1 for company_id in dict.fromkeys(company_ids) if w.delete(RecordType.COMPANY, company_id))

    def set_tags(self, company_ids: Sequence[str], add: Sequence[str] = (), remove: Sequence[str] = ()) -> int:
        """Bulk tag and untag companies as one undoable step; returns how many changed."""
        with self._db.write("Tag companies") as w:
            return records.retag(w, RecordType.COMPANY, company_ids, add, remove)

    def restore(self, company_id: str) -> bool:
        with self._db.write("Restore company") as w:
            return w.restore(RecordType.COMPANY, company_id)

    def get(self, company_id: str) -> CompanyRead:
        with self._db.read() as conn:
            return self._reads(conn, [records.fetch_one(conn, RecordType.COMPANY, company_id)])[0]

    def logo(self, company_id: str) -> tuple[bytes, str] | None:
        """The company's logo and its MIME type, or None when it has none."""
        with self._db.read() as conn:
            row = conn.exec_driver_sql("SELECT logo, logo_mime FROM company WHERE id = ?", (company_id,)).first()
        if row is None:
            raise NotFound(record_type="company", record_id=company_id)
        return (row[0], row[1]) if row[0] is not None else None

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

    def ids(
        self,
        *,
        tag: str | None = None,
        group_id: str | None = None,
        lookup_id: str | None = None,
        deleted: bool = False,
        order: str = "name",
        reverse: bool = False,
    ) -> builtins.list[str]:
        """Ids of matching companies in display order; `order` is one of COMPANY_ORDERS (empty values last)."""
        where = ["co.deleted_at IS NOT NULL" if deleted else "co.deleted_at IS NULL"]
        params: builtins.list[Any] = []
        if tag:
            where.append("EXISTS (SELECT 1 FROM json_each(co.tags) WHERE lower(value) = lower(?))")
            params.append(tag)
        if group_id:
            where.append(
                "co.id IN (SELECT target_id FROM link WHERE source_type = 'group' AND source_id = ? "
                "AND target_type = 'company' AND deleted_at IS NULL)"
            )
            params.append(group_id)
        if order not in COMPANY_ORDERS:
            raise ValidationError(field="order", problem=f"{order!r} is not one of {', '.join(COMPANY_ORDERS)}")
        allowed = set(self._services.lookups.run(lookup_id)) if lookup_id else None
        with self._db.read() as conn:
            found = [
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT co.id FROM company co WHERE {' AND '.join(where)} ORDER BY {_order_by(order, reverse)}",
                    tuple(params),
                )
            ]
        return found if allowed is None else [i for i in found if i in allowed]

    def tags(self) -> builtins.list[tuple[str, int]]:
        """Every tag on a live company with how many carry it, by name (one entry per tag, whatever its case)."""
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                "SELECT t.value, count(*) FROM company co, json_each(co.tags) t WHERE co.deleted_at IS NULL "
                "GROUP BY t.value"
            ).all()
        return records.tag_counts((str(tag), int(count)) for tag, count in result)

    def suggest(self, text: str, limit: int = 20) -> builtins.list[Ref]:
        """Live companies whose name starts with `text` (ignoring case and accents), for a completer."""
        key = fold(text.strip())
        if not key:
            return []
        with self._db.read() as conn:
            result = conn.exec_driver_sql(  # a range on the folded name: the sort_key index answers it
                "SELECT id, name FROM company WHERE sort_key >= ? AND sort_key < ? AND deleted_at IS NULL "
                "ORDER BY sort_key, id LIMIT ?",
                (key, key + "\U0010ffff", int(limit)),
            )
            return [Ref(str(i), str(n)) for i, n in result]

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
        """A company id from an id, an id prefix of 8+ characters or its exact name."""
        with self._db.read() as conn:
            return records.resolve(conn, RecordType.COMPANY, key)


# Sort keys of the company list: a column's order puts companies with it empty last, then by name.
_COLUMN_ORDERS = {
    "industry": "cf_fold(co.industry)",
    "website": "lower(co.website)",
    "phone": "coalesce(cf_digits(json_extract(co.phones, '$[0].value')), '')",
    "city": "cf_fold(coalesce(json_extract(co.addresses, '$[0].locality'), ''))",
}
COMPANY_ORDERS = ("name", *_COLUMN_ORDERS, "people", "created", "updated")


def _order_by(order: str, reverse: bool) -> str:
    ascending, descending = ("DESC", "ASC") if reverse else ("ASC", "DESC")
    by_name = f"co.sort_key {ascending}, co.id {ascending}"
    if order == "name":
        return by_name
    if order in ("created", "updated"):  # newest first
        return f"co.{order}_at {descending}, co.id {descending}"
    if order == "people":  # most people first
        people = "(SELECT count(*) FROM contact p WHERE p.company_id = co.id AND p.deleted_at IS NULL)"
        return f"{people} {descending}, {by_name}"
    key = _COLUMN_ORDERS[order]
    return f"{key} = '' ASC, {key} {ascending}, {by_name}"
