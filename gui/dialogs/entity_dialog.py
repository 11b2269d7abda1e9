"""Add an entity (an agent): address (IPv4, IPv6, host name) and port, version, community,
timeout and retries; for SNMPv3 the USM user, security level, authentication and privacy
protocols and passphrases, engine ID and context name. Inline validation says what is wrong;
the passphrases go to the secret store when the workspace is saved, never to a file."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from snmpscope.core.constants import DEFAULT_AGENT_PORT, MAX_RETRY, MAX_TIMEOUT_CS, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service.usm import (
    AUTH_PROTOCOLS,
    PRIV_PROTOCOLS,
    SECURITY_LEVELS,
    UsmParameterError,
    V3Security,
    check_security,
)
from snmpscope.core.smi.address import join_host_port, split_host_port
from snmpscope.gui.dialogs.simple_dialogs import FormDialog
from snmpscope.gui.settings.preferences import Preferences


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """An entity to add. ``address`` is the entity string (``[::1]:1161``)."""

    address: str
    version: SnmpVersion
    timeout_cs: int
    retry: int
    community: str = ""
    add_context: bool = True
    name: str = ""
    security: V3Security | None = None  # SNMPv3: user, level, protocols, passphrases
    context_name: str = ""  # SNMPv3 context name ("" = the default context)


def host_problem(host: str) -> str:
    """What is wrong with a host (empty if nothing); names are only checked for form here,
    they are resolved by the service, off the GUI thread."""
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        return ""
    except ValueError:
        pass
    if ":" in host:
        return QCoreApplication.translate(
            "EntityDialog", "{host!r} is not a valid IPv6 address"
        ).format(host=host)
    labels = host.rstrip(".").split(".")
    if len(host) > 253 or labels[-1].isdigit():
        return QCoreApplication.translate(
            "EntityDialog", "{host!r} is neither an IPv4 address nor a host name"
        ).format(host=host)
    for label in labels:
        plain = label.replace("-", "").replace("_", "")
        if (
            not (0 < len(label) <= 63)
            or not plain.isalnum()
            or not label.isascii()
            or label.startswith("-")
        ):
            return QCoreApplication.translate(
                "EntityDialog", "{host!r} is not a valid host name (label {label!r})"
            ).format(host=host, label=label)
    return ""


class EntityDialog(FormDialog):
    """The add-entity form."""

    def __init__(self, parent: QWidget | None, prefs: Preferences) -> None:
        super().__init__(parent, self.tr("Add entity"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("optional, e.g. core-sw1"))
        self.host = QLineEdit()
        self.host.setPlaceholderText(self.tr("192.0.2.1, 2001:db8::1, [::1]:1161 or a host name"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_AGENT_PORT)
        self.version = QComboBox()
        self.version.addItem("SNMPv1", int(SnmpVersion.V1))
        self.version.addItem("SNMPv2c", int(SnmpVersion.V2C))
        self.version.addItem("SNMPv3", int(SnmpVersion.V3))
        self.version.setCurrentIndex(max(0, self.version.findData(prefs.default_version)))
        self.community = QLineEdit(prefs.default_community)
        self.community.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_context = QCheckBox(self.tr("Also add a context for this community"))
        self.add_context.setChecked(True)
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(0.01, MAX_TIMEOUT_CS / 100)
        self.timeout.setDecimals(2)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setValue(prefs.default_timeout_cs / 100)
        self.retry = QSpinBox()
        self.retry.setRange(0, MAX_RETRY)
        self.retry.setValue(prefs.default_retry)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Address:"), self.host)
        self.form.addRow(self.tr("&Port:"), self.port)
        self.form.addRow(self.tr("&Version:"), self.version)
        self.form.addRow(self.tr("&Community:"), self.community)
        self.form.addRow("", self.add_context)
        self.form.addRow(self.tr("&Timeout:"), self.timeout)
        self.form.addRow(self.tr("&Retries:"), self.retry)
        self._build_v3()
        for edit in (self.host, self.community):
            edit.textChanged.connect(self._validate)
        self.add_context.toggled.connect(self._validate)
        self.version.currentIndexChanged.connect(self._version_changed)
        self._host = ""
        self._version_changed()

    def _build_v3(self) -> None:
        """The SNMPv3 (USM) rows, shown for SNMPv3 only."""
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("USM user name, e.g. ops"))
        self.level = QComboBox()
        for level in SECURITY_LEVELS:
            self.level.addItem(level, level)
        self.auth_protocol = QComboBox()
        for name in AUTH_PROTOCOLS:
            self.auth_protocol.addItem(name, name)
        self.auth_protocol.setCurrentIndex(self.auth_protocol.findData("SHA-256"))
        self.auth_key = QLineEdit()
        self.auth_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.auth_key.setPlaceholderText(self.tr("8 characters or more"))
        self.priv_protocol = QComboBox()
        for name in PRIV_PROTOCOLS:
            label = name
            if name.endswith("-C"):
                label = self.tr("{name} (Reeder key extension, Cisco AES256C)").format(name=name)
            elif name in ("AES-192", "AES-256"):
                label = self.tr("{name} (Blumenthal key extension, net-snmp)").format(name=name)
            self.priv_protocol.addItem(label, name)
        self.priv_protocol.setCurrentIndex(self.priv_protocol.findData("AES"))
        self.priv_key = QLineEdit()
        self.priv_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.priv_key.setPlaceholderText(self.tr("8 characters or more"))
        self.engine_id = QLineEdit()
        self.engine_id.setPlaceholderText(self.tr("optional, hex; empty: discover"))
        self.context_name = QLineEdit()
        self.context_name.setPlaceholderText(self.tr("optional; empty: the default context"))
        self._v3_rows = [
            (self.tr("&User:"), self.user),
            (self.tr("Security &level:"), self.level),
            (self.tr("Authentication:"), self.auth_protocol),
            (self.tr("Auth passphrase:"), self.auth_key),
            (self.tr("Privacy:"), self.priv_protocol),
            (self.tr("Priv passphrase:"), self.priv_key),
            (self.tr("Engine ID:"), self.engine_id),
            (self.tr("Context name:"), self.context_name),
        ]
        for label, widget in self._v3_rows:
            self.form.addRow(label, widget)
        for edit in (self.user, self.auth_key, self.priv_key, self.engine_id):
            edit.textChanged.connect(self._validate)
        self.level.currentIndexChanged.connect(self._validate)

    @property
    def is_v3(self) -> bool:
        return bool(self.version.currentData() == int(SnmpVersion.V3))

    def _version_changed(self) -> None:
        v3 = self.is_v3
        for _label, widget in self._v3_rows:
            self.form.setRowVisible(widget, v3)
        self.form.setRowVisible(self.community, not v3)
        self.form.setRowVisible(self.add_context, not v3)
        self._validate()

    def _validate(self) -> None:
        text = self.host.text().strip()
        if not text:
            self.show_problem(self.tr("Enter the agent's address."))
            return
        try:
            host, port = split_host_port(text)
        except SnmpApiError as exc:
            self.show_problem(exc.detail)
            return
        problem = host_problem(host)
        if problem:
            self.show_problem(problem)
            return
        if port is not None:
            # "host:port" typed into the address wins over the port box, visibly.
            self.port.setValue(port)
        self.port.setEnabled(port is None)
        if self.is_v3:
            level = self.level.currentData()
            self.auth_protocol.setEnabled(level != "noAuthNoPriv")
            self.auth_key.setEnabled(level != "noAuthNoPriv")
            self.priv_protocol.setEnabled(level == "authPriv")
            self.priv_key.setEnabled(level == "authPriv")
            problem = self._v3_problem()
            if problem:
                self.show_problem(problem)
                return
        elif self.add_context.isChecked() and not self.community.text():
            self.show_problem(self.tr("Enter a community, or do not add a context."))
            return
        self._host = host
        self.show_problem("")

    def _engine_id(self) -> bytes | None:
        """The engine ID as entered (b"" when empty), or None when it is no engine ID."""
        text = self.engine_id.text().strip().removeprefix("0x").removeprefix("0X")
        try:
            value = bytes.fromhex(text)
        except ValueError:
            return None
        return value if not value or 5 <= len(value) <= 32 else None

    def _security(self) -> V3Security:
        return V3Security(
            user=self.user.text().strip(),
            security_level=str(self.level.currentData()),
            auth_protocol=str(self.auth_protocol.currentData()),
            auth_key=self.auth_key.text(),
            priv_protocol=str(self.priv_protocol.currentData()),
            priv_key=self.priv_key.text(),
            engine_id=self._engine_id() or b"",
        )

    def _v3_problem(self) -> str:
        """What keeps the SNMPv3 fields from working ("" when nothing)."""
        if self._engine_id() is None:
            return self.tr("The engine ID is 5 to 32 octets in hex, e.g. 80001f8804...")
        try:
            check_security(self._security())
        except UsmParameterError as exc:
            field = {
                "user": self.tr("User"),
                "auth_key": self.tr("Auth passphrase"),
                "priv_key": self.tr("Priv passphrase"),
            }.get(exc.field, exc.field)
            return f"{field}: {exc}"
        return ""

    def spec(self) -> EntitySpec:
        """The entity as entered (call when the form is valid)."""
        return EntitySpec(
            address=join_host_port(self._host, self.port.value()),
            version=SnmpVersion(self.version.currentData()),
            timeout_cs=round(self.timeout.value() * 100),
            retry=self.retry.value(),
            community=self.community.text(),
            add_context=self.add_context.isChecked() or self.is_v3,
            name=self.name.text().strip(),
            security=check_security(self._security()) if self.is_v3 else None,
            context_name=self.context_name.text() if self.is_v3 else "",
        )

    @classmethod
    def ask(cls, parent: QWidget | None, prefs: Preferences) -> EntitySpec | None:
        """The entity to add, or None."""
        dialog = cls(parent, prefs)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.spec()
