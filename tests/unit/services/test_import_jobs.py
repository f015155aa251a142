"""An import as a job: batches that each commit, the label contacts' histories show, one step to undo and redo,
cancel and failure that roll back cleanly, progress, and parsing in a second process."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.models import ContactUpdate, validate
from cardfile.domain.phones import search_keys
from cardfile.domain.values import RecordType
from cardfile.interchange import CardData, write_vcard
from cardfile.interchange.reading import Chunk, SourceFile, check_source, phone_keys, send_chunks
from cardfile.services import Services, importer, open_database
from cardfile.services.importer import ImportPartlyKept, ImportProgress
from cardfile.store import search
from tests.helpers import add_contact
from tests.unit.changelog import Rows, assert_log_replays, changes_logged, snapshot


def write_cards(path: Path, count: int, **common: Any) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        for n in range(count):
            out.write(write_vcard(CardData(given=f"Person {n}", emails=[{"value": f"p{n}@x.io"}], **common)))
    return path


def job_actions(services: Services, job_id: str) -> list[tuple[str, str | None]]:
    with services.db.read() as conn:
        return [
            (label, undone_by)
            for label, undone_by in conn.exec_driver_sql(
                "SELECT label, undone_by FROM action WHERE job_id = ? ORDER BY created_at, rowid", (job_id,)
            )
        ]


def live_names(services: Services) -> list[str]:
    return sorted(c.display_name for c in services.contacts.list())


def test_a_large_import_commits_in_batches_of_one_job(services: Services, tmp_path: Path) -> None:
    path = write_cards(tmp_path / "team.vcf", 10)
    seen: list[ImportProgress] = []
    report = services.importer.import_files(path, batch_size=3, progress=seen.append)
    assert report.imported == 10
    assert job_actions(services, report.job_id) == [("Imported from team.vcf", None)] * 4  # 3 + 3 + 3 + 1
    assert [p.cards for p in seen] == [3, 6, 9, 10]
    assert [p.imported for p in seen] == [3, 6, 9, 10]
    assert seen[-1].fraction == 1.0 and seen[-1].bytes_total == path.stat().st_size


def test_the_history_of_imported_and_updated_contacts_names_the_file(services: Services, tmp_path: Path) -> None:
    ann = add_contact(services, given="Ann", emails=[{"value": "p0@x.io"}])
    report = services.importer.import_files(write_cards(tmp_path / "crm export.vcf", 2, title="Buyer"))
    assert (report.imported, report.updated) == (1, 1)
    title_changes = [c for c in services.history.field_changes(ann) if c.field == "title"]
    assert [(c.value, c.action_label) for c in title_changes] == [("Buyer", "Imported from crm export.vcf")]
    (other,) = [c for c in services.contacts.list() if c.id != ann]
    labels = {c.action_label for c in services.history.field_changes(other.id)}
    assert labels == {"Imported from crm export.vcf"}


def test_undo_takes_back_the_whole_import_in_one_step(services: Services, tmp_path: Path) -> None:
    ann = add_contact(services, given="Ann", emails=[{"value": "p0@x.io"}], title="Owner")
    bob = add_contact(services, given="Bob")
    report = services.importer.import_files(write_cards(tmp_path / "team.vcf", 7, nickname="Imported"), batch_size=2)
    assert services.contacts.count() == 8 and services.contacts.get(ann).nickname == "Imported"

    undo = services.history.undo()
    assert undo.label == "Undo Imported from team.vcf"
    assert live_names(services) == ["Ann", "Bob"]
    assert services.contacts.get(ann).nickname == "" and services.contacts.get(ann).title == "Owner"
    assert all(undone == undo.id for _, undone in job_actions(services, report.job_id))
    assert services.history.actions(limit=1)[0].is_undo

    services.history.redo()
    assert services.contacts.count() == 8 and services.contacts.get(ann).nickname == "Imported"
    services.history.undo()  # the redo is one step again
    assert live_names(services) == ["Ann", "Bob"]
    services.history.undo()  # and what came before the import is undone as before
    assert live_names(services) == ["Ann"] and services.contacts.get(bob).deleted


def test_undo_of_any_batch_of_an_import_takes_back_the_whole_job(services: Services, tmp_path: Path) -> None:
    report = services.importer.import_files(write_cards(tmp_path / "team.vcf", 5), batch_size=2)
    edited = add_contact(services, given="Later")
    first_batch = services.history.actions(limit=10)[-1]
    assert first_batch.label == "Imported from team.vcf"
    services.history.undo(first_batch.id)
    assert live_names(services) == ["Later"] and not services.contacts.get(edited).deleted
    assert services.history.undo_job(report.job_id) == 0  # nothing of the job is left to undo


def test_undo_job_keeps_counting_the_batches_it_undid(services: Services, tmp_path: Path) -> None:
    report = services.importer.import_files(write_cards(tmp_path / "team.vcf", 5), batch_size=2)
    assert services.history.undo_job(report.job_id) == 3
    assert services.contacts.count() == 0 and services.contacts.count(deleted=True) == 5


def test_cancel_between_batches_rolls_back_everything(services: Services, tmp_path: Path) -> None:
    ann = add_contact(services, given="Ann", emails=[{"value": "p1@x.io"}])
    cancel = threading.Event()
    seen: list[int] = []

    def progress(step: ImportProgress) -> None:
        seen.append(step.cards)
        if step.cards >= 4:
            cancel.set()  # as the Cancel button does, from another thread, while the import runs

    report = services.importer.import_files(
        write_cards(tmp_path / "team.vcf", 10, title="Imported"), batch_size=2, progress=progress, cancel=cancel
    )
    assert report.cancelled and (report.imported, report.updated) == (0, 0)
    assert seen == [2, 4]  # two batches were written, then the import stopped
    assert live_names(services) == ["Ann"] and services.contacts.get(ann).title == ""
    assert services.search.search("Person") == []
    assert all(undone is not None for _, undone in job_actions(services, report.job_id))


def test_cancel_before_the_first_batch_writes_nothing(services: Services, tmp_path: Path) -> None:
    report = services.importer.import_files(write_cards(tmp_path / "team.vcf", 3), cancel=lambda: True)
    assert report.cancelled
    with services.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM action").scalar_one() == 0


def test_a_failure_part_way_rolls_back_what_was_written(services: Services, tmp_path: Path) -> None:
    def progress(step: ImportProgress) -> None:
        if step.cards >= 4:
            raise RuntimeError("the disk went away")

    with pytest.raises(RuntimeError, match="disk went away"):
        services.importer.import_files(write_cards(tmp_path / "team.vcf", 9), batch_size=2, progress=progress)
    assert services.contacts.count() == 0


def test_a_cancel_that_cannot_be_taken_back_says_what_stayed_and_which_undo_removes_it(
    services: Services, db_path: Path, tmp_path: Path
) -> None:
    """Cancelling takes back the batches written so far; when the database will not take the undo (another
    program holds its write lock), the person is told what stayed instead of hearing that nothing did."""
    holder = sqlite3.connect(db_path, isolation_level=None)

    def progress(step: ImportProgress) -> None:
        if step.cards >= 4:
            holder.execute("BEGIN IMMEDIATE")  # another program starts writing, and keeps at it

    try:
        with pytest.raises(ImportPartlyKept) as caught:
            services.importer.import_files(
                write_cards(tmp_path / "team.vcf", 9),
                batch_size=2,
                progress=progress,
                cancel=lambda: holder.in_transaction,
            )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = caught.value.message
    assert "The import was cancelled, but what it had written could not be taken back" in message
    assert "locked" in message and "4 new contacts," in message
    assert services.contacts.count() == 4
    action = caught.value.params["action"]
    assert f"`cardfile undo {action}` takes all of it back" in message
    services.history.undo(action)
    assert services.contacts.count() == 0


def test_parsing_in_a_second_process_gives_the_same_import(services: Services, tmp_path: Path) -> None:
    first = write_cards(tmp_path / "a.vcf", 40, company="Acme")
    second = tmp_path / "b.csv"
    second.write_text("Name,Email\nZed Zulu,zed@x.io\nPerson 3,p3@x.io\n", encoding="utf-8")
    report = services.importer.import_files([first, second], parallel=True, batch_size=16)
    assert (report.imported, report.updated, report.skipped) == (41, 0, 1)
    assert services.contacts.count() == 41
    assert len(job_actions(services, report.job_id)) == 4  # 16 + 16 + 8 of a.vcf, 1 of b.csv
    zed = [c for c in services.contacts.list() if c.display_name == "Zed Zulu"]
    assert len(zed) == 1 and zed[0].emails[0]["value"] == "zed@x.io"


def test_an_import_does_not_undo_edits_made_before_it(services: Services, tmp_path: Path) -> None:
    ann = add_contact(services, given="Ann", emails=[{"value": "p0@x.io"}])
    services.contacts.update(ann, validate(ContactUpdate, title="Owner"))
    services.importer.import_files(write_cards(tmp_path / "team.vcf", 2, department="Sales"))
    services.history.undo()
    assert services.contacts.get(ann).title == "Owner" and services.contacts.get(ann).department == ""


def test_undo_of_an_import_that_merged_into_contacts_it_had_created(services: Services, tmp_path: Path) -> None:
    """A record created by one batch and changed by a later one is taken back whole, to the Trash."""
    path = tmp_path / "twice.vcf"
    path.write_text(
        write_vcard(CardData(given="Ann", emails=[{"value": "ann@x.io"}]))
        + write_vcard(CardData(given="Ann", title="CEO", emails=[{"value": "ann@x.io"}])),
        encoding="utf-8",
        newline="",
    )
    report = services.importer.import_files(path, batch_size=1)
    assert (report.imported, report.updated) == (1, 1) and len(job_actions(services, report.job_id)) == 2
    services.history.undo()
    assert services.contacts.count() == 0 and services.contacts.count(deleted=True) == 1
    services.history.redo()
    (ann,) = services.contacts.list()
    assert ann.title == "CEO"


def test_undo_of_a_large_import_leaves_nothing_of_it(services: Services, seed: Rows, tmp_path: Path) -> None:
    """Undo moves everything the import created to the Trash, several hundred records per statement, and gives
    the records it merged into back their earlier values; every live record is then as before the import, the
    search finds nothing of the import, and the change log explains every row (a new device would rebuild it)."""
    ann = add_contact(services, given="Ann", emails=[{"value": "p3@x.io"}], title="Owner")
    path = tmp_path / "big.vcf"
    with path.open("w", encoding="utf-8", newline="") as out:
        for n in range(1200):  # more than the 500 records a statement of the undo names
            company = f"Firm {n % 7}" if n % 2 else ""
            out.write(write_vcard(CardData(given=f"Zora{n}", emails=[{"value": f"p{n}@x.io"}], company=company)))
    before = snapshot(services)
    report = services.importer.import_files(path, batch_size=400)
    assert (report.imported, report.updated, report.companies_created) == (1199, 1, 7)

    with changes_logged(services) as check:
        services.history.undo()
    after = snapshot(services)
    for record_type, rows in after.rows.items():
        for record_id, row in rows.items():
            earlier = before.rows[record_type].get(record_id)
            if earlier is None:  # the import created it: in the Trash now
                assert row["deleted_at"] is not None, (record_type, record_id)
            else:
                assert {k: v for k, v in row.items() if k != "updated_at"} == {
                    k: v for k, v in earlier.items() if k != "updated_at"
                }
    assert check.records(RecordType.CONTACT) == set(after.rows[RecordType.CONTACT])  # ann among them
    assert services.contacts.count(deleted=True) == 1199 and len(services.companies.ids(deleted=True)) == 7
    assert services.search.search("Zora") == [] and services.search.search("Firm") == []
    assert [r.id for r in services.search.search("Ann")] == [ann]
    assert assert_log_replays(services, seed) > 0


def test_undo_of_an_import_that_is_most_of_the_index_rebuilds_it_from_what_stays(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Undoing an import that is most of the search index makes the index anew from the entries that stay (as an
    undo of 100,000 cards does) instead of deleting each entry: what stays is found as before, none of the import
    is, the index keeps its settings, and a redo indexes the import again."""
    monkeypatch.setattr(search, "_REBUILD_AT", 50)
    ann = add_contact(services, given="Ann", family="Þórsdóttir", emails=[{"value": "ann@x.io"}])
    path = tmp_path / "big.vcf"
    with path.open("w", encoding="utf-8", newline="") as out:
        for n in range(300):
            out.write(write_vcard(CardData(given=f"Zora{n}", family="Ólafsdóttir", phones=[{"value": f"555 {n:04d}"}])))
    services.importer.import_files(path, batch_size=100)
    assert len(services.search.search("Zora1")) > 1

    services.history.undo()
    assert services.search.search("Zora") == [] and services.search.search("555") == []
    assert [r.id for r in services.search.search("órsd")] == [ann]  # trigram index
    assert [r.id for r in services.search.search("an")] == [ann]  # the words index, short queries
    assert [r.id for r in services.search.search("ann@x")] == [ann]
    with services.db.read() as conn:
        for table in ("search_text", "search_words"):
            assert conn.exec_driver_sql(f"SELECT v FROM {table}_config WHERE k = 'automerge'").scalar_one() == 16
            assert conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() == 1
        assert conn.exec_driver_sql("SELECT count(*) FROM search_entry").scalar_one() == 1

    services.history.redo()
    with services.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM search_entry").scalar_one() == 301
    (zora,) = [c.id for c in services.contacts.list() if c.given == "Zora17"]
    assert zora in [r.id for r in services.search.search("Zora17")]
    assert [r.display_name for r in services.search.search("555 0042")] == ["Zora42 Ólafsdóttir"]


# ----- the reading process takes the parsing of phone numbers off the importer when the importer is behind -----


class _Queue:
    """What send_chunks needs of a multiprocessing queue: how many messages wait (which a queue on macOS cannot
    tell, `waiting=None`), whether it is full, and put."""

    def __init__(self, *, waiting: int | None = 0, full: bool = False) -> None:
        self.waiting = waiting
        self.is_full = full
        self.messages: list[Any] = []

    def qsize(self) -> int:
        if self.waiting is None:
            raise NotImplementedError
        return self.waiting

    def full(self) -> bool:
        return self.is_full

    def put(self, message: Any) -> None:
        self.messages.append(message)


PHONES = [{"value": "030 1234567"}, {"value": "+49 170 7654321"}, {"value": "(0)30 99 88 77"}]


def phone_cards(path: Path, count: int) -> Path:
    return write_cards(path, count, phones=PHONES, company="Acme")


@pytest.mark.parametrize(
    ("waiting", "full", "behind"),
    [
        (2, False, True),
        (1, False, False),  # the importer would run dry while the reader did its work
        (None, True, True),
        (None, False, False),
    ],
)
def test_the_reader_works_out_phone_search_keys_while_the_importer_is_behind(
    tmp_path: Path, waiting: int | None, full: bool, behind: bool
) -> None:
    source = check_source(SourceFile(str(phone_cards(tmp_path / "a.vcf", 3)), "a.vcf", "vcard"))
    queue = _Queue(waiting=waiting, full=full)
    send_chunks([source], 2, queue, "DE")
    *chunks, done = queue.messages
    assert [len(chunk.items) for chunk in chunks] == [2, 1] and type(done).__name__ == "_Done"
    expected = {p["value"]: search_keys(p["value"], "DE") for p in PHONES} if behind else None
    assert [chunk.phone_keys for chunk in chunks] == [expected, expected]


@pytest.mark.parametrize("changed_to", [None, "US"])
def test_phone_keys_from_the_reader_index_as_the_importer_would(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, changed_to: str | None
) -> None:
    """The reader works out keys for the database's default country, and the index uses them instead of parsing
    the numbers again, unless the default country changed meanwhile. Either way the index is the one an import
    without them builds."""
    path = phone_cards(tmp_path / "phones.vcf", 5)
    read_in_process = importer.read_in_process

    def indexed(name: str, country: str, *, keys: bool) -> list[tuple[str, str]]:
        with open_database(tmp_path / name) as services:
            services.settings.set_default_country(country)

            def reader_with_keys(sources: list[SourceFile], chunk_size: int) -> Iterator[Chunk]:
                if changed_to:  # the person picks another country in the app while the import runs
                    services.settings.set_default_country(changed_to)
                for chunk in read_in_process(sources, chunk_size):
                    yield chunk._replace(phone_keys=phone_keys(chunk.items, country))

            with monkeypatch.context() as patch:
                if keys:
                    patch.setattr(importer, "read_in_process", reader_with_keys)
                services.importer.import_files(path, batch_size=2)
            with services.db.read() as conn:
                return conn.exec_driver_sql("SELECT name, body FROM search_text ORDER BY name").all()

    plain = indexed("plain.db", changed_to or "DE", keys=False)
    parsed: list[str] = []

    def counted_search_keys(number: str, country: str | None = None) -> tuple[str, ...]:
        parsed.append(number)
        return search_keys(number, country)

    monkeypatch.setattr(search.phones, "search_keys", counted_search_keys)
    assert indexed("with keys.db", "DE", keys=True) == plain
    assert len(parsed) == (15 if changed_to else 0)
