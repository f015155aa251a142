"""Phone numbers are kept as typed; only their search keys are normalized."""

from __future__ import annotations

import pytest

from cardfile.domain.phones import digits, looks_like_phone, query_keys, search_keys


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


def test_digits_ignores_non_ascii_digits_and_punctuation() -> None:
    assert digits("+1 (555) ٠١٢-2030") == "15552030"
