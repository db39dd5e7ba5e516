"""Serve one deployment until SIGTERM or SIGINT, then stop cleanly.

`Flow.serve` (Prefect 3.8.8) stops badly: its SIGTERM handler calls the runner's sync `stop()`
from inside the event loop (never awaited) and raises SystemExit mid-poll, so a run fetched a
moment before still starts, the shutdown traceback hides the pause, and the deployment can stay
unpaused. Here the poll loop is ours and the signal only sets an event:

1. no new poll starts (one in flight finishes: runs it submitted count as started);
2. runs already started are waited for (a second signal cancels them instead: Prefect marks
   them Cancelled, never left Running);
3. leaving the runner pauses the deployment, which also deletes its not-yet-started scheduled
   runs, so none goes Late.

Uses two runner internals (the poller's poll-and-submit call and its set of runs in progress);
prefect is pinned to 3.8.8 and tests/flows/test_deploy.py checks the behaviour.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from typing import Any

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _say(message: str) -> None:
    print(f"newsclean: {message}", file=sys.stderr, flush=True)


async def _delete_late_scheduled_runs(deployment_id: Any, settle_seconds: float = 2.0) -> None:
    """Delete the schedule's runs that the server's scheduler inserted while the deployment was being
    paused (it read it as unpaused a moment before), as the pause itself does: none is left to go Late.
    Runs asked for by hand stay; they start when serve runs again."""
    from prefect import get_client
    from prefect.client.schemas.filters import (
        DeploymentFilter,
        DeploymentFilterId,
        FlowRunFilter,
        FlowRunFilterState,
        FlowRunFilterStateType,
    )
    from prefect.client.schemas.objects import StateType

    for attempt in range(2):  # again after a moment: an insert in flight lands after the first look
        if attempt:
            await asyncio.sleep(settle_seconds)
        async with get_client() as client:
            runs = await client.read_flow_runs(
                deployment_filter=DeploymentFilter(id=DeploymentFilterId(any_=[deployment_id])),
                flow_run_filter=FlowRunFilter(state=FlowRunFilterState(type=FlowRunFilterStateType(
                    any_=[StateType.SCHEDULED]))),
            )
            for run in runs:  # as Prefect's pause does: runs the schedule made, never started
                if run.auto_scheduled and not run.run_count:
                    await client.delete_flow_run(run.id)


async def serve_until_stopped(flow: Any, name: str, parameter_schema: dict | None = None, **options: Any) -> None:
    """Register `flow` as deployment `name` (`options` as for `Flow.to_deployment`; its parameter
    schema replaced by `parameter_schema` if given) and run its runs until a signal."""
    from prefect.runner import Runner
    from prefect.utilities.callables import ParameterSchema

    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    signals: list[int] = []

    def on_signal(signum: int) -> None:
        signals.append(signum)
        if len(signals) == 1:
            _say(f"{signal.Signals(signum).name}: no new runs; finishing the ones started, then pausing the schedule "
                 "(signal again to cancel them)")
            stop.set()
        elif len(signals) == 2:
            _say("cancelling the runs in progress")
            loop.create_task(runner.cancel_all())

    runner = Runner(name=name, pause_on_shutdown=True, webserver=False)
    for sig in STOP_SIGNALS:  # before registering: a signal while the deployment is (re)activated still pauses it
        loop.add_signal_handler(sig, on_signal, sig)
    try:
        deployment = await flow.ato_deployment(name=name, **options)
        if parameter_schema is not None:
            deployment._parameter_openapi_schema = ParameterSchema(**parameter_schema)
        deployment.work_pool_name = deployment.work_queue_name = None  # runs here, as with Flow.serve
        deployment_id = await runner.aadd_deployment(deployment)
        runner._deployment_registry.register_flow(deployment_id, flow)  # start runs from this process's flow
        async with runner:  # registers the deployment; leaving pauses it, then waits for runs
            poller = runner._scheduled_run_poller
            while not stop.is_set():
                try:
                    await poller._get_and_submit_flow_runs()
                except Exception as err:  # e.g. the server restarting: keep serving
                    _say(f"polling the Prefect server failed ({type(err).__name__}: {err}); retrying")
                try:
                    await asyncio.wait_for(stop.wait(), timeout=runner.query_seconds)
                except TimeoutError:
                    pass
            while poller._submitting_flow_run_ids:  # runs submitted or running: let them finish
                await asyncio.sleep(0.5)
            _say("pausing the deployment")
        await _delete_late_scheduled_runs(deployment_id)
    finally:
        for sig in STOP_SIGNALS:
            loop.remove_signal_handler(sig)
    _say("stopped; the deployment is paused (`newsclean serve` again resumes it)")
