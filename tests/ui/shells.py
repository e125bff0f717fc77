"""Windows for the UI tests: a Shell on a fresh profile talking to the loopback server, set up and
signed in with the keyboard as a person would."""

from __future__ import annotations

from pathlib import Path

import pyotp
from PySide6.QtCore import Qt

from app.security.gate import Gate
from app.sync.device_file import DeviceFile
from app.sync.engine import SyncEngine
from app.sync.transport import Transport
from app.ui.shell import Shell
from tests.conftest import FAST_KDF
from tests.server.harness import PASSWORD, LiveServer
from tests.ui.conftest import shoot

AGENCY = "Shell Shelter"


def make_transport(live: LiveServer, url: str | None = None) -> Transport:
    return Transport(url or live.base_url, now_ms=live.clock.now_ms, attempts=1)


def make_gate(live: LiveServer, profile: Path, url: str | None = None) -> Gate:
    def transport(device: DeviceFile | None = None) -> Transport:
        return make_transport(live, url)

    return Gate(
        profile,
        transport_factory=transport,
        now_ms=live.clock.now_ms,
        kdf=FAST_KDF,
        floor=FAST_KDF,
    )


def open_shell(qtbot, live, profile, gate=None, *, screen_size=True):
    def engine(vault, on_event):
        return SyncEngine(profile, vault, transport=make_transport(live), now_ms=live.clock.now_ms, on_event=on_event)

    window = Shell(
        profile,
        gate or make_gate(live, profile),
        engine_factory=engine,
        start_engine=lambda: SyncEngine(profile, None, transport=make_transport(live), now_ms=live.clock.now_ms),
        transport_factory=lambda: make_transport(live),
        now_ms=live.clock.now_ms,
    )
    qtbot.addWidget(window)
    if screen_size:
        window.resize(1366, 768)
    window.show()
    return window


def type_into(qtbot, widget, text):
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def fresh_code(live, secret):
    live.clock.advance(31)  # a code works once: step on to a fresh one
    return pyotp.TOTP(secret).at(live.clock.now_ms() / 1000)


def set_up_device(qtbot, live, world, window, staff, agency=AGENCY):
    page = window.set_up
    type_into(qtbot, page.server, live.base_url)
    type_into(qtbot, page.code, world.code(agency))
    type_into(qtbot, page.device_name, "Front desk laptop")
    type_into(qtbot, page.username, staff.username)
    type_into(qtbot, page.password, PASSWORD)
    type_into(qtbot, page.confirm, PASSWORD)
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.page() == "sign_in", timeout=20_000)


def first_sign_in(qtbot, live, window, staff, shots=None):
    """Straight after set-up: the set-up code from the coordinator releases the authenticator's secret."""
    page = window.sign_in
    assert page.code.hasFocus()
    type_into(qtbot, page.code, staff.setup_code)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.mode == "mfa", timeout=20_000)
    assert not page.qr.pixmap().isNull() and "Key:" in page.uri.text()
    if shots is not None:
        shoot(window, shots, "sign-in-authenticator-set-up")
    type_into(qtbot, page.code, fresh_code(live, staff.secret))
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.page() == "workspace", timeout=20_000)
    staff.confirmed = True


def signed_in_shell(qtbot, live, world, tmp_path, role="case_manager", agency=AGENCY):
    staff = world.staff(role, agency)
    profile = tmp_path / f"profile-{role}"
    window = open_shell(qtbot, live, profile)
    set_up_device(qtbot, live, world, window, staff, agency)
    first_sign_in(qtbot, live, window, staff)
    return window, staff, profile


def sign_in_with(qtbot, window, username, password, code):
    page = window.sign_in
    type_into(qtbot, page.username, username)
    type_into(qtbot, page.password, password)
    type_into(qtbot, page.code, code)
    qtbot.keyClick(page.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page._job is None, timeout=20_000)
