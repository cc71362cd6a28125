"""``FloraClient``: one ``httpx.AsyncClient``, auth, retries and error translation.

Resources build paths and parse models; everything about sending a request lives here:
headers (the key only ever goes to the configured API origin), the retry loop driven by
``retry.RetryPolicy``, and the single place where httpx exceptions become ``FloraError``s.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import AsyncIterable, Awaitable, Callable, Mapping
from types import TracebackType
from typing import Any, Self

import httpx

from flora_desktop import __version__
from flora_desktop.api._constants import (
    DEFAULT_BASE_URL,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ENV_API_KEY,
    ENV_BASE_URL,
    IDEMPOTENCY_HEADER,
    MAX_RESPONSE_BYTES,
    OFF_THREAD_BYTES,
    REQUEST_ID_HEADER,
    RETRY_COUNT_HEADER,
)
from flora_desktop.api._json_steps import loads_in_steps
from flora_desktop.api._paths import query_params
from flora_desktop.api.casing import normalize_keys
from flora_desktop.api.errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    FloraError,
    MissingAPIKeyError,
    body_excerpt,
    make_status_error,
)
from flora_desktop.api.resources.actions import Actions
from flora_desktop.api.resources.assets import Assets
from flora_desktop.api.resources.models import Models
from flora_desktop.api.resources.runs import Runs
from flora_desktop.api.resources.technique_runs import TechniqueRuns
from flora_desktop.api.resources.techniques import Techniques
from flora_desktop.api.resources.workspaces import Workspaces
from flora_desktop.api.retry import RetryDecision, RetryPolicy
from flora_desktop.api.retry_notices import RetryNotice, announce_retry
from flora_desktop.api.sanitise import clean_tree, may_need_cleaning
from flora_desktop.api.streams import byte_stream
from flora_desktop.api.tls import verified_context

__all__ = ["FloraClient", "Sleep"]

# How the client waits between attempts; tests pass a virtual one to advance time by hand.
Sleep = Callable[[float], Awaitable[None]]

logger = logging.getLogger(__name__)

# An error answer is read this far at most: FLORA's envelope is small, and a proxy's page
# needs only its start for the excerpt the error keeps.
_MAX_ERROR_BODY_BYTES = 256 * 1024


def _env(name: str) -> str | None:
    value = os.environ.get(name, "").strip()
    return value or None


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    default_port = {"http": 80, "https": 443}.get(url.scheme)
    return (url.scheme, url.host, url.port or default_port)


def _translate(exc: httpx.HTTPError | httpx.InvalidURL | TimeoutError) -> FloraError:
    """The one spot where an httpx exception becomes ours (callers ``raise ... from``)."""
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return APITimeoutError()
    if isinstance(exc, httpx.DecodingError):
        return APIResponseValidationError(
            "The FLORA API sent a body that could not be decoded.", garbled=True
        )
    if isinstance(exc, httpx.InvalidURL | httpx.UnsupportedProtocol):
        return ConfigurationError("The request URL is not a valid http(s) URL.")
    return APIConnectionError(f"Could not reach the FLORA API ({type(exc).__name__}).")


def _parse_success(
    response: httpx.Response, content: bytes, request_id: str | None, redact: str = ""
) -> Any:
    """A 2xx body as JSON with snake_case keys and clean strings; ``None`` for 204 or empty.

    Pure and thread-safe: large bodies are decoded on a worker thread (``_decode``).
    """
    if response.status_code == 204 or not content:
        return None
    try:
        # RecursionError: JSON nested deeper than Python's stack (a hostile or broken body).
        # A large body is decoded member by member so the UI thread can run in between.
        big = len(content) > OFF_THREAD_BYTES
        payload = normalize_keys(loads_in_steps(content) if big else json.loads(content))
        # Lone surrogates and control characters can only come from a few byte patterns:
        # look for those first, so a clean body (nearly all) costs no second walk.
        return clean_tree(payload) if may_need_cleaning(content) else payload
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise APIResponseValidationError(
            "The FLORA API sent a response that is not JSON.",
            status_code=response.status_code,
            request_id=request_id,
            body=body_excerpt(content, encoding=response.encoding, redact=redact),
            garbled=True,
        ) from exc


async def _decode(
    response: httpx.Response, content: bytes, request_id: str | None, redact: str
) -> Any:
    """``_parse_success``, off the event loop's thread when the body is large.

    A 15 MB workspace list (1.25 M keys) took 7 s of parsing and key conversion: on the UI
    thread that froze the window. Small bodies stay inline, where a thread hop costs more.
    """
    if len(content) <= OFF_THREAD_BYTES:
        return _parse_success(response, content, request_id, redact)
    return await asyncio.to_thread(_parse_success, response, content, request_id, redact)


class FloraClient:
    """Async client for FLORA's REST API; use ``async with`` or call ``aclose()``.

    ``api_key`` defaults to ``FLORA_API_KEY``; ``base_url`` to ``FLORA_BASE_URL``, then the
    production API. ``timeout`` is per attempt in seconds; ``max_retries`` extra attempts are
    made for retryable failures (CONTRACT §9.5). ``sleep`` is how it waits before a retry
    (``asyncio.sleep``); pages counting down to a retry and run watchers wait the same way,
    so a test can drive all of a connection's waits from one virtual clock.
    """

    def __init__(
        self,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        *,
        retry_policy: RetryPolicy | None = None,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        key = (api_key or "").strip() or _env(ENV_API_KEY)
        if key is None:
            raise MissingAPIKeyError(f"No FLORA API key: pass api_key or set {ENV_API_KEY}.")
        if not (key.isascii() and key.isprintable()) or " " in key:
            # A pasted key with a line break or space inside cannot go in a header.
            raise ConfigurationError("The FLORA API key contains spaces or unusual characters.")
        url = (base_url or "").strip() or _env(ENV_BASE_URL) or DEFAULT_BASE_URL
        try:
            parsed = httpx.URL(url.rstrip("/"))
        except httpx.InvalidURL as exc:
            raise ConfigurationError("The FLORA base URL is not a valid URL.") from exc
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ConfigurationError("The FLORA base URL must be an http(s) URL.")
        self._api_key = key
        self.base_url = str(parsed)
        self._api_origin = _origin(parsed)
        self.timeout = timeout
        # An injected policy (tests, or a custom clock) carries its own retry budget.
        self._retry = retry_policy or RetryPolicy(max_retries=max_retries)
        self.max_retries = self._retry.max_retries
        self.sleep = sleep
        self._user_agent = f"FloraDesktop/{__version__} python-httpx/{httpx.__version__}"
        # No default headers on the shared client: API headers are added per request, so
        # storage uploads and other-origin requests on the same pool stay bare.
        self._http = httpx.AsyncClient(
            timeout=httpx.Timeout(timeout), follow_redirects=False, verify=verified_context()
        )

        self.workspaces = Workspaces(self)
        self.techniques = Techniques(self)
        self.runs = Runs(self)
        self.technique_runs = TechniqueRuns(self)
        self.models = Models(self)
        self.actions = Actions(self)
        self.assets = Assets(self)

    def __repr__(self) -> str:
        return f"FloraClient(base_url={self.base_url!r}, api_key=***)"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool; safe to call more than once."""
        await self._http.aclose()

    @property
    def is_closed(self) -> bool:
        return self._http.is_closed

    # --- requests to the API ---------------------------------------------------------------

    def url_for(self, path_or_url: str) -> httpx.URL:
        """An absolute URL: ``path_or_url`` as-is when absolute, else under ``base_url``."""
        try:
            if path_or_url.lower().startswith(("http://", "https://")):
                url = httpx.URL(path_or_url)
            elif "://" in path_or_url:
                raise ConfigurationError("Only http(s) URLs can be requested.")
            else:
                url = httpx.URL(self.base_url + "/" + path_or_url.lstrip("/"))
        except httpx.InvalidURL as exc:
            raise _translate(exc) from exc
        if not url.host:
            raise ConfigurationError("The request URL has no host.")
        return url

    def is_api_origin(self, url: httpx.URL) -> bool:
        """Whether ``url`` shares scheme, host and port with the configured API."""
        return _origin(url) == self._api_origin

    def _headers(self, url: httpx.URL, attempt: int, idempotency_key: str | None) -> dict[str, str]:
        headers = {
            "Accept": "application/json",
            "User-Agent": self._user_agent,
            RETRY_COUNT_HEADER: str(attempt),
        }
        if self.is_api_origin(url):
            headers["Authorization"] = f"Bearer {self._api_key}"
        if idempotency_key is not None:
            headers[IDEMPOTENCY_HEADER] = idempotency_key
        return headers

    async def get(self, path_or_url: str, *, params: Mapping[str, object] | None = None) -> Any:
        return await self.request("GET", path_or_url, params=params)

    async def post(
        self,
        path: str,
        *,
        json_body: object = None,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        return await self.request(
            "POST",
            path,
            json_body=json_body,
            data=data,
            files=files,
            idempotency_key=idempotency_key,
        )

    async def request(
        self,
        method: str,
        path_or_url: str,
        *,
        params: Mapping[str, object] | None = None,
        json_body: object = None,
        data: Mapping[str, str] | None = None,
        files: Mapping[str, tuple[str, bytes, str]] | None = None,
        idempotency_key: str | None = None,
    ) -> Any:
        """Send one logical request with retries; return its JSON body, keys in snake_case.

        Every attempt resends the same body, query and ``idempotency_key``. Raises an
        ``APIStatusError`` subclass, ``APIConnectionError``/``APITimeoutError`` or
        ``APIResponseValidationError``.
        """
        url = self.url_for(path_or_url)
        query = query_params(params or {})
        attempt = 0
        while True:
            request = self._http.build_request(
                method,
                url,
                params=query,
                json=json_body,
                data=data,
                files=files,
                headers=self._headers(url, attempt, idempotency_key),
            )
            try:
                response, content = await self._send_once(request)
            except (httpx.HTTPError, httpx.InvalidURL, TimeoutError) as exc:
                error = _translate(exc)
                logger.debug("%s %s failed: %s", method, url.path, type(exc).__name__)
                decision = (
                    self._retry.after_connection_error(attempt)
                    if isinstance(error, APIConnectionError)
                    else RetryDecision(retry=False)
                )
                if not decision.retry:
                    raise error from exc
            else:
                request_id = response.headers.get(REQUEST_ID_HEADER)
                logger.debug(
                    "%s %s -> %s (request-id %s)",
                    method,
                    url.path,
                    response.status_code,
                    request_id,
                )
                if response.is_success:
                    return await _decode(response, content, request_id, self._api_key)
                error = self._status_error(response, content, request_id)
                decision = self._retry.after_response(
                    attempt, response.status_code, response.headers, error.code
                )
                if not decision.retry:
                    error.retry_after = decision.retry_after
                    raise error
            logger.debug("retrying %s %s in %.2f s", method, url.path, decision.delay)
            announce_retry(
                RetryNotice(
                    attempt=attempt + 1,
                    delay=decision.delay,
                    status_code=getattr(error, "status_code", None),
                    code=getattr(error, "code", None),
                )
            )
            await self.sleep(decision.delay)
            attempt += 1

    async def _send_once(self, request: httpx.Request) -> tuple[httpx.Response, bytes]:
        """One attempt, its body read whole but bounded in size and in total time.

        httpx's timeouts apply per network operation, so a server dripping bytes would never
        trip them; the attempt as a whole gets ``timeout`` seconds, as in FLORA's SDKs. An
        error answer is read only as far as its error needs (``_MAX_ERROR_BODY_BYTES``).
        """
        async with asyncio.timeout(self.timeout):
            response = await self._http.send(request, stream=True)
            # Held, not iterated inline: leaving the loop early (the size limit) must not
            # drop the generator before the response is closed. qasync installs no async
            # generator finalizer, so a dropped one is closed at once and httpcore's cleanup
            # would await inside it ("async generator ignored GeneratorExit").
            body = byte_stream(response)
            limit = MAX_RESPONSE_BYTES if response.is_success else _MAX_ERROR_BODY_BYTES
            chunks: list[bytes] = []
            try:
                size = 0
                async for chunk in body:
                    size += len(chunk)
                    if size > limit:
                        if not response.is_success:
                            break  # enough of an error page: its status says what happened
                        raise APIResponseValidationError(
                            f"The FLORA API sent more than {MAX_RESPONSE_BYTES} bytes.",
                            status_code=response.status_code,
                            request_id=response.headers.get(REQUEST_ID_HEADER),
                        )
                    chunks.append(chunk)
            except httpx.DecodingError:
                if response.is_success:
                    raise
                chunks = []  # an error page that cannot be decoded: its status is enough
            finally:
                await response.aclose()
                await body.aclose()
        return response, b"".join(chunks)

    def _status_error(
        self, response: httpx.Response, content: bytes, request_id: str | None
    ) -> APIStatusError:
        """The typed error for a non-2xx answer: by code and status, whatever the body.

        FLORA's envelope gives the code, message and fields; any other body (a proxy's HTML
        page, truncated JSON, garbage) is kept only as a cleaned excerpt on the error.
        """
        body: object = None
        if content:
            try:
                body = clean_tree(normalize_keys(json.loads(content)))
            except (ValueError, UnicodeDecodeError, RecursionError):
                body = None
        if content and not (isinstance(body, Mapping) and isinstance(body.get("error"), Mapping)):
            excerpt = body_excerpt(content, encoding=response.encoding, redact=self._api_key)
            return make_status_error(
                response.status_code, None, request_id=request_id, excerpt=excerpt
            )
        return make_status_error(
            response.status_code, body, request_id=request_id, redact=self._api_key
        )

    # --- requests outside the API ----------------------------------------------------------

    async def send_bare(
        self,
        method: str,
        url: str,
        *,
        content: AsyncIterable[bytes],
        headers: Mapping[str, str],
    ) -> httpx.Response:
        """One request carrying none of the API headers (storage uploads); never retried."""
        try:
            response = await self._http.request(method, url, content=content, headers=dict(headers))
        except (httpx.HTTPError, httpx.InvalidURL) as exc:
            logger.debug("%s to storage failed: %s", method, type(exc).__name__)
            raise _translate(exc) from exc
        logger.debug("%s %s -> %s", method, response.request.url.path, response.status_code)
        return response
