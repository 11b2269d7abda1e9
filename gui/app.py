"""The ``snmpscope`` entry point: ``main(argv) -> exit code``.

``snmpscope`` opens the window (the embedded demo agent and a session to it on first launch);
``snmpscope --self-test`` runs a headless end-to-end check for packaged builds;
``--config-dir`` points the workspace somewhere else (tests, portable installs).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

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

    qapp = QApplication.instance()
    if not isinstance(qapp, QApplication):
        qapp = QApplication([sys.argv[0], *qt_args])
    setup_identity(qapp)
    install_translators(qapp)
    config_dir = args.config_dir or default_config_dir()
    context = create_context(config_dir)
    context.window.show()
    context.window.start(with_demo=not args.no_demo)
    try:
        code = qapp.exec()
    finally:
        context.close()
    return int(code)


def default_config_dir() -> Path:
    """The user's config folder for snmpscope (``QStandardPaths.AppConfigLocation``)."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(location) if location else Path.home() / ".config" / APP_NAME


if __name__ == "__main__":
    raise SystemExit(main())
