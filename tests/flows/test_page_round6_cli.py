"""Issue 12, round 6, through the command line and the Parquet output: whole web pages as text records, with
the classes read from held-out 5 (a station's crew byline, a republished article's source and cut link, a
tip-off prompt, a site's masthead and disclaimer below share bars, a price/weather ticker and a hotline bar in
the head, a time-ago source bar, a breadcrumb split into lines, a credit under the title, a menu joined by
spaces, an advert under its label) and a precision trap for each (a reader sent to an authority, a police
appeal, a title with a price, a name-shaped subtitle, a sub-heading under an advert label, a short last
paragraph under a related box). Lines are invented here; each outlet is its own, so nothing is learned."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import clean_pages

TITLE = "Huyện ven biển hoàn thành đê chắn sóng trước mùa mưa bão"
BODY = [
    "Sau hơn một năm thi công, tuyến đê chắn sóng dài 2 km ở xã Bình Minh đã hoàn thành và đưa vào sử dụng.",
    "Công trình giúp bảo vệ hơn 600 hộ dân sống ven biển khỏi triều cường và sóng lớn trong mùa mưa bão.",
    "Chính quyền huyện cho biết sẽ tiếp tục kiến nghị tỉnh đầu tư thêm các đoạn đê còn lại trong năm tới.",
]
# a page's head: a price ticker, a hotline bar, a menu joined by spaces, a breadcrumb split into lines, a badge
HEAD = ["Vàng SJC: 66,20 - 66,90 | Tỷ giá USD: 23.180 đ", "Bình Minh 28°C | Hà Nội 21°C",
        "Đường dây nóng: 0905 222 333 | Email: toasoan@baobinhminh.vn",
        "Thời sự Kinh tế Nông nghiệp Đời sống Thế giới Pháp luật", "Trang chủ", "Thời sự", "Tin trong tỉnh »"]
# under the title: a credit and a time-ago source bar
UNDER_TITLE = ["Theo Báo Bình Minh", "4 giờ trước | Nguồn: Bình Minh"]
# a page's tail: a crew byline, a republished source, a tip-off prompt, share bars, tags, a masthead, a disclaimer
TAIL = ["PV: Minh Quân - KTV: T. Hải", "Theo Bình Minh | Xem bài gốc",
        "Độc giả có thông tin về vụ việc xin liên hệ đường dây nóng của Báo: 0905 222 333.",
        "Chia sẻ: Facebook | Zalo", "Tags: đê biển, mưa bão", "Bình luận", "Gửi bình luận", "BÁO BÌNH MINH ĐIỆN TỬ",
        "Chúng tôi không chịu trách nhiệm về nội dung các trang liên kết.", "Tổng biên tập: Phạm Văn Lợi",
        "Giấy phép trang thông tin điện tử số 21/GP-STTTT cấp ngày 03/04/2018"]
AD = ["Quảng cáo", "Khu nghỉ dưỡng Biển Xanh - Giảm 20% cho khách đặt sớm"]
SUBHEAD = "Nỗi lo mùa bão"
RELATED = ["Tin liên quan", "Xã ven biển trồng rừng phòng hộ chắn cát (12/4/2019)",
           "Ngư dân vươn khơi sau mùa bão (10/4/2019)"]
SHORT_LAST = "Tuyến đê được đặt tên là đê Bình An."
APPEAL = "Ai có thông tin về đối tượng, đề nghị báo cho Công an huyện Bình Minh qua số 0235 388 1234."
AUTHORITY = "Người dân có thể liên hệ Ban chỉ huy phòng chống thiên tai huyện qua đường dây nóng 0235 388 5678."
PRICE_TITLE = "Giá xăng giảm hơn 1.000 đồng từ chiều nay"
SUBTITLE = "Bình Minh - Mùa Biển Động"

# record id -> lines; the lines that must stay (in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    "page": (HEAD + [TITLE] + UNDER_TITLE + BODY[:2] + AD + BODY[2:] + TAIL, [TITLE] + BODY),
    # traps: the article's own lines that look like a class of round 6 stay
    "trap-appeal-and-authority": (HEAD + [TITLE] + BODY + [APPEAL, AUTHORITY] + TAIL[3:],
                                  [TITLE] + BODY + [APPEAL, AUTHORITY]),
    "trap-price-title": ([PRICE_TITLE] + BODY, [PRICE_TITLE] + BODY),
    "trap-subtitle": ([TITLE, SUBTITLE] + BODY, [TITLE, SUBTITLE] + BODY),
    "trap-subhead-under-advert": ([TITLE] + BODY[:2] + ["Quảng cáo", SUBHEAD] + BODY[2:], [TITLE] + BODY[:2] + [SUBHEAD] + BODY[2:]),
    "trap-short-last-paragraph": (HEAD + [TITLE] + BODY + RELATED + [SHORT_LAST] + TAIL,
                                  [TITLE] + BODY + [SHORT_LAST]),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages6"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_round6_page_classes_go_and_the_article_stays(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    doc = docs[rid]
    assert doc["text"].split("\n") == kept, doc["removed"]
    # every other line is in `removed`, with its line number and the rule that removed it
    assert len(doc["removed"]) == len(lines) - len(kept)


def test_round6_classes_are_named(docs: dict[str, dict]) -> None:
    removed = {r["text"]: r["rule"] for r in docs["page"]["removed"]}
    expected = {
        HEAD[0]: "price_widget", HEAD[1]: "weather_widget", HEAD[2]: "widget_label", HEAD[3]: "menu",
        UNDER_TITLE[0]: "source_credit", UNDER_TITLE[1]: "dateline",
        AD[0]: "widget_label", AD[1]: "widget_label",
        TAIL[0]: "author_byline", TAIL[1]: "source_credit", TAIL[2]: "comment_prompt",
        TAIL[9]: "copyright", TAIL[10]: "copyright",
    }
    for line, rule in expected.items():
        assert removed[line] == rule, (line, removed[line])
