"""Through the command line and the Parquet output: a quote's speaker held inside the `<blockquote>` (an
author-classed element or the quote's `<footer>`) is in the document under the quote (tester ATK6)."""

from __future__ import annotations

from pathlib import Path

from tests.cleaners.test_dropped_blocks import PARAS, QUOTE, page
from tests.flows.cli_support import clean_records


def test_a_speaker_inside_the_quote_reaches_the_parquet_under_the_quote(tmp_path: Path) -> None:
    docs = clean_records(tmp_path, [
        {"id": "a", "outlet": "baodien.vn", "html": page("<p class='quote-author'>Bộ trưởng Nguyễn Văn An</p>")},
        {"id": "b", "outlet": "baodien.vn", "html": page("<footer>— <cite>Bộ trưởng Nguyễn Văn An</cite></footer>")}])
    for rid, speaker in (("a", "Bộ trưởng Nguyễn Văn An"), ("b", "— Bộ trưởng Nguyễn Văn An")):
        lines = docs[rid]["text"].split("\n")
        assert lines[lines.index(QUOTE) + 1:lines.index(QUOTE) + 3] == [speaker, PARAS[1]], lines
        assert docs[rid]["removed"] == [], docs[rid]["removed"]
