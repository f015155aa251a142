"""Text normalization for search and sorting, and the display name of a person."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

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
    if text.isascii():
        return text.lower()
    # Word by word, so that a cache does most of the work: indexing an address book folds the same names, streets
    # and towns over and over. Nothing carries across a space except that a mark right after one is dropped, as
    # after a Latin letter; `_fold_word` is told so by the base it starts from.
    words = text.split(" ")
    first = words[0]
    out = [first.lower() if first.isascii() else _fold_word(first, "")]
    for word in words[1:]:
        out.append(word.lower() if word.isascii() else _fold_word(word, " "))
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
