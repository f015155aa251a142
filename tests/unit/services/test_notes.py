"""Notes: free text linked to people, companies and deals."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import NoteCreate, validate
from cardfile.services import Services
from tests.unit.world import World


def add(services: Services, body: str, **links: list[str]) -> str:
    return services.notes.add(validate(NoteCreate, body=body, **links)).id


def test_a_note_reads_back_with_its_links(services: Services, world: World) -> None:
    note = services.notes.get(world.note)
    assert note.body == "Met at the trade fair\nWants a quote"
    assert [r.name for r in note.contacts] == ["Anna Berg"]
    assert [r.name for r in note.companies] == ["Acme Ltd"]
    assert note.deals == []
    data = note.as_json()
    assert (data["id"], data["type"]) == (world.note, "note")
    assert data["display_name"] == "Met at the trade fair"


def test_notes_of_a_record_newest_first(services: Services, world: World) -> None:
    on_deal = add(services, "Budget approved", deal_ids=[world.deal], contact_ids=[world.anna])
    assert [n.id for n in services.notes.list(record_id=world.anna)] == [on_deal, world.note]
    assert [n.id for n in services.notes.list(record_id=world.deal)] == [on_deal]
    assert [n.id for n in services.notes.list(record_id=world.company)] == [world.note]
    assert services.notes.list(record_id=world.bob) == []


def test_edit_trims_and_refuses_empty_text(services: Services, world: World) -> None:
    assert services.notes.edit(world.note, "  Short now \n").body == "Short now"
    with pytest.raises(ValidationError) as caught:
        services.notes.edit(world.note, " \n ")
    assert caught.value.params["field"] == "body"
    with pytest.raises(NotFound):
        services.notes.edit("nope", "text")


@pytest.mark.parametrize(
    ("links", "field"), [("contact_ids", "contact"), ("company_ids", "company"), ("deal_ids", "deal")]
)
def test_links_must_point_at_live_records(services: Services, links: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        add(services, "x", **{links: ["nope"]})
    assert caught.value.params["field"] == field
    assert services.notes.list() == []


def test_delete_and_restore(services: Services, world: World) -> None:
    assert services.notes.delete(world.note) is True
    assert services.notes.list() == []
    assert [n.id for n in services.notes.list(deleted=True)] == [world.note]
    assert services.notes.restore(world.note) is True
    assert [n.id for n in services.notes.list()] == [world.note]


def test_resolve_by_prefix(services: Services, world: World) -> None:
    assert services.notes.resolve(world.note[:-4]) == world.note
    with pytest.raises(NotFound):
        services.notes.resolve("zz")
