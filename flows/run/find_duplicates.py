"""The find-duplicates stage: near-duplicate pairs verified on the text within the run and against the
archive (through the run's `PassageIndex`, whatever its backend), clusters and canonical copies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from cleaners import index as lsh_index
from cleaners.clustering import ArchivedPassage
from cleaners.dates import rank_seconds
from cleaners.lsh import lsh_params
from cleaners.minhash import MinHasher, jaccard
from cleaners.normalize import match_tokens
from cleaners.short_lines import ShortLine, short_clusters
from cleaners.verify import similarity as text_similarity
from flows.run import cluster_chunks
from flows.run.context import RunContext, timed
from flows.run.run_passages import RunPassages
from flows.run.within_run import Verified, candidate_codes, within_run_edges
from flows.storage.store import OutputStore

PREFILTER = 0.8  # candidates estimated under 0.8 x the LSH threshold skip the text check (tuning half: no copy lost)


def _fetch_archived(store: OutputStore, want_pkeys: set[int], want_ids: set[str], exclude_docs: set[str]) -> list[dict]:
    """Rows of earlier runs' passages, by index key or by passage id."""
    rows = []
    columns = ["passage_id", "doc_id", "outlet", "published", "text", "cluster_id", "duplicate_of", "published_precision"]
    for shard in store.shards("passages"):
        ids = pq.read_table(shard, columns=["passage_id"]).column("passage_id").to_pylist()
        hit = [i for i, pid in enumerate(ids) if pid in want_ids or (want_pkeys and lsh_index.passage_key(pid) in want_pkeys)]
        if not hit:
            continue
        names = pq.read_schema(shard).names  # shards written before `published_precision` lack it
        t = pq.read_table(shard, columns=[c for c in columns if c in names]).take(pa.array(hit))
        rows.extend(r for r in t.to_pylist() if r["doc_id"] not in exclude_docs)
    return rows


def _short_lines(bases: list[str]) -> pa.Table:
    """Cluster assignments of this run's short (not indexed) passages copied across outlets.

    Read batch by batch twice: first a hash of each short line's match form, then full lines only
    for forms seen more than once (a group of one is never a cluster), so memory follows the copies."""
    def short_rows(columns: list[str]) -> Iterator[pa.Table]:
        for base in bases:
            t = pq.read_table(f"{base}.passages.parquet", columns=[*columns, "indexed"])
            yield t.filter(pc.invert(pc.field("indexed")))

    def form(text: str) -> tuple[list[str], int]:
        tokens = match_tokens(text)
        return tokens, xxhash.xxh3_64_intdigest(" ".join(tokens).encode("utf-8", "surrogatepass"))

    hashes = [np.fromiter((form(text)[1] for text in t.column("text").to_pylist()), dtype=np.uint64)
              for t in short_rows(["text"])]
    every = np.concatenate(hashes) if hashes else np.empty(0, np.uint64)
    values, counts = np.unique(every, return_counts=True)
    repeated = np.isin(every, values[counts > 1])  # lines whose form appears more than once
    del hashes, every, values, counts
    cols = ("passage_id", "outlet", "published", "published_precision", "text")
    lines, at = [], 0
    for t in short_rows(list(cols)):
        mine, at = repeated[at : at + t.num_rows], at + t.num_rows
        if not mine.any():
            continue
        t = t.filter(pa.array(mine))
        for pid, outlet, d, precision, text in zip(*(t.column(c).to_pylist() for c in cols), strict=True):
            lines.append(ShortLine(pid, pid.rsplit("#", 1)[0], outlet, rank_seconds(d, precision), form(text)[0]))
    found = short_clusters(lines)
    rows = sorted(found.items())
    return pa.table({
        "passage_id": pa.array([lines[k].passage_id for k, _ in rows], pa.string()),
        "cluster_id": pa.array([a.cluster_id for _, a in rows], pa.string()),
        "duplicate_of": pa.array([a.duplicate_of for _, a in rows], pa.string()),
        "similarity": pa.array([a.similarity for _, a in rows], pa.float32()),
    })


def _pairs(edges: np.ndarray, chunk: int = 1 << 16) -> Iterator[list[int]]:
    """Rows of an (m, 2) array as [i, j] lists, made a chunk at a time."""
    for s in range(0, len(edges), chunk):
        yield from edges[s : s + chunk].tolist()


LOOKUP_ROWS = 1 << 17  # rows looked up in the index at once


def _lookup(index: lsh_index.PassageIndex, run: RunPassages) -> tuple[np.ndarray, np.ndarray]:
    """`index.lookup` over all rows, a block of rows at a time (its answer is per row)."""
    found_rows, found_pkeys = [np.empty(0, np.int64)], [np.empty(0, np.uint64)]
    for start in range(0, len(run), LOOKUP_ROWS):
        stop = min(start + LOOKUP_ROWS, len(run))
        r, p = index.lookup(run.key_rows(start, stop), run.sig_rows(np.arange(start, stop)))
        found_rows.append(np.asarray(r, np.int64) + start)
        found_pkeys.append(np.asarray(p, np.uint64))
    return np.concatenate(found_rows), np.concatenate(found_pkeys)


def _run_pkeys(bases: list[str]) -> np.ndarray:
    """Index keys of all this run's passages (indexed or not)."""
    out = [np.empty(0, np.uint64)]
    for base in bases:
        ids = pq.read_table(f"{base}.passages.parquet", columns=["passage_id"]).column("passage_id").to_pylist()
        out.append(np.fromiter(map(lsh_index.passage_key, ids), dtype=np.uint64, count=len(ids)))
    return np.concatenate(out)


DEDUP_SCHEMA = pa.schema([("passage_id", pa.string()), ("cluster_id", pa.string()), ("duplicate_of", pa.string()),
                          ("similarity", pa.float32())])


def _write_assignments(run: RunPassages, found: cluster_chunks.Clusters, path: Path) -> None:
    """`dedup.parquet`: every indexed row in row order with its cluster (rows not among the members: none),
    written batch by batch."""
    cut = np.searchsorted(found.members, run.starts)  # members of batch k: cut[k]:cut[k + 1]
    with pq.ParquetWriter(path, DEDUP_SCHEMA) as writer:
        for k, base in enumerate(run.bases):
            t = pq.read_table(f"{base}.passages.parquet", columns=["passage_id", "indexed"])
            ids = t.filter(pc.field("indexed")).column("passage_id")
            at = (found.members[cut[k] : cut[k + 1]] - run.starts[k]).tolist()
            sims = found.similarity[cut[k] : cut[k + 1]]
            columns = {}
            for name, values, kind in (
                    ("cluster_id", found.strings(found.cluster_ref[cut[k] : cut[k + 1]]), pa.string()),
                    ("duplicate_of", found.strings(found.duplicate_ref[cut[k] : cut[k + 1]]), pa.string()),
                    ("similarity", [None if np.isnan(v) else v for v in sims.tolist()], pa.float32())):
                column = [None] * len(ids)
                for r, v in zip(at, values, strict=True):
                    column[r] = v
                columns[name] = pa.array(column, kind)
            writer.write_table(pa.table({"passage_id": ids.cast(pa.string()), **columns}, schema=DEDUP_SCHEMA))


@timed
def dedup(ctx: RunContext) -> dict:
    """Candidates from LSH (this run and the archive), each decided on the text (`verify.similarity`
    >= min_similarity), then clusters and canonical copies."""
    cfg = ctx.config
    bands, rows = lsh_params(cfg.threshold, cfg.num_perm)
    # this run's indexed passages: per-row arrays in memory, signatures, keys and texts on disk (issue 17)
    bases = [str(p).removesuffix(".passages.parquet") for p in ctx.batches("passages.parquet")]
    run = RunPassages(ctx.staging, bases, cfg.num_perm, bands)
    tokens = run  # tokens[row]: match tokens of a row, read when needed
    floor = cfg.threshold * PREFILTER  # estimated Jaccard below which a candidate is not worth the LCS

    # within this run: candidates by band, a cheap signature/length filter, then the text decides
    codes = candidate_codes(run, floor, cfg.min_similarity)
    n_candidates = len(codes)
    scored = Verified(run)
    new_edges, verified = within_run_edges(run, codes, cfg.min_similarity, scored)
    del codes

    # against earlier runs
    replaced = set(pq.read_table(ctx.staging / "replaced.parquet").column("doc_id").to_pylist())
    arch_rows, arch_pkeys = _lookup(ctx.index, run)
    if len(arch_pkeys):  # this run's own passages (documents read again) are no earlier copies
        keep = ~np.isin(arch_pkeys, _run_pkeys(bases))
        arch_rows, arch_pkeys = arch_rows[keep], arch_pkeys[keep]
    archived_rows = _fetch_archived(ctx.store, {int(k) for k in arch_pkeys}, set(), replaced) if len(arch_pkeys) else []
    missing_canon = {r["duplicate_of"] for r in archived_rows if r["duplicate_of"]} - {r["passage_id"] for r in archived_rows}
    if missing_canon:
        archived_rows += _fetch_archived(ctx.store, set(), missing_canon, replaced)
    hasher = MinHasher(cfg.num_perm, cfg.ngram)
    arch_tokens = [match_tokens(r["text"]) for r in archived_rows]
    arch_sigs = hasher.signatures([t or ["\u2205"] for t in arch_tokens])
    archived = [
        ArchivedPassage(r["passage_id"], r["cluster_id"], r["duplicate_of"],
                        rank_seconds(r["published"], r.get("published_precision")), arch_sigs[k])
        for k, r in enumerate(archived_rows)
    ]
    pos = {lsh_index.passage_key(a.passage_id): k for k, a in enumerate(archived)}
    sigs = run.sigs()  # memory-mapped: only the rows read below are paged in
    run.load_texts(np.unique(arch_rows))
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

    del sigs

    # clusters: only rows with a verified match take part (others stay unassigned), a chunk of
    # whole connected components at a time (`cluster_chunks`)
    members = np.unique(np.concatenate([new_edges.ravel(), np.array([r for r, _ in archive_edges], np.int64)]))
    n = len(run)

    def similarity(row: int, canon: int) -> float:
        if canon < n:
            return scored.score(row, canon)
        return text_similarity(tokens[row], arch_tokens[canon - n])

    arch_outlet = {r["passage_id"]: r["outlet"] for r in archived_rows}
    found = cluster_chunks.assign(run, members, new_edges, archived, archive_edges, cfg.min_similarity, similarity,
                                  arch_outlet)
    _write_assignments(run, found, ctx.staging / "dedup.parquet")
    stats = {"duplicate_passages": found.duplicates, "cross_outlet_duplicates": found.cross_outlet,
             "clusters": found.n_clusters,
             "largest_clusters": [{"cluster_id": c, "new_members": k} for c, k in found.largest]}
    n_verified = len(new_edges)
    del found, new_edges, members  # before the short lines are read
    short = _short_lines(bases)
    pq.write_table(short, ctx.staging / "short.parquet")
    out = {
        "bands": bands,
        "rows": rows,
        "indexed_passages": len(run),
        "candidate_pairs": n_candidates,
        "verified_pairs": n_verified,
        "text_comparisons": verified,
        "archive_candidates": int(len(arch_pkeys)),
        "archive_matches": len(archive_edges),
        **stats,
        "short_duplicates": sum(1 for d in short.column("duplicate_of").to_pylist() if d),
    }
    ctx.stats["dedup"] = out
    return out
