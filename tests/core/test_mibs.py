"""MibNames: names both ways across the default modules, on-demand loading, metadata,
completion, clear errors, user MIB directories, laziness and thread safety."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.names import DEFAULT_MODULES, MibNames


@pytest.fixture(scope="module")
def names() -> MibNames:
    loaded = MibNames()
    loaded.ensure_loaded()
    return loaded


# (name, OID) pairs from every group the demo agent serves, plus framework modules.
KNOWN = [
    ("SNMPv2-MIB::sysDescr.0", "1.3.6.1.2.1.1.1.0"),
    ("SNMPv2-MIB::sysUpTime.0", "1.3.6.1.2.1.1.3.0"),
    ("SNMPv2-MIB::system", "1.3.6.1.2.1.1"),
    ("SNMPv2-MIB::sysORID.3", "1.3.6.1.2.1.1.9.1.2.3"),
    ("SNMPv2-MIB::snmpInPkts.0", "1.3.6.1.2.1.11.1.0"),
    ("SNMPv2-MIB::snmpTrapOID.0", "1.3.6.1.6.3.1.1.4.1.0"),
    ("IF-MIB::ifNumber.0", "1.3.6.1.2.1.2.1.0"),
    ("IF-MIB::ifInOctets.3", "1.3.6.1.2.1.2.2.1.10.3"),
    ("IF-MIB::ifDescr.2", "1.3.6.1.2.1.2.2.1.2.2"),
    ("IF-MIB::ifHCInOctets.12", "1.3.6.1.2.1.31.1.1.1.6.12"),
    ("IF-MIB::ifAlias.1", "1.3.6.1.2.1.31.1.1.1.18.1"),
    ("IF-MIB::linkDown", "1.3.6.1.6.3.1.1.5.3"),
    ("IP-MIB::ipForwarding.0", "1.3.6.1.2.1.4.1.0"),
    ("IP-MIB::ipAdEntNetMask.10.20.0.1", "1.3.6.1.2.1.4.20.1.3.10.20.0.1"),
    ("IP-MIB::icmpInEchos.0", "1.3.6.1.2.1.5.8.0"),
    ("RFC1213-MIB::ipRouteNextHop.0.0.0.0", "1.3.6.1.2.1.4.21.1.7.0.0.0.0"),
    ("IP-FORWARD-MIB::ipCidrRouteIfIndex.10.0.0.0.255.0.0.0.0.10.0.0.1",
     "1.3.6.1.2.1.4.24.4.1.5.10.0.0.0.255.0.0.0.0.10.0.0.1"),
    ("TCP-MIB::tcpConnState.10.0.0.1.22.10.0.0.9.50123",
     "1.3.6.1.2.1.6.13.1.1.10.0.0.1.22.10.0.0.9.50123"),
    ("UDP-MIB::udpLocalPort.0.0.0.0.161", "1.3.6.1.2.1.7.5.1.2.0.0.0.0.161"),
    ("HOST-RESOURCES-MIB::hrSystemUptime.0", "1.3.6.1.2.1.25.1.1.0"),
    ("HOST-RESOURCES-MIB::hrStorageUsed.31", "1.3.6.1.2.1.25.2.3.1.6.31"),
    ("HOST-RESOURCES-TYPES::hrStorageFixedDisk", "1.3.6.1.2.1.25.2.1.4"),
    ("SNMP-FRAMEWORK-MIB::snmpEngineID.0", "1.3.6.1.6.3.10.2.1.1.0"),
    ("SNMP-USER-BASED-SM-MIB::usmStatsWrongDigests.0", "1.3.6.1.6.3.15.1.1.5.0"),
    ("SNMPv2-SMI::enterprises.8072.3.2.10", "1.3.6.1.4.1.8072.3.2.10"),
    ("SNMPv2-SMI::mib-2.99.1", "1.3.6.1.2.1.99.1"),
    ("SNMPv2-SMI::zeroDotZero", "0.0"),
]  # fmt: skip


def dotted(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split("."))


@pytest.mark.parametrize(("name", "oid"), KNOWN)
def test_names_both_ways(names: MibNames, name: str, oid: str) -> None:
    assert names.oid_to_name(dotted(oid)) == name
    assert names.name_to_oid(name) == dotted(oid)


@pytest.mark.parametrize(
    ("text", "oid"),
    [
        ("sysDescr.0", "1.3.6.1.2.1.1.1.0"),
        ("ifInOctets.3", "1.3.6.1.2.1.2.2.1.10.3"),
        ("system", "1.3.6.1.2.1.1"),
        ("1.3.6.1", "1.3.6.1"),
        (".1.3.6.1", "1.3.6.1"),
        ("  .1.3.6.1.2.1  ", "1.3.6.1.2.1"),
        ("system.sysDescr.0", "1.3.6.1.2.1.1.1.0"),
        (".iso.org.dod.internet.mgmt.mib-2.interfaces", "1.3.6.1.2.1.2"),
        ("ipRouteDest.10.0.0.0", "1.3.6.1.2.1.4.21.1.1.10.0.0.0"),
        ("mib-2", "1.3.6.1.2.1"),
    ],
)
def test_name_forms(names: MibNames, text: str, oid: str) -> None:
    assert names.name_to_oid(text) == dotted(oid)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("fooBar", "unknown MIB object 'fooBar'"),
        ("fooBar.0", "unknown MIB object 'fooBar'"),
        ("FOO-MIB::sysDescr.0", "unknown MIB module 'FOO-MIB'"),
        ("IF-MIB::fooBar", "unknown MIB object 'fooBar' in module 'IF-MIB'"),
        ("IF-MIB::sysDescr", "unknown MIB object 'sysDescr' in module 'IF-MIB'"),
        ("sysDescr.x", "'x' in 'sysDescr.x' is neither a number nor a child of"),
        ("sysDescr..0", "empty component"),
        ("", "empty OID or MIB name"),
        ("::sysDescr", "is not MODULE::name"),
        ("IF-MIB::", "is not MODULE::name"),
        ("1.3.x", "is not a decimal number"),
        ("iso", "at least 2 sub-identifiers"),
        ("sysDescr.4294967296", "2^32-1"),
    ],
)
def test_unknown_names_raise_clear_errors(names: MibNames, text: str, message: str) -> None:
    with pytest.raises(SnmpApiError) as caught:
        names.name_to_oid(text)
    assert caught.value.code == ApiError.OID_INVALID
    assert message in caught.value.detail


def test_modern_module_wins_over_rfc1213(names: MibNames) -> None:
    # Both modules define ipForwarding; IP-MIB (SMIv2, 2006) names it.
    assert names.oid_to_name((1, 3, 6, 1, 2, 1, 4, 1, 0)) == "IP-MIB::ipForwarding.0"
    assert names.name_to_oid("RFC1213-MIB::ipForwarding.0") == (1, 3, 6, 1, 2, 1, 4, 1, 0)


def test_default_modules_are_loaded(names: MibNames) -> None:
    loaded = names.loaded_modules()
    assert set(DEFAULT_MODULES) <= set(loaded)
    assert "NET-SNMP-MIB" not in DEFAULT_MODULES


def test_qualified_name_loads_its_module_on_demand() -> None:
    fresh = MibNames()
    assert fresh.oid_to_name((1, 3, 6, 1, 4, 1, 8072, 3, 2, 10)) == (
        "SNMPv2-SMI::enterprises.8072.3.2.10"
    )
    assert fresh.name_to_oid("NET-SNMP-MIB::netSnmpAgentOIDs.10") == (
        1, 3, 6, 1, 4, 1, 8072, 3, 2, 10,
    )  # fmt: skip
    assert "NET-SNMP-MIB" in fresh.loaded_modules()
    assert fresh.oid_to_name((1, 3, 6, 1, 4, 1, 8072, 3, 2, 10)) == (
        "NET-SNMP-MIB::netSnmpAgentOIDs.10"
    )


def test_load_module_unknown_and_known() -> None:
    fresh = MibNames()
    with pytest.raises(SnmpApiError, match="unknown MIB module 'NOPE-MIB'"):
        fresh.load_module("NOPE-MIB")
    fresh.load_module("EtherLike-MIB")
    assert fresh.name_to_oid("dot3StatsFCSErrors.1") == (1, 3, 6, 1, 2, 1, 10, 7, 2, 1, 3, 1)


def test_node_info_column(names: MibNames) -> None:
    info = names.node_info((1, 3, 6, 1, 2, 1, 2, 2, 1, 10, 3))
    assert info is not None
    assert (info.module, info.name, info.kind) == ("IF-MIB", "ifInOctets", "column")
    assert info.oid == (1, 3, 6, 1, 2, 1, 2, 2, 1, 10)
    assert info.suffix == (3,)
    assert info.syntax == Syntax.CNTR32
    assert info.base_type == "Counter32"
    assert info.access == "read-only"  # pysnmp-mibs spells it "readonly"
    assert info.status == "current"
    assert info.indexes == ("IF-MIB::ifIndex",)
    assert info.description.startswith("The total number of octets received on the interface,\n")
    assert info.qualified_name == "IF-MIB::ifInOctets"


def test_node_info_enums_hints_units(names: MibNames) -> None:
    admin = names.node_info((1, 3, 6, 1, 2, 1, 2, 2, 1, 7, 1))
    assert admin is not None
    assert admin.access == "read-write"
    assert admin.syntax == Syntax.INT
    assert admin.enums == {1: "up", 2: "down", 3: "testing"}
    if_type = names.node_info((1, 3, 6, 1, 2, 1, 2, 2, 1, 3, 1))
    assert if_type is not None
    assert if_type.syntax_name == "IANAifType"
    assert if_type.enums[6] == "ethernetCsmacd"
    assert if_type.enums[161] == "ieee8023adLag"
    phys = names.node_info((1, 3, 6, 1, 2, 1, 2, 2, 1, 6, 1))
    assert phys is not None
    assert (phys.syntax_name, phys.display_hint, phys.syntax) == ("PhysAddress", "1x:", 4)
    descr = names.node_info((1, 3, 6, 1, 2, 1, 1, 1, 0))
    assert descr is not None
    assert (descr.kind, descr.syntax_name, descr.display_hint) == (
        "scalar",
        "DisplayString",
        "255a",
    )
    units = names.node_info((1, 3, 6, 1, 2, 1, 25, 2, 3, 1, 4, 1))
    assert units is not None
    assert units.units == "Bytes"
    hc = names.node_info((1, 3, 6, 1, 2, 1, 31, 1, 1, 1, 6, 1))
    assert hc is not None
    assert hc.syntax == Syntax.CNTR64
    create = names.node_info((1, 3, 6, 1, 6, 3, 12, 1, 2, 1, 9, 1))  # snmpTargetAddrRowStatus
    assert create is not None
    assert create.access == "read-create"
    notify = names.node_info((1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0))  # snmpTrapOID
    assert notify is not None
    assert notify.access == "accessible-for-notify"


def test_node_info_non_leaf_and_unknown(names: MibNames) -> None:
    row = names.node_info((1, 3, 6, 1, 2, 1, 2, 2, 1))
    assert row is not None
    assert (row.kind, row.syntax, row.access) == ("row", None, "not-accessible")
    assert row.indexes == ("IF-MIB::ifIndex",)
    table = names.node_info((1, 3, 6, 1, 2, 1, 2, 2))
    assert table is not None
    assert table.kind == "table"
    note = names.node_info((1, 3, 6, 1, 6, 3, 1, 1, 5, 3))
    assert note is not None
    assert note.kind == "notification"
    assert names.node_info((3, 1, 4)) is None
    assert names.oid_to_name((3, 1, 4)) == ".3.1.4"


def test_bits_enums_survive_pysnmp_mibs_defval_quirk() -> None:
    fresh = MibNames()
    fresh.load_module("DISMAN-EVENT-MIB")
    info = fresh.node_info((1, 3, 6, 1, 2, 1, 88, 1, 2, 2, 1, 4, 1))  # mteTriggerTest
    assert info is not None
    assert info.base_type == "BITS"
    assert info.syntax == Syntax.OCTETS
    assert info.enums == {0: "existence", 1: "boolean", 2: "threshold"}


def test_complete(names: MibNames) -> None:
    got = names.complete("ifIn")
    assert got == sorted(got, key=lambda q: q.split("::")[1])
    assert "IF-MIB::ifInDiscards" in got
    assert "IF-MIB::ifInOctets" in got
    assert "IF-MIB::ifIndex" in got
    assert all(q.split("::")[1].startswith("ifIn") for q in got)
    # RFC1213-MIB's duplicates of IP-MIB objects are not offered twice
    assert names.complete("ipForwarding") == ["IP-MIB::ipForwarding"]
    assert names.complete("IF-MIB::ifHCIn") == [
        "IF-MIB::ifHCInBroadcastPkts",
        "IF-MIB::ifHCInMulticastPkts",
        "IF-MIB::ifHCInOctets",
        "IF-MIB::ifHCInUcastPkts",
    ]
    assert len(names.complete("if", limit=5)) == 5
    assert names.complete("sysdescr") == ["SNMPv2-MIB::sysDescr"]  # case-insensitive fallback
    assert names.complete("zzzNothing") == []
    assert names.complete("NO-SUCH-MIB::x") == []


def test_user_mib_dir(tmp_path: Path) -> None:
    module = tmp_path / "SNMPSCOPE-TEST-MIB.py"
    module.write_text(
        textwrap.dedent(
            """
            (MibScalar, MibIdentifier, enterprises) = mibBuilder.import_symbols(
                "SNMPv2-SMI", "MibScalar", "MibIdentifier", "enterprises")
            (DisplayString,) = mibBuilder.import_symbols("SNMPv2-TC", "DisplayString")
            scopeTest = MibIdentifier((1, 3, 6, 1, 4, 1, 99999))
            scopeGreeting = MibScalar((1, 3, 6, 1, 4, 1, 99999, 1), DisplayString())
            scopeGreeting.setMaxAccess("read-write")
            mibBuilder.export_symbols(
                "SNMPSCOPE-TEST-MIB", scopeTest=scopeTest, scopeGreeting=scopeGreeting)
            """
        )
    )
    (tmp_path / "BROKEN-MIB.py").write_text("raise RuntimeError('broken on purpose')\n")
    fresh = MibNames()
    assert fresh.add_mib_dir(tmp_path) == ["BROKEN-MIB", "SNMPSCOPE-TEST-MIB"]
    assert fresh.oid_to_name((1, 3, 6, 1, 4, 1, 99999, 1, 0)) == "SNMPv2-SMI::enterprises.99999.1.0"
    assert fresh.name_to_oid("SNMPSCOPE-TEST-MIB::scopeGreeting.0") == (
        1, 3, 6, 1, 4, 1, 99999, 1, 0,
    )  # fmt: skip
    assert (
        fresh.oid_to_name((1, 3, 6, 1, 4, 1, 99999, 1, 0)) == "SNMPSCOPE-TEST-MIB::scopeGreeting.0"
    )
    info = fresh.node_info((1, 3, 6, 1, 4, 1, 99999, 1, 0))
    assert info is not None
    assert (info.access, info.syntax_name) == ("read-write", "DisplayString")
    with pytest.raises(SnmpApiError, match="MIB module 'BROKEN-MIB' failed to load"):
        fresh.load_module("BROKEN-MIB")
    assert fresh.name_to_oid("sysDescr.0") == (1, 3, 6, 1, 2, 1, 1, 1, 0)  # still usable
    with pytest.raises(SnmpApiError, match="does not exist"):
        fresh.add_mib_dir(tmp_path / "missing")


def test_import_and_construction_load_nothing() -> None:
    code = (
        "import sys\n"
        "from snmpscope.core.mib.names import MibNames\n"
        "names = MibNames.default()\n"
        "assert MibNames.default() is names\n"
        "print('pysnmp.smi.builder' in sys.modules, 'pysnmp_mibs' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


def test_concurrent_first_use_is_safe() -> None:
    fresh = MibNames()
    results: list[object] = []
    barrier = threading.Barrier(8)

    def worker(n: int) -> None:
        barrier.wait()
        try:
            for k in range(1, 30):
                oid = (1, 3, 6, 1, 2, 1, 2, 2, 1, 10, n * 100 + k)
                name = fresh.oid_to_name(oid)
                results.append(fresh.name_to_oid(name) == oid)
                fresh.complete("ifHC")
                if k == 5 and n == 3:
                    fresh.load_module("EtherLike-MIB")
        except Exception as exc:  # collected and asserted below
            results.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [True] * (8 * 29)


def test_every_demo_instance_round_trips(names: MibNames) -> None:
    from snmpscope.core.agent.mib import DemoMib

    for oid in DemoMib(clock=lambda: 0.0, wall_clock=lambda: 0.0).oids():
        assert names.name_to_oid(names.oid_to_name(oid)) == oid


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(0, 2**32 - 1), min_size=0, max_size=12),
    st.sampled_from(
        [(1, 3, 6, 1, 2, 1), (1, 3, 6, 1, 2, 1, 2, 2, 1, 10), (1, 3, 6, 1, 4, 1), (1, 3), (0, 0)]
    ),
)
def test_any_oid_round_trips(names: MibNames, tail: list[int], head: tuple[int, ...]) -> None:
    oid = (*head, *tail)
    name = names.oid_to_name(oid)
    assert "::" in name
    assert names.name_to_oid(name) == oid
