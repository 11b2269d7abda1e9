"""``snmpscope --self-test``: a headless end-to-end check for packaged builds.

Starts the embedded demo agent, opens a session through the service workers, walks the
system group, closes the session and checks that no handle is left; also builds the main
window offscreen and renders the icons (a frozen bundle without the SVG plugin fails here),
and compiles a small MIB file from a temporary folder through pysmi and resolves a name from
it both ways (a bundle without pysmi or its parser fails here).
Prints a short report and returns 0 or 1. A watchdog ends the process if anything hangs.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from snmpscope.core.service import ServiceController, Token, WalkOutcome
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.operations import WalkResult
from snmpscope.core.service.profiles import MemorySecretStore
from snmpscope.core.smi.address import join_host_port

R = TypeVar("R")
SYSTEM_GROUP = (1, 3, 6, 1, 2, 1, 1)
ICONS = ("snmpscope", "session", "entity", "context", "pdu-response", "walk", "stop")


class SelfTest(QObject):
    """The check as a chain of service requests, each started by the previous answer."""

    def __init__(self, controller: ServiceController, report: Callable[[str], None]) -> None:
        super().__init__()
        self.controller = controller
        self.report = report
        self.ok = False
        self.finished = False
        self.varbinds = 0
        self._steps: dict[int, Callable[[Any], None]] = {}  # typed by _next's Token
        self._started = time.monotonic()
        self._step_started = self._started
        self.session = self.entity = self.context = 0
        self.target = ""
        controller.succeeded.connect(self._succeeded)
        controller.failed.connect(self._failed)

    def start(self) -> None:
        """Begin with the demo agent."""
        self._next(self.controller.start_demo_agent(), self._agent_started)

    def _next(self, token: Token[R], step: Callable[[R], None]) -> None:
        self._steps[token] = step

    def _lap(self) -> float:
        now = time.monotonic()
        lap, self._step_started = now - self._step_started, now
        return lap * 1000

    def _succeeded(self, token: int, result: object) -> None:
        step = self._steps.pop(token, None)
        if step is not None:
            step(result)

    def _failed(self, token: int, failure: Failure) -> None:
        if self._steps.pop(token, None) is not None:
            self._finish(False, f"FAILED: {failure.name}: {failure.message}")

    def _agent_started(self, address: tuple[str, int]) -> None:
        self.target = join_host_port(*address)
        self.report(f"demo agent listening on {self.target} ({self._lap():.0f} ms)")
        self._next(self.controller.open_session("self-test"), self._session_opened)

    def _session_opened(self, session: int) -> None:
        self.session = session
        self._next(self.controller.add_entity(self.session, self.target), self._entity_added)

    def _entity_added(self, entity: int) -> None:
        self.entity = entity
        self._next(self.controller.add_context(self.session, b"public"), self._context_added)

    def _context_added(self, context: int) -> None:
        self.context = context
        self.report(f"session #{self.session} with entity and context ({self._lap():.0f} ms)")
        token = self.controller.walk(self.session, self.entity, self.context, SYSTEM_GROUP, 25)
        self._next(token, self._walked)

    def _walked(self, result: WalkResult) -> None:
        self.varbinds = result.count
        self.report(
            f"walked the system group: {result.count} varbinds in {result.requests} requests, "
            f"{result.elapsed_s * 1000:.0f} ms ({result.reason})"
        )
        self._lap()
        if result.reason != WalkOutcome.END or result.count == 0:
            self._finish(False, f"FAILED: walk ended with {result.reason} {result.error}")
            return
        self._next(self.controller.close_session(self.session), self._closed)

    def _closed(self, _session: int) -> None:
        reader = self.controller.read_model
        live, sessions = reader.live_handle_count(), reader.session_handles()
        self.report(f"session closed ({self._lap():.0f} ms): {live} live handles, {sessions}")
        if live == 0 and not sessions:
            self._finish(True, "OK")
        else:
            self._finish(False, "FAILED: handles or sessions were left behind")

    def _finish(self, ok: bool, text: str) -> None:
        self.ok = ok
        self.finished = True
        total = (time.monotonic() - self._started) * 1000
        self.report(f"{text} (total {total:.0f} ms)")
        QApplication.quit()


SELF_TEST_MIB = """\
SNMPSCOPE-SELF-TEST-MIB DEFINITIONS ::= BEGIN
IMPORTS
    MODULE-IDENTITY, OBJECT-TYPE, enterprises FROM SNMPv2-SMI;
selfTestMib MODULE-IDENTITY
    LAST-UPDATED "202612010000Z"
    ORGANIZATION "snmpscope"
    CONTACT-INFO "snmpscope self-test"
    DESCRIPTION "Compiled by snmpscope --self-test."
    ::= { enterprises 99999 42 }
selfTestValue OBJECT-TYPE
    SYNTAX INTEGER { low(1), high(2) }
    MAX-ACCESS read-only
    STATUS current
    DESCRIPTION "A scalar."
    ::= { selfTestMib 1 }
END
"""
SELF_TEST_OID = (1, 3, 6, 1, 4, 1, 99999, 42, 1, 0)


def check_mib_compile(report: Callable[[str], None]) -> bool:
    """Compile :data:`SELF_TEST_MIB` from a temporary folder (into a temporary cache) and
    resolve its scalar by name and by OID."""
    from snmpscope.core.mib.mib_path import BUILTIN
    from snmpscope.core.mib.names import MibNames

    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="snmpscope-self-test-mibs-") as folder:
        source = Path(folder, "mibs")
        source.mkdir()
        (source / "snmpscope-self-test.mib").write_text(SELF_TEST_MIB)
        module = "SNMPSCOPE-SELF-TEST-MIB"
        names = MibNames([module], dirs=[BUILTIN, str(source)], cache_dir=Path(folder, "cache"))
        try:
            loaded = names.ensure_loaded()
            oid = names.name_to_oid(f"{module}::selfTestValue.0")
            name = names.oid_to_name(SELF_TEST_OID)
        except Exception as exc:  # a broken bundle: say what, never a traceback
            report(f"FAILED: compiling a MIB file: {type(exc).__name__}: {exc}")
            return False
    if oid != SELF_TEST_OID or name != f"{module}::selfTestValue.0" or loaded.failed:
        report(f"FAILED: MIB file compiled, but resolves {oid} / {name!r} ({loaded.failed})")
        return False
    elapsed = (time.monotonic() - started) * 1000
    report(f"MIB file compiled through pysmi and resolved: {name} ({elapsed:.0f} ms)")
    return True


def check_window(report: Callable[[str], None]) -> bool:
    """Build the main window offscreen (no demo, no saved workspace) and render icons."""
    from snmpscope.gui.context import create_context
    from snmpscope.gui.icons import icon

    blank = [name for name in ICONS if icon(name).pixmap(24, 24).isNull()]
    if blank:
        report(f"FAILED: icons render empty: {', '.join(blank)} (is the Qt SVG plugin bundled?)")
        return False
    with tempfile.TemporaryDirectory(prefix="snmpscope-self-test-") as folder:
        context = create_context(Path(folder), MemorySecretStore(), install_hooks=False)
        try:
            context.window.resize(1000, 700)
            image = context.window.grab()
            ok = not image.isNull()
        finally:
            context.close()
    report("main window built and rendered offscreen" if ok else "FAILED: window render")
    return ok


def run_self_test(timeout_s: float = 60.0) -> int:
    """Run the check; 0 when everything passed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

    def report(line: str) -> None:
        print(f"snmpscope self-test: {line}", flush=True)

    def watchdog() -> None:
        report(f"FAILED: no result within {timeout_s:.0f} s (watchdog)")
        os._exit(1)

    timer = threading.Timer(timeout_s, watchdog)
    timer.daemon = True
    timer.start()
    try:
        qapp = QApplication.instance()
        if not isinstance(qapp, QApplication):
            qapp = QApplication([sys.argv[0] if sys.argv else "snmpscope"])
        report(f"Qt platform {qapp.platformName()}, Python {sys.version.split()[0]}")
        window_ok = check_window(report)
        mibs_ok = check_mib_compile(report)
        controller = ServiceController()
        test = SelfTest(controller, report)
        try:
            controller.start()
            QTimer.singleShot(0, test.start)
            qapp.exec()
        finally:
            clean = controller.shutdown()
        if not clean:
            report("FAILED: a worker thread did not stop in time")
        return 0 if test.ok and window_ok and mibs_ok and clean else 1
    finally:
        timer.cancel()
