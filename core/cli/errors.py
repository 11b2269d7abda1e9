"""Exit codes of ``snmpscope-cli`` and the exception that carries a usage problem."""

from __future__ import annotations

from enum import IntEnum

from snmpscope.core.constants import ApiError


class ExitCode(IntEnum):
    """What the process returns (also listed in ``snmpscope-cli --help``)."""

    OK = 0
    SNMP_ERROR = 1  # the agent answered with an error-status, a timeout, a transport failure
    USAGE = 2  # bad options or input: a bad OID, type letter, value, address or port
    INTERRUPTED = 130  # Ctrl-C during a request or walk (128 + SIGINT, as shells report it)


# API errors about input the agent never saw (a value or PDU this version cannot carry, a
# request too big for any datagram: nothing was sent) -> exit 2, not an SNMP failure.
INPUT_ERRORS = frozenset(
    {
        ApiError.OID_INVALID,
        ApiError.SYNTAX_INVALID,
        ApiError.OPERATION_INVALID,
        ApiError.PDU_INVALID,
        ApiError.TL_PDU_TOO_BIG,
    }
)


class UsageError(Exception):
    """Bad command-line input; the message names what is wrong. Exit status 2."""


class CommandFailed(Exception):
    """The command ran but failed in a way already reported (message printed); carries the
    exit code."""

    def __init__(self, code: ExitCode = ExitCode.SNMP_ERROR) -> None:
        self.code = code
        super().__init__(code.name)


SHOWN_CHARACTERS = 40


def shown(text: str) -> str:
    """``text`` quoted for a message, cut to one short line when it is long (a 70,000-character
    argument is named by its start and its length, not repeated)."""
    if len(text) <= SHOWN_CHARACTERS:
        return repr(text)
    return f"{text[: SHOWN_CHARACTERS - 3]!r}... ({len(text)} characters)"
