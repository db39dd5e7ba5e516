"""The rule engine's shortcuts (issue 17) give its plain answers: what it remembers of the tuples of rules it is
asked about (a tuple built afresh for each call gets the answer of the tuple it equals, and a tuple of the same
length, first and last rule but other rules between gets its own), and the prefilter's tables built by automaton
(the clauses each literal satisfies, the literals each scope's automaton looks for); the rule subsets a set
builds once; and a rule added to a table is found (the prefilter is derived from the table's rules)."""

from __future__ import annotations

import dataclasses
import tomllib

from cleaners.rules import languages, load_rules, rules_from_table
from cleaners.rules.prefilter import Prefilter
from tests.cleaners.test_rule_prefilter import ROOT, _corpus_lines


def test_tuples_of_one_shape_keep_their_own_rules() -> None:
    rules = load_rules("vi")
    tail, anywhere = rules.of_kind("tail"), rules.of_kind("line", "caption")
    a = (tail[0], *anywhere, tail[-1])
    b = (tail[0], *reversed(anywhere), tail[-1])  # same length, first and last: other order between
    c = (tail[0], *tail[1:len(anywhere) + 1], tail[-1])  # other rules between
    pf = rules.prefilter
    assert pf.bits_of(a) == pf.bits_of(tuple(a)) == pf.bits_of(b) != pf.bits_of(c)
    plain = dataclasses.replace(rules, prefilter=None)
    hits = 0
    for line in _corpus_lines()[:3000]:
        n = len(line.split())
        for make in (lambda: a, lambda: b, lambda: c, lambda: tail + anywhere, lambda: anywhere + tail):
            got = rules.first(make(), line, n)  # `tail + anywhere` is a new tuple at each call
            assert got is plain.first(make(), line, n), line
            hits += got is not None
    assert hits > 100


def test_prefilter_tables_are_the_plain_ones() -> None:
    for lang in languages():
        rules = load_rules(lang).rules
        pf = Prefilter([r.pattern for r in rules], [r.max_words for r in rules])
        clauses = pf._clauses  # noqa: SLF001
        literals = sorted({s for c in clauses for s in c})
        assert len(literals) > 100
        plain = {lit: sum(1 << k for k, c in enumerate(clauses) if any(s in lit for s in c)) for lit in literals}
        assert pf._literal_bits == plain  # noqa: SLF001
        for scope, automaton in pf._automata.items():  # noqa: SLF001
            bits = 0
            for i, need in enumerate(pf._need):  # noqa: SLF001
                if scope >> i & 1:
                    bits |= need
            words = sorted(lit for lit, b in plain.items()
                           if b & bits and any(lit in c for k, c in enumerate(clauses) if bits >> k & 1))
            assert sorted(automaton.keys() if automaton is not None else []) == words


def test_rule_subsets_are_the_rules_named_built_once_per_set() -> None:
    rules = load_rules("vi")
    asked = [(("tail",), ("author_byline", "source_credit", "translator_credit")), (("tail",), ("author_byline",)),
             (None, ("weather_widget", "price_widget", "dateline", "score_widget")), (None, ("score_widget",))]
    for kinds, names in asked:
        got = rules.subset(kinds, names)
        assert got == tuple(r for r in rules.rules if (kinds is None or r.kind in kinds) and r.name in names)
        assert got and rules.subset(kinds, names) is got  # the same tuple: `first` remembers it by identity
    # a set made from this one (dataclasses.replace) builds its own subsets from its own rules
    dropped = rules.subset(None, ("score_widget",))[-1]
    fewer = dataclasses.replace(rules, rules=tuple(r for r in rules.rules if r is not dropped))
    assert dropped not in fewer.subset(None, ("score_widget",))
    assert dropped in rules.subset(None, ("score_widget",))


def _table_with_new_rules() -> dict:
    """vi.toml's table with two rules no table has: one first (every other rule's bit moves), one last."""
    data = tomllib.loads((ROOT / "cleaners" / "rules" / "vi.toml").read_text(encoding="utf-8"))
    data["rule"] = [
        {"name": "test_first_rule", "kind": "tail", "pattern": r"(?:bản tin|thư) thử nghiệm số \d{1,3}", "max_words": 8},
        *data["rule"],
        {"name": "test_last_rule", "kind": "line", "pattern": r"mời quý vị ghé gian hàng (?:số )?\d{1,3}\.?",
         "max_words": 10},
    ]
    return data


def test_a_rule_added_to_the_table_is_found_and_the_others_answer_as_before() -> None:
    old = load_rules("vi")
    rules = rules_from_table(_table_with_new_rules())
    plain = dataclasses.replace(rules, prefilter=None)
    assert len(rules.rules) == len(old.rules) + 2
    new_tail, new_line = rules.rules[0], rules.rules[-1]
    for rule, line, tried in ((new_tail, "Bản tin thử nghiệm số 12", rules.of_kind("tail")),
                              (new_line, "Mời quý vị ghé gian hàng số 7.", rules.of_kind("line", "caption"))):
        n = len(line.split())
        assert rules.prefilter.candidates(line, n) >> rule.index & 1
        assert rules.first(tried, line, n) is rule is plain.first(tried, line, n)
        assert rules.subset(None, (rule.name,)) == (rule,)
        assert old.first(old.rules, line, n) is None or old.first(old.rules, line, n).name != rule.name
    # every other line gets the answer trying each rule in turn gives, and the same rule as the table without them
    tuples = [rules.rules, rules.of_kind("tail"), rules.of_kind("line", "caption"), rules.of_kind("head", "top")]
    old_tuples = [old.rules, old.of_kind("tail"), old.of_kind("line", "caption"), old.of_kind("head", "top")]
    found = 0
    for line in _corpus_lines()[:3000]:
        n = len(line.split())
        for tried, before in zip(tuples, old_tuples, strict=True):
            got = rules.first(tried, line, n)
            assert got is plain.first(tried, line, n), line
            was = old.first(before, line, n)
            assert (got and got.name, got and got.kind) == (was and was.name, was and was.kind), line
            found += got is not None
    assert found > 100


def test_the_prefilter_never_turns_away_a_line_its_rule_matches_in_a_grown_table() -> None:
    rules = rules_from_table(_table_with_new_rules())
    lines = [*_corpus_lines(), "Bản tin thử nghiệm số 12", "THƯ THỬ NGHIỆM SỐ 3", "mời quý vị ghé gian hàng 40"]
    hits = 0
    for line in lines:
        candidates = rules.prefilter.candidates(line)
        for rule in rules.rules:
            if rule.pattern.fullmatch(line):
                hits += 1
                assert candidates >> rule.index & 1, (rule.name, line)
    assert hits > 300
