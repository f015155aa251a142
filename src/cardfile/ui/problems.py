"""What is wrong with a refused value, in the reader's language: a services `ValidationError` (by its `reason` and
parameters), a recurrence rule's `RuleError` (by its `code`), and the name of the field either one names.

The services say every problem in English for the command line, and give it a stable `reason` (domain/errors.py);
each reason has a sentence here. A reason this module does not know, or a value refused for no reason it can tell,
gets a sentence that names the field and says only that its value cannot be used: never the English of the
command line. The tests enumerate every reason and rule code the program raises and hold this module to a
sentence for each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from cardfile.domain.errors import CardfileError
from cardfile.domain.values import CustomFieldType
from cardfile.ui.words import directed, field_name, seeded_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Problem", text)


def _n(text: str, count: int) -> str:
    return QCoreApplication.translate("Problem", text, "", count)


def _form(text: str) -> str:  # the record form's own sentences, the same words wherever the problem shows
    return QCoreApplication.translate("RecordForm", text)


def _rule(text: str) -> str:
    return QCoreApplication.translate("RepeatRule", text)


def _listed(items: Any) -> str:
    return QLocale().createSeparatedList([str(item) for item in items or ()])


def _number(value: Any) -> str:
    try:
        return QLocale().toString(int(value))
    except (TypeError, ValueError):
        return str(value)


# ----- the field a problem names -----


# The fields the services name in their refusals (besides a record's own fields, which field_name() knows).
def _service_fields() -> dict[str, str]:
    return {
        "record type": _t("Kind of record"),
        "records": _t("Records"),
        "user": _t("User name"),
        "interval": _t("Sync every"),
        "server": _t("Server"),
        "snooze": _t("Snooze"),
        "alarm": _t("Alarm"),
        "rate": _t("Exchange rate"),
        "to": _t("To"),
        "period": _t("Period"),
        "sort": _t("Sort order"),
        "order": _t("Sort order"),
        "view": _t("View"),
        "format": _t("Format"),
        "duplicates": _t("Duplicates"),
        "files": _t("Files"),
        "batch size": _t("Batch size"),
        "mapping name": _t("Name of the column mapping"),
        "CSV mapping": _t("Column mapping"),
        "incomplete": _t("Incomplete"),
        "no company": _t("No company"),
        "selection": _t("Selection"),
        "vCard version": _t("vCard version"),
        "columns": _t("Columns"),
        "delimiter": _t("Separator"),
        "name order": _t("Name order"),
        "default country": _t("Default country"),
        "list": _t("List"),
        "amount": _t("Amount"),
        "currency": _t("Currency"),
        "parent": _t("Parent company"),
        "company": _t("Company"),
        "member": _t("Member"),
        "body": _t("Note"),
        "activity type": _t("Activity type"),
        "contacts": _t("People"),
        "repeat": _t("Repeats"),
        "all day": _t("All day"),
        "end": _t("Ends"),
        "duration": _t("Duration"),
        "occurrence": _t("Occurrence"),
        "stage": _t("Stage"),
        "pipeline": _t("Pipeline"),
        "probability": _t("Probability"),
        "date": _t("Date"),
        "lost reason": _t("Lost reasons"),
        "won reason": _t("Won reasons"),
        "deal role": _t("Roles"),
        "pipeline_id": _t("Pipeline"),
        "stage_id": _t("Stage"),
        "expected_close": _t("Expected close"),
        "amount_minor": _t("Amount"),
        "duration_minutes": _t("Duration"),
        "line_items": _t("Line items"),
        "product": _t("Product"),
        "quantity": _t("Quantity"),
        "unit_price_minor": _t("Unit price"),
        "discount_percent": _t("Discount"),
        "role": _t("Role"),
        "contact_ids": _t("People"),
        "company_ids": _t("Companies"),
        "deal_ids": _t("Deals"),
        "contact_id": _t("Person"),
        "photo_mime": _t("Photo"),
        "logo_mime": _t("Logo"),
        "field_type": _t("Type of field"),
        "choices": _t("Choices"),
        "record_type": _t("Kind of record"),
        "amount_from_items": _t("Amount"),
        "reason": _t("Reason"),
        "customfield": _t("Custom field"),
        "activity": _t("Activity"),
        "contact": _t("Contact"),
        "deal": _t("Deal"),
        "note": _t("Note"),
    }


_ENTRY_KINDS = ("emails", "phones", "addresses", "urls", "ims", "dates", "tags", "contacts")


def field_label(field: str) -> str:
    """The field a problem names ('emails.1.value', 'custom.Budget', 'line_items.0.quantity', 'record type') as
    the reader says it; a custom field by its own name; '' for a field this program does not know."""
    parts = [part for part in str(field).split(".") if part and not part.isdigit()]
    if not parts:
        return ""
    if parts[0] == "custom" and len(parts) > 1:
        return ".".join(parts[1:])  # a custom field is called what its owner called it
    key = parts[0] if parts[0] in _ENTRY_KINDS or len(parts) == 1 else parts[-1]
    known = _service_fields()
    if key in known:
        return known[key]
    name = field_name(key)
    return "" if name == key.replace("_", " ") else name


# ----- recurrence rules -----


def rule_problems() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    """A sentence for each code of RuleError (domain/recurrence.py), from its parameters (`part`, `value`)."""
    return {
        "not_a_zone": lambda p: _rule("“{value}” is not a time zone.").format(**p),
        "not_name_value": lambda p: _rule("The repeat rule's part “{value}” is not written as NAME=VALUE.").format(**p),
        "unknown_part": lambda p: _rule("{part} is not part of a repeat rule (RFC 5545).").format(**p),
        "part_twice": lambda p: _rule("The repeat rule gives {part} twice.").format(**p),
        "no_frequency": lambda p: _rule("The repeat rule does not say how often it repeats (FREQ).").format(**p),
        "frequency_unsupported": lambda p: _rule(
            "{part}={value}: Cardfile repeats activities daily, weekly, monthly or yearly."
        ).format(**p),
        "count_and_until": lambda p: _rule(
            "The repeat rule ends both after a number of times (COUNT) and on a date (UNTIL); it can do only one."
        ),
        "count_not_positive": lambda p: _rule("{part}={value}: the number of times is a whole number above 0.").format(
            **p
        ),
        "interval_range": lambda p: _rule(
            "{part}={value}: a series repeats every 1 to 1000 days, weeks, months or years."
        ).format(**p),
        "not_a_rule": lambda p: _rule("“{value}” is not a repeat rule Cardfile can read (RFC 5545).").format(**p),
        "never_happens": lambda p: _rule(
            "{part}={value}: the rule's months never have these days, so it never happens."
        ).format(**p),
        "until_not_a_date": lambda p: _rule(
            "{part}={value} is not a date (20250331) or a time (20250331T235959Z)."
        ).format(**p),
        "weekday_range": lambda p: _rule("Choose the weekdays from Monday to Sunday."),
        "week_range": lambda p: _rule("The week of the month is the first to the fourth, or the last."),
        "count_missing": lambda p: _rule("Say after how many times the series ends."),
        "until_missing": lambda p: _rule("Say on which date the series ends."),
        "ends_before_start": lambda p: _rule("The series would end before it starts."),
    }


@directed
def rule_problem(code: str, params: Mapping[str, Any]) -> str:
    """Why a repeat rule cannot be used, in the reader's words (RuleError's `code` and `params`)."""
    text = rule_problems().get(code)
    if text is not None:
        try:
            return text({"part": "", "value": "", **params})
        except (KeyError, IndexError, ValueError):  # a bad translation must never hide the problem
            pass
    return _rule("Cardfile cannot use this repeat rule: {rule}").format(rule=params.get("value", ""))


# ----- refused values -----


def _custom_value(p: Mapping[str, Any]) -> str:
    field_type = str(p.get("field_type", ""))
    if field_type == CustomFieldType.NUMBER.value:
        return _form("Enter a number.")
    if field_type == CustomFieldType.DATE.value:
        return _form("There is no such date.")
    if field_type == CustomFieldType.CHOICE.value:
        return _form("Choose one of: {choices}.").format(choices=_listed(p.get("choices")))
    if field_type == CustomFieldType.YES_NO.value:
        return _form("Choose yes or no.")
    return _t("{field}: this value cannot be used.").format(field=p["field"])


def _already_cleared(p: Mapping[str, Any]) -> str:
    if p.get("status") == "done":
        return _t("This activity is done already.")
    if p.get("status") == "cancelled":
        return _t("This activity is cancelled already.")
    return _t("This activity is cleared already.")


def _deals_must_move(p: Mapping[str, Any]) -> str:
    if p.get("stage"):
        return _t("The deals in “{stage}” must first move to another stage.").format(stage=seeded_name(p["stage"]))
    return _t("The deals in “{pipeline}” must first move to another pipeline.").format(
        pipeline=seeded_name(p["pipeline"])
    )


def _not_a_date(p: Mapping[str, Any]) -> str:
    if p.get("value"):
        return _t("“{value}” is not a date.").format(**p)
    return _form("There is no such date.")


def value_problems() -> dict[str, Callable[[Mapping[str, Any]], str]]:
    """A sentence for each `reason` of a ValidationError, from its parameters (`field` is already the reader's name
    of the field)."""
    return {
        "invalid": lambda p: _t("{field}: this value cannot be used.").format(**p),
        "missing": lambda p: _t("{field}: this is needed.").format(**p),
        "too_small": lambda p: _t("{field}: the least is {limit}.").format(field=p["field"], limit=_number(p["limit"])),
        "too_large": lambda p: _t("{field}: the most is {limit}.").format(field=p["field"], limit=_number(p["limit"])),
        "too_long": lambda p: _n("{field}: at most %Ln character(s).", int(p["limit"])).format(field=p["field"]),
        "too_many": lambda p: _n("{field}: at most %Ln entry(ies).", int(p["limit"])).format(field=p["field"]),
        "not_a_number": lambda p: _t("{field}: enter a number.").format(**p),
        "not_yes_or_no": lambda p: _form("Choose yes or no."),
        "not_one_of": lambda p: _t("{field}: “{value}” is not one of {choices}.").format(
            field=p["field"], value=p["value"], choices=_listed(p.get("choices"))
        ),
        "not_a_date": _not_a_date,
        "no_such_date": lambda p: _t("There is no such date as “{value}”.").format(**p),
        "not_an_amount": lambda p: _t("“{value}” is not an amount.").format(**p),
        "too_many_decimals": lambda p: _t("“{value}” has too many decimals for {currency}.").format(**p),
        "not_a_currency": lambda p: _t("“{value}” is not a currency code (such as EUR or USD).").format(**p),
        "no_result": lambda p: _t("Say how it went."),
        "no_name": lambda p: _t("A name is needed."),
        "no_text": lambda p: _t("Write some text."),
        "no_people": lambda p: _t("Choose at least one person to schedule with."),
        "occurrence_repeats": lambda p: _t("One occurrence of a series cannot repeat on its own."),
        "timeless_and_all_day": lambda p: _t("An activity is at any time that day or all day, not both."),
        "ends_before_start": lambda p: _t("An activity cannot end before it starts."),
        "repeat_needs_start": lambda p: _t("A repeating activity needs a date."),
        "no_subject": lambda p: _t("An activity needs a subject."),
        "duration_needs_start": lambda p: _t("An activity without a start has no duration."),
        "no_occurrence": lambda p: _t("The series has no occurrence then."),
        "not_recurring": lambda p: _t("This activity does not repeat."),
        "already_cleared": _already_cleared,
        "no_files": lambda p: _t("Choose at least one file to import."),
        "own_parent": lambda p: _t("A company cannot be its own parent company."),
        "no_such_record": lambda p: _t(
            "{field}: it is no longer there (it was deleted, perhaps on another device)."
        ).format(**p),
        "currency_of_items": lambda p: _t(
            "The line items' prices are in {currency}; change them together with the currency."
        ).format(**p),
        "amount_from_items": lambda p: _t("Here the amount is the sum of the line items."),
        "wrong_record_type": lambda p: _t("{field}: this cannot be done with this kind of record.").format(**p),
        "too_few_records": lambda p: _t("Choose two records or more."),
        "several_selections": lambda p: _t("Choose records, a group or a lookup: one of them, not several."),
        "bad_delimiter": lambda p: _t("Separate the columns with a comma, a semicolon or a tab."),
        "unknown_columns": lambda p: _t("Some of the chosen columns do not exist."),
        "no_saved_mapping": lambda p: _t("There is no saved column mapping named “{name}”.").format(**p),
        "no_criteria": lambda p: _t(
            "Choose how the records are incomplete: no email or phone, no company, or no activity for some months."
        ),
        "not_being_merged": lambda p: _t("That record is not one of those being merged."),
        "not_a_stage": lambda p: _t("“{name}” is not a stage of “{pipeline}”; its stages are {stages}.").format(
            name=p["name"],
            pipeline=seeded_name(p["pipeline"]),
            stages=_listed(seeded_name(s) for s in p.get("stages") or ()),
        ),
        "no_stages": lambda p: _t("A pipeline needs at least one stage."),
        "deals_must_move": _deals_must_move,
        "no_such_custom_field": lambda p: _t("There is no custom field “{name}”.").format(**p),
        "custom_value": _custom_value,
        "snooze_in_past": lambda p: _t("A snooze must end in the future."),
        "rate_not_positive": lambda p: _t("A rate from {source} to {target} is a number above 0.").format(**p),
        "range_reversed": lambda p: _t("The period ends before it starts."),
        "not_a_country": lambda p: _t("“{value}” is not a country code (such as US or IS).").format(**p),
        "not_a_user_name": lambda p: _t("“{value}” cannot be a user name.").format(**p),
        "syncs_as_other_user": lambda p: _t(
            "This database syncs as {current}; use another database to sync as {user}."
        ).format(**p),
        "interval_range": lambda p: _n("Sync every {low} (only by hand) to %Ln minute(s).", int(p["high"])).format(
            low=_number(p["low"])
        ),
        "not_a_server_address": lambda p: _t("“{value}” is not an http:// or https:// address.").format(**p),
        "too_large_to_sync": lambda p: _n(
            "{field}: this is too large to sync; at most %Ln character(s).", int(p["limit"])
        ).format(field=p["field"]),
        "invisible_characters": lambda p: _t(
            "“{value}” contains invisible characters ({characters}); type the address again without them."
        ).format(value=p["value"], characters=_listed(str(c).split(" ")[0] for c in p.get("characters") or ())),
        "not_an_email": lambda p: _form("This is not an email address; it should look like name@example.com."),
        "no_digits": lambda p: _form("A phone number needs at least one digit."),
        "not_a_url": lambda p: _form("A web address cannot contain spaces."),
        "photo_type_missing": lambda p: _t("The picture's type (JPEG, PNG …) is not known."),
        "time_without_zone": lambda p: _t("A time needs its time zone."),
        "not_a_zone": lambda p: _rule("“{value}” is not a time zone.").format(**p),
        "bad_rule": lambda p: rule_problem(str(p.get("rule", "")), p),
        "no_choices": lambda p: _t("A choice field needs at least one choice."),
        "no_product": lambda p: _t("A line item needs a product."),
        "between": lambda p: _t("{field}: more than {low} and less than {high}.").format(
            field=p["field"], low=_number(p["low"]), high=_number(p["high"])
        ),
        "out_of_range": lambda p: _t("{field}: from {low} to {high}.").format(
            field=p["field"], low=_number(p["low"]), high=_number(p["high"])
        ),
        "decimals": lambda p: _n("{field}: at most %Ln decimal(s).", int(p["limit"])).format(field=p["field"]),
        "not_minor_units": lambda p: _t(
            "{field}: a whole number of the currency's smallest unit (such as cents)."
        ).format(**p),
        "field_name_taken": lambda p: _t("There is already a field named “{name}”.").format(**p),
    }


@directed
def value_problem(error: CardfileError) -> str:
    """A refused value (a ValidationError) as a sentence in the reader's language: by its reason, or, for one this
    program does not know, a sentence naming the field. Never the command line's English."""
    field = field_label(str(error.params.get("field", "")))
    params = {**error.params, "field": field or _t("Value")}
    text = value_problems().get(str(error.params.get("reason", "")))
    if text is not None:
        try:
            return text(params)
        except (KeyError, IndexError, ValueError, TypeError):  # a bad translation or a missing part: say it plainly
            pass
    if field:
        return _t("{field}: this value cannot be used.").format(field=field)
    return _t("This value cannot be used.")
