"""The benchmark suite: one command, every figure of issue 14 side by side with net-snmp,
gufo-snmp and pysnmp, measured in the same run (not part of the test run; prints, never
asserts).

    .venv/bin/pip install -e ".[bench]"        # gufo-snmp (pysnmp and net-snmp are there)
    .venv/bin/python tests/bench/run_all.py [--rounds N] [--quick] [--only a,b] [--json FILE]
    .venv/bin/python tests/bench/run_all.py --compare BEFORE.json AFTER.json

Against one private snmpd on 127.0.0.1 (``tests/agents/snmpd.py``; its "steady" view of
1.3.6.1, so every client walks the same varbinds, and 100 more ports for pipelining):

``bulk``      GETBULK walk of 1.3.6.1, max-repetitions 25: snmpscope ``Manager.walk`` and
              ``snmpscope-cli bulkwalk`` vs ``snmpbulkwalk``, gufo-snmp ``getbulk``, pysnmp
              ``bulk_walk_cmd``: varbinds/s and client CPU µs per varbind;
``next``      the same walk with GETNEXT (``snmpwalk``, gufo ``getnext``, pysnmp ``walk_cmd``);
``get``       sequential GETs of sysUpTime.0 (net-snmp has no in-process peer here: its C
              library is not installed; ``cli`` compares the processes);
``pipeline``  1,000 GETs sent before any answer is read, over 100 endpoints: lost, total time,
              and total / one round trip of the same client; the agent's own floor (a bare
              socket blasting pre-encoded GETs) for scale;
``codec``     decode µs per varbind of snmpd's GETBULK answers: the fast codec and pyasn1;
``cli``       one ``snmpscope-cli get -On`` process vs one ``snmpget -On``: CPU and wall, and
              the bare interpreter (``python -c pass``) for scale;
``gui``       the GUI event loop's max and p99 stall during a 100,000-varbind walk
              (``bench_gui_latency.py --agent big``, a generated snmpsim recording);
``core``      sessions and handles per second and memory per million handles
              (``bench_core.py``: vs pysnmp PDUs);
``window``    first window painted (``snmpscope --startup-report``).

Python processes (``snmpscope-cli``, the window) run with their bytecode cached, as an
installed program does: ``PYTHONDONTWRITEBYTECODE`` is dropped from their environment (and
the warm-up run writes the cache). Every measurement runs in interleaved rounds (the order
rotates each round) after one warm-up run per client; printed are medians and, in brackets,
the range over the rounds. Ratios are ours / theirs in speed (above 1: snmpscope is faster).
``--json`` writes the figures; ``--compare`` prints two such files as a before/after table.
An older checkout is measured by pointing ``PYTHONPATH`` at its ``packaging/namespace`` (the
suite uses only public API; what that checkout lacks, such as the fast codec, shows as n/a):

    git worktree add --detach /tmp/before a196d97
    PYTHONPATH=/tmp/before/packaging/namespace .venv/bin/python tests/bench/run_all.py \
        --json before.json
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import benchkit  # noqa: E402
import peers  # noqa: E402
from benchkit import Series, interleaved  # noqa: E402

SECTIONS = ("bulk", "next", "get", "pipeline", "codec", "cli", "gui", "core", "window")
PIPELINED = 1000
Figures = dict[str, float | str | None]


def fmt(value: float | None, pattern: str = "{:,.0f}") -> str:
    return "n/a" if value is None else pattern.format(value)


def show(series: Series, unit: str) -> str:
    if not series.ok:
        return f"  {series.label:<34} {series.note or 'not measured'}"
    rates = series.rates()
    cpu = series.cpu_per_item_us()
    counts = sorted(series.counts())
    return (
        f"  {series.label:<34} {series.rate():>10,.0f} {unit} [{series.spread(rates)}]"
        f"  cpu {fmt(cpu, '{:.1f}')} us/{unit.split('/', maxsplit=1)[0]}  (n={counts[0]:,}"
        + ("" if len(counts) == 1 else f", varied: {counts}")
        + ")"
    )


# ------------------------------------------------------------------------------ walks, GETs
def walks(agent: benchkit.BenchSnmpd, tools: object, rounds: int, bulk: bool) -> Figures:
    kind = "bulkwalk" if bulk else "walk"
    ours = peers.Ours(agent)
    runners = {
        "ours": ours.walk(bulk),
        "ours-cli": peers.ours_cli(agent, kind),
        "net-snmp": peers.netsnmp(tools, agent, kind),
    }
    closers = [ours.close]
    if not peers.gufo_available():
        gufo = peers.Gufo(agent)
        runners["gufo"] = gufo.walk(bulk)
    pysnmp = peers.Pysnmp(agent)
    runners["pysnmp"] = pysnmp.walk(bulk)
    closers.append(pysnmp.close)
    try:
        series = interleaved(runners, rounds)
    finally:
        for close in closers:
            close()
    title = "GETBULK x25" if bulk else "GETNEXT"
    print(f"{title} walk of {peers.ROOT_TEXT} (steady view), {rounds} rounds")
    labels = {
        "ours": "snmpscope Manager.walk",
        "ours-cli": f"snmpscope-cli {kind} (process)",
        "net-snmp": f"net-snmp {'snmpbulkwalk' if bulk else 'snmpwalk'} (process)",
        "gufo": f"gufo-snmp {'getbulk' if bulk else 'getnext'}",
        "pysnmp": f"pysnmp {'bulk_walk_cmd' if bulk else 'walk_cmd'}",
    }
    figures: Figures = {}
    for name, one in series.items():
        one.label = labels[name]
        print(show(one, "vb/s"))
        if one.ok:
            figures[f"{name}.rate"] = one.rate()
            figures[f"{name}.cpu_us"] = one.cpu_per_item_us()
    if peers.gufo_available():
        print(f"  gufo-snmp: {peers.gufo_available()}")
    return figures


def gets(agent: benchkit.BenchSnmpd, rounds: int, count: int) -> Figures:
    ours = peers.Ours(agent)
    runners = {"ours": ours.gets(count)}
    pysnmp = peers.Pysnmp(agent)
    runners["pysnmp"] = pysnmp.gets(max(50, count // 5))
    if not peers.gufo_available():
        runners["gufo"] = peers.Gufo(agent).gets(count)
    try:
        series = interleaved(runners, rounds)
    finally:
        ours.close()
        pysnmp.close()
    print(f"sequential GETs of sysUpTime.0, {rounds} rounds")
    labels = {"ours": "snmpscope Manager.get", "pysnmp": "pysnmp get_cmd", "gufo": "gufo-snmp get"}
    figures: Figures = {}
    for name, one in series.items():
        one.label = labels[name]
        print(show(one, "GET/s"))
        if one.ok:
            figures[f"{name}.rate"] = one.rate()
            figures[f"{name}.rtt_us"] = 1e6 / one.rate()
    return figures


def pipeline(agent: benchkit.BenchSnmpd, rounds: int, rtts: Figures) -> Figures:
    ours = peers.Ours(agent)
    runners = {"ours": ours.pipelined(PIPELINED)}
    if not peers.gufo_available():
        runners["gufo"] = peers.Gufo(agent).pipelined(PIPELINED)
    pysnmp = peers.Pysnmp(agent)
    runners["pysnmp"] = pysnmp.pipelined(PIPELINED)
    try:
        series = interleaved(runners, rounds)
    finally:
        ours.close()
        pysnmp.close()
    floor, single = peers.agent_floor(agent, PIPELINED, rounds)
    print(f"{PIPELINED:,} pipelined GETs over {benchkit.ENDPOINTS} endpoints, {rounds} rounds")
    labels = {"ours": "snmpscope (Pythonic API)", "gufo": "gufo-snmp aio", "pysnmp": "pysnmp"}
    figures: Figures = {"floor.ms": floor * 1000, "floor.rtt_us": single * 1e6}
    for name, one in series.items():
        one.label = labels[name]
        if not one.ok:
            print(f"  {one.label:<34} {one.note}")
            continue
        walls = [s.wall * 1000 for s in one.samples]
        lost = [int(s.extra["lost"]) for s in one.samples]
        rtt = rtts.get(f"{name}.rtt_us")
        in_rtts = None if not isinstance(rtt, float) else one.wall() * 1e6 / rtt
        print(
            f"  {one.label:<34} {one.wall() * 1000:8.0f} ms [{one.spread(walls)}]  lost "
            f"{max(lost)} (max)  = {fmt(in_rtts)} of its own round trips ({fmt(rtt)} us)"
            f"  cpu {fmt(one.cpu_per_item_us(), '{:.0f}')} us/GET"
        )
        figures[f"{name}.ms"] = one.wall() * 1000
        figures[f"{name}.lost"] = max(lost)
        figures[f"{name}.rtts"] = in_rtts
    print(
        f"  {'the agent itself (bare socket)':<34} {floor * 1000:8.0f} ms, one round trip "
        f"{single * 1e6:.0f} us: snmpd needs {floor * 1000:.0f} ms for {PIPELINED:,} GETs"
    )
    return figures


# ------------------------------------------------------------------------------ codec
def codec(agent: benchkit.BenchSnmpd, rounds: int) -> Figures:
    """Decode cost of real answers: a bare-socket GETBULK walk captures snmpd's responses."""
    from snmpscope.core.transport import codec as codec_module

    reference = codec_module.PysnmpCodec()
    try:
        from snmpscope.core.transport.fast_codec import FastCodec

        fast: object | None = FastCodec()
    except ImportError:
        fast = None
    answers = _capture_bulk_answers(agent, reference)
    varbinds = sum(len(reference.decode(a).pdu.varbinds) for a in answers)

    def decoding(decoder: object) -> benchkit.Runner:  # type: ignore[name-defined]
        def body() -> int:
            for answer in answers:
                decoder.decode(answer)  # type: ignore[attr-defined]
            return varbinds

        return benchkit.in_process(body)

    runners = {"pyasn1": decoding(reference)}
    if fast is not None:
        runners["fast"] = decoding(fast)
    series = interleaved(runners, rounds)
    print(
        f"decoding {len(answers)} GETBULK answers of snmpd ({varbinds:,} varbinds), {rounds} rounds"
    )
    figures: Figures = {}
    for name, label in (("fast", "fast codec (default)"), ("pyasn1", "PysnmpCodec (pyasn1)")):
        one = series.get(name)
        if one is None or not one.ok:
            print(f"  {label:<34} n/a (this checkout has no fast codec)")
            continue
        per = [s.wall / s.count * 1e6 for s in one.samples]
        spread = one.spread(per, "{:.2f}")
        print(f"  {label:<34} {statistics.median(per):8.2f} us/varbind [{spread}]")
        figures[f"{name}.us"] = statistics.median(per)
    return figures


def _capture_bulk_answers(agent: benchkit.BenchSnmpd, reference: object) -> list[bytes]:
    import socket

    from snmpscope.core.model.states import PduData
    from snmpscope.core.smi.values import NULL_VALUE
    from snmpscope.core.transport.codec import WireMessage

    answers = []
    cursor: tuple[int, ...] = benchkit.WALK_ROOT
    community = agent.steady_community.encode()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.settimeout(2)
        for number in range(1, 10_000):
            repetitions = benchkit.MAX_REPETITIONS
            pdu = PduData(PduType.GETBULK, number, 0, repetitions, [(cursor, NULL_VALUE)])
            sock.sendto(
                reference.encode(WireMessage(1, community, pdu)),  # type: ignore[attr-defined]
                (benchkit.LOOPBACK, agent.port),
            )
            data = sock.recv(65535)
            answers.append(data)
            rows = reference.decode(data).pdu.varbinds  # type: ignore[attr-defined]
            last, value = rows[-1]
            if value.syntax >= 0x80 or last[: len(benchkit.WALK_ROOT)] != benchkit.WALK_ROOT:
                break
            cursor = last
    return answers


# ------------------------------------------------------------------------------ processes
def cli(agent: benchkit.BenchSnmpd, tools: object, rounds: int) -> Figures:
    runners = {
        "ours": peers.ours_cli(agent, "get"),
        "net-snmp": peers.netsnmp(tools, agent, "get"),
        "python": benchkit.process_runner([sys.executable, "-c", "pass"], lambda _o: 1),
    }
    series = interleaved(runners, max(rounds, 10))
    print(f"one GET as a whole process, {max(rounds, 10)} rounds: CPU (user+system) and wall")
    labels = {
        "ours": "snmpscope-cli get -On",
        "net-snmp": "net-snmp snmpget -On",
        "python": "python -c pass (the interpreter)",
    }
    figures: Figures = {}
    for name, one in series.items():
        label = labels[name]
        if not one.ok:
            print(f"  {label:<34} {one.note}")
            continue
        cpu = [s.cpu * 1000 for s in one.samples if s.cpu is not None]
        walls = [s.wall * 1000 for s in one.samples]
        print(
            f"  {label:<34} cpu {statistics.median(cpu):6.1f} ms [{one.spread(cpu, '{:.1f}')}]"
            f"  wall {statistics.median(walls):6.1f} ms [{one.spread(walls, '{:.1f}')}]"
        )
        figures[f"{name}.cpu_ms"] = statistics.median(cpu)
        figures[f"{name}.wall_ms"] = statistics.median(walls)
    counts = {
        name: benchkit.instructions(command)
        for name, command in (
            ("ours", peers.ours_cli_command(agent, "get")),
            ("python", [sys.executable, "-c", "pass"]),
        )
    }
    if None in counts.values():
        print("  instructions: valgrind not installed (or the run failed)")
        return figures
    ours, python = counts["ours"], counts["python"]
    assert ours is not None and python is not None
    print(
        f"  instructions (valgrind, one run each; steady under load): ours {ours / 1e6:.0f} M,"
        f" python -c pass {python / 1e6:.0f} M, ours above it {(ours - python) / 1e6:.0f} M"
    )
    figures["ours.instructions_m"] = ours / 1e6
    figures["python.instructions_m"] = python / 1e6
    return figures


def gui(quick: bool) -> Figures:
    command = [sys.executable, str(HERE / "bench_gui_latency.py"), "--agent", "big", "--runs", "1"]
    if quick:
        command += ["--rows", "20000"]
    done = subprocess.run(
        command, capture_output=True, text=True, check=False, env=benchkit.process_env()
    )
    print(done.stdout.rstrip())
    found = re.search(r"SUMMARY max_stall_ms=([\d.]+) p99_ms=([\d.]+) varbinds=(\d+)", done.stdout)
    if done.returncode or not found:
        print(f"  GUI latency not measured: {done.stderr.strip()[-500:]}")
        return {}
    return {
        "gui.max_ms": float(found.group(1)),
        "gui.p99_ms": float(found.group(2)),
        "gui.varbinds": float(found.group(3)),
    }


def core(quick: bool) -> Figures:
    import bench_core

    bench_core.N = 20_000 if quick else 100_000
    bench_core.QUICK = quick
    print(f"resource model (bench_core.py, N={bench_core.N:,}, median of {bench_core.RUNS})")
    mine, theirs = bench_core.ours(), bench_core.pysnmp_side()
    return {
        "session.rate": mine["session"],
        "vbl.rate": mine["vbl"],
        "pdu.rate": mine["pdu"],
        "memory.mib_per_million": mine["memory"] / 2**20,
        "pysnmp.pdu.rate": theirs["pdu"],
        "pysnmp.memory.mib_per_million": theirs["memory"] / 2**20,
    }


WINDOW = [sys.executable, "-m", "snmpscope.gui.app", "--startup-report"]


def window(rounds: int) -> Figures:
    marks = []
    for _ in range(min(rounds, 3) + 1):  # the first run (a warm-up) compiles the bytecode
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run(
                [*WINDOW, "--config-dir", folder],
                env={**benchkit.process_env(), "QT_QPA_PLATFORM": "offscreen"},
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
            )
        found = re.search(r"first window painted after (\d+) ms", done.stdout)
        if found:
            marks.append(float(found.group(1)))
    marks = marks[1:]
    if not marks:
        print("first window: not measured")
        return {}
    median = statistics.median(marks)
    print(f"first window painted: {median:.0f} ms [{min(marks):.0f}-{max(marks):.0f}]")
    return {"window.ms": statistics.median(marks)}


# ------------------------------------------------------------------------------ the table
ROWS = [
    # (label, key, their key, unit, higher is better)
    ("bulk walk vb/s: ours / net-snmp", "bulk.ours.rate", "bulk.net-snmp.rate"),
    ("bulk walk vb/s: ours / gufo-snmp", "bulk.ours.rate", "bulk.gufo.rate"),
    ("bulk walk vb/s: ours / pysnmp", "bulk.ours.rate", "bulk.pysnmp.rate"),
    ("bulk walk: ours-cli / net-snmp", "bulk.ours-cli.rate", "bulk.net-snmp.rate"),
    ("GETNEXT walk: ours / snmpwalk", "next.ours.rate", "next.net-snmp.rate"),
    ("GETNEXT walk: ours-cli / snmpwalk", "next.ours-cli.rate", "next.net-snmp.rate"),
    ("GETNEXT walk: ours / gufo-snmp", "next.ours.rate", "next.gufo.rate"),
    ("GETNEXT walk: ours / pysnmp", "next.ours.rate", "next.pysnmp.rate"),
    ("sequential GET/s: ours / gufo-snmp", "get.ours.rate", "get.gufo.rate"),
    ("sequential GET/s: ours / pysnmp", "get.ours.rate", "get.pysnmp.rate"),
]


def ratio(figures: Figures, ours: str, theirs: str) -> float | None:
    a, b = figures.get(ours), figures.get(theirs)
    if not isinstance(a, float | int) or not isinstance(b, float | int) or not b:
        return None
    return float(a) / float(b)


def joined(figures: Figures, keys: tuple[str, ...], pattern: str = "{:,.0f}") -> str:
    values = [figures.get(key) for key in keys]
    return " | ".join(fmt(v if isinstance(v, float | int) else None, pattern) for v in values)


SINGLES = [
    # (label, keys, pattern)
    (
        "bulk walk CPU us/vb: ours|net-snmp|gufo",
        ("bulk.ours.cpu_us", "bulk.net-snmp.cpu_us", "bulk.gufo.cpu_us"),
        "{:.1f}",
    ),
    ("pipelined 1,000 GETs: ours lost", ("pipeline.ours.lost",), "{:,.0f}"),
    ("pipelined: ours ms | its round trips", ("pipeline.ours.ms", "pipeline.ours.rtts"), "{:,.0f}"),
    (
        "pipelined ms: gufo|pysnmp|snmpd floor",
        ("pipeline.gufo.ms", "pipeline.pysnmp.ms", "pipeline.floor.ms"),
        "{:,.0f}",
    ),
    ("pipelined lost: gufo | pysnmp", ("pipeline.gufo.lost", "pipeline.pysnmp.lost"), "{:,.0f}"),
    ("codec decode us/vb: fast | pyasn1", ("codec.fast.us", "codec.pyasn1.us"), "{:.2f}"),
    (
        "CLI get CPU ms: ours|snmpget|python",
        ("cli.ours.cpu_ms", "cli.net-snmp.cpu_ms", "cli.python.cpu_ms"),
        "{:.1f}",
    ),
    ("GUI stall ms, 100k walk: max | p99", ("gui.gui.max_ms", "gui.gui.p99_ms"), "{:.1f}"),
    ("first window ms", ("window.window.ms",), "{:,.0f}"),
    (
        "sessions/s | VBLs/s | PDUs/s",
        ("core.session.rate", "core.vbl.rate", "core.pdu.rate"),
        "{:,.0f}",
    ),
    (
        "MiB/million handles: ours | pysnmp",
        ("core.memory.mib_per_million", "core.pysnmp.memory.mib_per_million"),
        "{:,.0f}",
    ),
]


def table(figures: Figures) -> list[tuple[str, str]]:
    rows = [(label, fmt(ratio(figures, a, b), "{:.2f}x")) for label, a, b in ROWS]
    rows += [(label, joined(figures, keys, pattern)) for label, keys, pattern in SINGLES]
    pdu = ratio(figures, "core.pdu.rate", "core.pysnmp.pdu.rate")
    rows.append(("PDU create+free: ours / pysnmp build", fmt(pdu, "{:.2f}x")))
    return rows


def print_table(figures: Figures) -> None:
    print("\nsummary (ratios: ours / theirs in speed, above 1 = snmpscope is faster)")
    for label, value in table(figures):
        print(f"  {label:<44} {value}")


def compare(before_path: str, after_path: str) -> None:
    before = json.loads(Path(before_path).read_text())
    after = json.loads(Path(after_path).read_text())
    print(f"before: {before.get('meta.version', before_path)}")
    print(f"after:  {after.get('meta.version', after_path)}")
    print(f"  {'figure':<44} {'before':>24} {'after':>24}")
    for (label, old), (_label, new) in zip(table(before), table(after), strict=True):
        print(f"  {label:<44} {old:>24} {new:>24}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="3 rounds, smaller runs")
    parser.add_argument("--only", default=",".join(SECTIONS))
    parser.add_argument("--json", help="write the figures to this file")
    parser.add_argument("--compare", nargs=2, metavar=("BEFORE", "AFTER"))
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    if args.compare:
        compare(*args.compare)
        return 0
    rounds = 3 if args.quick else args.rounds
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    figures: Figures = {"meta.version": _version(), "meta.started": time.strftime("%F %T")}
    print(f"snmpscope benchmark suite: {figures['meta.version']}; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder, benchkit.agents(Path(folder)) as (agent, tools):
        print(f"snmpd on {benchkit.LOOPBACK}:{agent.port} (+{len(agent.extra_ports)} ports)\n")
        parts = {
            "bulk": lambda: walks(agent, tools, rounds, bulk=True),
            "next": lambda: walks(agent, tools, rounds, bulk=False),
            "get": lambda: gets(agent, rounds, 200 if args.quick else 500),
            "pipeline": lambda: pipeline(agent, rounds, _rtts(figures)),
            "codec": lambda: codec(agent, rounds),
            "cli": lambda: cli(agent, tools, rounds),
            "gui": lambda: gui(args.quick),
            "core": lambda: core(args.quick),
            "window": lambda: window(rounds),
        }
        for name in SECTIONS:
            if name in only:
                try:
                    found = parts[name]()
                except Exception as exc:  # one broken section must not lose the others
                    print(f"{name}: failed: {type(exc).__name__}: {exc}")
                    found = {}
                figures.update({f"{name}.{key}": value for key, value in found.items()})
                print()
    print_table(figures)
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1, sort_keys=True))
    return 0


def _rtts(figures: Figures) -> Figures:
    return {k.removeprefix("get."): v for k, v in figures.items() if k.endswith(".rtt_us")}


def _version() -> str:
    root = HERE.parents[1]
    try:
        import snmpscope.core as core_package

        where = Path(core_package.__path__[0]).resolve().parent
        commit = subprocess.run(
            ["git", "-C", str(where), "log", "-1", "--format=%h %s"],
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        return f"{commit[:60]} ({where})"
    except Exception:
        return str(root)


from snmpscope.core.constants import PduType  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main())
