"""Writing table shards: a Parquet writer that gathers batches into row groups of a chosen size
(used by a run's write stage and by compaction)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq


class RowGroupWriter:
    """A Parquet writer that gathers batches into row groups of about `rows` rows."""

    def __init__(self, path: Path, schema: pa.Schema, rows: int) -> None:
        self.writer = pq.ParquetWriter(path, schema, compression="zstd")
        self.rows, self.pending, self.n, self.total = rows, [], 0, 0

    def write(self, table: pa.Table) -> None:
        self.total += table.num_rows
        self.pending.append(table)
        self.n += table.num_rows
        if self.n >= self.rows:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            self.writer.write_table(pa.concat_tables(self.pending), row_group_size=max(self.rows, self.n))
            self.pending, self.n = [], 0

    def close(self) -> None:
        try:
            self._flush()
        finally:
            self.writer.close()
