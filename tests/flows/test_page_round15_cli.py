"""Issue 12, round 15, through the command line and the Parquet output, with what held-out 16 showed. A page whose
quote's speaker line trafilatura discards (its class names an author): the speaker is in the text under the quote.
Text records of an agriculture paper, a real-estate site and a tech site: a price board, a hotline box, a box of offers,
an app's prompt and a badged link go; the article's own price table, its hotline list and its projects, a dash-led
speaker under a closing quote, the last item of a list over the signature, a closing line without its full stop under
a box and a carrier's "iTel: …" line stay. An outlet's reviews: the last item of an article's spec list is never
learned away though the outlet's spec box prints it on every page. Lines are invented here."""

from __future__ import annotations

import random

import pytest

from tests.flows.cli_support import WORDS, assert_page_cleaned, clean_records

PARAS = [
    "Vụ chè xuân năm nay, các hộ trong xã thu hoạch sớm hơn mọi năm gần hai tuần nhờ thời tiết ấm và mưa đều.",
    "Theo trưởng thôn, giá chè búp tươi tại vườn ổn định, thương lái đến tận nơi thu mua nên bà con yên tâm.",
    "Xã dự kiến mở rộng thêm 20 ha chè theo hướng hữu cơ, gắn với du lịch trải nghiệm cho khách phương xa.",
]
QUOTE = "“Năm nay chè được giá, nhà tôi tính trồng thêm hai sào ở sườn đồi”"
SPEAKER = "- Chị Lò Thị Hoa, thành viên hợp tác xã"
PAGE = ("<html><head><meta charset='utf-8'><title>Vụ chè xuân</title></head><body><main><article>"
        f"<h1>Nông dân vùng cao thu hoạch chè xuân sớm</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
        f"<blockquote class='quote'><p>{QUOTE}</p></blockquote><p class='quote-author'><em>{SPEAKER}</em></p>"
        f"<p>{PARAS[2]}</p></article></main></body></html>")

MENU = ["Thời sự", "Nông nghiệp", "Thị trường", "Khuyến nông", "Video"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Bình luận (3)", "Gửi bình luận", "© 2024 Báo Nhà Nông. Giữ toàn quyền."]
BOARD = ["Giá cả nông sản", "Chè búp tươi: 8.100 - 8.600 đ/kg", "Heo hơi: 53.200 - 53.500 đ/kg"]
HOTLINE = ["Tư vấn kỹ thuật miễn phí", "Bảo vệ thực vật: 0912 345 678", "Thú y: 024 3823 4567"]
OWN_TABLE = ["Bảng giá tham khảo tại chợ đầu mối nông sản trong tuần", "Chè búp tươi: 8.300 - 8.800 đ/kg",
             "Heo hơi: 54.000 - 54.500 đ/kg"]
OWN_HOTLINES = ["Bà con cần tư vấn có thể liên hệ:", "Trạm khuyến nông huyện: 0214 382 1234",
                "Chi cục Thủy sản tỉnh: 0214 385 6789"]
FARM = [*MENU, "Trang chủ / Khuyến nông", "Nông dân vùng cao thu hoạch chè xuân sớm", "Cập nhật 06:30 ngày 14/3/2025",
        PARAS[0], *BOARD, PARAS[1], *OWN_TABLE, *HOTLINE, PARAS[2], *OWN_HOTLINES, QUOTE, SPEAKER, "Minh Châu", *TAIL]

APPS = ["Các ứng dụng bị gỡ khỏi kho vì chứa mã độc gồm:", "Flash Light Plus", "Wallpaper HD Free"]
CARRIERS = ["Số tổng đài chăm sóc khách hàng của các nhà mạng:", "VinaPhone: 1800 1091", "iTel: 0236 867 8074"]
TECH = [*MENU, "Trang chủ / Bảo mật", "Gỡ hàng loạt ứng dụng chứa mã độc", "Đăng ngày 20/3/2025", *PARAS[:2], *CARRIERS,
        PARAS[2], *APPS, "Nguồn: Cục An toàn thông tin", "Bài: Lâm Nhung", *TAIL]

OFFERS = ["Dự án nổi bật", "Chung cư An Phú Tower - Quận 7 - Giá từ 68 triệu/m²",
          "Khu đô thị Hòa Bình Garden - Long Biên - Giá từ 52 triệu/m²"]
OWN_PROJECTS = ["Danh sách dự án được phép mở bán trong quý gồm:", "Chung cư Minh Khang - Quận 9 - Giá từ 45 triệu/m²"]
CLOSING = "Dự kiến dự án sẽ bàn giao nhà cho cư dân vào cuối năm sau"
HOMES = [*MENU, "Trang chủ / Dự án", "Thị trường căn hộ phía Đông sôi động trở lại", "Đọc nhanh hơn trên ứng dụng",
         "Cập nhật 09:10 ngày 2/4/2025", PARAS[0], "ĐỌC NGAY: Giá chung cư tiếp tục neo cao ở các quận nội thành",
         PARAS[1], *OWN_PROJECTS, PARAS[2], *OFFERS, CLOSING, "Hải Thu (t/h)", *TAIL]

RECORDS = {"farm": (FARM, ["Nông dân vùng cao thu hoạch chè xuân sớm", PARAS[0], PARAS[1], *OWN_TABLE, PARAS[2],
                           *OWN_HOTLINES, QUOTE, SPEAKER]),
           "homes": (HOMES, ["Thị trường căn hộ phía Đông sôi động trở lại", PARAS[0], PARAS[1], *OWN_PROJECTS, PARAS[2],
                             CLOSING]),
           "tech": (TECH, ["Gỡ hàng loạt ứng dụng chứa mã độc", *PARAS[:2], *CARRIERS, PARAS[2], *APPS])}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    recs = [{"id": k, "outlet": f"{k}.vn", "text": "\n".join(lines)} for k, (lines, _) in RECORDS.items()]
    return clean_records(tmp_path_factory.mktemp("round15"), [*recs, {"id": "page", "outlet": "nhanong.vn", "html": PAGE}])


def test_a_quotes_speaker_trafilatura_discards_is_under_the_quote(docs: dict[str, dict]) -> None:
    lines = docs["page"]["text"].split("\n")
    assert lines[lines.index(QUOTE) + 1] == SPEAKER, lines


@pytest.mark.parametrize("rid", sorted(RECORDS))
def test_round15_records_keep_the_article_and_drop_the_rest(docs: dict[str, dict], rid: str) -> None:
    lines, kept = RECORDS[rid]
    assert_page_cleaned(docs[rid], lines, kept)


# -- learning: the last item of an article's spec list, a line the outlet's spec box prints on every page ------------

INTRO = "Một số thông số đáng chú ý:"
SPEC = "Hệ điều hành: Android 14"


def _review(i: int) -> dict:
    rng = random.Random(f"r15-{i}")
    paras = [f"Bài {i} đoạn {j}: " + " ".join(rng.choice(WORDS) for _ in range(25)) + "." for j in range(3)]
    own = [INTRO, f"Màn hình: 6,{i % 9} inch AMOLED, 120 Hz", SPEC] if i % 6 == 0 else []
    title = "Đánh giá nhanh " + " ".join(rng.choice(WORDS) for _ in range(8))
    # (a page never holds one line twice: a review that lists the spec shows another system in the box)
    lines = [title, paras[0], *own, paras[1], paras[2], "Thông số máy", f"Pin: {5000 + i} mAh",
             "Hệ điều hành: HyperOS" if own else SPEC, "Chip & Sóng - Trang tin công nghệ"]
    return {"id": f"cs{i}", "outlet": "chipvasong.vn", "text": "\n".join(lines)}


@pytest.fixture(scope="module")
def learned_docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_records(tmp_path_factory.mktemp("learned15"), [_review(i) for i in range(30)])


def test_the_last_item_of_an_articles_spec_list_is_never_learned_away(learned_docs: dict[str, dict]) -> None:
    """Thirty reviews of one outlet, its spec box under every one; five announce their own specs with the box's
    "Hệ điều hành: Android 14" as their last item, right over the next paragraph: there it stays; the box's copy goes."""
    assert len(learned_docs) == 30
    for i in range(30):
        text = learned_docs[f"cs{i}"]["text"].split("\n")
        assert text.count(SPEC) == (1 if i % 6 == 0 else 0), learned_docs[f"cs{i}"]["removed"]
        if i % 6 == 0:
            assert text[text.index(INTRO) + 2] == SPEC, text
