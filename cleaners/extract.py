"""Article text and metadata from HTML with trafilatura, under a per-document time limit."""

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
    # the full publication time, not only the day (issue 15; read by cleaners.dates.parse_htmldate)
    "date_extraction_params": {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"},
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


def extract_html(html: str, url: str | None = None, timeout: float = 30.0) -> Extracted:
    """Main text (paragraphs separated by newlines) and metadata of an HTML page."""
    import trafilatura  # imported lazily: it is slow to import and not needed for text inputs

    try:
        with time_limit(timeout):
            doc = trafilatura.bare_extraction(html, url=url, **TRAFILATURA_OPTIONS)
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
