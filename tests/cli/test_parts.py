"""The command line's pure parts, tested in-process: argument syntax, table layout, desktop hand-off, bug reports."""

from __future__ import annotations

import argparse
import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from dateutil import tz

from cardfile.cli import arguments, output
from cardfile.cli.main import main
from cardfile.cli.parser import build_parser, split_desktop_arguments
from cardfile.services import open_database
from cardfile.services.search import SearchService


@pytest.mark.parametrize(
    ("text", "value", "label", "preferred"),
    [
        ("cell=+354 555 1234", "+354 555 1234", "cell", False),
        ("anna@example.com", "anna@example.com", "", False),
        ("+1 555=0102", "+1 555=0102", "", False),  # '=' after digits belongs to the value
        ("work*=anna@example.com", "anna@example.com", "work", True),
        ("*=+1 555 0102", "+1 555 0102", "", True),
        ("other=a=b@example.com", "a=b@example.com", "other", False),  # the way to keep a value with '='
        ("Main office=+1 555 0100", "+1 555 0100", "Main office", False),
        ("Skrifstofa=+354 555 0000", "+354 555 0000", "Skrifstofa", False),
        ("مكتب=+20 2 1234 5678", "+20 2 1234 5678", "مكتب", False),  # a label in any script
        ("  home = anna@home.example ", "anna@home.example", "home", False),
    ],
)
def test_split_label(text: str, value: str, label: str, preferred: bool) -> None:
    assert arguments.split_label(text) == arguments.Labelled(value, label, preferred)


def test_repeated_options_distinguish_not_given_from_cleared() -> None:
    assert arguments.entries(None) is None
    assert arguments.entries([""]) == []
    assert arguments.entries(["work=a@b.is", "c@d.is"]) == [
        {"value": "a@b.is", "label": "work", "preferred": False},
        {"value": "c@d.is", "label": "", "preferred": False},
    ]
    assert arguments.tags(["vip, golf", "customer"]) == ["vip", "golf", "customer"]
    assert arguments.tags([""]) == []
    assert arguments.key_values(["Region=North", "Size="]) == {"Region": "North", "Size": ""}
    with pytest.raises(argparse.ArgumentTypeError):
        arguments.key_values(["no equals sign"])


def test_addresses_are_split_into_their_parts() -> None:
    (address,) = arguments.address_entries(["home=Laugavegur 1;Reykjavík;;101;Iceland"]) or []
    assert address == {
        "label": "home",
        "preferred": False,
        "street": "Laugavegur 1",
        "locality": "Reykjavík",
        "region": "",
        "postcode": "101",
        "country": "Iceland",
    }
    assert arguments.address_entries(["1600 Amphitheatre Pkwy;Mountain View"]) == [
        {"label": "", "preferred": False, "street": "1600 Amphitheatre Pkwy", "locality": "Mountain View"}
    ]
    with pytest.raises(argparse.ArgumentTypeError, match="at most 5 parts"):
        arguments.address_entries(["a;b;c;d;e;f"])


def test_points_in_time() -> None:
    utc = arguments.when("2030-01-02T10:00Z")
    assert utc.value == datetime(2030, 1, 2, 10, 0, tzinfo=UTC) and not utc.date_only

    local = arguments.when("2030-07-01 09:00")
    assert local.value.tzinfo is None, "no offset written: local time, zone attached later"
    new_york = tz.gettz("America/New_York")
    assert local.aware(new_york).astimezone(UTC) == datetime(2030, 7, 1, 13, 0, tzinfo=UTC)

    day = arguments.when("2030-03-31")
    assert day.date_only
    assert day.end_of_day(new_york) - day.aware(new_york) == timedelta(days=1, microseconds=-1)

    today = date(2030, 5, 5)
    assert arguments.when("tomorrow 9:30", today=today).value == datetime(2030, 5, 6, 9, 30)
    assert arguments.when("today", today=today) == arguments.When(datetime(2030, 5, 5), date_only=True)
    assert arguments.when("now").value.tzinfo is None

    for bad in ("next blursday", "2030-13-01", "tomorrow 25:00"):
        with pytest.raises(argparse.ArgumentTypeError):
            arguments.when(bad)


def test_small_values() -> None:
    assert arguments.amount("12,500.00 eur") == ("12,500.00", "EUR")
    assert arguments.amount("900") == ("900", None)
    assert arguments.time_zone("Asia/Tokyo").name == "Asia/Tokyo"
    assert arguments.percent("75%") == 75
    assert arguments.calendar_date("2030-06-30") == date(2030, 6, 30)
    for parse, bad in (
        (arguments.time_zone, "Mars/Olympus"),
        (arguments.percent, "101"),
        (arguments.minutes, "-5"),
        (arguments.positive, "0"),
        (arguments.calendar_date, "30/06/2030"),
    ):
        with pytest.raises(argparse.ArgumentTypeError):
            parse(bad)


def test_widths_count_terminal_cells() -> None:
    assert output.display_width("Anna") == 4
    assert output.display_width("山田太郎") == 8  # wide characters
    assert output.display_width("ใจดี") == 3  # the vowel sign above takes no cell
    assert output.display_width("e\u0301") == 1  # a combining accent
    assert output.truncate("山田太郎", 5) == "山田…"
    assert output.truncate("Anna", 4) == "Anna"


def test_tables_align_by_cells_and_cap_wide_columns() -> None:
    text = output.table(("name", "email"), [("山田太郎", "a@x"), ("สมชาย ใจดี", "b@x"), ("x" * 50, "c@x")])
    header, *rows = text.splitlines()
    column = output.display_width(header[: header.index("EMAIL")])
    assert [output.display_width(r[: r.index("@") - 1]) for r in rows] == [column] * 3
    assert "…" in rows[2] and not text.endswith(" ")


def test_short_ids_tell_uuid7_ids_apart() -> None:
    same_minute = [
        "01a20500-2930-794a-88b3-e9b3da15253d",
        "01a20500-2ce0-754a-85a2-67b59d82888d",
        "01a20500-2ce0-7618-90dc-d8c719a52c39",  # made in the same millisecond as the one above
    ]
    assert output.short_ids(same_minute) == ["01a20500-2930", "01a20500-2ce0-75", "01a20500-2ce0-76"]
    assert output.short_ids(["01a20500-2930-794a-88b3-e9b3da15253d"]) == ["01a20500-2930"]


def test_card_lists_multiple_values_under_one_label() -> None:
    text = output.card("Anna", [("email", ["work  a@x", "home  b@x"]), ("title", ""), ("note", "one\ntwo")])
    assert text.splitlines() == ["Anna", "  email  work  a@x", "         home  b@x", "  note   one", "         two"]


def test_streams_that_cannot_carry_every_script_switch_to_utf8() -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii")
    output.ensure_unicode_streams([stream])
    stream.write("山田 สมชาย کریمی\n")
    stream.flush()
    assert raw.getvalue().decode("utf-8") == "山田 สมชาย کریمی\n"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], ([], [])),
        (["--db", "x.db"], (["--db", "x.db"], [])),
        (["-reverse"], ([], ["-reverse"])),
        (["--db=x.db", "-platform", "offscreen"], (["--db=x.db"], ["-platform", "offscreen"])),
        (["--platform", "offscreen"], ([], ["--platform", "offscreen"])),
        (["contact", "list"], None),
        (["--db", "x.db", "search", "-reverse"], None),
        (["--jsn"], None),  # a typo of ours is a usage error, not a window
        (["-h"], None),
        (["--version"], None),
    ],
)
def test_desktop_arguments(argv: list[str], expected: Any) -> None:
    assert split_desktop_arguments(argv) == expected


def _leaves(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found.extend(_leaves(sub))
    return found or [parser]


def test_every_command_has_a_handler_and_readable_help() -> None:
    leaves = _leaves(build_parser())
    assert len(leaves) > 50
    for leaf in leaves:
        assert callable(leaf.get_default("handler")), leaf.prog
        assert leaf.get_default("database_mode") in ("open", "check", "path")
        help_text = leaf.format_help()
        assert leaf.prog.startswith("cardfile ") and leaf.description, leaf.prog
        if leaf.prog != "cardfile serve":  # runs until stopped; its request log is JSON lines already
            assert "--json" in help_text, f"{leaf.prog} has no --json"


def test_a_bug_prints_one_line_and_logs_the_traceback_without_personal_data(
    db_path: Path, cardfile_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()

    def broken(self: SearchService, text: str, **kwargs: Any) -> list[Any]:
        raise RuntimeError("index went missing")

    monkeypatch.setattr(SearchService, "search", broken)
    assert main(["--db", str(db_path), "search", "Jónsdóttir"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("cardfile: internal error (RuntimeError: index went missing)")
    assert "Traceback" not in err and len(err.splitlines()) == 1
    log = cardfile_home / "log" / "cardfile.log"
    assert str(log) in err
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "RuntimeError: index went missing" in logged
    assert "`cardfile search`" in logged
    assert "Jónsdóttir" not in logged, "what was typed stays out of the log"
