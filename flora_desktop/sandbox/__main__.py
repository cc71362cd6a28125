"""``flora-sandbox`` / ``python -m flora_desktop.sandbox``: serve the sandbox until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading

from flora_desktop.sandbox.config import DEFAULT_HOST, DEMO_API_KEY, SandboxConfig
from flora_desktop.sandbox.server import SandboxServer, is_loopback

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    defaults = SandboxConfig()
    parser = argparse.ArgumentParser(
        prog="flora-sandbox",
        description="A local emulator of FLORA's REST API on a loopback address.",
    )
    parser.add_argument("--host", default=DEFAULT_HOST, help="address to bind (loopback only)")
    parser.add_argument("--port", type=int, default=8787, help="port (0 picks a free one)")
    parser.add_argument("--api-key", default=DEMO_API_KEY, help="the key clients must send")
    parser.add_argument(
        "--credits", type=float, default=defaults.credits, help="starting USD per workspace"
    )
    parser.add_argument(
        "--run-seconds", type=float, default=defaults.run_seconds, help="how long a run takes"
    )
    parser.add_argument(
        "--catalog-size",
        type=int,
        default=defaults.catalog_size,
        help="pad the catalog with generated techniques up to N",
    )
    parser.add_argument("--seed", type=int, default=defaults.seed, help="catalog seed")
    env_casing = os.environ.get("FLORA_SANDBOX_CASING", "").strip()  # CONTRACT §10's switch
    parser.add_argument(
        "--casing",
        choices=("snake", "camel_nested"),
        default=env_casing if env_casing in ("snake", "camel_nested") else defaults.casing,
        help="camel_nested serves camelCase on nested run endpoints and asset uploads",
    )
    parser.add_argument(
        "--allow-non-loopback",
        action="store_true",
        help="allow binding an address other machines can reach",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Start the sandbox, print its URL and key, and serve until interrupted."""
    args = _parser().parse_args(argv)
    if not args.allow_non_loopback and not is_loopback(args.host):
        # Name the CLI's own switch, not the config field the server's refusal names.
        sys.stderr.write(
            f"flora-sandbox: refusing to serve on {args.host!r}: not a loopback address "
            "(pass --allow-non-loopback to do it anyway)\n"
        )
        return 2
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    config = SandboxConfig(
        host=args.host,
        port=args.port,
        api_key=args.api_key,
        credits=args.credits,
        run_seconds=args.run_seconds,
        catalog_size=args.catalog_size,
        seed=args.seed,
        casing=args.casing,
        allow_non_loopback=args.allow_non_loopback,
    )
    try:
        server = SandboxServer(config)
        server.start()
    except (ValueError, OSError, RuntimeError) as exc:
        sys.stderr.write(f"flora-sandbox: {exc}\n")
        return 2
    key_line = (
        f"API key:  {server.api_key}\n"
        if server.api_key == DEMO_API_KEY
        else "API key:  (the one given with --api-key)\n"
    )
    sys.stdout.write(
        f"FLORA sandbox serving {server.api_url}\n"
        f"FLORA_BASE_URL={server.api_url}\n"
        f"{key_line}"
        "Press Ctrl+C to stop.\n"
    )
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
