"""The quick-query bar: agent, OID or name, and one button per everyday request.

It sits above the results so that a GET of ``sysDescr.0`` is: pick (or keep) the agent, type
``sysDes`` and take the completion, press Get. The agent field lists the agents of the open
sessions (each with its context, i.e. its credentials) and accepts ``host[:port]`` typed in;
the line under it always says where the next request goes, before anything is sent.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from snmpscope.gui.dialogs.pdu_composer import TYPE_CHOICES, NameEdit
from snmpscope.gui.naming import Naming

QUERY_KINDS = ("get", "getnext", "getbulk", "walk", "table", "set")


@dataclass(frozen=True, slots=True)
class Target:
    """An agent with its credentials: an entity and the context to use with it."""

    session: int
    entity: int
    context: int
    label: str  # what the agent field shows
    detail: str  # where it goes, in words (address, version, masked community, session)
    profile: str = ""  # a saved agent not open yet (session, entity and context are 0)

    @property
    def is_open(self) -> bool:
        """True when the agent has its entity and context in a session."""
        return bool(self.entity)


class QuickBar(QWidget):
    """Agent, OID, value (for Set) and the request buttons; ``queryRequested(kind)``."""

    queryRequested = Signal(str)  # one of QUERY_KINDS
    targetChanged = Signal()

    def __init__(self, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickBar")
        self._targets: list[Target] = []
        self.agent = QComboBox()
        self.agent.setObjectName("quickAgent")
        self.agent.setEditable(True)
        self.agent.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agent.setMinimumContentsLength(14)
        self.agent.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        editor = self.agent.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("saved agent or host[:port]"))
        self.agent.setToolTip(
            self.tr(
                "An agent of an open session, or an address typed in (host, host:port, "
                "[v6]:port): it is added to the selected session with the default community."
            )
        )
        self.oid = NameEdit(naming, "")
        self.oid.setObjectName("quickOid")
        self.oid.setPlaceholderText(self.tr("name or OID, e.g. sysDescr.0"))
        self.value_type = QComboBox()
        self.value_type.setObjectName("quickValueType")
        self.value_type.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.value_type.setMinimumContentsLength(5)  # "= MIB…": the list shows every type
        for letter, label in TYPE_CHOICES:
            self.value_type.addItem(label, letter)
        self.value_type.setToolTip(self.tr("The type of the value a Set sends"))
        self.value = QLineEdit()
        self.value.setObjectName("quickValue")
        self.value.setPlaceholderText(self.tr("value"))
        self.value.setToolTip(self.tr("The value a Set sends, typed as the type box says"))
        self.buttons: dict[str, QPushButton] = {}
        texts = {
            "get": self.tr("Get"),
            "getnext": self.tr("GetNext"),
            "getbulk": self.tr("GetBulk"),
            "walk": self.tr("Walk"),
            "table": self.tr("Table"),
            "set": self.tr("Set"),
        }
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for kind in QUERY_KINDS:
            button = QPushButton(texts[kind])
            button.setObjectName(f"quick_{kind}")
            # As narrow as their words: the bar must not squeeze the session tree.
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(texts[kind]) + 18)
            button.clicked.connect(lambda _checked=False, k=kind: self.queryRequested.emit(k))
            buttons.addWidget(button)
            self.buttons[kind] = button
        self.buttons["get"].setDefault(True)
        self.target = QLabel()
        self.target.setObjectName("quickTarget")
        self.target.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 4)
        agent_label, oid_label = QLabel(self.tr("&Agent:")), QLabel(self.tr("&OID:"))
        agent_label.setBuddy(self.agent)
        oid_label.setBuddy(self.oid)
        # Like snmpset's arguments: OID, type, value on one line; then where it goes; then
        # the buttons. Narrow enough that the session tree keeps its room.
        grid.addWidget(agent_label, 0, 0)
        grid.addWidget(self.agent, 0, 1)
        grid.addWidget(oid_label, 0, 2)
        grid.addWidget(self.oid, 0, 3)
        grid.addWidget(self.value_type, 0, 4)
        grid.addWidget(self.value, 0, 5)
        grid.addWidget(self.target, 1, 0, 1, 6)
        buttons.addStretch(1)
        grid.addLayout(buttons, 2, 0, 1, 6)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 4)
        grid.setColumnStretch(5, 2)
        self.oid.returnPressed.connect(lambda: self.queryRequested.emit("get"))
        self.agent.currentIndexChanged.connect(self._show_target)
        self.agent.editTextChanged.connect(self._show_target)
        self._show_target()

    # ---------------------------------------------------------------- agents
    def set_targets(self, targets: list[Target]) -> None:
        """The agents to pick from; the current one stays when it is still there."""
        current = self.current_target()
        typed = self.agent.currentText() if current is None else ""
        self._targets = list(targets)
        self.agent.blockSignals(True)
        self.agent.clear()
        for target in targets:
            self.agent.addItem(target.label)
        self.agent.blockSignals(False)
        if current is not None:
            self.choose(current.session, current.entity)
        elif typed:
            self.agent.setEditText(typed)
        elif targets:
            self.agent.setCurrentIndex(0)
            editor = self.agent.lineEdit()
            if editor is not None:
                editor.setCursorPosition(0)
        self._show_target()

    def targets(self) -> list[Target]:
        """The agents offered."""
        return list(self._targets)

    def choose(self, session: int, entity: int) -> bool:
        """Make ``entity`` of ``session`` the agent (False when it is not offered)."""
        for position, target in enumerate(self._targets):
            if target.session == session and target.entity == entity:
                self.agent.setCurrentIndex(position)
                self.agent.setEditText(target.label)
                editor = self.agent.lineEdit()
                if editor is not None:
                    editor.setCursorPosition(0)  # the name shows, not the port's end
                self._show_target()
                return True
        return False

    def current_target(self) -> Target | None:
        """The offered agent the field names, or None when an address is typed in."""
        position = self.agent.currentIndex()
        text = self.agent.currentText().strip()
        if 0 <= position < len(self._targets) and self._targets[position].label == text:
            return self._targets[position]
        for target in self._targets:
            if target.label == text:
                return target
        return None

    def typed_address(self) -> str:
        """The address typed in ("" when an offered agent is chosen)."""
        return "" if self.current_target() is not None else self.agent.currentText().strip()

    def _show_target(self, *_args: object) -> None:
        target = self.current_target()
        if target is not None:
            self.target.setText(self.tr("→ {detail}").format(detail=target.detail))
        elif self.agent.currentText().strip():
            self.target.setText(
                self.tr("→ {address} (new agent, default community)").format(
                    address=self.agent.currentText().strip()
                )
            )
        else:
            self.target.setText(self.tr("→ no agent: open a session with an agent, or type one"))
        self.targetChanged.emit()

    # ---------------------------------------------------------------- fields
    def set_table_available(self, available: bool) -> None:
        """The Table button works only when the service can walk a table."""
        button = self.buttons["table"]
        button.setEnabled(available)
        button.setToolTip(
            self.tr("Walk a conceptual table into rows and columns")
            if available
            else self.tr("Table view is not available in this build yet")
        )

    def type_letter(self) -> str:
        """snmpset's type letter for the value (``=``: the MIB's type)."""
        return str(self.value_type.currentData())
