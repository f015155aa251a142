"""Why a card, a row or a calendar item was not imported, skipped, or imported with a value kept aside — in the
reader's language.

The readers (interchange) and the importer say it in English for the command line, as a `Sentence` that carries
its code and parameters; here each code has its words. What a file holds (a column's header, a property's name, a
value) is shown as the file has it. A text that is no Sentence, or a code not known here, is shown as it came.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from cardfile.domain.errors import CardfileError
from cardfile.domain.sentences import Sentence
from cardfile.ui.words import error_text


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportProblem", text)


def _n(text: str, count: int) -> str:
    return QCoreApplication.translate("ImportProblem", text, "", count)


def problem_text(said: str) -> str:
    """`said` (a reader's or the importer's reason or warning) in the reader's language."""
    if not isinstance(said, Sentence):
        return said
    words = _WORDS.get(said.code)
    if words is None:
        error = _error_of(said)
        return error_text(error) if error is not None else str(said)
    try:
        return words(said.params)
    except (KeyError, IndexError, ValueError):  # a bad translation never hides why a card was refused
        return str(said)


def _refused(field: str) -> str:
    """A value of a multi-valued field (vCard's plural names, a CSV column's singular ones) its field refused."""
    return {
        "email": _t("the email address is not valid"),
        "phone": _t("the phone number holds no digit"),
        "url": _t("the web address is not valid"),
        "im": _t("the handle is not valid"),
        "date": _t("the date is not a real date"),
        "address": _t("the address is not valid"),
    }.get(field.removesuffix("es") if field == "addresses" else field.removesuffix("s"), _t("the value is not valid"))


def _matched(by: str) -> str:
    return {
        "uid": _t("the same vCard UID"),
        "email": _t("the same email address"),
        "phone": _t("the same phone number"),
        "name": _t("the same name and company"),
    }.get(by, by)


def _number(value: Any) -> str:
    return QLocale().toString(int(value))


_WORDS: dict[str, Callable[[dict[str, Any]], str]] = {
    # a vCard's boundaries
    "no_begin_line": lambda p: _t("the card has no BEGIN:VCARD line"),
    "not_closed_at_end": lambda p: _t("the card is not closed: the file ends before END:VCARD"),
    "not_closed_before": lambda p: _t("the card is not closed: END:VCARD is missing before line {line}").format(
        line=p["line"]
    ),
    "card_too_large": lambda p: _t("the card is larger than {mb} MB").format(mb=_number(p["mb"])),
    "trailing_lines": lambda p: _t("the lines after the last card are not a card"),
    # a vCard as a whole
    "empty_card": lambda p: _t("the card is empty: it holds no name, address, date, note, photo or any other value"),
    "unknown_kind": lambda p: _t("the card is a vCard of kind “{kind}”, not a person or an organization").format(
        kind=p["kind"]
    ),
    "unreadable_card": lambda p: _t("the card could not be read: its text is damaged or in an unknown encoding"),
    # a vCard's values kept aside
    "not_a_property": lambda p: _t("the line is not a vCard property and was skipped"),
    "name_parts": lambda p: _t("the name (N) has more than five parts; the rest were ignored"),
    "not_a_date_kept": lambda p: _t(
        "{property} “{value}” is not a date; it was kept as an extra vCard property"
    ).format(property=p["property"], value=p["value"]),
    "image_kept": lambda p: _t(
        "the picture ({property}) could not be read; it was kept as an extra vCard property"
    ).format(property=p["property"]),
    "entry_kept": lambda p: _t("{problem}; it was kept as an extra vCard property").format(
        problem=_refused(p["field"])
    ),
    # a CSV row
    "kept_in_note": lambda p: _t("{header}: {problem}; it was kept in the note").format(
        header=p["header"], problem=_refused(p["field"])
    ),
    "empty_row": lambda p: _t("the row is empty: every value it holds is left out"),
    # a calendar's item
    "item_incomplete": lambda p: _t("the {block} is incomplete (no END:{block})").format(block=p["block"]),
    "no_start": lambda p: _t("the event has no start (DTSTART)"),
    "end_kind": lambda p: _t("line {line}: the end is a date and the start a time, or the other way round").format(
        line=p["line"]
    ),
    "ends_before_start": lambda p: _t("line {line}: it ends before it starts").format(line=p["line"]),
    "rule_without_start": lambda p: _t("line {line}: a repeating item needs a start").format(line=p["line"]),
    "bad_rule": lambda p: _t("line {line}: Cardfile cannot use this repeat rule (RRULE)").format(line=p["line"]),
    "not_a_time": lambda p: _t("line {line}: {property} “{value}” is not a date or time").format(
        line=p["line"], property=p["property"], value=p["value"]
    ),
    "unknown_zone": lambda p: _t("line {line}: unknown time zone “{zone}”").format(line=p["line"], zone=p["zone"]),
    "not_a_duration": lambda p: _t("line {line}: {property} “{value}” is not a duration").format(
        line=p["line"], property=p["property"], value=p["value"]
    ),
    "no_uid": lambda p: _t("it has no UID: importing it again will make a second copy"),
    "alarm_capped": lambda p: _n(
        "line {line}: an alarm %Ln minute(s) ahead is kept as 30 days ahead", int(p["minutes"])
    ).format(line=p["line"]),
    # the importer's decisions
    "skipped_as_chosen": lambda p: _t("skipped as chosen"),
    "same_contact": lambda p: _t("the same person as a contact already there ({matched})").format(
        matched=_matched(p["matched"])
    ),
    "same_company": lambda p: _t("the same company as one already there ({matched})").format(
        matched=_matched(p["matched"])
    ),
    "at_line": lambda p: _t("line {line}: {problem}").format(line=p["line"], problem=problem_text(p["said"])),
}

CODES = frozenset(_WORDS)  # every code said here (the tests say each in every language)


def _error_of(said: Sentence) -> CardfileError | None:
    """The typed error a sentence was made of (domain.sentences.of_error), rebuilt to be said as errors are."""
    for kind in _error_types(CardfileError):
        if kind.code == said.code:
            try:
                return kind(**said.params)
            except TypeError:
                return None
    return None


def _error_types(base: type[CardfileError]) -> Iterator[type[CardfileError]]:
    for kind in base.__subclasses__():
        yield kind
        yield from _error_types(kind)
