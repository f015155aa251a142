"""Search across every record type as you type; results ranked, with a second line to tell them apart."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from cardfile.domain.values import RecordType
from cardfile.services import records
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
            hits = self._series_for_occurrences(conn, index.query(conn, text, record_types=kinds, limit=limit))
            details = self._details(conn, hits)
        return [SearchResult(h.record_type.value, h.record_id, *details[h.record_id], h.tier) for h in hits]

    @staticmethod
    def _series_for_occurrences(conn: Connection, hits: list[index.Hit]) -> list[index.Hit]:
        """A repeating activity is found once, as its series: an occurrence changed, cleared or skipped on its own
        is a record of its own (an exception) with the series' subject, and thirty cleared stand-ups would list
        thirty times. An occurrence renamed on its own is found by its own name; a skipped one not at all."""
        ids = [h.record_id for h in hits if h.record_type is RecordType.ACTIVITY]
        if not ids:
            return hits
        marks = ",".join("?" for _ in ids)
        exceptions = {
            rid: (series_id, subject, status, series_subject)
            for rid, series_id, subject, status, series_subject in conn.exec_driver_sql(
                f"SELECT a.id, a.series_id, a.subject, a.status, s.subject FROM activity a JOIN activity s "
                f"ON s.id = a.series_id AND s.deleted_at IS NULL WHERE a.id IN ({marks})",
                tuple(ids),
            )
        }
        out: list[index.Hit] = []
        seen: set[tuple[RecordType, str]] = set()
        for hit in hits:
            found = exceptions.get(hit.record_id) if hit.record_type is RecordType.ACTIVITY else None
            if found is not None:
                series_id, subject, status, series_subject = found
                if status == "skipped":
                    continue
                if subject == series_subject:
                    hit = replace(hit, record_id=series_id)
            if (hit.record_type, hit.record_id) in seen:
                continue
            seen.add((hit.record_type, hit.record_id))
            out.append(hit)
        return out

    @staticmethod
    def _details(conn: Connection, hits: list[index.Hit]) -> dict[str, tuple[str, str]]:
        out: dict[str, tuple[str, str]] = {}
        by_type: dict[RecordType, list[str]] = {}
        for hit in hits:
            by_type.setdefault(hit.record_type, []).append(hit.record_id)
        for record_type, ids in by_type.items():
            rows = records.fetch(conn, record_type, ids)
            if record_type is RecordType.CONTACT:
                companies = records.names(conn, RecordType.COMPANY, [r["company_id"] for r in rows.values()])
            for rid, r in rows.items():
                if record_type is RecordType.CONTACT:
                    company = companies.get(r["company_id"] or "", "")
                    email = r["emails"][0]["value"] if r["emails"] else ""
                    detail = " · ".join(p for p in (r["title"], company, email) if p)
                    out[rid] = (r["display_name"], detail)
                elif record_type is RecordType.COMPANY:
                    out[rid] = (r["name"], r["industry"])
                elif record_type is RecordType.ACTIVITY:
                    when = r["starts_at"].strftime("%Y-%m-%d %H:%M") if r["starts_at"] else ""
                    out[rid] = (r["subject"], " · ".join(p for p in (when, r["status"]) if p))
                elif record_type is RecordType.NOTE:
                    lines = r["body"].strip().split("\n")
                    out[rid] = (lines[0][:80], " ".join(lines[1:])[:80])
                else:
                    out[rid] = (r["name"], r["status"])
        return out

    def rebuild_index(self) -> int:
        """Rebuild the search index from the records (after changing the default country, or a repair)."""
        with self._db.write("Rebuild search index") as w:
            return index.rebuild(w.conn)
