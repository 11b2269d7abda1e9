"""The PDU timeline as the GUI reads it: every datagram of one request, in order, each with
its BER decode tree (:mod:`snmpscope.core.smi.ber_tree`).

The datagrams come from the transport's bounded log (:mod:`snmpscope.core.transport.
datagram_log`); this module only looks a PDU up (a response leads to the request it
answers), picks the request's datagrams, decodes each and says what it was: the request,
a retry (attempt 2 and later), the response, an SNMPv3 discovery probe or Report, or
something else that arrived from that agent meanwhile. Reads take the log's lock briefly
and decode outside it, so the window may read on its own thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from snmpscope.core.model.application import Application
from snmpscope.core.model.snapshots import PduInfo
from snmpscope.core.smi.ber_tree import PDU_NAMES, BerNode, decode_tree
from snmpscope.core.transport.datagram_log import DatagramLog, LoggedDatagram


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One datagram of a request's exchange."""

    index: int  # 1, 2, ... in order
    direction: str  # "sent" or "received"
    offset_ms: float  # since the first datagram of the exchange
    peer: str
    kind: str  # "request", "retry", "response", "report", "discovery", "encrypted", "other"
    attempt: int  # for sent datagrams: 1 for the first transmission
    pdu_name: str  # "GetRequest-PDU", "Response-PDU", "" when encrypted or unreadable
    request_id: int | None
    data: bytes
    tree: BerNode
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Timeline:
    """The exchange of the request PDU ``pdu`` (``entries`` empty: nothing logged for it)."""

    pdu: int
    session: int
    request_id: int
    entries: tuple[TimelineEntry, ...]
    note: str = ""


class TimelineReader:
    """Reads timelines of one application's requests."""

    def __init__(self, app: Application) -> None:
        self._app = app

    def log(self) -> DatagramLog | None:
        """The running transport's datagram log (None before the network is first used)."""
        transport = self._app.running_transport
        log = getattr(transport, "datagram_log", None)
        return log if isinstance(log, DatagramLog) else None

    def of_pdu(self, pdu: int) -> Timeline:
        """The timeline of PDU ``pdu`` (a response: of the request it answers)."""
        info = self._app.describe(pdu)
        if not isinstance(info, PduInfo):
            return Timeline(pdu, 0, 0, (), "not a live PDU")
        if info.in_reply_to:
            request = self._app.describe(info.in_reply_to)
            if isinstance(request, PduInfo):
                info = request
        log = self.log()
        if log is None:
            return Timeline(info.handle, info.owner, info.request_id, (), "nothing sent yet")
        datagrams = log.exchange(info.owner, info.request_id)
        note = "" if datagrams else "no datagrams logged for this request (not sent, or too old)"
        entries = tuple(_entry(i, item, datagrams[0].t) for i, item in enumerate(datagrams, 1))
        return Timeline(info.handle, info.owner, info.request_id, entries, note)


def _entry(index: int, item: LoggedDatagram, origin: float) -> TimelineEntry:
    tree = decode_tree(item.data)
    pdu_name, request_id, v3 = _pdu_of(tree)
    if item.direction == "sent":
        if v3 and _engine_unknown(tree):
            kind = "discovery"  # RFC 3414 §4: no authoritative engine ID yet
        else:
            kind = "retry" if item.attempt > 1 else "request"
    elif v3 and not pdu_name:
        kind = "encrypted"  # authPriv: what it is shows only once decrypted
    elif pdu_name == PDU_NAMES[8]:
        kind = "report"
    elif pdu_name == PDU_NAMES[2]:
        kind = "response"
    else:
        kind = "other"
    return TimelineEntry(
        index,
        item.direction,
        (item.t - origin) * 1000.0,
        item.peer,
        kind,
        item.attempt,
        pdu_name,
        request_id,
        item.data,
        tree,
        item.truncated,
    )


def _engine_unknown(tree: BerNode) -> bool:
    """An SNMPv3 message whose msgAuthoritativeEngineID is empty (a discovery probe)."""
    for node in tree.walk():
        if node.name == "msgAuthoritativeEngineID":
            return node.value == b""
    return False


def _pdu_of(tree: BerNode) -> tuple[str, int | None, bool]:
    """(PDU name, request id, is SNMPv3) as far as the bytes tell."""
    kids = tree.children
    if len(kids) < 3:
        return "", None, False
    if kids[0].value == 3:
        scoped = kids[3] if len(kids) > 3 else None
        if scoped is not None and scoped.constructed and len(scoped.children) > 2:
            pdu = scoped.children[2]
            rid = pdu.children[0].value if pdu.children else None
            return PDU_NAMES.get(pdu.tag_number, ""), rid if isinstance(rid, int) else None, True
        return "", None, True
    pdu = kids[2]
    rid = pdu.children[0].value if pdu.children and pdu.tag_number != 4 else None
    name = PDU_NAMES.get(pdu.tag_number, "") if pdu.constructed else ""
    return name, rid if isinstance(rid, int) else None, False
