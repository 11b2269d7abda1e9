"""``listen`` loses no acknowledged inform when it is stopped: real net-snmp ``snmpinform``
processes against a real ``snmpscope-cli listen`` process, interrupted (SIGINT, SIGTERM) the
moment the last acknowledgement arrived; and the in-process stop event the same way."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
from collections.abc import Iterator

import pytest
from agents.netsnmp import NetSnmpTools
from agents.snmpd import free_udp_port_pair
from clikit import CLI, Background

from snmpscope.core.constants import SNMP_TRAP_OID_0, SYS_UPTIME_0, PduType, SnmpVersion, Syntax
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.values import make_value
from snmpscope.core.transport.codec import PysnmpCodec, WireMessage

COLD_START = (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)
IF_INDEX_1 = (1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 1)
INFORMS = 20
READY = "Listening for traps and informs on "


class ListenProcess:
    """``snmpscope-cli listen ARGV`` as a real process; stderr is read by a thread so that
    the test can wait for the "Listening" line without blocking on the pipe."""

    def __init__(self, *argv: str) -> None:
        self.proc = subprocess.Popen(
            [str(CLI), "listen", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._err: list[str] = []
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read_err, daemon=True)
        self._reader.start()

    def _read_err(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._err.append(line)
            if READY in line:
                self._ready.set()
        self._ready.set()  # EOF: whoever waits finds out from the exit status

    def wait_ready(self, timeout: float = 30.0) -> None:
        assert self._ready.wait(timeout), "listen did not start"
        assert self.proc.poll() is None, f"listen exited: {''.join(self._err)}"

    def stop(self, sig: int, timeout: float = 30.0) -> tuple[int, str, str]:
        """Send ``sig``; (exit status, stdout, stderr) once it ended."""
        self.proc.send_signal(sig)
        out, _ = self.proc.communicate(timeout=timeout)
        self._reader.join(timeout)
        return self.proc.returncode, out, "".join(self._err)

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate(timeout=10)


@pytest.fixture
def port() -> int:
    return free_udp_port_pair()


@pytest.fixture
def listen_process(port: int) -> Iterator[ListenProcess]:
    job = ListenProcess(f"udp:127.0.0.1:{port}")
    try:
        job.wait_ready()
        yield job
    finally:
        job.kill()


def send_informs(netsnmp: NetSnmpTools, port: int, count: int) -> None:
    """``count`` snmpinform processes at once; returns when every one was acknowledged."""
    procs = [
        netsnmp.inform_popen(
            "127.0.0.1", port, COLD_START, (IF_INDEX_1, "i", str(n)), timeout=5, retries=2
        )
        for n in range(count)
    ]
    failed = []
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        if proc.returncode != 0:
            failed.append(err)
    assert not failed, f"{len(failed)} informs were not acknowledged: {failed[:2]}"


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_every_acknowledged_inform_is_printed_when_interrupted_at_once(
    listen_process: ListenProcess, port: int, netsnmp: NetSnmpTools, sig: int
) -> None:
    send_informs(netsnmp, port, INFORMS)
    code, out, err = listen_process.stop(sig)  # right after the last acknowledgement
    assert code == 0, err
    assert "Traceback" not in err
    assert out.count(" INFORM SNMPv2c ") == INFORMS, err
    printed = {line.rsplit(" ", 1)[1] for line in out.splitlines() if "ifIndex.1 = " in line}
    assert printed == {str(n) for n in range(INFORMS)}


def test_every_acknowledged_inform_is_printed_when_stopped_in_process(
    port: int, netsnmp: NetSnmpTools
) -> None:
    job = Background("listen", "--json", f"127.0.0.1:{port}")
    job.err.wait_for(READY)
    send_informs(netsnmp, port, INFORMS)
    result = job.stop()
    assert result.code == 0, result.err
    assert result.out.count('"type": "inform"') == INFORMS


def test_notifications_past_the_count_are_counted_not_dropped_silently(port: int) -> None:
    job = Background("listen", "--count", "1", f"127.0.0.1:{port}")
    job.err.wait_for(READY)
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        for request_id in range(1, 6):
            sender.sendto(_inform(request_id), ("127.0.0.1", port))
        result = job.join()
        acknowledged = _acknowledgements(sender)
    assert result.code == 0, result.err
    assert result.out.count(" INFORM SNMPv2c ") == 1
    assert acknowledged >= 1
    if acknowledged > 1:  # these were queued (so acknowledged) after the first one
        more = int(result.err.split("listen: ", 1)[1].split(" ", 1)[0])
        assert more >= acknowledged - 1
        assert "more notifications had arrived and were not printed (--count 1)" in result.err


def _inform(request_id: int) -> bytes:
    varbinds = [
        (SYS_UPTIME_0, make_value(Syntax.TIMETICKS, 1)),
        (SNMP_TRAP_OID_0, make_value(Syntax.OID, COLD_START)),
    ]
    pdu = PduData(PduType.INFORM, request_id, 0, 0, varbinds)
    return PysnmpCodec().encode(WireMessage(SnmpVersion.V2C, b"public", pdu))


def _acknowledgements(sock: socket.socket) -> int:
    """How many acknowledgements wait in ``sock`` (the receiver is gone: no more come)."""
    sock.setblocking(False)
    count = 0
    while True:
        try:
            sock.recv(65535)
        except BlockingIOError:
            return count
        count += 1
