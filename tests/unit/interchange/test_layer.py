"""interchange/ is pure conversion (DESIGN.md §1): it uses the domain and its libraries, never the store,
services, sync, the front ends or Qt."""

from __future__ import annotations

from tests.unit.test_layers import QT, _sources, violations

ABOVE = ("store", "services", "sync", "ui", "cli", "server", "app")


def test_interchange_depends_only_on_the_domain() -> None:
    sources = _sources("interchange")
    assert sources
    forbidden = (*(f"cardfile.{layer}" for layer in ABOVE), *QT, "sqlalchemy", "sqlmodel", "sqlite3", "alembic")
    assert violations(sources, forbidden) == []
