"""Writing contacts as CSV: chosen columns, cells a spreadsheet cannot run, and a file our reader takes back."""

from __future__ import annotations

import io

import pytest

from cardfile.domain.models import ContactCreate, validate
from cardfile.interchange.csv_mapping import CARDFILE
from cardfile.interchange.csv_reader import read_csv, sniff_csv
from cardfile.interchange.csv_writer import COLUMNS, DEFAULT_COLUMNS, check_columns, csv_row, safe_cell, write_csv
from cardfile.interchange.vcard_reader import ParsedCard


def stored(**fields: object) -> dict[str, object]:
    company = fields.pop("company", "")
    return {**validate(ContactCreate, **fields).model_dump(), "company": company, "id": "c1"}


ANNA = stored(
    given="Anna",
    family="Jónsdóttir",
    display_name="Anna J.",
    company="Acme GmbH",
    title="Buyer",
    emails=[{"value": "anna@home.example", "label": "home"}, {"value": "anna@acme.example", "preferred": True}],
    phones=[{"value": "+49 30 1234567", "label": "work"}, {"value": "+49 170 1234567", "label": "cell"}],
    addresses=[{"street": "Hauptstraße 12", "locality": "Berlin", "postcode": "10115", "country": "Germany"}],
    tags=["VIP", "Messe 2024"],
    note="Met at the fair.\nCall in May.",
    birthday="--04-15",
)


def test_cells_follow_the_chosen_columns() -> None:
    row = csv_row(ANNA, ["display_name", "email", "email:home", "emails", "phone:cell", "address", "tags"])
    assert row == [
        "Anna J.",
        "anna@acme.example",  # the preferred address, not the first
        "anna@home.example",
        "anna@home.example ::: anna@acme.example",
        "+49 170 1234567",
        "Hauptstraße 12, Berlin, 10115, Germany",
        "VIP; Messe 2024",
    ]


def test_a_written_file_is_read_back_by_our_reader() -> None:
    out = io.StringIO()
    columns = [*DEFAULT_COLUMNS, "emails", "phones", "prefix", "suffix", "nickname", "anniversary", "uid", "id"]
    assert write_csv([ANNA], out, columns) == 1
    data = out.getvalue().encode("utf-8")
    assert sniff_csv(data).preset == "cardfile"
    (card,) = read_csv(data)
    assert isinstance(card, ParsedCard) and isinstance(card.record, ContactCreate)
    record = card.record
    assert (record.display_name, record.given, record.family, record.title) == (
        "Anna J.",
        "Anna",
        "Jónsdóttir",
        "Buyer",
    )
    assert card.company_name == "Acme GmbH"
    assert {e.value for e in record.emails} == {"anna@acme.example", "anna@home.example"}
    assert {p.value for p in record.phones} == {"+49 30 1234567", "+49 170 1234567"}
    assert record.addresses[0].locality == "Berlin"
    assert (record.tags, record.note, record.birthday) == (
        ["VIP", "Messe 2024"],
        "Met at the fair.\nCall in May.",
        "--04-15",
    )


def test_every_column_header_is_one_our_reader_knows() -> None:
    assert set(COLUMNS.values()) <= set(CARDFILE)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("+49 30 1234567", "+49 30 1234567"),  # a phone number stays as it is
        ("+1 (555) 010-2030 x12", "+1 (555) 010-2030 x12"),
        ("-5", "-5"),
        ("Anna", "Anna"),
        ("", ""),
    ],
)
def test_cells_a_spreadsheet_would_run_are_defused(value: str, written: str) -> None:
    assert safe_cell(value) == written


def test_a_defused_cell_reads_back_as_it_was() -> None:
    out = io.StringIO()
    write_csv([stored(given="Ann", note="=1+1", title="@boss")], out, ["given", "title", "note"])
    assert "'=1+1" in out.getvalue()
    (card,) = read_csv(out.getvalue().encode("utf-8"), {"First Name": "given", "Job Title": "title", "Notes": "note"})
    assert isinstance(card, ParsedCard) and isinstance(card.record, ContactCreate)
    assert (card.record.title, card.record.note) == ("@boss", "=1+1")


def test_unknown_columns_are_named() -> None:
    with pytest.raises(ValueError, match="'shoe_size'"):
        check_columns(["display_name", "shoe_size"])
