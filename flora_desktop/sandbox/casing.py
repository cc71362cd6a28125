"""camelCase keys for ``casing=camel_nested`` (CONTRACT §10): nested run bodies, upload object."""

from __future__ import annotations


def camel(key: str) -> str:
    """``run_id`` -> ``runId``."""
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def camelize(value: object) -> object:
    """Keys of every object in ``value`` turned camelCase; values are left alone."""
    if isinstance(value, dict):
        return {camel(k): camelize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [camelize(item) for item in value]
    return value


def camelize_upload(data: dict[str, object]) -> dict[str, object]:
    """An asset answer with its ``upload`` object's own keys camelCase; ``form_fields``
    entries are storage policy names and stay exactly as they are."""
    upload = data.get("upload")
    if isinstance(upload, dict):
        data = {**data, "upload": {camel(k): v for k, v in upload.items()}}
    return data
