"""iCalendar import and export: each producer's quirks, per-item rejection, undo, and a file that the icalendar
library and vobject read back without loss."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject

from cardfile.domain.models import ActivityCreate, ActivityUpdate, ContactCreate, validate
from cardfile.interchange.ics_reader import NotICalendar, read_calendar
from cardfile.interchange.ics_writer import fold
from cardfile.services import Services

FIXTURES = Path(__file__).resolve().parents[2] / "data" / "ics"
BERLIN = ZoneInfo("Europe/Berlin")


def imported(services: Services, name: str, **kw: object) -> dict[str, object]:
    report = services.calendar_files.import_ics(FIXTURES / name, local_zone="Europe/Oslo", **kw)  # type: ignore[arg-type]
    return report.as_json()


def by_subject(services: Services) -> dict[str, object]:
    return {a.subject: a for a in services.activities.list()}


def occurrences(services: Services, first: datetime, last: datetime) -> list[tuple[str, datetime | None]]:
    return [(o.subject, o.local_start) for o in services.activities.occurrences(first, last, zone=UTC)]


def test_outlook(services: Services) -> None:
    anna = services.contacts.create(
        validate(ContactCreate, given="Anna", family="Berg", emails=[{"value": "anna@nordurljos.is"}])
    ).id
    report = imported(services, "outlook.ics")
    assert (report["imported"], report["rejected"]) == (4, [])
    found = by_subject(services)
    review = found["Pipeline review"]
    assert review.time_zone == "Europe/Berlin" and review.alarm_minutes == 15  # type: ignore[attr-defined]
    assert "Bring the forecast, please." in review.details and "Room Þingvellir" in review.details  # type: ignore[attr-defined]
    march = occurrences(services, datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC))
    reviews = [(s, t.replace(tzinfo=None) if t else None) for s, t in march if s.startswith("Pipeline")]
    assert reviews == [
        ("Pipeline review", datetime(2025, 3, 3, 9)),
        ("Pipeline review", datetime(2025, 3, 10, 9)),  # the 17th is an EXDATE
        ("Pipeline review (Tuesday)", datetime(2025, 3, 25, 14)),  # RECURRENCE-ID moved the 24th
        ("Pipeline review", datetime(2025, 3, 31, 9)),  # 9:00 in summer time too
    ]
    fair = found["Trade fair Hannover"]
    assert (fair.all_day, fair.starts_at.date(), fair.ends_at.date(), fair.priority) == (  # type: ignore[attr-defined]
        True,
        date(2025, 4, 5),
        date(2025, 4, 7),
        "high",
    )
    boston = found["Call Boston office"]
    assert (boston.kind, boston.time_zone) == ("call", "America/New_York")  # type: ignore[attr-defined]
    assert boston.starts_at == datetime(2025, 3, 12, 13, 30, tzinfo=UTC)  # type: ignore[attr-defined]
    assert [c.id for c in boston.contacts] == [anna]  # type: ignore[attr-defined]


def test_google(services: Services) -> None:
    report = imported(services, "google.ics")
    assert (report["imported"], report["rejected"]) == (4, [])
    found = by_subject(services)
    check_in = found["Check-in with Zoë"]
    assert check_in.time_zone == "America/New_York" and check_in.alarm_minutes == 30  # type: ignore[attr-defined]
    spring = occurrences(services, datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 9, 1, tzinfo=UTC))
    times = [(s, t.replace(tzinfo=None)) for s, t in spring if s.startswith("Check-in") and t]
    assert times == [
        ("Check-in with Zoë", datetime(2025, 3, 10, 9, 30)),
        ("Check-in with Zoë (late)", datetime(2025, 4, 14, 10, 30)),
        ("Check-in with Zoë", datetime(2025, 5, 12, 9, 30)),
        ("Check-in with Zoë", datetime(2025, 6, 9, 9, 30)),
        ("Check-in with Zoë", datetime(2025, 7, 14, 9, 30)),
        ("Check-in with Zoë", datetime(2025, 8, 11, 9, 30)),
    ]
    floating = found["Floating call"]
    assert floating.time_zone == "America/New_York" and floating.status == "cancelled"  # type: ignore[attr-defined]
    assert floating.starts_at == datetime(2025, 3, 20, 19, tzinfo=UTC)  # type: ignore[attr-defined]
    assert found["Good Friday"].all_day  # type: ignore[attr-defined]


def test_apple(services: Services) -> None:
    report = imported(services, "apple.ics")
    assert (report["imported"], report["rejected"]) == (2, [])
    found = by_subject(services)
    breakfast = found["Frühstück mit Jürgen – Angebot besprechen"]
    assert breakfast.starts_at == datetime(2025, 3, 31, 9, 30, tzinfo=BERLIN)  # type: ignore[attr-defined]
    assert breakfast.alarm_minutes == 15  # TRIGGER at 07:15Z, the start 07:30Z  # type: ignore[attr-defined]
    assert "Café Einstein, Kurfürstenstraße 58, Berlin" in breakfast.details  # type: ignore[attr-defined]
    leap = [
        o.day
        for o in services.activities.occurrences(datetime(2024, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))
        if o.subject == "Firmenjubiläum"
    ]
    assert leap == [date(2024, 2, 29), date(2028, 2, 29)]


def test_thunderbird(services: Services) -> None:
    report = imported(services, "thunderbird.ics")
    assert (report["imported"], report["rejected"]) == (5, [])
    found = by_subject(services)
    contract = found["Send the signed contract"]
    assert (contract.kind, contract.timeless, contract.starts_at, contract.priority) == (  # type: ignore[attr-defined]
        "todo",
        True,
        datetime(2025, 3, 21, tzinfo=UTC),
        "high",
    )
    samples = found["Order samples"]
    assert (samples.status, samples.happened_at) == ("done", datetime(2025, 3, 4, 15, tzinfo=UTC))  # type: ignore[attr-defined]
    assert found["Think about the booth design"].starts_at is None  # type: ignore[attr-defined]
    office = found["Office hours"]
    assert office.starts_at == datetime(2025, 3, 6, 7, tzinfo=UTC)  # type: ignore[attr-defined]
    (long,) = [a for a in found.values() if a.subject.startswith("Ordre fra Ålesund")]  # type: ignore[attr-defined]
    assert long.subject == "Ordre fra Ålesund – ærlig talt, særdeles viktig møte med øverste ledelse"  # type: ignore[attr-defined]
    assert long.ends_at - long.starts_at == timedelta(minutes=90)  # type: ignore[attr-defined]


def test_a_bad_file_rejects_each_bad_item_with_its_line_and_reason(services: Services) -> None:
    report = imported(services, "broken.ics")
    rejected = [(r["line"], r["reason"]) for r in report["rejected"]]  # type: ignore[union-attr]
    assert [line for line, _ in rejected] == [4, 8, 14, 19, 25, 36]
    reasons = " | ".join(reason for _, reason in rejected)
    for words in (
        "no start",
        "FREQ=HOURLY",
        "unknown time zone 'Olympus Mons Standard Time'",
        "ends before",
        "not a date or time",
        "no END:VEVENT",
    ):
        assert words in reasons
    assert report["imported"] == 1 and [a.subject for a in services.activities.list()] == ["The one good event"]


def test_a_file_that_is_not_icalendar_imports_nothing(services: Services, tmp_path: Path) -> None:
    card = tmp_path / "card.ics"
    card.write_text("BEGIN:VCARD\nFN:Anna\nEND:VCARD\n")
    with pytest.raises(NotICalendar, match=r"card\.ics is not an iCalendar file"):
        services.calendar_files.import_ics(card)
    assert services.activities.list() == []


def test_an_import_is_one_step_for_undo_and_a_second_import_updates(services: Services) -> None:
    first = imported(services, "outlook.ics")
    assert services.history.actions()[0].label == "Imported from outlook.ics"
    again = imported(services, "outlook.ics")
    assert (again["imported"], again["updated"]) == (1, 3)  # the override is written again onto its exception
    assert len(services.activities.list()) == 4  # the series, its override, the fair, the call: nothing doubled
    skipped = imported(services, "outlook.ics", on_duplicate="skip")
    assert (skipped["skipped"], skipped["updated"], skipped["imported"]) == (4, 0, 0)
    services.history.undo_job(str(again["job_id"]))
    services.history.undo_job(str(first["job_id"]))
    assert services.activities.list() == []


# ----- export -----


@pytest.fixture
def calendar(services: Services) -> dict[str, str]:
    anna = services.contacts.create(
        validate(ContactCreate, given="Anna", family="Jónsdóttir", emails=[{"value": "anna@nordurljos.is"}])
    ).id
    review = services.activities.schedule(
        validate(
            ActivityCreate,
            subject="Pipeline review; weekly, with notes",
            details="Line one\nLine two, with a comma; and a semicolon \\ backslash",
            starts_at=datetime(2025, 3, 3, 9, tzinfo=BERLIN),
            duration_minutes=60,
            time_zone="Europe/Berlin",
            rrule="FREQ=WEEKLY;BYDAY=MO;UNTIL=20250428T215959Z",
            alarm_minutes=15,
            contact_ids=[anna],
            type_id=services.activities.resolve_type("meeting"),
            priority="high",
        )
    ).id
    activities = services.activities
    activities.skip_occurrence(review, activities.occurrence_of(review, date(2025, 3, 17)))
    activities.update_occurrence(
        review,
        activities.occurrence_of(review, date(2025, 3, 24)),
        validate(ActivityUpdate, starts_at=datetime(2025, 3, 25, 14, tzinfo=BERLIN), subject="Review (Tuesday)"),
    )
    activities.clear(review, occurrence=activities.occurrence_of(review, date(2025, 3, 3)), outcome="Forecast agreed")
    fair = activities.schedule(
        validate(
            ActivityCreate,
            subject="Hannover Messe – Halle 7",
            starts_at=date(2025, 3, 31),
            ends_at=date(2025, 4, 4),
            all_day=True,
        )
    ).id
    todo = activities.schedule(
        validate(ActivityCreate, subject="Send the price list", starts_at=date(2025, 3, 12), timeless=True)
    ).id
    undated = activities.schedule(validate(ActivityCreate, subject="Someday: a new brochure")).id
    return {"anna": anna, "review": review, "fair": fair, "todo": todo, "undated": undated}


def exported(services: Services, **kw: object) -> str:
    out = io.StringIO()
    services.calendar_files.export_ics(out, **kw)  # type: ignore[arg-type]
    return out.getvalue()


def test_the_file_is_read_back_by_the_icalendar_library_without_loss(
    services: Services, calendar: dict[str, str]
) -> None:
    text = exported(services)
    assert all(line.endswith("\r") or line == "" for line in text.split("\n"))
    assert all(len(line.encode()) <= 76 for line in text.split("\n"))  # 75 octets and the CR
    parsed = icalendar.Calendar.from_ical(text)
    events = {(str(e["SUMMARY"]), e.get("RECURRENCE-ID") is not None): e for e in parsed.walk("VEVENT")}
    series = events[("Pipeline review; weekly, with notes", False)]
    assert series.decoded("DTSTART") == datetime(2025, 3, 3, 9, tzinfo=BERLIN)
    assert str(series.decoded("DTSTART").tzinfo) in ("Europe/Berlin", "CET")
    assert series.decoded("DTEND") - series.decoded("DTSTART") == timedelta(hours=1)
    assert str(series["DESCRIPTION"]) == "Line one\nLine two, with a comma; and a semicolon \\ backslash"
    assert series["RRULE"]["FREQ"] == ["WEEKLY"] and series["RRULE"]["BYDAY"] == ["MO"]
    assert [d.dt for d in series["EXDATE"].dts] == [datetime(2025, 3, 17, 9, tzinfo=BERLIN)]
    (alarm,) = series.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -timedelta(minutes=15)
    assert series["PRIORITY"] == 1 and str(series["X-CARDFILE-TYPE"]) == "meeting"
    assert "mailto:anna@nordurljos.is" in str(series["ATTENDEE"])
    moved = events[("Review (Tuesday)", True)]
    assert moved.decoded("RECURRENCE-ID") == datetime(2025, 3, 24, 9, tzinfo=BERLIN)
    assert moved.decoded("DTSTART") == datetime(2025, 3, 25, 14, tzinfo=BERLIN)
    assert str(moved["UID"]) == str(series["UID"])
    done = events[("Pipeline review; weekly, with notes", True)]
    assert str(done["X-CARDFILE-STATUS"]) == "done" and str(done["X-CARDFILE-OUTCOME"]) == "Forecast agreed"
    fair = events[("Hannover Messe – Halle 7", False)]
    assert (fair.decoded("DTSTART"), fair.decoded("DTEND")) == (date(2025, 3, 31), date(2025, 4, 4))
    todo = events[("Send the price list", False)]
    assert todo.decoded("DTSTART") == date(2025, 3, 12) and "DTEND" not in todo
    (someday,) = parsed.walk("VTODO")
    assert str(someday["SUMMARY"]) == "Someday: a new brochure"
    (zone,) = parsed.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Berlin" and zone.walk("DAYLIGHT") and zone.walk("STANDARD")


def test_the_file_is_read_back_by_vobject_without_loss(services: Services, calendar: dict[str, str]) -> None:
    parsed = vobject.readOne(exported(services))
    events = {(e.summary.value, hasattr(e, "recurrence_id")): e for e in parsed.vevent_list}
    series = events[("Pipeline review; weekly, with notes", False)]
    assert series.dtstart.value == datetime(2025, 3, 3, 9, tzinfo=BERLIN)
    starts = [d.astimezone(UTC) for d in series.getrruleset(addRDate=True)]
    assert datetime(2025, 3, 17, 8, tzinfo=UTC) not in starts  # the EXDATE
    assert datetime(2025, 3, 31, 7, tzinfo=UTC) in starts and datetime(2025, 4, 28, 7, tzinfo=UTC) in starts
    assert len(starts) == 8
    assert series.description.value.startswith("Line one\nLine two, with a comma;")
    assert series.valarm.trigger.value == -timedelta(minutes=15)
    moved = events[("Review (Tuesday)", True)]
    assert moved.recurrence_id.value == datetime(2025, 3, 24, 9, tzinfo=BERLIN)
    assert events[("Hannover Messe – Halle 7", False)].dtstart.value == date(2025, 3, 31)


def test_a_cardfile_file_imports_back_as_it_was(services: Services, calendar: dict[str, str], tmp_path: Path) -> None:
    path = tmp_path / "out.ics"
    report = services.calendar_files.export_ics(path)
    assert report.activities == 6  # the series, two exceptions, the fair, the to-do, the undated to-do
    window = datetime(2025, 3, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC)
    before = [
        (o.subject, o.starts_at, o.ends_at, o.status, o.all_day, o.timeless)
        for o in services.activities.occurrences(*window)
    ]
    from cardfile.services import open_database

    with open_database(tmp_path / "other.db") as other:
        result = other.calendar_files.import_ics(path)
        assert (result.imported, result.rejected) == (6, [])
        after = [
            (o.subject, o.starts_at, o.ends_at, o.status, o.all_day, o.timeless)
            for o in other.activities.occurrences(*window)
        ]
        assert after == before
        review = next(a for a in other.activities.list() if a.rrule)
        assert (review.alarm_minutes, review.priority, review.kind, review.time_zone) == (
            15,
            "high",
            "meeting",
            "Europe/Berlin",
        )
        assert [a.subject for a in other.activities.list() if a.starts_at is None] == ["Someday: a new brochure"]
    again = services.calendar_files.import_ics(path)  # into the database it came from: nothing doubles
    assert again.imported == 2 and again.updated == 4
    assert [
        (o.subject, o.starts_at, o.ends_at, o.status, o.all_day, o.timeless)
        for o in services.activities.occurrences(*window)
    ] == before


def test_export_a_range_a_contact_or_a_selection(services: Services, calendar: dict[str, str], tmp_path: Path) -> None:
    def summaries(**kw: object) -> set[str]:
        return {str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(exported(services, **kw)).walk("VEVENT")}

    april = summaries(start=datetime(2025, 4, 1, tzinfo=UTC), end=datetime(2025, 5, 1, tzinfo=UTC))
    assert april == {"Pipeline review; weekly, with notes", "Review (Tuesday)", "Hannover Messe – Halle 7"}
    assert summaries(start=datetime(2025, 3, 12, tzinfo=UTC), end=datetime(2025, 3, 13, tzinfo=UTC)) == {
        "Send the price list"
    }
    assert summaries(contact_id=calendar["anna"]) == {"Pipeline review; weekly, with notes", "Review (Tuesday)"}
    assert summaries(ids=[calendar["fair"]]) == {"Hannover Messe – Halle 7"}


def test_folding_never_splits_a_character() -> None:
    line = "SUMMARY:" + "Þórður Ægisson – ærlig talt " * 6 + "end"
    folded = fold(line)
    parts = folded.removesuffix("\r\n").split("\r\n ")
    assert "".join(parts) == line and all(len(p.encode()) <= 75 for p in parts)
    cal = read_calendar(
        f"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20250101T000000Z\r\n{folded}END:VEVENT\r\n"
        "END:VCALENDAR\r\n".encode()
    )
    assert cal.items[0].summary == line.removeprefix("SUMMARY:")  # type: ignore[union-attr]


def test_a_preview_lists_items_what_was_imported_before_and_what_cannot_be(services: Services) -> None:
    """What the import wizard shows before importing: nothing is written."""
    preview = services.calendar_files.preview_ics([FIXTURES / "broken.ics"])
    assert [p.subject for p in preview if p.kind != "rejected"] == ["The one good event"]
    assert sum(p.kind == "rejected" for p in preview) >= 5 and all(p.reason for p in preview if p.kind == "rejected")
    assert services.activities.list() == []
    services.calendar_files.import_ics(FIXTURES / "google.ics")
    again = services.calendar_files.preview_ics([FIXTURES / "google.ics"])
    check_in = next(p for p in again if p.subject == "Check-in with Zoë")
    assert check_in.repeats and check_in.existing is not None
    assert any(p.occurrence for p in again)
    with pytest.raises(NotICalendar):
        services.calendar_files.preview_ics([FIXTURES / "README.md"])
