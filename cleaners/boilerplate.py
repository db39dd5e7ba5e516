"""Rule-based boilerplate removal, block-aware.

Three passes over a document's non-empty lines:
1. forward: blocks (a related-links header and the headlines, time stamps and teasers after it),
   widgets (a header plus its body), and lines matching a `line`/`head`/`caption` rule;
2. backward from the end: the closing zone, read bottom-up as a block of boilerplate classes
   (credits, sources, bylines by shape, tags, share widgets, continuation markers, advert and
   contact lines: `tail` and `line` rules). Up to `tail_unknown_max` unknown lines that do not
   read as article text are passed (and kept), so one unknown widget line does not shield the
   credit above it; the scan stops at the first line that reads as article text. A run of
   contact lines without an advert anchor (company, e-mail, web, "liên hệ") that the article
   announces ("Các số đường dây nóng:") or that is three lines or more is the article's own list
   and stays;
3. nothing else: every line no rule claims is kept, and every removed line records its rule.

Lines an outlet repeats across its own pages are removed afterwards by `learned.remove_learned`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cleaners.rules import Rule, RuleSet

WIDGET_HEADER_MAX_WORDS = 8
_SENTENCE_END = (".", "!", "…", ";", ",", ":")
_MENU_BREAK = re.compile(r"[.,;:!?…。、，！？]")  # a menu item is a label, never a phrase with punctuation
# A block item that is surely a link, never a sub-heading: a link marker before it, or its date after it.
_LINK_ITEM = re.compile(r"^\s*(?:[»›]|>>)\s*\S|(?:\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)|[^\d\s:]\s[-–|]\s*\d{1,2}/\d{1,2}/\d{2,4})\s*$")


@dataclass(frozen=True)
class RemovedLine:
    line: int  # 1-based line number in the normalised input text
    text: str
    rule: str


@dataclass
class CleanedText:
    lines: list[str] = field(default_factory=list)
    line_numbers: list[int] = field(default_factory=list)  # input line number of each kept line
    removed: list[RemovedLine] = field(default_factory=list)
    dateline: str | None = None  # first dateline found in the head of the text

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


class BoilerplateCleaner:
    """Applies a `RuleSet` to a document's lines."""

    def __init__(self, rules: RuleSet, keep_captions: bool = False) -> None:
        self.rules = rules
        self.keep_captions = keep_captions
        self._anywhere = rules.of_kind("line", "caption")
        self._head = rules.of_kind("head")
        self._tail = rules.of_kind("tail")
        self._blocks = rules.of_kind("block")
        self._widgets = rules.of_kind("widget")

    def clean(self, text: str) -> CleanedText:
        items = [(no, line) for no, line in enumerate(text.split("\n"), 1) if line.strip()]
        words = [len(line.split()) for _, line in items]
        labels: list[str | None] = [None] * len(items)

        self._head_end = self._menu(items, words, labels) + self.rules.head_lines
        i = 0
        while i < len(items):
            span = self._match_forward(items, words, i, labels)
            i += span if span else 1

        self._close(items, words, labels)

        out = CleanedText()
        for (no, line), label in zip(items, labels, strict=True):
            if label is None or (label == "photo_caption" and self.keep_captions):
                out.lines.append(line)
                out.line_numbers.append(no)
            else:
                out.removed.append(RemovedLine(no, line, label))
                if label == "dateline" and out.dateline is None and no <= self.rules.head_lines * 2:
                    out.dateline = line
        return out

    def _menu(self, items, words, labels) -> int:
        """A leading run of at least `menu_min_items` very short lines is a site menu; returns its length."""
        n, limit = 0, self.rules.menu_max_words
        while n < len(items) and words[n] <= limit and len(items[n][1]) <= self.rules.menu_max_chars \
                and not _MENU_BREAK.search(items[n][1]):
            n += 1
        if self.rules.menu_min_items and n >= self.rules.menu_min_items:
            for k in range(n):
                labels[k] = "menu"
            return n
        return 0

    # -- the closing zone -----------------------------------------------------------------------

    def _close(self, items, words, labels) -> None:
        """Label the closing zone bottom-up; then release contact runs that are the article's list."""
        rules, unknown, contact = self._tail + self._anywhere, 0, set()
        for j in range(len(items) - 1, -1, -1):
            if labels[j] is not None:
                continue
            line = items[j][1]
            rule = self._first(rules, line, words[j])
            if rule is not None:
                labels[j] = rule.name
                if rule.group == "contact":
                    contact.add(j)
                continue
            if self.reads_as_text(line, words[j]) or unknown >= self.rules.tail_unknown_max:
                break
            unknown += 1
        if contact:
            self._release_lists(items, labels, contact)

    def reads_as_text(self, line: str, n_words: int) -> bool:
        """A line of article prose: long, or a sentence."""
        if n_words >= self.rules.prose_min_words:
            return True
        end = self.rules.sentence_end
        return n_words >= self.rules.sentence_min_words and end is not None and end.search(line) is not None

    def _release_lists(self, items, labels, contact: set[int]) -> None:
        """Unlabel runs of contact lines that are the article's own list."""
        runs: list[list[int]] = []
        for j in sorted(contact):
            if runs and runs[-1][-1] == j - 1:
                runs[-1].append(j)
            else:
                runs.append([j])
        anchor, intro = self.rules.contact_anchor, self.rules.list_intro
        for run in runs:
            # walk up over the list's other items (short lines, not sentences) to what introduces it
            k = run[0] - 1
            while k >= 0 and labels[k] is None and (n := len(items[k][1].split())) <= 12 \
                    and not items[k][1].rstrip().endswith(":") and not self.reads_as_text(items[k][1], n):
                k -= 1
            above = k if k >= 0 and labels[k] is None else None
            announced = above is not None and intro is not None and intro.fullmatch(items[above][1]) is not None
            anchored = anchor is None or any(anchor.search(items[k][1]) for k in run)
            if not anchored and (announced or len(run) >= 3):
                for k in run:
                    labels[k] = None

    # -- forward pass -------------------------------------------------------------------------

    def _match_forward(self, items, words, i, labels) -> int:
        """Label the rule match starting at item i; return how many items it covers (0: none)."""
        line = items[i][1]
        for rule in self._blocks:
            if rule.matches(line, words[i]):
                labels[i] = rule.name
                return 1 + self._consume_block(items, words, i + 1, labels, rule.name)
        span = self._match_widget(items, words, i, labels)
        if span:
            return span
        rules = self._anywhere + (self._head if i < self._head_end else ())
        if i == 0:  # a first line is a title: "Clip: ..." there is a headline, not a caption
            rules = tuple(r for r in rules if r.kind != "caption")
        rule = self._first(rules, line, words[i])
        if rule is not None:
            labels[i] = rule.name
            return 1
        return 0

    def _match_widget(self, items, words, i, labels) -> int:
        for rule in self._widgets:
            if words[i] > WIDGET_HEADER_MAX_WORDS or not rule.pattern.fullmatch(items[i][1]):
                continue
            j = i + 1
            while j < len(items) and rule.matches_body(items[j][1], words[j]):
                j += 1
            if j > i + 1:
                for k in range(i, j):
                    labels[k] = rule.name
                return j - i
        return 0

    def _consume_block(self, items, words, j, labels, name) -> int:
        """Items after a block header: headlines, time stamps, the teaser after a time stamp,
        and any other boilerplate. Stops at the first line that is none of these."""
        start, last, taken_headline, saw_timestamp = j, "header", None, False
        while j < len(items):
            line = items[j][1]
            if self.rules.timestamp.fullmatch(line):
                labels[j], last, saw_timestamp = name, "timestamp", True
            elif (span := self._match_other(items, words, j, labels)) > 0:
                j += span
                last = "other"
                continue
            elif last == "timestamp":
                labels[j], last = name, "teaser"
            elif self._headline_like(line, words[j]):
                labels[j], last, taken_headline = name, "headline", j
            else:
                break
            j += 1
        # Precision: a short line right before the article resumes may be its sub-heading (unless
        # it is marked as a link: "» ...", or dated: "... (3/8)", "... - 11/09/2010").
        if j < len(items) and not saw_timestamp and last == "headline" and taken_headline is not None \
                and not _LINK_ITEM.search(items[taken_headline][1]):
            labels[taken_headline] = None
            j = taken_headline
        return j - start

    def _match_other(self, items, words, j, labels) -> int:
        span = self._match_widget(items, words, j, labels)
        if span:
            return span
        rule = self._first(self._anywhere, items[j][1], words[j])
        if rule is not None:
            labels[j] = rule.name
            return 1
        return 0

    def _headline_like(self, line: str, n_words: int) -> bool:
        return (self.rules.headline_min_words <= n_words <= self.rules.headline_max_words
                and not line.rstrip().endswith(_SENTENCE_END))

    @staticmethod
    def _first(rules: tuple[Rule, ...], line: str, n_words: int) -> Rule | None:
        for rule in rules:
            if rule.matches(line, n_words):
                return rule
        return None
