"""The one place a run's passage index is chosen: `open_index` returns the backend behind
`cleaners.index.PassageIndex` (Redis when `redis_url` is set, else the embedded Arrow parts), so
no stage branches on the backend."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow.parquet as pq

from cleaners.index import EmbeddedIndex, PassageIndex
from flows.config import RunConfig
from flows.storage.store import OutputStore


def _passage_texts(store: OutputStore):
    def read() -> Iterator[tuple[list[str], list[str]]]:
        for shard in store.shards("passages"):
            t = pq.read_table(shard, columns=["passage_id", "text"])
            yield t.column("passage_id").to_pylist(), t.column("text").to_pylist()

    return read


def open_index(config: RunConfig, store: OutputStore) -> PassageIndex:
    """The index of `store`'s committed passages, for this run's settings."""
    if config.redis_url:
        from flows.engines import redis_index

        return redis_index.backend(config, store.index_dir, _passage_texts(store))
    return EmbeddedIndex(store.index_dir)
