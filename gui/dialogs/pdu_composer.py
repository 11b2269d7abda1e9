"""The PDU composer: type, destination, variable bindings with MIB name completion and typed
values (snmpset's type letters, checked with :func:`parse_typed_value`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from snmpscope.core.constants import PduType, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.typed_value import parse_typed_value
from snmpscope.core.smi.notification import notification_varbinds
from snmpscope.core.smi.oid import Oid
from snmpscope.core.smi.values import SmiValue
from snmpscope.gui.dialogs.simple_dialogs import FormDialog
from snmpscope.gui.naming import Naming

COMPOSABLE = (
    PduType.GET,
    PduType.GETNEXT,
    PduType.GETBULK,
    PduType.SET,
    PduType.TRAP,
    PduType.INFORM,
)
VALUED = frozenset({PduType.SET, PduType.TRAP, PduType.INFORM})
TYPE_CHOICES = (
    ("=", "= MIB type"),
    ("i", "i INTEGER"),
    ("u", "u Unsigned32 / Gauge32"),
    ("c", "c Counter32"),
    ("C", "C Counter64"),
    ("t", "t TimeTicks"),
    ("a", "a IpAddress"),
    ("o", "o OBJECT IDENTIFIER"),
    ("s", "s STRING"),
    ("x", "x Hex-STRING"),
    ("d", "d Decimal string"),
    ("b", "b BITS"),
    ("n", "n NULL"),
)


@dataclass(frozen=True, slots=True)
class PduSpec:
    """A composed PDU and where it goes."""

    pdu_type: PduType
    varbinds: tuple[tuple[Oid, SmiValue | None], ...]
    entity: int
    context: int
    non_repeaters: int = 0
    max_repetitions: int = 0
    send: bool = True


class NameEdit(QLineEdit):
    """An OID/name field completing from the loaded MIBs, never blocking on them."""

    def __init__(self, naming: Naming, text: str = "") -> None:
        super().__init__(text)
        self._naming = naming
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # Completions are MODULE::name; a plain "sysDes" must find SNMPv2-MIB::sysDescr.
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        # QLineEdit takes a picked completion only when it starts with what was typed.
        completer.activated.connect(self._take_completion)
        self.setCompleter(completer)
        # Short enough for a table cell or a narrow field; the tooltip has the long form.
        self.setPlaceholderText(self.tr("name or OID"))
        self.setToolTip(
            self.tr("A MIB name (sysDescr.0, IF-MIB::ifDescr) or an OID (1.3.6.1.2.1.1.1.0)")
        )
        self.textEdited.connect(self._refresh)

    def _take_completion(self, text: str) -> None:
        self.setText(text)

    def _refresh(self, text: str) -> None:
        stem = text.strip()
        if stem[:1].isdigit() or stem.startswith("."):
            self._model.setStringList([])
            return
        self._model.setStringList(self._naming.complete(stem))


class PduComposer(FormDialog):
    """Compose a PDU for a session."""

    def __init__(
        self,
        parent: QWidget | None,
        naming: Naming,
        entities: list[tuple[int, str]],
        contexts: list[tuple[int, str]],
        initial_oids: list[str] | None = None,
        preferred: tuple[int, int] | None = None,
        initial_type: PduType | None = None,
        initial_rows: list[tuple[str, str, str]] | None = None,
    ) -> None:
        super().__init__(parent, self.tr("New PDU"))
        self.setMinimumWidth(720)
        self._naming = naming
        self.pdu_type = QComboBox()
        for kind in COMPOSABLE:
            self.pdu_type.addItem(kind.name, int(kind))
        self.entity = QComboBox()
        for handle, text in entities:
            self.entity.addItem(text, handle)
        self.context = QComboBox()
        for handle, text in contexts:
            self.context.addItem(text, handle)
        if preferred is not None:  # selection is context: the agent the user pointed at
            self.entity.setCurrentIndex(max(0, self.entity.findData(preferred[0])))
            self.context.setCurrentIndex(max(0, self.context.findData(preferred[1])))
        self.goes_to = QLabel()
        self.goes_to.setObjectName("composerGoesTo")
        font = self.goes_to.font()
        font.setBold(True)
        self.goes_to.setFont(font)
        self.entity.currentIndexChanged.connect(self._show_destination)
        self.context.currentIndexChanged.connect(self._show_destination)
        self._show_destination()
        bulk = QWidget()
        bulk_layout = QHBoxLayout(bulk)
        bulk_layout.setContentsMargins(0, 0, 0, 0)
        self.non_repeaters = QSpinBox()
        self.non_repeaters.setRange(0, 2**31 - 1)
        self.max_repetitions = QSpinBox()
        self.max_repetitions.setRange(0, 2**31 - 1)
        self.max_repetitions.setValue(10)
        bulk_layout.addWidget(self.non_repeaters)
        bulk_layout.addWidget(self.max_repetitions)
        self.trap_oid = NameEdit(naming)
        self.trap_oid.setPlaceholderText(self.tr("notification, e.g. SNMPv2-MIB::coldStart"))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name or OID"), self.tr("Type"), self.tr("Value")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 200)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        rows = QWidget()
        rows_layout = QHBoxLayout(rows)
        rows_layout.setContentsMargins(0, 0, 0, 0)
        add = QPushButton(self.tr("Add varbind"))
        remove = QPushButton(self.tr("Remove varbind"))
        rows_layout.addWidget(add)
        rows_layout.addWidget(remove)
        rows_layout.addStretch()
        add.clicked.connect(self._add_empty_row)
        remove.clicked.connect(self._remove_row)
        self.form.addRow(self.goes_to)
        self.form.addRow(self.tr("&Type:"), self.pdu_type)
        self.form.addRow(self.tr("&Entity:"), self.entity)
        self.form.addRow(self.tr("&Context:"), self.context)
        self.form.addRow(self.tr("Non-repeaters / max-repetitions:"), bulk)
        self.form.addRow(self.tr("&Notification:"), self.trap_oid)
        self.form.addRow(self.table)
        self.form.addRow(rows)
        self._bulk_row = bulk
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Create"))
        self.send_button = self.buttons.addButton(
            self.tr("Create and &send"), self.buttons.ButtonRole.AcceptRole
        )
        self.send_now = True
        self.buttons.clicked.connect(self._clicked)
        self.pdu_type.currentIndexChanged.connect(self._type_changed)
        for widget in (self.entity, self.context):
            widget.currentIndexChanged.connect(self._validate)
        self.trap_oid.textChanged.connect(self._validate)
        if initial_type is not None:
            self.pdu_type.setCurrentIndex(max(0, self.pdu_type.findData(int(initial_type))))
        if initial_rows:
            for name, letter, value in initial_rows:
                self.add_row(name, letter, value)
        else:
            for oid_text in initial_oids or [""]:
                self.add_row(oid_text)
        self._varbinds: tuple[tuple[Oid, SmiValue | None], ...] = ()
        self._type_changed()

    def _show_destination(self) -> None:
        if self.entity.count() == 0:
            self.goes_to.setText(self.tr("No agent in this session yet."))
            return
        self.goes_to.setText(
            self.tr("Sends to {entity} with {context}").format(
                entity=self.entity.currentText(), context=self.context.currentText()
            )
        )

    # ---------------------------------------------------------------- rows
    def add_row(self, name: str = "", type_letter: str = "=", value: str = "") -> int:
        """Append a varbind row; returns its index."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_edit = NameEdit(self._naming, name)
        type_box = QComboBox()
        for letter, label in TYPE_CHOICES:
            type_box.addItem(label, letter)
        type_box.setCurrentIndex(max(0, type_box.findData(type_letter)))
        value_edit = QLineEdit(value)
        self.table.setCellWidget(row, 0, name_edit)
        self.table.setCellWidget(row, 1, type_box)
        self.table.setCellWidget(row, 2, value_edit)
        name_edit.textChanged.connect(self._validate)
        value_edit.textChanged.connect(self._validate)
        type_box.currentIndexChanged.connect(self._validate)
        self._type_changed()
        return row

    def _add_empty_row(self) -> None:
        self.add_row()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._validate()

    def row_widgets(self, row: int) -> tuple[NameEdit, QComboBox, QLineEdit]:
        """The three editors of a varbind row."""
        name = self.table.cellWidget(row, 0)
        kind = self.table.cellWidget(row, 1)
        value = self.table.cellWidget(row, 2)
        assert isinstance(name, NameEdit)
        assert isinstance(kind, QComboBox)
        assert isinstance(value, QLineEdit)
        return name, kind, value

    # ---------------------------------------------------------------- validation
    def current_type(self) -> PduType:
        """The selected PDU type."""
        return PduType(self.pdu_type.currentData())

    def _type_changed(self) -> None:
        kind = self.current_type()
        valued = kind in VALUED
        for row in range(self.table.rowCount()):
            _name, type_box, value = self.row_widgets(row)
            type_box.setEnabled(valued)
            value.setEnabled(valued)
        self._bulk_row.setEnabled(kind == PduType.GETBULK)
        self.trap_oid.setEnabled(kind in (PduType.TRAP, PduType.INFORM))
        self._validate()

    def _validate(self) -> None:
        try:
            self._varbinds = self._collect()
        except _Problem as problem:
            self.show_problem(str(problem))
            self.send_button.setEnabled(False)
            return
        self.show_problem("")
        self.send_button.setEnabled(True)

    def _collect(self) -> tuple[tuple[Oid, SmiValue | None], ...]:
        if self.entity.count() == 0 or self.context.count() == 0:
            raise _Problem(self.tr("The session needs an entity and a context first."))
        kind = self.current_type()
        valued = kind in VALUED
        pairs: list[tuple[Oid, SmiValue | None]] = []
        for row in range(self.table.rowCount()):
            name, type_box, value_edit = self.row_widgets(row)
            if not name.text().strip():
                if valued and value_edit.text():
                    raise _Problem(self.tr("Row {row}: enter a name or OID.").format(row=row + 1))
                continue
            try:
                oid = self._naming.resolve(name.text())
            except SnmpApiError as exc:
                raise _Problem(self._row_problem(row, exc)) from None
            value: SmiValue | None = None
            if valued:
                try:
                    value = parse_typed_value(
                        str(type_box.currentData()),
                        value_edit.text(),
                        oid=oid,
                        names=self._naming.names,
                    )
                except SnmpApiError as exc:
                    raise _Problem(self._row_problem(row, exc)) from None
            pairs.append((oid, value))
        if kind in (PduType.TRAP, PduType.INFORM):
            text = self.trap_oid.text().strip()
            if not text:
                raise _Problem(self.tr("Enter the notification OID (snmpTrapOID.0)."))
            try:
                trap_oid = self._naming.resolve(text)
            except SnmpApiError as exc:
                raise _Problem(exc.detail or exc.message) from None
            return tuple(
                (tuple(oid), value) for oid, value in notification_varbinds(trap_oid, pairs)
            )
        if not pairs:
            raise _Problem(self.tr("Add at least one variable binding."))
        return tuple(pairs)

    def _row_problem(self, row: int, exc: SnmpApiError) -> str:
        return self.tr("Row {row}: {problem}").format(
            row=row + 1, problem=exc.detail or exc.message
        )

    # ---------------------------------------------------------------- result
    def _clicked(self, button: object) -> None:
        self.send_now = button is self.send_button

    def spec(self) -> PduSpec:
        """The composed PDU (call when the form is valid)."""
        kind = self.current_type()
        return PduSpec(
            pdu_type=kind,
            varbinds=self._varbinds,
            entity=int(self.entity.currentData()),
            context=int(self.context.currentData()),
            non_repeaters=self.non_repeaters.value() if kind == PduType.GETBULK else 0,
            max_repetitions=self.max_repetitions.value() if kind == PduType.GETBULK else 0,
            send=self.send_now,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        naming: Naming,
        entities: list[tuple[int, str]],
        contexts: list[tuple[int, str]],
        initial_oids: list[str] | None = None,
        preferred: tuple[int, int] | None = None,
        initial_type: PduType | None = None,
        initial_rows: list[tuple[str, str, str]] | None = None,
    ) -> PduSpec | None:
        """The composed PDU, or None; ``preferred`` (entity, context) is chosen at first;
        ``initial_type`` and ``initial_rows`` (name, type letter, value) fill it in."""
        dialog = cls(
            parent, naming, entities, contexts, initial_oids, preferred, initial_type, initial_rows
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.spec()


_LETTERS: dict[int, str] = {
    Syntax.INT: "i",
    Syntax.OCTETS: "s",
    Syntax.OID: "o",
    Syntax.IPADDR: "a",
    Syntax.CNTR32: "c",
    Syntax.GAUGE32: "u",
    Syntax.TIMETICKS: "t",
    Syntax.CNTR64: "C",
    Syntax.UINT32: "u",
    Syntax.OPAQUE: "x",
    Syntax.BITS: "x",
}


def typed_entry(naming: Naming, oid: Oid, value: SmiValue) -> tuple[str, str, str]:
    """A varbind as the composer's row takes it again: name, snmpset type letter, value."""
    name = naming.oid_name(oid)
    payload = value.value
    letter = _LETTERS.get(value.syntax)
    if letter is None or payload is None:
        return name, "=", ""
    if isinstance(payload, bytes):
        printable = all(32 <= b < 127 for b in payload)
        if letter == "s" and printable:
            return name, "s", payload.decode("ascii")
        if letter == "a" and len(payload) == 4:
            return name, "a", ".".join(str(b) for b in payload)
        return name, "x", payload.hex(" ")
    if isinstance(payload, tuple):
        return name, "o", "." + ".".join(str(arc) for arc in payload)
    return name, letter, str(payload)


class _Problem(Exception):
    """What is wrong with the form, in words for the user."""
