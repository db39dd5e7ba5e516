"""The interface of the passage index: what find-duplicates and publish call, whatever the backend."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

MAX_BUCKET = 1000  # a band bucket holding more passages than this proposes no archive candidates
# An archived passage is a candidate when it shares this many bands with a new one. With 16 x 2
# bands of word 2-grams, 99.5 % of single-band hits between VNTC passages are chance (a common
# pair of bigram minima), and fetching them would make a run's cost grow with the archive;
# 9.5 % of heavy (35-50 %) rewrites share one band only and are found within a run, not across.
MIN_BANDS = 2


@dataclass(frozen=True)
class IndexChange:
    """Files a run's commit applies to `state/index/`: `part` (in staging) moves in under the
    run's name, `replaced` parts (merged into `part`) are deleted."""

    part: Path | None = None
    replaced: list[Path] = field(default_factory=list)


class PassageIndex(ABC):
    """Band keys of every passage committed so far, keyed by `parts.passage_key(passage_id)`.

    `keys` are a run's (n, bands) uint32 band keys (`cleaners.lsh.band_keys`) and `sigs` its
    (n, num_perm) uint32 MinHash signatures, row for row; a backend uses whichever it stores."""

    def check(self) -> None:  # noqa: B027 (optional hook: nothing to check by default)
        """Fail fast (with a one-line error) if the index cannot be used; nothing by default."""

    def sync(self) -> int:
        """Bring the index up to date with the committed runs; returns the passages added."""
        return 0

    @abstractmethod
    def lookup(self, keys: np.ndarray, sigs: np.ndarray, max_bucket: int | None = MAX_BUCKET,
               min_bands: int = MIN_BANDS) -> tuple[np.ndarray, np.ndarray]:
        """Indexed passages sharing at least `min_bands` bands with new rows: (row indices
        int64, passage keys uint64), unique pairs sorted by row then passage key. A band bucket
        holding more than `max_bucket` passages (boilerplate-like text) proposes none, in every
        backend."""

    @abstractmethod
    def add(self, staging: Path, run_id: str, passage_ids: list[str], keys: np.ndarray,
            sigs: np.ndarray) -> IndexChange:
        """Index a run's passages: write what the commit will move into place under `staging`
        (and, for a server backend, insert before the commit: entries of a run that never
        commits are harmless extra candidates, replaced when the same ids come again)."""

    @abstractmethod
    def remove(self, staging: Path, pkeys: np.ndarray) -> IndexChange:
        """Drop passages (by passage key) from the index: one merged part without them."""
