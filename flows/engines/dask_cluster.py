"""Run per-batch functions on Dask: an existing scheduler (`dask_address`) or a local cluster
started for the run (`dask_workers`).

A plain `distributed.Client` is used from inside the stage's task, not prefect-dask's
`DaskTaskRunner`: in embedded (ephemeral) mode a process-based task runner starts one Prefect
API server per worker. Batches (files in the run's staging folder) are the unit of work, so
workers read and write the staging folder themselves: they must see the output folder at the
same path (same machine or shared file system) and have newsclean installed. A worker that dies
mid-batch has its batch rescheduled by the Dask scheduler (`distributed.scheduler.allowed-failures`
times); batch outputs are rewritten in full by the retry.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

# Fields no worker needs (and that may hold a secret): dropped from settings sent to Dask.
_PRIVATE = ("redis_url", "redis_password_block", "redis_prefix")
CONNECT_TIMEOUT = 10.0  # seconds to reach an existing scheduler
_lock = threading.Lock()
_active: dict[tuple[str | None, int], list] = {}  # (address, workers) -> [client, cluster | None, runs]


class EngineError(RuntimeError):
    """The Dask cluster cannot be reached or started."""


def dask_target(calls: Sequence[tuple]) -> tuple[str | None, int]:
    """(scheduler address, local workers) from the settings dict passed to each batch call."""
    settings = next((a for a in calls[0] if isinstance(a, dict)), {}) if calls else {}
    return settings.get("dask_address"), int(settings.get("dask_workers") or 0)


def _quiet() -> None:
    """Dask's INFO lines (connections, worker start/stop) down to WARNING; children explicitly, as
    distributed resets its top logger's level while it starts a cluster."""
    for name in ("distributed", "distributed.core", "distributed.nanny", "distributed.worker", "distributed.scheduler",
                 "distributed.http", "distributed.http.proxy", "distributed.deploy"):
        logging.getLogger(name).setLevel(logging.WARNING)


def _connect(address: str | None, workers: int) -> tuple[Any, Any]:
    _quiet()
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise EngineError("Dask is not installed: pip install 'newsclean[dask]'") from err
    cluster = None
    try:
        if address:
            return Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False), None
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.WARNING)
        return Client(cluster, set_as_default=False), cluster
    except OSError as err:  # includes TimeoutError: nothing listening at the address
        if cluster is not None:
            cluster.close()
        what = f"cannot reach the Dask scheduler at {address}" if address else f"cannot start {workers} local Dask workers"
        raise EngineError(f"{what}: {err}") from None


def _close(client: Any, cluster: Any) -> None:
    client.close()
    if cluster is not None:
        cluster.close(timeout=30)


def start(address: str | None, workers: int) -> None:
    """Connect to (or start) the cluster for a run; `map_on_dask` then reuses it until `stop`.
    Runs of one process with the same settings share it (counted)."""
    if not (address or workers):
        return
    with _lock:
        entry = _active.get((address, workers))
        if entry is None:
            entry = _active[(address, workers)] = [*_connect(address, workers), 0]
        entry[2] += 1


def stop(address: str | None, workers: int) -> None:
    """Disconnect from (or shut down) the run's cluster once its last run is done."""
    with _lock:
        entry = _active.get((address, workers))
        if entry is None:
            return
        entry[2] -= 1
        if entry[2] > 0:
            return
        del _active[(address, workers)]
    _close(entry[0], entry[1])


@contextmanager
def client_for(address: str | None, workers: int) -> Iterator[Any]:
    """The run's client if `start` was called, else one for this call only."""
    with _lock:
        entry = _active.get((address, workers))
    if entry is not None:
        yield entry[0]
        return
    pair = _connect(address, workers)
    try:
        yield pair[0]
    finally:
        _close(*pair)


def _portable(arg: Any) -> Any:
    """Absolute paths (a remote worker's working directory differs); settings without secrets."""
    if isinstance(arg, dict):
        return {k: v for k, v in arg.items() if k not in _PRIVATE}
    if isinstance(arg, str) and os.path.exists(arg):
        return os.path.abspath(arg)
    return arg


def map_on_dask(
    fn: Callable[..., dict],
    calls: Sequence[tuple],
    on_done: Callable[[int, int], None] | None = None,
) -> list[dict]:
    """`fn(*args)` for every call on the configured Dask cluster; results in call order."""
    from distributed import as_completed

    address, workers = dask_target(calls)
    results: list[Any] = [None] * len(calls)
    with client_for(address, workers) as client:
        futures = {
            client.submit(fn, *(_portable(a) for a in args), pure=False, key=f"{fn.__name__}-{i:05d}-{os.urandom(4).hex()}"): i
            for i, args in enumerate(calls)
        }
        try:
            with client.as_current():  # as_completed looks for the current client
                for n, fut in enumerate(as_completed(futures), 1):
                    results[futures[fut]] = fut.result()
                    if on_done:
                        on_done(n, len(calls))
        finally:
            client.cancel(list(futures))
    return results
