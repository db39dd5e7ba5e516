"""The LSH index in a real redis-server (started per test on a free port): same answers as the
embedded index, later runs flag copies of earlier ones through Redis, and a Redis that cannot be
used fails the run before any shard is written, without showing the password."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from flows.config import RunConfig
from flows.engines import redis_index
from flows.run.stages import run_pipeline
from tests.flows.engines_support import comparable, free_port, make_corpus, redis_server

redis = pytest.importorskip("redis", reason="the redis extra is not installed")


def _config(inputs: Path, output: Path, **kw) -> RunConfig:
    return RunConfig(inputs=[str(inputs)], output=str(output), **{"workers": 1, "batch_size": 30, **kw})


def _two_corpora(tmp_path: Path) -> tuple[Path, Path]:
    """in/a.jsonl (first run) and in/b.jsonl, whose documents copy paragraphs of a.jsonl."""
    first = make_corpus(tmp_path / "in" / "a.jsonl", 80, seed=3)
    make_corpus(tmp_path / "b.jsonl", 40, seed=4, start=1000, copy_from=first)
    return first.parent, tmp_path / "b.jsonl"


def _archive_duplicates(output: Path, first_ids: set[str]) -> list[dict]:
    """Second-run passages marked as duplicates of a first-run passage."""
    return [p for p in comparable(output)["passages"]
            if p["doc_id"] not in first_ids and (p["duplicate_of"] or "").split("#")[0] in first_ids]


def test_redis_index_gives_the_same_answers_and_flags_copies_of_earlier_runs(tmp_path: Path, monkeypatch) -> None:
    from flows.run import find_duplicates

    inputs, second = _two_corpora(tmp_path)
    with redis_server() as url:
        manifests = {}
        for mode, extra in (("embedded", {}), ("redis", {"redis_url": url})):
            out = tmp_path / mode
            first = run_pipeline(_config(inputs, out, **extra))
            if mode == "redis":  # the second run must find the first run's passages in Redis alone
                assert list((out / "state" / "index").iterdir())

                def no_parts(*args, **kw):
                    raise AssertionError("Redis mode read the index parts")

                monkeypatch.setattr(find_duplicates.lsh_index, "lookup", no_parts)
            (inputs / "b.jsonl").write_bytes(second.read_bytes())
            manifests[mode] = (first, run_pipeline(_config(inputs, out, **extra)))
            (inputs / "b.jsonl").unlink()
            monkeypatch.undo()
        r = redis.Redis.from_url(url)
        key = redis_index.prefix(_config(inputs, tmp_path / "redis", redis_url=url))
        assert {m.decode() for m in r.smembers(f"{key}runs")} == {m["run_id"] for m in manifests["redis"]}
        assert r.hlen(f"{key}_keys") == manifests["redis"][0]["counts"]["indexed_passages"] + \
            manifests["redis"][1]["counts"]["indexed_passages"]
    assert comparable(tmp_path / "redis") == comparable(tmp_path / "embedded")
    second_run = manifests["redis"][1]
    assert second_run["stages"]["dedup"]["archive_matches"] > 0
    assert second_run["counts"] == manifests["embedded"][1]["counts"]
    first_ids = {d["doc_id"] for d in comparable(tmp_path / "redis")["documents"] if int(d["doc_id"][4:]) < 1000}
    flagged = _archive_duplicates(tmp_path / "redis", first_ids)
    assert flagged and any(p["outlet"] != p["duplicate_of_outlet"] for p in _with_outlets(tmp_path / "redis", flagged))


def _with_outlets(output: Path, passages: list[dict]) -> list[dict]:
    outlet = {p["passage_id"]: p["outlet"] for p in comparable(output)["passages"]}
    return [{**p, "duplicate_of_outlet": outlet.get(p["duplicate_of"])} for p in passages]


def test_an_emptied_redis_is_refilled_from_the_shards(tmp_path: Path) -> None:
    inputs, second = _two_corpora(tmp_path)
    with redis_server() as url:
        run_pipeline(_config(inputs, tmp_path / "out", redis_url=url))
        redis.Redis.from_url(url).flushdb()  # e.g. a restart of a Redis without persistence
        (inputs / "b.jsonl").write_bytes(second.read_bytes())
        m = run_pipeline(_config(inputs, tmp_path / "out", redis_url=url))
    assert m["stages"]["dedup"]["archive_matches"] > 0


def test_pipelined_query_matches_datasketch(tmp_path: Path) -> None:
    """Our batched lookup returns what MinHashLSH.query returns, and a MinHash built by datasketch
    itself (hashfunc=shingle_hash) finds the inserted passage."""
    from cleaners.index.redis_lsh import minhash
    from cleaners.minhash import MinHasher

    texts = [f"tin {i} " + " ".join(f"w{(i * 7 + j) % 50}" for j in range(30)) for i in range(40)]
    tokens = [t.split() for t in texts]
    with redis_server() as url:
        (tmp_path / "in").mkdir()
        cfg = _config(tmp_path / "in", tmp_path / "out", redis_url=url)
        hasher = MinHasher(cfg.num_perm, cfg.ngram)
        sigs = hasher.signatures(tokens)
        index = redis_index.backend(cfg, tmp_path / "index", lambda: iter(()))
        index.insert("run-1", [f"p{i}" for i in range(len(texts))], sigs)
        lsh = index.open_lsh()
        found = index.query_many(sigs)
        for i, sig in enumerate(sigs):
            assert found[i] == {k.decode() for k in lsh.query(minhash(sig, cfg.num_perm))}
            assert f"p{i}" in found[i]
        theirs = hasher.datasketch(tokens[3])
        assert np.array_equal(theirs.hashvalues, sigs[3]) and b"p3" in lsh.query(theirs)


def test_unreachable_redis_fails_before_any_shard(tmp_path: Path) -> None:
    inputs, _ = _two_corpora(tmp_path)
    url = f"redis://:hunter2@127.0.0.1:{free_port()}/0"
    with pytest.raises(redis_index.RedisIndexError) as err:
        run_pipeline(_config(inputs, tmp_path / "out", redis_url=url))
    message = str(err.value)
    assert "unreachable" in message and "hunter2" not in message and "\n" not in message
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.parquet"))


def test_wrong_or_missing_password_fails_and_the_right_one_is_never_stored(tmp_path: Path, monkeypatch) -> None:
    inputs, _ = _two_corpora(tmp_path)
    out = tmp_path / "out"
    with redis_server(password="s3cret-pw") as url:
        host = url.removeprefix("redis://")
        for bad, expect in ((f"redis://:wrong-pw@{host}", "refused the password"),
                            (url, "needs a password")):
            with pytest.raises(redis_index.RedisIndexError, match=expect) as err:
                run_pipeline(_config(inputs, out, redis_url=bad))
            assert "wrong-pw" not in str(err.value) and "\n" not in str(err.value)
            assert not list(out.rglob("*.parquet"))
        m = run_pipeline(_config(inputs, out, redis_url=f"redis://:s3cret-pw@{host}"))
        assert m["parameters"]["redis_url"] == f"redis://:***@{host}"
        monkeypatch.setenv(redis_index.PASSWORD_ENV, "s3cret-pw")  # or from the environment
        (inputs / "a.jsonl").touch()
        run_pipeline(_config(inputs, out, redis_url=url, reprocess=True))
    stored = [p.read_text() for p in (out / "manifests").glob("*.json")]
    assert len(stored) == 2 and not any("s3cret-pw" in text for text in stored)
    assert all(json.loads(text)["parameters"]["redis_url"].startswith("redis://") for text in stored)


def test_an_index_built_with_other_settings_is_refused(tmp_path: Path) -> None:
    inputs, _ = _two_corpora(tmp_path)
    with redis_server() as url:
        run_pipeline(_config(inputs, tmp_path / "out", redis_url=url, num_perm=128))
        with pytest.raises(redis_index.RedisIndexError, match="num_perm=128 \\(this run: 96\\)"):
            run_pipeline(_config(inputs, tmp_path / "out", redis_url=url, num_perm=96))


def test_cli_keeps_the_password_out_of_prefect_and_fails_in_one_line(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.flows.helpers import REPO

    inputs, _ = _two_corpora(tmp_path)
    home = tmp_path / "prefect-home"
    env = {**os.environ, "PREFECT_HOME": str(home), "PYTHONPATH": str(REPO)}
    env.pop("PREFECT_API_URL", None)
    env.pop(redis_index.PASSWORD_ENV, None)
    with redis_server(password="s3cret-pw") as url:
        host = url.removeprefix("redis://")
        cmd = [sys.executable, "-m", "flows.cli", "run", str(inputs), "--output", str(tmp_path / "out")]
        bad = subprocess.run([*cmd, "--redis-url", f"redis://:wrong-pw@{host}"], env=env, cwd=REPO,
                             capture_output=True, text=True, timeout=300)
        assert bad.returncode == 1 and "refused the password" in bad.stderr and "Traceback" not in bad.stderr
        assert "wrong-pw" not in bad.stderr + bad.stdout
        ok = subprocess.run([*cmd, "--redis-url", f"redis://:s3cret-pw@{host}"], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=300)
        assert ok.returncode == 0, ok.stderr
    # Prefect stored the flow run's parameters in its database: the password is not among them
    stored = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert b"s3cret-pw" not in stored and b"127.0.0.1" in stored


def test_other_settings_are_refused_in_redis_mode_even_when_redis_was_emptied(tmp_path: Path) -> None:
    """Tester ATK10: the output's own settings check was skipped in Redis mode, so after Redis lost its keys
    (a restart without persistence) a run with another --threshold was accepted and switched the output: runs
    with the original settings were refused from then on. Now exit 2 and nothing written, as in embedded mode;
    Redis holding other settings is exit 2 too, with the way on."""
    from tests.flows.cli_support import cli

    inputs, second = _two_corpora(tmp_path)
    out = tmp_path / "out"
    with redis_server() as url:
        run_pipeline(_config(inputs, out, redis_url=url))
        redis.Redis.from_url(url).flushdb()
        (inputs / "b.jsonl").write_bytes(second.read_bytes())
        manifests = sorted((out / "manifests").glob("*.json"))
        refused = cli("run", str(inputs), "--output", str(out), "--redis-url", url, "--threshold", "0.5")
        assert refused.returncode == 2, refused.stderr
        assert "threshold=0.25 (this run: 0.5)" in refused.stderr and "Traceback" not in refused.stderr
        assert sorted((out / "manifests").glob("*.json")) == manifests
        fine = cli("run", str(inputs), "--output", str(out), "--redis-url", url, "--workers", "1")
        assert fine.returncode == 0, fine.stderr
        other = tmp_path / "other"  # a new output under the same prefix: Redis's own record refuses
        clash = cli("run", str(inputs), "--output", str(other), "--redis-url", url, "--threshold", "0.5",
                    "--redis-prefix", redis_index.prefix(_config(inputs, out, redis_url=url)))
        assert clash.returncode == 2 and "Run with the stored settings (--threshold 0.25" in clash.stderr, clash.stderr


def test_forget_reports_each_redis_problem_in_one_line_and_changes_nothing(tmp_path: Path) -> None:
    """Tester ATK10: `forget --redis-url` turned an unreachable server, a refused password and a malformed URL into
    tracebacks; now one line each (exit 1, or 2 for the URL, as `run`), the output untouched, no password shown."""
    from tests.flows.cli_support import cli

    inputs, _ = _two_corpora(tmp_path)
    out = tmp_path / "out"
    with redis_server(password="pw-1") as url:
        run_pipeline(_config(inputs, out, redis_url=url.replace("redis://", "redis://:pw-1@")))
        before = sorted((p.name, p.stat().st_size) for p in out.rglob("*") if p.is_file())
        host = url.removeprefix("redis://")
        for bad, code, says in ((f"redis://127.0.0.1:{free_port()}/0", 1, "unreachable"),
                                (f"redis://{host}", 1, "needs a password"),
                                (f"redis://:wrong-pw@{host}", 1, "refused the password"),
                                (f"http://{host}", 2, "redis_url")):
            done = cli("forget", str(out), "--doc-id", "d0", "--redis-url", bad)
            assert done.returncode == code and "Traceback" not in done.stderr, done.stderr
            assert says in done.stderr and "wrong-pw" not in done.stderr, done.stderr
        assert sorted((p.name, p.stat().st_size) for p in out.rglob("*") if p.is_file()) == before
