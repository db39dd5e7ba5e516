"""Issue 12, round 6: classes of a whole page's head and tail read from held-out 5 (now dev data), each with
a precision trap of similar shape that must stay. Lines are invented here, not taken from the benchmark."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.rules import load_rules

TITLE = "Tỉnh khánh thành cây cầu mới nối hai xã ven sông"
BODY = [
    "Sáng nay, tỉnh tổ chức lễ khánh thành cây cầu bê tông dài 120 mét nối hai xã ven sông Trà.",
    "Công trình có tổng vốn đầu tư 45 tỷ đồng, được khởi công từ tháng 3 năm ngoái.",
    "Người dân hai xã cho biết từ nay việc đi lại, buôn bán sẽ thuận tiện hơn nhiều.",
    "Trước đây, mỗi lần qua sông người dân phải đi đò hoặc đi vòng gần 20 cây số.",
    "Dịp này, tỉnh cũng trao 50 suất quà cho các hộ khó khăn ở hai xã.",
]
NAV = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa - Thể thao", "Trang chủ › Thời sự"]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean("\n".join(lines))
    return r.lines, {x.text: x.rule for x in r.removed}


# -- the closing zone -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # a crew's byline: roles with their names
        ("PV: Q. Hùng - KTV: Minh Tâm", "author_byline"),
        ("Phóng viên: Hồ Thị Lan; Quay phim: T. Sơn; Biên tập: Văn Phú", "author_byline"),
        ("Nhóm PV - BTV Ban Thời sự", "author_byline"),
        ("Bút ký: Thiếu tá Lê Quang Vinh", "author_byline"),
        # the source of a republished article
        ("Theo Báo Sông Hàn | Xem bài gốc", "source_credit"),
        ("Link bài gốc: https://baosonghan.vn/cau-moi-12345.html", "source_credit"),
        ("(Phụ Nữ Ngày Nay)", "source_credit"),
        ("Báo Sông Hàn - Cơ quan ngôn luận của Hội Nông dân tỉnh", "source_credit"),
        # a cut article's link to its full text
        ("Đọc tiếp tại Sông Hàn »", "continuation"),
        ("Xem bài viết đầy đủ tại nguồn", "continuation"),
        # a call to readers to reach the newsroom, the newsroom's promise to follow the story
        ("Độc giả có thông tin về vụ việc xin liên hệ đường dây nóng của Báo: 0912 345 678.", "comment_prompt"),
        ("Mọi thông tin phản ánh xin gửi về Ban biên tập qua email: bandoc@baosonghan.vn", "comment_prompt"),
        ("Báo Sông Hàn sẽ tiếp tục thông tin. Mời bạn đọc cung cấp thông tin qua đường dây nóng của Báo: 0912 345 678.",
         "comment_prompt"),
        # a site's masthead in any wording
        ("Tổng biên tập: Nguyễn Hữu Phước", "copyright"),
        ("Cơ quan chủ quản: Hội Nông dân tỉnh Sông Hàn", "copyright"),
        ("Giấy phép trang thông tin điện tử tổng hợp số 15/GP-STTTT cấp ngày 02/05/2019", "copyright"),
        ("Nội dung được tổng hợp tự động. Bản quyền thuộc về các báo gốc.", "copyright"),
        # a temperature without a range
        ("Đà Lạt 19°C mưa phùn", "weather_widget"),
    ],
)
def test_round6_closing_lines_go(line: str, rule: str) -> None:
    kept, removed = clean([TITLE, *BODY, line])
    assert kept == [TITLE, *BODY], removed
    assert removed == {line: rule}


@pytest.mark.parametrize(
    "line",
    [
        # a reader sent to an authority, not to the newsroom: the article's information
        "Bạn đọc có thể liên hệ Sở Giao thông vận tải qua đường dây nóng 1900 1234 để được hướng dẫn.",
        # a police appeal
        "Ai có thông tin về đối tượng, đề nghị báo cho Công an huyện Sơn Trà qua số 0236 388 1234.",
        # a quote that promises to follow something else
        "Chúng tôi sẽ tiếp tục phản ánh kiến nghị của cử tri lên kỳ họp tới, ông Phước nói.",
        # round 10: the newsroom's promise alone is the reporter's closing sentence (with a call to readers it goes)
        "Báo Sông Hàn sẽ tiếp tục thông tin về vụ việc.",
        # "Báo cáo" is no paper
        "Báo cáo cho biết doanh nghiệp sẽ tiếp tục cập nhật thông tin về dự án.",
        # a lower-case word in brackets is no outlet
        "(trừ ngày lễ)",
        # a title-like sentence with a temperature
        "Nhiều tỉnh miền Trung nắng nóng 39°C",
    ],
)
def test_round6_closing_traps_stay(line: str) -> None:
    kept, removed = clean([TITLE, *BODY, line])
    assert kept == [TITLE, *BODY, line], removed


# -- the head zone ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("5 giờ trước", "dateline"),
        ("Hôm qua lúc 21:05 | Nguồn: Sông Hàn", "dateline"),
        ("Báo Sông Hàn - 14/02/2019 07:45", "dateline"),
        ("Hôm nay 14.02.2019", "dateline"),
        ("Trà Giang, thứ năm 14/2/2019", "dateline"),
        ("Vàng SJC: 66,10 - 66,80 | Phú Quý: 65,90 - 66,60", "price_widget"),
        ("Tỷ giá USD: 23.150 đ | Xăng RON 95-IV: 21.340 đ/lít", "price_widget"),
        ("Trà Giang 27°C | Hà Nội 22°C", "weather_widget"),
        ("Đường dây nóng: 0905 111 222 | Email: toasoan@baosonghan.vn", "widget_label"),
        ("Loạt bài: Giải cứu dòng sông", "widget_label"),
        ("Tìm kiếm bài viết...", "share_widget"),
        ("Thời sự - Kinh tế - Nông nghiệp - Xã hội - Bạn đọc", "menu"),
        ("(Tiếp theo kỳ trước)", "continuation"),
    ],
)
def test_round6_head_lines_go(line: str, rule: str) -> None:
    lines = [*NAV, line, TITLE, *BODY] if rule != "continuation" else [*NAV, TITLE, line, *BODY]
    kept, removed = clean(lines)
    assert kept == [TITLE, *BODY], removed
    assert removed[line] == rule


@pytest.mark.parametrize(
    "title",
    [
        "Giá xăng giảm hơn 1.000 đồng từ chiều nay",  # a price in a title, with a verb
        "Lịch thi đấu vòng 5 - 20/11/2023",  # a date after a dash, no time of day
        "Học bổng du học Nhật - Hàn - Úc - Canada",  # a dash list whose first item is long
        "Bắc Bộ nắng nóng 39°C",  # a temperature in a title
        "Cổng trường - 15/9",
    ],
)
def test_round6_titles_stay(title: str) -> None:
    kept, removed = clean([title, *BODY])
    assert kept == [title, *BODY], removed


def test_menu_items_of_four_syllables_above_the_article() -> None:
    menu = ["Phòng cháy chữa cháy", "Văn nghệ Công an", "An ninh trật tự", "Hồ sơ vụ án", "Quốc tế"]
    lines = ["Thứ Hai, 12/06/2023", *menu, "Vị trí: Quốc tế", TITLE, "10:15 | 12/06/2023", *BODY]
    kept, removed = clean(lines)
    assert kept == [TITLE, *BODY], removed
    assert all(removed[x] == "menu" for x in menu)


def test_a_poem_of_four_syllable_lines_at_the_top_stays() -> None:
    poem = ["Quê hương mùa lúa", "Đồng xanh bát ngát", "Cò bay thẳng cánh", "Gió chiều mênh mang"]
    kept, removed = clean([*poem, *BODY])
    assert kept == [*poem, *BODY], removed


def test_a_breadcrumb_split_into_lines_and_a_badge_above_the_title() -> None:
    # too few short lines for a menu run: they go as the breadcrumb's items and the title's badge
    lines = ["Thời sự | Kinh tế | Xã hội | Thế giới", "Trang chủ", "Thị trường »", "Báo Sông Hàn",
             TITLE, "3 giờ trước", *BODY]
    kept, removed = clean(lines)
    assert kept == [TITLE, *BODY], removed
    assert removed["Thị trường »"] == "breadcrumb"
    assert removed["Báo Sông Hàn"] in ("breadcrumb", "author_byline")  # a badge of a name's shape


def test_a_credit_under_the_title_and_a_byline_by_the_dateline() -> None:
    lines = [*NAV, TITLE, "Theo Sông Hàn", "Đại úy Trần Minh Khang", "08:30 | 14/02/2019", *BODY]
    kept, removed = clean(lines)
    assert kept == [TITLE, *BODY], removed
    assert removed["Theo Sông Hàn"] == "source_credit"
    assert removed["Đại úy Trần Minh Khang"] == "author_byline"


def test_a_subtitle_under_the_title_stays() -> None:
    lines = [TITLE, "Đà Lạt - Mùa Hoa Dã Quỳ", *BODY]  # name-shaped, but no dateline beside it
    kept, removed = clean(lines)
    assert kept == lines, removed


# -- a page's tail: text islands under page-end furniture --------------------------------------------------

TAIL_FURNITURE = ["Chia sẻ: Facebook | Zalo", "Tags: cầu, giao thông nông thôn", "Bình luận", "Gửi bình luận"]


def test_a_footer_sentence_under_page_furniture_is_no_article_end() -> None:
    footer = ["SÔNG HÀN ONLINE", "Chúng tôi không chịu trách nhiệm về nội dung các trang liên kết.",
              "Mọi bài viết được dẫn nguồn từ báo chí chính thống.", "Liên hệ: lienhe@songhan.vn"]
    byline = "Q. Hùng"
    kept, removed = clean([TITLE, *BODY, byline, *TAIL_FURNITURE, *footer])
    assert kept == [TITLE, *BODY], removed
    assert removed[byline] == "author_byline"


def test_a_short_last_paragraph_under_a_related_box_stays() -> None:
    box = ["Tin liên quan", "Khởi công cầu vượt sông nối hai huyện ven biển (12/3/2019)",
           "Hai xã ven sông có chợ đầu mối mới (10/3/2019)"]
    last = "Cây cầu được đặt tên là cầu Hòa Bình."
    kept, removed = clean([TITLE, *BODY, *box, last, *TAIL_FURNITURE])
    assert kept == [TITLE, *BODY, last], removed


def test_an_advert_under_its_label_in_the_body() -> None:
    ad = ["Quảng cáo", "Căn hộ Sông Hàn View - Ưu đãi 10% cho khách đặt chỗ", "Công ty Cổ phần Địa ốc Sông Hàn"]
    kept, removed = clean([TITLE, *BODY[:2], *ad, *BODY[2:]])
    assert kept == [TITLE, *BODY], removed
    assert all(removed[x] == "widget_label" for x in ad)


def test_a_sub_heading_under_an_advert_label_stays() -> None:
    sub = "Những khó khăn còn lại"  # no offer, no contact: the article's sub-heading
    kept, removed = clean([TITLE, *BODY[:2], "Quảng cáo", sub, *BODY[2:]])
    assert kept == [TITLE, *BODY[:2], sub, *BODY[2:]], removed


def test_a_menu_joined_by_spaces_next_to_navigation() -> None:
    menu = "Thời sự Kinh tế Đời sống Thể thao Thế giới Pháp luật"
    kept, removed = clean([menu, "Trang chủ › Thời sự", TITLE, "3 giờ trước", *BODY])
    assert kept == [TITLE, *BODY], removed
    assert removed[menu] == "menu"


def test_a_title_of_names_by_no_navigation_stays() -> None:
    title = "Chủ tịch Quốc hội Lào gặp Bộ trưởng Ngoại giao Campuchia"
    kept, removed = clean([title, *BODY])
    assert kept == [title, *BODY], removed


def test_an_inline_may_interest_you_link_goes_and_a_sentence_stays() -> None:
    link = "Có thể bạn quan tâm: Hai xã ven sông có chợ đầu mối mới"
    sentence = "Có thể bạn quan tâm: cây cầu được thiết kế để chịu được lũ lớn."  # ends like a sentence
    kept, removed = clean([TITLE, *BODY[:2], link, sentence, *BODY[2:]])
    assert kept == [TITLE, *BODY[:2], sentence, *BODY[2:]], removed
    assert removed[link] == "related_links"
