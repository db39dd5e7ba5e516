"""Issue 12, round 16, through the command line and the Parquet output, with what held-out 17 showed. A police portal's
page laid out in a table: its paragraphs and its list of seized items are lines of their own, the emergency box goes.
Text records of a police portal, an energy paper, a charity paper and a magazine for the elderly: the top bar's date and
desk phone, a related box without a header, a health supplement's advert, a newspaper's donation box and a counter go;
a quote with its titled speaker, a line asking to call the numbers under it, the family's own address, a sub-heading
over a see-more line and an announced price list over a related box's header stay. Lines are invented here."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, clean_records

PARAS = [
    "Sáng nay, Công an tỉnh tổ chức hội nghị triển khai đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm với sự "
    "tham dự của lãnh đạo các phòng nghiệp vụ.",
    "Theo báo cáo, từ đầu năm đến nay lực lượng công an đã phát hiện, bắt giữ hơn 300 đối tượng, thu giữ nhiều tang "
    "vật và phương tiện phạm tội các loại.",
    "Trong đợt cao điểm, các đơn vị tăng cường tuần tra vào ban đêm, nhất là tại các tuyến đường giáp ranh và các khu "
    "vực thường xảy ra trộm cắp tài sản.",
]
SEIZED = ["4,4 kg ma túy tổng hợp", "Nhiều sổ sách ghi chép lô đề", "7 điện thoại di động"]
TITLE = "Công an tỉnh triển khai đợt cao điểm trấn áp tội phạm cuối năm"
PAGE = ("<html><head><meta charset='utf-8'><title>Trấn áp tội phạm</title></head><body>"
        "<nav><ul><li><a href='/1'>Trang chủ</a></li><li><a href='/2'>Truy nã</a></li></ul></nav><main>"
        "<table class='layout' width='100%'><tr><td class='col-left' valign='top'><div class='portal-news-detail'>"
        f"<h1 class='post-title'>{TITLE}</h1><div class='news-content-text'><p>{PARAS[0]}</p><p>{PARAS[1]}</p>"
        "<p>Tại hiện trường, lực lượng chức năng thu giữ:</p><ul>" + "".join(f"<li>{x}</li>" for x in SEIZED)
        + f"</ul><p>{PARAS[2]}</p><p class='source'><b>Nguồn: Công an tỉnh</b></p></div></div></td>"
        "<td class='col-right' width='300' valign='top'><div class='box'><h4>SỐ ĐIỆN THOẠI KHẨN CẤP</h4><ul>"
        "<li>Công an: 113</li><li>Cứu hỏa, cứu nạn: 114</li><li>Cấp cứu y tế: 115</li></ul></div></td></tr></table>"
        "</main></body></html>")

MENU = ["Trang chủ", "Tin tức - Sự kiện", "An ninh trật tự", "Truy nã", "Văn bản pháp luật"]
TAIL = ["Chia sẻ: Facebook | Zalo", "Bình luận (3)", "Gửi bình luận", "© 2024 Cổng TTĐT Công an tỉnh. Giữ toàn quyền."]
QUOTE = "“Mỗi người dân phải là một tai mắt, một camera an ninh của xóm mình”"
SPEAKER = "Đại tá Trần Văn Hùng, Giám đốc Công an tỉnh"
CALL = ["Người dân cần trình báo xin liên hệ các số sau", "Phòng Cảnh sát hình sự: 0935 351 497",
        "Phòng An ninh mạng: 0943 499 222"]
BOX = ["Tin liên quan", "Bắt giữ nhóm trộm cắp xe máy liên huyện (16/04)", "Triệt phá đường dây đánh bạc - 02/10/2024",
       "Khen thưởng tập thể có thành tích phá án (23/05)"]
POLICE = ["Trực ban hình sự: 0256.367.5439", "Hôm nay: Thứ Tư, 13 tháng 1 năm 2026", *MENU, "Trang chủ > An ninh trật tự",
          TITLE, PARAS[0], QUOTE, SPEAKER, PARAS[1], PARAS[2], *BOX, *CALL, "Theo Cổng TTĐT Bộ Công an", *TAIL]

HEADLINES = ["Giá dầu thế giới giảm phiên thứ ba liên tiếp", "Giá xăng có thể tăng nhẹ trong kỳ tới - 16 giờ trước",
             "Hoàn thành cấp điện cho các bản vùng cao - 5 giờ trước", "Đóng điện đường dây 500 kV mạch 3 (26/04)"]
PRICES = ["Từ 15h chiều nay, giá bán lẻ xăng dầu được điều chỉnh như sau:", "Xăng E5 RON 92: không cao hơn 22.210 đồng/lít",
          "Dầu hỏa: không cao hơn 22.410 đồng/lít"]
READ = ["Đọc thêm", "Nhiệt điện than đối mặt bài toán chuyển đổi", "» Cảnh báo tin nhắn giả mạo nhân viên điện lực",
        "11:53 Tiết kiệm điện trong mùa hè: những việc nên làm"]
ENERGY_TITLE = "Giá xăng dầu đồng loạt giảm từ chiều nay"
ENERGY = [*MENU, ENERGY_TITLE, "Cập nhật 09:10 ngày 2/4/2025", PARAS[0], *HEADLINES, PARAS[1], *PRICES, *READ, PARAS[2],
          "Theo EVN", *TAIL]

DONATE = ["Mọi sự ủng hộ xin gửi về:", "Quỹ Nhân ái - Báo Nhân Ái", "Số tài khoản: 5976983466",
          "Tại Ngân hàng Vietcombank chi nhánh Sài Gòn", "Nội dung: Ủng hộ MS 23.131"]
FAMILY = ["Mọi sự giúp đỡ xin gửi trực tiếp về:", "Chị Lê Thị Hoa, thôn Yên Phú, xã Tam Kỳ, huyện Lộc Ninh",
          "Số điện thoại: 0912 345 678"]
HEAD = "Chống gian lận bằng công nghệ cao"
LINK = ">> Chàng trai bị tai nạn lao động liệt nửa người"
CHARITY_TITLE = "Người mẹ nghèo ung thư giai đoạn cuối mong được giúp đỡ"
CHARITY = [*MENU, CHARITY_TITLE, "Thứ Năm, 27/06/2020 21:27 (GMT+7)", "Đã có 1959 lượt ủng hộ", PARAS[0], *BOX[:3], HEAD,
           LINK, PARAS[1], PARAS[2], *FAMILY, "Nguồn: Hội Chữ thập đỏ tỉnh", *DONATE, *TAIL]

SUPPLEMENT = ["Viên bổ não Minh Mẫn - hỗ trợ tăng cường trí nhớ", "Tư vấn miễn phí: 1800 6690",
              "*Sản phẩm này không phải là thuốc, không có tác dụng thay thế thuốc chữa bệnh.",
              "Số XNQC: 976/2021/XNQC-ATTP"]
RISES = ["Mức điều chỉnh cụ thể như sau:", "Người hưởng trợ cấp hằng tháng: tăng 14%",
         "Người nghỉ hưu trước năm 1995: tăng 13%"]
ELDER_TITLE = "Điều chỉnh lương hưu từ ngày 1/7: ai được tăng bao nhiêu"
ELDER = ["Hôm nay: Thứ Tư, ngày 17/10/2026 (âm lịch 28/4)", *MENU, ELDER_TITLE, PARAS[0], *RISES, *SUPPLEMENT, PARAS[1],
         PARAS[2], *TAIL]

RECORDS = {"police": (POLICE, [TITLE, PARAS[0], QUOTE, SPEAKER, PARAS[1], PARAS[2], *CALL]),
           "energy": (ENERGY, [ENERGY_TITLE, PARAS[0], PARAS[1], *PRICES, PARAS[2]]),
           "charity": (CHARITY, [CHARITY_TITLE, PARAS[0], HEAD, PARAS[1], PARAS[2], *FAMILY]),
           "elder": (ELDER, [ELDER_TITLE, PARAS[0], *RISES, PARAS[1], PARAS[2]])}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    recs = [{"id": k, "outlet": f"{k}.vn", "text": "\n".join(lines)} for k, (lines, _) in RECORDS.items()]
    return clean_records(tmp_path_factory.mktemp("round16"), [*recs, {"id": "page", "outlet": "congan.vn", "html": PAGE}])


def test_a_page_laid_out_in_a_table_keeps_its_paragraphs_and_list(docs: dict[str, dict]) -> None:
    lines = docs["page"]["text"].split("\n")
    assert all(p in lines for p in PARAS), lines
    assert all(f"- {x}" in lines for x in SEIZED), lines
    assert not any(x.startswith("|") or "113" in x for x in lines), lines
    assert {r["rule"] for r in docs["page"]["removed"]} >= {"widget_label"}, docs["page"]["removed"]


@pytest.mark.parametrize("rid", sorted(RECORDS))
def test_round16_records_keep_the_article_and_drop_the_rest(docs: dict[str, dict], rid: str) -> None:
    lines, kept = RECORDS[rid]
    assert_page_cleaned(docs[rid], lines, kept)
