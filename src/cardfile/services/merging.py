"""Merging duplicates and taking a merge back: field by field, with everything attached, through sync.

A merge of record L (the duplicate) into record S (the survivor), people or companies, is one action:

- S takes, for each single-valued field (or group of fields: the name, its phonetic reading, the photo), the value
  of the record the caller picks — by default the most recently edited non-empty value, from the change log — and
  the union of both records' multi-valued fields (emails, phones, addresses, web addresses, messaging, dates, tags,
  custom field values), without duplicates;
- everything attached to L moves to S: its links (activities with their series and exceptions, notes, deals and the
  roles in them, group memberships, the people a card names), and for a company the people, activities and deals
  that name it and its daughter companies; a link S already has the like of is put in the Trash instead, so nothing
  is there twice. L's history, notes and conflicts are shown with S's (`timeline_entries`, `survivor_of`);
- L goes out of sight: in the Trash's column, with `merged_into = S`, a redirect (it is not offered in the Trash;
  unmerge brings it back);
- a `merge` record keeps what unmerge needs: S's fields before and after, the fields of other records the merge
  changed, and the clocks of L's fields as the merge saw them.

Every one of these is an ordinary field write of the change log, so a merge syncs like any edit, is undone by Undo
as one action, and shows in S's history. Every device ends with the same survivor: `merged_into` is a
last-writer-wins field like any other.

Edits made meanwhile elsewhere. A device that edited L while offline (or before it heard of the merge) learns of
the merge when it syncs (`carry_over`, after every sync's pull). It compares its own writes of L's fields with the
clocks the merge saw: each write the merge did not see, and that is still L's value, is carried over to S by that
device — the device that made it, so nobody carries one write twice (a write replaced on L since is not carried: the
newer one is, by its own device). Entries added to (or taken from) a multi-valued field are added to S's (or
taken from the ones S got from L); a single value goes to S when S holds the value the merge took from L and nobody
changed it since, otherwise it goes to S's conflict log (S's value stays current, the other can be picked). It
goes one merge at a time: when S was merged on into T meanwhile, the write carried to S is a late edit of S, which
the merge into T carries on (in the same pass), so S has it whenever it is unmerged from T. Links
made to L meanwhile — a note or a meeting added to L on a laptop — are moved to S by any device that sees them: the
value written (S, or for a link S has already, the merge's own time as its Trash time) is the same on every device,
so two devices doing it write the same thing. The carried writes sync like any other; nothing made meanwhile is
lost, and L keeps its own values besides.

Unmerge restores both records as they were: L leaves the Trash; each of S's fields the merge set goes back to its
value from before the merge unless S's value changed since (a later edit stays on S; for a multi-valued field the
entries L brought are taken out of what S has now); attachments the merge moved go back to L unless moved again
since (and so do links moved to S by `carry_over`, where the link's history says so).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from cardfile.domain.errors import CardfileError, NotFound, ValidationError
from cardfile.domain.matching import address_key, email_key, phone_key, web_key
from cardfile.domain.phones import digits
from cardfile.domain.text import contact_names, fold
from cardfile.domain.values import RecordType
from cardfile.services import records
from cardfile.services.readmodels import FieldChange, TimelineEntry
from cardfile.store import replica
from cardfile.store.codec import CODECS, change_json, parse_utc, utc
from cardfile.store.writer import Writer
from cardfile.sync.merge import ConflictBody, Side
from cardfile.sync.protocol import CONFLICT, CONFLICT_BODY

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from cardfile.services.container import Services

MERGEABLE = {"contact": RecordType.CONTACT, "company": RecordType.COMPANY}
# Settings of this database (not synced): the change-log row up to which merges were settled after syncs, and per
# merge the newest of this device's own late writes already carried over.
CHECKED = "merges_checked_seq"
CARRIED = "merges_carried"

# Fields taken from one record as a whole (a name is not half one person's, half the other's).
_GROUPS: dict[RecordType, dict[str, tuple[str, ...]]] = {
    RecordType.CONTACT: {
        "name": ("prefix", "given", "additional", "family", "suffix", "display_name", "display_name_custom"),
        "phonetic": ("phonetic_given", "phonetic_additional", "phonetic_family"),
        "photo": ("photo", "photo_mime"),
        "nickname": ("nickname",),
        "title": ("title",),
        "department": ("department",),
        "company": ("company_id",),
        "birthday": ("birthday",),
        "anniversary": ("anniversary",),
        "note": ("note",),
        "vcard_uid": ("vcard_uid",),
    },
    RecordType.COMPANY: {
        "name": ("name",),
        "industry": ("industry",),
        "website": ("website",),
        "parent": ("parent_id",),
        "logo": ("logo", "logo_mime"),
        "note": ("note",),
        "vcard_uid": ("vcard_uid",),
    },
}
MULTI = ("emails", "phones", "addresses", "urls", "ims", "dates", "tags", "vcard_extra")
# Fields no merge sets: the record's identity and bookkeeping, and what is built from other fields.
_OWN = frozenset(
    {"id", "created_at", "updated_at", "owner_id", "private", "deleted_at", "merged_into", "sort_key", "name_key"}
)


class CannotMerge(CardfileError):
    """A merge the records do not allow: `reason` is same_record, not_found, different_kinds, removed (in the Trash
    or merged already), or unknown_field; `record` names the record."""

    code = "cannot_merge"
    template = "Cannot merge {record}: {why}"


class CannotUnmerge(CardfileError):
    """An unmerge that cannot be done: `reason` is undone (the merge was undone or unmerged already), erased (one of
    the records was erased for good) or merged_elsewhere (the record was merged into another since)."""

    code = "cannot_unmerge"
    template = "Cannot unmerge {record}: {why}"


@dataclass(frozen=True, slots=True)
class MergeField:
    """One field (or group of fields) of a merge, side by side: the value of each record by id, the record whose
    value the merge takes unless told otherwise (`default_from`), and whether the records differ here at all.
    For a multi-valued field `united` is what the survivor ends with and `default_from` is empty."""

    key: str  # "name", "title", "emails", "custom:<field id>" …
    label: str  # the custom field's name; for the others the key (the UI names it)
    multi: bool
    values: dict[str, Any]  # record id -> value (a group: a dict of its fields)
    default_from: str
    differs: bool
    united: Any = None

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "multi": self.multi,
            "values": {k: _plain(v) for k, v in self.values.items()},
            "default_from": self.default_from,
            "differs": self.differs,
            "united": _plain(self.united),
        }


@dataclass(frozen=True, slots=True)
class Attachments:
    """What hangs on a record and would move with it: counts by kind."""

    activities: int = 0
    notes: int = 0
    deals: int = 0
    groups: int = 0
    people: int = 0  # a company's people
    conflicts: int = 0
    other: int = 0  # other links and references (a card naming another person, daughter companies …)

    def as_json(self) -> dict[str, int]:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class MergePreview:
    """Two or more records side by side before a merge: the survivor first, its fields, and what each record has
    attached. What `merge` would do with the same arguments."""

    record_type: str
    ids: tuple[str, ...]  # survivor first
    names: tuple[str, ...]
    fields: tuple[MergeField, ...]
    attachments: dict[str, Attachments]

    def as_json(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "ids": list(self.ids),
            "names": list(self.names),
            "fields": [f.as_json() for f in self.fields],
            "attachments": {k: v.as_json() for k, v in self.attachments.items()},
        }


@dataclass(frozen=True, slots=True)
class MergeRead:
    """One merge: which record went into which, who did it and when, what it moved, and whether it was taken back
    (`unmerged_at`). `active` while the merged record stays merged."""

    id: str
    record_type: str
    survivor_id: str
    merged_id: str
    survivor_name: str
    merged_name: str
    merged_at: datetime
    by: str
    unmerged_at: datetime | None
    undone: bool  # taken back with Undo
    choices: dict[str, str]
    moved: int  # attachments it moved

    @property
    def active(self) -> bool:
        return self.unmerged_at is None and not self.undone

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "record_type": self.record_type,
            "survivor": {"id": self.survivor_id, "name": self.survivor_name},
            "merged": {"id": self.merged_id, "name": self.merged_name},
            "merged_at": _iso(self.merged_at),
            "by": self.by,
            "unmerged_at": _iso(self.unmerged_at),
            "undone": self.undone,
            "active": self.active,
            "choices": self.choices,
            "moved": self.moved,
        }


def _iso(value: datetime | None) -> str | None:
    from cardfile.store.codec import iso_utc

    return iso_utc(value) if value is not None else None


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    if isinstance(value, datetime):
        return _iso(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is False


class MergeService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    # ----- reading -----

    def kind_of(self, record_id: str) -> str:
        """'contact' or 'company': which kind of record an id names."""
        with self._db.read() as conn:
            for name, kind in MERGEABLE.items():
                table = CODECS[kind].table.name
                if conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).first() is not None:
                    return name
        raise NotFound(record_type="contact or company", record_id=record_id)

    def survivor_of(self, record_id: str) -> str | None:
        """The live record a merged-away record went into, following merges of merges; None when it is not merged."""
        with self._db.read() as conn:
            return _survivor(conn, record_id)

    def survivors_of(self, record_ids: Iterable[str]) -> dict[str, str]:
        """`survivor_of` for many records: those merged away, with the record each went into."""
        wanted = sorted(set(record_ids))
        out: dict[str, str] = {}
        with self._db.read() as conn:
            merged: list[str] = []
            for kind in MERGEABLE.values():
                table = CODECS[kind].table.name
                for chunk in _chunks(wanted):
                    marks = ",".join("?" for _ in chunk)
                    merged += [
                        r[0]
                        for r in conn.exec_driver_sql(
                            f"SELECT id FROM {table} WHERE id IN ({marks}) AND merged_into IS NOT NULL", tuple(chunk)
                        )
                    ]
            for record_id in merged:
                survivor = _survivor(conn, record_id)
                if survivor is not None:
                    out[record_id] = survivor
        return out

    def get(self, merge_id: str) -> MergeRead:
        with self._db.read() as conn:
            found = self._reads(conn, "id = ?", (merge_id,))
        if not found:
            raise NotFound(record_type="merge", record_id=merge_id)
        return found[0]

    def merges(self, record_id: str | None = None, *, include_inactive: bool = True) -> list[MergeRead]:
        """Merges, newest first: all, or those a record took part in (as survivor or as the merged record)."""
        with self._db.read() as conn:
            if record_id is None:
                found = self._reads(conn, "1", ())
            else:
                found = self._reads(conn, "survivor_id = ? OR merged_id = ?", (record_id, record_id))
        return [m for m in found if include_inactive or m.active]

    def resolve(self, key: str) -> str:
        """A merge's id from its id, an id prefix of 8 or more characters, or the id of the record it merged away
        (its latest merge)."""
        key = key.strip()
        with self._db.read() as conn:
            if conn.exec_driver_sql("SELECT 1 FROM record_merge WHERE id = ?", (key,)).first():
                return key
            rows = conn.exec_driver_sql(
                "SELECT id FROM record_merge WHERE merged_id = ? AND deleted_at IS NULL ORDER BY created_at DESC",
                (key,),
            ).all()
            if not rows and len(key) >= 8:
                rows = conn.exec_driver_sql("SELECT id FROM record_merge WHERE id LIKE ? || '%'", (key,)).all()
                if len(rows) > 1:
                    from cardfile.domain.errors import Ambiguous

                    raise Ambiguous(what=key, record_type="merge", candidates=", ".join(r[0] for r in rows[:5]))
        if not rows:
            raise NotFound(record_type="merge", record_id=key)
        return str(rows[0][0])

    def _reads(self, conn: Connection, where: str, params: tuple[Any, ...]) -> list[MergeRead]:
        rows = conn.exec_driver_sql(
            "SELECT id, record_type, survivor_id, merged_id, survivor_name, merged_name, created_at, owner_id, "
            f"unmerged_at, deleted_at, choices, moved FROM record_merge WHERE {where} ORDER BY created_at DESC, id",
            params,
        ).all()
        return [
            MergeRead(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                _time(r[6]),
                r[7],
                _time(r[8]) if r[8] else None,
                r[9] is not None,
                json.loads(r[10] or "{}"),
                len(json.loads(r[11] or "[]")),
            )
            for r in rows
        ]

    # ----- preview -----

    def preview(
        self,
        survivor_id: str,
        merged_ids: Sequence[str],
        *,
        take: Mapping[str, str] | None = None,
        prefer: str | None = None,
    ) -> MergePreview:
        """The records side by side, as `merge` with the same arguments would treat them."""
        with self._db.read() as conn:
            kind, rows = self._checked(conn, survivor_id, merged_ids)
            clocks = _clocks(conn, list(rows))
            fields = self._fields(conn, kind, rows, survivor_id, clocks, take or {}, prefer)
            attachments = {rid: _attachments(conn, kind, rid) for rid in rows}
            names = tuple(_name_of(kind, rows[rid]) for rid in rows)
        return MergePreview(kind.value, tuple(rows), names, tuple(fields), attachments)

    def _checked(
        self, conn: Connection, survivor_id: str, merged_ids: Sequence[str]
    ) -> tuple[RecordType, dict[str, dict[str, Any]]]:
        ids = [survivor_id, *[i for i in dict.fromkeys(merged_ids) if i != survivor_id]]
        if len(ids) < 2:
            raise CannotMerge(record=survivor_id, reason="same_record", why="a record cannot be merged with itself")
        kind: RecordType | None = None
        for candidate in MERGEABLE.values():
            table = CODECS[candidate].table.name
            if conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (survivor_id,)).first() is not None:
                kind = candidate
                break
        if kind is None:
            raise CannotMerge(record=survivor_id, reason="not_found", why="there is no such contact or company")
        rows = records.fetch(conn, kind, ids)
        for rid in ids:
            row = rows.get(rid)
            if row is None:
                raise CannotMerge(
                    record=rid, reason="different_kinds", why=f"it is not a {kind.value} like {survivor_id}"
                )
            if row["deleted_at"] is not None or row["merged_into"]:
                raise CannotMerge(
                    record=_name_of(kind, row) or rid,
                    reason="removed",
                    why="it is in the Trash or merged already; restore or unmerge it first",
                )
        return kind, {rid: rows[rid] for rid in ids}

    def _fields(
        self,
        conn: Connection,
        kind: RecordType,
        rows: dict[str, dict[str, Any]],
        survivor_id: str,
        clocks: dict[tuple[str, str], int],
        take: Mapping[str, str],
        prefer: str | None,
    ) -> list[MergeField]:
        ids = list(rows)
        groups = _GROUPS[kind]
        definitions = {d["id"]: d["name"] for d in records.custom_definitions(conn, kind.value)}
        unknown = [k for k in take if k not in groups and not k.startswith("custom:")]
        for key in unknown:
            raise CannotMerge(
                record=key, reason="unknown_field", why=f"no such field; use one of {', '.join(groups)} or custom:NAME"
            )
        for key, rid in take.items():
            if rid not in rows:
                raise ValidationError(
                    field=key,
                    problem=f"{rid} is not one of the records being merged",
                    reason="not_being_merged",
                    record_id=rid,
                )
        out: list[MergeField] = []
        for key, names in groups.items():
            values = {rid: _group_value(rows[rid], names) for rid in ids}
            source = _default_source(key, ids, values, names, clocks, take, prefer, survivor_id)
            differs = len({json.dumps(_plain(v), sort_keys=True, default=str) for v in values.values()}) > 1
            out.append(MergeField(key, key, False, values, source, differs))
        custom_keys = list(dict.fromkeys(k for rid in ids for k in rows[rid]["custom"]))
        for field_id in custom_keys:
            key = f"custom:{field_id}"
            label = definitions.get(field_id, field_id)
            values = {rid: rows[rid]["custom"].get(field_id) for rid in ids}
            wanted = take.get(key) or take.get(f"custom:{label}")
            source = _default_source(
                key, ids, values, ("custom",), clocks, {key: wanted} if wanted else {}, prefer, survivor_id
            )
            differs = len({json.dumps(v, sort_keys=True, default=str) for v in values.values()}) > 1
            out.append(MergeField(key, label, False, values, source, differs))
        country = self._services.settings.default_country()
        for name in MULTI:
            values = {rid: rows[rid][name] for rid in ids}
            united = values[survivor_id]
            for rid in ids[1:]:
                united = unite(name, united, values[rid], country)
            differs = any(v != values[survivor_id] for v in values.values())
            out.append(MergeField(name, name, True, values, "", differs, united))
        return out

    # ----- merging -----

    def merge(
        self,
        survivor_id: str,
        merged_ids: Sequence[str],
        *,
        take: Mapping[str, str] | None = None,
        prefer: str | None = None,
    ) -> list[MergeRead]:
        """Merge `merged_ids` into `survivor_id` as one undoable action. `take` picks, per field (a key of
        `MergePreview.fields`: "name", "title", "custom:<field id or name>" …), the record whose value the survivor
        takes; `prefer` picks one record for every field it has a value in; any other field takes the most recently
        edited non-empty value. Returns the merges made, one per merged record."""
        take = dict(take or {})
        with self._db.read() as conn:
            kind, _rows = self._checked(conn, survivor_id, merged_ids)
        label = "Merge contacts" if kind is RecordType.CONTACT else "Merge companies"
        made: list[str] = []
        with self._db.write(label) as w:
            for merged_id in [i for i in dict.fromkeys(merged_ids) if i != survivor_id]:
                made.append(self._merge_one(w, kind, survivor_id, merged_id, take, prefer))
        return [self.get(m) for m in made]

    def _merge_one(
        self, w: Writer, kind: RecordType, survivor_id: str, merged_id: str, take: dict[str, str], prefer: str | None
    ) -> str:
        conn = w.conn
        kind, rows = self._checked(conn, survivor_id, [merged_id])
        survivor, merged = rows[survivor_id], rows[merged_id]
        clocks = _clocks(conn, [survivor_id, merged_id])
        relevant = {k: v for k, v in take.items() if v in rows}
        fields = self._fields(conn, kind, rows, survivor_id, clocks, relevant, prefer)
        codec = CODECS[kind]
        new: dict[str, Any] = {}
        choices: dict[str, str] = {}
        custom = dict(survivor["custom"])
        for f in fields:
            if f.multi:
                new[f.key] = f.united
            elif f.key.startswith("custom:"):
                field_id = f.key.split(":", 1)[1]
                choices[f.key] = "merged" if f.default_from == merged_id else "survivor"
                value = f.values[f.default_from]
                if value is None:
                    custom.pop(field_id, None)
                else:
                    custom[field_id] = value
            else:
                choices[f.key] = "merged" if f.default_from == merged_id else "survivor"
                for name in _GROUPS[kind][f.key]:
                    new[name] = merged[name] if f.default_from == merged_id else survivor[name]
        new["custom"] = custom
        if kind is RecordType.COMPANY:
            if new.get("parent_id") in (survivor_id, merged_id):
                new["parent_id"] = None
            new["sort_key"] = fold(new["name"])
        else:
            if new.get("company_id") and not w.exists(RecordType.COMPANY, new["company_id"]):
                new["company_id"] = survivor["company_id"]
            company = records.names(conn, RecordType.COMPANY, [new.get("company_id")]).get(new.get("company_id") or "")
            display, custom_name, sort_key = contact_names(
                {**survivor, **new}, company, self._services.settings.family_first()
            )
            new.update(display_name=display, display_name_custom=custom_name, sort_key=sort_key)
        changed = {name: value for name, value in new.items() if survivor[name] != value}
        before = {name: change_json(survivor[name]) for name in changed}
        after = {name: change_json(value) for name, value in changed.items()}
        if changed:
            w.update(kind, survivor_id, changed)
        moved = self._move_attachments(w, kind, merged_id, survivor_id)
        w.update(kind, merged_id, {"deleted_at": self._db.now(), "merged_into": survivor_id})
        if kind is RecordType.COMPANY and "name" in changed:
            self._services.companies._rename_people(w, survivor_id)
        # What the merge saw of the merged record: the clock of each field's current value, and the value itself
        # where a late edit of it is carried over by value (united fields, and fields the survivor took from it).
        by_value = set(MULTI) | {"custom"}
        for key, source in choices.items():
            if source == "merged":
                by_value.update(_GROUPS[kind].get(key, ()))
        seen: dict[str, Any] = {}
        for (rid, name), (hlc, device) in _clock_rows(conn, merged_id).items():
            if rid == merged_id and name in codec.columns:
                seen[name] = [hlc, device, change_json(merged[name])] if name in by_value else [hlc, device]
        stamps = [
            list(r)
            for r in conn.exec_driver_sql(
                "SELECT field, hlc, device_id FROM change WHERE action_id = ? AND record_id = ? ORDER BY seq",
                (w.action_id, survivor_id),
            )
        ]
        return w.insert(
            RecordType.MERGE,
            {
                "record_type": kind.value,
                "survivor_id": survivor_id,
                "merged_id": merged_id,
                "survivor_name": _name_of(kind, survivor),
                "merged_name": _name_of(kind, merged),
                "choices": choices,
                "before": before,
                "after": after,
                "seen": seen,
                "moved": moved,
                "stamps": stamps,
                "private": bool(survivor["private"] or merged["private"]),
            },
        )

    def _move_attachments(self, w: Writer, kind: RecordType, old: str, new: str) -> list[list[Any]]:
        """Point everything that names `old` at `new`; returns [type, id, field, before, after] per field set."""
        moved: list[list[Any]] = []
        conn = w.conn
        now = self._db.now()
        for link in _live_links(conn, kind, [old]):
            target_side = link["target_type"] == kind.value and link["target_id"] == old
            end = "target_id" if target_side else "source_id"
            other_end = "source" if target_side else "target"
            duplicate = conn.exec_driver_sql(
                f"SELECT 1 FROM link WHERE {other_end}_type = ? AND {other_end}_id = ? AND {end[:-3]}_type = ? "
                f"AND {end} = ? AND deleted_at IS NULL AND id != ?",
                (link[f"{other_end}_type"], link[f"{other_end}_id"], kind.value, new, link["id"]),
            ).first()
            self_link = link[f"{other_end}_id"] == new and link[f"{other_end}_type"] == kind.value
            if duplicate is not None or self_link:
                w.update(RecordType.LINK, link["id"], {"deleted_at": now})
                moved.append(["link", link["id"], "deleted_at", change_json(None), change_json(now)])
            else:
                w.update(RecordType.LINK, link["id"], {end: new})
                moved.append(["link", link["id"], end, change_json(old), change_json(new)])
        if kind is RecordType.COMPANY:
            for ref_type, column in _COMPANY_REFERENCES:
                table = CODECS[ref_type].table.name
                for (rid,) in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE {column} = ?", (old,)).all():
                    value = None if rid == new else new
                    w.update(ref_type, rid, {column: value})
                    moved.append([ref_type.value, rid, column, change_json(old), change_json(value)])
                    if ref_type is RecordType.CONTACT:
                        self._services.contacts.apply_update(w, rid, _no_change())  # the name may be the company's
        return moved

    # ----- unmerging -----

    def unmerge(self, merge_id: str) -> MergeRead:
        """Give back the merged record and its attachments and the survivor's values from before the merge, keeping
        what was changed on the survivor since. One undoable action."""
        with self._db.read() as conn:
            found = conn.exec_driver_sql("SELECT record_type FROM record_merge WHERE id = ?", (merge_id,)).first()
        if found is None:
            raise NotFound(record_type="merge", record_id=merge_id)
        label = "Unmerge contacts" if found[0] == "contact" else "Unmerge companies"
        with self._db.write(label) as w:
            self._unmerge(w, merge_id)
        return self.get(merge_id)

    def _unmerge(self, w: Writer, merge_id: str) -> None:
        conn = w.conn
        m = records.fetch_one(conn, RecordType.MERGE, merge_id)
        kind = MERGEABLE[m["record_type"]]
        survivor_id, merged_id = m["survivor_id"], m["merged_id"]
        name = m["merged_name"] or merged_id
        if m["deleted_at"] is not None or m["unmerged_at"] is not None:
            raise CannotUnmerge(record=name, reason="undone", why="this merge was taken back already")
        if not w.exists(kind, merged_id) or not w.exists(kind, survivor_id):
            raise CannotUnmerge(record=name, reason="erased", why="one of the two records was erased for good")
        merged = w.get(kind, merged_id)
        if merged["merged_into"] != survivor_id:
            raise CannotUnmerge(record=name, reason="merged_elsewhere", why="it was merged into another record since")
        codec = CODECS[kind]
        survivor = w.get(kind, survivor_id)
        country = self._services.settings.default_country()
        values: dict[str, Any] = {}
        for field, after_text in m["after"].items():
            if field not in codec.columns or field in ("display_name", "sort_key"):
                continue
            before_value = codec.from_change(field, m["before"].get(field))
            after_value = codec.from_change(field, after_text)
            current = survivor[field]
            if current == after_value:
                values[field] = before_value
            elif field in MULTI:
                values[field] = _without_added(field, current, before_value, after_value, country)
            elif field == "custom":
                values[field] = _custom_back(current, before_value or {}, after_value or {})
        if "display_name" in m["after"] and (values.get("display_name_custom", survivor["display_name_custom"])):
            display_after = codec.from_change("display_name", m["after"]["display_name"])
            if survivor["display_name"] == display_after:
                values["display_name"] = codec.from_change("display_name", m["before"].get("display_name"))
        if kind is RecordType.CONTACT:
            merged_values = {**survivor, **values}
            company = records.names(conn, RecordType.COMPANY, [merged_values["company_id"]]).get(
                merged_values["company_id"] or ""
            )
            display, custom_name, sort_key = contact_names(
                merged_values, company, self._services.settings.family_first()
            )
            values.update(display_name=display, display_name_custom=custom_name, sort_key=sort_key)
        elif "name" in values:
            values["sort_key"] = fold(values["name"])
        w.update(kind, survivor_id, values)
        for ref_type, ref_id, field, before_text, after_text in m["moved"]:
            ref_kind = RecordType(ref_type)
            if not w.exists(ref_kind, ref_id):
                continue
            ref_codec = CODECS[ref_kind]
            current = w.get(ref_kind, ref_id)[field]
            if current == ref_codec.from_change(field, after_text):
                w.update(ref_kind, ref_id, {field: ref_codec.from_change(field, before_text)})
                if ref_kind is RecordType.CONTACT and field == "company_id":
                    self._services.contacts.apply_update(w, ref_id, _no_change())
        for link_id, end in _carried_links(conn, survivor_id, merged_id, {r[1] for r in m["moved"]}):
            w.update(RecordType.LINK, link_id, {end: merged_id})
        w.update(kind, merged_id, {"deleted_at": None, "merged_into": None})
        if kind is RecordType.COMPANY and "name" in values:
            self._services.companies._rename_people(w, survivor_id)
        w.update(RecordType.MERGE, merge_id, {"unmerged_at": self._db.now()})
        stamps = [
            list(r)
            for r in conn.exec_driver_sql(
                "SELECT field, hlc, device_id FROM change WHERE action_id = ? AND record_id = ? ORDER BY seq",
                (w.action_id, survivor_id),
            )
        ]
        w.update(RecordType.MERGE, merge_id, {"unmerge_stamps": stamps})

    def taken_into(self, w: Writer, kind: RecordType, survivor_id: str, field: str, value: Any) -> Any:
        """The value a survivor's field takes when a value of its merged-away record's field is picked (a conflict
        decided after the merge): entries and custom values are added to the survivor's, a single value replaces."""
        current = w.get(kind, survivor_id)[field]
        if field in MULTI:
            return unite(field, current, value or [], self._services.settings.default_country())
        if field == "custom":
            return {**current, **(value or {})}
        return value

    # ----- after a sync: late edits and late links -----

    def carry_over(self) -> int:
        """Carry over to survivors what was done to merged-away records without knowing of their merge: this
        device's own edits of them that their merge did not see, and links anyone made to them. Runs after every
        sync's pull (see the module's docstring); returns how many writes it made."""
        with self._db.read() as conn:
            top = int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change").scalar_one())
            held = conn.exec_driver_sql(
                "SELECT (SELECT count(*) FROM record_merge) + (SELECT count(*) FROM not_duplicate)"
            ).scalar_one()
        checked = self._db.setting(CHECKED)
        if not held or (checked is not None and int(checked) >= top):
            if checked is None or int(checked) < top:
                self._db.set_setting(CHECKED, top)
            return 0
        written = 0
        with self._db.write("Carry over edits to merged records") as w:
            written += self._settle_erasures(w)
            written += self._break_loops(w)
            carried: dict[str, int] = dict(self._db.setting(CARRIED) or {})
            for m in _deepest_first(w.conn, _active_merges(w.conn)):
                written += self._carry_own_edits(w, m, carried)
            written += self._settle_links(w)
            w.conn.exec_driver_sql(
                "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?), (?, ?)",
                (CARRIED, json.dumps(carried), CHECKED, json.dumps(top)),
            )
        return written

    def _settle_erasures(self, w: Writer) -> int:
        """A record erased on another device while this one merged it (or merged something into it): the merges
        that name it hold its values and go too, as do the records merged into it and the marks that name it —
        what `erase_with` does on the device that erases, done here for what it could not know of.

        Erased means gone: an erasure mark whose record is held again is one the server refused (only the owner or
        an administrator erases) and answered by sending the record back. And only what this user may erase is
        erased here; the rest waits for its owner's device, which the server lets erase it. Either way round, the
        device would erase after every sync what the server refuses and sends back, for ever."""
        conn = w.conn
        erased = (
            "SELECT e.record_id FROM erasure e WHERE NOT EXISTS (SELECT 1 FROM contact WHERE id = e.record_id) "
            "AND NOT EXISTS (SELECT 1 FROM company WHERE id = e.record_id)"
        )
        may_erase = self._services.sync.erase_rule()
        done = 0
        for kind in (RecordType.CONTACT, RecordType.COMPANY):
            table = CODECS[kind].table.name
            for record_id, owner in conn.exec_driver_sql(
                f"SELECT id, owner_id FROM {table} WHERE merged_into IN ({erased})"
            ).all():
                if may_erase(owner) and w.exists(kind, record_id):
                    self._services.history.erase_within(w, kind, record_id)
                    done += 1
        for kind, sql in (
            (
                RecordType.MERGE,
                f"SELECT id, owner_id FROM record_merge WHERE survivor_id IN ({erased}) OR merged_id IN ({erased})",
            ),
            (
                RecordType.NOT_DUPLICATE,
                f"SELECT id, owner_id FROM not_duplicate WHERE first_id IN ({erased}) OR second_id IN ({erased})",
            ),
        ):
            for record_id, owner in conn.exec_driver_sql(sql).all():
                if may_erase(owner) and w.exists(kind, record_id):
                    w.erase(kind, record_id)
                    done += 1
        return done

    def _break_loops(self, w: Writer) -> int:
        """Two devices that merged A into B and B into A at once leave each merged into the other, and both out of
        sight. The record with the smallest id of such a loop comes back: every device that sees the loop picks the
        same one and writes the same values, and the others stay merged into it."""
        conn = w.conn
        written = 0
        for kind in MERGEABLE.values():
            table = CODECS[kind].table.name
            found = conn.exec_driver_sql(f"SELECT id, merged_into FROM {table} WHERE merged_into IS NOT NULL").all()
            redirects: dict[str, str] = {str(a): str(b) for a, b in found}
            done: set[str] = set()
            for start in sorted(redirects):
                path: list[str] = []
                current = start
                while current in redirects and current not in path and current not in done:
                    path.append(current)
                    current = redirects[current]
                done.update(path)
                if current in path:  # a loop
                    loop = path[path.index(current) :]
                    w.update(kind, min(loop), {"deleted_at": None, "merged_into": None})
                    written += 1
        return written

    def _carry_own_edits(self, w: Writer, m: dict[str, Any], carried: dict[str, int]) -> int:
        conn = w.conn
        kind = MERGEABLE.get(m["record_type"])
        if kind is None:
            return 0
        merged_id, device = m["merged_id"], w.device_id
        newest_carried = int(carried.get(m["id"], 0))
        rows = conn.exec_driver_sql(
            "SELECT field, value, hlc FROM change WHERE record_id = ? AND device_id = ? AND hlc > ? ORDER BY hlc, seq",
            (merged_id, device, newest_carried),
        ).all()
        seen: dict[str, Any] = m["seen"]
        late: dict[str, tuple[str | None, int]] = {}
        for field, value, hlc in rows:
            if field in _OWN or field in ("display_name", "display_name_custom"):
                continue
            known = seen.get(field)
            if known is not None and (hlc, device) <= (int(known[0]), str(known[1])):
                continue
            late[field] = (value, hlc)  # the newest late write of each field
        if not late:
            return 0
        # One hop: to the record this merge put it into, and only while the record is merged there (a merge that lost
        # to another one of the same record at once, or a loop broken since, carries nothing). When that record was
        # merged on in turn, the write made here is a late edit of it, which the next merge carries on (merges are
        # visited deepest first): an unmerge anywhere along the chain gives each record what was carried to it.
        target = m["survivor_id"]
        if not w.exists(kind, merged_id) or not w.exists(kind, target):
            return 0
        merged = w.get(kind, merged_id)
        if merged["merged_into"] != target:
            return 0
        codec = CODECS[kind]
        newest = max(newest_carried, *(hlc for _text, hlc in late.values()))
        # Only a write that is still the merged record's value is carried. One replaced there since by a newer write
        # (of a device that saw it, or that won a conflict with it, the loser then in the merged record's conflict
        # log, shown with the survivor) is not: the newer write's device carries that one. Carrying both, in whatever
        # order the devices sync, could put the older value on the survivor last, over the newer one.
        late = {
            field: (text, hlc)
            for field, (text, hlc) in late.items()
            if field not in codec.columns or codec.from_change(field, text) == merged[field]
        }
        if not late:
            carried[m["id"]] = newest
            return 0
        survivor = w.get(kind, target)
        country = self._services.settings.default_country()
        values: dict[str, Any] = {}
        written = 0
        for field, (text, hlc) in late.items():
            if field not in codec.columns:
                continue
            value = codec.from_change(field, text)
            if field in MULTI:
                was = codec.from_change(field, seen[field][2]) if field in seen and len(seen[field]) > 2 else []
                values[field] = _apply_difference(
                    field, values.get(field, survivor[field]), was or [], value or [], country
                )
            elif field == "custom":
                was = codec.from_change(field, seen[field][2]) if field in seen and len(seen[field]) > 2 else {}
                for key, new_value in (value or {}).items():
                    if (was or {}).get(key) == new_value:
                        continue
                    current = values.get("custom", survivor["custom"])
                    after = codec.from_change("custom", m["after"].get("custom")) if "custom" in m["after"] else None
                    taken_from_merged = m["choices"].get(f"custom:{key}") == "merged"
                    if current.get(key) in (None, (after or {}).get(key)) and (taken_from_merged or key not in current):
                        values["custom"] = {**current, key: new_value}
                    else:
                        written += _conflict(
                            w, kind, target, "custom", {**current, key: new_value}, survivor["custom"], hlc
                        )
            else:
                group = next((k for k, names in _GROUPS[kind].items() if field in names), field)
                after = m["after"].get(field)
                unchanged = after is None or change_json(survivor[field]) == after
                if m["choices"].get(group) == "merged" and unchanged:
                    values[field] = value
                elif survivor[field] != value:
                    written += _conflict(w, kind, target, field, value, survivor[field], hlc)
        changed = {k: v for k, v in values.items() if survivor[k] != v}
        if kind is RecordType.CONTACT and changed:
            merged_values = {**survivor, **changed}
            company = records.names(w.conn, RecordType.COMPANY, [merged_values["company_id"]]).get(
                merged_values["company_id"] or ""
            )
            display, custom_name, sort_key = contact_names(
                merged_values, company, self._services.settings.family_first()
            )
            for name, derived in (
                ("display_name", display),
                ("display_name_custom", custom_name),
                ("sort_key", sort_key),
            ):
                if survivor[name] != derived:
                    changed[name] = derived
        elif kind is RecordType.COMPANY and "name" in changed:
            changed["sort_key"] = fold(changed["name"])
        if changed:
            w.update(kind, target, changed)
            written += len(changed)
        carried[m["id"]] = newest
        return written

    def _settle_links(self, w: Writer) -> int:
        """Links (and a company's references) still naming a merged-away record, made where the merge was not
        known: moved to its survivor, or put in the Trash at the merge's time where the survivor has the like."""
        conn = w.conn
        written = 0
        merged: dict[str, tuple[RecordType, str, datetime]] = {}
        for m in _active_merges(conn):
            kind = MERGEABLE.get(m["record_type"])
            row = conn.exec_driver_sql(
                f"SELECT merged_into, deleted_at FROM {m['record_type']} WHERE id = ?", (m["merged_id"],)
            ).first()
            if kind is None or row is None or row[0] is None:
                continue
            target = _survivor(conn, m["merged_id"])
            if target is None:
                continue
            merged[m["merged_id"]] = (kind, target, m["created_at"])
            if row[1] is None:  # brought back out of the Trash by someone who did not know: out of sight again
                w.update(kind, m["merged_id"], {"deleted_at": m["created_at"]})
                written += 1
        if not merged:
            return 0
        by_kind: dict[RecordType, list[str]] = {}
        for merged_id, (kind, _target, _at) in merged.items():
            by_kind.setdefault(kind, []).append(merged_id)
        for kind, ids in by_kind.items():
            for link in _live_links(conn, kind, ids):
                target_side = link["target_type"] == kind.value and link["target_id"] in merged
                end = "target_id" if target_side else "source_id"
                other_end = "source" if target_side else "target"
                _kind, survivor_id, at = merged[link[end]]
                duplicate = conn.exec_driver_sql(
                    f"SELECT 1 FROM link WHERE {other_end}_type = ? AND {other_end}_id = ? AND {end[:-3]}_type = ? "
                    f"AND {end} = ? AND deleted_at IS NULL AND id != ?",
                    (link[f"{other_end}_type"], link[f"{other_end}_id"], kind.value, survivor_id, link["id"]),
                ).first()
                if duplicate is not None or link[f"{other_end}_id"] == survivor_id:
                    w.update(RecordType.LINK, link["id"], {"deleted_at": at})
                else:
                    w.update(RecordType.LINK, link["id"], {end: survivor_id})
                written += 1
            if kind is RecordType.COMPANY:
                for ref_type, column in _COMPANY_REFERENCES:
                    table = CODECS[ref_type].table.name
                    for chunk in _chunks(ids):
                        marks = ",".join("?" for _ in chunk)
                        for rid, old in conn.exec_driver_sql(
                            f"SELECT id, {column} FROM {table} WHERE {column} IN ({marks})", tuple(chunk)
                        ).all():
                            survivor_id = merged[old][1]
                            w.update(ref_type, rid, {column: None if rid == survivor_id else survivor_id})
                            written += 1
        return written

    # ----- history -----

    def timeline_entries(self, record_id: str, changes: list[FieldChange]) -> tuple[list[TimelineEntry], set[int]]:
        """What a record's history adds for its merges: an entry for each merge and unmerge it took part in (with the
        survivor's fields each set), and the field changes of the records merged into it while they are. Returns
        those entries and the indexes of `changes` (the record's own) that the merge and unmerge entries hold."""
        with self._db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, record_type, survivor_id, merged_id, survivor_name, merged_name, created_at, owner_id, "
                "unmerged_at, deleted_at, stamps, unmerge_stamps FROM record_merge "
                "WHERE survivor_id = ? OR merged_id = ? ORDER BY created_at",
                (record_id, record_id),
            ).all()
        entries: list[TimelineEntry] = []
        held: set[int] = set()
        history = self._services.history
        for (
            mid,
            _kind,
            survivor_id,
            merged_id,
            survivor_name,
            merged_name,
            created,
            owner,
            unmerged,
            deleted,
            stamps,
            unmerge_stamps,
        ) in rows:
            for kind, at, stamp_text in (("merge", created, stamps), ("unmerge", unmerged, unmerge_stamps)):
                if at is None:
                    continue
                wanted = {(f, int(h), d) for f, h, d in json.loads(stamp_text or "[]")}
                mine = [i for i, c in enumerate(changes) if (c.field, c.hlc, c.device_id) in wanted]
                held.update(mine)
                entries.append(
                    TimelineEntry(
                        kind=kind,
                        at=_time(at),
                        record_id=mid,
                        title=merged_name if record_id == survivor_id else survivor_name,
                        detail=merged_id if record_id == survivor_id else survivor_id,
                        user_id=owner,
                        changes=[changes[i] for i in mine],
                    )
                )
            if record_id == survivor_id and unmerged is None and deleted is None:
                actions: dict[str, list[FieldChange]] = {}
                its_changes = history.field_changes(merged_id)
                merging = {c.action_id for c in its_changes if c.field == "merged_into"}
                for change in its_changes:
                    if change.action_id in merging and change.field in ("merged_into", "deleted_at"):
                        continue  # the merge's own doing, shown as the merge
                    actions.setdefault(change.action_id, []).append(change)
                entries += [
                    TimelineEntry(
                        kind="change",
                        at=fields[0].at,
                        record_id=merged_id,
                        title=fields[0].action_label,
                        detail=merged_name,
                        user_id=fields[0].user_id,
                        changes=fields,
                    )
                    for fields in actions.values()
                ]
        return entries, held

    # ----- erasing -----

    def erase_with(self, w: Writer, kind: RecordType, record_id: str, erase: Callable[[RecordType, str], None]) -> None:
        """A record erased for good takes with it the records merged into it (one person's data), the merges it
        took part in (they hold its values) and the marks that name it."""
        conn = w.conn
        if kind in (RecordType.CONTACT, RecordType.COMPANY):
            table = CODECS[kind].table.name
            for (merged_id,) in conn.exec_driver_sql(
                f"SELECT id FROM {table} WHERE merged_into = ?", (record_id,)
            ).all():
                if w.exists(kind, merged_id):
                    erase(kind, merged_id)
        for (mid,) in conn.exec_driver_sql(
            "SELECT id FROM record_merge WHERE survivor_id = ? OR merged_id = ?", (record_id, record_id)
        ).all():
            if w.exists(RecordType.MERGE, mid):
                w.erase(RecordType.MERGE, mid)
        for (mark,) in conn.exec_driver_sql(
            "SELECT id FROM not_duplicate WHERE first_id = ? OR second_id = ?", (record_id, record_id)
        ).all():
            if w.exists(RecordType.NOT_DUPLICATE, mark):
                w.erase(RecordType.NOT_DUPLICATE, mark)


# ----- helpers -----

_COMPANY_REFERENCES = (
    (RecordType.CONTACT, "company_id"),
    (RecordType.ACTIVITY, "company_id"),
    (RecordType.DEAL, "company_id"),
    (RecordType.COMPANY, "parent_id"),
)


def _no_change() -> Any:
    from cardfile.domain.models import ContactUpdate

    return ContactUpdate()


def _time(value: Any) -> datetime:
    if isinstance(value, datetime):
        return utc(value) or value
    return parse_utc(str(value).replace(" ", "T"))


def _chunks(ids: Sequence[str], size: int = 500) -> list[Sequence[str]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def _survivor(conn: Connection, record_id: str) -> str | None:
    current, seen = record_id, {record_id}
    for _ in range(64):
        row = None
        for table in ("contact", "company"):
            row = conn.exec_driver_sql(f"SELECT merged_into FROM {table} WHERE id = ?", (current,)).first()
            if row is not None:
                break
        if row is None:
            return None  # the redirect leads to a record erased since: nothing to follow it to
        if not row[0]:
            return None if current == record_id else current
        current = str(row[0])
        if current in seen:
            return None  # a loop made by two devices merging each into the other at once: not followed
        seen.add(current)
    return current


def _name_of(kind: RecordType, row: Mapping[str, Any]) -> str:
    return str(row["display_name"] if kind is RecordType.CONTACT else row["name"])


def _group_value(row: Mapping[str, Any], names: Sequence[str]) -> Any:
    if len(names) == 1:
        return row[names[0]]
    return {name: row[name] for name in names}


def _clock_rows(conn: Connection, record_id: str) -> dict[tuple[str, str], tuple[int, str]]:
    """The (hlc, device) of the newest write of each field of a record."""
    out: dict[tuple[str, str], tuple[int, str]] = {}
    for field, hlc, device in conn.exec_driver_sql(
        "SELECT field, hlc, device_id FROM change WHERE record_id = ?", (record_id,)
    ):
        key = (record_id, field)
        if key not in out or (hlc, device) > out[key]:
            out[key] = (int(hlc), str(device))
    return out


def _clocks(conn: Connection, ids: Sequence[str]) -> dict[tuple[str, str], int]:
    out: dict[tuple[str, str], int] = {}
    for rid in ids:
        out.update({key: hlc for key, (hlc, _device) in _clock_rows(conn, rid).items()})
    return out


def _default_source(
    key: str,
    ids: Sequence[str],
    values: Mapping[str, Any],
    names: Sequence[str],
    clocks: Mapping[tuple[str, str], int],
    take: Mapping[str, str],
    prefer: str | None,
    survivor_id: str,
) -> str:
    """Whose value a field takes: the record the caller picked; else the preferred record if it has a value; else
    the record with a value whose field was edited most recently (the survivor on a tie)."""
    if take.get(key):
        return take[key]
    filled = [rid for rid in ids if not _empty(_filled(values[rid]))]
    if not filled:
        return survivor_id
    if prefer in filled:
        return prefer
    if len(filled) == 1:
        return filled[0]
    return max(filled, key=lambda rid: (max((clocks.get((rid, n), 0) for n in names), default=0), rid == survivor_id))


def _filled(value: Any) -> Any:
    """A group's value as empty or not: a name is there when any part is."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if k != "display_name_custom" and not _empty(v)]
    return value


# ----- multi-valued fields -----


def entry_key(field: str, entry: Any, country: str | None) -> str:
    """What makes two entries of a multi-valued field the same entry (the same address written differently)."""
    if field == "tags":
        return fold(str(entry)).strip()
    if field == "vcard_extra":
        return str(entry)
    if not isinstance(entry, Mapping):
        return json.dumps(entry, sort_keys=True, default=str)
    value = str(entry.get("value") or "")
    if field == "emails":
        return email_key(value) or value
    if field == "phones":
        return phone_key(value, country) or digits(value) or value
    if field == "addresses":
        return address_key(entry) or json.dumps(
            {k: fold(str(v)) for k, v in sorted(entry.items()) if k not in ("label", "preferred")}
        )
    if field == "urls":
        text = value.strip().casefold().rstrip("/")
        return (web_key(text) or "") + "|" + text.split("://", 1)[-1].removeprefix("www.")
    if field == "ims":
        return f"{str(entry.get('service') or '').casefold()}|{value.strip().casefold()}"
    return f"{entry.get('label', '')}|{value}"  # dates: a name day and an anniversary may fall on one date


def unite(field: str, first: list[Any], second: list[Any], country: str | None) -> list[Any]:
    """`first` with the entries of `second` it does not have, in order; an added entry is not preferred when
    `first` has a preferred one already."""
    out = list(first)
    keys = {entry_key(field, e, country) for e in out}
    has_preferred = any(isinstance(e, Mapping) and e.get("preferred") for e in out)
    for entry in second:
        key = entry_key(field, entry, country)
        if key in keys:
            continue
        keys.add(key)
        if has_preferred and isinstance(entry, Mapping) and entry.get("preferred"):
            entry = {**entry, "preferred": False}
        out.append(entry)
    return out


def _without_added(
    field: str, current: list[Any], before: list[Any], after: list[Any], country: str | None
) -> list[Any]:
    """`current` without the entries the merge added (in `after`, not in `before`)."""
    kept = {entry_key(field, e, country) for e in before or []}
    added = {entry_key(field, e, country) for e in after or []} - kept
    return [e for e in current if entry_key(field, e, country) not in added]


def _apply_difference(field: str, current: list[Any], was: list[Any], now: list[Any], country: str | None) -> list[Any]:
    """`current` changed as a late edit changed a merged record's field from `was` to `now`: entries it added are
    added, entries it took out are taken out."""
    was_keys = {entry_key(field, e, country) for e in was}
    now_keys = {entry_key(field, e, country) for e in now}
    gone = was_keys - now_keys
    kept = [e for e in current if entry_key(field, e, country) not in gone]
    return unite(field, kept, [e for e in now if entry_key(field, e, country) not in was_keys], country)


def _custom_back(current: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Custom values as before a merge where the survivor still has what the merge set; edited ones stay."""
    out = dict(current)
    for key in set(before) | set(after):
        if current.get(key) == after.get(key):
            if key in before:
                out[key] = before[key]
            else:
                out.pop(key, None)
    return out


# ----- attachments -----


def _live_links(conn: Connection, kind: RecordType, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Live links to or from these records, oldest first."""
    out: dict[str, dict[str, Any]] = {}
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" for _ in chunk)
        for side in ("target", "source"):
            result = conn.exec_driver_sql(
                f"SELECT id, source_type, source_id, target_type, target_id, role, created_at FROM link "
                f"WHERE {side}_type = ? AND {side}_id IN ({marks}) AND deleted_at IS NULL",
                (kind.value, *chunk),
            )
            keys = list(result.keys())
            for row in result:
                out[row[0]] = dict(zip(keys, row, strict=True))
    return sorted(out.values(), key=lambda link: (str(link["created_at"]), link["id"]))


def _carried_links(conn: Connection, survivor_id: str, merged_id: str, moved: set[str]) -> list[tuple[str, str]]:
    """Links that point at the survivor because `carry_over` moved them there from the merged record (the link's
    own history says so: its previous value of that end was the merged record)."""
    out: list[tuple[str, str]] = []
    for end in ("target_id", "source_id"):
        for (link_id,) in conn.exec_driver_sql(
            f"SELECT id FROM link WHERE {end} = ? AND deleted_at IS NULL", (survivor_id,)
        ).all():
            if link_id in moved:
                continue
            history = conn.exec_driver_sql(
                "SELECT value FROM change WHERE record_id = ? AND field = ? ORDER BY hlc DESC, seq DESC LIMIT 2",
                (link_id, end),
            ).all()
            if len(history) == 2 and json.loads(history[1][0] or "null") == merged_id:
                out.append((link_id, end))
    return out


def _deepest_first(conn: Connection, merges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Merges ordered so that a merge of C into B comes before a merge of B into A: what is carried from C to B is
    then carried on to A in the same pass. Deepest = most redirects between the merged record and the end of its
    chain (a loop counts as deep as it goes before it closes)."""
    redirects: dict[str, str] = {}
    for m in merges:
        if m["record_type"] not in MERGEABLE:
            continue
        table = CODECS[MERGEABLE[m["record_type"]]].table.name
        row = conn.exec_driver_sql(f"SELECT merged_into FROM {table} WHERE id = ?", (m["merged_id"],)).first()
        if row is not None and row[0]:
            redirects[m["merged_id"]] = str(row[0])

    def depth(record_id: str) -> int:
        hops, current, seen = 0, record_id, {record_id}
        while current in redirects and redirects[current] not in seen:
            current = redirects[current]
            seen.add(current)
            hops += 1
        return hops

    return sorted(merges, key=lambda m: -depth(m["merged_id"]))  # stable: by creation within one depth


def _active_merges(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.exec_driver_sql(
        "SELECT id, record_type, survivor_id, merged_id, choices, after, seen, created_at FROM record_merge "
        "WHERE deleted_at IS NULL AND unmerged_at IS NULL ORDER BY created_at, id"
    ).all()
    return [
        {
            "id": r[0],
            "record_type": r[1],
            "survivor_id": r[2],
            "merged_id": r[3],
            "choices": json.loads(r[4] or "{}"),
            "after": json.loads(r[5] or "{}"),
            "seen": json.loads(r[6] or "{}"),
            "created_at": _time(r[7]),
        }
        for r in rows
    ]


def _attachments(conn: Connection, kind: RecordType, record_id: str) -> Attachments:
    def count(sql: str, *params: Any) -> int:
        return int(conn.exec_driver_sql(sql, params).scalar_one())

    counts: dict[str, int] = {}
    for source_type, n in conn.exec_driver_sql(
        "SELECT source_type, count(*) FROM link WHERE target_type = ? AND target_id = ? AND deleted_at IS NULL "
        "GROUP BY source_type",
        (kind.value, record_id),
    ):
        counts[source_type] = int(n)
    other = count(
        "SELECT count(*) FROM link WHERE source_type = ? AND source_id = ? AND deleted_at IS NULL",
        kind.value,
        record_id,
    )
    people = 0
    if kind is RecordType.COMPANY:
        live = "WHERE company_id = ? AND deleted_at IS NULL"
        people = count(f"SELECT count(*) FROM contact {live}", record_id)
        counts["activity"] = counts.get("activity", 0) + count(f"SELECT count(*) FROM activity {live}", record_id)
        counts["deal"] = counts.get("deal", 0) + count(f"SELECT count(*) FROM deal {live}", record_id)
        other += count("SELECT count(*) FROM company WHERE parent_id = ? AND deleted_at IS NULL", record_id)
    conflicts = count("SELECT count(*) FROM conflict WHERE record_id = ? AND resolution IS NULL", record_id)
    return Attachments(
        activities=counts.get("activity", 0),
        notes=counts.get("note", 0),
        deals=counts.get("deal", 0),
        groups=counts.get("group", 0),
        people=people,
        conflicts=conflicts,
        other=other + counts.get("contact", 0) + counts.get("company", 0),
    )


def _conflict(w: Writer, kind: RecordType, record_id: str, field: str, loser: Any, winner: Any, loser_hlc: int) -> int:
    """Put a late edit in the survivor's conflict log: the survivor's value stays, the other can be picked. The
    conflict's id is worked out from the record, the field and the late write, so it is noted once."""
    body = ConflictBody(
        kind.value,
        record_id,
        field,
        Side(change_json(winner), w._stamp(), w.device_id, w.user_id),
        Side(change_json(loser), loser_hlc, w.device_id, w.user_id),
    )
    cid = body.conflict_id
    if w.conn.exec_driver_sql("SELECT 1 FROM conflict WHERE id = ?", (cid,)).first() is not None:
        return 0
    w.begin_action()
    entry = body.entry(hlc=w._stamp(), device_id=w.device_id, user=w.user_id)
    w.conn.exec_driver_sql(
        "INSERT INTO change (record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        (CONFLICT, cid, CONFLICT_BODY, entry.value, entry.hlc, w.device_id, w.user_id, w.action_id),
    )
    w.change_count += 1
    replica.store_conflict(w.conn, body)
    return 1
