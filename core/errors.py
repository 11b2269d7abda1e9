"""The exceptions of the Pythonic API: :class:`SnmpApiError` carries the SNMPAPI code;
:class:`LimitError` is the ALLOC_ERROR of a configured resource limit."""

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


# What each resource limit (snmpscope.core.model.limits.ResourceLimits) counts, for messages.
LIMIT_TEXT = {
    "sessions": "open sessions",
    "handles_per_session": "live handles per session",
    "queue_per_session": "queued messages per session",
    "queue_bytes_per_session": "bytes of queued messages per session",
}


class LimitError(SnmpApiError):
    """ALLOC_ERROR because a configured limit was reached; ``limit`` names which."""

    def __init__(self, limit: str, maximum: int, session: int | None = None) -> None:
        self.limit = limit
        self.maximum = maximum
        text = LIMIT_TEXT[limit]
        super().__init__(
            ApiError.ALLOC_ERROR, f"limit of {maximum} {text} reached ({limit})", session
        )
