"""Results an administrator takes away: net-snmp-style text lines, TSV, CSV and JSON.

The window renders names and values (through the MIBs) into :class:`ResultRow`; this module
only lays them out, so the same rows copy and export the same way from the results pane, a
walk, a table or the trap log, and the layouts are tested without Qt.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One variable binding as the window shows it.

    ``name`` is ``SNMPv2-MIB::sysDescr.0``; ``oid`` is numeric with its leading dot; ``type``
    is the SMI type (``OCTET STRING`` as ``STRING``, net-snmp's word); ``value`` is the value
    without its type prefix and ``line_value`` as net-snmp prints it (``STRING: router``)."""

    name: str
    oid: str
    type: str
    value: str
    line_value: str


COLUMNS = ("name", "oid", "type", "value")


def netsnmp_lines(rows: Iterable[ResultRow]) -> str:
    """``NAME = TYPE: VALUE`` lines, as snmpget/snmpwalk print them."""
    return "".join(f"{row.name} = {row.line_value}\n" for row in rows)


def tsv(rows: Iterable[ResultRow], header: bool = True) -> str:
    """Tab-separated name, OID, type, value (tabs and newlines in values become spaces)."""
    lines = ["\t".join(COLUMNS)] if header else []
    for row in rows:
        lines.append("\t".join(_flat(getattr(row, column)) for column in COLUMNS))
    return "\n".join(lines) + "\n"


def csv_text(rows: Iterable[ResultRow]) -> str:
    """RFC 4180 CSV with a header line (values quoted where they need it)."""
    return table_csv(COLUMNS, ([getattr(row, c) for c in COLUMNS] for row in rows))


def table_csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """Any table (a conceptual table, the trap log) as CSV with a header line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow(["" if cell is None else str(cell) for cell in row])
    return buffer.getvalue()


def json_text(rows: Iterable[ResultRow], **about: object) -> str:
    """``{"...about": ..., "varbinds": [{name, oid, type, value, line}...]}``, indented."""
    varbinds = [asdict(row) for row in rows]
    return json.dumps({**about, "varbinds": varbinds}, indent=2, ensure_ascii=False) + "\n"


def records_json(records: Iterable[dict[str, object]], key: str, **about: object) -> str:
    """A list of records (traps, table rows) under ``key``, with ``about`` beside it."""
    return json.dumps({**about, key: list(records)}, indent=2, ensure_ascii=False) + "\n"


def _flat(text: str) -> str:
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
