"""Groups: static membership of people and companies."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import CustomFieldCreate, validate
from cardfile.domain.values import RecordType
from cardfile.services import Services
from tests.unit.world import World


def test_a_group_with_members(services: Services, world: World) -> None:
    group = services.groups.get(world.group)
    assert (group.name, group.description, group.member_count) == ("Newsletter", "Monthly mailing", 1)
    assert services.groups.members(world.group) == [world.anna]
    assert group.as_json()["type"] == "group" and group.as_json()["members"] == 1


def test_adding_is_idempotent_and_removing_counts(services: Services, world: World) -> None:
    assert services.groups.add_members(world.group, [world.bob, world.anna, world.bob]) == 1
    assert services.groups.members(world.group) == [world.anna, world.bob]
    assert services.groups.remove_members(world.group, [world.anna, world.acme_only]) == 1
    assert services.groups.members(world.group) == [world.bob]
    assert services.groups.add_members(world.group, [world.anna]) == 1  # back in, same link revived
    assert services.groups.members(world.group) == [world.bob, world.anna]
    with services.db.read() as conn:
        links = conn.exec_driver_sql(
            "SELECT count(*) FROM link WHERE source_id = ? AND target_id = ?", (world.group, world.anna)
        ).scalar_one()
    assert links == 1


def test_companies_are_members_too(services: Services, world: World) -> None:
    assert services.groups.add_members(world.group, [world.company], RecordType.COMPANY) == 1
    assert services.groups.members(world.group, RecordType.COMPANY) == [world.company]
    assert services.groups.get(world.group).member_count == 2
    assert [g.id for g in services.groups.groups_of(world.company, RecordType.COMPANY)] == [world.group]
    with pytest.raises(ValidationError) as caught:
        services.groups.add_members(world.group, [world.deal], RecordType.DEAL)
    assert caught.value.params["field"] == "member"


def test_members_must_be_live(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        services.groups.add_members(world.group, [world.trashed])
    assert caught.value.params["field"] == "contact"
    services.groups.delete(world.group)
    with pytest.raises(ValidationError) as caught:
        services.groups.add_members(world.group, [world.bob])
    assert caught.value.params["field"] == "group"


def test_rename_delete_restore_and_resolve(services: Services, world: World) -> None:
    renamed = services.groups.rename(world.group, " Mailing ", " Quarterly ")
    assert (renamed.name, renamed.description) == ("Mailing", "Quarterly")
    assert services.groups.rename(world.group, "Mailing").description == "Quarterly"
    assert services.groups.resolve("MAILING") == world.group
    services.groups.create("Board")
    assert [g.name for g in services.groups.list()] == ["Board", "Mailing"]
    assert services.groups.delete(world.group) is True
    assert [g.name for g in services.groups.list()] == ["Board"]
    with pytest.raises(NotFound):
        services.groups.resolve("Mailing")
    assert services.groups.restore(world.group) is True
    assert services.groups.members(world.group) == [world.anna]  # membership survives the Trash
    services.groups.create("board")
    with pytest.raises(Ambiguous):
        services.groups.resolve("Board")


def test_a_group_needs_a_name(services: Services, world: World) -> None:
    for call in (lambda: services.groups.create("  "), lambda: services.groups.rename(world.group, "")):
        with pytest.raises(ValidationError) as caught:
            call()
        assert caught.value.params["field"] == "name"


def test_groups_of_a_person(services: Services, world: World) -> None:
    board = services.groups.create("Board").id
    services.groups.add_members(board, [world.anna])
    assert {g.id for g in services.groups.groups_of(world.anna)} == {board, world.group}
    assert services.groups.groups_of(world.bob) == []


def test_a_custom_field_name_is_its_kinds_own_whatever_its_case(services: Services) -> None:
    define = services.custom_fields.define
    size = define(validate(CustomFieldCreate, name="Shoe size", field_type="number"))
    met = define(validate(CustomFieldCreate, name="Met at", field_type="text"))
    define(validate(CustomFieldCreate, name="Shoe size", field_type="number", record_type="company"))  # another kind

    with pytest.raises(ValidationError) as taken:
        define(validate(CustomFieldCreate, name="SHOE SIZE", field_type="text"))
    with pytest.raises(ValidationError) as renamed:
        services.custom_fields.rename(met.id, "shoe Size")

    for error in (taken.value, renamed.value):
        assert error.params["reason"] == "field_name_taken" and error.params["field"] == "name"
    assert services.custom_fields.rename(size.id, "Shoe Size").name == "Shoe Size"  # its own name, new case
    assert [f.name for f in services.custom_fields.list("contact")] == ["Shoe Size", "Met at"]
