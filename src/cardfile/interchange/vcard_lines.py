"""Byte-level reading of vCard files: text encoding, line endings, card boundaries, unfolding, content lines.

Repairs happen here, on bytes, before any value is decoded, because several only work on bytes: a fold may split a
multi-byte UTF-8 character, a quoted-printable soft line break may split one across two lines, and the charset of
a legacy file is only known once a whole card has been seen. The reader streams: it holds one card at a time, so
a file of 100,000 cards takes no more memory than its largest card.
"""

from __future__ import annotations

import codecs
import functools
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cardfile.domain.sentences import Sentence
from cardfile.interchange.errors import NotVCard

# How far into a file the first BEGIN:VCARD may be before the file is judged not to be a vCard file at all.
MAX_LEADING_BYTES = 1 << 20
# A card larger than this is rejected rather than held in memory (a photo of 30 MB is not a contact photo).
MAX_CARD_BYTES = 32 << 20

# Between cards a BEGIN may be indented or carry the BOM of a concatenated file; inside a card a line that starts
# with whitespace is a folded continuation and never a boundary.

# group . name params : value — params may hold quoted strings with ';' or ':' inside.
_CONTENT_LINE = re.compile(rb'(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_/-]+)[ \t]*((?:;(?:[^";:]|"[^"]*")*)*):(.*)', re.S)
_PARAM = re.compile(rb';((?:[^";]|"[^"]*")*)')
_PARAM_VALUE = re.compile(r'"([^"]*)"?|([^"]+)')
_BASE64_TEXT = re.compile(rb"[A-Za-z0-9+/=\s]+")
# One logical line: a line that does not start with whitespace, and the folded lines that continue it.
_LOGICAL_LINE = re.compile(rb"^(?![ \t])[^\n]*(?:\n[ \t][^\n]*)*", re.MULTILINE)
_FOLD = re.compile(rb"\n[ \t]")
_SOFT_FOLD = re.compile(rb"=\n[ \t]")

# vCard 2.1 writes some parameters bare (TEL;WORK;VOICE:, NOTE;QUOTED-PRINTABLE:); these name an ENCODING.
_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


_NOT_CLOSED_AT_END = Sentence("not_closed_at_end", "the card is not closed: the file ends before END:VCARD")
_NOT_A_PROPERTY = Sentence("not_a_property", "the line is not a vCard property and was skipped")


def _not_closed_before(line: int) -> Sentence:
    return Sentence("not_closed_before", "the card is not closed: END:VCARD is missing before line {line}", line=line)


@dataclass(slots=True)
class RawCard:
    """The bytes between a BEGIN:VCARD line and its END:VCARD line; line ends are already plain `\\n`."""

    line: int  # the line of BEGIN:VCARD; the card's first line is line + 1
    data: bytes


@dataclass(slots=True)
class BrokenCard:
    """A card whose boundaries are broken; it is rejected where it starts, and the file reads on."""

    line: int
    reason: str


@dataclass(slots=True)
class ContentLine:
    """One unfolded property: `name` upper-case, `params` as written (bytes, starting with ';'), `value` raw bytes."""

    line: int
    group: str
    name: str
    params: bytes
    value: bytes
    written_name: str  # the name as the file spells it (X-ABLabel), for keeping the property verbatim


# ----- from a source to blocks of text with plain \n line ends -----


def open_source(source: bytes | bytearray | str | BinaryIO | object) -> tuple[BinaryIO, bool]:
    """A binary stream for `source` (bytes, a path or an open binary file) and whether the caller must close it."""
    if isinstance(source, bytes | bytearray):
        return io.BytesIO(bytes(source)), True
    if hasattr(source, "read"):
        return source, False  # type: ignore[return-value]
    return open(source, "rb"), True  # type: ignore[call-overload]


def text_blocks(stream: BinaryIO, filename: str) -> Iterator[bytes]:
    """The file as blocks of UTF-8 (or legacy 8-bit) bytes that end at a line end, with line ends made `\\n`.

    A UTF-8 byte-order mark is dropped; UTF-16 and UTF-32 files (with a BOM, or recognised by their NUL bytes)
    are transcoded to UTF-8 on the fly. `\\r\\n`, Outlook's `\\r\\r\\n` and a bare `\\r` (classic Mac OS)
    each end one line.
    """
    head = stream.read(4096)
    codec = _wide_codec(head)
    if codec is not None:
        reader = codecs.getincrementaldecoder(codec)(errors="replace")
        raw_blocks: Iterator[bytes] = _transcoded(head, stream, reader)
    else:
        if b"\x00" in head:
            raise NotVCard(file=filename, detail="it holds binary data", reason="binary")
        raw_blocks = _chained(head.removeprefix(b"\xef\xbb\xbf"), stream)
    pending: list[bytes] = []  # the start of a line that has not ended yet
    for block in raw_blocks:
        cut = _after_last_line_end(block)
        if cut == 0:
            pending.append(block)
            continue
        whole = b"".join([*pending, block[:cut]]) if pending else block[:cut]
        pending = [block[cut:]] if cut < len(block) else []
        yield _plain_line_ends(whole)
    if pending:
        yield _plain_line_ends(b"".join(pending)) + b"\n"


def _after_last_line_end(block: bytes) -> int:
    """Where the block's last complete line ends; a trailing \\r may still be followed by \\n, so it waits."""
    newline = block.rfind(b"\n")
    if newline >= 0:
        return newline + 1
    return block.rfind(b"\r", 0, len(block.rstrip(b"\r"))) + 1


_BLOCK = 1 << 20
_CR_RUN = re.compile(rb"\r+\n?")


def _plain_line_ends(block: bytes) -> bytes:
    if b"\r" not in block:
        return block
    block = block.replace(b"\r\n", b"\n")  # the common case, far faster than the pattern below
    return _CR_RUN.sub(b"\n", block) if b"\r" in block else block


def _chained(head: bytes, stream: BinaryIO) -> Iterator[bytes]:
    if head:
        yield head
    while block := stream.read(_BLOCK):
        yield block


def _transcoded(head: bytes, stream: BinaryIO, reader: codecs.IncrementalDecoder) -> Iterator[bytes]:
    block = head
    while block:
        yield reader.decode(block).encode("utf-8")
        block = stream.read(_BLOCK)
    yield reader.decode(b"", final=True).encode("utf-8")


def _wide_codec(head: bytes) -> str | None:
    """The codec of a UTF-16/32 file, from its byte-order mark or, without one, from where its NUL bytes sit."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    # ASCII text in UTF-16 has a NUL in every other byte: the high byte, first in big-endian files.
    if even_nuls > half * 0.4 and odd_nuls < half * 0.05:
        return "utf-16-be"
    if odd_nuls > half * 0.4 and even_nuls < half * 0.05:
        return "utf-16-le"
    return None


# ----- from blocks to cards -----

# A BEGIN or END line. Between cards a BEGIN may be indented or carry the BOM of a concatenated file; inside a card
# a line that starts with whitespace is a folded continuation and never a boundary.
_BOUNDARY = re.compile(rb"^(\xef\xbb\xbf)?([ \t]*)(BEGIN|END)[ \t]*:[ \t]*VCARD[ \t]*$", re.MULTILINE | re.IGNORECASE)


class _Splitter:
    """The state of split_cards between blocks: where we are, the card being collected, what came before it."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.line = 1  # line number at the start of the current block
        self.card_line = 0  # line of the open card's BEGIN, 0 outside a card
        self.card_parts: list[bytes] = []
        self.card_size = 0
        self.agent_depth = 0
        # A BEGIN inside a card with no AGENT before it: a vCard 2.1 card nested in the open one, or the next card
        # of a file whose open card lost its END. The boundary after the inner card's END tells: another END
        # (the outer card's) or the file's end ... see feed().
        self.inner_line = 0  # line of the inner BEGIN; 0: none
        self.inner_start = 0  # index in card_parts where the inner card's BEGIN line is
        self.inner_end = 0  # index in card_parts after its END line; 0 while it is still open
        self.seen_card = False
        self.leading_bytes = 0
        self.stray_line = 0  # first line outside any card that looks like a property, since the last card

    def feed(self, block: bytes) -> Iterator[RawCard | BrokenCard]:
        """Cards that end in this block (which holds whole lines, each ending in \\n)."""
        position = 0  # start of the first line after the last boundary
        line = self.line  # its line number
        for match in _BOUNDARY.finditer(block):
            start, after = match.start(), match.end() + 1
            match_line = line + block.count(b"\n", position, start)
            is_begin = match.group(3).upper() == b"BEGIN"
            if self.card_line:
                if self.embedded(match, block[position:start], is_begin):
                    self.add_to_card(block[position:after])
                    position, line = after, match_line + 1
                    continue
                self.add_to_card(block[position:start])
                if is_begin and not self.inner_line:  # perhaps a card nested in this one: the next END tells
                    self.inner_line, self.inner_start, self.inner_end = match_line, len(self.card_parts), 0
                    self.add_to_card(block[start:after])
                    position, line = after, match_line + 1
                    continue
                if not is_begin and self.inner_line and not self.inner_end:  # the inner card ends
                    self.add_to_card(block[start:after])
                    self.inner_end = len(self.card_parts)
                    position, line = after, match_line + 1
                    continue
                if self.inner_line and not (self.inner_end and not is_begin):
                    # A BEGIN after the inner card (or inside it): the open card had lost its END before the
                    # inner one, which was a card of its own.
                    yield from self.close_unclosed(match_line)
                else:
                    yield self.close_card(match_line, is_begin)
            else:
                self.outside(block[position:start], line)
                if not is_begin and self.stray_line:
                    yield BrokenCard(self.stray_line, Sentence("no_begin_line", "the card has no BEGIN:VCARD line"))
                self.stray_line = 0
            if is_begin:
                self.card_line, self.card_parts, self.card_size, self.seen_card = match_line, [], 0, True
            position, line = after, match_line + 1
        rest = block[position:]
        if self.card_line:
            self.add_to_card(rest)
        else:
            self.outside(rest, line)
        self.line = line + rest.count(b"\n")

    def embedded(self, match: re.Match[bytes], before: bytes, is_begin: bool) -> bool:
        """True when a boundary line inside a card is part of it: folded text, or a vCard 2.1 AGENT's own card."""
        if match.group(2):
            return True  # indented: a folded continuation
        if is_begin and (self.agent_depth or _opens_agent(before or (self.card_parts[-1] if self.card_parts else b""))):
            self.agent_depth += 1
            return True
        if not is_begin and self.agent_depth:
            self.agent_depth -= 1
            return True
        return False

    def close_unclosed(self, line: int | None) -> Iterator[BrokenCard | RawCard]:
        """The open card without its END, then the card that came after it as a card of its own."""
        parts, inner_line, start, end = self.card_parts, self.inner_line, self.inner_start, self.inner_end
        self.card_parts = parts[:start]
        yield self.close_card(inner_line, by_begin=True)
        inner = parts[start + 1 : end - 1] if end else parts[start + 1 :]
        if end:
            yield RawCard(inner_line, b"".join(inner))
        elif line is None:
            yield BrokenCard(inner_line, _NOT_CLOSED_AT_END)
        else:
            yield BrokenCard(inner_line, _not_closed_before(line))

    def add_to_card(self, data: bytes) -> None:
        self.card_size += len(data)
        if self.card_size <= MAX_CARD_BYTES:
            self.card_parts.append(data)

    def close_card(self, line: int, by_begin: bool) -> RawCard | BrokenCard:
        card_line, self.card_line = self.card_line, 0
        self.agent_depth = self.inner_line = self.inner_start = self.inner_end = 0
        if by_begin:
            return BrokenCard(card_line, _not_closed_before(line))
        if self.card_size > MAX_CARD_BYTES:
            return BrokenCard(
                card_line, Sentence("card_too_large", "the card is larger than {mb} MB", mb=MAX_CARD_BYTES >> 20)
            )
        return RawCard(card_line, b"".join(self.card_parts))

    def outside(self, text: bytes, first_line: int) -> None:
        """Text between cards: junk before the first card is tolerated up to a point; after it, remembered."""
        if not text or text.isspace():
            return
        if not self.seen_card:
            self.leading_bytes += len(text)
            if self.leading_bytes > MAX_LEADING_BYTES:
                raise NotVCard(file=self.filename, detail="no BEGIN:VCARD near its start", reason="no_begin")
            return
        if not self.stray_line and b":" in text:
            offset = len(text) - len(text.lstrip())
            self.stray_line = first_line + text.count(b"\n", 0, offset)

    def finish(self) -> Iterator[BrokenCard | RawCard]:
        if self.card_line and self.inner_line:
            yield from self.close_unclosed(None)
        elif self.card_line:
            yield BrokenCard(self.card_line, _NOT_CLOSED_AT_END)
        elif self.stray_line:
            yield BrokenCard(
                self.stray_line, Sentence("trailing_lines", "the lines after the last card are not a card")
            )
        if not self.seen_card:
            detail, reason = ("it holds no BEGIN:VCARD", "no_begin") if self.leading_bytes else ("it is empty", "empty")
            raise NotVCard(file=self.filename, detail=detail, reason=reason)


def split_cards(blocks: Iterable[bytes], filename: str) -> Iterator[RawCard | BrokenCard]:
    """Cut the text into cards; broken boundaries become BrokenCard and the next card reads on.

    Raises NotVCard when no BEGIN:VCARD appears in the first MAX_LEADING_BYTES of the file, or in it at all.
    """
    splitter = _Splitter(filename)
    for block in blocks:
        yield from splitter.feed(block)
    yield from splitter.finish()


def _opens_agent(text: bytes) -> bool:
    last = text.rstrip(b"\n").rsplit(b"\n", 1)[-1].upper()
    return last.startswith(b"AGENT") and last.rstrip().endswith(b":")


# ----- from a card's bytes to content lines -----


def content_lines(card: RawCard) -> tuple[list[ContentLine], list[tuple[int, str]]]:
    """Unfold the card's lines and split each into group, name, parameters and value.

    Returns the content lines and the problems met, as (line, message) pairs. Besides RFC folding (a line
    starting with a space or tab continues the previous one) this joins quoted-printable soft line breaks
    (`=` at the end of a line) and vCard 2.1 base64 blocks whose lines are not indented.
    """
    numbers, texts = (None if b"=\n" in card.data else plain_logical_lines(card)) or logical_lines(card)
    return _split_lines(numbers, texts)


def logical_lines(card: RawCard) -> tuple[list[int], list[bytes]]:
    """The card's logical lines, unfolded, each with the number of its first line: every repair content_lines
    promises."""
    data = card.data
    soft_breaks = b"=\n" in data
    numbers: list[int] = []
    texts: list[bytes] = []
    number = card.line + 1
    previous_start = 0
    for match in _LOGICAL_LINE.finditer(data):
        text = match.group()
        if not text:
            continue
        start = match.start()
        number += data.count(b"\n", previous_start, start)
        previous_start = start
        if b"\n" in text:
            if soft_breaks and b"=\n" in text and _is_quoted_printable(text):
                text = _SOFT_FOLD.sub(b"", text)  # a soft line break that was folded as well
            text = _FOLD.sub(b"", text)
        if texts:
            previous = texts[-1]
            if soft_breaks and previous.endswith(b"=") and _is_quoted_printable(previous):
                texts[-1] = previous[:-1] + text
                continue
            if b":" not in text and _BASE64_TEXT.fullmatch(text) and _is_base64(previous):
                texts[-1] = previous + text
                continue
        numbers.append(number)
        texts.append(text)
    return numbers, texts


def plain_logical_lines(card: RawCard) -> tuple[list[int], list[bytes]] | None:
    """logical_lines for the usual card, several times faster: line by line without a pattern, RFC folding only,
    every logical line a property (it has a colon). None for anything else (a quoted-printable soft break, an
    unindented base64 block, a line that is no property, a fold with nothing to continue), which logical_lines
    handles; a test holds the two to the same result on every card of the corpus."""
    numbers: list[int] = []
    texts: list[bytes] = []
    parts: list[bytes] = []  # the logical line being gathered: its first line and its continuations
    number = card.line
    after_empty = False
    for raw in card.data.split(b"\n"):
        number += 1
        if not raw:
            after_empty = True
            continue
        if raw[0] in _FOLD_STARTS:
            if not parts or after_empty:
                return None
            parts.append(raw[1:])
            continue
        after_empty = False
        if parts:
            text = parts[0] if len(parts) == 1 else b"".join(parts)
            if b":" not in text:
                return None
            texts.append(text)
        numbers.append(number)
        parts = [raw]
    if parts:
        text = parts[0] if len(parts) == 1 else b"".join(parts)
        if b":" not in text:
            return None
        texts.append(text)
    return numbers, texts


_FOLD_STARTS = b" \t"


def _split_lines(numbers: list[int], texts: list[bytes]) -> tuple[list[ContentLine], list[tuple[int, str]]]:
    """Each logical line split into group, name, parameters and value; a line that is none is a problem."""
    result: list[ContentLine] = []
    problems: list[tuple[int, str]] = []
    headers = _HEADERS
    for number, text in zip(numbers, texts, strict=True):
        colon = text.find(b":")
        head = text[:colon] if colon >= 0 else None
        # A header without quotes ends at the first colon, so the pattern matches the line exactly when it matches
        # the header, and a file repeats the same few headers: each is split once.
        split = headers.get(head) if head is not None and b'"' not in head else None
        if split is not None:
            group_name, name, params, written = split
            result.append(ContentLine(number, group_name, name, params, text[colon + 1 :], written))
            continue
        parts = _CONTENT_LINE.match(text)
        if parts is None:
            if not text.isspace():
                problems.append((number, _NOT_A_PROPERTY))
            continue
        group, name_bytes, params, value = parts.groups()
        written = name_bytes.decode("ascii")
        group_name = group.decode("ascii") if group else ""
        result.append(ContentLine(number, group_name, written.upper(), params, value, written))
        if head is not None and b'"' not in head:
            if len(headers) >= _HEADERS_KEPT:
                headers.clear()
            headers[head] = (group_name, written.upper(), params, written)
    return result, problems


# header bytes (before the first colon, no quotes) -> (group, NAME, params, name as written), of the files read lately
_HEADERS: dict[bytes, tuple[str, str, bytes, str]] = {}
_HEADERS_KEPT = 4096


def _is_quoted_printable(text: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in text.split(b":", 1)[0].upper()


def _is_base64(text: bytes) -> bool:
    header = text.split(b":", 1)[0].upper()
    return b"BASE64" in header or b"ENCODING=B" in header


# ----- parameters -----


_NO_PARAMS: dict[str, list[str]] = {}


def parse_params(raw: bytes) -> tuple[dict[str, list[str]], bool]:
    """Parameters by upper-case name, and whether any was written bare (vCard 2.1: TEL;WORK;VOICE:).

    Bare ones become TYPE, or ENCODING for QUOTED-PRINTABLE and BASE64. Values keep their case; `TYPE=a,b`,
    `TYPE=a;TYPE=b` and `TYPE="a,b"` all give TYPE: [a, b]. The result is shared between calls with the same
    text (a file repeats the same few parameter lists thousands of times): callers must not change it.
    """
    if not raw:
        return _NO_PARAMS, False
    return _parse_params(raw)


@functools.lru_cache(maxsize=4096)
def _parse_params(raw: bytes) -> tuple[dict[str, list[str]], bool]:
    params: dict[str, list[str]] = {}
    bare = False
    for part in _PARAM.findall(raw):
        text = _decode_param(part).strip()
        if not text:
            continue
        key, eq, value = text.partition("=")
        key = key.strip().upper()
        if not eq:
            value, key, bare = key, ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), True
        values = params.setdefault(key, [])
        for quoted, plain in _PARAM_VALUE.findall(value):
            # A quoted value is one value, except for TYPE, which RFC 6350 itself writes as TYPE="voice,home".
            pieces = quoted.split(",") if quoted and key == "TYPE" else [quoted] if quoted else plain.split(",")
            values.extend(piece.strip() for piece in pieces if piece.strip())
    return params, bare


def _decode_param(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


# ----- cards inside a card -----


def inner_cards(card: RawCard) -> tuple[RawCard, list[tuple[RawCard, str]]]:
    """The card without the vCard 2.1 cards nested in it, and each of those with how it is related: 'agent', the
    only relation vCard 2.1 nests a card for (one nested without its AGENT line is taken for one too). The nested
    cards' lines are blanked in the outer card, so every line keeps its number."""
    data = card.data
    if b"EGIN" not in data and b"egin" not in data:  # no copy of the card (a photo can be megabytes) for the usual case
        return card, []
    found: list[tuple[RawCard, str]] = []
    kept: list[bytes] = []
    depth = 0
    start = 0  # where the open inner card's BEGIN line is in `data`
    begin_line = 0
    position = 0
    for match in _BOUNDARY.finditer(data):
        if match.group(2):
            continue  # indented: folded text
        is_begin = match.group(3).upper() == b"BEGIN"
        line = card.line + 1 + data.count(b"\n", 0, match.start())
        if is_begin:
            if depth == 0:
                kept.append(data[position : match.start()])
                start, begin_line = match.start(), line
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                end = match.end() + 1
                body = data[data.index(b"\n", start) + 1 : match.start()]
                found.append((RawCard(begin_line, body), "agent"))
                kept.append(b"\n" * data.count(b"\n", start, end))
                position = end
    if not found:
        return card, []
    kept.append(data[start:] if depth else data[position:])  # an inner card never closed stays as it was
    return RawCard(card.line, b"".join(kept)), found
