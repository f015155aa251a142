"""Text normalization for search and sorting, and the display name of a person."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from unidecode import unidecode

# Letters that have no decomposition but that people type without their stroke or ligature.
_LATIN_EXTRA = str.maketrans(
    {"ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ł": "l", "ı": "i", "ħ": "h", "ŀ": "l", "ŧ": "t"}
)


def _foldable_base(ch: str) -> bool:
    # Accents are dropped only from Latin, Greek and Cyrillic letters; in Thai, Devanagari or Arabic the combining
    # marks are vowels and carry meaning. A mark with no letter before it (ch == '') is kept: nothing says which.
    return bool(ch) and (ord(ch) < 0x0530 or 0x1E00 <= ord(ch) <= 0x1FFF)


def fold(text: str) -> str:
    """NFC, case-folded and accent-folded copy of `text`: 'Jónsdóttir' -> 'jonsdottir', 'Петрова' -> 'петрова'."""
    return _word_by_word(text, _fold_word)


def _word_by_word(text: str, fold_word: Callable[[str, str], str]) -> str:
    if text.isascii():
        return text.lower()
    # Word by word, so that a cache does most of the work: indexing an address book folds the same names, streets
    # and towns over and over. Nothing carries across a space except that a mark right after one is dropped, as
    # after a Latin letter; `fold_word` is told so by the base it starts from.
    words = text.split(" ")
    first = words[0]
    out = [first.lower() if first.isascii() else fold_word(first, "")]
    for word in words[1:]:
        out.append(word.lower() if word.isascii() else fold_word(word, " "))
    return " ".join(out)


@lru_cache(maxsize=1 << 15)
def _fold_word(text: str, base: str) -> str:
    # Compatibility forms first ('𝓐' -> 'A', 'ﬁ' -> 'fi'), then case: so folding twice changes nothing.
    compatible = unicodedata.normalize("NFKD", text)
    decomposed = unicodedata.normalize("NFKD", compatible.casefold().translate(_LATIN_EXTRA))
    kept: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch):
            if _foldable_base(base):
                continue
        else:
            base = ch
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def is_invisible(ch: str) -> bool:
    """A character that shows nothing by itself: a control character or a format character (zero-width space
    and joiners, bidirectional marks and overrides, the soft hyphen, the byte order mark)."""
    return unicodedata.category(ch) in ("Cc", "Cf")


def blank(text: str) -> bool:
    """Whether `text` shows nothing: empty, or only spaces of any kind (U+3000, U+00A0 …) and invisible characters.
    A name like that is no name."""
    if text and text[0].isprintable() and not text[0].isspace():
        return False  # the usual case, told by the first character (every record's name parts pass here)
    return all(ch.isspace() or is_invisible(ch) for ch in text)


def invisible_characters(text: str) -> list[str]:
    """The invisible characters in `text`, each as 'U+200B ZERO WIDTH SPACE'."""
    if text.isprintable():  # no control or format character: told at C speed, as for almost every value
        return []
    return [f"U+{ord(ch):04X} {unicodedata.name(ch, 'CONTROL CHARACTER')}" for ch in text if is_invisible(ch)]


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# Letters a reader takes for the same letter although Unicode does not, by script. Applied after fold(), on its
# canonical decomposition, so that marks Unicode composes into a letter (alef with hamza, が) can be dropped or kept.
_SAME_TO_A_READER: dict[int, int | str | None] = {
    # Japanese: katakana are found by hiragana and back; both are indexed as hiragana (ヴ -> ゔ, ヽ -> ゝ).
    **{code: code - 0x60 for code in range(0x30A1, 0x30F7)},
    0x30FD: 0x309D,
    0x30FE: 0x309E,
    # Persian typed on an Arabic keyboard (and Arabic's own spelling variants): kaf and keheh, the yehs, teh
    # marbuta and heh, alef wasla; alef with hamza or madda is alef once the mark below is dropped.
    0x0643: 0x06A9,  # ك -> ک
    0x064A: 0x06CC,  # ي -> ی
    0x0649: 0x06CC,  # ى -> ی
    0x0629: 0x0647,  # ة -> ه
    0x06D5: 0x0647,  # ە -> ه (and ۀ, which is ە with hamza above)
    0x0671: 0x0627,  # ٱ -> ا
    # Marks that change no letter for the reader: harakat, hamza and madda above or below, the superscript
    # alef; tatweel (kashida, a stretch of the line); joiners and direction marks typed or pasted inside words.
    **dict.fromkeys(range(0x064B, 0x0660)),
    0x0670: None,
    0x0640: None,
    0x200C: None,
    0x200D: None,
    0x200E: None,
    0x200F: None,
    0x061C: None,
    0x00AD: None,
    # Digits of other scripts are the digits 0-9 (phone numbers typed in Persian or Thai).
    **{
        zero + n: str(n) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0) for n in range(10)
    },
}


def search_fold(text: str) -> str:
    """fold(), and letters a reader takes for the same made one: the form the search index holds and queries use.

    'ヤマダ' -> 'やまだ', 'كريمي' -> 'کریمی', 'می‌خواهم' (with a zero-width non-joiner) -> 'میخواهم'. Kept apart
    from fold(), which also makes the sort keys and company keys stored in records.
    """
    return _word_by_word(text, _search_word)


@lru_cache(maxsize=1 << 15)
def _search_word(text: str, base: str) -> str:
    folded = _fold_word(text, base)
    if folded.isascii():
        return folded
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", folded).translate(_SAME_TO_A_READER))


# Scripts written without spaces between words (and Korean names, written as one word): any one or two of their
# letters may be the part of a name a person remembers.
_UNSPACED_RUN = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1100-\u11ff\u3005\u3040-\u30ff\u3130-\u318f"
    "\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003134f]{2,}"
)


def short_pieces(text: str) -> str:
    """`text` with each run of a script written without spaces replaced by the pairs of letters it holds and its
    last letter ('山田太郎' -> '山田 田太 太郎 郎'): the words under which a one- or two-letter query finds any part.

    Latin, Cyrillic, Greek, Arabic and the rest keep their words whole, so a short query finds the start of a word.
    """
    if text.isascii():
        return text
    return _UNSPACED_RUN.sub(_pairs, text)


_CYRILLIC_OR_GREEK = re.compile("[\u0370-\u052f]+")
_TRANSLITERATION_MARKS = str.maketrans("", "", "'\"`")


def latin_of(folded: str) -> str | None:
    """The Cyrillic and Greek words of a folded text in Latin letters ('анна петрова' -> 'anna petrova',
    'παπαδοπουλος' -> 'papadopoulos'), or None when it has none: what a Latin query finds such a name by.

    Unidecode transliterates; its soft and hard signs (' and ") are left out, as people leave them out typing.
    """
    if folded.isascii() or not _CYRILLIC_OR_GREEK.search(folded):
        return None
    return _CYRILLIC_OR_GREEK.sub(_latin_run, folded)


def _latin_run(match: re.Match[str]) -> str:
    return _latin_word(match.group())


@lru_cache(maxsize=1 << 14)
def _latin_word(word: str) -> str:
    return unidecode(word).lower().translate(_TRANSLITERATION_MARKS)


def _pairs(match: re.Match[str]) -> str:
    run = match.group()
    return " ".join([run[i : i + 2] for i in range(len(run) - 1)] + [run[-1]])


# ----- where a query was found in a text, to show it -----

Marks = tuple[tuple[int, int], ...]  # (start, end) offsets into a text, in order, never overlapping


def _pieces(text: str) -> list[tuple[int, int]]:
    """`text` cut into letters with the marks that follow them (a Thai consonant and its vowel, 'e' and an
    accent typed apart): the smallest pieces a highlight may start or end at."""
    pieces: list[tuple[int, int]] = []
    for index, ch in enumerate(text):
        if pieces and unicodedata.category(ch)[0] == "M":
            pieces[-1] = (pieces[-1][0], index + 1)
        else:
            pieces.append((index, index + 1))
    return pieces


def folded_with_places(text: str, folding: Callable[[str], str] = search_fold) -> tuple[str, list[tuple[int, int]]]:
    """`text` folded piece by piece, and for each character of the folded text the piece of `text` it came from."""
    folded: list[str] = []
    places: list[tuple[int, int]] = []
    for start, end in _pieces(text):
        part = _folded_piece(folding, text[start:end])
        folded.append(part)
        places.extend([(start, end)] * len(part))
    return "".join(folded), places


@lru_cache(maxsize=1 << 14)
def _folded_piece(folding: Callable[[str], str], piece: str) -> str:
    """A letter folded, remembered: the same few letters come back in every name (folding each afresh was half the
    time of a search's 50 results)."""
    return folding(piece)


def _word_start(folded: str, at: int) -> bool:
    return at == 0 or not folded[at - 1].isalnum()


def _latin_piece(piece: str) -> str:
    folded = search_fold(piece)
    return latin_of(folded) or folded


def match_marks(text: str, query: str) -> Marks:
    """Where the words of a search query are in `text`, found as the search finds them: folded alike (case,
    accents, the letter forms a reader takes for one), a word of three or more letters anywhere, a shorter one at
    the start of a word (anywhere, when no word starts with it: a name in a script written without spaces), and a
    Cyrillic or Greek name in the Latin letters a query may spell it with ('petrov' in 'Петрова')."""
    if not text or not query.strip():
        return ()
    views = _views(text)
    spans: list[tuple[int, int]] = []
    for term in _terms(query):
        for folded, places in views:
            found = _occurrences(folded, term)
            if len(term) < 3:
                found = [at for at in found if _word_start(folded, at)] or found[:1]
            if found:
                spans += [(places[at][0], places[at + len(term) - 1][1]) for at in found]
                break
    return merged_marks(spans)


@lru_cache(maxsize=64)
def _terms(query: str) -> tuple[str, ...]:
    """A query's words, folded as the search folds them, less those of punctuation alone (the search leaves them
    out); remembered, since one query is matched against every result's values."""
    return tuple(term for term in search_fold(nfc(query)).split() if any(ch.isalnum() for ch in term))


@lru_cache(maxsize=1 << 12)
def _views(text: str) -> tuple[tuple[str, list[tuple[int, int]]], ...]:
    """The ways a query may find `text`: folded, and in Latin letters when it holds Cyrillic or Greek; remembered,
    since the next key typed brings back mostly the same names (and their folding was most of a search's time)."""
    views = [folded_with_places(text)]
    if latin_of(search_fold(text)) is not None:
        views.append(folded_with_places(text, _latin_piece))
    return tuple(views)


def _occurrences(text: str, term: str) -> list[int]:
    found, at = [], text.find(term)
    while term and at >= 0:
        found.append(at)
        at = text.find(term, at + 1)
    return found


def merged_marks(spans: Iterable[tuple[int, int]]) -> Marks:
    """Spans in order, those that touch or overlap made one."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def join_name(parts: Iterable[str | None], sep: str = " ") -> str:
    stripped = [p.strip() for p in parts if p]
    return sep.join([p for p in stripped if p])


_EAST_ASIAN = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL")
_FIRST_EAST_ASIAN = "\u1100"  # HANGUL CHOSEONG KIYEOK: no character before it has one of those names


def _is_east_asian(text: str) -> bool:
    for ch in text:
        if ch.isalpha():
            return ch >= _FIRST_EAST_ASIAN and unicodedata.name(ch, "").startswith(_EAST_ASIAN)
    return False


def derive_display_name(
    *,
    prefix: str | None = None,
    given: str | None = None,
    additional: str | None = None,
    family: str | None = None,
    suffix: str | None = None,
    nickname: str | None = None,
    company: str | None = None,
    email: str | None = None,
    family_first: bool = False,
) -> str:
    """The name a person is shown by, built from its parts.

    Chinese, Japanese and Korean names are written family name first with no space ('山田太郎'); elsewhere the
    order follows the `family_first` preference. With no name at all, fall back to nickname, company, then email.
    """
    if given or family:
        if _is_east_asian((family or "") + (given or "")):
            return join_name([family, given], sep="")
        if family_first:
            core = join_name([family, given, additional])
        else:
            core = join_name([given, additional, family])
        return join_name([prefix, core, suffix])
    for fallback in (nickname, additional, company, email):
        if fallback and fallback.strip():
            return fallback.strip()
    return ""


NAME_PARTS = ("prefix", "given", "additional", "family", "suffix", "nickname")


def file_as(family: str, given: str, additional: str, display_name: str) -> str:
    """How a person is filed in a list sorted by family name, as Outlook's "File as": 'Jónsdóttir, Anna'. A name
    written family name first anyway ('山田太郎'), or without a family name, is filed as it is shown."""
    family, given = family.strip(), join_name([given, additional])
    if not family or not given or _is_east_asian(family + given):
        return display_name
    return f"{family}, {given}"


def contact_sort_key(family: str, given: str, display_name: str) -> str:
    return fold(f"{family} {given}".strip() if family else display_name)


def contact_names(values: Mapping[str, Any], company: str | None, family_first: bool) -> tuple[str, bool, str]:
    """A person's (display name, whether the person set it, sort key) from the record's values: the name parts,
    `emails` (entries), `display_name` and `display_name_custom`; `company` is the name of their company."""
    custom = bool(values.get("display_name")) and values.get("display_name_custom", True)
    if custom:
        display = str(values["display_name"])
    else:
        emails = values.get("emails") or []
        display = derive_display_name(
            **{k: values.get(k) for k in NAME_PARTS},
            company=company,
            email=emails[0].get("value") if emails else None,
            family_first=family_first,
        )
    return display, bool(custom), contact_sort_key(values.get("family") or "", values.get("given") or "", display)


def names_out_of_step(values: Mapping[str, Any], company: str | None, family_first: bool) -> dict[str, str]:
    """The display name and sort key a record should hold that it does not: {} when it holds what its name parts
    give. A display name built in either name order is in step (devices may prefer different orders); one built in
    neither came from other name parts — two devices edited two parts at once — and is built again in this
    device's order."""
    display, custom, key = contact_names(values, company, family_first)
    if not custom and display != values.get("display_name"):
        other = contact_names(values, company, not family_first)[0]
        if values.get("display_name") == other:
            display, key = other, contact_sort_key(values.get("family") or "", values.get("given") or "", other)
    out = {}
    if display != values.get("display_name"):
        out["display_name"] = display
    if key != values.get("sort_key"):
        out["sort_key"] = key
    return out
