"""The write-shards and commit stages: final Parquet shards streamed from staging, the index
part (merged when parts pile up), rewritten shards for replaced rows, the manifest, and the
journalled commit that makes a run visible at once."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.engines.redis_index import public_parameters
from flows.report import markdown_report
from flows.run.context import RunContext, timed
from flows.run.run_passages import KEYS_T, SIGS, ParquetRows
from flows.storage import copies, integrity, schemas
from flows.storage.shards import RowGroupWriter
from flows.storage.store import TABLES, OutputStore


def _reject_mask(t: pa.Table, drop: pa.Array) -> pa.Array:
    """Reject rows made by the reads listed in `drop` (`<source name>\x00<run_id>` of each file
    read again): a row's source is the file's name, or the name plus `#L<line>` / `#row<n>`."""
    sources, runs = t.column("source").to_pylist(), t.column("run_id").to_pylist()
    whole = pa.array([f"{s}\x00{r}" for s, r in zip(sources, runs, strict=True)], pa.string())
    cut = pa.array([f"{s.rsplit('#', 1)[0]}\x00{r}" for s, r in zip(sources, runs, strict=True)], pa.string())
    return pc.or_(pc.is_in(whole, value_set=drop), pc.is_in(cut, value_set=drop))


class _Spills:
    """New rows of replaced documents, gathered per home shard (written to disk, not held)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.writers: dict[tuple[str, str], pq.ParquetWriter] = {}

    def path(self, table: str, shard: str) -> Path:
        return self.directory / f"{table}--{shard}"

    def write(self, table: str, rows: pa.Table, homes: dict[str, str], present: set[str]) -> pa.Table:
        """Spill the rows of replaced documents whose home shard exists in `table` (names in
        `present`); return the others (written into the run's own shard: never dropped)."""
        if not homes or rows.num_rows == 0:
            return rows
        target = pa.array([h if (h := homes.get(d)) in present else None for d in rows.column("doc_id").to_pylist()],
                          pa.string())
        for shard in set(target.drop_null().to_pylist()):
            key = (table, shard)
            if key not in self.writers:
                self.directory.mkdir(exist_ok=True)
                self.writers[key] = pq.ParquetWriter(self.path(table, shard), rows.schema, compression="zstd")
            self.writers[key].write_table(rows.filter(pc.equal(target, shard)))
        return rows.filter(pc.is_null(target))

    def close(self) -> None:
        for writer in self.writers.values():
            writer.close()


def _rewrite(store: OutputStore, shard: Path, table: str, drop: pa.Array, spill: Path, dest: Path,
             updates: list[pa.Table], recorded: dict[str, str]) -> bool:
    """`shard` without its rows to drop, with `updates` applied to its earlier rows (cluster
    changes by `passage_id`, article-level columns by `doc_id`), plus the spilled new rows of its
    documents, into `dest`; False when nothing changes. Replacing the shard by `dest` is then one
    atomic rename. Documents and passages drop rows by `doc_id`; rejects by `<source file>\x00<run_id>`.
    The rows kept are copied only from bytes that match the SHA-256 in `recorded` (`integrity.read_to_copy`:
    else DamagedOutputError, the run stops and commits nothing; before, bit rot was copied and signed anew)."""
    if table == "rejects":
        mask = pc.fill_null(_reject_mask(pq.read_table(shard, columns=["source", "run_id"]), drop), False)
    else:
        key = "passage_id" if table == "passages" else "doc_id"
        keys = pq.read_table(shard, columns=list(dict.fromkeys(["doc_id", key])))
        mask = pc.fill_null(pc.is_in(keys.column("doc_id"), value_set=drop), False)
        touched = any(u.num_rows and pc.any(pc.is_in(keys.column(key), value_set=u.column(key))).as_py()
                      for u in updates)
        # a shard written by an older version lacks columns added since: brought to the current
        # schema once, so that every loader (which takes the first file's schema) sees them
        stale = pq.read_schema(shard).names != _SCHEMAS[table].names
        if not pc.any(mask).as_py() and not spill.exists() and not touched and not stale:
            return False
    if table == "rejects" and not pc.any(mask).as_py() and not spill.exists():
        return False
    t = integrity.read_to_copy(store, shard, recorded).filter(pc.invert(mask))
    if table != "rejects":
        for u in updates:
            t, _ = copies.apply(t, key, u)
        t = schemas.conform(t, _SCHEMAS[table])
    if spill.exists():
        t = pa.concat_tables([t, pq.read_table(spill).cast(t.schema)])
    pq.write_table(t, dest, compression="zstd", row_group_size=DOC_ROW_GROUP if table == "documents" else PASSAGE_ROW_GROUP)
    return True


DOC_ROW_GROUP, PASSAGE_ROW_GROUP = 2_000, 50_000
_SCHEMAS = {"documents": schemas.DOCUMENTS, "passages": schemas.PASSAGES}
_TABLE_SCHEMAS = {**_SCHEMAS, "rejects": schemas.REJECTS}


def _new_sources(store: OutputStore, moved: pa.Table) -> pa.Table:
    """The rows of `moved` (doc_id, source) whose stored document has another `source`."""
    if not moved.num_rows:
        return moved
    keep = []
    for shard in store.shards("documents"):
        t = pq.read_table(shard, columns=["doc_id", "source"])
        at = pc.index_in(t.column("doc_id"), value_set=moved.column("doc_id"))
        hit = pc.fill_null(pc.is_valid(at), False)
        if pc.any(hit).as_py():
            now = moved.column("source").combine_chunks().take(at.filter(hit))
            old = t.column("source").filter(hit)
            keep += [d for d, a, b in zip(t.column("doc_id").filter(hit).to_pylist(), old.to_pylist(), now.to_pylist(),
                                          strict=True) if a != b]
    return moved.filter(pc.is_in(moved.column("doc_id"), value_set=pa.array(keep, pa.string())))


def _stale_shards(ctx: RunContext) -> bool:
    """Some documents/passages shard was written with an older schema (fewer columns)."""
    return any(pq.read_schema(p).names != _SCHEMAS[t].names for t in _SCHEMAS for p in ctx.store.shards(t))


def _outlets(ctx: RunContext) -> dict[str, str | None]:
    """Outlet of every document of this run and of the earlier documents find-duplicates read."""
    out: dict[str, str | None] = {}
    for path in [*ctx.batches("clean.parquet"), ctx.staging / "archive_outlets.parquet"]:
        if Path(path).exists():
            t = pq.read_table(path, columns=["doc_id", "outlet"])
            out.update(zip(t.column("doc_id").to_pylist(), t.column("outlet").to_pylist(), strict=True))
    return out


def _earlier_updates(ctx: RunContext, outlets: dict[str, str | None]) -> dict[str, pa.Table | None]:
    """Changes to earlier runs' rows: passages a late original took over (`find_duplicates`), and
    the article-level columns of their documents, computed again (also, once, of every document in
    a shard written by an older version without those columns: see `_rewrite`)."""
    path = ctx.staging / "archive_changes.parquet"
    changes = pq.read_table(path).select(["passage_id", *copies.PASSAGE_COLUMNS]) if path.exists() else None
    if changes is not None and not changes.num_rows:
        changes = None
    stale = {d for p in ctx.store.shards("documents") if pq.read_schema(p).names != schemas.DOCUMENTS.names
             for d in pq.read_table(p, columns=["doc_id"]).column("doc_id").to_pylist()}
    if changes is None and not stale:
        return {"passages": None, "documents": None}
    empty = pa.table({"passage_id": pa.array([], pa.string())})
    documents = copies.earlier_documents(ctx.store, changes if changes is not None else empty, ctx.config.min_words,
                                         outlets, also=stale)
    return {"passages": changes, "documents": documents}


def _index_run(ctx: RunContext, final: Path) -> list[Path]:
    """This run's indexed passages into the index (the part the commit moves in); the parts it replaces.
    Band keys and signatures as find-duplicates copied them, memory-mapped: read a block at a time."""
    keys = np.load(ctx.staging / KEYS_T, mmap_mode="r").T  # (n, bands)
    if not len(keys):
        return []
    sigs = np.load(ctx.staging / SIGS, mmap_mode="r")
    change = ctx.index.add(final, ctx.run_id, ParquetRows(ctx.staging / "dedup.parquet").passage_ids(), keys, sigs)
    return list(change.replaced)


@timed
def write(ctx: RunContext) -> dict:
    """Final shards of this run (streamed batch by batch), index part, state; all in staging."""
    final = ctx.staging / "final"
    if final.exists():  # a retry of this stage (e.g. after the disk filled up) starts afresh
        shutil.rmtree(final)
    final.mkdir()
    now = datetime.now(UTC)
    dedup_t = ParquetRows(ctx.staging / "dedup.parquet")  # indexed passages, in batch order, read as needed
    counts: Counter[str] = Counter()
    docs_w = RowGroupWriter(final / "documents.parquet", schemas.DOCUMENTS, DOC_ROW_GROUP)
    pass_w = RowGroupWriter(final / "passages.parquet", schemas.PASSAGES, PASSAGE_ROW_GROUP)
    # Upserts by doc_id: every earlier row of a document written again (whatever file it came
    # from, and in any shard: also passages whose document row is gone) is replaced.
    written: set[str] = set()
    for clean_path in ctx.batches("clean.parquet"):
        written.update(pq.read_table(clean_path, columns=["doc_id"]).column("doc_id").to_pylist())
    homes = ctx.store.home_shards(written)
    outlets = _outlets(ctx)
    spills = _Spills(final / "spill")
    # a home shard missing in a table (e.g. a passages shard lost, then `repair`): those rows go
    # into this run's own shard of that table
    present = {t: {p.name for p in ctx.store.shards(t)} for t in ("documents", "passages")}
    n_passages_of_docs = 0
    offset = 0
    # the index part is made in a thread while the shards are written (issue 17: its sort and file writes
    # release the GIL, and nothing here needs it before the state is written)
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsclean-index")
    indexing = pool.submit(_index_run, ctx, final)
    try:
        for clean_path in ctx.batches("clean.parquet"):
            base = str(clean_path).removesuffix(".clean.parquet")
            passages = pq.read_table(f"{base}.passages.parquet")
            indexed = passages.column("indexed").combine_chunks()
            n_indexed = pc.sum(indexed).as_py() or 0
            assigned = dedup_t.next_rows(n_indexed)
            offset += n_indexed
            assert passages.filter(indexed).column("passage_id").equals(assigned.column("passage_id"))
            passages = passages.drop_columns(["indexed"])
            short = pq.read_table(f"{base}.short.parquet")  # this batch's short passages copied across outlets
            at = pc.index_in(passages.column("passage_id"), value_set=short.column("passage_id"))  # short copies
            for name in ("cluster_id", "duplicate_of", "similarity"):
                column = pc.replace_with_mask(pa.nulls(passages.num_rows, assigned.schema.field(name).type), indexed,
                                              assigned.column(name).combine_chunks())
                column = pc.if_else(pc.is_valid(at), short.column(name).take(at), column)
                passages = passages.append_column(name, column)
            docs = pq.read_table(clean_path)
            # article level: duplicate counts, the document it republishes, share, outlets copied
            level = copies.document_columns(passages, ctx.config.min_words, outlets.get)
            where = pc.index_in(docs.column("doc_id"), value_set=level.column("doc_id"))
            for name in copies.DOC_COLUMNS:
                column = level.column(name).combine_chunks().take(where)
                if name in ("n_duplicate_passages", "copied_from"):  # a document without passages: 0, []
                    column = pc.fill_null(column, 0 if name == "n_duplicate_passages" else pa.scalar([], column.type))
                docs = docs.append_column(name, column)
            docs = (docs.append_column("run_id", pa.array([ctx.run_id] * docs.num_rows, pa.string()))
                    .append_column("processed_at", pa.array([now] * docs.num_rows, schemas.TS)))
            counts["documents"] += docs.num_rows
            counts["article_copies"] += docs.num_rows - docs.column("duplicate_of").null_count
            counts["passages"] += passages.num_rows
            n_passages_of_docs += pc.sum(docs.column("n_passages")).as_py() or 0
            # a replaced document's new rows go where its old rows are (see below)
            docs = spills.write("documents", docs.select(schemas.DOCUMENTS.names).cast(schemas.DOCUMENTS), homes,
                                present["documents"])
            passages = spills.write("passages", passages.select(schemas.PASSAGES.names).cast(schemas.PASSAGES), homes,
                                    present["passages"])
            docs_w.write(docs)
            pass_w.write(passages)
    finally:
        try:
            docs_w.close()
            pass_w.close()
            spills.close()
        finally:
            pool.shutdown(wait=True)  # also when the shards failed: no thread is left writing into `final`
    replaced_parts = indexing.result()  # its error, if any, fails the stage here
    if replaced_parts:
        ctx.stats["_replaced_index_parts"] = [str(p) for p in replaced_parts]
    if counts["passages"] != n_passages_of_docs:  # never a silent loss (or surplus) of passages
        raise RuntimeError(f"write stage: {counts['passages']:,} passages for documents that have "
                           f"{n_passages_of_docs:,} (n_passages); nothing was committed")
    spilled = {t: sum(pq.read_metadata(spills.path(t, s)).num_rows for (tt, s) in spills.writers if tt == t)
               for t in ("documents", "passages")}
    if docs_w.total + spilled["documents"] != counts["documents"] or pass_w.total + spilled["passages"] != counts["passages"]:
        raise RuntimeError("write stage: rows written differ from rows made; nothing was committed")
    reject_parts = [pq.read_table(ctx.staging / "plan.rejects.parquet")] + [pq.read_table(p) for p in ctx.batches("rejects.parquet")]
    rejects = pa.concat_tables(reject_parts)
    rejects = rejects.append_column("run_id", pa.array([ctx.run_id] * rejects.num_rows, pa.string()))
    pq.write_table(rejects.cast(schemas.REJECTS), final / "rejects.parquet", compression="zstd")
    counts["rejects"] = rejects.num_rows

    # Earlier rows of documents processed again: each shard that holds some is rewritten with
    # their new rows in place of the old, so replacing it is one rename (readers never see both).
    reread = pq.read_table(ctx.staging / "reread.parquet")
    # ids an earlier newsclean gave to records without `id` that this run wrote under their new id
    # (only when the new row was written: a rejected new version keeps the old row)
    retired = pq.read_table(ctx.staging / "retired.parquet").to_pylist() if (ctx.staging / "retired.parquet").exists() else []
    old_ids = {r["doc_id"] for r in retired if r["new_id"] in written}
    ids = pa.array(sorted(written | old_ids), pa.string())
    reads = [f"{s}\x00{r}" for s, r in zip(reread.column("source").to_pylist(), reread.column("run_id").to_pylist(), strict=True)]
    drops = {"documents": ids, "passages": ids, "rejects": pa.array(reads, pa.string())}
    updates = _earlier_updates(ctx, outlets)
    # documents read again unchanged from another place (a re-split dump): only `source` moves
    moved_path = ctx.staging / "moved_sources.parquet"
    moved_sources = _new_sources(ctx.store, pq.read_table(moved_path)) if moved_path.exists() else None
    per_table = {"passages": [updates["passages"]], "documents": [updates["documents"], moved_sources]}
    per_table = {k: [u for u in v if u is not None and u.num_rows] for k, v in per_table.items()}
    rewritten = []
    if (len(ids) or len(drops["rejects"]) or updates["passages"] is not None or per_table["documents"]
            or _stale_shards(ctx)):
        (final / "rewritten").mkdir()
        recorded = integrity.recorded_hashes(ctx.store)
        for table in TABLES:
            for shard in ctx.store.shards(table):
                dest = final / "rewritten" / f"{table}--{shard.name}"
                if _rewrite(ctx.store, shard, table, drops[table], spills.path(table, shard.name), dest,
                            per_table.get(table, []), recorded):
                    rewritten.append((dest, shard))
    moved = updates["passages"].num_rows if updates["passages"] is not None else 0
    out = dict(counts, rewritten_shards=len(rewritten), replaced_documents=len(homes) + len(old_ids),
               earlier_passages_updated=moved,
               earlier_documents_updated=updates["documents"].num_rows if updates["documents"] is not None else 0)
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
        "replaced_documents": wr.get("replaced_documents", 0),
        "replaced_other_outlet": plan_s.get("replaced_other_outlet", 0),  # ids shared by two outlets (F1)
        "url_invalid": plan_s.get("url_invalid", 0),  # `url` values that are no http(s) URL: no outlet from them
        "lines_removed_by_rule": dict(removed.most_common()),
        "passages": wr.get("passages", 0),
        "indexed_passages": ded.get("indexed_passages", 0),
        "duplicate_passages": ded.get("duplicate_passages", 0),
        "duplicate_clusters": ded.get("clusters", 0),
        "cross_outlet_duplicate_passages": ded.get("cross_outlet_duplicates", 0),
        "short_line_duplicates": ded.get("short_duplicates", 0),  # titles, sub-headings: exact copies
        "learned_patterns": ctx.stats.get("learn", {}).get("patterns", 0),
        "files_ignored": plan_s.get("files_ignored", 0),  # not inputs (README.md, .json, ...)
        "published_invalid": ext.get("published_invalid", 0),  # unreadable/impossible dates, left null
        "mojibake_lines_repaired": ext.get("mojibake_lines_repaired", 0),  # double-encoded UTF-8 undone
        "documents_without_outlet": ctx.stats.get("learn", {}).get("documents_not_learned_from", 0),  # issue 12
    }
    counts["article_copies"] = wr.get("article_copies", 0)  # this run's documents with `duplicate_of` (issue 13)
    counts["earlier_passages_repointed"] = wr.get("earlier_passages_updated", 0)  # taken over by late originals
    counts["earlier_documents_updated"] = wr.get("earlier_documents_updated", 0)
    counts["same_id_merged"] = plan_s.get("same_id_merged", 0)  # identical copies of a record: one document
    counts["balanced"] = counts["inputs_seen"] == (counts["processed"] + counts["skipped_unchanged"] + counts["rejected"]
                                                   + counts["same_id_merged"])
    return {
        "run_id": ctx.run_id,
        "started_at": ctx.started_at.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "parameters": public_parameters(ctx.config.model_dump()),  # no Redis password
        "versions": {p: version(p) for p in ("newsclean", "prefect", "datasketch", "trafilatura", "pyarrow", "numpy")},
        "counts": counts,
        "rule_examples": {**ext.get("examples", {}), **sgn.get("examples", {})},
        "hints": plan_s.get("hints", []) + _index_settings_hint(ctx),
        "warnings": plan_s.get("warnings", []),
        "stages": {k: v for k, v in ctx.stats.items() if not k.startswith("_")},
        "files": files,
    }


BAND_SETTINGS = ("threshold", "ngram", "num_perm")  # what shapes the index's band keys


def _index_settings_hint(ctx: RunContext) -> list[str]:
    """A warning when earlier passages were indexed with other band settings: the embedded index
    cannot match them in this run (a Redis index with other settings refuses the run instead)."""
    if ctx.config.redis_url:
        return []
    manifests, _ = integrity.read_manifests(ctx.store)
    now = {k: getattr(ctx.config, k) for k in BAND_SETTINGS}
    other = sorted({tuple((k, m["parameters"].get(k)) for k in BAND_SETTINGS) for m in manifests
                    if m.get("parameters") and m.get("counts", {}).get("indexed_passages")
                    and any(m["parameters"].get(k) != v for k, v in now.items())})
    if not other:
        return []
    was = "; ".join(", ".join(f"{k} {v}" for k, v in s) for s in other)
    return [f"earlier runs indexed their passages with other dedup settings ({was}); with "
            f"{', '.join(f'{k} {v}' for k, v in now.items())} this run cannot match them, so copies of "
            "earlier passages are not found: run with the earlier settings, or start a new output"]


def commit(ctx: RunContext, remove_staging: Callable[[Path], None] | None = None) -> dict:
    """Move the run's files into place atomically (journal first, documents/ and the manifest last).
    `remove_staging(folder)` drops the staging folder afterwards (default: at once; see `OutputStore.commit`)."""
    store, final, run = ctx.store, ctx.staging / "final", ctx.run_id
    if (ctx.staging / "COMMIT.json").exists():  # a retry after the journal: finish that commit
        return store.finish_commit(ctx.staging, remove=remove_staging)
    nothing_new = ctx.stats.get("write", {}).get("documents", 0) == 0 and ctx.stats.get("write", {}).get("rejects", 0) == 0
    moves: list[tuple[Path, Path]] = []
    files: dict[str, list[str]] = {t: [] for t in TABLES}
    for table in TABLES:
        dest = store.table_dir(table) / f"{run}.parquet"
        # a run that read nothing adds no shard, except to a table folder that has none (a first run
        # without input): a 0-row shard with the schema, so `read_parquet('out/<table>/*.parquet')`
        # (DuckDB, polars) finds a file (tester ATK5-2); `dest` there already: a retried commit
        if nothing_new and store.shards(table) and not dest.exists():
            continue
        src = final / f"{table}.parquet"
        if not src.exists() and not dest.exists():
            pq.write_table(_TABLE_SCHEMAS[table].empty_table(), src, compression="zstd")
        moves.append((src, dest))
        files[table].append(str(dest.relative_to(store.root)))
    if (final / "index.arrow").exists():
        moves.append((final / "index.arrow", store.index_dir / f"{run}.arrow"))
    for src, dst in ctx.stats.get("_rewritten", []):
        moves.append((Path(src), Path(dst)))
        files.setdefault("rewritten", []).append(str(Path(dst).relative_to(store.root)))
    moves.append((ctx.staging / "inputs.parquet", store.state / "inputs.parquet"))
    moves.append((ctx.staging / "learned.parquet", store.state / "learned.parquet"))
    moves.append((ctx.staging / "learned_patterns.parquet", store.state / "learned_patterns.parquet"))
    if (ctx.staging / "superseded.parquet").exists():  # written by plan when a version was replaced
        moves.append((ctx.staging / "superseded.parquet", store.state / "superseded.parquet"))
    # documents/ files go in last (then the manifest): after a crash inside the commit, a reader of
    # documents/ sees none of this run's rows until the next run finishes the commit (README)
    moves.sort(key=lambda move: move[1].parent == store.table_dir("documents"))
    m = manifest(ctx, files)
    # the run's report (issue 14): staged and moved like the shards, so every committed run has one
    m["report"] = f"reports/{run}.md"
    report = ctx.staging / "report.md"
    restaged = {Path(dst).resolve(): Path(src) for src, dst in ctx.stats.get("_rewritten", []) if Path(src).exists()}
    report.write_text(markdown_report(store.root, m, passages=final / "passages.parquet",
                                      rejects=final / "rejects.parquet", restaged=restaged), encoding="utf-8")
    moves.append((report, store.root / m["report"]))
    deletes = [Path(p) for p in ctx.stats.get("_replaced_index_parts", [])]
    # sizes, rows and hashes of what this run puts in place: the start-of-run check and `verify`
    # (a retried commit finds some files already moved: they are described where they are now)
    placed = {str(dst.relative_to(store.root)): src if src.exists() else dst for src, dst in moves}
    m["shards"] = {**integrity.baseline(store, set(placed)),
                   **{rel: integrity.file_info(path) for rel, path in placed.items() if path.exists()}}
    m["deleted"] = [str(p.relative_to(store.root)) for p in deletes]
    store.commit(ctx.staging, run, moves, deletes, m, remove=remove_staging)
    return m
