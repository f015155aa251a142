"""Events: listeners hear about an action once it has committed, and never about one that rolled back."""

from __future__ import annotations

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.models import ContactCreate, validate
from cardfile.services import Services
from cardfile.services.events import EventBus, RecordsChanged
from tests.helpers import add_contact
from tests.unit.world import World


def test_an_event_names_the_action_and_every_record_it_touched(services: Services) -> None:
    heard: list[RecordsChanged] = []
    services.db.events.subscribe(heard.append)
    contact = add_contact(services, given="Ada", company_name="Analytical Engines")
    (event,) = heard
    assert event.label == "Add contact"
    assert event.records["contact"] == frozenset({contact})
    assert len(event.records["company"]) == 1
    assert event.action_id == services.history.actions()[0].id


def test_listeners_run_after_commit_and_see_the_new_data(services: Services) -> None:
    seen: list[str] = []

    def listener(event: RecordsChanged) -> None:
        # a listener reads through its own connection: the action must already be committed
        (contact_id,) = event.records["contact"]
        seen.append(services.contacts.get(contact_id).display_name)
        seen.extend(r.display_name for r in services.search.search("Ada"))

    services.db.events.subscribe(listener)
    add_contact(services, given="Ada")
    assert seen == ["Ada", "Ada"]


def test_no_event_when_the_action_fails(services: Services) -> None:
    heard: list[RecordsChanged] = []
    services.db.events.subscribe(heard.append)
    with pytest.raises(ValidationError):
        services.contacts.create_many(
            [validate(ContactCreate, given="Fine"), validate(ContactCreate, given="Bad", company_id="missing")]
        )
    assert heard == []
    assert services.contacts.count() == 0  # and nothing of the batch was kept


def test_no_event_when_nothing_changed(services: Services, world: World) -> None:
    heard: list[RecordsChanged] = []
    services.db.events.subscribe(heard.append)
    services.contacts.set_tags([world.anna], add=["vip"])
    assert heard == []


def test_each_action_is_one_event(services: Services, world: World) -> None:
    heard: list[RecordsChanged] = []
    services.db.events.subscribe(heard.append)
    services.contacts.delete(world.anna)
    services.history.undo()
    services.history.erase("contact", world.trashed)
    assert [e.label for e in heard] == ["Delete contact", "Undo Delete contact", "Erase record"]
    assert heard[2].records["contact"] == frozenset({world.trashed})


def test_unsubscribe() -> None:
    bus = EventBus()
    heard: list[RecordsChanged] = []
    unsubscribe = bus.subscribe(heard.append)
    bus.publish(RecordsChanged("one", "a1"))
    unsubscribe()
    bus.publish(RecordsChanged("two", "a2"))
    assert [e.label for e in heard] == ["one"]


def test_a_listener_may_unsubscribe_while_being_called() -> None:
    bus = EventBus()
    calls: list[str] = []
    unsubscribe = None

    def once(event: RecordsChanged) -> None:
        calls.append(event.label)
        assert unsubscribe is not None
        unsubscribe()

    unsubscribe = bus.subscribe(once)
    bus.subscribe(lambda e: calls.append("other " + e.label))
    bus.publish(RecordsChanged("x", "a"))
    bus.publish(RecordsChanged("y", "b"))
    assert calls == ["x", "other x", "other y"]
