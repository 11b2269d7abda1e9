"""Saved agent profiles, as the GUI keeps them: the TRANSLATED-mode agent database of the
model (entity and context records, the JSON file, the secret store beside it).

The GUI reads and writes profiles (the workspace's saved agents) but never reaches into the
model; this module is its door to the profile types. The database has its own lock and no
handles, so the GUI may use it on its own thread.
"""

from __future__ import annotations

from snmpscope.core.model.agent_db import (
    SECRET_SERVICE,
    AgentDatabase,
    ContextRecord,
    EntityRecord,
    MemorySecretStore,
    SecretStore,
)
from snmpscope.core.model.atomic_file import atomic_write_text, remove_stale_temp_files

__all__ = [
    "SECRET_SERVICE",
    "AgentDatabase",
    "ContextRecord",
    "EntityRecord",
    "MemorySecretStore",
    "SecretStore",
    "atomic_write_text",
    "remove_stale_temp_files",
]
