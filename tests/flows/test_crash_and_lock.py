"""Crash safety (SIGKILL at any moment, then a rerun) and one writer per output folder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from flows.config import RunConfig
from flows.run.stages import run_pipeline
from flows.storage.store import LockedError, OutputStore
from tests.flows.helpers import REPO, copy_seeds, manifests, rows, run

N_DOCS = 400


def corpus(path: Path, n: int = N_DOCS, prefix: str = "d") -> Path:
    path.mkdir()
    words = "hợp tác kinh tế quốc phòng giáo dục y tế nông nghiệp du lịch giao thông năng lượng môi trường".split()
    with open(path / "docs.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n):
            paras = [" ".join(words[(i * 7 + j * 3 + k) % len(words)] for k in range(30)) + f" số {i}-{j}."
                     for j in range(6)]
            fh.write(json.dumps({"id": f"{prefix}{i}", "outlet": f"o{i % 4}.vn", "text": "\n".join(paras)}) + "\n")
    return path


class Child:
    """A pipeline run in a child process; its output goes to files (no pipes a killed tree keeps open)."""

    def __init__(self, output: Path, inputs: list[Path], lock_wait: float, env: dict[str, str]) -> None:
        log_dir = output.parent / "logs"
        log_dir.mkdir(exist_ok=True)
        self.out_path, self.err_path = log_dir / f"{id(self)}.out", log_dir / f"{id(self)}.err"
        with open(self.out_path, "w") as out, open(self.err_path, "w") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "tests.flows.runner", str(output), str(lock_wait), *map(str, inputs)],
                cwd=REPO, env={**os.environ, **env}, stdout=out, stderr=err,
            )

    @property
    def returncode(self) -> int | None:
        return self.proc.returncode

    def poll(self) -> int | None:
        return self.proc.poll()

    def send_signal(self, sig: int) -> None:
        self.proc.send_signal(sig)

    def communicate(self, timeout: float) -> tuple[str, str]:
        self.proc.wait(timeout=timeout)
        return self.out_path.read_text(), self.err_path.read_text()


def start(output: Path, inputs: list[Path], lock_wait: float = 0.0, **env: str) -> Child:
    return Child(output, inputs, lock_wait, env)


def assert_each_input_once(output: Path, expected_ids: set[str]) -> None:
    docs = rows(output, "documents")
    ids = [d["doc_id"] for d in docs]
    assert sorted(ids) == sorted(expected_ids), "an input is missing or counted twice"
    passages = [p["passage_id"] for p in rows(output, "passages")]
    assert len(passages) == len(set(passages))
    assert all(m["counts"]["balanced"] for m in manifests(output))


def test_killed_during_commit_is_rolled_forward(tmp_path: Path) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    p = start(out, [seeds], NEWSCLEAN_FAILPOINT="mid-commit")
    p.communicate(timeout=300)
    assert p.returncode == -signal.SIGKILL
    assert not list((out / "manifests").glob("*.json"))
    ds.dataset(out / "documents").to_table()  # a reader never sees a torn file
    m = run([seeds], out)  # recovers the interrupted commit, then finds nothing new
    assert m["counts"]["skipped_unchanged"] == 5 and m["counts"]["processed"] == 0
    assert len(manifests(out)) == 2 and not list((out / "_staging").iterdir())
    assert sorted(p.stem for p in (out / "reports").glob("*.md")) == sorted(x["run_id"] for x in manifests(out))
    assert_each_input_once(out, {d["doc_id"] for d in rows(out, "documents")})
    assert len(rows(out, "documents")) == 5


def test_killed_before_the_journal_is_discarded(tmp_path: Path) -> None:
    seeds, out = copy_seeds(tmp_path / "seeds"), tmp_path / "out"
    p = start(out, [seeds], NEWSCLEAN_FAILPOINT="before-journal")
    p.communicate(timeout=300)
    assert p.returncode == -signal.SIGKILL
    assert list((out / "_staging").iterdir()) and not list((out / "documents").glob("*.parquet"))
    assert not (out / "reports").exists() or not list((out / "reports").iterdir())  # no report of a run that never was
    m = run([seeds], out)
    assert m["counts"]["processed"] == 5 and m["stages"]["recovery"]
    assert len(rows(out, "documents")) == 5


def wait_for(condition, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.parametrize("delay", [0.0, 0.4, 1.2, 2.5])
def test_sigkill_at_any_moment_then_rerun(tmp_path: Path, delay: float) -> None:
    inputs, out = corpus(tmp_path / "in"), tmp_path / "out"
    p = start(out, [inputs])
    wait_for(lambda: bool(list(out.glob("_staging/*/batch-*"))))  # the run is under way
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    p.communicate(timeout=60)
    ds.dataset(out / "documents").to_table()
    done = start(out, [inputs])
    stdout, stderr = done.communicate(timeout=300)
    assert done.returncode == 0, stderr
    assert_each_input_once(out, {f"d{i}" for i in range(N_DOCS)})


def test_second_concurrent_run_fails_naming_the_first(tmp_path: Path) -> None:
    inputs, out = corpus(tmp_path / "in"), tmp_path / "out"
    first = start(out, [inputs])
    wait_for(lambda: (out / ".lock").exists() and bool((out / ".lock").read_text()))
    second = start(out, [inputs])
    _, err2 = second.communicate(timeout=300)
    out1, err1 = first.communicate(timeout=300)
    assert first.returncode == 0, err1
    assert second.returncode == 1
    assert "another newsclean run is writing to" in err2 and out1.strip() in err2
    assert_each_input_once(out, {f"d{i}" for i in range(N_DOCS)})


def test_a_waiting_run_goes_after_the_first(tmp_path: Path) -> None:
    inputs, out = corpus(tmp_path / "in", 100), tmp_path / "out"
    store = OutputStore(out)
    store.check_writable()
    store.acquire("holder-run")
    with pytest.raises(LockedError, match="holder-run"):
        run_pipeline(RunConfig(inputs=[str(inputs)], output=str(out), workers=1))
    waiting = start(out, [inputs], lock_wait=120)
    time.sleep(1.0)
    assert waiting.poll() is None  # still waiting for the lock
    store.release()
    # a run that takes the lock at once, likely before the waiting one polls again: whichever goes first,
    # run ids (and so shard names) sort in the order the runs wrote (ids were made before waiting)
    other = corpus(tmp_path / "other", 3, prefix="o")
    run_pipeline(RunConfig(inputs=[str(other)], output=str(out), workers=1), lock_wait=120)
    _, err = waiting.communicate(timeout=300)
    assert waiting.returncode == 0, err
    assert_each_input_once(out, {f"d{i}" for i in range(100)} | {f"o{i}" for i in range(3)})
    ids = [m["run_id"] for m in sorted(manifests(out), key=lambda m: m["finished_at"])]
    assert len(ids) == 2 and ids == sorted(ids), ids


def test_a_run_id_is_made_once_the_lock_is_held(tmp_path: Path) -> None:
    """A run that waits for the lock names itself after the run before it has written: shard names (run
    ids) must sort in the order runs wrote, which decides ties between undated copies."""
    import threading

    from flows.run.context import new_run_id

    holder, waiter = OutputStore(tmp_path), OutputStore(tmp_path)
    holder.check_writable()
    holder.acquire("holder-run")
    first = new_run_id()  # the id a waiting run would have had, made before it waited
    got: list[str] = []
    t = threading.Thread(target=lambda: got.append(waiter.acquire(new_run_id, wait_seconds=30)))
    t.start()
    time.sleep(1.2)
    assert not got  # still waiting
    later = new_run_id()  # a run that wrote meanwhile
    holder.release()
    t.join(30)
    waiter.release()
    assert len(got) == 1 and first < later < got[0], (first, later, got)
