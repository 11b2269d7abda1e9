"""The saved workspace: sessions with their entities and contexts, and preferences.

One file in the user's config folder, ``workspace.json``, so that a save is one atomic unit:
it is written by :func:`atomic_write_text` (temp file, fsync, one rename, fsync of the
folder), and a kill at any moment leaves the previous save or the new one, whole. It holds

* ``agents`` — the core's :class:`AgentDatabase` document (entity and context profiles),
* ``sessions`` — which sessions to open with which profiles,
* ``preferences``,
* ``agent_profiles`` — the saved agents (:class:`AgentBook`), their secrets in the store,
* ``generation`` — the number of this save, one more than the save it was loaded from.

Why one file and not a directory per generation switched by a rename: one rename of a file
over another is the atomic step every supported system has (``os.replace``: rename(2) on
POSIX, MoveFileEx on Windows); switching directories needs a symlink (not for ordinary users
on Windows) or a pointer file written atomically anyway, plus the removal of old
generations. The data is a few kilobytes, so writing it whole each time costs nothing.

No secret is in the file: communities, the Preferences' default community among them, go to
the secret store (the OS keyring, or memory for the run), and the file records only that
one exists.

Older versions wrote two files (``agents.json``, then ``workspace.json`` format 1, the
default community in clear); the first load reads them, writes the one file, and removes
``agents.json``. Start-up removes the temp files that killed saves left behind. A file that
cannot be read is reported and set aside (``workspace.json.unreadable``), so the next save
does not overwrite it. A missing ``workspace.json`` means first launch.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from snmpscope.core.service.agent_profiles import AgentBook
from snmpscope.core.service.profiles import (
    AgentDatabase,
    SecretStore,
    atomic_write_text,
    remove_stale_temp_files,
)
from snmpscope.gui.settings.preferences import Preferences

log = logging.getLogger(__name__)
FORMAT = 2
LEGACY_FORMAT = 1  # workspace.json beside agents.json


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
    agents: AgentBook = field(default_factory=AgentBook)  # the saved agents (profiles)


class Workspace:
    """Loads and saves a :class:`WorkspaceState` in ``folder`` (see the module docs)."""

    def __init__(self, folder: Path, secrets: SecretStore) -> None:
        self.folder = folder
        self.secrets = secrets
        self.generation = 0  # of the save last loaded or written; 0: none

    @property
    def path(self) -> Path:
        """The workspace file."""
        return self.folder / "workspace.json"

    @property
    def legacy_agents_path(self) -> Path:
        """Where older versions kept the agent database, apart from the rest."""
        return self.folder / "agents.json"

    def load(self) -> WorkspaceState:
        """Start the workspace: remove the temp files of killed saves, then read the file
        (migrating an older version's layout); a file that cannot be read is reported, set
        aside, and not used."""
        for path in (self.path, self.legacy_agents_path):
            remove_stale_temp_files(path)
        if not self.path.exists():
            return self._first_launch([])
        try:
            doc = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(doc, dict) and doc.get("format") == LEGACY_FORMAT:
                return self._migrate(doc)
            state = self._read(doc)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            return self._first_launch([_set_aside(self.path, exc)])
        # An agents.json beside a current file is what an interrupted migration left.
        with contextlib.suppress(OSError):
            self.legacy_agents_path.unlink(missing_ok=True)
        if Preferences.secrets_in_clear(doc.get("preferences")):
            self._rewrite(state)
        return state

    def save(self, state: WorkspaceState) -> None:
        """Write the workspace as one atomic unit (secrets go to the secret store first)."""
        generation = self.generation + 1
        doc: dict[str, Any] = {
            "format": FORMAT,
            "generation": generation,
            "agents": state.database.to_document(),
            "sessions": [
                {
                    "name": s.name,
                    "entities": list(s.entities),
                    "contexts": list(s.contexts),
                    "demo": s.demo,
                }
                for s in state.sessions
            ],
            "preferences": state.preferences.to_json(self.secrets),
            "agent_profiles": state.agents.to_document(self.secrets),
        }
        atomic_write_text(self.path, json.dumps(doc, indent=2, sort_keys=True) + "\n")
        self.generation = generation
        with contextlib.suppress(OSError):  # the old layout's agents are in the file now
            self.legacy_agents_path.unlink(missing_ok=True)

    def _read(self, doc: object) -> WorkspaceState:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            found = doc.get("format") if isinstance(doc, dict) else None
            raise ValueError(f"unsupported format {found!r}")
        generation = doc.get("generation", 0)
        if not isinstance(generation, int) or isinstance(generation, bool) or generation < 0:
            raise ValueError(f"a bad generation {generation!r}")
        database = AgentDatabase.from_document(doc.get("agents"), self.secrets)
        sessions = [_layout(item) for item in doc.get("sessions", [])]
        prefs = Preferences.from_json(doc.get("preferences"), self.secrets)
        agents = AgentBook.from_document(doc.get("agent_profiles"), self.secrets)
        self.generation = generation
        return WorkspaceState(database, sessions, prefs, first_launch=False, agents=agents)

    def _first_launch(self, problems: list[str]) -> WorkspaceState:
        """No workspace file: a first launch, with the agents of an older version's
        ``agents.json`` if one is there (it was killed between its two writes)."""
        return WorkspaceState(self._legacy_agents(problems), first_launch=True, problems=problems)

    def _migrate(self, doc: dict[str, Any]) -> WorkspaceState:
        """Read an older version's two files, then write them as one."""
        problems: list[str] = []
        database = self._legacy_agents(problems)
        sessions = [_layout(item) for item in doc.get("sessions", [])]
        prefs = Preferences.from_json(doc.get("preferences"), self.secrets)
        state = WorkspaceState(database, sessions, prefs, first_launch=False, problems=problems)
        self._rewrite(state)
        return state

    def _legacy_agents(self, problems: list[str]) -> AgentDatabase:
        path = self.legacy_agents_path
        if path.exists():
            try:
                return AgentDatabase.load(path, self.secrets)
            except ValueError as exc:
                problems.append(_set_aside(path, exc))
        return AgentDatabase(secrets=self.secrets)

    def _rewrite(self, state: WorkspaceState) -> None:
        """Write what was just loaded again, in the current format and without secrets."""
        try:
            self.save(state)
        except (OSError, ValueError) as exc:
            log.error("cannot write the workspace: %s", exc)
            state.problems.append(f"cannot write {self.path}: {exc}")


def _set_aside(path: Path, error: Exception) -> str:
    """Move an unreadable ``path`` out of the way of the next save; the problem to report."""
    aside, number = path.with_name(f"{path.name}.unreadable"), 2
    while aside.exists():
        aside, number = path.with_name(f"{path.name}.unreadable-{number}"), number + 1
    try:
        os.replace(path, aside)
    except OSError as exc:
        log.error("cannot set %s aside: %s", path, exc)
        return f"cannot read {path}: {error}"
    log.error("cannot read %s (kept as %s): %s", path, aside.name, error)
    return f"cannot read {path}: {error}; it is kept as {aside.name}"


def _layout(item: object) -> SessionLayout:
    if not isinstance(item, dict) or not isinstance(item.get("name"), str):
        raise ValueError("a session entry without a name")
    return SessionLayout(
        name=item["name"],
        entities=tuple(str(n) for n in item.get("entities", [])),
        contexts=tuple(str(n) for n in item.get("contexts", [])),
        demo=bool(item.get("demo", False)),
    )
