"""Dialogs say what is wrong inline; the error presenter picks status text or a dialog."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from snmpscope.core.constants import PduType, SnmpVersion, Syntax
from snmpscope.core.errors import LimitError, SnmpApiError
from snmpscope.core.mib.names import MibNames
from snmpscope.core.service.failures import Failure, failure_from
from snmpscope.gui.controllers.error_presenter import ErrorPresenter
from snmpscope.gui.dialogs.entity_dialog import EntityDialog
from snmpscope.gui.dialogs.error_dialogs import AllocChoice, AllocErrorDialog, ErrorDialog
from snmpscope.gui.dialogs.pdu_composer import PduComposer
from snmpscope.gui.dialogs.preferences_dialog import PreferencesDialog
from snmpscope.gui.naming import Naming
from snmpscope.gui.settings.preferences import Preferences


@pytest.fixture(scope="module")
def names() -> MibNames:
    mibs = MibNames.default()
    mibs.ensure_loaded()
    return mibs


@pytest.fixture
def naming(qapp, names: MibNames) -> Naming:
    result = Naming()
    result.set_names(names)
    return result


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "Enter the agent's address."),
        ("2001:db8::zz", "is not a valid IPv6 address"),
        ("10.1.300", "is neither an IPv4 address nor a host name"),
        ("router:99999", "outside 1..65535"),
        ("[::1", "missing ']'"),
        ("-bad.example", "is not a valid host name"),
    ],
)
def test_the_entity_dialog_says_what_is_wrong(qtbot, text, problem) -> None:
    dialog = EntityDialog(None, Preferences())
    qtbot.addWidget(dialog)
    dialog.host.setText(text)
    assert problem in dialog.problem.text()
    assert not ok_enabled(dialog)


def test_the_entity_dialog_takes_ipv6_and_ports(qtbot) -> None:
    dialog = EntityDialog(None, Preferences(default_timeout_cs=250, default_retry=3))
    qtbot.addWidget(dialog)
    dialog.host.setText("[::1]:1161")
    assert ok_enabled(dialog)
    assert not dialog.port.isEnabled()  # the port came with the address
    spec = dialog.spec()
    assert (spec.address, spec.timeout_cs, spec.retry) == ("[::1]:1161", 250, 3)
    dialog.host.setText("fe80::1%lo")
    dialog.port.setValue(16161)
    assert dialog.spec().address == "[fe80::1%lo]:16161"
    dialog.version.setCurrentIndex(dialog.version.findData(int(SnmpVersion.V1)))
    dialog.community.setText("")
    assert "Enter a community" in dialog.problem.text()
    dialog.add_context.setChecked(False)
    assert ok_enabled(dialog)
    assert dialog.spec().version == SnmpVersion.V1


def test_the_composer_validates_names_and_typed_values(qtbot, naming) -> None:
    composer = PduComposer(None, naming, [(5, "agent")], [(6, "pub•••")], ["sysDescr.0"])
    qtbot.addWidget(composer)
    assert composer.send_button.isEnabled()
    name, type_box, value = composer.row_widgets(0)
    name.setText("sysDescrX.0")
    assert "unknown MIB object 'sysDescrX'" in composer.problem.text()
    assert not composer.send_button.isEnabled()
    name.setText("SNMPv2-MIB::sysContact.0")
    composer.pdu_type.setCurrentIndex(composer.pdu_type.findData(int(PduType.SET)))
    assert type_box.isEnabled()
    value.setText("noc@example.net")
    assert composer.send_button.isEnabled()
    composer.add_row("IF-MIB::ifAdminStatus.2", "i", "sideways")
    assert composer.problem.text().startswith("Row 2:")
    composer.row_widgets(1)[2].setText("down")
    spec = composer.spec()
    assert spec.pdu_type == PduType.SET
    assert spec.varbinds[0][1].value == b"noc@example.net"
    assert (spec.varbinds[1][1].syntax, spec.varbinds[1][1].value) == (Syntax.INT, 2)
    assert (spec.entity, spec.context) == (5, 6)


def test_the_composer_builds_notification_varbinds(qtbot, naming) -> None:
    composer = PduComposer(None, naming, [(5, "agent")], [(6, "c")], [""])
    qtbot.addWidget(composer)
    composer.pdu_type.setCurrentIndex(composer.pdu_type.findData(int(PduType.TRAP)))
    assert "notification OID" in composer.problem.text()
    composer.trap_oid.setText("IF-MIB::linkDown")
    composer.row_widgets(0)[0].setText("IF-MIB::ifIndex.2")
    composer.row_widgets(0)[2].setText("2")
    spec = composer.spec()
    oids = [oid for oid, _ in spec.varbinds]
    assert oids[:2] == [(1, 3, 6, 1, 2, 1, 1, 3, 0), (1, 3, 6, 1, 6, 3, 1, 1, 4, 1, 0)]
    assert spec.varbinds[1][1].value == (1, 3, 6, 1, 6, 3, 1, 1, 5, 3)
    assert oids[2] == (1, 3, 6, 1, 2, 1, 2, 2, 1, 1, 2)


def test_the_composer_needs_a_destination(qtbot, naming) -> None:
    composer = PduComposer(None, naming, [], [], ["sysDescr.0"])
    qtbot.addWidget(composer)
    assert composer.problem.text() == "The session needs an entity and a context first."


def test_name_completion_comes_from_the_loaded_mibs(qtbot, naming) -> None:
    composer = PduComposer(None, naming, [(1, "a")], [(2, "c")], [""])
    qtbot.addWidget(composer)
    edit = composer.row_widgets(0)[0]
    edit.setText("ifInOct")
    edit.textEdited.emit("ifInOct")  # what typing does, without the completion popup
    model = edit.completer().model()
    found = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert "IF-MIB::ifInOctets" in found


def test_preferences_refuse_a_bad_trap_address(qtbot) -> None:
    dialog = PreferencesDialog(None, Preferences())
    qtbot.addWidget(dialog)
    dialog.trap_host.setText("localhost")
    assert "must be an IP address" in dialog.problem.text()
    dialog.trap_host.setText("::1")
    dialog.sessions.setValue(7)
    assert ok_enabled(dialog)
    assert dialog.preferences().max_sessions == 7
    assert dialog.preferences().trap_host == "::1"


def test_the_allocation_dialog_names_error_limit_and_remedy(qtbot) -> None:
    dialog = AllocErrorDialog(None, failure_from(LimitError("handles_per_session", 500)))
    qtbot.addWidget(dialog)
    # Words on the surface; the SNMPAPI code in the details.
    assert dialog.text() == "The limit of 500 live handles per session was reached."
    remedy = dialog.informativeText()
    for words in ("close sessions", "Free handles", "raise the limit in Preferences"):
        assert words in remedy
    assert "SNMPAPI" not in dialog.text() + remedy
    assert "SNMPAPI_ALLOC_ERROR (2)" in dialog.detailedText()
    assert "handles_per_session" in dialog.detailedText()


class _Window(QWidget):
    pass


def test_the_presenter_routes_each_kind_of_failure(qtbot, monkeypatch) -> None:
    window = _Window()
    qtbot.addWidget(window)
    status: list[str] = []
    preferences: list[bool] = []
    alloc: list[Failure] = []
    unexpected: list[tuple[str, Failure]] = []
    monkeypatch.setattr(
        AllocErrorDialog,
        "ask",
        classmethod(lambda cls, parent, f: alloc.append(f) or AllocChoice.PREFERENCES),
    )
    monkeypatch.setattr(
        ErrorDialog, "ask", classmethod(lambda cls, parent, what, f: unexpected.append((what, f)))
    )
    presenter = ErrorPresenter(window, status.append, lambda: preferences.append(True))

    presenter.present(failure_from(SnmpApiError(108, "no answer")), "Send GET #4")
    assert status[-1] == "Send GET #4: SNMPAPI_TL_TIMEOUT (108): request timed out: no answer"
    assert not alloc and not unexpected

    presenter.present(failure_from(LimitError("sessions", 1)), "New session")
    assert len(alloc) == 1
    assert preferences == [True]  # the user chose "Open Preferences…"

    presenter.present(failure_from(KeyError("oops")), "Walk")
    assert unexpected[0][0] == "Walk"
    assert unexpected[0][1].code == 99
    assert "KeyError" in unexpected[0][1].traceback


def test_self_test_entry_point_passes(tmp_path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from snmpscope.gui.app import main; raise SystemExit(main())",
            "--self-test",
            "--self-test-timeout",
            "60",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "snmpscope self-test: OK" in result.stdout
    assert "0 live handles, []" in result.stdout
    assert "walked the system group:" in result.stdout
