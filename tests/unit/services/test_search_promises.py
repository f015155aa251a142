"""What the README's "What search finds" promises, row by row, in the five scripts Cardfile's users write in
(Icelandic, Japanese, Persian, Thai, Russian) and the others it names: each row stores a person, types a query and
expects that person found, while a decoy written in the same script is not."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from cardfile.services import Services
from cardfile.services.search import find, find_json
from cardfile.store.reading import open_snapshot
from tests.helpers import add_contact


@dataclass(frozen=True)
class Promise:
    script: str
    stored: dict[str, Any]
    query: str
    decoy: dict[str, Any] = field(default_factory=dict)
    country: str | None = None  # the default country set in the settings


def name(given: str, family: str) -> dict[str, Any]:
    return {"given": given, "family": family}


def phone(script: str, stored: str, query: str, decoy: str, country: str | None = None) -> Promise:
    return Promise(script, {"phones": [{"value": stored}]}, query, {"phones": [{"value": decoy}]}, country)


PROMISES = [
    # Any three letters or more anywhere, ignoring case and accents
    Promise("icelandic", name("Guðrún", "Jónsdóttir"), "sdótt", name("Sigrún", "Ólafs")),
    Promise("icelandic", name("Guðrún", "Jónsdóttir"), "JONSDOTTIR", name("Jón", "Ólafs")),
    Promise("russian", name("Анна", "Петрова"), "етров", name("Анна", "Иванова")),
    Promise("persian", name("مریم", "کریمی"), "ریمی", name("مریم", "رضایی")),
    Promise("thai", {"display_name": "คุณสมชาย ใจดี (ฝ่ายขาย)"}, "สมชาย", {"display_name": "คุณสมศรี มีสุข"}),
    Promise("japanese", name("太郎", "山田"), "田太郎", name("花子", "田中")),
    # One or two letters: the start of a name part in scripts written with spaces
    Promise("icelandic", name("Jóna", "Kára"), "ká", name("Ólöf", "Jakobs")),
    Promise("russian", name("Анна", "Петрова"), "пе", name("Анна", "Спесивцева")),
    Promise("persian", name("مریم", "کریمی"), "کر", name("مریم", "شاکری")),
    # ... and any part in scripts written without spaces
    Promise("japanese", name("太郎", "山田"), "田", name("花子", "小林")),
    Promise("japanese", name("太郎", "山田"), "太郎", name("次郎", "佐藤")),
    Promise("japanese", {"display_name": "山田商事", "given": ""}, "商事", {"display_name": "山田物産"}),
    Promise("chinese", name("小明", "王"), "明", name("小红", "李")),
    Promise("thai", name("สมชาย", "ใจดี"), "ดี", name("สมชาย", "มีสุข")),
    Promise("thai", name("สมชาย", "ใจดี"), "ชา", name("สมศรี", "มีสุข")),
    Promise("korean", name("민준", "김"), "준", name("서연", "김")),
    # Letters that are the same to a reader
    Promise("icelandic", name("Þórður", "Sigurðsson"), "thordur", name("Tómas", "Sig")),
    Promise("icelandic", name("Þórður", "Sigurðsson"), "sigurdss", name("Sigurður", "Á")),
    Promise("icelandic", name("Ævar", "Björnsson"), "aevar", name("Ívar", "Björnsson")),
    Promise("icelandic", name("Ævar", "Björnsson"), "bjorn", name("Ævar", "Bergsson")),
    Promise("icelandic", name("Ævar", "Björnsson"), "æv", name("Ívar", "Björnsson")),
    Promise("icelandic", name("Þórður", "Sigurðsson"), "Sigurðs", name("Sigurður", "Á")),
    Promise("japanese", name("ヤマダ", ""), "やまだ", {"given": "ヤマモト"}),
    Promise("japanese", name("やまだ", ""), "ヤマダ", {"given": "やまもと"}),
    Promise("japanese", name("ヤマダ", ""), "ﾔﾏﾀﾞ", {"given": "ヤマモト"}),
    Promise("japanese", name("ヤマダ", ""), "ま", {"given": "タナカ"}),
    Promise("japanese", {"display_name": "ＡＢＣ商事"}, "abc", {"display_name": "XYZ商事"}),
    Promise("persian", name("مریم", "کریمی"), "كريمي", name("مریم", "رحیمی")),  # ك ي
    Promise("persian", name("آرش", "کمانگیر"), "ارش", name("اردلان", "کمانگیر")),  # آ
    Promise("persian", name("احمد", "رضایی"), "أحمد", name("محمود", "رضایی")),  # أ
    Promise("persian", name("فاطمه", "رضایی"), "فاطمة", name("فرزانه", "رضایی")),  # ة
    Promise("persian", name("محمد", "رضایی"), "مـحـمـد", name("محمود", "رضایی")),  # ـ
    Promise("persian", name("محمد", "رضایی"), "مُحَمَّد", name("محمود", "رضایی")),  # harakat
    Promise("persian", name("مهدی", "نیک\u200cنام"), "نیکنام", name("مهدی", "نیک")),  # ZWNJ
    Promise("persian", name("مهدی", "نیکنام"), "نیک\u200cنام", name("مهدی", "نیک")),
    Promise("russian", name("Пётр", "Ёлкин"), "петр елкин", name("Пётр", "Волков")),
    Promise("russian", name("Петр", "Елкин"), "Ёлкин", name("Петр", "Волков")),
    # Latin letters find Cyrillic and Greek names
    Promise("russian", name("Анна", "Петрова"), "petrova", name("Анна", "Иванова")),
    Promise("russian", name("Анна", "Петрова"), "anna petr", name("Анна", "Иванова")),
    Promise("russian", name("Михаил", "Щукин"), "shchuk", name("Михаил", "Жуков")),
    Promise("russian", name("Анна", "Петрова"), "pe", name("Анна", "Иванова")),
    Promise("greek", name("Σωκράτης", "Παπαδόπουλος"), "papadopoulos", {"family": "Γεωργίου"}),
    # Phone numbers whatever their punctuation, as dialled at home
    phone("russian", "+7 495 123-45-67", "8 (495) 123-45-67", "+7 495 123-45-68"),
    phone("russian", "+7 495 123-45-67", "84951234567", "+7 495 123-45-68"),
    phone("russian", "+7 495 123-45-67", "123-45-67", "+7 495 123-45-68"),
    phone("russian", "8 (495) 123-45-67", "+7 495 1234567", "+7 495 123-45-68", "RU"),
    phone("japanese", "+81 3-1234-5678", "03-1234-5678", "+81 3-1234-5679"),
    phone("japanese", "03-1234-5678", "+81 3-1234-5678", "03-1234-5679", "JP"),
    phone("japanese", "03-1234-5678", "+81312345678", "03-1234-5679", "JP"),
    phone("icelandic", "555 1234", "+354 555-1234", "555 1235", "IS"),
    phone("icelandic", "+354 555 1234", "5551234", "+354 555 1235"),
    phone("persian", "021 8888 7777", "+98 21 8888 7777", "021 8888 7776", "IR"),
    phone("persian", "+98 21 8888 7777", "۰۲۱۸۸۸۸۷۷۷۷", "+98 21 8888 7776"),
    phone("thai", "+66 2 123 4567", "02-123-4567", "+66 2 123 4568"),
    # Part of an email address
    Promise("icelandic", {"emails": [{"value": "anna@nordurljos.is"}]}, "nordurlj", {"emails": [{"value": "s@x.is"}]}),
]  # fmt: skip


def _person(fields: dict[str, Any]) -> dict[str, Any]:
    """The rows about phone numbers and emails give none: a person needs a name."""
    named = any(key in fields for key in ("given", "family", "display_name"))
    return fields if named else {"given": "Ann", **fields}


@pytest.mark.parametrize("promise", PROMISES, ids=[f"{p.script}: {p.query}" for p in PROMISES])
def test_search_finds_what_the_readme_promises(services: Services, promise: Promise) -> None:
    if promise.country:
        services.settings.set_default_country(promise.country)
    add_contact(services, **_person(promise.decoy))
    wanted = add_contact(services, **_person(promise.stored))
    assert [r.id for r in services.search.search(promise.query)] == [wanted]
    assert_read_quickly_alike(services, promise.query)


def assert_read_quickly_alike(services: Services, query: str, **options: Any) -> None:
    """Issue #14: `cardfile search` reads a current database through sqlite3 alone (`SearchReader`, no services):
    its results are the service's, field by field, and its JSON is what the command printed when it read every
    person and company found again through their services (`as_json()`'s emails, phones, company and tags)."""
    results = services.search.search(query, **options)
    expected_json = []
    for result in results:
        data = result.as_json()
        if result.record_type in ("contact", "company"):
            service = services.contacts if result.record_type == "contact" else services.companies
            record = service.get(result.id).as_json()
            data.update({key: record[key] for key in ("emails", "phones", "company", "tags")})
        expected_json.append(data)
    snapshot = open_snapshot(services.db.path)
    assert snapshot is not None
    try:
        assert find(snapshot, query, **options) == results
        assert find_json(snapshot, query, **options) == expected_json
    finally:
        snapshot.close()
    assert services.search.search_json(query, **options) == expected_json


# ----- ranking -----


def test_the_start_of_a_name_ranks_before_a_match_inside_it_in_scripts_without_spaces(services: Services) -> None:
    inside = add_contact(services, given="太郎", family="山田")
    start = add_contact(services, given="花子", family="田中")
    assert [r.id for r in services.search.search("田")] == [start, inside]


def test_a_name_in_the_query_s_own_script_ranks_before_one_found_through_latin_letters(services: Services) -> None:
    cyrillic = add_contact(services, given="Анна", family="Петрова")
    latin = add_contact(services, given="Olga", family="Petrova")
    elsewhere = add_contact(services, given="Zed", emails=[{"value": "petrova@example.org"}])
    results = services.search.search("petrova")
    assert [r.id for r in results] == [latin, cyrillic, elsewhere]
    assert [r.tier for r in results] == [2, 4, 6]


def test_a_latin_letter_inside_a_transliterated_name_ranks_after_its_start(services: Services) -> None:
    inside = add_contact(services, given="Анастасия", family="Орлова")
    start = add_contact(services, given="Станислав", family="Орлов")
    assert [r.id for r in services.search.search("sta")] == [start, inside]


# ----- the default country, read the way the settings read it -----


def test_without_a_stored_country_the_locale_s_country_places_national_numbers(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: the index read only the stored setting, while the settings fell back to the locale, so with a
    Japanese locale and no country set '+81 3-1234-5678' did not find 03-1234-5678."""
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *a: ("ja_JP", "UTF-8"))
    assert services.settings.default_country() == "JP"
    wanted = add_contact(services, given="Taro", phones=[{"value": "03-1234-5678"}])
    assert [r.id for r in services.search.search("+81 3-1234-5678")] == [wanted]


def test_numbers_indexed_under_another_locale_are_still_found(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The locale may change between runs (a cron job, another user); nothing is indexed again for it, and numbers
    indexed before are found all the same, by the national significant number every form of them holds."""
    import locale

    monkeypatch.setattr(locale, "getlocale", lambda *a: ("ja_JP", "UTF-8"))
    tokyo = add_contact(services, given="Taro", phones=[{"value": "03-1234-5678"}])
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("C", None))
    moscow = add_contact(services, given="Pyotr", phones=[{"value": "8 (495) 123-45-67"}])
    assert [r.id for r in services.search.search("+81 3-1234-5678")] == [tokyo]
    monkeypatch.setattr(locale, "getlocale", lambda *a: ("ru_RU", "UTF-8"))
    assert [r.id for r in services.search.search("+7 495 123-45-67")] == [moscow]
    assert [r.id for r in services.search.search("03-1234-5678")] == [tokyo]


# ----- the quick read path finds what the service finds, for every kind of record -----


@pytest.mark.parametrize(
    ("query", "options"),
    [
        ("acme", {}),  # a company, its people, its deal, a note about it
        ("anna", {}),
        ("an", {"limit": 2}),
        ("555-010", {}),  # phone numbers of a person and a company
        ("springfield", {}),  # an address
        ("catch", {}),  # a repeating meeting, found once as its series
        ("trade fair", {"types": ["note"]}),
        ("quote", {}),  # a note's second line
        ("renewal", {"types": ["deal", "company"]}),
        ("vip", {}),
        ("timer", {}),  # in the Trash: nothing
        ("a", {"limit": 500}),
    ],
)
def test_the_quick_read_path_finds_what_the_service_finds(
    services: Services, world: Any, query: str, options: dict[str, Any]
) -> None:
    from cardfile.domain.models import CompanyCreate, validate

    services.companies.create(validate(CompanyCreate, name="Acme Subsidiary", parent_id=world.company))
    assert services.search.search(query, **options) or query == "timer"
    assert_read_quickly_alike(services, query, **options)
