"""The launcher's automatic reloads ask the client's one transient rule, not one of their own."""

from __future__ import annotations

import inspect

from flora_desktop.api import errors
from flora_desktop.ui.pages import launcher


def test_the_launcher_asks_the_one_rule() -> None:
    assert vars(launcher)["is_transient"] is errors.is_transient
    assert "def _is_transient" not in inspect.getsource(launcher)
