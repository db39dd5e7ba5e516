"""The faster line tests of cleaning and learning (issue 17) give the answers of the plain definitions they
replace, on the test corpus's lines and on made-up lines mixing letters, digits of every kind, symbols and
every kind of white space."""

from __future__ import annotations

import itertools
import re

from cleaners import learned
from cleaners.learned import HEADLINE_WORDS, line_keys, pattern_key, reads_as_text
from cleaners.normalize import word_counts
from tests.cleaners.test_rule_prefilter import _corpus_lines


def _letter_words_plain(line: str) -> int:
    return sum(1 for t in line.split() if any(c.isalpha() for c in t) and not any(c.isdigit() for c in t))


def _reads_as_text_plain(line: str) -> bool:
    tokens = line.split()
    words = sum(1 for t in tokens if any(c.isalpha() for c in t) and not any(c.isdigit() for c in t))
    numbers = sum(1 for t in tokens if any(c.isdigit() for c in t))
    return (words >= HEADLINE_WORDS and numbers * 2 <= words and not line.rstrip().endswith(":")
            and not re.search(learned._WIDGET_MARK, line))  # noqa: SLF001


def _lines() -> list[str]:
    # tokens of letters, ASCII and other digits ("²" is a digit, not a decimal), symbols, Vietnamese marks
    pieces = ["Giá", "vàng", "10/11", "x²", "٣", "A1", "đ", "—", "81,5", "triệu", "ok:", "12:30", "Ⅻ", "ữ"]
    made = [" ".join(p) for n in range(1, 6) for p in itertools.islice(itertools.permutations(pieces, n), 400)]
    return _corpus_lines()[::3] + made


def test_letter_word_counts_are_the_plain_ones() -> None:
    for line in _lines():
        n = _letter_words_plain(line)
        for k in range(0, 5):
            assert learned._has_letter_words(line, k) == (n >= k), (line, k)  # noqa: SLF001


def test_reads_as_text_is_the_plain_one() -> None:
    seen = set()
    for line in _lines():
        got = reads_as_text(line)
        assert got == _reads_as_text_plain(line), line
        seen.add(got)
    assert seen == {True, False}


def test_keys_are_the_same_when_remembered() -> None:
    lines = _corpus_lines()[:3000]
    first = line_keys(lines)
    again = line_keys(lines)  # now from the remembered keys
    assert first == again
    assert [k for k in first if k] and all(k == (pattern_key(x) or None) for x, k in zip(lines, first, strict=True) if k)


def test_word_counts_are_the_split_counts() -> None:
    spaces = [" ", "  ", "\t", "\u00a0", "\u2009", "\u3000", "\x1f", "\x85", "\u2028", "\n"]
    made = ["", " ", "a", " a", "a ", "a b", "a  b"]
    made += ["".join(p) for p in itertools.product(["Tin", "x²", "", "—"], spaces, ["mới", ""], spaces[:4], ["ữ"])]
    lines = _corpus_lines() + made
    assert word_counts(lines) == [len(line.split()) for line in lines]
