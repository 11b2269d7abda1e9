"""The one error presenter: every failure of the service reaches the user through here.

Expected SNMP outcomes (a time-out, an unknown name, a wrong community) are shown as status
text, the tree already shows them as node state; ALLOC_ERROR gets the allocation dialog
(which can lead to Preferences); anything unexpected gets a dialog with the details. Dialogs
never stack: while one is open, further failures go to the status bar.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from snmpscope.core.constants import ApiError
from snmpscope.core.service.failures import Failure
from snmpscope.gui.dialogs.error_dialogs import (
    AllocChoice,
    AllocErrorDialog,
    ErrorDialog,
    limit_sentence,
    remedy_for,
)

log = logging.getLogger(__name__)


class ErrorPresenter(QObject):
    """Decides how a :class:`Failure` is shown (see the module docs)."""

    def __init__(
        self,
        window: QWidget,
        show_status: Callable[[str], None],
        open_preferences: Callable[[], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._show_status = show_status
        self._open_preferences = open_preferences
        self._dialog_open = False
        self.shown: list[tuple[str, Failure]] = []  # what was presented, newest last

    def present(self, failure: Failure, what: str = "") -> None:
        """Show ``failure`` of the operation ``what`` in the right way."""
        self.shown.append((what, failure))
        del self.shown[:-50]
        prefix = f"{what}: " if what else ""
        if failure.code == ApiError.ALLOC_ERROR:
            self._show_status(prefix + limit_sentence(failure) + " " + remedy_for(failure.limit))
            if self._enter():
                try:
                    if AllocErrorDialog.ask(self._window, failure) is AllocChoice.PREFERENCES:
                        self._open_preferences()
                finally:
                    self._dialog_open = False
            return
        if failure.expected:
            self._show_status(prefix + failure.message)
            return
        log.error("%s%s\n%s", prefix, failure.message, failure.traceback)
        self._show_status(prefix + failure.message)
        if self._enter():
            try:
                ErrorDialog.ask(self._window, what, failure)
            finally:
                self._dialog_open = False

    def present_unattributed(self, failure: Failure) -> None:
        """A failure no operation claims (uncaught exception, dispatcher trouble)."""
        self.present(failure, self.tr("Background task"))

    def _enter(self) -> bool:
        if self._dialog_open:
            return False
        self._dialog_open = True
        return True
