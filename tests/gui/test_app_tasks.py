"""The background task runner, and the work the window hands it: backups, the daily backup after the first paint,
as-you-type search."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThread
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from cardfile import paths
from cardfile.domain.errors import BackupFailed
from cardfile.services import Services, open_database
from cardfile.services.readmodels import SearchResult
from cardfile.ui.icons import Icons
from cardfile.ui.search import SearchField
from cardfile.ui.session import DesktopSession
from cardfile.ui.tasks import Progress, TaskIndicator, TaskRunner
from tests.gui.conftest import OpenWindow
from tests.helpers import add_contact

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot: QtBot) -> TaskRunner:
    made = TaskRunner()
    yield made
    assert made.shutdown(5000)


def test_a_job_runs_on_a_worker_and_its_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: list[QThread] = []
    gui = QApplication.instance().thread()  # type: ignore[union-attr]

    def job(progress: Progress, cancel: threading.Event) -> int:
        threads.append(QThread.currentThread())
        for step in range(3):
            progress(step + 1, 3, f"step {step + 1}")
        return 42

    delivered: list[QThread] = []
    task = runner.run(job, title="Counting")
    task.succeeded.connect(lambda _result: delivered.append(QThread.currentThread()))
    with qtbot.waitSignal(task.succeeded, timeout=5000) as outcome:
        pass
    assert outcome.args == [42]
    assert threads and threads[0] is not gui
    assert delivered == [gui]
    assert task.is_done and not task.is_cancelled


def test_a_failure_comes_back_with_its_traceback(qtbot: QtBot, runner: TaskRunner) -> None:
    def job(_progress: Progress, _cancel: threading.Event) -> None:
        raise BackupFailed(path="a.db", target="/nowhere/b", detail="read-only file system")

    task = runner.run(job)
    with qtbot.waitSignal(task.failed, timeout=5000) as outcome:
        pass
    assert isinstance(outcome.args[0], BackupFailed)
    assert "read-only file system" in task.error_details


def test_cancelling_stops_the_job_and_drops_its_result(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()

    def job(_progress: Progress, cancel: threading.Event) -> str:
        started.set()
        cancel.wait(5)
        return "too late"

    task = runner.run(job)
    assert started.wait(5)
    with qtbot.assertNotEmitted(task.succeeded), qtbot.waitSignal(task.cancelled, timeout=5000):
        task.cancel()
    assert task.is_done


def test_the_newest_task_of_a_key_wins_and_the_replaced_ones_never_deliver(qtbot: QtBot, runner: TaskRunner) -> None:
    """Typing 'a', 'an', 'ann' quickly: only the answer for 'ann' may reach the screen."""
    release = threading.Event()
    ran: list[str] = []

    def search(text: str):  # type: ignore[no-untyped-def]
        def job(_progress: Progress, _cancel: threading.Event) -> str:
            ran.append(text)
            release.wait(5)
            return text

        return job

    answers: list[str] = []
    first = runner.run(search("a"), key="search")
    second = runner.run(search("an"), key="search")
    third = runner.run(search("ann"), key="search")
    for task in (first, second, third):
        task.succeeded.connect(answers.append)
    assert second.is_done and second.is_cancelled  # replaced while waiting: never started
    with qtbot.waitSignal(third.succeeded, timeout=5000):
        release.set()
    assert answers == ["ann"]
    assert "an" not in ran and ran[-1] == "ann"  # 'a' may have started before it was cancelled; 'an' never did
    assert first.is_cancelled


def test_the_status_bar_indicator_shows_a_running_task_and_stops_it(qtbot: QtBot, runner: TaskRunner) -> None:
    indicator = TaskIndicator(runner)
    qtbot.addWidget(indicator)
    started = threading.Event()

    def job(progress: Progress, cancel: threading.Event) -> None:
        started.set()
        progress(5, 10, "Halfway")
        cancel.wait(5)

    task = runner.run(job, title="Exporting")
    assert indicator.isVisibleTo(indicator.parentWidget()) or not indicator.isHidden()
    assert indicator.label.text() == "Exporting"
    assert not indicator.cancel_button.isHidden()
    qtbot.waitUntil(lambda: indicator.bar.maximum() == 10, timeout=5000)
    assert indicator.bar.value() == 5 and indicator.label.text() == "Halfway"
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        indicator.cancel_button.click()
    assert indicator.isHidden()


def test_back_up_runs_in_the_background_and_says_when_it_is_done(
    qtbot: QtBot, open_window: OpenWindow, services: Services, tmp_path: Path
) -> None:
    add_contact(services, given="Anna", family="Jónsdóttir")
    window = open_window()
    target = tmp_path / "copies" / "contacts.cardfile-backup"
    task = window.back_up_to(target)
    assert window.task_indicator.label.text() == "Backing up"
    with qtbot.waitSignal(task.succeeded, timeout=10_000) as outcome:
        pass
    assert outcome.args == [target]
    assert target.is_file()
    assert window.statusBar().currentMessage() == f"Backed up to {target}"
    assert window.task_indicator.isHidden()
    with open_database(target, create=False, auto_backup=False) as copy:
        assert [r.display_name for r in copy.contacts.list()] == ["Anna Jónsdóttir"]


def test_the_daily_backup_waits_for_the_first_paint(
    qtbot: QtBot, tmp_path: Path, ui_settings: QSettings, icons: Icons
) -> None:
    """Regression: opening made the daily backup before the window showed (4.1 s at 100,000 contacts)."""
    database = tmp_path / "sales.db"
    with open_database(database) as services:
        add_contact(services, given="Anna", family="Jónsdóttir")
    backups = paths.backup_dir_for(database)
    assert not backups.exists()  # a new database has nothing to back up yet
    opened: list[bool] = []

    def open_services(path: Path, create: bool) -> Services:
        opened.append(True)
        made = open_database(path, create=create, auto_backup=False)
        assert not backups.exists(), "no backup before the window is up"
        return made

    session = DesktopSession(open_services=open_services, settings=ui_settings, icons=icons, daily_backup=True)
    try:
        assert session.open(database, create=False)
        window = session.window
        assert window is not None
        qtbot.waitUntil(lambda: any(backups.glob("*.cardfile-backup.gz")), timeout=10_000)
        qtbot.waitUntil(lambda: not window.tasks.active(), timeout=10_000)
        assert opened == [True]
    finally:
        session.close()
    assert len(list(backups.glob("*.cardfile-backup.gz"))) == 1


def test_a_daily_backup_that_cannot_be_made_is_a_warning_and_is_tried_again(
    qtbot: QtBot, open_window: OpenWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: a daily backup that failed (a full disk, no room for the copy) opened an error box; it is a
    warning in the status bar now, and the window looks again within the hour."""
    add_contact(services, given="Anna", family="Jónsdóttir")
    folder = paths.backup_dir_for(services.db.path)
    folder.write_text("a file where the backup folder should be")
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: boxes.append(str(args[2])))
    window = open_window()
    with qtbot.waitSignal(window.start_daily_backup().succeeded, timeout=10_000):
        pass
    assert boxes == []
    shown = window.statusBar().currentMessage()
    assert shown.startswith(f"Today's automatic backup of {services.db.path} was not made (")
    assert shown.endswith("Cardfile tries again within the hour.")
    assert window.daily_backup_timer.isActive()

    folder.unlink()  # room again: the next look makes the backup
    with qtbot.waitSignal(window.start_daily_backup().succeeded, timeout=10_000):
        pass
    assert len(services.maintenance.backups()) == 1
    assert window.statusBar().currentMessage().startswith("Daily backup made (")


def test_typing_searches_on_a_worker_and_shows_only_the_latest_answer(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: list[QThread] = []

    def search(text: str) -> list[SearchResult]:
        threads.append(QThread.currentThread())
        return [SearchResult("contact", "c1", f"Anna ({text})", "", 1)]

    field = SearchField(search, runner=runner)
    qtbot.addWidget(field)
    field.show()
    with qtbot.waitSignal(field.results_shown, timeout=5000, check_params_cb=lambda q: q == "anna"):
        qtbot.keyClicks(field, "anna")
    assert field.results.index(1).data() == "Anna (anna)"
    assert QApplication.instance().thread() not in threads  # type: ignore[union-attr]
    field.clear()
    assert not field.popup.isVisible()
