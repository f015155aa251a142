"""After a first sync the window builds the search index in the background and says search is being prepared;
searching meanwhile finds every record."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from cardfile.services import Services, open_database
from cardfile.services.sync import SyncReport
from cardfile.store import replica
from cardfile.store import search as index
from cardfile.ui.search import KIND_ROLE
from tests.gui.conftest import OpenWindow
from tests.unit.services.test_search_after_first_sync import add_more
from tests.unit.store.test_replica_snapshot import fill, pulled_entries, snapshot_pages

pytestmark = pytest.mark.gui


@pytest.fixture
def first_synced(services: Services, tmp_path: Path) -> Services:
    """The window's database as a first sync leaves it: another device's records, their search index pending."""
    with open_database(tmp_path / "other-device.db", auto_backup=False) as other:
        fill(other)
        add_more(other)
        pages = snapshot_pages(pulled_entries(other), 5)
    store = services.db.store
    for page in pages:
        with services.db.write("Sync") as w:
            replica.Replica(w, account=store.user_id, pushed_seq=0, stamp=store.clock.now).apply_snapshot(
                page, index=False
            )
    assert not services.search.index_state().ready
    return services


@pytest.fixture
def held_build(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The build waits before each batch until the event is set: the test sees the window while it prepares."""
    go = threading.Event()
    build = index.build_pending

    def waiting(*args: Any, **kwargs: Any) -> bool:
        go.wait(30)
        return build(*args, **kwargs)

    monkeypatch.setattr(index, "build_pending", waiting)
    return go


def test_after_a_sync_the_window_prepares_search_in_the_background_and_says_so(
    qtbot: QtBot, open_window: OpenWindow, first_synced: Services, held_build: threading.Event
) -> None:
    window = open_window()
    field = window.search_field
    assert not field.preparing
    window.sync.synced.emit(SyncReport(0, 40, 0, 1, True))  # what a finished sync tells the window
    qtbot.waitUntil(lambda: field.preparing, timeout=10_000)
    assert field.placeholderText() == "Preparing search … 0%"
    assert "Search is being prepared after the first sync (0% done)" in field.toolTip()
    assert window.task_indicator.isVisible() and window.task_indicator.label.text() == "Preparing search"

    # Search works meanwhile: the records not indexed yet are read instead.
    field.setFocus()
    with qtbot.waitSignal(field.results_shown, timeout=10_000):
        qtbot.keyClicks(field, "sigurdard")
    shown = [field.results.index(r).data() for r in range(field.results.rowCount())]
    assert "Anna Sigurðardóttir" in shown
    assert "contact" in [field.results.index(r).data(KIND_ROLE) for r in range(field.results.rowCount())]

    held_build.set()
    qtbot.waitUntil(lambda: not field.preparing, timeout=30_000)
    qtbot.waitUntil(lambda: window.search_preparation is None, timeout=10_000)
    assert field.placeholderText() == "Search contacts, companies, deals … (Ctrl+K)"
    assert field.toolTip() == ""
    assert first_synced.search.index_state().ready
    qtbot.waitUntil(lambda: not window.task_indicator.isVisible(), timeout=10_000)


def test_a_window_opened_on_a_build_left_half_way_finishes_it(
    qtbot: QtBot, open_window: OpenWindow, first_synced: Services
) -> None:
    with first_synced.db.write("Prepare search") as w:
        assert not index.build_pending(w.conn, 4)
    window = open_window()
    assert window.prepare_search() is not None
    qtbot.waitUntil(lambda: window.search_preparation is None and first_synced.search.index_ready(), timeout=30_000)
    assert not window.search_field.preparing
    assert window.prepare_search() is not None  # looks again, finds it ready, starts nothing
    qtbot.waitUntil(lambda: not window.tasks.active(), timeout=10_000)
    assert window.search_preparation is None
