"""The device's outbox after pulls: it starts above what a sync pulled, and no own write ever hides below that.

A device's outbox is its own change-log rows the server has not confirmed. After a first sync the change log holds
a whole snapshot of other devices' writes; a sync with nothing to do must not search those again (bench/sync.py:
"nothing to do" on 100,000 contacts), so the sync remembers the last row it pulled. Real devices (database files)
sync with the real server app on loopback, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable

from cardfile.domain.models import ContactCreate, ContactUpdate
from cardfile.services import Services
from cardfile.services import sync as sync_service
from tests.server.conftest import PASSWORD


def sync(services: Services) -> sync_service.SyncReport:
    return services.sync.sync(password=PASSWORD)


def outbox_start(services: Services) -> int:
    with services.db.read() as conn:
        return sync_service._outbox_start(conn)


def last_seq(services: Services) -> int:
    with services.db.read() as conn:
        return int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change").scalar_one())


def test_after_a_first_sync_the_outbox_starts_above_everything_pulled(device: Callable[[str], Services]) -> None:
    laptop, phone = device("laptop"), device("phone")
    for n in range(5):
        laptop.contacts.create(ContactCreate(given=f"Person {n}", family="Example"))
    sync(laptop)

    assert sync(phone).pulled > 0
    assert outbox_start(phone) == last_seq(phone)  # the pulled rows are never searched again
    assert phone.sync.status().pending == 0

    person = phone.contacts.list()[0]
    phone.contacts.update(person.id, ContactUpdate(title="Edited on the phone"))
    assert phone.sync.status().pending == 1
    assert sync(phone).pushed == 1
    sync(laptop)
    assert laptop.contacts.get(person.id).title == "Edited on the phone"


def test_an_edit_made_after_a_pulled_erasure_is_pushed(device: Callable[[str], Services]) -> None:
    """Regression: the outbox started above the last pulled row by its number alone. A pulled erasure then
    deleted the rows at the top of the change log, the next edit took one of their numbers (SQLite reuses the
    largest rowid), and that edit was never pushed. The remembered row is now checked, not just its number."""
    laptop, phone = device("laptop"), device("phone")
    own = phone.contacts.create(ContactCreate(given="Zed", family="Phone")).id
    sync(phone)
    doomed = laptop.contacts.create(ContactCreate(given="Wanda", family="Laptop")).id
    sync(laptop)
    sync(phone)  # the phone's change log now ends with Wanda's rows
    laptop.history.erase("contact", doomed)
    sync(laptop)
    sync(phone)  # the erasure removes Wanda's rows, the top of the phone's change log

    phone.contacts.update(own, ContactUpdate(title="Edited after the erasure"))
    assert phone.sync.status().pending == 1
    assert sync(phone).pushed == 1
    sync(laptop)
    assert laptop.contacts.get(own).title == "Edited after the erasure"
