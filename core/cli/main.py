"""``snmpscope-cli``: net-snmp-style manager commands, a trap listener and the demo agent.

:func:`main` is the console-script entry point and also runs in-process (tests, embedding):
it takes ``argv`` and an optional :class:`Console` (streams and a stop event) and returns the
exit status instead of exiting. It never lets a traceback reach the user: usage problems exit
with 2 and a message naming what is wrong, SNMP failures with 1 and net-snmp's wording.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence

from snmpscope.core.cli.errors import CommandFailed, ExitCode, UsageError
from snmpscope.core.cli.options import (
    NOTIFY_COMMANDS,
    PROG,
    REQUEST_COMMANDS,
    build_parser,
    check_options,
    command_of,
)
from snmpscope.core.cli.output import api_error_text
from snmpscope.core.cli.session import Console
from snmpscope.core.errors import SnmpApiError

Handler = Callable[[argparse.Namespace, Console], int]


# Commands that run until stopped: Ctrl-C is their normal end, not an interruption.
FOREGROUND_COMMANDS = frozenset({"listen", "agent"})
# Commands that read the console's stop event: SIGTERM ends them as Ctrl-C does, cleanly, with
# what came printed. Every other command keeps SIGTERM's default and ends at once, as snmpget
# does: a handler would only set an event nobody reads, and leave a request to its timeout.
STOPPABLE_COMMANDS = FOREGROUND_COMMANDS | {"walk", "bulkwalk", "table"}


def _handler(command: str) -> Handler:
    """The command's entry; imported on demand so ``--help`` and usage errors stay fast."""
    if command in REQUEST_COMMANDS:
        from snmpscope.core.cli import commands

        return commands.run_request
    if command == "table":
        from snmpscope.core.cli import table

        return table.run_table
    if command == "mibs":
        from snmpscope.core.cli import mib_options

        return mib_options.run_mibs
    if command in NOTIFY_COMMANDS or command == "listen":
        from snmpscope.core.cli import notify

        return notify.run_notify if command != "listen" else notify.run_listen
    from snmpscope.core.cli import agent

    return agent.run_agent


def main(argv: Sequence[str] | None = None, console: Console | None = None) -> int:
    """Run one command line; returns the exit status (see ``snmpscope-cli --help``)."""
    console = console or Console(sys.stdout, sys.stderr)
    words = list(argv) if argv is not None else sys.argv[1:]
    if words[:1] == ["table"]:  # its -C letters take the words that follow, as snmptable's
        from snmpscope.core.cli.table import table_argv

        words = table_argv(words)
    parser = build_parser(command_of(words))
    try:
        with contextlib.redirect_stdout(console.out):  # --help goes to the console
            args = parser.parse_args(words)
    except UsageError as exc:
        console.err.write(f"{PROG}: {exc}\n")
        return ExitCode.USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0) if isinstance(exc.code, int | None) else ExitCode.USAGE
    command: str = args.command
    try:
        check_options(args)  # every option value, before the command starts
        stopping = (
            _stop_on_sigterm(console.stop)
            if command in STOPPABLE_COMMANDS
            else contextlib.nullcontext()
        )
        with stopping:
            code = int(_handler(command)(args, console))
        console.out.flush()  # here, where a reader gone away (| head) is a BrokenPipeError
        return code
    except UsageError as exc:
        _error(console, f"{PROG} {command}: {exc}\n")
        return ExitCode.USAGE
    except CommandFailed as exc:
        return exc.code
    except KeyboardInterrupt:
        return ExitCode.OK if command in FOREGROUND_COMMANDS else ExitCode.INTERRUPTED
    except SnmpApiError as exc:
        _error(console, f"{PROG} {command}: {api_error_text(exc, detail=True)}\n")
        return ExitCode.SNMP_ERROR
    except BrokenPipeError:
        # The reader went away (| head): nothing more to say to it.
        with contextlib.suppress(OSError):
            console.out.close()
        return ExitCode.OK
    except Exception as exc:
        if os.environ.get("SNMPSCOPE_DEBUG"):
            raise
        _error(
            console,
            f"{PROG} {command}: internal error: {type(exc).__name__}: {exc} "
            "(set SNMPSCOPE_DEBUG=1 for the traceback)\n",
        )
        return ExitCode.SNMP_ERROR


def _error(console: Console, text: str) -> None:
    """Write ``text`` to stderr after what stdout still buffers (a walk's lines on a pipe), so
    a terminal or a ``2>&1`` capture shows them in the order they happened."""
    with contextlib.suppress(OSError):
        console.out.flush()
    console.err.write(text)


@contextlib.contextmanager
def _stop_on_sigterm(stop: threading.Event) -> Iterator[None]:
    """SIGTERM sets ``stop`` (commands end cleanly) while the command runs in the main
    thread; elsewhere signals are not ours to take."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    import signal  # here: its enum conversions cost every request process ~1 ms

    previous = signal.signal(signal.SIGTERM, lambda _signum, _frame: stop.set())
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":  # pragma: no cover - python -m snmpscope.core.cli.main
    sys.exit(main())
