"""Closing a second connection (``Vault.twin``) once its work is handed over, off the UI thread.

Why: the vault wipes every cached page as it lets it go (cipher_memory_security). Closing a
connection that has just read a list over 10,000 people takes some 15 ms holding Python's lock,
which stalls the window; freeing the pages first through SQLite (PRAGMA shrink_memory) does the
same wiping with the lock let go, so the window keeps painting while a pool thread finishes.
"""

from __future__ import annotations

from app.storage.vault import Vault


def close_quietly(twin: Vault) -> None:
    """Free the connection's cached pages, then close it (and forget its key) whatever happens."""
    try:
        if twin.conn is not None:
            twin.conn.execute("PRAGMA shrink_memory")
    finally:
        twin.close()
