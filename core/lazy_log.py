"""Loggers that import :mod:`logging` only when a record could go somewhere.

``logging`` (with ``traceback``, ``string`` and ``weakref`` it pulls in) costs a one-shot
``snmpscope-cli get`` a few milliseconds of its CPU, to log two INFO lines (the socket buffers
granted) that nobody can see: a process that never imported ``logging`` has configured no
handler and no level, so the root logger's default (WARNING) drops DEBUG and INFO, and only
WARNING and above reach ``logging.lastResort`` (stderr). :func:`get_logger` returns a logger
that behaves exactly so: while ``logging`` is not imported it drops DEBUG and INFO itself and
imports ``logging`` for anything louder; once anything has imported it (an application
configuring logs, pytest, Qt's bridge), every call goes to the real logger.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["LazyLogger", "get_logger"]

_WARNING = 30  # logging.WARNING


class LazyLogger:
    """The methods of :class:`logging.Logger` the transport calls, deferred (see above)."""

    __slots__ = ("_logger", "name")

    def __init__(self, name: str) -> None:
        self.name = name
        self._logger: Any = None

    def _real(self) -> Any:
        logger = self._logger
        if logger is None:
            import logging

            logger = self._logger = logging.getLogger(self.name)
        return logger

    def _quiet(self) -> bool:
        """True while a DEBUG/INFO record could reach no handler (``logging`` not loaded)."""
        return self._logger is None and "logging" not in sys.modules

    def log(self, level: int, msg: object, *args: Any, **kwargs: Any) -> None:
        if level < _WARNING and self._quiet():
            return
        self._real().log(level, msg, *args, stacklevel=2, **kwargs)

    def debug(self, msg: object, *args: Any, **kwargs: Any) -> None:
        if not self._quiet():
            self._real().debug(msg, *args, stacklevel=2, **kwargs)

    def info(self, msg: object, *args: Any, **kwargs: Any) -> None:
        if not self._quiet():
            self._real().info(msg, *args, stacklevel=2, **kwargs)

    def warning(self, msg: object, *args: Any, **kwargs: Any) -> None:
        self._real().warning(msg, *args, stacklevel=2, **kwargs)

    def error(self, msg: object, *args: Any, **kwargs: Any) -> None:
        self._real().error(msg, *args, stacklevel=2, **kwargs)

    def exception(self, msg: object, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("exc_info", True)
        self._real().error(msg, *args, stacklevel=2, **kwargs)

    def isEnabledFor(self, level: int) -> bool:
        return not (level < _WARNING and self._quiet()) and bool(self._real().isEnabledFor(level))


def get_logger(name: str) -> LazyLogger:
    """A :class:`LazyLogger` for ``name`` (use it where ``logging.getLogger(name)`` was)."""
    return LazyLogger(name)
