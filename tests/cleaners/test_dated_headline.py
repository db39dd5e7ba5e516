"""A related box's one headline, dated ("… (02/12)"), over the article's signature stays with its box (tester ATK8):
before, it was given back as the article's closing line and left on its own without the header above it. A closing
line of a heading's shape without such a stamp is still given back (round 14). Lines invented here."""

from __future__ import annotations

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.rules import load_rules

BODY = [
    "Chiều qua, Sở Giao thông vận tải tỉnh tổ chức hội nghị sơ kết sáu tháng triển khai đề án giảm ùn tắc tại các "
    "nút giao cửa ngõ, với sự tham dự của lãnh đạo các huyện và doanh nghiệp vận tải.",
    "Theo báo cáo của sở, số vụ ùn tắc kéo dài trên ba mươi phút đã giảm gần một nửa so với cùng kỳ năm trước nhờ "
    "việc mở rộng hai nút giao và lắp thêm đèn tín hiệu thông minh.",
]
HEADER = "Tin liên quan:"


def _clean(tail: list[str]):
    return BoilerplateCleaner(load_rules("vi")).clean("\n".join(BODY + tail))


def test_a_dated_related_headline_over_a_credit_goes_with_its_box() -> None:
    for stamp in ("(02/12)", "(2/12/2024)", "(15.11)"):
        headline = f"Tỉnh mở rộng thêm ba nút giao cửa ngõ phía Bắc {stamp}"
        r = _clean([HEADER, headline, "Nguồn: Báo Giao thông"])
        assert r.lines == BODY, r.lines
        assert {x.text: x.rule for x in r.removed}[headline] == "related_links"


def test_an_undated_closing_line_under_a_box_still_stays() -> None:
    closing = "Vững vàng trên những nút giao cửa ngõ"
    r = _clean([HEADER, "Tỉnh mở rộng thêm ba nút giao cửa ngõ phía Bắc (02/12)", closing, "Nguồn: Báo Giao thông"])
    assert r.lines == BODY + [closing], r.lines
