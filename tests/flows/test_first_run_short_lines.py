"""A first run into an empty output has no earlier short lines to match: `archived_short_lines` answers
without reading the run's own passages (their skeletons were a tenth of find-duplicates' CPU on VNTC)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from flows.run.short_copies import archived_short_lines
from flows.storage.store import OutputStore


def test_first_run_reads_no_batch_for_archived_short_lines(tmp_path: Path) -> None:
    store = OutputStore(tmp_path / "out")  # nothing stored yet
    gone = [str(tmp_path / "staging" / f"batch-{n:05d}") for n in range(3)]  # no passages file behind them
    rows, hashes = archived_short_lines(store, gone, min_words=15, exclude_docs=set(), overrides={})
    assert rows == []
    assert hashes.dtype == np.uint64 and hashes.shape == (0,)
