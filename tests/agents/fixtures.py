"""pytest fixtures for real peers on loopback; ``tests/conftest.py`` star-imports this module.

=================  =========  ==========================================================
fixture            scope      value
=================  =========  ==========================================================
``snmpd_agent``    session    :class:`SnmpdAgent`, a private net-snmp snmpd (v4 + v6)
``snmpsim_agent``  session    :class:`SnmpsimAgent`, snmpsim serving ``data/*.snmprec``
``scripted_agent`` function   :class:`ScriptedResponder` on 127.0.0.1 with
                              :func:`default_tree` (system group + 3-row ifTable)
``scripted_agent6`` function  the same on ::1
``silent_port``    function   :class:`SilentPort` on 127.0.0.1 (never answers, records)
``silent_port6``   function   :class:`SilentPort` on ::1
``closed_port``    function   :class:`ClosedPort` on 127.0.0.1 (ICMP port unreachable)
``netsnmp``        function   :class:`NetSnmpTools`, net-snmp client tools, isolated env
=================  =========  ==========================================================

A missing tool is a failure, not a skip: the message names the package to install (CI
installs ``snmpd snmp`` with apt and snmpsim with the ``[test]`` extra). Every fixture cleans
up (processes stopped, threads joined, sockets closed) even when the test fails.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

import pytest

from agents.netsnmp import NetSnmpTools
from agents.scripted import ScriptedResponder, default_tree
from agents.silent import ClosedPort, SilentPort
from agents.snmpd import AgentProcess, SnmpdAgent
from agents.snmpsim import SnmpsimAgent

Agent = TypeVar("Agent", bound=AgentProcess)

__all__ = [
    "closed_port",
    "netsnmp",
    "scripted_agent",
    "scripted_agent6",
    "silent_port",
    "silent_port6",
    "snmpd_agent",
    "snmpsim_agent",
]


def started(agent: Agent, what: str) -> Iterator[Agent]:
    """Fixture body for an :class:`AgentProcess`: start it (a failure fails the test, naming
    ``what``), yield it, stop it afterwards."""
    try:
        agent.start()
    except RuntimeError as exc:
        agent.stop()
        pytest.fail(f"cannot start {what}: {exc}", pytrace=False)
    try:
        yield agent
    finally:
        agent.stop()


@pytest.fixture(scope="session")
def snmpd_agent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SnmpdAgent]:
    """A private snmpd for the whole session: ``.port`` on 127.0.0.1 and ::1, communities
    public/private, ``.users[profile]`` for SNMPv3, ``.engine_id``, ``.log_path``.
    Shared: a test that SETs sysName/sysContact/sysLocation should put the old value back."""
    yield from started(SnmpdAgent(workdir=tmp_path_factory.mktemp("snmpd")), "the test snmpd")


@pytest.fixture(scope="session")
def snmpsim_agent(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SnmpsimAgent]:
    """snmpsim for the whole session, serving ``tests/agents/data/public.snmprec`` as
    community ``public`` (and SNMPv3 ``.v3_user`` with context ``public``)."""
    yield from started(SnmpsimAgent(workdir=tmp_path_factory.mktemp("snmpsim")), "snmpsim")


def _responder(host: str) -> Iterator[ScriptedResponder]:
    responder = ScriptedResponder(default_tree(), host=host).start()
    try:
        yield responder
    finally:
        responder.close()
    if responder.errors:
        pytest.fail(f"the scripted responder raised: {responder.errors!r}", pytrace=False)


@pytest.fixture
def scripted_agent() -> Iterator[ScriptedResponder]:
    """A fresh in-process v1/v2c responder on 127.0.0.1 (ephemeral port) serving
    :func:`default_tree`; communities public (ro) and private (rw); faults off."""
    yield from _responder("127.0.0.1")


@pytest.fixture
def scripted_agent6() -> Iterator[ScriptedResponder]:
    """:func:`scripted_agent` on ::1."""
    yield from _responder("::1")


@pytest.fixture
def silent_port() -> Iterator[SilentPort]:
    """A UDP port on 127.0.0.1 that records every datagram and never answers."""
    with SilentPort("127.0.0.1") as port:
        yield port


@pytest.fixture
def silent_port6() -> Iterator[SilentPort]:
    """A UDP port on ::1 that records every datagram and never answers."""
    with SilentPort("::1") as port:
        yield port


@pytest.fixture
def closed_port() -> ClosedPort:
    """A UDP port on 127.0.0.1 nobody listens on."""
    return ClosedPort("127.0.0.1")


@pytest.fixture
def netsnmp(tmp_path_factory: pytest.TempPathFactory) -> Iterator[NetSnmpTools]:
    """net-snmp client tools with a private state dir, ``MIBS=`` and ``-m ""``."""
    try:
        tools = NetSnmpTools(tmp_path_factory.mktemp("netsnmp"))
    except RuntimeError as exc:
        pytest.fail(str(exc), pytrace=False)
    with tools:
        yield tools
