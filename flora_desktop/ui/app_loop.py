"""The app's asyncio loop on Qt: qasync's, with its last pass after Qt quits still running.

When Qt quits on its own (a session manager ending the session), qasync's
``run_until_complete`` returns from Qt's loop and then processes events "one last time"
with no asyncio loop marked running. A task woken by ``aboutToQuit`` (the window closing,
so the shut-down starting) took its next step there: ``asyncio.get_running_loop()`` and
httpx's ``aclose()`` failed ("no running event loop") and the shut-down ended half done.
This loop counts that last pass as running, so the shut-down goes on in the next
``run_until_complete`` as ``app.py`` means it to.
"""

from __future__ import annotations

import asyncio
from typing import Any

import qasync

__all__ = ["AppLoop"]


class AppLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync ships no type hints
    """``qasync.QEventLoop`` whose ``run_until_complete`` runs its final event pass as running."""

    _final_pass = False

    def _after_run_forever(self) -> None:
        super()._after_run_forever()
        if self._final_pass:
            # qasync has just cleared the running loop; its last processEvents follows.
            asyncio.events._set_running_loop(self)

    def run_until_complete(self, future: Any) -> Any:
        self._final_pass = True
        try:
            return super().run_until_complete(future)
        finally:
            self._final_pass = False
            asyncio.events._set_running_loop(None)
