"""Sub-headings and link-free lists of the article that trafilatura's fallback path drops, put back by place.

When none of trafilatura's article containers matches a page (class names it does not know: `div.recipe-detail`,
`section.cb-main`), it recovers the text from the page's paragraphs, code, quotes and tables only: every `<h2>`-`<h6>`
sub-heading and every `<ul>`/`<ol>` list of the article is lost (round 14: 18 of the 25 content lines held-out 15's
HTML pages lost were such headings and a programme's `<li>` items). They are read from the page before extraction
(`dropped_block_points`: the tree is left alone, trafilatura chooses exactly what it would) and put back into the
text next to a paragraph trafilatura kept (`restore_dropped`), only where the page shows them inside the article:
- a sub-heading (`<h2>`-`<h6>` of at most `HEADING_MAX_WORDS` words, no link, outside `<aside>`, `<nav>`, `<header>`,
  `<footer>`) right above a paragraph (`<p>`, no link) the text has, and never above the text's first line;
- a list whose items hold no link (a programme, the steps of a recipe; a related box's items are links) between
  two paragraphs the text has as consecutive lines.
- a quotation's speaker line (round 15: `<blockquote>…</blockquote><p class="quote-author">— TS. Lê Minh, chuyên gia
  kinh tế</p>`: trafilatura discards any element whose class names an author) right under the quote the text has,
  when it is shaped as an attribution (`_ATTRIBUTION`: a dash before it, or a name, a comma and a role in lower case),
  never a bare name (a writer's by-line).
- a speaker line the quote itself holds (tester ATK6: `<blockquote><p>…</p><p class="quote-author">Bộ trưởng X</p>
  </blockquote>`, or the HTML standard's `<blockquote>…<footer>— <cite>X</cite></footer></blockquote>`): trafilatura
  discards author-named elements and footers, but inside the quote's own element such a short line can only be the
  quote's speaker, so any shape of it (a bare title and name too) goes back under the quote's last paragraph. (A quote
  inside a `<figure>`, a pull quote repeating the article, trafilatura drops whole; it stays dropped.)
A block whose text is in the text already (the main path kept it) is left alone, and so is a block next to a
paragraph the page holds more than once (which copy it belongs to is unknown: trafilatura may keep one copy only).
Framework-free.
"""

from __future__ import annotations

import re
from collections import Counter

HEADING_MAX_WORDS = 15
SPEAKER_MAX_WORDS = 15
# A quote's attribution: "— Chuyên gia bảo mật Thu Linh", "- Chị Hà, thành viên hợp tác xã", "TS. Ngô Trang, chuyên gia
# kinh tế" (a capitalised head, a comma, a role with a lower-case word); no sentence end, no label's colon.
_ATTRIBUTION = re.compile(r"[-–—]\s*[^\W\d_].*|[^\W\d_][^,!?:]{1,60},\s*(?:\S+\s+)*[a-zà-ỹđ]\w*.*")
_SENTENCE_MARK = re.compile(r"[.!?…]\s*$|[!?:]")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
_OUTSIDE = frozenset(("aside", "nav", "header", "footer", "form", "figure", "figcaption", "li", "table"))


def _flat(el) -> str:
    return " ".join(el.text_content().split())


def _paragraph(el) -> str | None:
    """The text of a link-free `<p>`, else None."""
    if el is None or not isinstance(el.tag, str) or el.tag != "p" or next(el.iter("a"), None) is not None:
        return None
    return _flat(el) or None


def _in_article(el) -> bool:
    return not any(isinstance(a.tag, str) and a.tag in _OUTSIDE for a in el.iterancestors())


def _discarded_by_name(el) -> bool:
    """An element trafilatura drops for its name: a `<footer>`, or a class/id naming an author."""
    return el.tag == "footer" or "author" in f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _speaker_lines(el) -> tuple[str, ...]:
    """A speaker element's lines: one per paragraph/div child (a name over a role), else its whole text."""
    parts = tuple(t for c in el.iterchildren("p", "div") if (t := _flat(c)))
    return parts or ((t,) if (t := _flat(el)) else ())


def inner_speakers(quote) -> list[tuple[tuple[str, ...], str]]:
    """(speaker lines, the quote's last paragraph) for each short speaker a link-free `<blockquote>` of the article
    holds in an element trafilatura drops by name (the outermost such elements only)."""
    if not _in_article(quote) or next(quote.iter("a"), None) is not None:
        return []
    named = [el for el in quote.iterdescendants() if isinstance(el.tag, str) and _discarded_by_name(el)]
    speakers = [el for el in named if not any(a in named for a in el.iterancestors())]
    paragraphs = [t for p in quote.iter("p") if not any(a in named for a in (p, *p.iterancestors())) and (t := _flat(p))]
    out = []
    for el in speakers:
        lines = _speaker_lines(el)
        words = " ".join(lines).lstrip("-–— ").split()
        if words and paragraphs and len(words) <= SPEAKER_MAX_WORDS and not any(_SENTENCE_MARK.search(x) for x in lines):
            out.append((lines, paragraphs[-1]))
    return out


def dropped_block_points(tree) -> list[tuple[str, tuple[str, ...], str | None, str | None]]:
    """(kind, the block's lines, the paragraph above, the paragraph below) of each candidate block, in page order:
    kind "heading" (a sub-heading over a link-free paragraph), "list" (a link-free list between two paragraphs) or
    "speaker" (a quote's attribution under the quote, the line above)."""
    seen = Counter(t for p in tree.iter("p") if (t := _paragraph(p)))
    points = []
    for quote in tree.iter("blockquote"):
        points += [("speaker", lines, above, None) for lines, above in inner_speakers(quote)]
        speaker = quote.getnext()
        if not _in_article(quote) or next(quote.iter("a"), None) is not None:
            continue
        text = _paragraph(speaker)
        above = _flat(quote)
        if text and above and len(text.split()) <= SPEAKER_MAX_WORDS and _ATTRIBUTION.fullmatch(text) \
                and not _SENTENCE_MARK.search(text) \
                and seen[text] == 1:
            points.append(("speaker", (text,), above, None))
    for el in tree.iter(*_HEADINGS, "ul", "ol"):
        if not _in_article(el) or next(el.iter("a"), None) is not None:
            continue
        below = _paragraph(el.getnext())
        if below is None or seen[below] > 1:
            continue
        if el.tag in _HEADINGS:
            text = _flat(el)
            if text and len(text.split()) <= HEADING_MAX_WORDS:
                points.append(("heading", (text,), None, below))
            continue
        above = _paragraph(el.getprevious())
        items = tuple(t for li in el.iterchildren("li") if (t := _flat(li)))
        if above is not None and seen[above] == 1 and items and len(items) == sum(1 for _ in el.iterchildren()):
            points.append(("list", items, above, below))
    return points


def _bare(line: str) -> str:
    """A text line without trafilatura's list marker and extra white space."""
    text = " ".join(line.split())
    return text[2:] if text.startswith("- ") else text


def restore_dropped(text: str, points: list[tuple[str, tuple[str, ...], str | None, str | None]]) -> str:
    """The text with the blocks of `points` put back where the page has them (see the module's docstring)."""
    if not points:
        return text
    lines = text.split("\n")
    bare = [_bare(x) for x in lines]
    for kind, block, above, below in points:
        if any(x in bare for x in block):
            continue
        if kind == "speaker":  # right under the quote, whose text the text has as one line
            if above in bare:
                at = bare.index(above) + 1
                lines[at:at] = list(block)
                bare[at:at] = list(block)
            continue
        try:
            at = bare.index(below)
        except ValueError:
            continue
        if at == 0 or (kind == "list" and bare[at - 1] != above):
            continue
        lines[at:at] = list(block)
        bare[at:at] = list(block)
    return "\n".join(lines)
