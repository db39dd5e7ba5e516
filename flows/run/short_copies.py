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
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

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


def _partitions(bases: list[str], folder: Path) -> Iterator[pa.Table]:
    """The repeated, long-enough short lines, one partition (all lines of some forms) at a time."""
    hashes, repeated = _counts(bases)
    mine = [np.isin(h, repeated) for h in hashes]
    parts = max(1, -(-int(sum(int(m.sum()) for m in mine)) // PARTITION_ROWS))
    folder.mkdir(exist_ok=True)
    writers = [pq.ParquetWriter(folder / f"part-{p:04d}.parquet", _PART) for p in range(parts)]
    cols = ["passage_id", "outlet", "published", "published_precision", "text"]
    order = 0
    try:
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


def short_copies(bases: list[str], staging: Path) -> int:
    """Write `<batch>.short.parquet` for every batch in `bases`; returns how many short lines are copies."""
    writers = [pq.ParquetWriter(f"{b}.short.parquet", ASSIGNED) for b in bases]
    copies = 0
    try:
        for t in _partitions(bases, staging / "short-parts"):
            ids = t.column("passage_id").to_pylist()
            lines = [ShortLine(pid, pid.rsplit("#", 1)[0], outlet, rank, tokens)
                     for pid, outlet, rank, tokens in zip(ids, t.column("outlet").to_pylist(), t.column("rank").to_pylist(),
                                                          t.column("tokens").to_pylist(), strict=True)]
            found = short_clusters(lines)
            del lines
            if not found:
                continue
            at = sorted(found)
            batch = t.column("batch").to_numpy()[at]
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
    return copies
