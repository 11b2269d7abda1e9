"""Walks on their own thread, with the manager client's walk semantics (net-snmp's
snmpwalk/snmpbulkwalk, see :mod:`snmpscope.core.client.walk`) over the service's dispatcher.

Results are appended to a new VBL handle of the walking session (so partial results stay in
the core when the walk is stopped) and streamed out as :class:`WalkProgress` batches. Stop is
cooperative: the walk's cancel flag is looked at between steps and while waiting.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, cast

from snmpscope.core.api import Context, Entity
from snmpscope.core.client.response import SnmpProtocolError
from snmpscope.core.client.walk import Walk as ClientWalk
from snmpscope.core.client.walk import WalkEnd, WalkError
from snmpscope.core.constants import ApiError, HandleKind
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.mib.names import MibNames
from snmpscope.core.model.application import Application
from snmpscope.core.service.dispatch import MessageDispatcher
from snmpscope.core.service.operations import Walk, WalkOutcome, WalkProgress, WalkResult
from snmpscope.core.service.requester import DispatcherRequester
from snmpscope.core.service.table_walk import TableOutcome, TableRun, WalkTable
from snmpscope.core.service.worker import ServiceWorker
from snmpscope.core.smi.values import VarBind

if TYPE_CHECKING:
    from snmpscope.core.client.manager import Manager

BATCH_S = 0.05  # emit progress at least this often while results arrive ...
BATCH_VARBINDS = 500  # ... or after this many varbinds


class WalkWorker(ServiceWorker):
    """Runs one walk at a time (queued walks and table walks wait their turn)."""

    def __init__(
        self, app: Application, dispatcher: MessageDispatcher, names: MibNames | None = None
    ) -> None:
        super().__init__()
        self._app = app
        self._dispatcher = dispatcher
        self._names = names
        self._cancels: dict[int, threading.Event] = {}
        self._guard = threading.Lock()
        self.handlers[Walk] = self._walk
        self.handlers[WalkTable] = self._walk_table

    # ---------------------------------------------------------------- any thread
    def cancel_flag(self, token: int) -> threading.Event:
        """The cancel flag of walk ``token`` (created on first use, before the walk runs)."""
        with self._guard:
            return self._cancels.setdefault(token, threading.Event())

    def cancel(self, token: int) -> None:
        """Ask walk ``token`` to stop; it keeps what it has."""
        self.cancel_flag(token).set()

    def cancel_all(self) -> None:
        """Stop every running and queued walk."""
        with self._guard:
            flags = list(self._cancels.values())
        for flag in flags:
            flag.set()

    # ---------------------------------------------------------------- worker thread
    def _walk(self, request: Walk) -> WalkResult:
        cancel = self.cancel_flag(request.token)
        try:
            return _WalkRun(self, request, cancel).run()
        finally:
            with self._guard:
                self._cancels.pop(request.token, None)

    def _walk_table(self, request: WalkTable) -> TableOutcome:
        cancel = self.cancel_flag(request.token)
        names = self._names or MibNames.default()
        try:
            return TableRun(
                self._app,
                self._dispatcher,
                names,
                request,
                cancel,
                lambda payload: self.progress.emit(request.token, payload),
            ).run()
        finally:
            with self._guard:
                self._cancels.pop(request.token, None)


class _WalkRun:
    """One walk: the client's :class:`ClientWalk` feeding a VBL and progress batches."""

    def __init__(self, worker: WalkWorker, request: Walk, cancel: threading.Event) -> None:
        self.worker = worker
        self.app = worker._app
        self.request = request
        self.cancel = cancel
        self.requester = DispatcherRequester(self.app, worker._dispatcher, request.session)
        self.count = 0
        self.batch: list[VarBind] = []
        self.last_emit = time.monotonic()
        self.vbl = 0

    def run(self) -> WalkResult:
        req = self.request
        started = time.monotonic()
        app = self.app
        if not app.is_valid(req.entity, HandleKind.ENTITY):
            app.entity_address(req.entity)  # raises ENTITY_INVALID naming the handle
        if not app.is_valid(req.context, HandleKind.CONTEXT):
            app.context_to_str(req.context)  # raises CONTEXT_INVALID
        self.vbl = app.create_vbl(req.session)
        walk = ClientWalk(
            cast("Manager", self.requester),
            Entity(app, req.entity),
            Context(app, req.context),
            req.root,
            bulk=req.max_repetitions > 0,
            max_repetitions=max(1, req.max_repetitions),
            cancel=self.cancel,
            on_batch=self._take,
        )
        reason, error, code = WalkOutcome.END, "", 0
        try:
            walk.run()
        except SnmpApiError as exc:
            if exc.code == ApiError.ALLOC_ERROR:  # the error presenter decides, not the walk
                raise
            reason, error, code = WalkOutcome.ERROR, exc.message, int(exc.code)
        except (SnmpProtocolError, WalkError) as exc:
            reason, error = WalkOutcome.ERROR, str(exc)
        finally:
            self._emit(force=True)
        if walk.end is WalkEnd.CANCELLED:
            reason = WalkOutcome.STOPPED
        return WalkResult(
            self.vbl,
            self.count,
            self.requester.requests,
            time.monotonic() - started,
            reason,
            error,
            code,
        )

    def _take(self, batch: list[VarBind]) -> None:
        if self.app.is_valid(self.vbl):
            self.app.append_vbs(self.vbl, batch)  # one lock, one change event per response
        self.batch.extend(batch)
        self.count += len(batch)
        self._emit()

    def _emit(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.batch and not force:
            return
        if force or len(self.batch) >= BATCH_VARBINDS or now - self.last_emit >= BATCH_S:
            batch, self.batch = tuple(self.batch), []
            self.last_emit = now
            self.worker.progress.emit(
                self.request.token,
                WalkProgress(self.vbl, batch, self.count, self.requester.requests),
            )
