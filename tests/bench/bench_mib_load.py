"""MIB loading cost beside net-snmp's (prints, never asserts).

    .venv/bin/python tests/bench/bench_mib_load.py [--mibs DIR] [--runs N]

With the whole corpus (../shared/mibs, 1,778 modules) in the MIB path, measured with
``/usr/bin/time`` (wall seconds, process CPU seconds = user + system, peak RSS), medians of
``--runs`` runs (default 5):

* first compile: ``snmpscope-cli mibs -M DIR -m ALL`` into an empty cache (once);
* cached start: ``snmpscope-cli get -v 2c -M DIR -m ALL`` of three objects that print vendor
  names (sysObjectID -> CISCO-PRODUCTS-MIB, a CISCO-PROCESS-MIB column, a
  CISCO-MEMORY-POOL-MIB column with an enumeration index) from a Cisco-like snmpsim;
* net-snmp: ``snmptranslate -M DIR -m ALL`` (its parse of the folder, nothing else) and
  ``snmpget -v2c -M DIR -m ALL`` of the same three objects.

``snmpscope-cli get -On`` (no MIB code at all) is printed for scale: the part of a start that
is Python and pysnmp, not MIBs. Ratios are ours / net-snmp's (below 1: we cost less).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # tests/agents

from agents.snmprec import cisco_like  # noqa: E402
from agents.snmpsim import SnmpsimAgent  # noqa: E402

from snmpscope.core.mib.names import MibNames  # noqa: E402

CLI = Path(sys.executable).parent / "snmpscope-cli"
CORPUS = HERE.parents[1].parent / "shared" / "mibs"
OBJECTS = (
    "SNMPv2-MIB::sysObjectID.0",
    "CISCO-PROCESS-MIB::cpmCPUTotal5min.1",
    "CISCO-MEMORY-POOL-MIB::ciscoMemoryPoolUsed.1",
)


@dataclass(frozen=True)
class Cost:
    """One process's wall and CPU seconds, peak RSS in MB, and stdout."""

    wall: float
    cpu: float
    mb: float
    out: str = ""

    def row(self, label: str) -> str:
        return f"{label:<58} {self.wall:7.2f} s {self.cpu:7.2f} s {self.mb:7.0f} MB"


def timed(argv: list[str], env: dict[str, str]) -> Cost:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
        result = subprocess.run(
            ["/usr/bin/time", "-o", stats.name, "-f", "%e %U %S %M", *argv],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        wall, user, system, kilobytes = stats.read().split()[-4:]
    return Cost(float(wall), float(user) + float(system), int(kilobytes) / 1024, result.stdout)


def median_of(runs: int, argv: list[str], env: dict[str, str]) -> Cost:
    samples = [timed(argv, env) for _ in range(runs)]
    return Cost(
        statistics.median(s.wall for s in samples),
        statistics.median(s.cpu for s in samples),
        statistics.median(s.mb for s in samples),
        samples[0].out,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mibs", default=str(CORPUS))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    cache = tempfile.mkdtemp(prefix="bench-mib-load-")
    env = dict(os.environ, SNMPSCOPE_MIB_CACHE=cache)
    modules = sum(1 for _ in Path(args.mibs).iterdir())
    print(f"MIB folder {args.mibs} ({modules} files), cache {cache}\n")
    print(f"{'':<58} {'wall':>9} {'CPU':>9} {'peak RSS':>10}")
    first = timed([str(CLI), "mibs", "-M", args.mibs, "-m", "ALL"], env)
    print(first.row("first compile: snmpscope-cli mibs -M DIR -m ALL"))
    print("  " + (first.out.splitlines() or ["(no report)"])[0])
    parse = median_of(args.runs, ["snmptranslate", "-M", args.mibs, "-m", "ALL"], env)
    print(parse.row("net-snmp parse: snmptranslate -M DIR -m ALL"))
    again = median_of(args.runs, [str(CLI), "mibs", "-M", args.mibs, "-m", "ALL"], env)
    print(again.row("cached load: snmpscope-cli mibs -M DIR -m ALL"))

    names = MibNames(["ALL"], dirs=[args.mibs], cache_dir=cache)
    names.ensure_loaded()
    data = Path(tempfile.mkdtemp(prefix="bench-mib-load-data-"))
    (data / "cisco.snmprec").write_text(cisco_like(names))
    sim = SnmpsimAgent(data_dir=data)
    sim.community = "cisco"
    sim.start()
    try:
        address = f"127.0.0.1:{sim.port}"
        ours_argv = [str(CLI), "get", "-v", "2c", "-c", "cisco", "-M", args.mibs, "-m", "ALL"]
        theirs_argv = ["snmpget", "-v2c", "-c", "cisco", "-M", args.mibs, "-m", "ALL"]
        numeric_argv = [str(CLI), "get", "-v", "2c", "-c", "cisco", "-On", address]
        ours = median_of(args.runs, [*ours_argv, address, *OBJECTS], env)
        theirs = median_of(args.runs, [*theirs_argv, address, *OBJECTS], env)
        numeric = median_of(args.runs, [*numeric_argv, ".1.3.6.1.2.1.1.2.0"], env)
    finally:
        sim.stop()
    print(ours.row("cached start: snmpscope-cli get -M DIR -m ALL (3 objects)"))
    print(theirs.row("net-snmp: snmpget -M DIR -m ALL (the same 3 objects)"))
    print(numeric.row("for scale: snmpscope-cli get -On (no MIBs)"))
    print(
        f"\nratios: first compile / snmptranslate {first.wall / parse.wall:.0f}x wall; "
        f"cached start / snmptranslate {ours.wall / parse.wall:.2f}x wall, "
        f"{ours.cpu / parse.cpu:.2f}x CPU, {ours.mb / parse.mb:.2f}x memory; "
        f"/ snmpget {ours.wall / theirs.wall:.2f}x wall, {ours.cpu / theirs.cpu:.2f}x CPU, "
        f"{ours.mb / theirs.mb:.2f}x memory"
    )
    print("\nours:\n  " + "\n  ".join(ours.out.splitlines()))
    print("net-snmp:\n  " + "\n  ".join(theirs.out.splitlines()))


if __name__ == "__main__":
    main()
