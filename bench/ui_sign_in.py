"""Sign-in to the main window: the production key derivation, the server's check (or the offline
one), and the signed-in window built and painted.

A real server on loopback (in this process) and a real profile set up through the Gate, as a
worker would; the offline rounds reach a closed port, so the code is checked against the seed
sealed in the key slot. Prints JSON lines (median and p95 in ms).
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyotp
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from app.security.gate import Gate, MfaSetupNeeded, SignedIn
from app.sync.transport import Transport
from app.ui.workspace import Workspace
from bench.report import emit, timings_ms
from tests.server.harness import PASSWORD, World, start_server

AGENCY = "Bench Shelter"


def _code(live, secret: str) -> str:
    live.clock.advance(31)
    return pyotp.TOTP(secret).at(live.clock.now_ms() / 1000)


def _window(app: QCoreApplication, profile: Path, signed: SignedIn) -> float:
    """Seconds to build the signed-in window and paint it once."""
    start = time.perf_counter()
    window = QMainWindow()
    workspace = Workspace(profile, signed)
    window.setCentralWidget(workspace)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.grab()
    spent = time.perf_counter() - start
    workspace.dispose()
    window.close()
    window.deleteLater()
    app.processEvents()
    return spent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        live = start_server(Path(tmp) / "server", None)
        try:
            world = World(live)
            staff = world.staff("case_manager", AGENCY)
            profile = Path(tmp) / "profile"
            online = Gate(
                profile,
                transport_factory=lambda _d: Transport(live.base_url, now_ms=live.clock.now_ms, attempts=1),
                now_ms=live.clock.now_ms,
            )
            online.set_up(
                server_url=live.base_url,
                code=world.code(AGENCY),
                device_name="Bench laptop",
                username=staff.username,
                password=PASSWORD,
            )
            pending = online.sign_in(staff.username, PASSWORD, staff.setup_code)
            assert isinstance(pending, MfaSetupNeeded)
            online.sign_out(online.confirm_mfa(pending, _code(live, staff.secret)))
            offline = Gate(
                profile,
                transport_factory=lambda _d: Transport("http://127.0.0.1:9", attempts=1),
                now_ms=live.clock.now_ms,
            )
            for name, gate in (("online", online), ("offline", offline)):
                checks, windows = [], []
                for _ in range(args.rounds):
                    code = _code(live, staff.secret)
                    start = time.perf_counter()
                    signed = gate.sign_in(staff.username, PASSWORD, code)
                    checks.append(time.perf_counter() - start)
                    assert isinstance(signed, SignedIn)  # the authenticator was set up above
                    assert signed.online == (name == "online")
                    windows.append(_window(app, profile, signed))
                    gate.sign_out(signed)
                emit(
                    f"sign_in_{name}",
                    rounds=args.rounds,
                    check=timings_ms(checks),
                    window=timings_ms(windows),
                    total=timings_ms([c + w for c, w in zip(checks, windows)]),
                )
        finally:
            live.stop()


if __name__ == "__main__":
    main()
