"""Not collected by default: run by test_pytest_guards to prove the suite's tripwires."""

from __future__ import annotations

import logging
import warnings

import pytest


def test_an_error_log_fails() -> None:
    logging.getLogger("flora_desktop.probe").error("something broke")


def test_a_warning_fails() -> None:
    warnings.warn("this API is going away", DeprecationWarning, stacklevel=1)


@pytest.mark.allow_error_logs
def test_an_expected_error_log_passes() -> None:
    logging.getLogger("flora_desktop.probe").error("expected")


def test_a_quiet_test_passes() -> None:
    logging.getLogger("flora_desktop.probe").warning("only a warning log")
