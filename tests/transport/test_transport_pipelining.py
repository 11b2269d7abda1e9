"""Pipelining: sockets sized for many requests in flight (what the OS granted is logged), a
thousand GETs to a hundred agents at once lose nothing, and SnmpSendMsg encodes outside the
application lock (a request cancelled or a session closed meanwhile is not transmitted)."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from agents.snmpd import SnmpdAgent
from transportkit import flushed

from snmpscope.core.api import Session, Snmp
from snmpscope.core.constants import SYS_UPTIME_0, PduType
from snmpscope.core.transport import transport_of
from snmpscope.core.transport.codec import WireMessage
from snmpscope.core.transport.fast_codec import FastCodec
from snmpscope.core.transport.sockets import BUFFER_BYTES

PIPELINED = 1000
ENDPOINTS = 100


def udp_drops(port: int) -> int:
    """Datagrams the kernel dropped for the IPv4 UDP socket on ``port`` (its receive buffer
    was full): the last column of /proc/net/udp."""
    with open("/proc/net/udp") as table:
        for line in table.readlines()[1:]:
            fields = line.split()
            if fields[1].endswith(f":{port:04X}"):
                return int(fields[-1])
    return 0


def _os_limit(name: str) -> int:
    try:
        return int(Path(f"/proc/sys/net/core/{name}").read_text())
    except OSError:  # not Linux: whatever was granted is fine
        return 0


def test_sockets_ask_for_big_buffers_and_log_what_the_os_granted(
    snmp: Snmp, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="snmpscope.core.transport.sockets")
    with snmp.session("buffers") as session:
        session.register()  # the trap socket
        agent = session.entity("127.0.0.1:9", timeout_cs=10, retry=0)
        session.send(
            agent, session.context("public"), session.pdu(PduType.GET, [(SYS_UPTIME_0, None)])
        )
        udp = flushed(snmp.app)
        sockets = [udp._defaults[socket.AF_INET], udp._trap]
    for endpoint in sockets:
        assert endpoint is not None
        receive, send = endpoint.buffers
        assert receive == endpoint.sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        # Linux reports twice what it grants; at least the OS's cap (or all we asked for).
        assert receive >= min(BUFFER_BYTES, _os_limit("rmem_max"))
        assert send >= min(BUFFER_BYTES, _os_limit("wmem_max"))
        assert f"{endpoint.role.value} socket {endpoint.local.text()}: receive buffer" in (
            caplog.text
        )


class LockProbingCodec(FastCodec):
    """Records, for each encode, whether another thread could take the application lock."""

    def __init__(self, lock: threading.RLock) -> None:
        super().__init__()
        self.lock = lock
        self.free_while_encoding: list[bool] = []
        self.during_encode: list[object] = []

    def encode(self, message: WireMessage) -> bytes:
        got: list[bool] = []

        def probe() -> None:
            acquired = self.lock.acquire(timeout=2)
            got.append(acquired)
            if acquired:
                self.lock.release()

        thread = threading.Thread(target=probe)
        thread.start()
        thread.join()
        self.free_while_encoding.append(got == [True])
        for action in self.during_encode:
            action()  # type: ignore[operator]
        self.during_encode.clear()
        return super().encode(message)


@pytest.fixture
def probed(snmp: Snmp) -> Iterator[tuple[Session, LockProbingCodec]]:
    with snmp.session("probe") as session:
        session.register()  # starts the transport
        udp = transport_of(snmp.app)
        assert udp is not None
        codec = LockProbingCodec(snmp.app._table.lock)
        udp.codec = codec
        yield session, codec


def test_send_encodes_outside_the_application_lock(
    probed: tuple[Session, LockProbingCodec],
) -> None:
    session, codec = probed
    agent = session.entity("127.0.0.1:9", timeout_cs=10, retry=0)
    session.send(agent, session.context("public"), session.pdu(PduType.GET, [(SYS_UPTIME_0, None)]))
    assert codec.free_while_encoding == [True]


def test_a_request_cancelled_or_closed_while_encoding_is_not_sent(
    snmp: Snmp, probed: tuple[Session, LockProbingCodec]
) -> None:
    session, codec = probed
    udp = transport_of(snmp.app)
    assert udp is not None
    agent = session.entity("127.0.0.1:9", timeout_cs=10, retry=0)
    context = session.context("public")
    pdu = session.pdu(PduType.GET, [(SYS_UPTIME_0, None)])
    codec.during_encode.append(lambda: session.cancel(pdu.request_id))
    session.send(agent, context, pdu)  # returns normally: cancelled right after sending
    assert not snmp.app.is_outstanding(session.handle, pdu.request_id)
    other = snmp.session("closing")
    handles = (
        other.handle,
        None,
        other.entity("127.0.0.1:9", timeout_cs=10, retry=0).handle,
        other.context("public").handle,
        other.pdu(PduType.GET, [(SYS_UPTIME_0, None)]).handle,
    )
    codec.during_encode.append(other.close)
    snmp.app.send_msg(*handles)  # returns normally: as if sent just before the close
    assert flushed(snmp.app).stats.sent == 0


@pytest.mark.snmpd
def test_a_thousand_pipelined_gets_to_a_hundred_agents_lose_nothing(
    snmp: Snmp, tmp_path: Path
) -> None:
    """Every GET goes out before the first answer is read; the answers pile up in our
    receive buffer (and in the agents'), and every one is there: none timed out, none was
    retransmitted, the kernel dropped none."""
    with (
        SnmpdAgent(workdir=tmp_path / "snmpd", extra_ports=ENDPOINTS) as agent,
        snmp.session("pipelined") as session,
    ):
        assert len(agent.extra_ports) == ENDPOINTS
        agents = [
            session.entity(f"127.0.0.1:{port}", timeout_cs=500, retry=0)
            for port in agent.extra_ports
        ]
        context = session.context("public")
        pdus = [session.pdu(PduType.GET, [(SYS_UPTIME_0, None)]) for _ in range(PIPELINED)]
        session.send(agents[0], context, session.pdu(PduType.GET, [(SYS_UPTIME_0, None)]))
        assert session.wait_notification(timeout=10) is not None
        session.recv().free()
        udp = transport_of(snmp.app)
        assert udp is not None
        port = udp.local_address(socket.AF_INET).port  # type: ignore[union-attr]
        drops = udp_drops(port)
        started = time.perf_counter()
        for number, pdu in enumerate(pdus):
            session.send(agents[number % ENDPOINTS], context, pdu)
        answered = failed = 0
        while answered + failed < PIPELINED:
            note = session.wait_notification(timeout=15)
            assert note is not None, f"{answered} answered, {failed} failed, then nothing"
            if note.event == 0:
                session.recv().free()
                answered += 1
            else:
                failed += 1
        elapsed = time.perf_counter() - started
        stats = udp.stats
    assert (answered, failed) == (PIPELINED, 0)
    assert stats.retransmitted == 0 and stats.timeouts == 0
    assert udp_drops(port) == drops
    print(f"\n{PIPELINED} pipelined GETs to {ENDPOINTS} endpoints: {elapsed * 1000:.0f} ms, 0 lost")
