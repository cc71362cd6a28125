"""Asset endpoints (CONTRACT §5.9) and the local storage target signed uploads go to."""

from __future__ import annotations

from urllib.parse import urlsplit

from aiohttp import BodyPartReader, web

from flora_desktop.sandbox.access import (
    idempotency_header,
    reject_used_header_key,
    workspace_filter,
    writable_workspace,
)
from flora_desktop.sandbox.assets import (
    ALLOWED_TYPES,
    DIRECT_LIMIT,
    STORAGE_LIMIT,
    Asset,
    Via,
    guess_type,
)
from flora_desktop.sandbox.casing import camelize_upload
from flora_desktop.sandbox.context import CONTEXT, SandboxContext
from flora_desktop.sandbox.errors import ApiError, FieldProblem, validation_error
from flora_desktop.sandbox.state import new_id
from flora_desktop.sandbox.validation import check_id
from flora_desktop.sandbox.wire import json_response, page_params, paginate, read_object

routes = web.RouteTableDef()
API = "/api/v1"
TEXT_FIELDS = ("workspace_id", "content_type", "file_name", "folder", "project_id")


def _asset_json(ctx: SandboxContext, data: dict[str, object]) -> web.Response:
    if ctx.config.casing == "camel_nested":
        data = camelize_upload(data)
    return json_response(data)


def _content_type(
    given: str | None, fallback: str | None, problems: list[FieldProblem]
) -> str | None:
    content_type = given or fallback
    if content_type is None:
        return None
    content_type = content_type.split(";", 1)[0].strip().lower()
    if content_type not in ALLOWED_TYPES:
        problems.append(FieldProblem("content_type", f"{content_type} is not an allowed type."))
        return None
    return content_type


def _common_problems(fields: dict[str, str | None]) -> list[FieldProblem]:
    problems = check_id(fields.get("workspace_id"), "workspace_id", "ws_")
    project_id = fields.get("project_id")
    if project_id:
        problems += check_id(project_id, "project_id", "prj_")
    return problems


async def _read_multipart(
    request: web.Request,
) -> tuple[dict[str, str | None], bytes | None, str | None, str | None]:
    """Text parts, file bytes, the file part's filename and content type."""
    reader = await request.multipart()
    fields: dict[str, str | None] = {}
    data: bytes | None = None
    filename = part_type = None
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "file":
            filename, part_type = part.filename, part.headers.get("Content-Type")
            chunks, size = [], 0
            while chunk := await part.read_chunk():
                size += len(chunk)
                if size > DIRECT_LIMIT:
                    raise validation_error(
                        [FieldProblem("file", "Files over 4 MB need a signed upload.")]
                    )
                chunks.append(chunk)
            data = b"".join(chunks)
        elif part.name:
            fields[part.name] = await part.text()
    return fields, data, filename, part_type


def _store(ctx: SandboxContext, asset: Asset, key: str | None) -> None:
    ctx.state.assets[asset.asset_id] = asset
    if key is not None:
        ctx.state.remember_header_key(ctx.config.api_key, key, asset.asset_id)


@routes.post(f"{API}/assets")
async def create_asset(request: web.Request) -> web.Response:
    """``POST /assets``: direct multipart, server-side URL, or a signed upload (§5.9.1)."""
    ctx = request.app[CONTEXT]
    if request.content_type == "multipart/form-data":
        fields, data, filename, part_type = await _read_multipart(request)
        via: Via = "direct"
        source: object = fields.get("source")
        if source is not None:
            raise validation_error([FieldProblem("source", "Direct uploads send no source.")])
    else:
        body = await read_object(request)
        fields = {k: v if isinstance(v, str) else None for k, v in body.items() if k in TEXT_FIELDS}
        data, filename, part_type = None, None, None
        source = body.get("source")
        via = "signed_url" if source == "signed-url" else "url"
    state = ctx.state
    key = idempotency_header(request)
    reject_used_header_key(ctx, key)
    problems = _common_problems(fields)
    if via == "direct" and data is None:
        problems.append(FieldProblem("file", "Required"))
    if via == "url":
        problems += _check_source(ctx, source)
    file_name = (
        fields.get("file_name")
        or filename
        or (urlsplit(source).path.rsplit("/", 1)[-1] if isinstance(source, str) else None)
    )
    content_type = _content_type(
        fields.get("content_type"),
        (part_type if part_type != "application/octet-stream" else None) or guess_type(file_name),
        problems,
    )
    if via == "direct" and content_type is None and not problems:
        problems.append(FieldProblem("content_type", "Could not tell the file's type."))
    if problems:
        raise validation_error(problems)
    workspace = writable_workspace(state, str(fields["workspace_id"]))
    asset_id = new_id("asset")
    now = state.clock()
    asset = Asset(
        asset_id=asset_id,
        workspace_id=workspace.workspace_id,
        project_id=fields.get("project_id") or None,
        uploaded_via=via,
        content_type=content_type or ("image/jpeg" if via == "url" else ""),
        file_name=file_name or asset_id,
        folder=fields.get("folder"),
        created=now,
    )
    if via == "direct":
        asset.data, asset.status = data, "ready"
    elif via == "url":
        asset.source_url = str(source)
        asset.ready_at = now + ctx.config.asset_ready_seconds
    else:
        asset.new_upload_target()
    _store(ctx, asset, key)
    return _asset_json(ctx, asset.create_json(ctx.root_url))


def _check_source(ctx: SandboxContext, source: object) -> list[FieldProblem]:
    if not isinstance(source, str) or not source:
        return [FieldProblem("source", 'Required: "signed-url" or an HTTPS URL.')]
    parts = urlsplit(source)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        return [FieldProblem("source", 'Expected "signed-url" or an HTTPS URL.')]
    if parts.scheme != "https":
        return [FieldProblem("source", "Source URLs must use HTTPS.")]
    if parts.hostname.lower() not in ctx.config.asset_url_hosts:
        return [FieldProblem("source", f"Fetching from {parts.hostname} is not allowed.")]
    return []


def _find_asset(ctx: SandboxContext, asset_id: str) -> Asset:
    asset = ctx.state.assets.get(asset_id)
    if asset is None:
        raise ApiError("not_found", "Asset not found.")
    asset.refresh(ctx.state.clock())
    return asset


@routes.post(API + "/assets/{asset_id}/complete")
async def complete_asset(request: web.Request) -> web.Response:
    """Mark a signed upload done; it turns ready after ``asset_ready_seconds`` (§5.9.3)."""
    ctx = request.app[CONTEXT]
    asset = _find_asset(ctx, request.match_info["asset_id"])
    if asset.uploaded_via == "signed_url" and asset.status == "pending_upload":
        if asset.data is None:
            asset.status = "failed"
            asset.failure_message = "No file was uploaded before complete."
        elif asset.ready_at is None:
            asset.ready_at = ctx.state.clock() + ctx.config.asset_ready_seconds
            asset.refresh(ctx.state.clock())
    data = asset.lifecycle_json(ctx.root_url)
    if asset.ready_at is not None:
        # Completed: the upload target is spent.
        data.pop("upload", None)
        data.pop("upload_url", None)
    return _asset_json(ctx, data)


@routes.post(API + "/assets/{asset_id}/retry")
async def retry_asset(request: web.Request) -> web.Response:
    """A fresh upload target for a failed or unfinished signed upload (§5.9.4)."""
    ctx = request.app[CONTEXT]
    asset = _find_asset(ctx, request.match_info["asset_id"])
    retryable = asset.uploaded_via == "signed_url" and (
        asset.status == "failed" or (asset.status == "pending_upload" and asset.ready_at is None)
    )
    if not retryable:
        raise ApiError(
            "input_validation_error", f"An asset that is {asset.status} cannot be retried."
        )
    asset.data = None
    asset.new_upload_target()
    return _asset_json(ctx, asset.lifecycle_json(ctx.root_url))


@routes.get(API + "/assets/{asset_id}")
async def retrieve_asset(request: web.Request) -> web.Response:
    """``GET /assets/{id}`` (§5.9.5)."""
    ctx = request.app[CONTEXT]
    return json_response(
        _find_asset(ctx, request.match_info["asset_id"]).retrieve_json(ctx.root_url)
    )


@routes.get(f"{API}/assets")
async def list_assets(request: web.Request) -> web.Response:
    """``GET /assets``: newest first, filtered and paged (§5.9.6)."""
    ctx = request.app[CONTEXT]
    state = ctx.state
    offset, limit = page_params(request)
    workspace_id = workspace_filter(request, state)
    project_id = request.query.get("project_id")
    query = (request.query.get("query") or "").lower()
    now = state.clock()
    found = []
    for asset in reversed(state.assets.values()):
        asset.refresh(now)
        if (
            (workspace_id is None or asset.workspace_id == workspace_id)
            and (not project_id or asset.project_id == project_id)
            and query in asset.file_name.lower()
        ):
            found.append(asset)
    page, meta = paginate(found, offset, limit)
    return json_response({"assets": [a.list_json(ctx.root_url) for a in page], "meta": meta})


# -- the storage target (a stand-in for the third-party bucket) ---------------------------


def _storage_error(status: int, code: str, message: str) -> web.Response:
    body = (
        "<?xml version='1.0' encoding='UTF-8'?>"
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    )
    return web.Response(status=status, text=body, content_type="application/xml")


async def _read_storage_form(
    request: web.Request, asset: Asset
) -> tuple[bytes | None, str | None, web.Response | None]:
    reader = await request.multipart()
    fields: dict[str, str] = {}
    data: bytes | None = None
    part_type: str | None = None
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            continue
        if part.name == "file":
            if fields.get("key") != f"uploads/{asset.asset_id}" or (
                fields.get("policy") != asset.upload_token
            ):
                # Like a POST policy: every form field has to come before the file.
                return (
                    None,
                    None,
                    _storage_error(
                        403, "AccessDenied", "Form fields missing, wrong or after the file."
                    ),
                )
            part_type = part.headers.get("Content-Type")
            data = await part.read()
        elif part.name:
            fields[part.name] = await part.text()
    return data, part_type, None


@routes.route("*", "/_storage/{asset_id}")
async def storage_upload(request: web.Request) -> web.Response:
    """Signed-upload target: multipart POST or raw PUT; refuses any ``Authorization``."""
    ctx = request.app[CONTEXT]
    if "Authorization" in request.headers:
        return _storage_error(
            400,
            "InvalidAuthorization",
            "Storage uploads are signed; an Authorization header is not allowed.",
        )
    if request.method not in ("POST", "PUT"):
        return _storage_error(405, "MethodNotAllowed", "Use POST or PUT.")
    asset = ctx.state.assets.get(request.match_info["asset_id"])
    if asset is None or asset.uploaded_via != "signed_url":
        return _storage_error(404, "NoSuchUpload", "No such upload.")
    asset.refresh(ctx.state.clock())
    if asset.status != "pending_upload" or asset.ready_at is not None:
        return _storage_error(409, "UploadClosed", "This upload target is no longer open.")
    if request.method == "PUT":
        if request.query.get("policy") != asset.upload_token:
            return _storage_error(403, "AccessDenied", "The upload URL is wrong or expired.")
        data: bytes | None = await request.read()
        part_type = request.headers.get("Content-Type")
    else:
        if request.content_type != "multipart/form-data":
            return _storage_error(400, "InvalidArgument", "Expected multipart/form-data.")
        data, part_type, refusal = await _read_storage_form(request, asset)
        if refusal is not None:
            return refusal
    if data is None:
        return _storage_error(400, "InvalidArgument", "No file in the upload.")
    if len(data) > STORAGE_LIMIT:
        return _storage_error(413, "EntityTooLarge", "The file is too large.")
    problems: list[FieldProblem] = []
    content_type = _content_type(
        asset.content_type or None,
        part_type if part_type != "application/octet-stream" else guess_type(asset.file_name),
        problems,
    )
    if problems or content_type is None:
        return _storage_error(400, "InvalidArgument", "The file's type is not allowed.")
    asset.content_type = content_type
    asset.data = data
    return web.Response(status=204)
