"""Decoder fuzzing at scale (not part of the test run; prints its counts).

    .venv/bin/python tests/bench/bench_fuzz_decoder.py [--count N] [--seed S] [--differential]

A million (by default) seeded mutations of valid v1/v2c/v3 messages
(``tests/reliability/fuzz_corpus.py``, random and structure-aware) through SnmpDecodeMsg:
counts of decoded messages, MESSAGE_INVALID rejections and crashes (any other exception or
code), with the first crashing datagrams in hex, the slowest datagram and the throughput.
Exit status 1 when something crashed.

``--differential``: instead, each datagram through both codecs, the fast one (the default)
and its oracle ``PysnmpCodec`` (pysnmp over pyasn1): the outcomes (the decoded message, or
the refusal and its kind) must be equal; printed are the counts compared, the mismatches (the
first ones in hex), the fallbacks the fast codec took, and both codecs' time. Exit status 1
on a mismatch.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reliability"))

from fuzz_corpus import Mutator

from snmpscope.core.api import Snmp, new_application
from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.transport.codec import CodecError, OversizedMessageError
from snmpscope.core.transport.fast_codec import FastCodec
from snmpscope.core.transport.pyasn1_codec import PysnmpCodec


def _outcome(decode: Callable[[bytes], object], data: bytes) -> tuple[str, object]:
    try:
        return "decoded", decode(data)
    except OversizedMessageError:
        return "oversized", None
    except CodecError:
        return "refused", None


def differential(count: int, seed: int) -> int:
    fast, reference = FastCodec(), PysnmpCodec()
    outcomes: Counter[str] = Counter()
    mismatches: list[bytes] = []
    spent = {"fast": 0.0, "reference": 0.0}
    for number, data in enumerate(Mutator(seed).datagrams(count), start=1):
        t0 = time.perf_counter()
        mine = _outcome(fast.decode, data)
        t1 = time.perf_counter()
        theirs = _outcome(reference.decode, data)
        spent["fast"] += t1 - t0
        spent["reference"] += time.perf_counter() - t1
        outcomes[theirs[0]] += 1
        if mine != theirs:
            mismatches.append(data)
        if number % 100_000 == 0:
            print(f"  {number:>9,} compared, mismatches {len(mismatches)}", flush=True)
    print(
        f"seed {seed}: {count:,} datagrams compared, {dict(outcomes)}, mismatches "
        f"{len(mismatches)}, fallbacks {fast.fallbacks}; fast {spent['fast']:.1f} s, "
        f"reference {spent['reference']:.1f} s ({spent['reference'] / spent['fast']:.0f}x)"
    )
    for data in mismatches[:5]:
        print(f"  MISMATCH {data.hex()}")
    return 1 if mismatches else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--differential", action="store_true")
    args = parser.parse_args()
    if args.differential:
        return differential(args.count, args.seed)
    outcomes: Counter[str] = Counter()
    crashes: list[tuple[str, bytes]] = []
    slowest: list[tuple[float, bytes]] = []  # the 5 slowest, re-timed at the end
    started = time.perf_counter()
    with Snmp(new_application()) as snmp, snmp.session("fuzz") as session:
        app = snmp.app
        for number, data in enumerate(Mutator(args.seed).datagrams(args.count), start=1):
            t0 = time.perf_counter()
            try:
                _src, _dst, context, pdu, _length = app.decode_msg(session.handle, data)
            except SnmpApiError as exc:
                if exc.code == ApiError.MESSAGE_INVALID:
                    outcomes["MESSAGE_INVALID"] += 1
                else:
                    crashes.append((f"{exc.name}: {exc.detail}", data))
            except Exception as exc:
                crashes.append((f"{type(exc).__name__}: {exc}", data))
            else:
                outcomes["decoded"] += 1
                app.free_context(context)
                app.free_pdu(pdu)
            spent = time.perf_counter() - t0
            if len(slowest) < 5 or spent > slowest[0][0]:
                slowest = sorted([*slowest, (spent, data)], key=lambda item: item[0])[-5:]
            if number % 100_000 == 0:
                rate = number / (time.perf_counter() - started)
                print(
                    f"  {number:>9,} datagrams, {rate:,.0f}/s, crashes {len(crashes)}", flush=True
                )
        leftover = app.live_handle_count(session.handle)
        # A busy machine stalls single decodes now and then: time the candidates again.
        retimed = []
        for _first, data in slowest:
            runs = []
            for _ in range(3):
                t0 = time.perf_counter()
                try:
                    _src, _dst, context, pdu, _length = app.decode_msg(session.handle, data)
                    app.free_context(context)
                    app.free_pdu(pdu)
                except SnmpApiError:
                    pass
                runs.append(time.perf_counter() - t0)
            retimed.append((sorted(runs)[1], len(data)))
        worst, worst_size = max(retimed)
    elapsed = time.perf_counter() - started
    print(
        f"seed {args.seed}: {args.count:,} datagrams in {elapsed:.0f} s "
        f"({args.count / elapsed:,.0f}/s)"
    )
    print(
        f"  decoded {outcomes['decoded']:,}, MESSAGE_INVALID {outcomes['MESSAGE_INVALID']:,}, "
        f"crashes {len(crashes)}, handles left {leftover}"
    )
    print(
        f"  slowest datagram: {worst * 1000:.1f} ms ({worst_size} bytes; median of 3 re-runs "
        f"of the 5 slowest, first seen at {slowest[-1][0] * 1000:.1f} ms)"
    )
    for text, data in crashes[:5]:
        print(f"  CRASH {text}\n    {data.hex()}")
    return 1 if crashes or leftover else 0


if __name__ == "__main__":
    sys.exit(main())
