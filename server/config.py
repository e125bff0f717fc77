"""Where the central service keeps its data and which database it talks to.

Why a default: `hmis-server serve` must run on a fresh machine with one step of setup (its
signing key, `hmis-server make-signing-key`), on SQLite in the platform data folder; a PostgreSQL
URL and a shared key file (HMIS_SIGNING_KEY_FILE) switch the same code to a statewide deployment.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_data_path

SIGNING_KEY_ENV = "HMIS_SIGNING_KEY_FILE"
SIGNING_KEY_NAME = "server-signing-key.pem"  # the key file's name in the data directory, by default


def default_data_dir() -> Path:
    return user_data_path("hmis-server", appauthor=False, ensure_exists=False)


def signing_key_from_env() -> Path | None:
    """The deployment's key file named in the environment, so every host can be given the same one."""
    value = os.environ.get(SIGNING_KEY_ENV, "").strip()
    return Path(value).expanduser() if value else None


@dataclass(frozen=True)
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    database_url: str | None = None
    signing_key_file: Path | None = field(default_factory=signing_key_from_env)  # None: the data directory's
    max_batch_operations: int = 500
    max_body_bytes: int = 4 * 1024 * 1024  # as received (compressed or not)
    max_inflated_bytes: int = 32 * 1024 * 1024  # after gunzip
    max_import_bytes: int = 256 * 1024 * 1024  # an HMIS CSV zip
    max_concurrent_imports: int = 2  # on one host, across its worker processes; more get 429
    clock_skew_seconds: int = 300  # signed requests older or newer than this are refused
    access_token_minutes: int = 15
    setup_token_minutes: int = 10

    @property
    def url(self) -> str:
        """The SQLAlchemy URL; psycopg 3 for PostgreSQL."""
        if self.database_url:
            url = self.database_url
            if url.startswith(("postgresql://", "postgres://")):
                url = "postgresql+psycopg://" + url.split("://", 1)[1]
            return url
        return f"sqlite:///{self.data_dir / 'hmis.db'}"

    @property
    def signing_key_path(self) -> Path:
        """Where the wipe-signing key is read from: the configured file, else the data directory's."""
        return self.signing_key_file or self.data_dir / SIGNING_KEY_NAME

    def prepare(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.data_dir, 0o700)
