"""People: create, edit, list, delete to the Trash and restore."""

from __future__ import annotations

import builtins
import itertools
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import ContactCreate, ContactUpdate
from cardfile.domain.text import contact_names, file_as
from cardfile.domain.values import RecordType
from cardfile.services import records
from cardfile.services.readmodels import ContactRead, ContactRow, Ref
from cardfile.store.writer import Writer, collector_paused

if TYPE_CHECKING:
    pass


class ContactService(records.RecordService[ContactRead]):
    record_type = RecordType.CONTACT
    one, many = "contact", "contacts"

    # ----- writing -----

    def create(self, data: ContactCreate, *, company_name: str | None = None) -> ContactRead:
        """Add one person; `company_name` links a company by name and creates it if there is none."""
        with self._db.write("Add contact") as w:
            if company_name:
                data = data.model_copy(update={"company_id": self._services.companies.ensure(w, company_name)})
            (record_id,) = self.insert_many(w, [data])
        return self.get(record_id)

    def create_many(
        self, items: Sequence[ContactCreate], *, label: str = "Add contacts", job_id: str | None = None
    ) -> builtins.list[str]:
        """Add many people in one transaction (one undoable step); returns their ids in order."""
        with collector_paused(), self._db.write(label, job_id=job_id) as w:
            return self.insert_many(w, items)

    def insert_many(self, w: Writer, items: Sequence[ContactCreate | Mapping[str, Any]]) -> builtins.list[str]:
        """Insert within an open transaction (imports and merges build on this).

        An item may also be a ContactCreate's `model_dump()` — already validated, and possibly only the fields that
        differ from their defaults — with the `id` the new record must have: the importer validates cards in
        another process and links cards of one batch to each other before they are written.
        """
        conn = w.conn
        family_first = self._services.settings.family_first()
        plain = [dict(d) if isinstance(d, Mapping) else _dumped(d) for d in items]
        company_ids = {values["company_id"] for values in plain if values.get("company_id")}
        company_names = records.names(conn, RecordType.COMPANY, company_ids)
        for company_id in company_ids:
            if company_id not in company_names:
                raise records.ValidationError(
                    field="company",
                    problem=f"no company with id {company_id}",
                    reason="no_such_record",
                    record_type="company",
                    record_id=company_id,
                )
        defs_needed = any(values.get("custom") for values in plain)
        for values in plain:
            # model_dump gives the multi-valued entries as plain dicts, ready for storage.
            custom = values.get("custom") or {}
            values["custom"] = records.check_custom(conn, "contact", custom) if defs_needed else {}
            self._derive(values, company_names.get(values.get("company_id") or ""), family_first)
        return w.insert_many(RecordType.CONTACT, plain)

    def update(self, contact_id: str, changes: ContactUpdate, *, company_name: str | None = None) -> ContactRead:
        """Change the fields named in `changes`; a field set to empty is cleared."""
        with self._db.write("Edit contact") as w:
            if company_name is not None:
                company_id = self._services.companies.ensure(w, company_name) if company_name else None
                changes = changes.model_copy(update={"company_id": company_id})
                changes.model_fields_set.add("company_id")
            self.apply_update(w, contact_id, changes)
        return self.get(contact_id)

    def apply_update(self, w: Writer, contact_id: str, changes: ContactUpdate) -> dict[str, Any]:
        current = w.get(RecordType.CONTACT, contact_id)
        values = records.changed_values(w.conn, RecordType.CONTACT, current, changes)
        if values.get("company_id"):
            records.require_live(w.conn, RecordType.COMPANY, values["company_id"], "company")
        merged = {**current, **values}
        if "display_name" in values:
            merged["display_name_custom"] = bool(values["display_name"])
        company = records.names(w.conn, RecordType.COMPANY, [merged["company_id"]]).get(merged["company_id"] or "")
        self._derive(merged, company, self._services.settings.family_first())
        for key in ("display_name", "display_name_custom", "sort_key"):
            if merged[key] != current[key]:
                values[key] = merged[key]
        return w.update(RecordType.CONTACT, contact_id, values)

    @staticmethod
    def _derive(values: dict[str, Any], company: str | None, family_first: bool) -> None:
        """Fill display_name (unless the person set one) and the sort key."""
        values["display_name"], values["display_name_custom"], values["sort_key"] = contact_names(
            values, company, family_first
        )

    # ----- reading -----

    def photo(self, contact_id: str) -> tuple[bytes, str] | None:
        """The person's photo and its MIME type, or None when they have none."""
        with self._db.read() as conn:
            return records.picture(conn, RecordType.CONTACT, contact_id, "photo")

    def _reads(self, conn: Connection, rows: builtins.list[dict[str, Any]]) -> builtins.list[ContactRead]:
        company_names = records.names(conn, RecordType.COMPANY, [r["company_id"] for r in rows])
        related = records.linked(conn, RecordType.CONTACT, [r["id"] for r in rows], RecordType.CONTACT)
        related_names = records.names(conn, RecordType.CONTACT, [t for found in related.values() for t, _ in found])
        out = []
        for r in rows:
            company = Ref(r["company_id"], company_names.get(r["company_id"], "")) if r["company_id"] else None
            out.append(
                ContactRead(
                    id=r["id"],
                    display_name=r["display_name"],
                    prefix=r["prefix"],
                    given=r["given"],
                    additional=r["additional"],
                    family=r["family"],
                    suffix=r["suffix"],
                    nickname=r["nickname"],
                    phonetic_given=r["phonetic_given"],
                    phonetic_additional=r["phonetic_additional"],
                    phonetic_family=r["phonetic_family"],
                    title=r["title"],
                    department=r["department"],
                    company=company,
                    birthday=r["birthday"],
                    anniversary=r["anniversary"],
                    photo_mime=r["photo_mime"] if r["photo"] is not None else None,
                    photo_size=len(r["photo"] or b""),
                    display_name_custom=bool(r["display_name_custom"]),
                    **records.card_fields(conn, RecordType.CONTACT, r),
                    related=tuple(
                        (Ref(target, related_names[target]), role)
                        for target, role in related[r["id"]]
                        if target in related_names
                    ),
                )
            )
        return out

    def each_json(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> Iterator[str]:
        """The people `each` gives, in the same order, each as the JSON text of its `ContactRead.as_json()`, built
        by SQLite (`_AS_JSON`): `cardfile contact list --json` of 100,000 people in a few seconds instead of ten
        (reading read models and encoding them costs about 90 µs of CPU a person, SQLite 10).

        One query in one read snapshot, written out as SQLite walks it: in a name order it walks that order's index
        (ix_contact_name_order, ix_contact_file_as_order), so neither the list of ids nor a sort is ever held."""
        people, where, params, order_by, allowed = self._listing(**filters)
        sql = f"{_AS_JSON.replace('{people}', people)} WHERE {' AND '.join(where)} ORDER BY {order_by}"
        with self._db.read() as conn:
            # A walk reads each page once: the page cache other reads keep (32 MB) would only hold memory here.
            cache = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size = {_WALK_CACHE}")
            try:
                rows = conn.exec_driver_sql(sql, tuple(params))
                found = (text for record_id, text in rows if allowed is None or record_id in allowed)
                yield from itertools.islice(found, offset, offset + limit if limit is not None else None)
            finally:
                conn.exec_driver_sql(f"PRAGMA cache_size = {int(cache)}")

    def ids(
        self,
        *,
        tag: str | None = None,
        group_id: str | None = None,
        lookup_id: str | None = None,
        company_id: str | None = None,
        deleted: bool = False,
        order: str = "name",
        reverse: bool = False,
    ) -> builtins.list[str]:
        """Ids of matching people in display order: what a list view holds before it fetches rows lazily.

        `order` is one of CONTACT_ORDERS: "name" by the name as it is shown (the Name column: 'Anna Jónsdóttir'
        under A), "file_as" by family name then given name (the File as column: 'Jónsdóttir, Anna'), or by a list
        column (people with the column empty come last either way), "created" and "updated" newest first;
        `reverse` turns the order around.
        """
        people, where, params, order_by, allowed = self._listing(
            tag=tag, group_id=group_id, lookup_id=lookup_id, company_id=company_id, deleted=deleted, order=order,
            reverse=reverse,
        )  # fmt: skip
        if order == "company":
            people += " LEFT JOIN company co ON co.id = c.company_id"
        with self._db.read() as conn:
            found = conn.exec_driver_sql(
                f"SELECT c.id FROM {people} WHERE {' AND '.join(where)} ORDER BY {order_by}", tuple(params)
            )
            return [r[0] for r in found if allowed is None or r[0] in allowed]

    def first_ids(self, limit: int, **filters: Any) -> tuple[builtins.list[str], int]:
        """The first `limit` ids `ids(**filters)` gives, and how many it gives in all, without reading the rest:
        the page a window paints first (in a name order, a walk of the first rows of its index)."""
        if filters.get("lookup_id"):
            ids = self.ids(**filters)
            return ids[:limit], len(ids)
        people, where, params, order_by, _allowed = self._listing(**filters)
        conditions = " AND ".join(where)
        if filters.get("order") == "company":
            people += " LEFT JOIN company co ON co.id = c.company_id"
        with self._db.read() as conn:
            found = conn.exec_driver_sql(
                f"SELECT c.id FROM {people} WHERE {conditions} ORDER BY {order_by} LIMIT ?", (*params, limit)
            )
            ids = [r[0] for r in found]
            total = conn.exec_driver_sql(f"SELECT count(*) FROM contact c WHERE {conditions}", tuple(params))
            return ids, int(total.scalar_one())

    def _listing(
        self,
        *,
        tag: str | None = None,
        group_id: str | None = None,
        lookup_id: str | None = None,
        company_id: str | None = None,
        deleted: bool = False,
        order: str = "name",
        reverse: bool = False,
    ) -> tuple[str, builtins.list[str], builtins.list[Any], str, set[str] | None]:
        """What `ids` and `each_json` select by: (the people table as `c`, WHERE conditions, their parameters, ORDER BY,
        the ids a lookup allows or None). The company order needs `company co` joined."""
        where, params = records.list_conditions("c", RecordType.CONTACT, deleted=deleted, tag=tag, group_id=group_id)
        if company_id:
            where.append("c.company_id = ?")
            params.append(company_id)
        if order not in CONTACT_ORDERS:
            raise ValidationError(
                field="order",
                problem=f"{order!r} is not one of {', '.join(CONTACT_ORDERS)}",
                reason="not_one_of",
                value=order,
                choices=list(CONTACT_ORDERS),
            )
        allowed = set(self._services.lookups.run(lookup_id)) if lookup_id else None
        people = "contact c"
        if order in _NAME_INDEXES and not deleted and not company_id:
            # Told, not left to the planner: without statistics it takes the tombstone index for the few live
            # people it guesses and sorts them all (1–2 s at 100,000), where this walks the name order's index.
            people += f" INDEXED BY {_NAME_INDEXES[order]}"
        return people, where, params, _order_by(order, reverse), allowed

    def rows(self, ids: Sequence[str]) -> builtins.list[ContactRow]:
        """List rows for the given ids, in that order (the page a list view is about to paint)."""
        if not ids:
            return []
        out: dict[str, ContactRow] = {}
        with self._db.read() as conn:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                marks = ",".join("?" for _ in chunk)
                result = conn.exec_driver_sql(
                    "SELECT c.id, c.display_name, coalesce(co.name, ''), c.title, "
                    "coalesce(json_extract(c.emails, '$[0].value'), ''), "
                    "coalesce(json_extract(c.phones, '$[0].value'), ''), "
                    "coalesce(json_extract(c.addresses, '$[0].locality'), ''), c.tags, c.updated_at, "
                    "c.family, c.given, c.additional "
                    f"FROM contact c LEFT JOIN company co ON co.id = c.company_id WHERE c.id IN ({marks})",
                    tuple(chunk),
                )
                for r in result:
                    out[r[0]] = ContactRow(
                        r[0], r[1], r[2], r[3], r[4], r[5], r[6], _json_list(r[7]), _parse_time(r[8]),
                        file_as(r[9], r[10], r[11], r[1]),
                    )  # fmt: skip
        return [out[i] for i in ids if i in out]

    def count(self, *, deleted: bool = False) -> int:
        with self._db.read() as conn:
            condition = "IS NOT NULL" if deleted else "IS NULL"
            return conn.exec_driver_sql(f"SELECT count(*) FROM contact WHERE deleted_at {condition}").scalar_one()


# Sort keys of the contact list. By name is by the name as shown, so the Name column reads in order and typing
# 'an' in the list lands on 'Anna Jónsdóttir'; by family name (the stored sort key) is the File as column's order.
# A column's order puts people with the column empty last (in either direction); ties are broken by family name,
# and the id keeps the order total. Folded (cf_fold, and name_key: the shown name folded by the store) so case and
# accents do not split 'Ángel' from 'Andrés'; both name orders walk an index of live people.
_BY_SHOWN_NAME = ("c.name_key", "c.display_name", "c.id")
_BY_NAME = ("c.sort_key", "c.display_name", "c.id")
_COLUMN_ORDERS = {
    "company": "coalesce(co.sort_key, '')",
    "title": "cf_fold(c.title)",
    "email": "lower(coalesce(json_extract(c.emails, '$[0].value'), ''))",
    "phone": "coalesce(cf_digits(json_extract(c.phones, '$[0].value')), '')",
    "city": "cf_fold(coalesce(json_extract(c.addresses, '$[0].locality'), ''))",
}
CONTACT_ORDERS = ("name", "file_as", *_COLUMN_ORDERS, "created", "updated")
_WALK_CACHE = -2000  # KiB of SQLite page cache while `each_json` walks the list (each page is read once)
# The index of live people in each name order (store/tables.py): ORDER BY _BY_SHOWN_NAME or _BY_NAME walks it.
_NAME_INDEXES = {"name": "ix_contact_name_order", "file_as": "ix_contact_file_as_order"}


def _order_by(order: str, reverse: bool) -> str:
    ascending, descending = ("DESC", "ASC") if reverse else ("ASC", "DESC")
    if order == "name":
        return ", ".join(f"{term} {ascending}" for term in _BY_SHOWN_NAME)
    if order == "file_as":
        return ", ".join(f"{term} {ascending}" for term in _BY_NAME)
    if order in ("created", "updated"):  # newest first
        return f"c.{order}_at {descending}, c.id {descending}"
    key = _COLUMN_ORDERS[order]
    names = ", ".join(f"{term} {ascending}" for term in _BY_NAME)
    return f"{key} = '' ASC, {key} {ascending}, {names}"


def _dumped(data: ContactCreate) -> dict[str, Any]:
    """`data.model_dump()` without an owner when none is set (the writer then makes it the person's own): dropped
    from the dump, which is cheaper than having pydantic exclude it."""
    values = data.model_dump()
    if not values["owner_id"]:
        del values["owner_id"]
    return values


def _json_list(text: str | None) -> builtins.list[Any]:
    import json

    return json.loads(text) if text else []


def _parse_time(text: str) -> datetime:
    from cardfile.store.codec import parse_utc

    return parse_utc(text.replace(" ", "T"))


# A person as `ContactRead.as_json()` writes them, for lists of thousands (`each_json`); the streamed list's tests
# compare the two on people with every field filled, so a field added to one and not the other fails them. Times are
# cut to the millisecond as `iso_utc` cuts them (SQLite's strftime would round); a custom value is named by its
# field (a removed field's value is left out), true and false stay booleans; related people are those of live links,
# in the order of the links (SQLite aggregates a subquery's rows in that subquery's order).
_TIME = "substr({0}, 1, 10) || 'T' || substr({0}, 12, 8) || '.' || substr(substr({0}, 21) || '000', 1, 3) || 'Z'"
_AS_JSON = f"""SELECT c.id, json_object(
    'id', c.id, 'type', 'contact', 'display_name', c.display_name, 'prefix', c.prefix, 'given', c.given,
    'additional', c.additional, 'family', c.family, 'suffix', c.suffix, 'nickname', c.nickname,
    'phonetic_given', c.phonetic_given, 'phonetic_additional', c.phonetic_additional,
    'phonetic_family', c.phonetic_family, 'title', c.title, 'department', c.department,
    'company', CASE WHEN c.company_id IS NOT NULL THEN json_object('id', c.company_id, 'name', coalesce(co.name, ''))
        END,
    'birthday', c.birthday, 'anniversary', c.anniversary,
    'photo', CASE WHEN c.photo IS NOT NULL AND coalesce(c.photo_mime, '') != ''
        THEN json_object('mime', c.photo_mime, 'size', length(c.photo)) END,
    'note', c.note, 'tags', json(c.tags), 'emails', json(c.emails), 'phones', json(c.phones),
    'addresses', json(c.addresses), 'urls', json(c.urls), 'ims', json(c.ims), 'dates', json(c.dates),
    'custom', CASE WHEN c.custom = '{{}}' THEN json_object() ELSE (
        SELECT json_group_object(f.name, CASE v.type WHEN 'true' THEN json('true') WHEN 'false' THEN json('false')
            ELSE v.value END)
        FROM json_each(c.custom) v JOIN custom_field f ON f.id = v.key
        WHERE f.record_type = 'contact' AND f.deleted_at IS NULL AND v.type != 'null') END,
    'vcard_uid', c.vcard_uid,
    'related', (
        SELECT json_group_array(json_object('id', id, 'name', name, 'role', role)) FROM (
            SELECT l.target_id AS id, r.display_name AS name, l.role AS role
            FROM link l JOIN contact r ON r.id = l.target_id
            WHERE l.source_type = 'contact' AND l.source_id = c.id AND +l.target_type = 'contact'
            AND l.deleted_at IS NULL ORDER BY l.position, l.created_at)),
    'owner', c.owner_id, 'private', json(CASE WHEN c.private THEN 'true' ELSE 'false' END),
    'created_at', {_TIME.format("c.created_at")}, 'updated_at', {_TIME.format("c.updated_at")},
    'deleted_at', {_TIME.format("c.deleted_at")})
FROM {{people}} LEFT JOIN company co ON co.id = c.company_id"""
