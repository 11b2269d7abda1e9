"""``snmpscope-cli``: net-snmp-style manager commands on the core's sessions and handles.

The entry point is :func:`snmpscope.core.cli.main.main`.
"""
