"""A private net-snmp ``snmptrapd`` on loopback for tests: its own config and state dir,
``createUser`` lines for the SNMPv3 users it accepts, every notification logged to a file."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Self

from agents.netsnmp import V3User

SNMPTRAPD_PACKAGE_HINT = "install the Debian package 'snmptrapd' (apt-get install snmptrapd)"


class Snmptrapd:
    """``users``: (user, engine ID or None) pairs; traps need the sender's engine ID,
    informs the user without one (snmptrapd is their authoritative engine)."""

    def __init__(self, users: list[tuple[V3User, bytes | None]]) -> None:
        self.users = users
        self.workdir = Path(tempfile.mkdtemp(prefix="snmpscope-snmptrapd-"))
        self.log_path = self.workdir / "traps.log"
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def config_text(self) -> str:
        lines = []
        for user, engine_id in self.users:
            spec = "createUser"
            if engine_id is not None:
                spec += f" -e 0x{engine_id.hex()}"
            spec += f" {user.name}"
            if user.auth_proto:
                spec += f' {user.auth_proto} "{user.auth_key}"'
            if user.priv_proto:
                spec += f' {user.priv_proto} "{user.priv_key}"'
            lines.append(spec)
            level = {"noAuthNoPriv": "noauth", "authNoPriv": "auth", "authPriv": "priv"}
            lines.append(f"authUser log {user.name} {level[user.level]}")
        return "\n".join(lines) + "\n"

    def start(self) -> Self:
        exe = shutil.which("snmptrapd") or "/usr/sbin/snmptrapd"
        if not os.path.exists(exe):
            raise RuntimeError(f"snmptrapd not found: {SNMPTRAPD_PACKAGE_HINT}")
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        conf = self.workdir / "snmptrapd.conf"
        conf.write_text(self.config_text())
        env = dict(os.environ, SNMP_PERSISTENT_DIR=str(self.workdir / "persist"), MIBS="")
        self._process = subprocess.Popen(
            [
                exe,
                "-f",
                "-C",
                "-c",
                str(conf),
                "-m",
                "",
                "-M",
                "/dev/null",
                "-On",
                "-Lf",
                str(self.log_path),
                f"udp:127.0.0.1:{self.port}",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.wait_for("NET-SNMP version")
        return self

    def log(self) -> str:
        return self.log_path.read_text() if self.log_path.exists() else ""

    def wait_for(self, needle: str, timeout: float = 10.0) -> str:
        """Wait until ``needle`` is in the log (the daemon writes it as it goes)."""
        deadline = time.monotonic() + timeout
        while True:
            text = self.log()
            if needle in text:
                return text
            if time.monotonic() > deadline:
                raise TimeoutError(f"{needle!r} not logged within {timeout} s: {text!r}")
            if self._process is not None and self._process.poll() is not None:
                raise RuntimeError(f"snmptrapd exited: {text!r}")
            time.sleep(0.02)  # a file has no change signal to wait on

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(10)
        shutil.rmtree(self.workdir, ignore_errors=True)
