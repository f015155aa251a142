"""What a search tells besides the hits: where the query is in each, the value it matched instead of the name,
whose a note is, a company's people, how many of each kind match, and every hit of a kind."""

from __future__ import annotations

from cardfile.domain.models import CompanyCreate, ContactCreate, NoteCreate, validate
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import FoundIn
from tests.helpers import add_contact


def test_a_name_hit_says_where_the_query_is(services: Services) -> None:
    add_contact(services, given="Anna", family="Jónsdóttir")
    (hit,) = services.search.search("jonsd")
    assert hit.display_name == "Anna Jónsdóttir"
    assert hit.name_marks == ((5, 10),) and hit.found_in is None


def test_a_phone_match_shows_the_number_it_matched(services: Services) -> None:
    """The person's name holds no digits: the hit names the number that matched, and where in it."""
    add_contact(
        services,
        given="Bjarni",
        family="Ólafsson",
        phones=[{"value": "+354 411 1111", "label": "work"}, {"value": "+354 555 1234", "label": "cell"}],
    )
    (hit,) = services.search.search("555-1234")
    assert hit.name_marks == ()
    assert hit.found_in == FoundIn("phones", "cell", "+354 555 1234", ((5, 13),))


def test_an_email_or_company_match_names_the_value(services: Services) -> None:
    add_contact(services, given="Carla", family="Díaz", emails=[{"value": "carla@nordurljos.is", "label": "work"}])
    add_contact(services, given="Dan", family="Moe", company_name="Globex Iceland")
    (carla,) = services.search.search("nordurl")
    assert carla.found_in == FoundIn("emails", "work", "carla@nordurljos.is", ((6, 13),))
    (dan,) = services.search.search("globex", types=["contact"])
    assert dan.found_in == FoundIn("company", "", "Globex Iceland", ((0, 6),))


def test_a_note_says_whose_it_is_and_when_and_the_line_it_was_found_in(services: Services) -> None:
    anna = add_contact(services, given="Anna", family="Berg")
    company = services.companies.create(validate(CompanyCreate, name="Acme Ltd")).id
    body = "Call about the renewal\n" + "Long talk about boats and the weather and much else. " * 2 + "Wants a pilot."
    note = services.notes.add(validate(NoteCreate, body=body, contact_ids=[anna], company_ids=[company]))
    (hit,) = services.search.search("pilot")
    assert hit.display_name == "Call about the renewal" and hit.name_marks == ()
    assert hit.about == ("Anna Berg", "Acme Ltd")
    assert hit.when == note.meta.created_at
    assert hit.found_in is not None and hit.found_in.field == "body"
    value, ((start, end),) = hit.found_in.value, hit.found_in.marks
    assert value.startswith("…") and value.endswith("Wants a pilot.") and value[start:end] == "pilot"


def test_a_company_hit_names_its_first_people_and_how_many_it_has(services: Services) -> None:
    for given in ("Eva", "Ari", "Dóra", "Bo", "Cy"):
        add_contact(services, given=given, family="Smith", company_name="Nordurljos")
    gone = add_contact(services, given="Aaron", family="Smith", company_name="Nordurljos")
    services.contacts.delete(gone)
    (hit,) = services.search.search("nordurljos", types=["company"])
    assert hit.people == ("Ari Smith", "Bo Smith", "Cy Smith") and hit.people_count == 5


def test_counts_and_ids_give_every_hit_of_a_kind_not_only_the_best(services: Services) -> None:
    """Regression: the search popup showed at most eight people and offered no way to see the many Petrovs
    together."""
    petrovs = set(
        services.contacts.create_many([validate(ContactCreate, given=f"Ivan{n}", family="Petrov") for n in range(60)])
    )
    add_contact(services, given="Anna", family="Petrova")
    services.companies.create(validate(CompanyCreate, name="Petrov Trading"))
    add_contact(services, given="Someone", family="Else")
    assert len(services.search.search("petrov", limit=50)) == 50
    assert services.search.counts("petrov") == {"contact": 61, "company": 1}
    ids = services.search.ids("petrov", RecordType.CONTACT.value)
    assert len(ids) == 61 and petrovs <= set(ids)
    assert services.search.counts("zzyzx") == {} and services.search.ids("zzyzx", "contact") == []
    assert services.search.counts("   ") == {}
