"""The translation kit: find the interface's translatable strings, keep the .ts files current, and hand unfinished
entries to translators as JSON and back.

    python installer/translations.py update [--drop-vanished]   # refresh every resources/translations/*.ts
    python installer/translations.py export LANG OUT.json        # LANG's unfinished entries, for a translator
    python installer/translations.py fill LANG IN.json           # put a translator's JSON back into LANG's .ts
    python installer/translations.py status                      # entries, unfinished, vanished per language
    python installer/translations.py new LANG                     # start a language (then add it to LANGUAGES)

Why not pyside6-lupdate: its Python reader (PySide6 6.11) misses most of Cardfile's strings. It does not see the
one-line helpers each screen uses for its context (`_tr(text)` → `QCoreApplication.translate("Card", text)`) nor
words.py's `_t(context, text)` (`-tr-function-alias` gives them a wrong context), it marks no
`QCoreApplication.translate(ctx, text, "", n)` as plural, loses a string whose parts are wrapped in extra
parentheses, and garbles a class's context after an f-string. This reader works on Python's own syntax tree, so it
sees exactly the calls the program makes at run time; the .ts files it writes are the TS 2.1 format lupdate writes,
read by lrelease and Qt Linguist alike.

A string is *marked* when it is the literal source text of one of these calls (its context in brackets):
- `self.tr(text[, disambiguation[, n]])` — the enclosing class's name, as PySide6's tr() looks it up;
- `QCoreApplication.translate(context, text[, disambiguation[, n]])` (any `….translate` or `translate` with a
  literal context) and `QT_TRANSLATE_NOOP(context, text)`;
- a helper that only returns one of those with its own parameters, such as
  `def _tr(text): return QCoreApplication.translate("Card", text)` or `def _t(context, text): …`, called in the
  module defining it or in one importing it by name.
A plural entry (`numerus`) is one called with a count (`n`).

Standard library only; needs Python 3.11+. Nothing here is imported by the cardfile package.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
# What the interface is made of: every screen, and the app's start (its messages before a window exists).
SOURCES = (ROOT / "src" / "cardfile" / "ui", ROOT / "src" / "cardfile" / "app.py")

# How many plural forms Qt (lrelease) keeps for a language, in its order (see qttools numerus.cpp): Russian one /
# few / many (1, 2–4, 5–20, 21 …), Icelandic one / other (1, 21, 31 … but not 11); Japanese, Thai and Persian
# have one form. A language not listed here gets two (English-like); add it when adding the language.
PLURAL_FORMS = {"ru": 3, "is": 2, "ja": 1, "th": 1, "fa": 1, "en": 2}
# What each form stands for, for a translator filling the JSON.
PLURAL_HINTS = {
    "ru": ["1, 21, 31 … (одна карточка)", "2–4, 22–24 … (две карточки)", "0, 5–20, 25 … (пять карточек)"],
    "is": ["1, 21, 31 … but not 11", "every other number"],
    "en": ["1 (one contact)", "0, 2, 3 … (two contacts)"],
}

# The code's own language: its .ts (cardfile_en.ts) holds only the plural entries, each with English's singular and
# plural form ("%n contact(s)" → "%n contact" / "%n contacts"); every other text is already English in the code.
SOURCE_LANGUAGE = "en"

TRANSLATE_NAMES = {"translate", "QT_TRANSLATE_NOOP"}
ALIAS = "alias:"  # how _string_constants notes a name bound to a translate function
TR_NAMES = {"tr", "QT_TR_NOOP"}


# ----- finding the marked strings -----


@dataclass(frozen=True)
class Message:
    """One translatable text as the program asks Qt for it: (context, source, comment) is its identity."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    locations: tuple[tuple[str, int], ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Problem:
    """A call that asks for a translation the kit cannot extract (its text is not a literal)."""

    path: str
    line: int
    what: str


@dataclass(frozen=True)
class Wrapper:
    """A helper that returns a translate() of its own parameters: where its arguments go in that call.

    `context` is the fixed context, or the index of the parameter holding it; `text`, `comment` and `count` are
    parameter indexes (None when the helper does not pass one on)."""

    name: str
    parameters: tuple[str, ...]
    context: str | int
    text: int
    comment: int | str | None = None
    count: int | None = None

    def arguments(self, call: ast.Call) -> list[ast.expr | None]:
        """The call's arguments in the order of the helper's parameters (keywords put in their place)."""
        given: list[ast.expr | None] = [*call.args, *[None] * (len(self.parameters) - len(call.args))]
        for keyword in call.keywords:
            if keyword.arg in self.parameters:
                given[self.parameters.index(keyword.arg)] = keyword.value
        return given


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _argument(call: ast.Call, index: int, keyword: str) -> ast.expr | None:
    if index < len(call.args):
        return call.args[index]
    for given in call.keywords:
        if given.arg == keyword:
            return given.value
    return None


def _wrapper_of(function: ast.FunctionDef, constants: dict[str, str] | None = None) -> Wrapper | None:
    """The helper's Wrapper when its body is `return <translate(...)>` over its parameters, else None.

    A helper defined inside a function may take its context from a name of that function (`constants`)."""
    body = [s for s in function.body if not (isinstance(s, ast.Expr) and _literal(s.value) is not None)]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or not isinstance(body[0].value, ast.Call):
        return None
    call = body[0].value
    if _call_name(call) not in TRANSLATE_NAMES:
        return None
    params = [a.arg for a in function.args.args]

    def parameter(node: ast.expr | None) -> int | None:
        return params.index(node.id) if isinstance(node, ast.Name) and node.id in params else None

    context_node, text_node = _argument(call, 0, "context"), _argument(call, 1, "key")
    text = parameter(text_node)
    context: str | int | None = _literal(context_node)
    if context is None:
        context = parameter(context_node)
    if context is None and isinstance(context_node, ast.Name):
        context = (constants or {}).get(context_node.id)
    if text is None or context is None:
        return None
    comment_node = _argument(call, 2, "disambiguation")
    comment: int | str | None = parameter(comment_node) if comment_node is not None else None
    if comment is None and comment_node is not None:
        comment = _literal(comment_node)
    return Wrapper(function.name, tuple(params), context, text, comment, parameter(_argument(call, 3, "n")))


def module_wrappers(tree: ast.Module) -> dict[str, Wrapper]:
    """The translate helpers a module defines at its top level."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            wrapper = _wrapper_of(node)
            if wrapper is not None:
                found[node.name] = wrapper
    return found


def _module_name(path: Path) -> str:
    relative = path.resolve().relative_to(ROOT / "src").with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _own_statements(scope: ast.Module | ast.FunctionDef) -> Iterator[ast.AST]:
    """The nodes of a module or function body, without descending into functions, classes or lambdas in it."""
    pending: list[ast.AST] = list(scope.body)
    while pending:
        node = pending.pop()
        yield node
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            pending.extend(ast.iter_child_nodes(node))


def _string_constants(scope: ast.Module | ast.FunctionDef) -> dict[str, str]:
    """Names a function (or module) binds exactly once, to a string literal, in its own body."""
    bound: dict[str, list[ast.expr | None]] = {}
    for statement in _own_statements(scope):
        if (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and isinstance(statement.value, ast.Attribute | ast.Name)
            and (getattr(statement.value, "attr", None) or getattr(statement.value, "id", None)) == "translate"
        ):
            bound.setdefault(ALIAS + statement.targets[0].id, []).append(ast.Constant("translate"))
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    bound.setdefault(target.id, []).append(statement.value)
                elif isinstance(target, ast.Tuple) and isinstance(statement.value, ast.Tuple):
                    for name, value in zip(target.elts, statement.value.elts, strict=False):
                        if isinstance(name, ast.Name):
                            bound.setdefault(name.id, []).append(value)
        elif isinstance(statement, ast.AnnAssign | ast.AugAssign | ast.For | ast.NamedExpr) and isinstance(
            statement.target, ast.Name
        ):
            bound.setdefault(statement.target.id, []).append(None)
    single = {name: _literal(values[0]) for name, values in bound.items() if len(values) == 1}
    return {name: text for name, text in single.items() if text is not None}


@dataclass
class MarkedCall:
    """A call that marks a string for translation, as found in the syntax tree."""

    node: ast.Call
    context: str | None  # None: the context is not a literal (a problem)
    text: ast.expr | None
    comment: str | None
    numerus: bool


class _Finder(ast.NodeVisitor):
    def __init__(self, wrappers: dict[str, Wrapper]) -> None:
        self.wrappers = wrappers
        self.classes: list[str] = []
        self.calls: list[MarkedCall] = []
        self.constants: list[dict[str, str]] = [{}]  # names bound once to a string, per function being read
        self.in_wrapper = False

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        if _wrapper_of(node, self.constants[-1]) is not None:
            return  # the helper's own translate() passes its parameters on: its callers are read instead
        constants = {**self.constants[-1], **_string_constants(node)}
        local = {}
        for inner in _own_statements(node):
            if isinstance(inner, ast.FunctionDef):
                wrapper = _wrapper_of(inner, constants)
                if wrapper is not None:
                    local[inner.name] = wrapper
        self.constants.append(constants)
        saved = self.wrappers
        self.wrappers = {**saved, **local}
        self.generic_visit(node)
        self.wrappers = saved
        self.constants.pop()

    def visit_Module(self, node: ast.Module) -> None:
        self.constants = [_string_constants(node)]
        self.generic_visit(node)

    def literal(self, node: ast.expr | None) -> str | None:
        """A string literal, or a name bound once to one in this function or module (`contact = "ContactsPage"`)."""
        if isinstance(node, ast.Name):
            return self.constants[-1].get(node.id)
        return _literal(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        marked = self.marked(node)
        if marked is not None:
            self.calls.append(marked)
        self.generic_visit(node)

    def marked(self, call: ast.Call) -> MarkedCall | None:
        name = _call_name(call)
        if isinstance(call.func, ast.Name) and self.constants[-1].get(f"{ALIAS}{name}") == "translate":
            name = "translate"  # tr = QCoreApplication.translate; tr("Chart", "…")
        if name in TR_NAMES and (isinstance(call.func, ast.Attribute) or name == "QT_TR_NOOP"):
            if not call.args and not call.keywords:
                return None
            context = self.classes[-1] if self.classes else None
            comment = _literal(_argument(call, 1, "disambiguation"))
            count = _argument(call, 2, "n")
            return MarkedCall(call, context, _argument(call, 0, "sourceText"), comment, count is not None)
        if name in TRANSLATE_NAMES:
            if len(call.args) + len(call.keywords) < 2:
                return None  # str.translate(table), bytes.translate(...)
            context_node = _argument(call, 0, "context")
            count = _argument(call, 3, "n")
            return MarkedCall(
                call,
                self.literal(context_node),
                _argument(call, 1, "key"),
                _literal(_argument(call, 2, "disambiguation")),
                count is not None,
            )
        if isinstance(call.func, ast.Name) and name in self.wrappers:
            wrapper = self.wrappers[name]
            params = wrapper.arguments(call)
            if isinstance(wrapper.context, int):
                context = self.literal(params[wrapper.context] if wrapper.context < len(params) else None)
            else:
                context = wrapper.context
            text = params[wrapper.text] if wrapper.text < len(params) else None
            if isinstance(wrapper.comment, int):
                comment = _literal(params[wrapper.comment] if wrapper.comment < len(params) else None)
            else:
                comment = wrapper.comment
            numerus = wrapper.count is not None and params[wrapper.count] is not None
            return MarkedCall(call, context, text, comment, numerus)
        return None


@dataclass
class SourceFile:
    """A Python file of the interface: its syntax tree and the translate calls in it."""

    path: Path
    relative: str
    tree: ast.Module
    calls: list[MarkedCall] = field(default_factory=list)


def python_files(sources: Iterable[Path] = SOURCES) -> list[Path]:
    files: list[Path] = []
    for source in sources:
        files.extend(sorted(source.rglob("*.py")) if source.is_dir() else [source])
    return files


def parse_sources(sources: Iterable[Path] = SOURCES) -> list[SourceFile]:
    """Every file with its marking calls found, helpers imported from other files included."""
    parsed = []
    for path in python_files(sources):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        parsed.append(SourceFile(path, _shown_path(path), tree))
    defined = {_module_name(f.path): module_wrappers(f.tree) for f in parsed if _under_src(f.path)}
    for source in parsed:
        wrappers = dict(defined.get(_module_name(source.path), {})) if _under_src(source.path) else {}
        if not wrappers and not _under_src(source.path):
            wrappers = module_wrappers(source.tree)
        for node in source.tree.body:
            if isinstance(node, ast.ImportFrom) and node.module in defined:
                for alias in node.names:
                    if alias.name in defined[node.module]:
                        wrappers[alias.asname or alias.name] = defined[node.module][alias.name]
        finder = _Finder(wrappers)
        finder.visit(source.tree)
        source.calls = finder.calls
    return parsed


def _shown_path(path: Path) -> str:
    """The path as messages and reports name it: relative to the repository when it is in it."""
    resolved = path.resolve()
    return resolved.relative_to(ROOT).as_posix() if ROOT in resolved.parents else resolved.as_posix()


def _under_src(path: Path) -> bool:
    return (ROOT / "src") in path.resolve().parents


def extract(sources: Iterable[Path] = SOURCES) -> tuple[list[Message], list[Problem]]:
    """The interface's messages (in order of first appearance, one per identity) and the calls it cannot read."""
    messages: dict[tuple[str, str, str], Message] = {}
    problems = []
    for source in parse_sources(sources):
        for call in source.calls:
            line = call.node.lineno
            text = _literal(call.text)
            if call.context is None:
                problems.append(Problem(source.relative, line, "the translation context is not a literal string"))
                continue
            if text is None:
                kind = "an f-string" if isinstance(call.text, ast.JoinedStr) else "not a literal string"
                problems.append(Problem(source.relative, line, f"the text to translate is {kind}"))
                continue
            message = Message(call.context, text, call.comment or "", call.numerus, ((source.relative, line),))
            known = messages.get(message.key)
            if known is None:
                messages[message.key] = message
            else:
                messages[message.key] = Message(
                    known.context,
                    known.source,
                    known.comment,
                    known.numerus or message.numerus,
                    known.locations + message.locations,
                )
    return list(messages.values()), problems


# ----- .ts files -----


@dataclass
class Entry:
    """A message in a .ts file with its translation: one text, or one per plural form."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False
    translation: list[str] = field(default_factory=lambda: [""])
    state: str = "unfinished"  # "" (finished), "unfinished", "vanished" (gone from the code), "obsolete"
    locations: list[tuple[str, int]] = field(default_factory=list)
    extra: list[ET.Element] = field(default_factory=list)  # translatorcomment, extracomment … kept as they were

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.state == "" and all(self.translation)


@dataclass
class TsFile:
    language: str
    entries: list[Entry]
    source_language: str = "en"


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"cardfile_{language}.ts"


def languages() -> list[str]:
    return sorted(p.stem.removeprefix("cardfile_") for p in TRANSLATIONS.glob("cardfile_*.ts"))


def is_source_language(language: str) -> bool:
    return language.split("_")[0] == SOURCE_LANGUAGE


def plural_forms(language: str) -> int:
    return PLURAL_FORMS.get(language.split("_")[0], 2)


def read_ts(path: Path) -> TsFile:
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path} is not a Qt .ts file (its root element is <{root.tag}>)")
    entries = []
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                texts, state = [""], "unfinished"
            else:
                forms = translation.findall("numerusform")
                texts = [f.text or "" for f in forms] if numerus else [translation.text or ""]
                state = translation.get("type", "")
            entries.append(
                Entry(
                    context=context_name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    translation=texts or [""],
                    state=state,
                    locations=[
                        (loc.get("filename", ""), int(loc.get("line", "0") or 0)) for loc in message.findall("location")
                    ],
                    extra=[c for c in message if c.tag in ("translatorcomment", "extracomment", "oldsource")],
                )
            )
    language = root.get("language") or path.stem.removeprefix("cardfile_")
    return TsFile(language, entries, root.get("sourcelanguage") or "en")


def write_ts(ts: TsFile, path: Path) -> None:
    """The .ts in lupdate's layout: contexts in order of name, messages in the order given."""
    root = ET.Element("TS", {"version": "2.1", "language": ts.language, "sourcelanguage": ts.source_language})
    by_context: dict[str, list[Entry]] = {}
    for entry in ts.entries:
        by_context.setdefault(entry.context, []).append(entry)
    for name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
        for entry in by_context[name]:
            message = ET.SubElement(context, "message", {"numerus": "yes"} if entry.numerus else {})
            for filename, line in entry.locations:
                ET.SubElement(message, "location", {"filename": filename, "line": str(line)})
            ET.SubElement(message, "source").text = entry.source
            if entry.comment:
                ET.SubElement(message, "comment").text = entry.comment
            message.extend(entry.extra)
            translation = ET.SubElement(message, "translation", {"type": entry.state} if entry.state else {})
            if entry.numerus:
                for form in entry.translation:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = entry.translation[0] if entry.translation else ""
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{text}\n', encoding="utf-8")
    temporary.replace(path)


def merged(ts: TsFile, messages: list[Message], *, drop_vanished: bool = False) -> tuple[TsFile, dict[str, int]]:
    """`ts` brought up to the code's `messages`: new ones unfinished, existing ones keep their translation (and
    become unfinished again only if they turned plural or singular), those gone from the code marked vanished
    (or dropped). Locations are relative to the .ts file, as lupdate writes them. The source language's .ts takes
    only the plural messages."""
    if is_source_language(ts.language):
        messages = [m for m in messages if m.numerus]
    old = {e.key: e for e in ts.entries}
    forms = plural_forms(ts.language)
    counts = {"new": 0, "kept": 0, "vanished": 0, "dropped": 0}
    entries = []
    for message in messages:
        locations = [(_relative_to_translations(path), line) for path, line in message.locations]
        previous = old.pop(message.key, None)
        blank = [""] * (forms if message.numerus else 1)
        if previous is None:
            entry = Entry(message.context, message.source, message.comment, message.numerus, blank, "unfinished")
            counts["new"] += 1
        elif previous.numerus != message.numerus:
            entry = Entry(message.context, message.source, message.comment, message.numerus, blank, "unfinished")
            entry.extra = previous.extra
            counts["new"] += 1
        else:
            entry = previous
            if entry.state in ("vanished", "obsolete"):
                entry.state = "" if all(entry.translation) else "unfinished"
            if entry.numerus and len(entry.translation) != forms:
                entry.translation = (entry.translation + [""] * forms)[:forms]
                entry.state = "unfinished" if not all(entry.translation) else entry.state
            counts["kept"] += 1
        entry.locations = locations
        entries.append(entry)
    for gone in old.values():
        if drop_vanished or not any(gone.translation):
            counts["dropped"] += 1
            continue
        gone.state = "vanished"
        gone.locations = []
        entries.append(gone)
        counts["vanished"] += 1
    return TsFile(ts.language, entries, ts.source_language), counts


def _relative_to_translations(path: str) -> str:
    return "../../" + path


# ----- handing entries to translators -----


def export_unfinished(ts: TsFile) -> list[dict[str, object]]:
    """The entries a translator still has to do, as JSON-ready dicts (the `translation` left for them to fill).

    A plural entry's `translation` is a list with one text per form Qt uses for the language (`forms` says which
    numbers each takes); every other entry's is a string. `locations` shows where the text appears."""
    hints = PLURAL_HINTS.get(ts.language.split("_")[0])
    items: list[dict[str, object]] = []
    for entry in ts.entries:
        if entry.state != "unfinished":
            continue
        item: dict[str, object] = {
            "context": entry.context,
            "source": entry.source,
            "comment": entry.comment,
            "plural": entry.numerus,
            "translation": list(entry.translation) if entry.numerus else entry.translation[0],
            "locations": [f"{path.removeprefix('../../')}:{line}" for path, line in entry.locations],
        }
        if entry.numerus and hints:
            item["forms"] = hints
        items.append(item)
    return items


class FillError(ValueError):
    """A translator's JSON that cannot go into the .ts: which item and why."""


def fill(ts: TsFile, items: list[dict[str, object]]) -> dict[str, int]:
    """Put translations from `items` (export_unfinished's shape) into `ts`; an item with an empty translation is
    skipped. Every item is checked before anything changes: an item naming no entry, or with the wrong number
    of plural forms, raises FillError naming it, and `ts` is left as it was."""
    by_key = {e.key: e for e in ts.entries}
    forms = plural_forms(ts.language)
    planned: list[tuple[Entry, list[str]]] = []
    for number, item in enumerate(items, 1):
        where = f"item {number} ({str(item.get('source', ''))[:40]!r})"
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("context"), str)
            or not isinstance(item.get("source"), str)
        ):
            raise FillError(f"{where}: needs a context and a source (strings)")
        key = (str(item["context"]), str(item["source"]), str(item.get("comment") or ""))
        entry = by_key.get(key)
        if entry is None:
            raise FillError(f"{where}: no such entry in the {ts.language} .ts (context {key[0]!r}); run update first")
        translation = item.get("translation")
        if entry.numerus:
            if isinstance(translation, str):
                translation = [translation] * forms if forms == 1 else translation
            if not isinstance(translation, list) or not all(isinstance(t, str) for t in translation):
                raise FillError(f"{where}: a plural entry's translation is a list of {forms} texts")
            if not any(translation):
                continue
            if len(translation) != forms:
                raise FillError(f"{where}: {ts.language} has {forms} plural form(s), the item gives {len(translation)}")
            if not all(translation):
                raise FillError(f"{where}: every plural form needs a text")
            planned.append((entry, list(translation)))
        else:
            if not isinstance(translation, str):
                raise FillError(f"{where}: the translation is one text")
            if translation:
                planned.append((entry, [translation]))
    for entry, translation in planned:
        entry.translation = translation
        entry.state = ""
    return {"filled": len(planned), "left": sum(1 for e in ts.entries if e.state == "unfinished")}


# ----- what a finished translation must keep -----

_PLACEHOLDER = re.compile(r"%L?n|%L?\d+|\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}")
_ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def placeholders(text: str) -> list[str]:
    """The placeholders a text carries (%n, %1, %L1, {name}, {name!r}), sorted, one per occurrence kind."""
    return sorted(set(_PLACEHOLDER.findall(text)))


def has_accelerator(text: str) -> bool:
    return bool(_ACCELERATOR.search(text.replace("&&", "")))


def entry_faults(entry: Entry) -> list[str]:
    """What is wrong with a finished entry's translation: a placeholder or the & accelerator its source has and a
    form of the translation lost (or a placeholder it invented, which .format() would fail on)."""
    if entry.state != "":
        return []
    faults = []
    wanted = placeholders(entry.source)
    for number, text in enumerate(entry.translation):
        form = f" (plural form {number + 1})" if entry.numerus else ""
        got = placeholders(text)
        for missing in sorted(set(wanted) - set(got)):
            faults.append(f"drops {missing}{form}")
        for invented in sorted(set(got) - set(wanted)):
            faults.append(f"adds {invented}, which the source does not have{form}")
        if has_accelerator(entry.source) and not has_accelerator(text):
            faults.append(f"drops the & accelerator{form}")
    return faults


def status(ts: TsFile) -> dict[str, int]:
    states = [e.state for e in ts.entries]
    return {
        "entries": sum(1 for s in states if s in ("", "unfinished")),
        "finished": sum(1 for e in ts.entries if e.finished),
        "unfinished": states.count("unfinished"),
        "vanished": states.count("vanished") + states.count("obsolete"),
    }


# ----- command line -----


def _update(drop_vanished: bool) -> int:
    messages, problems = extract()
    for problem in problems:
        print(f"{problem.path}:{problem.line}: {problem.what}", file=sys.stderr)
    for language in languages():
        path = ts_path(language)
        ts, counts = merged(read_ts(path), messages, drop_vanished=drop_vanished)
        write_ts(ts, path)
        print(
            f"{path.relative_to(ROOT)}: {len(ts.entries)} entries; " + ", ".join(f"{v} {k}" for k, v in counts.items())
        )
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="installer/translations.py", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    update = commands.add_parser("update", help="refresh every .ts from the code, keeping translations")
    update.add_argument("--drop-vanished", action="store_true", help="remove entries gone from the code")
    export = commands.add_parser("export", help="write a language's unfinished entries to JSON")
    export.add_argument("language")
    export.add_argument("out", type=Path)
    filling = commands.add_parser("fill", help="put a translator's JSON into the language's .ts")
    filling.add_argument("language")
    filling.add_argument("json", type=Path)
    commands.add_parser("status", help="entries, finished, unfinished and vanished per language")
    new = commands.add_parser("new", help="start a .ts for a new language (all entries unfinished)")
    new.add_argument("language")
    args = parser.parse_args(argv)

    if args.command == "update":
        return _update(args.drop_vanished)
    if args.command == "new":
        path = ts_path(args.language)
        if path.exists():
            parser.error(f"{path} exists already")
        write_ts(merged(TsFile(args.language, []), extract()[0])[0], path)
        print(f"{path.relative_to(ROOT)} started; see resources/translations/README.md, Adding a language")
        return 0
    if args.command == "status":
        for language in languages():
            counts = status(read_ts(ts_path(language)))
            print(f"{language}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        return 0
    path = ts_path(args.language)
    if not path.exists():
        parser.error(f"no {path.relative_to(ROOT)}; known languages: {', '.join(languages())}")
    ts = read_ts(path)
    if args.command == "export":
        items = export_unfinished(ts)
        args.out.write_text(json.dumps(items, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{args.out}: {len(items)} unfinished entries of {args.language}")
        return 0
    try:
        items = json.loads(args.json.read_text(encoding="utf-8"))
        if not isinstance(items, list):
            raise FillError("the JSON must be a list of entries, as `export` writes it")
        counts = fill(ts, items)
    except (OSError, json.JSONDecodeError, FillError) as error:
        print(f"{args.json}: {error}; {path.name} was not changed", file=sys.stderr)
        return 1
    faults = [(e, f) for e in ts.entries for f in entry_faults(e)]
    for entry, fault in faults:
        print(f"{args.json}: {entry.context} {entry.source[:50]!r}: {fault}", file=sys.stderr)
    write_ts(ts, path)
    print(f"{path.relative_to(ROOT)}: {counts['filled']} filled, {counts['left']} left unfinished")
    return 1 if faults else 0


def iter_entries(language: str) -> Iterator[Entry]:
    yield from read_ts(ts_path(language)).entries


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
