"""Reminders: an alarm pops up at its time, several due at once share one window, a snooze rings again later (even
after a restart), a dismissal for good; alarms missed while the app was closed come up at the start; a jump of the
wall clock (a wake from sleep) is noticed. The services' clock is the fake a test moves."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ActivityCreate
from cardfile.services import Services, open_database
from cardfile.ui.activities.reminders import ReminderController, ReminderWindow
from cardfile.ui.main_window import MainWindow
from cardfile.ui.widgets.basics import isolated
from tests.gui.conftest import OpenWindow
from tests.helpers import FixedClock

pytestmark = pytest.mark.gui

NOW = datetime(2025, 3, 12, 9, 0, tzinfo=UTC)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def services(db_path: Path, clock: FixedClock) -> Iterator[Services]:
    with open_database(db_path, now=clock) as opened:
        yield opened


def checked(qtbot: QtBot, reminders: ReminderController) -> None:
    """Let the reminders' background read come back."""
    qtbot.waitUntil(lambda: not reminders._runner.active())


def alarm_window(window: MainWindow) -> ReminderWindow | None:
    dialog = window.reminders.dialog
    return dialog if dialog is not None and dialog.isVisible() else None


def test_an_alarm_rings_at_its_time_and_a_snooze_rings_it_again_later(
    qtbot: QtBot, services: Services, clock: FixedClock, open_window: OpenWindow
) -> None:
    call = services.activities.schedule(
        ActivityCreate(subject="Call Anna", starts_at=NOW + timedelta(minutes=20), alarm_minutes=10)
    )
    window = open_window()
    reminders = window.reminders
    window.start_reminders()
    checked(qtbot, reminders)
    assert alarm_window(window) is None and reminders.next_ring == NOW + timedelta(minutes=10)
    clock.now = NOW + timedelta(minutes=9)
    reminders.tick()
    checked(qtbot, reminders)
    assert alarm_window(window) is None  # not yet
    clock.now = NOW + timedelta(minutes=10, seconds=5)
    with qtbot.waitSignal(reminders.rang) as rang:
        reminders.tick()
    assert [a.activity_id for a in rang.args[0]] == [call.id]
    dialog = alarm_window(window)
    assert dialog is not None and [a.subject for a in dialog.alarms] == ["Call Anna"]
    assert dialog.snooze_chosen(15)
    assert services.activities.get(call.id) is not None
    checked(qtbot, reminders)
    assert reminders.next_ring == NOW + timedelta(minutes=25, seconds=5)
    clock.now = NOW + timedelta(minutes=20)
    reminders.tick()
    checked(qtbot, reminders)
    assert not services.reminders.due()  # snoozed, in the database (a restart keeps it)
    clock.now = NOW + timedelta(minutes=26)
    with qtbot.waitSignal(reminders.rang):
        reminders.tick()
    dialog = alarm_window(window)
    assert dialog is not None and dialog.dismiss_chosen()
    assert not services.reminders.due()
    assert alarm_window(window) is None  # nothing left: the window closed


def test_several_due_at_once_are_listed_in_one_window_and_missed_ones_show_at_the_start(
    qtbot: QtBot, services: Services, clock: FixedClock, open_window: OpenWindow
) -> None:
    for subject, minutes in (("Send the quote", -90), ("Call Bo", -30), ("Lunch with Cy", 5)):
        services.activities.schedule(
            ActivityCreate(subject=subject, starts_at=NOW + timedelta(minutes=minutes), alarm_minutes=15)
        )
    window = open_window()
    with qtbot.waitSignal(window.reminders.rang) as rang:
        window.start_reminders()  # as at a start after the app was closed
    assert sorted(a.subject for a in rang.args[0]) == ["Call Bo", "Lunch with Cy", "Send the quote"]
    dialog = alarm_window(window)
    assert dialog is not None and dialog.list.topLevelItemCount() == 3
    missed = [dialog.list.topLevelItem(i).text(2) for i in range(3)]
    assert sum("missed" in text for text in missed) == 2  # the two that have started already
    first = dialog.list.topLevelItem(0)
    # each column's text whole in its tooltip: a long "missed, rang …" was cut with "…" in Japanese and Persian
    # whole, each value in its own direction
    assert [first.toolTip(column) for column in range(3)] == [isolated(first.text(column)) for column in range(3)]


def test_a_jump_of_the_wall_clock_is_checked_at_once(
    qtbot: QtBot, services: Services, clock: FixedClock, open_window: OpenWindow
) -> None:
    """A laptop waking from a night's sleep: the next tick sees the clock jump and rings what came due."""
    services.activities.schedule(
        ActivityCreate(subject="Morning call", starts_at=NOW + timedelta(hours=10), alarm_minutes=0)
    )
    window = open_window()
    reminders = window.reminders
    window.start_reminders()
    checked(qtbot, reminders)
    reminders.next_ring = None  # as if the next ring were unknown: only the jump can bring the check on
    clock.now = NOW + timedelta(hours=11)
    with qtbot.waitSignal(reminders.rang):
        reminders.tick()
