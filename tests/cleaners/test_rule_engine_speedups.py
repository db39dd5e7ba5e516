"""The rule engine's shortcuts (issue 17) give its plain answers: what it remembers of the tuples of rules it is
asked about (a tuple built afresh for each call gets the answer of the tuple it equals, and a tuple of the same
length, first and last rule but other rules between gets its own), and the prefilter's tables built by automaton
(the clauses each literal satisfies, the literals each scope's automaton looks for)."""

from __future__ import annotations

import dataclasses

from cleaners.rules import languages, load_rules
from cleaners.rules.prefilter import Prefilter
from tests.cleaners.test_rule_prefilter import _corpus_lines


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
