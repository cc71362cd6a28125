"""The app's menu entry, icons and preset file type, installed for one user (XDG data folder).

No Qt. ``pip``/``pipx`` install no desktop files, so ``flora-desktop
--install-desktop-entry`` (or the one-time offer on first start) copies what
``packaging/linux`` holds (shipped in the package as ``flora_desktop.resources.desktop``)
below ``$XDG_DATA_HOME`` (``~/.local/share``): the desktop entry with ``Exec`` pointing at
this installation's launcher, the AppStream metainfo, the ``.florapreset`` MIME type and
the icons, then refreshes the desktop's caches when their tools exist.
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = [
    "APP_ID",
    "ICON_SIZES",
    "MIME_TYPE",
    "PRESET_SUFFIX",
    "DesktopEntryInstaller",
    "InstalledEntry",
    "data_home",
    "is_installed_package",
    "launcher_command",
]

log = logging.getLogger(__name__)

APP_ID = "ai.flora.Desktop"
MIME_TYPE = "application/x-florapreset"
PRESET_SUFFIX = ".florapreset"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)
_MIME_ICON = MIME_TYPE.replace("/", "-")
# Tools that refresh the desktop's caches; each is optional (the desktop rescans anyway).
_CACHE_TOOLS: tuple[tuple[str, ...], ...] = (
    ("update-mime-database", "{data}/mime"),
    ("update-desktop-database", "-q", "{data}/applications"),
    ("gtk-update-icon-cache", "-q", "-t", "-f", "{data}/icons/hicolor"),
)


def data_home(env: Mapping[str, str] | None = None) -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset or not absolute."""
    env = os.environ if env is None else env
    value = env.get("XDG_DATA_HOME", "")
    if value and Path(value).is_absolute():
        return Path(value)
    return Path.home() / ".local" / "share"


def launcher_command(argv0: str | None = None, executable: str | None = None) -> list[str]:
    """How the desktop starts this installation: the frozen app, the ``flora-desktop``
    script that started us or the one beside this Python (its venv's), else this Python
    with ``-m flora_desktop``.

    Never a ``flora-desktop`` found on PATH: that may be another installation (an older
    pipx one). And this Python's path is not resolved: a venv's ``bin/python`` is a
    symlink to the base interpreter, which does not see the venv's packages.
    """
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    argv0 = sys.argv[0] if argv0 is None else argv0
    if Path(argv0).name == "flora-desktop" and Path(argv0).is_file():
        return [str(Path(argv0).resolve())]
    python = Path(os.path.abspath(sys.executable if executable is None else executable))
    beside = python.parent / "flora-desktop"
    if beside.is_file():
        return [str(beside)]
    return [str(python), "-m", "flora_desktop"]


def is_installed_package() -> bool:
    """True for a pip/pipx install (not a source checkout, not the PyInstaller bundle)."""
    if getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        return False
    package_root = Path(__file__).resolve().parents[2]
    return not (package_root / "pyproject.toml").is_file()


def _quote_exec(argument: str) -> str:
    # Desktop Entry spec: quote arguments with reserved characters; "%" is doubled.
    argument = argument.replace("%", "%%")
    if any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`"):
        escaped = argument.replace("\\", "\\\\").replace('"', '\\"')
        escaped = escaped.replace("`", "\\`").replace("$", "\\$")
        return f'"{escaped}"'
    return argument


def desktop_entry_text(template: str, command: Sequence[str]) -> str:
    """The packaged entry with ``Exec``/``TryExec`` pointing at ``command``."""
    exec_line = " ".join(_quote_exec(part) for part in command) + " %F"
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_line}")
            lines.append(f"TryExec={command[0]}")
        elif not line.startswith("TryExec="):
            lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class InstalledEntry:
    """What an install wrote, and the cache tools it ran."""

    files: tuple[Path, ...]
    refreshed: tuple[str, ...]


class DesktopEntryInstaller:
    """Copies the entry, metainfo, MIME type and icons below a data folder."""

    def __init__(
        self,
        data_dir: Path | None = None,
        command: Sequence[str] | None = None,
        run: Callable[[Sequence[str]], int] | None = None,
    ) -> None:
        self.data_dir = data_dir if data_dir is not None else data_home()
        self.command = list(command) if command is not None else launcher_command()
        self._run = run if run is not None else _run_quietly

    @property
    def entry_path(self) -> Path:
        return self.data_dir / "applications" / f"{APP_ID}.desktop"

    def is_installed(self, system_dirs: Sequence[Path] | None = None) -> bool:
        """An entry for the app exists for this user or system-wide."""
        if self.entry_path.is_file():
            return True
        if system_dirs is None:
            raw = os.environ.get("XDG_DATA_DIRS", "") or "/usr/local/share:/usr/share"
            system_dirs = [Path(p) for p in raw.split(":") if p]
        return any((d / "applications" / f"{APP_ID}.desktop").is_file() for d in system_dirs)

    def _files(self) -> list[tuple[Path, str, str]]:
        """Every file an install writes: (target, package, resource name)."""
        desktop, icons = "flora_desktop.resources.desktop", "flora_desktop.resources.icons"
        hicolor = self.data_dir / "icons" / "hicolor"
        files = [
            (self.entry_path, desktop, f"{APP_ID}.desktop"),
            (self.data_dir / "metainfo" / f"{APP_ID}.metainfo.xml", desktop,
             f"{APP_ID}.metainfo.xml"),
            (self.data_dir / "mime" / "packages" / f"{APP_ID}.xml", desktop, f"{APP_ID}.mime.xml"),
            (hicolor / "scalable" / "apps" / f"{APP_ID}.svg", icons, "flora-desktop.svg"),
            (hicolor / "scalable" / "mimetypes" / f"{_MIME_ICON}.svg", icons, "flora-desktop.svg"),
        ]  # fmt: skip
        for size in ICON_SIZES:
            folder = hicolor / f"{size}x{size}"
            png = f"flora-desktop-{size}.png"
            files.append((folder / "apps" / f"{APP_ID}.png", icons, png))
            files.append((folder / "mimetypes" / f"{_MIME_ICON}.png", icons, png))
        return files

    def install(self) -> InstalledEntry:
        """Write every file (replacing older ones) and refresh the caches; OSError on failure."""
        from importlib.resources import files

        written: list[Path] = []
        for target, package, name in self._files():
            source = files(package).joinpath(name)
            if target == self.entry_path:
                text = desktop_entry_text(source.read_text(encoding="utf-8"), self.command)
                written.append(self._write(target, text.encode("utf-8")))
            else:
                written.append(self._copy(source, target))
        refreshed = self._refresh_caches()
        log.info("desktop entry installed in %s (%d files)", self.data_dir, len(written))
        return InstalledEntry(tuple(written), refreshed)

    def uninstall(self) -> InstalledEntry:
        """Remove what ``install`` wrote (and only that), then refresh the caches."""
        removed: list[Path] = []
        for target, _package, _name in self._files():
            try:
                target.unlink()
            except FileNotFoundError:
                continue
            removed.append(target)
        refreshed = self._refresh_caches() if removed else ()
        log.info("desktop entry removed from %s (%d files)", self.data_dir, len(removed))
        return InstalledEntry(tuple(removed), refreshed)

    def _refresh_caches(self) -> tuple[str, ...]:
        refreshed = []
        for tool in _CACHE_TOOLS:
            if shutil.which(tool[0]) is None:
                continue
            command = [part.format(data=self.data_dir) for part in tool]
            if self._run(command) == 0:
                refreshed.append(tool[0])
            else:
                log.info("%s failed (the desktop rescans later)", shlex.join(command))
        return tuple(refreshed)

    @staticmethod
    def _write(path: Path, data: bytes) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_bytes(data)
        temporary.replace(path)
        return path

    def _copy(self, source: Traversable, target: Path) -> Path:
        return self._write(target, source.read_bytes())


def _run_quietly(command: Sequence[str]) -> int:
    import subprocess

    try:
        done = subprocess.run(
            list(command), capture_output=True, timeout=60, check=False, stdin=subprocess.DEVNULL
        )
    except (OSError, subprocess.TimeoutExpired):
        return 1
    return done.returncode
