"""``snmpsim-command-responder`` (snmpsim 1.2.2) serving recorded devices on loopback.

The recordings are ``tests/agents/data/*.snmprec`` (``OID|type|value`` lines; the file name is
the community: ``public.snmprec`` answers community ``public``). ``public.snmprec`` is a small
hand-written edge switch: system group, 2-row ifTable, ipAddrTable (IpAddress), ifXTable
(Counter64 up to 2^64-1), OID values, hex strings (one of 32 non-printable bytes that net-snmp
prints over two lines, one printable with an embedded newline).

Quirks of this snmpsim on this machine (see notes/pysnmp-qt-probe.md §3.2): as root it refuses to
run unless ``SNMPSIM_ALLOW_ROOT=true`` (dropping privileges fails here); before serving it loads
every MIB module pysnmp can find (2.5 s with pysnmp-mibs installed, so ``PYSNMP_MIB_DIRS`` points
at an empty dir: ~0.3 s); SET answers ``noSuchInstance`` without the ``writecache`` variation
module; its recorder is broken with pysnmp 7.1.30.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from agents.netsnmp import V3User
from agents.snmpd import SYS_UPTIME_0, AgentProcess, encode_v2c_get

DATA_DIR = Path(__file__).resolve().parent / "data"
SNMPSIM_PACKAGE_HINT = "install snmpsim into the venv: pip install 'snmpsim==1.2.2' (.[test])"


def snmpsim_executable() -> str:
    """``snmpsim-command-responder`` next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / "snmpsim-command-responder"
    if beside.exists():
        return str(beside)
    found = shutil.which("snmpsim-command-responder")
    if found is None:
        raise RuntimeError(f"snmpsim-command-responder not found: {SNMPSIM_PACKAGE_HINT}")
    return found


class SnmpsimAgent(AgentProcess):
    """snmpsim on 127.0.0.1 and [::1] (same free port). ``community`` selects the recording;
    ``v3_user`` reaches the same data with SNMPv3 (context name = recording name, e.g.
    ``-n public``). ``start()`` returns once a v2c GET is answered; ``stop()`` is SIGTERM, then
    SIGKILL."""

    name = "snmpsim"
    stop_timeout = 5.0
    community = "public"
    engine_id = bytes.fromhex("80004fb805736e6d7073696d") + b"-test"
    v3_user = V3User("sim-user", "SHA", "sim-auth-pass", "AES", "sim-priv-pass")

    def __init__(
        self,
        data_dir: str | os.PathLike[str] = DATA_DIR,
        workdir: str | os.PathLike[str] | None = None,
        port: int | None = None,
    ) -> None:
        super().__init__(workdir, port)
        self.source_dir = Path(data_dir)

    @property
    def data_dir(self) -> Path:
        """The copy of the recordings snmpsim serves (it writes indexes to ``cache_dir``)."""
        return self.workdir / "data"

    @property
    def cache_dir(self) -> Path:
        return self.workdir / "cache"

    @property
    def recordings(self) -> list[str]:
        """Community names served (one per ``.snmprec`` file)."""
        return sorted(p.stem for p in self.source_dir.glob("*.snmprec"))

    def command(self) -> list[str]:
        user = self.v3_user
        return [
            snmpsim_executable(),
            "--logging-method=stderr",
            "--log-level=info",
            f"--cache-dir={self.cache_dir}",
            # Everything after --v3-engine-id configures that one engine (order matters).
            f"--v3-engine-id={self.engine_id.hex()}",
            f"--data-dir={self.data_dir}",
            f"--v3-user={user.name}",
            f"--v3-auth-proto={user.auth_proto}",
            f"--v3-auth-key={user.auth_key}",
            f"--v3-priv-proto={user.priv_proto}",
            f"--v3-priv-key={user.priv_key}",
            f"--agent-udpv4-endpoint={self.host}:{self.port}",
            f"--agent-udpv6-endpoint=[{self.host6}]:{self.port}",
        ]

    def start(self, timeout: float = 30.0, attempts: int = 3) -> SnmpsimAgent:
        """Copy the recordings, start snmpsim, wait (bounded) until it answers on v4 and v6."""
        if self.data_dir.exists():
            shutil.rmtree(self.data_dir)
        shutil.copytree(self.source_dir, self.data_dir)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "mibs").mkdir(exist_ok=True)
        env = dict(
            os.environ,
            SNMPSIM_ALLOW_ROOT="true",
            # snmpsim loads *every* MIB module pysnmp can find before serving; with the
            # project's pysnmp-mibs installed that costs ~2 s of compile(). An empty MIB dir
            # replaces pysnmp_mibs as the extra source (pysnmp's own core MIBs still load).
            PYSNMP_MIB_DIRS=str(self.workdir / "mibs"),
        )
        env.pop("PYSNMP_MIB_PKGS", None)
        env.pop("PYSNMP_MIB_DIR", None)
        probe = encode_v2c_get(self.community.encode(), 1, SYS_UPTIME_0)
        return self._start(lambda: self._launch(env), timeout, attempts, probe)

    def _launch(self, env: dict[str, str]) -> subprocess.Popen[bytes]:
        with open(self.log_path, "wb") as log:
            return subprocess.Popen(
                self.command(),
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
            )
