"""The find-duplicates stage: near-duplicate pairs verified on the text within the run and against the
archive (through the run's `PassageIndex`, whatever its backend), clusters and canonical copies."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from cleaners import index as lsh_index
from cleaners.clustering import ArchivedPassage
from cleaners.dates import rank_seconds
from cleaners.lsh import lsh_params
from cleaners.minhash import MinHasher
from cleaners.verify import drop_kept_grams, passage_tokens, passing_similarity
from flows.run import cluster_chunks
from flows.run.context import RunContext, gc_paused, peak_rss_mb, timed
from flows.run.executor import default_workers
from flows.run.run_passages import RunPassages
from flows.run.short_copies import archived_short_lines, short_copies
from flows.run.within_run import Verified, candidate_codes, within_run_edges
from flows.storage.forget import passages_of, reelect
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
    """Rows of earlier runs' passages, by index key, by passage id or by cluster id; each with its place
    `_at` (shard, row): the order in which they were processed (shards are named by run, rows kept in order)."""
    rows = []
    columns = ["passage_id", "doc_id", "outlet", "published", "text", "cluster_id", "duplicate_of", "published_precision"]
    for at, shard in enumerate(store.shards("passages")):
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
        rows.extend({**r, "_at": (at, i)} for r, i in zip(t.to_pylist(), hit, strict=True)
                    if r["doc_id"] not in exclude_docs)
    return rows


def _dangling(store: OutputStore, replaced: set[str]) -> set[str]:
    """Canonical passages of `replaced` documents that earlier rows point at but passages/ no longer
    holds (T5 F12: a lost shard, read again after `repair`): their clusters are orphans too."""
    docs = pa.array(sorted(replaced), pa.string())
    out: set[str] = set()
    for shard in store.shards("passages"):
        t = pq.read_table(shard, columns=["cluster_id", "duplicate_of"])
        for name in ("cluster_id", "duplicate_of"):
            refs = t.column(name).drop_null().unique()
            of_doc = pc.replace_substring_regex(refs, pattern="#[^#]*$", replacement="")
            out.update(refs.filter(pc.is_in(of_doc, value_set=docs)).to_pylist())
    return out


def _orphans(store: OutputStore, replaced: set[str], min_similarity: float) -> dict[str, dict]:
    """Earlier clusters whose canonical passage belongs to a document this run replaces (an
    upsert): re-elected among their remaining members, as `forget` does, before the new version is
    matched. {passage_id: {cluster_id, duplicate_of, similarity}} of the members that change."""
    gone = passages_of(store, replaced) | _dangling(store, replaced) if replaced else set()
    out = reelect(store, gone, replaced, min_similarity) if gone else {}
    out.pop("_reelected", None)
    return out


def _home_shards(store: OutputStore, replaced: set[str]) -> dict[str, int]:
    """doc_id -> place (in `store.shards("passages")`) of the shard each replaced document's new rows
    go back into (publish), so they keep its place in the processing order (ATK12: a document read
    again is not processed after its own copies); absent when that shard is gone from passages/."""
    order = {shard.name: at for at, shard in enumerate(store.shards("passages"))}
    return {d: order[name] for d, name in store.home_shards(replaced).items() if name in order}


def _places(homes: dict[str, int], rows: list[dict]) -> dict[str, tuple[int, int]]:
    """doc_id -> (how many of the archived `rows`, in processing order, come before the end of its home
    shard, that shard's place)."""
    shards = np.array([r["_at"][0] for r in rows], np.int64)
    return {d: (int(np.searchsorted(shards, at, side="right")), at) for d, at in homes.items()}


def _override(rows: list[dict], overrides: dict[str, dict]) -> list[dict]:
    """Archived rows as they stand after the re-elections in `overrides`."""
    for r in rows:
        if (o := overrides.get(r["passage_id"])) is not None:
            r["cluster_id"], r["duplicate_of"] = o["cluster_id"], o["duplicate_of"]
    return rows


def _archived_passages(rows: list[dict], hasher: MinHasher) -> tuple[list[ArchivedPassage], list[list[str]], np.ndarray]:
    """Archived passages (with signatures recomputed from the text), their match tokens and their
    signatures as one array (each passage's `signature` is a row of it)."""
    tokens = [passage_tokens(r["text"]) for r in rows]  # match tokens that know their names (verify)
    sigs = hasher.signatures([t or ["\u2205"] for t in tokens])
    return [ArchivedPassage(r["passage_id"], r["cluster_id"], r["duplicate_of"],
                            rank_seconds(r["published"], r.get("published_precision")), sigs[k])
            for k, r in enumerate(rows)], tokens, sigs


def _estimates(sigs: np.ndarray, rows: np.ndarray, arch_sigs: np.ndarray, ks: np.ndarray,
               chunk: int = 1 << 14) -> np.ndarray:
    """Estimated Jaccard of each run row `rows[i]` with archived passage `ks[i]` (-1: none, estimate 0),
    a chunk of pairs at a time (issue 17: one NumPy call per pair was a tenth of an incremental dedup)."""
    out = np.zeros(len(rows), dtype=np.float64)
    width = max(sigs.shape[1], 1)
    for s in range(0, len(rows), chunk):
        k = ks[s : s + chunk]
        hit = np.flatnonzero(k >= 0)
        if len(hit):
            same = sigs[rows[s : s + chunk][hit]] == arch_sigs[k[hit]]
            out[s + hit] = np.count_nonzero(same, axis=1) / width
    return out


def _in_order(rows: list[dict], archived: list[ArchivedPassage], tokens: list[list[str]],
              edges: list[tuple[int, int]]) -> tuple[list[dict], list[ArchivedPassage], list[list[str]], list[tuple[int, int]]]:
    """Archived passages (rows, passages, tokens) put in the order they were processed, and the
    archive edges (row, archived index) renumbered to match."""
    order = sorted(range(len(rows)), key=lambda k: rows[k]["_at"])
    new_at = {k: i for i, k in enumerate(order)}
    return ([rows[k] for k in order], [archived[k] for k in order], [tokens[k] for k in order],
            [(row, new_at[k]) for row, k in edges])


def _pairs(edges: np.ndarray, chunk: int = 1 << 16) -> Iterator[list[int]]:
    """Rows of an (m, 2) array as [i, j] lists, made a chunk at a time."""
    for s in range(0, len(edges), chunk):
        yield from edges[s : s + chunk].tolist()


LOOKUP_ROWS = 1 << 17  # rows looked up in the index at once


def _lookup(index: lsh_index.PassageIndex, run: RunPassages) -> tuple[np.ndarray, np.ndarray]:
    """`index.lookup` over all rows, a block of rows at a time (its answer is per row)."""
    found_rows, found_pkeys = [np.empty(0, np.int64)], [np.empty(0, np.uint64)]
    sigs = run.sigs()  # memory-mapped: a backend that reads no signatures (embedded) pages none in (issue 17)
    try:
        for start in range(0, len(run), LOOKUP_ROWS):
            stop = min(start + LOOKUP_ROWS, len(run))
            r, p = index.lookup(run.key_rows(start, stop), sigs[start:stop])
            found_rows.append(np.asarray(r, np.int64) + start)
            found_pkeys.append(np.asarray(p, np.uint64))
    finally:
        del sigs
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
    >= min_similarity), then clusters and canonical copies (the cyclic garbage collector paused)."""
    with gc_paused():
        try:
            return _dedup(ctx)
        finally:
            drop_kept_grams()


def _dedup(ctx: RunContext) -> dict:
    cfg = ctx.config
    bands, rows = lsh_params(cfg.threshold, cfg.num_perm)
    # this run's indexed passages: per-row arrays in memory, signatures, keys and texts on disk (issue 17)
    bases = [str(p).removesuffix(".passages.parquet") for p in ctx.batches("passages.parquet")]
    run = RunPassages(ctx.staging, bases, cfg.num_perm, bands)
    tokens = run  # tokens[row]: match tokens of a row, read when needed
    floor = cfg.threshold * PREFILTER  # estimated Jaccard below which a candidate is not worth the LCS

    # within this run: candidates by band, a cheap signature/length filter, then the text decides
    candidates = candidate_codes(run, floor, cfg.min_similarity)
    n_candidates = len(candidates.codes)
    scored = Verified(run, cfg.min_similarity)
    workers = default_workers(cfg.workers)  # two or more: verification and clusters also in a forked copy
    new_edges, verified = within_run_edges(run, candidates, cfg.min_similarity, scored, workers)
    del candidates
    marks = {"within_run": peak_rss_mb()}  # this process's peak so far, after each phase (issue 17)

    # against earlier runs
    replaced = set(pq.read_table(ctx.staging / "replaced.parquet").column("doc_id").to_pylist())
    arch_rows, arch_pkeys = _lookup(ctx.index, run)
    if len(arch_pkeys):  # this run's own passages (documents read again) are no earlier copies
        keep = ~np.isin(arch_pkeys, _run_pkeys(bases))
        arch_rows, arch_pkeys = arch_rows[keep], arch_pkeys[keep]
    orphans = _orphans(ctx.store, replaced, cfg.min_similarity)  # clusters whose canonical document is replaced: re-elected first
    archived_rows = _fetch_archived(ctx.store, {int(k) for k in arch_pkeys}, set(orphans), replaced) \
        if len(arch_pkeys) or orphans else []
    _override(archived_rows, orphans)
    missing_canon = {r["duplicate_of"] for r in archived_rows if r["duplicate_of"]} - {r["passage_id"] for r in archived_rows}
    if missing_canon:
        archived_rows += _override(_fetch_archived(ctx.store, set(), missing_canon, replaced), orphans)
    archived_rows.sort(key=lambda r: r["_at"])  # ties of `published` go to the first processed
    homes = _home_shards(ctx.store, replaced)  # documents read again keep their shard's place in that order
    hasher = MinHasher(cfg.num_perm, cfg.ngram)
    archived, arch_tokens, arch_sigs = _archived_passages(archived_rows, hasher)
    pos = {lsh_index.passage_key(a.passage_id): k for k, a in enumerate(archived)}
    run.load_texts(np.unique(arch_rows))
    ks = np.fromiter((pos.get(int(p), -1) for p in arch_pkeys.tolist()), np.int64, len(arch_pkeys))
    sigs = run.sigs()  # memory-mapped: only the rows read are paged in
    worth = _estimates(sigs, arch_rows, arch_sigs, ks) >= floor  # (a pair without an archived passage: 0)
    del sigs, arch_sigs
    archive_edges, joined = [], set()
    for i in np.flatnonzero(worth).tolist():
        row, k = int(arch_rows[i]), int(ks[i])
        cluster = archived[k].cluster_id or archived[k].passage_id
        if (row, cluster) in joined:  # one verified match joins the earlier cluster
            continue
        verified += 1
        if passing_similarity(tokens[row], arch_tokens[k], cfg.min_similarity) >= cfg.min_similarity:
            archive_edges.append((row, k))
            joined.add((row, cluster))
    marks["archive"] = peak_rss_mb()

    # clusters: only rows with a verified match take part (others stay unassigned), a chunk of
    # whole connected components at a time (`cluster_chunks`)
    members = np.unique(np.concatenate([new_edges.ravel(), np.array([r for r, _ in archive_edges], np.int64)]))
    n = len(run)

    def similarity(node: int, canon: int) -> float:
        if node < n and canon < n:
            return scored.score(node, canon)
        return passing_similarity(tokens[node] if node < n else arch_tokens[node - n],
                                  tokens[canon] if canon < n else arch_tokens[canon - n], cfg.min_similarity)

    def cluster(members: np.ndarray, new_edges: np.ndarray) -> cluster_chunks.Clusters:
        arch_outlet = {r["passage_id"]: r["outlet"] for r in archived_rows}
        return cluster_chunks.assign(run, members, new_edges, archived, archive_edges, cfg.min_similarity, similarity,
                                     arch_outlet, workers=workers, placed=_places(homes, archived_rows))

    found = cluster(members, new_edges)
    forked_cpu = found.forked_cpu
    if found.archived or found.whole:  # late originals, and groups joining several earlier clusters (decided
        # as one run decides): every member of those clusters takes part
        moving = {archived[k].cluster_id or archived[k].passage_id for k in found.archived} | found.whole
        known = {a.passage_id for a in archived}
        more = [r for r in _override(_fetch_archived(ctx.store, set(), set(), replaced, clusters=moving), orphans)
                if r["passage_id"] not in known]
        if more:
            extra, extra_tokens, _ = _archived_passages(more, hasher)
            archived_rows, archived, arch_tokens, archive_edges = _in_order(
                archived_rows + more, archived + extra, arch_tokens + extra_tokens, archive_edges)
            found = cluster(members, new_edges)
            forked_cpu += found.forked_cpu
    marks["clusters"] = peak_rss_mb()
    # changes to earlier rows: re-elections after an upsert, then the take-overs of late originals
    changed = {pid: (o["cluster_id"], o["duplicate_of"], o["similarity"]) for pid, o in orphans.items()}
    changed.update((archived_rows[k]["passage_id"], (a.cluster_id, a.duplicate_of, a.similarity))
                   for k, a in found.archived.items())
    _write_assignments(run, found, ctx.staging / "dedup.parquet")
    stats = {"duplicate_passages": found.duplicates, "cross_outlet_duplicates": found.cross_outlet,
             "clusters": found.n_clusters,
             "largest_clusters": [{"cluster_id": c, "new_members": k} for c, k in found.largest]}
    n_verified = len(new_edges)
    del found, new_edges, members  # before the short lines are read
    marks["assignments"] = peak_rss_mb()
    # short lines: with earlier runs' lines of the same forms (a late original takes them over too)
    short_archived, short_hashes = archived_short_lines(ctx.store, bases, cfg.min_words, replaced, orphans)
    short_duplicates, short_changed = short_copies(bases, ctx.staging, short_archived, short_hashes)  # `<batch>.short.parquet`
    changed.update(short_changed)
    archived_rows += short_archived  # their outlets, for `copied_from`
    del short_archived, short_hashes
    marks["short_lines"] = peak_rss_mb()
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
    out = {
        "bands": bands,
        "rows": rows,
        "indexed_passages": len(run),
        "candidate_pairs": n_candidates,
        "verified_pairs": n_verified,
        "text_comparisons": verified,
        "archive_candidates": int(len(arch_pkeys)),
        "archive_matches": len(archive_edges),
        "archived_passages_moved": len(moved),  # earlier rows re-pointed (late originals, upserted canonicals)
        **stats,
        "short_duplicates": short_duplicates,
        "peak_rss_mb_after": marks,
        "batch_cpu_seconds": round(scored.forked_cpu + forked_cpu, 2),  # work done in forked copies
    }
    ctx.stats["dedup"] = out
    return out
