"""The worker pools' forkserver prepares what every worker needs, once (issue 17): the rule tables compiled and
the modules a first Parquet read imports; the run's own process, which imports `batch_work` too, does not."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from flows.run.executor import map_batches, start_pool_server, stop_pool_server


def _what_a_worker_starts_with(_: int) -> dict:
    from cleaners.rules import load_rules

    return {"pid": os.getpid(), "rules_compiled": load_rules.cache_info().currsize > 0,
            "parquet_read_imported": "pyarrow.dataset" in sys.modules}


def test_pool_workers_fork_with_the_rules_compiled_and_parquet_warm() -> None:
    start_pool_server()
    try:
        got = map_batches(_what_a_worker_starts_with, [(0,), (1,)], workers=2)
    finally:
        stop_pool_server()
    assert all(g["pid"] != os.getpid() for g in got)
    assert all(g["rules_compiled"] and g["parquet_read_imported"] for g in got)


def _import_batch_work(mark: str | None) -> dict:
    code = ("import json, sys, flows.run.batch_work; from cleaners.rules import load_rules; "
            "print(json.dumps({'rules_compiled': load_rules.cache_info().currsize > 0, "
            "'parquet_read_imported': 'pyarrow.dataset' in sys.modules}))")
    env = {k: v for k, v in os.environ.items() if k != "NEWSCLEAN_FORKSERVER"}
    if mark is not None:
        env["NEWSCLEAN_FORKSERVER"] = mark
    # the marking process's own pid: "$$" is the shell's pid, which `exec` hands on to Python
    cmd = ["sh", "-c", f'NEWSCLEAN_FORKSERVER=$$ exec "{sys.executable}" -c "{code}"'] if mark == "self" else \
        [sys.executable, "-c", code]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env).stdout
    return json.loads(out)


def test_only_a_child_of_the_marking_process_runs_the_preload() -> None:
    # the forkserver; several times: a preload whose threaded Parquet read made the process abort at exit now and
    # then (pyarrow 26, about 1 in 3 on CI's machine) fails here
    for _ in range(8):
        assert _import_batch_work("1") == {"rules_compiled": True, "parquet_read_imported": True}
    assert _import_batch_work("self") == {"rules_compiled": False, "parquet_read_imported": False}  # the run's process
    assert _import_batch_work(None) == {"rules_compiled": False, "parquet_read_imported": False}
