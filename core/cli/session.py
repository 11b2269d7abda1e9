"""One command's WinSNMP resources: the application, a session, its :class:`Manager`, and the
agent's entity and community context. Everything the CLI sends goes through these handles."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, TextIO

from snmpscope.core.api import Context, Entity, Session, Snmp, new_application
from snmpscope.core.cli.errors import UsageError, shown
from snmpscope.core.cli.options import parse_community
from snmpscope.core.cli.target import AgentAddress
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import MAXOBJIDSTRSIZE, MINOBJIDSIZE, ApiError, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.states import V3Security
from snmpscope.core.smi.oid import WALK_ROOT_MIN, Oid, oid_from_str
from snmpscope.core.transport import transport_of

FLUSH_S = 2.0  # the longest a command waits at its end for the transport to settle

if TYPE_CHECKING:
    from snmpscope.core.mib.names import MibNames


def is_numeric_oid(text: str) -> bool:
    """True for text MibNames takes as a number (``1.3.6``, ``.1.3.6``): no MIB needed."""
    return text.strip().lstrip(".")[:1].isdigit()


class Console:
    """Where a command writes and what stops it: the process's streams and a stop event
    (SIGTERM sets it; tests and embedding callers set it to end ``listen``/``agent``).

    A plain class rather than a dataclass: every ``snmpscope-cli`` process makes one, and
    defining a dataclass costs the import ~0.5 ms of generated code."""

    __slots__ = ("err", "out", "stop")

    def __init__(self, out: TextIO, err: TextIO, stop: threading.Event | None = None) -> None:
        self.out = out
        self.err = err
        self.stop = stop if stop is not None else threading.Event()


class CliSession:
    """Opens the application and a session on enter, closes both on exit."""

    def __init__(self, name: str = "snmpscope-cli", driven: bool = True) -> None:
        self.name = name
        # The light I/O loop: a command needs nothing of asyncio but its import cost. And
        # ``driven``: no I/O thread either, the loop runs while the command waits for an
        # answer or a notification (no thread hand-over per request). The demo agent, which
        # must answer while the main thread only waits to be stopped, keeps its I/O thread.
        self.snmp = Snmp(new_application(light_io=True, driven_io=driven))
        self._session: Session | None = None
        self._manager: Manager | None = None

    def __enter__(self) -> CliSession:
        self.snmp.start()
        try:
            self._session = self.snmp.session(self.name)
            self._manager = Manager(self._session)
        except BaseException:
            self.snmp.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            # With no I/O thread, what the transport decided last (an inform's acknowledgement,
            # say) goes out only when the loop runs: once more, before the sockets close.
            transport = transport_of(self.snmp.app)
            if transport is not None and transport.driven:
                transport.flush(FLUSH_S)
            if self._session is not None:
                self._session.close()
        finally:
            self.snmp.stop()

    @property
    def session(self) -> Session:
        assert self._session is not None, "use CliSession as a context manager"
        return self._session

    @property
    def manager(self) -> Manager:
        assert self._manager is not None, "use CliSession as a context manager"
        return self._manager

    def agent(
        self,
        agent: AgentAddress,
        version: SnmpVersion,
        community: str,
        timeout_cs: int,
        retry: int,
        security: V3Security | None = None,
        context_name: str = "",
        context_engine_id: bytes = b"",
    ) -> tuple[Entity, Context]:
        """The agent's entity (version, timeout, retries; the USM user for v3) and the
        context: the community, or for v3 the context name and context engine ID."""
        try:
            entity = self.session.entity(
                agent.entity_string, version, timeout_cs, retry, security=security
            )
        except SnmpApiError as exc:
            if exc.code in (ApiError.ENTITY_UNKNOWN, ApiError.SIZE_INVALID):
                raise UsageError(f"bad agent address {shown(agent.text)}: {exc.detail}") from None
            raise
        if version == SnmpVersion.V3:
            name = context_name.encode("utf-8", "surrogateescape")
            return entity, self.session.context(name, context_engine_id)
        return entity, self.session.context(parse_community(community))


def resolve_oid(text: str, names: MibNames | None, walk_root: bool = False) -> Oid:
    """An OID from a name or number; :class:`UsageError` in net-snmp's words otherwise.

    ``names`` None: only numbers are taken (what MibNames does with them, without it).

    A ``walk_root`` may be a single arc (``.1``, ``iso``), as net-snmp's walks take it; an
    OID that goes into a PDU needs two. Text longer than an OID string may be (1408 bytes,
    WinSNMP's MAXOBJIDSTRSIZE) is refused without reading it, and named by its start."""
    if len(text) > MAXOBJIDSTRSIZE:
        raise UsageError(
            f"{shown(text)}: Unknown Object Identifier (longer than {MAXOBJIDSTRSIZE} "
            "characters, the most an OID may have)"
        )
    min_length = WALK_ROOT_MIN if walk_root else MINOBJIDSIZE
    try:
        if names is None:
            return oid_from_str(text.strip(), min_length)
        return names.name_to_oid(text, min_length)
    except SnmpApiError as exc:
        raise UsageError(f"{text}: Unknown Object Identifier ({exc.detail})") from None
