"""Add an entity (an agent): address (IPv4, IPv6, host name) and port, version, community,
timeout and retries, with inline validation that says what is wrong."""

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
        for edit in (self.host, self.community):
            edit.textChanged.connect(self._validate)
        self.add_context.toggled.connect(self._validate)
        self._host = ""
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
        if self.add_context.isChecked() and not self.community.text():
            self.show_problem(self.tr("Enter a community, or do not add a context."))
            return
        self._host = host
        self.show_problem("")

    def spec(self) -> EntitySpec:
        """The entity as entered (call when the form is valid)."""
        return EntitySpec(
            address=join_host_port(self._host, self.port.value()),
            version=SnmpVersion(self.version.currentData()),
            timeout_cs=round(self.timeout.value() * 100),
            retry=self.retry.value(),
            community=self.community.text(),
            add_context=self.add_context.isChecked(),
            name=self.name.text().strip(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, prefs: Preferences) -> EntitySpec | None:
        """The entity to add, or None."""
        dialog = cls(parent, prefs)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.spec()
