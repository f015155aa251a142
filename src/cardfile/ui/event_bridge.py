"""The event bridge: plain-Python RecordsChanged events from the services, re-emitted as a Qt signal.

The services publish on whatever thread wrote (the GUI thread today, a background import or sync tomorrow); Qt
widgets may only be touched on the GUI thread. The bridge always queues, so a listener runs on the bridge's
thread after the write has returned, never in the middle of it (Electrum's pattern, electrum/gui/common_qt).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot

from cardfile.services.events import EventBus, RecordsChanged


class EventBridge(QObject):
    """Subscribes to an EventBus for as long as it lives (or until `close()`), and emits `records_changed`."""

    records_changed = Signal(object)  # RecordsChanged, on the GUI thread
    _published = Signal(object)

    def __init__(self, events: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._published.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe: Callable[[], None] | None = events.subscribe(self._published.emit)

    @Slot(object)
    def _deliver(self, event: RecordsChanged) -> None:
        if self._unsubscribe is not None:  # events already queued when the bridge closed are dropped
            self.records_changed.emit(event)

    def close(self) -> None:
        """Stop listening: the database is about to close or the window showing it has gone."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None


def touches(event: RecordsChanged, record_type: str, record_id: str | None = None) -> bool:
    """Whether an event changed records of this type (and, if given, this very record)."""
    ids = event.records.get(record_type)
    if not ids:
        return False
    return record_id is None or record_id in ids
