"""The timeline of one `newsclean run`: when start-up, Prefect and each stage began and ended, with
the CLI process's CPU seconds at each point (issue 17: where the fixed cost of a run goes).

    PREFECT_HOME=... .venv/bin/python -m bench.run_timeline INPUT... --output OUT [newsclean run options]

Runs the real command line in this process (same code path as `newsclean run`); the functions of
interest are wrapped when their modules are imported (nothing in the product changes), and
imports of a few heavy modules are timed. At exit it prints lines `seconds  cpu  event` on stderr:
`> name` when a call or import began, `< name` when it ended; seconds from this process's start,
CPU of this process (threads included; worker processes and the Prefect server are not).
"""

from __future__ import annotations

import atexit
import functools
import importlib.abc
import sys
import time

import psutil

_T0 = psutil.Process().create_time()
EVENTS: list[tuple[float, float, str]] = []

WRAP = {
    "flows.cli": ["cmd_run", "_nothing_new", "_run_flow"],
    "flows.embedded_server": ["launch", "start", "stop"],
    "flows.run.executor": ["start_pool_server", "stop_pool_server"],
    "flows.run.head_start": ["start"],
    "flows.run.stages": ["plan", "extract", "learn", "sign", "dedup", "write", "commit", "open_run", "close_run"],
    "flows.flow": ["run_local", "_publish", "plan_task", "extract_task", "learn_task", "sign_task", "dedup_task",
                   "write_task", "commit_task"],
}
TIMED_IMPORTS = set(WRAP) | {"prefect", "pyarrow", "pydantic", "flows.config", "flows.run.noop"}


def mark(what: str) -> None:
    EVENTS.append((time.time() - _T0, time.process_time(), what))


def _wrap(module, name: str) -> None:
    fn = getattr(module, name, None)
    if fn is None:
        return
    label = f"{module.__name__}.{name}"

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        mark(f"> {label}")
        try:
            return fn(*args, **kwargs)
        finally:
            mark(f"< {label}")

    setattr(module, name, wrapper)


class _Finder(importlib.abc.MetaPathFinder):
    """Times the imports in TIMED_IMPORTS and wraps the functions in WRAP once their module is loaded."""

    def find_spec(self, name, path, target=None):
        if name not in TIMED_IMPORTS:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        run = spec.loader.exec_module

        def exec_module(module, run=run, name=name):
            mark(f"> import {name}")
            run(module)
            mark(f"< import {name}")
            for fn in WRAP.get(name, []):
                _wrap(module, fn)

        spec.loader.exec_module = exec_module
        return spec


def _print() -> None:
    mark("exit")
    for seconds, cpu, what in EVENTS:
        print(f"{seconds:8.3f} {cpu:7.2f}  {what}", file=sys.stderr)


def main() -> int:
    sys.meta_path.insert(0, _Finder())
    atexit.register(_print)
    mark("timeline start")
    from flows.cli import main as cli

    return cli(["run", *sys.argv[1:]])


if __name__ == "__main__":  # worker processes import this module again as __mp_main__: nothing to do there
    sys.exit(main())
