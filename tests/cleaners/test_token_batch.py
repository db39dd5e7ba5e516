"""`token_batch.tokenize` (issue 17) against its definition, `match_tokens` text by text."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from datasketch import MinHash

from cleaners import token_batch
from cleaners.minhash import MinHasher, shingle_hash
from cleaners.normalize import match_tokens, normalize_text
from cleaners.passages import shingles

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _lines() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        out += [line for line in normalize_text(path.read_text(encoding="utf-8")).split("\n") if line.strip()]
    return out


def _assert_same(texts: list[str]) -> token_batch.TokenBatch:
    batch = token_batch.tokenize(texts)
    assert len(batch.lengths) == len(texts) and int(batch.lengths.sum()) == len(batch.ids)
    offsets = batch.offsets()
    for i, text in enumerate(texts):
        assert batch.tokens(i, offsets) == match_tokens(text), repr(text)
    return batch


def test_seed_lines_tokenise_as_match_tokens() -> None:
    lines = _lines()
    assert len(lines) > 100
    batch = _assert_same(lines)
    assert len(batch.forms) < len(batch.ids)  # words repeat: each distinct word is one form
    _assert_same(lines[:7])  # a second batch in the same process (forms remembered from the first)


def test_fuzzed_texts_tokenise_as_match_tokens() -> None:
    """Case (Greek final sigma, dotted I), NFC (a mark after a space, old tone placement), the `_` of segmented
    text, digits, words longer than a packed key, empty texts and texts of no word."""
    pool = list("aăâđêôơưyAĐΣσİI_-'.,:0123 \t\u00a0\u3000\x1f") + [
        "\u0300", "\u0301", "\u0309", "\u0323", "\u0340", "\u0343", "hoà", "thuỷ", "nghiêng", "123456789",
        "Đà_Nẵng", "abcdefghijklmnop"]
    rng = random.Random(17)
    texts = ["", " ", "...", "ΟΔΟΣ ΣΑΣ Σ", "hoa\u0300 \u0301a thu\u0309y", "İstanbul Đà_Nẵng", "x\u00a0y\u3000z\x1fw",
             "chủ tịch UBND tỉnh", "www.vnexpress.net 0912345678901"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 25))) for _ in range(5_000)]
    for start in range(0, len(texts), 700):
        _assert_same(texts[start : start + 700])


def test_texts_with_line_breaks_and_many_letters_take_the_reference_path() -> None:
    _assert_same(["a b\nc d", "e"])  # a text with a line break of its own
    letters = ["".join(chr(c) for c in range(base, base + 40)) for base in range(0x4E00, 0x4E00 + 40 * 12, 40)]
    _assert_same(letters + ["hà nội"])  # 480 new word characters: past the 255 a process numbers
    _assert_same(["hà nội", "việt nam"])  # and the packed path still answers afterwards
    assert len(token_batch.tokenize([]).lengths) == 0


def test_signatures_of_a_batch_equal_datasketch() -> None:
    lines = _lines()
    batch = token_batch.tokenize(lines)
    keep = batch.lengths > 0
    hasher = MinHasher(64, 2)
    sigs = hasher.signatures_of_hashes(hasher.form_hashes(batch.forms)[batch.ids], batch.lengths[keep])
    offsets = batch.offsets()
    for row, i in zip(sigs, np.flatnonzero(keep), strict=True):
        tokens = batch.tokens(int(i), offsets)
        m = MinHash(num_perm=64, seed=1, scheme="affine32", hashfunc=shingle_hash)
        m.update_batch(shingles(tokens, 2))
        np.testing.assert_array_equal(row, m.hashvalues)
        np.testing.assert_array_equal(row, hasher.signatures([match_tokens(lines[i])])[0])
