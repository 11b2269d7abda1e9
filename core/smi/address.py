"""Transport addresses of entity strings: IPv4, IPv6 and host names with an optional port.

Accepted forms (WINSNMP.md §10): ``10.0.0.1``, ``10.0.0.1:1161``, ``::1``, ``[::1]``,
``[::1]:1161``, ``fe80::1%eth0``, ``router.example``, ``router.example:161``. A bare IPv6 literal
cannot carry a port (the colons are the address); write ``[addr]:port`` for that.
"""

from __future__ import annotations

import socket

from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.records import FrozenRecord


class TransportAddress(FrozenRecord):
    """A resolved UDP endpoint. ``host`` is what the user wrote (a name or a literal)."""

    __slots__ = ("host", "ip", "port", "family")
    host: str
    ip: str
    port: int
    family: socket.AddressFamily

    def __init__(self, host: str, ip: str, port: int, family: socket.AddressFamily) -> None:
        object.__setattr__(self, "host", host)
        object.__setattr__(self, "ip", ip)
        object.__setattr__(self, "port", port)
        object.__setattr__(self, "family", family)

    @property
    def sockaddr(self) -> tuple[str, int]:
        return (self.ip, self.port)

    def text(self, default_port: int | None = None) -> str:
        """``host``/``[v6]`` with ``:port`` unless the port is ``default_port``."""
        if default_port is not None and self.port == default_port:
            return self.host
        return join_host_port(self.host, self.port)


def join_host_port(host: str, port: int) -> str:
    """``host:port``, with brackets around an IPv6 literal (the inverse of
    :func:`split_host_port`)."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


MAX_ADDRESS_TEXT = 1024  # far more than any address or host name (253) with a port


def split_host_port(text: str) -> tuple[str, int | None]:
    """Split an entity string into host and optional port, naming what is wrong on failure.

    A string longer than :data:`MAX_ADDRESS_TEXT` is refused unread (and not repeated)."""
    raw = text.strip()
    if not raw:
        raise SnmpApiError(ApiError.ENTITY_UNKNOWN, "empty address")
    if len(raw) > MAX_ADDRESS_TEXT:
        raise SnmpApiError(
            ApiError.ENTITY_UNKNOWN,
            f"an address of {len(raw)} characters is longer than any address or host name",
        )
    if raw.startswith("["):
        end = raw.find("]")
        if end < 0:
            raise SnmpApiError(ApiError.ENTITY_UNKNOWN, f"missing ']' in {text!r}")
        host, rest = raw[1:end], raw[end + 1 :]
        if not host:
            raise SnmpApiError(ApiError.ENTITY_UNKNOWN, f"empty IPv6 address in {text!r}")
        if rest == "":
            return host, None
        if not rest.startswith(":"):
            raise SnmpApiError(
                ApiError.ENTITY_UNKNOWN, f"unexpected {rest!r} after ']' in {text!r}"
            )
        return host, _parse_port(rest[1:], text)
    if raw.count(":") == 1:
        host, port_text = raw.split(":")
        if not host:
            raise SnmpApiError(ApiError.ENTITY_UNKNOWN, f"missing host before ':' in {text!r}")
        return host, _parse_port(port_text, text)
    return raw, None


def _parse_port(port_text: str, text: str) -> int:
    if not port_text.isdigit() or not port_text.isascii():
        raise SnmpApiError(
            ApiError.ENTITY_UNKNOWN, f"port {port_text!r} in {text!r} is not a number"
        )
    port = int(port_text)
    if not 1 <= port <= 65535:
        raise SnmpApiError(ApiError.ENTITY_UNKNOWN, f"port {port} in {text!r} is outside 1..65535")
    return port


def resolve(host: str, port: int) -> TransportAddress:
    """Resolve ``host`` (literal or name) to one UDP endpoint; IPv4 preferred for names."""
    literal = ip_literal(host.split("%", 1)[0] if ":" in host else host)
    if literal is not None:
        version, canonical = literal
        family = socket.AF_INET6 if version == 6 else socket.AF_INET
        return TransportAddress(host, canonical if "%" not in host else host, port, family)
    if not _plausible_hostname(host):
        raise SnmpApiError(ApiError.ENTITY_UNKNOWN, f"{host!r} is not an address or host name")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)
    except (OSError, UnicodeError) as exc:
        raise SnmpApiError(
            ApiError.ENTITY_UNKNOWN, f"cannot resolve host name {host!r}: {exc}"
        ) from None
    infos.sort(key=lambda info: 0 if info[0] == socket.AF_INET else 1)
    family, _, _, _, sockaddr = infos[0]
    return TransportAddress(host, str(sockaddr[0]), port, socket.AddressFamily(family))


def parse_entity_address(text: str, default_port: int) -> TransportAddress:
    """Parse and resolve an entity string; ``default_port`` applies when none is written."""
    host, port = split_host_port(text)
    return resolve(host, default_port if port is None else port)


def ip_literal(text: str) -> tuple[int, str] | None:
    """The IP version (4 or 6) and canonical text of an address literal, as
    :func:`ipaddress.ip_address` reads it (a ``%zone`` must be cut off first); None when
    ``text`` is no literal (a host name, or nothing valid).

    A plain dotted quad, what nearly every command line and saved agent holds, is recognised
    here and is its own canonical text, and text with fewer than two colons is no IPv6
    literal; only the rest imports :mod:`ipaddress`, which costs a one-shot CLI process ~2 ms."""
    if _dotted_quad(text):
        return 4, text
    if text.count(":") < 2:  # no other IPv4 form is accepted, and "::" is the shortest IPv6
        return None
    import ipaddress

    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    return address.version, str(address)


def _dotted_quad(text: str) -> bool:
    """Four decimal octets 0..255 without leading zeros: exactly the IPv4 literals that
    :class:`ipaddress.IPv4Address` accepts and prints back unchanged."""
    octets = text.split(".")
    return len(octets) == 4 and all(
        octet.isascii()
        and octet.isdigit()
        and len(octet) <= 3
        and (octet[0] != "0" or octet == "0")
        and int(octet) <= 255
        for octet in octets
    )


def _plausible_hostname(host: str) -> bool:
    if len(host) > 253 or ":" in host:
        return False
    labels = host.rstrip(".").split(".")
    if labels[-1].isdigit():
        # "10.1.300" is neither a dotted-quad nor a name (a top-level label is never numeric);
        # getaddrinfo would read it inet_aton-style as some other address.
        return False
    return all(
        0 < len(label) <= 63
        and label.replace("-", "").replace("_", "").isalnum()
        and label.isascii()
        and not label.startswith("-")
        for label in labels
    )
