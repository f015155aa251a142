"""The interface's words reach the translators: the kit finds every marked string, the finder every unmarked one,
and each .ts file is kept whole (nothing vanished, no placeholder or accelerator lost, nothing left unfinished)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from types import ModuleType

import pytest

from cardfile import resources
from tests import ui_strings

ROOT = Path(__file__).resolve().parents[2]
# Languages whose translation is still being written: their unfinished entries are expected (strict: once one is
# complete, the test says so and the language leaves this set for good).
IN_PROGRESS: set[str] = set()  # languages whose .ts is still being translated (xfail until complete)


@pytest.fixture(scope="module")
def kit() -> ModuleType:
    return ui_strings.kit()


def write(folder: Path, name: str, source: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(source), encoding="utf-8")
    return path


# ----- the kit reads what the program asks Qt to translate -----

SCREEN = """\
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog


    def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Card", text, disambiguation, n)


    def _t(context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)


    def page_words():
        context = "ActivitiesPage"

        def t(text: str) -> str:
            return QCoreApplication.translate(context, text)

        return t("Nothing to do here"), _t(context, "Activities")


    class Dialog(QDialog):
        def build(self, count: int) -> None:
            self.setWindowTitle(self.tr("Merge &Duplicates"))
            self.tr("%n duplicate(s)", "", count)
            _tr("Phone", "a field")
            _tr("%n call(s)", n=count)
            QCoreApplication.translate("Error", "The disk is full; "
                                       "nothing was saved.")
            QCoreApplication.translate("Error", ("In extra " "parentheses"))
            tr = QCoreApplication.translate
            tr("Chart", "Won")
            self.tr(f"Hello {count}")
            "abc".translate({})
"""


def test_the_kit_reads_helpers_plurals_and_contexts_as_qt_looks_them_up(tmp_path: Path, kit: ModuleType) -> None:
    """Regression: pyside6-lupdate missed the screens' `_tr` helpers, words.py's `_t`, every plural of translate()
    and strings in extra parentheses; the kit must see them all, with the context Qt looks up at run time."""
    write(tmp_path, "screen.py", SCREEN)
    messages, problems = kit.extract([tmp_path])
    found = {(m.context, m.source, m.comment, m.numerus) for m in messages}
    assert found == {
        ("ActivitiesPage", "Nothing to do here", "", False),
        ("ActivitiesPage", "Activities", "", False),
        ("Dialog", "Merge &Duplicates", "", False),
        ("Dialog", "%n duplicate(s)", "", True),
        ("Card", "Phone", "a field", False),
        ("Card", "%n call(s)", "", True),
        ("Error", "The disk is full; nothing was saved.", "", False),
        ("Error", "In extra parentheses", "", False),
        ("Chart", "Won", "", False),
    }
    assert [(p.line, p.what) for p in problems] == [(33, "the text to translate is an f-string")]


def test_the_kit_finds_every_string_on_main_that_lupdate_found() -> None:
    """The kit reads at least what lupdate reads: words.py's contexts and the screens' helpers among them."""
    messages, problems = ui_strings.kit().extract()
    contexts = {m.context for m in messages}
    assert {"Field", "Action", "Error", "EntryLabel", "ContactsPage", "Card", "ContactForm", "MainWindow"} <= contexts
    assert problems == []
    assert any(m.numerus and m.source == "%Ln new contact(s)" for m in messages)


# ----- the finder reports words shown unmarked -----

UNMARKED = """\
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QWidget

    from cardfile.domain.errors import ValidationError


    def _tr(text: str) -> str:
        return QCoreApplication.translate("Page", text)


    class Page(QWidget):
        def build(self, name: str, count: int) -> None:
            self.setWindowTitle("Contacts")
            QLabel(f"Hello {name}")
            QPushButton(self.icon("merge"), "&Merge")
            QMessageBox.warning(self, "Delete?", "Delete %s cards?" % count)
            QFileDialog.getOpenFileName(self, _tr("Import"), "", "vCard files (*.vcf)")
            self.combo.addItem("All owners", "all")
            self.combo.addItem(_tr("Me"), "me")
            self.status.showMessage("Saved {} cards".format(count))
            self.group("Names")
            raise ValidationError(field="parent", problem=f"no company named {name!r}")

        def fine(self, name: str) -> None:
            self.setWindowTitle(self.tr("Contacts"))
            self.setObjectName("contactsPage")
            QLabel("—")
            QLabel(f"{name} ({name})")
            QLabel(_tr("Hello {name}").format(name=name))
            self.label.setText(" · ".join([name, name]))
            match = self.pattern.match(name)
            match.group("kind")
            self.icons.get("cardfile")
"""


def test_the_finder_reports_each_kind_of_unmarked_word_with_its_line(tmp_path: Path) -> None:
    write(tmp_path, "page.py", UNMARKED)
    found = [(u.line, u.where, u.text) for u in ui_strings.find_unmarked([tmp_path])]
    assert found == [
        (13, "setWindowTitle", "Contacts"),
        (14, "QLabel", "Hello {}"),
        (15, "QPushButton", "&Merge"),
        (16, "warning", "Delete %s cards?"),
        (16, "warning", "Delete?"),
        (17, "getOpenFileName", "vCard files (*.vcf)"),
        (18, "addItem", "All owners"),
        (20, "showMessage", "Saved {} cards"),
        (21, "group", "Names"),
        (22, "problem=", "no company named {}"),
    ]
    assert str(ui_strings.find_unmarked([tmp_path])[0]).endswith("page.py:13: setWindowTitle: 'Contacts'")


def test_an_allowed_string_passes_and_a_stale_allowance_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = write(tmp_path, "page.py", 'from PySide6.QtWidgets import QLabel\nQLabel("Íslenska")\n')
    key = (page.resolve().as_posix(), "Íslenska")
    monkeypatch.setattr(ui_strings, "ALLOWED", {key: "a language's own name", (key[0], "gone"): "was removed"})
    assert ui_strings.find_unmarked([tmp_path]) == []
    assert ui_strings.stale_allowances([tmp_path]) == [(key[0], "gone")]


def test_the_allow_list_is_current() -> None:
    assert ui_strings.stale_allowances() == []


def test_every_word_ui_shows_is_marked_for_translation() -> None:
    found = ui_strings.find_unmarked()
    assert not found, "unmarked strings (mark them, or add a reviewed ALLOWED entry):\n" + "\n".join(map(str, found))


def test_the_finder_names_texts_that_count_in_english_forms(tmp_path: Path) -> None:
    write(
        tmp_path,
        "counts.py",
        """\
        from PySide6.QtCore import QCoreApplication

        def words(n: int) -> list[str]:
            return [
                QCoreApplication.translate("Page", "1 contact"),
                QCoreApplication.translate("Page", "Exported {count} record(s)"),
                QCoreApplication.translate("Page", "%n contact(s)", "", n),
                QCoreApplication.translate("Page", "1 of {total} exported"),
                QCoreApplication.translate("Page", "Contacts: {count}"),
                QCoreApplication.translate("Page", "Erase {count} records for good?"),
                QCoreApplication.translate("Page", "… and {count} more fields"),
                QCoreApplication.translate("Page", "{currency} has no decimals"),
            ]
        """,
    )
    found = [(u.line, u.text) for u in ui_strings.numbers_without_plural_forms([tmp_path])]
    assert found == [
        (5, "1 contact"),
        (6, "Exported {count} record(s)"),
        (10, "Erase {count} records for good?"),
        (11, "… and {count} more fields"),
    ]


def test_every_number_ui_shows_uses_plural_forms() -> None:
    found = ui_strings.numbers_without_plural_forms()
    assert not found, "use %n with tr(text, '', n):\n" + "\n".join(map(str, found))


# ----- the .ts files -----


def ts_languages() -> list[str]:
    return sorted(p.stem.removeprefix("cardfile_") for p in (ROOT / "resources" / "translations").glob("*.ts"))


def test_every_language_cardfile_speaks_has_a_ts_file_and_is_offered_in_settings() -> None:
    from cardfile import preferences

    assert ts_languages() == sorted([resources.SOURCE_LANGUAGE, *resources.LANGUAGES])
    assert {code for code, _ in preferences.INTERFACE_LANGUAGES} == {resources.SOURCE_LANGUAGE, *resources.LANGUAGES}


@pytest.mark.parametrize("language", ts_languages())
def test_a_translation_keeps_every_placeholder_and_accelerator(kit: ModuleType, language: str) -> None:
    ts = kit.read_ts(kit.ts_path(language))
    faults = [f"{e.context}: {e.source!r}: {fault}" for e in ts.entries for fault in kit.entry_faults(e)]
    assert not faults, "\n".join(faults)


@pytest.mark.parametrize("language", ts_languages())
def test_a_ts_file_holds_no_vanished_entries(kit: ModuleType, language: str) -> None:
    gone = [e.source for e in kit.read_ts(kit.ts_path(language)).entries if e.state in ("vanished", "obsolete")]
    assert not gone, "reuse or drop them: installer/translations.py update --drop-vanished"


@pytest.mark.parametrize(
    "language",
    [
        pytest.param(lang, marks=pytest.mark.xfail(strict=True)) if lang in IN_PROGRESS else lang
        for lang in ts_languages()
    ],
)
def test_a_ts_file_has_no_unfinished_entries(kit: ModuleType, language: str) -> None:
    ts = kit.read_ts(kit.ts_path(language))
    unfinished = [f"{e.context}: {e.source!r}" for e in ts.entries if e.state == "unfinished" or not all(e.translation)]
    assert not unfinished, f"{len(unfinished)} unfinished, export them with installer/translations.py export"


def test_the_ts_files_hold_every_string_of_the_code(kit: ModuleType) -> None:
    messages = kit.extract()[0]
    for language in ts_languages():
        wanted = {m.key for m in messages if m.numerus or not kit.is_source_language(language)}
        present = {e.key for e in kit.read_ts(kit.ts_path(language)).entries if e.state != "vanished"}
        assert wanted <= present, f"{language}: run installer/translations.py update"


def test_the_english_catalogue_holds_only_plural_forms_each_with_a_singular_and_a_plural(kit: ModuleType) -> None:
    """cardfile_en.ts says "1 contact" / "2 contacts" for "%n contact(s)": every plural entry and nothing else (the
    other texts are English in the code already)."""
    entries = kit.read_ts(kit.ts_path(resources.SOURCE_LANGUAGE)).entries
    assert entries and all(e.numerus for e in entries)
    assert {e.key for e in entries} == {m.key for m in kit.extract()[0] if m.numerus}
    contacts = next(e for e in entries if (e.context, e.source) == ("ContactsPage", "%Ln contact(s)"))
    assert contacts.translation == ["%Ln contact", "%Ln contacts"]
    left = [e.source for e in entries if any("(s)" in form or "(ies)" in form for form in e.translation)]
    assert not left, "an English form still says (s)"


def test_update_gives_the_source_language_only_the_plural_entries(kit: ModuleType) -> None:
    messages = [kit.Message("Page", "Contacts", "", False), kit.Message("Page", "%n contact(s)", "", True)]
    english, counts = kit.merged(kit.TsFile(resources.SOURCE_LANGUAGE, []), messages)
    assert [(e.source, e.translation) for e in english.entries] == [("%n contact(s)", ["", ""])]
    assert counts["new"] == 1


# ----- the kit's round trip for a translator -----


@pytest.fixture
def russian(tmp_path: Path, kit: ModuleType) -> tuple[ModuleType, Path]:
    write(tmp_path / "src", "screen.py", SCREEN.replace('            self.tr(f"Hello {count}")\n', ""))
    messages, _ = kit.extract([tmp_path / "src"])
    ts, counts = kit.merged(kit.TsFile("ru", []), messages)
    assert counts["new"] == len(messages)
    path = tmp_path / "cardfile_ru.ts"
    kit.write_ts(ts, path)
    return kit, path


def test_export_hands_a_translator_each_unfinished_entry_with_its_plural_forms(
    russian: tuple[ModuleType, Path],
) -> None:
    kit, path = russian
    items = kit.export_unfinished(kit.read_ts(path))
    plural = next(i for i in items if i["source"] == "%n duplicate(s)")
    assert plural["plural"] is True and plural["translation"] == ["", "", ""] and len(plural["forms"]) == 3
    phone = next(i for i in items if i["source"] == "Phone")
    assert phone["comment"] == "a field" and phone["translation"] == "" and phone["context"] == "Card"
    json.dumps(items, ensure_ascii=False)  # what the command writes


def test_fill_puts_translations_back_and_keeps_the_rest_unfinished(russian: tuple[ModuleType, Path]) -> None:
    kit, path = russian
    ts = kit.read_ts(path)
    items = kit.export_unfinished(ts)
    for item in items:
        if item["source"] == "%n duplicate(s)":
            item["translation"] = ["%n дубликат", "%n дубликата", "%n дубликатов"]
        elif item["source"] == "Merge &Duplicates":
            item["translation"] = "&Объединить дубликаты"
    assert kit.fill(ts, items) == {"filled": 2, "left": len(items) - 2}
    kit.write_ts(ts, path)
    again = {e.source: e for e in kit.read_ts(path).entries}
    assert again["%n duplicate(s)"].translation == ["%n дубликат", "%n дубликата", "%n дубликатов"]
    assert again["%n duplicate(s)"].finished and not again["Phone"].finished


@pytest.mark.parametrize(
    ("item", "says"),
    [
        (
            {"context": "Dialog", "source": "%n duplicate(s)", "translation": ["%n дубликат", "%n дубликата"]},
            "3 plural",
        ),
        ({"context": "Nowhere", "source": "Phone", "translation": "Телефон"}, "no such entry"),
        ({"context": "Card", "source": "Phone", "comment": "a field", "translation": ["Телефон"]}, "one text"),
        ({"source": "Phone", "translation": "Телефон"}, "needs a context"),
    ],
)
def test_fill_refuses_a_bad_item_by_number_and_changes_nothing(
    russian: tuple[ModuleType, Path], item: dict[str, object], says: str
) -> None:
    kit, path = russian
    ts = kit.read_ts(path)
    good = {"context": "Dialog", "source": "Merge &Duplicates", "translation": "&Объединить дубликаты"}
    with pytest.raises(kit.FillError, match=f"item 2 .*{says}"):
        kit.fill(ts, [good, item])
    assert all(e.state == "unfinished" for e in ts.entries), "the good item was not applied either"


def test_update_keeps_translations_and_marks_what_left_the_code_vanished(russian: tuple[ModuleType, Path]) -> None:
    kit, path = russian
    ts = kit.read_ts(path)
    kit.fill(ts, [{"context": "Card", "source": "Phone", "comment": "a field", "translation": "Телефон"}])
    kept = [m for m in kit.extract([path.parent / "src"])[0] if m.source != "Activities"]
    updated, counts = kit.merged(ts, kept)
    assert counts == {"new": 0, "kept": len(kept), "vanished": 0, "dropped": 1}  # an untranslated one just goes
    phone = next(e for e in updated.entries if e.source == "Phone")
    assert phone.translation == ["Телефон"] and phone.finished
    kit.fill(updated, [{"context": "Dialog", "source": "Merge &Duplicates", "translation": "&Объединить"}])
    smaller, counts = kit.merged(updated, [m for m in kept if m.source != "Merge &Duplicates"])
    assert counts["vanished"] == 1
    assert next(e for e in smaller.entries if e.source == "Merge &Duplicates").state == "vanished"


@pytest.mark.parametrize(
    ("source", "translation", "fault"),
    [
        ("Delete {name}?", "Удалить?", "drops {name}"),
        ("%n card(s)", "карточки", "drops %n"),
        ("Show all %Ln contacts", "Показать все контакты", "drops %Ln"),
        ("&Merge", "Объединить", "drops the & accelerator"),
        ("Save", "Сохранить {name}", "adds {name}"),
        ("{column!r} holds names", "в {column!r} имена", None),
        ("Tom && Jerry", "Том и Джерри", None),
    ],
)
def test_entry_faults_name_a_lost_placeholder_or_accelerator(
    kit: ModuleType, source: str, translation: str, fault: str | None
) -> None:
    entry = kit.Entry("C", source, translation=[translation], state="")
    faults = kit.entry_faults(entry)
    assert (faults == []) if fault is None else any(fault in f for f in faults), faults


def test_the_readme_lists_every_language_and_how_to_switch_and_add_one() -> None:
    """The README's Languages paragraph stays true: each language Settings offers, by its own name; where a person
    switches (Edit ▸ Settings… ▸ Language, or CARDFILE_LANG for one run); where adding a language is told."""
    from cardfile import preferences

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("**Languages**")
    paragraph = " ".join(readme[start : readme.index("\n\n", start)].split())
    assert all(name in paragraph for _, name in preferences.INTERFACE_LANGUAGES), paragraph
    assert "Edit ▸ Settings… ▸ Language" in paragraph and "CARDFILE_LANG=" in paragraph
    assert "resources/translations/README.md" in paragraph
    assert "## Adding a language" in (ROOT / "resources" / "translations" / "README.md").read_text(encoding="utf-8")
