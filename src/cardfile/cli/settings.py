"""`cardfile settings …`: the preferences headless code needs too, kept in the database."""

from __future__ import annotations

import argparse
from typing import Any

from cardfile.cli import output
from cardfile.cli.common import Context, add_command, add_group
from cardfile.domain.errors import ValidationError

_KEYS = {
    "name-order": "how names are built: given-first ('Anna Berg') or family-first ('Berg Anna')",
    "default-country": "ISO country code for phone numbers typed without '+', e.g. IS or US ('' to unset)",
}


def _current(ctx: Context) -> dict[str, Any]:
    settings = ctx.services.settings
    return {"name_order": settings.name_order(), "default_country": settings.default_country()}


def settings_show(ctx: Context, args: argparse.Namespace) -> None:
    current = _current(ctx)
    if ctx.json:
        ctx.emit(current)
        return
    rows = [
        ("name-order", current["name_order"].replace("_", "-")),
        ("default-country", current["default_country"] or "(not set)"),
        ("database", str(ctx.database)),
    ]
    print(output.table(("setting", "value"), rows), file=ctx.out)


def settings_set(ctx: Context, args: argparse.Namespace) -> None:
    key = args.key.replace("_", "-")
    value = args.value.strip()
    if key == "name-order":
        ctx.services.settings.set_name_order(value.replace("-", "_"))
    elif key == "default-country":
        ctx.services.settings.set_default_country(value or None)
    else:  # argparse's choices stop this earlier; kept so a new key cannot be half-added
        raise ValidationError(field="setting", problem=f"{args.key!r} is not a setting ({', '.join(_KEYS)})")
    if ctx.json:
        ctx.emit(_current(ctx))
    else:
        ctx.say(f"{key} is now {value or '(not set)'}")


def register(commands: Any) -> None:
    settings = add_group(commands, "settings", "preferences stored in the database: show, set")
    add_command(settings, "show", settings_show, "show the settings", json="print one JSON object")
    p = add_command(
        settings,
        "set",
        settings_set,
        "change a setting",
        description="Change a setting.\n\n" + "\n".join(f"  {k:<16} {v}" for k, v in _KEYS.items()),
        examples=["cardfile settings set default-country IS", "cardfile settings set name-order family-first"],
        json="print the settings as JSON",
    )
    p.add_argument("key", metavar="KEY", choices=[*_KEYS, *(k.replace("-", "_") for k in _KEYS)], help=", ".join(_KEYS))
    p.add_argument("value", metavar="VALUE")
