"""MinHash signatures of many passages at once, bit-identical to datasketch's `MinHash`.

datasketch (2.x, scheme "affine32") computes, per shingle s and permutation k:
    hv = fmix32(hashfunc(s));  value_k = min over s of (a_k * hv + b_k) mod 2^32
We use the same permutations (datasketch's own generator, same seed) and the same `hashfunc`
(`shingle_hash` below, which datasketch accepts as `hashfunc=`), but evaluate a whole batch as
NumPy arrays: tokens are hashed once through a cache, shingle hashes are combined from token
hashes with vectorised arithmetic, and the permutation/min step runs over a matrix.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import xxhash
from datasketch import MinHash

_SEED = np.uint32(0x9E3779B9)
_PRIME = np.uint32(0x01000193)
_MASK = 0xFFFFFFFF
_CHUNK_SHINGLES = 1 << 16  # bounds the (shingles x permutations) matrix to ~32 MB at 128 perms


def token_hash(token: str) -> int:
    return xxhash.xxh32_intdigest(token.encode("utf-8"))


def shingle_hash(shingle: str) -> int:
    """The 32-bit hash of a shingle ("w1 w2 ... wn"): combines its words' hashes.

    Pass this as datasketch's `hashfunc` to get the same signatures as `MinHasher`.
    """
    h = int(_SEED)
    for token in shingle.split(" "):
        h = ((h ^ token_hash(token)) * int(_PRIME)) & _MASK
    return h


def _fmix32(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


class MinHasher:
    """Vectorised MinHash over word n-gram shingles of token lists."""

    def __init__(self, num_perm: int = 128, ngram: int = 5, seed: int = 1) -> None:
        self.num_perm, self.ngram, self.seed = num_perm, ngram, seed
        a, b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
        self._a = np.asarray(a, dtype=np.uint32)[None, :]
        self._b = np.asarray(b, dtype=np.uint32)[None, :]
        self._cache: dict[str, int] = {}

    def datasketch(self, tokens: Sequence[str]) -> MinHash:
        """The same signature through datasketch's own (slow) per-shingle `update`."""
        from cleaners.passages import shingles

        m = MinHash(num_perm=self.num_perm, seed=self.seed, scheme="affine32", hashfunc=shingle_hash)
        for s in shingles(tuple(tokens), self.ngram):
            m.update(s)
        return m

    def _token_hashes(self, tokens: Sequence[str]) -> list[int]:
        cache = self._cache
        out = []
        for t in tokens:
            h = cache.get(t)
            if h is None:
                h = cache[t] = token_hash(t)
                if len(cache) > 2_000_000:
                    cache.clear()
            out.append(h)
        return out

    def signatures(self, token_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """(n, num_perm) uint32 signatures. Every token list must be non-empty."""
        n = len(token_lists)
        out = np.empty((n, self.num_perm), dtype=np.uint32)
        if n == 0:
            return out
        lengths = np.fromiter((len(t) for t in token_lists), dtype=np.int64, count=n)
        if lengths.min() == 0:
            raise ValueError("cannot sign an empty passage")
        flat = np.fromiter(
            (h for toks in token_lists for h in self._token_hashes(toks)), dtype=np.uint32, count=int(lengths.sum())
        )
        offsets = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        width = np.minimum(lengths, self.ngram)  # short passages: one shingle of all their words
        counts = lengths - width + 1
        # start of every shingle in `flat`, and the passage it belongs to
        owner = np.repeat(np.arange(n), counts)
        first = np.concatenate(([0], np.cumsum(counts)[:-1]))
        starts = offsets[owner] + (np.arange(int(counts.sum())) - first[owner])
        h = np.full(starts.shape, _SEED, dtype=np.uint32)
        w = width[owner]
        for j in range(self.ngram):
            live = w > j
            h[live] = (h[live] ^ flat[starts[live] + j]) * _PRIME
        hv = _fmix32(h)
        # permute and take minima, a chunk of whole passages at a time
        p0 = 0
        while p0 < n:
            s0 = first[p0]
            p1 = int(np.searchsorted(first, s0 + _CHUNK_SHINGLES, side="right"))
            p1 = max(p1, p0 + 1)
            s1 = first[p1] if p1 < n else len(hv)
            block = hv[s0:s1, None] * self._a + self._b
            out[p0:p1] = np.minimum.reduceat(block, first[p0:p1] - s0, axis=0)
            p0 = p1
        return out


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of signature rows (broadcasting)."""
    return (sig_a == sig_b).mean(axis=-1)
