"""kill -9 during workspace saves, many more times than the test suite does (not part of the
test run; prints figures, and exits 1 when a load was not one whole save).

    .venv/bin/python tests/bench/bench_save_kill9.py [--kills N] [--dir DIR]

The same savers, kills and checks as ``tests/reliability/test_save_kill9.py`` (half the
kills from here after the k-th save, half self-sent before the n-th fsync/rename/unlink),
``--kills`` times (default 1000), in a temp folder under ``--dir`` (default: the system's
temp folder; where /tmp is tmpfs, fsync costs nothing there, so give a disk). Prints the kills,
the whole-save loads, the temp files the kills left and how many survived a start, and the
time per kill.
"""

from __future__ import annotations

import argparse
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))

from test_save_kill9 import ForkServer, Tally, check_load, kill_once


def main() -> int:
    """Run the kills and print what the loads found."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--dir", type=Path, help="where to make the temp folder")
    args = parser.parse_args()
    server = ForkServer()
    tally = Tally()
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            folder = Path(tmp) / "config"
            for number in range(args.kills):
                last_saved, killed_by = kill_once(server, folder, number)
                if killed_by != signal.SIGKILL:
                    tally.problems.append(f"saver {number} ended by {killed_by}")
                tally.kills += 1
                check_load(folder, last_saved, tally)
    finally:
        server.close()
    elapsed = time.perf_counter() - started
    print(f"kills:                   {tally.kills}")
    print(f"whole-save loads:        {tally.whole_loads}")
    print(f"newest generation:       {tally.newest}")
    print(f"temp files kills left:   {tally.temp_files_before_start}")
    print(f"temp files after start:  {tally.temp_files_after_start}")
    print(f"time per kill:           {elapsed / max(tally.kills, 1) * 1000:.1f} ms")
    for problem in tally.problems[:20]:
        print(f"problem: {problem}")
    return 0 if not tally.problems and tally.temp_files_after_start == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
