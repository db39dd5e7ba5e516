"""Issue 12, round 16: held-out 17 read as dev data. Precision first, by shape and place: a quotation with its titled
speaker's line stays wherever a box or the closing zone took it; a line asking readers to call the numbers under it ends
a related box; a sub-heading over a see-more line stays; a Q&A column's answer mark is never learned away; a page laid
out in a table is no data table. Then the classes the half showed: a portal's top-bar date and desk phone, a health
supplement's advert, a newspaper's donation box, a related box without a header, counters of readers' acts, an
emergency-numbers box. Lines are invented here, not taken from the benchmark."""

from __future__ import annotations

from cleaners.boilerplate import BoilerplateCleaner
from cleaners.extract import extract_html
from cleaners.learned import LineStat, doc_line_keys, learn_patterns, patterns_for, remove_learned
from cleaners.normalize import normalize_text
from cleaners.rules import load_rules

TITLE = "Công an tỉnh triển khai đợt cao điểm trấn áp tội phạm cuối năm"
PARAS = [
    "Sáng nay, Công an tỉnh tổ chức hội nghị triển khai đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm với sự "
    "tham dự của lãnh đạo các phòng nghiệp vụ và công an các huyện.",
    "Theo báo cáo, từ đầu năm đến nay lực lượng công an đã phát hiện, bắt giữ hơn 300 đối tượng, thu giữ nhiều tang "
    "vật và phương tiện phạm tội các loại.",
    "Trong đợt cao điểm, các đơn vị tăng cường tuần tra vào ban đêm, nhất là tại các tuyến đường giáp ranh và các khu "
    "vực thường xảy ra trộm cắp tài sản.",
]
TAIL = ["Chia sẻ: Facebook | Zalo", "Bình luận (3)", "Gửi bình luận", "© 2024 Báo An Ninh Tỉnh. Giữ toàn quyền."]
QUOTE = "“Mỗi người dân phải là một tai mắt, một camera an ninh của xóm mình”"  # (under 16 words: no quote block)
SPEAKERS = ["Đại tá Trần Văn Hùng, Giám đốc Công an tỉnh", "Ông Phan Văn An - Phó Tổng giám đốc Tổng công ty",
            "Cụ Hoàng Văn Ba (thôn Thạnh Mỹ)"]
BOX = ["Tin liên quan", "Bắt giữ nhóm đối tượng trộm cắp xe máy liên huyện (16/04)",
       "Triệt phá đường dây đánh bạc qua mạng - 02/10/2024", "Khen thưởng tập thể có thành tích phá nhanh vụ án (23/05)"]


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean(normalize_text("\n".join(lines)))
    return r.lines, {x.text: x.rule for x in r.removed}


# -- a quotation and its titled speaker ------------------------------------------------------------------------------

def test_a_quote_and_its_titled_speaker_stay_under_a_related_box() -> None:
    """A related box's last headline was the quote (and the speaker its next headline, or the sub-heading the box's
    precision rule gives back)."""
    box = ["Xem thêm: Công an xã ra mắt mô hình camera an ninh", *BOX[:3],
           "Cảnh giác thủ đoạn giả danh cán bộ công an gọi điện lừa đảo"]
    for speaker in SPEAKERS:
        kept, removed = clean([TITLE, PARAS[0], *box, QUOTE, speaker, PARAS[1], PARAS[2], *TAIL])
        assert [QUOTE, speaker, PARAS[1]] == kept[kept.index(QUOTE):kept.index(PARAS[1]) + 1], removed
        assert removed[BOX[1]] == "related_links"


def test_a_quote_and_its_titled_speaker_stay_at_the_articles_end() -> None:
    """Under the last paragraph and over the page's widgets the closing zone took both for its fill or a by-line; a
    sentence of the article without its full stop under them stays too."""
    closing = "Theo Công an tỉnh, số vụ trộm cắp tài sản đã giảm 12% so với cùng kỳ năm ngoái"
    for speaker in SPEAKERS:
        kept, removed = clean([TITLE, *PARAS, QUOTE, speaker, "Tin, ảnh: Minh Châu", *TAIL])
        assert kept == [TITLE, *PARAS, QUOTE, speaker], removed
        kept, removed = clean([TITLE, *PARAS, QUOTE, speaker, closing, *TAIL])
        assert kept == [TITLE, *PARAS, QUOTE, speaker, closing], removed


def test_a_writers_byline_under_a_quote_still_goes() -> None:
    """Trap the other way: a writer's name, no title and no role, under a closing quote is the article's by-line."""
    kept, removed = clean([TITLE, *PARAS, QUOTE, "Minh Châu", *TAIL])
    assert kept == [TITLE, *PARAS, QUOTE], removed
    assert removed["Minh Châu"] == "author_byline"
    # (real corpora, VietNews: a writer's given name may be "Anh", a title word; the source in brackets says by-line)
    kept, removed = clean([TITLE, *PARAS, QUOTE, "Anh Ngọc ( Theo SCMP )"])
    assert kept == [TITLE, *PARAS, QUOTE], removed


# -- a call to ring the numbers under it, a sub-heading over a see-more line -------------------------------------------

CALL = ["Người dân cần trình báo xin liên hệ các số sau", "Phòng Cảnh sát hình sự: 0935 351 497",
        "Phòng Cảnh sát giao thông: 0210 269 5512", "Phòng An ninh mạng: 0943 499 222"]


def test_a_line_asking_to_call_the_numbers_under_it_ends_a_related_box() -> None:
    kept, removed = clean([TITLE, *PARAS, *BOX, *CALL, "Theo Cổng TTĐT Bộ Công an", *TAIL])
    assert kept == [TITLE, *PARAS, *CALL], removed
    assert removed["Theo Cổng TTĐT Bộ Công an"] == "source_credit"


def test_a_subheading_over_a_see_more_line_stays() -> None:
    head = "Chống gian lận bằng công nghệ cao"
    link = ">> Chàng trai bị tai nạn lao động liệt nửa người"
    kept, removed = clean([TITLE, PARAS[0], *BOX[:3], head, link, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], head, PARAS[1], PARAS[2]], removed
    assert removed[link] == "related_links"


# -- a Q&A column's answer mark and the learner -------------------------------------------------------------------------

QA_TITLE = "Người 76 tuổi không có lương hưu có được trợ cấp hằng tháng không"
QUESTION = "Bố tôi năm nay 76 tuổi, không có lương hưu. Xin hỏi bố tôi có được hưởng trợ cấp không?"
ANSWER = ("Theo quy định hiện hành, người từ đủ 75 tuổi trở lên không hưởng lương hưu, trợ cấp bảo hiểm xã hội hằng "
          "tháng thì được hưởng trợ cấp hưu trí xã hội")


def _patterns(*lines_support: tuple[str, int], docs: int = 40) -> dict:
    stats = [LineStat("tuoigia.vn", key, n, line) for x, n in lines_support
             for key, line in doc_line_keys([QA_TITLE, x]).items() if line == x]
    return patterns_for(learn_patterns(stats, min_docs=3, outlet_docs={"tuoigia.vn": docs}), "tuoigia.vn")


def test_a_qa_columns_answer_mark_is_never_learned_away() -> None:
    """The outlet's Q&A pages print "Trả lời" over every answer (in 30 of its 40 pages): under a question marked "Hỏi:"
    and over the answer it is the article's. A reply button under a comment, no question mark above, still goes."""
    pats = _patterns(("Trả lời", 30))
    lines = [QA_TITLE, "Hỏi:", QUESTION, "Hồ Thị Bảo (Bến Tre)", "Trả lời", ANSWER]
    kept, _, removed = remove_learned(lines, list(range(1, len(lines) + 1)), pats)
    assert kept == lines, removed
    lines = [QA_TITLE, PARAS[0], "Trả lời", PARAS[1]]
    kept, _, removed = remove_learned(lines, list(range(1, len(lines) + 1)), pats)
    assert [r.text for r in removed] == ["Trả lời"], kept


# -- a page laid out in a table ---------------------------------------------------------------------------------------

SEIZED = ["4,4 kg ma túy tổng hợp", "Nhiều sổ sách ghi chép lô đề", "7 điện thoại di động"]


def layout_page() -> str:
    """An old portal's page: a two-column layout table, the article (in the container trafilatura looks for, a
    "news-content" class) in the left cell, boxes in the right one."""
    items = "".join(f"<li>{x}</li>" for x in SEIZED)
    return ("<html><head><meta charset='utf-8'><title>Trấn áp tội phạm</title></head><body>"
            "<nav><ul><li><a href='/1'>Trang chủ</a></li><li><a href='/2'>Truy nã</a></li></ul></nav><main>"
            "<table class='layout' width='100%'><tr><td class='col-left' valign='top'><div class='portal-news-detail'>"
            f"<h1 class='post-title'>{TITLE}</h1><div class='news-content-text'><div class='meta-time'><time>Ngày đăng: "
            f"12/10/2021 | 10:05</time></div><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
            f"<p>Tại hiện trường, lực lượng chức năng thu giữ:</p><ul>{items}</ul><p>{PARAS[2]}</p>"
            "<p class='source'><b>Nguồn: Công an tỉnh</b></p></div></div></td>"
            "<td class='col-right' width='300' valign='top'><div class='box'><h4>SỐ ĐIỆN THOẠI KHẨN CẤP</h4><ul>"
            "<li>Công an: 113</li><li>Cứu hỏa, cứu nạn: 114</li></ul></div><div class='box'><h4>Video</h4><ul><li>"
            "<a href='/3'>Diễn tập chữa cháy tại khu công nghiệp</a></li></ul></div></td></tr></table></main>"
            "<footer><p>Cổng thông tin điện tử Công an tỉnh</p></footer></body></html>")


def test_a_page_laid_out_in_a_table_is_read_as_paragraphs() -> None:
    """Trafilatura read the layout table as one data table: the whole article was one "| … | … |" line and the list's
    items were lost. Unwrapped, every paragraph and item is a line of its own."""
    lines = extract_html(layout_page()).text.split("\n")
    assert all(p in lines for p in PARAS), lines
    assert all(f"- {x}" in lines for x in SEIZED), lines
    assert not any(x.startswith("|") for x in lines), lines


def test_a_data_table_stays_a_table() -> None:
    rows = "".join(f"<tr><td><p>{n}</p></td><td><p>Xã {x}</p></td><td><p>{q} suất quà</p></td></tr>"
                   for n, x, q in ((1, "Yên Phú", 120), (2, "Tam Kỳ", 95), (3, "Lộc Ninh", 210)))
    page = (f"<html><body><article><h1>{TITLE}</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p><table>{rows}</table>"
            f"<p>{PARAS[2]}</p></article></body></html>")
    text = extract_html(page).text
    assert "| 1 | Xã Yên Phú | 120 suất quà |" in text, text


# -- the head: a portal's date of today, a desk's phone --------------------------------------------------------------

MENU = ["Trang chủ", "Tin tức - Sự kiện", "An ninh trật tự", "Truy nã", "Văn bản pháp luật"]


def test_a_portals_top_bar_date_and_desk_phone_go() -> None:
    for date in ("Hôm nay: Thứ Tư, 13 tháng 1 năm 2026", "Hôm nay: Thứ Tư, ngày 17/10/2026 (âm lịch 28/4)"):
        for phone in ("Trực ban hình sự: 0256.367.5439", "Tiếp nhận tin báo tố giác tội phạm: 0210 3071833"):
            kept, removed = clean([phone, date, *MENU, "Trang chủ > An ninh trật tự", TITLE, *PARAS, *TAIL])
            assert kept == [TITLE, *PARAS], removed


def test_the_articles_date_and_phone_lines_stay() -> None:
    """Traps: the same shapes inside the article (a wanted notice's date, the police's own hotline) are its text."""
    own = ["Ai phát hiện đối tượng trên đề nghị báo cho cơ quan công an theo số sau:", "Trực ban hình sự: 0256.367.5439",
           "Ngày 13 tháng 1 năm 2026"]
    kept, removed = clean([TITLE, PARAS[0], *own, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *own, PARAS[1], PARAS[2]], removed


# -- adverts: a health supplement's, a newspaper's donation box ---------------------------------------------------------

ELDER_TITLE = "Điều chỉnh lương hưu từ ngày 1/7: ai được tăng bao nhiêu"
SUPPLEMENT = ["Viên bổ não Minh Mẫn - hỗ trợ tăng cường trí nhớ", "Tư vấn miễn phí: 1800 6690",
              "*Sản phẩm này không phải là thuốc, không có tác dụng thay thế thuốc chữa bệnh.",
              "Số XNQC: 976/2021/XNQC-ATTP"]
RISES = ["Mức điều chỉnh cụ thể như sau:", "Người hưởng trợ cấp hằng tháng: tăng 14%",
         "Người nghỉ hưu trước năm 1995: tăng 13%"]


def test_a_health_supplements_advert_goes_by_its_legal_disclaimer() -> None:
    """Under the article's own list of "Label: value" rows (a trap: the advert's "Tư vấn miễn phí: …" has their shape)."""
    kept, removed = clean([ELDER_TITLE, PARAS[0], *RISES, *SUPPLEMENT, PARAS[1], PARAS[2], *TAIL])
    assert kept == [ELDER_TITLE, PARAS[0], *RISES, PARAS[1], PARAS[2]], removed


def test_an_article_quoting_the_disclaimer_keeps_it() -> None:
    quoting = ("Theo quy định, quảng cáo thực phẩm chức năng phải ghi rõ “Sản phẩm này không phải là thuốc, không có "
               "tác dụng thay thế thuốc chữa bệnh”.")
    kept, removed = clean([ELDER_TITLE, PARAS[0], quoting, PARAS[1], PARAS[2], *TAIL])
    assert kept == [ELDER_TITLE, PARAS[0], quoting, PARAS[1], PARAS[2]], removed


DONATE = ["Mọi sự ủng hộ xin gửi về:", "Quỹ Nhân ái - Báo Nhân Ái", "Số tài khoản: 5976983466",
          "Tại Ngân hàng Vietcombank chi nhánh Sài Gòn", "Nội dung: Ủng hộ MS 23.131",
          "Hoặc gửi trực tiếp tại tòa soạn: Số 104 Quang Trung, Hà Nội"]


def test_a_newspapers_donation_box_goes() -> None:
    kept, removed = clean([TITLE, *PARAS, "Nguồn: Hội Chữ thập đỏ tỉnh", *DONATE, *TAIL])
    assert kept == [TITLE, *PARAS], removed
    kept, removed = clean([TITLE, PARAS[0], *DONATE[1:], PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, *PARAS], removed


def test_a_familys_own_account_and_address_stay() -> None:
    """Traps: help sent straight to the family (its address and phone, its own account) names no newspaper."""
    for own in (["Mọi sự giúp đỡ xin gửi trực tiếp về:", "Chị Lê Thị Hoa, thôn Yên Phú, xã Tam Kỳ, huyện Lộc Ninh",
                 "Số điện thoại: 0912 345 678"],
                ["Mọi sự ủng hộ xin gửi về:", "Chủ tài khoản: Lê Thị Hoa", "Số tài khoản: 5976983466",
                 "Tại Ngân hàng Agribank chi nhánh Lộc Ninh"]):
        kept, removed = clean([TITLE, *PARAS, *own, *TAIL])
        assert kept == [TITLE, *PARAS, *own], removed


# -- a related box without a header, an announced list over a box's own header, counters ------------------------------

HEADLINES = ["Giá dầu thế giới giảm phiên thứ ba liên tiếp", "Giá xăng dầu có thể tăng nhẹ trong kỳ tới - 16 giờ trước",
             "Hoàn thành cấp điện cho các bản vùng cao - 5 giờ trước", "Đóng điện đường dây 500 kV mạch 3 (26/04)"]


def test_a_related_box_without_a_header_between_two_paragraphs_goes() -> None:
    kept, removed = clean([TITLE, PARAS[0], *HEADLINES, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, *PARAS], removed


def test_its_unmarked_last_line_a_schedule_and_an_interview_stay() -> None:
    """Traps: an unmarked line over the next paragraph (a sub-heading), a schedule (times open its lines), a question."""
    head = "Giữ vững sức mạnh chiến đấu"
    kept, removed = clean([TITLE, PARAS[0], *HEADLINES[1:], head, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], head, PARAS[1], PARAS[2]], removed
    schedule = ["7h30 Khai mạc và phát biểu chào mừng", "9h30 Tham quan gian hàng trưng bày",
                "14h00 Tọa đàm chuyên đề về an ninh"]
    question = "- Thưa ông, tình hình an toàn giao thông tuần qua diễn ra như thế nào?"
    for own in (schedule, [question, HEADLINES[1]]):
        kept, removed = clean([TITLE, PARAS[0], *own, PARAS[1], PARAS[2], *TAIL])
        assert own[0] in kept, removed


def test_an_announced_list_ends_at_a_related_boxs_own_header() -> None:
    prices = ["Từ 15h chiều nay, giá bán lẻ xăng dầu được điều chỉnh như sau:", "Xăng E5 RON 92: không cao hơn 22.210 đồng/lít",
              "Dầu hỏa: không cao hơn 22.410 đồng/lít"]
    box = ["Đọc thêm", "Nhiệt điện than đối mặt bài toán chuyển đổi", "» Cảnh báo tin nhắn giả mạo nhân viên điện lực",
           "11:53 Tiết kiệm điện trong mùa hè: những việc nên làm"]
    kept, removed = clean([TITLE, PARAS[0], *prices, *box, PARAS[1], PARAS[2], *TAIL])
    assert kept == [TITLE, PARAS[0], *prices, PARAS[1], PARAS[2]], removed


def test_counters_of_readers_acts_and_an_emergency_box_go() -> None:
    emergency = ["SỐ ĐIỆN THOẠI KHẨN CẤP", "- Công an: 113", "- Cứu hỏa, cứu nạn: 114", "- Cấp cứu y tế: 115"]
    kept, removed = clean([TITLE, "Thứ Năm, 27/06/2020 21:27 (GMT+7)", "Đã có 1959 lượt ủng hộ", *PARAS,
                           "Nguồn: bocongan.gov.vn", *emergency])
    assert kept == [TITLE, *PARAS], removed
