"""`cardfile search QUERY`: one search box over people, companies, activities, notes and deals."""

from __future__ import annotations

import argparse
from typing import Any

from cardfile.cli import arguments
from cardfile.cli.common import Context, add_command

KINDS = ("contact", "company", "activity", "note", "deal")


def search(ctx: Context, args: argparse.Namespace) -> None:
    """No hits is a successful search: the exit status is 0 and the JSON array is empty."""
    text = " ".join(args.query)
    hits = ctx.services.search.search(text, types=args.type, limit=args.limit)
    if ctx.json:
        ctx.emit([_hit_json(ctx, hit) for hit in hits])
        return
    ctx.listing(
        hits,
        ("type", "id", "name", "detail"),
        lambda h: (h.record_type, h.id, h.display_name, h.detail),
        empty=f"Nothing matches {text!r}.",
    )


_CARD_FIELDS = ("emails", "phones", "company", "tags")


def _hit_json(ctx: Context, hit: Any) -> dict[str, Any]:
    """A hit as JSON; people and companies also carry their emails, phones, company and tags, as listings do."""
    data = hit.as_json()
    if hit.record_type == "contact":
        record = ctx.services.contacts.get(hit.id).as_json()
    elif hit.record_type == "company":
        record = ctx.services.companies.get(hit.id).as_json()
    else:
        return data
    data.update({key: record[key] for key in _CARD_FIELDS})
    return data


def register(commands: Any) -> None:
    p = add_command(
        commands,
        "search",
        search,
        "find records by any part of a name, email, phone, address, note or tag",
        description="Find people, companies, activities, notes and deals. Matching ignores case and accents "
        "('jonsdottir' finds 'Jónsdóttir'), finds text inside words in any script, and finds phone numbers "
        "whatever their punctuation. Best matches (exact names, then names starting with the query) come first.",
        examples=[
            "cardfile search sdótt",
            "cardfile search '+1 (555) 010 2030'",
            "cardfile search 山田 --type contact --json",
        ],
        json="print one JSON array (empty when nothing matches)",
    )
    p.add_argument("query", nargs="+", metavar="QUERY", help="what to look for (several words must all match)")
    p.add_argument("--type", action="append", choices=KINDS, help="only records of this kind (repeatable)")
    p.add_argument("--limit", type=arguments.positive, default=50, metavar="N", help="at most N results (default 50)")
