"""Issue 12, round 5, through the command line and the Parquet output: a text record that is a whole web
page joined as lines (head menus, breadcrumb, dateline bar, body, tail widgets, footer). Its tail below the
article and its head above the title are read as zones: their lines go by position and shape whatever
their wording, while the article's own lines (its title, an announced list, a table above its byline, a
last paragraph without a full stop, contact lines going on from its last line) stay. Records are
synthetic, written here; each outlet is its own, so nothing is learned across them."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import clean_pages

TITLE = "Thành phố khởi công cải tạo hệ thống thoát nước"
BODY = [
    "Ủy ban nhân dân thành phố vừa công bố kế hoạch cải tạo hệ thống thoát nước tại các quận trung tâm.",
    "Theo kế hoạch, công trình sẽ được triển khai trong hai năm với tổng vốn đầu tư khoảng 500 tỷ đồng.",
    "Người dân trong khu vực được khuyến cáo theo dõi thông báo để chủ động sắp xếp việc đi lại.",
]
# a page's head: a date bar, a site name, a subscription link, a menu (items of its own wording), a breadcrumb,
# the title, a dateline bar, a listen bar
HEAD = ["Thứ Năm, 12/03/2020", "Báo Điện tử Phương Nam", "Đặt mua báo in", "Trang chủ", "Thời cuộc", "Nhịp sống",
        "Xe và đường", "Văn hóa - Giải trí", "Trang chủ ❯ Nhịp sống", TITLE,
        "Thứ Tư, 13/01/2017 18:13 GMT+7 · 3 phút đọc", "Nghe bài này (6:51)"]
# a page's tail: a byline, lines no rule knows (a comment form, a poll, footer lines), share bars, a related
# block, a footer
TAIL = ["Tin, ảnh: V.Diệp", "Gửi ý kiến về bài viết", "Họ và tên", "Nội dung (tối thiểu 20 ký tự)", "Gửi đi",
        "Chia sẻ lên Zalo | Facebook | Sao chép liên kết", "Đọc nhiều trong tuần",
        "Khởi công cầu vượt sông nối hai huyện ven biển", "[Video] Hạn mặn đến sớm, nhà vườn chủ động trữ nước ngọt",
        "Thăm dò ý kiến", "Bạn đánh giá thế nào về giao diện mới của trang?", "Rất tốt", "Bình thường",
        "Biểu quyết | Xem kết quả", "BÁO ĐIỆN TỬ PHƯƠNG NAM",
        "Cơ quan của Đảng bộ tỉnh Phương Nam, tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh Phương Nam",
        "Trưởng ban biên tập: Trần Văn Hòa", "Giới thiệu | Liên hệ | Quy định bảo mật", "Đang trực tuyến: 139",
        "Bản quyền © 2024 Báo Điện tử Phương Nam."]
HOTLINES = ["Các số điện thoại trực cứu hộ, cứu nạn 24/24 giờ:", "Ban Chỉ huy Phòng thủ dân sự tỉnh: 0233 724 3803",
            "Trung tâm cấp cứu 115 của tỉnh: 0903 976 555", "Công an tỉnh (trực ban): 0233 382 2115."]
TABLE = ["Vùng, cấp học, trình độ đào tạo", "Khung học phí cũ theo Quyết định số 70 (đồng/tháng học sinh)"]
UNPUNCTUATED = ("Người dân trong khu vực được khuyến cáo chủ động phòng tránh khi ra đường trong những ngày mưa "
                "lớn sắp tới")
CONTACTS = ["Trụ sở Hà Nội: 93 Đội Cấn, Ba Đình.", "ĐT: 024 7224 878", "Trụ sở TP HCM: 48 Phan Xích Long, Phú Nhuận"]
SEE_MORE = "► Mời xem: Những cây cầu treo mới cho học trò vùng cao"

# record id -> lines; the lines that must stay (in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    # the whole page: the head above the title, the tail below the article, a see-more link inside it
    "page": (HEAD + BODY[:1] + [SEE_MORE] + BODY[1:] + TAIL, [TITLE] + BODY),
    # the record's own title put first, above the page's navigation, stays
    "title-first": ([TITLE] + HEAD[1:] + BODY + TAIL, [TITLE, TITLE] + BODY),
    # traps: the article's own lines in a page's tail stay
    "trap-hotlines": (HEAD + BODY + HOTLINES + TAIL, [TITLE] + BODY + HOTLINES),
    "trap-table-above-byline": (HEAD + BODY + TABLE + TAIL, [TITLE] + BODY + TABLE),
    "trap-unpunctuated-end": (HEAD + BODY + [UNPUNCTUATED] + TAIL, [TITLE] + BODY + [UNPUNCTUATED]),
    "trap-contacts-going-on": (HEAD + BODY + CONTACTS + TAIL[5:], [TITLE] + BODY + CONTACTS),
    "trap-theo-sentence": (HEAD + BODY + ["Theo ông Minh, người dân cần chủ động kiểm tra nhà cửa trước mùa mưa bão."]
                           + TAIL, [TITLE] + BODY + ["Theo ông Minh, người dân cần chủ động kiểm tra nhà cửa trước mùa mưa bão."]),
    # an article with its credits only (no page furniture below it): an unknown closing line stays
    "article-only": ([TITLE] + BODY + ["Một dòng lạ cuối trang", "Theo TTXVN"], [TITLE] + BODY + ["Một dòng lạ cuối trang"]),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_page_zones_go_and_the_article_stays(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    doc = docs[rid]
    assert doc["text"].split("\n") == kept, doc["removed"]
    # every other line is in `removed`, with its line number and the rule that removed it
    assert sorted(r["line"] for r in doc["removed"]) == [n for n in range(1, len(lines) + 1)
                                                         if n not in _kept_numbers(lines, kept)]


def test_unknown_page_lines_go_by_position(docs: dict[str, dict]) -> None:
    removed = {r["text"]: r["rule"] for r in docs["page"]["removed"]}
    # lines no rule knows by their wording go as widgets of the zone they stand in
    for line in ("Họ và tên", "Gửi đi", "Cơ quan của Đảng bộ tỉnh Phương Nam, tiếng nói của Đảng bộ, chính quyền và "
                 "nhân dân tỉnh Phương Nam", "Đang trực tuyến: 139", "BÁO ĐIỆN TỬ PHƯƠNG NAM"):
        # (round 7 names some of them by class: a comment form's field, a masthead's motto, an outlet's name)
        assert removed[line] in ("tail_widget", "author_byline", "related_links", "widget_label", "comment_prompt",
                                 "copyright", "source_credit"), (line, removed[line])
    assert removed["Báo Điện tử Phương Nam"] == "head_widget"
    # round 6: a four-syllable label over the menu reads as one of its items
    assert removed["Đặt mua báo in"] in ("head_widget", "menu")
    assert removed["Văn hóa - Giải trí"] == "menu"
    assert removed["Trang chủ ❯ Nhịp sống"] == "breadcrumb"
    assert removed["Thứ Tư, 13/01/2017 18:13 GMT+7 · 3 phút đọc"] == "dateline"
    assert removed["Nghe bài này (6:51)"] == "share_widget"
    assert removed[SEE_MORE] == "related_links"
    assert removed["Tin, ảnh: V.Diệp"] == "author_byline"
    # a poll: its header, its question (a sentence that would end the zone's scan), options and buttons
    for line in ("Thăm dò ý kiến", "Bạn đánh giá thế nào về giao diện mới của trang?", "Rất tốt", "Biểu quyết | Xem kết quả"):
        assert removed[line] == "widget_label", (line, removed[line])


def _kept_numbers(lines: list[str], kept: list[str]) -> set[int]:
    """Line numbers of the kept lines, matched in order."""
    out, k = set(), 0
    for n, line in enumerate(lines, 1):
        if k < len(kept) and line == kept[k]:
            out.add(n)
            k += 1
    return out
