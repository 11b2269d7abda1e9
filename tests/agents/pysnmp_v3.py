"""A pysnmp-engine SNMPv3 agent on loopback, for the protocols net-snmp 5.9.3 lacks.

Debian's net-snmp has no 3DES and only the Blumenthal key extension for AES-192/AES-256.
This agent is pysnmp's own command responder (``cmdrsp``, USM, VACM) on its own thread and
asyncio loop, serving pysnmp's SNMPv2-MIB instances (``sysDescr.0`` ...), with users for 3DES
and for AES-192/AES-256 with the Reeder key extension (Cisco's "AES256C"), each with an auth
protocol whose digest is shorter than the AES key, so the extension matters.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from typing import Any, Self

from agents.netsnmp import V3User

# net-snmp spellings (what snmpscope-cli's -a/-x take)
PYSNMP_USERS: dict[str, V3User] = {
    "sha-3des": V3User("sha-3des-user", "SHA", "sha-3des-auth", "3DES", "sha-3des-priv"),
    "md5-3des": V3User("md5-3des-user", "MD5", "md5-3des-auth", "3DES", "md5-3des-priv"),
    "md5-aes192c": V3User("md5-aes192c-user", "MD5", "md5-aes192c-a", "AES-192-C", "md5-aes192c-p"),
    "sha-aes256c": V3User("sha-aes256c-user", "SHA", "sha-aes256c-a", "AES-256-C", "sha-aes256c-p"),
    "md5-aes256c": V3User("md5-aes256c-user", "MD5", "md5-aes256c-a", "AES-256-C", "md5-aes256c-p"),
}


def _ids(user: V3User) -> tuple[Any, Any]:
    from pysnmp.entity import config

    auth = {
        "MD5": config.USM_AUTH_HMAC96_MD5,
        "SHA": config.USM_AUTH_HMAC96_SHA,
    }[user.auth_proto or ""]
    priv = {
        "3DES": config.USM_PRIV_CBC168_3DES,
        "AES-192-C": config.USM_PRIV_CFB192_AES,
        "AES-256-C": config.USM_PRIV_CFB256_AES,
    }[user.priv_proto or ""]
    return auth, priv


class PysnmpV3Agent:
    """Start with :meth:`start` (or as a context manager); ``port`` is chosen free."""

    def __init__(self) -> None:
        self.users = dict(PYSNMP_USERS)
        self.port = 0
        self.engine_id = b""
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._engine: Any = None

    def user(self, profile: str) -> V3User:
        return self.users[profile]

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> Self:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        ready = threading.Event()
        failure: list[BaseException] = []
        loop = asyncio.new_event_loop()
        self._loop = loop

        def run() -> None:
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._setup())
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

        self._thread = threading.Thread(target=run, name="pysnmp-v3-agent", daemon=True)
        self._thread.start()
        if not ready.wait(30):
            raise TimeoutError("the pysnmp v3 agent did not start")
        if failure:
            raise failure[0]
        return self

    async def _setup(self) -> None:
        from pysnmp.carrier.asyncio.dgram import udp
        from pysnmp.entity import config, engine
        from pysnmp.entity.rfc3413 import cmdrsp, context

        eng = engine.SnmpEngine()
        transport = udp.UdpAsyncioTransport().open_server_mode(("127.0.0.1", self.port))
        config.add_transport(eng, udp.DOMAIN_NAME, transport)
        await transport._lport
        for user in self.users.values():
            auth, priv = _ids(user)
            config.add_v3_user(eng, user.name, auth, user.auth_key, priv, user.priv_key)
            config.add_vacm_user(eng, 3, user.name, "authPriv", (1, 3, 6), (1, 3, 6))
        ctx = context.SnmpContext(eng)
        for responder in (
            cmdrsp.GetCommandResponder,
            cmdrsp.SetCommandResponder,
            cmdrsp.NextCommandResponder,
            cmdrsp.BulkCommandResponder,
        ):
            responder(eng, ctx)
        (engine_id,) = eng.get_mib_builder().import_symbols("__SNMP-FRAMEWORK-MIB", "snmpEngineID")
        self.engine_id = bytes(engine_id.syntax)
        self._engine = eng

    def stop(self) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return

        def close() -> None:
            if self._engine is not None:
                self._engine.close_dispatcher()
            loop.stop()

        loop.call_soon_threadsafe(close)
        thread.join(10)
        self._loop = self._thread = None
