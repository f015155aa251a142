"""Recurrence rules: expansion in wall-clock time checked against python-dateutil's own, the dialog's choices."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st

from cardfile.domain.recurrence import (
    Recurrence,
    RuleError,
    check_rule,
    is_start,
    last_start,
    next_start,
    starts_between,
    week_of_month,
)

# Every form the schedule dialog writes, and rules other programs write that dateutil expands.
RULES = [
    "FREQ=DAILY",
    "FREQ=DAILY;INTERVAL=3",
    "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR",
    "FREQ=DAILY;INTERVAL=2;BYDAY=MO,FR",
    "FREQ=WEEKLY",
    "FREQ=WEEKLY;BYDAY=MO,WE,FR;INTERVAL=2",
    "FREQ=WEEKLY;WKST=SU;BYDAY=SU,TU;INTERVAL=2",
    "FREQ=WEEKLY;WKST=TH;BYDAY=SU,TU,SA;INTERVAL=3",
    "FREQ=WEEKLY;INTERVAL=2;UNTIL=20220101T000000",
    "FREQ=DAILY;UNTIL=20220101T083000",
    "FREQ=MONTHLY",
    "FREQ=MONTHLY;INTERVAL=2",
    "FREQ=MONTHLY;BYMONTHDAY=31",
    "FREQ=MONTHLY;BYDAY=2TU",
    "FREQ=MONTHLY;BYDAY=-1FR;INTERVAL=3",
    "FREQ=YEARLY",
    "FREQ=YEARLY;INTERVAL=4",
    "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
    "FREQ=MONTHLY;UNTIL=20230101T000000",
    # walked by dateutil (with the fast-forward for rules without COUNT)
    "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
    "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO",
    "FREQ=MONTHLY;BYMONTHDAY=1,15;BYHOUR=9,14",
    "FREQ=WEEKLY;COUNT=7;BYDAY=TU,TH",
    "FREQ=YEARLY;BYYEARDAY=100",
]

moments = st.datetimes(min_value=datetime(2015, 1, 1), max_value=datetime(2021, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def dateutil_starts(rule: str, start: datetime, after: datetime, before: datetime) -> list[datetime]:
    """What dateutil gives, walking from the first start; the first start counts (RFC 5545) even if unsynchronized."""
    found = [d for d in rrulestr(rule, dtstart=start).between(after, before, inc=True) if d < before]
    if after <= start < before and start not in found:
        found.insert(0, start)
    return found


@settings(max_examples=300, deadline=None)
@given(
    rule=st.sampled_from(RULES),
    start=moments | st.sampled_from([datetime(2016, 2, 29, 9), datetime(2015, 1, 31, 9, 30)]),
    offset=st.floats(0, 1),
    length=st.integers(1, 800),
)
def test_expansion_gives_what_dateutil_gives(rule: str, start: datetime, offset: float, length: int) -> None:
    after = start + (datetime(2026, 1, 1) - start) * offset
    before = after + timedelta(days=length)
    assert starts_between(rule, start, after, before) == dateutil_starts(rule, start, after, before)


def test_the_31st_of_the_month_skips_shorter_months() -> None:
    starts = starts_between("FREQ=MONTHLY", datetime(2025, 1, 31, 10), datetime(2025, 1, 1), datetime(2025, 8, 1))
    assert [d.date() for d in starts] == [date(2025, m, 31) for m in (1, 3, 5, 7)]


def test_29_february_comes_every_four_years() -> None:
    starts = starts_between("FREQ=YEARLY", datetime(2024, 2, 29, 8), datetime(2024, 1, 1), datetime(2033, 1, 1))
    assert [d.year for d in starts] == [2024, 2028, 2032]
    assert next_start("FREQ=YEARLY", datetime(2024, 2, 29, 8), datetime(2024, 3, 1)) == datetime(2028, 2, 29, 8)


def test_the_second_tuesday_and_the_last_friday() -> None:
    second = starts_between(
        "FREQ=MONTHLY;BYDAY=2TU", datetime(2025, 3, 11, 9), datetime(2025, 3, 1), datetime(2025, 6, 1)
    )
    assert [d.day for d in second] == [11, 8, 13]
    last = starts_between(
        "FREQ=MONTHLY;BYDAY=-1FR", datetime(2025, 1, 31, 9), datetime(2025, 1, 1), datetime(2025, 4, 1)
    )
    assert [d.day for d in last] == [31, 28, 28]


def test_counted_and_ending_series() -> None:
    start = datetime(2025, 3, 3, 9)
    assert last_start("FREQ=WEEKLY;COUNT=3", start) == datetime(2025, 3, 17, 9)
    assert next_start("FREQ=WEEKLY;COUNT=3", start, datetime(2025, 3, 17, 9)) is None
    assert last_start("FREQ=WEEKLY", start) is None
    assert is_start("FREQ=WEEKLY", start, datetime(2030, 3, 4, 9))
    assert not is_start("FREQ=WEEKLY", start, datetime(2030, 3, 4, 10))


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("FREQ=HOURLY", "daily, weekly, monthly or yearly"),
        ("BYDAY=MO", "needs FREQ"),
        ("FREQ=WEEKLY;COUNT=2;UNTIL=20250101", "not both"),
        ("FREQ=WEEKLY;COUNT=0", "positive"),
        ("FREQ=WEEKLY;BYDAY=XX", "not an RFC 5545"),
        ("FREQ=WEEKLY;FOO=1", "not part of"),
        ("FREQ=WEEKLY;UNTIL=tomorrow", "UNTIL"),
        ("FREQ=WEEKLY;INTERVAL=0", "INTERVAL"),
        ("FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30,31", "never happens"),
        ("FREQ=YEARLY;BYMONTH=4,6;BYMONTHDAY=31", "never happens"),
    ],
)
def test_rules_cardfile_cannot_use_are_refused_with_the_reason(text: str, problem: str) -> None:
    with pytest.raises(RuleError, match=problem):
        check_rule(text)


def test_a_rule_is_stored_freq_first_and_without_the_property_name() -> None:
    assert check_rule("RRULE:byday=MO;freq=weekly") == "FREQ=WEEKLY;BYDAY=MO"


# ----- the dialog's choices -----


@pytest.mark.parametrize(
    ("choice", "rule"),
    [
        (Recurrence("daily"), "FREQ=DAILY"),
        (Recurrence("weekly", weekdays=(3, 0)), "FREQ=WEEKLY;BYDAY=MO,TH"),
        (Recurrence("weekly", interval=2), "FREQ=WEEKLY;INTERVAL=2"),
        (Recurrence("monthly"), "FREQ=MONTHLY"),
        (Recurrence("monthly", by_weekday=True), "FREQ=MONTHLY;BYDAY=2TU"),
        (Recurrence("monthly", by_weekday=True, week=-1), "FREQ=MONTHLY;BYDAY=-1TU"),
        (Recurrence("yearly", by_weekday=True), "FREQ=YEARLY;BYDAY=2TU;BYMONTH=3"),
        (Recurrence("weekly", ending="after", count=10), "FREQ=WEEKLY;COUNT=10"),
        (Recurrence("daily", ending="on", until=date(2025, 3, 31)), "FREQ=DAILY;UNTIL=20250331T215959Z"),
    ],
)
def test_the_dialogs_choices_as_rules_and_back(choice: Recurrence, rule: str) -> None:
    start = datetime(2025, 3, 11, 9)  # the second Tuesday of March, in Berlin (UTC+2 from 30 March)
    assert choice.rule(start, zone_name="Europe/Berlin") == rule
    back = Recurrence.of(rule, start, zone_name="Europe/Berlin")
    assert back is not None and back.rule(start, zone_name="Europe/Berlin") == rule


def test_a_floating_series_ends_on_a_date() -> None:
    start = datetime(2025, 3, 11)
    assert Recurrence("yearly", ending="on", until=date(2030, 1, 1)).rule(start, zone_name=None) == (
        "FREQ=YEARLY;UNTIL=20300101"
    )


def test_rules_the_dialog_cannot_express_are_left_to_be_shown_as_written() -> None:
    start = datetime(2025, 3, 11, 9)
    for rule in ("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1", "FREQ=WEEKLY;BYHOUR=9,10", "FREQ=MONTHLY;BYDAY=3WE"):
        assert Recurrence.of(rule, start, zone_name="UTC") is None


def test_the_dialog_refuses_impossible_choices() -> None:
    start = datetime(2025, 3, 11, 9)
    for choice in (
        Recurrence("weekly", ending="after"),
        Recurrence("weekly", ending="on"),
        Recurrence("weekly", ending="on", until=date(2024, 1, 1)),
        Recurrence("weekly", interval=0),
        Recurrence("weekly", weekdays=(7,)),
    ):
        with pytest.raises(RuleError):
            choice.rule(start, zone_name="UTC")


def test_the_week_of_the_month() -> None:
    assert [week_of_month(date(2025, 3, d)) for d in (1, 7, 8, 28, 29, 31)] == [1, 1, 2, 4, -1, -1]
