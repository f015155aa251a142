"""Writing vCards: the exact text, folding, escaping, labels, dates, photos, companies — checked against vobject."""

from __future__ import annotations

import base64

import pytest
import vobject

from cardfile.domain.models import ContactCreate, validate
from cardfile.interchange import CardData, ParsedCard, read_vcards, write_vcard, write_vcards
from cardfile.interchange.vcard_writer import PRODID, fold
from cardfile.services import Services

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 2


def ann() -> CardData:
    return CardData(
        given="Ann",
        family="Lee",
        prefix="Dr.",
        title="Buyer",
        company="Acme, Inc.",
        department="Sales",
        birthday="--04-15",
        anniversary="2006-01-09",
        note="Met at the fair;\nwants a quote",
        tags=["VIP", "fair, 2024"],
        emails=[
            {"value": "ann@acme.example", "label": "work", "preferred": True},
            {"value": "ann@home.example", "label": "Privat", "preferred": False},
        ],
        phones=[
            {"value": "+1 555 0100", "label": "cell", "preferred": False},
            {"value": "+1 555 0101", "label": "pager", "preferred": False},
        ],
        addresses=[{"label": "work", "preferred": False, "street": "1 Main St; Suite 2", "locality": "Springfield"}],
        urls=[{"value": "https://acme.example/ann", "label": "", "preferred": False}],
        ims=[
            {"value": "ann.lee", "service": "skype", "label": "", "preferred": False},
            {"value": "annlee", "service": "twitter", "label": "", "preferred": False},
        ],
        dates=[{"value": "2019-05-01", "label": "first met", "preferred": False}],
        uid="urn:uuid:1234",
        extra=["X-GENDER:female", "item1.X-ABRELATEDNAMES:Bob", "item1.X-ABLabel:_$!<Spouse>!$_"],
    )


def test_vcard_30_text() -> None:
    assert write_vcard(ann()).split("\r\n") == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"PRODID:{PRODID}",
        "UID:urn:uuid:1234",
        "FN:Dr. Ann Lee",
        "N:Lee;Ann;;Dr.;",
        "ORG:Acme\\, Inc.;Sales",
        "TITLE:Buyer",
        "BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15",
        "X-ANNIVERSARY:2006-01-09",
        "EMAIL;TYPE=WORK,PREF:ann@acme.example",
        "item2.EMAIL:ann@home.example",  # item1 is taken by an unmodelled group
        "item2.X-ABLabel:Privat",
        "TEL;TYPE=CELL:+1 555 0100",
        "TEL;TYPE=PAGER:+1 555 0101",
        "ADR;TYPE=WORK:;;1 Main St\\; Suite 2;Springfield;;;",
        "URL:https://acme.example/ann",
        "IMPP;X-SERVICE-TYPE=Skype:skype:ann.lee",
        "X-SOCIALPROFILE;TYPE=twitter:annlee",
        "item3.X-ABDATE:2019-05-01",
        "item3.X-ABLabel:first met",
        "CATEGORIES:VIP,fair\\, 2024",
        "NOTE:Met at the fair\\;\\nwants a quote",
        "X-GENDER:female",
        "item1.X-ABRELATEDNAMES:Bob",
        "item1.X-ABLabel:_$!<Spouse>!$_",
        "END:VCARD",
        "",
    ]


def test_vcard_40_text() -> None:
    lines = write_vcard(ann(), "4.0").split("\r\n")
    assert lines[:2] == ["BEGIN:VCARD", "VERSION:4.0"]
    assert "BDAY:--0415" in lines
    assert "ANNIVERSARY:20060109" in lines
    assert "EMAIL;TYPE=work;PREF=1:ann@acme.example" in lines
    assert "TEL;TYPE=cell:+1 555 0100" in lines
    assert "item3.X-ABDATE:20190501" in lines


def test_vobject_reads_what_we_write() -> None:
    card = ann()
    card.photo, card.photo_mime = JPEG, "image/jpeg"
    parsed = vobject.readOne(write_vcard(card))
    assert parsed.fn.value == "Dr. Ann Lee"
    assert (parsed.n.value.family, parsed.n.value.given, parsed.n.value.prefix) == ("Lee", "Ann", "Dr.")
    assert parsed.org.value == ["Acme, Inc.", "Sales"]
    assert parsed.note.value == "Met at the fair;\nwants a quote"
    assert parsed.categories.value == ["VIP", "fair, 2024"]
    assert parsed.adr.value.street == "1 Main St; Suite 2"
    assert parsed.photo.value == JPEG
    assert parsed.photo.params["TYPE"] == ["JPEG"]
    assert [(e.value, e.params.get("TYPE")) for e in parsed.email_list] == [
        ("ann@acme.example", ["WORK", "PREF"]),
        ("ann@home.example", None),
    ]
    assert parsed.bday.value == "1604-04-15"
    assert parsed.bday.params == {"X-APPLE-OMIT-YEAR": ["1604"]}
    v4 = vobject.readOne(write_vcard(card, "4.0"))
    assert v4.photo.value == "data:image/jpeg;base64," + base64.b64encode(JPEG).decode()
    assert v4.bday.value == "--0415"


@pytest.mark.parametrize(
    "text",
    [
        "a" * 200,
        "ö" * 100,
        "山田太郎" * 30,
        "e\u0301" * 60,  # combining accents
        "👩‍👩‍👧‍👦" * 20,  # emoji joined by zero-width joiners: 4-byte characters
        "x" * 74 + "é" + "y" * 80,  # a two-byte character right at the fold
    ],
)
def test_folding_keeps_lines_within_75_octets_and_characters_whole(text: str) -> None:
    folded = fold(f"NOTE:{text}")
    physical = folded.split("\r\n")
    assert all(len(line.encode("utf-8")) <= 75 for line in physical)
    assert all(line.startswith(" ") for line in physical[1:])
    assert "".join(line[1:] if i else line for i, line in enumerate(physical)) == f"NOTE:{text}"
    assert vobject.readOne(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\n{folded}\r\nEND:VCARD\r\n").note.value == text


def test_short_lines_are_not_folded() -> None:
    assert fold("FN:" + "a" * 72) == "FN:" + "a" * 72


def test_custom_labels_that_look_like_types_but_differ_in_case_use_x_ablabel() -> None:
    card = CardData(given="Ann", phones=[{"value": "1", "label": "Pager", "preferred": False}])
    assert "item1.TEL:1\r\nitem1.X-ABLabel:Pager\r\n" in write_vcard(card)


def test_apple_built_in_labels_are_written_in_apples_form() -> None:
    card = CardData(given="Ann", urls=[{"value": "https://ann.example", "label": "homepage", "preferred": True}])
    assert "item1.URL;TYPE=PREF:https://ann.example\r\nitem1.X-ABLabel:_$!<HomePage>!$_\r\n" in write_vcard(card)


def test_company_in_vcard_30_and_40() -> None:
    company = CardData(
        kind="org",
        display_name="Acme",
        company="Acme",
        website="https://acme.example",
        phones=[{"value": "+1 555 0100", "label": "work", "preferred": False}],
        photo=JPEG,
        photo_mime="image/jpeg",
    )
    v3 = write_vcard(company).split("\r\n")
    assert v3[:9] == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "X-ADDRESSBOOKSERVER-KIND:org",
        f"PRODID:{PRODID}",
        "FN:Acme",
        "N:;;;;",
        "ORG:Acme",
        "X-ABShowAs:COMPANY",
        "TEL;TYPE=WORK,VOICE:+1 555 0100",
    ]
    assert "URL;TYPE=WORK:https://acme.example" in v3
    assert any(line.startswith("PHOTO;ENCODING=b;TYPE=JPEG:") for line in v3)
    v4 = write_vcard(company, "4.0").split("\r\n")
    assert v4[2] == "KIND:org"
    assert not any(line.startswith("N:") for line in v4)
    for text in ("\r\n".join(v3), "\r\n".join(v4)):
        (parsed,) = read_vcards(text.encode())
        assert isinstance(parsed, ParsedCard)
        assert (parsed.kind, parsed.display_name) == ("company", "Acme")
        assert parsed.record.website == "https://acme.example"  # type: ignore[union-attr]
        assert parsed.record.logo == JPEG  # type: ignore[union-attr]
        assert vobject.readOne(text).fn.value == "Acme"


def test_a_person_without_any_name_is_written_under_their_phone() -> None:
    text = write_vcard(CardData(phones=[{"value": "+1 555 0100", "label": "", "preferred": False}]))
    assert "FN:+1 555 0100\r\nN:;;;;\r\n" in text


def test_long_extra_lines_are_folded() -> None:
    text = write_vcard(CardData(given="Ann", extra=["X-LONG:" + "z" * 100]))
    assert "X-LONG:" + "z" * 68 + "\r\n " + "z" * 32 + "\r\n" in text


def test_write_vcards_streams_one_text_per_card() -> None:
    texts = list(write_vcards([CardData(given="Ann"), CardData(given="Bob")], "4.0"))
    assert [t.count("BEGIN:VCARD") for t in texts] == [1, 1]
    assert "FN:Bob" in texts[1]


def test_only_30_and_40_can_be_written() -> None:
    with pytest.raises(ValueError, match=r"choose 3\.0 or 4\.0"):
        write_vcard(CardData(given="Ann"), "2.1")


def test_a_contact_from_the_database_is_written_with_its_photo_company_and_extra(services: Services) -> None:
    """CardData.from_contact takes ContactRead.as_json() plus what it leaves out: photo bytes and extra lines."""
    created = services.contacts.create(
        validate(
            ContactCreate,
            given="Ann",
            family="Lee",
            emails=[{"value": "ann@acme.example", "label": "work"}],
            photo=JPEG,
            photo_mime="image/jpeg",
            vcard_uid="abc",
            vcard_extra=["X-GENDER:female"],
        ),
        company_name="Acme",
    )
    photo = services.contacts.photo(created.id)
    assert photo is not None
    card = CardData.from_contact(created.as_json(), photo=photo[0], photo_mime=photo[1], extra=created.vcard_extra)
    (parsed,) = read_vcards(write_vcard(card).encode())
    assert isinstance(parsed, ParsedCard)
    record = parsed.record
    assert isinstance(record, ContactCreate)
    assert (record.given, record.family, record.display_name, parsed.company_name) == ("Ann", "Lee", "", "Acme")
    assert (record.photo, record.photo_mime, record.vcard_uid, record.vcard_extra) == (
        JPEG,
        "image/jpeg",
        "abc",
        ["X-GENDER:female"],
    )
    assert [(e.value, e.label) for e in record.emails] == [("ann@acme.example", "work")]
