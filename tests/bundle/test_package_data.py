"""`pip install .` carries the files the client reads at run time (SQL migrations, translations).

Why build_py on a copy: it is the step of a wheel build that gathers package data, it needs no
network (unlike an isolated wheel build) and leaves no build/ folder in the checkout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_an_installed_client_has_its_migrations_and_compiled_translations(tmp_path):
    pytest.importorskip("setuptools", reason="setuptools gathers the package data")
    tree = tmp_path / "tree"
    shutil.copytree(ROOT / "app", tree / "app", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, tree / name)
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import setuptools; setuptools.setup()",
            "-q",
            "build_py",
            "--build-lib",
            str(tmp_path / "lib"),
        ],
        cwd=tree,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    lib = tmp_path / "lib" / "app"
    assert (
        {p.name for p in (lib / "resources" / "translations").iterdir()}
        == {p.name for p in (ROOT / "app" / "resources" / "translations").glob("*.qm")}
        == {"hmis_intake_es.qm"}
    )
    assert {p.name for p in (lib / "storage" / "migrations").glob("*.sql")} == {
        p.name for p in (ROOT / "app" / "storage" / "migrations").glob("*.sql")
    }
