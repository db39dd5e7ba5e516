"""Through the command line and the Parquet output: a crew byline, a first-publication credit and an invitation to
the next instalment leave the text, each kept in `removed` with its rule (tester ATK8)."""

from __future__ import annotations

from pathlib import Path

from tests.cleaners.test_tail_credit_wordings import BODY
from tests.flows.cli_support import clean_records


def test_tail_credit_wordings_leave_the_parquet_text(tmp_path: Path) -> None:
    tails = {"a": "Nhóm phóng viên Ban Kinh tế", "b": "Bài viết được đăng tải lần đầu trên báo Đời Sống",
             "c": "(Mời bạn đọc đón xem phần tiếp theo)"}
    rules = {"a": "author_byline", "b": "source_credit", "c": "continuation"}
    docs = clean_records(tmp_path, [{"id": k, "outlet": f"site{k}.vn", "text": "\n".join([*BODY, t])}
                                    for k, t in tails.items()])
    for k, tail in tails.items():
        assert docs[k]["text"].split("\n") == BODY
        assert [(r["text"], r["rule"]) for r in docs[k]["removed"]] == [(tail, rules[k])]
