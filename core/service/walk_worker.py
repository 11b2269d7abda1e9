"""Walks on their own thread: GETBULK (or GETNEXT for SNMPv1) step by step, results appended
to a VBL handle of the session and streamed out in batches, cooperative cancel.

Each step is a real WinSNMP exchange in the walking session: create a PDU, send it, wait for
the dispatcher to hand over the answer, free the PDU. Between steps and while waiting the
worker looks at the walk's cancel flag, so Stop takes effect within one poll interval and
everything received so far stays in the VBL.
"""

from __future__ import annotations

import threading
import time
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout

from snmpscope.core.application import Application
from snmpscope.core.base import LimitError
from snmpscope.core.constants import ERROR_STATUS_NAMES, ApiError, ErrorStatus, PduType, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.oid import Oid, is_prefix, oid_compare
from snmpscope.core.resources import VarBind
from snmpscope.core.service.dispatch import MessageDispatcher
from snmpscope.core.service.operations import Reply, Walk, WalkProgress, WalkResult
from snmpscope.core.service.worker import ServiceWorker
from snmpscope.core.values import EXCEPTION_SYNTAXES

POLL_S = 0.05  # how often a waiting walk looks at its cancel flag
BATCH_S = 0.05  # emit progress at least this often while results arrive ...
BATCH_VARBINDS = 500  # ... or after this many varbinds
GRACE_S = 5.0  # beyond the entity's own timeout x retries: the transport must have answered


class WalkWorker(ServiceWorker):
    """Runs one walk at a time (queued walks wait their turn)."""

    def __init__(self, app: Application, dispatcher: MessageDispatcher) -> None:
        super().__init__()
        self._app = app
        self._dispatcher = dispatcher
        self._cancels: dict[int, threading.Event] = {}
        self._guard = threading.Lock()
        self.handlers[Walk] = self._walk

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


class _WalkRun:
    """The state of one walk."""

    def __init__(self, worker: WalkWorker, request: Walk, cancel: threading.Event) -> None:
        self.worker = worker
        self.app = worker._app
        self.dispatcher = worker._dispatcher
        self.request = request
        self.cancel = cancel
        self.count = 0
        self.requests = 0
        self.batch: list[VarBind] = []
        self.last_emit = time.monotonic()
        self.vbl = 0

    def run(self) -> WalkResult:
        req = self.request
        started = time.monotonic()
        entity = self.app.describe(req.entity)
        if entity is None or entity.kind.name != "ENTITY":
            raise SnmpApiError(ApiError.ENTITY_INVALID, f"{req.entity} is not a live entity")
        bulk = req.max_repetitions > 0 and entity.fields["version"] != SnmpVersion.V1
        # The entity's own policy bounds a step; past that the transport has failed us.
        step_limit = entity.fields["timeout_cs"] / 100.0 * (entity.fields["retry"] + 1) + GRACE_S
        self.vbl = self.app.create_vbl(req.session)
        current: Oid = req.root
        reason, error, code = "end", "", 0
        try:
            while True:
                if self.cancel.is_set():
                    reason = "stopped"
                    break
                reply = self._step(current, bulk, step_limit)
                if reply is None:
                    reason = "stopped"
                    break
                done, current = self._take(reply, current)
                if done:
                    break
        except LimitError:
            raise  # ALLOC_ERROR is the error presenter's business, not a walk outcome
        except SnmpApiError as exc:
            reason, error, code = "error", exc.message, int(exc.code)
        except AgentError as exc:
            reason, error = "error", str(exc)
        finally:
            self._emit(force=True)
        return WalkResult(
            self.vbl, self.count, self.requests, time.monotonic() - started, reason, error, code
        )

    def _step(self, current: Oid, bulk: bool, step_limit: float) -> Reply | None:
        req = self.request
        app = self.app
        pdu_type = PduType.GETBULK if bulk else PduType.GETNEXT
        vbl = app.create_vbl(req.session, current)
        try:
            pdu = app.create_pdu(
                req.session, pdu_type, 0, 0, req.max_repetitions if bulk else 0, vbl
            )
        finally:
            app.free_vbl(vbl)
        try:
            request_id = app.pdu_data(pdu).request_id
            future = self.dispatcher.expect(req.session, request_id, pdu, keep=False)
            try:
                app.send_msg(req.session, None, req.entity, req.context, pdu)
            except BaseException:
                self.dispatcher.forget(req.session, request_id)
                raise
            self.requests += 1
            return self._wait(future, request_id, step_limit)
        finally:
            if app.is_valid(pdu):
                app.free_pdu(pdu)

    def _wait(self, future: Future[Reply], request_id: int, step_limit: float) -> Reply | None:
        deadline = time.monotonic() + step_limit
        session = self.request.session
        while True:
            try:
                return future.result(timeout=POLL_S)
            except FutureTimeout:
                pass
            if self.cancel.is_set() or time.monotonic() > deadline:
                self.dispatcher.forget(session, request_id)
                if self.app.is_outstanding(session, request_id):
                    self.app.cancel_msg(session, request_id)
                if self.cancel.is_set():
                    return None
                raise SnmpApiError(
                    ApiError.TL_TIMEOUT, f"no answer to request {request_id} in {step_limit:.1f} s"
                )

    def _take(self, reply: Reply, current: Oid) -> tuple[bool, Oid]:
        """Append the in-subtree varbinds of ``reply``; (finished, next OID to ask for)."""
        root = self.request.root
        if reply.error_status:
            if reply.error_status == ErrorStatus.NOSUCHNAME:
                return True, current  # SNMPv1's end of the MIB view
            raise AgentError(
                f"the agent answered {_status_name(reply.error_status)} "
                f"at index {reply.error_index}"
            )
        if not reply.varbinds:
            return True, current
        for oid, value in reply.varbinds:
            if value.syntax in EXCEPTION_SYNTAXES or not is_prefix(root, oid):
                return True, current
            if oid_compare(oid, current) <= 0:
                raise AgentError(
                    f"OID not increasing: {'.'.join(map(str, oid))} after "
                    f"{'.'.join(map(str, current))}"
                )
            self.app.set_vb(self.vbl, 0, oid, value)
            self.batch.append((oid, value))
            self.count += 1
            current = oid
        self._emit()
        return False, current

    def _emit(self, force: bool = False) -> None:
        now = time.monotonic()
        if not self.batch and not force:
            return
        if force or len(self.batch) >= BATCH_VARBINDS or now - self.last_emit >= BATCH_S:
            batch, self.batch = tuple(self.batch), []
            self.last_emit = now
            self.worker.progress.emit(
                self.request.token, WalkProgress(self.vbl, batch, self.count, self.requests)
            )


class AgentError(Exception):
    """The agent answered with an error status, or broke the walk's rules (an expected
    outcome: it ends the walk with reason ``"error"`` and SNMPAPI code 0)."""


def _status_name(status: int) -> str:
    return ERROR_STATUS_NAMES.get(status, f"error status {status}")
