"""Search across every record type as you type: results ranked, with what matched marked and a second line to tell
them apart; how many of each kind match, and all of one kind (a list narrowed to a search)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection

from cardfile.domain import phones
from cardfile.domain.text import match_marks
from cardfile.domain.values import RecordType
from cardfile.services import disambiguation, records
from cardfile.services.readmodels import FoundIn, SearchResult
from cardfile.store import search as index

if TYPE_CHECKING:
    from cardfile.services.container import Services

SEARCHABLE = (RecordType.CONTACT, RecordType.COMPANY, RecordType.ACTIVITY, RecordType.NOTE, RecordType.DEAL)
PEOPLE_SHOWN = 3  # of a company found: enough to know it by
SNIPPET_BEFORE = 30  # characters of a long note line kept before what was found in it

_ADDRESS_PARTS = ("street", "extended", "po_box", "postcode", "locality", "region", "country")


class SearchService:
    def __init__(self, services: Services) -> None:
        self._db = services.db

    def search(self, text: str, *, types: Iterable[str] | None = None, limit: int = 50) -> list[SearchResult]:
        """Records matching every word of `text`, best first (exact and prefix matches of names lead), each with
        where the query is in its name, or the value it was found in instead (a phone number, an email address, a
        line of a note)."""
        kinds = [RecordType(t) for t in types] if types is not None else None
        with self._db.read() as conn:
            hits = self._series_for_occurrences(conn, index.query(conn, text, record_types=kinds, limit=limit))
            found = _Finder(conn, text).results(hits)
        return [found[h.record_id] for h in hits]

    def counts(self, text: str) -> dict[str, int]:
        """How many records of each type match `text` (types with none left out): what "Show all" offers."""
        with self._db.read() as conn:
            return {kind.value: count for kind, count in index.count_by_type(conn, text).items()}

    def ids(self, text: str, record_type: str) -> list[str]:
        """Every record of one type matching `text`, in no particular order: what a list narrowed to a search
        holds (in the list's own order)."""
        with self._db.read() as conn:
            return index.matching_ids(conn, text, RecordType(record_type))

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

    def rebuild_index(self) -> int:
        """Rebuild the search index from the records (after changing the default country, or a repair)."""
        with self._db.write("Rebuild search index") as w:
            return index.rebuild(w.conn)


def _told_apart(
    conn: Connection, record_type: RecordType, ids: list[str], titles: Mapping[str, str] | None = None
) -> dict[str, tuple[str, str]]:
    """Each person's or company's name and second line; two hits of one name are told apart by the facts every
    list uses (services/disambiguation.py: a company's city and industry, a person's company, email, then phone)."""
    names = records.names(conn, record_type, ids)
    found = [i for i in ids if i in names]
    distinctions = disambiguation.details(conn, record_type, found)
    if record_type is RecordType.CONTACT and titles is not None:  # a person's title leads, as their card's does
        distinctions = {
            i: disambiguation.Distinction((titles.get(i, ""), *d.usual), tuple(f for f in d.more if f != titles.get(i)))
            for i, d in distinctions.items()
        }
    listed = [(names[i], distinctions.get(i, disambiguation.Distinction())) for i in found]
    facts = disambiguation.tell_apart(listed)
    return {i: (names[i], " · ".join(f for f in fact if f)) for i, fact in zip(found, facts, strict=True)}


# A result line never shows a photo or a logo, and they are most of a row's bytes.
_PICTURES = ("photo", "logo")


class _Finder:
    """Builds the results of one query: reads the hits' rows and works out what was found where."""

    def __init__(self, conn: Connection, text: str) -> None:
        self.conn = conn
        self.text = text
        self.phone = phones.looks_like_phone(text)
        self._country: tuple[str | None] | None = None

    def country(self) -> str | None:
        if self._country is None:  # read once, only for a phone number
            self._country = (index.default_country(self.conn),)
        return self._country[0]

    def marks(self, value: str) -> tuple[tuple[int, int], ...]:
        return () if self.phone else match_marks(value, self.text)

    def results(self, hits: Sequence[index.Hit]) -> dict[str, SearchResult]:
        out: dict[str, SearchResult] = {}
        by_type: dict[RecordType, list[index.Hit]] = {}
        for hit in hits:
            by_type.setdefault(hit.record_type, []).append(hit)
        build = {
            RecordType.CONTACT: self._contacts,
            RecordType.COMPANY: self._companies,
            RecordType.ACTIVITY: self._activities,
            RecordType.NOTE: self._notes,
            RecordType.DEAL: self._deals,
        }
        for record_type, typed in by_type.items():
            rows = records.fetch(self.conn, record_type, [h.record_id for h in typed], without=_PICTURES)
            made = build[record_type]([h for h in typed if h.record_id in rows], rows)
            out.update({result.id: result for result in made})
        return out

    # ----- by kind -----

    def _contacts(self, hits: Sequence[index.Hit], rows: Mapping[str, dict[str, Any]]) -> list[SearchResult]:
        companies = records.names(self.conn, RecordType.COMPANY, [r["company_id"] for r in rows.values()])
        titles = {rid: r["title"] or "" for rid, r in rows.items()}  # read with the rows: not read again
        told = _told_apart(self.conn, RecordType.CONTACT, list(rows), titles)
        out = []
        for hit in hits:
            r = rows[hit.record_id]
            company = companies.get(r["company_id"] or "", "")
            detail = told[hit.record_id][1] if hit.record_id in told else ""
            name_marks = self.marks(r["display_name"])
            found_in = None if name_marks else self._found_in(r, company=company)
            out.append(_result(hit, r["display_name"], detail, name_marks, found_in))
        return out

    def _companies(self, hits: Sequence[index.Hit], rows: Mapping[str, dict[str, Any]]) -> list[SearchResult]:
        people = self._people(list(rows))
        told = _told_apart(self.conn, RecordType.COMPANY, list(rows))
        out = []
        for hit in hits:
            r = rows[hit.record_id]
            name_marks = self.marks(r["name"])
            found_in = None if name_marks else self._found_in(r, industry=r["industry"], website=r["website"])
            names, count = people.get(hit.record_id, ((), 0))
            detail = told[hit.record_id][1] if hit.record_id in told else r["industry"]
            result = _result(hit, r["name"], detail, name_marks, found_in)
            out.append(_with(result, people=names, people_count=count))
        return out

    def _activities(self, hits: Sequence[index.Hit], rows: Mapping[str, dict[str, Any]]) -> list[SearchResult]:
        out = []
        for hit in hits:
            r = rows[hit.record_id]
            when = r["starts_at"].strftime("%Y-%m-%d %H:%M") if r["starts_at"] else ""
            detail = " · ".join(p for p in (when, r["status"]) if p)
            name_marks = self.marks(r["subject"])
            found_in = None
            if not name_marks:
                found_in = self._in_text("details", r["details"]) or self._in_text("outcome", r["outcome"])
            out.append(_with(_result(hit, r["subject"], detail, name_marks, found_in), when=r["starts_at"]))
        return out

    def _notes(self, hits: Sequence[index.Hit], rows: Mapping[str, dict[str, Any]]) -> list[SearchResult]:
        ids = list(rows)
        about: dict[str, list[str]] = {note_id: [] for note_id in ids}
        for target_type in (RecordType.CONTACT, RecordType.COMPANY):
            links = records.linked(self.conn, RecordType.NOTE, ids, target_type)
            named = records.names(self.conn, target_type, [t for targets in links.values() for t, _ in targets])
            for note_id, targets in links.items():
                about[note_id] += [named[t] for t, _ in targets if named.get(t)]
        out = []
        for hit in hits:
            r = rows[hit.record_id]
            lines = r["body"].strip().split("\n")
            first = lines[0][:80]
            name_marks = self.marks(first)
            found_in = None if name_marks else self._in_text("body", r["body"])
            result = _result(hit, first, " ".join(lines[1:])[:80], name_marks, found_in)
            out.append(_with(result, about=tuple(about[hit.record_id]), when=r["created_at"]))
        return out

    def _deals(self, hits: Sequence[index.Hit], rows: Mapping[str, dict[str, Any]]) -> list[SearchResult]:
        out = []
        for hit in hits:
            r = rows[hit.record_id]
            out.append(_result(hit, r["name"], r["status"], self.marks(r["name"]), None))
        return out

    # ----- what was found where -----

    def _found_in(self, row: Mapping[str, Any], **plain: str) -> FoundIn | None:
        """The first of a person's or company's values the query is in: its phone numbers first for a number,
        else its emails, its plain fields (`plain`: company, industry …), title, addresses, web, messaging,
        tags and note."""
        if self.phone:
            for entry in row["phones"] or ():
                marks = phones.number_marks(entry["value"], self.text, self.country())
                if marks:
                    return FoundIn("phones", entry.get("label", ""), entry["value"], marks)
        for entry in row["emails"] or ():
            if found := self._in("emails", entry.get("label", ""), entry["value"]):
                return found
        fields = {**plain, "title": row.get("title") or "", "department": row.get("department") or ""}
        for field, value in fields.items():
            if value and (found := self._in(field, "", value)):
                return found
        for entry in row["addresses"] or ():
            line = ", ".join(str(entry[k]) for k in _ADDRESS_PARTS if entry.get(k))
            if found := self._in("addresses", entry.get("label", ""), line):
                return found
        for kind in ("urls", "ims"):
            for entry in row[kind] or ():
                if found := self._in(kind, entry.get("label", ""), entry["value"]):
                    return found
        for tag in row["tags"] or ():
            if found := self._in("tags", "", tag):
                return found
        return self._in_text("note", row.get("note") or "")

    def _in(self, field: str, label: str, value: str) -> FoundIn | None:
        marks = match_marks(value, self.text)  # an address or a note may hold a number as written
        return FoundIn(field, label, value, marks) if marks else None

    def _in_text(self, field: str, text: str) -> FoundIn | None:
        """The line of a longer text the query is in, cut to start shortly before it."""
        for line in (text or "").split("\n"):
            marks = match_marks(line, self.text)
            if not marks:
                continue
            first = marks[0][0]
            cut = max(first - SNIPPET_BEFORE, 0)
            if cut:
                space = line.find(" ", cut, first)  # start at a word
                cut = space + 1 if space >= 0 else cut
                line = "…" + line[cut:]
                marks = tuple((start - cut + 1, end - cut + 1) for start, end in marks)
            return FoundIn(field, "", line, marks)
        return None

    def _people(self, company_ids: list[str]) -> dict[str, tuple[tuple[str, ...], int]]:
        """The first people of each company by name, and how many it has."""
        if not company_ids:
            return {}
        marks = ",".join("?" for _ in company_ids)
        rows = self.conn.exec_driver_sql(  # '+deleted_at': by the company index, which holds a few people each
            "SELECT company_id, display_name FROM contact "
            f"WHERE company_id IN ({marks}) AND +deleted_at IS NULL ORDER BY company_id, sort_key, id",
            tuple(company_ids),
        ).all()
        names: dict[str, list[str]] = {}
        counts: dict[str, int] = {}
        for company_id, name in rows:
            counts[company_id] = counts.get(company_id, 0) + 1
            if counts[company_id] <= PEOPLE_SHOWN:
                names.setdefault(company_id, []).append(name)
        return {company_id: (tuple(names[company_id]), counts[company_id]) for company_id in names}


def _result(
    hit: index.Hit, name: str, detail: str, name_marks: tuple[tuple[int, int], ...], found_in: FoundIn | None
) -> SearchResult:
    return SearchResult(hit.record_type.value, hit.record_id, name, detail, hit.tier, name_marks, found_in)


def _with(result: SearchResult, **fields: Any) -> SearchResult:
    return replace(result, **fields)
