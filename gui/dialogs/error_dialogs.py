"""The two failure dialogs: allocation errors (a limit was hit) and unexpected errors.

Both are built in one place and shown through a ``classmethod ask(parent, ...)`` seam that
tests patch. Neither stops the application: after the dialog everything keeps working.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from snmpscope.core.errors import LIMIT_TEXT
from snmpscope.core.service.failures import Failure


class AllocChoice(Enum):
    """What the user picked in the allocation-error dialog."""

    PREFERENCES = "preferences"


def limit_text(limit: str) -> str:
    """Human name of a limit (``sessions`` -> ``open sessions``)."""
    if limit == "sessions":
        return QCoreApplication.translate("ErrorDialogs", "open sessions")
    if limit == "handles_per_session":
        return QCoreApplication.translate("ErrorDialogs", "live handles per session")
    if limit == "queue_per_session":
        return QCoreApplication.translate("ErrorDialogs", "queued messages per session")
    if limit == "queue_bytes_per_session":
        return QCoreApplication.translate("ErrorDialogs", "bytes of queued messages per session")
    return LIMIT_TEXT.get(limit, limit)


def limit_sentence(failure: Failure) -> str:
    """``The limit of 500 live handles per session was reached.`` in words, no code."""
    tr = QCoreApplication.translate
    if failure.limit:
        return tr("ErrorDialogs", "The limit of {maximum} {what} was reached.").format(
            maximum=failure.maximum, what=limit_text(failure.limit)
        )
    return tr("ErrorDialogs", "A resource could not be allocated.")


def remedy_for(limit: str) -> str:
    """What to do about the limit ``limit``."""
    tr = QCoreApplication.translate
    if limit == "sessions":
        return tr(
            "ErrorDialogs",
            "Close sessions you no longer need, or raise the limit in Preferences "
            "(Resource limits ▸ Sessions).",
        )
    if limit == "handles_per_session":
        return tr(
            "ErrorDialogs",
            "Free handles (PDUs, variable-binding lists) you are done with, close sessions "
            "you no longer need, or raise the limit in Preferences.",
        )
    if limit in ("queue_per_session", "queue_bytes_per_session"):
        return tr(
            "ErrorDialogs",
            "The session receives faster than it is read: close sessions you no longer "
            "need, remove trap filters that match too much, or raise the limit in Preferences.",
        )
    return tr(
        "ErrorDialogs",
        "Close sessions you no longer need, free handles you are done with, or raise the "
        "limit in Preferences.",
    )


class AllocErrorDialog(QMessageBox):
    """Says which limit was hit, what it is, and what to do about it."""

    def __init__(self, parent: QWidget | None, failure: Failure) -> None:
        super().__init__(parent)
        self.setObjectName("allocErrorDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Resource limit reached"))
        self.setText(limit_sentence(failure))
        self.setInformativeText(
            remedy_for(failure.limit)
            + " "
            + self.tr("Nothing was lost and snmpscope keeps working.")
        )
        # The WinSNMP code is for whoever reads the details, not the headline.
        self.setDetailedText(
            f"{failure.name} ({failure.code})\n{failure.message}\n\n{failure.traceback}".strip()
        )
        self.preferences_button = self.addButton(
            self.tr("Open Preferences…"), QMessageBox.ButtonRole.ActionRole
        )
        self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(QMessageBox.StandardButton.Close)

    @classmethod
    def ask(cls, parent: QWidget | None, failure: Failure) -> AllocChoice | None:
        """Show the dialog; PREFERENCES when the user wants to raise the limit."""
        dialog = cls(parent, failure)
        dialog.exec()
        if dialog.clickedButton() is dialog.preferences_button:
            return AllocChoice.PREFERENCES
        return None


class ErrorDialog(QMessageBox):
    """An unexpected failure: what was being done, the message, and the traceback."""

    def __init__(self, parent: QWidget | None, what: str, failure: Failure) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.setText(
            self.tr("{what} failed: {name} ({code})").format(
                what=what or self.tr("An operation"), name=failure.name, code=failure.code
            )
        )
        self.setInformativeText(
            failure.message
            + "\n\n"
            + self.tr("snmpscope keeps running. The details below help a bug report.")
        )
        self.setDetailedText(failure.traceback or failure.message)
        self.addButton(QMessageBox.StandardButton.Close)

    @classmethod
    def ask(cls, parent: QWidget | None, what: str, failure: Failure) -> None:
        """Show the dialog (it has nothing to choose)."""
        cls(parent, what, failure).exec()
