"""A systematic bad-argument probe of the C-style facade (:mod:`snmpscope.core.winsnmp`).

Every ``Snmp*`` function of the module is found by introspection, and each of its parameters
is fed a table of wrong values (None, bools, text, bytes, floats, NaN, negative and huge ints,
containers, an unknown object; for handles also handles of every other kind, freed handles,
handles of a closed session, 0 and a number never issued; for OIDs, values and strings the
wrong values of their own kind) while every other argument is valid. Each call runs in a fresh,
started application (a :class:`World` of live handles and dead ones), so that no probe sees
what an earlier one did or undid.

What a parameter is, which of the table's values it accepts and which code it must fail with
otherwise is written once, per parameter name, in :data:`PARAMETERS`, with per-function
exceptions in :data:`OVERRIDES`. :func:`unknown_parameters` lists what the tables do not
cover, so that a new facade function or parameter cannot slip past the probe.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from snmpscope.core import winsnmp as w
from snmpscope.core.constants import ApiError, PduType, Syntax
from snmpscope.core.smi.values import SmiValue

# An address nothing answers on (the discard port of the loopback), for the entities.
AGENT = "127.0.0.1:9"
SNMPAPI_ON_VALUE = 1
USM_LEVEL_WORDS = {"1", "2", "3", "noauth", "noauthnopriv", "authnopriv", "authpriv"}
OID = (1, 3, 6, 1, 2, 1, 1, 1, 0)

# Functions without parameters (nothing to feed), and the one that cannot fail by design.
NO_PARAMETERS = frozenset(
    {
        "SnmpStartup",
        "SnmpStartupEx",
        "SnmpCleanup",
        "SnmpCleanupEx",
        "SnmpGetTranslateMode",
        "SnmpGetRetransmitMode",
    }
)
NEVER_FAILS = frozenset({"SnmpGetLastError"})


class Window:
    """A "window": anything with post_message(msg, wparam, lparam)."""

    def post_message(self, msg: int, wparam: int, lparam: int) -> None:
        return None


def ok_callback(*_args: object) -> int:
    return int(w.SNMPAPI_SUCCESS)


class Opaque:
    """An object of no type the facade knows."""

    def __repr__(self) -> str:
        return "Opaque()"


Value = Any
Labelled = list[tuple[str, Value]]

# The wrong values every parameter is fed.
COMMON: Labelled = [
    ("None", None),
    ("True", True),
    ("False", False),
    ("str", "1"),
    ("empty-str", ""),
    ("bytes", b"\x01\x03"),
    ("float", 1.0),
    ("half", 0.5),
    ("nan", math.nan),
    ("minus-one", -1),
    ("below-int32", -(2**31) - 1),
    ("int32-max+1", 2**31),
    ("uint32-max+1", 2**32),
    ("huge", 2**64),
    ("enormous", 10**40),
    ("list", [1]),
    ("empty-list", []),
    ("dict", {1: 2}),
    ("set", {1, 3}),
    ("object", Opaque()),
]

# Wrong values of a kind, fed to the parameters of that kind on top of COMMON.
BAD_OIDS: Labelled = [
    ("first-arc-3", (3, 1, 2)),
    ("arc-0.40", (0, 40, 1)),
    ("arc-1.40", (1, 40)),
    ("negative-arc", (1, 3, -1)),
    ("arc-over-2^32-1", (1, 3, 2**32)),
    ("bool-arc", (1, 3, True)),
    ("float-arc", (1, 3, 6.0)),
    ("str-arcs", ("1", "3")),
    ("none-arc", (1, 3, None)),
    ("129-arcs", (1, 3) + (1,) * 127),
    ("one-arc", (1,)),
    ("no-arcs", ()),
    ("dotted-text", "1.3.6.1"),
    ("bytearray", bytearray(b"\x01\x03\x06")),
    ("generator-of-text", lambda: (str(n) for n in (1, 3, 6))),
]
BAD_VALUES: Labelled = [
    ("bool-syntax", SmiValue(True, 5)),
    ("float-syntax", SmiValue(2.0, 5)),
    ("list-syntax", SmiValue([2], 5)),
    ("sequence-syntax", SmiValue(0x30, b"")),
    ("unknown-syntax", SmiValue(0x99, 5)),
    ("int-with-text", SmiValue(Syntax.INT, "5")),
    ("int-too-big", SmiValue(Syntax.INT, 2**31)),
    ("int-with-bool", SmiValue(Syntax.INT, True)),
    ("counter-negative", SmiValue(Syntax.CNTR32, -1)),
    ("counter64-too-big", SmiValue(Syntax.CNTR64, 2**64)),
    ("octets-with-int", SmiValue(Syntax.OCTETS, 5)),
    ("octets-with-list", SmiValue(Syntax.OCTETS, [1, 2])),
    ("ipaddress-3-octets", SmiValue(Syntax.IPADDR, b"\x01\x02\x03")),
    ("oid-value-first-arc-3", SmiValue(Syntax.OID, (3, 1))),
    ("oid-value-int", SmiValue(Syntax.OID, 5)),
    ("oid-value-text", SmiValue(Syntax.OID, "1.3.6")),
    ("tuple-not-smivalue", (Syntax.INT, 5)),
]
BAD_TEXT: Labelled = [
    ("nul", "1.3\x00.6"),
    ("surrogate", "\udc80"),
    ("long-text", "1." * 40_000 + "1"),
    ("bytes-not-utf8", b"\xff\xfe"),
    ("whitespace", " \t\n"),
    ("huge-port", "127.0.0.1:" + "9" * 5000),  # int() refuses 4,300 digits
]


@dataclass
class World:
    """A started default application with one live handle of each kind, dead handles of each
    kind (freed ones, and those of a closed session), and two descriptors."""

    app: Any
    session: int
    entity: int
    context: int
    pdu: int
    vbl: int
    dead: dict[str, int] = field(default_factory=dict)
    oid_descriptor: Any = None
    octets_descriptor: Any = None

    @classmethod
    def make(cls) -> World:
        app = w.reset_default_application()
        assert w.SnmpStartup()[0] == w.SNMPAPI_SUCCESS
        app.trap_endpoint = ("127.0.0.1", 0)  # a trap receiver, if one starts, takes a free port
        session = w.SnmpCreateSession(None, 0, ok_callback, None)
        entity = w.SnmpStrToEntity(session, AGENT)
        context = w.SnmpStrToContext(session, b"public")
        vbl = w.SnmpCreateVbl(session, OID, None)
        pdu = w.SnmpCreatePdu(session, PduType.GET, 0, 0, 0, vbl)
        assert all((session, entity, context, vbl, pdu)), w.SnmpGetLastError(None)
        world = cls(app, session, entity, context, pdu, vbl)
        closed = w.SnmpCreateSession(None, 0, ok_callback, None)
        made = {
            "entity": (w.SnmpStrToEntity(closed, AGENT), w.SnmpStrToEntity(session, AGENT)),
            "context": (w.SnmpStrToContext(closed, b"x"), w.SnmpStrToContext(session, b"x")),
            "vbl": (w.SnmpCreateVbl(closed), w.SnmpCreateVbl(session)),
            "pdu": (w.SnmpCreatePdu(closed), w.SnmpCreatePdu(session)),
        }
        free = {
            "entity": w.SnmpFreeEntity,
            "context": w.SnmpFreeContext,
            "vbl": w.SnmpFreeVbl,
            "pdu": w.SnmpFreePdu,
        }
        for kind, (of_closed, freed) in made.items():
            assert of_closed and freed
            assert free[kind](freed) == w.SNMPAPI_SUCCESS
            world.dead[f"{kind} of a closed session"] = of_closed
            world.dead[f"freed {kind}"] = freed
        assert w.SnmpClose(closed) == w.SNMPAPI_SUCCESS
        world.dead["closed session"] = closed
        world.oid_descriptor = w.SnmpStrToOid("1.3.6.1")[1]
        world.octets_descriptor = w.SnmpContextToStr(context)[1]
        return world

    def live(self) -> dict[str, int]:
        return {
            "session": self.session,
            "entity": self.entity,
            "context": self.context,
            "pdu": self.pdu,
            "vbl": self.vbl,
        }

    def close(self) -> None:
        if self.app.initialized:
            self.app._lifecycle.teardown()


def handle_values(world: World, kind: str) -> Labelled:
    """Numbers that are not a live ``kind`` handle: the other kinds, the dead ones of this
    kind, 0 and a number never issued."""
    values: Labelled = [(f"{name} handle", h) for name, h in world.live().items() if name != kind]
    values += [(name, h) for name, h in world.dead.items() if name.endswith(kind)]
    values += [("zero", 0), ("never issued", 10**6)]
    return values


def is_int(value: Value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def never(_value: Value) -> bool:
    return False


def anything(_value: Value) -> bool:
    return True


def null_handle(value: Value) -> bool:
    """None and 0 stand for NULL where a parameter allows NULL."""
    return value is None or (is_int(value) and value == 0)


def int32(value: Value) -> bool:
    return is_int(value) and -(2**31) <= value <= 2**31 - 1


def positive(value: Value) -> bool:
    return is_int(value) and value >= 1


def optional(check: Callable[[Value], bool]) -> Callable[[Value], bool]:
    return lambda value: value is None or check(value)


def loose_oid(value: Value) -> bool:
    """What SnmpOidCompare takes: 0..128 arcs, X.690's first two arcs when present."""
    if not isinstance(value, tuple | list) or len(value) > 128:
        return False
    arcs = list(value)
    if not all(is_int(a) and 0 <= a <= 2**32 - 1 for a in arcs):
        return False
    return not arcs or (arcs[0] <= 2 and (len(arcs) < 2 or arcs[0] == 2 or arcs[1] < 40))


@dataclass(frozen=True)
class Param:
    """One parameter: ``valid(world)`` gives the value the other probes use; a wrong value
    must fail with ``code`` (or ``codes[label]``); the values ``accepts`` admits may succeed
    (or fail later for another documented reason, never with OTHER_ERROR); ``handle`` names
    the kind whose other-kind and dead handles it is also fed; ``extra`` its own wrong values."""

    valid: Callable[[World], Value]
    code: int | None
    accepts: Callable[[Value], bool] = never
    handle: str | None = None
    extra: Labelled = field(default_factory=list)
    codes: dict[str, int] = field(default_factory=dict)


def handle(kind: str, code: ApiError, nullable: bool = False) -> Param:
    return Param(
        lambda world: getattr(world, kind),
        int(code),
        null_handle if nullable else never,
        handle=kind,
    )


def number(valid: Value, code: ApiError, accepts: Callable[[Value], bool] = never) -> Param:
    return Param(lambda _world: valid, int(code), accepts)


SESSION = handle("session", ApiError.SESSION_INVALID)
ENTITY = handle("entity", ApiError.ENTITY_INVALID)
CONTEXT = handle("context", ApiError.CONTEXT_INVALID)
PDU = handle("pdu", ApiError.PDU_INVALID)
VBL = handle("vbl", ApiError.VBL_INVALID)
# A C out-pointer: its truth says whether the output is wanted; any value is fine.
FLAG = Param(lambda _world: True, None, anything)
AN_OID = Param(lambda _world: OID, int(ApiError.OID_INVALID), extra=BAD_OIDS)
A_VALUE = Param(
    lambda _world: SmiValue(Syntax.INT, 5),
    int(ApiError.SYNTAX_INVALID),
    lambda value: value is None,
    extra=BAD_VALUES,
)
LIMIT = number(None, ApiError.SIZE_INVALID, optional(positive))

PARAMETERS: dict[str, Param] = {
    "session": SESSION,
    "entity": ENTITY,
    "dst": ENTITY,
    "src": handle("entity", ApiError.ENTITY_INVALID, nullable=True),
    "context": CONTEXT,
    "pdu": PDU,
    "vbl": VBL,
    "oid": AN_OID,
    "value": A_VALUE,
    "index": number(1, ApiError.INDEX_INVALID),
    "size": number(1408, ApiError.SIZE_INVALID, positive),
    "mode": number(1, ApiError.MODE_INVALID),
    "status": number(0, ApiError.MODE_INVALID),
    "port": number(1161, ApiError.OPERATION_INVALID),
    "policy_timeout": number(100, ApiError.SIZE_INVALID),
    "policy_retry": number(2, ApiError.SIZE_INVALID),
    "request_id": number(0, ApiError.PDU_INVALID, int32),
    "pdu_type": number(int(PduType.GET), ApiError.PDU_INVALID),
    "error_status": number(0, ApiError.PDU_INVALID, int32),
    "error_index": number(0, ApiError.PDU_INVALID, int32),
    "non_repeaters": number(None, ApiError.PDU_INVALID, optional(int32)),
    "max_repetitions": number(None, ApiError.PDU_INVALID, optional(int32)),
    "string": Param(lambda _world: AGENT, int(ApiError.ENTITY_UNKNOWN), extra=BAD_TEXT),
    "octets": Param(
        lambda _world: b"public",
        int(ApiError.CONTEXT_INVALID),
        lambda value: isinstance(value, str | bytes) and len(value) > 0,
        extra=BAD_TEXT,
    ),
    "message": Param(lambda _world: b"\x30\x00", int(ApiError.MESSAGE_INVALID), extra=BAD_TEXT),
    "syntax": number(int(Syntax.OID), ApiError.SYNTAX_INVALID),
    "descriptor": Param(
        lambda world: world.oid_descriptor,
        int(ApiError.OPERATION_INVALID),
        extra=[("plain-tuple", (1, 3, 6, 1)), ("octets-descriptor-for-oid", None)],
    ),
    "callback": Param(lambda _world: ok_callback, int(ApiError.OPERATION_INVALID)),
    "client_data": Param(lambda _world: None, None, anything),
    "hwnd": Param(lambda _world: None, None, anything),  # unused when a callback is given
    "wmsg": Param(lambda _world: 0, None, anything),  # unused when a callback is given
    "notification": Param(
        lambda _world: None, int(ApiError.OID_INVALID), lambda v: v is None, extra=BAD_OIDS
    ),
    "state": number(0, ApiError.MODE_INVALID, is_int),  # any int but OFF means ON (§5.6)
    "x": Param(lambda _world: OID, int(ApiError.OID_INVALID), loose_oid, extra=BAD_OIDS),
    "y": Param(lambda _world: OID, int(ApiError.OID_INVALID), loose_oid, extra=BAD_OIDS),
    "maxlen": number(0, ApiError.SIZE_INVALID),
    "vendor_info": FLAG,
    "policy": FLAG,
    "actual": FLAG,
    "sessions": LIMIT,
    "handles_per_session": LIMIT,
    "queue_per_session": LIMIT,
    "queue_bytes_per_session": LIMIT,
}

WINDOW = Param(
    lambda _world: Window(),
    int(ApiError.HWND_INVALID),
    codes={"None": int(ApiError.OPERATION_INVALID)},
)
WMSG = number(0x0400, ApiError.MESSAGE_INVALID)

# (function, parameter) -> what differs there from PARAMETERS.
OVERRIDES: dict[tuple[str, str], Param] = {
    # SnmpCreatePdu: no VBL is 0 (or None); type 0 is GETNEXT.
    ("SnmpCreatePdu", "vbl"): handle("vbl", ApiError.VBL_INVALID, nullable=True),
    ("SnmpCreatePdu", "pdu_type"): number(int(PduType.GET), ApiError.PDU_INVALID),
    # SnmpSetPduData: None leaves a field alone.
    ("SnmpSetPduData", "pdu_type"): number(None, ApiError.PDU_INVALID, lambda v: v is None),
    ("SnmpSetPduData", "request_id"): number(None, ApiError.PDU_INVALID, optional(int32)),
    ("SnmpSetPduData", "vbl"): replace(VBL, valid=lambda _world: None, accepts=lambda v: v is None),
    # SnmpGetPduData: every output is a flag (a C out-pointer).
    **{
        ("SnmpGetPduData", name): FLAG
        for name in ("pdu_type", "request_id", "error_status", "error_index", "vbl")
    },
    # SnmpCreateVbl: no OID is an empty list.
    ("SnmpCreateVbl", "oid"): replace(AN_OID, accepts=lambda v: v is None),
    # SnmpSetVb: index 0 appends; no OID with an index keeps the name.
    ("SnmpSetVb", "index"): number(1, ApiError.INDEX_INVALID),
    ("SnmpSetVb", "oid"): replace(AN_OID, accepts=lambda v: v is None),
    # SnmpStrToOid's string is an OID string.
    ("SnmpStrToOid", "string"): Param(
        lambda _world: "1.3.6.1", int(ApiError.OID_INVALID), extra=BAD_TEXT
    ),
    # SnmpRegister: NULL src/dst/context are wildcards.
    ("SnmpRegister", "src"): handle("entity", ApiError.ENTITY_INVALID, nullable=True),
    ("SnmpRegister", "dst"): handle("entity", ApiError.ENTITY_INVALID, nullable=True),
    ("SnmpRegister", "context"): handle("context", ApiError.CONTEXT_INVALID, nullable=True),
    # SnmpOpen names a window and a message.
    ("SnmpOpen", "hwnd"): replace(WINDOW, codes={}),
    ("SnmpOpen", "wmsg"): WMSG,
    # SnmpEntityToStr's buffer.
    ("SnmpEntityToStr", "size"): number(256, ApiError.SIZE_INVALID, positive),
    # SnmpCancelMsg: the request id of an outstanding request (none is).
    ("SnmpCancelMsg", "request_id"): number(12345, ApiError.PDU_INVALID),
    # SnmpSetEntitySecurity (our SNMPv3 extension): text fields, an engine ID in bytes
    ("SnmpSetEntitySecurity", "security_level"): Param(
        lambda _world: "noAuthNoPriv", int(ApiError.ENTITY_INVALID), extra=[("unknown", "x")]
    ),
    **{
        ("SnmpSetEntitySecurity", name): Param(
            lambda _world: "", int(ApiError.ENTITY_INVALID), lambda v: isinstance(v, str)
        )
        for name in ("auth_protocol", "auth_key", "priv_protocol", "priv_key")
    },
    **{
        ("SnmpSetLocalUser", name): Param(
            lambda _world: "", int(ApiError.ENTITY_INVALID), lambda v: isinstance(v, str)
        )
        for name in ("auth_protocol", "auth_key", "priv_protocol", "priv_key")
    },
    ("SnmpSetLocalUser", "user"): Param(
        lambda _world: "ops",
        int(ApiError.ENTITY_INVALID),
        lambda v: isinstance(v, str) and 0 < len(v.encode("utf-8", "surrogateescape")) <= 32,
        extra=[("empty", ""), ("long", "u" * 33)],
    ),
    ("SnmpSetLocalUser", "security_level"): Param(
        lambda _world: "noAuthNoPriv",
        int(ApiError.ENTITY_INVALID),
        lambda v: isinstance(v, str) and v.strip().lower() in USM_LEVEL_WORDS,
        extra=[("unknown", "x")],
    ),
    ("SnmpSetLocalUser", "on"): number(
        SNMPAPI_ON_VALUE, ApiError.MODE_INVALID, lambda v: v in (0, 1) and not isinstance(v, bool)
    ),
    ("SnmpSetEntitySecurity", "engine_id"): Param(
        lambda _world: b"", int(ApiError.ENTITY_INVALID), lambda v: isinstance(v, bytes)
    ),
}

# Functions probed in more than one setting: variant -> (function, arguments that differ).
VARIANTS: dict[str, tuple[str, dict[str, Param]]] = {
    "SnmpCreateSession(callback)": ("SnmpCreateSession", {}),
    "SnmpCreateSession(window)": (
        "SnmpCreateSession",
        {
            "hwnd": WINDOW,
            "wmsg": WMSG,
            "callback": Param(
                lambda _world: None, int(ApiError.OPERATION_INVALID), lambda v: v is None
            ),
        },
    ),
}


def facade_functions() -> dict[str, Callable[..., Any]]:
    """Every ``Snmp*`` function the facade module defines."""
    return {
        name: func
        for name, func in inspect.getmembers(w, inspect.isfunction)
        if name.startswith("Snmp") and func.__module__ == w.__name__
    }


def parameters(name: str) -> list[str]:
    return list(inspect.signature(facade_functions()[name]).parameters)


def targets() -> list[tuple[str, str, dict[str, Param]]]:
    """(label, function, variant parameters) for every function with parameters."""
    out: list[tuple[str, str, dict[str, Param]]] = []
    variant_functions = {func for func, _ in VARIANTS.values()}
    for name in sorted(facade_functions()):
        if name in NO_PARAMETERS or name in NEVER_FAILS:
            continue
        if name in variant_functions:
            out += [(label, f, extra) for label, (f, extra) in VARIANTS.items() if f == name]
        else:
            out.append((name, name, {}))
    return out


def spec(function: str, parameter: str, variant: dict[str, Param]) -> Param:
    if parameter in variant:
        return variant[parameter]
    return OVERRIDES.get((function, parameter)) or PARAMETERS[parameter]


def unknown_parameters() -> list[str]:
    """Facade parameters no table describes (should be none)."""
    missing = []
    for name in facade_functions():
        if name in NO_PARAMETERS or name in NEVER_FAILS:
            if name in NO_PARAMETERS and parameters(name):
                missing.append(f"{name} has parameters now")
            continue
        missing += [
            f"{name}({p})"
            for p in parameters(name)
            if (name, p) not in OVERRIDES and p not in PARAMETERS
        ]
    return missing


def wrong_values(world: World, param: Param) -> Labelled:
    values = list(COMMON) + list(param.extra)
    if param.handle is not None:
        values += handle_values(world, param.handle)
    return values


@dataclass(frozen=True)
class Outcome:
    """One probe call: the argument's label, whether the call failed, the last error."""

    label: str
    value: Value
    failed: bool
    code: int | None
    raised: str | None = None


def call(function: str, variant: dict[str, Param], parameter: str, label: str) -> Outcome:
    """Call ``function`` in a fresh world with ``parameter`` set to the wrong value ``label``
    and every other argument valid."""
    world = World.make()
    try:
        args = {p: spec(function, p, variant).valid(world) for p in parameters(function)}
        param = spec(function, parameter, variant)
        value = dict(wrong_values(world, param))[label]
        if label == "octets-descriptor-for-oid":
            value = world.octets_descriptor
        elif callable(value) and label.startswith("generator"):
            value = value()  # a fresh generator for every call
        args[parameter] = value
        try:
            result = facade_functions()[function](**args)
        except Exception as exc:  # the facade must never raise
            return Outcome(label, value, True, None, f"{type(exc).__name__}: {exc}")
        status = result[0] if isinstance(result, tuple) else result
        failed = status == w.SNMPAPI_FAILURE
        return Outcome(label, value, failed, w.SnmpGetLastError(None) if failed else None)
    finally:
        world.close()


def labels(function: str, variant: dict[str, Param], parameter: str) -> list[str]:
    world = World.make()
    try:
        return [label for label, _ in wrong_values(world, spec(function, parameter, variant))]
    finally:
        world.close()


def judge(param: Param, outcome: Outcome) -> str | None:
    """Why ``outcome`` is wrong for its value (None: it is right)."""
    value = outcome.value
    if outcome.raised is not None:
        return f"raised {outcome.raised}"
    if outcome.code == ApiError.OTHER_ERROR:
        return "OTHER_ERROR"
    if param.accepts(value):
        return None
    expected = param.codes.get(outcome.label, param.code)
    if expected is None:
        return None
    if not outcome.failed:
        return f"succeeded; expected {ApiError(expected).name}"
    if outcome.code != expected:
        return f"{_name(outcome.code)}; expected {ApiError(expected).name}"
    return None


def _name(code: int | None) -> str:
    try:
        return ApiError(code).name
    except ValueError:
        return str(code)


def _short(value: Value) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
