"""Search across every record type as you type: results ranked, with what matched marked and a second line to tell
them apart; how many of each kind match, and all of one kind (a list narrowed to a search).

The search's reads go through the standard library's sqlite3 (`store/reading.py`) and this module loads neither
SQLAlchemy nor pydantic: `cardfile search` opens a current database with `SearchReader` alone and answers in a
fraction of the time the full services take to load, with the very same code as `SearchService`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cardfile import paths
from cardfile.domain import phones
from cardfile.domain.record_types import RecordType
from cardfile.domain.text import match_marks
from cardfile.services import disambiguation, record_names
from cardfile.services.search_results import FoundIn, SearchResult
from cardfile.store import backup
from cardfile.store import search as index
from cardfile.store.reading import Snapshot, open_snapshot
from cardfile.store.times import from_column

if TYPE_CHECKING:
    from cardfile.services.container import Services
    from cardfile.store.reading import Reads

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
        with self._db.read() as conn:
            return find(Snapshot(conn.connection.driver_connection), text, types=types, limit=limit)

    def search_json(self, text: str, *, types: Iterable[str] | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """The results of `search` as `cardfile search --json` prints them (see `find_json`)."""
        with self._db.read() as conn:
            return find_json(Snapshot(conn.connection.driver_connection), text, types=types, limit=limit)

    def counts(self, text: str) -> dict[str, int]:
        """How many records of each type match `text` (types with none left out): what "Show all" offers."""
        with self._db.read() as conn:
            return {kind.value: count for kind, count in index.count_by_type(conn, text).items()}

    def ids(self, text: str, record_type: str) -> list[str]:
        """Every record of one type matching `text`, in no particular order: what a list narrowed to a search
        holds (in the list's own order)."""
        with self._db.read() as conn:
            return index.matching_ids(conn, text, RecordType(record_type))

    def index_state(self) -> IndexState:
        """Whether the search index holds every record, or how far its build after a first sync has come."""
        with self._db.read() as conn:
            return _index_state(conn)

    def index_ready(self) -> bool:
        """Whether the search index holds every record (no counting: what a search says beside its results)."""
        with self._db.read() as conn:
            return index.pending(conn) is None

    def prepare_index(
        self,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        batch: int = index.BUILD_BATCH,
    ) -> IndexState:
        """Build the part of the search index a first sync left for later, a batch of records per transaction, so
        the person's own edits (and a sync) take turns with it. Stopped (`cancelled`), closed or killed half-way,
        it goes on from where it stopped the next time; searches find every record meanwhile, only slower.
        `progress(done, total)` after each batch. Returns where the index stands."""
        state = self.index_state()
        while not state.ready and not (cancelled is not None and cancelled()):
            with self._db.write("Prepare search") as w:
                index.build_pending(w.conn, batch)
                state = _index_state(w.conn)
            if progress is not None:
                progress(state.done, state.total)
        return state

    def rebuild_index(self) -> int:
        """Rebuild the search index from the records (after changing the default country, or a repair)."""
        with self._db.write("Rebuild search index") as w:
            return index.rebuild(w.conn)


@dataclass(frozen=True, slots=True)
class IndexState:
    """Where the search index stands: `ready` when it holds every record; else `done` of `total` records are in
    it so far (its build after a first sync), and searches scan the rest."""

    ready: bool
    done: int = 0
    total: int = 0


def _index_state(conn: Reads) -> IndexState:
    progress = index.pending_progress(conn)
    if progress is None:
        return IndexState(True)
    return IndexState(False, *progress)


# The settings a full open acts on before anything else: a database without its device id gets one, and repairs
# found due run (services/repairs.py's DUE; a test keeps the two equal).
_REPAIRS_DUE = "repairs_due"


class SearchReader:
    """The search over a database file without the services: what `cardfile search` uses, through the standard
    library's sqlite3 alone (neither SQLAlchemy nor pydantic is loaded), on a database the full open would only
    read. `open` gives None when the full open has work to do first, and then the command takes the full path."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot

    @classmethod
    def open(cls, path: Path, *, today: datetime | None = None) -> SearchReader | None:
        """A reader of the database at `path` (see `store.reading.open_snapshot`), or None when opening it fully
        would change something: a new database, a migration, WAL mode to set, a device id to make, repairs due,
        the day's backup to make (`today`: now, UTC), or it may not be written here (damaged, read-only): the
        full open says so its own way. Errors are the full open's own (a newer, damaged or locked database)."""
        snapshot = open_snapshot(path)
        if snapshot is None:
            return None
        try:
            settings = dict(
                snapshot.exec_driver_sql(
                    "SELECT key, value FROM setting WHERE key IN ('device_id', ?)", (_REPAIRS_DUE,)
                ).all()
            )
            due = json.loads(settings[_REPAIRS_DUE]) if _REPAIRS_DUE in settings else None
            if "device_id" not in settings or due or _backup_due(path, (today or datetime.now(UTC)).date()):
                snapshot.close()
                return None
        except BaseException:
            snapshot.close()
            raise
        return cls(snapshot)

    def search(self, text: str, *, types: Iterable[str] | None = None, limit: int = 50) -> list[SearchResult]:
        """What `SearchService.search` returns."""
        return find(self._snapshot, text, types=types, limit=limit)

    def search_json(self, text: str, *, types: Iterable[str] | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """What `SearchService.search_json` returns."""
        return find_json(self._snapshot, text, types=types, limit=limit)

    def index_ready(self) -> bool:
        """What `SearchService.index_ready` says."""
        return index.pending(self._snapshot) is None

    def close(self) -> None:
        self._snapshot.close()

    def __enter__(self) -> SearchReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _backup_due(path: Path, today: date) -> bool:
    """Whether the full open has the daily backup to see to on leaving (MaintenanceService.start_daily_backup):
    none of today yet, more kept than a week's, or the last one failed and the command says so. While another
    process is making the day's copy, the full open would only leave it to that process: nothing is due here."""
    folder = paths.backup_dir_for(path)
    if backup.last_failure(folder) is not None:
        return True
    kept = backup.daily_backups(folder)
    stale = not kept or kept[-1][0] < today or len(kept) > backup.KEEP_DAILY
    return stale and not backup.copy_in_progress(folder)


def find(conn: Reads, text: str, *, types: Iterable[str] | None = None, limit: int = 50) -> list[SearchResult]:
    """What `SearchService.search` returns, read on `conn`."""
    _, hits, found = _found(conn, text, types, limit)
    return [found[h.record_id] for h in hits]


def find_json(conn: Reads, text: str, *, types: Iterable[str] | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """The results as JSON: each result's `as_json()`, and for people and companies also their emails, phones,
    company and tags as their own `as_json()` has them, from the rows the results were built from (not read again)."""
    finder, hits, found = _found(conn, text, types, limit)
    parents = record_names.names(
        conn, RecordType.COMPANY, [r["parent_id"] for r in finder.rows.values() if "parent_id" in r]
    )
    out = []
    for hit in hits:
        result = found[hit.record_id]
        data = result.as_json()
        row = finder.rows.get(hit.record_id) if hit.record_type in _CARDS else None
        if row is not None:
            if hit.record_type is RecordType.CONTACT:
                company_id, company_name = row["company_id"], row["facts"][0]
            else:
                company_id, company_name = row["parent_id"], parents.get(row["parent_id"] or "", "")
            data.update(
                emails=list(_entries(row, "emails")),
                phones=list(_entries(row, "phones")),
                company={"id": company_id, "name": company_name} if company_id else None,
                tags=list(_entries(row, "tags")),
            )
        out.append(data)
    return out


_CARDS = (RecordType.CONTACT, RecordType.COMPANY)  # found with the fields of their card (`find_json`)


def _found(
    conn: Reads, text: str, types: Iterable[str] | None, limit: int
) -> tuple[_Finder, list[index.Hit], dict[str, SearchResult]]:
    kinds = [RecordType(t) for t in types] if types is not None else None
    hits = _series_for_occurrences(conn, index.query(conn, text, record_types=kinds, limit=limit))
    finder = _Finder(conn, text)
    return finder, hits, finder.results(hits)


def _series_for_occurrences(conn: Reads, hits: list[index.Hit]) -> list[index.Hit]:
    """A repeating activity is found once, as its series: an occurrence changed, cleared or skipped on its own
    is a record of its own (an exception) with the series' subject, and thirty cleared stand-ups would list
    thirty times. An occurrence renamed on its own is found by its own name; a skipped one not at all."""
    ids = [h.record_id for h in hits if h.record_type is RecordType.ACTIVITY]
    if not ids:
        return hits
    marks = ",".join("?" for _ in ids)
    exceptions = {
        rid: (series_id, subject, status, series_subject)
        # CROSS JOIN: the hits first, by id. Given a plain JOIN and some forty ids, SQLite walked every live
        # activity instead (10 ms of a 12 ms search at 50,000 activities).
        for rid, series_id, subject, status, series_subject in conn.exec_driver_sql(
            f"SELECT a.id, a.series_id, a.subject, a.status, s.subject FROM activity a CROSS JOIN activity s "
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


def _second_lines(listed: Sequence[tuple[str, str, disambiguation.Distinction]]) -> dict[str, str]:
    """Each record's second line by id, from (id, name, distinction): two hits of one name are told apart by the
    facts every list uses (services/disambiguation.py: a company's city and industry, a person's company, email,
    then phone)."""
    facts = disambiguation.tell_apart([(name, distinction) for _, name, distinction in listed])
    return {i: " · ".join(f for f in fact if f) for (i, _, _), fact in zip(listed, facts, strict=True)}


# What a result is built from, by kind: never a photo or a logo, which are most of a row's bytes. People and
# companies come with the facts that tell them apart (services/disambiguation.py), in the same query.
_ENTRIES = ("emails", "phones", "addresses", "urls", "ims", "tags")  # JSON, decoded when used (`_entries`)
_READS: dict[RecordType, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {  # from, id, columns, facts
    RecordType.CONTACT: (
        "contact c LEFT JOIN company co ON co.id = c.company_id",
        "c.id",
        tuple(f"c.{c}" for c in ("display_name", "company_id", "title", "department", "note", *_ENTRIES)),
        disambiguation.PERSON_FACTS,
    ),
    RecordType.COMPANY: (
        "company",
        "id",
        ("name", "industry", "website", "parent_id", "note", *_ENTRIES),
        disambiguation.COMPANY_FACTS,
    ),
    RecordType.ACTIVITY: ("activity", "id", ("subject", "starts_at", "status", "details", "outcome"), ()),
    RecordType.NOTE: ("note", "id", ("body", "created_at"), ()),
    RecordType.DEAL: ("deal", "id", ("name", "status"), ()),
}
_TIME_COLUMNS = frozenset({"starts_at", "created_at"})


def _fetch(conn: Reads, record_type: RecordType, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The hits' rows by id with the columns a result shows (times aware UTC, as the store reads them) and, under
    "facts", what tells the record apart."""
    source, key, columns, facts = _READS[record_type]
    names = [column.removeprefix("c.") for column in columns]
    out: dict[str, dict[str, Any]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" for _ in chunk)
        sql = f"SELECT {key}, {', '.join((*columns, *facts))} FROM {source} WHERE {key} IN ({marks})"
        for record_id, *values in conn.exec_driver_sql(sql, tuple(chunk)):
            row = dict(zip(names, values[: len(names)], strict=True))
            for column in _TIME_COLUMNS.intersection(row):
                row[column] = from_column(row[column])
            row["id"], row["facts"] = record_id, tuple(values[len(names) :])
            out[record_id] = row
    return out


def _entries(row: dict[str, Any], column: str) -> Any:
    """A JSON column of a row `_fetch` read, decoded once (most results never need their addresses)."""
    value = row[column]
    if isinstance(value, str):
        value = row[column] = json.loads(value)
    return value


class _Finder:
    """Builds the results of one query: reads the hits' rows and works out what was found where."""

    def __init__(self, conn: Reads, text: str) -> None:
        self.conn = conn
        self.rows: dict[str, dict[str, Any]] = {}  # of the people and companies found, by id (for `find_json`)
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
            rows = _fetch(self.conn, record_type, [h.record_id for h in typed])
            if record_type in _CARDS:
                self.rows.update(rows)
            made = build[record_type]([h for h in typed if h.record_id in rows], rows)
            out.update({result.id: result for result in made})
        return out

    # ----- by kind -----

    def _contacts(self, hits: Sequence[index.Hit], rows: Mapping[str, dict[str, Any]]) -> list[SearchResult]:
        listed = []
        for rid, r in rows.items():
            title = r["title"] or ""  # a person's title leads, as their card's does
            d = disambiguation.person(*r["facts"])
            listed.append(
                (
                    rid,
                    r["display_name"],
                    disambiguation.Distinction((title, *d.usual), tuple(f for f in d.more if f != title)),
                )
            )
        told = _second_lines(listed)
        out = []
        for hit in hits:
            r = rows[hit.record_id]
            name_marks = self.marks(r["display_name"])
            found_in = None if name_marks else self._found_in(r, company=r["facts"][0])
            out.append(_result(hit, r["display_name"], told[hit.record_id], name_marks, found_in))
        return out

    def _companies(self, hits: Sequence[index.Hit], rows: Mapping[str, dict[str, Any]]) -> list[SearchResult]:
        people = self._people(list(rows))
        told = _second_lines([(rid, r["name"], disambiguation.company(*r["facts"])) for rid, r in rows.items()])
        out = []
        for hit in hits:
            r = rows[hit.record_id]
            name_marks = self.marks(r["name"])
            found_in = None if name_marks else self._found_in(r, industry=r["industry"], website=r["website"])
            names, count = people.get(hit.record_id, ((), 0))
            result = _result(hit, r["name"], told[hit.record_id], name_marks, found_in)
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
            links = record_names.linked(self.conn, RecordType.NOTE, ids, target_type)
            named = record_names.names(self.conn, target_type, [t for targets in links.values() for t, _ in targets])
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

    def _found_in(self, row: dict[str, Any], **plain: str) -> FoundIn | None:
        """The first of a person's or company's values the query is in: its phone numbers first for a number,
        else its emails, its plain fields (`plain`: company, industry …), title, addresses, web, messaging,
        tags and note."""
        if self.phone:
            for entry in _entries(row, "phones") or ():
                marks = phones.number_marks(entry["value"], self.text, self.country())
                if marks:
                    return FoundIn("phones", entry.get("label", ""), entry["value"], marks)
        for entry in _entries(row, "emails") or ():
            if found := self._in("emails", entry.get("label", ""), entry["value"]):
                return found
        fields = {**plain, "title": row.get("title") or "", "department": row.get("department") or ""}
        for field, value in fields.items():
            if value and (found := self._in(field, "", value)):
                return found
        for entry in _entries(row, "addresses") or ():
            line = ", ".join(str(entry[k]) for k in _ADDRESS_PARTS if entry.get(k))
            if found := self._in("addresses", entry.get("label", ""), line):
                return found
        for kind in ("urls", "ims"):
            for entry in _entries(row, kind) or ():
                if found := self._in(kind, entry.get("label", ""), entry["value"]):
                    return found
        for tag in _entries(row, "tags") or ():
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
