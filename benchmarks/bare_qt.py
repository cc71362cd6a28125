"""The start-up baseline: QApplication + QMainWindow + QLabel, quitting after its first paint."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # After this paint has finished, as flora-desktop --exit-after-paint does.
            QTimer.singleShot(0, _painted)
        return False


def _painted() -> None:
    # Read by startup.py, as the app's "--exit-after-paint" log line.
    sys.stderr.write(
        f"painted at monotonic {time.monotonic():.6f}; cpu {time.process_time():.6f}\n"
    )
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare Qt")
    window.setCentralWidget(QLabel("Hello", window))
    window.resize(1100, 720)
    window.installEventFilter(_QuitAfterFirstPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
