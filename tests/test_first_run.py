"""First run anywhere: a desktop the window cannot open on is told so in one sentence, before Qt starts.

Without a display, or without the system libraries Qt's xcb plugin needs, Qt's plugin loader
aborts the process (a core dump, exit 134) after a screenful of qt.qpa lines. app.display_check
runs before app.ui is imported and turns both into one sentence and a documented exit code.

The end-to-end tests start the real entry point in a subprocess; the library tests point the
check at real ELF files (made here, a few hundred bytes) whose dependency is not installed, and
compare the check's verdict on Qt's own xcb plugin with what the system's loader says about it.
"""

from __future__ import annotations

import ctypes
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from app.display_check import (
    EXIT_MISSING_LIBRARIES,
    EXIT_NO_DISPLAY,
    check,
    debian_package,
    missing_libraries,
    missing_libraries_sentence,
    platform_plugin_dirs,
)

ROOT = Path(__file__).resolve().parents[1]
ABSENT = "libhmis-intake-absent-for-test.so.1"
DT_NEEDED, DT_HASH, DT_STRTAB, DT_SYMTAB, DT_STRSZ, DT_SYMENT, DT_RUNPATH = 1, 4, 5, 6, 10, 11, 29
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check judges Linux displays only")


def _desktop_less_env(**extra: str) -> dict[str, str]:
    # XDG_SESSION_TYPE too: on a Wayland desktop it lets Qt find the compositor's default socket.
    gone = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    env.update(extra)
    return env


def _entry_points() -> list[list[str]]:
    """`python -m app.main`, and the installed console script README's first command starts."""
    commands = [[sys.executable, "-m", "app.main"]]
    script = Path(sys.executable).parent / "hmis-intake"
    if script.is_file():
        commands.append([str(script)])
    return commands


def _run(command: list[str], env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*command, *args], capture_output=True, text=True, timeout=60, env=env, cwd=ROOT)


def _host_elf_machine() -> int | None:
    """e_machine of this Python's own binary when it is a 64-bit little-endian ELF, else None."""
    try:
        head = Path(sys.executable).resolve().read_bytes()[:20]
    except OSError:
        return None
    if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
        return None
    return struct.unpack_from("<H", head, 18)[0]


def _shared_object(path: Path, needed: list[str], runpath: str | None = None) -> Path:
    """Write a minimal, loadable ELF shared object for this machine that needs ``needed``."""
    machine = _host_elf_machine()
    if machine is None:
        pytest.skip("a hand-made ELF shared object needs a 64-bit little-endian ELF host")
    strtab = b"\0"
    offsets = []
    for name in needed:
        offsets.append(len(strtab))
        strtab += name.encode() + b"\0"
    runpath_off = len(strtab)
    if runpath is not None:
        strtab += runpath.encode() + b"\0"
    str_off = 64 + 2 * 56
    hash_off = (str_off + len(strtab) + 7) & ~7
    hash_table = struct.pack("<4I", 1, 1, 0, 0)  # nbucket, nchain, bucket[0], chain[0]
    sym_off = hash_off + len(hash_table)
    symtab = bytes(24)  # the null symbol
    dyn_off = sym_off + len(symtab)
    entries = [(DT_NEEDED, off) for off in offsets]
    entries += [(DT_RUNPATH, runpath_off)] if runpath is not None else []
    entries += [(DT_HASH, hash_off), (DT_STRTAB, str_off), (DT_SYMTAB, sym_off), (DT_STRSZ, len(strtab))]
    entries += [(DT_SYMENT, 24), (0, 0)]
    dynamic = b"".join(struct.pack("<qQ", tag, value) for tag, value in entries)
    size = dyn_off + len(dynamic)
    ident = b"\x7fELF" + bytes([2, 1, 1, 0]) + bytes(8)
    header = ident + struct.pack("<HHIQQQIHHHHHH", 3, machine, 1, 0, 64, 0, 0, 64, 56, 2, 64, 0, 0)
    load = struct.pack("<IIQQQQQQ", 1, 6, 0, 0, 0, size, size, 0x1000)
    dyn = struct.pack("<IIQQQQQQ", 2, 6, dyn_off, dyn_off, dyn_off, len(dynamic), len(dynamic), 8)
    body = header + load + dyn + strtab
    body += bytes(hash_off - len(body)) + hash_table + symtab + dynamic
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(body)
    return path


# --- end to end: the real entry point, no display --------------------------------------------------


@linux_only
@pytest.mark.parametrize("command", _entry_points(), ids=lambda c: Path(c[-1]).name)
def test_no_display_is_one_sentence_and_the_documented_exit_code(command, tmp_path):
    profile = tmp_path / "profile"
    done = _run(command, _desktop_less_env(), "--profile", str(profile))
    assert done.returncode == EXIT_NO_DISPLAY, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr  # one sentence, no qt.qpa lines: Qt never started
    assert "no graphical display" in lines[0] and "DISPLAY" in lines[0] and "WAYLAND_DISPLAY" in lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not profile.exists()  # nothing was written for the user


@linux_only
def test_no_display_is_found_without_importing_qt(tmp_path):
    done = _run([sys.executable, "-X", "importtime", "-m", "app.main"], _desktop_less_env(), "--profile", str(tmp_path))
    assert done.returncode == EXIT_NO_DISPLAY, done.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "app.display_check" in imported
    assert not any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imported), sorted(imported)
    assert "app.ui" not in imported


@linux_only
def test_headless_commands_do_not_need_a_display(tmp_path):
    done = _run([sys.executable, "-m", "app.main"], _desktop_less_env(), "--profile", str(tmp_path / "p"), "status")
    assert done.returncode == 0, done.stderr
    assert "display" not in done.stderr.lower()


@linux_only
def test_the_offscreen_platform_needs_no_display():
    assert check({"QT_QPA_PLATFORM": "offscreen"}) is None
    assert check({"QT_QPA_PLATFORM": "minimal"}) is None
    assert check({"QT_QPA_PLATFORM": "offscreen:fontengine=freetype"}) is None


@linux_only
def test_a_platform_asked_for_by_name_needs_its_own_display():
    refusal = check({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"})
    assert refusal is not None and refusal.exit_code == EXIT_NO_DISPLAY
    assert "QT_QPA_PLATFORM is xcb" in refusal.sentence and "DISPLAY is not set" in refusal.sentence


def test_windows_and_macos_are_never_refused():
    for system in ("win32", "darwin"):
        assert check({}, system=system) is None
        assert check({"QT_QPA_PLATFORM": "xcb"}, system=system) is None


# --- missing system libraries ---------------------------------------------------------------------


def test_sonames_map_to_the_debian_packages_that_ship_them():
    expected = {
        "libxcb-cursor.so.0": "libxcb-cursor0",
        "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
        "libxcb-icccm.so.4": "libxcb-icccm4",
        "libxcb-keysyms.so.1": "libxcb-keysyms1",
        "libxcb-shape.so.0": "libxcb-shape0",
        "libxcb-render-util.so.0": "libxcb-render-util0",
        "libxcb-image.so.0": "libxcb-image0",
        "libxcb-xinerama.so.0": "libxcb-xinerama0",
        "libEGL.so.1": "libegl1",
        "libGL.so.1": "libgl1",
        "libfontconfig.so.1": "libfontconfig1",
        "libdbus-1.so.3": "libdbus-1-3",
        "libX11-xcb.so.1": "libx11-xcb1",
        "libwayland-cursor.so.0": "libwayland-cursor0",
    }
    assert {soname: debian_package(soname) for soname in expected} == expected
    assert debian_package(ABSENT) is None


def test_the_sentence_names_the_libraries_and_the_exact_apt_get_line():
    sentence = missing_libraries_sentence(["xcb"], ["libxcb-cursor.so.0", "libxcb-icccm.so.4"], debian=True)
    assert sentence.count(".") >= 1 and "\n" not in sentence
    assert "libxcb-cursor.so.0 and libxcb-icccm.so.4" in sentence
    assert sentence.endswith("sudo apt-get install libxcb-cursor0 libxcb-icccm4")
    elsewhere = missing_libraries_sentence(["xcb"], ["libxcb-cursor.so.0"], debian=False)
    assert "libxcb-cursor.so.0" in elsewhere and "apt-get" not in elsewhere
    unknown = missing_libraries_sentence(["xcb"], [ABSENT], debian=True)
    assert ABSENT in unknown and "apt-get install" not in unknown


@linux_only
def test_a_plugin_whose_dependency_is_not_installed_is_named(tmp_path):
    plugin = _shared_object(tmp_path / "platforms" / "libqxcb.so", ["libc.so.6", ABSENT])
    with pytest.raises(OSError, match=ABSENT.replace(".", r"\.")):
        ctypes.CDLL(str(plugin))  # the system's loader agrees: the file is real and fails to load
    assert missing_libraries(plugin, {}) == [ABSENT]
    refusal = check({"DISPLAY": ":0"}, plugin_dirs=[plugin.parent])
    assert refusal is not None and refusal.exit_code == EXIT_MISSING_LIBRARIES
    assert ABSENT in refusal.sentence and "\n" not in refusal.sentence


@linux_only
def test_a_plugin_that_loads_is_not_refused(tmp_path):
    plugin = _shared_object(tmp_path / "platforms" / "libqxcb.so", ["libc.so.6"])
    ctypes.CDLL(str(plugin))
    assert missing_libraries(plugin, {}) == []
    assert check({"DISPLAY": ":0"}, plugin_dirs=[plugin.parent]) is None


@linux_only
def test_a_dependency_found_through_runpath_is_followed(tmp_path):
    # libqxcb.so -> (RUNPATH $ORIGIN/../lib) libQt6FakeQpa.so.6 -> ABSENT, as Qt's own plugin is laid out.
    qpa = _shared_object(tmp_path / "lib" / "libQt6FakeQpa.so.6", ["libc.so.6", ABSENT])
    plugin = _shared_object(tmp_path / "platforms" / "libqxcb.so", ["libQt6FakeQpa.so.6"], runpath="$ORIGIN/../lib")
    with pytest.raises(OSError, match=ABSENT.replace(".", r"\.")):
        ctypes.CDLL(str(plugin))  # found its Qt library through RUNPATH, then failed on what that needs
    assert qpa.is_file() and missing_libraries(plugin, {}) == [ABSENT]


@linux_only
def test_a_wayland_session_is_not_refused_for_the_xcb_plugin(tmp_path):
    _shared_object(tmp_path / "platforms" / "libqxcb.so", ["libc.so.6", ABSENT])
    _shared_object(tmp_path / "platforms" / "libqwayland.so", ["libc.so.6"])
    both = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert check(both, plugin_dirs=[tmp_path / "platforms"]) is None


@linux_only
def test_a_plugin_that_cannot_be_found_is_left_to_qt(tmp_path):
    assert check({"DISPLAY": ":0"}, plugin_dirs=[tmp_path / "nothing-here"]) is None


@linux_only
def test_the_real_xcb_plugin_is_judged_as_the_system_loader_judges_it(tmp_path):
    plugins = [d / "libqxcb.so" for d in platform_plugin_dirs(os.environ) if (d / "libqxcb.so").is_file()]
    assert plugins, "PySide6's xcb plugin was not found"
    plugin = plugins[0]
    # Ask the system's loader in a throwaway process (nothing of Qt is loaded into this one).
    probe = subprocess.run(
        [sys.executable, "-c", "import ctypes, sys; ctypes.CDLL(sys.argv[1])", str(plugin)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    missing = missing_libraries(plugin, os.environ)
    if probe.returncode == 0:
        assert missing == []
        pytest.skip("every library of the xcb plugin is installed here; the refusal cannot be shown end to end")
    first = probe.stderr.strip().splitlines()[-1].split("OSError: ", 1)[-1].split(":", 1)[0]
    assert first in missing, (first, missing)
    # ... and the real entry point, on a desktop that has a display, says so in one sentence.
    done = _run([sys.executable, "-m", "app.main"], _desktop_less_env(DISPLAY=":99"), "--profile", str(tmp_path / "p"))
    assert done.returncode == EXIT_MISSING_LIBRARIES, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and first in lines[0], done.stderr
    if Path("/etc/debian_version").is_file():
        assert (
            "sudo apt-get install " + " ".join(dict.fromkeys(p for s in missing if (p := debian_package(s))))
            in lines[0]
        )
