"""Groups (static membership), saved lookups (dynamic groups) and custom field definitions."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from cardfile.domain.errors import ValidationError
from cardfile.domain.lookup import LookupQuery
from cardfile.domain.models import CustomFieldCreate, validate
from cardfile.domain.text import blank
from cardfile.domain.values import RecordType
from cardfile.services import records
from cardfile.services.readmodels import CustomFieldRead, GroupRead, LookupRead, meta_of
from cardfile.store import lookups as lookup_sql

if TYPE_CHECKING:
    from cardfile.services.container import Services

_MEMBER_TYPES = (RecordType.CONTACT, RecordType.COMPANY)


class GroupService:
    record_type = RecordType.GROUP

    def __init__(self, services: Services) -> None:
        self._db = services.db

    def create(self, name: str, description: str = "") -> GroupRead:
        if blank(name):
            raise ValidationError(field="name", problem="a group needs a name", reason="no_name")
        with self._db.write("Add group") as w:
            group_id = w.insert(RecordType.GROUP, {"name": name.strip(), "description": description.strip()})
        return self.get(group_id)

    def rename(self, group_id: str, name: str, description: str | None = None) -> GroupRead:
        if blank(name):
            raise ValidationError(field="name", problem="a group needs a name", reason="no_name")
        values = {"name": name.strip()}
        if description is not None:
            values["description"] = description.strip()
        with self._db.write("Rename group") as w:
            w.update(RecordType.GROUP, group_id, values)
        return self.get(group_id)

    def add_members(
        self, group_id: str, member_ids: Sequence[str], member_type: RecordType = RecordType.CONTACT
    ) -> int:
        if member_type not in _MEMBER_TYPES:
            raise ValidationError(
                field="member",
                problem="groups hold contacts and companies",
                reason="wrong_record_type",
                record_type=member_type.value,
            )
        with self._db.write("Add to group") as w:
            records.require_live(w.conn, RecordType.GROUP, group_id, "group")
            for member in member_ids:
                records.require_live(w.conn, member_type, member, member_type.value)
            return records.add_links(w, RecordType.GROUP, group_id, member_type, member_ids)

    def remove_members(
        self, group_id: str, member_ids: Sequence[str], member_type: RecordType = RecordType.CONTACT
    ) -> int:
        with self._db.write("Remove from group") as w:
            return records.remove_links(w, RecordType.GROUP, group_id, member_type, member_ids)

    def members(self, group_id: str, member_type: RecordType = RecordType.CONTACT) -> builtins.list[str]:
        with self._db.read() as conn:
            return [t for t, _ in records.linked(conn, RecordType.GROUP, [group_id], member_type)[group_id]]

    def groups_of(self, record_id: str, member_type: RecordType = RecordType.CONTACT) -> builtins.list[GroupRead]:
        with self._db.read() as conn:
            ids = records.linking(conn, RecordType.GROUP, member_type, record_id)
        return [g for g in self.list() if g.id in ids]

    def delete(self, group_id: str) -> bool:
        with self._db.write("Delete group") as w:
            return w.delete(RecordType.GROUP, group_id)

    def restore(self, group_id: str) -> bool:
        with self._db.write("Restore group") as w:
            return w.restore(RecordType.GROUP, group_id)

    def get(self, group_id: str) -> GroupRead:
        with self._db.read() as conn:
            row = records.fetch_one(conn, RecordType.GROUP, group_id)
            count = len(records.linked(conn, RecordType.GROUP, [group_id], RecordType.CONTACT)[group_id]) + len(
                records.linked(conn, RecordType.GROUP, [group_id], RecordType.COMPANY)[group_id]
            )
        return GroupRead(row["id"], row["name"], row["description"], count, meta_of(row))

    def list(self) -> builtins.list[GroupRead]:
        with self._db.read() as conn:
            result = conn.exec_driver_sql(
                "SELECT g.id, (SELECT count(*) FROM link l WHERE l.source_type = 'group' AND l.source_id = g.id "
                "AND l.deleted_at IS NULL) FROM contact_group g WHERE g.deleted_at IS NULL ORDER BY g.name"
            ).all()
            rows = records.fetch(conn, RecordType.GROUP, [r[0] for r in result])
        return [GroupRead(gid, rows[gid]["name"], rows[gid]["description"], n, meta_of(rows[gid])) for gid, n in result]

    def resolve(self, key: str) -> str:
        """A group id from its id or exact name."""
        with self._db.read() as conn:
            return records.resolve(conn, RecordType.GROUP, key)


class LookupService:
    record_type = RecordType.LOOKUP

    def __init__(self, services: Services) -> None:
        self._db = services.db

    def run_query(self, query: LookupQuery | dict[str, Any]) -> builtins.list[str]:
        """Ids of live records matching the query, in list order."""
        if isinstance(query, dict):
            query = validate(LookupQuery, **query)
        with self._db.read() as conn:
            return lookup_sql.run(conn, query, now=self._db.now())

    def save(self, name: str, query: LookupQuery | dict[str, Any]) -> LookupRead:
        if isinstance(query, dict):
            query = validate(LookupQuery, **query)
        if blank(name):
            raise ValidationError(field="name", problem="a saved lookup needs a name", reason="no_name")
        with self._db.write("Save lookup") as w:
            lookup_id = w.insert(
                RecordType.LOOKUP,
                {"name": name.strip(), "record_type": query.record_type, "query": query.model_dump(mode="json")},
            )
        return self.get(lookup_id)

    def update(self, lookup_id: str, *, name: str | None = None, query: LookupQuery | None = None) -> LookupRead:
        values: dict[str, Any] = {}
        if name is not None:
            if blank(name):
                raise ValidationError(field="name", problem="a saved lookup needs a name", reason="no_name")
            values["name"] = name.strip()
        if query is not None:
            values.update(query=query.model_dump(mode="json"), record_type=query.record_type)
        with self._db.write("Edit lookup") as w:
            w.update(RecordType.LOOKUP, lookup_id, values)
        return self.get(lookup_id)

    def run(self, lookup_id: str) -> builtins.list[str]:
        return self.run_query(LookupQuery(**self.get(lookup_id).query))

    def get(self, lookup_id: str) -> LookupRead:
        with self._db.read() as conn:
            row = records.fetch_one(conn, RecordType.LOOKUP, lookup_id)
        return LookupRead(row["id"], row["name"], row["record_type"], row["query"], meta_of(row))

    def list(self) -> builtins.list[LookupRead]:
        with self._db.read() as conn:
            ids = [
                r[0] for r in conn.exec_driver_sql("SELECT id FROM saved_lookup WHERE deleted_at IS NULL ORDER BY name")
            ]
            rows = records.fetch(conn, RecordType.LOOKUP, ids)
        return [LookupRead(i, rows[i]["name"], rows[i]["record_type"], rows[i]["query"], meta_of(rows[i])) for i in ids]

    def delete(self, lookup_id: str) -> bool:
        with self._db.write("Delete lookup") as w:
            return w.delete(RecordType.LOOKUP, lookup_id)

    def resolve(self, key: str) -> str:
        """A saved lookup's id from its id or exact name."""
        with self._db.read() as conn:
            return records.resolve(conn, RecordType.LOOKUP, key)


class CustomFieldService:
    record_type = RecordType.CUSTOM_FIELD

    def __init__(self, services: Services) -> None:
        self._db = services.db

    def define(self, data: CustomFieldCreate) -> CustomFieldRead:
        existing = self.list(data.record_type)
        if any(f.name.casefold() == data.name.casefold() for f in existing):
            raise _name_taken(data)
        with self._db.write("Add custom field") as w:
            field_id = w.insert(RecordType.CUSTOM_FIELD, {**data.model_dump(mode="json"), "position": len(existing)})
        return self.get(field_id)

    def rename(self, field_id: str, name: str, choices: builtins.list[str] | None = None) -> CustomFieldRead:
        current = self.get(field_id)
        data = validate(
            CustomFieldCreate,
            record_type=current.record_type,
            name=name,
            field_type=current.field_type,
            choices=choices if choices is not None else current.choices,
        )
        if any(f.name.casefold() == data.name.casefold() and f.id != field_id for f in self.list(data.record_type)):
            raise _name_taken(data)
        with self._db.write("Edit custom field") as w:
            w.update(RecordType.CUSTOM_FIELD, field_id, {"name": data.name, "choices": data.choices})
        return self.get(field_id)

    def remove(self, field_id: str) -> bool:
        """Remove a field from forms and lists; values stay in the records, so restoring brings them back."""
        with self._db.write("Remove custom field") as w:
            return w.delete(RecordType.CUSTOM_FIELD, field_id)

    def restore(self, field_id: str) -> bool:
        with self._db.write("Restore custom field") as w:
            return w.restore(RecordType.CUSTOM_FIELD, field_id)

    def get(self, field_id: str) -> CustomFieldRead:
        with self._db.read() as conn:
            r = records.fetch_one(conn, RecordType.CUSTOM_FIELD, field_id)
        return CustomFieldRead(r["id"], r["record_type"], r["name"], r["field_type"], list(r["choices"]), r["position"])

    def list(self, record_type: str | None = None) -> builtins.list[CustomFieldRead]:
        kinds = [record_type] if record_type else ["contact", "company", "activity", "deal"]
        with self._db.read() as conn:
            return [
                CustomFieldRead(
                    r["id"], r["record_type"], r["name"], r["field_type"], list(r["choices"]), r["position"]
                )
                for kind in kinds
                for r in records.custom_definitions(conn, kind)
            ]


def _name_taken(data: CustomFieldCreate) -> ValidationError:
    """A custom field named as one its kind of record has already (names are compared without case)."""
    return ValidationError(
        field="name",
        problem=f"{data.record_type}s already have a field {data.name!r}",
        reason="field_name_taken",
        name=data.name,
        record_type=data.record_type,
    )
