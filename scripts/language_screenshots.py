"""Screenshots of the main states in another language, to look for clipped or overlapping text.

``--language pseudo`` uses a pseudo-locale: every string accented and 1.4 times as long
(placeholders kept), ``--rtl`` lays the window out right to left. Real languages (``de``,
``fr``, ``es``, ``ja``) are installed the way the app installs them. Run under Xvfb:

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/language_screenshots.py \
        --language pseudo --rtl --out /tmp/shots-rtl
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import screenshots  # noqa: E402
import translations  # noqa: E402

log = logging.getLogger("language_screenshots")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder for the PNGs")
    parser.add_argument("--language", default="pseudo", choices=("pseudo", *translations.LANGUAGES))
    parser.add_argument("--rtl", action="store_true", help="right to left (pseudo only)")
    parser.add_argument(
        "--state",
        action="append",
        choices=[s.name for s in screenshots.STATES],
        help="only these states",
    )
    options = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

    import qasync
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QApplication

    from flora_desktop.app import load_stylesheet
    from flora_desktop.ui.language import install_translators

    app = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    states = [s for s in screenshots.STATES if not options.state or s.name in options.state]
    options.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="flora-shots-") as scratch:
        if options.language == "pseudo":
            qm = translations.write_pseudo(Path(scratch) / "pseudo.qm", rtl=options.rtl)
            translator = QTranslator(app)
            if not translator.load(str(qm)):
                raise SystemExit(f"could not load {qm}")
            app.installTranslator(translator)
        else:
            install_translators(app, options.language)
        theme = load_stylesheet(app)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        home = Path(scratch) / "home"
        with loop:
            saved = loop.run_until_complete(screenshots.take(states, options.out, home, theme))
    log.info("%d screenshot(s) in %s", len(saved), options.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
