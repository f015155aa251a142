"""A page whose real content arrives with a later version: says what will be here instead of showing nothing."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QVBoxLayout

from cardfile.ui.records.list_page import Page
from cardfile.ui.widgets.basics import EmptyState


class ComingSoonPage(Page):
    def __init__(self, name: str, title: str, explanation: str, icon: QIcon | None = None) -> None:
        super().__init__()
        self.setObjectName(f"{name}Page")
        self.state = EmptyState(title, explanation, icon)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
