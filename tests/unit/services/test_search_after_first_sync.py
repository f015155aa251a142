"""A new device's first sync writes the snapshot's rows without their search index, and builds the index after.

While the index is pending, search finds exactly what the whole index finds (the records not indexed yet are
scanned); the build goes a batch per transaction and resumes where it stopped, after an error or a killed process;
the index it leaves holds what a full rebuild holds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.models import CompanyCreate, ContactCreate, ContactUpdate, NoteCreate
from cardfile.services import Services, open_database
from cardfile.store import replica
from cardfile.store import search as index
from tests.unit.store.test_replica_snapshot import fill, pulled_entries, snapshot_pages

ROOT = Path(__file__).resolve().parents[3]

# Every way a query reaches the index: trigrams (with and without accents, in several scripts), the words table
# (one and two characters, pairs of letters of unspaced scripts), phone numbers whatever their punctuation, digits
# among words, Cyrillic found in Latin letters, email fragments, pictures, company names, nothing at all.
QUERIES = [
    "sigurdard",
    "Sigurðardóttir",
    "anna",
    "an",
    "a",
    "s",
    "山田",
    "山",
    "田",
    "quote",
    "555 1235",
    "+354 555 1234",
    "5551235",
    "354555",
    "anna 1235",
    "sol.example",
    "mail.example",
    "sól",
    "latecomer",
    "petrov",
    "пёт",
    "Пётр",
    "iv",
    "🦄",
    "reykjav",
    "vip",
    "golf",
    "zzyzx",
    "ceo",
    "Early Bird",
    "bird",
    "ea",
]


def add_more(services: Services) -> None:
    """Besides `fill`: Cyrillic names, a picture in a note, and enough records for builds of several batches."""
    services.contacts.create(ContactCreate(given="Пётр", family="Петров", emails=[{"value": "petr@ivanov.example"}]))
    services.contacts.create(ContactCreate(given="Ivan", family="Ivanov", note="Loves 🦄 and golf"))
    company = services.companies.create(CompanyCreate(name="Anna's Bakery", phones=[{"value": "+354 555 9000"}]))
    for n in range(12):
        services.contacts.create(
            ContactCreate(given=f"Anna{n}", family="Smith", company_id=company.id, phones=[{"value": f"555 12{n:02}"}])
        )
    services.notes.add(NoteCreate(body="Anna's quote for the bakery"))


def first_sync(source: Services, path: Path, *, records_per_page: int = 4) -> Services:
    """A new device at `path` that applied the source's snapshot as a first sync does: a transaction a page, the
    search index left for later."""
    device = open_database(path, auto_backup=False)
    store = device.db.store
    for page in snapshot_pages(pulled_entries(source), records_per_page):
        with device.db.write("Sync") as w:
            into = replica.Replica(w, account=store.user_id, pushed_seq=0, stamp=store.clock.now)
            into.apply_snapshot(page, index=False)
    return device


def found(services: Services, query: str) -> dict[str, Any]:
    """Everything search answers about a query: the hits with their tiers (in rank order, ties by name in any
    order), the counts by kind, and all ids of each kind."""
    hits = services.search.search(query)
    return {
        "hits": sorted((r.tier, r.display_name, r.record_type, r.id) for r in hits),
        "ranks": [r.tier for r in hits],
        "counts": services.search.counts(query),
        "ids": {kind: sorted(services.search.ids(query, kind)) for kind in ("contact", "company", "note")},
        "typed": sorted(r.id for r in services.search.search(query, types=["contact"], limit=3)),
    }


def index_content(services: Services) -> set[tuple[Any, ...]]:
    """What the index holds, by record (rowids left out: they depend on the order records were indexed in)."""
    with services.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT e.record_type, e.record_id, e.name, e.latin, t.name, t.body, w.words FROM search_entry e "
            "JOIN search_text t ON t.rowid = e.rowid JOIN search_words w ON w.rowid = e.rowid"
        ).all()
    return {tuple(r) for r in rows}


@pytest.fixture
def source(services: Services) -> Services:
    fill(services)
    add_more(services)
    return services


def test_a_first_sync_leaves_the_index_pending_and_search_finds_what_the_full_index_finds(
    source: Services, tmp_path: Path
) -> None:
    with first_sync(source, tmp_path / "device.db") as device:
        state = device.search.index_state()
        assert not state.ready and state.done == 0 and state.total > 20
        with device.db.read() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM search_entry").scalar_one() == 0, "built inline"
        for query in QUERIES:
            assert found(device, query) == found(source, query), query
        assert any(found(source, q)["hits"] for q in QUERIES), "the queries find something"
        assert not found(source, "zzyzx")["hits"]


def test_search_while_the_index_is_half_built_finds_what_the_full_index_finds(source: Services, tmp_path: Path) -> None:
    with first_sync(source, tmp_path / "device.db") as device:
        seen = []
        while True:
            with device.db.write("Prepare search") as w:
                done = index.build_pending(w.conn, 3)
            seen.append(device.search.index_state())
            for query in QUERIES:
                assert found(device, query) == found(source, query), (query, seen[-1])
            if done:
                break
        building = [s.done for s in seen[:-1]]
        assert len(building) > 5 and building == sorted(building) and not any(s.ready for s in seen[:-1])
        assert seen[-1].ready


def test_the_index_built_after_holds_what_a_full_rebuild_holds(source: Services, tmp_path: Path) -> None:
    with first_sync(source, tmp_path / "device.db") as device:
        progress: list[tuple[int, int]] = []
        state = device.search.prepare_index(lambda done, total: progress.append((done, total)), batch=5)
        assert state.ready and device.search.index_state().ready
        assert len(progress) > 3 and progress[-1][0] == progress[-1][1]
        built = index_content(device)
        device.search.rebuild_index()
        assert built == index_content(device)
        assert len(built) == len(index_content(source))
        for query in QUERIES:
            assert found(device, query) == found(source, query), query


def test_an_interrupted_build_resumes_where_it_stopped(
    source: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "device.db"
    first_sync(source, path).close()
    calls = 0
    refresh = index.refresh

    def failing(*args: Any, **kwargs: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 4:
            refresh(*args, **kwargs)  # half of the batch written, then the failure: the batch rolls back whole
            raise OSError("the disk went away")
        refresh(*args, **kwargs)

    with open_database(path, auto_backup=False) as device:
        monkeypatch.setattr(index, "refresh", failing)
        with pytest.raises(OSError, match="disk went away"):
            device.search.prepare_index(batch=2)
        monkeypatch.setattr(index, "refresh", refresh)
        state = device.search.index_state()
        with device.db.read() as conn:
            indexed = conn.exec_driver_sql("SELECT count(*) FROM search_entry").scalar_one()
        assert not state.ready and state.done == 6 and indexed == 6, "three batches of two kept, the fourth undone"
    with open_database(path, auto_backup=False) as device:
        assert device.search.index_state().done == 6
        for query in QUERIES:
            assert found(device, query) == found(source, query), query
        assert device.search.prepare_index().ready
        built = index_content(device)
        device.search.rebuild_index()
        assert built == index_content(device)


def test_a_build_killed_half_way_goes_on_at_the_next_start(source: Services, tmp_path: Path) -> None:
    """kill -9 in the middle of the build: what was committed stays, and the next build finishes it."""
    path = tmp_path / "device.db"
    first_sync(source, path, records_per_page=50).close()
    script = textwrap.dedent(
        f"""
        import sys, time
        from cardfile.services import open_database
        services = open_database({str(path)!r}, auto_backup=False)
        def progress(done, total):
            print(done, total, flush=True)
            time.sleep(0.2)
        services.search.prepare_index(progress, batch=1)
        print("finished", flush=True)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    lines = [process.stdout.readline() for _ in range(3)]
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    assert all(line.strip() and line.split()[0].isdigit() for line in lines), lines
    with open_database(path, auto_backup=False) as device:
        state = device.search.index_state()
        assert not state.ready and state.done >= 3
        for query in QUERIES:
            assert found(device, query) == found(source, query), query
        assert device.search.prepare_index().ready
        built = index_content(device)
        device.search.rebuild_index()
        assert built == index_content(device)


def test_edits_while_the_index_is_pending_are_found_as_they_are_now(source: Services, tmp_path: Path) -> None:
    with first_sync(source, tmp_path / "device.db") as device:
        people = {p.display_name: p.id for p in device.contacts.list()}
        renamed = people["Anna Sigurðardóttir"]
        device.contacts.update(renamed, ContactUpdate(family="Guðmundsdóttir"))
        device.contacts.delete(people["Ivan Ivanov"])
        device.contacts.create(ContactCreate(given="Zofia", family="Nowak"))
        assert not device.search.index_state().ready
        assert renamed in device.search.ids("gudmunds", "contact")
        assert renamed not in device.search.ids("sigurdard", "contact")
        assert people["Ivan Ivanov"] not in [r.id for r in device.search.search("Ivan Ivanov")]
        assert people["Ivan Ivanov"] in [r.id for r in source.search.search("Ivan Ivanov")]
        assert [r.display_name for r in device.search.search("nowak")] == ["Zofia Nowak"]
        expected = {q: found(device, q) for q in [*QUERIES, "gudmunds", "nowak"]}
        assert device.search.prepare_index().ready
        for query, answer in expected.items():
            assert found(device, query) == answer, query


def test_a_snapshot_page_written_behind_the_build_moves_the_mark_back(source: Services, tmp_path: Path) -> None:
    """Records a later page creates with ids the build has passed already are still built (a build and a sync
    that resumes a snapshot take turns)."""
    pages = snapshot_pages(pulled_entries(source), 3)
    with open_database(tmp_path / "device.db", auto_backup=False) as device:
        store = device.db.store
        for page in reversed(pages):  # the highest ids first: the build passes them before the rest arrive
            with device.db.write("Sync") as w:
                replica.Replica(w, account=store.user_id, pushed_seq=0, stamp=store.clock.now).apply_snapshot(
                    page, index=False
                )
            with device.db.write("Prepare search") as w:
                index.build_pending(w.conn, 2)
        assert device.search.prepare_index().ready
        assert len(index_content(device)) == len(index_content(source))
        for query in QUERIES:
            assert found(device, query) == found(source, query), query


def test_a_database_check_does_not_call_a_pending_index_damaged(source: Services, tmp_path: Path) -> None:
    with first_sync(source, tmp_path / "device.db") as device, device.db.read() as conn:
        assert index.check_entries(conn) == []
