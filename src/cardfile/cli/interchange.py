"""`cardfile import` and `cardfile export`: vCard and CSV files in and out, for scripts and for moving house.

An import handles every card it can and lists the ones it rejects with their place (file, line of BEGIN:VCARD),
so the exit status is 0 even when some cards were rejected; 1 means the input could not be read at all and
nothing changed. An export without -o or --dir writes to standard output, as UTF-8 bytes exactly as the
writer produced them (vCard lines end in CRLF on every platform).
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from cardfile.cli import arguments, output
from cardfile.cli.common import Context, add_command, resolve_optional

if TYPE_CHECKING:  # the services load SQLAlchemy and vobject: half a second that `cardfile --help` need not pay
    from cardfile.services.exporter import ExportReport
    from cardfile.services.importer import ImportProgress, ImportReport

FORMATS = ("vcard3", "vcard4", "csv", "ics")
ICS_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")  # services.calendar_files.ICS_SUFFIXES
DUPLICATE_CHOICES = ("update", "skip", "new")  # services.importer.DECISIONS, checked again by the service
_VCARD_VERSIONS = {"vcard3": "3.0", "vcard4": "4.0"}


# ----- import -----


def import_files(ctx: Context, args: argparse.Namespace) -> None:
    calendars = [p for p in args.paths if Path(p).suffix.lower() in ICS_SUFFIXES]
    if calendars:
        if len(calendars) != len(args.paths):
            raise argparse.ArgumentTypeError("import .ics files apart from vCard and CSV files")
        report = ctx.services.calendar_files.import_ics(calendars, on_duplicate=args.on_duplicate)
    else:
        report = ctx.services.importer.import_files(
            args.paths,
            on_duplicate=args.on_duplicate,
            csv_mapping=args.mapping,
            progress=_ProgressLine(sys.stderr) if sys.stderr.isatty() else None,
        )
    if ctx.json:
        ctx.emit(report.as_json())
        return
    ctx.say(import_summary(report))
    for line in import_details(report):
        ctx.say(line)


def import_summary(report: ImportReport) -> str:
    """'Imported 12, updated 3, skipped 1, rejected 2.' plus what else people should know about."""
    line = (
        f"Imported {report.imported}, updated {report.updated}, skipped {report.skipped}, "
        f"rejected {len(report.rejected)}."
    )
    if report.companies_created:
        line += f" Created {report.companies_created} {_plural(report.companies_created, 'company', 'companies')}."
    if report.groups:
        line += f" {report.groups} {_plural(report.groups, 'group', 'groups')} filled."
    if report.warnings:
        count = len(report.warnings)
        line += f" {count} {_plural(count, 'value was', 'values were')} kept aside or left out."
    return line


def import_details(report: ImportReport) -> list[str]:
    """One line per card not imported as it came, `FILE:LINE: what happened: why`, in file order."""
    lines = [(r["file"], r["line"], f"rejected: {r['reason']}") for r in report.rejected]
    lines += [
        (s["file"], s["line"], f"skipped {s['name'] or '(no name)'}: {s['reason']}") for s in report.skipped_cards
    ]
    lines += [(w["file"], w["line"], f"note: {w['message']}") for w in report.warnings]
    order = {name: index for index, name in enumerate(report.files)}
    lines.sort(key=lambda item: (order.get(item[0], len(order)), item[1]))
    return [f"{file}:{line}: {text}" for file, line, text in lines]


class _ProgressLine:
    """One line on a terminal's stderr, rewritten after each batch; ended with a newline when the import ends."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def __call__(self, progress: ImportProgress) -> None:
        done = progress.fraction
        name = output.terminal_safe(progress.file)
        self._stream.write(f"\rImporting {name}: {done:.0%} ({progress.cards:,} cards)\033[K")
        if done >= 1.0:
            self._stream.write("\n")
        self._stream.flush()


# ----- export -----


def export_records(ctx: Context, args: argparse.Namespace) -> None:
    _check_export_options(args)
    selection: dict[str, Any] = {"group": args.group, "lookup": args.lookup}
    if args.output is None and args.dir is None:
        with _stdout_bytes(ctx.out) as out:
            _export(ctx, args, out, selection)
        return
    target = Path(args.dir or args.output).expanduser()
    report = _export(ctx, args, target, selection)
    if ctx.json:
        ctx.emit(report.as_json())
    elif args.format == "ics":
        ctx.say(
            f"Exported {report.activities} {_plural(report.activities, 'activity', 'activities')} to {report.target}"
        )
    else:
        ctx.say(export_summary(report))


def _export(ctx: Context, args: argparse.Namespace, target: Any, selection: dict[str, Any]) -> Any:
    if args.format == "ics":
        return ctx.services.calendar_files.export_ics(
            target,
            start=args.start.aware() if args.start else None,
            end=args.end.end_of_day() if args.end else None,
            contact_id=resolve_optional(ctx, "contact", args.contact),
        )
    exporter = ctx.services.exporter
    if args.format == "csv":
        columns = {"columns": args.columns} if args.columns else {}
        return exporter.export_csv(target, **selection, **columns)
    version = _VCARD_VERSIONS[args.format]
    return exporter.export_vcards(target, **selection, version=version, one_per_record=args.dir is not None)


def _check_export_options(args: argparse.Namespace) -> None:
    """Combinations argparse cannot express; a usage error (exit status 2) like any other."""
    if args.format == "csv" and args.dir is not None:
        raise argparse.ArgumentTypeError("--dir writes one vCard per contact; use -o FILE for --format csv")
    if args.columns and args.format != "csv":
        raise argparse.ArgumentTypeError("--columns applies to --format csv")
    calendar_options = args.start is not None or args.end is not None or args.contact is not None
    if args.format == "ics" and (args.dir is not None or args.group or args.lookup):
        raise argparse.ArgumentTypeError("--format ics writes one file of activities: use --from, --to, --contact")
    if calendar_options and args.format != "ics":
        raise argparse.ArgumentTypeError("--from, --to and --contact apply to --format ics")
    if args.json and args.output is None and args.dir is None:
        raise argparse.ArgumentTypeError("--json needs -o FILE or --dir DIR: standard output carries the export")


def export_summary(report: ExportReport) -> str:
    parts = [f"{report.contacts} {_plural(report.contacts, 'contact', 'contacts')}"]
    if report.companies:
        parts.append(f"{report.companies} {_plural(report.companies, 'company', 'companies')}")
    where = f"{len(report.files)} files in {report.target}" if report.files else report.target
    return f"Exported {' and '.join(parts)} to {where}"


@contextmanager
def _stdout_bytes(out: TextIO) -> Iterator[TextIO]:
    """Standard output as UTF-8 text without newline translation, written straight to its bytes.

    The export writer chooses its line endings (CRLF for vCard and CSV); Windows' text-mode stdout would turn
    them into CR CR LF, and a console code page would garble names. A stream without bytes underneath (a test's
    StringIO) is used as it is.
    """
    buffer = getattr(out, "buffer", None)
    if buffer is None:
        yield out
        return
    out.flush()
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8", errors="strict", newline="", write_through=False)
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()  # leave sys.stdout's buffer open for the interpreter to close


def _plural(n: int, one: str, many: str) -> str:
    return one if n == 1 else many


# ----- the commands -----


def register(commands: Any) -> None:
    p = add_command(
        commands,
        "import",
        import_files,
        "import vCard (.vcf, .vcard), CSV or iCalendar (.ics) files, or folders of vCards",
        description="Import vCard 2.1, 3.0 and 4.0 files (one or many cards each), folders of them, and CSV "
        "exports of Google Contacts, Outlook or Cardfile, as one step that `cardfile undo` takes back.\n"
        "Each card is imported, merged into the contact it duplicates (same UID, email, phone, or name and "
        "company), skipped, or rejected with its file, the line of its BEGIN:VCARD and the reason; the rest of "
        "the file is imported. Exit status 0 when every card was handled (rejected ones included), 1 when a "
        "file could not be read at all (then nothing was imported).\n"
        "iCalendar files (.ics, from Outlook, Google Calendar, Apple Calendar, Thunderbird …) bring their events "
        "and to-dos in as activities, in one step to undo; an item imported before (same UID) is updated or skipped.",
        examples=[
            "cardfile import ~/Downloads/contacts.vcf",
            "cardfile import phone-backup/ outlook.csv --on-duplicate skip",
            "cardfile import other-crm.csv --mapping 'Other CRM'",
            "cardfile import ~/Downloads/calendar.ics",
        ],
        json="print the report as one JSON object (imported, updated, skipped, rejected …)",
    )
    p.add_argument("paths", metavar="PATH", nargs="+", help="a .vcf, .vcard, .csv or .ics file, or a folder of vCards")
    p.add_argument(
        "--on-duplicate",
        choices=DUPLICATE_CHOICES,
        default="update",
        help="a card that matches a contact: update it (merge, losing nothing; the default), skip it, or "
        "import it as a new contact",
    )
    p.add_argument("--mapping", metavar="NAME", help="a saved CSV column mapping (saved in the app's import wizard)")

    p = add_command(
        commands,
        "export",
        export_records,
        "export contacts as vCard or CSV, activities as iCalendar",
        description="Export people and companies as vCard 3.0 (the default) or 4.0, or people as CSV: all of "
        "them, a group's members or a saved lookup's results. Without -o or --dir the export is written to "
        "standard output.\n"
        "--format ics writes activities as iCalendar (RFC 5545), for Outlook, Google Calendar, Apple Calendar and "
        "Thunderbird: all of them, those in a range (--from, --to; a repeating one whole), or a person's.",
        examples=[
            "cardfile export -o everyone.vcf",
            "cardfile export --format vcard4 --group Customers --dir customers/",
            "cardfile export --format csv --lookup 'Reykjavík' --columns display_name,email,phone > list.csv",
            "cardfile export --format ics --from 2025-03-01 --to 2025-03-31 -o march.ics",
        ],
        json="print what was written as JSON (needs -o or --dir)",
    )
    p.add_argument("--format", choices=FORMATS, default="vcard3", help="vcard3 (default), vcard4, csv or ics")
    p.add_argument("--from", dest="start", type=arguments.when, metavar="WHEN", help="ics: activities from then on")
    p.add_argument("--to", dest="end", type=arguments.when, metavar="WHEN", help="ics: up to then (a date: that day)")
    p.add_argument("--contact", metavar="CONTACT", help="ics: the activities with this person")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--group", metavar="G", help="a group's members (name or id)")
    which.add_argument("--lookup", metavar="L", help="a saved lookup's results (name or id)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="FILE", help="write one file (replaced if it exists)")
    where.add_argument("--dir", metavar="DIR", help="write one .vcf per contact into this folder (made if need be)")
    p.add_argument(
        "--columns",
        type=_columns,
        metavar="COL,...",
        help="CSV columns, comma-separated: display_name, given, family, company, title, email, email:work, "
        "phone, phone:cell, street, locality, postcode, country, birthday, tags, note, id … (default: the usual "
        "name, company, email, phone and address columns)",
    )


def _columns(text: str) -> list[str]:
    return [column.strip() for column in text.split(",") if column.strip()]
