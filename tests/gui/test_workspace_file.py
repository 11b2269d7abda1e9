"""The workspace on disk: one file written as one atomic unit, no secret in it (the
Preferences' default community included), the old two-file layout migrated on first load,
and the temp files of killed saves removed at start."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, replace
from pathlib import Path

import pytest

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.service.profiles import (
    AgentDatabase,
    ContextRecord,
    EntityRecord,
    MemorySecretStore,
    atomic_write_text,
)
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.gui.settings.workspace import SessionLayout, Workspace, WorkspaceState

SECRET = "n0t-public-default"


def _every_file(folder: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in folder.rglob("*") if p.is_file())


def _state(secrets: MemorySecretStore, community: str = SECRET) -> WorkspaceState:
    database = AgentDatabase(secrets=secrets)
    database.put_entity(EntityRecord("core-sw", "10.0.0.1", version=SnmpVersion.V1))
    database.put_context(ContextRecord("ro", community="ctx-s3cret"))
    return WorkspaceState(
        database,
        [SessionLayout("lab", ("core-sw",), ("ro",))],
        replace(Preferences(), default_community=community, default_retry=5),
        first_launch=False,
    )


def _legacy_folder(folder: Path, community: str) -> None:
    """The layout older versions wrote: agents.json, then workspace.json (format 1) with the
    default community in clear."""
    folder.mkdir(parents=True)
    agents = {
        "format": 1,
        "entities": [
            {"name": "core-sw", "address": "10.0.0.1", "port": 161, "version": 0, "retry": 3}
        ],
        "contexts": [{"name": "ro", "has_community": False, "version": None}],
    }
    (folder / "agents.json").write_text(json.dumps(agents))
    layout = {
        "format": 1,
        "sessions": [{"name": "lab", "entities": ["core-sw"], "contexts": ["ro"]}],
        "preferences": {**asdict(Preferences()), "default_community": community},
    }
    (folder / "workspace.json").write_text(json.dumps(layout))


# ------------------------------------------------------------------ the default community
def test_the_default_community_is_kept_in_the_secret_store_not_in_the_file(tmp_path) -> None:
    secrets = MemorySecretStore()
    Workspace(tmp_path, secrets).save(_state(secrets))
    assert SECRET not in _every_file(tmp_path)
    assert "ctx-s3cret" not in _every_file(tmp_path)
    prefs = json.loads((tmp_path / "workspace.json").read_text())["preferences"]
    assert prefs["has_default_community"] is True
    loaded = Workspace(tmp_path, secrets).load()
    assert loaded.preferences.default_community == SECRET
    assert loaded.preferences.default_retry == 5


def test_with_the_memory_store_the_default_community_lives_for_the_run(tmp_path) -> None:
    secrets = MemorySecretStore()
    Workspace(tmp_path, secrets).save(_state(secrets))
    # A new run: the memory store is empty, as it is for the contexts' communities.
    loaded = Workspace(tmp_path, MemorySecretStore()).load()
    assert loaded.preferences.default_community == Preferences().default_community
    assert loaded.database.context("ro").community == ""  # type: ignore[union-attr]
    assert loaded.preferences.default_retry == 5


def test_an_empty_default_community_stays_empty(tmp_path) -> None:
    secrets = MemorySecretStore()
    Workspace(tmp_path, secrets).save(_state(secrets, community=""))
    assert Workspace(tmp_path, secrets).load().preferences.default_community == ""


def test_a_default_community_in_clear_is_moved_to_the_store_and_not_written_again(
    tmp_path,
) -> None:
    folder = tmp_path / "config"
    _legacy_folder(folder, "legacy-s3cret")
    secrets = MemorySecretStore()
    workspace = Workspace(folder, secrets)
    state = workspace.load()
    assert state.preferences.default_community == "legacy-s3cret"
    assert "legacy-s3cret" not in _every_file(folder)  # moved at once, not at the next save
    workspace.save(state)
    assert "legacy-s3cret" not in _every_file(folder)
    assert Workspace(folder, secrets).load().preferences.default_community == "legacy-s3cret"


# ------------------------------------------------------------------ one file, one unit
def test_a_save_is_one_file_with_a_generation_marker(tmp_path) -> None:
    secrets = MemorySecretStore()
    workspace = Workspace(tmp_path, secrets)
    workspace.save(_state(secrets))
    workspace.save(_state(secrets))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workspace.json"]
    doc = json.loads((tmp_path / "workspace.json").read_text())
    assert doc["generation"] == 2
    assert [e["name"] for e in doc["agents"]["entities"]] == ["core-sw"]
    reopened = Workspace(tmp_path, secrets)
    state = reopened.load()
    assert reopened.generation == 2
    assert state.database.entity("core-sw").version == SnmpVersion.V1  # type: ignore[union-attr]
    assert state.database.context("ro").community == "ctx-s3cret"  # type: ignore[union-attr]
    assert state.sessions == [SessionLayout("lab", ("core-sw",), ("ro",))]
    assert state.first_launch is False
    reopened.save(state)
    assert json.loads((tmp_path / "workspace.json").read_text())["generation"] == 3


def test_the_two_file_layout_is_migrated_on_first_load(tmp_path) -> None:
    folder = tmp_path / "config"
    _legacy_folder(folder, "public")
    secrets = MemorySecretStore()
    state = Workspace(folder, secrets).load()
    assert state.problems == []
    assert state.first_launch is False
    assert state.sessions == [SessionLayout("lab", ("core-sw",), ("ro",))]
    assert state.database.entity("core-sw").retry == 3  # type: ignore[union-attr]
    assert sorted(p.name for p in folder.iterdir()) == ["workspace.json"]
    doc = json.loads((folder / "workspace.json").read_text())
    assert doc["format"] == 2
    assert [e["name"] for e in doc["agents"]["entities"]] == ["core-sw"]
    again = Workspace(folder, secrets).load()
    assert again.sessions == state.sessions
    assert again.database.entity("core-sw") == state.database.entity("core-sw")


def test_an_agents_file_left_by_an_interrupted_migration_is_not_read(tmp_path) -> None:
    secrets = MemorySecretStore()
    Workspace(tmp_path, secrets).save(_state(secrets))
    stale = {"format": 1, "entities": [{"name": "old", "address": "10.9.9.9"}], "contexts": []}
    (tmp_path / "agents.json").write_text(json.dumps(stale))
    state = Workspace(tmp_path, secrets).load()
    assert state.database.entity("old") is None
    assert state.database.entity("core-sw") is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workspace.json"]


def test_temp_files_of_killed_saves_are_removed_at_start(tmp_path) -> None:
    secrets = MemorySecretStore()
    Workspace(tmp_path, secrets).save(_state(secrets))
    for name in (".workspace.json.k1ll3d.tmp", ".agents.json.0ld.tmp"):
        (tmp_path / name).write_text('{"half": ')
    (tmp_path / "notes.tmp").write_text("not ours")
    state = Workspace(tmp_path, secrets).load()
    assert state.sessions == [SessionLayout("lab", ("core-sw",), ("ro",))]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.tmp", "workspace.json"]


@pytest.mark.skipif(os.name != "posix", reason="open files cannot be removed on Windows")
def test_a_temp_file_another_instance_is_writing_is_left_alone(tmp_path, monkeypatch) -> None:
    """Start-up cleanup must not pull a temp file away from a save that is still running
    (a second window on the same folder): that save completes."""
    target = tmp_path / "workspace.json"
    seen: list[list[str]] = []
    real_fsync = os.fsync

    def fsync_then_start_another_instance(fd: int) -> None:
        real_fsync(fd)
        if not seen:
            Workspace(tmp_path, MemorySecretStore()).load()  # its start-up cleanup runs now
            seen.append(sorted(p.name for p in tmp_path.iterdir()))

    monkeypatch.setattr(os, "fsync", fsync_then_start_another_instance)
    atomic_write_text(target, "whole\n")
    monkeypatch.undo()
    assert len(seen[0]) == 1 and seen[0][0].startswith(".workspace.json.")  # still there
    assert target.read_text() == "whole\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["workspace.json"]


def test_an_unreadable_file_is_kept_aside_and_not_overwritten(tmp_path) -> None:
    (tmp_path / "workspace.json").write_text('{"format": 2, "agents": ')
    secrets = MemorySecretStore()
    workspace = Workspace(tmp_path, secrets)
    state = workspace.load()
    assert state.first_launch is True
    assert any("workspace.json" in problem for problem in state.problems)
    workspace.save(_state(secrets))
    kept = [p for p in tmp_path.iterdir() if p.name != "workspace.json"]
    assert [p.read_text() for p in kept] == ['{"format": 2, "agents": ']
    assert any(kept[0].name in problem for problem in state.problems)
