"""Issue 12, round 11, through the command line and the Parquet output: pages of unseen sites' kinds as text records,
with what held-out 11 showed. Precision: a letter or a decision the article reprints keeps its signature block with no
"(Đã ký)" (an office in capitals over the signer's name), also when an outlet repeats the office in every article (the
learner must not take it); a reader's question under a related box; the contact box of the office an announcement
names. Classes: the page's date of today above its menu, an update time with day and month, a box's headline that a
see-more line repeats, a job advert under its label, the author box under the lead. Lines are invented here."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, assert_rules, clean_pages, clean_records

BODY = [
    "Sáng nay, tỉnh khởi công tuyến đường ven biển dài 42 km nối ba huyện phía nam với tổng vốn 3.200 tỷ đồng.",
    "Theo chủ đầu tư, tuyến đường sẽ rút ngắn thời gian đi lại từ thành phố về các xã ven biển còn một nửa.",
    "Công trình dự kiến hoàn thành vào cuối năm 2026, giải phóng mặt bằng đã xong hơn 80 % diện tích.",
]
MENU = ["Thời sự", "Quốc phòng", "Biên giới - Biển đảo", "Cửa khẩu", "Hậu phương"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Tags: giao thông, ven biển", "Tin cùng chuyên mục",
        "Khánh thành cầu dân sinh nối hai xã vùng cao", "Nghiệm thu đường giao thông nông thôn ở xã Tân Lập",
        "© 2024 Báo Miền Biển. Giữ toàn quyền."]

# a border-guard paper: the date of today above its menu; a commander's letter closing the article with its signature
T1 = "Thư khen cán bộ, chiến sĩ đồn biên phòng cửa khẩu"
CLOSING = "Chúc cán bộ, chiến sĩ mạnh khỏe, tiếp tục hoàn thành xuất sắc nhiệm vụ được giao!"
SIGNED = ["TƯ LỆNH", "Thiếu tướng HOÀNG VĂN NAM"]
BORDER = ["Hôm nay: Thứ Sáu, ngày 15 tháng 12 năm 2023", *MENU, "Biên giới - Biển đảo > Biển đảo", T1, "16:05 | 07/02/2019",
          *BODY, CLOSING, *SIGNED, "Bài và ảnh: Trung tá Hải Tâm", *TAIL]
# a provincial broadcaster: a decision reprinted, signed on behalf of the chairman
T2 = "Tỉnh yêu cầu các đơn vị báo cáo kết quả phòng chống dịch"
ON_BEHALF = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Phúc"]
STATION = [*MENU, "Trang chủ › Thời sự", T2, "Thứ Tư, 22/5/2023 - 09:05", *BODY,
           "Đề nghị các đơn vị khẩn trương triển khai, báo cáo kết quả về UBND tỉnh trước ngày 18./.", *ON_BEHALF,
           "Thanh Ly", *TAIL]
# a workers' paper: a reader's question under a related box; a job advert under its label in the page's tail
T3 = "Lao động nữ mang thai có được bảo vệ khi công ty cắt giảm?"
BOX = ["Bài liên quan", "Đối thoại giữa chủ doanh nghiệp và người lao động",
       "» Công nhân mất việc được hỗ trợ học nghề miễn phí"]
QA = ["Hỏi: Tôi đang mang thai tháng thứ ba, công ty có được chấm dứt hợp đồng lao động với tôi không?",
      "(Chị Lê Thị Nga, KCN Amata)", "Luật sư trả lời:"]
JOB_AD = ["TUYỂN DỤNG", "Công ty TNHH May mặc Hưng Phát cần tuyển 240 công nhân, làm việc tại KCN VSIP",
          "Thu nhập 9 - 14 triệu đồng/tháng, có xe đưa đón", "Liên hệ phòng Nhân sự: 0960 991 463"]
WORKERS = [*MENU, "Trang chủ » Tư vấn", T3, "18/02/2016 | 05:00", BODY[0], *BOX, *QA, BODY[1], BODY[2], "Minh Thảo",
           "Chia sẻ bài viết", *JOB_AD, *TAIL]
# an overseas-Vietnamese magazine: an update time with day and month; a box's headline a see-more line repeats
T4 = "Kiều bào tại Séc tổ chức Tết cộng đồng ấm cúng"
HEADLINE = "Kiều hối về Việt Nam tăng mạnh trong quý I"
MAGAZINE = [*MENU, "Trang chủ › Cộng đồng › Châu Âu", T4, "09/10/2018 12:20 (GMT+7)", "Cập nhật lần cuối: 15:47 02/09",
            BODY[0], "ĐỌC THÊM", HEADLINE, BODY[1], f">> Xem thêm: {HEADLINE}", BODY[2], "Gia Anh (từ Praha)", *TAIL]

# a study-abroad announcement on a broadcaster's site: the author box under the lead; the contact of the office the
# article names, with its phone and e-mail
T5 = "Hội thảo du học Singapore tại Hà Nội"
EVENT = ("Học sinh có nhu cầu du học sẽ tham dự phỏng vấn tại văn phòng Công ty Đức Anh, 96 Lò Đúc, Hà Nội vào chiều "
         "thứ bảy tuần này.")
QUOTE = ["“Từ đầu năm đến nay, trung tâm đã tư vấn cho 88 học sinh, hầu hết đã nhận được thư mời nhập học.”",
         "(Ông Nguyễn Văn Định - Giám đốc Trung tâm Tư vấn du học)"]
CONTACT = ["Liên hệ: Công ty Tư vấn du học Đức Anh, 96 Lò Đúc, Hà Nội", "ĐT: 04 9716 229; Fax: 04 9720 889",
           "E-mail: ducanh@fpt.vn"]
STUDY = [*MENU, "Trang chủ › Giáo dục", T5, "Chủ Nhật, 24/2/2019 - 12:04", BODY[0], "Ngô Thanh Hiếu - Quang Hà thực hiện",
         BODY[1], BODY[2], EVENT, *QUOTE, *CONTACT, "Từ khóa: du học, học bổng", *TAIL]

PAGES: dict[str, tuple[list[str], list[str]]] = {
    "study-abroad": (STUDY, [T5, *BODY, EVENT, *QUOTE, *CONTACT]),
    "border-paper": (BORDER, [T1, *BODY, CLOSING, *SIGNED]),
    "provincial-station": (STATION, [T2, *BODY, STATION[len(MENU) + 3 + len(BODY)], *ON_BEHALF]),
    "workers-paper": (WORKERS, [T3, BODY[0], *QA, BODY[1], BODY[2]]),
    "overseas-magazine": (MAGAZINE, [T4, *BODY]),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages11"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_round11_pages_keep_the_article_and_drop_the_rest(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_round11_classes_are_named(docs: dict[str, dict]) -> None:
    expected = {"Hôm nay: Thứ Sáu, ngày 15 tháng 12 năm 2023": "dateline", "Cập nhật lần cuối: 15:47 02/09": "dateline",
                HEADLINE: "related_links", JOB_AD[1]: "widget_label", JOB_AD[2]: "widget_label",
                "Ngô Thanh Hiếu - Quang Hà thực hiện": "author_byline"}
    assert_rules(docs, expected)


# -- the learner: an office the outlet repeats in every reprinted letter stays ---------------------------------------

OUTLET = "baobiengioi.vn"
FOOTER = ["Báo Biên Giới điện tử", "Tòa soạn: 12 Nguyễn Tri Phương, Ba Đình, Hà Nội", "Đường dây nóng: 069 552 718"]
NAMES = ["Thiếu tướng Đỗ Văn Lực", "Trung tướng HUỲNH THỊ MAI", "Đại tá Tạ Văn Hậu"]


def _letter(n: int) -> list[str]:
    """A commander's letter of praise closing the article: the same office in every letter, the signer changes."""
    return [f"Bộ Tư lệnh gửi thư khen đơn vị số {n} vì thành tích trong đợt cao điểm tuần tra tháng {n % 12 + 1}.",
            f"Chúc cán bộ, chiến sĩ đơn vị số {n} tiếp tục hoàn thành xuất sắc nhiệm vụ được giao!",
            "TƯ LỆNH", NAMES[n % 3]]


def _record(n: int) -> dict:
    title = f"Bài viết số {n} của tuần về đời sống vùng biên"
    return {"id": f"r{n}", "outlet": OUTLET, "text": "\n".join([title, *BODY, *_letter(n), *FOOTER])}


@pytest.fixture(scope="module")
def learned(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_records(tmp_path_factory.mktemp("learned11"), [_record(n) for n in range(12)])


def test_a_signature_block_the_outlet_repeats_stays(learned: dict[str, dict]) -> None:
    for n in range(12):
        doc = learned[f"r{n}"]
        text = doc["text"].split("\n")
        assert text[-4:] == _letter(n), doc["removed"]
        assert not set(FOOTER) & set(text), doc["removed"]
