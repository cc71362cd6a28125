"""TLS for every HTTPS request the app makes: verification always on, the system's trust store."""

from __future__ import annotations

import ssl

__all__ = ["verified_context"]


def verified_context() -> ssl.SSLContext:
    """A client context that checks certificates and host names against the OS trust store.

    truststore asks the platform (the Keychain on macOS, the Windows certificate store, the
    system CA bundle on Linux), so a studio's own CA installed on the machine works as it
    does in the browser. Nothing in the app turns verification off.
    """
    import truststore  # imported on first HTTPS client, not at start-up

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
