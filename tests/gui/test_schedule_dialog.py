"""Scheduling from the desktop: the schedule dialog over the activity form, from a person's tab, for many people,
repeating, with an overlap, and a change to one occurrence or the whole series; clearing with a follow-up.

The services' clock is fixed (the one fake besides the keyring's); times are typed in this computer's zone, as a
person types them, and checked in UTC.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from cardfile.domain.models import ActivityCreate
from cardfile.domain.recurrence import local_zone_name
from cardfile.services import Services, open_database
from cardfile.services.readmodels import Ref
from cardfile.ui.activities import actions
from cardfile.ui.activities.clear import ClearDialog
from cardfile.ui.activities.editors import PeopleEditor, RepeatEditor, When, WhenEditor
from cardfile.ui.activities.page import ActivitiesPage
from cardfile.ui.activities.schedule import ScheduleDialog
from cardfile.ui.calendar.page import CalendarPage
from tests.gui.conftest import OpenWindow
from tests.helpers import FixedClock, add_contact, local

pytestmark = pytest.mark.gui

NOW = datetime(2025, 3, 12, 8, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def services(db_path: Path, clock: FixedClock) -> Iterator[Services]:
    with open_database(db_path, now=clock) as opened:
        yield opened


def fill(dialog: ScheduleDialog, subject: str, when: When) -> None:
    dialog.form.editors["subject"].setText(subject)  # type: ignore[attr-defined]
    editor = dialog.form.editors["when"]
    assert isinstance(editor, WhenEditor)
    editor.set_value(when)
    dialog.form.changed.emit()


def test_a_call_is_scheduled_from_a_persons_activities_tab(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    anna = add_contact(services, given="Anna", family="Jónsdóttir")
    window = open_window()
    page = window.go_to("contacts")
    assert page.select_record(anna)
    tabs = page.card.tabs
    assert tabs is not None
    tabs.show_tab("activities")
    button = tabs.findChild(QPushButton, "scheduleActivity")
    assert button is not None
    button.click()
    dialog = window.findChild(ScheduleDialog)
    assert dialog is not None and dialog.isVisible()
    assert [r.name for r in dialog.form.editors["people"].value()] == ["Anna Jónsdóttir"]  # type: ignore[attr-defined]
    fill(dialog, "Call about the renewal", When("timed", date(2025, 3, 13), time(10, 30), 30))
    dialog.form.editors["type_id"].set_value(services.activities.resolve_type("call"))  # type: ignore[attr-defined]
    assert dialog.save()
    (activity,) = services.activities.list(contact_id=anna)
    assert (activity.subject, activity.kind) == ("Call about the renewal", "call")
    assert activity.starts_at == local(date(2025, 3, 13), 10, 30)
    assert activity.ends_at == local(date(2025, 3, 13), 11, 0)
    assert activity.time_zone == local_zone_name()
    qtbot.waitUntil(lambda: page.card.tabs is not None and "Call about the renewal" in _tab_text(page.card.tabs))
    (line,) = [label for label in page.card.tabs.pages["activities"].findChildren(QLabel, "activity")]
    assert line.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse
    clear_link = re.search(r'href="(clear:[^"]+)"', line.text())
    assert clear_link is not None
    line.linkActivated.emit(clear_link.group(1))  # what a click on Clear… does
    clearing = next(d for d in window.findChildren(ClearDialog) if d.isVisible())
    assert clearing.clear()
    assert services.activities.get(activity.id).status == "done"


def _tab_text(tabs: object) -> str:
    page = tabs.pages["activities"]  # type: ignore[attr-defined]
    return " ".join(label.text() for label in page.findChildren(QLabel))


def test_scheduling_for_many_selected_people_makes_one_activity_each_in_one_undoable_step(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    people = [add_contact(services, given=name, family="Smith") for name in ("Ada", "Bo", "Cy")]
    window = open_window()
    page = window.go_to("contacts")
    page.view.selectAll()
    dialog = window.schedule_activity()
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.each.isVisibleTo(dialog) and dialog.each.isChecked()  # as ACT! does for a selection
    fill(dialog, "Quarterly check-in", When("timed", date(2025, 3, 14), time(9, 0), 15))
    assert dialog.save()
    made = services.activities.list()
    assert sorted(c.id for a in made for c in a.contacts) == sorted(people)
    assert all(len(a.contacts) == 1 and a.subject == "Quarterly check-in" for a in made) and len(made) == 3
    services.history.undo()
    assert services.activities.list() == []


def test_with_the_box_unticked_many_people_share_one_activity(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    ada, bo = (add_contact(services, given=name) for name in ("Ada", "Bo"))
    window = open_window()
    dialog = actions.schedule(services, window, people=[Ref(ada, "Ada"), Ref(bo, "Bo")])
    dialog.each.setChecked(False)
    fill(dialog, "Workshop", When("timed", date(2025, 3, 14), time(13, 0), 120))
    assert dialog.save()
    (activity,) = services.activities.list()
    assert {c.id for c in activity.contacts} == {ada, bo}


def test_a_weekly_series_on_two_days_ending_after_four(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    window = open_window()
    dialog = actions.schedule(services, window)
    fill(dialog, "Stand-up", When("timed", date(2025, 3, 17), time(9, 0), 15))  # a Monday
    repeat = dialog.form.editors["repeats"]
    assert isinstance(repeat, RepeatEditor)
    repeat.frequency.setCurrentIndex(repeat.frequency.findData("weekly"))
    repeat.follow_start()
    repeat.day_buttons[0].setChecked(True)  # Monday
    repeat.day_buttons[3].setChecked(True)  # Thursday
    repeat.ending.setCurrentIndex(repeat.ending.findData("after"))
    repeat.count.setValue(4)
    repeat.changed.emit()
    assert "Monday" in repeat.describe() and "Thursday" in repeat.describe()
    assert dialog.save()
    (series,) = services.activities.list()
    assert series.rrule == "FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4"
    found = services.activities.occurrences(NOW, NOW + timedelta(days=60))
    assert [o.starts_at for o in found] == [
        local(date(2025, 3, 17), 9),
        local(date(2025, 3, 20), 9),
        local(date(2025, 3, 24), 9),
        local(date(2025, 3, 27), 9),
    ]


def test_monthly_on_the_second_tuesday(qtbot: QtBot, services: Services, open_window: OpenWindow) -> None:
    window = open_window()
    dialog = actions.schedule(services, window)
    fill(dialog, "Board meeting", When("timed", date(2025, 3, 11), time(14, 0), 60))  # the second Tuesday
    repeat = dialog.form.editors["repeats"]
    assert isinstance(repeat, RepeatEditor)
    repeat.frequency.setCurrentIndex(repeat.frequency.findData("monthly"))
    repeat.follow_start()
    repeat.monthly.setCurrentIndex(repeat.monthly.findData("week:2"))
    assert "second" in repeat.describe()
    assert dialog.save()
    (series,) = services.activities.list()
    assert "BYDAY=2TU" in series.rrule and series.rrule.startswith("FREQ=MONTHLY")


def test_an_all_day_activity_never_reads_midnight(qtbot: QtBot, services: Services, open_window: OpenWindow) -> None:
    window = open_window()
    dialog = actions.schedule(services, window)
    fill(dialog, "Trade fair", When("all_day", date(2025, 3, 13), last_day=date(2025, 3, 14)))
    assert dialog.save()
    (fair,) = services.activities.list()
    assert fair.all_day and fair.starts_at == datetime(2025, 3, 13, tzinfo=UTC)
    assert fair.ends_at == datetime(2025, 3, 15, tzinfo=UTC)
    page = window.go_to("activities")
    page.show_tasks("all")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    text = page.model.index(0, 0).data()
    assert "all day" in text and "00:00" not in text and "12:00" not in text


def test_an_overlap_is_shown_before_saving_and_a_second_save_goes_ahead(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    services.activities.schedule(
        ActivityCreate(subject="Demo for Acme", starts_at=local(date(2025, 3, 13), 10), duration_minutes=60)
    )
    window = open_window()
    dialog = actions.schedule(services, window)
    fill(dialog, "Dentist", When("timed", date(2025, 3, 13), time(10, 30), 30))
    assert not dialog.save()
    assert dialog.overlap.isVisibleTo(dialog) and "Demo for Acme" in dialog.overlap.text()
    assert dialog.save_button.text() == "Save Anyway"
    assert len(services.activities.list()) == 1
    assert dialog.save()
    assert len(services.activities.list()) == 2


def test_changing_one_occurrence_or_the_whole_series(qtbot: QtBot, services: Services, open_window: OpenWindow) -> None:
    series = services.activities.schedule(
        ActivityCreate(
            subject="Stand-up", starts_at=local(date(2025, 3, 17), 9), duration_minutes=15, rrule="FREQ=DAILY;COUNT=5"
        )
    )
    second = local(date(2025, 3, 18), 9)
    window = open_window()
    key = f"{series.id}@{second.strftime('%Y-%m-%dT%H:%M:%S.000Z')}"
    dialog = actions.edit(services, window, key)
    assert dialog is not None and dialog.skip_button is not None
    dialog.questions.scope = "occurrence"
    dialog.form.editors["subject"].setText("Stand-up with the auditors")  # type: ignore[attr-defined]
    assert dialog.save()
    (changed,) = services.activities.exceptions(series.id)
    assert changed.subject == "Stand-up with the auditors" and changed.recurrence_id == second
    assert services.activities.get(series.id).subject == "Stand-up"
    third = local(date(2025, 3, 19), 9)
    dialog = actions.edit(services, window, f"{series.id}@{third.strftime('%Y-%m-%dT%H:%M:%S.000Z')}")
    assert dialog is not None
    dialog.questions.scope = "series"
    when = dialog.form.editors["when"]
    assert isinstance(when, WhenEditor)
    when.time.setTime(QTime(9, 30))
    dialog.form.changed.emit()
    assert dialog.save()
    moved = services.activities.get(series.id)
    assert moved.starts_at == local(date(2025, 3, 17), 9, 30)  # the first start, at the new time of day
    subjects = [o.subject for o in services.activities.occurrences(NOW, NOW + timedelta(days=10))]
    assert subjects.count("Stand-up with the auditors") == 1 and len(subjects) == 5


def test_skipping_one_occurrence(qtbot: QtBot, services: Services, open_window: OpenWindow) -> None:
    series = services.activities.schedule(
        ActivityCreate(subject="Gym", starts_at=local(date(2025, 3, 17), 7), rrule="FREQ=DAILY;COUNT=3")
    )
    second = local(date(2025, 3, 18), 7)
    window = open_window()
    dialog = actions.edit(services, window, f"{series.id}@{second.strftime('%Y-%m-%dT%H:%M:%S.000Z')}")
    assert dialog is not None and dialog.skip()
    starts = [o.starts_at for o in services.activities.occurrences(NOW, NOW + timedelta(days=10))]
    assert starts == [local(date(2025, 3, 17), 7), local(date(2025, 3, 19), 7)]


def test_clearing_records_how_it_went_and_schedules_the_follow_up_in_the_same_step(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    anna = add_contact(services, given="Anna")
    call = services.activities.schedule(
        ActivityCreate(
            subject="Call Anna",
            starts_at=local(date(2025, 3, 11), 15),
            duration_minutes=15,
            contact_ids=[anna],
            type_id=services.activities.resolve_type("call"),
        )
    )
    window = open_window()
    dialog = actions.clear(services, window, [call.id])
    assert isinstance(dialog, ClearDialog)
    assert dialog.happened.dateTime().toUTC().toPython().replace(tzinfo=UTC) == call.starts_at  # as scheduled
    dialog.left_message.setChecked(True)
    dialog.outcome.setPlainText("Asked her to call back about the quote")
    dialog.follow_up.setChecked(True)
    assert dialog.clear()
    follow_up = next(d for d in window.findChildren(ScheduleDialog) if d.isVisible())
    people = follow_up.form.editors["people"]
    assert isinstance(people, PeopleEditor) and [r.id for r in people.value()] == [anna]
    assert follow_up.save()
    cleared = services.activities.get(call.id)
    assert (cleared.status, cleared.result, cleared.happened_at) == ("done", "left_message", call.starts_at)
    assert cleared.outcome == "Asked her to call back about the quote"
    page = window.go_to("contacts")
    assert page.select_record(anna)
    tabs = page.card.tabs
    assert tabs is not None
    tabs.show_tab("history")  # how it went, beside when it happened

    def headings() -> list[str]:  # read afresh: the tabs are filled again as the records change
        shown = page.card.tabs
        history = shown.pages.get("history") if shown is not None else None
        return [label.text() for label in history.findChildren(QLabel, "historyAction")] if history else []

    qtbot.waitUntil(lambda: any("Call done · left a message" in h for h in headings()))
    (next_call,) = services.activities.list(contact_id=anna, status="scheduled")
    assert next_call.subject == "Call Anna" and next_call.kind == "call"
    assert next_call.starts_at is not None and next_call.starts_at > NOW
    services.history.undo()  # the clearing and the follow-up were one step
    assert services.activities.get(call.id).status == "scheduled"
    assert services.activities.list(contact_id=anna, status="scheduled") == [services.activities.get(call.id)]


def test_clearing_when_it_really_happened_and_declining_the_follow_up(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    call = services.activities.schedule(ActivityCreate(subject="Call Bo", starts_at=local(date(2025, 3, 10), 11)))
    window = open_window()
    dialog = actions.clear(services, window, [call.id])
    assert dialog is not None
    dialog.happened.setDate(QDate(2025, 3, 11))
    dialog.happened.setTime(QTime(16, 5))
    dialog.other.setChecked(True)
    dialog.other_text.setText("sent the brochure instead")
    dialog.follow_up.setChecked(True)
    assert dialog.clear()
    follow_up = next(d for d in window.findChildren(ScheduleDialog) if d.isVisible())
    follow_up.reject()  # no follow-up after all: the call is still cleared
    cleared = services.activities.get(call.id)
    assert cleared.status == "done" and cleared.result == "sent the brochure instead"
    assert cleared.happened_at == local(date(2025, 3, 11), 16, 5)
    assert len(services.activities.list()) == 1


def test_a_subject_is_required_and_the_dialog_stays_open(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    window = open_window()
    dialog = actions.schedule(services, window)
    assert not dialog.save()
    assert dialog.isVisible() and services.activities.list() == []
    assert "subject" in dialog.form.field_errors["subject"].text()


def test_the_keys_schedule_clear_and_switch_the_calendar(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    """Ctrl+Shift+A schedules with the person selected, Ctrl+D clears the task selected, Alt+4 shows the month."""
    anna = add_contact(services, given="Anna")
    services.activities.schedule(ActivityCreate(subject="Call Anna", starts_at=local(date(2025, 3, 12), 10)))
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts belong to the active window
    page = window.go_to("contacts")
    qtbot.waitUntil(lambda: page.select_record(anna))
    page.focus_list()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_A, ctrl_shift)  # Ctrl+Shift+A: with the person selected
    dialog = next(d for d in window.findChildren(ScheduleDialog) if d.isVisible())
    assert [r.id for r in dialog.form.editors["people"].value()] == [anna]  # type: ignore[attr-defined]
    dialog.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tasks = window.go_to("activities")
    assert isinstance(tasks, ActivitiesPage)
    qtbot.waitUntil(lambda: tasks.model.rowCount() == 1)
    tasks.focus_list()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Ctrl+D: clear
    clearing = next(d for d in window.findChildren(ClearDialog) if d.isVisible())
    clearing.reject()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    calendar = window.go_to("calendar")
    assert isinstance(calendar, CalendarPage)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # Alt+4: the month
    assert calendar.mode == "month"


def test_right_to_left_the_date_and_time_pickers_read_left_to_right(
    qtbot: QtBot, services: Services, open_window: OpenWindow
) -> None:
    """Right to left, the schedule dialog showed 10:30 as "30:10" and 2025-03-12 as "12-03-2025" (Qt lays a
    picker's sections out backwards); the pickers of the schedule and clear dialogs read left to right."""
    call = services.activities.schedule(ActivityCreate(subject="Call Bo", starts_at=local(date(2025, 3, 10), 11)))
    window = open_window()
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dialog = actions.schedule(services, window)
        when = dialog.form.editors["when"]
        assert isinstance(when, WhenEditor) and dialog.isRightToLeft()
        clearing = actions.clear(services, window, [call.id])
        assert clearing is not None
        pickers = [when.date, when.time, when.last_day, clearing.happened]
        assert all(p.layoutDirection() == Qt.LayoutDirection.LeftToRight for p in pickers)
        clearing.reject()
        dialog.reject()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
