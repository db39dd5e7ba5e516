"""The `compact-output` Prefect flow (one task: `flows.storage.compact.compact`), and
`newsclean serve-compact`, which serves it on a schedule beside the `clean-and-dedup` deployment
(the output lock makes the two take turns)."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from flows.prefect_env import configure

configure()  # before prefect is imported

from prefect import flow, get_run_logger  # noqa: E402

from flows.storage.compact import TARGET_MB, compact  # noqa: E402
from flows.storage.store import OutputStore  # noqa: E402

DEFAULT_CRON = "30 3 * * *"  # daily, off the hour (hourly runs start on the hour)


@flow(name="compact-output")
def compact_output(output: str = "output", target_mb: float = TARGET_MB, lock_wait: float = 600.0) -> dict:
    """Merge the small shards of `output` (waits up to `lock_wait` s for a run holding the lock)."""
    log = get_run_logger()
    m = compact(OutputStore(Path(output)), target_mb, lock_wait, progress=log.info)
    if m is None:
        log.info("nothing to compact")
        return {"files_before": 0, "files_after": 0}
    c = m["compacted"]
    log.info(f"compacted {c['files_before']} files into {c['files_after']} (manifest {m['run_id']})")
    return {"run_id": m["run_id"], "files_before": c["files_before"], "files_after": c["files_after"], "rows": c["rows"]}


def cmd_serve_compact(args: argparse.Namespace) -> int:
    from prefect.schedules import Cron
    from prefect.settings import PREFECT_API_URL
    from prefect.types.entrypoint import EntrypointType

    from flows.deploy import NO_SERVER
    from flows.options import timezone_problem
    from flows.serving import serve_until_stopped

    if problem := timezone_problem(args.timezone):
        print(f"newsclean: error: {problem}", file=sys.stderr)
        return 2
    if not PREFECT_API_URL.value():
        print(f"newsclean: error: {NO_SERVER}", file=sys.stderr)
        return 2
    try:
        schedule = Cron(args.cron, timezone=args.timezone)
    except ValueError as err:
        print(f"newsclean: error: --cron: {err}", file=sys.stderr)
        return 2
    parameters = {"output": str(Path(args.output).resolve()), "target_mb": args.target_mb or TARGET_MB, "lock_wait": args.wait_lock}
    if not OutputStore(Path(args.output)).manifests.exists():  # served before the first run, or a mistyped path
        print(f"newsclean: note: {parameters['output']} holds no runs yet: each compaction fails with 'no runs in "
              "...' until a run writes there (check the path)", file=sys.stderr)
    print(f"newsclean: serving 'compact-output/{args.name}' (cron '{args.cron}') for {parameters['output']}", file=sys.stderr)
    asyncio.run(serve_until_stopped(compact_output, args.name, schedules=[schedule], parameters=parameters,
                                    concurrency_limit=1, entrypoint_type=EntrypointType.MODULE_PATH, tags=["newsclean"]))
    return 0
