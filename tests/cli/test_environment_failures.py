"""The command line as an unlucky user meets it: `kill -9` mid-import, a full disk, two processes at once, a
read-only folder. Every case runs the real `cardfile` entry point in its own process, on real files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from cardfile.services.importer import BACKGROUND_BYTES
from tests.helpers import ROOT


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
