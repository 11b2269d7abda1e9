"""The WinSNMP resource model: the application, its handle table, sessions, entities,
contexts, PDUs, VBLs, messaging, descriptors, limits, events and the agent database.

Thread-safe and free of I/O: it reaches the network only through the port it defines
(:mod:`snmpscope.core.model.ports`), which the transport implements. Stands on
:mod:`snmpscope.core.smi`.
"""
