"""The duplicate scan, the check of one record being typed, and "not a duplicate"."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import CompanyCreate, ContactCreate, validate
from cardfile.services import Services
from cardfile.services.duplicates import not_duplicate_id
from tests.helpers import add_contact


@pytest.fixture
def people(services: Services) -> dict[str, str]:
    """Pairs of every kind the rules know, and people who only look alike."""
    services.settings.set_default_country("DE")
    acme = services.companies.create(validate(CompanyCreate, name="Acme GmbH")).id
    ids = {
        "anna": add_contact(services, given="Anna", family="Berg", emails=[{"value": "anna.berg@acme.example"}]),
        "anna_case": add_contact(services, given="Anna", family="Berg", emails=[{"value": "Anna.Berg@ACME.example"}]),
        "jon": add_contact(services, given="Jón", family="Jónsson", phones=[{"value": "+49 30 1234567"}]),
        "jon_plain": add_contact(services, given="Jon", family="Jonsson", phones=[{"value": "030 1234567"}]),
        "petrova": add_contact(services, given="Анна", family="Петрова", company_id=acme),
        "petrova_latin": add_contact(services, given="Anna", family="Petrova", company_id=acme),
        "smith": add_contact(services, given="John", family="Smith", company_id=acme),
        "smith_swapped": add_contact(services, given="Smith", family="John", company_id=acme),
        "smith_typo": add_contact(services, given="John", family="Smiht", company_id=acme),
        # namesakes at two companies, and a shared switchboard: not duplicates
        "lee_a": add_contact(services, given="Mary", family="Lee", company_name="Initech"),
        "lee_b": add_contact(services, given="Mary", family="Lee", company_name="Globex"),
        "desk_a": add_contact(services, given="Ola", family="Nordmann", phones=[{"value": "+49 40 555000"}]),
        "desk_b": add_contact(services, given="Kari", family="Hansen", phones=[{"value": "040 555000"}]),
    }
    return ids


def _pairs(scan: Any) -> set[frozenset[str]]:
    return {frozenset((p.first_id, p.second_id)) for g in scan.groups for p in g.pairs}


def test_the_scan_finds_every_kind_of_duplicate_and_nothing_else(services: Services, people: dict[str, str]) -> None:
    scan = services.duplicates.scan()
    found = _pairs(scan)
    p = people
    assert frozenset((p["anna"], p["anna_case"])) in found  # email in other case
    assert frozenset((p["jon"], p["jon_plain"])) in found  # phone national/international, accents dropped
    assert frozenset((p["petrova"], p["petrova_latin"])) in found  # transliterated, same company
    assert frozenset((p["smith"], p["smith_swapped"])) in found  # word order
    assert frozenset((p["smith"], p["smith_typo"])) in found  # a typo
    names = {p[k] for k in ("lee_a", "lee_b", "desk_a", "desk_b")}
    assert not any(pair & names for pair in found), "namesakes elsewhere and a switchboard are not duplicates"
    assert scan.scanned == len(people) and not scan.cancelled


def test_pairs_joined_through_a_record_are_one_group(services: Services, people: dict[str, str]) -> None:
    scan = services.duplicates.scan()
    smiths = {people["smith"], people["smith_swapped"], people["smith_typo"]}
    (group,) = [g for g in scan.groups if set(g.ids) & smiths]
    assert set(group.ids) == smiths and len(group.names) == 3
    assert group.score == max(p.score for p in group.pairs)
    assert all({"name", "company"} <= {r.code for r in pair.reasons} for pair in group.pairs)


def test_a_pair_marked_not_a_duplicate_is_not_proposed_again(services: Services, people: dict[str, str]) -> None:
    pair = [people["anna"], people["anna_case"]]
    assert services.duplicates.mark_not_duplicates(pair) == 1
    assert frozenset(pair) not in _pairs(services.duplicates.scan())
    assert services.duplicates.mark_not_duplicates(list(reversed(pair))) == 0, "marked once, whichever order"
    (mark,) = services.duplicates.not_duplicates()
    assert mark.id == not_duplicate_id("contact", *pair) and {mark.first_name, mark.second_name} == {"Anna Berg"}
    assert [c.id for c in services.duplicates.check({"given": "Anna", "family": "Berg"}, exclude_id=pair[0])] == []

    services.history.undo()  # the mark is an action like any other
    assert frozenset(pair) in _pairs(services.duplicates.scan())
    services.history.redo()
    assert services.duplicates.unmark_not_duplicates(pair) == 1
    assert frozenset(pair) in _pairs(services.duplicates.scan())
    assert services.duplicates.mark_not_duplicates(pair) == 1, "marked again after taking it back"


def test_marking_a_group_marks_every_pair_in_it(services: Services, people: dict[str, str]) -> None:
    smiths = [people["smith"], people["smith_swapped"], people["smith_typo"]]
    assert services.duplicates.mark_not_duplicates(smiths) == 3
    assert not any(pair & set(smiths) for pair in _pairs(services.duplicates.scan()))


def test_marking_needs_two_records_that_exist(services: Services, people: dict[str, str]) -> None:
    with pytest.raises(ValidationError):
        services.duplicates.mark_not_duplicates([people["anna"]])
    with pytest.raises(NotFound):
        services.duplicates.mark_not_duplicates([people["anna"], "0190aaaa-0000-7000-8000-00000000dead"])
    with pytest.raises(ValidationError, match="contacts and companies"):
        services.duplicates.scan("deal")


def test_the_scan_reports_progress_and_stops_when_cancelled(services: Services, people: dict[str, str]) -> None:
    stages: list[tuple[int, int, str]] = []
    services.duplicates.scan(progress=lambda done, total, stage: stages.append((done, total, stage)))
    assert stages[0][2] == "reading" and stages[-1][2] == "grouping"
    cancel = threading.Event()
    cancel.set()
    stopped = services.duplicates.scan(cancel=cancel)
    assert stopped.cancelled and stopped.groups == ()


def test_trashed_and_merged_records_are_not_scanned(services: Services, people: dict[str, str]) -> None:
    services.contacts.delete(people["anna_case"])
    services.merging.merge(people["smith"], [people["smith_typo"]])
    found = _pairs(services.duplicates.scan())
    assert not any(people["anna_case"] in pair or people["smith_typo"] in pair for pair in found)


def test_the_check_while_typing_points_out_the_likely_duplicate(services: Services, people: dict[str, str]) -> None:
    check = services.duplicates.check
    (first, *_rest) = check(
        validate(ContactCreate, given="Anna", family="Berg", emails=[{"value": "ANNA.BERG@acme.example"}])
    )
    assert first.likely and first.id in (people["anna"], people["anna_case"])
    assert {r.code for r in first.reasons} >= {"email", "name"}
    by_phone = check({"given": "Jon", "family": "Jónsson", "phones": [{"value": "030/123 45 67"}]})
    assert {c.id for c in by_phone if c.likely} == {people["jon"], people["jon_plain"]}
    by_company = check({"given": "John", "family": "Smtih"}, company_name="ACME GmbH")  # a typo, the company by name
    assert people["smith"] in [c.id for c in by_company if c.likely]
    namesakes = check({"given": "Mary", "family": "Lee"})
    assert {c.id for c in namesakes} == {people["lee_a"], people["lee_b"]} and not any(c.likely for c in namesakes)
    assert check({"given": "Zoë", "family": "Unknown"}) == []


def test_the_check_of_a_record_being_edited_leaves_it_out(services: Services, people: dict[str, str]) -> None:
    found = services.duplicates.check({"given": "Anna", "family": "Berg"}, exclude_id=people["anna"])
    assert [c.id for c in found] == [people["anna_case"]]


def test_companies_are_scanned_and_checked_too(services: Services) -> None:
    acme = services.companies.create(validate(CompanyCreate, name="Acme Ltd", website="https://www.acme.example")).id
    other = services.companies.create(validate(CompanyCreate, name="ACME Inc.")).id
    services.companies.create(validate(CompanyCreate, name="Globex", website="globex.example"))
    scan = services.duplicates.scan("company")
    assert [set(g.ids) for g in scan.groups] == [{acme, other}]
    found = services.duplicates.check({"name": "Acme"}, record_type="company")
    assert {c.id for c in found if c.likely} == {acme, other}
