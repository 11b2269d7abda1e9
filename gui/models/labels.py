"""What each kind of node in the session tree says and shows: text, summary, icon name.

Everything is derived from a :class:`ResourceInfo` snapshot of the core (``app.describe``), so
the tree never keeps facts of its own. Strings go through ``QCoreApplication.translate`` with
the context ``SessionTree`` so lupdate finds them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from snmpscope.core.constants import ERROR_STATUS_NAMES, PduType, SnmpVersion, describe_error
from snmpscope.core.model.states import PDU_TYPE_NAMES, PduState, ResourceInfo

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
def session_text(info: ResourceInfo) -> str:
    """``Session 1 (#3)``."""
    return QCoreApplication.translate("SessionTree", "{name} (#{handle})").format(
        name=info.fields["name"], handle=info.handle
    )


def session_summary(info: ResourceInfo) -> str:
    """Handles, queued messages, outstanding requests and trap filters at a glance."""
    f = info.fields
    return QCoreApplication.translate(
        "SessionTree", "{handles} handles · {outstanding} outstanding · {filters} trap filters"
    ).format(handles=f["handles"], outstanding=f["outstanding"], filters=f["registrations"])


def group_text(kind_label: str, count: int) -> str:
    """``PDUs (3)``."""
    return f"{kind_label} ({count})"


# ---------------------------------------------------------------- entities and contexts
def entity_text(info: ResourceInfo) -> str:
    """The address (and friendly name when it has one)."""
    f = info.fields
    return f"{f['name']} — {f['address']}" if f["name"] else str(f["address"])


def entity_summary(info: ResourceInfo) -> str:
    """``SNMPv2c · timeout 1.00 s · 2 retries``."""
    f = info.fields
    text = QCoreApplication.translate(
        "SessionTree", "{version} · timeout {timeout:.2f} s · {retry} retries"
    ).format(version=version_name(f["version"]), timeout=f["timeout_cs"] / 100.0, retry=f["retry"])
    if f["user"]:
        text += " · " + QCoreApplication.translate("SessionTree", "user {user}").format(
            user=f["user"]
        )
    if f["listening"]:
        text += " · " + QCoreApplication.translate("SessionTree", "listening")
    return text


def context_text(info: ResourceInfo) -> str:
    """The masked community (or the friendly name and the masked community)."""
    masked = mask_community(info.fields["community"])
    return f"{info.fields['name']} — {masked}" if info.fields["name"] else masked


def context_summary(info: ResourceInfo) -> str:
    """What kind of context it is."""
    if info.fields["context_engine_id"]:
        return QCoreApplication.translate("SessionTree", "SNMPv3 context")
    return QCoreApplication.translate("SessionTree", "community")


# ---------------------------------------------------------------- PDUs
def pdu_text(info: ResourceInfo) -> str:
    """``GET #1234``."""
    return QCoreApplication.translate("SessionTree", "{type} #{request_id}").format(
        type=pdu_type_name(info.fields["type"]), request_id=info.fields["request_id"]
    )


def pdu_state_text(info: ResourceInfo, response: ResourceInfo | None = None) -> str:
    """The life of a PDU in a few words: pending, retry 1 of 2, answered in 3 ms ..."""
    f = info.fields
    state: PduState = f["state"]
    count = len(f["varbinds"])
    if f["type"] in (PduType.RESPONSE, PduType.REPORT) or (
        state == PduState.RECEIVED and f["type"] not in (PduType.TRAP, PduType.INFORM)
    ):
        status = f["error_status"]
        if status:
            return QCoreApplication.translate(
                "SessionTree", "{status} at varbind {index} · {count} varbinds"
            ).format(status=error_status_name(status), index=f["error_index"], count=count)
        return QCoreApplication.translate("SessionTree", "noError · {count} varbinds").format(
            count=count
        )
    if state == PduState.RECEIVED:
        return QCoreApplication.translate("SessionTree", "received from {peer}").format(
            peer=f["peer"]
        )
    if state == PduState.CREATED:
        return QCoreApplication.translate("SessionTree", "not sent · {count} varbinds").format(
            count=count
        )
    if state == PduState.PENDING:
        return QCoreApplication.translate("SessionTree", "pending")
    if state == PduState.RETRYING:
        return QCoreApplication.translate("SessionTree", "retry {n} of {m}").format(
            n=max(1, f["attempt"] - 1), m=max(1, f["max_attempts"] - 1)
        )
    if state == PduState.ANSWERED:
        text = (
            QCoreApplication.translate("SessionTree", "answered in {ms:.0f} ms").format(
                ms=f["rtt_ms"]
            )
            if f["rtt_ms"] is not None
            else QCoreApplication.translate("SessionTree", "answered")
        )
        if response is not None and response.fields["error_status"]:
            text += " · " + error_status_name(response.fields["error_status"])
        return text
    if state == PduState.TIMED_OUT:
        return QCoreApplication.translate("SessionTree", "timed out after {n} attempts").format(
            n=max(1, f["attempt"])
        )
    if state == PduState.CANCELLED:
        return QCoreApplication.translate("SessionTree", "cancelled")
    if state == PduState.FAILED:
        return QCoreApplication.translate("SessionTree", "failed: {error}").format(
            error=describe_error(f["error"])
        )
    if state == PduState.SENT:
        return QCoreApplication.translate("SessionTree", "sent")
    return str(state.value)


def pdu_icon(info: ResourceInfo, response: ResourceInfo | None = None) -> str:
    """Icon name for a PDU in its current state."""
    f = info.fields
    state: PduState = f["state"]
    if f["type"] in (PduType.TRAP, PduType.INFORM, PduType.V1TRAP):
        return "pdu-trap"
    if f["type"] in (PduType.RESPONSE, PduType.REPORT):
        return "pdu-error" if f["error_status"] else "pdu-response"
    if state in (PduState.PENDING, PduState.RETRYING):
        return "pdu-pending"
    if state == PduState.TIMED_OUT:
        return "pdu-timeout"
    if state == PduState.FAILED:
        return "pdu-error"
    if state == PduState.ANSWERED and response is not None and response.fields["error_status"]:
        return "pdu-error"
    return "pdu-request"


def vbl_text(info: ResourceInfo) -> str:
    """``VBL #42``."""
    return QCoreApplication.translate("SessionTree", "VBL #{handle}").format(handle=info.handle)


def vbl_summary(info: ResourceInfo) -> str:
    """``5,400 varbinds``."""
    return QCoreApplication.translate("SessionTree", "{count:,} varbinds").format(
        count=len(info.fields["varbinds"])
    )
