"""`cardfile field …`: custom fields people define for contacts, companies, activities and deals."""

from __future__ import annotations

import argparse
from typing import Any

from cardfile.cli.common import Context, add_command, add_group
from cardfile.domain.models import CustomFieldCreate, validate
from cardfile.domain.values import CustomFieldType

RECORD_TYPES = ("contact", "company", "activity", "deal")


def field_add(ctx: Context, args: argparse.Namespace) -> None:
    data = validate(
        CustomFieldCreate,
        record_type=args.record_type,
        name=args.name,
        field_type=args.type.replace("-", "_"),
        choices=[c.strip() for c in args.choice or [] if c.strip()],
    )
    field = ctx.services.custom_fields.define(data)
    if ctx.json:
        ctx.emit(field.as_json())
    else:
        ctx.say(f"Added {field.field_type} field {field.name!r} to {field.record_type} records  {field.id}")


def field_list(ctx: Context, args: argparse.Namespace) -> None:
    ctx.listing(
        ctx.services.custom_fields.list(args.record_type),
        ("for", "name", "type", "choices"),
        lambda f: (f.record_type, f.name, f.field_type, ", ".join(f.choices)),
        empty="No custom fields.",
    )


def register(commands: Any) -> None:
    field = add_group(
        commands,
        "field",
        "custom fields: add, list",
        "Custom fields. Give records values for them with --field NAME=VALUE on add and edit.",
    )
    p = add_command(
        field,
        "add",
        field_add,
        "define a custom field",
        examples=[
            "cardfile field add Region --type choice --choice North --choice South",
            "cardfile field add 'Fleet size' --type number --for company",
            "cardfile contact edit anna@nordurljos.is --field Region=North",
        ],
        json="print the new field as JSON",
    )
    p.add_argument("name", metavar="NAME")
    p.add_argument(
        "--type",
        choices=[t.value.replace("_", "-") for t in CustomFieldType],
        default="text",
        help="kind of value (default: text)",
    )
    p.add_argument("--for", dest="record_type", choices=RECORD_TYPES, default="contact", help="default: contact")
    p.add_argument("--choice", action="append", metavar="TEXT", help="an allowed value of a choice field")
    p = add_command(field, "list", field_list, "list custom fields", json="print one JSON array")
    p.add_argument("--for", dest="record_type", choices=RECORD_TYPES, help="only fields of this kind of record")
