"""Phone numbers: kept as typed, normalized only to make them findable whatever their punctuation."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

_PHONE_QUERY = re.compile(r"^\+?[\d\s().\-/]+$")
_NOT_DIGIT = re.compile(r"[^0-9]+")
_PLUS_SIGNS = ("+", "\uff0b")  # what phonenumbers accepts as the international prefix sign


def digits(text: str) -> str:
    """The ASCII digits of `text`, in order."""
    return _NOT_DIGIT.sub("", text)


def looks_like_phone(query: str, *, min_digits: int = 3) -> bool:
    """A search query made only of digits and phone punctuation ('+1 (555) 010-2030')."""
    return bool(_PHONE_QUERY.match(query.strip())) and len(digits(query)) >= min_digits


@lru_cache(maxsize=4096)
def search_keys(number: str, default_country: str | None = None) -> tuple[str, ...]:
    """Digit strings under which `number` is indexed: as typed, international (E.164) and national form.

    '+1 (555) 010-2030' -> ('15550102030', '5550102030'), so '5550102030', '010-2030' and '+1 555 010 2030'
    all find it as a substring.
    """
    keys = [digits(number)]
    region = (default_country or "").upper() or None
    if region is None and not any(sign in number for sign in _PLUS_SIGNS):
        # phonenumbers cannot place a number with neither a country code nor a default country; it would say so
        # only after some 20 microseconds of parsing, which add up when a whole address book is indexed.
        return (keys[0],) if keys[0] else ()
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and parsed.national_number:
        national = str(parsed.national_number)
        keys.append(f"{parsed.country_code}{national}")
        keys.append(national)
    out: list[str] = []
    for key in keys:
        if key and key not in out:
            out.append(key)
    return tuple(out)


def query_keys(query: str, default_country: str | None = None) -> tuple[str, ...]:
    """Digit strings to look for when a person searches for a phone number."""
    plain = digits(query)
    if query.strip().startswith("+"):
        keys = search_keys(query, default_country)
        # '+1 (555) 010 2030': the full international digits, or the national part alone for numbers stored
        # without their country code.
        return tuple(k for k in keys if len(k) >= 3) or (plain,)
    return (plain,)
