"""The manager client (:mod:`snmpscope.core.client.manager`) against real peers on loopback: the
private snmpd (v1/v2c, IPv4/IPv6), the scripted responder (exact trees, fault injection), a
silent port (timeouts, cancel), net-snmp's snmptrap/snmpinform, and itself (traps/informs
between two sessions).

Every test also checks that the manager leaves no handles and no outstanding requests behind.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest
from agents.netsnmp import NetSnmpTools, parse_numeric
from agents.scripted import ScriptedResponder
from agents.silent import SilentPort
from agents.snmpd import SnmpdAgent, free_udp_port_pair
from pysnmp.proto import rfc1902

from snmpscope.core.api import Context, Entity, Session, Snmp
from snmpscope.core.client.manager import (
    Manager,
    NonIncreasingOidError,
    RequestCancelled,
    SnmpProtocolError,
    WalkEnd,
    WalkError,
)
from snmpscope.core.constants import (
    SNMP_TRAP_ENTERPRISE_0,
    SNMP_TRAP_OID_0,
    ApiError,
    ErrorStatus,
    HandleKind,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.oid import Oid, is_prefix
from snmpscope.core.smi.values import SmiValue, VarBind, make_value

SYS_DESCR_0 = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SYS_OBJECT_ID_0 = (1, 3, 6, 1, 2, 1, 1, 2, 0)
SYS_CONTACT_0 = (1, 3, 6, 1, 2, 1, 1, 4, 0)
SYSTEM = (1, 3, 6, 1, 2, 1, 1)
IF_DESCR = (1, 3, 6, 1, 2, 1, 2, 2, 1, 2)
IF_X = (1, 3, 6, 1, 2, 1, 31)
MISSING_0 = (1, 3, 6, 1, 2, 1, 1, 99, 0)
COLD_START = (1, 3, 6, 1, 6, 3, 1, 1, 5, 1)
LINK_UP = (1, 3, 6, 1, 6, 3, 1, 1, 5, 4)
EXCEPTIONS = {Syntax.NOSUCHOBJECT, Syntax.NOSUCHINSTANCE, Syntax.ENDOFMIBVIEW}


# ----------------------------------------------------------------------------- fixtures
@pytest.fixture
def snmp() -> Iterator[Snmp]:
    with Snmp() as started:
        yield started


@pytest.fixture
def session(snmp: Snmp) -> Iterator[Session]:
    with snmp.session("test-client") as opened:
        yield opened
        # Nothing but what the test made itself may be left: no PDUs, no VBLs, no messages.
        assert opened.handles(HandleKind.PDU) == []
        assert opened.handles(HandleKind.VBL) == []
        assert opened.queued == 0
        assert snmp.app.outstanding_count(opened.handle) == 0


@pytest.fixture
def manager(session: Session) -> Manager:
    return Manager(session)


def agent(
    session: Session,
    host: str,
    port: int,
    version: SnmpVersion = SnmpVersion.V2C,
    community: str = "public",
    timeout_cs: int = 100,
    retry: int = 1,
) -> tuple[Entity, Context]:
    address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    return session.entity(address, version, timeout_cs, retry), session.context(community)


def text(value: SmiValue) -> str:
    assert isinstance(value.value, bytes)
    return value.value.decode()


def scripted_rows(responder: ScriptedResponder, root: Oid, v1: bool = False) -> list[Oid]:
    """The OIDs a correct walk of ``root`` returns from the responder's tree."""
    return [
        oid
        for oid, value in responder.tree.items()
        if is_prefix(root, oid) and not (v1 and value.tagSet == rfc1902.Counter64.tagSet)
    ]


# ----------------------------------------------------------------------------- requests: snmpd
@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
@pytest.mark.parametrize("version", [SnmpVersion.V1, SnmpVersion.V2C])
def test_get_from_snmpd(
    manager: Manager, snmpd_agent: SnmpdAgent, host: str, version: SnmpVersion
) -> None:
    entity, context = agent(manager.session, host, snmpd_agent.port, version)
    response = manager.get(entity, context, [SYS_DESCR_0, SYS_OBJECT_ID_0])
    assert response.pdu_type == PduType.RESPONSE
    assert response.ok and response.error_status == 0
    assert [oid for oid, _ in response.varbinds] == [SYS_DESCR_0, SYS_OBJECT_ID_0]
    assert text(response.varbinds[0][1]) == snmpd_agent.sys_descr
    assert response.varbinds[1][1] == make_value(Syntax.OID, (1, 3, 6, 1, 4, 1, 8072, 3, 2, 10))
    assert response.peer.ip == host and response.peer.port == snmpd_agent.port
    assert response.community == b"public"
    assert 0 < response.rtt < 1.0
    assert response.request_pdu is None and response.message is None


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_get_next_and_get_bulk_match_net_snmp(
    manager: Manager, snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools, host: str
) -> None:
    entity, context = agent(manager.session, host, snmpd_agent.port)
    nxt = manager.get_next(entity, context, [SYS_DESCR_0])
    assert [oid for oid, _ in nxt.varbinds] == [SYS_OBJECT_ID_0]

    bulk = manager.get_bulk(entity, context, [SYS_DESCR_0, IF_DESCR], 1, 3)
    reference = parse_numeric(
        netsnmp.bulkget(
            host, snmpd_agent.port, SYS_DESCR_0, IF_DESCR, non_repeaters=1, max_repetitions=3
        ).stdout
    )
    assert [oid for oid, _ in bulk.varbinds] == [row[0] for row in reference]
    assert len(bulk.varbinds) == 4
    # ifDescr values do not change between the two requests
    assert [text(v) for _, v in bulk.varbinds[1:]] == [row[2] for row in reference[1:]]


def test_get_bulk_to_v1_entity_goes_out_as_getnext(
    manager: Manager, scripted_agent: ScriptedResponder
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address, SnmpVersion.V1)
    response = manager.get_bulk(entity, context, [SYSTEM, IF_DESCR], 0, 5)
    assert [oid for oid, _ in response.varbinds] == [(*SYSTEM, 1, 0), (*IF_DESCR, 1)]
    assert scripted_agent.requests[-1].pdu_type == "GetNextRequest"


def test_set_then_get_back_and_restore(manager: Manager, snmpd_agent: SnmpdAgent) -> None:
    entity, public = agent(manager.session, "127.0.0.1", snmpd_agent.port)
    private = manager.session.context("private")
    before = manager.get(entity, public, [SYS_CONTACT_0]).varbinds[0][1]
    new = make_value(Syntax.OCTETS, b"client-test@snmpscope")
    answer = manager.set(entity, private, [(SYS_CONTACT_0, new)])
    assert answer.varbinds == ((SYS_CONTACT_0, new),)
    assert manager.get(entity, public, [SYS_CONTACT_0]).varbinds[0][1] == new
    manager.set(entity, private, [(SYS_CONTACT_0, before)])
    assert manager.get(entity, public, [SYS_CONTACT_0]).varbinds[0][1] == before


def test_agent_error_status_raises_protocol_error_from_conveniences_only(
    manager: Manager, snmpd_agent: SnmpdAgent
) -> None:
    entity, context = agent(manager.session, "127.0.0.1", snmpd_agent.port, SnmpVersion.V1)
    with pytest.raises(SnmpProtocolError) as caught:
        manager.get(entity, context, [SYS_DESCR_0, MISSING_0])
    assert caught.value.error_status == ErrorStatus.NOSUCHNAME
    assert caught.value.error_index == 2
    assert caught.value.failed_oid == MISSING_0
    assert "noSuchName" in str(caught.value)
    # The plain request returns the same answer without raising.
    response = manager.request(entity, context, PduType.GET, [(MISSING_0, None)])
    assert response.error_status == ErrorStatus.NOSUCHNAME and response.error_name == "noSuchName"

    v2c, public = agent(manager.session, "127.0.0.1", snmpd_agent.port)
    with pytest.raises(SnmpProtocolError) as denied:
        manager.set(v2c, public, [(SYS_CONTACT_0, make_value(Syntax.OCTETS, b"x"))])
    assert denied.value.response.error_name == "noAccess"


def test_v2c_exceptions_are_values_not_errors(manager: Manager, snmpd_agent: SnmpdAgent) -> None:
    entity, context = agent(manager.session, "::1", snmpd_agent.port)
    response = manager.get(entity, context, [MISSING_0, (*SYS_DESCR_0[:-1], 1)])
    assert [v.syntax for _, v in response.varbinds] == [
        Syntax.NOSUCHOBJECT,
        Syntax.NOSUCHINSTANCE,
    ]


def test_keep_leaves_request_and_response_pdus_linked(
    manager: Manager, scripted_agent: ScriptedResponder
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address)
    response = manager.get(entity, context, [SYS_DESCR_0], keep=True)
    assert response.request_pdu is not None and response.message is not None
    request, message = response.request_pdu, response.message
    assert request.valid and message.pdu.valid
    assert request.status.response_pdu == message.pdu.handle
    assert message.pdu.status.in_reply_to == request.handle
    assert message.pdu.request_id == request.request_id == response.request_id
    message.free()
    request.free()


# ----------------------------------------------------------------------------- failures
def test_timeout_after_the_entity_retries(manager: Manager, silent_port: SilentPort) -> None:
    entity, context = agent(manager.session, *silent_port.address, timeout_cs=10, retry=2)
    with pytest.raises(SnmpApiError) as caught:
        manager.get(entity, context, [SYS_DESCR_0])
    assert caught.value.code == ApiError.TL_TIMEOUT
    sent = silent_port.flush()
    assert len(sent) == 3 and len({d.request_id for d in sent}) == 1


def test_cancel_stops_a_waiting_request(manager: Manager, silent_port: SilentPort) -> None:
    entity, context = agent(manager.session, *silent_port.address, timeout_cs=500, retry=5)
    cancel = threading.Event()
    failure: list[BaseException] = []

    def ask() -> None:
        try:
            manager.get(entity, context, [SYS_DESCR_0], cancel=cancel)
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=ask)
    worker.start()
    silent_port.wait_for(1)  # the request is on the wire
    cancel.set()
    worker.join(5)
    assert not worker.is_alive()
    assert len(failure) == 1 and isinstance(failure[0], RequestCancelled)


def test_closed_port_is_undeliverable(manager: Manager, closed_port: object) -> None:
    host, port = closed_port.address  # type: ignore[attr-defined]
    entity, context = agent(manager.session, host, port, timeout_cs=300, retry=3)
    with pytest.raises(SnmpApiError) as caught:
        manager.get(entity, context, [SYS_DESCR_0])
    assert caught.value.code == ApiError.TL_UNDELIVERABLE


def test_inform_to_v1_is_refused(manager: Manager, silent_port: SilentPort) -> None:
    entity, context = agent(manager.session, *silent_port.address, SnmpVersion.V1)
    with pytest.raises(SnmpApiError) as caught:
        manager.inform(entity, context, COLD_START)
    assert caught.value.code == ApiError.OPERATION_INVALID


# ----------------------------------------------------------------------------- threads
def test_many_threads_share_one_manager(
    manager: Manager, scripted_agent: ScriptedResponder
) -> None:
    """Answers arrive in any order and whoever receives them files them: each thread must get
    the answer to its own request, never another's."""
    entity, context = agent(manager.session, *scripted_agent.address)
    tree = scripted_agent.tree
    oids = list(tree)
    mismatches: list[str] = []
    errors: list[BaseException] = []

    def worker(offset: int) -> None:
        try:
            for i in range(25):
                oid = oids[(offset * 7 + i) % len(oids)]
                got = manager.get(entity, context, [oid]).varbinds
                if got[0][0] != oid:
                    mismatches.append(f"asked {oid}, got {got[0][0]}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not any(t.is_alive() for t in threads)
    assert errors == [] and mismatches == []
    assert len(scripted_agent.requests) == 200


def test_two_managers_on_one_session_share_its_mailbox(
    session: Session, scripted_agent: ScriptedResponder
) -> None:
    first, second = Manager(session), Manager(session)
    assert first.mailbox is second.mailbox
    entity, context = agent(session, *scripted_agent.address)
    assert first.get(entity, context, [SYS_DESCR_0]).varbinds[0][0] == SYS_DESCR_0
    assert second.get_next(entity, context, [SYS_DESCR_0]).varbinds[0][0] == SYS_OBJECT_ID_0


# ----------------------------------------------------------------------------- walks
@pytest.mark.parametrize("bulk", [False, True])
@pytest.mark.parametrize("version", [SnmpVersion.V1, SnmpVersion.V2C])
def test_walk_ends_at_the_end_of_the_subtree(
    manager: Manager, scripted_agent: ScriptedResponder, bulk: bool, version: SnmpVersion
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address, version)
    batches: list[int] = []
    walk = manager.walk(
        entity,
        context,
        SYSTEM,
        bulk=bulk,
        max_repetitions=3,
        on_batch=lambda b: batches.append(len(b)),
    )
    found = walk.run()
    assert [oid for oid, _ in found] == scripted_rows(scripted_agent, SYSTEM)
    assert walk.end is WalkEnd.END_OF_SUBTREE and walk.end_varbind is None
    assert sum(batches) == walk.varbind_count == 7
    kinds = {r.pdu_type for r in scripted_agent.requests}
    assert kinds == (
        {"GetBulkRequest"} if bulk and version == SnmpVersion.V2C else {"GetNextRequest"}
    )


@pytest.mark.parametrize("bulk", [False, True])
def test_v2c_walk_ends_on_end_of_mib_view(
    manager: Manager, scripted_agent: ScriptedResponder, bulk: bool
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address)
    walk = manager.walk(entity, context, IF_X, bulk=bulk)
    found = walk.run()
    assert [oid for oid, _ in found] == scripted_rows(scripted_agent, IF_X)
    assert walk.end is WalkEnd.END_OF_MIB_VIEW
    assert walk.end_varbind is not None and walk.end_varbind[1].syntax == Syntax.ENDOFMIBVIEW


@pytest.mark.parametrize("bulk", [False, True])
def test_v1_walk_ends_on_no_such_name(
    manager: Manager, scripted_agent: ScriptedResponder, bulk: bool
) -> None:
    """A bulk walk of a v1 agent walks with GETNEXT and ends on v1's noSuchName; Counter64
    objects are invisible to v1."""
    entity, context = agent(manager.session, *scripted_agent.address, SnmpVersion.V1)
    walk = manager.walk(entity, context, IF_X, bulk=bulk)
    found = walk.run()
    assert [oid for oid, _ in found] == scripted_rows(scripted_agent, IF_X, v1=True)
    assert len(found) == 3
    assert walk.end is WalkEnd.NO_SUCH_NAME
    assert {r.pdu_type for r in scripted_agent.requests} == {"GetNextRequest"}


@pytest.mark.parametrize("version", [SnmpVersion.V1, SnmpVersion.V2C])
def test_walk_of_a_leaf_gets_the_root(
    manager: Manager, scripted_agent: ScriptedResponder, version: SnmpVersion
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address, version)
    leaf = manager.walk(entity, context, SYS_DESCR_0)
    assert [oid for oid, _ in leaf.run()] == [SYS_DESCR_0]
    assert leaf.end is WalkEnd.ROOT_GET
    missing = manager.walk(entity, context, MISSING_0).run()
    if version == SnmpVersion.V1:
        assert missing == []  # the GET fails with noSuchName: net-snmp prints nothing either
    else:
        assert [v.syntax for _, v in missing] == [Syntax.NOSUCHOBJECT]
    nothing = manager.walk(entity, context, MISSING_0, get_root_if_empty=False)
    assert nothing.run() == [] and nothing.end is WalkEnd.END_OF_SUBTREE


def _break_order(responder: ScriptedResponder, mode: str) -> Callable[[list[VarBind]], None]:
    """An on_batch callback that makes every answer after the first break the OID order
    (an "earlier" OID in the very first answer would simply lie outside the subtree)."""

    armed: list[bool] = []

    def first_batch(_batch: list[VarBind]) -> None:
        if not armed:
            armed.append(True)
            responder.non_increasing(mode)

    return first_batch


@pytest.mark.parametrize("bulk", [False, True])
@pytest.mark.parametrize("mode", ["same", "earlier"])
def test_non_increasing_oid_stops_the_walk(
    manager: Manager, scripted_agent: ScriptedResponder, bulk: bool, mode: str
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address)
    walk = manager.walk(
        entity,
        context,
        SYSTEM,
        bulk=bulk,
        max_repetitions=2,
        on_batch=_break_order(scripted_agent, mode),
    )
    seen: list[Oid] = []
    with pytest.raises(NonIncreasingOidError) as caught:
        seen.extend(oid for batch in walk for oid, _ in batch)
    error = caught.value
    assert not error.repeated and error.current <= error.previous
    assert str(error).startswith("OID not increasing: .")
    assert " >= ." in str(error)
    assert seen[-1] == error.current  # the offending row is delivered, as net-snmp prints it


@pytest.mark.parametrize("bulk", [False, True])
@pytest.mark.parametrize("mode", ["same", "earlier"])
def test_allow_non_increasing_still_never_loops(
    manager: Manager, scripted_agent: ScriptedResponder, bulk: bool, mode: str
) -> None:
    """-Cc turns the check off, but an agent that hands out the same OID again would keep
    the walk going for ever: a repeated OID ends it (or the walk leaves the subtree)."""
    entity, context = agent(manager.session, *scripted_agent.address)
    walk = manager.walk(
        entity,
        context,
        SYSTEM,
        bulk=bulk,
        max_repetitions=2,
        allow_non_increasing=True,
        on_batch=_break_order(scripted_agent, mode),
    )
    if mode == "same":
        # The agent answers every request with the OID asked for: the second time it is a
        # repeat.
        with pytest.raises(NonIncreasingOidError, match="OID repeated") as caught:
            walk.run()
        assert caught.value.repeated
    else:
        # Each answer steps back; the walk follows (-Cc) until it gets an OID it already has
        # (the agent would loop) or leaves the subtree below its root.
        found: list[VarBind] = []
        failure: NonIncreasingOidError | None = None
        try:
            found = walk.run()
        except NonIncreasingOidError as exc:
            failure = exc
        if failure is not None:
            assert failure.repeated
        else:
            assert walk.end is WalkEnd.END_OF_SUBTREE
            assert len({oid for oid, _ in found}) == len(found)
    assert walk.requests < 10


FAULTS = {
    "duplicate responses": lambda r: r.duplicate_next(3, copies=3),
    "wrong request ids": lambda r: r.wrong_request_id(2),
    "garbage bytes": lambda r: r.send_garbage(2),
    "truncated BER": lambda r: r.send_truncated(2),
    "dropped requests": lambda r: r.drop_next(2),
    "late responses": lambda r: r.set_delay(0.35, count=2),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
@pytest.mark.parametrize("bulk", [False, True])
def test_faults_never_hang_a_walk_nor_give_a_wrong_answer(
    manager: Manager, scripted_agent: ScriptedResponder, fault: str, bulk: bool
) -> None:
    """Each fault hits the first responses of the walk; the retransmissions (same request
    id, timeout 0.25 s, 3 retries) recover, and the walk returns exactly the agent's tree:
    nothing duplicated, nothing from a wrong request id or a broken datagram."""
    entity, context = agent(manager.session, *scripted_agent.address, timeout_cs=25, retry=3)
    FAULTS[fault](scripted_agent)
    found = manager.walk(entity, context, (1, 3, 6, 1, 2, 1), bulk=bulk, max_repetitions=4).run()
    assert [oid for oid, _ in found] == list(scripted_agent.tree)
    assert [v.value for _, v in found][:1] == [b"snmpscope scripted responder"]
    # The fault really happened: duplicates went out, or the manager had to retransmit.
    requests = scripted_agent.requests
    if fault == "duplicate responses":
        assert any(d.kind == "duplicate" for d in scripted_agent.sent)
    else:
        assert len(requests) > len({r.request_id for r in requests})


def test_late_answer_after_a_timeout_is_not_taken_for_the_next_request(
    manager: Manager, scripted_agent: ScriptedResponder
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address, timeout_cs=15, retry=0)
    scripted_agent.send_late(1)  # the first answer is held back until released
    with pytest.raises(SnmpApiError) as caught:
        manager.get(entity, context, [SYS_DESCR_0])
    assert caught.value.code == ApiError.TL_TIMEOUT
    assert scripted_agent.release_late() == 1  # now the stale answer (sysDescr) arrives ...
    scripted_agent.wait_for_sent(1)
    answer = manager.get(entity, context, [SYS_CONTACT_0])  # ... and must not be this one
    assert [oid for oid, _ in answer.varbinds] == [SYS_CONTACT_0]


def test_error_status_in_the_middle_of_a_walk(
    manager: Manager, scripted_agent: ScriptedResponder
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address)
    scripted_agent.set_error(ErrorStatus.GENERR, 1, n=1)
    with pytest.raises(SnmpProtocolError) as caught:
        manager.walk(entity, context, SYSTEM).run()
    assert caught.value.error_status == ErrorStatus.GENERR


def test_empty_answer_ends_the_walk_with_an_error(
    manager: Manager, scripted_agent: ScriptedResponder
) -> None:
    entity, context = agent(manager.session, *scripted_agent.address)
    scripted_agent.max_bulk_varbinds = 0  # the responder answers GETBULK with no varbinds
    with pytest.raises(WalkError, match="no variable bindings"):
        manager.walk(entity, context, SYSTEM, bulk=True).run()


def test_cancel_ends_a_walk_quietly(manager: Manager, scripted_agent: ScriptedResponder) -> None:
    entity, context = agent(manager.session, *scripted_agent.address)
    cancel = threading.Event()
    walk = manager.walk(
        entity, context, (1, 3, 6, 1), bulk=False, cancel=cancel, on_batch=lambda _b: cancel.set()
    )
    assert len(walk.run()) == 1
    assert walk.end is WalkEnd.CANCELLED


def test_walk_of_snmpd_mib2_equals_net_snmp(
    manager: Manager, snmpd_agent: SnmpdAgent, netsnmp: NetSnmpTools
) -> None:
    """The OIDs of a bulk walk of the system and interfaces groups equal snmpbulkwalk's."""
    entity, context = agent(manager.session, "::1", snmpd_agent.port)
    for root in (SYSTEM, (1, 3, 6, 1, 2, 1, 2)):
        ours = [oid for oid, _ in manager.walk(entity, context, root, max_repetitions=25).run()]
        theirs = [row[0] for row in netsnmp.walk_numeric("::1", snmpd_agent.port, root=root)]
        assert ours == theirs and len(ours) > 10


# ----------------------------------------------------------------------------- notifications
@pytest.fixture
def trap_port(snmp: Snmp) -> int:
    port = free_udp_port_pair()
    snmp.app.trap_endpoint = ("127.0.0.1", port)
    return port


def test_trap_and_inform_between_two_sessions(snmp: Snmp, manager: Manager, trap_port: int) -> None:
    with snmp.session("sender") as sender_session:
        sender = Manager(sender_session)
        with manager.listen() as listener:
            entity, context = agent(sender_session, "127.0.0.1", trap_port)
            extra = ((SYS_CONTACT_0, make_value(Syntax.OCTETS, b"trap-test")),)
            rid = sender.trap(entity, context, COLD_START, extra, uptime=4242)
            trap = listener.receive(timeout=5)
            assert trap is not None
            assert trap.pdu_type == PduType.TRAP and not trap.is_inform
            assert trap.request_id == rid
            assert trap.trap_oid == COLD_START and trap.uptime == 4242
            assert trap.varbinds[2] == extra[0]
            assert trap.community == b"public" and trap.version == SnmpVersion.V2C
            assert trap.local.port == trap_port

            ack = sender.inform(entity, context, LINK_UP, extra)
            assert ack.ok and ack.pdu_type == PduType.RESPONSE
            inform = listener.receive(timeout=5)
            assert inform is not None and inform.is_inform and inform.trap_oid == LINK_UP
            assert inform.request_id == ack.request_id

            v1_entity, v1_context = agent(sender_session, "127.0.0.1", trap_port, SnmpVersion.V1)
            enterprise_specific = (1, 3, 6, 1, 4, 1, 8072, 2, 3, 0, 17)
            sender.trap(v1_entity, v1_context, enterprise_specific, extra, uptime=7)
            v1trap = listener.receive(timeout=5)
            assert v1trap is not None and v1trap.version == SnmpVersion.V1
            assert v1trap.trap_oid == enterprise_specific
            assert v1trap.varbinds[-1][0] == SNMP_TRAP_ENTERPRISE_0
            assert v1trap.varbinds[-1][1].value == (1, 3, 6, 1, 4, 1, 8072, 2, 3)
        assert sender_session.handles(HandleKind.PDU) == []


def test_listener_filters_by_notification_oid(
    snmp: Snmp, manager: Manager, trap_port: int, netsnmp: NetSnmpTools
) -> None:
    with manager.listen(notification=COLD_START) as listener:
        assert netsnmp.trap("127.0.0.1", trap_port, LINK_UP).returncode == 0
        assert netsnmp.trap("127.0.0.1", trap_port, COLD_START).returncode == 0
        first = listener.receive(timeout=5)
        assert first is not None and first.trap_oid == COLD_START
        assert listener.receive(timeout=0.3) is None  # linkUp did not match the filter


def test_net_snmp_trap_v1_and_inform_reach_the_listener(
    manager: Manager, trap_port: int, netsnmp: NetSnmpTools
) -> None:
    with manager.listen() as listener:
        sent = netsnmp.trap_v1(
            "127.0.0.1",
            trap_port,
            (1, 3, 6, 1, 4, 1, 8072, 2, 3),
            6,
            17,
            ((1, 3, 6, 1, 2, 1, 1, 5, 0), "s", "v1-trap"),
        )
        assert sent.returncode == 0, sent.stderr
        trap = listener.receive(timeout=5)
        assert trap is not None and trap.version == SnmpVersion.V1
        assert trap.trap_oid == (1, 3, 6, 1, 4, 1, 8072, 2, 3, 0, 17)
        assert (1, 3, 6, 1, 2, 1, 1, 5, 0) in {oid for oid, _ in trap.varbinds}

        proc = netsnmp.inform_popen("127.0.0.1", trap_port, COLD_START, timeout=2, retries=1)
        inform = listener.receive(timeout=5)
        assert proc.wait(10) == 0  # acknowledged
        assert inform is not None and inform.is_inform
        assert [oid for oid, _ in inform.varbinds][:2] == [
            (1, 3, 6, 1, 2, 1, 1, 3, 0),
            SNMP_TRAP_OID_0,
        ]
