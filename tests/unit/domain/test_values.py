"""Value types: labelled entries, partial dates, money in minor units, currencies."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cardfile.domain.errors import ValidationError
from cardfile.domain.values import (
    EmailAddress,
    PartialDate,
    PhoneNumber,
    PostalAddress,
    RelatedDate,
    WebUrl,
    check_currency,
    currency_digits,
    format_money,
    normalize_label,
    parse_money,
)

# ----- labels and entries -----


@pytest.mark.parametrize(("typed", "stored"), [("WORK", "work"), (" Cell ", "cell"), ("Fax", "fax"), ("", "")])
def test_standard_labels_are_stored_lower_case(typed: str, stored: str) -> None:
    assert normalize_label(typed) == stored


def test_a_custom_label_is_kept_as_typed() -> None:
    assert normalize_label("  Summer House ") == "Summer House"
    assert PhoneNumber(value="1", label="Boat").label == "Boat"


@pytest.mark.parametrize("value", ["ann@example.org", "a.b+tag@sub.example.co.uk", "ñandú@correo.example"])
def test_valid_email_addresses(value: str) -> None:
    assert EmailAddress(value=f"  {value} ").value == value


@pytest.mark.parametrize("value", ["", "ann", "ann@", "@example.org", "ann@example", "a b@example.org", "a@b@c.org"])
def test_invalid_email_addresses_are_refused(value: str) -> None:
    with pytest.raises(ValueError, match="not an email address"):
        EmailAddress(value=value)


@pytest.mark.parametrize(
    ("value", "named"),
    [
        ("an\u200bna@example.com", "U+200B ZERO WIDTH SPACE"),
        ("an\u00adna@example.com", "U+00AD SOFT HYPHEN"),
        ("\u202eanna@example.com", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("anna@example.com\u200f", "U+200F RIGHT-TO-LEFT MARK"),
        ("anna@exa\u2060mple.com", "U+2060 WORD JOINER"),
        ("\ufeffanna@example.com", "U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("an\x07na@example.com", "U+0007 CONTROL CHARACTER"),
    ],
)
def test_an_email_address_with_an_invisible_character_is_refused_naming_it(value: str, named: str) -> None:
    """Regression: an address pasted with a zero-width space looked right, was stored, and no mail would arrive."""
    with pytest.raises(ValueError, match="contains an invisible character") as caught:
        EmailAddress(value=value)
    assert f"({named}); type the address again without it" in str(caught.value)


def test_a_phone_number_is_kept_exactly_as_typed_but_needs_a_digit() -> None:
    assert PhoneNumber(value=" +1 (555) 010-2030 ext. 7 ").value == "+1 (555) 010-2030 ext. 7"
    with pytest.raises(ValueError, match="has no digits"):
        PhoneNumber(value="call me")


def test_web_addresses_have_no_spaces() -> None:
    assert WebUrl(value="example.org/x").value == "example.org/x"
    with pytest.raises(ValueError):
        WebUrl(value="example .org")


def test_a_postal_address_on_one_line() -> None:
    address = PostalAddress(street="1 Main St", locality="Springfield", postcode="12345", country="USA")
    assert address.one_line() == "1 Main St, Springfield, 12345, USA"


def test_a_related_date_is_stored_in_iso_form() -> None:
    assert RelatedDate(value="--0415", label="anniversary").value == "--04-15"
    assert RelatedDate(value="19800415").value == "1980-04-15"


# ----- partial dates -----


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("1980-04-15", PartialDate(4, 15, 1980)),
        ("19800415", PartialDate(4, 15, 1980)),
        ("--04-15", PartialDate(4, 15)),
        ("--0415", PartialDate(4, 15)),
        ("--02-29", PartialDate(2, 29)),  # a birthday on a leap day, year unknown
        (" 2024-02-29 ", PartialDate(2, 29, 2024)),
    ],
)
def test_partial_dates_parse(text: str, parsed: PartialDate) -> None:
    assert PartialDate.parse(text) == parsed


@pytest.mark.parametrize("text", ["", "1980", "15/04/1980", "1980-13-01", "--02-30", "2023-02-29", "--0230", "soon"])
def test_bad_dates_name_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(text)
    assert caught.value.params["field"] == "date"


partial_dates = st.builds(
    lambda d, known: PartialDate(d.month, d.day, d.year if known else None),
    st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    st.booleans(),
)


@settings(max_examples=50, deadline=None)
@given(partial_dates)
def test_partial_date_round_trip(value: PartialDate) -> None:
    assert PartialDate.parse(value.iso()) == value
    assert PartialDate.parse(value.iso().replace("-", "") if value.year else value.iso()) == value
    assert str(value) == value.iso()


# ----- money -----


@pytest.mark.parametrize(
    ("text", "currency", "minor"),
    [
        ("12,500.50", "USD", 1_250_050),
        ("12500.5", "EUR", 1_250_050),
        ("0.07", "USD", 7),
        ("-3.20", "USD", -320),
        ("1 000", "ISK", 1000),
        ("150000", "JPY", 150_000),
        ("1.234", "KWD", 1234),
        ("1_000.00", "GBP", 100_000),
    ],
)
def test_parse_money_gives_integer_minor_units(text: str, currency: str, minor: int) -> None:
    parsed = parse_money(text, currency)
    assert parsed == minor and type(parsed) is int


@pytest.mark.parametrize(
    ("text", "currency"),
    [("1.5", "JPY"), ("1.005", "USD"), ("abc", "USD"), ("", "USD"), ("1e3", "USD"), ("1.2.3", "USD")],
)
def test_parse_money_refuses_what_is_not_an_amount(text: str, currency: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text, currency)
    assert caught.value.params["field"] == "amount"


def test_format_money() -> None:
    assert format_money(1_250_050, "USD") == "12,500.50 USD"
    assert format_money(-7, "EUR") == "-0.07 EUR"
    assert format_money(150_000, "JPY") == "150,000 JPY"
    assert format_money(1234, "KWD") == "1.234 KWD"


@settings(max_examples=50, deadline=None)
@given(minor=st.integers(-(10**15), 10**15), currency=st.sampled_from(["USD", "EUR", "JPY", "ISK", "KWD", "BHD"]))
def test_money_format_parse_round_trip(minor: int, currency: str) -> None:
    text = format_money(minor, currency)
    amount, code = text.rsplit(" ", 1)
    assert code == currency
    assert parse_money(amount, currency) == minor


def test_currency_codes() -> None:
    assert check_currency(" eur ") == "EUR"
    assert currency_digits("JPY") == 0 and currency_digits("KWD") == 3 and currency_digits("USD") == 2
    for bad in ("EURO", "E1R", "", "€"):
        with pytest.raises(ValidationError) as caught:
            check_currency(bad)
        assert caught.value.params["field"] == "currency"
