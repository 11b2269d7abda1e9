"""The Qt service layer (QtCore only): worker threads, the event bridge, the dispatcher, and
what the GUI may know of the core.

The GUI talks to the core only through :class:`ServiceController` (every change, on worker
threads), reads through its :class:`~snmpscope.core.service.read_model.ReadModel` (typed,
frozen snapshots), and keeps saved agents through :mod:`snmpscope.core.service.profiles`.
"""

from __future__ import annotations

from snmpscope.core.service.controller import ServiceController
from snmpscope.core.service.failures import ExceptHooks, Failure, FailureHub, failure_from
from snmpscope.core.service.mib_worker import MibLoadResult, MibSearchResult, MibSetup
from snmpscope.core.service.operations import (
    Reply,
    Token,
    TrapRecord,
    WalkOutcome,
    WalkProgress,
    WalkResult,
)
from snmpscope.core.service.read_model import ReadModel
from snmpscope.core.service.table_walk import (
    TableCell,
    TableColumnInfo,
    TableInfo,
    TableOutcome,
    TableProgress,
    TableRow,
)

__all__ = [
    "ExceptHooks",
    "Failure",
    "FailureHub",
    "MibLoadResult",
    "MibSearchResult",
    "MibSetup",
    "ReadModel",
    "Reply",
    "ServiceController",
    "TableCell",
    "TableColumnInfo",
    "TableInfo",
    "TableOutcome",
    "TableProgress",
    "TableRow",
    "Token",
    "TrapRecord",
    "WalkOutcome",
    "WalkProgress",
    "WalkResult",
    "failure_from",
]
