"""Before Qt starts: can this process open a window at all?

Why: on Linux, Qt's plugin loader aborts the whole process (a core dump, exit 134, after a
screenful of qt.qpa lines) when there is no display or when the system libraries its xcb plugin
needs are not installed (libxcb-cursor0 since Qt 6.5, among others). A person who just ran
README's first command deserves one sentence saying what is missing and how to get it. So
app.main asks this module before it imports app.ui, and exits with a documented code instead:

    EXIT_NO_DISPLAY (5)          no display to open a window on (DISPLAY / WAYLAND_DISPLAY unset)
    EXIT_MISSING_LIBRARIES (6)   Qt's display plugin needs system libraries that are not installed

Pure Python, no Qt: the plugin's dependencies are read from its ELF dynamic section (DT_NEEDED,
RUNPATH) and looked up the way the system's loader does; a library that looks absent is confirmed
by asking the loader itself (ctypes), so a search path we do not know of never refuses a desktop
that works. On Windows and macOS, with a platform that needs no display (offscreen, minimal) or
one we do not judge, and whenever the check cannot tell, it says nothing and Qt decides.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import struct
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

EXIT_NO_DISPLAY = 5
EXIT_MISSING_LIBRARIES = 6

# The xcb and Wayland plugins' usual dependencies (and theirs), soname -> the Debian/Ubuntu package
# that ships it. Checked with `ldd` on PySide6's libqxcb.so / libqwayland.so and `dpkg -S` /
# `dpkg -c` on Debian 12; Ubuntu uses the same names (a t64-renamed package such as
# libglib2.0-0t64 provides the old name, which apt-get accepts).
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# The platforms this module judges, and the variable naming the display each one connects to. Any
# other QT_QPA_PLATFORM (offscreen, minimal, vnc, eglfs, linuxfb...) needs no display server: Qt decides.
_DISPLAY_VARIABLE = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}


@dataclass(frozen=True)
class Refusal:
    """Why the window cannot open: one sentence for stderr and the exit code to end with."""

    exit_code: int
    sentence: str


def check(
    environ: Mapping[str, str] | None = None,
    *,
    system: str | None = None,
    plugin_dirs: Sequence[Path] | None = None,
    os_release: Path = Path("/etc/os-release"),
) -> Refusal | None:
    """None when a window can (or may) open; otherwise what is missing, in one sentence."""
    environ = os.environ if environ is None else environ
    if not (system or sys.platform).startswith("linux"):
        return None  # Windows and macOS always have their one platform plugin and a display
    platforms = _platforms(environ)
    if platforms is None:
        return None
    explicit = bool(_requested(environ))
    reachable = [name for name in platforms if _has_display(name, environ, explicit)]
    if not reachable:
        return Refusal(EXIT_NO_DISPLAY, no_display_sentence(platforms, explicit))
    try:
        dirs = list(plugin_dirs) if plugin_dirs is not None else platform_plugin_dirs(environ)
        missing: dict[str, None] = {}
        for name in reachable:
            lacking = _platform_missing(name, dirs, environ)
            if not lacking:
                return None  # this platform's plugin can load (or we cannot tell): Qt will manage
            missing.update(dict.fromkeys(lacking))
    except Exception:  # noqa: BLE001 - a check that cannot tell must never be what stops the app
        return None
    return Refusal(EXIT_MISSING_LIBRARIES, missing_libraries_sentence(reachable, list(missing), _is_debian(os_release)))


def _requested(environ: Mapping[str, str]) -> list[str]:
    """QT_QPA_PLATFORM as Qt reads it: platforms to try in turn, options after ':' dropped."""
    value = environ.get("QT_QPA_PLATFORM", "")
    return [part.split(":", 1)[0].strip().lower() for part in value.split(";") if part.split(":", 1)[0].strip()]


def _platforms(environ: Mapping[str, str]) -> list[str] | None:
    """The display platforms Qt may try here, or None when one of them is not ours to judge."""
    requested = _requested(environ)
    if not requested:
        return ["xcb", "wayland"]  # what a Linux Qt tries without QT_QPA_PLATFORM
    kinds = []
    for name in requested:
        kind = "wayland" if name.startswith("wayland") else name
        if kind not in _DISPLAY_VARIABLE:
            return None  # offscreen, minimal, eglfs... or a name we do not know: Qt decides
        kinds.append(kind)
    return list(dict.fromkeys(kinds))


def _has_display(platform: str, environ: Mapping[str, str], explicit: bool) -> bool:
    """Whether ``platform`` has a display to connect to, judged from the environment only."""
    if environ.get(_DISPLAY_VARIABLE[platform]):
        return True
    if platform == "wayland" and (explicit or environ.get("XDG_SESSION_TYPE") == "wayland"):
        runtime = environ.get("XDG_RUNTIME_DIR")  # libwayland's default socket when WAYLAND_DISPLAY is unset
        return runtime is not None and runtime != "" and Path(runtime, "wayland-0").exists()
    return False


def no_display_sentence(platforms: Sequence[str], explicit: bool) -> str:
    """The one sentence for a process that has no display to open its window on."""
    if explicit:
        unset = " and ".join(f"{_DISPLAY_VARIABLE[name]} is not set" for name in platforms)
        why = f"QT_QPA_PLATFORM is {';'.join(platforms)} and {unset}"
    else:
        why = "neither DISPLAY nor WAYLAND_DISPLAY is set"
    return (
        f"HMIS Intake cannot open its window: no graphical display was found ({why}); start it from a "
        "desktop session, or use a command that needs no window (hmis-intake --help lists them)."
    )


def missing_libraries_sentence(platforms: Sequence[str], sonames: Sequence[str], debian: bool) -> str:
    """The one sentence naming the missing libraries and, on Debian/Ubuntu, the apt-get line."""
    plugin = (
        f"Qt's {platforms[0]} display plugin"
        if len(platforms) == 1
        else f"Qt's display plugins ({', '.join(platforms)})"
    )
    names = sonames[0] if len(sonames) == 1 else ", ".join(sonames[:-1]) + " and " + sonames[-1]
    pronoun = "it" if len(sonames) == 1 else "them"
    start = (
        f"HMIS Intake cannot open its window: {plugin} {'needs' if len(platforms) == 1 else 'need'} {names}, "
        f"which {'is' if len(sonames) == 1 else 'are'} not installed"
    )
    packages = list(dict.fromkeys(p for p in (debian_package(s) for s in sonames) if p))
    unknown = [s for s in sonames if debian_package(s) is None]
    if debian and packages and not unknown:
        return f"{start}; install {pronoun} with: sudo apt-get install {' '.join(packages)}"
    if debian and packages:
        return (
            f"{start}; install most of {pronoun} with: sudo apt-get install {' '.join(packages)} "
            f"(and the package that provides {', '.join(unknown)})"
        )
    return f"{start}; install the package that provides {pronoun} with your system's package manager."


def debian_package(soname: str) -> str | None:
    """The Debian/Ubuntu package that ships ``soname``, for the libraries Qt's display plugins use."""
    return DEBIAN_PACKAGES.get(soname)


def _is_debian(os_release: Path) -> bool:
    """Debian, Ubuntu or a derivative (where apt-get and our package names apply)."""
    try:
        fields = dict(line.split("=", 1) for line in os_release.read_text(errors="replace").splitlines() if "=" in line)
    except OSError:
        return Path("/etc/debian_version").is_file()
    ids = {v.strip().strip('"').lower() for key in ("ID", "ID_LIKE") for v in fields.get(key, "").split()}
    return bool(ids & {"debian", "ubuntu"})


def platform_plugin_dirs(environ: Mapping[str, str]) -> list[Path]:
    """Where Qt looks for platform plugins: the environment's overrides, then PySide6's own folder.

    In a PyInstaller bundle PySide6 lives under sys._MEIPASS (the bundle's _internal folder, with
    Qt's layout kept: PySide6/Qt/plugins/platforms); find_spec locates it without importing it.
    """
    dirs: list[Path] = [Path(p) for p in environ.get("QT_QPA_PLATFORM_PLUGIN_PATH", "").split(os.pathsep) if p]
    dirs += [Path(p) / "platforms" for p in environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:
        dirs.append(Path(bundle) / "PySide6" / "Qt" / "plugins" / "platforms")
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        spec = None
    for location in (spec.submodule_search_locations or []) if spec else []:
        dirs.append(Path(location) / "Qt" / "plugins" / "platforms")
    return [d for d in dict.fromkeys(dirs) if d.is_dir()]


def _platform_missing(platform: str, dirs: Iterable[Path], environ: Mapping[str, str]) -> list[str]:
    """Libraries missing for the best copy of ``platform``'s plugin; [] if one loads or none is found."""
    names = ("libqxcb.so",) if platform == "xcb" else ("libqwayland.so", "libqwayland-generic.so")
    plugins = [d / name for d in dirs for name in names if (d / name).is_file()]
    verdicts = [missing_libraries(plugin, environ) for plugin in plugins]
    if not verdicts or any(not v for v in verdicts):
        return []
    return verdicts[0]


def missing_libraries(binary: Path, environ: Mapping[str, str]) -> list[str]:
    """Sonames that ``binary`` needs, directly or through what it needs, and the system lacks.

    Follows the loader's search: RPATH, LD_LIBRARY_PATH, RUNPATH ($ORIGIN expanded), ld.so.conf and
    the default folders. A soname found nowhere there is confirmed with the loader (ctypes): when
    the loader does find it, it is not reported.
    """
    root = _read_elf(binary)
    if root is None:
        return []
    cls, machine = root.elf_class, root.machine
    env_dirs = [Path(p) for p in environ.get("LD_LIBRARY_PATH", "").replace(";", ":").split(":") if p]
    system_dirs = _system_dirs()
    missing: dict[str, None] = {}
    seen: set[str] = set()
    queue: list[tuple[Path, _Elf]] = [(binary, root)]
    while queue and len(seen) < 500:
        path, elf = queue.pop(0)
        origin = str(path.resolve().parent)
        own = [Path(d.replace("${ORIGIN}", origin).replace("$ORIGIN", origin)) for d in elf.search_path]
        rpath, runpath = (own, []) if not elf.has_runpath else ([], own)
        for soname in elf.needed:
            if soname in seen:
                continue
            seen.add(soname)
            found = _find(soname, [*rpath, *env_dirs, *runpath, *system_dirs], cls, machine)
            if found is not None:
                queue.append(found)
                continue
            absent = _loader_lacks(soname)
            if absent:
                missing[absent] = None
    return list(missing)


@dataclass(frozen=True)
class _Elf:
    elf_class: int
    machine: int
    needed: tuple[str, ...]
    search_path: tuple[str, ...]
    has_runpath: bool


def _find(soname: str, dirs: Iterable[Path], cls: int, machine: int) -> tuple[Path, _Elf] | None:
    """The first file named ``soname`` in ``dirs`` built for the same class and machine."""
    if "/" in soname:
        dirs, soname = [Path(soname).parent], Path(soname).name
    for folder in dirs:
        candidate = folder / soname
        if candidate.is_file():
            elf = _read_elf(candidate)
            if elf is not None and elf.elf_class == cls and elf.machine == machine:
                return candidate, elf
    return None


def _loader_lacks(soname: str) -> str | None:
    """Ask the system's loader for ``soname``; the library it could not find, or None if it loads."""
    try:
        ctypes.CDLL(soname)
    except OSError as error:
        text = str(error)
        name = text.split(":", 1)[0].strip()
        return name if name and "cannot open shared object file" in text else soname
    return None


def _system_dirs() -> list[Path]:
    """The loader's own folders: /etc/ld.so.conf (and its includes), then the default ones."""
    dirs: list[str] = []

    def read(conf: Path, depth: int = 0) -> None:
        try:
            lines = conf.read_text(errors="replace").splitlines()
        except OSError:
            return
        for raw in lines:
            line = raw.split("#", 1)[0].strip()
            if line.startswith("include") and depth < 4:
                for pattern in line.split()[1:]:
                    base = Path(pattern) if pattern.startswith("/") else conf.parent / pattern
                    for included in sorted(Path(base.anchor).glob(str(base.relative_to(base.anchor)))):
                        read(included, depth + 1)
            elif line.startswith("/"):
                dirs.append(line)

    read(Path("/etc/ld.so.conf"))
    arch = getattr(sys.implementation, "_multiarch", "") or ""
    for base in ("/lib", "/usr/lib"):
        if arch:
            dirs.append(f"{base}/{arch}")
        dirs += [base + "64", base]
    return [Path(d) for d in dict.fromkeys(dirs)]


_PT_LOAD, _PT_DYNAMIC = 1, 2
_DT_NULL, _DT_NEEDED, _DT_STRTAB, _DT_STRSZ, _DT_RPATH, _DT_RUNPATH = 0, 1, 5, 10, 15, 29


def _read_elf(path: Path) -> _Elf | None:
    """DT_NEEDED and RPATH/RUNPATH of an ELF file, read from its program headers; None if not ELF."""
    try:
        with path.open("rb") as f:
            ident = f.read(16)
            if len(ident) < 16 or ident[:4] != b"\x7fELF" or ident[4] not in (1, 2) or ident[5] not in (1, 2):
                return None
            is64, end = ident[4] == 2, "<" if ident[5] == 1 else ">"
            rest = f.read(48 if is64 else 36)
            if is64:
                _, machine, _, _, phoff, _, _, _, phentsize, phnum = struct.unpack(end + "HHIQQQIHHH", rest[:42])
            else:
                _, machine, _, _, phoff, _, _, _, phentsize, phnum = struct.unpack(end + "HHIIIIIHHH", rest[:30])
            loads: list[tuple[int, int, int]] = []
            dynamic: tuple[int, int] | None = None
            for i in range(phnum):
                f.seek(phoff + i * phentsize)
                raw = f.read(phentsize)
                if is64:
                    p_type, _, p_offset, p_vaddr, _, p_filesz = struct.unpack(end + "IIQQQQ", raw[:40])
                else:
                    p_type, p_offset, p_vaddr, _, p_filesz = struct.unpack(end + "IIIII", raw[:20])
                if p_type == _PT_LOAD:
                    loads.append((p_vaddr, p_offset, p_filesz))
                elif p_type == _PT_DYNAMIC:
                    dynamic = (p_offset, p_filesz)
            if dynamic is None:
                return _Elf(ident[4], machine, (), (), False)
            f.seek(dynamic[0])
            data = f.read(dynamic[1])
            size = 16 if is64 else 8
            fmt = end + ("qQ" if is64 else "iI")
            entries = [struct.unpack(fmt, data[i : i + size]) for i in range(0, len(data) - size + 1, size)]
            tags: list[tuple[int, int]] = []
            for tag, value in entries:
                if tag == _DT_NULL:
                    break
                tags.append((tag, value))
            strtab = next((v for t, v in tags if t == _DT_STRTAB), None)
            strsz = next((v for t, v in tags if t == _DT_STRSZ), 0)
            offset = next(
                (off + strtab - va for va, off, sz in loads if strtab is not None and va <= strtab < va + sz), None
            )
            if offset is None:
                return _Elf(ident[4], machine, (), (), False)
            f.seek(offset)
            strings = f.read(strsz)
    except (OSError, struct.error):
        return None

    def text(at: int) -> str:
        stop = strings.find(b"\0", at)
        return strings[at : stop if stop >= 0 else len(strings)].decode("utf-8", "replace")

    needed = tuple(text(v) for t, v in tags if t == _DT_NEEDED)
    runpath = [text(v) for t, v in tags if t == _DT_RUNPATH]
    rpath = [text(v) for t, v in tags if t == _DT_RPATH]
    search = runpath or rpath
    dirs = tuple(d for entry in search for d in entry.split(":") if d)
    return _Elf(ident[4], machine, needed, dirs, bool(runpath))
