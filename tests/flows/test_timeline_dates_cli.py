"""Tester ATK4 finding 1, through the CLI and the Parquet output: bare dates heading the steps of a timeline in
the body ("Ngày 13/11/2024" over a paragraph, twice or more) are the article's sub-headings, not its dateline: the
text keeps them and `published` does not come from them; a page's own dateline in its head still goes."""

from __future__ import annotations

from pathlib import Path

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

LEAD = ["Vụ lừa đảo bán đất nền qua mạng: diễn biến vụ án",
        "Hàng trăm người mua đất nền qua một sàn giao dịch trực tuyến đã mất tiền đặt cọc trong suốt hai năm qua."]
TIMELINE = ["Ngày 13/11/2024",
            "Cơ quan điều tra khởi tố vụ án và bắt tạm giam hai bị can để điều tra về hành vi lừa đảo.",
            "20/11/2024",
            "Tòa án nhân dân tỉnh mở phiên xét xử sơ thẩm vụ án với sự tham gia của nhiều luật sư bào chữa.",
            "Ngày 2/12/2024",
            "Hai bị cáo bị tuyên phạt tổng cộng 25 năm tù và phải bồi thường toàn bộ số tiền đã chiếm đoạt."]


def test_timeline_dates_stay_and_give_no_published(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    head = [LEAD[0], "Thứ Tư, 04/12/2024 08:16", *LEAD[1:]]
    write_jsonl(inputs / "feed.jsonl", [
        {"id": "timeline", "outlet": "a.vn", "text": "\n".join(LEAD + TIMELINE)},
        {"id": "dated", "outlet": "b.vn", "text": "\n".join(head + TIMELINE)}])
    done = cli("run", str(inputs), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr[-2000:]
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    assert docs["timeline"]["text"].splitlines() == LEAD + TIMELINE, docs["timeline"]["removed"]
    assert docs["timeline"]["published"] is None
    # the page's own dateline in the head still goes and dates the article, the timeline's dates stay
    assert docs["dated"]["text"].splitlines() == LEAD + TIMELINE
    assert [(r["text"], r["rule"]) for r in docs["dated"]["removed"]] == [("Thứ Tư, 04/12/2024 08:16", "dateline")]
    assert docs["dated"]["published"].strftime("%Y-%m-%d %H:%M") == "2024-12-04 01:16"
