"""The import rules of DESIGN.md, checked on the source so a stray import fails CI.

domain imports nothing of ours; nothing below app/ui imports Qt; the server never imports Qt.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
    return found


def _modules(*parts: str) -> list[Path]:
    return sorted((ROOT.joinpath(*parts)).rglob("*.py"))


@pytest.mark.parametrize("path", _modules("app", "domain"), ids=lambda p: p.name)
def test_domain_imports_nothing_of_ours_and_no_io_layers(path):
    bad = {
        m
        for m in _imports(path)
        if m.split(".")[0] in {"app", "server", "PySide6", "sqlcipher3", "sqlite3", "requests"}
    }
    assert not bad, f"{path.name} imports {sorted(bad)}"


@pytest.mark.parametrize(
    "path",
    _modules("app", "storage")
    + _modules("app", "security")
    + _modules("app", "services")
    + _modules("app", "sync")
    + _modules("server"),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_nothing_below_the_ui_imports_qt(path):
    assert not {m for m in _imports(path) if m.split(".")[0] in {"PySide6", "shiboken6"}}


@pytest.mark.parametrize("path", _modules("app", "ui"), ids=lambda p: p.name)
def test_the_ui_never_touches_sql(path):
    assert not {m for m in _imports(path) if m.split(".")[0] in {"sqlcipher3", "sqlite3"}}


def test_the_rules_above_see_the_modules():
    assert len(_modules("app", "domain")) > 10 and len(_modules("app", "storage")) > 8


@pytest.mark.parametrize("path", _modules("server"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_server_uses_only_the_domain_and_the_wire_format_of_the_app(path):
    ours = {m for m in _imports(path) if m.split(".")[0] == "app"}
    assert all(m.startswith("app.domain") or m in ("app.sync", "app.sync.wire") for m in ours), sorted(ours)


def test_the_headless_commands_run_without_qt():
    assert not {m for m in _imports(ROOT / "app" / "headless.py") if m.split(".")[0] in {"PySide6", "shiboken6"}}
