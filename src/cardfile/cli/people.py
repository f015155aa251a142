"""`cardfile contact …` and `cardfile company …`: people and companies, described for the shared record commands
(cli/records.py), with what only they have: their options, their cards, and `company people`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cardfile.cli import arguments, output
from cardfile.cli.common import Context, add_command, resolve, resolve_optional
from cardfile.cli.records import EMPTY_CLEARS, AddCommand, CommandKind, Extra, record_argument, register_kind
from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import CompanyCreate, CompanyUpdate, ContactCreate, ContactUpdate, validate
from cardfile.domain.text import blank

if TYPE_CHECKING:
    from cardfile.services.readmodels import CompanyRead, ContactRead

# option destination -> field of ContactCreate
_CONTACT_TEXT = {
    "prefix": "prefix",
    "given": "given",
    "middle": "additional",
    "family": "family",
    "suffix": "suffix",
    "nickname": "nickname",
    "display_name": "display_name",
    "title": "title",
    "department": "department",
    "note": "note",
    "birthday": "birthday",
    "anniversary": "anniversary",
}
_COMPANY_TEXT = {"name": "name", "industry": "industry", "website": "website", "note": "note"}
_NAME_FIELDS = ("given", "family", "additional", "nickname", "display_name", "prefix", "suffix")


# ----- options shared by add and edit -----


def _channel_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--email", action="append", metavar="[LABEL=]ADDRESS", help="email address, e.g. work=anna@example.com"
    )
    parser.add_argument(
        "--phone", action="append", metavar="[LABEL=]NUMBER", help="phone number, e.g. 'cell=+354 555 1234'"
    )
    parser.add_argument(
        "--address",
        action="append",
        metavar="[LABEL=]STREET;CITY;REGION;POSTCODE;COUNTRY",
        help="postal address, parts separated by ';' (trailing parts may be left out)",
    )
    parser.add_argument("--url", action="append", metavar="[LABEL=]URL", help="web address")
    parser.add_argument("--tag", action="append", metavar="TAG", help="tag (repeat it, or separate tags by commas)")
    parser.add_argument("--note", metavar="TEXT", help="the record's note (background text)")
    parser.add_argument(
        "--field",
        action="append",
        metavar="NAME=VALUE",
        help="value of a custom field (define one with: cardfile field add)",
    )


def _privacy_options(parser: argparse.ArgumentParser, editing: bool) -> None:
    if editing:
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--private", action="store_true", default=None, help="make the record private")
        group.add_argument("--public", action="store_true", help="make the record visible to everyone")
    else:
        parser.add_argument("--private", action="store_true", help="keep the record private to you")


def _contact_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    names = parser.add_argument_group("name")
    names.add_argument("--given", metavar="NAME", help="given (first) name")
    names.add_argument("--family", metavar="NAME", help="family (last) name")
    names.add_argument("--middle", metavar="NAME", help="middle (additional) names")
    names.add_argument("--prefix", metavar="TEXT", help="honorific prefix: Dr., Ms. …")
    names.add_argument("--suffix", metavar="TEXT", help="honorific suffix: Jr., PhD …")
    names.add_argument("--nickname", metavar="NAME")
    names.add_argument(
        "--display-name", metavar="NAME", help="show the person by this name instead of one built from the parts"
    )
    work = parser.add_argument_group("work")
    work.add_argument("--company", metavar="NAME|ID", help="link to this company; a new name creates the company")
    work.add_argument("--title", metavar="TEXT", help="job title")
    work.add_argument("--department", metavar="TEXT")
    more = parser.add_argument_group("contact details")
    _channel_options(more)  # type: ignore[arg-type]
    more.add_argument(
        "--birthday", metavar="DATE", help="YYYY-MM-DD, or MM-DD when the year is unknown", type=_yearless
    )
    more.add_argument("--anniversary", metavar="DATE", help="YYYY-MM-DD or MM-DD", type=_yearless)
    _privacy_options(parser, editing)


def _company_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    if editing:
        parser.add_argument("--name", metavar="NAME", help="rename the company")
    parser.add_argument("--industry", metavar="TEXT")
    parser.add_argument("--website", metavar="URL", help="the main web site")
    parser.add_argument("--parent", metavar="COMPANY", help="parent company (name or id)")
    _channel_options(parser)
    _privacy_options(parser, editing)


def _yearless(text: str) -> str:
    """'04-15' is a birthday without a year; the store writes it '--04-15' as vCard does."""
    text = text.strip()
    return f"--{text}" if len(text) == 5 and text[2] == "-" else text


def _common_fields(args: argparse.Namespace, text_fields: dict[str, str]) -> dict[str, Any]:
    """The fields the person named on the command line, and only those (an edit leaves the rest alone)."""
    fields: dict[str, Any] = {}
    for dest, name in text_fields.items():
        value = getattr(args, dest, None)
        if value is not None:
            fields[name] = value
    for dest, name in (("email", "emails"), ("phone", "phones"), ("url", "urls")):
        values = arguments.entries(getattr(args, dest))
        if values is not None:
            fields[name] = values
    addresses = arguments.address_entries(args.address)
    if addresses is not None:
        fields["addresses"] = addresses
    tags = arguments.tags(args.tag)
    if tags is not None:
        fields["tags"] = tags
    if args.field:
        fields["custom"] = arguments.key_values(args.field)
    if args.private:
        fields["private"] = True
    if getattr(args, "public", False):
        fields["private"] = False
    return fields


def _company_link(ctx: Context, key: str | None) -> tuple[str | None, str | None]:
    """(id, None) for a company that exists, (None, name) for one to create, (None, None) when not given."""
    if key is None or blank(key):
        return None, None
    try:
        return resolve(ctx, "company", key), None
    except NotFound:
        return None, key.strip()


def _meta_lines(r: Any) -> list[tuple[str, Any]]:
    m = r.meta
    return [
        ("private", "yes" if m.private else ""),
        ("created", output.local_time(m.created_at)),
        ("updated", output.local_time(m.updated_at)),
        ("deleted", f"{output.local_time(m.deleted_at)} (in the Trash)" if m.deleted_at else ""),
    ]


def _channel_lines(r: ContactRead | CompanyRead) -> list[tuple[str, Any]]:
    return [
        ("email", [output.entry_line(e) for e in r.emails]),
        ("phone", [output.entry_line(p) for p in r.phones]),
        ("address", [output.entry_line(a, output.address_line(a)) for a in r.addresses]),
        ("web", [output.entry_line(u) for u in r.urls]),
        ("im", [output.entry_line(i, f"{i.get('service', '')} {i['value']}".strip()) for i in r.ims]),
        ("date", [output.entry_line(d) for d in r.dates]),
        ("tags", ", ".join(r.tags)),
        *[(name, "yes" if value is True else "no" if value is False else value) for name, value in r.custom.items()],
        ("note", r.note),
    ]


# ----- contacts -----


def _contact_fields(ctx: Context, args: argparse.Namespace, editing: bool) -> dict[str, Any]:
    """The person's fields named on the command line; the company as `company_id`, or as `company_name` when it
    is to be created (or '' to unlink, in an edit)."""
    fields = _common_fields(args, _CONTACT_TEXT)
    if args.company is not None:
        company_id, company_name = _company_link(ctx, args.company)
        if company_id:
            fields["company_id"] = company_id
        elif company_name is not None:
            fields["company_name"] = company_name
        elif editing:
            fields["company_name"] = ""  # '--company ""' unlinks
    return fields


def _create_contact(ctx: Context, fields: dict[str, Any]) -> ContactRead:
    company_name = fields.pop("company_name", None)
    data = validate(ContactCreate, **fields)  # a name of only spaces or invisible characters comes back empty
    if not any(getattr(data, f) for f in _NAME_FIELDS) and not (data.company_id or company_name or data.emails):
        raise ValidationError(
            field="contact", problem="give a name (--given, --family or --display-name), a --company or an --email"
        )
    return ctx.services.contacts.create(data, company_name=company_name)


def _update_contact(ctx: Context, contact_id: str, fields: dict[str, Any]) -> ContactRead:
    company_name = fields.pop("company_name", None)
    changes = validate(ContactUpdate, **fields)  # only the named fields are set: the rest is left alone
    return ctx.services.contacts.update(contact_id, changes, company_name=company_name)


def contact_lines(c: ContactRead) -> list[tuple[str, Any]]:
    name = output.one_line(" ".join(p for p in (c.prefix, c.given, c.additional, c.family, c.suffix) if p))
    job = ", ".join(p for p in (c.title, c.department) if p)
    return [
        ("id", c.id),
        ("name", name if name and name != c.display_name else ""),
        ("nickname", c.nickname),
        ("company", c.company.name if c.company else ""),
        ("title", job),
        *_channel_lines(c),
        *((role, f"{ref.name}  ({ref.id[:13]})") for ref, role in c.related),  # e.g. 'agent  Björn … (01a2…)'
        ("birthday", c.birthday),
        ("anniversary", c.anniversary),
        *_meta_lines(c),
    ]


CONTACT_COLUMNS = ("id", "name", "company", "email", "phone", "tags")


def contact_row(c: ContactRead) -> tuple[Any, ...]:
    return (
        c.id,
        c.display_name,
        c.company.name if c.company else "",
        output.first_value(c.emails),
        output.first_value(c.phones),
        ", ".join(c.tags),
    )


def _contact_list_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag", metavar="TAG", help="only people with this tag")
    p.add_argument("--company", metavar="COMPANY", help="only people of this company")
    p.add_argument("--group", metavar="GROUP", help="only members of this group")
    p.add_argument("--lookup", metavar="NAME", help="only people a saved lookup finds")
    p.add_argument("--deleted", action="store_true", help="list people in the Trash instead")
    p.add_argument("--sort", choices=("name", "created", "updated"), default="name", help="order (default: name)")
    p.add_argument("--limit", type=arguments.positive, metavar="N", help="at most N people")


def _contact_list_filters(ctx: Context, args: argparse.Namespace) -> dict[str, Any]:
    filters: dict[str, Any] = {"tag": args.tag, "deleted": args.deleted, "order": args.sort, "limit": args.limit}
    filters["company_id"] = resolve_optional(ctx, "company", args.company)
    filters["group_id"] = resolve_optional(ctx, "group", args.group)
    if args.lookup:
        filters["lookup_id"] = ctx.services.lookups.resolve(args.lookup)
    return filters


CONTACT = CommandKind(
    name="contact",
    noun="person",
    plural="people",
    title=lambda c: c.display_name or "(no name)",
    card=contact_lines,
    columns=CONTACT_COLUMNS,
    row=contact_row,
    empty="No contacts.",
    list_options=_contact_list_options,
    list_filters=_contact_list_filters,
    list_examples=[
        "cardfile contact list --tag vip",
        "cardfile contact list --company Acme --json | jq '.[].emails'",
    ],
    add=AddCommand(
        "add a person",
        description="Add a person. Emails, phones, addresses, URLs and tags may be repeated. An entry may start "
        "with a label (work, home, cell, fax, other or your own word) and '=': --phone 'cell=+354 555 1234'.\n"
        "A '*' after the label marks the preferred entry: --email 'work*=anna@example.com'.",
        examples=[
            "cardfile contact add --given Anna --family Jónsdóttir --company 'Norðurljós ehf.' \\",
            "    --email work=anna@nordurljos.is --phone 'cell=+354 555 1234' --tag customer --tag vip",
            "cardfile contact add --given 太郎 --family 山田 --title 部長 --json",
        ],
    ),
    options=lambda parser, editing: _contact_options(parser, editing=editing),
    fields=_contact_fields,
    create=_create_contact,
    update=_update_contact,
    edit_description=f"Change fields of a person. {EMPTY_CLEARS}\n--company '' unlinks the company, "
    "--email '' removes every email address.",
    edit_examples=[
        "cardfile contact edit anna@nordurljos.is --title 'Sales Director' --phone 'work=+354 555 0000'",
        "cardfile contact edit 0192f1c4e8 --email '' --tag ''",
    ],
)


# ----- companies -----


def _company_fields(ctx: Context, args: argparse.Namespace, editing: bool) -> dict[str, Any]:
    fields = _common_fields(args, _COMPANY_TEXT)
    if editing:
        if args.parent is not None:
            fields["parent_id"] = resolve_optional(ctx, "company", args.parent)  # '--parent ""' clears it
    else:
        parent = resolve_optional(ctx, "company", args.parent)
        if parent:
            fields["parent_id"] = parent
    return fields


def company_lines(record: CompanyRead) -> list[tuple[str, Any]]:
    return [
        ("id", record.id),
        ("industry", record.industry),
        ("website", record.website),
        ("parent", record.parent.name if record.parent else ""),
        ("people", str(record.people_count) if record.people_count else ""),
        *_channel_lines(record),
        *_meta_lines(record),
    ]


def _company_list_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tag", metavar="TAG", help="only companies with this tag")
    p.add_argument("--deleted", action="store_true", help="list companies in the Trash instead")
    p.add_argument("--limit", type=arguments.positive, metavar="N", help="at most N companies")


def company_people(ctx: Context, args: argparse.Namespace) -> None:
    company_id = resolve(ctx, "company", args.record)
    ctx.listing(ctx.services.contacts.list(company_id=company_id), CONTACT_COLUMNS, contact_row, empty="No contacts.")


def _people_command(group: Any, kind: CommandKind) -> None:
    p = add_command(group, "people", company_people, "list the people of a company", json="print one JSON array")
    record_argument(p, kind)


def _company_name_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("name", metavar="NAME")


COMPANY = CommandKind(
    name="company",
    noun="company",
    plural="companies",
    title=lambda c: c.display_name,
    card=company_lines,
    columns=("id", "name", "industry", "people", "phone", "tags"),
    row=lambda c: (c.id, c.display_name, c.industry, c.people_count, output.first_value(c.phones), ", ".join(c.tags)),
    empty="No companies.",
    list_options=_company_list_options,
    list_filters=lambda _ctx, args: {"tag": args.tag, "deleted": args.deleted, "limit": args.limit},
    add=AddCommand(
        "add a company",
        examples=["cardfile company add 'Norðurljós ehf.' --industry Energy --phone 'work=+354 555 0100'"],
        arguments=_company_name_argument,
    ),
    options=lambda parser, editing: _company_options(parser, editing=editing),
    fields=_company_fields,
    create=lambda ctx, fields: ctx.services.companies.create(validate(CompanyCreate, **fields)),
    update=lambda ctx, company_id, fields: ctx.services.companies.update(company_id, validate(CompanyUpdate, **fields)),
    edit_description=f"Change fields of a company. {EMPTY_CLEARS}",
    edit_examples=["cardfile company edit Acme --name 'Acme Corporation' --website https://acme.example"],
    extra=[Extra("people", _people_command)],
)


def register(commands: Any) -> None:
    register_kind(commands, CONTACT)
    register_kind(commands, COMPANY)
