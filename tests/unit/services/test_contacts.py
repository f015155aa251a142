"""People: create, edit, display names, tags, custom fields, listing and resolving."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import Ambiguous, NotFound, NotOwner, ValidationError
from cardfile.domain.models import ContactCreate, ContactUpdate, CustomFieldCreate, validate
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.contacts import CONTACT_ORDERS
from cardfile.services.readmodels import ContactRead, Ref
from tests.helpers import add_contact
from tests.unit.world import PHOTO, World


def edit(services: Services, contact_id: str, company_name: str | None = None, **fields: object) -> ContactRead:
    return services.contacts.update(contact_id, validate(ContactUpdate, **fields), company_name=company_name)


def name_of(services: Services, contact_id: str) -> str:
    return services.contacts.get(contact_id).display_name


# ----- creating and reading -----


def test_a_new_contact_reads_back_as_created(services: Services, world: World) -> None:
    anna = services.contacts.get(world.anna)
    assert anna.display_name == "Anna Berg"
    assert anna.company is not None and anna.company.name == "Acme Ltd"
    assert [e["value"] for e in anna.emails] == ["anna@acme.example", "anna@home.example"]
    assert anna.emails[0] == {"value": "anna@acme.example", "label": "work", "preferred": True}
    assert anna.phones == [{"value": "+1 555-010-2030", "label": "cell", "preferred": False}]
    assert anna.addresses[0]["locality"] == "Springfield"
    assert anna.tags == ["customer", "vip"]
    assert anna.birthday == "--04-15"
    assert (anna.photo_mime, anna.photo_size) == ("image/png", len(PHOTO))
    assert services.contacts.photo(world.anna) == (PHOTO, "image/png")
    assert anna.custom == {"Region": "North", "Score": 7, "Renewal": "2031-01-31", "Tier": "Gold", "Newsletter": True}
    assert anna.meta.owner_id == "me" and anna.meta.private is False and not anna.deleted
    assert anna.meta.created_at.tzinfo is not None


def test_the_json_form_has_the_documented_fields(services: Services, world: World) -> None:
    data = services.contacts.get(world.anna).as_json()
    assert data["id"] == world.anna and data["type"] == "contact" and data["display_name"] == "Anna Berg"
    assert data["company"] == {"id": world.company, "name": "Acme Ltd"}
    assert data["emails"][0] == {"value": "anna@acme.example", "label": "work", "preferred": True}
    assert data["tags"] == ["customer", "vip"]
    assert data["created_at"].endswith("Z") and data["deleted_at"] is None
    assert data["photo"] == {"mime": "image/png", "size": len(PHOTO)}


def test_missing_records_are_not_found(services: Services) -> None:
    for call in (
        lambda: services.contacts.get("nope"),
        lambda: edit(services, "nope", given="x"),
        lambda: services.contacts.delete("nope"),
        lambda: services.contacts.restore("nope"),
        lambda: services.contacts.photo("nope"),
    ):
        with pytest.raises(NotFound) as caught:
            call()
        assert caught.value.params == {"record_type": "contact", "record_id": "nope"}


def test_linking_a_company_that_does_not_exist_names_the_field(services: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        add_contact(services, given="x", company_id="no-such-company")
    assert caught.value.params["field"] == "company"
    assert services.contacts.count() == 0


def test_linking_a_company_in_the_trash_is_refused(services: Services, world: World) -> None:
    services.companies.delete(world.company)
    with pytest.raises(ValidationError) as caught:
        edit(services, world.bob, company_id=world.company)
    assert caught.value.params["field"] == "company"


def test_a_photo_with_its_type(services: Services) -> None:
    contact = add_contact(services, given="Pic", photo=b"\xff\xd8jpeg", photo_mime="image/jpeg")
    assert services.contacts.photo(contact) == (b"\xff\xd8jpeg", "image/jpeg")
    assert services.contacts.photo(add_contact(services, given="NoPic")) is None


# ----- display names -----


def test_display_name_falls_back_to_company_then_email(services: Services) -> None:
    assert name_of(services, add_contact(services, company_name="Initech")) == "Initech"
    assert name_of(services, add_contact(services, emails=[{"value": "who@example.org"}])) == "who@example.org"
    assert name_of(services, add_contact(services, nickname="Ace", company_name="Initech")) == "Ace"


def test_cjk_names_are_family_name_first_without_a_space(services: Services) -> None:
    assert name_of(services, add_contact(services, given="太郎", family="山田")) == "山田太郎"
    assert name_of(services, add_contact(services, given="민준", family="김")) == "김민준"


def test_name_order_setting_applies_to_new_names(services: Services) -> None:
    services.settings.set_name_order("family_first")
    assert name_of(services, add_contact(services, given="Anna", family="Berg")) == "Berg Anna"
    with pytest.raises(ValidationError) as caught:
        services.settings.set_name_order("alphabetical")
    assert caught.value.params["field"] == "name order"


def test_a_display_name_set_by_hand_is_kept_until_cleared(services: Services) -> None:
    contact = add_contact(services, given="Robert", family="Smith", display_name="Bobby")
    assert name_of(services, contact) == "Bobby"
    edit(services, contact, given="Rob")
    assert name_of(services, contact) == "Bobby"
    edit(services, contact, display_name="")
    assert name_of(services, contact) == "Rob Smith"
    edit(services, contact, family="Jones")
    assert name_of(services, contact) == "Rob Jones"


def test_a_person_known_by_company_follows_its_rename_but_a_named_one_does_not(services: Services) -> None:
    from cardfile.domain.models import CompanyUpdate

    nameless = add_contact(services, company_name="Initech")
    named = add_contact(services, given="Peter", company_name="Initech")
    company = services.contacts.get(nameless).company
    assert company is not None
    services.companies.update(company.id, validate(CompanyUpdate, name="Initrode"))
    assert name_of(services, nameless) == "Initrode"
    assert name_of(services, named) == "Peter"


def test_sorting_by_name_follows_the_shown_name_and_file_as_the_family_name(services: Services) -> None:
    """By name is by the name as it is shown (the list's Name column reads in order); File as files people by
    family name. Both ignore case and accents."""
    for given_name, family in [("Zoe", "Ábel"), ("adam", "zimmer"), ("Éve", "Brown"), ("Only", "")]:
        add_contact(services, given=given_name, family=family)
    assert [c.display_name for c in services.contacts.list()] == ["adam zimmer", "Éve Brown", "Only", "Zoe Ábel"]
    by_family = [c.display_name for c in services.contacts.list(order="file_as")]
    assert by_family == ["Zoe Ábel", "Éve Brown", "Only", "adam zimmer"]


# ----- editing -----


def test_named_fields_replace_and_empty_values_clear(services: Services, world: World) -> None:
    updated = edit(services, world.anna, phones=[{"value": "+44 20 7946 0000", "label": "work"}], title="", tags=[])
    assert updated.phones == [{"value": "+44 20 7946 0000", "label": "work", "preferred": False}]
    assert updated.title == "" and updated.tags == []
    assert [e["value"] for e in updated.emails] == ["anna@acme.example", "anna@home.example"]  # not named: kept


def test_company_by_name_links_creates_once_and_unlinks(services: Services, world: World) -> None:
    again = add_contact(services, given="Carl", company_name="ACME LTD")
    assert services.contacts.get(again).company == Ref(world.company, "Acme Ltd")
    moved = edit(services, world.bob, company_name="Société Générale")
    also = edit(services, again, company_name="societe generale")
    assert moved.company is not None and also.company is not None and moved.company.id == also.company.id
    assert edit(services, world.bob, company_name="").company is None
    assert len(services.companies.list()) == 2


def test_private_and_owner(services: Services) -> None:
    contact = add_contact(services, given="Secret", private=True, owner_id="alice")
    read = services.contacts.get(contact)
    assert (read.meta.private, read.meta.owner_id) == (True, "alice")
    with pytest.raises(NotOwner):  # only alice may make her record public
        edit(services, contact, private=False)
    mine = add_contact(services, given="Mine", private=True)
    assert edit(services, mine, private=False).meta.private is False


# ----- tags -----


def test_bulk_tagging_adds_once_and_removes_ignoring_case(services: Services, world: World) -> None:
    """Regression: a tag typed with a space around it ('expo ') was added again next to 'Expo'."""
    assert services.contacts.set_tags([world.anna, world.bob], add=["Expo", "expo "], remove=[" VIP"]) == 2
    assert services.contacts.get(world.anna).tags == ["customer", "Expo"]
    assert services.contacts.get(world.bob).tags == ["prospect", "Expo"]
    assert services.contacts.set_tags([world.anna, world.bob], add=["EXPO"]) == 0  # nothing changed
    assert services.contacts.ids(tag="expo") == [world.anna, world.bob]


# ----- custom fields -----


def test_custom_values_by_name_or_id_of_each_type(services: Services, world: World) -> None:
    updated = edit(services, world.bob, custom={"score": "12.5", world.fields["Newsletter"]: "no", "Tier": "Silver"})
    assert updated.custom == {"Score": 12.5, "Newsletter": False, "Tier": "Silver"}
    cleared = edit(services, world.bob, custom={"Score": None})
    assert cleared.custom == {"Newsletter": False, "Tier": "Silver"}


@pytest.mark.parametrize(
    ("custom", "field"),
    [
        ({"Score": "lots"}, "custom.Score"),
        ({"Renewal": "next spring"}, "custom.Renewal"),
        ({"Tier": "Platinum"}, "custom.Tier"),
        ({"Newsletter": "perhaps"}, "custom.Newsletter"),
        ({"Shoe size": "9"}, "custom.Shoe size"),
        ({"Account": "x"}, "custom.Account"),  # a company field, not a contact field
    ],
)
def test_bad_custom_values_are_refused_naming_the_field(
    services: Services,
    world: World,
    custom: dict[str, object],
    field: str,
) -> None:
    with pytest.raises(ValidationError) as caught:
        edit(services, world.bob, custom=custom)
    assert caught.value.params["field"] == field
    assert services.contacts.get(world.bob).custom == {}


def test_a_removed_custom_field_hides_its_values_until_restored(services: Services, world: World) -> None:
    services.custom_fields.remove(world.fields["Region"])
    assert "Region" not in services.contacts.get(world.anna).custom
    services.custom_fields.restore(world.fields["Region"])
    assert services.contacts.get(world.anna).custom["Region"] == "North"


def test_custom_field_names_are_unique_per_record_type(services: Services, world: World) -> None:
    with pytest.raises(ValidationError) as caught:
        services.custom_fields.define(validate(CustomFieldCreate, name="region"))
    assert caught.value.params["field"] == "name"
    services.custom_fields.define(validate(CustomFieldCreate, name="Region", record_type="company"))
    with pytest.raises(ValidationError):
        services.custom_fields.rename(world.fields["Score"], "Tier")
    renamed = services.custom_fields.rename(world.fields["Tier"], "Level", ["Gold", "Silver", "Bronze"])
    assert (renamed.name, renamed.choices) == ("Level", ["Gold", "Silver", "Bronze"])
    assert services.contacts.get(world.anna).custom["Level"] == "Gold"
    assert [f.name for f in services.custom_fields.list("contact")] == [
        "Region",
        "Score",
        "Renewal",
        "Level",
        "Newsletter",
    ]


# ----- listing -----


def test_list_filters(services: Services, world: World) -> None:
    ids = services.contacts.ids
    assert set(ids()) == {world.anna, world.bob, world.acme_only}
    assert ids(deleted=True) == [world.trashed]
    assert set(ids(company_id=world.company)) == {world.anna, world.acme_only}
    assert ids(group_id=world.group) == [world.anna]
    assert set(ids(lookup_id=world.lookup)) == {world.anna, world.acme_only}
    assert ids(tag="VIP") == [world.anna]
    assert ids(order="created")[0] == world.acme_only
    assert services.contacts.count() == 3 and services.contacts.count(deleted=True) == 1
    page = services.contacts.list(limit=1, offset=1)
    assert [c.id for c in page] == [ids()[1]]


def test_rows_are_the_list_view_page_in_the_order_asked(services: Services, world: World) -> None:
    rows = services.contacts.rows([world.bob, world.anna, "missing"])
    assert [r.id for r in rows] == [world.bob, world.anna]
    anna = rows[1]
    assert (anna.company, anna.email, anna.phone, anna.locality) == (
        "Acme Ltd",
        "anna@acme.example",
        "+1 555-010-2030",
        "Springfield",
    )
    assert anna.tags == ["customer", "vip"] and anna.updated_at.tzinfo is not None
    assert services.contacts.rows([]) == []


def test_resolve_by_id_prefix_email_or_name(services: Services, world: World) -> None:
    resolve = services.contacts.resolve
    assert resolve(world.anna) == world.anna
    assert resolve(world.anna[:-4]) == world.anna
    assert resolve("ANNA@home.example") == world.anna
    assert resolve("bob stone") == world.bob
    add_contact(services, given="Bob", family="Stone")
    with pytest.raises(Ambiguous):
        resolve("Bob Stone")
    with pytest.raises(NotFound):
        resolve("Nobody Here")


def test_create_many_is_one_step_in_order(services: Services) -> None:
    ids = services.contacts.create_many([validate(ContactCreate, given=f"P{n:03d}") for n in range(120)])
    assert [name_of(services, i) for i in (ids[0], ids[-1])] == ["P000", "P119"]
    assert len(services.history.actions()) == 1
    services.history.undo()
    assert services.contacts.count() == 0


# ----- the stored name order (name_key, migration 0009) -----


def _name_keys(services: Services) -> dict[str, tuple[str, str]]:
    with services.db.read() as conn:
        return {r[0]: (r[1], r[2]) for r in conn.exec_driver_sql("SELECT id, display_name, name_key FROM contact")}


def _assert_keys_follow_names(services: Services) -> None:
    from cardfile.domain.text import fold

    wrong = {i: (name, key) for i, (name, key) in _name_keys(services).items() if key != fold(name)}
    assert not wrong, f"name_key out of step with the shown name: {wrong}"


def test_the_stored_name_order_follows_every_write_of_the_shown_name(services: Services) -> None:
    """name_key (the folded shown name the Name order walks) is kept by the store on create, edit, a bulk create
    as imports make, a merge, undo and a change of name order; it is never logged, so never synced."""
    anna = add_contact(services, given="Ánna", family="Þórsdóttir")
    services.contacts.create_many([validate(ContactCreate, given=g, family="Ørsted") for g in ("Émile", "ZOË")])
    _assert_keys_follow_names(services)
    services.contacts.update(anna, validate(ContactUpdate, given="Åsa"))
    assert _name_keys(services)[anna] == ("Åsa Þórsdóttir", "asa thorsdottir")
    services.contacts.update(anna, validate(ContactUpdate, display_name="Ms. ÅSA"))
    assert _name_keys(services)[anna][1] == "ms. asa"
    services.history.undo()
    assert _name_keys(services)[anna][1] == "asa thorsdottir"
    twin = add_contact(services, given="Asa", family="Thorsdottir", title="Buyer")
    services.merging.merge(twin, [anna])
    _assert_keys_follow_names(services)
    services.settings.set_name_order("family_first")
    assert _name_keys(services)[twin] == ("Thorsdottir Asa", "thorsdottir asa")
    _assert_keys_follow_names(services)
    with services.db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM change WHERE field = 'name_key'").scalar_one() == 0


def test_no_caller_sets_the_stored_name_order(services: Services) -> None:
    anna = add_contact(services, given="Anna")
    with pytest.raises(KeyError, match="name_key"), services.db.write("Edit contact") as w:
        w.update(RecordType.CONTACT, anna, {"name_key": "aaa"})
    assert _name_keys(services)[anna] == ("Anna", "anna")


def test_contact_list_json_reads_in_the_name_order_with_every_filter(services: Services) -> None:
    """each_json walks one query in the list's order; it gives exactly the people and order `ids` gives, for
    each order, reversed, with a tag, a company, an offset and a limit."""
    import json

    for n, (given, family) in enumerate([("Ángel", "Ruiz"), ("andrés", "Gil"), ("Zoë", "Ōtsuka"), ("Þóra", "Sig")]):
        add_contact(
            services, given=given, family=family, tags=["vip"] if n % 2 else [], company_name="Acme" if n else None
        )
    gone = add_contact(services, given="Gone")
    services.contacts.delete(gone)
    company = services.contacts.get(services.contacts.ids()[-1]).company
    assert company is not None
    for order in CONTACT_ORDERS:
        for filters in ({}, {"reverse": True}, {"tag": "vip"}, {"company_id": company.id}, {"deleted": True}):
            ids = services.contacts.ids(order=order, **filters)
            listed = [json.loads(text)["id"] for text in services.contacts.each_json(order=order, **filters)]
            assert listed == ids, (order, filters)
            window = [
                json.loads(t)["id"] for t in services.contacts.each_json(order=order, offset=1, limit=2, **filters)
            ]
            assert window == ids[1:3], (order, filters)
