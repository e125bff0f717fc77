"""Reading the write-ahead log before SQLite does, so damage to committed data is not ignored.

Why: SQLite treats a WAL frame whose checksum fails as the end of the log (a torn write at a
power cut) and silently drops every frame after it. That is right for the unfinished tail, but a
damaged frame followed by further commits means transactions that were reported committed would
vanish. Those frames are chained by checksum to the frames before the damage, so they can be
recognised, and the vault is then refused instead of quietly opened without them.
"""

from __future__ import annotations

import struct
from pathlib import Path

_HEADER = 32
_FRAME_HEADER = 24
_MAGIC_LE, _MAGIC_BE = 0x377F0682, 0x377F0683
_MASK = 0xFFFFFFFF


def _checksum(data: bytes, s0: int, s1: int, fmt: str) -> tuple[int, int]:
    words = struct.unpack(f"{fmt}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & _MASK
        s1 = (s1 + words[i + 1] + s0) & _MASK
    return s0, s1


def committed_data_lost(wal: Path) -> bool:
    """True when a damaged frame is followed by a commit that SQLite would then throw away.

    A damaged final commit frame also counts: with synchronous=FULL a commit frame is on disk
    before the commit is reported, so damage there is not a torn write of unfinished work.
    """
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return False
    if len(data) < _HEADER:
        return False
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:_HEADER])
    if magic not in (_MAGIC_LE, _MAGIC_BE) or page_size < 512 or page_size & (page_size - 1):
        return False  # not a log SQLite would replay either
    fmt = ">" if magic == _MAGIC_BE else "<"
    if _checksum(data[:24], 0, 0, fmt) != (c0, c1):
        return False  # SQLite ignores a log whose header is damaged; nothing in it is replayed
    frame = _FRAME_HEADER + page_size
    s0, s1 = c0, c1
    damaged = False
    for start in range(_HEADER, len(data) - frame + 1, frame):
        header = data[start : start + _FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            # Normally a frame left from an earlier cycle of the log; if it is damage instead,
            # frames of this cycle after it still carry the right salts and are caught below.
            damaged = True
            continue
        expected = _checksum(header[:8] + data[start + _FRAME_HEADER : start + frame], s0, s1, fmt)
        if expected != (f0, f1):
            if commit:
                return True
            damaged = True
        elif damaged and commit:
            return True
        s0, s1 = f0, f1  # the writer's running value: later frames chain from it even past damage
    return False
