"""Search: substrings in any script, phone numbers whatever their punctuation, emails by any part, short queries,
ranking, the Trash, and input that must never make it fail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cardfile.domain.models import (
    ActivityCreate,
    CompanyCreate,
    CompanyUpdate,
    ContactCreate,
    DealCreate,
    NoteCreate,
    validate,
)
from cardfile.domain.text import fold
from cardfile.services import Services, open_database
from tests.helpers import add_contact
from tests.unit.world import World


def found(services: Services, query: str, **kwargs: object) -> list[str]:
    return [r.id for r in services.search.search(query, **kwargs)]


# ----- any script -----


@pytest.mark.parametrize(
    ("fields", "queries"),
    [
        pytest.param(
            {"given": "Guðrún", "family": "Jónsdóttir"}, ["sdótt", "jonsdottir", "JÓNS", "gudrun"], id="icelandic"
        ),
        pytest.param({"given": "Анна", "family": "Петрова"}, ["Петр", "петрова", "анна"], id="cyrillic"),
        pytest.param({"display_name": "คุณสมชาย ใจดี (ฝ่ายขาย)"}, ["สมชาย", "ใจดี"], id="thai inside a longer string"),
        pytest.param({"given": "太郎", "family": "山田"}, ["山田", "山田太郎", "太郎"], id="japanese"),
        pytest.param({"given": "مریم", "family": "کریمی"}, ["کریمی", "مریم"], id="persian"),
        pytest.param({"given": "Σωκράτης", "family": "Παπαδόπουλος"}, ["παπαδοπ", "ΣΩΚΡ"], id="greek"),
        pytest.param(
            {"given": "François", "family": "Lefèvre-Dupré"}, ["lefevre", "dupre", "FRANÇ", "francois"], id="french"
        ),
        pytest.param({"given": "Søren", "family": "Kierkegaard"}, ["soren", "søren"], id="danish stroke"),
        pytest.param({"given": "Łukasz", "family": "Żółkiewski"}, ["lukasz", "zolk"], id="polish"),
    ],
)
def test_finds_substrings_in_any_script(services: Services, fields: dict[str, str], queries: list[str]) -> None:
    add_contact(services, given="Someone", family="Else")  # something that must not match
    contact = add_contact(services, **fields)
    for query in queries:
        assert found(services, query) == [contact], query


def test_text_with_a_nul_byte_is_stored_whole_and_found_by_any_part(services: Services) -> None:
    """Regression: FTS5 read a NUL as the end of the text, so what followed it in a name or a note (from an
    imported file, a synced device) could not be found."""
    ann = add_contact(services, given="Ann\x00e", family="Nul", note="before\x00after")
    assert services.contacts.get(ann).given == "Ann\x00e" and services.contacts.get(ann).note == "before\x00after"
    for query in ("ann", "nul", "after", "ann\x00e", "before after"):
        assert [r.id for r in services.search.search(query)] == [ann], query


@pytest.mark.parametrize("query", ["🦄", "👩‍👩‍👧", "👩", "🏳️‍🌈", "zoë 🦄"])
def test_emoji_and_zwj_sequences_are_searchable(services: Services, query: str) -> None:
    """Regression: a query of emoji found nothing (only letters and digits counted as something to look for)."""
    zoe = add_contact(services, given="Zoë", family="🦄", nickname="👩‍👩‍👧 🏳️‍🌈")
    add_contact(services, given="Other", family="Person")
    assert [r.id for r in services.search.search(query)] == [zoe]


def test_punctuation_alone_still_finds_nothing(services: Services) -> None:
    add_contact(services, given="Ann", note="a, b; c.")
    assert services.search.search(", ;") == []


def test_japanese_name_is_shown_family_name_first(services: Services) -> None:
    contact = add_contact(services, given="太郎", family="山田")
    assert services.contacts.get(contact).display_name == "山田太郎"
    assert services.search.search("山田")[0].display_name == "山田太郎"


# ----- phone numbers -----

PHONE_QUERIES = ["5550102030", "010-2030", "+1 (555) 010 2030", "555.010.2030", "0102030", "(555) 010-2030"]


@pytest.mark.parametrize("query", PHONE_QUERIES)
def test_phone_numbers_are_found_whatever_their_punctuation(services: Services, query: str) -> None:
    wanted = add_contact(services, given="Phone", family="Owner", phones=[{"value": "+1 555-010-2030"}])
    add_contact(services, given="Other", family="Number", phones=[{"value": "+1 555-010-9999"}])
    assert found(services, query) == [wanted]


@pytest.mark.parametrize("query", PHONE_QUERIES)
def test_a_national_number_is_found_by_its_international_form(services: Services, query: str) -> None:
    services.settings.set_default_country("US")
    wanted = add_contact(services, given="National", phones=[{"value": "(555) 010-2030"}])
    add_contact(services, given="Other", phones=[{"value": "(555) 010-9999"}])
    assert found(services, query) == [wanted]


def test_both_forms_of_the_same_number_are_found_together(services: Services) -> None:
    services.settings.set_default_country("US")
    international = add_contact(services, given="Intl", phones=[{"value": "+1 555-010-2030"}])
    national = add_contact(services, given="Natl", phones=[{"value": "(555) 010-2030"}])
    for query in ("+1 (555) 010 2030", "5550102030", "010-2030"):
        assert set(found(services, query)) == {international, national}, query


def test_changing_the_default_country_reindexes_phone_numbers(services: Services) -> None:
    contact = add_contact(services, given="Reykjavik", phones=[{"value": "555 1234"}])
    assert found(services, "+354 555 1234") == [contact]  # the national part alone matches
    services.settings.set_default_country("IS")
    assert found(services, "3545551234") == [contact]  # now indexed in E.164 form too


def test_a_number_in_a_street_address_is_found_as_typed(services: Services) -> None:
    contact = add_contact(services, given="Street", addresses=[{"street": "221 Baker Street", "locality": "London"}])
    assert found(services, "221") == [contact]


# ----- email addresses -----


@pytest.mark.parametrize("query", ["someone.special", "special", "example.org", "@exam", "special@example", "so", "or"])
def test_email_addresses_are_found_by_any_part(services: Services, query: str) -> None:
    wanted = add_contact(services, given="Mail", family="Person", emails=[{"value": "someone.special@example.org"}])
    add_contact(services, given="Nobody", emails=[{"value": "zz@qq.test"}])
    assert found(services, query) == [wanted]


def test_a_company_is_found_by_its_email_and_phone(services: Services, world: World) -> None:
    assert world.company in found(services, "info@acme")
    assert world.company in found(services, "010-9999")


# ----- one and two characters -----


def test_one_and_two_characters_match_the_start_of_any_name_part(services: Services) -> None:
    bob = add_contact(services, given="Bob", family="Stone")
    jona = add_contact(services, given="Jóna", family="Kára")
    assert found(services, "b") == [bob]
    assert found(services, "St") == [bob]
    assert found(services, "j") == [jona]
    assert found(services, "ká") == [jona]
    assert found(services, "ka") == [jona]
    assert found(services, "ob") == []  # inside a word is not a start: three letters are needed for that
    assert found(services, "bo st") == [bob]  # every word must match


def test_a_two_character_cjk_query_matches_a_name_part(services: Services) -> None:
    taro = add_contact(services, given="太郎", family="山田")
    hanako = add_contact(services, given="花子", family="田中")
    assert found(services, "山") == [taro]
    assert found(services, "田中") == [hanako]


def test_short_and_long_words_combine(services: Services) -> None:
    anna = add_contact(services, given="Anna", family="Jónsdóttir")
    add_contact(services, given="Bert", family="Jónsdóttir")
    assert found(services, "an dótt") == [anna]


# ----- ranking -----


def test_exact_names_first_then_prefixes_then_the_rest(services: Services) -> None:
    elsewhere = add_contact(services, given="Zed", emails=[{"value": "ann@example.org"}])
    inside = add_contact(services, given="Marianne")
    later_word = add_contact(services, given="Joanna", family="Ann-Marie")
    prefix = add_contact(services, given="Anna", family="Berg")
    exact = add_contact(services, given="Ann")
    results = services.search.search("ann")
    assert [r.id for r in results] == [exact, prefix, later_word, inside, elsewhere]
    assert [r.tier for r in results] == [0, 1, 2, 3, 6]


def test_ranking_ignores_case_and_accents(services: Services) -> None:
    other = add_contact(services, given="Éva", family="Nagy")
    exact = add_contact(services, given="Eva")
    assert found(services, "EVA") == [exact, other]


# ----- the Trash, renames and other record types -----


def test_deleted_records_leave_search_and_come_back_on_restore(services: Services, world: World) -> None:
    cases = [
        (services.contacts, world.anna, "Anna Berg"),
        (services.companies, world.company, "Acme Ltd"),
        (services.activities, world.call, "Call Anna"),
        (services.notes, world.note, "trade fair"),
        (services.deals, world.deal, "renewal"),
    ]
    for service, record_id, query in cases:
        assert record_id in found(services, query), query
        service.delete(record_id)
        assert record_id not in found(services, query), query
        service.restore(record_id)
        assert record_id in found(services, query), query


def test_an_erased_record_is_gone_from_search(services: Services, world: World) -> None:
    services.contacts.delete(world.bob)
    services.history.erase("contact", world.bob)
    assert found(services, "Bob Stone") == []
    assert services.maintenance.check().ok


def test_renaming_a_company_reindexes_its_people(services: Services) -> None:
    person = add_contact(services, given="Pat", family="Lee", company_name="Initech")
    assert found(services, "initech", types=["contact"]) == [person]
    company = services.contacts.get(person).company
    assert company is not None
    services.companies.update(company.id, validate(CompanyUpdate, name="Globex"))
    assert found(services, "globex", types=["contact"]) == [person]
    assert found(services, "initech") == []


def test_activities_notes_and_deals_are_found_by_their_text(services: Services) -> None:
    activity = services.activities.schedule(
        validate(ActivityCreate, subject="Quarterly review", details="bring the zucchini samples")
    ).id
    note = services.notes.add(validate(NoteCreate, body="Likes sailing\nOwns a catamaran")).id
    deal = services.deals.create(validate(DealCreate, name="Fleet of tractors")).id
    assert found(services, "quarterly") == [activity]
    assert found(services, "zucchini") == [activity]
    assert found(services, "catamaran") == [note]
    assert found(services, "sailing") == [note]
    assert found(services, "tractors") == [deal]
    assert found(services, "fl") == [deal]


def test_an_activity_outcome_is_searchable_once_cleared(services: Services) -> None:
    activity = services.activities.schedule(validate(ActivityCreate, subject="Demo")).id
    services.activities.clear(activity, outcome="signed the pilot agreement")
    assert found(services, "pilot agree") == [activity]


def test_search_results_carry_a_second_line(services: Services, world: World) -> None:
    (anna,) = services.search.search("Anna Berg")
    assert (anna.record_type, anna.display_name) == ("contact", "Anna Berg")
    assert anna.detail == "Buyer · Acme Ltd · anna@acme.example"
    assert anna.as_json()["type"] == "contact"


def test_same_named_results_are_told_apart(services: Services) -> None:
    """Same-named companies by their city and industry, and two people alike in title, company and email by their
    phone number (the facts every list uses, services/disambiguation.py)."""
    services.companies.create(
        validate(CompanyCreate, name="Contoso", industry="Retail", addresses=[{"locality": "Leeds"}])
    )
    services.companies.create(validate(CompanyCreate, name="Contoso", industry="Mining"))
    add_contact(
        services, given="Jan", family="Novak", emails=[{"value": "jan@example.cz"}], phones=[{"value": "+420 1"}]
    )
    add_contact(
        services, given="Jan", family="Novak", emails=[{"value": "jan@example.cz"}], phones=[{"value": "+420 2"}]
    )
    add_contact(services, given="Jan", family="Novakova", emails=[{"value": "jana@example.cz"}])
    companies = services.search.search("contoso", types=["company"])
    assert sorted(r.detail for r in companies) == ["Leeds · Retail", "Mining"]
    people = services.search.search("jan novak", types=["contact"])
    assert sorted(r.detail for r in people) == ["jan@example.cz · +420 1", "jan@example.cz · +420 2", "jana@example.cz"]
    assert [s.detail for s in services.companies.suggest("cont")] == [("Leeds", "Retail"), ("Mining",)]


def test_types_limit_what_is_searched(services: Services, world: World) -> None:
    assert set(found(services, "acme", types=["company"])) == {world.company}
    assert world.company not in found(services, "acme", types=["contact"])
    assert found(services, "acme", types=[]) == []


def test_tags_notes_and_titles_are_searchable(services: Services) -> None:
    contact = add_contact(services, given="Tess", tags=["trade-show-2030"], note="allergic to peanuts", title="CFO")
    assert found(services, "trade-show") == [contact]
    assert found(services, "peanut") == [contact]
    assert found(services, "cfo") == [contact]


def test_limit_caps_the_results(services: Services) -> None:
    services.contacts.create_many([validate(ContactCreate, given=f"Smith {n}") for n in range(30)])
    assert len(found(services, "smith", limit=10)) == 10
    assert len(found(services, "smith")) == 30


# ----- odd input -----

ODD_QUERIES = [
    "",
    "   ",
    '"',
    '""',
    '"unbalanced',
    "'",
    "*",
    "**",
    "-",
    "--",
    "+",
    "AND",
    "OR",
    "NOT",
    "a AND b",
    "NEAR(",
    "NEAR(a b)",
    "name:ann",
    "{name}: x",
    "^ann",
    "(",
    ")",
    "ann*",
    "😀",
    "👩‍👩‍👧",
    "\u0301abc",
    "\u0e48",
    "\x00",
    "a\x00b",
    "%_%",
    "\\",
    "x" * 5000,
    "ann " * 300,
    "+",
    "+1",
    "()",
    "0",
]


@pytest.mark.parametrize("query", ODD_QUERIES, ids=[repr(q[:12]) for q in ODD_QUERIES])
def test_odd_input_never_makes_search_fail(services: Services, query: str) -> None:
    ann = add_contact(services, given="Ann", emails=[{"value": "ann@example.org"}])
    results = services.search.search(query)
    assert all(r.id == ann for r in results)


def test_a_name_starting_with_a_combining_mark_can_be_stored_and_found(services: Services) -> None:
    """Regression: fold() looked up the base letter of a leading combining mark and raised (ord of '')."""
    contact = add_contact(services, given="\u0301Ann", family="\u0e38Test")
    assert contact in found(services, "\u0301ann")
    assert contact in found(services, "ann")


# ----- properties -----

SCRIPTS = (
    "abcdefghijklmnopqrstuvwxyzáéíóúýðþæøöüñçàèìòùâêîôûäëïÿåčšžłńśźżőűßİı"
    "ABCDEFGHIJKLMNOPQRSTUVWXYZÁÉÍÓÚÝÐÞÆØÖÜÑÇ"
    "абвгдежзийклмнопрстуфхцчшщъыьэюяёАБВГДЕЁЖЗИЙ"
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊΐΑΒΓΔΣΩ"
    "กขคงจฉชซญดตถทนบปผพฟภมยรลวศษสหอฮะัาำิีึืุูเแโใไ่้๊๋"
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیءآأؤئ"
    "山田太郎花子李王张陈あいうえおかきくけこアイウエオ김이박최민준서연"
)
name_parts = st.text(alphabet=SCRIPTS, min_size=1, max_size=10)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """One database for the property tests below: each example adds a person and looks for them."""
    home = tmp_path_factory.mktemp("search-properties")
    services = open_database(home / "cardfile.db", auto_backup=False)
    yield services
    services.close()


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given_name=name_parts, family=name_parts, data=st.data())
def test_any_substring_of_a_folded_name_finds_it(
    shared: Services, given_name: str, family: str, data: st.DataObject
) -> None:
    contact = add_contact(shared, given=given_name, family=family)
    folded = fold(shared.contacts.get(contact).display_name)
    start = data.draw(st.integers(0, max(0, len(folded) - 3)), label="start")
    length = data.draw(st.integers(3, 12), label="length")
    query = folded[start : start + length]
    assume(len(query) >= 3 and not any(ch.isspace() for ch in query) and any(ch.isalnum() for ch in query))
    assert contact in found(shared, query, limit=1000)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(given_name=name_parts, family=name_parts, which=st.sampled_from(["given", "family"]), size=st.integers(1, 2))
def test_the_first_characters_of_any_name_part_find_it(
    shared: Services, given_name: str, family: str, which: str, size: int
) -> None:
    contact = add_contact(shared, given=given_name, family=family)
    part = fold(given_name if which == "given" else family)
    query = part[:size]
    assume(query[:1].isalnum() and len(query.split()) == 1)
    assert contact in found(shared, query, limit=1000)


def test_search_works_on_a_reopened_database(db_path: Path) -> None:
    with open_database(db_path) as services:
        contact = add_contact(services, given="Persisted")
    with open_database(db_path) as services:
        assert found(services, "persist") == [contact]


def test_a_repeating_activity_is_found_once_as_its_series(services: Services) -> None:
    """Regression: each occurrence changed, cleared or skipped on its own is a record of its own (an exception), and
    search listed every one beside the series, so thirty cleared stand-ups read as thirty activities."""
    from datetime import UTC, datetime

    from cardfile.domain.models import ActivityCreate, ActivityUpdate

    a = services.activities
    series = a.schedule(ActivityCreate(subject="Weekly stand-up", starts_at=datetime(2025, 3, 3, 9, tzinfo=UTC),
                                       rrule="FREQ=WEEKLY"))  # fmt: skip
    a.clear(series.id, occurrence=datetime(2025, 3, 10, 9, tzinfo=UTC))
    a.skip_occurrence(series.id, datetime(2025, 3, 17, 9, tzinfo=UTC))
    renamed = a.update_occurrence(series.id, datetime(2025, 3, 24, 9, tzinfo=UTC),
                                  ActivityUpdate(subject="Weekly stand-up with the board"))  # fmt: skip
    assert found(services, "stand-up") == [series.id, renamed.id]  # a renamed occurrence by its own name
    assert found(services, "board") == [renamed.id]
