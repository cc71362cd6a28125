"""``python -m flora_desktop``: start FLORA Desktop (``batch``: the headless batch command)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["batch"]:
        # Headless: never loads Qt (flora_desktop/batch_cli.py).
        from flora_desktop.batch_cli import main as batch_main

        return batch_main(args[1:])
    from flora_desktop.app import main as app_main

    return app_main(args)


if __name__ == "__main__":
    sys.exit(main())
