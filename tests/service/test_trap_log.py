"""The durable trap log on its own: entries survive a reload, a torn last line is skipped,
copies of one notification are logged once, and the file stays bounded."""

from __future__ import annotations

import json

import pytest

from snmpscope.core.constants import PduType, Syntax
from snmpscope.core.service.operations import TrapRecord
from snmpscope.core.service.trap_log import TrapEntry, TrapLog
from snmpscope.core.smi.values import SmiValue

TRAP_OID = ((1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0), SmiValue(Syntax.OID, (1, 3, 6, 1, 6, 3, 1, 1, 5, 3)))
EVERY_KIND = (
    TRAP_OID,
    ((1, 3, 6, 1, 2, 1, 1, 3, 0), SmiValue(Syntax.TIMETICKS, 4200)),
    ((1, 3, 6, 1, 2, 1, 2, 2, 1, 2, 2), SmiValue(Syntax.OCTETS, b"ge-0/0/1\x00\xff")),
    ((1, 3, 6, 1, 2, 1, 4, 20, 1, 1, 1), SmiValue(Syntax.IPADDR, b"\x0a\x00\x00\x01")),
    ((1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 2), SmiValue(Syntax.INT, -7)),
    ((1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 2), SmiValue(Syntax.CNTR64, 2**64 - 1)),
    ((1, 3, 6, 1, 2, 1, 1, 9, 0), SmiValue(Syntax.NULL, None)),
)


def record(request_id: int, varbinds=EVERY_KIND, peer: str = "127.0.0.1:40000") -> TrapRecord:
    return TrapRecord(
        session=1,
        pdu=9,
        pdu_type=int(PduType.TRAP),
        request_id=request_id,
        peer=peer,
        community=b"secret-community",
        received_at=1_764_600_000.0 + request_id,
        varbinds=tuple(varbinds),
    )


def test_entries_survive_a_reload_with_every_value_kind_and_no_community(tmp_path) -> None:
    path = tmp_path / "traps.jsonl"
    first = TrapLog(path)
    entry = first.add(record(1))
    assert entry is not None
    first.close()
    assert "secret-community" not in path.read_text()
    again = TrapLog(path)
    (loaded,) = again.load()
    assert loaded == entry
    assert loaded.trap_oid == (1, 3, 6, 1, 6, 3, 1, 1, 5, 3)
    assert loaded.agent == "127.0.0.1"


def test_a_copy_queued_to_another_session_is_logged_once(tmp_path) -> None:
    log = TrapLog(tmp_path / "traps.jsonl")
    assert log.add(record(5)) is not None
    assert log.add(record(5)) is None
    assert log.add(record(6)) is not None
    assert len(log.entries) == 2


def test_a_torn_last_line_is_skipped_and_the_rest_kept(tmp_path) -> None:
    path = tmp_path / "traps.jsonl"
    log = TrapLog(path)
    for request_id in (1, 2):
        log.add(record(request_id))
    log.close()
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"at": 1, "peer": "x", "varbi')
    again = TrapLog(path)
    assert [e.request_id for e in again.load()] == [1, 2]
    assert again.skipped == 1


def test_the_file_stays_bounded_and_keeps_the_newest(tmp_path) -> None:
    path = tmp_path / "traps.jsonl"
    log = TrapLog(path, limit=10)
    for request_id in range(1, 41):
        log.add(record(request_id, (TRAP_OID,)))
    log.close()
    lines = path.read_text().splitlines()
    assert 10 <= len(lines) < 15
    assert json.loads(lines[-1])["id"] == 40
    again = TrapLog(path, limit=10)
    assert [e.request_id for e in again.load()] == list(range(31, 41))


def test_clear_empties_the_file(tmp_path) -> None:
    path = tmp_path / "traps.jsonl"
    log = TrapLog(path)
    log.add(record(1))
    log.clear()
    assert path.read_text() == ""
    assert TrapLog(path).load() == []


@pytest.mark.parametrize(
    "line",
    [
        [],
        {"at": 1},
        {"at": 1, "peer": "p", "type": 167, "id": 1, "varbinds": [["x", 6, "1.3"]]},
    ],
)
def test_bad_lines_name_what_is_wrong(line) -> None:
    with pytest.raises(ValueError, match="log line"):
        TrapEntry.from_json(line)
