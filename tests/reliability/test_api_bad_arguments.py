"""The Pythonic face (:mod:`snmpscope.core.api`) answers wrong arguments with SnmpApiError and
the precise code, as the C facade does; before, several raised AttributeError, TypeError or
ValueError from deep inside the model (an int as an address, a bad version, a varbind that
is not a pair), and a string as SNMPv3 security was taken."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from snmpscope.core.api import Entity, Session, Snmp
from snmpscope.core.constants import ApiError, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application

Call = Callable[[Snmp, Session, Entity], object]

CASES: list[tuple[str, Call, ApiError]] = [
    ("entity(int)", lambda _a, s, _e: s.entity(5), ApiError.ENTITY_UNKNOWN),
    ("entity(None)", lambda _a, s, _e: s.entity(None), ApiError.ENTITY_UNKNOWN),
    ("entity(bytes)", lambda _a, s, _e: s.entity(b"127.0.0.1"), ApiError.ENTITY_UNKNOWN),
    ("entity(version 99)", lambda _a, s, _e: s.entity("127.0.0.1", 99), ApiError.ENTITY_UNKNOWN),
    (
        "entity(version '2c')",
        lambda _a, s, _e: s.entity("127.0.0.1", "2c"),
        ApiError.ENTITY_UNKNOWN,
    ),
    (
        "entity(v3, no user)",
        lambda _a, s, _e: s.entity("127.0.0.1", SnmpVersion.V3),
        ApiError.ENTITY_UNKNOWN,
    ),
    (
        "entity(security str)",
        lambda _a, s, _e: s.entity("127.0.0.1", SnmpVersion.V3, security="x"),
        ApiError.ENTITY_UNKNOWN,
    ),
    ("entity(name int)", lambda _a, s, _e: s.entity("127.0.0.1", name=5), ApiError.ENTITY_UNKNOWN),
    (
        "entity(timeout str)",
        lambda _a, s, _e: s.entity("127.0.0.1", timeout_cs="x"),
        ApiError.SIZE_INVALID,
    ),
    (
        "entity(retry True)",
        lambda _a, s, _e: s.entity("127.0.0.1", retry=True),
        ApiError.SIZE_INVALID,
    ),
    ("vbl(int)", lambda _a, s, _e: s.vbl(5), ApiError.OID_INVALID),
    ("vbl([int])", lambda _a, s, _e: s.vbl([5]), ApiError.OID_INVALID),
    ("vbl([triple])", lambda _a, s, _e: s.vbl([(1, 2, 3)]), ApiError.OID_INVALID),
    ("vbl([3.1.2])", lambda _a, s, _e: s.vbl([((3, 1, 2), None)]), ApiError.OID_INVALID),
    ("pdu(type str)", lambda _a, s, _e: s.pdu("x"), ApiError.PDU_INVALID),
    ("pdu(type 160.0)", lambda _a, s, _e: s.pdu(160.0), ApiError.PDU_INVALID),
    ("context(int)", lambda _a, s, _e: s.context(5), ApiError.CONTEXT_INVALID),
    ("context(lone surrogate)", lambda _a, s, _e: s.context("\ud800"), ApiError.CONTEXT_INVALID),
    ("entity.version = 99", lambda _a, _s, e: setattr(e, "version", 99), ApiError.ENTITY_UNKNOWN),
    ("entity.port = 'x'", lambda _a, _s, e: setattr(e, "port", "x"), ApiError.OPERATION_INVALID),
    ("entity.retry = None", lambda _a, _s, e: setattr(e, "retry", None), ApiError.SIZE_INVALID),
    (
        "register(notification int)",
        lambda _a, s, _e: s.register(notification=5),
        ApiError.OID_INVALID,
    ),
    ("cancel(str)", lambda _a, s, _e: s.cancel("x"), ApiError.PDU_INVALID),
    (
        "translate_mode = True",
        lambda a, _s, _e: setattr(a, "translate_mode", True),
        ApiError.MODE_INVALID,
    ),
    ("set_limits(str)", lambda a, _s, _e: a.set_limits("x"), ApiError.SIZE_INVALID),
    (
        "trap endpoint port str",
        lambda a, _s, _e: a.app.set_trap_endpoint("127.0.0.1", "x"),
        ApiError.SIZE_INVALID,
    ),
]


@pytest.fixture
def world(fresh: Application) -> Iterator[tuple[Snmp, Session, Entity]]:
    with Snmp(fresh) as snmp, snmp.session() as session:
        yield snmp, session, session.entity("127.0.0.1:9")


@pytest.mark.parametrize(("label", "call", "code"), CASES, ids=[c[0] for c in CASES])
def test_a_wrong_argument_is_an_snmp_api_error_with_its_code(
    world: tuple[Snmp, Session, Entity], label: str, call: Call, code: ApiError
) -> None:
    snmp, session, entity = world
    with pytest.raises(SnmpApiError) as caught:
        call(snmp, session, entity)
    assert caught.value.code == code, caught.value.message
    assert snmp.last_error == code
    assert "\n" not in caught.value.message and len(caught.value.message) < 300
