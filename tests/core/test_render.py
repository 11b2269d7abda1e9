"""Rendering checked against net-snmp itself.

* A private snmpd (started here, with a ``pass`` script serving values of every type snmpd can
  produce) and ``snmpget -On -m ""``: the values are fetched raw with a tiny BER client, rendered
  with :func:`format_varbind`, and compared byte for byte with snmpget's stdout.
* A tiny scripted UDP agent for what snmpd cannot produce (NULL, UInteger32, NsapAddress, BITS,
  Opaque specials, random values from Hypothesis) and for serving the demo agent's whole tree.
* snmpset's encoding of every type letter, captured by that agent, against parse_typed_value.
* With-MIB lines captured once from net-snmp 5.9.3 (``snmpbulkwalk`` with SNMPv2-MIB, IF-MIB,
  IP-MIB, IP-FORWARD-MIB, TCP-MIB, UDP-MIB, HOST-RESOURCES-MIB/-TYPES, SNMP-FRAMEWORK-MIB and
  RFC1213-MIB loaded from net-snmp's MIB texts) against the demo agent: Debian ships no IETF MIB
  texts, so the test keeps the lines, not the MIBs.
"""

from __future__ import annotations

import json
import socket
import stat
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from agents.fixtures import started
from agents.netsnmp import NetSnmpTools
from agents.snmpd import SnmpdAgent
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from snmpscope.core.agent.mib import DemoMib
from snmpscope.core.constants import ApiError, PduType, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.display_hint import (
    format_hinted_integer,
    format_hinted_octets,
    parse_hinted_octets,
)
from snmpscope.core.mib.names import MibNames
from snmpscope.core.mib.render import (
    RenderOptions,
    format_value_mib,
    format_value_netsnmp,
    format_varbind,
    hex_octets,
    value_to_json,
)
from snmpscope.core.mib.typed_value import parse_typed_value
from snmpscope.core.smi.values import SmiValue

S = Syntax
Oid = tuple[int, ...]
VarBind = tuple[Oid, SmiValue]
PASS_BASE: Oid = (1, 3, 6, 1, 4, 1, 99999)


# --- a minimal BER codec (the test must not trust the code under test, nor need pysnmp) -------


def tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    if n < 0x80:
        return bytes([tag, n]) + body
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + body


def ber_int(tag: int, n: int) -> bytes:
    return tlv(tag, n.to_bytes(max(1, (n.bit_length() + 8) // 8), "big", signed=True))


def ber_oid(oid: Oid) -> bytes:
    out = bytearray()
    for subid in (oid[0] * 40 + oid[1], *oid[2:]):
        chunk, rest = [subid & 0x7F], subid >> 7
        while rest:
            chunk.append(0x80 | (rest & 0x7F))
            rest >>= 7
        out += bytes(reversed(chunk))
    return tlv(0x06, bytes(out))


def ber_value(value: SmiValue) -> bytes:
    if value.value is None:
        return tlv(int(value.syntax), b"")
    if value.syntax == S.OID:
        return ber_oid(value.value)  # type: ignore[arg-type]
    if isinstance(value.value, bytes):
        return tlv(int(value.syntax), value.value)
    number = int(value.value)  # type: ignore[arg-type]
    if value.syntax == S.INT:
        return ber_int(0x02, number)
    return tlv(int(value.syntax), number.to_bytes(number.bit_length() // 8 + 1, "big"))


def read_tlv(data: bytes, pos: int) -> tuple[int, bytes, int]:
    tag, length = data[pos], data[pos + 1]
    pos += 2
    if length & 0x80:
        width = length & 0x7F
        length = int.from_bytes(data[pos : pos + width], "big")
        pos += width
    return tag, data[pos : pos + length], pos + length


def children(body: bytes) -> list[tuple[int, bytes]]:
    out, pos = [], 0
    while pos < len(body):
        tag, inner, pos = read_tlv(body, pos)
        out.append((tag, inner))
    return out


def parse_oid(body: bytes) -> Oid:
    subids, acc = [], 0
    for octet in body:
        acc = (acc << 7) | (octet & 0x7F)
        if not octet & 0x80:
            subids.append(acc)
            acc = 0
    first = min(subids[0] // 40, 2)
    return (first, subids[0] - 40 * first, *subids[1:])


def parse_value(tag: int, body: bytes) -> SmiValue:
    if tag == 0x06:
        return SmiValue(S.OID, parse_oid(body))
    if tag in (0x05, 0x80, 0x81, 0x82):
        return SmiValue(tag, None)
    if tag in (0x03, 0x04, 0x40, 0x44, 0x45):
        return SmiValue(tag, body)
    return SmiValue(tag, int.from_bytes(body, "big", signed=tag == 0x02))


def message(version: int, community: bytes, pdu_tag: int, fields: tuple[int, int, int],
            varbinds: list[VarBind]) -> bytes:  # fmt: skip
    vbl = b"".join(tlv(0x30, ber_oid(oid) + ber_value(value)) for oid, value in varbinds)
    pdu = b"".join(ber_int(0x02, f) for f in fields) + tlv(0x30, vbl)
    return tlv(0x30, ber_int(0x02, version) + tlv(0x04, community) + tlv(pdu_tag, pdu))


def parse_message(data: bytes) -> tuple[int, bytes, int, list[int], list[VarBind]]:
    (_, version), (_, community), (pdu_tag, pdu) = children(read_tlv(data, 0)[1])
    *fields, (_, vbl) = children(pdu)
    varbinds = []
    for _, vb in children(vbl):
        (_, name), (tag, body) = children(vb)
        varbinds.append((parse_oid(name), parse_value(tag, body)))
    numbers = [int.from_bytes(body, "big", signed=True) for _, body in fields]
    return int.from_bytes(version, "big"), community, pdu_tag, numbers, varbinds


def raw_request(port: int, pdu_tag: int, oids: list[Oid]) -> list[VarBind]:
    """One v2c request to 127.0.0.1:port with our codec; the response's varbinds."""
    packet = message(1, b"public", pdu_tag, (4242, 0, 0), [(o, SmiValue(S.NULL)) for o in oids])
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(5.0)
        sock.sendto(packet, ("127.0.0.1", port))
        data, _ = sock.recvfrom(65535)
    return parse_message(data)[4]


class ScriptAgent:
    """UDP v1/v2c agent on 127.0.0.1 answering through ``handler(version, pdu, varbinds,
    field1, field2) -> (error_status, error_index, varbinds)``; records every request."""

    def __init__(self, handler: Callable[..., tuple[int, int, list[VarBind]]]) -> None:
        self.handler = handler
        self.requests: list[tuple[int, list[VarBind]]] = []
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.settimeout(0.05)  # the loop's chance to see the stop flag
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="script-agent", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                data, peer = self._sock.recvfrom(65535)
            except TimeoutError:
                continue
            version, community, pdu_tag, fields, varbinds = parse_message(data)
            self.requests.append((pdu_tag, varbinds))
            status, index, answer = self.handler(version, pdu_tag, varbinds, *fields[1:])
            reply = message(version, community, 0xA2, (fields[0], status, index), answer)
            self._sock.sendto(reply, peer)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._sock.close()


def table_agent(table: dict[Oid, SmiValue]) -> ScriptAgent:
    def handler(_v: int, _pdu: int, varbinds: list[VarBind], *_: int) -> Any:
        return 0, 0, [(o, table.get(o, SmiValue(S.NOSUCHOBJECT))) for o, _ in varbinds]

    return ScriptAgent(handler)


def run_tool(tools: NetSnmpTools, tool: str, *args: str) -> str:
    """stdout of a net-snmp tool, byte-exact (text mode would turn a \r into \n)."""
    result = subprocess.run(
        tools.command(tool, *args), env=tools.env, capture_output=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    return result.stdout.decode("ascii")  # -On output is plain ASCII: anything else is hex


def snmpget(tools: NetSnmpTools, port: int, oids: list[Oid], *extra: str) -> str:
    return run_tool(
        tools, "snmpget", "-v2c", "-c", "public", "-On", "-t", "3", "-r", "0", *extra,
        f"127.0.0.1:{port}", *("." + ".".join(map(str, o)) for o in oids),
    )  # fmt: skip


def expected_output(varbinds: list[VarBind]) -> str:
    return "".join(format_varbind(oid, value, numeric=True) + "\n" for oid, value in varbinds)


# --- a private snmpd with a pass script ---------------------------------------------------------

# (pass type, text the script prints, the value that must arrive)
PASS_VALUES: list[tuple[str, str, SmiValue]] = [
    ("string", "hello world", SmiValue(S.OCTETS, b"hello world")),
    ("string", 'quote " and \\ inside', SmiValue(S.OCTETS, b'quote " and \\ inside')),
    ("string", "", SmiValue(S.OCTETS, b"")),
    ("integer", "-5", SmiValue(S.INT, -5)),
    ("integer", "2147483647", SmiValue(S.INT, 2147483647)),
    ("octet", "00 01 02 ff", SmiValue(S.OCTETS, bytes([0, 1, 2, 255]))),
    ("octet", " ".join(f"{b:02x}" for b in range(40)), SmiValue(S.OCTETS, bytes(range(40)))),
    ("octet", " ".join(f"{b:02x}" for b in range(16)), SmiValue(S.OCTETS, bytes(range(16)))),
    ("octet", "61 62 63 00", SmiValue(S.OCTETS, b"abc\x00")),
    ("octet", "", SmiValue(S.OCTETS, b"")),
    ("opaque", "9f 78 04 3e 4c cc cd", SmiValue(S.OPAQUE, bytes.fromhex("9f78043e4ccccd"))),
    ("opaque", "01 02 03", SmiValue(S.OPAQUE, b"\x01\x02\x03")),
    ("counter64", "18446744073709551615", SmiValue(S.CNTR64, 2**64 - 1)),
    ("counter64", "0", SmiValue(S.CNTR64, 0)),
    ("timeticks", "123456789", SmiValue(S.TIMETICKS, 123456789)),
    ("timeticks", "8640000", SmiValue(S.TIMETICKS, 8640000)),
    ("timeticks", "79", SmiValue(S.TIMETICKS, 79)),
    ("ipaddress", "10.1.2.3", SmiValue(S.IPADDR, bytes([10, 1, 2, 3]))),
    ("objectid", ".1.3.6.1.4.1.8072.3.2.10", SmiValue(S.OID, (1, 3, 6, 1, 4, 1, 8072, 3, 2, 10))),
    ("gauge", "4294967295", SmiValue(S.GAUGE32, 4294967295)),
    ("counter", "42", SmiValue(S.CNTR32, 42)),
    ("unsigned", "7", SmiValue(S.GAUGE32, 7)),
]  # fmt: skip

PASS_SCRIPT = '''#!{python}
"""snmpd pass script: serves DATA (a JSON list of [type, text]) under .1.3.6.1.4.1.99999.N"""
import json, sys
rows = json.load(open({data!r}))
base = (1, 3, 6, 1, 4, 1, 99999)
items = [(base + (n,), t, v) for n, (t, v) in enumerate(rows, start=1)]
mode, oid = sys.argv[1], tuple(int(p) for p in sys.argv[2].strip(".").split("."))
for key, kind, text in items:
    if (mode == "-g" and key == oid) or (mode == "-n" and key > oid):
        print("." + ".".join(map(str, key)))
        print(kind)
        print(text)
        break
'''


class PassSnmpd(SnmpdAgent):
    """The shared private-snmpd fixture class plus a pass script under enterprises.99999."""

    def __init__(self, workdir: Path, script: Path) -> None:
        super().__init__(workdir=workdir)
        self.script = script

    def config_text(self) -> str:
        return super().config_text() + f"pass .1.3.6.1.4.1.99999 {self.script}\n"


@pytest.fixture(scope="module")
def pass_snmpd(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PassSnmpd]:
    workdir = tmp_path_factory.mktemp("pass-snmpd")
    data = workdir / "values.json"
    data.write_text(json.dumps([[kind, text] for kind, text, _ in PASS_VALUES]))
    script = workdir / "pass.py"
    script.write_text(PASS_SCRIPT.format(python=sys.executable, data=str(data)))
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    yield from started(PassSnmpd(workdir, script), "the private snmpd")


def test_pass_script_values_render_like_snmpget(
    pass_snmpd: PassSnmpd, netsnmp: NetSnmpTools
) -> None:
    oids = [(*PASS_BASE, n) for n in range(1, len(PASS_VALUES) + 1)]
    fetched = raw_request(pass_snmpd.port, PduType.GET, oids)
    assert [value for _, value in fetched] == [value for _, _, value in PASS_VALUES]
    assert snmpget(netsnmp, pass_snmpd.port, oids) == expected_output(fetched)


NATIVE = [
    (1, 3, 6, 1, 2, 1, 1, 1, 0),  # sysDescr
    (1, 3, 6, 1, 2, 1, 1, 2, 0),  # sysObjectID
    (1, 3, 6, 1, 2, 1, 1, 7, 0),  # sysServices
    (1, 3, 6, 1, 2, 1, 2, 1, 0),  # ifNumber
    (1, 3, 6, 1, 2, 1, 2, 2, 1, 2, 1),  # ifDescr.1
    (1, 3, 6, 1, 2, 1, 2, 2, 1, 3, 1),  # ifType.1
    (1, 3, 6, 1, 2, 1, 2, 2, 1, 5, 1),  # ifSpeed.1
    (1, 3, 6, 1, 2, 1, 2, 2, 1, 6, 1),  # ifPhysAddress.1 (empty for lo)
    (1, 3, 6, 1, 2, 1, 4, 20, 1, 1, 127, 0, 0, 1),  # ipAdEntAddr
    (1, 3, 6, 1, 2, 1, 4, 20, 1, 3, 127, 0, 0, 1),  # ipAdEntNetMask
    (1, 3, 6, 1, 2, 1, 1, 99, 0),  # noSuchObject
    (1, 3, 6, 1, 2, 1, 1, 1, 1),  # noSuchInstance
    (1, 3, 6, 1, 2, 1, 1, 1),  # the object type itself: noSuchInstance
]


def test_snmpd_native_objects_render_like_snmpget(
    pass_snmpd: PassSnmpd, netsnmp: NetSnmpTools
) -> None:
    fetched = raw_request(pass_snmpd.port, PduType.GET, NATIVE)
    kinds = [value.syntax for _, value in fetched]
    assert S.NOSUCHOBJECT in kinds
    assert S.NOSUCHINSTANCE in kinds
    assert snmpget(netsnmp, pass_snmpd.port, NATIVE) == expected_output(fetched)


def test_end_of_mib_view_renders_like_snmpgetnext(
    pass_snmpd: PassSnmpd, netsnmp: NetSnmpTools
) -> None:
    fetched = raw_request(pass_snmpd.port, PduType.GETNEXT, [(1, 3, 6, 1, 9)])
    assert fetched[0][1].syntax == S.ENDOFMIBVIEW
    output = run_tool(
        netsnmp, "snmpgetnext", "-v2c", "-c", "public", "-On", f"127.0.0.1:{pass_snmpd.port}",
        ".1.3.6.1.9",
    )  # fmt: skip
    assert output == expected_output(fetched)


# --- values snmpd cannot produce ----------------------------------------------------------------

SPECIAL_VALUES = [
    SmiValue(S.NULL),
    SmiValue(S.UINT32, 5),
    SmiValue(S.NSAPADDR, b"\x01\x02\x03"),
    SmiValue(S.BITS, b"\x90\x01"),
    SmiValue(S.OCTETS, bytes(range(17))),
    SmiValue(S.OCTETS, bytes(range(32))),
    SmiValue(S.OCTETS, bytes(range(33))),
    SmiValue(S.OCTETS, b"tab\there\nnew line"),
    SmiValue(S.OCTETS, b"\x0b\x0c\r"),
    SmiValue(S.OCTETS, "é".encode()),
    SmiValue(S.OCTETS, b"\x7f"),
    SmiValue(S.OCTETS, b"   "),
    SmiValue(S.OPAQUE, b"\x9f\x79\x08" + struct.pack(">d", 1.5)),
    SmiValue(S.OPAQUE, b"\x9f\x76\x02\x01\x00"),
    SmiValue(S.OPAQUE, b"\x9f\x7a\x01\xff"),
    SmiValue(S.OPAQUE, b"\x9f\x7b\x01\x05"),
    SmiValue(S.OPAQUE, b""),
    SmiValue(S.OPAQUE, b"\x9f\x78\x04" + struct.pack(">f", float("nan"))),
    SmiValue(S.OPAQUE, b"\x9f\x78\x04" + struct.pack(">f", -float("nan"))),
    SmiValue(S.OPAQUE, b"\x9f\x78\x04" + struct.pack(">f", float("-inf"))),
    SmiValue(S.TIMETICKS, 2**32 - 1),
    SmiValue(S.TIMETICKS, 0),
    SmiValue(S.INT, -(2**31)),
    SmiValue(S.OID, (0, 0)),
    SmiValue(S.IPADDR, b"\xff\x00\x01\x02"),
    SmiValue(S.NOSUCHINSTANCE),
    SmiValue(S.ENDOFMIBVIEW),
]


def serve_and_compare(tools: NetSnmpTools, values: list[SmiValue]) -> None:
    table = {(*PASS_BASE, n): v for n, v in enumerate(values, start=1)}
    agent = table_agent(table)
    try:
        assert snmpget(tools, agent.port, list(table)) == expected_output(list(table.items()))
    finally:
        agent.close()


def test_special_values_render_like_snmpget(netsnmp: NetSnmpTools) -> None:
    serve_and_compare(netsnmp, SPECIAL_VALUES)


def test_known_formats() -> None:
    """One line per established format (also documents them)."""
    cases = [
        (SmiValue(S.OCTETS, b"eth0"), 'STRING: "eth0"'),
        (SmiValue(S.OCTETS, b""), '""'),
        (SmiValue(S.OCTETS, b"\x00\x1a\x2b"), "Hex-STRING: 00 1A 2B "),
        (SmiValue(S.INT, -5), "INTEGER: -5"),
        (SmiValue(S.CNTR32, 42), "Counter32: 42"),
        (SmiValue(S.GAUGE32, 7), "Gauge32: 7"),
        (SmiValue(S.CNTR64, 2**64 - 1), "Counter64: 18446744073709551615"),
        (SmiValue(S.TIMETICKS, 123456789), "Timeticks: (123456789) 14 days, 6:56:07.89"),
        (SmiValue(S.TIMETICKS, 8640000), "Timeticks: (8640000) 1 day, 0:00:00.00"),
        (SmiValue(S.IPADDR, bytes([10, 1, 2, 3])), "IpAddress: 10.1.2.3"),
        (SmiValue(S.OID, (1, 3, 6, 1)), "OID: .1.3.6.1"),
        (SmiValue(S.OPAQUE, bytes.fromhex("9f78043e4ccccd")), "Opaque: Float: 0.200000"),
        (SmiValue(S.OPAQUE, b"\x01"), "OPAQUE: 01 "),
        (SmiValue(S.NULL), "NULL"),
        (SmiValue(S.UINT32, 9), "9"),
        (SmiValue(S.NOSUCHOBJECT), "No Such Object available on this agent at this OID"),
        (SmiValue(S.NOSUCHINSTANCE), "No Such Instance currently exists at this OID"),
        (
            SmiValue(S.ENDOFMIBVIEW),
            "No more variables left in this MIB View (It is past the end of the MIB tree)",
        ),
    ]
    for value, text in cases:
        assert format_value_netsnmp(value) == text
    assert hex_octets(bytes(range(17))).endswith("0F \n10 ")


def smi_values() -> st.SearchStrategy[SmiValue]:
    text = st.text(st.sampled_from('abc XYZ019"\\\t\n\r~!{}'), max_size=30).map(str.encode)
    u32 = st.integers(0, 2**32 - 1)
    oid = st.tuples(st.integers(0, 2), st.integers(0, 39)).flatmap(
        lambda head: st.lists(st.integers(0, 2**32 - 1), max_size=12).map(lambda t: (*head, *t))
    )
    plain_opaque = st.binary(max_size=20).filter(lambda b: b[:1] != b"\x9f")
    opaque_special = st.one_of(
        st.floats(width=32).map(lambda f: b"\x9f\x78\x04" + struct.pack(">f", f)),
        st.floats().map(lambda f: b"\x9f\x79\x08" + struct.pack(">d", f)),
        st.integers(0, 2**63).map(lambda n: bytes([0x9F, 0x76, 9]) + n.to_bytes(9, "big")),
    )
    return st.one_of(
        st.builds(SmiValue, st.just(S.OCTETS), st.binary(max_size=40) | text),
        st.builds(SmiValue, st.just(S.INT), st.integers(-(2**31), 2**31 - 1)),
        st.builds(SmiValue, st.sampled_from([S.CNTR32, S.GAUGE32, S.TIMETICKS, S.UINT32]), u32),
        st.builds(SmiValue, st.just(S.CNTR64), st.integers(0, 2**64 - 1)),
        st.builds(SmiValue, st.just(S.IPADDR), st.binary(min_size=4, max_size=4)),
        st.builds(SmiValue, st.just(S.OID), oid),
        # net-snmp refuses a whole packet with a malformed 0x9F "special" opaque inside
        st.builds(SmiValue, st.just(S.OPAQUE), plain_opaque),
        st.builds(SmiValue, st.just(S.OPAQUE), opaque_special),
        st.sampled_from([SmiValue(s) for s in (S.NULL, S.NOSUCHOBJECT, S.NOSUCHINSTANCE)]),
    )  # fmt: skip


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(smi_values(), min_size=1, max_size=25))
def test_random_values_render_like_snmpget(values: list[SmiValue]) -> None:
    with NetSnmpTools() as tools:
        serve_and_compare(tools, values)


# --- the demo agent's whole tree ------------------------------------------------------------------


@pytest.fixture
def frozen_demo() -> DemoMib:
    # Started at t=1000 s, read at t=1000+12345.67 s: the snapshot and the walk see the same.
    now = [1000.0]
    demo = DemoMib(clock=lambda: now[0], wall_clock=lambda: 1_790_000_000.25)
    now[0] += 12345.67
    return demo


def demo_agent(demo: DemoMib) -> ScriptAgent:
    return ScriptAgent(lambda version, pdu, vbs, f1, f2: demo.respond(pdu, vbs, version, f1, f2))


def test_demo_walk_renders_like_snmpbulkwalk(frozen_demo: DemoMib, netsnmp: NetSnmpTools) -> None:
    agent = demo_agent(frozen_demo)
    try:
        output = run_tool(
            netsnmp, "snmpbulkwalk", "-v2c", "-c", "public", "-On", "-Cr25",
            f"127.0.0.1:{agent.port}", ".1",
        )  # fmt: skip
    finally:
        agent.close()
    snapshot = frozen_demo.snapshot()
    assert len(snapshot) > 1000
    # Walking from .1, the walk ends on the agent's endOfMibView, which net-snmp prints.
    end = (snapshot[-1][0], SmiValue(S.ENDOFMIBVIEW))
    assert output == expected_output([*snapshot, end])


def test_demo_v1_walk_skips_counter64(frozen_demo: DemoMib, netsnmp: NetSnmpTools) -> None:
    agent = demo_agent(frozen_demo)
    try:
        output = run_tool(
            netsnmp, "snmpwalk", "-v1", "-c", "public", "-On", f"127.0.0.1:{agent.port}",
            ".1.3.6.1.2.1.31",
        )  # fmt: skip
    finally:
        agent.close()
    expected = [
        (oid, value)
        for oid, value in frozen_demo.snapshot()
        if oid[:7] == (1, 3, 6, 1, 2, 1, 31) and value.syntax != S.CNTR64
    ]
    assert "Counter64" not in output
    # ifXTable is the last subtree: the v1 walk runs into noSuchName, which snmpwalk reports.
    assert output == expected_output(expected) + "End of MIB\n"


# Captured from net-snmp 5.9.3 with MIBs loaded, walking the frozen demo agent (see module doc).
MIB_LINES = [
    "SNMPv2-MIB::sysDescr.0 = "
    "STRING: snmpscope demo router, edge-rtr software 21.4R3.15, 2x 10GE +"
    " 8x GE, built 2025-10-02",
    "SNMPv2-MIB::sysObjectID.0 = OID: SNMPv2-SMI::enterprises.8072.3.2.10",
    "SNMPv2-MIB::sysUpTime.0 = Timeticks: (1234567) 3:25:45.67",
    "SNMPv2-MIB::sysORID.2 = OID: IF-MIB::ifMIB",
    "IF-MIB::ifType.7 = INTEGER: ethernetCsmacd(6)",
    "IF-MIB::ifType.10 = INTEGER: softwareLoopback(24)",
    "IF-MIB::ifType.11 = INTEGER: tunnel(131)",
    "IF-MIB::ifType.12 = INTEGER: ieee8023adLag(161)",
    "IF-MIB::ifSpeed.7 = Gauge32: 4294967295",
    "IF-MIB::ifPhysAddress.1 = STRING: 0:1f:12:3a:9c:1",
    "IF-MIB::ifPhysAddress.10 = STRING: ",
    "IF-MIB::ifAdminStatus.5 = INTEGER: down(2)",
    "IF-MIB::ifOperStatus.4 = INTEGER: down(2)",
    "IF-MIB::ifInOctets.7 = Counter32: 826469452",
    "IF-MIB::ifSpecific.1 = OID: SNMPv2-SMI::zeroDotZero",
    "IP-MIB::ipForwarding.0 = INTEGER: forwarding(1)",
    "IP-MIB::ipReasmTimeout.0 = INTEGER: 60 seconds",
    "IP-MIB::ipAdEntNetMask.10.20.0.1 = IpAddress: 255.255.255.0",
    "RFC1213-MIB::ipRouteType.0.0.0.0 = INTEGER: indirect(4)",
    "RFC1213-MIB::ipRouteInfo.0.0.0.0 = OID: SNMPv2-SMI::zeroDotZero",
    "IP-MIB::ipNetToMediaPhysAddress.1.192.0.2.2 = STRING: 0:25:84:11:a:c1",
    "IP-MIB::ipNetToMediaPhysAddress.12.10.40.0.2 = STRING: 0:1f:12:77:e0:1",
    "IP-MIB::ipNetToMediaType.9.172.16.0.1 = INTEGER: static(4)",
    "IP-FORWARD-MIB::ipCidrRouteType.0.0.0.0.0.0.0.0.0.203.0.113.1 = INTEGER: remote(4)",
    "IP-FORWARD-MIB::ipCidrRouteProto.0.0.0.0.0.0.0.0.0.203.0.113.1 = INTEGER: bgp(14)",
    "IP-FORWARD-MIB::ipCidrRouteNextHopAS.0.0.0.0.0.0.0.0.0.203.0.113.1 = INTEGER: 64500",
    "IP-FORWARD-MIB::ipCidrRouteStatus.0.0.0.0.0.0.0.0.0.203.0.113.1 = INTEGER: active(1)",
    "TCP-MIB::tcpRtoAlgorithm.0 = INTEGER: vanj(4)",
    "TCP-MIB::tcpConnState.172.16.0.10.22.172.16.0.50.53122 = INTEGER: established(5)",
    "UDP-MIB::udpLocalAddress.0.0.0.0.161 = IpAddress: 0.0.0.0",
    "SNMPv2-MIB::snmpEnableAuthenTraps.0 = INTEGER: disabled(2)",
    "HOST-RESOURCES-MIB::hrSystemUptime.0 = Timeticks: (104914567) 12 days, 3:25:45.67",
    "HOST-RESOURCES-MIB::hrSystemDate.0 = STRING: 2026-9-21,14:13:20.2,+0:0",
    "HOST-RESOURCES-MIB::hrSystemInitialLoadParameters.0 = "
    'STRING: "BOOT_IMAGE=/boot/edge-rtr-21.4R3.15 root=/dev/sda2 ro console=ttyS0,9600"',
    "HOST-RESOURCES-MIB::hrMemorySize.0 = INTEGER: 8388608 KBytes",
    "HOST-RESOURCES-MIB::hrStorageType.31 = OID: HOST-RESOURCES-TYPES::hrStorageFixedDisk",
    "HOST-RESOURCES-MIB::hrStorageAllocationUnits.31 = INTEGER: 4096 Bytes",
    "IF-MIB::ifHCInOctets.7 = Counter64: 327341758934092",
    "IF-MIB::ifLinkUpDownTrapEnable.10 = INTEGER: disabled(2)",
    "IF-MIB::ifHighSpeed.7 = Gauge32: 10000",
    "IF-MIB::ifPromiscuousMode.1 = INTEGER: false(2)",
    "IF-MIB::ifConnectorPresent.10 = INTEGER: false(2)",
    "IF-MIB::ifAlias.1 = STRING: uplink core-sw1 Gi1/0/24",
]


@pytest.fixture(scope="module")
def names() -> MibNames:
    """A private resolver: these tests load DISMAN-EVENT-MIB, which would rename sysUpTime.0
    (to sysUpTimeInstance, as in net-snmp) for every later test using the shared default."""
    return MibNames()


def test_demo_lines_with_mibs_match_net_snmp(frozen_demo: DemoMib, names: MibNames) -> None:
    values = dict(frozen_demo.snapshot())
    for line in MIB_LINES:
        name = line.partition(" = ")[0]
        oid = names.name_to_oid(name)
        assert format_varbind(oid, values[oid], names) == line


# Also captured from net-snmp 5.9.3 with MIBs (DISMAN-EVENT-MIB for BITS) from a scripted agent.
MIB_EDGE_CASES: list[tuple[str, SmiValue, str]] = [
    ("IF-MIB::ifDescr.1", SmiValue(S.INT, 5), "Wrong Type (should be OCTET STRING): INTEGER: 5"),
    (
        "IF-MIB::ifInOctets.1",
        SmiValue(S.OCTETS, b"x"),
        'Wrong Type (should be Counter32): STRING: "x"',
    ),
    ("IF-MIB::ifIndex.1", SmiValue(S.NULL), "Wrong Type (should be INTEGER): NULL"),
    ("IF-MIB::ifDescr.2", SmiValue(S.OCTETS, b'ab\x00c"'), 'STRING: ab.c\\"'),
    ("IF-MIB::ifDescr.3", SmiValue(S.OCTETS, "café".encode()), "STRING: café"),
    ("IF-MIB::ifDescr.4", SmiValue(S.OCTETS, b"tab\tnl\n"), "STRING: tab\tnl\n"),
    ("IF-MIB::ifPhysAddress.1", SmiValue(S.OCTETS, bytes(range(8))), "STRING: 0:1:2:3:4:5:6:7"),
    (
        "HOST-RESOURCES-MIB::hrSystemDate.0",
        SmiValue(S.OCTETS, bytes([7, 234, 1, 2, 3, 4, 5, 6])),
        "STRING: 2026-1-2,3:4:5.6",
    ),
    (
        "SNMPv2-MIB::sysObjectID.0",
        SmiValue(S.OID, (1, 3, 6, 1, 2, 1, 2, 2, 1, 10, 3)),
        "OID: IF-MIB::ifInOctets.3",
    ),
    (
        "SNMPv2-MIB::sysObjectID.0",
        SmiValue(S.OID, (1, 3, 6, 1, 2, 1, 99, 7)),
        "OID: SNMPv2-SMI::mib-2.99.7",
    ),
    ("IF-MIB::ifAdminStatus.1", SmiValue(S.INT, 9), "INTEGER: 9"),
    (
        "IF-MIB::ifDescr.5",
        SmiValue(S.NOSUCHINSTANCE),
        "No Such Instance currently exists at this OID",
    ),
    (
        "IF-MIB::ifHCInOctets.1",
        SmiValue(S.OPAQUE, b"\x01"),
        "Wrong Type (should be Counter64): OPAQUE: 01 ",
    ),
    ("HOST-RESOURCES-MIB::hrStorageAllocationUnits.1", SmiValue(S.INT, -7), "INTEGER: -7 Bytes"),
    (
        "HOST-RESOURCES-MIB::hrMemorySize.0",
        SmiValue(S.CNTR32, 3),
        "Wrong Type (should be INTEGER): Counter32: 3",
    ),
    ("IP-MIB::ipReasmTimeout.0", SmiValue(S.INT, 5), "INTEGER: 5 seconds"),
    ("IP-MIB::ipAdEntAddr.1.2.3.4", SmiValue(S.IPADDR, b"\x01\x02\x03\x04"), "IpAddress: 1.2.3.4"),
    (
        "SNMP-FRAMEWORK-MIB::snmpEngineID.0",
        SmiValue(S.OCTETS, bytes.fromhex("80001f8880e9630000d61ff449")),
        "Hex-STRING: 80 00 1F 88 80 E9 63 00 00 D6 1F F4 49 ",
    ),
    (
        "SNMPv2-MIB::sysORDescr.1",
        SmiValue(S.OCTETS, bytes(range(1, 40))),
        "STRING: " + bytes(range(1, 40)).decode(),
    ),
    (
        "DISMAN-EVENT-MIB::mteTriggerTest.2.97.98.1.99",
        SmiValue(S.OCTETS, b"\x80"),
        "BITS: 80 existence(0) ",
    ),
    (
        "DISMAN-EVENT-MIB::mteTriggerTest.2.97.98.1.99",
        SmiValue(S.OCTETS, b"\xa0\x01"),
        "BITS: A0 01 existence(0) threshold(2) 15 ",
    ),
    ("DISMAN-EVENT-MIB::mteTriggerTest.2.97.98.1.99", SmiValue(S.OCTETS, b""), "BITS: "),
]


@pytest.mark.parametrize(("name", "value", "text"), MIB_EDGE_CASES)
def test_mib_edge_cases_match_net_snmp(
    names: MibNames, name: str, value: SmiValue, text: str
) -> None:
    oid = names.name_to_oid(name)
    assert format_value_mib(oid, value, names) == text


def test_render_options_on_mib_types(names: MibNames) -> None:
    """-Oe also numbers BITS labels; -OT annotates every hex dump (BITS go through the same
    sprint_realloc_hexstring, so no space after "]"); a DISPLAY-HINT wins
    over -Ox/-Oa (net-snmp's sprint_realloc_octet_string looks at the hint first)."""
    trigger = names.name_to_oid("DISMAN-EVENT-MIB::mteTriggerTest.2.97.98.1.99")
    bits = SmiValue(S.OCTETS, b"\xa0")
    assert format_value_mib(trigger, bits, names) == "BITS: A0 existence(0) threshold(2) "
    numeric = RenderOptions(numeric_enums=True)
    assert format_value_mib(trigger, bits, names, numeric) == "BITS: A0 0 2 "
    text = RenderOptions(hex_text=True)
    assert (
        format_value_mib(trigger, bits, names, text) == "BITS: A0   [.]existence(0) threshold(2) "
    )
    descr = names.name_to_oid("SNMPv2-MIB::sysDescr.0")
    for strings in ("hex", "ascii"):
        hinted = format_value_mib(descr, SmiValue(S.OCTETS, b"r1"), names, RenderOptions(strings))
        assert hinted == "STRING: r1"


def test_format_varbind_modes(names: MibNames) -> None:
    oid = (1, 3, 6, 1, 2, 1, 1, 1, 0)
    value = SmiValue(S.OCTETS, b"edge")
    assert format_varbind(oid, value, names) == "SNMPv2-MIB::sysDescr.0 = STRING: edge"
    assert format_varbind(oid, value, names, numeric=True) == '.1.3.6.1.2.1.1.1.0 = STRING: "edge"'
    assert format_varbind(oid, value) == '.1.3.6.1.2.1.1.1.0 = STRING: "edge"'
    unknown = (1, 3, 6, 1, 4, 1, 99999, 7)
    assert format_varbind(unknown, SmiValue(S.INT, 3), names) == (
        "SNMPv2-SMI::enterprises.99999.7 = INTEGER: 3"
    )


# --- display hints --------------------------------------------------------------------------------


def test_display_hints() -> None:
    date = bytes([7, 234, 11, 24, 17, 14, 47, 0, ord("+"), 0, 0])
    assert (
        format_hinted_octets(date, "2d-1d-1d,1d:1d:1d.1d,1a1d:1d") == "2026-11-24,17:14:47.0,+0:0"
    )
    assert format_hinted_octets(b"\x02\xfc\x00", "1x:") == "2:fc:0"
    assert format_hinted_octets(b"\x0a\x0b", "1x") == "0a0b"  # padded: no separator, hint ended
    assert format_hinted_octets(b"\x0a\x00\x00\x01", "1d.") == "10.0.0.1"
    # net-snmp writes the separator while data follows, then the terminator; a used-up hint
    # repeats its last part.
    assert format_hinted_octets(b"\x03abcdef", "*1a-") == "a-b-c-d-e-f"
    assert format_hinted_octets(b"\x02\x01\x02\x03", "*1d.:") == "1.2.:3"
    assert format_hinted_octets(b"ab", "255t") == "ab"
    assert format_hinted_octets(b"\x08", "1o") == "10"
    assert format_hinted_octets(b"x", "1q") is None
    assert format_hinted_integer(1234, "d-2") == "12.34"
    assert format_hinted_integer(5, "d-2") == ".05"
    assert format_hinted_integer(255, "x") == "ff"
    assert format_hinted_integer(8, "o") == "10"
    assert format_hinted_integer(5, "b") == "101"
    assert format_hinted_integer(42, "d") == "42"
    assert parse_hinted_octets("0:1a:2b:3c:4d:5e", "1x:") == bytes.fromhex("001a2b3c4d5e")
    assert parse_hinted_octets("10.0.0.1", "1d.") == bytes([10, 0, 0, 1])
    assert parse_hinted_octets("text", "255a") == b"text"
    assert parse_hinted_octets("zz:1", "1x:") is None
    assert parse_hinted_octets("1", "2d-1d-1d") is None


# --- typed input as snmpset sends it --------------------------------------------------------------

SNMPSET_CASES = [
    ("i", "-5"), ("i", "+7"), ("u", "42"), ("t", "12345"), ("a", "10.0.0.1"),
    ("o", ".1.3.6.1.2"), ("o", "1.3.6"), ("s", "hello wörld"), ("s", ""), ("x", "0a0B ff"),
    ("x", "0x0102"), ("x", ""), ("d", "1 2.255"), ("n", ""), ("b", "0 3,9"), ("b", "0x10"),
    ("b", "010"), ("U", "5"), ("U", "18446744073709551615"), ("I", "-1"), ("I", "-129"),
    ("I", "128"), ("F", "1.5"), ("D", "-0.25"), ("3", "9"),
]  # fmt: skip


def test_typed_values_encode_like_snmpset(netsnmp: NetSnmpTools) -> None:
    agent = ScriptAgent(lambda _v, _pdu, varbinds, *_: (0, 0, varbinds))
    try:
        for type_char, text in SNMPSET_CASES:
            result = netsnmp.run(
                "snmpset", "-v2c", "-c", "private", "-On", "-t", "3", "-r", "0",
                f"127.0.0.1:{agent.port}", ".1.3.6.1.4.1.99999.500", type_char, text,
            )  # fmt: skip
            assert result.returncode == 0, (type_char, text, result.stderr)
            sent = agent.requests[-1][1][0][1]
            assert parse_typed_value(type_char, text) == sent, (type_char, text)
    finally:
        agent.close()


def test_counter_letters() -> None:
    # snmpset has no c/C letters (snmptrap does); these follow net-snmp's snmp_add_var.
    assert parse_typed_value("c", "42") == SmiValue(S.CNTR32, 42)
    assert parse_typed_value("C", "18446744073709551615") == SmiValue(S.CNTR64, 2**64 - 1)


@pytest.mark.parametrize(
    ("type_char", "text", "message"),
    [
        ("i", "abc", "is not a decimal number"),
        ("i", "", "is not a decimal number"),
        ("i", "2147483648", "outside"),
        ("u", "-1", "is not an unsigned decimal number"),
        ("t", "4294967296", "outside"),
        ("c", "1.5", "is not an unsigned decimal number"),
        ("a", "10.0.0", "is not a dotted IPv4 address"),
        ("o", "1.3.six", "OID value"),
        ("x", "abc", "pairs of hex digits"),
        ("x", "zz", "pairs of hex digits"),
        ("d", "1 256", "is not an octet value"),
        ("b", "one", "neither a bit number nor a bit name"),
        ("q", "1", "unknown type letter"),
        ("=", "1", "no MIB type known"),
        ("F", "fast", "is not a number"),
        ("I", "9223372036854775808", "outside"),
    ],
)
def test_typed_value_errors(type_char: str, text: str, message: str) -> None:
    with pytest.raises(SnmpApiError) as caught:
        parse_typed_value(type_char, text)
    assert caught.value.code == ApiError.SYNTAX_INVALID
    assert message in caught.value.detail


def test_typed_values_with_mib(names: MibNames) -> None:
    contact = names.name_to_oid("sysContact.0")
    assert parse_typed_value("=", "noc", oid=contact, names=names) == SmiValue(S.OCTETS, b"noc")
    admin = names.name_to_oid("ifAdminStatus.3")
    assert parse_typed_value("=", "down", oid=admin, names=names) == SmiValue(S.INT, 2)
    assert parse_typed_value("i", "up", oid=admin, names=names) == SmiValue(S.INT, 1)
    with pytest.raises(SnmpApiError, match=r"not a number or a label .*up\(1\)"):
        parse_typed_value("i", "sideways", oid=admin, names=names)
    with pytest.raises(SnmpApiError, match="IF-MIB::ifAdminStatus is INTEGER; type 's'"):
        parse_typed_value("s", "up", oid=admin, names=names)
    phys = names.name_to_oid("ifPhysAddress.1")
    assert parse_typed_value("=", "0:1a:2b:3c:4d:5e", oid=phys, names=names) == SmiValue(
        S.OCTETS, bytes.fromhex("001a2b3c4d5e")
    )
    sys_oid = names.name_to_oid("sysObjectID.0")
    assert parse_typed_value("=", "IF-MIB::ifMIB", oid=sys_oid, names=names) == SmiValue(
        S.OID, (1, 3, 6, 1, 2, 1, 31)
    )
    assert parse_typed_value("=", "1.2.3.4", oid=names.name_to_oid("ipAdEntAddr.1.2.3.4"),
                             names=names) == SmiValue(S.IPADDR, b"\x01\x02\x03\x04")  # fmt: skip
    names.load_module("DISMAN-EVENT-MIB")
    trigger = names.name_to_oid("DISMAN-EVENT-MIB::mteTriggerTest.1.97.1.98")
    assert parse_typed_value("b", "threshold", oid=trigger, names=names) == SmiValue(
        S.OCTETS, b"\x20"
    )
    with pytest.raises(SnmpApiError, match="no MIB type known of SNMPv2-MIB::system"):
        parse_typed_value("=", "x", oid=names.name_to_oid("system"), names=names)


# --- JSON -----------------------------------------------------------------------------------------


def test_value_to_json() -> None:
    assert value_to_json(SmiValue(S.CNTR32, 42)) == {"syntax": "Counter32", "value": 42}
    assert value_to_json(SmiValue(S.OCTETS, "café".encode())) == {
        "syntax": "OCTET STRING",
        "value": "café",
    }
    assert value_to_json(SmiValue(S.OCTETS, b"\x00\x1a")) == {
        "syntax": "OCTET STRING",
        "value": "001a",
        "encoding": "hex",
    }
    assert value_to_json(SmiValue(S.OID, (1, 3, 6))) == {
        "syntax": "OBJECT IDENTIFIER",
        "value": "1.3.6",
    }
    assert value_to_json(SmiValue(S.IPADDR, b"\x0a\x00\x00\x01")) == {
        "syntax": "IpAddress",
        "value": "10.0.0.1",
    }
    assert value_to_json(SmiValue(S.TIMETICKS, 79)) == {"syntax": "TimeTicks", "value": 79}
    assert value_to_json(SmiValue(S.NOSUCHINSTANCE)) == {"syntax": "noSuchInstance", "value": None}
    assert value_to_json(SmiValue(S.OPAQUE, b"ok")) == {
        "syntax": "Opaque",
        "value": "6f6b",
        "encoding": "hex",
    }
    json.dumps([value_to_json(v) for v in SPECIAL_VALUES])  # every value is JSON-serialisable
