"""Descriptors: the ``smiOID``/``smiOCTETS`` outputs the facade hands out.

WinSNMP allocates these in SnmpGetVb, SnmpStrToOid, SnmpOidCopy, SnmpContextToStr and
SnmpEncodeMsg, and the application gives them back with SnmpFreeDescriptor. In Python they are
a ``tuple`` subclass (OIDs) and a ``bytes`` subclass (octets), so they work wherever a plain
OID tuple or bytes object does, while the registry can tell a second free, or an object the
implementation never handed out, from a first free (OPERATION_INVALID).
"""

from __future__ import annotations

from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.model.handles import HandleTable, brief, is_int
from snmpscope.core.smi.values import OCTET_SYNTAXES


class OidDescriptor(tuple[int, ...]):
    """An implementation-allocated OID (free with SnmpFreeDescriptor(SNMP_SYNTAX_OID, d))."""

    __slots__ = ()


class OctetsDescriptor(bytes):
    """Implementation-allocated octets (free with SnmpFreeDescriptor(SNMP_SYNTAX_OCTETS, d))."""

    __slots__ = ()


class Descriptors:
    """The registry of descriptors this application handed out and not yet got back."""

    def __init__(self, table: HandleTable) -> None:
        self._table = table
        self._lock = table.lock
        self._issued: dict[int, OidDescriptor | OctetsDescriptor] = {}  # id() -> descriptor

    def issue_oid(self, oid: tuple[int, ...]) -> OidDescriptor:
        with self._lock:
            descriptor = OidDescriptor(oid)
            self._issued[id(descriptor)] = descriptor
            return descriptor

    def issue_octets(self, data: bytes) -> OctetsDescriptor:
        with self._lock:
            descriptor = OctetsDescriptor(data)
            self._issued[id(descriptor)] = descriptor
            return descriptor

    def free_descriptor(self, syntax: int, descriptor: object) -> None:
        """SnmpFreeDescriptor: SYNTAX_INVALID for a syntax that has no descriptor;
        OPERATION_INVALID for a second free or a descriptor we did not hand out."""
        table = self._table
        with self._lock:
            table.require_started()
            if is_int(syntax) and syntax == Syntax.OID:
                expected: type = OidDescriptor
            elif is_int(syntax) and syntax in OCTET_SYNTAXES:
                expected = OctetsDescriptor
            else:  # a syntax is an int: 6.0, True and lists are not
                table.fail(
                    ApiError.SYNTAX_INVALID, f"syntax {brief(syntax)} has no descriptor to free"
                )
            if self._issued.get(id(descriptor)) is not descriptor:
                table.fail(
                    ApiError.OPERATION_INVALID,
                    "descriptor already freed or not allocated by this application",
                )
            if not isinstance(descriptor, expected):
                table.fail(
                    ApiError.OPERATION_INVALID,
                    f"descriptor is a {type(descriptor).__name__}, not for syntax {syntax:#x}",
                )
            del self._issued[id(descriptor)]

    def live_descriptor_count(self) -> int:
        with self._lock:
            return len(self._issued)

    def clear(self) -> None:
        """Cleanup: every descriptor handed out so far is forgotten."""
        with self._lock:
            self._issued.clear()
