"""A rule's look-ahead guard (`cleaners.rules.lookahead_guard`, issue 17): the pattern without the look-aheads
it opens with is tried first, so it must match every line the whole pattern matches (it only turns away
lines the pattern cannot match), and the split must be the engine's reading of the pattern."""

from __future__ import annotations

import itertools

import pytest
import regex

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.normalize import normalize_text
from cleaners.rules import languages, load_rules, lookahead_guard
from tests.cleaners.test_rule_prefilter import _corpus_lines


def _guarded():
    return [rule for lang in languages() for rule in load_rules(lang).rules if rule.guard is not None]


def test_the_look_ahead_rules_of_the_table_get_a_guard() -> None:
    names = {rule.name for rule in _guarded()}
    assert {"menu", "share_widget", "copyright"} <= names


def test_no_corpus_line_a_guarded_rule_matches_is_turned_away() -> None:
    lines = _corpus_lines()
    hits = 0
    for rule in _guarded():
        for line in lines:
            whole = rule.pattern.fullmatch(line) is not None
            if whole:
                hits += 1
                assert rule.guard.fullmatch(line), (rule.name, line)
            # and the rule's answer is the pattern's (with its `contains` pre-check)
            plain = whole and (not rule.contains or any(c in line.lower() for c in rule.contains))
            assert rule.matches_text(line) == plain, (rule.name, line)
    assert hits >= 5


@pytest.mark.parametrize("line,name", [
    ("Thời sự Thế giới Kinh doanh Giải trí Thể thao Pháp luật", "menu"),  # a menu joined by spaces (round 7)
    ("Chia sẻ Gửi bài In bài", "share_widget"),
    ("Mọi hình thức sao chép thông tin khi chưa được sự đồng ý của báo là vi phạm bản quyền.", "copyright"),
])
def test_real_boilerplate_of_guarded_rules_is_still_removed(line: str, name: str) -> None:
    rules = load_rules("vi")
    guarded = [r for r in rules.rules if r.name == name and r.guard is not None]
    assert guarded and any(r.matches_text(line) for r in guarded)
    text = normalize_text("Tiêu đề bài báo hôm nay về một sự kiện\n" + line + "\n" + " ".join(["Câu văn của bài báo."] * 12)
                          if name == "menu" else
                          "Tiêu đề bài báo hôm nay về một sự kiện\n" + " ".join(["Câu văn của bài báo."] * 12) + "\n" + line)
    cleaned = BoilerplateCleaner(rules).clean(text)
    assert line not in cleaned.lines


@pytest.mark.parametrize("pattern,guard", [
    (r"(?=a.*b)c.*", "c.*"),
    (r"(?=a)(?=.b)\w+", r"\w+"),  # every leading look-ahead
    (r"(?=[)(])x", "x"),  # a parenthesis in a class is no group
    (r"(?=[]a)])y", "y"),  # nor is a "]" first in a class its end
    (r"(?=\))d", "d"),
    (r"(?=a)|b", "|b"),
    (r"(?=(a))a\1", None),  # the look-ahead captures: the rest may refer to it
    (r"(?<=a)b", None), (r"(?!a)b", None), (r"ab", None), (r"(?=a)", None),
    (r"(?=[[:alpha:](])x", None),  # not split where it is unsure
])
def test_the_split(pattern: str, guard: str | None) -> None:
    got = lookahead_guard(regex.compile(pattern, regex.V0))
    assert (got.pattern if got is not None else None) == guard


@pytest.mark.parametrize("pattern", [r"(?=.*a)\w+", r"(?=a)(?=.b)\w\w+", r"(?=[)(b])[b)]+", r"(?=(?:.*?a){2}).+",
                                     r"(?=\w*k)(?i:s|k)+", r"(?=.*K)(?i:[a-z])+", r"(?=a)a|b", r"(?=.*(?<!b)a)[ab]+"])
def test_a_guard_is_implied_by_its_pattern_exhaustively(pattern: str) -> None:
    compiled = regex.compile(pattern, regex.V0)
    guard = lookahead_guard(compiled)
    assert guard is not None
    matched = 0
    for n in range(6):
        for chars in itertools.product("ab)(kKs", repeat=n):
            text = "".join(chars)
            if compiled.fullmatch(text):
                matched += 1
                assert guard.fullmatch(text), (pattern, text)
    assert matched
