"""``flora_desktop.api`` imports without Qt, keyring or qasync, and without httpx until used."""

from __future__ import annotations

import subprocess
import sys


def test_import_is_light() -> None:
    code = (
        "import sys, flora_desktop.api as api\n"
        "heavy = {'httpx', 'PySide6', 'keyring', 'qasync'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "api.FloraClient\n"
        "heavy = {'PySide6', 'keyring', 'qasync'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
        "assert 'httpx' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
