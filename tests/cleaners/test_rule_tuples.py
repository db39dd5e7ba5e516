"""What the rule engine remembers of the tuples of rules it is asked about (issue 17): a tuple built afresh for
each call gets the answer of the tuple it equals, and a tuple of the same length, first and last rule but other
rules between gets its own."""

from __future__ import annotations

import dataclasses

from cleaners.rules import load_rules
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
