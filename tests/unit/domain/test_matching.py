"""The rules that tell whether two people (or companies) are one: keys, name comparison in several scripts, scores."""

from __future__ import annotations

from typing import Any

import pytest

from cardfile.domain.matching import (
    LIKELY,
    PROPOSED,
    company_facts,
    company_form,
    compare_names,
    email_key,
    name_forms,
    person_facts,
    phone_key,
    score_companies,
    score_people,
    web_key,
)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Anna@Example.COM", "anna@example.com", True),
        ("  anna@example.com ", "<anna@example.com>", True),
        ("anna@bücher.example", "ANNA@xn--bcher-kva.example", True),
        # Gmail's dots and plus addressing are kept: elsewhere they name other mailboxes
        ("anna.berg@gmail.com", "annaberg@gmail.com", False),
        ("anna+crm@example.com", "anna@example.com", False),
        ("anna@example.com", "anna@example.org", False),
    ],
)
def test_email_addresses_are_compared_whole_and_without_regard_to_case(a: str, b: str, same: bool) -> None:
    assert (email_key(a) == email_key(b)) is same


@pytest.mark.parametrize(
    ("a", "b", "country", "same"),
    [
        ("+49 30 1234567", "030 1234567", "DE", True),  # international and national
        ("+49 (0)30 123-4567", "0049 30 1234567", "DE", True),
        ("(555) 010-2030", "+1 555 010 2030", "US", True),
        ("555.010.2030", "1-555-010-2030", "US", True),
        ("+354 555 1234", "555-1234", "IS", True),
        ("+7 (495) 123-45-67", "8 495 123 45 67", "RU", True),  # Russia's trunk prefix 8
        ("+81 3-1234-5678", "03-1234-5678", "JP", True),
        ("+39 06 1234 5678", "06 1234 5678", "IT", True),  # Italy keeps its leading 0
        ("030 1234567", "+49 30 1234567", "IS", False),  # a national number is placed in the default country
        ("+49 30 1234567", "+49 30 1234568", "DE", False),
        ("+1 555 010 2030", "+44 555 010 2030", None, False),
    ],
)
def test_phone_numbers_match_in_national_and_international_form(
    a: str, b: str, country: str | None, same: bool
) -> None:
    assert (phone_key(a, country) == phone_key(b, country)) is same


def test_a_short_number_has_no_key() -> None:
    assert phone_key("112", "DE") is None
    assert phone_key("ext. 12", None) is None


def _names(given: str, family: str, **more: str) -> Any:
    return name_forms({"given": given, "family": family, **more})


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (("Anna", "Berg"), ("Anna", "Berg"), "same"),
        (("ANNA", "BERG"), ("anna", "berg"), "same"),
        (("Jón", "Jónsson"), ("Jon", "Jonsson"), "accents"),
        (("Søren", "Ærø"), ("Soren", "Aero"), "accents"),
        (("Müller", "Straße"), ("Muller", "Strasse"), "accents"),
        (("John", "Smith"), ("Smith", "John"), "order"),  # given and family swapped
        (("Anna", "Petrova"), ("Анна", "Петрова"), "script"),  # Cyrillic
        (("Giannis", "Papadakis"), ("Γιάννης", "Παπαδάκης"), "script"),  # Greek
        (("Sofia", "Vasileiou"), ("Σοφία", "Βασιλείου"), "script"),  # β read as v
        (("Wei", "Wang"), ("伟", "王"), "script"),  # Chinese
        (("Minjun", "Kim"), ("민준", "김"), "script"),  # Korean
        (("Rahul", "Sharma"), ("राहुल", "शर्मा"), "script"),  # Devanagari
        (("Ali", "Karimi"), ("علی", "کریمی"), "script"),  # Persian writes few vowels
        (("Khaled", "Al-Hassan"), ("خالد", "الحسن"), "script"),  # Arabic, the article run together
        (("Huda", "Haddad"), ("هدى", "حداد"), "script"),
        (("Alexey", "Kuznetsov"), ("Алексей", "Кузнецов"), "script"),  # x and ks
        (("Pyotr", "Egorov"), ("Пётр", "Егоров"), "script"),
        (("John", "Smith"), ("John", "Smiht"), "typo"),  # two letters swapped
        (("Jonathan", "Smith"), ("Jonathn", "Smith"), "typo"),  # one left out
        (("Sigríður", "Jónsdóttir"), ("Sigríður", "Jónsdótir"), "typo"),
        (("Анна", "Петрова"), ("Ана", "Петрова"), "similar"),  # Ana and Anna: spellings of one name
        (("Jon", "Smith"), ("Jan", "Smith"), "weak"),  # a letter changed in a short word: another name
        (("Juan", "García López"), ("Juan", "García"), "similar"),  # a second family name more
        (("J.", "Smith"), ("John", "Smith"), "similar"),  # an initial
        (("John", "Smith"), ("Mary", "Jones"), "different"),
        (("Subin", "Kang"), ("수빈", "정"), "weak"),  # Kang and Jeong: one syllable, another name
        (("Leila", "Karimi"), ("لیلا", "کاظمی"), "different"),  # Karimi and Kazemi
        (("Na", "Wang"), ("娜", "汪"), "script"),  # both readings run to 'wang'
        (("", ""), ("Anna", "Berg"), "unknown"),
    ],
)
def test_names_compare_across_case_accents_order_scripts_and_typos(
    a: tuple[str, str], b: tuple[str, str], kind: str
) -> None:
    assert compare_names(_names(*a), _names(*b)).kind == kind
    assert compare_names(_names(*b), _names(*a)).kind == kind  # whichever comes first


def test_a_japanese_name_is_compared_by_its_reading_too() -> None:
    written = _names("太郎", "山田", phonetic_given="タロウ", phonetic_family="ヤマダ")
    assert compare_names(written, _names("Taro", "Yamada")).alike
    half = _names("アヤ", "加藤", phonetic_family="カトウ")  # katakana given name, reading only for the family name
    assert compare_names(half, _names("Aya", "Kato")).alike


def test_a_changed_chinese_character_is_another_name_not_a_typo() -> None:
    assert compare_names(_names("强", "王"), _names("强", "汪")).kind == "script"  # same reading
    assert not compare_names(_names("强", "王"), _names("强", "李")).alike


def test_a_nickname_is_a_way_to_write_the_name() -> None:
    bob = name_forms({"given": "Robert", "family": "Smith", "nickname": "Bob"})
    assert compare_names(bob, _names("Bob", "Smith")).kind == "same"


def test_a_display_name_the_person_set_counts_when_there_are_no_parts() -> None:
    card = name_forms({"display_name": "Anna Berg", "display_name_custom": True})
    assert compare_names(card, _names("Anna", "Berg")).kind == "same"
    derived = name_forms({"display_name": "anna@example.com", "display_name_custom": False})
    assert derived != ()  # named by its email: something to compare, but not a person's name
    assert compare_names(derived, _names("Anna", "Berg")).kind in ("different", "weak")


def _person(record_id: str, **values: Any) -> Any:
    return person_facts(record_id, values, country="US", company_name=values.pop("company_name", ""))


EMAIL = [{"value": "anna.berg@acme.example"}]
PHONE = [{"value": "+1 555 010 2030"}]


@pytest.mark.parametrize(
    ("a", "b", "proposed", "codes"),
    [
        # the same address, and a name that does not say otherwise
        ({"given": "Anna", "family": "Berg", "emails": EMAIL},
         {"given": "Anna", "family": "Berg", "emails": [{"value": "ANNA.Berg@ACME.example"}]}, True, {"email", "name"}),
        ({"given": "Anna", "family": "Berg", "emails": EMAIL}, {"emails": EMAIL}, True, {"email"}),
        # a shared mailbox (info@) is not one person when the names differ
        ({"given": "Anna", "family": "Berg", "emails": EMAIL},
         {"given": "Ola", "family": "Nordmann", "emails": EMAIL}, False, {"email"}),
        # the same number in two forms
        ({"given": "Anna", "family": "Berg", "phones": PHONE},
         {"given": "Anna", "family": "Berg", "phones": [{"value": "(555) 010-2030"}]}, True, {"phone", "name"}),
        # a switchboard: the same number, other people
        ({"given": "Anna", "family": "Berg", "phones": PHONE},
         {"given": "Ola", "family": "Nordmann", "phones": PHONE}, False, {"phone"}),
        # the same name at the same company
        ({"given": "Anna", "family": "Berg", "company_id": "c1"},
         {"given": "Anna", "family": "Berg", "company_id": "c1"}, True, {"name", "company"}),
        ({"given": "Anna", "family": "Petrova", "company_id": "c1"},
         {"given": "Анна", "family": "Петрова", "company_id": "c1"}, True, {"name", "company"}),
        ({"given": "Jonathan", "family": "Smith", "company_id": "c1"},
         {"given": "Jonathn", "family": "Smith", "company_id": "c1"}, True, {"name", "company"}),
        # the same name alone: two John Smiths
        ({"given": "John", "family": "Smith"}, {"given": "John", "family": "Smith"}, False, {"name"}),
        # the same name at another company
        ({"given": "John", "family": "Smith", "company_id": "c1"},
         {"given": "John", "family": "Smith", "company_id": "c2"}, False, {"name"}),
        # the same name and the same street address, or the same birthday
        ({"given": "John", "family": "Smith", "addresses": [{"street": "1 Main St.", "postcode": "12345"}]},
         {"given": "John", "family": "Smith", "addresses": [{"street": "1 main st", "postcode": "12345"}]},
         True, {"name", "address"}),
        ({"given": "John", "family": "Smith", "birthday": "1980-04-15"},
         {"given": "John", "family": "Smith", "birthday": "1980-04-15"}, True, {"name", "birthday"}),
        # other birthdays say they are two people, even at one company
        ({"given": "John", "family": "Smith", "company_id": "c1", "birthday": "1980-04-15"},
         {"given": "John", "family": "Smith", "company_id": "c1", "birthday": "1975-09-01"}, False,
         {"name", "company"}),
        # a vCard UID two cards share
        ({"given": "Anna", "vcard_uid": "urn:uuid:1"}, {"given": "Anna", "vcard_uid": "urn:uuid:1"}, True,
         {"uid", "name"}),
    ],
)  # fmt: skip
def test_people_are_proposed_when_the_evidence_adds_up(
    a: dict[str, Any], b: dict[str, Any], proposed: bool, codes: set[str]
) -> None:
    score, reasons = score_people(_person("a", **a), _person("b", **b))
    assert (score >= PROPOSED) is proposed, (score, reasons)
    assert {r.code for r in reasons} >= codes
    assert score_people(_person("b", **b), _person("a", **a))[0] == score


def test_a_namesake_is_worth_a_glance_while_typing_but_not_proposed() -> None:
    score, _ = score_people(_person("a", given="John", family="Smith"), _person("b", given="John", family="Smith"))
    assert LIKELY <= score < PROPOSED


def test_a_reason_names_what_the_two_share() -> None:
    _, reasons = score_people(
        _person("a", given="Anna", family="Berg", emails=EMAIL, company_id="c1", company_name="Acme"),
        _person("b", given="Ana", family="Berg", emails=EMAIL, company_id="c1", company_name="Acme"),
    )
    assert ("email", "anna.berg@acme.example") in [(r.code, r.detail) for r in reasons]
    assert ("company", "Acme") in [(r.code, r.detail) for r in reasons]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Acme Ltd", ("acme",)),
        ("ACME Inc.", ("acme",)),
        ("Müller GmbH & Co. KG", ("muller",)),
        ("ООО «Север-Строй»", ("sever", "stroi")),
        ("株式会社ミドリシステム", ("midorishisutemu",)),
        ("Ltd", ("ltd",)),  # nothing but the form: kept
    ],
)
def test_company_names_are_compared_without_their_legal_form(name: str, words: tuple[str, ...]) -> None:
    form = company_form(name)
    assert form is not None and form.words == words


def test_companies_with_one_name_or_one_website_are_proposed() -> None:
    def company(record_id: str, **values: Any) -> Any:
        return company_facts(record_id, values, country="US")

    acme = company("a", name="Acme Ltd", website="https://www.acme.example")
    assert score_companies(acme, company("b", name="ACME Inc."))[0] >= PROPOSED
    assert score_companies(acme, company("b", name="Acme Group", website="acme.example/about"))[0] >= PROPOSED
    assert score_companies(acme, company("b", name="Globex", website="globex.example"))[0] < PROPOSED
    # addresses at a public mail provider say nothing about which company
    one = company("a", name="Nordic Fish", emails=[{"value": "nordic@gmail.com"}])
    other = company("b", name="Baltic Trade", emails=[{"value": "baltic@gmail.com"}])
    assert score_companies(one, other)[0] < PROPOSED


@pytest.mark.parametrize(
    ("url", "host"),
    [("https://www.Acme.example/about", "acme.example"), ("acme.example", "acme.example"), ("localhost", None)],
)
def test_web_addresses_are_compared_by_host(url: str, host: str | None) -> None:
    assert web_key(url) == host
