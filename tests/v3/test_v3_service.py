"""The matrix through the window's service and the Pythonic API: every snmpd user and every
pysnmp-agent user (3DES, Reeder AES), a GET answered, the discovered engine on the entity."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from agents.netsnmp import V3User
from agents.pysnmp_v3 import PYSNMP_USERS, PysnmpV3Agent
from agents.snmpd import ENGINE_ID, V3_USERS, SnmpdAgent
from threadcheck import _no_python_thread_left  # noqa: F401 (an autouse fixture)
from v3kit import security

from snmpscope.core.api import Snmp
from snmpscope.core.client.aes_probe import AesProbeResult, probe_aes_variant
from snmpscope.core.client.manager import Manager
from snmpscope.core.constants import PduType, SnmpVersion
from snmpscope.core.service import Reply, ServiceController

SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)
PROFILES = [("snmpd", p) for p in V3_USERS] + [("pysnmp", p) for p in PYSNMP_USERS]


@pytest.fixture
def controller(qapp) -> Iterator[ServiceController]:
    with Snmp() as snmp:
        service = ServiceController(snmp.app)
        service.start(prewarm_mibs=False)
        yield service
        assert service.shutdown(5000)


def call(qtbot, controller: ServiceController, submit) -> object:
    answers: dict[int, object] = {}

    def answered(token: int, result: object) -> None:
        answers[token] = result

    controller.succeeded.connect(answered)
    controller.failed.connect(answered)
    try:
        token = submit()
        qtbot.waitUntil(lambda: token in answers, timeout=10000)
    finally:
        controller.succeeded.disconnect(answered)
        controller.failed.disconnect(answered)
    return answers[token]


def peer(
    which: str, profile: str, snmpd: SnmpdAgent, pysnmp: PysnmpV3Agent
) -> tuple[int, V3User, bytes]:
    if which == "snmpd":
        return snmpd.port, snmpd.user(profile), ENGINE_ID
    return pysnmp.port, pysnmp.user(profile), pysnmp.engine_id


@pytest.mark.parametrize(("which", "profile"), PROFILES, ids=[f"{w}-{p}" for w, p in PROFILES])
def test_service_get(
    qtbot, controller, snmpd_agent, pysnmp_v3_agent, which: str, profile: str
) -> None:
    port, user, engine_id = peer(which, profile, snmpd_agent, pysnmp_v3_agent)
    session = call(qtbot, controller, lambda: controller.open_session("v3"))
    entity = call(
        qtbot,
        controller,
        lambda: controller.add_entity(
            session, f"127.0.0.1:{port}", SnmpVersion.V3, 100, 1, security=security(user)
        ),
    )
    context = call(qtbot, controller, lambda: controller.add_context(session, b""))
    pdu = call(
        qtbot, controller, lambda: controller.create_pdu(session, PduType.GET, ((SYS_DESCR, None),))
    )
    reply = call(qtbot, controller, lambda: controller.send(session, entity, context, pdu))
    assert isinstance(reply, Reply), reply
    assert reply.error_status == 0
    info = controller.read_model.entity(entity)
    assert info is not None and info.engine_id == engine_id.hex()
    assert info.security_level == user.level


@pytest.mark.parametrize(("which", "profile"), PROFILES, ids=[f"{w}-{p}" for w, p in PROFILES])
def test_pythonic_get(snmpd_agent, pysnmp_v3_agent, which: str, profile: str) -> None:
    port, user, _engine_id = peer(which, profile, snmpd_agent, pysnmp_v3_agent)
    with Snmp() as snmp, snmp.session("v3") as session:
        entity = session.entity(
            f"[::1]:{port}" if which == "snmpd" else f"127.0.0.1:{port}",
            SnmpVersion.V3,
            security=security(user),
        )
        response = Manager(session).get(entity, session.context(b""), [SYS_DESCR])
        assert response.varbinds[0][0] == SYS_DESCR


@pytest.mark.parametrize("profile", ["md5-aes256c", "sha-aes256c", "md5-aes192c"])
def test_aes_probe_service_call_finds_the_reeder_variant(
    qtbot, controller, pysnmp_v3_agent, profile: str
) -> None:
    user = pysnmp_v3_agent.user(profile)
    blumenthal = security(user)
    blumenthal = blumenthal.replace(priv_protocol=blumenthal.priv_protocol.removesuffix("-C"))
    result = call(
        qtbot,
        controller,
        lambda: controller.probe_aes(f"127.0.0.1:{pysnmp_v3_agent.port}", blumenthal, b"", 50),
    )
    assert isinstance(result, AesProbeResult), result
    assert result.works == user.priv_proto
    assert result.tried == (blumenthal.priv_protocol, user.priv_proto)
    assert "Reeder key extension" in result.explanation


def test_aes_probe_against_net_snmp_keeps_blumenthal(snmpd_agent) -> None:
    user = snmpd_agent.user("md5-aes256")
    with Snmp() as snmp, snmp.session("probe") as session:
        result = probe_aes_variant(session, f"127.0.0.1:{snmpd_agent.port}", security(user))
    assert (result.works, result.tried) == ("AES-256", ("AES-256",))
    assert result.explanation == "the agent uses AES-256, as configured"
