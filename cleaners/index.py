"""The persisted LSH index: band keys of every passage processed so far, on disk.

Each run adds one Parquet part of (key uint32, pkey uint64) rows, sorted by key: 12 bytes per
band per passage before compression, about 170 bytes a passage at 14 bands. A lookup streams
the parts one row group at a time and keeps only the rows whose key is among the new keys, so
memory is bounded by one row group, not by the archive.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash

SCHEMA = pa.schema([("key", pa.uint32()), ("pkey", pa.uint64())])
ROW_GROUP = 1 << 20


def passage_key(passage_id: str) -> int:
    """64-bit key of a passage id, as stored in the index."""
    return xxhash.xxh64_intdigest(passage_id.encode("utf-8"))


def write_part(path: Path, keys: np.ndarray, pkeys: np.ndarray) -> int:
    """Write one index part for passages with band `keys` (n, bands) and `pkeys` (n,)."""
    flat_keys = keys.reshape(-1)
    flat_pkeys = np.repeat(pkeys.astype(np.uint64), keys.shape[1])
    order = np.argsort(flat_keys, kind="stable")
    table = pa.table({"key": flat_keys[order], "pkey": flat_pkeys[order]}, schema=SCHEMA)
    pq.write_table(table, path, compression="zstd", row_group_size=ROW_GROUP)
    return table.num_rows


def index_parts(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.parquet")) if directory.exists() else []


def lookup(directory: Path, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Archived passages sharing a band key with new rows: (new row indices, archived pkeys)."""
    n, bands = keys.shape
    flat = keys.reshape(-1)
    order = np.argsort(flat, kind="stable")
    sorted_keys = flat[order]
    rows_out, pkeys_out = [], []
    for part in index_parts(directory):
        pf = pq.ParquetFile(part)
        for rg in range(pf.num_row_groups):
            t = pf.read_row_group(rg)
            arch_keys = t.column("key").to_numpy()
            hit = np.isin(arch_keys, sorted_keys)
            if not hit.any():
                continue
            arch_keys = arch_keys[hit]
            arch_pkeys = t.column("pkey").to_numpy()[hit]
            lo = np.searchsorted(sorted_keys, arch_keys, side="left")
            hi = np.searchsorted(sorted_keys, arch_keys, side="right")
            counts = hi - lo
            idx = np.repeat(lo, counts) + (np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts))
            rows_out.append(order[idx] // bands)
            pkeys_out.append(np.repeat(arch_pkeys, counts))
    if not rows_out:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
    pairs = np.unique(np.stack([np.concatenate(rows_out).astype(np.uint64), np.concatenate(pkeys_out)], 1), axis=0)
    return pairs[:, 0].astype(np.int64), pairs[:, 1]


def compact(directory: Path, out_path: Path, live_pkeys: np.ndarray | None = None) -> int:
    """Merge all parts into one sorted part, dropping entries whose pkey is not live."""
    tables = [pq.read_table(p) for p in index_parts(directory)]
    if not tables:
        return 0
    t = pa.concat_tables(tables)
    keys, pkeys = t.column("key").to_numpy(), t.column("pkey").to_numpy()
    if live_pkeys is not None:
        keep = np.isin(pkeys, live_pkeys)
        keys, pkeys = keys[keep], pkeys[keep]
    order = np.argsort(keys, kind="stable")
    pq.write_table(pa.table({"key": keys[order], "pkey": pkeys[order]}, schema=SCHEMA), out_path,
                   compression="zstd", row_group_size=ROW_GROUP)
    return len(keys)
