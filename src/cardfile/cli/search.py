"""`cardfile search QUERY`: one search box over people, companies, activities, notes and deals."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cardfile.cli import arguments
from cardfile.cli.common import Context, add_command

KINDS = ("contact", "company", "activity", "note", "deal")


def search(ctx: Context, args: argparse.Namespace) -> None:
    """No hits is a successful search: the exit status is 0 and the JSON array is empty."""
    _print(ctx, args, ctx.services.search)


def search_quickly(ctx: Context, args: argparse.Namespace) -> int | None:
    """The search on a database that opening fully would only read, without loading the services (a few
    hundredths of a second instead of most of a second); None when it must be opened fully (`search` then runs)."""
    from cardfile.services.search import SearchReader

    reader = SearchReader.open(ctx.database)
    if reader is None:
        return None
    with reader:
        _print(ctx, args, reader)
    return 0


def _print(ctx: Context, args: argparse.Namespace, searcher: Any) -> None:
    """With --json, people and companies also carry their emails, phones, company and tags, as listings do."""
    text = " ".join(args.query)
    if ctx.json:
        ctx.emit(searcher.search_json(text, types=args.type, limit=args.limit))
    else:
        ctx.listing(
            searcher.search(text, types=args.type, limit=args.limit),
            ("type", "id", "name", "detail"),
            lambda h: (h.record_type, h.id, h.display_name, h.detail),
            empty=f"Nothing matches {text!r}.",
        )
    if not searcher.index_ready():
        print(f"cardfile: {PREPARING}", file=sys.stderr)


# Said beside the results while the index a first sync left for later is not built yet: they are complete.
PREPARING = (
    "the search index is still being built after this device's first sync; every record was searched, the ones "
    "not indexed yet by reading them, which is slower (`cardfile sync` finishes building it)"
)


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
    p.set_defaults(quick=search_quickly)
    p.add_argument("query", nargs="+", metavar="QUERY", help="what to look for (several words must all match)")
    p.add_argument("--type", action="append", choices=KINDS, help="only records of this kind (repeatable)")
    p.add_argument("--limit", type=arguments.positive, default=50, metavar="N", help="at most N results (default 50)")
