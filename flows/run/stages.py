"""The stages of a run as plain functions over a `RunContext`; `flows.flow` wraps each in a task.

plan -> extract -> learn -> sign -> dedup -> write -> commit. Stages exchange files in the run's
staging folder and return small dicts of counts (what Prefect records and the report shows).
This module holds plan, extract and sign; `flows.run.learn_lines` learn, `flows.run.find_duplicates` and
`flows.run.publish` the rest.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import xxhash

from cleaners.index.embedded import MAX_PARTS as MAX_INDEX_PARTS
from flows.config import RunConfig
from flows.run.context import (
    Progress,
    RunContext,
    close_run,
    new_run_id,
    open_run,
    read_table_or_empty,
    timed,
)
from flows.run.executor import batch_cpu_seconds, default_workers, map_batches, stop_pool_server
from flows.run.fallback import Fallback, SpareRows, drop_unfinished, fall_back, write_fallbacks
from flows.run.find_duplicates import dedup
from flows.run.learn_lines import learn
from flows.run.publish import commit, manifest, write
from flows.storage import schemas
from flows.storage.sources import (
    FieldMap,
    InputFile,
    RawRecord,
    ReadStats,
    Reject,
    discover,
    file_sha256,
    outlet_of,
    read_records,
    same_stat,
    stable_id,
    url_host,
)
from flows.storage.store import OutputStore


def _existing_ids(store: OutputStore) -> dict[str, str | None]:
    """doc_id -> `input_key` of the stored version (None: written before the key existed)."""
    out: dict[str, str | None] = {}
    for shard in store.shards("documents"):
        names = pq.read_schema(shard).names
        t = pq.read_table(shard, columns=[c for c in ("doc_id", "input_key") if c in names])
        keys = t.column("input_key").to_pylist() if "input_key" in names else [None] * t.num_rows
        out.update(zip(t.column("doc_id").to_pylist(), keys, strict=True))
    return out


def _drop_reported_bad_names(store: OutputStore, rejects: list[Reject]) -> tuple[list[Reject], int]:
    """A file rejected for its name (not UTF-8: no state can track it) is reported once, like any
    unchanged input: its `bad_file_name` rejects already stored are not written again. Returns the
    rejects left and how many were dropped."""
    bad = {r.source for r in rejects if r.reason == "bad_file_name"}
    if not bad:
        return rejects, 0
    stored: set[str] = set()
    for shard in store.shards("rejects"):
        t = pq.read_table(shard, columns=["source", "reason"])
        stored.update(s for s, why in zip(t.column("source").to_pylist(), t.column("reason").to_pylist(),
                                           strict=True) if why == "bad_file_name" and s in bad)
    kept = [r for r in rejects if not (r.reason == "bad_file_name" and r.source in stored)]
    return kept, len(rejects) - len(kept)


def _unique_displays(files: list[InputFile]) -> list[InputFile]:
    """Two different files shown under one `source` name (`d1/feed/a.jsonl`, `d2/feed/a.jsonl`
    both read as `feed/a.jsonl`) get longer names: their paths below their common folder."""
    by_display: dict[str, list[InputFile]] = {}
    for f in files:
        by_display.setdefault(f.display, []).append(f)
    out = []
    for group in by_display.values():
        if len(group) == 1:
            out.extend(group)
            continue
        common = Path(os.path.commonpath([str(Path(f.path).parent) for f in group]))
        out.extend(replace(f, display=Path(f.path).relative_to(common).as_posix()) for f in group)
    return sorted(out, key=lambda f: f.display)


_last_body: tuple[str | None, bytes] = (None, b"")  # the body encoded last, and its bytes (one binding)


def _keyed(head: str, body: str, tail: tuple[str, ...]) -> xxhash.xxh3_128:
    """The xxh3-128 state of `"\x00".join((head, body, *tail))` UTF-8 encoded (surrogates passed), hashed in
    three parts (the same digest: UTF-8 encodes code point by code point), the body encoded once for both of a
    record's keys (issue 17: each key joined and encoded the article's text again)."""
    global _last_body
    last = _last_body
    if last[0] is not body:
        last = _last_body = (body, body.encode("utf-8", "surrogatepass"))
    h = xxhash.xxh3_128((head + "\x00").encode("utf-8", "surrogatepass"))
    h.update(last[1])
    h.update(("\x00" + "\x00".join(tail)).encode("utf-8", "surrogatepass"))
    return h


def _content_key(rec: RawRecord) -> int:
    """What makes two versions of one record "the same" (then no conflict is reported)."""
    body = rec.text or rec.html or rec.path or ""
    return _keyed(rec.kind, body, (rec.title or "", rec.url or "", rec.published or "")).intdigest()


def input_key(rec: RawRecord, file_sha: str, cleaning: str | None = None) -> str:
    """What a document was made from (`documents.input_key`): its text or HTML (for a .txt/.html
    file, the file's SHA-256), its metadata fields and the cleaning options when not the defaults.
    A record whose key equals the stored version's is skipped as unchanged, so re-reading the same
    article from another file is a no-op."""
    body = file_sha if rec.path is not None else (rec.text or rec.html or "")
    tail = (rec.title or "", rec.url or "", rec.outlet or "", rec.published or "")
    if cleaning is not None:  # issue F10m: the same input cleaned with other options is another document
        tail = (*tail, cleaning)
    return _keyed(rec.kind, body, tail).hexdigest()


@dataclass(slots=True)
class _Version:
    """The version of a doc_id kept so far in this run."""

    rank: tuple[int, int, int]  # (file mtime_ns, file reading order, line/row): larger is newer
    source: str
    content: int
    stored: str  # input_key
    path: str = ""  # the input file's resolved path
    outlet: str | None = None  # the record's `outlet`, else its URL's host (None: known only after extraction)


@timed
def plan(ctx: RunContext) -> dict:
    """Find inputs, skip unchanged files, stream new records into raw batch files.

    Identity is the `doc_id`: a record whose id is already in the output replaces that document
    (an upsert, decided in `write`), whichever file it came from. Two records of one id in this
    run are one document: the newer wins (the record of the file modified last; in one file, the
    later line), and the older is a `duplicate_id` reject only when the two differ."""
    cfg = ctx.config
    loops: list[str] = []  # symlinked folders not followed: they loop (warnings)
    found, rejects, ignored = discover(cfg.inputs, loops)
    files = _unique_displays(found)
    fields, hints = FieldMap.of(cfg), []
    read_with = fields.key(cfg.input_limits())
    cleaning = cfg.cleaning_options()
    cleaning_key = json.dumps(cleaning, sort_keys=True) if cleaning else None
    url_invalid: list[str] = []  # sources of records whose `url` is no http(s) URL (no outlet from it)
    prev = {r["path"]: r for r in read_table_or_empty(ctx.store.state / "inputs.parquet", schemas.INPUTS).to_pylist()}
    existing = _existing_ids(ctx.store)
    max_bytes = int(cfg.max_file_mb * 1024 * 1024)
    state_rows = dict(prev)
    rejects, reported_names = _drop_reported_bad_names(ctx.store, rejects)
    skipped_docs = skipped_files = reported_names  # a bad name reported before is an unchanged input
    reread: list[tuple[str, str]] = []  # (earlier source name, run that read it) of each file read again
    kept: dict[str, _Version] = {}
    superseded: set[str] = set()  # sources of records replaced by a newer version of their id
    losers: list[tuple[str, _Version]] = []  # (doc_id, a version replaced by a newer one)
    retired: dict[str, str] = {}  # id an earlier version gave a record without `id` -> its id now
    merged_same = 0  # identical copies of a record (same id, same content): one document, no reject
    batch: list[dict] = []
    spares = SpareRows(ctx.staging)  # raw rows of the older versions: tried if the newer is rejected (ATK6 F1)
    n_batches = n_records = 0

    def flush() -> None:
        nonlocal batch, n_batches
        if batch:
            n_batches += 1
            # LZ4 without dictionary pages, like the other staging tables: extract reads them in 2/3 of the CPU
            pq.write_table(pa.Table.from_pylist(batch, schema=schemas.RAW), ctx.staging / f"batch-{n_batches:05d}.raw.parquet",
                           compression="lz4", use_dictionary=False)
            batch = []

    for order, f in enumerate(files):
        old = prev.get(f.path)
        # (no hash recorded: a repair marked the file to be read again)
        sha = old["sha256"] if same_stat(old, f) and old["sha256"] else file_sha256(f.path)
        if not cfg.reprocess and old is not None and old["sha256"] == sha and old.get("read_with") == read_with:
            skipped_docs += old["n_docs"]
            skipped_files += 1
            state_rows[f.path] = {**old, "size": f.size, "mtime_ns": f.mtime_ns, "ctime_ns": f.ctime_ns}
            continue
        if old is not None:
            reread.append((old["source"], old["run_id"]))
        n_docs = 0
        read_stats = ReadStats()
        for rec in read_records(f, max_bytes, fields, read_stats):
            n_docs += 1
            if isinstance(rec, Reject):
                rejects.append(rec)
                continue
            key = input_key(rec, sha, cleaning_key)
            if rec.url and rec.url.strip() and url_host(rec.url) is None:
                url_invalid.append(f"{rec.source}: {rec.url[:80]!r}")
            for legacy, by_line in _legacy_ids(rec, f, old):
                if legacy in existing and legacy != rec.doc_id and (not by_line or existing[legacy] in (key, None)):
                    retired[legacy] = rec.doc_id
            version = _Version((f.mtime_ns, order, rec.order), rec.source, _content_key(rec), key, f.path,
                               rec.outlet or outlet_of(rec.url))
            other = kept.get(rec.doc_id)
            if other is not None:
                newer, older = (version, other) if version.rank > other.rank else (other, version)
                superseded.add(older.source)
                losers.append((rec.doc_id, older))  # judged against the version finally kept, below
                kept[rec.doc_id] = newer
                if newer is other:
                    spares.add({**rec.to_row(), "input_key": key})
                    continue
            else:
                kept[rec.doc_id] = version
            batch.append({**rec.to_row(), "input_key": key})
            n_records += 1
            if len(batch) >= cfg.batch_size:
                flush()
        if hint := read_stats.no_text_hint(fields):
            hints.append(f"{f.display}: {hint}")
        state_rows[f.path] = {
            "path": f.path, "source": f.display, "size": f.size, "mtime_ns": f.mtime_ns,
            "sha256": sha, "n_docs": n_docs, "run_id": ctx.run_id, "read_with": read_with, "ctime_ns": f.ctime_ns,
        }
    flush()
    n_records -= _drop_superseded(ctx, superseded, spares)
    spares.close()
    for doc_id, older in losers:  # identical to the kept version: merged; else a reject naming it
        final = kept[doc_id]
        if final.content == older.content:
            merged_same += 1
        else:
            rejects.append(Reject(older.source, doc_id, "duplicate_id",
                                  f"another version of id {doc_id} is newer: kept {final.source}"))
    # documents read again exactly as stored (same text and fields, from any file): nothing to do
    same = set() if cfg.reprocess else {d for d, v in kept.items() if existing.get(d) == v.stored}
    unchanged_docs = _drop_superseded(ctx, {kept[d].source for d in same})
    n_records -= unchanged_docs
    skipped_docs += unchanged_docs
    # a version `forget` removed, read again unchanged (a repair, a rewritten or copied file): it stays removed
    refused = {} if cfg.reprocess else _forgotten_again(ctx.store, kept, same)
    for doc_id, run_id in refused.items():
        rejects.append(Reject(kept[doc_id].source, doc_id, "forgotten",
                              f"removed by `newsclean forget` ({run_id}) and unchanged since: not written again "
                              "(a changed record, or --reprocess, brings it back)"))
    n_records -= _drop_superseded(ctx, {kept[d].source for d in refused})
    # a version older than the stored one (its file modified before the stored version's, another
    # file): the stored one stays, as the newer of two versions read in one run would (issue F13)
    upserts = (existing.keys() & kept.keys()) - same - refused.keys()
    stored = _stored_versions(ctx.store, upserts)
    replaced_before = _superseded(ctx.store, upserts)
    older = {} if cfg.reprocess else _older_than_stored(kept, stored, prev, replaced_before)
    for doc_id, detail in older.items():
        rejects.append(Reject(kept[doc_id].source, doc_id, "duplicate_id", detail))
    n_records -= _drop_superseded(ctx, {kept[d].source for d in older})
    write_fallbacks(ctx.staging, _fallbacks(ctx.store, kept, losers, kept.keys() - same - refused.keys() - older.keys(),
                                            {} if cfg.reprocess else existing, stored, prev, replaced_before,
                                            cfg.reprocess))
    other_outlet = sorted((d, stored[d][1], kept[d].outlet) for d in upserts - older.keys()
                          if d in stored and stored[d][1] and kept[d].outlet and stored[d][1] != kept[d].outlet)
    warnings = list(loops)
    if other_outlet:
        examples = "; ".join(f"id {d!r}: {a} -> {b}" for d, a, b in other_outlet[:3])
        warnings.append(f"{len(other_outlet):,} stored document(s) replaced by a record of another outlet ({examples}): "
                        "ids must be unique across outlets; prefix them with the outlet (see README, Identity)")
    # replaced versions stay replaced: the losers of this run, the stored versions this run replaces, and
    # the versions refused as older than the stored one (ATK12: else the same old record, read again from a
    # file whose mtime moved, an appended line or a copy, undid the correction it lost to)
    _write_superseded(ctx, [(d, v.stored) for d, v in losers if v.content != kept[d].content]
                      + [(d, existing[d]) for d in upserts - older.keys() if existing[d] and existing[d] != kept[d].stored]
                      + [(d, kept[d].stored) for d in older])
    moved = sorted(same)  # their `source` is set to where they were read now (publish rewrites only that)
    pq.write_table(pa.table({"doc_id": pa.array(moved, pa.string()),
                             "source": pa.array([kept[d].source for d in moved], pa.string())}),
                   ctx.staging / "moved_sources.parquet")
    pq.write_table(pa.Table.from_pylist(list(state_rows.values()), schema=schemas.INPUTS), ctx.staging / "inputs.parquet")
    reject_rows = [{"source": r.source, "doc_id": r.doc_id, "reason": r.reason, "detail": r.detail} for r in rejects]
    pq.write_table(pa.Table.from_pylist(reject_rows, schema=schemas.REJECTS.remove(4)), ctx.staging / "plan.rejects.parquet")
    # earlier documents of the ids read again (find-duplicates leaves them out of the archive)
    replaced_docs = sorted(upserts - older.keys() | set(retired))
    pq.write_table(pa.table({"doc_id": pa.array(replaced_docs, pa.string())}), ctx.staging / "replaced.parquet")
    pq.write_table(pa.table({"doc_id": pa.array(list(retired), pa.string()),
                             "new_id": pa.array(list(retired.values()), pa.string())}), ctx.staging / "retired.parquet")
    # files read again: their earlier reject rows (by source name and run) are replaced by this run's
    pq.write_table(pa.table({"source": pa.array([s for s, _ in reread], pa.string()),
                             "run_id": pa.array([r for _, r in reread], pa.string())}), ctx.staging / "reread.parquet")
    out = {
        "files_seen": len(files) + sum(1 for r in rejects if r.reason == "unsupported_type"),
        "files_skipped_unchanged": skipped_files,
        "inputs_seen": n_records + len(rejects) + skipped_docs + merged_same,
        "skipped_unchanged": skipped_docs,
        "unchanged_documents_read_again": unchanged_docs,
        "queued": n_records,
        "rejected_at_read": len(rejects),
        "same_id_merged": merged_same,
        "batches": n_batches,
        "replaced_documents": len(replaced_docs),
        "replaced_other_outlet": len(other_outlet),
        "older_than_stored": len(older),
        "url_invalid": len(url_invalid),
        "url_invalid_examples": url_invalid[:5],
        "warnings": warnings,
        "files_ignored": len(ignored),
        "ignored_examples": ignored[:5],
        "hints": hints,
    }
    ctx.stats["plan"] = out
    return out


def _legacy_ids(rec: RawRecord, f: InputFile, old: dict | None) -> list[tuple[str, bool]]:
    """Ids earlier newsclean versions gave this record when it has no `id`, each with whether it
    was a line's: a hash of its file and line/row (`line_id`, before ids stopped depending on the
    line) and, before issue 10, of the `source` name as spelled then rather than the resolved path.
    The stored document of a file's id is this file's; that of a line's id is this record only when
    its input is the very same (`input_key`): one with other content is another article that has
    moved lines, and stays."""
    out = [(rec.line_id, True)] if rec.line_id is not None else []
    if old is None or not rec.source.startswith(f.display):
        return out
    suffix = rec.source[len(f.display):]
    if rec.line_id is not None:
        out.append((stable_id(old["source"] + suffix), True))
    elif rec.path is not None and rec.doc_id == stable_id(f.path):
        out.append((stable_id(old["source"]), False))
    return out


def _forgotten_again(store: OutputStore, kept: dict[str, _Version], same: set[str]) -> dict[str, str]:
    """doc_id -> forget run id, for each record read now that is a version `forget` removed."""
    from flows.storage.forget import forgotten_versions

    forgotten = forgotten_versions(store)
    return {d: forgotten[d][v.stored] for d, v in kept.items()
            if d in forgotten and d not in same and v.stored in forgotten[d]}


def _stored_versions(store: OutputStore, ids: set[str]) -> dict[str, tuple[str, str | None]]:
    """doc_id -> (`source`, `outlet`) of the stored documents of `ids` (read only for upserts)."""
    out: dict[str, tuple[str, str | None]] = {}
    if not ids:
        return out
    wanted = pa.array(sorted(ids), pa.string())
    for shard in store.shards("documents"):
        t = pq.read_table(shard, columns=["doc_id", "source", "outlet"])
        t = t.filter(pc.is_in(t.column("doc_id"), value_set=wanted))
        for d, src, outlet in zip(*(t.column(c).to_pylist() for c in ("doc_id", "source", "outlet")), strict=True):
            out[d] = (src, outlet)
    return out


_WHERE = re.compile(r"#(?:L|row)\d+$")


def _superseded(store: OutputStore, ids: set[str]) -> dict[str, dict[str, str]]:
    """doc_id -> {`input_key` of a version a newer one replaced: the run that replaced it}, for `ids`."""
    path = store.state / "superseded.parquet"
    if not ids or not path.exists():
        return {}
    t = pq.read_table(path)
    t = t.filter(pc.is_in(t.column("doc_id"), value_set=pa.array(sorted(ids), pa.string())))
    out: dict[str, dict[str, str]] = {}
    for d, key, run in zip(*(t.column(c).to_pylist() for c in ("doc_id", "input_key", "run_id")), strict=True):
        out.setdefault(d, {})[key] = run
    return out


def _write_superseded(ctx: RunContext, rows: list[tuple[str, str]]) -> None:
    """The stored list of replaced versions plus this run's (`commit` moves it into state/)."""
    if not rows:
        return
    new = pa.table({"doc_id": pa.array([d for d, _ in rows], pa.string()),
                    "input_key": pa.array([k for _, k in rows], pa.string()),
                    "run_id": pa.array([ctx.run_id] * len(rows), pa.string())})
    old = read_table_or_empty(ctx.store.state / "superseded.parquet", schemas.SUPERSEDED)
    both = pa.concat_tables([schemas.conform(old, schemas.SUPERSEDED), new])
    both = both.group_by(["doc_id", "input_key"], use_threads=False).aggregate([("run_id", "first")])
    pq.write_table(both.rename_columns(["doc_id", "input_key", "run_id"]).select(schemas.SUPERSEDED.names)
                   .cast(schemas.SUPERSEDED), ctx.staging / "superseded.parquet", compression="zstd")


def _files_by_source(prev: dict[str, dict]) -> dict[str, list[tuple[str, int]]]:
    """`source` name -> (path, mtime_ns) of the input files recorded under it."""
    files: dict[str, list[tuple[str, int]]] = {}
    for row in prev.values():
        files.setdefault(row["source"], []).append((row["path"], row["mtime_ns"]))
    return files


def _older_than_stored(kept: dict[str, _Version], stored: dict[str, tuple[str, str | None]],
                       prev: dict[str, dict], replaced: dict[str, dict[str, str]],
                       files: dict[str, list[tuple[str, int]]] | None = None) -> dict[str, str]:
    """doc_id -> reject detail, for each version read now from a file modified before the file of
    the stored version (another file, as recorded in the input state): the rule of one id twice in a run,
    across runs; and for each version a newer one replaced before (`replaced`: a file rewritten with
    more records, or copied without its mtime, does not bring back what a correction replaced).
    A version from the stored one's own file (the file was edited) always replaces it."""
    files = _files_by_source(prev) if files is None else files
    out = {}
    for doc_id, (source, _) in stored.items():
        version = kept[doc_id]
        theirs = files.get(_WHERE.sub("", source), [])
        if not theirs or any(path == version.path for path, _ in theirs):
            continue
        if version.stored in replaced.get(doc_id, {}):
            out[doc_id] = (f"an older version of id {doc_id}: run {replaced[doc_id][version.stored]} replaced it with a "
                           f"newer one or found it older than the stored one (stored: {source}); run with --reprocess "
                           "to replace it anyway")
            continue
        newest, newest_path = max((mtime, path) for path, mtime in theirs)
        # equal mtimes: the file later in path order is the newer, as within one run (tester: the
        # version kept depended on which of two files a run read first)
        if (version.rank[0], version.path) < (newest, newest_path):
            tie = " and later in path order" if version.rank[0] == newest else ""
            out[doc_id] = (f"a newer version of id {doc_id} is stored: {source} (file modified {_when(newest)}{tie}) is "
                           f"newer than {version.source} (file modified {_when(version.rank[0])}); run with --reprocess "
                           "to replace it anyway")
    return out


def _when(mtime_ns: int) -> str:
    return datetime.fromtimestamp(mtime_ns / 1e9, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _fallbacks(store: OutputStore, kept: dict[str, _Version], losers: list[tuple[str, _Version]], queued: set[str],
               existing: dict[str, str | None], stored: dict[str, tuple[str, str | None]], prev: dict[str, dict],
               replaced: dict[str, dict[str, str]], reprocess: bool = False) -> list[Fallback]:
    """The older versions of each id whose newest version goes on to extraction, newest first, that
    would be kept if the newer ones were rejected (ATK6 F1): one per content; not one older than the
    stored version, replaced before or removed by `forget` (unless `reprocess`); a version equal to the
    stored one ends its id's list (the stored document is the fallback then)."""
    by_id: dict[str, list[_Version]] = {}
    for doc_id, v in losers:
        if doc_id in queued and v.content != kept[doc_id].content:
            by_id.setdefault(doc_id, []).append(v)
    if not by_id:
        return []
    from flows.storage.forget import forgotten_versions

    forgotten = forgotten_versions(store)
    files = _files_by_source(prev)
    out: list[Fallback] = []
    for doc_id, versions in by_id.items():
        contents = {kept[doc_id].content}
        for v in sorted(versions, key=lambda v: v.rank, reverse=True):
            if v.content in contents or (not reprocess and v.stored in forgotten.get(doc_id, {})):
                continue
            contents.add(v.content)
            if existing.get(doc_id) == v.stored:
                out.append(Fallback(doc_id, v.source, v.stored, True))
                break
            if not reprocess and doc_id in stored and _older_than_stored({doc_id: v}, {doc_id: stored[doc_id]}, prev, replaced, files):
                continue
            out.append(Fallback(doc_id, v.source, v.stored, False))
    return out


def _drop_superseded(ctx: RunContext, superseded: set[str], spares: SpareRows | None = None) -> int:
    """Remove records replaced by a newer version of their id from the raw batches (to `spares`, when
    given); returns how many."""
    if not superseded:
        return 0
    dropped = 0
    wanted = pa.array(sorted(superseded), pa.string())
    for path in ctx.batches("raw.parquet"):
        t = pq.read_table(path)
        mask = pc.is_in(t.column("source"), value_set=wanted)
        n = pc.sum(mask).as_py() or 0
        if n:
            dropped += n
            if spares is not None:
                spares.add_table(t.filter(mask))
            t = t.filter(pc.invert(mask))
            if t.num_rows:
                pq.write_table(t, path)
            else:
                path.unlink()
    return dropped


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
    drop_unfinished(ctx.staging)
    calls = [(str(p), ctx.settings) for p in ctx.batches("raw.parquet")]
    workers = default_workers(ctx.config.workers)
    # (issue 17: the cleaning modules are loaded by the workers' forkserver, not at the command's start)
    from flows.run import batch_work

    results = map_batches(batch_work.extract_batch, calls, workers, lambda d, t: ctx.report("extract", d, t))
    # an id whose newest version was rejected keeps its next older one read in this run (ATK6 F1)
    extra, unchanged = fall_back(ctx.staging, lambda paths: map_batches(
        batch_work.extract_batch, [(str(p), ctx.settings) for p in paths], workers))
    results += extra
    if unchanged:  # an older version equal to the stored document: an unchanged input, not a reject
        plan_s = ctx.stats.setdefault("plan", {})
        plan_s["skipped_unchanged"] = plan_s.get("skipped_unchanged", 0) + unchanged
    out = {
        "documents": sum(r["documents"] for r in results),
        "rejects": _merge_counts(results, "rejects"),
        "removed_by_rule": _merge_counts(results, "removed_by_rule"),
        "examples": _merge_examples(results),
        "workers": min(workers, len(calls)),
        "published_invalid": sum(r.get("published_invalid", 0) for r in results),
        "published_invalid_examples": [e for r in results for e in r.get("published_invalid_examples", [])][:5],
        "without_outlet": sum(r.get("without_outlet", 0) for r in results),
        "mojibake_lines_repaired": sum(r.get("mojibake_lines_repaired", 0) for r in results),
        "batch_cpu_seconds": batch_cpu_seconds(results),
    }
    if any(r.get("rejects", {}).get(reason) for r in results for reason in TRANSIENT_REJECTS):
        out["files_to_retry"] = _retry_transient(ctx)
    ctx.stats["extract"] = out
    return out


TRANSIENT_REJECTS = ("extract_timeout",)  # may pass on another run (a busy machine): not an unchanged input


def _retry_transient(ctx: RunContext) -> int:
    """Files of this run with a record rejected for a transient reason are recorded as read with
    other settings (`read_with`), so the next run reads them again (the records stored unchanged are
    skipped then, the timed-out one is tried again). Returns how many files."""
    sources: set[str] = set()
    for path in ctx.batches("rejects.parquet"):
        t = pq.read_table(path, columns=["source", "reason"])
        sources.update(_WHERE.sub("", src) for src, why in zip(t.column("source").to_pylist(),
                                                                t.column("reason").to_pylist(), strict=True)
                       if why in TRANSIENT_REJECTS)
    path = ctx.staging / "inputs.parquet"
    rows = pq.read_table(path).to_pylist()
    marked = 0
    for row in rows:
        if row["run_id"] == ctx.run_id and row["source"] in sources:
            row["read_with"] = json.dumps({"retry": sorted(TRANSIENT_REJECTS), "read_with": row["read_with"]})
            marked += 1
    pq.write_table(pa.Table.from_pylist(rows, schema=schemas.INPUTS), path)
    return marked


@timed
def sign(ctx: RunContext) -> dict:
    learned = str(ctx.staging / "learned_patterns.parquet")
    calls = [(str(p), learned, ctx.settings) for p in ctx.batches("docs.parquet")]
    from flows.run import batch_work

    results = map_batches(batch_work.sign_batch, calls, default_workers(ctx.config.workers),
                          lambda d, t: ctx.report("sign", d, t))
    stop_pool_server()  # the last stage with worker processes: their forkserver leaves (issue 17: memory)
    out = {
        "passages": sum(r["passages"] for r in results),
        "indexed": sum(r["indexed"] for r in results),
        "removed_by_rule": _merge_counts(results, "removed_by_rule"),
        "examples": _merge_examples(results),
        "batch_cpu_seconds": batch_cpu_seconds(results),
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
