"""What a ``snmpscope-cli`` process loads: a numeric ``get -On`` imports the WinSNMP model, the
transport and the manager, and neither the MIB code (no name is printed or parsed), nor
pysnmp/pyasn1 (the fast codec needs neither), nor the trap listener, nor Qt, nor asyncio (its
I/O thread runs the light selectors loop) and ssl with it, nor shutil (argparse's help width),
nor the SNMPv3 machinery (the USM, the v3 exchange and envelope, hashlib: made on first v3 use),
nor the read model's snapshots (the answer is read straight from the queue), nor
concurrent.futures with logging and traceback (the manager's answer slots are plain records),
nor dataclasses (the records it builds are core.records classes), nor ipaddress (a dotted
quad is read by hand), nor pathlib, fnmatch and urllib (the editable install is a plain path
entry, not a meta-path finder: pyproject.toml's package-dir), nor signal (a get keeps SIGTERM's
default action), nor the datagram log (only the window's PDU timeline reads one), nor the walk
(loaded by a walk command), the typed-value parser (read by a set or a trap's values) and the
notification varbinds (a trap's or an inform's)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    from snmpscope.core.cli.main import main
    main(sys.argv[1:])  # port 9 on loopback is closed: the answer is an ICMP error at once
    prefixes = ("snmpscope.core.mib.names", "snmpscope.core.mib.nodes", "snmpscope.core.mib.mib_",
                "urllib", "sqlite3", "ipaddress", "pathlib", "fnmatch", "signal",
                "pysnmp", "pyasn1",
                "pysmi", "PySide6", "shiboken6", "snmpscope.core.client.traps",
                "snmpscope.core.service", "snmpscope.gui", "asyncio", "ssl", "shutil",
                "snmpscope.core.transport.usm", "snmpscope.core.transport.v3_",
                "snmpscope.core.model.usm", "hashlib", "snmpscope.core.model.snapshots",
                "concurrent", "logging", "traceback", "snmpscope.core.model.agent_db",
                "snmpscope.core.transport.datagram_log", "snmpscope.core.client.walk",
                "snmpscope.core.mib.typed_value", "snmpscope.core.smi.notification")
    print(sorted({m.split(".")[0] if not m.startswith(("snmpscope", "urllib")) else m
                  for m in sys.modules if m.startswith(prefixes)}))
    """
)


def loaded(*argv: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return done.stdout.strip().splitlines()[-1]


def test_a_numeric_get_loads_no_mib_code_no_pysnmp_and_no_qt() -> None:
    argv = ("get", "-v2c", "-On", "-t", "0.2", "-r", "0", "udp:127.0.0.1:9", ".1.3.6.1.2.1.1.3.0")
    assert loaded(*argv) == "[]"


@pytest.mark.parametrize(
    "argv",
    [
        ("get", "-v2c", "-t", "0.2", "-r", "0", "udp:127.0.0.1:9", ".1.3.6.1.2.1.1.3.0"),
        ("get", "-v2c", "-On", "-t", "0.2", "-r", "0", "udp:127.0.0.1:9", "sysUpTime.0"),
    ],
    ids=["names-printed", "name-parsed"],
)
def test_names_printed_or_parsed_load_the_mib_code(argv: tuple[str, ...]) -> None:
    assert "snmpscope.core.mib.names" in loaded(*argv)


def test_the_console_script_turns_the_collector_back_on_before_the_command_runs() -> None:
    """``snmpscope-cli`` (``cli.entry``) pauses the garbage collector only while loading."""
    script = textwrap.dedent(
        """
        import gc, sys
        from snmpscope.core.cli import entry, main as cli_main
        seen = []
        real = cli_main.main
        cli_main.main = lambda: seen.append(gc.isenabled()) or real(["--help"])
        code = entry.main()
        print(seen, gc.isenabled(), code, "snmpscope.core.cli.options" in sys.modules)
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip().splitlines()[-1] == "[True] True 0 True"


def test_a_numeric_get_defines_no_dataclass_and_imports_no_dataclasses() -> None:
    """Defining a ``@dataclass`` costs ~0.5 ms (its methods compiled from source) and importing
    :mod:`dataclasses` brings :mod:`inspect` with ``ast`` and ``dis``: the records
    of a numeric ``get`` (smi, transport, client, model) are ``core.records`` records instead."""
    script = textwrap.dedent(
        """
        import sys
        from snmpscope.core.cli.main import main
        main(sys.argv[1:])
        print(sorted(
            f"{name}.{value.__qualname__}"
            for name, module in list(sys.modules.items())
            if name.startswith("snmpscope")
            for value in list(vars(module).values())
            if isinstance(value, type)
            and "__dataclass_fields__" in vars(value)
            and value.__module__ == name
        ), sorted({"dataclasses", "inspect", "ast", "dis"} & set(sys.modules)))
        """
    )
    argv = ("get", "-v2c", "-On", "-t", "0.2", "-r", "0", "udp:127.0.0.1:9", ".1.3.6.1.2.1.1.3.0")
    done = subprocess.run(
        [sys.executable, "-c", script, *argv],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout.strip().splitlines()[-1] == "[] []"
