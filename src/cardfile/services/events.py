"""Plain-Python events the services publish after a transaction commits; the UI re-emits them as Qt signals."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RecordsChanged:
    """Records of these types (by id) were created, edited, deleted, restored or erased by one action."""

    label: str
    action_id: str
    records: dict[str, frozenset[str]] = field(default_factory=dict)


Listener = Callable[[RecordsChanged], None]


class EventBus:
    """Synchronous publish/subscribe; listeners run on the publishing thread and must not block."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def publish(self, event: RecordsChanged) -> None:
        for listener in list(self._listeners):
            listener(event)
