"""Reading vCards into contacts and companies: one small fixture of our own for each quirk real software writes."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from cardfile.domain.models import CompanyCreate, ContactCreate
from cardfile.interchange import NotVCard, ParsedCard, Rejection, read_vcards

# A real 1×1 PNG and the start of a JPEG: enough for the type to be recognised from the data.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAAD0lEQVQIHQEEAPv/AP///wX+Av4DfRnGAAAAAElFTkSuQmCC"
)
PNG64 = base64.b64encode(PNG)
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
JPEG64 = base64.b64encode(JPEG)


def read(data: bytes) -> list[ParsedCard | Rejection]:
    return list(read_vcards(data, filename="test.vcf"))


def card(body: bytes, version: bytes = b"3.0") -> ParsedCard:
    """The one card made of `body` between BEGIN, VERSION and END."""
    (result,) = read(b"BEGIN:VCARD\r\nVERSION:" + version + b"\r\n" + body + b"END:VCARD\r\n")
    assert isinstance(result, ParsedCard), result
    return result


def contact(body: bytes, version: bytes = b"3.0") -> ContactCreate:
    record = card(body, version).record
    assert isinstance(record, ContactCreate)
    return record


def entries(items: list) -> list[dict]:
    return [item.model_dump() for item in items]


# ----- names -----


def test_a_plain_card() -> None:
    parsed = card(b"FN:Ann Lee\r\nN:Lee;Ann;;;\r\nUID:42\r\nEMAIL;TYPE=WORK:ann@example.com\r\n")
    assert parsed.kind == "contact"
    assert (parsed.file, parsed.line, parsed.version, parsed.uid) == ("test.vcf", 1, "3.0", "42")
    record = parsed.record
    assert isinstance(record, ContactCreate)
    assert (record.given, record.family, record.display_name) == ("Ann", "Lee", "")  # FN equals the derived name
    assert entries(record.emails) == [{"value": "ann@example.com", "label": "work", "preferred": False}]
    assert parsed.warnings == ()
    assert parsed.display_name == "Ann Lee"


def test_a_formatted_name_that_differs_from_the_parts_is_kept() -> None:
    assert contact(b"FN:Dr. Annie\r\nN:Lee;Ann;;;\r\n").display_name == "Dr. Annie"


def test_family_first_formatted_name_stays_derived() -> None:
    assert contact(b"FN:Lee Ann\r\nN:Lee;Ann;;;\r\n").display_name == ""


def test_all_name_parts_nickname_and_phonetic_names() -> None:
    record = contact(
        b"FN:Mr. John Q. Public Esq.\r\nN:Public;John;Q.;Mr.;Esq.\r\nNICKNAME:Johnny,JQ\r\n"
        b"X-PHONETIC-FIRST-NAME:Jon\r\nX-PHONETIC-LAST-NAME:Pablik\r\nTITLE:Buyer\r\n"
    )
    assert (record.prefix, record.given, record.additional, record.family, record.suffix) == (
        "Mr.",
        "John",
        "Q.",
        "Public",
        "Esq.",
    )
    assert (record.nickname, record.phonetic_given, record.phonetic_family, record.title) == (
        "Johnny, JQ",
        "Jon",
        "Pablik",
        "Buyer",
    )


@pytest.mark.parametrize(
    ("body", "display_name", "preview"),
    [
        (b"N:Lee;Ann;;;\r\n", "", "Ann Lee"),
        (b"ORG:Acme Corp\r\n", "", "Acme Corp"),
        (b"EMAIL:ann@example.com\r\n", "", "ann@example.com"),
        (b"TEL:+1 555 0100\r\n", "+1 555 0100", "+1 555 0100"),
        (b"URL:https://example.com/ann\r\n", "https://example.com/ann", "https://example.com/ann"),
        (b"EMAIL:ann at example\r\n", "ann at example", "ann at example"),
    ],
)
def test_a_card_without_fn_gets_its_name_elsewhere(body: bytes, display_name: str, preview: str) -> None:
    parsed = card(body)
    assert isinstance(parsed.record, ContactCreate)
    assert parsed.record.display_name == display_name
    assert parsed.display_name == preview


@pytest.mark.parametrize(
    ("body", "preview"),
    [
        pytest.param(b"NICKNAME:Bubba\r\n", "Bubba", id="nickname"),
        pytest.param(b"IMPP:xmpp:ann@jabber.example\r\n", "ann@jabber.example", id="im handle"),
        pytest.param(b"X-SKYPE:ann.lee\r\n", "ann.lee", id="legacy im property"),
        pytest.param(b"NICKNAME:Bubba\r\nEMAIL:ann@example.com\r\n", "Bubba", id="nickname before email"),
        pytest.param(b"IMPP:skype:ann.lee\r\nEMAIL:ann@example.com\r\n", "ann.lee", id="im before email"),
        pytest.param(b"TEL:+1 555 0100\r\nORG:Acme\r\nEMAIL:ann@example.com\r\n", "ann@example.com", id="email first"),
        pytest.param(b"ORG:Acme\r\nTEL:+1 555 0100\r\n", "+1 555 0100", id="phone before organization"),
        pytest.param(b"BDAY:1980-04-15\r\n", "(no name)", id="birthday"),
        pytest.param(b"PHOTO;ENCODING=b;TYPE=PNG:" + PNG64 + b"\r\n", "(no name)", id="photo"),
        pytest.param(b"NOTE:Met at the fair\r\n", "(no name)", id="note"),
        pytest.param(b"X-CUSTOM-THING:42\r\n", "(no name)", id="x- property"),
        pytest.param(b"item1.ADR;type=WORK:;;Lierstr. 20a;Munich;;80639;Germany\r\n", "(no name)", id="address"),
        pytest.param(b"CATEGORIES:customers\r\n", "(no name)", id="tags"),
    ],
)
def test_a_card_that_holds_anything_is_imported_and_named_by_what_it_has(body: bytes, preview: str) -> None:
    parsed = card(body, b"4.0")
    assert isinstance(parsed.record, ContactCreate)
    assert parsed.display_name == preview


@pytest.mark.parametrize(
    "body",
    [b"", b"FN:\r\nN:;;;;\r\n", b"UID:urn:uuid:5f1c1c4e-0000-4000-8000-000000000001\r\n", b"EMAIL:\r\nURL:\r\n"],
    ids=["nothing", "empty names", "only a uid", "empty values"],
)
def test_only_an_empty_card_is_rejected(body: bytes) -> None:
    (result,) = read(b"BEGIN:VCARD\r\nVERSION:4.0\r\n" + body + b"END:VCARD\r\n")
    assert result == Rejection(
        "test.vcf", 1, "the card is empty: it holds no name, address, date, note, photo or any other property"
    )


def test_an_organization_card_with_nothing_to_call_it_by_is_a_company_with_no_name() -> None:
    parsed = card(b"KIND:org\r\nNOTE:Supplier since 1949\r\n", b"4.0")
    assert isinstance(parsed.record, CompanyCreate)
    assert parsed.record.name == "(no name)"


def test_lower_case_names_and_version_last_as_thunderbird_writes() -> None:
    (result,) = read(
        b"begin:vcard\r\nfn:contact number two\r\nn:two;contact\r\nemail;internet:contact2@example.com\r\n"
        b'title:"worker"\r\nnote;quoted-printable:here\'s some unicode text=E2=80=A6\r\nversion:2.1\r\nend:vcard\r\n'
    )
    assert isinstance(result, ParsedCard)
    record = result.record
    assert isinstance(record, ContactCreate)
    assert (record.given, record.family, record.title) == ("contact", "two", '"worker"')
    assert record.note == "here's some unicode text…"
    assert result.version == "2.1"
    assert entries(record.emails) == [{"value": "contact2@example.com", "label": "", "preferred": False}]


# ----- organizations, categories, notes -----


def test_org_with_units_becomes_company_and_department() -> None:
    parsed = card(b"FN:Ann\r\nORG:Acme\\, Inc.;Sales;EMEA\r\n")
    assert parsed.company_name == "Acme, Inc."
    assert isinstance(parsed.record, ContactCreate)
    assert parsed.record.department == "Sales, EMEA"


def test_org_with_a_trailing_empty_unit() -> None:
    parsed = card(b"FN:Ann\r\nORG:SAP;\r\n")
    assert (parsed.company_name, parsed.record.department) == ("SAP", "")  # type: ignore[union-attr]


def test_categories_become_tags() -> None:
    record = contact(b"FN:Ann\r\nCATEGORIES:customer,VIP,trade fair\\, 2024\r\nCATEGORIES:vip,Press\r\n")
    assert record.tags == ["customer", "VIP", "trade fair, 2024", "Press"]


def test_notes_keep_their_line_breaks_and_several_notes_are_joined() -> None:
    record = contact(b"FN:Ann\r\nNOTE:first line\\nsecond line\\, with comma\r\nNOTE:another note\r\n")
    assert record.note == "first line\nsecond line, with comma\n\nanother note"


# ----- labels and the preferred entry -----


@pytest.mark.parametrize(
    ("line", "label"),
    [
        (b"TEL;TYPE=WORK,VOICE:1", "work"),
        (b"TEL;TYPE=work;TYPE=voice:1", "work"),
        (b"TEL;TYPE=CELL:1", "cell"),
        (b"TEL;TYPE=HOME,CELL,VOICE:1", "cell"),
        (b"TEL;TYPE=WORK;TYPE=FAX:1", "fax"),
        (b"TEL;WORK;VOICE:1", "work"),  # vCard 2.1 bare types
        (b"TEL;CELL;VOICE:1", "cell"),
        (b"TEL;HOME:1", "home"),
        (b"TEL;TYPE=PAGER:1", "pager"),
        (b"TEL;TYPE=MAIN:1", "main"),
        (b"TEL;TYPE=IPHONE;TYPE=CELL;TYPE=VOICE:1", "cell"),
        (b"TEL;TYPE=OTHER:1", "other"),
        (b"TEL;TYPE=VOICE:1", ""),
        (b"TEL:1", ""),
        (b'TEL;TYPE="voice,home":1', "home"),
    ],
)
def test_phone_types_become_labels(line: bytes, label: str) -> None:
    (phone,) = contact(b"FN:Ann\r\n" + line + b"\r\n").phones
    assert phone.label == label


@pytest.mark.parametrize(
    ("line", "label", "preferred"),
    [
        (b"EMAIL;TYPE=INTERNET:a@example.com", "", False),
        (b"EMAIL;type=INTERNET;type=WORK;type=pref:a@example.com", "work", True),
        (b"EMAIL;PREF;INTERNET:a@example.com", "", True),
        (b"EMAIL;INTERNET;HOME;TYPE=pref:a@example.com", "home", True),
        (b"EMAIL;TYPE=home;PREF=1:a@example.com", "home", True),
    ],
)
def test_email_types_and_preference(line: bytes, label: str, preferred: bool) -> None:
    (email,) = contact(b"FN:Ann\r\n" + line + b"\r\n").emails
    assert (email.value, email.label, email.preferred) == ("a@example.com", label, preferred)


def test_of_several_preferred_entries_the_lowest_pref_wins() -> None:
    record = contact(
        b"FN:Ann\r\nTEL;PREF=50:1\r\nTEL;PREF=2:2\r\nTEL:3\r\nTEL;PREF=2:4\r\n",
        version=b"4.0",
    )
    assert [(p.value, p.preferred) for p in record.phones] == [("1", False), ("2", True), ("3", False), ("4", False)]


def test_apple_groups_with_built_in_and_custom_labels() -> None:
    record = contact(
        b"FN:Ann\r\n"
        b"item1.TEL;type=pref:+41 44 000 00 01\r\nitem1.X-ABLabel:_$!<Mobile>!$_\r\n"
        b"item2.TEL:+41 44 000 00 02\r\nitem2.X-ABLabel:B\xc3\xbcro Z\xc3\xbcrich\r\n"
        b"item3.URL;type=pref:http\\://www.apple.ch\r\nitem3.X-ABLabel:_$!<HomePage>!$_\r\n"
        b"item4.ADR;type=WORK;type=pref:;;Birgistrasse 4a;Wallisellen;;8304;Switzerland\r\n"
        b"item4.X-ABADR:ch\r\n"
        b"item5.EMAIL;type=INTERNET:ann@example.com\r\nitem5.X-ABLabel:_$!<Other>!$_\r\n"
        b"item6.X-ABRELATEDNAMES:Bob\r\nitem6.X-ABLabel:_$!<Spouse>!$_\r\n"
    )
    assert [(p.value, p.label, p.preferred) for p in record.phones] == [
        ("+41 44 000 00 01", "cell", True),
        ("+41 44 000 00 02", "Büro Zürich", False),
    ]
    assert [(u.value, u.label) for u in record.urls] == [("http://www.apple.ch", "homepage")]
    assert [(a.street, a.label, a.preferred) for a in record.addresses] == [("Birgistrasse 4a", "work", True)]
    assert [(e.value, e.label) for e in record.emails] == [("ann@example.com", "other")]
    # an unmodelled group is kept whole; Apple's country hint of a modelled address is dropped
    assert record.vcard_extra == ["item6.X-ABRELATEDNAMES:Bob", "item6.X-ABLabel:_$!<Spouse>!$_"]


def test_a_standard_label_typed_as_custom_text_is_normalized() -> None:
    (phone,) = contact(b"FN:Ann\r\nitem1.TEL:1\r\nitem1.X-ABLabel:WORK\r\n").phones
    assert phone.label == "work"


# ----- dates -----


@pytest.mark.parametrize(
    ("line", "birthday"),
    [
        (b"BDAY:1980-01-18", "1980-01-18"),
        (b"BDAY:19800118", "1980-01-18"),
        (b"BDAY;VALUE=DATE:1980-01-18", "1980-01-18"),
        (b"BDAY:1985-01-28T00:00:00Z", "1985-01-28"),
        (b"BDAY:--0415", "--04-15"),
        (b"BDAY:--04-15", "--04-15"),
        (b"BDAY:1604-04-15", "--04-15"),
        (b"BDAY:16040415", "--04-15"),
        (b"BDAY;X-APPLE-OMIT-YEAR=1604:1604-04-15", "--04-15"),
        (b"BDAY;X-APPLE-OMIT-YEAR=1900:1900-04-15", "--04-15"),
        (b"BDAY;X-APPLE-OMIT-YEAR=1604:1975-04-15", "1975-04-15"),
        (b"BDAY:0000-04-15", "--04-15"),
        (b"BDAY:--0229", "--02-29"),
    ],
)
def test_birthdays_with_and_without_a_year(line: bytes, birthday: str) -> None:
    assert contact(b"FN:Ann\r\n" + line + b"\r\n").birthday == birthday


@pytest.mark.parametrize("line", [b"BDAY;VALUE=text:circa 1800", b"BDAY:1980-02-30", b"BDAY:sometime"])
def test_a_birthday_that_is_no_date_is_kept_aside_with_a_warning(line: bytes) -> None:
    parsed = card(b"FN:Ann\r\n" + line + b"\r\n", version=b"4.0")
    assert isinstance(parsed.record, ContactCreate)
    assert parsed.record.birthday is None
    assert parsed.record.vcard_extra == [line.decode()]
    (warning,) = parsed.warnings
    assert warning.line == 4
    assert "is not a date" in warning.message


@pytest.mark.parametrize(
    "line",
    [
        b"X-ANNIVERSARY:2006-01-09",
        b"ANNIVERSARY:20060109",
        b"X-EVOLUTION-ANNIVERSARY:2006-01-09",
        b"X-MS-ANNIVERSARY:2006-01-09",
        b"item1.X-ABDATE:2006-01-09\r\nitem1.X-ABLabel:_$!<Anniversary>!$_",
        b"item1.X-ABDATE:2006-01-09\r\nitem1.X-ABLabel:Anniversary",  # Google
    ],
)
def test_anniversaries(line: bytes) -> None:
    record = contact(b"FN:Ann\r\n" + line + b"\r\n")
    assert (record.anniversary, record.dates, record.vcard_extra) == ("2006-01-09", [], [])


def test_evolution_writing_the_anniversary_twice_gives_one() -> None:
    record = contact(b"FN:Ann\r\nX-EVOLUTION-ANNIVERSARY:2006-01-09\r\nX-ANNIVERSARY:2006-01-09\r\n")
    assert (record.anniversary, record.vcard_extra) == ("2006-01-09", [])


def test_an_apple_anniversary_that_is_no_date_is_reported_once() -> None:
    parsed = card(b"FN:Ann\r\nitem1.X-ABDATE:someday\r\nitem1.X-ABLabel:_$!<Anniversary>!$_\r\n")
    assert [str(w) for w in parsed.warnings] == [
        "line 4: X-ABDATE 'someday' is not a date; it was kept as an extra vCard property"
    ]
    assert parsed.record.vcard_extra == ["item1.X-ABDATE:someday", "item1.X-ABLabel:_$!<Anniversary>!$_"]


def test_other_apple_dates_keep_their_label() -> None:
    record = contact(
        b"FN:Ann\r\nitem1.X-ABDATE;X-APPLE-OMIT-YEAR=1604:1604-05-01\r\nitem1.X-ABLabel:first met\r\n"
        b"item2.X-ABDATE:2000-02-01\r\nitem2.X-ABLabel:_$!<Other>!$_\r\n"
    )
    assert entries(record.dates) == [
        {"value": "--05-01", "label": "first met", "preferred": False},
        {"value": "2000-02-01", "label": "other", "preferred": False},
    ]


# ----- messaging and social profiles -----


def test_impp_legacy_im_properties_and_social_profiles() -> None:
    record = contact(
        b"FN:Ann\r\n"
        b"IMPP;X-SERVICE-TYPE=Skype;TYPE=HOME:skype:ann.lee\r\n"
        b"IMPP:xmpp:ann@jabber.example.org\r\n"
        b"item1.IMPP;X-SERVICE-TYPE=GoogleTalk:xmpp:google%20talk\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
        b"X-JABBER;TYPE=WORK:ann@work.example\r\n"
        b"X-SKYPE-USERNAME:annlee\r\n"
        b"X-SOCIALPROFILE;type=twitter:x-apple:annlee\r\n"
        b"X-SOCIALPROFILE;type=linkedin;x-user=annlee:http://www.linkedin.com/in/annlee\r\n"
    )
    assert [(i.service, i.value, i.label) for i in record.ims] == [
        ("skype", "ann.lee", "home"),
        ("xmpp", "ann@jabber.example.org", ""),
        ("googletalk", "google talk", "other"),
        ("jabber", "ann@work.example", "work"),
        ("skype", "annlee", ""),
        ("twitter", "annlee", ""),
        ("linkedin", "http://www.linkedin.com/in/annlee", ""),
    ]


# ----- photos -----


def test_photo_base64_in_vcard_30() -> None:
    record = contact(b"FN:Ann\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + JPEG64 + b"\r\n")
    assert (record.photo, record.photo_mime) == (JPEG, "image/jpeg")


def test_photo_base64_in_vcard_21_on_unindented_lines() -> None:
    record = contact(
        b"FN:Ann\r\nPHOTO;TYPE=PNG;ENCODING=BASE64:\r\n" + PNG64[:40] + b"\r\n" + PNG64[40:] + b"\r\n\r\nTEL:1\r\n",
        version=b"2.1",
    )
    assert (record.photo, record.photo_mime) == (PNG, "image/png")
    assert [p.value for p in record.phones] == ["1"]


def test_photo_base64_folded_with_two_spaces_as_old_apple_wrote() -> None:
    folded = b"\r\n  ".join(JPEG64[i : i + 20] for i in range(0, len(JPEG64), 20))
    record = contact(b"FN:Ann\r\nPHOTO;BASE64:\r\n  " + folded + b"\r\n")
    assert (record.photo, record.photo_mime) == (JPEG, "image/jpeg")


def test_photo_as_data_uri_in_vcard_40_even_with_an_escaped_comma() -> None:
    assert contact(b"FN:Ann\r\nPHOTO:data:image/png;base64," + PNG64 + b"\r\n", b"4.0").photo == PNG
    record = contact(b"FN:Ann\r\nPHOTO:data:image/png;base64\\," + PNG64 + b"\r\n", b"4.0")
    assert (record.photo, record.photo_mime) == (PNG, "image/png")


def test_photo_as_data_uri_inside_vcard_30() -> None:
    """Radicale's test data: a 4.0-style data URI behind ENCODING=b, where vobject fails on the padding."""
    record = contact(b"FN:Ann\r\nPHOTO;ENCODING=b;TYPE=png:data:image/png;base64," + PNG64 + b"\r\n")
    assert (record.photo, record.photo_mime) == (PNG, "image/png")


def test_the_data_tells_the_photo_type_when_the_label_is_wrong() -> None:
    assert contact(b"FN:Ann\r\nPHOTO;ENCODING=b;TYPE=PNG:" + JPEG64 + b"\r\n").photo_mime == "image/jpeg"


def test_photo_given_as_a_link_is_kept_not_fetched() -> None:
    line = b"PHOTO;VALUE=URL:https://example.com/ann.jpg"
    record = contact(b"FN:Ann\r\n" + line + b"\r\n")
    assert (record.photo, record.vcard_extra) == (None, [line.decode()])
    record = contact(b"FN:Ann\r\nPHOTO:https://example.com/ann.jpg\r\n", b"4.0")
    assert (record.photo, record.vcard_extra) == (None, ["PHOTO:https://example.com/ann.jpg"])


def test_a_damaged_photo_is_kept_aside_with_a_warning() -> None:
    parsed = card(b"FN:Ann\r\nPHOTO;ENCODING=b;TYPE=JPEG:\xe2\x82\xac\r\n")
    assert isinstance(parsed.record, ContactCreate)
    assert parsed.record.photo is None
    assert parsed.record.vcard_extra == ["PHOTO;ENCODING=b;TYPE=JPEG:€"]
    assert [str(w) for w in parsed.warnings] == [
        "line 4: PHOTO: the base64 data is damaged; it was kept as an extra vCard property"
    ]


def test_a_second_photo_and_a_persons_logo_are_kept_as_written() -> None:
    record = contact(
        b"FN:Ann\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + JPEG64 + b"\r\nPHOTO;ENCODING=b;TYPE=PNG:" + PNG64 + b"\r\n"
        b"LOGO;VALUE=URL:http://example.com/logo.png\r\n"
    )
    assert record.photo == JPEG
    assert record.vcard_extra == [
        "PHOTO;ENCODING=b;TYPE=PNG:" + PNG64.decode(),
        "LOGO;VALUE=URL:http://example.com/logo.png",
    ]


# ----- encodings -----


def test_outlook_quoted_printable_with_soft_line_breaks() -> None:
    parsed = card(
        b"N:Mylka;Antoni\r\nFN:Antoni Mylka\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:These are some notes.=0D=0ASecond line=\r\n.\r\n"
        b"LABEL;WORK;ENCODING=QUOTED-PRINTABLE:Trippstadter Str. 122=0D=0AKaiserslautern=\r\n=0D=0ADeutschland\r\n",
        version=b"2.1",
    )
    assert isinstance(parsed.record, ContactCreate)
    assert parsed.record.note == "These are some notes.\nSecond line."
    assert parsed.record.vcard_extra == ["LABEL;TYPE=WORK:Trippstadter Str. 122\\nKaiserslautern\\nDeutschland"]


def test_quoted_printable_with_a_character_split_by_a_soft_line_break() -> None:
    """Android breaks lines every 76 characters, even between the bytes of one UTF-8 character."""
    record = contact(
        b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=BB=84;=E4=B8=96=E5=8B=87;;;\r\n"
        b"FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=BB=84=E4=B8=\r\n=96=E5=8B=87\r\n",
        version=b"2.1",
    )
    assert (record.family, record.given, record.display_name) == ("黄", "世勇", "")


@pytest.mark.parametrize(
    ("charset", "encoded", "text"),
    [
        (b"ISO-8859-1", "Müller".encode("latin-1"), "Müller"),
        (b"windows-1252", "Doë".encode("cp1252"), "Doë"),
        (b"ISO-8859-2", "Łódź".encode("iso8859_2"), "Łódź"),
        (b"windows-1250", "Łódź".encode("cp1250"), "Łódź"),
        (b"windows-1251", "Петрова".encode("cp1251"), "Петрова"),
        (b"Shift_JIS", "山田".encode("shift_jis"), "山田"),
        (b'"UTF-8"', "Müller".encode(), "Müller"),
        (b"ISO-8859-1", "Müller".encode(), "Müller"),  # a wrong declaration on valid UTF-8: UTF-8 wins
        (b"UTF-8", "Müller".encode("latin-1"), "Müller"),  # declared UTF-8 but not: the best guess
        (b"x-unknown-charset", "Müller".encode("latin-1"), "Müller"),
    ],
)
def test_declared_charsets(charset: bytes, encoded: bytes, text: str) -> None:
    record = contact(b"FN;CHARSET=" + charset + b":" + encoded + b"\r\nN;CHARSET=" + charset + b":" + encoded + b"\r\n")
    assert record.family == text


def test_quoted_printable_in_a_legacy_charset() -> None:
    record = contact(b"N;CHARSET=ISO-8859-2;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\r\n", version=b"2.1")
    assert record.family == "Iksiński"


@pytest.mark.parametrize(
    ("body", "family", "locality"),
    [
        # The Bat!: ISO-8859-2 without CHARSET; 'ñ' before a consonant is not Spanish
        (b"N;ENCODING=QUOTED-PRINTABLE:Iksi=F1ski;Piotr\r\n", "Iksiński", ""),
        # Outlook: Windows-1250 Polish, where Windows-1252 would read 'ma³opolskie'
        (
            b"N:Mylka;Antoni\r\nADR;HOME:;;Budryka 2;Krak\xf3w, ma\xb3opolskie;;;Polen\r\n",
            "Mylka",
            "Kraków, małopolskie",
        ),
        # Western European Windows-1252
        (b"N:T\xf6cken;Frida\r\nADR:;;Stra\xdfe 1;K\xf6ln;;;\r\n", "Töcken", "Köln"),
    ],
)
def test_undeclared_legacy_text_is_read_in_its_likeliest_encoding(body: bytes, family: str, locality: str) -> None:
    record = contact(body, version=b"2.1")
    assert record.family == family
    assert (record.addresses[0].locality if record.addresses else "") == locality


def test_old_apple_address_book_text_is_mac_roman() -> None:
    record = contact(b"N:M\x9fller;J\x8arg;;;\r\nX-ABUID:5B1F\\:ABPerson\r\n")
    assert (record.family, record.given) == ("Müller", "Järg")


def test_utf16_file_from_apple_without_byte_order_mark() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:ĽdaMonté;Ǽgean;;;\r\nFN:Ǽgean ĽdaMonté\r\nEND:VCARD\r\n"
    (result,) = read(text.encode("utf-16-be"))
    assert isinstance(result, ParsedCard)
    assert (result.record.family, result.display_name) == ("ĽdaMonté", "Ǽgean ĽdaMonté")  # type: ignore[union-attr]


# ----- organizations as companies -----


def test_vcard_40_kind_org_is_a_company() -> None:
    parsed = card(
        b"KIND:org\r\nFN:Acme Corp\r\nORG:Acme Corp\r\nURL:https://acme.example\r\nURL;TYPE=home:https://blog.acme.example\r\n"
        b"TEL;TYPE=work:+1 555 0100\r\nPHOTO:data:image/png;base64," + PNG64 + b"\r\nCATEGORIES:supplier\r\n",
        version=b"4.0",
    )
    assert parsed.kind == "company"
    record = parsed.record
    assert isinstance(record, CompanyCreate)
    assert (record.name, record.website, record.logo, record.logo_mime) == (
        "Acme Corp",
        "https://acme.example",
        PNG,
        "image/png",
    )
    assert [(u.value, u.label) for u in record.urls] == [("https://blog.acme.example", "home")]
    assert [p.value for p in record.phones] == ["+1 555 0100"]
    assert record.tags == ["supplier"]
    assert parsed.company_name == ""
    assert parsed.display_name == "Acme Corp"


def test_apple_company_cards() -> None:
    """Apple marks a company with X-ABShowAs:COMPANY (and its server with X-ADDRESSBOOKSERVER-KIND:org)."""
    parsed = card(b"N:;;;;\r\nFN:Apple Computer AG\r\nORG:Apple Computer AG;\r\nX-ABShowAs:COMPANY\r\n")
    assert parsed.kind == "company"
    assert parsed.record.vcard_extra == []
    parsed = card(b"X-ADDRESSBOOKSERVER-KIND:org\r\nN:;;;;\r\nFN:Acme\r\nORG:Acme\r\n")
    assert (parsed.kind, parsed.display_name) == ("company", "Acme")


def test_a_person_shown_as_company_stays_a_person() -> None:
    parsed = card(
        b"N:M\xc3\xbcller;J\xc3\xb6rg;;;\r\nFN:Apple Computer AG\r\nORG:Apple Computer AG;\r\nX-ABShowAs:COMPANY\r\n"
    )
    assert parsed.kind == "contact"
    assert isinstance(parsed.record, ContactCreate)
    assert (parsed.record.display_name, parsed.display_name, parsed.company_name) == (
        "",
        "Jörg Müller",
        "Apple Computer AG",
    )
    assert parsed.record.vcard_extra == ["X-ABShowAs:COMPANY"]


def test_person_only_properties_of_a_company_are_kept_as_written() -> None:
    parsed = card(b"KIND:org\r\nFN:Acme\r\nBDAY:1990-01-01\r\nTITLE:Ltd.\r\n", version=b"4.0")
    assert parsed.record.vcard_extra == ["BDAY:1990-01-01", "TITLE:Ltd."]


def test_other_kinds_of_cards_are_rejected() -> None:
    (result,) = read(b"BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:location\r\nFN:Office\r\nEND:VCARD\r\n")
    assert result == Rejection("test.vcf", 1, "the card is a vCard of kind 'location', not a person or an organization")


# ----- alternatives, repeats, unmodelled properties -----


def test_altid_alternatives_after_the_first_are_kept_as_written() -> None:
    record = contact(
        b"FN:Ann\r\nN;ALTID=1;LANGUAGE=en:Lee;Ann;;;\r\nN;ALTID=1;LANGUAGE=ko:\xec\x9d\xb4;\xec\x95\x88;;;\r\n"
        b"TITLE;ALTID=2:Buyer\r\nTITLE;ALTID=2;LANGUAGE=de:Eink\xc3\xa4ufer\r\n",
        version=b"4.0",
    )
    assert (record.family, record.title) == ("Lee", "Buyer")
    assert record.vcard_extra == ["N;ALTID=1;LANGUAGE=ko:이;안;;;", "TITLE;ALTID=2;LANGUAGE=de:Einkäufer"]


def test_unmodelled_properties_are_kept_verbatim() -> None:
    record = contact(
        b"FN:Ann\r\nX-MS-OL-DEFAULT-POSTAL-ADDRESS:2\r\nGEO:37.386013;-122.082932\r\nROLE:Purchasing\r\n"
        b'X-FOO;TYPE=a,b;X-Param="x:y":one\\, two\r\nitem7.X-CUSTOM:seven\r\n'
    )
    assert record.vcard_extra == [
        "X-MS-OL-DEFAULT-POSTAL-ADDRESS:2",
        "GEO:37.386013;-122.082932",
        "ROLE:Purchasing",
        'X-FOO;TYPE=a,b;X-Param="x:y":one\\, two',
        "item7.X-CUSTOM:seven",
    ]


def test_vcard_21_properties_kept_aside_are_rewritten_in_30_syntax() -> None:
    record = contact(
        b"FN:Ann\r\nX-ASSISTANT;WORK;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:J=FCrgen=0D=0Ab\r\n"
        b"X-MS-CARDPICTURE;TYPE=JPEG;ENCODING=BASE64:\r\n " + JPEG64 + b"\r\n\r\n",
        version=b"2.1",
    )
    assert record.vcard_extra == [
        "X-ASSISTANT;TYPE=WORK:Jürgen\\nb",
        "X-MS-CARDPICTURE;TYPE=JPEG;ENCODING=b:" + JPEG64.decode(),
    ]


def test_property_names_no_reader_accepts_are_repaired() -> None:
    """KDE Kontact writes X-messaging/gadu-All, which vobject refuses to parse."""
    assert contact(b"FN:Ann\r\nX-messaging/gadu-All:452342\r\n").vcard_extra == ["X-messaging-gadu-All:452342"]


def test_empty_properties_carry_nothing() -> None:
    record = contact(b"FN:Ann\r\nURL:\r\nEMAIL:\r\nTITLE:\r\nADR:;;;;;;\r\nX-EVOLUTION-MANAGER:\r\n")
    assert (record.urls, record.emails, record.addresses, record.title, record.vcard_extra) == ([], [], [], "", [])


def test_values_that_do_not_fit_a_field_are_kept_with_a_warning() -> None:
    parsed = card(
        b"FN:Ann\r\nEMAIL;TYPE=WORK:contact1@invalid\r\nEMAIL:ann@example.com\r\n"
        b"item1.TEL:mobile\r\nitem1.X-ABLabel:Google Voice\r\nTEL;TYPE=CELL:+1 555 0100\r\nURL:http://exa mple.com\r\n"
    )
    record = parsed.record
    assert isinstance(record, ContactCreate)
    assert [e.value for e in record.emails] == ["ann@example.com"]
    assert [p.value for p in record.phones] == ["+1 555 0100"]
    assert record.urls == []
    assert record.vcard_extra == [
        "EMAIL;TYPE=WORK:contact1@invalid",
        "item1.TEL:mobile",
        "item1.X-ABLabel:Google Voice",
        "URL:http://exa mple.com",
    ]
    assert [str(w) for w in parsed.warnings] == [
        "line 4: 'contact1@invalid' is not an email address; the email address was kept as an extra vCard property",
        "line 6: 'mobile' has no digits; the phone number was kept as an extra vCard property",
        "line 9: 'http://exa mple.com' is not a web address; the web address was kept as an extra vCard property",
    ]


def test_phone_numbers_as_tel_uris() -> None:
    record = contact(
        b"FN:Ann\r\nTEL;VALUE=uri;TYPE=cell:tel:+1-555-0100\r\nTEL;TYPE=cell;VALUE=URI:67545678\r\n", b"4.0"
    )
    assert [p.value for p in record.phones] == ["+1-555-0100", "67545678"]


# ----- whole files -----


def test_one_bad_card_never_stops_the_rest() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\n"
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Friends\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy\r\nEND:VCARD\r\n"
    )
    results = read(data)
    assert [(type(r).__name__, r.line) for r in results] == [
        ("ParsedCard", 1),
        ("Rejection", 5),
        ("ParsedGroup", 8),
        ("ParsedCard", 13),
        ("ParsedCard", 17),
    ]
    assert [r.as_json() for r in results if isinstance(r, Rejection)] == [
        {"file": "test.vcf", "line": 5, "reason": "the card is not closed: END:VCARD is missing before line 8"},
    ]


def test_reading_from_a_path_and_from_an_open_file(tmp_path: Path) -> None:
    path = tmp_path / "Contacts Export.vcf"
    path.write_bytes(b"BEGIN:VCARD\nVERSION:3.0\nFN:Ann\nEND:VCARD\n")
    (from_path,) = read_vcards(path)
    (from_text_path,) = read_vcards(str(path))
    with path.open("rb") as stream:
        (from_stream,) = read_vcards(stream, filename="named.vcf")
    assert [r.file for r in (from_path, from_text_path, from_stream)] == [
        "Contacts Export.vcf",
        "Contacts Export.vcf",
        "named.vcf",
    ]


def test_a_file_that_is_not_vcard_raises_before_yielding_anything() -> None:
    results = read_vcards(b"first,last\nAnn,Lee\n", filename="people.csv")
    with pytest.raises(NotVCard, match=r"people\.csv is not a vCard file"):
        next(results)


def test_a_later_card_learns_the_files_legacy_encoding() -> None:
    """The first card settles for Mac Roman (Apple wrote the file); a later card whose bytes read equally well
    either way follows it."""
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:M\x9fller;Ann;;;\r\nX-ABUID:1\\:ABPerson\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nN:K\x9anig;Bo;;;\r\nEND:VCARD\r\n"
    )
    first, second = read(data)
    assert isinstance(first, ParsedCard) and isinstance(second, ParsedCard)
    assert (first.record.family, second.record.family) == ("Müller", "König")  # type: ignore[union-attr]
