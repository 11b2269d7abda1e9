"""The Help viewer: the README's usage sections (``resources/help/usage.md``, kept equal to
the README by ``packaging/tools/help_text.py``) rendered by Qt's own Markdown support, so no
browser, network or extra dependency is needed, in the source checkout and in the bundle."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from snmpscope.gui.icons import icon
from snmpscope.resources import resource_path


def usage_markdown() -> str:
    """The help text (a sentence saying what is missing if the resource is not there)."""
    path = resource_path("help", "usage.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        return f"# snmpscope\n\nThe help text could not be read from {path}: {exc.strerror}."


class HelpViewer(QDialog):
    """Help ▸ snmpscope Help: a non-modal reader beside the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpViewer")
        self.setWindowTitle(self.tr("snmpscope Help"))
        self.setWindowIcon(icon("snmpscope"))
        self.resize(820, 680)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(usage_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def headings(self) -> list[str]:
        """The section titles shown (what a reader can find)."""
        block, found = self.browser.document().begin(), []
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append(block.text())
            block = block.next()
        return found
