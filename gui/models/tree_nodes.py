"""The session tree's node objects and roles (structure only; facts come from the core)."""

from __future__ import annotations

import bisect
from enum import IntEnum

from PySide6.QtCore import Qt

from snmpscope.core.constants import HandleKind
from snmpscope.core.service.read_model import HandleInfo, PduInfo, VblInfo
from snmpscope.core.smi.values import VarBind


class NodeType(IntEnum):
    """What a row of the session tree stands for."""

    ROOT = 0
    SESSION = 1
    GROUP = 2
    ENTITY = 3
    CONTEXT = 4
    PDU = 5
    RESPONSE = 6  # a received response, shown under the request it answers
    VBL = 7
    VARBIND = 8


class TreeRole(IntEnum):
    """Custom data roles of :class:`SessionTreeModel`."""

    HANDLE = Qt.ItemDataRole.UserRole + 1  # int handle (0 for groups and varbinds)
    NODE_TYPE = Qt.ItemDataRole.UserRole + 2  # NodeType
    SESSION = Qt.ItemDataRole.UserRole + 3  # owning session handle
    INFO = Qt.ItemDataRole.UserRole + 4  # HandleInfo snapshot (handles)
    VARBIND = Qt.ItemDataRole.UserRole + 5  # (oid, SmiValue) of a varbind row
    GROUP_KIND = Qt.ItemDataRole.UserRole + 6  # HandleKind of a group row


# Group rows under each session, in display order.
GROUP_KINDS = (HandleKind.ENTITY, HandleKind.CONTEXT, HandleKind.PDU, HandleKind.VBL)
NODE_TYPE_OF_KIND = {
    HandleKind.ENTITY: NodeType.ENTITY,
    HandleKind.CONTEXT: NodeType.CONTEXT,
    HandleKind.PDU: NodeType.PDU,
    HandleKind.VBL: NodeType.VBL,
}
WITH_VARBINDS = frozenset({NodeType.PDU, NodeType.RESPONSE, NodeType.VBL})


class Node:
    """One row. ``children`` of a PDU are its nested responses first, then its varbinds
    (loaded in chunks through fetchMore); ``row`` is kept current by the model."""

    __slots__ = (
        "children",
        "group_kind",
        "handle",
        "info",
        "loaded",
        "parent",
        "responses",
        "row",
        "session",
        "type",
    )

    def __init__(
        self,
        node_type: NodeType,
        handle: int = 0,
        parent: Node | None = None,
        session: int = 0,
        info: HandleInfo | None = None,
    ) -> None:
        self.type = node_type
        self.handle = handle  # a varbind row keeps its 0-based index here
        self.parent = parent
        self.session = session
        self.info = info
        self.children: list[Node] = []
        self.row = 0
        self.loaded = 0  # varbind rows materialised so far
        self.responses = 0  # how many of the first children are nested responses
        self.group_kind: HandleKind | None = None

    @property
    def varbinds(self) -> tuple[VarBind, ...]:
        """The varbinds of a PDU or VBL row's snapshot (none for other rows)."""
        info = self.info
        return info.varbinds if isinstance(info, PduInfo | VblInfo) else ()

    @property
    def varbind_total(self) -> int:
        """Varbinds the handle holds (not all may be loaded as rows yet)."""
        return len(self.varbinds)

    def renumber(self, start: int = 0) -> None:
        """Make every child's ``row`` match its position, from ``start`` on."""
        children = self.children
        for position in range(start, len(children)):
            children[position].row = position
            if children[position].type == NodeType.VARBIND:
                children[position].handle = position - self.responses

    def group(self, kind: HandleKind) -> Node:
        """The group row of ``kind`` under a session node."""
        return self.children[GROUP_KINDS.index(kind)]

    def __repr__(self) -> str:
        return f"<Node {self.type.name} {self.handle} row {self.row}>"


def place_order(infos: list[HandleInfo]) -> list[HandleInfo]:
    """Handles in the order they can be placed: requests before the responses that nest
    under them, otherwise by handle (creation order)."""
    return sorted(infos, key=lambda i: (isinstance(i, PduInfo) and bool(i.in_reply_to), i.handle))


def insert_position(parent: Node, node: Node) -> int:
    """Where ``node`` goes among ``parent``'s children (creation order; a response goes
    among the nested responses, before the varbind rows)."""
    if parent.type in WITH_VARBINDS:
        handles = [c.handle for c in parent.children[: parent.responses]]
        return bisect.bisect(handles, node.handle)
    return bisect.bisect([c.handle for c in parent.children], node.handle)


def has_ancestor_in(node: Node, handles: set[int]) -> bool:
    """True when a handle row above ``node`` is among ``handles`` (it goes with it)."""
    parent = node.parent
    while parent is not None:
        if parent.handle in handles and parent.type not in (NodeType.GROUP, NodeType.VARBIND):
            return True
        parent = parent.parent
    return False
