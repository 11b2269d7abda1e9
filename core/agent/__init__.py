"""The embedded demo agent: a small router's MIB-II served through the core's agent role
(``SnmpListen``), so a first launch has a real peer on loopback."""
