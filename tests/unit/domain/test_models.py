"""Input models: what a caller may set, checked before it reaches the store; errors name the field."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from cardfile.domain.errors import ValidationError
from cardfile.domain.lookup import LookupQuery
from cardfile.domain.models import (
    ActivityCreate,
    CompanyCreate,
    ContactCreate,
    ContactUpdate,
    CustomFieldCreate,
    DealCreate,
    NoteCreate,
    custom_value,
    validate,
)
from cardfile.domain.values import CustomFieldType


def invalid(model: type, **data: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        validate(model, **data)
    return caught.value


@pytest.mark.parametrize(
    ("model", "data", "field"),
    [
        (ContactCreate, {"emails": [{"value": "ann"}]}, "emails.0.value"),
        (ContactCreate, {"phones": [{"value": "x"}, {"value": "no digits"}]}, "phones.0.value"),
        (ContactCreate, {"birthday": "1980-02-30"}, "birthday"),  # regression: was reported as "date"
        (ContactCreate, {"anniversary": "15.4."}, "anniversary"),
        (ContactCreate, {"dates": [{"value": "--13-01"}]}, "dates.0.value"),
        (ContactCreate, {"photo": b"\x89PNG"}, "contact"),
        (ContactCreate, {"shoe_size": 42}, "shoe_size"),
        (CompanyCreate, {"name": ""}, "name"),
        (CompanyCreate, {}, "name"),
        (ActivityCreate, {"subject": ""}, "subject"),
        (ActivityCreate, {"subject": "x", "starts_at": datetime(2030, 1, 1)}, "starts_at"),
        (ActivityCreate, {"subject": "x", "time_zone": "Mars/Olympus"}, "time_zone"),
        (ActivityCreate, {"subject": "x", "rrule": "FREQ=SOMETIMES"}, "rrule"),
        (ActivityCreate, {"subject": "x", "duration_minutes": -5}, "duration_minutes"),
        (NoteCreate, {"body": "  "}, "body"),
        (DealCreate, {"name": "x", "currency": "EURO"}, "currency"),
        (DealCreate, {"name": "x", "probability": 101}, "probability"),
        (DealCreate, {"name": "x", "amount_minor": 12.5}, "amount_minor"),
        (DealCreate, {"name": ""}, "name"),
        (CustomFieldCreate, {"name": "Size", "field_type": "colour"}, "field_type"),
        (CustomFieldCreate, {"name": "Size", "record_type": "note"}, "record_type"),
    ],
)
def test_validation_errors_name_the_field(model: type, data: dict[str, object], field: str) -> None:
    error = invalid(model, **data)
    assert error.params["field"] == field
    assert error.message.startswith(f"{field}: ")


# Spaces of every kind and characters that show nothing: U+3000 IDEOGRAPHIC SPACE, NO-BREAK SPACE, EM SPACE, ZERO
# WIDTH SPACE, ZERO WIDTH JOINER, the byte order mark, LEFT-TO-RIGHT MARK, a tab.
BLANK_NAMES = ["   ", "\u3000", "\u00a0\u2003", "\u200b", "\u200d\ufeff", " \u200e\t"]


@pytest.mark.parametrize("name", BLANK_NAMES)
def test_a_name_of_only_spaces_or_invisible_characters_is_refused_like_an_empty_one(name: str) -> None:
    """Regression: `contact add --given '   '` made a person with no name, and '\u200b' passed as a company's."""
    for model, field, problem in (
        (CompanyCreate, "name", "a company needs a name"),
        (DealCreate, "name", "a deal needs a name"),
        (ActivityCreate, "subject", "an activity needs a subject"),
        (NoteCreate, "body", "a note needs some text"),
        (CustomFieldCreate, "name", "a custom field needs a name"),
    ):
        assert invalid(model, **{field: name}).params["problem"] == problem
    person = validate(ContactCreate, given=name, family=name, display_name=name, nickname=name)
    assert (person.given, person.family, person.display_name, person.nickname) == ("", "", "", "")


def test_invisible_characters_inside_a_name_are_kept() -> None:
    """A zero-width non-joiner belongs inside a Persian name, a joiner inside an emoji: only a name that is
    nothing but them is none."""
    persian = "\u0645\u06cc\u200c\u0631\u0636\u0627"  # Mi‌reza, with its zero-width non-joiner
    assert validate(ContactCreate, given=persian).given == persian
    assert validate(ContactCreate, family="👩\u200d👩\u200d👧").family == "👩\u200d👩\u200d👧"


def test_a_photo_needs_its_mime_type() -> None:
    assert "MIME" in invalid(ContactCreate, photo=b"\x89PNG").message


def test_tags_are_trimmed_and_deduplicated_ignoring_case() -> None:
    assert validate(ContactCreate, tags=[" VIP ", "vip", "Customer", "", "customer", "Vip"]).tags == ["VIP", "Customer"]


def test_only_the_first_preferred_entry_stays_preferred() -> None:
    contact = validate(
        ContactCreate,
        emails=[
            {"value": "a@x.example"},
            {"value": "b@x.example", "preferred": True},
            {"value": "c@x.example", "preferred": True},
        ],
        phones=[{"value": "1", "preferred": True}, {"value": "2", "preferred": True}],
    )
    assert [e.preferred for e in contact.emails] == [False, True, False]
    assert [p.preferred for p in contact.phones] == [True, False]


def test_an_update_remembers_which_fields_were_named() -> None:
    update = validate(ContactUpdate, given="Ann", tags=[])
    assert update.model_fields_set == {"given", "tags"}


def test_birthdays_with_or_without_a_year() -> None:
    assert validate(ContactCreate, birthday="--0415").birthday == "--04-15"
    assert validate(ContactCreate, birthday=date(1980, 4, 15)).birthday == "1980-04-15"
    assert validate(ContactCreate, birthday="").birthday is None


def test_activity_times_are_stored_in_utc_and_duration_sets_the_end() -> None:
    reykjavik_noon = datetime(2030, 1, 1, 12, 0, tzinfo=timezone(timedelta(hours=-1)))
    activity = validate(ActivityCreate, subject="x", starts_at=reykjavik_noon, duration_minutes=45)
    assert activity.starts_at == datetime(2030, 1, 1, 13, 0, tzinfo=UTC)
    assert activity.ends_at == datetime(2030, 1, 1, 13, 45, tzinfo=UTC)


def test_an_activity_cannot_end_before_it_starts_or_recur_without_a_start() -> None:
    start = datetime(2030, 1, 1, tzinfo=UTC)
    assert "end before" in invalid(ActivityCreate, subject="x", starts_at=start, ends_at=start - timedelta(1)).message
    assert "needs a start" in invalid(ActivityCreate, subject="x", rrule="FREQ=DAILY").message


def test_an_rrule_prefix_is_dropped() -> None:
    start = datetime(2030, 1, 1, tzinfo=UTC)
    assert validate(ActivityCreate, subject="x", starts_at=start, rrule="RRULE:FREQ=DAILY").rrule == "FREQ=DAILY"


def test_a_choice_field_needs_choices() -> None:
    assert "at least one choice" in invalid(CustomFieldCreate, name="Tier", field_type="choice").message


# ----- custom field values of each type -----


@pytest.mark.parametrize(
    ("field_type", "typed", "stored"),
    [
        (CustomFieldType.TEXT, 42, "42"),
        (CustomFieldType.NUMBER, "7", 7),
        (CustomFieldType.NUMBER, "7.5", 7.5),
        (CustomFieldType.NUMBER, 3.0, 3),
        (CustomFieldType.DATE, "2031-01-31", "2031-01-31"),
        (CustomFieldType.DATE, date(2031, 1, 31), "2031-01-31"),
        (CustomFieldType.CHOICE, "Gold", "Gold"),
        (CustomFieldType.YES_NO, "yes", True),
        (CustomFieldType.YES_NO, "Off", False),
        (CustomFieldType.YES_NO, True, True),
        (CustomFieldType.TEXT, "", None),
        (CustomFieldType.NUMBER, None, None),
    ],
)
def test_custom_values_are_normalized(field_type: CustomFieldType, typed: object, stored: object) -> None:
    value = custom_value(field_type, typed, ["Gold", "Silver"], "Field")
    assert value == stored and type(value) is type(stored)


@pytest.mark.parametrize(
    ("field_type", "typed"),
    [
        (CustomFieldType.NUMBER, "seven"),
        (CustomFieldType.DATE, "31/01/2031"),
        (CustomFieldType.CHOICE, "Bronze"),
        (CustomFieldType.YES_NO, "maybe"),
    ],
)
def test_bad_custom_values_are_refused(field_type: CustomFieldType, typed: object) -> None:
    with pytest.raises(ValueError):
        custom_value(field_type, typed, ["Gold", "Silver"], "Field")


# ----- lookup queries -----


def test_lookup_conditions_are_checked() -> None:
    ok = LookupQuery(conditions=[{"field": "activity", "op": "no_activity_since", "value": "2030-01-01"}])
    assert ok.conditions[0].op == "no_activity_since"
    bad = [
        {"conditions": [{"field": "shoe_size", "op": "equals", "value": "9"}]},
        {"conditions": [{"field": "given", "op": "contains"}]},
        {"conditions": [{"field": "given", "op": "no_activity_since", "value": "2030-01-01"}]},
        {"record_type": "company", "conditions": [{"field": "given", "op": "equals", "value": "x"}]},
        {"conditions": [{"field": "given", "op": "resembles", "value": "x"}]},
    ]
    for data in bad:
        with pytest.raises(ValidationError):
            validate(LookupQuery, **data)
