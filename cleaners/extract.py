"""Article text and metadata from HTML with trafilatura, under a per-document time limit.

Before extraction, text that sits directly in a block element next to block children
(`<div>Hà Nội<div>ĐT: …</div></div>`) is wrapped in its own paragraph: a browser shows it on its
own line, and trafilatura would otherwise glue it to the next block ("Hà NộiĐT: …").
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from cleaners.errors import RejectError

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


_BLOCK_TAGS = frozenset(
    "address article aside blockquote center dd details div dl dt fieldset figcaption figure footer form "
    "h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td th thead tr ul".split()
)


def _is_block(el) -> bool:
    return isinstance(el.tag, str) and el.tag.lower() in _BLOCK_TAGS


def _has_text(el) -> bool:
    return bool((el.text_content() if isinstance(el.tag, str) else "").strip() or (el.tail or "").strip())


def split_mixed_blocks(tree) -> int:
    """Wrap each run of text and inline elements that shares a block parent with block children
    into a `<p>`, so that it becomes its own line. Returns how many runs were wrapped."""
    wrapped = 0
    for el in [e for e in tree.iter() if _is_block(e) and e.tag not in ("p", "pre")]:
        children = list(el)
        if not any(_is_block(c) for c in children):
            continue
        if not ((el.text or "").strip() or any(not _is_block(c) and _has_text(c) for c in children)
                or any(_is_block(c) and (c.tail or "").strip() for c in children)):
            continue
        wrapped += _wrap_runs(el, children)
    return wrapped


def _wrap_runs(el, children: list) -> int:
    text, el.text = el.text, None
    for c in children:
        el.remove(c)
    runs: list = []
    run = None
    if text and text.strip():
        run = el.makeelement("p", {})
        run.text = text
        el.append(run)
        runs.append(run)
    for c in children:
        if _is_block(c):
            tail, c.tail = c.tail, None
            el.append(c)
            run = None
            if tail and tail.strip():
                run = el.makeelement("p", {})
                run.text = tail
                el.append(run)
                runs.append(run)
        else:
            if run is None:
                run = el.makeelement("p", {})
                el.append(run)
                runs.append(run)
            run.append(c)
    return len(runs)


def extract_html(html: str, url: str | None = None, timeout: float = 30.0) -> Extracted:
    """Main text (paragraphs separated by newlines) and metadata of an HTML page."""
    import trafilatura  # imported lazily: it is slow to import and not needed for text inputs
    from trafilatura.utils import load_html

    try:
        with time_limit(timeout):
            tree = load_html(html)
            if tree is None:
                raise ExtractError("no_content", "not parseable as HTML")
            split_mixed_blocks(tree)
            doc = trafilatura.bare_extraction(tree, url=url, **TRAFILATURA_OPTIONS)
    except ExtractError:
        raise
    except TimeoutError as err:
        raise ExtractError("extract_timeout", f"HTML extraction {err}") from err
    except Exception as err:  # trafilatura/lxml raise many types on broken markup
        raise ExtractError("extract_failed", f"{type(err).__name__}: {err}") from err
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if not text.strip():
        raise ExtractError("no_content", "no article text could be extracted from the HTML")
    return Extracted(
        text=text,
        title=getattr(doc, "title", None) or None,
        date=getattr(doc, "date", None) or None,
        url=getattr(doc, "url", None) or None,
        sitename=getattr(doc, "sitename", None) or None,
    )
