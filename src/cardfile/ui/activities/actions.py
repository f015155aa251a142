"""Scheduling, editing, clearing and rescheduling from anywhere: each opens its dialog over `parent` and returns it.

The task list, the calendar, a person's Activities tab, the row menu of a list and the main window's Ctrl+Shift+A
all come here, so an activity is scheduled and cleared the same way wherever it is.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from cardfile.domain.errors import CardfileError, NotFound
from cardfile.domain.models import ActivityCreate
from cardfile.domain.recurrence import zone_of
from cardfile.services import Services
from cardfile.services.readmodels import Ref
from cardfile.ui.activities.clear import ClearDialog, RescheduleDialog, clear_item, follow_up_preset
from cardfile.ui.activities.editors import When
from cardfile.ui.activities.form import ActivityItem, local_zone, preset_values, read_item
from cardfile.ui.activities.schedule import ScheduleDialog
from cardfile.ui.words import error_text


def schedule(
    services: Services,
    parent: QWidget | None,
    *,
    people: Sequence[Ref] = (),
    company: str = "",
    deal: Ref | None = None,
    when: When | None = None,
    each: bool | None = None,
) -> ScheduleDialog:
    """The schedule dialog for a new activity with these people (several: one activity with each, unless the
    person unticks it), this company or deal, at this time (default: the next half hour)."""
    start = when or next_half_hour(services)
    dialog = ScheduleDialog(
        services,
        preset=preset_values(when=start, people=people, company=company, deal=deal),
        each=len(people) > 1 if each is None else each,
        parent=parent,
    )
    dialog.open()
    return dialog


def next_half_hour(services: Services) -> When:
    """A new activity's time when nobody said: the next half hour of today, for 30 minutes."""
    now = services.db.now().astimezone(zone_of(local_zone()))
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(minutes=30 if now.minute < 30 else 60)
    return When("timed", start.date(), start.time(), 30)


def edit(services: Services, parent: QWidget | None, key: str) -> ScheduleDialog | None:
    """The schedule dialog over an activity (or one occurrence); None if it is gone."""
    item = _item(services, parent, key)
    if item is None:
        return None
    dialog = ScheduleDialog(services, item=item, parent=parent)
    dialog.open()
    return dialog


def clear(services: Services, parent: QWidget | None, keys: Sequence[str]) -> ClearDialog | None:
    """The clear dialog for tasks; a follow-up asked for opens the schedule dialog, and its save clears and
    schedules in one action (cancelling it clears without one)."""
    if not keys:
        return None
    try:
        dialog = ClearDialog(services, keys, parent)
    except NotFound:
        _gone(parent)
        return None
    dialog.follow_up_requested.connect(
        lambda item, happened, result, outcome, completed: follow_up(
            services, parent, item, happened=happened, result=result, outcome=outcome, completed=completed
        )
    )
    dialog.open()
    return dialog


def follow_up(
    services: Services,
    parent: QWidget | None,
    item: ActivityItem,
    *,
    happened: datetime,
    result: str,
    outcome: str,
    completed: bool,
) -> ScheduleDialog:
    """Schedule the follow-up of an activity being cleared: both are one action."""
    done: dict[str, Any] = {"cleared": False}

    def clear_with(data: ActivityCreate) -> str:
        key = clear_item(
            services, item, happened=happened, result=result, outcome=outcome, completed=completed, follow_up=data
        )
        done["cleared"] = True
        return key

    def clear_without() -> None:
        if done["cleared"]:
            return
        try:
            clear_item(services, item, happened=happened, result=result, outcome=outcome, completed=completed)
        except CardfileError as error:
            QMessageBox.warning(parent, dialog.windowTitle(), error_text(error))

    dialog = ScheduleDialog(
        services,
        preset=follow_up_preset(services, item),
        create=clear_with,
        title=_tr("Schedule a Follow-up"),
        parent=parent,
    )
    dialog.rejected.connect(clear_without)
    dialog.open()
    return dialog


def reschedule(services: Services, parent: QWidget | None, keys: Sequence[str]) -> RescheduleDialog | None:
    if not keys:
        return None
    try:
        dialog = RescheduleDialog(services, keys, parent)
    except NotFound:
        _gone(parent)
        return None
    dialog.open()
    return dialog


def _item(services: Services, parent: QWidget | None, key: str) -> ActivityItem | None:
    try:
        item = read_item(services, key)
    except NotFound:
        item = None
    if item is None or item.activity.meta.deleted_at is not None:
        _gone(parent)
        return None
    return item


def _gone(parent: QWidget | None) -> None:
    QMessageBox.information(parent, _tr("Activity"), _tr("That activity was deleted."))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ActivityActions", text)
