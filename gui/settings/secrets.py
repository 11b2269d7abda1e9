"""Secrets (communities) in the OS keyring, or in memory when there is none.

Headless Linux and CI usually have no keyring backend; then secrets live in memory for this
run only and the user is told once. They are never written to a file.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator

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

    def __init__(self, service: str = SECRET_SERVICE) -> None:
        import keyring

        self._keyring = keyring
        self._service = service

    def get(self, key: str) -> str | None:
        """The secret stored under ``key``, or None (also when the keyring fails)."""
        try:
            value = self._keyring.get_password(self._service, key)
        except self._keyring.errors.KeyringError as exc:
            log.warning("the system keyring could not read %r: %s", key, exc)
            return None
        return None if value is None else str(value)

    def set(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``."""
        with self._errors("store", key):
            self._keyring.set_password(self._service, key, secret)

    def delete(self, key: str) -> None:
        """Remove ``key`` (a missing key is fine)."""
        with (
            self._errors("remove", key),
            contextlib.suppress(self._keyring.errors.PasswordDeleteError),
        ):
            self._keyring.delete_password(self._service, key)

    @contextlib.contextmanager
    def _errors(self, what: str, key: str) -> Iterator[None]:
        try:
            yield
        except self._keyring.errors.KeyringError as exc:
            raise SecretStoreError(f"the system keyring could not {what} {key!r}: {exc}") from exc


def open_secret_store() -> tuple[SecretStore, bool]:
    """The keyring when a usable backend exists, else memory; the second value says
    whether secrets outlive this run (False: the user should be told once)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        usable = not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0
    except Exception as exc:  # a broken keyring installation must not stop the app
        log.warning("no usable keyring: %s", exc)
        usable = False
    if usable:
        return KeyringSecretStore(), True
    return MemorySecretStore(), False
