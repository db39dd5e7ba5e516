"""Issue 12, round 11: held-out 11 read as dev data. Precision first: a reprinted document's signature block with no
"(Đã ký)" (an office in capitals over the signer's name) and a reader's question under "Hỏi:" are the article's; the
classes of boilerplate it showed (a box's headline that a see-more line repeats, the page's date of today, an update
time without its year, a job advert under its label) go by shape. Lines are invented here, not taken from the
benchmark."""

from __future__ import annotations

import pytest

from cleaners.boilerplate import BoilerplateCleaner, signature_rows
from cleaners.rules import load_rules

TITLE = "Tỉnh khởi công tuyến đường ven biển nối ba huyện phía nam"
BODY = [
    "Sáng nay, tỉnh khởi công tuyến đường ven biển dài 42 km nối ba huyện phía nam với tổng vốn 3.200 tỷ đồng.",
    "Theo chủ đầu tư, tuyến đường sẽ rút ngắn thời gian đi lại từ thành phố về các xã ven biển còn một nửa.",
    "Công trình dự kiến hoàn thành vào cuối năm 2026, giải phóng mặt bằng đã xong hơn 80 % diện tích.",
]
TAIL = ["Chia sẻ: Facebook | Zalo", "Tags: giao thông, ven biển", "Tin cùng chuyên mục",
        "Khánh thành cầu dân sinh nối hai xã vùng cao", "Nghiệm thu đường giao thông nông thôn ở xã Tân Lập",
        "© 2024 Báo Miền Biển. Giữ toàn quyền."]
MENU = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật"]
CLOSING = "Chúc cán bộ, chiến sĩ mạnh khỏe, tiếp tục hoàn thành xuất sắc nhiệm vụ được giao!"


def clean(lines: list[str]) -> tuple[list[str], dict[str, str]]:
    r = BoilerplateCleaner(load_rules("vi")).clean("\n".join(lines))
    return r.lines, {x.text: x.rule for x in r.removed}


# -- precision: the article's own lines ---------------------------------------------------------------------------

SIGNATURES = [
    ["CHỦ TỊCH", "Nguyễn Văn An"],
    ["CHỦ TỊCH", "TRẦN QUỐC BÌNH"],
    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Phúc"],
    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Ngô Thị Sen"],
    ["TM. ĐẢNG ỦY", "BÍ THƯ", "Đại tá Đỗ Văn Dũng"],
    ["TƯ LỆNH", "Thiếu tướng HOÀNG VĂN NAM"],
    ["CHỦ NHIỆM ỦY BAN", "HÀ THỊ HUỆ"],
    ["CHỈ HUY TRƯỞNG", "Trung tướng Lê Văn Pấng"],
]


@pytest.mark.parametrize("signature", SIGNATURES, ids=lambda s: s[0])
def test_a_signature_block_without_signed_mark_stays_and_the_byline_under_it_goes(signature: list[str]) -> None:
    kept, removed = clean([TITLE, *BODY, CLOSING, *signature, "Thanh Hà", *TAIL])
    assert kept == [TITLE, *BODY, CLOSING, *signature], removed
    assert removed["Thanh Hà"] == "author_byline"


@pytest.mark.parametrize("signature", SIGNATURES, ids=lambda s: s[0])
def test_the_learner_sees_the_signature_block_as_the_articles(signature: list[str]) -> None:
    lines = [TITLE, *BODY, CLOSING, *signature, "Thanh Hà"]
    rows = signature_rows(lines)
    assert [x for x, own in zip(lines, rows, strict=True) if own] == signature


@pytest.mark.parametrize("lines", [
    ["THANH HÀ"],  # a reporter's byline in capitals: no office
    ["PHÓNG VIÊN", "Thanh Hà"],  # a byline's role over a name: no office that signs a document
])
def test_a_byline_without_an_office_still_goes(lines: list[str]) -> None:
    kept, removed = clean([TITLE, *BODY, CLOSING, *lines, *TAIL])
    assert kept == [TITLE, *BODY, CLOSING], removed


def test_an_office_over_a_name_under_no_sentence_is_no_signature() -> None:
    """A footer's "GIÁM ĐỐC" over a name under a related box (not the article's last sentence) is the page's."""
    lines = [TITLE, *BODY, *TAIL[:2], "Tin cùng chuyên mục", TAIL[3], TAIL[4], "GIÁM ĐỐC", "Nguyễn Văn An", TAIL[5]]
    assert not any(signature_rows(lines)[len(BODY) + 1:])


QUESTION = "Hỏi: Tôi đang mang thai tháng thứ ba, công ty có được chấm dứt hợp đồng lao động với tôi không?"
BOX = ["Bài liên quan", "Đối thoại giữa chủ doanh nghiệp và người lao động",
       "» Công nhân mất việc được hỗ trợ học nghề miễn phí", "Phòng trọ giá rẻ cho công nhân ngày càng khan hiếm"]


def test_a_readers_question_under_a_box_is_no_headline() -> None:
    qa = [QUESTION, "(Chị Lê Thị Nga, KCN Amata)", "Luật sư trả lời:"]
    kept, removed = clean([TITLE, BODY[0], *BOX, *qa, BODY[1], BODY[2], *TAIL])
    assert QUESTION in kept and "(Chị Lê Thị Nga, KCN Amata)" in kept, removed
    assert kept[-3:] == ["Luật sư trả lời:", BODY[1], BODY[2]], removed
    assert all(removed.get(x) == "related_links" for x in BOX[:3]), removed


# -- classes of boilerplate --------------------------------------------------------------------------------------


HEADLINE = "Kiều hối về Việt Nam tăng mạnh trong quý I"


@pytest.mark.parametrize("link", [f">> Xem thêm: {HEADLINE}", f"» Đọc thêm: {HEADLINE}", f"Tin liên quan: {HEADLINE}"])
def test_a_boxs_headline_that_a_see_more_line_repeats_goes(link: str) -> None:
    kept, removed = clean([TITLE, BODY[0], "ĐỌC THÊM", HEADLINE, BODY[1], link, BODY[2], *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[HEADLINE] == "related_links"


def test_a_sub_heading_under_a_box_that_nothing_repeats_stays() -> None:
    sub = "Nối dài sợi dây kết nối"
    kept, removed = clean([TITLE, BODY[0], "ĐỌC THÊM", HEADLINE, sub, BODY[1], f">> Xem thêm: {TAIL[3]}", BODY[2],
                           *TAIL])
    assert sub in kept, removed


@pytest.mark.parametrize("line", ["Hôm nay: Thứ Sáu, ngày 15 tháng 12 năm 2023", "Hôm nay: Chủ Nhật, ngày 7 tháng 6 năm 2020"])
def test_the_pages_date_of_today_above_the_menu_goes(line: str) -> None:
    kept, removed = clean([line, *MENU, "Biên giới - Biển đảo > Biển đảo", TITLE, "16:05 | 07/02/2019", *BODY, *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[line] == "dateline"


def test_an_update_time_with_day_and_month_goes() -> None:
    line = "Cập nhật lần cuối: 15:47 02/09"
    kept, removed = clean([*MENU, "Trang chủ › Cộng đồng", TITLE, "02/09/2021 15:20 (GMT+7)", line, *BODY, *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[line] == "dateline"


JOB_AD = ["TUYỂN DỤNG", "Công ty TNHH May mặc Hưng Phát cần tuyển 240 công nhân, làm việc tại KCN VSIP",
          "Thu nhập 9 - 14 triệu đồng/tháng, có xe đưa đón", "Liên hệ phòng Nhân sự: 0960 991 463"]


def test_a_job_advert_under_its_label_goes() -> None:
    kept, removed = clean([TITLE, *BODY, "Thanh Hà", "Chia sẻ bài viết", *JOB_AD, *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[JOB_AD[1]] == "widget_label" and removed[JOB_AD[2]] == "widget_label"


def test_an_articles_sentence_under_a_job_label_stays() -> None:
    """Under a "TUYỂN DỤNG" label, the article's own sentence (ending like one) is no advert's line."""
    own = "Công ty TNHH May mặc Hưng Phát cần tuyển 240 công nhân trong quý tới, thu nhập từ 9 triệu đồng mỗi tháng."
    kept, removed = clean([TITLE, BODY[0], "TUYỂN DỤNG", own, BODY[1], BODY[2], *TAIL])
    assert own in kept and kept[-3:] == [own, BODY[1], BODY[2]], removed


EVENT = ("Học sinh có nhu cầu du học sẽ tham dự phỏng vấn tại văn phòng Công ty Đức Anh, 96 Lò Đúc, Hà Nội vào chiều "
         "thứ bảy tuần này.")
QUOTE = ["“Từ đầu năm đến nay, trung tâm đã tư vấn cho 88 học sinh, hầu hết đã nhận được thư mời nhập học.”",
         "(Ông Nguyễn Văn Định - Giám đốc Trung tâm Tư vấn du học)"]


def test_the_contact_of_the_place_the_article_names_stays() -> None:
    contact = "Chi tiết liên hệ: Công ty Tư vấn du học Đức Anh 96 Lò Đúc, Hà Nội. ĐT: 9716 229, Email: ducanh@fpt.vn"
    kept, removed = clean([TITLE, *BODY, EVENT, *QUOTE, contact, "Từ khóa: du học, học bổng", *TAIL])
    assert kept == [TITLE, *BODY, EVENT, *QUOTE, contact], removed


def test_an_advertisers_contact_at_another_address_still_goes() -> None:
    contact = "Chi tiết liên hệ: Công ty Tư vấn du học Minh Anh 12 Trần Phú, Hà Nội. ĐT: 9716 229, Email: minhanh@fpt.vn"
    kept, removed = clean([TITLE, *BODY, EVENT, *QUOTE, contact, "Từ khóa: du học, học bổng", *TAIL])
    assert kept == [TITLE, *BODY, EVENT, *QUOTE], removed


def test_the_rest_of_an_own_contact_box_stays_with_it() -> None:
    contact = ["Liên hệ: Công ty Tư vấn du học Đức Anh, 96 Lò Đúc, Hà Nội", "ĐT: 04 9716 229; Fax: 04 9720 889",
               "E-mail: ducanh@fpt.vn"]
    kept, removed = clean([TITLE, *BODY, EVENT, *QUOTE, *contact, "Từ khóa: du học, học bổng", *TAIL])
    assert kept == [TITLE, *BODY, EVENT, *QUOTE, *contact], removed


@pytest.mark.parametrize("byline", ["Phóng viên Lê Kim Quân", "Ngô Thanh Hiếu - Quang Hà thực hiện", "Tạ Thanh Hà (theo VTV)"])
def test_a_byline_between_the_lead_and_the_next_paragraph_goes(byline: str) -> None:
    kept, removed = clean([TITLE, BODY[0], byline, BODY[1], BODY[2], *TAIL])
    assert kept == [TITLE, *BODY], removed
    assert removed[byline] == "author_byline"


@pytest.mark.parametrize("line", ["Thanh Hà", "Nối dài sợi dây kết nối", "Hà Nội (Việt Nam)"])
def test_a_name_or_a_sub_heading_under_the_lead_stays(line: str) -> None:
    kept, removed = clean([TITLE, BODY[0], line, BODY[1], BODY[2], *TAIL])
    assert kept == [TITLE, BODY[0], line, BODY[1], BODY[2]], removed


def test_an_own_contact_box_stays_whole_past_a_field_the_rules_left() -> None:
    contact = ["Liên hệ: Tại Hà Nội: 96 Lò Đúc, Hà Nội, ĐT: 04 9716 229; E-mail: ducanh@fpt.vn",
               "Tại TP HCM: 502/472, Nguyễn Đình Chiểu, P.4, Q.3", "ĐT: 08 3832 8416; Fax: 08 3832 8417"]
    kept, removed = clean([TITLE, *BODY, EVENT, *QUOTE, *contact, "Từ khóa: du học, học bổng", *TAIL])
    assert kept == [TITLE, *BODY, EVENT, *QUOTE, *contact], removed
