"""`cardfile deal …`: opportunities moving through the stages of a pipeline."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from cardfile.cli import arguments, output
from cardfile.cli.common import (
    Context,
    add_command,
    add_group,
    delete_records,
    resolve,
    resolve_in_trash,
    resolve_optional,
    restore_records,
)
from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import DealCreate, DealUpdate, validate
from cardfile.domain.values import check_currency, format_money, parse_money
from cardfile.services.sales import SORTS

if TYPE_CHECKING:
    from cardfile.services.readmodels import DealRead


def _deal_contacts(ctx: Context, texts: list[str]) -> list[dict[str, str]]:
    """'anna@example.com=Decision maker' -> the contact and her role; a key that itself holds '=' still works."""
    out = []
    for text in texts:
        if not text.strip():
            continue
        try:
            out.append({"contact_id": resolve(ctx, "contact", text), "role": ""})
        except NotFound:
            key, sep, role = text.rpartition("=")
            if not sep:
                raise
            out.append({"contact_id": resolve(ctx, "contact", key), "role": role.strip()})
    return out


def _item(text: str) -> dict[str, Any]:
    """'Inspection;2.5;1999.00;10' -> product, quantity, unit price (in the deal's currency) and discount %."""
    parts = [p.strip() for p in text.split(";")]
    if len(parts) < 3 or len(parts) > 4 or not parts[0]:
        raise argparse.ArgumentTypeError(
            f"{text!r}: write a line item as 'PRODUCT;QUANTITY;UNIT PRICE[;DISCOUNT%]', e.g. 'Filter;3;19.99;10'"
        )
    return {
        "product": parts[0],
        "quantity": parts[1],
        "unit_price": parts[2],
        "discount_percent": parts[3].removesuffix("%").strip() if len(parts) == 4 and parts[3] else "0",
    }


def _items(texts: list[str], currency: str) -> list[dict[str, Any]]:
    items = []
    for text in texts:
        if not text.strip():
            continue  # --item '' clears the items
        item = _item(text)
        price = item.pop("unit_price")
        items.append({**item, "unit_price_minor": parse_money(price, currency)})
    return items


def _money(text: str, currency: str | None, fallback: str) -> tuple[int, str]:
    number, written = arguments.amount(text)
    code = check_currency(currency or written or fallback)
    return parse_money(number, code), code


def _deal_fields(ctx: Context, args: argparse.Namespace, current_currency: str | None) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if args.amount is not None:
        fields["amount_minor"], fields["currency"] = _money(args.amount, args.currency, current_currency or "USD")
    elif args.currency is not None:
        fields["currency"] = args.currency
    if args.company is not None:
        fields["company_id"] = resolve_optional(ctx, "company", args.company)
    if args.pipeline is not None:
        fields["pipeline_id"] = args.pipeline
    if args.stage is not None:
        fields["stage_id"] = args.stage
    if args.contact is not None:
        fields["contacts"] = _deal_contacts(ctx, args.contact)
    if args.close_date is not None:
        fields["expected_close"] = args.close_date
    if args.probability is not None:
        fields["probability"] = args.probability
    if args.item is not None:
        fields["line_items"] = _items(args.item, fields.get("currency") or current_currency or "USD")
    if args.amount_from_items is not None:
        fields["amount_from_items"] = args.amount_from_items
    if args.owner is not None:
        fields["owner_id"] = args.owner
    if args.private:
        fields["private"] = True
    if getattr(args, "public", False):
        fields["private"] = False
    return fields


def _saved(ctx: Context, verb: str, d: DealRead) -> None:
    if ctx.json:
        ctx.emit(d.as_json())
    else:
        ctx.say(f"{verb} deal {d.name} ({d.stage.name}, {d.status})  {d.id}")


def deal_add(ctx: Context, args: argparse.Namespace) -> None:
    fields = _deal_fields(ctx, args, None)
    fields["name"] = args.name
    _saved(ctx, "Added", ctx.services.deals.create(validate(DealCreate, **fields)))


def deal_edit(ctx: Context, args: argparse.Namespace) -> None:
    deal_id = resolve(ctx, "deal", args.deal)
    fields = _deal_fields(ctx, args, ctx.services.deals.get(deal_id).currency)
    if args.name is not None:
        fields["name"] = args.name
    if not fields:
        raise ValidationError(field="edit", problem="name at least one field to change (see cardfile deal edit -h)")
    _saved(ctx, "Changed", ctx.services.deals.update(deal_id, validate(DealUpdate, **fields)))


def deal_move(ctx: Context, args: argparse.Namespace) -> None:
    _saved(ctx, "Moved", ctx.services.deals.move(resolve(ctx, "deal", args.deal), args.stage))


def deal_won(ctx: Context, args: argparse.Namespace) -> None:
    _saved(ctx, "Won", ctx.services.deals.close(resolve(ctx, "deal", args.deal), won=True, reason=args.reason or ""))


def deal_lost(ctx: Context, args: argparse.Namespace) -> None:
    _saved(ctx, "Lost", ctx.services.deals.close(resolve(ctx, "deal", args.deal), won=False, reason=args.reason or ""))


def deal_reopen(ctx: Context, args: argparse.Namespace) -> None:
    _saved(ctx, "Reopened", ctx.services.deals.reopen(resolve(ctx, "deal", args.deal)))


def _amount(d: DealRead) -> str:
    return format_money(d.amount_minor, d.currency)


def deal_list(ctx: Context, args: argparse.Namespace) -> None:
    pipeline = args.pipeline
    if args.stage and not pipeline:
        pipeline = ctx.services.deals.resolve_pipeline(None).id  # a stage alone names one of the default pipeline
    if args.deleted or args.contact:
        records = ctx.services.deals.list(
            status=args.status,
            pipeline=pipeline,
            stage=args.stage,
            company_id=resolve_optional(ctx, "company", args.company),
            contact_id=resolve_optional(ctx, "contact", args.contact),
            deleted=args.deleted,
        )
        if args.owner:
            records = [d for d in records if d.owner == args.owner]
    else:
        sales = ctx.services.sales
        wanted = sales.resolve_filter(
            pipeline=pipeline,
            stage=args.stage,
            owner=args.owner,
            company_id=resolve_optional(ctx, "company", args.company),
            status=args.status,
            close_from=args.date_from,
            close_to=args.date_to,
            overdue=args.overdue,
        )
        ids = sales.deal_ids(wanted, args.sort, descending=args.reverse)
        records = ctx.services.deals.get_many(ids[: args.limit] if args.limit else ids)
    ctx.listing(
        records,
        ("id", "name", "company", "stage", "amount", "prob", "close", "owner", "status"),
        lambda d: (
            d.id,
            d.name,
            d.company.name if d.company else "",
            d.stage.name,
            _amount(d),
            f"{d.probability}%",
            (d.expected_close or "") + (" (overdue)" if d.overdue else ""),
            d.owner,
            d.status,
        ),
        empty="No deals.",
    )


def _item_line(item: Any, currency: str) -> str:
    discount = f" − {item.discount_percent}%" if item.discount_percent != "0" else ""
    price = format_money(item.unit_price_minor, currency)
    return f"{item.product}: {item.quantity} × {price}{discount} = {format_money(item.total_minor, currency)}"


def deal_show(ctx: Context, args: argparse.Namespace) -> None:
    d = ctx.services.deals.get(resolve_in_trash(ctx, "deal", args.deal))
    if ctx.json:
        ctx.emit(d.as_json())
        return
    print(
        output.card(
            d.name,
            [
                ("id", d.id),
                ("company", d.company.name if d.company else ""),
                ("pipeline", d.pipeline.name),
                ("stage", d.stage.name),
                ("amount", _amount(d)),
                ("probability", f"{d.probability}%" + ("" if d.probability_overridden else " (the stage's)")),
                ("close", (d.expected_close or "") + (" (overdue)" if d.overdue else "")),
                ("owner", d.owner),
                ("status", d.status),
                ("closed", output.local_time(d.closed_at)),
                ("reason", d.reason),
                ("people", [f"{c.name} ({c.role})" if c.role else c.name for c in d.contacts]),
                ("items", [_item_line(i, d.currency) for i in d.line_items]),
                ("items total", format_money(d.items_total_minor, d.currency) if d.line_items else ""),
                ("amount from", "the items' sum" if d.amount_from_items else ""),
                *[(name, value) for name, value in d.custom.items()],
                ("private", "yes" if d.meta.private else ""),
                ("deleted", output.local_time(d.meta.deleted_at)),
            ],
        ),
        file=ctx.out,
    )


def _history_value(field: str, value: Any) -> str:
    if value is None:
        return "(stage default)" if field == "probability" else ""
    if hasattr(value, "name") and hasattr(value, "id"):
        return str(value.name)
    if field == "probability":
        return f"{value}%"
    return str(value)


def deal_history(ctx: Context, args: argparse.Namespace) -> None:
    changes = ctx.services.deals.history(resolve_in_trash(ctx, "deal", args.deal))
    if args.stages:
        changes = [c for c in changes if c.field == "stage"]
    ctx.listing(
        changes,
        ("when", "what", "from", "to", "by"),
        lambda c: (
            output.local_time(c.at),
            c.field.replace("_", " "),
            "(new deal)" if c.created else _history_value(c.field, c.old),
            _history_value(c.field, c.new),
            c.user_id,
        ),
        empty="No changes.",
    )


def deal_reasons(ctx: Context, args: argparse.Namespace) -> None:
    list_name = "won_reason" if args.won else "lost_reason"
    _choices(ctx, args, list_name)


def deal_roles(ctx: Context, args: argparse.Namespace) -> None:
    _choices(ctx, args, "deal_role")


def _choices(ctx: Context, args: argparse.Namespace, list_name: str) -> None:
    deals = ctx.services.deals
    if args.add:
        added = deals.add_choice(list_name, args.add)
        ctx.say(f"{added.name} is on the list")
    if args.remove:
        removed = deals.remove_choice(list_name, args.remove)
        ctx.say(f"{removed.name} is off the list (deals that have it keep it)")
    ctx.listing(deals.choices(list_name), ("name",), lambda c: (c.name,), empty="The list is empty.")


def deal_board(ctx: Context, args: argparse.Namespace) -> None:
    board = ctx.services.sales.board(
        ctx.services.sales.resolve_filter(
            pipeline=args.pipeline,
            owner=args.owner,
            company_id=resolve_optional(ctx, "company", args.company),
            close_from=args.date_from,
            close_to=args.date_to,
        )
    )
    if ctx.json:
        ctx.emit(board.as_json())
        return
    rows = []
    for column in board.columns:
        for n, total in enumerate(column.totals or [None]):
            rows.append(
                (
                    column.stage.name if n == 0 else "",
                    f"{column.stage.probability}%" if n == 0 else "",
                    column.count if n == 0 else "",
                    format_money(total.total_minor, total.currency) if total else "",
                    format_money(total.weighted_minor, total.currency) if total else "",
                )
            )
    print(f"{board.pipeline.name}: open deals", file=ctx.out)
    print(output.table(("stage", "probability", "deals", "total", "weighted"), rows), file=ctx.out)


def deal_pipelines(ctx: Context, args: argparse.Namespace) -> None:
    pipes = ctx.services.deals.pipelines()
    if ctx.json:
        ctx.emit([p.as_json() for p in pipes])
        return
    rows = [(p.name, s.name, f"{s.probability}%", s.id) for p in pipes for s in p.stages]
    print(output.table(("pipeline", "stage", "probability", "stage id"), rows), file=ctx.out)


def deal_delete(ctx: Context, args: argparse.Namespace) -> None:
    delete_records(ctx, "deal", args.deal, ctx.services.deals)


def deal_restore(ctx: Context, args: argparse.Namespace) -> None:
    restore_records(ctx, "deal", args.deal, ctx.services.deals)


# ----- the command tree -----

_DEAL_KEY = "deal: its id, an id prefix of 8+ characters or the exact name"


def _deal_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
    p.add_argument("--company", metavar="COMPANY", help="the customer (name or id)")
    p.add_argument("--amount", metavar="AMOUNT", help="value, e.g. 12,500.00 or '12,500.00 EUR'")
    p.add_argument("--currency", metavar="CODE", help="ISO 4217 code (default: USD)")
    p.add_argument("--pipeline", metavar="PIPELINE", help="pipeline name (default: Sales)")
    p.add_argument("--stage", metavar="STAGE", help="stage name (default: the pipeline's first)")
    p.add_argument(
        "--contact", action="append", metavar="CONTACT[=ROLE]", help="a person on the deal and their role (repeatable)"
    )
    p.add_argument("--close-date", type=arguments.calendar_date, metavar="DATE", help="expected close, YYYY-MM-DD")
    p.add_argument(
        "--probability",
        type=arguments.percent,
        metavar="N",
        help="0–100 (default: the stage's; a stage move resets it)",
    )
    p.add_argument(
        "--item",
        action="append",
        metavar="'PRODUCT;QTY;PRICE[;DISCOUNT%]'",
        help="a line item (repeatable; replaces the deal's items; '' removes them all)",
    )
    p.add_argument(
        "--amount-from-items",
        action=argparse.BooleanOptionalAction,
        help="the amount is the items' sum (--no-amount-from-items: the amount is typed)",
    )
    p.add_argument("--owner", metavar="USER", help="whose deal it is (default: yours)")
    if editing:
        group = p.add_mutually_exclusive_group()
        group.add_argument("--private", action="store_true", help="make it private")
        group.add_argument("--public", action="store_true", help="make it visible to everyone")
    else:
        p.add_argument("--private", action="store_true", help="keep it private to you")


def register(commands: Any) -> None:
    deal = add_group(commands, "deal", "sales opportunities: add, move, won, lost, list", "Deals in a sales pipeline.")
    p = add_command(
        deal,
        "add",
        deal_add,
        "add a deal",
        examples=[
            "cardfile deal add 'Turbine service 2025' --company 'Norðurljós ehf.' --amount 12,500.00 \\",
            "    --currency EUR --contact 'anna@nordurljos.is=Decision maker' --close-date 2025-06-30",
        ],
        json="print the new deal as JSON",
    )
    p.add_argument("name", metavar="NAME")
    _deal_options(p, editing=False)

    p = add_command(deal, "edit", deal_edit, "change a deal", json="print the changed deal as JSON")
    p.add_argument("deal", metavar="DEAL", help=_DEAL_KEY)
    p.add_argument("--name", metavar="NAME", help="rename it")
    _deal_options(p, editing=True)

    p = add_command(
        deal,
        "move",
        deal_move,
        "move a deal to another stage",
        examples=["cardfile deal move 'Turbine service 2025' Negotiation"],
        json="print the deal as JSON",
    )
    p.add_argument("deal", metavar="DEAL", help=_DEAL_KEY)
    p.add_argument("stage", metavar="STAGE", help="a stage of the deal's pipeline (see cardfile deal pipelines)")

    p = add_command(deal, "won", deal_won, "close a deal as won", json="print the deal as JSON")
    p.add_argument("deal", metavar="DEAL", help=_DEAL_KEY)
    p.add_argument("--reason", metavar="TEXT", help="why it was won (see deal reasons --won; a new one joins the list)")
    p = add_command(deal, "lost", deal_lost, "close a deal as lost", json="print the deal as JSON")
    p.add_argument("deal", metavar="DEAL", help=_DEAL_KEY)
    p.add_argument("--reason", metavar="TEXT", help="why it was lost (see deal reasons; a new one joins the list)")
    p = add_command(deal, "reopen", deal_reopen, "open a won or lost deal again", json="print the deal as JSON")
    p.add_argument("deal", metavar="DEAL", help=_DEAL_KEY)

    p = add_command(deal, "list", deal_list, "list deals by expected close date", json="print one JSON array")
    p.add_argument("--status", choices=("open", "won", "lost"))
    p.add_argument("--pipeline", metavar="PIPELINE")
    p.add_argument("--stage", metavar="STAGE", help="only deals in this stage")
    p.add_argument("--company", metavar="COMPANY", help="only deals of this company")
    p.add_argument("--contact", metavar="CONTACT", help="only deals this person is on")
    p.add_argument("--deleted", action="store_true", help="list deals in the Trash instead")
    p.add_argument("--owner", metavar="USER", help="only deals of this owner")
    p.add_argument("--from", dest="date_from", type=arguments.calendar_date, metavar="DATE", help="expected close from")
    p.add_argument("--to", dest="date_to", type=arguments.calendar_date, metavar="DATE", help="… through this day")
    p.add_argument("--overdue", action="store_true", help="only open deals past their expected close date")
    p.add_argument("--sort", choices=tuple(SORTS), default="expected_close", help="default: expected_close")
    p.add_argument("--reverse", action="store_true", help="largest, latest or last first")
    p.add_argument("--limit", type=arguments.positive, metavar="N")

    p = add_command(deal, "show", deal_show, "show a deal", json="print one JSON object")
    p.add_argument("deal", metavar="DEAL", help=_DEAL_KEY)
    p = add_command(
        deal,
        "history",
        deal_history,
        "every change of stage, amount, probability, status, close date, reason, owner: from, to, who, when",
        json="print one JSON array",
    )
    p.add_argument("deal", metavar="DEAL", help=_DEAL_KEY)
    p.add_argument("--stages", action="store_true", help="only the stages it went through")
    p = add_command(
        deal, "reasons", deal_reasons, "the lost (or won) reasons to pick from", json="print one JSON array"
    )
    p.add_argument("--won", action="store_true", help="the reasons deals are won (default: lost)")
    p.add_argument("--add", metavar="TEXT", help="add a reason to the list")
    p.add_argument("--remove", metavar="TEXT", help="take a reason off the list")
    p = add_command(deal, "roles", deal_roles, "the roles people have on deals", json="print one JSON array")
    p.add_argument("--add", metavar="TEXT", help="add a role to the list")
    p.add_argument("--remove", metavar="TEXT", help="take a role off the list")
    p = add_command(
        deal,
        "board",
        deal_board,
        "open deals per stage: count, total and weighted total per currency",
        json="print one JSON object",
    )
    p.add_argument("--pipeline", metavar="PIPELINE", help="default: the default pipeline")
    p.add_argument("--owner", metavar="USER")
    p.add_argument("--company", metavar="COMPANY")
    p.add_argument("--from", dest="date_from", type=arguments.calendar_date, metavar="DATE", help="expected close from")
    p.add_argument("--to", dest="date_to", type=arguments.calendar_date, metavar="DATE", help="… through this day")
    add_command(deal, "pipelines", deal_pipelines, "list pipelines and their stages", json="print one JSON array")
    p = add_command(deal, "delete", deal_delete, "move deals to the Trash", json="print them as JSON")
    p.add_argument("deal", nargs="+", metavar="DEAL", help=_DEAL_KEY)
    p = add_command(deal, "restore", deal_restore, "bring deals back from the Trash", json="print them as JSON")
    p.add_argument("deal", nargs="+", metavar="DEAL", help=_DEAL_KEY)
