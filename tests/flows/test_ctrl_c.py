"""Ctrl-C on a terminal (SIGINT to the whole process group) stops `newsclean run` cleanly (tester finding F14).

Before the fix the SIGINT killed the embedded Prefect server, Prefect swallowed the KeyboardInterrupt in the
run's process, and the run went on against a dead API, holding the output's lock for many minutes."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pyarrow.dataset as ds

from tests.flows.cli_support import NEWSCLEAN, cli
from tests.flows.helpers import REPO, manifests, rows
from tests.flows.test_crash_and_lock import N_DOCS, corpus, wait_for


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    return True


def test_ctrl_c_stops_the_run_and_the_next_run_does_it_all(tmp_path: Path) -> None:
    inputs, out = corpus(tmp_path / "in"), tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    with open(tmp_path / "err.txt", "w") as err:
        proc = subprocess.Popen([*NEWSCLEAN, "run", str(inputs), "--output", str(out), "--workers", "2"],
                                cwd=REPO, env={**env, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL,
                                stderr=err, start_new_session=True)  # its own group, as a terminal's job
    wait_for(lambda: bool(list(out.glob("_staging/*/batch-*"))))  # the run is under way
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends: every process of the group
    assert proc.wait(timeout=60) == 130, (tmp_path / "err.txt").read_text()
    assert "interrupted (Ctrl-C)" in (tmp_path / "err.txt").read_text()
    wait_for(lambda: not _group_alive(proc.pid), timeout=30)  # no worker or forkserver left behind
    # the pools' semaphores are released before the exit: the resource tracker has none left to warn of (F9)
    assert "leaked semaphore" not in (tmp_path / "err.txt").read_text()
    assert not list((out / "manifests").glob("*.json")), "an interrupted run must not be committed"
    if (out / "documents").exists():
        ds.dataset(out / "documents").to_table()  # a reader never sees a torn file

    done = cli("run", str(inputs), "--output", str(out))  # takes the lock the stopped run held
    assert done.returncode == 0, done.stderr
    assert sorted(d["doc_id"] for d in rows(out, "documents")) == sorted(f"d{i}" for i in range(N_DOCS))
    assert len(manifests(out)) == 1 and manifests(out)[0]["counts"]["processed"] == N_DOCS


def test_ctrl_c_to_the_run_process_alone_stops_it_too(tmp_path: Path) -> None:
    inputs, out = corpus(tmp_path / "in"), tmp_path / "out"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    proc = subprocess.Popen([*NEWSCLEAN, "run", str(inputs), "--output", str(out)], cwd=REPO,
                            env={**env, "PYTHONPATH": str(REPO)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    wait_for(lambda: bool(list(out.glob("_staging/*/batch-*"))))
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=60) == 130  # not a committed run (exit 0) after minutes
    assert not list((out / "manifests").glob("*.json"))
