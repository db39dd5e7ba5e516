"""The stages of a run as plain functions over a `RunContext`; `flows.flow` wraps each in a task.

plan -> extract -> learn -> sign -> dedup -> write -> commit. Stages exchange files in the run's
staging folder and return small dicts of counts (what Prefect records and the report shows).
This module holds the first four; `flows.run.find_duplicates` and `flows.run.publish` the rest.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners.index.embedded import MAX_PARTS as MAX_INDEX_PARTS
from cleaners.learned import LineStat, PatternConfig, learn_patterns
from flows.config import RunConfig
from flows.run import batch_work
from flows.run.context import (
    Progress,
    RunContext,
    close_run,
    new_run_id,
    open_run,
    read_table_or_empty,
    timed,
)
from flows.run.executor import default_workers, map_batches
from flows.run.find_duplicates import dedup
from flows.run.publish import commit, manifest, write
from flows.storage import schemas
from flows.storage.sources import Reject, discover, file_sha256, read_records
from flows.storage.store import OutputStore


def _existing_docs(store: OutputStore) -> dict[str, str]:
    out: dict[str, str] = {}
    for shard in store.shards("documents"):
        t = pq.read_table(shard, columns=["doc_id", "source"])
        out.update(zip(t.column("doc_id").to_pylist(), t.column("source").to_pylist(), strict=True))
    return out


def _source_file(source: str, files: set[str]) -> str:
    """The input file a document's `source` came from ("file" or "file#L12")."""
    return source if source in files else source.rsplit("#", 1)[0]


@timed
def plan(ctx: RunContext) -> dict:
    """Find inputs, skip unchanged files, stream new records into raw batch files."""
    cfg = ctx.config
    files, rejects = discover(cfg.inputs)
    prev = {r["path"]: r for r in read_table_or_empty(ctx.store.state / "inputs.parquet", schemas.INPUTS).to_pylist()}
    existing = _existing_docs(ctx.store)
    max_bytes = int(cfg.max_file_mb * 1024 * 1024)
    state_rows = dict(prev)
    skipped_docs = skipped_files = 0
    read_sources: set[str] = set()
    seen_ids: dict[str, str] = {}
    batch: list[dict] = []
    n_batches = n_records = 0

    def flush() -> None:
        nonlocal batch, n_batches
        if batch:
            n_batches += 1
            pq.write_table(pa.Table.from_pylist(batch, schema=schemas.RAW), ctx.staging / f"batch-{n_batches:05d}.raw.parquet")
            batch = []

    for f in files:
        old = prev.get(f.path)
        unchanged_stat = old is not None and old["size"] == f.size and old["mtime_ns"] == f.mtime_ns
        sha = old["sha256"] if unchanged_stat else file_sha256(f.path)
        if not cfg.reprocess and old is not None and old["sha256"] == sha:
            skipped_docs += old["n_docs"]
            skipped_files += 1
            continue
        read_sources.add(f.display)
        n_docs = 0
        for rec in read_records(f, max_bytes):
            n_docs += 1
            if isinstance(rec, Reject):
                rejects.append(rec)
                continue
            owner = seen_ids.get(rec.doc_id) or existing.get(rec.doc_id)
            if owner is not None and (rec.doc_id in seen_ids or _source_file(owner, {f.display}) != f.display):
                rejects.append(Reject(rec.source, rec.doc_id, "duplicate_id", f"id already used by {owner}"))
                continue
            seen_ids[rec.doc_id] = rec.source
            batch.append(rec.to_row())
            n_records += 1
            if len(batch) >= cfg.batch_size:
                flush()
        state_rows[f.path] = {
            "path": f.path, "source": f.display, "size": f.size, "mtime_ns": f.mtime_ns,
            "sha256": sha, "n_docs": n_docs, "run_id": ctx.run_id,
        }
    flush()
    pq.write_table(pa.Table.from_pylist(list(state_rows.values()), schema=schemas.INPUTS), ctx.staging / "inputs.parquet")
    reject_rows = [{"source": r.source, "doc_id": r.doc_id, "reason": r.reason, "detail": r.detail} for r in rejects]
    pq.write_table(pa.Table.from_pylist(reject_rows, schema=schemas.REJECTS.remove(4)), ctx.staging / "plan.rejects.parquet")
    replaced_docs = sorted(d for d, s in existing.items() if _source_file(s, read_sources) in read_sources)
    pq.write_table(pa.table({"doc_id": pa.array(replaced_docs, pa.string())}), ctx.staging / "replaced.parquet")
    # files read again: their earlier rows (and reject rows) are replaced by this run's
    pq.write_table(pa.table({"source": pa.array(sorted(read_sources), pa.string())}), ctx.staging / "reread.parquet")
    out = {
        "files_seen": len(files) + sum(1 for r in rejects if r.reason == "unsupported_type"),
        "files_skipped_unchanged": skipped_files,
        "inputs_seen": n_records + len(rejects) + skipped_docs,
        "skipped_unchanged": skipped_docs,
        "queued": n_records,
        "rejected_at_read": len(rejects),
        "batches": n_batches,
        "replaced_documents": len(replaced_docs),
    }
    ctx.stats["plan"] = out
    return out


# -- extract, learn, sign ---------------------------------------------------------------------------


def _merge_counts(results: list[dict], key: str) -> dict:
    total: Counter = Counter()
    for r in results:
        total.update(r.get(key, {}))
    return dict(total.most_common())


def _merge_examples(results: list[dict]) -> dict:
    out: dict = {}
    for r in results:
        for rule, example in r.get("examples", {}).items():
            out.setdefault(rule, example)
    return out


@timed
def extract(ctx: RunContext) -> dict:
    calls = [(str(p), ctx.settings) for p in ctx.batches("raw.parquet")]
    workers = default_workers(ctx.config.workers)
    results = map_batches(batch_work.extract_batch, calls, workers, lambda d, t: ctx.report("extract", d, t))
    out = {
        "documents": sum(r["documents"] for r in results),
        "rejects": _merge_counts(results, "rejects"),
        "removed_by_rule": _merge_counts(results, "removed_by_rule"),
        "examples": _merge_examples(results),
        "workers": min(workers, len(calls)),
    }
    ctx.stats["extract"] = out
    return out


LEARN_WINDOW_DAYS = 90  # a line below the support threshold for this long is dropped from the state


@timed
def learn(ctx: RunContext) -> dict:
    """Merge this run's per-outlet line statistics into the persisted ones; learn patterns."""
    cfg = ctx.config
    parts = [pq.read_table(p) for p in ctx.batches("linestats.parquet")]
    run_stats = pa.concat_tables(parts) if parts else schemas.LINESTATS.empty_table()
    # distinct documents (by content) per outlet and key
    distinct = run_stats.group_by(["outlet", "key", "doc"]).aggregate([("example", "min")])
    counted = distinct.group_by(["outlet", "key"]).aggregate([("doc", "count"), ("example_min", "min")])
    counted = counted.rename_columns(["outlet", "key", "n_docs", "example"])
    now = datetime.now(UTC)
    counted = counted.append_column("last_seen", pa.array([now] * counted.num_rows, schemas.TS))
    old = read_table_or_empty(ctx.store.state / "learned.parquet", schemas.LEARNED)
    merged = pa.concat_tables([old.select(schemas.LEARNED.names).cast(schemas.LEARNED),
                               counted.select(schemas.LEARNED.names).cast(schemas.LEARNED)])
    merged = merged.group_by(["outlet", "key"]).aggregate([("n_docs", "sum"), ("example", "min"), ("last_seen", "max")])
    merged = merged.rename_columns(["outlet", "key", "n_docs", "example", "last_seen"]).select(schemas.LEARNED.names)
    # lines that stayed below the support for LEARN_WINDOW_DAYS are forgotten: the state stays bounded
    stale = pc.and_(pc.less(merged.column("n_docs"), cfg.learn_min_docs),
                    pc.less(merged.column("last_seen"), pa.scalar(now - timedelta(days=LEARN_WINDOW_DAYS), schemas.TS)))
    merged = merged.filter(pc.invert(stale))
    pq.write_table(merged, ctx.staging / "learned.parquet", compression="zstd")
    # only keys of one outlet with enough support can become patterns: select them in Arrow
    by_key = merged.group_by("key").aggregate([("outlet", "count_distinct"), ("n_docs", "sum")])
    wanted = by_key.filter(pc.and_(pc.equal(by_key.column("outlet_count_distinct"), 1),
                                   pc.greater_equal(by_key.column("n_docs_sum"), cfg.learn_min_docs)))
    chosen = merged.filter(pc.is_in(merged.column("key"), value_set=wanted.column("key")))
    stats = [LineStat(o, k, n, e) for o, k, n, e in
             zip(*(chosen.column(c).to_pylist() for c in ("outlet", "key", "n_docs", "example")), strict=True)]
    config = PatternConfig.load(Path(cfg.boilerplate_config) if cfg.boilerplate_config else None)
    patterns = learn_patterns(stats, cfg.learn_min_docs, config)
    rows = [
        {"outlet": p.outlet, "key": p.key, "support": p.support, "example": p.example, "pinned": p.pinned}
        for by_key in patterns.values() for p in by_key.values()
    ]
    rows.sort(key=lambda r: (-r["support"], r["outlet"], r["key"]))
    table = pa.Table.from_pylist(rows, schema=pa.schema([("outlet", pa.string()), ("key", pa.string()),
                                                         ("support", pa.int64()), ("example", pa.string()),
                                                         ("pinned", pa.bool_())]))
    pq.write_table(table, ctx.staging / "learned_patterns.parquet")
    out = {"patterns": len(rows), "outlets": len(patterns), "top": rows[:20]}
    ctx.stats["learn"] = out
    return out


@timed
def sign(ctx: RunContext) -> dict:
    learned = str(ctx.staging / "learned_patterns.parquet")
    calls = [(str(p), learned, ctx.settings) for p in ctx.batches("docs.parquet")]
    results = map_batches(batch_work.sign_batch, calls, default_workers(ctx.config.workers),
                          lambda d, t: ctx.report("sign", d, t))
    out = {
        "passages": sum(r["passages"] for r in results),
        "indexed": sum(r["indexed"] for r in results),
        "removed_by_rule": _merge_counts(results, "removed_by_rule"),
        "examples": _merge_examples(results),
    }
    ctx.stats["sign"] = out
    return out


STAGES = (("plan", plan), ("extract", extract), ("learn", learn), ("sign", sign), ("dedup", dedup), ("write", write))


def run_pipeline(config: RunConfig, progress: Progress | None = None, lock_wait: float = 0.0) -> dict:
    """The whole run without Prefect (library use, tests, benchmarks); returns the manifest."""
    ctx = open_run(config, progress, lock_wait)
    try:
        for _, stage in STAGES:
            stage(ctx)
        return commit(ctx)
    finally:
        close_run(ctx)


__all__ = ["MAX_INDEX_PARTS", "STAGES", "RunContext", "close_run", "commit", "dedup", "extract", "learn", "manifest",
           "new_run_id", "open_run", "plan", "run_pipeline", "sign", "write"]
