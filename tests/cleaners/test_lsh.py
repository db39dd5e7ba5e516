"""LSH parameters, band keys and in-batch candidate pairs."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch.lsh import _false_negative_probability, _false_positive_probability, _optimal_param

from cleaners import lsh
from cleaners.lsh import MAX_BANDS, band_keys, candidate_pairs, lsh_params


@pytest.mark.parametrize(("threshold", "num_perm"), [(0.7, 128), (0.5, 64), (0.8, 256), (0.9, 128), (0.3, 32),
                                                   (0.25, 64)])
def test_lsh_params_match_datasketch_within_the_band_cap(threshold: float, num_perm: int) -> None:
    theirs = _optimal_param(threshold, num_perm, 0.5, 0.5)
    ours = lsh_params(threshold, num_perm)
    if theirs[0] <= MAX_BANDS:  # datasketch's own choice whenever it fits the index budget
        assert ours == theirs
    else:
        assert ours[0] <= MAX_BANDS and ours[0] * ours[1] <= num_perm
    assert lsh_params(0.7, 128) == (14, 9)
    assert lsh_params(0.25, 64) == (16, 2)  # the default: 16 x 12 bytes = 192 bytes a passage


@pytest.mark.parametrize("num_perm", [16, 32, 64, 100, 128, 256])
def test_closed_form_areas_choose_what_datasketchs_quadrature_chooses(num_perm: int) -> None:
    """`lsh_params` computes the areas in closed form (no scipy import at start-up, issue 17): on a grid of
    thresholds and band caps it picks exactly what datasketch's criterion picks."""
    for threshold in np.round(np.arange(0.05, 1.0, 0.05), 2).tolist() + [0.25, 0.33, 0.77]:
        for cap in (4, 8, MAX_BANDS, 32):
            want = min((_false_positive_probability(threshold, b, r) + _false_negative_probability(threshold, b, r), b, r)
                       for b in range(1, cap + 1) for r in range(1, num_perm // b + 1))[1:]
            assert lsh.lsh_params(threshold, num_perm, cap) == want
            for b in range(1, cap + 1, 3):
                for r in range(1, num_perm // b + 1, 5):
                    assert abs(lsh._false_positive(threshold, b, r) - _false_positive_probability(threshold, b, r)) < 1e-7
                    assert abs(lsh._false_negative(threshold, b, r) - _false_negative_probability(threshold, b, r)) < 1e-7


def _reference_keys(sig: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """The band key definition, one passage at a time (persisted keys must never change)."""
    mask = (1 << 64) - 1
    out = np.empty((len(sig), bands), dtype=np.uint32)
    for i, row in enumerate(sig.tolist()):
        for b in range(bands):
            h = 0xCBF29CE484222325 ^ (b * 0x9E3779B97F4A7C15 % 2**64)
            for v in row[b * rows : (b + 1) * rows]:
                h = ((h ^ v) * 0x100000001B3) & mask
            h ^= h >> 33
            h = (h * 0xFF51AFD7ED558CCD) & mask
            h ^= h >> 33
            out[i, b] = h >> 32
    return out


def test_band_keys_definition_and_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaners.lsh as lsh

    sig = np.random.default_rng(1).integers(0, 2**32, (23, 128), dtype=np.uint32)
    ref = _reference_keys(sig, 14, 9)
    np.testing.assert_array_equal(band_keys(sig, 14, 9), ref)
    monkeypatch.setattr(lsh, "_BLOCK_ROWS", 5)
    np.testing.assert_array_equal(band_keys(sig, 14, 9), ref)
    assert band_keys(sig[:0], 14, 9).shape == (0, 14)


def test_equal_band_gives_equal_key_only_in_that_band() -> None:
    rng = np.random.default_rng(2)
    a, b = rng.integers(0, 2**32, (2, 128), dtype=np.uint32)
    b[9:18] = a[9:18]  # share band 1 only
    ka, kb = band_keys(np.stack([a, b]), 14, 9)
    assert (ka == kb).tolist() == [i == 1 for i in range(14)]
    c = a.copy()
    c[:9] = a[9:18]  # same values, other band: salted, so a different key
    assert band_keys(c[None], 14, 9)[0, 0] != ka[1]


def _brute_pairs(keys: np.ndarray) -> set[tuple[int, int]]:
    n = len(keys)
    return {(i, j) for i in range(n) for j in range(i + 1, n) if (keys[i] == keys[j]).any()}


def _components(n: int, pairs: np.ndarray | set[tuple[int, int]]) -> list[int]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for i, j in pairs:
        parent[max(find(i), find(j))] = min(find(i), find(j))
    return [find(x) for x in range(n)]


@pytest.mark.parametrize("size", [1, 2, 3, 7, 40])
def test_candidate_pairs_bucket_sizes(size: int) -> None:
    rng = np.random.default_rng(size)
    keys = rng.integers(0, 2**32, (size + 5, 4), dtype=np.uint32)
    members = rng.choice(len(keys), size, replace=False)
    keys[members, 2] = 12345  # one bucket of `size` rows in band 2
    pairs = candidate_pairs(keys, small=8)
    assert pairs.dtype.kind == "i" and pairs.shape[1] == 2
    assert (pairs[:, 0] < pairs[:, 1]).all()
    assert len(np.unique(pairs, axis=0)) == len(pairs)
    assert {tuple(p) for p in pairs.tolist()} <= _brute_pairs(keys)
    if size <= 8:  # a small bucket: every pair of its rows
        assert len(pairs) == size * (size - 1) // 2
    else:  # a big one (boilerplate-like): a star, linear in its size, not quadratic
        assert len(pairs) == size - 1
        head = int(members.min())
        assert {tuple(p) for p in pairs.tolist()} == {(head, int(m)) for m in members if m != head}


def test_candidate_pairs_connect_what_brute_force_connects() -> None:
    rng = np.random.default_rng(3)
    keys = rng.integers(0, 6, (60, 3), dtype=np.uint32)  # many collisions across bands
    pairs = candidate_pairs(keys)
    assert {tuple(p) for p in pairs.tolist()} <= _brute_pairs(keys)
    assert _components(60, pairs.tolist()) == _components(60, _brute_pairs(keys))


def test_candidate_pairs_empty_and_no_bands() -> None:
    assert candidate_pairs(np.empty((0, 14), np.uint32)).shape == (0, 2)
    assert candidate_pairs(np.empty((5, 0), np.uint32)).shape == (0, 2)
    assert candidate_pairs(np.arange(10, dtype=np.uint32).reshape(5, 2)).shape == (0, 2)
