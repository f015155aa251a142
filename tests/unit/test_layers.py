"""The layer rule of DESIGN.md §1, checked on the source: which package may import which.

Imports point one way (ui, cli → services → {store, interchange, sync} → domain); only ui/ and app.py touch Qt;
ui/ never reaches the store or SQL. Every import statement counts, including ones inside functions and under
`TYPE_CHECKING`, because a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "cardfile"

QT = ("PySide6", "shiboken6")
DATABASE_LIBRARIES = ("cardfile.store", "sqlalchemy", "sqlmodel", "sqlite3", "alembic")


@dataclass(frozen=True)
class Import:
    path: Path
    line: int
    module: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(PACKAGE.parent.parent)}:{self.line} imports {self.module}"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _resolve(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module an ImportFrom names, relative imports included."""
    if not node.level:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[: len(package) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def imports_of(path: Path, text: str | None = None) -> Iterator[Import]:
    """Every module a file imports, with its line; `text` stands in for the file's content."""
    source = path.read_text(encoding="utf-8") if text is None else text
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(path, node.lineno, alias.name)
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(path, node)
            yield Import(path, node.lineno, module)
            for alias in node.names:  # `from cardfile import store` imports the module cardfile.store
                yield Import(path, node.lineno, f"{module}.{alias.name}")


def _within(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


def _sources(*subpackages: str) -> list[Path]:
    """Python files of the package, or of the named subpackages and top-level modules ("ui", "app")."""
    if not subpackages:
        return sorted(PACKAGE.rglob("*.py"))
    found: list[Path] = []
    for name in subpackages:
        directory, module = PACKAGE / name, PACKAGE / f"{name}.py"
        found += sorted(directory.rglob("*.py")) if directory.is_dir() else [module] if module.exists() else []
    return found


def _top_level(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def violations(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [str(i) for path in paths for i in imports_of(path) if _within(i.module, forbidden)]


def test_the_rules_look_where_the_code_is() -> None:
    for layer in ("app", "ui", "domain", "store", "services"):
        assert _sources(layer), f"no source files found for {layer}"


def test_only_ui_and_app_import_qt() -> None:
    outside = [p for p in _sources() if _top_level(p) not in ("ui", "app")]
    assert violations(outside, QT) == []


def test_ui_never_reaches_the_store_or_sql() -> None:
    assert violations(_sources("ui"), DATABASE_LIBRARIES) == []


def test_the_record_framework_knows_no_screen_built_on_it() -> None:
    """ui/records/ serves every kind from its description: a kind's page (ui/contacts/ …) imports the framework,
    never the reverse, so the next kind is a description plus its own widgets, not an edit of the framework."""
    screens = [p.name for p in (PACKAGE / "ui").iterdir() if p.is_dir() and p.name not in ("records", "widgets")]
    above = tuple(f"cardfile.ui.{name}" for name in screens if name != "__pycache__")
    assert "cardfile.ui.contacts" in above and "cardfile.ui.companies" in above
    assert violations(_sources("ui/records"), (*above, "cardfile.ui.main_window")) == []


def test_domain_depends_on_nothing_above_it() -> None:
    above = ("store", "services", "ui", "cli", "server", "app", "interchange", "sync")
    assert violations(_sources("domain"), tuple(f"cardfile.{p}" for p in above) + QT) == []


def test_store_does_not_reach_up() -> None:
    above = ("services", "ui", "cli", "server", "app")
    assert violations(_sources("store"), tuple(f"cardfile.{p}" for p in above) + QT) == []


@pytest.mark.parametrize(
    ("source", "line", "offending"),
    [
        ("import PySide6.QtWidgets\n", 1, "PySide6.QtWidgets"),
        ('"""Probe."""\n\n\ndef later():\n    from shiboken6 import isValid\n', 5, "shiboken6"),
        ("from cardfile import store\n", 1, "cardfile.store"),
        ("from ..store.database import Store\n", 1, "cardfile.store.database"),
        ("import os\nimport sqlite3 as db\n", 2, "sqlite3"),
    ],
)
def test_the_checker_reports_file_and_line(source: str, line: int, offending: str) -> None:
    """The checker must see imports in every form (lazy, relative, `from package import module`), or the rules
    above would pass without looking."""
    probe = PACKAGE / "ui" / "layer_probe.py"  # inside ui/, so a relative import resolves as it would there
    hits = [i for i in imports_of(probe, source) if _within(i.module, (*QT, *DATABASE_LIBRARIES))]
    assert [str(h) for h in hits][:1] == [f"src/cardfile/ui/layer_probe.py:{line} imports {offending}"]
