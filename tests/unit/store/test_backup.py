"""Backups: consistent copies made while others write, daily rotation, and the automatic backup on opening."""

from __future__ import annotations

import gzip
import os
import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from cardfile import paths
from cardfile.domain.errors import BackupFailed, DatabaseCorrupt
from cardfile.domain.models import ContactCreate, validate
from cardfile.domain.values import RecordType
from cardfile.services import open_database
from cardfile.services.maintenance import restore_database
from cardfile.store import backup
from tests.helpers import add_contact

TODAY = date(2030, 3, 4)


def at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def read(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """Rows of a database or a backup (a daily one is compressed: read from an uncompressed copy)."""
    with backup.unpacked(path, path.parent) as plain:
        conn = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute(sql).fetchall()
        finally:
            conn.close()


def given_names(path: Path) -> list[str]:
    return [r[0] for r in read(path, "SELECT given FROM contact ORDER BY given")]


def consistent(path: Path) -> int:
    """A backup is one moment of the database: every contact has its change records and its search entry."""
    assert read(path, "PRAGMA integrity_check") == [("ok",)]
    contacts = read(path, "SELECT count(*) FROM contact")[0][0]
    logged = read(path, "SELECT count(DISTINCT record_id) FROM change WHERE record_type = 'contact'")[0][0]
    indexed = read(path, "SELECT count(*) FROM search_entry WHERE record_type = 'contact'")[0][0]
    actions = read(path, "SELECT count(*) FROM action")[0][0]
    assert contacts == logged == indexed
    assert actions >= contacts  # one action per contact written one at a time (plus the seed-free start)
    return contacts


# ----- copies -----


def test_a_backup_is_a_self_contained_copy(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path, auto_backup=False) as services:
        add_contact(services, given="Ada")
        target = services.maintenance.backup(tmp_path / "out" / "copy.cardfile-backup")
        assert target == tmp_path / "out" / "copy.cardfile-backup"
        in_folder = services.maintenance.backup(tmp_path / "out")
    assert in_folder.parent == tmp_path / "out" and in_folder.name.endswith(".cardfile-backup")
    for copy in (target, in_folder):
        assert given_names(copy) == ["Ada"]
        assert read(copy, "PRAGMA journal_mode") == [("delete",)]
        assert not Path(f"{copy}-wal").exists()
    assert not list((tmp_path / "out").glob("*.partial"))


def test_a_backup_leaves_out_what_another_connection_has_not_committed(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as services, open_database(db_path, auto_backup=False) as other:
        add_contact(services, given="Committed")
        with other.db.write("Add contact") as w:
            other.contacts.insert_many(w, [validate(ContactCreate, given="Pending")])
            copy = services.maintenance.backup(tmp_path / "during.cardfile-backup")
        assert given_names(copy) == ["Committed"]
        consistent(copy)
        assert services.contacts.count() == 2


def test_backups_are_consistent_while_another_process_keeps_writing(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path, auto_backup=False) as services:
        add_contact(services, given="First")
    first_write, copied_once = threading.Event(), threading.Event()
    failure: list[BaseException] = []

    def keep_writing() -> None:
        try:
            with open_database(db_path, auto_backup=False) as writer:
                for n in range(150):
                    add_contact(writer, given=f"Writer {n:03d}", emails=[{"value": f"w{n}@example.org"}])
                    first_write.set()
                    if n == 74:  # half-way, make sure a copy is taken while there is more to write
                        copied_once.wait(timeout=60)
        except BaseException as exc:  # reported to the main thread below
            failure.append(exc)
            first_write.set()

    with open_database(db_path) as services:
        thread = threading.Thread(target=keep_writing)
        thread.start()
        first_write.wait(timeout=60)
        counts = []
        while thread.is_alive():
            copy = services.maintenance.backup(tmp_path / f"live-{len(counts)}.cardfile-backup")
            counts.append(consistent(copy))
            copied_once.set()
        thread.join()
        counts.append(consistent(services.maintenance.backup(tmp_path / "after.cardfile-backup")))
    assert failure == []
    assert counts == sorted(counts) and 2 <= counts[0] <= 76 and counts[-1] == 151


def test_a_failed_copy_is_a_typed_error_and_leaves_no_partial_file(db_path: Path, tmp_path: Path) -> None:
    """Regression: when the target folder could not be made, tidying up raised NotADirectoryError instead."""
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(BackupFailed) as caught:
        backup.copy_database(db_path, blocker / "copy.cardfile-backup")
    assert caught.value.environment
    with pytest.raises(BackupFailed):
        backup.copy_database(tmp_path / "missing.db", tmp_path / "copy.cardfile-backup")
    assert not (tmp_path / "copy.cardfile-backup").exists()
    assert not list(tmp_path.glob("*.partial")), "no temporary copy is left behind"


# ----- rotation -----


def test_rotation_keeps_seven_daily_backups(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
    folder = tmp_path / "backups"
    folder.mkdir()
    for days_ago in range(1, 10):
        (folder / f"cardfile-{TODAY - timedelta(days=days_ago)}.cardfile-backup").write_bytes(b"old")
    (folder / "notes.txt").write_text("not a backup: left alone")
    made = backup.rotate(db_path, folder, TODAY)
    assert made == folder / f"cardfile-{TODAY}.cardfile-backup.gz"
    assert given_names(made) == ["Ada"]
    kept = [d for d, _ in backup.daily_backups(folder)]
    assert kept == [TODAY - timedelta(days=n) for n in range(6, -1, -1)]
    assert (folder / "notes.txt").exists()


def test_rotation_skips_a_day_that_has_its_backup(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
    folder = tmp_path / "backups"
    first = backup.rotate(db_path, folder, TODAY)
    assert first is not None
    stamp = first.stat().st_mtime_ns
    with open_database(db_path) as services:
        add_contact(services, given="Bob")
    assert backup.rotate(db_path, folder, TODAY) is None
    assert first.stat().st_mtime_ns == stamp and given_names(first) == ["Ada"]
    assert backup.rotate(db_path, folder, TODAY + timedelta(days=1)) is not None
    assert len(backup.daily_backups(folder)) == 2


def test_rotation_with_a_smaller_keep(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path, auto_backup=False):
        pass
    folder = tmp_path / "backups"
    for n in range(5):
        backup.rotate(db_path, folder, TODAY + timedelta(days=n), keep=2)
    assert [d for d, _ in backup.daily_backups(folder)] == [TODAY + timedelta(days=3), TODAY + timedelta(days=4)]


# ----- the daily backup -----


def test_the_daily_backup_comes_after_the_work_never_at_open(db_path: Path) -> None:
    """Regression: opening made the day's backup before anything else, so a copy that could not be made (a full
    disk) failed even a read. It is made on leaving the `with` block now, after the work, and only if the work
    raised nothing."""
    folder = paths.backup_dir_for(db_path)
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        add_contact(services, given="Ada")
    assert not folder.exists() and services.daily_backup is None  # a new database has nothing to back up
    with pytest.raises(RuntimeError), open_database(db_path, now=lambda: at(TODAY)):
        raise RuntimeError("the command failed")
    assert not folder.exists(), "no backup after a failed command"
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        assert not folder.exists(), "none before the work"
        add_contact(services, given="Bob")
    assert services.daily_backup is not None and services.daily_backup.warning is None
    made = services.daily_backup.made
    assert made == folder / f"cardfile-{TODAY}.cardfile-backup.gz"
    assert given_names(made) == ["Ada", "Bob"]  # taken after the work
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        pass
    assert services.daily_backup is not None and services.daily_backup.made is None  # today's is there


def test_opening_without_auto_backup_makes_none(db_path: Path) -> None:
    with open_database(db_path):
        pass
    with open_database(db_path, auto_backup=False) as services:
        pass
    assert services.daily_backup is None
    assert not paths.backup_dir_for(db_path).exists()


def test_the_daily_backup_is_made_once_a_day(db_path: Path) -> None:
    folder = paths.backup_dir_for(db_path)
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        add_contact(services, given="Ada")
        made = services.maintenance.daily_backup()
        assert made == folder / f"cardfile-{TODAY}.cardfile-backup.gz"
        add_contact(services, given="Bob")
        assert services.maintenance.daily_backup() is None  # today's is there
        assert services.maintenance.backups() == [made]
    assert given_names(made) == ["Ada"]
    with open_database(db_path, now=lambda: at(TODAY + timedelta(days=1))) as services:
        assert services.maintenance.try_daily_backup().warning is None
        newest = services.maintenance.backups()[-1]
    assert given_names(newest) == ["Ada", "Bob"]


def test_a_daily_backup_that_cannot_be_made_is_a_warning(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        add_contact(services, given="Ada")
        paths.backup_dir_for(db_path).write_text("a file where the backup folder should be")
        tried = services.maintenance.try_daily_backup()
        warning = tried.warning
        assert services.contacts.count() == 1
    assert tried.made is None and warning is not None and warning.environment
    assert warning.params["path"] == str(db_path)
    assert "was not made" in warning.message and "tried again" in warning.message


def test_the_copies_of_two_processes_never_meet(db_path: Path, tmp_path: Path) -> None:
    """Regression: every copy was written to `TARGET.partial`, so a second process making the same backup deleted
    the first one's copy half-way. Each copy now has a temporary file of its own, and a copy left by a process
    that died long ago is cleared away while a live one is left alone."""
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
    folder = tmp_path / "backups"
    folder.mkdir()
    live = folder / f".cardfile-{TODAY}.cardfile-backup.x1y2z3.partial"
    live.write_bytes(b"another process is writing this copy")
    dead = folder / f".cardfile-{TODAY - timedelta(days=3)}.cardfile-backup.a1b2c3.partial"
    dead.write_bytes(b"left by kill -9")
    long_ago = (datetime.now() - timedelta(hours=2)).timestamp()
    os.utime(dead, (long_ago, long_ago))

    made = backup.rotate(db_path, folder, TODAY)

    assert made is not None and given_names(made) == ["Ada"]
    assert live.read_bytes() == b"another process is writing this copy"
    assert not dead.exists()


def test_a_backup_opens_as_a_database_of_its_own(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path) as services:
        contact = add_contact(services, given="Ada", emails=[{"value": "ada@example.org"}])
        copy = services.maintenance.backup(tmp_path / "copy.cardfile-backup")
    with open_database(copy, auto_backup=False) as restored:
        assert restored.contacts.get(contact).emails[0]["value"] == "ada@example.org"
        assert [r.id for r in restored.search.search("ada@")] == [contact]
        assert restored.maintenance.check().ok
        assert restored.history.field_changes(contact)[0].record_type == RecordType.CONTACT.value


# ----- compressed daily copies (#14) -----


def people(n: int) -> list[ContactCreate]:
    return [
        validate(
            ContactCreate,
            given=f"Person{i}",
            family=["Jónsdóttir", "Петрова", "山田", "Smith"][i % 4],
            emails=[{"value": f"person{i}@example.org"}],
            phones=[{"value": f"+354 555 {i:04d}"}],
            title="Head of purchasing",
            department="Sales",
        )
        for i in range(n)
    ]


def test_a_week_of_daily_backups_takes_less_room_than_two_copies(db_path: Path) -> None:
    """#14: seven full copies kept a week multiplied the database's size by eight on the disk (7.7 GB for 1.1 GB).
    The daily copies are compressed: a week of them (the clock moved a day at a time, a change each day) takes
    less room than two copies of the database."""
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        services.contacts.create_many(people(2_000))
    folder = paths.backup_dir_for(db_path)
    for day in range(9):
        when = at(TODAY + timedelta(days=day))
        with open_database(db_path, now=lambda when=when: when) as services:  # type: ignore[misc]
            add_contact(services, given=f"Day{day}")
        assert services.daily_backup is not None and services.daily_backup.warning is None
    kept = backup.daily_backups(folder)
    assert [d for d, _ in kept] == [TODAY + timedelta(days=n) for n in range(2, 9)]
    assert all(p.name.endswith(".cardfile-backup.gz") for _, p in kept)
    week = sum(p.stat().st_size for _, p in kept)
    size = db_path.stat().st_size
    assert week < 2 * size, f"a week of backups {week:,} bytes, the database {size:,}"
    assert len(given_names(kept[-1][1])) == 2_000 + 9  # the last day's copy was made after that day's work


def test_yesterdays_daily_backup_is_restored_in_one_step(db_path: Path) -> None:
    """A compressed daily copy is restored as it is (`restore_database`, which `cardfile db restore` runs); the
    replaced database is kept, and no uncompressed temporary file is left beside it."""
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        add_contact(services, given="Ada")
        made = services.maintenance.daily_backup()
        add_contact(services, given="Bob")
    assert made is not None and backup.is_compressed(made)
    kept = restore_database(db_path, made)
    assert given_names(db_path) == ["Ada"] and kept is not None and given_names(kept) == ["Ada", "Bob"]
    assert sorted(p.name for p in db_path.parent.iterdir() if ".unpacked" in p.name) == []
    with open_database(db_path, auto_backup=False) as restored:
        assert restored.maintenance.check().ok


def test_a_restore_killed_midway_leaves_no_uncompressed_copy_for_long(db_path: Path) -> None:
    """A restore killed while it had a compressed backup uncompressed beside the database (kill -9, power cut) left
    that copy, as big as the database, for good. The next restore clears copies left long ago, and leaves a young
    one alone (another restore may be reading it)."""
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        add_contact(services, given="Ada")
        made = services.maintenance.daily_backup()
    assert made is not None
    dead = db_path.parent / f".{made.name}.k1l2m3.unpacked"
    dead.write_bytes(b"left by kill -9")
    long_ago = (datetime.now() - timedelta(hours=2)).timestamp()
    os.utime(dead, (long_ago, long_ago))
    young = db_path.parent / f".{made.name}.n4o5p6.unpacked"
    young.write_bytes(b"another restore is reading this")

    restore_database(db_path, made)

    assert given_names(db_path) == ["Ada"]
    assert not dead.exists()
    assert young.read_bytes() == b"another restore is reading this"


def test_a_daily_backup_is_a_plain_gzip_file_of_the_database(db_path: Path) -> None:
    """Whoever has no Cardfile at hand gets the database back with `gunzip`."""
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        add_contact(services, given="Ada")
        made = services.maintenance.daily_backup()
    assert made is not None
    with gzip.open(made, "rb") as f:
        assert f.read(16) == b"SQLite format 3\x00"


def test_a_damaged_compressed_backup_is_refused_and_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    with open_database(db_path, now=lambda: at(TODAY)) as services:
        add_contact(services, given="Ada")
        made = services.maintenance.daily_backup()
    assert made is not None
    cut = tmp_path / "cut.cardfile-backup.gz"
    cut.write_bytes(made.read_bytes()[: made.stat().st_size // 2])
    before = db_path.read_bytes()
    with pytest.raises(DatabaseCorrupt, match="compressed copy is damaged"):
        restore_database(db_path, cut)
    assert db_path.read_bytes() == before
    assert [p.name for p in db_path.parent.iterdir() if ".unpacked" in p.name] == []


def test_one_process_at_a_time_makes_the_days_copy(db_path: Path, tmp_path: Path) -> None:
    """Regression guard for the lock (#14): while one process holds the backup folder's lock (making the day's
    copy), another does not start a second copy of the whole database; it makes it once the lock is free."""
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
    folder = tmp_path / "backups"
    folder.mkdir()
    fd = os.open(folder / backup.LOCK_NAME, os.O_RDWR | os.O_CREAT)
    try:
        fcntl = pytest.importorskip("fcntl")
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert backup.rotate(db_path, folder, TODAY) is None
        assert backup.daily_backups(folder) == []
        assert not backup.wait_for_daily_worker(folder, timeout=0.1)
    finally:
        os.close(fd)
    assert backup.wait_for_daily_worker(folder, timeout=1)
    assert backup.rotate(db_path, folder, TODAY) is not None


def test_the_command_line_names_the_worker_as_the_store_does() -> None:
    from cardfile.cli import main

    assert main.DAILY_WORKER_WORD == backup.DAILY_WORKER_WORD


@pytest.mark.parametrize(
    "arguments",
    [[], ["db", "folder"], ["db", "folder", "yesterday", "7"], ["db", "folder", "2026-12-06", "seven"],
     ["db", "folder", "2026-12-06", "987654"], ["db", "folder", "2026-12-06", "3", "extra"]],
)  # fmt: skip
def test_the_backup_worker_typed_by_hand_says_so_in_one_line_and_touches_nothing(
    arguments: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: `cardfile __daily-backup` with missing or malformed arguments ended in an IndexError traceback."""
    from cardfile.cli import main

    monkeypatch.chdir(tmp_path)  # where "db" and "folder" would be made
    assert main.main([main.DAILY_WORKER_WORD, *arguments]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("cardfile: __daily-backup is started by cardfile itself")
    assert "Traceback" not in err and list(tmp_path.iterdir()) == []


def test_a_daily_copy_left_by_a_killed_process_goes_with_the_next_copy(db_path: Path, tmp_path: Path) -> None:
    """A process making the day's copy killed half-way (`kill -9`) leaves its temporary files, a database's size:
    the next process to hold the lock removes them at once (not an hour later) and makes the copy."""
    with open_database(db_path) as services:
        add_contact(services, given="Ada")
    folder = tmp_path / "backups"
    folder.mkdir()
    left = [
        folder / f".cardfile-{TODAY}.cardfile-backup.gz.k9a1b2.partial",
        folder / f".cardfile-{TODAY}.cardfile-backup.gz.k9c3d4.partial",
    ]
    for path in left:
        path.write_bytes(b"half a copy")
    by_hand = folder / ".mine.cardfile-backup.q1w2e3.partial"  # `db backup` into this folder, still writing
    by_hand.write_bytes(b"a copy made by hand")
    made = backup.rotate(db_path, folder, TODAY)
    assert made is not None and given_names(made) == ["Ada"]
    assert [p for p in left if p.exists()] == []
    assert by_hand.exists()
