"""The C-style WinSNMP facade: Microsoft's function and constant names, WinSNMP's conventions.

Each function returns what the C function returns: a handle, a status (``SNMPAPI_SUCCESS`` /
``SNMPAPI_FAILURE``) or a count, 0 on failure with the last error set (read it with
``SnmpGetLastError``). Where the C function fills out-parameters, the Python function returns a
tuple: the C return value first, then the outputs in C order. Where C lets the caller pass NULL
for an output (and fails with NOOP when every output is NULL), keyword flags select outputs.

OIDs are tuples of ints, octet strings are bytes, values are ``SmiValue(syntax, value)``.
Outputs that C allocates (OIDs and octets from GetVb, StrToOid, OidCopy, ContextToStr,
EncodeMsg) are descriptors to give back with ``SnmpFreeDescriptor``.

All functions act on one process-wide :class:`Application` (:func:`default_application`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from typing import Any, ParamSpec, TypeVar

from snmpscope.core.api import new_application
from snmpscope.core.constants import *  # noqa: F403 - the facade re-exports every constant
from snmpscope.core.constants import (
    MAXOBJIDSTRSIZE,
    SNMPAPI_FAILURE,
    SNMPAPI_OFF,
    SNMPAPI_ON,
    SNMPAPI_SUCCESS,
    ApiError,
    ErrorStatus,
    GenericTrap,
    HandleKind,
    PduType,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.descriptors import OctetsDescriptor, OidDescriptor
from snmpscope.core.model.handles import brief, is_int
from snmpscope.core.model.lifecycle import VendorInfo
from snmpscope.core.model.states import SessionCallback, V3Security, Window
from snmpscope.core.smi.oid import oid_to_str
from snmpscope.core.smi.values import SmiValue

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")

_app = new_application()

MAXENTITYSTRSIZE = 256

# Flat constant names as in WinSnmp.h.
for _enum, _prefix in (
    (ApiError, "SNMPAPI_"),
    (PduType, "SNMP_PDU_"),
    (Syntax, "SNMP_SYNTAX_"),
    (ErrorStatus, "SNMP_ERROR_"),
    (GenericTrap, "SNMP_TRAP_"),
):
    for _member_name, _member in _enum.__members__.items():
        globals()[_prefix + _member_name] = int(_member)


def default_application() -> Application:
    """The application every facade function acts on."""
    return _app


def reset_default_application(app: Application | None = None) -> Application:
    """Replace the process-wide application (tests; embedding). The old one is not cleaned."""
    global _app
    _app = app if app is not None else new_application()
    return _app


def _c_call(failure: Any) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Turn SnmpApiError into the C failure value; unexpected errors become OTHER_ERROR."""

    def wrap(func: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(func)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            try:
                return func(*args, **kwargs)
            except SnmpApiError:
                return failure  # type: ignore[no-any-return]
            except MemoryError:
                _app.record_failure(SnmpApiError(ApiError.ALLOC_ERROR, "out of memory"))
                return failure  # type: ignore[no-any-return]
            except Exception as exc:
                log.exception("unexpected error in %s", func.__name__)
                _app.record_failure(SnmpApiError(ApiError.OTHER_ERROR, repr(exc)))
                return failure  # type: ignore[no-any-return]

        return call

    return wrap


# -------------------------------------------------------------------- startup / cleanup
@_c_call((SNMPAPI_FAILURE, 0, 0, 0, 0, 0))
def SnmpStartup() -> tuple[int, int, int, int, int, int]:
    """-> (status, major, minor, level, translate_mode, retransmit_mode)"""
    info = _app.startup()
    return (
        SNMPAPI_SUCCESS,
        info.major,
        info.minor,
        info.level,
        info.translate_mode,
        info.retransmit_mode,
    )


@_c_call((SNMPAPI_FAILURE, 0, 0, 0, 0, 0))
def SnmpStartupEx() -> tuple[int, int, int, int, int, int]:
    info = _app.startup_ex()
    return (
        SNMPAPI_SUCCESS,
        info.major,
        info.minor,
        info.level,
        info.translate_mode,
        info.retransmit_mode,
    )


@_c_call(SNMPAPI_FAILURE)
def SnmpCleanup() -> int:
    _app.cleanup()
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpCleanupEx() -> int:
    _app.cleanup_ex()
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpSetResourceLimits(
    sessions: int | None = None,
    handles_per_session: int | None = None,
    queue_per_session: int | None = None,
    queue_bytes_per_session: int | None = None,
) -> int:
    """Our extension: limits on open sessions, live handles, and queued messages per session
    (by count and by bytes); None keeps a limit as it is."""
    _app.set_resource_limits(
        sessions, handles_per_session, queue_per_session, queue_bytes_per_session
    )
    return SNMPAPI_SUCCESS


def SnmpGetLastError(session: int | None = None) -> int:
    """Works in every state, before startup and after cleanup included."""
    return _app.get_last_error(session)


@_c_call((SNMPAPI_FAILURE, None))
def SnmpGetVendorInfo(vendor_info: bool = True) -> tuple[int, VendorInfo | None]:
    """-> (status, VendorInfo). ``vendor_info=False`` stands for a NULL pointer (NOOP)."""
    _app.require_started()
    if not vendor_info:
        _app.fail(ApiError.NOOP, "no output requested")
    return SNMPAPI_SUCCESS, _app.get_vendor_info()


# -------------------------------------------------------------------- sessions
@_c_call(SNMPAPI_FAILURE)
def SnmpCreateSession(
    hwnd: Window | None,
    wmsg: int,
    callback: SessionCallback | None,
    client_data: object = None,
) -> int:
    """callback(session, hwnd, wmsg, wparam, lparam, client_data) -> SNMPAPI_SUCCESS"""
    return _app.create_session(hwnd, wmsg, callback, client_data)


@_c_call(SNMPAPI_FAILURE)
def SnmpOpen(hwnd: Window | None, wmsg: int) -> int:
    return _app.open(hwnd, wmsg)


@_c_call(SNMPAPI_FAILURE)
def SnmpClose(session: int) -> int:
    _app.close(session)
    return SNMPAPI_SUCCESS


# -------------------------------------------------------------------- entities and contexts
@_c_call(SNMPAPI_FAILURE)
def SnmpStrToEntity(session: int, string: str | bytes) -> int:
    return _app.str_to_entity(session, string)


def _check_size(size: object, handle: int | None = None) -> None:
    """A buffer size is an int of at least 1, else SIZE_INVALID (our choice for what C's
    unsigned type cannot express; 0 is SnmpOidToStr's documented SIZE_INVALID)."""
    if not is_int(size) or size < 1:
        detail = f"buffer size {brief(size)} is not a whole number of at least 1"
        if handle is None:
            _app.fail(ApiError.SIZE_INVALID, detail)
        _app.fail_for_handle(handle, ApiError.SIZE_INVALID, detail)


@_c_call((SNMPAPI_FAILURE, ""))
def SnmpEntityToStr(entity: int, size: int = MAXENTITYSTRSIZE) -> tuple[int, str]:
    """-> (bytes written including the NUL, text); OUTPUT_TRUNCATED if ``size`` is too small,
    SIZE_INVALID if it is not a whole number of at least 1."""
    text = _app.entity_to_str(entity)
    _check_size(size, entity)
    needed = len(text.encode("utf-8")) + 1
    if needed > size:
        _app.fail_for_handle(
            entity, ApiError.OUTPUT_TRUNCATED, f"needs {needed} bytes, buffer has {size}"
        )
    return needed, text


@_c_call(SNMPAPI_FAILURE)
def SnmpFreeEntity(entity: int) -> int:
    _app.free_entity(entity)
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpSetPort(entity: int, port: int) -> int:
    _app.set_port(entity, port)
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpStrToContext(session: int, octets: bytes | str) -> int:
    return _app.str_to_context(session, octets)


@_c_call((SNMPAPI_FAILURE, None))
def SnmpContextToStr(context: int) -> tuple[int, OctetsDescriptor | None]:
    return SNMPAPI_SUCCESS, _app.issue_octets(_app.context_to_str(context))


@_c_call(SNMPAPI_FAILURE)
def SnmpFreeContext(context: int) -> int:
    _app.free_context(context)
    return SNMPAPI_SUCCESS


# -------------------------------------------------------------------- database functions
@_c_call(SNMPAPI_FAILURE)
def SnmpSetTranslateMode(mode: int) -> int:
    _app.set_translate_mode(mode)
    return SNMPAPI_SUCCESS


@_c_call((SNMPAPI_FAILURE, 0))
def SnmpGetTranslateMode() -> tuple[int, int]:
    return SNMPAPI_SUCCESS, _app.get_translate_mode()


@_c_call(SNMPAPI_FAILURE)
def SnmpSetRetransmitMode(mode: int) -> int:
    _app.set_retransmit_mode(mode)
    return SNMPAPI_SUCCESS


@_c_call((SNMPAPI_FAILURE, 0))
def SnmpGetRetransmitMode() -> tuple[int, int]:
    return SNMPAPI_SUCCESS, _app.get_retransmit_mode()


def _policy_and_actual(
    values: tuple[int, int], policy: bool, actual: bool
) -> tuple[int, int | None, int | None]:
    """The C out-parameters of Get{Timeout,Retry}: ``False`` stands for a NULL pointer, and
    asking for neither output is NOOP."""
    if not policy and not actual:
        _app.fail(ApiError.NOOP, "no output requested")
    return SNMPAPI_SUCCESS, values[0] if policy else None, values[1] if actual else None


@_c_call(SNMPAPI_FAILURE)
def SnmpSetTimeout(entity: int, policy_timeout: int) -> int:
    """Timeout in centiseconds; 0 lets the implementation pick."""
    _app.set_timeout(entity, policy_timeout)
    return SNMPAPI_SUCCESS


@_c_call((SNMPAPI_FAILURE, None, None))
def SnmpGetTimeout(
    entity: int, policy: bool = True, actual: bool = True
) -> tuple[int, int | None, int | None]:
    """-> (status, policy timeout, actual last round trip); flags stand for NULL pointers."""
    return _policy_and_actual(_app.get_timeout(entity), policy, actual)


@_c_call(SNMPAPI_FAILURE)
def SnmpSetEntitySecurity(
    entity: int,
    security_level: str,
    auth_protocol: str = "",
    auth_key: str = "",
    priv_protocol: str = "",
    priv_key: str = "",
    engine_id: bytes = b"",
) -> int:
    """Our SNMPv3 extension: the USM level, protocols (net-snmp's names: SHA-256, AES-256-C
    ...) and passphrases of an entity made with SnmpStrToEntity("USER@ADDRESS") in
    SNMPAPI_UNTRANSLATED_V3 mode (or any entity: it becomes SNMPv3)."""
    _app.require_started()
    user = _app.describe(entity)
    name = getattr(user, "user", "") or ""
    _app.set_entity_security(
        entity,
        V3Security(
            name, security_level, auth_protocol, auth_key, priv_protocol, priv_key, engine_id
        ),
    )
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpSetLocalUser(
    user: str,
    security_level: str,
    auth_protocol: str = "",
    auth_key: str = "",
    priv_protocol: str = "",
    priv_key: str = "",
    on: int = SNMPAPI_ON,
) -> int:
    """Our SNMPv3 extension: accept (ON) or stop accepting (OFF) requests, traps and informs
    from this USM user, for SnmpListen's agent role and the trap receiver (keys localised
    for each sender engine as it is met). Bad fields: ENTITY_INVALID."""
    from snmpscope.core.model.usm import UsmParameterError

    _app.require_started()
    if not is_int(on) or on not in (SNMPAPI_ON, SNMPAPI_OFF):
        _app.fail(ApiError.MODE_INVALID, f"{brief(on)} is neither ON nor OFF")
    texts = (user, security_level, auth_protocol, auth_key, priv_protocol, priv_key)
    if not all(isinstance(text, str) for text in texts):
        _app.fail(ApiError.ENTITY_INVALID, "SNMPv3 user fields are text")
    security = V3Security(user, security_level, auth_protocol, auth_key, priv_protocol, priv_key)
    try:
        _app.add_usm_user(security, on == SNMPAPI_ON)
    except UsmParameterError as exc:
        _app.fail(ApiError.ENTITY_INVALID, f"{exc.field}: {exc}")
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpSetRetry(entity: int, policy_retry: int) -> int:
    """Retry count; 0 lets the implementation pick."""
    _app.set_retry(entity, policy_retry)
    return SNMPAPI_SUCCESS


@_c_call((SNMPAPI_FAILURE, None, None))
def SnmpGetRetry(
    entity: int, policy: bool = True, actual: bool = True
) -> tuple[int, int | None, int | None]:
    return _policy_and_actual(_app.get_retry(entity), policy, actual)


# -------------------------------------------------------------------- PDUs
@_c_call(SNMPAPI_FAILURE)
def SnmpCreatePdu(
    session: int,
    pdu_type: int = 0,
    request_id: int = 0,
    error_status: int = 0,
    error_index: int = 0,
    vbl: int = 0,
) -> int:
    return _app.create_pdu(session, pdu_type, request_id, error_status, error_index, vbl)


@_c_call((SNMPAPI_FAILURE, None, None, None, None, None))
def SnmpGetPduData(
    pdu: int,
    pdu_type: bool = True,
    request_id: bool = True,
    error_status: bool = True,
    error_index: bool = True,
    vbl: bool = True,
) -> tuple[int, int | None, int | None, int | None, int | None, int | None]:
    """-> (status, type, request_id, error_status, error_index, new VBL handle).

    Flags stand for NULL pointers; all False is NOOP. A requested VBL is always a new handle.
    """
    wanted = (pdu_type, request_id, error_status, error_index, vbl)
    if not any(wanted):
        _app.require_handle(pdu, HandleKind.PDU)  # an invalid PDU first, then NOOP
        _app.fail_for_handle(pdu, ApiError.NOOP, "no output requested")
    values = _app.get_pdu_data(pdu, want_vbl=vbl)
    kind, rid, status, index, new_vbl = values
    return (
        SNMPAPI_SUCCESS,
        kind if pdu_type else None,
        rid if request_id else None,
        status if error_status else None,
        index if error_index else None,
        new_vbl if vbl else None,
    )


@_c_call(SNMPAPI_FAILURE)
def SnmpSetPduData(
    pdu: int,
    pdu_type: int | None = None,
    request_id: int | None = None,
    non_repeaters: int | None = None,
    max_repetitions: int | None = None,
    vbl: int | None = None,
) -> int:
    """None stands for a NULL pointer: leave that field alone."""
    _app.set_pdu_data(pdu, pdu_type, request_id, non_repeaters, max_repetitions, vbl)
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpDuplicatePdu(session: int, pdu: int) -> int:
    return _app.duplicate_pdu(session, pdu)


@_c_call(SNMPAPI_FAILURE)
def SnmpFreePdu(pdu: int) -> int:
    _app.free_pdu(pdu)
    return SNMPAPI_SUCCESS


# -------------------------------------------------------------------- VBLs
@_c_call(SNMPAPI_FAILURE)
def SnmpCreateVbl(
    session: int, oid: Iterable[int] | None = None, value: SmiValue | None = None
) -> int:
    return _app.create_vbl(session, oid, value)


@_c_call(SNMPAPI_FAILURE)
def SnmpDuplicateVbl(session: int, vbl: int) -> int:
    return _app.duplicate_vbl(session, vbl)


@_c_call(SNMPAPI_FAILURE)
def SnmpFreeVbl(vbl: int) -> int:
    _app.free_vbl(vbl)
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpCountVbl(vbl: int) -> int:
    """The number of entries; an empty list returns 0 with NOOP."""
    return _app.count_vbl(vbl)


@_c_call((SNMPAPI_FAILURE, None, None))
def SnmpGetVb(vbl: int, index: int) -> tuple[int, OidDescriptor | None, SmiValue | None]:
    """-> (status, OID descriptor, value). OID and OCTETS-family payloads are descriptors."""
    oid, value = _app.get_vb(vbl, index)
    payload = value.value
    if isinstance(payload, bytes):
        value = SmiValue(value.syntax, _app.issue_octets(payload))
    elif isinstance(payload, tuple):
        value = SmiValue(value.syntax, _app.issue_oid(payload))
    return SNMPAPI_SUCCESS, _app.issue_oid(oid), value


@_c_call(SNMPAPI_FAILURE)
def SnmpSetVb(
    vbl: int, index: int, oid: Iterable[int] | None = None, value: SmiValue | None = None
) -> int:
    """Index 0 appends and returns the new count; 1..n replaces and returns the index."""
    return _app.set_vb(vbl, index, oid, value)


@_c_call(SNMPAPI_FAILURE)
def SnmpDeleteVb(vbl: int, index: int) -> int:
    _app.delete_vb(vbl, index)
    return SNMPAPI_SUCCESS


# -------------------------------------------------------------------- messaging
def _check_source(session: int, src: object) -> None:
    """The source entity may be NULL (None or 0: the transport picks the local end), but a
    merely falsy value (False, "", []) is no handle: ENTITY_INVALID, after the session."""
    _app.require_session(session)
    _app.require_handle(src, HandleKind.ENTITY, session, nullable=True)


@_c_call(SNMPAPI_FAILURE)
def SnmpSendMsg(session: int, src: int, dst: int, context: int, pdu: int) -> int:
    _check_source(session, src)
    _app.send_msg(session, src, dst, context, pdu)
    return SNMPAPI_SUCCESS


def SnmpRecvMsg(session: int) -> tuple[int, int, int, int, int]:
    """-> (status, src, dst, context, pdu). A queued transport error returns status 0 with
    the last error set to its TL_* code and the outputs still filled."""
    try:
        src, dst, ctx, pdu = _app.recv_msg(session)
    except SnmpApiError as exc:
        outputs = getattr(exc, "outputs", (0, 0, 0, 0))
        return (SNMPAPI_FAILURE, *outputs)
    except Exception as exc:
        log.exception("unexpected error in SnmpRecvMsg")
        _app.record_failure(SnmpApiError(ApiError.OTHER_ERROR, repr(exc)))
        return SNMPAPI_FAILURE, 0, 0, 0, 0
    return SNMPAPI_SUCCESS, src, dst, ctx, pdu


@_c_call(SNMPAPI_FAILURE)
def SnmpRegister(
    session: int,
    src: int | None,
    dst: int | None,
    context: int | None,
    notification: Iterable[int] | None,
    state: int,
) -> int:
    """None (or 0) for src, dst or context, and None for the notification, are wildcards;
    any int ``state`` other than SNMPAPI_OFF means ON; a non-int state is MODE_INVALID."""
    _app.register(session, src, dst, context, notification, state)
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpListen(entity: int, status: int) -> int:
    """``status`` is SNMPAPI_ON or SNMPAPI_OFF; anything else (True and 1.0 included) is
    MODE_INVALID, after the entity is checked."""
    if not is_int(status):
        _app.require_handle(entity, HandleKind.ENTITY)
        _app.fail_for_handle(
            entity, ApiError.MODE_INVALID, f"listen status {brief(status)} is not OFF or ON"
        )
    _app.listen(entity, status)
    return SNMPAPI_SUCCESS


@_c_call(SNMPAPI_FAILURE)
def SnmpCancelMsg(session: int, request_id: int) -> int:
    """PDU_INVALID unless ``request_id`` (an int, not a bool) is outstanding on the session."""
    if not is_int(request_id):
        _app.require_session(session)
        detail = f"request id {brief(request_id)} is not outstanding"
        _app.fail(ApiError.PDU_INVALID, detail, session)
    _app.cancel_msg(session, request_id)
    return SNMPAPI_SUCCESS


@_c_call((SNMPAPI_FAILURE, None))
def SnmpEncodeMsg(
    session: int, src: int, dst: int, context: int, pdu: int
) -> tuple[int, OctetsDescriptor | None]:
    """-> (length, message octets descriptor)."""
    _check_source(session, src)
    data = _app.encode_msg(session, src, dst, context, pdu)
    return len(data), _app.issue_octets(data)


@_c_call((SNMPAPI_FAILURE, 0, 0, 0, 0))
def SnmpDecodeMsg(session: int, message: bytes) -> tuple[int, int, int, int, int]:
    """-> (bytes decoded, src, dst, context, pdu); src and dst are 0 for v1/v2c."""
    src, dst, ctx, pdu, length = _app.decode_msg(session, message)
    return length, src, dst, ctx, pdu


@_c_call(SNMPAPI_FAILURE)
def SnmpFreeDescriptor(syntax: int, descriptor: object) -> int:
    _app.free_descriptor(syntax, descriptor)
    return SNMPAPI_SUCCESS


# -------------------------------------------------------------------- OID utilities
@_c_call((SNMPAPI_FAILURE, None))
def SnmpStrToOid(string: str | bytes) -> tuple[int, OidDescriptor | None]:
    """-> (number of sub-identifiers, OID descriptor)."""
    oid = _app.str_to_oid(string)
    return len(oid), _app.issue_oid(oid)


@_c_call((SNMPAPI_FAILURE, ""))
def SnmpOidToStr(oid: Iterable[int], size: int = MAXOBJIDSTRSIZE) -> tuple[int, str]:
    """-> (bytes written including the NUL, dotted text)."""
    _app.require_started()
    _check_size(size)
    text = oid_to_str(_app.check_oid(oid))
    needed = len(text) + 1
    if needed > size:
        _app.fail(ApiError.OUTPUT_TRUNCATED, f"needs {needed} bytes, buffer has {size}")
    return needed, text


@_c_call((SNMPAPI_FAILURE, None))
def SnmpOidCopy(oid: Iterable[int]) -> tuple[int, OidDescriptor | None]:
    copy = _app.check_oid(oid)
    return len(copy), _app.issue_oid(copy)


@_c_call((SNMPAPI_FAILURE, 0))
def SnmpOidCompare(x: Iterable[int], y: Iterable[int], maxlen: int = 0) -> tuple[int, int]:
    """-> (status, result < 0, 0 or > 0); maxlen != 0 makes it a prefix test."""
    return SNMPAPI_SUCCESS, _app.oid_compare(x, y, maxlen)
