"""The one place a run's passage index is chosen: `open_index` returns the backend behind
`cleaners.index.PassageIndex` (Redis when `redis_url` is set, else the embedded Arrow parts), so
no stage branches on the backend."""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow.parquet as pq

from cleaners.index import EmbeddedIndex, PassageIndex
from flows.config import RunConfig
from flows.storage.store import OutputError, OutputStore


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


BAND_SETTINGS = ("threshold", "ngram", "num_perm")  # what shapes the band keys of an index


class IndexSettingsError(OutputError):
    """This run's dedup settings differ from those the output's embedded index was built with."""


def stored_band_settings(store: OutputStore) -> tuple[str, dict] | None:
    """(run id, settings) of the latest run that indexed passages into `store`'s embedded index;
    None when the index holds nothing."""
    from flows.storage.integrity import read_manifests

    if not store.index_dir.exists() or not any(p.suffix in (".arrow", ".parquet") for p in store.index_dir.iterdir()):
        return None
    manifests, _ = read_manifests(store)
    for m in reversed(manifests):
        params = m.get("parameters") or {}
        if m.get("counts", {}).get("indexed_passages") and all(k in params for k in BAND_SETTINGS):
            return m["run_id"], {k: params[k] for k in BAND_SETTINGS}
    return None


def check_settings(config: RunConfig, store: OutputStore) -> None:
    """Stop a run before any work (IndexSettingsError) when the embedded index was built with other
    `--threshold`/`--ngram`/`--num-perm`: its band keys could never match this run's, so copies of
    earlier passages would be committed as originals for good (T5 F8). In Redis mode too: the output's
    index parts are its record (an emptied Redis is refilled from them; tester ATK10), and Redis checks
    its own settings besides."""
    found = stored_band_settings(store)
    if found is None:
        return
    run_id, stored = found
    diff = {k: v for k, v in stored.items() if float(v) != float(getattr(config, k))}
    if not diff:
        return
    flags = " ".join(f"--{k.replace('_', '-')} {v}" for k, v in stored.items())
    raise IndexSettingsError(
        f"the index of {store.root} was built with other dedup settings: "
        + ", ".join(f"{k}={v} (this run: {getattr(config, k)})" for k, v in diff.items())
        + f", last by run {run_id}; earlier passages could not be matched with these. Run with the stored "
        f"settings ({flags}), or write to a new --output")
