"""Deals and pipelines: stages, probabilities, money in minor units, won and lost, the stage history."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import DealCreate, DealUpdate, validate
from cardfile.services import Services
from cardfile.services.deals import DEFAULT_PIPELINE
from tests.unit.world import World


def create(services: Services, **fields: object) -> str:
    return services.deals.create(validate(DealCreate, **fields)).id


def test_the_default_sales_pipeline(services: Services) -> None:
    (sales,) = services.deals.pipelines()
    assert (sales.id, sales.name) == (DEFAULT_PIPELINE, "Sales")
    assert [(s.name, s.probability) for s in sales.stages] == [
        ("Prospect", 10),
        ("Qualified", 25),
        ("Proposal", 50),
        ("Negotiation", 75),
        ("Commitment", 90),
    ]


def test_a_new_deal_starts_in_the_first_stage_with_its_probability(services: Services, world: World) -> None:
    deal = services.deals.get(world.deal)
    assert (deal.pipeline.name, deal.stage.name, deal.probability, deal.status) == ("Sales", "Prospect", 10, "open")
    assert (deal.amount_minor, deal.currency) == (1_250_050, "USD")
    assert [(c.name, c.role) for c in deal.contacts] == [("Anna Berg", "Decision maker")]  # the list's spelling
    assert deal.custom == {"Budget": 20000}
    data = deal.as_json()
    assert data["amount"] == {"minor": 1_250_050, "currency": "USD", "decimal": "12500.50"}
    assert (data["type"], data["display_name"]) == ("deal", "Acme renewal")


def test_probability_follows_the_stage_unless_set(services: Services, world: World) -> None:
    moved = services.deals.move(world.deal, "proposal")
    assert (moved.probability, moved.probability_overridden) == (50, False)
    fixed = services.deals.update(world.deal, validate(DealUpdate, probability=33))
    assert (fixed.probability, fixed.probability_overridden) == (33, True)
    assert services.deals.update(world.deal, validate(DealUpdate, name="Renamed")).probability == 33
    assert services.deals.update(world.deal, validate(DealUpdate, probability=None)).probability == 50


def test_a_stage_move_sets_the_probability_back_to_the_new_stage_default(services: Services, world: World) -> None:
    """The documented rule: a move is a new estimate, so an overridden probability does not survive it; a
    probability given together with the stage in one edit wins; Undo of the move brings the override back."""
    services.deals.update(world.deal, validate(DealUpdate, probability=33))
    moved = services.deals.move(world.deal, "Negotiation")
    assert (moved.probability, moved.probability_overridden) == (75, False)
    services.history.undo()
    back = services.deals.get(world.deal)
    assert (back.stage.name, back.probability, back.probability_overridden) == ("Prospect", 33, True)
    both = services.deals.update(world.deal, validate(DealUpdate, stage_id="Commitment", probability=60))
    assert (both.stage.name, both.probability) == ("Commitment", 60)
    same = services.deals.update(world.deal, validate(DealUpdate, stage_id="Commitment"))
    assert same.probability == 60  # not a move: the override stays


def test_moving_records_every_stage_in_the_history(services: Services, world: World) -> None:
    for stage in ("Qualified", "Proposal", "Qualified", "Commitment"):
        services.deals.move(world.deal, stage)
    history = services.deals.stage_history(world.deal)
    assert [h.stage.name for h in history] == ["Prospect", "Qualified", "Proposal", "Qualified", "Commitment"]
    assert all(h.user_id == "me" and h.at.tzinfo is not None for h in history)
    assert [h.at for h in history] == sorted(h.at for h in history)


def test_an_unknown_stage_names_the_stages_there_are(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        services.deals.move(world.deal, "Won already")
    assert caught.value.params["field"] == "stage"
    assert "Prospect, Qualified, Proposal, Negotiation, Commitment" in caught.value.message


def test_close_and_reopen(services: Services, world: World) -> None:
    lost = services.deals.close(world.deal, won=False, reason="Price")
    assert (lost.status, lost.reason) == ("lost", "Price") and lost.closed_at is not None
    assert [d.id for d in services.deals.list(status="lost")] == [world.deal]
    reopened = services.deals.reopen(world.deal)
    assert (reopened.status, reopened.reason, reopened.closed_at) == ("open", "", None)
    won = services.deals.update(world.deal, validate(DealUpdate, status="won", reason="Best offer"))
    assert (won.status, won.reason) == ("won", "Best offer") and won.closed_at is not None


def test_money_stays_an_integer_of_minor_units(services: Services, db_path: Path) -> None:
    import sqlite3

    big = create(services, name="Big", amount_minor=10**15 + 1, currency="JPY")
    small = create(services, name="Small", amount_minor=1, currency="kwd")
    assert services.deals.get(big).amount_minor == 10**15 + 1
    assert (services.deals.get(small).amount_minor, services.deals.get(small).currency) == (1, "KWD")
    with sqlite3.connect(db_path) as conn:
        kinds = {r[0] for r in conn.execute("SELECT typeof(amount_minor) FROM deal")}
    assert kinds == {"integer"}
    with pytest.raises(ValidationError) as caught:
        create(services, name="Float", amount_minor=12.5)
    assert caught.value.params["field"] == "amount_minor"


def test_pipelines_of_your_own(services: Services, world: World) -> None:
    partners = services.deals.create_pipeline("Partners", [("Intro", 5), ("Pilot", 40), ("Signed", 100)])
    assert [s.name for s in partners.stages] == ["Intro", "Pilot", "Signed"]
    deal = create(services, name="Reseller", pipeline_id="partners", stage_id="Pilot")
    assert (services.deals.get(deal).stage.name, services.deals.get(deal).probability) == ("Pilot", 40)
    moved = services.deals.update(world.deal, validate(DealUpdate, pipeline_id=partners.id))
    assert (moved.pipeline.name, moved.stage.name) == ("Partners", "Intro")
    assert [d.id for d in services.deals.list(pipeline="Partners", stage="Pilot")] == [deal]
    for name, stages in (("", [("A", 1)]), ("X", []), ("X", [("A", 101)]), ("X", [(" ", 5)])):
        with pytest.raises(ValidationError):
            services.deals.create_pipeline(name, stages)
    with pytest.raises(NotFound):
        create(services, name="Lost", pipeline_id="No such pipeline")


def test_contacts_and_roles(services: Services, world: World) -> None:
    updated = services.deals.update(
        world.deal,
        validate(DealUpdate, contacts=[{"contact_id": world.bob, "role": "user"}, {"contact_id": world.anna}]),
    )
    assert [(c.id, c.role) for c in updated.contacts] == [(world.bob, "User"), (world.anna, "")]
    assert [d.id for d in services.deals.list(contact_id=world.bob)] == [world.deal]
    assert [d.id for d in services.deals.list(company_id=world.company)] == [world.deal]
    services.contacts.delete(world.acme_only)
    with pytest.raises(ValidationError) as caught:
        services.deals.update(world.deal, validate(DealUpdate, contacts=[{"contact_id": world.acme_only}]))
    assert caught.value.params["field"] == "contact"


def test_a_deal_needs_a_name_and_live_references(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        services.deals.update(world.deal, validate(DealUpdate, name=""))
    assert caught.value.params["field"] == "name"
    services.companies.delete(world.company)
    with pytest.raises(ValidationError) as caught:
        create(services, name="Orphan", company_id=world.company)
    assert caught.value.params["field"] == "company"


def test_listing_resolving_and_the_trash(services: Services, world: World) -> None:
    other = create(services, name="Other", expected_close="2030-01-01")
    assert [d.id for d in services.deals.list()] == [other, world.deal]  # by expected close, undated last
    assert services.deals.resolve("acme RENEWAL") == world.deal
    create(services, name="Other")
    with pytest.raises(Ambiguous):
        services.deals.resolve("other")
    services.deals.delete(world.deal)
    assert [d.id for d in services.deals.list(deleted=True)] == [world.deal]
    with pytest.raises(NotFound):
        services.deals.resolve("acme renewal")
