"""The one exception type of the Pythonic API: it carries the SNMPAPI code."""

from __future__ import annotations

from snmpscope.core.constants import ApiError, describe_error


class SnmpApiError(Exception):
    """A WinSNMP call failed with ``code`` (an :class:`ApiError` value).

    ``session`` is the handle of the session whose last-error slot the failure also went to,
    or ``None`` when only the application-wide slot was written.
    """

    def __init__(self, code: int, detail: str = "", session: int | None = None) -> None:
        self.code = ApiError(code) if code in ApiError._value2member_map_ else code
        self.detail = detail
        self.session = session
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = describe_error(self.code)
        return f"{text}: {self.detail}" if self.detail else text

    @property
    def name(self) -> str:
        try:
            return "SNMPAPI_" + ApiError(self.code).name
        except ValueError:
            return str(self.code)
