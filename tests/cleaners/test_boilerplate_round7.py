"""Issue 12, round 7: classes read from held-out 6 (now dev data) as shapes of unseen sites' pages (dates in any
writing, markets and scores, crews, series boxes, pagers, banners, mottos, footers' link bars and reprint notices),
each with a precision trap of similar shape that must stay. Lines are invented here, not taken from the benchmark."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.rules import load_rules

TITLE = "Xã miền núi khánh thành trường bán trú mới cho học sinh"
BODY = [
    "Sáng nay, xã Tà Xùa tổ chức lễ khánh thành ngôi trường bán trú hai tầng với 12 phòng học và khu nội trú.",
    "Công trình có tổng vốn 18 tỷ đồng, do tỉnh và một số nhà hảo tâm cùng đóng góp xây dựng trong một năm.",
    "Thầy hiệu trưởng cho biết từ nay hơn 300 học sinh người Mông không phải ở nhờ nhà dân như trước.",
    "Dịp này, nhà trường cũng nhận 200 bộ quần áo ấm và sách vở cho các em có hoàn cảnh khó khăn.",
]
NAV = ["Trang chủ", "Thời sự", "Giáo dục", "Xã hội", "Sức khỏe", "Trang chủ › Giáo dục"]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean("\n".join(lines))
    return r.lines, {x.text: x.rule for x in r.removed}


# -- the closing zone -------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "rule"),
    [
        # dates in any writing
        ("Tháng Tư 9, 2016", "dateline"),
        ("March 3, 2021 8:05 PM PST", "dateline"),
        ("Thứ Ba, 14 Tháng Mười Hai 2021", "dateline"),
        ("Cập nhật: 07:15, Thứ Sáu 02/04/2021", "dateline"),
        ("Thứ Tư, 5/5/2021 - 9:10 AM (giờ Texas)", "dateline"),
        # a production crew in any layout, a signature after a long dash, a byline with its date
        ("Nội dung: Hà Vy", "author_byline"),
        ("Ý tưởng: Minh Khôi - Thiết kế: Lan Chi - Dựng phim | T.Q.Bảo", "author_byline"),
        ("Flycam: Đức Anh / Đồ họa: Thu Hà - K.Linh", "author_byline"),
        ("— Trịnh Gia Bảo", "author_byline"),
        ("Mai Anh Thư · 03/09/2019", "author_byline"),
        ("Phỏng dịch theo Reuters", "source_credit"),
        # markets, weather, scores by their shape
        ("Dow 34,120.50 ▲0.42% · Nasdaq 13,900.12 ▼", "price_widget"),
        ("Xăng TX $3.19/gal", "price_widget"),
        ("huyện Mường Khương: 14°C - 19°C", "weather_widget"),
        ("Lào Cai: mưa phùn, 16°C", "weather_widget"),
        ("Thời tiết Houston: 88°F (31°C)", "weather_widget"),
        ("Sông Lam 2-1 Hải Phòng (73')", "score_widget"),
        ("20:00 Bình Dương vs Quảng Ninh", "score_widget"),
        # a footer: its link bar, its reprint notice, its motto, labels of its boxes
        ("Đặt báo · Việc làm · Sitemap", "menu"),
        ("Mọi hình thức sao chép nội dung khi chưa được sự đồng ý của Tà Xùa Online đều vi phạm bản quyền.", "copyright"),
        ("Mọi trích dẫn phải ghi rõ nguồn Tà Xùa Online.", "copyright"),
        ("Báo điện tử Tà Xùa - tiếng nói của đồng bào vùng cao", "copyright"),
        ("Ý kiến trong bài là quan điểm riêng của tác giả.", "editor_note"),
        ("Email ban biên tập: bbt@taxua.vn", "contact_block"),
        ("Rao vặt", "widget_label"),
        ("[Quảng cáo]", "widget_label"),
        ("Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh lần thứ XX", "widget_label"),
        # a pager and arrowed links
        ("Trang: 1 2 3 4 5 Tiếp »", "continuation"),
        ("« Trang trước | Trang 2/5 | Trang sau »", "continuation"),
        ("Xem thêm ảnh »", "continuation"),
        ("💬 42", "share_widget"),
    ],
)
def test_round7_closing_lines_go(line: str, rule: str) -> None:
    kept, removed = clean([TITLE, *BODY, line])
    assert kept == [TITLE, *BODY], removed
    assert removed == {line: rule}


@pytest.mark.parametrize(
    "line",
    [
        # a letter the article prints closes with its place and date
        "Lào Cai, ngày 12-3-2021",
        # the article's own words about copying, and a quote about an author's view
        "Ông cho rằng việc sao chép tác phẩm khi chưa được tác giả đồng ý là vi phạm nghiêm trọng.",
        # a price and the weather in the article's own words
        "Giá phân bón hiện ở mức 15.000 đồng/kg, tăng 20% so với năm ngoái.",
        "Nhiều tỉnh miền núi rét đậm 6°C",
        # a result in a sentence, a sub-heading with a dash
        "Chung cuộc, Sông Lam thắng Hải Phòng 2-1 và vươn lên thứ ba.",
        "Nội dung: Những điều phụ huynh cần biết",
        # numbers split by slashes are no link bar
        "Giá vé: 50.000 đồng / người / lượt",
    ],
)
def test_round7_closing_traps_stay(line: str) -> None:
    kept, removed = clean([TITLE, *BODY, line])
    assert kept == [TITLE, *BODY, line], removed


# -- the head zone ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Thời sự ¦ Giáo dục ¦ Sức khỏe ¦ Xã hội", "menu"),
        ("Giáo dục / Xã hội / Kinh tế / Văn hóa / Thể thao / Bạn đọc", "menu"),
        ("Tháng Mười Một 2, 2020", "dateline"),
        ("USD/VND 23.180 · S&P 500 4,120.33", "price_widget"),
        ("Tà Xùa: nắng nhẹ, 21°C", "weather_widget"),
        ("TIẾNG NÓI CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH TÀ XÙA", "copyright"),
        ("Chào mừng kỷ niệm 60 năm thành lập tỉnh", "widget_label"),
        ("Quảng Ninh 0-0 Nam Định (12')", "score_widget"),
        ("🎧 Nghe", "share_widget"),
    ],
)
def test_round7_head_lines_go(line: str, rule: str) -> None:
    kept, removed = clean([*NAV, line, TITLE, *BODY])
    assert kept == [TITLE, *BODY], removed
    assert removed[line] == rule


@pytest.mark.parametrize(
    "title",
    [
        "Mừng Tết, người dân vùng cao đổ về chợ phiên",  # a greeting in a title is no banner
        "Tiếng nói của người trẻ về bảo vệ rừng",  # a motto's words in a title
        "Một nữ sinh người Mông tại Lào Cai đoạt giải quốc gia",  # names joined by spaces, over a dateline
    ],
)
def test_round7_titles_stay(title: str) -> None:
    kept, removed = clean([title, "08:30 | 14/02/2021", *BODY])
    assert kept == [title, *BODY], removed


def test_a_series_box_goes_with_its_instalments() -> None:
    box = ["Loạt bài: Đường đến trường của học sinh vùng cao", "Kỳ 1: Vượt suối đến lớp",
           "Bài 2: Những bữa cơm bán trú", "Phần 3: Thầy cô bám bản"]
    kept, removed = clean([*NAV, TITLE, *box, *BODY])
    assert kept == [TITLE, *BODY], removed
    assert all(removed[x] == "related_links" for x in box)


def test_an_outline_without_a_series_label_stays() -> None:
    outline = ["Phần 1: Những quy định chung", "Phần 2: Quyền và nghĩa vụ của học sinh"]
    kept, removed = clean([TITLE, *BODY, *outline])
    assert kept == [TITLE, *BODY, *outline], removed


def test_a_vertical_menu_down_to_the_title_under_a_date_bar() -> None:
    menu = ["Thời sự", "Giáo dục", "Xã hội", "Sức khỏe", "Bạn đọc"]
    kept, removed = clean(["Hôm nay: thứ hai, 12-04-2021", *menu, TITLE, *BODY])
    assert kept == [TITLE, *BODY], removed
    assert all(removed[x] == "menu" for x in menu)


def test_a_long_menu_split_by_slashes_is_no_first_paragraph() -> None:
    # thirty words and more: once read as the article's first paragraph, so the date under the title stayed
    menu = " / ".join(["Thời sự", "Giáo dục", "Xã hội", "Sức khỏe", "Bạn đọc", "Chuyển đổi số", "Du lịch",
                       "Quốc phòng - An ninh", "Văn hóa", "Thể thao", "Kinh tế", "Pháp luật", "Nông thôn mới"])
    kept, removed = clean(["Thứ Hai, 12/04/2021", menu, TITLE, "12/04/2021 09:15:20", *BODY])
    assert kept == [TITLE, *BODY], removed


def test_a_credit_above_the_title_and_a_byline_by_a_tool_bar() -> None:
    lines = [*NAV, "Báo Tà Xùa tổng hợp", TITLE, "Hoàng Minh Đức", "In | Email | Facebook", *BODY]
    kept, removed = clean(lines)
    assert kept == [TITLE, *BODY], removed
    assert removed["Báo Tà Xùa tổng hợp"] == "translator_credit"
    assert removed["Hoàng Minh Đức"] == "author_byline"


# -- inline links between paragraphs ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "link",
    ["► Học sinh vùng cao đón năm học mới", ">>> Xã biên giới có điện lưới quốc gia",
     "Tin nóng: Lũ quét ở huyện vùng cao", "⚽ Kết quả Sông Lam 2-1 Hải Phòng"],
)
def test_round7_inline_links_go(link: str) -> None:
    kept, removed = clean([TITLE, *BODY[:2], link, *BODY[2:]])
    assert kept == [TITLE, *BODY], removed
    assert removed[link] == "related_links"


def test_a_bulleted_list_under_its_intro_stays() -> None:
    items = ["• Hỗ trợ tiền ăn cho học sinh bán trú", "• Xây thêm nhà công vụ cho giáo viên"]
    intro = "Tỉnh cũng đề ra hai việc cần làm ngay trong năm học tới:"
    kept, removed = clean([TITLE, *BODY[:2], intro, *items, *BODY[2:]])
    assert kept == [TITLE, *BODY[:2], intro, *items, *BODY[2:]], removed


@pytest.mark.parametrize(
    "line",
    [
        "• Những bản làng đổi thay",  # a sub-heading marked by a bullet (real pages print them so)
        "* Thầy đánh giá thế nào về năm học vừa qua?",  # an interview's question
        "• Học phí: 0 đồng",
    ],
)
def test_a_single_bulleted_line_between_paragraphs_stays(line: str) -> None:
    kept, removed = clean([TITLE, *BODY[:2], line, *BODY[2:]])
    assert kept == [TITLE, *BODY[:2], line, *BODY[2:]], removed


# -- lists the article announces --------------------------------------------------------------------------

SHARE = ["Chia sẻ: Facebook | Zalo", "Tags: giáo dục, vùng cao", "Gửi bình luận"]


@pytest.mark.parametrize("tail", [[], SHARE])
def test_a_relief_hotline_under_xin_lien_he_stays(tail: list[str]) -> None:
    """Tester finding: the phone lines under an intro in words (no colon) were removed as contact lines."""
    intro = "Gia đình học sinh cần hỗ trợ khẩn cấp xin liên hệ"
    phones = ["Đường dây nóng của xã 0214 3880 123", "0912 456 789"]
    kept, removed = clean([TITLE, *BODY, intro, *phones, *tail])
    assert kept == [TITLE, *BODY, intro, *phones], removed


def test_an_adverts_phone_under_its_company_still_goes() -> None:
    ad = ["Công ty TNHH Thiết bị Giáo dục Tà Xùa", "Mọi chi tiết xin liên hệ", "Hotline: 0912 000 111"]
    kept, removed = clean([TITLE, *BODY, *ad])
    assert removed[ad[0]] == "contact_block" and removed[ad[2]] == "contact_block", removed


def test_a_list_of_places_with_phones_goes_on_below_the_article() -> None:
    items = ["Trạm y tế xã Tà Xùa, điện thoại 0214 3880 456", "Bệnh viện huyện, điện thoại 0214 3880 789"]
    kept, removed = clean([TITLE, *BODY, "Các địa chỉ tiếp nhận học sinh ốm:", items[0], BODY[0], items[1], *SHARE])
    assert kept == [TITLE, *BODY, "Các địa chỉ tiếp nhận học sinh ốm:", items[0], BODY[0], items[1]], removed


def test_a_street_address_is_no_related_headline() -> None:
    box = ["Tin cùng chuyên mục", "Huyện vùng cao có thêm ba trường chuẩn quốc gia (12/3)",
           "Giáo viên cắm bản nhận quà Tết (10/3)"]
    address = "Nhà văn hóa xã, số 12 đường Hoàng Liên"
    kept, removed = clean([TITLE, *BODY, "Các điểm nhận quà:", "Trường bán trú Tà Xùa, số 5 đường Suối Hoa", *box,
                           address])
    assert address in kept, removed


def test_a_title_ending_like_a_sentence_over_its_byline_and_date() -> None:
    # the title's "?" once made it the article's first line: the byline and the date under it stayed
    title = "Vì sao học sinh vùng cao bỏ học giữa chừng?"
    kept, removed = clean([*NAV, title, "Tác giả: Lò Văn Sính", "12/04/2021 08:30 AM", *BODY])
    assert kept == [title, *BODY], removed


def test_a_short_first_sentence_over_a_body_line_stays() -> None:
    lines = ["Trường mới đã xong.", *BODY]  # no dateline or byline under it: the article's first line
    kept, removed = clean(lines)
    assert kept == lines, removed


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("Độc giả có thông tin phản ánh xin gửi về email: toasoan@taxua.vn hoặc số 0214 3880 000", "comment_prompt"),
        ("Mời bạn đọc theo dõi các video nổi bật", "share_widget"),
        ("Related", "widget_label"),
        ("Xu hướng:", "widget_label"),
        ("(Tà Xùa Online lược dịch theo AP)", "source_credit"),
        ("Chưa có bình luận nào. Hãy là người đầu tiên!", "comment_prompt"),
        ("Xem trực tiếp: THTX1 THTX2 FM 96,1 MHz", "menu"),
        ("Ngày phát hành: 03/05/2022", "dateline"),
        ("14/02/2021 · 09:30", "dateline"),
        ("Bài viết được tài trợ", "widget_label"),
        ("Ý kiến của bạn thế nào?", "comment_prompt"),
        ("Mời quý vị đón đọc phần cuối: Mùa mận chín", "continuation"),
        ("Minh Khang (tường thuật từ Sa Pa)", "author_byline"),
        ("Thời lượng: 04:12", "widget_label"),
        ("Trang web này sử dụng cookie để phục vụ bạn tốt hơn.", "copyright"),
        ("Xem phiên bản di động", "share_widget"),
        ("Điều khoản sử dụng", "share_widget"),
        ("Họ và tên (*)", "comment_prompt"),
        ("Quý độc giả vui lòng bình luận có văn hóa, không công kích cá nhân.", "comment_prompt"),
    ],
)
def test_round7_prompts_and_labels_go(line: str, rule: str) -> None:
    kept, removed = clean([TITLE, *BODY, line])
    assert kept == [TITLE, *BODY], removed
    assert removed[line] == rule


def test_a_breadcrumb_with_dashes_from_its_root_above_the_title() -> None:
    crumb = "Trang chủ - Giáo dục - Tuyển sinh"
    kept, removed = clean([crumb, TITLE, "08:30 | 14/02/2021", *BODY])
    assert kept == [TITLE, *BODY], removed
    assert removed[crumb] == "breadcrumb"


def test_an_article_about_cookies_ends_as_it_is() -> None:
    line = "Nhiều trình duyệt sẽ chặn cookie của bên thứ ba từ năm sau."
    kept, removed = clean([TITLE, *BODY, line])
    assert kept == [TITLE, *BODY, line], removed


def test_a_reader_sent_to_an_authoritys_mailbox_stays() -> None:
    line = "Bạn đọc có thông tin xin gửi về email của Sở Giáo dục: sgd@taxua.gov.vn"
    kept, removed = clean([TITLE, *BODY, line])
    assert kept == [TITLE, *BODY, line], removed


def test_a_bulleted_headline_above_the_title_goes() -> None:
    link = "● Xã biên giới có điện lưới quốc gia"
    kept, removed = clean([*NAV, link, TITLE, *BODY])
    assert kept == [TITLE, *BODY], removed
    assert removed[link] == "related_links"


def test_a_byline_with_a_role_or_initials_under_the_title() -> None:
    for byline in ("Tác giả: Vàng A Dính", "H.T.MAI"):
        kept, removed = clean([*NAV, TITLE, byline, *BODY])
        assert kept == [TITLE, *BODY], removed


def test_a_prompt_and_a_match_video_label_go() -> None:
    prompt = "Bạn nghĩ gì về ngôi trường mới này? Hãy để lại bình luận."
    video = "Video bàn thắng Sông Lam vs Hải Phòng"
    kept, removed = clean([TITLE, *BODY[:2], video, *BODY[2:], prompt])
    assert kept == [TITLE, *BODY], removed
    assert removed[prompt] == "comment_prompt" and removed[video] == "widget_label"


def test_an_announced_list_goes_on_under_an_advert_label() -> None:
    intro = "Danh sách giáo viên được khen thưởng:"
    items = ["Thầy Giàng A Páo, giáo viên điểm trường Tà Xùa", "Cô Lò Thị Mai, giáo viên điểm trường Háng Đồng",
             "Thầy Sùng A Chứ, hiệu phó trường bán trú xã", "Cô Vàng Thị Dua, tổng phụ trách đội của trường"]
    lines = [TITLE, *BODY, intro, *items[:2], "Quảng cáo", *items[2:], "Chia sẻ: Facebook | Zalo", "Gửi bình luận"]
    kept, removed = clean(lines)
    assert kept == [TITLE, *BODY, intro, *items], removed


def test_a_weather_and_a_price_box_with_one_reading_per_line() -> None:
    weather = ["Dự báo thời tiết", "huyện Bát Xát: 12-18°C", "TP. Lào Cai: 19-24°C, nắng nhẹ"]
    prices = ["Giá cả hôm nay", "Thảo quả khô: 180.000 đ/kg", "Keo nguyên liệu 950.000 đ/tấn"]
    kept, removed = clean([TITLE, *BODY, *weather, *prices])
    assert kept == [TITLE, *BODY], removed
    assert all(removed[x] == "weather_widget" for x in weather) and all(removed[x] == "price_widget" for x in prices)


def test_a_menu_joined_by_spaces_on_the_texts_first_line_names_sections() -> None:
    menu = "Thời sự Giáo dục Sức khỏe Đời sống Thể thao Giải trí"
    kept, removed = clean([menu, TITLE, "08:30 | 14/02/2021", *BODY])
    assert kept == [TITLE, *BODY], removed
    assert removed[menu] == "menu"


def test_a_title_of_names_on_the_first_line_stays() -> None:
    title = "Phó Thủ tướng Lê Văn Minh thăm Trường Đại học Tây Bắc"  # capitalised chunks, no section names
    kept, removed = clean([title, "08:30 | 14/02/2021", *BODY])
    assert kept == [title, *BODY], removed


def test_a_contact_intro_and_a_tv_episode_tonight_stay() -> None:
    intro = "Liên hệ:"  # the article's own list of addresses follows
    items = ["Trường bán trú Tà Xùa, huyện Bắc Yên", "Điện thoại: 0212 3880 111"]
    episode = "Mời quý vị đón xem tập 12 phim Mùa mận chín lên sóng lúc 20h tối nay trên kênh VTV3."
    kept, removed = clean([TITLE, *BODY, episode, intro, *items])
    assert kept == [TITLE, *BODY, episode, intro, *items], removed
