"""The TRANSLATED-mode database: file-backed with atomic writes, secrets never in the file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from snmpscope.core.constants import SnmpVersion
from snmpscope.core.model.agent_db import (
    AgentDatabase,
    ContextRecord,
    EntityRecord,
    MemorySecretStore,
)


def test_save_and_load_round_trip_keeps_secrets_out_of_the_file(tmp_path: Path) -> None:
    secrets = MemorySecretStore()
    db = AgentDatabase(secrets=secrets)
    db.put_entity(
        EntityRecord(
            "edge",
            "[2001:db8::1]:1161",
            version=SnmpVersion.V3,
            user="ops",
            security_level="authPriv",
            auth_protocol="SHA",
            auth_key="auth-pass-123",
            priv_protocol="AES",
            priv_key="priv-pass-456",
        )
    )
    db.put_context(ContextRecord("ro", community="n0t-public"))
    path = db.save(tmp_path / "agents.json")
    text = path.read_text()
    for secret in ("auth-pass-123", "priv-pass-456", "n0t-public"):
        assert secret not in text
    doc = json.loads(text)
    assert doc["entities"][0]["has_auth_key"] is True
    loaded = AgentDatabase.load(path, secrets)
    assert loaded.entity("edge") == db.entity("edge")
    assert loaded.context("ro").community == "n0t-public"  # type: ignore[union-attr]
    # Without the secret store the profile loads, secrets empty.
    bare = AgentDatabase.load(path, MemorySecretStore())
    assert bare.entity("edge").auth_key == ""  # type: ignore[union-attr]


def test_missing_file_is_an_empty_database(tmp_path: Path) -> None:
    db = AgentDatabase.load(tmp_path / "nope.json")
    assert db.entities == {}
    assert db.contexts == {}


def test_malformed_file_names_the_file_and_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "agents.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match=r"agents\.json"):
        AgentDatabase.load(path)
    assert path.read_text() == "{not json"


def test_atomic_write_leaves_no_temp_files(tmp_path: Path) -> None:
    db = AgentDatabase()
    db.put_entity(EntityRecord("a", "10.0.0.1"))
    for _ in range(3):
        db.save(tmp_path / "agents.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agents.json"]


def test_change_listeners_and_removal(tmp_path: Path) -> None:
    secrets = MemorySecretStore()
    db = AgentDatabase(secrets=secrets)
    changes: list[int] = []
    db.on_change(lambda: changes.append(1))
    db.put_context(ContextRecord("rw", community="private"))
    db.save(tmp_path / "a.json")
    assert secrets.get("context/rw/community") == "private"
    db.remove_context("rw")
    assert secrets.get("context/rw/community") is None
    assert len(changes) == 2


def test_load_removes_the_temp_files_of_killed_saves(tmp_path: Path) -> None:
    db = AgentDatabase()
    db.put_entity(EntityRecord("a", "10.0.0.1"))
    path = db.save(tmp_path / "agents.json")
    (tmp_path / ".agents.json.k1ll3d.tmp").write_text('{"format": 1, "enti')
    (tmp_path / ".other.json.x.tmp").write_text("not the database's")
    assert AgentDatabase.load(path).entity("a") is not None
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.json.x.tmp", "agents.json"]
