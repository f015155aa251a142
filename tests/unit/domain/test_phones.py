"""Phone numbers are kept as typed; only their search keys are normalized."""

from __future__ import annotations

import pytest

from cardfile.domain.phones import default_country, digits, looks_like_phone, query_keys, search_keys


def test_search_keys_hold_typed_international_and_national_digits() -> None:
    assert search_keys("+1 (555) 010-2030") == ("15550102030", "5550102030")
    assert search_keys("(555) 010-2030", "US") == ("5550102030", "15550102030")
    assert search_keys("(555) 010-2030") == ("5550102030",)  # no country known: only the digits as typed
    assert search_keys("0171 555 0000", "de")[1].startswith("49")


def test_a_number_that_cannot_be_parsed_is_still_indexed_by_its_digits() -> None:
    assert search_keys("ext. 42") == ("42",)


@pytest.mark.parametrize(
    ("query", "is_phone"),
    [
        ("010-2030", True),
        ("+1 (555) 010 2030", True),
        ("555.010.2030", True),
        ("12", False),
        ("ann", False),
        ("1a2b3", False),
    ],
)
def test_what_looks_like_a_phone_number(query: str, is_phone: bool) -> None:
    assert looks_like_phone(query) is is_phone


def test_query_keys() -> None:
    assert query_keys("010-2030") == ("0102030",)
    assert query_keys("+1 (555) 010 2030") == ("15550102030", "5550102030")


def test_digits_drops_punctuation_and_reads_digits_of_every_script() -> None:
    """Arabic-Indic digits were dropped, so a number typed with a Persian keyboard had no search key."""
    assert digits("+1 (555) ٠١٢-2030") == "15550122030"


@pytest.mark.parametrize(
    ("number", "country", "keys"),
    [
        ("+7 495 123-45-67", None, ("74951234567", "4951234567", "84951234567")),  # trunk prefix 8
        ("+81 3-1234-5678", None, ("81312345678", "312345678", "0312345678")),  # trunk prefix 0
        ("03-1234-5678", "JP", ("0312345678", "81312345678", "312345678")),
        ("+39 06 1234 5678", None, ("390612345678", "0612345678")),  # Italy keeps its 0, has no trunk prefix
        ("+354 555 1234", None, ("3545551234", "5551234")),  # Iceland has none either
    ],
)
def test_search_keys_hold_the_number_as_dialled_at_home(
    number: str, country: str | None, keys: tuple[str, ...]
) -> None:
    assert search_keys(number, country) == keys


@pytest.mark.parametrize(
    ("query", "country", "keys"),
    [
        ("8 (495) 123-45-67", None, ("84951234567",)),
        ("8 (495) 123-45-67", "RU", ("84951234567", "4951234567")),
        ("03-1234-5678", "JP", ("0312345678", "312345678")),
        ("010-2030", "US", ("0102030",)),  # a fragment is looked for as typed
        ("+81 3-1234-5678", None, ("81312345678", "312345678", "0312345678")),
    ],
)
def test_query_keys_of_a_whole_number_include_its_national_significant_number(
    query: str, country: str | None, keys: tuple[str, ...]
) -> None:
    assert query_keys(query, country) == keys


def test_a_number_in_persian_digits_looks_like_a_phone_number() -> None:
    assert digits("۰۲۱ ۸۸۸۸") == "0218888"
    assert looks_like_phone("۰۲۱۸۸۸۸۷۷۷۷")


def test_the_default_country_is_the_stored_one_else_the_locale_s(monkeypatch: pytest.MonkeyPatch) -> None:
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *a: ("de_AT", "UTF-8"))
    assert default_country("IS") == "IS"
    assert default_country(None) == "AT"


def test_the_c_locale_names_no_country(monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression: Python reads C.UTF-8 as en_US.UTF-8, so every server and CI machine had the United States as its
    default country, and national numbers were parsed (and indexed) as American."""
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *a: ("en_US", "UTF-8"))
    monkeypatch.setattr(locale, "setlocale", lambda *a: "C.UTF-8")
    assert default_country(None) is None
    monkeypatch.setattr(locale, "setlocale", lambda *a: "en_US.UTF-8")
    assert default_country(None) == "US"
