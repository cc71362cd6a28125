"""Real bad disks for store tests: a tiny tmpfs that fills up, or is remounted read-only.

Tests run as root here, and root ignores file modes, so ``chmod 0o500`` proves nothing.
A read-only *mount* is refused to root as well (``EROFS``), and a full tmpfs says
``ENOSPC`` to everyone: both are the kernel's answers, not a mock. Mounting needs root
(or ``CAP_SYS_ADMIN``); where it is not allowed the test is skipped with the reason, and
the seam in ``refuse_writes`` (``tempfile.mkstemp`` raising the errno) covers the JSON
stores instead.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Big enough for the stores' files and SQLite's WAL; small enough to fill in a moment.
TMPFS_SIZE = "512k"


class SmallDisk:
    """A tmpfs mounted at ``root``; ``fill()`` makes it full, ``read_only()`` remounts it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def fill(self) -> None:
        """Write a filler file until the disk says ENOSPC, down to the last byte."""
        filler = self.root / ".filler"
        # Unbuffered: a buffered file would raise ENOSPC again on close.
        with filler.open("ab", buffering=0) as handle:
            for size in (65536, 4096, 1):
                try:
                    while handle.write(b"\0" * size):
                        pass
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise

    def free(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.root / ".filler").unlink()

    def read_only(self) -> None:
        _mount("-o", "remount,ro", "tmpfs", str(self.root))

    def writable(self) -> None:
        _mount("-o", "remount,rw", "tmpfs", str(self.root))


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=10)


@contextlib.contextmanager
def small_disk(parent: Path, name: str = "disk") -> Iterator[SmallDisk]:
    """A fresh tmpfs at ``parent/name``; skipped where this machine cannot mount one."""
    root = parent / name
    root.mkdir(parents=True, exist_ok=True)
    try:
        _mount("-t", "tmpfs", "-o", f"size={TMPFS_SIZE},mode=0755", "tmpfs", str(root))
    except (subprocess.CalledProcessError, FileNotFoundError, PermissionError) as exc:
        pytest.skip(f"cannot mount a tmpfs here ({exc}); the seam tests cover this case")
    try:
        yield SmallDisk(root)
    finally:
        subprocess.run(["umount", "-l", str(root)], check=False, capture_output=True, timeout=10)


@contextlib.contextmanager
def refuse_writes(monkeypatch: pytest.MonkeyPatch, number: int) -> Iterator[None]:
    """The seam: every new file (``tempfile.mkstemp``, which atomic writes use) fails."""

    def refused(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(number, os.strerror(number))

    with monkeypatch.context() as patch:
        patch.setattr(tempfile, "mkstemp", refused)
        yield
