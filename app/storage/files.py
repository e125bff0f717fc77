"""Durable file writes and shredding for the profile folder.

Why: a power cut while writing a key slot must leave either the old slot or the new one, never
half of each; and a removed slot should not linger in the file's old blocks.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

_TEMP = ".tmp"


def fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes) -> None:
    """Write beside the target, flush it to disk, then rename over the target. The copy's name
    carries this process's id, so ``shred_leftovers`` tells a live write from a dead one's."""
    temp = path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{_TEMP}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def shred_leftovers(folder: Path, pattern: str = "*") -> int:
    """Shred the half-written copies ``write_atomically`` leaves when its process is killed
    mid-write (of files matching ``pattern`` in ``folder``): they hold the same secrets.

    A copy whose writer is still running is left alone: it is about to be renamed over the
    target, and overwriting it then would fill the target itself with random bytes."""
    found = [
        path for path in (folder.glob(f".{pattern}.*{_TEMP}") if folder.is_dir() else []) if not _writer_alive(path)
    ]
    for path in found:
        shred(path)
    return len(found)


def _writer_alive(temp: Path) -> bool:
    """Whether the process named in a copy's name (see ``write_atomically``) still runs."""
    pid = temp.name[: -len(_TEMP)].rsplit(".", 1)[-1].split("-", 1)[0]
    if not pid.isdigit() or int(pid) == 0:
        return False  # not a name write_atomically gives: nobody is writing it
    try:
        os.kill(int(pid), 0)  # signal 0: only asks whether the process exists
    except (ProcessLookupError, OverflowError):
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def shred(path: Path) -> None:
    """Overwrite a file with random bytes, flush, then unlink it."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            handle.write(secrets.token_bytes(max(size, 1)))
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)
    fsync_dir(path.parent)
