"""`cardfile activity …` and `cardfile note …`: the calendar, the task list, history and notes.

Times typed without an offset are local time of this computer (or of `--tz`); they are stored in UTC and printed
back in local time. A date without a time schedules a timeless activity for that day.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from cardfile.cli import arguments, output
from cardfile.cli.common import (
    Context,
    add_command,
    add_group,
    delete_records,
    resolve,
    resolve_in_trash,
    resolve_many,
    resolve_optional,
    restore_records,
)
from cardfile.domain.errors import NotFound, ValidationError
from cardfile.domain.models import ActivityCreate, ActivityUpdate, NoteCreate, validate

if TYPE_CHECKING:
    from cardfile.services.readmodels import ActivityRead, NoteRead, Occurrence

VIEWS = ("today", "overdue", "week", "upcoming", "all")  # services.tasks.VIEWS, checked again there


def _type_id(ctx: Context, key: str) -> str:
    try:
        return ctx.services.activities.resolve_type(key)
    except NotFound:
        known = ", ".join(t.key or t.name for t in ctx.services.activities.types())
        raise ValidationError(
            field="type",
            problem=f"{key!r} is not an activity type ({known}); add one with: cardfile activity types --add {key!r}",
        ) from None


def _time_fields(args: argparse.Namespace) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    if args.at is not None:
        fields["starts_at"] = args.at.aware(args.tz.info if args.tz else None)
        fields["timeless"] = args.at.date_only and not args.all_day
        fields["all_day"] = bool(args.all_day)
        if args.all_day and not args.at.date_only:
            raise ValidationError(field="all day", problem="an all-day activity takes a date (--at 2025-03-04)")
    elif args.all_day:
        fields["all_day"] = True
    if args.duration is not None:
        fields["duration_minutes"] = args.duration
    if args.tz is not None:
        fields["time_zone"] = args.tz.name
    return fields


def _activity_fields(ctx: Context, args: argparse.Namespace) -> dict[str, Any]:
    fields = _time_fields(args)
    if args.type is not None:
        fields["type_id"] = _type_id(ctx, args.type)
    for dest in ("details", "priority", "rrule"):
        if getattr(args, dest) is not None:
            fields[dest] = getattr(args, dest)
    if args.alarm is not None:
        fields["alarm_minutes"] = args.alarm
    if args.contact is not None:
        fields["contact_ids"] = resolve_many(ctx, "contact", args.contact)
    if args.company is not None:
        fields["company_id"] = resolve_optional(ctx, "company", args.company)
    if args.deal is not None:
        fields["deal_id"] = resolve_optional(ctx, "deal", args.deal)
    if args.private:
        fields["private"] = True
    if getattr(args, "public", False):
        fields["private"] = False
    return fields


def _when(a: ActivityRead) -> str:
    if a.starts_at is None:
        return ""
    if a.timeless or a.all_day:
        return a.starts_at.date().isoformat()  # a date, the same everywhere
    return output.local_time(a.starts_at)


def _saved(ctx: Context, verb: str, a: ActivityRead) -> None:
    if ctx.json:
        ctx.emit(a.as_json())
    else:
        when = f" on {_when(a)}" if a.starts_at else ""
        ctx.say(f"{verb} {a.type_name or a.kind} {a.subject!r}{when}  {a.id}")


def activity_schedule(ctx: Context, args: argparse.Namespace) -> None:
    fields = _activity_fields(ctx, args)
    fields["subject"] = " ".join(args.subject)
    data = validate(ActivityCreate, **fields)
    activities = ctx.services.activities
    for other in activities.overlaps(data):
        ctx.warn(f"warning: overlaps {other.subject!r} at {output.local_time(other.starts_at)}  {other.activity_id}")
    if args.each:
        made = activities.schedule_for_each(data, data.contact_ids)
        if ctx.json:
            ctx.emit([a.as_json() for a in made])
            return
        for activity in made:
            _saved(ctx, "Scheduled", activity)
        return
    _saved(ctx, "Scheduled", activities.schedule(data))


def activity_edit(ctx: Context, args: argparse.Namespace) -> None:
    activity_id = resolve(ctx, "activity", args.activity)
    fields = _activity_fields(ctx, args)
    if args.subject is not None:
        fields["subject"] = args.subject
    if not fields:
        raise ValidationError(field="edit", problem="name at least one field to change (see cardfile activity edit -h)")
    changes = validate(ActivityUpdate, **fields)
    occurrence = _occurrence(ctx, activity_id, args)
    if occurrence is not None:
        _saved(ctx, "Changed", ctx.services.activities.update_occurrence(activity_id, occurrence, changes))
        return
    _saved(ctx, "Changed", ctx.services.activities.update(activity_id, changes))


def _occurrence(ctx: Context, activity_id: str, args: argparse.Namespace) -> datetime | None:
    """The occurrence `--occurrence` names: a date (in the series' zone) or a time."""
    if args.occurrence is None:
        return None
    when = args.occurrence
    on = when.value.date() if when.date_only else when.aware(args.tz.info if getattr(args, "tz", None) else None)
    return ctx.services.activities.occurrence_of(activity_id, on)


def activity_clear(ctx: Context, args: argparse.Namespace) -> None:
    activity_id = resolve(ctx, "activity", args.activity)
    history = ctx.services.activities.clear(
        activity_id,
        occurrence=_occurrence(ctx, activity_id, args),
        result=args.result or "completed",
        outcome=args.outcome or "",
        completed=not args.cancelled,
        happened_at=args.happened.aware() if args.happened else None,
    )
    if ctx.json:
        ctx.emit(history.as_json())
        return
    ctx.say(f"Cleared {history.subject!r} as {history.status}  {history.id}")


def activity_list(ctx: Context, args: argparse.Namespace) -> None:
    if args.due is not None:
        _due(ctx, args)
        return
    if (args.start is not None or args.end is not None) and not args.deleted:
        _occurrences(ctx, args)
        return
    records = ctx.services.activities.list(
        contact_id=resolve_optional(ctx, "contact", args.contact),
        company_id=resolve_optional(ctx, "company", args.company),
        deal_id=resolve_optional(ctx, "deal", args.deal),
        status=args.status,
        start=args.start.aware() if args.start else None,
        end=args.end.end_of_day() if args.end else None,
        deleted=args.deleted,
        limit=args.limit,
    )
    ctx.listing(
        records,
        ("id", "when", "type", "subject", "with", "status"),
        lambda a: (
            a.id,
            _when(a) + (" ↻" if a.rrule else ""),
            a.type_name or a.kind,
            a.subject,
            ", ".join(c.name for c in a.contacts) or (a.company.name if a.company else ""),
            a.status,
        ),
        empty="No activities.",
    )


def _occurrences(ctx: Context, args: argparse.Namespace) -> None:
    """Every occurrence in the range, each with its own start in its series' zone and the series' id."""
    start = args.start.aware() if args.start else datetime.combine(date.today(), datetime.min.time()).astimezone()
    end = args.end.end_of_day() + timedelta(microseconds=1) if args.end else start + timedelta(days=366)
    contact = resolve_optional(ctx, "contact", args.contact)
    found = ctx.services.activities.occurrences(start, end, people=True, contact_id=contact)
    if args.company or args.deal:
        allowed = {
            a.id
            for a in ctx.services.activities.list(
                company_id=resolve_optional(ctx, "company", args.company),
                deal_id=resolve_optional(ctx, "deal", args.deal),
            )
        }
        found = [o for o in found if o.activity_id in allowed or o.series_id in allowed]
    if args.status:
        found = [o for o in found if o.status == args.status]
    if args.limit:
        found = found[: args.limit]
    _occurrence_table(ctx, found)


def _occurrence_table(ctx: Context, found: list[Occurrence]) -> None:
    ctx.listing(
        found,
        ("id", "when", "type", "subject", "with", "status"),
        lambda o: (
            o.activity_id,
            _occurrence_when(o) + (" ↻" if o.series_id else ""),
            o.type_name or o.kind,
            o.subject,
            ", ".join(c.name for c in o.contacts),
            "overdue" if o.overdue else o.status,
        ),
        empty="No activities.",
    )


def _occurrence_when(o: Occurrence) -> str:
    if o.starts_at is None:
        return ""
    if o.floating:
        return o.day.isoformat() if o.day else ""
    local = o.local_start
    zone = f" {o.time_zone}" if o.time_zone and local is not None and local.utcoffset() != _here(local) else ""
    return (local or o.starts_at).strftime("%Y-%m-%d %H:%M") + zone


def _here(moment: datetime) -> timedelta | None:
    return moment.astimezone().utcoffset()


def _due(ctx: Context, args: argparse.Namespace) -> None:
    from cardfile.services.tasks import TaskFilter

    tasks = ctx.services.tasks
    filters = TaskFilter(contact_id=resolve_optional(ctx, "contact", args.contact))
    keys = tasks.keys(args.due, filters=filters)
    if args.limit:
        keys = keys[: args.limit]
    _occurrence_table(ctx, tasks.rows(keys))


def activity_show(ctx: Context, args: argparse.Namespace) -> None:
    a = ctx.services.activities.get(resolve_in_trash(ctx, "activity", args.activity))
    if ctx.json:
        ctx.emit(a.as_json())
        return
    end = output.local_time(a.ends_at) if a.ends_at and not a.timeless else ""
    print(
        output.card(
            a.subject,
            [
                ("id", a.id),
                ("type", a.type_name or a.kind),
                ("when", _when(a) + (" (all day)" if a.all_day else " (no time)" if a.timeless else "")),
                ("until", end),
                ("time zone", a.time_zone),
                ("repeats", a.rrule),
                ("priority", a.priority if a.priority != "normal" else ""),
                ("alarm", f"{a.alarm_minutes} minutes before" if a.alarm_minutes is not None else ""),
                ("series", a.series_id or ""),
                ("status", a.status),
                ("result", a.result.replace("_", " ")),
                ("happened", output.local_time(a.happened_at)),
                ("cleared", output.local_time(a.completed_at)),
                ("outcome", a.outcome),
                ("with", [c.name for c in a.contacts]),
                ("company", a.company.name if a.company else ""),
                ("deal", a.deal.name if a.deal else ""),
                ("details", a.details),
                *[(name, value) for name, value in a.custom.items()],
                ("private", "yes" if a.meta.private else ""),
                ("deleted", output.local_time(a.meta.deleted_at)),
            ],
        ),
        file=ctx.out,
    )


def activity_delete(ctx: Context, args: argparse.Namespace) -> None:
    if args.occurrence is not None:
        if len(args.activity) != 1:
            raise ValidationError(field="occurrence", problem="--occurrence names one occurrence of one series")
        series = resolve(ctx, "activity", args.activity[0])
        skipped = ctx.services.activities.skip_occurrence(series, _occurrence(ctx, series, args))  # type: ignore[arg-type]
        if ctx.json:
            ctx.emit([skipped.as_json()])
        else:
            ctx.say(f"Skipped the occurrence of {skipped.subject!r} on {_when(skipped)}  {skipped.id}")
        return
    delete_records(ctx, "activity", args.activity, ctx.services.activities)


def activity_restore(ctx: Context, args: argparse.Namespace) -> None:
    restore_records(ctx, "activity", args.activity, ctx.services.activities)


def activity_types(ctx: Context, args: argparse.Namespace) -> None:
    if args.add:
        added = ctx.services.activities.add_type(args.add)
        ctx.say(f"Activity type {added.name} is available  {added.id}")
    ctx.listing(
        ctx.services.activities.types(),
        ("key", "name", "id"),
        lambda t: (t.key or "", t.name, t.id),
        empty="No activity types.",
    )


# ----- notes -----


def note_add(ctx: Context, args: argparse.Namespace) -> None:
    text = sys.stdin.read() if args.text == ["-"] else " ".join(args.text)
    data = validate(
        NoteCreate,
        body=text,
        contact_ids=resolve_many(ctx, "contact", args.contact),
        company_ids=resolve_many(ctx, "company", args.company),
        deal_ids=resolve_many(ctx, "deal", args.deal),
        private=args.private,
    )
    note = ctx.services.notes.add(data)
    if ctx.json:
        ctx.emit(note.as_json())
    else:
        ctx.say(f"Added note {note.display_name!r}  {note.id}")


def _about(n: NoteRead) -> str:
    return ", ".join(r.name for r in [*n.contacts, *n.companies, *n.deals])


def note_list(ctx: Context, args: argparse.Namespace) -> None:
    record_id = None
    for kind in ("contact", "company", "deal"):
        if getattr(args, kind):
            record_id = resolve(ctx, kind, getattr(args, kind))
    ctx.listing(
        ctx.services.notes.list(record_id=record_id, deleted=args.deleted),
        ("id", "written", "about", "note"),
        lambda n: (n.id, output.local_time(n.meta.created_at), _about(n), n.display_name),
        empty="No notes.",
    )


def note_show(ctx: Context, args: argparse.Namespace) -> None:
    n = ctx.services.notes.get(resolve(ctx, "note", args.note))
    if ctx.json:
        ctx.emit(n.as_json())
        return
    print(
        output.card(
            n.display_name,
            [
                ("id", n.id),
                ("about", _about(n)),
                ("written", output.local_time(n.meta.created_at)),
                ("changed", output.local_time(n.meta.updated_at) if n.meta.updated_at != n.meta.created_at else ""),
                ("deleted", output.local_time(n.meta.deleted_at)),
                ("text", n.body),
            ],
        ),
        file=ctx.out,
    )


def note_delete(ctx: Context, args: argparse.Namespace) -> None:
    delete_records(ctx, "note", args.note, ctx.services.notes)


def note_restore(ctx: Context, args: argparse.Namespace) -> None:
    restore_records(ctx, "note", args.note, ctx.services.notes)


# ----- the command tree -----

_WHEN_HELP = "2025-03-04 14:30 (local time), 2025-03-04T14:30Z, 2025-03-04 (all day), today, 'tomorrow 9:30'"
_ACTIVITY_KEY = "activity: its id or an id prefix of 8+ characters"
_OCCURRENCE_HELP = "one occurrence of a repeating activity, by its date (or time); without it: the whole series"


def _activity_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
    p.add_argument("--type", metavar="TYPE", help="call, meeting, todo or a type of your own (default: todo)")
    p.add_argument("--at", type=arguments.when, metavar="WHEN", help=_WHEN_HELP)
    p.add_argument("--duration", type=arguments.minutes, metavar="MIN", help="length in minutes")
    p.add_argument("--tz", type=arguments.time_zone, metavar="ZONE", help="time zone of --at, e.g. Asia/Tokyo")
    p.add_argument("--details", metavar="TEXT", help="longer description")
    p.add_argument("--contact", action="append", metavar="CONTACT", help="who it is with (repeat for several)")
    p.add_argument("--company", metavar="COMPANY", help="the company it concerns")
    p.add_argument("--deal", metavar="DEAL", help="the deal it belongs to")
    p.add_argument("--priority", choices=("low", "normal", "high"))
    p.add_argument("--alarm", type=arguments.minutes, metavar="MIN", help="remind this many minutes before")
    p.add_argument("--rrule", metavar="RULE", help="repeat by an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO")
    p.add_argument("--all-day", action="store_true", help="an all-day activity on the date of --at")
    if editing:
        group = p.add_mutually_exclusive_group()
        group.add_argument("--private", action="store_true", help="make it private")
        group.add_argument("--public", action="store_true", help="make it visible to everyone")
    else:
        p.add_argument("--private", action="store_true", help="keep it private to you")


def register(commands: Any) -> None:
    activity = add_group(
        commands,
        "activity",
        "calls, meetings and to-dos: schedule, list, clear",
        "Activities: calls, meetings, to-dos and types of your own. Clearing an activity turns it into history.",
    )
    p = add_command(
        activity,
        "schedule",
        activity_schedule,
        "schedule a call, meeting or to-do",
        examples=[
            "cardfile activity schedule --type call 'Follow up on the quote' --contact anna@nordurljos.is \\",
            "    --at 'tomorrow 10:00' --duration 15 --alarm 10",
            "cardfile activity schedule --type meeting 'Weekly review' --at '2025-03-03 09:00' \\",
            "    --tz Atlantic/Reykjavik --rrule 'FREQ=WEEKLY;BYDAY=MO' --duration 60",
        ],
        json="print the new activity as JSON",
    )
    p.add_argument("subject", nargs="+", metavar="SUBJECT", help="what it is about (words are joined)")
    _activity_options(p, editing=False)
    p.add_argument("--each", action="store_true", help="one activity with each --contact (as one step to undo)")

    p = add_command(activity, "edit", activity_edit, "reschedule or change an activity", json="print it as JSON")
    p.add_argument("activity", metavar="ACTIVITY", help=_ACTIVITY_KEY)
    p.add_argument("--subject", metavar="TEXT")
    _activity_options(p, editing=True)
    p.add_argument("--occurrence", type=arguments.when, metavar="DATE", help=_OCCURRENCE_HELP)

    p = add_command(
        activity,
        "list",
        activity_list,
        "list activities, soonest first",
        description="List activities. With --from or --to, every occurrence in the range (a repeating activity "
        "once per occurrence, each at its own start in its time zone, with the id of its series); with --due, the "
        "task list; otherwise the activity records, a series once.",
        examples=[
            "cardfile activity list --from 2025-03-01 --to 2025-03-31 --json",
            "cardfile activity list --due overdue",
            "cardfile activity list --contact 'Anna Jónsdóttir' --json",
        ],
        json="print one JSON array",
    )
    p.add_argument("--contact", metavar="CONTACT", help="only activities with this person")
    p.add_argument("--company", metavar="COMPANY", help="only activities of this company or its people")
    p.add_argument("--deal", metavar="DEAL", help="only activities of this deal")
    p.add_argument("--status", choices=("scheduled", "done", "cancelled"), help="scheduled: the task list")
    p.add_argument("--from", dest="start", type=arguments.when, metavar="WHEN", help="starting at or after")
    p.add_argument(
        "--to", dest="end", type=arguments.when, metavar="WHEN", help="starting at or before (a date: through that day)"
    )
    p.add_argument("--deleted", action="store_true", help="list activities in the Trash instead")
    p.add_argument("--limit", type=arguments.positive, metavar="N")
    p.add_argument(
        "--due",
        choices=VIEWS,
        help="the task list: today, overdue, week (this week), upcoming or all (unfinished activities)",
    )

    p = add_command(activity, "show", activity_show, "show an activity", json="print one JSON object")
    p.add_argument("activity", metavar="ACTIVITY", help=_ACTIVITY_KEY)

    p = add_command(
        activity,
        "clear",
        activity_clear,
        "mark an activity done (or cancelled) with an outcome",
        description="Clear an activity: it becomes history, done (default) or cancelled, with an outcome. "
        "With --occurrence it clears one occurrence of a repeating activity; without, the whole series ends.",
        examples=[
            "cardfile activity clear 0192f1c4 --outcome 'Sent the revised quote'",
            "cardfile activity clear 0192f1c4 --occurrence 2025-03-10 --result left_message \\",
            "    --happened '2025-03-10 9:40'",
        ],
        json="print the history record as JSON",
    )
    p.add_argument("activity", metavar="ACTIVITY", help=_ACTIVITY_KEY)
    p.add_argument("--occurrence", type=arguments.when, metavar="DATE", help=_OCCURRENCE_HELP)
    p.add_argument(
        "--result", metavar="RESULT", help="completed (default), left_message, no_answer, or words of your own"
    )
    p.add_argument("--outcome", metavar="TEXT", help="what came of it")
    p.add_argument(
        "--happened", type=arguments.when, metavar="WHEN", help="when it really happened (default: as scheduled)"
    )
    p.add_argument("--cancelled", action="store_true", help="it did not happen")

    p = add_command(
        activity,
        "delete",
        activity_delete,
        "move activities to the Trash (or skip one occurrence)",
        examples=["cardfile activity delete 0192f1c4 --occurrence 2025-03-17"],
        json="print them as JSON",
    )
    p.add_argument("activity", nargs="+", metavar="ACTIVITY", help=_ACTIVITY_KEY)
    p.add_argument("--occurrence", type=arguments.when, metavar="DATE", help="skip this occurrence of a series only")
    p = add_command(activity, "restore", activity_restore, "bring activities back", json="print them as JSON")
    p.add_argument("activity", nargs="+", metavar="ACTIVITY", help=_ACTIVITY_KEY)

    p = add_command(activity, "types", activity_types, "list activity types (or add one)", json="print one JSON array")
    p.add_argument("--add", metavar="NAME", help="add a type of your own, e.g. 'Site visit'")

    note = add_group(commands, "note", "notes about people, companies and deals: add, list, show")
    p = add_command(
        note,
        "add",
        note_add,
        "write a note",
        examples=[
            "cardfile note add 'Prefers email to phone calls' --contact anna@nordurljos.is",
            "fortune | cardfile note add - --company Acme",
        ],
        json="print the new note as JSON",
    )
    p.add_argument("text", nargs="+", metavar="TEXT", help="the note ('-' reads it from standard input)")
    p.add_argument("--contact", action="append", metavar="CONTACT", help="about this person (repeatable)")
    p.add_argument("--company", action="append", metavar="COMPANY", help="about this company (repeatable)")
    p.add_argument("--deal", action="append", metavar="DEAL", help="about this deal (repeatable)")
    p.add_argument("--private", action="store_true", help="keep it private to you")

    p = add_command(note, "list", note_list, "list notes, newest first", json="print one JSON array")
    about = p.add_mutually_exclusive_group()
    about.add_argument("--contact", metavar="CONTACT", help="only notes about this person")
    about.add_argument("--company", metavar="COMPANY", help="only notes about this company")
    about.add_argument("--deal", metavar="DEAL", help="only notes about this deal")
    p.add_argument("--deleted", action="store_true", help="list notes in the Trash instead")

    p = add_command(note, "show", note_show, "show a note", json="print one JSON object")
    p.add_argument("note", metavar="NOTE", help="note: its id or an id prefix of 8+ characters")
    p = add_command(note, "delete", note_delete, "move notes to the Trash", json="print them as JSON")
    p.add_argument("note", nargs="+", metavar="NOTE")
    p = add_command(note, "restore", note_restore, "bring notes back", json="print them as JSON")
    p.add_argument("note", nargs="+", metavar="NOTE")
