"""The `cardfile` commands, run through the real entry point in a subprocess as a script or a person would.

Each process costs about half a second, so a test walks through a small story (add, edit, show …) rather than
one check per process; data a test only reads is seeded through the services in-process.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from cardfile.cli.output import display_width
from cardfile.services import open_database
from tests.helpers import add_contact, cli_json, run_cli

ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")
ENTRY_KEYS = {"value", "label", "preferred"}


def assert_record_shape(record: dict[str, Any], kind: str) -> None:
    """The documented JSON interface every object honours."""
    assert record["type"] == kind
    assert isinstance(record["id"], str) and len(record["id"]) == 36
    assert isinstance(record["display_name"], str)
    for key in ("created_at", "updated_at"):
        assert ISO_UTC.match(record[key]), record[key]
    if kind in ("contact", "company"):
        for key in ("emails", "phones"):
            assert all(set(entry) >= ENTRY_KEYS for entry in record[key]), record[key]
        assert record["company"] is None or set(record["company"]) == {"id", "name"}
        assert isinstance(record["tags"], list)


def seed(db: Path, *people: dict[str, Any]) -> list[str]:
    with open_database(db) as services:
        return [add_contact(services, **person) for person in people]


def test_contact_add_show_list_print_the_documented_json(db_path: Path) -> None:
    (yamada,) = seed(db_path, {"given": "太郎", "family": "山田", "company_name": "Norðurljós ehf."})
    anna = cli_json(
        [
            "contact", "add", "--given", "Anna", "--family", "Jónsdóttir", "--company", "Norðurljós ehf.",
            "--email", "work=anna@nordurljos.is", "--email", "anna.j@example.com",
            "--phone", "cell=+354 555 1234", "--tag", "vip", "--tag", "customer,golf", "--title", "Director",
        ],
        db=db_path,
    )  # fmt: skip
    assert_record_shape(anna, "contact")
    assert anna["display_name"] == "Anna Jónsdóttir"
    assert anna["emails"] == [
        {"value": "anna@nordurljos.is", "label": "work", "preferred": False},
        {"value": "anna.j@example.com", "label": "", "preferred": False},
    ]
    assert anna["phones"] == [{"value": "+354 555 1234", "label": "cell", "preferred": False}]
    assert anna["company"]["name"] == "Norðurljós ehf."
    assert anna["tags"] == ["vip", "customer", "golf"]

    shown = cli_json(["contact", "show", "anna@nordurljos.is"], db=db_path)
    assert shown == anna

    listed = cli_json(["contact", "list"], db=db_path)
    assert [(c["id"], c["display_name"]) for c in listed] == [(anna["id"], "Anna Jónsdóttir"), (yamada, "山田太郎")]
    for record in listed:
        assert_record_shape(record, "contact")

    companies = cli_json(["company", "list"], db=db_path)
    assert len(companies) == 1, "--company links to the existing company instead of making a second one"
    assert_record_shape(companies[0], "company")
    assert companies[0]["id"] == anna["company"]["id"]
    assert companies[0]["people"] == 2


def test_contact_edit_replaces_named_fields_and_clears_empty_ones(db_path: Path) -> None:
    (anna,) = seed(
        db_path,
        {
            "given": "Anna",
            "family": "Berg",
            "company_name": "Acme",
            "emails": [{"value": "anna@acme.example", "label": "work"}],
            "phones": [{"value": "+1 555 010 2030", "label": "work"}],
            "tags": ["old"],
            "title": "Buyer",
        },
    )
    edited = cli_json(
        [
            "contact", "edit", anna[:10], "--email", "home*=anna@home.example", "--phone", "",
            "--company", "", "--tag", "new", "--address", "work=Laugavegur 1;Reykjavík;;101;Iceland", "--private",
        ],
        db=db_path,
    )  # fmt: skip
    assert edited["id"] == anna
    assert edited["emails"] == [{"value": "anna@home.example", "label": "home", "preferred": True}]
    assert edited["phones"] == []
    assert edited["company"] is None
    assert edited["tags"] == ["new"]
    assert edited["addresses"][0]["locality"] == "Reykjavík"
    assert edited["addresses"][0]["postcode"] == "101"
    assert edited["private"] is True
    assert (edited["given"], edited["family"], edited["title"]) == ("Anna", "Berg", "Buyer"), "unnamed fields stay"

    public = cli_json(["contact", "edit", "Anna Berg", "--public", "--title", ""], db=db_path)
    assert public["private"] is False
    assert public["title"] == ""
    assert public["emails"] == edited["emails"]

    nothing = run_cli(["contact", "edit", "Anna Berg"], db=db_path)
    assert nothing.returncode == 1
    assert "at least one field" in nothing.stderr


def test_delete_restore_trash_history_and_undo(db_path: Path) -> None:
    (anna,) = seed(db_path, {"given": "Anna", "family": "Berg", "emails": [{"value": "anna@acme.example"}]})

    (deleted,) = cli_json(["contact", "delete", "anna@acme.example"], db=db_path)
    assert deleted["id"] == anna and ISO_UTC.match(deleted["deleted_at"])
    trash = cli_json(["trash", "list"], db=db_path)
    assert [(t["id"], t["type"], t["display_name"]) for t in trash] == [(anna, "contact", "Anna Berg")]

    (restored,) = cli_json(["contact", "restore", "Anna Berg"], db=db_path)  # by name, while in the Trash
    assert restored["deleted_at"] is None

    undone = run_cli(["undo"], db=db_path)
    assert undone.returncode == 0, undone.stderr
    assert "Undo Restore contact" in undone.stdout
    assert cli_json(["contact", "show", anna], db=db_path)["deleted_at"] is not None

    changes = cli_json(["history", anna], db=db_path)
    fields = [c["field"] for c in changes]
    assert fields.count("deleted_at") == 3  # deleted, restored, deleted again by the undo
    assert {"given", "family", "emails"} <= set(fields)
    assert all(ISO_UTC.match(c["at"]) for c in changes)


def test_search_finds_phone_numbers_whatever_their_punctuation_and_short_prefixes(db_path: Path) -> None:
    anna, _ = seed(
        db_path,
        {"given": "Jóna", "family": "Sigurðardóttir", "phones": [{"value": "+1 (555) 010-2030", "label": "cell"}]},
        {"given": "Olga", "family": "Petrova", "phones": [{"value": "+7 495 123 4567"}]},
    )
    for query in ("5550102030", "010-2030", "+1 (555) 010 2030"):
        hits = cli_json(["search", query], db=db_path)
        assert [h["id"] for h in hits] == [anna], query
        assert hits[0]["type"] == "contact" and hits[0]["display_name"] == "Jóna Sigurðardóttir"
        # a person found by search carries the same card fields a listing has
        assert hits[0]["phones"] == [{"value": "+1 (555) 010-2030", "label": "cell", "preferred": False}]
        assert hits[0]["emails"] == [] and hits[0]["tags"] == [] and hits[0]["company"] is None

    assert [h["id"] for h in cli_json(["search", "jo"], db=db_path)] == [anna]  # 2 characters, accent folded

    none = run_cli(["search", "zzzqqq"], db=db_path)
    assert none.returncode == 0, "a search without hits is a success"
    assert "Nothing matches" in none.stdout


def test_activity_schedule_list_clear(db_path: Path) -> None:
    (anna,) = seed(db_path, {"given": "Anna", "family": "Berg", "emails": [{"value": "anna@acme.example"}]})
    call = cli_json(
        ["activity", "schedule", "--type", "call", "Quote", "follow-up", "--contact", "anna@acme.example",
         "--at", "2030-01-02 10:00", "--tz", "Asia/Tokyo", "--duration", "30", "--alarm", "10"],
        db=db_path,
    )  # fmt: skip
    assert_record_shape(call, "activity")
    assert call["display_name"] == "Quote follow-up"
    assert call["activity_type"] == "call"
    assert (call["start"], call["end"]) == ("2030-01-02T01:00:00.000Z", "2030-01-02T01:30:00.000Z")
    assert call["time_zone"] == "Asia/Tokyo"
    assert [c["id"] for c in call["contacts"]] == [anna]

    # Without --tz a time is local time of the computer (here: New York, summer time) and is stored in UTC.
    todo = cli_json(
        ["activity", "schedule", "Send brochure", "--at", "2030-07-01 09:00", "--contact", anna],
        db=db_path,
        env={"TZ": "America/New_York"},
    )
    assert todo["start"] == "2030-07-01T13:00:00.000Z"
    assert todo["activity_type"] == "todo"

    scheduled = cli_json(["activity", "list", "--contact", "Anna Berg", "--status", "scheduled"], db=db_path)
    assert [a["id"] for a in scheduled] == [call["id"], todo["id"]]
    july = cli_json(["activity", "list", "--from", "2030-07-01", "--to", "2030-07-01"], db=db_path)
    assert [a["id"] for a in july] == [todo["id"]], "--to with a date includes that whole day"

    cleared = cli_json(["activity", "clear", call["id"][:13], "--outcome", "Sent the revised quote"], db=db_path)
    assert (cleared["status"], cleared["outcome"]) == ("done", "Sent the revised quote")
    assert ISO_UTC.match(cleared["completed_at"])


def test_notes_and_deals(db_path: Path) -> None:
    (anna,) = seed(db_path, {"given": "Anna", "family": "Berg", "company_name": "Acme"})
    note = cli_json(["note", "add", "Prefers", "email", "--contact", "Anna Berg", "--company", "Acme"], db=db_path)
    assert_record_shape(note, "note")
    assert note["body"] == "Prefers email"
    assert [c["id"] for c in note["contacts"]] == [anna]
    assert [n["id"] for n in cli_json(["note", "list", "--company", "Acme"], db=db_path)] == [note["id"]]

    deal = cli_json(
        ["deal", "add", "Turbine service", "--company", "Acme", "--amount", "12,500.50", "--currency", "EUR",
         "--contact", "Anna Berg=Decision maker", "--close-date", "2030-06-30"],
        db=db_path,
    )  # fmt: skip
    assert_record_shape(deal, "deal")
    assert deal["amount"] == {"minor": 1250050, "currency": "EUR", "decimal": "12500.50"}
    assert deal["contacts"] == [{"id": anna, "name": "Anna Berg", "role": "Decision maker"}]
    assert deal["stage"]["name"] == "Prospect" and deal["status"] == "open"
    assert deal["company"]["name"] == "Acme"

    moved = cli_json(["deal", "move", "Turbine service", "negotiation"], db=db_path)
    assert moved["stage"]["name"] == "Negotiation"
    assert [d["id"] for d in cli_json(["deal", "list", "--stage", "Negotiation"], db=db_path)] == [deal["id"]]

    nowhere = run_cli(["deal", "move", "Turbine service", "Nowhere"], db=db_path)
    assert nowhere.returncode == 1
    assert "Nowhere" in nowhere.stderr and "Negotiation" in nowhere.stderr, "the message lists the stages"


def test_groups_settings_and_pipelines(db_path: Path) -> None:
    anna, sigga = seed(
        db_path,
        {"given": "Anna", "family": "Berg", "emails": [{"value": "anna@acme.example"}]},
        {"given": "Sigríður", "family": "Pálsdóttir"},
    )
    group = cli_json(["group", "add", "Newsletter", "--description", "Monthly"], db=db_path)
    assert_record_shape(group, "group")
    added = cli_json(["group", "add-member", "Newsletter", "anna@acme.example", "Sigríður Pálsdóttir"], db=db_path)
    assert added["members"] == 2
    members = cli_json(["group", "members", "Newsletter"], db=db_path)
    assert sorted(m["id"] for m in members) == sorted([anna, sigga])

    settings = cli_json(["settings", "set", "default-country", "is"], db=db_path)
    assert settings == {"name_order": "given_first", "default_country": "IS"}

    pipelines = cli_json(["deal", "pipelines"], db=db_path)
    assert pipelines[0]["name"] == "Sales"
    assert [s["name"] for s in pipelines[0]["stages"]][:2] == ["Prospect", "Qualified"]


def test_human_output_keeps_every_script_and_aligns_columns_on_an_ascii_terminal(db_path: Path) -> None:
    names = [("Anna", "Jónsdóttir"), ("太郎", "山田"), ("สมชาย", "ใจดี"), ("علی", "کریمی")]
    seed(
        db_path,
        *[
            {"given": given, "family": family, "emails": [{"value": f"p{n}@example.com"}]}
            for n, (given, family) in enumerate(names)
        ],
    )
    result = run_cli(["contact", "list"], db=db_path, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    header, *rows = result.stdout.splitlines()
    for given, family in names:
        assert given in result.stdout and family in result.stdout
    column = display_width(header[: header.index("EMAIL")])
    assert len(rows) == 4
    for row in rows:
        email = re.search(r"p\d@example\.com", row)
        assert email is not None
        assert display_width(row[: email.start()]) == column, row

    shown = run_cli(["contact", "show", "p1@example.com"], db=db_path, env={"PYTHONIOENCODING": "ascii"})
    assert shown.stdout.splitlines()[0] == "山田太郎"


def test_a_contact_named_only_by_spaces_is_refused_like_one_without_a_name(db_path: Path) -> None:
    """Regression: `contact add --given '   '` added "(no name)": the check looked at the text before it was
    trimmed. Spaces of any kind and invisible characters count as nothing."""
    for typed in ("   ", "\u3000\u00a0", "\u200b", "\t\u200d"):
        refused = run_cli(["contact", "add", "--given", typed, "--family", " "], db=db_path)
        assert refused.returncode == 1, typed
        assert refused.stderr == (
            "cardfile: contact: give a name (--given, --family or --display-name), a --company or an --email\n"
        )
    assert run_cli(["company", "add", "\u2003"], db=db_path).stderr == "cardfile: name: a company needs a name\n"
    assert cli_json(["contact", "list"], db=db_path) == []


def test_terminal_control_characters_in_names_are_shown_escaped_in_text_but_kept_in_json_and_exports(
    db_path: Path,
) -> None:
    """Regression: a name with ESC sequences or U+202E (from an imported file or another device) was printed as
    it was: it could recolour the terminal, rewrite the line, or show 'moc.elgoog' reversed as 'google.com'."""
    hostile = "Evil\x1b[31mRed\x1b[0m\r\x9b \u202eevil"
    with open_database(db_path) as services:
        person = add_contact(services, given=hostile, family="Mallory", note="line one\nline\ttwo\x1b]0;title\x07")
    escaped = "Evil\\x1b[31mRed\\x1b[0m\\x0d\\x9b \\u202eevil Mallory"
    for command in (["contact", "list"], ["search", "mallory"], ["contact", "show", person], ["history", person]):
        result = run_cli(command, db=db_path)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout and "\u202e" not in result.stdout and "\r" not in result.stdout
        assert "\x9b" not in result.stdout and "\x07" not in result.stdout
        assert "Evil\\x1b[31mRed" in result.stdout, command
    shown = run_cli(["contact", "show", person], db=db_path).stdout
    assert escaped in shown
    assert "line one\n" in shown and "line\ttwo\\x1b]0;title\\x07" in shown, "newlines and tabs stay"
    ambiguous = run_cli(["contact", "show", "nobody \x1b[2J"], db=db_path)
    assert ambiguous.returncode == 1 and "\x1b" not in ambiguous.stderr

    as_json = cli_json(["contact", "show", person], db=db_path)
    assert as_json["given"] == hostile, "JSON carries the value exactly (escaped the JSON way)"
    exported = run_cli(["export"], db=db_path)
    assert "Evil\x1b[31mRed" in exported.stdout, "an export is data: byte for byte"
    report = run_cli(["report", "contacts"], db=db_path)
    assert report.returncode == 0, report.stderr
    assert "Evil\x1b[31mRed" in report.stdout, "a report on standard output is data too"


def test_help_names_every_command_and_the_environment() -> None:
    result = run_cli(["--help"])
    assert result.returncode == 0
    for word in ("contact", "company", "activity", "note", "deal", "search", "db", "CARDFILE_DB", "exit status"):
        assert word in result.stdout
