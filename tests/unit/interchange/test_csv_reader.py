"""Reading contacts from CSV: Google Contacts and Outlook exports recognised by their headers, other files mapped,
encodings and delimiters detected, each row imported or rejected with its line.

The fixtures reproduce the header rows (and typical rows) of those programs' exports; they are written here rather
than copied from real exports.
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from cardfile.domain.models import ContactCreate
from cardfile.interchange.csv_mapping import CsvMappingError, parse_target, recognise, suggest_mapping
from cardfile.interchange.csv_reader import (
    CsvNeedsMapping,
    NotCsv,
    parse_csv_date,
    preview_csv,
    read_csv,
    sniff_csv,
)
from cardfile.interchange.vcard_reader import ParsedCard, Rejection

GOOGLE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,"
    "Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,"
    "Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,"
    "Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
    "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value,Event 1 - Label,Event 1 - Value,"
    "Relation 1 - Label,Relation 1 - Value,IM 1 - Label,IM 1 - Service,IM 1 - Value\r\n"
    'Anna,,Jónsdóttir,,,,Dr.,,Anni,,Acme GmbH,Buyer,Purchasing,--04-15,"Met at the fair.\nCall in May.",'
    "https://lh3.googleusercontent.com/a/photo.jpg,* myContacts ::: VIP ::: Messe 2024,* Work,anna@acme.example,"
    "Home,anna@home.example,Mobile,+49 170 1234567 ::: +49 171 7654321,Work,+49 30 1234567,Work,"
    '"Hauptstraße 12\n10115 Berlin",Hauptstraße 12,Berlin,,,10115,Germany,,Profile,https://example.com/anna,'
    "Anniversary,2010-06-01,Spouse,Jón,Work,Skype,anna.j\r\n"
    "Bob,,Smith,,,,,,,,,,,,,,* myContacts,,bob@example.com,,,,,,,,,,,,,,,,,,,,,,,,\r\n"
)
GOOGLE_LEGACY = (
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,"
    "Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,Gender,Location,"
    "Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,Priority,Subject,Notes,Language,"
    "Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,"
    "Organization 1 - Type,Organization 1 - Name,Organization 1 - Yomi Name,Organization 1 - Title\n"
    "Zoë Müller,Zoë,,Müller,,,,,,,,,,,1980-01-18,,,,,,,,,,,,,,* myContacts ::: Friends,* Home,zoe@example.org,"
    "Mobile,+41 79 123 45 67,,Contoso Ltd.,,CEO\n"
)
OUTLOOK = (
    '"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title",'
    '"Business Street","Business Street 2","Business Street 3","Business City","Business State",'
    '"Business Postal Code","Business Country/Region","Home Street","Home Street 2","Home Street 3","Home City",'
    '"Home State","Home Postal Code","Home Country/Region","Other Street","Other Street 2","Other Street 3",'
    '"Other City","Other State","Other Postal Code","Other Country/Region","Assistant\'s Phone","Business Fax",'
    '"Business Phone","Business Phone 2","Callback","Car Phone","Company Main Phone","Home Fax","Home Phone",'
    '"Home Phone 2","ISDN","Mobile Phone","Other Fax","Other Phone","Pager","Primary Phone","Radio Phone",'
    '"TTY/TDD Phone","Telex","Account","Anniversary","Assistant\'s Name","Billing Information","Birthday",'
    '"Business Address PO Box","Categories","Children","Directory Server","E-mail Address","E-mail Type",'
    '"E-mail Display Name","E-mail 2 Address","E-mail 2 Type","E-mail 2 Display Name","E-mail 3 Address",'
    '"E-mail 3 Type","E-mail 3 Display Name","Gender","Government ID Number","Hobby","Home Address PO Box",'
    '"Initials","Internet Free Busy","Keywords","Language","Location","Manager\'s Name","Mileage","Notes",'
    '"Office Location","Organizational ID Number","Other Address PO Box","Priority","Private","Profession",'
    '"Referred By","Sensitivity","Spouse","User 1","User 2","User 3","User 4","Web Page"\r\n'
)


def outlook_row(**cells: str) -> str:
    headers = next(iter(__import__("csv").reader([OUTLOOK.strip()])))
    defaults = {
        "Anniversary": "0/0/00",
        "Birthday": "0/0/00",
        "Gender": "Unspecified",
        "Priority": "Normal",
        "Private": "False",
        "Sensitivity": "Normal",
        "E-mail Type": "SMTP",
    }
    values = {**defaults, **cells}
    return ",".join('"' + values.get(h, "").replace('"', '""') + '"' for h in headers) + "\r\n"


def read_all(data: bytes, mapping: dict[str, str] | None = None) -> list[ParsedCard | Rejection]:
    return list(read_csv(data, mapping, filename="test.csv"))


def parsed(data: bytes, mapping: dict[str, str] | None = None) -> list[ParsedCard]:
    results = read_all(data, mapping)
    assert all(isinstance(r, ParsedCard) for r in results), results
    return results  # type: ignore[return-value]


def contact(card: ParsedCard) -> ContactCreate:
    assert isinstance(card.record, ContactCreate)
    return card.record


# ----- Google -----


def test_a_google_export_is_recognised_and_read() -> None:
    data = GOOGLE.encode("utf-8")
    assert sniff_csv(data).preset == "google"
    anna_card, bob_card = parsed(data)
    anna = contact(anna_card)
    assert (anna.given, anna.family, anna.prefix, anna.nickname) == ("Anna", "Jónsdóttir", "Dr.", "Anni")
    assert anna_card.company_name == "Acme GmbH"
    assert (anna.title, anna.department, anna.birthday, anna.anniversary) == (
        "Buyer",
        "Purchasing",
        "--04-15",
        "2010-06-01",
    )
    assert [(e.value, e.label, e.preferred) for e in anna.emails] == [
        ("anna@acme.example", "work", True),
        ("anna@home.example", "home", False),
    ]
    assert [(p.value, p.label) for p in anna.phones] == [
        ("+49 170 1234567", "cell"),
        ("+49 171 7654321", "cell"),
        ("+49 30 1234567", "work"),
    ]
    (address,) = anna.addresses
    assert (address.street, address.locality, address.postcode, address.country, address.label) == (
        "Hauptstraße 12",
        "Berlin",
        "10115",
        "Germany",
        "work",
    )
    assert [(u.value, u.label) for u in anna.urls] == [("https://example.com/anna", "Profile")]
    assert [(i.value, i.service) for i in anna.ims] == [("anna.j", "skype")]
    assert anna.tags == ["VIP", "Messe 2024"]  # Google's "* myContacts" is every contact: not a tag
    assert anna.vcard_extra == ["PHOTO;VALUE=uri:https://lh3.googleusercontent.com/a/photo.jpg"]
    # The relation has no field of its own: it is kept in the note rather than lost.
    assert anna.note == "Met at the fair.\nCall in May.\nRelation 1 - Label: Spouse\nRelation 1 - Value: Jón"
    assert anna_card.line == 2 and bob_card.line == 5  # her note and formatted address span lines 2-4
    assert [e.value for e in contact(bob_card).emails] == ["bob@example.com"]


def test_the_older_google_csv_is_recognised_too() -> None:
    (card,) = parsed(GOOGLE_LEGACY.encode("utf-8"))
    record = contact(card)
    assert (record.given, record.family, record.birthday, record.title) == ("Zoë", "Müller", "1980-01-18", "CEO")
    assert record.display_name == ""  # "Zoë Müller" is what the parts give
    assert card.company_name == "Contoso Ltd."
    assert [(e.value, e.label, e.preferred) for e in record.emails] == [("zoe@example.org", "home", True)]
    assert [(p.value, p.label) for p in record.phones] == [("+41 79 123 45 67", "cell")]
    assert record.tags == ["Friends"]


# ----- Outlook -----


def test_an_outlook_export_is_recognised_and_read() -> None:
    data = (
        OUTLOOK
        + outlook_row(
            **{
                "Title": "Mr.",
                "First Name": "Björn",
                "Last Name": "Ek",
                "Company": "Northwind Traders",
                "Job Title": "Sales Manager",
                "Business Street": "Storgatan 1",
                "Business Street 2": "Box 12",
                "Business City": "Stockholm",
                "Business Postal Code": "111 22",
                "Business Country/Region": "Sweden",
                "Business Phone": "+46 8 123 456",
                "Business Fax": "+46 8 123 457",
                "Mobile Phone": "+46 70 123 45 67",
                "Home Phone": "+46 8 765 432",
                "Birthday": "4/15/1980",
                "Categories": "Customer;VIP",
                "E-mail Address": "bjorn@northwind.example",
                "E-mail Display Name": "Björn Ek (bjorn@northwind.example)",
                "Spouse": "Karin",
                "Notes": "Prefers calls.",
                "Web Page": "https://northwind.example",
            }
        )
        + outlook_row(**{"Company": "Contoso Ltd.", "Company Main Phone": "+1 425 555 0100"})
    ).encode("utf-8")
    layout = sniff_csv(data)
    assert layout.preset == "outlook"
    bjorn_card, contoso_card = parsed(data)
    bjorn = contact(bjorn_card)
    assert (bjorn.prefix, bjorn.given, bjorn.family, bjorn.title) == ("Mr.", "Björn", "Ek", "Sales Manager")
    assert bjorn.birthday == "1980-04-15" and bjorn.anniversary is None  # "0/0/00" is Outlook's empty date
    assert [(p.value, p.label) for p in bjorn.phones] == [
        ("+46 8 123 457", "fax"),
        ("+46 8 123 456", "work"),
        ("+46 8 765 432", "home"),
        ("+46 70 123 45 67", "cell"),
    ]
    (address,) = bjorn.addresses
    assert (address.street, address.locality, address.label) == ("Storgatan 1\nBox 12", "Stockholm", "work")
    assert bjorn.tags == ["Customer", "VIP"]
    assert [u.value for u in bjorn.urls] == ["https://northwind.example"]
    # Outlook's defaults ("Normal", "Unspecified", "SMTP") are dropped; the spouse has no field and goes to the note.
    assert bjorn.note == "Prefers calls.\nSpouse: Karin"
    contoso = contact(contoso_card)
    assert contoso_card.company_name == "Contoso Ltd." and [p.label for p in contoso.phones] == ["main"]


# ----- encodings and delimiters -----


def test_encodings_are_detected(tmp_path: Path) -> None:
    text = "Name;E-mail;Phone\r\nJosé Müller;jose@example.com;+34 600 000 000\r\n"
    forms = {
        "utf-8-bom": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf-16-bom": text.encode("utf-16"),
        "utf-16-le, no bom": text.encode("utf-16-le"),
        "windows-1252": text.encode("cp1252"),
    }
    for name, data in forms.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(data)
        (card,) = parsed(path.read_bytes())
        assert card.display_name == "José Müller", name
        assert [e.value for e in contact(card).emails] == ["jose@example.com"], name


def test_delimiters_are_detected() -> None:
    for delimiter in (",", ";", "\t"):
        data = delimiter.join(["First Name", "Last Name", "Email"]) + "\n" + delimiter.join(["Ann", "Lee", "a@x.io"])
        (card,) = parsed(data.encode())
        assert card.display_name == "Ann Lee", repr(delimiter)


def test_excel_sep_line_sets_the_delimiter_and_lines_still_count() -> None:
    data = b"sep=;\nName;Email\nAnn Lee;ann@example.com\n;\nBo;not-an-email\n"
    layout = sniff_csv(data)
    assert (layout.delimiter, layout.headers, layout.skip_lines) == (";", ["Name", "Email"], 1)
    first, second = parsed(data)
    assert (first.line, second.line) == (3, 5)  # the empty row in between is skipped, not counted as a contact
    # A value that does not fit its field is kept in the note, with a warning naming the row.
    assert contact(second).note == "Email: not-an-email"
    assert second.warnings[0].line == 5 and "not an email address" in second.warnings[0].message


# ----- rows that cannot be contacts, files that are not CSV -----


def test_a_row_that_names_nobody_is_kept_and_one_that_holds_nothing_is_rejected_with_its_line() -> None:
    """Regression: a row with only a note was rejected for having "no name"; only an empty one is now."""
    data = b"Name,Email,Notes,Priority\nAnn,ann@example.com,,\n,,just a note,\nBo,,,\n,,,Normal\n"
    results = read_all(data, {"Name": "display_name", "Email": "email", "Notes": "note", "Priority": "ignore"})
    assert [type(r).__name__ for r in results] == ["ParsedCard", "ParsedCard", "ParsedCard", "Rejection"]
    assert [r.display_name for r in results if isinstance(r, ParsedCard)] == ["Ann", "(no name)", "Bo"]
    rejection = results[3]
    assert isinstance(rejection, Rejection)
    assert (rejection.file, rejection.line) == ("test.csv", 5)
    assert rejection.reason == "the row is empty: every value it holds is left out"


@pytest.mark.parametrize(
    ("data", "detail"),
    [
        (b"", "it is empty"),
        (b"\n\n  \n", "it is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n", "vCard"),
    ],
)
def test_a_file_that_is_not_csv_is_refused_before_any_row(data: bytes, detail: str) -> None:
    with pytest.raises(NotCsv) as raised:
        next(read_csv(data, filename="odd.csv"))
    assert "odd.csv" in raised.value.message and detail in raised.value.message


def test_columns_nobody_can_guess_need_a_mapping() -> None:
    data = b"Spalte A,Spalte B\nfoo,bar\n"
    with pytest.raises(CsvNeedsMapping) as raised:
        next(read_csv(data, filename="export.csv"))
    assert "export.csv" in raised.value.message and "Spalte A" in raised.value.message
    (card,) = parsed(data, {"Spalte A": "given", "Spalte B": "family"})
    assert card.display_name == "foo bar"


def test_a_mapping_with_an_unknown_field_is_refused() -> None:
    with pytest.raises(CsvMappingError) as raised:
        next(read_csv(b"A\nx\n", {"A": "shoe_size"}, filename="x.csv"))
    assert "'A'" in raised.value.message and "shoe_size" in raised.value.message
    with pytest.raises(CsvMappingError):
        parse_target("phone:work.street")  # a phone has no street


def test_mapping_targets() -> None:
    target = parse_target("address:work#2.postcode")
    assert target is not None and (target.kind, target.label, target.slot, target.part) == (
        "address",
        "work",
        "2",
        "postcode",
    )
    assert parse_target("IGNORE") is None
    assert parse_target("email") == parse_target("email.value")


def test_common_headers_are_guessed() -> None:
    assert suggest_mapping(["Full Name", "E-Mail Address", "Mobile", "Firma", "Zip", "Whatever"]) == {
        "Full Name": "display_name",
        "E-Mail Address": "email",
        "Mobile": "phone:cell",
        "Firma": "company",
        "Zip": "address.postcode",
    }
    assert recognise(["Name", "Email"]) is None


def test_a_preview_shows_layout_mapping_and_first_rows() -> None:
    data = ("First Name;Last Name;E-mail Address;Business Phone\n" + "Ann;Lee;ann@x.io;1\n" * 30).encode("cp1252")
    preview = preview_csv(data, rows=5)
    assert preview.layout.delimiter == ";" and preview.layout.preset == "outlook"
    assert preview.mapping["E-mail Address"] == "email#1"
    assert preview.rows == [["Ann", "Lee", "ann@x.io", "1"]] * 5


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("1980-04-15", "1980-04-15"),
        ("--04-15", "--04-15"),
        ("--0415", "--04-15"),
        ("4/15/1980", "1980-04-15"),
        ("15/4/1980", "1980-04-15"),
        ("15.04.1980", "1980-04-15"),
        ("15.04.80", "1980-04-15"),
        ("0/0/00", ""),
        ("", ""),
        ("soon", None),
        ("2/30/1980", None),
    ],
)
def test_dates_as_spreadsheets_write_them(text: str, iso: str | None) -> None:
    assert parse_csv_date(text) == iso
