"""A necessary condition for a rule's pattern, read from the pattern itself: which literal texts a line
must contain for the pattern to match it whole (issue 17: one regex call per line and rule was half of
the cleaning time, and most lines hold none of a rule's words).

`required_literals(pattern)` walks the pattern's parse tree (the `regex` module's own parser, so the
syntax is read exactly as the engine reads it) and returns clauses: a match contains, for every clause,
at least one of its strings (compared case-folded: `str.casefold`, char by char, so any case-insensitive
match of a literal folds to the literal's fold). What the walk does not know (a class such as `\\p{L}`, a
back-reference, fuzzy matching, a construct of a newer `regex`) requires nothing, so the condition can
only be weaker than the pattern, never stronger: a line it rejects is a line the pattern cannot match.

`Prefilter` finds every clause's strings in a line in one pass (an Aho-Corasick automaton over the
case-folded line) and answers with the bitmask of the rules whose clauses all hold and whose word limit
admits the line: the only rules worth running on it. Works for any rule table; a rule whose pattern yields no useful clause is
always a candidate.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import reduce
from operator import attrgetter, or_

import ahocorasick
import regex
from regex import _regex
from regex import _regex_core as core

_MAX_EXACT = 32  # the most strings an exact set of alternatives may hold before it is reduced to a clause
_MAX_CLAUSES = 2  # clauses kept per rule (the most selective)
# A clause with a one-character literal that most lines hold (a letter, a digit, a full stop, a comma) says
# nearly nothing and costs a hit on most lines: not used (the rule keeps its other clauses, or none).
_COMMON = set(" .,")
_ZERO_WIDTH = tuple(getattr(core, name) for name in (
    "Boundary", "DefaultBoundary", "StartOfWord", "EndOfWord", "DefaultStartOfWord", "DefaultEndOfWord",
    "StartOfString", "EndOfString", "StartOfLine", "EndOfLine", "StartOfLineU", "EndOfLineU",
    "EndOfStringLine", "EndOfStringLineU", "SearchAnchor", "GraphemeBoundary") if hasattr(core, name))
_REPEATS = tuple(getattr(core, name) for name in ("GreedyRepeat", "LazyRepeat", "PossessiveRepeat") if hasattr(core, name))

_BIT = attrgetter("bit")
Clause = frozenset[str]
# (exact, clauses): `exact` is a set of strings holding the case-folded text of every match (None when
# unknown or too many); `clauses` are requirements on the text (each: one of its strings occurs in it).
_Facts = tuple[frozenset[str] | None, list[Clause]]


def _parse(pattern: regex.Pattern):
    """The parse tree of a compiled pattern, as `regex.compile` builds it (None if it cannot be read)."""
    flags = pattern.flags
    for _ in range(3):  # a global inline flag ("(?i)") makes the parser start again with it
        source = core.Source(pattern.pattern)
        info = core.Info(flags, source.char_type, {})
        info.guess_encoding = core.UNICODE
        source.ignore_space = bool(info.flags & core.VERBOSE)
        try:
            tree = core._parse_pattern(source, info)  # noqa: SLF001 - the engine's own reading of the syntax
        except core._UnscopedFlagSet:  # noqa: SLF001
            flags = info.global_flags
            continue
        except Exception:  # noqa: BLE001 - e.g. a named list (given at compile time): nothing is known
            return None
        return tree if source.at_end() else None
    return None


def _demand(exact: frozenset[str] | None) -> list[Clause]:
    """An exact set as a requirement: one of its strings occurs (none if it may match the empty string)."""
    return [exact] if exact is not None and "" not in exact else []


def _facts(node) -> _Facts:
    kind = type(node)
    if kind is core.Character:
        return (frozenset([chr(node.value).casefold()]) if node.positive else None), []
    if kind is core.SetUnion:
        items = node.items
        if node.positive and len(items) <= 8 and all(type(i) is core.Character and i.positive for i in items):
            return frozenset(chr(i.value).casefold() for i in items), []
        return None, []
    if kind is core.Sequence:
        exact: frozenset[str] | None = frozenset([""])
        clauses: list[Clause] = []
        broken = False
        for item in node.items:
            e, more = _facts(item)
            clauses += more
            if exact is not None and e is not None and len(exact) * len(e) <= _MAX_EXACT:
                exact = frozenset(a + b for a in exact for b in e)
            else:  # the run of known text ends here: it is required as it stands
                clauses += _demand(exact)
                exact, broken = e, True
        if broken:  # the last run is text of the match, not all of it: required, and the whole is unknown
            return None, [*clauses, *_demand(exact)]  # (was returned as the whole: "x(?:\d+abc)" required "xabc")
        return exact, clauses
    if kind is core.Branch:
        parts = [_facts(b) for b in node.branches]
        if all(e is not None for e, _ in parts) and sum(len(e) for e, _ in parts) <= _MAX_EXACT:
            return frozenset().union(*(e for e, _ in parts)), []
        # one clause of each alternative, joined, is a clause of the whole: the alternatives' best ones,
        # and their second best ones (where an alternative has only one, that one again)
        ranked = [sorted([*clauses, *_demand(e)], key=_score, reverse=True) for e, clauses in parts]
        if not all(ranked):
            return None, []
        return None, list({frozenset().union(*(r[min(k, len(r) - 1)] for r in ranked)) for k in range(_MAX_CLAUSES)})
    if kind in _REPEATS:
        e, clauses = _facts(node.subpattern)
        if node.min_count == 0:
            return (e | {""} if e is not None and node.max_count == 1 else None), []
        if node.min_count == 1 and node.max_count == 1:
            return e, clauses
        return None, [*clauses, *_demand(e)]
    if kind in (core.Group, core.Atomic):
        return _facts(node.subpattern)
    if kind is core.LookAround:  # matches no text; a positive one's text is in the line all the same
        if node.positive:
            e, clauses = _facts(node.subpattern)
            return frozenset([""]), [*clauses, *_demand(e)]
        return frozenset([""]), []
    if isinstance(node, _ZERO_WIDTH):
        return frozenset([""]), []
    return None, []  # anything else (a property, any character, a back-reference, fuzzy...): no knowledge


def _score(clause: Clause) -> tuple[bool, int, int]:
    """How selective a clause is: useful at all, then its shortest string, then fewer strings."""
    return _useful(clause), min(len(s) for s in clause), -len(clause)


def _minimal(clause: Clause) -> Clause:
    """The same requirement with fewer strings: one that contains another is implied by it."""
    out: list[str] = []
    for s in sorted(clause, key=len):
        if not any(o in s for o in out):
            out.append(s)
    return frozenset(out)


def _useful(clause: Clause) -> bool:
    return not any(len(s) == 1 and (s.isalnum() or s.isspace() or s in _COMMON) for s in clause)


def required_literals(pattern: regex.Pattern, tree: object = False) -> list[Clause]:
    """Clauses every full match of `pattern` meets: for each, one of its strings occurs in the case-folded
    text. At most `_MAX_CLAUSES`, the most selective first; [] when nothing useful is known. (`tree`: the
    pattern's `_parse` when the caller has it; it is only read.)"""
    tree = _parse(pattern) if tree is False else tree
    if tree is None:
        return []
    try:
        exact, clauses = _facts(tree)
    except (AttributeError, TypeError, ValueError, RecursionError):  # a `regex` version this does not know
        return []
    found = {_minimal(c) for c in [*clauses, *_demand(exact)] if c and "" not in c}
    return sorted((c for c in found if _useful(c)), key=_score, reverse=True)[:_MAX_CLAUSES]


# node types whose `matches(code point)` the engine's own reading answers (case aside, see `_Ends`)
_CHAR_NODES = tuple(getattr(core, name) for name in (
    "Character", "Property", "Range", "SetUnion", "SetInter", "SetDiff", "SetSymDiff") if hasattr(core, name))


def end_nodes(pattern: regex.Pattern, last: bool, tree: object = False) -> list | None:
    """The characters a full match of `pattern` can start with (`last=False`) or end with (`last=True`), as the
    `regex` module's own nodes, read by its own `get_firstset` (what its search relies on to skip positions;
    reversed, to end them): a line whose first or last character none of them admits cannot be matched whole
    (issue 17: a rule opening with ".{5,200}" backtracked over a whole paragraph before failing at its end).
    None when nothing is known: the set cannot be read, holds a node this does not know (any character...),
    the pattern may match the empty text, or it folds case in full (FULLCASE: one character may match two).
    (`tree`: the pattern's `_parse`; `last=True` reverses its sequences in place, so it is that tree's last use.)"""
    tree = _parse(pattern) if tree is False else tree
    if tree is None or pattern.flags & core.FULLCASE:
        return None
    try:
        nodes = tree.get_firstset(last)
    except (core._FirstSetError, AttributeError, TypeError, ValueError, RecursionError):  # noqa: SLF001
        return None
    if not nodes or None in nodes or not all(type(n) in _CHAR_NODES for n in nodes) \
            or any(n.case_flags & core.FULLCASE for n in nodes):
        return None
    return list(nodes)


class _Ends:
    """Which patterns a character may start (or end) a full match of (`end_nodes`), remembered per character.
    A node under IGNORECASE admits a character when any of its case variants (`_regex.get_all_cases`, the
    engine's own table, with Unicode's cases) is in the node: never fewer than the engine admits."""

    def __init__(self, sets: Sequence[list | None]) -> None:
        by_node: dict = {}  # each distinct node once (rules share their first characters): the patterns it serves
        known = 0
        for i, nodes in enumerate(sets):
            if nodes is not None:
                known |= 1 << i
                for node in nodes:
                    by_node[node] = by_node.get(node, 0) | 1 << i
        self._nodes = [(node, bool(node.case_flags & core.IGNORECASE), bits) for node, bits in by_node.items()]
        self._free = ((1 << len(sets)) - 1) & ~known  # patterns with no known set: always admitted
        self._by_char: dict[str, int] = {}

    def mask(self, ch: str) -> int:
        got = self._by_char.get(ch)
        if got is None:
            code = ord(ch)
            cases = (code, *_regex.get_all_cases(core.IGNORECASE | core.UNICODE, code))
            got = self._free
            for node, ignore_case, bits in self._nodes:
                if ~got & bits and any(node.matches(c) for c in (cases if ignore_case else (code,))):
                    got |= bits
            self._by_char[ch] = got
        return got


class Prefilter:
    """For a list of patterns (with optional word limits), which of them can match a line: one pass over
    the line finds every required literal; `candidates(line, n_words)` is the bitmask of the patterns
    (bit i: pattern i) whose requirements the line meets, or that have none, and whose limit admits
    `n_words`."""

    _CACHE_MAX = 8192  # lines remembered (the cleaning passes look at a document's lines several times)

    def __init__(self, patterns: Sequence[regex.Pattern], word_limits: Sequence[int | None] | None = None) -> None:
        limits = list(word_limits) if word_limits is not None else [None] * len(patterns)
        longest = max((n for n in limits if n is not None), default=0) + 1  # any longer line: the same mask
        # fits[n]: the patterns whose limit admits n words (n >= longest: the last)
        self.fits = [sum(1 << i for i, limit in enumerate(limits) if limit is None or n <= limit)
                     for n in range(longest + 1)]
        trees = [_parse(p) for p in patterns]  # (parsed once: reading a pattern is most of the cost)
        self.requirements = [required_literals(p, tree) for p, tree in zip(patterns, trees, strict=True)]
        firsts = [end_nodes(p, False, tree) for p, tree in zip(patterns, trees, strict=True)]
        lasts = [end_nodes(p, True, tree) for p, tree in zip(patterns, trees, strict=True)]  # (reverses the trees)
        clauses: list[Clause] = []
        self._clauses = clauses
        self._need: list[int] = []  # per pattern: the bits of its clauses
        self._always = 0
        for i, req in enumerate(self.requirements):
            need = 0
            for clause in req:
                clauses.append(clause)
                need |= 1 << (len(clauses) - 1)
            self._need.append(need)
            if not need:
                self._always |= 1 << i
        self._checked = sum(1 << i for i, need in enumerate(self._need) if need)  # patterns with literals
        self._of_clause = [0] * len(clauses)  # per clause: the patterns that need it
        for i, need in enumerate(self._need):
            for k in range(len(clauses)):
                if need >> k & 1:
                    self._of_clause[k] |= 1 << i
        # a found literal also satisfies every clause holding a part of it
        literals = sorted({s for c in clauses for s in c})
        # (issue 17: found by an automaton of the clauses' strings, not by trying each in each literal)
        self._member_bits = dict.fromkeys(literals, 0)  # literal -> the clauses it is a string of
        for k, c in enumerate(clauses):
            for s in c:
                self._member_bits[s] |= 1 << k
        parts = ahocorasick.Automaton()
        for lit, bits in self._member_bits.items():
            parts.add_word(lit, bits)
        parts.make_automaton()
        self._literal_bits = {lit: reduce(or_, (bits for _, bits in parts.iter(lit)), 0) for lit in literals}
        # one automaton per scope (the patterns whose limit admits a line's word count, with literals): a
        # long line is scanned only for the literals of the few patterns that admit it (issue 17: common
        # words required by short-line rules were most of the hits on article paragraphs)
        self._automata: dict[int, ahocorasick.Automaton | None] = {}
        for scope in sorted({f & self._checked for f in self.fits}):
            self._automaton_for(scope)
        self._by_met: dict[int, int] = {}
        self._by_line: dict[str, list[int]] = {}
        # the patterns a line's first and last characters admit (`end_nodes`), per character, built as met
        self._firsts = _Ends(firsts)
        self._lasts = _Ends(lasts)
        self._tuple_bits: dict[int, list] = {}
        self._tuple_shapes: dict[tuple, list] = {}

    def _automaton_for(self, scope: int) -> ahocorasick.Automaton | None:
        """The automaton of every literal of the clauses of the patterns in `scope` (a bitmask of patterns):
        scanning a line with it sets exactly the clause bits of those patterns that the full set sets."""
        if scope in self._automata:
            return self._automata[scope]
        clause_bits = 0
        for i, need in enumerate(self._need):
            if scope >> i & 1:
                clause_bits |= need
        automaton = None
        words = [lit for lit, bits in self._literal_bits.items() if bits & clause_bits and
                 self._member_bits[lit] & clause_bits]
        if words:
            automaton = ahocorasick.Automaton()
            for literal in words:
                automaton.add_word(literal, self._literal_bits[literal])
            automaton.make_automaton()
        self._automata[scope] = automaton
        return automaton

    def bits_of(self, items: Sequence) -> int:
        """The bitmask of a tuple of rules (objects with a `bit`)."""
        return self.of_tuple(items)[1]

    def of_tuple(self, items: tuple) -> list:
        """What is remembered of a tuple of rules (objects with a `bit`): [the tuple, its bitmask, {mask: the
        tuple's items whose bit the mask holds, in the tuple's order}]. Remembered by the tuple's id while it is
        held (so that an id is never another tuple's), and for an equal tuple built afresh (callers build some
        per call) by its length and its first and last items, compared item by item (by identity first)."""
        got = self._tuple_bits.get(id(items))
        if got is None or got[0] is not items:
            shape = (len(items), id(items[0]), id(items[-1])) if items else ()
            same = self._tuple_shapes.get(shape)
            if same is not None and same[0] == items:
                got = [items, same[1], same[2]]
            else:
                got = [items, reduce(or_, map(_BIT, items), 0), {}]
                if len(self._tuple_shapes) >= 256:
                    self._tuple_shapes.clear()
                self._tuple_shapes[shape] = got
            if len(self._tuple_bits) >= 256:
                self._tuple_bits.clear()
            self._tuple_bits[id(items)] = got
        return got

    def fit(self, n_words: int) -> int:
        """Bitmask of the patterns whose word limit admits a line of `n_words` words."""
        return self.fits[n_words] if n_words < len(self.fits) else self.fits[-1]

    def candidates(self, line: str, n_words: int | None = None) -> int:
        """Bitmask of the patterns that may match `line` whole (the others cannot), of those whose word
        limit admits `n_words` when given."""
        fit = (1 << len(self._need)) - 1 if n_words is None else self.fit(n_words)
        return self.entry(line, fit)[0] & fit

    def entry(self, line: str, fit: int) -> list[int]:
        """The line's record, kept for the next passes over it: [candidates, patterns tried, patterns that
        matched, patterns whose literals were looked for, patterns its first and last characters admit]
        (bitmasks; the 2nd and 3rd are filled in by the caller, see `RuleSet.first`). The line is read only
        for the patterns in `fit` that need literals, and only once for them: `candidates` is exact for the
        4th mask's patterns and the patterns without literals (until the line is read every pattern its ends
        admit counts as a candidate: a long paragraph that only patterns without literals admit)."""
        entry = self._by_line.get(line)
        if entry is None:
            if len(self._by_line) >= self._CACHE_MAX:
                self._by_line.clear()
            ends = self._ends(line)
            entry = self._by_line[line] = [ends, 0, 0, 0, ends]
        scope = fit & self._checked
        if scope & ~entry[3]:
            scope |= entry[3]
            entry[0], entry[3] = self._literal_candidates(line, scope) & entry[4], scope
        return entry

    def _ends(self, line: str) -> int:
        """Bitmask of the patterns whose first and last characters' sets admit the line's (`end_nodes`)."""
        return self._firsts.mask(line[0]) & self._lasts.mask(line[-1]) if line else -1

    def _literal_candidates(self, line: str, scope: int) -> int:
        met = 0
        automaton = self._automaton_for(scope)
        if automaton is not None:
            for _, bits in automaton.iter(line.casefold()):
                met |= bits
        mask = self._by_met.get(met)
        if mask is None:
            # the patterns with a clause met are the only ones that may have all of theirs met (issue 17: one in
            # five lines met clauses no line had met before, and each went over every pattern)
            mask, maybe, rest = self._always, 0, met
            while rest:
                low = rest & -rest
                maybe |= self._of_clause[low.bit_length() - 1]
                rest ^= low
            while maybe:
                low = maybe & -maybe
                need = self._need[low.bit_length() - 1]
                if need & met == need:
                    mask |= low
                maybe ^= low
            if len(self._by_met) >= self._CACHE_MAX:
                self._by_met.clear()
            self._by_met[met] = mask
        return mask
