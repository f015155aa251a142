"""Read models the desktop lists and cards need: list orders, tags in use, company suggestions, the timeline, and
deleting several records as one step."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import CompanyCreate, validate
from cardfile.services import Services
from cardfile.services.companies import COMPANY_ORDERS
from cardfile.services.contacts import CONTACT_ORDERS
from tests.helpers import add_contact
from tests.unit.world import World


@pytest.fixture
def listed(services: Services) -> dict[str, str]:
    return {
        "angel": add_contact(
            services,
            given="Ángel",
            family="Zubiri",
            title="CEO",
            company_name="Zulu",
            emails=[{"value": "z@zulu.example"}],
            phones=[{"value": "+34 (91) 555 0100"}],
            addresses=[{"locality": "Ávila"}],
        ),
        "bo": add_contact(services, given="Bo", family="Andersson", title="buyer", company_name="alpha"),
        "cy": add_contact(services, given="Cy", family="Moss", addresses=[{"locality": "Bath"}]),
    }


def names(services: Services, ids: list[str]) -> list[str]:
    return [services.contacts.get(i).given for i in ids]


@pytest.mark.parametrize(
    ("order", "forward", "backward"),
    [
        # by the name as shown (Ángel Zubiri, Bo Andersson, Cy Moss), accents not counting; the File as column's
        # order is by family name (Andersson, Moss, Zubiri)
        ("name", ["Ángel", "Bo", "Cy"], ["Cy", "Bo", "Ángel"]),
        ("file_as", ["Bo", "Cy", "Ángel"], ["Ángel", "Cy", "Bo"]),
        ("company", ["Bo", "Ángel", "Cy"], ["Ángel", "Bo", "Cy"]),  # no company: last either way
        ("title", ["Bo", "Ángel", "Cy"], ["Ángel", "Bo", "Cy"]),  # case and accents do not count
        ("email", ["Ángel", "Bo", "Cy"], ["Ángel", "Cy", "Bo"]),  # the empty ones by name, reversed too
        ("phone", ["Ángel", "Bo", "Cy"], ["Ángel", "Cy", "Bo"]),
        ("city", ["Ángel", "Cy", "Bo"], ["Cy", "Ángel", "Bo"]),  # 'Ávila' before 'Bath'
        ("created", ["Cy", "Bo", "Ángel"], ["Ángel", "Bo", "Cy"]),  # newest first
        ("updated", ["Cy", "Bo", "Ángel"], ["Ángel", "Bo", "Cy"]),
    ],
)
def test_contacts_are_listed_in_the_order_of_a_column(
    services: Services, listed: dict[str, str], order: str, forward: list[str], backward: list[str]
) -> None:
    assert names(services, services.contacts.ids(order=order)) == forward
    assert names(services, services.contacts.ids(order=order, reverse=True)) == backward


def test_the_list_sorts_by_the_name_it_shows_and_files_people_by_family_name(services: Services) -> None:
    """Guards a bug: the Name column showed 'Anna Jónsdóttir' but sorted her under J, so the list read out of order
    and typing 'an' did not find her."""
    ids = [add_contact(services, given=g, family=f) for g, f in (("Anna", "Jónsdóttir"), ("Björn", "Andersen"))]
    cjk = add_contact(services, given="太郎", family="山田")
    solo = add_contact(services, display_name="Reception desk")
    rows = {r.id: r for r in services.contacts.rows([*ids, cjk, solo])}
    assert [rows[i].display_name for i in services.contacts.ids() if i in rows] == [
        "Anna Jónsdóttir", "Björn Andersen", "Reception desk", "山田太郎"]  # fmt: skip
    assert [rows[i].file_as for i in services.contacts.ids(order="file_as") if i in rows] == [
        "Andersen, Björn", "Jónsdóttir, Anna", "Reception desk", "山田太郎"]  # fmt: skip


def test_an_unknown_order_is_refused_by_name(services: Services) -> None:
    assert set(CONTACT_ORDERS) >= {"name", "company", "title", "email", "city", "updated"}
    with pytest.raises(ValidationError) as raised:
        services.contacts.ids(order="shoe size")
    assert raised.value.params["field"] == "order"


def test_companies_sort_by_their_columns_and_filter_by_group_and_lookup(services: Services, world: World) -> None:
    other = services.companies.create(validate(CompanyCreate, name="Beta", industry="Apples", tags=["Supplier"])).id
    ids = services.companies.ids
    assert set(COMPANY_ORDERS) >= {"name", "industry", "city", "people", "updated"}
    assert ids(order="industry") == [world.company, other]  # Anvils, Apples
    assert ids(order="industry", reverse=True) == [other, world.company]
    assert ids(order="people") == [world.company, other]  # most people first
    assert ids(order="name", reverse=True) == [other, world.company]
    assert ids(tag="supplier") == [other]
    group = services.groups.create("Partners")
    services.groups.add_members(group.id, [other], member_type=services.companies.record_type)
    assert ids(group_id=group.id) == [other]
    lookup = services.lookups.save("Anvil makers", {"record_type": "company", "conditions": [
        {"field": "industry", "op": "equals", "value": "Anvils"}]})  # fmt: skip
    assert ids(lookup_id=lookup.id) == [world.company]


def test_tags_in_use_count_each_tag_once_whatever_its_case(services: Services) -> None:
    add_contact(services, given="A", tags=["VIP", "press"])
    add_contact(services, given="B", tags=["vip"])
    add_contact(services, given="C", tags=["vip", "Ålesund"])
    gone = add_contact(services, given="D", tags=["gone"])
    services.contacts.delete(gone)
    assert services.contacts.tags() == [("Ålesund", 1), ("press", 1), ("vip", 3)]  # the most used spelling


def test_company_suggestions_match_the_start_of_the_name_ignoring_case_and_accents(
    services: Services, world: World
) -> None:
    for name in ("Íslandsbanki", "Isavia", "Acme Ltd Europe", "Old Isle"):
        services.companies.create(validate(CompanyCreate, name=name))
    assert [ref.name for ref in services.companies.suggest("is")] == ["Isavia", "Íslandsbanki"]
    assert [ref.name for ref in services.companies.suggest("ACME")] == ["Acme Ltd", "Acme Ltd Europe"]
    assert [ref.name for ref in services.companies.suggest("acme", limit=1)] == ["Acme Ltd"]
    assert services.companies.suggest("  ") == []


def test_the_timeline_holds_completed_activities_notes_and_changes_newest_first(
    services: Services, world: World
) -> None:
    services.activities.clear(world.call, outcome="Sent the quote")
    entries = services.history.timeline("contact", world.anna)
    kinds = [entry.kind for entry in entries]
    assert kinds[0] == "activity" and entries[0].title == "Call Anna about the order"
    assert entries[0].detail == "Sent the quote" and entries[0].status == "done"
    assert "note" in kinds and kinds[-1] == "change"  # creating Anna came first
    assert [e.at for e in entries] == sorted((e.at for e in entries), reverse=True)
    created = entries[-1]
    assert created.title == "Add contact" and any(c.field == "given" for c in created.changes)
    company = services.history.timeline("company", world.company)
    assert any(e.kind == "activity" for e in company)  # the call was with someone who works there
    assert entries[0].as_json()["kind"] == "activity"
    with pytest.raises(ValidationError):
        services.history.timeline("deal", world.deal)


def test_deleting_several_is_one_step_that_one_undo_takes_back(services: Services, world: World) -> None:
    before = len(services.history.actions())
    assert services.contacts.delete_many([world.anna, world.bob, world.anna]) == 2
    assert len(services.history.actions()) == before + 1
    assert services.history.actions()[0].label == "Delete contacts"
    services.history.undo()
    assert {world.anna, world.bob} <= set(services.contacts.ids())
    assert services.companies.delete_many([world.company]) == 1
    assert services.companies.ids() == []


def test_a_company_logo_reads_back(services: Services) -> None:
    logo = b"\x89PNG\r\n\x1a\nlogo"
    company = services.companies.create(validate(CompanyCreate, name="Logo Co", logo=logo, logo_mime="image/png"))
    assert services.companies.logo(company.id) == (logo, "image/png")
    plain = services.companies.create(validate(CompanyCreate, name="Plain Co"))
    assert services.companies.logo(plain.id) is None
