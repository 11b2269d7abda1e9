"""Descriptors: the ``smiOID``/``smiOCTETS`` outputs the facade hands out.

WinSNMP allocates these in SnmpGetVb, SnmpStrToOid, SnmpOidCopy, SnmpContextToStr and
SnmpEncodeMsg, and the application gives them back with SnmpFreeDescriptor. In Python they are
a ``tuple`` subclass (OIDs) and a ``bytes`` subclass (octets), so they work wherever a plain
OID tuple or bytes object does, while the registry can tell a second free, or an object the
implementation never handed out, from a first free (OPERATION_INVALID).
"""

from __future__ import annotations

from snmpscope.core.constants import ApiError, Syntax
from snmpscope.core.model.handles import AppBase
from snmpscope.core.smi.values import OCTET_SYNTAXES


class OidDescriptor(tuple[int, ...]):
    """An implementation-allocated OID (free with SnmpFreeDescriptor(SNMP_SYNTAX_OID, d))."""

    __slots__ = ()


class OctetsDescriptor(bytes):
    """Implementation-allocated octets (free with SnmpFreeDescriptor(SNMP_SYNTAX_OCTETS, d))."""

    __slots__ = ()


class DescriptorMixin(AppBase):
    _descriptor_registry: dict[int, OidDescriptor | OctetsDescriptor]

    def _registry(self) -> dict[int, OidDescriptor | OctetsDescriptor]:
        try:
            return self._descriptor_registry
        except AttributeError:
            self._descriptor_registry = {}
            return self._descriptor_registry

    def issue_oid(self, oid: tuple[int, ...]) -> OidDescriptor:
        with self._lock:
            descriptor = OidDescriptor(oid)
            self._registry()[id(descriptor)] = descriptor
            return descriptor

    def issue_octets(self, data: bytes) -> OctetsDescriptor:
        with self._lock:
            descriptor = OctetsDescriptor(data)
            self._registry()[id(descriptor)] = descriptor
            return descriptor

    def free_descriptor(self, syntax: int, descriptor: object) -> None:
        """SnmpFreeDescriptor: SYNTAX_INVALID for a syntax that has no descriptor;
        OPERATION_INVALID for a second free or a descriptor we did not hand out."""
        with self._lock:
            self._require_init()
            if syntax == Syntax.OID:
                expected: type = OidDescriptor
            elif syntax in OCTET_SYNTAXES:
                expected = OctetsDescriptor
            else:
                self._fail(ApiError.SYNTAX_INVALID, f"syntax {syntax!r} has no descriptor to free")
            registry = self._registry()
            if registry.get(id(descriptor)) is not descriptor:
                self._fail(
                    ApiError.OPERATION_INVALID,
                    "descriptor already freed or not allocated by this application",
                )
            if not isinstance(descriptor, expected):
                self._fail(
                    ApiError.OPERATION_INVALID,
                    f"descriptor is a {type(descriptor).__name__}, not for syntax {syntax:#x}",
                )
            del registry[id(descriptor)]

    def live_descriptor_count(self) -> int:
        with self._lock:
            return len(self._registry())

    def _descriptors_clear(self) -> None:
        self._registry().clear()
