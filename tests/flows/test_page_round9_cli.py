"""Issue 12, round 9, through the command line and the Parquet output: whole pages of unseen sites' kinds as text
records, with what held-out 8 showed. Precision: a title kept by its place (the first line under a menu, though its
words read as a menu's; a headline over its breadcrumb), the article's closing line under an inline link. Classes: a
health site's reviewer credits and dates, its disclaimer, a shop's calls to action and deals, a booking line. Traps:
a sentence with an adviser's title, the article's own discount figures. Lines are invented here; each outlet is its
own, so nothing is learned."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, assert_rules, clean_pages

BODY = [
    "Bệnh viện tỉnh vừa đưa vào sử dụng khu điều trị ung bướu mới với 120 giường bệnh và hai máy xạ trị hiện đại.",
    "Theo ban giám đốc, người bệnh trong tỉnh từ nay không phải chuyển lên tuyến trên để xạ trị như trước đây.",
    "Bệnh viện cũng ký kết hợp tác với hai bệnh viện trung ương để đào tạo bác sĩ và hội chẩn từ xa hằng tuần.",
]
MENU = ["Tin y tế", "Khám bệnh", "Dinh dưỡng", "Sống khỏe", "Mẹ & Bé"]
FURNITURE = ["Tags: ung bướu, xạ trị", "Chia sẻ: Facebook | Zalo", "© 2024 Sức Khỏe Quê Nhà. Giữ toàn quyền."]

# a health site: a menu one item a line, the title under it (its words read as a menu's chunks), its breadcrumb and
# date, the reviewer's credits; a disclaimer, a booking advert and a shop's deal under the article
TITLE = "Giám đốc Bệnh viện Lê Văn Tám nhận giải thưởng"
HEALTH = [*MENU, TITLE, "Trang chủ » Tin y tế", "Ngày đăng 12.03.2024", "Tham vấn y khoa: BS.CKI Trần Thị Mai",
          "Ngày kiểm duyệt: 14/03/2024", *BODY, "* Thông tin trong bài chỉ mang tính chất tham khảo, không thay thế cho "
          "việc chẩn đoán hoặc điều trị y khoa.", "Tổng đài đặt khám: 1900 6123", "Đặt lịch ngay",
          "Máy đo huyết áp giảm 25% - 890.000đ - Mua ngay", *FURNITURE]
# a news site: its name, the title over its breadcrumb, a crew byline; the article's last line under an inline link
LAST = "Vụ việc đang được công an huyện tiếp tục điều tra, làm rõ"
NEWS = ["Báo Quê Nhà - Tiếng nói người dân", "Ông chủ công ty gỗ bị khởi tố", "Hồ sơ vụ án » Hình sự",
        "Cập nhật lúc 11:54 ngày 16/10/2018", "Trần Minh - Lê Hà", "In bài", *BODY,
        "Xem thêm >> Hỏi: Bệnh viện tuyến tỉnh được xạ trị những bệnh gì?", LAST, *FURNITURE]
# traps: a sentence naming an adviser, the article's own discount figures
ADVISER = "Cố vấn Nhà Trắng Stephen Miller phát biểu tại cuộc họp báo."
FIGURES = "Giá dịch vụ xạ trị giảm 20% so với năm ngoái, còn khoảng 5 triệu đồng mỗi đợt."

# record id -> (lines, the lines that must stay, in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    "health-site": (HEALTH, [TITLE, *BODY]),
    "news-site": (NEWS, ["Báo Quê Nhà - Tiếng nói người dân", "Ông chủ công ty gỗ bị khởi tố", *BODY, LAST]),
    "trap-adviser-and-figures": (["Bệnh viện tỉnh mở khu điều trị ung bướu", BODY[0], ADVISER, BODY[1], FIGURES, BODY[2],
                                  *FURNITURE], ["Bệnh viện tỉnh mở khu điều trị ung bướu", BODY[0], ADVISER, BODY[1],
                                                FIGURES, BODY[2]]),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages9"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_round9_page_classes_go_and_the_article_stays(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_round9_classes_are_named(docs: dict[str, dict]) -> None:
    expected = {
        "Tham vấn y khoa: BS.CKI Trần Thị Mai": "author_byline", "Ngày kiểm duyệt: 14/03/2024": "dateline",
        HEALTH[-7]: "editor_note", "Tổng đài đặt khám: 1900 6123": "widget_label", "Đặt lịch ngay": "widget_label",
        "Máy đo huyết áp giảm 25% - 890.000đ - Mua ngay": "widget_label",
    }
    assert_rules(docs, expected)
