"""Exit statuses and refusals of the real `cardfile` entry point: bad input, unusable database files, backups.

A database written by a newer Cardfile, a damaged file or a locked one must give a clear message, exit status 1,
and stay byte for byte as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cardfile.services import open_database
from tests.helpers import ROOT, add_contact, cli_json, run_cli


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_database(path: Path, **person: object) -> str:
    with open_database(path) as services:
        return add_contact(services, **(person or {"given": "Anna", "family": "Berg"}))


def assert_untouched(path: Path, digest: str) -> None:
    """The file has the same bytes, and no write-ahead log holds changes that would alter it later."""
    assert sha256(path) == digest
    wal = Path(f"{path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_exit_status_and_messages_for_bad_input(db_path: Path) -> None:
    make_database(db_path, given="Anna", family="Berg")
    make_database(db_path, given="Anna", family="Berg", emails=[{"value": "anna.b@example.com"}])

    unknown = run_cli(["contact", "show", "Nobody Here"], db=db_path)
    assert (unknown.returncode, unknown.stdout) == (1, "")
    assert unknown.stderr.startswith("cardfile: ") and "'Nobody Here'" in unknown.stderr
    assert "Traceback" not in unknown.stderr

    ambiguous = run_cli(["contact", "show", "Anna Berg"], db=db_path)
    assert ambiguous.returncode == 1
    with open_database(db_path) as services:
        ids = services.contacts.ids()
    assert all(i in ambiguous.stderr for i in ids), "an ambiguous name lists every candidate by id"

    invalid = run_cli(["contact", "add", "--given", "X", "--email", "not-an-address"], db=db_path)
    assert invalid.returncode == 1
    assert "emails" in invalid.stderr and "not-an-address" in invalid.stderr

    usage = run_cli(["contact", "lst"], db=db_path)
    assert usage.returncode == 2
    assert "invalid choice" in usage.stderr

    bad_time = run_cli(["activity", "schedule", "Call", "--at", "next blursday"], db=db_path)
    assert bad_time.returncode == 2
    assert "next blursday" in bad_time.stderr


def test_database_from_a_newer_cardfile_is_refused_and_left_unchanged(db_path: Path, tmp_path: Path) -> None:
    make_database(db_path)
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    digest = sha256(db_path)

    result = run_cli(["contact", "list"], db=db_path)
    assert result.returncode == 1
    assert "newer version of Cardfile" in result.stderr and "9999_from_the_future" in result.stderr
    assert_untouched(db_path, digest)

    # Restoring that file as a backup is refused too, and the database it would replace stays as it was.
    current = tmp_path / "current.db"
    make_database(current)
    current_digest = sha256(current)
    restore = run_cli(["db", "restore", str(db_path)], db=current)
    assert restore.returncode == 1
    assert "newer version of Cardfile" in restore.stderr
    assert sha256(current) == current_digest


def test_damaged_files_are_refused_and_left_unchanged(tmp_path: Path) -> None:
    noise = tmp_path / "noise.db"
    noise.write_bytes(random.Random(7).randbytes(64 * 1024))
    torn = tmp_path / "torn.db"
    torn.write_bytes(b"SQLite format 3\x00" + random.Random(8).randbytes(8 * 1024))
    for path, command in ((noise, ["contact", "list"]), (torn, ["db", "check"])):
        digest = sha256(path)
        result = run_cli(command, db=path)
        assert result.returncode == 1, result.stderr
        assert "damaged" in result.stderr and "Traceback" not in result.stderr
        assert_untouched(path, digest)


def test_locked_database_is_reported_and_left_unchanged(db_path: Path) -> None:
    """Another program holds an exclusive lock; after the 5 s busy timeout the command gives up cleanly."""
    make_database(db_path)
    # Read the file before locking it: closing any descriptor of a file drops this process's POSIX locks on it.
    digest = sha256(db_path)
    holder = sqlite3.connect(db_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("SELECT count(*) FROM contact").fetchall()  # the lock is taken on first use
        result = run_cli(["contact", "add", "--given", "Blocked"], db=db_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1
    assert "locked" in result.stderr and "Nothing was changed" in result.stderr
    assert_untouched(db_path, digest)


def test_backup_then_restore_round_trip(db_path: Path, tmp_path: Path) -> None:
    anna = make_database(db_path)
    folder = tmp_path / "backups"
    made = cli_json(["db", "backup", f"{folder}/"], db=db_path)
    backup = Path(made["backup"])
    assert backup.parent == folder and backup.is_file()

    assert cli_json(["contact", "delete", anna], db=db_path)[0]["deleted_at"] is not None

    restored = cli_json(["db", "restore", str(backup)], db=db_path)
    kept = Path(restored["previous"])
    assert kept.is_file() and kept.parent == db_path.parent, "the replaced database is kept beside it"

    check = run_cli(["db", "check"], db=db_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "no problems found" in check.stdout and "1 contact" in check.stdout
    assert cli_json(["contact", "show", anna], db=db_path)["deleted_at"] is None


def test_db_check_finding_damage_is_a_failure(db_path: Path) -> None:
    make_database(db_path)
    with sqlite3.connect(db_path) as conn:  # a reference to a company that does not exist
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE contact SET company_id = '01900000-0000-7000-8000-00000000dead'")
    conn.close()
    result = run_cli(["db", "check", "--json"], db=db_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert any("missing company" in p for p in report["problems"])


def _without_display() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Windows and macOS always have a display")
def test_no_command_opens_the_desktop_app_which_says_when_there_is_no_display(db_path: Path) -> None:
    """Qt options pass through to the app; with no display it explains and exits 1 instead of aborting."""
    result = subprocess.run(
        [sys.executable, "-m", "cardfile", "--db", str(db_path), "-reverse"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_without_display(),
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 1
    assert "display" in result.stderr
    assert "Traceback" not in result.stderr


def test_headless_commands_never_load_qt(db_path: Path) -> None:
    script = (
        "import sys\n"
        "from cardfile.__main__ import main\n"
        f"status = main(['--db', {str(db_path)!r}, 'contact', 'list', '--json'])\n"
        "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt', status)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8", cwd=ROOT, timeout=60
    )
    assert result.stdout.splitlines()[-1] == "no qt 0", result.stdout + result.stderr


def test_sync_will_not_send_a_password_over_plain_http_to_another_computer(db_path: Path) -> None:
    """Issue #10: the password went to any http:// address as it was typed. It goes only where the person said so
    with --insecure (here, then, the address does not answer: TEST-NET, a network that exists nowhere)."""
    make_database(db_path)
    env = {"CARDFILE_PASSWORD": "anna-secret-1"}

    refused = run_cli(["sync", "--server", "http://192.0.2.10:8765", "--user", "anna"], db=db_path, env=env)

    assert refused.returncode == 1
    assert "cardfile: Cardfile did not send your password to http://192.0.2.10:8765" in refused.stderr
    assert "cardfile sync --insecure" in refused.stderr
    with open_database(db_path) as services:
        assert services.sync.status().signed_in is False


def test_trash_empty_keeps_what_someone_else_owns_and_says_so(db_path: Path) -> None:
    """Issue #10: only a record's owner or an administrator erases it."""
    with open_database(db_path) as services:
        mine = add_contact(services, given="Anna", family="Berg")
        theirs = add_contact(services, given="Ben's", family="Customer")
        services.sync.configure(server="https://office.example", user="anna")
        with services.db.write("As after a sync") as w:
            w.conn.exec_driver_sql("UPDATE contact SET owner_id = 'ben' WHERE id = ?", (theirs,))
            w.conn.exec_driver_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('user_id', '\"anna\"')")
        services.contacts.delete(mine)
        services.contacts.delete(theirs)

    erased = cli_json(["trash", "empty", "--yes"], db=db_path)
    listed = cli_json(["trash", "list"], db=db_path)
    said = run_cli(["trash", "empty", "--yes"], db=db_path)

    assert erased == {"erased": 1, "kept": 1}
    assert [(i["id"], i["owner"], i["erasable"]) for i in listed] == [(theirs, "ben", False)]
    assert "Kept 1 record(s) that belong to someone else" in said.stdout
    refused = run_cli(["contact", "delete", theirs], db=db_path)
    assert refused.returncode == 0  # to the Trash: anyone may (it is there already)
