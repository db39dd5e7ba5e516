"""Tester T6's cleaning findings (F9, F10, F3, F4), through the command line and the Parquet output: article lines
shaped like boilerplate next to boilerplate (a last paragraph without its full stop over an inline see-more line, an
interview opening with its first question, a closing quotation's author and the sign-off under it, a letter's
signature under "Trân trọng,", a Q&A's answering lawyer over her organisation) stay; and boilerplate of known classes in
other wordings (an advertiser's line with its web address under an advert label, "Xem thêm video:" with its headline)
goes, with a trap for each guard (a wire's credit in brackets under a quoted last paragraph, a bulleted headline above
an article, a question headline). Lines are invented here; each outlet is its own, so nothing is learned."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, clean_pages

TITLE = "Nông dân miền Tây phấn khởi vì giá lúa tăng"
BODY = [
    "Giá lúa tại ruộng ở nhiều tỉnh miền Tây tăng 300-500 đồng mỗi kg trong tuần qua, thương lái tranh nhau thu mua "
    "lúa tươi ngay tại bờ ruộng.",
    "Theo khảo sát của phóng viên, tại An Giang, Đồng Tháp và Cần Thơ, nhiều hộ nông dân đã bán hết lúa vụ thu đông "
    "với mức lãi cao nhất trong ba năm trở lại đây.",
]
FURNITURE = ["Chia sẻ: Facebook | Zalo", "© 2024 Báo Miền Tây. Giữ toàn quyền."]

# F9: the last paragraph without a full stop, a photo's caption above it, an inline see-more line under it
LAST = "Hy vọng mùa màng năm tới sẽ còn bội thu hơn nữa"
CAPTION = "Nông dân An Giang thu hoạch lúa. Ảnh: Cửu Long"
SEE_MORE = "Xem thêm: Giá gạo xuất khẩu lập đỉnh mới"

# F10: an interview opening with its first question (a bullet before it), the answer under it
QUESTION = "* Thưa ông, vì sao rừng đầu nguồn bị mất nhanh như vậy?"
ANSWER = "- Nguyên nhân chính là phá rừng trồng cây công nghiệp và làm thủy điện nhỏ trong nhiều năm, trong khi việc " \
         "trồng lại rừng tự nhiên gần như không được quan tâm đúng mức."
QUESTION_2 = "* Cần làm gì ngay bây giờ?"
ANSWER_2 = "- Phải dừng ngay các dự án thủy điện nhỏ chưa triển khai và giao rừng cho cộng đồng quản lý, có chi trả " \
           "dịch vụ môi trường rừng thỏa đáng."
# its unaddressed twin with no answer under it is a bulleted headline above the article (a box's link)
HEADLINE_Q = "* Vì sao giá vàng trong nước tăng mạnh"

# F3: an essay closing with an epigraph, its author in brackets and the place-and-date of its writing
QUOTE = "“Đi đâu rồi cũng nhớ về quê mẹ”"
AUTHOR = "(Tố Hữu)"
SIGNOFF = "Huế, 1.11.2023"
BYLINE = "Bài và ảnh: NGỌC MAI"
# a letter opening with a greeting, closing with "Trân trọng," and its writer's name
GREETING = "Kính gửi Ban Giám đốc Bệnh viện Chợ Rẫy,"
LETTER = ["Gia đình chúng tôi xin gửi lời cảm ơn chân thành tới các y bác sĩ khoa Hồi sức đã tận tình cứu chữa cho cha "
          "chúng tôi suốt hai tuần điều trị vừa qua.",
          "Sự tận tâm của các anh chị đã giúp gia đình vượt qua những ngày khó khăn nhất.", "Xin chân thành cảm ơn!",
          "Trân trọng,", "Nguyễn Văn An"]
# a Q&A column: the answering lawyer's name over her organisation
QA = ["Hỏi: Tôi muốn ly hôn đơn phương thì cần chuẩn bị những giấy tờ gì?", "Nguyễn Thị Hoa (Hà Nội)", "Trả lời:",
      "Theo quy định của Luật Hôn nhân và gia đình, người yêu cầu ly hôn đơn phương cần nộp đơn khởi kiện kèm bản sao "
      "giấy chứng nhận kết hôn, giấy tờ tùy thân và giấy khai sinh của các con tại tòa án nơi bị đơn cư trú.",
      "Luật sư Lê Thị Bình", "Đoàn Luật sư TP Hà Nội"]
# traps: a wire's credit (an acronym) in brackets under an article's quoted last paragraph; a writer's name under
# "Trân trọng," in a text that opens with no greeting (a byline under the article's last line)
QUOTED_LAST = "“Chúng tôi sẽ tiếp tục hỗ trợ bà con tiêu thụ lúa trong những tuần tới”"

# F4: an advertiser's line with its web address under an advert label; "Xem thêm video:" and its headline at the end
ADVERT = ["Quảng cáo", "Công ty TNHH Phân bón Xanh - Hotline: 0909 123 456 - Website: phanbonxanh.vn",
          "Địa chỉ: 12 Nguyễn Trãi, Q.1, TP.HCM"]
VIDEOS = ["Xem thêm video:", "5 món ăn sáng dễ làm cho cả nhà"]
# a widget's tab labels over a related block's header; trap: a list the article announces
TABS = ["Lịch thi đấu", "Bảng xếp hạng", "Tin khác"]
ANNOUNCED = ["Các đội vào vòng trong gồm:", "Hà Nội FC", "Nam Định", "Thanh Hóa"]

# record id -> (lines, the lines that must stay, in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    "last-line-over-see-more": ([TITLE, *BODY, CAPTION, LAST, SEE_MORE],
                                [TITLE, *BODY, LAST]),
    "interview-opening-with-its-question": ([QUESTION, ANSWER, QUESTION_2, ANSWER_2],
                                            [QUESTION, ANSWER, QUESTION_2, ANSWER_2]),
    "trap-bulleted-question-headline-above": ([HEADLINE_Q, TITLE, *BODY, *FURNITURE], [TITLE, *BODY]),
    "epigraph-author-and-signoff-at-the-end": ([TITLE, *BODY, QUOTE, AUTHOR, SIGNOFF, BYLINE, *FURNITURE],
                                               [TITLE, *BODY, QUOTE, AUTHOR, SIGNOFF]),
    "trap-wire-credit-under-a-quoted-last-line": ([TITLE, *BODY, QUOTED_LAST, "(TTXVN)", *FURNITURE],
                                                  [TITLE, *BODY, QUOTED_LAST]),
    "letter-signed-under-a-comma": (["Thư cảm ơn của gia đình bệnh nhân", GREETING, *LETTER, *FURNITURE],
                                    ["Thư cảm ơn của gia đình bệnh nhân", GREETING, *LETTER]),
    "trap-no-greeting-byline-under-the-closing": ([TITLE, *BODY, *LETTER[2:], *FURNITURE], [TITLE, *BODY, *LETTER[2:4]]),
    "qa-answering-lawyer": (["Hỏi đáp pháp luật", *QA, *FURNITURE], ["Hỏi đáp pháp luật", *QA]),
    "advertiser-with-web-address": ([TITLE, *BODY, *ADVERT], [TITLE, *BODY]),
    "see-more-videos-at-the-end": ([TITLE, *BODY, *VIDEOS], [TITLE, *BODY]),
    "tab-labels-over-a-related-block": ([TITLE, *BODY, *TABS], [TITLE, *BODY]),
    "trap-announced-list-over-a-related-block": ([TITLE, *BODY, *ANNOUNCED, *TABS[2:]], [TITLE, *BODY, *ANNOUNCED]),
}


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("t6_pages"), PAGES, ".t6.vn")


@pytest.mark.parametrize("rid", list(PAGES))
def test_t6_page(cleaned: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(cleaned[rid], lines, kept)
