"""The `clean-and-dedup` Prefect flow: one task per stage, each over all batches of the run."""

# No `from __future__ import annotations` here: `flow.serve` cloudpickles the flow function, and
# string annotations ("RunConfig") cannot be resolved in the run's process.
from flows.prefect_env import configure

configure()

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

from flows.config import RunConfig  # noqa: E402
from flows.report import markdown_report  # noqa: E402
from flows.run import stages  # noqa: E402
from flows.storage.store import is_disk_full  # noqa: E402

FLOW_NAME = "clean-and-dedup"
# A caller's progress callback (the CLI's, see `run_local`): kept out of the flow's parameters, which
# Prefect shows in the UI's run form. Read only inside `_ProgressArtifact`: the flow function is
# cloudpickled by `flow.serve`, with the globals it uses, and a ContextVar cannot be pickled.
_extra_progress: ContextVar[Callable[[str, int, int], None] | None] = ContextVar("newsclean_progress", default=None)
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
def plan_task(ctx) -> dict:
    return stages.plan(ctx)


@task(name="extract-and-clean", **_stage)
def extract_task(ctx) -> dict:
    return stages.extract(ctx)


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
    return stages.commit(ctx)


class _ProgressArtifact:
    """A progress artifact that moves while the run works (and the caller's callback, if any)."""

    def __init__(self) -> None:
        self.extra = _extra_progress.get()
        self.artifact_id = create_progress_artifact(0.0, description="newsclean run progress")
        self.done_before = 0.0

    def stage_done(self, stage: str) -> None:
        self.done_before += STAGE_WEIGHTS.get(stage, 0.0)
        self._set(self.done_before)

    def __call__(self, stage: str, done: int, total: int) -> None:
        self._set(self.done_before + STAGE_WEIGHTS.get(stage, 0.0) * done / max(total, 1))
        if self.extra:
            self.extra(stage, done, total)

    def _set(self, fraction: float) -> None:
        try:
            update_progress_artifact(self.artifact_id, progress=round(min(fraction, 1.0) * 100, 1))
        except Exception:  # progress display must never fail a run
            pass


@flow(name=FLOW_NAME, description="Clean news text, find near-duplicate passages, write Parquet shards.")
def clean_and_dedup(config: RunConfig, lock_wait: float = 0.0) -> dict:
    """Run newsclean on `config.inputs`; returns the run's manifest.

    Args:
        config: What to read, where to write, and the cleaning and dedup settings.
        lock_wait: Seconds to wait for another run writing to the same output folder (0: fail at once).
    """
    log = get_run_logger()
    tracker = _ProgressArtifact()
    ctx = stages.open_run(config, progress=tracker, lock_wait=lock_wait)
    for note in ctx.stats.get("recovery", []):
        log.warning(note)
    try:
        log.info("run %s: inputs %s -> %s", ctx.run_id, config.inputs, config.output)
        for name, stage in (("plan", plan_task), ("extract", extract_task), ("learn", learn_task),
                            ("sign", sign_task), ("dedup", dedup_task), ("write", write_task)):
            result = stage(quote(ctx))
            log.info("%s: %s", name, {k: v for k, v in result.items() if not isinstance(v, (list, dict))})
            tracker.stage_done(name)
        manifest = commit_task(quote(ctx))
    finally:
        stages.close_run(ctx)
    tracker._set(1.0)
    _publish(Path(config.output), manifest)
    return manifest


def run_local(config: RunConfig, progress: Callable[[str, int, int], None] | None = None,
              lock_wait: float = 0.0) -> dict:
    """Run the flow in this process (embedded Prefect), also reporting stage progress to `progress`."""
    token = _extra_progress.set(progress)
    try:
        return clean_and_dedup(config, lock_wait=lock_wait)
    finally:
        _extra_progress.reset(token)


def _publish(output: Path, manifest: dict) -> None:
    run = manifest["run_id"]
    create_markdown_artifact(key="newsclean-report", markdown=markdown_report(output, manifest),
                             description=f"newsclean run {run}")
    rejects_path = output / "rejects" / f"{run}.parquet"
    rows = pq.read_table(rejects_path).to_pylist()[:500] if rejects_path.exists() else []
    create_table_artifact(key="newsclean-rejects", table=rows or [{"source": "", "reason": "no rejects", "detail": ""}],
                          description=f"rejects of run {run} (first 500; all in {rejects_path})")
