"""What a manager gets back: :class:`Response` as plain data, and the two exceptions a request
can end with besides :class:`~snmpscope.core.errors.SnmpApiError`."""

from __future__ import annotations

from collections.abc import Sequence

from snmpscope.core.api import Message, Pdu
from snmpscope.core.constants import ERROR_STATUS_NAMES
from snmpscope.core.records import FrozenRecord
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid, oid_to_str
from snmpscope.core.smi.values import VarBind

__all__ = ["RequestCancelled", "Response", "SnmpProtocolError"]


class Response(FrozenRecord):
    """A received answer as plain data.

    ``varbinds`` are ``(Oid, SmiValue)`` pairs; ``peer`` is the agent's address; ``rtt`` the
    round trip in seconds (the transport's measure of the answered attempt when it gave one).
    ``request_pdu`` and ``message`` are set only for ``keep=True`` calls: the caller then owns
    those handles and frees them (``message.free()``, ``request_pdu.free()``).
    """

    __slots__ = (
        "pdu_type",
        "request_id",
        "error_status",
        "error_index",
        "varbinds",
        "peer",
        "community",
        "rtt",
        "request_pdu",
        "message",
    )
    pdu_type: int
    request_id: int
    error_status: int
    error_index: int
    varbinds: tuple[VarBind, ...]
    peer: TransportAddress
    community: bytes
    rtt: float
    request_pdu: Pdu | None
    message: Message | None

    def __init__(
        self,
        pdu_type: int,
        request_id: int,
        error_status: int,
        error_index: int,
        varbinds: tuple[VarBind, ...],
        peer: TransportAddress,
        community: bytes,
        rtt: float,
        request_pdu: Pdu | None = None,
        message: Message | None = None,
    ) -> None:
        object.__setattr__(self, "pdu_type", pdu_type)
        object.__setattr__(self, "request_id", request_id)
        object.__setattr__(self, "error_status", error_status)
        object.__setattr__(self, "error_index", error_index)
        object.__setattr__(self, "varbinds", varbinds)
        object.__setattr__(self, "peer", peer)
        object.__setattr__(self, "community", community)
        object.__setattr__(self, "rtt", rtt)
        object.__setattr__(self, "request_pdu", request_pdu)
        object.__setattr__(self, "message", message)

    @property
    def ok(self) -> bool:
        return self.error_status == 0

    @property
    def error_name(self) -> str:
        """net-snmp's camelCase name of the error status (``noSuchName``)."""
        return ERROR_STATUS_NAMES.get(self.error_status, str(self.error_status))

    @property
    def failed_varbind(self) -> VarBind | None:
        """The varbind ``error_index`` points at (1-based), if it is in range."""
        if 1 <= self.error_index <= len(self.varbinds):
            return self.varbinds[self.error_index - 1]
        return None

    def raise_for_status(self, request_oids: Sequence[Oid] = ()) -> Response:
        """Raise :class:`SnmpProtocolError` for a non-zero error status; return self."""
        if self.error_status:
            raise SnmpProtocolError(self, request_oids)
        return self


class SnmpProtocolError(Exception):
    """The agent answered with a non-zero error-status (noSuchName, notWritable, ...).

    ``failed_oid`` is the OID ``error_index`` names: taken from the response's varbinds, or
    from the request's OIDs when the agent sent fewer back.
    """

    def __init__(self, response: Response, request_oids: Sequence[Oid] = ()) -> None:
        self.response = response
        self.error_status = response.error_status
        self.error_index = response.error_index
        failed = response.failed_varbind
        self.varbind = failed
        if failed is not None:
            self.failed_oid: Oid | None = failed[0]
        elif 1 <= response.error_index <= len(request_oids):
            self.failed_oid = request_oids[response.error_index - 1]
        else:
            self.failed_oid = None
        where = f" at .{oid_to_str(self.failed_oid)}" if self.failed_oid else ""
        super().__init__(
            f"agent {response.peer.text()} answered {response.error_name} "
            f"(error-status {response.error_status}, index {response.error_index}){where}"
        )


class RequestCancelled(Exception):
    """The caller's cancel event was set while a request was outstanding."""

    def __init__(self, request_id: int) -> None:
        self.request_id = request_id
        super().__init__(f"request {request_id} was cancelled")
