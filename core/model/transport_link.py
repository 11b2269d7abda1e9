"""The model's one link to its transport: the lazily made backend and what closing needs of it.

The transport starts threads and binds sockets, so it is made on the first call that needs the
network, by the factory the faces inject (the model never imports the transport), and handed
the model's :class:`~snmpscope.core.model.ports.ModelPort` to report to. Closing a session,
freeing a listening entity and cleanup must tell a transport that runs and must not start one;
this object answers both needs, so that no collaborator holds the backend itself.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from snmpscope.core.constants import ApiError
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.handles import HandleTable
from snmpscope.core.model.ports import ModelPort, TransportBackend, TransportFactory
from snmpscope.core.model.states import EntityState, SessionState


class TransportLink:
    """Owns the transport backend of one application (see the module docstring)."""

    def __init__(self, table: HandleTable, factory: TransportFactory | None) -> None:
        self._table = table
        self._factory = factory
        self._port: ModelPort | None = None
        self._backend: TransportBackend | None = None

    def connect(self, port: ModelPort) -> None:
        """Name the port the backend will report to, once it is made.

        The one wiring step after construction: the port delivers messages to sessions, and
        sessions close through this link, so the port cannot exist before it.
        """
        self._port = port

    @property
    def running(self) -> TransportBackend | None:
        """The backend if one has been made (and not shut down since)."""
        return self._backend

    def backend(self, session: SessionState | None = None) -> TransportBackend:
        """The backend, made on first use; TL_* failures go to the last-error slots
        (``session``'s too). Call holding the table lock."""
        if self._backend is None:
            factory, port = self._factory, self._port
            if factory is None or port is None:
                self._table.fail(ApiError.TL_NOT_INITIALIZED, "no transport is configured", session)
            try:
                self._backend = factory(port)
            except SnmpApiError as exc:
                raise self._table.record(exc, session) from None
        return self._backend

    def stop_listening(self, entity: EntityState) -> None:
        """The entity is no agent any more; a running transport releases its port."""
        entity.listening = False
        if self._backend is not None:
            with contextlib.suppress(SnmpApiError):  # the port is gone either way
                self._backend.listen(entity, False)

    def session_closed(self, session: int) -> None:
        """A running transport forgets the session's requests in flight."""
        if self._backend is not None:
            self._backend.session_closed(session)

    def drive(self, timeout: float, done: Callable[[], bool] | None = None) -> bool:
        """Let the calling thread run a threadless or lending backend's I/O (see
        ``TransportBackend``); False at once when there is nothing to drive. Call WITHOUT
        the table lock."""
        backend = self._backend
        drive = getattr(backend, "drive", None)  # test doubles may not have it
        return bool(drive(timeout, done)) if drive is not None else False

    def wake_driver(self) -> None:
        """See ``TransportBackend.wake_driver``; from any thread, with or without the lock."""
        wake = getattr(self._backend, "wake_driver", None)
        if wake is not None:
            wake()

    def shutdown(self) -> None:
        """Stop the backend (threads, sockets); the next network call makes a new one."""
        backend, self._backend = self._backend, None
        if backend is not None:
            backend.shutdown()
