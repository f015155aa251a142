"""Each kind of record's table and the column that names it, and reading names and links by id: what every
service and the search's quick read path share, without SQLAlchemy."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from cardfile.domain.record_types import RecordType

if TYPE_CHECKING:
    from cardfile.store.reading import Reads

TABLE_OF = {rt: rt.value for rt in RecordType}
TABLE_OF[RecordType.GROUP] = "contact_group"
TABLE_OF[RecordType.LOOKUP] = "saved_lookup"
TABLE_OF[RecordType.MERGE] = "record_merge"

NAME_COLUMN = {
    RecordType.CONTACT: "display_name",
    RecordType.COMPANY: "name",
    RecordType.DEAL: "name",
    RecordType.ACTIVITY: "subject",
    RecordType.GROUP: "name",
    RecordType.PIPELINE: "name",
    RecordType.STAGE: "name",
    RecordType.ACTIVITY_TYPE: "name",
    RecordType.LOOKUP: "name",
    RecordType.CUSTOM_FIELD: "name",
    RecordType.NOTE: "body",
}


def names(conn: Reads, record_type: RecordType, ids: Iterable[str | None]) -> dict[str, str]:
    """Each record's name by id; a kind that has no name (a link, a choice, a merge record) names none."""
    wanted = sorted({i for i in ids if i})
    column = NAME_COLUMN.get(record_type)
    if not wanted or column is None:
        return {}
    table = TABLE_OF[record_type]
    out: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for rid, name in conn.exec_driver_sql(f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", tuple(chunk)):
            out[rid] = name
    return out


def linked(
    conn: Reads,
    source_type: RecordType,
    source_ids: Sequence[str],
    target_type: RecordType,
) -> dict[str, list[tuple[str, str]]]:
    """Live links from each source to targets of a type: source id -> [(target id, role)] in order."""
    out: dict[str, list[tuple[str, str]]] = {sid: [] for sid in source_ids}
    for start in range(0, len(source_ids), 500):
        chunk = list(source_ids[start : start + 500])
        marks = ",".join("?" for _ in chunk)
        result = conn.exec_driver_sql(  # '+target_type': look links up by their source, never by target type
            "SELECT source_id, target_id, role FROM link WHERE source_type = ? AND +target_type = ? "
            f"AND deleted_at IS NULL AND source_id IN ({marks}) ORDER BY position, created_at",
            (source_type.value, target_type.value, *chunk),
        )
        for source_id, target_id, role in result:
            out[source_id].append((target_id, role))
    return out
