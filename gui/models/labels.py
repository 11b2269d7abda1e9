"""What each kind of node in the session tree says and shows: text, summary, icon name.

Everything is derived from a typed snapshot of the read model
(:mod:`snmpscope.core.service.read_model`), so the tree never keeps facts of its own. Strings
go through ``QCoreApplication.translate`` with the context ``SessionTree`` so lupdate finds
them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from snmpscope.core.constants import (
    ERROR_STATUS_NAMES,
    PDU_TYPE_NAMES,
    PduType,
    SnmpVersion,
    describe_error,
)
from snmpscope.core.service.read_model import (
    ContextInfo,
    EntityInfo,
    PduInfo,
    PduState,
    SessionInfo,
    VblInfo,
)
from snmpscope.gui.locale_format import milliseconds, number, quantity, short_decimals

VERSION_NAMES = {SnmpVersion.V1: "SNMPv1", SnmpVersion.V2C: "SNMPv2c", SnmpVersion.V3: "SNMPv3"}
MASK = "\u2022\u2022\u2022"


def mask_community(community: bytes) -> str:
    """``public`` -> ``pub•••``: enough to tell contexts apart, not enough to read over a
    shoulder. Short communities show one character."""
    text = community.decode("utf-8", "replace")
    keep = 3 if len(text) > 3 else min(1, len(text))
    return text[:keep] + MASK


def version_name(version: int) -> str:
    """``SNMPv2c`` for the wire version value."""
    try:
        return VERSION_NAMES[SnmpVersion(version)]
    except ValueError:
        return f"version {version}"


def pdu_type_name(pdu_type: int) -> str:
    """``GETBULK`` for 0xA5."""
    return PDU_TYPE_NAMES.get(pdu_type, f"PDU {pdu_type:#x}")


def error_status_name(status: int) -> str:
    """``noSuchName`` for 2 (net-snmp's spelling)."""
    return ERROR_STATUS_NAMES.get(status, str(status))


# ---------------------------------------------------------------- sessions and groups
def session_text(info: SessionInfo) -> str:
    """``Session 1 (#3)``."""
    return QCoreApplication.translate("SessionTree", "{name} (#{handle})").format(
        name=info.name, handle=info.handle
    )


def session_summary(info: SessionInfo) -> str:
    """Handles, queued messages, outstanding requests and trap filters at a glance."""
    handles = (
        QCoreApplication.translate("SessionTree", "1 handle")
        if info.handles == 1
        else QCoreApplication.translate("SessionTree", "{n} handles").format(n=info.handles)
    )
    filters = (
        QCoreApplication.translate("SessionTree", "1 trap filter")
        if info.registrations == 1
        else QCoreApplication.translate("SessionTree", "{n} trap filters").format(
            n=info.registrations
        )
    )
    return QCoreApplication.translate(
        "SessionTree", "{handles} · {outstanding} outstanding · {filters}"
    ).format(handles=handles, outstanding=info.outstanding, filters=filters)


def group_text(kind_label: str, count: int) -> str:
    """``PDUs (3)``."""
    return f"{kind_label} ({count})"


# ---------------------------------------------------------------- entities and contexts
def entity_text(info: EntityInfo) -> str:
    """The address (and friendly name when it has one)."""
    return f"{info.name} — {info.address}" if info.name else str(info.address)


def entity_summary(info: EntityInfo) -> str:
    """``SNMPv2c · 1 s · 2 retries`` (short: it shares the State column)."""
    retries = (
        QCoreApplication.translate("SessionTree", "1 retry")
        if info.retry == 1
        else QCoreApplication.translate("SessionTree", "{n} retries").format(n=number(info.retry))
    )
    text = QCoreApplication.translate("SessionTree", "{version} · {timeout} · {retries}").format(
        version=version_name(info.version),
        timeout=quantity(info.timeout_cs / 100.0, "s", short_decimals(info.timeout_cs / 100.0)),
        retries=retries,
    )
    if info.user:
        text += " · " + QCoreApplication.translate("SessionTree", "user {user}").format(
            user=info.user
        )
        if info.security_level:
            text += f" ({info.security_level})"
        if info.engine_id:
            text += " · " + QCoreApplication.translate(
                "SessionTree", "engine {engine} boots {boots}"
            ).format(engine=info.engine_id, boots=info.engine_boots)
    if info.last_report:
        text += " · " + QCoreApplication.translate("SessionTree", "Report: {words}").format(
            words=info.last_report.split(" (", 1)[0]
        )
    if info.listening:
        text += " · " + QCoreApplication.translate("SessionTree", "listening")
    return text


def context_text(info: ContextInfo) -> str:
    """The masked community (or the friendly name and the masked community)."""
    masked = mask_community(info.community)
    return f"{info.name} — {masked}" if info.name else masked


def context_summary(info: ContextInfo) -> str:
    """What kind of context it is."""
    if info.context_engine_id:
        return QCoreApplication.translate("SessionTree", "SNMPv3 context")
    return QCoreApplication.translate("SessionTree", "community")


# ---------------------------------------------------------------- PDUs
def pdu_text(info: PduInfo) -> str:
    """``GET #1234``."""
    return QCoreApplication.translate("SessionTree", "{type} #{request_id}").format(
        type=pdu_type_name(info.type), request_id=info.request_id
    )


def state_name(state: PduState) -> str:
    """The one-word name of a PDU state (the details' State row), translated."""
    names = {
        PduState.CREATED: QCoreApplication.translate("SessionTree", "created"),
        PduState.PENDING: QCoreApplication.translate("SessionTree", "pending"),
        PduState.RETRYING: QCoreApplication.translate("SessionTree", "retrying"),
        PduState.ANSWERED: QCoreApplication.translate("SessionTree", "answered"),
        PduState.TIMED_OUT: QCoreApplication.translate("SessionTree", "timed out"),
        PduState.CANCELLED: QCoreApplication.translate("SessionTree", "cancelled"),
        PduState.FAILED: QCoreApplication.translate("SessionTree", "failed"),
        PduState.RECEIVED: QCoreApplication.translate("SessionTree", "received"),
        PduState.SENT: QCoreApplication.translate("SessionTree", "sent"),
    }
    return names.get(state, str(state.value))


def pdu_state_text(info: PduInfo, response: PduInfo | None = None) -> str:
    """The life of a PDU in a few words: pending, retry 1 of 2, answered in 3 ms ..."""
    state = info.state
    count = len(info.varbinds)
    if info.type in (PduType.RESPONSE, PduType.REPORT) or (
        state == PduState.RECEIVED and info.type not in (PduType.TRAP, PduType.INFORM)
    ):
        status = info.error_status
        if status:
            return QCoreApplication.translate(
                "SessionTree", "{status} at varbind {index} · {varbinds}"
            ).format(
                status=error_status_name(status), index=info.error_index, varbinds=varbinds(count)
            )
        return QCoreApplication.translate("SessionTree", "noError · {varbinds}").format(
            varbinds=varbinds(count)
        )
    if state == PduState.RECEIVED:
        return QCoreApplication.translate("SessionTree", "received from {peer}").format(
            peer=info.peer
        )
    if state == PduState.CREATED:
        return QCoreApplication.translate("SessionTree", "not sent · {varbinds}").format(
            varbinds=varbinds(count)
        )
    if state == PduState.PENDING:
        return QCoreApplication.translate("SessionTree", "pending")
    if state == PduState.RETRYING:
        return QCoreApplication.translate("SessionTree", "retry {n} of {m}").format(
            n=max(1, info.attempt - 1), m=max(1, info.max_attempts - 1)
        )
    if state == PduState.ANSWERED:
        text = (
            QCoreApplication.translate("SessionTree", "answered in {ms}").format(
                ms=milliseconds(info.rtt_ms)
            )
            if info.rtt_ms is not None
            else QCoreApplication.translate("SessionTree", "answered")
        )
        if response is not None and response.error_status:
            text += " · " + error_status_name(response.error_status)
        return text
    if state == PduState.TIMED_OUT:
        attempts = max(1, info.attempt)
        if attempts == 1:
            return QCoreApplication.translate("SessionTree", "timed out after 1 attempt")
        return QCoreApplication.translate("SessionTree", "timed out after {n} attempts").format(
            n=attempts
        )
    if state == PduState.CANCELLED:
        return QCoreApplication.translate("SessionTree", "cancelled")
    if state == PduState.FAILED:
        return QCoreApplication.translate("SessionTree", "failed: {error}").format(
            error=describe_error(info.error)
        )
    if state == PduState.SENT:
        return QCoreApplication.translate("SessionTree", "sent")
    return str(state.value)


def pdu_icon(info: PduInfo, response: PduInfo | None = None) -> str:
    """Icon name for a PDU in its current state."""
    state = info.state
    if info.type in (PduType.TRAP, PduType.INFORM, PduType.V1TRAP):
        return "pdu-trap"
    if info.type in (PduType.RESPONSE, PduType.REPORT):
        return "pdu-error" if info.error_status else "pdu-response"
    if state in (PduState.PENDING, PduState.RETRYING):
        return "pdu-pending"
    if state == PduState.TIMED_OUT:
        return "pdu-timeout"
    if state == PduState.FAILED:
        return "pdu-error"
    if state == PduState.ANSWERED and response is not None and response.error_status:
        return "pdu-error"
    return "pdu-request"


def vbl_text(info: VblInfo) -> str:
    """``VBL #42``."""
    return QCoreApplication.translate("SessionTree", "VBL #{handle}").format(handle=info.handle)


def vbl_summary(info: VblInfo) -> str:
    """``5,400 varbinds``."""
    return varbinds(len(info.varbinds))


def varbinds(count: int) -> str:
    """``1 varbind``, ``1,181 varbinds``."""
    if count == 1:
        return QCoreApplication.translate("SessionTree", "1 varbind")
    return QCoreApplication.translate("SessionTree", "{count} varbinds").format(count=number(count))
