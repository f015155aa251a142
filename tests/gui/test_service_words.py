"""What the services say in English for the command line reaches the window in the reader's language: the change
log's action names (History, Undo, the status bar) and why an imported card, row or calendar item was refused,
skipped, or had a value kept aside — each in every language's real catalogue, never the English."""

from __future__ import annotations

import ast
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from cardfile import paths
from cardfile.domain.errors import DailyBackupNotMade
from cardfile.domain.models import ActivityCreate
from cardfile.domain.sentences import Sentence
from cardfile.interchange.csv_reader import read_csv
from cardfile.interchange.ics_reader import read_calendar
from cardfile.interchange.vcard_reader import NOTHING_REASON, ParsedCard, Rejection, read_vcards
from cardfile.services import Services
from cardfile.store import backup
from cardfile.ui.contacts.kind import CONTACTS
from cardfile.ui.importing.problems import CODES, problem_text
from cardfile.ui.importing.wizard import ImportWizard, PreviewModel, unnamed_name, untitled_subject
from cardfile.ui.records.card import RecordCard
from cardfile.ui.words import action_name, error_text
from tests.gui.conftest import OpenWindow
from tests.gui.test_screens_in_languages import speaking_really
from tests.helpers import add_contact

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["is", "ja", "fa", "th", "ru"]


def _change_log_labels() -> set[str]:
    """Every literal label the services give a write (`db.write("Add contact")`, `label = "Merge contacts" if …`)."""
    labels: set[str] = set()
    for path in (ROOT / "src" / "cardfile" / "services").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            written = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "write":
                written = node.args[0] if node.args else None
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "label" for t in node.targets
            ):
                written = node.value
            if written is None or isinstance(written, ast.JoinedStr):
                continue
            for part in (written.body, written.orelse) if isinstance(written, ast.IfExp) else (written,):
                if isinstance(part, ast.Constant) and isinstance(part.value, str) and part.value[:1].isupper():
                    labels.add(part.value)
    return labels


# The labels the services build from a number, a file or a kind of record (records.py, tasks.py, importer.py).
BUILT_LABELS = [
    "Clear 3 activities",
    "Reschedule 2 activities",
    "Delete 5 activities",
    "Schedule activity with 4 people",
    "Imported from cards.vcf",
    "Delete contact",
    "Delete contacts",
    "Restore company",
    "Tag companies",
    "Undo Sync: pulled",
    "Redo Pick the other value",
]


@contextmanager
def speaking(qapp: QApplication, tmp_path: Path, language: str) -> Iterator[None]:
    """The real catalogue of a language, compiled as the build compiles it, installed for the block."""
    spoken = speaking_really(qapp, tmp_path, language)
    next(spoken)
    try:
        yield
    finally:
        next(spoken, None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_action_the_change_log_names_is_said_in_the_readers_language(
    qapp: QApplication, tmp_path: Path, language: str
) -> None:
    """Regression: History said "Sync: pulled", "Pick the other value", "Change name order" in English to every
    reader (the labels of sync, conflicts, search and settings writes had no words in the window); a new label
    without words fails here."""
    labels = sorted(_change_log_labels())
    assert {"Add contact", "Sync: pulled", "Merge contacts", "Pick the other value", "Keep the current value"} <= set(
        labels
    )
    english = {label: action_name(label) for label in [*labels, *BUILT_LABELS]}
    with speaking(qapp, tmp_path, language):
        for label, in_english in english.items():
            said = action_name(label)
            assert said and said != in_english and "{" not in said, (language, label, said)
        assert "cards.vcf" in action_name("Imported from cards.vcf")


BROKEN_VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nN:A;B;C;D;E;F\r\nBDAY:soon\r\nEMAIL:not an address\r\n"
    "what is this\r\nPHOTO;ENCODING=b;TYPE=JPEG:!!!!\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:only\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:location\r\nFN:The office\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Open\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Closed\r\nEND:VCARD\r\n"
    "FN:stray\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Last\r\n"
)
BROKEN_CSV = "Name,Email,Birthday,Notes\r\nAnna,not an address,31/02/1990,\r\n,,,\r\n"
BROKEN_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Backwards\r\nDTSTART:20260301T100000Z\r\nDTEND:20260301T090000Z\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:Mixed\r\nDTSTART:20260301T100000Z\r\nDTEND;VALUE=DATE:20260302\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Zone\r\nDTSTART;TZID=Nowhere/Else:20260301T100000\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:e\r\nSUMMARY:Bad\r\nDTSTART:tomorrow\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:f\r\nSUMMARY:Long\r\nDTSTART:20260301T100000Z\r\nDURATION:soon\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:g\r\nSUMMARY:Rule\r\nDTSTART:20260301T100000Z\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nSUMMARY:No UID\r\nDTSTART:20260301T100000Z\r\n"
    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P60D\r\nEND:VALARM\r\nEND:VEVENT\r\n"
    "BEGIN:VTODO\r\nUID:h\r\nSUMMARY:Unfinished\r\n"
    "END:VCALENDAR\r\n"
)


def _what_files_say() -> list[str]:
    """Every reason and warning the readers give for the broken files above, as they give them."""
    said: list[str] = []
    for result in read_vcards(BROKEN_VCARDS.encode(), filename="broken.vcf"):
        if isinstance(result, Rejection):
            said.append(result.reason)
        else:
            said += [w.message for w in result.warnings]
    for row in read_csv(BROKEN_CSV.encode(), filename="broken.csv"):
        if isinstance(row, Rejection):
            said.append(row.reason)
        elif isinstance(row, ParsedCard):
            said += [w.message for w in row.warnings]
    for item in read_calendar(BROKEN_CALENDAR.encode(), "broken.ics", local_zone="UTC").items:
        said += [item.reason] if hasattr(item, "reason") else list(item.warnings)
    return said


def test_the_readers_say_why_with_a_code_and_keep_their_english() -> None:
    """The command line's words are unchanged: each reason is the English sentence, and it carries a code the
    window has words for."""
    said = _what_files_say()
    codes = {s.code for s in said if isinstance(s, Sentence)}
    assert all(isinstance(s, Sentence) for s in said), [s for s in said if not isinstance(s, Sentence)]
    assert codes <= CODES, codes - CODES
    assert {"entry_kept", "not_a_date_kept", "name_parts", "not_a_property", "image_kept", "empty_card"} <= codes
    assert {"unknown_kind", "not_closed_at_end", "no_start", "ends_before_start", "end_kind"} <= codes
    assert {"unknown_zone", "not_a_time", "not_a_duration", "bad_rule", "no_uid", "alarm_capped"} <= codes
    assert {"item_incomplete", "kept_in_note"} <= codes
    assert "the card is empty: it holds no name, address, date, note, photo or any other property" in said
    assert "Birthday: '31/02/1990' is not a date; it was kept in the note" in said


# One sentence of each code the window knows, with parameters as the readers and the importer give them.
SAMPLES: dict[str, dict[str, object]] = {
    "not_closed_before": {"line": 12},
    "card_too_large": {"mb": 30},
    "unknown_kind": {"kind": "location"},
    "not_a_date_kept": {"property": "BDAY", "value": "soon"},
    "image_kept": {"property": "PHOTO", "problem": "not a picture"},
    "entry_kept": {"problem": "not an email address", "entry": "email address", "field": "emails"},
    "kept_in_note": {"header": "E-mail", "problem": "not an email address", "field": "email", "value": "y"},
    "item_incomplete": {"block": "VTODO"},
    "end_kind": {"line": 4},
    "ends_before_start": {"line": 4},
    "rule_without_start": {"line": 4},
    "bad_rule": {"line": 4, "problem": "FREQ is not known"},
    "not_a_time": {"line": 4, "property": "DTSTART", "value": "tomorrow"},
    "unknown_zone": {"line": 4, "zone": "Nowhere/Else"},
    "not_a_duration": {"line": 4, "property": "DURATION", "value": "soon"},
    "alarm_capped": {"line": 4, "minutes": 86400},
    "same_contact": {"by": "email address", "matched": "email"},
    "same_company": {"by": "UID", "matched": "uid"},
    "unreadable_card": {"detail": "'utf-8' codec can't decode byte"},
    "at_line": {"line": 7, "said": Sentence("name_parts", "N has more than five parts; the rest were ignored")},
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_why_a_card_was_refused_skipped_or_kept_aside_is_said_in_the_readers_language(
    qapp: QApplication, tmp_path: Path, language: str
) -> None:
    """Regression: the import wizard's preview and report, and the calendar import's preview, showed the readers'
    English ("the card is empty: …", "BDAY 'soon' is not a date; …", "the same person as a contact already there
    …") to every reader. Every code is said in the language, with what the file holds as the file has it."""
    sentences = {code: Sentence(code, code, **SAMPLES.get(code, {})) for code in CODES}
    english = {code: problem_text(sentence) for code, sentence in sentences.items()}
    from_files = {said: problem_text(said) for said in _what_files_say()}
    with speaking(qapp, tmp_path, language):
        for code, sentence in sentences.items():
            text = problem_text(sentence)
            assert text and "{" not in text and "%" not in text, (language, code, text)
            assert text != english[code], (language, code, text)
        assert "location" in problem_text(sentences["unknown_kind"])
        assert "Nowhere/Else" in problem_text(sentences["unknown_zone"])
        assert "E-mail" in problem_text(sentences["kept_in_note"])
        for code in ("entry_kept", "kept_in_note", "image_kept", "bad_rule"):  # the validators' English stays out
            assert str(SAMPLES[code]["problem"]) not in problem_text(sentences[code]), (language, code)
        for said, in_english in from_files.items():
            assert problem_text(said) != in_english, (language, said)
        assert problem_text("typed by a person") == "typed by a person"  # not a Sentence: shown as it came


WIZARD_CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Grace Hopper\r\nEMAIL:grace@example.org\r\nBDAY:someday\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada L.\r\nEMAIL:ada@example.org\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nEND:VCARD\r\n"
)


def test_the_import_wizard_says_why_in_the_readers_language(
    qapp: QApplication, qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression: in Icelandic the import wizard's preview said "Line 10: the card is empty: …", a card's tooltip
    "line 5: BDAY 'someday' is not a date; …", and its report "skipped as chosen" — the readers' English."""
    add_contact(services, given="Ada", family="Lovelace", emails=[{"value": "ada@example.org"}])
    path = tmp_path / "people.vcf"
    path.write_text(WIZARD_CARDS, encoding="utf-8")
    english = {
        "empty": problem_text(NOTHING_REASON),
        "date": problem_text(Sentence("not_a_date_kept", "", property="BDAY", value="someday")),
        "chosen": problem_text(Sentence("skipped_as_chosen", "")),
    }
    with speaking(qapp, tmp_path, "is"):
        window = open_window()
        window.import_action.trigger()
        wizard = window.import_wizard
        assert wizard is not None
        wizard.files_page.add_paths([path])
        wizard.next()
        model = wizard.preview_model
        rows = {item.display_name or item.kind: row for row, item in enumerate(model.items)}
        empty = model.index(rows["rejected"], PreviewModel.EMAIL).data()
        assert problem_text(NOTHING_REASON) in empty and english["empty"] not in empty
        tip = model.index(rows["Grace Hopper"], PreviewModel.NAME).data(Qt.ItemDataRole.ToolTipRole)
        assert "someday" in tip and english["date"] not in tip and "is not a date" not in tip
        combo = wizard.preview_page.view.indexWidget(model.index(rows["Ada L."], PreviewModel.DECISION))
        combo.setCurrentIndex(combo.findData("skip"))
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=10_000)
        table = wizard.report_page.rejected_table
        reasons = [table.item(row, 4).text() for row in range(table.rowCount())]
        assert problem_text(Sentence("skipped_as_chosen", "")) in reasons and english["chosen"] not in reasons
        assert not any(english["empty"] in reason for reason in reasons)


def test_a_backup_without_room_says_why_in_the_readers_language(
    qapp: QApplication, tmp_path: Path, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a daily backup with no room for its copy said "(only 2 kB free on its disk for a copy of …)"
    in English in the status bar of every language, made here or by the process of its own the command line starts
    (which keeps why for the next command). The sizes are said in the reader's units and digits."""
    add_contact(services, given="Anna", family="Jónsdóttir")
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _path: SimpleNamespace(total=10**9, used=10**9, free=2048))
    warning = services.maintenance.try_daily_backup().warning
    assert warning is not None and "only 2 kB free on its disk for a copy of" in warning.message  # the CLI's words
    folder = paths.backup_dir_for(services.db.path)
    lock = os.open(folder / backup.LOCK_NAME, os.O_RDWR | os.O_CREAT)
    day = services.db.now().date().isoformat()
    assert backup.run_daily_worker([str(services.db.path), str(folder), day, str(lock)]) == 1
    kept = DailyBackupNotMade(path=str(services.db.path), detail=backup.last_failure(folder))
    assert kept.message == warning.message
    english = error_text(warning)
    with speaking(qapp, tmp_path, "ru"):
        for said in (error_text(warning), error_text(kept)):
            assert said != english and "free on its disk" not in said, said
            assert QLocale().formattedDataSize(2048) in said, said


def test_a_persons_history_names_a_cleared_activitys_type_in_the_readers_words(
    qapp: QApplication, qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    """Regression: a person's History said "… · Call done" to a Russian reader: the heading of a cleared activity
    showed its type's stored name, the same English on every device."""
    anna = add_contact(services, given="Anna", family="Jónsdóttir")
    call = services.activities.resolve_type("call")
    start = datetime(2026, 5, 27, 9, tzinfo=UTC)
    made = services.activities.schedule(
        ActivityCreate(subject="Банк", type_id=call, starts_at=start, contact_ids=[anna])
    )
    services.activities.clear(made.id)
    with speaking(qapp, tmp_path, "ru"):
        card = RecordCard(services, CONTACTS)
        qtbot.addWidget(card)
        card.show_record(anna)
        tabs = card.tabs
        assert tabs is not None
        tabs.show_tab("history")
        headings = [label.text() for label in tabs.pages["history"].findChildren(QLabel, "historyAction")]
        assert any("Звонок" in heading for heading in headings), headings
        assert not any("Call" in heading for heading in headings), headings


UNTITLED_CALENDAR = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:untitled-1\r\nDTSTART:20260301T100000Z\r\n"
    "DTEND:20260301T110000Z\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:broken-1\r\nSUMMARY:Backwards\r\n"
    "DTSTART:20260301T100000Z\r\nDTEND:20260301T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_calendar_import_names_an_untitled_event_and_a_broken_one_in_the_readers_words(
    qapp: QApplication, qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression: an event without a title was imported as "(no title)" to a Thai reader — an English subject
    stored for good — and the calendar preview said "line 12: it ends before it starts". The command line keeps
    its English default."""
    path = tmp_path / "meetings.ics"
    path.write_text(UNTITLED_CALENDAR, encoding="utf-8")
    english = problem_text(Sentence("ends_before_start", "", line=12))
    with speaking(qapp, tmp_path, "th"):
        window = open_window()
        window.import_action.trigger()
        wizard = window.import_wizard
        assert wizard is not None
        wizard.files_page.add_paths([path])
        wizard.next()
        assert wizard.currentId() == ImportWizard.CALENDAR
        table = wizard.calendar_page.table
        cells = [table.item(row, column).text() for row in range(table.rowCount()) for column in (0, 1)]
        assert untitled_subject() in cells and "(no title)" not in cells, cells
        assert problem_text(Sentence("ends_before_start", "", line=12)) in cells and english not in cells, cells
        wizard.next()  # Import
        qtbot.waitUntil(lambda: wizard.report is not None, timeout=10_000)
        assert [a.subject for a in services.activities.list()] == [untitled_subject()]
        assert untitled_subject() != "(no title)"
    report = services.calendar_files.import_ics([path], on_duplicate="new")
    assert report.imported == 1 and "(no title)" in [a.subject for a in services.activities.list()]


def test_a_card_without_a_name_is_imported_under_the_readers_words_for_no_name(
    qapp: QApplication, qtbot: QtBot, services: Services, open_window: OpenWindow, tmp_path: Path
) -> None:
    """Regression: a card holding only a note, imported in the window in Icelandic, was stored as "(no name)" — an
    English name in the contacts list for good. The command line keeps its English default."""
    path = tmp_path / "nameless.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:met at the fair\r\nEND:VCARD\r\n", encoding="utf-8")
    with speaking(qapp, tmp_path, "is"):
        window = open_window()
        window.import_action.trigger()
        wizard = window.import_wizard
        assert wizard is not None
        wizard.files_page.add_paths([path])
        wizard.next()
        model = wizard.preview_model
        assert model.index(0, PreviewModel.NAME).data() == unnamed_name() != "(no name)"
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.REPORT, timeout=10_000)
        icelandic = unnamed_name()
        assert [c.display_name for c in services.contacts.list()] == [icelandic]
    services.importer.import_files([path], on_duplicate="new")
    assert sorted(c.display_name for c in services.contacts.list()) == sorted([icelandic, "(no name)"])
