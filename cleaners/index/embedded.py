"""The embedded backend: one memory-mapped Arrow part per run in `state/index/` (see `parts`),
merged into one when more than `MAX_PARTS` pile up, so a lookup touches a bounded number."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cleaners.index import parts
from cleaners.index.base import MAX_BUCKET, MIN_BANDS, IndexChange, PassageIndex

MAX_PARTS = 8  # more parts than this are merged into one by the run that adds the next


class EmbeddedIndex(PassageIndex):
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def lookup(self, keys: np.ndarray, sigs: np.ndarray, max_bucket: int | None = MAX_BUCKET,
               min_bands: int = MIN_BANDS) -> tuple[np.ndarray, np.ndarray]:
        if not len(keys):
            return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
        return parts.lookup(self.directory, keys, max_bucket, min_bands)

    def add(self, staging: Path, run_id: str, passage_ids: list[str], keys: np.ndarray,
            sigs: np.ndarray) -> IndexChange:
        if not len(keys):
            return IndexChange()
        part = Path(staging) / "index.arrow"
        pkeys = np.fromiter(map(parts.passage_key, passage_ids), dtype=np.uint64, count=len(passage_ids))
        parts.write_part(part, keys, pkeys)
        existing = parts.index_parts(self.directory)
        if len(existing) + 1 <= MAX_PARTS:
            return IndexChange(part)
        merged = Path(staging) / "index-compact.arrow"
        parts.compact(self.directory, merged, extra=[part])
        part.unlink()
        merged.rename(part)
        return IndexChange(part, existing)

    def remove(self, staging: Path, pkeys: np.ndarray) -> IndexChange:
        existing = parts.index_parts(self.directory)
        if not existing:
            return IndexChange()
        part = Path(staging) / "index.arrow"
        parts.compact(self.directory, part, drop_pkeys=np.asarray(pkeys, dtype=np.uint64))
        return IndexChange(part, existing)
