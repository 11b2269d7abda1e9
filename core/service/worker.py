"""The one worker shape: a ``QObject`` moved to a ``QThread``, requests in through a queued
``run`` slot, answers out through ``succeeded``/``failed``/``progress`` signals.

Every request runs inside a guard that catches, logs and emits ``failed(token, Failure)``
(code, message, traceback), so no exception ever dies silently in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from snmpscope.core.service.failures import failure_from
from snmpscope.core.service.operations import Request

log = logging.getLogger(__name__)


class Later:
    """Returned by a handler whose answer is emitted later (from another thread)."""


LATER = Later()

Handler = Callable[[Any], object]


class ServiceWorker(QObject):
    """Base of the service's workers; subclasses fill :attr:`handlers`."""

    succeeded = Signal(int, object)  # token, result
    failed = Signal(int, object)  # token, Failure
    progress = Signal(int, object)  # token, payload

    def __init__(self) -> None:
        super().__init__()
        self.handlers: dict[type[Request[Any]], Handler] = {}

    @Slot(object)
    def run(self, request: Request[Any]) -> None:
        """Carry out one request on this worker's thread."""
        try:
            handler = self.handlers[type(request)]
            result = handler(request)
        except Exception as exc:
            failure = failure_from(exc)
            log.warning("%s failed: %s", type(request).__name__, failure.message)
            self.failed.emit(request.token, failure)
            return
        if not isinstance(result, Later):
            self.succeeded.emit(request.token, result)
