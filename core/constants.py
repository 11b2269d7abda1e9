"""Numeric constants of the WinSNMP API (values from the Windows SDK's WinSnmp.h).

Every constant exists twice: as a scoped ``IntEnum`` for the Pythonic API and as the flat
``SNMPAPI_*`` / ``SNMP_*`` name that C code uses (re-exported by :mod:`snmpscope.core.winsnmp`).
"""

from __future__ import annotations

from enum import IntEnum

# --- status ------------------------------------------------------------------------------------
SNMPAPI_FAILURE = 0
SNMPAPI_SUCCESS = 1

# --- modes ---------------------------------------------------------------------------------------
SNMPAPI_OFF = 0
SNMPAPI_ON = 1

SNMPAPI_TRANSLATED = 0
SNMPAPI_UNTRANSLATED_V1 = 1
SNMPAPI_UNTRANSLATED_V2 = 2
SNMPAPI_UNTRANSLATED_V3 = 3

SNMPAPI_NO_SUPPORT = 0
SNMPAPI_V1_SUPPORT = 1
SNMPAPI_V2_SUPPORT = 2
SNMPAPI_M2M_SUPPORT = 3

# --- limits --------------------------------------------------------------------------------------
MAXOBJIDSIZE = 128
MINOBJIDSIZE = 2
MAXOBJIDSTRSIZE = 1408
MAXVENDORINFO = 32
DEFAULT_AGENT_PORT = 161
DEFAULT_TRAP_PORT = 162
# Where our trap/inform receiver listens unless the user picks another endpoint: an unprivileged
# port on loopback, so no root is needed (162 when the user chooses it and may bind it).
DEFAULT_TRAP_LISTEN = ("127.0.0.1", 10162)
# The embedded demo agent's preferred port (an ephemeral one is used if this is taken).
DEMO_AGENT_PORT = 16161


class ApiError(IntEnum):
    """SNMPAPI_* error codes reported by ``SnmpGetLastError``."""

    ALLOC_ERROR = 2
    CONTEXT_INVALID = 3
    CONTEXT_UNKNOWN = 4
    ENTITY_INVALID = 5
    ENTITY_UNKNOWN = 6
    INDEX_INVALID = 7
    NOOP = 8
    OID_INVALID = 9
    OPERATION_INVALID = 10
    OUTPUT_TRUNCATED = 11
    PDU_INVALID = 12
    SESSION_INVALID = 13
    SYNTAX_INVALID = 14
    VBL_INVALID = 15
    MODE_INVALID = 16
    SIZE_INVALID = 17
    NOT_INITIALIZED = 18
    MESSAGE_INVALID = 19
    HWND_INVALID = 20
    # SNMPv3 additions from non-Microsoft headers.
    ENGINE_INVALID = 30
    ENGINE_DISCOVERY_FAILED = 31
    OTHER_ERROR = 99
    TL_NOT_INITIALIZED = 100
    TL_NOT_SUPPORTED = 101
    TL_NOT_AVAILABLE = 102
    TL_RESOURCE_ERROR = 103
    TL_UNDELIVERABLE = 104
    TL_SRC_INVALID = 105
    TL_INVALID_PARAM = 106
    TL_IN_USE = 107
    TL_TIMEOUT = 108
    TL_PDU_TOO_BIG = 109
    TL_OTHER = 199
    # SNMPv3 report PDUs (RFC 3412/3414 counters), values of the mingw.org winsnmp.h header.
    RPT_INVALIDMSG = 200
    RPT_INASNPARSEERR = 201
    RPT_UNKNOWNSECMODEL = 202
    RPT_UNKNOWNENGINEID = 203
    RPT_UNSUPPSECLEVEL = 204
    RPT_UNKNOWNUSERNAME = 205
    RPT_WRONGDIGEST = 206
    RPT_NOTINTIMEWINDOW = 207
    RPT_DECRYPTIONERROR = 208
    RPT_OTHER = 299


ERROR_DESCRIPTIONS: dict[int, str] = {
    ApiError.ALLOC_ERROR: "resource allocation failed (a resource limit was reached)",
    ApiError.CONTEXT_INVALID: "invalid context handle or context string",
    ApiError.CONTEXT_UNKNOWN: "context name not found in the database",
    ApiError.ENTITY_INVALID: "invalid entity handle",
    ApiError.ENTITY_UNKNOWN: "entity string invalid or unknown",
    ApiError.INDEX_INVALID: "variable-binding index out of range",
    ApiError.NOOP: "nothing to do",
    ApiError.OID_INVALID: "invalid object identifier",
    ApiError.OPERATION_INVALID: "operation not possible",
    ApiError.OUTPUT_TRUNCATED: "output buffer too small",
    ApiError.PDU_INVALID: "invalid PDU handle or PDU contents",
    ApiError.SESSION_INVALID: "invalid session handle",
    ApiError.SYNTAX_INVALID: "invalid value syntax",
    ApiError.VBL_INVALID: "invalid variable-binding-list handle",
    ApiError.MODE_INVALID: "invalid mode",
    ApiError.SIZE_INVALID: "invalid size",
    ApiError.NOT_INITIALIZED: "SnmpStartup has not succeeded",
    ApiError.MESSAGE_INVALID: "invalid message",
    ApiError.HWND_INVALID: "invalid window handle",
    ApiError.ENGINE_INVALID: "invalid SNMPv3 engine id",
    ApiError.ENGINE_DISCOVERY_FAILED: "SNMPv3 engine id discovery failed",
    ApiError.OTHER_ERROR: "unexpected error",
    ApiError.TL_NOT_INITIALIZED: "transport not initialized",
    ApiError.TL_NOT_SUPPORTED: "transport does not support SNMP",
    ApiError.TL_NOT_AVAILABLE: "network subsystem failed",
    ApiError.TL_RESOURCE_ERROR: "transport resource error",
    ApiError.TL_UNDELIVERABLE: "destination unreachable",
    ApiError.TL_SRC_INVALID: "source entity invalid",
    ApiError.TL_INVALID_PARAM: "invalid transport parameter",
    ApiError.TL_IN_USE: "port already in use",
    ApiError.TL_TIMEOUT: "request timed out",
    ApiError.TL_PDU_TOO_BIG: "message too big for the transport",
    ApiError.TL_OTHER: "transport error",
    ApiError.RPT_INVALIDMSG: "SNMPv3 report: invalid message",
    ApiError.RPT_INASNPARSEERR: "SNMPv3 report: ASN.1 parse error",
    ApiError.RPT_UNKNOWNSECMODEL: "SNMPv3 report: unknown security model",
    ApiError.RPT_UNKNOWNENGINEID: "SNMPv3 report: unknown engine id",
    ApiError.RPT_UNSUPPSECLEVEL: "SNMPv3 report: unsupported security level",
    ApiError.RPT_UNKNOWNUSERNAME: "SNMPv3 report: unknown user name",
    ApiError.RPT_WRONGDIGEST: "SNMPv3 report: wrong digest (authentication key mismatch)",
    ApiError.RPT_NOTINTIMEWINDOW: "SNMPv3 report: not in time window",
    ApiError.RPT_DECRYPTIONERROR: "SNMPv3 report: decryption error (privacy key mismatch)",
    ApiError.RPT_OTHER: "SNMPv3 report: other error",
}


def describe_error(code: int) -> str:
    """Human-readable text for an SNMPAPI code, naming the symbolic constant."""
    try:
        name = "SNMPAPI_" + ApiError(code).name
    except ValueError:
        return f"unknown error {code}"
    return f"{name} ({code}): {ERROR_DESCRIPTIONS.get(code, '')}"


class PduType(IntEnum):
    """SNMP_PDU_* values (ASN_CONTEXT | ASN_CONSTRUCTOR | n)."""

    GET = 0xA0
    GETNEXT = 0xA1
    RESPONSE = 0xA2
    SET = 0xA3
    V1TRAP = 0xA4
    GETBULK = 0xA5
    INFORM = 0xA6
    TRAP = 0xA7
    REPORT = 0xA8


PDU_TYPE_NAMES = {t.value: t.name for t in PduType}


class Syntax(IntEnum):
    """SNMP_SYNTAX_* values of ``smiVALUE.syntax``."""

    INT = 0x02
    BITS = 0x03
    OCTETS = 0x04
    NULL = 0x05
    OID = 0x06
    SEQUENCE = 0x30
    IPADDR = 0x40
    CNTR32 = 0x41
    GAUGE32 = 0x42
    TIMETICKS = 0x43
    OPAQUE = 0x44
    NSAPADDR = 0x45
    CNTR64 = 0x46
    UINT32 = 0x47
    NOSUCHOBJECT = 0x80
    NOSUCHINSTANCE = 0x81
    ENDOFMIBVIEW = 0x82

    # Aliases the SDK header defines.
    INT32 = 0x02
    UNSIGNED32 = 0x42


class ErrorStatus(IntEnum):
    """SNMP_ERROR_* values of a PDU's error-status field (protocol errors, not API errors)."""

    NOERROR = 0
    TOOBIG = 1
    NOSUCHNAME = 2
    BADVALUE = 3
    READONLY = 4
    GENERR = 5
    NOACCESS = 6
    WRONGTYPE = 7
    WRONGLENGTH = 8
    WRONGENCODING = 9
    WRONGVALUE = 10
    NOCREATION = 11
    INCONSISTENTVALUE = 12
    RESOURCEUNAVAILABLE = 13
    COMMITFAILED = 14
    UNDOFAILED = 15
    AUTHORIZATIONERROR = 16
    NOTWRITABLE = 17
    INCONSISTENTNAME = 18


# RFC 3584 §4.3/§4.4: an SNMPv2 error-status as SNMPv1 carries it (proxy and v1 agent alike).
V2_TO_V1_ERROR_STATUS: dict[int, int] = {
    **{status: status for status in ErrorStatus if status <= ErrorStatus.GENERR},
    **dict.fromkeys(
        (
            ErrorStatus.WRONGVALUE,
            ErrorStatus.WRONGENCODING,
            ErrorStatus.WRONGTYPE,
            ErrorStatus.WRONGLENGTH,
            ErrorStatus.INCONSISTENTVALUE,
        ),
        ErrorStatus.BADVALUE,
    ),
    **dict.fromkeys(
        (
            ErrorStatus.NOACCESS,
            ErrorStatus.NOTWRITABLE,
            ErrorStatus.NOCREATION,
            ErrorStatus.INCONSISTENTNAME,
            ErrorStatus.AUTHORIZATIONERROR,
        ),
        ErrorStatus.NOSUCHNAME,
    ),
    **dict.fromkeys(
        (ErrorStatus.RESOURCEUNAVAILABLE, ErrorStatus.COMMITFAILED, ErrorStatus.UNDOFAILED),
        ErrorStatus.GENERR,
    ),
}

# net-snmp spells error-status names in camelCase (RFC 3416); administrators know those.
ERROR_STATUS_NAMES: dict[int, str] = {
    0: "noError",
    1: "tooBig",
    2: "noSuchName",
    3: "badValue",
    4: "readOnly",
    5: "genErr",
    6: "noAccess",
    7: "wrongType",
    8: "wrongLength",
    9: "wrongEncoding",
    10: "wrongValue",
    11: "noCreation",
    12: "inconsistentValue",
    13: "resourceUnavailable",
    14: "commitFailed",
    15: "undoFailed",
    16: "authorizationError",
    17: "notWritable",
    18: "inconsistentName",
}


class GenericTrap(IntEnum):
    """SNMP_TRAP_* generic-trap numbers of SNMPv1 traps."""

    COLDSTART = 0
    WARMSTART = 1
    LINKDOWN = 2
    LINKUP = 3
    AUTHFAIL = 4
    EGPNEIGHBORLOSS = 5
    ENTERPRISESPECIFIC = 6


class TranslateMode(IntEnum):
    TRANSLATED = SNMPAPI_TRANSLATED
    UNTRANSLATED_V1 = SNMPAPI_UNTRANSLATED_V1
    UNTRANSLATED_V2 = SNMPAPI_UNTRANSLATED_V2
    UNTRANSLATED_V3 = SNMPAPI_UNTRANSLATED_V3


class HandleKind(IntEnum):
    """The five WinSNMP handle kinds."""

    SESSION = 1
    ENTITY = 2
    CONTEXT = 3
    PDU = 4
    VBL = 5


class SnmpVersion(IntEnum):
    """Message version field values on the wire."""

    V1 = 0
    V2C = 1
    V3 = 3


# Well-known OIDs used by trap handling and timestamps.
SYS_UPTIME_0 = (1, 3, 6, 1, 2, 1, 1, 3, 0)
SNMP_TRAP_OID_0 = (1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0)
SNMP_TRAP_ENTERPRISE_0 = (1, 3, 6, 1, 6, 3, 1, 1, 4, 3, 0)
SNMP_TRAP_ADDRESS_0 = (1, 3, 6, 1, 6, 3, 18, 1, 3, 0)
SNMP_TRAP_COMMUNITY_0 = (1, 3, 6, 1, 6, 3, 18, 1, 4, 0)
SNMP_TRAPS = (1, 3, 6, 1, 6, 3, 1, 1, 5)

# An entity's retransmission policy: the default (net-snmp's -t 1 -r 2) and the accepted range.
DEFAULT_TIMEOUT_CS = 100  # 1 s
DEFAULT_RETRY = 2
MAX_TIMEOUT_CS = 100 * 3600  # an hour; anything longer is a typo
MAX_RETRY = 100
