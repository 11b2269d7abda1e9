"""MIB loading cost beside net-snmp's (prints, never asserts).

    .venv/bin/python tests/bench/bench_mib_load.py [--mibs DIR] [--runs N]

With the whole corpus (../shared/mibs, 1,778 modules) in the MIB path, measured with
``/usr/bin/time`` (wall seconds, peak RSS), medians of ``--runs`` runs (default 5):

* first compile: ``snmpscope-cli mibs -M DIR -m ALL`` into an empty cache (once);
* cached start: ``snmpscope-cli get -v 2c -M DIR -m ALL`` of three objects that print vendor
  names (sysObjectID -> CISCO-PRODUCTS-MIB, a CISCO-PROCESS-MIB column, a
  CISCO-MEMORY-POOL-MIB column with an enumeration index) from a Cisco-like snmpsim;
* net-snmp: ``snmptranslate -M DIR -m ALL`` (its parse of the folder, nothing else) and
  ``snmpget -v2c -M DIR -m ALL`` of the same three objects.

Ratios are ours / net-snmp's (below 1: we cost less).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
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


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS in MB, and stdout of one run."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as stats:
        result = subprocess.run(
            ["/usr/bin/time", "-o", stats.name, "-f", "%e %M", *argv],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        seconds, kilobytes = stats.read().split()[-2:]
    return float(seconds), int(kilobytes) / 1024, result.stdout


def median_of(runs: int, argv: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    samples = [timed(argv, env) for _ in range(runs)]
    return (
        statistics.median(s[0] for s in samples),
        statistics.median(s[1] for s in samples),
        samples[0][2],
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
    first, first_mb, report = timed([str(CLI), "mibs", "-M", args.mibs, "-m", "ALL"], env)
    print(f"first compile   snmpscope-cli mibs -M DIR -m ALL   {first:7.2f} s  {first_mb:6.0f} MB")
    print("  " + report.splitlines()[0])
    parse, parse_mb, _ = median_of(args.runs, ["snmptranslate", "-M", args.mibs, "-m", "ALL"], env)
    print(f"net-snmp parse  snmptranslate -M DIR -m ALL        {parse:7.2f} s  {parse_mb:6.0f} MB")
    print(f"  ratio first compile / net-snmp parse: {first / parse:.0f}x time\n")

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
        ours, ours_mb, ours_out = median_of(args.runs, [*ours_argv, address, *OBJECTS], env)
        theirs, theirs_mb, theirs_out = median_of(args.runs, [*theirs_argv, address, *OBJECTS], env)
    finally:
        sim.stop()
    print(f"cached start    snmpscope-cli get -M DIR -m ALL    {ours:7.2f} s  {ours_mb:6.0f} MB")
    print(
        f"net-snmp        snmpget -M DIR -m ALL              {theirs:7.2f} s  {theirs_mb:6.0f} MB"
    )
    print(
        f"  ratio cached start / snmpget: {ours / theirs:.2f}x time, {ours_mb / theirs_mb:.2f}x "
        f"memory; / snmptranslate parse: {ours / parse:.2f}x time, {ours_mb / parse_mb:.2f}x memory"
    )
    print("\nours:\n  " + "\n  ".join(ours_out.splitlines()))
    print("net-snmp:\n  " + "\n  ".join(theirs_out.splitlines()))


if __name__ == "__main__":
    main()
