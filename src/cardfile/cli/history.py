"""`cardfile history`, `undo`, `redo` and `trash …`: the change log read back and the Trash."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from cardfile.cli import arguments, output
from cardfile.cli.common import Context, add_command, add_group, resolve_any
from cardfile.domain.errors import Ambiguous, NotFound, ValidationError

# Bookkeeping fields the store derives itself; they clutter a person's view of a record's history.
_DERIVED = {"sort_key", "display_name_custom", "updated_at", "created_at"}


def _value_text(value: Any) -> str:
    if value is None:
        return "(empty)"
    if isinstance(value, datetime):
        return output.local_time(value)
    if isinstance(value, bytes):
        return f"({len(value)} bytes)"
    if isinstance(value, list) and all(isinstance(v, dict) and "value" in v for v in value):
        return "; ".join(output.entry_line(v) for v in value) or "(empty)"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value) or "(empty)"
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False) if value else "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value) if value != "" else "(empty)"


def history(ctx: Context, args: argparse.Namespace) -> None:
    if args.record is None:
        actions = ctx.services.history.actions(limit=args.limit)
        ctx.listing(
            actions,
            ("when", "action", "id", "state"),
            lambda a: (
                output.local_time(a.at),
                a.label,
                a.id,
                "undone" if a.undone else "",
            ),
            empty="Nothing has been done yet.",
        )
        return
    _kind, record_id = resolve_any(ctx, args.record)
    changes = ctx.services.history.field_changes(record_id)
    if ctx.json:
        ctx.emit([c.as_json() for c in changes])
        return
    shown = [c for c in changes if args.all or c.field not in _DERIVED]
    if not shown:
        ctx.say("No recorded changes.")
        return
    rows = [(output.local_time(c.at), c.field, _value_text(c.value), c.action_label, c.user_id) for c in shown]
    print(output.table(("when", "field", "new value", "action", "by"), rows, max_width=60), file=ctx.out)


def undo(ctx: Context, args: argparse.Namespace) -> None:
    action = ctx.services.history.undo(_action_id(ctx, args.action) if args.action else None)
    if ctx.json:
        ctx.emit(action.as_json())
    else:
        ctx.say(f"{action.label}  (cardfile redo takes it back)")


def redo(ctx: Context, args: argparse.Namespace) -> None:
    action = ctx.services.history.redo()
    if ctx.json:
        ctx.emit(action.as_json())
    else:
        ctx.say(action.label)


def _action_id(ctx: Context, key: str) -> str:
    found = [
        a.id
        for a in ctx.services.history.actions(limit=1000)
        if a.id == key or (len(key) >= 8 and a.id.startswith(key))
    ]
    if len(found) > 1:
        raise Ambiguous(what=key, record_type="action", candidates=", ".join(found[:5]))
    if not found:
        raise NotFound(record_type="action", record_id=key)
    return found[0]


# ----- Trash -----


def trash_list(ctx: Context, args: argparse.Namespace) -> None:
    items = [i for i in ctx.services.history.trash() if not args.type or i.record_type in args.type]
    ctx.listing(
        items,
        ("type", "id", "name", "deleted"),
        lambda i: (i.record_type, i.id, i.display_name, output.local_time(i.deleted_at)),
        empty="The Trash is empty.",
    )


def _trash_item(ctx: Context, key: str) -> Any:
    wanted = key.strip()
    items = ctx.services.history.trash()
    found = [i for i in items if i.id == wanted]
    if not found and len(wanted) >= 8:
        found = [i for i in items if i.id.startswith(wanted)]
    if not found:
        found = [i for i in items if i.display_name.casefold() == wanted.casefold()]
    if len(found) > 1:
        raise Ambiguous(
            what=key,
            record_type="Trash",
            candidates="; ".join(f"{i.record_type} {i.id} ({i.display_name})" for i in found),
        )
    if not found:
        raise NotFound(record_type="record in the Trash", record_id=key)
    return found[0]


def trash_restore(ctx: Context, args: argparse.Namespace) -> None:
    restored = []
    for key in args.record:
        item = _trash_item(ctx, key)
        ctx.services.history.restore(item.record_type, item.id)
        restored.append(item)
        ctx.say(f"Restored {item.record_type} {item.display_name}  {item.id}")
    if ctx.json:
        ctx.emit([{"id": i.id, "type": i.record_type, "display_name": i.display_name} for i in restored])


def trash_empty(ctx: Context, args: argparse.Namespace) -> None:
    items = ctx.services.history.trash()
    waiting = sum(1 for item in items if item.erasable)
    if waiting and not args.yes:
        raise ValidationError(
            field="trash empty",
            problem=f"this erases {waiting} record(s) for good, with their history; run it again with --yes",
        )
    erased = ctx.services.history.empty_trash()
    kept = len(items) - waiting
    if ctx.json:
        ctx.emit({"erased": erased, "kept": kept})
    else:
        ctx.say(f"Erased {erased} record(s) for good.")
        if kept:
            ctx.say(
                f"Kept {kept} record(s) that belong to someone else: only their owner or an administrator of the sync "
                "server erases them (anyone may restore them)."
            )


def register(commands: Any) -> None:
    p = add_command(
        commands,
        "history",
        history,
        "show the field changes of a record, or recent actions",
        description="With a record, list every value each of its fields has had: when, what, by which action "
        "and user. Without one, list your recent actions (what `cardfile undo` would take back).",
        examples=["cardfile history anna@nordurljos.is", "cardfile history"],
        json="print one JSON array",
    )
    p.add_argument("record", nargs="?", metavar="RECORD", help="a contact, company, deal, activity or note")
    p.add_argument("--all", action="store_true", help="include fields the store derives (sort key, timestamps)")
    p.add_argument("--limit", type=arguments.positive, default=20, metavar="N", help="recent actions to list (20)")

    p = add_command(
        commands,
        "undo",
        undo,
        "take back your last action (or the one named)",
        description="Take back your last action by writing back the values it replaced. The undo is itself an "
        "action: it is logged, syncs like any edit, and `cardfile redo` takes it back.",
        json="print the undo action as JSON",
    )
    p.add_argument("action", nargs="?", metavar="ACTION", help="id (or 8+ character prefix) from `cardfile history`")
    add_command(commands, "redo", redo, "take back the last undo", json="print the redo action as JSON")

    trash = add_group(commands, "trash", "deleted records: list, restore, empty")
    p = add_command(trash, "list", trash_list, "list deleted records, most recent first", json="print one JSON array")
    p.add_argument("--type", action="append", choices=("contact", "company", "activity", "note", "deal", "group"))
    p = add_command(trash, "restore", trash_restore, "bring records back from the Trash", json="print one JSON array")
    p.add_argument("record", nargs="+", metavar="RECORD", help="id, 8+ character id prefix or exact name")
    p = add_command(
        trash,
        "empty",
        trash_empty,
        "erase everything in the Trash for good",
        description="Erase everything in the Trash for good, including every value it had in the change log.\n"
        "This cannot be undone; it asks for --yes.",
        json="print the number erased as JSON",
    )
    p.add_argument("--yes", action="store_true", help="yes, erase them")
