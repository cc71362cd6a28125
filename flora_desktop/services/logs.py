"""Logging set up once at start-up: a rotating file plus stderr, with secrets masked."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from .credentials import API_KEY_PATTERN
from .paths import ensure_private_dir
from .phrases import QT_TRANSLATE_NOOP
from .store_files import describe_os_error
from .store_notices import StoreNotices

LOG_FILE_NAME = "flora-desktop.log"
_MAX_BYTES = 1_000_000
_BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_MASK = "***"
# Names our handlers carry, so configuring again replaces them instead of doubling them.
_FILE_HANDLER_NAME = "flora-desktop-file"
_STDERR_HANDLER_NAME = "flora-desktop-stderr"
_OUR_LOGGER = "flora_desktop"
# Chatty at INFO (one line per request) or DEBUG; errors from them still show.
_QUIET_LOGGERS = ("httpx", "httpcore", "asyncio")
# Never below INFO, even with --debug: qasync logs every executor call's result at DEBUG
# ("Setting Future result: <repr>"), which put whole presets files, read file bytes and
# keyring answers into the log, megabytes per line.
_NEVER_DEBUG_LOGGERS = ("qasync",)
_BEARER_PATTERN = re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]+")


class RedactingFilter(logging.Filter):
    """Masks bearer tokens, FLORA-style keys and registered secrets in every record.

    The message is rendered with its args and the exception text formatted here, both
    masked, so no handler after this one can put the raw values back together.
    """

    def __init__(self) -> None:
        super().__init__()
        # Replaced, never mutated: handlers on other threads may be reading it.
        self._secrets: tuple[str, ...] = ()

    @property
    def secrets(self) -> tuple[str, ...]:
        return self._secrets

    def register_secret(self, value: str) -> None:
        """Mask ``value`` from now on (the app registers the active API key)."""
        if value and value not in self._secrets:
            self._secrets = (*self._secrets, value)

    def forget_secret(self, value: str) -> None:
        self._secrets = tuple(s for s in self._secrets if s != value)

    def redact(self, text: str) -> str:
        return redact_text(text, self._secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self.redact(_render_message(record))
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """``text`` with bearer tokens, FLORA-style keys and each of ``secrets`` masked."""
    # Longest first, so a secret that contains another is masked whole.
    for secret in sorted(secrets, key=len, reverse=True):
        text = text.replace(secret, _MASK)
    text = API_KEY_PATTERN.sub(_MASK, text)
    return _BEARER_PATTERN.sub(rf"\1 {_MASK}", text)


def redact(text: str) -> str:
    """Mask ``text`` as the log does, secrets registered on the root handlers included.

    For the crash dialog and anything else that shows or saves text outside the log.
    """
    secrets: set[str] = set()
    for handler in logging.getLogger().handlers:
        for flt in handler.filters:
            if isinstance(flt, RedactingFilter):
                secrets.update(flt.secrets)
    return redact_text(text, secrets)


class _LogFile(logging.handlers.RotatingFileHandler):
    """The rotating log file; a disk that refuses a line drops the line, quietly.

    The default handler prints a traceback to stderr for every record it cannot write,
    which on a full disk is every record; the app itself must not notice at all.
    """

    dropped = 0

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            self.dropped += 1
            return
        super().handleError(record)

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:
            self.dropped += 1

    def close(self) -> None:
        # Closing flushes what is buffered; on a full disk that fails, and the app is
        # quitting: the lines are lost either way, the shut-down must go on.
        try:
            super().close()
        except OSError:
            self.dropped += 1


def configure_logging(
    log_dir: Path, debug: bool, notices: StoreNotices | None = None
) -> RedactingFilter:
    """Send every record to ``log_dir/flora-desktop.log`` (1 MB x 3) and to stderr.

    Call once at start-up; calling again replaces the handlers it installed. Returns
    the filter shared by both handlers, on which to ``register_secret`` the active key.
    A log folder that cannot be written leaves stderr only, and ``notices`` is told once.
    """
    redacting = RedactingFilter()
    formatter = logging.Formatter(_FORMAT)
    handlers: list[logging.Handler] = []
    try:
        ensure_private_dir(log_dir)
        handlers.append(
            _LogFile(
                log_dir / LOG_FILE_NAME,
                maxBytes=_MAX_BYTES,
                backupCount=_BACKUP_COUNT,
                encoding="utf-8",
            )
        )
        handlers[0].set_name(_FILE_HANDLER_NAME)
    except OSError as exc:
        if notices is not None:
            notices.tell(
                QT_TRANSLATE_NOOP(
                    "Storage",
                    "The app's log cannot be written. {why} FLORA Desktop works as "
                    "usual without it.",
                ).fill(why=describe_os_error(exc, log_dir))
            )
    # A windowed app on Windows has no stderr at all.
    if sys.stderr is not None:
        stderr_handler = logging.StreamHandler(sys.stderr)
        stderr_handler.set_name(_STDERR_HANDLER_NAME)
        handlers.append(stderr_handler)

    root = logging.getLogger()
    remove_handlers()
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(redacting)
        root.addHandler(handler)

    root.setLevel(logging.DEBUG if debug else logging.INFO)
    logging.getLogger(_OUR_LOGGER).setLevel(logging.DEBUG if debug else logging.INFO)
    for name in _QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.NOTSET if debug else logging.WARNING)
    for name in _NEVER_DEBUG_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO if debug else logging.WARNING)
    return redacting


def remove_handlers() -> None:
    """Detach and close the handlers ``configure_logging`` installed (at exit, in tests)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if handler.get_name() in (_FILE_HANDLER_NAME, _STDERR_HANDLER_NAME):
            root.removeHandler(handler)
            handler.close()


def _render_message(record: logging.LogRecord) -> str:
    try:
        return record.getMessage()
    except (TypeError, ValueError):
        # A broken format string: keep both parts rather than lose the record.
        return f"{record.msg} {record.args!r}"
