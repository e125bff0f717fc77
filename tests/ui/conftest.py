"""What the UI tests share: the folder screenshots go to, and taking one at 1366x768.

Screenshots land in $HMIS_SCREENSHOTS when it is set (CI keeps them), else in a folder the test
run makes; its path is printed so a person can go and look.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SCREEN = (1366, 768)


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("HMIS_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")
    return folder


def shoot(widget, folder: Path, name: str) -> Path:
    """Save ``widget`` as ``name``.png at the laptop size our users have."""
    widget.resize(*SCREEN)
    widget.show()
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)) and path.stat().st_size > 0
    print(f"screenshot: {path}")
    return path


@pytest.fixture(scope="session", autouse=True)
def settings_folder(tmp_path_factory) -> Path:
    """QSettings write to a folder of the test run's, never to the real user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def english(qapp, monkeypatch):
    """Leave the interface in English whatever the test switched it to."""
    from app.ui import translations

    monkeypatch.delenv(translations.ENV, raising=False)
    translations.install(qapp, "en")
    yield qapp
    translations.install(qapp, "en")
