"""The base of the stores that keep one account's rows in the history file.

An account is a profile on a server. Its rows carry ``(profile_id, base_url)`` and every
query filters by both, with the server's URL normalised by the history's own rule
(``history.scope_of``): ``HTTPS://Api.Example/v1/`` and ``https://api.example/v1`` read and
write the same rows, and another profile on that server never sees them.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from flora_desktop.services.history import HistoryStore, Scope, scope_of
from flora_desktop.services.settings import DEFAULT_PROFILE_ID

__all__ = ["AccountRows"]


class AccountRows:
    """One account's rows in ``store``; ``clock`` gives epoch seconds for ``updated_at``.

    ``_scope`` is ``(profile_id, base_url)``, in the order the queries bind them.
    """

    def __init__(
        self,
        store: HistoryStore,
        base_url: str,
        *,
        profile_id: str = DEFAULT_PROFILE_ID,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._store = store
        self._scope: Scope = scope_of(base_url, profile_id)
        self._clock = clock

    def __repr__(self) -> str:
        return f"{type(self).__name__}(profile_id={self.profile_id!r}, base_url={self.base_url!r})"

    @property
    def store(self) -> HistoryStore:
        """The history file the rows are in (other stores of the account share it)."""
        return self._store

    @property
    def profile_id(self) -> str:
        return self._scope[0]

    @property
    def base_url(self) -> str:
        """The server's URL, normalised."""
        return self._scope[1]
