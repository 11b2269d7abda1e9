"""SMI: object identifiers, SMI values and transport addresses. Pure data, no I/O.

Imports only the shared vocabulary (:mod:`snmpscope.core.constants`, ``errors``).
"""
