"""Reading a few archived passages out of a large shard decodes only the row groups holding them."""

from __future__ import annotations

import random
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from flows.run.find_duplicates import _take_rows


def test_take_rows_reads_the_same_rows_as_a_plain_take(tmp_path: Path) -> None:
    t = pa.table({"passage_id": [f"d{i}#0" for i in range(1000)], "text": [f"văn bản {i}" for i in range(1000)]})
    pq.write_table(t, tmp_path / "x.parquet", row_group_size=64)
    rng = random.Random(7)
    for _ in range(30):
        hit = sorted(rng.sample(range(1000), rng.randint(1, 40)))
        got = _take_rows(tmp_path / "x.parquet", hit, ["passage_id", "text", "published_precision"])
        assert got.equals(t.take(pa.array(hit)))  # a column the shard lacks is skipped, not invented
