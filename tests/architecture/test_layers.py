"""The import rules of docs/architecture.md, checked on the source so a stray import fails CI.

domain imports nothing of ours; nothing below app/ui imports Qt; the server never imports Qt; and
every import in app/ points down the layers: ui -> services/security -> sync -> storage -> domain.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
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


#: How far up each package of app/ sits: a module imports only its own package or lower ones.
#: services and security sit side by side and do not import each other. The entry points
#: (app/main.py, app/headless.py) sit on top.
LAYERS = {"domain": 0, "resources": 0, "storage": 1, "sync": 2, "security": 3, "services": 3, "ui": 4}
_TOP = 5


def _layer(path: Path) -> tuple[str, int]:
    parts = path.relative_to(ROOT / "app").parts
    if len(parts) == 1:
        return parts[0], 0 if parts[0] == "__init__.py" else _TOP
    return parts[0], LAYERS[parts[0]]


def _upward(path: Path, imported: set[str]) -> list[str]:
    """The app/ imports of ``path`` that point up or sideways (the entry points may import each other)."""
    name, rank = _layer(path)
    bad = []
    for module in sorted(imported):
        parts = module.split(".")
        if parts[0] != "app" or len(parts) < 2 or parts[1] == name:
            continue
        target = LAYERS.get(parts[1], _TOP)
        if target >= rank and not (rank == target == _TOP):
            bad.append(module)
    return bad


@pytest.mark.parametrize("path", _modules("app"), ids=lambda p: str(p.relative_to(ROOT)))
def test_every_import_in_the_app_points_down_the_layers(path):
    assert not _upward(path, _imports(path)), (
        f"{path.relative_to(ROOT)} imports upward: {_upward(path, _imports(path))}"
    )


def test_every_package_of_the_app_has_a_layer():
    packages = {p.name for p in (ROOT / "app").iterdir() if (p / "__init__.py").exists()}
    assert packages == set(LAYERS)


def test_the_layer_rule_catches_an_upward_and_a_sideways_import():
    sync_module = ROOT / "app" / "sync" / "admin_api.py"
    services_module = ROOT / "app" / "services" / "clients.py"
    assert _upward(sync_module, {"app.security.permissions", "app.storage.vault"}) == ["app.security.permissions"]
    assert _upward(services_module, {"app.security.gate", "app.sync.engine"}) == ["app.security.gate"]
    assert _upward(ROOT / "app" / "domain" / "roles.py", {"app.storage.vault"}) == ["app.storage.vault"]
    assert _upward(ROOT / "app" / "main.py", {"app.ui.application", "app.headless"}) == []
    assert _upward(ROOT / "app" / "ui" / "window.py", {"app.headless"}) == ["app.headless"]


def test_no_relative_import_leaves_its_package():
    """``from .x import y`` stays inside a package; ``from ..x`` would slip past the rules above."""
    relative = [
        str(path.relative_to(ROOT))
        for path in _modules("app") + _modules("server")
        if any(isinstance(n, ast.ImportFrom) and n.level > 1 for n in ast.walk(ast.parse(path.read_text("utf-8"))))
    ]
    assert not relative
