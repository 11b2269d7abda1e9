"""The Pythonic API: objects, exceptions with the SNMPAPI code, context managers."""

from __future__ import annotations

import pytest

from snmpscope.core.api import Snmp
from snmpscope.core.constants import ApiError, PduType, SnmpVersion, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.values import SmiValue, make_value

SYS_NAME = (1, 3, 6, 1, 2, 1, 1, 5, 0)


def test_objects_and_context_managers() -> None:
    with Snmp() as snmp:
        with snmp.session(name="lab") as session:
            assert session.name == "lab"
            agent = session.entity("[::1]:1161", version=SnmpVersion.V1, timeout_cs=50, retry=0)
            assert (agent.port, agent.version, agent.timeout_cs, agent.retry) == (1161, 0, 50, 0)
            agent.retry = 0  # 0 means no retries in the Pythonic API (not "default")
            assert agent.retry == 0
            agent.port = 2161
            assert str(agent) == "[::1]:2161"
            community = session.context("public")
            assert community.community == b"public"
            pdu = session.pdu(
                PduType.GETBULK, [(SYS_NAME, None)], non_repeaters=1, max_repetitions=10
            )
            assert (pdu.type, pdu.error_status, pdu.error_index) == (0xA5, 1, 10)
            pdu.update(varbinds=[(SYS_NAME, make_value(Syntax.OCTETS, b"r1"))], request_id=42)
            assert pdu.request_id == 42
            assert pdu.varbinds == [(SYS_NAME, SmiValue(Syntax.OCTETS, b"r1"))]
            vbl = session.vbl()
            vbl.append(SYS_NAME, make_value(Syntax.INT, 3))
            vbl[0] = (SYS_NAME, make_value(Syntax.INT, 4))
            assert list(vbl) == [(SYS_NAME, SmiValue(Syntax.INT, 4))]
            with pytest.raises(SnmpApiError) as caught:
                vbl[5] = (SYS_NAME, None)
            assert caught.value.code == ApiError.INDEX_INVALID
            del vbl[0]
            assert len(vbl) == 0
        assert not pdu.valid
        assert not session.valid


def test_errors_carry_code_and_clear_text() -> None:
    with Snmp() as snmp, snmp.session() as session:
        with pytest.raises(SnmpApiError) as caught:
            session.entity("10.0.0.1:99999")
        assert caught.value.code == ApiError.ENTITY_UNKNOWN
        assert "99999" in str(caught.value)
        assert "SNMPAPI_ENTITY_UNKNOWN (6)" in str(caught.value)
        assert session.last_error == ApiError.ENTITY_UNKNOWN
        with pytest.raises(SnmpApiError) as caught:
            session.vbl([((1, 3, 6), SmiValue(Syntax.IPADDR, b"\x01\x02"))])
        assert caught.value.code == ApiError.SYNTAX_INVALID
        assert "4 octets" in str(caught.value)


def test_entity_from_string_follows_translate_mode() -> None:
    with Snmp() as snmp, snmp.session() as session:
        snmp.translate_mode = 2
        assert session.entity_from_string("10.0.0.1").version == SnmpVersion.V2C
        snmp.retransmit = False
        assert snmp.retransmit is False
