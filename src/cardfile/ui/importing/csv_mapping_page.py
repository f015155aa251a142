"""The import wizard's "Map columns" page: which contact field each column of the chosen CSV files fills.

A mapping is what the importer takes as `csv_mapping`: column header → target ("given", "phone:cell",
"address:work.street", "ignore"; see interchange/csv_mapping.py). A column the mapping leaves out is not lost: its
cells go into each contact's notes as "Column: value" — the page offers that as a choice of its own, and it is what a
column nobody recognised starts as. One mapping serves every CSV file of an import, so the page lists each distinct
header of all of them once.

The page is a grid of plain widgets in a scroll area rather than a table with cell editors, so that Tab walks from
one column's combo box to the next, the scroll area follows the focus, and the layout mirrors right-to-left.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cardfile.domain.errors import CardfileError
from cardfile.services.importer import CsvPreview, ImportService
from cardfile.ui.widgets.basics import ElidedLabel, dim, separator
from cardfile.ui.widgets.editors import ErrorLabel
from cardfile.ui.words import entry_label, error_text

CSV_SUFFIXES = (".csv",)  # what the importer reads as CSV rather than vCard
KEEP_IN_NOTES = ""  # not a target: the column stays out of the mapping, and its cells go to the notes
IGNORE = "ignore"
SAMPLES_PER_COLUMN = 3
SAMPLE_CHARS = 32
HEADER_WIDTH_LIMIT = 240  # pixels; a longer header wraps


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("CsvMapping", text, disambiguation, n)


def is_csv(path: str | Path) -> bool:
    return Path(path).suffix.lower() in CSV_SUFFIXES


# ----- targets in the person's words -----

ADDRESS_PARTS = ("street", "locality", "region", "postcode", "country")
STANDARD_TARGETS: tuple[tuple[str, ...], ...] = (
    (
        "display_name",
        "prefix",
        "given",
        "additional",
        "family",
        "suffix",
        "nickname",
        "phonetic_given",
        "phonetic_additional",
        "phonetic_family",
    ),
    ("company", "department", "title"),
    ("email", "email:work", "email:home", "phone", "phone:work", "phone:home", "phone:cell", "phone:fax", "url", "im"),
    (
        *(f"address.{part}" for part in (*ADDRESS_PARTS, "po_box")),
        *(f"address:work.{part}" for part in ADDRESS_PARTS),
        *(f"address:home.{part}" for part in ADDRESS_PARTS),
    ),
    ("birthday", "anniversary", "tags", "note", "photo", "uid"),
)
_ENTRY_KINDS = frozenset({"email", "phone", "url", "im", "date", "address"})
# The target grammar of interchange/csv_mapping.py: kind[:label][#slot][.part]. Parsed here only to describe a
# target and to see that two spellings ("address" and "address.street") name the same one; the service checks it.
_TARGET = re.compile(r"^(?P<kind>[a-z_]+)(?::(?P<label>[^#.]*))?(?:#(?P<slot>[^.]*))?(?:\.(?P<part>[a-z_]+))?$")


def _single_names() -> dict[str, str]:
    return {
        "display_name": _tr("Full name"),
        "prefix": _tr("Prefix (Dr., Ms.)"),
        "given": _tr("Given name"),
        "additional": _tr("Middle name"),
        "family": _tr("Family name"),
        "suffix": _tr("Suffix (Jr., PhD)"),
        "nickname": _tr("Nickname"),
        "phonetic_given": _tr("Given name (phonetic)"),
        "phonetic_additional": _tr("Middle name (phonetic)"),
        "phonetic_family": _tr("Family name (phonetic)"),
        "company": _tr("Company"),
        "department": _tr("Department"),
        "title": _tr("Job title"),
        "birthday": _tr("Birthday"),
        "anniversary": _tr("Anniversary"),
        "tags": _tr("Tags"),
        "note": _tr("Notes"),
        "photo": _tr("Photo (web link)"),
        "uid": _tr("vCard UID"),
    }


def _entry_names() -> dict[str, str]:
    return {
        "email": _tr("Email"),
        "phone": _tr("Phone"),
        "url": _tr("Web address"),
        "im": _tr("Messaging"),
        "date": _tr("Other date"),
        "address": _tr("Address"),
    }


def _part_names() -> dict[str, str]:
    return {
        "label": _tr("label"),
        "service": _tr("service"),
        "street": _tr("street"),
        "locality": _tr("city"),
        "region": _tr("region"),
        "postcode": _tr("postal code"),
        "country": _tr("country"),
        "po_box": _tr("PO box"),
        "extended": _tr("extended address"),
        "formatted": _tr("whole address"),
    }


def canonical_target(spec: str) -> str:
    """One spelling per target, so that "address" and "address.street", "EMAIL#1" and "email#1.value" compare
    equal; a text that is no target comes back unchanged."""
    text = spec.strip()
    if text.lower() == IGNORE:
        return IGNORE
    match = _TARGET.match(text)
    if match is None or match.group("kind") not in _ENTRY_KINDS:
        return text
    kind, label, slot, part = match.group("kind", "label", "slot", "part")
    part = part or ("street" if kind == "address" else "value")
    return f"{kind}{':' + label.strip() if label and label.strip() else ''}{'#' + slot.strip() if slot else ''}.{part}"


def describe_target(spec: str) -> str:
    """A mapping target as the combo box shows it: "Given name", "Phone (mobile)", "Email 2: label"."""
    if spec == KEEP_IN_NOTES:
        return _tr("Add to notes with the column name")
    if spec.strip().lower() == IGNORE:
        return _tr("Do not import")
    single = _single_names().get(spec.strip())
    if single is not None:
        return single
    match = _TARGET.match(spec.strip())
    kinds = _entry_names()
    if match is None or match.group("kind") not in kinds:
        return _tr("“{target}” (not a field this version of Cardfile knows)").format(target=spec)
    kind, label, slot, part = match.group("kind", "label", "slot", "part")
    text = kinds[kind]
    if slot:
        slot = slot.strip()
        text = (_tr("{field} {number}") if slot.isdigit() else _tr("{field} ({number})")).format(
            field=text, number=slot
        )
    if label and label.strip():
        text = _tr("{field} ({label})").format(field=text, label=entry_label(label.strip()))
    part = part or ("street" if kind == "address" else "value")
    if part != "value":
        part_name = _part_names().get(part, part)
        text = _tr("{field}: {part}").format(field=text, part=part_name)
    return text


def standard_target(spec: str) -> str | None:
    """The spelling the combo boxes use for `spec` when it is one of the offered targets, else None."""
    wanted = canonical_target(spec)
    for group in STANDARD_TARGETS:
        for offered in group:
            if canonical_target(offered) == wanted:
                return offered
    return None


class TargetCombo(QComboBox):
    """The targets one column may fill. The wheel only turns it once it has the focus: scrolling down a long list
    of columns must not remap every column the pointer passes over."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(describe_target(IGNORE), IGNORE)
        self.addItem(describe_target(KEEP_IN_NOTES), KEEP_IN_NOTES)
        notes_tip = _tr("Each non-empty cell is added to the contact's notes as “Column: value”.")
        self.setItemData(1, notes_tip, Qt.ItemDataRole.ToolTipRole)
        for group in STANDARD_TARGETS:
            self.insertSeparator(self.count())
            for spec in group:
                self.addItem(describe_target(spec), spec)
        self._others_from = self.count()

    def target(self) -> str:
        return str(self.currentData())

    def set_target(self, spec: str) -> None:
        """Select `spec`; a target outside the standard list (a preset's "email#2.label", a saved mapping's) is
        added at the end for this column."""
        if spec == KEEP_IN_NOTES or spec.strip().lower() == IGNORE:
            found = self.findData(KEEP_IN_NOTES if spec == KEEP_IN_NOTES else IGNORE)
        else:
            found = self.findData(standard_target(spec) or spec)
        if found < 0:
            if self.count() == self._others_from:
                self.insertSeparator(self.count())
            self.addItem(describe_target(spec), spec)
            found = self.count() - 1
        self.setCurrentIndex(found)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the scroll area scrolls instead


# ----- the columns of the files -----


@dataclass
class CsvColumn:
    """A distinct header of the chosen CSV files, with a few of its values to recognise it by."""

    header: str
    position: int  # 1-based, in the first file that has it
    samples: list[str] = field(default_factory=list)


def csv_columns(previews: Sequence[tuple[str, CsvPreview]]) -> list[CsvColumn]:
    """Each header once, in file and column order, with up to SAMPLES_PER_COLUMN non-empty values from the first
    rows (a header two files share, or one file repeats, takes its samples from all of them)."""
    columns: dict[str, CsvColumn] = {}
    for _path, preview in previews:
        for index, header in enumerate(preview.layout.headers):
            column = columns.setdefault(header, CsvColumn(header, index + 1))
            for row in preview.rows:
                if len(column.samples) >= SAMPLES_PER_COLUMN:
                    break
                cell = " ".join(row[index].split()) if index < len(row) else ""
                if cell and cell not in column.samples:
                    column.samples.append(cell)
    return list(columns.values())


def suggested_mapping(previews: Sequence[tuple[str, CsvPreview]]) -> dict[str, str]:
    """The service's suggestion for each file (a recognised export's preset, or guesses), the first file's winning
    where two disagree."""
    mapping: dict[str, str] = {}
    for _path, preview in previews:
        for header, target in preview.mapping.items():
            mapping.setdefault(header, target)
    return mapping


def _header_key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


def mapping_for_columns(mapping: Mapping[str, str], headers: Sequence[str]) -> dict[str, str]:
    """What a saved mapping does to these columns, as the importer would read it: headers match exactly, else
    ignoring case and spacing; a column it does not name goes to the notes."""
    by_key = {_header_key(name): target for name, target in mapping.items()}
    out: dict[str, str] = {}
    for header in headers:
        target = mapping.get(header, by_key.get(_header_key(header)))
        if target is not None:
            out[header] = target
    return out


def _isolated(text: str) -> str:
    """The text in a bidi isolate, so that samples in Arabic next to samples in Latin keep their own order."""
    return f"\u2068{text}\u2069"


def sample_text(samples: Sequence[str]) -> str:
    if not samples:
        return _tr("(empty in the first rows)")
    short = [s if len(s) <= SAMPLE_CHARS else s[: SAMPLE_CHARS - 1].rstrip() + "…" for s in samples]
    return "  ·  ".join(_isolated(s) for s in short)


def _delimiter_name(delimiter: str) -> str:
    names = {",": _tr("commas"), ";": _tr("semicolons"), "\t": _tr("tabs"), "|": _tr("vertical bars")}
    return names.get(delimiter, f"“{delimiter}”")


def _encoding_name(encoding: str) -> str:
    key = encoding.lower().replace("_", "-")
    names = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}
    if key in names:
        return names[key]
    if key.startswith("cp") and key[2:].isdigit():
        return f"Windows-{key[2:]}"
    return key.upper()


def _preset_name(preset: str | None) -> str:
    return {
        "google": _tr("a Google Contacts export"),
        "outlook": _tr("an Outlook export"),
        "cardfile": _tr("a Cardfile export"),
    }.get(preset or "", "")


def describe_layout(path: str, preview: CsvPreview) -> str:
    """One line per file: how it is written, and whether we know the program that wrote it."""
    layout = preview.layout
    text = _tr("{file}: {encoding}, separated by {delimiter}, %Ln column(s).", "", len(layout.headers)).format(
        file=Path(path).name,
        encoding=_encoding_name(layout.encoding),
        delimiter=_delimiter_name(layout.delimiter),
    )
    program = _preset_name(layout.preset)
    if program:
        text += " " + _tr("Recognised as {program}: its columns are mapped already.").format(program=program)
    return text


# ----- the page -----


class CsvMappingPage(QWizardPage):
    """Step 1½, for CSV files: one row per column — header, sample values, the field it fills — a saved mapping to
    start from, and the service's word on whether the mapping is one it can import with."""

    def __init__(self, importer: ImportService, load_preview: Callable[[], bool]) -> None:
        super().__init__()
        self._importer = importer
        self._load_preview = load_preview
        self._files: list[str] = []
        self._suggested: dict[str, str] = {}
        self._problem: str | None = None
        self.columns: list[CsvColumn] = []
        self.combos: dict[str, TargetCombo] = {}
        self.header_labels: dict[str, QLabel] = {}
        self.setObjectName("csvMappingPage")
        self.setTitle(_tr("Map columns"))
        self.setSubTitle(
            _tr("Choose the contact field each column fills. The sample values come from the first rows of the file.")
        )

        self.layout_label = QLabel()
        self.layout_label.setObjectName("csvLayout")
        self.layout_label.setWordWrap(True)
        self.layout_label.setTextFormat(Qt.TextFormat.PlainText)

        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedMappings")
        self.saved_combo.activated.connect(self._apply_chosen)
        saved_label = QLabel(_tr("S&tart from:"))
        saved_label.setBuddy(self.saved_combo)
        self.save_button = QPushButton(_tr("&Save Mapping…"))
        self.save_button.setObjectName("saveMapping")
        self.save_button.clicked.connect(self.ask_save)
        self.delete_button = QPushButton(_tr("&Delete Saved Mapping"))
        self.delete_button.setObjectName("deleteMapping")
        self.delete_button.clicked.connect(self.ask_delete)
        saved_row = QHBoxLayout()
        saved_row.addWidget(saved_label)
        saved_row.addWidget(self.saved_combo, 1)
        saved_row.addWidget(self.save_button)
        saved_row.addWidget(self.delete_button)

        self.columns_area = QScrollArea()
        self.columns_area.setObjectName("csvColumns")
        self.columns_area.setWidgetResizable(True)
        self.columns_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the combo boxes; it follows them

        self.error_label = ErrorLabel()  # what blocks Next, in red (the selection colour made it look like a link)
        self.error_label.setObjectName("mappingError")
        self.warning_label = QLabel()  # what the person should know but may import with anyway
        self.warning_label.setObjectName("mappingWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.layout_label)
        layout.addLayout(saved_row)
        layout.addWidget(self.columns_area, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.warning_label)

    # ----- filling -----

    def files(self) -> list[str]:
        return list(self._files)

    def show_files(self, previews: Sequence[tuple[str, CsvPreview]]) -> None:
        """Lay out the columns of these files, each set to the suggested target."""
        self._files = [path for path, _ in previews]
        self.layout_label.setText("\n".join(describe_layout(path, preview) for path, preview in previews))
        self.columns = csv_columns(previews)
        self._build_rows()
        self._suggested = suggested_mapping(previews)
        for header in {header for _, preview in previews for header in preview.from_values}:
            if header in self.combos:
                self.combos[header].setToolTip(
                    _tr("Suggested from the values in this column: change it if it is wrong")
                )
        self.refresh_saved()
        self.apply_mapping(self._suggested)

    def _build_rows(self) -> None:
        """A fresh grid for these columns; the scroll area deletes the previous one."""
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(18)
        self.columns_area.setWidget(rows)  # first: tab order is set between widgets of one window
        self.combos, self.header_labels = {}, {}
        for column, heading in enumerate((_tr("Column"), _tr("Sample values"), _tr("Import as"))):
            label = QLabel(heading)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            grid.addWidget(label, 0, column)
        grid.addWidget(separator(), 1, 0, 1, 3)
        previous: QWidget = self.delete_button
        for row, column_info in enumerate(self.columns, start=2):
            header = column_info.header or _tr("(column {number}, no header)").format(number=column_info.position)
            name = QLabel(header)
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setWordWrap(True)  # only the longest headers wrap: the column is as wide as most headers
            samples = dim(ElidedLabel(sample_text(column_info.samples)))
            samples.setToolTip("\n".join(column_info.samples))
            combo = TargetCombo()
            combo.setObjectName("targetCombo")
            combo.setAccessibleName(_tr("Import column {column} as").format(column=header))
            combo.currentIndexChanged.connect(self._mapping_changed)
            name.setBuddy(combo)
            grid.addWidget(name, row, 0)
            grid.addWidget(samples, row, 1)
            grid.addWidget(combo, row, 2)
            self.setTabOrder(previous, combo)
            previous = combo
            self.combos[column_info.header] = combo
            self.header_labels[column_info.header] = name
        grid.setRowStretch(len(self.columns) + 2, 1)
        widest = max((self.fontMetrics().horizontalAdvance(c.header) for c in self.columns), default=0)
        grid.setColumnMinimumWidth(0, min(widest + 4, HEADER_WIDTH_LIMIT))

    def refresh_saved(self, select: str | None = None) -> None:
        """The saved mappings to start from, after "Suggested for this file"."""
        self.saved_combo.blockSignals(True)
        self.saved_combo.clear()
        self.saved_combo.addItem(
            _tr("Suggested for this file") if len(self._files) == 1 else _tr("Suggested for these files"), None
        )
        for name in sorted(self._importer.csv_mappings(), key=str.casefold):
            self.saved_combo.addItem(name, name)
        if select is not None:
            self.saved_combo.setCurrentIndex(max(0, self.saved_combo.findData(select)))
        self.saved_combo.blockSignals(False)
        self._update_buttons()

    # ----- the mapping -----

    def mapping(self) -> dict[str, str]:
        """The mapping as the importer takes it: every column with a target; the rest go to the notes."""
        return {header: combo.target() for header, combo in self.combos.items() if combo.target() != KEEP_IN_NOTES}

    def target_of(self, header: str) -> str:
        return self.combos[header].target()

    def set_target(self, header: str, spec: str) -> None:
        self.combos[header].set_target(spec)

    def apply_mapping(self, mapping: Mapping[str, str]) -> None:
        """Set every column from `mapping`, as the importer would read it for these columns."""
        chosen = mapping_for_columns(mapping, list(self.combos))
        for header, combo in self.combos.items():
            combo.blockSignals(True)
            combo.set_target(chosen.get(header, KEEP_IN_NOTES))
            combo.blockSignals(False)
        self._mapping_changed()

    def _apply_chosen(self, index: int) -> None:
        name = self.saved_combo.itemData(index)
        if name is None:
            self.apply_mapping(self._suggested)
        else:
            self.apply_mapping(self._importer.csv_mappings().get(name, {}))
        self._update_buttons()

    def _mapping_changed(self) -> None:
        """Ask the service whether it can import with this mapping; its objection blocks Next until fixed."""
        mapping = self.mapping()
        try:
            self._importer.check_csv_mapping(mapping)
        except CardfileError as error:
            self._problem = error_text(error)
        else:
            gap = self._importer.csv_mapping_gap(mapping)  # nothing to tell the contacts apart: Next stays off
            self._problem = error_text(gap) if gap is not None else None
        warning = self._importer.csv_mapping_warning(mapping) if self._problem is None else None
        if self._problem is not None:
            self.show_error(self._problem)
        else:
            self.error_label.clear_error()
        self.warning_label.setText(error_text(warning) if warning is not None else "")  # told, not blocking
        self.warning_label.setVisible(warning is not None)
        self._update_buttons()
        self.completeChanged.emit()

    def problem(self) -> str | None:
        return self._problem

    def show_error(self, text: str) -> None:
        self.error_label.show_error(text)

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(bool(self.combos) and self._problem is None)
        self.delete_button.setEnabled(self.saved_combo.currentData() is not None)

    # ----- saved mappings -----

    def ask_save(self) -> None:
        """Ask for a name and save the mapping under it (asking first before replacing one of that name)."""
        current = self.saved_combo.currentData()
        name, accepted = QInputDialog.getText(
            self, _tr("Save Mapping"), _tr("Save this column mapping as:"), text=current or ""
        )
        name = name.strip()
        if not accepted or not name:
            return
        if name in self._importer.csv_mappings() and name != current:
            answer = QMessageBox.question(
                self,
                _tr("Replace Mapping"),
                _tr("A mapping named “{name}” exists already. Replace it?").format(name=name),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._importer.save_csv_mapping(name, self.mapping())
        except CardfileError as error:
            self.show_error(error_text(error))
            return
        self.refresh_saved(select=name)

    def ask_delete(self) -> None:
        name = self.saved_combo.currentData()
        if name is None:
            return
        answer = QMessageBox.question(
            self, _tr("Delete Mapping"), _tr("Delete the saved mapping “{name}”?").format(name=name)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._importer.delete_csv_mapping(name)
            self.refresh_saved()

    # ----- QWizardPage -----

    def isComplete(self) -> bool:
        return bool(self.combos) and self._problem is None

    def validatePage(self) -> bool:
        return self._load_preview()
