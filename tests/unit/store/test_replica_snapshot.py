"""A new device built from another device's change log holds the very rows the other one holds.

This is what a first sync does with a snapshot: every record is new to the device, and its rows are created a page
at a time from the writes pulled (JSON columns keep the log's text, dates and photos are converted, fields never
written take their defaults).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cardfile.domain.models import ActivityCreate, CompanyCreate, ContactCreate, NoteCreate
from cardfile.services import Services, open_database
from cardfile.store import replica
from cardfile.sync.protocol import Entry

TABLES = ("contact", "company", "activity", "note", "link")


def fill(services: Services) -> None:
    company = services.companies.create(
        CompanyCreate(name="Sól ehf.", website="https://sol.example", tags=["vip"], phones=[{"value": "+354 555 1234"}])
    )
    anna = services.contacts.create(
        ContactCreate(
            given="Anna",
            family="Sigurðardóttir",
            company_id=company.id,
            title="CEO",
            emails=[{"value": "anna@sol.example", "label": "work"}, {"value": "anna@mail.example", "label": "home"}],
            phones=[{"value": "+354 555 1235", "label": "mobile"}],
            addresses=[{"street": "Laugavegur 1", "locality": "Reykjavík", "country": "IS", "label": "work"}],
            tags=["board", "golf"],
            birthday="--04-15",
            photo=b"\x89PNG\r\n\x1a\n0000",
            photo_mime="image/png",
        )
    )
    services.contacts.create(ContactCreate(given="山田", family="太郎", private=True, note="Met at the fair"))
    services.activities.schedule(
        ActivityCreate(
            type_id=services.activities.types()[0].id,
            subject="Call Anna",
            starts_at=datetime(2026, 12, 1, 9, 30, tzinfo=UTC),
            duration_minutes=30,
            contact_ids=[anna.id],
        )
    )
    services.notes.add(NoteCreate(body="Wants a quote", contact_ids=[anna.id], company_ids=[company.id]))


def pulled_entries(services: Services) -> list[Entry]:
    """The device's change log as another device would pull it."""
    with services.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT record_type, record_id, field, value, hlc, device_id, user_id FROM change "
            f"WHERE record_type IN ({', '.join(repr(t) for t in TABLES)}) ORDER BY seq"
        ).all()
    return [Entry(*row) for row in rows]


def table_rows(services: Services, table: str) -> dict[str, dict[str, Any]]:
    with services.db.read() as conn:
        result = conn.exec_driver_sql(f"SELECT * FROM {table}")
        keys = list(result.keys())
        return {row[0]: {k: v for k, v in zip(keys, row, strict=True) if k != "updated_at"} for row in result}


def test_a_device_built_from_pulled_writes_holds_the_same_rows(services: Services, tmp_path: Path) -> None:
    fill(services)
    entries = pulled_entries(services)
    with open_database(tmp_path / "new-device.db", auto_backup=False) as new_device:
        store = new_device.db.store
        with new_device.db.write("Sync") as w:
            for start in range(0, len(entries), 7):  # several pages, records split across them
                applied = replica.Replica(w, account=store.user_id, pushed_seq=0, stamp=store.clock.now).apply(
                    entries[start : start + 7]
                )
                assert applied.conflicts == []
        for table in TABLES:
            assert table_rows(new_device, table) == table_rows(services, table), table
        for words in ("sigurdard", "555 1235", "山田", "quote"):
            found = [(r.record_type, r.id) for r in new_device.search.search(words)]
            assert found and found == [(r.record_type, r.id) for r in services.search.search(words)], words
