"""Index parts: band keys of every passage processed so far, on disk.

Each run adds one part of (key uint32, pkey uint64) rows sorted by key: 12 bytes per band per
passage, about 170 bytes a passage at 14 bands. Two part formats, chosen by the file suffix:

* `.arrow` (Arrow IPC, uncompressed): memory-mapped; a lookup binary-searches the sorted key
  column in place and touches only the pkeys of hits, so its cost grows with log(archive size)
  and the pages it reads are file cache, not process memory. A part is one record batch sorted
  by key, or (a big run's part) several, each sorted by key and searched in turn.
* `.parquet` (zstd): a lookup streams the key column one row group at a time, binary-searches
  only the new keys inside that row group's key range, and reads pkeys only of row groups with
  hits. Memory is bounded by one row group; time is linear in the archive.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import xxhash

SCHEMA = pa.schema([("key", pa.uint32()), ("pkey", pa.uint64())])
ROW_GROUP = 1 << 20
SUFFIXES = (".arrow", ".parquet")


def passage_key(passage_id: str) -> int:
    """64-bit key of a passage id, as stored in the index."""
    return xxhash.xxh64_intdigest(passage_id.encode("utf-8"))


def stable_key_order(keys: np.ndarray) -> np.ndarray:
    """`np.argsort(keys, kind="stable")` for uint32 keys, as one sort of (key << 32 | position) codes
    (unique, so any sort gives the stable order): about a third faster (issue 17)."""
    if keys.dtype != np.uint32 or len(keys) >= 1 << 32:
        return np.argsort(keys, kind="stable")
    codes = np.asarray(keys, dtype=np.uint64) << np.uint64(32)
    codes |= np.arange(len(keys), dtype=np.uint64)
    codes.sort()
    return (codes & np.uint64(0xFFFFFFFF)).astype(np.int64)


def _write_sorted(path: Path, keys: np.ndarray, pkeys: np.ndarray) -> None:
    order = stable_key_order(keys)
    table = pa.table({"key": keys[order], "pkey": pkeys[order]}, schema=SCHEMA)
    if Path(path).suffix == ".arrow":
        with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, SCHEMA) as writer:
            writer.write_table(table, max_chunksize=max(table.num_rows, 1))
    else:
        pq.write_table(table, path, compression="zstd", row_group_size=ROW_GROUP)


SORT_RUN = 1 << 22  # entries sorted at once when a run's `.arrow` part is written (about 100 MB of work)


def write_part(path: Path, keys: np.ndarray, pkeys: np.ndarray) -> int:
    """Write one index part for passages with band `keys` (n, bands) and `pkeys` (n,).

    The format follows the suffix of `path` (`.arrow` or `.parquet`). An `.arrow` part is written
    as record batches of at most `SORT_RUN` entries, each sorted by key (lookups search each
    batch), so writing it takes memory for one batch, not for the whole run."""
    pkeys = np.asarray(pkeys, dtype=np.uint64)
    n, bands = keys.shape
    if Path(path).suffix != ".arrow":
        _write_sorted(path, keys.reshape(-1), np.repeat(pkeys, bands))
        return n * bands
    rows = max(1, SORT_RUN // max(bands, 1))
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, SCHEMA) as writer:
        for start in range(0, n, rows):
            k = np.ascontiguousarray(keys[start : start + rows]).reshape(-1)
            p = np.repeat(pkeys[start : start + rows], bands)
            order = stable_key_order(k)
            writer.write_batch(pa.record_batch([pa.array(k[order]), pa.array(p[order])], schema=SCHEMA))
        if n == 0 or bands == 0:
            writer.write_batch(pa.record_batch([pa.array([], pa.uint32()), pa.array([], pa.uint64())], schema=SCHEMA))
    return n * bands


def index_parts(directory: Path) -> list[Path]:
    """Index parts in `directory` (both formats), by name."""
    if not directory.exists():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix in SUFFIXES and not p.name.startswith("."))


def _match(sorted_new: np.ndarray, arch_keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Positions (in `sorted_new`, in `arch_keys`) of equal keys; both arrays sorted.

    One binary search per new key; the right bound only for the (few) keys that hit."""
    if not len(arch_keys):
        return np.empty(0, np.int64), np.empty(0, np.int64)
    lo = np.searchsorted(arch_keys, sorted_new, side="left")
    hit = np.flatnonzero(arch_keys[np.minimum(lo, len(arch_keys) - 1)] == sorted_new)
    if not len(hit):
        return hit, hit
    lo = lo[hit]
    counts = np.searchsorted(arch_keys, sorted_new[hit], side="right") - lo
    new_pos = np.repeat(hit, counts)
    arch_pos = np.repeat(lo - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
    return new_pos, arch_pos


def _lookup_arrow(part: Path, sorted_new: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    news, pkeys = [np.empty(0, np.int64)], [np.empty(0, np.uint64)]
    with pa.memory_map(str(part)) as source:
        reader = pa.ipc.open_file(source)
        for b in range(reader.num_record_batches):  # each batch sorted by key (one, or one per sort run)
            batch = reader.get_batch(b)  # zero-copy views of the mapped file
            new_pos, arch_pos = _match(sorted_new, batch.column(0).to_numpy())
            news.append(new_pos)
            pkeys.append(batch.column(1).to_numpy()[arch_pos])
    return np.concatenate(news), np.concatenate(pkeys)


def _lookup_parquet(part: Path, sorted_new: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    pf = pq.ParquetFile(part)
    news, pkeys = [], []
    for rg in range(pf.num_row_groups):
        stats = pf.metadata.row_group(rg).column(0).statistics
        a, b = 0, len(sorted_new)
        if stats is not None and stats.has_min_max:
            a = int(np.searchsorted(sorted_new, stats.min, side="left"))
            b = int(np.searchsorted(sorted_new, stats.max, side="right"))
        if a == b:
            continue
        arch_keys = pf.read_row_group(rg, columns=["key"]).column(0).to_numpy()
        new_pos, arch_pos = _match(sorted_new[a:b], arch_keys)
        if len(new_pos):
            news.append(new_pos + a)
            pkeys.append(pf.read_row_group(rg, columns=["pkey"]).column(0).to_numpy()[arch_pos])
    if not news:
        return np.empty(0, np.int64), np.empty(0, np.uint64)
    return np.concatenate(news), np.concatenate(pkeys)


def _bucket_sizes(part: Path, sorted_new: np.ndarray) -> np.ndarray:
    """Entries of each (sorted) new key in one part."""
    t = read_part(part) if part.suffix != ".arrow" else None
    if t is not None:
        arch = t.column("key").to_numpy()
        return np.searchsorted(arch, sorted_new, "right") - np.searchsorted(arch, sorted_new, "left")
    sizes = np.zeros(len(sorted_new), np.int64)
    with pa.memory_map(str(part)) as source:
        reader = pa.ipc.open_file(source)
        for b in range(reader.num_record_batches):
            arch = reader.get_batch(b).column(0).to_numpy()
            sizes += np.searchsorted(arch, sorted_new, "right") - np.searchsorted(arch, sorted_new, "left")
    return sizes


def lookup(directory: Path, keys: np.ndarray, max_bucket: int | None = None,
           min_bands: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """Archived passages sharing at least `min_bands` band keys with new rows: (new row indices,
    archived pkeys), unique pairs sorted by row then pkey. A band key with more than `max_bucket`
    entries over all parts (text repeated that often is boilerplate-like) proposes no candidates."""
    n, bands = keys.shape
    parts = index_parts(directory)
    if not parts:  # nothing indexed yet (a first run): no sort of every band key (issue 17)
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
    flat = keys.reshape(-1)
    order = np.argsort(flat, kind="stable")
    sorted_new = flat[order]
    too_big = None
    if max_bucket is not None and parts:
        sizes = sum(_bucket_sizes(part, sorted_new) for part in parts)
        too_big = sizes > max_bucket
        if not too_big.any():
            too_big = None
    flat_out, pkeys_out = [], []
    for part in parts:
        find = _lookup_arrow if part.suffix == ".arrow" else _lookup_parquet
        new_pos, pkeys = find(part, sorted_new)
        if too_big is not None:
            ok = ~too_big[new_pos]
            new_pos, pkeys = new_pos[ok], pkeys[ok]
        flat_out.append(order[new_pos])  # row * bands + band
        pkeys_out.append(pkeys)
    if not flat_out or not sum(map(len, flat_out)):
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
    flat, pkeys = np.concatenate(flat_out).astype(np.int64), np.concatenate(pkeys_out)
    rows, band = flat // bands, flat % bands
    order = np.lexsort((band, pkeys, rows))
    rows, pkeys, band = rows[order], pkeys[order], band[order]
    first = np.ones(len(rows), dtype=bool)  # first entry of each (row, pkey) pair
    first[1:] = (rows[1:] != rows[:-1]) | (pkeys[1:] != pkeys[:-1])
    if min_bands > 1:  # distinct bands each pair shares (a passage in two parts counts once a band)
        new_band = first.copy()
        new_band[1:] |= band[1:] != band[:-1]
        starts = np.flatnonzero(first)
        shared = np.add.reduceat(new_band.astype(np.int64), starts)
        keep = starts[shared >= min_bands]
        return rows[keep], pkeys[keep]
    return rows[first], pkeys[first]


def read_part(part: Path) -> pa.Table:
    if part.suffix == ".arrow":
        with pa.memory_map(str(part)) as source:
            return pa.ipc.open_file(source).read_all()
    return pq.read_table(part)


def compact(directory: Path, out_path: Path, live_pkeys: np.ndarray | None = None,
            extra: list[Path] = (), drop_pkeys: np.ndarray | None = None) -> int:
    """Merge all parts (and `extra` ones) into one sorted part (format by `out_path` suffix),
    dropping entries whose pkey is not live or is in `drop_pkeys`."""
    tables = [read_part(p) for p in [*index_parts(directory), *extra]]
    if not tables:
        return 0
    t = pa.concat_tables(tables).combine_chunks()
    keys, pkeys = t.column("key").to_numpy(), t.column("pkey").to_numpy()
    if live_pkeys is not None:
        keep = np.isin(pkeys, np.asarray(live_pkeys, dtype=np.uint64))
        keys, pkeys = keys[keep], pkeys[keep]
    if drop_pkeys is not None and len(drop_pkeys):
        keep = ~np.isin(pkeys, np.asarray(drop_pkeys, dtype=np.uint64))
        keys, pkeys = keys[keep], pkeys[keep]
    _write_sorted(out_path, keys, pkeys)
    return len(keys)
