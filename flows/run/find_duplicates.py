"""The find-duplicates stage: near-duplicate pairs verified on the text within the run and against the
archive (through the run's `PassageIndex`, whatever its backend), clusters and canonical copies."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners import index as lsh_index
from cleaners.clustering import ArchivedPassage, Clusters, assign_clusters
from cleaners.dates import rank_seconds
from cleaners.lsh import candidate_pairs, lsh_params
from cleaners.minhash import MinHasher, jaccard, pair_jaccard
from cleaners.normalize import match_tokens
from cleaners.short_lines import ShortLine, short_clusters
from cleaners.verify import similarity as text_similarity
from cleaners.verify import verified_edges
from flows.run.context import RunContext, timed
from flows.storage.forget import reelect
from flows.storage.store import OutputStore

PREFILTER = 0.8  # candidates estimated under 0.8 x the LSH threshold skip the text check (tuning half: no copy lost)


def _take_rows(shard: Path, hit: list[int], columns: list[str]) -> pa.Table:
    """Rows `hit` (sorted row numbers) of a Parquet file, decoding only the row groups holding them:
    a compacted shard holds hundreds of thousands of passages, a run needs a few of them."""
    pf = pq.ParquetFile(shard)
    starts = np.cumsum([0] + [pf.metadata.row_group(g).num_rows for g in range(pf.num_row_groups)])
    rows = np.asarray(hit, dtype=np.int64)
    group_of = np.searchsorted(starts, rows, side="right") - 1
    groups = sorted(set(group_of.tolist()))
    sizes = np.diff(starts)
    base = dict(zip(groups, np.cumsum([0] + [int(sizes[g]) for g in groups[:-1]]), strict=True))
    local = rows - starts[group_of] + np.array([base[g] for g in group_of.tolist()], dtype=np.int64)
    names = pf.schema_arrow.names  # shards written before `published_precision` lack it
    return pf.read_row_groups(groups, columns=[c for c in columns if c in names]).take(pa.array(local))


def _fetch_archived(store: OutputStore, want_pkeys: set[int], want_ids: set[str], exclude_docs: set[str],
                    clusters: set[str] = frozenset()) -> list[dict]:
    """Rows of earlier runs' passages, by index key, by passage id or by cluster id."""
    rows = []
    columns = ["passage_id", "doc_id", "outlet", "published", "text", "cluster_id", "duplicate_of", "published_precision"]
    for shard in store.shards("passages"):
        if clusters:
            cids = pq.read_table(shard, columns=["cluster_id"]).column("cluster_id")
            hit = pc.fill_null(pc.is_in(cids, value_set=pa.array(sorted(clusters), pa.string())), False)
            hit = np.flatnonzero(hit.to_numpy(zero_copy_only=False)).tolist()
        else:
            ids = pq.read_table(shard, columns=["passage_id"]).column("passage_id").to_pylist()
            hit = [i for i, pid in enumerate(ids)
                   if pid in want_ids or (want_pkeys and lsh_index.passage_key(pid) in want_pkeys)]
        if not hit:
            continue
        t = _take_rows(shard, hit, columns)
        rows.extend(r for r in t.to_pylist() if r["doc_id"] not in exclude_docs)
    return rows


def _orphans(store: OutputStore, replaced: set[str]) -> dict[str, dict]:
    """Earlier clusters whose canonical passage belongs to a document this run replaces (an
    upsert): re-elected among their remaining members, as `forget` does, before the new version is
    matched. {passage_id: {cluster_id, duplicate_of, similarity}} of the members that change."""
    if not replaced:
        return {}
    value_set = pa.array(sorted(replaced), pa.string())
    gone: set[str] = set()
    for shard in store.shards("passages"):
        t = pq.read_table(shard, columns=["passage_id", "doc_id"])
        gone.update(t.filter(pc.fill_null(pc.is_in(t.column("doc_id"), value_set=value_set), False))
                    .column("passage_id").to_pylist())
    out = reelect(store, gone, replaced) if gone else {}
    out.pop("_reelected", None)
    return out


def _override(rows: list[dict], overrides: dict[str, dict]) -> list[dict]:
    """Archived rows as they stand after the re-elections in `overrides`."""
    for r in rows:
        if (o := overrides.get(r["passage_id"])) is not None:
            r["cluster_id"], r["duplicate_of"] = o["cluster_id"], o["duplicate_of"]
    return rows


def _short_lines(every: pa.Table) -> pa.Table:
    """Cluster assignments of this run's short (not indexed) passages copied across outlets."""
    short_t = every.filter(pc.invert(pc.field("indexed"))) if every.num_rows else every
    pids = short_t.column("passage_id").to_pylist() if short_t.num_rows else []
    cols = ("outlet", "published", "published_precision", "text")
    lines = [ShortLine(pid, pid.rsplit("#", 1)[0], outlet, rank_seconds(d, precision), match_tokens(text))
             for pid, outlet, d, precision, text in zip(pids, *(short_t.column(c).to_pylist() for c in cols), strict=True)
             ] if pids else []
    found = short_clusters(lines)
    rows = sorted(found.items())
    return pa.table({
        "passage_id": pa.array([lines[k].passage_id for k, _ in rows], pa.string()),
        "cluster_id": pa.array([a.cluster_id for _, a in rows], pa.string()),
        "duplicate_of": pa.array([a.duplicate_of for _, a in rows], pa.string()),
        "similarity": pa.array([a.similarity for _, a in rows], pa.float32()),
    })


def _archived_passages(rows: list[dict], hasher: MinHasher) -> tuple[list[ArchivedPassage], list[list[str]]]:
    """Archived passages (with signatures recomputed from the text) and their match tokens."""
    tokens = [match_tokens(r["text"]) for r in rows]
    sigs = hasher.signatures([t or ["\u2205"] for t in tokens]) if rows else []
    return [ArchivedPassage(r["passage_id"], r["cluster_id"], r["duplicate_of"],
                            rank_seconds(r["published"], r.get("published_precision")), sigs[k])
            for k, r in enumerate(rows)], tokens


class _Tokens:
    """Match tokens of passages by row, computed on first use."""

    def __init__(self, texts: list[str]) -> None:
        self.texts, self.cache = texts, {}

    def __getitem__(self, row: int) -> list[str]:
        tokens = self.cache.get(row)
        if tokens is None:
            tokens = self.cache[row] = match_tokens(self.texts[row])
        return tokens


def _doc_numbers(ids: list[str]) -> np.ndarray:
    """A number per document of passage ids `<doc>#<idx>` (rows of one document are consecutive)."""
    docs = [pid.rsplit("#", 1)[0] for pid in ids]
    change = np.fromiter((a != b for a, b in zip(docs, docs[1:], strict=False)), dtype=bool, count=max(len(docs) - 1, 0))
    return np.concatenate(([0], np.cumsum(change))) if docs else np.empty(0, np.int64)


@timed
def dedup(ctx: RunContext) -> dict:
    """Candidates from LSH (this run and the archive), each decided on the text (`verify.similarity`
    >= min_similarity), then clusters and canonical copies."""
    cfg = ctx.config
    bands, rows = lsh_params(cfg.threshold, cfg.num_perm)
    keys_parts = [np.load(p) for p in ctx.batches("keys.npy")]
    sig_parts = [np.load(p) for p in ctx.batches("sig.npy")]
    keys = np.concatenate(keys_parts) if keys_parts else np.empty((0, bands), np.uint32)
    sigs = np.concatenate(sig_parts) if sig_parts else np.empty((0, cfg.num_perm), np.uint32)
    columns = ["passage_id", "outlet", "published", "indexed", "published_precision", "n_words", "text"]
    parts = [pq.read_table(p, columns=columns) for p in ctx.batches("passages.parquet")]
    every = pa.concat_tables(parts) if parts else pa.table({c: pa.array([], pa.string()) for c in columns[:2]})
    indexed_t = every.filter(pc.field("indexed")) if parts else every
    ids = indexed_t.column("passage_id").to_pylist()
    outlets = indexed_t.column("outlet").to_pylist()
    published = [rank_seconds(d, p) for d, p in zip(indexed_t.column("published").to_pylist(),
                                                    indexed_t.column("published_precision").to_pylist(), strict=True)] if parts else []
    n_words = indexed_t.column("n_words").to_numpy() if parts else np.empty(0, np.int64)
    tokens = _Tokens(indexed_t.column("text").to_pylist() if parts else [])
    assert len(ids) == len(sigs), "signatures and passages out of step"
    doc_of = _doc_numbers(ids)
    floor = cfg.threshold * PREFILTER  # estimated Jaccard below which a candidate is not worth the LCS

    # within this run: candidates by band, a cheap signature/length filter, then the text decides
    pairs = candidate_pairs(keys) if len(keys) else np.empty((0, 2), np.int64)
    if len(pairs):
        est = pair_jaccard(sigs, pairs)
        la, lb = n_words[pairs[:, 0]], n_words[pairs[:, 1]]
        pairs = pairs[(est >= floor) & (np.minimum(la, lb) >= cfg.min_similarity * np.maximum(la, lb))
                      & (doc_of[pairs[:, 0]] != doc_of[pairs[:, 1]])]  # a document repeating itself is no copy
    new_edges, scores = verified_edges(pairs.tolist(), len(ids), lambda i, j: text_similarity(tokens[i], tokens[j]),
                                       cfg.min_similarity)
    verified = len(scores)

    # against earlier runs
    replaced = set(pq.read_table(ctx.staging / "replaced.parquet").column("doc_id").to_pylist())
    new_pkeys = {lsh_index.passage_key(pid) for pid in every.column("passage_id").to_pylist()}
    arch_rows, arch_pkeys = ctx.index.lookup(keys, sigs)
    keep = np.array([int(k) not in new_pkeys for k in arch_pkeys], dtype=bool)
    arch_rows, arch_pkeys = arch_rows[keep], arch_pkeys[keep]
    orphans = _orphans(ctx.store, replaced)  # clusters whose canonical document is replaced: re-elected first
    archived_rows = _fetch_archived(ctx.store, {int(k) for k in arch_pkeys}, set(orphans), replaced) \
        if len(arch_pkeys) or orphans else []
    _override(archived_rows, orphans)
    missing_canon = {r["duplicate_of"] for r in archived_rows if r["duplicate_of"]} - {r["passage_id"] for r in archived_rows}
    if missing_canon:
        archived_rows += _override(_fetch_archived(ctx.store, set(), missing_canon, replaced), orphans)
    hasher = MinHasher(cfg.num_perm, cfg.ngram)
    archived, arch_tokens = _archived_passages(archived_rows, hasher)
    pos = {lsh_index.passage_key(a.passage_id): k for k, a in enumerate(archived)}
    archive_edges, joined = [], set()
    for row, pkey in zip(arch_rows.tolist(), arch_pkeys.tolist(), strict=True):
        k = pos.get(int(pkey))
        if k is None or jaccard(sigs[row], archived[k].signature) < floor:
            continue
        cluster = archived[k].cluster_id or archived[k].passage_id
        if (row, cluster) in joined:  # one verified match joins the earlier cluster
            continue
        verified += 1
        if text_similarity(tokens[row], arch_tokens[k]) >= cfg.min_similarity:
            archive_edges.append((row, k))
            joined.add((row, cluster))

    n = len(ids)

    def similarity(node: int, canon: int) -> float:
        if node < n and canon < n:
            known = scores.get((min(node, canon), max(node, canon)))
            if known is not None:
                return known
        return text_similarity(tokens[node] if node < n else arch_tokens[node - n],
                               tokens[canon] if canon < n else arch_tokens[canon - n])

    def cluster() -> Clusters:
        return assign_clusters(ids, published, sigs, new_edges, archived, archive_edges, cfg.min_similarity, similarity)

    found = cluster()
    if found.archived:  # late originals: every member of the clusters they take over moves too
        moving = {archived[k].cluster_id or archived[k].passage_id for k in found.archived}
        known = {a.passage_id for a in archived}
        more = [r for r in _override(_fetch_archived(ctx.store, set(), set(), replaced, clusters=moving), orphans)
                if r["passage_id"] not in known]
        if more:
            archived_rows += more
            extra, extra_tokens = _archived_passages(more, hasher)
            archived += extra
            arch_tokens += extra_tokens
            found = cluster()
    assignments = found.new
    # changes to earlier rows: re-elections after an upsert, then the take-overs of late originals
    changed = {pid: (o["cluster_id"], o["duplicate_of"], o["similarity"]) for pid, o in orphans.items()}
    changed.update((archived_rows[k]["passage_id"], (a.cluster_id, a.duplicate_of, a.similarity))
                   for k, a in found.archived.items())
    moved = sorted(changed.items())
    pq.write_table(pa.table({
        "passage_id": pa.array([pid for pid, _ in moved], pa.string()),
        "doc_id": pa.array([pid.rsplit("#", 1)[0] for pid, _ in moved], pa.string()),
        "cluster_id": pa.array([c[0] for _, c in moved], pa.string()),
        "duplicate_of": pa.array([c[1] for _, c in moved], pa.string()),
        "similarity": pa.array([c[2] for _, c in moved], pa.float32()),
    }), ctx.staging / "archive_changes.parquet")
    # outlets of the earlier documents passages may now point at (for `documents.copied_from`)
    arch_docs = sorted({r["doc_id"]: r["outlet"] for r in archived_rows}.items())
    pq.write_table(pa.table({"doc_id": pa.array([d for d, _ in arch_docs], pa.string()),
                             "outlet": pa.array([o for _, o in arch_docs], pa.string())}),
                   ctx.staging / "archive_outlets.parquet")
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
    short = _short_lines(every)
    pq.write_table(short, ctx.staging / "short.parquet")
    out = {
        "bands": bands,
        "rows": rows,
        "indexed_passages": len(ids),
        "candidate_pairs": int(len(pairs)),
        "verified_pairs": len(new_edges),
        "text_comparisons": verified,
        "archive_candidates": int(len(arch_pkeys)),
        "archive_matches": len(archive_edges),
        "archived_passages_moved": len(moved),  # members of earlier clusters taken over by a late original
        "duplicate_passages": len(dups),
        "cross_outlet_duplicates": cross,
        "clusters": len(clusters),
        "largest_clusters": [{"cluster_id": c, "new_members": n} for c, n in clusters.most_common(10)],
        "short_duplicates": sum(1 for d in short.column("duplicate_of").to_pylist() if d),
    }
    ctx.stats["dedup"] = out
    return out
