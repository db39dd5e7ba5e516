"""The learn stage: merge this run's per-outlet line statistics into the persisted ones, then learn
each outlet's site boilerplate (`cleaners.learned.learn_patterns`).

The statistics hold one row per (outlet, key, document) for every run so far, so they grow with the
archive. They are grouped a partition of keys at a time (issue 17): rows are spread over
`partitions()` files on disk by a hash of the key alone, so every (outlet, key) and every key's
outlets fall into one partition, and memory holds one partition's rows, not the archive's.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from cleaners.learned import DOC_KEY, WIDGET_WORDS, LineStat, PatternConfig, learn_patterns, zone_support
from flows.run.context import RunContext, read_table_or_empty, timed
from flows.storage import schemas

LINESTATS_MERGE_ROWS = 1 << 19  # line statistics read before they are reduced to distinct rows
SPILL_ROWS = STATE_ROW_GROUP = 1 << 16  # stored statistics read at once when they are spread over the partitions
PARTITION_ROWS = 1 << 17  # statistics rows grouped at once: learn holds about this many rows (~200 MB)
LEARN_WINDOW_DAYS = 90  # a line below the support threshold for this long is dropped from the state
PATTERNS = pa.schema([("outlet", pa.string()), ("key", pa.string()), ("support", pa.int64()),
                      ("example", pa.string()), ("pinned", pa.bool_()), ("anywhere", pa.bool_()),
                      ("zone_only", pa.bool_())])
_DISTINCT = ["outlet", "key", "doc_id", "doc", "example"]


def partitions(n_rows: int) -> int:
    """How many partitions `n_rows` statistics rows are grouped in (1: all at once)."""
    return max(1, math.ceil(n_rows / PARTITION_ROWS))


def partition_of(keys: pa.Array | pa.ChunkedArray, n: int) -> np.ndarray:
    """Partition number of each key: a 64-bit hash of the key modulo `n` (a function of the key alone;
    each distinct key is hashed once)."""
    flat = pc.fill_null(keys.combine_chunks() if isinstance(keys, pa.ChunkedArray) else keys, "")
    distinct = pc.unique(flat)
    hashes = np.fromiter((xxhash.xxh3_64_intdigest(k.encode("utf-8")) for k in distinct.to_pylist()),
                         dtype=np.uint64, count=len(distinct))
    return (hashes % np.uint64(n)).astype(np.int64)[pc.index_in(flat, value_set=distinct).to_numpy()]


def _reduce(tables: list[pa.Table]) -> pa.Table:
    """Distinct (outlet, key, doc_id, doc) rows, each with its smallest example."""
    t = pa.concat_tables(tables).group_by(_DISTINCT[:4]).aggregate([("example", "min")])
    return t.select([*_DISTINCT[:4], "example_min"]).rename_columns(_DISTINCT)


def distinct_line_docs(tables: Iterable[pa.Table]) -> pa.Table:
    """(outlet, key, doc_id, doc, example): every line key per outlet and document with its smallest
    example, reduced to distinct rows every `LINESTATS_MERGE_ROWS` rows read."""
    kept: list[pa.Table] = []
    unreduced = 0
    for table in tables:
        kept.append(schemas.conform(table, schemas.LINESTATS).select(_DISTINCT))
        unreduced += kept[-1].num_rows
        if unreduced >= LINESTATS_MERGE_ROWS:
            kept, unreduced = [_reduce(kept)], 0
    return _reduce(kept or [schemas.LINESTATS.empty_table().select(_DISTINCT)])


def line_support(rows: pa.Table) -> pa.Table:
    """(outlet, key, n_docs, example, last_seen) from the per-document rows of `state/learned.parquet`:
    distinct documents (by text) plus the counts an older version stored without documents."""
    legacy = rows.filter(pc.is_null(rows.column("doc")))
    legacy = legacy.group_by(["outlet", "key"]).aggregate([("n_docs", "sum")]).rename_columns(["outlet", "key", "n"])
    own = rows.filter(pc.is_valid(rows.column("doc")))
    own = own.group_by(["outlet", "key"]).aggregate([("doc", "count_distinct")]).rename_columns(["outlet", "key", "n"])
    n = pa.concat_tables([legacy, own.cast(legacy.schema)]).group_by(["outlet", "key"]).aggregate([("n", "sum")])
    rest = rows.group_by(["outlet", "key"]).aggregate([("example", "min"), ("last_seen", "max")])
    out = n.join(rest, keys=["outlet", "key"])
    return out.select(["outlet", "key", "n_sum", "example_min", "last_seen_max"]).rename_columns(
        ["outlet", "key", "n_docs", "example", "last_seen"])


def _documents_read(ctx: RunContext) -> pa.Array:
    """Ids whose earlier line statistics this run replaces: the documents it extracted, and the old
    ids of records an earlier version named otherwise (`retired`) now written under their new id."""
    ids = set()
    for path in ctx.batches("docs.parquet"):
        ids.update(pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist())
    retired = ctx.staging / "retired.parquet"
    if retired.exists():
        ids.update(r["doc_id"] for r in pq.read_table(retired).to_pylist() if r["new_id"] in ids)
    return pa.array(sorted(ids), pa.string())


class _Spill:
    """Rows of one kind spread over `n` partition files (`<stem>-<k>.parquet` in `folder`)."""

    def __init__(self, folder: Path, stem: str, schema: pa.Schema, n: int) -> None:
        self.paths = [folder / f"{stem}-{k}.parquet" for k in range(n)]
        self.schema, self.n = schema, n
        self.writers: list[pq.ParquetWriter | None] = [None] * n

    def add(self, table: pa.Table) -> None:
        part = partition_of(table.column("key"), self.n)
        for k in range(self.n):
            rows = table.filter(pa.array(part == k))
            if rows.num_rows:
                if self.writers[k] is None:
                    self.writers[k] = pq.ParquetWriter(self.paths[k], self.schema)
                self.writers[k].write_table(rows)

    def close(self) -> None:
        for w in self.writers:
            if w is not None:
                w.close()

    def read(self, k: int) -> pa.Table:
        return pq.read_table(self.paths[k]) if self.paths[k].exists() else self.schema.empty_table()


def _partitioned(ctx: RunContext, n: int, read: pa.Array) -> tuple[_Spill, _Spill]:
    """This run's statistics and the stored ones (without the documents read again), spilled by partition."""
    folder = ctx.staging / "learn"
    folder.mkdir(exist_ok=True)
    new = _Spill(folder, "run", pa.schema([schemas.LINESTATS.field(c) for c in _DISTINCT]), n)
    old = _Spill(folder, "state", schemas.LEARNED, n)
    try:
        for path in ctx.batches("linestats.parquet"):
            new.add(schemas.conform(pq.read_table(path), schemas.LINESTATS).select(_DISTINCT))
        state = ctx.store.state / "learned.parquet"
        if state.exists():
            for batch in pq.ParquetFile(state).iter_batches(batch_size=SPILL_ROWS):
                old.add(_unread(schemas.conform(pa.Table.from_batches([batch]), schemas.LEARNED), read))
    finally:
        new.close()
        old.close()
    return new, old


def _unread(old: pa.Table, read: pa.Array) -> pa.Table:
    """Stored rows of documents this run did not read again (those it read bring their rows anew)."""
    return old.filter(pc.invert(pc.fill_null(pc.is_in(old.column("doc_id"), value_set=read), False)))


class _Learned:
    """What the partitions add up to: outlets' document counts, their best supported line, the
    statistics of keys that may become patterns."""

    def __init__(self) -> None:
        self.outlet_docs: dict[str, int] = {}
        self.widest: dict[str, int] = {}
        self.chosen: list[pa.Table] = []

    def take(self, merged: pa.Table, min_docs: int) -> None:
        # documents each outlet taught (one DOC_KEY row each): the base of a line's share of the outlet's pages
        docs_of = merged.filter(pc.equal(merged.column("key"), DOC_KEY))
        for outlet, n in zip(docs_of.column("outlet").to_pylist(), docs_of.column("n_docs").to_pylist(), strict=True):
            self.outlet_docs[outlet] = n
        merged = merged.filter(pc.not_equal(merged.column("key"), DOC_KEY))
        widest = merged.group_by("outlet").aggregate([("n_docs", "max")])
        for outlet, most in zip(widest.column("outlet").to_pylist(), widest.column("n_docs_max").to_pylist(),
                                strict=True):
            self.widest[outlet] = max(self.widest.get(outlet, 0), most)
        # only keys of one outlet with enough support can become patterns: select them in Arrow (support enough
        # inside the template zone, `zone_support`, is the lowest that counts)
        by_key = merged.group_by("key").aggregate([("outlet", "count_distinct"), ("n_docs", "sum")])
        # issue 12: a short widget-like line (a menu item) may be shared by several outlets
        short = pc.less_equal(pc.add(pc.count_substring(by_key.column("key"), " "), 1), WIDGET_WORDS)
        wanted = by_key.filter(pc.and_(pc.or_(pc.equal(by_key.column("outlet_count_distinct"), 1), short),
                                       pc.greater_equal(by_key.column("n_docs_sum"), zone_support(min_docs))))
        self.chosen.append(merged.filter(pc.is_in(merged.column("key"), value_set=wanted.column("key")))
                           .select(["outlet", "key", "n_docs", "example"]))

    def stats(self) -> tuple[list[LineStat], dict[str, int]]:
        # round 9: rows an older version stored have no DOC_KEY row; an outlet has at least as many documents as
        # its best supported line, so the share is never taken of fewer documents than that (else of `min_docs`)
        docs = dict(self.outlet_docs)
        for outlet, most in self.widest.items():
            docs[outlet] = max(docs.get(outlet, 0), most)
        chosen = pa.concat_tables(self.chosen) if self.chosen else None
        if chosen is None or not chosen.num_rows:
            return [], docs
        chosen = chosen.sort_by([("outlet", "ascending"), ("key", "ascending")])
        return [LineStat(o, k, n, e) for o, k, n, e in
                zip(*(chosen.column(c).to_pylist() for c in ("outlet", "key", "n_docs", "example")), strict=True)], docs


def _merge(distinct: pa.Table, old: pa.Table, now: datetime, min_docs: int) -> tuple[pa.Table, pa.Table]:
    """(state rows, line support) of one partition: this run's distinct rows with the stored ones, lines
    below the support for `LEARN_WINDOW_DAYS` dropped (the state stays bounded)."""
    counted = distinct.append_column("n_docs", pa.array([1] * distinct.num_rows, pa.int64()))
    counted = counted.append_column("last_seen", pa.array([now] * counted.num_rows, schemas.TS))
    rows = pa.concat_tables([old, counted.select(schemas.LEARNED.names).cast(schemas.LEARNED)])
    merged = line_support(rows)
    stale = pc.and_(pc.less(merged.column("n_docs"), min_docs),
                    pc.less(merged.column("last_seen"), pa.scalar(now - timedelta(days=LEARN_WINDOW_DAYS), schemas.TS)))
    gone = merged.filter(stale).select(["outlet", "key"])
    if gone.num_rows:
        gone = gone.append_column("_stale", pa.array([True] * gone.num_rows))
        rows = rows.join(gone, keys=["outlet", "key"], join_type="left outer")
        rows = rows.filter(pc.is_null(rows.column("_stale"))).select(schemas.LEARNED.names)
        merged = merged.filter(pc.invert(stale))
    return rows.sort_by([("outlet", "ascending"), ("key", "ascending")]), merged


def _row_count(ctx: RunContext) -> int:
    """Statistics rows this run and the state hold (from the files' footers)."""
    paths = [*ctx.batches("linestats.parquet"), ctx.store.state / "learned.parquet"]
    return sum(pq.ParquetFile(p).metadata.num_rows for p in paths if p.exists())


@timed
def learn(ctx: RunContext) -> dict:
    """Merge this run's per-outlet line statistics into the persisted ones; learn patterns.

    The state holds one row per (outlet, key, document): a document read again (`--reprocess`, an
    upsert, a repair) replaces its earlier rows, so support counts distinct documents however
    often they are read (F7)."""
    cfg = ctx.config
    now = datetime.now(UTC)
    read = _documents_read(ctx)
    n = partitions(_row_count(ctx))
    learned = _Learned()
    with pq.ParquetWriter(ctx.staging / "learned.parquet", schemas.LEARNED, compression="zstd") as state:  # row groups:
        # `STATE_ROW_GROUP` rows, so the next run reads the state a piece at a time
        if n == 1:  # all at once: no spill files
            run_rows = distinct_line_docs(pq.read_table(p) for p in ctx.batches("linestats.parquet"))
            old = read_table_or_empty(ctx.store.state / "learned.parquet", schemas.LEARNED)
            parts = [(run_rows, _unread(schemas.conform(old, schemas.LEARNED), read))]
        else:
            new, stored = _partitioned(ctx, n, read)
            pa.default_memory_pool().release_unused()
            parts = ((distinct_line_docs([new.read(k)]), schemas.conform(stored.read(k), schemas.LEARNED))
                     for k in range(n))
        for run_rows, old in parts:
            rows, merged = _merge(run_rows, old, now, cfg.learn_min_docs)
            state.write_table(rows, row_group_size=STATE_ROW_GROUP)
            learned.take(merged, cfg.learn_min_docs)
            del rows, merged, run_rows, old
            pa.default_memory_pool().release_unused()  # else the allocator keeps each partition's peak
    stats, outlet_docs = learned.stats()
    config = PatternConfig.load(Path(cfg.boilerplate_config) if cfg.boilerplate_config else None)
    patterns = learn_patterns(stats, cfg.learn_min_docs, config, outlet_docs)
    rows = [
        {"outlet": p.outlet, "key": p.key, "support": p.support, "example": p.example, "pinned": p.pinned,
         "anywhere": p.anywhere, "zone_only": p.zone_only}
        for by_key in patterns.values() for p in by_key.values()
    ]
    rows.sort(key=lambda r: (-r["support"], r["outlet"], r["key"]))
    pq.write_table(pa.Table.from_pylist(rows, schema=PATTERNS), ctx.staging / "learned_patterns.parquet")
    # issue 12: documents with no outlet (no `outlet` field, no URL, no site name) teach nothing
    without = ctx.stats.get("extract", {}).get("without_outlet", 0)
    out = {"patterns": len(rows), "outlets": len(patterns), "top": rows[:20], "documents_not_learned_from": without,
           "partitions": n}
    if without:
        out["note"] = (f"{without:,} document(s) have no outlet (no `outlet` field, no URL): "
                       "no site boilerplate was learned from them")
    ctx.stats["learn"] = out
    return out
