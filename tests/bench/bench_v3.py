"""SNMPv3 benchmark (not part of the test run; prints, never asserts).

    .venv/bin/python tests/bench/bench_v3.py [--quick]

Against one private net-snmp snmpd: bulk walks of .1.3.6.1 (max-repetitions 25) through the
Pythonic API, SNMPv2c beside SNMPv3 noAuthNoPriv, authNoPriv (SHA-256) and authPriv
(SHA-256/AES, SHA-512/AES-256), varbinds per second and the v3/v2c ratio; then the share of
lines identical between ``snmpscope-cli bulkwalk -v3 -On`` and net-snmp's ``snmpbulkwalk``
on the same agent and user (counters that move between the two walks count as different).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from agents.snmpd import SnmpdAgent
from agents.walk_compare import compare_lines

from snmpscope.core.api import Snmp
from snmpscope.core.cli.main import main
from snmpscope.core.cli.session import Console
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import SnmpVersion
from snmpscope.core.model.states import V3Security

QUICK = "--quick" in sys.argv
RUNS = 1 if QUICK else 3
ROOT = (1, 3, 6, 1)


def walk_rate(agent: SnmpdAgent, version: SnmpVersion, security: V3Security | None) -> float:
    best = 0.0
    with Snmp() as snmp, snmp.session("bench") as session:
        manager = Manager(session)
        entity = session.entity(f"127.0.0.1:{agent.port}", version, 200, 2, security=security)
        context = session.context(b"" if security else b"public")
        for _ in range(RUNS):
            start = time.perf_counter()
            count = sum(len(batch) for batch in manager.walk(entity, context, ROOT))
            best = max(best, count / (time.perf_counter() - start))
    return best


def cli_lines(*argv: str) -> list[str]:
    out, err = io.StringIO(), io.StringIO()
    main(list(argv), Console(out, err))
    return out.getvalue().splitlines()


def main_bench() -> None:
    agent = SnmpdAgent()
    agent.start()
    try:
        v2c = walk_rate(agent, SnmpVersion.V2C, None)
        print(f"v2c                    {v2c:9,.0f} varbinds/s")
        for profile in ("noauth", "sha256-aes", "sha512-aes256", "md5"):
            user = agent.user(profile)
            security = V3Security(
                user.name,
                user.level,
                user.auth_proto or "",
                user.auth_key or "",
                user.priv_proto or "",
                user.priv_key or "",
            )
            rate = walk_rate(agent, SnmpVersion.V3, security)
            print(f"v3 {profile:<20} {rate:9,.0f} varbinds/s   v3/v2c {rate / v2c:.2f}")
        env = dict(os.environ, MIBS="")
        total = identical = 0
        for profile in ("noauth", "sha-aes", "sha512-aes256"):
            user = agent.user(profile)
            args = user.netsnmp_args()
            where = f"127.0.0.1:{agent.port}"
            theirs = subprocess.run(
                ["snmpbulkwalk", "-m", "", *args, "-On", where, ".1.3.6.1.2.1"],
                capture_output=True,
                text=True,
                env=env,
                check=False,
            ).stdout.splitlines()
            ours = cli_lines("bulkwalk", *args, "-On", where, ".1.3.6.1.2.1")
            comparison = compare_lines(ours, theirs)
            total += comparison.total
            identical += comparison.identical
            print(
                f"lines identical to snmpbulkwalk ({profile}): {comparison.identical}/"
                f"{comparison.total} ({comparison.share:.1%})"
            )
        print(f"all users: {identical}/{total} ({identical / total:.1%})")
    finally:
        agent.stop()


if __name__ == "__main__":
    main_bench()
