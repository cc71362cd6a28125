"""``python -m flora_desktop``: start FLORA Desktop."""

from __future__ import annotations

import sys

from flora_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
