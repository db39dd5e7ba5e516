"""Older versions of an id read in one run, tried when the newer one is rejected (ATK6 F1).

Plan keeps the newest version of each id and queues only that one; the older ones' raw rows go to
spare files in staging (not memory). When extraction rejects the newest (empty, every line
boilerplate, no content, a line too long, ...), the next older version is extracted in its place,
and so on: the run keeps what two runs, the older file first, would have kept (the newer version is
a reject row with its own reason; the older one the document). The older versions' `duplicate_id`
rows made by plan are dropped for the versions tried, and name the version kept for the others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from flows.storage import schemas

INDEX = "fallbacks.parquet"  # (doc_id, source, input_key, unchanged), newest first per id
_SPARE = "spare-{:05d}.parquet"
_SPARE_ROWS = 2_000  # rows buffered before a spare file is written (bounded memory, issue 17)


@dataclass(frozen=True, slots=True)
class Fallback:
    """An older version of an id, to try when the newer ones are rejected."""

    doc_id: str
    source: str
    input_key: str
    unchanged: bool  # equal to the stored document: the stored one stays, nothing to extract


class SpareRows:
    """Raw rows of replaced versions, written to spare files in staging as they come."""

    def __init__(self, staging: Path) -> None:
        self.staging, self.rows, self.n_files = staging, [], 0

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) >= _SPARE_ROWS:
            self.close()

    def add_table(self, table: pa.Table) -> None:
        self.n_files += 1
        pq.write_table(table, self.staging / _SPARE.format(self.n_files), compression="lz4", use_dictionary=False)

    def close(self) -> None:
        if self.rows:
            rows, self.rows = self.rows, []
            self.add_table(pa.Table.from_pylist(rows, schema=schemas.RAW))


def write_fallbacks(staging: Path, fallbacks: list[Fallback]) -> None:
    if fallbacks:
        pq.write_table(pa.Table.from_pylist([vars_of(f) for f in fallbacks]), staging / INDEX)


def vars_of(f: Fallback) -> dict:
    return {"doc_id": f.doc_id, "source": f.source, "input_key": f.input_key, "unchanged": f.unchanged}


def _rejected(paths: list[Path], ids: set[str]) -> dict[str, list[tuple[str, str]]]:
    """doc_id -> (source, reason) of the rejects in `paths` of the ids in `ids`."""
    out: dict[str, list[tuple[str, str]]] = {}
    for path in paths:
        t = pq.read_table(path, columns=["source", "doc_id", "reason"])
        for src, doc_id, why in zip(*(t.column(c).to_pylist() for c in ("source", "doc_id", "reason")), strict=True):
            if doc_id in ids:
                out.setdefault(doc_id, []).append((src, why))
    return out


def drop_unfinished(staging: Path) -> None:
    """The batches of a fallback that did not finish (an extract stage tried again): it starts over."""
    if (staging / INDEX).exists():
        for path in staging.glob("batch-fallback-*"):
            path.unlink()


def _next_batch(staging: Path, sources: set[str], round_: int) -> Path:
    """A new raw batch of the spare rows of `sources` (named after plan's: later stages read it too)."""
    wanted = pa.array(sorted(sources), pa.string())
    parts = []
    for path in sorted(staging.glob("spare-*.parquet")):
        t = pq.read_table(path)
        parts.append(t.filter(pc.is_in(t.column("source"), value_set=wanted)))
    path = staging / f"batch-fallback-{round_:03d}.raw.parquet"
    pq.write_table(pa.concat_tables(parts).cast(schemas.RAW), path, compression="lz4", use_dictionary=False)
    return path


@dataclass(slots=True)
class _Outcome:
    rejected: list[tuple[str, str]]  # (source, reason) of the versions rejected, newest first
    tried: list[str]  # sources extracted in place of a rejected newer one
    kept: str | None = None  # the version that became the document
    unchanged: str | None = None  # the version equal to the stored document (which stays)


def fall_back(staging: Path, run_batches: Callable[[list[Path]], list[dict]]) -> tuple[list[dict], int]:
    """Extract the next older version of each id whose newest was rejected, until one is kept or none
    is left (`run_batches` extracts raw batch files); rewrite plan's `duplicate_id` rows of those ids.
    Returns the extra batches' results and how many versions were found equal to the stored document."""
    index = staging / INDEX
    if not index.exists():
        return [], 0
    chains: dict[str, list[dict]] = {}
    for row in pq.read_table(index).to_pylist():
        chains.setdefault(row["doc_id"], []).append(row)
    pending = _rejected(sorted(staging.glob("batch-*.rejects.parquet")), set(chains))
    outcomes: dict[str, _Outcome] = {}
    results: list[dict] = []
    while pending:
        take: dict[str, str] = {}  # source -> doc_id
        for doc_id, rejects in pending.items():
            out = outcomes.setdefault(doc_id, _Outcome([], []))
            out.rejected += rejects
            if not chains[doc_id]:
                continue
            row = chains[doc_id].pop(0)
            if row["unchanged"]:
                out.unchanged = row["source"]
            else:
                out.tried.append(row["source"])
                take[row["source"]] = doc_id
        if not take:
            break
        batch = _next_batch(staging, set(take), len(results) + 1)
        results += run_batches([batch])
        rejects_path = Path(str(batch).removesuffix(".raw.parquet") + ".rejects.parquet")
        pending = _rejected([rejects_path], set(take.values()))
        failed = {src for rows in pending.values() for src, _ in rows}
        for src, doc_id in take.items():
            if src not in failed:
                outcomes[doc_id].kept = src
    index.unlink()
    return results, _rewrite_plan_rejects(staging, outcomes)


def _rewrite_plan_rejects(staging: Path, outcomes: dict[str, _Outcome]) -> int:
    """Plan's `duplicate_id` rows of the ids that fell back: dropped for the versions extracted (they
    have their own row or document) and the one equal to the stored document (an unchanged input);
    the others name the version kept. Returns how many versions were equal to the stored one."""
    if not outcomes:
        return 0
    path = staging / "plan.rejects.parquet"
    rows = pq.read_table(path).to_pylist()
    kept_rows, unchanged = [], 0
    for row in rows:
        out = outcomes.get(row["doc_id"]) if row["reason"] == "duplicate_id" else None
        if out is None:
            kept_rows.append(row)
            continue
        if row["source"] in out.tried:
            continue
        if row["source"] == out.unchanged:
            unchanged += 1
            continue
        newer = ", ".join(f"{src} ({why})" for src, why in out.rejected)
        if out.kept:
            what = f"kept {out.kept}"
        elif out.unchanged:
            what = f"the stored document stays (equal to {out.unchanged})"
        else:
            what = "none kept"
        row["detail"] = f"another version of id {row['doc_id']}: {what}; newer versions rejected: {newer}"
        kept_rows.append(row)
    pq.write_table(pa.Table.from_pylist(kept_rows, schema=pq.read_schema(path)), path)
    return unchanged
