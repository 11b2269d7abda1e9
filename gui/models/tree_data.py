"""Helpers of the session tree: batch reduction, row runs and the per-role data of a node."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from snmpscope.core.constants import HandleKind
from snmpscope.core.service.read_model import (
    ContextInfo,
    EntityInfo,
    EventType,
    PduInfo,
    ResourceEvent,
    SessionInfo,
    VblInfo,
)
from snmpscope.core.smi.values import VarBind
from snmpscope.gui.icons import icon
from snmpscope.gui.models import labels
from snmpscope.gui.models.tree_nodes import Node, NodeType, TreeRole
from snmpscope.gui.naming import Naming

SESSION_EVENTS = frozenset(
    {
        EventType.MESSAGE_QUEUED,
        EventType.MESSAGE_DEQUEUED,
        EventType.MESSAGE_DROPPED,
        EventType.MESSAGE_SENT,
        EventType.REQUEST_TIMED_OUT,
        EventType.REQUEST_CANCELLED,
    }
)


@dataclass
class Batch:
    """The net effect of a batch of events on the tree's structure."""

    opened: list[int] = field(default_factory=list)
    closed: list[int] = field(default_factory=list)
    created: dict[int, None] = field(default_factory=dict)  # ordered set
    freed: set[int] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)
    touched_sessions: set[int] = field(default_factory=set)


def reduce_events(events: Iterable[ResourceEvent]) -> Batch:
    """Fold a batch: a handle created and freed within it never shows up at all."""
    batch = Batch()
    opened: dict[int, None] = {}
    closing: set[int] = set()
    for event in events:
        kind = event.type
        if kind == EventType.SESSION_OPENED:
            opened[event.handle] = None
        elif kind in (EventType.SESSION_CLOSING, EventType.SESSION_CLOSED):
            if event.handle in opened:
                del opened[event.handle]
            else:
                closing.add(event.handle)
        elif kind == EventType.CREATED:
            batch.created[event.handle] = None
            batch.touched_sessions.add(event.owner)
        elif kind == EventType.FREED:
            if event.handle in batch.created:
                del batch.created[event.handle]
            else:
                batch.freed.add(event.handle)
            batch.changed.discard(event.handle)
            batch.touched_sessions.add(event.owner)
        elif kind == EventType.CHANGED:
            if event.kind == HandleKind.SESSION:
                batch.touched_sessions.add(event.handle)
            elif event.handle not in batch.created:
                batch.changed.add(event.handle)
        elif kind in SESSION_EVENTS:
            batch.touched_sessions.add(event.owner)
        elif kind == EventType.CLEANUP:
            closing.update(opened)
            opened.clear()
            batch.created.clear()
    batch.opened = list(opened)
    batch.closed = sorted(closing)
    batch.touched_sessions -= closing
    return batch


def runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    result: list[tuple[int, int]] = []
    for row in rows:
        if result and row == result[-1][1] + 1:
            result[-1] = (result[-1][0], row)
        else:
            result.append((row, row))
    return result


GROUP_LABELS = {
    HandleKind.ENTITY: "Entities",
    HandleKind.CONTEXT: "Contexts",
    HandleKind.PDU: "PDUs",
    HandleKind.VBL: "Variable-binding lists",
}


def group_label(kind: HandleKind) -> str:
    """Translated name of a group row."""
    if kind == HandleKind.ENTITY:
        return QCoreApplication.translate("SessionTree", "Entities")
    if kind == HandleKind.CONTEXT:
        return QCoreApplication.translate("SessionTree", "Contexts")
    if kind == HandleKind.PDU:
        return QCoreApplication.translate("SessionTree", "PDUs")
    return QCoreApplication.translate("SessionTree", "Variable-binding lists")


# Every role node_data() answers (as ints: Qt passes ints, and set lookup of an int is cheap).
SERVED_ROLES = frozenset(
    int(role)
    for role in (
        *TreeRole,
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
    )
)


def node_data(node: Node, column: int, role: int, naming: Naming, nodes: dict[int, Node]) -> Any:
    """What ``data()`` answers for ``node`` (None for roles it does not serve)."""
    if role == TreeRole.NODE_TYPE:
        return node.type
    if role == TreeRole.HANDLE:
        return 0 if node.type in (NodeType.GROUP, NodeType.VARBIND) else node.handle
    if role == TreeRole.SESSION:
        return node.session
    if role == TreeRole.INFO:
        return node.info
    if role == TreeRole.GROUP_KIND:
        return node.group_kind
    if node.type == NodeType.VARBIND:
        return _varbind_data(node, column, role, naming)
    if role == Qt.ItemDataRole.DisplayRole:
        return _text(node, column, nodes)
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{_text(node, 0, nodes)}\n{_text(node, 1, nodes)}".strip()
    if role == Qt.ItemDataRole.DecorationRole and column == 0:
        return icon(_icon_name(node, nodes))
    return None


def varbind_of(node: Node) -> VarBind | None:
    """(oid, value) of a varbind row, from its parent's snapshot."""
    varbinds = () if node.parent is None else node.parent.varbinds
    return varbinds[node.handle] if 0 <= node.handle < len(varbinds) else None


def _varbind_data(node: Node, column: int, role: int, naming: Naming) -> Any:
    if role == TreeRole.VARBIND:
        return varbind_of(node)
    if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole) and not (
        role == Qt.ItemDataRole.DecorationRole and column == 0
    ):
        return None
    varbind = varbind_of(node)
    if varbind is None:
        return None
    oid, value = varbind
    if role == Qt.ItemDataRole.DecorationRole:
        return icon("varbind")
    if role == Qt.ItemDataRole.ToolTipRole:
        return f".{'.'.join(map(str, oid))}\n{naming.value_text(oid, value)}"
    return naming.oid_name(oid) if column == 0 else naming.value_text(oid, value)


def _response_of(node: Node, nodes: dict[int, Node]) -> PduInfo | None:
    if not isinstance(node.info, PduInfo):
        return None
    response = nodes.get(node.info.response_pdu)
    return response.info if response is not None and isinstance(response.info, PduInfo) else None


def _text(node: Node, column: int, nodes: dict[int, Node]) -> str:
    info = node.info
    if node.type == NodeType.GROUP:
        if column == 1 or node.group_kind is None:
            return ""
        return labels.group_text(group_label(node.group_kind), len(node.children))
    if isinstance(info, SessionInfo):
        return labels.session_text(info) if column == 0 else labels.session_summary(info)
    if isinstance(info, EntityInfo):
        return labels.entity_text(info) if column == 0 else labels.entity_summary(info)
    if isinstance(info, ContextInfo):
        return labels.context_text(info) if column == 0 else labels.context_summary(info)
    if isinstance(info, PduInfo):
        if column == 0:
            return labels.pdu_text(info)
        return labels.pdu_state_text(info, _response_of(node, nodes))
    if isinstance(info, VblInfo):
        return labels.vbl_text(info) if column == 0 else labels.vbl_summary(info)
    return ""


def _icon_name(node: Node, nodes: dict[int, Node]) -> str:
    if node.type == NodeType.SESSION:
        return "session"
    if node.type == NodeType.GROUP:
        return "folder"
    if node.type == NodeType.ENTITY:
        return "entity"
    if node.type == NodeType.CONTEXT:
        return "context"
    if node.type == NodeType.VBL:
        return "varbind"
    if isinstance(node.info, PduInfo):
        return labels.pdu_icon(node.info, _response_of(node, nodes))
    return "folder"
