"""Activities, described for the record framework: the task list's columns, an activity's card, its form (form.py)
and how the page's list is read (`TaskSource`, over services.tasks). The page itself (page.py) adds the views,
filters, clearing and rescheduling only a task list has.

A row of the list is a task: an activity, or one occurrence of a repeating one, named by its key (services/tasks.py).
An overdue one is red, with "overdue" in its Status column, until it is cleared or moved to a later time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTime
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QVBoxLayout

from cardfile.domain.errors import NotFound
from cardfile.domain.recurrence import Recurrence, zone_of
from cardfile.domain.values import RecordType
from cardfile.services import Services
from cardfile.services.readmodels import Occurrence
from cardfile.services.tasks import ORDERS, TaskFilter, View
from cardfile.ui.activities.editors import describe_recurrence, type_name
from cardfile.ui.activities.form import ActivityItem, activity_form, local_zone, read_item
from cardfile.ui.dates import alarm_text, format_date, format_datetime, format_wall_time, minutes_text
from cardfile.ui.records.card import CardBuilder, Row
from cardfile.ui.records.kind import RecordKind
from cardfile.ui.records.list_model import Column
from cardfile.ui.records.tabs import RelatedTabs, Tab
from cardfile.ui.words import KindWords, result_text

OVERDUE_RED = "#c62828"  # readable on light and dark list backgrounds alike


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ActivityCard", text, disambiguation, n)


def overdue_color() -> QColor:
    return QColor(OVERDUE_RED)


def dim_color() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)


# ----- how an occurrence reads -----


def when_text(starts_at: datetime | None, ends_at: datetime | None, *, timeless: bool, all_day: bool) -> str:
    """'3/4/25 10:00 AM', a timeless one's date alone, an all-day one's date(s) with "all day": never "12:00 AM"
    for a day without a time."""
    if starts_at is None:
        return _tr("no date")
    if timeless:
        return format_date(starts_at.date())
    if all_day:
        last = ends_at.date().toordinal() - 1 if ends_at is not None and ends_at > starts_at else None
        if last is not None and last > starts_at.date().toordinal():
            from datetime import date

            return _tr("{first} – {last}, all day").format(
                first=format_date(starts_at.date()), last=format_date(date.fromordinal(last))
            )
        return _tr("{day}, all day").format(day=format_date(starts_at.date()))
    return format_datetime(starts_at)


# The longest of moments (two-digit day, month and hour, in the evening): the list keeps room for it whole.
LONGEST_WHEN = datetime(2026, 12, 28, 22, 30)


def status_text(status: str, overdue: bool) -> str:
    if overdue:
        return _tr("overdue")
    return {"done": _tr("done"), "cancelled": _tr("cancelled"), "skipped": _tr("skipped")}.get(status, "")


def priority_text(priority: str) -> str:
    return {"low": _tr("low"), "normal": _tr("normal"), "high": _tr("high")}.get(priority, priority)


def _row_color(o: Occurrence) -> QColor | None:
    if o.overdue:
        return overdue_color()
    return dim_color() if o.status != "scheduled" else None


def task_columns() -> list[Column[Occurrence]]:
    def when(o: Occurrence) -> str:
        text = when_text(o.starts_at, o.ends_at, timeless=o.timeless, all_day=o.all_day)
        return f"{text} ↻" if o.series_id is not None else text

    return [
        Column(
            "when", _tr("When"), when, "start", width=170, foreground=_row_color, least=format_wall_time(LONGEST_WHEN)
        ),
        Column("subject", _tr("Subject"), lambda o: o.subject, "subject", width=260, foreground=_row_color),
        Column("type", _tr("Type"), lambda o: type_name(o.kind, o.type_name), "type", width=90),
        Column("priority", _tr("Priority"), lambda o: priority_text(o.priority), "priority", width=70),
        Column(
            "with",
            _tr("With"),
            lambda o: ", ".join(r.name for r in o.contacts),
            width=180,
            pieces=lambda o: [r.name for r in o.contacts],
        ),
        Column("status", _tr("Status"), lambda o: status_text(o.status, o.overdue), width=80, foreground=_row_color),
        Column("owner", _tr("Owner"), lambda o: o.owner_id, shown=False, width=80),
    ]


# ----- the card -----


def activity_card(card: CardBuilder, item: ActivityItem, services: Services) -> None:
    """An activity's card: what and when, how it repeats, with whom, its alarm, how it went, its details."""
    a = item.activity
    when = when_text(item.starts_at, item.ends_at, timeless=a.timeless, all_day=a.all_day)
    subtitle: list[tuple[str, str | None]] = [(type_name(a.kind, a.type_name), None), (when, None)]
    card.header(a.subject, subtitle, avatar=False)
    rows: list[Row] = [(_tr("When"), when)]
    if item.starts_at is not None and item.ends_at is not None and not item.floating and item.ends_at > item.starts_at:
        rows.append((_tr("Length"), minutes_text(int((item.ends_at - item.starts_at).total_seconds() // 60))))
    if a.time_zone and not item.floating and a.time_zone != local_zone() and item.starts_at is not None:
        there = item.starts_at.astimezone(zone_of(a.time_zone))
        clock = QLocale().toString(QTime(there.hour, there.minute), QLocale.FormatType.ShortFormat)
        rows.append((_tr("In its zone"), f"{clock} ({a.time_zone})"))
    rule = a.rrule or _series_rule(services, item)
    if rule:
        rows.append((_tr("Repeats"), _repeat_text(rule, item)))
    status = status_text(a.status, item.overdue) or _tr("scheduled")
    rows.append((_tr("Status"), status))
    rows.append((_tr("Priority"), priority_text(a.priority)))
    rows.append((_tr("Alarm"), alarm_text(a.alarm_minutes)))
    if a.meta.private:
        rows.append((_tr("Private"), _tr("only you see it")))
    card.section(_tr("Activity"), rows)
    people: list[Row] = [(_tr("Person"), card.link(ref.name, f"record:contact:{ref.id}")) for ref in a.contacts]
    if a.company is not None:
        people.append((_tr("Company"), card.link(a.company.name, f"record:company:{a.company.id}")))
    if a.deal is not None:
        people.append((_tr("Deal"), card.link(a.deal.name, f"record:deal:{a.deal.id}")))
    card.section(_tr("With"), people)
    if a.status in ("done", "cancelled"):
        history: list[Row] = []
        if a.status == "done":
            history.append((_tr("Result"), result_text(a.result)))
        else:
            history.append((_tr("Result"), _tr("did not take place")))
        if a.happened_at is not None:
            history.append((_tr("Happened"), format_datetime(a.happened_at)))
        if a.completed_at is not None:
            history.append((_tr("Cleared"), format_datetime(a.completed_at)))
        card.section(_tr("Outcome"), history)
        card.paragraph(_tr("What came of it"), a.outcome)
    card.paragraph(_tr("Details"), a.details)
    card.custom_fields(a.custom)


def _series_rule(services: Services, item: ActivityItem) -> str:
    if item.series_id is None:
        return ""
    try:
        return services.activities.get(item.series_id).rrule
    except NotFound:
        return ""


def _repeat_text(rule: str, item: ActivityItem) -> str:
    start = item.occurrence or item.starts_at
    zone = None if item.floating else (item.activity.time_zone or local_zone())
    local = None
    if start is not None:
        local = start.replace(tzinfo=None) if zone is None else start.astimezone(zone_of(zone)).replace(tzinfo=None)
    recurrence = Recurrence.of(rule, local, zone_name=zone) if local is not None else None
    return describe_recurrence(recurrence, local) if recurrence is not None else rule


def history_value(services: Services, activity_id: str, describe: Callable[[Any], str]) -> Callable[[Any], str]:
    """What History says of an activity's value in the reader's words, as its card says it: the built-in type,
    the priority, the status and the result translated, a repeat rule described ('Every week on Monday', not
    'FREQ=WEEKLY'); every other field as `describe` (the card's) says it."""
    types: dict[str, str] | None = None
    start: tuple[datetime | None, str | None] | None = None

    def value(change: Any) -> str:
        nonlocal types, start
        field_name, shown = change.field, change.value
        if field_name == "type_id" and isinstance(shown, str):
            if types is None:
                types = {t.id: type_name(t.key, t.name) for t in services.activities.types()}
            if shown in types:
                return types[shown]
        elif field_name == "priority" and isinstance(shown, str) and shown:
            return priority_text(shown)
        elif field_name == "status" and isinstance(shown, str) and shown:
            return status_text(shown, False) or (_tr("scheduled") if shown == "scheduled" else shown)
        elif field_name == "result" and isinstance(shown, str) and shown:
            return result_text(shown)
        elif field_name == "rrule" and isinstance(shown, str) and shown:
            if start is None:  # the rule read against the activity's start, as its card reads it
                try:
                    activity = services.activities.get(activity_id)
                    zone = None if activity.timeless else (activity.time_zone or local_zone())
                    start = (activity.starts_at, zone)
                except NotFound:
                    start = (None, None)
            at, zone = start
            local = None
            if at is not None:
                local = at.replace(tzinfo=None) if zone is None else at.astimezone(zone_of(zone)).replace(tzinfo=None)
            recurrence = Recurrence.of(shown, local, zone_name=zone) if local is not None else None
            return describe_recurrence(recurrence, local) if recurrence is not None else shown
        return describe(change)

    return value


def _fill_history(tabs: RelatedTabs, layout: QVBoxLayout) -> None:
    """The change log of the activity's own record: of the series, for an occurrence it gives as it is."""
    key = tabs.record_id
    tabs.record_id = key.split("@", 1)[0]
    describe = tabs._describe
    tabs._describe = history_value(tabs._services, tabs.record_id, describe)
    try:
        tabs._build_history(layout)
    finally:
        tabs.record_id = key
        tabs._describe = describe


ACTIVITY_HISTORY = Tab("history", lambda: _tr("History"), _fill_history, ("activity",))


# ----- where the list's rows come from -----


@dataclass
class TaskSource:
    """The task list's view and filters, answering what a list page asks of a kind's service (`ids`, `rows`,
    `get`, `delete_many`) from services.tasks. Each page holds its own."""

    services: Services
    view: View = "today"
    filters: TaskFilter = field(default_factory=TaskFilter)

    def ids(self, *, order: str = "start", reverse: bool = False, **_ignored: Any) -> list[str]:
        view, filters = self.view, self.filters  # read once: this runs on a worker while the person may switch
        return self.services.tasks.keys(
            view, filters=filters, order=order if order in ORDERS else "start", reverse=reverse, week_start=week_start()
        )

    def rows(self, keys: Sequence[str]) -> list[Occurrence]:
        return self.services.tasks.rows(keys)

    def get(self, key: str) -> ActivityItem:
        return read_item(self.services, key)

    def delete_many(self, keys: Sequence[str]) -> int:
        return self.services.tasks.delete_many(keys)


def week_start() -> int:
    """The locale's first day of the week, 0 = Monday … 6 = Sunday (as the services count)."""
    return QLocale().firstDayOfWeek().value - 1


def activity_words() -> KindWords:
    context = "ActivitiesPage"

    def t(text: str) -> str:
        return QCoreApplication.translate(context, text)

    return KindWords(
        title=t("Activities"),
        new=t("&Schedule…"),
        counted=lambda n: QCoreApplication.translate(context, "%Ln activity(ies)", "", n),
        count=t("Activities: {count}"),
        empty_title=t("Nothing to do here"),
        empty_explanation=t(
            "Calls, meetings and to-dos you schedule are listed here until you clear them. Schedule one with "
            "Ctrl+Shift+A from anywhere, or from a person's Activities tab."
        ),
        no_matches=t("No activities in this view"),
        placeholder=t("Select an activity to see it."),
        menu=t("Ac&tivity"),
    )


def _page(*args: Any, **kwargs: Any) -> Any:
    from cardfile.ui.activities.page import ActivitiesPage

    return ActivitiesPage(*args, **kwargs)


ACTIVITIES = RecordKind(
    key="activities",
    record_type=RecordType.ACTIVITY,
    shows=("contact", "company", "deal", "activity_type"),
    columns=task_columns,
    card=activity_card,
    form=lambda services: activity_form(services),
    tabs=(ACTIVITY_HISTORY,),
    service=TaskSource,
    words=activity_words,
    taggable=False,
    groupable=False,
    page=_page,
)
