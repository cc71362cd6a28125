"""Render resources/icons/flora-desktop.svg into the PNG sizes desktops and installers use.

    .venv/bin/python scripts/render_icons.py      # rewrites resources/icons/flora-desktop-*.png

Run it after editing the SVG and commit the PNGs (they ship in the package and the bundle).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "flora-desktop.svg"
SIZES = (16, 32, 48, 64, 128, 256, 512)

log = logging.getLogger("render_icons")


def render(svg: Path, out_dir: Path, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """One PNG per size, transparent around the artwork; returns the files written."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        path = out_dir / f"{svg.stem}-{size}.png"
        if not image.save(str(path), b"PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
        log.info("wrote %s", path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=ICONS)
    options = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    options.out.mkdir(parents=True, exist_ok=True)
    render(options.svg, options.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
