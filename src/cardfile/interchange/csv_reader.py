"""Read contacts from CSV files: encoding and delimiter detected, columns mapped (csv_mapping), one ParsedCard or
Rejection per row, in file order, with the line the row starts on — the same results the vCard reader gives.

Encodings: UTF-8 with or without a byte-order mark, UTF-16 (Excel's "Unicode text", Outlook on some systems) with a
mark or recognised by its NUL bytes, and legacy 8-bit files (Windows-1252 first, the other code pages the vCard
reader knows after it). Delimiters: comma, semicolon (Excel in most of Europe) and tab, from the header line, or
Excel's `sep=;` first line. The file is streamed: a million rows take the memory of one.

A row imports as long as it holds anything (one with no name is named as a vCard without one is, see
vcard_reader.NO_NAME); a value that does not fit its field (an email address without '@', a birthday that is no
date) is kept in the note with a warning rather than lost or allowed to sink the whole row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from os import PathLike, fspath
from pathlib import Path
from typing import Any, BinaryIO

from pydantic import ValidationError as PydanticError

from cardfile.domain.errors import CardfileError
from cardfile.domain.models import ContactCreate, validate
from cardfile.domain.sentences import Sentence, of_error
from cardfile.domain.text import derive_display_name, fold
from cardfile.domain.values import EmailAddress, ImHandle, PhoneNumber, PostalAddress, RelatedDate, WebUrl
from cardfile.interchange import csv_mapping
from cardfile.interchange.csv_mapping import ADDRESS_PARTS, IGNORE, Target, normalize_csv_label
from cardfile.interchange.vcard_media import parse_date
from cardfile.interchange.vcard_reader import NO_NAME, CardWarning, ParsedCard, Rejection
from cardfile.interchange.vcard_text import guess_encoding

SNIFF_BYTES = 1 << 16
SAMPLE_ROWS = 50
# Google joins several values of one field in one cell with " ::: ".
MULTI_SEPARATOR = " ::: "


class NotCsv(CardfileError):
    """The file cannot be read as CSV at all (binary data, empty, no header row); nothing was imported."""

    code = "not_csv"
    template = "{file} is not a CSV file of contacts ({detail}); nothing was imported."


class CsvNeedsMapping(CardfileError):
    """The columns are not Google's, Outlook's or ours and none could be guessed: the person must map them."""

    code = "csv_needs_mapping"
    template = (
        "{file} is not a Google Contacts, Outlook or Cardfile export and its columns {columns} could not be "
        "matched to fields; choose which column holds which field. Nothing was imported."
    )


@dataclass(frozen=True, slots=True)
class CsvLayout:
    """How a CSV file is written: what the reader must know before it can read a row."""

    encoding: str
    delimiter: str
    headers: list[str]
    preset: str | None  # "google", "outlook", "cardfile", or None for any other file
    skip_lines: int = 0  # lines before the header row (Excel's "sep=;")
    # the first rows' cells (up to SAMPLE_ROWS): what a column holds decides its field when its header does not
    sample: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class CsvPreview:
    """What the import wizard shows before anything is imported: the layout, a mapping to start from, first rows."""

    layout: CsvLayout
    mapping: dict[str, str]
    rows: list[list[str]] = field(default_factory=list)
    from_values: tuple[str, ...] = ()  # the columns whose suggested field their values chose, not their header


def _open(source: bytes | str | PathLike[str] | BinaryIO) -> tuple[BinaryIO, bool]:
    if isinstance(source, bytes | bytearray):
        return io.BytesIO(bytes(source)), True
    if hasattr(source, "read"):
        return source, False  # type: ignore[return-value]
    return open(source, "rb"), True


def _name_of(source: object, filename: str | None) -> str:
    if filename is not None:
        return filename
    return Path(fspath(source)).name if isinstance(source, str | PathLike) else "<data>"


# ----- layout -----


def sniff_csv(source: bytes | str | PathLike[str] | BinaryIO, *, filename: str | None = None) -> CsvLayout:
    """Encoding, delimiter and header row of a CSV file, from its first 64 KB; raises NotCsv when it has none."""
    name = _name_of(source, filename)
    stream, owned = _open(source)
    try:
        start = stream.tell() if stream.seekable() else 0
        head = stream.read(SNIFF_BYTES)
        if stream.seekable():
            stream.seek(start)
    finally:
        if owned:
            stream.close()
    return _layout(head, name)


def _layout(head: bytes, name: str) -> CsvLayout:
    encoding = _encoding(head, name)
    text = _decode_head(head, encoding)
    lines = text.splitlines()
    skip = 0
    while skip < len(lines) and not lines[skip].strip():
        skip += 1
    if skip == len(lines):
        raise NotCsv(file=name, detail="it is empty", reason="empty")
    delimiter = None
    first = lines[skip]
    if first.lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter = first.strip()[4]
        skip += 1
        if skip == len(lines):
            raise NotCsv(file=name, detail="it has no header row", reason="no_header")
        first = lines[skip]
    if first.lstrip().upper().startswith("BEGIN:VCARD"):
        raise NotCsv(file=name, detail="it is a vCard file", reason="is_vcard")
    if delimiter is None:
        delimiter = _delimiter(first)
    rows = csv.reader(io.StringIO("\n".join(lines[skip:])), delimiter=delimiter)
    headers = [h.strip() for h in next(rows, [])]
    if not any(headers):
        raise NotCsv(file=name, detail="it has no header row", reason="no_header")
    sample: list[tuple[str, ...]] = []
    for cells in rows:
        if len(sample) > SAMPLE_ROWS:
            break
        if any(cell.strip() for cell in cells):
            sample.append(tuple(cells))
    if len(head) >= SNIFF_BYTES and sample:
        sample.pop()  # the head may end inside the last row
    known = csv_mapping.recognise(headers)
    preset = known.preset if known else None
    return CsvLayout(encoding, delimiter, headers, preset, skip, tuple(sample[:SAMPLE_ROWS]))


def _encoding(head: bytes, name: str) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[: len(head) - len(head) % 2]
    if b"\x00" in sample:
        even, odd, half = sample[0::2].count(0), sample[1::2].count(0), max(1, len(sample) // 2)
        if odd > half * 0.4 and even < half * 0.05:
            return "utf-16-le"
        if even > half * 0.4 and odd < half * 0.05:
            return "utf-16-be"
        raise NotCsv(file=name, detail="it holds binary data", reason="binary")
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)  # the sample may end inside a character
        return "utf-8"
    except UnicodeDecodeError:
        pass
    lines = [line for line in head.splitlines() if not line.isascii()]
    return guess_encoding(lines[:200] or [head])


def _decode_head(head: bytes, encoding: str) -> str:
    return codecs.getincrementaldecoder(encoding)(errors="replace").decode(head, final=False)


def _delimiter(line: str) -> str:
    """The candidate that splits the header line most often, outside quotes; a comma when nothing does."""
    counts = dict.fromkeys((",", ";", "\t"), 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


# ----- rows -----


def read_csv(
    source: bytes | str | PathLike[str] | BinaryIO,
    mapping: Mapping[str, str] | None = None,
    *,
    filename: str | None = None,
    layout: CsvLayout | None = None,
) -> Iterator[ParsedCard | Rejection]:
    """Each data row of a CSV file as a ParsedCard (a validated contact) or a Rejection, in file order.

    `mapping` (header → target, see csv_mapping) defaults to the preset of a recognised header row, else to the
    guesses of csv_mapping.suggest_mapping when every column has one; otherwise CsvNeedsMapping is raised before
    anything is yielded, as NotCsv is for a file that is not CSV.
    """
    name = _name_of(source, filename)
    stream, owned = _open(source)
    try:
        if layout is None:
            start = stream.tell() if stream.seekable() else 0
            layout = _layout(stream.read(SNIFF_BYTES), name)
            stream.seek(start)
        chosen = dict(mapping) if mapping is not None else default_mapping(layout, name)
        columns = csv_mapping.compile_mapping(layout.headers, chosen)
        text = io.TextIOWrapper(stream, encoding=layout.encoding, errors="replace", newline="")
        try:
            for _ in range(layout.skip_lines):
                text.readline()
            reader = csv.reader(text, delimiter=layout.delimiter)
            header_seen = False
            last = layout.skip_lines
            for cells in reader:
                first_line, last = last + 1, layout.skip_lines + reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                if not header_seen:
                    header_seen = True
                    continue
                yield _RowReader(name, first_line, layout.headers, columns, cells).read()
        finally:
            text.detach()
    finally:
        if owned:
            stream.close()


def default_mapping(layout: CsvLayout, name: str) -> dict[str, str]:
    """The mapping used when the caller gives none: the preset of a recognised export, else the guesses, as long as
    every column has one (a name column nobody recognised would otherwise end up in the note)."""
    suggested = suggest(layout)
    if layout.preset is None:
        unknown = [header for header in layout.headers if header and header not in suggested]
        if unknown:
            raise CsvNeedsMapping(file=name, columns=", ".join(repr(h) for h in unknown[:12]))
    return suggested


def preview_csv(
    source: bytes | str | PathLike[str] | BinaryIO, *, filename: str | None = None, rows: int = 20
) -> CsvPreview:
    """The layout, the suggested mapping and the first `rows` data rows as text cells, for the import wizard."""
    name = _name_of(source, filename)
    stream, owned = _open(source)
    try:
        head = stream.read(SNIFF_BYTES)
        layout = _layout(head, name)
        text = io.StringIO(_decode_head(head, layout.encoding))
        for _ in range(layout.skip_lines):
            text.readline()
        reader = csv.reader(text, delimiter=layout.delimiter)
        next(reader, None)
        sample: list[list[str]] = []
        for cells in reader:
            if len(sample) >= rows:
                break
            if any(cell.strip() for cell in cells):
                sample.append(cells)
        if len(head) == SNIFF_BYTES and sample and len(sample) < rows:
            sample.pop()  # the sample ended inside this row
    finally:
        if owned:
            stream.close()
    suggested = suggest(layout)
    by_header = csv_mapping.suggest_mapping(layout.headers)
    from_values = tuple(header for header in suggested if header not in by_header)
    return CsvPreview(layout, suggested, sample, from_values)


def suggest(layout: CsvLayout) -> dict[str, str]:
    """The mapping to start from: a recognised export's preset, else each column's guess from its header in any
    language we know, else from its sample values."""
    return csv_mapping.suggest_mapping(layout.headers, layout.sample, parse_csv_date)


# ----- one row -----

_ENTRY_MODELS: dict[str, Any] = {
    "email": EmailAddress,
    "phone": PhoneNumber,
    "url": WebUrl,
    "im": ImHandle,
    "date": RelatedDate,
    "address": PostalAddress,
}
_ENTRY_FIELDS = {
    "email": "emails",
    "phone": "phones",
    "url": "urls",
    "im": "ims",
    "date": "dates",
    "address": "addresses",
}
_ENTRY_NAMES = {
    "email": "email address",
    "phone": "phone number",
    "url": "web address",
    "im": "handle",
    "date": "date",
    "address": "address",
}
_DEFUSED = frozenset("=+-@")
_DROPPED_TAGS = frozenset({"mycontacts"})  # Google's "* myContacts": every contact is in it


class _RowReader:
    def __init__(
        self, filename: str, line: int, headers: Sequence[str], columns: Sequence[Target | str | None], cells: list[str]
    ) -> None:
        self.filename = filename
        self.line = line
        self.headers = headers
        self.columns = columns
        self.cells = cells
        self.values: dict[str, Any] = {}
        self.company = ""
        self.tags: list[str] = []
        self.notes: list[str] = []
        self.kept: list[str] = []  # "Header: value" lines for the note
        self.extra: list[str] = []
        self.warnings: list[CardWarning] = []
        # (kind, label, slot) -> part -> cells, in column order
        self.entries: dict[tuple[str, str, str], dict[str, list[tuple[str, str]]]] = {}

    def read(self) -> ParsedCard | Rejection:
        for index, cell in enumerate(self.cells):
            value = cell.strip()
            if not value:
                continue
            if value[0] == "'" and value[1:2] in _DEFUSED:
                value = value[1:]  # the apostrophe a careful writer (ours) puts before what looks like a formula
            header = self.headers[index] if index < len(self.headers) else f"column {index + 1}"
            target = self.columns[index] if index < len(self.columns) else None
            if target == IGNORE:
                continue
            if target is None:
                self.kept.append(f"{header}: {value}")
            elif isinstance(target, Target) and target.is_entry:
                parts = self.entries.setdefault(target.entry_key, {})
                parts.setdefault(target.part, []).append((header, value))
            elif isinstance(target, Target):
                self.single(target.kind, header, value)
        try:
            return self.build()
        except CardfileError as exc:
            return Rejection(self.filename, self.line, of_error(exc))

    def warn(self, message: str) -> None:
        self.warnings.append(CardWarning(self.line, message))

    def keep_in_note(self, header: str, value: str, field: str, problem: str) -> None:
        """Keep a value its field (`field`: date, email, phone …) refused in the note, and say so."""
        self.kept.append(f"{header}: {value}")
        sentence = "{header}: {problem}; it was kept in the note"
        self.warn(Sentence("kept_in_note", sentence, header=header, problem=problem, field=field, value=value))

    def single(self, kind: str, header: str, value: str) -> None:
        if kind == "company":
            self.company = f"{self.company} {value}".strip() if self.company else value
        elif kind == "tags":
            for part in re.split(r" ::: |;", value):
                tag = part.strip().lstrip("*").strip()
                if tag and tag.casefold() not in _DROPPED_TAGS:
                    self.tags.append(tag)
        elif kind == "note":
            self.notes.append(value)
        elif kind in ("birthday", "anniversary"):
            date = parse_csv_date(value)
            if date == "":
                return  # Outlook's "0/0/00": no date
            if date is None:
                self.keep_in_note(header, value, "date", f"{value!r} is not a date")
            elif kind not in self.values:
                self.values[kind] = date
            else:
                self.kept.append(f"{header}: {value}")
        elif kind == "uid":
            self.values["vcard_uid"] = value
        elif kind == "photo":
            if re.match(r"^(https?|ftp)://\S+$", value):
                self.extra.append(f"PHOTO;VALUE=uri:{value}")
            else:
                self.kept.append(f"{header}: {value}")
        else:
            current = self.values.get(kind)
            self.values[kind] = f"{current} {value}" if current else value

    def build(self) -> ParsedCard | Rejection:
        entries = self.build_entries()
        names = {k: self.values.get(k, "") for k in ("prefix", "given", "additional", "family", "suffix", "nickname")}
        first_email = entries["emails"][0]["value"] if entries["emails"] else None
        display_name = self.values.pop("display_name", "")
        derived = {
            derive_display_name(**names, company=self.company, email=first_email, family_first=order)
            for order in (False, True)
        }
        if display_name and fold(display_name) in {fold(d) for d in derived}:
            display_name = ""  # the same name the parts give: let it follow them
        note = "\n\n".join(self.notes)
        if self.kept:
            note = "\n".join([note, *self.kept]) if note else "\n".join(self.kept)
        if not display_name and not any(derived):
            # As a vCard without a name: named by a handle, phone number or web address, else "(no name)"; only a
            # row that holds nothing is rejected.
            named_by = entries["ims"] or entries["phones"] or entries["urls"]
            if named_by:
                display_name = named_by[0]["value"]
            elif any(entries.values()) or note or self.tags or self.extra or any(self.values.values()):
                display_name = NO_NAME
            else:
                return Rejection(
                    self.filename,
                    self.line,
                    Sentence("empty_row", "the row is empty: every value it holds is left out"),
                )
        record = validate(
            ContactCreate,
            **self.values,
            **entries,
            display_name=display_name,
            tags=self.tags,
            note=note,
            vcard_extra=self.extra,
        )
        return ParsedCard(self.filename, self.line, "csv", record, self.company, tuple(self.warnings))

    def build_entries(self) -> dict[str, list[dict[str, Any]]]:
        out: dict[str, list[dict[str, Any]]] = {name: [] for name in _ENTRY_FIELDS.values()}
        for (kind, fixed_label, _slot), parts in self.entries.items():
            label, preferred = fixed_label, False
            if parts.get("label"):
                label, preferred = normalize_csv_label(parts["label"][0][1])
            else:
                label, _ = normalize_csv_label(fixed_label)
            if kind == "address":
                found = self.address(parts, label, preferred)
            else:
                found = self.values_of(kind, parts, label, preferred)
            for entry, header, shown in found:
                try:
                    checked = _ENTRY_MODELS[kind](**entry)
                except PydanticError as exc:
                    problem = str(exc.errors()[0]["msg"]).removeprefix("Value error, ")
                    self.keep_in_note(header, shown, kind, f"{problem} ({_ENTRY_NAMES[kind]})")
                    continue
                if kind == "date" and checked.label.casefold() == "anniversary" and "anniversary" not in self.values:
                    self.values["anniversary"] = checked.value
                    continue
                out[_ENTRY_FIELDS[kind]].append(checked.model_dump())
        return out

    def values_of(
        self, kind: str, parts: dict[str, list[tuple[str, str]]], label: str, preferred: bool
    ) -> list[tuple[dict[str, Any], str, str]]:
        service = parts["service"][0][1].strip().lower() if parts.get("service") else ""
        found: list[tuple[dict[str, Any], str, str]] = []
        for header, cell in parts.get("value", []):
            for value in (v.strip() for v in cell.split(MULTI_SEPARATOR)):
                if not value:
                    continue
                entry: dict[str, Any] = {"value": value, "label": label, "preferred": preferred and not found}
                if kind == "date":
                    date = parse_csv_date(value)
                    if date == "":
                        continue
                    entry["value"] = date if date is not None else value
                if kind == "im":
                    entry["service"] = service
                found.append((entry, header, value))
        return found

    def address(
        self, parts: dict[str, list[tuple[str, str]]], label: str, preferred: bool
    ) -> list[tuple[dict[str, Any], str, str]]:
        address: dict[str, Any] = {"label": label, "preferred": preferred}
        for part in ADDRESS_PARTS:
            address[part] = "\n".join(value for _, value in parts.get(part, []))
        if not any(address[part] for part in ADDRESS_PARTS):
            formatted = parts.get("formatted")
            if not formatted:
                return []
            address["street"] = "\n".join(value for _, value in formatted)
        header = next(iter(parts.values()))[0][0]
        return [(address, header, ", ".join(str(address[p]) for p in ADDRESS_PARTS if address[p]))]


# ----- dates -----

_ZERO_DATE = re.compile(r"^0{1,2}[./-]0{1,2}[./-]0{1,4}$")
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})$")


def parse_csv_date(text: str) -> str | None:
    """The ISO form of a date as spreadsheets and Outlook write it; "" for Outlook's empty "0/0/00"; None for text
    that is no date.

    ISO forms and dates without a year as the vCard reader knows them; 4/15/1980 (month first, as Outlook writes in
    the US, unless the first number cannot be a month); 15.04.1980 (day first, as German-speaking Europe writes).
    """
    value = text.strip()
    if not value or _ZERO_DATE.match(value):
        return ""
    iso = parse_date(value)
    if iso is not None:
        return iso.iso()
    match = _NUMERIC_DATE.match(value)
    if match is None:
        return None
    first, second, third = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(third)
    else:
        year = int(third) + (0 if len(third) == 4 else 1900 if int(third) >= 30 else 2000)
        if "." in value or int(first) > 12:
            day, month = int(first), int(second)
        else:
            month, day = int(first), int(second)
    found = parse_date(f"{year:04d}-{month:02d}-{day:02d}")
    return found.iso() if found is not None else None
