"""What the user has selected in the session tree, as plain data for actions."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex

from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import SmiValue
from snmpscope.gui.models.session_tree import NodeType, TreeRole


@dataclass(frozen=True, slots=True)
class Selection:
    """The selected row: its session, handle (0 for groups and varbinds) and type."""

    session: int = 0
    handle: int = 0
    node_type: NodeType = NodeType.ROOT
    varbind: tuple[Oid, SmiValue] | None = None
    parent_handle: int = 0  # for a varbind: the PDU or VBL it belongs to

    @classmethod
    def of(cls, index: QModelIndex) -> Selection:
        """The selection an index stands for (an invalid index: nothing)."""
        if not index.isValid():
            return cls()
        index = index.siblingAtColumn(0)
        node_type = NodeType(index.data(TreeRole.NODE_TYPE))
        parent = index.parent()
        return cls(
            session=int(index.data(TreeRole.SESSION) or 0),
            handle=int(index.data(TreeRole.HANDLE) or 0),
            node_type=node_type,
            varbind=index.data(TreeRole.VARBIND) if node_type == NodeType.VARBIND else None,
            parent_handle=int(parent.data(TreeRole.HANDLE) or 0) if parent.isValid() else 0,
        )

    @property
    def is_pdu(self) -> bool:
        """A request or response PDU row."""
        return self.node_type in (NodeType.PDU, NodeType.RESPONSE)

    @property
    def freeable(self) -> bool:
        """A handle the Free action can free."""
        return self.node_type in (
            NodeType.ENTITY,
            NodeType.CONTEXT,
            NodeType.PDU,
            NodeType.RESPONSE,
            NodeType.VBL,
        )
