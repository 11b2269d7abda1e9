"""The WinSNMP resource model, built by composition.

:class:`~snmpscope.core.model.application.Application` is a thin front over small
collaborators that share one :class:`~snmpscope.core.model.handles.HandleTable`: ``sessions``,
``lifecycle`` (startup/cleanup, modes, limits, last errors), ``entities`` (and contexts),
``pdus`` (and VBLs), ``messaging`` (send, queues, agent role, encode/decode), ``traps``,
``descriptors``, ``oids`` and ``inventory`` (the read queries); ``states``, ``snapshots``,
``events``, ``limits`` and ``agent_db`` hold their data types.

Thread-safe and free of I/O: it reaches the network only through the port it defines
(:mod:`snmpscope.core.model.ports`): ``transport_link`` owns the transport backend the faces
inject, and ``inbound`` applies what the transport reports. Stands on :mod:`snmpscope.core.smi`.
"""
