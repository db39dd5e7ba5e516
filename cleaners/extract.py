"""Article text and metadata from HTML with trafilatura, under a per-document time limit.

Text followed by a block container (`<div>Hà Nội<div>ĐT: …</div></div>`) shows on two lines in
a browser, but trafilatura glues it ("Hà NộiĐT: …"): such points are noted in the page before
extraction and the glued lines broken afterwards (the tree itself is left alone, so trafilatura
chooses exactly the text it would choose on the page).
"""

from __future__ import annotations

import re
import signal
import threading
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from cleaners.article_lines import split_flattened
from cleaners.dropped_blocks import dropped_block_points, restore_dropped
from cleaners.errors import RejectError
from cleaners.layout_tables import unwrap_layout_tables

# Chosen by measurement on the extraction benchmarks (`make eval`, table in README.md): comments off
# (reader text, not the article), tables on, trafilatura's default precision/recall balance;
# favor_precision, favor_recall, fast and tables off all scored lower F1 on the 990-page set.
TRAFILATURA_OPTIONS = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,  # its cache makes output depend on document order
    "with_metadata": True,
    # htmldate's date is NOT used for `published` (it guesses from body text and falls back to
    # modification times; cleaners.dates reads the markup itself): its cheapest search only
    "date_extraction_params": {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
}


class ExtractError(RejectError):
    """HTML with no usable article: `no_content`, `extract_timeout`, `extract_failed`."""


@dataclass(frozen=True)
class Extracted:
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    sitename: str | None = None


def _nfc(value: str | None) -> str | None:
    """Page metadata in NFC, as record fields are: NFD "Tuổi Trẻ" and NFC "Tuổi Trẻ" are one outlet."""
    return unicodedata.normalize("NFC", value) if value else None


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeoutError after `seconds` (main thread of a process only; elsewhere no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _raise(signum, frame):
        raise TimeoutError(f"took longer than {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# Block containers whose leading text trafilatura glues to the text inside them.
_CONTAINERS = frozenset("article aside center div footer form header main nav section".split())


_GLUE_SPAN = 30


def _text_before(el) -> str:
    prev = el.getprevious()
    if prev is None:
        parent = el.getparent()
        return (parent.text or "") if parent is not None else ""
    if (prev.tail or "").strip():
        return prev.tail or ""
    if isinstance(prev.tag, str) and prev.tag.lower() not in _CONTAINERS | {"p", "br", "table", "ul", "ol"}:
        return prev.text_content()
    return ""


def glue_points(tree) -> list[tuple[str, str]]:
    """(end of a text, start of the next) for each text that a block container follows or is
    followed by (`<div>Hà Nội<div>ĐT: …`): a browser shows them on two lines."""
    points = []
    for el in tree.iter(*_CONTAINERS):
        if el.getparent() is None:
            continue
        inside = " ".join(el.text_content().split())
        if not inside:
            continue
        before = " ".join(_text_before(el).split())
        if before:
            points.append((before[-_GLUE_SPAN:], inside[:_GLUE_SPAN]))
        after = " ".join((el.tail or "").split())
        if after:
            points.append((inside[-_GLUE_SPAN:], after[:_GLUE_SPAN]))
    return points


def unglue(text: str, points: list[tuple[str, str]]) -> str:
    """Break the lines trafilatura glued at the given points ("Hà NộiĐT:" -> "Hà Nội" / "ĐT:")."""
    for end, start in points:
        glued = end + start
        if glued in text:
            text = text.replace(glued, f"{end}\n{start}")
    return text


# Elements that end a line in a browser; their text (and what follows them) starts a new line.
_BLOCKS = ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table",
           "ul", "ol", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt")


def fragment_text(html: str) -> str:
    """The text of an HTML fragment trafilatura does not take for a page (one `<p>`, plain text),
    as a browser shows it: block elements on their own lines, white space inside them collapsed;
    plain text (no element at all) keeps its own lines."""
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml refuses some byte soups: read it as text
        return html
    if len(root) == 0:  # no element: plain text (entities are decoded by normalisation)
        return html
    for bad in root.xpath(".//script|.//style|.//noscript|.//template"):
        bad.drop_tree()
    for el in root.iter():  # source line breaks inside a block are white space, as in a page
        el.text = el.text.replace("\n", " ") if el.text else el.text
        el.tail = el.tail.replace("\n", " ") if el.tail else el.tail
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag != "br":
            el.text = "\n" + (el.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


# The names (words of a class or id: "sapo", "singular-sapo", "article__lead") a page gives its lead paragraph, the
# summary under the title. Tester T6 F11: trafilatura may keep only the body's container (`div.content`) and leave out
# a lead standing beside it (a Tuổi Trẻ-like `h1`, `h2.sapo` "TTO - …", `div.content`).
LEAD_NAMES = frozenset(("sapo", "lead", "summary", "description", "chapeau", "standfirst", "dek", "deck", "excerpt",
                        "intro", "abstract", "tomtat", "tom-tat"))
LEAD_WORDS = (6, 150)  # a lead's length in words: a sentence or a paragraph, never a page's whole text
_LEAD_SPAN = 12  # elements after the title a lead may stand among, in document order
_BODY_WORDS = 15  # an element of that many words of its own text after the title begins the body: no lead below it
_NAME_WORDS = re.compile(r"[\s_\-]+")
_FURNITURE = frozenset(("nav", "aside", "footer", "ul", "ol", "li", "a", "form", "figure", "figcaption"))


def _lead_named(el) -> bool:
    names = " ".join((el.get("class") or "", el.get("id") or "")).lower()
    return any(w in LEAD_NAMES for w in _NAME_WORDS.split(names) if w) or \
        any(n in LEAD_NAMES for n in names.split())


def lead_text(tree) -> str | None:
    """The page's lead: the first element named for one (`LEAD_NAMES`) among the elements right after the page's first
    `h1` (the title) and before the body's first paragraph, of a lead's length and no link box (not in navigation, a
    list, a figure); None without an `h1` or such an element. Read before trafilatura runs (it prunes the tree)."""
    h1 = next(tree.iter("h1"), None)
    if h1 is None:
        return None
    after = False
    seen = 0
    for el in tree.iter():
        if el is h1:
            after = True
            continue
        if not after or not isinstance(el.tag, str) or h1 in el.iterancestors():
            continue
        seen += 1
        if seen > _LEAD_SPAN:
            return None
        if not _lead_named(el):
            if len((el.text or "").split()) >= _BODY_WORDS:
                return None  # the article's body began: a box named so further down is no lead
            continue
        if any(a.tag in _FURNITURE for a in (el, *el.iterancestors())):
            continue
        text = " ".join(el.text_content().split())
        links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if LEAD_WORDS[0] <= len(text.split()) <= LEAD_WORDS[1] and links * 2 < len(text):
            return text
        return None
    return None


def with_lead(text: str, lead: str | None, title: str | None) -> str:
    """trafilatura's text with the page's lead put back, once: after the title's line when the text opens with it, else
    first; unchanged when the text holds the lead already (its words in order, white space aside)."""
    if not lead or " ".join(lead.split()) in " ".join(text.split()):
        return text
    lines = text.split("\n")
    at = 1 if title and lines and " ".join(lines[0].split()) == " ".join(title.split()) else 0
    return "\n".join([*lines[:at], lead, *lines[at:]])


# libxml2 (lxml's HTML parser) keeps elements down to this depth and drops everything deeper.
PARSER_DEPTH = 255
# Tags whose nesting carries no text of its own: removed from a page nested past the parser's depth
# (20,000 nested <div>, 3,000 nested tables), block ones leaving a line break, inline ones nothing.
_FLAT_BLOCKS = re.compile(r"(?:\s*</?(?:div|table|tbody|thead|tfoot|tr|td|th|section|article|main|center|blockquote|"
                          r"ul|ol|li|dl|dd|dt|form|fieldset|aside|header|footer|nav|figure|figcaption)\b[^>]*>)+\s*",
                          re.IGNORECASE)
_FLAT_INLINE = re.compile(r"</?(?:span|font|b|i|u|em|strong|a|small|big|sub|sup|mark|abbr|cite|q|s|strike|tt|"
                          r"var|code|kbd|label|time)\b[^>]*>", re.IGNORECASE)


def too_deep(tree) -> bool:
    """Whether the parser stopped at its depth limit somewhere in the page (what lies deeper is lost)."""
    return any(len(el) == 0 and sum(1 for _ in el.iterancestors()) >= PARSER_DEPTH - 1 for el in tree.iter())


def flatten(html: str) -> str:
    """The page without its nesting: container tags become line breaks, inline tags go; paragraphs,
    headings and the head stay. Only for a page nested past the parser's depth (see `too_deep`)."""
    return _FLAT_INLINE.sub("", _FLAT_BLOCKS.sub("\n<br>\n", html))


# A page that asks for JavaScript instead of showing its article ("Bạn cần bật JavaScript để xem nội
# dung này.", "Please enable JavaScript to continue"): a script fills it in, in a browser.
_JAVASCRIPT = re.compile(r"javascript", re.IGNORECASE)
_ASKS = re.compile(r"bật|kích hoạt|cho phép|cần|yêu cầu|hỗ trợ|tắt|vô hiệu|enabl|turn on|activat|allow|requir|need|"
                   r"disabl|support|switch on|aktivier|activez|activer|habilit", re.IGNORECASE)
JS_WALL_WORDS = 30  # a page with more words than this is an article, whatever it says about JavaScript


_APP_ROOTS = frozenset(("app", "root", "__next", "__nuxt", "___gatsby", "svelte", "main-app", "application"))


def app_root(tree):
    """The empty element a script fills in (`<div id="app"></div>`, `#root`, `#__next`) of a page with
    scripts, else None."""
    if tree is None or next(tree.iter("script"), None) is None:
        return None
    for el in tree.iter("div", "main", "section", "body"):
        if (el.get("id") or "").lower() in _APP_ROOTS and len(el) == 0 and not (el.text or "").strip():
            return el
    return None


def javascript_wall(text: str) -> str | None:
    """The text of a page that only asks for JavaScript (every line asks for it or is a label of at
    most three words, and the whole has at most JS_WALL_WORDS words); None for any other text."""
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    if sum(len(line.split()) for line in lines) > JS_WALL_WORDS:
        return None
    asks = [line for line in lines if _JAVASCRIPT.search(line) and _ASKS.search(line)]
    if not asks or any(line not in asks and len(line.split()) > 3 for line in lines):
        return None
    return " / ".join(lines)[:200]


_MENU_ROLES = frozenset(("navigation", "menu", "menubar"))
_NOT_TEXT = frozenset(("script", "style", "template", "noscript"))
MENU_LABEL_WORDS = 6  # a menu's entries are labels ("Khoa học - Công nghệ"); a longer text is an article's


def navigation_only(tree) -> str | None:
    """The text of a page whose body has text (a letter) only inside navigation (`<nav>`, an element of
    role navigation/menu), every piece a label of at most MENU_LABEL_WORDS words, else None. A short
    article has its text outside the menu, in a paragraph, heading or any other element (tester 6, F9:
    a menu-only page became a document "Thời sự"); a page swallowed by an unclosed `<nav>` has its
    sentences in it (trafilatura's eval page fifplay.com.settings). Stops at the first text with a letter
    outside navigation or longer than a label; read before trafilatura prunes the tree."""
    body = next(tree.iter("body"), None)
    menu: list[str] = []
    for node in (body if body is not None else tree).xpath(".//text()"):
        if not any(ch.isalpha() for ch in node):
            continue
        owner = node.getparent()
        if owner is None:
            continue
        if node.is_tail:
            owner = owner.getparent()
        chain = [] if owner is None else [owner, *owner.iterancestors()]
        if any(isinstance(a.tag, str) and a.tag in _NOT_TEXT for a in chain):
            continue
        if not any(a.tag == "nav" or (a.get("role") or "").lower() in _MENU_ROLES for a in chain if isinstance(a.tag, str)):
            return None
        words = node.split()
        if len(words) > MENU_LABEL_WORDS:
            return None
        menu.append(" ".join(words))
    return " / ".join(menu)[:200] if menu else None


def extract_html(html: str, url: str | None = None, timeout: float = 30.0) -> Extracted:
    """Main text (paragraphs separated by newlines) and metadata of an HTML page."""
    import trafilatura  # imported lazily: it is slow to import and not needed for text inputs
    from trafilatura.utils import load_html

    try:
        with time_limit(timeout):
            tree = load_html(html)
            if tree is None:  # one element or plain text: no page for trafilatura, but text to read
                text = fragment_text(html)
                if not text.strip():
                    raise ExtractError("no_content", "no text in the HTML field")
                return Extracted(text=text)
            unwrap_layout_tables(tree)  # round 16: a page laid out in a table is no data table
            points = glue_points(tree)
            dropped = dropped_block_points(tree)  # round 14: headings and lists trafilatura's fallback drops
            lead = lead_text(tree)
            menu = navigation_only(tree)
            h1 = next(tree.iter("h1"), None)
            heading = " ".join(h1.text_content().split()) if h1 is not None else None
            doc = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
            text = (getattr(doc, "text", None) or "") if doc is not None else ""
            text = split_flattened(text, tree)  # ATK6 F2: an <article> the baseline rescue gave as one line
            if not text.strip() and too_deep(tree):  # the parser dropped what lies below its depth limit
                flat = load_html(flatten(html))
                doc = trafilatura.bare_extraction(flat, url=url, **TRAFILATURA_OPTIONS) if flat is not None else None
                text = (getattr(doc, "text", None) or "") if doc is not None else ""
                if not text.strip():
                    raise ExtractError("no_content", f"no article text could be extracted from the HTML: its elements "
                                       f"nest deeper than the HTML parser's limit of {PARSER_DEPTH} levels, and none "
                                       "was found with the nesting removed either")
    except ExtractError:
        raise
    except TimeoutError as err:
        raise ExtractError("extract_timeout", f"HTML extraction {err}") from err
    except Exception as err:  # trafilatura/lxml raise many types on broken markup
        raise ExtractError("extract_failed", f"{type(err).__name__}: {err}") from err
    if not text.strip():
        root = app_root(tree)
        raise ExtractError("no_content", "no article text could be extracted from the HTML" + (
            f": the page needs JavaScript (its empty <{root.tag} id=\"{root.get('id')}\"> is filled by its scripts in "
            "a browser; give newsclean the rendered page)" if root is not None else ""))
    if menu is not None:
        raise ExtractError("no_content", f"the page's only text is its navigation menu: {menu!r}")
    if (wall := javascript_wall(text)) is not None:
        raise ExtractError("no_content", f"the page needs JavaScript: its only text is {wall!r} (a script "
                           "fills in the article in a browser; give newsclean the rendered page)")
    return Extracted(
        text=restore_dropped(unglue(with_lead(text, lead, heading), points), dropped),
        title=_nfc(getattr(doc, "title", None)),
        date=getattr(doc, "date", None) or None,
        url=getattr(doc, "url", None) or None,
        sitename=_nfc(getattr(doc, "sitename", None)),
    )
