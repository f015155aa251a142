"""Round trip: a contact written as vCard 3.0 or 4.0 and read back is the same contact — names, labels, preferred
entries, dates without a year, photos and unmodelled X- properties — in any script. vobject reads every card too.

The property test keeps a modest example count for the default suite; CARDFILE_HYPOTHESIS_EXAMPLES raises it.
"""

from __future__ import annotations

import os
import string
from typing import Any

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cardfile.domain.models import ContactCreate, validate
from cardfile.domain.text import derive_display_name
from cardfile.interchange import CardData, ParsedCard, read_vcards, write_vcard
from cardfile.interchange.vcard_text import escape
from tests.unit.interchange.realistic import realistic_cards

EXAMPLES = int(os.environ.get("CARDFILE_HYPOTHESIS_EXAMPLES", "60"))

WORDS = [
    "Jónsdóttir",
    "Łukasz",
    "Zoë",
    "Петрова",
    "Αλέξανδρος",
    "山田太郎",
    "김민준",
    "สมชาย ใจดี",
    "کریمی",
    "محمد",
    "שרה",
    "Nguyễn Văn",
    "🙂 Emoji 👩‍💻",
    "O'Brien",
    "Smith, Jr.",
    "semi;colon",
    "back\\slash",
    "",
]
# Any character a person may type except control characters and lone surrogates (a file cannot hold those).
CHARACTERS = st.characters(exclude_categories=("Cc", "Cs"))
free_text = st.text(CHARACTERS, max_size=25).map(str.strip)
text = st.one_of(st.sampled_from(WORDS), free_text)
multiline = st.lists(text, max_size=3).map(lambda lines: "\n".join(lines).strip())
labels = st.one_of(
    st.sampled_from(["", "", "work", "home", "cell", "fax", "other", "pager", "main", "homepage", "Büro", "本社"]),
    free_text.filter(lambda label: label.lower() != "anniversary" and not label.startswith("_$!<")),
)
partial_dates = st.builds(
    lambda year, month, day: (f"{year:04d}" if year else "-") + f"-{month:02d}-{day:02d}",
    st.one_of(st.none(), st.integers(1900, 2030)),
    st.integers(1, 12),
    st.integers(1, 28),
) | st.sampled_from(["--02-29", "2000-02-29"])
local_part = st.text(string.ascii_letters + string.digits + "._+-" + "äöüçé", min_size=1, max_size=12)
domain = st.text(string.ascii_lowercase + "ü", min_size=1, max_size=10)
emails = st.builds(lambda local, host, tld: f"{local}@{host}.{tld}", local_part, domain, st.sampled_from(["com", "de"]))
phones = st.from_regex(r"\A\+?[0-9][0-9 ()/.-]{0,14}[0-9]\Z").map(str.strip)
urls = st.builds(
    lambda host, path: f"https://{host}.example/{path}",
    domain,
    st.text(CHARACTERS.filter(lambda ch: not ch.isspace()), max_size=15),
)
services = st.sampled_from(["", "skype", "xmpp", "jabber", "aim", "icq", "msn", "yahoo", "qq", "telegram", "twitter"])
IMAGE_STARTS = {"image/jpeg": b"\xff\xd8\xff\xe0", "image/png": b"\x89PNG\r\n\x1a\n", "image/gif": b"GIF89a"}


def entry(value: st.SearchStrategy[str], **more: st.SearchStrategy[Any]) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({"value": value, "label": labels, "preferred": st.booleans(), **more})


addresses = st.fixed_dictionaries(
    {
        "label": labels,
        "preferred": st.booleans(),
        "street": multiline,
        "locality": text,
        "region": text,
        "postcode": text,
        "country": text,
        "po_box": text,
        "extended": text,
    }
)
extra_lines = st.lists(
    st.builds(
        lambda name, value: f"X-CARDFILE-TEST-{name}:{escape(value)}",
        st.text(string.ascii_uppercase + string.digits, min_size=1, max_size=8),
        text.filter(bool),  # the reader drops empty properties; ours come from it
    ),
    max_size=3,
)
photos = st.one_of(
    st.none(),
    st.builds(
        lambda mime, body: (IMAGE_STARTS[mime] + body, mime),
        st.sampled_from(sorted(IMAGE_STARTS)),
        st.binary(max_size=300),
    ),
)


@st.composite
def contacts(draw: st.DrawFn) -> tuple[ContactCreate, str]:
    photo = draw(photos)
    data = {
        "prefix": draw(st.sampled_from(["", "Dr.", "Frau", "Г-н"])),
        "given": draw(text),
        "additional": draw(st.sampled_from(["", "Maria", "J."])),
        "family": draw(text),
        "suffix": draw(st.sampled_from(["", "Jr.", "PhD"])),
        "nickname": draw(text),
        "display_name": draw(st.one_of(st.just(""), text)),
        "phonetic_given": draw(st.sampled_from(["", "Tarō", "やまだ"])),
        "phonetic_family": draw(st.sampled_from(["", "Yamada"])),
        "title": draw(text),
        "department": draw(text),
        "birthday": draw(st.one_of(st.none(), partial_dates)),
        "anniversary": draw(st.one_of(st.none(), partial_dates)),
        "note": draw(multiline),
        "tags": draw(st.lists(text.filter(bool), max_size=4)),
        "emails": draw(st.lists(entry(emails), max_size=3)),
        "phones": draw(st.lists(entry(phones), max_size=3)),
        "addresses": draw(st.lists(addresses, max_size=2)),
        "urls": draw(st.lists(entry(urls), max_size=2)),
        "ims": draw(st.lists(entry(text.filter(bool), service=services), max_size=3)),
        "dates": draw(st.lists(entry(partial_dates), max_size=2)),
        "vcard_uid": draw(st.one_of(st.none(), st.uuids().map(lambda u: f"urn:uuid:{u}"))),
        "vcard_extra": draw(extra_lines),
        "photo": photo[0] if photo else None,
        "photo_mime": photo[1] if photo else None,
    }
    company = draw(st.one_of(st.just(""), text))
    return validate(ContactCreate, **data), company


def shown_name(record: ContactCreate, company: str) -> str:
    return record.display_name or derive_display_name(
        prefix=record.prefix,
        given=record.given,
        additional=record.additional,
        family=record.family,
        suffix=record.suffix,
        nickname=record.nickname,
        company=company,
        email=record.emails[0].value if record.emails else None,
    )


def read_back(text: str) -> ParsedCard:
    (parsed,) = read_vcards(text.encode("utf-8"), filename="round-trip.vcf")
    assert isinstance(parsed, ParsedCard), parsed
    return parsed


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(generated=contacts())
def test_a_contact_survives_write_and_read(version: str, generated: tuple[ContactCreate, str]) -> None:
    original, company = generated
    nameless = not shown_name(original, company) and not original.phones and not original.urls
    card = CardData.from_contact(original.model_dump(), company_name=company)
    text = write_vcard(card, version)
    if nameless:
        return  # nothing to call the card by: the reader rejects it (tested in test_vcard_reader)
    parsed = read_back(text)
    assert isinstance(parsed.record, ContactCreate)
    assert parsed.company_name == company
    if shown_name(original, company):
        assert shown_name(parsed.record, company) == shown_name(original, company)
    else:  # a contact with only a phone number or web address is shown under it
        assert parsed.record.display_name == (original.phones or original.urls)[0].value
    expected = original.model_dump(exclude={"display_name"})
    assert parsed.record.model_dump(exclude={"display_name"}) == expected
    assert parsed.warnings == ()
    # ...and vobject, which Radicale and khard use, reads the same card.
    seen = vobject.readOne(text)
    assert seen.fn.value == (shown_name(original, company) or text.split("FN:", 1)[1].split("\r\n", 1)[0])
    assert [e.value for e in getattr(seen, "email_list", [])] == [e.value for e in original.emails]
    if original.note:
        assert seen.note.value == original.note


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_realistic_cards_survive_write_and_read(version: str) -> None:
    for card in realistic_cards(200):
        parsed = read_back(write_vcard(card, version))
        again = read_back(write_vcard(parsed.card_data(), version))
        assert again.record == parsed.record
        assert again.company_name == parsed.company_name == card.company
        assert parsed.record.photo == card.photo  # type: ignore[union-attr]
