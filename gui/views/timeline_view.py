"""The PDU timeline: for the request selected in the tree, every datagram sent and received
in order (the request, each retry, the response; SNMPv3 discovery and Reports once v3 runs),
and for the datagram picked, its BER structure as a tree beside the hex dump, the selected
field's octets highlighted in the hex.

It reads :class:`~snmpscope.core.service.timeline.Timeline` (typed data from the service;
the transport keeps a bounded log of datagrams) and never decodes anything but through
:func:`~snmpscope.core.smi.ber_tree.decode_tree`, which the service already ran.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontDatabase, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from snmpscope.core.service.timeline import Timeline, TimelineEntry, TimelineReader
from snmpscope.core.smi.ber_tree import BerNode
from snmpscope.gui.locale_format import milliseconds, number
from snmpscope.gui.views.hexdump import hexdump

BYTES_PER_LINE = 16
LINE_CHARS = 4 + 2 + 47 + 2 + BYTES_PER_LINE + 1  # offset, gap, hex, gap, text, newline
HEX_COLUMN, TEXT_COLUMN = 6, 55
NODE_ROLE = Qt.ItemDataRole.UserRole


def text_spans(start: int, end: int, size: int) -> list[tuple[int, int]]:
    """(position, length) in :func:`hexdump`'s text of the octets ``start..end``: their hex
    pairs and their characters, one span of each per line."""
    spans = []
    for offset in range(start - start % BYTES_PER_LINE, min(end, size), BYTES_PER_LINE):
        line = offset // BYTES_PER_LINE
        first, last = max(start, offset), min(end, offset + BYTES_PER_LINE, size)
        if first >= last:
            continue
        base = line * LINE_CHARS
        col0, col1 = first - offset, last - offset
        spans.append((base + HEX_COLUMN + 3 * col0, 3 * (col1 - col0) - 1))
        spans.append((base + TEXT_COLUMN + col0, col1 - col0))
    return spans


class TimelineView(QWidget):
    """The datagram list, the BER tree and the hex dump."""

    def __init__(self, reader: TimelineReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self._reader = reader
        self.pdu = 0
        self.timeline: Timeline | None = None
        self.title = QLabel(self.tr("Select a request or response PDU in the tree."))
        self.title.setWordWrap(True)
        self.datagrams = QTreeWidget()
        self.datagrams.setObjectName("timelineDatagrams")
        self.datagrams.setRootIsDecorated(False)
        self.datagrams.setHeaderLabels(
            [
                "#",
                self.tr("Time"),
                self.tr("Direction"),
                self.tr("What"),
                self.tr("PDU"),
                self.tr("Request id"),
                self.tr("Octets"),
                self.tr("Peer"),
            ]
        )
        self.datagrams.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.fields = QTreeWidget()
        self.fields.setObjectName("timelineFields")
        self.fields.setHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Tag"),
                self.tr("Offset"),
                self.tr("Length"),
                self.tr("Value"),
            ]
        )
        self.hex = QPlainTextEdit()
        self.hex.setObjectName("timelineHex")
        self.hex.setReadOnly(True)
        self.hex.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.hex.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.fields)
        lower.addWidget(self.hex)
        lower.setSizes([520, 520])
        upper = QSplitter(Qt.Orientation.Vertical)
        upper.addWidget(self.datagrams)
        upper.addWidget(lower)
        upper.setSizes([160, 360])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(upper, 1)
        self.datagrams.currentItemChanged.connect(self._datagram_changed)
        self.fields.currentItemChanged.connect(self._field_changed)

    # ---------------------------------------------------------------- showing
    def show_pdu(self, pdu: int) -> None:
        """Show the exchange of ``pdu`` (a response: of its request)."""
        self.pdu = pdu
        self.refresh()

    def refresh(self) -> None:
        """Read the shown PDU's timeline again (keeps the picked datagram)."""
        if not self.pdu:
            return
        picked = self.datagrams.currentIndex().row()
        timeline = self._reader.of_pdu(self.pdu)
        self.timeline = timeline
        self.datagrams.clear()
        for entry in timeline.entries:
            self.datagrams.addTopLevelItem(self._entry_item(entry))
        count = len(timeline.entries)
        if count:
            self.title.setText(
                self.tr(
                    "Request id {request_id}: {count} datagrams, {span} from first to last."
                ).format(
                    request_id=timeline.request_id,
                    count=number(count),
                    span=milliseconds(timeline.entries[-1].offset_ms, 1),
                )
            )
            row = picked if 0 <= picked < count else 0
            item = self.datagrams.topLevelItem(row)
            if item is not None:
                self.datagrams.setCurrentItem(item)
        else:
            self.title.setText(
                self.tr(
                    "No datagrams for this PDU yet: it was not sent, or the log no longer has them."
                )
            )
            self.fields.clear()
            self.hex.clear()

    def _entry_item(self, entry: TimelineEntry) -> QTreeWidgetItem:
        arrow = "→" if entry.direction == "sent" else "←"
        direction = (
            self.tr("{arrow} sent").format(arrow=arrow)
            if entry.direction == "sent"
            else self.tr("{arrow} received").format(arrow=arrow)
        )
        item = QTreeWidgetItem(
            [
                str(entry.index),
                milliseconds(entry.offset_ms, 1),
                direction,
                self.kind_text(entry),
                entry.pdu_name or self.tr("(encrypted or unreadable)"),
                "" if entry.request_id is None else str(entry.request_id),
                number(len(entry.data)),
                entry.peer,
            ]
        )
        for column in (0, 1, 5, 6):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        return item

    def kind_text(self, entry: TimelineEntry) -> str:
        """``request``, ``retry 2``, ``response`` ... in the window's language."""
        if entry.kind == "retry":
            return self.tr("retry (attempt {n})").format(n=entry.attempt)
        return {
            "request": self.tr("request"),
            "response": self.tr("response"),
            "report": self.tr("Report"),
            "discovery": self.tr("engine discovery"),
            "encrypted": self.tr("encrypted (authPriv)"),
        }.get(entry.kind, self.tr("other"))

    def _datagram_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.fields.clear()
        if current is None or self.timeline is None:
            self.hex.clear()
            return
        entry = self.timeline.entries[self.datagrams.indexOfTopLevelItem(current)]
        self.hex.setPlainText(hexdump(entry.data))
        root = self._node_item(entry.tree)
        self.fields.addTopLevelItem(root)
        self.fields.expandAll()
        for column in range(4):
            self.fields.resizeColumnToContents(column)
        self.fields.setCurrentItem(root)

    def _node_item(self, node: BerNode) -> QTreeWidgetItem:
        value = node.value_text()
        if node.problem:
            value = f"{value} ⚠ {node.problem}".strip()
        item = QTreeWidgetItem(
            [
                node.name or node.tag_text,
                f"{node.tag_text} (0x{node.identifier:02x})",
                str(node.start),
                str(node.length),
                value,
            ]
        )
        item.setData(0, NODE_ROLE, (node.start, node.end))
        for child in node.children:
            item.addChild(self._node_item(child))
        return item

    def _field_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.hex.setExtraSelections([])
            return
        start, end = current.data(0, NODE_ROLE)
        self.highlight(start, end)

    def highlight(self, start: int, end: int) -> None:
        """Mark octets ``start..end`` in the hex dump (hex pairs and characters)."""
        text = self.hex.toPlainText()
        size = 0 if not text else self._shown_size()
        colour = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        colour.setAlpha(110)
        char_format = QTextCharFormat()
        char_format.setBackground(colour)
        selections = []
        for position, length in text_spans(start, end, size):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.hex.document())
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = char_format
            selections.append(selection)
        self.hex.setExtraSelections(selections)
        if selections:
            cursor = QTextCursor(self.hex.document())
            cursor.setPosition(selections[0].cursor.position())
            self.hex.setTextCursor(cursor)
            self.hex.ensureCursorVisible()

    def highlighted(self) -> list[str]:
        """The highlighted texts (what a test or a reader sees marked)."""
        return [s.cursor.selectedText() for s in self.hex.extraSelections()]

    def _shown_size(self) -> int:
        if self.timeline is None:
            return 0
        item = self.datagrams.currentItem()
        row = self.datagrams.indexOfTopLevelItem(item) if item is not None else -1
        return len(self.timeline.entries[row].data) if row >= 0 else 0
