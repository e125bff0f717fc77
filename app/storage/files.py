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
    """Write beside the target, flush it to disk, then rename over the target."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{_TEMP}")
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
    mid-write (of files matching ``pattern`` in ``folder``): they hold the same secrets."""
    found = list(folder.glob(f".{pattern}.*{_TEMP}")) if folder.is_dir() else []
    for path in found:
        shred(path)
    return len(found)


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
