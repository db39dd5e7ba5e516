"""Run per-batch functions in a pool of worker processes (plain `concurrent.futures`).

In Prefect's embedded mode a process-based task runner would start one API server per worker,
so CPU-heavy stages run their batches in this pool from inside a single task instead.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any

from flows.engines import dask_cluster as engines
from flows.run.lifeline import PRELOAD_MARK, die_with_parent


def _timed_call(fn: Callable[..., dict], *args: Any) -> dict:
    """`fn(*args)` with the CPU seconds it took in its process (`cpu_seconds`), for the stage stats."""
    started = time.process_time()
    out = fn(*args)
    out["cpu_seconds"] = round(time.process_time() - started, 3)
    return out


PRELOAD = ["flows.run.lifeline", "flows.run.batch_work"]  # imported once by the forkserver, not by each worker


_MARKING = threading.Lock()


def _pool_context() -> mp.context.ForkServerContext:
    """The pools' context, its forkserver running: started (if it is not) with the preload mark in its environment,
    which no other process inherits (`flows.run.lifeline.in_forkserver_preload`: a run started by a process
    that had started pools, such as a test session, would take itself for a forkserver)."""
    from multiprocessing import forkserver

    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    with _MARKING:
        os.environ[PRELOAD_MARK] = str(os.getpid())
        try:
            forkserver.ensure_running()
        finally:
            os.environ.pop(PRELOAD_MARK, None)
    return ctx


def start_pool_server() -> None:
    """Start the worker pools' forkserver now: its imports (the cleaners, about 1-2 s) then overlap other
    start-up work, such as the embedded Prefect server's (issue 17). Call from the thread that lives
    for the whole run (the forkserver dies with it, see `flows.run.lifeline`)."""
    _pool_context()


def stop_pool_server() -> None:
    """Stop the forkserver after the last stage that uses worker processes: its memory (about 120 MB
    of imported modules) leaves the process tree while find-duplicates and write run (issue 17).
    A later pool starts a new one."""
    from multiprocessing import forkserver

    stop = getattr(forkserver._forkserver, "_stop", None)  # noqa: SLF001 - no public way to stop it
    if stop is not None:
        stop()


def batch_cpu_seconds(results: list[dict]) -> float:
    """CPU seconds the batch calls of a stage took, wherever they ran (0 for calls run on Dask)."""
    return round(sum(r.get("cpu_seconds", 0.0) for r in results), 2)


def default_workers(requested: int) -> int:
    return requested if requested > 0 else max(1, len(os.sched_getaffinity(0)))


def map_batches(
    fn: Callable[..., dict],
    calls: Sequence[tuple],
    workers: int,
    on_done: Callable[[int, int], None] | None = None,
) -> list[dict]:
    """`fn(*args)` for every args tuple in `calls`, in worker processes; results in call order.

    When the calls' settings dict names `dask_address` or `dask_workers`, they run on Dask instead.

    `on_done(done, total)` is called in this process as batches finish (for progress)."""
    results: list[Any] = [None] * len(calls)
    if not calls:
        return []
    if any(engines.dask_target(calls)):  # settings name a Dask scheduler or local cluster size
        return engines.map_on_dask(fn, calls, on_done)
    if (workers <= 1 or len(calls) == 1) and threading.current_thread() is threading.main_thread():
        # Small jobs run here: no pool start-up, and per-document time limits (SIGALRM) still work.
        for i, args in enumerate(calls):
            results[i] = _timed_call(fn, *args)
            if on_done:
                on_done(i + 1, len(calls))
        return results
    ctx = _pool_context()
    with ProcessPoolExecutor(
        max_workers=min(workers, len(calls)), mp_context=ctx, initializer=die_with_parent
    ) as pool:
        pending: dict[Future, int] = {pool.submit(_timed_call, fn, *args): i for i, args in enumerate(calls)}
        done_count = 0
        while pending:
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in finished:
                results[pending.pop(fut)] = fut.result()
                done_count += 1
                if on_done:
                    on_done(done_count, len(calls))
    return results
