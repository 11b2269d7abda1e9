"""The shape of a conceptual table as the loaded MIBs define it: its row, its columns and the
INDEX objects that name its rows.

snmptable (net-snmp apps/snmptable.c ``get_field_names``) and the window's table view both
start here: given the OID of a table, of its row or of one of its columns, :func:`table_shape`
finds the table, takes the table's first child as the row (as snmptable does) and lists the
row's columns in OID order with their access, so callers decide which ones to fetch.
"""

from __future__ import annotations

from dataclasses import dataclass

from snmpscope.core.mib.mib_view import MibView, ViewNode
from snmpscope.core.smi.oid import Oid

__all__ = ["TableColumn", "TableShape", "table_shape"]

_TABLE_KINDS = frozenset({"table", "row", "column"})


@dataclass(frozen=True, slots=True)
class TableColumn:
    """One column of a row: ``subid`` is its last arc (instances are ``row.subid.index``)."""

    oid: Oid
    subid: int
    module: str
    name: str
    access: str

    @property
    def accessible(self) -> bool:
        """Whether an agent can return it (snmptable leaves the others out)."""
        return self.access != "not-accessible"

    @property
    def qualified_name(self) -> str:
        return f"{self.module}::{self.name}"


@dataclass(frozen=True, slots=True)
class TableShape:
    """A table's OID and name, its row (``entry``), its columns and its INDEX objects
    (``MODULE::name``; an AUGMENTS row's are those of the row it augments)."""

    oid: Oid
    module: str
    name: str
    entry: Oid
    columns: tuple[TableColumn, ...]
    indexes: tuple[str, ...]

    @property
    def qualified_name(self) -> str:
        return f"{self.module}::{self.name}"

    @property
    def accessible_columns(self) -> tuple[TableColumn, ...]:
        return tuple(c for c in self.columns if c.accessible)

    def column_of(self, oid: Oid) -> TableColumn | None:
        """The column an instance OID belongs to (None outside this table's columns)."""
        if len(oid) <= len(self.entry) or tuple(oid[: len(self.entry)]) != self.entry:
            return None
        subid = oid[len(self.entry)]
        return next((c for c in self.columns if c.subid == subid), None)


def table_shape(view: MibView, oid: Oid, indexes: tuple[str, ...]) -> TableShape | None:
    """The table ``oid`` names, is the row of or a column of (None for anything else, e.g.
    a scalar); ``indexes`` are the qualified INDEX names of its row (the caller resolves
    them, see :meth:`MibNames.table_shape`)."""
    node = view.node(oid)
    table = _table_node(view, node)
    if table is None:
        return None
    children = view.children(table.oid)
    entry = children[0].oid if children else (*table.oid, 1)
    columns = tuple(
        TableColumn(
            oid=child.oid,
            subid=child.oid[-1],
            module=child.module,
            name=child.name,
            access=str(child.info.get("a", "not-accessible")),
        )
        for child in view.children(entry)
    )
    return TableShape(table.oid, table.module, table.name, entry, columns, indexes)


def _table_node(view: MibView, node: ViewNode | None) -> ViewNode | None:
    if node is None or node.kind not in _TABLE_KINDS:
        return None
    for _ in range(2):  # a column -> its row -> its table
        if node.kind == "table":
            return node
        parent = view.node(node.oid[:-1])
        if parent is None:
            return None
        node = parent
    return node if node.kind == "table" else None
