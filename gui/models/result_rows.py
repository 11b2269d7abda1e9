"""Variable bindings rendered for taking away: the rows the export module lays out."""

from __future__ import annotations

from collections.abc import Iterable

from snmpscope.core.service.export import ResultRow
from snmpscope.core.smi.oid import oid_to_str
from snmpscope.core.smi.values import VarBind
from snmpscope.gui.naming import Naming


def result_rows(naming: Naming, varbinds: Iterable[VarBind]) -> list[ResultRow]:
    """Each varbind as name, numeric OID, type, bare value and net-snmp's ``TYPE: value``."""
    return [
        ResultRow(
            name=naming.oid_name(oid),
            oid="." + oid_to_str(oid),
            type=naming.type_name(value),
            value=naming.bare_value_text(oid, value),
            line_value=naming.value_text(oid, value),
        )
        for oid, value in varbinds
    ]
