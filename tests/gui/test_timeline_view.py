"""The PDU timeline in the real window: a GET to a scripted agent that drops the first
datagram shows the request, the retry and the response; picking a field of the BER tree
highlights exactly its octets in the hex dump."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTreeWidgetItem

from snmpscope.core.constants import PduType
from snmpscope.core.service import Reply
from snmpscope.gui.views.hexdump import hexdump
from snmpscope.gui.views.timeline_view import text_spans
from tests.service.test_controller import call

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
SYS_NAME = (1, 3, 6, 1, 2, 1, 1, 5, 0)


def items(tree) -> list[QTreeWidgetItem]:
    found, stack = [], [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        found.append(item)
        stack[:0] = [item.child(i) for i in range(item.childCount())]
    return found


def test_a_retried_request_in_the_timeline(qtbot, gui, scripted_agent) -> None:
    window, controller = gui.window, gui.controller
    controller.start(prewarm_mibs=False)  # numeric OIDs only: no MIB load to wait for
    scripted_agent.drop_next(1)
    host, port = scripted_agent.address
    session = call(qtbot, controller, lambda: controller.open_session("timeline"))
    entity = call(
        qtbot,
        controller,
        lambda: controller.add_entity(session, f"{host}:{port}", timeout_cs=30, retry=2),
    )
    context = call(qtbot, controller, lambda: controller.add_context(session, b"public"))
    pdu = call(
        qtbot, controller, lambda: controller.create_pdu(session, PduType.GET, ((SYS_NAME, None),))
    )
    window.seeing.timeline_dock.show()
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(pdu).isValid())
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(pdu))
    view = window.seeing.timeline
    assert view.pdu == pdu and view.datagrams.topLevelItemCount() == 0  # not sent yet
    reply = call(qtbot, controller, lambda: controller.send(session, entity, context, pdu))
    assert isinstance(reply, Reply)
    qtbot.waitUntil(lambda: view.datagrams.topLevelItemCount() == 3)  # refreshed by events
    kinds = [view.datagrams.topLevelItem(i).text(3) for i in range(3)]
    assert kinds == ["request", "retry (attempt 2)", "response"]
    assert view.datagrams.topLevelItem(1).text(2) == "→ sent"
    assert view.datagrams.topLevelItem(2).text(2) == "← received"
    assert "3 datagrams" in view.title.text()

    view.datagrams.setCurrentItem(view.datagrams.topLevelItem(2))
    timeline = view.timeline
    assert timeline is not None
    response = timeline.entries[2]
    assert view.hex.toPlainText() == hexdump(response.data)
    fields = items(view.fields)
    assert fields[0].text(0) == "Message"
    name = next(item for item in fields if item.text(0) == "name")
    view.fields.setCurrentItem(name)
    start, end = name.data(0, 256)
    marked = view.highlighted()
    hex_part = " ".join(text for text in marked[0::2])
    assert hex_part == response.data[start:end].hex(" ")
    assert name.text(4) == "1.3.6.1.2.1.1.5.0"
    view.fields.setCurrentItem(fields[0])  # the whole message: every octet
    assert " ".join(view.highlighted()[0::2]) == response.data.hex(" ")


@pytest.mark.parametrize(
    ("start", "end", "size"), [(0, 2, 40), (14, 18, 40), (0, 40, 40), (30, 33, 33), (16, 32, 64)]
)
def test_text_spans_cover_exactly_the_octets(start: int, end: int, size: int) -> None:
    data = bytes(range(size))
    text = hexdump(data)
    spans = text_spans(start, end, size)
    hexes = " ".join(text[p : p + n] for p, n in spans[0::2])
    assert hexes == data[start:end].hex(" ")
    chars = "".join(text[p : p + n] for p, n in spans[1::2])
    assert chars == "".join(chr(b) if 32 <= b < 127 else "." for b in data[start:end])
