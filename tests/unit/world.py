"""A small but complete database: one of everything the services write, for tests that need records to act on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from cardfile.domain.models import (
    ActivityCreate,
    CompanyCreate,
    ContactCreate,
    CustomFieldCreate,
    DealCreate,
    NoteCreate,
    validate,
)
from cardfile.services import Services

START = datetime(2030, 3, 4, 9, 30, tzinfo=UTC)
PHOTO = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


@dataclass(frozen=True)
class World:
    company: str
    anna: str  # Anna Berg of Acme Ltd, with emails, phones, tags, custom values and a photo
    bob: str  # Bob Stone, no company
    acme_only: str  # a person known only by the company name
    trashed: str  # a person in the Trash
    call: str  # a call with Anna
    weekly: str  # a weekly meeting with Bob, three occurrences
    note: str  # a note on Anna and Acme
    deal: str
    group: str
    lookup: str
    fields: dict[str, str]  # custom field name -> id


def build_world(services: Services) -> World:
    define = services.custom_fields.define
    fields = {
        "Region": define(validate(CustomFieldCreate, name="Region")).id,
        "Score": define(validate(CustomFieldCreate, name="Score", field_type="number")).id,
        "Renewal": define(validate(CustomFieldCreate, name="Renewal", field_type="date")).id,
        "Tier": define(validate(CustomFieldCreate, name="Tier", field_type="choice", choices=["Gold", "Silver"])).id,
        "Newsletter": define(validate(CustomFieldCreate, name="Newsletter", field_type="yes_no")).id,
        "Account": define(validate(CustomFieldCreate, record_type="company", name="Account")).id,
        "Budget": define(validate(CustomFieldCreate, record_type="deal", name="Budget", field_type="number")).id,
    }
    company = services.companies.create(
        validate(
            CompanyCreate,
            name="Acme Ltd",
            industry="Anvils",
            phones=[{"value": "+1 555-010-9999", "label": "work"}],
            emails=[{"value": "info@acme.example"}],
            custom={"Account": "A-17"},
        )
    ).id
    anna = services.contacts.create(
        validate(
            ContactCreate,
            given="Anna",
            family="Berg",
            title="Buyer",
            company_id=company,
            emails=[{"value": "anna@acme.example", "label": "work", "preferred": True}, {"value": "anna@home.example"}],
            phones=[{"value": "+1 555-010-2030", "label": "cell"}],
            addresses=[{"street": "1 Main St", "locality": "Springfield", "country": "USA"}],
            tags=["customer", "vip"],
            birthday="--04-15",
            photo=PHOTO,
            photo_mime="image/png",
            custom={"Region": "North", "Score": 7, "Renewal": "2031-01-31", "Tier": "Gold", "Newsletter": True},
        )
    ).id
    bob = services.contacts.create(validate(ContactCreate, given="Bob", family="Stone", tags=["prospect"])).id
    acme_only = services.contacts.create(validate(ContactCreate, company_id=company)).id
    trashed = services.contacts.create(validate(ContactCreate, given="Old", family="Timer")).id
    services.contacts.delete(trashed)
    call = services.activities.schedule(
        validate(
            ActivityCreate,
            type_id=services.activities.resolve_type("call"),
            subject="Call Anna about the order",
            starts_at=START,
            duration_minutes=15,
            contact_ids=[anna],
            company_id=company,
        )
    ).id
    weekly = services.activities.schedule(
        validate(
            ActivityCreate,
            type_id=services.activities.resolve_type("meeting"),
            subject="Weekly catch-up",
            starts_at=START,
            duration_minutes=30,
            rrule="FREQ=WEEKLY;COUNT=3",
            contact_ids=[bob],
        )
    ).id
    deal = services.deals.create(
        validate(
            DealCreate,
            name="Acme renewal",
            company_id=company,
            amount_minor=1_250_050,
            currency="USD",
            contacts=[{"contact_id": anna, "role": "decision maker"}],
            custom={"Budget": 20000},
        )
    ).id
    note = services.notes.add(
        validate(NoteCreate, body="Met at the trade fair\nWants a quote", contact_ids=[anna], company_ids=[company])
    ).id
    group = services.groups.create("Newsletter", "Monthly mailing").id
    services.groups.add_members(group, [anna])
    lookup = services.lookups.save(
        "Acme people", {"conditions": [{"field": "company", "op": "equals", "value": "Acme Ltd"}]}
    ).id
    return World(company, anna, bob, acme_only, trashed, call, weekly, note, deal, group, lookup, fields)
