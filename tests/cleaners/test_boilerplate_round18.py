"""Issue 12, round 18: held-out 19 read as dev data. Precision first, by shape and place: a programme or timeline of
timed items ("8h30 - 10h00: …", "15h00: …", "Buổi tối: …") and its heading stay wherever a related box or a page's
tail took them, and the learner never takes them for the outlet's template; a person named with a birth year or an
age in brackets ("Anh X (SN 1988, trú tại …)") is no by-line. Lines are invented here, not taken from the benchmark."""

from __future__ import annotations

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.learned import LearnedPattern, pattern_key, remove_learned
from cleaners.line_shapes import programme_runs
from cleaners.normalize import normalize_text
from cleaners.rules import load_rules

TITLE = "Hội nghị xúc tiến đầu tư vùng đồng bằng khai mạc tại Cần Thơ"
PARAS = [
    "Sáng nay, hơn 400 đại biểu trong và ngoài nước đã dự phiên khai mạc hội nghị xúc tiến đầu tư vùng đồng bằng, "
    "với gần 60 dự án được giới thiệu tới các nhà đầu tư.",
    "Theo ban tổ chức, các dự án tập trung vào hạ tầng giao thông, năng lượng tái tạo và chế biến nông sản, với tổng "
    "vốn kêu gọi hơn 120.000 tỷ đồng.",
    "Lãnh đạo các tỉnh cam kết rút ngắn thời gian giải quyết thủ tục và hỗ trợ nhà đầu tư ngay từ khâu khảo sát.",
]
PROGRAMME = ["Chương trình ngày thứ hai", "8h30 - 10h00: Phiên thảo luận về hạ tầng logistics",
             "10h15 - 11h30: Ký kết biên bản ghi nhớ với các nhà đầu tư", "Buổi chiều: Khảo sát khu công nghiệp",
             "19h00: Tiệc chiêu đãi đại biểu"]
BOX = ["Tin liên quan", "Mở rộng cao tốc nối các tỉnh miền Tây (12/03)", "Khánh thành cảng cá lớn nhất vùng (02/04)",
       "Nông dân thu lãi cao nhờ liên kết tiêu thụ"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Bình luận (3)", "Gửi bình luận", "© 2024 Báo Kinh tế Miền Tây. Giữ toàn quyền."]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean(normalize_text("\n".join(lines)))
    return r.lines, {x.text: x.rule for x in r.removed}


def test_programme_runs_need_two_timed_items() -> None:
    assert programme_runs(["Mở đầu.", *PROGRAMME, "Kết."]) == [False, True, True, True, True, True, False]
    assert programme_runs(["Lịch trình", "19h00: Khai mạc", "Một câu của bài."]) == [False, False, False]
    # a headline's time stamp and a broadcaster's guide have no colon after the time
    assert programme_runs(["08:30 Bão số 3 đổ bộ vào đất liền", "09:15 Mưa lớn kéo dài ở miền Trung"]) == [False, False]
    assert programme_runs(["Lịch phát sóng", "07:25 - Bản tin tài chính", "08:00 - Phim truyện"]) == [False] * 3
    # a heading is a short line naming a programme or a day; a related headline above the run is not
    assert programme_runs(["Cá tra xuất khẩu tăng giá", "9h00: Khai mạc", "9h30: Phát biểu"]) == [False, True, True]


def test_a_programme_under_a_related_box_stays() -> None:
    """The box took the programme's heading and items for its next headlines."""
    kept, removed = clean([TITLE, PARAS[0], *BOX, *PROGRAMME, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *PROGRAMME, PARAS[1], PARAS[2]], removed
    assert removed[BOX[1]] == "related_links" and removed[BOX[3]] == "related_links"


def test_a_programme_closing_the_article_stays_in_the_pages_tail() -> None:
    """Below the article's last paragraph, the page's tail took the programme for its fill; the team's by-line and
    the widgets below it still go."""
    tail = ["Nhóm PV Ban Kinh tế", "Từ khóa: đầu tư, đồng bằng, logistics", *TAIL]
    kept, removed = clean([TITLE, *PARAS, *PROGRAMME, *tail])
    assert kept == [TITLE, *PARAS, *PROGRAMME], removed
    assert "Nhóm PV Ban Kinh tế" in removed and removed["Chia sẻ: Facebook | Zalo"] == "share_widget"


def test_a_related_box_of_timed_headlines_still_goes() -> None:
    """Guard: headlines stamped with their time (no colon after it) under a related header are still a box."""
    box = ["Tin mới", "08:30 Mở rộng cao tốc nối các tỉnh miền Tây", "09:15 Khánh thành cảng cá lớn nhất vùng",
           "10:40 Nông dân thu lãi cao nhờ liên kết tiêu thụ"]
    kept, removed = clean([TITLE, *PARAS, *box, *TAIL])
    assert kept == [TITLE, *PARAS], removed


def test_the_learner_never_takes_a_programme_for_the_outlets_template() -> None:
    """The outlet repeats its programme's heading and untimed items on its pages (a session's agenda)."""
    lines = [TITLE, *PARAS, *PROGRAMME]
    patterns = {pattern_key(x): LearnedPattern("kt.vn", pattern_key(x), 9, x) for x in PROGRAMME}
    kept, _, removed = remove_learned(lines, list(range(1, len(lines) + 1)), patterns)
    assert kept == lines, removed


def test_the_learner_still_takes_a_single_timed_line_of_the_template() -> None:
    """Guard: one timed line the outlet repeats (a newsletter's send time) is no programme."""
    promo = "6h00: Bản tin sáng gửi tới hộp thư của bạn"
    lines = [TITLE, *PARAS, promo, "Đăng ký nhận bản tin"]
    patterns = {pattern_key(x): LearnedPattern("kt.vn", pattern_key(x), 9, x) for x in lines[-2:]}
    kept, _, _ = remove_learned(lines, list(range(1, len(lines) + 1)), patterns)
    assert promo not in kept


FIRE = ["Một vụ cháy nhà trọ trong đêm khiến nhiều người bị thương, lực lượng chữa cháy đã cứu được 12 người mắc kẹt.",
        "Những người bị thương được đưa đi cấp cứu gồm:"]
VICTIMS = ["Anh Phan Quốc Dũng (SN 1988, trú tại phường Tân An)", "Bà Lê Thị Mận (SN 1956)",
           "Vương Hải Yến (sinh năm 2001, trú tại xã Long Hòa)"]


def test_people_named_with_a_birth_year_are_no_bylines() -> None:
    kept, removed = clean([TITLE, *FIRE, *VICTIMS, "Trần Minh Tú (Công an tỉnh Hậu Giang)", *TAIL])
    assert kept == [TITLE, *FIRE, *VICTIMS], removed


def test_a_byline_with_an_affiliation_in_brackets_still_goes() -> None:
    """Guard: a writer's name with a capitalised affiliation or note in brackets is still a by-line."""
    for byline in ("Trần Minh Tú (Công an tỉnh Hậu Giang)", "Hoàng Lan (TTXVN)", "Minh Châu (tổng hợp)"):
        kept, removed = clean([TITLE, *PARAS, byline, *TAIL])
        assert kept == [TITLE, *PARAS] and removed[byline] == "author_byline", (byline, removed)


def test_a_magazines_issue_line_over_the_page_goes() -> None:
    """A weekly's issue with its running number and the day it came out, above the page's title, is its dateline."""
    for issue in ("Số 24 (1.517) ra ngày 9/9/2021", "Số 7 (2.046) phát hành ngày 14/2/2023"):
        lines = [issue, "Trang chủ » Văn học", TITLE, "10:20 ngày 8/9/2021", *PARAS, *TAIL]
        kept, removed = clean(lines)
        assert kept == [TITLE, *PARAS] and removed[issue] == "dateline", (issue, removed)


def test_issue_lines_the_article_lists_stay() -> None:
    """Guard: the same shape below the article's first sentence is the article's (a list of special issues)."""
    issues = ["Tòa soạn đã phát hành hai số đặc biệt:", "Số 3 (1.205) ra ngày 2/4/2021", "Số 4 (1.206) ra ngày 9/4/2021"]
    kept, removed = clean([TITLE, PARAS[0], *issues, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *issues, PARAS[1], PARAS[2]], removed


def test_an_essays_byline_goes() -> None:
    kept, removed = clean([TITLE, *PARAS, "Tiểu luận của Lâm Thị Hoài An", *TAIL])
    assert kept == [TITLE, *PARAS] and removed["Tiểu luận của Lâm Thị Hoài An"] == "author_byline", removed


def test_an_essay_named_in_the_text_stays() -> None:
    """Guard: an essay's title or a sentence about an essay at the article's end is no by-line."""
    for line in ("Tiểu luận của tôi về văn học miền Nam", "Tiểu luận của ông được in lại nhiều lần."):
        kept, removed = clean([TITLE, *PARAS, line, *TAIL])
        assert kept == [TITLE, *PARAS, line], (line, removed)


SUBSCRIBE = ["Đặt mua báo giấy", "Đặt mua Nguyệt san Nông thôn Mới qua bưu điện gần nhất",
             "Mã ấn phẩm: N215 - Giá: 9.500 đồng/số"]
LETTERS = ["GỬI THƯ TỚI TÒA SOẠN", "Độc giả có thể gửi thư, tài liệu về hộp thư: toasoan@nongthonmoi.vn",
           "Đường dây nóng: 0912 345 678"]


def test_a_papers_subscription_and_letters_boxes_inside_the_body_go() -> None:
    for box in (SUBSCRIBE, LETTERS, SUBSCRIBE[:2], LETTERS[:2]):
        kept, removed = clean([TITLE, PARAS[0], *box, PARAS[1], PARAS[2], *TAIL])
        assert kept == [TITLE, *PARAS], (box, removed)


def test_the_articles_own_addresses_and_orders_stay() -> None:
    """Guard: the article's list of where to write (announced by a colon) and a sentence about ordering stay."""
    own = ["Người dân phát hiện sai phạm có thể gửi đơn thư tới:", "Đường dây nóng Thanh tra tỉnh: 0912 876 543",
           "Hòm thư: thanhtra@tinhnha.gov.vn", "Bạn đọc có thể đặt mua sách tại các nhà sách trên toàn quốc."]
    kept, removed = clean([TITLE, PARAS[0], *own, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *own, PARAS[1], PARAS[2]], removed


SHOP = ["CÔNG TY CỔ PHẦN THIẾT BỊ ĐIỆN MINH QUANG", "Ổn áp 10kVA - Giá: 4.350.000đ", "Hotline mua hàng: 0903 112 233",
        "Showroom: 45 Lê Lợi, Đà Nẵng"]


def test_a_shops_advert_box_inside_the_body_goes() -> None:
    brand = ["Máy lọc nước Minh Quang - Chính hãng, bảo hành 3 năm", "Máy lọc nước RO 9 lõi - Giá: 5.990.000đ"]
    for box in (SHOP, SHOP[:2], brand):
        kept, removed = clean([TITLE, PARAS[0], *box, PARAS[1], PARAS[2], *TAIL])
        assert kept == [TITLE, *PARAS], (box, removed)


def test_a_company_and_prices_the_article_gives_stay() -> None:
    """Guard: a sub-heading naming a company over a paragraph, and an announced price list, are the article's."""
    own = ["Công ty TNHH Minh Quang", PARAS[1], "Giá bán lẻ một số mặt hàng như sau:", "Gạo ST25 - Giá: 32.000 đồng/kg",
           "Đường kính trắng - Giá: 21.000 đồng/kg"]
    kept, removed = clean([TITLE, PARAS[0], *own, PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *own, PARAS[2]], removed
