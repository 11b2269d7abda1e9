"""The command line: subcommands and net-snmp's option names and semantics.

``-v 1|2c|3``, ``-c COMMUNITY``, ``-t SECONDS``, ``-r RETRIES``, ``-O`` output options (``n``
numeric, ``q`` quick, ``v`` value only) and ``-C`` application options (``c`` allow
non-increasing OIDs, ``n<N>`` non-repeaters, ``r<N>`` max-repetitions, ``I`` no GET of the
root, ``p`` print the count) are read as net-snmp's getopt does: ``-v2c``, ``-v 2c``,
``-Cr25``, ``-C r25``, ``-Cc -Cr25`` and ``-Ccr25`` all work.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NoReturn

from snmpscope.core.cli.errors import UsageError
from snmpscope.core.constants import DEFAULT_TRAP_LISTEN, DEMO_AGENT_PORT, SnmpVersion
from snmpscope.core.mib.render import PLAIN, RenderOptions

PROG = "snmpscope-cli"

DEFAULT_TIMEOUT_S = 1.0  # net-snmp's defaults
DEFAULT_RETRIES = 5
DEFAULT_MAX_REPETITIONS = 10
MAX_TIMEOUT_S = 3600.0
MAX_RETRIES = 100

REQUEST_COMMANDS = ("get", "getnext", "bulkget", "walk", "bulkwalk", "set")
NOTIFY_COMMANDS = ("trap", "inform")

# Which -C letters each command understands.
APP_OPTIONS = {
    "bulkget": "nr",
    "walk": "cIp",
    "bulkwalk": "cnrIp",
}

EPILOG = """\
exit status:
  0  success
  1  the agent answered with an error status, no response (timeout), a transport error,
     or a walk stopped by a non-increasing OID
  2  usage error or bad input (unknown option, bad OID or MIB name, bad type letter or
     value, bad agent address or port)
  130 interrupted (Ctrl-C)

agent addresses: HOST, HOST:PORT, udp:HOST:PORT, udp6:[::1]:PORT, [::1]:PORT
OIDs: SNMPv2-MIB::sysDescr.0, sysDescr.0, .1.3.6.1.2.1.1.1.0, 1.3.6.1.2.1.1.1.0
"""


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors raise :class:`UsageError` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message}\n{self.format_usage().rstrip()}")


OidFormat = Literal["numeric", "short", "module"]
_OID_FORMATS: dict[str, OidFormat] = {"n": "numeric", "s": "short", "S": "module"}


@dataclass(frozen=True, slots=True)
class OutputStyle:
    """``-O`` letters as net-snmp reads them.

    OID names (the last of ``n``/``s``/``S`` wins): ``n`` numeric, ``s`` the last symbol
    with its index (``sysDescr.0``), ``S`` module and symbol (the default). ``q`` quick print
    (no type label, no ``=``), ``Q`` the same keeping `` = ``, ``v`` the value only. Value
    letters go to :class:`~snmpscope.core.mib.render.RenderOptions`: ``x``/``a`` (the last wins)
    octet strings as hex or ASCII, ``T`` hex dumps with their text, ``t`` TimeTicks as
    numbers, ``e`` enumerations as numbers, ``U`` no UNITS. ``b`` (do not break indexes into
    strings) is accepted and changes nothing: indexes always print numerically here.
    """

    oid_format: OidFormat = "module"
    quick: bool = False
    quick_equals: bool = False
    value_only: bool = False
    render: RenderOptions = PLAIN

    @property
    def numeric(self) -> bool:
        """``-On``: numeric OIDs and no MIB lookups at all."""
        return self.oid_format == "numeric"


@dataclass(frozen=True, slots=True)
class AppOptions:
    """``-C`` letters."""

    allow_non_increasing: bool = False
    non_repeaters: int = 0
    max_repetitions: int = DEFAULT_MAX_REPETITIONS
    no_root_get: bool = False
    print_count: bool = False


def parse_version(text: str) -> SnmpVersion:
    """``1`` or ``2c`` (``2`` accepted); ``3`` is refused for now."""
    value = text.strip().lower()
    if value == "1":
        return SnmpVersion.V1
    if value in ("2c", "2"):
        return SnmpVersion.V2C
    if value == "3":
        raise UsageError(
            "SNMPv3 comes in a later release of snmpscope-cli; use -v 1 or -v 2c for now"
        )
    raise UsageError(f"bad SNMP version {text!r} for -v (use 1 or 2c)")


def parse_timeout(text: str) -> int:
    """``-t`` seconds (a float) -> centiseconds for the entity."""
    try:
        seconds = float(text)
    except ValueError:
        raise UsageError(f"bad timeout {text!r} for -t: not a number of seconds") from None
    if not 0 < seconds <= MAX_TIMEOUT_S:  # also false for NaN
        raise UsageError(f"bad timeout {text!r} for -t: must be above 0 and at most 3600 s")
    return max(1, round(seconds * 100))


def parse_retries(text: str) -> int:
    if not text.strip().isdigit():
        raise UsageError(f"bad retry count {text!r} for -r: not a whole number")
    retries = int(text)
    if retries > MAX_RETRIES:
        raise UsageError(f"bad retry count {retries} for -r: at most {MAX_RETRIES}")
    return retries


OUTPUT_LETTERS = "nsSqQvxaTteUb"


def parse_output_options(groups: Sequence[str]) -> OutputStyle:
    """Read every ``-O`` group (see :class:`OutputStyle`); an unknown letter is a usage
    error naming it and the letters that are known."""
    oid_format: OidFormat = "module"
    strings: Literal["guess", "hex", "ascii"] = "guess"
    flags: set[str] = set()
    for group in groups:
        for letter in group:
            if letter not in OUTPUT_LETTERS:
                raise UsageError(
                    f"-O{letter} is not supported (snmpscope-cli knows -O"
                    f"{' -O'.join(OUTPUT_LETTERS)})"
                )
            if letter in "nsS":
                oid_format = _OID_FORMATS[letter]
            elif letter in "xa":
                strings = "hex" if letter == "x" else "ascii"
            else:
                flags.add(letter)
    render = RenderOptions(
        strings=strings,
        hex_text="T" in flags,
        numeric_ticks="t" in flags,
        numeric_enums="e" in flags,
        units="U" not in flags,
    )
    return OutputStyle(
        oid_format=oid_format,
        quick="q" in flags or "Q" in flags,
        quick_equals="Q" in flags,
        value_only="v" in flags,
        render=render,
    )


def parse_app_options(command: str, groups: Sequence[str]) -> AppOptions:
    """Read every ``-C`` group the way net-snmp does: letters, ``n``/``r`` take a number."""
    allowed = APP_OPTIONS.get(command, "")
    values: dict[str, int | bool] = {}
    for group in groups:
        i = 0
        while i < len(group):
            letter = group[i]
            if letter not in allowed:
                known = ", ".join(f"-C{c}" for c in allowed) or "none"
                raise UsageError(f"{command} does not take -C{letter} (it takes: {known})")
            i += 1
            if letter in "nr":
                j = i
                while j < len(group) and group[j].isdigit():
                    j += 1
                if j == i:
                    raise UsageError(f"-C{letter} needs a number (e.g. -C{letter}10)")
                values[letter] = int(group[i:j])
                i = j
            else:
                values[letter] = True
    max_repetitions = int(values.get("r", DEFAULT_MAX_REPETITIONS))
    if "r" in values and max_repetitions < 1 and command == "bulkwalk":
        raise UsageError("-Cr must be at least 1 for a bulk walk")
    return AppOptions(
        allow_non_increasing=bool(values.get("c", False)),
        non_repeaters=int(values.get("n", 0)),
        max_repetitions=max_repetitions,
        no_root_get=bool(values.get("I", False)),
        print_count=bool(values.get("p", False)),
    )


def _snmp_options(parser: argparse.ArgumentParser, notify: bool = False) -> None:
    group = parser.add_argument_group("SNMP options (as net-snmp's)")
    group.add_argument(
        "-v", dest="version", default="2c", metavar="1|2c", help="SNMP version (default 2c)"
    )
    group.add_argument(
        "-c",
        dest="community",
        default="public",
        metavar="COMMUNITY",
        help="community string (default public)",
    )
    group.add_argument(
        "-t",
        dest="timeout",
        default=str(DEFAULT_TIMEOUT_S),
        metavar="SECONDS",
        help=f"request timeout in seconds (default {DEFAULT_TIMEOUT_S:g})",
    )
    group.add_argument(
        "-r",
        dest="retries",
        default=str(DEFAULT_RETRIES),
        metavar="RETRIES",
        help=f"retries after the first attempt (default {DEFAULT_RETRIES})",
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


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    parser = _Parser(
        prog=PROG,
        description="SNMP manager commands with net-snmp's options, on snmpscope's core.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    def command(name: str, help_text: str, app_letters: str = "") -> argparse.ArgumentParser:
        cmd = sub.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
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

    command("get", "GET the given objects").add_argument("oids", nargs="+", metavar="OID")
    command("getnext", "GETNEXT of the given objects").add_argument(
        "oids", nargs="+", metavar="OID"
    )
    command("bulkget", "GETBULK of the given objects", APP_OPTIONS["bulkget"]).add_argument(
        "oids", nargs="+", metavar="OID"
    )
    command("walk", "walk a subtree with GETNEXT", APP_OPTIONS["walk"]).add_argument(
        "oids", nargs="?", default=None, metavar="OID", help="root (default mib-2)"
    )
    command("bulkwalk", "walk a subtree with GETBULK", APP_OPTIONS["bulkwalk"]).add_argument(
        "oids", nargs="?", default=None, metavar="OID", help="root (default mib-2)"
    )
    command("set", "SET objects: OID TYPE VALUE triples").add_argument(
        "assignments",
        nargs="+",
        metavar="OID TYPE VALUE",
        help="TYPE: i u t a o s x d b n U I F D c C 3, or = for the MIB's type",
    )

    for name, text in (
        ("trap", "send an SNMPv2-Trap (with -v 1: an SNMPv1 Trap)"),
        ("inform", "send an InformRequest and wait for the acknowledgement"),
    ):
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
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        _snmp_options(cmd, notify=True)
        cmd.add_argument("agent", metavar="AGENT", help="receiver address (default port 162)")
        cmd.add_argument("params", nargs="+", metavar="TRAP-PARAMETERS")

    listen = sub.add_parser(
        "listen",
        help="print received traps and informs",
        description="Print traps and informs (informs are acknowledged) until Ctrl-C, "
        "--count or --timeout.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    listen.add_argument(
        "address",
        nargs="?",
        default=f"{DEFAULT_TRAP_LISTEN[0]}:{DEFAULT_TRAP_LISTEN[1]}",
        metavar="ADDRESS",
        help=f"where to listen (default udp:{DEFAULT_TRAP_LISTEN[0]}:{DEFAULT_TRAP_LISTEN[1]})",
    )
    listen.add_argument("-c", dest="community", default=None, help="only this community")
    listen.add_argument(
        "-O", dest="output", action="append", default=[], metavar="OUTOPTS", help="as for get"
    )
    listen.add_argument("--count", type=str, default=None, help="stop after N notifications")
    listen.add_argument("--timeout", type=str, default=None, help="stop after S seconds")
    listen.add_argument("--json", action="store_true", help="one JSON document per line")

    agent = sub.add_parser(
        "agent",
        help="run the embedded demo agent in the foreground",
        description="Run the embedded demo agent (realistic MIB-II data) until Ctrl-C.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    agent.add_argument("--host", default="127.0.0.1", help="address to bind (127.0.0.1)")
    agent.add_argument(
        "--port",
        default=None,
        help=f"UDP port (default {DEMO_AGENT_PORT}, or a free one when that is taken; "
        "0 picks a free one)",
    )
    agent.add_argument("--community", default="public", help="read-only community (public)")
    agent.add_argument("--rw-community", default="private", help="read-write community (private)")
    return parser


def _app_help(letters: str) -> str:
    texts = {
        "c": "c: do not check that OIDs increase",
        "n": "n<N>: non-repeaters (default 0)",
        "r": f"r<N>: max-repetitions (default {DEFAULT_MAX_REPETITIONS})",
        "I": "I: no GET of the root when the subtree is empty",
        "p": "p: print the number of variables found",
    }
    return "; ".join(texts[letter] for letter in letters)


def parse_count(text: str | None, option: str) -> int | None:
    if text is None:
        return None
    if not text.strip().isdigit() or int(text) < 1:
        raise UsageError(f"bad {option} {text!r}: a whole number of at least 1")
    return int(text)


def parse_seconds(text: str | None, option: str) -> float | None:
    if text is None:
        return None
    try:
        seconds = float(text)
    except ValueError:
        raise UsageError(f"bad {option} {text!r}: not a number of seconds") from None
    if not seconds > 0:
        raise UsageError(f"bad {option} {text!r}: must be above 0")
    return seconds


def parse_port(text: str, option: str) -> int:
    if not text.strip().isdigit():
        raise UsageError(f"bad {option} {text!r}: not a port number")
    port = int(text)
    if not 0 <= port <= 65535:
        raise UsageError(f"bad {option} {port}: outside 0..65535")
    return port
