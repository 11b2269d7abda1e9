"""The ``snmpscope`` entry point: ``main(argv) -> exit code``.

``snmpscope`` opens the window (the embedded demo agent and a session to it on first launch);
``snmpscope --self-test`` runs a headless end-to-end check for packaged builds;
``--config-dir`` points the workspace somewhere else (tests, portable installs).
Closing the window, SIGTERM, SIGHUP, Ctrl+C and logout all end in the same staged shutdown,
which saves the workspace (:mod:`snmpscope.gui.quit_requests`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QApplication, QWidget

    from snmpscope.gui.context import AppContext

APP_NAME = "snmpscope"
ORGANIZATION = "snmpscope"


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our options, and the rest (left for Qt: -style, -platform ...)."""
    parser = argparse.ArgumentParser(prog=APP_NAME, description="SNMP session browser")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a headless end-to-end check against the demo agent and exit 0 or 1",
    )
    parser.add_argument(
        "--self-test-timeout",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="watchdog for --self-test (default 60)",
    )
    parser.add_argument("--config-dir", type=Path, help="where the workspace is kept")
    parser.add_argument("--no-demo", action="store_true", help="do not start the demo agent")
    parser.add_argument("--debug", action="store_true", help="log debug messages to stderr")
    parser.add_argument(
        "--startup-report",
        action="store_true",
        help="print the time from process start to the first painted window and to the first "
        "session being ready, then quit (measures cold start of installed builds)",
    )
    return parser.parse_known_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run snmpscope; returns the process exit code."""
    args, qt_args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(asctime)s %(threadName)s %(name)s %(levelname)s: %(message)s",
    )
    if args.self_test:
        # Before any QApplication exists: the check must run without a display.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from snmpscope.gui.self_test import run_self_test

        return run_self_test(args.self_test_timeout)

    from PySide6.QtWidgets import QApplication

    from snmpscope.gui.context import create_context
    from snmpscope.gui.i18n import install_translators, setup_identity
    from snmpscope.gui.quit_requests import QuitRequests

    qapp = QApplication.instance()
    if not isinstance(qapp, QApplication):
        qapp = QApplication([sys.argv[0], *qt_args])
    # As early as can be: a SIGTERM during start-up closes the window once the loop runs.
    quit_requests = QuitRequests(qapp)
    try:
        setup_identity(qapp)
        install_translators(qapp)
        config_dir = args.config_dir or default_config_dir()
        from snmpscope.gui.dialogs.master_password_dialog import MasterPasswordDialog

        # A start-up measurement never waits for a person: secrets stay in memory then.
        context = create_context(
            config_dir,
            ask_password=None
            if args.startup_report
            else lambda new, problem: MasterPasswordDialog.ask(None, new, problem),
        )
        collector = settle_heap(context)
        quit_requests.attach(context.window)
        context.window.show()
        context.window.start(with_demo=not args.no_demo)
        if args.startup_report:
            _report_startup(context.window, context.window.operations.sessionOpened, qapp)
        try:
            code = qapp.exec()
        finally:
            context.close()
            release_heap(collector)
    finally:
        quit_requests.uninstall()
    return int(code)


def settle_heap(context: AppContext) -> tuple[int, ...]:
    """The collector's settings for a long run with big result sets (:mod:`~snmpscope.gui.
    heap`): rarer collections, and the start-up's objects and the MIBs' left out of them
    once loaded. Returns what :func:`release_heap` restores."""
    from snmpscope.gui import heap

    before = heap.tune_collector()
    context.controller.mibsReady.connect(heap.freeze_long_lived)
    heap.freeze_long_lived()
    return before


def release_heap(thresholds: tuple[int, ...]) -> None:
    """Undo :func:`settle_heap` once the window is gone."""
    from snmpscope.gui import heap

    heap.release(thresholds)


def process_age_s() -> float:
    """Seconds since this process started (Linux: from /proc, so the interpreter's and the
    frozen bootloader's start-up count too; elsewhere: since this module was imported)."""
    try:
        ticks = int(Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _IMPORTED_AT


_IMPORTED_AT = time.monotonic()


def _report_startup(window: QWidget, session_opened: SignalInstance, qapp: QApplication) -> None:
    """Print when the window is first painted and when the first session is ready, then quit."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    marks: dict[str, float] = {}

    def finish() -> None:
        if "window" in marks and "session" in marks:
            print(
                f"snmpscope startup: first window painted after {marks['window'] * 1000:.0f} ms, "
                f"first session ready after {marks['session'] * 1000:.0f} ms",
                flush=True,
            )
            qapp.quit()

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "window" not in marks:
                marks["window"] = process_age_s()
                QTimer.singleShot(0, finish)
            return False

    def opened(_handle: int) -> None:
        marks.setdefault("session", process_age_s())
        QTimer.singleShot(0, finish)

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    session_opened.connect(opened)
    QTimer.singleShot(30_000, qapp.quit)  # never hang


def default_config_dir() -> Path:
    """The user's config folder for snmpscope (``QStandardPaths.AppConfigLocation``)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(location) if location else Path.home() / ".config" / APP_NAME


if __name__ == "__main__":
    raise SystemExit(main())
