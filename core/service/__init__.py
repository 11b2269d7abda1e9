"""The Qt service layer (QtCore only): worker threads, the event bridge, the dispatcher.

The GUI talks to the core only through :class:`ServiceController`.
"""

from __future__ import annotations

from snmpscope.core.service.controller import ServiceController
from snmpscope.core.service.failures import ExceptHooks, Failure, FailureHub, failure_from
from snmpscope.core.service.operations import Reply, TrapRecord, WalkProgress, WalkResult

__all__ = [
    "ExceptHooks",
    "Failure",
    "FailureHub",
    "Reply",
    "ServiceController",
    "TrapRecord",
    "WalkProgress",
    "WalkResult",
    "failure_from",
]
