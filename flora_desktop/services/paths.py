"""Where FLORA Desktop keeps its files, and how it replaces one without ever tearing it."""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .phrases import QT_TRANSLATE_NOOP, Phrase
from .store_files import describe_os_error

_log = logging.getLogger(__name__)

APP_NAME = "flora-desktop"
# Points every folder below one throwaway directory (tests, benchmarks, portable use).
HOME_ENV_VAR = "FLORA_DESKTOP_HOME"
# Settings, drafts and logs are private to the user.
_PRIVATE_DIR_MODE = 0o700


@dataclass(frozen=True)
class AppPaths:
    """The app's four per-user folders; nothing is created until ``ensure()``."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> AppPaths:
        """The platform's folders, or all below ``$FLORA_DESKTOP_HOME`` when it is set."""
        override = os.environ.get(HOME_ENV_VAR, "").strip()
        if override:
            return cls.under(Path(override).expanduser())
        import platformdirs  # imported here: only start-up needs it

        dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            cache_dir=Path(dirs.user_cache_dir),
            log_dir=Path(dirs.user_log_dir),
        )

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        """All four folders below ``root``."""
        root = Path(root)
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            cache_dir=root / "cache",
            log_dir=root / "logs",
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    def ensure(self) -> dict[Path, OSError]:
        """Create the four folders (and parents); on POSIX make them private to the user.

        Never raises: a folder that cannot be made is returned with its error, and each
        store then says in words what it cannot keep (settings go session-only, say).
        """
        problems: dict[Path, OSError] = {}
        for directory in (self.config_dir, self.data_dir, self.cache_dir, self.log_dir):
            try:
                ensure_private_dir(directory)
            except OSError as exc:
                _log.warning("could not create %s: %s", directory, exc.strerror)
                problems[directory] = exc
        return problems


def ensure_private_dir(directory: Path) -> None:
    """``mkdir -p``; on POSIX the folder itself ends up ``0o700`` if it is ours.

    A folder owned by someone else (or on a file system without modes) keeps its mode:
    ``chmod`` would fail there, and whether it can be written is ``folder_problem``'s call.
    """
    directory.mkdir(mode=_PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix" and directory.stat().st_uid == os.geteuid():
        # mkdir's mode is filtered by the umask and ignored for existing folders. Someone
        # else's folder is left as it is (even root must not change another user's modes).
        try:
            os.chmod(directory, _PRIVATE_DIR_MODE)
        except PermissionError as exc:
            _log.info("could not make %s private: %s", directory, exc.strerror)


def folder_problem(directory: Path) -> Phrase | None:
    """Why files cannot be kept in ``directory``, or None if they can.

    Checked by doing: a temp file is created and removed in it (or, while the folder does
    not exist yet, in its nearest existing parent, where it would be made). On POSIX a
    folder owned by another user is refused too, since that user could read or replace
    what we keep there. Nothing is created.
    """
    probed = directory
    while not probed.is_dir() and probed.parent != probed:
        probed = probed.parent
    try:
        if probed == directory and os.name == "posix" and probed.stat().st_uid != os.geteuid():
            return QT_TRANSLATE_NOOP(
                "Storage", "The folder {folder} belongs to another user account."
            ).fill(folder=str(directory))
        fd, probe = tempfile.mkstemp(prefix=".probe-", dir=probed)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return describe_os_error(exc, directory)
    return None


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    Writes a private temp file in the same folder, flushes and fsyncs it, then
    ``os.replace``s it over the target (atomic on POSIX and Windows). A crash before
    the replace may leave a ``.<name>.*.tmp`` file behind; readers never look at those.
    """
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as temp_file:
            temp_file.write(data)
            temp_file.flush()
            os.fsync(temp_file.fileno())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable across power loss; Windows cannot open folders.
    if os.name != "posix":
        return
    dir_fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


async def finish_in_thread(write: Callable[[], None]) -> None:
    """Run a blocking write in an executor thread; if cancelled, return only once it ends.

    A thread cannot be stopped, so a caller holding a lock must keep it until the write is
    really done, or an older state could land after the next, newer write.
    """
    # Here, not at the top: this module is on the path to the first paint (~25 ms).
    import asyncio

    done = asyncio.get_running_loop().run_in_executor(None, write)
    try:
        await asyncio.shield(done)
    except asyncio.CancelledError:
        await asyncio.wait({done})
        raise
