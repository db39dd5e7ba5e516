"""`newsclean serve`: register the scheduled `clean-and-dedup` deployment and run it with `flow.serve`."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from flows.config import RunConfig
from flows.options import (
    EXIT_FAILED,
    EXIT_USAGE,
    add_config_options,
    config_from_args,
    format_validation,
    seconds,
    timezone_problem,
)

DEFAULT_CRON = "0 * * * *"
NO_SERVER = (
    "newsclean serve and serve-compact need a Prefect server (the embedded one has no scheduler).\n"
    "  In another terminal run:   prefect server start\n"
    "  then here:                 export PREFECT_API_URL=http://127.0.0.1:4200/api"
)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `serve` sub-command."""
    serve = subparsers.add_parser(
        "serve",
        help="register and serve the scheduled clean-and-dedup deployment (needs `prefect server start`)",
        description="Register the clean-and-dedup deployment on the Prefect server at PREFECT_API_URL and "
        "run its scheduled and manual runs until stopped (Ctrl-C pauses the schedule). INPUT and the "
        "options below become the deployment's default parameters.",
    )
    add_config_options(serve, inputs_required=False)
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", default=None, help=f"cron schedule (default: '{DEFAULT_CRON}', hourly)")
    when.add_argument("--interval", type=float, default=None, metavar="SECONDS", help="run every SECONDS instead")
    serve.add_argument("--timezone", default=None, metavar="TZ",
                       help="IANA time zone of the schedule, e.g. Asia/Ho_Chi_Minh (default: UTC)")
    serve.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    serve.add_argument("--wait-lock", type=seconds, default=0.0, metavar="SECONDS",
                       help="default lock_wait of runs: wait this long for another run on the same output "
                       "(default: 0, fail at once)")
    serve.set_defaults(handler=cmd_serve)


def _fail(message: str, code: int = EXIT_USAGE) -> int:
    print(f"newsclean: error: {message}", file=sys.stderr)
    return code


def _default_parameters(config: RunConfig, lock_wait: float) -> dict:
    """The deployment's default parameters; paths made absolute so runs do not depend on a folder."""
    absolute = config.model_copy(update={
        "inputs": [str(Path(p).resolve()) for p in config.inputs],
        "output": str(Path(config.output).resolve()),
    })
    return {**absolute.model_dump(mode="json"), "lock_wait": lock_wait}


def cmd_serve(args: argparse.Namespace) -> int:
    """Validate the options, check the server, then serve until interrupted."""
    if not args.inputs:
        args.inputs = None
    try:
        config = config_from_args(args)
    except ValidationError as err:
        return _fail(format_validation(err))
    if problem := timezone_problem(args.timezone):
        return _fail(problem)
    if args.interval is not None and args.interval <= 0:
        return _fail("--interval: must be a positive number of seconds")
    if config.redis_url and "@" in config.redis_url.split("://", 1)[-1].split("/", 1)[0]:
        return _fail("--redis-url: a deployment stores its parameters on the Prefect server; give the Redis "
                     "password with --redis-password-block NAME or NEWSCLEAN_REDIS_PASSWORD, not in the URL")
    from flows.prefect_env import configure

    configure()  # before prefect is imported
    from prefect.client.orchestration import get_client
    from prefect.schedules import Cron, Interval
    from prefect.settings import PREFECT_API_URL
    from prefect.types.entrypoint import EntrypointType

    from flows import form
    from flows.flow import SERVE_CHILD_ENV, clean_and_dedup
    from flows.serving import serve_until_stopped

    os.environ[SERVE_CHILD_ENV] = "1"  # after the import: runs (spawned children) ignore Ctrl-C from the start
    from flows.storage.store import OutputError, OutputStore

    api_url = PREFECT_API_URL.value()
    if not api_url:
        return _fail(NO_SERVER)
    try:
        if args.interval is not None:
            schedule = Interval(args.interval, timezone=args.timezone)
        else:
            schedule = Cron(args.cron or DEFAULT_CRON, timezone=args.timezone)
    except ValueError as err:
        return _fail(f"--cron: {err}")
    with get_client(sync_client=True) as client:
        unhealthy = client.api_healthcheck()
    if unhealthy is not None:
        return _fail(f"cannot reach the Prefect server at PREFECT_API_URL={api_url} ({unhealthy}).\n"
                     "  Is `prefect server start` running?", EXIT_FAILED)
    try:
        OutputStore(Path(config.output)).check_writable()
    except OutputError as err:
        return _fail(str(err))

    parameters = _default_parameters(config, args.wait_lock)
    when = f"every {args.interval:g} s" if args.interval is not None else f"cron '{args.cron or DEFAULT_CRON}'"
    print(f"newsclean: serving '{clean_and_dedup.name}/{args.name}' ({when}, {args.timezone or 'UTC'}) on {api_url}\n"
          f"  default parameters: {', '.join(parameters['inputs'])} -> {parameters['output']}\n"
          "  Ctrl-C (or SIGTERM) stops serving: runs in progress finish, then the schedule is paused.", file=sys.stderr)
    asyncio.run(serve_until_stopped(
        clean_and_dedup,
        args.name,
        parameter_schema=form.parameter_schema(),  # titled, grouped fields (Prefect's own: raw names)
        schedules=[schedule],
        parameters=parameters,
        concurrency_limit=1,  # runs of this deployment queue behind each other (the output lock is the backstop)
        entrypoint_type=EntrypointType.MODULE_PATH,  # importable from any working directory
        tags=["newsclean"],
    ))
    return 0
