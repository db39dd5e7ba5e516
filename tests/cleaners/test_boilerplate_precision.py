"""Article lines that look like boilerplate stay; boilerplate classes go wherever they appear."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.rules import load_rules

BODY = [
    "Theo ông Nguyễn Văn A, giám đốc sở, việc triển khai dự án sẽ hoàn thành trước cuối năm nay.",
    "Theo kế hoạch, buổi lễ sẽ diễn ra vào sáng thứ Hai tại Hà Nội với sự tham dự của nhiều đại biểu.",
    "Vấn đề bản quyền âm nhạc đang gây tranh cãi khi nhiều ca sĩ bị kiện vì sử dụng bài hát không phép.",
    "Thời tiết miền Bắc hôm nay có mưa rào và dông rải rác, nhiệt độ cao nhất 32 độ C, gió nhẹ.",
    "Nhà Trắng chưa bình luận ngay về nội dung được báo cáo của thỏa thuận.",
    "Người phát ngôn từ chối bình luận về vụ việc và cho biết sẽ trả lời sau.",
    "Ông Putin cảm ơn ông Kim hỗ trợ",
    "Đây là bài viết về những ý kiến của bạn đọc gửi đến tòa soạn trong tuần qua về giá xăng.",
]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean("\n".join(lines))
    return r.lines, {x.text: x.rule for x in r.removed}


def test_article_lines_that_look_like_boilerplate_stay() -> None:
    kept, removed = clean(BODY)
    assert kept == BODY, removed


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("(Theo AFP)", "source_credit"),
        ("Theo Reuters", "source_credit"),
        ("Nguồn: Tuổi Trẻ", "source_credit"),
        ("Minh Anh biên dịch", "translator_credit"),
        ("PV tổng hợp", "translator_credit"),
        ("THANH HÀ", "author_byline"),
        ("© 2024 Báo Điện tử ABC. All rights reserved.", "copyright"),
        ("Ý kiến của bạn", "comment_prompt"),
        ("Bình luận (12)", "comment_prompt"),
        ("Tags: Nga, Triều Tiên, hiệp ước", "tags"),
        ("Chia sẻ Facebook Twitter", "share_widget"),
        ("Theo dõi Báo ABC trên Google News", "share_widget"),
        ("Video nổi bật", "widget_label"),
    ],
)
def test_credit_lines_at_the_end_go(line: str, rule: str) -> None:
    kept, removed = clean(BODY[:3] + [line])
    assert kept == BODY[:3]
    assert removed == {line: rule}


def test_credit_like_line_in_the_middle_stays() -> None:
    lines = [BODY[0], "Theo Reuters", BODY[1]]
    kept, _ = clean(lines)
    assert kept == lines


def test_related_links_block_in_the_middle_is_removed_as_a_block() -> None:
    lines = [
        BODY[0],
        "Tin liên quan",
        "Nga và Triều Tiên ký hiệp ước mới",
        "Hàn Quốc triệu tập họp khẩn",
        "Giá vàng hôm nay tăng mạnh",
        BODY[1],
        BODY[2],
    ]
    kept, removed = clean(lines)
    # the last short line before the article resumes may be a sub-heading: precision keeps it
    assert kept == [BODY[0], "Giá vàng hôm nay tăng mạnh", BODY[1], BODY[2]]
    assert set(removed.values()) == {"related_links"}


def test_a_lone_short_line_after_a_related_header_may_be_a_sub_heading() -> None:
    lines = [BODY[0], "Tin liên quan", "Giá vàng hôm nay tăng mạnh", BODY[1], BODY[2]]
    kept, removed = clean(lines)
    assert kept == [BODY[0], "Giá vàng hôm nay tăng mạnh", BODY[1], BODY[2]]
    assert removed == {"Tin liên quan": "related_links"}


def test_related_block_with_timestamps_and_teasers() -> None:
    lines = [BODY[0], "Đọc thêm", "Tiêu đề một", "10:20 12/11/2024",
             "Đoạn giới thiệu dài của bài liên quan với nhiều chữ để đọc thử xem sao.",
             "Tiêu đề hai", "09:00 11/11/2024", "Một đoạn giới thiệu khác."]
    kept, removed = clean(lines)
    assert kept == [BODY[0]]
    assert len(removed) == 7


def test_inline_related_link_line() -> None:
    kept, removed = clean([BODY[0], "Xem thêm: Nga và Triều Tiên ký hiệp ước mới", BODY[1]])
    assert kept == [BODY[0], BODY[1]]
    assert list(removed.values()) == ["related_links"]


def test_weather_widget_needs_its_header() -> None:
    widget = ["THỜI TIẾT HÔM NAY", "Hà Nội: nhiều mây, mưa rào, nhiệt độ 25-30 độ, gió nhẹ."]
    kept, removed = clean([BODY[0], *widget, BODY[1]])
    assert kept == [BODY[0], BODY[1]]
    assert set(removed.values()) == {"weather_widget"}


def test_dateline_in_head() -> None:
    r = BoilerplateCleaner(load_rules("vi")).clean("Tiêu đề\nThứ hai, 19/6/2024, 08:30 (GMT+7)\n" + BODY[0])
    assert r.dateline == "Thứ hai, 19/6/2024, 08:30 (GMT+7)"
    assert r.lines == ["Tiêu đề", BODY[0]]


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="no boilerplate rules for language 'xx'"):
        load_rules("xx")


def test_a_title_that_reads_like_a_caption_stays() -> None:
    kept, removed = clean(["Clip: Cảnh sát giải cứu con tin ở Manila", BODY[0]])
    assert kept == ["Clip: Cảnh sát giải cứu con tin ở Manila", BODY[0]] and not removed


def test_interpreter_prompts_are_not_related_links() -> None:
    kept, _ = clean([BODY[0], ">>> import pandas as pd", BODY[1]])
    assert ">>> import pandas as pd" in kept


def test_named_fragments_are_expanded_in_rules() -> None:
    """`[define]` fragments ({name}, {org}, ...) reach the rules: a byline and a credit by shape."""
    kept, removed = clean(BODY[:3] + ["Tổng hợp từ Báo Quảng Ninh, Reuters", "N.T.H - Th.Yến"])
    assert kept == BODY[:3]
    assert removed == {"Tổng hợp từ Báo Quảng Ninh, Reuters": "source_credit", "N.T.H - Th.Yến": "author_byline"}


def test_a_headline_run_under_a_name_shaped_line_stays() -> None:
    """A poem under its title in capitals is not a related block (a title is only name-shaped)."""
    poem = ["GẠC MA ƠI", "Gạc Ma ơi trong nỗi đau nước Việt", "Có linh hồn xương thịt của Gạc Ma",
            "Người ngã xuống để tươi xanh trỗi dậy"]
    kept, _ = clean(BODY[:3] + poem)
    assert kept[:3] == BODY[:3] and kept[-3:] == poem[-3:]


@pytest.mark.parametrize(
    ("header", "strong"),
    [("Tin tức khác", True), ("Bạn đọc quan tâm", True), ("Các bài đã đăng", True), ("Gợi ý cho bạn", True),
     ("Tiêu điểm", False), ("Tin tức", False), ("Các điểm bán hàng mới", False), ("Danh sách xã mới", False)],
)
def test_a_strong_related_header_names_articles_twice_over(header: str, strong: bool) -> None:
    assert BoilerplateCleaner(load_rules("vi"))._strong_header(header) is strong


@pytest.mark.parametrize(
    "line", ["Lưu lại", "Cỡ chữ A- A+", "1,2K lượt thích", "Nhận thông báo", "Tải bản PDF", "Bài tiếp theo"]
)
def test_widget_lines_by_the_class_of_their_words(line: str) -> None:
    _, removed = clean(BODY + [line])
    assert removed == {line: "share_widget"}


@pytest.mark.parametrize("line", ["Nam nữ", "Người Việt", "Xem và suy ngẫm", "Lớn nhỏ"])
def test_short_lines_of_other_words_are_no_widgets(line: str) -> None:
    _, removed = clean(BODY + [line])
    assert removed.get(line) != "share_widget"  # ("Người Việt" is name-shaped: a byline's shape, not a widget)


def test_an_unknown_line_between_two_widgets_goes_but_not_under_prose() -> None:
    _, removed = clean(BODY + ["Gợi ý hôm nay", "Theo TTXVN", "Mục ưa thích", "Chia sẻ"])
    assert removed == {"Theo TTXVN": "source_credit", "Mục ưa thích": "tail_widget", "Chia sẻ": "share_widget"}
    # between two name-shaped lines (a poem's title and its author) nothing is filled
    _, removed = clean(BODY + ["MÙA THU", "Lá vàng rơi ngõ nhỏ", "Nguyễn Văn An"])
    assert "Lá vàng rơi ngõ nhỏ" not in removed


@pytest.mark.parametrize("end", ["Theo PGS.TS Nguyễn Văn Kính, người dân không nên chủ quan",
                                 "Theo Bộ Y tế, dịch chưa đạt đỉnh", "Theo Reuters, ông Trump đã ký sắc lệnh",
                                 "Theo Giám đốc CDC Hà Nội, dịch sẽ còn kéo dài"])
def test_a_closing_sentence_that_reports_what_a_source_says_stays(end: str) -> None:
    """"Theo X, <clause>" is reporting; only a list of outlets after the comma is a credit."""
    kept, removed = clean([BODY[2], end])
    assert kept == [BODY[2], end], removed


@pytest.mark.parametrize("end", ["(Theo Reuters, AFP)", "Theo vnexpress.net, dantri.com.vn", "Theo TTXVN, VOV"])
def test_a_credit_naming_several_outlets_goes(end: str) -> None:
    kept, removed = clean([BODY[2], end])
    assert kept == [BODY[2]] and removed == {end: "source_credit"}


# Third README-only tester: article lines that a rule took by their shape alone.
OWN_LINES = {
    "announced forecast": [
        "Miền Bắc đón đợt rét đậm đầu tiên",
        "Trung tâm Dự báo khí tượng thủy văn quốc gia cho biết không khí lạnh sẽ tràn về từ đêm nay.",
        "Dự báo nhiệt độ thấp nhất tại một số nơi như sau:",
        "Hà Nội: 12-15°C", "Sa Pa: 4-7°C", "Mẫu Sơn: 2-5°C"],
    "announced schedule": [
        "Loạt phim Việt ra rạp dịp Tết Nguyên đán",
        "Mùa phim Tết năm nay có sự cạnh tranh gay gắt giữa nhiều đạo diễn tên tuổi, với năm bộ phim Việt ra rạp.",
        "Lịch khởi chiếu các phim như sau",
        "Bộ tứ báo thủ của Trấn Thành (29/01)", "Nhà gia tiên của Huỳnh Lập (29/01)"],
    "subject named last": [
        "Người thầy thuốc của làng chài",
        "Suốt ba mươi năm qua, bác sĩ Trần Văn Hùng đã khám chữa bệnh miễn phí cho hàng nghìn ngư dân ở Nhơn Lý.",
        "Ông Trần Văn Hùng năm nay 72 tuổi.",
        "Bác sĩ Trần Văn Hùng"],
    "poem signed by its young author": [
        "Bài thơ gửi mẹ của em học sinh lớp 5 gây xúc động",
        "Bài thơ dưới đây được em Nguyễn Minh Anh, học sinh lớp 5, viết trong giờ tập làm văn.",
        "Mẹ ơi con đã về đây", "Bàn tay mẹ ấm những ngày gió đông", "Minh Anh"],
    "live blog times": [
        "Tường thuật trực tiếp kỳ họp Quốc hội sáng nay", "08:30",
        "Kỳ họp bắt đầu, Chủ tịch Quốc hội phát biểu khai mạc và nêu rõ các nội dung sẽ được thảo luận.",
        "09:15",
        "Các đại biểu thảo luận về dự án Luật Đất đai sửa đổi, nhiều ý kiến đề nghị làm rõ cơ chế bồi thường."],
    "timeline dates (tester ATK4)": [
        "Vụ lừa đảo bán đất nền qua mạng: diễn biến vụ án",
        "Hàng trăm người mua đất nền qua một sàn giao dịch trực tuyến đã mất tiền đặt cọc trong suốt hai năm qua.",
        "Ngày 13/11/2024",
        "Cơ quan điều tra khởi tố vụ án và bắt tạm giam hai bị can để điều tra về hành vi lừa đảo.",
        "Ngày 20/11/2024",
        "Tòa án nhân dân tỉnh mở phiên xét xử sơ thẩm vụ án với sự tham gia của nhiều luật sư."],
    "keyword defined in a sentence": [
        "Từ điển Oxford chọn từ của năm",
        "Nhà xuất bản Đại học Oxford vừa công bố từ của năm sau cuộc bình chọn với hơn 37.000 người tham gia.",
        "Từ khóa: brain rot, nghĩa là sự suy giảm tinh thần do tiêu thụ quá nhiều nội dung tầm thường trên mạng.",
        "Đây là lần đầu tiên một cụm từ tiếng lóng của giới trẻ được chọn."],
    "legal citation": [
        "Không đội mũ bảo hiểm bị phạt bao nhiêu tiền?",
        "Người điều khiển xe máy không đội mũ bảo hiểm sẽ bị phạt tiền từ 400.000 đến 600.000 đồng.",
        "(Theo Nghị định 168/2024/NĐ-CP)"],
}


@pytest.mark.parametrize("name", sorted(OWN_LINES))
def test_lines_the_article_shows_to_be_its_own_stay(name: str) -> None:
    kept, removed = clean(OWN_LINES[name])
    assert kept == OWN_LINES[name], removed


def test_a_credit_under_an_announced_list_still_goes() -> None:
    lines = ["Mưa lũ gây ngập sâu nhiều xã ở miền Trung, hàng nghìn hộ dân phải sơ tán khẩn cấp trong đêm.",
             "Các số điện thoại đường dây nóng:", "Ban chỉ huy tỉnh: 0234 3822 111", "Tin, ảnh: V.Diệp"]
    kept, removed = clean(lines)
    assert removed.get("Tin, ảnh: V.Diệp") == "author_byline" and "Ban chỉ huy tỉnh: 0234 3822 111" in kept


@pytest.mark.parametrize(
    "line",
    [
        "Bản quyền thuộc về nhạc sĩ Trần Long, hội đồng xét xử tuyên, đồng thời buộc công ty bồi thường 500 triệu đồng.",
        "Bản quyền thuộc về ai vẫn là câu hỏi chưa được giải đáp, khi cả hai bên đều xuất trình bản thảo.",
        "© 2019 là năm bài hát lần đầu được đăng ký, theo hồ sơ của cục.",
    ],
)
def test_sentences_about_copyright_stay(line: str) -> None:
    """A sentence that opens with "Bản quyền thuộc về" or "©" but goes on as prose (an owner in lower
    case, a verb after the year) is the article's; only an owner's name or a year makes a notice."""
    lines = BODY[:2] + [line] + BODY[3:5]
    kept, removed = clean(lines)
    assert kept == lines, removed


@pytest.mark.parametrize(
    "line",
    ["Bản quyền thuộc về báo điện tử Sông Hàn", "Bản quyền thuộc về Báo Đất Mới", "© 2003-2024 Công ty cổ phần Tin Nhanh",
     "Copyright © 2024 Đất Mới", "© 2024 bản quyền thuộc Báo Đất Mới", "© 2018 datmoi.vn. All rights reserved.",
     "Trang tin datmoi.vn © 2019 datmoi.vn"],
)
def test_copyright_notices_still_go(line: str) -> None:
    kept, removed = clean(BODY[:3] + [line])
    assert removed == {line: "copyright"}
