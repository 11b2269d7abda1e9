"""``listen`` loses no acknowledged inform when it is stopped: real net-snmp ``snmpinform``
processes against a real ``snmpscope-cli listen`` process, interrupted (SIGINT, SIGTERM) the
moment the last acknowledgement arrived; and the in-process stop event the same way."""

from __future__ import annotations

import signal
import subprocess
import threading
from collections.abc import Iterator

import pytest
from agents.netsnmp import NetSnmpTools
from agents.snmpd import free_udp_port_pair
from clikit import CLI, Background

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
