"""`cardfile duplicates`, `merge`, `unmerge`, `merges` and `incomplete`: finding duplicates and incomplete records,
merging them and taking a merge back."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from cardfile.cli import arguments, output
from cardfile.cli.common import Context, HelpFormatter, add_command, resolve_any
from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.matching import Reason
from cardfile.services.duplicates import DuplicateGroup

_KINDS = ("contact", "company")


def _kind(args: argparse.Namespace) -> str:
    return "company" if getattr(args, "companies", False) else "contact"


def reason_text(reason: Reason) -> str:
    """A reason as a person reads it: 'same email anna@acme.example', 'name in another script'."""
    if reason.code == "name":
        return {
            "same": "same name",
            "accents": "same name but for accents or case",
            "order": "same name, words in another order",
            "script": "same name in another script",
            "typo": "name a typo apart",
            "similar": "similar name",
        }.get(reason.detail, "similar name")
    words = {
        "email": "same email",
        "phone": "same phone",
        "uid": "same vCard UID",
        "company": "same company",
        "address": "same address",
        "birthday": "same birthday",
        "title": "same title",
        "website": "same website",
    }.get(reason.code, reason.code)
    return f"{words} {reason.detail}".strip() if reason.code not in ("address",) else words


# ----- duplicates -----


def duplicates_find(ctx: Context, args: argparse.Namespace) -> None:
    progress = None
    if not ctx.json and sys.stderr.isatty():

        def progress(done: int, total: int, stage: str) -> None:
            print(f"\r{stage} {done:,}/{total:,} …", end="", file=sys.stderr, flush=True)

    scan = ctx.services.duplicates.scan(_kind(args), min_score=args.min_score, progress=progress)
    if progress is not None:
        print("\r" + " " * 40 + "\r", end="", file=sys.stderr)
    if ctx.json:
        ctx.emit([g.as_json() for g in scan.groups])
        return
    if not scan.groups:
        ctx.say(f"No duplicates among {scan.scanned:,} {_kind(args).replace('y', 'ie')}s.")
        return
    for number, group in enumerate(scan.groups, 1):
        _print_group(ctx, number, group)
    ctx.say(
        f"{len(scan.groups):,} group(s) of possible duplicates among {scan.scanned:,} records. "
        "Merge one with `cardfile merge ID ID`; say two are different people with `cardfile duplicates not ID ID`."
    )


def _print_group(ctx: Context, number: int, group: DuplicateGroup) -> None:
    ids = output.short_ids(list(group.ids))
    ctx.say(f"{number}. score {group.score}")
    for record_id, short, name in zip(group.ids, ids, group.names, strict=True):
        ctx.say(f"   {short}  {name}" + ("  (suggested survivor)" if record_id == group.ids[0] else ""))
    for pair in group.pairs:
        first, second = ids[group.ids.index(pair.first_id)], ids[group.ids.index(pair.second_id)]
        ctx.say(f"   {first} ~ {second}  {pair.score}: {'; '.join(reason_text(r) for r in pair.reasons)}")
    ctx.say()


def duplicates_not(ctx: Context, args: argparse.Namespace) -> None:
    kind, ids = _records(ctx, args.record)
    if args.undo:
        count = ctx.services.duplicates.unmark_not_duplicates(ids, record_type=kind)
        message = f"Took back {count} mark(s): these may be proposed as duplicates again."
    else:
        count = ctx.services.duplicates.mark_not_duplicates(ids, record_type=kind)
        message = f"Marked {count} pair(s) as not duplicates: they are not proposed again (`--undo` takes it back)."
    if ctx.json:
        ctx.emit({"pairs": count, "undo": bool(args.undo)})
    else:
        ctx.say(message)


def duplicates_marked(ctx: Context, args: argparse.Namespace) -> None:
    ctx.listing(
        ctx.services.duplicates.not_duplicates(_kind(args)),
        ("first", "name", "second", "name", "marked"),
        lambda m: (m.first_id[:13], m.first_name, m.second_id[:13], m.second_name, output.local_time(m.marked_at)),
        empty="No pairs are marked as not duplicates.",
    )


def duplicates_check(ctx: Context, args: argparse.Namespace) -> None:
    values: dict[str, Any] = {}
    if args.companies:
        values["name"] = args.name or ""
        if args.website:
            values["website"] = args.website
    else:
        values.update(given=args.given or "", family=args.family or "")
    values["emails"] = [{"value": e} for e in args.email or []]
    values["phones"] = [{"value": p} for p in args.phone or []]
    found = ctx.services.duplicates.check(
        values, record_type=_kind(args), company_name=None if args.companies else args.company, limit=args.limit
    )
    ctx.listing(
        found,
        ("id", "name", "company", "score", "likely", "why"),
        lambda c: (c.id, c.display_name, c.company, c.score, "yes" if c.likely else "", _reasons(c.reasons)),
        empty="No likely duplicate.",
    )


def _reasons(reasons: tuple[Reason, ...]) -> str:
    return "; ".join(reason_text(r) for r in reasons)


def _records(ctx: Context, keys: list[str]) -> tuple[str, list[str]]:
    """The kind and ids of the records `keys` name (people, or companies, not both)."""
    found = [resolve_any(ctx, key, _KINDS) for key in keys]
    kinds = {kind for kind, _ in found}
    if len(kinds) > 1:
        raise ValidationError(field="records", problem="name people or companies, not both")
    return found[0][0], [record_id for _, record_id in found]


# ----- merge, unmerge, merges -----


def merge(ctx: Context, args: argparse.Namespace) -> None:
    _kind_of_all, ids = _records(ctx, [args.survivor, *args.duplicate])
    survivor, duplicates = ids[0], ids[1:]

    def one_of_them(key: str, where: str) -> str:
        record_id = resolve_any(ctx, key, _KINDS)[1]
        if record_id not in ids:
            raise ValidationError(field=where, problem=f"{key!r} is not one of the records being merged")
        return record_id

    prefer = one_of_them(args.prefer, "--prefer") if args.prefer else None
    take: dict[str, str] = {}
    for item in args.take or []:
        field, sep, key = item.partition("=")
        if not sep or not field.strip() or not key.strip():
            raise ValidationError(field="--take", problem=f"{item!r} is not FIELD=RECORD")
        take[field.strip()] = one_of_them(key.strip(), f"--take {field.strip()}")
    if args.dry_run:
        preview = ctx.services.merging.preview(survivor, duplicates, take=take, prefer=prefer)
        if ctx.json:
            ctx.emit(preview.as_json())
            return
        _print_preview(ctx, preview)
        return
    merges = ctx.services.merging.merge(survivor, duplicates, take=take, prefer=prefer)
    if ctx.json:
        ctx.emit([m.as_json() for m in merges])
        return
    for m in merges:
        ctx.say(
            f"Merged {m.merged_name} ({m.merged_id}) into {m.survivor_name} ({m.survivor_id}); "
            f"{m.moved} attachment(s) moved.  merge {m.id}"
        )
    ctx.say(f"`cardfile unmerge {merges[-1].id}` takes {'it' if len(merges) == 1 else 'one'} back.")


def _print_preview(ctx: Context, preview: Any) -> None:
    ids = list(preview.ids)
    shorts = output.short_ids(ids)
    headers = ["field", *[f"{s} {n}"[:30] for s, n in zip(shorts, preview.names, strict=True)], "takes"]
    rows = []
    for f in preview.fields:
        if not f.differs:
            continue
        if f.multi:
            rows.append([f.label, *[_shown(f.values[i]) for i in ids], "all: " + _shown(f.united)])
        else:
            rows.append([f.label, *[_shown(f.values[i]) for i in ids], shorts[ids.index(f.default_from)]])
    print(output.table(headers, rows, max_width=36), file=ctx.out)
    for record_id, short in zip(ids, shorts, strict=True):
        a = preview.attachments[record_id]
        ctx.say(
            f"{short}: {a.activities} activities, {a.notes} notes, {a.deals} deals, {a.groups} groups"
            + (f", {a.people} people" if preview.record_type == "company" else "")
            + (f", {a.conflicts} conflicts" if a.conflicts else "")
        )
    ctx.say("Nothing was merged (--dry-run).")


def _shown(value: Any) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "(empty)"
    if isinstance(value, bytes):
        return f"({len(value)} bytes)"
    if isinstance(value, dict):
        parts = [str(v) for k, v in value.items() if v not in (None, "", False) and k != "display_name_custom"]
        if any(isinstance(v, bytes) for v in value.values()):
            return "(a picture)"
        return " ".join(parts) or "(empty)"
    if isinstance(value, list):
        return "; ".join(output.entry_line(v) if isinstance(v, dict) else str(v) for v in value)
    return str(value)


def unmerge(ctx: Context, args: argparse.Namespace) -> None:
    try:
        merge_id = ctx.services.merging.resolve(args.merge)
    except NotFound:  # the merged record, named by an id prefix, email or name
        merge_id = ctx.services.merging.resolve(resolve_any(ctx, args.merge, _KINDS)[1])
    done = ctx.services.merging.unmerge(merge_id)
    if ctx.json:
        ctx.emit(done.as_json())
    else:
        ctx.say(f"Unmerged {done.merged_name} ({done.merged_id}) from {done.survivor_name} ({done.survivor_id}).")


def merges_list(ctx: Context, args: argparse.Namespace) -> None:
    record_id = resolve_any(ctx, args.record, _KINDS)[1] if args.record else None
    ctx.listing(
        ctx.services.merging.merges(record_id, include_inactive=not args.active),
        ("id", "when", "merged", "into", "state"),
        lambda m: (
            m.id,
            output.local_time(m.merged_at),
            m.merged_name,
            m.survivor_name,
            "undone" if m.undone else ("unmerged " + output.local_time(m.unmerged_at) if m.unmerged_at else ""),
        ),
        empty="No merges.",
    )


# ----- incomplete records -----


def incomplete(ctx: Context, args: argparse.Namespace) -> None:
    ways = {
        "no_email_or_phone": args.no_email_or_phone,
        "no_company": args.no_company,
        "idle_months": args.idle,
    }
    if not any(ways.values()):
        ways = {"no_email_or_phone": True, "no_company": not args.companies, "idle_months": None}
    kind = _kind(args)
    match = "all" if args.all else "any"
    if args.save:
        saved = ctx.services.incomplete.save(args.save, kind, match=match, **ways)  # type: ignore[arg-type]
        ctx.say(f"Saved the lookup {saved.name!r}  {saved.id}")
    ids = ctx.services.incomplete.find(kind, match=match, **ways)  # type: ignore[arg-type]
    shown = ids[: args.limit] if args.limit else ids
    if kind == "contact":
        people = [ctx.services.contacts.get(i) for i in shown]
        if ctx.json:
            ctx.emit([p.as_json() for p in people])
            return
        from cardfile.cli.people import CONTACT_COLUMNS, contact_row

        ctx.listing(people, CONTACT_COLUMNS, contact_row, empty="No contacts.")
    else:
        companies = ctx.services.companies.rows(shown)
        ctx.listing(
            companies,
            ("id", "name", "people", "email", "phone"),
            lambda c: (
                c.id,
                c.display_name,
                c.people_count,
                output.first_value(c.emails),
                output.first_value(c.phones),
            ),
            empty="No companies.",
        )
    if not ctx.json and len(shown) < len(ids):
        ctx.say(f"… and {len(ids) - len(shown):,} more (--limit N shows more)")


# ----- the command tree -----


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "duplicates",
        help="find possible duplicates; mark pairs that are different people",
        description="List groups of people (or companies) that look like one: the same email address, the same phone "
        "number in any form, the same name in another script, with its words in another order, without its accents "
        "or a typo apart — together with the same company, address or birthday. Each pair has a score (0-100) and "
        "the reasons. Pairs marked as not duplicates are never listed again.",
        epilog="examples:\n  cardfile duplicates\n  cardfile duplicates --companies --json\n"
        "  cardfile duplicates not 01a2b3c4 01a2b3d5\n  cardfile duplicates check --given Anna --family Berg "
        "--email anna@acme.example",
        formatter_class=HelpFormatter,
    )
    parser.add_argument("--companies", action="store_true", help="companies instead of people")
    parser.add_argument("--min-score", type=_score, default=55, metavar="N", help="list pairs scoring N or more (55)")
    parser.add_argument("--json", action="store_true", help="print one JSON array of groups")
    parser.set_defaults(handler=duplicates_find, database_mode="open")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", dest="duplicates_command")
    sub.required = False

    p = add_command(
        sub,
        "not",
        duplicates_not,
        "mark records as different people (or companies): they are not proposed again",
        description="Mark every pair of the records named as not duplicates (they are different people, or "
        "companies). The mark syncs, so nobody is shown the pair again; --undo takes it back.",
        json="print the number of pairs as JSON",
    )
    p.add_argument("record", nargs="+", metavar="RECORD", help="two or more contacts or companies (id or name)")
    p.add_argument("--undo", action="store_true", help="take the marks back")
    p = add_command(sub, "marked", duplicates_marked, "list the pairs marked as not duplicates", json="print JSON")
    p.add_argument("--companies", action="store_true", help="companies instead of people")
    p = add_command(
        sub,
        "check",
        duplicates_check,
        "the records a person (or company) about to be added may duplicate",
        description="What the contact form points out before saving: the records these values may duplicate, "
        "likeliest first ('likely' when the scan would propose the pair).",
        json="print one JSON array",
    )
    p.add_argument("--companies", action="store_true", help="check a company instead of a person")
    p.add_argument("--given", metavar="NAME")
    p.add_argument("--family", metavar="NAME")
    p.add_argument("--name", metavar="NAME", help="a company's name (with --companies)")
    p.add_argument("--company", metavar="NAME", help="the person's company, by name")
    p.add_argument("--website", metavar="URL", help="a company's website (with --companies)")
    p.add_argument("--email", action="append", metavar="ADDRESS")
    p.add_argument("--phone", action="append", metavar="NUMBER")
    p.add_argument("--limit", type=arguments.positive, default=5, metavar="N", help="at most N (5)")

    p = add_command(
        commands,
        "merge",
        merge,
        "merge duplicates into one record, with everything attached",
        description="Merge DUPLICATE (one or more) into SURVIVOR, people or companies. For each field the survivor "
        "takes the most recently edited value that is not empty, unless --prefer or --take say otherwise; emails, "
        "phones, addresses, web addresses, tags, groups and custom values of all are united. Activities, notes, "
        "deals and their roles, group memberships, a company's people and conflicts move to the survivor. One "
        "action: `cardfile undo` or `cardfile unmerge` takes it back, even after later edits. FIELD is one of "
        "name, phonetic, photo, nickname, title, department, company, birthday, anniversary, note, vcard_uid "
        "(companies: name, industry, website, parent, logo, note, vcard_uid) or custom:NAME.",
        examples=[
            "cardfile merge 01a2b3c4 01a2b3d5 --dry-run",
            "cardfile merge anna@acme.example 'Anna Berg' --take title=01a2b3d5",
            "cardfile merge 'Acme Ltd' 'ACME Inc.' --prefer 'Acme Ltd'",
        ],
        json="print the merges (or, with --dry-run, the preview) as JSON",
    )
    p.add_argument("survivor", metavar="SURVIVOR", help="the record that stays (id, 8+ character prefix, email, name)")
    p.add_argument("duplicate", nargs="+", metavar="DUPLICATE", help="the record(s) merged into it")
    p.add_argument("--prefer", metavar="RECORD", help="take every value this record has")
    p.add_argument("--take", action="append", metavar="FIELD=RECORD", help="take this field from this record")
    p.add_argument("--dry-run", action="store_true", help="show the records side by side and what would be taken")

    p = add_command(
        commands,
        "unmerge",
        unmerge,
        "take a merge back: both records as they were, with their attachments",
        description="Give back a merged record with everything it had, and the survivor's values from before the "
        "merge. What was changed on the survivor after the merge stays on it.",
        examples=["cardfile unmerge 01a2b3e6", "cardfile merges 'Anna Berg'"],
        json="print the merge as JSON",
    )
    p.add_argument(
        "merge", metavar="MERGE", help="the merge (id or prefix, see `cardfile merges`) or the merged record"
    )
    p = add_command(commands, "merges", merges_list, "list merges, newest first", json="print one JSON array")
    p.add_argument("record", nargs="?", metavar="RECORD", help="only the merges this contact or company took part in")
    p.add_argument("--active", action="store_true", help="leave out merges taken back")

    p = add_command(
        commands,
        "incomplete",
        incomplete,
        "list people (or companies) with something missing",
        description="List records without an email address and without a phone number, without a company, or "
        "without any activity (done or to come) for N months; with no option, the first two. Several options "
        "list records missing any of them (--all: every one). --save keeps the lookup under a name, as a dynamic "
        "group that counts the months back from the day it runs.",
        examples=["cardfile incomplete", "cardfile incomplete --idle 12 --save 'Not called in a year'"],
        json="print one JSON array",
    )
    p.add_argument("--no-email-or-phone", action="store_true", help="neither an email address nor a phone number")
    p.add_argument("--no-company", action="store_true", help="no company (people only)")
    p.add_argument("--idle", type=_months, metavar="MONTHS", help="no activity for this many months")
    p.add_argument("--all", action="store_true", help="missing every one asked for, not any")
    p.add_argument("--companies", action="store_true", help="companies instead of people")
    p.add_argument("--save", metavar="NAME", help="save as a lookup with this name")
    p.add_argument("--limit", type=arguments.positive, metavar="N", help="show at most N")


def _score(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a score (0-100)") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{text!r} is not a score (0-100)")
    return value


def _months(text: str) -> int:
    value = arguments.positive(text)
    if value > 1200:
        raise argparse.ArgumentTypeError(f"{text!r} months is more than a century")
    return value
