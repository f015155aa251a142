"""Phone numbers: kept as typed, normalized only to make them findable whatever their punctuation."""

from __future__ import annotations

import locale
import re
from functools import lru_cache

_PHONE_QUERY = re.compile(r"^\+?[\d\s().\-/]+$")
_NOT_DIGIT = re.compile(r"[^0-9]+")
_PLUS_SIGNS = ("+", "\uff0b")  # what phonenumbers accepts as the international prefix sign
# Digits of other scripts as 0-9: a number typed in Persian or Thai digits is the same number.
_DIGITS = {zero + n: str(n) for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10)
           for n in range(10)}  # fmt: skip


def digits(text: str) -> str:
    """The digits of `text`, in order, as ASCII digits."""
    if not text.isascii():
        text = text.translate(_DIGITS)
    return _NOT_DIGIT.sub("", text)


def locale_country() -> str | None:
    """The country of this computer's locale ('de_DE' -> 'DE'), or None (the C locale names no country)."""
    try:
        name = locale.getlocale()[0] or ""
    except ValueError:
        return None
    if name == "en_US" and _c_locale():
        return None  # Python reads C.UTF-8 as en_US.UTF-8: a server or CI machine is not in the United States
    country = name.split("_")[1][:2] if "_" in name else ""
    return country.upper() if len(country) == 2 and country.isalpha() else None


def _c_locale() -> bool:
    try:
        current = locale.setlocale(locale.LC_CTYPE)  # no second argument: only asks
    except locale.Error:
        return False
    return current in ("C", "POSIX") or current.startswith(("C.", "POSIX."))


def default_country(stored: str | None) -> str | None:
    """The country whose numbering plan applies to numbers typed without '+': the one set in the settings
    (`stored`), else the country of this computer's locale. Settings and the search index both ask this."""
    return stored if stored is not None else locale_country()


def looks_like_phone(query: str, *, min_digits: int = 3) -> bool:
    """A search query made only of digits and phone punctuation ('+1 (555) 010-2030')."""
    return bool(_PHONE_QUERY.match(query.strip())) and len(digits(query)) >= min_digits


@lru_cache(maxsize=4096)
def search_keys(number: str, default_country: str | None = None) -> tuple[str, ...]:
    """Digit strings under which `number` is indexed: as typed, and, when its country is known (from its '+' or
    `default_country`), international (E.164), national significant, and national as dialled at home.

    '+7 495 123-45-67' -> ('74951234567', '4951234567', '84951234567'): '8 (495) 123-45-67', as people in Russia
    dial it, finds it as a substring like '+7 495 123 45 67' and '123-45-67' do; '+81 3-1234-5678' is found by
    '03-1234-5678'.
    """
    typed, parsed = _placed(number, default_country)
    keys = [typed]
    if parsed is not None:
        country_code, national = parsed
        keys += [f"{country_code}{national}", national, _trunk_prefix(country_code) + national]
    return tuple(dict.fromkeys(key for key in keys if key))


def international_digits(number: str, default_country: str | None = None) -> str:
    """The number's international (E.164) digits, or its digits as typed when its country is not known."""
    typed, parsed = _placed(number, default_country)
    return f"{parsed[0]}{parsed[1]}" if parsed is not None else typed


@lru_cache(maxsize=4096)
def _placed(number: str, default_country: str | None) -> tuple[str, tuple[int, str] | None]:
    """The number's digits as typed, and its country code and national significant number when it can be placed."""
    import phonenumbers  # on use: most searches are no phone number, and it takes a while to load

    typed = digits(number)
    region = (default_country or "").upper() or None
    if region is None and not any(sign in number for sign in _PLUS_SIGNS):
        # phonenumbers cannot place a number with neither a country code nor a default country; it would say so
        # only after some 20 microseconds of parsing, which add up when a whole address book is indexed.
        return typed, None
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return typed, None
    if not parsed.national_number or parsed.country_code is None:
        return typed, None
    return typed, (parsed.country_code, phonenumbers.national_significant_number(parsed))  # keeps Italy's 0


@lru_cache(maxsize=512)
def _trunk_prefix(country_code: int) -> str:
    """The national (trunk) prefix dialled before a national number in the country: '8' in Russia, '0' in Japan
    and Germany, '1' in North America, '' where there is none (Iceland, Italy)."""
    import phonenumbers

    region = phonenumbers.region_code_for_country_code(country_code)
    return phonenumbers.ndd_prefix_for_region(region, True) or ""


def query_keys(query: str, default_country: str | None = None) -> tuple[str, ...]:
    """Digit strings to look for when a person searches for a phone number; a number found by any of them.

    Besides the digits as typed, a whole number whose country is known (its '+', or `default_country`) is looked
    for by its national significant number too, which every stored form of it holds: '8 (495) 123-45-67' with
    Russia as the default country finds '+7 495 123 45 67', '+81 3-1234-5678' finds '03-1234-5678'.
    """
    import phonenumbers

    plain = digits(query)
    if query.strip().startswith(_PLUS_SIGNS):
        keys = search_keys(query, default_country)
        # '+1 (555) 010 2030': the full international digits, or the national part alone for numbers stored
        # without their country code.
        return tuple(k for k in keys if len(k) >= 3) or (plain,)
    region = (default_country or "").upper() or None
    if region is None:
        return (plain,)
    try:
        parsed = phonenumbers.parse(query, region)
    except phonenumbers.NumberParseException:
        return (plain,)
    if not phonenumbers.is_possible_number(parsed):
        return (plain,)  # a fragment ('010-2030', '35486'): its digits alone
    national = phonenumbers.national_significant_number(parsed)
    return tuple(dict.fromkeys(k for k in (plain, national) if len(k) >= 3)) or (plain,)


def number_marks(number: str, query: str, default_country: str | None = None) -> tuple[tuple[int, int], ...]:
    """Where a phone-number query is in `number` as written, for a highlight: the digits it matched and the
    punctuation between them ('010-2030' in '+1 (555) 010-2030'). A query that matched the number's international
    or national form is lined up with the digits as written by their common end (the national number)."""
    places = [index for index, ch in enumerate(number) if digits(ch)]
    typed = "".join(digits(number[index]) for index in places)
    if not typed:
        return ()
    for key in (*dict.fromkeys(query_keys(query, default_country)), digits(query)):
        if len(key) < 3:
            continue
        for form in search_keys(number, default_country) or (typed,):
            at = form.find(key)
            if at < 0:
                continue
            # Every form ends with the national number: only the end they share maps onto the digits as written
            # (a trunk prefix or a country code the number was not written with has no place there).
            shared = next((n for n in range(min(len(form), len(typed))) if form[-1 - n] != typed[-1 - n]), None)
            shared = min(len(form), len(typed)) if shared is None else shared
            start, end = max(at, len(form) - shared), at + len(key)
            shift = len(typed) - len(form)
            if end > start:
                return ((places[start + shift], places[end + shift - 1] + 1),)
    return ()
