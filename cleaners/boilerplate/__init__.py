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

The package, by zone (`BoilerplateCleaner` here mixes in one class from each module, and `clean` runs their
passes in order): `shapes` (the module-level patterns and pure helpers), `lines` (what one line reads as under
the rules), `head` (the page's head), `forward` (pass 1), `tail` (pass 2, the closing zone), `releases` and
`boxes` (the passes that give article text shaped like boilerplate back).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cleaners.boilerplate.boxes import Boxes
from cleaners.boilerplate.forward import ForwardPass
from cleaners.boilerplate.head import HeadZone
from cleaners.boilerplate.lines import LineReading
from cleaners.boilerplate.releases import Releases
from cleaners.boilerplate.shapes import (
    BOX_LABEL_MAX_WORDS,
    CONTACT_BOX_MAX_LINES,
    DATA_ROW_MAX_WORDS,
    HEADLINE_WORDS,
    QUOTE_BLOCK_WORDS,
    WIDGET_HEADER_MAX_WORDS,
    announced_data,
    link_marked,
    quoted_hashtags,
    signature_rows,
    signer_block,
)
from cleaners.boilerplate.tail import TailZone
from cleaners.normalize import word_counts
from cleaners.rules import Rule, RuleSet

__all__ = [
    "BOX_LABEL_MAX_WORDS", "CONTACT_BOX_MAX_LINES", "DATA_ROW_MAX_WORDS", "HEADLINE_WORDS", "QUOTE_BLOCK_WORDS",
    "WIDGET_HEADER_MAX_WORDS", "BoilerplateCleaner", "CleanedText", "RemovedLine", "announced_data", "link_marked", "quoted_hashtags",
    "signature_rows", "signer_block",
]


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


class BoilerplateCleaner(HeadZone, ForwardPass, TailZone, Releases, Boxes, LineReading):
    """Applies a `RuleSet` to a document's lines."""

    def __init__(self, rules: RuleSet, keep_captions: bool = False) -> None:
        self.rules = rules
        self.keep_captions = keep_captions
        self._anywhere = rules.of_kind("line", "caption")
        self._head = rules.of_kind("head")
        self._top = rules.of_kind("top")
        self._tail = rules.of_kind("tail")
        self._blocks = rules.of_kind("block")
        self._widgets = rules.of_kind("widget")
        self._forward_rules: dict[tuple[bool, bool, bool], tuple[Rule, ...]] = {}
        self._quoted_tags: set[int] = set()  # the document's hashtag lines the article quotes (round 12)

    def clean(self, text: str) -> CleanedText:
        items = [(no, line) for no, line in enumerate(text.split("\n"), 1) if line and not line.isspace()]
        words = word_counts([line for _, line in items])  # len(line.split()) of each (issue 17: no word lists)
        labels: list[str | None] = [None] * len(items)

        first = self._first_article(items, words)
        self._quoted_tags = (quoted_hashtags([line for _, line in items], words, self.rules.prose_min_words)
                             if "#" in text else set())  # round 12: hashtag lines the article quotes
        self._head_end = max(self._menu(items, words, labels) + self.rules.head_lines, first or 0)
        self._top_end = first or 0
        i = 0
        while i < len(items):
            span = self._match_forward(items, words, i, labels)
            i += span if span else 1
        self._headerless_boxes(items, words, labels)  # round 16
        if first is not None:
            self._page_head(items, words, labels, first)
            self._byline_under_lead(items, words, labels, first)

        for j in self._quoted_tags:  # (round 12: before the tail, which a tag line would open)
            labels[j] = None
        forward = list(labels)  # what the forward pass found (boxes inside the article, the head)
        self._close(items, words, labels)
        self._page_tail(items, words, labels, forward)
        self._tab_labels(items, words, labels)
        if labels.count(None) < len(labels):  # a line is labelled: the releases may give some back
            self._releases(items, words, labels)
        self._repeated_headline(items, words, labels)
        if "thuốc" in text:  # (round 16: last, so no release gives the advert's lines back to a list above it)
            self._supplement_adverts(items, words, labels)
        if "khoản" in text:
            self._donation_boxes(items, words, labels)

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

    def _releases(self, items: list[tuple[int, str]], words: list[int], labels: list[str | None]) -> None:
        """The passes that give article text shaped like boilerplate back (`releases`, `boxes`), in order. They
        only ever clear labels (`labels[j] = None`), so a document none of whose lines is labelled skips them
        all: most documents (on the 30,056 VNTC texts skipping them saves about 15 % of `clean`'s CPU)."""
        self._release_own_lines(items, words, labels)
        self._release_announced_data(items, words, labels)
        self._release_boxes(items, words, labels)
        self._release_half_box(items, words, labels)
        self._release_scorers(items, words, labels)
        self._release_stranded_fill(words, labels)
        self._release_signoff(items, words, labels)
        self._release_list_past_link(items, words, labels)
        self._release_list_past_box(items, words, labels)
        self._release_steps(items, labels)
        self._release_programme(items, labels)
        self._release_speaker(items, words, labels)
        self._release_quote_speaker(items, words, labels)
        self._release_verse_title(items, words, labels)
