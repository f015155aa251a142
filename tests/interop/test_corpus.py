"""Interoperability: every file of the real-world vCard corpus imports as this table says.

The corpus (../shared/corpus/vcards, or $CARDFILE_CORPUS) holds files written by Outlook, Apple Address Book,
Thunderbird, Android phones, Google, KDE, Evolution and others, several of them broken on purpose; its SOURCES.md
says where each comes from. The files stay outside the repository (their licences differ from ours). On CI the
corpus must be present: there a missing corpus fails the suite instead of skipping it.

For each file the table gives the cards expected to parse (by the line of their BEGIN:VCARD), the cards expected to
be rejected with their reason, and the facts that show the file's quirk was understood.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cardfile.domain.models import CompanyCreate, ContactCreate, ContactUpdate
from cardfile.domain.values import RecordType
from cardfile.interchange import ParsedCard, Rejection, read_vcards, vcard_lines, write_vcard
from cardfile.interchange.carddata import CardData, exported_uid
from cardfile.services import Services, records

REPOSITORY = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("CARDFILE_CORPUS") or REPOSITORY.parent / "shared" / "corpus" / "vcards")

Check = Callable[[list[ParsedCard]], None]


@dataclass(frozen=True)
class Expected:
    parsed: list[int]  # line of each parsed card's BEGIN:VCARD, in order
    rejected: list[tuple[int, str]] = field(default_factory=list)
    check: Check | None = None


def person(cards: list[ParsedCard], index: int = 0) -> ContactCreate:
    record = cards[index].record
    assert isinstance(record, ContactCreate), f"card {index} is not a person"
    return record


def company(cards: list[ParsedCard], index: int = 0) -> CompanyCreate:
    record = cards[index].record
    assert isinstance(record, CompanyCreate), f"card {index} is not a company"
    return record


def names(cards: list[ParsedCard]) -> list[str]:
    return [card.display_name for card in cards]


# ----- the facts per file -----


def address_only(cards: list[ParsedCard]) -> None:
    """A 4.0 card holding only an address: kept, under "(no name)" (it was rejected for having no name)."""
    assert names(cards) == ["(no name)"]
    assert person(cards).addresses[0].street == "Lierstr. 20a"


def radicale_named_by_email(cards: list[ParsedCard]) -> None:
    assert names(cards) == ["test-misses-N-or-FN@example.com"]
    assert person(cards).vcard_uid == "C68582D2-2E60-0001-C2C0-000000000000.vcf"
    assert person(cards).vcard_extra == [
        "X-MOZILLA-HTML:FALSE",
        "X-RADICALE-NAME:C68582D2-2E60-0001-C2C0-000000000000.vcf",
    ]


def radicale_two_named_by_email(cards: list[ParsedCard]) -> None:
    assert names(cards) == ["test-misses-N-or-FN@example.com", "test-misses-N-or-FN@example1.com"]


def radicale_second_without_name(cards: list[ParsedCard]) -> None:
    assert names(cards) == ["Test Example", "test-misses-N-or-FN@example1.com"]


def davx5_birthday(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.family, record.given, record.additional, record.nickname) == (
        "FamilyTest",
        "GivenTest",
        "AdditionalsTest",
        "Test-NICKNAME",
    )
    assert (record.display_name, record.birthday) == ("Test-FN", "1970-01-01")


def manual_birthday(cards: list[ParsedCard]) -> None:
    assert person(cards).birthday == "1990-01-01"


def cardbook_birthday_without_year(cards: list[ParsedCard]) -> None:
    """Thunderbird CardBook writes BDAY:16040101, Apple's year 1604 meaning "no year"."""
    assert person(cards).birthday == "--01-01"


def png_photo(size: int) -> Check:
    def check(cards: list[ParsedCard]) -> None:
        record = person(cards)
        assert record.photo is not None and record.photo.startswith(b"\x89PNG\r\n\x1a\n")
        assert (len(record.photo), record.photo_mime) == (size, "image/png")

    return check


def android_quoted_printable(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.family, record.given, names(cards)) == ("黄", "世勇", ["黄世勇"])
    assert record.addresses[0].locality == "北京 丰台区"
    # the soft line break fell inside the URL, between two encoded characters
    assert [u.value for u in record.urls] == ["http://weibo.com/3094900433?闪闪H红星"]


def lowercase_webmail(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.prefix, record.given, record.additional, record.family) == ("Herr", "Franz", "M.", "Branntwein")
    (address,) = record.addresses
    assert (address.extended, address.locality, address.country) == ("Medizinstraße 4711", "Köln", "Deutschland")
    assert [(p.value, p.label) for p in record.phones] == [("0221 12345678", "home")]


def outlook_card_picture(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (cards[0].company_name, record.department) == ("AM Services", "Police")
    assert [(p.value, p.label) for p in record.phones] == [
        ("(043) 7245-7234", "work"),
        ("0634 272 451", "cell"),
        ("(012) 7234-8012", "fax"),
    ]
    assert [(a.country, a.label, a.preferred) for a in record.addresses] == [("Poland", "work", True)]
    picture = [line for line in record.vcard_extra if line.startswith("X-MS-CARDPICTURE")]
    assert len(picture) == 1 and picture[0].startswith("X-MS-CARDPICTURE;TYPE=JPEG;ENCODING=b:/9j/4AAQ")


def kontact(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.photo_mime, record.birthday, record.anniversary) == ("image/jpeg", "1985-01-28", "2008-02-15")
    assert record.photo is not None and len(record.photo) > 10_000
    assert cards[0].company_name == "Aperture Project"
    assert "X-messaging-gadu-All:452342" in record.vcard_extra  # repaired: vobject refuses X-messaging/gadu-All


def outlook_2003(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (cards[0].company_name, record.department, record.title) == ("DFKI", "Knowledge-Management", "Intern")
    assert (record.note, record.birthday) == ("These are some notes about antoni.", "1980-01-18")
    assert [a.country for a in record.addresses] == ["Deutschland", "Polen"]
    labels = [line for line in record.vcard_extra if line.startswith("LABEL")]
    # the quoted-printable label spans a soft line break; its Polish text is Windows-1250
    assert labels == [
        "LABEL;TYPE=WORK:3.10\\nTrippstadter Str. 122\\nKaiserslautern, Rheinland-Pfalz 67663\\nDeutschland",
        "LABEL;TYPE=HOME:Budryka 2/1110\\nKraków, małopolskie 30-072\\nPolen",
    ]
    assert [(p.value, p.label) for p in record.phones] == [
        ("49 631 234 341", "work"),
        ("48 691 342 341", "home"),
        ("48 91 3 175 234", "cell"),
    ]


def outlook_2003_with_links(cards: list[ParsedCard]) -> None:
    outlook_2003(cards)
    record = person(cards)
    assert record.photo is None  # a link is kept as written, never downloaded
    assert (
        "PHOTO;VALUE=URL:https://sourceforge.net/apps/trac/aperture/raw-attachment/wiki/MiscWikiFiles/gunnar.jpg"
        in record.vcard_extra
    )


def dirk(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (names(cards), record.note) == (["Dirk"], "The canonical Dirk")
    assert [(e.value, e.preferred) for e in record.emails] == [("dirk@sap.com", True)]


def incomplete_name(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.family, record.given, record.prefix, names(cards)) == ("Mylka", "Antoni", "Mr.", ["Antoni Mylka"])


def email_only(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert names(cards) == ["xy@zz.com"]
    assert [(e.value, e.label, e.preferred) for e in record.emails] == [("xy@zz.com", "work", True)]


def url_only(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.display_name, [(u.label, u.preferred) for u in record.urls]) == (
        "http://www.apple.com",
        [("work", True)],
    )


def apple_legacy_bytes(cards: list[ParsedCard]) -> None:
    """Apple Address Book wrote this file in Latin-1 bytes, not Mac Roman and not UTF-8."""
    by_line = {card.line: card for card in cards}
    assert by_line[37].display_name == "Frida Töcken"  # shown as the company in Apple, still a person
    assert by_line[37].company_name == "Karlsruhe Travel"
    assert by_line[85].display_name == "Ingrid Spaßlund"
    assert by_line[133].display_name == "Günther Blümchen"
    assert by_line[188].display_name == "Berit Müller"
    street = [a.street for card in cards for a in card.record.addresses if "Siemens" in a.street]
    assert street == ["Werner-von-Siemens-Straße 6"]
    assert [str(w) for w in by_line[9].warnings] == [
        "line 15: 'ß' has no digits; the phone number was kept as an extra vCard property"
    ]
    assert all(card.record.tags == ["Demo", "Nepomuk(SAP)"] for card in cards)


def altid(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.family, record.given, record.display_name) == ("representation", "one", "altid")
    assert record.vcard_extra == ["N;ALTID=1:representation;two;;;"]


def korean(name: str) -> Check:
    def check(cards: list[ParsedCard]) -> None:
        assert names(cards) == [name]

    return check


def labelled_org(cards: list[ParsedCard]) -> None:
    assert (names(cards), cards[0].company_name) == (["labeled guy"], "Test Inc")


def tel_uri(cards: list[ParsedCard]) -> None:
    assert [(p.value, p.label) for p in person(cards).phones] == [("67545678", "cell")]


def text_birthday(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.birthday, record.vcard_extra) == (None, ["BDAY;VALUE=text:circa 1800"])
    assert [str(w) for w in cards[0].warnings] == [
        "line 5: BDAY 'circa 1800' is not a date; it was kept as an extra vCard property"
    ]


def full_name(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (record.prefix, record.given, record.additional, record.family, record.suffix) == (
        "Prefix",
        "Given",
        "Additional",
        "Family",
        "Suffix",
    )
    assert record.vcard_extra == ["GEO:37.386013;-122.082932"]


def apple_company(cards: list[ParsedCard]) -> None:
    record = company(cards)
    assert (record.name, record.website, record.logo_mime) == ("Apple Computer AG", "http://www.apple.ch", "image/jpeg")
    assert record.logo is not None and record.logo.startswith(b"\xff\xd8")
    assert [(a.locality, a.country, a.label) for a in record.addresses] == [
        ("Wallisellen-Zürich", "Switzerland", "work")
    ]


def windows_1252(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (names(cards), cards[0].company_name) == (["John Doë"], "roundcube.net")
    assert [(e.value, e.label, e.preferred) for e in record.emails] == [
        ("inbox@roundcube.net", "work", False),
        ("roundcube@gmail.com", "home", True),
    ]


def apple_person_shown_as_company(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert (names(cards), cards[0].company_name, record.photo_mime) == (
        ["Jörg Müller"],
        "Apple Computer AG",
        "image/jpeg",
    )


def the_bat(cards: list[ParsedCard]) -> None:
    """ISO-8859-2 quoted-printable without CHARSET: 'Iksi=F1ski' is Iksiński, not Iksiñski."""
    assert names(cards) == ["Piotr Iksiński"]


def apple_utf16(cards: list[ParsedCard]) -> None:
    record = person(cards)
    assert names(cards) == ["Ǽgean ĽdaMonté"]
    assert (record.addresses[0].street, record.addresses[0].country) == ("169 Mária Canal", "Perú")


def google(cards: list[ParsedCard], *, home_preferred: bool = False, spouse_group: str = "item11") -> None:
    record = person(cards)
    assert (names(cards), cards[0].company_name, record.title) == (["Mr. John 1 Doe Sr."], "at company", "tester")
    assert (record.birthday, record.anniversary) == ("1970-12-30", "1971-01-01")
    assert (record.phonetic_given, record.phonetic_family) == ("John", "Doe")
    assert [(e.value, e.label, e.preferred) for e in record.emails] == [
        ("john.doe@home.com", "home", home_preferred),
        ("doe@work.com", "work", False),
        ("john@custom.com", "custom-label", False),
    ]
    assert [(i.service, i.value) for i in record.ims][:2] == [("googletalk", "google talk"), ("aim", "aim")]
    assert f"{spouse_group}.X-ABRELATEDNAMES:spouse" in record.vcard_extra  # related names are kept as written


def google_carddav(cards: list[ParsedCard]) -> None:
    google(cards, home_preferred=True, spouse_group="item16")
    assert [i.label for i in person(cards).ims] == ["other"] * 9  # X-ABLabel:Other on each
    assert person(cards).photo_mime == "image/jpeg"


def syncevolution_set(umlaut_line: int, photo_lines: dict[int, str]) -> Check:
    def check(cards: list[ParsedCard]) -> None:
        by_line = {card.line: card for card in cards}
        umlaut = by_line[umlaut_line]
        assert umlaut.display_name == "Umlaut Ä Ö Ü ß"
        record = person([umlaut])
        assert (record.family, record.given, record.additional, record.prefix, record.suffix) == (
            "Ü",
            "Ä",
            "Ö",
            "Umlaut",
            "ß",
        )
        special = [card for card in cards if card.display_name == "Mr. First ; special ; middle Last"]
        assert len(special) == 1 and person(special).given == "First ; special ;"
        for line, mime in photo_lines.items():
            assert person([by_line[line]]).photo_mime == mime

    return check


def qt_contacts(cards: list[ParsedCard]) -> None:
    syncevolution_set(80, {})(cards)
    assert [str(w) for w in cards[18].warnings] == [
        "line 321: X-ANNIVERSARY 'x-anniversary' is not a date; it was kept as an extra vCard property"
    ]


def thunderbird(cards: list[ParsedCard]) -> None:
    assert names(cards) == ["contact number one", "contact number two"]
    assert person(cards, 1).note == "here's some unicode text…"
    assert person(cards, 0).vcard_extra == ["email;TYPE=INTERNET:contact1@invalid"]  # 2.1's bare type, rewritten
    assert [str(w) for w in cards[0].warnings] == [
        "line 4: 'contact1@invalid' is not an email address; the email address was kept as an extra vCard property"
    ]


SAP_LINES = [1, 9, 19, 28, 37, 47, 55, 64, 73, 85, 94, 103, 115, 125, 133, 145, 154, 163, 176, 188, 197, 206]
SAP_LINES += [219, 227, 236, 244, 253, 262, 275, 284]
SYNCEVOLUTION_CARDDAV = [1, 12, 24, 38, 49, 60, 71, 82, 93, 126, 148, 174, 272, 309, 341, 363, 389]
EDS = [1, 11, 22, 35, 45, 55, 65, 75, 85, 117, 138, 163, 223, 259, 290, 311, 336]
QT = [1, 11, 20, 29, 62, 71, 80, 99, 111, 120, 129, 139, 148, 160, 169, 275, 284, 294, 312, 336, 376]
VCARD21 = [1, 11, 20, 61, 98, 131, 152, 178, 188, 197, 206, 215, 224, 233, 257, 278]

TABLE: dict[str, Expected] = {
    "Radicale/broken-vcard.vcf": Expected([1], check=radicale_named_by_email),
    "Radicale/broken-vcards.vcf": Expected([1, 9], check=radicale_two_named_by_email),
    "Radicale/broken-vcards2.vcf": Expected([1, 10], check=radicale_second_without_name),
    "Radicale/contact2-with-bday.vcf": Expected([1], check=davx5_birthday),
    "Radicale/contact3-with-bday.vcf": Expected([1], check=manual_birthday),
    "Radicale/contact4-with-bday-no-year.vcf": Expected([1], check=cardbook_birthday_without_year),
    "Radicale/contact_photo_with_data_uri.vcf": Expected([1], check=png_photo(72)),
    "Radicale/contact_photo_with_data_uri_v4.vcf": Expected([1], check=png_photo(72)),
    "Radicale/vcard-quoted-printable1.vcf": Expected([1], check=android_quoted_printable),
    "ical4j-vcard/4b62872a-849-0.vcf": Expected([1], check=lowercase_webmail),
    "ical4j-vcard/vcard-antoni-cardpicture.vcf": Expected([1], check=outlook_card_picture),
    "ical4j-vcard/vcard-antoni-kontact.vcf": Expected([1], check=kontact),
    "ical4j-vcard/vcard-antoni-outlook2003-valueurl.vcf": Expected([1], check=outlook_2003_with_links),
    "ical4j-vcard/vcard-antoni-outlook2003.vcf": Expected([1], check=outlook_2003),
    "ical4j-vcard/vcard-dirk-whitespaceafterbegin.vcf": Expected([1], check=dirk),
    "ical4j-vcard/vcard-dirk.vcf": Expected([1], check=dirk),
    "ical4j-vcard/vcard-group.vcf": Expected([1], check=address_only),
    "ical4j-vcard/vcard-incompletenproperty.vcf": Expected([1], check=incomplete_name),
    "ical4j-vcard/vcard-lowercase.vcf": Expected([1], check=email_only),
    "ical4j-vcard/vcard-url.vcf": Expected([1], check=url_only),
    "ical4j-vcard/vcard-vCards-SAP.vcf": Expected(SAP_LINES, check=apple_legacy_bytes),
    "khard/altid.vcf": Expected([1], check=altid),
    "khard/korean-c.vcf": Expected([1], check=korean("최유림")),
    "khard/korean-j.vcf": Expected([1], check=korean("전도훈")),
    "khard/labels.vcf": Expected([1], check=labelled_org),
    "khard/photov3.vcf": Expected([1], check=png_photo(123)),
    "khard/photov4.vcf": Expected([1], check=png_photo(123)),
    "khard/tel-value-uri.vcf": Expected([1], check=tel_uri),
    "khard/text-bday.vcf": Expected([1], check=text_birthday),
    "khard/unparsable.vcf": Expected([], rejected=[(1, "the card is not closed: the file ends before END:VCARD")]),
    "py-vobject/radicale-1587.vcf": Expected([1], check=full_name),
    "roundcubemail/apple.vcf": Expected([1], check=apple_company),
    "roundcubemail/johndoe.vcf": Expected([1], check=windows_1252),
    "roundcubemail/photo.vcf": Expected([1], check=apple_person_shown_as_company),
    "roundcubemail/thebat.vcf": Expected([1], check=the_bat),
    "roundcubemail/utf-16_sample.vcf": Expected([1], check=apple_utf16),
    "syncevolution/Google-CardDAV.vcf": Expected([1], check=google_carddav),
    "syncevolution/Google-Gmail.vcf": Expected([1], check=google),
    "syncevolution/carddav.vcf": Expected(
        SYNCEVOLUTION_CARDDAV, check=syncevolution_set(93, {272: "image/jpeg", 309: "image/png", 363: "image/gif"})
    ),
    "syncevolution/eds_contact.vcf": Expected(
        EDS, check=syncevolution_set(85, {223: "image/jpeg", 259: "image/png", 311: "image/gif"})
    ),
    "syncevolution/qt_contact.vcf": Expected(QT, check=qt_contacts),
    "syncevolution/vcard21.vcf": Expected(
        VCARD21, check=syncevolution_set(233, {61: "image/jpeg", 98: "image/png", 152: "image/gif"})
    ),
    "syncevolution/yahoo_contact.vcf": Expected([1, 10, 20, 32, 41, 50, 59, 68]),
    "thunderbird-comm-central/export.vcf": Expected([1, 8], check=thunderbird),
}


def corpus() -> Path:
    """The corpus folder; a missing corpus fails on CI (it must be there) and skips elsewhere."""
    if not CORPUS.is_dir():
        message = f"the vCard corpus is missing at {CORPUS} (set CARDFILE_CORPUS)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CORPUS


def test_a_missing_corpus_fails_on_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(__import__(__name__, fromlist=["CORPUS"]), "CORPUS", tmp_path / "nowhere")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="the vCard corpus is missing"):
        corpus()


def test_the_table_covers_every_corpus_file() -> None:
    found = sorted(str(p.relative_to(corpus())) for p in corpus().rglob("*") if p.suffix in (".vcf", ".vcard"))
    assert found == sorted(TABLE)


@pytest.mark.parametrize("name", sorted(TABLE))
def test_corpus_file(name: str) -> None:
    expected = TABLE[name]
    results = list(read_vcards(corpus() / name))
    assert all(r.file == Path(name).name for r in results)
    parsed = [r for r in results if isinstance(r, ParsedCard)]
    rejected = [(r.line, r.reason) for r in results if isinstance(r, Rejection)]
    assert [card.line for card in parsed] == expected.parsed
    assert rejected == expected.rejected
    if expected.check is not None:
        expected.check(parsed)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("name", sorted(TABLE))
def test_corpus_file_survives_export_and_import(name: str, version: str) -> None:
    """What we import from real files we write back and read again unchanged, in both versions."""
    for first in read_vcards(corpus() / name):
        if not isinstance(first, ParsedCard):
            continue
        (again,) = read_vcards(write_vcard(first.card_data(), version).encode())
        assert isinstance(again, ParsedCard)
        assert (again.record, again.company_name, again.kind) == (first.record, first.company_name, first.kind)


@pytest.mark.parametrize("name", sorted(TABLE))
def test_the_usual_cards_quick_unfolding_reads_every_corpus_card_as_the_general_one(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick unfolding of the usual card (vcard_lines.plain_logical_lines) gives the general one's lines on
    every card it takes, and the file reads the same, field by field, with it as without it."""
    path = corpus() / name
    with path.open("rb") as stream:
        cards = [c for c in vcard_lines.split_cards(vcard_lines.text_blocks(stream, name), name)]
    for card in cards:
        if isinstance(card, vcard_lines.RawCard):
            for part in [vcard_lines.inner_cards(card)[0], *(inner for inner, _ in vcard_lines.inner_cards(card)[1])]:
                quick = vcard_lines.plain_logical_lines(part)
                if quick is not None:
                    assert quick == vcard_lines.logical_lines(part), part.line
    with_it = list(read_vcards(path))
    monkeypatch.setattr(vcard_lines, "plain_logical_lines", lambda card: None)
    assert list(read_vcards(path)) == with_it


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("name", sorted(TABLE))
def test_vobject_reads_every_exported_corpus_card_as_we_wrote_it(name: str, version: str) -> None:
    """Our export of every card we import from real files is read by vobject (which Radicale and khard use) with
    the same name, email addresses, phone numbers, note and tags: the writer folds and escapes as readers expect.
    (Properties we keep unmodelled are written after ours, so ours come first.)"""
    import vobject  # the reference reader: only the tests load it

    for first in read_vcards(corpus() / name):
        if not isinstance(first, ParsedCard) or not isinstance(first.record, ContactCreate):
            continue
        record = first.record
        card = vobject.readOne(write_vcard(first.card_data(), version))
        assert card.fn.value == first.display_name
        contents = card.contents
        emails = [e.value for e in contents.get("email", [])]
        assert emails[: len(record.emails)] == [e.value for e in record.emails]
        phones = [t.value for t in contents.get("tel", [])]
        assert phones[: len(record.phones)] == [p.value for p in record.phones]
        notes = [n.value for n in contents.get("note", [])]
        assert notes[:1] == ([record.note] if record.note else notes[:1])
        tags = [tag for c in contents.get("categories", []) for tag in c.value]
        assert tags[: len(record.tags)] == record.tags


def test_the_export_writes_every_imported_corpus_card_as_the_rows_read_whole_would(services: Services) -> None:
    """The vCard export builds a person's card from the columns a card holds, read straight from SQLite
    (ExportService._contact_cards), not from the whole row read through the ORM and CardData.from_contact: the file
    it writes is the same, byte for byte in both versions, on every card the corpus imports (and on the same cards
    with people linked to each other and given a photo, so that AGENT/RELATED and PHOTO lines are written too; names
    shown family name first, so that a name the store derived is not the one a card's FN is written with)."""
    services.settings.set_name_order("family_first")
    report = services.importer.import_files(sorted(corpus() / name for name in TABLE))
    assert report.imported > 50
    ids = services.contacts.ids()
    services.contacts.update(ids[0], ContactUpdate(photo=_PNG, photo_mime="image/png"))
    with services.db.write("Link") as w:
        records.set_links(w, RecordType.CONTACT, ids[1], RecordType.CONTACT, [(ids[2], "agent"), (ids[3], "")])
    for version in ("3.0", "4.0"):
        out = io.StringIO()
        services.exporter.export_vcards(out, version=version, companies=False)
        assert out.getvalue() == _export_through_whole_rows(services, ids, version)


def _export_through_whole_rows(services: Services, ids: list[str], version: str) -> str:
    """What the export wrote for these people before #14: every row read whole, then CardData.from_contact."""
    exporter = services.exporter
    texts = []
    for start in range(0, len(ids), 500):
        page = ids[start : start + 500]
        related = exporter._related(page)
        for row in exporter._rows(RecordType.CONTACT, page):
            card = CardData.from_contact(row, company_name=row["company"], extra=row["vcard_extra"])
            card.related = related.get(row["id"], [])
            card.uid = card.uid or exported_uid(row["id"])
            texts.append(write_vcard(card, version))
    return "".join(texts)


# The smallest PNG there is: a photo to write.
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
