"""Failures in the window's language.

The core words its errors in English for logs, the CLI and bug reports (``Failure.message``:
what exactly was wrong, with names and values). The window puts a translated sentence for the
SNMPAPI code in front of it, so an administrator reading German or Spanish learns what
happened in their language and still has the exact technical detail to search for or quote.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from snmpscope.core.constants import ApiError
from snmpscope.core.service.failures import Failure


def explanation(code: int) -> str:
    """A sentence saying what ``code`` means in the window's language (empty for codes
    without one, and in English, whose core message says it already)."""
    try:
        source = str(_SOURCES.get(ApiError(code), ""))
    except ValueError:
        return ""
    translated = QCoreApplication.translate("ErrorTexts", source) if source else ""
    return "" if translated == source else translated


_SOURCES: dict[ApiError, object] = {  # QT_TRANSLATE_NOOP is typed as object
    ApiError.ALLOC_ERROR: QT_TRANSLATE_NOOP("ErrorTexts", "A resource limit was reached."),
    ApiError.CONTEXT_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The context is not valid."),
    ApiError.CONTEXT_UNKNOWN: QT_TRANSLATE_NOOP("ErrorTexts", "The context is unknown."),
    ApiError.ENTITY_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The agent address is not valid."),
    ApiError.ENTITY_UNKNOWN: QT_TRANSLATE_NOOP("ErrorTexts", "The agent is unknown."),
    ApiError.INDEX_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The index is out of range."),
    ApiError.OID_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The object identifier is not valid."),
    ApiError.OPERATION_INVALID: QT_TRANSLATE_NOOP(
        "ErrorTexts", "This operation is not possible here."
    ),
    ApiError.OUTPUT_TRUNCATED: QT_TRANSLATE_NOOP("ErrorTexts", "The output was truncated."),
    ApiError.PDU_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The PDU is not valid."),
    ApiError.SESSION_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The session is not valid."),
    ApiError.SYNTAX_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The value does not fit its syntax."),
    ApiError.VBL_INVALID: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The variable-binding list is not valid."
    ),
    ApiError.MODE_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The mode is not valid."),
    ApiError.SIZE_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The size is not valid."),
    ApiError.NOT_INITIALIZED: QT_TRANSLATE_NOOP("ErrorTexts", "WinSNMP is not started."),
    ApiError.MESSAGE_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The message is not valid."),
    ApiError.ENGINE_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The SNMP engine is not valid."),
    ApiError.ENGINE_DISCOVERY_FAILED: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The agent's SNMP engine could not be discovered."
    ),
    ApiError.OTHER_ERROR: QT_TRANSLATE_NOOP("ErrorTexts", "Something unexpected went wrong."),
    ApiError.TL_NOT_INITIALIZED: QT_TRANSLATE_NOOP("ErrorTexts", "The transport is not started."),
    ApiError.TL_NOT_SUPPORTED: QT_TRANSLATE_NOOP("ErrorTexts", "This transport is not supported."),
    ApiError.TL_NOT_AVAILABLE: QT_TRANSLATE_NOOP("ErrorTexts", "The network is not available."),
    ApiError.TL_RESOURCE_ERROR: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The network ran out of resources."
    ),
    ApiError.TL_UNDELIVERABLE: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The message could not be delivered."
    ),
    ApiError.TL_SRC_INVALID: QT_TRANSLATE_NOOP("ErrorTexts", "The source address is not valid."),
    ApiError.TL_INVALID_PARAM: QT_TRANSLATE_NOOP(
        "ErrorTexts", "A transport parameter is not valid."
    ),
    ApiError.TL_IN_USE: QT_TRANSLATE_NOOP("ErrorTexts", "The address is already in use."),
    ApiError.TL_TIMEOUT: QT_TRANSLATE_NOOP("ErrorTexts", "The agent did not answer in time."),
    ApiError.TL_PDU_TOO_BIG: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The message is too big for the transport."
    ),
    ApiError.TL_OTHER: QT_TRANSLATE_NOOP("ErrorTexts", "The transport failed."),
    ApiError.RPT_UNKNOWNENGINEID: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The agent reported an unknown engine ID."
    ),
    ApiError.RPT_UNKNOWNUSERNAME: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The agent does not know this user."
    ),
    ApiError.RPT_WRONGDIGEST: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The agent rejected the authentication key."
    ),
    ApiError.RPT_DECRYPTIONERROR: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The agent could not decrypt the message."
    ),
    ApiError.RPT_NOTINTIMEWINDOW: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The message was outside the agent's time window."
    ),
    ApiError.RPT_UNSUPPSECLEVEL: QT_TRANSLATE_NOOP(
        "ErrorTexts", "The agent does not support this security level."
    ),
}


def failure_text(failure: Failure, detail: str | None = None) -> str:
    """The translated explanation, then the core's exact message (or ``detail``: the
    status bar passes it without its SNMPAPI code, which stays in the details)."""
    detail = failure.message if detail is None else detail
    sentence = explanation(failure.code)
    if not sentence:
        return detail
    return QCoreApplication.translate("ErrorTexts", "{explanation} {detail}").format(
        explanation=sentence, detail=detail
    )
