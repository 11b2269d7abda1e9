"""Agents with their credentials, as the quick bar, the composer and the walk offer them.

A WinSNMP session holds entities (addresses) and contexts (communities) side by side; what an
administrator means by "an agent" is one of each. An entity pairs with the context that has
its name (a saved agent opens as an entity and a context named alike), otherwise with the
session's first context. The same pairs give the net-snmp command of a request.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from snmpscope.core.constants import ApiError, HandleKind, SnmpVersion
from snmpscope.core.errors import SnmpApiError
from snmpscope.core.service.agent_profiles import AgentBook, V3Credentials
from snmpscope.core.service.command_line import CommandTarget
from snmpscope.core.service.failures import Failure
from snmpscope.core.service.read_model import ContextInfo, EntityInfo, ReadModel
from snmpscope.core.smi.address import split_host_port
from snmpscope.gui.models import labels
from snmpscope.gui.plural import counted
from snmpscope.gui.views.quick_bar import Target


def paired_context(reader: ReadModel, session: int, entity: EntityInfo) -> int:
    """The context to use with ``entity`` (0: the session has none)."""
    contexts = [
        info
        for handle in reader.owned(session, HandleKind.CONTEXT)
        if isinstance(info := reader.context(handle), ContextInfo)
    ]
    for info in contexts:
        if info.name and info.name in (entity.name, entity.address):
            return info.handle
    return contexts[0].handle if contexts else 0


def targets_of(reader: ReadModel, sessions: Iterable[int]) -> list[Target]:
    """Every agent (entity with a context) of ``sessions``, in tree order."""
    found: list[Target] = []
    for session in sessions:
        info = reader.session(session)
        if info is None:
            continue
        for handle in reader.owned(session, HandleKind.ENTITY):
            entity = reader.entity(handle)
            if entity is None or entity.listening:
                continue
            context_handle = paired_context(reader, session, entity)
            context = reader.context(context_handle) if context_handle else None
            if context is None:
                continue
            found.append(
                Target(
                    session,
                    handle,
                    context_handle,
                    _label(entity),
                    _detail(info.name, entity, context),
                )
            )
    return found


def command_target(
    reader: ReadModel, entity: int, context: int, book: AgentBook | None = None
) -> CommandTarget | None:
    """The agent and credentials of a request, as the net-snmp command needs them (an SNMPv3
    agent's passphrases come from its saved profile, when it has one: the core never hands
    keys to the GUI)."""
    info = reader.entity(entity)
    context_info = reader.context(context)
    if info is None or context_info is None:
        return None
    v3 = None
    if info.version == SnmpVersion.V3:
        profile = book.get(info.name) if book is not None and info.name else None
        saved = profile.v3 if profile is not None else None
        v3 = V3Credentials(
            user=info.user,
            security_level=info.security_level or "noAuthNoPriv",
            auth_protocol=info.auth_protocol,
            auth_passphrase=saved.auth_passphrase if saved is not None else "",
            priv_protocol=info.priv_protocol,
            priv_passphrase=saved.priv_passphrase if saved is not None else "",
        )
    try:
        host, port = split_host_port(info.address)
    except SnmpApiError:
        host, port = info.ip, info.port
    return CommandTarget(
        host=host,
        port=port if port is not None else info.port,
        version=SnmpVersion(info.version),
        community=context_info.community.decode("utf-8", "replace"),
        timeout_cs=info.timeout_cs,
        retry=info.retry,
        v3=v3,
    )


def _label(entity: EntityInfo) -> str:
    return f"{entity.name} ({entity.address})" if entity.name else entity.address


def _detail(session_name: str, entity: EntityInfo, context: ContextInfo) -> str:
    tr = QCoreApplication.translate
    credentials = (
        tr("Targets", "user {user}").format(user=entity.user)
        if entity.user
        else tr("Targets", "community {community}").format(
            community=labels.mask_community(context.community)
        )
    )
    return tr("Targets", "{agent} · {version} · {credentials} · session “{session}”").format(
        agent=_label(entity),
        version=labels.version_name(entity.version),
        credentials=credentials,
        session=session_name,
    )


def failure_words(reader: ReadModel, entity: int, failure: Failure) -> str:
    """A failed request in words: "No answer from 10.1.1.1 after 3 tries." for a timeout
    (the SNMPAPI code stays in the tree and the details)."""
    info = reader.entity(entity)
    if failure.code == ApiError.TL_TIMEOUT and info is not None:
        return counted(
            info.retry + 1,
            QCoreApplication.translate("Targets", "No answer from {address} after 1 try."),
            QCoreApplication.translate("Targets", "No answer from {address} after {n} tries."),
        ).replace("{address}", info.address)
    return failure.message


def saved_targets(book: AgentBook, open_targets: list[Target]) -> list[Target]:
    """The saved agents not open in a session yet, for the bar to open on first use."""
    tr = QCoreApplication.translate
    open_names = {t.label.split(" (", 1)[0] for t in open_targets}
    found = []
    for profile in book.profiles:
        if profile.name in open_names:
            continue
        where = f"{profile.folder}/" if profile.folder else ""
        found.append(
            Target(
                0,
                0,
                0,
                tr("Targets", "{name} (saved)").format(name=profile.name),
                tr(
                    "Targets",
                    "{folder}{name} · {address} · {version} · opens in the selected session",
                ).format(
                    folder=where,
                    name=profile.name,
                    address=profile.address,
                    version=labels.version_name(profile.version),
                ),
                profile=profile.name,
            )
        )
    return found
