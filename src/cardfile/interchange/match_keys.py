"""What a contact can be recognised by when an import looks for the record a card duplicates.

Pure functions of a contact's values, so that the importer's reading process computes them for each card while
the main process writes (services.import_matching holds the rules that compare them).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from cardfile.domain.text import fold


class MatchKeys(NamedTuple):
    uid: str | None
    emails: tuple[str, ...]  # case-folded
    phones: tuple[str, ...]  # as typed
    name: str | None  # the name's folded words, sorted, and the folded company; None without both
    words: tuple[str, ...] = ()  # the name's folded words


def name_words(values: Mapping[str, Any]) -> tuple[str, ...]:
    """The folded words of a person's name: its parts, else a name the person set (not one derived from an email)."""
    words = fold(" ".join(values.get(part) or "" for part in ("given", "additional", "family"))).split()
    custom = values.get("display_name_custom", bool(values.get("display_name")))
    if not words and custom:
        words = fold(values.get("display_name") or "").split()
    return tuple(sorted(set(words)))


def name_key(words: tuple[str, ...], company: str) -> str | None:
    """The name-plus-company key: None when either is missing (a name alone, or a company alone, is too weak)."""
    company_key = fold(company.strip()) if company else ""
    if not words or not company_key:
        return None
    return " ".join(words) + "\x1f" + company_key


def match_keys(values: Mapping[str, Any], company: str) -> MatchKeys:
    """The keys of a contact given as stored values: a database row, or a card's validated fields."""
    words = name_words(values)
    return MatchKeys(
        values.get("vcard_uid") or None,
        tuple(e["value"].casefold() for e in values.get("emails") or ()),
        tuple(e["value"] for e in values.get("phones") or ()),
        name_key(words, company),
        words,
    )
