"""What each option of the command line accepts, and the functions that read the values.

``-v 1|2c|3``, ``-c COMMUNITY``, ``-t SECONDS``, ``-r RETRIES``, ``-O`` output options (``n``
numeric, ``q`` quick, ``v`` value only) and ``-C`` application options (``c`` allow
non-increasing OIDs, ``n<N>`` non-repeaters, ``r<N>`` max-repetitions, ``I`` no GET of the
root, ``p`` print the count) are read as net-snmp's getopt does: ``-v2c``, ``-v 2c``,
``-Cr25``, ``-C r25``, ``-Cc -Cr25`` and ``-Ccr25`` all work.

Every option value is checked before anything is sent (:func:`check_options`, which
:func:`~snmpscope.core.cli.main.main` runs on every command line): a bad one is a
:class:`UsageError` (exit 2) in one line naming the option and what it accepts, and a long
value is named by its start and length, not repeated. What each option accepts:

=====================  ===================================================================
``-v``                 ``1``, ``2c`` (``2`` too), ``3``
``-l -u -a -A -x -X``  SNMPv3 (USM) as net-snmp spells them: level, user, auth protocol
``-e -E -n -Z``        and passphrase (8+ characters), privacy protocol and passphrase,
                       engine ID, context engine ID (hex), context name, boots,time
                       (see :func:`parse_v3`)
``-c`` (and listen's,  1..255 octets (UTF-8; bytes that are not UTF-8 are sent as given).
``--community``,       net-snmp agents never answer a longer community (their parser's
``--rw-community``)    COMMUNITY_MAX_LEN is 256 with the terminator), and a 70,000-octet
                       one cannot be sent at all; empty is refused, as WinSNMP's
                       SnmpStrToContext refuses it
``-t``                 seconds, 0.01..3600 (the timer counts centiseconds, as WinSNMP's
                       entities do; net-snmp's ``-t`` likewise refuses what rounds to 0)
``-r``                 a whole number, 0..100 (the model's most retries)
``-O``                 letters of ``nsSqQvxaTteUb``; empty changes nothing (as net-snmp)
``-C``                 the letters of the command; empty changes nothing (as net-snmp);
                       ``-Cn`` non-repeaters 0..2147483647 and at most the number of OIDs
                       (snmpbulkget's "need more objects than <nonrep>"); ``-Cr``
                       max-repetitions 0..2147483647, at least 1 for bulkwalk (RFC 3416's
                       INTEGER (0..max-bindings); net-snmp: "Bad value for max-repetitions")
``--count``            a whole number, 1..2147483647
``--timeout``          seconds above 0, at most 31536000 (a year: longer waits are a typo)
``--port``             0..65535 (0: a free port)
``--host``             an address without a port (the port is ``--port``'s)
=====================  ===================================================================
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, NamedTuple

from snmpscope.core.cli.errors import UsageError, shown
from snmpscope.core.constants import SnmpVersion
from snmpscope.core.mib.render import PLAIN, RenderOptions
from snmpscope.core.model.states import V3Security

if TYPE_CHECKING:
    import ipaddress

DEFAULT_TIMEOUT_S = 1.0  # net-snmp's defaults
DEFAULT_RETRIES = 5
DEFAULT_MAX_REPETITIONS = 10
MIN_TIMEOUT_S = 0.01  # one centisecond, the resolution of an entity's timeout
MAX_TIMEOUT_S = 3600.0  # the model's MAX_TIMEOUT_CS
MAX_RETRIES = 100  # the model's MAX_RETRY
MAX_COMMUNITY_OCTETS = 255  # net-snmp's COMMUNITY_MAX_LEN (256) less its terminator
MAX_BULK_FIELD = 2**31 - 1  # RFC 3416: non-repeaters, max-repetitions INTEGER (0..2147483647)
MAX_COUNT = 2**31 - 1
MAX_LISTEN_S = 365 * 86400.0

REQUEST_COMMANDS = ("get", "getnext", "bulkget", "walk", "bulkwalk", "set")
NOTIFY_COMMANDS = ("trap", "inform")

# Which -C letters each command understands.
APP_OPTIONS = {
    "bulkget": "nr",
    "walk": "cIp",
    "bulkwalk": "cnrIp",
}


OidFormat = Literal["numeric", "short", "module"]
_OID_FORMATS: dict[str, OidFormat] = {"n": "numeric", "s": "short", "S": "module"}


class OutputStyle(NamedTuple):
    """``-O`` letters as net-snmp reads them.

    OID names (the last of ``n``/``s``/``S`` wins): ``n`` numeric, ``s`` the last symbol
    with its index (``sysDescr.0``), ``S`` module and symbol (the default). ``q`` quick print
    (no type label, no ``=``), ``Q`` the same keeping `` = ``, ``v`` the value only. Value
    letters go to :class:`~snmpscope.core.mib.render.RenderOptions`: ``x``/``a`` (the last wins)
    octet strings as hex or ASCII, ``T`` hex dumps with their text, ``t`` TimeTicks as
    numbers, ``e`` enumerations as numbers, ``U`` no UNITS. ``b``: do not break indexes down
    (``ifDescr.3``, but ``vacmGroupName.2.6.112.117.98.108.105.99`` instead of ``."public"``).

    A NamedTuple, not a frozen dataclass, as the command line's other records: every
    ``snmpscope-cli`` process defines them, and a dataclass costs its import ~0.5-1 ms of
    generated code (one ``exec`` per method) where a NamedTuple costs ~0.1 ms.
    """

    oid_format: OidFormat = "module"
    quick: bool = False
    quick_equals: bool = False
    value_only: bool = False
    render: RenderOptions = PLAIN
    numeric_index: bool = False

    @property
    def numeric(self) -> bool:
        """``-On``: numeric OIDs and no MIB lookups at all."""
        return self.oid_format == "numeric"


class AppOptions(NamedTuple):
    """``-C`` letters (a NamedTuple: see :class:`OutputStyle`)."""

    allow_non_increasing: bool = False
    non_repeaters: int = 0
    max_repetitions: int = DEFAULT_MAX_REPETITIONS
    no_root_get: bool = False
    print_count: bool = False


def whole_number(text: str, low: int, high: int) -> int | None:
    """``text`` as a whole number in ``low..high`` (ASCII digits, an optional sign, spaces
    around), or None. Never raises: not even for 70,000 digits, which ``int()`` refuses."""
    body = text.strip()
    digits = body[1:] if body[:1] in "+-" else body
    if not digits or not (digits.isascii() and digits.isdigit()):
        return None
    if len(digits.lstrip("0")) > len(str(max(abs(low), abs(high)))):
        return None
    value = int(body)
    return value if low <= value <= high else None


def parse_version(text: str) -> SnmpVersion:
    """``-v``: ``1``, ``2c`` (``2`` accepted, any case) or ``3``."""
    value = text.strip().lower()
    if value == "1":
        return SnmpVersion.V1
    if value in ("2c", "2"):
        return SnmpVersion.V2C
    if value == "3":
        return SnmpVersion.V3
    raise UsageError(f"bad SNMP version {shown(text)} for -v (use 1, 2c or 3)")


V3_OPTIONS = {
    "sec_level": "-l",
    "sec_user": "-u",
    "auth_proto": "-a",
    "auth_pass": "-A",
    "priv_proto": "-x",
    "priv_pass": "-X",
    "engine_id": "-e",
    "context_engine_id": "-E",
    "context_name": "-n",
    "boots_time": "-Z",
}
_FIELD_OPTIONS = {
    "level": "-l",
    "user": "-u",
    "auth_protocol": "-a",
    "auth_key": "-A",
    "priv_protocol": "-x",
    "priv_key": "-X",
}


def parse_engine_id(text: str, option: str) -> bytes:
    """An engine ID as net-snmp's ``-e``/``-E`` take it: hex digits (``0x`` optional),
    5..32 octets (RFC 3411 SnmpEngineID)."""
    digits = text.strip()
    if digits[:2].lower() == "0x":
        digits = digits[2:]
    try:
        value = bytes.fromhex(digits)
    except ValueError:
        raise UsageError(f"bad engine ID {shown(text)} for {option}: not hex digits") from None
    if not 5 <= len(value) <= 32:
        raise UsageError(
            f"bad engine ID {shown(text)} for {option}: {len(value)} octets, an engine ID has 5..32"
        )
    return value


def parse_boots_time(text: str) -> tuple[int, int]:
    """``-Z BOOTS,TIME``: the destination engine's boots and time, 0..2147483647 each."""
    boots_text, comma, time_text = text.partition(",")
    boots = whole_number(boots_text, 0, 2**31 - 1)
    engine_time = whole_number(time_text, 0, 2**31 - 1)
    if not comma or boots is None or engine_time is None:
        raise UsageError(f"bad -Z {shown(text)}: BOOTS,TIME, two whole numbers 0..2147483647")
    return boots, engine_time


def parse_v3_user(args: argparse.Namespace) -> V3Security | None:
    """``listen -u USER [-l -a -A -x -X]``: the user whose SNMPv3 traps and informs are
    accepted (None: no -u). The level defaults to what the keys given allow."""
    if getattr(args, "sec_user", None) is None:
        for name in ("sec_level", "auth_proto", "auth_pass", "priv_proto", "priv_pass"):
            if getattr(args, name, None) is not None:
                raise UsageError(f"{V3_OPTIONS[name]} needs -u USER: the user it belongs to")
        return None
    level = args.sec_level
    if level is None:
        level = "authPriv" if args.priv_pass else "authNoPriv" if args.auth_pass else "noAuthNoPriv"
    shadow = argparse.Namespace(**vars(args))
    shadow.version = "3"
    shadow.sec_level = level
    for name in ("engine_id", "context_engine_id", "context_name", "boots_time"):
        setattr(shadow, name, None)
    return parse_v3(shadow)


def parse_context_engine_id(args: argparse.Namespace) -> bytes:
    """``-E``'s context engine ID (empty: the security engine's, as net-snmp)."""
    text = getattr(args, "context_engine_id", None)
    return parse_engine_id(text, "-E") if text else b""


def parse_v3(args: argparse.Namespace) -> V3Security | None:
    """The USM options as a checked :class:`V3Security` (None for v1/v2c, where giving one
    of them is a usage error naming it). Bad combinations name the option: ``-X`` without
    ``-x``, authPriv without ``-X``, an unknown protocol, a passphrase under 8 characters."""
    version = parse_version(args.version)
    given = {
        name: getattr(args, name) for name in V3_OPTIONS if getattr(args, name, None) is not None
    }
    if version != SnmpVersion.V3:
        if given:
            option = V3_OPTIONS[next(iter(given))]
            raise UsageError(f"{option} is an SNMPv3 option: give -v3 with it")
        return None
    from snmpscope.core.model.usm import (
        UsmParameterError,
        auth_protocol,
        check_security,
        priv_protocol,
        security_level,
    )

    try:
        level = security_level(given.get("sec_level", "noAuthNoPriv"))
        if "auth_proto" in given:
            auth_protocol(given["auth_proto"])
        if "priv_proto" in given:
            priv_protocol(given["priv_proto"])
    except UsmParameterError as exc:
        raise UsageError(f"{_FIELD_OPTIONS[exc.field]}: {exc}") from None
    if "priv_pass" in given and "priv_proto" not in given:
        raise UsageError("-X needs -x: name the privacy protocol (DES|3DES|AES|AES-192|...)")
    if "auth_pass" in given and "auth_proto" not in given and level != "noAuthNoPriv":
        raise UsageError("-A needs -a: name the authentication protocol (MD5|SHA|SHA-256|...)")
    if level == "authPriv" and "priv_proto" not in given:
        raise UsageError("-l authPriv needs -x PROTOCOL and -X PASSPHRASE")
    if level != "noAuthNoPriv" and "auth_proto" not in given:
        raise UsageError(f"-l {level} needs -a PROTOCOL and -A PASSPHRASE")
    if "sec_user" not in given:
        raise UsageError("-v3 needs -u USER (the security name)")
    engine_id = parse_engine_id(given["engine_id"], "-e") if "engine_id" in given else b""
    if "context_engine_id" in given:
        parse_engine_id(given["context_engine_id"], "-E")
    boots_time = parse_boots_time(given["boots_time"]) if "boots_time" in given else None
    if boots_time is not None and not engine_id:
        raise UsageError("-Z needs -e: boots and time belong to a known engine ID")
    try:
        security = check_security(
            V3Security(
                user=given["sec_user"],
                security_level=level,
                auth_protocol=given.get("auth_proto", ""),
                auth_key=given.get("auth_pass", ""),
                priv_protocol=given.get("priv_proto", ""),
                priv_key=given.get("priv_pass", ""),
                engine_id=engine_id,
            )
        )
    except UsmParameterError as exc:
        raise UsageError(f"{_FIELD_OPTIONS[exc.field]}: {exc}") from None
    security.boots_time = boots_time
    return security


def parse_community(text: str, option: str = "-c") -> bytes:
    """A community as the octets to send: 1..255 of them (see the module docstring).

    Text that was not UTF-8 on the command line (surrogate escapes) becomes its own bytes."""
    try:
        octets = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raise UsageError(f"bad community string for {option}: not text") from None
    if not octets:
        raise UsageError(f"empty community string for {option} (1..{MAX_COMMUNITY_OCTETS} octets)")
    if len(octets) > MAX_COMMUNITY_OCTETS:
        raise UsageError(
            f"bad community string for {option}: {len(octets)} octets, at most "
            f"{MAX_COMMUNITY_OCTETS} (net-snmp agents drop longer ones)"
        )
    return octets


def parse_timeout(text: str) -> int:
    """``-t`` seconds (a decimal number, 0.01..3600) -> centiseconds for the entity."""
    accepted = f"a number of seconds in {MIN_TIMEOUT_S:g}..{MAX_TIMEOUT_S:g}"
    try:
        seconds = float(text)
    except ValueError:
        raise UsageError(f"bad timeout {shown(text)} for -t: not {accepted}") from None
    # round() first: 0.004 s would be 0 centiseconds; NaN and inf fail the comparison
    if not MIN_TIMEOUT_S <= seconds <= MAX_TIMEOUT_S or round(seconds * 100) < 1:
        raise UsageError(f"bad timeout {shown(text)} for -t: must be {accepted}")
    return round(seconds * 100)


def parse_retries(text: str) -> int:
    """``-r``: a whole number of retries after the first attempt, 0..100."""
    retries = whole_number(text, 0, MAX_RETRIES)
    if retries is None:
        raise UsageError(
            f"bad retry count {shown(text)} for -r: a whole number in 0..{MAX_RETRIES}"
        )
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
        numeric_index="b" in flags,
    )


_BULK_FIELDS = {"n": "non-repeaters", "r": "max-repetitions"}


def parse_app_options(command: str, groups: Sequence[str]) -> AppOptions:
    """Read every ``-C`` group the way net-snmp does: letters, ``n``/``r`` take a number
    (``-Cr25``, ``-Cnr`` is ``-Cn`` without its number). Ranges: see the module docstring."""
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
                j = i + 1 if group[i : i + 1] in ("-", "+") else i
                while j < len(group) and group[j].isascii() and group[j].isdigit():
                    j += 1
                field = _BULK_FIELDS[letter]
                low = 1 if letter == "r" and command == "bulkwalk" else 0
                if j == i or (j == i + 1 and not group[i].isdigit()):
                    raise UsageError(
                        f"-C{letter} needs a number (e.g. -C{letter}10): {field}, "
                        f"{low}..{MAX_BULK_FIELD}"
                    )
                number = whole_number(group[i:j], low, MAX_BULK_FIELD)
                if number is None:
                    if letter == "r" and command == "bulkwalk" and group[i:j].strip("0+") == "":
                        raise UsageError(
                            f"-Cr must be at least 1 for a bulk walk (max-repetitions, "
                            f"1..{MAX_BULK_FIELD})"
                        )
                    raise UsageError(
                        f"bad value {shown(group[i:j])} for -C{letter} ({field}): a whole "
                        f"number in {low}..{MAX_BULK_FIELD}"
                    )
                values[letter] = number
                i = j
            else:
                values[letter] = True
    max_repetitions = int(values.get("r", DEFAULT_MAX_REPETITIONS))
    return AppOptions(
        allow_non_increasing=bool(values.get("c", False)),
        non_repeaters=int(values.get("n", 0)),
        max_repetitions=max_repetitions,
        no_root_get=bool(values.get("I", False)),
        print_count=bool(values.get("p", False)),
    )


def parse_count(text: str | None, option: str) -> int | None:
    """``listen --count``: a whole number, 1..2147483647 (None: not given)."""
    if text is None:
        return None
    count = whole_number(text, 1, MAX_COUNT)
    if count is None:
        raise UsageError(f"bad {option} {shown(text)}: a whole number in 1..{MAX_COUNT}")
    return count


def parse_seconds(text: str | None, option: str) -> float | None:
    """``listen --timeout``: seconds above 0, at most a year (None: not given)."""
    if text is None:
        return None
    accepted = f"a number of seconds above 0, at most {MAX_LISTEN_S:.0f}"
    try:
        seconds = float(text)
    except ValueError:
        raise UsageError(f"bad {option} {shown(text)}: not {accepted}") from None
    if not 0 < seconds <= MAX_LISTEN_S:  # also false for NaN
        raise UsageError(f"bad {option} {shown(text)}: must be {accepted}")
    return seconds


def parse_port(text: str, option: str) -> int:
    """``agent --port``: 0..65535 (0: a free port)."""
    port = whole_number(text, 0, 65535)
    if port is None:
        if whole_number(text, -(2**63), 2**63) is not None:  # a number, out of range
            raise UsageError(f"bad {option} {text.strip()}: outside 0..65535")
        raise UsageError(f"bad {option} {shown(text)}: not a port number (0..65535)")
    return port


def check_options(args: argparse.Namespace) -> None:
    """Check every option value the command line gave (a :class:`UsageError` for the first
    bad one, naming it), before the command starts. The commands read them again with the
    same functions; this makes sure no option reaches a command unchecked, whichever
    command it is (listen's ``-c`` included)."""
    command = getattr(args, "command", "")
    if hasattr(args, "version"):
        parse_version(args.version)
    if command != "agent" and getattr(args, "community", None) is not None:
        parse_community(args.community)
    if command in REQUEST_COMMANDS or command in NOTIFY_COMMANDS:
        parse_v3(args)
        parse_timeout(args.timeout)
        parse_retries(args.retries)
    if command in NOTIFY_COMMANDS:
        v1 = parse_version(args.version) == SnmpVersion.V1
        if not (v1 and command == "inform"):  # inform says "inform needs SNMPv2c" itself
            _check_trap_numbers(args.params, v1)
    if hasattr(args, "output"):
        parse_output_options(args.output)
    if hasattr(args, "app"):
        parse_app_options(command, args.app)
    if command == "listen":
        parse_v3_user(args)
        parse_count(args.count, "--count")
        parse_seconds(args.timeout, "--timeout")
    from snmpscope.core.cli.mib_options import check_mib_options

    check_mib_options(args)
    if command == "table":
        from snmpscope.core.cli.table import check_table_options

        check_table_options(args)
    if command == "agent":
        if args.port is not None:
            parse_port(args.port, "--port")
        parse_community(args.community, "--community")
        parse_community(args.rw_community, "--rw-community")


def _check_trap_numbers(params: Sequence[str], v1: bool) -> None:
    """The numbers among TRAP-PARAMETERS (UPTIME; for v1 also AGENT-ADDR, GENERIC and
    SPECIFIC), read by the same functions the trap command uses, so that no number of any
    length reaches ``int()`` unchecked (a missing parameter is the command's to report)."""
    uptime_at = 4 if v1 else 0
    parse_uptime(params[uptime_at] if len(params) > uptime_at else "")
    if v1 and len(params) > 1:
        parse_agent_address(params[1])
    if v1 and len(params) > 2:
        parse_generic_trap(params[2])
    if v1 and len(params) > 3:
        parse_specific_trap(params[3])


def parse_uptime(text: str) -> int | None:
    """TRAP-PARAMETERS' UPTIME: TimeTicks 0..2^32-1, or '' (None) for this host's uptime."""
    if text == "":
        return None
    value = whole_number(text, 0, 0xFFFFFFFF)
    if value is None:
        raise UsageError(
            f"bad UPTIME {shown(text)}: TimeTicks 0..4294967295, or '' for this host's"
        )
    return value


def parse_agent_address(text: str) -> ipaddress.IPv4Address | None:
    """An SNMPv1 trap's AGENT-ADDR: an IPv4 address, or '' (None) for this host's."""
    if text == "":
        return None
    import ipaddress  # only trap commands need it (a request's start-up would pay ~2 ms)

    try:
        return ipaddress.IPv4Address(text)
    except ValueError:
        raise UsageError(f"bad AGENT-ADDR {shown(text)}: an IPv4 address or ''") from None


def parse_generic_trap(text: str) -> int:
    """An SNMPv1 trap's GENERIC number: 0..6 (6 = enterprise-specific)."""
    value = whole_number(text, 0, 6)
    if value is None:
        raise UsageError(f"bad GENERIC trap {shown(text)}: 0..6 (6 = enterprise-specific)")
    return value


def parse_specific_trap(text: str) -> int:
    """An SNMPv1 trap's SPECIFIC number: 0..2^31-1."""
    value = whole_number(text, 0, 0x7FFFFFFF)
    if value is None:
        raise UsageError(f"bad SPECIFIC trap {shown(text)}: 0..2147483647")
    return value
