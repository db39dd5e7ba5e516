"""Issue 12, round 7, through the command line and the Parquet output: whole pages of unseen sites' kinds as text
records, with the classes read from held-out 6 (a market ticker and a date in words in the head, a menu split by
broken bars, a series box, a crew credit, a pager, a score ticker, a footer's link bar, reprint notice and motto)
and a precision trap for each (a relief hotline list under "xin liên hệ" with no colon, a result and a price in the
article's words, an outline without a series label, a letter's place and date, a list of places with phones
below the article). Lines are invented here; each outlet is its own, so nothing is learned."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, clean_pages

TITLE = "Cộng đồng người Việt ở Texas quyên góp giúp đồng bào vùng lũ"
BODY = [
    "Trong hai tuần qua, hội đồng hương tại Houston đã quyên góp được hơn 40.000 USD gửi về các tỉnh miền Trung.",
    "Ban tổ chức cho biết số tiền sẽ được chuyển qua Mặt trận Tổ quốc tỉnh để đến tận tay các gia đình bị nạn.",
    "Nhiều cửa hàng của người Việt trong vùng cũng treo thùng quyên góp ngay tại quầy thu ngân.",
]
# a page's head: a market ticker, a date in words, a menu split by broken bars, a series box over the article
HEAD = ["Dow 35,210.44 ▲0.31% · Dầu thô $77.40", "Thứ Bảy, 9 Tháng Mười 2021",
        "Trang Nhất ¦ Cộng Đồng ¦ Hoa Kỳ ¦ Việt Nam ¦ Thế Giới"]
SERIES = ["Loạt bài: Hướng về quê nhà", "Kỳ 1: Những chuyến hàng cứu trợ", "Kỳ 2: Góp gạo thổi cơm chung"]
# a page's tail: a crew credit, a pager, a score ticker, a footer's link bar, its reprint notice and its motto
TAIL = ["Nội dung: Lê Bảo Ngọc / Thiết kế: Tường Vy", "Trang: 1 2 3 Tiếp »", "Houston Dynamo 2-1 Austin FC (88')",
        "Về chúng tôi · Liên lạc · Quảng cáo", "Mọi trích đăng phải ghi rõ nguồn Báo Lone Star.",
        "Báo Lone Star - Tiếng nói của người Việt vùng vịnh"]

INTRO = "Bà con cần hỗ trợ khẩn cấp xin liên hệ"
HOTLINES = ["Ban chỉ huy phòng chống thiên tai tỉnh 0232 3822 111", "0905 765 432"]
RESULT = "Trận giao hữu gây quỹ kết thúc với tỷ số Houston 3-2 Dallas, toàn bộ tiền vé được gửi về quê nhà."
OUTLINE = ["Phần 1: Thủ tục gửi tiền", "Phần 2: Các điểm tiếp nhận"]
LETTER = ["Chúng tôi xin chân thành cảm ơn tấm lòng của bà con xa xứ.", "Quảng Bình, ngày 20-10-2021"]
PLACES_INTRO = "Bà con có thể gửi hàng tại các điểm sau:"
PLACES = ["Chùa Phước Hải, điện thoại 713 555 0148", "Nhà thờ Thánh Tâm, điện thoại 713 555 0190"]
SHARE = ["Chia sẻ: Facebook | Zalo", "Tags: cứu trợ, miền Trung", "Gửi bình luận"]

# record id -> (lines, the lines that must stay, in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    "page": (HEAD + [TITLE] + SERIES + BODY + TAIL, [TITLE] + BODY),
    # the tester's finding: a relief hotline under an intro in words (no colon), with and without page furniture
    "trap-hotline-in-words": ([TITLE] + BODY + [INTRO] + HOTLINES, [TITLE] + BODY + [INTRO] + HOTLINES),
    "trap-hotline-in-words-with-furniture": ([TITLE] + BODY + [INTRO] + HOTLINES + SHARE,
                                             [TITLE] + BODY + [INTRO] + HOTLINES),
    # a result in the article's words, an outline without a series label, a letter's place and date
    "trap-result-outline-letter": ([TITLE] + BODY + [RESULT] + OUTLINE + LETTER,
                                   [TITLE] + BODY + [RESULT] + OUTLINE + LETTER),
    # a list of places with phones, its last item below the article's last paragraph
    "trap-places-below-the-article": ([TITLE] + BODY[:2] + [PLACES_INTRO, PLACES[0], BODY[2], PLACES[1]] + SHARE,
                                      [TITLE] + BODY[:2] + [PLACES_INTRO, PLACES[0], BODY[2], PLACES[1]]),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages7"), PAGES, ".com")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_round7_page_classes_go_and_the_article_stays(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_round7_classes_are_named(docs: dict[str, dict]) -> None:
    removed = {r["text"]: r["rule"] for r in docs["page"]["removed"]}
    expected = {
        HEAD[0]: "price_widget", HEAD[1]: "dateline", HEAD[2]: "menu",
        SERIES[0]: "related_links", SERIES[1]: "related_links", SERIES[2]: "related_links",
        TAIL[0]: "author_byline", TAIL[1]: "continuation", TAIL[2]: "score_widget", TAIL[3]: "menu",
        TAIL[4]: "copyright",
    }
    for line, rule in expected.items():
        assert removed[line] == rule, (line, removed.get(line))
    assert removed[TAIL[5]] in ("copyright", "author_byline")  # a motto after the outlet's name, or "Name - Org"
