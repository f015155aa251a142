"""What the command line prints: JSON for scripts, aligned tables and readable cards for people.

Column widths count what a terminal shows, not code points: a CJK character takes two cells, a Thai vowel sign
or an Arabic diacritic none, so tables of Japanese, Thai and Persian names stay aligned.
"""

from __future__ import annotations

import codecs
import io
import itertools
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TextIO

# Every script Cardfile promises to show; a stream that cannot encode these is switched to UTF-8.
_PROBE = "Jónsdóttir Петрова สมชาย 山田太郎 کریمی — …"


def ensure_unicode_streams(streams: Iterable[TextIO] | None = None) -> None:
    """Make stdout and stderr able to print any name instead of raising UnicodeEncodeError.

    A stream whose encoding cannot carry every script (ASCII, Latin-1, a legacy Windows code page) is switched
    to UTF-8; characters that still cannot be written (lone surrogates from odd file names) become '?'.
    """
    for stream in streams if streams is not None else (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:
            continue
        encoding = getattr(stream, "encoding", None) or "ascii"
        try:
            _PROBE.encode(encoding)
            codecs.lookup(encoding)
        except (UnicodeEncodeError, LookupError):
            reconfigure(encoding="utf-8", errors="replace")
        else:
            reconfigure(errors="replace")


# ----- what a terminal must not be given -----

# C0 controls but newline and tab, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates that
# reorder what follows them on screen (U+202E makes 'moc.elgoog@' read as 'google.com'; "Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """`text` with the characters that would steer a terminal (ESC sequences, carriage returns, bidi overrides)
    written as escapes instead (`\\x1b`, `\\u202e`): a name from an imported file or a synced device cannot
    recolour, rewrite or reorder what a person reads. Newlines and tabs stay."""
    return _CONTROL.sub(_escaped, text) if _CONTROL.search(text) else text


class TerminalText(io.TextIOBase):
    """A text stream that passes everything through `terminal_safe`: what the command line prints for people.

    `buffer` is the stream's own bytes, for an export to standard output, which must stay exactly as written.
    """

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    @property
    def stream(self) -> TextIO:
        return self._stream

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    @property
    def buffer(self) -> Any:
        return self._stream.buffer  # AttributeError for a stream without bytes underneath, as getattr expects

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self._stream, "encoding", "utf-8")


def data_stream(out: TextIO) -> TextIO:
    """Where data (a report's CSV or JSON) goes on standard output: the stream itself, never escaped for a
    terminal, so that what a script reads is exactly what was written."""
    return out.stream if isinstance(out, TerminalText) else out


def print_json(value: Any, out: TextIO) -> None:
    """One JSON document: an array for a listing, an object for one record. Names are written as they are."""
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


# ----- widths -----


def char_width(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def display_width(text: str) -> int:
    """How many terminal cells `text` takes."""
    return sum(char_width(ch) for ch in text)


def truncate(text: str, width: int) -> str:
    """`text` cut to `width` cells, ending in '…' when something was cut."""
    if display_width(text) <= width:
        return text
    out: list[str] = []
    used = 0
    for ch in text:
        w = char_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def one_line(text: str) -> str:
    return " ".join(str(text).split())


# ----- tables and cards -----


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], *, max_width: int = 40) -> str:
    """Rows under upper-case headers, columns padded to their widest cell (capped at `max_width` cells)."""
    cells = [[truncate(terminal_safe(one_line("" if v is None else str(v))), max_width) for v in row] for row in rows]
    heads = [h.upper() for h in headers]
    widths = [max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(heads)]
    lines = []
    for row in [heads, *cells]:
        padded = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(row)]
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)


def card(title: str, fields: Iterable[tuple[str, Any]]) -> str:
    """A record as a block: its name, then one indented `label  value` line per non-empty field.

    A value may be a list; each item gets its own line under the same label.
    """
    items: list[tuple[str, str]] = []
    for label, value in fields:
        values = value if isinstance(value, list) else [value]
        for n, item in enumerate(v for v in values if v not in (None, "", [])):
            items.append((label if n == 0 else "", terminal_safe(str(item))))
    width = max((display_width(label) for label, _ in items), default=0)
    lines = [terminal_safe(title)]
    for label, value in items:
        pad = " " * (width - display_width(label))
        first, *more = value.split("\n")
        lines.append(f"  {label}{pad}  {first}".rstrip())
        lines.extend(f"  {' ' * width}  {line}".rstrip() for line in more)
    return "\n".join(lines)


SHORT_ID_MIN = 13


def short_ids(ids: Sequence[str], minimum: int = SHORT_ID_MIN) -> list[str]:
    """The shortest prefixes (at least `minimum` characters) that tell the given ids apart, for tables people read.

    Ids are UUIDv7: their first 12 hex digits are the creation time in milliseconds, so a fixed 8-character
    prefix would be the same for everything added in the same minute. 13 characters ('01a20500-2930') reach the
    millisecond; records made in the same millisecond (an import) get longer prefixes. Any of them works
    wherever a command takes an id; scripts use --json and full ids.
    """
    distinct = sorted(set(ids))
    length: dict[str, int] = {}
    for before, after in itertools.pairwise(distinct):
        common = 0
        while common < min(len(before), len(after)) and before[common] == after[common]:
            common += 1
        for value in (before, after):
            length[value] = max(length.get(value, minimum), common + 1)
    return [i[: max(length.get(i, minimum), minimum)] for i in ids]


def local_time(value: datetime | None, *, date_only: bool = False) -> str:
    """A UTC time as local time of this computer, to the minute."""
    if value is None:
        return ""
    local = value.astimezone()
    return local.strftime("%Y-%m-%d") if date_only else local.strftime("%Y-%m-%d %H:%M")


def entry_line(entry: dict[str, Any], value: str | None = None) -> str:
    """'cell  +354 555 1234  (preferred)' for one labelled email, phone, address or URL."""
    text = value if value is not None else str(entry.get("value", ""))
    parts = [entry.get("label") or "", text]
    line = "  ".join(p for p in parts if p)
    return f"{line}  (preferred)" if entry.get("preferred") else line


def address_line(entry: dict[str, Any]) -> str:
    keys = ("po_box", "street", "extended", "locality", "region", "postcode", "country")
    return ", ".join(str(entry[k]) for k in keys if entry.get(k))


def first_value(entries: list[dict[str, Any]]) -> str:
    """The preferred entry's value, else the first one's."""
    for entry in entries:
        if entry.get("preferred"):
            return str(entry.get("value", ""))
    return str(entries[0].get("value", "")) if entries else ""


def shorten_id_columns(headers: Sequence[str], rows: list[Sequence[Any]]) -> list[list[Any]]:
    """Rows with every column headed 'id' shortened by `short_ids`."""
    out = [list(row) for row in rows]
    for column, header in enumerate(headers):
        if header == "id":
            for row, short in zip(out, short_ids([str(r[column]) for r in out]), strict=True):
                row[column] = short
    return out
