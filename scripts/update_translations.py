"""Refresh the Spanish catalogue from the UI sources and compile it.

    python scripts/update_translations.py           # lupdate app/ui -> .ts, then lrelease -> .qm
    python scripts/update_translations.py --check   # change nothing; exit 1 if the .ts or .qm is stale

Why a script: lupdate keeps every translation already in the .ts (and marks strings that left the
code 'vanished'), so running it after each new screen is safe; lrelease ships only translations
marked finished (-nounfinished), so a half-reviewed string stays English rather than wrong.
Open the .ts in pyside6-linguist to translate, mark each string finished, then run this again.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "app" / "ui"
FOLDER = ROOT / "app" / "resources" / "translations"
LANGUAGES = ("es",)


def ts_file(language: str) -> Path:
    return FOLDER / f"hmis_intake_{language}.ts"


def qm_file(language: str) -> Path:
    return FOLDER / f"hmis_intake_{language}.qm"


def qt_tool(name: str) -> str:
    """The lupdate/lrelease that ships inside the PySide6 wheel (no Qt install needed)."""
    import PySide6
    exe = Path(PySide6.__file__).parent / (name + (".exe" if os.name == "nt" else ""))
    if exe.is_file():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6 (pip install -e '.[dev]').")
    return found


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{done.stdout}{done.stderr}")


def sources() -> list[str]:
    return [str(p) for p in sorted(SOURCES.rglob("*.py"))]


def lupdate(ts: Path, language: str) -> None:
    # Module-level helpers ``tr(text)`` / ``_tr(text)`` that call QCoreApplication.translate with a
    # fixed context are filed under the empty context; app/ui/translations.py falls back to it.
    _run(qt_tool("lupdate"), "-silent", "-locations", "relative", "-source-language", "en",
         "-target-language", language, "-tr-function-alias", "tr+=_tr", *sources(), "-ts", str(ts))


def lrelease(ts: Path, qm: Path) -> None:
    _run(qt_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm))


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every string the code still uses (not vanished/obsolete)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type", "")
            if kind not in ("vanished", "obsolete"):
                found.add((name, message.findtext("source") or ""))
    return found


def check(language: str) -> list[str]:
    """What is stale, in words; empty when the .ts covers the code and the .qm matches the .ts."""
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        ts, qm = Path(tmp) / ts_file(language).name, Path(tmp) / qm_file(language).name
        shutil.copy(ts_file(language), ts)
        lupdate(ts, language)
        missing = messages(ts) - messages(ts_file(language))
        if missing:
            problems.append(f"{ts_file(language).name} lacks {len(missing)} string(s) from app/ui; run this script.")
        lrelease(ts_file(language), qm)
        if not qm_file(language).is_file() or qm.read_bytes() != qm_file(language).read_bytes():
            problems.append(f"{qm_file(language).name} is not compiled from {ts_file(language).name}; run this script.")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when something is stale")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for language in LANGUAGES for p in check(language)]
        print("\n".join(problems) or "translations are up to date")
        return 1 if problems else 0
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(ts_file(language), language)
        lrelease(ts_file(language), qm_file(language))
        print(f"{ts_file(language).relative_to(ROOT)} and {qm_file(language).name} updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
