"""The commands every kind of record has, written once: add, edit, show, list, delete and restore.

A `CommandKind` describes how the command line names, prints and changes the records of one kind; `register_kind`
turns it into the `cardfile KIND …` group. What a kind alone has stays in its own module: its options and how
they become fields (`options`, `fields`), how a record is written (`create`, `update`), the lines of its card,
the columns of its list, and commands only it has (`extra`: `company people`, `activity clear`). People and
companies are described in cli/people.py; activities and deals move onto this the same way, their `add` called
`schedule` (`AddCommand(name="schedule", …)`) where that is the word people use.

The services a kind's `service(services)` returns answer `get(id)`, `list(**filters)`, `delete(id)` and
`restore(id)`; every kind is named by what `cli.common.resolve` accepts (id, id prefix, email, exact name, as the
services' one `resolve` allows for it).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING, Any

from cardfile.cli import output
from cardfile.cli.common import (
    Context,
    add_command,
    add_group,
    delete_records,
    resolve,
    resolve_in_trash,
    restore_records,
)
from cardfile.domain.errors import ValidationError

if TYPE_CHECKING:
    from cardfile.services import Services

EMPTY_CLEARS = "Each option given replaces that field; an empty value ('') clears it."


@dataclass(frozen=True)
class AddCommand:
    """How a new record is made: the command's name ("add", "schedule"), its words, and its positional
    arguments (a company's NAME, an activity's SUBJECT) beside the options both add and edit take."""

    summary: str
    name: str = "add"
    done: str = "Added"  # what the command says it did: "Added contact Anna Berg", "Scheduled call …"
    description: str | None = None
    examples: Sequence[str] = ()
    arguments: Callable[[argparse.ArgumentParser], None] | None = None


@dataclass(frozen=True)
class CommandKind:
    """One kind of record as the command line sees it."""

    name: str  # "contact": the command group, the record type, and the argument naming a record
    noun: str  # "person": "show everything about a person"
    summary: str  # the group's line in `cardfile --help`
    description: str
    plural: str  # "people": "move people to the Trash"
    key_help: str  # "contact: its id, an id prefix of 8+ characters, an email address or the exact name"
    service: Callable[[Services], Any]
    # show
    title: Callable[[Any], str]
    card: Callable[[Any], Sequence[tuple[str, Any]]]
    # list
    columns: Sequence[str]
    row: Callable[[Any], Sequence[Any]]
    empty: str  # "No contacts."
    list_summary: str
    list_options: Callable[[argparse.ArgumentParser], None]
    list_filters: Callable[[Context, argparse.Namespace], dict[str, Any]]
    list_examples: Sequence[str] = ()
    # add and edit
    add: AddCommand | None = None
    options: Callable[[argparse.ArgumentParser, bool], None] | None = None  # (parser, editing)
    fields: Callable[[Context, argparse.Namespace, bool], dict[str, Any]] | None = None  # (ctx, args, editing)
    create: Callable[[Context, dict[str, Any]], Any] | None = None
    update: Callable[[Context, str, dict[str, Any]], Any] | None = None
    edit_summary: str = ""
    edit_description: str | None = None
    edit_examples: Sequence[str] = ()
    saved: Callable[[Any], str] = field(default=lambda record: f"{record.type} {record.display_name or '(no name)'}")
    extra: Sequence[Callable[[Any, CommandKind], None]] = ()  # (subparsers, kind): commands only this kind has


# ----- the handlers, the same for every kind -----


def said(ctx: Context, kind: CommandKind, verb: str, record: Any) -> None:
    """What an add or edit prints: the record as JSON, or 'Added contact Anna Berg  <id>'."""
    if ctx.json:
        ctx.emit(record.as_json())
    else:
        ctx.say(f"{verb} {kind.saved(record)}  {record.id}")


def add_record(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    assert kind.add is not None and kind.fields is not None and kind.create is not None
    said(ctx, kind, kind.add.done, kind.create(ctx, kind.fields(ctx, args, False)))


def edit_record(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    assert kind.fields is not None and kind.update is not None
    record_id = resolve(ctx, kind.name, args.record)
    changes = kind.fields(ctx, args, True)
    if not changes:
        raise ValidationError(
            field="edit", problem=f"name at least one field to change (see cardfile {kind.name} edit -h)"
        )
    said(ctx, kind, "Changed", kind.update(ctx, record_id, changes))


def show_record(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    record = kind.service(ctx.services).get(resolve_in_trash(ctx, kind.name, args.record))
    if ctx.json:
        ctx.emit(record.as_json())
    else:
        print(output.card(kind.title(record), list(kind.card(record))), file=ctx.out)


def list_records(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    records = kind.service(ctx.services).list(**kind.list_filters(ctx, args))
    ctx.listing(records, kind.columns, kind.row, empty=kind.empty)


def delete(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    delete_records(ctx, kind.name, args.record, kind.service(ctx.services))


def restore(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    restore_records(ctx, kind.name, args.record, kind.service(ctx.services))


# ----- the command group -----


def record_argument(parser: argparse.ArgumentParser, kind: CommandKind, *, several: bool = False) -> None:
    """The argument naming a record (or several) of the kind: CONTACT, COMPANY …"""
    metavar = kind.name.upper()
    if several:
        parser.add_argument("record", nargs="+", metavar=metavar, help=kind.key_help)
    else:
        parser.add_argument("record", metavar=metavar, help=kind.key_help)


def register_kind(commands: Any, kind: CommandKind) -> Any:
    """Add `cardfile KIND` with its commands; returns the group's subparsers (for commands added later)."""
    group = add_group(commands, kind.name, kind.summary, kind.description)
    if kind.add is not None and kind.options is not None:
        p = add_command(
            group,
            kind.add.name,
            partial(add_record, kind),
            kind.add.summary,
            description=kind.add.description,
            examples=kind.add.examples,
            json="print the new record as JSON",
        )
        if kind.add.arguments is not None:
            kind.add.arguments(p)
        kind.options(p, False)
    if kind.update is not None and kind.options is not None:
        p = add_command(
            group,
            "edit",
            partial(edit_record, kind),
            kind.edit_summary,
            description=kind.edit_description,
            examples=kind.edit_examples,
            json="print the changed record as JSON",
        )
        record_argument(p, kind)
        kind.options(p, True)
    p = add_command(
        group, "show", partial(show_record, kind), f"show everything about a {kind.noun}", json="print one JSON object"
    )
    record_argument(p, kind)
    p = add_command(
        group,
        "list",
        partial(list_records, kind),
        kind.list_summary,
        examples=kind.list_examples,
        json="print one JSON array",
    )
    kind.list_options(p)
    for extra in kind.extra:
        extra(group, kind)
    p = add_command(
        group,
        "delete",
        partial(delete, kind),
        f"move {kind.plural} to the Trash",
        json="print the deleted records as JSON",
    )
    record_argument(p, kind, several=True)
    p = add_command(
        group,
        "restore",
        partial(restore, kind),
        f"bring {kind.plural} back from the Trash",
        json="print the records as JSON",
    )
    record_argument(p, kind, several=True)
    return group
