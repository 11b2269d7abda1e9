"""The default codec: the specialised BER reader and writer, with pyasn1 as the fallback.

:class:`FastCodec` encodes with :func:`~snmpscope.core.transport.ber_writer.write_message`
and decodes with :func:`~snmpscope.core.transport.ber_reader.read_message`, both of which
decide only what they are sure of (see their modules). What they leave:

* a decode that the fast reader does not accept first goes through the prescan
  (:func:`~snmpscope.core.transport.codec.check_outline`), which refuses an outline that is no
  SNMP, or too many varbinds, with exactly the reference's error, at the cost of a header walk;
* what passes the prescan is refused when the reader found it malformed by a rule the
  reference applies too (a value out of range, a NULL with content, an OID cut short ...);
* what is left (nothing the differential tests produce), and every encode the writer leaves
  (payloads of the wrong type or out of range, OIDs X.690 cannot encode ...), goes to the
  reference
  (:class:`~snmpscope.core.transport.pyasn1_codec.PysnmpCodec`, loaded on first use), and is
  **counted**: :attr:`FastCodec.fallbacks`, and the ``on_fallback`` hook the transport points
  at its statistics (``decode_fallbacks`` / ``encode_fallbacks``).

So a message decodes to the same :class:`~snmpscope.core.transport.codec.WireMessage`, is
refused for the same inputs and encodes to the same bytes as with the reference;
``tests/transport/test_fast_codec.py`` checks it. About 2-4 µs per varbind in CPython where
pyasn1 takes ~70.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.transport.ber_reader import Malformed, NotFast, read_message
from snmpscope.core.transport.ber_writer import write_message
from snmpscope.core.transport.codec import (
    MAX_VARBINDS,
    VERSION_NAMES,
    CodecError,
    V1TrapHeader,
    WireMessage,
    check_outline,
    read_envelope,
)
from snmpscope.core.transport.fallbacks import FallbackHook, FallbackTally

if TYPE_CHECKING:
    from snmpscope.core.transport.pyasn1_codec import PysnmpCodec

__all__ = ["FallbackHook", "FastCodec"]

"""Called with ``"decode"`` or ``"encode"`` each time the reference codec takes over."""


class FastCodec:
    """:class:`~snmpscope.core.transport.codec.SnmpCodec` on the specialised reader and
    writer; thread-safe (the transport encodes on application threads and decodes on its I/O
    thread). See the module docstring."""

    def __init__(
        self, max_varbinds: int = MAX_VARBINDS, on_fallback: FallbackHook | None = None
    ) -> None:
        self.max_varbinds = max_varbinds
        self._tally = FallbackTally(on_fallback)
        self._fell_back = self._tally.took

    @property
    def fallbacks(self) -> dict[str, int]:
        """How often the reference took over, by ``"decode"`` and ``"encode"``."""
        return self._tally.counts()

    @cached_property
    def reference(self) -> PysnmpCodec:
        """The reference codec (pysnmp over pyasn1), imported and made on first use."""
        from snmpscope.core.transport.pyasn1_codec import PysnmpCodec

        return PysnmpCodec(self.max_varbinds)

    def encode(self, message: WireMessage) -> bytes:
        return self._tally.encode(write_message, message, lambda: self.reference.encode)

    def decode(self, data: bytes) -> WireMessage:
        data, version = read_envelope(data)
        try:
            community, pdu, trap = read_message(data, version == SnmpVersion.V2C, self.max_varbinds)
        except Malformed as exc:
            check_outline(data, version, self.max_varbinds)  # its errors come first
            name = VERSION_NAMES[version]
            raise CodecError(f"malformed {name} message ({len(data)} bytes): {exc}") from None
        except NotFast:
            pass
        else:
            header = None if trap is None else V1TrapHeader(*trap)
            return WireMessage(version, community, pdu, header, len(data))
        check_outline(data, version, self.max_varbinds)
        self._fell_back("decode")
        return self.reference.decode_outlined(data, version)
