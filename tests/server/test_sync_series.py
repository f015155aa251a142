"""A recurring series and its exceptions synced between two devices through the real server on loopback: skips,
edits and clearings of occurrences made on two laptops at once all arrive, field by field; alarm state syncs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from cardfile.domain.models import ActivityCreate, ActivityUpdate, ContactCreate, validate
from cardfile.server.storage import ServerStore
from cardfile.services import Services, open_database
from tests.helpers import FixedClock
from tests.server.live import serve_in_thread

PASSWORD = "anna-secret-1"
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    store = ServerStore.open(f"sqlite:///{tmp_path / 'server.db'}")
    store.add_account("anna", PASSWORD)
    clock = FixedClock(datetime(2025, 3, 1, 12, tzinfo=UTC))
    opened: list[Services] = []
    try:
        with serve_in_thread(store) as url:
            for name in ("laptop", "desktop"):
                services = open_database(tmp_path / f"{name}.db", auto_backup=False, now=clock)
                opened.append(services)
                services.sync.configure(server=url, user="anna")
                services.sync.sync(password=PASSWORD)
            yield opened[0], opened[1]
    finally:
        for services in opened:
            services.close()
        store.close()


def sync(*devices: Services) -> None:
    for services in devices:
        services.sync.sync(password=PASSWORD)


def march(services: Services) -> list[tuple[str, str, datetime | None, str]]:
    found = services.activities.occurrences(datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC))
    return [(o.activity_id, o.subject, o.starts_at, o.status) for o in found]


def test_a_series_with_exceptions_made_on_two_devices_at_once_converges(devices: tuple[Services, Services]) -> None:
    laptop, desktop = devices
    anna = laptop.contacts.create(validate(ContactCreate, given="Anna", family="Berg")).id
    series = laptop.activities.schedule(
        validate(
            ActivityCreate,
            subject="Pipeline review",
            starts_at=datetime(2025, 3, 3, 9, tzinfo=BERLIN),
            duration_minutes=60,
            time_zone="Europe/Berlin",
            rrule="FREQ=WEEKLY;BYDAY=MO",
            contact_ids=[anna],
            alarm_minutes=15,
        )
    ).id
    sync(laptop, desktop)
    assert march(desktop) == march(laptop) and len(march(desktop)) == 5

    def on(services: Services, day: int) -> datetime:
        return services.activities.occurrence_of(series, date(2025, 3, day))

    # Neither device has seen the other's changes:
    laptop.activities.skip_occurrence(series, on(laptop, 10))
    laptop.activities.update_occurrence(series, on(laptop, 17), validate(ActivityUpdate, subject="Review with Bo"))
    laptop.activities.update_occurrence(series, on(laptop, 31), validate(ActivityUpdate, priority="high"))
    desktop.activities.clear(series, occurrence=on(desktop, 24), outcome="Forecast agreed")
    desktop.activities.update_occurrence(series, on(desktop, 17), validate(ActivityUpdate, details="Bring figures"))
    desktop.activities.update_occurrence(series, on(desktop, 31), validate(ActivityUpdate, subject="Last of March"))
    sync(laptop, desktop, laptop)

    assert march(laptop) == march(desktop)
    statuses = {start.day: (subject, status) for _, subject, start, status in march(laptop) if start}
    assert statuses == {
        3: ("Pipeline review", "scheduled"),
        17: ("Review with Bo", "scheduled"),  # the laptop's subject …
        24: ("Pipeline review", "done"),
        31: ("Last of March", "scheduled"),
    }
    for services in (laptop, desktop):
        seventeenth = services.activities.get(_exception(services, series, 17))
        assert seventeenth.details == "Bring figures"  # … and the desktop's details: one record, merged by field
        thirty_first = services.activities.get(_exception(services, series, 31))
        assert (thirty_first.subject, thirty_first.priority) == ("Last of March", "high")
        assert [c.id for c in thirty_first.contacts] == [anna]
        # Both devices created the exceptions; their creation times are not a conflict anyone has to look at.
        assert services.sync.conflicts() == []


def _exception(services: Services, series: str, day: int) -> str:
    (found,) = [e.id for e in services.activities.exceptions(series) if e.recurrence_id and e.recurrence_id.day == day]
    return found


def test_a_dismissed_alarm_does_not_ring_again_on_the_other_device(devices: tuple[Services, Services]) -> None:
    laptop, desktop = devices
    call = laptop.activities.schedule(
        validate(
            ActivityCreate, subject="Call Anna", starts_at=datetime(2025, 3, 1, 12, 10, tzinfo=UTC), alarm_minutes=15
        )
    ).id
    sync(laptop, desktop)
    assert [a.key for a in desktop.reminders.due()] == [call]
    laptop.reminders.dismiss(call)
    sync(laptop, desktop)
    assert desktop.reminders.due() == []
    laptop.activities.reschedule(call, datetime(2025, 3, 1, 12, 5, tzinfo=UTC) + timedelta(days=1))
    sync(laptop, desktop)
    assert desktop.activities.get(call).starts_at == datetime(2025, 3, 2, 12, 5, tzinfo=UTC)
