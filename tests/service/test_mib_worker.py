"""The MIB worker: the window adds a MIB folder, gets progress while it compiles and one
typed result (the MIB-load report); a cancelled compile keeps the modules in use and what
compiled."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from snmpscope.core.api import Snmp
from snmpscope.core.mib.mib_path import BUILTIN
from snmpscope.core.mib.names import MibNames
from snmpscope.core.service import MibLoadResult, MibSetup, ServiceController

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "mib"))
from mibkit import simple_mib, write_mib

ENTERPRISE = (1, 3, 6, 1, 4, 1, 99999)


@pytest.fixture
def mib_controller(qapp, snmp: Snmp, tmp_path: Path) -> Iterator[ServiceController]:
    folder = tmp_path / "base"
    write_mib(folder, "BASE-MIB", simple_mib("BASE-MIB", 1))
    names = MibNames(["BASE-MIB"], dirs=[BUILTIN, str(folder)], cache_dir=tmp_path / "cache")
    service = ServiceController(snmp.app, names=names)
    service.start(prewarm_mibs=False)
    yield service
    assert service.shutdown(5000)


def test_adding_a_folder_compiles_it_with_progress_and_reports(
    qtbot, mib_controller: ServiceController, tmp_path: Path
) -> None:
    vendor = tmp_path / "vendor"
    for arc in range(2, 5):
        write_mib(vendor, f"VENDOR{arc}-MIB.my", simple_mib(f"VENDOR{arc}-MIB", arc))
    progress: list[tuple[int, int, str]] = []
    mib_controller.mibProgress.connect(lambda *args: progress.append(args))
    with qtbot.waitSignal(mib_controller.mibsLoaded, timeout=30000) as loaded:
        mib_controller.add_mib_folders(str(vendor))
    result = loaded.args[0]
    assert isinstance(result, MibLoadResult)
    assert not result.cancelled
    assert {"VENDOR2-MIB", "VENDOR3-MIB", "VENDOR4-MIB", "BASE-MIB"} <= {
        m.name for m in result.report.loaded
    }
    qtbot.waitUntil(lambda: len(progress) >= 3)
    assert progress[-1][0] == progress[-1][1]
    assert (
        mib_controller.names.oid_to_name((*ENTERPRISE, 3, 1, 0)) == "VENDOR3-MIB::vendor3mibValue.0"
    )


def test_a_cancelled_compile_keeps_the_modules_in_use(
    qtbot, mib_controller: ServiceController, tmp_path: Path
) -> None:
    with qtbot.waitSignal(mib_controller.mibsLoaded, timeout=30000):
        mib_controller.configure_mibs(MibSetup())
    pack = tmp_path / "pack"
    for arc in range(10, 40):
        write_mib(pack, f"PACK{arc}-MIB", simple_mib(f"PACK{arc}-MIB", arc))
    mib_controller.mibProgress.connect(lambda *_args: mib_controller.cancel_mib_load())
    with qtbot.waitSignal(mib_controller.mibsLoaded, timeout=30000) as loaded:
        mib_controller.add_mib_folders(str(pack))
    result = loaded.args[0]
    assert result.cancelled
    assert "PACK20-MIB" not in {m.name for m in result.report.loaded}
    assert mib_controller.names.oid_to_name((*ENTERPRISE, 1, 1, 0)) == "BASE-MIB::basemibValue.0"
    assert mib_controller.names.config.modules == ("BASE-MIB",)
