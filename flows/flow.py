"""The `clean-and-dedup` Prefect flow: one task per stage, each over all batches of the run."""

# No `from __future__ import annotations` here: `flow.serve` cloudpickles the flow function, and
# string annotations ("RunConfig") cannot be resolved in the run's process.
import os
import signal
import threading
import time

from flows.prefect_env import configure

configure()



SERVE_CHILD_ENV = "NEWSCLEAN_SERVE_CHILD"  # set by `newsclean serve` after importing this module


def _leave_ctrl_c_to_serve() -> None:
    """In a run started by `newsclean serve` (a Prefect runner's child process): ignore SIGINT.
    Ctrl-C in serve's terminal reaches the whole process group; serve lets the run finish, then
    pauses the schedule (a second Ctrl-C cancels the run through Prefect).

    The run's process imports this module while unpickling the flow, before Prefect marks the run
    Running; Prefect's own variables are set only later, so serve's marker (inherited) decides."""
    started_by_runner = (os.environ.get(SERVE_CHILD_ENV) or os.environ.get("PREFECT__CONTROL_PORT")
                         or os.environ.get("PREFECT__DEPLOYMENT_NAME"))
    if started_by_runner and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


_leave_ctrl_c_to_serve()  # at import: the run's process imports this module first

from collections.abc import Callable  # noqa: E402
from contextvars import ContextVar  # noqa: E402
from pathlib import Path  # noqa: E402

import pyarrow.parquet as pq  # noqa: E402
from prefect import flow, get_run_logger, task  # noqa: E402
from prefect.artifacts import (  # noqa: E402
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)
from prefect.cache_policies import NO_CACHE  # noqa: E402
from prefect.utilities.annotations import quote  # noqa: E402
from pydantic import ValidationError  # noqa: E402

from flows import form  # noqa: E402
from flows.config import RunConfig  # noqa: E402
from flows.options import format_validation  # noqa: E402
from flows.report import failure_report  # noqa: E402
from flows.run import stages  # noqa: E402
from flows.run.head_start import HeadStart  # noqa: E402
from flows.storage.store import is_disk_full, remove_in_background  # noqa: E402

FLOW_NAME = "clean-and-dedup"
# A caller's progress callback (the CLI's, see `run_local`): kept out of the flow's parameters, which
# Prefect shows in the UI's run form. Read only inside `_ProgressArtifact`: the flow function is
# cloudpickled by `flow.serve`, with the globals it uses, and a ContextVar cannot be pickled.
_extra_progress: ContextVar[Callable[[str, int, int], None] | None] = ContextVar("newsclean_progress", default=None)
# The run `newsclean run` opened and planned while Prefect started (same care as above: read in `_head_start`).
_started: ContextVar[HeadStart | None] = ContextVar("newsclean_head_start", default=None)
# the progress artifact is updated at most this often (issue 17: not an API call per batch, 1,220 at VNTC ×10)
PROGRESS_EVERY_S = 1.0
STAGE_WEIGHTS = {"plan": 0.05, "extract": 0.45, "learn": 0.05, "sign": 0.3, "dedup": 0.1, "write": 0.05}


def _retry_on_os_error(task, task_run, state) -> bool:
    """Retry file-system stages on transient OS errors only (not on bugs or bad input)."""
    try:
        state.result()
    except OSError as err:
        return not is_disk_full(err)  # a full disk stays full: fail at once with that reason
    except Exception:
        return False
    return False


_stage = dict(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=2, retry_condition_fn=_retry_on_os_error)


@task(name="plan", **_stage)
def plan_task(ctx, head=None) -> dict:
    """Plan the run, or take the plan `newsclean run` made while Prefect started (`flows.run.head_start`)."""
    early = head.take_plan() if head is not None else None
    return early if early is not None else stages.plan(ctx)


@task(name="extract-and-clean", **_stage)
def extract_task(ctx, head=None) -> dict:
    """Extract and clean, or take what `newsclean run` extracted while Prefect started (showing its progress)."""
    early = head.take_extract(ctx.report) if head is not None else None
    return early if early is not None else stages.extract(ctx)


@task(name="learn-boilerplate", **_stage)
def learn_task(ctx) -> dict:
    return stages.learn(ctx)


@task(name="shingle-and-sign", **_stage)
def sign_task(ctx) -> dict:
    return stages.sign(ctx)


@task(name="find-duplicates", **_stage)
def dedup_task(ctx) -> dict:
    return stages.dedup(ctx)


@task(name="write-shards", **_stage)
def write_task(ctx) -> dict:
    return stages.write(ctx)


@task(name="commit", **_stage)
def commit_task(ctx) -> dict:
    # the committed run's staging files are unlinked in a thread while the flow publishes its
    # artifacts and ends (issue 17); the process waits for it before exiting
    return stages.commit(ctx, remove_staging=remove_in_background)


class _ProgressArtifact:
    """A progress artifact that moves while the run works (and the caller's callback, if any)."""

    def __init__(self) -> None:
        self.extra = _extra_progress.get()
        self.artifact_id = create_progress_artifact(0.0, description="newsclean run progress")
        self.done_before = 0.0
        self.last_set = 0.0

    def stage_done(self, stage: str) -> None:
        self.done_before += STAGE_WEIGHTS.get(stage, 0.0)
        self._set(self.done_before)

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last_set >= PROGRESS_EVERY_S or done == total:  # one API call a second at most
            self._set(self.done_before + STAGE_WEIGHTS.get(stage, 0.0) * done / max(total, 1))
        if self.extra:
            self.extra(stage, done, total)

    def _set(self, fraction: float) -> None:
        self.last_set = time.monotonic()
        try:
            update_progress_artifact(self.artifact_id, progress=round(min(fraction, 1.0) * 100, 1))
        except Exception:  # progress display must never fail a run
            pass


def clean_and_dedup(**parameters) -> dict:
    """Run newsclean on `inputs`; returns the run's manifest.

    The parameters are `RunConfig`'s fields and `lock_wait` (see `flows.form`). They are validated
    here, inside the run, so that a refused run says why in its logs and report artifact too.
    """
    _leave_ctrl_c_to_serve()  # again: Prefect sets the run's environment after the import
    log = get_run_logger()
    lock_wait = float(parameters.pop("lock_wait", 0.0) or 0.0)
    try:
        config = RunConfig.model_validate(parameters)
    except ValidationError as err:
        reason = format_validation(err)
        _fail(log, "refused: bad parameters", reason, parameters)
        raise ValueError(f"bad parameters: {reason}") from None
    tracker = _ProgressArtifact()
    head = _head_start()
    if head is not None and head.config != config:  # not this run's: plan here (and let it go)
        head.abandon()
        head = None
    try:
        ctx = head.context(tracker) if head else stages.open_run(config, progress=tracker, lock_wait=lock_wait)
    except Exception as err:
        _fail(log, "could not start", _one_line(err), parameters)
        raise
    for note in ctx.stats.get("recovery", []):
        log.warning(note)
    stage_name = "open"
    try:
        log.info("run %s: inputs %s -> %s", ctx.run_id, config.inputs, config.output)
        for stage_name, stage in (("plan", plan_task), ("extract", extract_task), ("learn", learn_task),
                                  ("sign", sign_task), ("dedup", dedup_task), ("write", write_task),
                                  ("commit", commit_task)):
            result = stage(quote(ctx), quote(head)) if stage in (plan_task, extract_task) else stage(quote(ctx))
            if stage_name == "commit":
                manifest = result
                break
            log.info("%s: %s", stage_name, {k: v for k, v in result.items() if not isinstance(v, (list, dict))})
            tracker.stage_done(stage_name)
    except Exception as err:
        _fail(log, f"failed in stage {stage_name}", _one_line(err), parameters, run_id=ctx.run_id)
        raise
    finally:
        stages.close_run(ctx)
    tracker._set(1.0)
    _publish(Path(config.output), manifest)
    return manifest


# Prefect reads the parameters (form, schema, binding) from the signature: one per RunConfig field.
clean_and_dedup.__signature__ = form.flow_signature()
clean_and_dedup = flow(name=FLOW_NAME, validate_parameters=False,
                       description="Clean news text, find near-duplicate passages, write Parquet shards.")(clean_and_dedup)


def _head_start() -> HeadStart | None:
    return _started.get()


def run_local(config: RunConfig, progress: Callable[[str, int, int], None] | None = None,
              lock_wait: float = 0.0, head: HeadStart | None = None) -> dict:
    """Run the flow in this process (embedded Prefect), also reporting stage progress to `progress`.
    `head`: the run opened and planned already for this `config` (see `flows.run.head_start`)."""
    token, started = _extra_progress.set(progress), _started.set(head)
    try:
        return clean_and_dedup(**config.model_dump(), lock_wait=lock_wait)
    finally:
        _extra_progress.reset(token)
        _started.reset(started)


def _one_line(err: BaseException) -> str:
    text = " ".join(str(err).split()) or type(err).__name__
    return text if isinstance(err, (ValueError, OSError, RuntimeError)) else f"{type(err).__name__}: {text}"


def _fail(log, what: str, reason: str, parameters: dict, run_id: str | None = None) -> None:
    """A failed run's reason in its logs and in a short report artifact (never raises)."""
    log.error("newsclean run %s: %s", what, reason)
    try:
        create_markdown_artifact(key="newsclean-report", markdown=failure_report(what, reason, parameters, run_id),
                                 description=f"newsclean run {what}")
    except Exception:  # the reason is in the log and the state message already
        pass


def _cut(text: str | None, n: int, keep_end: bool = False) -> str:
    """`text` in at most `n` characters (a path keeps its end: the file name)."""
    text = " ".join((text or "").split())
    if len(text) <= n:
        return text
    return "…" + text[-(n - 1):] if keep_end else text[: n - 1] + "…"


def _publish(output: Path, manifest: dict) -> None:
    run = manifest["run_id"]
    report = output / manifest["report"]  # written by the commit (crash-safe, also without a server)
    create_markdown_artifact(key="newsclean-report", markdown=report.read_text(encoding="utf-8"),
                             description=f"newsclean run {run} (also in {report})")
    rejects_path = output / "rejects" / f"{run}.parquet"
    rows = pq.read_table(rejects_path, columns=["reason", "source", "detail"]).slice(0, 500).to_pylist() \
        if rejects_path.exists() else []
    # narrow enough for the artifact page: long sources and details cut (whole rows in the Parquet)
    rows = [{"reason": r["reason"], "source": _cut(r["source"], 60, keep_end=True), "detail": _cut(r["detail"], 90)} for r in rows]
    create_table_artifact(key="newsclean-rejects", table=rows or [{"source": "", "reason": "no rejects", "detail": ""}],
                          description=f"rejects of run {run} (first 500; all in {rejects_path})")
