"""An unexpected error in the middle of a write leaves the database as it was before the action began."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from cardfile.domain.models import ContactCreate
from cardfile.services import Services
from cardfile.store.writer import Writer


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("contact", "change", "action")}


def test_a_bug_halfway_through_a_write_rolls_the_whole_action_back(
    services: Services, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.contacts.create(ContactCreate(given="Anna", family="Berg"))
    before = counts(db_path)
    original = Writer.insert_many

    def insert_then_fail(self: Writer, *args: Any, **kwargs: Any) -> list[str]:
        original(self, *args, **kwargs)  # the rows, their change log and index entries are written …
        raise RuntimeError("a bug after the rows were written")  # … and then the action fails

    monkeypatch.setattr(Writer, "insert_many", insert_then_fail)
    with pytest.raises(RuntimeError, match="after the rows were written"):
        services.contacts.create(ContactCreate(given="Bjarni", family="Halfway", emails=[{"value": "b@example.com"}]))
    monkeypatch.undo()

    assert counts(db_path) == before, "no row of the failed action is left: not the contact, its changes or action"
    assert services.search.search("Halfway") == []
    assert services.maintenance.check().ok
    assert [c.display_name for c in services.contacts.rows(services.contacts.ids())] == ["Anna Berg"]
