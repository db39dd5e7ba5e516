"""LSH banding: datasketch's (bands, rows) choice, compact band keys, candidate pairs.

A band key is a 32-bit hash of one band of a signature, salted with the band number, so keys of
all bands live in one table and an index entry is just (key, passage key).
"""

from __future__ import annotations

from functools import cache

import numpy as np
from datasketch.lsh import _optimal_param

_P64 = np.uint64(0x100000001B3)
_BLOCK_ROWS = 8192  # signatures per block: (128 x 8192) uint64 = 8 MB


@cache
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) minimising datasketch's weighted false-positive/negative area."""
    return tuple(int(x) for x in _optimal_param(threshold, num_perm, 0.5, 0.5))


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) uint32 keys of each band of each signature (FNV-1a-style over 64 bits, then a
    murmur-style finaliser, high 32 bits), computed a cache-sized block of rows at a time."""
    n = signatures.shape[0]
    out = np.empty((n, bands), dtype=np.uint32)
    salts = [np.uint64(0xCBF29CE484222325) ^ np.uint64(b * 0x9E3779B97F4A7C15 % 2**64) for b in range(bands)]
    for i0 in range(0, n, _BLOCK_ROWS):
        cols = signatures[i0 : i0 + _BLOCK_ROWS, : bands * rows].T.astype(np.uint64)  # (bands*rows, m)
        h = np.empty(cols.shape[1], dtype=np.uint64)
        for b in range(bands):
            h.fill(salts[b])
            for r in range(b * rows, (b + 1) * rows):
                h ^= cols[r]
                h *= _P64
            h ^= h >> np.uint64(33)
            h *= np.uint64(0xFF51AFD7ED558CCD)
            h ^= h >> np.uint64(33)
            h >>= np.uint64(32)
            out[i0 : i0 + len(h), b] = h
    return out


def candidate_pairs(keys: np.ndarray) -> np.ndarray:
    """(m, 2) row pairs (i < j) sharing a band key: each row is paired with the first row of its
    bucket (a star, linear in bucket size), which union-find turns into the same clusters."""
    n, bands = keys.shape
    pairs = []
    for b in range(bands):
        order = np.argsort(keys[:, b], kind="stable")
        k = keys[order, b]
        new_bucket = np.empty(n, dtype=bool)
        new_bucket[:1] = True
        new_bucket[1:] = k[1:] != k[:-1]
        head = order[np.maximum.accumulate(np.where(new_bucket, np.arange(n), 0))]
        member = ~new_bucket
        pairs.append(np.stack([head[member], order[member]], axis=1))
    if not pairs:
        return np.empty((0, 2), dtype=np.int64)
    p = np.concatenate(pairs)
    p = np.sort(p, axis=1)
    return np.unique(p, axis=0)
