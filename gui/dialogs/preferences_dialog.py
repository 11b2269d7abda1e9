"""Preferences: resource limits, the trap receiver endpoint, defaults, colour scheme."""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from snmpscope.core.constants import MAX_RETRY, MAX_TIMEOUT_CS, SnmpVersion
from snmpscope.gui.dialogs.simple_dialogs import FormDialog
from snmpscope.gui.settings.preferences import Preferences

LIMIT_MAX = 10_000_000
MIB = 1024 * 1024
QUEUE_MIB_MAX = 1024 * 1024  # 1 TiB: beyond any machine this runs on


class PreferencesDialog(FormDialog):
    """Edits a :class:`Preferences`."""

    def __init__(self, parent: QWidget | None, prefs: Preferences) -> None:
        super().__init__(parent, self.tr("Preferences"))
        self.setMinimumWidth(560)
        self.tabs = QTabWidget()
        self.form.addRow(self.tabs)
        limits = QFormLayout()
        self.sessions = self._spin(1, LIMIT_MAX, prefs.max_sessions)
        self.handles = self._spin(1, LIMIT_MAX, prefs.max_handles_per_session)
        self.queue = self._spin(1, LIMIT_MAX, prefs.max_queue_per_session)
        # In MiB: a spin box holds 32-bit values, and nobody sets memory to the byte.
        queue_mib = max(1, prefs.max_queue_bytes_per_session // MIB)
        self.queue_bytes = self._spin(1, QUEUE_MIB_MAX, queue_mib)
        self.queue_bytes.setSuffix(self.tr(" MiB"))
        limits.addRow(self.tr("Open &sessions:"), self.sessions)
        limits.addRow(self.tr("Live &handles per session:"), self.handles)
        limits.addRow(self.tr("&Queued messages per session:"), self.queue)
        limits.addRow(self.tr("Queued &memory per session:"), self.queue_bytes)
        self.tabs.addTab(_page(limits), self.tr("Resource limits"))

        traps = QFormLayout()
        self.trap_host = QLineEdit(prefs.trap_host)
        self.trap_port = self._spin(1, 65535, prefs.trap_port)
        traps.addRow(self.tr("Listen &address:"), self.trap_host)
        traps.addRow(self.tr("Listen &port:"), self.trap_port)
        guide = QLabel(
            self.tr(
                "Agents send traps to port 162 by default, but only a privileged program may "
                "listen on ports below 1024. So snmpscope listens on 127.0.0.1:10162, and "
                "you either point your agents at that port (net-snmp: trap2sink HOST:10162, "
                "snmptrap HOST:10162), or let snmpscope take 162: on Linux run once "
                "'sudo setcap cap_net_bind_service=+ep' on the Python interpreter (or the "
                "bundled snmpscope program), or forward the port with "
                "'sudo iptables -t nat -A PREROUTING -p udp --dport 162 -j REDIRECT "
                "--to-ports 10162'; then set the port to 162 here (address 0.0.0.0 or :: to "
                "hear other machines). The Traps tab says at once whether it listens."
            )
        )
        guide.setObjectName("trapPortGuide")
        guide.setWordWrap(True)
        guide.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        traps.addRow(guide)
        self.tabs.addTab(_page(traps), self.tr("Trap receiver"))

        defaults = QFormLayout()
        self.version = QComboBox()
        self.version.addItem("SNMPv1", int(SnmpVersion.V1))
        self.version.addItem("SNMPv2c", int(SnmpVersion.V2C))
        self.version.setCurrentIndex(max(0, self.version.findData(prefs.default_version)))
        self.timeout = QDoubleSpinBox()
        self.timeout.setRange(0.01, MAX_TIMEOUT_CS / 100)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setValue(prefs.default_timeout_cs / 100)
        self.retry = self._spin(0, MAX_RETRY, prefs.default_retry)
        self.community = QLineEdit(prefs.default_community)
        # A community is a password; it is kept in the secret store, never in the file.
        self.community.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.max_repetitions = self._spin(0, 1000, prefs.walk_max_repetitions)
        defaults.addRow(self.tr("&Version:"), self.version)
        defaults.addRow(self.tr("&Timeout:"), self.timeout)
        defaults.addRow(self.tr("&Retries:"), self.retry)
        defaults.addRow(self.tr("&Community:"), self.community)
        defaults.addRow(self.tr("Walk max-&repetitions (0: GETNEXT):"), self.max_repetitions)
        self.tabs.addTab(_page(defaults), self.tr("Defaults"))

        look = QFormLayout()
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("Follow the system"), "system")
        self.scheme.addItem(self.tr("Light"), "light")
        self.scheme.addItem(self.tr("Dark"), "dark")
        self.scheme.setCurrentIndex(max(0, self.scheme.findData(prefs.color_scheme)))
        look.addRow(self.tr("Colour &scheme:"), self.scheme)
        self.tabs.addTab(_page(look), self.tr("Appearance"))

        self.trap_host.textChanged.connect(self._validate)
        self._validate()

    @staticmethod
    def _spin(low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setGroupSeparatorShown(True)
        spin.setValue(value)
        return spin

    def _validate(self) -> None:
        host = self.trap_host.text().strip()
        try:
            ipaddress.ip_address(host)
        except ValueError:
            self.show_problem(
                self.tr("The trap listen address must be an IP address, e.g. 127.0.0.1 or ::1.")
            )
            return
        self.show_problem("")

    def preferences(self) -> Preferences:
        """The preferences as edited."""
        return Preferences(
            max_sessions=self.sessions.value(),
            max_handles_per_session=self.handles.value(),
            max_queue_per_session=self.queue.value(),
            max_queue_bytes_per_session=self.queue_bytes.value() * MIB,
            trap_host=self.trap_host.text().strip(),
            trap_port=self.trap_port.value(),
            default_version=int(self.version.currentData()),
            default_timeout_cs=round(self.timeout.value() * 100),
            default_retry=self.retry.value(),
            default_community=self.community.text(),
            walk_max_repetitions=self.max_repetitions.value(),
            color_scheme=str(self.scheme.currentData()),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, prefs: Preferences) -> Preferences | None:
        """The new preferences, or None."""
        dialog = cls(parent, prefs)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.preferences()


def _page(layout: QFormLayout) -> QWidget:
    page = QWidget()
    page.setLayout(layout)
    return page
