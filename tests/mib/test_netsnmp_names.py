"""Names exactly as net-snmp prints them for the same modules (``snmptranslate -M subset -m
ALL``): every kind of INDEX, the module that names an OID several define, roots without a
module; and names read back in the same forms."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from snmpscope.core.mib.names import MibNames

MAC = (0, 26, 43, 60, 77, 94)
OIDS = {
    "scalar": "1.3.6.1.2.1.1.1.0",
    "integer index": "1.3.6.1.2.1.2.2.1.10.3",
    "two integers": "1.3.6.1.2.1.31.1.2.1.3.5.7",
    "string index": "1.3.6.1.6.3.16.1.2.1.3.2.6.112.117.98.108.105.99",
    "empty string index": "1.3.6.1.6.3.16.1.2.1.3.2.0",
    "unprintable string index": "1.3.6.1.6.3.16.1.2.1.3.2.3.1.65.200",
    "IMPLIED string": "1.3.6.1.6.3.18.1.1.1.2.112.117.98",
    "fixed-length string (MacAddress)": "1.3.6.1.2.1.17.4.3.1.2." + ".".join(map(str, MAC)),
    "fid and MAC": "1.3.6.1.2.1.17.7.1.2.2.1.2.1." + ".".join(map(str, MAC)),
    "IpAddress index": "1.3.6.1.2.1.4.20.1.2.10.0.0.1",
    "IpAddress, RFC1213 route": "1.3.6.1.2.1.4.21.1.7.0.0.0.0",
    "NetworkAddress index": "1.3.6.1.2.1.3.1.1.2.1.1.10.0.0.1",
    "enum + InetAddress ipv4": "1.3.6.1.2.1.4.34.1.3.1.4.10.0.0.1",
    "enum + InetAddress ipv6": "1.3.6.1.2.1.4.34.1.3.2.16."
    + ".".join(["254", "128"] + ["0"] * 13 + ["1"]),
    "OID-valued index": "1.3.6.1.2.1.4.24.2.1.7.10.0.0.0.1.2.0.255.0.0.0.0.10.0.0.1",
    "TimeFilter + ints": "1.3.6.1.0.8802.1.1.2.1.4.1.1.9.0.5.1",
    "iso without a module": "1.2.840.113549.1.1",
    "unknown enterprise": "1.3.6.1.4.1.99999.1.2",
    "under ciscoMgmt": "1.3.6.1.4.1.9.9.99999.1",
    "Cisco CPU": "1.3.6.1.4.1.9.9.109.1.1.1.1.5.1",
    "Cisco VTP vlan": "1.3.6.1.4.1.9.9.46.1.3.1.1.4.1.100",
    "Cisco CDP cache": "1.3.6.1.4.1.9.9.23.1.2.1.1.6.10001.1",
    "Cisco memory pool enum": "1.3.6.1.4.1.9.9.48.1.1.1.5.1",
    "Cisco env temperature": "1.3.6.1.4.1.9.9.13.1.3.1.3.1008",
    "Cisco config history": "1.3.6.1.4.1.9.9.43.1.1.6.1.3.12",
    "row with an unknown column": "1.3.6.1.2.1.2.2.1.99.3",
    "table": "1.3.6.1.2.1.2.2",
    "zeroDotZero": "0.0",
    "ENTITY-MIB": "1.3.6.1.2.1.47.1.1.1.1.2.1001",
    "LLDP local port": "1.0.8802.1.1.2.1.3.7.1.4.12",
}

UNPRINTABLE = {"unprintable string index", "fixed-length string (MacAddress)", "fid and MAC"}


@pytest.fixture(scope="module")
def netsnmp_names(subset_dir: Path) -> dict[str, str]:
    """What snmptranslate prints for every OID of ``OIDS`` with the same modules loaded."""
    result = subprocess.run(
        [
            "snmptranslate",
            "-M",
            str(subset_dir),
            "-m",
            "ALL",
            "-Ir",
            *("." + o for o in OIDS.values()),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    lines = [line for line in result.stdout.splitlines() if line]
    assert len(lines) == len(OIDS), result.stderr
    return dict(zip(OIDS, lines, strict=True))


@pytest.mark.parametrize("case", list(OIDS))
def test_names_as_net_snmp_prints_them(
    subset_names: MibNames, netsnmp_names: dict[str, str], case: str
) -> None:
    oid = tuple(int(arc) for arc in OIDS[case].split("."))
    assert subset_names.oid_to_name(oid) == netsnmp_names[case]


@pytest.mark.parametrize(
    "text",
    [
        "ifDescr.3",
        "IF-MIB::ifDescr.3",
        'SNMP-VIEW-BASED-ACM-MIB::vacmGroupName.2."public"',
        "IP-MIB::ipAddressIfIndex.ipv4.4.10.0.0.1",
        "SNMP-COMMUNITY-MIB::snmpCommunityName.'pub'",
        "BRIDGE-MIB::dot1dTpFdbPort.0.26.43.60.77.94",
        "RFC1213-MIB::atPhysAddress.1.1.10.0.0.1",
        "system.sysDescr.0",
        ".iso.org.dod.internet.mgmt.mib-2.interfaces",
    ],
)
def test_names_read_as_net_snmp_reads_them(
    subset_dir: Path, subset_names: MibNames, text: str
) -> None:
    result = subprocess.run(
        ["snmptranslate", "-M", str(subset_dir), "-m", "ALL", "-IR", "-On", text],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    expected = tuple(int(arc) for arc in result.stdout.strip().lstrip(".").split("."))
    assert subset_names.name_to_oid(text, 1) == expected


def test_printed_names_read_back(subset_names: MibNames) -> None:
    for case, dotted in OIDS.items():
        if case in UNPRINTABLE:
            continue  # net-snmp prints unprintable octets as '.': that cannot read back
        oid = tuple(int(arc) for arc in dotted.split("."))
        name = subset_names.oid_to_name(oid)
        if "InetAddress" in case:
            continue  # net-snmp reads "10.0.0.1" back as the 8 characters it is
        assert subset_names.name_to_oid(name, 1) == oid, (case, name)


def test_a_quoted_string_where_a_number_belongs_is_read_as_a_string(subset_names: MibNames) -> None:
    # net-snmp refuses ifDescr."eth0" (ifIndex is a number); we read it as a string index
    assert subset_names.name_to_oid('ifDescr."eth0"') == (
        1,
        3,
        6,
        1,
        2,
        1,
        2,
        2,
        1,
        2,
        4,
        101,
        116,
        104,
        48,
    )


def test_dash_ob_keeps_indexes_numeric_as_net_snmp(
    subset_dir: Path, subset_names: MibNames
) -> None:
    cases = ["string index", "enum + InetAddress ipv4", "IMPLIED string", "Cisco memory pool enum"]
    result = subprocess.run(
        ["snmptranslate", "-M", str(subset_dir), "-m", "ALL", "-Ir", "-Ob"]
        + ["." + OIDS[case] for case in cases],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    expected = [line for line in result.stdout.splitlines() if line]
    ours = [
        subset_names.oid_to_name(tuple(int(a) for a in OIDS[case].split(".")), numeric_index=True)
        for case in cases
    ]
    assert ours == expected
