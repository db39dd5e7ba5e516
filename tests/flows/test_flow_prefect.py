"""The flow under Prefect's test harness: task runs per stage, artifacts, a failing run."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.config import RunConfig
from tests.flows.helpers import rows


def _artifacts(key: str) -> list:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    with get_client(sync_client=True) as client:
        return client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[key])))


def test_flow_runs_stages_as_tasks_and_publishes_a_report(prefect_harness, seeds_copy: Path, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    from flows.flow import clean_and_dedup

    out = tmp_path / "out"
    state = clean_and_dedup(RunConfig(inputs=[str(seeds_copy)], output=str(out), workers=1), return_state=True)
    assert state.is_completed()
    manifest = state.result()
    assert manifest["counts"]["processed"] == 5 and len(rows(out, "documents")) == 5
    with get_client(sync_client=True) as client:
        tasks = client.read_task_runs(flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[state.state_details.flow_run_id])))
    assert {t.name.rsplit("-", 1)[0] for t in tasks} >= {"plan", "extract-and-clean", "learn-boilerplate",
                                                        "shingle-and-sign", "find-duplicates", "write-shards", "commit"}
    reports = [a for a in _artifacts("newsclean-report") if a.flow_run_id == state.state_details.flow_run_id]
    assert len(reports) == 1
    md = reports[0].data
    assert manifest["run_id"] in md and "| related_links | 43 |" in md and "Xem thêm" in md
    assert str(out / "documents") in md


def test_a_failing_run_fails_the_flow_and_leaves_nothing_half_written(prefect_harness, seeds_copy: Path,
                                                                      tmp_path: Path) -> None:
    from flows.flow import clean_and_dedup
    from flows.storage.store import OutputStore

    out = tmp_path / "out"
    store = OutputStore(out)
    store.check_writable()
    store.acquire("someone-else")
    try:
        state = clean_and_dedup(RunConfig(inputs=[str(seeds_copy)], output=str(out)), return_state=True)
    finally:
        store.release()
    assert state.is_failed() and "someone-else" in state.message
    with pytest.raises(Exception, match="another newsclean run"):
        state.result()
    assert not list((out / "documents").glob("*.parquet")) and not list((out / "_staging").iterdir())
