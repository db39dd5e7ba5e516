"""Tester T6's HTML findings, through the command line and the Parquet output: a page's lead (sapo) is in the text
once, whatever the layout (F11: trafilatura kept only a Tuổi Trẻ-like page's `div.content`); an interview page opening
with its first question keeps it (F10); a VnExpress-like page keeps its last paragraph without a full stop over an
inline "Xem thêm:" line (F9). A lead-named box that is no lead (a related teaser far from the title) is not taken."""

from __future__ import annotations

from pathlib import Path

from tests.flows.cli_support import cli, write_jsonl
from tests.flows.helpers import rows

SAPO = "Trò chuyện với một chuyên gia lâm nghiệp về bài toán giữ rừng đầu nguồn sau những trận lũ lớn."
QUESTION = "* Thưa ông, vì sao rừng đầu nguồn bị mất nhanh như vậy?"
ANSWER = ("- Nguyên nhân chính là phá rừng trồng cây công nghiệp và làm thủy điện nhỏ trong nhiều năm, trong khi việc "
          "trồng lại rừng tự nhiên gần như không được quan tâm đúng mức.")
INTERVIEW = (f"<p><strong>{QUESTION}</strong></p><p>{ANSWER}</p><p><strong>* Cần làm gì ngay bây giờ?</strong></p>"
             "<p>- Phải dừng ngay các dự án thủy điện nhỏ chưa triển khai và giao rừng cho cộng đồng quản lý, có chi trả "
             "dịch vụ môi trường rừng thỏa đáng.</p><p>Xin cảm ơn ông.</p>")
LEAD = ("Trước diễn biến phức tạp của bão số 9, UBND tỉnh Quảng Nam đã công bố các số điện thoại đường dây nóng để người "
        "dân liên hệ khi cần hỗ trợ.")
STORY = ("<p>Theo Ban Chỉ huy Phòng chống thiên tai tỉnh Quảng Nam, đến chiều nay đã có hơn 2.000 hộ dân ở vùng trũng "
         "thấp được di dời đến nơi an toàn.</p><p>Chủ tịch UBND tỉnh yêu cầu các địa phương tuyệt đối không để người dân "
         "ở lại vùng nguy hiểm khi bão đổ bộ, lực lượng cứu hộ trực 24/24 giờ.</p>")
LAST = "Hy vọng mùa màng năm tới sẽ còn bội thu hơn nữa"
TEASER = "Hà Nội mưa lớn cả ngày, nhiều tuyến phố ngập sâu khiến giao thông ùn tắc kéo dài đến tối."


def page(body: str, title: str = "Tin bão số 9") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


PAGES = {
    # Tuổi Trẻ-like: h1, h2.sapo "TTO - …", then div.content (trafilatura keeps only the latter)
    "tt": page(f"<div id='main-detail'><h1>Làm sao giữ rừng đầu nguồn?</h1><h2 class='sapo'>TTO - {SAPO}</h2>"
               f"<div class='content'>{INTERVIEW}</div></div>"),
    "tt-p": page(f"<div id='main-detail'><h1>Làm sao giữ rừng đầu nguồn?</h1><p class='sapo'>{SAPO}</p>"
                 f"<div class='content'>{INTERVIEW}</div></div>"),
    # Dân trí-like: article > h1, h2.singular-sapo, div.singular-content
    "dantri": page(f"<article><h1>Bão số 9: Quảng Nam công bố đường dây nóng</h1><h2 class='singular-sapo'>(Dân trí) - "
                   f"{LEAD}</h2><div class='singular-content'>{STORY}</div></article>"),
    # VnExpress-like: p.description in the article, the last paragraph without a full stop over "Xem thêm: …"
    "vne": page(f"<article class='fck_detail'><h1 class='title-detail'>Giá lúa tăng mạnh</h1><p class='description'>{LEAD}"
                f"</p>{STORY.replace('<p>', '<p class=Normal>')}<p class='Normal'>{LAST}</p>"
                "<p class='Normal'><em>Xem thêm: <a href='/x'>Giá gạo xuất khẩu lập đỉnh mới</a></em></p></article>"),
    # a related teaser named "summary" far below the title, outside the article: no lead
    "teaser": page(f"<article><h1>Bão số 9: Quảng Nam công bố đường dây nóng</h1><div class='content'>{STORY * 4}</div>"
                   f"</article><div class='box'><h3>Tin khác</h3><div class='summary'>{TEASER}</div></div>"),
}


def test_leads_once_questions_and_last_lines_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    recs = [{"id": k, "outlet": f"{k}.vn", "html": v} for k, v in PAGES.items()]
    done = cli("run", str(write_jsonl(tmp_path / "in" / "p.jsonl", recs)), "--output", str(out), "--workers", "1")
    assert done.returncode == 0, done.stderr
    docs = {d["doc_id"]: d for d in rows(out, "documents")}
    text = {k: d["text"] for k, d in docs.items()}
    for k in ("tt", "tt-p"):
        assert text[k].count(SAPO) == 1, text[k]
        lines = text[k].split("\n")
        assert lines.index(QUESTION) == lines.index(ANSWER) - 1, docs[k]["removed"]  # F10: the question stays
        assert SAPO in lines[0]
    for k in ("dantri", "vne"):
        assert text[k].count(LEAD) == 1, text[k]
    assert text["vne"].split("\n")[-1] == LAST, docs["vne"]["removed"]  # F9
    assert [r["text"] for r in docs["vne"]["removed"]] == ["Xem thêm: Giá gạo xuất khẩu lập đỉnh mới"]
    assert TEASER not in text["teaser"]
