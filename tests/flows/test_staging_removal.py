"""A committed run's staging folder is renamed `_staging/.done-<run>` and removed, at once or in a
thread (the flow's commit); one left behind by a killed process is removed by the next run, which
has nothing to recover from it."""

from __future__ import annotations

import threading
from pathlib import Path

from flows.config import RunConfig
from flows.run.context import close_run, open_run
from flows.run.publish import commit
from flows.run.stages import STAGES
from flows.storage.store import DONE_PREFIX, remove_in_background
from tests.flows.helpers import copy_seeds, manifests, run


def test_the_flow_commit_removes_staging_in_a_thread(tmp_path: Path) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    ctx = open_run(RunConfig(inputs=[str(seeds)], output=str(out), workers=1))
    try:
        for _name, stage in STAGES:
            stage(ctx)
        m = commit(ctx, remove_staging=remove_in_background)
    finally:
        close_run(ctx)
    for t in threading.enumerate():
        if t.name == "newsclean-remove-staging":
            t.join()
    assert not list((out / "_staging").iterdir())
    assert [x["run_id"] for x in manifests(out)] == [m["run_id"]] and m["counts"]["processed"] == 5


def test_a_committed_staging_left_behind_is_removed_without_recovery(tmp_path: Path) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    first = run([seeds], out)
    left = out / "_staging" / f"{DONE_PREFIX}{first['run_id']}"  # as if killed while removing it
    left.mkdir()
    (left / "batch-00001.raw.parquet").write_bytes(b"partly removed")
    second = run([seeds], out)
    assert second["stages"]["recovery"] == []  # nothing to finish or discard: the run was committed
    assert not list((out / "_staging").iterdir())
    assert second["counts"]["skipped_unchanged"] == 5 and second["counts"]["processed"] == 0
