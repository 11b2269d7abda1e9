"""Names, indexes and values against net-snmp's on the whole MIB corpus (prints, never asserts).

    .venv/bin/python tests/bench/bench_mib_names.py [--mibs DIR] [--show N]

Three recordings served by one snmpsim (each its own community):

* ``snmpd``: a private net-snmp snmpd, walked (all of .1) by our client and recorded;
* ``demo``: the embedded demo agent, walked and recorded the same way;
* ``cisco``: a Cisco-like switch built from 34 tables of IETF and Cisco MIBs of the corpus
  (:func:`agents.snmprec.cisco_like`: every INDEX kind, values of each column's type);
* ``linux-full-walk`` and ``winxp-full-walk``: two real hosts' recordings snmpsim ships.

Each is walked with ``snmpbulkwalk -v2c -Cr25 -M DIR -m ALL`` and ``snmpscope-cli bulkwalk
-v 2c -Cr25 -M DIR -m ALL`` (DIR: ../shared/mibs, 1,778 modules) and compared line by line;
the share of identical lines and the differences are printed. Then the tables of
``tests/mib/test_cli_table.py`` (``CASES``, every option set of ``OPTION_SETS``) are printed
by ``snmptable`` and ``snmpscope-cli table`` with the same folder and compared the same way.
The corpus compiles once into a temporary cache first (a few minutes; ``--cache DIR`` reuses
one).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/agents
sys.path.insert(0, str(HERE.parent / "mib"))  # the snmptable cases

from agents.snmpd import SnmpdAgent  # noqa: E402
from agents.snmprec import cisco_like, record_walk  # noqa: E402
from agents.snmpsim import SnmpsimAgent  # noqa: E402
from agents.walk_compare import compare_lines  # noqa: E402

from snmpscope.core.agent.agent import DemoAgent  # noqa: E402
from snmpscope.core.api import Snmp  # noqa: E402
from snmpscope.core.client.manager import Manager  # noqa: E402
from snmpscope.core.mib.names import MibNames  # noqa: E402
from snmpscope.core.smi.values import SmiValue  # noqa: E402

CLI = Path(sys.executable).parent / "snmpscope-cli"
CORPUS = HERE.parents[1].parent / "shared" / "mibs"


def walk_all(snmp: Snmp, port: int, community: str) -> list[tuple[tuple[int, ...], SmiValue]]:
    """Everything under .1 of 127.0.0.1:port, through our client."""
    session = snmp.session("bench-record")
    try:
        manager = Manager(session)
        entity = session.entity(f"127.0.0.1:{port}", timeout_cs=300, retry=2)
        context = session.context(community.encode())
        return list(manager.walk(entity, context, (1,), max_repetitions=25).run())
    finally:
        session.close()


def compare_tables(address: str, mibs: str, show: int) -> None:
    """snmptable against snmpscope-cli table, every case and option set (see the docstring)."""
    from test_cli_table import CASES, OPTION_SETS

    identical = total = runs = 0
    differences: list[str] = []
    for community, tables in CASES.items():
        for table in tables:
            for options in OPTION_SETS:
                common = ["-v", "2c", "-c", community, "-M", mibs, "-m", "ALL", *options]
                words = [*common, address, table]
                theirs = subprocess.run(
                    ["snmptable", *words], capture_output=True, text=True, check=False
                ).stdout.splitlines()
                ours = subprocess.run(
                    [str(CLI), "table", *words], capture_output=True, text=True, check=False
                ).stdout.splitlines()
                result = compare_lines(ours, theirs)
                identical += result.identical
                total += result.total
                runs += 1
                differences += [
                    f"{community} {table} {' '.join(options)}\n    ours:      {a}\n"
                    f"    snmptable: {b}"
                    for a, b in result.differences
                ]
    share = 100 * identical / total if total else 100.0
    print(
        f"\ntables: {identical} of {total} lines identical to snmptable ({share:.2f} %), "
        f"{runs} runs ({sum(map(len, CASES.values()))} tables x {len(OPTION_SETS)} option sets)"
    )
    for line in differences[:show]:
        print("  " + line)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mibs", default=str(CORPUS))
    parser.add_argument("--cache", default=None)
    parser.add_argument("--show", type=int, default=40)
    args = parser.parse_args()
    cache = args.cache or tempfile.mkdtemp(prefix="bench-mib-cache-")
    os.environ["SNMPSCOPE_MIB_CACHE"] = cache
    started = time.perf_counter()
    names = MibNames(["ALL"], dirs=[args.mibs], cache_dir=cache)
    report = names.ensure_loaded()
    print(
        f"MIB set: {len(report.loaded)} loaded, {len(report.failed)} failed, "
        f"{len(report.missing)} missing ({time.perf_counter() - started:.1f} s, cache {cache})"
    )
    data = Path(tempfile.mkdtemp(prefix="bench-recordings-"))
    with Snmp() as snmp:
        snmpd = SnmpdAgent().start()
        try:
            (data / "snmpd.snmprec").write_text(record_walk(walk_all(snmp, snmpd.port, "public")))
        finally:
            snmpd.stop()
        demo = DemoAgent(snmp, port=0)
        demo.start()
        try:
            (data / "demo.snmprec").write_text(record_walk(walk_all(snmp, demo.port, "public")))
        finally:
            demo.stop()
    (data / "cisco.snmprec").write_text(cisco_like(names))
    # and two real recordings snmpsim ships (a Linux host, a Windows XP host)
    import snmpsim

    shipped = Path(snmpsim.__file__).parent / "data" / "recorded"
    extra = []
    for name in ("linux-full-walk", "winxp-full-walk"):
        if (shipped / f"{name}.snmprec").is_file():
            (data / f"{name}.snmprec").write_text((shipped / f"{name}.snmprec").read_text())
            extra.append(name)
    sim = SnmpsimAgent(data_dir=data)
    sim.community = "cisco"
    sim.start()
    try:
        address = f"127.0.0.1:{sim.port}"
        for community in ("snmpd", "demo", "cisco", *extra):
            common = ["-c", community, "-M", args.mibs, "-m", "ALL", "-Cr25", address, ".1"]
            theirs = subprocess.run(
                ["snmpbulkwalk", "-v2c", *common], capture_output=True, text=True, check=False
            ).stdout.splitlines()
            ours = subprocess.run(
                [str(CLI), "bulkwalk", "-v", "2c", *common],
                capture_output=True,
                text=True,
                check=False,
            ).stdout.splitlines()
            result = compare_lines(ours, theirs)
            print(
                f"\n{community}: {result.identical} of {result.total} lines identical "
                f"({100 * result.share:.2f} %)"
            )
            print(f"  snmpbulkwalk -v2c {' '.join(common)}")
            print(f"  snmpscope-cli bulkwalk -v 2c {' '.join(common)}")
            for ours_line, their_line in result.differences[: args.show]:
                print(f"    ours:     {ours_line}\n    net-snmp: {their_line}")
        compare_tables(address, args.mibs, args.show)
    finally:
        sim.stop()


if __name__ == "__main__":
    main()
