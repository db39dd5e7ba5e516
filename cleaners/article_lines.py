"""Lines of an `<article>` that trafilatura's baseline rescue flattened into one, split again by the page's blocks.

When its main extractor finds little (under trafilatura's `MIN_EXTRACTED_SIZE`, 250 characters: a news page with one
or two short paragraphs), trafilatura falls back to its baseline, which takes each `<article>` element's whole text as
one paragraph (`baseline.block_text`: block boundaries become spaces). The article came out as one line ("Title Para 1.
Para 2. Chia sẻ Facebook Zalo Từ khóa: …"), with its share bar and tags glued to the text, where no line cleaner can
remove them (tester ATK6 F2). A text line that is made of an `<article>`'s block lines (each `<p>`, `<h1>`, `<div>`,
… on its own line, as a browser shows it) joined by spaces, in page order, is split back into those lines: the same
words, in the same order, one block a line. Any other line, and any page without `<article>`, is left alone.
Framework-free.
"""

from __future__ import annotations

from copy import copy

# trafilatura's baseline joins the text runs of these elements with spaces (`trafilatura.baseline._BLOCK_ELEMS`).
_LINE_BLOCKS = ("address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
                "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
                "pre", "section", "summary", "table", "td", "th", "tr", "ul")
# The baseline takes an article of more than this many characters; a shorter line is never such a flattening.
MIN_FLAT_CHARS = 100
# A flattened line holds the article's text but what trafilatura pruned (its scripts, an `<aside>`): an article more
# than this many times longer than a text's longest line was not flattened into it.
FLAT_SHARE = 3
_UNSEEN = ".//script|.//style|.//template|.//noscript"


def _lines_of(article) -> list[str]:
    """The article's text as a browser shows it: one line per block, white space inside a line collapsed."""
    el = copy(article)
    for bad in el.xpath(_UNSEEN):
        bad.drop_tree()
    for node in el.iter():  # a source line break inside a block is white space
        if isinstance(node.text, str):
            node.text = node.text.replace("\n", " ")
        if isinstance(node.tail, str):
            node.tail = node.tail.replace("\n", " ")
    for node in el.iter(*_LINE_BLOCKS):
        node.text = "\n" + (node.text or "")
        node.tail = "\n" + (node.tail or "")
    lines = (" ".join(line.split()) for line in el.text_content().split("\n"))
    return [line for line in lines if line]


def _visible_chars(article) -> int:
    """The article's text length but its scripts' and styles' (white space counted as it is: an upper bound)."""
    return len(article.text_content()) - sum(len(el.text_content()) for el in article.xpath(_UNSEEN))


def _split(line: str, blocks: list[str]) -> list[str] | None:
    """`line` as consecutive-in-order block lines of `blocks` joined by spaces (blocks it lacks skipped: trafilatura
    prunes some, e.g. an `<aside>`); None unless the whole line is covered by two blocks or more."""
    flat = " ".join(line.split())
    taken: list[str] = []
    pos = 0
    for block in blocks:
        end = pos + len(block)
        if flat.startswith(block, pos) and (end == len(flat) or flat[end] == " "):
            taken.append(block)
            pos = end + 1
            if end == len(flat):
                break
    return taken if len(taken) >= 2 and pos >= len(flat) else None


def split_flattened(text: str, tree) -> str:
    """`text` with each line that is an `<article>` of `tree` flattened (see the module's docstring) split into the
    article's block lines; unchanged when no line is."""
    if not any(len(line) > MIN_FLAT_CHARS for line in text.split("\n")):
        return text
    longest = max(len(line) for line in text.split("\n"))
    # an article is rendered only when a line could hold most of its text (a flattening): not on every page
    articles = [a for a in tree.xpath(".//article[not(ancestor::article)]") if _visible_chars(a) <= FLAT_SHARE * longest]
    if not articles:
        return text
    rendered = [_lines_of(a) for a in articles]
    out: list[str] = []
    for line in text.split("\n"):
        parts = None
        if len(line) > MIN_FLAT_CHARS:
            parts = next((p for blocks in rendered if (p := _split(line, blocks))), None)
        out.extend(parts or [line])
    return "\n".join(out)
