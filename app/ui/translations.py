"""Load the interface translation (ours and Qt's own) for the person's language.

Why: intake workers in Connecticut include Spanish speakers. Every string in app/ui goes through
tr(); this picks the compiled catalogue (app/resources/translations/hmis_intake_<lang>.qm) for
HMIS_LANG, else the system locale, and Qt's qtbase catalogue so its own dialogs and buttons
match. English is the source language, so it needs no catalogue.

Why a fallback to the empty context: lupdate files strings passed to a module-level helper
(``tr("When")`` calling ``QCoreApplication.translate("AdminScreens", text)``) under no context,
because it cannot see the helper's context; at run time they are asked for under the helper's
context. The catalogue answers such a miss with the context-less entry, so those helpers work.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: Qt's QT_TRANSLATE_NOOP(context, text): marks ``text`` for lupdate and returns it unchanged. The same
#: function, typed as what it does (PySide6's stub says it returns ``object``); lupdate goes by the name.
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)

CATALOGUE = "hmis_intake"
ENV = "HMIS_LANG"
_TAG = "hmis-translator"  # object name of the translators we install, to replace them on a second call
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(_[A-Za-z0-9]{2,4})?")


def folder() -> Path:
    """Where our compiled catalogues live, in a source tree, an installed wheel or the bundle."""
    return Path(str(resources.files("app.resources").joinpath("translations")))


def available() -> list[str]:
    """The languages we ship a catalogue for (besides English, the source)."""
    prefix = CATALOGUE + "_"
    return sorted(p.stem[len(prefix) :] for p in folder().glob(prefix + "*.qm"))


def _normalise(language: str) -> str | None:
    """'es-MX', 'es_MX.UTF-8' and 'es' all become 'es_MX' / 'es'; anything else is None."""
    tag = language.strip().split(".")[0].split("@")[0].replace("-", "_")
    return tag if _LANGUAGE.fullmatch(tag) else None


def _candidates(language: str) -> list[str]:
    """The language itself, then without its region ('es_MX' then 'es')."""
    base = language.split("_")[0]
    return [language] if base == language else [language, base]


class _Catalogue(QTranslator):
    """Our .qm, with the context-less fallback described above."""

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        return found or None  # None, not "": Qt then asks the next catalogue or keeps the English


def _remove_ours(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator, _TAG):
        app.removeTranslator(translator)
        translator.setParent(None)  # Python owns it now and frees it


def _load(app: QCoreApplication, path: Path, kind: type[QTranslator] = QTranslator) -> bool:
    translator = kind(app)  # parented to the app, so it lives as long as the app does
    translator.setObjectName(_TAG)
    if translator.load(str(path)) and app.installTranslator(translator):
        return True
    translator.setParent(None)
    return False


def install(app: QCoreApplication, language: str | None = None) -> str | None:
    """Install the catalogues for ``language`` (default: $HMIS_LANG, else the system locale).

    Returns the language whose catalogue was loaded ('es'), or None when the interface stays in
    English (English asked for, or a language we do not ship, or a malformed name). Calling it
    again replaces what an earlier call installed.
    """
    wanted = language or os.environ.get(ENV) or QLocale.system().name()
    _remove_ours(app)
    tag = _normalise(wanted)
    if tag is None:
        return None
    loaded = None
    for candidate in _candidates(tag):
        ours = folder() / f"{CATALOGUE}_{candidate}.qm"
        if ours.is_file() and _load(app, ours, _Catalogue):
            loaded = candidate
            break
    if loaded is None:
        return None
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for candidate in _candidates(tag):
        if (qt_folder / f"qtbase_{candidate}.qm").is_file() and _load(app, qt_folder / f"qtbase_{candidate}.qm"):
            break
    return loaded
