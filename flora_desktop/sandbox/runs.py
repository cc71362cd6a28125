"""A technique run and its lifecycle, computed from elapsed time rather than background tasks."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from flora_desktop.sandbox.techniques import Technique

Route = Literal["top", "nested"]

# Share of a run's duration spent ``pending`` before it starts ``running``.
PENDING_SHARE = 0.1

# ``#fail`` or ``#fail:CODE`` in a text input fails the run (documented in __init__).
FAIL_TRIGGER = re.compile(r"#fail(?::([A-Za-z][A-Za-z0-9_]*))?")
PROVIDER_ERROR_MESSAGE = "The provider failed to complete the generation."

EXTENSIONS = {"imageUrl": "png", "videoUrl": "mp4", "audioUrl": "wav", "documentUrl": "pdf"}


@dataclass(frozen=True)
class Failure:
    """Why a run will fail: a §8.5 code and a plain message."""

    code: str
    message: str


@dataclass(frozen=True)
class Phase:
    """A run's state at one moment."""

    status: Literal["pending", "running", "completed", "failed"]
    progress: int
    started_at: int | None
    completed_at: int | None

    @property
    def terminal(self) -> bool:
        """Completed or failed: nothing changes any more."""
        return self.status in ("completed", "failed")


@dataclass
class Run:
    """One run started through either route."""

    run_id: str
    technique: Technique
    workspace_id: str
    project_id: str
    inputs: dict[str, object]
    route: Route
    idempotency_key: str | None
    created: float  # epoch seconds
    duration: float
    failure: Failure | None
    callback_url: str | None = None
    settled: bool = False

    @property
    def created_at(self) -> int:
        """Creation time in epoch milliseconds."""
        return int(self.created * 1000)

    def phase(self, now: float) -> Phase:
        """The state at ``now`` (epoch seconds): pending, running, then terminal."""
        elapsed = max(0.0, now - self.created)
        pending_for = self.duration * PENDING_SHARE
        started = int((self.created + pending_for) * 1000)
        if elapsed >= self.duration:
            status: Literal["completed", "failed"] = (
                "failed" if self.failure is not None else "completed"
            )
            finished = int((self.created + self.duration) * 1000)
            return Phase(status, 100 if status == "completed" else 0, started, finished)
        if elapsed < pending_for:
            return Phase("pending", 0, None, None)
        running_for = self.duration - pending_for
        progress = int(min(99, (elapsed - pending_for) / running_for * 100))
        return Phase("running", progress, started, None)

    def charged_cost(self, now: float) -> float:
        """``run_cost`` once completed; 0 before and for failed runs (CONTRACT §11.5)."""
        return self.technique.run_cost if self.phase(now).status == "completed" else 0.0


def failure_from_inputs(inputs: dict[str, object]) -> Failure | None:
    """The failure a trigger in a text value asks for, if any."""
    for value in inputs.values():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, str):
                continue
            match = FAIL_TRIGGER.search(item)
            if match is None:
                continue
            code = match.group(1)
            if code is None:
                return Failure("provider_error", PROVIDER_ERROR_MESSAGE)
            return Failure(code, f"The run failed with {code} (sandbox trigger).")
    return None


def text_output(run: Run, name: str) -> str:
    """The text a completed run gives for a ``text`` output."""
    texts = [v for v in run.inputs.values() if isinstance(v, str) and not v.startswith("http")]
    about = f" for “{texts[0][:80]}”" if texts else ""
    return (
        f"{name}{about}: a sandbox result from {run.technique.name}. "
        "Strong focal point, balanced palette; tighten the type hierarchy and give the "
        "hero image more room."
    )


def outputs_json(run: Run, root_url: str) -> list[dict[str, object]]:
    """``RunOutput`` items for a completed run; media URLs point at the sandbox itself."""
    outputs: list[dict[str, object]] = []
    for index, spec in enumerate(run.technique.outputs, start=1):
        output_id = f"output_{index}"
        if spec.type == "text":
            url = text_output(run, spec.name)
        else:
            url = f"{root_url}/media/{run.run_id}/{output_id}.{EXTENSIONS[spec.type]}"
        outputs.append({"output_id": output_id, "type": spec.type, "url": url})
    return outputs


def poll_url(run: Run, api_url: str) -> str:
    """Nested runs poll the nested URL, top-level runs ``/runs/{id}`` (CONTRACT §11.7)."""
    if run.route == "nested":
        return f"{api_url}/techniques/{run.technique.slug}/runs/{run.run_id}"
    return f"{api_url}/runs/{run.run_id}"


def run_status_json(run: Run, now: float, root_url: str) -> dict[str, object]:
    """The ``RunStatus`` payload (CONTRACT §4.4); keys without a value are left out."""
    phase = run.phase(now)
    data: dict[str, object] = {
        "run_id": run.run_id,
        "status": phase.status,
        "progress": phase.progress,
        "created_at": run.created_at,
        "charged_cost": run.charged_cost(now),
        "poll_url": poll_url(run, f"{root_url}/api/v1"),
    }
    if phase.started_at is not None:
        data["started_at"] = phase.started_at
    if phase.completed_at is not None:
        data["completed_at"] = phase.completed_at
    if phase.status == "completed":
        data["outputs"] = outputs_json(run, root_url)
    elif phase.status == "failed" and run.failure is not None:
        data["error_code"] = run.failure.code
        data["error_message"] = run.failure.message
    return data


def history_item_json(run: Run, now: float, root_url: str) -> dict[str, object]:
    """A ``GET /technique-runs`` item: RunStatus plus ownership (CONTRACT §5.7)."""
    data = run_status_json(run, now, root_url)
    data.update(
        {
            "technique_run_id": run.run_id,
            "project_id": run.project_id,
            "workspace_id": run.workspace_id,
            "technique": {"name": run.technique.name, "technique_id": run.technique.technique_id},
        }
    )
    return data
