"""snmptable's ``print_table`` (net-snmp apps/snmptable.c): column widths, justification,
separators and the table in parts of ``-Cw`` characters.

Widths only grow: a table fetched in chunks (GETNEXT, ``-Cr`` rows at a time) prints each
chunk padded to the widths known so far, with the column names above the first one only,
as snmptable does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from snmpscope.core.cli.table import TableOptions

__all__ = ["Column", "Layout", "Row"]

Row = tuple[str, dict[int, str]]  # (the index as -Ci prints it, column subid -> cell text)


@dataclass
class Column:
    """A printed column: its label (``-Cb`` may cut it), last arc, width so far."""

    label: str
    subid: int
    width: int


class Layout:
    """snmptable's print_table: widths, justification, separators, parts."""

    def __init__(self, options: TableOptions, columns: list[Column], table_name: str) -> None:
        self.o = options
        self.columns = columns
        self.table_name = table_name
        self.index_width = len("index ")
        self.first = True
        self.lines: list[str] = []

    def _fmt(self, text: str, width: int, position: int) -> str:
        o = self.o
        if o.column_width:
            cut = text[: o.column_width]
            pad = o.column_width + 1
            return cut.ljust(pad) if o.left else cut.rjust(pad)
        if o.separator is None:
            return text.ljust(width + 1) if o.left else text.rjust(width + 1)
        if position == 0 and not o.show_index:
            return text
        return o.separator + text

    def _index(self, text: str) -> str:
        o = self.o
        if o.column_width:
            return f"\nindex: {text}\n"
        if o.separator is None:
            return text.ljust(self.index_width) if o.left else text.rjust(self.index_width)
        return text

    def print(self, rows: list[Row]) -> None:
        o, write = self.o, self.lines.append
        for index, cells in rows:
            self.index_width = max(self.index_width, len(index))
            for column in self.columns:
                if column.subid in cells:
                    column.width = max(column.width, len(cells[column.subid]))
        if not o.no_headers and not o.headers_only and self.first:
            write(f"SNMP table: {self.table_name}\n\n")
        last, part = 0, 0
        while last != len(self.columns):
            part += 1
            if part != 1 and not o.no_headers:
                write(f"\nSNMP table {self.table_name}, part {part}\n\n")
            first_field = last
            headers = not o.no_headers and self.first
            width = 0
            if o.show_index and headers and not o.column_width:
                width = self.index_width
                write(self._index("index"))
            position = first_field
            while position < len(self.columns):
                column = self.columns[position]
                if o.max_width:
                    if o.column_width:
                        if headers:
                            width += o.column_width + 1
                            if position != first_field and width > o.max_width:
                                write("\n")
                                width = o.column_width + 1
                    else:
                        width += column.width + 1
                        if position != first_field and width > o.max_width:
                            break
                if headers:
                    write(self._fmt(column.label, column.width, position))
                position += 1
            last = position
            if headers:
                write("\n")
            for index, cells in rows:
                width = 0
                if o.show_index:
                    if not o.column_width:
                        width = self.index_width
                    write(self._index(index))
                for number in range(first_field, last):
                    column = self.columns[number]
                    if o.column_width and o.max_width:
                        width += o.column_width + 1
                        if number != first_field and width > o.max_width:
                            write("\n")
                            width = o.column_width + 1
                    write(self._fmt(cells.get(column.subid, "?"), column.width, number))
                write("\n")
        self.first = False
