"""The saved agents: the dialog adds, edits, duplicates (under a new name, editable at
once), deletes and files agents in folders; the workspace keeps them with their secrets in
the secret store only."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.service.agent_profiles import (
    AgentBook,
    AgentProfile,
    V3Credentials,
)
from snmpscope.core.service.profiles import AgentDatabase, MemorySecretStore
from snmpscope.gui.dialogs.agents_dialog import AgentsDialog
from snmpscope.gui.settings.workspace import Workspace, WorkspaceState


def test_add_edit_duplicate_delete_and_folders(qtbot) -> None:
    dialog = AgentsDialog(None, AgentBook(), "public")
    qtbot.addWidget(dialog)
    assert not dialog.form_box.isEnabled()  # nothing to edit yet
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.book.names() == ["New agent"]
    assert dialog.community.text() == "public"  # the default community
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "core-sw")
    dialog.folder.setEditText("Core/Switches")
    dialog.address.clear()
    qtbot.keyClicks(dialog.address, "10.1.1.1:1161")
    dialog.retry.setValue(4)
    assert dialog.book.get("core-sw") == AgentProfile(
        "core-sw", "10.1.1.1:1161", community="public", retry=4, folder="Core/Switches"
    )
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    assert dialog.book.names() == ["core-sw", "core-sw (copy)"]
    assert dialog.name.text() == "core-sw (copy)"  # shown, selected, ready to rename
    assert dialog.name.selectedText() == "core-sw (copy)"
    qtbot.keyClicks(dialog.name, "edge-rtr")
    assert dialog.book.names() == ["core-sw", "edge-rtr"]
    # A name that is taken is refused, in words.
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "core-sw")
    assert dialog.problem.text() == "Another agent is called core-sw."
    # Edits apply as typed while valid: the copy keeps the last good name.
    assert dialog.book.names() == ["core-sw", "core-s"]
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "edge-rtr")
    folder = dialog.list.topLevelItem(0)
    assert folder.text(0) == "Core/Switches"
    assert [folder.child(i).text(0) for i in range(folder.childCount())] == ["core-sw", "edge-rtr"]
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.book.names() == ["core-sw"]
    # SNMPv3: the user fields come alive, the community goes.
    dialog.version.setCurrentIndex(dialog.version.findData(int(SnmpVersion.V3)))
    assert dialog.v3_box.isEnabled() and not dialog.community.isEnabled()
    assert "needs a user name" in dialog.problem.text()
    qtbot.keyClicks(dialog.user, "ops")
    assert dialog.book.get("core-sw").v3 == V3Credentials(
        "ops", "noAuthNoPriv", "SHA", "", "AES", ""
    )


def test_the_workspace_keeps_agents_and_their_secrets_apart(tmp_path) -> None:
    secrets = MemorySecretStore()
    book = AgentBook(
        [
            AgentProfile("core-sw", "10.1.1.1", community="c0re", folder="Core"),
            AgentProfile(
                "v3-rtr",
                "10.1.1.2",
                SnmpVersion.V3,
                v3=V3Credentials("ops", "authPriv", "SHA-256", "auth-pass", "AES", "priv-pass"),
            ),
        ]
    )
    workspace = Workspace(tmp_path, secrets)
    workspace.save(WorkspaceState(AgentDatabase(secrets=secrets), agents=book, first_launch=False))
    text = (tmp_path / "workspace.json").read_text()
    for secret in ("c0re", "auth-pass", "priv-pass"):
        assert secret not in text
    assert json.loads(text)["agent_profiles"][0]["folder"] == "Core"
    loaded = Workspace(tmp_path, secrets).load()
    assert loaded.agents.profiles == book.profiles
    loaded.agents.delete("core-sw")
    workspace.save(loaded)
    assert secrets.get("agent/core-sw/community") is None  # a deleted agent's secret goes too
