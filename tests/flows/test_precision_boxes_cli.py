"""Issue 12, precision guards (`BoilerplateCleaner._release_boxes`), through the command line and the Parquet
output: article text shaped like boilerplate stays — a contact box the article asks readers to use, an event's
info box, a hotline list with a company among its items, a forecast under a heading without a colon inside the
body, a last line without a full stop, an essay's place-and-date sign-off, a name over the line of its role, a
letter's signature, a box of fields no rule knows, a reprinted notice's signature block, a quotation's author, a
numbered list going on — while the same shapes as page furniture (an advert's contact block, a newsroom's contact
card, a byline, a counters widget) still go. Lines are invented here; each record is its own outlet, so nothing is learned."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, clean_pages

TITLE = "Trường cao đẳng nghề mở thêm ba ngành đào tạo mới"
BODY = [
    "Năm nay nhà trường tuyển gần 1.200 học viên cho các ngành cơ khí, điện tử và chăm sóc sắc đẹp.",
    "Học viên tốt nghiệp được giới thiệu việc làm tại các khu công nghiệp trong tỉnh với mức lương khởi điểm khá.",
]
SHARE = ["Chia sẻ: Facebook | Zalo", "Gửi bình luận"]
BYLINE = "Hoài Thương"

ASK = "Người học cần tư vấn có thể liên hệ trực tiếp:"
OFFICE = ["PHÒNG ĐÀO TẠO", "Địa chỉ: 45 đường Hùng Vương, TP Tuy Hòa", "Điện thoại: 0257.382.4411",
          "Email: daotao@cdnghe-py.edu.vn"]
ADVERT = ["Công ty TNHH Thiết bị Giáo dục Hưng Phát", "Địa chỉ: 12 Lê Lợi, TP Tuy Hòa", "Hotline: 0905.112.233",
          "Website: hungphat-edu.vn"]
EVENT = ["Ngày hội diễn ra suốt cuối tuần, có nhiều gian hàng trải nghiệm dành cho học sinh lớp 9.",
         "Thông tin cho phụ huynh", "Thời gian: thứ bảy và chủ nhật tuần này", "Địa điểm: sân trường, 45 Hùng Vương",
         "Giá vé: miễn phí"]
NEWSROOM = ["Tòa soạn: 8 Trần Phú, TP Tuy Hòa", "Điện thoại: 0257.384.1100", "Email: toasoan@baotuyhoa.vn"]
HOTLINE_INTRO = "Khi cần ứng cứu, bà con gọi các số sau"
HOTLINES = ["Ban Chỉ huy phòng chống thiên tai huyện - 0257 3861 234", "Công an huyện - 0257 3861 113",
            "Công ty Điện lực huyện - 0257 3861 500", "Trung tâm Y tế huyện - 0257 3861 115"]
FORECAST = ["Sáng nay không khí lạnh đã tràn xuống các tỉnh vùng núi phía Bắc, nhiệt độ giảm mạnh.",
            "Dự báo nhiệt độ thấp nhất đêm nay", "Sa Pa: 3-5°C", "Mẫu Sơn: 1-3°C",
            "Người dân vùng cao cần giữ ấm cho gia súc, không thả rông trâu bò lên núi trong những ngày rét đậm."]
LAST = "Chúc các em sớm tìm được việc làm"
SIGNOFF = "Tuy Hòa, những ngày cuối tháng 10"
QUOTE_TITLE = "“Học nghề không phải là lựa chọn thứ hai”"
INTERVIEW = ["Trao đổi với phóng viên, người đứng đầu nhà trường đã chia sẻ nhiều điều phụ huynh quan tâm.",
             "Lê Quang Vinh", "Hiệu trưởng Trường Cao đẳng nghề Phú Yên",
             "Phóng viên: Thưa ông, vì sao trường mở ngành chăm sóc sắc đẹp?",
             "- Nhu cầu của thị trường lao động rất lớn, học viên ra trường hầu hết có việc làm ngay."]
LETTER = ["Kính gửi Ban biên tập,",
          "Tôi là phụ huynh có con học năm hai tại trường, xin phản ánh việc xe đưa đón học viên thường xuyên đến muộn.",
          "Rất mong nhà trường sớm có giải pháp để các cháu không bị trễ giờ học buổi sáng.",
          "Trân trọng.", "Phan Thị Lụa (Sơn Hòa)"]
SPECS = ["Cấu hình máy", "Bộ xử lý: Snapdragon 8 Gen 3", "Bộ nhớ trong: 256 GB", "Giá dự kiến: 19,99 triệu đồng"]
COUNTERS = ["THỐNG KÊ TRUY CẬP", "Đang trực tuyến: 52", "Hôm nay: 1.877", "Tổng lượt truy cập: 1.204.331"]
NOTICE = ["Nhà trường thông báo lịch nghỉ Tết Nguyên đán cho học viên như sau:",
          "Học viên nghỉ từ ngày 5/2 đến hết ngày 18/2, đi học lại vào ngày 19/2.",
          "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "(Đã ký)", "Trần Văn Toàn"]
EPIGRAPH = ["“Học đi đôi với hành”", "(Khổng Tử)",
            "Phương châm ấy được nhà trường áp dụng từ năm đầu, học viên dành hai phần ba thời gian ở xưởng."]
RANKED = ["Ba ngành có tỷ lệ việc làm cao nhất", "#1 Điện công nghiệp",
          "Gần như toàn bộ học viên có việc làm ngay sau khi tốt nghiệp, nhiều em được nhận từ năm cuối.",
          "#2 Hàn kim loại", "#3 Công nghệ ô tô"]

# record id -> (lines, the lines that must stay, in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    # a contact box the article asks readers to use stays; an advert's block under the article still goes
    "contact-box-asked": ([TITLE] + BODY + [ASK] + OFFICE + [BYLINE] + SHARE, [TITLE] + BODY + [ASK] + OFFICE),
    "advert-contact-block": ([TITLE] + BODY + ADVERT + SHARE, [TITLE] + BODY),
    # an event's info box under the article's prose stays; a newsroom's contact card under it still goes
    "event-info-box": ([TITLE] + BODY + EVENT + SHARE, [TITLE] + BODY + EVENT),
    "newsroom-card": ([TITLE] + BODY + NEWSROOM + SHARE, [TITLE] + BODY),
    # a hotline list (intro in words, no colon) keeps its item naming a company
    "hotline-list-with-company": ([TITLE] + BODY + [HOTLINE_INTRO] + HOTLINES, [TITLE] + BODY + [HOTLINE_INTRO] + HOTLINES),
    # a forecast under a heading without a colon, between two of the article's paragraphs
    "forecast-in-body": ([TITLE] + FORECAST + SHARE, [TITLE] + FORECAST),
    # a last line of prose without its full stop, and an essay's place-and-date sign-off, over page furniture
    "last-line-no-stop": ([TITLE] + BODY + [LAST] + SHARE + [BYLINE], [TITLE] + BODY + [LAST]),
    "essay-signoff": ([TITLE] + BODY + [SIGNOFF] + SHARE, [TITLE] + BODY + [SIGNOFF]),
    # a name over the line of its role, between lines of an interview
    "name-over-role": (["Trang chủ » Giáo dục", QUOTE_TITLE] + INTERVIEW + [BYLINE], [QUOTE_TITLE] + INTERVIEW),
    # a box of fields no rule knows (a phone's specs) stays under its heading; counters under the article go
    "spec-box": ([TITLE] + BODY + SPECS + SHARE, [TITLE] + BODY + SPECS),
    "counters-widget": ([TITLE] + BODY + COUNTERS + SHARE, [TITLE] + BODY),
    # a reprinted notice's signature block, a quotation's author between the article's lines, a numbered list
    # that goes on below the article's text
    "signed-notice": ([TITLE] + NOTICE + SHARE + [BYLINE], [TITLE] + NOTICE),
    "epigraph": ([TITLE] + EPIGRAPH + BODY + SHARE, [TITLE] + EPIGRAPH + BODY),
    "numbered-list-goes-on": ([TITLE] + BODY + RANKED + SHARE, [TITLE] + BODY + RANKED),
    # a letter's signature under its closing formula
    "letter-signature": ([TITLE] + LETTER + SHARE, [TITLE] + LETTER),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("precision-boxes"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_article_text_shaped_like_boilerplate_stays(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)
    assert all(r["rule"] for r in docs[rid]["removed"])  # and the rule that removed it


def test_furniture_of_the_same_shape_keeps_its_rule(docs: dict[str, dict]) -> None:
    advert = {r["text"]: r["rule"] for r in docs["advert-contact-block"]["removed"]}
    assert all(advert[x] == "contact_block" for x in ADVERT[1:]), advert
    byline = {r["text"]: r["rule"] for r in docs["name-over-role"]["removed"]}
    assert byline[BYLINE] == "author_byline", byline
