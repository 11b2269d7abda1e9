"""The request subcommands: get, getnext, bulkget, set, walk, bulkwalk.

Each parses its input completely before anything is sent (a bad OID or value is a usage
error, exit 2, with nothing on the wire), then runs through one :class:`CliSession`'s
:class:`~snmpscope.core.client.manager.Manager`, and prints what net-snmp's tool of the same name
would print (see :mod:`snmpscope.core.cli.output`).
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, NamedTuple

from snmpscope.core.api import Context, Entity
from snmpscope.core.cli.errors import INPUT_ERRORS, ExitCode, UsageError, shown
from snmpscope.core.cli.mib_options import cli_names
from snmpscope.core.cli.option_values import parse_context_engine_id, parse_v3
from snmpscope.core.cli.options import (
    AppOptions,
    OutputStyle,
    parse_app_options,
    parse_output_options,
    parse_retries,
    parse_timeout,
    parse_version,
)
from snmpscope.core.cli.output import Printer, api_error_text
from snmpscope.core.cli.session import CliSession, Console, is_numeric_oid, resolve_oid
from snmpscope.core.cli.target import AgentAddress, parse_agent
from snmpscope.core.cli.v3_hints import V3Hints
from snmpscope.core.client.manager import Response
from snmpscope.core.client.response import SnmpProtocolError
from snmpscope.core.constants import DEFAULT_AGENT_PORT, ApiError, ErrorStatus, PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.states import V3Security
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import SmiValue, VarBind

if TYPE_CHECKING:
    from snmpscope.core.mib.names import MibNames

MIB2: Oid = (1, 3, 6, 1, 2, 1)  # net-snmp's default walk root

# Tools whose "Error in packet" line has a dot (snmpget's has none) and whose timeout line has
# none (snmpget, getnext, bulkget and set end it with a dot; the walks do not).
_DOT_AFTER_PACKET = frozenset({"getnext", "bulkget", "set", "walk", "bulkwalk"})
_DOT_AFTER_TIMEOUT = frozenset({"get", "getnext"})


class Target(NamedTuple):
    """Everything a request command needs besides its OIDs (a NamedTuple: see
    :class:`~snmpscope.core.cli.option_values.OutputStyle`)."""

    agent: AgentAddress
    version: SnmpVersion
    community: str
    timeout_cs: int
    retries: int
    style: OutputStyle
    app: AppOptions
    json: bool
    security: V3Security | None = None
    context_name: str = ""
    context_engine_id: bytes = b""
    probe_aes: bool = False


def read_target(args: argparse.Namespace, command: str) -> Target:
    """The common options of a request command, checked."""
    # Options first, the address last: a bad option is named even when the address is bad too.
    version = parse_version(args.version)
    security = parse_v3(args)
    context_engine_id = parse_context_engine_id(args)
    timeout_cs = parse_timeout(args.timeout)
    retries = parse_retries(args.retries)
    style = parse_output_options(args.output)
    app = parse_app_options(command, getattr(args, "app", []))
    return Target(
        agent=parse_agent(args.agent, DEFAULT_AGENT_PORT),
        version=version,
        community=args.community,
        timeout_cs=timeout_cs,
        retries=retries,
        style=style,
        app=app,
        json=args.json,
        security=security,
        context_name=args.context_name or "",
        context_engine_id=context_engine_id,
        probe_aes=bool(getattr(args, "probe_aes", False)),
    )


def run_request(args: argparse.Namespace, console: Console) -> int:
    """Run get/getnext/bulkget/set/walk/bulkwalk; returns the exit code."""
    command: str = args.command
    target = read_target(args, command)
    names = cli_names(args, console.err) if _needs_names(args, target) else None
    printer = Printer(console.out, console.err, target.style, names)
    document: dict[str, Any] = {"command": command, "agent": target.agent.text}
    assignments: list[tuple[Oid, SmiValue]] = []
    if command == "set":
        assignments = parse_assignments(args.assignments, names or cli_names(args, console.err))
        oids = [oid for oid, _ in assignments]
    elif command in ("walk", "bulkwalk"):
        oids = [MIB2 if args.oids is None else resolve_oid(args.oids, names, walk_root=True)]
    else:
        oids = [resolve_oid(text, names) for text in args.oids]
    if command == "bulkget" and target.app.non_repeaters > len(oids):
        raise UsageError(  # snmpbulkget: "need more objects than <nonrep>"
            f"bad value {target.app.non_repeaters} for -Cn (non-repeaters): at most the "
            f"number of OIDs given (0..{len(oids)})"
        )
    try:
        with CliSession() as cli:
            hints = V3Hints(cli, target, printer)
            try:
                return hints.run(
                    lambda entity, context: _run(
                        cli,
                        entity,
                        context,
                        command,
                        oids,
                        target,
                        printer,
                        document,
                        console,
                        assignments,
                    )
                )
            except SnmpApiError as exc:
                hints.explain(exc)
                raise
    except SnmpApiError as exc:
        return _api_failure(exc, printer, document, target, command)


def _run(
    cli: CliSession,
    entity: Entity,
    context: Context,
    command: str,
    oids: list[Oid],
    target: Target,
    printer: Printer,
    document: dict[str, Any],
    console: Console,
    assignments: list[tuple[Oid, SmiValue]],
) -> int:
    """One request command on the agent's entity and context."""
    if command in ("walk", "bulkwalk"):
        return _walk(cli, entity, context, oids[0], target, printer, document, console)
    if command == "set":
        response = cli.manager.request(entity, context, PduType.SET, assignments)
        return _print_response(response, printer, document, target, command)
    if command == "bulkget":
        response = cli.manager.request(
            entity,
            context,
            PduType.GETBULK,
            [(o, None) for o in oids],
            target.app.non_repeaters,
            target.app.max_repetitions,
        )
        if response.error_status == ErrorStatus.NOSUCHNAME and not target.json:
            printer.say("End of MIB.")  # snmpbulkget's words (an SNMPv1 agent's end)
            return ExitCode.OK
        return _print_response(response, printer, document, target, command)
    return _get_with_fixes(cli, entity, context, oids, printer, document, target)


def _needs_names(args: argparse.Namespace, target: Target) -> bool:
    """Whether the command prints or parses a MIB name: not ``-On`` with numeric OIDs only
    (nor ``--json``, whose varbinds carry names; nor ``set``, whose values may be named)."""
    if args.command == "set" or target.json or not target.style.numeric:
        return True
    texts = [args.oids] if args.command in ("walk", "bulkwalk") else list(args.oids)
    return not all(text is None or is_numeric_oid(text) for text in texts)


def parse_assignments(words: list[str], names: MibNames) -> list[tuple[Oid, SmiValue]]:
    """``OID TYPE VALUE`` triples for set, each checked (UsageError naming the problem)."""
    if len(words) % 3:
        raise UsageError(
            f"set takes OID TYPE VALUE triples; {len(words)} words leave "
            f"{len(words) % 3} over ({' '.join(words[-(len(words) % 3) :])!r})"
        )
    from snmpscope.core.mib.typed_value import parse_typed_value  # only a set reads values

    assignments: list[tuple[Oid, SmiValue]] = []
    for i in range(0, len(words), 3):
        text, type_char, value_text = words[i : i + 3]
        oid = resolve_oid(text, names)
        try:
            value = parse_typed_value(type_char, value_text, oid=oid, names=names)
        except SnmpApiError as exc:
            raise UsageError(
                f"{text}: bad value {shown(value_text)} for type {shown(type_char)}: {exc.detail}"
            ) from None
        assignments.append((oid, value))
    return assignments


def _get_with_fixes(
    cli: CliSession,
    entity: Entity,
    context: Context,
    oids: list[Oid],
    printer: Printer,
    document: dict[str, Any],
    target: Target,
) -> int:
    """GET/GETNEXT as snmpget/snmpgetnext do it: on an error status, report it, drop the
    variable it names and ask again for the rest (net-snmp's "fix PDU" retry, on unless
    -Cf), until an answer comes without error or nothing is left to ask."""
    command = str(document["command"])
    kind = PduType.GET if command == "get" else PduType.GETNEXT
    code = ExitCode.OK
    asked = list(oids)
    while True:
        response = cli.manager.request(entity, context, kind, [(o, None) for o in asked])
        if not response.error_status:
            break
        code = ExitCode.SNMP_ERROR
        _report_error(response, asked, printer, document, target, command)
        remaining = _fixed(response)
        if not remaining:
            if target.json:
                document.setdefault("varbinds", [])
                printer.json_document(document)
            return code
        asked = remaining
    _print_varbinds(response, printer, document, target)
    return code


def _fixed(response: Response) -> list[Oid]:
    """net-snmp's snmp_fix_pdu: the response's OIDs without the one error_index names;
    nothing when the index is 0 or out of range."""
    index = response.error_index
    if not 1 <= index <= len(response.varbinds):
        return []
    return [oid for i, (oid, _) in enumerate(response.varbinds, start=1) if i != index]


def _report_error(
    response: Response,
    asked: list[Oid],
    printer: Printer,
    document: dict[str, Any],
    target: Target,
    command: str,
) -> None:
    printer.complain(
        printer.error_in_packet(
            response.error_status,
            response.error_index,
            response.varbinds,
            command in _DOT_AFTER_PACKET,
        ).removesuffix("\n")
    )
    if target.json and document.get("error") is None:
        document["error"] = _json_protocol_error(SnmpProtocolError(response, asked), printer)


def _print_response(
    response: Response,
    printer: Printer,
    document: dict[str, Any],
    target: Target,
    command: str,
) -> int:
    if response.error_status:
        _report_error(response, [], printer, document, target, command)
        if target.json:
            document["varbinds"] = []
            printer.json_document(document)
        return ExitCode.SNMP_ERROR
    _print_varbinds(response, printer, document, target)
    return ExitCode.OK


def _print_varbinds(
    response: Response, printer: Printer, document: dict[str, Any], target: Target
) -> None:
    if target.json:
        document["varbinds"] = [printer.json_varbind(o, v) for o, v in response.varbinds]
        document.setdefault("error", None)
        printer.json_document(document)
    else:
        printer.varbinds(response.varbinds)


def _walk(
    cli: CliSession,
    entity: Entity,
    context: Context,
    root: Oid,
    target: Target,
    printer: Printer,
    document: dict[str, Any],
    console: Console,
) -> int:
    # The walk's module loads here, not with the command line: a get does not need it.
    from snmpscope.core.client.walk import NonIncreasingOidError, WalkEnd, WalkError

    command = str(document["command"])
    walk = cli.manager.walk(
        entity,
        context,
        root,
        bulk=command == "bulkwalk",
        max_repetitions=target.app.max_repetitions,
        allow_non_increasing=target.app.allow_non_increasing,
        get_root_if_empty=not target.app.no_root_get,
        cancel=console.stop,
    )
    found: list[VarBind] = []
    said_end = False
    failure: str | None = None
    error_doc: dict[str, Any] | None = None
    code = ExitCode.OK

    def end_of_mib() -> None:
        nonlocal said_end
        if walk.end is WalkEnd.NO_SUCH_NAME and not said_end and not target.json:
            printer.say("End of MIB")  # net-snmp's words when a v1 agent runs out
        said_end = said_end or walk.end is WalkEnd.NO_SUCH_NAME

    try:
        for batch in walk:
            end_of_mib()
            found.extend(batch)
            if not target.json:
                printer.varbinds(batch)
        end_of_mib()
        if walk.end_varbinds and not target.json:  # net-snmp prints the closing row(s)
            printer.varbinds(walk.end_varbinds)
    except NonIncreasingOidError as exc:
        if exc.repeated:
            failure = f"Error: {exc}"
        else:
            failure = (
                f"Error: OID not increasing: {printer.name(exc.previous)}"
                f" >= {printer.name(exc.current)}"
            )
        error_doc = {"kind": "non-increasing", "message": str(exc)}
        code = ExitCode.SNMP_ERROR
    except SnmpProtocolError as exc:
        failure = printer.error_in_packet(
            exc.error_status, exc.error_index, exc.response.varbinds, dot=True
        ).removesuffix("\n")
        error_doc = _json_protocol_error(exc, printer)
        code = ExitCode.SNMP_ERROR
    except WalkError as exc:
        failure = f"Error: {exc}"
        error_doc = {"kind": "walk", "message": str(exc)}
        code = ExitCode.SNMP_ERROR
    except SnmpApiError as exc:
        document["varbinds"] = [printer.json_varbind(o, v) for o, v in found]
        return _api_failure(exc, printer, document, target, command)
    if target.app.print_count and not target.json:
        # net-snmp counts every line it printed, the closing exception rows included
        printer.say(f"Variables found: {len(found) + len(walk.end_varbinds)}")
    if target.json:
        document["root"] = "." + oid_to_str(root)
        document["varbinds"] = [printer.json_varbind(o, v) for o, v in found]
        document["end"] = walk.end.value if walk.end is not None else None
        document["requests"] = walk.requests
        document["error"] = error_doc
        printer.json_document(document)
    if failure is not None:
        printer.complain(failure)
    if walk.end is WalkEnd.CANCELLED:
        return ExitCode.INTERRUPTED
    return code


def _json_protocol_error(exc: SnmpProtocolError, printer: Printer) -> dict[str, Any]:
    return {
        "kind": "error-status",
        "status": exc.response.error_name,
        "error_status": exc.error_status,
        "error_index": exc.error_index,
        "oid": None if exc.failed_oid is None else "." + oid_to_str(exc.failed_oid),
        "message": str(exc),
    }


def _api_failure(
    exc: SnmpApiError, printer: Printer, document: dict[str, Any], target: Target, command: str
) -> int:
    """Report an API/transport failure (timeout, unreachable ...) the way net-snmp does."""
    explained = getattr(exc, "v3_explanation", "")
    if explained:
        text = f"{command}: {target.agent.text}: {explained} ({exc.name})"
    elif exc.code == ApiError.TL_TIMEOUT:
        dot = "." if command in _DOT_AFTER_TIMEOUT else ""
        text = f"Timeout: No Response from {target.agent.text}{dot}"
    elif exc.code in INPUT_ERRORS:
        # Input the agent never saw: e.g. a value the PDU cannot carry in this version.
        raise UsageError(api_error_text(exc, detail=True)) from None
    else:
        text = f"{command}: {target.agent.text}: {api_error_text(exc)}"
    if target.json:
        document.setdefault("varbinds", [])
        document["error"] = {"kind": "api", "code": exc.name, "message": text}
        printer.json_document(document)
    printer.complain(text)
    return ExitCode.SNMP_ERROR
