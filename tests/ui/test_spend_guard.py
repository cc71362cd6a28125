"""SpendGuard: one press per double-click interval, none while a press is being handled."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QGuiApplication

from flora_desktop.ui.spend_guard import SpendGuard, double_click_seconds

INTERVAL = 0.4


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@given(
    presses=st.lists(
        st.tuples(
            st.floats(min_value=0.0, max_value=1.0),  # pause before the press
            st.floats(min_value=0.0, max_value=1.0),  # how long handling it takes
        ),
        max_size=40,
    )
)
@settings(max_examples=300, deadline=None)
def test_admitted_presses_are_an_interval_apart(presses: list[tuple[float, float]]) -> None:
    clock = Clock()
    guard = SpendGuard(clock=clock, interval=lambda: INTERVAL)
    admitted: list[float] = []
    for pause, handling in presses:
        clock.now += pause
        if guard.try_acquire():
            admitted.append(clock.now)
            assert not guard.try_acquire(), "a second press while the first is handled"
            clock.now += handling
            assert not guard.admits()
            guard.release()
    for earlier, later in itertools.pairwise(admitted):
        assert later - earlier >= INTERVAL - 1e-9  # 1.4 - 1.0 is 0.3999… in floating point


def test_a_press_after_the_interval_is_admitted() -> None:
    clock = Clock()
    guard = SpendGuard(clock=clock, interval=lambda: INTERVAL)
    assert guard.try_acquire()
    clock.now += 0.015  # a fast FLORA answers
    guard.release()
    clock.now += 0.135  # the second click of a double-click, 150 ms after the first
    assert not guard.try_acquire()
    clock.now += INTERVAL
    assert guard.try_acquire()


def test_the_interval_is_the_platforms(qapp: QGuiApplication) -> None:
    hints = QGuiApplication.styleHints()
    before = hints.mouseDoubleClickInterval()
    try:
        hints.setMouseDoubleClickInterval(700)
        assert double_click_seconds() == 0.7
    finally:
        hints.setMouseDoubleClickInterval(before)
