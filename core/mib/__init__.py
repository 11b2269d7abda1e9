"""MIBs: name resolution, the MIB tree, rendering as net-snmp prints it, display hints and
typed value entry. Stands on :mod:`snmpscope.core.smi`; knows nothing of handles or sockets."""
