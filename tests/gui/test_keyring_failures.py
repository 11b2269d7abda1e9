"""A system keyring that fails (locked, gone, access denied) never crashes the window: a save
that cannot store a secret fails cleanly and leaves the last save as it was; a load that
cannot read one gets the workspace with that secret missing, never a file set aside."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordSetError

from snmpscope.core.service.profiles import AgentDatabase, ContextRecord, MemorySecretStore
from snmpscope.gui.controllers.workspace_keeper import WorkspaceKeeper
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.gui.settings.secrets import KeyringSecretStore, SecretStoreError
from snmpscope.gui.settings.workspace import SessionLayout, Workspace, WorkspaceState

# The offscreen platform says this once when a top-level window is shown; it is not ours.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


class BrokenKeyring(KeyringBackend):
    """A keyring backend that refuses everything, as a locked desktop keyring does."""

    # keyring registers every KeyringBackend subclass and picks the one of highest priority
    # on its first get_keyring(): below the fail backend's 0, this one is never picked by
    # that discovery (it would stay the keyring of every later test), only by set_keyring.
    priority = -1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the keyring is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keyring is locked")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("the keyring is locked")


@pytest.fixture
def broken_keyring() -> Iterator[KeyringSecretStore]:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    try:
        yield KeyringSecretStore()
    finally:
        keyring.set_keyring(previous)


def _state(secrets: KeyringSecretStore) -> WorkspaceState:
    database = AgentDatabase(secrets=secrets)
    database.put_context(ContextRecord("ro", community="ctx-s3cret"))
    return WorkspaceState(
        database,
        [SessionLayout("lab", (), ("ro",))],
        replace(Preferences(), default_community="n0t-public"),
        first_launch=False,
    )


def test_storing_fails_as_an_os_error_naming_the_key(broken_keyring) -> None:
    with pytest.raises(SecretStoreError, match="could not store 'x'") as caught:
        broken_keyring.set("x", "secret")
    assert isinstance(caught.value, OSError)
    with pytest.raises(SecretStoreError, match="could not remove 'x'"):
        broken_keyring.delete("x")


def test_reading_answers_none_and_says_so(broken_keyring, caplog) -> None:
    assert broken_keyring.get("x") is None
    assert "could not read 'x'" in caplog.text


def test_a_save_that_cannot_store_a_secret_keeps_the_last_save(tmp_path, broken_keyring) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    before = '{"format": 2, "generation": 7}\n'
    (folder / "workspace.json").write_text(before)
    workspace = Workspace(folder, broken_keyring)
    with pytest.raises(OSError, match="keyring"):
        workspace.save(_state(broken_keyring))
    assert (folder / "workspace.json").read_text() == before
    assert [p.name for p in folder.iterdir()] == ["workspace.json"]  # no temp file either


def test_the_keeper_reports_the_failed_save_and_goes_on(
    qtbot, gui, broken_keyring, monkeypatch, caplog
) -> None:
    keeper: WorkspaceKeeper = gui.window.keeper
    workspace = Workspace(gui.workspace.folder, broken_keyring)
    monkeypatch.setattr(keeper, "_workspace", workspace)
    assert keeper.save(_state(broken_keyring)) is False
    assert "cannot save the workspace" in caplog.text


def test_a_load_that_cannot_read_a_secret_gets_the_rest(tmp_path, broken_keyring) -> None:
    folder = tmp_path / "config"
    memory = MemorySecretStore()
    Workspace(folder, memory).save(_state(memory))  # saved while the keyring worked
    state = Workspace(folder, broken_keyring).load()
    assert state.problems == []
    assert [s.name for s in state.sessions] == ["lab"]
    context = state.database.context("ro")
    assert context is not None and not context.community  # missing, and the window says so
    assert (folder / "workspace.json").exists()  # not set aside as unreadable
