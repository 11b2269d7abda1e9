"""The list of saved agents: add, edit, duplicate, delete, file in folders, open one.

Each agent carries its credentials (community, or an SNMPv3 user), its version, timeout and
retry. Edits apply to the agent being shown as they are typed; Cancel forgets all of them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.service.agent_profiles import (
    SECURITY_LEVELS,
    AgentBook,
    AgentProfile,
    V3Credentials,
)

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
VERSIONS = ((SnmpVersion.V1, "SNMPv1"), (SnmpVersion.V2C, "SNMPv2c"), (SnmpVersion.V3, "SNMPv3"))
AUTH_PROTOCOLS = ("MD5", "SHA", "SHA-224", "SHA-256", "SHA-384", "SHA-512")
PRIV_PROTOCOLS = ("DES", "AES", "AES-192", "AES-256")


@dataclass(frozen=True, slots=True)
class AgentsResult:
    """The saved agents as edited, and the one to open now (None: none)."""

    book: AgentBook
    open: str | None = None


class AgentsDialog(QDialog):
    """Saved agents on the left (by folder), the chosen one's fields on the right."""

    def __init__(self, parent: QWidget | None, book: AgentBook, default_community: str) -> None:
        super().__init__(parent)
        self.setObjectName("agentsDialog")
        self.setWindowTitle(self.tr("Saved agents"))
        self.resize(820, 480)
        self.book = copy.deepcopy(book)
        self._default_community = default_community
        self._current = ""  # the name of the agent the form shows
        self._filling = False
        self.open_name: str | None = None
        self.list = QTreeWidget()
        self.list.setObjectName("agentList")
        self.list.setHeaderLabels([self.tr("Agent"), self.tr("Address")])
        self.list.setColumnWidth(0, 200)
        self.add_button = QPushButton(self.tr("&Add"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.name = QLineEdit()
        self.folder = QComboBox()
        self.folder.setEditable(True)
        self.folder.setToolTip(self.tr("A folder groups agents, e.g. Core/Switches"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("host, host:port or [v6]:port"))
        self.version = QComboBox()
        for version, label in VERSIONS:
            self.version.addItem(label, int(version))
        self.community = QLineEdit()
        self.community.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_community = QCheckBox(self.tr("Show"))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(0.01, 3600.0)
        self.timeout.setDecimals(2)
        self.timeout.setSuffix(self.tr(" s"))
        self.retry = QSpinBox()
        self.retry.setRange(0, 100)
        self.v3_box = QGroupBox(self.tr("SNMPv3 user"))
        self.v3_box.setObjectName("agentV3")
        self.user = QLineEdit()
        self.level = QComboBox()
        self.level.addItems(SECURITY_LEVELS)
        self.auth_protocol = QComboBox()
        self.auth_protocol.addItems(AUTH_PROTOCOLS)
        self.auth_pass = QLineEdit()
        self.auth_pass.setEchoMode(QLineEdit.EchoMode.Password)
        self.priv_protocol = QComboBox()
        self.priv_protocol.addItems(PRIV_PROTOCOLS)
        self.priv_pass = QLineEdit()
        self.priv_pass.setEchoMode(QLineEdit.EchoMode.Password)
        v3_form = QFormLayout(self.v3_box)
        v3_form.addRow(self.tr("User:"), self.user)
        v3_form.addRow(self.tr("Security level:"), self.level)
        v3_form.addRow(self.tr("Authentication:"), self.auth_protocol)
        v3_form.addRow(self.tr("Auth passphrase:"), self.auth_pass)
        v3_form.addRow(self.tr("Privacy:"), self.priv_protocol)
        v3_form.addRow(self.tr("Priv passphrase:"), self.priv_pass)
        community_row = QHBoxLayout()
        community_row.addWidget(self.community, 1)
        community_row.addWidget(self.show_community)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Folder:"), self.folder)
        form.addRow(self.tr("A&ddress:"), self.address)
        form.addRow(self.tr("&Version:"), self.version)
        community_label = QLabel(self.tr("&Community:"))
        community_label.setBuddy(self.community)
        form.addRow(community_label, community_row)
        form.addRow(self.tr("&Timeout:"), self.timeout)
        form.addRow(self.tr("&Retries:"), self.retry)
        form.addRow(self.v3_box)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.form_box = QWidget()
        right = QVBoxLayout(self.form_box)
        right.addLayout(form)
        right.addWidget(self.problem)
        right.addStretch(1)
        left_buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.delete_button):
            left_buttons.addWidget(button)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(left_buttons)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.form_box, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = self.buttons.addButton(
            self.tr("Save and &open in session"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setObjectName("agentOpen")
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self._open_clicked)
        self.add_button.clicked.connect(self.add_agent)
        self.duplicate_button.clicked.connect(self.duplicate_agent)
        self.delete_button.clicked.connect(self.delete_agent)
        self.list.currentItemChanged.connect(self._chosen)
        self.show_community.toggled.connect(
            lambda on: self.community.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        for edit in (
            self.name,
            self.address,
            self.community,
            self.user,
            self.auth_pass,
            self.priv_pass,
        ):
            edit.textEdited.connect(self._edited)
        self.folder.editTextChanged.connect(self._edited)
        for box in (self.version, self.level, self.auth_protocol, self.priv_protocol):
            box.currentIndexChanged.connect(self._edited)
        self.timeout.valueChanged.connect(self._edited)
        self.retry.valueChanged.connect(self._edited)
        self._rebuild()

    # ---------------------------------------------------------------- the list
    def _rebuild(self, select: str = "") -> None:
        self.list.blockSignals(True)
        self.list.clear()
        folders: dict[str, QTreeWidgetItem] = {}
        chosen: QTreeWidgetItem | None = None
        for profile in self.book.profiles:
            parent: QTreeWidget | QTreeWidgetItem = self.list
            if profile.folder:
                if profile.folder not in folders:
                    folders[profile.folder] = QTreeWidgetItem(self.list, [profile.folder])
                    folders[profile.folder].setExpanded(True)
                parent = folders[profile.folder]
            item = QTreeWidgetItem(parent, [profile.name, profile.address])
            item.setData(0, NAME_ROLE, profile.name)
            if profile.name == (select or self._current):
                chosen = item
        self.list.blockSignals(False)
        self.folder.blockSignals(True)
        text = self.folder.currentText()
        self.folder.clear()
        self.folder.addItems(self.book.folders())
        self.folder.setEditText(text)
        self.folder.blockSignals(False)
        if chosen is None and self.book.profiles:
            chosen = self._item_of(self.book.profiles[0].name)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self._show(self._name_of(chosen))

    def _item_of(self, name: str) -> QTreeWidgetItem | None:
        for item in self._items():
            if item.data(0, NAME_ROLE) == name:
                return item
        return None

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        stack = [self.list.topLevelItem(i) for i in range(self.list.topLevelItemCount())]
        while stack:
            item = stack.pop(0)
            if item is None:
                continue
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    @staticmethod
    def _name_of(item: QTreeWidgetItem | None) -> str:
        name = item.data(0, NAME_ROLE) if item is not None else None
        return name if isinstance(name, str) else ""

    def _chosen(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        name = self._name_of(current)
        if name:
            self._show(name)

    # ---------------------------------------------------------------- the form
    def _show(self, name: str) -> None:
        profile = self.book.get(name)
        self._current = name if profile is not None else ""
        self.form_box.setEnabled(profile is not None)
        self.duplicate_button.setEnabled(profile is not None)
        self.delete_button.setEnabled(profile is not None)
        self.open_button.setEnabled(profile is not None)
        if profile is None:
            self.problem.setText(self.tr("Add an agent: its address and community."))
            return
        self._filling = True
        self.name.setText(profile.name)
        self.folder.setEditText(profile.folder)
        self.address.setText(profile.address)
        self.version.setCurrentIndex(max(0, self.version.findData(int(profile.version))))
        self.community.setText(profile.community)
        self.timeout.setValue(profile.timeout_cs / 100)
        self.retry.setValue(profile.retry)
        v3 = profile.v3 or V3Credentials("")
        self.user.setText(v3.user)
        self.level.setCurrentText(v3.security_level)
        self.auth_protocol.setCurrentText(v3.auth_protocol or "SHA")
        self.auth_pass.setText(v3.auth_passphrase)
        self.priv_protocol.setCurrentText(v3.priv_protocol or "AES")
        self.priv_pass.setText(v3.priv_passphrase)
        self._filling = False
        self._validate(profile)

    def form_profile(self) -> AgentProfile:
        """The agent as the form shows it."""
        version = SnmpVersion(int(self.version.currentData()))
        v3 = None
        if version == SnmpVersion.V3:
            v3 = V3Credentials(
                user=self.user.text().strip(),
                security_level=self.level.currentText(),
                auth_protocol=self.auth_protocol.currentText(),
                auth_passphrase=self.auth_pass.text(),
                priv_protocol=self.priv_protocol.currentText(),
                priv_passphrase=self.priv_pass.text(),
            )
        return AgentProfile(
            name=self.name.text().strip(),
            address=self.address.text().strip(),
            version=version,
            community=self.community.text() if version != SnmpVersion.V3 else "",
            timeout_cs=round(self.timeout.value() * 100),
            retry=self.retry.value(),
            folder=self.folder.currentText().strip().strip("/"),
            v3=v3,
        )

    def _edited(self, *_args: object) -> None:
        if self._filling or not self._current:
            return
        profile = self.form_profile()
        if not self._validate(profile):
            return
        old = self._current
        self.book.put(profile, replacing=old)
        self._current = profile.name
        if (profile.name, profile.folder, profile.address) != self._listed(old):
            self._rebuild(profile.name)

    def _listed(self, name: str) -> tuple[str, str, str]:
        item = self._item_of(name)
        if item is None:
            return ("", "", "")
        parent = item.parent()
        return (name, parent.text(0) if parent is not None else "", item.text(1))

    def _validate(self, profile: AgentProfile) -> bool:
        problems = profile.problems()
        other = self.book.get(profile.name)
        if other is not None and profile.name != self._current:
            problems.append(self.tr("another agent is called {name}").format(name=profile.name))
        self.v3_box.setEnabled(profile.version == SnmpVersion.V3)
        self.community.setEnabled(profile.version != SnmpVersion.V3)
        text = "; ".join(problems)
        self.problem.setText(text[:1].upper() + text[1:] + ("." if text else ""))
        ok = not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        self.open_button.setEnabled(ok)
        return ok

    # ---------------------------------------------------------------- buttons
    def add_agent(self) -> None:
        """A new agent with the default community, ready to be named."""
        name, number = self.tr("New agent"), 2
        while self.book.get(name) is not None:
            name, number = self.tr("New agent {n}").format(n=number), number + 1
        shown = self.book.get(self._current)
        folder = shown.folder if shown is not None else ""
        self.book.put(
            AgentProfile(name, "127.0.0.1", community=self._default_community, folder=folder)
        )
        self._rebuild(name)
        self.name.setFocus()
        self.name.selectAll()

    def duplicate_agent(self) -> None:
        """A copy of the shown agent under a new name, shown to be edited."""
        if self._current:
            copy_of = self.book.duplicate(self._current)
            self._rebuild(copy_of.name)
            self.name.setFocus()
            self.name.selectAll()

    def delete_agent(self) -> None:
        """Delete the shown agent (its secrets go at the next save)."""
        if self._current:
            self.book.delete(self._current)
            self._current = ""
            self._rebuild()

    def _open_clicked(self) -> None:
        self.open_name = self._current or None

    @classmethod
    def ask(
        cls, parent: QWidget | None, book: AgentBook, default_community: str = "public"
    ) -> AgentsResult | None:
        """The edited agents (and one to open), or None when cancelled."""
        dialog = cls(parent, book, default_community)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return AgentsResult(dialog.book, dialog.open_name)
