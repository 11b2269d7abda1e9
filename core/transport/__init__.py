"""The UDP transport: one I/O thread with an event loop owns every socket.

:func:`create_transport` is the :data:`~snmpscope.core.model.ports.TransportFactory` the faces
inject into the model: the model calls it on the first call that needs the network, with the
:class:`~snmpscope.core.model.ports.ModelPort` the transport reports to, and gets a
:class:`UdpTransport`, whose threads start lazily.
"""

from __future__ import annotations

from typing import Protocol

from snmpscope.core.model.ports import ModelPort, TransportBackend
from snmpscope.core.transport.stats import TransportStats
from snmpscope.core.transport.udp import UdpTransport

__all__ = [
    "TransportStats",
    "UdpTransport",
    "create_driven_transport",
    "create_light_transport",
    "create_transport",
    "transport_of",
]


class RunsTransport(Protocol):
    """An application, as far as :func:`transport_of` needs one."""

    @property
    def running_transport(self) -> TransportBackend | None: ...


def create_transport(port: ModelPort) -> TransportBackend:
    """Build the UDP transport that reports to ``port``: the light loop on an I/O thread
    that lends it to the threads waiting for an answer (see
    :class:`~snmpscope.core.transport.io_loop.IoLoop`)."""
    return UdpTransport(port, lending=True)


def create_light_transport(port: ModelPort) -> TransportBackend:
    """The same transport, its I/O thread keeping its loop
    (:class:`~snmpscope.core.transport.light_loop.LightLoop`) to itself: for a process
    whose threads do not wait for answers, such as the demo agent of ``snmpscope-cli
    agent``."""
    return UdpTransport(port, light=True)


def create_driven_transport(port: ModelPort) -> TransportBackend:
    """The light transport without an I/O thread: its loop runs in the thread that waits
    for an answer (``Manager`` requests drive it). For a command that sends requests and
    waits for them, one at a time, such as ``snmpscope-cli walk``; not for one that must
    answer the network while it waits for something else (the demo agent)."""
    return UdpTransport(port, light=True, driven=True)


def transport_of(app: RunsTransport) -> UdpTransport | None:
    """The application's UDP transport if one is running (for statistics and diagnostics)."""
    transport = app.running_transport
    return transport if isinstance(transport, UdpTransport) else None
