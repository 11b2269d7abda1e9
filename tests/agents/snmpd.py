"""A private net-snmp ``snmpd`` on loopback for tests (no root-owned side effects).

The agent lives in its own temp dir (config, persistent state, log, pid file), ignores
``/etc/snmp`` (``-C -c``), parses no MIBs (``-m "" -M dir``) and listens on 127.0.0.1 and [::1]
on the same free UDP port. It serves the real host tree (thousands of varbinds under .1.3.6.1),
v1/v2c communities and one SNMPv3 user per security level and protocol pair, with a fixed
engine ID. ``sysDescr`` is fixed; ``sysName``, ``sysContact`` and ``sysLocation`` stay writable.

The readiness probes and :class:`AgentProcess` (start on a free port, stop, temp dir), which
:mod:`agents.snmpsim` builds on too, live here as well.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Self

from agents.netsnmp import V3User

SNMPD_PACKAGE_HINT = "install the Debian package 'snmpd' (apt-get install snmpd)"

SYS_DESCR = "snmpscope test snmpd"
# RFC 3411 format 4 (text): enterprise 8072 (net-snmp) | 0x80, format 4, "snmpscope-test".
ENGINE_ID = bytes.fromhex("80001f8804") + b"snmpscope-test"

# Every user this net-snmp build (5.9.3, OpenSSL 3) accepts, one per level/protocol pair.
# Keys: profile name used in tests -> user. Passphrases are >= 8 characters (USM minimum).
V3_USERS: dict[str, V3User] = {
    "noauth": V3User("noauth-user"),
    "md5": V3User("md5-user", "MD5", "md5-auth-pass"),
    "sha": V3User("sha-user", "SHA", "sha-auth-pass"),
    "sha-aes": V3User("sha-aes-user", "SHA", "sha-aes-auth", "AES", "sha-aes-priv"),
    "sha-des": V3User("sha-des-user", "SHA", "sha-des-auth", "DES", "sha-des-priv"),
    "sha256-aes": V3User("sha256-aes-user", "SHA-256", "sha256-aes-auth", "AES", "sha256-aes-priv"),
    "sha512-aes256": V3User(
        "sha512-aes256-user", "SHA-512", "sha512-aes256-auth", "AES-256", "sha512-aes256-priv"
    ),
    # The rest of net-snmp 5.9.3's protocols (no 3DES in this build): every auth protocol and
    # every priv protocol appear at least once; MD5/SHA-1 with AES-192/256 need the
    # Blumenthal key extension (their digests are shorter than the AES key).
    "sha224-aes192": V3User(
        "sha224-aes192-user", "SHA-224", "sha224-aes192-auth", "AES-192", "sha224-aes192-priv"
    ),
    "sha384-aes256": V3User(
        "sha384-aes256-user", "SHA-384", "sha384-aes256-auth", "AES-256", "sha384-aes256-priv"
    ),
    "md5-des": V3User("md5-des-user", "MD5", "md5-des-auth", "DES", "md5-des-priv"),
    "md5-aes256": V3User("md5-aes256-user", "MD5", "md5-aes256-auth", "AES-256", "md5-aes256-pr"),
    "sha-aes192": V3User("sha-aes192-user", "SHA", "sha-aes192-auth", "AES-192", "sha-aes192-priv"),
}

_LEVEL_TOKEN = {"noAuthNoPriv": "noauth", "authNoPriv": "auth", "authPriv": "priv"}

# Host tables that other processes change from one moment to the next: every client's UDP
# socket (snmpwalk's own included) joins udpTable/udpEndpointTable, connections come and go,
# processes start and end; snmpd's own cache table flips between cached and expired as its
# timers run. The "steady" community's view leaves them out, so that two walks of everything
# seconds apart list the same OIDs and values on a busy machine.
UNSTEADY_SUBTREES = {
    "tcpConnTable": ".1.3.6.1.2.1.6.13",
    "tcpConnectionTable": ".1.3.6.1.2.1.6.19",
    "tcpListenerTable": ".1.3.6.1.2.1.6.20",
    "udpTable": ".1.3.6.1.2.1.7.5",
    "udpEndpointTable": ".1.3.6.1.2.1.7.7",
    "hrSWRun": ".1.3.6.1.2.1.25.4",
    "hrSWRunPerf": ".1.3.6.1.2.1.25.5",
    "nsCacheTable": ".1.3.6.1.4.1.8072.1.5.3",
}


def encode_v2c_get(community: bytes, request_id: int, oid: tuple[int, ...]) -> bytes:
    """BER of a v2c GetRequest for one OID with a NULL value (a tiny hand encoder, no pysnmp:
    used for readiness probes so that starting an agent never pays pysnmp's import time)."""

    def tlv(tag: int, body: bytes) -> bytes:
        n = len(body)
        if n < 0x80:
            return bytes([tag, n]) + body
        size = n.to_bytes((n.bit_length() + 7) // 8, "big")
        return bytes([tag, 0x80 | len(size)]) + size + body

    def integer(value: int) -> bytes:
        return tlv(0x02, value.to_bytes(max(1, (value.bit_length() + 8) // 8), "big", signed=True))

    def subid(value: int) -> bytes:
        out = [value & 0x7F]
        value >>= 7
        while value:
            out.append(0x80 | (value & 0x7F))
            value >>= 7
        return bytes(reversed(out))

    oid_body = bytes([oid[0] * 40 + oid[1]]) + b"".join(subid(s) for s in oid[2:])
    varbind = tlv(0x30, tlv(0x06, oid_body) + b"\x05\x00")
    pdu = tlv(0xA0, integer(request_id) + integer(0) + integer(0) + tlv(0x30, varbind))
    return tlv(0x30, integer(1) + tlv(0x04, community) + pdu)


SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)
# v2c, community "public", GetRequest id 1, sysUpTime.0
PROBE_PUBLIC = encode_v2c_get(b"public", 1, SYS_UPTIME_0)


def probe(host: str, port: int, packet: bytes = PROBE_PUBLIC, timeout: float = 0.05) -> bool:
    """Send ``packet`` once and wait up to ``timeout`` for any reply datagram."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        sock.settimeout(timeout)
        try:
            sock.sendto(packet, (host, port))
            sock.recvfrom(65535)
        except OSError:
            return False
        return True


def wait_until_answering(
    host: str,
    port: int,
    proc: subprocess.Popen[bytes] | None,
    *,
    packet: bytes = PROBE_PUBLIC,
    deadline_s: float = 10.0,
    probe_timeout: float = 0.025,
) -> float:
    """Probe until an answer comes (each probe waits ``probe_timeout`` on the socket), the
    process exits, or ``deadline_s`` passes. Returns seconds waited; raises on failure."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < deadline_s:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with status {proc.returncode} before answering")
        if probe(host, port, packet, probe_timeout):
            return time.monotonic() - t0
    raise TimeoutError(f"nothing answered on {host}:{port} within {deadline_s} s")


def free_udp_port(host: str = "127.0.0.1") -> int:
    """A UDP port on ``host`` (IPv4 or IPv6) that was free a moment ago."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def free_udp_port_pair(attempts: int = 50) -> int:
    """A UDP port that is free on both 127.0.0.1 and ::1 right now."""
    for _ in range(attempts):
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as v4:
            v4.bind(("127.0.0.1", 0))
            port = v4.getsockname()[1]
            with socket.socket(socket.AF_INET6, socket.SOCK_DGRAM) as v6:
                try:
                    v6.bind(("::1", port))
                except OSError:
                    continue
                return port
    raise RuntimeError("no UDP port free on both 127.0.0.1 and ::1")


def snmpd_executable() -> str:
    found = shutil.which("snmpd") or (
        "/usr/sbin/snmpd" if Path("/usr/sbin/snmpd").exists() else None
    )
    if found is None:
        raise RuntimeError(f"snmpd not found: {SNMPD_PACKAGE_HINT}")
    return found


class AgentProcess:
    """An agent in a child process on 127.0.0.1 and [::1] (one free UDP port for both), in a
    temp dir of its own unless given one. Subclasses prepare and launch it in ``start()``
    (with :meth:`_start`); ``stop()`` sends SIGTERM, then SIGKILL after ``stop_timeout``.
    Usable as a context manager."""

    name = "agent"  # the executable, for the temp dir and messages
    host = "127.0.0.1"
    host6 = "::1"
    stop_timeout = 3.0

    def __init__(self, workdir: str | os.PathLike[str] | None = None, port: int | None = None):
        self._own_dir = workdir is None
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix=f"{self.name}-"))
        self._fixed_port = port
        self.port = port or 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.startup_seconds: float | None = None

    @property
    def log_path(self) -> Path:
        return self.workdir / f"{self.name}.log"

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self.port)

    @property
    def address6(self) -> tuple[str, int]:
        return (self.host6, self.port)

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def start(self) -> Self:
        raise NotImplementedError

    def _start(
        self,
        launch: Callable[[], subprocess.Popen[bytes]],
        timeout: float,
        attempts: int,
        packet: bytes = PROBE_PUBLIC,
    ) -> Self:
        """``launch()`` on a free port (``self.port``) until the agent answers ``packet`` on
        v4 and v6 within ``timeout``, at most ``attempts`` times."""
        last_error = ""
        for _ in range(attempts):
            self.port = self._fixed_port or free_udp_port_pair()
            t0 = time.monotonic()
            self.proc = launch()
            try:
                for host in (self.host, self.host6):
                    wait_until_answering(
                        host, self.port, self.proc, packet=packet, deadline_s=timeout
                    )
            except (RuntimeError, TimeoutError) as exc:
                last_error = f"{exc}\n--- {self.log_path.name}:\n{self.log_text()[-4000:]}"
                self.stop()
                if self._fixed_port:
                    break
                continue  # most likely someone took the port in between: try another
            self.startup_seconds = time.monotonic() - t0
            return self
        raise RuntimeError(f"{self.name} did not start (dir {self.workdir}): {last_error}")

    def stop(self, stop_timeout: float | None = None) -> None:
        """SIGTERM, wait up to ``stop_timeout`` (the class's by default), then SIGKILL.
        Idempotent."""
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(self.stop_timeout if stop_timeout is None else stop_timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def close(self) -> None:
        """Stop and remove the temp dir (if this object created it)."""
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} port={self.port} dir={self.workdir} running={self.running}>"


class SnmpdAgent(AgentProcess):
    """A private snmpd. ``start()`` returns once it answers on 127.0.0.1 and ::1; ``stop()``
    sends SIGTERM, then SIGKILL after ``stop_timeout``. Usable as a context manager."""

    name = "snmpd"
    ro_community = "public"
    rw_community = "private"
    # Read-only, everything but UNSTEADY_SUBTREES: for comparing whole-tree walks.
    steady_community = "steady"
    sys_descr = SYS_DESCR
    engine_id = ENGINE_ID

    def __init__(
        self,
        workdir: str | os.PathLike[str] | None = None,
        port: int | None = None,
        extra_ports: int = 0,
    ):
        super().__init__(workdir, port)
        self.users: dict[str, V3User] = dict(V3_USERS)
        # More endpoints of the same agent on 127.0.0.1 (one socket, one receive buffer each),
        # for pipelining to many agents at once: chosen when the config is written.
        self.extra_count = extra_ports
        self.extra_ports: list[int] = []

    # --- paths and addresses
    @property
    def conf_path(self) -> Path:
        return self.workdir / "snmpd.conf"

    @property
    def persist_dir(self) -> Path:
        return self.workdir / "persist"

    @property
    def communities(self) -> dict[str, str]:
        """``{"ro": "public", "rw": "private"}`` (valid from 127.0.0.1 and ::1 alike)."""
        return {"ro": self.ro_community, "rw": self.rw_community}

    @property
    def engine_id_hex(self) -> str:
        return self.engine_id.hex()

    def user(self, profile: str) -> V3User:
        """The v3 user for a profile: noauth, md5, sha, sha-aes, sha-des, sha256-aes,
        sha512-aes256."""
        return self.users[profile]

    # --- config
    def _pick_extra_ports(self) -> list[int]:
        held = []
        try:
            while len(held) < self.extra_count:
                probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                held.append(probe)
                probe.bind(("127.0.0.1", 0))
            return [int(probe.getsockname()[1]) for probe in held]
        finally:
            for probe in held:
                probe.close()

    def config_text(self) -> str:
        self.extra_ports = [p for p in self._pick_extra_ports() if p != self.port]
        extra = "".join(f",udp:127.0.0.1:{p}" for p in self.extra_ports)
        lines = [
            f"agentaddress udp:127.0.0.1:{self.port},udp6:[::1]:{self.port}{extra}",
            f"rocommunity  {self.ro_community} 127.0.0.1",
            f"rwcommunity  {self.rw_community} 127.0.0.1",
            f"rocommunity6 {self.ro_community} ::1",
            f"rwcommunity6 {self.rw_community} ::1",
            f"exactEngineID 0x{self.engine_id.hex()}",
            "view steady included .1",
            *(f"view steady excluded {oid}" for oid in UNSTEADY_SUBTREES.values()),
            f"rocommunity  {self.steady_community} 127.0.0.1 -V steady",
            f"rocommunity6 {self.steady_community} ::1 -V steady",
        ]
        for user in self.users.values():
            spec = f"createUser {user.name}"
            if user.auth_proto:
                spec += f' {user.auth_proto} "{user.auth_key}"'
            if user.priv_proto:
                spec += f' {user.priv_proto} "{user.priv_key}"'
            lines.append(spec)
        lines += [f"rwuser {u.name} {_LEVEL_TOKEN[u.level]}" for u in self.users.values()]
        lines += [
            f"sysDescr {self.sys_descr}",
            # sysName, sysContact, sysLocation are deliberately not set: they stay writable.
            "master no",
            "",
        ]
        return "\n".join(lines)

    # --- lifecycle
    def start(self, timeout: float = 10.0, attempts: int = 5) -> SnmpdAgent:
        """Write the config, start snmpd, wait (bounded) until it answers v4 and v6."""
        exe = snmpd_executable()
        (self.persist_dir / "cert_indexes").mkdir(parents=True, exist_ok=True)
        env = dict(
            os.environ,
            SNMP_PERSISTENT_DIR=str(self.persist_dir),
            SNMPCONFPATH=str(self.workdir),
            MIBDIRS=str(self.workdir),
            MIBS="",
        )
        return self._start(lambda: self._launch(exe, env), timeout, attempts)

    def _launch(self, exe: str, env: dict[str, str]) -> subprocess.Popen[bytes]:
        self.conf_path.write_text(self.config_text())
        self.log_path.write_text("")
        with open(self.workdir / "snmpd.stderr", "wb") as err:
            return subprocess.Popen(
                [
                    exe,
                    "-f",
                    "-C",
                    "-c",
                    str(self.conf_path),
                    "-Lf",
                    str(self.log_path),
                    "-p",
                    str(self.workdir / "snmpd.pid"),
                    "-m",
                    "",
                    "-M",
                    str(self.workdir),
                ],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=err,
            )
