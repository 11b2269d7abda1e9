"""Agent addresses as net-snmp's tools take them: ``HOST``, ``HOST:PORT``, ``udp:HOST:PORT``,
``udp6:[::1]:PORT``, ``[::1]:PORT``, ``::1``.

The transport prefix picks the address family (``udp`` IPv4, ``udp6``/``udpv6``/``udpipv6``
IPv6); without one, an IPv6 literal means IPv6 and a host name resolves IPv4 first, as the
core does. Other net-snmp transports (tcp, unix, tls, ...) are refused with a clear message:
snmpscope speaks SNMP over UDP.
"""

from __future__ import annotations

import socket
from typing import NamedTuple

from snmpscope.core.cli.errors import UsageError, shown
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.address import TransportAddress, ip_literal, parse_entity_address

# udpipv6: + [an IPv6 address with a scope id] + :65535, or a 253-character host name: a
# longer argument cannot be an address, and is refused without being repeated.
MAX_AGENT_TEXT = 300

UDP4_PREFIXES = frozenset({"udp", "udpv4", "udpipv4"})
UDP6_PREFIXES = frozenset({"udp6", "udpv6", "udpipv6"})
OTHER_TRANSPORTS = frozenset(
    {"tcp", "tcp6", "tcpv6", "tcpipv6", "unix", "ssh", "tls", "tlstcp", "dtlsudp", "dtls"}
    | {"ipx", "aal5pvc", "pvc", "callback", "alias", "snmpwalk"}
)


class AgentAddress(NamedTuple):
    """A parsed agent address.

    ``text`` is what the user wrote (net-snmp names the peer that way in its messages),
    ``entity_string`` what :meth:`Session.entity` takes, ``address`` the resolved endpoint.
    A NamedTuple: see :class:`~snmpscope.core.cli.option_values.OutputStyle`.
    """

    text: str
    entity_string: str
    address: TransportAddress


def parse_agent(text: str, default_port: int, port_option: str = "") -> AgentAddress:
    """Parse and resolve an agent address; :class:`UsageError` names what is wrong.

    With ``port_option`` the address is one to bind whose port that option gives (the demo
    agent's ``--host``/``--port``): writing a port in it is an error."""
    raw = text.strip()
    if not raw:
        raise UsageError("no agent address given")
    if len(raw) > MAX_AGENT_TEXT:
        raise UsageError(
            f"bad agent address {shown(raw)}: longer than any address or host name "
            f"(at most {MAX_AGENT_TEXT} characters)"
        )
    family: int | None = None
    rest = raw
    head, sep, tail = raw.partition(":")
    if sep and head.lower() in UDP4_PREFIXES | UDP6_PREFIXES | OTHER_TRANSPORTS:
        prefix = head.lower()
        if prefix in OTHER_TRANSPORTS:
            raise UsageError(
                f"transport {head!r} in agent address {text!r} is not supported: "
                "snmpscope speaks SNMP over UDP (udp: or udp6:)"
            )
        family = socket.AF_INET6 if prefix in UDP6_PREFIXES else socket.AF_INET
        rest = tail
        if not rest:
            raise UsageError(f"agent address {text!r} has a transport but no host")
    host, port = _split(rest, text, family)
    if port is not None and port_option:
        raise UsageError(f"{shown(raw)} has a port; give the port with {port_option}")
    port = default_port if port is None else port
    host = _resolve_family(host, family, text)
    entity_string = f"[{host}]:{port}" if _ip_version(host) == 6 else f"{host}:{port}"
    try:
        address = parse_entity_address(entity_string, default_port)
    except SnmpApiError as exc:
        raise UsageError(f"bad agent address {text!r}: {exc.detail}") from None
    return AgentAddress(raw, entity_string, address)


def _split(rest: str, text: str, family: int | None) -> tuple[str, int | None]:
    if rest.startswith("["):
        end = rest.find("]")
        if end < 0:
            raise UsageError(f"missing ']' in agent address {text!r}")
        host, after = rest[1:end], rest[end + 1 :]
        if not host:
            raise UsageError(f"empty IPv6 address in agent address {text!r}")
        if after == "":
            return host, None
        if not after.startswith(":"):
            raise UsageError(f"unexpected {after!r} after ']' in agent address {text!r}")
        return host, _port(after[1:], text)
    if _ip_version(rest) == 6:
        return rest, None  # a bare IPv6 literal: its colons are the address, no port
    if rest.count(":") == 1:
        host, port_text = rest.split(":")
        if not host:
            raise UsageError(f"missing host before ':' in agent address {text!r}")
        return host, _port(port_text, text)
    if ":" in rest:
        hint = " (write IPv6 with a port as [addr]:port)" if family != socket.AF_INET else ""
        raise UsageError(f"cannot read agent address {text!r}{hint}")
    return rest, None


def _port(port_text: str, text: str) -> int:
    if not port_text.isdigit() or not port_text.isascii():
        raise UsageError(f"bad port {port_text!r} in agent address {text!r}: not a number")
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise UsageError(f"bad port {port} in agent address {text!r}: outside 1..65535")
    return port


def _resolve_family(host: str, family: int | None, text: str) -> str:
    """With an explicit udp/udp6 prefix, check or resolve the host in that family."""
    if family is None:
        return host
    version = _ip_version(host)
    if version is not None:
        wanted = 6 if family == socket.AF_INET6 else 4
        if version != wanted:
            other = "udp6:[addr]" if wanted == 4 else "udp:addr"
            raise UsageError(
                f"agent address {text!r}: {host} is IPv{version}, but the transport "
                f"is IPv{wanted} (write {other})"
            )
        return host
    try:
        infos = socket.getaddrinfo(host, None, family, socket.SOCK_DGRAM)
    except (OSError, UnicodeError) as exc:
        kind = "IPv6" if family == socket.AF_INET6 else "IPv4"
        raise UsageError(f"cannot resolve {host!r} to an {kind} address: {exc}") from None
    return str(infos[0][4][0])


def _ip_version(host: str) -> int | None:
    """4 or 6 for an address literal (a ``%zone`` ignored), None for a host name."""
    literal = ip_literal(host.split("%", 1)[0])
    return None if literal is None else literal[0]
