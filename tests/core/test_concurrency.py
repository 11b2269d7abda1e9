"""Several threads create, share, free and close at once; afterwards nothing leaks and no freed
handle answers as valid."""

from __future__ import annotations

import random
import threading

import pytest

from snmpscope.core.api import Snmp
from snmpscope.core.constants import HandleKind
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.events import EventType, ResourceEvent
from snmpscope.core.smi.values import make_value

THREADS = 8
ROUNDS = 150


def test_threads_create_share_free_and_close() -> None:
    with Snmp() as snmp:
        app = snmp.app
        live: dict[int, HandleKind] = {}
        events_lock = threading.Lock()

        def track(event: ResourceEvent) -> None:
            # Runs under the application lock, in order; mirrors the live set from events.
            with events_lock:
                if event.type in (EventType.CREATED, EventType.SESSION_OPENED):
                    live[event.handle] = event.kind  # type: ignore[assignment]
                elif event.type in (EventType.FREED, EventType.SESSION_CLOSED):
                    live.pop(event.handle, None)

        app.events.subscribe(track)
        shared = snmp.session(name="shared")
        shared_entity = shared.entity("127.0.0.1:1161")
        freed: list[int] = []
        errors: list[BaseException] = []
        barrier = threading.Barrier(THREADS)

        def worker(seed: int) -> None:
            rng = random.Random(seed)
            try:
                barrier.wait()
                for _ in range(ROUNDS):
                    session = snmp.session()
                    vbl = session.vbl([((1, 3, 6, 1, 2, 1, 1, 5, 0), make_value(4, b"x"))])
                    pdu = session.pdu(0xA0, [((1, 3, 6, 1, 2, 1, 1, 1, 0), None)])
                    # Handles of the shared session are usable from this one.
                    copy = pdu.duplicate(shared)
                    assert shared_entity.address.port == 1161
                    ctx = session.context("public")
                    if rng.random() < 0.5:
                        vbl.free()
                        freed.append(vbl.handle)
                    if rng.random() < 0.5:
                        copy.free()
                        freed.append(copy.handle)
                    else:
                        freed.append(copy.handle)  # freed below when `shared` closes
                    freed.extend((pdu.handle, ctx.handle, session.handle))
                    session.close()
                    assert not pdu.valid
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        assert not any(t.is_alive() for t in threads)
        assert errors == []
        shared.close()
        assert app.live_handle_count() == 0
        assert app.session_handles() == []
        assert live == {}, "the event stream agrees: nothing is alive"
        assert not any(app.is_valid(h) for h in freed)
        # A freed handle really answers as invalid through the API as well.
        for handle in freed[:50]:
            with pytest.raises(SnmpApiError):
                app.free_pdu(handle)


def test_handles_are_never_reused() -> None:
    with Snmp() as snmp:
        seen: set[int] = set()
        for _ in range(200):
            with snmp.session() as session:
                handles = [session.handle, session.vbl().handle, session.context("c").handle]
                assert seen.isdisjoint(handles)
                seen.update(handles)
