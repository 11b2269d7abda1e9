"""Run the net-snmp command line tools (``snmpget``, ``snmpwalk``, ``snmptrap`` ...) as reference
clients, isolated from the machine's configuration.

Every tool runs with its own ``SNMP_PERSISTENT_DIR`` (a temp dir, so nothing lands in
``/var/lib/snmp``), ``SNMPCONFPATH`` pointing at that empty dir (so ``/etc/snmp/snmp.conf`` and
``~/.snmp`` are ignored), ``MIBS=`` and ``-m ""`` (no MIB parsing, no "Cannot find module" noise).
Output is numeric (``-On``) so it can be parsed without MIBs: see :func:`parse_numeric`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

Oid = tuple[int, ...]
VarbindRow = tuple[Oid, str, str]
OidLike = str | Iterable[int]

NETSNMP_PACKAGE_HINT = "install the Debian package 'snmp' (apt-get install snmp)"

# net-snmp spells protocols like this on the command line and in snmpd.conf's createUser.
_PYSNMP_AUTH = {
    None: "USM_AUTH_NONE",
    "MD5": "USM_AUTH_HMAC96_MD5",
    "SHA": "USM_AUTH_HMAC96_SHA",
    "SHA-224": "USM_AUTH_HMAC128_SHA224",
    "SHA-256": "USM_AUTH_HMAC192_SHA256",
    "SHA-384": "USM_AUTH_HMAC256_SHA384",
    "SHA-512": "USM_AUTH_HMAC384_SHA512",
}
# net-snmp's "AES-192"/"AES-256" are the Blumenthal key extension ("-C" would be Reeder/Cisco).
_PYSNMP_PRIV = {
    None: "USM_PRIV_NONE",
    "DES": "USM_PRIV_CBC56_DES",
    "AES": "USM_PRIV_CFB128_AES",
    "AES-192": "USM_PRIV_CFB192_AES_BLUMENTHAL",
    "AES-256": "USM_PRIV_CFB256_AES_BLUMENTHAL",
}


@dataclass(frozen=True)
class V3User:
    """One SNMPv3 USM user: protocols in net-snmp spelling, keys as passphrases."""

    name: str
    auth_proto: str | None = None  # MD5, SHA, SHA-224, SHA-256, SHA-384, SHA-512
    auth_key: str | None = None
    priv_proto: str | None = None  # DES, AES (128), AES-192, AES-256 (Blumenthal)
    priv_key: str | None = None

    @property
    def level(self) -> str:
        """``noAuthNoPriv``, ``authNoPriv`` or ``authPriv`` (net-snmp's ``-l`` spelling)."""
        if self.auth_proto is None:
            return "noAuthNoPriv"
        return "authNoPriv" if self.priv_proto is None else "authPriv"

    def with_keys(self, auth_key: str | None = None, priv_key: str | None = None) -> V3User:
        """A copy with other keys (for wrong-key tests); ``None`` keeps the current key."""
        return replace(
            self,
            auth_key=self.auth_key if auth_key is None else auth_key,
            priv_key=self.priv_key if priv_key is None else priv_key,
        )

    def netsnmp_args(self) -> list[str]:
        """``-v3 -l LEVEL -u NAME [-a P -A KEY [-x P -X KEY]]`` for any net-snmp tool."""
        args = ["-v3", "-l", self.level, "-u", self.name]
        if self.auth_proto is not None:
            args += ["-a", self.auth_proto, "-A", self.auth_key or ""]
        if self.priv_proto is not None:
            args += ["-x", self.priv_proto, "-X", self.priv_key or ""]
        return args

    def pysnmp_user_data(self, **kwargs: Any) -> Any:
        """The same user as a pysnmp ``UsmUserData`` (extra keyword arguments pass through)."""
        from pysnmp.hlapi.v3arch import asyncio as hlapi

        return hlapi.UsmUserData(
            self.name,
            authKey=self.auth_key if self.auth_proto else None,
            privKey=self.priv_key if self.priv_proto else None,
            authProtocol=getattr(hlapi, _PYSNMP_AUTH[self.auth_proto]),
            privProtocol=getattr(hlapi, _PYSNMP_PRIV[self.priv_proto]),
            **kwargs,
        )


class NetSnmpError(RuntimeError):
    """A net-snmp tool failed; ``result`` is its CompletedProcess."""

    def __init__(self, message: str, result: subprocess.CompletedProcess[str]) -> None:
        super().__init__(f"{message}\n$ {' '.join(map(str, result.args))}\n{result.stderr}")
        self.result = result


def oid_text(oid: OidLike) -> str:
    """Dotted text with a leading dot (what net-snmp prints with ``-On``)."""
    if isinstance(oid, str):
        return oid if oid.startswith(".") else "." + oid
    return "." + ".".join(str(int(s)) for s in oid)


def parse_oid(text: str) -> Oid:
    """``".1.3.6.1"`` or ``"1.3.6.1"`` -> ``(1, 3, 6, 1)``."""
    return tuple(int(p) for p in text.strip().lstrip(".").split("."))


def transport_spec(host: str, port: int) -> str:
    """net-snmp agent spec: ``udp:127.0.0.1:161`` or ``udp6:[::1]:161``."""
    if ":" in host:
        return f"udp6:[{host.strip('[]')}]:{port}"
    return f"udp:{host}:{port}"


def version_flag(version: str | int) -> str:
    """``"1"``/``1`` -> ``-v1``, ``"2c"``/``2`` -> ``-v2c``, ``"3"``/``3`` -> ``-v3``."""
    text = str(version).lower().lstrip("v")
    if text in ("1",):
        return "-v1"
    if text in ("2", "2c"):
        return "-v2c"
    if text in ("3",):
        return "-v3"
    raise ValueError(f"unknown SNMP version {version!r}")


# ----------------------------------------------------------------------------- output parsing
_ROW_START = re.compile(r"^(\.?\d+(?:\.\d+)*) = ?(.*)$")
_HEX_LINE = re.compile(r"^(?:[0-9A-Fa-f]{2} ?)+\s*$")
_EXCEPTIONS = {
    "No Such Object available on this agent at this OID": "noSuchObject",
    "No Such Instance currently exists at this OID": "noSuchInstance",
    "No more variables left in this MIB View (It is past the end of the MIB tree)": (
        "endOfMibView"
    ),
}
_LABEL = re.compile(
    r"^(?:Wrong Type \(should be [^)]*\): )?([A-Za-z][A-Za-z0-9 -]*?): ?(.*)$", re.S
)


def _quoted_complete(text: str) -> bool:
    """True when ``text`` (starting with a quote) holds its closing, unescaped quote."""
    escaped = False
    for ch in text[1:]:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            return True
    return False


def _unquote(text: str) -> str:
    body = text.strip()
    if len(body) >= 2 and body[0] == '"' and body[-1] == '"':
        body = body[1:-1]
    return re.sub(r"\\(.)", r"\1", body, flags=re.S)


def _finish(oid_str: str, rest: str) -> VarbindRow:
    oid = parse_oid(oid_str)
    if rest in _EXCEPTIONS:
        return oid, _EXCEPTIONS[rest], ""
    if rest.startswith('"'):  # an empty OCTET STRING prints as ``""`` without a label
        return oid, "STRING", _unquote(rest)
    if rest.strip() == "NULL":
        return oid, "NULL", ""
    m = _LABEL.match(rest)
    if not m:
        return oid, "", rest
    label, value = m.group(1), m.group(2)
    if label == "STRING":
        value = _unquote(value)
    elif label in ("Hex-STRING", "BITS"):
        value = " ".join(value.split())
    return oid, label, value.rstrip("\n")


def parse_numeric(text: str) -> list[VarbindRow]:
    """Parse ``-On -m ""`` output into ``(oid, type label, value text)`` rows.

    Labels are as net-snmp prints them (``STRING``, ``Hex-STRING``, ``INTEGER``, ``OID``,
    ``Timeticks``, ``IpAddress``, ``Counter32``, ``Gauge32``, ``Counter64``, ``Opaque``, ``NULL``,
    ...), except that an empty string (printed as ``""``) gets ``STRING`` and the three v2c
    exceptions become ``noSuchObject``/``noSuchInstance``/``endOfMibView`` with an empty value.
    Values: a ``STRING`` is unquoted and unescaped (newlines inside kept), a ``Hex-STRING`` is
    the bytes joined by single spaces across its wrapped lines, anything else is the text after
    the label (``(543) 0:00:05.43`` for Timeticks, ``.1.3.6.1.4.1.8072`` for an OID).
    """
    rows: list[VarbindRow] = []
    cur_oid: str | None = None
    cur_rest = ""
    in_quote = False
    in_hex = False

    def flush() -> None:
        if cur_oid is not None:
            rows.append(_finish(cur_oid, cur_rest))

    for line in text.splitlines():
        if cur_oid is not None and in_quote:
            cur_rest += "\n" + line
            in_quote = not _quoted_complete(cur_rest[cur_rest.index('"') :])
            continue
        if cur_oid is not None and in_hex and line.strip() and _HEX_LINE.match(line):
            cur_rest += " " + line.strip()
            continue
        m = _ROW_START.match(line)
        if m is None:
            if cur_oid is not None and line.strip():
                cur_rest += "\n" + line  # an unknown continuation: keep it, don't lose it
            continue
        flush()
        cur_oid, cur_rest = m.group(1), m.group(2)
        in_hex = cur_rest.startswith(("Hex-STRING:", "BITS:"))
        quote_at = cur_rest.find('"')
        in_quote = cur_rest.startswith(("STRING: ", '"')) and (
            quote_at >= 0 and not _quoted_complete(cur_rest[quote_at:])
        )
    flush()
    return rows


# ----------------------------------------------------------------------------- the tools
class NetSnmpTools:
    """Runs net-snmp client tools with an isolated environment; results are CompletedProcess.

    ``tool_dir`` defaults to wherever ``snmpget`` is on PATH (``/usr/bin`` on Debian).
    ``workdir`` holds the tools' persistent state; a temp dir removed by :meth:`close` if omitted.
    """

    def __init__(self, workdir: str | os.PathLike[str] | None = None) -> None:
        found = shutil.which("snmpget")
        if found is None:
            raise RuntimeError(f"net-snmp client tools not found: {NETSNMP_PACKAGE_HINT}")
        self.tool_dir = Path(found).parent
        self._own_dir = workdir is None
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="netsnmp-"))
        persist = self.workdir / "persist"
        (persist / "cert_indexes").mkdir(parents=True, exist_ok=True)  # else "Created directory"
        self.env = dict(
            os.environ,
            SNMP_PERSISTENT_DIR=str(persist),
            SNMPCONFPATH=str(self.workdir),
            MIBS="",
            MIBDIRS=str(self.workdir),
        )
        self.env.pop("SNMP_PERSISTENT_FILE", None)

    def close(self) -> None:
        """Remove the private state dir (if this object created it)."""
        if self._own_dir:
            shutil.rmtree(self.workdir, ignore_errors=True)

    def __enter__(self) -> NetSnmpTools:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- raw runners
    def command(self, tool: str, *args: str) -> list[str]:
        """The full argv: ``/usr/bin/<tool> -m "" <args>``."""
        exe = self.tool_dir / tool
        if not exe.exists():
            raise RuntimeError(f"{tool} not found in {self.tool_dir}: {NETSNMP_PACKAGE_HINT}")
        return [str(exe), "-m", "", *map(str, args)]

    def run(self, tool: str, *args: str, timeout: float = 30.0) -> subprocess.CompletedProcess[str]:
        """Run a tool to completion (no check); stdout/stderr captured as text."""
        return subprocess.run(
            self.command(tool, *args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def popen(self, tool: str, *args: str) -> subprocess.Popen[str]:
        """Start a tool without waiting (stdout/stderr are pipes; call ``communicate()``)."""
        return subprocess.Popen(
            self.command(tool, *args),
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    @staticmethod
    def security_args(
        version: str | int = "2c", community: str = "public", user: V3User | None = None
    ) -> list[str]:
        """``-v1/-v2c -c COMMUNITY`` or, with a user (or version 3), the USM options."""
        if user is not None:
            return user.netsnmp_args()
        flag = version_flag(version)
        if flag == "-v3":
            raise ValueError("SNMPv3 needs a V3User")
        return [flag, "-c", community]

    @staticmethod
    def _budget(timeout: float, retries: int) -> float:
        return timeout * (retries + 1) * 2 + 10.0

    def _request(
        self,
        tool: str,
        security: list[str],
        host: str,
        port: int,
        operands: Iterable[str],
        *,
        timeout: float,
        retries: int,
        options: Sequence[str],
        flags: Sequence[str] = (),
    ) -> subprocess.CompletedProcess[str]:
        """Run one request tool: security, ``-t``/``-r``, ``flags``, ``options``, the agent,
        then ``operands`` (OIDs, or OID/type/value triples)."""
        return self.run(
            tool,
            *security,
            "-t",
            str(timeout),
            "-r",
            str(retries),
            *flags,
            *options,
            transport_spec(host, port),
            *operands,
            timeout=self._budget(timeout, retries),
        )

    # --- request tools
    def get(
        self,
        host: str,
        port: int,
        *oids: OidLike,
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        timeout: float = 1.0,
        retries: int = 0,
        options: Sequence[str] = ("-On",),
    ) -> subprocess.CompletedProcess[str]:
        """``snmpget`` of ``oids``; parse stdout with :func:`parse_numeric`."""
        return self._request(
            "snmpget",
            self.security_args(version, community, user),
            host,
            port,
            map(oid_text, oids),
            timeout=timeout,
            retries=retries,
            options=options,
        )

    def getnext(
        self,
        host: str,
        port: int,
        *oids: OidLike,
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        timeout: float = 1.0,
        retries: int = 0,
        options: Sequence[str] = ("-On",),
    ) -> subprocess.CompletedProcess[str]:
        """``snmpgetnext`` of ``oids``."""
        return self._request(
            "snmpgetnext",
            self.security_args(version, community, user),
            host,
            port,
            map(oid_text, oids),
            timeout=timeout,
            retries=retries,
            options=options,
        )

    def bulkget(
        self,
        host: str,
        port: int,
        *oids: OidLike,
        non_repeaters: int = 0,
        max_repetitions: int = 10,
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        timeout: float = 1.0,
        retries: int = 0,
        options: Sequence[str] = ("-On",),
    ) -> subprocess.CompletedProcess[str]:
        """``snmpbulkget -Cn<N> -Cr<M>`` of ``oids``."""
        return self._request(
            "snmpbulkget",
            self.security_args(version, community, user),
            host,
            port,
            map(oid_text, oids),
            timeout=timeout,
            retries=retries,
            options=options,
            flags=(f"-Cn{non_repeaters}", f"-Cr{max_repetitions}"),
        )

    def set(
        self,
        host: str,
        port: int,
        *assignments: tuple[OidLike, str, str],
        community: str = "private",
        version: str | int = "2c",
        user: V3User | None = None,
        timeout: float = 1.0,
        retries: int = 0,
        options: Sequence[str] = ("-On",),
    ) -> subprocess.CompletedProcess[str]:
        """``snmpset`` of ``(oid, type char, value)`` triples (net-snmp type chars: i u t a o s
        x d b U I F D n)."""
        args: list[str] = []
        for oid, type_char, value in assignments:
            args += [oid_text(oid), type_char, str(value)]
        return self._request(
            "snmpset",
            self.security_args(version, community, user),
            host,
            port,
            args,
            timeout=timeout,
            retries=retries,
            options=options,
        )

    def walk(
        self,
        host: str,
        port: int,
        root: OidLike = ".1.3.6.1",
        *,
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        bulk: bool = False,
        timeout: float = 2.0,
        retries: int = 1,
        options: Sequence[str] = (),
    ) -> subprocess.CompletedProcess[str]:
        """``snmpwalk -On`` (or ``snmpbulkwalk`` with ``bulk=True``) under ``root``."""
        return self.run(
            "snmpbulkwalk" if bulk else "snmpwalk",
            *self.security_args(version, community, user),
            "-On",
            "-t",
            str(timeout),
            "-r",
            str(retries),
            *options,
            transport_spec(host, port),
            oid_text(root),
            timeout=120.0,
        )

    def walk_numeric(
        self,
        host: str,
        port: int,
        community: str = "public",
        version: str | int = "2c",
        root: OidLike = ".1.3.6.1",
        *,
        user: V3User | None = None,
        bulk: bool = False,
        timeout: float = 2.0,
        retries: int = 1,
    ) -> list[VarbindRow]:
        """Walk ``root`` and return ``(oid tuple, type label, value text)`` rows (see
        :func:`parse_numeric`). The closing ``endOfMibView`` row net-snmp prints when the walk
        runs off the end of the agent's tree is left out. Raises :class:`NetSnmpError` when
        the tool fails (timeout, authentication error, ...)."""
        result = self.walk(
            host,
            port,
            root,
            community=community,
            version=version,
            user=user,
            bulk=bulk,
            timeout=timeout,
            retries=retries,
        )
        if result.returncode != 0:
            raise NetSnmpError(f"snmpwalk exited with {result.returncode}", result)
        return [row for row in parse_numeric(result.stdout) if row[1] != "endOfMibView"]

    # --- notifications
    def _notification_args(
        self,
        host: str,
        port: int,
        trap_oid: OidLike,
        varbinds: Iterable[tuple[OidLike, str, str]],
        uptime: int | str,
    ) -> list[str]:
        args = [transport_spec(host, port), str(uptime), oid_text(trap_oid)]
        for oid, type_char, value in varbinds:
            args += [oid_text(oid), type_char, str(value)]
        return args

    def trap(
        self,
        host: str,
        port: int,
        trap_oid: OidLike,
        *varbinds: tuple[OidLike, str, str],
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        uptime: int | str = "",
        engine_id: str | None = None,
    ) -> subprocess.CompletedProcess[str]:
        """Send an SNMPv2-Trap (v2c, or v3 with ``user``; ``engine_id`` is the sender's hex
        engine ID for v3). ``uptime=""`` lets net-snmp fill in its own."""
        extra = ["-e", engine_id] if engine_id else []
        return self.run(
            "snmptrap",
            *self.security_args(version, community, user),
            *extra,
            *self._notification_args(host, port, trap_oid, varbinds, uptime),
            timeout=15.0,
        )

    def trap_popen(
        self,
        host: str,
        port: int,
        trap_oid: OidLike,
        *varbinds: tuple[OidLike, str, str],
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        uptime: int | str = "",
        engine_id: str | None = None,
    ) -> subprocess.Popen[str]:
        """:meth:`trap` without waiting for the tool to exit."""
        extra = ["-e", engine_id] if engine_id else []
        return self.popen(
            "snmptrap",
            *self.security_args(version, community, user),
            *extra,
            *self._notification_args(host, port, trap_oid, varbinds, uptime),
        )

    def trap_v1(
        self,
        host: str,
        port: int,
        enterprise: OidLike,
        generic: int,
        specific: int,
        *varbinds: tuple[OidLike, str, str],
        agent_addr: str = "127.0.0.1",
        community: str = "public",
        uptime: int | str = "",
    ) -> subprocess.CompletedProcess[str]:
        """Send an SNMPv1 Trap-PDU (enterprise, agent-addr, generic/specific trap, uptime)."""
        args = [
            "-v1",
            "-c",
            community,
            transport_spec(host, port),
            oid_text(enterprise),
            agent_addr,
            str(generic),
            str(specific),
            str(uptime),
        ]
        for oid, type_char, value in varbinds:
            args += [oid_text(oid), type_char, str(value)]
        return self.run("snmptrap", *args, timeout=15.0)

    def _inform_args(
        self,
        host: str,
        port: int,
        trap_oid: OidLike,
        varbinds: Iterable[tuple[OidLike, str, str]],
        *,
        community: str,
        version: str | int,
        user: V3User | None,
        uptime: int | str,
        timeout: float,
        retries: int,
    ) -> list[str]:
        return [
            *self.security_args(version, community, user),
            "-t",
            str(timeout),
            "-r",
            str(retries),
            *self._notification_args(host, port, trap_oid, varbinds, uptime),
        ]

    def inform(
        self,
        host: str,
        port: int,
        trap_oid: OidLike,
        *varbinds: tuple[OidLike, str, str],
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        uptime: int | str = "",
        timeout: float = 1.0,
        retries: int = 0,
    ) -> subprocess.CompletedProcess[str]:
        """Send an InformRequest and wait for the acknowledgement (blocks until answered or
        timed out: exit status 0 means acknowledged). Use :meth:`inform_popen` from a thread
        that runs an event loop which must answer the inform."""
        return self.run(
            "snmpinform",
            *self._inform_args(
                host,
                port,
                trap_oid,
                varbinds,
                community=community,
                version=version,
                user=user,
                uptime=uptime,
                timeout=timeout,
                retries=retries,
            ),
            timeout=self._budget(timeout, retries),
        )

    def inform_popen(
        self,
        host: str,
        port: int,
        trap_oid: OidLike,
        *varbinds: tuple[OidLike, str, str],
        community: str = "public",
        version: str | int = "2c",
        user: V3User | None = None,
        uptime: int | str = "",
        timeout: float = 1.0,
        retries: int = 0,
    ) -> subprocess.Popen[str]:
        """:meth:`inform` as a running ``Popen``: ``proc.wait()``/``communicate()`` later;
        ``returncode == 0`` means the receiver acknowledged."""
        return self.popen(
            "snmpinform",
            *self._inform_args(
                host,
                port,
                trap_oid,
                varbinds,
                community=community,
                version=version,
                user=user,
                uptime=uptime,
                timeout=timeout,
                retries=retries,
            ),
        )
