"""A run's context: its configuration, output store, passage index, staging folder and per-stage stats;
opening a run (lock, crash recovery, engines) and closing it."""

from __future__ import annotations

import contextlib
import functools
import gc
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from cleaners.index import PassageIndex
from flows.config import RunConfig
from flows.engines import dask_cluster as engines
from flows.engines.index import check_settings, open_index
from flows.storage import integrity
from flows.storage.store import OutputStore, new_run_id

Progress = Callable[[str, int, int], None]


def timed(stage: Callable[[RunContext], dict]) -> Callable[[RunContext], dict]:
    """Record the stage's wall time (`seconds`), the CPU time of this process (`cpu_seconds`: worker
    processes are counted by the stage as `batch_cpu_seconds`) and this process's peak memory so far
    (`peak_rss_mb`) in its stats."""

    @functools.wraps(stage)
    def wrapper(ctx: RunContext) -> dict:
        started, cpu = time.perf_counter(), time.process_time()
        out = stage(ctx)
        out["seconds"] = round(time.perf_counter() - started, 2)
        out["cpu_seconds"] = round(time.process_time() - cpu, 2)
        out["peak_rss_mb"] = peak_rss_mb()
        pa.default_memory_pool().release_unused()  # Arrow's allocator keeps freed memory otherwise (issue 17)
        return out

    return wrapper


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a block, as it was after. For stages that make millions of
    short-lived containers and keep a large cache (find-duplicates' token lists and scores): each full
    collection walks every object kept, about a fifth of the stage's CPU on the 180k corpus (issue 17).
    Reference counting still frees everything that forms no cycle (such a stage left ~8k objects in
    cycles, collected once the collector is back on)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def peak_rss_mb() -> int:
    """The highest resident memory of this process so far (MB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)



@dataclass
class RunContext:
    config: RunConfig
    store: OutputStore
    run_id: str
    staging: Path
    started_at: datetime
    index: PassageIndex
    progress: Progress | None = None
    stats: dict = field(default_factory=dict)  # per-stage counts, in stage order

    @property
    def settings(self) -> dict:
        return self.config.model_dump()

    def batches(self, suffix: str) -> list[Path]:
        return sorted(self.staging.glob(f"batch-*.{suffix}"))

    def report(self, stage: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(stage, done, total)


def open_run(config: RunConfig, progress: Progress | None = None, lock_wait: float = 0.0) -> RunContext:
    """Check the output folder, take its lock, recover from earlier crashes, start staging."""
    store = OutputStore(Path(config.output))
    index = open_index(config, store)
    index.check()  # fail before any work (Redis: unreachable, wrong password, other dedup settings)
    check_settings(config, store)  # the embedded index: other dedup settings (T5 F8)
    store.check_writable()
    run_id = store.acquire(new_run_id, wait_seconds=lock_wait)
    try:
        notes = store.recover()
        integrity.quick_check(store)  # a missing or damaged file stops the run (DamagedOutputError)
        ctx = RunContext(config, store, run_id, store.new_staging(run_id), datetime.now(UTC), index, progress)
        engines.start(config.dask_address, config.dask_workers)  # Dask client or local cluster, if any (last)
    except BaseException:
        store.release()
        raise
    ctx.stats["recovery"] = notes
    return ctx


def close_run(ctx: RunContext) -> None:
    """Drop staging (after a failure) and release the lock."""
    import shutil

    try:
        engines.stop(ctx.config.dask_address, ctx.config.dask_workers)
    finally:
        if ctx.staging.exists() and not (ctx.staging / "COMMIT.json").exists():
            shutil.rmtree(ctx.staging, ignore_errors=True)
        ctx.store.release()


def read_table_or_empty(path: Path, schema: pa.Schema) -> pa.Table:
    """A state table, or an empty one of its schema before the first run."""
    return pq.read_table(path) if path.exists() else schema.empty_table()
