"""Boilerplate rules as data: one TOML table per language (`vi.toml`, ...)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex
from regex._regex_core import LookAround

from cleaners.rules.prefilter import Prefilter, _parse

KINDS = ("line", "head", "top", "tail", "block", "widget", "caption")


@dataclass(frozen=True)
class Rule:
    """One named class of boilerplate."""

    name: str
    kind: str
    pattern: regex.Pattern
    max_words: int | None = None
    body: regex.Pattern | None = None  # widget kind: what the lines after the header look like
    contains: tuple[str, ...] = ()  # cheap pre-check: the lower-cased line holds one of these
    group: str | None = None  # "contact": advert/contact lines, released when they are the article's list
    header_max_words: int | None = None  # widget kind: the longest header (default: boilerplate.WIDGET_HEADER_MAX_WORDS)
    index: int = -1  # its place in its RuleSet (bit `index` of the RuleSet's prefilter masks)
    bit: int = field(init=False, compare=False, repr=False)  # 1 << index
    # the pattern without its leading look-aheads, when it has any: a line it does not match whole, the pattern
    # cannot match either, and it is tried first (issue 17: a look-ahead scanning the line for four section
    # names cost 40 µs a line; the rest, capitalised labels only, fails at a line's first comma)
    guard: regex.Pattern | None = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "bit", 1 << self.index if self.index >= 0 else 0)
        object.__setattr__(self, "guard", lookahead_guard(self.pattern))

    def matches(self, line: str, n_words: int) -> bool:
        if self.max_words is not None and n_words > self.max_words:
            return False
        return self.matches_text(line)

    def matches_text(self, line: str) -> bool:
        """`matches` without the word limit: the answer depends on the line's text alone."""
        if self.contains:
            lower = line.lower()
            if not any(c in lower for c in self.contains):
                return False
        if self.guard is not None and self.guard.fullmatch(line) is None:
            return False
        return self.pattern.fullmatch(line) is not None

    def matches_body(self, line: str, n_words: int) -> bool:
        """Widget rules: does this line look like the widget's body (after its header)?"""
        if self.body is None or (self.max_words is not None and n_words > self.max_words):
            return False
        return self.body.fullmatch(line) is not None


@dataclass(frozen=True)
class RuleSet:
    language: str
    rules: tuple[Rule, ...]
    head_lines: int
    headline_max_words: int
    timestamp: regex.Pattern
    # The closing zone (issue 12): how many unknown, non-prose lines the bottom-up scan may pass;
    # what reads as article text (the scan stops there): at least `prose_min_words` words, or at
    # least `sentence_min_words` ending with `sentence_end`; and for rules of group "contact",
    # what makes a run of contact lines an advert (an anchor: company, e-mail, web, "liên hệ")
    # rather than the article's own list (announced by a line ending with ":", or anchor-less).
    headline_min_words: int = 1  # a block item shorter than this is not a headline (a name, a label)
    menu_min_items: int = 0  # a leading run of this many lines of <= menu_max_words words is a menu
    menu_max_words: int = 3
    menu_max_chars: int = 25
    tail_unknown_max: int = 0
    tail_fill_max_words: int = 0  # an unknown line between two closing-zone widgets, at most this long, is one
    prose_min_words: int = 10
    sentence_min_words: int = 4
    sentence_end: regex.Pattern | None = None
    contact_anchor: regex.Pattern | None = None
    list_intro: regex.Pattern | None = None
    # Headline lists at the tail (round 3): a line marked as a link (a leading bullet symbol, a date or
    # time before or after it, "... giờ trước"); weak marks ("- ", "+ ") count only in a run or under a
    # header; a related header is at most `tail_header_max_words` words without punctuation.
    link_mark: regex.Pattern | None = None
    tail_link_mark: regex.Pattern | None = None
    tail_link_weak_mark: regex.Pattern | None = None
    live_link: regex.Pattern | None = None  # round 19: "Trực tiếp: X" above the navigation: no title
    media_link_mark: regex.Pattern | None = None  # round 19: "[Video] X", "X (Infographic)": a link by its media's kind
    credited_caption: regex.Pattern | None = None  # round 20: "<sentence>. Ảnh AFP": a photo's caption, no headline
    tail_header_max_words: int = 0
    tail_run_max: int = 8
    related_header: regex.Pattern | None = None
    related_noun: regex.Pattern | None = None  # a noun of articles: with a second header word, a strong header
    # A page's tail (round 5): the classes that say a text's tail is a web page's (share bars, comment
    # forms, related blocks, menus...), and the length of a line that is an article paragraph wherever it stands.
    tail_furniture: tuple[str, ...] = ()
    tail_furniture_min: int = 2  # lines of furniture that make a tail a page's
    list_max_items: int = 15  # the most lines a list intro protects in a page's tail
    head_furniture_min: int = 2  # furniture lines above the article that make its head a page's
    article_min_words: int = 30
    head_menu_max_words: int = 3  # a menu item above the article (round 6: "Phòng cháy chữa cháy" is one)
    # Round 6: furniture that never stands between an article's paragraphs (share bars, comment forms, tags,
    # a footer's licence); a few text lines below such a line are the page's tail, not the article's end.
    page_end: tuple[str, ...] = ()
    tail_island_max: int = 0
    title_max_words: int = 0  # a line ending like a sentence, shorter, over a dateline/byline is a title (round 7)
    menu_chunks: regex.Pattern | None = None  # a menu's items joined by spaces only, each a capitalised label

    # which rules can match a line, from the literals their patterns require (built from `rules`)
    prefilter: Prefilter | None = field(default=None, compare=False, repr=False)

    # the subsets `subset` built, by (kinds, names): one tuple each, built once per set (issue 17: the passes
    # built theirs per document, about 4 % of `clean()`)
    _subsets: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def of_kind(self, *kinds: str) -> tuple[Rule, ...]:
        return tuple(r for r in self.rules if r.kind in kinds)

    def subset(self, kinds: tuple[str, ...] | None, names: tuple[str, ...]) -> tuple[Rule, ...]:
        """The rules of one of `kinds` (any kind when None) named one of `names`, in the set's order: the same
        tuple object on every call with the same arguments (`first` remembers a tuple's rules by its identity)."""
        key = (kinds, names)
        got = self._subsets.get(key)
        if got is None:
            got = self._subsets[key] = tuple(r for r in self.rules if (kinds is None or r.kind in kinds)
                                             and r.name in names)
        return got

    def first(self, rules: tuple[Rule, ...], line: str, n_words: int) -> Rule | None:
        """The first of `rules` (rules of this set) that matches the line: the same answer as trying
        each in turn, but a rule whose required literals the line lacks, or whose word limit it
        exceeds, is never run, and none runs twice on one line (issue 17)."""
        if self.prefilter is None:
            return next((r for r in rules if r.matches(line, n_words)), None)
        pf = self.prefilter
        fits = pf.fits
        fit = fits[n_words] if n_words < len(fits) else fits[-1]
        if not fit:
            return None
        # [candidates, tried, matched, ...]: passes ask about a line often; the line's record is read here when
        # it covers `fit` already (the same test as `entry`'s, without its call: issue 17, about 3 calls a line)
        entry = pf._by_line.get(line)  # noqa: SLF001
        if entry is None or fit & pf._checked & ~entry[3]:  # noqa: SLF001
            entry = pf.entry(line, fit)
        tried, matched = entry[1], entry[2]
        # candidates that may still match: rules tried on this line and failed never match it (issue 17),
        # and that `rules` holds (a pass asking for a few classes skips the loop over them)
        mask = entry[0] & fit & ~(tried & ~matched)
        if not mask:  # (most lines of prose: no rule may match)
            return None
        held = pf._tuple_bits.get(id(rules))  # noqa: SLF001  (`of_tuple`'s memo, read without its call)
        if held is None or held[0] is not rules:
            held = pf.of_tuple(rules)
        mask &= held[1]
        if not mask:
            return None
        # the tuple's rules the mask holds, in its order (remembered per mask: the loop runs over those only)
        candidates = held[2].get(mask)
        if candidates is None:
            if len(held[2]) >= 4096:
                held[2].clear()
            candidates = held[2][mask] = tuple(r for r in rules if mask & r.bit)
        for rule in candidates:
            bit = rule.bit
            if not tried & bit:
                tried |= bit
                entry[1] = tried
                if rule.matches_text(line):
                    matched |= bit
                    entry[2] = matched
            if matched & bit:
                return rule
        return None


def _group_end(source: str, start: int) -> int:
    """The index of the ")" closing the group opened at `source[start]` ("("), or -1 (escapes and character
    classes read as `regex` reads them in its V0 syntax)."""
    depth, i, in_class = 0, start, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
        elif ch == "[":
            in_class = True
            i += 1
            if source[i:i + 1] == "^":
                i += 1
            if source[i:i + 1] == "]":  # a "]" first in a class is a literal
                i += 1
            continue
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def lookahead_guard(pattern: regex.Pattern) -> regex.Pattern | None:
    """`pattern` without the positive look-aheads it opens with ("(?=A)(?=B)C" -> "C"), compiled with the same
    flags: a necessary condition for a full match (look-aheads match no text, so C matches the same span).
    None when the pattern opens with none, or the split is not certain: a look-ahead that captures (C might
    refer to it), sets a flag for the whole pattern, or does not read as a single look-ahead."""
    source, rest = pattern.pattern, pattern.pattern
    if pattern.flags & regex.VERBOSE:
        return None
    while rest.startswith("(?="):
        end = _group_end(rest, 0)
        if end < 0:
            return None
        try:
            ahead = regex.compile(rest[:end + 1], pattern.flags)
        except regex.error:
            return None
        tree = _parse(ahead)
        items = getattr(tree, "items", None)
        if ahead.groups or ahead.flags != pattern.flags or not items or len(items) != 1 \
                or type(items[0]) is not LookAround or not items[0].positive or items[0].behind:
            return None
        rest = rest[end + 1:]
    if rest == source or not rest:
        return None
    try:
        guard = regex.compile(rest, pattern.flags)
    except regex.error:
        return None
    return guard if guard.flags == pattern.flags and guard.groups == pattern.groups else None


def _compile(pattern: str, case_sensitive: bool) -> regex.Pattern:
    flags = regex.V0 | (0 if case_sensitive else regex.IGNORECASE)
    return regex.compile(pattern, flags)


@cache
def languages() -> tuple[str, ...]:
    """Languages with a boilerplate rule set: the `<lang>.toml` files here that hold rules (not the
    other tables kept beside them, such as `name_heads.toml`)."""
    out = []
    for path in sorted(Path(__file__).parent.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if "timestamp" in data and isinstance(data.get("rule"), list):
            out.append(path.stem)
    return tuple(out)


@cache
def load_rules(language: str = "vi") -> RuleSet:
    """Load and compile the rule table of a language."""
    if language not in languages():
        raise ValueError(f"no boilerplate rules for language {language!r} (have: {', '.join(languages())})")
    path = Path(__file__).with_name(f"{language}.toml")
    return rules_from_table(tomllib.loads(path.read_text(encoding="utf-8")), path.name)


def rules_from_table(data: dict, source: str = "rules") -> RuleSet:
    """Compile a rule table (a `<lang>.toml` file's content, parsed): the rules, and what the engine derives from
    them (the prefilter's literals and ends, each rule's look-ahead guard), so a rule added to a table is
    looked up like the others. `source` names the table in errors."""
    timestamp = data["timestamp"]
    # named fragments (`[define]`), written `{name}` in patterns: one shape of a name or an outlet,
    # shared by the rules that need it; a fragment may use the fragments defined before it
    defines: dict[str, str] = {"timestamp": timestamp}
    for key, value in data.get("define", {}).items():
        defines[key] = _expand(value, defines)
    link_mark = _expand(data["link_mark"], defines) if "link_mark" in data else None
    defines["link_mark"] = link_mark or "(?!)"
    rules = []
    for index, raw in enumerate(data["rule"]):
        if raw["kind"] not in KINDS:
            raise ValueError(f"{source}: rule {raw['name']!r} has unknown kind {raw['kind']!r}")
        case = bool(raw.get("case_sensitive", False))
        rules.append(
            Rule(
                name=raw["name"],
                kind=raw["kind"],
                pattern=_compile(_expand(raw["pattern"], defines), case),
                max_words=raw.get("max_words"),
                body=_compile(raw["body"], case) if "body" in raw else None,
                contains=tuple(raw.get("contains", ())),
                group=raw.get("group"),
                header_max_words=raw.get("header_max_words"),
                index=index,
            )
        )
    return RuleSet(
        language=data["language"],
        rules=tuple(rules),
        prefilter=Prefilter([r.pattern for r in rules], [r.max_words for r in rules]),
        head_lines=int(data["head_lines"]),
        headline_max_words=int(data["headline_max_words"]),
        timestamp=_compile(timestamp, False),
        tail_unknown_max=int(data.get("tail_unknown_max", 0)),
        tail_fill_max_words=int(data.get("tail_fill_max_words", 0)),
        menu_min_items=int(data.get("menu_min_items", 0)),
        headline_min_words=int(data.get("headline_min_words", 1)),
        menu_max_words=int(data.get("menu_max_words", 3)),
        menu_max_chars=int(data.get("menu_max_chars", 25)),
        prose_min_words=int(data.get("prose_min_words", 10)),
        sentence_min_words=int(data.get("sentence_min_words", 4)),
        sentence_end=_compile(data["sentence_end"], False) if "sentence_end" in data else None,
        contact_anchor=_compile(data["contact_anchor"], False) if "contact_anchor" in data else None,
        list_intro=_compile(data["list_intro"], False) if "list_intro" in data else None,
        link_mark=_compile(link_mark, False) if link_mark is not None else None,
        tail_link_mark=_compile(_expand(data["tail_link_mark"], defines), False) if "tail_link_mark" in data else None,
        tail_link_weak_mark=_compile(data["tail_link_weak_mark"], False) if "tail_link_weak_mark" in data else None,
        live_link=_compile(data["live_link"], False) if "live_link" in data else None,
        media_link_mark=_compile(_expand(data["media_link_mark"], defines), False) if "media_link_mark" in data else None,
        credited_caption=_compile(data["credited_caption"], False) if "credited_caption" in data else None,
        tail_header_max_words=int(data.get("tail_header_max_words", 0)),
        tail_run_max=int(data.get("tail_run_max", 8)),
        related_header=_compile(data["related_header"], False) if "related_header" in data else None,
        related_noun=_compile(data["related_noun"], False) if "related_noun" in data else None,
        tail_furniture=tuple(data.get("tail_furniture", ())),
        tail_furniture_min=int(data.get("tail_furniture_min", 2)),
        list_max_items=int(data.get("list_max_items", 15)),
        head_furniture_min=int(data.get("head_furniture_min", 2)),

        article_min_words=int(data.get("article_min_words", 30)),
        head_menu_max_words=int(data.get("head_menu_max_words", data.get("menu_max_words", 3))),
        page_end=tuple(data.get("page_end", ())),
        tail_island_max=int(data.get("tail_island_max", 0)),
        menu_chunks=_compile(data["menu_chunks"], True) if "menu_chunks" in data else None,
        title_max_words=int(data.get("title_max_words", 0)),
    )


def _expand(pattern: str, defines: dict[str, str]) -> str:
    """Replace `{name}` by the named fragment (wrapped in a group); other braces are regex syntax."""
    return regex.sub(r"\{([a-z_]+)\}", lambda m: f"(?:{defines[m[1]]})" if m[1] in defines else m[0], pattern)
