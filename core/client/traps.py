"""Receiving traps and informs on a manager's session: SnmpRegister plus the session queue.

The transport binds its receiver socket (``app.trap_endpoint``, default 127.0.0.1:10162) on
the first registration and delivers every notification in SNMPv2 form (v1 traps converted per
RFC 3584, snmpTrapEnterprise.0 last) to each session whose registrations match; it acknowledges
an inform only once a session has queued it, so an acknowledged inform is always in a queue.
A :class:`TrapListener` registers a filter and hands out what arrives as
:class:`ReceivedNotification` plain data.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from snmpscope.core.api import Context, Entity, Message
from snmpscope.core.constants import (
    SNMP_TRAP_OID_0,
    SYS_UPTIME_0,
    PduType,
    SnmpVersion,
    Syntax,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.smi.address import TransportAddress
from snmpscope.core.smi.oid import Oid, validate_oid
from snmpscope.core.smi.values import VarBind

if TYPE_CHECKING:
    from snmpscope.core.client.manager import Manager

__all__ = ["ReceivedNotification", "TrapListener"]


@dataclass(frozen=True, slots=True)
class ReceivedNotification:
    """A trap or inform as it arrived (always in SNMPv2 form).

    ``peer`` is the sender, ``local`` the receiving endpoint, ``version`` the message version
    it came in (SNMPv1 traps are converted), ``received_at`` wall-clock seconds.
    ``message`` holds the four received handles only when the listener keeps them.
    """

    pdu_type: int
    request_id: int
    varbinds: tuple[VarBind, ...]
    peer: TransportAddress
    local: TransportAddress
    community: bytes
    version: SnmpVersion
    received_at: float
    message: Message | None = None
    user: str = ""  # SNMPv3: the USM user it came from (its keys were checked)
    security_level: str = ""  # SNMPv3: noAuthNoPriv, authNoPriv or authPriv

    @property
    def is_inform(self) -> bool:
        return self.pdu_type == PduType.INFORM

    @property
    def trap_oid(self) -> Oid | None:
        """The value of snmpTrapOID.0, if the notification carries one."""
        for oid, value in self.varbinds:
            if oid == SNMP_TRAP_OID_0 and value.syntax == Syntax.OID:
                assert isinstance(value.value, tuple)
                return value.value
        return None

    @property
    def uptime(self) -> int | None:
        """The sender's sysUpTime.0 in TimeTicks, if present."""
        for oid, value in self.varbinds:
            if oid == SYS_UPTIME_0 and value.syntax == Syntax.TIMETICKS:
                assert isinstance(value.value, int)
                return value.value
        return None


class TrapListener:
    """One trap/inform filter on a manager's session (None fields are wildcards; the
    notification OID matches as a prefix). Use as a context manager or call
    :meth:`start`/:meth:`stop`. ``keep=True`` keeps the received handles in
    :attr:`ReceivedNotification.message` (the caller frees them)."""

    def __init__(
        self,
        manager: Manager,
        agent: Entity | None = None,
        context: Context | None = None,
        notification: Iterable[int] | None = None,
        keep: bool = False,
    ) -> None:
        self.manager = manager
        self.agent = agent
        self.context = context
        self.notification: Oid | None = None if notification is None else validate_oid(notification)
        self.keep = keep
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def start(self) -> TrapListener:
        """Register the filter (binds the receiver socket on first use: TL_IN_USE when the
        port is taken)."""
        if self._active:
            return self
        mailbox = self.manager.mailbox
        mailbox.add_notification_consumer()
        try:
            self.manager.session.register(self.agent, self.context, self.notification, on=True)
        except BaseException:
            mailbox.remove_notification_consumer()
            raise
        self._active = True
        return self

    def stop(self) -> None:
        """Unregister (idempotent; a closed session has no registrations left anyway).
        Notifications still queued are freed: :meth:`drain` hands them out instead."""
        if not self._active:
            return
        self._active = False
        try:
            self._unregister()
        finally:
            self.manager.mailbox.remove_notification_consumer()

    def drain(self) -> list[ReceivedNotification]:
        """Stop, handing out every notification that was already queued (in arrival order).

        The filter is removed first: from then on nothing more is queued for it, so no
        further inform is acknowledged (its sender retries elsewhere or later), and every
        inform that was acknowledged is among those returned. Idempotent: a stopped listener
        drains nothing.
        """
        if not self._active:
            return []
        try:
            self._unregister()
            messages = self.manager.mailbox.drain_notifications()
        finally:
            self._active = False
            self.manager.mailbox.remove_notification_consumer()
        return [self._convert(message) for message in messages]

    def _unregister(self) -> None:
        # A closed session has no registrations left anyway.
        with contextlib.suppress(SnmpApiError):
            self.manager.session.register(self.agent, self.context, self.notification, on=False)

    def __enter__(self) -> TrapListener:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def receive(
        self, timeout: float | None = None, cancel: threading.Event | None = None
    ) -> ReceivedNotification | None:
        """The next notification, waiting up to ``timeout`` seconds (None: until one comes
        or ``cancel`` is set); None when nothing came."""
        deadline = None if timeout is None else time.monotonic() + timeout
        message = self.manager.mailbox.next_notification(deadline, cancel)
        if message is None:
            return None
        return self._convert(message)

    def notifications(
        self,
        count: int | None = None,
        timeout: float | None = None,
        cancel: threading.Event | None = None,
    ) -> Iterator[ReceivedNotification]:
        """Yield notifications until ``count`` arrived, ``timeout`` seconds passed overall,
        or ``cancel`` is set (each None: no such limit)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        received = 0
        while count is None or received < count:
            message = self.manager.mailbox.next_notification(deadline, cancel)
            if message is None:
                return
            received += 1
            yield self._convert(message)

    def _convert(self, message: Message) -> ReceivedNotification:
        try:
            data = message.pdu.data
            user, level = message.src.usm
            received = ReceivedNotification(
                pdu_type=data.type,
                request_id=data.request_id,
                varbinds=tuple(data.varbinds),
                peer=message.src.address,
                local=message.dst.address,
                community=message.context.community,
                version=message.src.version,
                received_at=time.time(),
                message=message if self.keep else None,
                user=user,
                security_level=level,
            )
        finally:
            if not self.keep:
                message.free()
        return received
