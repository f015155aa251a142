"""vCard value text: escaping, structured values, quoted-printable, and the charset of legacy files.

Legacy files (vCard 2.1 from Outlook, old phones, The Bat!, old Apple Address Book) often carry 8-bit text that
is not UTF-8, with or without a CHARSET parameter. The rule, in order: bytes that are valid UTF-8 are UTF-8
(legacy 8-bit text almost never happens to be valid UTF-8, while "CHARSET=ISO-8859-1" on UTF-8 text is a common
producer bug); otherwise the declared CHARSET; otherwise the encoding that reads the card's text most plausibly.
"""

from __future__ import annotations

import codecs
import quopri
import re
import unicodedata
from collections.abc import Sequence

# ----- escaping -----

_ESCAPES = {"n": "\n", "N": "\n", "\\": "\\", ",": ",", ";": ";", ":": ":"}
_ESCAPED = re.compile(r"\\(.)", re.S)
_ESCAPE_TEXT = str.maketrans({"\\": "\\\\", "\n": "\\n", ",": "\\,", ";": "\\;", "\r": None})
_NEEDS_ESCAPE = re.compile(r"[\\\n,;\r]").search


def unescape(text: str) -> str:
    """`\\n` → newline, `\\,` `\\;` `\\:` `\\\\` → the character; any other backslash stays as written."""
    if "\\" not in text:
        return text
    return _ESCAPED.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), text)


def escape(text: str) -> str:
    """Escape a text value (or one component of a structured value) for writing."""
    # Most values need nothing: five substring tests are cheaper than a pattern's search, itself several times
    # cheaper than the translation.
    if not ("\\" in text or "\n" in text or "," in text or ";" in text or "\r" in text):
        return text
    return text.replace("\r\n", "\n").translate(_ESCAPE_TEXT)


def escape_joined(parts: Sequence[str], separator: str) -> str:
    """The components of a structured value escaped and joined: `separator.join(escape(part) for part in parts)`,
    with one search for the usual parts that need no escaping rather than one a part."""
    if _NEEDS_ESCAPE("".join(parts)) is None:
        return separator.join(parts)
    return separator.join([escape(part) for part in parts])


def split_escaped(text: str, separator: str, *, keep: bool = False) -> list[str]:
    """Split on separators that are not escaped; the parts are returned unescaped, or still escaped with `keep`."""
    if "\\" not in text:
        return text.split(separator)
    finish = (lambda part: part) if keep else unescape
    parts: list[str] = []
    start = 0
    i = 0
    end = len(text)
    while i < end:
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == separator:
            parts.append(finish(text[start:i]))
            start = i + 1
        i += 1
    parts.append(finish(text[start:]))
    return parts


def escape_newlines(text: str) -> str:
    """Make a raw value safe on one line (quoted-printable values may decode to line breaks)."""
    if "\n" not in text and "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


# ----- quoted-printable -----


def decode_quoted_printable(raw: bytes) -> bytes:
    """Decode quoted-printable bytes; soft line breaks were already joined when the lines were unfolded."""
    return quopri.decodestring(raw)


# ----- charsets -----

_CHARSET_ALIASES = {
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    "mac": "mac_roman",
    "x-sjis": "shift_jis",
    "sjis": "shift_jis",
    "unicode-1-1-utf-8": "utf-8",
    "utf8": "utf-8",
}


def codec_name(charset: str) -> str | None:
    """Python's codec for a CHARSET parameter, or None when it names no known charset."""
    name = charset.strip().strip('"').lower()
    name = _CHARSET_ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# Candidates for undeclared 8-bit text, most common first. Windows-125x are tried before their ISO-8859 cousins
# because they are supersets in practice; Mac Roman comes first for cards that Apple software wrote.
CANDIDATE_ENCODINGS = ("cp1252", "cp1250", "iso8859_2", "cp1251", "cp1253", "mac_roman", "shift_jis")


def guess_encoding(samples: Sequence[bytes], prefer: Sequence[str] = ()) -> str:
    """The encoding that decodes every sample and reads most plausibly; ties go to the earlier candidate."""
    order = [*prefer, *(c for c in CANDIDATE_ENCODINGS if c not in prefer)]
    best, best_score = "latin-1", -1
    for name in order:
        try:
            texts = [sample.decode(name) for sample in samples]
        except UnicodeDecodeError:
            continue
        score = sum(implausibility(text) for text in texts)
        if best_score < 0 or score < best_score:
            best, best_score = name, score
            if score == 0:
                break
    return best


_WORD_PUNCTUATION = frozenset("’'-·")
_LOOSE_PUNCTUATION = frozenset("‘“”„«»–—…€£¥¢©®°§¶¡¿×÷±\u00a0\u00ad")
_SPANISH_VOWELS = frozenset("aeiouáéíóúü")


def implausibility(text: str) -> int:
    """How unlikely it is that a person wrote `text`: 0 for clean text, more for each sign of a wrong charset.

    The signs: control or unassigned characters; symbols wedged between letters ('ma³opolskie' is Polish read
    as Windows-1252); letters of two scripts in one word ('Mьller' is German read as Windows-1251); an upper-case
    letter inside a word ('MŸller' is Mac Roman read as Windows-1252); three or more accented Latin
    letters in a row (Cyrillic read as Latin); an 'ñ' not followed by a vowel, as never happens in Spanish
    ('Iksiñski' is Polish 'Iksiński' read as Windows-1252); typographic ligatures.
    """
    if text.isascii():
        return 0
    score = 0
    latin_run = 0
    last = len(text) - 1
    for i, ch in enumerate(text):
        if ch < "\x80":
            latin_run = 0
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i < last else " "
        category = unicodedata.category(ch)
        if category[0] == "L" and category != "Lm":
            script = _script(ch)
            if before.isalpha() and _script(before) != script:
                score += 3
            if after.isalpha() and _script(after) != script:
                score += 3
            if ch.isupper() and before.isalpha() and (before.islower() or after.islower()):
                score += 2  # a capital inside a word: 'MŸller', 'mÜller'; not 'MÜLLER' or 'Élodie'

            if script == "latin":
                latin_run += 1
                if latin_run >= 3:
                    score += 2
            else:
                latin_run = 0
            if ch in "ñÑ" and after.lower() not in _SPANISH_VOWELS:
                score += 2
            if "\ufb00" <= ch <= "\ufb06":
                score += 3
            continue
        latin_run = 0
        if category[0] == "C":
            score += 1 if category == "Cf" else 5
        elif category[0] == "M":
            score += 0 if before.isalpha() else 3
        elif category[0] == "Z" or ch in _WORD_PUNCTUATION:
            continue
        elif ch in _LOOSE_PUNCTUATION:
            score += 2 if before.isalpha() and after.isalpha() else 0
        else:
            score += 3 if before.isalpha() or after.isalpha() else 1
    return score


def _script(ch: str) -> str:
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    if 0x370 <= code <= 0x3FF or 0x1F00 <= code <= 0x1FFF:
        return "greek"
    if 0x400 <= code <= 0x52F:
        return "cyrillic"
    if 0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF:
        return "cjk"
    if 0xFF61 <= code <= 0xFF9F:
        return "halfwidth"  # half-width katakana: what Shift_JIS makes of Latin-1 bytes
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF:
        return "hangul"
    if 0x590 <= code <= 0x5FF:
        return "hebrew"
    if 0x600 <= code <= 0x6FF or 0xFB50 <= code <= 0xFEFF:
        return "arabic"
    return "other"
