"""The cost of a late original in a 1M-passage archive (issue 13): seconds, not a rewrite of the archive.

1. The VNTC subset (30,056 articles, ~224k passages) is processed into an output (`run_pipeline`).
2. Four replicas of its shards (ids prefixed, so 5 x the rows: ~1.1M passages) are added with an
   `import` manifest, their index entries with random band keys (as a year of other news would
   leave them: they occupy the index but propose no candidates), then `newsclean compact` merges
   everything into shards of its default target size, as a year of hourly runs would leave them.
3. Timed, each on a fresh copy of that archive (in-process `run_pipeline`, no Prefect start-up):
   a run adding one new unrelated article (the baseline cost of a small run) and a run adding the
   late original of an archived canonical article (the same text from another outlet, published
   a day before). The second must make the new article canonical and re-point every member of
   its clusters; what it rewrote is read from its manifest.

    .venv/bin/python -m bench.bench_late_original [--repeat 3]
"""

from __future__ import annotations

import argparse
import gzip
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

REPO = Path(__file__).resolve().parents[1]
VNTC = REPO.parent / "shared" / "evaldata" / "vntc_subset" / "vntc_xh_pl_tg.jsonl.gz"
REPLICAS = 4


def _prefix(t: pa.Table, columns: list[str], tag: str) -> pa.Table:
    for name in columns:
        if name in t.column_names:
            k = t.column_names.index(name)
            t = t.set_column(k, name, pc.binary_join_element_wise(pa.scalar(tag), t.column(name), ""))
    return t


def replicate(out: Path) -> int:
    """Add REPLICAS copies of the documents/passages shards (ids prefixed) and their index entries."""
    from cleaners.index.parts import passage_key, write_part
    from cleaners.lsh import lsh_params
    from flows.config import RunConfig
    from flows.storage import integrity
    from flows.storage.store import OutputStore, write_json_atomic

    cfg = RunConfig(inputs=["."], output=str(out))
    bands, _ = lsh_params(cfg.threshold, cfg.num_perm)
    store = OutputStore(out)
    rng = np.random.default_rng(5)
    shards, n_passages = {}, 0
    for k in range(1, REPLICAS + 1):
        tag = f"r{k}-"
        name = f"00000000T00000{k}Z-replica.parquet"
        for table, cols in (("documents", ["doc_id", "duplicate_of"]),
                            ("passages", ["passage_id", "doc_id", "cluster_id", "duplicate_of"])):
            t = pa.concat_tables([pq.read_table(p) for p in store.shards(table) if "replica" not in p.name])
            t = _prefix(t, cols, tag)
            dest = store.table_dir(table) / name
            pq.write_table(t, dest, compression="zstd")
            shards[str(dest.relative_to(out))] = integrity.file_info(dest)
            if table == "passages":
                ids = t.column("passage_id").to_pylist()
                n_passages += len(ids)
                pkeys = np.fromiter(map(passage_key, ids), dtype=np.uint64, count=len(ids))
                part = store.index_dir / name.replace(".parquet", ".arrow")
                write_part(part, rng.integers(0, 2**32, (len(ids), bands), dtype=np.uint32), pkeys)
                shards[str(part.relative_to(out))] = integrity.file_info(part)
    now = datetime.now(UTC).isoformat()
    write_json_atomic(store.manifests / "00000000T000009Z-replica.json",
                      {"run_id": "00000000T000009Z-replica", "kind": "import", "started_at": "0000",
                       "finished_at": now, "shards": shards, "deleted": []})
    return n_passages


def one_run(out: Path, inputs: Path) -> tuple[float, dict]:
    """Wall seconds and manifest of one in-process run in a fresh interpreter."""
    code = (
        "import sys, time, json\n"
        "from flows.config import RunConfig\nfrom flows.run.stages import run_pipeline\n"
        "if __name__ == '__main__':\n"
        "    t = time.perf_counter()\n"
        f"    m = run_pipeline(RunConfig(inputs=[{str(inputs)!r}], output={str(out)!r}))\n"
        "    print(json.dumps({'seconds': time.perf_counter() - t, 'run_id': m['run_id']}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    r = json.loads(done.stdout.strip().splitlines()[-1])
    return r["seconds"], json.loads((out / "manifests" / f"{r['run_id']}.json").read_text())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--articles", type=int, default=0, help="VNTC articles in the archive (0: all)")
    parser.add_argument("--target-mb", type=float, default=None, help="`newsclean compact --target-mb` (default: its own)")
    args = parser.parse_args()
    from flows.config import RunConfig
    from flows.run.stages import run_pipeline

    with tempfile.TemporaryDirectory(prefix="late-") as tmp:
        tmp_path = Path(tmp)
        src = tmp_path / "vntc" / "vntc.jsonl.gz"  # compressed: under the 64 MB file cap
        src.parent.mkdir()
        with gzip.open(VNTC, "rt", encoding="utf-8") as f, gzip.open(src, "wt", encoding="utf-8") as g:
            for i, line in enumerate(f):
                if args.articles and i >= args.articles:
                    break
                rec = json.loads(line)
                g.write(json.dumps({"id": rec["id"], "outlet": rec["outlet"], "published": "2007-01-02T00:00:00Z",
                                    "text": rec["text"]}, ensure_ascii=False) + "\n")
        archive = tmp_path / "archive"
        t0 = time.perf_counter()
        run_pipeline(RunConfig(inputs=[str(src.parent)], output=str(archive)))
        # an archived canonical article with copies (before replication): its late original
        t = ds.dataset(archive / "passages", format="parquet").to_table(columns=["duplicate_of"])
        canon_docs = Counter(d.rsplit("#", 1)[0] for d in t.column("duplicate_of").drop_null().to_pylist())
        print(f"archive run: {t.num_rows:,} passages, {sum(canon_docs.values()):,} duplicates", flush=True)
        n_rep = replicate(archive)
        target = ["--target-mb", str(args.target_mb)] if args.target_mb else []
        done = subprocess.run([sys.executable, "-m", "flows.cli", "compact", str(archive), *target],
                              capture_output=True, text=True, cwd=REPO)
        assert done.returncode == 0, done.stderr
        build_s = time.perf_counter() - t0
        passages = ds.dataset(archive / "passages", format="parquet")
        n_total = passages.count_rows()
        files = {t: sorted((p.name, round(p.stat().st_size / 1e6, 1)) for p in (archive / t).glob("*.parquet"))
                 for t in ("documents", "passages")}
        target = canon_docs.most_common(1)[0][0]
        with gzip.open(src, "rt", encoding="utf-8") as f:
            rec = next(json.loads(line) for line in f if json.loads(line)["id"] == target)
        cases = {
            "new unrelated article": {"id": "fresh-1", "outlet": "example.vn", "published": "2007-01-03T00:00:00Z",
                                      "text": "Một bài viết mới hoàn toàn khác.\n" + " ".join(f"từ{i}" for i in range(60))},
            "late original": {**rec, "id": "orig-1", "outlet": "original.vn", "published": "2007-01-01T00:00:00Z"},
        }
        results = {}
        for label, record in cases.items():
            inputs = tmp_path / f"in-{label[:4]}"
            inputs.mkdir()
            (inputs / "new.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
            times, manifest, out = [], None, tmp_path / "out"
            for _ in range(args.repeat):
                shutil.rmtree(out, ignore_errors=True)
                shutil.copytree(archive, out)
                seconds, manifest = one_run(out, inputs)
                times.append(seconds)
            if label == "late original":
                p = ds.dataset(out / "passages", format="parquet").to_table(
                    columns=["doc_id", "n_words", "duplicate_of"]).to_pylist()
                moved = [r for r in p if r["doc_id"] == target and r["n_words"] >= 25]
                assert moved and all(r["duplicate_of"] and r["duplicate_of"].startswith("orig-1#") for r in moved), \
                    "the late original did not become canonical"
            results[label] = {"median_s": round(statistics.median(times), 2), "times": [round(x, 2) for x in times],
                              "write": manifest["stages"]["write"], "dedup": {
                                  k: manifest["stages"]["dedup"].get(k) for k in
                                  ("archive_candidates", "archive_matches", "archived_passages_moved")},
                              "stage_seconds": {k: v.get("seconds") for k, v in manifest["stages"].items()
                                                if isinstance(v, dict) and "seconds" in v}}
    print(f"Archive: {n_total:,} passages ({n_rep:,} of them replicas), built and compacted in {build_s:.0f} s; "
          f"files: {files}")
    print(f"Late original of {target} ({canon_docs[target]} archived copies of its passages)\n")
    print("| run (1 new article) | median wall s (in-process, no Prefect) | rewritten shards | earlier passages updated |")
    print("|---|---:|---:|---:|")
    for label, r in results.items():
        print(f"| {label} | {r['median_s']} {r['times']} | {r['write'].get('rewritten_shards')} | "
              f"{r['write'].get('earlier_passages_updated')} |")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    started = time.perf_counter()
    main()
    print(f"\n({time.perf_counter() - started:.0f} s)")
