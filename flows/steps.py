"""The stages of a run as plain functions over a `RunContext`; `flows.flow` wraps each in a task.

plan -> extract -> learn -> sign -> dedup -> write -> commit. Stages exchange files in the run's
staging folder and return small dicts of counts (what Prefect records and the report shows).
"""

from __future__ import annotations

import functools
import secrets
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners import index as lsh_index
from cleaners.clustering import ArchivedPassage, assign_clusters
from cleaners.learned import LineStat, PatternConfig, learn_patterns
from cleaners.lsh import candidate_pairs, lsh_params
from cleaners.minhash import MinHasher, jaccard
from cleaners.normalize import match_tokens
from flows import engines, redis_index, schemas, stages
from flows.config import RunConfig
from flows.executor import default_workers, map_batches
from flows.sources import Reject, discover, file_sha256, read_records
from flows.store import TABLES, OutputStore

Progress = Callable[[str, int, int], None]


def timed(stage: Callable[[RunContext], dict]) -> Callable[[RunContext], dict]:
    """Record the stage's wall time in its stats (`seconds`)."""

    @functools.wraps(stage)
    def wrapper(ctx: RunContext) -> dict:
        started = time.perf_counter()
        out = stage(ctx)
        out["seconds"] = round(time.perf_counter() - started, 2)
        return out

    return wrapper


def new_run_id() -> str:
    return f"{datetime.now(UTC):%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}"


@dataclass
class RunContext:
    config: RunConfig
    store: OutputStore
    run_id: str
    staging: Path
    started_at: datetime
    progress: Progress | None = None
    stats: dict = field(default_factory=dict)  # per-stage counts, in stage order

    @property
    def settings(self) -> dict:
        return self.config.model_dump()

    def batches(self, suffix: str) -> list[Path]:
        return sorted(self.staging.glob(f"batch-*.{suffix}"))

    def report(self, stage: str, done: int, total: int) -> None:
        if self.progress:
            self.progress(stage, done, total)


def open_run(config: RunConfig, progress: Progress | None = None, lock_wait: float = 0.0) -> RunContext:
    """Check the output folder, take its lock, recover from earlier crashes, start staging."""
    if config.redis_url:  # fail before any work: unreachable, wrong password, other dedup settings
        redis_index.check(config)
    store = OutputStore(Path(config.output))
    store.check_writable()
    run_id = new_run_id()
    store.acquire(run_id, wait_seconds=lock_wait)
    try:
        notes = store.recover()
        ctx = RunContext(config, store, run_id, store.new_staging(run_id), datetime.now(UTC), progress)
        engines.start(config.dask_address, config.dask_workers)  # Dask client or local cluster, if any (last)
    except BaseException:
        store.release()
        raise
    ctx.stats["recovery"] = notes
    return ctx


def close_run(ctx: RunContext) -> None:
    """Drop staging (after a failure) and release the lock."""
    import shutil

    try:
        engines.stop(ctx.config.dask_address, ctx.config.dask_workers)
    finally:
        if ctx.staging.exists() and not (ctx.staging / "COMMIT.json").exists():
            shutil.rmtree(ctx.staging, ignore_errors=True)
        ctx.store.release()


# -- plan -------------------------------------------------------------------------------------------


def _read_table(path: Path, schema: pa.Schema) -> pa.Table:
    return pq.read_table(path) if path.exists() else schema.empty_table()


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
    prev = {r["path"]: r for r in _read_table(ctx.store.state / "inputs.parquet", schemas.INPUTS).to_pylist()}
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
    results = map_batches(stages.extract_batch, calls, workers, lambda d, t: ctx.report("extract", d, t))
    out = {
        "documents": sum(r["documents"] for r in results),
        "rejects": _merge_counts(results, "rejects"),
        "removed_by_rule": _merge_counts(results, "removed_by_rule"),
        "examples": _merge_examples(results),
        "workers": min(workers, len(calls)),
    }
    ctx.stats["extract"] = out
    return out


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
    old = _read_table(ctx.store.state / "learned.parquet", schemas.LEARNED)
    merged = pa.concat_tables([old.cast(schemas.LEARNED), counted.select(schemas.LEARNED.names).cast(schemas.LEARNED)])
    merged = merged.group_by(["outlet", "key"]).aggregate([("n_docs", "sum"), ("example", "min")])
    merged = merged.rename_columns(["outlet", "key", "n_docs", "example"]).select(schemas.LEARNED.names)
    pq.write_table(merged, ctx.staging / "learned.parquet", compression="zstd")
    stats = (LineStat(o, k, n, e) for o, k, n, e in zip(*(merged.column(c).to_pylist() for c in schemas.LEARNED.names), strict=True)
             if n >= 1)
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
    results = map_batches(stages.sign_batch, calls, default_workers(ctx.config.workers),
                          lambda d, t: ctx.report("sign", d, t))
    out = {
        "passages": sum(r["passages"] for r in results),
        "indexed": sum(r["indexed"] for r in results),
        "removed_by_rule": _merge_counts(results, "removed_by_rule"),
        "examples": _merge_examples(results),
    }
    ctx.stats["sign"] = out
    return out


# -- dedup ------------------------------------------------------------------------------------------


def _fetch_archived(store: OutputStore, want_pkeys: set[int], want_ids: set[str], exclude_docs: set[str]) -> list[dict]:
    """Rows of earlier runs' passages, by index key or by passage id."""
    rows = []
    columns = ["passage_id", "doc_id", "outlet", "published", "text", "cluster_id", "duplicate_of"]
    for shard in store.shards("passages"):
        ids = pq.read_table(shard, columns=["passage_id"]).column("passage_id").to_pylist()
        hit = [i for i, pid in enumerate(ids) if pid in want_ids or (want_pkeys and lsh_index.passage_key(pid) in want_pkeys)]
        if not hit:
            continue
        t = pq.read_table(shard, columns=columns).take(pa.array(hit))
        rows.extend(r for r in t.to_pylist() if r["doc_id"] not in exclude_docs)
    return rows


@timed
def dedup(ctx: RunContext) -> dict:
    """Verified near-duplicate pairs (this run and against the archive), clusters, canonicals."""
    cfg = ctx.config
    bands, rows = lsh_params(cfg.threshold, cfg.num_perm)
    keys_parts = [np.load(p) for p in ctx.batches("keys.npy")]
    sig_parts = [np.load(p) for p in ctx.batches("sig.npy")]
    keys = np.concatenate(keys_parts) if keys_parts else np.empty((0, bands), np.uint32)
    sigs = np.concatenate(sig_parts) if sig_parts else np.empty((0, cfg.num_perm), np.uint32)
    meta = [pq.read_table(p, columns=["passage_id", "outlet", "published", "indexed"]) for p in ctx.batches("passages.parquet")]
    meta_t = pa.concat_tables(meta).filter(pc.field("indexed")) if meta else None
    ids = meta_t.column("passage_id").to_pylist() if meta_t is not None else []
    outlets = meta_t.column("outlet").to_pylist() if meta_t is not None else []
    published = [d.timestamp() if d is not None else None for d in meta_t.column("published").to_pylist()] if meta_t is not None else []
    assert len(ids) == len(sigs), "signatures and passages out of step"

    pairs = candidate_pairs(keys) if len(keys) else np.empty((0, 2), np.int64)
    sims = jaccard(sigs[pairs[:, 0]], sigs[pairs[:, 1]]) if len(pairs) else np.empty(0)
    new_edges = [tuple(p) for p in pairs[sims >= cfg.threshold].tolist()]

    # against earlier runs
    replaced = set(pq.read_table(ctx.staging / "replaced.parquet").column("doc_id").to_pylist())
    all_new_ids = set()
    for p in ctx.batches("passages.parquet"):
        all_new_ids.update(pq.read_table(p, columns=["passage_id"]).column("passage_id").to_pylist())
    new_pkeys = {lsh_index.passage_key(pid) for pid in all_new_ids}
    if cfg.redis_url:  # the archive's band index lives in Redis (flows/redis_index.py)
        arch_rows, arch_pkeys = redis_index.lookup(cfg, ctx.store, sigs)
    else:
        arch_rows, arch_pkeys = lsh_index.lookup(ctx.store.index_dir, keys) if len(keys) else (np.empty(0), np.empty(0))
    keep = np.array([int(k) not in new_pkeys for k in arch_pkeys], dtype=bool)
    arch_rows, arch_pkeys = arch_rows[keep], arch_pkeys[keep]
    archived_rows = _fetch_archived(ctx.store, {int(k) for k in arch_pkeys}, set(), replaced) if len(arch_pkeys) else []
    missing_canon = {r["duplicate_of"] for r in archived_rows if r["duplicate_of"]} - {r["passage_id"] for r in archived_rows}
    if missing_canon:
        archived_rows += _fetch_archived(ctx.store, set(), missing_canon, replaced)
    hasher = MinHasher(cfg.num_perm, cfg.ngram)
    arch_sigs = hasher.signatures([match_tokens(r["text"]) or ["\u2205"] for r in archived_rows])
    archived = [
        ArchivedPassage(r["passage_id"], r["cluster_id"], r["duplicate_of"],
                        r["published"].timestamp() if r["published"] else None, arch_sigs[k])
        for k, r in enumerate(archived_rows)
    ]
    pos = {lsh_index.passage_key(a.passage_id): k for k, a in enumerate(archived)}
    archive_edges = []
    for row, pkey in zip(arch_rows.tolist(), arch_pkeys.tolist(), strict=True):
        k = pos.get(int(pkey))
        if k is not None and jaccard(sigs[row], archived[k].signature) >= cfg.threshold:
            archive_edges.append((row, k))

    assignments = assign_clusters(ids, published, sigs, new_edges, archived, archive_edges, cfg.threshold)
    arch_outlet = {r["passage_id"]: r["outlet"] for r in archived_rows}
    id_outlet = dict(zip(ids, outlets, strict=True))
    dups = [(i, a) for i, a in enumerate(assignments) if a.duplicate_of is not None]
    cross = sum(1 for i, a in dups if (id_outlet.get(a.duplicate_of) or arch_outlet.get(a.duplicate_of)) != outlets[i])
    clusters = Counter(a.cluster_id for a in assignments if a.cluster_id is not None)
    pq.write_table(
        pa.table({
            "passage_id": pa.array(ids, pa.string()),
            "cluster_id": pa.array([a.cluster_id for a in assignments], pa.string()),
            "duplicate_of": pa.array([a.duplicate_of for a in assignments], pa.string()),
            "similarity": pa.array([a.similarity for a in assignments], pa.float32()),
        }),
        ctx.staging / "dedup.parquet",
    )
    out = {
        "bands": bands,
        "rows": rows,
        "indexed_passages": len(ids),
        "candidate_pairs": int(len(pairs)),
        "verified_pairs": len(new_edges),
        "archive_candidates": int(len(arch_pkeys)),
        "archive_matches": len(archive_edges),
        "duplicate_passages": len(dups),
        "cross_outlet_duplicates": cross,
        "clusters": len(clusters),
        "largest_clusters": [{"cluster_id": c, "new_members": n} for c, n in clusters.most_common(10)],
    }
    ctx.stats["dedup"] = out
    return out


# -- write and commit -------------------------------------------------------------------------------


def _rewrite_without(shard: Path, column: str, drop: set[str], dest: Path) -> bool:
    """Copy `shard` to `dest` without rows whose `column` is in `drop`; False if none matched."""
    t = pq.read_table(shard)
    mask = pc.is_in(t.column(column), value_set=pa.array(sorted(drop), pa.string()))
    if not pc.any(mask).as_py():
        return False
    pq.write_table(t.filter(pc.invert(mask)), dest, compression="zstd")
    return True


DOC_ROW_GROUP, PASSAGE_ROW_GROUP = 2_000, 50_000
MAX_INDEX_PARTS = 8  # more parts than this are merged into one by the run that adds the next


class _RowGroupWriter:
    """A Parquet writer that gathers batches into row groups of about `rows` rows."""

    def __init__(self, path: Path, schema: pa.Schema, rows: int) -> None:
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")
        self.rows, self.pending, self.n = rows, [], 0

    def write(self, table: pa.Table) -> None:
        self.pending.append(table)
        self.n += table.num_rows
        if self.n >= self.rows:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.concat_tables(self.pending), row_group_size=max(self.rows, self.n))
            self.pending, self.n = [], 0

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self.writer.close()


@timed
def write(ctx: RunContext) -> dict:
    """Final shards of this run (streamed batch by batch), index part, state; all in staging."""
    final = ctx.staging / "final"
    final.mkdir()
    now = datetime.now(UTC)
    dedup_t = pq.read_table(ctx.staging / "dedup.parquet")  # indexed passages, in batch order
    counts: Counter[str] = Counter()
    docs_w = _RowGroupWriter(final / "documents.parquet", schemas.DOCUMENTS, DOC_ROW_GROUP)
    pass_w = _RowGroupWriter(final / "passages.parquet", schemas.PASSAGES, PASSAGE_ROW_GROUP)
    offset = 0
    try:
        for clean_path in ctx.batches("clean.parquet"):
            base = str(clean_path).removesuffix(".clean.parquet")
            passages = pq.read_table(f"{base}.passages.parquet")
            indexed = passages.column("indexed").combine_chunks()
            n_indexed = pc.sum(indexed).as_py() or 0
            assigned = dedup_t.slice(offset, n_indexed)
            offset += n_indexed
            assert passages.filter(indexed).column("passage_id").equals(assigned.column("passage_id"))
            passages = passages.drop_columns(["indexed"])
            for name in ("cluster_id", "duplicate_of", "similarity"):
                column = pc.replace_with_mask(pa.nulls(passages.num_rows, assigned.schema.field(name).type), indexed,
                                              assigned.column(name).combine_chunks())
                passages = passages.append_column(name, column)
            dups = passages.filter(pc.is_valid(passages.column("duplicate_of"))).group_by("doc_id").aggregate(
                [("passage_id", "count")])
            docs = pq.read_table(clean_path)
            where = pc.index_in(docs.column("doc_id"), value_set=dups.column("doc_id"))
            n_dup = pc.fill_null(dups.column("passage_id_count").take(where), 0)
            docs = (docs.append_column("n_duplicate_passages", n_dup.cast(pa.int32()))
                    .append_column("run_id", pa.array([ctx.run_id] * docs.num_rows, pa.string()))
                    .append_column("processed_at", pa.array([now] * docs.num_rows, schemas.TS)))
            docs_w.write(docs.select(schemas.DOCUMENTS.names).cast(schemas.DOCUMENTS))
            pass_w.write(passages.select(schemas.PASSAGES.names).cast(schemas.PASSAGES))
            counts["documents"] += docs.num_rows
            counts["passages"] += passages.num_rows
    finally:
        docs_w.close()
        pass_w.close()
    reject_parts = [pq.read_table(ctx.staging / "plan.rejects.parquet")] + [pq.read_table(p) for p in ctx.batches("rejects.parquet")]
    rejects = pa.concat_tables(reject_parts)
    rejects = rejects.append_column("run_id", pa.array([ctx.run_id] * rejects.num_rows, pa.string()))
    pq.write_table(rejects.cast(schemas.REJECTS), final / "rejects.parquet", compression="zstd")
    counts["rejects"] = rejects.num_rows

    # index part for this run's indexed passages
    keys_parts = [np.load(p) for p in ctx.batches("keys.npy")]
    if keys_parts and sum(len(k) for k in keys_parts):
        keys = np.concatenate(keys_parts)
        pkeys = np.fromiter((lsh_index.passage_key(pid) for pid in dedup_t.column("passage_id").to_pylist()),
                            dtype=np.uint64, count=dedup_t.num_rows)
        lsh_index.write_part(final / "index.arrow", keys, pkeys)  # kept in Redis mode too (rebuild, mode switch)
        parts = lsh_index.index_parts(ctx.store.index_dir)
        if len(parts) + 1 > MAX_INDEX_PARTS:  # merge, so lookups touch a bounded number of parts
            lsh_index.compact(ctx.store.index_dir, final / "index-compact.arrow", extra=[final / "index.arrow"])
            (final / "index.arrow").unlink()
            (final / "index-compact.arrow").rename(final / "index.arrow")
            ctx.stats["_replaced_index_parts"] = [str(p) for p in parts]
        if ctx.config.redis_url:  # before the commit; a crash after it leaves only harmless extra entries
            sigs = np.concatenate([np.load(p) for p in ctx.batches("sig.npy")])
            redis_index.insert(ctx.config, ctx.run_id, dedup_t.column("passage_id").to_pylist(), sigs)

    # earlier rows of documents processed again
    replaced = set(pq.read_table(ctx.staging / "replaced.parquet").column("doc_id").to_pylist())
    rewritten = []
    if replaced:
        (final / "rewritten").mkdir()
        for table in TABLES:
            for shard in ctx.store.shards(table):
                dest = final / "rewritten" / f"{table}--{shard.name}"
                if _rewrite_without(shard, "doc_id", replaced, dest):
                    rewritten.append((dest, shard))
    out = dict(counts, rewritten_shards=len(rewritten))
    ctx.stats["write"] = out
    ctx.stats["_rewritten"] = [(str(a), str(b)) for a, b in rewritten]
    return out


def manifest(ctx: RunContext, files: dict) -> dict:
    plan_s, ext, sgn, ded, wr = (ctx.stats.get(k, {}) for k in ("plan", "extract", "sign", "dedup", "write"))
    rejects_by_reason = Counter()
    t = pq.read_table(ctx.staging / "final" / "rejects.parquet", columns=["reason"])
    rejects_by_reason.update(t.column("reason").to_pylist())
    removed = Counter(ext.get("removed_by_rule", {}))
    removed.update(sgn.get("removed_by_rule", {}))
    counts = {
        "inputs_seen": plan_s.get("inputs_seen", 0),
        "processed": wr.get("documents", 0),
        "skipped_unchanged": plan_s.get("skipped_unchanged", 0),
        "rejected": sum(rejects_by_reason.values()),
        "rejects_by_reason": dict(rejects_by_reason.most_common()),
        "files_seen": plan_s.get("files_seen", 0),
        "files_skipped_unchanged": plan_s.get("files_skipped_unchanged", 0),
        "replaced_documents": plan_s.get("replaced_documents", 0),
        "lines_removed_by_rule": dict(removed.most_common()),
        "passages": wr.get("passages", 0),
        "indexed_passages": ded.get("indexed_passages", 0),
        "duplicate_passages": ded.get("duplicate_passages", 0),
        "duplicate_clusters": ded.get("clusters", 0),
        "cross_outlet_duplicate_passages": ded.get("cross_outlet_duplicates", 0),
        "learned_patterns": ctx.stats.get("learn", {}).get("patterns", 0),
    }
    counts["balanced"] = counts["inputs_seen"] == counts["processed"] + counts["skipped_unchanged"] + counts["rejected"]
    return {
        "run_id": ctx.run_id,
        "started_at": ctx.started_at.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "parameters": redis_index.public_parameters(ctx.config.model_dump()),  # no Redis password
        "versions": {p: version(p) for p in ("newsclean", "prefect", "datasketch", "trafilatura", "pyarrow", "numpy")},
        "counts": counts,
        "rule_examples": {**ext.get("examples", {}), **sgn.get("examples", {})},
        "stages": {k: v for k, v in ctx.stats.items() if not k.startswith("_")},
        "files": files,
    }


def commit(ctx: RunContext) -> dict:
    """Move the run's files into place atomically (journal first, manifest last)."""
    store, final, run = ctx.store, ctx.staging / "final", ctx.run_id
    nothing_new = ctx.stats.get("write", {}).get("documents", 0) == 0 and ctx.stats.get("write", {}).get("rejects", 0) == 0
    moves: list[tuple[Path, Path]] = []
    files: dict[str, list[str]] = {t: [] for t in TABLES}
    if not nothing_new:
        for table in TABLES:
            dest = store.table_dir(table) / f"{run}.parquet"
            moves.append((final / f"{table}.parquet", dest))
            files[table].append(str(dest.relative_to(store.root)))
    if (final / "index.arrow").exists():
        moves.append((final / "index.arrow", store.index_dir / f"{run}.arrow"))
    for src, dst in ctx.stats.get("_rewritten", []):
        moves.append((Path(src), Path(dst)))
        files.setdefault("rewritten", []).append(str(Path(dst).relative_to(store.root)))
    moves.append((ctx.staging / "inputs.parquet", store.state / "inputs.parquet"))
    moves.append((ctx.staging / "learned.parquet", store.state / "learned.parquet"))
    moves.append((ctx.staging / "learned_patterns.parquet", store.state / "learned_patterns.parquet"))
    m = manifest(ctx, files)
    deletes = [Path(p) for p in ctx.stats.get("_replaced_index_parts", [])]
    store.commit(ctx.staging, run, moves, deletes, m)
    return m


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
