"""A report as a document (title, date, filters, notes, tables) and its CSV and JSON forms; PDF is report_pdf.

The services fill a `Report` from their read models; the writers only lay it out. Each table holds its rows
twice: as typed cells for people (domain/report_cells.py: an amount, a day, a status, worded in English by the
command line and in the reader's language by the app) and as values for machines (amounts as exact decimal
strings, never floats), so the CSV and the JSON are what a spreadsheet or a script reads without guessing, and
the PDF and the app's preview are what a person reads.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from cardfile.domain.errors import ValidationError
from cardfile.domain.report_cells import Cell, Word, english, english_row

FORMATS = ("csv", "json", "pdf")


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # the CSV header and JSON field
    heading: str  # what the PDF shows (a word the app translates)
    numeric: bool = False  # right-aligned in the PDF
    weight: float = 1.0  # share of the page width in the PDF


@dataclass(frozen=True, slots=True)
class Table:
    title: Cell
    columns: list[Column]
    cells: list[list[Cell]]  # what each row shows, per column, as typed values (domain/report_cells.py)
    values: list[dict[str, Any]]  # the same rows for CSV and JSON, by column key
    total_cells: list[list[Cell]] = field(default_factory=list)  # shown under the table, in bold

    @property
    def rows(self) -> list[list[str]]:
        """The rows as the command line words them."""
        return [english_row(row) for row in self.cells]

    @property
    def total_rows(self) -> list[list[str]]:
        return [english_row(row) for row in self.total_cells]


@dataclass(frozen=True, slots=True)
class Report:
    kind: str  # "pipeline", "forecast", "contacts", "activities"
    title: Cell
    generated_at: datetime
    filters: list[tuple[Cell, Cell]]  # (what, value) as shown under the title
    tables: list[Table]
    notes: list[Cell] = field(default_factory=list)  # e.g. the rates a conversion used
    data: dict[str, Any] = field(default_factory=dict)  # JSON extras: totals per currency, the conversion …
    words: Mapping[str, str] = field(default_factory=dict)  # the PDF's own words: "generated", "page", "filters"
    speak: Callable[[Cell], str] = english  # how a cell reads: English, or the app's reader's language
    right_to_left: bool = False  # the PDF laid out for a right-to-left reader (Persian): columns mirrored

    def word(self, key: str) -> str:
        return self.words.get(key, _WORDS[key])

    def text(self, cell: Cell) -> str:
        """A cell (a table's, a title, a filter, a note) in the report's language."""
        return self.speak(cell)

    def heading(self, column: Column) -> str:
        return self.speak(Word(column.heading))

    def in_language(
        self, speak: Callable[[Cell], str], words: Mapping[str, str] | None = None, *, right_to_left: bool = False
    ) -> Report:
        """The report in another language for the preview, printing and the PDF: `speak` words each cell, `words`
        gives the PDF's own sentences by key (see _WORDS), `right_to_left` mirrors the PDF's layout. The CSV's
        column keys and values and the JSON stay as they are: they are an interface, not text."""
        return replace(self, speak=speak, words={**self.words, **(words or {})}, right_to_left=right_to_left)


_WORDS = {
    "generated": "Generated {when}",
    "page": "Page {page} of {pages}",
    "no_rows": "Nothing to show.",
    "missing_fonts": "This computer has no font for {scripts}: those characters are shown as boxes. Install a font "
    "for them (for example from the Noto family) and make the report again.",
}


def check_format(name: str) -> str:
    if name not in FORMATS:
        raise ValidationError(
            field="format",
            problem=f"{name!r} is not one of {', '.join(FORMATS)}",
            reason="not_one_of",
            value=name,
            choices=list(FORMATS),
        )
    return name


def to_csv(report: Report, table: int = 0) -> str:
    """The report's main table (the first, unless told otherwise) as CSV: a header of column keys, then values.

    Amounts are exact decimal strings with a separate currency column, so no spreadsheet adds euros to dollars or
    reads 1,000 as one. Text that a spreadsheet would take for a formula (=, +, -, @ first) is kept as text.
    """
    chosen = report.tables[table]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([c.key for c in chosen.columns])
    for values in chosen.values:
        writer.writerow([_csv_cell(values.get(c.key), c.numeric) for c in chosen.columns])
    return out.getvalue()


def _csv_cell(value: Any, numeric: bool) -> str:
    if value is None:
        return ""
    text = str(value)
    if not numeric and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text  # a name such as "=HYPERLINK(…)" must not run in someone's spreadsheet
    return text


def to_json(report: Report) -> dict[str, Any]:
    return {
        "report": report.kind,
        "title": report.title.english(),
        "generated_at": report.generated_at.isoformat(timespec="seconds"),
        "filters": {what.english(): value.english() for what, value in report.filters},
        "notes": [note.english() for note in report.notes],
        **report.data,
        "tables": [{"title": t.title.english(), "rows": list(t.values)} for t in report.tables],
    }


def to_json_text(report: Report) -> str:
    return json.dumps(to_json(report), ensure_ascii=False, indent=2) + "\n"


def write_report_file(target: Path, data: bytes) -> None:
    """Write a report file whole or not at all: a full disk or an interrupt never leaves half a report (the
    command line's -o and the app's Save as PDF… and Export CSV…)."""
    folder = target.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes the file private (0600); a report gets the mode a new file would have, or the old one's
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        else:
            mask = os.umask(0)
            os.umask(mask)
            os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
