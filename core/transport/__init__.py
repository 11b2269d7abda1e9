"""The UDP transport: one I/O thread with an asyncio loop owns every socket (issue 4)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError

if TYPE_CHECKING:
    from snmpscope.core.messaging import MessagingMixin, TransportBackend


def create_transport(app: MessagingMixin) -> TransportBackend:
    """Build the transport for ``app`` (replaced by the real one in the transport issue)."""
    raise SnmpApiError(ApiError.TL_NOT_INITIALIZED, "the UDP transport is not built yet")
