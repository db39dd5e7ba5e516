"""Issue 13, parts 3 and 4: `newsclean compact` merges the small shards of many runs (same rows,
crash-safe, later runs and upserts unaffected); `newsclean forget` removes documents from every
table and the index, re-elects canonical copies, and is crash-safe like a run."""

from __future__ import annotations

import hashlib
import json
import shutil
import signal
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from cleaners.index import index_parts, passage_key, read_part
from tests.flows.cli_support import check_nothing_lost, cli, records, write_jsonl
from tests.flows.helpers import manifests, rows
from tests.flows.helpers import run as run_pipeline

TABLES = ("documents", "passages", "rejects")


def snapshot(out: Path) -> dict[str, tuple[int, str]]:
    """Rows and a content hash (every column, rows in a canonical order) of each table, as a
    downstream reader sees it through pyarrow.dataset."""
    out_ = {}
    for table in TABLES:
        data = ds.dataset(out / table, format="parquet").to_table().to_pylist()
        lines = sorted(json.dumps(r, sort_keys=True, default=str, ensure_ascii=False) for r in data)
        out_[table] = (len(lines), hashlib.sha256("\n".join(lines).encode()).hexdigest())
    return out_


def hourly_runs(base: Path, n: int) -> tuple[Path, Path, set[str]]:
    """`n` tiny runs, each of a new file with two articles and a bad record (a reject row)."""
    inputs, out = base / "in", base / "out"
    ids = set()
    for k in range(n):
        recs = records(f"h{k}-", range(2))
        recs.append({"id": f"h{k}-bad", "outlet": "tin.vn", "text": ""})
        write_jsonl(inputs / f"hour{k:03d}.jsonl", recs)
        run_pipeline([inputs], out)
        ids |= {f"h{k}-0", f"h{k}-1"}
    return inputs, out, ids


def shard_count(out: Path) -> int:
    return sum(len(list((out / t).glob("*.parquet"))) for t in TABLES)


def test_compaction_of_many_small_runs_keeps_every_row_and_later_runs_work(tmp_path: Path) -> None:
    inputs, out, ids = hourly_runs(tmp_path, 30)
    before = snapshot(out)
    assert shard_count(out) == 90 and before["rejects"][0] == 30
    done = cli("compact", str(out))
    assert done.returncode == 0, done.stderr
    assert "compacted 90 files into 3" in done.stdout
    assert shard_count(out) == 3
    assert snapshot(out) == before  # same rows, same values
    m = manifests(out)[-1]
    assert m["kind"] == "compact" and len(m["compacted"]["replaced"]) == 3
    assert all(rel in m["shards"] and m["shards"][rel]["rows"] for rel in m["compacted"]["replaced"])
    assert cli("verify", str(out)).returncode == 0
    listing = cli("runs", str(out)).stdout.splitlines()
    assert "(compact)" in listing[-1]
    # one column layout for every row: the longer compact id does not shift its row
    assert len({line.index(" 20") + 1 for line in listing[1:]} | {listing[0].index("finished")}) == 1, listing
    # the next run's start-of-run check accepts the folder; an upsert finds its home shard
    changed = records("h3-", range(2), variant="sửa")
    write_jsonl(inputs / "hour003.jsonl", changed)
    m = run_pipeline([inputs], out)
    assert m["counts"]["processed"] == 2 and m["counts"]["replaced_documents"] == 2
    new = out / "documents" / f"{m['run_id']}.parquet"  # the run's own shard: the upserted rows went home
    assert pq.read_metadata(new).num_rows == 0
    docs = check_nothing_lost(out, ids)
    assert {d["text"].split(" ")[2] for d in docs if d["doc_id"].startswith("h3-")} == {"sửa"}
    assert not any(r["doc_id"] == "h3-bad" for r in rows(out, "rejects"))  # the re-read file's reject row went
    assert cli("verify", str(out)).returncode == 0
    after_run = snapshot(out)
    assert "compacted 6 files into 3" in cli("compact", str(out)).stdout  # the run's shards join the open one
    assert snapshot(out) == after_run and shard_count(out) == 3
    assert "nothing to compact" in cli("compact", str(out)).stdout


def test_compaction_groups_by_target_size(tmp_path: Path) -> None:
    _, out, _ = hourly_runs(tmp_path, 6)
    before = snapshot(out)
    size = max(p.stat().st_size for p in (out / "passages").glob("*.parquet")) / 1e6
    done = cli("compact", str(out), "--target-mb", f"{size * 2.5:.6f}")  # about 3 shards a group
    assert done.returncode == 0, done.stderr
    n = len(list((out / "passages").glob("*.parquet")))
    assert 2 <= n <= 3
    assert snapshot(out) == before


@pytest.mark.parametrize("point", ["before-journal", "mid-commit"])
def test_sigkill_during_compaction_leaves_the_tables_readable_and_complete(tmp_path: Path, point: str) -> None:
    _, out, ids = hourly_runs(tmp_path, 12)
    before = snapshot(out)
    done = cli("compact", str(out), env={"NEWSCLEAN_FAILPOINT": point})
    assert done.returncode == -signal.SIGKILL
    for table in TABLES:
        ds.dataset(out / table, format="parquet").to_table()  # readable: no torn file
    if point == "before-journal":
        assert snapshot(out) == before  # nothing visible changed
    again = cli("compact", str(out))  # finishes the interrupted commit (or discards staging), then compacts
    assert again.returncode == 0, again.stderr
    assert snapshot(out) == before
    assert shard_count(out) == 3 and not list((out / "_staging").iterdir())
    assert cli("verify", str(out)).returncode == 0
    check_nothing_lost(out, ids)


# -- forget ---------------------------------------------------------------------------------------


def article(doc_id: str, outlet: str, published: str, paragraphs: list[str]) -> dict:
    return {"id": doc_id, "outlet": outlet, "published": published, "text": "\n".join(paragraphs)}


def copies_setup(base: Path, **kw) -> tuple[Path, Path, dict]:
    """Run 1: a.vn's original a0 and unrelated articles; run 2: b.vn (09:00) and c.vn (10:00)
    republish a0's paragraphs; a bad record of a.vn leaves a reject row."""
    inputs, out = base / "in", base / "out"
    other = records("x", range(3))
    a0 = article("a0", "a.vn", "2024-05-01T08:00:00+07:00", other[0]["text"].replace("Bài x0", "Bài gốc").split("\n"))
    unique = article("u0", "a.vn", "2024-05-01T08:00:00+07:00", records("u", range(1))[0]["text"].split("\n"))
    write_jsonl(inputs / "run1.jsonl", [a0, unique, *other[1:], {"id": "a-bad", "outlet": "a.vn", "text": ""}])
    run_pipeline([inputs], out, **kw)
    paras = a0["text"].split("\n")
    write_jsonl(inputs / "run2.jsonl", [article("b0", "b.vn", "2024-05-01T09:00:00+07:00", paras),
                                        article("c0", "c.vn", "2024-05-01T10:00:00+07:00", paras)])
    run_pipeline([inputs], out, **kw)
    return inputs, out, {"a0": a0, "u0": unique}


def by_id(out: Path, table: str, key: str) -> dict[str, dict]:
    return {r[key]: r for r in rows(out, table)}


def indexed_pkeys(out: Path) -> set[int]:
    return {int(k) for p in index_parts(out / "state" / "index") for k in read_part(p).column("pkey").to_numpy()}


def test_forget_removes_rows_everywhere_and_reelects_canonicals(tmp_path: Path) -> None:
    inputs, out, arts = copies_setup(tmp_path)
    p = by_id(out, "passages", "passage_id")
    assert p["b0#0"]["duplicate_of"] == "a0#0" and p["c0#0"]["duplicate_of"] == "a0#0"
    assert {passage_key("a0#0"), passage_key("u0#0")} <= indexed_pkeys(out)
    done = cli("forget", str(out), "--doc-id", "a0", "--doc-id", "u0")
    assert done.returncode == 0, done.stderr
    assert "forgot 2 documents, 6 passages" in done.stdout
    docs, p = by_id(out, "documents", "doc_id"), by_id(out, "passages", "passage_id")
    assert "a0" not in docs and "u0" not in docs
    assert not any(x["doc_id"] in ("a0", "u0") for x in p.values())
    assert not ({passage_key(f"{d}#{i}") for d in ("a0", "u0") for i in range(3)} & indexed_pkeys(out))
    # b.vn published first among the remaining copies: canonical; c.vn's copy points at it
    for i in range(3):
        assert p[f"b0#{i}"]["duplicate_of"] is None and p[f"b0#{i}"]["cluster_id"] == f"b0#{i}"
        assert p[f"c0#{i}"]["duplicate_of"] == f"b0#{i}" and p[f"c0#{i}"]["cluster_id"] == f"b0#{i}"
        assert p[f"c0#{i}"]["similarity"] == pytest.approx(1.0)
    assert docs["b0"]["n_duplicate_passages"] == 0 and docs["c0"]["n_duplicate_passages"] == 3
    m = manifests(out)[-1]
    assert m["kind"] == "forget" and m["forgot"]["documents"] == ["a0", "u0"]
    assert m["forgot"]["reelected"] == {f"a0#{i}": f"b0#{i}" for i in range(3)}
    assert cli("verify", str(out)).returncode == 0
    # later copies of the forgotten passages: the unique one is not linked to anything
    write_jsonl(inputs / "run3.jsonl", [article("d0", "d.vn", "2024-05-02T08:00:00+07:00",
                                                arts["u0"]["text"].split("\n"))])
    m = run_pipeline([inputs], out)
    assert m["counts"]["processed"] == 1
    p = by_id(out, "passages", "passage_id")
    gone = {f"{d}#{i}" for d in ("a0", "u0") for i in range(3)}
    assert all(p[f"d0#{i}"]["duplicate_of"] is None and p[f"d0#{i}"]["cluster_id"] is None for i in range(3))
    assert not gone & {x["duplicate_of"] for x in p.values()} and not gone & {x["cluster_id"] for x in p.values()}


def test_forget_an_outlet_and_a_run(tmp_path: Path) -> None:
    _, out, _ = copies_setup(tmp_path)
    assert any(r["doc_id"] == "a-bad" for r in rows(out, "rejects"))
    done = cli("forget", str(out), "--outlet", "c.vn")
    assert done.returncode == 0, done.stderr
    assert "c0" not in by_id(out, "documents", "doc_id")
    first = manifests(out)[0]["run_id"]
    done = cli("forget", str(out), "--run", first)
    assert done.returncode == 0, done.stderr
    docs = by_id(out, "documents", "doc_id")
    assert set(docs) == {"b0"}  # run 1's documents gone; b0 is now unique
    assert not any(r["run_id"] == first for r in rows(out, "rejects"))
    assert all(x["duplicate_of"] is None and x["cluster_id"] is None for x in rows(out, "passages"))
    assert docs["b0"]["n_duplicate_passages"] == 0
    assert cli("verify", str(out)).returncode == 0
    assert "nothing to forget" in cli("forget", str(out), "--doc-id", "nope").stdout
    assert cli("forget", str(out)).returncode == 2


def test_a_forgotten_document_read_again_unchanged_stays_forgotten(tmp_path: Path) -> None:
    """Tester: after `forget`, a repair that reads the run's inputs again (or the same records in a rewritten
    or copied file) wrote the taken-down document again. Now such a record is a `forgotten` reject; a changed
    record, or --reprocess, brings the document back."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    recs = records("t", range(3))
    write_jsonl(inputs / "feed.jsonl", recs)
    run_pipeline([inputs], out)
    done = cli("forget", str(out), "--doc-id", "t1")
    assert done.returncode == 0, done.stderr
    assert list(manifests(out)[-1]["forgot"]["input_keys"]) == ["t1"]
    # the repair case: a damaged documents shard makes `repair` forget the inputs, so every record is read again
    for shard in (out / "documents").glob("*.parquet"):
        shard.write_bytes(b"garbage")
    fixed = cli("repair", str(out))
    assert fixed.returncode == 0 and "read again" in fixed.stdout, fixed.stdout + fixed.stderr
    # and the same record copied into another file
    write_jsonl(inputs / "copy.jsonl", [recs[1]])
    m = run_pipeline([inputs], out)
    assert {d["doc_id"] for d in rows(out, "documents")} == {"t0", "t2"}
    refused = [r for r in rows(out, "rejects") if r["reason"] == "forgotten"]
    # (the two identical copies of t1 are one record: the newer file's is refused, the other merged into it)
    assert [(r["doc_id"], r["source"]) for r in refused] == [("t1", "in/copy.jsonl#L1")]
    assert m["counts"]["balanced"] and m["counts"]["rejects_by_reason"] == {"forgotten": 1}
    # a changed record is a new version: it comes back
    write_jsonl(inputs / "copy.jsonl", [{**recs[1], "text": recs[1]["text"] + "\nMột đoạn mới được bổ sung sau."}])
    run_pipeline([inputs], out)
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert set(docs) == {"t0", "t1", "t2"} and "đoạn mới" in docs["t1"]["text"]
    check_nothing_lost(out, {"t0", "t1", "t2"})


@pytest.mark.parametrize("point", ["before-journal", "mid-commit"])
def test_sigkill_during_forget_leaves_the_before_or_the_after_state(tmp_path: Path, point: str) -> None:
    _, out, _ = copies_setup(tmp_path)
    clean = tmp_path / "clean"
    shutil.copytree(out, clean)
    assert cli("forget", str(clean), "--doc-id", "a0").returncode == 0
    before, after = snapshot(out), snapshot(clean)
    done = cli("forget", str(out), "--doc-id", "a0", env={"NEWSCLEAN_FAILPOINT": point})
    assert done.returncode == -signal.SIGKILL
    if point == "before-journal":
        assert snapshot(out) == before
    fixed = cli("repair", str(out))  # any command taking the lock finishes or discards it
    assert fixed.returncode == 0, fixed.stderr
    assert snapshot(out) == (before if point == "before-journal" else after)
    assert cli("verify", str(out)).returncode == 0


def test_the_compact_output_flow_runs_under_prefect(prefect_harness, tmp_path: Path) -> None:
    from flows.compaction import compact_output

    _, out, _ = hourly_runs(tmp_path, 5)
    before = snapshot(out)
    state = compact_output(output=str(out), return_state=True)
    assert state.is_completed()
    assert state.result()["files_before"] == 15 and state.result()["files_after"] == 3
    assert snapshot(out) == before and shard_count(out) == 3
    assert cli("serve-compact", "--help").returncode == 0


def test_the_compact_output_flow_on_a_path_without_runs_fails_and_creates_nothing(prefect_harness,
                                                                                    tmp_path: Path) -> None:
    """Tester ATK10: a scheduled compaction of a mistyped path created an empty output there and reported
    success; now the flow run fails naming the path, nothing is created, and serve-compact says so at start.
    A bad --timezone is one usage line (exit 2), as for `serve`."""
    from flows.compaction import compact_output

    typo = tmp_path / "typo" / "out"
    state = compact_output(output=str(typo), return_state=True)
    assert state.is_failed() and "no runs in" in str(state.message or state.result(raise_on_failure=False))
    assert not (tmp_path / "typo").exists()
    bad = cli("serve-compact", str(typo), "--timezone", "Mars/Olympus")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr and "--timezone" in bad.stderr, bad.stderr

def test_forget_in_redis_mode_removes_the_redis_entries_and_agrees_with_embedded(tmp_path: Path) -> None:
    redis = pytest.importorskip("redis", reason="the redis extra is not installed")
    from flows.config import RunConfig
    from flows.engines import redis_index
    from tests.flows.engines_support import redis_server

    results = {}
    with redis_server() as url:
        for mode, extra in (("embedded", {}), ("redis", {"redis_url": url})):
            _, out, _ = copies_setup(tmp_path / mode, **extra)
            args = ["--redis-url", url] if extra else []
            # forgetting without --redis-url leaves the Redis entries: the user is told (tester)
            warned = cli("forget", str(out), "--doc-id", "u0")
            assert warned.returncode == 0 and ("WARNING: the latest run used a Redis index" in warned.stderr) == bool(extra)
            done = cli("forget", str(out), "--doc-id", "a0", *args)
            assert done.returncode == 0, done.stderr
            assert "WARNING" not in done.stderr
            results[mode] = sorted((p["passage_id"], p["cluster_id"], p["duplicate_of"]) for p in rows(out, "passages"))
        key = redis_index.prefix(RunConfig(output=str(tmp_path / "redis" / "out"), redis_url=url))
        r = redis.Redis.from_url(url)
        assert not any(r.hexists(f"{key}_keys", f"a0#{i}") for i in range(3))
        assert all(r.hexists(f"{key}_keys", f"b0#{i}") for i in range(3))
    assert results["redis"] == results["embedded"]


@pytest.mark.parametrize("how", ["forget", "upsert"])
def test_a_reelection_between_undated_copies_goes_to_the_first_processed(tmp_path: Path, how: str) -> None:
    """ATK4 F7: an original and two undated copies in one run, the copy read first having the later id. When
    the original goes (forget, or an upsert with another text), the copy read first is elected, as one run over
    the remaining records elects it; re-election broke the tie by passage id (the other copy)."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    other = records("x", range(2))
    paras = other[0]["text"].split("\n")
    original = article("m0", "a.vn", "2024-05-01T08:00:00+07:00", paras)
    first, second = ({"id": d, "outlet": o, "text": "\n".join(paras)} for d, o in (("m-2", "b.vn"), ("m-1", "c.vn")))
    write_jsonl(inputs / "feed.jsonl", [original, first, second])
    run_pipeline([inputs], out)
    p = by_id(out, "passages", "passage_id")
    assert p["m-2#0"]["duplicate_of"] == "m0#0" and p["m-1#0"]["duplicate_of"] == "m0#0"
    if how == "forget":
        assert cli("forget", str(out), "--doc-id", "m0").returncode == 0
    else:  # the original's record replaced by another article
        write_jsonl(inputs / "feed.jsonl", [{**original, "text": other[1]["text"]}, first, second])
        run_pipeline([inputs], out)
    # one run over the remaining records: the first read of two undated copies is canonical
    alone = tmp_path / "alone"
    write_jsonl(alone / "in" / "feed.jsonl", [first, second])
    run_pipeline([alone / "in"], alone / "out")
    for o in (out, alone / "out"):
        p, docs = by_id(o, "passages", "passage_id"), by_id(o, "documents", "doc_id")
        for i in range(len(paras)):
            assert p[f"m-2#{i}"]["duplicate_of"] is None and p[f"m-2#{i}"]["cluster_id"] == f"m-2#{i}", o
            assert p[f"m-1#{i}"]["duplicate_of"] == f"m-2#{i}", o
        assert docs["m-2"]["duplicate_of"] is None and docs["m-1"]["duplicate_of"] == "m-2", o


def _windows(names: dict[str, int]) -> dict[str, dict]:
    """Undated records, each a 40-word window of one text (windows 11 words apart verify, 22 do not)."""
    from tests.flows.corpus import _paragraphs
    words = " ".join(_paragraphs("000", 9)).split()
    return {k: {"id": k, "outlet": f"{k}.vn", "text": " ".join(words[a : a + 40])} for k, a in names.items()}


def test_compaction_keeps_the_processing_order_that_decides_ties(tmp_path: Path) -> None:
    """Undated copies: the first processed is canonical. x0 (run 1) and y0 (run 3) are no copies of each
    other; l (run 4) bridges them, so the group is decided as one run: x0, processed first, is canonical
    and l joins it. Runs 1 and 2 are small and merged; run 3 is large and left alone. The merged file
    was named by the compaction (sorting after run 3's), so x0 read as processed after y0, and y0 won."""
    rec = _windows({"x0": 0, "y0": 22, "l": 11})
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "h1.jsonl", [rec["x0"], *records("a", range(2))])
    run_pipeline([inputs], out)
    write_jsonl(inputs / "h2.jsonl", records("b", range(2)))
    run_pipeline([inputs], out)
    write_jsonl(inputs / "h3.jsonl", [rec["y0"], *records("c", range(200))])
    run_pipeline([inputs], out)
    order = [m["run_id"] for m in manifests(out)]
    assert order == sorted(order)  # run ids sort in run order (the test's premise)
    sizes = {p.name: max(p.stat().st_size, (out / "documents" / p.name).stat().st_size)
             for p in (out / "passages").glob("*.parquet")}
    small, large = sorted(sizes.values())[1], max(sizes.values())
    assert small * 1.5 < large
    before = tmp_path / "before"
    shutil.copytree(out, before)
    done = cli("compact", str(out), "--target-mb", f"{(small * 1.2) / 1e6:.6f}")
    assert done.returncode == 0, done.stderr
    assert len(list((out / "passages").glob("*.parquet"))) == 2  # runs 1+2 merged, run 3 alone
    assert snapshot(out) == snapshot(before)
    # the merged file sorts where its runs did: before run 3's
    names = sorted(p.name for p in (out / "passages").glob("*.parquet"))
    assert names[1] == f"{order[2]}.parquet", names
    write_jsonl(inputs / "h4.jsonl", [rec["l"]])
    write_jsonl(tmp_path / "one" / "all.jsonl", [rec["x0"], rec["y0"], rec["l"]])
    answers = []
    for o in (out, before):
        run_pipeline([inputs], o)
        answers.append({p["passage_id"]: (p["cluster_id"], p["duplicate_of"]) for p in rows(o, "passages")
                        if p["doc_id"] in rec})
    run_pipeline([tmp_path / "one"], tmp_path / "single")
    single = {p["passage_id"]: (p["cluster_id"], p["duplicate_of"]) for p in rows(tmp_path / "single", "passages")}
    assert single == {"x0#0": ("x0#0", None), "l#0": ("x0#0", "x0#0"), "y0#0": (None, None)}
    # the same copies as one run (x0 keeps the null cluster id it was written with: README, coalesce)
    assert answers[1] == {**single, "x0#0": (None, None)}  # without compaction
    assert answers[0] == answers[1]  # after it
    assert cli("verify", str(out)).returncode == 0


def test_a_shard_compaction_cannot_merge_ends_a_group(tmp_path: Path) -> None:
    """A shard of another schema between two small ones is left alone, and the two are not merged past
    it (the merged file would hold the third run's rows before the second's)."""
    import pyarrow as pa

    from flows.storage.compact import plan
    from flows.storage.store import OutputStore

    inputs, out, _ = hourly_runs(tmp_path, 4)
    names = sorted(p.name for p in (out / "passages").glob("*.parquet"))
    odd = out / "passages" / names[1]
    pq.write_table(pq.read_table(odd).append_column("extra", pa.nulls(pq.read_metadata(odd).num_rows)), odd)
    groups = plan(OutputStore(out), target_mb=64)["pairs"]
    assert groups == [names[2:]], groups  # not [names[0], names[2], names[3]]


def test_forget_names_a_mistyped_id_and_one_forgotten_already(tmp_path: Path) -> None:
    """Tester ATK5 F4: an id matching no row is named with the README's wording, and an id an earlier `forget`
    removed is told apart from a mistyped one (both exit 1 when nothing matched)."""
    inputs, out = tmp_path / "in", tmp_path / "out"
    write_jsonl(inputs / "a.jsonl", records("a-", range(2)))
    run_pipeline([inputs], out)
    typo = cli("forget", str(out), "--doc-id", "a-5x")
    assert typo.returncode == 1
    assert "no rows of id 'a-5x' (not forgotten: check the spelling)" in typo.stderr
    assert cli("forget", str(out), "--doc-id", "a-0").returncode == 0
    again = cli("forget", str(out), "--doc-id", "a-0", "--doc-id", "a-9")
    assert again.returncode == 1
    assert "no rows of id 'a-9' (not forgotten: check the spelling)" in again.stderr
    assert "no rows of id 'a-0' (forgotten already)" in again.stderr
    mixed = cli("forget", str(out), "--doc-id", "a-1", "--doc-id", "a-0")
    assert mixed.returncode == 0 and "no rows of id 'a-0' (forgotten already)" in mixed.stdout
