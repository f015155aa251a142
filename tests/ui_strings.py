"""Find words in ui/ that reach the screen without going through Qt's translation.

    .venv/bin/python -m tests.ui_strings            # every unmarked string, file:line, then the count per file
    .venv/bin/python -m tests.ui_strings --counts   # the count per file only
    .venv/bin/python -m tests.ui_strings --root /work/wt-other   # another checkout's ui/ (read only)
    .venv/bin/python -m tests.ui_strings --plurals  # also texts that count without Qt's plural forms (%n)

A string is *marked* when the translation kit (installer/translations.py) extracts it: the literal text of a
`self.tr(...)`, `QCoreApplication.translate(...)` or a module's one-line translate helper. This module reads the
syntax tree of every file under src/cardfile/ui and reports each string literal, f-string, `%`-template or
`.format()` template with a letter in it that is handed unmarked to a place the person sees:

- a text setter (setText, setWindowTitle, setToolTip, setPlaceholderText, showMessage, setTabText, addItem …);
- a widget made with its text (QLabel, QPushButton, QCheckBox, QRadioButton, QGroupBox, QAction, QMenu …),
  addAction / addMenu / addTab, QMessageBox's and QInputDialog's title and text, QFileDialog's caption and filter;
- a keyword argument whose name says it is shown (text=, title=, caption=, tooltip=, empty_explanation= …,
  and problem=, a ValidationError's words, which the form shows);
- Cardfile's own word-taking helpers (SettingsForm.group / note / say, explanation) and what a model's
  headerData() returns.

It cannot follow a string through a variable: `label = "Name"; widget.setText(label)` is not found. Strings
without a letter once `{placeholders}` and `%1` are removed ("—", "{name} ({code})") are not words and pass.
Anything else that is rightly untranslated (a language's own name, a file-type glob Qt shows as is) goes in
ALLOWED below with its reason; an entry that no longer matches anything is reported, so the list stays reviewed.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "src" / "cardfile" / "ui"


def _names(text: str) -> list[str]:
    return text.split()


# (file relative to the repository, the literal) → why it is shown untranslated. Reviewed like code.
ALLOWED: dict[tuple[str, str], str] = {
    ("src/cardfile/ui/sync/settings.py", "https://office.example:8765"): "an example address, typed the same anywhere",
}

# The argument positions that carry text, per method or class name; None: every positional string argument.
TEXT_ARGUMENTS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        _names(
            "setText setWindowTitle setToolTip setStatusTip setWhatsThis setPlaceholderText setTitle setSubTitle "
            "setLabelText setInformativeText setDetailedText setPrefix setSuffix setSpecialValueText showMessage "
            "setCancelButtonText setOkButtonText setWindowIconText setAccessibleName setAccessibleDescription "
            "setHeaderLabels setHorizontalHeaderLabels setVerticalHeaderLabels addItems setNameFilter "
            "setNameFilters setButtonText setDescription setEmptyText"
        ),
        (0,),
    ),
    **dict.fromkeys(_names("setTabText setTabToolTip setItemText setItemToolTip"), (1,)),
    **dict.fromkeys(
        _names(
            "QLabel QPushButton QToolButton QCheckBox QRadioButton QGroupBox QAction QMenu QCommandLinkButton "
            "QListWidgetItem QTableWidgetItem QStandardItem QTreeWidgetItem QProgressDialog QWizardPage "
            "addAction addMenu addTab insertTab addSection addRow QMessageBox information warning critical question "
            "about"
        ),
        None,
    ),
    **dict.fromkeys(_names("getText getInt getDouble getItem getMultiLineText"), (1, 2)),
    **dict.fromkeys(
        _names("getOpenFileName getOpenFileNames getSaveFileName getExistingDirectory getOpenFileUrl QFileDialog"),
        (1, 3),
    ),
    # Cardfile's own helpers that put words on the screen.
    "group": (0,),
    "note": (1,),
    "explanation": (0,),
    "say": (0,),
    "say_error": (0,),
}
# Cardfile's helpers are methods of its dialogs: `match.group("kind")` is not one of them.
OWN_HELPERS = {"group", "note", "explanation", "say", "say_error"}
# addItem(text, data) / addItem(icon, text, data): the text is the first argument unless that is an icon.
ITEM_ADDERS = {"addItem": 0, "insertItem": 1}
# Only the message box's and input dialog's class methods: `information(…)` alone is some other function.
QUALIFIED = {
    "information": "QMessageBox",
    "warning": "QMessageBox",
    "critical": "QMessageBox",
    "question": "QMessageBox",
    "about": "QMessageBox",
    "getText": "QInputDialog",
    "getInt": "QInputDialog",
    "getDouble": "QInputDialog",
    "getItem": "QInputDialog",
    "getMultiLineText": "QInputDialog",
    "getOpenFileName": "QFileDialog",
    "getOpenFileNames": "QFileDialog",
    "getSaveFileName": "QFileDialog",
    "getExistingDirectory": "QFileDialog",
    "getOpenFileUrl": "QFileDialog",
}
TEXT_KEYWORDS = set(
    _names(
        "text title caption filter toolTip tooltip statusTip whatsThis placeholderText placeholder windowTitle "
        "labelText label intro explanation empty_title empty_explanation no_matches heading hint message question "
        "description subtitle informative_text detail new one many problem"
    )
)
# What a model hands the view to show.
SHOWN_RETURNS = {"headerData", "displayText"}

_PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%L?\d+|%L?n")


@dataclass(frozen=True)
class Unmarked:
    path: str
    line: int
    text: str
    where: str  # the sink: "setText", "QLabel", "title=" …

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.where}: {self.text!r}"


def kit() -> ModuleType:
    """installer/translations.py: what it extracts is, by definition, marked."""
    name = "cardfile_installer_translations"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "installer" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def is_word(text: str) -> bool:
    """Whether a text has a letter once its placeholders are removed."""
    return any(unicodedata.category(c).startswith("L") for c in _PLACEHOLDERS.sub("", text))


def _template_text(node: ast.JoinedStr) -> str:
    return "".join(
        part.value if isinstance(part, ast.Constant) and isinstance(part.value, str) else "{}" for part in node.values
    )


class _SinkReader(ast.NodeVisitor):
    def __init__(self, relative: str, marked: set[int]) -> None:
        self.relative = relative
        self.marked = marked  # ids of every node inside a marking call
        self.found: list[Unmarked] = []
        self.functions: list[str] = []

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Return(self, node: ast.Return) -> None:
        if self.functions and self.functions[-1] in SHOWN_RETURNS and node.value is not None:
            self.check(node.value, f"{self.functions[-1]}() returns")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        if id(node) not in self.marked:
            self.read_call(node)
        self.generic_visit(node)

    def read_call(self, call: ast.Call) -> None:
        if isinstance(call.func, ast.Name):
            name, owner = call.func.id, None
        elif isinstance(call.func, ast.Attribute):
            name = call.func.attr
            owner = call.func.value.id if isinstance(call.func.value, ast.Name) else None
        else:
            return
        for given in call.keywords:
            if given.arg in TEXT_KEYWORDS:
                self.check(given.value, f"{given.arg}=")
        if name in QUALIFIED and owner != QUALIFIED[name]:
            return
        if name in OWN_HELPERS and not (owner == "self" or (owner and owner[0].isupper())):
            return
        if name in ITEM_ADDERS:
            position = ITEM_ADDERS[name]
            if len(call.args) > position + 1 and "icon" in ast.unparse(call.args[position]).lower():
                position += 1
            if position < len(call.args):
                self.check(call.args[position], name)
            return
        if name not in TEXT_ARGUMENTS:
            return
        positions = TEXT_ARGUMENTS[name]
        for index, argument in enumerate(call.args):
            if positions is None or index in positions:
                self.check(argument, name)

    def check(self, node: ast.expr, where: str) -> None:
        for literal, text in self.unmarked(node):
            if (self.relative, text) not in ALLOWED:
                self.found.append(Unmarked(self.relative, literal.lineno, text, where))

    def unmarked(self, node: ast.expr) -> list[tuple[ast.expr, str]]:
        """The unmarked word literals that make up a shown value."""
        if id(node) in self.marked:
            return []
        if isinstance(node, ast.Constant):
            return [(node, node.value)] if isinstance(node.value, str) and is_word(node.value) else []
        if isinstance(node, ast.JoinedStr):
            text = _template_text(node)
            return [(node, text)] if is_word(text) else []
        if isinstance(node, ast.BinOp):
            return self.unmarked(node.left) + self.unmarked(node.right)
        if isinstance(node, ast.IfExp):
            return self.unmarked(node.body) + self.unmarked(node.orelse)
        if isinstance(node, ast.BoolOp):
            return [found for value in node.values for found in self.unmarked(value)]
        if isinstance(node, ast.List | ast.Tuple):
            return [found for element in node.elts for found in self.unmarked(element)]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            return self.unmarked(node.func.value)
        return []


def find_unmarked(sources: list[Path] | None = None) -> list[Unmarked]:
    """Every unmarked shown string under ui/ (or in `sources`), in file and line order."""
    found: list[Unmarked] = []
    for source in kit().parse_sources(sources or [UI]):
        marked = {id(inner) for call in source.calls for inner in ast.walk(call.node)}
        reader = _SinkReader(source.relative, marked)
        reader.visit(source.tree)
        found.extend(reader.found)
    return sorted(set(found), key=lambda u: (u.path, u.line, u.text))


def stale_allowances(sources: list[Path] | None = None) -> list[tuple[str, str]]:
    """ALLOWED entries that no longer match a shown string (the list is kept to what is needed)."""
    saved = dict(ALLOWED)
    try:
        ALLOWED.clear()
        shown = {(u.path, u.text) for u in find_unmarked(sources)}
    finally:
        ALLOWED.update(saved)
    return sorted(key for key in saved if key not in shown)


_ENGLISH_PLURAL = re.compile(
    r"\((s|es|ies)\)|^1 (?!of\b)\w|\b(one|1) (?!of\b)\w+ (matches|waiting|to review|in the)"
    # a number in a placeholder before a plural noun: "{count} records", "{count} more fields" ("{name} has": none)
    r"|\{\w+\} (?:more |earlier |new )?(?!has\b|was\b|does\b)[a-z]{2,}s\b"
)


def numbers_without_plural_forms(sources: list[Path] | None = None) -> list[Unmarked]:
    """Marked texts that count something in English's two forms instead of Qt's plural forms (%n): "contact(s)",
    a "1 contact" / "{count} contacts" pair, or a number put before a plural noun ("Erase {count} records").
    Russian needs three forms, Japanese one: such a text cannot be translated right for every number."""
    messages, _ = kit().extract(sources or [UI])
    found = []
    for message in messages:
        if message.numerus or not _ENGLISH_PLURAL.search(message.source):
            continue
        path, line = message.locations[0]
        found.append(Unmarked(path, line, message.source, f"{message.context}, without %n"))
    return sorted(found, key=lambda u: (u.path, u.line))


def counts(found: list[Unmarked]) -> list[tuple[str, int]]:
    return Counter(u.path for u in found).most_common()


def main(argv: list[str]) -> int:
    if "--root" in argv:
        root = Path(argv[argv.index("--root") + 1]).resolve()
        setattr(kit(), "ROOT", root)  # noqa: B010 (the kit's paths are relative to the checkout read)
        found = find_unmarked([root / "src" / "cardfile" / "ui"])
    else:
        found = find_unmarked()
    if "--counts" not in argv:
        for item in found:
            print(item)
        print()
    for path, number in counts(found):
        print(f"{number:5d}  {path}")
    print(f"{len(found):5d}  unmarked strings in {len(counts(found))} files")
    if "--plurals" in argv:
        plurals = numbers_without_plural_forms([Path(kit().ROOT) / "src" / "cardfile" / "ui"])
        print()
        for item in plurals:
            print(item)
        print(f"{len(plurals):5d}  texts counting without plural forms")
    for path, text in [] if "--root" in argv else stale_allowances():
        print(f"stale ALLOWED entry: {path}: {text!r}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
