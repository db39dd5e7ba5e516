"""The rule prefilter (`cleaners/rules/prefilter.py`) never turns away a line a rule matches: on lines
generated from every rule's own pattern, on the seeds, fixtures and the cleaning tests' lines, in every
case variant; and cleaning with it gives exactly what cleaning without it gives."""

from __future__ import annotations

import ast
import dataclasses
import itertools
import json
import random
import sys
from pathlib import Path

import pytest
import regex
from regex import _regex_core as core

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.normalize import normalize_text
from cleaners.rules import languages, load_rules
from cleaners.rules.prefilter import Prefilter, _parse, end_nodes, required_literals

ROOT = Path(__file__).resolve().parents[2]
# characters a generated line is made of where the pattern allows a class of them
POOL = [chr(c) for c in range(0x20, 0x7F)] + list(
    "ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
    "ÁÀẢÃẠẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ»›•·©°–—“”‘’…❯→►▶▸\u0301\u0323ſKİßẞ")


def _generate(node, rnd: random.Random, fits: dict[int, list[str]]) -> str:
    """A random text the node may match (it may not: callers keep only what the pattern matches);
    `fits` remembers the pool characters each class node admits."""
    kind = type(node)
    if kind is core.Character and node.positive:
        c = chr(node.value)
        return rnd.choice([c, c, c.upper(), c.lower(), c.title()])
    if kind in (core.Character, core.Property, core.SetUnion, core.SetDiff, core.SetInter, core.SetSymDiff,
                core.Range):
        if id(node) not in fits:
            fits[id(node)] = [ch for ch in POOL if node.matches(ord(ch))]
        return rnd.choice(fits[id(node)]) if fits[id(node)] else ""
    if kind in (core.Any, core.AnyAll, core.AnyU):
        return rnd.choice(POOL)
    if kind is core.Sequence:
        return "".join(_generate(item, rnd, fits) for item in node.items)
    if kind is core.Branch:
        return _generate(rnd.choice(node.branches), rnd, fits)
    if kind in (core.GreedyRepeat, core.LazyRepeat, core.PossessiveRepeat):
        top = node.min_count + 3 if node.max_count is None else min(node.max_count, node.min_count + 3)
        return "".join(_generate(node.subpattern, rnd, fits) for _ in range(rnd.randint(node.min_count, top)))
    if kind in (core.Group, core.Atomic):
        return _generate(node.subpattern, rnd, fits)
    return ""  # zero-width assertions, look-arounds, anything else


def _variants(text: str) -> set[str]:
    return {text, text.upper(), text.lower(), text.swapcase(), text.title(), text.casefold()}


def _all_rules():
    return [(lang, rule) for lang in languages() for rule in load_rules(lang).rules]


def test_every_generated_match_of_every_rule_passes() -> None:
    rnd = random.Random(17)
    matched_rules = 0
    for lang, rule in _all_rules():
        prefilter = load_rules(lang).prefilter
        tree = _parse(rule.pattern)
        assert tree is not None, f"{rule.name}: pattern not read"
        samples, fits = set(), {}
        for _ in range(400):
            text = _generate(tree, rnd, fits)
            samples |= {v for v in _variants(text) if rule.pattern.fullmatch(v)}
        matched_rules += bool(samples)
        for text in samples:
            assert prefilter.candidates(text) >> rule.index & 1, (rule.name, text)
    # the generator reaches most rules (a few need a look-ahead's words the generator rarely draws)
    assert matched_rules >= 0.8 * len(_all_rules())


def _corpus_lines() -> list[str]:
    """Lines of the seeds, the fixtures and every string of the cleaning tests (labelled boilerplate)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts += [v for v in rec.values() if isinstance(v, str)]
    for path in sorted((ROOT / "tests").rglob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts += [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)]
    lines = {line for text in texts for line in normalize_text(text).split("\n") if line.strip()}
    return sorted({v for line in lines for v in _variants(line)})


def test_no_corpus_line_a_rule_matches_is_turned_away() -> None:
    lines = _corpus_lines()
    assert len(lines) > 2000
    hits = 0
    for lang, rule in _all_rules():
        prefilter = load_rules(lang).prefilter
        for line in lines:
            if rule.pattern.fullmatch(line):
                hits += 1
                assert prefilter.candidates(line) >> rule.index & 1, (rule.name, line)
    assert hits > 300  # the corpus holds boilerplate of many rules, not only prose


@pytest.mark.parametrize("lang", languages())
def test_first_rule_is_the_same_as_trying_each(lang: str) -> None:
    rules = load_rules(lang)
    plain = dataclasses.replace(rules, prefilter=None)
    kinds = [rules.rules, rules.of_kind("line", "caption"), rules.of_kind("tail", "line"), rules.of_kind("head", "top")]
    for line in _corpus_lines()[:4000]:
        n = len(line.split())
        for tried in kinds:
            for words in (n, n + 5, max(n - 3, 0)):  # also word counts the line does not have
                assert rules.first(tried, line, words) is plain.first(tried, line, words)
            # a tuple built afresh for each call (the engine remembers tuples by identity while it holds them)
            fresh = tuple(reversed(tried[: 1 + len(line) % len(tried)]))
            assert rules.first(fresh, line, n) is plain.first(fresh, line, n)


@pytest.mark.parametrize("lang", languages())
def test_a_line_read_for_the_rules_its_length_admits_gets_their_full_answer(lang: str) -> None:
    """A line is scanned only for the literals of the rules whose word limit admits it (one automaton per
    limit): for those rules the answer is the full scan's, whatever word counts the line was asked with
    before (longest first, shortest first, or only one)."""
    pf = load_rules(lang).prefilter
    pats = [r.pattern for r in load_rules(lang).rules]
    limits = [r.max_words for r in load_rules(lang).rules]
    counts = sorted({0, *(n for n in limits if n is not None), *(n + 1 for n in limits if n is not None)})
    lines = _corpus_lines()[::6]
    assert len(lines) > 500
    narrowed = 0
    for order in (counts, counts[::-1]):
        fresh = Prefilter(pats, limits)
        for line in lines:
            full = pf.candidates(line)
            for n in order:
                assert fresh.candidates(line, n) == full & pf.fit(n), (line, n)
    for n in counts:  # a line asked once, with one word count
        fresh = Prefilter(pats, limits)
        for line in lines:
            assert fresh.candidates(line, n) == pf.candidates(line) & pf.fit(n), (line, n)
        scoped = fresh._automata[pf.fit(n) & fresh._checked]  # noqa: SLF001
        narrowed += len(scoped or ()) < len(fresh._automata[fresh._checked])  # noqa: SLF001
    assert narrowed >= len(counts) // 2  # long lines are read for fewer literals


def test_cleaning_is_the_same_without_the_prefilter() -> None:
    rules = load_rules("vi")
    with_it, without = BoilerplateCleaner(rules), BoilerplateCleaner(dataclasses.replace(rules, prefilter=None))
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted((ROOT / "tests" / "fixtures").glob("*.jsonl")):
        texts += [json.loads(line).get("text") or "" for line in path.read_text(encoding="utf-8").splitlines()]
    removed = 0
    for text in texts:
        text = normalize_text(text)
        a, b = with_it.clean(text), without.clean(text)
        assert (a.lines, a.line_numbers, a.removed, a.dateline) == (b.lines, b.line_numbers, b.removed, b.dateline)
        removed += len(a.removed)
    assert removed > 50


def test_literals_fold_like_the_engine() -> None:
    """Every character the engine takes for a literal of a rule (any case, any script: "K" for "k", "ſ"
    for "s") folds to that literal's fold: `str.casefold` on both sides loses no match."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    seen: set[tuple[int, int]] = set()

    def walk(node) -> None:
        if type(node) is core.Character and node.positive and (node.value, node.case_flags) not in seen:
            seen.add((node.value, node.case_flags))
            flags = regex.V0 | (regex.IGNORECASE if node.case_flags & regex.IGNORECASE else 0)
            want = chr(node.value).casefold()
            for ch in regex.findall(regex.escape(chr(node.value)), everything, flags):
                assert want in ch.casefold(), (chr(node.value), ch)
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                if isinstance(child, core.RegexBase):
                    walk(child)

    for _, rule in _all_rules():
        walk(_parse(rule.pattern))
    assert len(seen) > 50


def test_requirements_of_known_shapes() -> None:
    req = required_literals(regex.compile(r"(?:xem|đọc) thêm\s*:\s*\S.{2,50}", regex.IGNORECASE))
    assert frozenset({"xem thêm", "đọc thêm"}) in req
    assert required_literals(regex.compile(r"(?:\p{L}+\s?){1,4}")) == []  # nothing literal: no requirement
    assert required_literals(regex.compile(r"a?b*")) == []
    assert required_literals(regex.compile(r"(?=.*©).*|.*copyright.*", regex.IGNORECASE)) == [frozenset({"©", "copyright"})]
    # case: a literal written in capitals is found in any case, and "ſ" / the Kelvin sign fold like "s" / "k"
    p = Prefilter([regex.compile(r"TASK\s+\d+", regex.IGNORECASE)])
    assert p.candidates("tasK 3") == p.candidates("TAſK 3") == 1
    assert p.candidates("nothing here") == 0


@pytest.mark.parametrize("pattern,line", [
    (r"(?:hello){e<=1}", "hallo"),  # fuzzy: the literal need not occur
    (r"(a+)b\1", "aabaa"),  # a back-reference
    (r"(x)?(?(1)y|z)w", "zw"),  # a conditional
    (r"\L<words> ok", "beta ok"),  # a named list
])
def test_constructs_it_does_not_read_require_nothing_they_do_not_require(pattern: str, line: str) -> None:
    compiled = regex.compile(pattern, words=["alpha", "beta"]) if "\\L" in pattern else regex.compile(pattern)
    assert compiled.fullmatch(line)
    assert Prefilter([compiled]).candidates(line) == 1


def test_word_limits_and_pruning() -> None:
    rules = load_rules("vi")
    with_literals = sum(bool(r) for r in rules.prefilter.requirements)
    assert with_literals >= len(rules.rules) // 2  # the analysis reads the real rules (it would prune nothing if broken)
    prose = "Hôm nay, hàng nghìn người dân đã đổ về trung tâm thành phố để xem lễ hội pháo hoa mừng năm mới."
    pruned = [r.name for r in rules.rules if not rules.prefilter.candidates(prose) >> r.index & 1]
    assert {"copyright", "menu", "photo_caption"} <= set(pruned)
    long_words = len(prose.split()) + 100
    assert rules.prefilter.candidates(prose, long_words) & sum(
        1 << r.index for r in rules.rules if r.max_words is not None) == 0


# Small patterns of every construct the analysis reads, tried on every string of up to four characters
# of an alphabet that holds their literals in both cases and the odd folds ("ſ" is an "s", "K" a "k").
SHAPES = [r"ab.c", r"ab\p{L}d", r"a[^x]c", r"a\sb", r"ab(?:x|\d)c", r"a(?!b)c", r"(?:ab)?cd", r"x(?:ab){0,2}y",
          r"(?:ab|c)+d", r"(?:ab){2}", r"a(?=.*d)\w+", r"\bab\b", r"(?i)ks", r"(?i:AB)c", r"(?-i:aB)c", r"[ab]c[dx]",
          r"(?>ab|a)c", r"a*?b+?c", r"(?:a|b\w)(?:c|d)", r"(?:sk|ks)a?", r"ab|cd|\w", r"(?i)(?:a|b)(?:c|d)(?:s|k)"]
ALPHABET = "abcdxyBsSkK\u017f\u212a 5"


@pytest.mark.parametrize("pattern", SHAPES)
def test_small_patterns_exhaustively(pattern: str) -> None:
    compiled = regex.compile(pattern, regex.V0)
    prefilter = Prefilter([compiled])
    matched = 0
    for n in range(5):
        for chars in itertools.product(ALPHABET, repeat=n):
            text = "".join(chars)
            if compiled.fullmatch(text):
                matched += 1
                assert prefilter.candidates(text) == 1, (pattern, text, prefilter.requirements)
    assert matched


def test_a_run_of_text_after_an_unknown_part_is_no_whole_match() -> None:
    """A group whose known text follows an unknown part ("x(?:\\d+abc)") requires that text, not the text
    before the group joined to it: "x1abc" lacks "xabc" (a sequence's last run was returned as its whole)."""
    compiled = regex.compile(r"x(?:\d+abc)y", regex.V0)
    assert all("xabc" not in c and "abcy" not in c for clause in required_literals(compiled) for c in clause)
    assert Prefilter([compiled]).candidates("x12abcy") == 1


@pytest.mark.parametrize(("pattern", "admitted", "refused"), [
    (r".{5,200}\(\d{4}\)", "Tin cũ (2023)", "Tin cũ (2023)."),  # a rule opening with any text: its end decides
    (r"(?i)\p{Lu}\w+ \d+", "abc 12", "abc 12."),  # IGNORECASE: a class admits every case of a character
    (r"(?-i:\p{Lu})\w+", "Abc", "abc"),  # a case-sensitive class does not
    (r"(?=\d)\w+:", "12a:", "a12:"),  # a look-ahead's first characters are the match's
    (r"\w+(?<=\d)", "ab1", "ab1x"),  # a look-behind's last characters are the match's
])
def test_a_line_whose_ends_a_pattern_cannot_have_is_refused(pattern: str, admitted: str, refused: str) -> None:
    compiled = regex.compile(pattern, regex.V0)
    prefilter = Prefilter([compiled])
    assert compiled.fullmatch(admitted) and prefilter.candidates(admitted) == 1
    assert not compiled.fullmatch(refused) and prefilter.candidates(refused) == 0


@pytest.mark.parametrize("pattern", [r".+", r"a?", r"(?:ab|)c*", r"\w*.", r"(?i)ss|ß"])
def test_ends_nothing_is_known_of_refuse_nothing(pattern: str) -> None:
    """Any character, a pattern that may match the empty text, FULLCASE: no end set, no line refused by its ends."""
    compiled = regex.compile(pattern, regex.V0 | (regex.FULLCASE if "ß" in pattern else 0))
    assert end_nodes(compiled, last=False) is None and end_nodes(compiled, last=True) is None
