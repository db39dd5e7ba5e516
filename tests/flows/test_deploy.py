"""`newsclean serve` against a real `prefect server start` (no mocks): one server and one serve
process shared by the module's tests; both bound to 127.0.0.1 and stopped by PID."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from flows.cli import main
from tests.flows.prefect_server import BIN, SEEDS, _env, _free_port, _start, _stop, _wait_for

DEPLOYMENT = "clean-and-dedup/test-schedule"
CRON = "17 3 * * *"  # daily: the server schedules runs ahead, none fires during the test (barring 03:17 UTC)


@pytest.fixture(scope="module")
def api_url(prefect_server: str) -> Iterator[str]:
    """The session's real Prefect server (tests/flows/conftest.py), as this process's PREFECT_API_URL."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    with temporary_settings({PREFECT_API_URL: f"{prefect_server}/api"}):
        yield f"{prefect_server}/api"


@dataclass
class Served:
    inputs: Path
    output: Path
    proc: subprocess.Popen
    log: Path


@pytest.fixture(scope="module")
def served(api_url: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """`newsclean serve` with a custom cron and default parameters on a copy of the seeds."""
    from prefect import get_client

    work = tmp_path_factory.mktemp("serve")
    inputs = work / "seeds"
    shutil.copytree(SEEDS, inputs)
    log = work / "serve.log"
    env = _env(work / "home", PREFECT_API_URL=api_url, PREFECT_RUNNER_POLL_FREQUENCY="2", PYTHONUNBUFFERED="1")
    proc = _start([str(BIN / "newsclean"), "serve", "seeds", "--output", "out", "--cron", CRON,
                   "--name", DEPLOYMENT.split("/")[1]], env, log, work)

    def registered() -> bool:
        with get_client(sync_client=True) as client:
            return client.read_deployment_by_name(DEPLOYMENT) is not None

    try:
        _wait_for("newsclean serve registering its deployment", registered, 90, proc, log)
        yield Served(inputs, work / "out", proc, log)
    finally:
        _stop(proc)


def _deployment() -> Any:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        return client.read_deployment_by_name(DEPLOYMENT)


# -- without a server ---------------------------------------------------------------------------


def test_prefect_server_imports() -> None:
    """Catches the fastapi pin regression (the server dies on import with fastapi >= 0.151)."""
    import prefect.server.api.server  # noqa: F401


@pytest.mark.parametrize(("args", "field"), [
    (["--threshold", "1.7"], "threshold"),
    (["does-not-exist"], "inputs"),
    (["--timezone", "Mars/Olympus"], "--timezone"),
])
def test_serve_refuses_bad_options(args: list[str], field: str, capsys: pytest.CaptureFixture[str],
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "seeds")
    assert main(["serve", *args]) == 2
    assert field in capsys.readouterr().err
    assert not (tmp_path / "output").exists()


@pytest.mark.parametrize(("api_env", "code", "message"), [
    ({}, 2, "export PREFECT_API_URL=http://127.0.0.1:4200/api"),  # not set: the embedded server has no scheduler
    ({"PREFECT_API_URL": f"http://127.0.0.1:{_free_port()}/api"}, 1, "cannot reach the Prefect server"),
])
def test_serve_without_a_server_says_how_to_start_one(api_env: dict[str, str], code: int, message: str,
                                                      tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    proc = subprocess.run([str(BIN / "newsclean"), "serve"], env=_env(tmp_path / "home", **api_env), cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == code, proc.stderr
    assert message in proc.stderr and "prefect server start" in proc.stderr
    assert not (tmp_path / "output").exists()


# -- against `prefect server start` + `newsclean serve` -------------------------------------------


def test_deployment_explains_its_parameters(served: Served) -> None:
    """One titled parameter per RunConfig field (no `config` blob), in form-group order, none "(Optional)"."""
    from flows import form
    from flows.config import RunConfig

    deployment = _deployment()
    schema = deployment.parameter_openapi_schema
    props = schema["properties"]
    assert set(props) == set(RunConfig.model_fields) | {"lock_wait"}  # no CLI-only `progress` in the run form
    assert sorted(props, key=lambda k: props[k]["position"]) == form.ordered_names()
    assert form.ordered_names()[:4] == ["inputs", "output", "reprocess", "lock_wait"]
    assert set(schema["required"]) == set(props)  # every field has a default: no "(Optional)" labels
    threshold = props["threshold"]
    assert threshold["title"] == "Dedup threshold" and threshold["description"] and threshold["exclusiveMaximum"] == 1
    assert props["lock_wait"]["title"] == "Wait for the output lock (s)"
    assert props["redis_url"]["type"] == "string" and "anyOf" not in props["redis_url"]  # no "str | None" switch
    assert all("<" not in p.get("description", "") for p in props.values())  # Markdown would eat it
    defaults = deployment.parameters
    assert defaults["inputs"] == [str(served.inputs)] and defaults["output"] == str(served.output)
    assert defaults["redis_url"] == "" and defaults["lock_wait"] == 0.0
    assert deployment.global_concurrency_limit.limit == 1
    assert [s.schedule.cron for s in deployment.schedules] == [CRON]
    assert deployment.paused is False


def test_manual_runs_use_their_parameters_and_never_overlap(served: Served, tmp_path: Path) -> None:
    """Two runs on one output at once: Prefect queues the second (deployment concurrency limit 1)."""
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.deployments import run_deployment

    output = tmp_path / "manual-out"
    params = {"inputs": [str(served.inputs)], "output": str(output), "threshold": 0.8, "keep_captions": True}
    runs = [run_deployment(DEPLOYMENT, parameters=params, timeout=0) for _ in range(2)]
    with get_client(sync_client=True) as client:
        def finished() -> list:
            states = [client.read_flow_run(r.id) for r in runs]
            return states if all(s.state.is_final() for s in states) else []

        done = _wait_for("two manual runs", finished, 240, served.proc, served.log)
        assert [r.state.type.value for r in done] == ["COMPLETED", "COMPLETED"], [r.state.message for r in done]
        first, second = sorted(done, key=lambda r: r.start_time)
        assert first.end_time <= second.start_time  # serialized, not racing for the output lock
        assert first.parameters == {**_deployment().parameters, **params}  # merged over the defaults
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=[first.id])))
    kinds = {a.key: a.type for a in artifacts if a.key}
    assert kinds == {"newsclean-report": "markdown", "newsclean-rejects": "table"}
    docs = pq.read_table(output / "documents")
    assert docs.num_rows == 5 and len(set(docs.column("doc_id").to_pylist())) == 5
    manifests = sorted((json.loads(p.read_text()) for p in (output / "manifests").glob("*.json")),
                       key=lambda m: m["started_at"])
    assert [m["counts"]["processed"] for m in manifests] == [5, 0]  # the second found nothing new
    assert manifests[0]["run_id"] in next(a.data for a in artifacts if a.key == "newsclean-report")
    assert manifests[0]["parameters"]["threshold"] == 0.8 and manifests[0]["parameters"]["keep_captions"] is True
    assert not served.output.exists() or not any((served.output / "manifests").glob("*.json"))


def test_cron_schedule_creates_scheduled_runs(served: Served) -> None:
    """Breaks silently with SQLAlchemy 2.1 (the scheduler service fails, /api/health stays ok)."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    deployment = _deployment()

    def scheduled() -> list:
        with get_client(sync_client=True) as client:
            return client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment.id])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(any_=[StateType.SCHEDULED]))),
            )

    runs = _wait_for("SCHEDULED runs from the cron schedule", scheduled, 60, served.proc, served.log)
    assert all(r.expected_start_time.hour == 3 and r.expected_start_time.minute == 17 for r in runs)


def test_invalid_threshold_is_refused_by_the_server(served: Served) -> None:
    from prefect.deployments import run_deployment
    from prefect.exceptions import PrefectHTTPStatusError

    params = {"threshold": 1.7}
    with pytest.raises(PrefectHTTPStatusError, match=r"threshold") as err:
        run_deployment(DEPLOYMENT, parameters=params, timeout=0)
    assert err.value.response.status_code == 409


def test_missing_input_fails_the_run_before_any_work(served: Served, tmp_path: Path) -> None:
    from prefect.deployments import run_deployment

    output = tmp_path / "never-written"
    params = {"inputs": [str(tmp_path / "missing")], "output": str(output)}
    run = run_deployment(DEPLOYMENT, parameters=params, timeout=120, poll_interval=1)
    assert run.state.is_failed()
    assert "inputs: input path does not exist" in run.state.message
    assert not output.exists()


# -- stopping `serve` -------------------------------------------------------------------------------


def _serve(api_url: str, work: Path, name: str, *extra: str) -> tuple[subprocess.Popen, Path, Any]:
    """A `newsclean serve` of its own deployment; returns (process, log, deployment) once registered."""
    from prefect import get_client

    shutil.copytree(SEEDS, work / "seeds")
    log = work / "serve.log"
    env = _env(work / "home", PREFECT_API_URL=api_url, PREFECT_RUNNER_POLL_FREQUENCY="2", PYTHONUNBUFFERED="1")
    proc = _start([str(BIN / "newsclean"), "serve", "seeds", "--output", "out", "--name", name, *extra], env, log, work)

    def registered() -> Any:
        with get_client(sync_client=True) as client:
            return client.read_deployment_by_name(f"clean-and-dedup/{name}")

    return proc, log, _wait_for(f"serve {name} registering", registered, 90, proc, log)


def _deployment_by_id(deployment_id: Any) -> Any:
    from prefect import get_client

    with get_client(sync_client=True) as client:
        return client.read_deployment(deployment_id)


def _runs(deployment_id: Any) -> list:
    from prefect import get_client
    from prefect.client.schemas.filters import DeploymentFilter, DeploymentFilterId

    with get_client(sync_client=True) as client:
        return client.read_flow_runs(deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])))


def _stopped_cleanly(proc: subprocess.Popen, log: Path, deployment_id: Any) -> list:
    """After a stop signal: serve exits 0 without a traceback; the deployment is paused; no run is
    left Late, Scheduled, Pending or Running. Returns the deployment's runs."""
    from prefect import get_client

    try:
        code = proc.wait(180)
    except subprocess.TimeoutExpired:
        _stop(proc)
        pytest.fail(f"serve did not stop:\n{log.read_text()[-3000:]}")
    text = log.read_text()
    assert code == 0, text[-3000:]
    assert "Traceback" not in text and "never awaited" not in text and "CancelledError" not in text, text[-3000:]
    assert "the deployment is paused" in text
    with get_client(sync_client=True) as client:
        assert client.read_deployment(deployment_id).paused is True
    runs = _runs(deployment_id)
    assert all(r.state.is_final() for r in runs), [(r.name, r.state.name) for r in runs]
    return runs


def test_sigint_while_idle_pauses_the_deployment(api_url: str, tmp_path: Path) -> None:
    proc, log, deployment = _serve(api_url, tmp_path, "stop-idle", "--cron", CRON)
    _wait_for("scheduled runs", lambda: _runs(deployment.id), 60, proc, log)
    os.kill(proc.pid, signal.SIGINT)  # Ctrl-C
    assert _stopped_cleanly(proc, log, deployment.id) == []  # the scheduled runs were deleted, none went Late
    (tmp_path / "again").mkdir()
    proc, log, _ = _serve(api_url, tmp_path / "again", "stop-idle", "--cron", CRON)  # serving again resumes it
    try:
        resumed = _wait_for("serve resuming the deployment",
                            lambda: (d := _deployment_by_id(deployment.id)) and not d.paused and d, 90, proc, log)
        assert resumed.schedules[0].active
    finally:
        os.kill(proc.pid, signal.SIGTERM)
    _stopped_cleanly(proc, log, deployment.id)


def test_sigterm_just_before_a_due_run(api_url: str, tmp_path: Path) -> None:
    """The run due a moment later has either finished (it was already picked up) or never starts."""
    from datetime import UTC, datetime

    proc, log, deployment = _serve(api_url, tmp_path, "stop-before-due", "--interval", "30")

    def next_due() -> Any:
        due = [r.expected_start_time for r in _runs(deployment.id) if r.state.is_scheduled()]
        soon = [d for d in due if (d - datetime.now(UTC)).total_seconds() > 4]
        return min(soon) if soon else None

    due = _wait_for("a scheduled run", next_due, 90, proc, log)
    time.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds() - 2))
    os.kill(proc.pid, signal.SIGTERM)
    runs = _stopped_cleanly(proc, log, deployment.id)
    assert all(r.state.is_completed() for r in runs), [(r.name, r.state.name) for r in runs]


@pytest.mark.parametrize("how", ["sigterm", "ctrl-c"])
def test_stop_during_a_run_lets_it_finish(api_url: str, tmp_path: Path, how: str) -> None:
    """SIGTERM to serve, or Ctrl-C in its terminal (SIGINT to the whole process group, run included)."""
    from prefect import get_client
    from prefect.deployments import run_deployment

    proc, log, deployment = _serve(api_url, tmp_path, f"stop-during-run-{how}", "--cron", CRON)
    run = run_deployment(f"clean-and-dedup/{deployment.name}", timeout=0)
    with get_client(sync_client=True) as client:
        _wait_for("the run to start", lambda: client.read_flow_run(run.id).state.is_running(), 120, proc, log)
    if how == "sigterm":
        os.kill(proc.pid, signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)
    runs = _stopped_cleanly(proc, log, deployment.id)
    assert [r.state.type.value for r in runs if r.id == run.id] == ["COMPLETED"]
    assert len(list((tmp_path / "out" / "manifests").glob("*.json"))) == 1  # its output was committed
