"""The master password of the encrypted secrets file, asked once per run when the system
has no keyring. Declining keeps secrets in memory for the run (the window says so)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from snmpscope.gui.dialogs.simple_dialogs import FormDialog


class MasterPasswordDialog(FormDialog):
    """Unlock (or create, the first time) the encrypted file where communities are kept."""

    def __init__(self, parent: QWidget | None, new_file: bool, problem: str = "") -> None:
        super().__init__(parent, self.tr("Secrets file"))
        self.setObjectName("masterPasswordDialog")
        self._new = new_file
        intro = QLabel(
            self.tr(
                "This system has no keyring. snmpscope keeps communities and SNMPv3 "
                "passphrases in an encrypted file instead; choose its master password. "
                "It is asked once each time snmpscope starts."
            )
            if new_file
            else self.tr(
                "Enter the master password of your encrypted secrets file (communities and "
                "SNMPv3 passphrases)."
            )
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.password = QLineEdit()
        self.password.setObjectName("masterPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Master password:"), self.password)
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        if new_file:
            self.form.addRow(self.tr("&Again:"), self.confirm)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create") if new_file else self.tr("&Unlock"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Keep secrets for this run only"))
        self.password.textChanged.connect(self._validate)
        self.confirm.textChanged.connect(self._validate)
        self._problem = problem
        self._validate()

    def _validate(self) -> None:
        if self._problem and not self.password.text():
            self.show_problem(self._problem)
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            return
        if not self.password.text().strip():
            self.show_problem(self.tr("Enter a password."))
        elif self._new and self.password.text() != self.confirm.text():
            self.show_problem(self.tr("The two passwords differ."))
        else:
            self.show_problem("")

    @classmethod
    def ask(cls, parent: QWidget | None, new_file: bool, problem: str = "") -> str | None:
        """The master password, or None when the user keeps secrets for the run only."""
        dialog = cls(parent, new_file, problem)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password.text()
