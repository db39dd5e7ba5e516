"""The no-op check of `newsclean run`: is there nothing new to do? Decided before Prefect starts.

A run has nothing to do when no `--reprocess` is asked, the settings are those of the last run,
every input file is recorded in `state/inputs.parquet` with the same size, mtime and field
mapping (`read_with`), no input is rejected at discovery, no crashed run left staging behind and
the start-of-run integrity check passes. Then the CLI prints the summary and writes nothing (no
manifest: `newsclean runs` lists runs that changed or checked something). Any doubt answers
"not a no-op" and the full flow runs, exactly as before (it reports a damaged output, waits for
or refuses a locked one, recovers a crash, reads a changed file). Imports stay light on purpose:
no Prefect, no datasketch, and nothing heavy before it is known that there was an earlier run
(a first run then starts the embedded server sooner).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flows.config import RunConfig
from flows.storage.store import LockedError, OutputError, OutputStore

# parameters that do not change what a run with nothing new would record or check
_NOT_SETTINGS = ("inputs", "output", "workers", "batch_size", "dask_address", "dask_workers")


@dataclass(frozen=True)
class NoOp:
    """What a run with nothing new would have counted."""

    last_run: str
    files: int
    documents: int
    files_ignored: int
    learned_patterns: int = 0

    def counts(self) -> dict:
        """Counts shaped like a manifest's (for `flows.report.summary_table`)."""
        return {"inputs_seen": self.documents, "processed": 0, "skipped_unchanged": self.documents,
                "rejected": 0, "rejects_by_reason": {}, "lines_removed_by_rule": {}, "passages": 0,
                "indexed_passages": 0, "duplicate_clusters": 0, "duplicate_passages": 0,
                "cross_outlet_duplicate_passages": 0, "short_line_duplicates": 0, "learned_patterns": self.learned_patterns, "documents_without_outlet": 0,
                "files_ignored": self.files_ignored, "balanced": True}


def _same_settings(last: dict, config: RunConfig) -> bool:
    now = config.model_dump()
    if config.redis_url:  # stored masked (and only then is the Redis module imported)
        from flows.engines.redis_index import public_parameters

        now = public_parameters(now)
    before = last.get("parameters") or {}
    keys = (set(now) | set(before)) - set(_NOT_SETTINGS)
    return all(now.get(k) == before.get(k) for k in keys)


def check(config: RunConfig) -> NoOp | None:
    """A `NoOp` if a run of `config` would find nothing new and change nothing; else None."""
    if config.reprocess:
        return None
    store = OutputStore(Path(config.output))
    state = store.state / "inputs.parquet"
    if not state.exists() or not store.manifests.exists():
        return None
    if store.staging_root.exists() and any(p.is_dir() for p in store.staging_root.iterdir()):
        return None  # a crashed run to recover first
    try:
        store.acquire("no-op check")
    except (LockedError, OSError):
        return None  # the full run waits for (or refuses) the lock, as always
    try:
        return _check_locked(config, store, state)
    except (OutputError, OSError, ValueError, KeyError):
        return None  # the full run says what is wrong
    finally:
        store.release()


def _check_locked(config: RunConfig, store: OutputStore, state: Path) -> NoOp | None:
    import pyarrow.parquet as pq

    from flows.storage import integrity
    from flows.storage.sources import FieldMap, discover, same_stat

    manifests, damaged = integrity.read_manifests(store)
    runs = [m for m in manifests if m.get("kind") != "repair" and m.get("parameters")]
    since = manifests[next(i for i, m in enumerate(manifests) if m is runs[-1]) + 1:] if runs else []
    if damaged or not runs or any(m.get("kind") != "compact" for m in since):
        return None  # damage, or a repair or forget since the last run: let the full run look (a compaction only
        # merged shards: its manifest lists them, and the quick check below reads their sizes)
    if not _same_settings(runs[-1], config):
        return None
    integrity.quick_check(store)  # raises on damage: the full run then reports it
    files, rejects, ignored = discover(config.inputs)
    if rejects or not files:
        return None
    read_with = FieldMap.of(config).key(config.input_limits())
    prev = {r["path"]: r for r in pq.read_table(state).to_pylist()}
    documents = 0
    for f in files:
        old = prev.get(f.path)
        if old is None or not old.get("sha256") or not same_stat(old, f) or old.get("read_with") != read_with:
            return None
        documents += old["n_docs"]
    patterns = store.state / "learned_patterns.parquet"  # the stored patterns, as the last run reported them
    learned = pq.ParquetFile(patterns).metadata.num_rows if patterns.exists() else 0
    return NoOp(runs[-1]["run_id"], len(files), documents, len(ignored), learned)
