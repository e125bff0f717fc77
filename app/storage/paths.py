"""Where profiles live on disk.

Why: one folder per device profile, in the platform's per-user data directory, holding the
encrypted database and its key slots and nothing readable but KDF salts and parameters.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "hmis-intake"
_PROFILE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def data_root() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=False)


def profile_dir(name: str = "default", root: Path | None = None) -> Path:
    """The folder of one named profile (not created here)."""
    if not _PROFILE_NAME.match(name):
        raise ValueError("a profile name uses letters, digits, '.', '_' and '-' only")
    return (root or data_root()) / "profiles" / name


def ensure_private_dir(folder: Path) -> Path:
    """Create the folder readable by this OS user only."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder
