"""Pipelines and stages: add, rename, reorder, remove; a stage or pipeline in use gives its deals to another stage,
never dropping one, and the move is in each deal's history and undone in one step."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import NotFound, StageInUse, ValidationError
from cardfile.domain.models import DealCreate, validate
from cardfile.services import Services


def deal(services: Services, name: str, **fields: object) -> str:
    return services.deals.create(validate(DealCreate, name=name, **fields)).id


def stages(services: Services, pipeline: str = "Sales") -> list[tuple[str, int]]:
    return [(s.name, s.probability) for s in services.pipelines.get(pipeline).stages]


def test_add_rename_and_reorder_stages(services: Services) -> None:
    services.pipelines.add_stage("Sales", "Demo", 40, position=2)
    assert [n for n, _ in stages(services)] == [
        "Prospect",
        "Qualified",
        "Demo",
        "Proposal",
        "Negotiation",
        "Commitment",
    ]
    services.pipelines.add_stage("sales", "Signed", 100)  # at the end; the pipeline named in any case
    services.pipelines.edit_stage("Sales", "proposal", name="Quote", probability=55)
    services.pipelines.move_stage("Sales", "Commitment", 0)
    assert stages(services) == [
        ("Commitment", 90),
        ("Prospect", 10),
        ("Qualified", 25),
        ("Demo", 40),
        ("Quote", 55),
        ("Negotiation", 75),
        ("Signed", 100),
    ]
    assert [s.position for s in services.pipelines.get().stages] == list(range(7))
    services.pipelines.move_stage("Sales", "Commitment", 99)  # past the end: last
    assert stages(services)[-1] == ("Commitment", 90)
    services.history.undo()
    assert stages(services)[0] == ("Commitment", 90), "a reorder is one action"


def test_names_are_checked(services: Services) -> None:
    with pytest.raises(ValidationError, match="already"):
        services.pipelines.add_stage("Sales", "proposal", 10)
    with pytest.raises(ValidationError, match="already"):
        services.pipelines.edit_stage("Sales", "Prospect", name="QUALIFIED")
    with pytest.raises(ValidationError, match="0 to 100"):
        services.pipelines.add_stage("Sales", "Too sure", 101)
    with pytest.raises(ValidationError, match="needs a name"):
        services.pipelines.add_stage("Sales", "   ", 5)
    with pytest.raises(ValidationError, match="already"):
        services.pipelines.add("sales", [("One", 5)])
    with pytest.raises(ValidationError, match="already"):
        services.pipelines.add("Partners", [("One", 5), ("one", 6)])
    with pytest.raises(NotFound):
        services.pipelines.rename("Nope", "Yes")
    with pytest.raises(ValidationError) as caught:
        services.pipelines.edit_stage("Sales", "Nowhere", name="X")
    assert "Prospect, Qualified" in caught.value.message


def test_removing_a_stage_in_use_moves_its_deals_where_the_caller_says(services: Services) -> None:
    open_deal = deal(services, "Open", stage_id="Proposal", probability=45)
    won = deal(services, "Won", stage_id="Proposal")
    services.deals.close(won, won=True)
    trashed = deal(services, "Trashed", stage_id="Proposal")
    services.deals.delete(trashed)
    other = deal(services, "Elsewhere", stage_id="Qualified")
    with pytest.raises(StageInUse) as caught:
        services.pipelines.remove_stage("Sales", "Proposal")
    assert caught.value.params["count"] == 3 and "Negotiation" in caught.value.message
    assert [n for n, _ in stages(services)][2] == "Proposal", "nothing changed"

    moved = services.pipelines.remove_stage("Sales", "Proposal", move_to="negotiation")
    assert moved == 3
    assert [n for n, _ in stages(services)] == ["Prospect", "Qualified", "Negotiation", "Commitment"]
    for deal_id in (open_deal, won, trashed):
        assert services.deals.get(deal_id).stage.name == "Negotiation"
    assert services.deals.get(open_deal).probability == 75, "a stage change takes the new stage's default"
    assert services.deals.get(other).stage.name == "Qualified"
    history = [(c.field, c.old, c.new) for c in services.deals.history(open_deal) if not c.created]
    assert ("stage", "Proposal", "Negotiation") in [(f, o.name, n.name) for f, o, n in history if f == "stage"]
    assert ("probability", 45, None) in history

    services.history.undo()
    assert services.deals.get(open_deal).stage.name == "Proposal" and services.deals.get(open_deal).probability == 45
    assert [n for n, _ in stages(services)][2] == "Proposal"


def test_a_stage_can_send_its_deals_to_another_pipeline(services: Services) -> None:
    services.pipelines.add("Partners", [("Intro", 5), ("Signed", 100)])
    d = deal(services, "Reseller", stage_id="Commitment")
    services.pipelines.remove_stage("Sales", "Commitment", move_to="Signed", move_to_pipeline="partners")
    moved = services.deals.get(d)
    assert (moved.pipeline.name, moved.stage.name, moved.probability) == ("Partners", "Signed", 100)


def test_the_last_stage_and_the_last_pipeline_stay(services: Services) -> None:
    services.pipelines.add("Tiny", [("Only", 50)])
    with pytest.raises(ValidationError, match="only stage"):
        services.pipelines.remove_stage("Tiny", "Only", move_to="Only")
    services.pipelines.remove("Tiny")
    with pytest.raises(ValidationError, match="only pipeline"):
        services.pipelines.remove("Sales")


def test_removing_a_pipeline_moves_its_deals_and_the_default_follows(services: Services) -> None:
    services.pipelines.add("Partners", [("Intro", 5), ("Signed", 100)])
    d = deal(services, "Sold", stage_id="Proposal")
    with pytest.raises(StageInUse):
        services.pipelines.remove("Sales")
    with pytest.raises(ValidationError, match="another pipeline"):
        services.pipelines.remove("Sales", move_to_pipeline="Sales")
    assert services.pipelines.remove("Sales", move_to_pipeline="Partners") == 1
    assert (services.deals.get(d).pipeline.name, services.deals.get(d).stage.name) == ("Partners", "Intro")
    assert [p.name for p in services.pipelines.list()] == ["Partners"]
    assert services.pipelines.get().name == "Partners", "with the Sales pipeline gone, the first one is the default"
    assert deal(services, "New") and services.deals.list()[0].pipeline.name == "Partners"
    removed_stage = [c for c in services.deals.history(d) if c.field == "stage"][-1].old
    assert removed_stage.name == "Proposal", "a removed stage keeps its name in the history"


def test_rename_and_counts(services: Services) -> None:
    renamed = services.pipelines.rename("Sales", "New business")
    assert renamed.name == "New business" and services.pipelines.get().name == "New business"
    deal(services, "One", stage_id="Qualified")
    counts = services.pipelines.deal_counts()
    assert list(counts.values()) == [0, 1, 0, 0, 0]
