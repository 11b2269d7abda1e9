"""Fixtures of the SNMPv3 tests: the pysnmp v3 agent (3DES and the Reeder AES variants)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from agents.pysnmp_v3 import PysnmpV3Agent


@pytest.fixture(scope="session")
def pysnmp_v3_agent() -> Iterator[PysnmpV3Agent]:
    """pysnmp's command responder on 127.0.0.1 with the users of ``PYSNMP_USERS``."""
    agent = PysnmpV3Agent()
    try:
        agent.start()
    except (OSError, TimeoutError) as exc:
        agent.stop()
        pytest.fail(f"cannot start the pysnmp v3 agent: {exc}", pytrace=False)
    try:
        yield agent
    finally:
        agent.stop()
