"""Secrets are kept safely: the OS keyring first; without one, an encrypted file unlocked by
a master password asked once per run; declined, memory for the run with a notice that stays.
Never in clear on disk, the Preferences' default community included."""

from __future__ import annotations

from dataclasses import replace

import pytest

from snmpscope.core.service.profiles import AgentDatabase, ContextRecord
from snmpscope.gui.context import create_context
from snmpscope.gui.settings.preferences import Preferences
from snmpscope.gui.settings.secrets import SECRETS_FILE, open_secret_store, system_keyring
from snmpscope.gui.settings.workspace import Workspace, WorkspaceState

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


def test_this_machine_has_no_system_keyring_and_file_backends_are_not_taken_for_one() -> None:
    # keyrings.cryptfile registers a plaintext and an encrypted file backend; neither is an
    # OS keyring, and the plaintext one must never be picked by discovery.
    assert system_keyring() is None


def test_the_encrypted_file_keeps_secrets_across_runs_and_never_in_clear(tmp_path) -> None:
    asked: list[tuple[bool, str]] = []

    def prompt(new_file: bool, problem: str) -> str | None:
        asked.append((new_file, problem))
        return "correct horse"

    access = open_secret_store(tmp_path, prompt)
    assert (access.where, access.persistent, access.notice) == ("encrypted file", True, "")
    assert asked == [(True, "")]  # a new file: the dialog asks for a password twice
    workspace = Workspace(tmp_path, access.store)
    database = AgentDatabase(secrets=access.store)
    database.put_context(ContextRecord("core", community="c0re-s3cret"))
    prefs = replace(Preferences(), default_community="n0t-public")
    workspace.save(WorkspaceState(database, [], prefs, first_launch=False))
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"c0re-s3cret" not in on_disk
    assert b"n0t-public" not in on_disk
    assert (tmp_path / SECRETS_FILE).exists()

    again = open_secret_store(tmp_path, lambda new, problem: "correct horse")
    loaded = Workspace(tmp_path, again.store).load()
    assert loaded.preferences.default_community == "n0t-public"
    assert loaded.database.context("core").community == "c0re-s3cret"


def test_a_wrong_password_is_asked_again_with_the_reason(tmp_path) -> None:
    open_secret_store(tmp_path, lambda new, problem: "right")
    answers = iter(["wrong", "right"])
    problems: list[str] = []

    def prompt(new_file: bool, problem: str) -> str | None:
        assert not new_file
        problems.append(problem)
        return next(answers)

    access = open_secret_store(tmp_path, prompt)
    assert access.where == "encrypted file"
    assert problems == ["", "That password does not open the secrets file."]


def test_declined_secrets_stay_for_the_run_with_a_notice_that_stays(qtbot, tmp_path) -> None:
    context = create_context(tmp_path, install_hooks=False, ask_password=lambda n, p: None)
    qtbot.addWidget(context.window)
    try:
        window = context.window
        assert window.secrets_state.text() == "⚠ Secrets: this run only"
        assert "memory for this run only" in window.secrets_state.toolTip()
        window.start(with_demo=False)
        assert "not saved" in window.status.currentMessage()
    finally:
        assert context.close()
    assert not (tmp_path / SECRETS_FILE).exists()
