"""What every command shares: the context it runs in, how it is declared, and how it names records.

People name records by id, by an id prefix of 8 or more characters, by email or by exact name; the services'
`resolve()` methods do the matching and this module turns an ambiguous match into a message that lists the
candidates by id and name, so the person can pick one.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cardfile.cli import output
from cardfile.cli.helpformat import HelpFormatter
from cardfile.domain.errors import Ambiguous, NotFound
from cardfile.domain.record_types import RecordType

if TYPE_CHECKING:
    from cardfile.services import Services

Handler = Callable[["Context", argparse.Namespace], "int | None"]


@dataclass
class Context:
    """An open database (or just its path, for commands that work on the file) and where to print."""

    database: Path
    json: bool = False
    opened: Services | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)

    @property
    def services(self) -> Services:
        assert self.opened is not None, "this command was declared with database='path' and opens nothing"
        return self.opened

    def say(self, text: str = "") -> None:
        """A line for people; with --json, stdout carries only the JSON document, so this goes nowhere."""
        if not self.json:
            print(text, file=self.out)

    def warn(self, text: str) -> None:
        """A warning for people, on standard error (so it reaches them with --json too)."""
        print(text, file=sys.stderr)

    def emit(self, value: Any) -> None:
        output.print_json(value, self.out)

    def listing(
        self,
        items: Sequence[Any],
        headers: Sequence[str],
        row: Callable[[Any], Sequence[Any]],
        *,
        empty: str,
    ) -> None:
        """A list of records: one JSON array with --json, else an aligned table (or `empty` when there are none).

        A column headed "id" holds full ids; the table shows the shortest prefixes that tell them apart.
        """
        if self.json:
            self.emit([i.as_json() for i in items])
        elif items:
            print(output.table(headers, output.shorten_id_columns(headers, [row(i) for i in items])), file=self.out)
        else:
            print(empty, file=self.out)


def add_command(
    subparsers: Any,
    name: str,
    handler: Handler,
    summary: str,
    *,
    description: str | None = None,
    examples: Iterable[str] = (),
    json: str | None = "print JSON instead of text",
    database: str = "open",
    aliases: Sequence[str] = (),
) -> argparse.ArgumentParser:
    """Declare one command. `database` is 'open' (the command gets open services), 'check' (open an existing
    database without a daily backup) or 'path' (the command works on the file itself and opens nothing).
    """
    epilog = "examples:\n" + "\n".join(f"  {e}" for e in examples) if examples else None
    parser = subparsers.add_parser(
        name,
        help=summary,
        description=description or summary[:1].upper() + summary[1:] + ".",
        epilog=epilog,
        formatter_class=HelpFormatter,
        aliases=list(aliases),
    )
    if json:
        parser.add_argument("--json", action="store_true", help=json)
    parser.set_defaults(handler=handler, database_mode=database)
    return parser


def add_group(subparsers: Any, name: str, summary: str, description: str | None = None) -> Any:
    """A command with subcommands of its own (`contact add`, `contact list` …)."""
    parser = subparsers.add_parser(
        name, help=summary, description=description or summary, formatter_class=HelpFormatter
    )
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", dest=f"{name}_command")
    sub.required = True
    return sub


# ----- naming records -----


class NoMatch(NotFound):
    """Nothing answers to the name or id a person typed; says how records can be named."""

    template = "No {record_type} matches {what!r}; name it {how}"


SEARCHED = ("contact", "company", "deal")  # the kinds `cardfile search` finds by part of a name


def naming_ways(kind: str, *, short: bool = False) -> str:
    """How a record of the kind is named, as the services' NAMING allows: 'by id, by an id prefix of 8 or more
    characters, by email or by exact name'; `short`: 'its id, an id prefix of 8+ characters, an email address or
    the exact name' (an argument's help)."""
    from cardfile.services.records import NAMING  # loads the services' models: only a command that names records

    naming = NAMING[RecordType(kind)]
    if short:
        ways = ["its id", "an id prefix of 8+ characters", "an email address", "the exact name"]
    else:
        ways = ["by id", "by an id prefix of 8 or more characters", "by email", "by exact name"]
    allowed = [
        way for way, ok in zip(ways, (True, naming.prefix, naming.email, naming.name is not None), strict=True) if ok
    ]
    return allowed[0] if len(allowed) == 1 else f"{', '.join(allowed[:-1])} or {allowed[-1]}"


def _how(kind: str) -> str:
    where = "cardfile search finds partial names" if kind in SEARCHED else f"see cardfile {kind} list"
    return f"{naming_ways(kind)} ({where})"


def record_service(services: Services, kind: str) -> Any:
    """The service of a kind of record, by its name ("contact" → services.contacts)."""
    return {
        "contact": services.contacts,
        "company": services.companies,
        "deal": services.deals,
        "activity": services.activities,
        "note": services.notes,
        "group": services.groups,
    }[kind]


def resolve(ctx: Context, kind: str, key: str) -> str:
    """The id of the one `kind` record `key` names; an ambiguous key lists the candidates by id and name."""
    service = record_service(ctx.services, kind)
    try:
        return str(service.resolve(key.strip()))
    except Ambiguous as exc:
        raise named_candidates(ctx, kind, key, exc) from None
    except NotFound:
        raise NoMatch(record_type=kind, what=key, how=_how(kind)) from None


def resolve_many(ctx: Context, kind: str, keys: Iterable[str] | None) -> list[str]:
    return [resolve(ctx, kind, key) for key in keys or [] if key.strip()]


def resolve_optional(ctx: Context, kind: str, key: str | None) -> str | None:
    """None when the option was not given or given empty ('--company ""' clears a link)."""
    return resolve(ctx, kind, key) if key and key.strip() else None


def named_candidates(ctx: Context, kind: str, key: str, exc: Ambiguous) -> Ambiguous:
    service = record_service(ctx.services, kind)
    described = []
    for candidate in str(exc.params.get("candidates", "")).split(", "):
        try:
            name = service.get(candidate).display_name
        except Exception:  # a candidate we cannot read is still worth naming by id
            name = ""
        described.append(f"{candidate} ({name})" if name else candidate)
    return Ambiguous(what=key, record_type=kind, candidates="; ".join(described))


def resolve_in_trash(ctx: Context, kind: str, key: str) -> str:
    """Like `resolve`, but also finds a deleted record by its exact name (the services match names of live
    records only), so `cardfile contact restore "Anna Berg"` works."""
    try:
        return resolve(ctx, kind, key)
    except NotFound:
        wanted = key.strip().casefold()
        found = [
            i.id for i in ctx.services.history.trash() if i.record_type == kind and i.display_name.casefold() == wanted
        ]
        if len(found) == 1:
            return found[0]
        if found:
            raise Ambiguous(what=key, record_type=kind, candidates=", ".join(found[:5])) from None
        raise


ANY_KIND = ("contact", "company", "deal", "activity", "note")


def resolve_any(ctx: Context, key: str, kinds: Sequence[str] = ANY_KIND) -> tuple[str, str]:
    """(kind, id) of the one record of any kind that `key` names."""
    found: list[tuple[str, str]] = []
    for kind in kinds:
        try:
            found.append((kind, resolve_in_trash(ctx, kind, key)))
        except NotFound:
            continue
    if not found:
        raise NoMatch(record_type="record", what=key, how=_how("contact"))
    if len(found) > 1:
        raise Ambiguous(what=key, record_type="kinds of", candidates="; ".join(f"{k} {i}" for k, i in found))
    return found[0]


def delete_records(ctx: Context, kind: str, keys: list[str], service: Any) -> None:
    """Move records to the Trash (they can be restored); one action each, so `cardfile undo` takes back the last."""
    ids = [resolve(ctx, kind, key) for key in keys]
    done = []
    for record_id in ids:
        changed = service.delete(record_id)
        record = service.get(record_id)
        done.append(record)
        ctx.say(
            f"Moved {kind} {record.display_name} to the Trash  {record.id}"
            if changed
            else f"{kind.capitalize()} {record.display_name} was already in the Trash  {record.id}"
        )
    if ctx.json:
        ctx.emit([r.as_json() for r in done])


def restore_records(ctx: Context, kind: str, keys: list[str], service: Any) -> None:
    ids = [resolve_in_trash(ctx, kind, key) for key in keys]
    done = []
    for record_id in ids:
        changed = service.restore(record_id)
        record = service.get(record_id)
        done.append(record)
        ctx.say(
            f"Restored {kind} {record.display_name}  {record.id}"
            if changed
            else f"{kind.capitalize()} {record.display_name} was not in the Trash  {record.id}"
        )
    if ctx.json:
        ctx.emit([r.as_json() for r in done])
