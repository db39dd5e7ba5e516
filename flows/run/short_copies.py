"""Short passages copied across outlets (`cleaners.short_lines`), found in bounded memory (issue 17).

Short passages (too short to index) are matched by their normalised form. The run's short lines are
read batch by batch three times, never all at once as Python objects:

1. a 64-bit hash of each line's form (8 bytes a line; `sign` writes them, `<batch>.shorthash.npy`);
2. lines whose form is seen more than once (a group of one is never a cluster) and long enough to
   count are written to one of P partition files by their hash, with their position in processing
   order (P grows with how many there are, `PARTITION_ROWS` lines each);
3. each partition is clustered on its own by `short_lines.short_clusters`: equal forms always fall
   in one partition, and ties are decided by processing order, so the answers are those of one call
   over the whole run while Python objects exist for one partition at a time.

Assignments go to one file per batch, `<batch>.short.parquet` (passage_id, cluster_id, duplicate_of,
similarity), which the write stage reads with that batch.

Earlier runs' short lines of the same forms take part too (T5 F4: a late or re-crawled original
takes its short lines' clusters over, as for long passages): passages/ is scanned for short lines
whose letter skeleton (NFD, lower case, ASCII letters and digits: equal forms have equal skeletons,
computed in Arrow) is one of this run's, only those are tokenised, and they are clustered with this
run's lines, before them in processing order. Their changed assignments are returned, among them
the lines of a form this run makes a template (an outlet with it in more than `MAX_PER_OUTLET`
documents, counted over both runs): they leave their cluster, as if the runs had been one (ATK3).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from cleaners.clustering import Assignment
from cleaners.dates import rank_seconds
from cleaners.normalize import match_tokens
from cleaners.short_lines import MIN_CHARS, MIN_WORDS, ShortLine, short_clusters

PARTITION_ROWS = 1 << 16  # repeated short lines per partition (about)

ASSIGNED = pa.schema([("passage_id", pa.string()), ("cluster_id", pa.string()), ("duplicate_of", pa.string()),
                      ("similarity", pa.float32())])
_PART = pa.schema([("order", pa.int64()), ("batch", pa.int32()), ("passage_id", pa.string()), ("outlet", pa.string()),
                   ("rank", pa.float64()), ("tokens", pa.list_(pa.string()))])


def form_hash(tokens: Sequence[str]) -> int:
    """64-bit hash of a short line's form (its match tokens): equal forms, equal hashes."""
    return xxhash.xxh3_64_intdigest(" ".join(tokens).encode("utf-8", "surrogatepass"))


def _short_rows(base: str, columns: list[str]) -> pa.Table:
    t = pq.read_table(f"{base}.passages.parquet", columns=[*columns, "indexed"])
    return t.filter(pc.invert(pc.field("indexed")))


def _batch_hashes(base: str) -> np.ndarray:
    """The form hash of each short line of a batch: as `sign` wrote it (issue 17: the texts are not read
    and tokenised again here), else computed from the texts."""
    path = Path(f"{base}.shorthash.npy")
    if path.exists():
        return np.load(path)
    return np.fromiter((form_hash(match_tokens(text)) for text in _short_rows(base, ["text"]).column("text").to_pylist()),
                       dtype=np.uint64)


def _counts(bases: list[str]) -> tuple[list[np.ndarray], np.ndarray]:
    """Per batch, the form hash of each short line; and the hashes seen more than once."""
    hashes = [_batch_hashes(b) for b in bases]
    every = np.concatenate(hashes) if hashes else np.empty(0, np.uint64)
    values, counts = np.unique(every, return_counts=True)
    return hashes, values[counts > 1]


def _skeleton(text: pa.Array | pa.ChunkedArray) -> pa.Array:
    """ASCII letters and digits of each text after NFD and lower case: two lines of one match form
    (`normalize.match_tokens`) always have the same skeleton (a filter, computed in Arrow)."""
    folded = pc.utf8_lower(pc.utf8_normalize(text, "NFD"))
    return pc.replace_substring_regex(folded, pattern="[^a-z0-9]+", replacement="")


def _run_skeletons(bases: list[str], min_words: int) -> pa.Array:
    """Distinct skeletons of this run's short lines that are long enough to count."""
    found = [pa.array([], pa.string())]
    for base in bases:
        t = _short_rows(base, ["text", "n_words"])
        t = t.filter(pc.greater_equal(t.column("n_words"), MIN_WORDS))
        if t.num_rows:
            found.append(pc.unique(_skeleton(t.column("text"))))
    return pc.unique(pa.concat_arrays([a.combine_chunks() if isinstance(a, pa.ChunkedArray) else a for a in found]))


ARCHIVED_COLUMNS = ["passage_id", "doc_id", "outlet", "published", "published_precision", "text", "cluster_id",
                    "duplicate_of"]


def _run_docs(bases: list[str]) -> pa.Array:
    """Distinct `doc_id`s of this run's passages."""
    found = [pq.read_table(f"{b}.passages.parquet", columns=["doc_id"]).column("doc_id").combine_chunks()
             for b in bases]
    return pc.unique(pa.concat_arrays([pa.array([], pa.string()), *(a.cast(pa.string()) for a in found)]))


def archived_short_lines(store, bases: list[str], min_words: int, exclude_docs: set[str],
                         overrides: dict[str, dict]) -> tuple[list[dict], np.ndarray]:
    """Earlier runs' short lines whose form is one of this run's (rows as they stand after the
    re-elections in `overrides`), and their form hashes; documents in `exclude_docs` (replaced
    by this run) and every document this run writes left out: their stored rows are this run's
    own lines, not earlier copies (FX4: after `repair` lost a documents shard, the passages/ rows
    of the documents read again stood first in their groups, and each document's first line
    stands for it, so the lines written were never clustered).
    A first run (no `passages` shard stored yet) has none: this run's lines are not read for them at all
    (their skeletons and doc_ids cost a tenth of find-duplicates' CPU on VNTC, for nothing)."""
    rows: list[dict] = []
    shards = store.shards("passages")
    if not shards:
        return rows, np.empty(0, np.uint64)
    skeletons = _run_skeletons(bases, min_words)
    if not len(skeletons):
        return rows, np.empty(0, np.uint64)
    excluded = pc.unique(pa.concat_arrays([pa.array(sorted(exclude_docs), pa.string()), _run_docs(bases)]))
    for shard in shards:
        t = pq.read_table(shard, columns=["n_words", "text"])
        short = pc.and_(pc.greater_equal(t.column("n_words"), MIN_WORDS), pc.less(t.column("n_words"), min_words))
        short = np.flatnonzero(pc.fill_null(short, False).to_numpy(zero_copy_only=False))
        if not len(short):
            continue
        hit = pc.is_in(_skeleton(t.column("text").take(pa.array(short))), value_set=skeletons)
        at = short[pc.fill_null(hit, False).to_numpy(zero_copy_only=False)]
        if not len(at):
            continue
        names = pq.read_schema(shard).names
        got = pq.read_table(shard, columns=[c for c in ARCHIVED_COLUMNS if c in names]).take(pa.array(at))
        got = got.filter(pc.invert(pc.fill_null(pc.is_in(got.column("doc_id"), value_set=excluded), False)))
        for r in got.to_pylist():
            if (o := overrides.get(r["passage_id"])) is not None:
                r["cluster_id"], r["duplicate_of"] = o["cluster_id"], o["duplicate_of"]
            r.setdefault("published_precision", None)
            rows.append(r)
    tokens = [match_tokens(r["text"]) for r in rows]
    keep = [k for k, x in enumerate(tokens) if len(x) >= MIN_WORDS and sum(map(len, x)) >= MIN_CHARS]
    rows = [rows[k] for k in keep]
    for k, r in zip(keep, rows, strict=True):
        r["tokens"] = tokens[k]
    # earlier canonical copies first: a tie in `published` keeps the cluster where it is
    rows.sort(key=lambda r: (r["cluster_id"] != r["passage_id"], r["passage_id"]))
    return rows, np.fromiter((form_hash(r["tokens"]) for r in rows), dtype=np.uint64, count=len(rows))


def _partitions(bases: list[str], folder: Path, archived: list[dict] = (),
                archived_hashes: np.ndarray | None = None) -> Iterator[pa.Table]:
    """The repeated, long-enough short lines, one partition (all lines of some forms) at a time;
    `archived` lines (batch -1) come first, and a form they share with this run counts as repeated."""
    hashes, repeated = _counts(bases)
    if archived_hashes is not None and len(archived_hashes):
        every = np.concatenate(hashes) if hashes else np.empty(0, np.uint64)
        shared = np.unique(archived_hashes[np.isin(archived_hashes, every)])
        repeated = np.union1d(repeated, shared)
        take = np.flatnonzero(np.isin(archived_hashes, shared))
        archived, archived_hashes = [archived[k] for k in take.tolist()], archived_hashes[take]
    else:
        archived, archived_hashes = [], np.empty(0, np.uint64)
    mine = [np.isin(h, repeated) for h in hashes]
    parts = max(1, -(-(int(sum(int(m.sum()) for m in mine)) + len(archived)) // PARTITION_ROWS))
    folder.mkdir(exist_ok=True)
    writers = [pq.ParquetWriter(folder / f"part-{p:04d}.parquet", _PART) for p in range(parts)]
    cols = ["passage_id", "outlet", "published", "published_precision", "text"]
    order = 0
    try:
        if archived:
            rows = pa.table({"order": pa.array(np.arange(len(archived)) - len(archived), pa.int64()),
                             "batch": pa.array(np.full(len(archived), -1, np.int32)),
                             "passage_id": pa.array([r["passage_id"] for r in archived], pa.string()),
                             "outlet": pa.array([r["outlet"] for r in archived], pa.string()),
                             "rank": pa.array([rank_seconds(r["published"], r["published_precision"]) for r in archived],
                                              pa.float64()),
                             "tokens": pa.array([r["tokens"] for r in archived], pa.list_(pa.string()))}, schema=_PART)
            part = (archived_hashes % np.uint64(parts)).astype(np.int64)
            for p in np.unique(part).tolist():
                writers[p].write_table(rows.filter(pa.array(part == p)))
        for k, base in enumerate(bases):
            keep = mine[k]
            first = order
            order += len(keep)
            if not keep.any():
                continue
            t = _short_rows(base, cols).filter(pa.array(keep))
            tokens = [match_tokens(text) for text in t.column("text").to_pylist()]
            long_enough = np.array([len(x) >= MIN_WORDS and sum(map(len, x)) >= MIN_CHARS for x in tokens], dtype=bool)
            if not long_enough.any():
                continue
            at = np.flatnonzero(keep)[long_enough]
            t = t.filter(pa.array(long_enough))
            ranks = [rank_seconds(d, p) for d, p in zip(t.column("published").to_pylist(),
                                                        t.column("published_precision").to_pylist(), strict=True)]
            rows = pa.table({"order": pa.array(at + first, pa.int64()),
                             "batch": pa.array(np.full(len(at), k, np.int32)),
                             "passage_id": t.column("passage_id").cast(pa.string()),
                             "outlet": t.column("outlet").cast(pa.string()),
                             "rank": pa.array(ranks, pa.float64()),
                             "tokens": pa.array([x for x, ok in zip(tokens, long_enough.tolist(), strict=True) if ok],
                                                pa.list_(pa.string()))}, schema=_PART)
            part = (hashes[k][at] % np.uint64(parts)).astype(np.int64)
            for p in np.unique(part).tolist():
                writers[p].write_table(rows.filter(pa.array(part == p)))
    finally:
        for w in writers:
            w.close()
    del hashes, mine, repeated
    for p in range(parts):
        path = folder / f"part-{p:04d}.parquet"
        t = pq.read_table(path)
        path.unlink()
        yield t.sort_by("order")


_NO_CLUSTER = Assignment(None, None, None)


def short_copies(bases: list[str], staging: Path, archived: list[dict] = (),
                 archived_hashes: np.ndarray | None = None) -> tuple[int, dict[str, tuple]]:
    """Write `<batch>.short.parquet` for every batch in `bases`; returns how many short lines are
    copies, and the new (cluster_id, duplicate_of, similarity) of `archived` lines that change."""
    writers = [pq.ParquetWriter(f"{b}.short.parquet", ASSIGNED) for b in bases]
    before = {r["passage_id"]: (r["cluster_id"], r["duplicate_of"]) for r in archived}
    changed: dict[str, tuple] = {}
    copies = 0
    try:
        for t in _partitions(bases, staging / "short-parts", archived, archived_hashes):
            ids = t.column("passage_id").to_pylist()
            lines = [ShortLine(pid, pid.rsplit("#", 1)[0], outlet, rank, tokens)
                     for pid, outlet, rank, tokens in zip(ids, t.column("outlet").to_pylist(), t.column("rank").to_pylist(),
                                                          t.column("tokens").to_pylist(), strict=True)]
            found = short_clusters(lines)
            del lines
            batch_all = t.column("batch").to_numpy()
            # an earlier line whose form is no copy any more (this run's lines make it a template: an outlet
            # now has it in more than `MAX_PER_OUTLET` documents) leaves its cluster, as if both runs were one
            for k in np.flatnonzero(batch_all < 0).tolist():
                now = found.get(k, _NO_CLUSTER)
                if (now.cluster_id, now.duplicate_of) != before[ids[k]]:
                    changed[ids[k]] = (now.cluster_id, now.duplicate_of, now.similarity)
            if not found:
                continue
            at = [k for k in sorted(found) if batch_all[k] >= 0]
            if not at:
                continue
            batch = batch_all[at]
            out = pa.table({"passage_id": pa.array([ids[k] for k in at], pa.string()),
                            "cluster_id": pa.array([found[k].cluster_id for k in at], pa.string()),
                            "duplicate_of": pa.array([found[k].duplicate_of for k in at], pa.string()),
                            "similarity": pa.array([found[k].similarity for k in at], pa.float32())}, schema=ASSIGNED)
            copies += sum(1 for k in at if found[k].duplicate_of)
            for b in np.unique(batch).tolist():
                writers[b].write_table(out.filter(pa.array(batch == b)))
    finally:
        for w in writers:
            w.close()
    return copies, changed
