"""The WinSNMP implementation object: one instance is one WinSNMP "application".

Both faces of the API drive an :class:`Application`: the C-style facade
(:mod:`snmpscope.core.winsnmp`, which uses a process-wide default instance) and the Pythonic API
(:mod:`snmpscope.core.api`). Methods raise :class:`~snmpscope.core.errors.SnmpApiError`; the
last-error slots are written before they raise. Everything is thread-safe behind one re-entrant
lock; events are emitted in order under that lock.

The application is a thin front: the work is done by small collaborators that share one
:class:`~snmpscope.core.model.handles.HandleTable`, each in its own module, wired here by
constructor injection. Its methods are theirs, bound and grouped by collaborator below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from snmpscope.core.model.descriptors import Descriptors
from snmpscope.core.model.entities import Entities
from snmpscope.core.model.handles import HandleTable
from snmpscope.core.model.inbound import ModelInbound
from snmpscope.core.model.inventory import Inventory
from snmpscope.core.model.lifecycle import Lifecycle
from snmpscope.core.model.limits import ResourceLimits
from snmpscope.core.model.messaging import Messaging
from snmpscope.core.model.oids import Oids
from snmpscope.core.model.pdus import Pdus
from snmpscope.core.model.ports import TransportBackend, TransportFactory
from snmpscope.core.model.sessions import Sessions
from snmpscope.core.model.states import V3Security
from snmpscope.core.model.transport_link import TransportLink
from snmpscope.core.model.traps import Traps

if TYPE_CHECKING:
    from collections.abc import Callable

    from snmpscope.core.model.agent_db import AgentDatabase


class Application:
    """One WinSNMP application: sessions, handles, modes, limits, last errors, events.

    ``transport_factory`` builds the transport on the first call that needs the network; the
    faces inject the UDP one (:func:`snmpscope.core.api.new_application`). Without it the
    model works alone and every call that needs the network fails with TL_NOT_INITIALIZED.
    """

    def __init__(
        self,
        database: AgentDatabase | None = None,
        transport_factory: TransportFactory | None = None,
    ) -> None:
        table = HandleTable()
        link = TransportLink(table, transport_factory)
        sessions = Sessions(table, link)
        descriptors = Descriptors(table)
        lifecycle = Lifecycle(table, sessions, link, descriptors)
        entities = Entities(table, link, database)
        pdus = Pdus(table)
        messaging = Messaging(table, link, sessions)
        traps = Traps(table, link, messaging)
        inbound = ModelInbound(table, messaging, traps)
        link.connect(inbound)  # what the transport reports, once there is one, goes here
        oids = Oids(table)
        inventory = Inventory(table)
        self._table, self._link, self._sessions = table, link, sessions
        self._lifecycle, self._entities, self._traps = lifecycle, entities, traps
        self.events = table.events

        # startup/cleanup, modes, limits, vendor info, last errors (lifecycle.py)
        self.startup = lifecycle.startup
        self.startup_ex = lifecycle.startup_ex
        self.cleanup = lifecycle.cleanup
        self.cleanup_ex = lifecycle.cleanup_ex
        self.get_translate_mode = lifecycle.get_translate_mode
        self.set_translate_mode = lifecycle.set_translate_mode
        self.get_retransmit_mode = lifecycle.get_retransmit_mode
        self.set_retransmit_mode = lifecycle.set_retransmit_mode
        self.set_resource_limits = lifecycle.set_resource_limits
        self.get_vendor_info = lifecycle.get_vendor_info
        self.get_last_error = lifecycle.get_last_error
        # ... and what the C facade needs to fail like WinSNMP
        self.record_failure = lifecycle.record_failure
        self.fail = lifecycle.fail
        self.require_started = lifecycle.require_started
        self.fail_for_handle = lifecycle.fail_for_handle
        self.require_session = lifecycle.require_session
        self.require_handle = lifecycle.require_handle

        # sessions (sessions.py)
        self.create_session = sessions.create_session
        self.open = sessions.open
        self.close = sessions.close
        self.session_handles = sessions.session_handles
        self.session_name = sessions.session_name

        # entities and contexts (entities.py)
        self.str_to_entity = entities.str_to_entity
        self.create_entity = entities.create_entity
        self.entity_address = entities.entity_address
        self.entity_to_str = entities.entity_to_str
        self.free_entity = entities.free_entity
        self.set_port = entities.set_port
        self.get_timeout = entities.get_timeout
        self.set_timeout = entities.set_timeout
        self.get_retry = entities.get_retry
        self.entity_timing = entities.timing
        self.set_retry = entities.set_retry
        self.set_entity_version = entities.set_entity_version
        self.set_entity_security = entities.set_entity_security
        self.str_to_context = entities.str_to_context
        self.create_context = entities.create_context
        self.context_to_str = entities.context_to_str
        self.free_context = entities.free_context

        # PDUs and VBLs (pdus.py)
        self.create_pdu = pdus.create_pdu
        self.create_pdu_from = pdus.create_pdu_from
        self.pdu_request_id = pdus.pdu_request_id
        self.get_pdu_data = pdus.get_pdu_data
        self.pdu_data = pdus.pdu_data
        self.pdu_status = pdus.pdu_status
        self.set_pdu_data = pdus.set_pdu_data
        self.duplicate_pdu = pdus.duplicate_pdu
        self.free_pdu = pdus.free_pdu
        self.create_vbl = pdus.create_vbl
        self.create_vbl_from = pdus.create_vbl_from
        self.duplicate_vbl = pdus.duplicate_vbl
        self.free_vbl = pdus.free_vbl
        self.count_vbl = pdus.count_vbl
        self.vbl_varbinds = pdus.vbl_varbinds
        self.get_vb = pdus.get_vb
        self.set_vb = pdus.set_vb
        self.append_vbs = pdus.append_vbs
        self.delete_vb = pdus.delete_vb

        # sending, queues, agent role, encode/decode (messaging.py)
        self.send_msg = messaging.send_msg
        self.cancel_msg = messaging.cancel_msg
        self.is_outstanding = messaging.is_outstanding
        self.deliver = messaging.deliver
        self.request_failed = messaging.request_failed
        self.recv_msg = messaging.recv_msg
        self.take_msg = messaging.take_msg
        self.queued_count = messaging.queued_count
        self.listen = messaging.listen
        self.encode_msg = messaging.encode_msg
        self.decode_msg = messaging.decode_msg

        # trap filters, the receiver endpoint, trap delivery (traps.py)
        self.register = traps.register
        self.registrations = traps.registrations
        self.unregister_all = traps.unregister_all
        self.set_trap_endpoint = traps.set_trap_endpoint
        self.deliver_trap = traps.deliver_trap

        # transport hooks (inbound.py; the transport itself reports through the ModelPort)
        self.listener_session = inbound.listener_session
        self.note_statistics = inbound.note_statistics
        self.set_pdu_status = inbound.set_pdu_status

        # descriptors (descriptors.py)
        self.issue_oid = descriptors.issue_oid
        self.issue_octets = descriptors.issue_octets
        self.free_descriptor = descriptors.free_descriptor
        self.live_descriptor_count = descriptors.live_descriptor_count

        # OID utilities (oids.py)
        self.str_to_oid = oids.str_to_oid
        self.check_oid = oids.check_oid
        self.oid_compare = oids.oid_compare

        # the read model: snapshots, counts, validity (inventory.py)
        self.describe = inventory.describe
        self.owned_handles = inventory.owned_handles
        self.live_handle_count = inventory.live_handle_count
        self.outstanding_count = inventory.outstanding_count
        self.is_valid = inventory.is_valid

    # ---------------------------------------------------------------- state, as properties
    @property
    def initialized(self) -> bool:
        """True between a startup and the cleanup that tears everything down."""
        return self._lifecycle.initialized

    @property
    def limits(self) -> ResourceLimits:
        return self._lifecycle.limits

    @property
    def database(self) -> AgentDatabase:
        """The saved agents and contexts TRANSLATED mode resolves names with."""
        return self._entities.database

    @database.setter
    def database(self, database: AgentDatabase) -> None:
        self._entities.database = database

    @property
    def trap_endpoint(self) -> tuple[str, int]:
        """Where the trap/inform receiver listens or will listen; assigning it before the
        receiver is bound picks where it binds (:meth:`set_trap_endpoint` also moves it)."""
        return self._traps.endpoint

    @trap_endpoint.setter
    def trap_endpoint(self, endpoint: tuple[str, int]) -> None:
        with self._table.lock:
            self._traps.endpoint = endpoint

    def add_usm_user(self, security: V3Security, on: bool = True) -> None:
        """SNMPv3 USM users this application accepts as an agent and as a trap/inform
        receiver (an extension of WinSNMP, whose 2.0 has no v3): the checked ``security``
        is handed to the transport; a bad field raises ``UsmParameterError``."""
        from snmpscope.core.model.usm import check_security

        checked = check_security(security) if on else security
        with self._table.lock:
            self._lifecycle.require_started()
            backend = self._link.backend()
        backend.add_usm_user(checked, on)

    def drive_transport(self, timeout: float, done: Callable[[], bool] | None = None) -> bool:
        """Run a threadless or lending transport's I/O on the calling thread for up to
        ``timeout`` seconds (a request waiting for its answer; True); False at once for a
        transport whose I/O thread keeps its loop, or none made yet. ``done``: True when what
        the caller waits for came meanwhile (asked before waiting for I/O). Call without
        holding the lock."""
        return self._link.drive(timeout, done)

    def wake_transport_driver(self) -> None:
        """A notification for a thread that may be running the transport's I/O in
        :meth:`drive_transport` was delivered by another thread: have it look (cheap when
        nobody drives, or the caller is the one driving)."""
        self._link.wake_driver()

    @property
    def running_transport(self) -> TransportBackend | None:
        """The transport backend while one runs (for statistics and diagnostics)."""
        return self._link.running
