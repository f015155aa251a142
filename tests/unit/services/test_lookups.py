"""Lookups: every field with every operator that applies to it, on people and on companies, run and saved.

Three records per type are enough to tell a right answer from a wrong one: FULL has every field set (with capitals
and accents, so matching must ignore case and accents), OTHER has different values everywhere, and EMPTY has as
little as a record can have. Each condition's expected result follows from which of them holds a value.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.lookup import COMPANY_FIELDS, CONTACT_FIELDS, LookupQuery
from cardfile.domain.models import (
    ActivityCreate,
    CompanyCreate,
    CompanyUpdate,
    ContactCreate,
    ContactUpdate,
    CustomFieldCreate,
    validate,
)
from cardfile.services import Services, open_database

TEXT_OPS = ("contains", "equals", "starts_with", "is", "is_not", "is_empty", "is_not_empty")
DATE_OPS = ("before", "after", "is", "is_empty", "is_not_empty")
TAG_OPS = ("is", "is_not", "is_empty", "is_not_empty")


class Calendar:
    """The clock the database is opened with, moved by hand so records are created on chosen days."""

    def __init__(self) -> None:
        self.now = datetime(2030, 1, 10, 12, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class Dataset:
    services: Services
    ids: dict[str, str]  # "contact:full" -> id
    fields: dict[str, str]  # custom field name -> id

    def names(self, record_type: str, found: list[str]) -> set[str]:
        by_id = {v: k.split(":")[1] for k, v in self.ids.items() if k.startswith(record_type)}
        return {by_id[i] for i in found}


# What FULL holds in each text-like field: (stored value, a part of it, its start, the value typed differently).
CONTACT_TEXT = {
    "display_name": ("Dr. Ćelia Marie Dúbois PhD", "lia mar", "dr. će", "DR. CELIA MARIE DUBOIS PHD"),
    "prefix": ("Dr.", "r.", "d", "DR."),
    "given": ("Ćelia", "eli", "ce", "CELIA"),
    "additional": ("Marie", "ari", "ma", "marie"),
    "family": ("Dúbois", "ubo", "du", "DUBOIS"),
    "suffix": ("PhD", "hd", "p", "phd"),
    "nickname": ("Cece", "ec", "ce", "CECE"),
    "title": ("Chief Buyer", "ief b", "chief", "chief buyer"),
    "department": ("R&D", "&d", "r", "r&d"),
    "company": ("Ácme Ltd", "me l", "acme", "ACME LTD"),
    "note": ("Met in Paris", "in par", "met", "MET IN PARIS"),
    "email": ("celia@dubois.fr", "dubois.fr", "celia@", "CELIA@DUBOIS.FR"),
    "phone": ("+33 1 23 45 67 89", "45 67", "+33 1", "+33 1 23 45 67 89"),
    "address": ("5 Rue de Rivoli", "de riv", "5 rue", "5 RUE DE RIVOLI"),
    "locality": ("Paris", "ari", "pa", "PARIS"),
    "region": ("Île-de-France", "de-fr", "ile", "ILE-DE-FRANCE"),
    "postcode": ("75001", "500", "750", "75001"),
    "country": ("France", "anc", "fr", "FRANCE"),
    "url": ("https://dubois.fr", "bois", "https://d", "HTTPS://DUBOIS.FR"),
    "custom:Region": ("Nørth", "rth", "no", "NORTH"),
}
COMPANY_TEXT = {
    "name": ("Ácme Ltd", "me l", "acme", "ACME LTD"),
    "industry": ("Ánvils", "nvi", "an", "ANVILS"),
    "website": ("acme.example", "me.ex", "acme", "ACME.EXAMPLE"),
    "note": ("Founded 1949", "nded", "found", "FOUNDED 1949"),
    "email": ("info@acme.example", "@acme", "info", "INFO@ACME.EXAMPLE"),
    "phone": ("+1 555-010-9999", "010-9999", "555", "+1 555-010-9999"),
    "address": ("1 Road Runner Way", "runner", "1 road", "1 ROAD RUNNER WAY"),
    "locality": ("Tucson", "cso", "tu", "TUCSON"),
    "region": ("Arizona", "izo", "ar", "ARIZONA"),
    "postcode": ("85701", "570", "857", "85701"),
    "country": ("USA", "sa", "us", "usa"),
    "url": ("https://acme.example", "acme.ex", "https", "HTTPS://ACME.EXAMPLE"),
    "custom:Account": ("Äcct-17", "ct-1", "acct", "ACCT-17"),
}


# What OTHER holds in the multi-valued fields: nothing in common with FULL.
OTHER_MULTI = {
    "email": "zed@elsewhere.test",
    "phone": "+44 20 7946 0000",
    "url": "http://zed.test",
    "address": "9 Baker Street",
    "locality": "London",
    "region": "Greater London",
    "postcode": "SW1A",
    "country": "UK",
}


def _multi(values: dict[str, tuple[str, str, str, str]], other: bool) -> dict[str, object]:
    """Emails, phones, addresses and URLs of FULL (or of OTHER)."""
    pick = OTHER_MULTI if other else {k: v[0] for k, v in values.items()}
    return {
        "emails": [{"value": pick["email"]}],
        "phones": [{"value": pick["phone"]}],
        "urls": [{"value": pick["url"]}],
        "addresses": [
            {
                "street": pick["address"],
                "locality": pick["locality"],
                "region": pick["region"],
                "postcode": pick["postcode"],
                "country": pick["country"],
            }
        ],
    }


def _build(services: Services, calendar: Calendar) -> Dataset:
    ids: dict[str, str] = {}
    define = services.custom_fields.define
    fields = {
        "Region": define(validate(CustomFieldCreate, name="Region")).id,
        "Score": define(validate(CustomFieldCreate, name="Score", field_type="number")).id,
        "Renewal": define(validate(CustomFieldCreate, name="Renewal", field_type="date")).id,
        "Tier": define(validate(CustomFieldCreate, name="Tier", field_type="choice", choices=["Gold", "Silver"])).id,
        "Newsletter": define(validate(CustomFieldCreate, name="Newsletter", field_type="yes_no")).id,
        "Account": define(validate(CustomFieldCreate, name="Account", record_type="company")).id,
    }
    company = services.companies.create
    contact = services.contacts.create
    # FULL: created 2030-01-10
    ids["company:full"] = company(
        validate(
            CompanyCreate,
            name="Ácme Ltd",
            industry="Ánvils",
            website="acme.example",
            note="Founded 1949",
            tags=["Partner", "Über"],
            custom={"Account": "Äcct-17"},
            **_multi(COMPANY_TEXT, other=False),
        )
    ).id
    ids["contact:full"] = contact(
        validate(
            ContactCreate,
            prefix="Dr.",
            given="Ćelia",
            additional="Marie",
            family="Dúbois",
            suffix="PhD",
            nickname="Cece",
            title="Chief Buyer",
            department="R&D",
            company_id=ids["company:full"],
            note="Met in Paris",
            tags=["VIP", "Über"],
            birthday="1985-06-30",
            custom={"Region": "Nørth", "Score": 7, "Renewal": "2031-01-31", "Tier": "Gold", "Newsletter": True},
            **_multi(CONTACT_TEXT, other=False),
        )
    ).id
    # OTHER: created 2030-02-10, edited 2030-04-01
    calendar.now += timedelta(days=31)
    ids["company:other"] = company(
        validate(
            CompanyCreate,
            name="Initech",
            industry="Software",
            website="initech.test",
            note="TPS reports",
            tags=["prospect"],
            custom={"Account": "I-2"},
            **_multi(COMPANY_TEXT, other=True),
        )
    ).id
    ids["contact:other"] = contact(
        validate(
            ContactCreate,
            prefix="Mx.",
            given="Zed",
            additional="Q",
            family="Zimmer",
            suffix="Jr.",
            nickname="Zee",
            title="Clerk",
            department="Sales",
            company_id=ids["company:other"],
            note="Phoned once",
            tags=["prospect"],
            birthday="--04-15",  # a year-less birthday is neither before nor after any date
            custom={"Region": "South", "Score": 3, "Renewal": "2030-12-31", "Tier": "Silver", "Newsletter": False},
            **_multi(CONTACT_TEXT, other=True),
        )
    ).id
    # EMPTY: created 2030-03-10
    calendar.now += timedelta(days=28)
    ids["company:empty"] = company(validate(CompanyCreate, name="Nil")).id
    ids["contact:empty"] = contact(validate(ContactCreate, vcard_uid="empty")).id
    # a record in the Trash never matches
    trashed = contact(validate(ContactCreate, given="Ćelia", family="Dúbois", tags=["VIP"])).id
    services.contacts.delete(trashed)
    calendar.now = datetime(2030, 4, 1, 12, tzinfo=UTC)
    services.contacts.update(ids["contact:other"], validate(ContactUpdate, title="Clerk II"))
    services.companies.update(ids["company:other"], validate(CompanyUpdate, industry="IT"))
    # activities: FULL in January (cleared in February), OTHER in May
    first = services.activities.schedule(
        validate(
            ActivityCreate,
            subject="Intro",
            starts_at=datetime(2030, 1, 15, tzinfo=UTC),
            contact_ids=[ids["contact:full"]],
            company_id=ids["company:full"],
        )
    ).id
    services.activities.clear(first, happened_at=datetime(2030, 2, 1, tzinfo=UTC))
    services.activities.schedule(
        validate(
            ActivityCreate,
            subject="Follow-up",
            starts_at=datetime(2030, 5, 1, tzinfo=UTC),
            contact_ids=[ids["contact:other"]],
            company_id=ids["company:other"],
        )
    )
    gone = services.activities.schedule(
        validate(
            ActivityCreate,
            subject="Deleted",
            starts_at=datetime(2030, 6, 1, tzinfo=UTC),
            contact_ids=[ids["contact:empty"]],
        )
    ).id
    services.activities.delete(gone)
    return Dataset(services, ids, fields)


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    calendar = Calendar()
    services = open_database(tmp_path_factory.mktemp("lookups") / "cardfile.db", now=calendar, auto_backup=False)
    try:
        yield _build(services, calendar)
    finally:
        services.close()


def _field(data: Dataset, name: str) -> str:
    return f"custom:{data.fields[name.split(':')[1]]}" if name.startswith("custom:") else name


def _text_cases(
    record_type: str, table: dict[str, tuple[str, str, str, str]]
) -> list[tuple[str, str, str, str | None, set[str]]]:
    cases: list[tuple[str, str, str, str | None, set[str]]] = []
    for field, (value, part, start, typed) in table.items():
        required = record_type == "company" and field == "name"  # every company has a name, even EMPTY
        everyone = {"full", "other", "empty"}
        for op, argument, expected in (
            ("contains", part, {"full"}),
            ("equals", typed, {"full"}),
            ("is", typed, {"full"}),
            ("starts_with", start, {"full"}),
            ("is_not", value, everyone - {"full"}),
            ("is_empty", None, set() if required else {"empty"}),
            ("is_not_empty", None, everyone if required else {"full", "other"}),
        ):
            cases.append((record_type, field, op, argument, expected))
    return cases


def _other_cases() -> list[tuple[str, str, str, str | None, set[str]]]:
    everyone = {"full", "other", "empty"}
    cases: list[tuple[str, str, str, str | None, set[str]]] = [
        # regression: a year-less birthday ('--04-15') sorted before every date and matched "before 1990"
        ("contact", "birthday", "before", "1990-01-01", {"full"}),
        ("contact", "birthday", "after", "1980-01-01", {"full"}),
        ("contact", "birthday", "is", "1985-06-30", {"full"}),
        ("contact", "birthday", "is_empty", None, {"empty"}),
        ("contact", "birthday", "is_not_empty", None, {"full", "other"}),
        ("contact", "tag", "is", "vip", {"full"}),
        ("contact", "tag", "is", "UBER", {"full"}),
        ("contact", "tag", "is_not", "vip", {"other", "empty"}),
        ("contact", "tag", "is_empty", None, {"empty"}),
        ("contact", "tag", "is_not_empty", None, {"full", "other"}),
        ("contact", "activity", "no_activity_since", "2030-03-01", {"full", "empty"}),
        ("contact", "activity", "no_activity_since", "2030-01-20", {"empty"}),  # cleared on 1 February
        ("contact", "activity", "no_activity_since", "2030-07-01", everyone),  # a deleted activity does not count
        # counted back from today (1 April 2030): since 1 March, since 1 January
        ("contact", "activity", "no_activity_for_months", "1", {"full", "empty"}),
        ("contact", "activity", "no_activity_for_months", "3", {"empty"}),
        ("contact", "email_or_phone", "is_empty", None, {"empty"}),
        ("contact", "email_or_phone", "is_not_empty", None, {"full", "other"}),
        ("company", "email_or_phone", "is_empty", None, {"empty"}),
        ("company", "email_or_phone", "is_not_empty", None, {"full", "other"}),
        ("company", "activity", "no_activity_for_months", "1", {"full", "empty"}),
        ("contact", "custom:Score", "equals", "7", {"full"}),
        ("contact", "custom:Renewal", "is", "2031-01-31", {"full"}),
        ("contact", "custom:Tier", "equals", "gold", {"full"}),
        # regression: yes/no values are JSON true/false and never matched "yes" or "no"
        ("contact", "custom:Newsletter", "is", "yes", {"full"}),
        ("contact", "custom:Newsletter", "is", "no", {"other"}),
        ("contact", "custom:Newsletter", "is_empty", None, {"empty"}),
        ("company", "tag", "is", "partner", {"full"}),
        ("company", "tag", "is_not", "partner", {"other", "empty"}),
        ("company", "tag", "is_empty", None, {"empty"}),
        ("company", "tag", "is_not_empty", None, {"full", "other"}),
        ("company", "activity", "no_activity_since", "2030-03-01", {"full", "empty"}),
    ]
    for record_type in ("contact", "company"):
        cases += [
            (record_type, "created", "before", "2030-02-01", {"full"}),
            (record_type, "created", "after", "2030-02-10", {"empty"}),
            (record_type, "created", "is", "2030-02-10", {"other"}),
            (record_type, "created", "is_empty", None, set()),
            (record_type, "created", "is_not_empty", None, everyone),
            (record_type, "updated", "after", "2030-03-31", {"other"}),
            (record_type, "updated", "before", "2030-03-01", {"full"}),
            (record_type, "updated", "is", "2030-04-01", {"other"}),
            (record_type, "updated", "is_empty", None, set()),
            (record_type, "updated", "is_not_empty", None, everyone),
        ]
    return cases


CASES = _text_cases("contact", CONTACT_TEXT) + _text_cases("company", COMPANY_TEXT) + _other_cases()


@pytest.mark.parametrize(
    ("record_type", "field", "op", "value", "expected"),
    CASES,
    ids=[f"{c[0]}-{c[1]}-{c[2]}-{c[3]}" for c in CASES],
)
def test_each_field_with_each_operator(
    dataset: Dataset, record_type: str, field: str, op: str, value: str | None, expected: set[str]
) -> None:
    query = {"record_type": record_type, "conditions": [{"field": _field(dataset, field), "op": op, "value": value}]}
    assert dataset.names(record_type, dataset.services.lookups.run_query(query)) == expected


def test_every_field_and_operator_that_applies_is_covered() -> None:
    covered = {(c[0], c[1], c[2]) for c in CASES}
    wanted = set()
    for record_type, fields in (("contact", CONTACT_FIELDS), ("company", COMPANY_FIELDS)):
        for field in fields:
            if field in ("birthday", "created", "updated"):
                ops: tuple[str, ...] = DATE_OPS
            elif field == "tag":
                ops = TAG_OPS
            elif field == "activity":
                ops = ("no_activity_since", "no_activity_for_months")
            elif field == "email_or_phone":
                ops = ("is_empty", "is_not_empty")
            else:
                ops = TEXT_OPS
            wanted |= {(record_type, field, op) for op in ops}
    assert wanted - covered == set()


def test_phone_conditions_ignore_punctuation(dataset: Dataset) -> None:
    query = {"conditions": [{"field": "phone", "op": "contains", "value": "(1) 23-45"}]}
    assert dataset.names("contact", dataset.services.lookups.run_query(query)) == {"full"}


def test_match_all_or_any(dataset: Dataset) -> None:
    run = dataset.services.lookups.run_query
    both = [{"field": "tag", "op": "is", "value": "vip"}, {"field": "title", "op": "contains", "value": "clerk"}]
    assert dataset.names("contact", run({"match": "all", "conditions": both})) == set()
    assert dataset.names("contact", run({"match": "any", "conditions": both})) == {"full", "other"}
    assert dataset.names("contact", run({"conditions": []})) == {"full", "other", "empty"}


@pytest.mark.parametrize(
    "condition",
    [
        {"field": "given", "op": "before", "value": "2030-01-01"},
        {"field": "email", "op": "after", "value": "2030-01-01"},
        {"field": "activity", "op": "is", "value": "2030-01-01"},
        {"field": "activity", "op": "is_empty"},
        {"field": "birthday", "op": "no_activity_since", "value": "2030-01-01"},
        {"field": "created", "op": "after", "value": "next week"},
    ],
)
def test_a_condition_that_does_not_apply_is_a_validation_error(dataset: Dataset, condition: dict[str, str]) -> None:
    """Regression: an operator that does not apply to the field (a name 'before' a date) passed validation and
    then failed inside the store with a bare ValueError, or an SQL error for a date that is not one."""
    with pytest.raises(ValidationError):
        dataset.services.lookups.run_query({"conditions": [condition]})


# ----- saved lookups -----


def test_saved_lookups_run_update_and_delete(services: Services) -> None:
    from tests.helpers import add_contact

    vip = add_contact(services, given="Vera", tags=["vip"])
    add_contact(services, given="Paul", company_name="Initech")
    saved = services.lookups.save(" VIPs ", {"conditions": [{"field": "tag", "op": "is", "value": "VIP"}]})
    assert (saved.name, saved.record_type) == ("VIPs", "contact")
    assert services.lookups.run(saved.id) == [vip]
    assert services.contacts.ids(lookup_id=saved.id) == [vip]
    assert services.lookups.resolve("vips") == saved.id
    companies = LookupQuery(record_type="company", conditions=[{"field": "name", "op": "starts_with", "value": "ini"}])
    updated = services.lookups.update(saved.id, name="Initech", query=companies)
    assert (updated.name, updated.record_type) == ("Initech", "company")
    assert len(services.lookups.run(saved.id)) == 1
    assert [lookup.name for lookup in services.lookups.list()] == ["Initech"]
    assert services.lookups.delete(saved.id) is True
    assert services.lookups.list() == []
    with pytest.raises(NotFound):
        services.lookups.resolve("Initech")


def test_a_saved_lookup_needs_a_name_and_a_valid_query(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        services.lookups.save(" ", {"conditions": []})
    assert caught.value.params["field"] == "name"
    with pytest.raises(ValidationError):
        services.lookups.save("Bad", {"conditions": [{"field": "shoe_size", "op": "is", "value": "9"}]})
    assert services.lookups.list() == []


def test_a_lookup_sees_changes_as_they_happen(services: Services) -> None:
    from tests.helpers import add_contact

    saved = services.lookups.save("Paris", {"conditions": [{"field": "locality", "op": "is", "value": "paris"}]})
    assert services.lookups.run(saved.id) == []
    person = add_contact(services, given="Amélie", addresses=[{"locality": "Paris"}])
    assert services.lookups.run(saved.id) == [person]
    services.contacts.update(person, validate(ContactUpdate, addresses=[{"locality": "Lyon"}]))
    assert services.lookups.run(saved.id) == []
