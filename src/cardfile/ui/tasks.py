"""The background task runner: long work (backups, index rebuilds, imports, searches) off the GUI thread.

A job is a plain callable `job(progress, cancel)` that runs on a QThreadPool worker: it may call
`progress(done, total, message)` as it goes and should look at `cancel` (a threading.Event) between steps and
return early once it is set. Whatever the job returns or raises comes back as a signal of its `Task` on the GUI
thread; the job itself never touches a widget (Anki's taskman and Electrum's event bridge work the same way).

Tasks given the same `key` run one after the other, the newest winning: starting one cancels the one running and
replaces the one waiting, so typing in a search field or reloading a list never piles up work whose answer
nobody will read.
"""

from __future__ import annotations

import itertools
import sys
import threading
import time
import traceback
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from cardfile.domain.errors import CardfileError

PROGRESS_INTERVAL_S = 0.05  # a job reporting every row must not flood the GUI thread with events
TASK_NOTE = "in the background task: "  # how the crash reporter learns which task a bug came from


def is_bug(error: BaseException) -> bool:
    """Whether a job's failure is a bug rather than a refusal (a typed error) or the computer's (a file, the disk,
    the network): the runner hands a bug to the crash reporter, whose dialog is then the one thing the person sees
    about it; the window that started the job tells only of the others."""
    return not isinstance(error, CardfileError | OSError)


class Progress(Protocol):
    def __call__(self, done: int, total: int = 0, message: str = "") -> None: ...


Job = Callable[[Progress, threading.Event], Any]


class _Relay(QObject):
    """Carries workers' news to the GUI thread: emitted on a worker, delivered queued to the runner.

    One relay per runner, a child of it: a worker only ever holds plain Python objects and this long-lived relay,
    so no Qt object is ever deleted on a worker thread when the worker lets go of its references.
    """

    progressed = Signal(int, int, int, str)  # task number, done, total, message
    returned = Signal(int, object)  # task number, result
    raised = Signal(int, object, str)  # task number, exception, traceback


class Task(QObject):
    """One job handed to the runner. Its signals are always emitted on the GUI thread.

    Exactly one of `succeeded(result)`, `failed(exception)` or `cancelled()` is emitted, then `finished()`.
    Connect to them right after `run()` returns: nothing is delivered before control is back in the event loop.
    """

    progressed = Signal(int, int, str)  # done, total (0 when unknown), message
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, number: int, title: str, key: str | None, announce: bool, cancellable: bool) -> None:
        super().__init__()  # no parent: the runner holds it until it has finished, then lets it go
        self.number = number
        self.title = title
        self.key = key
        self.announce = announce
        self.cancellable = cancellable  # whether the person may stop it (a job half done may be worse than none)
        self.error_details = ""  # the traceback of a failure, for a log or a bug report
        self.cancel_event = threading.Event()
        self.state = "waiting"  # → running → done
        self._on_done: Callable[[Task], None] | None = None  # the runner's bookkeeping

    @property
    def is_running(self) -> bool:
        return self.state == "running"

    @property
    def is_done(self) -> bool:
        return self.state == "done"

    @property
    def is_cancelled(self) -> bool:
        return self.cancel_event.is_set()

    def cancel(self) -> None:
        """Ask the job to stop; its result, if it still produces one, is dropped."""
        self.cancel_event.set()
        if self.state == "waiting":  # never started: nothing will come back from a worker
            self._finish("cancelled")

    def _finish(self, how: str, payload: Any = None) -> None:
        if self.state == "done":
            return
        self.state = "done"
        if how == "succeeded":
            self.succeeded.emit(payload)
        elif how == "failed":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.finished.emit()
        if self._on_done is not None:
            self._on_done(self)


def _work(relay: _Relay, number: int, job: Job, cancel: threading.Event) -> None:
    """What a worker thread runs: the job, its news sent through the relay (never a widget touched)."""
    last = [0.0]

    def report(done: int, total: int = 0, message: str = "") -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_INTERVAL_S or (total and done >= total):
            last[0] = now
            relay.progressed.emit(number, int(done), int(total), message)

    if cancel.is_set():
        relay.returned.emit(number, None)
        return
    try:
        result = job(report, cancel)
    except BaseException as error:  # everything goes back to the GUI thread, bugs included
        relay.raised.emit(number, error, traceback.format_exc())
    else:
        relay.returned.emit(number, result)


class TaskRunner(QObject):
    """Runs jobs on its own thread pool and tells the GUI thread how they went.

    `task_started` and `task_finished` let a status bar show what is going on (tasks started with
    `announce=False`, such as as-you-type searches, are not shown there).
    """

    task_started = Signal(object)  # Task
    task_finished = Signal(object)  # Task
    task_progressed = Signal(object, int, int, str)  # Task, done, total, message

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max(1, max_threads))
        self._relay = _Relay(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._relay.progressed.connect(self._on_progress, queued)
        self._relay.returned.connect(self._on_returned, queued)
        self._relay.raised.connect(self._on_raised, queued)
        self._tasks: dict[int, Task] = {}  # started or waiting, until finished
        self._jobs: dict[int, Job] = {}
        self._waiting: dict[str, Task] = {}  # per key: the task that runs when the key's current one ends
        self._numbers = itertools.count(1)
        self._closed = False

    def run(
        self,
        job: Job,
        *,
        title: str = "",
        key: str | None = None,
        announce: bool = True,
        cancellable: bool = True,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Start `job` on a worker (or after the running task of the same `key`); returns its Task.

        `on_done(result)` and `on_failed(error)` are shortcuts for connecting to the task's signals. A task that is
        not `cancellable` still stops when the window closes (shutdown), but offers the person no Stop button.
        Callbacks must not hold on to the task itself (a reference cycle could let Python's garbage collector
        delete it on a worker thread).
        """
        task = Task(next(self._numbers), title, key, announce, cancellable)
        task._on_done = self._on_finished
        if on_done is not None:
            task.succeeded.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        self._tasks[task.number] = task
        self._jobs[task.number] = job
        if self._closed:
            task.cancel()
            return task
        running = self._running_with(key)
        if running is None:
            self._start(task)
        else:
            running.cancel()
            replaced = self._waiting.get(key) if key is not None else None
            if key is not None:
                self._waiting[key] = task
            if replaced is not None:
                replaced.cancel()
        return task

    def active(self) -> list[Task]:
        """Tasks started or waiting that have not finished yet."""
        return [t for t in self._tasks.values() if not t.is_done]

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until every worker is idle (for shutdown and tests); False if the time ran out first."""
        return self._pool.waitForDone(timeout_ms)

    def shutdown(self, timeout_ms: int = -1) -> bool:
        """Cancel everything, refuse new work, and wait for the workers: call before the database closes."""
        self._closed = True
        self.cancel_all()
        return self.wait(timeout_ms)

    def _running_with(self, key: str | None) -> Task | None:
        if key is None:
            return None
        return next((t for t in self._tasks.values() if t.key == key and t.is_running), None)

    def _start(self, task: Task) -> None:
        task.state = "running"
        job = self._jobs.pop(task.number)
        if task.announce:
            self.task_started.emit(task)
        relay, number, cancel = self._relay, task.number, task.cancel_event
        self._pool.start(lambda: _work(relay, number, job, cancel))

    # ----- news from the workers, on the GUI thread -----

    @Slot(int, int, int, str)
    def _on_progress(self, number: int, done: int, total: int, message: str) -> None:
        task = self._tasks.get(number)
        if task is not None and task.is_running and not task.is_cancelled:
            task.progressed.emit(done, total, message)
            if task.announce:
                self.task_progressed.emit(task, done, total, message)

    @Slot(int, object)
    def _on_returned(self, number: int, result: object) -> None:
        task = self._tasks.get(number)
        if task is not None:
            task._finish("cancelled" if task.is_cancelled else "succeeded", result)

    @Slot(int, object, str)
    def _on_raised(self, number: int, error: BaseException, details: str) -> None:
        task = self._tasks.get(number)
        if task is None:
            return
        if task.is_cancelled:
            task._finish("cancelled")
            return
        task.error_details = details
        task._finish("failed", error)
        if is_bug(error):
            # A bug, not a refusal or the environment: the caller has cleaned up after it, and the crash
            # reporter (sys.excepthook in the app) logs it with the task's title and shows it.
            error.add_note(f"{TASK_NOTE}{task.title or 'untitled'}")
            sys.excepthook(type(error), error, error.__traceback__)

    def _on_finished(self, task: Task) -> None:
        self._tasks.pop(task.number, None)
        self._jobs.pop(task.number, None)
        if task.announce:
            self.task_finished.emit(task)
        key = task.key
        if key is not None and self._waiting.get(key) is task:
            del self._waiting[key]
        if key is not None and self._running_with(key) is None:
            follower = self._waiting.pop(key, None)
            if follower is not None and not follower.is_done:
                self._start(follower)


class TaskIndicator(QWidget):
    """For the status bar: what runs in the background, how far it got, and a button to stop it."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskIndicator")
        self._runner = runner
        self._shown: list[Task] = []
        self.label = QLabel()
        self.label.setObjectName("taskTitle")
        self.bar = QProgressBar()
        self.bar.setObjectName("taskProgress")
        self.bar.setFixedWidth(140)
        self.bar.setMaximumHeight(self.fontMetrics().height() + 2)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("taskCancel")
        self.cancel_button.setText(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop this task"))
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self._cancel_current)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.task_started.connect(self._on_started)
        runner.task_finished.connect(self._on_finished)
        runner.task_progressed.connect(self._on_progress)
        self.hide()

    def current(self) -> Task | None:
        return self._shown[-1] if self._shown else None

    def _on_started(self, task: Task) -> None:
        self._shown.append(task)
        self._show(task)

    def _on_finished(self, task: Task) -> None:
        if task in self._shown:
            self._shown.remove(task)
        current = self.current()
        if current is None:
            self.hide()
        else:
            self._show(current)

    def _on_progress(self, task: Task, done: int, total: int, message: str) -> None:
        if task is not self.current():
            return
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if message:
            self.label.setText(message)

    def _show(self, task: Task) -> None:
        self.label.setText(task.title)
        self.bar.setRange(0, 0)  # busy until the job says how far it got
        self.cancel_button.setVisible(task.cancellable)
        more = len(self._shown) - 1
        self.setToolTip(
            self.tr("{title} (and {count} more)").format(title=task.title, count=more) if more else task.title
        )
        self.show()

    def _cancel_current(self) -> None:
        task = self.current()
        if task is not None:
            task.cancel()
