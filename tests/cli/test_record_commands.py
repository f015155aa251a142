"""The record commands are general: a kind described once (notes, here) gets add, edit, show, list, delete and
restore, worded and named like every other kind's, with only its options and its card written for it."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path
from typing import Any

import pytest

from cardfile.cli.common import Context, NoMatch, resolve_many
from cardfile.cli.records import AddCommand, CommandKind, register_kind
from cardfile.domain.errors import ValidationError
from cardfile.domain.models import NoteCreate, validate
from cardfile.services import Services
from cardfile.services.readmodels import NoteRead
from tests.helpers import add_contact


def note_options(parser: argparse.ArgumentParser, editing: bool) -> None:
    parser.add_argument("--contact", action="append", metavar="CONTACT", help="about this person (repeatable)")
    if editing:
        parser.add_argument("--text", metavar="TEXT", help="the note's new text")


def note_fields(ctx: Context, args: argparse.Namespace, editing: bool) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    text = args.text if editing else " ".join(args.words)
    if text is not None:
        fields["body"] = text
    if args.contact is not None:
        fields["contact_ids"] = resolve_many(ctx, "contact", args.contact)
    return fields


def update_note(ctx: Context, note_id: str, fields: dict[str, Any]) -> NoteRead:
    if set(fields) != {"body"}:
        raise ValidationError(field="note", problem="only the text of a note can be changed")
    return ctx.services.notes.edit(note_id, fields["body"])


NOTE = CommandKind(
    name="note",
    noun="note",
    plural="notes",
    title=lambda n: n.display_name,
    card=lambda n: [("id", n.id), ("about", ", ".join(r.name for r in n.contacts)), ("text", n.body)],
    columns=("id", "note", "about"),
    row=lambda n: (n.id, n.display_name, ", ".join(r.name for r in n.contacts)),
    empty="No notes.",
    list_summary="list notes, newest first",
    list_options=lambda p: p.add_argument("--deleted", action="store_true"),
    list_filters=lambda _ctx, args: {"deleted": args.deleted},
    add=AddCommand("write a note", arguments=lambda p: p.add_argument("words", nargs="+", metavar="TEXT")),
    options=note_options,
    fields=note_fields,
    create=lambda ctx, fields: ctx.services.notes.add(validate(NoteCreate, **fields)),
    update=update_note,
    saved=lambda n: f"note {n.display_name!r}",
)


class Commands:
    """`cardfile note …` as the description above declares it, run in-process on a real database."""

    def __init__(self, services: Services, database: Path) -> None:
        self.parser = argparse.ArgumentParser(prog="cardfile")
        register_kind(self.parser.add_subparsers(dest="command"), NOTE)
        self._services = services
        self._database = database

    def __call__(self, *argv: str, as_json: bool = False) -> str:
        args = self.parser.parse_args(argv)
        out = io.StringIO()
        json_wanted = as_json or getattr(args, "json", False)
        args.handler(Context(database=self._database, json=json_wanted, opened=self._services, out=out), args)
        return out.getvalue()

    def help(self, *argv: str) -> None:
        """Print a command's --help (argparse exits after printing it)."""
        with pytest.raises(SystemExit):
            self.parser.parse_args([*argv, "--help"])


@pytest.fixture
def cardfile(services: Services, db_path: Path) -> Commands:
    return Commands(services, db_path)


def test_a_kind_described_once_is_added_shown_and_listed(cardfile: Commands, services: Services) -> None:
    anna = add_contact(services, given="Anna", family="Jónsdóttir", emails=[{"value": "anna@nordurljos.is"}])
    said = cardfile("note", "add", "Wants", "the", "spring", "catalogue.", "--contact", "anna@nordurljos.is")
    (note,) = services.notes.list()
    assert said == f"Added note 'Wants the spring catalogue.'  {note.id}\n"
    assert [r.id for r in note.contacts] == [anna]

    shown = cardfile("note", "show", note.id[:-4])  # an id prefix names it, as for every kind
    assert shown.splitlines()[0] == "Wants the spring catalogue."
    assert "Anna Jónsdóttir" in shown and note.id in shown
    listed = json.loads(cardfile("note", "list", "--json"))
    assert [(n["id"], n["body"]) for n in listed] == [(note.id, "Wants the spring catalogue.")]


def test_a_kind_described_once_is_edited_deleted_and_restored(cardfile: Commands, services: Services) -> None:
    note = services.notes.add(validate(NoteCreate, body="Call after 10.")).id
    assert cardfile("note", "edit", note, "--text", "Call after 11.") == f"Changed note 'Call after 11.'  {note}\n"
    assert services.notes.get(note).body == "Call after 11."
    with pytest.raises(ValidationError, match="name at least one field to change"):
        cardfile("note", "edit", note)

    assert cardfile("note", "delete", note) == f"Moved note Call after 11. to the Trash  {note}\n"
    assert [n.id for n in services.notes.list(deleted=True)] == [note]
    assert "No notes." in cardfile("note", "list")
    assert json.loads(cardfile("note", "restore", note, as_json=True))[0]["id"] == note
    assert [n.id for n in services.notes.list()] == [note]


def test_a_key_naming_nothing_says_how_this_kind_is_named(cardfile: Commands, services: Services) -> None:
    services.notes.add(validate(NoteCreate, body="Call after 10."))
    with pytest.raises(NoMatch) as raised:
        cardfile("note", "show", "Call after 10.")  # notes are named by id, not by their text
    assert raised.value.message == (
        "No note matches 'Call after 10.'; name it by id or by an id prefix of 8 or more characters "
        "(see cardfile note list)"
    )


def test_the_group_and_its_commands_are_worded_from_the_description(
    cardfile: Commands, capsys: pytest.CaptureFixture[str]
) -> None:
    cardfile.help("note")
    group = capsys.readouterr().out
    assert "Notes. Name a note by id or by an id prefix of 8 or more characters." in group
    for command, summary in (
        ("add", "write a note"),
        ("edit", "change fields of a note"),
        ("show", "show everything about a note"),
        ("list", "list notes, newest first"),
        ("delete", "move notes to the Trash"),
        ("restore", "bring notes back from the Trash"),
    ):
        assert command in group and summary in group
    cardfile.help("note", "show")
    assert "note: its id or an id prefix of 8+ characters" in capsys.readouterr().out
