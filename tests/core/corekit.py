"""Shared helpers of the resource-model tests."""

from __future__ import annotations

from snmpscope.core import winsnmp as w


class Window:
    """A "window": anything with post_message(msg, wparam, lparam)."""

    def __init__(self) -> None:
        self.posted: list[tuple[int, int, int]] = []

    def post_message(self, msg: int, wparam: int, lparam: int) -> None:
        self.posted.append((msg, wparam, lparam))


def ok_callback(*_args: object) -> int:
    return w.SNMPAPI_SUCCESS
