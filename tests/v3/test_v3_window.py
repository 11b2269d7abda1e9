"""SNMPv3 in the window: the entity dialog's v3 fields with inline validation, an entity made
from it that talks to net-snmp's snmpd through the service, the details (user, level,
engine ID/boots/time, msgFlags, the Report in words), and the passphrases kept out of every
file of the config folder after the workspace was saved."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from agents.snmpd import ENGINE_ID, SnmpdAgent
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from snmpscope.core.constants import ApiError, HandleKind, PduType, SnmpVersion
from snmpscope.core.model.agent_db import MemorySecretStore
from snmpscope.gui.context import AppContext, create_context
from snmpscope.gui.dialogs.entity_dialog import EntityDialog, EntitySpec
from snmpscope.gui.dialogs.pdu_composer import PduComposer, PduSpec
from snmpscope.gui.dialogs.simple_dialogs import NewSessionDialog
from snmpscope.gui.settings.preferences import Preferences

pytestmark = [
    pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints"),
    pytest.mark.gui,
]
SYS_DESCR = (1, 3, 6, 1, 2, 1, 1, 1, 0)
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots" / "v3"


def ok_enabled(dialog: EntityDialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def fill_v3(dialog: EntityDialog, address: str, user: str, level: str) -> None:
    dialog.host.setText(address)
    dialog.version.setCurrentIndex(dialog.version.findData(int(SnmpVersion.V3)))
    dialog.user.setText(user)
    dialog.level.setCurrentIndex(dialog.level.findData(level))


def test_the_v3_fields_validate_inline(qtbot) -> None:
    dialog = EntityDialog(None, Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host.setText("192.0.2.1")
    assert not dialog.user.isVisibleTo(dialog)
    fill_v3(dialog, "192.0.2.1", "", "noAuthNoPriv")
    assert dialog.user.isVisibleTo(dialog) and not dialog.community.isVisibleTo(dialog)
    assert "User:" in dialog.problem.text() and not ok_enabled(dialog)
    dialog.user.setText("ops")
    assert ok_enabled(dialog)
    dialog.level.setCurrentIndex(dialog.level.findData("authPriv"))
    assert "Auth passphrase:" in dialog.problem.text()
    dialog.auth_key.setText("short")
    assert "at least 8" in dialog.problem.text()
    dialog.auth_key.setText("auth-pass-1")
    assert "Priv passphrase:" in dialog.problem.text()
    dialog.priv_key.setText("priv-pass-1")
    assert ok_enabled(dialog)
    dialog.engine_id.setText("zz")
    assert "engine ID" in dialog.problem.text()
    dialog.engine_id.setText("80001f8804")
    assert ok_enabled(dialog)
    dialog.priv_protocol.setCurrentIndex(dialog.priv_protocol.findData("AES-256-C"))
    assert "Reeder" in dialog.priv_protocol.currentText()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SCREENSHOTS / "v3-entity-dialog.png"))
    spec = dialog.spec()
    assert spec.security is not None
    assert (spec.security.user, spec.security.security_level) == ("ops", "authPriv")
    assert (spec.security.auth_protocol, spec.security.priv_protocol) == ("SHA-256", "AES-256-C")
    assert spec.security.engine_id == bytes.fromhex("80001f8804")


def open_session(qtbot, gui: AppContext, monkeypatch, name: str) -> int:
    monkeypatch.setattr(NewSessionDialog, "ask", classmethod(lambda cls, parent, default="": name))
    with qtbot.waitSignal(gui.window.operations.sessionOpened, timeout=15000) as opened:
        gui.window.commands.new_session.trigger()
    return int(opened.args[0])


def add_v3_entity(qtbot, gui: AppContext, monkeypatch, session: int, spec: EntitySpec) -> int:
    window, app = gui.window, gui.controller.app
    qtbot.waitUntil(lambda: window.tree_model.index_of_handle(session).isValid(), timeout=15000)
    window.tree.setCurrentIndex(window.tree_model.index_of_handle(session))
    before = set(app.owned_handles(session, HandleKind.ENTITY))
    monkeypatch.setattr(EntityDialog, "ask", classmethod(lambda cls, parent, prefs: spec))
    window.commands.add_entity.trigger()
    qtbot.waitUntil(
        lambda: len(app.owned_handles(session, HandleKind.ENTITY)) == len(before) + 1, timeout=15000
    )
    qtbot.waitUntil(lambda: len(app.owned_handles(session, HandleKind.CONTEXT)) >= 1, timeout=15000)
    (entity,) = set(app.owned_handles(session, HandleKind.ENTITY)) - before
    return entity


def dialog_spec(qtbot, address: str, user, level: str) -> EntitySpec:
    """The spec the real dialog makes of what an administrator types."""
    dialog = EntityDialog(None, Preferences())
    qtbot.addWidget(dialog)
    fill_v3(dialog, address, user.name, level)
    if user.auth_proto:
        dialog.auth_protocol.setCurrentIndex(dialog.auth_protocol.findData(user.auth_proto))
        dialog.auth_key.setText(user.auth_key)
    if user.priv_proto:
        dialog.priv_protocol.setCurrentIndex(dialog.priv_protocol.findData(user.priv_proto))
        dialog.priv_key.setText(user.priv_key)
    dialog.name.setText(f"{user.name}-agent")
    assert ok_enabled(dialog), dialog.problem.text()
    return dialog.spec()


def test_a_v3_entity_from_the_dialog_talks_to_snmpd_and_shows_its_engine(
    qtbot, tmp_path, monkeypatch, snmpd_agent: SnmpdAgent
) -> None:
    secrets = MemorySecretStore()
    gui = create_context(tmp_path / "config", secrets, install_hooks=False)
    qtbot.addWidget(gui.window)
    gui.window.show()
    window, reader = gui.window, gui.controller.read_model
    try:
        with qtbot.waitSignal(window.keeper.demoReady, timeout=30000):
            window.start()
        session = open_session(qtbot, gui, monkeypatch, "v3 lab")
        user = snmpd_agent.user("sha256-aes")
        spec = dialog_spec(qtbot, f"127.0.0.1:{snmpd_agent.port}", user, "authPriv")
        entity = add_v3_entity(qtbot, gui, monkeypatch, session, spec)
        (context,) = gui.controller.app.owned_handles(session, HandleKind.CONTEXT)
        get = PduSpec(PduType.GET, ((SYS_DESCR, None),), entity, context)
        monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *a, **k: get))
        with qtbot.waitSignal(window.operations.pduAnswered, timeout=20000):
            window.commands.new_pdu.trigger()
        info = reader.entity(entity)
        assert info is not None
        assert info.engine_id == ENGINE_ID.hex()
        assert info.msg_flags & 0x03 == 0x03  # the answer was authenticated and encrypted
        assert info.engine_boots >= 1
        qtbot.waitUntil(lambda: window.tree_model.index_of_handle(entity).isValid(), timeout=15000)
        window.tree.setCurrentIndex(window.tree_model.index_of_handle(entity))
        qtbot.waitUntil(lambda: window.details.fields.rowCount() > 10, timeout=15000)
        rows = {
            window.details.fields.item(r, 0).text(): window.details.fields.item(r, 1).text()
            for r in range(window.details.fields.rowCount())
        }
        assert rows["User"] == user.name and rows["Security level"] == "authPriv"
        assert rows["Engine ID"] == ENGINE_ID.hex()
        assert rows["msgFlags (last answer)"].startswith("0x03")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        window.resize(1280, 800)
        window.grab().save(str(SCREENSHOTS / "v3-entity-details.png"))
        window.details.fields.scrollToItem(window.details.fields.item(13, 0))
        window.details.grab().save(str(SCREENSHOTS / "v3-entity-engine.png"))

        # A wrong user: the Report in words on the entity, a failure code on the PDU.
        nobody = snmpd_agent.user("noauth")
        wrong = dialog_spec(qtbot, f"127.0.0.1:{snmpd_agent.port}", nobody, "noAuthNoPriv")
        wrong = replace(wrong, security=wrong.security.replace(user="nobody-here"))
        bad = add_v3_entity(qtbot, gui, monkeypatch, session, wrong)
        contexts = gui.controller.app.owned_handles(session, HandleKind.CONTEXT)
        fail = PduSpec(PduType.GET, ((SYS_DESCR, None),), bad, contexts[-1])
        monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *a, **k: fail))
        window.commands.new_pdu.trigger()
        qtbot.waitUntil(lambda: bool(getattr(reader.entity(bad), "last_report", "")), timeout=20000)
        report = reader.entity(bad).last_report  # type: ignore[union-attr]
        assert "does not know user 'nobody-here'" in report
        pdus = gui.controller.app.owned_handles(session, HandleKind.PDU)
        assert any(
            gui.controller.app.pdu_status(p).error == ApiError.RPT_UNKNOWNUSERNAME for p in pdus
        )
        qtbot.waitUntil(lambda: window.tree_model.index_of_handle(bad).isValid(), timeout=15000)
        window.tree.setCurrentIndex(window.tree_model.index_of_handle(bad))
        qtbot.waitUntil(lambda: window.details.fields.rowCount() > 10, timeout=15000)
        window.grab().save(str(SCREENSHOTS / "v3-report-details.png"))
    finally:
        assert gui.close()
    # The workspace was saved: no passphrase in any file of the config folder.
    files = [p for p in (tmp_path / "config").rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for secret in (user.auth_key, user.priv_key):
            assert secret is not None and secret.encode() not in data, path
    assert any(value == "sha256-aes-auth" for value in secrets._data.values())


def test_one_click_aes_probe_says_which_key_extension_the_agent_uses(
    qtbot, tmp_path, monkeypatch, pysnmp_v3_agent
) -> None:
    """An entity set up with AES-256 (Blumenthal, as net-snmp) for an agent that uses the
    Reeder extension (Cisco's AES256C): Probe the AES Variant on the entity (its tree menu
    or the Session menu) says so in a box and in the status bar."""
    gui = create_context(tmp_path / "config", MemorySecretStore(), install_hooks=False)
    qtbot.addWidget(gui.window)
    gui.window.show()
    window = gui.window
    try:
        with qtbot.waitSignal(window.keeper.demoReady, timeout=30000):
            window.start()
        session = open_session(qtbot, gui, monkeypatch, "aes lab")
        user = pysnmp_v3_agent.user("sha-aes256c")
        reeder = user.priv_proto or ""
        blumenthal = replace(user, priv_proto=reeder.removesuffix("-C"))
        address = f"127.0.0.1:{pysnmp_v3_agent.port}"
        entity = add_v3_entity(
            qtbot, gui, monkeypatch, session, dialog_spec(qtbot, address, blumenthal, "authPriv")
        )
        qtbot.waitUntil(lambda: window.tree_model.index_of_handle(entity).isValid(), timeout=15000)
        window.tree.setCurrentIndex(window.tree_model.index_of_handle(entity))
        assert window.commands.probe_aes.isEnabled()
        window.commands.probe_aes.trigger()

        def box():
            return window.findChild(QMessageBox, "aesProbeResult")

        qtbot.waitUntil(lambda: box() is not None, timeout=30000)
        text = box().text()
        assert f"the agent uses {reeder} (Reeder key extension), not AES-256" in text
        box().close()
        assert "Reeder key extension" in window.statusBar().currentMessage()
    finally:
        assert gui.close()


def test_a_saved_v3_agent_comes_back_with_its_context_after_a_restart(
    qtbot, tmp_path, monkeypatch, snmpd_agent: SnmpdAgent
) -> None:
    """The default SNMPv3 context has an empty name (no community ever has 0 octets): it is
    saved as a v3 context and opened again with the entity, so the agent answers after a
    restart without adding anything by hand."""
    folder, secrets = tmp_path / "config", MemorySecretStore()
    user = snmpd_agent.user("sha256-aes")
    address = f"127.0.0.1:{snmpd_agent.port}"
    gui = create_context(folder, secrets, install_hooks=False)
    qtbot.addWidget(gui.window)
    try:
        with qtbot.waitSignal(gui.window.keeper.demoReady, timeout=30000):
            gui.window.start()
        session = open_session(qtbot, gui, monkeypatch, "v3 lab")
        entity = add_v3_entity(
            qtbot, gui, monkeypatch, session, dialog_spec(qtbot, address, user, "authPriv")
        )
        # the window has its credentials once the service's answer is in
        qtbot.waitUntil(lambda: entity in gui.window.operations.v3_security, timeout=15000)
    finally:
        assert gui.close()
    again = create_context(folder, secrets, install_hooks=False)
    qtbot.addWidget(again.window)
    try:
        with qtbot.waitSignal(again.window.keeper.restored, timeout=30000):
            again.window.start()
        reader, app = again.controller.read_model, again.controller.app
        (lab,) = [s for s in reader.session_handles() if reader.session(s).name == "v3 lab"]  # type: ignore[union-attr]
        (entity,) = reader.owned(lab, HandleKind.ENTITY)
        (context,) = reader.owned(lab, HandleKind.CONTEXT)
        assert reader.entity(entity).security_level == "authPriv"  # type: ignore[union-attr]
        assert reader.context(context).community == b""  # type: ignore[union-attr]
        get = PduSpec(PduType.GET, ((SYS_DESCR, None),), entity, context)
        monkeypatch.setattr(PduComposer, "ask", classmethod(lambda cls, *a, **k: get))
        # "restored" means the model has it; the tree shows it a moment later (queued
        # signals): select the session only once its row is there, or there is no selection.
        tree = again.window.tree_model
        qtbot.waitUntil(lambda: tree.index_of_handle(lab).isValid(), timeout=15000)
        again.window.tree.setCurrentIndex(tree.index_of_handle(lab))
        with qtbot.waitSignal(again.window.operations.pduAnswered, timeout=20000):
            again.window.commands.new_pdu.trigger()
        assert list(app.owned_handles(lab, HandleKind.PDU))
    finally:
        assert again.close()
