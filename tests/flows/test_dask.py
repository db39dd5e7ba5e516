"""Per-batch work on real Dask clusters (2 worker processes): same answers as the embedded pool,
and a worker killed mid-run loses no batch."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from flows.config import RunConfig
from flows.engines import dask_cluster as engines
from flows.engines.dask_cluster import EngineError
from flows.run.stages import run_pipeline
from tests.flows.engines_support import comparable, free_port, make_corpus

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


def _config(inputs: Path, output: Path, **kw) -> RunConfig:
    return RunConfig(inputs=[str(inputs)], output=str(output), **{"workers": 1, "batch_size": 25, **kw})


def test_local_dask_cluster_gives_the_same_answers(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in" / "news.jsonl", 150, seed=7).parent
    embedded = run_pipeline(_config(corpus, tmp_path / "embedded"))
    dask = run_pipeline(_config(corpus, tmp_path / "dask", dask_workers=2))
    assert dask["counts"] == embedded["counts"] and dask["counts"]["balanced"]
    assert dask["counts"]["cross_outlet_duplicate_passages"] > 0
    assert comparable(tmp_path / "dask") == comparable(tmp_path / "embedded")
    assert dask["parameters"]["dask_workers"] == 2


def test_killed_worker_loses_no_batch(tmp_path: Path) -> None:
    """SIGKILL one worker process while extract batches run: the scheduler reruns its batches
    (the nanny restarts the worker) and every input is written exactly once."""
    n_docs = 600
    corpus = make_corpus(tmp_path / "in" / "news.jsonl", n_docs, seed=11, html=True).parent
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        client.run(lambda: __import__("flows.run.batch_work"))  # warm the workers so the run starts at once
        pids = client.run(os.getpid)
        killed: list[int] = []

        def progress(stage: str, done: int, total: int) -> None:
            if stage == "extract" and not killed and done >= 2 and total - done >= 6:
                victim = sorted(pids.values())[0]
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        result: dict = {}
        runner = threading.Thread(target=lambda: result.update(run_pipeline(
            _config(corpus, tmp_path / "dask", dask_address=cluster.scheduler_address, batch_size=10), progress)))
        runner.start()
        runner.join(timeout=240)
        assert not runner.is_alive(), "the run did not finish"
        assert killed, "no worker was killed during extract"
        deadline = time.monotonic() + 30  # the nanny restarts the killed worker
        while len(client.scheduler_info()["workers"]) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert killed[0] not in client.run(os.getpid).values()
        # the kill landed mid-run: some extract batch was started twice
        started = Counter(str(t[0]) for t in cluster.scheduler.transition_log
                          if str(t[0]).startswith("extract_batch") and t[2] == "processing")
        assert max(started.values()) >= 2, "no batch was running on the killed worker"
    counts = result["counts"]
    assert counts["inputs_seen"] == counts["processed"] == n_docs and counts["balanced"]
    docs = comparable(tmp_path / "dask")["documents"]
    assert len({d["doc_id"] for d in docs}) == len(docs) == n_docs
    run_pipeline(_config(corpus, tmp_path / "embedded", batch_size=10))
    assert comparable(tmp_path / "dask") == comparable(tmp_path / "embedded")


def test_unreachable_scheduler_fails_before_any_shard(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(engines, "CONNECT_TIMEOUT", 2.0)
    corpus = make_corpus(tmp_path / "in" / "news.jsonl", 5, seed=1).parent
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        run_pipeline(_config(corpus, tmp_path / "out", dask_address=address))
    assert time.monotonic() - started < 30
    assert not list((tmp_path / "out" / "documents").glob("*.parquet"))


def test_both_dask_options_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not both"):
        RunConfig(inputs=[str(tmp_path)], dask_address="tcp://127.0.0.1:8786", dask_workers=2)
