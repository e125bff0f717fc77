"""The first-run window, driven with the keyboard on the offscreen platform."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.storage.vault import Vault
from app.ui.first_run import FirstRunWindow


def _type(qtbot, widget, text):
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _set_up(qtbot, profile, password, confirm):
    """Fill the set-up form with the keyboard and press Return; the window, for its status."""
    window = FirstRunWindow(profile)
    qtbot.addWidget(window)
    _type(qtbot, window.username, "casey")
    _type(qtbot, window.password, password)
    _type(qtbot, window.confirm, confirm)
    qtbot.keyClick(window.confirm, Qt.Key.Key_Return)
    return window


def test_short_password_is_refused_in_words_and_nothing_is_created(qtbot, tmp_path):
    window = _set_up(qtbot, tmp_path / "p", "short", "short")
    assert "at least 12 characters" in window.status.text()
    assert not Vault.exists(tmp_path / "p")


def test_a_common_password_is_refused_in_words(qtbot, tmp_path):
    window = _set_up(qtbot, tmp_path / "p", "password1234", "password1234")
    assert "common or breached" in window.status.text()
    assert not Vault.exists(tmp_path / "p")


def test_mismatched_passwords_are_refused(qtbot, tmp_path):
    window = _set_up(qtbot, tmp_path / "p", "a long enough password", "another long password")
    assert "not the same" in window.status.text()


def test_create_then_unlock_and_wrong_password(qtbot, tmp_path):
    # Real Argon2id parameters: the window must stay responsive while they run in the background.
    profile = tmp_path / "p"
    window = _set_up(qtbot, profile, "a long enough password", "a long enough password")
    qtbot.waitUntil(lambda: window.vault is not None or window.button.isEnabled(), timeout=20_000)
    assert window.vault is not None, window.status.text()
    window.close()
    assert Vault.exists(profile)

    again = FirstRunWindow(profile)
    qtbot.addWidget(again)
    assert not again.confirm.isVisible()
    _type(qtbot, again.username, "casey")
    _type(qtbot, again.password, "not the password")
    qtbot.keyClick(again.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.button.isEnabled(), timeout=20_000)
    assert again.status.text() == "The username or password is not right for this device."
    assert again.vault is None
    _type(qtbot, again.password, "a long enough password")
    qtbot.keyClick(again.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: again.vault is not None, timeout=20_000)
    again.close()
