"""``table``: a conceptual table as net-snmp's ``snmptable`` prints it (apps/snmptable.c).

The columns are the table's accessible columns in the loaded MIBs; rows are the instances,
one per index as net-snmp prints it (``-Ci`` shows it); cells are values as ``-Oq`` prints
them (new lines become spaces), ``?`` where a row has no value. ``-C`` letters as
snmptable's: ``b`` brief column names (their common prefix cut), ``B`` GETNEXT instead of
GETBULK (then rows come in chunks of ``-Cr`` N, 10 by default, each padded to the widths
known so far, as snmptable does), ``c N`` columns N characters wide, ``f SEP`` fields
separated by SEP (no padding), ``h`` only the column names, ``H`` no column names, ``i``
the index column, ``l`` left-justified, ``r N`` max-repetitions (GETBULK) or rows per
chunk (GETNEXT), ``w N`` the table in parts at most N characters wide. The letters ``c``,
``f``, ``r`` and ``w`` take the word that follows the ``-C`` group, as snmptable's do.
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import dataclass, field
from typing import Any

from snmpscope.core.cli.errors import ExitCode, UsageError, shown
from snmpscope.core.cli.mib_options import cli_names
from snmpscope.core.cli.option_values import (
    OutputStyle,
    parse_context_engine_id,
    parse_output_options,
    parse_retries,
    parse_timeout,
    parse_v3,
    parse_version,
    whole_number,
)
from snmpscope.core.cli.session import Console
from snmpscope.core.cli.table_layout import Column, Row
from snmpscope.core.constants import DEFAULT_AGENT_PORT, ApiError, SnmpVersion
from snmpscope.core.smi.oid import Oid

__all__ = ["TABLE_LETTERS", "TableOptions", "add_table_command", "parse_table_options", "run_table"]

TABLE_LETTERS = "bBcfhHilrw"
WORD_MARK = "\x1f"  # joins a -C group and the words its letters take (see table_argv)
_WITH_WORD = "cfrw"
MAX_TABLE_NUMBER = 2**31 - 1


@dataclass(frozen=True)
class TableOptions:
    """snmptable's ``-C`` letters (see the module docstring)."""

    brief: bool = False
    bulk: bool = True
    column_width: int = 0
    separator: str | None = None
    headers_only: bool = False
    no_headers: bool = False
    show_index: bool = False
    left: bool = False
    max_repetitions: int = 10
    max_width: int = 0
    agent: str = ""
    table: str = ""
    rest: tuple[str, ...] = field(default=())


def add_table_command(
    sub: Any, epilog: str, formatter: Any = argparse.RawDescriptionHelpFormatter
) -> argparse.ArgumentParser:
    """The ``table`` subparser (the SNMP options are added by the caller's helper)."""
    text = "print a conceptual table as snmptable does"
    cmd = sub.add_parser(
        "table",
        help=text,
        description=text + ". -C letters: " + ", ".join(_LETTER_HELP),
        epilog=epilog,
        formatter_class=formatter,
    )
    cmd.add_argument(
        "-C", dest="table_app", action="append", default=[], metavar="APPOPTS",
        help="; ".join(_LETTER_HELP),
    )  # fmt: skip
    cmd.add_argument(
        "words",
        nargs="+",
        metavar="[WORD...] AGENT TABLE",
        help="the words -Cc, -Cf, -Cr and -Cw take, then the agent and the table",
    )
    parser: argparse.ArgumentParser = cmd
    return parser


_LETTER_HELP = [
    "b: brief column names",
    "B: GETNEXT, not GETBULK",
    "c N: columns N characters wide",
    "f SEP: fields separated by SEP",
    "h: only the column names",
    "H: no column names",
    "i: the index column",
    "l: left-justified",
    f"r N: max-repetitions / rows per chunk (1..{MAX_TABLE_NUMBER}, default 10)",
    f"w N: parts at most N characters wide (1..{MAX_TABLE_NUMBER})",
]


def table_argv(argv: list[str]) -> list[str]:
    """A ``table`` command line with each ``-C`` group glued to the words its letters
    take (``-Cr 3`` -> one word), so that they never land among AGENT and TABLE however the
    options are mixed, as snmptable reads them (getopt, then ``optind++``)."""
    out: list[str] = []
    i = 0
    while i < len(argv):
        word = argv[i]
        i += 1
        if word.startswith("-C") and len(word) > 2:
            wanted = sum(1 for letter in word[2:] if letter in _WITH_WORD)
            taken = argv[i : i + wanted]
            i += len(taken)
            word = WORD_MARK.join([word, *taken])
        elif word == "-C" and i < len(argv):
            group = argv[i]
            i += 1
            wanted = sum(1 for letter in group if letter in _WITH_WORD)
            taken = argv[i : i + wanted]
            i += len(taken)
            word = WORD_MARK.join([f"-C{group}", *taken])
        out.append(word)
    return out


def parse_table_options(groups: list[str], words: list[str]) -> TableOptions:
    """The ``-C`` letters and the words they take; what is left are AGENT and TABLE."""
    values: dict[str, Any] = {}
    taken = 0
    glued: list[str] = []
    plain: list[str] = []
    for group in groups:
        letters, *given = group.split(WORD_MARK)
        plain.append(letters)
        glued.extend(given)
    words = [*glued, *words]
    groups = plain
    for group in groups:
        for letter in group:
            if letter not in TABLE_LETTERS:
                known = ", ".join(f"-C{c}" for c in TABLE_LETTERS)
                raise UsageError(f"table does not take -C{letter} (it takes: {known})")
            if letter not in _WITH_WORD:
                values[letter] = True
                continue
            low = 3 if letter == "c" else 1
            if taken >= len(glued):
                what = "a separator" if letter == "f" else f"a number, {low}..{MAX_TABLE_NUMBER}"
                raise UsageError(
                    f"-C{letter} needs {what} as the word after the option group "
                    f"(e.g. -C{letter} {',' if letter == 'f' else 10} AGENT TABLE)"
                )
            word = words[taken]
            taken += 1
            if letter == "f":
                values["f"] = word
                continue
            number = whole_number(word, low, MAX_TABLE_NUMBER)
            if number is None:
                raise UsageError(
                    f"bad value {shown(word)} for -C{letter}: a whole number in "
                    f"{low}..{MAX_TABLE_NUMBER}"
                )
            values[letter] = number
    rest = words[taken:]
    if len(rest) != 2:
        raise UsageError(
            f"table takes AGENT and TABLE after the -C words, not {len(rest)} word(s)"
            + (f": {' '.join(shown(w) for w in rest[:4])}" if rest else "")
        )
    return TableOptions(
        brief=bool(values.get("b")),
        bulk=not values.get("B"),
        # snmptable keeps one less: the last character of a column is its space
        column_width=int(values["c"]) - 1 if "c" in values else 0,
        separator=values.get("f"),
        headers_only=bool(values.get("h")),
        no_headers=bool(values.get("H")),
        show_index=bool(values.get("i")),
        left=bool(values.get("l")),
        max_repetitions=int(values.get("r", 10)),
        max_width=int(values.get("w", 0)),
        agent=rest[0],
        table=rest[1],
    )


def check_table_options(args: argparse.Namespace) -> None:
    """Every value of a ``table`` command line, before anything is sent."""
    parse_version(args.version)
    parse_v3(args)  # -E too
    parse_timeout(args.timeout)
    parse_retries(args.retries)
    parse_output_options(args.output)
    parse_table_options(args.table_app, list(args.words))


def run_table(args: argparse.Namespace, console: Console) -> int:
    """Fetch the table and print it (see the module docstring)."""
    from snmpscope.core.cli.output import Printer, api_error_text
    from snmpscope.core.cli.session import CliSession, resolve_oid
    from snmpscope.core.cli.table_layout import Layout
    from snmpscope.core.cli.target import parse_agent
    from snmpscope.core.client.response import SnmpProtocolError
    from snmpscope.core.errors import SnmpApiError

    options = parse_table_options(args.table_app, list(args.words))
    version = parse_version(args.version)
    security = parse_v3(args)  # SNMPv3: the USM user, checked before anything is sent
    context_engine_id = parse_context_engine_id(args)
    timeout_cs = parse_timeout(args.timeout)
    retries = parse_retries(args.retries)
    style = parse_output_options(args.output)
    quick = OutputStyle(
        oid_format=style.oid_format,
        quick=True,
        render=style.render,
        numeric_index=style.numeric_index,
    )
    agent = parse_agent(options.agent, DEFAULT_AGENT_PORT)
    names = cli_names(args, console.err)
    table_oid = resolve_oid(options.table, names)
    printer = Printer(console.out, console.err, quick, names)
    cells = Printer(
        console.out,
        console.err,
        OutputStyle(quick=True, value_only=True, render=style.render),
        names,
    )
    entry_oid, columns = _columns(names, table_oid, printer, options.brief)
    table_name = printer.name(table_oid)
    if not columns:
        # snmptable's words and exit status (1) for a name that is no table
        printer.complain(f"Was that a table? {table_name}")
        return ExitCode.SNMP_ERROR
    fetch = _Fetch(entry_oid, columns, printer, cells)
    chunks: list[list[Row]] = []
    if not options.headers_only:
        bulk = options.bulk and version != SnmpVersion.V1  # snmptable: v1 has no GETBULK
        try:
            with CliSession() as cli:
                entity, context = cli.agent(
                    agent,
                    version,
                    args.community,
                    timeout_cs,
                    retries,
                    security,
                    args.context_name or "",
                    context_engine_id,
                )
                if bulk:
                    chunks = [fetch.bulk(cli.manager, entity, context, options, console.stop)]
                else:
                    chunks = fetch.by_rows(cli.manager, entity, context, options, console.stop)
        except _GaveUp as exc:
            printer.complain(str(exc))
            return ExitCode.USAGE  # snmptable's exit status here: 2
        except SnmpProtocolError as exc:
            response = exc.response
            text = printer.error_in_packet(
                response.error_status, response.error_index, response.varbinds, dot=True
            )
            printer.complain(text.rstrip("\n"))
            return ExitCode.USAGE  # snmptable's exit status for an error status: 2
        except SnmpApiError as exc:
            if exc.code == ApiError.TL_TIMEOUT:
                printer.complain(f"Timeout: No Response from {options.agent}")
            else:
                printer.complain(f"table: {options.agent}: {api_error_text(exc)}")
            return ExitCode.SNMP_ERROR
    rows = [row for chunk in chunks for row in chunk]
    if args.json:
        printer.json_document(
            {
                "command": "table",
                "agent": agent.text,
                "table": table_name,
                "columns": [c.label for c in columns],
                "rows": [
                    {"index": index, **{c.label: texts.get(c.subid) for c in columns}}
                    for index, texts in rows
                ],
            }
        )
        return ExitCode.OK
    out = Layout(options, columns, table_name)
    if options.headers_only:
        out.print([])
    for chunk in chunks:
        if chunk:
            out.print(chunk)
    text = "".join(out.lines)
    if fetch.end_of_mib:
        text = "End of MIB\n" + text
    if not rows:
        text += f"{table_name}: No entries\n"
    if fetch.extra:
        text += f"{table_name}: WARNING: More columns on agent than in MIB\n"
    console.out.write(text)
    console.out.flush()
    return ExitCode.OK


class _GaveUp(Exception):
    """snmptable's "OID not increasing": two instances of one column in one row."""


class _Fetch:
    """The rows of a table, fetched as snmptable fetches them (apps/snmptable.c):

    * GETBULK (``bulk``): the row's subtree walked; an instance joins the row whose index
      *prints* the same, so two indexes printing alike (a MAC with unprintable octets) end
      the table with "OID not increasing", as in snmptable;
    * GETNEXT (``by_rows``): one request per row with every column at the last row's index;
      a column whose next instance is at another index is a hole ("?") in this row. Rows
      come in chunks of ``-Cr`` rows (all at once with ``-Cw`` and no ``-Cc``).
    """

    def __init__(self, entry: Oid, columns: list[Column], printer: Any, cells: Any) -> None:
        self.entry = tuple(entry)
        self.columns = columns
        self.by_subid = {c.subid: c for c in columns}
        self.printer = printer
        self.cells = cells
        self.extra = False
        self.end_of_mib = False

    def _index(self, oid: Oid) -> tuple[str, str]:
        """The instance's printed name and its index part (after ``MODULE::column.``)."""
        name = self.printer.name(oid)
        index = name.partition("::")[2] if "::" in name else name
        return name, index.partition(".")[2]

    def _text(self, oid: Oid, value: Any) -> str:
        return str(self.cells.line(oid, value)).replace("\n", " ")

    def bulk(
        self, manager: Any, entity: Any, context: Any, options: TableOptions, cancel: Any
    ) -> list[Row]:
        rows: dict[str, dict[int, str]] = {}
        walk = manager.walk(
            entity,
            context,
            self.entry,
            bulk=True,
            max_repetitions=options.max_repetitions,
            get_root_if_empty=False,
            cancel=cancel,
        )
        depth = len(self.entry)
        for batch in walk:
            for oid, value in batch:
                column = self.by_subid.get(oid[depth]) if len(oid) > depth else None
                if column is None:
                    self.extra = True
                    continue
                name, index = self._index(oid)
                row = rows.setdefault(index, {})
                if column.subid in row:
                    raise _GaveUp(
                        f"OID not increasing: {name} (two rows print the same index;"
                        " -Ob prints indexes as numbers)"
                    )
                row[column.subid] = self._text(oid, value)
        return list(rows.items())

    def by_rows(
        self, manager: Any, entity: Any, context: Any, options: TableOptions, cancel: Any
    ) -> list[list[Row]]:
        from snmpscope.core.client.response import SnmpProtocolError
        from snmpscope.core.constants import ErrorStatus, PduType, Syntax

        limit = 0 if options.max_width and not options.column_width else options.max_repetitions
        depth = len(self.entry)
        chunks: list[list[Row]] = [[]]
        last: Oid = ()  # the index of the row before
        while True:
            asked = [((*self.entry, c.subid, *last), None) for c in self.columns]
            response = manager.request(entity, context, PduType.GETNEXT, asked, cancel=cancel)
            if response.error_status == ErrorStatus.NOSUCHNAME:
                self.end_of_mib = True  # SNMPv1's end of the MIB: snmptable says so
                break
            if response.error_status:
                raise SnmpProtocolError(response, [o for o, _ in asked])
            texts: dict[int, str] = {}
            index_text = ""
            first: Oid | None = None
            for column, (oid, value) in zip(self.columns, response.varbinds, strict=False):
                if value.syntax == Syntax.ENDOFMIBVIEW:
                    continue
                wanted = (*self.entry, column.subid, *(first or ()))
                if len(oid) < len(wanted) or tuple(oid[: len(wanted)]) != wanted:
                    continue  # another column, another row, or past the table
                if first is None:
                    first = tuple(oid[depth + 1 :])
                    index_text = self._index(oid)[1]
                texts[column.subid] = self._text(oid, value)
            if first is None:
                break
            last = first
            if limit and len(chunks[-1]) >= limit:
                chunks.append([])
            chunks[-1].append((index_text, texts))
        return chunks


def _columns(names: Any, table_oid: Oid, printer: Any, brief: bool) -> tuple[Oid, list[Column]]:
    """The entry's OID and the accessible columns, named as snmptable names them (the
    label ``-O`` options print; a column nothing names ends the list, as in snmptable)."""
    shape = names.table_shape(table_oid)
    if shape is None or shape.oid != tuple(table_oid):  # a row or column is no table here
        return (*table_oid, 1), []
    columns: list[Column] = []
    for child in shape.accessible_columns:
        label = printer.name(child.oid).rpartition(".")[2].rpartition(":")[2]
        if label[:1].isdigit():
            break
        columns.append(Column(label, child.subid, len(label)))
    if brief and len(columns) > 1:
        common = len(columns[0].label)
        for before, after in itertools.pairwise(columns):
            same = 0
            while (
                same < min(len(before.label), len(after.label))
                and before.label[same] == after.label[same]
            ):
                same += 1
            common = min(common, same)
        for column in columns:
            column.label = column.label[common:]
            column.width = len(column.label)
    return shape.entry, columns
