"""The technique list's feeder: loads a workspace's catalogue, searches it and pages it in."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from flora_desktop.api.errors import FloraError
from flora_desktop.api.models import Technique
from flora_desktop.services.catalog import TechniqueCatalog
from flora_desktop.services.tasks import TaskOwner
from flora_desktop.ui.widgets.technique_picker import TechniquePicker

__all__ = ["CatalogueBrowser"]


class CatalogueBrowser(QObject):
    """Feeds one ``TechniquePicker`` from one ``TechniqueCatalog``; owns its tasks.

    ``selected()`` says which technique the picker should keep highlighted. Loads are
    latest-wins: a new workspace or search cancels the older one. Signals: ``failed(object)``
    with the ``FloraError`` a load, search or page met (the assembler shows it; nothing is
    shown here but the list's own empty text); ``loaded()`` when a listing is shown.
    """

    failed = Signal(object)
    loaded = Signal()

    def __init__(
        self,
        catalog: TechniqueCatalog,
        picker: TechniquePicker,
        selected: Callable[[], str | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._picker = picker
        self._selected = selected
        self._tasks = TaskOwner()
        self._load_task: asyncio.Task[Any] | None = None
        # Any change of the text, typed or set by a screen reader (which emits textChanged
        # but not textEdited), filters; the same text twice does nothing the second time.
        self._searched = picker.search.text()
        picker.search.textChanged.connect(self._on_search_text)
        picker.model.fetch_more_requested.connect(self._on_fetch_more)

    @property
    def items(self) -> tuple[Technique, ...]:
        return tuple(self.catalog.items)

    def run_cost_of(self, technique_id: str) -> float | None:
        """A loaded technique's price per run; ``None`` if it is not in the list."""
        for technique in self.catalog.items:
            if technique.technique_id == technique_id:
                return technique.run_cost
        return None

    # --- loading -------------------------------------------------------------------------

    def load(self, workspace_id: str | None) -> asyncio.Task[bool] | None:
        """Start loading ``workspace_id``'s first page (latest wins); the task says if it did.

        ``None`` when no event loop runs (nothing is loaded then).
        """
        self._tasks.cancel("more")
        task = self._tasks.spawn("load", self.reload(workspace_id))
        self._load_task = task
        return task

    async def wait_loaded(self) -> None:
        """Wait for the load in progress, if any (it may end cancelled or failed)."""
        if self._load_task is not None:
            await asyncio.wait({self._load_task})

    async def reload(self, workspace_id: str | None) -> bool:
        """Load the first page for the current search text; ``False`` when it failed."""
        self._tasks.cancel("more")
        self._picker.set_empty_text(self.tr("Loading techniques…"))
        try:
            await self.catalog.load(workspace_id, self._picker.search.text())
        except FloraError as error:
            self._picker.set_empty_text(self.tr("The techniques could not be loaded."))
            self.failed.emit(error)
            return False
        self._show()
        return True

    async def aclose(self) -> None:
        await self._tasks.aclose()
        await self.catalog.aclose()

    # --- search and paging ---------------------------------------------------------------

    def _on_search_text(self, text: str) -> None:
        if text != self._searched:
            self._searched = text
            self._on_search_changed(text)

    def _on_search_changed(self, text: str) -> None:
        # Instant: filter what is loaded. Then (debounced, latest wins) ask FLORA.
        local = self.catalog.filter_local(text)
        more = self.catalog.can_fetch_more and not text.strip()
        self._picker.set_techniques(local, more=more, selected=self._selected())
        self._tasks.cancel("more")
        self._tasks.spawn("load", self._search(text))

    async def _search(self, text: str) -> None:
        try:
            await self.catalog.search(text)
        except FloraError as error:
            self.failed.emit(error)
            return
        self._show()

    def _on_fetch_more(self) -> None:
        if not self.catalog.can_fetch_more:
            self._picker.model.set_more(False)
            return
        self._tasks.spawn("more", self._fetch_more())

    async def _fetch_more(self) -> None:
        try:
            new = await self.catalog.fetch_more()
        except FloraError as error:
            self._picker.model.set_more(False)
            self.failed.emit(error)
            return
        self._picker.append_techniques(list(new), more=self.catalog.can_fetch_more)

    def _show(self) -> None:
        self.loaded.emit()
        self._picker.set_techniques(
            list(self.catalog.items), more=self.catalog.can_fetch_more, selected=self._selected()
        )
        self._picker.set_empty_text(
            self.tr("No technique matches this search.")
            if self.catalog.query
            else self.tr("No techniques.")
        )
