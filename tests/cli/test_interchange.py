"""`cardfile import` and `cardfile export` through the real entry point, on small files written here.

Each process costs about half a second, so each test walks through a short story; the database a test only
exports from is seeded through the services in-process.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import vobject

from cardfile.domain.values import RecordType
from cardfile.services import open_database
from tests.helpers import ROOT, add_contact, cli_json, run_cli

ANNA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Jónsdóttir\r\nN:Jónsdóttir;Anna;;;\r\nEMAIL;TYPE=work:anna@nordurljos.is\r\nEND:VCARD\r\n"  # noqa: E501
NAMELESS = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nNOTE:\r\nEND:VCARD\r\n"  # holds nothing at all
TARO = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:山田 太郎\r\nN:山田;太郎;;;\r\nTEL;TYPE=cell:+81 90 1234 5678\r\nEND:VCARD\r\n"
OLGA = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ольга Петрова\r\nEMAIL:olga@example.ru\r\nEND:VCARD\r\n"


def names(db: Path) -> list[str]:
    return sorted(c["display_name"] for c in cli_json(["contact", "list"], db=db))


def test_import_counts_every_card_and_places_the_rejected_one(tmp_path: Path, db_path: Path) -> None:
    cards = tmp_path / "phone.vcf"
    cards.write_text(ANNA + NAMELESS + TARO + OLGA, encoding="utf-8", newline="")
    nameless_begin = ANNA.count("\r\n") + 1  # the broken card's BEGIN:VCARD is the line after Anna's card

    report = cli_json(["import", str(cards)], db=db_path)
    assert (report["imported"], report["updated"], report["skipped"]) == (3, 0, 0)
    assert [(r["file"], r["line"]) for r in report["rejected"]] == [(str(cards), nameless_begin)]
    assert report["rejected"][0]["reason"]
    assert names(db_path) == ["Anna Jónsdóttir", "Ольга Петрова", "山田 太郎"]

    skipped = run_cli(["import", str(cards), "--on-duplicate", "skip"], db=db_path)
    assert skipped.returncode == 0, skipped.stderr
    assert skipped.stderr == ""  # progress is for terminals only
    lines = skipped.stdout.splitlines()
    assert lines[0] == "Imported 0, updated 0, skipped 3, rejected 1."
    taro_begin = nameless_begin + NAMELESS.count("\r\n")
    olga_begin = taro_begin + TARO.count("\r\n")
    assert lines[1:] == [  # what was skipped and why, in plain text too (it was told only with --json)
        f"{cards}:1: skipped Anna Jónsdóttir: the same person as a contact already there (same email address)",
        f"{cards}:{nameless_begin}: rejected: the card is empty: it holds no name, address, date, note, photo or "
        "any other property",
        f"{cards}:{taro_begin}: skipped 山田 太郎: the same person as a contact already there (same phone number)",
        f"{cards}:{olga_begin}: skipped Ольга Петрова: the same person as a contact already there (same email address)",
    ]

    cards.write_text(ANNA.replace("END:VCARD", "TEL;TYPE=cell:+354 555 1234\r\nEND:VCARD") + TARO, newline="")
    updated = cli_json(["import", str(cards), "--on-duplicate", "update"], db=db_path)
    assert (updated["imported"], updated["updated"], updated["skipped"], updated["rejected"]) == (0, 1, 1, [])
    anna = cli_json(["contact", "show", "anna@nordurljos.is"], db=db_path)
    assert [p["value"] for p in anna["phones"]] == ["+354 555 1234"]
    assert names(db_path) == ["Anna Jónsdóttir", "Ольга Петрова", "山田 太郎"]


def test_import_of_a_file_that_is_not_vcard_fails_and_changes_nothing(tmp_path: Path, db_path: Path) -> None:
    with open_database(db_path) as services:
        add_contact(services, given="Anna", family="Berg")
    before = cli_json(["contact", "list"], db=db_path)
    letter = tmp_path / "letter.vcf"
    letter.write_text("Dear Anna,\nthis is not a contact.\n", encoding="utf-8")

    result = run_cli(["import", str(letter)], db=db_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"cardfile: {letter} is not a vCard file")
    assert "nothing was imported" in result.stderr
    assert cli_json(["contact", "list"], db=db_path) == before


def test_export_writes_vcards_to_stdout_a_folder_and_csv_of_a_group(tmp_path: Path, db_path: Path) -> None:
    with open_database(db_path) as services:
        anna = add_contact(services, given="Anna", family="Jónsdóttir", emails=[{"value": "anna@nordurljos.is"}])
        taro = add_contact(services, given="太郎", family="山田")
        add_contact(services, given="Ольга", family="Петрова")
        group = services.groups.create("Customers")
        services.groups.add_members(group.id, [anna, taro], RecordType.CONTACT)
    everyone = names(db_path)

    # Standard output: UTF-8 bytes exactly as written, CRLF line ends untranslated, readable by vobject.
    raw = subprocess.run(
        [sys.executable, "-m", "cardfile", "--db", str(db_path), "export"],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    ).stdout
    assert raw.startswith(b"BEGIN:VCARD\r\n") and b"\r\r\n" not in raw
    parsed = list(vobject.readComponents(raw.decode("utf-8")))
    groups = [card for card in parsed if "x-addressbookserver-kind" in card.contents]
    assert sorted(card.fn.value for card in parsed if card not in groups) == everyone
    assert [(g.fn.value, len(g.contents["x-addressbookserver-member"])) for g in groups] == [("Customers", 2)]

    folder = tmp_path / "cards"
    result = run_cli(["export", "--format", "vcard4", "--dir", str(folder)], db=db_path)
    assert result.returncode == 0, result.stderr
    files = sorted(folder.glob("*.vcf"))
    assert len(files) == 4  # three people and the group
    read_back = [next(vobject.readComponents(f.read_text(encoding="utf-8"))) for f in files]
    assert sorted(card.fn.value for card in read_back if "kind" not in card.contents) == everyone
    assert {card.version.value for card in read_back} == {"4.0"}

    table = run_cli(
        ["export", "--format", "csv", "--group", "Customers", "--columns", "display_name,email"], db=db_path
    )
    assert table.returncode == 0, table.stderr
    rows = list(csv.reader(io.StringIO(table.stdout)))
    taro_name = next(name for name in everyone if "太郎" in name)  # family-first, as Japanese names are shown
    assert rows == [["Name", "E-mail"], ["Anna Jónsdóttir", "anna@nordurljos.is"], [taro_name, ""]]

    misuse = run_cli(["export", "--format", "csv", "--dir", str(folder)], db=db_path)
    assert misuse.returncode == 2
    assert "--dir" in misuse.stderr


def test_contact_show_names_the_agent_a_nested_card_became(tmp_path: Path, db_path: Path) -> None:
    """Issue #15: a card nested in another becomes a person linked from the outer one; `contact show` did not say so."""
    cards = tmp_path / "agent.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Jónsdóttir;Anna\r\nFN:Anna Jónsdóttir\r\nTEL;WORK:+354 555 1234\r\n"
        "AGENT:\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nN:Sigurðsson;Björn\r\nFN:Björn Sigurðsson\r\n"
        "TEL;CELL:+354 666 7777\r\nEND:VCARD\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    assert cli_json(["import", str(cards)], db=db_path)["imported"] == 2
    bjorn = cli_json(["contact", "show", "Björn Sigurðsson"], db=db_path)["id"]

    shown = run_cli(["contact", "show", "Anna Jónsdóttir"], db=db_path)
    assert shown.returncode == 0, shown.stderr
    agent_lines = [line.split() for line in shown.stdout.splitlines() if line.strip().startswith("agent")]
    assert agent_lines == [["agent", "Björn", "Sigurðsson", f"({bjorn[:13]})"]]
    assert "+354 666 7777" not in shown.stdout  # the agent's number stays the agent's
