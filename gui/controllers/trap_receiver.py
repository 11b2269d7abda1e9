"""The trap receiver, on from the start, and its durable log.

At start-up the window opens a session of its own ("Trap receiver") and registers it for
every notification, which binds the receiver on the Preferences' address and port
(127.0.0.1:10162 by default). Whatever it receives goes to the :class:`TrapLog` on disk and
to the trap pane; the pane always says whether the receiver listens, where, or why not, with
Retry. The session is the window's, not the user's: it is not saved with the workspace.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from snmpscope.core.service import ReadModel, ServiceController, TrapRecord
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.trap_log import TrapEntry, TrapLog
from snmpscope.core.smi.address import join_host_port

log = logging.getLogger(__name__)
RECEIVER_SESSION = "Trap receiver"


class TrapReceiver(QObject):
    """Keeps the receiver listening and the log written; ``stateChanged(listening, text)``."""

    stateChanged = Signal(bool, str)
    logged = Signal(object)  # TrapEntry, once per notification

    def __init__(
        self,
        controller: ServiceController,
        reader: ReadModel,
        log_path: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reader = reader
        self.log = TrapLog(log_path)
        self.session = 0
        self.listening = False
        self.state_text = self.tr("The trap receiver is starting…")
        self._tokens: set[int] = set()
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)
        controller.trapReceived.connect(self._received)
        controller.bridge.sessionClosed.connect(self._session_closed)

    def load(self) -> list[TrapEntry]:
        """The entries the log kept from earlier runs."""
        return self.log.load()

    def start(self) -> None:
        """Open the receiver's session (once) and register it for everything."""
        if self._tokens:
            return  # an open or a registration is on its way; its answer says the rest
        self._say(False, self.tr("The trap receiver is starting…"))
        if self.session and self._reader.session(self.session) is not None:
            self._register()
            return
        self.session = 0
        self._tokens.add(self._controller.open_session(RECEIVER_SESSION))

    def retry(self) -> None:
        """Try again (after the port was freed or Preferences changed)."""
        self.start()

    def moved(self, host: str, port: int) -> None:
        """The receiver now listens on ``host:port`` (Preferences)."""
        if self.listening:
            self._say(True, self._listening_text(host, port))
        else:
            self.retry()

    def close(self) -> None:
        """Close the log file."""
        self.log.close()

    def clear(self) -> None:
        """Empty the log, on disk too."""
        self.log.clear()

    # ---------------------------------------------------------------- answers
    def _register(self) -> None:
        self._tokens.add(self._controller.register_traps(self.session))

    def _succeeded(self, token: int, result: object) -> None:
        if token not in self._tokens:
            return
        self._tokens.discard(token)
        if not self.session and isinstance(result, int) and not isinstance(result, bool):
            self.session = result
            self._register()
            return
        host, port = self._reader.trap_endpoint
        self._say(True, self._listening_text(host, port))

    def _failed(self, token: int, failure: Failure) -> None:
        if token not in self._tokens:
            return
        self._tokens.discard(token)
        host, port = self._reader.trap_endpoint
        where = join_host_port(host, port)
        self._say(
            False,
            self.tr("Not listening for traps on {where}: {reason}").format(
                where=where, reason=failure.message
            ),
        )

    def _received(self, record: TrapRecord) -> None:
        entry = self.log.add(record)
        if entry is not None:
            self.logged.emit(entry)
        if record.session == self.session and record.pdu:
            # The log is the record; the receiver's session keeps no handle per trap, so a
            # flood never fills its handle limit or the memory.
            self._controller.free(record.pdu)

    def _session_closed(self, session: int) -> None:
        if session and session == self.session:
            self.session = 0
            self._say(False, self.tr("Not listening for traps: the receiver's session was closed."))

    def _listening_text(self, host: str, port: int) -> str:
        return self.tr("Listening for traps and informs on {where}.").format(
            where=join_host_port(host, port)
        )

    def _say(self, listening: bool, text: str) -> None:
        self.listening = listening
        self.state_text = text
        self.stateChanged.emit(listening, text)
