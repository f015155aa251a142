"""A new device built from another device's change log holds the very rows the other one holds.

This is what a first sync does with a snapshot: every record is new to the device, and its rows are created a page
at a time from the writes pulled (JSON columns keep the log's text, dates and photos are converted, fields never
written take their defaults).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.models import ActivityCreate, CompanyCreate, ContactCreate, ContactUpdate, NoteCreate
from cardfile.services import Services, open_database
from cardfile.store import replica
from cardfile.sync.protocol import Entry, SnapshotPage, snapshot_from_json, snapshot_page

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
    # A company made after its person: a snapshot (in id order) brings the person first, and the person's index
    # entry must learn the company's name when it comes.
    early = services.contacts.create(ContactCreate(given="Early", family="Bird"))
    later = services.companies.create(CompanyCreate(name="Latecomer Holdings"))
    services.contacts.update(early.id, ContactUpdate(company_id=later.id))


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


def snapshot_pages(entries: list[Entry], records_per_page: int) -> list[SnapshotPage]:
    """The current value of every field, as the server's snapshot pages carry them (through their JSON form)."""
    current: dict[tuple[str, str], Entry] = {}
    for e in entries:
        held = current.get((e.record_id, e.field))
        if held is None or e.clock > held.clock:
            current[(e.record_id, e.field)] = e
    by_record: dict[str, list[Entry]] = {}
    for e in sorted(current.values(), key=lambda e: (e.record_id, e.hlc)):
        by_record.setdefault(e.record_id, []).append(e)
    ids = sorted(by_record)
    pages = []
    for start in range(0, len(ids), records_per_page):
        chunk = ids[start : start + records_per_page]
        rows = [
            (e.record_type, e.record_id, e.field, e.value, e.hlc, e.device_id, e.user)
            for i in chunk
            for e in by_record[i]
        ]
        last = start + records_per_page >= len(ids)
        page = snapshot_page(rows, [], None if last else chunk[-1], 99)
        pages.append(snapshot_from_json(json.loads(json.dumps(page))))
    return pages


@pytest.mark.parametrize("held_before", [0, 3], ids=["new device", "device holding some records"])
def test_a_device_built_from_snapshot_pages_holds_the_same_rows(
    services: Services, tmp_path: Path, held_before: int
) -> None:
    """A first sync creates records straight from the compact pages; records a device holds already (one that
    starts again from a snapshot) are merged field by field. Either way the rows and the search index match."""
    fill(services)
    entries = pulled_entries(services)
    held_ids = sorted({e.record_id for e in entries})[:held_before]
    with open_database(tmp_path / "new-device.db", auto_backup=False) as new_device:
        store = new_device.db.store
        with new_device.db.write("Sync") as w:
            into = replica.Replica(w, account=store.user_id, pushed_seq=0, stamp=store.clock.now)
            into.apply([e for e in entries if e.record_id in held_ids])
        for page in snapshot_pages(entries, records_per_page=1):
            with new_device.db.write("Sync") as w:  # a transaction a page, as a sync applies them
                into = replica.Replica(w, account=store.user_id, pushed_seq=0, stamp=store.clock.now)
                assert into.apply_snapshot(page).conflicts == []
        for table in TABLES:
            assert table_rows(new_device, table) == table_rows(services, table), table
        for words in ("sigurdard", "555 1235", "山田", "quote", "sól", "latecomer"):
            found = [(r.record_type, r.id) for r in new_device.search.search(words)]
            assert found and found == [(r.record_type, r.id) for r in services.search.search(words)], words
        with new_device.db.read() as conn:
            logged = conn.exec_driver_sql("SELECT count(*) FROM change WHERE action_id IS NOT NULL").scalar_one()
        assert logged >= len({(e.record_id, e.field) for e in entries}), "every value is in the change log"
