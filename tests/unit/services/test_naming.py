"""Naming a record by what a person types: one `resolve` for every kind, each kind allowing the keys NAMING lists."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import Ambiguous, NotFound
from cardfile.domain.models import DealCreate, validate
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.records import NAMING
from tests.unit.world import World


def test_every_kind_a_person_names_has_its_ways_listed(services: Services) -> None:
    """The command line names these kinds; each service's resolve goes through the one table."""
    named = {
        RecordType.CONTACT: services.contacts,
        RecordType.COMPANY: services.companies,
        RecordType.DEAL: services.deals,
        RecordType.ACTIVITY: services.activities,
        RecordType.NOTE: services.notes,
        RecordType.GROUP: services.groups,
        RecordType.LOOKUP: services.lookups,
    }
    assert set(named) == set(NAMING)
    for record_type, service in named.items():
        with pytest.raises(NotFound) as raised:
            service.resolve("no such thing")
        assert raised.value.params["record_type"] == record_type.value


def test_a_record_in_the_trash_is_named_by_its_id_but_not_by_its_name(services: Services, world: World) -> None:
    """`cardfile contact restore ID` must find it; a name names only the living, so a new 'Old Timer' wins."""
    assert services.contacts.resolve(world.trashed) == world.trashed
    assert services.contacts.resolve(world.trashed[:-4]) == world.trashed
    with pytest.raises(NotFound):
        services.contacts.resolve("Old Timer")


def test_a_group_in_the_trash_is_not_named_even_by_its_id(services: Services, world: World) -> None:
    services.groups.delete(world.group)
    with pytest.raises(NotFound):
        services.groups.resolve(world.group)


def test_names_are_matched_whole_ignoring_case_and_accents(services: Services, world: World) -> None:
    deal = services.deals.create(validate(DealCreate, name="Þjónusta Café", company_id=world.company)).id
    assert services.deals.resolve("þjónusta cafe") == deal
    assert services.companies.resolve("ACME LTD") == world.company
    with pytest.raises(NotFound):
        services.deals.resolve("Þjónusta")  # a part of a name is a search, not a name


def test_an_id_prefix_shared_by_several_records_lists_them(services: Services, world: World) -> None:
    """Ids made within a minute share their first eight characters (UUIDv7 starts with the time)."""
    prefix = world.anna[:8]
    sharing = [rid for rid in (world.anna, world.bob, world.acme_only, world.trashed) if rid.startswith(prefix)]
    assert len(sharing) > 1, "the world's people were made within a minute"
    with pytest.raises(Ambiguous) as raised:
        services.contacts.resolve(prefix)
    assert set(str(raised.value.params["candidates"]).split(", ")) <= set(sharing)
    with pytest.raises(NotFound):
        services.contacts.resolve(prefix[:7])  # shorter than eight characters is no prefix at all
