"""The run `newsclean run` opens, plans and extracts while Prefect starts (`flows.run.head_start`):
the same output as a run in order (the extract stage runs early only where the CLI runs it: with the
worker pools' forkserver running), errors where they would have been, and an abandoned head start
leaves the output folder unlocked and without staging."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.config import RunConfig
from flows.run import head_start
from flows.run.context import close_run
from flows.run.executor import start_pool_server, stop_pool_server
from flows.run.publish import commit
from flows.run.stages import STAGES, run_pipeline
from flows.storage.store import LockedError, OutputStore
from tests.flows.engines_support import comparable
from tests.flows.helpers import copy_seeds


def _config(inputs: Path, output: Path) -> RunConfig:
    return RunConfig(inputs=[str(inputs)], output=str(output), workers=1)


@pytest.mark.parametrize("where", ["thread", "process"])
def test_a_head_started_run_writes_what_a_run_in_order_writes(tmp_path: Path, where: str) -> None:
    seeds = copy_seeds(tmp_path / "seeds")
    in_order = run_pipeline(_config(seeds, tmp_path / "in-order"))
    if where == "process":  # the CLI starts the pools' forkserver first: the plan runs in a process from it
        start_pool_server()
    try:
        head = head_start.start(_config(seeds, tmp_path / "head"))
        assert head._in_process == (where == "process")  # noqa: SLF001
        _finish(head, in_order, tmp_path)
    finally:
        stop_pool_server()


def _finish(head: head_start.HeadStart, in_order: dict, tmp_path: Path) -> None:
    ctx = head.context(progress=None)
    early = head._in_process  # noqa: SLF001
    try:
        planned = head.take_plan()
        assert planned is not None and planned["queued"] == in_order["stages"]["plan"]["queued"] > 0
        assert head.take_plan() is None  # a retry of the plan task plans again
        shown: list[tuple[str, int, int]] = []
        extracted = head.take_extract(lambda *report: shown.append(report))
        if early:  # extracted while "Prefect started", its last progress passed on to the extract task
            assert extracted is not None and extracted["documents"] == in_order["stages"]["extract"]["documents"] > 0
            assert shown and shown[-1][0] == "extract" and shown[-1][1] == shown[-1][2] > 0
            assert ctx.stats["extract"] is extracted
        else:
            assert extracted is None and not shown
        assert head.take_extract(shown.append) is None  # a retry of the extract task extracts again
        for _name, stage in STAGES[1 + early:]:
            stage(ctx)
        manifest = commit(ctx)
    finally:
        close_run(ctx)
    head.abandon()  # taken: nothing to do
    assert manifest["counts"] == in_order["counts"]
    assert comparable(tmp_path / "head") == comparable(tmp_path / "in-order")


def test_opening_errors_surface_when_the_flow_takes_the_run(tmp_path: Path) -> None:
    seeds = copy_seeds(tmp_path / "seeds")
    store = OutputStore(tmp_path / "out")
    store.check_writable()
    store.acquire("another-run")
    try:
        head = head_start.start(_config(seeds, tmp_path / "out"))
        with pytest.raises(LockedError, match="another-run"):
            head.context(progress=None)
    finally:
        store.release()


def test_an_abandoned_head_start_unlocks_and_leaves_no_staging(tmp_path: Path) -> None:
    seeds = copy_seeds(tmp_path / "seeds")
    out = tmp_path / "out"
    head = head_start.start(_config(seeds, out))
    head.abandon()  # e.g. the Prefect server did not start
    head._thread.join()  # noqa: SLF001 - the plan may still have been running
    store = OutputStore(out)
    store.acquire("next")  # raises LockedError if the head start kept the lock
    store.release()
    assert not any((out / "_staging").iterdir())
    assert run_pipeline(_config(seeds, out))["counts"]["processed"] > 0  # the next run reads everything


def test_the_early_extract_imports_nothing_prefect_imports_meanwhile() -> None:
    """The head start's thread imports the extract stage's batch code while the main thread imports the
    flow (Prefect): two threads importing the same not-yet-loaded modules could wait on each other's
    module locks, so after the stages module (imported first, in the main thread) the two sets are disjoint."""
    import json
    import subprocess
    import sys

    def new_modules(target: str) -> set[str]:
        code = ("import sys, flows.cli, flows.run.head_start, flows.run.stages; before = set(sys.modules); "
                f"import {target}; print(__import__('json').dumps(sorted(set(sys.modules) - before)))")
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        return set(json.loads(out))

    by_flow, by_extract = new_modules("flows.flow"), new_modules("flows.run.batch_work")
    assert "prefect" in by_flow and "cleaners.boilerplate" in by_extract
    assert not by_flow & by_extract
