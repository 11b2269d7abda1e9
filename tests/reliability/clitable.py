"""The bad-input table of ``snmpscope-cli``: every subcommand, every option, every positional.

Each :class:`Case` is one command line that is wrong in exactly one place, with the words the
message must contain: what names the option (``-t``, ``-Cr``, ``--count`` ...) and, for an
option's value, what the option accepts (a range, the letters ...). The commands run
in-process (tests/cli's ``clikit`` is not importable from this folder when it runs alone),
with their stop event already set, so a case that were wrongly accepted ends at once instead
of listening or serving for ever.
"""

from __future__ import annotations

import argparse
import io
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from snmpscope.core.cli.main import main
from snmpscope.core.cli.options import build_parser
from snmpscope.core.cli.session import Console


@dataclass
class Result:
    """What a command run gave: exit status, stdout, stderr."""

    code: int
    out: str
    err: str


def run(*argv: str, stopped: bool = False) -> Result:
    """``snmpscope-cli argv...`` in this process; ``stopped`` sets the stop event first."""
    out, err = io.StringIO(), io.StringIO()
    stop = threading.Event()
    if stopped:
        stop.set()
    code = main(list(argv), Console(out, err, stop))
    return Result(code, out.getvalue(), err.getvalue())


HUGE_TEXT = "a" * 70_000
HUGE_NUMBER = "9" * 70_000

AGENT = "AGENT"  # replaced by the address of a port that records what reaches it
LISTEN = "LISTEN"  # replaced by a free 127.0.0.1 port for listen

REQUEST_COMMANDS = ("get", "getnext", "bulkget", "walk", "bulkwalk", "set")
NOTIFY_COMMANDS = ("trap", "inform")

# What each command needs besides the option under test (all valid).
OPERANDS: dict[str, list[str]] = {
    "get": [AGENT, "sysDescr.0"],
    "getnext": [AGENT, "sysDescr.0"],
    "bulkget": [AGENT, "sysDescr.0"],
    "walk": [AGENT, ".1.3.6.1.2.1.1"],
    "bulkwalk": [AGENT, ".1.3.6.1.2.1.1"],
    "set": [AGENT, "sysContact.0", "s", "x"],
    "trap": [AGENT, "", "coldStart"],
    "inform": [AGENT, "", "coldStart"],
    "listen": [LISTEN],
    "agent": [],
    "mibs": [],
    "table": [AGENT, "SNMPv2-MIB::sysORTable"],
}
# Valid options a command gets unless the case is about them (short, and nothing waits).
DEFAULTS: dict[str, dict[str, str]] = {
    "listen": {"--count": "1", "--timeout": "0.05"},
    "agent": {"--host": "127.0.0.1", "--port": "0"},
}


@dataclass(frozen=True)
class Case:
    """One wrong command line: ``argv`` (with AGENT/LISTEN placeholders), the words that name
    what is wrong (``names``) and what is accepted (``accepted``: empty for argparse's own
    messages, whose usage line says it)."""

    command: str
    what: str  # the option or operand the case is about
    argv: list[str]
    names: str
    accepted: tuple[str, ...] = ()
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.command} {self.what} {self.label}"

    @property
    def parsed_by_argparse(self) -> bool:
        """argparse's own errors (missing value, unknown option) add the usage lines."""
        return not self.accepted


@dataclass(frozen=True)
class Values:
    """Wrong values of one option: (label, value), the words naming it and what it accepts."""

    values: list[tuple[str, str]]
    accepted: tuple[str, ...]
    names: str = ""  # default: the option itself
    per_value_names: dict[str, str] = field(default_factory=dict)


def _numbers(*extra: tuple[str, str]) -> list[tuple[str, str]]:
    return [
        ("empty", ""),
        ("negative", "-1"),
        ("text", "x"),
        ("superscript-two", "\u00b2"),
        ("fullwidth-digit", "\uff13"),
        ("huge", HUGE_NUMBER),
        ("eleven-digits", "99999999999"),
        *extra,
    ]


COMMUNITY = Values(
    [
        ("empty", ""),
        ("256-octets", "a" * 256),
        ("256-octets-of-utf8", "\u00e9" * 128),
        ("huge", HUGE_TEXT),
    ],
    ("255",),
)
OUTPUT = Values(
    [
        ("unknown", "Z"),
        ("unknown-after-known", "nZ"),
        ("not-ascii", "\u20ac"),
        ("huge", "Z" * 70_000),
    ],
    ("-On",),
    per_value_names={
        "unknown": "-OZ",
        "unknown-after-known": "-OZ",
        "not-ascii": "-O\u20ac",
        "huge": "-OZ",
    },
)

# SNMPv3 options given without -v3 (their values are checked with -v3 in tests/v3).
V3_WITHOUT_V3 = {
    "-l": "authPriv",
    "-u": "ops",
    "-a": "SHA",
    "-A": "authpass1",
    "-x": "AES",
    "-X": "privpass1",
    "-e": "8000000001",
    "-E": "8000000001",
    "-n": "ctx",
    "-Z": "1,2",
}

# listen's -u/-l/-a/-A/-x/-X declare the user whose traps it accepts (no -v3 there).
LISTEN_VALUES: dict[str, Values] = {
    **{
        option: Values([("without-u", V3_WITHOUT_V3[option])], ("-u USER",))
        for option in ("-l", "-a", "-A", "-x", "-X")
    },
    "-u": Values([("33-octets", "u" * 33)], ("32 octets",)),
}

OPTION_VALUES: dict[str, Values] = {
    **{
        option: Values([("without-v3", value)], ("-v3",)) for option, value in V3_WITHOUT_V3.items()
    },
    "-v": Values(
        [
            ("empty", ""),
            ("four", "4"),
            ("2d", "2d"),
            ("negative", "-1"),
            ("eleven-digits", "99999999999"),
            ("huge", HUGE_TEXT),
            ("v2c", "v2c"),
        ],
        ("1, 2c or 3",),
    ),
    "-c": COMMUNITY,
    "-t": Values(
        [
            ("empty", ""),
            ("zero", "0"),
            ("negative", "-1"),
            ("below-a-centisecond", "0.004"),
            ("a-nanosecond", "1e-9"),
            ("over-an-hour", "3600.5"),
            ("nan", "nan"),
            ("inf", "inf"),
            ("overflowing", "1e999"),
            ("text", "fast"),
            ("comma", "1,5"),
            ("superscript-two", "\u00b2"),
            ("huge", HUGE_NUMBER),
        ],
        ("0.01..3600",),
    ),
    "-r": Values(_numbers(("101", "101"), ("fraction", "1.5")), ("0..100",)),
    "-m": Values(
        [
            ("space", "IF MIB"),
            ("not-ascii", "\u20ac-MIB"),
            ("digit-first", "1-MIB"),
            ("no-such-file", "/no/such/file.mib"),
            ("huge", HUGE_TEXT),
        ],
        ("MOD[:MOD...]",),
    ),
    "-M": Values([("a-file", __file__), ("huge", HUGE_TEXT)], ("DIR[:DIR...]",)),
    "-O": OUTPUT,
    "--count": Values(
        _numbers(("zero", "0"), ("fraction", "1.5"), ("2^31", "2147483648")), ("1..2147483647",)
    ),
    "--timeout": Values(
        [
            ("empty", ""),
            ("zero", "0"),
            ("negative", "-1"),
            ("nan", "nan"),
            ("inf", "inf"),
            ("overflowing", "1e999"),
            ("over-a-year", "31536001"),
            ("text", "x"),
            ("huge", HUGE_NUMBER),
        ],
        ("31536000",),
    ),
    "--port": Values(_numbers(("65536", "65536"), ("fraction", "1.5")), ("0..65535",)),
    "--host": Values(
        [
            ("empty", ""),
            ("with-port", "127.0.0.1:5"),
            ("ipv6-with-port", "[::1]:7"),
            ("tcp", "tcp:127.0.0.1"),
            ("unclosed-bracket", "[::1"),
            ("huge", HUGE_TEXT),
        ],
        ("without a port",),
    ),
    "--community": COMMUNITY,
    "--rw-community": COMMUNITY,
}

# -C: per command, (label, group, the words naming it, what is accepted).
APP_CASES: dict[str, list[tuple[str, str, str, tuple[str, ...]]]] = {
    "table": [
        ("unknown-letter", "Z", "-CZ", ("-Cb, -CB",)),
        ("walk-letter", "p", "-Cp", ("-Cb, -CB",)),
        ("r-zero", "r 0", "-Cr", ("1..2147483647",)),
        ("r-text", "r x", "-Cr", ("1..2147483647",)),
        ("r-huge", "r " + HUGE_NUMBER, "-Cr", ("1..2147483647",)),
        ("c-two", "c 2", "-Cc", ("3..2147483647",)),
        ("w-negative", "w -5", "-Cw", ("1..2147483647",)),
    ],
    "bulkget": [
        ("unknown-letter", "Z", "-CZ", ("-Cn, -Cr",)),
        ("walk-letter", "c", "-Cc", ("-Cn, -Cr",)),
        ("r-without-number", "r", "-Cr", ("0..2147483647",)),
        ("r-negative", "r-1", "-Cr", ("0..2147483647",)),
        ("r-text", "rx", "-Cr", ("0..2147483647",)),
        ("r-eleven-digits", "r99999999999", "-Cr", ("0..2147483647",)),
        ("r-huge", "r" + HUGE_NUMBER, "-Cr", ("0..2147483647",)),
        ("n-negative", "n-1", "-Cn", ("0..2147483647",)),
        ("n-eleven-digits", "n99999999999", "-Cn", ("0..2147483647",)),
        ("n-more-than-oids", "n2", "-Cn", ("0..1",)),
    ],
    "walk": [
        ("unknown-letter", "Z", "-CZ", ("-Cc, -CI, -Cp",)),
        ("bulk-letter", "r5", "-Cr", ("-Cc, -CI, -Cp",)),
        ("n-letter", "n5", "-Cn", ("-Cc, -CI, -Cp",)),
    ],
    "bulkwalk": [
        ("unknown-letter", "Z", "-CZ", ("-Cc, -Cn, -Cr, -CI, -Cp",)),
        ("r-without-number", "r", "-Cr", ("1..2147483647",)),
        ("r-zero", "r0", "-Cr", ("1..2147483647",)),
        ("r-negative", "r-5", "-Cr", ("1..2147483647",)),
        ("r-eleven-digits", "r99999999999", "-Cr", ("1..2147483647",)),
        ("r-huge", "r" + HUGE_NUMBER, "-Cr", ("1..2147483647",)),
        ("n-negative", "n-1", "-Cn", ("0..2147483647",)),
        ("n-eleven-digits", "n99999999999", "-Cn", ("0..2147483647",)),
        ("n-text", "nx", "-Cn", ("0..2147483647",)),
    ],
}

# Wrong operands: per command, (what, label, the operands, words naming what is wrong).
BAD_AGENTS = [
    ("empty", ""),
    ("tcp", "tcp:127.0.0.1:161"),
    ("port-zero", "127.0.0.1:0"),
    ("port-70000", "127.0.0.1:70000"),
    ("port-huge", "127.0.0.1:" + HUGE_NUMBER),
    ("huge", HUGE_TEXT),
    ("unclosed-bracket", "[::1"),
    ("family-mismatch", "udp6:127.0.0.1"),
    ("port-text", "127.0.0.1:x"),
]
BAD_OIDS = [
    ("empty", ""),
    ("one-arc", "1"),
    ("first-arc-3", "3.1.2"),
    ("second-arc-40", "0.40.1"),
    ("huge-name", HUGE_TEXT),
    ("huge-number", HUGE_NUMBER),
    ("not-a-number", "1.3.x"),
    ("unknown-module", "FOO-MIB::bar.0"),
    ("arc-over-2^32-1", ".1.3.6.1.4294967296"),
]


def _operand_cases() -> Iterator[Case]:
    for command in (*REQUEST_COMMANDS, *NOTIFY_COMMANDS):
        for label, agent in BAD_AGENTS:
            operands = [agent if word == AGENT else word for word in OPERANDS[command]]
            yield Case(command, "AGENT", operands, "agent address", ("",), label)
    for command in ("get", "getnext", "bulkget"):
        for label, oid in BAD_OIDS:
            yield Case(command, "OID", [AGENT, oid], "Unknown Object Identifier", ("",), label)
    for command in ("walk", "bulkwalk"):
        for label, oid in [*BAD_OIDS[2:], ("one-arc-3", "3")]:
            yield Case(command, "OID", [AGENT, oid], "Unknown Object Identifier", ("",), label)
    for label, triple, names in [
        ("unknown-type", ["sysContact.0", "q", "x"], "unknown type letter 'q'"),
        ("two-letter-type", ["sysContact.0", "ii", "x"], "unknown type letter 'ii'"),
        ("huge-type", ["sysContact.0", HUGE_TEXT, "x"], "unknown type letter"),
        ("empty-type", ["sysContact.0", "", "x"], "unknown type letter ''"),
        ("integer-text", [".1.3.6.1.4.1.9.1.0", "i", "x"], "bad value 'x' for type 'i'"),
        ("integer-huge", [".1.3.6.1.4.1.9.1.0", "i", HUGE_NUMBER], "for type 'i'"),
        ("integer-2^31", [".1.3.6.1.4.1.9.1.0", "i", "2147483648"], "for type 'i'"),
        ("unsigned-huge", [".1.3.6.1.4.1.9.1.0", "u", HUGE_NUMBER], "for type 'u'"),
        ("counter64-huge", [".1.3.6.1.4.1.9.1.0", "C", HUGE_NUMBER], "for type 'C'"),
        ("decimal-superscript", [".1.3.6.1.4.1.9.1.0", "d", "\u00b2"], "for type 'd'"),
        ("bits-too-far", [".1.3.6.1.4.1.9.1.0", "b", "0x" + "f" * 30], "for type 'b'"),
        ("opaque-huge", [".1.3.6.1.4.1.9.1.0", "U", HUGE_NUMBER], "for type 'U'"),
        ("oid-first-arc-3", [".1.3.6.1.4.1.9.1.0", "o", "3.1"], "for type 'o'"),
        ("left-over", ["sysContact.0", "s"], "OID TYPE VALUE triples"),
    ]:
        yield Case("set", "OID TYPE VALUE", [AGENT, *triple], names, ("",), label)
    for command in NOTIFY_COMMANDS:
        for label, uptime in [
            ("text", "x"),
            ("negative", "-1"),
            ("2^32", "4294967296"),
            ("huge", HUGE_NUMBER),
            ("huge-text", HUGE_TEXT),
        ]:
            yield Case(
                command, "UPTIME", [AGENT, uptime, "coldStart"], "UPTIME", ("4294967295",), label
            )
        yield Case(
            command,
            "TRAP-OID",
            [AGENT, "", "3.1"],
            "Unknown Object Identifier",
            ("",),
            "first-arc-3",
        )
        yield Case(
            command, "TRAP-OID", [AGENT, "", HUGE_TEXT], "Unknown Object Identifier", ("",), "huge"
        )
    v1 = ["-v", "1", AGENT, ".1.3.6.1.4.1.8072"]
    for label, params, names, accepted in [
        ("generic-7", ["", "7", "0", ""], "GENERIC", "0..6"),
        ("generic-negative", ["", "-1", "0", ""], "GENERIC", "0..6"),
        ("generic-huge", ["", HUGE_NUMBER, "0", ""], "GENERIC", "0..6"),
        ("specific-negative", ["", "6", "-1", ""], "SPECIFIC", "0..2147483647"),
        ("specific-2^31", ["", "6", "2147483648", ""], "SPECIFIC", "0..2147483647"),
        ("specific-huge", ["", "6", HUGE_NUMBER, ""], "SPECIFIC", "0..2147483647"),
        ("agent-addr-short", ["1.2.3", "6", "1", ""], "AGENT-ADDR", "IPv4"),
        ("agent-addr-huge", [HUGE_TEXT, "6", "1", ""], "AGENT-ADDR", "IPv4"),
        ("uptime-huge", ["", "6", "1", HUGE_NUMBER], "UPTIME", "4294967295"),
    ]:
        yield Case("trap", "v1 TRAP-PARAMETERS", [*v1, *params], names, (accepted,), label)
    for label, address in BAD_AGENTS:
        yield Case("listen", "ADDRESS", [address], "agent address", ("",), label)


def _option_cases() -> Iterator[Case]:
    for command, options in command_options().items():
        for option, takes_value in options.items():
            if not takes_value:  # a flag: an explicit value is wrong
                argv = [f"{option}=1", *OPERANDS[command]]
                yield Case(command, option, argv, option, (), "with-a-value")
                continue
            # the option last, without its value
            yield Case(command, option, [*OPERANDS[command], option], option, (), "no-value")
            if option == "-C":
                for label, group, names, accepted in APP_CASES[command]:
                    letters, *words = group.split(" ")  # table's letters take a word
                    argv = [f"-C{letters}", *words, *OPERANDS[command]]
                    yield Case(command, option, argv, names, accepted, label)
                continue
            spec = (LISTEN_VALUES.get(option) if command == "listen" else None) or (
                OPTION_VALUES[option]
            )
            for label, value in spec.values:
                names = spec.per_value_names.get(label, spec.names or option)
                yield Case(
                    command,
                    option,
                    [option, value, *OPERANDS[command]],
                    names,
                    spec.accepted,
                    label,
                )
        # an option no command has, and -C where the command has none
        yield Case(command, "unknown", ["-W", *OPERANDS[command]], "-W", (), "-W")
        yield Case(command, "unknown", ["--bogus", *OPERANDS[command]], "--bogus", (), "--bogus")
        if "-C" not in options:
            yield Case(command, "unknown", ["-Cc", *OPERANDS[command]], "-Cc", (), "-C")


def cases() -> list[Case]:
    """Every case of the table, with each command's valid defaults filled in."""
    out = []
    for case in [*_option_cases(), *_operand_cases()]:
        argv = list(case.argv)
        for option, value in DEFAULTS.get(case.command, {}).items():
            if option != case.what and not any(a.startswith(option) for a in argv):
                argv = [option, value, *argv]
        out.append(
            Case(
                case.command,
                case.what,
                [case.command, *argv],
                case.names,
                case.accepted,
                case.label,
            )
        )
    return out


def command_options() -> dict[str, dict[str, bool]]:
    """Each subcommand's options (from the parser itself) -> whether it takes a value."""
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {
        name: {
            option: action.nargs != 0
            for action in command._actions
            for option in action.option_strings[:1]
            if option not in ("-h", "--help")
        }
        for name, command in sub.choices.items()
    }
