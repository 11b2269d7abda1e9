"""OID names and value text for the views, without ever blocking the GUI thread on MIBs.

Until the service's MIB worker announces that the default modules are loaded, everything is
numeric (``.1.3.6.1.2.1.1.1.0``); afterwards names come from :class:`MibNames` and values are
rendered per MIB like net-snmp does. Name lookups are cached because views ask for them on
every paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.names import MibNames
from snmpscope.core.mib.render import format_value_mib, format_value_netsnmp
from snmpscope.core.smi.oid import Oid, oid_from_str, oid_to_str
from snmpscope.core.smi.values import SYNTAX_NAMES, SmiValue

CACHE_LIMIT = 50_000


class Naming(QObject):
    """Turns OIDs and values into text for display; ``changed`` when names may differ."""

    changed = Signal()
    moduleWanted = Signal(str)  # a user named a MIB module that is not loaded yet

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: MibNames | None = None
        self._cache: dict[Oid, str] = {}
        self._loaded: set[str] = set()

    @property
    def ready(self) -> bool:
        """True once MIB names are available."""
        return self._names is not None

    @property
    def names(self) -> MibNames | None:
        """The resolver, or None while the MIBs still load."""
        return self._names

    def set_names(self, names: MibNames) -> None:
        """Called when the MIB worker has loaded the default modules."""
        self._names = names
        self._loaded = set(names.loaded_modules())
        self._cache.clear()
        self.changed.emit()

    def module_loaded(self, module: str) -> None:
        """Called when the MIB worker loaded one more module."""
        if self._names is not None:
            self._loaded = set(self._names.loaded_modules())
        self._loaded.add(module)
        self._cache.clear()
        self.changed.emit()

    # ---------------------------------------------------------------- display
    def oid_name(self, oid: Oid) -> str:
        """``SNMPv2-MIB::sysDescr.0`` (or ``.1.3.6.1.2.1.1.1.0`` before MIBs are ready)."""
        text = self._cache.get(oid)
        if text is None:
            text = "." + oid_to_str(oid) if self._names is None else self._names.oid_to_name(oid)
            if len(self._cache) >= CACHE_LIMIT:
                self._cache.clear()
            self._cache[oid] = text
        return text

    def value_text(self, oid: Oid, value: SmiValue) -> str:
        """The value as net-snmp prints it (with the type prefix, e.g. ``INTEGER: up(1)``)."""
        if self._names is None or value.syntax == Syntax.NULL:
            # A request's NULL placeholder is not a wrongly typed value.
            return format_value_netsnmp(value)
        return format_value_mib(oid, value, self._names)

    def bare_value_text(self, oid: Oid, value: SmiValue) -> str:
        """The value without its type prefix (``up(1)``), for tables with a type column."""
        return self.value_texts(oid, value)[0]

    def value_texts(self, oid: Oid, value: SmiValue) -> tuple[str, str]:
        """The value without and with its type prefix, rendered once for both."""
        text = self.value_text(oid, value)
        head, sep, rest = text.partition(": ")
        return (rest if sep and " " not in head else text), text

    @staticmethod
    def type_name(value: SmiValue) -> str:
        """The SMI type of a value as administrators know it (``Counter32``)."""
        return SYNTAX_NAMES.get(value.syntax, f"syntax {value.syntax:#x}")

    # ---------------------------------------------------------------- input
    def resolve(self, text: str) -> Oid:
        """A name or numeric OID typed by a user; ``SnmpApiError(OID_INVALID)`` says what
        is wrong. A name from a module not yet loaded starts loading it and asks to retry."""
        body = text.strip()
        if not body:
            raise SnmpApiError(ApiError.OID_INVALID, "enter an OID or a MIB name")
        if body.lstrip(".")[:1].isdigit():
            return oid_from_str(body)
        if self._names is None:
            raise SnmpApiError(
                ApiError.OID_INVALID, "MIB names are still loading; use a numeric OID or retry"
            )
        module, sep, _rest = body.partition("::")
        if sep and module and module not in self._loaded:
            self.moduleWanted.emit(module)
            raise SnmpApiError(
                ApiError.OID_INVALID, f"loading MIB module {module}; try again in a moment"
            )
        return self._names.name_to_oid(body)

    def complete(self, prefix: str, limit: int = 50) -> list[str]:
        """Qualified names starting with ``prefix`` from loaded modules (never loads one)."""
        if self._names is None or not prefix.strip():
            return []
        module, sep, _stem = prefix.strip().partition("::")
        if sep and module not in self._loaded:
            return []
        return self._names.complete(prefix, limit)
