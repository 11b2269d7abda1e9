"""Secrets (communities) in the OS keyring, or in memory when there is none.

Headless Linux and CI usually have no keyring backend; then secrets live in memory for this
run only and the user is told once. They are never written to a file.
"""

from __future__ import annotations

import contextlib
import logging

from snmpscope.core.service.profiles import SECRET_SERVICE, MemorySecretStore, SecretStore

log = logging.getLogger(__name__)


class KeyringSecretStore:
    """A :class:`SecretStore` over the ``keyring`` package (service ``snmpscope``)."""

    def __init__(self, service: str = SECRET_SERVICE) -> None:
        import keyring

        self._keyring = keyring
        self._service = service

    def get(self, key: str) -> str | None:
        """The secret stored under ``key``, or None."""
        value = self._keyring.get_password(self._service, key)
        return None if value is None else str(value)

    def set(self, key: str, secret: str) -> None:
        """Store ``secret`` under ``key``."""
        self._keyring.set_password(self._service, key, secret)

    def delete(self, key: str) -> None:
        """Remove ``key`` (a missing key is fine)."""
        with contextlib.suppress(self._keyring.errors.PasswordDeleteError):
            self._keyring.delete_password(self._service, key)


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
