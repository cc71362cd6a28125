"""Logging: file plus stderr, levels, rotation, and secrets masked everywhere they can hide."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from flora_desktop.services.logs import (
    LOG_FILE_NAME,
    RedactingFilter,
    configure_logging,
    redact,
    redact_text,
    remove_handlers,
)

CANARY_KEY = "sk_live_canary0123456789abcdefXYZ"
CANARY_TEST_KEY = "sk_test_canary-9876_543210"
# Not FLORA-shaped: only registering it can mask it.
OPAQUE_SECRET = "opaque-canary-secret-31415926"
_TOUCHED_LOGGERS = ("", "flora_desktop", "httpx", "httpcore", "asyncio")

log = logging.getLogger("flora_desktop.tests.logs")


@pytest.fixture
def log_dir(tmp_path: Path) -> Iterator[Path]:
    """A log folder; the logging set-up the test changes is undone afterwards."""
    levels = {name: logging.getLogger(name).level for name in _TOUCHED_LOGGERS}
    try:
        yield tmp_path / "logs"
    finally:
        remove_handlers()
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _log_text(log_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (log_dir / LOG_FILE_NAME).read_text(encoding="utf-8")


def test_canaries_in_message_args_and_traceback_stay_out_of_the_file(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    redacting = configure_logging(log_dir, debug=False)
    redacting.register_secret(OPAQUE_SECRET)

    log.info("message with %s inline", "args")
    log.info(f"key in the message itself: {CANARY_KEY}")
    log.info("key in args: %s and %r", CANARY_TEST_KEY, {"token": OPAQUE_SECRET})
    log.warning("header: %s", {"Authorization": f"Bearer {OPAQUE_SECRET}"})
    log.info("header: Authorization: bearer abc.DEF-ghi_123/+=")
    try:
        raise RuntimeError(f"failed with key {CANARY_KEY} and {OPAQUE_SECRET}")
    except RuntimeError:
        log.warning("request failed", exc_info=True)
    log.info("stack", stack_info=True, extra={"note": CANARY_KEY})

    text = _log_text(log_dir)
    stderr = capsys.readouterr().err
    for output in (text, stderr):
        for canary in (CANARY_KEY, CANARY_TEST_KEY, OPAQUE_SECRET, "abc.DEF-ghi_123"):
            assert canary not in output
        # ...while the rest of each line is still there to read.
        assert "message with args inline" in output
        assert "key in args: *** and {'token': '***'}" in output
        assert "Bearer ***" in output
        assert "RuntimeError: failed with key *** and ***" in output
        assert "Traceback (most recent call last)" in output


def test_levels_default(log_dir: Path) -> None:
    configure_logging(log_dir, debug=False)

    log.debug("ours at debug")
    log.info("ours at info")
    logging.getLogger("httpx").info("httpx at info")
    logging.getLogger("httpx").warning("httpx at warning")
    logging.getLogger("asyncio").info("asyncio at info")
    logging.getLogger("httpcore.connection").debug("httpcore at debug")

    text = _log_text(log_dir)
    assert "ours at info" in text
    assert "httpx at warning" in text
    for quiet in ("ours at debug", "httpx at info", "asyncio at info", "httpcore at debug"):
        assert quiet not in text


def test_levels_debug(log_dir: Path) -> None:
    configure_logging(log_dir, debug=True)

    log.debug("ours at debug")
    logging.getLogger("httpx").info("httpx at info")

    text = _log_text(log_dir)
    assert "ours at debug" in text
    assert "httpx at info" in text


def test_debug_leaves_out_what_qasync_logs_of_every_executor_result(log_dir: Path) -> None:
    configure_logging(log_dir, debug=True)
    # What qasync's worker logs for each run_in_executor call (a presets file read, an
    # upload's bytes, a keyring answer), as it names its loggers.
    logging.getLogger("qasync._QThreadWorker").debug("Setting Future result: %r", b"presets")
    logging.getLogger("qasync").info("qasync at info")

    text = _log_text(log_dir)
    assert "presets" not in text
    assert "qasync at info" in text


def test_configuring_again_replaces_the_handlers(log_dir: Path) -> None:
    configure_logging(log_dir, debug=False)
    configure_logging(log_dir, debug=False)

    log.info("only once")

    assert _log_text(log_dir).count("only once") == 1
    ours = [
        h
        for h in logging.getLogger().handlers
        if any(isinstance(f, RedactingFilter) for f in h.filters)
    ]
    assert len(ours) == 2  # the file and stderr


def test_the_file_rotates_at_one_megabyte_keeping_three(log_dir: Path) -> None:
    configure_logging(log_dir, debug=False)

    line = "x" * 10_000
    for _ in range(450):  # about 4.5 MB: enough to fill all three backups
        log.info(line)

    names = sorted(p.name for p in log_dir.iterdir())
    assert names == [LOG_FILE_NAME] + [f"{LOG_FILE_NAME}.{n}" for n in (1, 2, 3)]
    assert all(p.stat().st_size <= 1_000_000 for p in log_dir.iterdir())


def test_redact_uses_the_secrets_registered_on_the_log(log_dir: Path) -> None:
    assert redact(f"a {OPAQUE_SECRET} b") == f"a {OPAQUE_SECRET} b"  # nothing registered yet

    configure_logging(log_dir, debug=False).register_secret(OPAQUE_SECRET)

    assert redact(f"crash: {OPAQUE_SECRET} / {CANARY_KEY}") == "crash: *** / ***"


def test_forgotten_secrets_are_no_longer_masked() -> None:
    redacting = RedactingFilter()
    redacting.register_secret(OPAQUE_SECRET)
    redacting.register_secret("")  # ignored: would mask every gap between characters

    assert redacting.redact(OPAQUE_SECRET) == "***"
    redacting.forget_secret(OPAQUE_SECRET)
    assert redacting.redact(OPAQUE_SECRET) == OPAQUE_SECRET


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"key={CANARY_KEY}&x=1", "key=***&x=1"),
        (f"Authorization: Bearer {CANARY_KEY}", "Authorization: Bearer ***"),
        ("BEARER abc123", "BEARER ***"),
        ("sk_other_abc is not a FLORA key", "sk_other_abc is not a FLORA key"),
        ("nothing secret here", "nothing secret here"),
    ],
)
def test_redact_text_patterns(text: str, expected: str) -> None:
    assert redact_text(text) == expected


def test_a_longer_secret_containing_a_shorter_one_is_masked_whole() -> None:
    assert redact_text("abcdef-123456", ["abcdef", "abcdef-123456"]) == "***"


def test_a_broken_format_string_is_kept_and_redacted() -> None:
    record = logging.LogRecord(
        "flora_desktop.x", logging.INFO, __file__, 1, "two slots %s %s", (CANARY_KEY,), None
    )

    assert RedactingFilter().filter(record)

    assert record.args is None
    assert "two slots" in record.getMessage()
    assert CANARY_KEY not in record.getMessage()
