"""The faster text verification (issue 17: rapidfuzz LCS over vocabulary numbers, name and formula marks
only where they can start or end, k-grams by zip) gives exactly what the pure-Python reference gave
(`verify_reference.py`): the same match tokens and name masks, LCS lengths, stretches and verdicts, on the
fixtures' paragraphs and 3,440 pairs of edited copies and random paragraphs."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from cleaners import verify as V
from tests.cleaners import verify_reference as R

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# words that exercise the name heads, formulae, digits, acronyms and web addresses
EXTRA = ["ông", "bà", "Công an huyện", "bị cáo", "quốc lộ", "cho biết", "trước đó", "có mặt tại hiện trường",
         "thụ lý giải quyết theo thẩm quyền", "tuyên phạt", "về tội", "tử vong", "UBND", "TP.HCM", "51A-503.08",
         "12/6", "www.vnexpress.net", "https://tuoitre.vn/a-b.htm", "Nguyễn Văn A", "hiện", "usd", "giờ", ".", "–"]


def _paragraphs() -> list[str]:
    out = []
    for name in ("vntc_few.jsonl", "vietnews_few.jsonl", "rewrites.jsonl"):
        for line in (FIXTURES / name).read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            out += [p.strip() for p in text.splitlines() if len(p.split()) >= 3]
    return out


def _edit(text: str, rng: random.Random) -> str:
    """A copy with words dropped, inserted, replaced, re-cased or moved."""
    words = text.split()
    for _ in range(rng.randint(0, max(1, len(words) // 3))):
        op, at = rng.random(), rng.randrange(len(words) + 1)
        if op < 0.3 and words:
            del words[min(at, len(words) - 1)]
        elif op < 0.6:
            words.insert(at, rng.choice(EXTRA + words[:20]))
        elif op < 0.75 and words:
            at = min(at, len(words) - 1)
            words[at] = words[at].upper() if rng.random() < 0.5 else words[at].capitalize()
        elif words:
            k = rng.randrange(len(words))
            words = words[k:] + words[:k]
    return " ".join(words)


@pytest.fixture(scope="module")
def pairs() -> list[tuple[str, str]]:
    rng = random.Random(17)
    paras = _paragraphs()
    assert len(paras) > 100
    out = [(p, _edit(p, rng)) for p in paras for _ in range(20)]
    out += [(rng.choice(paras), rng.choice(paras)) for _ in range(1000)]
    return out


def test_passage_tokens_equal_the_reference(pairs: list[tuple[str, str]]) -> None:
    for a, b in pairs:
        for text in (a, b):
            got, want = V.passage_tokens(text), R.passage_tokens(text)
            assert list(got) == list(want) and got.names == want.names, text


def test_lcs_stretches_and_verdicts_equal_the_reference(pairs: list[tuple[str, str]]) -> None:
    kept = 0
    for a, b in pairs:
        ta, tb = V.passage_tokens(a), V.passage_tokens(b)
        assert V.lcs_length(ta, tb) == R.lcs_length(ta, tb)
        assert V.stretch_spans(ta, tb) == R.stretch_spans(ta, tb)
        assert V.stretch_spans(tb, ta) == R.stretch_spans(tb, ta)
        s = V.similarity(ta, tb)
        assert s == R.similarity(ta, tb)
        assert V.similarity(tb, ta) == R.similarity(tb, ta)  # (not symmetric when equal words differ in names)
        kept += s >= 0.5
    assert 500 < kept < len(pairs) - 500  # both verdicts are exercised


def test_lcs_on_plain_sequences_of_any_length() -> None:
    rng = random.Random(5)
    for _ in range(2000):
        vocab = [f"w{i}" for i in range(rng.choice((2, 10, 300)))]
        a = [rng.choice(vocab) for _ in range(rng.choice((0, 1, 5, 63, 64, 65, 200, 1500)))]
        b = [rng.choice(vocab) for _ in range(rng.randint(0, 300))]
        assert V.lcs_length(a, b) == R.lcs_length(a, b)
        assert V.lcs_length(tuple(a), b) == V.lcs_length(b, a)


def test_lcs_is_exact_when_the_vocabulary_starts_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """Numbers given afresh (bounded memory) never mix with a `Tokens`' numbers of an older generation."""
    monkeypatch.setattr(V, "_VOCAB_LIMIT", 50)
    rng = random.Random(9)
    kept = [V.passage_tokens(" ".join(f"t{rng.randrange(200)}" for _ in range(40))) for _ in range(40)]
    generation = V._vocab_generation
    for _ in range(3):
        for x in kept:
            for y in kept[:10]:
                assert V.lcs_length(x, y) == R.lcs_length(x, y)
    assert V._vocab_generation > generation


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.9])
def test_passing_similarity_decides_as_similarity(pairs: list[tuple[str, str]], threshold: float,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """`passing_similarity` (lengths, alignment and shared k-grams checked first, k-gram sets kept on a few
    `Tokens`) gives `similarity` for every pair that verifies at the threshold and 0.0 for every other,
    also when the kept k-gram sets are evicted all the time (a tiny cache)."""
    monkeypatch.setattr(V, "_GRAMS_KEPT", 3)
    texts = sorted({t for pair in pairs for t in pair})
    tokens = {t: V.passage_tokens(t) for t in texts}
    passed = failed = 0
    for a, b in pairs + [(a, a) for a, _ in pairs[:300]]:
        ta, tb = tokens[a], tokens[b]
        want = R.similarity(ta, tb)
        got = V.passing_similarity(ta, tb, threshold)
        assert got == (want if want >= threshold else 0.0), (a, b)
        assert V.stretch_spans(ta, tb) == R.stretch_spans(ta, tb)  # with the grams kept or not
        passed += got > 0
        failed += got == 0
    assert passed > 300 and failed > 300
    assert len(V._with_grams) <= 3 and sum(t._grams is not None for t in tokens.values()) <= 3


def test_digit_words_kept_on_tokens_stay_each_passages_own(pairs: list[tuple[str, str]]) -> None:
    """`_digit_words` is kept on a `Tokens` (issue 17): each passage keeps its own count, asked in any order and
    again, equal to the count of a plain list of the same words (verdicts: the reference test above)."""
    texts = [t for pair in pairs[:300] for t in pair] + ["Ngày 12/6, 51A-503.08 chạy 120 km/h", "không có số"]
    tokens = [V.passage_tokens(t) for t in texts]
    want = [V._digit_words(list(t)) for t in tokens]  # noqa: SLF001 - plain lists are never kept
    for _ in range(2):
        assert [V._digit_words(t) for t in reversed(tokens)] == want[::-1]  # noqa: SLF001
    assert all(t._digits == n for t, n in zip(tokens, want, strict=True))  # noqa: SLF001
    assert len(set(want)) > 2
