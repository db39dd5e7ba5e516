"""Issue 12, round 12: held-out 12 read as dev data. Precision first: the hashtags an article quotes under its own
sentence ending with ":" are its text, not the page's tags. The classes of boilerplate it showed go by shape: a date bar
with the lunar date, a reading-tools bar of more than eight words, a "same story" box, a press release's media-contact
box, its supplier disclaimer and its category fields. Lines are invented here, not taken from the benchmark."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.rules import load_rules

TITLE = "Thành phố ra mắt mạng lưới trạm sạc xe điện đầu tiên ở khu đô thị mới"
BODY = [
    "Sáng nay, thành phố khai trương 36 trạm sạc xe điện đặt tại bãi đỗ xe công cộng và các khu chung cư cao tầng.",
    "Theo đơn vị vận hành, mỗi trạm có thể sạc đồng thời sáu xe máy điện và hai ô tô điện trong khoảng một giờ.",
    "Dự kiến đến cuối năm sau, mạng lưới sẽ được mở rộng thêm 120 trạm ở các quận ven và khu công nghiệp.",
]
TAIL = ["Chia sẻ: Facebook | Zalo", "Tin cùng chuyên mục", "Phố đi bộ mở rộng thêm hai tuyến ven hồ",
        "Xe buýt nhanh chạy thử trên trục đường mới", "© 2024 Báo Đô Thị Mới. Giữ toàn quyền."]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean("\n".join(lines))
    return r.lines, {x.text: x.rule for x in r.removed}


# -- precision: hashtags the article quotes ------------------------------------------------------------------------

INTROS = ["Sau một tuần, chiến dịch của nhóm sinh viên đã thu hút hàng chục nghìn lượt chia sẻ với các thẻ:",
          "Người dùng mạng xã hội đồng loạt đổi ảnh đại diện và đăng bài kèm những hashtag quen thuộc:"]
QUOTED = ["#ĐiXeĐiệnĐiNào #PhốKhôngKhói", "#SạcXanh #ThànhPhốSạch #KhôngXăng"]


@pytest.mark.parametrize("intro", INTROS)
@pytest.mark.parametrize("tags", QUOTED)
@pytest.mark.parametrize("at_end", [False, True], ids=["in-body", "at-end"])
def test_hashtags_the_article_quotes_under_its_sentence_stay(intro: str, tags: str, at_end: bool) -> None:
    body = [*BODY, intro, tags] if at_end else [BODY[0], intro, tags, BODY[1], BODY[2]]
    kept, removed = clean([TITLE, *body, *TAIL])
    assert kept == [TITLE, *body], removed


@pytest.mark.parametrize("above", ["Tags:", "Từ khóa:", "Theo dõi chúng tôi:", BODY[2]])
def test_quoted_hashtags_stay_and_the_pages_tag_line_under_a_label_or_a_finished_sentence_goes(above: str) -> None:
    """The guard is the sentence ending with ":" over the hashtags: under a label, or under a sentence that ends
    with a full stop, a hashtag line is the page's tags."""
    body = [BODY[0], INTROS[0], QUOTED[0], BODY[1], BODY[2]]
    tail = [above, QUOTED[1]] if above != BODY[2] else [QUOTED[1]]
    kept, removed = clean([TITLE, *body, *tail, *TAIL])
    assert kept == [TITLE, *body], removed
    assert removed[QUOTED[1]] == "tags"


# -- classes of boilerplate ----------------------------------------------------------------------------------------

MENU = ["Thời sự", "Đô thị", "Giao thông", "Môi trường", "Nhịp sống"]


@pytest.mark.parametrize("bar", ["Thứ Năm, 6/3/2025 - Âm lịch: 7/2 năm Ất Tỵ", "Chủ Nhật, 12/5/2024 | Âm lịch: 5/4",
                                 "15/9/2023 (AL: 1/8 năm Quý Mão)"])
def test_a_date_bar_with_the_lunar_date_goes(bar: str) -> None:
    kept, removed = clean([bar, *MENU, "Trang chủ › Đô thị", TITLE, *BODY, *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[bar] == "dateline"


@pytest.mark.parametrize("bar", ["Cỡ chữ: A- A A+ | In bài | Gửi email", "Nghe đọc | Cỡ chữ: A- A+ | In bài"])
def test_a_reading_tools_bar_of_many_buttons_goes(bar: str) -> None:
    kept, removed = clean([*MENU, TITLE, "09:15 | 04/06/2024", bar, *BODY, *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[bar] == "share_widget"


@pytest.mark.parametrize("header", ["Cùng sự kiện", "Cùng dòng sự kiện:"])
def test_a_same_story_header_inside_the_body_goes(header: str) -> None:
    headline = "Khởi công bãi đỗ xe ngầm dưới công viên trung tâm"
    kept, removed = clean([TITLE, BODY[0], header, headline, BODY[1], BODY[2], *TAIL])
    assert [x for x in kept if x != headline] == [TITLE, *BODY], removed
    assert removed[header] == "related_links"


RELEASE_TAIL = ["Liên hệ truyền thông:", "Trần Hải Yến - Phụ trách Quan hệ công chúng", "Điện thoại: 0903 551 274",
                "Email: truyenthong@sacxanh.vn", "Lĩnh vực: Năng lượng · Khu vực: Đà Nẵng",
                "Nội dung do doanh nghiệp cung cấp, tòa soạn không chịu trách nhiệm về thông tin trên."]


def test_a_press_releases_contact_box_disclaimer_and_fields_go() -> None:
    kept, removed = clean([TITLE, *BODY, *RELEASE_TAIL, *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[RELEASE_TAIL[0]] == "contact_block"
    assert removed[RELEASE_TAIL[4]] == "tags"
    assert RELEASE_TAIL[5] in removed


def test_a_hotline_list_the_article_announces_stays_above_a_release_tail() -> None:
    """The article's own list under its intro stays; only the release's contact box below it goes."""
    own = ["Các số điện thoại hỗ trợ người dùng trạm sạc trong tuần đầu vận hành:", "Tổng đài miền Bắc: 1900 6868 11",
           "Tổng đài miền Nam: 1900 6868 22"]
    kept, removed = clean([TITLE, *BODY, *own, *RELEASE_TAIL, *TAIL])
    assert kept == [TITLE, *BODY, *own], removed
