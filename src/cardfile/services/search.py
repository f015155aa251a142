"""Search across every record type as you type; results ranked, with a second line to tell them apart."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from cardfile.domain.values import RecordType
from cardfile.services import disambiguation, records
from cardfile.services.readmodels import SearchResult
from cardfile.store import search as index

if TYPE_CHECKING:
    from cardfile.services.container import Services

SEARCHABLE = (RecordType.CONTACT, RecordType.COMPANY, RecordType.ACTIVITY, RecordType.NOTE, RecordType.DEAL)


class SearchService:
    def __init__(self, services: Services) -> None:
        self._db = services.db

    def search(self, text: str, *, types: Iterable[str] | None = None, limit: int = 50) -> list[SearchResult]:
        """Records matching every word of `text`, best first (exact and prefix matches of names lead)."""
        kinds = [RecordType(t) for t in types] if types is not None else None
        with self._db.read() as conn:
            hits = index.query(conn, text, record_types=kinds, limit=limit)
            details = self._details(conn, hits)
        return [SearchResult(h.record_type.value, h.record_id, *details[h.record_id], h.tier) for h in hits]

    @staticmethod
    def _details(conn: Connection, hits: list[index.Hit]) -> dict[str, tuple[str, str]]:
        """Each hit's name and second line; two hits of one name are told apart by the facts every list uses
        (services/disambiguation.py: a company's city and industry, a person's company, email, then phone)."""
        out: dict[str, tuple[str, str]] = {}
        by_type: dict[RecordType, list[str]] = {}
        for hit in hits:
            by_type.setdefault(hit.record_type, []).append(hit.record_id)
        for record_type, ids in by_type.items():
            if record_type in (RecordType.CONTACT, RecordType.COMPANY):
                out.update(SearchService._told_apart(conn, record_type, ids))
                continue
            rows = records.fetch(conn, record_type, ids)
            for rid, r in rows.items():
                if record_type is RecordType.ACTIVITY:
                    when = r["starts_at"].strftime("%Y-%m-%d %H:%M") if r["starts_at"] else ""
                    out[rid] = (r["subject"], " · ".join(p for p in (when, r["status"]) if p))
                elif record_type is RecordType.NOTE:
                    lines = r["body"].strip().split("\n")
                    out[rid] = (lines[0][:80], " ".join(lines[1:])[:80])
                else:
                    out[rid] = (r["name"], r["status"])
        return out

    @staticmethod
    def _told_apart(conn: Connection, record_type: RecordType, ids: list[str]) -> dict[str, tuple[str, str]]:
        names = records.names(conn, record_type, ids)
        found = [i for i in ids if i in names]
        distinctions = disambiguation.details(conn, record_type, found)
        if record_type is RecordType.CONTACT:  # a person's title leads, as their card's subtitle does
            titles: dict[str, str] = {
                row[0]: row[1]
                for row in conn.exec_driver_sql(
                    f"SELECT id, title FROM contact WHERE id IN ({','.join('?' for _ in found)})", tuple(found)
                )
            }
            distinctions = {
                i: disambiguation.Distinction(
                    (titles.get(i, ""), *d.usual), tuple(f for f in d.more if f != titles.get(i))
                )
                for i, d in distinctions.items()
            }
        listed = [(names[i], distinctions.get(i, disambiguation.Distinction())) for i in found]
        facts = disambiguation.tell_apart(listed)
        return {i: (names[i], " · ".join(f for f in fact if f)) for i, fact in zip(found, facts, strict=True)}

    def rebuild_index(self) -> int:
        """Rebuild the search index from the records (after changing the default country, or a repair)."""
        with self._db.write("Rebuild search index") as w:
            return index.rebuild(w.conn)
