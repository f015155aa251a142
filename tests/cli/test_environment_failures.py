"""The command line as an unlucky user meets it: `kill -9` mid-import, a full disk, two processes at once, a
read-only folder. Every case runs the real `cardfile` entry point in its own process, on real files."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil
import pytest

from cardfile import paths
from cardfile.services.importer import BACKGROUND_BYTES
from cardfile.store import backup
from tests.disks import SmallDisk, read_only_folder
from tests.helpers import ROOT, run_cli


def write_cards(path: Path, count: int, *, start: int = 0, note_words: int = 10) -> Path:
    """`count` plain vCards; with the default note each card takes about 260 bytes."""
    with path.open("w", encoding="utf-8", newline="") as out:
        for n in range(start, start + count):
            out.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"FN:Person {n} Example\r\nN:Example;Person {n};;;\r\nEMAIL:p{n}@example.com\r\n"
                f"TEL:+1 555 {n:07d}\r\nNOTE:{'lorem ipsum ' * note_words}\r\nEND:VCARD\r\n"
            )
    return path


def start_cli(args: list[str], db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "cardfile", "--db", str(db), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def contact_count(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:  # not created yet
        return 0


# ----- kill -9 -----


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 is a POSIX signal; Windows ends the reader likewise")
def test_the_import_reading_process_dies_with_a_killed_import(tmp_path: Path, db_path: Path) -> None:
    """Regression: after `kill -9` of `cardfile import` its reading process lived on for good, stuck putting a
    chunk on a queue nobody read, holding the input file open."""
    cards = write_cards(tmp_path / "big.vcf", 20_000)
    assert cards.stat().st_size > BACKGROUND_BYTES, "big enough to be read in a second process"
    importer = start_cli(["import", str(cards)], db_path)
    try:
        deadline = time.monotonic() + 120
        while contact_count(db_path) == 0:  # the reader is busy once the first batch has been written
            assert importer.poll() is None, importer.stderr.read() if importer.stderr else ""
            assert time.monotonic() < deadline, "the import never wrote its first batch"
            time.sleep(0.1)
        readers = [
            child for child in psutil.Process(importer.pid).children() if "spawn_main" in " ".join(child.cmdline())
        ]
        assert len(readers) == 1, "a large import reads in a second process"
        (reader,) = readers
        os.kill(importer.pid, signal.SIGKILL)
        importer.wait(timeout=30)
        gone, alive = psutil.wait_procs([reader], timeout=15)
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.wait()
        if importer.stderr is not None:
            importer.stderr.close()
    for leftover in alive:  # never leave a process behind, even when the test fails
        leftover.kill()
    assert alive == [], "the reader outlived the import it was reading for"
    assert gone == [reader]


# ----- the daily backup never fails a command -----


def make_database(db: Path, *, padding_mb: int = 0) -> None:
    """A database with one contact (made by the command line, so it has no daily backup yet), padded with a
    table of random bytes so that copying it takes a while."""
    made = run_cli(["contact", "add", "--given", "Anna", "--family", "Berg"], db=db)
    assert made.returncode == 0, made.stderr
    if padding_mb:
        conn = sqlite3.connect(db)
        try:
            conn.execute("CREATE TABLE padding (bytes BLOB)")
            conn.executemany("INSERT INTO padding VALUES (randomblob(1 << 20))", [()] * padding_mb)
            conn.commit()
        finally:
            conn.close()


def backups_of(db: Path) -> tuple[list[Path], list[Path]]:
    """(the daily backups, temporary copies left lying about) in the database's backup folder, once the process
    making the day's copy (which the command did not wait for) is done."""
    folder = paths.backup_dir_for(db)
    if not folder.exists():
        return [], []
    assert backup.wait_for_daily_worker(folder, timeout=120), "the daily backup's process never ended"
    return [p for _, p in backup.daily_backups(folder)], sorted(folder.glob("*.partial"))


def intact(path: Path) -> bool:
    with backup.unpacked(path, path.parent) as plain:
        conn = sqlite3.connect(f"{plain.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()


def test_commands_started_together_on_the_days_first_use_all_succeed(db_path: Path) -> None:
    """Regression: each process making the day's backup deleted the others' `.partial` copy, and every one of
    them failed ("disk I/O error", "attempt to write a readonly database")."""
    make_database(db_path, padding_mb=40)  # a copy takes long enough for all of them to be copying at once
    commands = [
        ["contact", "list"],
        ["search", "anna"],
        ["contact", "list", "--json"],
        ["contact", "show", "Anna Berg"],
    ]
    started = [
        subprocess.Popen(
            [sys.executable, "-m", "cardfile", "--db", str(db_path), *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
        )
        for command in commands
    ]
    outputs = [process.communicate(timeout=120) for process in started]
    assert [(process.returncode, err) for process, (_out, err) in zip(started, outputs, strict=True)] == [(0, "")] * 4
    assert all("Anna Berg" in out for out, _err in outputs)
    made, partial = backups_of(db_path)
    assert len(made) == 1 and partial == []
    assert intact(made[0])


def test_a_full_disk_never_fails_a_command_and_the_backup_is_made_later(tmp_path: Path) -> None:
    """Regression: with too little room for the daily copy even `contact list` and `search` failed."""
    with SmallDisk(tmp_path / "disk", 8 << 20) as disk:
        db = disk.folder / "cardfile.db"
        make_database(db)
        disk.leave_free(64 << 10)  # less than a copy of the database needs
        for command in (["contact", "list"], ["search", "anna"], ["contact", "show", "Anna Berg", "--json"]):
            result = disk.run_cli(command, db=db)
            assert result.returncode == 0, result.stderr
            assert "Anna" in result.stdout
            assert result.stderr.startswith("cardfile: warning: today's automatic backup of"), result.stderr
            assert "was not made" in result.stderr and "tried again" in result.stderr
            assert backups_of(db) == ([], []), "no backup, and no part of one left taking room"
        disk.free_up()
        later = disk.run_cli(["contact", "list"], db=db)
        assert (later.returncode, later.stderr) == (0, "")
        made, partial = backups_of(db)
        assert len(made) == 1 and partial == [] and intact(made[0])


def test_a_copy_cut_short_by_the_disk_is_a_warning_and_leaves_nothing(tmp_path: Path, db_path: Path) -> None:
    """The copy itself meets the full disk half-way (the kernel refuses the write that passes a file-size limit:
    the room checked beforehand can be taken by another program meanwhile). The copy is made by a process the
    command did not wait for, so the next command tells of it, and tries again."""
    make_database(db_path, padding_mb=2)
    disk = SmallDisk(db_path.parent, 0, simulate=True)  # only the file-size limit, on the processes it runs
    disk.leave_free(1 << 20)  # a copy of the 2 MB database stops after 1 MB
    result = disk.run_cli(["contact", "list"], db=db_path)
    assert (result.returncode, result.stderr) == (0, "") and "Anna Berg" in result.stdout
    assert backups_of(db_path) == ([], [])
    again = disk.run_cli(["contact", "list"], db=db_path)
    assert again.returncode == 0 and "Anna Berg" in again.stdout
    assert "today's automatic backup" in again.stderr and "was not made" in again.stderr, again.stderr
    assert "disk I/O error" in again.stderr, "it says why"
    assert backups_of(db_path) == ([], [])
    disk.free_up()
    later = disk.run_cli(["contact", "list"], db=db_path)
    assert "was not made" in later.stderr, "the last failure is told until a copy is made"
    made, partial = backups_of(db_path)
    assert len(made) == 1 and partial == [] and intact(made[0])
    assert disk.run_cli(["contact", "list"], db=db_path).stderr == "", "a copy made: nothing more to tell"


def test_the_command_does_not_wait_for_the_daily_backup(db_path: Path) -> None:
    """Regression (#14): the first command of the day copied the whole database before it ended (2.9 s instead
    of 0.7 s for a search on 1.1 GB). The copy is made by a process of its own: the command has ended, and its
    output's pipe is closed, while the copy is still being written (it holds the backup folder's lock)."""
    make_database(db_path, padding_mb=150)  # random bytes: a copy that takes seconds, not milliseconds
    searched = subprocess.run(
        [sys.executable, "-m", "cardfile", "--db", str(db_path), "search", "anna"],
        capture_output=True,  # run() reads both pipes to their end: a worker holding them would hold this up
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    folder = paths.backup_dir_for(db_path)
    still_copying = not backup.wait_for_daily_worker(folder, timeout=0)
    assert (searched.returncode, searched.stderr) == (0, "") and "Anna Berg" in searched.stdout
    assert still_copying, "the command ended only after the backup was made"
    made, partial = backups_of(db_path)
    assert len(made) == 1 and partial == [] and intact(made[0])


# ----- an import that fills the disk -----


def live_contacts(db: Path) -> int:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM contact WHERE deleted_at IS NULL").fetchone()[0])
    finally:
        conn.close()


def test_an_import_that_fills_the_disk_says_what_stayed_and_one_undo_takes_it_back(tmp_path: Path) -> None:
    """Regression: a disk that filled during an import stopped it with exit status 1 and "the last change was not
    saved", but the batches written before stayed, and nothing said so. The import takes them back if the disk
    lets it; when it cannot (still full), the message says exactly what stayed and which undo removes it."""
    cards = write_cards(tmp_path / "many.vcf", 6_000)
    with SmallDisk(tmp_path / "disk", 16 << 20) as disk:
        db = disk.folder / "cardfile.db"
        make_database(db)
        disk.leave_free(3 << 20)  # room for a batch or two of the import, not for all of it
        stopped = disk.run_cli(["import", str(cards)], db=db)
        assert stopped.returncode == 1 and stopped.stdout == ""
        message = stopped.stderr
        assert "Traceback" not in message and "internal error" not in message
        kept = re.search(r"What it had written before that stayed in the database: ([\d,]+) new contacts?,", message)
        if kept is None:  # the disk had room to take the import back: nothing of it may stay
            assert "stayed" not in message
            assert live_contacts(db) == 1
            return
        stayed = int(kept.group(1).replace(",", ""))
        assert 0 < stayed < 6_000
        assert live_contacts(db) == 1 + stayed, "the message counts exactly what stayed"
        undo = re.search(r"`cardfile undo ([0-9a-f-]{36})` takes all of it back", message)
        assert undo is not None, message

        disk.free_up()
        taken_back = disk.run_cli(["undo", undo.group(1)], db=db)
        assert taken_back.returncode == 0, taken_back.stderr
        assert live_contacts(db) == 1, "one undo removes every batch of the import"
        check = disk.run_cli(["db", "check"], db=db)
        assert check.returncode == 0, check.stdout + check.stderr


# ----- who may read what Cardfile writes -----


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions; Windows keeps a user's own folders private")
def test_databases_backups_and_logs_are_readable_by_their_owner_only(tmp_path: Path, cardfile_home: Path) -> None:
    """Regression: databases, their write-ahead logs, backups and the server's database were created 0644 (the
    umask's default), readable by every user of the machine. Exports follow the umask: they are the person's own
    files, made where they ask."""
    umask = _with_umask(0o022)
    made = run_cli(["contact", "add", "--given", "Anna"], preexec=umask)  # the default database
    assert made.returncode == 0, made.stderr
    data = paths.data_dir()
    db = paths.default_database()
    assert (mode_of(data), mode_of(db)) == (0o700, 0o600)
    listed = run_cli(["contact", "list"], preexec=umask)  # the second use of the day makes the daily backup
    assert listed.returncode == 0 and listed.stderr == ""
    (daily,), _partial = backups_of(db)
    assert (mode_of(daily.parent), mode_of(daily)) == (0o700, 0o600)
    wanted = run_cli(["db", "backup", f"{tmp_path / 'copies' / 'nightly'}/", "--json"], preexec=umask)
    copy = Path(json.loads(wanted.stdout)["backup"])
    assert (mode_of(copy.parent), mode_of(copy)) == (0o700, 0o600)
    exported = run_cli(["export", "-o", str(tmp_path / "everyone.vcf")], preexec=umask)
    assert exported.returncode == 0 and mode_of(tmp_path / "everyone.vcf") == 0o644

    # SQLite gives a database's -wal and -shm the database file's own permissions.
    conn = sqlite3.connect(db)
    try:
        conn.execute("UPDATE contact SET title = 'CEO'")
        conn.commit()
        assert mode_of(Path(f"{db}-wal")) == mode_of(Path(f"{db}-shm")) == 0o600
    finally:
        conn.close()

    server = tmp_path / "server"
    added = run_cli(["server", "user", "add", "anna", "--data", str(server)], env={"CARDFILE_PASSWORD": "x" * 12})
    assert added.returncode == 0, added.stderr
    assert (mode_of(server), mode_of(server / "server.db")) == (0o700, 0o600)


def test_the_log_of_an_internal_error_is_readable_by_its_owner_only(cardfile_home: Path) -> None:
    from cardfile import crashlog
    from cardfile.cli.main import report_internal_error

    report_internal_error(RuntimeError("a bug"), ["contact", "list"])
    log = crashlog.log_path()
    assert "RuntimeError: a bug" in log.read_text()
    if os.name == "posix":
        assert (mode_of(log.parent), mode_of(log)) == (0o700, 0o600)


def _with_umask(mask: int) -> Any:
    def apply() -> None:
        os.umask(mask)

    return apply


# ----- a read-only folder, a locked database, a damaged one -----


def test_a_database_in_a_read_only_folder_can_still_be_read(tmp_path: Path) -> None:
    """Regression: every command said "Cannot open …: unable to open database file": SQLite could not make the
    -shm file a database in WAL mode is read with. Reading commands work now; writing ones say why they cannot."""
    folder = tmp_path / "archive"
    folder.mkdir()
    db = folder / "cardfile.db"
    make_database(db)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with read_only_folder(folder):
        for command, said in (
            (["contact", "list"], "Anna Berg"),
            (["search", "berg"], "Anna Berg"),
            (["contact", "show", "Anna Berg"], "Anna Berg"),
            (["export"], "FN:Anna Berg"),
            (["db", "check"], "no problems found"),
            (["db", "backup", str(tmp_path / "copy.cardfile-backup")], "Backed up"),
        ):
            result = run_cli(command, db=db)
            assert (result.returncode, result.stderr) == (0, ""), (command, result.stderr)
            assert said in result.stdout
        refused = run_cli(["contact", "add", "--given", "Bo"], db=db)
        assert refused.returncode == 1
        assert refused.stderr == (
            f"cardfile: {db} can be read but not changed here (the file is read-only for this user). "
            "Nothing was changed.\n"
        )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert intact(tmp_path / "copy.cardfile-backup")


def test_db_check_does_not_call_a_database_another_program_writes_to_damaged(db_path: Path) -> None:
    make_database(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # an import in another window, say: it holds the write lock
        holder.execute("UPDATE contact SET title = 'busy'")
        result = run_cli(["db", "check", "--json"], db=db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 0, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert (report["ok"], report["problems"], report["unchecked"]) == (True, [], [])


def test_a_database_found_damaged_is_only_read_until_it_is_repaired(db_path: Path) -> None:
    """Regression: `contact add` wrote into a database `db check` had just called damaged."""
    make_database(db_path)
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE contact SET company_id = '01900000-0000-7000-8000-00000000dead'")
    conn.commit()
    conn.close()
    check = run_cli(["db", "check"], db=db_path)
    assert check.returncode == 1 and "cardfile db repair" in check.stdout
    before = db_path.read_bytes()

    refused = run_cli(["contact", "add", "--given", "Bo"], db=db_path)
    assert refused.returncode == 1
    assert "was found damaged by `cardfile db check`" in refused.stderr and "db repair" in refused.stderr
    listed = run_cli(["contact", "list"], db=db_path)
    assert (listed.returncode, listed.stderr) == (0, "") and "Anna Berg" in listed.stdout
    assert db_path.read_bytes() == before and backups_of(db_path) == ([], [])

    repaired = run_cli(["db", "repair"], db=db_path)
    assert repaired.returncode == 0, repaired.stdout + repaired.stderr
    assert "no problems left" in repaired.stdout
    assert run_cli(["contact", "add", "--given", "Bo"], db=db_path).returncode == 0
