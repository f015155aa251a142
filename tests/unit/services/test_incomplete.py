"""Incomplete records: without email and phone, without a company, without activity for N months."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import ActivityCreate, CompanyCreate, validate
from cardfile.services import Services, open_database
from tests.helpers import FixedClock, add_contact

NOW = datetime(2031, 6, 15, 12, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def book(db_path: Path, clock: FixedClock) -> Iterator[tuple[Services, dict[str, str]]]:
    with open_database(db_path, now=clock) as s:
        call = s.activities.resolve_type("call")

        def talk(person: str, days_ago: int) -> None:
            when = NOW - timedelta(days=days_ago)
            s.activities.schedule(
                validate(ActivityCreate, type_id=call, subject="Call", starts_at=when, contact_ids=[person])
            )

        people = {
            "complete": add_contact(s, given="Anna", emails=[{"value": "anna@acme.example"}], company_name="Acme"),
            "no_channels": add_contact(s, given="Bob", company_name="Acme"),
            "phone_only": add_contact(s, given="Cleo", phones=[{"value": "+1 555 010 2030"}], company_name="Acme"),
            "no_company": add_contact(s, given="Dan", emails=[{"value": "dan@example.org"}]),
            "nothing": add_contact(s, given="Eve"),
        }
        talk(people["complete"], 45)
        talk(people["no_channels"], 45)
        talk(people["phone_only"], 400)  # a year and more ago
        talk(people["no_company"], -10)  # a call to come counts as activity
        yield s, people


def test_people_without_email_and_phone(book: tuple[Services, dict[str, str]]) -> None:
    s, p = book
    assert set(s.incomplete.find(no_email_or_phone=True)) == {p["no_channels"], p["nothing"]}


def test_people_without_a_company(book: tuple[Services, dict[str, str]]) -> None:
    s, p = book
    assert set(s.incomplete.find(no_company=True)) == {p["no_company"], p["nothing"]}


def test_people_without_activity_for_months_count_back_from_today(
    book: tuple[Services, dict[str, str]], clock: FixedClock
) -> None:
    s, p = book
    assert set(s.incomplete.find(idle_months=12)) == {p["phone_only"], p["nothing"]}
    assert set(s.incomplete.find(idle_months=1)) == {p["phone_only"], p["nothing"], p["complete"], p["no_channels"]}
    saved = s.incomplete.save("Idle for a year", idle_months=12)
    assert set(s.lookups.run(saved.id)) == {p["phone_only"], p["nothing"]}
    clock.now = NOW + timedelta(days=400)  # a year later the saved lookup counts back from the new day
    assert set(s.lookups.run(saved.id)) == set(p.values())


def test_ways_combine_in_any_or_all(book: tuple[Services, dict[str, str]]) -> None:
    s, p = book
    anything = s.incomplete.find(no_email_or_phone=True, no_company=True, idle_months=12)
    assert set(anything) == {p["no_channels"], p["nothing"], p["no_company"], p["phone_only"]}
    everything = s.incomplete.find(no_email_or_phone=True, no_company=True, idle_months=12, match="all")
    assert everything == [p["nothing"]]
    assert s.incomplete.counts(idle_months=12) == {"no_email_or_phone": 2, "no_company": 2, "idle": 2}


def test_companies_are_incomplete_without_email_and_phone_or_activity(services: Services) -> None:
    bare = services.companies.create(validate(CompanyCreate, name="Bare Ltd")).id
    services.companies.create(validate(CompanyCreate, name="Reachable", emails=[{"value": "info@r.example"}]))
    assert services.incomplete.find("company", no_email_or_phone=True) == [bare]
    with pytest.raises(ValidationError, match="only people"):
        services.incomplete.find("company", no_company=True)
    with pytest.raises(ValidationError, match="say how"):
        services.incomplete.find()


def test_a_lookup_rejects_months_that_are_not_a_number(services: Services) -> None:
    with pytest.raises(ValidationError, match="number of months"):
        services.lookups.run_query(
            {"conditions": [{"field": "activity", "op": "no_activity_for_months", "value": "soon"}]}
        )
    with pytest.raises(ValidationError, match="is empty"):
        services.lookups.run_query({"conditions": [{"field": "email_or_phone", "op": "contains", "value": "x"}]})
