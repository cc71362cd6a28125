"""System libraries Qt's X11 window plugin loads, checked before Qt aborts without them.

No Qt. Without ``libxcb-cursor0`` and friends Qt prints a message about a plugin and
aborts with a core dump; a creative starting the app from a menu sees nothing at all.
A few ``stat`` calls (no ``ldconfig``) find the libraries in the usual folders, so the app
can say which ones are missing and the exact line that installs them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from .phrases import QT_TRANSLATE_NOOP

__all__ = ["XCB_LIBRARIES", "missing_libraries_message", "missing_xcb_libraries"]

# Shared object → Debian/Ubuntu package. The ones a desktop install sometimes lacks
# (../shared/PLATFORM.md): Qt 6.5+ needs libxcb-cursor0 first of all.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)
MISSING = QT_TRANSLATE_NOOP(
    "CommandLine",
    "FLORA Desktop cannot open its window: your system lacks libraries it needs ({packages}). "
    "On Debian or Ubuntu, install them with:",
)
START_AGAIN = QT_TRANSLATE_NOOP("CommandLine", "then start FLORA Desktop again.")
LIBRARY_DIRS: tuple[str, ...] = (
    "/usr/lib/x86_64-linux-gnu",
    "/usr/lib/aarch64-linux-gnu",
    "/lib/x86_64-linux-gnu",
    "/lib/aarch64-linux-gnu",
    "/usr/lib64",
    "/usr/lib",
    "/lib64",
    "/lib",
)


def _uses_xcb(env: Mapping[str, str]) -> bool:
    platform = env.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    # Qt picks Wayland when the session offers it, else xcb.
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_xcb_libraries(
    env: Mapping[str, str],
    dirs: Sequence[str] = LIBRARY_DIRS,
    platform: str = sys.platform,
) -> list[str]:
    """Debian package names of the xcb libraries not found, when Qt will use xcb."""
    if not platform.startswith("linux") or not _uses_xcb(env):
        return []
    extra = [d for d in env.get("LD_LIBRARY_PATH", "").split(":") if d]
    folders = [Path(d) for d in (*extra, *dirs)]
    return [
        package
        for soname, package in XCB_LIBRARIES
        if not any((folder / soname).exists() for folder in folders)
    ]


def missing_libraries_message(packages: Sequence[str], text: Callable[[str], str] = str) -> str:
    """What to tell the user, and the exact line that installs ``packages``.

    ``text`` translates a phrase for the terminal (``CommandLineText``); English by default.
    """
    missing = MISSING.fill(packages=", ".join(packages))
    command = f"sudo apt-get install {' '.join(packages)}"
    return f"{text(missing)}\n\n    {command}\n\n{text(START_AGAIN)}\n"
