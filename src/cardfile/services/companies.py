"""Companies (organizations): create, edit, list, delete to the Trash and restore; their people."""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import CompanyCreate, CompanyUpdate, ContactUpdate, validate
from cardfile.domain.text import fold
from cardfile.domain.values import RecordType
from cardfile.services import disambiguation, records
from cardfile.services.readmodels import CompanyRead, Ref, Suggestion
from cardfile.store.writer import Writer

if TYPE_CHECKING:
    pass


class CompanyService(records.RecordService[CompanyRead]):
    record_type = RecordType.COMPANY
    one, many = "company", "companies"

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
                for key in records.ENTRY_KINDS:
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
            values = records.changed_values(w.conn, RecordType.COMPANY, current, changes)
            if "name" in values:
                if not values["name"]:
                    raise ValidationError(field="name", problem="a company needs a name", reason="no_name")
                values["sort_key"] = fold(values["name"])
            if values.get("parent_id"):
                if values["parent_id"] == company_id:
                    raise ValidationError(
                        field="parent", problem="a company cannot be its own parent", reason="own_parent"
                    )
                records.require_live(w.conn, RecordType.COMPANY, values["parent_id"], "parent")
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

    def logo(self, company_id: str) -> tuple[bytes, str] | None:
        """The company's logo and its MIME type, or None when it has none."""
        with self._db.read() as conn:
            return records.picture(conn, RecordType.COMPANY, company_id, "logo")

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
                people_count=counts.get(r["id"], 0),
                **records.card_fields(conn, RecordType.COMPANY, r),
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
        where, params = records.list_conditions("co", RecordType.COMPANY, deleted=deleted, tag=tag, group_id=group_id)
        if order not in COMPANY_ORDERS:
            raise ValidationError(
                field="order",
                problem=f"{order!r} is not one of {', '.join(COMPANY_ORDERS)}",
                reason="not_one_of",
                value=order,
                choices=list(COMPANY_ORDERS),
            )
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

    def suggest(self, text: str, limit: int = 20) -> builtins.list[Suggestion]:
        """Live companies whose name starts with `text` (ignoring case and accents), for a completer; each with
        its city and industry, so two companies of one name can be told apart."""
        key = fold(text.strip())
        if not key:
            return []
        with self._db.read() as conn:
            found = conn.exec_driver_sql(  # a range on the folded name: the sort_key index answers it
                "SELECT id, name FROM company WHERE sort_key >= ? AND sort_key < ? AND deleted_at IS NULL "
                "ORDER BY sort_key, id LIMIT ?",
                (key, key + "\U0010ffff", int(limit)),
            ).all()
            distinctions = disambiguation.details(conn, RecordType.COMPANY, [str(i) for i, _ in found])
        listed = [(str(n), distinctions.get(str(i), disambiguation.Distinction())) for i, n in found]
        facts = disambiguation.tell_apart(listed)
        return [Suggestion(str(i), str(n), detail) for (i, n), detail in zip(found, facts, strict=True)]

    def rows(self, ids: Sequence[str]) -> builtins.list[CompanyRead]:
        """Companies with the given ids, in that order (the page a list view is about to paint)."""
        with self._db.read() as conn:
            by_id = records.fetch(conn, RecordType.COMPANY, ids)
            return self._reads(conn, [by_id[i] for i in ids if i in by_id])

    def people(self, company_id: str) -> builtins.list[str]:
        return self._services.contacts.ids(company_id=company_id)


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
