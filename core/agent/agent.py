"""The embedded demo agent: :class:`DemoMib` served over UDP through the core's own agent role.

A new user has no lab switch, so the app (and the command line) can start this agent on
loopback and get a working session with real SNMP traffic. It is an ordinary WinSNMP client of
the application it is given: it opens its own session, makes an entity of its address with
SnmpStrToEntity, calls SnmpListen, and answers each request that arrives in its session queue
with SnmpSendMsg(session, agent entity, manager entity, context, RESPONSE PDU).

Communities: ``public`` reads, ``private`` reads and writes; a SET with the read-only
community gets ``noAccess`` (SNMPv1: ``noSuchName``); any other community is dropped without
an answer, as agents do. SNMPv3: the users of :mod:`~snmpscope.core.agent.v3_users` (one per
security level; only the authPriv one writes), in the default (empty) context; the USM
itself (discovery, keys, digests, Reports) is the transport's. The protocol semantics
(v1/v2c errors, GETBULK, atomic SET) are :class:`DemoMib`'s.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
from typing import TYPE_CHECKING

from snmpscope.core.agent.mib import DemoMib
from snmpscope.core.agent.v3_users import DEMO_USERS, DemoUser
from snmpscope.core.constants import (
    DEMO_AGENT_PORT,
    SNMPAPI_OFF,
    SNMPAPI_ON,
    SNMPAPI_SUCCESS,
    V2_TO_V1_ERROR_STATUS,
    ApiError,
    ErrorStatus,
    PduType,
    SnmpVersion,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.snapshots import ContextInfo, EntityInfo
from snmpscope.core.model.states import PduData
from snmpscope.core.smi.address import join_host_port
from snmpscope.core.smi.values import VarBind

if TYPE_CHECKING:
    from snmpscope.core.api import Snmp
    from snmpscope.core.model.application import Application

log = logging.getLogger(__name__)

ANSWERED_TYPES = frozenset({PduType.GET, PduType.GETNEXT, PduType.GETBULK, PduType.SET})
EPHEMERAL_ATTEMPTS = 5


class DemoAgent:
    """The demo router on ``host``:``port`` (port 0, or a taken port with
    ``fallback_to_ephemeral``, picks a free one).

    ``app_or_snmp`` is an :class:`Application` or a :class:`Snmp`; the agent holds its own
    counted startup reference (SnmpStartupEx) from :meth:`start` to :meth:`stop`, so it keeps
    working whatever the rest of the program does with its own references.
    """

    def __init__(
        self,
        app_or_snmp: Application | Snmp,
        host: str = "127.0.0.1",
        port: int = DEMO_AGENT_PORT,
        *,
        mib: DemoMib | None = None,
        read_community: bytes = b"public",
        write_community: bytes = b"private",
        fallback_to_ephemeral: bool = True,
        v3_users: tuple[DemoUser, ...] = DEMO_USERS,
    ) -> None:
        app = getattr(app_or_snmp, "app", app_or_snmp)
        self.app: Application = app  # type: ignore[assignment]
        self.host = host
        self.requested_port = port
        self.mib = mib if mib is not None else DemoMib()
        self.read_community = bytes(read_community)
        self.write_community = bytes(write_community)
        self.fallback_to_ephemeral = fallback_to_ephemeral
        self.v3_users = {user.security.user: user for user in v3_users}
        self._port = 0
        self._session = 0
        self._entity = 0
        self._started_ex = False
        self._served = 0
        self._dropped = 0
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ properties
    @property
    def port(self) -> int:
        """The UDP port the agent listens on (0 before :meth:`start`)."""
        return self._port

    @property
    def address(self) -> tuple[str, int]:
        return (self.host, self._port)

    @property
    def entity_string(self) -> str:
        """The address as an entity string (``127.0.0.1:16161``, ``[::1]:16161``)."""
        return join_host_port(self.host, self._port)

    @property
    def running(self) -> bool:
        return bool(self._session)

    @property
    def requests_served(self) -> int:
        """Requests answered so far."""
        return self._served

    @property
    def requests_dropped(self) -> int:
        """Requests dropped for a wrong community (or a PDU type an agent does not answer)."""
        return self._dropped

    @property
    def session(self) -> int:
        """The agent's own session handle (0 when stopped)."""
        return self._session

    # ------------------------------------------------------------------ lifecycle
    def start(self) -> tuple[str, int]:
        """Open the session, bind the port and start answering; returns ``(host, port)``.

        Raises :class:`SnmpApiError` (TL_OTHER when the port is taken and no fallback is
        allowed, NOT_INITIALIZED ... ) and leaves nothing behind on failure.
        """
        if self._session:
            return self.address
        app = self.app
        app.startup_ex()
        self._started_ex = True
        try:
            self._session = app.create_session(callback=self._on_notify, name="Demo agent")
            for user in self.v3_users.values():
                app.add_usm_user(user.security)
            self._listen(self.requested_port or _free_port(self.host))
        except BaseException:
            self.stop()
            raise
        log.info("demo agent listening on %s", self.entity_string)
        return self.address

    def _listen(self, port: int) -> None:
        app = self.app
        for attempt in range(EPHEMERAL_ATTEMPTS + 1):
            self._entity = app.str_to_entity(self._session, join_host_port(self.host, port))
            try:
                app.listen(self._entity, SNMPAPI_ON)
            except SnmpApiError as exc:
                app.free_entity(self._entity)
                self._entity = 0
                if exc.code != ApiError.TL_OTHER or not self.fallback_to_ephemeral:
                    raise
                if attempt == EPHEMERAL_ATTEMPTS:
                    raise
                port = _free_port(self.host)  # taken: try a port the kernel just had free
                continue
            self._port = port
            return

    def stop(self) -> None:
        """Release the port, close the session and drop the startup reference. Idempotent;
        the startup reference goes even when releasing the rest fails."""
        app = self.app
        session, self._session = self._session, 0
        entity, self._entity = self._entity, 0
        where = self.entity_string
        try:
            if session:
                try:
                    if entity and app.is_valid(entity):
                        app.listen(entity, SNMPAPI_OFF)
                    app.close(session)
                except SnmpApiError as exc:
                    log.debug("demo agent stop: %s", exc)
        finally:
            self._port = 0
            if self._started_ex:
                self._started_ex = False
                try:
                    app.cleanup_ex()
                except SnmpApiError as exc:
                    log.debug("demo agent cleanup: %s", exc)
        if session:
            log.info("demo agent on %s stopped", where)

    def __enter__(self) -> DemoAgent:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"on {self.entity_string}" if self._session else "stopped"
        return f"<DemoAgent {state}, {self._served} requests served>"

    # ------------------------------------------------------------------ serving
    def _on_notify(
        self, session: int, window: object, wmsg: int, wparam: int, lparam: int, data: object
    ) -> int:
        """The session callback (transport dispatcher thread): answer what is queued.

        Always returns SUCCESS: any other value would make WinSNMP close the session.
        """
        if wparam != 0:
            return SNMPAPI_SUCCESS
        with self._lock:  # one request at a time, in arrival order
            while self._session == session:
                try:
                    handles = self.app.recv_msg(session)
                except SnmpApiError as exc:
                    if exc.code not in (ApiError.NOOP, ApiError.SESSION_INVALID):
                        log.warning("demo agent could not receive: %s", exc)
                    break
                try:
                    self._answer(session, *handles)
                except Exception:
                    if self._session == session:
                        log.exception("demo agent failed to answer a request")
                    else:  # stopped meanwhile (Ctrl-C): the session and its handles are gone
                        log.debug("demo agent stopped while answering", exc_info=True)
                finally:
                    for handle in handles:
                        self._free(handle)
        return SNMPAPI_SUCCESS

    def _answer(self, session: int, manager: int, _local: int, context: int, pdu: int) -> None:
        app = self.app
        request = app.pdu_data(pdu)
        info = app.describe(context)
        community = info.community if isinstance(info, ContextInfo) else b""
        src_info = app.describe(manager)
        version = (
            SnmpVersion(src_info.version) if isinstance(src_info, EntityInfo) else SnmpVersion.V2C
        )
        if version == SnmpVersion.V3:
            # The USM checked user, keys and level already; the context must be the default.
            user = self.v3_users.get(src_info.user if isinstance(src_info, EntityInfo) else "")
            allowed = user is not None and community == b""
            writable = user is not None and user.writable
        else:
            allowed = community in (self.read_community, self.write_community)
            writable = community == self.write_community
        if request.type not in ANSWERED_TYPES or not allowed:
            self._dropped += 1
            return
        status, index, varbinds = self._respond(request, writable, version)
        # Counted before the answer leaves: the manager may act on it at once.
        self._served += 1
        try:
            self._send(session, manager, context, request.request_id, status, index, varbinds)
        except SnmpApiError as exc:
            if exc.code != ApiError.TL_PDU_TOO_BIG:
                self._served -= 1
                raise
            # RFC 3416 §4.2.1: too big for the transport: tooBig with no varbinds.
            self._send(session, manager, context, request.request_id, ErrorStatus.TOOBIG, 0, [])

    def _respond(
        self, request: PduData, writable: bool, version: SnmpVersion
    ) -> tuple[int, int, list[VarBind]]:
        if request.type == PduType.SET and not writable:
            status = int(ErrorStatus.NOACCESS)
            if version == SnmpVersion.V1:
                status = V2_TO_V1_ERROR_STATUS[status]
            return status, 1, list(request.varbinds)
        return self.mib.respond(
            request.type, request.varbinds, version, request.error_status, request.error_index
        )

    def _send(
        self,
        session: int,
        manager: int,
        context: int,
        request_id: int,
        status: int,
        index: int,
        varbinds: list[VarBind],
    ) -> None:
        app = self.app
        vbl = app.create_vbl_from(session, varbinds)
        try:
            response = app.create_pdu(
                session, PduType.RESPONSE, request_id or 1, status, index, vbl
            )
        finally:
            self._free(vbl)
        try:
            if request_id == 0:
                app.set_pdu_data(response, request_id=0)  # create_pdu reads 0 as "generate"
            app.send_msg(session, self._entity, manager, context, response)
        finally:
            # The answer is out: its manager may already act on it, even stop us (the
            # session and this PDU then are gone).
            self._free(response)

    def _free(self, handle: int) -> None:
        app = self.app
        info = app.describe(handle)
        if info is None:
            return
        free = {
            "ENTITY": app.free_entity,
            "CONTEXT": app.free_context,
            "PDU": app.free_pdu,
            "VBL": app.free_vbl,
        }.get(info.kind.name)
        if free is not None:
            with contextlib.suppress(SnmpApiError):
                free(handle)


def _free_port(host: str) -> int:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


__all__ = ["DemoAgent"]
