"""`cardfile group …`: static groups of people and companies (a mailing list, the Reykjavík customers …)."""

from __future__ import annotations

import argparse
from typing import Any

from cardfile.cli import output
from cardfile.cli.common import Context, add_command, add_group, resolve, resolve_in_trash
from cardfile.domain.values import RecordType


def group_add(ctx: Context, args: argparse.Namespace) -> None:
    group = ctx.services.groups.create(args.name, args.description or "")
    if ctx.json:
        ctx.emit(group.as_json())
    else:
        ctx.say(f"Added group {group.name}  {group.id}")


def group_list(ctx: Context, args: argparse.Namespace) -> None:
    ctx.listing(
        ctx.services.groups.list(),
        ("id", "name", "members", "description"),
        lambda g: (g.id, g.name, g.member_count, g.description),
        empty="No groups.",
    )


def group_members(ctx: Context, args: argparse.Namespace) -> None:
    group_id = resolve(ctx, "group", args.group)
    people = ctx.services.contacts.list(group_id=group_id)
    company_ids = ctx.services.groups.members(group_id, RecordType.COMPANY)
    companies = [ctx.services.companies.get(i) for i in company_ids]
    members: list[Any] = [*people, *companies]
    ctx.listing(
        members,
        ("type", "id", "name", "email", "phone"),
        lambda m: (
            m.type,
            m.id,
            m.display_name,
            output.first_value(m.emails),
            output.first_value(m.phones),
        ),
        empty="No members.",
    )


def _change_members(ctx: Context, args: argparse.Namespace, *, add: bool) -> None:
    group_id = resolve(ctx, "group", args.group)
    kind = "company" if args.companies else "contact"
    ids = [resolve_in_trash(ctx, kind, key) if not add else resolve(ctx, kind, key) for key in args.member]
    member_type = RecordType(kind)
    if add:
        count = ctx.services.groups.add_members(group_id, ids, member_type)
    else:
        count = ctx.services.groups.remove_members(group_id, ids, member_type)
    if ctx.json:
        ctx.emit(ctx.services.groups.get(group_id).as_json())
    else:
        verb = "Added" if add else "Removed"
        ctx.say(
            f"{verb} {count} of {len(ids)} {'to' if add else 'from'} group {ctx.services.groups.get(group_id).name}"
        )


def group_add_member(ctx: Context, args: argparse.Namespace) -> None:
    _change_members(ctx, args, add=True)


def group_remove_member(ctx: Context, args: argparse.Namespace) -> None:
    _change_members(ctx, args, add=False)


def group_delete(ctx: Context, args: argparse.Namespace) -> None:
    group_id = resolve(ctx, "group", args.group)
    group = ctx.services.groups.get(group_id)
    ctx.services.groups.delete(group_id)
    if ctx.json:
        ctx.emit(ctx.services.groups.get(group_id).as_json())
    else:
        ctx.say(f"Moved group {group.name} to the Trash (its members are untouched)  {group_id}")


def register(commands: Any) -> None:
    group = add_group(commands, "group", "groups of people and companies: add, list, members, add-member")
    p = add_command(group, "add", group_add, "make a group", json="print the new group as JSON")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--description", metavar="TEXT")
    add_command(group, "list", group_list, "list groups", json="print one JSON array")
    p = add_command(group, "members", group_members, "list the members of a group", json="print one JSON array")
    p.add_argument("group", metavar="GROUP", help="group name or id")
    for name, handler, summary in (
        ("add-member", group_add_member, "put people (or companies) in a group"),
        ("remove-member", group_remove_member, "take people (or companies) out of a group"),
    ):
        p = add_command(
            group,
            name,
            handler,
            summary,
            examples=[f"cardfile group {name} Newsletter anna@nordurljos.is 'Sigríður Pálsdóttir'"],
            json="print the group as JSON",
        )
        p.add_argument("group", metavar="GROUP", help="group name or id")
        p.add_argument("member", nargs="+", metavar="MEMBER", help="contacts (or, with --companies, companies)")
        p.add_argument("--companies", action="store_true", help="the members named are companies")
    p = add_command(group, "delete", group_delete, "move a group to the Trash", json="print the group as JSON")
    p.add_argument("group", metavar="GROUP", help="group name or id")
