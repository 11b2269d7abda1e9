"""Entities (agents and managers) and contexts (communities, v3 context names).

Both are made from strings whose meaning depends on the translate mode: a literal address or
community, or (TRANSLATED) the name of a profile in the agent database. Entities also carry
the retransmission policy and its "actual" statistics, and one that listens as an agent must
release its port when it is freed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from snmpscope.core.constants import (
    DEFAULT_AGENT_PORT,
    DEFAULT_RETRY,
    DEFAULT_TIMEOUT_CS,
    MAX_RETRY,
    MAX_TIMEOUT_CS,
    SNMPAPI_TRANSLATED,
    SNMPAPI_UNTRANSLATED_V1,
    SNMPAPI_UNTRANSLATED_V3,
    ApiError,
    HandleKind,
    SnmpVersion,
)
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.model.handles import HandleTable, brief, is_int
from snmpscope.core.model.states import ContextState, EntityState, SessionState, V3Security
from snmpscope.core.model.transport_link import TransportLink
from snmpscope.core.smi.address import TransportAddress, parse_entity_address

if TYPE_CHECKING:
    from snmpscope.core.model.agent_db import AgentDatabase, EntityRecord


class Entities:
    """Entity and context handles; ``database`` is the profile store of TRANSLATED mode."""

    def __init__(
        self, table: HandleTable, link: TransportLink, database: AgentDatabase | None = None
    ) -> None:
        self._table = table
        self._lock = table.lock
        self._link = link
        self._database = database

    @property
    def database(self) -> AgentDatabase:
        """The profile store, an empty one made on first use: an application that never
        resolves a name (every numeric ``snmpscope-cli`` command) never imports it."""
        if self._database is None:
            from snmpscope.core.model.agent_db import AgentDatabase

            self._database = AgentDatabase()
        return self._database

    @database.setter
    def database(self, database: AgentDatabase) -> None:
        self._database = database

    # ---------------------------------------------------------------- entities
    def str_to_entity(self, session: int, text: str | bytes) -> int:
        """SnmpStrToEntity: in TRANSLATED mode a profile name (or a literal address), in the
        untranslated modes a literal address with an optional port. [decided] In
        UNTRANSLATED_V3 mode the string is ``USER@ADDRESS``: an SNMPv3 entity of that USM
        user at noAuthNoPriv; :meth:`set_entity_security` gives it keys (secrets never
        travel in entity strings, which show in trees and logs)."""
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            if isinstance(text, bytes | bytearray):
                try:
                    text = bytes(text).decode("utf-8")
                except UnicodeDecodeError:
                    self._table.fail(ApiError.ENTITY_UNKNOWN, "entity string is not UTF-8", state)
            if not isinstance(text, str) or not text.strip():
                self._table.fail(ApiError.ENTITY_UNKNOWN, "empty entity string", state)
            try:
                if self._table.translate_mode == SNMPAPI_TRANSLATED:
                    entity = self._translated_entity(state, text)
                elif self._table.translate_mode == SNMPAPI_UNTRANSLATED_V3:
                    entity = _v3_entity(state, text)
                else:
                    version = (
                        SnmpVersion.V1
                        if self._table.translate_mode == SNMPAPI_UNTRANSLATED_V1
                        else SnmpVersion.V2C
                    )
                    address = parse_entity_address(text, DEFAULT_AGENT_PORT)
                    entity = EntityState(0, state.handle, address, version)
            except SnmpApiError as exc:
                raise self._table.record(exc, state) from None
            return self._add_entity(state, entity)

    def _translated_entity(self, state: SessionState, text: str) -> EntityState:
        record = self.database.entity(text)
        if record is not None:
            return entity_from_record(record, state.handle)
        try:
            address = parse_entity_address(text, DEFAULT_AGENT_PORT)
        except SnmpApiError:
            raise SnmpApiError(
                ApiError.ENTITY_UNKNOWN,
                f"{text!r} is neither a saved agent name nor an address",
            ) from None
        known = self.database.entity_named_for(address.ip, address.port)
        if known is not None:
            return entity_from_record(known, state.handle)
        return EntityState(0, state.handle, address, SnmpVersion.V2C)

    def create_entity(
        self,
        session: int,
        address: str,
        version: SnmpVersion = SnmpVersion.V2C,
        timeout_cs: int = DEFAULT_TIMEOUT_CS,
        retry: int = DEFAULT_RETRY,
        security: V3Security | None = None,
        name: str = "",
    ) -> int:
        """Pythonic-API entity creation with every field given (no translate mode involved).

        A bad address, version, security or name is ENTITY_UNKNOWN (what StrToEntity says of
        a string it cannot use); a bad timeout or retry SIZE_INVALID."""
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            if not isinstance(address, str):
                self._table.fail(
                    ApiError.ENTITY_UNKNOWN, f"an address is text, not {brief(address)}", state
                )
            kind = self._version(version, state)
            try:
                parsed = parse_entity_address(address, DEFAULT_AGENT_PORT)
                check_timeout_retry(timeout_cs, retry)
            except SnmpApiError as exc:
                raise self._table.record(exc, state) from None
            if kind == SnmpVersion.V3 and not isinstance(security, V3Security):
                self._table.fail(ApiError.ENTITY_UNKNOWN, "an SNMPv3 entity needs a user", state)
            if security is not None and not isinstance(security, V3Security):
                self._table.fail(
                    ApiError.ENTITY_UNKNOWN, f"{brief(security)} is not a V3Security", state
                )
            if not isinstance(name, str):
                self._table.fail(
                    ApiError.ENTITY_UNKNOWN, f"a name is text, not {brief(name)}", state
                )
            entity = EntityState(0, state.handle, parsed, kind, timeout_cs, retry, name, security)
            return self._add_entity(state, entity)

    def _version(self, version: object, session: SessionState | None) -> SnmpVersion:
        """An :class:`SnmpVersion` (0, 1, 3 as ints too), else ENTITY_UNKNOWN."""
        try:
            if not is_int(version):
                raise ValueError(version)
            return SnmpVersion(version)
        except ValueError:
            self._table.fail(
                ApiError.ENTITY_UNKNOWN, f"{brief(version)} is not an SNMP version", session
            )

    def _add_entity(self, state: SessionState, entity: EntityState) -> int:
        self._table.check_room(state)
        entity.handle = self._table.new_handle()
        entity.owner = state.handle
        return self._table.adopt(state, entity)

    def entity_address(self, entity: int) -> TransportAddress:
        with self._lock:
            self._table.require_started()
            return self._table.resource(entity, HandleKind.ENTITY, EntityState).address

    def entity_to_str(self, entity: int) -> str:
        """SnmpEntityToStr: the friendly name in TRANSLATED mode when known, else the address."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            if self._table.translate_mode == SNMPAPI_TRANSLATED:
                if state.name:
                    return state.name
                known = self.database.entity_named_for(state.address.ip, state.address.port)
                if known is not None:
                    return known.name
            return state.address.text(DEFAULT_AGENT_PORT)

    def free_entity(self, entity: int) -> None:
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            if state.listening:
                self._link.stop_listening(state)
            self._table.free(state)

    def set_port(self, entity: int, port: int) -> None:
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            if state.listening:
                self._table.fail(ApiError.OPERATION_INVALID, "the entity is listening as an agent")
            if not state.from_string:
                self._table.fail(
                    ApiError.ENTITY_INVALID, "SnmpSetPort takes entities made by SnmpStrToEntity"
                )
            if isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535:
                self._table.fail(ApiError.OPERATION_INVALID, f"port {port!r} is outside 1..65535")
            old = state.address
            state.address = TransportAddress(old.host, old.ip, port, old.family)
            self._table.changed(state, "port")

    def get_timeout(self, entity: int) -> tuple[int, int]:
        """(policy timeout, actual last round trip), both in centiseconds."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            return state.timeout_cs, state.actual_timeout_cs

    def set_timeout(self, entity: int, timeout_cs: int) -> None:
        """0 lets the implementation pick (the default, 1 s)."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            value = DEFAULT_TIMEOUT_CS if is_int(timeout_cs) and timeout_cs == 0 else timeout_cs
            try:
                check_timeout_retry(value, state.retry)
            except SnmpApiError as exc:
                raise self._table.record(exc) from None
            state.timeout_cs = value
            self._table.changed(state, "timeout")

    def timing(self, entity: int) -> tuple[int, int]:
        """(timeout in centiseconds, retry count) as set, in one call."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            return state.timeout_cs, state.retry

    def get_retry(self, entity: int) -> tuple[int, int]:
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            return state.retry, state.actual_retry

    def set_retry(self, entity: int, retry: int, zero_means_default: bool = True) -> None:
        """WinSNMP: 0 lets the implementation pick (the default, 2 retries). The Pythonic API
        passes ``zero_means_default=False`` so that 0 means "send once, never retry"."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            value = DEFAULT_RETRY if is_int(retry) and retry == 0 and zero_means_default else retry
            try:
                check_timeout_retry(state.timeout_cs, value)
            except SnmpApiError as exc:
                raise self._table.record(exc) from None
            state.retry = value
            self._table.changed(state, "retry")

    def set_entity_security(self, entity: int, security: V3Security) -> None:
        """Our extension (SnmpSetEntitySecurity): an entity's SNMPv3 USM user, level,
        protocols and passphrases; it becomes an SNMPv3 entity. A bad field is
        ENTITY_INVALID naming it."""
        from snmpscope.core.model.usm import UsmParameterError, check_security

        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            owner = self._table.owner_of(state)
            if not isinstance(security, V3Security):
                self._table.fail(
                    ApiError.ENTITY_INVALID, f"{brief(security)} is not a V3Security", owner
                )
            texts = (
                security.user,
                security.security_level,
                security.auth_protocol,
                security.auth_key,
                security.priv_protocol,
                security.priv_key,
            )
            if not all(isinstance(text, str) for text in texts) or not isinstance(
                security.engine_id, bytes
            ):
                self._table.fail(
                    ApiError.ENTITY_INVALID,
                    "SNMPv3 security fields are text, the engine ID bytes",
                    owner,
                )
            try:
                checked = check_security(security)
            except UsmParameterError as exc:
                self._table.fail(ApiError.ENTITY_INVALID, f"{exc.field}: {exc}", owner)
            state.security = checked
            state.version = SnmpVersion.V3
            self._table.changed(state, "security")

    def set_entity_version(self, entity: int, version: SnmpVersion) -> None:
        """Our extension: change the SNMP version an entity speaks (ENTITY_UNKNOWN for one
        that is not an :class:`SnmpVersion`)."""
        with self._lock:
            self._table.require_started()
            state = self._table.resource(entity, HandleKind.ENTITY, EntityState)
            state.version = self._version(version, self._table.owner_of(state))
            self._table.changed(state, "version")

    # ---------------------------------------------------------------- contexts
    def str_to_context(self, session: int, octets: bytes | str) -> int:
        """SnmpStrToContext: a friendly name (TRANSLATED) or the literal community."""
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            if isinstance(octets, str):
                try:
                    octets = octets.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate: no octets stand for it
                    self._table.fail(ApiError.CONTEXT_INVALID, "context string is not text", state)
            v3 = self._table.translate_mode == SNMPAPI_UNTRANSLATED_V3
            if not isinstance(octets, bytes | bytearray) or (len(octets) == 0 and not v3):
                # [decided] UNTRANSLATED_V3: a context string is a v3 context name, which
                # may be empty (the default context)
                self._table.fail(ApiError.CONTEXT_INVALID, "empty context string", state)
            raw = bytes(octets)
            if self._table.translate_mode == SNMPAPI_TRANSLATED:
                name = raw.decode("utf-8", "replace")
                record = self.database.context(name)
                if record is None:
                    self._table.fail(
                        ApiError.CONTEXT_UNKNOWN, f"no saved context named {name!r}", state
                    )
                community = (record.community or record.context_name).encode("utf-8")
                ctx = ContextState(
                    0,
                    state.handle,
                    community,
                    record.name,
                    bytes.fromhex(record.context_engine_id or ""),
                    record.version,
                )
            else:
                ctx = ContextState(0, state.handle, raw)
            return self._add_context(state, ctx)

    def create_context(
        self, session: int, community: bytes | str, context_engine_id: bytes = b"", name: str = ""
    ) -> int:
        """Pythonic-API context creation: a literal community or v3 context name.

        Text is encoded as UTF-8 with ``surrogateescape``, so a command-line argument that
        was not UTF-8 comes back as the bytes the user typed (net-snmp sends argv's bytes);
        anything but text or bytes is CONTEXT_INVALID.
        """
        with self._lock:
            self._table.require_started()
            state = self._table.session(session)
            try:
                if isinstance(community, str):
                    raw = community.encode("utf-8", "surrogateescape")
                elif isinstance(community, bytes | bytearray | memoryview):
                    raw = bytes(community)
                else:
                    raise TypeError(type(community).__name__)
                engine_id = bytes(context_engine_id)
            except (UnicodeEncodeError, TypeError, ValueError):
                self._table.fail(
                    ApiError.CONTEXT_INVALID,
                    f"a community is text or bytes, not {brief(community)}",
                    state,
                )
            return self._add_context(state, ContextState(0, state.handle, raw, name, engine_id))

    def _add_context(self, state: SessionState, ctx: ContextState) -> int:
        self._table.check_room(state)
        ctx.handle = self._table.new_handle()
        return self._table.adopt(state, ctx)

    def context_to_str(self, context: int) -> bytes:
        with self._lock:
            self._table.require_started()
            state = self._table.resource(context, HandleKind.CONTEXT, ContextState)
            if self._table.translate_mode == SNMPAPI_TRANSLATED:
                if state.name:
                    return state.name.encode("utf-8")
                known = self.database.context_named_for(state.community)
                if known is not None:
                    return known.name.encode("utf-8")
            return state.community

    def free_context(self, context: int) -> None:
        with self._lock:
            self._table.require_started()
            self._table.free(self._table.resource(context, HandleKind.CONTEXT, ContextState))


def entity_from_record(record: EntityRecord, owner: int) -> EntityState:
    """Build entity state from a saved profile (TRANSLATED mode)."""
    address = parse_entity_address(record.address, record.port)
    security = None
    if record.version == SnmpVersion.V3:
        security = V3Security(
            user=record.user,
            security_level=record.security_level,
            auth_protocol=record.auth_protocol,
            auth_key=record.auth_key,
            priv_protocol=record.priv_protocol,
            priv_key=record.priv_key,
            engine_id=bytes.fromhex(record.engine_id or ""),
        )
    return EntityState(
        0,
        owner,
        address,
        SnmpVersion(record.version),
        record.timeout_cs or DEFAULT_TIMEOUT_CS,
        record.retry,
        record.name,
        security,
    )


def check_timeout_retry(timeout_cs: int, retry: int) -> None:
    """Range checks; out of range is SIZE_INVALID (WinSNMP's unsigned types cannot say so)."""
    if (
        isinstance(timeout_cs, bool)
        or not isinstance(timeout_cs, int)
        or not (1 <= timeout_cs <= MAX_TIMEOUT_CS)
    ):
        raise SnmpApiError(
            ApiError.SIZE_INVALID,
            f"timeout {timeout_cs!r} cs is outside 1..{MAX_TIMEOUT_CS} centiseconds",
        )
    if isinstance(retry, bool) or not isinstance(retry, int) or not 0 <= retry <= MAX_RETRY:
        raise SnmpApiError(ApiError.SIZE_INVALID, f"retry {retry!r} is outside 0..{MAX_RETRY}")


def _v3_entity(state: SessionState, text: str) -> EntityState:
    """UNTRANSLATED_V3's entity string ``USER@ADDRESS`` (see ``str_to_entity``)."""
    user, at, address_text = text.rpartition("@")
    if not at or not user:
        raise SnmpApiError(
            ApiError.ENTITY_UNKNOWN,
            f"{text!r}: an SNMPv3 entity string is USER@ADDRESS in UNTRANSLATED_V3 mode",
        )
    address = parse_entity_address(address_text, DEFAULT_AGENT_PORT)
    return EntityState(0, state.handle, address, SnmpVersion.V3, security=V3Security(user))
