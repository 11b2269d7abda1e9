"""The demo agent's SNMPv3 users: one per security level, documented, so that the first
launch can show a v3 session (and net-snmp's tools can try one) without any setup.

They are demo credentials on a loopback agent, printed in ``snmpscope-cli agent --help``
as the net-snmp client options that reach them; nothing real is protected by them.
"""

from __future__ import annotations

from dataclasses import dataclass

from snmpscope.core.model.states import V3Security


@dataclass(frozen=True, slots=True)
class DemoUser:
    """A demo user and whether it may SET."""

    security: V3Security
    writable: bool

    def client_options(self) -> str:
        """The options a net-snmp client passes to reach this user."""
        s = self.security
        words = ["-v3", "-l", s.security_level, "-u", s.user]
        if s.auth_protocol:
            words += ["-a", s.auth_protocol, "-A", s.auth_key]
        if s.priv_protocol:
            words += ["-x", s.priv_protocol, "-X", s.priv_key]
        return " ".join(words)


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(V3Security("demo-noauth", "noAuthNoPriv"), writable=False),
    DemoUser(V3Security("demo-auth", "authNoPriv", "SHA-256", "demo-auth-pass"), writable=False),
    DemoUser(
        V3Security("demo-priv", "authPriv", "SHA-256", "demo-auth-pass", "AES", "demo-priv-pass"),
        writable=True,
    ),
)


def demo_users_help() -> str:
    """One line per demo user, as net-snmp client options (for ``agent --help``)."""
    return "\n".join(
        f"  {user.client_options()}{'   (read-write)' if user.writable else ''}"
        for user in DEMO_USERS
    )
