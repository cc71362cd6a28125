"""Idempotency keys: one per logical user action, resent unchanged on every retry (§9.7)."""

from __future__ import annotations

import uuid

from flora_desktop.api._constants import IDEMPOTENCY_KEY_PREFIX

__all__ = ["new_idempotency_key"]


def new_idempotency_key() -> str:
    """A fresh uuid4-based key."""
    return f"{IDEMPOTENCY_KEY_PREFIX}{uuid.uuid4()}"
