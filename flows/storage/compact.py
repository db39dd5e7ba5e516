"""`newsclean compact`: merge the small shards hourly runs leave into large ones, with the crash
safety of a run (lock, staging, journalled commit, a manifest of kind "compact").

Groups are made of consecutive shards (in name order, i.e. run order) until a group holds
`target_mb` of documents or of passages; a group of one is left alone, and a shard not merged (large,
or of another schema) ends a group. A merged file takes its first source's name and the compaction's
id (`<first run id>~<compact id>`), so it sorts where its sources did: name order stays the order in
which rows were processed, which decides ties between undated copies. documents/ and passages/
are grouped together by file name (a document's rows and its passages keep sharing a shard name,
which upserts rely on to find a document's home shard); rejects/ is grouped on its own. Rows are
copied, never changed: same rows, same values, same order within a group.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.storage import integrity, schemas
from flows.storage.shards import RowGroupWriter
from flows.storage.store import OutputError, OutputStore, failpoint, new_run_id

TARGET_MB = 64  # per table file; row groups stay 2,000 documents / 50,000 passages
SCHEMAS = {"documents": schemas.DOCUMENTS, "passages": schemas.PASSAGES, "rejects": schemas.REJECTS}
ROW_GROUPS = {"documents": 2_000, "passages": 50_000, "rejects": 50_000}



def _mb(path: Path) -> float:
    return path.stat().st_size / 1e6 if path.exists() else 0.0


def _fits(path: Path, schema: pa.Schema) -> bool:
    """A shard whose columns are the schema's (or an older prefix of them) can be merged."""
    try:
        return set(pq.read_schema(path).names) <= set(schema.names)
    except (OSError, pa.ArrowException):
        return False


def _group(items: list[tuple[str, float]], target_mb: float) -> list[list[str]]:
    """Consecutive names whose sizes add up to about `target_mb`; groups of one are dropped (a size of
    at least `target_mb`, e.g. infinity for a shard that cannot be merged, ends a group)."""
    groups, current, size = [], [], 0.0
    for name, mb in items:
        if mb >= target_mb:  # already large: ends the current group
            groups.append(current)
            current, size = [], 0.0
            continue
        current.append(name)
        size += mb
        if size >= target_mb:
            groups.append(current)
            current, size = [], 0.0
    groups.append(current)
    return [g for g in groups if len(g) > 1]


def plan(store: OutputStore, target_mb: float = TARGET_MB) -> dict[str, list[list[str]]]:
    """{"pairs": groups of names shared by documents/ and passages/, "rejects": groups of names}."""
    docs = {p.name: p for p in store.shards("documents")}
    pas = {p.name: p for p in store.shards("passages")}
    def size(n: str) -> float:  # a shard that cannot be merged ends a group: merging past it would reorder rows
        if n in docs and n in pas and _fits(docs[n], schemas.DOCUMENTS) and _fits(pas[n], schemas.PASSAGES):
            return max(_mb(docs[n]), _mb(pas[n]))
        return float("inf")

    pairs = _group([(n, size(n)) for n in sorted(docs.keys() | pas.keys())], target_mb)
    rej = store.shards("rejects")
    return {"pairs": pairs, "rejects": _group([(p.name, _mb(p) if _fits(p, schemas.REJECTS) else float("inf"))
                                               for p in rej], target_mb)}


def merged_name(first: str, op_id: str) -> str:
    """The name of a file merging shards from `first` on: it sorts where `first` did, before the next
    shard (no shard's name starts with another's stem; an earlier merge's suffix is dropped)."""
    return f"{Path(first).stem.split('~')[0]}~{op_id}.parquet"


def merge(store: OutputStore, sources: list[Path], dest: Path, table: str, recorded: dict[str, str]) -> int:
    """Copy the rows of `sources`, in order, into one Parquet file; returns the rows. Each source's bytes are
    checked against the SHA-256 in `recorded` first (`integrity.read_to_copy`): a merged file gets a fresh hash,
    so rot copied in would be signed as good."""
    writer = RowGroupWriter(dest, SCHEMAS[table], ROW_GROUPS[table])
    n = 0
    try:
        for src in sources:
            t = schemas.conform(integrity.read_to_copy(store, src, recorded), SCHEMAS[table])
            writer.write(t)
            n += t.num_rows
    finally:
        writer.close()
    return n


@dataclass
class Maintenance:
    """A locked, staged, journalled change of an output folder made by a command, not a run."""

    store: OutputStore
    kind: str
    wait_lock: float = 0.0

    def __enter__(self) -> Maintenance:
        self.run_id = new_run_id(self.kind)
        self.started = datetime.now(UTC)
        if not self.store.manifests.exists():  # a mistyped path: never create an output there (tester ATK10)
            raise OutputError(f"no runs in {self.store.root}: nothing to {self.kind}")
        self.store.check_writable()
        self.store.acquire(f"{self.kind} {self.run_id}", wait_seconds=self.wait_lock)
        try:
            self.notes = self.store.recover()
            integrity.quick_check(self.store)
            self.staging = self.store.new_staging(self.run_id)
        except BaseException:
            self.store.release()
            raise
        return self

    def __exit__(self, *exc) -> None:
        if getattr(self, "staging", None) is not None and self.staging.exists() and not (
                self.staging / "COMMIT.json").exists():
            shutil.rmtree(self.staging, ignore_errors=True)
        self.store.release()

    def commit(self, moves: list[tuple[Path, Path]], deletes: list[Path], extra: dict) -> dict:
        """Journal, renames (documents/ last), deletions, then the manifest."""
        store = self.store
        moves = sorted(moves, key=lambda m: m[1].parent == store.table_dir("documents"))
        placed = {str(dst.relative_to(store.root)): src for src, dst in moves}
        now = datetime.now(UTC).isoformat()
        m = {"run_id": self.run_id, "kind": self.kind, "started_at": self.started.isoformat(), "finished_at": now,
             "counts": {"inputs_seen": 0, "processed": 0, "skipped_unchanged": 0, "rejected": 0,
                        "duplicate_passages": 0, "balanced": True},
             **extra,
             "shards": {rel: integrity.file_info(src) for rel, src in placed.items()},
             "deleted": sorted({str(p.relative_to(store.root)) for p in deletes} - set(placed))}
        failpoint(f"{self.kind}-before-commit")
        store.commit(self.staging, self.run_id, moves, [p for p in deletes if str(p.relative_to(store.root))
                                                         not in placed], m)
        return m


def compact(store: OutputStore, target_mb: float = TARGET_MB, wait_lock: float = 0.0,
            progress: Callable[[str], None] | None = None) -> dict | None:
    """Merge small shards; returns the compaction manifest, or None when nothing is small."""
    if not target_mb > 0:  # the scheduled flow's parameter too, not only the CLI option
        raise ValueError(f"target_mb must be more than 0, not {target_mb}")
    with Maintenance(store, "compact", wait_lock) as op:
        for note in op.notes:
            progress and progress(note)
        groups = plan(store, target_mb)
        if not groups["pairs"] and not groups["rejects"]:
            return None
        moves: list[tuple[Path, Path]] = []
        deletes: list[Path] = []
        replaced: dict[str, list[str]] = {}
        rows = {"documents": 0, "passages": 0, "rejects": 0}
        recorded = integrity.recorded_hashes(store)
        work = [(g, ("documents", "passages")) for g in groups["pairs"]] + [(g, ("rejects",)) for g in groups["rejects"]]
        for names, tables in work:
            for table in tables:
                name = merged_name(names[0], op.run_id)
                sources = [store.table_dir(table) / n for n in names]
                staged = op.staging / f"{table}--{name}"
                rows[table] += merge(store, sources, staged, table, recorded)
                dest = store.table_dir(table) / name
                moves.append((staged, dest))
                deletes += sources
                replaced[str(dest.relative_to(store.root))] = [str(p.relative_to(store.root)) for p in sources]
            progress and progress(f"merged {len(names)} shards of {'/'.join(tables)} into {name}")
        return op.commit(moves, deletes, {"compacted": {
            "target_mb": target_mb, "files_before": len(deletes), "files_after": len(moves),
            "rows": rows, "replaced": replaced}})
