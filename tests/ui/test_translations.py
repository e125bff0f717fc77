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
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QStackedWidget

from app.ui import translations
from app.ui.review_screens import ConflictScreen
from app.ui.sync_status import SyncStatus
from tests.ui.conftest import shoot

if TYPE_CHECKING:  # imported where used, as the tests there do
    from app.ui.forms import RecordForm

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "app" / "resources" / "translations" / "hmis_intake_es.ts"
QM = ROOT / "app" / "resources" / "translations" / "hmis_intake_es.qm"


def _script():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "scripts" / "update_translations.py")
    assert spec is not None and spec.loader is not None  # a .py file: a spec with a source loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _combo(form: RecordForm, name: str) -> QComboBox:
    """The form's input for a coded field: a list to pick from."""
    box = form.widget_for(name)
    assert isinstance(box, QComboBox), (name, box)
    return box


def _ours(app) -> list[QTranslator]:
    return app.findChildren(QTranslator, "hmis-translator")


@pytest.fixture
def app(qapp, monkeypatch):
    """The test QApplication, left in English (no translator of ours) whatever the test did."""
    monkeypatch.delenv(translations.ENV, raising=False)
    translations.install(qapp, "en")
    yield qapp
    translations.install(qapp, "en")


def _messages() -> list[tuple[str | None, ET.Element]]:
    root = ET.parse(TS).getroot()  # noqa: S314 (the repo's own .ts file)
    return [
        (context.findtext("name"), message) for context in root.iter("context") for message in context.iter("message")
    ]


def _translation(message: ET.Element) -> ET.Element:
    translation = message.find("translation")
    assert translation is not None, ET.tostring(message)  # every message of a .ts has one
    return translation


def _finished(message: ET.Element) -> bool:
    return _translation(message).get("type") is None


def _texts(message: ET.Element) -> list[str]:
    translation = _translation(message)
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
    from app.ui.set_up_page import SetUpPage
    from app.ui.shell import Shell

    monkeypatch.setenv(translations.ENV, "es")
    assert translations.install(app) == "es"
    window = Shell(tmp_path / "fresh-profile")
    qtbot.addWidget(window)
    stack = window.centralWidget()
    assert isinstance(stack, QStackedWidget)
    page = stack.currentWidget()
    assert page is not None and page.objectName() == "set_up"
    assert isinstance(page, SetUpPage)
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
        assert source is not None, f"{context}: a message without its source text"
        for text in _texts(message):
            where = f"{context}: {source!r}"
            assert text.strip(), f"{where} is marked finished but has no translation"
            for placeholder in set(re.findall(r"%(?:n|\d)", source)):
                assert placeholder in text, f"{where} lost {placeholder} in {text!r}"
            assert text.replace("&&", "").count("&") == source.replace("&&", "").count("&"), (
                f"{where}: the translation {text!r} must keep exactly one keyboard shortcut (&) if the source has one"
            )


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
    from app.security.errors import WRONG, SignInFailed
    from app.sync.engine import SyncReport
    from app.sync.errors import Offline
    from app.ui.refusals import in_words
    from app.ui.sync_words import report_words

    assert translations.install(app, "es") == "es"
    done = SyncReport(pushed={"applied": 2, "conflict": 1}, pulled=5, message="Sync complete. Sent 3 changes.")
    assert report_words(done) == (
        "Sincronización completa. Cambios enviados: 3; recibidos: 5. Pendientes de una decisión: 1."
    )
    assert report_words(SyncReport(status="offline", message=Offline.message)).startswith("No se puede conectar")
    assert report_words(SyncReport(status="refused", message="A server's own reason.")) == "A server's own reason."
    assert in_words(SignInFailed("wrong", WRONG)).startswith("El nombre de usuario")


# HUD's own words: the labels and answers the forms take from app/domain (context "HUD").

#: Answers that are the same words in Spanish: names of programs and benefits, acronyms.
SAME_IN_SPANISH = {
    "GED",
    "HUD: ESG - RUSH",
    "HUD: HOME",
    "HUD: HOME (ARP)",
    "HUD: HUD/VASH",
    "Honorable",
    "Medicaid",
    "Medicare",
    "N/A",
    "No",
    "Rural",
    "SHA-1 RHY",
    "SHA-256 (RHY)",
    "SSN",
    "TANF",
    "Virtual",
    "WIC",
}


def _domain_words() -> set[str]:
    """Worked out here from the domain itself, not from hud_words.py, so a word the generator
    misses fails the test. Answers without a letter ("1-3") and VAMC place names need no Spanish."""
    import dataclasses

    from app.domain import codes, funder_elements, roles
    from app.domain.registry import RECORD_TYPES

    words = set(codes.RACE_FIELDS.values()) | set(roles.LABELS.values())
    for record_type in RECORD_TYPES.values():
        for f in dataclasses.fields(record_type):
            words.add(record_type.field_label(f.name))
            if f.metadata.get("codes") is not None:
                words.update(f.metadata["codes"].labels.values())
            words.update((f.metadata.get("choices") or {}).values())
    words.update(e.title for family in funder_elements.ELEMENTS.values() for e in family)
    return {w for w in words if any(ch.isalpha() for ch in w)}


def test_the_generated_word_list_is_the_domain_as_it_is_now():
    from app.ui import hud_words

    script = _script()
    assert (ROOT / "app" / "ui" / "hud_words.py").read_text(encoding="utf-8") == script.hud_module(), (
        "app/ui/hud_words.py is stale; run scripts/update_translations.py"
    )
    assert _domain_words() <= set(hud_words.WORDS)
    assert list(hud_words.WORDS) == sorted(set(hud_words.WORDS))
    assert len(hud_words.WORDS) > 500


def test_every_domain_label_and_answer_has_a_finished_spanish_translation():
    words = _domain_words()
    assert len(words) > 500  # ~270 labels and ~300 answers, so a broken collector cannot pass
    finished = {m.findtext("source"): _texts(m)[0] for context, m in _messages() if context == "HUD" and _finished(m)}
    assert sorted(words - finished.keys()) == [], "these HUD words have no finished Spanish in the .ts"
    catalogue = QTranslator()
    assert catalogue.load(str(QM))
    untranslated = sorted(w for w in words if not catalogue.translate("HUD", w))
    assert untranslated == [], "these HUD words are not in the compiled catalogue"
    english = sorted(w for w in words if catalogue.translate("HUD", w) == w and w not in SAME_IN_SPANISH)
    assert english == [], "these HUD words are 'translated' as the English"
    assert catalogue.translate("HUD", "Client doesn't know") == "El cliente no sabe"
    assert catalogue.translate("HUD", "Client prefers not to answer") == "El cliente prefiere no responder"
    assert catalogue.translate("HUD", "Data not collected") == "Datos no recopilados"


def test_hud_words_follow_the_language_and_an_unknown_word_stays_as_it_is(app):
    from app.ui.hud_words import hud

    assert hud("Destination") == "Destination"  # English: no catalogue
    assert translations.install(app, "es") == "es"
    assert hud("Destination") == "Destino"
    assert hud("(402) Togus, ME") == "(402) Togus, ME"  # a place name: not in the catalogue, shown as given
    assert hud("") == ""


def test_an_exit_and_an_enrollment_form_come_out_in_spanish(app, qtbot, shots):
    from app.domain.enrollment import Enrollment
    from app.domain.exit import Exit
    from app.ui.forms import RecordForm

    assert translations.install(app, "es") == "es"
    exit_form = RecordForm(Exit, ("exit_date", "destination", "project_completion_status"))
    qtbot.addWidget(exit_form)
    assert exit_form.label_for("exit_date") == "Fecha de salida del proyecto"
    assert exit_form.label_for("destination") == "Destino"
    assert exit_form.label_for("project_completion_status") == "Estado de finalización del proyecto"
    box = _combo(exit_form, "destination")
    answers = [box.itemText(i) for i in range(box.count())]
    assert "El cliente no sabe" in answers and "El cliente prefiere no responder" in answers
    assert "Datos no recopilados" in answers and "Fallecido/a" in answers
    assert box.accessibleName() == "Destino"
    shoot(exit_form, shots, "exit_form_es")

    enrollment = RecordForm(
        Enrollment, ("entry_date", "relationship_to_hoh", "living_situation", "disabling_condition")
    )
    qtbot.addWidget(enrollment)
    assert enrollment.label_for("relationship_to_hoh") == "Parentesco con el jefe de hogar"
    box = _combo(enrollment, "relationship_to_hoh")
    assert [box.itemText(i) for i in range(1, box.count())][:2] == ["Uno mismo (jefe de hogar)", "Hijo/a"]
    box.setCurrentIndex(2)
    assert enrollment.values()["relationship_to_hoh"] == 2  # the Spanish words still carry HUD's code
    english = {
        box.itemText(i)
        for name in ("living_situation", "disabling_condition")
        for box in [_combo(enrollment, name)]
        for i in range(1, box.count())
    }
    assert not english & {"Yes", "Client doesn't know", "Data not collected"}
    assert "Sí" in english


def test_a_funders_requirement_is_said_in_spanish_with_the_spanish_field_names(app, qtbot):
    from app.domain.funder_elements import ENTRY, elements_for, missing
    from app.domain.income_benefits import IncomeBenefits
    from app.ui.forms import RecordForm

    (soar,) = [e for e in elements_for((33,), ENTRY, 13) if e.code == "P4"]  # SSVF asks it in RRH and HP
    errors = missing([soar], {}, {"connection_with_soar": "Connection with SOAR"}, "SSVF")
    translations.install(app, "es")
    form = RecordForm(IncomeBenefits, soar.fields)
    qtbot.addWidget(form)
    form.show_problems(errors)
    said = form.problems_shown()["connection_with_soar"]
    assert said.startswith(form.label_for("connection_with_soar") + " es obligatorio para el financiador")
    assert "(SSVF)" in said and "required" not in said and "SOAR" in said
