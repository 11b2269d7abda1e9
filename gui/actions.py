"""Every user action of the main window as a ``QAction`` (icon, text, shortcut, tip), and the
rule that enables each one for the current selection."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from snmpscope.gui.controllers.selection import Selection
from snmpscope.gui.icons import icon
from snmpscope.gui.models.session_tree import NodeType


class Actions(QObject):
    """The actions; :meth:`update_for` enables what fits the selection."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.new_session = _action(parent, "new-session", self.tr("&New Session…"), "Ctrl+N")
        self.new_session.setStatusTip(self.tr("Open a new WinSNMP session"))
        self.close_session = _action(parent, "close-session", self.tr("&Close Session"), "Ctrl+W")
        self.close_session.setStatusTip(self.tr("Close the session and free everything it owns"))
        self.add_entity = _action(parent, "add-entity", self.tr("Add &Entity…"), "Ctrl+E")
        self.add_entity.setStatusTip(self.tr("Add an agent address to the session"))
        self.add_context = _action(parent, "add-context", self.tr("Add Con&text…"), "Ctrl+T")
        self.add_context.setStatusTip(self.tr("Add a community to the session"))
        self.probe_aes = _action(parent, "entity", self.tr("Probe the AES &Variant"), "")
        self.probe_aes.setStatusTip(
            self.tr(
                "Ask the selected SNMPv3 agent with its AES-192/AES-256 key extension, then "
                "the other one, and say which one it uses"
            )
        )
        self.agents = _action(parent, "entity", self.tr("Saved &Agents…"), "Ctrl+Shift+A")
        self.agents.setStatusTip(
            self.tr("Add, edit, duplicate, delete and open saved agents with their credentials")
        )
        self.new_pdu = _action(parent, "new-pdu", self.tr("New &PDU…"), "Ctrl+P")
        self.new_pdu.setStatusTip(self.tr("Compose a GET, GETNEXT, GETBULK, SET, TRAP or INFORM"))
        self.duplicate_pdu = _action(parent, "duplicate", self.tr("&Duplicate PDU"), "Ctrl+D")
        self.duplicate_pdu.setStatusTip(self.tr("Copy the selected PDU (SnmpDuplicatePdu)"))
        self.edit_copy = _action(parent, "duplicate", self.tr("&Edit a Copy…"), "Ctrl+Shift+D")
        self.edit_copy.setStatusTip(
            self.tr("Open the composer on a copy of the selected PDU: a new PDU once created")
        )
        self.send_pdu = _action(parent, "send", self.tr("&Send / Re-send"), "Ctrl+Return")
        self.send_pdu.setStatusTip(self.tr("Send the selected PDU to the session's agent"))
        self.free_handle = _action(
            parent, "free", self.tr("&Free Handle"), QKeySequence.StandardKey.Delete
        )
        self.free_handle.setStatusTip(self.tr("Free the selected entity, context, PDU or VBL"))
        self.walk_here = _action(parent, "walk", self.tr("&Walk Here"), "Ctrl+K")
        self.walk_here.setStatusTip(self.tr("Walk the subtree below the selected OID"))
        self.stop_walk = _action(parent, "stop", self.tr("S&top Walk"), "Esc")
        self.stop_walk.setStatusTip(self.tr("Stop the running walk; results so far are kept"))
        self.stop_walk.setEnabled(False)
        self.register_traps = _action(parent, "trap-register", self.tr("&Register for Traps…"), "")
        self.register_traps.setStatusTip(self.tr("Receive traps and informs in this session"))
        self.preferences = _action(
            parent, "preferences", self.tr("P&references…"), QKeySequence.StandardKey.Preferences
        )
        self.quit = QAction(self.tr("&Quit"), parent)
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.update_for(Selection())

    def update_for(self, selection: Selection) -> None:
        """Enable what makes sense for ``selection``."""
        in_session = bool(selection.session)
        self.close_session.setEnabled(in_session)
        self.add_entity.setEnabled(in_session)
        self.add_context.setEnabled(in_session)
        self.new_pdu.setEnabled(in_session)
        self.register_traps.setEnabled(in_session)
        self.walk_here.setEnabled(in_session)
        self.duplicate_pdu.setEnabled(selection.node_type == NodeType.PDU)
        self.edit_copy.setEnabled(selection.is_pdu)
        self.send_pdu.setEnabled(selection.node_type == NodeType.PDU)
        self.free_handle.setEnabled(selection.freeable)
        self.probe_aes.setEnabled(selection.node_type == NodeType.ENTITY)

    def session_actions(self) -> list[QAction]:
        """The actions of the Session menu, in order."""
        return [
            self.new_session,
            self.close_session,
            self.agents,
            self.add_entity,
            self.add_context,
            self.probe_aes,
        ]

    def pdu_actions(self) -> list[QAction]:
        """The actions of the PDU menu, in order."""
        return [self.new_pdu, self.duplicate_pdu, self.edit_copy, self.send_pdu, self.free_handle]


def _action(
    parent: QWidget, icon_name: str, text: str, shortcut: str | QKeySequence.StandardKey
) -> QAction:
    action = QAction(icon(icon_name), text, parent)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(text.replace("&", "").replace("…", ""))
    return action
