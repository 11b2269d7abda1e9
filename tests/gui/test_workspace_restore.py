"""A window that ends before its saved sessions are open again (a SIGTERM right after the
start, say) saves them as they were saved, not as the empty window it was."""

from __future__ import annotations

import pytest

from snmpscope.core.constants import HandleKind
from snmpscope.core.service.profiles import (
    AgentDatabase,
    ContextRecord,
    EntityRecord,
    MemorySecretStore,
)
from snmpscope.gui.context import create_context
from snmpscope.gui.settings.workspace import SessionLayout, Workspace, WorkspaceState

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
LAB = SessionLayout("lab", ("core-sw",), ("ro",))


def test_closing_before_the_restore_is_answered_keeps_the_saved_sessions(qtbot, tmp_path):
    folder, secrets = tmp_path / "config", MemorySecretStore()
    database = AgentDatabase(secrets=secrets)
    database.put_entity(EntityRecord("core-sw", "10.0.0.1"))
    database.put_context(ContextRecord("ro", community="s3cret"))
    Workspace(folder, secrets).save(WorkspaceState(database, [LAB], first_launch=False))
    context = create_context(folder, secrets, install_hooks=False)
    qtbot.addWidget(context.window)
    context.window.start()  # asks for the session; its answer waits for the event loop
    assert context.close()
    saved = Workspace(folder, secrets).load()
    assert saved.sessions == [LAB]
    assert saved.database.entity("core-sw") is not None
    assert saved.database.context("ro").community == "s3cret"  # type: ignore[union-attr]


def test_closing_before_the_first_demo_is_up_keeps_it_for_the_next_start(qtbot, tmp_path):
    folder, secrets = tmp_path / "config", MemorySecretStore()
    context = create_context(folder, secrets, install_hooks=False)
    qtbot.addWidget(context.window)
    context.window.start()
    assert context.close()
    saved = Workspace(folder, secrets).load()
    assert [(s.name, s.demo) for s in saved.sessions] == [("Demo router", True)]


def test_restored_tells_when_every_saved_session_is_open(qtbot, tmp_path):
    folder, secrets = tmp_path / "config", MemorySecretStore()
    database = AgentDatabase(secrets=secrets)
    database.put_entity(EntityRecord("core-sw", "10.0.0.1"))
    database.put_context(ContextRecord("ro", community="s3cret"))
    Workspace(folder, secrets).save(WorkspaceState(database, [LAB], first_launch=False))
    context = create_context(folder, secrets, install_hooks=False)
    qtbot.addWidget(context.window)
    try:
        with qtbot.waitSignal(context.window.keeper.restored, timeout=15000):
            context.window.start()
        reader = context.controller.read_model
        (session,) = context.window.operations.sessions
        assert len(reader.owned(session, HandleKind.ENTITY)) == 1
        assert len(reader.owned(session, HandleKind.CONTEXT)) == 1
    finally:
        assert context.close()
    assert Workspace(folder, secrets).load().sessions == [LAB]
