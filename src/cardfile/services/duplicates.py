"""Finding duplicates: a scan of every person (or company), the check of one being typed, and "not a duplicate".

The scan compares pairs, not everybody with everybody: candidates come from blocks of records that share
something — an email address, a phone number (grouped by its last seven digits, placed only where two numbers
share them), a vCard UID, a company, a postal address or a birthday — and, inside a block that is no proof by
itself (a company, an address, a birthday), only pairs whose names share a word, a consonant skeleton or a word one
letter apart. Each candidate pair is scored by `domain.matching`; pairs scoring `PROPOSED` or more are proposed,
with their reasons, and pairs joined through a record come back together as one group (three cards of one person
are one group of three). A pair someone marked "not a duplicate" (a `not_duplicate` record, which syncs) is never
proposed again, nor are records merged away.

The check while typing asks the search index (emails, phone digits and name words are in it) and the person's
company, and scores what it finds the same way: a few milliseconds at 100,000 people.
"""

from __future__ import annotations

import json
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel
from sqlalchemy import Connection

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.matching import (
    LIKELY,
    MIN_PHONE_DIGITS,
    PROPOSED,
    CompanyFacts,
    NameForm,
    PersonFacts,
    Reason,
    company_facts,
    email_key,
    name_forms,
    person_facts,
    phone_key,
    score_companies,
    score_people,
    skeleton,
)
from cardfile.domain.phones import digits
from cardfile.domain.text import fold
from cardfile.domain.values import RecordType
from cardfile.services import records
from cardfile.services.importer import Cancel, _cancel_check  # an Event or a callable, as an import takes
from cardfile.store import search as index
from cardfile.store.codec import iso_utc

if TYPE_CHECKING:
    from cardfile.services.container import Services

# progress(done, total, stage): stage is "reading", "comparing" or "grouping"; total is 0 when not known.
ScanProgress = Callable[[int, int, str], None]

_KINDS = {"contact": RecordType.CONTACT, "company": RecordType.COMPANY}
_NAMESPACE = uuid.UUID("2f1d9c1e-5a53-4c7e-9b39-8d6c0b1f4e21")
_BIG_BLOCK = 200  # records sharing one address or number beyond this: a shared mailbox or switchboard
_REPORT_EVERY = 5000


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two records that look like one, how sure the rules are (0-100) and why."""

    first_id: str
    second_id: str
    score: int
    reasons: tuple[Reason, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "first": self.first_id,
            "second": self.second_id,
            "score": self.score,
            "reasons": [r.as_json() for r in self.reasons],
        }


@dataclass(frozen=True, slots=True)
class DuplicateGroup:
    """Records that look like one (two or more): `ids` with the suggested survivor first (the most complete, then
    the oldest), `names` in the same order, the best pair's score, and every proposed pair among them."""

    record_type: str
    ids: tuple[str, ...]
    names: tuple[str, ...]
    score: int
    pairs: tuple[DuplicatePair, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "ids": list(self.ids),
            "names": list(self.names),
            "score": self.score,
            "pairs": [p.as_json() for p in self.pairs],
        }


@dataclass(frozen=True, slots=True)
class DuplicateScan:
    """What a scan found. `cancelled`: it stopped early when asked, and found nothing."""

    record_type: str
    groups: tuple[DuplicateGroup, ...]
    scanned: int  # records compared
    candidates: int  # pairs the blocks gave to score
    seconds: float
    cancelled: bool = False

    @property
    def pairs(self) -> int:
        return sum(len(g.pairs) for g in self.groups)

    def as_json(self) -> dict[str, Any]:
        return {
            "record_type": self.record_type,
            "groups": [g.as_json() for g in self.groups],
            "scanned": self.scanned,
            "cancelled": self.cancelled,
        }


@dataclass(frozen=True, slots=True)
class DuplicateCandidate:
    """A record the one being typed may duplicate: `likely` when the rules would propose the pair (score
    `PROPOSED` or more); otherwise a namesake worth a glance."""

    id: str
    display_name: str
    company: str
    score: int
    likely: bool
    reasons: tuple[Reason, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.display_name,
            "company": self.company,
            "score": self.score,
            "likely": self.likely,
            "reasons": [r.as_json() for r in self.reasons],
        }


@dataclass(frozen=True, slots=True)
class NotDuplicateRead:
    """Two records a person said are not one, and when."""

    id: str
    record_type: str
    first_id: str
    second_id: str
    first_name: str
    second_name: str
    marked_at: Any

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "record_type": self.record_type,
            "first": {"id": self.first_id, "name": self.first_name},
            "second": {"id": self.second_id, "name": self.second_name},
            "marked_at": iso_utc(self.marked_at),
        }


def not_duplicate_id(record_type: str, first_id: str, second_id: str) -> str:
    """The id of the mark on a pair: the same on every device, whichever order the pair is named in."""
    a, b = sorted((first_id, second_id))
    return str(uuid.uuid5(_NAMESPACE, f"{record_type}|{a}|{b}"))


_NAME_COLUMNS = (
    "given",
    "additional",
    "family",
    "nickname",
    "display_name",
    "display_name_custom",
    "phonetic_given",
    "phonetic_additional",
    "phonetic_family",
)


def _cursor(conn: Connection) -> Any:
    """The DB-API cursor of the read transaction's connection: plain tuples, without SQLAlchemy's rows."""
    return conn.connection.driver_connection.cursor()  # type: ignore[union-attr]


def _json_lists(text: str | None) -> tuple[list[dict[str, Any]], ...]:
    """The three lists of '[emails,phones,addresses]', each its dict entries only (what sync may have written
    otherwise is left out rather than stopping the scan)."""
    try:
        value = json.loads(text or "[[],[],[]]")
    except ValueError:
        return [], [], []
    if not isinstance(value, list) or len(value) != 3:
        return [], [], []
    return tuple([v for v in part if isinstance(v, dict)] if isinstance(part, list) else [] for part in value)


def _json_entries(text: str | None) -> list[dict[str, Any]]:
    if not text or text == "[]":
        return []
    try:
        value = json.loads(text)
    except ValueError:
        return []
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


class _Pairs:
    """Candidate pairs (smaller id first), each once."""

    def __init__(self) -> None:
        self.found: set[tuple[str, str]] = set()

    def add_all(self, ids: Sequence[str]) -> None:
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                self.found.add((a, b) if a < b else (b, a))

    def add_alike(self, ids: Sequence[str], keys: Mapping[str, frozenset[str]]) -> None:
        """Pairs of `ids` whose name keys meet (see `_name_keys`); a consonant skeleton pairs a name written in
        another script with one in Latin letters only."""
        by_key: dict[str, list[str]] = defaultdict(list)
        for record_id in ids:
            for key in keys.get(record_id, ()):
                by_key[key].append(record_id)
        found = self.found
        for key, members in by_key.items():
            if key[0] == "!":
                continue
            if key[0] == "~":
                others = by_key.get("!" + key[1:])
                if others:
                    for a in members:
                        for b in others:
                            if a != b:
                                found.add((a, b) if a < b else (b, a))
                continue
            if len(members) > 1:
                for i, a in enumerate(members):
                    for b in members[i + 1 :]:
                        found.add((a, b) if a < b else (b, a))


@lru_cache(maxsize=1 << 16)
def _name_keys(forms: tuple[NameForm, ...]) -> frozenset[str]:
    """What two names a rule may find alike share at least one of: a word, all words run together, for a name of
    one word the word with one letter left out (two words a slip apart share one of those); and, for a name in Latin
    letters ('~') and one in another script ('!'), a word's consonant skeleton."""
    keys: set[str] = set()
    for form in forms:
        mark = "!" if form.native else "~"
        for word in form.words:
            keys.add(word)
            for abjad in (False, True):
                bones = skeleton(word, abjad)
                if len(bones) >= 2:
                    keys.add(mark + bones)
            # A slip in one word of a longer name leaves the other words to meet by.
            if len(form.words) == 1 and len(word) >= 4:
                keys.update("-" + word[:i] + word[i + 1 :] for i in range(len(word)))
        if form.words:
            keys.add("=" + "".join(form.words))
    return frozenset(keys)


class DuplicateService:
    def __init__(self, services: Services) -> None:
        self._services = services
        self._db = services.db

    # ----- the scan -----

    def scan(
        self,
        record_type: str = "contact",
        *,
        min_score: int = PROPOSED,
        progress: ScanProgress | None = None,
        cancel: Cancel = None,
    ) -> DuplicateScan:
        """Every group of live people (or companies) that look like one, best first. Runs in a background task:
        `progress(done, total, stage)` is told how far it got, and `cancel` (an Event or a callable) is looked at
        as it goes; a cancelled scan returns at once with `cancelled` set and no groups."""
        kind = self._kind(record_type)
        started = time.perf_counter()
        stop = _cancel_check(cancel)
        report = progress or (lambda _done, _total, _stage: None)
        country = self._services.settings.default_country()
        with self._db.read() as conn:
            if kind is RecordType.CONTACT:
                facts, names, fullness = self._load_people(conn, country, report, stop)
            else:
                facts, names, fullness = self._load_companies(conn, country, report, stop)
            marked = self._marked(conn, kind.value)
        if facts is None:
            return DuplicateScan(kind.value, (), 0, 0, time.perf_counter() - started, cancelled=True)
        candidates = self._candidates(kind, facts)
        total = len(candidates)
        scored: list[DuplicatePair] = []
        score = score_people if kind is RecordType.CONTACT else score_companies
        for n, (a, b) in enumerate(sorted(candidates)):
            if n % _REPORT_EVERY == 0:
                if stop():
                    return DuplicateScan(kind.value, (), len(facts), total, time.perf_counter() - started, True)
                report(n, total, "comparing")
            if (a, b) in marked:
                continue
            points, reasons = score(facts[a], facts[b])
            if points >= min_score:
                scored.append(DuplicatePair(a, b, points, tuple(reasons)))
        report(total, total, "grouping")
        groups = _groups(kind.value, scored, names, fullness)
        return DuplicateScan(kind.value, tuple(groups), len(facts), total, time.perf_counter() - started)

    def _kind(self, record_type: str) -> RecordType:
        kind = _KINDS.get(record_type)
        if kind is None:
            raise ValidationError(
                field="record type",
                problem=f"duplicates are found among contacts and companies, not {record_type!r}",
                reason="wrong_record_type",
                record_type=record_type,
            )
        return kind

    def _load_people(
        self, conn: Connection, country: str | None, report: ScanProgress, stop: Callable[[], bool]
    ) -> tuple[dict[str, Any] | None, dict[str, str], dict[str, tuple[int, str]]]:
        total = int(
            conn.exec_driver_sql(
                "SELECT count(*) FROM contact WHERE deleted_at IS NULL AND merged_into IS NULL"
            ).scalar_one()
        )
        report(0, total, "reading")
        companies: dict[str, str] = dict(conn.exec_driver_sql("SELECT id, name FROM company").all())
        # The driver's own cursor, and one JSON text per row holding its three lists: at 100,000 people SQLAlchemy's
        # rows and three decodings a row were a third of the scan.
        rows = _cursor(conn).execute(
            "SELECT id, given, additional, family, nickname, display_name, display_name_custom, phonetic_given, "
            "phonetic_additional, phonetic_family, company_id, '[' || emails || ',' || phones || ',' || addresses "
            "|| ']', birthday, vcard_uid, title, created_at FROM contact "
            "WHERE deleted_at IS NULL AND merged_into IS NULL"
        )
        loaded: list[tuple[str, dict[str, Any]]] = []
        names: dict[str, str] = {}
        fullness: dict[str, tuple[int, str]] = {}
        for n, row in enumerate(rows):
            if n % _REPORT_EVERY == 0 and n:
                if stop():
                    return None, {}, {}
                report(n, total, "reading")
            (
                rid,
                given,
                additional,
                family,
                nickname,
                display,
                custom,
                pg,
                pa,
                pf,
                company,
                lists,
                birthday,
                uid,
                title,
                created,
            ) = row
            emails, phones, addresses = _json_lists(lists)
            values = {
                "given": given,
                "additional": additional,
                "family": family,
                "nickname": nickname,
                "display_name": display,
                "display_name_custom": bool(custom),
                "phonetic_given": pg,
                "phonetic_additional": pa,
                "phonetic_family": pf,
                "company_id": company,
                "emails": emails,
                "phones": phones,
                "addresses": addresses,
                "birthday": birthday,
                "vcard_uid": uid,
                "title": title,
            }
            loaded.append((rid, values))
            names[rid] = display
            filled = len(emails) + len(phones) + len(addresses)
            filled += sum(1 for v in (company, birthday, title, given, family) if v)
            fullness[rid] = (filled, str(created))
        keys = self._phone_keys(((v["phones"]) for _, v in loaded), country)
        facts: dict[str, Any] = {}
        for rid, values in loaded:
            company = companies.get(values["company_id"]) or ""
            facts[rid] = person_facts(rid, values, country=country, company_name=company, phone_keys=keys)
        return facts, names, fullness

    def _load_companies(
        self, conn: Connection, country: str | None, report: ScanProgress, stop: Callable[[], bool]
    ) -> tuple[dict[str, Any] | None, dict[str, str], dict[str, tuple[int, str]]]:
        rows = conn.exec_driver_sql(
            "SELECT id, name, website, emails, phones, addresses, urls, vcard_uid, created_at FROM company "
            "WHERE deleted_at IS NULL AND merged_into IS NULL"
        ).all()
        report(0, len(rows), "reading")
        loaded: list[tuple[str, dict[str, Any]]] = []
        names: dict[str, str] = {}
        fullness: dict[str, tuple[int, str]] = {}
        people: dict[str, int] = dict(
            conn.exec_driver_sql(
                "SELECT company_id, count(*) FROM contact WHERE deleted_at IS NULL GROUP BY company_id"
            ).all()
        )
        for n, (rid, name, website, emails, phones, addresses, urls, uid, created) in enumerate(rows):
            if n % _REPORT_EVERY == 0 and n and stop():
                return None, {}, {}
            values = {
                "name": name,
                "website": website,
                "emails": _json_entries(emails),
                "phones": _json_entries(phones),
                "addresses": _json_entries(addresses),
                "urls": _json_entries(urls),
                "vcard_uid": uid,
            }
            loaded.append((rid, values))
            names[rid] = name
            fullness[rid] = (int(people.get(rid, 0)) + len(values["emails"]) + len(values["phones"]), str(created))
        keys = self._phone_keys((v["phones"] for _, v in loaded), country)
        facts: dict[str, Any] = {
            rid: company_facts(rid, values, country=country, phone_keys=keys) for rid, values in loaded
        }
        return facts, names, fullness

    @staticmethod
    def _phone_keys(phone_lists: Iterable[list[dict[str, Any]]], country: str | None) -> dict[str, str | None]:
        """Keys for the numbers whose last seven digits another number has too; every other number keeps its digits
        (it can match nothing, and placing it would cost twenty times as much)."""
        tails: dict[str, list[str]] = defaultdict(list)
        plain: dict[str, str] = {}
        for phones in phone_lists:
            for entry in phones:
                number = str(entry.get("value") or "")
                number_digits = plain.get(number)
                if number_digits is None:
                    number_digits = plain[number] = digits(number)
                if len(number_digits) >= MIN_PHONE_DIGITS:
                    tails[number_digits[-7:]].append(number)  # twice for a number two people have
        keys: dict[str, str | None] = {number: None for number, d in plain.items() if len(d) < MIN_PHONE_DIGITS}
        for numbers in tails.values():
            if len(numbers) == 1:
                keys[numbers[0]] = "#" + plain[numbers[0]]
            else:
                for number in set(numbers):
                    keys[number] = phone_key(number, country)
        return keys

    def _candidates(self, kind: RecordType, facts: dict[str, Any]) -> set[tuple[str, str]]:
        pairs = _Pairs()
        proof: dict[str, dict[str, list[str]]] = {
            "email": defaultdict(list),
            "phone": defaultdict(list),
            "uid": defaultdict(list),
        }
        hints: dict[str, dict[str, list[str]]] = {
            "company": defaultdict(list),
            "address": defaultdict(list),
            "birthday": defaultdict(list),
        }
        keys: dict[str, frozenset[str]] = {}
        for rid, f in facts.items():
            for key in f.emails:
                proof["email"][key].append(rid)
            for key in f.phones:
                if not key.startswith("#"):
                    proof["phone"][key].append(rid)
            if f.uid:
                proof["uid"][f.uid].append(rid)
            for key in f.addresses:
                hints["address"][key].append(rid)
            if kind is RecordType.CONTACT:
                person: PersonFacts = f
                keys[rid] = _name_keys(person.names)
                if person.company_id:
                    hints["company"][person.company_id].append(rid)
                if person.birthday and not person.birthday.startswith("--"):
                    hints["birthday"][person.birthday].append(rid)
            else:
                company: CompanyFacts = f
                keys[rid] = _name_keys((company.name,) if company.name else ())
                for domain in company.domains:
                    proof["email"]["@" + domain].append(rid)
                if company.name is not None:
                    hints["company"]["=" + "".join(company.name.words)].append(rid)
                    hints["company"]["~" + "".join(sorted(skeleton(w) for w in company.name.words))].append(rid)
        for blocks in proof.values():
            for members in blocks.values():
                if len(members) > _BIG_BLOCK:
                    pairs.add_alike(members, keys)
                elif len(members) > 1:
                    pairs.add_all(members)
        for name, blocks in hints.items():
            for members in blocks.values():
                if len(members) > 1:
                    if kind is RecordType.COMPANY and name == "company" and len(members) <= _BIG_BLOCK:
                        pairs.add_all(members)
                    else:
                        pairs.add_alike(members, keys)
        return pairs.found

    def _marked(self, conn: Connection, record_type: str) -> set[tuple[str, str]]:
        rows = conn.exec_driver_sql(
            "SELECT first_id, second_id FROM not_duplicate WHERE deleted_at IS NULL AND record_type = ?", (record_type,)
        ).all()
        return {(a, b) if a < b else (b, a) for a, b in rows}

    # ----- the check while typing -----

    def check(
        self,
        values: BaseModel | Mapping[str, Any],
        *,
        record_type: str = "contact",
        company_name: str | None = None,
        exclude_id: str | None = None,
        limit: int = 5,
    ) -> list[DuplicateCandidate]:
        """Records the one being typed (its form's values, saved or not) may duplicate, the likeliest first: those
        the scan would propose (`likely`), then namesakes worth a glance (score `LIKELY` or more). `exclude_id`:
        the record being edited. `company_name` names the person's company when the form has no id for it."""
        kind = self._kind(record_type)
        raw = values.model_dump() if isinstance(values, BaseModel) else dict(values)
        country = self._services.settings.default_country()
        with self._db.read() as conn:
            if kind is RecordType.CONTACT and not raw.get("company_id") and company_name:
                found = conn.exec_driver_sql(
                    "SELECT id FROM company WHERE sort_key = ? AND +deleted_at IS NULL ORDER BY created_at LIMIT 1",
                    (fold(company_name.strip()),),
                ).first()
                raw["company_id"] = found[0] if found else None
            ids = self._check_candidates(conn, kind, raw, country)
            ids.discard(exclude_id or "")
            if exclude_id:
                marked = self._marked(conn, kind.value)
                ids = {i for i in ids if (min(i, exclude_id), max(i, exclude_id)) not in marked}
            found_rows = self._rows(conn, kind, sorted(ids))
            company_names = records.names(conn, RecordType.COMPANY, [r.get("company_id") for r in found_rows.values()])
        typed: Any
        if kind is RecordType.CONTACT:
            typed = person_facts(
                "", raw, country=country, company_name=company_names.get(raw.get("company_id") or "", "")
            )
        else:
            typed = company_facts("", raw, country=country)
        out: list[DuplicateCandidate] = []
        for rid, row in found_rows.items():
            company = company_names.get(row.get("company_id") or "", "")
            if kind is RecordType.CONTACT:
                other: Any = person_facts(rid, row, country=country, company_name=company)
                points, reasons = score_people(typed, other)
                name = row["display_name"]
            else:
                other = company_facts(rid, row, country=country)
                points, reasons = score_companies(typed, other)
                name = row["name"]
            if points >= LIKELY:
                out.append(DuplicateCandidate(rid, name, company, points, points >= PROPOSED, tuple(reasons)))
        out.sort(key=lambda c: (-c.score, fold(c.display_name), c.id))
        return out[:limit]

    def _check_candidates(
        self, conn: Connection, kind: RecordType, raw: dict[str, Any], country: str | None
    ) -> set[str]:
        """Ids of live records that share an email, a phone number, a UID, the company or the name's words with the
        typed values, found through the search index and the indexes of the tables."""
        found: set[str] = set()
        table = kind.value

        def search(sql: str, params: Sequence[Any], cap: int = 500) -> None:
            rows = conn.exec_driver_sql(
                f"SELECT e.record_id FROM search_entry e WHERE e.record_type = '{table}' AND e.rowid IN ({sql}) "
                f"LIMIT {cap}",
                tuple(params),
            )
            found.update(r[0] for r in rows)

        for entry in raw.get("emails") or ():
            key = email_key(str(_value(entry) or ""))
            if key and any(c.isalnum() for c in key):
                # The words of an address, in a row, in the index of words: a phrase of the trigram index would
                # intersect the long lists of trigrams every address has ('com', 'gma').
                search("SELECT rowid FROM search_words WHERE search_words MATCH ?", [_phrase(fold(key))])
        for entry in raw.get("phones") or ():
            number = str(_value(entry) or "")
            key = phone_key(number, country)
            if key is None:
                continue
            tail = digits(number)[-7:]
            if len(tail) >= 3:  # the index's trigrams find three digits or more
                search(*index.text_rowids(tail))
        uid = raw.get("vcard_uid")
        if uid:
            found.update(
                r[0]
                for r in conn.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE vcard_uid = ? AND +deleted_at IS NULL", (uid,)
                )
            )
        if kind is RecordType.CONTACT and raw.get("company_id"):
            # The company's people whose names the rules could find alike (their names' keys meet): a company of
            # thousands is read by name only, and only those few in full.
            typed = _name_keys(name_forms(raw))
            for rid, *names in conn.exec_driver_sql(
                "SELECT id, given, additional, family, nickname, display_name, display_name_custom, phonetic_given, "
                "phonetic_additional, phonetic_family FROM contact WHERE company_id = ? AND +deleted_at IS NULL",
                (raw["company_id"],),
            ):
                forms = name_forms(dict(zip(_NAME_COLUMNS, names, strict=True)))
                if not typed or typed & _name_keys(forms):
                    found.add(rid)
        if kind is RecordType.COMPANY and raw.get("website"):
            from cardfile.domain.matching import web_key

            host = web_key(str(raw["website"]))
            if host:  # a dot and a letter around it at least: three characters
                search(*index.text_rowids(host))
        words = self._typed_words(kind, raw)
        if words:
            # Namesakes: every word of the name. Without anything else in common they are worth a glance at most,
            # so a name of one common word ('Martín Martín') brings a few of its many holders, not all.
            match = " AND ".join(_phrase(w) for w in words)
            search("SELECT rowid FROM search_words WHERE search_words MATCH ?", [match], cap=100)
        return found

    @staticmethod
    def _typed_words(kind: RecordType, raw: dict[str, Any]) -> list[str]:
        if kind is RecordType.CONTACT:
            text = " ".join(str(raw.get(p) or "") for p in ("given", "additional", "family"))
        else:
            text = str(raw.get("name") or "")
        return [w for w in dict.fromkeys(fold(text).replace('"', " ").split()) if any(c.isalnum() for c in w)][:6]

    def _rows(self, conn: Connection, kind: RecordType, ids: list[str]) -> dict[str, dict[str, Any]]:
        columns: tuple[str, ...]
        if kind is RecordType.CONTACT:
            columns = (
                "id",
                "given",
                "additional",
                "family",
                "nickname",
                "display_name",
                "display_name_custom",
                "phonetic_given",
                "phonetic_additional",
                "phonetic_family",
                "company_id",
                "emails",
                "phones",
                "addresses",
                "birthday",
                "vcard_uid",
                "title",
            )
        else:
            columns = ("id", "name", "website", "emails", "phones", "addresses", "urls", "vcard_uid")
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            rows = conn.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {kind.value} WHERE id IN ({marks}) AND +deleted_at IS NULL "
                "AND merged_into IS NULL",
                tuple(chunk),
            )
            for row in rows:
                values = dict(zip(columns, row, strict=True))
                for name in ("emails", "phones", "addresses", "urls"):
                    if name in values:
                        values[name] = _json_entries(values[name])
                if "display_name_custom" in values:
                    values["display_name_custom"] = bool(values["display_name_custom"])
                out[values["id"]] = values
        return out

    # ----- "not a duplicate" -----

    def mark_not_duplicates(self, ids: Sequence[str], *, record_type: str = "contact") -> int:
        """Say that these records (two or more) are different people or companies: no pair of them is proposed
        again, on any device. One undoable action; returns how many pairs were newly marked."""
        kind = self._kind(record_type)
        wanted = list(dict.fromkeys(ids))
        if len(wanted) < 2:
            raise ValidationError(field="records", problem="name two records or more", reason="too_few_records")
        marked = 0
        with self._db.write("Mark as not duplicates") as w:
            for record_id in wanted:
                if not w.exists(kind, record_id):
                    raise NotFound(record_type=kind.value, record_id=record_id)
            for i, a in enumerate(wanted):
                for b in wanted[i + 1 :]:
                    first, second = sorted((a, b))
                    mark = not_duplicate_id(kind.value, first, second)
                    if w.exists(RecordType.NOT_DUPLICATE, mark):
                        if w.restore(RecordType.NOT_DUPLICATE, mark):
                            marked += 1
                        continue
                    w.insert(
                        RecordType.NOT_DUPLICATE,
                        {"id": mark, "record_type": kind.value, "first_id": first, "second_id": second},
                    )
                    marked += 1
        return marked

    def unmark_not_duplicates(self, ids: Sequence[str], *, record_type: str = "contact") -> int:
        """Take "not a duplicate" back for every pair of these records; returns how many marks were taken back."""
        kind = self._kind(record_type)
        wanted = list(dict.fromkeys(ids))
        taken = 0
        with self._db.write("Unmark not duplicates") as w:
            for i, a in enumerate(wanted):
                for b in wanted[i + 1 :]:
                    mark = not_duplicate_id(kind.value, a, b)
                    if w.exists(RecordType.NOT_DUPLICATE, mark) and w.delete(RecordType.NOT_DUPLICATE, mark):
                        taken += 1
        return taken

    def not_duplicates(self, record_type: str = "contact") -> list[NotDuplicateRead]:
        """The pairs marked "not a duplicate", newest first."""
        kind = self._kind(record_type)
        with self._db.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT id, first_id, second_id, created_at FROM not_duplicate WHERE deleted_at IS NULL "
                "AND record_type = ? ORDER BY created_at DESC, id",
                (kind.value,),
            ).all()
            names = records.names(conn, kind, [i for r in rows for i in (r[1], r[2])])
        from cardfile.store.codec import utc

        return [
            NotDuplicateRead(rid, kind.value, a, b, names.get(a, ""), names.get(b, ""), utc(_parsed(at)))
            for rid, a, b, at in rows
        ]


def _parsed(value: Any) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(value) if isinstance(value, str) else value


def _value(entry: Any) -> Any:
    return entry.get("value") if isinstance(entry, Mapping) else getattr(entry, "value", None)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _groups(
    record_type: str,
    pairs: list[DuplicatePair],
    names: dict[str, str],
    fullness: dict[str, tuple[int, str]],
) -> list[DuplicateGroup]:
    """Proposed pairs joined into groups of records connected through them."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for pair in pairs:
        ra, rb = root(pair.first_id), root(pair.second_id)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[str, list[str]] = defaultdict(list)
    for record_id in parent:
        members[root(record_id)].append(record_id)
    by_group: dict[str, list[DuplicatePair]] = defaultdict(list)
    for pair in pairs:
        by_group[root(pair.first_id)].append(pair)
    out: list[DuplicateGroup] = []
    for key, ids in members.items():
        # the most complete record first, then the oldest: the suggested survivor
        ordered = sorted(ids, key=lambda i: (-fullness.get(i, (0, ""))[0], fullness.get(i, (0, ""))[1], i))
        found = sorted(by_group[key], key=lambda p: (-p.score, p.first_id, p.second_id))
        out.append(
            DuplicateGroup(
                record_type,
                tuple(ordered),
                tuple(names.get(i, "") for i in ordered),
                max(p.score for p in found),
                tuple(found),
            )
        )
    out.sort(key=lambda g: (-g.score, fold(g.names[0]) if g.names else "", g.ids))
    return out
