"""Companies: create, edit, parents, their people, listing and resolving."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import Ambiguous, NotFound, ValidationError
from cardfile.domain.models import CompanyCreate, CompanyUpdate, validate
from cardfile.services import Services
from cardfile.services.readmodels import Ref
from tests.helpers import add_contact
from tests.unit.world import World


def create(services: Services, **fields: object) -> str:
    return services.companies.create(validate(CompanyCreate, **fields)).id


def test_a_company_reads_back(services: Services, world: World) -> None:
    acme = services.companies.get(world.company)
    assert (acme.name, acme.display_name, acme.industry) == ("Acme Ltd", "Acme Ltd", "Anvils")
    assert acme.phones == [{"value": "+1 555-010-9999", "label": "work", "preferred": False}]
    assert acme.custom == {"Account": "A-17"}
    assert acme.people_count == 2
    data = acme.as_json()
    assert (data["id"], data["type"], data["display_name"], data["people"]) == (world.company, "company", "Acme Ltd", 2)
    assert data["emails"] == [{"value": "info@acme.example", "label": "", "preferred": False}]


def test_a_company_needs_a_name(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        create(services, name="")
    assert caught.value.params["field"] == "name"
    with pytest.raises(ValidationError) as caught:
        services.companies.update(world.company, validate(CompanyUpdate, name=""))
    assert caught.value.params["field"] == "name"


def test_parents(services: Services, world: World) -> None:
    branch = create(services, name="Acme East", parent_id=world.company)
    assert services.companies.get(branch).parent == Ref(world.company, "Acme Ltd")
    for parent, problem in ((branch, "own parent"), ("nope", "no company")):
        with pytest.raises(ValidationError) as caught:
            services.companies.update(branch, validate(CompanyUpdate, parent_id=parent))
        assert caught.value.params["field"] == "parent" and problem in caught.value.message
    assert services.companies.update(branch, validate(CompanyUpdate, parent_id=None)).parent is None


def test_rename_keeps_what_was_not_named(services: Services, world: World) -> None:
    renamed = services.companies.update(world.company, validate(CompanyUpdate, name="Acme Group"))
    assert (renamed.name, renamed.industry, renamed.custom) == ("Acme Group", "Anvils", {"Account": "A-17"})
    assert services.companies.resolve("acme group") == world.company
    with pytest.raises(NotFound):
        services.companies.resolve("Acme Ltd")


def test_ensure_finds_by_name_ignoring_case_and_accents_and_skips_the_trash(services: Services, world: World) -> None:
    with services.db.write("Link") as w:
        assert services.companies.ensure(w, "  acme LTD ") == world.company
    services.companies.delete(world.company)
    with services.db.write("Link") as w:
        fresh = services.companies.ensure(w, "Acme Ltd")
    assert fresh != world.company


def test_people_of_a_company(services: Services, world: World) -> None:
    assert set(services.companies.people(world.company)) == {world.anna, world.acme_only}
    services.contacts.delete(world.anna)
    assert services.companies.people(world.company) == [world.acme_only]
    assert services.companies.get(world.company).people_count == 1


def test_listing_sorted_by_name_with_tags_and_trash(services: Services, world: World) -> None:
    zeta = create(services, name="Zeta", tags=["partner"])
    alpha = create(services, name="Ålpha")  # sorted as "alpha"
    assert services.companies.ids() == [world.company, alpha, zeta]
    assert services.companies.ids(tag="PARTNER") == [zeta]
    services.companies.delete(zeta)
    assert services.companies.ids(deleted=True) == [zeta]
    assert [c.name for c in services.companies.list(limit=1, offset=1)] == ["Ålpha"]


def test_resolve_ambiguous_and_missing(services: Services, world: World) -> None:
    create(services, name="ACME LTD")
    with pytest.raises(Ambiguous):
        services.companies.resolve("Acme Ltd")
    with pytest.raises(NotFound):
        services.companies.resolve("Initech")
    assert services.companies.resolve(world.company[:-4]) == world.company


def test_deleting_a_company_keeps_its_people_linked_for_restore(services: Services, world: World) -> None:
    services.companies.delete(world.company)
    assert services.contacts.get(world.anna).company == Ref(world.company, "Acme Ltd")
    assert services.companies.restore(world.company) is True
    assert services.companies.restore(world.company) is False


def test_company_custom_values_are_checked(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        create(services, name="Bad", custom={"Score": 1})  # a contact field
    assert caught.value.params["field"] == "custom.Score"
    updated = services.companies.update(world.company, validate(CompanyUpdate, custom={"Account": None}))
    assert updated.custom == {}


def test_a_person_added_with_a_new_company_name_creates_it(services: Services) -> None:
    contact = add_contact(services, given="Ida", company_name="Hooli")
    company = services.contacts.get(contact).company
    assert company is not None and services.companies.get(company.id).name == "Hooli"
