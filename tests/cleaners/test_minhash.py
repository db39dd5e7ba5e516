"""MinHasher.signatures must equal datasketch's MinHash(hashfunc=shingle_hash, scheme="affine32")."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash

from cleaners.minhash import MinHasher, jaccard, permutations, shingle_hash
from cleaners.normalize import match_tokens, normalize_text
from cleaners.passages import shingles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_passages() -> list[list[str]]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in normalize_text(path.read_text(encoding="utf-8")).split("\n"):
            tokens = match_tokens(line)
            if tokens:
                out.append(tokens)
    return out


PASSAGES = _seed_passages()
EDGE = [
    ["một"],  # one word
    ["hà", "nội"],
    ["a", "b", "c", "d"],  # ngram - 1 words
    ["a", "b", "c", "d", "e"],  # exactly ngram
    ["tin"] * 12,  # repeated tokens: one distinct shingle
    ["x", "y"] * 9,
]


def _reference(tokens: list[str], num_perm: int = 128, ngram: int = 5, seed: int = 1) -> np.ndarray:
    m = MinHash(num_perm=num_perm, seed=seed, scheme="affine32", hashfunc=shingle_hash)
    m.update_batch(shingles(tokens, ngram))
    return m.hashvalues


def test_seed_sample_is_real() -> None:
    assert len(PASSAGES) > 100
    assert any(len(p) < 5 for p in PASSAGES) and any(len(p) > 60 for p in PASSAGES)


@pytest.mark.parametrize(("num_perm", "ngram", "seed"), [(128, 5, 1), (64, 3, 7), (256, 1, 1)])
def test_bit_identical_to_datasketch(num_perm: int, ngram: int, seed: int) -> None:
    hasher = MinHasher(num_perm, ngram, seed)
    batch = PASSAGES + EDGE
    sigs = hasher.signatures(batch)
    assert sigs.shape == (len(batch), num_perm) and sigs.dtype == np.uint32
    for tokens, sig in zip(batch, sigs, strict=True):
        np.testing.assert_array_equal(sig, _reference(tokens, num_perm, ngram, seed))


@pytest.mark.parametrize(("num_perm", "seed"), [(64, 1), (128, 1), (256, 7), (1, 3)])
def test_permutations_are_datasketchs(num_perm: int, seed: int) -> None:
    """Drawn without importing datasketch (issue 17: start-up), the same as its own."""
    a, b = permutations(num_perm, seed)
    theirs = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    np.testing.assert_array_equal(a, theirs[0])
    np.testing.assert_array_equal(b, theirs[1])
    assert a.dtype == b.dtype == np.uint32


def test_datasketch_method_and_batching_agree() -> None:
    hasher = MinHasher()
    whole = hasher.signatures(PASSAGES)
    parts = np.concatenate([MinHasher().signatures(PASSAGES[i : i + 7]) for i in range(0, len(PASSAGES), 7)])
    np.testing.assert_array_equal(whole, parts)
    for k in (0, 1, len(PASSAGES) // 2, len(PASSAGES) - 1):
        np.testing.assert_array_equal(whole[k], hasher.datasketch(PASSAGES[k]).hashvalues)


def test_long_passage_spans_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    import cleaners.minhash as mh

    monkeypatch.setattr(mh, "_CHUNK_SHINGLES", 16)
    batch = [PASSAGES[0] * 5, ["a"], PASSAGES[1], PASSAGES[2] * 3]
    for tokens, sig in zip(batch, MinHasher().signatures(batch), strict=True):
        np.testing.assert_array_equal(sig, _reference(tokens))


def test_nfd_and_nfc_input_sign_alike() -> None:
    line = "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng Sáu, hoà bình và hòa hợp"
    nfc, nfd = unicodedata.normalize("NFC", line), unicodedata.normalize("NFD", line)
    assert nfc != nfd
    a, b = match_tokens(nfc), match_tokens(nfd)
    assert a == b
    sigs = MinHasher().signatures([a, b])
    np.testing.assert_array_equal(sigs[0], sigs[1])
    np.testing.assert_array_equal(sigs[0], _reference(a))


def test_empty_batch_and_empty_passage() -> None:
    assert MinHasher().signatures([]).shape == (0, 128)
    with pytest.raises(ValueError):
        MinHasher().signatures([["a"], []])


def _true_jaccard(a: list[str], b: list[str], n: int = 5) -> float:
    sa, sb = set(shingles(a, n)), set(shingles(b, n))
    return len(sa & sb) / len(sa | sb)


def test_estimated_jaccard_is_close_to_true() -> None:
    rng = np.random.default_rng(0)
    long = [p for p in PASSAGES if len(p) >= 40]
    pairs = []
    for p in long[:20]:
        q = list(p)
        for i in rng.choice(len(q), size=len(q) // 8, replace=False):
            q[i] = "thay"  # edit about an eighth of the words
        pairs.append((p, q))
    pairs.append((long[0], long[1]))  # unrelated
    hasher = MinHasher()
    errors = []
    for a, b in pairs:
        sa, sb = hasher.signatures([a, b])
        errors.append(abs(float(jaccard(sa, sb)) - _true_jaccard(a, b)))
    # standard error of a 128-permutation estimate is at most 0.044
    assert max(errors) < 0.15 and float(np.mean(errors)) < 0.05
    assert float(jaccard(*hasher.signatures([long[0], long[0]]))) == 1.0
