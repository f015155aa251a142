"""`cardfile report …`: the pipeline, the forecast, the contact list and the activities as CSV, JSON or PDF."""

from __future__ import annotations

import argparse
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from cardfile.cli import arguments, output
from cardfile.cli.common import Context, add_command, add_group, resolve_optional
from cardfile.domain.errors import ValidationError
from cardfile.domain.money import parse_decimal
from cardfile.domain.values import check_currency
from cardfile.interchange.report import Report, check_format, to_csv, to_json_text, write_report_file


def _rate(text: str) -> tuple[str, Decimal]:
    """'EUR=1.0845': one EUR is worth 1.0845 of the report's currency."""
    code, sep, number = text.partition("=")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r}: write a rate as CURRENCY=RATE, e.g. EUR=1.0845")
    try:
        return check_currency(code), parse_decimal(number, "rate")
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _format(args: argparse.Namespace, ctx: Context) -> str:
    if args.format:
        return check_format(args.format)
    if ctx.json:
        return "json"
    if args.output and Path(args.output).suffix.lower() in (".pdf", ".json", ".csv"):
        return Path(args.output).suffix.lower()[1:]
    return "csv"


def _conversion(ctx: Context, args: argparse.Namespace) -> Any:
    reports = ctx.services.reports
    if args.rate and not args.currency:
        raise ValidationError(field="rate", problem="--rate needs --in CURRENCY (the currency to convert to)")
    if not args.currency:
        return None
    target = check_currency(args.currency)
    for source, rate in args.rate or []:
        reports.set_rate(source, target, rate)  # remembered for the next report
    return reports.conversion(target)


def _write(ctx: Context, args: argparse.Namespace, report: Report) -> None:
    kind = _format(args, ctx)
    if kind == "pdf":
        from cardfile.interchange.report_pdf import render_pdf

        if not args.output:
            raise ValidationError(field="output", problem="a PDF report needs -o FILE")
        result = render_pdf(report)
        data = result.data
        if result.missing_scripts:
            print(
                f"cardfile: warning: no font on this computer has {', '.join(result.missing_scripts)}; those "
                "characters are shown as boxes (install a font for them, e.g. from the Noto family)",
                file=sys.stderr,
            )
    else:
        text = to_json_text(report) if kind == "json" else to_csv(report)
        if not args.output:
            output.data_stream(ctx.out).write(text)
            return
        data = text.encode("utf-8")
    target = Path(args.output)
    write_report_file(target, data)
    if not ctx.json:
        print(f"Wrote the {report.title.english().lower()} report ({kind.upper()}) to {target}", file=sys.stderr)


def _filter(ctx: Context, args: argparse.Namespace) -> Any:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ValidationError(field="--to", problem="the range ends before it starts")
    return ctx.services.sales.resolve_filter(
        pipeline=getattr(args, "pipeline", None),
        owner=args.owner,
        company_id=resolve_optional(ctx, "company", getattr(args, "company", None)),
        close_from=args.date_from,
        close_to=args.date_to,
    )


def report_pipeline(ctx: Context, args: argparse.Namespace) -> None:
    _write(ctx, args, ctx.services.reports.pipeline(_filter(ctx, args), _conversion(ctx, args)))


def report_forecast(ctx: Context, args: argparse.Namespace) -> None:
    _write(ctx, args, ctx.services.reports.forecast(_filter(ctx, args), args.by, _conversion(ctx, args)))


def report_contacts(ctx: Context, args: argparse.Namespace) -> None:
    report = ctx.services.reports.contacts(owner=args.owner, created_from=args.date_from, created_to=args.date_to)
    _write(ctx, args, report)


def report_activities(ctx: Context, args: argparse.Namespace) -> None:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ValidationError(field="--to", problem="the range ends before it starts")
    report = ctx.services.reports.activities(
        date_from=args.date_from,
        date_to=args.date_to,
        owner=args.owner,
        activity_type=args.type,
        status=args.status,
        zone=args.tz.name if args.tz else None,
    )
    _write(ctx, args, report)


def _common(p: argparse.ArgumentParser, *, dates: str, deals: bool) -> None:
    p.add_argument("--from", dest="date_from", type=arguments.calendar_date, metavar="DATE", help=f"{dates} from")
    p.add_argument("--to", dest="date_to", type=arguments.calendar_date, metavar="DATE", help="… through this day")
    p.add_argument("--owner", metavar="USER", help="only records of this owner")
    p.add_argument("--format", choices=("csv", "json", "pdf"), help="default: from -o's suffix, else csv")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE (a PDF needs one)")
    if deals:
        p.add_argument("--pipeline", metavar="PIPELINE", help="one pipeline (default: all)")
        p.add_argument("--company", metavar="COMPANY", help="only deals of this company")
        p.add_argument("--in", dest="currency", metavar="CODE", help="also total everything in this currency")
        p.add_argument(
            "--rate",
            action="append",
            type=_rate,
            metavar="CODE=RATE",
            help="an exchange rate to the --in currency, e.g. EUR=1.0845 (remembered; repeatable)",
        )


def register(commands: Any) -> None:
    report = add_group(
        commands,
        "report",
        "reports: pipeline, forecast, contacts, activities as CSV, JSON or PDF",
        "Reports as CSV (for spreadsheets), JSON (totals per currency as exact decimal strings) or PDF (a document "
        "with title, date, filters, tables and page numbers, fonts embedded). Amounts are never added across "
        "currencies; --in converts at the rates you give with --rate, and the report lists them.",
    )
    p = add_command(
        report,
        "pipeline",
        report_pipeline,
        "open deals by pipeline and stage, and the deals",
        examples=[
            "cardfile report pipeline --owner anna --from 2025-01-01 --to 2025-06-30 -o pipeline.pdf",
            "cardfile report pipeline --in EUR --rate USD=0.92 --rate ISK=0.0066 --format json",
        ],
        json="the same as --format json",
    )
    _common(p, dates="expected close", deals=True)
    p = add_command(
        report,
        "forecast",
        report_forecast,
        "weighted and unweighted totals by month or quarter, per owner",
        examples=["cardfile report forecast --by quarter --from 2025-01-01 --to 2025-12-31 -o forecast.csv"],
        json="the same as --format json",
    )
    _common(p, dates="expected close (won deals: the day they were won)", deals=True)
    p.add_argument("--by", choices=("month", "quarter"), default="month")
    p = add_command(
        report,
        "contacts",
        report_contacts,
        "the contact list: name, company, title, email, phone, town",
        examples=["cardfile report contacts --from 2025-01-01 -o new-people.pdf"],
        json="the same as --format json",
    )
    _common(p, dates="added", deals=False)
    p = add_command(
        report,
        "activities",
        report_activities,
        "activities between two days (default: this month), by owner and type",
        examples=[
            "cardfile report activities --from 2025-03-01 --to 2025-03-31 --type call -o march-calls.pdf",
            "cardfile report activities --owner anna --status done --format csv",
        ],
        json="the same as --format json",
    )
    _common(p, dates="activities", deals=False)
    p.add_argument("--type", metavar="TYPE", help="only activities of this type (call, meeting, todo or your own)")
    p.add_argument("--status", choices=("scheduled", "done", "cancelled"), help="only these")
    p.add_argument("--tz", type=arguments.time_zone, metavar="ZONE", help="days and times in this zone (default: here)")
