"""Full-text search over contacts, companies, activities, notes and deals, kept current by the writer.

Two FTS5 tables share the rowid of `search_entry`:

* `search_text` (trigram tokenizer) holds folded copies of each record's name and of its other text: emails,
  phone digits, addresses, notes, tags, subjects. A query of three or more characters is a substring match in any
  script: 'sdótt' finds 'Jónsdóttir', 'สมชาย' finds a Thai name inside a longer one.
* `search_words` (unicode61 over letters, digits and marks, with prefix indexes of 1 and 2 characters) holds the
  words of names and email addresses, for the one- and two-character queries a trigram index cannot answer: 'jo'
  finds 'Jóna'. Scripts written without spaces (Japanese, Chinese, Thai, and Korean names) are held as the pairs of
  letters they contain, so '田' finds '山田太郎' and 'ดี' finds 'สมชาย ใจดี'; Latin, Cyrillic and the rest keep
  whole words, so a short query finds the start of a word there.

Text is folded with `search_fold` on both sides: case, accents, width, hiragana and katakana, the Arabic and
Persian forms of a letter. Names in Cyrillic or Greek are indexed in Latin letters too (`latin_of`), so 'petrova'
finds 'Петрова'; such a match ranks after every match in the name's own script.

Phone numbers are indexed as digit strings in their typed, international, national and trunk-prefixed forms, and
a query that looks like a phone number is reduced to digits, so punctuation never matters. Which country a number
without '+' belongs to is the default country as the settings tell it (`default_country`: the locale's when none
is set). Should the locale change, the numbers indexed before are still found: every form a number is indexed in
holds its national significant number, which is what a query of a whole number looks for.

The trigram index keeps which records hold a trigram, not where (FTS5's detail=none, schema 0012: a fifth of the
size). A query of four letters or more finds the records that hold all its trigrams, and keeps those whose text
holds the query itself (the table keeps the text: `search_text_content`). A third table, `search_names`, indexes
the trigrams of the names results are ranked by (`search_entry.name` and `.latin`, whose text it reads there), so
that a query matching thousands of records ranks by name only those whose name holds it (see `query`).
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from cardfile.domain import phones
from cardfile.domain.record_types import RecordType
from cardfile.domain.text import latin_of, nfc, search_fold, short_pieces

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from cardfile.store.reading import Reads

# Marks are letters' parts (Thai vowels, Devanagari signs), not separators; accents are folded before indexing.
WORDS_TABLE = (
    "CREATE VIRTUAL TABLE search_words USING fts5(words, "
    "tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''', prefix = '1 2', columnsize = 0)"
)

INDEXED = frozenset({RecordType.CONTACT, RecordType.COMPANY, RecordType.ACTIVITY, RecordType.NOTE, RecordType.DEAL})

SCHEMA = [  # as the 0012 migration leaves them
    "CREATE VIRTUAL TABLE search_text USING fts5(name, body, tokenize = 'trigram', detail = 'none', columnsize = 0)",
    WORDS_TABLE,
    "CREATE VIRTUAL TABLE search_names USING fts5(name, latin, content = 'search_entry', content_rowid = 'rowid', "
    "tokenize = 'trigram', detail = 'none', columnsize = 0)",
    "INSERT INTO search_text (search_text, rank) VALUES ('automerge', 16)",
    "INSERT INTO search_words (search_words, rank) VALUES ('automerge', 16)",
    "INSERT INTO search_names (search_names, rank) VALUES ('automerge', 16)",
]

_CHUNK = 500
T = TypeVar("T")


class _Doc(NamedTuple):
    record_type: RecordType
    record_id: str
    display: str
    name_text: str
    body: str
    words: str


@dataclass(frozen=True, slots=True)
class PhoneKeys:
    """Search keys of phone numbers worked out ahead of indexing, and the default country they were worked out for.

    Parsing a contact's phone numbers costs about a quarter of writing the contact; an import's reading process
    works out the keys (with `phones.search_keys`, as the index does) while this process writes. They are used
    only while the database's default country is still `country`.
    """

    country: str | None
    by_number: Mapping[str, tuple[str, ...]]


# A function giving a phone number's search keys (phones.search_keys for the database's default country).
KeysOf = Callable[[str], tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Hit:
    record_type: RecordType
    record_id: str
    # 0 exact name, 1 name prefix, 2 prefix of a later name word, 3 inside the name; through the name in Latin
    # letters (Cyrillic, Greek): 4 start of a word of it, 5 inside it; 6 elsewhere (email, phone, address …)
    tier: int


def _entries(values: Any) -> Sequence[Any]:
    if isinstance(values, str):
        if values == "[]":  # most lists of a record are empty: no decoding (a scan while the index is built)
            return ()
        values = json.loads(values)
    return values or ()


_ADDRESS_PARTS = ("po_box", "street", "extended", "locality", "region", "postcode", "country")


def _address_text(entry: dict[str, Any]) -> str:
    return " ".join([str(part) for part in (entry.get(k) for k in _ADDRESS_PARTS) if part])


def _text(parts: Iterable[str]) -> str:
    """Parts joined by one space, empty ones left out: every extra space is another trigram to store."""
    return " ".join([part for part in parts if part])


def _common_body(row: Mapping[str, Any], keys_of: KeysOf) -> list[str]:
    parts: list[str] = []
    for entry in _entries(row.get("emails")):
        parts.append(entry.get("value", ""))
    for entry in _entries(row.get("phones")):
        parts.append(" ".join(_outermost(keys_of(entry.get("value", "")))))
    for entry in _entries(row.get("addresses")):
        parts.append(_address_text(entry))
    for key in ("urls", "ims"):
        for entry in _entries(row.get(key)):
            parts.append(entry.get("value", ""))
    parts.extend(_entries(row.get("tags")))
    parts.append(row.get("note") or "")
    return parts


def _outermost(keys: Sequence[str]) -> list[str]:
    """The keys not contained in another: '5550102030' adds nothing to a substring index that has '15550102030'."""
    return [k for k in keys if not any(k in other for other in keys if other != k)]


def _words_of_emails(row: Mapping[str, Any]) -> list[str]:
    return [entry.get("value", "") for entry in _entries(row.get("emails"))]


def _contact_doc(row: Mapping[str, Any], keys_of: KeysOf, company_name: str | None = None) -> _Doc:
    names = [
        row["prefix"],
        row["given"],
        row["additional"],
        row["family"],
        row["suffix"],
        row["nickname"],
        row["phonetic_given"],
        row["phonetic_additional"],
        row["phonetic_family"],
    ]
    company = company_name if company_name is not None else row.get("company_name")
    body = [company or "", row["title"], row["department"], *_common_body(row, keys_of)]
    names_text = _text([row["display_name"], *names])
    return _Doc(
        RecordType.CONTACT,
        row["id"],
        row["display_name"],
        names_text,
        _text(body),
        _text([names_text, *_words_of_emails(row)]),
    )


def _company_doc(row: Mapping[str, Any], keys_of: KeysOf) -> _Doc:
    body = [row["industry"], row["website"], *_common_body(row, keys_of)]
    return _Doc(
        RecordType.COMPANY,
        row["id"],
        row["name"],
        row["name"],
        " ".join(body),
        " ".join([row["name"], *_words_of_emails(row)]),
    )


def _activity_doc(row: Mapping[str, Any], keys_of: KeysOf) -> _Doc:
    return _Doc(
        RecordType.ACTIVITY,
        row["id"],
        row["subject"],
        row["subject"],
        row["details"] + " " + row["outcome"],
        row["subject"],
    )


def _note_doc(row: Mapping[str, Any], keys_of: KeysOf) -> _Doc:
    first_line = (row["body"] or "").strip().split("\n", 1)[0][:120]
    return _Doc(RecordType.NOTE, row["id"], first_line, first_line, row["body"], first_line)


def _deal_doc(row: Mapping[str, Any], keys_of: KeysOf) -> _Doc:
    products = [str(item.get("product", "")) for item in _entries(row.get("line_items")) if isinstance(item, dict)]
    return _Doc(RecordType.DEAL, row["id"], row["name"], row["name"], _text([row["reason"], *products]), row["name"])


# Unary '+' on deleted_at: given a list of ids, SQLite would walk the index of tombstones through every live record
# for each chunk of 500 (0.5 s a chunk at 100,000 people) instead of looking the ids up.
_SOURCES = {
    RecordType.CONTACT: (
        "SELECT c.*, co.name AS company_name FROM contact c LEFT JOIN company co ON co.id = c.company_id "
        "WHERE c.id IN ({}) AND +c.deleted_at IS NULL",
        _contact_doc,
    ),
    RecordType.COMPANY: ("SELECT * FROM company WHERE id IN ({}) AND +deleted_at IS NULL", _company_doc),
    RecordType.ACTIVITY: ("SELECT * FROM activity WHERE id IN ({}) AND +deleted_at IS NULL", _activity_doc),
    RecordType.NOTE: ("SELECT * FROM note WHERE id IN ({}) AND +deleted_at IS NULL", _note_doc),
    RecordType.DEAL: ("SELECT * FROM deal WHERE id IN ({}) AND +deleted_at IS NULL", _deal_doc),
}


def _chunks(items: Sequence[T], size: int = _CHUNK) -> Iterable[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def default_country(conn: Reads) -> str | None:
    """The default country for phone numbers, as SettingsService.default_country tells it (the locale's if unset)."""
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = 'default_country'").first()
    return phones.default_country(json.loads(row[0]) if row else None)


# Removing more than half of the index at once (undoing a large import) rebuilds it from the entries that stay:
# a full-text index reads and tokenizes every document it deletes again, which is most of such an undo's time.
_REBUILD_AT = 5000
_INDEX_TABLES = (("search_text", "name, body"), ("search_words", "words"))


def remove(conn: Connection, record_ids: Sequence[str]) -> None:
    """Take the records out of the index (those not in it are left alone)."""
    if len(record_ids) >= _REBUILD_AT:
        total = conn.exec_driver_sql("SELECT count(*) FROM search_entry").scalar_one()
        if 2 * len(record_ids) > total:
            _remove_by_rebuilding(conn, record_ids)
            return
    for chunk in _chunks(list(record_ids)):
        marks = ",".join("?" for _ in chunk)
        found = conn.exec_driver_sql(f"SELECT rowid FROM search_entry WHERE record_id IN ({marks})", tuple(chunk))
        rowids = [r[0] for r in found.all()]
        if not rowids:
            continue
        rmarks = ",".join("?" for _ in rowids)
        if _names_indexed(conn):  # it reads its text from search_entry: told what it indexed before the entry goes
            conn.exec_driver_sql(
                "INSERT INTO search_names (search_names, rowid, name, latin) "
                f"SELECT 'delete', rowid, name, latin FROM search_entry WHERE rowid IN ({rmarks})",
                tuple(rowids),
            )
        for table in ("search_text", "search_words", "search_entry"):
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN ({rmarks})", tuple(rowids))


def forget_erased(conn: Connection) -> None:
    """Rewrite the full-text tables so no word of an erased record stays in them. FTS5 takes a deleted document out
    by writing a deletion mark in a new segment: its words stay in the older segments, in the file, until they are
    merged. 'optimize' merges every segment into one now; the pages freed are zeroed (PRAGMA secure_delete, set on
    every connection). It rewrites the whole index: about 2.4 s of CPU at 100,000 people, paid by an erasure only."""
    tables = [table for table, _ in _INDEX_TABLES]
    if _names_indexed(conn):
        tables.append("search_names")
    for table in tables:
        conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


def _remove_by_rebuilding(conn: Connection, record_ids: Sequence[str]) -> None:
    """remove() for most of the index: the entries left are copied aside and the full-text tables made anew from
    them (their definitions and settings as the database holds them), so the cost follows what stays."""
    conn.exec_driver_sql("CREATE TEMP TABLE search_gone (record_id VARCHAR PRIMARY KEY) WITHOUT ROWID")
    try:
        conn.exec_driver_sql(
            "INSERT OR IGNORE INTO temp.search_gone (record_id) VALUES (?)", [(record_id,) for record_id in record_ids]
        )
        conn.exec_driver_sql("DELETE FROM search_entry WHERE record_id IN (SELECT record_id FROM temp.search_gone)")
        if _names_indexed(conn):
            conn.exec_driver_sql("INSERT INTO search_names (search_names) VALUES ('rebuild')")  # from the entries left
        for table, columns in _INDEX_TABLES:
            definition = conn.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).scalar_one()
            settings = conn.exec_driver_sql(f"SELECT k, v FROM {table}_config WHERE k != 'version'").all()
            conn.exec_driver_sql(
                f"CREATE TEMP TABLE search_kept AS SELECT rowid AS entry, {columns} FROM {table} "
                "WHERE rowid IN (SELECT rowid FROM search_entry)"
            )
            conn.exec_driver_sql(f"DROP TABLE {table}")
            conn.exec_driver_sql(definition)
            for key, value in settings:
                conn.exec_driver_sql(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", (key, value))
            conn.exec_driver_sql(
                f"INSERT INTO {table} (rowid, {columns}) SELECT entry, {columns} FROM temp.search_kept ORDER BY entry"
            )
            conn.exec_driver_sql("DROP TABLE temp.search_kept")
    finally:
        conn.exec_driver_sql("DROP TABLE IF EXISTS temp.search_kept")
        conn.exec_driver_sql("DROP TABLE temp.search_gone")


def refresh(
    conn: Connection,
    dirty: Mapping[RecordType, Iterable[str]],
    *,
    fresh: Mapping[RecordType, Mapping[str, Mapping[str, Any]]] | None = None,
    phone_keys: PhoneKeys | None = None,
) -> None:
    """Re-index the given records from their current rows; tombstoned or vanished ones leave the index.

    `fresh` holds the full rows (every column, Python values) of records created in this transaction and not
    changed since; those are indexed from the values in hand rather than read back, which halves the cost of
    indexing a bulk insert. `phone_keys` may hold the search keys of some of their phone numbers, worked out
    already.
    """
    keys_of = _keys_of(default_country(conn), phone_keys)
    for record_type, ids in dirty.items():
        if record_type not in _SOURCES:
            continue
        sql, make_doc = _SOURCES[record_type]
        created = (fresh or {}).get(record_type, {})
        if created:
            new = [i for i in ids if i in created]
            ids = [i for i in ids if i not in created]
            _index_created(conn, record_type, [created[i] for i in new], keys_of)
        ids = sorted(ids)
        bulk = len(ids) >= _REBUILD_AT
        if bulk:
            remove(conn, ids)  # at once, so that a large removal can rebuild the index instead
        for chunk in _chunks(ids):
            if not bulk:
                remove(conn, chunk)
            marks = ",".join("?" for _ in chunk)
            result = conn.exec_driver_sql(sql.format(marks), tuple(chunk))
            keys = list(result.keys())
            docs = [make_doc(dict(zip(keys, row, strict=True)), keys_of) for row in result]  # live ones only
            _insert(conn, docs)


def _keys_of(country: str | None, known: PhoneKeys | None) -> KeysOf:
    """phones.search_keys for `country`, looking first among the keys worked out already (if for that country)."""
    if known is None or known.country != country or not known.by_number:
        return lambda number: phones.search_keys(number, country)
    by_number = known.by_number

    def keys_of(number: str) -> tuple[str, ...]:
        keys = by_number.get(number)
        return keys if keys is not None else phones.search_keys(number, country)

    return keys_of


def _index_created(
    conn: Connection, record_type: RecordType, rows: Sequence[Mapping[str, Any]], keys_of: KeysOf
) -> None:
    make_doc = _SOURCES[record_type][1]
    for chunk in _chunks(rows):
        remove(conn, [row["id"] for row in chunk])  # nothing to remove, unless the index was out of step
        live = [row for row in chunk if row["deleted_at"] is None]
        if record_type is RecordType.CONTACT:
            companies = _company_names(conn, {row["company_id"] for row in live if row["company_id"]})
            docs = [_contact_doc(row, keys_of, companies.get(row["company_id"], "")) for row in live]
        else:
            docs = [make_doc(row, keys_of) for row in live]
        _insert(conn, docs)


def _company_names(conn: Connection, company_ids: set[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for chunk in _chunks(sorted(company_ids)):
        marks = ",".join("?" for _ in chunk)
        names.update(conn.exec_driver_sql(f"SELECT id, name FROM company WHERE id IN ({marks})", tuple(chunk)).all())
    return names


def _insert(conn: Connection, docs: list[_Doc]) -> None:
    if not docs:
        return
    # Inside the write transaction nobody else inserts, so the new rows take the next rowids, as SQLite would
    # give them; numbering them here saves reading them back for the full-text tables.
    last = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM search_entry").scalar_one()
    rowids = range(last + 1, last + 1 + len(docs))
    entries, texts, words = [], [], []
    for rowid, d in zip(rowids, docs, strict=True):
        c = _columns(d)
        entries.append((rowid, d.record_type.value, d.record_id, c.name, c.latin))
        texts.append((rowid, c.names, c.body))
        words.append((rowid, c.words))
    conn.exec_driver_sql(
        "INSERT INTO search_entry (rowid, record_type, record_id, name, latin) VALUES (?, ?, ?, ?, ?)", entries
    )
    if _names_indexed(conn):
        ranked = [(rowid, name, latin) for rowid, _, _, name, latin in entries]  # the entries' own text
        conn.exec_driver_sql("INSERT INTO search_names (rowid, name, latin) VALUES (?, ?, ?)", ranked)
    conn.exec_driver_sql("INSERT INTO search_text (rowid, name, body) VALUES (?, ?, ?)", texts)
    conn.exec_driver_sql("INSERT INTO search_words (rowid, words) VALUES (?, ?)", words)


class _Columns(NamedTuple):
    """What the index holds of one record: `search_entry`'s name and latin, `search_text`'s name and body columns
    (`names`, `body`), and `search_words`' words."""

    name: str
    latin: str | None
    names: str
    body: str
    words: str


def _columns(d: _Doc) -> _Columns:
    name = _folded(d.display)
    names = _each_word_once(_folded(d.name_text))
    latin = latin_of(names)  # the names hold the display name: without Latin letters for them, it has none
    word_text = _each_word_once(short_pieces(_folded(d.words)))
    return _Columns(
        name,
        latin_of(name) if latin else None,
        f"{names} {latin}" if latin else names,
        _folded(d.body),
        f"{word_text} {latin}" if latin else word_text,
    )


def _each_word_once(text: str) -> str:
    """The words of `text`, each once: a query's terms hold no space, so a word said twice ('Anna Berg' is the
    display name and its parts) finds nothing more, and every copy is trigrams to store."""
    return " ".join(dict.fromkeys(text.split()))


def _folded(text: str) -> str:
    """What the index holds of a text: folded, and with a NUL as a space, since FTS5 reads a NUL as the end of
    the text and would leave out everything after it (a query's NUL becomes a space too)."""
    folded = search_fold(text)
    return folded.replace("\x00", " ") if "\x00" in folded else folded


def recreate(conn: Connection) -> int:
    """Drop the full-text tables and make them anew, then index every live record (for `db repair`: the tables'
    own pages may be what is damaged, and dropping a table reads none of them). Returns how many were indexed."""
    for table in FULL_TEXT_TABLES:
        created = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).scalar_one()
        try:
            settings = conn.exec_driver_sql(f"SELECT k, v FROM {table}_config WHERE k != 'version'").all()
        except Exception:  # its configuration is damaged as well: FTS5's defaults then
            settings = []
        conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql(created)
        for key, value in settings:
            conn.exec_driver_sql(f"INSERT INTO {table} ({table}, rank) VALUES (?, ?)", (key, value))
    return rebuild(conn)


def rebuild(conn: Connection) -> int:
    """Throw the index away and build it again from every live record; returns how many were indexed."""
    names = _names_indexed(conn)
    if names:
        conn.exec_driver_sql("INSERT INTO search_names (search_names) VALUES ('delete-all')")  # its text: the entries'
    for table in ("search_text", "search_words", "search_entry"):
        conn.exec_driver_sql(f"DELETE FROM {table}")
    _set_pending(conn, None)  # every record is in it once this transaction commits
    total = 0
    for record_type in _SOURCES:
        table = record_type.value
        ids = [r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {table} WHERE deleted_at IS NULL")]
        refresh(conn, {record_type: set(ids)})
        total += len(ids)
    # A rebuilt index is thousands of small segments that every query walks; merged into one, queries take half
    # as long (at 100,000 people: p95 from some 18 ms to 8 ms, for 5 s of merging once).
    for table in FULL_TEXT_TABLES if names else FULL_TEXT_TABLES[:2]:
        conn.exec_driver_sql(f"INSERT INTO {table} ({table}) VALUES ('optimize')")
    return total


def _names_indexed(conn: Connection) -> bool:
    """Whether the database has `search_names` (schema 0012 on): 0005's upgrade builds the index of its day with
    this module."""
    return conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'search_names'").first() is not None


def _phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _has_word_char(term: str) -> bool:
    return any(ch.isalnum() for ch in term)


def _has_symbol(term: str) -> bool:
    """Emoji and other pictures ('🦄', '👩‍👩‍👧', '©'): worth searching for, unlike punctuation."""
    return any(unicodedata.category(ch) in ("So", "Sk") for ch in term)


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_TRIGRAMS_ASKED = 4


def _trigrams(term: str) -> str:
    """An FTS5 query of the records that hold trigrams of `term` (three characters or more): with detail=none the
    index knows which records hold a trigram, not where, so this finds those that hold `term` and some more, and
    what they hold is looked at after. Of a long term (an email address) some trigrams spread over it are enough
    to leave few records to look at, and each trigram asked is a list of records to read."""
    grams = list(dict.fromkeys(term[i : i + 3] for i in range(len(term) - 2)))
    if len(grams) > _TRIGRAMS_ASKED:
        step = (len(grams) - 1) / (_TRIGRAMS_ASKED - 1)
        grams = [grams[round(i * step)] for i in range(_TRIGRAMS_ASKED)]
    return " AND ".join(_phrase(t) for t in grams)


def _holds(values: Sequence[str], params: dict[str, Any]) -> str:
    """SQL that is true when the text of `c` (a row of search_text_content: c0 the names, c1 the rest) holds one of
    `values`: the look at the text behind a match of their trigrams."""
    held = []
    for value in values:
        name = f"v{len(params)}"
        params[name] = value
        held.append(f"instr(c.c0, :{name}) > 0 OR instr(c.c1, :{name}) > 0")
    return "(" + " OR ".join(held) + ")"


def text_rowids(text: str) -> tuple[str, tuple[str, ...]]:
    """SQL of the rowids of the entries whose indexed text holds `text` (folded, three characters or more), and its
    parameters: for other services' look-ups in the index (duplicates)."""
    sql = (
        "SELECT search_text.rowid FROM search_text CROSS JOIN search_text_content c ON c.id = search_text.rowid "
        "WHERE search_text MATCH ? AND (instr(c.c0, ?) > 0 OR instr(c.c1, ?) > 0)"
    )
    return sql, (_trigrams(text), text, text)


@dataclass
class _Matching:
    """What a query asks of the index: SQL conditions on `search_entry e`, with their parameters (':q' the folded
    query)."""

    params: dict[str, Any]
    found: list[str]  # the records that match
    type_filter: list[str]
    # The same as `found` without the look at the text (a few more: the records that hold the trigrams of a long
    # term but not the term), and what the look asks of a row `c` of search_text_content.
    candidates: list[str]
    checks: list[str]
    # The condition on the trigram index alone (the first of `candidates`), as SQL of rowids, or "": how many
    # records it gives bounds how many match the query.
    probe: str
    # Every term is three characters or more, looked for as it is in the text: a record whose name (or its Latin
    # letters) holds the whole query matches it, and whether a record matches is a look at its text.
    terms: tuple[str, ...]


def _terms(folded: str) -> tuple[list[str], list[str], list[str]] | None:
    """A query's words that are not a phone number, as `_matching` takes them: those of three characters or more
    (looked for in the trigram table), shorter ones (in the words table, as the start of a word) and pictures;
    None when none is worth it."""
    words = [t for t in folded.split() if _has_word_char(t) or _has_symbol(t)]
    if not words:
        return None
    long_terms = list(dict.fromkeys(t for t in words if len(t) >= 3))
    short_terms = [t for t in words if len(t) < 3 and _has_word_char(t)]
    pictures = [t for t in words if len(t) < 3 and not _has_word_char(t)]
    return long_terms, short_terms, pictures


def _matching(conn: Reads, text: str, record_types: Iterable[RecordType] | None) -> _Matching | None:
    """What `text` asks of the index; None when nothing can match."""
    raw = nfc(text.replace("\x00", " ").strip())  # FTS5 reads a NUL as the end of the query string
    if not raw:
        return None
    folded = search_fold(raw)
    params: dict[str, Any] = {"q": folded}
    found: list[str] = []
    candidates: list[str] = []
    checks: list[str] = []
    probes: list[str] = []
    terms: tuple[str, ...] = ()

    def fts(table: str, match: str, check: str | None = None) -> None:
        name = f"m{len(params)}"
        params[name] = match
        rowids = f"SELECT rowid FROM {table} WHERE {table} MATCH :{name}"
        if table == "search_text":  # the substrings come first: a short word's prefix ('e*') finds too many
            probes.append(rowids)
        candidates.append(f"e.rowid IN ({rowids})")
        if check is None:
            found.append(f"e.rowid IN ({rowids})")
            return
        checks.append(check)
        found.append(
            f"e.rowid IN (SELECT {table}.rowid FROM {table} CROSS JOIN {table}_content c ON c.id = {table}.rowid "
            f"WHERE {table} MATCH :{name} AND {check})"
        )

    def substrings(groups: Sequence[Sequence[str]]) -> None:
        """Records whose text holds, of each group, one of its strings (each three characters or more)."""
        match = " AND ".join("(" + " OR ".join(f"({_trigrams(a)})" for a in group) + ")" for group in groups)
        # Three characters are one trigram: the index alone says whether a record holds them.
        looks = [_holds(group, params) for group in groups if any(len(a) > 3 for a in group)]
        fts("search_text", match, " AND ".join(looks) if looks else None)

    if phones.looks_like_phone(raw):
        keys = [k for k in phones.query_keys(raw, default_country(conn)) if len(k) >= 3]
        # A number may also sit in a street address or a note: search the text as typed, too.
        if len(folded) >= 3:
            keys.append(folded)
        if not keys:
            return None
        substrings([list(dict.fromkeys(keys))])
    else:
        split = _terms(folded)
        if split is None:
            return None
        # A picture of one or two code points ('🦄'): too short for trigrams, and no word to the word index. It is
        # looked for in the text itself, a scan of the index's text that only such a query pays for.
        long_terms, short_terms, pictures = split
        if long_terms:
            substrings([[term] for term in long_terms])
        if short_terms:
            fts("search_words", " AND ".join(_phrase(t) + "*" for t in short_terms))
        for picture in pictures:
            name = f"p{len(params)}"
            params[name] = _like(picture)
            condition = (
                f"e.rowid IN (SELECT rowid FROM search_text WHERE name LIKE :{name} ESCAPE '\\' "
                f"OR body LIKE :{name} ESCAPE '\\')"
            )
            found.append(condition)
            candidates.append(condition)
        if long_terms and not short_terms and not pictures:
            terms = tuple(long_terms)
    type_filter: list[str] = []
    if record_types is not None:
        types = [t.value for t in record_types]
        if not types:
            return None
        names = [f"t{i}" for i in range(len(types))]
        params.update(zip(names, types, strict=True))
        # Unary '+': five record types make a useless index, and the planner would walk it instead of the name's.
        type_filter.append(f"+e.record_type IN ({', '.join(':' + n for n in names)})")
    return _Matching(params, found, type_filter, candidates, checks, probes[0] if probes else "", terms)


# The tier of a result (see Hit): what the query is to the shown name, folded (e.name), or to its Latin letters.
_TIER = (
    "CASE WHEN e.name = :q THEN 0 WHEN substr(e.name, 1, length(:q)) = :q THEN 1 "
    "WHEN instr(e.name, ' ' || :q) > 0 THEN 2 WHEN instr(e.name, :q) > 0 THEN 3 "
    "WHEN e.latin IS NULL THEN 6 "
    "WHEN substr(e.latin, 1, length(:q)) = :q OR instr(e.latin, ' ' || :q) > 0 THEN 4 "
    "WHEN instr(e.latin, :q) > 0 THEN 5 ELSE 6 END"
)
# Past this many records holding the terms' trigrams, a query is "common" (see `query`): ranking every match costs
# one to two microseconds each, walking the names in order a few for each name walked.
_COMMON = 3000


def query(
    conn: Reads,
    text: str,
    *,
    record_types: Iterable[RecordType] | None = None,
    limit: int = 50,
) -> list[Hit]:
    """Records matching every word of `text`, best first: exact and prefix matches of names lead.

    The order is by tier (see Hit), then by name. The first page is found without ranking every match where that
    would be slow: names that start with the query come in name order from the index of names
    (`_name_prefix_hits`); a query that matches few records has its matches ranked; one of long terms that
    matches thousands (`gmail`, `sdott`) ranks only those whose name holds it (found through `search_names`), and
    the rest, which all share the last tier, come from walking the names in order until the page is full.
    """
    m = _matching(conn, text, record_types)
    if m is None:
        return []
    waiting = pending(conn)
    if waiting is not None:
        return _query_while_pending(conn, waiting, text, m, record_types, limit)
    leaders = _name_prefix_hits(conn, m.params, m.type_filter, limit)
    if len(leaders) >= limit:
        return leaders
    if m.terms and _more_than(conn, m.probe, m.params, _COMMON):
        ranked = _by_name(conn, m, limit)
        if ranked is not None:
            return ranked
    return _ranked(conn, m, m.candidates, limit)


def _more_than(conn: Reads, rowids: str, params: dict[str, Any], count: int) -> bool:
    """Whether the SQL `rowids` gives more than `count` rows (reading no more than one past it)."""
    sql = f"SELECT count(*) FROM ({rowids} LIMIT {int(count) + 1})"
    return int(conn.exec_driver_sql(sql, params).scalar_one()) > count


def _ranked(
    conn: Reads, m: _Matching, conditions: list[str], limit: int, named: bool = False, order: str = "tier, e.name"
) -> list[Hit]:
    """The first `limit` records by tier and name of those `conditions` give (of tiers 0 to 5 alone if `named`),
    each looked at (`m.checks`): the look reads a record's text, so it is given to the first of them only; if too
    many of those fail it (four digits of a phone number, whose trigrams every number has), the query asks it of
    every record instead."""
    where = " AND ".join(conditions + m.type_filter + ([f"{_TIER} <= 5"] if named else []))
    sql = (
        f"SELECT e.rowid, e.record_type, e.record_id, {_TIER} AS tier FROM search_entry e WHERE {{}} "
        f"ORDER BY {order} LIMIT {{}}"
    )
    want = limit + 10
    rows = conn.exec_driver_sql(sql.format(where, int(want)), m.params).all()
    held = _held(conn, m, [r[0] for r in rows])
    hits = [Hit(RecordType(r[1]), r[2], r[3]) for r in rows if r[0] in held]
    if len(hits) >= limit or len(rows) < want:
        return hits[:limit]
    looked = f"EXISTS (SELECT 1 FROM search_text_content c WHERE c.id = e.rowid AND {' AND '.join(m.checks)})"
    rows = conn.exec_driver_sql(sql.format(f"{where} AND {looked}", int(limit)), m.params).all()
    return [Hit(RecordType(r[1]), r[2], r[3]) for r in rows]


def _held(conn: Reads, m: _Matching, rowids: list[int]) -> set[int]:
    """Those of `rowids` whose text passes the looks of `m` (all, when it asks none)."""
    if not m.checks or not rowids:
        return set(rowids)
    marks = ",".join(str(int(r)) for r in rowids)
    sql = f"SELECT c.id FROM search_text_content c WHERE c.id IN ({marks}) AND {' AND '.join(m.checks)}"
    return {r[0] for r in conn.exec_driver_sql(sql, m.params)}


def _by_name(conn: Reads, m: _Matching, limit: int) -> list[Hit] | None:
    """The first page of a common query of long terms (see `query`); None if too many names hold it as well.

    Tiers 0 to 5 hold the query in the shown name or its Latin letters: `search_names` finds those, and they are
    ranked. Tier 6 is every other match, in name order: walked along the index of names until the page is full,
    each name's record looked at (its text); the query being common, that is soon.
    """
    names = "SELECT rowid FROM search_names WHERE search_names MATCH :names_match"
    params = {**m.params, "names_match": _trigrams(m.params["q"])}  # the query holds a term: 3 characters or more
    if _more_than(conn, names, params, _COMMON):
        return None
    named = _Matching(params, m.found, m.type_filter, m.candidates, m.checks, m.probe, m.terms)
    hits = _ranked(conn, named, [f"e.rowid IN ({names})", m.candidates[0]], limit, named=True)
    if len(hits) >= limit:
        return hits
    # Tier 6: neither the name nor its Latin letters hold the query; every term in the record's text.
    looks = " AND ".join(_holds([t], params) for t in m.terms)
    where = " AND ".join(["instr(e.name, :q) = 0", "(e.latin IS NULL OR instr(e.latin, :q) = 0)", looks])
    rows = conn.exec_driver_sql(
        "SELECT e.record_type, e.record_id FROM search_entry e CROSS JOIN search_text_content c ON c.id = e.rowid "
        f"WHERE {' AND '.join([where, *m.type_filter])} ORDER BY e.name LIMIT {int(limit - len(hits))}",
        params,
    ).all()
    return hits + [Hit(RecordType(r[0]), r[1], 6) for r in rows]


def count_by_type(conn: Reads, text: str) -> dict[RecordType, int]:
    """How many records of each type match `text` as `query` matches them (types with none left out)."""
    m = _matching(conn, text, None)
    if m is None:
        return {}
    waiting = pending(conn)
    if waiting is not None:
        by_type: dict[RecordType, set[str]] = {}
        for record_type, record_id in _indexed_matches(conn, m):
            by_type.setdefault(record_type, set()).add(record_id)
        for *_ranking, record_type, record_id in _scan_pending(conn, waiting, text, None):
            by_type.setdefault(record_type, set()).add(record_id)
        return {record_type: len(ids) for record_type, ids in by_type.items()}
    rows = conn.exec_driver_sql(
        f"SELECT e.record_type, count(*) FROM search_entry e WHERE {' AND '.join(m.found)} GROUP BY e.record_type",
        m.params,
    ).all()
    return {RecordType(r[0]): int(r[1]) for r in rows}


def matching_ids(conn: Reads, text: str, record_type: RecordType) -> list[str]:
    """Every record of one type that `text` matches, as `query` matches them, in no particular order."""
    m = _matching(conn, text, [record_type])
    if m is None:
        return []
    waiting = pending(conn)
    if waiting is not None:
        ids = {record_id for _type, record_id in _indexed_matches(conn, m)}
        ids.update(hit[3] for hit in _scan_pending(conn, waiting, text, [record_type]))
        return list(ids)
    sql = f"SELECT e.record_id FROM search_entry e WHERE {' AND '.join(m.found + m.type_filter)}"
    return [r[0] for r in conn.exec_driver_sql(sql, m.params)]


def _name_prefix_hits(conn: Reads, params: dict[str, Any], type_filter: list[str], limit: int) -> list[Hit]:
    """The best `limit` hits if that many names start with the query (tiers 0 and 1), else fewer.

    Ranking every match by tier costs time in proportion to the matches, and 'a' matches half the address book.
    But the names that start with the query are the first tiers, and in name order the exact name comes first:
    walked along the index on `search_entry.name`, they give the top of the ranking directly. A name that
    starts with the query also matches it in the full-text tables (the display name is indexed there, folded the
    same way), so these are the very rows the full query would rank first; only when there are fewer of them
    than `limit` does the full query run.
    """
    where = " AND ".join(["e.name >= :q", "e.name < :q_end", *type_filter])
    rows = conn.exec_driver_sql(
        "SELECT e.record_type, e.record_id, CASE WHEN e.name = :q THEN 0 ELSE 1 END "
        f"FROM search_entry e WHERE {where} ORDER BY e.name LIMIT {int(limit)}",
        {**params, "q_end": params["q"] + "\U0010ffff"},  # the greatest code point: the end of the prefix range
    ).all()
    return [Hit(RecordType(r[0]), r[1], r[2]) for r in rows]


FULL_TEXT_TABLES = ("search_text", "search_words", "search_names")


def check_full_text(conn: sqlite3.Connection) -> list[str]:
    """FTS5's own integrity check of the full-text tables: what it found wrong, [] when they are sound.

    FTS5 runs it as a special INSERT, so it needs to be able to write: on a database this connection may not write
    to (read-only, or another program holding the write lock) it raises sqlite3.OperationalError, which tells
    nothing about damage (check a consistent copy instead, see MaintenanceService.check).
    """
    problems = []
    for table in FULL_TEXT_TABLES:
        try:
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
        except sqlite3.OperationalError as exc:
            text = str(exc).lower()
            if "readonly" in text or "read-only" in text or "locked" in text or "busy" in text:
                raise
            problems.append(f"{table}: {exc}")
        except sqlite3.DatabaseError as exc:  # sqlite reports damage as an error
            problems.append(f"{table}: {exc}")
    return problems


def check_entries(conn: Connection) -> list[str]:
    """Records missing from or stale in the index: as many entries as live records."""
    problems: list[str] = []
    live = 0
    for record_type in _SOURCES:
        table = record_type.value
        live += conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").scalar_one()
    indexed = conn.exec_driver_sql("SELECT count(*) FROM search_entry").scalar_one()
    if pending(conn) is not None:  # being built after a first sync: it holds some of the records so far
        if indexed > live:
            problems.append(f"search index holds {indexed} records but only {live} are live")
        return problems
    if live != indexed:
        problems.append(f"search index holds {indexed} records but {live} are live")
    return problems


# ----- an index built after the rows (a new device's first sync) -----
#
# A first sync writes a snapshot's rows without their index entries (building them was a third of its time): it
# records, in the same transaction, which records the index does not hold yet, and `build_pending` indexes them
# afterwards in transactions of their own, a batch at a time, moving the mark on in each. A build stopped half-way
# (the app closed, the process killed) goes on from the mark the next time. Meanwhile the index is not wrong, only
# short: `query`, `count_by_type` and `matching_ids` add what a scan of the pending records' rows finds, worked out
# from the very text the index would hold of them, so a search finds what it will find once the index is whole.

# The setting that names the records not indexed yet: [kind, after] — those of `kind` whose id sorts after `after`,
# and every record of the kinds after it in BUILD_ORDER. No setting: the index holds every live record.
PENDING = "search_pending"
BUILD_ORDER = tuple(_SOURCES)
# Records indexed per transaction of the build: well under _REBUILD_AT, so that no batch rebuilds the tables.
BUILD_BATCH = 2000


@dataclass(frozen=True, slots=True)
class Pending:
    """The records the index does not hold yet: those of `kind` whose id sorts after `after`, and every record of
    the kinds after it in BUILD_ORDER (some of them may be indexed already: a record written since is indexed
    with the write, and the build indexes it again, which changes nothing)."""

    kind: RecordType
    after: str

    @property
    def position(self) -> tuple[int, str]:
        return BUILD_ORDER.index(self.kind), self.after

    def kinds(self) -> list[tuple[RecordType, str]]:
        """Each kind with pending records, and the id they come after ('' for all of that kind)."""
        start = BUILD_ORDER.index(self.kind)
        return [(self.kind, self.after), *((kind, "") for kind in BUILD_ORDER[start + 1 :])]


def pending(conn: Reads) -> Pending | None:
    """Which records the index does not hold yet, or None when it holds every one."""
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (PENDING,)).first()
    if row is None:
        return None
    value = json.loads(row[0])
    if not isinstance(value, list) or len(value) != 2 or value[0] not in RecordType._value2member_map_:
        return Pending(BUILD_ORDER[0], "")  # not what this program writes: build the whole index again
    return Pending(RecordType(value[0]), str(value[1]))


def _set_pending(conn: Connection, state: Pending | None) -> None:
    if state is None:
        conn.exec_driver_sql("DELETE FROM setting WHERE key = ?", (PENDING,))
    else:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (PENDING, json.dumps([state.kind.value, state.after])),
        )


def defer(conn: Connection, written: Mapping[RecordType, Iterable[str]]) -> None:
    """Records whose rows were written without their index entries, in this transaction: `build_pending` indexes
    them later, and searches look for them in their rows until then."""
    firsts = {kind: min(ids, default=None) for kind, ids in written.items() if kind in BUILD_ORDER}
    # A string sorting just before an id: its prefix (records between the two are indexed again, harmlessly).
    candidates = [(BUILD_ORDER.index(kind), first[:-1]) for kind, first in firsts.items() if first is not None]
    if not candidates:
        return
    waiting = pending(conn)
    if waiting is not None:
        candidates.append(waiting.position)
    start = min(candidates)
    if waiting is None or start != waiting.position:
        _set_pending(conn, Pending(BUILD_ORDER[start[0]], start[1]))


def build_pending(conn: Connection, limit: int = BUILD_BATCH) -> bool:
    """Index up to `limit` of the records the index does not hold yet, and move the mark on past them (in the
    caller's transaction); True once the index holds every record."""
    waiting = pending(conn)
    if waiting is None:
        return True
    kind, after = waiting.kind, waiting.after
    while True:
        rows = conn.exec_driver_sql(
            f"SELECT id FROM {kind.value} WHERE id > ? ORDER BY id LIMIT ?", (after, max(limit, 1))
        ).all()
        ids = [r[0] for r in rows]
        if ids:
            refresh(conn, {kind: ids})
            after = ids[-1]
            limit -= len(ids)
        if limit <= 0:
            _set_pending(conn, Pending(kind, after))
            return False
        position = BUILD_ORDER.index(kind) + 1
        if position == len(BUILD_ORDER):
            _set_pending(conn, None)
            return True
        kind, after = BUILD_ORDER[position], ""


def pending_progress(conn: Reads) -> tuple[int, int] | None:
    """(records indexed so far, records in all) while the index is being built, else None."""
    waiting = pending(conn)
    if waiting is None:
        return None
    total = sum(conn.exec_driver_sql(f"SELECT count(*) FROM {kind.value}").scalar_one() for kind in BUILD_ORDER)
    left = sum(
        conn.exec_driver_sql(f"SELECT count(*) FROM {kind.value} WHERE id > ?", (after,)).scalar_one()
        for kind, after in waiting.kinds()
    )
    return int(total) - int(left), int(total)


def _indexed_matches(conn: Reads, m: _Matching) -> list[tuple[RecordType, str]]:
    sql = f"SELECT e.record_type, e.record_id FROM search_entry e WHERE {' AND '.join(m.found + m.type_filter)}"
    return [(RecordType(r[0]), r[1]) for r in conn.exec_driver_sql(sql, m.params)]


def _query_while_pending(
    conn: Reads,
    waiting: Pending,
    text: str,
    m: _Matching,
    record_types: Iterable[RecordType] | None,
    limit: int,
) -> list[Hit]:
    """`query` while the index is being built: the best of what the index holds and of what a scan of the pending
    records finds, ranked together as the index ranks them."""
    rows = conn.exec_driver_sql(
        f"SELECT {_TIER} AS tier, e.name, e.record_type, e.record_id FROM search_entry e "
        f"WHERE {' AND '.join(m.found + m.type_filter)} ORDER BY tier, e.name LIMIT {int(limit)}",
        m.params,
    ).all()
    ranked = {(RecordType(r[2]), r[3]): (r[0], r[1]) for r in rows}
    for tier, name, record_type, record_id in _scan_pending(conn, waiting, text, record_types):
        ranked.setdefault((record_type, record_id), (tier, name))  # in both: the same row, the same entry
    best = sorted(ranked.items(), key=lambda item: item[1])[: max(int(limit), 0)]
    return [Hit(record_type, record_id, tier) for (record_type, record_id), (tier, _name) in best]


def _scan_pending(
    conn: Reads, waiting: Pending, text: str, record_types: Iterable[RecordType] | None
) -> list[tuple[int, str, RecordType, str]]:
    """The pending records that `text` matches as the index will match them, as (tier, name, type, id): each
    record's index text is made from its row as `refresh` makes it, and looked through as the full-text tables
    look (a substring of the trigram table's columns, the start of a word of the words table's)."""
    matcher = _scan_matcher(conn, text)
    if matcher is None:
        return []
    matches, with_phones, folded = matcher
    country = default_country(conn)
    keys_of: KeysOf = (lambda number: phones.search_keys(number, country)) if with_phones else (lambda _n: ())
    wanted = set(record_types) if record_types is not None else None
    out: list[tuple[int, str, RecordType, str]] = []
    for kind, after in waiting.kinds():
        if wanted is not None and kind not in wanted:
            continue
        sql, make_doc = _SOURCES[kind]
        result = conn.exec_driver_sql(sql.format(f"SELECT id FROM {kind.value} WHERE id > ?"), (after,))
        keys = list(result.keys())
        for row in result:
            doc = make_doc(dict(zip(keys, row, strict=True)), keys_of)
            columns = _columns(doc)
            if matches(columns):
                out.append((_tier(columns.name, columns.latin, folded), columns.name, kind, doc.record_id))
    return out


def _tier(name: str, latin: str | None, q: str) -> int:
    """`_TIER` in Python."""
    if name == q:
        return 0
    if name.startswith(q):
        return 1
    if " " + q in name:
        return 2
    if q in name:
        return 3
    if latin is None:
        return 6
    if latin.startswith(q) or " " + q in latin:
        return 4
    return 5 if q in latin else 6


def _scan_matcher(conn: Reads, text: str) -> tuple[Callable[[_Columns], bool], bool, str] | None:
    """What `_matching` asks of the full-text tables, as a test of one record's index text; whether that test
    needs the record's phone numbers' keys; and the folded query. None when nothing can match."""
    raw = nfc(text.replace("\x00", " ").strip())
    if not raw:
        return None
    folded = search_fold(raw)
    if phones.looks_like_phone(raw):
        keys = [k for k in phones.query_keys(raw, default_country(conn)) if len(k) >= 3]
        phrases = [p.lower() for p in (*keys, *([folded] if len(folded) >= 3 else []))]
        return (lambda c: any(p in c.names.lower() or p in c.body.lower() for p in phrases)), True, folded
    terms = _terms(folded)
    if terms is None:
        return None
    long_terms, short_terms, pictures = terms
    long_lower = [t.lower() for t in long_terms]
    prefixes = [_word_tokens(t) for t in short_terms]

    def matches(c: _Columns) -> bool:
        if long_lower:
            names, body = c.names.lower(), c.body.lower()
            if not all(t in names or t in body for t in long_lower):
                return False
        if prefixes:
            words = _word_tokens(c.words)
            if not all(_starts_a_phrase(words, tokens) for tokens in prefixes):
                return False
        return all(p in c.names or p in c.body for p in pictures)

    # Phone keys are digits only, each a word of its own: only a term of digits alone can be found among them.
    return matches, any(t.isascii() and t.isdigit() for t in long_terms), folded


def _word_tokens(text: str) -> list[str]:
    """The words the words table's tokenizer (unicode61: letters, digits, marks and private-use characters,
    without diacritics removed) makes of a text, in lower case as it folds them."""
    tokens: list[str] = []
    current: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LNM" or category == "Co":
            current.append(ch)
        elif current:
            tokens.append("".join(current).lower())
            current = []
    if current:
        tokens.append("".join(current).lower())
    return tokens


def _starts_a_phrase(words: Sequence[str], tokens: Sequence[str]) -> bool:
    """Whether `words` holds `tokens` in a row, the last one as the start of a word (a phrase query "t"*)."""
    if not tokens:
        return False
    *whole, last = tokens
    for i in range(len(words) - len(whole)):
        if words[i + len(whole)].startswith(last) and all(words[i + j] == w for j, w in enumerate(whole)):
            return True
    return False
