"""Through the command line and the Parquet output: a lone dated related headline over a credit leaves the document
with its box's header, each line in `removed` with its rule (tester ATK8)."""

from __future__ import annotations

from pathlib import Path

from tests.cleaners.test_dated_headline import BODY, HEADER
from tests.flows.cli_support import clean_records


def test_a_dated_related_headline_leaves_the_parquet_text(tmp_path: Path) -> None:
    headline = "Tỉnh mở rộng thêm ba nút giao cửa ngõ phía Bắc (02/12)"
    docs = clean_records(tmp_path, [{"id": "a", "outlet": "giaothongtinh.vn",
                                     "text": "\n".join(BODY + [HEADER, headline, "Nguồn: Báo Giao thông"])}])
    assert docs["a"]["text"].split("\n") == BODY
    removed = {r["text"]: r["rule"] for r in docs["a"]["removed"]}
    assert set(removed) == {HEADER, headline, "Nguồn: Báo Giao thông"}
    assert removed[headline] == "related_links"
