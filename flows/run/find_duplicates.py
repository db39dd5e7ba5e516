"""The find-duplicates stage: verified near-duplicate pairs within the run and against the
archive (through the run's `PassageIndex`, whatever its backend), clusters and canonical copies."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners import index as lsh_index
from cleaners.clustering import ArchivedPassage, assign_clusters
from cleaners.lsh import candidate_pairs, lsh_params
from cleaners.minhash import MinHasher, jaccard
from cleaners.normalize import match_tokens
from flows.run.context import RunContext, timed
from flows.storage.store import OutputStore


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
    columns = ["passage_id", "outlet", "published", "indexed"]
    parts = [pq.read_table(p, columns=columns) for p in ctx.batches("passages.parquet")]
    every = pa.concat_tables(parts) if parts else pa.table({c: pa.array([], pa.string()) for c in columns[:2]})
    indexed_t = every.filter(pc.field("indexed")) if parts else every
    ids = indexed_t.column("passage_id").to_pylist()
    outlets = indexed_t.column("outlet").to_pylist()
    published = [d.timestamp() if d is not None else None for d in indexed_t.column("published").to_pylist()] if parts else []
    assert len(ids) == len(sigs), "signatures and passages out of step"

    pairs = candidate_pairs(keys) if len(keys) else np.empty((0, 2), np.int64)
    sims = jaccard(sigs[pairs[:, 0]], sigs[pairs[:, 1]]) if len(pairs) else np.empty(0)
    new_edges = [tuple(p) for p in pairs[sims >= cfg.threshold].tolist()]

    # against earlier runs
    replaced = set(pq.read_table(ctx.staging / "replaced.parquet").column("doc_id").to_pylist())
    new_pkeys = {lsh_index.passage_key(pid) for pid in every.column("passage_id").to_pylist()}
    arch_rows, arch_pkeys = ctx.index.lookup(keys, sigs)
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
