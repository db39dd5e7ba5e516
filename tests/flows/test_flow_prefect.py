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
    state = clean_and_dedup(**RunConfig(inputs=[str(seeds_copy)], output=str(out), workers=1).model_dump(),
                            return_state=True)
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
    assert manifest["run_id"] in md and "| related\\_links | 43 |" in md and "Xem thêm" in md
    assert md == (out / "reports" / f"{manifest['run_id']}.md").read_text(encoding="utf-8")  # also without a server


def test_a_failing_run_fails_the_flow_and_leaves_nothing_half_written(prefect_harness, seeds_copy: Path,
                                                                      tmp_path: Path) -> None:
    from flows.flow import clean_and_dedup
    from flows.storage.store import OutputStore

    out = tmp_path / "out"
    store = OutputStore(out)
    store.check_writable()
    store.acquire("someone-else")
    try:
        state = clean_and_dedup(**RunConfig(inputs=[str(seeds_copy)], output=str(out)).model_dump(), return_state=True)
    finally:
        store.release()
    assert state.is_failed() and "someone-else" in state.message
    with pytest.raises(Exception, match="another newsclean run"):
        state.result()
    assert not list((out / "documents").glob("*.parquet")) and not list((out / "_staging").iterdir())
    failure = [a for a in _artifacts("newsclean-report") if a.flow_run_id == state.state_details.flow_run_id]
    assert len(failure) == 1 and "run failed" in failure[0].data and "someone-else" in failure[0].data
    assert "could not start" in _logs(state.state_details.flow_run_id)


def test_bad_parameters_fail_the_run_with_the_reason_in_logs_and_report(prefect_harness, tmp_path: Path) -> None:
    """Parameters are validated inside the run (not before it), so a refused run explains itself."""
    from flows.flow import clean_and_dedup

    out = tmp_path / "never-written"
    state = clean_and_dedup(inputs=[str(tmp_path / "missing")], output=str(out), return_state=True)
    assert state.is_failed() and "inputs: input path does not exist" in state.message
    run_id = state.state_details.flow_run_id
    assert "inputs: input path does not exist" in _logs(run_id)
    report = next(a.data for a in _artifacts("newsclean-report") if a.flow_run_id == run_id)
    assert "refused: bad parameters" in report and "input path does not exist" in report and str(out) in report
    assert not out.exists()


def _logs(flow_run_id, wait: float = 30) -> str:
    """The run's log messages (logs reach the API in batches: wait until the run's last one is there)."""
    import time

    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId

    deadline = time.monotonic() + wait
    while True:
        with get_client(sync_client=True) as client:
            logs = client.read_logs(log_filter=LogFilter(flow_run_id=LogFilterFlowRunId(any_=[flow_run_id])))
        text = "\n".join(log.message for log in logs)
        if "Finished in state" in text or time.monotonic() > deadline:
            return text
        time.sleep(0.5)
