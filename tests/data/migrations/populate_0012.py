"""Fills a database at schema revision 0012 with one of everything, in raw SQL, as Cardfile 0012 wrote it.

FROZEN: this file describes what a database written by the release whose schema head was 0012 holds. It never uses
the cardfile package and must not change when the schema does; a later migration is tested by upgrading exactly this.
When a later migration is added, copy this file to populate_NNNN.py and adapt that copy to its schema (the harness
in tests/unit/store/test_migrations.py requires one writer per revision and upgrades each one to head).

0012 keeps the trigram index without places (detail=none) and indexes the names results are ranked by in
`search_names`, whose text is search_entry's (external content): a row of search_entry is also told to it.

0010 keeps the change log's ids and names once, in `log_name`, and its rows (`change_log`) as numbers; the view
`change` reads and writes them as 0009's table was (its triggers number new names), so the rows written here are
0009's, through the view.

0009 added `contact.name_key`, the shown name folded (case and accents), which the store keeps and never logs.

Besides the rows, it writes what a real database holds around them: the change log (each set field of each record,
JSON values, datetimes as ISO 8601 UTC with microseconds, bytes as {"$b64": …}), the actions, an erasure, the
settings, and the search index entries (folded text), so an upgraded database must still check clean, search, and
rebuild every row from its log.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from typing import Any

REVISION = "0012"

DEVICE = "0190aaaa-0000-7000-8000-00000000d001"
ACTION = "0190aaaa-0000-7000-8000-00000000a001"
CREATED = "2029-05-06 07:08:09.123456"
HLC = 1_900_000_000_000 << 16

COMPANY = "0190aaaa-0000-7000-8000-000000000c01"
CONTACT = "0190aaaa-0000-7000-8000-000000000b01"
TRASHED = "0190aaaa-0000-7000-8000-000000000b02"
ACTIVITY = "0190aaaa-0000-7000-8000-000000000a01"
NOTE = "0190aaaa-0000-7000-8000-000000000e01"
DEAL = "0190aaaa-0000-7000-8000-000000000d01"
GROUP = "0190aaaa-0000-7000-8000-000000000f01"
LOOKUP = "0190aaaa-0000-7000-8000-000000000f02"
FIELD = "0190aaaa-0000-7000-8000-000000000f03"
ACTIVITY_TYPE = "0190aaaa-0000-7000-8000-000000000a02"
PIPELINE = "0190aaaa-0000-7000-8000-000000000d02"
STAGE = "0190aaaa-0000-7000-8000-000000000d03"
ITEMS_DEAL = "0190aaaa-0000-7000-8000-000000000d04"
CHOICE = "0190aaaa-0000-7000-8000-000000000d05"
ERASED = "0190aaaa-0000-7000-8000-000000000b0e"
EXCEPTION = "0190aaaa-0000-7000-8000-000000000a03"  # 0003: a cleared occurrence of the series
MERGED = "0190aaaa-0000-7000-8000-000000000b03"  # 0006: a duplicate of CONTACT, merged into it
MERGE = "0190aaaa-0000-7000-8000-000000000b04"
NOT_DUPLICATE = "0190aaaa-0000-7000-8000-000000000b05"
NAMESAKE = "0190aaaa-0000-7000-8000-000000000b06"  # 0006: another Guðrún Jónsdóttir, marked not a duplicate
PHOTO = b"\x89PNG\r\n\x1a\n\x00\xff"

# The seeded records the 0001 migration itself writes (built-in types, the Sales pipeline and its stages).
SEEDED = {
    "activity_type": 3,
    "pipeline": 1,
    "stage": 5,
    "choice": 19,
}

BASE = {"created_at": CREATED, "updated_at": CREATED, "owner_id": "me", "private": 0, "deleted_at": None}

# Columns whose values the change log keeps as JSON text already (the row holds JSON text too).
_JSON = {
    "tags", "emails", "phones", "addresses", "urls", "ims", "dates", "vcard_extra", "custom", "choices", "query",
    "line_items", "before", "after", "seen", "moved", "stamps", "unmerge_stamps",
}  # fmt: skip
_BOOL = {"private", "display_name_custom", "timeless", "all_day", "amount_from_items"}
_BLOB = {"photo", "logo"}
_DATETIME = {
    "created_at", "deleted_at", "starts_at", "ends_at", "completed_at", "closed_at", "recurrence_id", "happened_at",
    "alarm_dismissed_through", "alarm_snoozed_until", "unmerged_at",
}  # fmt: skip
# The defaults 0001 gives each column: a field at its default is not logged when a record is created.
_DEFAULTS: dict[str, Any] = {
    "owner_id": None, "private": None, "deleted_at": None, "prefix": "", "given": "", "additional": "", "family": "",
    "suffix": "", "nickname": "", "display_name": "", "display_name_custom": 0, "sort_key": "", "phonetic_given": "",
    "phonetic_additional": "", "phonetic_family": "", "title": "", "department": "", "company_id": None,
    "birthday": None, "anniversary": None, "photo": None, "photo_mime": None, "note": "", "tags": "[]",
    "emails": "[]", "phones": "[]", "addresses": "[]", "urls": "[]", "ims": "[]", "dates": "[]", "vcard_uid": None,
    "vcard_extra": "[]", "custom": "{}", "name": None, "industry": "", "website": "", "parent_id": None,
    "logo": None, "logo_mime": None, "key": None, "position": 0, "type_id": None, "subject": "", "details": "",
    "starts_at": None, "ends_at": None, "timeless": 0, "time_zone": "", "priority": "normal",
    "status": None, "outcome": "", "completed_at": None, "alarm_minutes": None, "rrule": "", "deal_id": None,
    "body": "", "pipeline_id": None, "stage_id": None, "probability": None, "amount_minor": 0, "currency": "USD",
    "expected_close": None, "reason": "", "closed_at": None, "description": "", "record_type": None,
    "field_type": "text", "choices": "[]", "query": "{}", "source_type": None, "source_id": None,
    "target_type": None, "target_id": None, "role": "", "all_day": 0, "series_id": None, "recurrence_id": None,
    "result": "", "happened_at": None, "alarm_dismissed_through": None, "alarm_snoozed_until": None, "ical_uid": None,
    "line_items": "[]", "amount_from_items": 0,
    "list_name": None,
    "merged_into": None, "survivor_id": None, "merged_id": None, "survivor_name": "", "merged_name": "",
    "before": "{}", "after": "{}", "seen": "{}", "moved": "[]", "stamps": "[]", "unmerged_at": None,
    "unmerge_stamps": "[]", "first_id": None, "second_id": None,
    "name_key": "",
}  # fmt: skip
_STATUS_DEFAULT = {"activity": "scheduled", "deal": "open"}
_RECORD_TYPE_DEFAULT = {
    "saved_lookup": "contact", "custom_field": "contact", "record_merge": "contact", "not_duplicate": "contact"
}  # fmt: skip
_PROBABILITY_DEFAULT = {"stage": 0}
_RECORD_TYPES = {
    "contact": "contact", "company": "company", "activity": "activity", "activity_type": "activity_type",
    "note": "note", "deal": "deal", "pipeline": "pipeline", "stage": "stage", "contact_group": "group",
    "saved_lookup": "lookup", "custom_field": "custom_field", "link": "link", "choice": "choice",
    "record_merge": "merge", "not_duplicate": "not_duplicate",
}  # fmt: skip


def _json_value(column: str, value: Any) -> str:
    """A row value as 0001's change log holds it."""
    if value is None:
        return "null"
    if column in _JSON:
        return json.dumps(json.loads(value), ensure_ascii=False, separators=(",", ":"))
    if column in _BOOL:
        return "true" if value else "false"
    if column in _BLOB:
        return json.dumps({"$b64": base64.b64encode(value).decode("ascii")}, separators=(",", ":"))
    if column in _DATETIME:
        return json.dumps(value.replace(" ", "T") + "Z")
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _default(table: str, column: str) -> Any:
    if column == "status":
        return _STATUS_DEFAULT.get(table)
    if column == "record_type":
        return _RECORD_TYPE_DEFAULT.get(table)
    if column == "probability":
        return _PROBABILITY_DEFAULT.get(table)
    return _DEFAULTS.get(column)


def _insert(conn: sqlite3.Connection, table: str, row: dict[str, Any], hlc: int) -> None:
    """The row, and its change records as 0001's writer made them when it created a record."""
    full = {**BASE, **row}
    for (column,) in conn.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall():
        full.setdefault(column, _default(table, column))  # every column written, as the 0001 writer did
    names = list(full)
    conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        [full[n] for n in names],
    )
    for column, value in full.items():
        if column in ("id", "updated_at", "name_key"):
            continue  # name_key (0009): derived by the store, never logged
        if column in ("created_at", "owner_id", "private") or value != _default(table, column):
            conn.execute(
                "INSERT INTO change (record_type, record_id, field, value, hlc, device_id, user_id, action_id, job_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (_RECORD_TYPES[table], full["id"], column, _json_value(column, value), hlc, DEVICE, "me", ACTION),
            )


def _index(
    conn: sqlite3.Connection, record_type: str, record_id: str, name: str, text: str, body: str, words: str
) -> None:
    cursor = conn.execute(
        "INSERT INTO search_entry (record_type, record_id, name) VALUES (?, ?, ?)", (record_type, record_id, name)
    )
    rowid = cursor.lastrowid
    conn.execute("INSERT INTO search_names (rowid, name, latin) VALUES (?, ?, NULL)", (rowid, name))
    conn.execute("INSERT INTO search_text (rowid, name, body) VALUES (?, ?, ?)", (rowid, text, body))
    conn.execute("INSERT INTO search_words (rowid, words) VALUES (?, ?)", (rowid, words))


def populate(conn: sqlite3.Connection) -> None:
    """Write the records into a database already at revision 0009 (the caller commits)."""
    conn.execute(
        "INSERT INTO action (id, label, created_at, user_id, job_id, undoes, undone_by) "
        "VALUES (?, 'Import', ?, 'me', 'job-0001', NULL, NULL)",
        (ACTION, CREATED),
    )
    rows: list[tuple[str, dict[str, Any]]] = [
        (
            "custom_field",
            {"id": FIELD, "record_type": "contact", "name": "Tier", "field_type": "choice",
             "choices": '["Gold","Silver"]', "position": 0},
        ),
        ("activity_type", {"id": ACTIVITY_TYPE, "name": "Site visit", "key": None, "position": 3}),
        ("pipeline", {"id": PIPELINE, "name": "Partners", "position": 1}),
        ("stage", {"id": STAGE, "pipeline_id": PIPELINE, "name": "Signed", "position": 0, "probability": 100}),
        (
            "company",
            {
                "id": COMPANY, "name": "Ácme Ltd", "sort_key": "acme ltd", "industry": "Anvils",
                "website": "acme.example", "note": "Since 1949", "tags": '["supplier"]',
                "emails": '[{"value":"info@acme.example","label":"work","preferred":true}]',
                "phones": '[{"value":"+354 555 1234","label":"work","preferred":false}]',
                "custom": "{}",
            },
        ),
        (
            "contact",
            {
                "id": CONTACT, "prefix": "Dr.", "given": "Guðrún", "family": "Jónsdóttir",
                "display_name": "Dr. Guðrún Jónsdóttir", "sort_key": "jonsdottir gudrun", "title": "Buyer",
                "name_key": "dr. gudrun jonsdottir",
                "company_id": COMPANY, "birthday": "--04-15", "anniversary": "2001-06-30", "photo": PHOTO,
                "photo_mime": "image/png", "note": "Prefers email", "tags": '["vip","Über"]',
                "emails": '[{"value":"gudrun@acme.example","label":"work","preferred":true}]',
                "phones": '[{"value":"+354 555 1234","label":"cell","preferred":false}]',
                "addresses": '[{"label":"work","preferred":false,"street":"Laugavegur 1","locality":"Reykjavík",'
                '"region":"","postcode":"101","country":"Iceland","po_box":"","extended":""}]',
                "urls": '[{"value":"https://acme.example/gudrun","label":"","preferred":false}]',
                "ims": '[{"value":"gudrun","label":"","preferred":false,"service":"xmpp"}]',
                "dates": '[{"value":"--12-24","label":"name day","preferred":false}]',
                "vcard_uid": "urn:uuid:shared-uid", "vcard_extra": '["X-ABC:1"]',
                "custom": json.dumps({FIELD: "Gold"}),
            },
        ),
        ("contact", {"id": TRASHED, "given": "Old", "display_name": "Old", "sort_key": "old", "deleted_at": CREATED,
                     "name_key": "old"}),
        # 0006: a second card of Guðrún, merged into CONTACT (its title went to CONTACT), and a namesake
        (
            "contact",
            {
                "id": MERGED, "given": "Gudrun", "family": "Jonsdottir", "display_name": "Gudrun Jonsdottir",
                "sort_key": "jonsdottir gudrun", "title": "Buyer", "deleted_at": CREATED, "merged_into": CONTACT,
                "name_key": "gudrun jonsdottir",
            },
        ),
        ("contact", {"id": NAMESAKE, "given": "Guðrún", "family": "Jónsdóttir", "display_name": "Guðrún Jónsdóttir",
                     "sort_key": "jonsdottir gudrun", "name_key": "gudrun jonsdottir"}),
        (
            "record_merge",
            {
                "id": MERGE, "record_type": "contact", "survivor_id": CONTACT, "merged_id": MERGED,
                "survivor_name": "Dr. Guðrún Jónsdóttir", "merged_name": "Gudrun Jonsdottir",
                "choices": '{"title":"merged"}', "before": json.dumps({"title": '"Purchaser"'}),
                "after": json.dumps({"title": '"Buyer"'}), "seen": json.dumps({"title": [HLC, DEVICE, '"Buyer"']}),
                "moved": "[]", "stamps": json.dumps([["title", HLC + 50, DEVICE]]),
            },
        ),
        ("not_duplicate", {"id": NOT_DUPLICATE, "record_type": "contact", "first_id": CONTACT, "second_id": NAMESAKE}),
        (
            "activity",
            {
                "id": ACTIVITY, "type_id": "00000000-0000-7000-8000-000000000002", "subject": "Quarterly review",
                "details": "Bring samples", "starts_at": "2030-03-04 09:30:00.000000",
                "ends_at": "2030-03-04 10:00:00.000000", "time_zone": "Atlantic/Reykjavik", "priority": "high",
                "status": "scheduled", "alarm_minutes": 15, "rrule": "FREQ=MONTHLY;COUNT=4", "company_id": COMPANY,
                "deal_id": DEAL, "custom": "{}",
            },
        ),
        (
            "activity",
            {
                "id": EXCEPTION, "type_id": "00000000-0000-7000-8000-000000000002", "subject": "Quarterly review",
                "details": "Bring samples", "starts_at": "2030-04-04 10:30:00.000000",
                "ends_at": "2030-04-04 11:00:00.000000", "time_zone": "Atlantic/Reykjavik", "priority": "high",
                "status": "done", "outcome": "Signed", "result": "completed",
                "happened_at": "2030-04-04 10:45:00.000000", "completed_at": "2030-04-05 08:00:00.000000",
                "series_id": ACTIVITY, "recurrence_id": "2030-04-04 09:30:00.000000", "company_id": COMPANY,
                "alarm_dismissed_through": "2030-04-04 10:30:00.000000", "ical_uid": "quarterly@example.com",
                "custom": "{}",
            },
        ),
        ("note", {"id": NOTE, "body": "Met at the fair\nWants a quote", "private": 1}),
        (
            "deal",
            {
                "id": DEAL, "name": "Acme renewal", "company_id": COMPANY,
                "pipeline_id": "00000000-0000-7000-8000-000000000010",
                "stage_id": "00000000-0000-7000-8000-000000000022", "amount_minor": 1_250_050, "currency": "ISK",
                "probability": None, "expected_close": "2030-06-30", "status": "open", "custom": "{}",
            },
        ),
        # 0004: a deal whose line items set its amount, and a lost reason someone added to the list.
        (
            "deal",
            {
                "id": ITEMS_DEAL, "name": "Turbine service", "pipeline_id": "00000000-0000-7000-8000-000000000010",
                "stage_id": "00000000-0000-7000-8000-000000000020", "amount_minor": 449775, "currency": "EUR",
                "status": "lost", "reason": "Went elsewhere", "closed_at": "2030-02-01 12:00:00.000000",
                "custom": "{}", "amount_from_items": 1,
                "line_items": '[{"product":"Inspection","quantity":"2.5","unit_price_minor":199900,'
                '"discount_percent":"10"}]',
            },
        ),
        ("choice", {"id": CHOICE, "list_name": "lost_reason", "name": "Went elsewhere", "position": 7}),
        ("contact_group", {"id": GROUP, "name": "Newsletter", "description": "Monthly"}),
        (
            "saved_lookup",
            {
                "id": LOOKUP, "name": "VIPs", "record_type": "contact",
                "query": '{"record_type":"contact","match":"all",'
                '"conditions":[{"field":"tag","op":"is","value":"vip"}]}',
            },
        ),
    ]  # fmt: skip
    links = [
        ("activity", ACTIVITY, "contact", CONTACT, ""),
        ("activity", EXCEPTION, "contact", CONTACT, ""),
        ("note", NOTE, "contact", CONTACT, ""),
        ("note", NOTE, "company", COMPANY, ""),
        ("deal", DEAL, "contact", CONTACT, "decision maker"),
        ("group", GROUP, "contact", CONTACT, ""),
    ]
    for n, (source_type, source_id, target_type, target_id, role) in enumerate(links):
        link = {
            "id": f"0190aaaa-0000-7000-8000-0000000001{n:02d}",
            "source_type": source_type,
            "source_id": source_id,
            "target_type": target_type,
            "target_id": target_id,
            "role": role,
            "position": 0,
        }
        rows.append(("link", link))
    for n, (table, row) in enumerate(rows):
        _insert(conn, table, row, HLC + n)
    conn.execute(
        "INSERT INTO erasure (record_id, record_type, hlc, device_id, user_id, erased_at) VALUES (?, 'contact', ?, ?, "
        "'me', ?)",
        (ERASED, HLC + 100, DEVICE, CREATED),
    )
    # 0002: a sync conflict on the contact's title, and the sync settings of a database that has synced.
    conn.execute(
        "INSERT INTO conflict (id, record_type, record_id, field, winner_value, winner_hlc, winner_device, "
        "winner_user, loser_value, loser_hlc, loser_device, loser_user, resolution) "
        "VALUES (?, 'contact', ?, 'title', '\"Buyer\"', ?, ?, 'me', '\"Head buyer\"', ?, 'other-device', 'ann', NULL)",
        ("6b0f2a58-3c55-5e0e-9d7a-1d2f3a4b5c6d", CONTACT, HLC + 101, DEVICE, HLC + 99),
    )
    settings = {
        "device_id": DEVICE,
        "hlc": HLC + 101,
        "default_country": "IS",
        "name_order": "given_first",
        "sync_server": "https://sync.example:8765",
        "sync_user": "me",
        "sync_cursor": 42,
        "sync_pushed_seq": 10,
        "sync_batch": 3,
    }
    conn.executemany(
        "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", [(k, json.dumps(v)) for k, v in settings.items()]
    )
    _index(
        conn, "contact", CONTACT, "dr. gudrun jonsdottir", "dr. gudrun jonsdottir dr. gudrun jonsdottir",
        "acme ltd buyer gudrun@acme.example 3545551234 5551234 laugavegur 1 reykjavik 101 iceland "
        "https://acme.example/gudrun gudrun vip uber prefers email",
        "dr. gudrun jonsdottir dr. gudrun jonsdottir gudrun@acme.example",
    )  # fmt: skip
    _index(conn, "contact", NAMESAKE, "gudrun jonsdottir", "gudrun jonsdottir gudrun jonsdottir", "",
           "gudrun jonsdottir gudrun jonsdottir")  # fmt: skip
    _index(conn, "company", COMPANY, "acme ltd", "acme ltd", "anvils acme.example info@acme.example 3545551234 "
           "5551234 supplier since 1949", "acme ltd info@acme.example")  # fmt: skip
    _index(conn, "activity", ACTIVITY, "quarterly review", "quarterly review", "bring samples ", "quarterly review")
    _index(conn, "activity", EXCEPTION, "quarterly review", "quarterly review", "bring samples signed",
           "quarterly review")  # fmt: skip
    _index(
        conn, "note", NOTE, "met at the fair", "met at the fair", "met at the fair\nwants a quote", "met at the fair"
    )
    _index(conn, "deal", DEAL, "acme renewal", "acme renewal", "", "acme renewal")
    _index(
        conn, "deal", ITEMS_DEAL, "turbine service", "turbine service", "went elsewhere inspection", "turbine service"
    )
