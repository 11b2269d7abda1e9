"""Files written as one unit: readers see the old file or the new one, never half of it,
whatever happens to the writer (an exception, kill -9, a power cut), and the temp files of
killed writes are removed at the next start."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pathlib and tempfile load with the first save: a CLI request needs neither
    from pathlib import Path

# POSIX: temp files are locked while they are written (see atomic_write_text). Windows
# cannot remove an open file, which protects it as well, but renames closed files only.
LOCKED_TEMP_FILES = sys.platform != "win32"
TEMP_SUFFIX = ".tmp"


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never
    half, even when the process is killed or the machine loses power: a temp file beside
    ``path`` is written and fsynced, renamed over ``path``, and the folder is fsynced so the
    rename itself is on disk. A killed write leaves only its temp file, which
    :func:`remove_stale_temp_files` removes at the next start.

    On POSIX the temp file is locked (``flock``) from its creation until it has been renamed,
    so the start-up cleanup of another process on the same folder never removes it midway.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _locked_temp_file(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
            if LOCKED_TEMP_FILES:
                os.replace(tmp, path)  # while still open, so still locked
        if not LOCKED_TEMP_FILES:
            os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_folder(path.parent)


def remove_stale_temp_files(path: Path) -> list[Path]:
    """Remove the temp files that writes of ``path`` by :func:`atomic_write_text` left behind
    when they were killed; a temp file another process is still writing is left alone.
    Returns what was removed."""
    removed: list[Path] = []
    try:
        candidates = sorted(path.parent.glob(f"{_temp_prefix(path)}*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        with contextlib.suppress(OSError):  # gone meanwhile, in use (Windows), not ours
            if _remove_if_abandoned(candidate):
                removed.append(candidate)
    return removed


def _temp_prefix(path: Path) -> str:
    return f".{path.name}."


def _locked_temp_file(path: Path) -> tuple[int, str]:
    """A new temp file beside ``path``, open and (on POSIX) locked."""
    import tempfile

    while True:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path), suffix=TEMP_SUFFIX, dir=path.parent)
        if not LOCKED_TEMP_FILES:
            return fd, tmp
        _lock(fd, wait=True)
        if os.fstat(fd).st_nlink > 0:
            return fd, tmp
        # Another start-up's cleanup removed it between creation and locking: again.
        os.close(fd)


def _remove_if_abandoned(candidate: Path) -> bool:
    if not LOCKED_TEMP_FILES:
        candidate.unlink()  # an open file cannot be removed on Windows: in use means kept
        return True
    fd = os.open(candidate, os.O_RDONLY)
    try:
        if not _lock(fd, wait=False):
            return False  # a live write holds it
        if os.stat(candidate).st_ino != os.fstat(fd).st_ino:
            return False  # renamed away and the name reused meanwhile
        candidate.unlink()
        return True
    finally:
        os.close(fd)


def _lock(fd: int, wait: bool) -> bool:
    """Lock ``fd`` exclusively (``flock``: released when the file is closed, or its process
    dies); without ``wait``, False when another holds the lock."""
    if sys.platform == "win32":
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX if wait else fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # EINVAL: a file system that cannot sync folders
            raise
    finally:
        os.close(fd)
