"""Deals' new fields between two devices through the real server: line items, the amount they set, reasons and roles
(and the lists they extend), pipelines and stages edited on one laptop, and the history on the other."""

from __future__ import annotations

from collections.abc import Callable

from cardfile.domain.deals import LineItem
from cardfile.domain.models import ContactCreate, DealCreate, DealUpdate, validate
from cardfile.services import Services
from tests.server.conftest import PASSWORD


def sync(*devices: Services) -> None:
    for services in devices:
        services.sync.sync(password=PASSWORD)


def test_line_items_reasons_roles_and_pipelines_reach_the_other_device(device: Callable[[str], Services]) -> None:
    laptop, phone = device("laptop"), device("phone")
    sync(laptop, phone)  # both have synced once: from now on the phone pulls each change, not a snapshot
    person = laptop.contacts.create(validate(ContactCreate, given="Anna", family="Berg")).id
    laptop.pipelines.add_stage("Sales", "Demo", 40, position=2)
    laptop.pipelines.edit_stage("Sales", "Proposal", name="Quote", probability=55)
    deal = laptop.deals.create(
        validate(
            DealCreate,
            name="Turbine service",
            currency="EUR",
            stage_id="Demo",
            contacts=[{"contact_id": person, "role": "Sponsor"}],  # a new role: joins the list
            line_items=[{"product": "Inspection", "quantity": "2.5", "unit_price_minor": 199_900,
                         "discount_percent": "10"}],
            amount_from_items=True,
        )
    ).id  # fmt: skip
    laptop.deals.close(deal, won=False, reason="Went dark")
    sync(laptop, phone)

    there = phone.deals.get(deal)
    assert (there.stage.name, there.amount_minor, there.amount_from_items) == ("Demo", 449_775, True)
    assert [(i.product, i.quantity, i.discount_percent, i.total_minor) for i in there.line_items] == [
        ("Inspection", "2.5", "10", 449_775)
    ]
    assert (there.status, there.reason) == ("lost", "Went dark")
    assert there.contacts[0].role == "Sponsor"
    assert "Went dark" in [c.name for c in phone.deals.choices("lost_reason")]
    assert "Sponsor" in [c.name for c in phone.deals.choices("deal_role")]
    assert [s.name for s in phone.pipelines.get().stages] == [
        "Prospect", "Qualified", "Demo", "Quote", "Negotiation", "Commitment"
    ]  # fmt: skip
    history = [(c.field, c.old, c.new) for c in phone.deals.history(deal) if not c.created]
    assert ("status", "open", "lost") in history and ("reason", "", "Went dark") in history

    # and back: the phone edits the items and removes the stage, moving the deal
    phone.deals.reopen(deal)
    phone.deals.set_line_items(deal, [LineItem(product="Inspection", quantity="3", unit_price_minor=199_900)])
    phone.pipelines.remove_stage("Sales", "Demo", move_to="Quote")
    phone.deals.update(deal, validate(DealUpdate, probability=70))
    sync(phone, laptop)
    back = laptop.deals.get(deal)
    assert (back.stage.name, back.probability, back.amount_minor, back.status) == ("Quote", 70, 599_700, "open")
    assert "Demo" not in [s.name for s in laptop.pipelines.get().stages]
    assert laptop.sales.board().columns[2].count == 1  # Quote, third of five now
    stages = [(c.old.name if c.old else None, c.new.name) for c in laptop.deals.history(deal) if c.field == "stage"]
    assert stages == [(None, "Demo"), ("Demo", "Quote")]


def test_a_new_device_takes_a_renamed_seeded_stage_from_the_snapshot(device: Callable[[str], Services]) -> None:
    """Regression: a new device's first sync failed (UNIQUE constraint failed: stage.id) once anyone had renamed or
    reordered a stage of the seeded Sales pipeline: the snapshot took the seeded stage for a record new to the
    device, as the device had no logged write of it, and created it a second time."""
    laptop = device("laptop")
    laptop.pipelines.edit_stage("Sales", "Proposal", name="Quote", probability=55)
    laptop.pipelines.move_stage("Sales", "Commitment", 0)
    laptop.deals.add_choice("lost_reason", "Went dark")
    laptop.deals.remove_choice("lost_reason", "Other")
    sync(laptop)
    tablet = device("tablet")
    sync(tablet)
    assert [(s.name, s.probability) for s in tablet.pipelines.get().stages] == [
        ("Commitment", 90), ("Prospect", 10), ("Qualified", 25), ("Quote", 55), ("Negotiation", 75)
    ]  # fmt: skip
    reasons = [c.name for c in tablet.deals.choices("lost_reason")]
    assert "Went dark" in reasons and "Other" not in reasons
    assert tablet.maintenance.check().ok
