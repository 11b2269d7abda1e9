"""Traps and informs: net-snmp's snmptrap/snmpinform to our receiver, filtered per session,
SNMPv1 traps converted (RFC 3584 §3.1); traps and informs we send, received by a second
application's receiver and, byte for byte, by a raw socket decoded with pysnmp."""

from __future__ import annotations

import socket

import pytest
from agents.netsnmp import NetSnmpTools
from agents.silent import SilentPort
from agents.snmpd import free_udp_port as free_port
from pyasn1.codec.ber import decoder
from pysnmp.proto import api
from transportkit import Notes, flushed, oid, received

from snmpscope.core import winsnmp as w
from snmpscope.core.api import Message, Session, Snmp, new_application
from snmpscope.core.constants import (
    SNMP_TRAP_ADDRESS_0,
    SNMP_TRAP_COMMUNITY_0,
    SNMP_TRAP_ENTERPRISE_0,
    SNMP_TRAP_OID_0,
    SYS_UPTIME_0,
    ApiError,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.application import Application
from snmpscope.core.model.states import PduData, PduState
from snmpscope.core.smi.values import SmiValue, VarBind, make_value
from snmpscope.core.transport import transport_of
from snmpscope.core.transport.codec import PysnmpCodec, WireMessage

LINK_DOWN = oid("1.3.6.1.6.3.1.1.5.3")
LINK_UP = oid("1.3.6.1.6.3.1.1.5.4")
COLD_START = oid("1.3.6.1.6.3.1.1.5.1")
NET_SNMP_NOTIFS = oid("1.3.6.1.4.1.8072.2.3")
IF_INDEX_1 = oid("1.3.6.1.2.1.2.2.1.1.1")
SYS_NAME_0 = oid("1.3.6.1.2.1.1.5.0")


def trap_port(snmp: Snmp) -> int:
    return snmp.app.trap_endpoint[1]


def receive(session: Session, timeout: float = 10) -> Message:
    note = session.wait_notification(timeout=timeout)
    assert note is not None, "no notification arrived"
    assert note.event == 0
    message = session.recv()
    assert message.pdu.request_id == note.request_id
    return message


def test_snmptrap_v2c_is_delivered_as_sent(snmp: Snmp, netsnmp: NetSnmpTools) -> None:
    with snmp.session() as session:
        session.register()
        port = trap_port(snmp)
        assert port != 0
        result = netsnmp.trap("127.0.0.1", port, LINK_DOWN, (IF_INDEX_1, "i", "1"), uptime=1234)
        assert result.returncode == 0, result.stderr
        message = receive(session)
        assert message.pdu.type == PduType.TRAP
        assert message.pdu.varbinds == [
            (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 1234)),
            (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, LINK_DOWN)),
            (IF_INDEX_1, SmiValue(Syntax.INT, 1)),
        ]
        assert message.src.address.ip == "127.0.0.1"
        assert message.src.version == SnmpVersion.V2C
        assert message.context.community == b"public"
        assert message.dst.address.port == port
        assert message.pdu.status.state is PduState.RECEIVED


def test_snmptrap_v1_is_converted_with_snmp_trap_enterprise_last(
    snmp: Snmp, netsnmp: NetSnmpTools
) -> None:
    with snmp.session() as session:
        session.register()
        result = netsnmp.trap_v1(
            "127.0.0.1",
            trap_port(snmp),
            NET_SNMP_NOTIFS,
            6,
            17,
            (SYS_NAME_0, "s", "v1-trap"),
            agent_addr="192.0.2.7",
            uptime=4242,
        )
        assert result.returncode == 0, result.stderr
        message = receive(session)
        assert message.pdu.type == PduType.TRAP
        assert message.pdu.request_id != 0
        assert message.src.version == SnmpVersion.V1
        assert message.pdu.varbinds == [
            (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 4242)),
            (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, (*NET_SNMP_NOTIFS, 0, 17))),
            (SYS_NAME_0, SmiValue(Syntax.OCTETS, b"v1-trap")),
            (SNMP_TRAP_ADDRESS_0, SmiValue(Syntax.IPADDR, bytes([192, 0, 2, 7]))),
            (SNMP_TRAP_COMMUNITY_0, SmiValue(Syntax.OCTETS, b"public")),
            (SNMP_TRAP_ENTERPRISE_0, SmiValue(Syntax.OID, NET_SNMP_NOTIFS)),
        ]


def test_snmptrap_v1_generic_trap_maps_to_snmp_traps(snmp: Snmp, netsnmp: NetSnmpTools) -> None:
    with snmp.session() as session:
        session.register()
        netsnmp.trap_v1("127.0.0.1", trap_port(snmp), NET_SNMP_NOTIFS, 3, 0, uptime=5)
        message = receive(session)
        assert message.pdu.varbinds[1] == (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, LINK_UP))
        assert message.pdu.varbinds[-1] == (
            SNMP_TRAP_ENTERPRISE_0,
            SmiValue(Syntax.OID, NET_SNMP_NOTIFS),
        )


def test_registrations_filter_per_session(snmp: Snmp, netsnmp: NetSnmpTools) -> None:
    links = snmp.session(name="links")
    vendor = snmp.session(name="vendor")
    other_community = snmp.session(name="other community")
    from_agent = snmp.session(name="from 127.0.0.1")
    links.register(notification=LINK_DOWN)
    links.register(notification=LINK_UP)
    vendor.register(notification=NET_SNMP_NOTIFS)
    other_community.register(context=other_community.context("not-public"))
    from_agent.register(agent=from_agent.entity("127.0.0.1"))
    port = trap_port(snmp)
    netsnmp.trap("127.0.0.1", port, LINK_DOWN, (IF_INDEX_1, "i", "1"))
    netsnmp.trap_v1("127.0.0.1", port, NET_SNMP_NOTIFS, 6, 17)
    netsnmp.trap("127.0.0.1", port, COLD_START)
    netsnmp.trap("127.0.0.1", port, LINK_UP, (IF_INDEX_1, "i", "1"))
    received(snmp.app, 4)

    def trap_oids(session: Session) -> list[tuple[int, ...]]:
        found = []
        while session.queued:
            found.append(session.recv().pdu.varbinds[1][1].value)
        return found  # type: ignore[return-value]

    assert trap_oids(links) == [LINK_DOWN, LINK_UP]
    assert trap_oids(vendor) == [(*NET_SNMP_NOTIFS, 0, 17)]
    assert trap_oids(other_community) == []
    assert trap_oids(from_agent) == [LINK_DOWN, (*NET_SNMP_NOTIFS, 0, 17), COLD_START, LINK_UP]
    for session in (links, vendor, other_community, from_agent):
        session.close()


def test_snmpinform_is_acknowledged_and_delivered(snmp: Snmp, netsnmp: NetSnmpTools) -> None:
    with snmp.session() as session:
        session.register(notification=LINK_UP)
        proc = netsnmp.inform_popen(
            "127.0.0.1", trap_port(snmp), LINK_UP, (IF_INDEX_1, "i", "1"), timeout=2, retries=2
        )
        _, stderr = proc.communicate(timeout=30)
        assert proc.returncode == 0, stderr  # 0: the tool received our acknowledgement
        message = receive(session)
        assert message.pdu.type == PduType.INFORM
        assert message.pdu.varbinds[1:] == [
            (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, LINK_UP)),
            (IF_INDEX_1, SmiValue(Syntax.INT, 1)),
        ]
        assert session.queued == 0
    stats = flushed(snmp.app).stats
    assert stats.informs >= 1
    assert stats.informs - stats.duplicate_informs == 1


def test_a_repeated_inform_is_acknowledged_twice_and_delivered_once(snmp: Snmp) -> None:
    with snmp.session() as session:
        session.register()
        inform = PysnmpCodec().encode(
            WireMessage(
                SnmpVersion.V2C,
                b"public",
                PduData(
                    PduType.INFORM,
                    4711,
                    0,
                    0,
                    [
                        (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 1)),
                        (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, COLD_START)),
                    ],
                ),
            )
        )
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
            sender.settimeout(5)
            acks = []
            for _ in range(2):
                sender.sendto(inform, ("127.0.0.1", trap_port(snmp)))
                acks.append(PysnmpCodec().decode(sender.recv(65535)))
        assert [(a.pdu.type, a.pdu.request_id, a.pdu.error_status) for a in acks] == [
            (PduType.RESPONSE, 4711, 0)
        ] * 2
        assert acks[0].pdu.varbinds[1] == (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, COLD_START))
        flushed(snmp.app)
        assert session.queued == 1
    assert flushed(snmp.app).stats.duplicate_informs == 1


def test_trap_receiver_on_ipv6(netsnmp: NetSnmpTools) -> None:
    app = new_application()
    app.trap_endpoint = ("::1", 0)
    with Snmp(app) as snmp, snmp.session() as session:
        session.register()
        netsnmp.trap("::1", trap_port(snmp), LINK_DOWN)
        message = receive(session)
        assert message.src.address.ip == "::1"
        assert message.pdu.varbinds[1] == (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, LINK_DOWN))


def test_trap_port_in_use_is_tl_in_use_naming_the_port(facade: Application) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
        squatter.bind(("127.0.0.1", 0))
        port = squatter.getsockname()[1]
        facade.trap_endpoint = ("127.0.0.1", port)
        session = w.SnmpCreateSession(None, 0, Notes(), None)
        assert w.SnmpRegister(session, None, None, None, None, w.SNMPAPI_ON) == 0
        assert w.SnmpGetLastError(session) == w.SNMPAPI_TL_IN_USE
        with pytest.raises(SnmpApiError) as caught:
            facade.register(session, None, None, None, None, w.SNMPAPI_ON)
        assert f"127.0.0.1:{port}" in caught.value.detail
        assert facade.registrations(session) == []


def test_trap_receiver_moves_with_its_registrations(snmp: Snmp, netsnmp: NetSnmpTools) -> None:
    """Preferences change the trap port while sessions are registered: the receiver moves at
    once, registrations stay, the old port is let go."""
    with snmp.session() as session:
        session.register(notification=LINK_DOWN)
        old_port = trap_port(snmp)
        new_port = free_port()
        assert snmp.app.set_trap_endpoint("127.0.0.1", new_port) == ("127.0.0.1", new_port)
        assert snmp.app.trap_endpoint == ("127.0.0.1", new_port)
        assert transport_of(snmp.app).trap_address.port == new_port  # type: ignore[union-attr]
        netsnmp.trap("127.0.0.1", new_port, LINK_DOWN, (IF_INDEX_1, "i", "1"))
        message = receive(session)
        assert message.dst.address.port == new_port
        assert message.pdu.varbinds[1] == (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, LINK_DOWN))
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as reuse:
            reuse.bind(("127.0.0.1", old_port))  # the old port is free again
        netsnmp.trap("127.0.0.1", new_port, LINK_UP)  # not registered: filtered as before
        netsnmp.trap("127.0.0.1", new_port, LINK_DOWN)
        assert receive(session).pdu.varbinds[1][1] == SmiValue(Syntax.OID, LINK_DOWN)
        assert session.queued == 0


def test_trap_receiver_move_to_a_taken_port_keeps_the_old_one(
    snmp: Snmp, netsnmp: NetSnmpTools
) -> None:
    with snmp.session() as session:
        session.register()
        old = snmp.app.trap_endpoint
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as squatter:
            squatter.bind(("127.0.0.1", 0))
            taken = squatter.getsockname()[1]
            with pytest.raises(SnmpApiError) as caught:
                snmp.app.set_trap_endpoint("127.0.0.1", taken)
        assert caught.value.code == ApiError.TL_IN_USE
        assert f"127.0.0.1:{taken}" in caught.value.detail
        assert snmp.app.get_last_error(None) == ApiError.TL_IN_USE
        assert snmp.app.trap_endpoint == old
        netsnmp.trap(*old, LINK_DOWN)
        assert receive(session).dst.address.port == old[1]


def test_trap_receiver_moves_to_the_wildcard_on_the_same_port(
    snmp: Snmp, netsnmp: NetSnmpTools
) -> None:
    """127.0.0.1:P -> 0.0.0.0:P cannot bind before the old socket closes: it is swapped."""
    with snmp.session() as session:
        session.register()
        port = trap_port(snmp)
        assert snmp.app.set_trap_endpoint("0.0.0.0", port) == ("0.0.0.0", port)
        netsnmp.trap("127.0.0.1", port, LINK_DOWN)
        assert receive(session).pdu.varbinds[1][1] == SmiValue(Syntax.OID, LINK_DOWN)
        assert snmp.app.set_trap_endpoint("0.0.0.0", port) == ("0.0.0.0", port)  # no-op


def test_trap_endpoint_before_any_registration_just_takes_effect_later(
    snmp: Snmp, netsnmp: NetSnmpTools
) -> None:
    port = free_port()
    assert snmp.app.set_trap_endpoint("127.0.0.1", port) == ("127.0.0.1", port)
    transport = transport_of(snmp.app)  # created lazily: none yet, or one with no receiver
    assert transport is None or transport.trap_address is None
    with snmp.session() as session:
        session.register()
        netsnmp.trap("127.0.0.1", port, COLD_START)
        assert receive(session).dst.address.port == port
    with pytest.raises(SnmpApiError) as caught:
        snmp.app.set_trap_endpoint("127.0.0.1", 70000)
    assert caught.value.code == ApiError.SIZE_INVALID


# ---------------------------------------------------------------------------- sending
TRAP_VARBINDS: list[VarBind] = [
    (SYS_UPTIME_0, SmiValue(Syntax.TIMETICKS, 777)),
    (SNMP_TRAP_OID_0, SmiValue(Syntax.OID, (*NET_SNMP_NOTIFS, 0, 5))),
    (SYS_NAME_0, make_value(Syntax.OCTETS, b"router-7")),
]


@pytest.fixture
def receiver() -> Snmp:
    """A second application whose registered session receives what the first one sends."""
    app = new_application()
    app.trap_endpoint = ("127.0.0.1", 0)
    started = Snmp(app).start()
    yield started  # type: ignore[misc]
    started.stop()


def test_v2c_trap_we_send_arrives_as_sent(snmp: Snmp, receiver: Snmp) -> None:
    with receiver.session() as inbox, snmp.session() as outbox:
        inbox.register()
        target = outbox.entity(f"127.0.0.1:{trap_port(receiver)}")
        pdu = outbox.pdu(PduType.TRAP, TRAP_VARBINDS)
        outbox.send(target, outbox.context("public"), pdu)
        message = receive(inbox)
        assert message.pdu.type == PduType.TRAP
        assert message.pdu.varbinds == TRAP_VARBINDS
        assert message.pdu.request_id == pdu.request_id
        flushed(snmp.app)  # the status is set on the sender's side once the datagram left
        assert pdu.status.state is PduState.SENT
        assert snmp.app.outstanding_count(outbox.handle) == 0


def test_v1_trap_we_send_is_a_v1_trap_pdu_on_the_wire(
    snmp: Snmp, receiver: Snmp, silent_port: SilentPort
) -> None:
    """RFC 3584 §3.2 on the way out, §3.1 on the way in: the receiver sees the trap OID again,
    plus the address, community and (last) enterprise varbinds; the raw bytes decode with
    pysnmp into the expected SNMPv1 Trap-PDU header."""
    with receiver.session() as inbox, snmp.session() as outbox:
        inbox.register()
        source = outbox.entity("127.0.0.1:162")
        for port in (trap_port(receiver), silent_port.port):
            target = outbox.entity(f"127.0.0.1:{port}", version=SnmpVersion.V1)
            outbox.send(
                target,
                outbox.context("v1-community"),
                outbox.pdu(PduType.TRAP, TRAP_VARBINDS),
                src=source,
            )
        message = receive(inbox)
        assert message.src.version == SnmpVersion.V1
        assert message.pdu.varbinds == [
            *TRAP_VARBINDS,
            (SNMP_TRAP_ADDRESS_0, SmiValue(Syntax.IPADDR, bytes([127, 0, 0, 1]))),
            (SNMP_TRAP_COMMUNITY_0, SmiValue(Syntax.OCTETS, b"v1-community")),
            (SNMP_TRAP_ENTERPRISE_0, SmiValue(Syntax.OID, NET_SNMP_NOTIFS)),
        ]
    raw = silent_port.wait_for(1)[0].data
    v1 = api.PROTOCOL_MODULES[api.SNMP_VERSION_1]
    decoded, _ = decoder.decode(raw, asn1Spec=v1.Message())
    trap = v1.apiMessage.get_pdu(decoded)
    assert int(v1.apiMessage.get_version(decoded)) == 0
    assert trap.isSameTypeWith(v1.TrapPDU())
    assert tuple(v1.apiTrapPDU.get_enterprise(trap)) == NET_SNMP_NOTIFS
    assert v1.apiTrapPDU.get_agent_address(trap).asOctets() == bytes([127, 0, 0, 1])
    assert int(v1.apiTrapPDU.get_generic_trap(trap)) == 6
    assert int(v1.apiTrapPDU.get_specific_trap(trap)) == 5
    assert int(v1.apiTrapPDU.get_timestamp(trap)) == 777
    assert [(tuple(o), bytes(v)) for o, v in v1.apiTrapPDU.get_varbinds(trap)] == [
        (SYS_NAME_0, b"router-7")
    ]


def test_v1_trap_from_an_ipv6_source_has_agent_addr_zero(
    snmp: Snmp, silent_port: SilentPort
) -> None:
    with snmp.session() as outbox:
        target = outbox.entity(f"127.0.0.1:{silent_port.port}", version=SnmpVersion.V1)
        source = outbox.entity("[::1]:162")
        outbox.send(
            target, outbox.context("public"), outbox.pdu(PduType.TRAP, TRAP_VARBINDS), src=source
        )
    raw = silent_port.wait_for(1)[0].data
    v1 = api.PROTOCOL_MODULES[api.SNMP_VERSION_1]
    trap = v1.apiMessage.get_pdu(decoder.decode(raw, asn1Spec=v1.Message())[0])
    assert v1.apiTrapPDU.get_agent_address(trap).asOctets() == bytes(4)


def test_inform_we_send_completes_with_the_acknowledgement(snmp: Snmp, receiver: Snmp) -> None:
    with receiver.session() as inbox, snmp.session() as outbox:
        inbox.register()
        target = outbox.entity(f"127.0.0.1:{trap_port(receiver)}", timeout_cs=100, retry=2)
        pdu = outbox.pdu(PduType.INFORM, TRAP_VARBINDS)
        request_id = outbox.send(target, outbox.context("public"), pdu)
        note = outbox.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == 0
        ack = outbox.recv()
        assert ack.pdu.type == PduType.RESPONSE
        assert ack.pdu.request_id == request_id
        assert ack.pdu.varbinds == TRAP_VARBINDS
        assert pdu.status.state is PduState.ANSWERED
        delivered = receive(inbox)
        assert delivered.pdu.type == PduType.INFORM
        assert delivered.pdu.varbinds == TRAP_VARBINDS


def test_inform_to_a_silent_receiver_retransmits_then_times_out(
    snmp: Snmp, silent_port: SilentPort
) -> None:
    with snmp.session() as outbox:
        target = outbox.entity(f"127.0.0.1:{silent_port.port}", timeout_cs=5, retry=2)
        request_id = outbox.send(
            target, outbox.context("public"), outbox.pdu(PduType.INFORM, TRAP_VARBINDS)
        )
        note = outbox.wait_notification(lambda n: n.request_id == request_id, timeout=10)
        assert note is not None and note.event == ApiError.TL_TIMEOUT
    assert [d.pdu_type for d in silent_port.flush()] == ["InformRequest"] * 3


def test_inform_to_a_v1_entity_is_refused(snmp: Snmp, silent_port: SilentPort) -> None:
    with snmp.session() as outbox:
        target = outbox.entity(f"127.0.0.1:{silent_port.port}", version=SnmpVersion.V1)
        with pytest.raises(SnmpApiError) as caught:
            outbox.send(target, outbox.context("public"), outbox.pdu(PduType.INFORM, TRAP_VARBINDS))
        assert caught.value.code == ApiError.OPERATION_INVALID


def test_trap_without_trap_oid_cannot_go_to_a_v1_entity(
    snmp: Snmp, silent_port: SilentPort
) -> None:
    with snmp.session() as outbox:
        target = outbox.entity(f"127.0.0.1:{silent_port.port}", version=SnmpVersion.V1)
        pdu = outbox.pdu(PduType.TRAP, [(SYS_NAME_0, make_value(Syntax.OCTETS, b"x"))])
        with pytest.raises(SnmpApiError) as caught:
            outbox.send(target, outbox.context("public"), pdu)
        assert caught.value.code == ApiError.PDU_INVALID
        assert "snmpTrapOID.0" in caught.value.detail
