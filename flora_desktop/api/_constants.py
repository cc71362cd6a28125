"""Named defaults of the FLORA client (CONTRACT §9.2, §9.3, §9.6, §5.9)."""

from __future__ import annotations

DEFAULT_BASE_URL = "https://app.flora.ai/api/v1"
ENV_API_KEY = "FLORA_API_KEY"
ENV_BASE_URL = "FLORA_BASE_URL"

DEFAULT_TIMEOUT = 60.0  # seconds per attempt
DEFAULT_MAX_RETRIES = 2  # so at most three attempts
# No API answer is near this; a bigger body is refused instead of filling memory.
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
# Bodies larger than this are decoded on a worker thread, never on the UI's (about 1 ms).
OFF_THREAD_BYTES = 64 * 1024
# A list of more items than this is turned into models on a worker thread.
OFF_THREAD_ITEMS = 2_000

INITIAL_RETRY_DELAY = 0.5  # seconds before the first retry, doubled each time
MAX_RETRY_DELAY = 8.0
RETRY_JITTER = 0.25  # up to 25 % shorter, never longer
MAX_SERVER_RETRY_DELAY = 60.0  # a server asking for longer ends auto-retrying

IDEMPOTENCY_HEADER = "Idempotency-Key"
IDEMPOTENCY_KEY_PREFIX = "flora-desktop-"
RETRY_COUNT_HEADER = "X-Stainless-Retry-Count"
REQUEST_ID_HEADER = "request-id"

# Files up to this size go to POST /assets directly as multipart; larger ones are signed.
DIRECT_UPLOAD_MAX_BYTES = 4 * 1024 * 1024
UPLOAD_CHUNK_BYTES = 1024 * 1024
DEFAULT_ASSET_POLL_INTERVAL = 1.0
DEFAULT_ASSET_POLL_TIMEOUT = 120.0
# How much of a failed storage answer to keep in the error (as the SDK does).
STORAGE_ERROR_BODY_CHARS = 500
