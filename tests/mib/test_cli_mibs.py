"""The command line's -m/-M (on every subcommand) and its ``mibs`` command: the MIB-load
report in text and JSON, a progress line while MIB files compile (on a terminal only)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from mibkit import simple_mib, write_mib

from snmpscope.core.cli.main import main
from snmpscope.core.cli.options import build_parser
from snmpscope.core.cli.session import Console


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str, err: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), err if err is not None else io.StringIO()
    code = main(list(argv), Console(out, err))
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize(
    "command",
    ["get", "getnext", "bulkget", "walk", "bulkwalk", "set", "trap", "inform", "listen", "mibs"],
)
def test_every_subcommand_takes_m_and_M(command: str) -> None:
    extra = {"listen": [], "mibs": [], "trap": ["h", "x"], "inform": ["h", "x"], "set": ["h", "x"]}
    args = build_parser().parse_args(
        [command, "-m", "ALL", "-M", "+/x", *extra.get(command, ["h", "x"])]
    )
    assert (args.mibs, args.mibdirs) == ("ALL", "+/x")


@pytest.mark.parametrize(("mibs", "named"), [("IF-MIB:b@d", "b@d"), ("+9lives", "9lives")])
def test_a_bad_module_name_for_m_is_named(mibs: str, named: str) -> None:
    code, out, err = run("get", "-v2c", "-m", mibs, "127.0.0.1:9", ".1.3.6.1.2.1.1.1.0")
    assert (code, out) == (2, "")
    assert f"bad MIB module name '{named}' for -m" in err


def test_mibs_reports_loaded_failed_and_missing(subset_dir: Path) -> None:
    code, out, _err = run("mibs", "-M", str(subset_dir), "-m", "ALL")
    assert code == 1  # something is missing
    lines = out.splitlines()
    assert lines[0].startswith("MIB modules: 43 loaded, 0 failed, 1 missing")
    assert "  missing  EtherLike-MIB (imported by CISCO-ETHERLIKE-EXT-MIB)" in lines
    code, out, _err = run("mibs", "-M", str(subset_dir), "-m", "ALL", "--json")
    report = json.loads(out)
    assert report["missing"] == {"EtherLike-MIB": ["CISCO-ETHERLIKE-EXT-MIB"]}
    assert len(report["loaded"]) == 43
    assert {"module": "IF-MIB", "path": str(subset_dir / "IF-MIB"), "origin": "text"} in report[
        "loaded"
    ]


def test_a_missing_folder_is_named_and_skipped(tmp_path: Path) -> None:
    good = tmp_path / "good"
    write_mib(good, "GOOD-MIB", simple_mib("GOOD-MIB", 1))
    code, out, err = run("mibs", "-M", f"+{tmp_path / 'nowhere'}:{good}", "-m", "GOOD-MIB")
    assert code == 0
    assert f"-M {tmp_path / 'nowhere'}: the MIB folder does not exist; it is skipped" in err
    assert f"{tmp_path / 'nowhere'}: MIB folder does not exist" in out


def test_a_progress_line_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SNMPSCOPE_MIB_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "pack"
    for arc in range(1, 4):
        write_mib(folder, f"TTY{arc}-MIB", simple_mib(f"TTY{arc}-MIB", arc))
    terminal = Terminal()
    code, _out, err = run("mibs", "-M", f"+{folder}", "-m", f"{folder}", err=terminal)
    assert code == 0
    assert "\rcompiling MIB files: 1/" in err
    assert err.endswith("\r" + " " * 72 + "\r")
    monkeypatch.setenv("SNMPSCOPE_MIB_CACHE", str(tmp_path / "cache2"))
    code, _out, err = run("mibs", "-M", f"+{folder}", "-m", f"{folder}")
    assert (code, err) == (0, "")


def test_names_with_m_and_M_on_a_request(subset_dir: Path) -> None:
    # numeric OIDs and -On never load a MIB; names do, from the folders given
    code, _out, err = run(
        "get", "-M", str(subset_dir), "-m", "CISCO-PROCESS-MIB", "-t", "0.05", "-r", "0",
        "127.0.0.1:9", "cpmCPUTotal5min.1",
    )  # fmt: skip
    assert code == 1, err  # resolved (no usage error), then no answer
    code, _out, err = run(
        "get", "-M", str(subset_dir), "-m", "IF-MIB", "-t", "0.05", "-r", "0",
        "127.0.0.1:9", "cpmCPUTotal5min.1",
    )  # fmt: skip
    assert code == 2
    assert (
        "cpmCPUTotal5min.1: Unknown Object Identifier (unknown MIB object 'cpmCPUTotal5min'" in err
    )
