"""The Help menu: snmpscope Help (F1) and About. The window calls :func:`install_help_menu`
once; everything else about the menu lives here, so the composition root stays small."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from snmpscope.gui.dialogs.about_dialog import AboutDialog
from snmpscope.gui.dialogs.help_viewer import HelpViewer


class HelpMenu(QObject):
    """The menu, its actions, and the viewer (one, reused, non-modal)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("helpMenu")
        self._window = window
        self.viewer: HelpViewer | None = None
        self.menu: QMenu = window.menuBar().addMenu(self.tr("&Help"))
        self.help = QAction(self.tr("snmpscope &Help"), window)
        self.help.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help.setStatusTip(self.tr("How to use snmpscope (from its README)"))
        self.about = QAction(self.tr("&About snmpscope"), window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about.setStatusTip(self.tr("Version, libraries and licences"))
        self.menu.addAction(self.help)
        self.menu.addSeparator()
        self.menu.addAction(self.about)
        self.help.triggered.connect(self.show_help)
        self.about.triggered.connect(self.show_about)

    def show_help(self) -> HelpViewer:
        """Open (or raise) the help viewer."""
        if self.viewer is None:
            self.viewer = HelpViewer(self._window)
        self.viewer.show()
        self.viewer.raise_()
        return self.viewer

    def show_about(self) -> None:
        """The About box (modal)."""
        AboutDialog(self._window).exec()


def install_help_menu(window: QMainWindow) -> HelpMenu:
    """Add the Help menu to ``window``'s menu bar (call after the other menus)."""
    return HelpMenu(window)
