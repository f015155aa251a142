"""An activity's form, described once for the record framework: the schedule dialog and the card's in-place edit
both lay it out from `activity_form`.

What is particular to activities is how a save is written: a new activity with several people may become one
activity with each of them (as ACT! schedules for a selection), in one action; a change to one occurrence of a
repeating activity asks whether it is for this occurrence or the whole series; a timed activity over another of the
same owner's asks before it is saved. The form's questions go through `Questions`, which the dialog answers inline
and tests answer themselves.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import ActivityCreate, ActivityUpdate, validate
from cardfile.domain.recurrence import local_zone_name, zone_of
from cardfile.services import Services
from cardfile.services.readmodels import ActivityRead, Occurrence, Ref
from cardfile.ui.activities.editors import (
    AlarmEditor,
    DealEditor,
    PeopleEditor,
    RepeatEditor,
    TypeEditor,
    When,
    WhenEditor,
)
from cardfile.ui.dates import format_datetime
from cardfile.ui.records.form import (
    Check,
    Choice,
    CompanyName,
    FormSpec,
    Note,
    OwnField,
    RecordForm,
    Section,
    Text,
    no_such_company,
)

Scope = Literal["occurrence", "series"]


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ActivityForm", text, disambiguation, n)


# ----- what the page, the card and the form show: an activity, or one occurrence of a series -----


@dataclass(frozen=True)
class ActivityItem:
    """An activity as a list row names it (`key`: its id, or a series' id and an occurrence's start), with the
    record that holds its values (a one-off activity, a series, or an occurrence changed on its own) and the start,
    end and overdue state of this very occurrence."""

    key: str
    activity: ActivityRead
    series_id: str | None  # an occurrence of a series: the series
    occurrence: datetime | None  # … and the start the series gives it (what update_occurrence names it by)
    starts_at: datetime | None
    ends_at: datetime | None
    overdue: bool

    @property
    def id(self) -> str:
        return self.key

    @property
    def meta(self) -> Any:
        return self.activity.meta

    @property
    def custom(self) -> dict[str, Any]:
        return self.activity.custom

    @property
    def display_name(self) -> str:
        return self.activity.subject

    @property
    def is_occurrence(self) -> bool:
        """One occurrence of a repeating activity (a change to it asks: this one, or the whole series?)."""
        return self.series_id is not None and self.occurrence is not None

    @property
    def floating(self) -> bool:
        return self.activity.timeless or self.activity.all_day


def read_item(services: Services, key: str) -> ActivityItem:
    """The item a key names (NotFound when its activity is gone)."""
    record_id = key.split("@", 1)[0]
    rows = services.tasks.rows([key])
    found: Occurrence | None = rows[0] if rows else None
    activity = services.activities.get(found.activity_id if found is not None else record_id)
    if found is None:
        return ActivityItem(
            key, activity, activity.series_id, activity.recurrence_id, activity.starts_at, activity.ends_at, False
        )
    return ActivityItem(key, activity, found.series_id, found.occurrence, found.starts_at, found.ends_at, found.overdue)


def item_of(services: Services, occurrence: Occurrence) -> ActivityItem:
    """The item of an occurrence the calendar holds."""
    activity = services.activities.get(occurrence.activity_id)
    return ActivityItem(
        occurrence.key,
        activity,
        occurrence.series_id,
        occurrence.occurrence,
        occurrence.starts_at,
        occurrence.ends_at,
        occurrence.overdue,
    )


# ----- when, between the form and the services -----


def local_zone() -> str:
    return local_zone_name()


def when_of(starts_at: datetime | None, ends_at: datetime | None, *, timeless: bool, all_day: bool) -> When:
    """When an activity (or an occurrence) is, as the form shows it: in this computer's zone."""
    if starts_at is None:
        return When("undated")
    if timeless:
        return When("timeless", starts_at.date())
    if all_day:
        last = (ends_at.date() - timedelta(days=1)) if ends_at is not None and ends_at > starts_at else starts_at.date()
        return When("all_day", starts_at.date(), last_day=max(last, starts_at.date()))
    local = starts_at.astimezone(zone_of(local_zone()))
    minutes = int((ends_at - starts_at).total_seconds() // 60) if ends_at is not None and ends_at > starts_at else 0
    return When("timed", local.date(), local.time().replace(second=0, microsecond=0), minutes)


def when_fields(when: When) -> dict[str, Any]:
    """The services' fields for a `When` (times in this computer's zone)."""
    if when.mode == "undated" or when.day is None:
        return {"starts_at": None, "ends_at": None, "timeless": False, "all_day": False}
    if when.mode == "timeless":
        return {"starts_at": when.day, "ends_at": None, "timeless": True, "all_day": False}
    if when.mode == "all_day":
        last = when.last_day or when.day
        return {"starts_at": when.day, "ends_at": last + timedelta(days=1), "timeless": False, "all_day": True}
    start = datetime.combine(when.day, when.start or time(9, 0)).replace(tzinfo=zone_of(local_zone()))
    end = start + timedelta(minutes=when.minutes) if when.minutes else None
    return {"starts_at": start, "ends_at": end, "timeless": False, "all_day": False}


def rule_start(when: When, zone_name: str) -> tuple[datetime | None, str | None]:
    """The naive wall-clock start a rule is written for, and its zone (None: a series on dates)."""
    if when.mode == "undated" or when.day is None:
        return None, None
    if when.mode != "timed":
        return datetime.combine(when.day, time()), None
    aware = datetime.combine(when.day, when.start or time(9, 0)).replace(tzinfo=zone_of(local_zone()))
    zone = zone_of(zone_name or local_zone())
    return aware.astimezone(zone).replace(tzinfo=None), zone.key


# ----- the questions a save may ask -----


class Questions:
    """What the form asks the person while saving; a dialog answers inline, tests answer themselves."""

    def which(self, item: ActivityItem) -> Scope | None:
        """This occurrence or the whole series? None: neither (cancel)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _tr("Change a Repeating Activity"),
            _tr("“{subject}” repeats. Change only this occurrence, or the whole series?").format(
                subject=item.activity.subject
            ),
            QMessageBox.StandardButton.Cancel,
            QApplication.activeWindow(),
        )
        box.setObjectName("askScope")
        one = box.addButton(_tr("This Occurrence"), QMessageBox.ButtonRole.AcceptRole)
        one.setObjectName("thisOccurrence")
        series = box.addButton(_tr("Whole Series"), QMessageBox.ButtonRole.AcceptRole)
        series.setObjectName("wholeSeries")
        box.setDefaultButton(one)
        box.exec()
        clicked = box.clickedButton()
        return "occurrence" if clicked is one else "series" if clicked is series else None

    def overlap_ok(self, overlaps: Sequence[Occurrence]) -> bool:
        """Schedule over these activities anyway?"""
        answer = QMessageBox.question(
            QApplication.activeWindow(),
            _tr("Overlapping Activities"),
            overlap_text(overlaps) + "\n\n" + _tr("Save it anyway?"),
        )
        return answer == QMessageBox.StandardButton.Yes


def overlap_text(overlaps: Sequence[Occurrence]) -> str:
    """'This overlaps “Call Anna” (3/4/25 10:00) and 2 more.'"""
    first = overlaps[0]
    when = format_datetime(first.starts_at) if first.starts_at else ""
    text = _tr("This overlaps “{subject}” ({when}) of yours.").format(subject=first.subject, when=when)
    if len(overlaps) > 1:
        text += " " + _tr("And %Ln more.", "", len(overlaps) - 1)
    return text


# ----- the form -----


@dataclass
class FormContext:
    """What the form's save needs beyond the form: its questions, whether to make one activity per person, and
    a replacement for scheduling (a follow-up is written with the clearing of its activity)."""

    questions: Questions = field(default_factory=Questions)
    each: Callable[[], bool] = lambda: False
    create: Callable[[ActivityCreate], str] | None = None
    zone: str = ""  # the activity's own zone ('' for a new one: this computer's)


def priorities(_form: RecordForm) -> list[tuple[str, str]]:
    return [(_tr("Low"), "low"), (_tr("Normal"), "normal"), (_tr("High"), "high")]


def activity_form(services: Services, context: FormContext | None = None) -> FormSpec:
    """The activity form: what it shows, how an item fills it, how a save is written (see the module docstring)."""
    context = context or FormContext()

    def repeats(form: RecordForm) -> QWidget:
        def start() -> tuple[datetime | None, str | None]:
            when_editor = form.editors.get("when")
            when = when_editor.value() if isinstance(when_editor, WhenEditor) else When("undated")
            return rule_start(when, context.zone)

        editor = RepeatEditor(start)
        form.changed.connect(editor.follow_start)
        return editor

    return FormSpec(
        name="activityForm",
        header=[
            OwnField("type_id", _tr("&Type"), lambda _form: TypeEditor(services)),
            Text("subject", _tr("&Subject")),
        ],
        parts=[
            Section(
                _tr("When"),
                [
                    OwnField("when", _tr("&When"), lambda _form: WhenEditor()),
                    OwnField("repeats", _tr("&Repeats"), repeats),
                ],
            ),
            Section(
                _tr("With"),
                [
                    OwnField("people", _tr("&People"), lambda _form: PeopleEditor(services)),
                    CompanyName("company", _tr("C&ompany")),
                    OwnField("deal", _tr("&Deal"), lambda _form: DealEditor(services)),
                ],
            ),
            Section(
                _tr("Options"),
                [
                    Choice("priority", _tr("P&riority"), priorities),
                    OwnField("alarm_minutes", _tr("&Alarm"), lambda _form: AlarmEditor()),
                    Check("private", _tr("Pri&vate: only you see it")),
                ],
            ),
            Note(_tr("Details"), key="details"),
        ],
        values=lambda item: item_values(services, item),
        save=lambda s, item, changes: save_activity(s, item, changes, context),
        first="subject",
        deleted_text=_tr("This activity was deleted meanwhile; its changes cannot be saved."),
        custom_fields="activity",
        required=_required,
        aliases={
            "subject": "subject",
            "company_id": "company",
            "deal_id": "deal",
            "contact_ids": "people",
            "contacts": "people",
            "starts_at": "when",
            "ends_at": "when",
            "end": "when",
            "duration": "when",
            "all day": "when",
            "repeat": "repeats",
            "rrule": "repeats",
            "type": "type_id",
        },
    )


def _required(form: RecordForm, changes: dict[str, Any]) -> tuple[str, str] | None:
    if not str(changes.get("subject", "")).strip():
        return "subject", _tr("An activity needs a subject: what is it about?")
    return None


def item_values(services: Services, item: ActivityItem) -> dict[str, Any]:
    """The form's values of an item (an occurrence shows its own time and the series' rule)."""
    a = item.activity
    rule = a.rrule
    if item.series_id is not None and not rule:
        try:
            rule = services.activities.get(item.series_id).rrule
        except NotFound:
            rule = ""
    return {
        "type_id": _type_id(services, a),
        "subject": a.subject,
        "details": a.details,
        "when": when_of(item.starts_at, item.ends_at, timeless=a.timeless, all_day=a.all_day),
        "repeats": rule,
        "people": tuple(a.contacts),
        "company": a.company.name if a.company else "",
        "deal": a.deal,
        "priority": a.priority,
        "alarm_minutes": a.alarm_minutes,
        "private": a.meta.private,
    }


def preset_values(
    *,
    when: When | None = None,
    people: Sequence[Ref] = (),
    company: str = "",
    deal: Ref | None = None,
    subject: str = "",
    type_id: str | None = None,
) -> dict[str, Any]:
    """What a new activity's form starts with (the caller knows who and when)."""
    values: dict[str, Any] = {"people": tuple(people), "company": company, "deal": deal, "subject": subject}
    values["when"] = when or When("timed", date.today(), time(9, 0), 30)
    values["priority"] = "normal"
    values["alarm_minutes"] = None
    if type_id:
        values["type_id"] = type_id
    return values


def _type_id(services: Services, activity: ActivityRead) -> str | None:
    try:
        return services.activities.resolve_type(activity.kind)
    except NotFound:
        return None


def fields_of(services: Services, changes: Mapping[str, Any], start_when: When) -> dict[str, Any]:
    """The services' fields for the form's changes (`start_when`: the when the rule is written for)."""
    fields: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "when":
            fields.update(when_fields(value))
        elif key == "repeats":
            fields["rrule"] = value or ""
        elif key == "people":
            fields["contact_ids"] = [ref.id for ref in value]
        elif key == "company":
            fields["company_id"] = _company_id(services, str(value or ""))
        elif key == "deal":
            fields["deal_id"] = value.id if value is not None else None
        elif key in ("type_id", "subject", "details", "priority", "alarm_minutes", "private", "custom"):
            fields[key] = value
    if "rrule" in fields and fields["rrule"] and start_when.mode == "undated":
        # The same sentence the repeat editor shows under the field (one translation for both).
        raise ValidationError(
            field="repeat",
            problem=QCoreApplication.translate("ActivityEditors", "A repeating activity needs a date."),
        )
    return fields


def _company_id(services: Services, name: str) -> str | None:
    if not name.strip():
        return None
    try:
        return services.companies.resolve(name)
    except NotFound:
        raise ValidationError(field="company", problem=no_such_company(name), name=name) from None


def save_activity(
    services: Services, item: ActivityItem | None, changes: dict[str, Any], context: FormContext
) -> str | None:
    """Write a new activity (or one with each person), or the changes to one, to one occurrence or to its whole
    series; None when the person cancelled a question (the form stays open)."""
    activities = services.activities
    if item is None:
        when = changes.get("when", When("undated"))
        fields = fields_of(services, changes, when)
        if "rrule" in fields and not fields["rrule"]:
            del fields["rrule"]
        if when.mode == "timed":
            fields["time_zone"] = local_zone()
        data = validate(ActivityCreate, **fields)
        if when.mode == "timed" and not _overlap_ok(services, data, None, context):
            return None
        if context.create is not None:
            return context.create(data)
        people = data.contact_ids
        if context.each() and len(people) > 1:
            return activities.schedule_for_each(data, people)[0].id
        return activities.schedule(data).id
    current = item_values(services, item)
    when = changes.get("when", current["when"])
    fields = fields_of(services, changes, when)
    if "when" in changes and "repeats" not in changes and current["repeats"] and not item.is_occurrence:
        fields["rrule"] = _rule_for(current["repeats"], when, item, context.zone)
    timed = when.mode == "timed" and ("when" in changes)
    if timed:
        draft = validate(ActivityCreate, **{**when_fields(when), "subject": item.activity.subject})
        if not _overlap_ok(services, draft, item.series_id or item.activity.id, context):
            return None
    if item.is_occurrence:
        scope = context.questions.which(item)
        if scope is None:
            return None
        assert item.series_id is not None and item.occurrence is not None
        if scope == "occurrence":
            fields.pop("rrule", None)
            activities.update_occurrence(item.series_id, item.occurrence, _update(fields))
            return item.key
        series = activities.get(item.series_id)
        if "when" in changes:
            fields.update(_series_when(series, item, when))
        activities.update(item.series_id, _update(fields))
        return item.key if item.key.startswith(item.series_id) else item.series_id
    activities.update(item.activity.id, _update(fields))
    return item.key


def _update(fields: dict[str, Any]) -> ActivityUpdate:
    return validate(ActivityUpdate, **fields)


def _rule_for(rule: str, when: When, item: ActivityItem, zone: str) -> str:
    """A series' rule again for its new start, when the rule was made from the dialog's choices (a monthly rule on
    "the second Tuesday" follows the start); a rule the choices cannot express stays as it is."""
    from cardfile.domain.recurrence import Recurrence

    start, zone_name = rule_start(when, zone or item.activity.time_zone)
    if start is None:
        return rule
    old_start, old_zone = rule_start(
        when_of(
            item.activity.starts_at,
            item.activity.ends_at,
            timeless=item.activity.timeless,
            all_day=item.activity.all_day,
        ),
        zone or item.activity.time_zone,
    )
    choice = Recurrence.of(rule, old_start, zone_name=old_zone) if old_start is not None else None
    return choice.rule(start, zone_name=zone_name) if choice is not None else rule


def _series_when(series: ActivityRead, item: ActivityItem, when: When) -> dict[str, Any]:
    """A time set on one occurrence for the whole series: the series' first start moves by as many days as this
    occurrence moved, to the new time of day; its length and kind (timed, all day …) are the new ones."""
    reference = item.occurrence or item.starts_at
    if reference is None or series.starts_at is None or when.day is None:
        return when_fields(when)
    occurrence_day = when_of(reference, None, timeless=item.floating, all_day=False).day
    series_day = when_of(series.starts_at, None, timeless=series.timeless or series.all_day, all_day=False).day
    assert occurrence_day is not None and series_day is not None
    moved = replace_day(when, series_day + (when.day - occurrence_day))
    return when_fields(moved)


def replace_day(when: When, day: date) -> When:
    last = day + (when.last_day - when.day) if when.last_day is not None and when.day is not None else None
    return When(when.mode, day, when.start, when.minutes, last)


def _overlap_ok(services: Services, data: ActivityCreate, exclude: str | None, context: FormContext) -> bool:
    overlaps = services.activities.overlaps(data, exclude=exclude)
    return not overlaps or context.questions.overlap_ok(overlaps)
