"""Loading MIB files through pysmi: any file name, the per-user cache (compile once, again
only what changed and what imports it), progress and cancellation, never the network, and
a vendor module's missing import named with the module that asked for it."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from mibkit import simple_mib, write_mib

from snmpscope.core.mib.mib_path import BUILTIN
from snmpscope.core.mib.names import MibNames
from snmpscope.core.mib.smi_compiler import CompileCancelled

ENTERPRISE = (1, 3, 6, 1, 4, 1, 99999)


def fresh(folder: Path, cache: Path, modules: list[str]) -> MibNames:
    return MibNames(modules, dirs=[BUILTIN, str(folder)], cache_dir=cache)


def test_mib_files_with_any_name_load(tmp_path: Path) -> None:
    folder = tmp_path / "mibs"
    files = {"EXT-A-MIB": "ext-a.mib", "EXT-B-MIB": "EXT-B-MIB.my", "EXT-C-MIB": "c.txt"}
    for arc, (module, file_name) in enumerate({**files, "EXT-D-MIB": "EXT-D-MIB"}.items(), 1):
        write_mib(folder, file_name, simple_mib(module, arc))
    names = fresh(folder, tmp_path / "cache", [*files, "EXT-D-MIB"])
    report = names.ensure_loaded()
    loaded = {m.name: m.path for m in report.loaded}
    for arc, module in enumerate([*files, "EXT-D-MIB"], 1):
        assert loaded[module].startswith(str(folder))
        prefix = module.lower().replace("-", "")[:10]
        assert names.oid_to_name((*ENTERPRISE, arc, 1, 0)) == f"{module}::{prefix}Value.0"
    assert not report.failed
    assert not report.missing


def test_compile_once_then_only_what_changed_and_what_imports_it(tmp_path: Path) -> None:
    folder, cache = tmp_path / "mibs", tmp_path / "cache"
    write_mib(folder, "BASE-MIB", simple_mib("BASE-MIB", 1))
    write_mib(
        folder,
        "USER-MIB",
        simple_mib(
            "USER-MIB",
            2,
            "basemibValue FROM BASE-MIB",
            "userCopy OBJECT IDENTIFIER ::= { basemibValue 7 }",
        ),
    )
    write_mib(folder, "OTHER-MIB", simple_mib("OTHER-MIB", 3))
    modules = ["BASE-MIB", "USER-MIB", "OTHER-MIB"]
    first = fresh(folder, cache, modules).ensure_loaded()
    assert first.compiled >= 3
    again = fresh(folder, cache, modules)
    assert again.ensure_loaded().compiled == 0
    assert again.name_to_oid("USER-MIB::userCopy") == (*ENTERPRISE, 1, 1, 7)
    write_mib(folder, "BASE-MIB", simple_mib("BASE-MIB", 5))
    changed = fresh(folder, cache, modules)
    report = changed.ensure_loaded()
    assert report.compiled == 2  # BASE-MIB and USER-MIB, which imports it; not OTHER-MIB
    assert changed.name_to_oid("USER-MIB::userCopy") == (*ENTERPRISE, 5, 1, 7)


def test_progress_and_cancel_keep_what_compiled(tmp_path: Path) -> None:
    folder, cache = tmp_path / "mibs", tmp_path / "cache"
    modules = [f"PACK{i}-MIB" for i in range(6)]
    for arc, module in enumerate(modules, 1):
        write_mib(folder, module, simple_mib(module, arc))
    seen: list[tuple[int, int, str]] = []

    def cancel() -> bool:
        return len(seen) >= 3

    names = fresh(folder, cache, modules)
    with pytest.raises(CompileCancelled):
        names.ensure_loaded(progress=lambda *args: seen.append(args), cancel=cancel)
    # cancel() is asked before each module: the one under way finishes, nothing after it
    assert [done for done, _total, _module in seen] in ([1, 2, 3], [1, 2, 3, 4])
    assert all(total >= done for done, total, _module in seen)
    rest = fresh(folder, cache, modules).ensure_loaded()
    assert 0 < rest.compiled < len(modules)  # the first ones came from the cache
    assert {m.name for m in rest.loaded} >= set(modules)


def test_never_touches_the_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a MIB load tried to open a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    folder = tmp_path / "mibs"
    write_mib(folder, "NET-A-MIB", simple_mib("NET-A-MIB", 1, "nothing FROM NOWHERE-MIB"))
    report = fresh(folder, tmp_path / "cache", ["NET-A-MIB", "NOT-ANYWHERE-MIB"]).ensure_loaded()
    assert report.missing["NOWHERE-MIB"] == ("NET-A-MIB",)
    assert report.missing["NOT-ANYWHERE-MIB"] == ()


def test_a_vendor_pack_loads_around_a_missing_import(subset_names: MibNames) -> None:
    report = subset_names.report()
    assert report.missing == {"EtherLike-MIB": ("CISCO-ETHERLIKE-EXT-MIB",)}
    note = next(p for p in report.problems if p.kind == "missing-import")
    assert note.message == (
        "CISCO-ETHERLIKE-EXT-MIB imports EtherLike-MIB, which is in no MIB folder"
    )
    assert "CISCO-ETHERLIKE-EXT-MIB" in {m.name for m in report.loaded}
    assert not report.failed
    assert subset_names.oid_to_name((1, 3, 6, 1, 4, 1, 9, 9, 109, 1, 1, 1, 1, 5, 1)) == (
        "CISCO-PROCESS-MIB::cpmCPUTotal5min.1"
    )


def test_an_online_source_only_when_turned_on(tmp_path: Path) -> None:
    import http.server
    import threading

    served = tmp_path / "served"
    write_mib(served, "FAR-MIB", simple_mib("FAR-MIB", 9))
    handler = lambda *args: http.server.SimpleHTTPRequestHandler(  # noqa: E731
        *args, directory=str(served)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/@mib@"
        folder = tmp_path / "mibs"
        write_mib(folder, "NEAR-MIB", simple_mib("NEAR-MIB", 1, "farmibValue FROM FAR-MIB"))
        offline = fresh(folder, tmp_path / "cache", ["NEAR-MIB"]).ensure_loaded()
        assert offline.missing == {"FAR-MIB": ("NEAR-MIB",)}
        names = MibNames(
            ["NEAR-MIB", "GONE-MIB"], dirs=[BUILTIN, str(folder)], cache_dir=tmp_path / "cache",
            online=url,
        )  # fmt: skip
        report = names.ensure_loaded()
        assert "FAR-MIB" in {m.name for m in report.loaded}
        assert names.oid_to_name((*ENTERPRISE, 9, 1, 0)) == "FAR-MIB::farmibValue.0"
        (gone,) = [p for p in report.problems if p.kind == "online"]
        assert gone.message == f"GONE-MIB: {url.replace('@mib@', 'GONE-MIB')}: File not found"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
