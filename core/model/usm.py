"""SNMPv3 USM vocabulary: security levels, protocol names, checks, and Reports in words.

Plain data, no pysnmp: the CLI checks its options with it before anything loads, the
transport maps the names onto pysnmp's USM services, and every face explains a Report PDU
(RFC 3414 §3.2, RFC 3412 §7.2) with :func:`explain_report`.

Protocol names are net-snmp's spelling (``-a``/``-x``). AES-192/AES-256 exist in two key
localisation variants: ``AES-192``/``AES-256`` extend a short localised key the Blumenthal
draft's way (net-snmp's), ``AES-192-C``/``AES-256-C`` the Reeder draft's way (Cisco's
"AES256C", pysnmp's ``usmAesCfb256Protocol``).
"""

from __future__ import annotations

from snmpscope.core.constants import ApiError
from snmpscope.core.model.states import V3Security

SECURITY_LEVELS = ("noAuthNoPriv", "authNoPriv", "authPriv")
AUTH_PROTOCOLS = ("MD5", "SHA", "SHA-224", "SHA-256", "SHA-384", "SHA-512")
PRIV_PROTOCOLS = ("DES", "3DES", "AES", "AES-192", "AES-256", "AES-192-C", "AES-256-C")
MIN_PASSPHRASE = 8  # RFC 3414 §11.2 (net-snmp refuses shorter ones too)
MAX_USER_NAME = 32  # SnmpAdminString (SIZE(1..32)) of usmUserName

_AUTH_ALIASES = {name.replace("-", ""): name for name in AUTH_PROTOCOLS} | {"SHA1": "SHA"}
_PRIV_ALIASES = {name.replace("-", ""): name for name in PRIV_PROTOCOLS} | {
    "AES128": "AES",
    "3DESEDE": "3DES",
    "AES192C": "AES-192-C",
    "AES256C": "AES-256-C",
}
OTHER_AES_VARIANT = {
    "AES-192": "AES-192-C",
    "AES-256": "AES-256-C",
    "AES-192-C": "AES-192",
    "AES-256-C": "AES-256",
}


class UsmParameterError(ValueError):
    """A USM parameter that cannot work; ``field`` names it (``level``, ``auth_protocol`` ...)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


def auth_protocol(text: str) -> str:
    """The canonical name of an authentication protocol (``sha256`` -> ``SHA-256``)."""
    name = _AUTH_ALIASES.get(text.strip().upper().replace("-", "").replace("_", ""))
    if name is None:
        raise UsmParameterError(
            "auth_protocol",
            f"unknown authentication protocol {text!r} ({'|'.join(AUTH_PROTOCOLS)})",
        )
    return name


def priv_protocol(text: str) -> str:
    """The canonical name of a privacy protocol (``aes256c`` -> ``AES-256-C``)."""
    name = _PRIV_ALIASES.get(text.strip().upper().replace("-", "").replace("_", ""))
    if name is None:
        raise UsmParameterError(
            "priv_protocol", f"unknown privacy protocol {text!r} ({'|'.join(PRIV_PROTOCOLS)})"
        )
    return name


def security_level(text: str) -> str:
    """``noAuthNoPriv``/``authNoPriv``/``authPriv`` in any case (net-snmp also takes 1..3)."""
    value = text.strip().lower()
    aliases = {"1": "noauthnopriv", "2": "authnopriv", "3": "authpriv", "noauth": "noauthnopriv"}
    value = aliases.get(value, value)
    for level in SECURITY_LEVELS:
        if level.lower() == value:
            return level
    raise UsmParameterError("level", f"bad security level {text!r} ({'|'.join(SECURITY_LEVELS)})")


def check_security(security: V3Security) -> V3Security:
    """``security`` with canonical names, or :class:`UsmParameterError` naming the first
    field that cannot work (what net-snmp's tools refuse before sending, in its order)."""
    level = security_level(security.security_level)
    user = security.user
    if not user:
        raise UsmParameterError("user", "an SNMPv3 request needs a user name")
    if len(user.encode("utf-8", "surrogateescape")) > MAX_USER_NAME:
        raise UsmParameterError("user", f"the user name is longer than {MAX_USER_NAME} octets")
    auth = auth_protocol(security.auth_protocol) if security.auth_protocol else ""
    priv = priv_protocol(security.priv_protocol) if security.priv_protocol else ""
    if level != "noAuthNoPriv":
        auth = auth or "MD5"  # net-snmp's default authentication protocol
        if not security.auth_key:
            raise UsmParameterError("auth_key", f"{level} needs an authentication passphrase")
        if len(security.auth_key) < MIN_PASSPHRASE:
            raise UsmParameterError(
                "auth_key",
                f"the authentication passphrase must have at least {MIN_PASSPHRASE} characters",
            )
    if level == "authPriv":
        priv = priv or "DES"  # net-snmp's default privacy protocol
        if not security.priv_key:
            raise UsmParameterError("priv_key", "authPriv needs a privacy passphrase")
        if len(security.priv_key) < MIN_PASSPHRASE:
            raise UsmParameterError(
                "priv_key",
                f"the privacy passphrase must have at least {MIN_PASSPHRASE} characters",
            )
    return V3Security(
        user=user,
        security_level=level,
        auth_protocol=auth if level != "noAuthNoPriv" else "",
        auth_key=security.auth_key if level != "noAuthNoPriv" else "",
        priv_protocol=priv if level == "authPriv" else "",
        priv_key=security.priv_key if level == "authPriv" else "",
        engine_id=security.engine_id,
        boots_time=security.boots_time,
    )


# Report OIDs (RFC 3414 usmStats*, RFC 3412 snmp* counters, RFC 3413 snmpUnknownContexts)
USM_STATS = (1, 3, 6, 1, 6, 3, 15, 1, 1)
REPORT_CODES: dict[tuple[int, ...], ApiError] = {
    (*USM_STATS, 1, 0): ApiError.RPT_UNSUPPSECLEVEL,
    (*USM_STATS, 2, 0): ApiError.RPT_NOTINTIMEWINDOW,
    (*USM_STATS, 3, 0): ApiError.RPT_UNKNOWNUSERNAME,
    (*USM_STATS, 4, 0): ApiError.RPT_UNKNOWNENGINEID,
    (*USM_STATS, 5, 0): ApiError.RPT_WRONGDIGEST,
    (*USM_STATS, 6, 0): ApiError.RPT_DECRYPTIONERROR,
    (1, 3, 6, 1, 6, 3, 11, 2, 1, 1, 0): ApiError.RPT_UNKNOWNSECMODEL,
    (1, 3, 6, 1, 6, 3, 11, 2, 1, 2, 0): ApiError.RPT_INVALIDMSG,
    (1, 3, 6, 1, 6, 3, 11, 2, 1, 3, 0): ApiError.RPT_OTHER,  # snmpUnknownPDUHandlers
    (1, 3, 6, 1, 2, 1, 11, 6, 0): ApiError.RPT_INASNPARSEERR,  # snmpInASNParseErrs
}
SNMP_UNKNOWN_CONTEXTS = (1, 3, 6, 1, 6, 3, 12, 1, 5, 0)
SNMP_UNAVAILABLE_CONTEXTS = (1, 3, 6, 1, 6, 3, 12, 1, 4, 0)
UNKNOWN_PDU_HANDLERS = (1, 3, 6, 1, 6, 3, 11, 2, 1, 3, 0)
REPORT_NAMES: dict[tuple[int, ...], str] = {
    (*USM_STATS, 1, 0): "usmStatsUnsupportedSecLevels",
    (*USM_STATS, 2, 0): "usmStatsNotInTimeWindows",
    (*USM_STATS, 3, 0): "usmStatsUnknownUserNames",
    (*USM_STATS, 4, 0): "usmStatsUnknownEngineIDs",
    (*USM_STATS, 5, 0): "usmStatsWrongDigests",
    (*USM_STATS, 6, 0): "usmStatsDecryptionErrors",
    SNMP_UNKNOWN_CONTEXTS: "snmpUnknownContexts",
    SNMP_UNAVAILABLE_CONTEXTS: "snmpUnavailableContexts",
    (1, 3, 6, 1, 6, 3, 11, 2, 1, 1, 0): "snmpUnknownSecurityModels",
    (1, 3, 6, 1, 6, 3, 11, 2, 1, 2, 0): "snmpInvalidMsgs",
    (1, 3, 6, 1, 6, 3, 11, 2, 1, 3, 0): "snmpUnknownPDUHandlers",
}


def report_code(oid: tuple[int, ...]) -> ApiError:
    """The SNMPAPI_RPT_* code of a Report's first varbind OID."""
    return REPORT_CODES.get(tuple(oid), ApiError.RPT_OTHER)


def explain_report(
    code: int,
    security: V3Security | None = None,
    context_name: str = "",
    report_oid: tuple[int, ...] | None = None,
) -> str:
    """What a Report (or a v3 failure code) means for the administrator, and what to check."""
    user = security.user if security is not None else ""
    level = security.security_level if security is not None else ""
    if report_oid is not None and tuple(report_oid) in (
        SNMP_UNKNOWN_CONTEXTS,
        SNMP_UNAVAILABLE_CONTEXTS,
    ):
        return (
            f"the agent does not serve the context {context_name!r} (snmpUnknownContexts) — "
            "check the context name (-n) and the context engine ID (-E)"
        )
    if report_oid is not None and tuple(report_oid) == UNKNOWN_PDU_HANDLERS:
        return (
            "the agent has nothing that answers this request in that context "
            "(snmpUnknownPDUHandlers) — check the context engine ID (-E) and the context name (-n)"
        )
    texts = {
        ApiError.RPT_UNKNOWNUSERNAME: (
            f"the agent does not know user {user!r} (usmStatsUnknownUserNames) — check the "
            "user name, or that the agent's engine ID matches the one the user was created for"
        ),
        ApiError.RPT_WRONGDIGEST: (
            f"the agent rejected the authentication of user {user!r} (usmStatsWrongDigests) — "
            "check the authentication passphrase (-A) and protocol (-a)"
        ),
        ApiError.RPT_UNSUPPSECLEVEL: (
            f"the agent does not allow security level {level} for user {user!r} "
            "(usmStatsUnsupportedSecLevels) — check the security level (-l) and which "
            "protocols the user was created with"
        ),
        ApiError.RPT_NOTINTIMEWINDOW: (
            "the agent's clock and ours disagree even after resynchronising "
            "(usmStatsNotInTimeWindows) — check the engine boots/time (-Z) and that the "
            "engine ID (-e) is the agent's"
        ),
        ApiError.RPT_UNKNOWNENGINEID: (
            "the agent does not accept the engine ID the request was sent to "
            "(usmStatsUnknownEngineIDs) — check the engine ID (-e) or leave it out to discover it"
        ),
        ApiError.RPT_DECRYPTIONERROR: (
            f"the agent could not decrypt the request of user {user!r} "
            "(usmStatsDecryptionErrors) — check the privacy passphrase (-X) and protocol (-x)"
        ),
        ApiError.RPT_UNKNOWNSECMODEL: (
            "the agent does not support the User-based Security Model (snmpUnknownSecurityModels)"
        ),
        ApiError.RPT_INVALIDMSG: "the agent found the message invalid (snmpInvalidMsgs)",
        ApiError.RPT_INASNPARSEERR: (
            "the agent could not parse the message (snmpInASNParseErrs) — a wrong privacy "
            "passphrase or protocol makes the decrypted PDU garbage"
        ),
        ApiError.ENGINE_DISCOVERY_FAILED: (
            "the agent answered engine discovery in a way that cannot be used"
        ),
    }
    text = texts.get(ApiError(code)) if code in ApiError._value2member_map_ else None
    if code == ApiError.RPT_DECRYPTIONERROR and security is not None:
        text = f"{text}{aes_hint(security)}"
    if text is None:
        name = REPORT_NAMES.get(tuple(report_oid), "") if report_oid else ""
        oid = ".".join(map(str, report_oid)) if report_oid else ""
        text = f"the agent sent a Report {name or oid or '(no varbind)'}"
    return text


def explain_silent_priv(security: V3Security, context_name: str = "") -> str:
    """A timeout of an authPriv request while the agent answers the same user at authNoPriv:
    agents drop what they cannot decrypt, so the privacy side is what is wrong."""
    return (
        f"no response to the encrypted request, but the agent answers user {security.user!r} "
        "without privacy — the privacy passphrase (-X) or protocol (-x) is wrong"
        + aes_hint(security)
        + (
            f", or the agent does not serve context {context_name!r} (-n) and drops what "
            "asks for it"
            if context_name
            else ""
        )
    )


def aes_hint(security: V3Security) -> str:
    """For AES-192/AES-256: the other key-extension variant is worth a try."""
    other = OTHER_AES_VARIANT.get(security.priv_protocol)
    if other is None:
        return ""
    return f"; for {security.priv_protocol} also try {other} (--probe-aes)"
