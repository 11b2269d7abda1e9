"""``snmpscope-cli agent``: the embedded demo agent in the foreground until Ctrl-C/SIGTERM.

It prints one line with the address it answers on (``--port 0`` picks a free port, and the
demo agent itself falls back to a free port when its default is taken), so scripts and tests
can read where to send requests.
"""

from __future__ import annotations

import argparse
import socket

from snmpscope.core.cli.errors import ExitCode, UsageError
from snmpscope.core.cli.options import parse_community, parse_port
from snmpscope.core.cli.output import api_error_text
from snmpscope.core.cli.session import CliSession, Console
from snmpscope.core.cli.target import parse_agent
from snmpscope.core.constants import DEMO_AGENT_PORT
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.address import TransportAddress

# How often the foreground loop looks up from its wait (Ctrl-C is delivered between waits).
WAKE_S = 0.5


def run_agent(args: argparse.Namespace, console: Console) -> int:
    """Start the demo agent, print its address, serve until stopped."""
    from snmpscope.core.agent.agent import DemoAgent
    from snmpscope.core.agent.v3_users import DEMO_USERS

    # No --port: the demo port, or any free one when it is taken. --port N: exactly N.
    # --port 0: a free one.
    port = DEMO_AGENT_PORT if args.port is None else parse_port(args.port, "--port")
    exact = args.port is not None and port != 0
    bind = _bind_address(args.host)
    if port == 0:
        port = _free_port(bind.ip)
    read_community = parse_community(args.community, "--community")
    write_community = parse_community(args.rw_community, "--rw-community")
    with CliSession("snmpscope-cli agent", driven=False) as cli:
        agent = DemoAgent(
            cli.snmp,
            host=bind.ip,
            port=port,
            read_community=read_community,
            write_community=write_community,
            fallback_to_ephemeral=not exact,
        )
        try:
            host, bound = agent.start()
        except SnmpApiError as exc:
            console.err.write(
                f"agent: cannot serve on {bind.ip}:{port}: {api_error_text(exc, detail=True)}\n"
            )
            return ExitCode.SNMP_ERROR
        try:
            where = f"udp6:[{host}]:{bound}" if ":" in host else f"udp:{host}:{bound}"
            console.out.write(
                f"snmpscope demo agent listening on {where} "
                f"(read-only community {args.community!r}, "
                f"read-write community {args.rw_community!r}); Ctrl-C stops it\n"
            )
            users = ", ".join(user.security.user for user in DEMO_USERS)
            console.out.write(f"SNMPv3 demo users: {users} (see snmpscope-cli agent --help)\n")
            console.out.flush()
            while not console.stop.wait(WAKE_S):
                pass
        finally:
            served = agent.requests_served
            agent.stop()
            console.err.write(f"agent: stopped after {served} requests\n")
    return ExitCode.OK


def _bind_address(host: str) -> TransportAddress:
    """``--host``: an address (or host name) without a port; the port is ``--port``'s."""
    try:
        return parse_agent(host, 161, port_option="--port").address  # the port is --port's
    except UsageError as exc:
        raise UsageError(
            f"bad --host (an address or host name to bind, without a port): {exc}"
        ) from None


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])
