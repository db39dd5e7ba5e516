"""Tester finding F14, through the command line and the Parquet output: a contact box under the article's request
to reach someone is the article's whole — a charity appeal's name and address, phone and account under "Bạn đọc
muốn giúp đỡ … xin liên hệ"; a seminar's two organisers under "Để biết thêm chi tiết về chương trình hội thảo này,
vui lòng liên hệ:" (the ending of a real VNTC article, its last contact glued as the corpus has it); a university's
contact under a scholarship notice — never half of it, while an advertiser's box under the article still loses its
contact lines. Each record is its own outlet."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, clean_pages

TITLE = "Xin giúp em Nam vượt qua bệnh hiểm nghèo"
BODY = ["Gia đình em Nguyễn Văn Nam ở xã Tân Lập, huyện Đồng Phú, tỉnh Bình Phước đang rơi vào hoàn cảnh vô cùng khó "
        "khăn khi em bị ung thư máu, cha mẹ làm thuê không đủ tiền chữa trị.",
        "Bác sĩ cho biết nếu được điều trị kịp thời, em có nhiều cơ hội khỏi bệnh, nhưng chi phí mỗi đợt điều trị lên "
        "tới hàng trăm triệu đồng."]
APPEAL = ["Bạn đọc muốn giúp đỡ gia đình em Nam xin liên hệ",
          "Anh Nguyễn Văn Tâm, ấp 3, xã Tân Lập, huyện Đồng Phú, Bình Phước", "Điện thoại: 0912 345 678",
          "Số tài khoản: 0011001234567 - Vietcombank"]
SHARE = ["Chia sẻ: Facebook | Zalo", "Gửi bình luận"]
SEMINAR_TITLE = "Hội thảo du học Australia tại Biên Hòa"
SEMINAR = ["Thân mời Quý vị phụ huynh và các em học sinh ở Biên Hòa, Đồng Nai đến tham dự buổi hội thảo “Du học "
           "Australia và các dịch vụ hỗ trợ tài chính” do IDP Education Australia (IDP) và Ngân hàng Á Châu phối hợp "
           "tổ chức.",
           "Tham dự hội thảo, khách tham dự sẽ được tặng sách “Cẩm nang Du học Úc - Boomerang” - ấn phẩm giáo dục mới "
           "xuất bản của IDP.",
           "Để biết thêm chi tiết về chương trình hội thảo này, vui lòng liên hệ:",
           "Công ty IDP Education Australia:12 Bis Phan Kế Bính, Q.1, TP. HCM. Điện thoại: (08) 910 4205",
           "Ngân hàng Á Châu, Chi nhánh Đồng Nai94/467 Quốc lộ 15, TP. Biên Hòa, Đồng NaiĐiện thoại: (061) 813 900 "
           "(gặp cô Nhung)"]
# the glued last contact as the pipeline splits it (a capital glued to the end of a word opens a new line)
SEMINAR_KEPT = [*SEMINAR[:-1], "Ngân hàng Á Châu, Chi nhánh Đồng Nai94/467 Quốc lộ 15, TP. Biên Hòa, Đồng Nai",
                "Điện thoại: (061) 813 900 (gặp cô Nhung)"]
SCHOLARSHIP = ["Học bổng tiến sĩ ngành kỹ thuật tại Anh",
               "Khoa Kỹ thuật của một đại học Anh thông báo cấp hai suất học bổng tiến sĩ toàn phần cho sinh viên quốc "
               "tế, hạn nộp hồ sơ là cuối tháng này.",
               "Ứng viên quan tâm về học bổng, xin liên lạc:", "Mr C J Scotcher", "The Senior Administrator",
               "Department of Engineering Science, Parks Road, Oxford", "Email: administrator@eng.ox.ac.uk"]
ADVERTS = {
    "advert-details-colon": ["Mọi chi tiết xin liên hệ:", "Công ty TNHH Du lịch Hưng Phát, 12 Lê Lợi, Q.1, TP.HCM",
                             "Hotline: 0903 123 456"],
    "advert-company-web": ["Quý khách có nhu cầu xin liên hệ",
                           "Công ty TNHH Thiết bị Hưng Phát, 12 Lê Lợi, Q.1, TP.HCM", "Hotline: 0903 123 456",
                           "Website: hungphat.vn"],
    "advert-details-email": ["Thông tin chi tiết xin liên hệ:", "Anh Hùng, 12 Lê Lợi, Q.1, TP.HCM",
                             "Điện thoại: 0903 123 456", "Email: hung@hungphat.vn"],
}
ADVERT_CONTACTS = ("Hotline: 0903 123 456", "Website: hungphat.vn", "Điện thoại: 0903 123 456",
                   "Email: hung@hungphat.vn")

# record id -> (lines, the lines that must stay, in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    "appeal": ([TITLE, *BODY, *APPEAL], [TITLE, *BODY, *APPEAL]),
    "appeal-over-share": ([TITLE, *BODY, *APPEAL, *SHARE], [TITLE, *BODY, *APPEAL]),
    "seminar": ([SEMINAR_TITLE, *SEMINAR], [SEMINAR_TITLE, *SEMINAR_KEPT]),
    # a university's contact (its e-mail at an academic domain) under a scholarship notice's request
    "scholarship": (SCHOLARSHIP, SCHOLARSHIP),
    **{rid: ([TITLE, *BODY, *box], [TITLE, *BODY, *(x for x in box if x not in ADVERT_CONTACTS)])
       for rid, box in ADVERTS.items()},
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("contact-box"), PAGES, ".vn")


@pytest.mark.parametrize("rid", ["appeal", "appeal-over-share", "scholarship"])
def test_an_appeals_contact_box_stays_whole(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_a_seminars_organisers_keep_their_phones(docs: dict[str, dict]) -> None:
    doc = docs["seminar"]
    assert doc["text"].split("\n") == [SEMINAR_TITLE, *SEMINAR_KEPT], doc["removed"]
    assert doc["removed"] == []


@pytest.mark.parametrize("rid", sorted(ADVERTS))
def test_an_advertisers_contacts_still_go(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)
    assert {r["rule"] for r in docs[rid]["removed"]} == {"contact_block"}, docs[rid]["removed"]
