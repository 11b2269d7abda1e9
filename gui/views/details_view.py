"""The right-hand details pane: the selected node's fields, a PDU's variable bindings in a
table, and the raw message bytes as hex."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.constants import SNMPAPI_SUCCESS, PduType, SnmpVersion, describe_error
from snmpscope.core.service.read_model import (
    ContextInfo,
    EntityInfo,
    PduInfo,
    ReadModel,
    SessionInfo,
)
from snmpscope.core.service.usm import msg_flags_text
from snmpscope.core.smi.oid import oid_to_str
from snmpscope.core.smi.values import SmiValue, VarBind
from snmpscope.gui.models import labels
from snmpscope.gui.models.varbind_table import VarBindTableModel
from snmpscope.gui.naming import Naming
from snmpscope.gui.views.hexdump import community_span, hexdump
from snmpscope.gui.views.result_actions import ResultActions
from snmpscope.gui.views.tables import compact_rows


class DetailsView(QWidget):
    """Shows one handle (or one varbind) in detail; call :meth:`show_handle`."""

    def __init__(self, reader: ReadModel, naming: Naming, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reader = reader
        self._naming = naming
        self._handle = 0
        self.title = QLabel(self.tr("Select a session, entity, context or PDU in the tree."))
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.fields = QTableWidget(0, 2)
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Value")])
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.fields.verticalHeader().setVisible(False)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        compact_rows(self.fields)
        self.varbind_label = QLabel(self.tr("Variable bindings"))
        self.varbind_model = VarBindTableModel(naming, self)
        self.varbinds = QTableView()
        self.varbinds.setObjectName("detailsVarbinds")
        self.varbinds.setModel(self.varbind_model)
        self.varbinds.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.varbinds.horizontalHeader().setStretchLastSection(True)
        compact_rows(self.varbinds)
        # Ctrl+C and the context menu copy the varbinds as net-snmp lines or TSV, or export.
        self.take_away = ResultActions(
            self.varbinds, self.varbind_model, naming, dict, lambda: "snmpscope-pdu"
        )
        self.raw_label = QLabel(self.tr("Raw message"))
        self.raw = QPlainTextEdit()
        self.raw.setReadOnly(True)
        self.raw.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.raw.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._raw = b""
        self.show_secrets = QCheckBox(self.tr("Show secrets"))
        self.show_secrets.setObjectName("detailsShowSecrets")
        self.show_secrets.setToolTip(self.tr("Show the community in the raw message"))
        self.show_secrets.toggled.connect(self._show_raw)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.varbind_label)
        lower_layout.addWidget(self.varbinds, 3)
        raw_row = QHBoxLayout()
        raw_row.addWidget(self.raw_label, 1)
        raw_row.addWidget(self.show_secrets)
        lower_layout.addLayout(raw_row)
        lower_layout.addWidget(self.raw, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.fields)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([260, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter)
        self._show_lower(varbinds=False, raw=False)

    @property
    def handle(self) -> int:
        """The handle shown (0: none)."""
        return self._handle

    def clear(self) -> None:
        """Show nothing."""
        self._handle = 0
        self.title.setText(self.tr("Select a session, entity, context or PDU in the tree."))
        self._set_fields([])
        self.varbind_model.clear()
        self._show_lower(varbinds=False, raw=False)

    def show_handle(self, handle: int) -> None:
        """Show the live handle ``handle`` (or clear, if it is gone)."""
        info = self._reader.describe(handle)
        if info is None:
            self.clear()
            return
        self._handle = handle
        if isinstance(info, SessionInfo):
            self._session(info)
        elif isinstance(info, EntityInfo):
            self._entity(info)
        elif isinstance(info, ContextInfo):
            self._context(info)
        elif isinstance(info, PduInfo):
            self._pdu(info)
        else:
            self.title.setText(labels.vbl_text(info))
            self._set_fields([(self.tr("Handle"), info.handle), (self.tr("Session"), info.owner)])
            self._varbinds(info.varbinds)
            self._show_lower(varbinds=True, raw=False)

    def show_varbind(self, oid: tuple[int, ...], value: SmiValue) -> None:
        """Show one variable binding with its MIB node."""
        self._handle = 0
        self.title.setText(self._naming.oid_name(oid))
        rows: list[tuple[str, object]] = [
            (self.tr("OID"), "." + oid_to_str(oid)),
            (self.tr("Type"), self._naming.type_name(value)),
            (self.tr("Value"), self._naming.value_text(oid, value)),
        ]
        names = self._naming.names
        node = names.node_info(oid) if names is not None else None
        if node is not None:
            rows += [
                (self.tr("MIB object"), node.qualified_name),
                (self.tr("Syntax"), node.syntax_name or node.base_type),
                (self.tr("Access"), node.access),
                (self.tr("Description"), node.description),
            ]
        self._set_fields(rows)
        self._varbinds([(oid, value)])
        self._show_lower(varbinds=True, raw=False)

    def refresh(self) -> None:
        """Re-read the handle shown (it changed)."""
        if self._handle:
            self.show_handle(self._handle)

    # ---------------------------------------------------------------- per kind
    def _session(self, info: SessionInfo) -> None:
        self.title.setText(labels.session_text(info))
        self._set_fields(
            [
                (self.tr("Handle"), info.handle),
                (self.tr("Name"), info.name),
                (self.tr("Notification"), info.mode),
                (self.tr("Live handles"), info.handles),
                (self.tr("Queued messages"), info.queued),
                (self.tr("Outstanding requests"), info.outstanding),
                (self.tr("Trap filters"), info.registrations),
                (self.tr("Last error"), _error_text(info.last_error)),
            ]
        )
        self._show_lower(varbinds=False, raw=False)

    def _entity(self, info: EntityInfo) -> None:
        self.title.setText(labels.entity_text(info))
        self._set_fields(
            [
                (self.tr("Handle"), info.handle),
                (self.tr("Session"), info.owner),
                (self.tr("Address"), info.address),
                (self.tr("IP"), info.ip),
                (self.tr("Port"), info.port),
                (self.tr("Family"), info.family),
                (self.tr("Version"), labels.version_name(info.version)),
                *self._v3_rows(info),
                (self.tr("Timeout"), f"{info.timeout_cs / 100:.2f} s"),
                (self.tr("Retries"), info.retry),
                (
                    self.tr("Listening (agent role)"),
                    self.tr("yes") if info.listening else self.tr("no"),
                ),
            ]
        )
        self._show_lower(varbinds=False, raw=False)

    def _v3_rows(self, info: EntityInfo) -> list[tuple[str, object]]:
        """SNMPv3: the USM user and level, protocols, the agent's engine as discovered, the
        msgFlags of the last answer and the last Report in words."""
        if info.version != SnmpVersion.V3:
            return []
        none = self.tr("none")
        rows: list[tuple[str, object]] = []
        if info.last_report:
            rows.append((self.tr("Last Report"), info.last_report))
        rows += [
            (self.tr("User"), info.user),
            (self.tr("Security level"), info.security_level),
            (self.tr("Authentication"), info.auth_protocol or none),
            (self.tr("Privacy"), info.priv_protocol or none),
            (self.tr("Engine ID"), info.engine_id or self.tr("not discovered yet")),
            (self.tr("Engine boots"), info.engine_boots),
            (self.tr("Engine time"), self.tr("{seconds} s").format(seconds=info.engine_time)),
            (self.tr("msgFlags (last answer)"), msg_flags_text(info.msg_flags)),
        ]
        return rows

    def _context(self, info: ContextInfo) -> None:
        self.title.setText(labels.context_text(info))
        self._set_fields(
            [
                (self.tr("Handle"), info.handle),
                (self.tr("Session"), info.owner),
                (self.tr("Community"), labels.mask_community(info.community)),
                (self.tr("Name"), info.name),
            ]
        )
        self._show_lower(varbinds=False, raw=False)

    def _pdu(self, info: PduInfo) -> None:
        response = self._reader.pdu(info.response_pdu) if info.response_pdu else None
        self.title.setText(f"{labels.pdu_text(info)} — {labels.pdu_state_text(info, response)}")
        error_rows: list[tuple[str, object]]
        if info.type == PduType.GETBULK:
            error_rows = [
                (self.tr("Non-repeaters"), info.error_status),
                (self.tr("Max-repetitions"), info.error_index),
            ]
        elif info.type in ANSWER_TYPES:
            error_rows = [
                (self.tr("Error status"), labels.error_status_name(info.error_status)),
                (self.tr("Error index"), info.error_index),
            ]
        else:
            # A request's error-status field is always 0: showing "noError" for a GET that
            # timed out would say the opposite of what happened. Its outcome is the state.
            error_rows = [(self.tr("Outcome"), labels.pdu_state_text(info, response))]
        rows: list[tuple[str, object]] = [
            (self.tr("Handle"), info.handle),
            (self.tr("Session"), info.owner),
            (self.tr("Type"), labels.pdu_type_name(info.type)),
            (self.tr("Request id"), info.request_id),
            *error_rows,
            (self.tr("State"), info.state.value),
        ]
        if info.max_attempts:
            rows.append(
                (
                    self.tr("Attempts"),
                    self.tr("{n} of {m}").format(n=info.attempt, m=info.max_attempts),
                )
            )
        if info.rtt_ms is not None:
            rows.append((self.tr("Round trip"), f"{info.rtt_ms:.1f} ms"))
        if info.peer:
            rows.append((self.tr("Peer"), info.peer))
        if info.response_pdu:
            rows.append((self.tr("Response PDU"), f"#{info.response_pdu}"))
        if info.in_reply_to:
            rows.append((self.tr("Answers PDU"), f"#{info.in_reply_to}"))
        self._set_fields(rows)
        self._varbinds(info.varbinds)
        self._raw = bytes(info.raw)
        self._show_raw()
        self._show_lower(varbinds=True, raw=bool(self._raw))

    def _show_raw(self) -> None:
        """The raw message, its community masked unless "Show secrets" is on."""
        raw = self._raw
        span = None if self.show_secrets.isChecked() else community_span(raw)
        self.raw.setPlainText(hexdump(raw, span))
        text = self.tr("Raw message ({count} octets)").format(count=len(raw))
        if span is not None:
            text += self.tr(" · community masked")
        self.raw_label.setText(text)

    # ---------------------------------------------------------------- helpers
    def _set_fields(self, rows: list[tuple[str, object]]) -> None:
        self.fields.setRowCount(len(rows))
        for row, (name, value) in enumerate(rows):
            self.fields.setItem(row, 0, QTableWidgetItem(name))
            self.fields.setItem(row, 1, QTableWidgetItem(str(value)))

    def _varbinds(self, varbinds: Sequence[VarBind]) -> None:
        self.varbind_model.set_varbinds(varbinds)
        self.varbind_label.setText(
            self.tr("Variable bindings ({count})").format(count=len(varbinds))
        )

    def _show_lower(self, *, varbinds: bool, raw: bool) -> None:
        self.varbind_label.setVisible(varbinds)
        self.varbinds.setVisible(varbinds)
        self.raw_label.setVisible(raw)
        self.raw.setVisible(raw)
        self.show_secrets.setVisible(raw)


ANSWER_TYPES = frozenset({PduType.RESPONSE, PduType.REPORT})


def _error_text(code: int) -> str:
    """``none`` before any failure (the slot holds SNMPAPI_SUCCESS), else the code's text."""
    return "none" if code == SNMPAPI_SUCCESS else describe_error(code)
