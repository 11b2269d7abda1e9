"""About snmpscope: its version and licence, and every library it runs on with the version
running now, the facts a bug report needs. "Copy" puts them on the clipboard as plain text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.service.versions import Component, application, components
from snmpscope.gui.icons import icon


class AboutDialog(QDialog):
    """The About box (Help ▸ About snmpscope)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        app = application()
        self.setWindowTitle(self.tr("About snmpscope"))
        self.setWindowIcon(icon("snmpscope"))
        self.setMinimumWidth(560)
        logo = QLabel()
        logo.setPixmap(icon("snmpscope").pixmap(64, 64))
        self.headline = QLabel(
            f"<h2>snmpscope {app.version}</h2>"
            + "<p>"
            + self.tr(
                "A desktop SNMP session browser on a re-creation of Microsoft's WinSNMP "
                "resource model."
            )
            + "</p><p>"
            + self.tr("Licensed under the {licence} licence.").format(licence=app.licence)
            + "</p>"
        )
        self.headline.setWordWrap(True)
        self.headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.components = components()
        self.table = QTableWidget(len(self.components), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Component"), self.tr("Version"), self.tr("Licence")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, part in enumerate(self.components):
            for column, text in enumerate((part.name, part.version, part.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
            + 4
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("&Copy versions"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(logo)
        layout.addWidget(self.headline)
        layout.addWidget(QLabel(self.tr("Built with:")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def text(self) -> str:
        """The versions as plain text, one component a line."""
        return versions_text(application(), self.components)

    def copy(self) -> None:
        """Put :meth:`text` on the clipboard."""
        QGuiApplication.clipboard().setText(self.text())


def versions_text(app: Component, parts: list[Component]) -> str:
    """``snmpscope 0.1.0 (MIT)`` then ``name version (licence)`` lines."""
    return "\n".join(f"{p.name} {p.version} ({p.licence})" for p in [app, *parts])
