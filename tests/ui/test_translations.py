"""The Spanish interface: catalogues load for HMIS_LANG / install(), widgets come out in Spanish,
and the shipped catalogue is complete where it claims to be and compiled from its source.

Real widgets on the offscreen platform, a real vault (cheap KDF) and the real lrelease from the
PySide6 wheel; nothing is mocked.
"""
from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.ui import translations
from app.ui.review_screens import ConflictScreen
from app.ui.sync_status import SyncStatus
from tests.ui.conftest import shoot

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "app" / "resources" / "translations" / "hmis_intake_es.ts"
QM = ROOT / "app" / "resources" / "translations" / "hmis_intake_es.qm"


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ours(app) -> list[QTranslator]:
    return app.findChildren(QTranslator, "hmis-translator")


@pytest.fixture
def app(qapp, monkeypatch):
    """The test QApplication, left in English (no translator of ours) whatever the test did."""
    monkeypatch.delenv(translations.ENV, raising=False)
    translations.install(qapp, "en")
    yield qapp
    translations.install(qapp, "en")


def _messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(context.findtext("name"), message) for context in root.iter("context") for message in context.iter("message")]


def _finished(message: ET.Element) -> bool:
    return message.find("translation").get("type") is None


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if message.get("numerus") == "yes" else [translation.text or ""]


# Refusals first: what is not a shipped language changes nothing.

@pytest.mark.parametrize("language", ["fr", "en", "en_US", "../../etc/passwd", "es;rm", "", "x"])
def test_a_language_we_do_not_ship_or_a_malformed_one_leaves_the_interface_in_english(app, language):
    assert translations.install(app, language or "zz") is None
    assert _ours(app) == []
    assert QCoreApplication.translate("SyncStatus", "&Sync now") == "&Sync now"


def test_a_malformed_hmis_lang_is_ignored(app, monkeypatch):
    monkeypatch.setenv(translations.ENV, "es/../../x")
    assert translations.install(app) is None and _ours(app) == []


def test_switching_back_to_english_removes_the_spanish_catalogues(app):
    assert translations.install(app, "es") == "es"
    assert len(_ours(app)) == 2  # ours and Qt's qtbase
    assert translations.install(app, "en") is None
    assert _ours(app) == []
    assert QCoreApplication.translate("SyncStatus", "&Sync now") == "&Sync now"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


# Spanish for real.

@pytest.mark.parametrize("value", ["es", "es_MX", "es-PR", "es_US.UTF-8"])
def test_hmis_lang_picks_spanish_for_any_spanish_locale(app, monkeypatch, value):
    monkeypatch.setenv(translations.ENV, value)
    assert translations.install(app) == "es"
    assert QCoreApplication.translate("SyncStatus", "&Sync now") == "&Sincronizar ahora"


def test_the_sync_status_and_review_screens_come_out_in_spanish(app, qtbot, monkeypatch, profile, vault, shots):
    monkeypatch.setenv(translations.ENV, "es")
    assert translations.install(app) == "es"
    status = SyncStatus(profile, vault)
    qtbot.addWidget(status)
    assert status.button.text() == "&Sincronizar ahora"
    assert status.link.text() == "Aún no se ha sincronizado"
    assert status.waiting.text() == "Cambios pendientes: 0"  # a plural form
    assert status.last_sync.text() == "Última sincronización: nunca"

    screen = ConflictScreen(vault)
    qtbot.addWidget(screen)
    assert screen.heading.text() == "Conflictos: el mismo campo se cambió en dos lugares"
    assert not screen.keep_server.isEnabled()  # nothing to decide on
    screen.choose(lambda item: None)  # the base class's message, found through the class chain
    assert screen.message.text() == "Primero elija un elemento de la lista."
    shoot(screen, shots, "conflicts_es")


def test_the_first_window_a_new_laptop_shows_comes_out_in_spanish(app, qtbot, monkeypatch, tmp_path, shots):
    from app.ui.shell import Shell
    monkeypatch.setenv(translations.ENV, "es")
    assert translations.install(app) == "es"
    window = Shell(tmp_path / "fresh-profile")
    qtbot.addWidget(window)
    page = window.centralWidget().currentWidget()
    assert page.objectName() == "set_up"
    assert page.heading.text() == "Configurar este dispositivo"
    assert page.button.text() == "&Configurar este dispositivo"
    shoot(window, shots, "set_up_es")


def test_strings_of_module_level_helpers_are_found_under_their_runtime_context(app, qtbot, vault):
    # review_screens' _tr("Record") asks under "ReviewScreens"; lupdate filed it under no context.
    assert translations.install(app, "es") == "es"
    screen = ConflictScreen(vault)
    qtbot.addWidget(screen)
    headers = [screen.model.headerData(i, Qt.Orientation.Horizontal) for i in range(screen.model.columnCount())]
    assert headers == ["Registro", "Campo", "Valor enviado en conflicto", "Valor actual"]


def test_a_string_nobody_translated_stays_in_english_not_blank(app):
    assert translations.install(app, "es") == "es"
    assert QCoreApplication.translate("SyncStatus", "A sentence no catalogue has") == "A sentence no catalogue has"
    assert QCoreApplication.translate("", "Another sentence no catalogue has") == "Another sentence no catalogue has"
    assert QCoreApplication.translate("SyncStatus", "Changes waiting: %n", None, 3) == "Cambios pendientes: 3"


def test_qt_own_strings_follow_the_language(app):
    assert translations.install(app, "es") == "es"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


# The catalogue itself.

def test_every_finished_entry_has_a_translation_that_keeps_placeholders_and_one_mnemonic():
    messages = _messages()
    finished = [(context, m) for context, m in messages if _finished(m)]
    assert len(finished) >= 45, "the Spanish catalogue lost its translations"
    for context, message in finished:
        source = message.findtext("source")
        for text in _texts(message):
            where = f"{context}: {source!r}"
            assert text.strip(), f"{where} is marked finished but has no translation"
            for placeholder in set(re.findall(r"%(?:n|\d)", source)):
                assert placeholder in text, f"{where} lost {placeholder} in {text!r}"
            assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), \
                f"{where}: the translation {text!r} must keep exactly one keyboard shortcut (&) if the source has one"


def test_the_compiled_catalogue_is_made_from_the_ts_as_it_is_now(tmp_path):
    script = _script()
    fresh = tmp_path / QM.name
    script.lrelease(TS, fresh)
    assert QM.is_file(), f"{QM.name} is missing; run scripts/update_translations.py"
    assert fresh.read_bytes() == QM.read_bytes(), f"{QM.name} is stale; run scripts/update_translations.py"


def test_the_shipped_catalogues_are_found_where_the_app_looks():
    assert translations.available() == ["es"]
    assert (translations.folder() / QM.name).read_bytes() == QM.read_bytes()


def test_what_a_sync_and_a_refused_sign_in_say_comes_out_in_spanish(app):
    from app.security.errors import SignInFailed, WRONG
    from app.sync.engine import SyncReport
    from app.sync.errors import Offline
    from app.ui.refusals import in_words
    from app.ui.sync_words import report_words
    assert translations.install(app, "es") == "es"
    done = SyncReport(pushed={"applied": 2, "conflict": 1}, pulled=5, message="Sync complete. Sent 3 changes.")
    assert report_words(done) == ("Sincronización completa. Cambios enviados: 3; recibidos: 5. "
                                  "Pendientes de una decisión: 1.")
    assert report_words(SyncReport(status="offline", message=Offline.message)).startswith("No se puede conectar")
    assert report_words(SyncReport(status="refused", message="A server's own reason.")) == "A server's own reason."
    assert in_words(SignInFailed("wrong", WRONG)).startswith("El nombre de usuario")
