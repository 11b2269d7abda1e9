"""The saved workspace: sessions with their entities and contexts, and preferences.

Two files in the user's config folder, both written atomically:

* ``agents.json`` — the core's :class:`AgentDatabase` (entity and context profiles, no
  secrets: communities go to the secret store, i.e. the OS keyring);
* ``workspace.json`` — which sessions to open with which profiles, and the preferences.

A missing ``workspace.json`` means first launch.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from snmpscope.core.service.profiles import AgentDatabase, SecretStore, atomic_write_text
from snmpscope.gui.settings.preferences import Preferences

log = logging.getLogger(__name__)
FORMAT = 1


@dataclass(frozen=True, slots=True)
class SessionLayout:
    """One saved session: its name and the profile names of its entities and contexts.
    ``demo`` marks the demo session, rebuilt against a freshly started demo agent."""

    name: str
    entities: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    demo: bool = False


@dataclass(slots=True)
class WorkspaceState:
    """What a workspace holds."""

    database: AgentDatabase
    sessions: list[SessionLayout] = field(default_factory=list)
    preferences: Preferences = field(default_factory=Preferences)
    first_launch: bool = True
    problems: list[str] = field(default_factory=list)


class Workspace:
    """Loads and saves a :class:`WorkspaceState` in ``folder``."""

    def __init__(self, folder: Path, secrets: SecretStore) -> None:
        self.folder = folder
        self.secrets = secrets

    @property
    def agents_path(self) -> Path:
        """Where the agent database lives."""
        return self.folder / "agents.json"

    @property
    def workspace_path(self) -> Path:
        """Where the session layout and preferences live."""
        return self.folder / "workspace.json"

    def load(self) -> WorkspaceState:
        """Read the workspace; a damaged file is reported, kept, and not used."""
        problems: list[str] = []
        try:
            database = AgentDatabase.load(self.agents_path, self.secrets)
        except ValueError as exc:
            problems.append(str(exc))
            database = AgentDatabase(path=self.agents_path, secrets=self.secrets)
        if not self.workspace_path.exists():
            return WorkspaceState(database, first_launch=True, problems=problems)
        try:
            doc = json.loads(self.workspace_path.read_text(encoding="utf-8"))
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError(f"unsupported format {doc.get('format')!r}")
            sessions = [_layout(item) for item in doc.get("sessions", [])]
            prefs = Preferences.from_json(doc.get("preferences"))
        except (OSError, ValueError, TypeError, KeyError) as exc:
            problems.append(f"cannot read {self.workspace_path}: {exc}")
            return WorkspaceState(database, first_launch=True, problems=problems)
        return WorkspaceState(database, sessions, prefs, first_launch=False, problems=problems)

    def save(self, state: WorkspaceState) -> None:
        """Write both files atomically (secrets go to the secret store)."""
        state.database.save(self.agents_path)
        doc: dict[str, Any] = {
            "format": FORMAT,
            "sessions": [
                {
                    "name": s.name,
                    "entities": list(s.entities),
                    "contexts": list(s.contexts),
                    "demo": s.demo,
                }
                for s in state.sessions
            ],
            "preferences": state.preferences.to_json(),
        }
        atomic_write_text(self.workspace_path, json.dumps(doc, indent=2, sort_keys=True) + "\n")


def _layout(item: object) -> SessionLayout:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise ValueError("a session entry without a name")
    return SessionLayout(
        name=item["name"],
        entities=tuple(str(n) for n in item.get("entities", [])),
        contexts=tuple(str(n) for n in item.get("contexts", [])),
        demo=bool(item.get("demo", False)),
    )
