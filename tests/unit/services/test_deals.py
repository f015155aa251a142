"""Deals and pipelines: stages, probabilities, money in minor units, won and lost, the stage history."""

from __future__ import annotations

from pathlib import Path

import pytest

from cardfile.domain.deals import LineItem
from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import DealCreate, DealUpdate, validate
from cardfile.domain.money import Money
from cardfile.services import Services, open_database
from cardfile.services.deals import DEFAULT_PIPELINE
from cardfile.services.readmodels import Ref
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


def test_deleting_several_deals_is_one_step_to_undo(services: Services, world: World) -> None:
    others = [create(services, name=f"Deal {n}") for n in range(3)]
    assert services.deals.delete_many([world.deal, *others, others[0]]) == 4
    assert services.deals.list() == []
    assert services.history.actions()[0].label == "Delete deals"
    services.history.undo()
    assert {d.id for d in services.deals.list()} == {world.deal, *others}


# ----- line items -----


def test_line_items_sum_exactly_and_can_set_the_amount(services: Services, world: World) -> None:
    items = [
        LineItem(product="Inspection", quantity="2.5", unit_price_minor=199_900, discount_percent="10"),  # 4497.75
        LineItem(product="Filter", quantity=3, unit_price_minor=1_999),  # 59.97
        LineItem(product="Hours", quantity="0.333333", unit_price_minor=10_000, discount_percent="12.5"),  # 29.17
    ]
    deal = services.deals.set_line_items(world.deal, items)
    assert [i.total_minor for i in deal.line_items] == [449_775, 5_997, 2_917]
    assert deal.items_total_minor == 458_689
    assert deal.amount_minor == 1_250_050, "the items set the amount only when asked to"
    deal = services.deals.set_line_items(world.deal, items, amount_from_items=True)
    assert (deal.amount_minor, deal.amount_from_items) == (458_689, True)
    deal = services.deals.set_line_items(world.deal, items[:1])
    assert deal.amount_minor == 449_775, "the amount follows the items"
    assert deal.as_json()["line_items"][0] == {
        "product": "Inspection",
        "quantity": "2.5",
        "unit_price": {"minor": 199_900, "currency": "USD", "decimal": "1999.00"},
        "discount_percent": "10",
        "total": {"minor": 449_775, "currency": "USD", "decimal": "4497.75"},
    }
    typed = services.deals.update(world.deal, validate(DealUpdate, amount_minor=400_000))
    assert (typed.amount_minor, typed.amount_from_items) == (400_000, False), "typing an amount takes it over"
    with services.db.read() as conn:
        stored = conn.exec_driver_sql("SELECT line_items FROM deal WHERE id = ?", (world.deal,)).scalar_one()
    assert '"quantity":"2.5"' in stored and '"discount_percent":"10"' in stored, "decimals are stored as text"
    assert [r.id for r in services.search.search("inspection")] == [world.deal], "products are searchable"


def test_line_items_refuse_what_is_not_exact(services: Services, world: World) -> None:
    for bad in (
        {"product": "X", "quantity": 2.5},  # a float may have lost the exact value already
        {"product": "X", "quantity": "0"},
        {"product": "X", "quantity": "1.1234567"},
        {"product": "X", "unit_price_minor": 12.5},
        {"product": "X", "unit_price_minor": -1},
        {"product": "X", "discount_percent": "101"},
        {"product": ""},
    ):
        with pytest.raises(ValidationError) as caught:
            validate(DealUpdate, line_items=[bad])
        assert caught.value.params["field"].startswith("line_items.0")
    both = validate(DealCreate, name="X", amount_minor=5, amount_from_items=True, line_items=[{"product": "A"}])
    with pytest.raises(ValidationError, match="sum"):
        services.deals.create(both)
    services.deals.set_line_items(world.deal, [LineItem(product="A", unit_price_minor=100)])
    with pytest.raises(ValidationError) as caught:
        services.deals.update(world.deal, validate(DealUpdate, currency="JPY"))
    assert caught.value.params["field"] == "currency", "cents would become yen"
    assert services.deals.update(world.deal, validate(DealUpdate, currency="EUR")).currency == "EUR"


# ----- reasons and roles -----


def test_reasons_and_roles_come_from_lists_people_extend(services: Services, world: World) -> None:
    assert [c.name for c in services.deals.choices("lost_reason")][:3] == ["Price", "Competitor", "No budget"]
    lost = services.deals.close(world.deal, won=False, reason="  no BUDGET ")
    assert lost.reason == "No budget", "an entry of the list, in the list's spelling"
    services.deals.reopen(world.deal)
    lost = services.deals.close(world.deal, won=False, reason="Went dark")
    assert lost.reason == "Went dark" and services.deals.choices("lost_reason")[-1].name == "Went dark"
    services.history.undo()
    assert "Went dark" not in [c.name for c in services.deals.choices("lost_reason")], "one action, one undo"
    won = services.deals.close(world.deal, won=True, reason="timing")
    assert won.reason == "Timing"
    services.deals.add_choice("deal_role", "Sponsor")
    services.deals.add_choice("deal_role", "sponsor")
    assert [c.name for c in services.deals.choices("deal_role")].count("Sponsor") == 1
    updated = services.deals.update(
        world.deal, validate(DealUpdate, contacts=[{"contact_id": world.bob, "role": "SPONSOR"}])
    )
    assert updated.contacts[0].role == "Sponsor"
    services.deals.remove_choice("deal_role", "Sponsor")
    assert "Sponsor" not in [c.name for c in services.deals.choices("deal_role")]
    assert services.deals.get(world.deal).contacts[0].role == "Sponsor", "a deal keeps a removed entry"
    with pytest.raises(ValidationError):
        services.deals.choices("colours")
    with pytest.raises(NotFound):
        services.deals.remove_choice("won_reason", "Never there")


# ----- history -----


def test_the_history_says_old_and_new_who_and_when(db_path: Path) -> None:
    from datetime import UTC, datetime

    day = [1]

    def now() -> datetime:
        return datetime(2030, 1, day[0], 9, tzinfo=UTC)

    steps = [
        lambda: services.deals.move(deal_id, "Proposal"),
        lambda: services.deals.update(deal_id, validate(DealUpdate, probability=60, amount_minor=120_000)),
        lambda: services.deals.update(deal_id, validate(DealUpdate, currency="ISK", amount_minor=15_000)),
        lambda: services.deals.update(deal_id, validate(DealUpdate, expected_close="2030-07-31")),
        lambda: services.deals.close(deal_id, won=False, reason="Price"),
        lambda: services.deals.reopen(deal_id),
    ]
    with open_database(db_path, now=now) as services:
        deal_id = create(services, name="Turbine", amount_minor=100_000, currency="EUR", expected_close="2030-06-30")
        for step in steps:
            day[0] += 1
            step()
        history = services.deals.history(deal_id)
    created = [(c.field, c.new) for c in history if c.created]
    assert ("stage", Ref("00000000-0000-7000-8000-000000000020", "Prospect")) in created
    assert ("amount", Money(100_000, "EUR")) in created and ("expected_close", "2030-06-30") in created
    later = [(c.field, _plain(c.old), _plain(c.new)) for c in history if not c.created]
    assert later == [
        ("stage", "Prospect", "Proposal"),
        ("amount", "1,000.00 EUR", "1,200.00 EUR"),
        ("probability", None, 60),
        ("amount", "1,200.00 EUR", "15,000 ISK"),  # amount and currency change as one
        ("expected_close", "2030-06-30", "2030-07-31"),
        ("status", "open", "lost"),
        ("reason", "", "Price"),
        ("status", "lost", "open"),
        ("reason", "Price", ""),
    ]
    assert all(c.user_id == "me" for c in history)
    assert [c.at.day for c in history if not c.created][:2] == [2, 3], "when the person made each change"
    assert history[-2].as_json()["old"] == "lost"
    assert next(c for c in history if not c.created).action == "Move deal"
    assert [s.stage.name for s in services_stage_history(db_path, deal_id)] == ["Prospect", "Proposal"]


def _plain(value: object) -> object:
    if isinstance(value, Ref):
        return value.name
    if isinstance(value, Money):
        return str(value)
    return value


def services_stage_history(db_path: Path, deal_id: str) -> list:  # type: ignore[type-arg]
    with open_database(db_path) as services:
        return services.deals.stage_history(deal_id)
