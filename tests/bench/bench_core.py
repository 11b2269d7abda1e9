"""Resource-model benchmark (not part of the test run; prints, never asserts).

    .venv/bin/python tests/bench/bench_core.py [--quick]

Measures, for the core resource model:
  * sessions created+closed per second (SnmpCreateSession + SnmpClose, C facade),
  * handles created+freed per second (VBL with one varbind; PDU with one varbind),
  * memory per million live VBL handles (tracemalloc, each VBL holding one varbind).
Side by side, for scale, the closest equivalents of the libraries we compete with:
  * pysnmp 7: building a v2c GetRequest PDU with one varbind (pyasn1 objects) per second,
    and the memory of 100k such PDUs, scaled to a million;
  * net-snmp's C API: snmp_pdu_create + snmp_add_null_var + snmp_free_pdu per second (built
    with gcc against libsnmp-dev when that is installed: apt-get install libsnmp-dev).
Ratios are printed as ours / theirs (above 1 = we are faster / smaller).
"""

from __future__ import annotations

import gc
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from snmpscope.core import winsnmp as w
from snmpscope.core.smi.values import make_value

OID = (1, 3, 6, 1, 2, 1, 1, 5, 0)
QUICK = "--quick" in sys.argv
N = 20_000 if QUICK else 100_000
RUNS = 3


def rate(label: str, count: int, body: Callable[[], None]) -> float:
    samples = []
    for _ in range(RUNS):
        gc.collect()
        start = time.perf_counter()
        body()
        samples.append(count / (time.perf_counter() - start))
    value = statistics.median(samples)
    print(f"  {label:<58} {value:>12,.0f} /s")
    return value


def callback(*_args: object) -> int:
    return 1


def ours() -> dict[str, float]:
    w.reset_default_application()
    w.SnmpStartup()
    w.SnmpSetResourceLimits(sessions=10, handles_per_session=2_000_000)
    results = {}

    def sessions() -> None:
        for _ in range(N // 5):
            w.SnmpClose(w.SnmpCreateSession(None, 0, callback))

    results["session"] = rate("snmpscope session create+close", N // 5, sessions)
    s = w.SnmpCreateSession(None, 0, callback)
    value = make_value(w.SNMP_SYNTAX_OCTETS, b"router-1")

    def vbls() -> None:
        for _ in range(N):
            w.SnmpFreeVbl(w.SnmpCreateVbl(s, OID, value))

    results["vbl"] = rate("snmpscope VBL (1 varbind) create+free", N, vbls)
    template = w.SnmpCreateVbl(s, OID, None)

    def pdus() -> None:
        for _ in range(N):
            w.SnmpFreePdu(w.SnmpCreatePdu(s, w.SNMP_PDU_GET, 0, 0, 0, template))

    results["pdu"] = rate("snmpscope PDU (1 varbind) create+free", N, pdus)

    count = 200_000 if QUICK else 1_000_000
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    handles = [w.SnmpCreateVbl(s, OID, value) for _ in range(count)]
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    per_million = (after - before) / count * 1_000_000
    results["memory"] = per_million
    print(
        f"  {'snmpscope memory per million live VBL handles':<58} {per_million / 2**20:>10,.0f} MiB"
        f"  ({count:,} measured, {(after - before) / count:,.0f} B each)"
    )
    start = time.perf_counter()
    w.SnmpClose(s)
    elapsed = time.perf_counter() - start
    print(f"  {'snmpscope close of a session holding them':<58} {elapsed:>11.2f} s")
    del handles
    w.SnmpCleanup()
    return results


def pysnmp_side() -> dict[str, float]:
    from pysnmp.proto.api import v2c

    results = {}

    def build() -> None:
        for _ in range(N // 5):
            pdu = v2c.GetRequestPDU()
            v2c.apiPDU.set_defaults(pdu)
            v2c.apiPDU.set_varbinds(pdu, [(OID, v2c.OctetString(b"router-1"))])

    results["pdu"] = rate("pysnmp 7 GetRequestPDU (1 varbind) build", N // 5, build)
    count = 20_000 if QUICK else 100_000
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    keep = []
    for _ in range(count):
        pdu = v2c.GetRequestPDU()
        v2c.apiPDU.set_defaults(pdu)
        v2c.apiPDU.set_varbinds(pdu, [(OID, v2c.OctetString(b"router-1"))])
        keep.append(pdu)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    per_million = (after - before) / count * 1_000_000
    results["memory"] = per_million
    print(
        f"  {'pysnmp 7 memory per million live PDUs (scaled from ' + f'{count:,})':<58}"
        f" {per_million / 2**20:>10,.0f} MiB"
    )
    return results


NETSNMP_C = r"""
#include <net-snmp/net-snmp-config.h>
#include <net-snmp/net-snmp-includes.h>
#include <stdio.h>
#include <time.h>
int main(int argc, char **argv) {
    long n = atol(argv[1]);
    oid name[] = {1, 3, 6, 1, 2, 1, 1, 5, 0};
    struct timespec a, b;
    init_snmp("bench");
    clock_gettime(CLOCK_MONOTONIC, &a);
    for (long i = 0; i < n; i++) {
        netsnmp_pdu *pdu = snmp_pdu_create(SNMP_MSG_GET);
        snmp_pdu_add_variable(pdu, name, 9, ASN_OCTET_STR, "router-1", 8);
        snmp_free_pdu(pdu);
    }
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("%f\n", n / ((b.tv_sec - a.tv_sec) + (b.tv_nsec - a.tv_nsec) / 1e9));
    return 0;
}
"""


def netsnmp_side() -> dict[str, float]:
    if not shutil.which("gcc") or not Path("/usr/include/net-snmp/net-snmp-config.h").exists():
        print("  net-snmp C API: not measured (apt-get install gcc libsnmp-dev)")
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        source, binary = Path(tmp, "b.c"), Path(tmp, "b")
        source.write_text(NETSNMP_C)
        subprocess.run(["gcc", "-O2", "-o", str(binary), str(source), "-lnetsnmp"], check=True)
        env = {"MIBS": "", "SNMP_PERSISTENT_DIR": tmp, "SNMPCONFPATH": tmp}
        samples = [
            float(
                subprocess.run(
                    [str(binary), str(N * 10)], env=env, capture_output=True, text=True, check=True
                ).stdout
            )
            for _ in range(RUNS)
        ]
    value = statistics.median(samples)
    print(f"  {'net-snmp C snmp_pdu_create+add_variable+free_pdu':<58} {value:>12,.0f} /s")
    return {"pdu": value}


def main() -> None:
    print(f"core resource-model benchmark (N={N:,}, median of {RUNS})")
    mine, theirs, c = ours(), pysnmp_side(), netsnmp_side()
    print("ratios (ours / theirs; >1 means snmpscope is faster, or for memory, smaller):")
    print(f"  PDU create+free vs pysnmp PDU build:     {mine['pdu'] / theirs['pdu']:.2f}x")
    print(f"  memory per million vs pysnmp:            {theirs['memory'] / mine['memory']:.2f}x")
    if c:
        print(f"  PDU create+free vs net-snmp C:           {mine['pdu'] / c['pdu']:.3f}x")


if __name__ == "__main__":
    main()
