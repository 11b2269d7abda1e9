"""The UDP transport: one I/O thread with an asyncio loop owns every socket (issue 4).

:func:`create_transport` is the application's ``transport_factory``: it runs on the first
call that needs the network and returns a :class:`UdpTransport`, whose threads start lazily.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from snmpscope.core.transport.stats import TransportStats
from snmpscope.core.transport.udp import UdpTransport

if TYPE_CHECKING:
    from snmpscope.core.model.messaging import MessagingMixin, TransportBackend

__all__ = ["TransportStats", "UdpTransport", "create_transport", "transport_of"]


def create_transport(app: MessagingMixin) -> TransportBackend:
    """Build the UDP transport for ``app`` (the ``Application.transport_factory`` hook)."""
    return UdpTransport(app)


def transport_of(app: MessagingMixin) -> UdpTransport | None:
    """The application's UDP transport if one is running (for statistics and diagnostics)."""
    transport = getattr(app, "_transport", None)
    return transport if isinstance(transport, UdpTransport) else None
