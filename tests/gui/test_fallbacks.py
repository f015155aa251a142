"""No English fallback reaches the window: every refusal the program gives (a ValidationError's reason, a typed
error's code, a recurrence rule's problem), every error of the operating system, and every writing system a PDF
can lack a font for is told in the reader's language.

The enumerations read the program itself (its syntax tree, its error classes), so a reason, a code, an errno or a
script added without a sentence here fails these tests."""

from __future__ import annotations

import ast
import errno
import importlib
import os
import pkgutil
import re
import string
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import cardfile
from cardfile.domain.errors import CardfileError, StageInUse, ValidationError
from cardfile.domain.models import ActivityCreate, validate
from cardfile.domain.recurrence import RuleError, check_rule
from cardfile.domain.report_cells import Scripts
from cardfile.interchange.fonts import SCRIPT_NAMES
from cardfile.services import Services
from cardfile.services.exporter import ExportFailed
from cardfile.ui.activities.editors import RepeatEditor
from cardfile.ui.deals.form import LineItemRow
from cardfile.ui.problems import field_label, rule_problems, value_problem, value_problems
from cardfile.ui.reports.cells import CellWords
from cardfile.ui.reports.dialog import in_readers_language
from cardfile.ui.words import _PIPELINE_REASONS, error_text, failure_text, os_error_text, script_name
from tests.gui.conftest import OpenWindow
from tests.gui.test_screens_in_languages import speaking_really

SOURCE = Path(cardfile.__file__).resolve().parent
# What the window shows comes from these; ui/ speaks for itself, the command line and the server speak English.
PROGRAM = ("domain", "services", "interchange", "store", "sync")
PERSIAN_LETTERS = re.compile(r"[\u0600-\u06FF]")
THAI_LETTERS = re.compile(r"[\u0E00-\u0E7F]")
ENGLISH = "ENGLISH PROBLEM TEXT"


@pytest.fixture
def persian(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    yield from speaking_really(qapp, tmp_path, "fa")


@pytest.fixture
def thai(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    yield from speaking_really(qapp, tmp_path, "th")


def _calls(name: str) -> Iterator[tuple[Path, ast.Call]]:
    """Every call of `name` (as a plain name or an attribute) in the program's modules."""
    for part in PROGRAM:
        for path in sorted((SOURCE / part).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call):
                    func = node.func
                    called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                    if called == name:
                        yield path, node


def _keywords(call: ast.Call) -> dict[str, ast.expr]:
    return {k.arg: k.value for k in call.keywords if k.arg is not None}


def _sample(name: str) -> Any:
    """A stand-in for a parameter of a refusal, of the type the program gives it."""
    if name in ("limit", "low", "high", "size", "count"):
        return 7
    if name in ("choices", "stages", "characters", "targets"):
        return ["a", "b"]
    return {"field_type": "number", "status": "done"}.get(name, "x")


def _reasons() -> dict[str, set[str]]:
    """Each reason a ValidationError or a domain validator's Invalid is given, with the parameters it comes with."""
    found: dict[str, set[str]] = {}
    for name in ("ValidationError", "Invalid"):
        for _, call in _calls(name):
            given = _keywords(call)
            reason = given.get("reason")
            if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
                found.setdefault(reason.value, set()).update(k for k in given if k not in ("reason", "problem"))
    return found


def test_every_validation_error_the_program_raises_gives_a_reason() -> None:
    """A refusal without a reason could be told only as "this value cannot be used": each names its own."""
    without = [
        f"{path.relative_to(SOURCE)}:{call.lineno}"
        for path, call in _calls("ValidationError")
        if not isinstance(_keywords(call).get("reason"), ast.Constant)
        and not (path.name == "models.py" and call.keywords and call.keywords[-1].arg is None)  # validate(): **reason
    ]
    assert without == []


def test_every_reason_has_a_sentence_in_the_readers_language(persian: None) -> None:
    reasons = _reasons()
    assert len(reasons) > 60  # the enumeration found them (a broken walk must not pass by finding none)
    known = set(value_problems()) | set(_PIPELINE_REASONS)
    assert sorted(set(reasons) - known) == []
    for reason, names in sorted(reasons.items()):
        params = {name: _sample(name) for name in names}
        params.update(field="amount", reason=reason)
        if reason in _PIPELINE_REASONS and reason != "no_name":
            params["field"] = "stage"
        error = ValidationError(**{**params, "problem": ENGLISH})
        text = error_text(error)
        assert ENGLISH not in text, reason
        assert PERSIAN_LETTERS.search(text), (reason, text)
        assert text != value_problem(ValidationError(field="amount", problem=ENGLISH, reason="unknown")), reason


def test_pydantics_own_refusals_and_the_domains_have_reasons() -> None:
    """Bounds and types pydantic checks itself come with a reason and the bound; a domain validator's with its own."""
    with pytest.raises(ValidationError) as caught:
        validate(ActivityCreate, subject="Call", alarm_minutes=-5)
    assert caught.value.params["reason"] == "too_small" and caught.value.params["limit"] == 0
    with pytest.raises(ValidationError) as caught:
        validate(ActivityCreate, subject=" ")
    assert caught.value.params["reason"] == "no_subject"


def _typed_errors() -> list[type[CardfileError]]:
    for part in PROGRAM:
        package = importlib.import_module(f"cardfile.{part}")
        for module in pkgutil.walk_packages(package.__path__, f"cardfile.{part}."):
            if ".migrations" not in module.name:
                importlib.import_module(module.name)
    out: list[type[CardfileError]] = []
    todo = [CardfileError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if cls is not CardfileError and "code" in vars(cls) and cls.__module__.split(".")[1] in PROGRAM:
            out.append(cls)
    return out


def test_every_typed_error_the_program_defines_has_a_sentence_in_the_readers_language(persian: None) -> None:
    """Enumerates every error class with a code of its own (domain, services, interchange, store, sync): each is
    told in Persian, never by the command line's English and never by the last resort."""
    classes = _typed_errors()
    assert len(classes) > 30
    for cls in classes:
        names = {field for _, field, _, _ in string.Formatter().parse(cls.template) if field}
        params: dict[str, Any] = {name.split("!")[0].split(".")[0]: _sample(name) for name in names}
        if cls is StageInUse:
            params = {"pipeline": "x", "stage": "y", "count": 2, "targets": ["a"]}
        if issubclass(cls, ValidationError):
            params.update(field="amount", problem=ENGLISH, reason="invalid")
        error = cls(**params)
        text = error_text(error)
        assert PERSIAN_LETTERS.search(text), (cls.code, text)
        assert f"({cls.code})" not in text, f"{cls.__name__} has no sentence of its own"


def test_a_typed_error_of_an_unknown_code_is_told_in_the_readers_words(persian: None) -> None:
    class Novel(CardfileError):
        code = "novel"
        template = "Something novel happened to {what}"

    text = error_text(Novel(what="x"))
    assert "novel" in text and "Something" not in text and PERSIAN_LETTERS.search(text)


def test_every_field_a_refusal_names_is_named_in_the_readers_language(persian: None) -> None:
    """The fields the services name literally, and every field of the models they validate."""
    from pydantic import BaseModel

    from cardfile.domain import models, values
    from cardfile.domain.deals import LineItem

    fields = {
        given.value
        for _, call in _calls("ValidationError")
        if isinstance(given := _keywords(call).get("field"), ast.Constant) and isinstance(given.value, str)
    }
    for module in (models, values):
        for cls in vars(module).values():
            if isinstance(cls, type) and issubclass(cls, BaseModel) and cls.__module__ == module.__name__:
                fields |= set(cls.model_fields)
    fields |= set(LineItem.model_fields)
    entry_parts = {"value", "label", "preferred", "service", "street", "locality", "region", "postcode", "country"}
    entry_parts |= {"po_box", "extended"}  # parts of an entry: a refusal names the entry ("emails.0.value")
    technical = {"vcard_uid"}  # "vCard UID" reads the same in every language
    unnamed = sorted(f for f in fields - entry_parts - technical if not PERSIAN_LETTERS.search(field_label(f)))
    assert unnamed == []
    assert field_label("vcard_uid") == "vCard UID"
    assert PERSIAN_LETTERS.search(field_label("emails.1.value"))
    assert field_label("custom.Budget") == "Budget"  # a custom field keeps the name its owner gave it


def test_an_unforeseen_refusal_names_the_field_in_the_readers_language(persian: None) -> None:
    error = ValidationError(field="line_items.0.quantity", problem=ENGLISH, reason="something new")
    text = error_text(error)
    assert ENGLISH not in text and field_label("quantity") in text and PERSIAN_LETTERS.search(text)


# ----- recurrence rules -----


def test_every_rule_problem_has_a_sentence_in_the_readers_language(persian: None) -> None:
    codes = {
        code.value: {k for k in _keywords(call) if k != "code"}
        for _, call in _calls("RuleError")
        if isinstance(code := _keywords(call).get("code"), ast.Constant)
    }
    assert len(codes) >= 15
    assert sorted(set(codes) - set(rule_problems())) == []
    for _, call in _calls("RuleError"):
        assert "code" in _keywords(call), f"RuleError at line {call.lineno} has no code"
    for code, names in codes.items():
        text = error_text(
            ValidationError(field="rrule", problem=ENGLISH, reason="bad_rule", rule=code, **{n: "X9" for n in names})
        )
        assert ENGLISH not in text and PERSIAN_LETTERS.search(text), code


def test_a_rule_error_keeps_its_english_for_the_command_line() -> None:
    with pytest.raises(RuleError) as caught:
        check_rule("FREQ=HOURLY")
    assert str(caught.value) == "FREQ=HOURLY: Cardfile repeats activities daily, weekly, monthly or yearly"
    assert caught.value.code == "frequency_unsupported"
    assert caught.value.params == {"part": "FREQ", "value": "HOURLY"}


def test_an_imported_rule_the_form_cannot_build_is_refused_in_the_readers_words(qtbot: QtBot, persian: None) -> None:
    """Regression: the repeat editor showed RuleError's English ("the rule's months never have its days")."""
    start = datetime.combine(date(2025, 2, 3), time(9, 0))
    editor = RepeatEditor(lambda: (start, "Europe/Berlin"))
    qtbot.addWidget(editor)
    editor.set_value("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")  # another program's rule: 30 February
    assert editor.frequency.currentData() == "custom"
    problem = editor.problem()
    assert problem is not None and PERSIAN_LETTERS.search(problem)
    assert "BYMONTHDAY=30" in problem and "never" not in problem


def test_a_rule_the_services_refuse_is_told_in_the_readers_words(persian: None) -> None:
    with pytest.raises(ValidationError) as caught:
        validate(ActivityCreate, subject="Call", starts_at=datetime(2025, 1, 1, 9, tzinfo=UTC), rrule="FREQ=HOURLY")
    assert caught.value.params["reason"] == "bad_rule" and caught.value.params["rule"] == "frequency_unsupported"
    text = error_text(caught.value)
    assert "HOURLY" in text and "Cardfile repeats" not in text and PERSIAN_LETTERS.search(text)


# ----- errors of the operating system -----

COMMON_ERRNOS = (
    errno.ENOENT,
    errno.EACCES,
    errno.EPERM,
    errno.ENOSPC,
    errno.EDQUOT,
    errno.EROFS,
    errno.EISDIR,
    errno.ENOTDIR,
    errno.EEXIST,
    errno.ENAMETOOLONG,
    errno.EBUSY,
    errno.EIO,
)


@pytest.mark.parametrize("number", COMMON_ERRNOS, ids=[errno.errorcode[n] for n in COMMON_ERRNOS])
def test_an_error_of_the_system_is_told_in_the_readers_words_naming_the_file(thai: None, number: int) -> None:
    error = OSError(number, os.strerror(number), "/home/ann/report.pdf")
    text = os_error_text(error)
    assert "/home/ann/report.pdf" in text and os.strerror(number) not in text and THAI_LETTERS.search(text)
    assert failure_text(error) == text


def test_an_errno_not_in_the_table_keeps_the_systems_own_words(thai: None) -> None:
    error = OSError(errno.EXDEV, "Invalid cross-device link", "/mnt/x")
    assert "Invalid cross-device link" in os_error_text(error)


def test_a_services_error_carrying_an_errno_is_told_by_it(thai: None) -> None:
    """Regression: "Cannot write /x.vcf: No space left on device" showed the system's English in the window."""
    error = ExportFailed(target="/media/ann/cards.vcf", detail="No space left on device", errno=errno.ENOSPC)
    text = error_text(error)
    assert "No space" not in text and "/media/ann/cards.vcf" in text and THAI_LETTERS.search(text)


def test_a_report_saved_where_it_cannot_be_written_is_told_in_the_readers_words(
    qtbot: QtBot, open_window: OpenWindow, thai: None, tmp_path: Path
) -> None:
    """Regression: the reports dialog showed the system's English ("No such file or directory")."""
    dialog = open_window().show_reports()
    qtbot.waitUntil(lambda: dialog.report is not None)
    nowhere = tmp_path / "no such folder" / "pipeline.csv"
    assert not dialog.save_csv(nowhere)
    shown = dialog.error.text()
    assert str(nowhere) in shown and "No such file" not in shown and THAI_LETTERS.search(shown)


# ----- writing systems -----


def test_every_script_a_report_can_lack_a_font_for_has_a_name_in_the_readers_language(thai: None) -> None:
    assert "Thai" in SCRIPT_NAMES and "Cyrillic" in SCRIPT_NAMES
    for name in SCRIPT_NAMES:
        assert THAI_LETTERS.search(script_name(name)), name


def test_the_missing_scripts_are_listed_the_readers_way(persian: None, services: Services) -> None:
    """Regression: "No font on this computer has Thai, Arabic" named the scripts in English in a Persian window
    and on its PDF (render_pdf words the list through the report's language, as here)."""
    text = CellWords()(Scripts(("Thai", "Arabic")))
    assert text == f"{script_name('Thai')} و {script_name('Arabic')}"
    assert "Thai" not in text and "Arabic" not in text
    report = in_readers_language(services.reports.contacts())
    assert report.text(Scripts(("Thai", "Arabic"))) == text


def test_a_line_item_refused_for_its_price_is_told_in_the_readers_words(qtbot: QtBot, thai: None) -> None:
    """Regression: "This line item cannot be saved: a unit price must be between 0 and … minor units"."""
    row = LineItemRow(lambda: "EUR")
    qtbot.addWidget(row)
    row.set_item("Consulting", "1", 10**17, "0")
    problem = row.problem()
    assert problem is not None and THAI_LETTERS.search(problem) and "minor units" not in problem


def test_every_reason_a_file_is_not_what_it_should_be_has_words(persian: None) -> None:
    """The reasons NotVCard, NotCsv, NotICalendar and FileUnreadable are given, wherever the program gives one: each
    is worded, never the English detail."""
    from cardfile.interchange.errors import NotVCard

    given = {
        value.value
        for name in ("NotVCard", "NotCsv", "NotICalendar", "FileUnreadable")
        for _, call in _calls(name)
        if isinstance(value := _keywords(call).get("reason"), ast.Constant)
    }
    assert {"empty", "binary", "no_header", "is_vcard", "no_begin", "missing"} <= given
    for reason in given:
        text = error_text(NotVCard(file="x.vcf", detail=ENGLISH, reason=reason))
        assert ENGLISH not in text and PERSIAN_LETTERS.search(text), reason


def test_every_reason_a_sync_stops_is_told_in_the_readers_words(persian: None) -> None:
    """What the device tells (a refused connection, an answer that is not the protocol …) and every reason the server
    answers with: worded in Persian, never the English detail (ui/sync/reasons.py)."""
    from cardfile.domain.errors import SyncRefused
    from cardfile.services.sync_transport import DEVICE_REASONS, SERVER_REASONS

    for reason in sorted(DEVICE_REASONS | SERVER_REASONS):
        error = SyncRefused(
            server="https://x", detail=ENGLISH, reason=reason, status=599, account="anna", wait_seconds=90, ahead_ms=9
        )
        text = error_text(error)
        assert ENGLISH not in text and PERSIAN_LETTERS.search(text), reason


def test_no_error_without_a_code_of_its_own_is_raised() -> None:
    """A CardfileError raised as its base class (code "error") could only be told as "Cardfile could not do this"."""
    bare = {"CardfileError", "SyncError", "DatabaseError"}
    raised = [
        f"{path.relative_to(SOURCE)}:{node.lineno}"
        for part in PROGRAM
        for path in sorted((SOURCE / part).rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Raise)
        and isinstance(node.exc, ast.Call)
        and getattr(node.exc.func, "id", getattr(node.exc.func, "attr", "")) in bare
    ]
    assert raised == []


def test_every_reason_a_database_cannot_be_opened_has_words(persian: None) -> None:
    """Regression: "Cannot open x.db: attempt to write a readonly database" showed SQLite's English in the window."""
    from cardfile.domain.errors import DatabaseCorrupt, DatabaseReadOnly, DatabaseUnreadable

    classes = {"DatabaseCorrupt": DatabaseCorrupt, "DatabaseUnreadable": DatabaseUnreadable}
    classes["DatabaseReadOnly"] = DatabaseReadOnly
    given = [
        (name, value.value)
        for name in classes
        for _, call in _calls(name)
        if isinstance(value := _keywords(call).get("reason"), ast.Constant)
    ]
    assert {"damaged", "not_sqlite", "cannot_open", "read_only", "missing", "file_read_only"} <= {r for _, r in given}
    for name, reason in given:
        text = error_text(classes[name](path="/home/ann/x.db", detail=ENGLISH, reason=reason, schema="0012"))
        assert ENGLISH not in text and PERSIAN_LETTERS.search(text), (name, reason)
