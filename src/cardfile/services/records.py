"""Helpers every record service shares: typed reads, naming a record by what a person types, links, custom values."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel
from sqlalchemy import Connection, select

from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import custom_value
from cardfile.domain.text import fold
from cardfile.domain.values import CustomFieldType, RecordType
from cardfile.services.readmodels import Ref, meta_of
from cardfile.services.record_names import NAME_COLUMN as _NAME_COLUMN
from cardfile.services.record_names import linked, names
from cardfile.store.codec import CODECS
from cardfile.store.writer import Writer

if TYPE_CHECKING:
    from cardfile.services.container import Services

LIST_PAGE = 500  # records `RecordService.each` reads at a time

ENTRY_KINDS = ("emails", "phones", "addresses", "urls", "ims", "dates")  # multi-valued, labelled fields


def fetch(
    conn: Connection, record_type: RecordType, ids: Sequence[str], *, without: Iterable[str] = ()
) -> dict[str, dict[str, Any]]:
    """Typed rows (aware datetimes, decoded JSON) by id; `without` names columns not read (a photo, for a list
    of search results that never shows it)."""
    table = CODECS[record_type].table
    left_out = set(without)
    columns = [c for c in table.c if c.name not in left_out]
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        for row in conn.execute(select(*columns).where(table.c.id.in_(chunk))).mappings():
            out[row["id"]] = dict(row)
    return out


def fetch_one(conn: Connection, record_type: RecordType, record_id: str) -> dict[str, Any]:
    row = fetch(conn, record_type, [record_id]).get(record_id)
    if row is None:
        raise NotFound(record_type=record_type.value, record_id=record_id)
    return row


def ref(conn: Connection, record_type: RecordType, record_id: str | None) -> Ref | None:
    if not record_id:
        return None
    name = names(conn, record_type, [record_id]).get(record_id)
    return Ref(record_id, name) if name is not None else Ref(record_id, "")


def require_live(conn: Connection, record_type: RecordType, record_id: str, field: str) -> None:
    """A reference must point at a record that exists and is not in the Trash."""
    table = CODECS[record_type].table.name
    row = conn.exec_driver_sql(f"SELECT deleted_at FROM {table} WHERE id = ?", (record_id,)).first()
    if row is None or row[0] is not None:
        raise ValidationError(
            field=field,
            problem=f"no {record_type.value} with id {record_id}",
            reason="no_such_record",
            record_type=record_type.value,
            record_id=record_id,
        )


# ----- what the services of a listed kind share -----


Read = TypeVar("Read")


class RecordService(Generic[Read]):
    """Deleting, restoring, bulk actions and reads every service of a listed kind (people, companies) shares.

    A subclass names its `record_type` and the words its actions carry in the change log (`one`, `many`: "Delete
    contact", "Tag contacts"), reads rows into read models (`_reads`), and lists ids (`ids`).
    """

    record_type: ClassVar[RecordType]
    one: ClassVar[str]  # "contact"
    many: ClassVar[str]  # "contacts"

    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    def _reads(self, conn: Connection, rows: builtins.list[dict[str, Any]]) -> builtins.list[Read]:
        raise NotImplementedError

    # The ids of the records a list shows, in its order: each kind takes tag=, group_id=, lookup_id=, deleted=,
    # order=, reverse= and filters of its own (a contact's company_id=).
    ids: Callable[..., builtins.list[str]]

    def delete(self, record_id: str) -> bool:
        with self._db.write(f"Delete {self.one}") as w:
            return w.delete(self.record_type, record_id)

    def delete_many(self, record_ids: Sequence[str]) -> int:
        """Move several records to the Trash as one undoable step; returns how many were deleted."""
        with self._db.write(f"Delete {self.many}") as w:
            return sum(1 for record_id in dict.fromkeys(record_ids) if w.delete(self.record_type, record_id))

    def restore(self, record_id: str) -> bool:
        with self._db.write(f"Restore {self.one}") as w:
            return w.restore(self.record_type, record_id)

    def set_tags(self, record_ids: Sequence[str], add: Sequence[str] = (), remove: Sequence[str] = ()) -> int:
        """Bulk tag and untag as one undoable step; returns how many records changed."""
        with self._db.write(f"Tag {self.many}") as w:
            return retag(w, self.record_type, record_ids, add, remove)

    def tags(self) -> builtins.list[tuple[str, int]]:
        """Every tag on a live record with how many carry it, by name; a tag spelled in several cases counts once,
        under its most used spelling."""
        table = CODECS[self.record_type].table.name
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                f"SELECT t.value, count(*) FROM {table} r, json_each(r.tags) t WHERE r.deleted_at IS NULL "
                "GROUP BY t.value"
            ).all()
        return tag_counts((str(tag), int(count)) for tag, count in result)

    def get(self, record_id: str) -> Read:
        with self._db.read() as conn:
            return self._reads(conn, [fetch_one(conn, self.record_type, record_id)])[0]

    def ids_named(self, start: str) -> builtins.list[str]:
        """Live records whose shown name starts with `start`, case and accents ignored: where typing a few letters
        in a list (type-ahead) may land when the list is not sorted by name."""
        key = fold(start.strip())
        if not key:
            return []
        table = CODECS[self.record_type].table.name
        column = _NAME_COLUMN[self.record_type]
        with self._db.read() as conn:
            found = conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE deleted_at IS NULL AND substr(cf_fold({column}), 1, ?) = ?",
                (len(key), key),
            )
            return [str(row[0]) for row in found]

    def list(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> builtins.list[Read]:
        ids = self.ids(**filters)
        page = ids[offset : offset + limit if limit is not None else None]
        with self._db.read() as conn:
            by_id = fetch(conn, self.record_type, page)
            return self._reads(conn, [by_id[i] for i in page if i in by_id])

    def each(self, *, limit: int | None = None, offset: int = 0, **filters: Any) -> Iterator[Read]:
        """The records `list` returns, in the same order, read `LIST_PAGE` at a time in one snapshot: what a
        listing streams (`cardfile company list --json`) without holding them all."""
        ids = self.ids(**filters)[offset : offset + limit if limit is not None else None]
        with self._db.read() as conn:
            for start in range(0, len(ids), LIST_PAGE):
                page = ids[start : start + LIST_PAGE]
                by_id = fetch(conn, self.record_type, page)
                yield from self._reads(conn, [by_id[i] for i in page if i in by_id])

    def resolve(self, key: str) -> str:
        """The id of the record `key` names (see `resolve` below)."""
        with self._db.read() as conn:
            return resolve(conn, self.record_type, key)


def card_fields(conn: Connection, record_type: RecordType, row: dict[str, Any]) -> dict[str, Any]:
    """The read-model fields a person's and a company's card share, from a typed row: note, tags, every kind of
    entry, custom values by field name, the vCard leftovers, and the record's meta."""
    return {
        "note": row["note"],
        "tags": list(row["tags"]),
        **{kind: row[kind] for kind in ENTRY_KINDS},
        "custom": custom_by_name(conn, record_type.value, row["custom"]),
        "vcard_uid": row["vcard_uid"],
        "vcard_extra": list(row["vcard_extra"]),
        "meta": meta_of(row),
    }


def changed_values(
    conn: Connection, record_type: RecordType, current: dict[str, Any], changes: BaseModel
) -> dict[str, Any]:
    """The column values an update writes for the fields `changes` names: entries as plain dicts, custom values
    checked and merged into the record's, an empty owner left alone (a record always has one)."""
    values: dict[str, Any] = {}
    for name in changes.model_fields_set:
        value = getattr(changes, name)
        if name in ENTRY_KINDS:
            value = entries(value)
        elif name == "custom":
            value = merged_custom(current["custom"], check_custom(conn, record_type.value, value))
        elif name == "owner_id" and not value:
            continue
        values[name] = value
    return values


def picture(conn: Connection, record_type: RecordType, record_id: str, column: str) -> tuple[bytes, str] | None:
    """A record's picture (a photo, a logo) and its MIME type; None when it has none."""
    table = CODECS[record_type].table.name
    row = conn.exec_driver_sql(f"SELECT {column}, {column}_mime FROM {table} WHERE id = ?", (record_id,)).first()
    if row is None:
        raise NotFound(record_type=record_type.value, record_id=record_id)
    return (row[0], row[1]) if row[0] is not None else None


def list_conditions(
    alias: str, record_type: RecordType, *, deleted: bool, tag: str | None, group_id: str | None
) -> tuple[list[str], list[Any]]:
    """The WHERE conditions (and their parameters) every list filters by: in the Trash or not, a tag (any case),
    membership of a group. `alias` names the record's table in the query."""
    where = [f"{alias}.deleted_at IS NOT NULL" if deleted else f"{alias}.deleted_at IS NULL"]
    params: list[Any] = []
    if tag:
        where.append(f"EXISTS (SELECT 1 FROM json_each({alias}.tags) WHERE lower(value) = lower(?))")
        params.append(tag)
    if group_id:
        where.append(
            f"{alias}.id IN (SELECT target_id FROM link WHERE source_type = 'group' AND source_id = ? "
            f"AND target_type = '{record_type.value}' AND deleted_at IS NULL)"
        )
        params.append(group_id)
    return where, params


# ----- naming a record -----


@dataclass(frozen=True, slots=True)
class Naming:
    """The keys a person may name a record of one kind by (on the command line, in a form's company field).

    Every kind takes its full id. `prefix`: an id prefix of 8 or more characters; `email`: one of its email
    addresses; `name`: the column holding its name, matched whole with case and accents ignored (`folded`: the
    column holds the folded name already, so its index answers). `live_ids`: ids name only records not in the
    Trash (a group or a lookup is never restored by id). Names and emails always name live records only.
    `part_of`: the column pointing a record at the one it is part of (an activity's exception at its series);
    an id prefix that fits one record and only its parts names that record.
    """

    prefix: bool = True
    email: bool = False
    name: str | None = None
    folded: bool = False
    live_ids: bool = False
    part_of: str | None = None


NAMING = {
    RecordType.CONTACT: Naming(email=True, name="display_name"),
    RecordType.COMPANY: Naming(name="sort_key", folded=True),
    RecordType.DEAL: Naming(name="name"),
    RecordType.ACTIVITY: Naming(part_of="series_id"),
    RecordType.NOTE: Naming(),
    RecordType.GROUP: Naming(prefix=False, name="name", live_ids=True),
    RecordType.LOOKUP: Naming(prefix=False, name="name", live_ids=True),
}
CANDIDATES_SHOWN = 5


def resolve(conn: Connection, record_type: RecordType, key: str) -> str:
    """The id of the one record of `record_type` that `key` names: its id, then an id prefix, then an email
    address, then its exact name, as `NAMING` allows for the kind. The first way that finds anything decides;
    several records found that way raise Ambiguous (with up to five candidates), none at all NotFound."""
    naming = NAMING[record_type]
    table = CODECS[record_type].table.name
    live = " AND deleted_at IS NULL" if naming.live_ids else ""
    exact = conn.exec_driver_sql(f"SELECT id FROM {table} WHERE id = ?{live}", (key,)).first()
    if exact is not None:
        return str(exact[0])
    ways: list[tuple[str, tuple[Any, ...]]] = []
    if naming.prefix and len(key) >= 8:
        part_of = naming.part_of or "NULL"
        ways.append((f"SELECT id, {part_of} FROM {table} WHERE id LIKE ? || '%'{live}", (key,)))
    if naming.email and "@" in key:
        ways.append(
            (
                f"SELECT DISTINCT t.id, NULL FROM {table} t, json_each(t.emails) e WHERE t.deleted_at IS NULL "
                "AND lower(json_extract(e.value, '$.value')) = lower(?)",
                (key,),
            )
        )
    if naming.name is not None:
        named = f"SELECT id, NULL FROM {table} WHERE deleted_at IS NULL AND "
        if naming.folded:
            ways.append((named + f"{naming.name} = ?", (fold(key.strip()),)))
        else:
            ways.append((named + f"cf_fold({naming.name}) = cf_fold(?)", (key,)))
    for sql, parameters in ways:
        rows = conn.exec_driver_sql(sql, parameters).all()
        found = [str(r[0]) for r in rows]
        heads = [str(r[0]) for r in rows if r[1] is None]
        if len(found) > 1 and len(heads) == 1 and all(r[1] in (None, heads[0]) for r in rows):
            return heads[0]  # a record and its parts: the record
        if len(found) > 1:
            shown = ", ".join(found[:CANDIDATES_SHOWN])
            raise Ambiguous(what=key, record_type=record_type.value, candidates=shown)
        if found:
            return found[0]
    raise NotFound(record_type=record_type.value, record_id=key)


# ----- links -----


def linking(conn: Connection, source_type: RecordType, target_type: RecordType, target_id: str) -> list[str]:
    """Ids of live sources linked to a target (the activities of a contact, the groups of a company …)."""
    result = conn.exec_driver_sql(
        "SELECT source_id FROM link WHERE source_type = ? AND target_type = ? AND target_id = ? AND deleted_at IS NULL",
        (source_type.value, target_type.value, target_id),
    )
    return [r[0] for r in result]


def set_links(
    writer: Writer,
    source_type: RecordType,
    source_id: str,
    target_type: RecordType,
    targets: Sequence[tuple[str, str]],
) -> None:
    """Make the live links from a source to targets of one type exactly `targets` ((id, role) in order).

    A link that goes away is tombstoned, not deleted, and comes back (same id) if the target is linked again,
    so the history of who was on a deal or invited to a meeting survives.
    """
    existing = writer.conn.exec_driver_sql(
        "SELECT id, target_id, role, position, deleted_at FROM link WHERE source_type = ? AND source_id = ? "
        "AND target_type = ?",
        (source_type.value, source_id, target_type.value),
    ).all()
    by_target = {row[1]: row for row in existing}
    wanted = {target: (role, position) for position, (target, role) in enumerate(targets)}
    for target, (role, position) in wanted.items():
        row = by_target.get(target)
        if row is None:
            writer.insert(
                RecordType.LINK,
                {
                    "source_type": source_type.value,
                    "source_id": source_id,
                    "target_type": target_type.value,
                    "target_id": target,
                    "role": role,
                    "position": position,
                },
            )
        else:
            writer.update(RecordType.LINK, row[0], {"role": role, "position": position, "deleted_at": None})
    for target, row in by_target.items():
        if target not in wanted and row[4] is None:
            writer.delete(RecordType.LINK, row[0])


def add_links(
    writer: Writer, source_type: RecordType, source_id: str, target_type: RecordType, target_ids: Iterable[str]
) -> int:
    """Link more targets without touching existing links; returns how many were newly linked."""
    current = linked(writer.conn, source_type, [source_id], target_type)[source_id]
    have = [t for t, _ in current]
    roles = dict(current)
    added = [t for t in dict.fromkeys(target_ids) if t not in roles]
    if added:
        set_links(writer, source_type, source_id, target_type, [(t, roles.get(t, "")) for t in [*have, *added]])
    return len(added)


def remove_links(
    writer: Writer, source_type: RecordType, source_id: str, target_type: RecordType, target_ids: Iterable[str]
) -> int:
    drop = set(target_ids)
    current = linked(writer.conn, source_type, [source_id], target_type)[source_id]
    kept = [(t, r) for t, r in current if t not in drop]
    if len(kept) != len(current):
        set_links(writer, source_type, source_id, target_type, kept)
    return len(current) - len(kept)


# ----- tags -----


def retag(
    writer: Writer, record_type: RecordType, ids: Sequence[str], add: Sequence[str], remove: Sequence[str]
) -> int:
    """Add and remove tags on many records (case-insensitive, spaces trimmed); returns how many changed."""
    drop = {t.strip().casefold() for t in remove}
    changed = 0
    for row in fetch(writer.conn, record_type, list(ids)).values():
        tags = [t for t in row["tags"] if t.casefold() not in drop]
        for tag in (t.strip() for t in add):
            if tag and tag.casefold() not in (t.casefold() for t in tags):
                tags.append(tag)
        if writer.update(record_type, row["id"], {"tags": tags}):
            changed += 1
    return changed


# ----- custom fields -----


def custom_definitions(conn: Connection, record_type: str) -> list[dict[str, Any]]:
    table = CODECS[RecordType.CUSTOM_FIELD].table
    query = (
        select(table)
        .where(table.c.record_type == record_type, table.c.deleted_at.is_(None))
        .order_by(table.c.position, table.c.name)
    )
    return [dict(r) for r in conn.execute(query).mappings()]


def check_custom(conn: Connection, record_type: str, values: dict[str, Any]) -> dict[str, Any]:
    """Custom field values keyed by field id (callers may name fields by id or by name)."""
    if not values:
        return {}
    definitions = custom_definitions(conn, record_type)
    by_id = {d["id"]: d for d in definitions}
    by_name = {d["name"].casefold(): d for d in definitions}
    out: dict[str, Any] = {}
    for key, value in values.items():
        definition = by_id.get(key) or by_name.get(str(key).casefold())
        if definition is None:
            raise ValidationError(
                field=f"custom.{key}",
                problem=f"no custom field {key!r} for {record_type}s",
                reason="no_such_custom_field",
                name=str(key),
                record_type=record_type,
            )
        try:
            out[definition["id"]] = custom_value(
                CustomFieldType(definition["field_type"]), value, definition["choices"], definition["name"]
            )
        except ValueError as exc:
            raise ValidationError(
                field=f"custom.{definition['name']}",
                problem=str(exc),
                reason="custom_value",
                field_type=definition["field_type"],
                choices=list(definition["choices"] or ()),
            ) from None
    return out


def custom_by_name(conn: Connection, record_type: str, values: dict[str, Any]) -> dict[str, Any]:
    """Stored custom values (by id) as the person sees them (by field name); removed fields are left out."""
    if not values:
        return {}
    names_by_id = {d["id"]: d["name"] for d in custom_definitions(conn, record_type)}
    return {names_by_id[k]: v for k, v in values.items() if k in names_by_id and v is not None}


def merged_custom(current: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    merged = dict(current)
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return merged


def tag_counts(spellings: Iterable[tuple[str, int]]) -> list[tuple[str, int]]:
    """Tags with their counts, one per tag whatever its case ('VIP' and 'vip' are one tag, since a record never
    holds both), under the spelling most records use; sorted as a person reads them."""
    groups: dict[str, list[tuple[str, int]]] = {}
    for tag, count in spellings:
        groups.setdefault(tag.casefold(), []).append((tag, count))
    merged = [(max(group, key=lambda s: (s[1], s[0]))[0], sum(n for _, n in group)) for group in groups.values()]
    return sorted(merged, key=lambda item: (fold(item[0]), item[0]))


def entries(values: list[Any]) -> list[dict[str, Any]]:
    """Validated multi-valued entries as plain dicts for storage."""
    return [v.model_dump() if hasattr(v, "model_dump") else dict(v) for v in values]
