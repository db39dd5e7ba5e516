"""`newsclean run` opens, plans and extracts its run while Prefect starts (issue 17: fixed cost).

The embedded Prefect server takes seconds to import and start, on one core; the CLI's process only
imports Prefect meanwhile. So the CLI opens the run (lock, crash recovery, integrity check,
staging) and runs the plan stage in a thread at once, then (when the worker pools' forkserver runs)
the extract stage's batches in the worker pool; the flow takes the results: its `plan` and
`extract-and-clean` tasks wait for them instead of running the stages again (the extract task
shows the batches' progress as it waits). Answers are the same as when the flow runs the stages
(the same functions on the same configuration); the run's errors surface where they would have
(an error opening the run when the flow opens it, a plan or extract error in its task, which
retries on a transient OS error by running the stage again). Only the CLI with its own embedded server does this;
flow runs started another way (`newsclean serve`, the UI, a real server) plan inside the flow.
When the worker pools' forkserver is running (started by the CLI's main thread), the plan runs in a
process forked from it, so that it does not share this process's interpreter lock with Prefect's
import (measured: two CPU-bound threads in one process on a loaded machine wait on each other);
else in the thread. No Prefect here, and no process is started by the thread itself (see
`flows.run.lifeline`: a process forked by a thread dies with that thread).
"""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from flows.config import RunConfig
from flows.run.context import Progress, RunContext
from flows.storage.store import OutputStore


def _forkserver_running() -> bool:
    from multiprocessing import forkserver

    return getattr(forkserver._forkserver, "_forkserver_pid", None) is not None  # noqa: SLF001


def _plan_in_process(config: RunConfig, root: str, run_id: str, staging: str, started_at: datetime) -> dict:
    """The plan stage in a worker process, on a context of the opened run (the lock stays with the run's
    process; plan reads the output and writes only into the staging folder)."""
    from flows.run import stages

    ctx = RunContext(config, OutputStore(Path(root)), run_id, Path(staging), started_at, index=None)
    return stages.plan(ctx)


def start(config: RunConfig, lock_wait: float = 0.0) -> HeadStart:
    """Open and plan the run of `config` in a thread. The stages' modules are imported here first, in
    the calling thread: two threads importing one cycle of modules at once could deadlock. (The extract
    stage's batch code, imported by the thread, shares no module with the flow's import of Prefect:
    tests/flows/test_head_start.py checks it.)"""
    import flows.run.stages  # noqa: F401

    return HeadStart(config, lock_wait)


def _on_dask(ctx: RunContext) -> bool:
    return bool(ctx.config.dask_address or ctx.config.dask_workers)


class HeadStart:
    """`open_run` and `plan` of one run, started in a thread when created (use `start`)."""

    def __init__(self, config: RunConfig, lock_wait: float = 0.0) -> None:
        self.config = config
        self.lock_wait = lock_wait
        self._ctx: RunContext | None = None
        self._open_error: BaseException | None = None
        self._plan: dict | None = None
        self._plan_error: BaseException | None = None
        self._extract: dict | None = None
        self._extract_error: BaseException | None = None
        self._extracting = False  # the extract stage runs (or ran) here
        self._last_report: tuple[str, int, int] | None = None  # the early extract's latest progress
        self._opened = threading.Event()  # open_run returned or raised
        self._planned = threading.Event()  # the plan returned or raised (or will not run)
        self._lock = threading.Lock()
        self._done = False  # the thread's work is over
        self._taken = False  # the flow owns the run (and closes it)
        self._abandoned = False  # nobody will take the run: whoever finishes last closes it
        self._in_process = _forkserver_running()  # decided here, in the caller's thread
        self._thread = threading.Thread(target=self._work, name="newsclean-head-start", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        from flows.run import stages  # imported by the caller's thread (see `start`)

        try:
            ctx = stages.open_run(self.config, None, self.lock_wait)
        except BaseException as err:  # noqa: BLE001 - raised again in the flow, where it would have been
            self._open_error = err
            with self._lock:
                self._done = True
            self._opened.set()
            self._planned.set()
            return
        self._ctx = ctx
        self._opened.set()
        cpu = time.thread_time()
        try:
            if self._abandoned:
                pass
            elif self._in_process:
                self._plan = ctx.stats["plan"] = self._plan_elsewhere(ctx)
            else:
                self._plan = stages.plan(ctx)
                # this thread's CPU: the process's (what `timed` records) includes Prefect's import meanwhile
                self._plan["cpu_seconds"] = round(time.thread_time() - cpu, 2)
        except BaseException as err:  # noqa: BLE001 - raised in the plan task
            self._plan_error = err
        self._planned.set()
        if self._plan is not None and self._in_process and not self._abandoned and not _on_dask(ctx):
            self._extract_early(ctx)
        with self._lock:
            self._done = True
            close = self._abandoned
        if close:
            stages.close_run(ctx)

    def _extract_early(self, ctx: RunContext) -> None:
        """The extract stage's batches in the worker pool (forked by the forkserver, not by this thread),
        its progress kept for the extract task to show; this thread's CPU is the stage's `cpu_seconds`."""
        from flows.run import stages

        self._extracting = True
        cpu = time.thread_time()
        try:
            self._extract = stages.extract(replace(ctx, progress=self._note))
            self._extract["cpu_seconds"] = round(time.thread_time() - cpu, 2)
        except BaseException as err:  # noqa: BLE001 - raised in the extract task
            self._extract_error = err

    def _note(self, stage: str, done: int, total: int) -> None:
        self._last_report = (stage, done, total)

    @staticmethod
    def _plan_elsewhere(ctx: RunContext) -> dict:
        from concurrent.futures import ProcessPoolExecutor

        from flows.run.executor import _pool_context
        from flows.run.lifeline import die_with_parent

        with ProcessPoolExecutor(max_workers=1, mp_context=_pool_context(), initializer=die_with_parent) as pool:
            return pool.submit(_plan_in_process, ctx.config, str(ctx.store.root), ctx.run_id, str(ctx.staging),
                               ctx.started_at).result()

    def context(self, progress: Progress | None) -> RunContext:
        """The opened run (waits for it), reporting to `progress` from now on; the caller closes it.
        Raises what opening it raised."""
        self._opened.wait()
        if self._open_error is not None:
            raise self._open_error
        assert self._ctx is not None
        with self._lock:
            self._taken = True
        self._ctx.progress = progress
        return self._ctx

    def take_plan(self) -> dict | None:
        """The plan stage's result (waits for it) or raises its error; None when taken before (a
        retry of the plan task plans again)."""
        self._planned.wait()
        if self._plan_error is not None:
            err, self._plan_error = self._plan_error, None
            raise err
        out, self._plan = self._plan, None
        return out

    def take_extract(self, report: Progress) -> dict | None:
        """The extract stage's result (waits for it, passing its progress to `report` in the caller's
        thread) or raises its error; None when it did not run here or was taken before (a retry of
        the extract task extracts again)."""
        self._planned.wait()
        if not self._extracting:
            return None
        shown = None
        while self._thread.is_alive() or shown != self._last_report:
            if self._last_report is not None and self._last_report != shown:
                shown = self._last_report
                report(*shown)
            self._thread.join(0.2)
        self._extracting = False
        if self._extract_error is not None:
            err, self._extract_error = self._extract_error, None
            raise err
        out, self._extract = self._extract, None
        return out

    def abandon(self) -> None:
        """Nobody will take the run (Prefect did not start, Ctrl-C): close it now, or let the thread
        close it when its plan ends (if the process exits first, the lock goes with it and the next
        run discards the unfinished staging, as after any crash)."""
        with self._lock:
            if self._taken or self._abandoned:
                return
            self._abandoned = True
            close = self._done and self._ctx is not None
        if close:
            from flows.run.context import close_run

            close_run(self._ctx)
