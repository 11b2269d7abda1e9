"""Secrets (communities, v3 passphrases) are kept safely, never in clear on disk.

First choice: the operating system's keyring. Many Linux desktops and servers have none;
then an encrypted file in the config folder (``secrets.cfg``, keyrings.cryptfile behind the
same keyring API), unlocked with a master password asked once per run. A user who declines
the password gets memory for the run, with a notice that stays in the window. A backend
named with keyring's own ``PYTHON_KEYRING_BACKEND`` is used as named (the fail backend: no
keyring and no prompt, as for scripted and test runs).
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from snmpscope.core.service.profiles import SECRET_SERVICE, MemorySecretStore, SecretStore

log = logging.getLogger(__name__)


class SecretStoreError(OSError):
    """The keyring refused or failed (locked, gone, denied). An ``OSError``, so that saving
    and loading the workspace treat it as the I/O failure it is: reported, never a crash."""


class KeyringSecretStore:
    """A :class:`SecretStore` over the ``keyring`` package (service ``snmpscope``).

    When the keyring fails, storing or removing raises :class:`SecretStoreError` naming the
    key (the save fails and the last saved workspace stays as it was); reading logs it and
    answers None, as for a secret that is not there, so that a locked keyring never makes a
    good workspace file look unreadable (the window then says which community is missing).
    """

    def __init__(self, service: str = SECRET_SERVICE, backend: Any | None = None) -> None:
        import keyring

        self._keyring = keyring
        # A given backend (the OS keyring found by system_keyring, the encrypted file) is
        # used directly; none means keyring's own choice (tests install theirs with it).
        self._backend: Any = keyring if backend is None else backend
        self._service = service

    def get(self, key: str) -> str | None:
        """The secret stored under ``key``, or None (also when the keyring fails)."""
        try:
            value = self._backend.get_password(self._service, key)
        except (self._keyring.errors.KeyringError, ValueError) as exc:
            log.warning("the keyring could not read %r: %s", key, exc)
            return None
        return None if value is None else str(value)

    def set(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``."""
        with self._errors("store", key):
            self._backend.set_password(self._service, key, secret)

    def delete(self, key: str) -> None:
        """Remove ``key`` (a missing key is fine)."""
        with (
            self._errors("remove", key),
            contextlib.suppress(self._keyring.errors.PasswordDeleteError),
        ):
            self._backend.delete_password(self._service, key)

    @contextlib.contextmanager
    def _errors(self, what: str, key: str) -> Iterator[None]:
        try:
            yield
        except (self._keyring.errors.KeyringError, ValueError, OSError) as exc:
            raise SecretStoreError(f"the keyring could not {what} {key!r}: {exc}") from exc


# Backends keyring's discovery may offer that are not the operating system's keyring: the
# chainer and fail placeholders, and file stores (keyrings.cryptfile registers a *plaintext*
# one too). The encrypted file is opened on purpose below, with its own file and password.
NOT_SYSTEM_KEYRINGS = ("keyring.backends.chainer", "keyring.backends.fail", "keyrings.")
SECRETS_FILE = "secrets.cfg"
PASSWORD_TRIES = 3


@dataclass(frozen=True, slots=True)
class SecretAccess:
    """Where secrets are kept this run: the store, whether they outlive the run, and the
    notice to keep showing when they do not (empty when they do)."""

    store: SecretStore
    persistent: bool
    where: str  # "system keyring", "encrypted file" or "memory"
    notice: str = ""


# (new_file, problem) -> the master password, or None when the user declines
PasswordPrompt = Callable[[bool, str], "str | None"]


def system_keyring() -> Any | None:
    """The operating system's keyring (Secret Service, macOS Keychain, Windows Credential
    Locker, KWallet), or None when keyring knows none that works here."""
    try:
        from keyring.backend import get_all_keyring
    except Exception as exc:  # a broken keyring installation must not stop the app
        log.warning("no usable keyring: %s", exc)
        return None
    best = None
    for backend in get_all_keyring():
        module = type(backend).__module__
        if module.startswith(NOT_SYSTEM_KEYRINGS):
            continue
        priority = getattr(backend, "priority", 0)
        if priority > 0 and (best is None or priority > best.priority):
            best = backend
    return best


def chosen_keyring() -> Any | None:
    """The backend the user named with ``PYTHON_KEYRING_BACKEND`` (keyring's own setting),
    or None when none is named. Naming the fail backend means: no keyring, no prompt."""
    if not os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    try:
        import keyring

        return keyring.get_keyring()
    except Exception as exc:
        log.warning("the keyring named by PYTHON_KEYRING_BACKEND cannot be used: %s", exc)
        return None


def encrypted_file_store(path: Path, password: str) -> KeyringSecretStore:
    """The encrypted file (keyrings.cryptfile: Argon2 key, AES-GCM per secret) at ``path``,
    unlocked with ``password``; ``ValueError`` when the password is not the file's."""
    from keyrings.cryptfile.cryptfile import CryptFileKeyring

    backend = CryptFileKeyring()
    backend.file_path = str(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        backend.keyring_key = password  # creates the file, or checks the password
    except ValueError as exc:
        raise ValueError(f"the password does not open {path}") from exc
    return KeyringSecretStore(backend=backend)


def open_secret_store(
    config_dir: Path | None = None, ask_password: PasswordPrompt | None = None
) -> SecretAccess:
    """The OS keyring when there is one; else the encrypted file in ``config_dir`` unlocked
    with a master password from ``ask_password`` (asked once per run, three tries); else,
    when there is no prompt or the user declines, memory for this run, with a notice."""
    chosen = chosen_keyring()
    if chosen is not None:  # the user named a backend: that one, and no password prompt
        usable = getattr(chosen, "priority", 1) > 0 and "fail" not in type(chosen).__module__
        if usable:
            return SecretAccess(KeyringSecretStore(backend=chosen), True, "chosen keyring")
        ask_password = None
    backend = system_keyring() if chosen is None else None
    if backend is not None:
        return SecretAccess(KeyringSecretStore(backend=backend), True, "system keyring")
    if config_dir is not None and ask_password is not None:
        path = config_dir / SECRETS_FILE
        problem = ""
        for _attempt in range(PASSWORD_TRIES):
            password = ask_password(not path.exists(), problem)
            if not password:
                break
            try:
                return SecretAccess(encrypted_file_store(path, password), True, "encrypted file")
            except ValueError:
                problem = QCoreApplication.translate(
                    "Secrets", "That password does not open the secrets file."
                )
            except Exception as exc:  # a broken crypto installation: fall back, say so
                log.error("cannot open the encrypted secrets file %s: %s", path, exc)
                break
    notice = QCoreApplication.translate(
        "Secrets",
        "No system keyring, and the encrypted secrets file was not unlocked: communities "
        "are kept in memory for this run only and are not saved.",
    )
    return SecretAccess(MemorySecretStore(), False, "memory", notice)
