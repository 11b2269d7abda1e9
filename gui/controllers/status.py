"""The status bar: open sessions, live handles, outstanding requests, running walks."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from snmpscope.core.service.read_model import ReadModel
from snmpscope.gui.locale_format import number

MESSAGE_MS = 8000


class StatusBar(QStatusBar):
    """Counters on the right, transient messages on the left."""

    def __init__(self, reader: ReadModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self.counters = QLabel()
        self.counters.setObjectName("statusCounters")
        self.addPermanentWidget(self.counters)
        self.walks = 0
        self.refresh()

    def refresh(self) -> None:
        """Re-count (called after each batch of core events)."""
        sessions = len(self._reader.session_handles())
        self.counters.setText(
            self.tr(
                "Sessions: {sessions} · Live handles: {handles} · Outstanding: {outstanding}"
            ).format(
                sessions=number(sessions),
                handles=number(self._reader.live_handle_count()),
                outstanding=number(self._reader.outstanding_count()),
            )
            + (self.tr(" · Walks: {walks}").format(walks=number(self.walks)) if self.walks else "")
        )

    def say(self, text: str) -> None:
        """Show a message for a while."""
        self.showMessage(text, MESSAGE_MS)
