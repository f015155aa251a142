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
    naming_ways,
    record_service,
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
class Extra:
    """A command only this kind has (`company people`): its name, and what declares it in the group."""

    name: str
    declare: Callable[[Any, CommandKind], None]  # (the group's subparsers, the kind)


@dataclass(frozen=True)
class CommandKind:
    """One kind of record as the command line sees it.

    The group's help, and how a record is named, are worded from `plural`, `noun` and the ways the services
    accept (`naming_ways`), so every kind says them alike.
    """

    name: str  # "contact": the command group, the record type, and the argument naming a record
    noun: str  # "person": "show everything about a person"
    plural: str  # "people": "move people to the Trash", "People. Name a person by …"
    # show
    title: Callable[[Any], str]
    card: Callable[[Any], Sequence[tuple[str, Any]]]
    # list
    columns: Sequence[str]
    row: Callable[[Any], Sequence[Any]]
    empty: str  # "No contacts."
    list_options: Callable[[argparse.ArgumentParser], None]
    list_filters: Callable[[Context, argparse.Namespace], dict[str, Any]]
    list_summary: str = ""  # '': "list people, sorted by name"
    list_examples: Sequence[str] = ()
    # add and edit
    add: AddCommand | None = None
    options: Callable[[argparse.ArgumentParser, bool], None] | None = None  # (parser, editing)
    fields: Callable[[Context, argparse.Namespace, bool], dict[str, Any]] | None = None  # (ctx, args, editing)
    create: Callable[[Context, dict[str, Any]], Any] | None = None
    update: Callable[[Context, str, dict[str, Any]], Any] | None = None
    edit_description: str | None = None
    edit_examples: Sequence[str] = ()
    saved: Callable[[Any], str] = field(default=lambda record: f"{record.type} {record.display_name or '(no name)'}")
    extra: Sequence[Extra] = ()
    service: Callable[[Services], Any] | None = None  # None: the kind's own service (services.contacts …)

    def service_of(self, services: Services) -> Any:
        return self.service(services) if self.service is not None else record_service(services, self.name)

    def commands(self) -> list[str]:
        edits = [self.add.name] if self.add is not None else []
        edits += ["edit"] if self.update is not None else []
        return [*edits, "show", "list", *(extra.name for extra in self.extra), "delete", "restore"]


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
    record = kind.service_of(ctx.services).get(resolve_in_trash(ctx, kind.name, args.record))
    if ctx.json:
        ctx.emit(record.as_json())
    else:
        print(output.card(kind.title(record), list(kind.card(record))), file=ctx.out)


def list_records(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    """With --json the records are written as they are read (output.stream_json_array); a service that reads a
    page at a time (`each`: people, companies) so lists any number of them in the memory of one page, and one that
    writes their JSON itself (`each_json`: people) lists 100,000 in a few seconds."""
    service = kind.service_of(ctx.services)
    filters = kind.list_filters(ctx, args)
    if ctx.json and hasattr(service, "each_json"):
        output.stream_json_array(service.each_json(**filters), ctx.out, encoded=True)
    elif ctx.json:
        found = service.each(**filters) if hasattr(service, "each") else service.list(**filters)
        output.stream_json_array((record.as_json() for record in found), ctx.out)
    else:
        ctx.listing(service.list(**filters), kind.columns, kind.row, empty=kind.empty)


def delete(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    delete_records(ctx, kind.name, args.record, kind.service_of(ctx.services))


def restore(kind: CommandKind, ctx: Context, args: argparse.Namespace) -> None:
    restore_records(ctx, kind.name, args.record, kind.service_of(ctx.services))


# ----- the command group -----


def record_argument(parser: argparse.ArgumentParser, kind: CommandKind, *, several: bool = False) -> None:
    """The argument naming a record (or several) of the kind: CONTACT, COMPANY …"""
    metavar, how = kind.name.upper(), f"{kind.name}: {naming_ways(kind.name, short=True)}"
    parser.add_argument("record", nargs="+" if several else None, metavar=metavar, help=how)


def register_kind(commands: Any, kind: CommandKind) -> Any:
    """Add `cardfile KIND` with its commands; returns the group's subparsers (for commands added later)."""
    summary = f"{kind.plural}: {', '.join(kind.commands())}"
    description = f"{kind.plural.capitalize()}. Name a {kind.noun} {naming_ways(kind.name)}."
    group = add_group(commands, kind.name, summary, description)
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
            f"change fields of a {kind.noun}",
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
        kind.list_summary or f"list {kind.plural}, sorted by name",
        examples=kind.list_examples,
        json="print one JSON array",
    )
    kind.list_options(p)
    for extra in kind.extra:
        extra.declare(group, kind)
    for name, handler, summary, printed in (
        ("delete", delete, f"move {kind.plural} to the Trash", "print the deleted records as JSON"),
        ("restore", restore, f"bring {kind.plural} back from the Trash", "print the records as JSON"),
    ):
        p = add_command(group, name, partial(handler, kind), summary, json=printed)
        record_argument(p, kind, several=True)
    return group
