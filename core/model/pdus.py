"""PDUs and variable-binding lists (reference §5.4, §5.5), and the request ids PDUs get.

Pure resource model: building, copying, reading and editing the two kinds of handle that
carry SNMP data, with WinSNMP's validation rules and quirks (type 0 is GETNEXT, an empty VBL
counts as NOOP, GETBULK's error fields are non-repeaters and max-repetitions).
"""

from __future__ import annotations

from collections.abc import Iterable

from snmpscope.core.constants import ApiError, HandleKind, PduType
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.handles import HandleTable, brief, is_int
from snmpscope.core.model.states import PduData, PduObj, PduStatus, SessionState, VblState
from snmpscope.core.smi.oid import validate_oid
from snmpscope.core.smi.values import NULL_VALUE, SmiValue, VarBind, make_value

CREATABLE_PDU_TYPES = frozenset(
    {
        PduType.GET,
        PduType.GETNEXT,
        PduType.RESPONSE,
        PduType.SET,
        PduType.GETBULK,
        PduType.INFORM,
        PduType.TRAP,
    }
)
_CREATABLE_BY_NUMBER = {int(kind): kind for kind in CREATABLE_PDU_TYPES}
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
MAX_REQUEST_ID = 2**31 - 1


def check_varbind(oid: object, value: object) -> VarBind:
    """Validate one varbind; OID_INVALID or SYNTAX_INVALID naming the problem."""
    name = validate_oid(oid)  # type: ignore[arg-type]
    if value is None:
        return name, NULL_VALUE
    if not isinstance(value, SmiValue):
        raise SnmpApiError(
            ApiError.SYNTAX_INVALID, f"a value is an SmiValue, not {type(value).__name__}"
        )
    return name, make_value(value.syntax, value.value)


def _items(varbinds: object) -> list[object]:
    """The varbinds of a Pythonic-API list; OID_INVALID unless it is an iterable of them."""
    if isinstance(varbinds, str | bytes):
        raise SnmpApiError(ApiError.OID_INVALID, "varbinds are (OID, value) pairs, not text")
    if not isinstance(varbinds, Iterable):
        raise SnmpApiError(
            ApiError.OID_INVALID, f"varbinds are (OID, value) pairs, not {brief(varbinds)}"
        )
    try:
        return list(varbinds)
    except TypeError:
        raise SnmpApiError(
            ApiError.OID_INVALID, f"varbinds are (OID, value) pairs, not {brief(varbinds)}"
        ) from None


def _pair(varbind: object) -> tuple[object, object]:
    """One (OID, value) pair; OID_INVALID for anything else (no OID can be read from it)."""
    if isinstance(varbind, tuple | list) and len(varbind) == 2:
        return varbind[0], varbind[1]
    raise SnmpApiError(
        ApiError.OID_INVALID, f"a varbind is an (OID, value) pair, not {brief(varbind)}"
    )


class Pdus:
    """PDU and VBL handles, and the request-id generator."""

    def __init__(self, table: HandleTable) -> None:
        self._table = table
        self._lock = table.lock
        self._next_request_id = 1

    # ---------------------------------------------------------------- request ids
    def _generate_request_id(self) -> int:
        """Per-process increasing ids in 1..2^31-1 that skip ids still outstanding."""
        busy = self._outstanding_request_ids()
        for _ in range(MAX_REQUEST_ID):
            rid = self._next_request_id
            self._next_request_id = rid % MAX_REQUEST_ID + 1
            if rid not in busy:
                return rid
        return self._table.fail(ApiError.ALLOC_ERROR, "no free request id")

    def _outstanding_request_ids(self) -> set[int]:
        ids: set[int] = set()
        for session in self._table.sessions.values():
            ids.update(session.outstanding)
        return ids

    # ---------------------------------------------------------------- PDUs
    def create_pdu(
        self,
        session: int,
        pdu_type: int = 0,
        request_id: int = 0,
        error_status: int = 0,
        error_index: int = 0,
        vbl: int | None = 0,
    ) -> int:
        """SnmpCreatePdu. Type 0 means GETNEXT; request id 0 asks for a generated one; for
        GETBULK the error fields are non-repeaters and max-repetitions; the VBL is copied."""
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            source = self._table.optional_resource(vbl, HandleKind.VBL, VblState, state)
            varbinds = [] if source is None else list(source.varbinds)
            return self._new_pdu(state, pdu_type, request_id, error_status, error_index, varbinds)

    def create_pdu_from(
        self,
        session: int,
        pdu_type: int,
        varbinds: Iterable[tuple[object, object]],
        request_id: int = 0,
        error_status: int = 0,
        error_index: int = 0,
    ) -> tuple[int, int]:
        """Pythonic-API helper: SnmpCreatePdu of a list of varbinds (each validated as
        :meth:`create_vbl_from` does) without a VBL handle in between; returns the PDU handle
        and its request id."""
        with self._lock:
            state, checked = self._checked_varbinds(session, varbinds)
            handle = self._new_pdu(state, pdu_type, request_id, error_status, error_index, checked)
            return handle, int(self._table.handles[handle].data.request_id)

    def _new_pdu(
        self,
        state: SessionState,
        pdu_type: int,
        request_id: int,
        error_status: int,
        error_index: int,
        varbinds: list[VarBind],
    ) -> int:
        """The checks and the handle of SnmpCreatePdu, holding the lock."""
        zero = is_int(pdu_type) and pdu_type == 0  # False is not 0 here
        kind = PduType.GETNEXT if zero else self._pdu_type(pdu_type, state)
        if not (  # the common case in one test: three plain ints in range
            type(request_id) is int
            and type(error_status) is int
            and type(error_index) is int
            and INT32_MIN <= request_id <= INT32_MAX
            and INT32_MIN <= error_status <= INT32_MAX
            and INT32_MIN <= error_index <= INT32_MAX
        ):
            for label, number in (
                ("request id", request_id),
                ("error status", error_status),
                ("error index", error_index),
            ):
                if (
                    isinstance(number, bool)
                    or not isinstance(number, int)
                    or not (INT32_MIN <= number <= INT32_MAX)
                ):
                    self._table.fail(
                        ApiError.PDU_INVALID,
                        f"{label} {brief(number)} is not a 32-bit integer",
                        state,
                    )
        self._table.check_room(state)
        rid = request_id or self._generate_request_id()
        data = PduData(int(kind), rid, error_status, error_index, varbinds)
        return self._table.adopt(state, PduObj(self._table.new_handle(), state.handle, data))

    def _pdu_type(self, pdu_type: object, state: SessionState | None) -> PduType:
        known = (  # not a bool, not a float: those take the checks below
            _CREATABLE_BY_NUMBER.get(pdu_type)
            if type(pdu_type) is int or type(pdu_type) is PduType
            else None
        )
        if known is not None:  # the common case, without the enum's lookup call
            return known
        try:
            if not is_int(pdu_type):  # PduType(160.0) would find GET
                raise ValueError(pdu_type)
            kind = PduType(pdu_type)
        except ValueError:
            self._table.fail(ApiError.PDU_INVALID, f"unknown PDU type {brief(pdu_type)}", state)
        if kind not in CREATABLE_PDU_TYPES:
            self._table.fail(
                ApiError.PDU_INVALID,
                f"PDU type {kind.name} cannot be created (send v1 traps as SNMPv2 TRAP PDUs)",
                state,
            )
        return kind

    def get_pdu_data(self, pdu: int, want_vbl: bool = True) -> tuple[int, int, int, int, int]:
        """SnmpGetPduData: (type, request id, error status, error index, new VBL handle or 0).

        A new VBL handle, owned by the PDU's session, is made on every call with ``want_vbl``.
        """
        with self._lock:
            self._table.require_started()
            obj = self._table.resource(pdu, HandleKind.PDU, PduObj)
            owner = self._table.owner_of(obj)
            vbl = 0
            if want_vbl and owner is not None:
                self._table.check_room(owner)
                vbl = self._table.adopt(
                    owner, VblState(self._table.new_handle(), owner.handle, list(obj.data.varbinds))
                )
            d = obj.data
            return d.type, d.request_id, d.error_status, d.error_index, vbl

    def pdu_request_id(self, pdu: int) -> int:
        """The PDU's request id (what :meth:`pdu_data` would copy, without the varbinds)."""
        with self._lock:
            self._table.require_started()
            return self._table.resource(pdu, HandleKind.PDU, PduObj).data.request_id

    def pdu_data(self, pdu: int) -> PduData:
        """A copy of the PDU's fields and varbinds (no handle is made)."""
        with self._lock:
            self._table.require_started()
            d = self._table.resource(pdu, HandleKind.PDU, PduObj).data
            return PduData(d.type, d.request_id, d.error_status, d.error_index, list(d.varbinds))

    def pdu_status(self, pdu: int) -> PduStatus:
        with self._lock:
            self._table.require_started()
            s = self._table.resource(pdu, HandleKind.PDU, PduObj).status
            return s.replace()  # a copy

    def set_pdu_data(
        self,
        pdu: int,
        pdu_type: int | None = None,
        request_id: int | None = None,
        non_repeaters: int | None = None,
        max_repetitions: int | None = None,
        vbl: int | None = None,
    ) -> None:
        """SnmpSetPduData: None leaves a field alone; NOOP when every input is None.

        Non-repeaters and max-repetitions apply only when the resulting type is GETBULK.
        """
        with self._lock:
            self._table.require_started()
            obj = self._table.resource(pdu, HandleKind.PDU, PduObj)
            owner = self._table.owner_of(obj)
            if all(v is None for v in (pdu_type, request_id, non_repeaters, max_repetitions, vbl)):
                self._table.fail(ApiError.NOOP, "nothing to set", owner)
            varbinds = None
            if vbl is not None:
                varbinds = list(self._table.resource(vbl, HandleKind.VBL, VblState, owner).varbinds)
            kind = None if pdu_type is None else self._pdu_type(pdu_type, owner)
            for label, number in (
                ("request id", request_id),
                ("non-repeaters", non_repeaters),
                ("max-repetitions", max_repetitions),
            ):
                if number is not None and (
                    isinstance(number, bool)
                    or not isinstance(number, int)
                    or not INT32_MIN <= number <= INT32_MAX
                ):
                    self._table.fail(
                        ApiError.PDU_INVALID,
                        f"{label} {brief(number)} is not a 32-bit integer",
                        owner,
                    )
            d = obj.data
            if kind is not None:
                d.type = int(kind)
            if request_id is not None:
                d.request_id = request_id
            if d.type == PduType.GETBULK:
                if non_repeaters is not None:
                    d.error_status = non_repeaters
                if max_repetitions is not None:
                    d.error_index = max_repetitions
            if varbinds is not None:
                d.varbinds = varbinds
            self._table.changed(obj, "data")

    def duplicate_pdu(self, session: int, pdu: int) -> int:
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            obj = self._table.resource(pdu, HandleKind.PDU, PduObj, state)
            self._table.check_room(state)
            d = obj.data
            copy = PduData(d.type, d.request_id, d.error_status, d.error_index, list(d.varbinds))
            return self._table.adopt(state, PduObj(self._table.new_handle(), state.handle, copy))

    def free_pdu(self, pdu: int) -> None:
        with self._lock:
            self._table.require_started()
            self._table.free(self._table.resource(pdu, HandleKind.PDU, PduObj))

    # ---------------------------------------------------------------- VBLs
    def create_vbl(
        self, session: int, oid: Iterable[int] | None = None, value: SmiValue | None = None
    ) -> int:
        """SnmpCreateVbl: no OID → an empty list; an OID without a value → a NULL value."""
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            varbinds: list[VarBind] = []
            if oid is not None:
                try:
                    varbinds.append(check_varbind(oid, value))
                except SnmpApiError as exc:
                    raise self._table.record(exc, state) from None
            self._table.check_room(state)
            return self._table.adopt(
                state, VblState(self._table.new_handle(), state.handle, varbinds)
            )

    def _checked_varbinds(
        self, session: int, varbinds: Iterable[tuple[object, object]]
    ) -> tuple[SessionState, list[VarBind]]:
        """The session and a Pythonic-API varbind list, each varbind validated; holding the
        lock (a failure is the session's last error too)."""
        self._table.require_started()
        state = self._table.session(session)
        try:
            return state, [check_varbind(*_pair(varbind)) for varbind in _items(varbinds)]
        except SnmpApiError as exc:
            raise self._table.record(exc, state) from None

    def create_vbl_from(self, session: int, varbinds: Iterable[tuple[object, object]]) -> int:
        """Pythonic-API helper: a VBL holding ``varbinds`` (each validated) in one call."""
        with self._lock:
            state, checked = self._checked_varbinds(session, varbinds)
            self._table.check_room(state)
            return self._table.adopt(
                state, VblState(self._table.new_handle(), state.handle, checked)
            )

    def duplicate_vbl(self, session: int, vbl: int) -> int:
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            source = self._table.resource(vbl, HandleKind.VBL, VblState, state)
            self._table.check_room(state)
            return self._table.adopt(
                state, VblState(self._table.new_handle(), state.handle, list(source.varbinds))
            )

    def free_vbl(self, vbl: int) -> None:
        with self._lock:
            self._table.require_started()
            self._table.free(self._table.resource(vbl, HandleKind.VBL, VblState))

    def count_vbl(self, vbl: int) -> int:
        """SnmpCountVbl: an empty list fails with NOOP (the WinSNMP quirk)."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(vbl, HandleKind.VBL, VblState)
            if not state.varbinds:
                self._table.fail(ApiError.NOOP, "the list is empty")
            return len(state.varbinds)

    def vbl_varbinds(self, vbl: int) -> list[VarBind]:
        with self._lock:
            self._table.require_started()
            return list(self._table.resource(vbl, HandleKind.VBL, VblState).varbinds)

    def get_vb(self, vbl: int, index: int) -> VarBind:
        with self._lock:
            self._table.require_started()
            state = self._table.resource(vbl, HandleKind.VBL, VblState)
            self._check_index(state, index, len(state.varbinds))
            return state.varbinds[index - 1]

    def set_vb(
        self, vbl: int, index: int, oid: Iterable[int] | None = None, value: SmiValue | None = None
    ) -> int:
        """SnmpSetVb: index 0 appends (returns n+1), 1..n replaces (returns index); no OID with
        index != 0 changes only the value; no value means NULL."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(vbl, HandleKind.VBL, VblState)
            owner = self._table.owner_of(state)
            count = len(state.varbinds)
            if not (is_int(index) and index == 0):  # False and 0.0 do not append
                self._check_index(state, index, count)
            if oid is None and index == 0:
                self._table.fail(ApiError.OID_INVALID, "appending needs an OID", owner)
            try:
                name = state.varbinds[index - 1][0] if oid is None else None
                varbind = check_varbind(name if name is not None else oid, value)
            except SnmpApiError as exc:
                raise self._table.record(exc, owner) from None
            if index == 0:
                state.varbinds.append(varbind)
                position = count + 1
            else:
                state.varbinds[index - 1] = varbind
                position = index
            self._table.changed(state, "varbinds")
            return position

    def append_vbs(
        self, vbl: int, varbinds: Iterable[tuple[Iterable[int], SmiValue | None]]
    ) -> int:
        """Append ``varbinds`` to a VBL at once: each checked as :meth:`set_vb` checks it,
        all or none appended, one change announced (a walk streaming into its VBL). Returns
        the new count."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(vbl, HandleKind.VBL, VblState)
            try:
                checked = [check_varbind(oid, value) for oid, value in varbinds]
            except SnmpApiError as exc:
                raise self._table.record(exc, self._table.owner_of(state)) from None
            if checked:
                state.varbinds.extend(checked)
                self._table.changed(state, "varbinds")
            return len(state.varbinds)

    def delete_vb(self, vbl: int, index: int) -> None:
        with self._lock:
            self._table.require_started()
            state = self._table.resource(vbl, HandleKind.VBL, VblState)
            self._check_index(state, index, len(state.varbinds))
            del state.varbinds[index - 1]
            self._table.changed(state, "varbinds")

    def _check_index(self, state: VblState, index: object, count: int) -> None:
        if not is_int(index) or not 1 <= index <= count:
            self._table.fail(
                ApiError.INDEX_INVALID,
                f"index {brief(index)} is outside 1..{count}" if count else "the list is empty",
                self._table.owner_of(state),
            )
