"""Walk-as-table: a conceptual table fetched on the walk thread and handed to the GUI (or the
quick-query bar) as typed rows, one per instance index, with columns named by the MIB.

:class:`WalkTable` is the request (``ServiceController.walk_table`` submits it); it succeeds
with a :class:`TableOutcome`: the :class:`TableInfo` (columns with their syntax, enum labels
and units; the INDEX objects) and the :class:`TableRow` list, each row's index decoded per
the INDEX clause as net-snmp prints it (``"eth0"``, ``10.0.0.1``, ``ipv4."10.0.0.1"``) and
each cell's value with its text (``up(1)``). Progress brings :class:`TableProgress` (rows
so far) so a big table shows it is coming; Stop keeps the rows fetched so far.

Rows are keyed by the index *OID* (not by its printed form), so two indexes that print
alike (a MAC with unprintable octets) stay two rows here, unlike in snmptable.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from snmpscope.core.api import Context, Entity
from snmpscope.core.client.response import SnmpProtocolError
from snmpscope.core.client.walk import Walk as ClientWalk
from snmpscope.core.client.walk import WalkEnd, WalkError
from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.mib_table import TableShape
from snmpscope.core.mib.names import MibNames
from snmpscope.core.mib.render import format_value_mib
from snmpscope.core.model.application import Application
from snmpscope.core.service.dispatch import MessageDispatcher
from snmpscope.core.service.operations import Request, WalkOutcome
from snmpscope.core.service.requester import DispatcherRequester
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import SmiValue, VarBind

if TYPE_CHECKING:
    from snmpscope.core.client.manager import Manager

__all__ = [
    "TableCell",
    "TableColumnInfo",
    "TableInfo",
    "TableOutcome",
    "TableProgress",
    "TableRow",
    "WalkTable",
    "table_info",
]

PROGRESS_S = 0.25  # tell how many rows so far at most this often


@dataclass(frozen=True, slots=True, kw_only=True)
class WalkTable(Request["TableOutcome"]):
    """Fetch the table ``table`` names (a table, its row or one of its columns) from the
    entity, GETBULK with ``max_repetitions`` (0 or SNMPv1: GETNEXT)."""

    session: int
    entity: int
    context: int
    table: Oid
    max_repetitions: int = 25


@dataclass(frozen=True, slots=True)
class TableColumnInfo:
    """A column as the MIB defines it: ``name`` is the bare label (``ifDescr``)."""

    oid: Oid
    subid: int
    module: str
    name: str
    syntax_name: str
    base_type: str
    access: str
    enums: tuple[tuple[int, str], ...] = ()
    units: str = ""

    @property
    def qualified_name(self) -> str:
        return f"{self.module}::{self.name}"


@dataclass(frozen=True, slots=True)
class TableInfo:
    """A table's name, row OID, accessible columns and INDEX objects (``MODULE::name``)."""

    oid: Oid
    module: str
    name: str
    entry: Oid
    columns: tuple[TableColumnInfo, ...]
    indexes: tuple[str, ...]

    @property
    def qualified_name(self) -> str:
        return f"{self.module}::{self.name}"


@dataclass(frozen=True, slots=True)
class TableCell:
    """One value and its text as the MIB renders it, without the type (``up(1)``)."""

    value: SmiValue
    text: str


@dataclass(frozen=True, slots=True)
class TableRow:
    """One instance: its index OID (after ``column.``), that index as net-snmp prints it,
    and a cell per column of :attr:`TableInfo.columns` (None where the agent has none)."""

    index: Oid
    index_text: str
    cells: tuple[TableCell | None, ...]


@dataclass(frozen=True, slots=True)
class TableProgress:
    """Rows seen so far (instances of the first columns arrive first)."""

    rows: int
    varbinds: int


@dataclass(frozen=True, slots=True)
class TableOutcome:
    """How a table walk ended, with its rows (all of them, or those before Stop/an error)."""

    info: TableInfo
    rows: tuple[TableRow, ...]
    reason: WalkOutcome
    requests: int
    elapsed_s: float
    error: str = ""
    error_code: int = 0
    extra_columns: bool = False  # the agent has columns the MIB does not


def table_info(names: MibNames, oid: Oid) -> TableInfo:
    """The :class:`TableInfo` of the table ``oid`` names (a table, row or column); raises
    ``SnmpApiError(OID_INVALID)`` naming it when the loaded MIBs know no such table."""
    shape = names.table_shape(oid)
    if shape is None:
        raise SnmpApiError(
            ApiError.OID_INVALID,
            f"{names.oid_to_name(oid)} is no table, row or column of a table in the loaded MIBs",
        )
    info = _info_of(names, shape)
    if not info.columns:
        raise SnmpApiError(
            ApiError.OID_INVALID, f"{info.qualified_name} has no column an agent can return"
        )
    return info


def _info_of(names: MibNames, shape: TableShape) -> TableInfo:
    columns = []
    for column in shape.accessible_columns:
        info = names.render_info(column.oid)
        columns.append(
            TableColumnInfo(
                oid=column.oid,
                subid=column.subid,
                module=column.module,
                name=column.name,
                syntax_name=info.syntax_name if info else "",
                base_type=info.base_type if info else "",
                access=column.access,
                enums=tuple(sorted(info.enums.items())) if info else (),
                units=info.units if info else "",
            )
        )
    return TableInfo(
        shape.oid, shape.module, shape.name, shape.entry, tuple(columns), shape.indexes
    )


def bare_text(oid: Oid, value: SmiValue, names: MibNames) -> str:
    """A value as net-snmp renders it with the MIB, without its ``TYPE: `` prefix."""
    text = format_value_mib(oid, value, names)
    head, sep, rest = text.partition(": ")
    return rest if sep and " " not in head else text


class TableRun:
    """One table walk on the walk thread (the client's walk over the service's dispatcher)."""

    def __init__(
        self,
        app: Application,
        dispatcher: MessageDispatcher,
        names: MibNames,
        request: WalkTable,
        cancel: threading.Event,
        progress: Callable[[TableProgress], None],
    ) -> None:
        self.app = app
        self.names = names
        self.request = request
        self.cancel = cancel
        self.progress = progress
        self.requester = DispatcherRequester(app, dispatcher, request.session)
        self.rows: dict[Oid, list[TableCell | None]] = {}
        self.count = 0
        self.extra = False
        self.last_progress = time.monotonic()

    def run(self) -> TableOutcome:
        req = self.request
        started = time.monotonic()
        info = table_info(self.names, req.table)
        self.info = info
        self.position = {c.subid: n for n, c in enumerate(info.columns)}
        walk = ClientWalk(
            cast("Manager", self.requester),
            Entity(self.app, req.entity),
            Context(self.app, req.context),
            info.entry,
            bulk=req.max_repetitions > 0,
            max_repetitions=max(1, req.max_repetitions),
            cancel=self.cancel,
            on_batch=self._take,
            get_root_if_empty=False,
        )
        reason, error, code = WalkOutcome.END, "", 0
        try:
            walk.run()
        except SnmpApiError as exc:
            if exc.code == ApiError.ALLOC_ERROR:
                raise
            reason, error, code = WalkOutcome.ERROR, exc.message, int(exc.code)
        except (SnmpProtocolError, WalkError) as exc:
            reason, error = WalkOutcome.ERROR, str(exc)
        if walk.end is WalkEnd.CANCELLED:
            reason = WalkOutcome.STOPPED
        rows = tuple(self._row(index, cells) for index, cells in sorted(self.rows.items()))
        return TableOutcome(
            info,
            rows,
            reason,
            self.requester.requests,
            time.monotonic() - started,
            error,
            code,
            self.extra,
        )

    def _take(self, batch: list[VarBind]) -> None:
        depth = len(self.info.entry)
        width = len(self.info.columns)
        for oid, value in batch:
            self.count += 1
            place = self.position.get(oid[depth]) if len(oid) > depth else None
            if place is None:
                self.extra = True
                continue
            if value.syntax in (Syntax.NOSUCHOBJECT, Syntax.NOSUCHINSTANCE, Syntax.ENDOFMIBVIEW):
                continue
            cells = self.rows.setdefault(tuple(oid[depth + 1 :]), [None] * width)
            cells[place] = TableCell(value, bare_text(oid, value, self.names))
        now = time.monotonic()
        if now - self.last_progress >= PROGRESS_S:
            self.last_progress = now
            self.progress(TableProgress(len(self.rows), self.count))

    def _row(self, index: Oid, cells: list[TableCell | None]) -> TableRow:
        column = next(
            (c for c, cell in zip(self.info.columns, cells, strict=True) if cell is not None),
            self.info.columns[0],
        )
        name = self.names.oid_to_name((*column.oid, *index))
        label = name.partition("::")[2] if "::" in name else name
        head = f"{column.name}."
        text = label[len(head) :] if label.startswith(head) else oid_to_str(index)
        return TableRow(index, text, tuple(cells))
