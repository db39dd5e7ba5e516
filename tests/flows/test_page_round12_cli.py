"""Issue 12, round 12, through the command line and the Parquet output: pages of unseen sites' kinds as text records,
with what held-out 12 showed. Precision: the hashtags an article quotes under its own sentence ending with ":" stay,
in the body (the paragraphs under them too) and as its last lines. Classes: a date bar with the lunar date, a
reading-tools bar of many buttons, a "same story" header inside the body, a press release's media-contact box under
the article's own hotline list, its category fields and its supplier disclaimer. Lines are invented here."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, assert_rules, clean_pages

BODY = [
    "Sáng nay, thành phố khai trương 36 trạm sạc xe điện đặt tại bãi đỗ xe công cộng và các khu chung cư cao tầng.",
    "Theo đơn vị vận hành, mỗi trạm có thể sạc đồng thời sáu xe máy điện và hai ô tô điện trong khoảng một giờ.",
    "Dự kiến đến cuối năm sau, mạng lưới sẽ được mở rộng thêm 120 trạm ở các quận ven và khu công nghiệp.",
]
MENU = ["Thời sự", "Đô thị", "Giao thông", "Môi trường", "Nhịp sống"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Tin cùng chuyên mục", "Phố đi bộ mở rộng thêm hai tuyến ven hồ",
        "Xe buýt nhanh chạy thử trên trục đường mới", "© 2024 Báo Đô Thị Mới. Giữ toàn quyền."]

# a green-living magazine: hashtags quoted inside the body, and quoted again as the article's last lines
T1 = "Chiến dịch đi xe điện của sinh viên lan tỏa khắp thành phố"
INTRO1 = "Sau một tuần, chiến dịch của nhóm sinh viên đã thu hút hàng chục nghìn lượt chia sẻ với các thẻ:"
TAGS1 = "#ĐiXeĐiệnĐiNào #PhốKhôngKhói"
INTRO2 = "Ban tổ chức cho biết tuần tới sẽ có thêm một thử thách mới trên mạng xã hội mang tên:"
TAGS2 = "#MộtNgàyKhôngXăng"
GREEN = [*MENU, "Trang chủ › Môi trường", T1, "10:20 | 05/06/2024", BODY[0], INTRO1, TAGS1, BODY[1], BODY[2],
         INTRO2, TAGS2, "Tags: xe điện, môi trường", "#xanhsach #doisong", *TAIL]

# a culture site: the lunar date beside the solar one above the menu, a reading-tools bar under the title
T2 = "Lễ hội đền làng mở cửa đón du khách sau ba năm trùng tu"
LUNAR = "Thứ Năm, 6/3/2025 - Âm lịch: 7/2 năm Ất Tỵ"
TOOLS = "Cỡ chữ: A- A A+ | In bài | Gửi email"
CULTURE = [LUNAR, *MENU, "Trang chủ » Lễ hội", T2, "Đăng lúc 08:15 ngày 06/03/2025", TOOLS, *BODY, *TAIL]

# a mountain-region paper: a "same story" header over one headline inside the body (the lone headline, a line of no
# mark between two paragraphs, is left to the article, as under any header)
T3 = "Đường bê tông về bản vùng cao hoàn thành trước mùa mưa"
SAME = "Cùng sự kiện"
HEADLINE = "Cầu treo dân sinh nối hai bản được khánh thành"
MOUNTAIN = [*MENU, "Trang chủ › Vùng cao", T3, "07:45 | 12/04/2023", BODY[0], SAME, HEADLINE, BODY[1], BODY[2], *TAIL]

# a press-release site: the article's own hotline list, then the issuer's media-contact box, fields and disclaimer
T4 = "Doanh nghiệp công bố mạng lưới trạm sạc mới tại ba tỉnh miền Trung"
OWN = ["Các số điện thoại hỗ trợ người dùng trạm sạc trong tuần đầu vận hành:", "Tổng đài miền Bắc: 1900 6868 11",
       "Tổng đài miền Nam: 1900 6868 22"]
RELEASE = ["Liên hệ truyền thông:", "Trần Hải Yến - Phụ trách Quan hệ công chúng", "Điện thoại: 0903 551 274",
           "Email: truyenthong@sacxanh.vn", "Lĩnh vực: Năng lượng · Khu vực: Đà Nẵng",
           "Nội dung do doanh nghiệp cung cấp và tự chịu trách nhiệm về thông tin."]
WIRE = [*MENU, "Thông cáo báo chí / Năng lượng", T4, "Phát hành: 14/08/2024 09:30", *BODY, *OWN, *RELEASE, *TAIL]

PAGES: dict[str, tuple[list[str], list[str]]] = {
    "green-magazine": (GREEN, [T1, BODY[0], INTRO1, TAGS1, BODY[1], BODY[2], INTRO2, TAGS2]),
    "culture-site": (CULTURE, [T2, *BODY]),
    "mountain-paper": (MOUNTAIN, [T3, BODY[0], HEADLINE, BODY[1], BODY[2]]),
    "press-wire": (WIRE, [T4, *BODY, *OWN]),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages12"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_round12_pages_keep_the_article_and_drop_the_rest(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_round12_classes_are_named(docs: dict[str, dict]) -> None:
    expected = {LUNAR: "dateline", TOOLS: "share_widget", SAME: "related_links", RELEASE[0]: "contact_block",
                RELEASE[4]: "tags", "Tags: xe điện, môi trường": "tags", "#xanhsach #doisong": "tags"}
    assert_rules(docs, expected)
