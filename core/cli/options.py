"""The command line: subcommands and net-snmp's option names and semantics.

``-v 1|2c|3``, ``-c COMMUNITY``, ``-t SECONDS``, ``-r RETRIES``, ``-O`` output options (``n``
numeric, ``q`` quick, ``v`` value only) and ``-C`` application options (``c`` allow
non-increasing OIDs, ``n<N>`` non-repeaters, ``r<N>`` max-repetitions, ``I`` no GET of the
root, ``p`` print the count) are read as net-snmp's getopt does: ``-v2c``, ``-v 2c``,
``-Cr25``, ``-C r25``, ``-Cc -Cr25`` and ``-Ccr25`` all work. What each option accepts, and
the functions that read and check the values, are in
:mod:`~snmpscope.core.cli.option_values` (re-exported here).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import NoReturn

from snmpscope.core.cli.errors import UsageError
from snmpscope.core.cli.mib_options import add_mib_options
from snmpscope.core.cli.option_values import (
    APP_OPTIONS,
    DEFAULT_MAX_REPETITIONS,
    DEFAULT_RETRIES,
    DEFAULT_TIMEOUT_S,
    MAX_BULK_FIELD,
    MAX_COMMUNITY_OCTETS,
    MAX_COUNT,
    MAX_LISTEN_S,
    MAX_RETRIES,
    MAX_TIMEOUT_S,
    MIN_TIMEOUT_S,
    NOTIFY_COMMANDS,
    OUTPUT_LETTERS,
    REQUEST_COMMANDS,
    AppOptions,
    OutputStyle,
    check_options,
    parse_app_options,
    parse_community,
    parse_count,
    parse_output_options,
    parse_port,
    parse_retries,
    parse_seconds,
    parse_timeout,
    parse_version,
    whole_number,
)
from snmpscope.core.constants import DEFAULT_TRAP_LISTEN, DEMO_AGENT_PORT

__all__ = [
    "APP_OPTIONS",
    "NOTIFY_COMMANDS",
    "OUTPUT_LETTERS",
    "PROG",
    "REQUEST_COMMANDS",
    "AppOptions",
    "OutputStyle",
    "build_parser",
    "check_options",
    "command_of",
    "parse_app_options",
    "parse_community",
    "parse_count",
    "parse_output_options",
    "parse_port",
    "parse_retries",
    "parse_seconds",
    "parse_timeout",
    "parse_version",
    "whole_number",
]

PROG = "snmpscope-cli"

EPILOG = """\
exit status:
  0  success
  1  the agent answered with an error status, no response (timeout), a transport error,
     or a walk stopped by a non-increasing OID
  2  usage error or bad input (unknown option, an option value out of its range, bad OID
     or MIB name, bad type letter or value, bad agent address or port, a request too big
     to send)
  130 interrupted (Ctrl-C)

agent addresses: HOST, HOST:PORT, udp:HOST:PORT, udp6:[::1]:PORT, [::1]:PORT
OIDs: SNMPv2-MIB::sysDescr.0, sysDescr.0, .1.3.6.1.2.1.1.1.0, 1.3.6.1.2.1.1.1.0
"""


def _columns() -> int:
    """The terminal's width as ``shutil.get_terminal_size().columns`` reads it ($COLUMNS,
    else the terminal of stdout, else 80), without importing shutil (and lzma, bz2, zlib and
    fnmatch with it): argparse asks for it on every ``add_argument``, so every process would
    pay for it, while only ``--help`` and usage errors print anything that needs it."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's RawDescriptionHelpFormatter with :func:`_columns` for its width."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        width = _columns() - 2 if width is None else width  # argparse's own "- 2"
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors raise :class:`UsageError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}\n{self.format_usage().rstrip()}")


def _snmp_options(parser: argparse.ArgumentParser, notify: bool = False) -> None:
    group = parser.add_argument_group("SNMP options (as net-snmp's)")
    group.add_argument(
        "-v", dest="version", default="2c", metavar="1|2c|3", help="SNMP version (default 2c)"
    )
    group.add_argument(
        "-c",
        dest="community",
        default="public",
        metavar="COMMUNITY",
        help=f"community string, 1..{MAX_COMMUNITY_OCTETS} octets (default public)",
    )
    group.add_argument(
        "-t",
        dest="timeout",
        default=str(DEFAULT_TIMEOUT_S),
        metavar="SECONDS",
        help=f"request timeout in seconds, {MIN_TIMEOUT_S:g}..{MAX_TIMEOUT_S:g} "
        f"(default {DEFAULT_TIMEOUT_S:g})",
    )
    group.add_argument(
        "-r",
        dest="retries",
        default=str(DEFAULT_RETRIES),
        metavar="RETRIES",
        help=f"retries after the first attempt, 0..{MAX_RETRIES} (default {DEFAULT_RETRIES})",
    )
    if not notify:
        group.add_argument(
            "-O",
            dest="output",
            action="append",
            default=[],
            metavar="OUTOPTS",
            help=(
                "output: n numeric OIDs (and no MIB lookups), s short names, S module::name, "
                "q quick, Q quick with =, v value only, x hex strings, a ASCII strings, "
                "T hex with text, t numeric TimeTicks, e numeric enums, U no units, b (no-op)"
            ),
        )
    group.add_argument("--json", action="store_true", help="print one JSON document")
    add_v3_options(parser, notify)
    add_mib_options(parser)


def add_v3_options(
    parser: argparse.ArgumentParser, notify: bool = False, listen: bool = False
) -> None:
    """net-snmp's SNMPv3 (USM) options; ``listen`` takes the user options only (the user
    whose traps and informs are accepted, from any sender engine)."""
    group = parser.add_argument_group("SNMPv3 options (as net-snmp's, with -v3)")
    group.add_argument(
        "-l",
        dest="sec_level",
        default=None,
        metavar="LEVEL",
        help="security level: noAuthNoPriv|authNoPriv|authPriv",
    )
    group.add_argument("-u", dest="sec_user", default=None, metavar="USER", help="security name")
    group.add_argument(
        "-a",
        dest="auth_proto",
        default=None,
        metavar="PROTOCOL",
        help="authentication protocol: MD5|SHA|SHA-224|SHA-256|SHA-384|SHA-512",
    )
    group.add_argument(
        "-A",
        dest="auth_pass",
        default=None,
        metavar="PASSPHRASE",
        help="authentication passphrase (8 characters or more)",
    )
    group.add_argument(
        "-x",
        dest="priv_proto",
        default=None,
        metavar="PROTOCOL",
        help="privacy protocol: DES|3DES|AES|AES-192|AES-256 (Blumenthal key extension, as "
        "net-snmp)|AES-192-C|AES-256-C (Reeder key extension, as Cisco's AES256C)",
    )
    group.add_argument(
        "-X",
        dest="priv_pass",
        default=None,
        metavar="PASSPHRASE",
        help="privacy passphrase (8 characters or more)",
    )
    if listen:
        return
    group.add_argument(
        "-e",
        dest="engine_id",
        default=None,
        metavar="ENGINE-ID",
        help="security engine ID in hex (default: discovered)",
    )
    group.add_argument(
        "-E",
        dest="context_engine_id",
        default=None,
        metavar="ENGINE-ID",
        help="context engine ID in hex (default: the security engine ID)",
    )
    group.add_argument(
        "-n", dest="context_name", default=None, metavar="CONTEXT", help="context name"
    )
    group.add_argument(
        "-Z",
        dest="boots_time",
        default=None,
        metavar="BOOTS,TIME",
        help="the destination engine's boots and time (with -e)",
    )
    if not notify:
        group.add_argument(
            "--probe-aes",
            action="store_true",
            help="when AES-192/AES-256 gets no answer or a decryption error, try the other "
            "key-extension variant and say which one the agent uses",
        )


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with ``command`` (a subcommand's name) only that subcommand's
    parser is built besides the top level: argparse spends ~1 ms of a one-shot process on
    each subcommand parser, and a command line naming one needs no other. ``--help`` and an
    unknown command (whose error lists every command) build them all."""
    parser = _Parser(
        prog=PROG,
        description="SNMP manager commands with net-snmp's options, on snmpscope's core.",
        epilog=EPILOG,
        formatter_class=_Formatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for name, build in _COMMANDS.items():
        if command is None or command not in _COMMANDS or name == command:
            build(sub, name)
    return parser


def command_of(argv: list[str]) -> str | None:
    """The subcommand a command line names (its first word, when that is no option)."""
    return argv[0] if argv and not argv[0].startswith("-") else None


def _command(
    sub: argparse._SubParsersAction[_Parser],
    name: str,
    help_text: str,
    app_letters: str = "",
) -> argparse.ArgumentParser:
    cmd = sub.add_parser(
        name,
        help=help_text,
        description=help_text,
        epilog=EPILOG,
        formatter_class=_Formatter,
    )
    _snmp_options(cmd)
    if app_letters:
        cmd.add_argument(
            "-C",
            dest="app",
            action="append",
            default=[],
            metavar="APPOPTS",
            help=_app_help(app_letters),
        )
    cmd.add_argument("agent", metavar="AGENT", help="agent address")
    return cmd


_REQUEST_HELP = {
    "get": "GET the given objects",
    "getnext": "GETNEXT of the given objects",
    "bulkget": "GETBULK of the given objects",
    "walk": "walk a subtree with GETNEXT",
    "bulkwalk": "walk a subtree with GETBULK",
}


def _request(sub: argparse._SubParsersAction[_Parser], name: str) -> None:
    cmd = _command(sub, name, _REQUEST_HELP[name], APP_OPTIONS.get(name, ""))
    if name in ("walk", "bulkwalk"):
        cmd.add_argument(
            "oids", nargs="?", default=None, metavar="OID", help="root (default mib-2)"
        )
    else:
        cmd.add_argument("oids", nargs="+", metavar="OID")


def _table(sub: argparse._SubParsersAction[_Parser], name: str) -> None:
    from snmpscope.core.cli.table import add_table_command

    _snmp_options(add_table_command(sub, EPILOG, _Formatter))


def _set(sub: argparse._SubParsersAction[_Parser], name: str) -> None:
    _command(sub, name, "SET objects: OID TYPE VALUE triples").add_argument(
        "assignments",
        nargs="+",
        metavar="OID TYPE VALUE",
        help="TYPE: i u t a o s x d b n U I F D c C 3, or = for the MIB's type",
    )


_NOTIFY_HELP = {
    "trap": "send an SNMPv2-Trap (with -v 1: an SNMPv1 Trap)",
    "inform": "send an InformRequest and wait for the acknowledgement",
}


def _notify(sub: argparse._SubParsersAction[_Parser], name: str) -> None:
    text = _NOTIFY_HELP[name]
    cmd = sub.add_parser(
        name,
        help=text,
        description=text,
        epilog=(
            "TRAP-PARAMETERS:\n"
            "  v2c:  UPTIME TRAP-OID [OID TYPE VALUE]...\n"
            "  v1:   ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME [OID TYPE VALUE]...\n"
            "  UPTIME '' means this host's uptime.\n\n" + EPILOG
        ),
        formatter_class=_Formatter,
    )
    _snmp_options(cmd, notify=True)
    cmd.add_argument("agent", metavar="AGENT", help="receiver address (default port 162)")
    cmd.add_argument("params", nargs="+", metavar="TRAP-PARAMETERS")


def _listen(sub: argparse._SubParsersAction[_Parser], name: str) -> None:
    listen = sub.add_parser(
        name,
        help="print received traps and informs",
        description="Print traps and informs (informs are acknowledged) until Ctrl-C, "
        "--count or --timeout.",
        epilog=EPILOG,
        formatter_class=_Formatter,
    )
    listen.add_argument(
        "address",
        nargs="?",
        default=f"{DEFAULT_TRAP_LISTEN[0]}:{DEFAULT_TRAP_LISTEN[1]}",
        metavar="ADDRESS",
        help=f"where to listen (default udp:{DEFAULT_TRAP_LISTEN[0]}:{DEFAULT_TRAP_LISTEN[1]})",
    )
    listen.add_argument(
        "-c",
        dest="community",
        default=None,
        help=f"only this community (1..{MAX_COMMUNITY_OCTETS} octets)",
    )
    listen.add_argument(
        "-O", dest="output", action="append", default=[], metavar="OUTOPTS", help="as for get"
    )
    listen.add_argument(
        "--count", type=str, default=None, help=f"stop after N notifications (1..{MAX_COUNT})"
    )
    listen.add_argument(
        "--timeout",
        type=str,
        default=None,
        help=f"stop after S seconds (above 0, at most {MAX_LISTEN_S:.0f})",
    )
    listen.add_argument("--json", action="store_true", help="one JSON document per line")
    add_v3_options(listen, listen=True)
    add_mib_options(listen)


def _mibs(sub: argparse._SubParsersAction[_Parser], name: str) -> None:
    mibs = sub.add_parser(
        name,
        help="load the MIB modules and print what loaded, failed or is missing",
        description="Load the MIB set of -m/-M (compiling new or changed MIB files once) and "
        "print the MIB-load report: modules loaded, failed (with file, line and column or the "
        "missing import) and missing. Exit status 1 when a module failed or is missing.",
        epilog=EPILOG,
        formatter_class=_Formatter,
    )
    add_mib_options(mibs)
    mibs.add_argument("--verbose", action="store_true", help="list every loaded module")
    mibs.add_argument("--json", action="store_true", help="print one JSON document")


def _agent(sub: argparse._SubParsersAction[_Parser], name: str) -> None:
    from snmpscope.core.agent.v3_users import demo_users_help

    agent = sub.add_parser(
        name,
        help="run the embedded demo agent in the foreground",
        description="Run the embedded demo agent (realistic MIB-II data) until Ctrl-C.",
        epilog="SNMPv3 demo users (one per security level), as net-snmp client options:\n"
        + demo_users_help()
        + "\n\n"
        + EPILOG,
        formatter_class=_Formatter,
    )
    agent.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    agent.add_argument(
        "--port",
        default=None,
        help=f"UDP port, 0..65535 (default {DEMO_AGENT_PORT}, or a free one when that is "
        "taken; 0 picks a free one)",
    )
    agent.add_argument("--community", default="public", help="read-only community (public)")
    agent.add_argument("--rw-community", default="private", help="read-write community (private)")


_COMMANDS: dict[str, Callable[[argparse._SubParsersAction[_Parser], str], None]] = {
    "get": _request,
    "getnext": _request,
    "bulkget": _request,
    "walk": _request,
    "bulkwalk": _request,
    "table": _table,
    "set": _set,
    "trap": _notify,
    "inform": _notify,
    "listen": _listen,
    "mibs": _mibs,
    "agent": _agent,
}


def _app_help(letters: str) -> str:
    texts = {
        "c": "c: do not check that OIDs increase",
        "n": f"n<N>: non-repeaters, 0..{MAX_BULK_FIELD} (default 0)",
        "r": f"r<N>: max-repetitions, 0..{MAX_BULK_FIELD} (1.. for bulkwalk; default "
        f"{DEFAULT_MAX_REPETITIONS})",
        "I": "I: no GET of the root when the subtree is empty",
        "p": "p: print the number of variables found",
    }
    return "; ".join(texts[letter] for letter in letters)
