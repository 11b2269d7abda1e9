"""The notification subcommands: ``trap``, ``inform`` (senders, net-snmp's argument order) and
``listen`` (a receiver that prints what arrives).

``trap``/``inform`` take net-snmp's TRAP-PARAMETERS: ``UPTIME TRAP-OID [OID TYPE VALUE]...``
and, for ``trap -v 1``, ``ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME [OID TYPE VALUE]...``.
An SNMPv1 trap is built in its SNMPv2 form (RFC 3584 §3.1: snmpTrapOID.0 from generic/
specific/enterprise, snmpTrapEnterprise.0 last) and the transport sends it as a v1 Trap-PDU.

``listen`` prints each notification as a header line (one line; wrapped here), then one
varbind per line::

    2026-11-24 17:30:05 UDP: [127.0.0.1]:45012->[127.0.0.1]:10162 TRAP SNMPv2c
    community "public" request-id 7
        SNMPv2-MIB::sysUpTime.0 = Timeticks: (1234) 0:00:12.34
        SNMPv2-MIB::snmpTrapOID.0 = OID: SNMPv2-MIB::coldStart

With ``--json`` each notification is one JSON document on its own line (JSON Lines).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import ipaddress
import signal
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from snmpscope.core.cli.errors import INPUT_ERRORS, ExitCode, UsageError
from snmpscope.core.cli.mib_options import cli_names
from snmpscope.core.cli.option_values import (
    parse_agent_address,
    parse_context_engine_id,
    parse_generic_trap,
    parse_specific_trap,
    parse_uptime,
    parse_v3,
    parse_v3_user,
)
from snmpscope.core.cli.options import (
    OutputStyle,
    parse_count,
    parse_output_options,
    parse_retries,
    parse_seconds,
    parse_timeout,
    parse_version,
)
from snmpscope.core.cli.output import Printer, api_error_text
from snmpscope.core.cli.session import CliSession, Console, resolve_oid
from snmpscope.core.cli.target import parse_agent
from snmpscope.core.client.manager import ReceivedNotification, VarBindInput
from snmpscope.core.client.response import SnmpProtocolError
from snmpscope.core.constants import (
    DEFAULT_TRAP_PORT,
    SNMP_TRAP_ADDRESS_0,
    SNMP_TRAP_ENTERPRISE_0,
    SNMP_TRAPS,
    ApiError,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.names import MibNames
from snmpscope.core.mib.typed_value import parse_typed_value
from snmpscope.core.model.usm import explain_report
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import make_value

VERSION_NAMES = {SnmpVersion.V1: "SNMPv1", SnmpVersion.V2C: "SNMPv2c", SnmpVersion.V3: "SNMPv3"}


def run_notify(args: argparse.Namespace, console: Console) -> int:
    """``trap`` or ``inform``: build, send, and for an inform wait for the acknowledgement."""
    command: str = args.command
    version = parse_version(args.version)
    security = parse_v3(args)
    context_engine_id = parse_context_engine_id(args)
    agent = parse_agent(args.agent, DEFAULT_TRAP_PORT)
    timeout_cs = parse_timeout(args.timeout)
    retries = parse_retries(args.retries)
    names = cli_names(args, console.err)
    printer = Printer(console.out, console.err, OutputStyle(), names)
    if command == "inform" and version == SnmpVersion.V1:
        raise UsageError("inform needs SNMPv2c: SNMPv1 has no InformRequest (use -v 2c)")
    if version == SnmpVersion.V1:
        uptime, trap_oid, varbinds = _v1_parameters(args.params, names, agent.address)
    else:
        uptime, trap_oid, varbinds = _v2_parameters(args.params, names)
    document: dict[str, Any] = {"command": command, "agent": agent.text}
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
            if command == "trap":
                request_id = cli.manager.trap(entity, context, trap_oid, varbinds, uptime)
            else:
                response = cli.manager.inform(entity, context, trap_oid, varbinds, uptime)
                request_id = response.request_id
    except SnmpProtocolError as exc:
        printer.complain(f"{command}: the receiver answered {exc.response.error_name}")
        return ExitCode.SNMP_ERROR
    except SnmpApiError as exc:
        if security is not None and ApiError.RPT_INVALIDMSG <= exc.code <= ApiError.RPT_OTHER:
            words = explain_report(exc.code, security, args.context_name or "")
            text = f"{command}: {agent.text}: {words} ({exc.name})"
        elif exc.code == ApiError.TL_TIMEOUT:
            # snmpinform says "snmpinform: Timeout"; we also say who did not answer.
            text = f"{command}: Timeout (no acknowledgement from {agent.text})"
        elif exc.code in INPUT_ERRORS:
            raise UsageError(api_error_text(exc, detail=True)) from None
        else:
            text = f"{command}: {agent.text}: {api_error_text(exc)}"
        if args.json:
            document["error"] = {"kind": "api", "code": exc.name, "message": text}
            printer.json_document(document)
        printer.complain(text)
        return ExitCode.SNMP_ERROR
    if args.json:
        document.update(
            {"request_id": request_id, "acknowledged": command == "inform", "error": None}
        )
        printer.json_document(document)
    return ExitCode.OK


def _extra_varbinds(words: list[str], names: MibNames) -> list[VarBindInput]:
    if len(words) % 3:
        raise UsageError(
            f"variable bindings come as OID TYPE VALUE triples; {len(words) % 3} word(s) "
            f"left over: {' '.join(words[-(len(words) % 3) :])!r}"
        )
    out: list[VarBindInput] = []
    for i in range(0, len(words), 3):
        text, type_char, value_text = words[i : i + 3]
        oid = resolve_oid(text, names)
        try:
            out.append((oid, parse_typed_value(type_char, value_text, oid=oid, names=names)))
        except SnmpApiError as exc:
            raise UsageError(
                f"{text}: bad value {value_text!r} for type {type_char!r}: {exc.detail}"
            ) from None
    return out


def _v2_parameters(
    params: list[str], names: MibNames
) -> tuple[int | None, Oid, list[VarBindInput]]:
    if len(params) < 2:
        raise UsageError("missing TRAP-PARAMETERS: UPTIME TRAP-OID [OID TYPE VALUE]...")
    return (
        parse_uptime(params[0]),
        resolve_oid(params[1], names),
        _extra_varbinds(params[2:], names),
    )


def _v1_parameters(
    params: list[str], names: MibNames, receiver: TransportAddress
) -> tuple[int | None, Oid, list[VarBindInput]]:
    if len(params) < 5:
        raise UsageError(
            "missing v1 TRAP-PARAMETERS: ENTERPRISE AGENT-ADDR GENERIC SPECIFIC UPTIME "
            "[OID TYPE VALUE]..."
        )
    enterprise = resolve_oid(params[0], names)
    generic, specific = parse_generic_trap(params[2]), parse_specific_trap(params[3])
    # RFC 3584 §3.1: generic traps map to snmpTraps.(generic+1), specific ones to
    # enterprise.0.specific; snmpTrapEnterprise.0 closes the list.
    trap_oid = (*SNMP_TRAPS, generic + 1) if generic != 6 else (*enterprise, 0, specific)
    varbinds = _extra_varbinds(params[5:], names)
    # '' means this host, as snmptrap does: the address we send from to the receiver.
    address = parse_agent_address(params[1]) or ipaddress.IPv4Address(_local_ipv4(receiver))
    varbinds.append((SNMP_TRAP_ADDRESS_0, make_value(Syntax.IPADDR, address.packed)))
    varbinds.append((SNMP_TRAP_ENTERPRISE_0, make_value(Syntax.OID, enterprise)))
    return parse_uptime(params[4]), trap_oid, varbinds


def _local_ipv4(receiver: TransportAddress) -> str:
    """The IPv4 address this host sends from to ``receiver``; 0.0.0.0 for an IPv6 receiver
    (a v1 Trap-PDU has room for IPv4 only, reference §8)."""
    if receiver.family != socket.AF_INET:
        return "0.0.0.0"
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(receiver.sockaddr)  # no datagram is sent: this only picks a route
            return str(probe.getsockname()[0])
        except OSError:
            return "0.0.0.0"


# ---------------------------------------------------------------------------- listen
def run_listen(args: argparse.Namespace, console: Console) -> int:
    """Print traps and informs until Ctrl-C, ``--count`` or ``--timeout``. Exit 1 when
    ``--count`` was given and fewer arrived before the timeout.

    However it ends (Ctrl-C, SIGTERM, the console's stop event, the timeout), listen stops
    its registration first, so nothing more is queued or acknowledged, and then prints every
    notification that was already queued: an inform our receiver acknowledged is never lost.
    Only ``--count`` caps what is printed; anything queued beyond it is counted on stderr.
    """
    endpoint = parse_agent(args.address, DEFAULT_TRAP_PORT)
    style = parse_output_options(args.output)
    count = parse_count(args.count, "--count")
    timeout = parse_seconds(args.timeout, "--timeout")
    printer = Printer(console.out, console.err, style, cli_names(args, console.err))
    where = f"udp:{endpoint.entity_string}"
    received = 0

    def show(note: ReceivedNotification) -> None:
        if args.json:
            printer.json_document(_json_notification(note, printer))
        else:
            _print_notification(note, printer)

    user = parse_v3_user(args)
    with _stop_on_interrupt(console.stop), CliSession("snmpscope-cli listen") as cli:
        cli.snmp.app.trap_endpoint = (endpoint.address.ip, endpoint.address.port)
        if user is not None:
            # SNMPv3 traps and informs from this user, from any sender engine
            cli.snmp.app.add_usm_user(user)
        context = cli.session.context(args.community) if args.community else None
        try:
            listener = cli.manager.listen(context=context)
        except SnmpApiError as exc:
            printer.complain(
                f"listen: cannot listen on {where}: {api_error_text(exc, detail=True)}"
            )
            return ExitCode.SNMP_ERROR
        try:
            printer.complain(f"Listening for traps and informs on {where}")
            deadline = None if timeout is None else time.monotonic() + timeout
            while count is None or received < count:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    break
                note = listener.receive(remaining, console.stop)
                if note is None:
                    break
                received += 1
                show(note)
            queued = listener.drain()
        finally:
            listener.stop()  # when printing failed (a closed pipe): free what is left
        room = len(queued) if count is None else max(0, count - received)
        for note in queued[:room]:
            received += 1
            show(note)
        if len(queued) > room:
            printer.complain(
                f"listen: {len(queued) - room} more notifications had arrived and were not "
                f"printed (--count {count}); informs among them were acknowledged"
            )
    if count is not None and received < count:
        printer.complain(f"listen: {received} of {count} notifications arrived")
        return ExitCode.SNMP_ERROR
    return ExitCode.OK


@contextlib.contextmanager
def _stop_on_interrupt(stop: threading.Event) -> Iterator[None]:
    """While listen runs in the main thread, Ctrl-C sets ``stop`` instead of raising
    KeyboardInterrupt wherever the main thread happens to be (halfway through receiving a
    message, say), so that listen ends in order and prints what was acknowledged; a second
    Ctrl-C interrupts at once. Setting the event from the handler cannot deadlock: while
    listening, the main thread only reads it (``is_set`` takes no lock)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupted(_signum: int, _frame: object) -> None:
        signal.signal(signal.SIGINT, signal.default_int_handler)
        stop.set()

    previous = signal.signal(signal.SIGINT, interrupted)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def _endpoint_text(note: ReceivedNotification) -> str:
    def text(ip: str, port: int) -> str:
        return f"[{ip}]:{port}"

    return f"UDP: {text(note.peer.ip, note.peer.port)}->{text(note.local.ip, note.local.port)}"


def _print_notification(note: ReceivedNotification, printer: Printer) -> None:
    stamp = datetime.datetime.fromtimestamp(note.received_at).strftime("%Y-%m-%d %H:%M:%S")
    kind = "INFORM" if note.pdu_type == PduType.INFORM else "TRAP"
    community = note.community.decode("utf-8", "backslashreplace")
    if note.version == SnmpVersion.V3:
        who = f'user "{note.user}" {note.security_level} context "{community}"'
    else:
        who = f'community "{community}"'
    header = (
        f"{stamp} {_endpoint_text(note)} {kind} {VERSION_NAMES.get(note.version, '?')} "
        f"{who} request-id {note.request_id}"
    )
    lines = [header] + ["    " + printer.line(oid, value) for oid, value in note.varbinds]
    printer.say("\n".join(lines))


def _json_notification(note: ReceivedNotification, printer: Printer) -> dict[str, Any]:
    trap_oid = note.trap_oid
    return {
        "type": "inform" if note.pdu_type == PduType.INFORM else "trap",
        "version": {SnmpVersion.V1: "1", SnmpVersion.V2C: "2c"}.get(note.version, "3"),
        "peer": note.peer.text(),
        "local": note.local.text(),
        "community": note.community.decode("utf-8", "backslashreplace"),
        "user": note.user or None,
        "security_level": note.security_level or None,
        "request_id": note.request_id,
        "received_at": datetime.datetime.fromtimestamp(note.received_at).isoformat(),
        "trap_oid": None if trap_oid is None else "." + oid_to_str(trap_oid),
        "varbinds": [printer.json_varbind(oid, value) for oid, value in note.varbinds],
    }
