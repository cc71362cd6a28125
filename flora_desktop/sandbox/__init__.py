"""A local emulator of FLORA's REST API on loopback (CONTRACT §11), for the app, demos and tests.

Serves ``/api/v1`` on 127.0.0.1 with seeded workspaces, a technique catalog and runs that go
``pending`` -> ``running`` -> ``completed``/``failed`` in ``run_seconds``.

Use it three ways: ``flora-sandbox`` / ``python -m flora_desktop.sandbox`` (``--casing``
defaults to ``$FLORA_SANDBOX_CASING``); embedded via ``SandboxServer(SandboxConfig(...))``
``.start()`` in a background thread; or the test fixture.

Triggers (documented behaviour tests and demos rely on):

- A text input value containing ``#fail`` makes the run fail with ``error_code
  "provider_error"``; ``#fail:CODE`` (e.g. ``#fail:GENERATION_PROMPT_MODERATED``) fails it
  with that code and a plain ``error_message``. Failed runs charge nothing.
- Input error paths in ``error.fields``: ``technique_id``, ``workspace_id``, ``inputs``,
  ``inputs.<input id>`` (missing, unknown, empty, wrong type), ``inputs.<id>[i]`` (an item of
  an ``allow_multiple`` list), ``inputs[i].id|type|value`` (nested-route entries), ``mode``,
  ``callback_url``, ``idempotency_key``, ``cursor``, ``limit``, ``status``.
- ``allow_multiple``: a list of several values starts one run per value (CONTRACT §4.1);
  the answer adds ``runs`` (every run's body). See ``sandbox/multiple.py``.
- Media inputs take an ``http(s)`` URL; inputs with ``accepts_element`` also take an element
  id such as ``el_123`` (prefixes ``el_``, ``element_``, ``node_``, ``asset_``).
- The nested route ``POST /techniques/{id}/runs`` takes an optional body ``workspace_id``;
  without one the run goes to the first (owner) workspace.
- Workspaces: "Studio North" (owner), "Client Work" (editor), "Brand Archive" (viewer: runs
  and uploads there are ``403 forbidden``). An unknown ``ws_…`` id is ``403 forbidden`` too.
- Credits: each workspace starts with ``credits`` USD; a run reserves ``run_cost`` until it
  ends and is charged when it completes. A start the available balance cannot cover is
  ``402 insufficient_credits``.
- Assets: URL-sourced creates never fetch; the source host must be in
  ``SandboxConfig.asset_url_hosts`` (default ``files.openai.com``, ``cdn.openai.com``,
  ``images.unsplash.com``, ``upload.wikimedia.org``, ``media.flora.ai``). Signed uploads go to
  ``{root}/_storage/{asset_id}``, which refuses any request carrying ``Authorization``.
  ``complete`` before any bytes were uploaded marks the asset ``failed``; ``retry`` re-arms it.

Control endpoints (no auth, outside ``/api/v1``):

- ``POST /_sandbox/faults`` ``{method?, path, status?, code?, message?, count?=1 (null: no
  limit), retry_after?, retry_after_ms?, delay_ms?, mode?, headers?, when?}``; modes
  ``error`` (envelope), ``drop`` (close without an answer), ``html`` (proxy error page),
  ``malformed`` (truncated JSON), ``slow`` (the real answer after ``delay_ms``), ``huge``
  (a valid 50 MB JSON body), ``drip`` (the real answer a few bytes at a time over
  ``delay_ms``). ``when: "after"`` lets the request take effect first (e.g. a run is created,
  then the answer is dropped). A 429 gets ``retry-after: 1`` unless ``retry_after`` says
  otherwise (``null`` omits it). ``GET`` lists faults, ``DELETE`` clears them.
- ``GET /_sandbox/requests`` (``DELETE`` clears it; never holds a key), ``GET /_sandbox/runs``,
  ``GET /_sandbox/workspaces`` (balances), ``GET /_sandbox/config`` (without the key).
- ``POST /_sandbox/clock`` ``{mode?, advance?}``: the time runs, assets and idempotency keys
  go by. ``mode`` ``real`` (the default: real time plus what was advanced) or ``manual``
  (time stands still); ``advance`` moves it forward that many seconds, so
  ``{"advance": 5}`` finishes a 4-second run at once. ``GET`` shows ``{mode, now,
  offset}``. Time never goes back; reset restores the real clock.
- ``POST /_sandbox/reset``: back to the seeded state, the real clock and the start-up
  config, with optional overrides ``run_seconds``, ``credits``, ``casing``,
  ``catalog_size``, ``seed``, ``asset_ready_seconds``, ``bad_key_code``.

Output media is served without auth at ``{root}/media/{run_id}/{output_id}.{png|mp4|wav|pdf}``
and uploaded assets at ``{root}/files/{asset_id}/{file_name}``.
"""
