"""Issue 12, round 10, through the command line and the Parquet output: pages of unseen sites' kinds as text records,
with what held-out 9 and 10 showed. Precision: a title under a breadcrumb or at the end of a menu run over its date,
a headline ending in a year under a market header, the reporter's closing lines ("Hết.", the newsroom's promise
alone), a sub-heading opening with "Nguồn", a results box with its scorers, a list going on past a link line, a
doctor's name under an answer, a sign-off under a series' box; and what the learner must not take although an
outlet repeats it: a reprinted directive's signature block, a travel story's fact box. Classes: datelines with an
update time, a site's numbered breadcrumb, a live score, a series' box, references. Lines are invented here."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, assert_rules, clean_pages, clean_records

BODY = [
    "Sáng nay, tỉnh khởi công tuyến đường ven biển dài 42 km nối ba huyện phía nam với tổng vốn 3.200 tỷ đồng.",
    "Theo chủ đầu tư, tuyến đường sẽ rút ngắn thời gian đi lại từ thành phố về các xã ven biển còn một nửa.",
    "Công trình dự kiến hoàn thành vào cuối năm 2026, giải phóng mặt bằng đã xong hơn 80 % diện tích.",
]
MENU = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Tags: giao thông, ven biển", "Tin cùng chuyên mục",
        "Khánh thành cầu dân sinh nối hai xã vùng cao", "Nghiệm thu đường giao thông nông thôn ở xã Tân Lập",
        "© 2024 Báo Miền Biển. Giữ toàn quyền."]

# a party paper: the title under its breadcrumb (its words read as a menu's chunks), a dateline with its update
# time; the article closes with the newsroom's promise and "Hết."
T1 = "Nguyên Giám đốc Sở Xây dựng Bình Phước lừa tiền"
PAPER = [*MENU, "Trang chủ › Pháp luật › Hồ sơ", T1, "12/03/2024 | 09:15 GMT+7 | Cập nhật: 10:02", *BODY,
         "Báo Miền Biển sẽ tiếp tục thông tin.", "Hết.", "Thanh Hà", *TAIL]
# a culture magazine: a menu in capitals running down to the title over its date in words; a series' box inside the
# article, the essay's sign-off under it
T2 = "Mùa lúa chín Mù Cang Chải"
BOX = ["Cùng chuyên đề", "Kỳ 1: Những mùa hoa trên cao nguyên đá", "Kỳ 2: Chợ phiên vùng biên"]
MAGAZINE = ["VĂN HÓA", "DU LỊCH", "ẨM THỰC", "DI SẢN", "NHÂN VẬT", T2, "Chủ nhật, 3 tháng 11, 2024 - 09:15", *BODY,
            *BOX, "Hà Giang, đầu tháng 11/2024", "Minh Thư (theo CNN Travel)", *TAIL]
# a sports site: a live score in the head; the article's results box with its scorers, and other results going on
# past a link line
T3 = "Hải Phòng thắng đậm trên sân nhà"
RESULTS = ["Kết quả các trận đấu khác ngày 26/11:", "Sông Lam Nghệ An 1-0 Bình Định", "Hà Tĩnh 3-1 Hà Nội FC"]
MORE = ["Thanh Hóa 0-0 Công an Hà Nội", "Hải Phòng 4-1 Thể Công - Viettel"]
SCORE = ["Quảng Ninh 2 - 3 Hà Nội FC", "Ghi bàn: Văn Toàn (14'), Đức Huy (53'), Tuấn Hải (88')"]
SPORTS = [*MENU, "TRỰC TIẾP", "Barcelona 3-2 Man City (HT)", "Inter 2-0 Liverpool (FT)", "Trang chủ > Bóng đá", T3,
          "09:44 ngày 19/12/2016", *BODY, *SCORE, *RESULTS, "ĐỌC THÊM: Quang Hải chia tay câu lạc bộ?", *MORE,
          "Nguồn: VFF", *TAIL]
# a health site: its numbered breadcrumb; a doctor's name under the answer over an announced list; the references
T4 = "Huyết áp cao ở người trẻ: đừng chủ quan"
ANSWER = ["Trả lời:", "Với trường hợp của bạn, nên đến cơ sở y tế chuyên khoa để được khám và tư vấn cụ thể.",
          "ThS.BS Lê Minh Khoa", "Bệnh viện Đa khoa tỉnh", "Các số điện thoại tư vấn của bệnh viện trong tỉnh:",
          "Bệnh viện Đa khoa tỉnh: 0237 3 852 111", "Bệnh viện Nhi tỉnh: 0237 3 852 222"]
REFS = ["Tài liệu tham khảo:", "[1] CDC. High blood pressure - Symptoms and causes"]
HEALTH = ["Tin y tế · Bệnh A-Z · Dinh dưỡng · Thuốc", "Sống Khỏe 247 / Bệnh A-Z / Tim mạch", T4,
          "06/11/2020 | 15:35 GMT+7", *BODY, *ANSWER, *REFS, *TAIL]
# a market paper: a headline ending in a year under a market header; a sub-heading opening with "Nguồn"
T5 = "Hội chợ nông sản Đà Lạt mùa xuân 2024"
MARKET = ["Thị trường / Doanh nghiệp", T5, "Thứ năm 22/08/2024, 06:27 (GMT+7)", *BODY[:2], "Nguồn cung còn thiếu",
          BODY[2], *TAIL]

PAGES: dict[str, tuple[list[str], list[str]]] = {
    "party-paper": (PAPER, [T1, *BODY, "Báo Miền Biển sẽ tiếp tục thông tin.", "Hết."]),
    "culture-magazine": (MAGAZINE, [T2, *BODY, "Hà Giang, đầu tháng 11/2024"]),
    "sports-site": (SPORTS, [T3, *BODY, *SCORE, *RESULTS, *MORE]),
    "health-site": (HEALTH, [T4, *BODY, *ANSWER]),
    "market-paper": (MARKET, [T5, *BODY[:2], "Nguồn cung còn thiếu", BODY[2]]),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages10"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_round10_pages_keep_the_article_and_drop_the_rest(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_round10_classes_are_named(docs: dict[str, dict]) -> None:
    expected = {"12/03/2024 | 09:15 GMT+7 | Cập nhật: 10:02": "dateline", "Chủ nhật, 3 tháng 11, 2024 - 09:15": "dateline",
                "Barcelona 3-2 Man City (HT)": "score_widget", "Cùng chuyên đề": "related_links",
                "Sống Khỏe 247 / Bệnh A-Z / Tim mạch": "breadcrumb", "Tài liệu tham khảo:": "source_credit",
                "[1] CDC. High blood pressure - Symptoms and causes": "source_credit"}
    assert_rules(docs, expected)


# -- the learner: what an outlet repeats inside its articles stays ---------------------------------------------------

OUTLET = "baomienbien.vn"
FOOTER = ["Báo Miền Biển điện tử", "Tòa soạn: 12 Trần Phú, TP Miền Biển", "Đường dây nóng: 0258 3 822 111"]
SIGNATURE = ["TM. BAN THƯỜNG VỤ TỈNH ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "(Đã ký)"]


def _directive(n: int) -> list[str]:
    """A reprinted directive closing with its signature block (the same titles in every directive)."""
    return [f"Báo Miền Biển giới thiệu toàn văn Chỉ thị số {10 + n}-CT/TU của Ban Thường vụ Tỉnh ủy về công tác số {n}.",
            f"Các huyện ủy, thị ủy nghiêm túc quán triệt và thực hiện Chỉ thị này; báo cáo kết quả trước ngày {n + 1}/12.",
            *SIGNATURE, ["NGUYỄN VĂN AN", "Trần Quốc Bình", "LÊ THỊ CÚC"][n % 3]]


def _travel(n: int) -> list[str]:
    """A travel story's fact box under its heading: its last field's shape repeats, its digits change."""
    return [["Nếu bạn đi", "Thông tin hữu ích", "Cẩm nang cho du khách"][n % 3], f"Giá vé tham quan: {20 + n}.000 đồng/người lớn.", f"Giờ mở cửa: {6 + n % 3}h - 18h hằng ngày.",
            f"Điện thoại ban quản lý: 0258 3{n}4{n} 56{n}{n}"]


def _record(n: int) -> dict:
    own = _directive(n) if n % 2 else _travel(n)
    title = f"Bài viết số {n} của tuần về đời sống vùng biển"
    return {"id": f"r{n}", "outlet": OUTLET, "text": "\n".join([title, *BODY, *own, *FOOTER])}


@pytest.fixture(scope="module")
def learned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_records(tmp_path_factory.mktemp("learned10"), [_record(n) for n in range(12)])


def test_a_signature_block_and_a_fact_box_the_outlet_repeats_stay(learned: dict[str, dict]) -> None:
    for n in range(12):
        doc = learned[f"r{n}"]
        text = doc["text"].split("\n")
        own = _directive(n) if n % 2 else _travel(n)
        assert text[-len(own):] == own, doc["removed"]
        # the outlet's footer goes (learned or by the rules)
        assert not set(FOOTER) & set(text), doc["removed"]
