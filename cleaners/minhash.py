"""MinHash signatures of many passages at once, bit-identical to datasketch's `MinHash`.

datasketch (2.x, scheme "affine32") computes, per shingle s and permutation k:
    hv = fmix32(hashfunc(s));  value_k = min over s of (a_k * hv + b_k) mod 2^32
We use the same permutations (datasketch's own generator, same seed) and the same `hashfunc`
(`shingle_hash` below, which datasketch accepts as `hashfunc=`), but evaluate a whole batch as
NumPy arrays: distinct tokens are hashed once through a cache, shingle hashes are rolled over the
batch's concatenated token hashes with whole-array slices, and the permutation/min step runs over
a (permutations x shingles) matrix a cache-sized chunk of whole passages at a time.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from typing import TYPE_CHECKING

import numpy as np
import xxhash

if TYPE_CHECKING:
    from datasketch import MinHash

_SEED = np.uint32(0x9E3779B9)
_PRIME = np.uint32(0x01000193)
_MASK = 0xFFFFFFFF
# Shingles per permutation/min block: (128 perms x 4096) uint32 = 2 MB, stays in the CPU cache.
_CHUNK_SHINGLES = 1 << 12
_CACHE_MAX = 2_000_000  # distinct tokens kept in a hasher's token-hash cache


def token_hash(token: str) -> int:
    """32-bit xxHash of a token's UTF-8 bytes."""
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
    """MurmurHash3's 32-bit finaliser (datasketch's pre-mix), in place on a fresh array."""
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


class _TokenHashes(dict[str, int]):
    """token -> token_hash(token), computed on first use."""

    def __missing__(self, token: str) -> int:
        h = self[token] = token_hash(token)
        return h


def permutations(num_perm: int, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's "affine32" permutations (a odd, b), drawn as `MinHash._init_permutations` draws them,
    without importing datasketch (and scipy with it) in every process that signs (issue 17: start-up)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


class MinHasher:
    """Vectorised MinHash over word n-gram shingles of token lists."""

    def __init__(self, num_perm: int = 128, ngram: int = 5, seed: int = 1) -> None:
        self.num_perm, self.ngram, self.seed = num_perm, ngram, seed
        a, b = permutations(num_perm, seed)
        self._a = np.asarray(a, dtype=np.uint32)[:, None]  # (num_perm, 1): permutations x shingles
        self._b = np.asarray(b, dtype=np.uint32)[:, None]
        self._cache = _TokenHashes()

    def datasketch(self, tokens: Sequence[str]) -> MinHash:
        """The same signature through datasketch's own (slow) per-shingle `update`."""
        from datasketch import MinHash

        from cleaners.passages import shingles

        m = MinHash(num_perm=self.num_perm, seed=self.seed, scheme="affine32", hashfunc=shingle_hash)
        for s in shingles(tuple(tokens), self.ngram):
            m.update(s)
        return m

    def _token_hashes(self, token_lists: Sequence[Sequence[str]], total: int) -> np.ndarray:
        """Hashes of all tokens of the batch, concatenated: each distinct token hashed once."""
        cache = self._cache
        if len(cache) > _CACHE_MAX:
            cache.clear()
        return np.fromiter(map(cache.__getitem__, chain.from_iterable(token_lists)), dtype=np.uint32, count=total)

    def _shingle_hashes(self, flat: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """fmix32'd shingle hashes grouped by passage, and each passage's first shingle index.

        A passage of L >= ngram words has L - ngram + 1 shingles; a shorter one has a single
        shingle of all its words (as `cleaners.passages.shingles`)."""
        ng = self.ngram
        offsets = np.zeros(len(lengths), dtype=np.int64)
        np.cumsum(lengths[:-1], out=offsets[1:])
        # every window of `ng` consecutive tokens of the batch, rolled with whole-array slices
        m = max(len(flat) - ng + 1, 0)
        rolled = np.full(m, _SEED, dtype=np.uint32)
        for j in range(ng):
            rolled ^= flat[j : j + m]
            rolled *= _PRIME
        short = np.flatnonzero(lengths < ng)
        if len(short):  # one shingle of all words, appended after the windows
            s_len, s_off = lengths[short], offsets[short]
            tail = np.full(len(short), _SEED, dtype=np.uint32)
            for j in range(int(s_len.max())):
                live = s_len > j
                tail[live] = (tail[live] ^ flat[s_off[live] + j]) * _PRIME
            rolled = np.concatenate((rolled, tail))
            offsets[short] = m + np.arange(len(short))
        counts = np.maximum(lengths - ng + 1, 1)
        first = np.zeros(len(lengths), dtype=np.int64)
        np.cumsum(counts[:-1], out=first[1:])
        starts = np.arange(int(first[-1] + counts[-1]), dtype=np.int64)
        starts += np.repeat(offsets - first, counts)
        return _fmix32(rolled[starts]), first

    def signatures(self, token_lists: Sequence[Sequence[str]]) -> np.ndarray:
        """(n, num_perm) uint32 signatures. Every token list must be non-empty."""
        n = len(token_lists)
        lengths = np.fromiter(map(len, token_lists), dtype=np.int64, count=n)
        if n == 0:
            return np.empty((0, self.num_perm), dtype=np.uint32)
        return self.signatures_of_hashes(self._token_hashes(token_lists, int(lengths.sum())), lengths)

    def form_hashes(self, forms: Sequence[str]) -> np.ndarray:
        """`token_hash` of each token (match form), through this hasher's cache."""
        cache = self._cache
        if len(cache) > _CACHE_MAX:
            cache.clear()
        return np.fromiter(map(cache.__getitem__, forms), dtype=np.uint32, count=len(forms))

    def signatures_of_hashes(self, flat: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """`signatures` of token lists given as their tokens' hashes (`token_hash`), concatenated in `flat`
        (uint32), and each list's length (issue 17: a batch tokenised as numbers, `cleaners.token_batch`)."""
        n = len(lengths)
        out = np.empty((n, self.num_perm), dtype=np.uint32)
        if n == 0:
            return out
        lengths = np.asarray(lengths, dtype=np.int64)
        if lengths.min() == 0:
            raise ValueError("cannot sign an empty passage")
        hv, first = self._shingle_hashes(np.asarray(flat, dtype=np.uint32), lengths)
        # permute and take minima over each passage's shingles, a chunk of whole passages at a time
        bounds = np.append(first, len(hv))
        p0 = 0
        while p0 < n:
            s0 = int(first[p0])
            p1 = max(int(np.searchsorted(first, s0 + _CHUNK_SHINGLES, side="right")) - 1, p0 + 1)
            block = self._a * hv[s0 : bounds[p1]]
            block += self._b
            out[p0:p1] = np.minimum.reduceat(block, first[p0:p1] - s0, axis=1).T
            p0 = p1
        return out


def jaccard(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of signature rows (broadcasting)."""
    return (sig_a == sig_b).mean(axis=-1)


def pair_jaccard(sigs: np.ndarray, pairs: np.ndarray, chunk: int = 1 << 16) -> np.ndarray:
    """Estimated Jaccard of many (i, j) row pairs of `sigs`, a chunk of pairs at a time (bounded memory)."""
    out = np.empty(len(pairs), dtype=np.float64)
    for k in range(0, len(pairs), chunk):
        p = pairs[k : k + chunk]
        out[k : k + len(p)] = np.count_nonzero(sigs[p[:, 0]] == sigs[p[:, 1]], axis=1)
    return out / max(sigs.shape[1], 1)
