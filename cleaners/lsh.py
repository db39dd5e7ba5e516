"""LSH banding: (bands, rows) by datasketch's criterion, compact band keys, candidate pairs.

A band key is a 32-bit hash of one band of a signature, salted with the band number, so keys of
all bands live in one table and an index entry is just (key, passage key).
"""

from __future__ import annotations

from functools import cache
from math import comb

import numpy as np

_P64 = np.uint64(0x100000001B3)
_BLOCK_ROWS = 8192  # signatures per block: (128 x 8192) uint64 = 8 MB
MAX_BANDS = 16  # 12 bytes an index entry per band: at most 192 bytes a passage
SMALL_BUCKET = 32  # members of a bucket up to which every pair is a candidate (beyond: a star)


def _false_positive(threshold: float, b: int, r: int) -> float:
    """Integral over [0, threshold] of 1 - (1 - s^r)^b, in closed form (binomial expansion)."""
    return threshold - sum(comb(b, k) * (-1) ** k * threshold ** (r * k + 1) / (r * k + 1) for k in range(b + 1))


def _false_negative(threshold: float, b: int, r: int) -> float:
    """Integral over [threshold, 1] of (1 - s^r)^b, in closed form."""
    return sum(comb(b, k) * (-1) ** k * (1 - threshold ** (r * k + 1)) / (r * k + 1) for k in range(b + 1))


NEAR_TIE = 1e-6  # closed form and datasketch's quadrature differ by < 2e-8 (measured, up to 32 bands); closer: datasketch decides


@cache
def lsh_params(threshold: float, num_perm: int, max_bands: int = MAX_BANDS) -> tuple[int, int]:
    """(bands, rows) minimising datasketch's false-positive + false-negative area (its
    `_optimal_param` criterion, equal weights) with at most `max_bands` bands, which bounds the
    index at 12 * max_bands bytes a passage.

    The areas are computed in closed form, so a run does not import datasketch and scipy's
    quadrature (issue 17: start-up); when the best two choices are within `NEAR_TIE`, datasketch's
    own functions decide, so the choice is always datasketch's."""
    options = [(b, r) for b in range(1, max_bands + 1) for r in range(1, num_perm // b + 1)]
    ranked = sorted((_false_positive(threshold, b, r) + _false_negative(threshold, b, r), b, r) for b, r in options)
    if len(ranked) > 1 and ranked[1][0] - ranked[0][0] < NEAR_TIE:
        from datasketch.lsh import _false_negative_probability, _false_positive_probability

        ranked = [min((_false_positive_probability(threshold, b, r) + _false_negative_probability(threshold, b, r), b, r)
                      for b, r in options)]
    return ranked[0][1], ranked[0][2]


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


def candidate_pairs(keys: np.ndarray, small: int = SMALL_BUCKET) -> np.ndarray:
    """(m, 2) row pairs (i < j) sharing a band key, unique and sorted. In a bucket of at most
    `small` rows every pair is a candidate; a bigger bucket (boilerplate-like text repeated many
    times, or a very common band) pairs each row with the bucket's first row only (a star, linear
    in bucket size; union-find still joins what the star verifies)."""
    n, bands = keys.shape
    pairs = []
    for b in range(bands):
        order = np.argsort(keys[:, b], kind="stable")
        k = keys[order, b]
        new_bucket = np.empty(n, dtype=bool)
        new_bucket[:1] = True
        new_bucket[1:] = k[1:] != k[:-1]
        start = np.maximum.accumulate(np.where(new_bucket, np.arange(n), 0))
        size = np.diff(np.append(np.flatnonzero(new_bucket), n))[np.cumsum(new_bucket) - 1]
        head = order[start]
        member = ~new_bucket
        pairs.append(np.stack([head[member], order[member]], axis=1))
        # all pairs of small buckets: each row with the earlier rows of its bucket beyond the head
        pos = np.arange(n) - start
        for d in range(1, min(small, int(size.max(initial=1))) - 1):
            later = np.flatnonzero((pos > d) & (size <= small))
            if not len(later):
                break
            pairs.append(np.stack([order[later - d], order[later]], axis=1))
    p = np.concatenate(pairs).astype(np.int64) if pairs else np.empty((0, 2), np.int64)
    if not len(p):
        return np.empty((0, 2), dtype=np.int64)
    code = np.minimum(p[:, 0], p[:, 1]) * n + np.maximum(p[:, 0], p[:, 1])
    code.sort()  # a plain sort: much faster here than np.unique's hashing
    code = code[np.concatenate(([True], code[1:] != code[:-1]))]
    return np.stack([code // n, code % n], axis=1)
