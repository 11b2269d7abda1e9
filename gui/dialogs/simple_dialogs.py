"""Small dialogs: new session, add context, register for traps."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.oid import Oid
from snmpscope.gui.naming import Naming


class FormDialog(QDialog):
    """A form, an inline problem label, and OK/Cancel (OK only while the form is valid)."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def show_problem(self, text: str) -> None:
        """Say what is wrong (empty: nothing) and allow OK only when nothing is."""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not text)


class NewSessionDialog(FormDialog):
    """Name a new session."""

    def __init__(self, parent: QWidget | None, default_name: str = "") -> None:
        super().__init__(parent, self.tr("New session"))
        self.name = QLineEdit(default_name)
        self.name.setPlaceholderText(self.tr("e.g. Core switches"))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.show_problem("")

    @classmethod
    def ask(cls, parent: QWidget | None, default_name: str = "") -> str | None:
        """The name to open a session with ("" lets the core number it), or None."""
        dialog = cls(parent, default_name)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.name.text().strip()


@dataclass(frozen=True, slots=True)
class ContextSpec:
    """A context to add: a community (v1/v2c) and an optional friendly name."""

    community: str
    name: str = ""


class ContextDialog(FormDialog):
    """Add a context (community string)."""

    def __init__(self, parent: QWidget | None, default_community: str = "public") -> None:
        super().__init__(parent, self.tr("Add context"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("optional, e.g. read-only"))
        self.community = QLineEdit(default_community)
        self.community.setEchoMode(QLineEdit.EchoMode.Password)
        self.reveal = QCheckBox(self.tr("Show"))
        self.reveal.toggled.connect(
            lambda on: self.community.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Community:"), self.community)
        self.form.addRow("", self.reveal)
        self.community.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        text = self.community.text()
        if not text:
            self.show_problem(self.tr("The community must not be empty."))
        elif len(text.encode("utf-8")) > 255:
            self.show_problem(self.tr("The community is longer than 255 bytes."))
        else:
            self.show_problem("")

    @classmethod
    def ask(cls, parent: QWidget | None, default_community: str = "public") -> ContextSpec | None:
        """The context to add, or None."""
        dialog = cls(parent, default_community)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return ContextSpec(dialog.community.text(), dialog.name.text().strip())


@dataclass(frozen=True, slots=True)
class TrapFilterSpec:
    """A trap registration: None fields are wildcards."""

    entity: int | None
    context: int | None
    notification: Oid | None
    on: bool = True


class RegisterTrapsDialog(FormDialog):
    """Register (or unregister) a trap filter for a session."""

    def __init__(
        self,
        parent: QWidget | None,
        naming: Naming,
        entities: list[tuple[int, str]],
        contexts: list[tuple[int, str]],
    ) -> None:
        super().__init__(parent, self.tr("Register for traps"))
        self._naming = naming
        self.agent = QComboBox()
        self.agent.addItem(self.tr("Any agent"), 0)
        for handle, text in entities:
            self.agent.addItem(text, handle)
        self.context = QComboBox()
        self.context.addItem(self.tr("Any community"), 0)
        for handle, text in contexts:
            self.context.addItem(text, handle)
        self.notification = QLineEdit()
        self.notification.setPlaceholderText(self.tr("any notification, or e.g. linkDown"))
        self.unregister = QCheckBox(self.tr("Remove this filter instead"))
        self.form.addRow(self.tr("&Agent:"), self.agent)
        self.form.addRow(self.tr("&Context:"), self.context)
        self.form.addRow(self.tr("&Notification:"), self.notification)
        self.form.addRow("", self.unregister)
        self.notification.textChanged.connect(self._validate)
        self._oid: Oid | None = None
        self._validate()

    def _validate(self) -> None:
        text = self.notification.text().strip()
        self._oid = None
        if not text:
            self.show_problem("")
            return
        try:
            self._oid = self._naming.resolve(text)
        except SnmpApiError as exc:
            self.show_problem(exc.detail or exc.message)
            return
        self.show_problem("")

    def spec(self) -> TrapFilterSpec:
        """The filter as entered."""
        return TrapFilterSpec(
            self.agent.currentData() or None,
            self.context.currentData() or None,
            self._oid,
            not self.unregister.isChecked(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        naming: Naming,
        entities: list[tuple[int, str]],
        contexts: list[tuple[int, str]],
    ) -> TrapFilterSpec | None:
        """The filter to register, or None."""
        dialog = cls(parent, naming, entities, contexts)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.spec()
