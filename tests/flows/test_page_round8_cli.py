"""Issue 12, round 8, through the command line and the Parquet output: whole pages of unseen sites' kinds as text
records, with the classes read from held-out 7 by SHAPE and PLACE (an aggregator's page whose article is a title over
its source's credit, other outlets' headlines and a footer's sentence; a byline closing the article above a related run
ending in a question; credits of the original article, suppliers and desks; part markers; a portal's dateline, view
counter, search form and attachments; a row of stock quotes; a broadcaster's channel bar, programme guide, frequencies
and player controls; a count header over headlines) and a precision trap for each (a short last paragraph under a box
inside the article, web addresses the article announces, a form the article quotes, the article's own figures and
schedule, a poem under its title). Lines are invented here; each outlet is its own, so nothing is learned."""

from __future__ import annotations

import pytest

from tests.flows.cli_support import assert_page_cleaned, assert_rules, clean_pages

TITLE = "Hà Tĩnh mở cổng đăng ký xét tuyển lớp 6 trực tuyến"
BODY = [
    "Từ năm nay, phụ huynh ở Hà Tĩnh có thể đăng ký xét tuyển lớp 6 cho con hoàn toàn qua mạng, không phải nộp hồ sơ "
    "giấy tại trường như những năm trước.",
    "Sở Giáo dục và Đào tạo cho biết hệ thống đã được chạy thử ở ba huyện trước khi mở rộng ra toàn tỉnh từ tháng 6.",
    "Các trường sẽ công bố danh sách trúng tuyển trước ngày 15/7 trên cổng thông tin của sở, đồng thời gửi tin nhắn "
    "cho từng phụ huynh; những hồ sơ còn thiếu giấy tờ sẽ được nhà trường liên hệ bổ sung trong vòng một tuần.",
]
FURNITURE = ["Chia sẻ: Facebook | Zalo", "© 2024 Báo Hồng Lĩnh. Giữ toàn quyền."]
HEADLINES = ["Nghệ An thu hồi 300 ha đất rừng bị lấn chiếm", "Cầu vượt sông Lam thông xe trước Tết",
             "Thanh Hóa mở thêm hai tuyến xe buýt liên huyện"]

# an aggregator: the article is its title over the source's credit; other outlets' headlines under a count header and
# a widget label; a footer's sentence about the site, then its licence
AGGREGATOR = [TITLE, "Bài gốc: Báo Hồng Lĩnh", "Có 14 bài viết về sự kiện này",
              "Hà Tĩnh mở cổng xét tuyển trực tuyến - Báo Nghệ Tĩnh", "Phụ huynh đăng ký tuyển sinh qua mạng | Báo Sông La",
              "Đọc nhiều trong ngày"] + HEADLINES + [
              "Tin Nhanh 24 không sản xuất tin tức. Nội dung thuộc bản quyền của các cơ quan báo chí.",
              "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 12/GP-TTĐT", "© 2024 Tin Nhanh 24"]
# a broadcaster: a channel bar and a player's control above the title, a byline under the last paragraph, then its
# other programmes (one a question), a frequency and a programme guide
BROADCAST = ["Xem kênh: HTV1 ¦ HTV2 ¦ HL-FM ¦ HTV Thể thao", "Tự động phát video tiếp theo", TITLE] + BODY + [
    "TRẦN MINH - LÊ HÀ", "Xem thêm video", "Phóng sự: Ai giữ rừng đầu nguồn?", "Bản tin thời sự 19h ngày 3/4/2024 (12:40)",
    "Ký sự: Mùa nước nổi (08:15)", "Phóng sự: Vì sao thiếu giáo viên?", "HL-FM 96,5 MHz - Giao thông",
    "Lịch phát sóng hôm nay", "06:30 - Chào buổi sáng", "07h15 Thời sự trưa (Trực tiếp)"] + FURNITURE
# credits and markers in a closing zone, one class a line
CREDITS = ["(Bài 2/4)", "— Hết phần 2 —", "Ban Giáo dục - Báo Hồng Lĩnh", "Người đăng: Hoàng Yến",
           "(Tin: Sở Giáo dục và Đào tạo)", "Số liệu tham khảo từ Tổng cục Thống kê", "Sở Giáo dục và Đào tạo cung cấp",
           "Bài viết được tổng hợp tự động từ các nguồn báo chí", "honglinh.vn", "Tuyển sinh + Theo dõi",
           "Từ khóa nóng: điểm chuẩn, lịch thi, học bạ"]
# a portal: its dateline and view counter over the article; a search form, attachments and a stock row in its tail
PORTAL = [TITLE, "Cập nhật vào lúc 08:15:30 12/06/2024", "Số lượt xem: 4.512"] + BODY + [
    "Tệp đính kèm:", "Ke-hoach-tuyen-sinh-2024.pdf", "TÌM KIẾM VĂN BẢN", "Cơ quan ban hành: -- Chọn --",
    "Từ ngày ... đến ngày ...", "VN-Index 1.250,31 ▲ 6,20 (0,50%) | HNX-Index 235,10 ▼ 1,05 (-0,44%)"] + FURNITURE

# traps: a short last paragraph under a box inside the article, over the footer; web addresses the article announces;
# a form the article quotes; the article's own figures and schedule
BOX = ["Tin liên quan", f"{HEADLINES[0]} (12/3)", f"{HEADLINES[1]} (14/3)"]
LAST = "Kết quả sẽ được gửi tin nhắn cho phụ huynh."
ADDRESSES = ["Phụ huynh tra cứu kết quả tại các trang:", "tuyensinh.honglinh.gov.vn", "dichvucong.honglinh.gov.vn"]
FORM = "Mẫu đơn ghi rõ: Tôi tên là ..., sinh ngày ..., cư trú tại ..."
FIGURES = ["Số hồ sơ đăng ký 12.400", "Tỷ lệ trực tuyến 85%"]
# a poem under its title (capitals, a byline's shape) right under the article's last paragraph, its last line a sentence
POEM = ["MẸ ƠI", "Con về bên ngõ nhỏ", "Nghe gió thổi qua hiên", "Mẹ ngồi bên bếp lửa", "Con thương mẹ nhiều lắm!"]
# items a rule would take by their shape alone (a web address, a time) inside lists the article announces, with more
# items after them
LISTS = ["Phụ huynh tra cứu kết quả tại:", "tuyensinh.honglinh.gov.vn", "Tổng đài hỗ trợ của Sở Giáo dục",
         "Thời gian xử lý mỗi hồ sơ trung bình:", "15 phút", "Ban Tổ chức"]
SCHEDULE = ["Lịch tiếp nhận hồ sơ:", "07:30 - Nhận hồ sơ buổi sáng", "13:30 - Nhận hồ sơ buổi chiều"]

# record id -> (lines, the lines that must stay, in order)
PAGES: dict[str, tuple[list[str], list[str]]] = {
    "aggregator": (AGGREGATOR, [TITLE]),
    "broadcaster": (BROADCAST, [TITLE] + BODY),
    "credits": ([TITLE] + BODY + CREDITS + FURNITURE, [TITLE] + BODY),
    "portal": (PORTAL, [TITLE] + BODY),
    "trap-short-paragraph-under-a-box": ([TITLE] + BODY[:2] + BOX + [LAST] + FURNITURE, [TITLE] + BODY[:2] + [LAST]),
    "trap-poem-under-its-title": ([TITLE] + BODY + POEM + FURNITURE, [TITLE] + BODY + POEM),
    "trap-announced-addresses": ([TITLE] + BODY + ADDRESSES + FURNITURE, [TITLE] + BODY + ADDRESSES),
    "trap-list-goes-on-past-an-address-and-a-time": ([TITLE] + BODY + LISTS + FURNITURE, [TITLE] + BODY + LISTS),
    "trap-form-figures-schedule": ([TITLE] + BODY[:2] + [FORM] + FIGURES + [BODY[2]] + SCHEDULE + FURNITURE,
                                   [TITLE] + BODY[:2] + [FORM] + FIGURES + [BODY[2]] + SCHEDULE),
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    return clean_pages(tmp_path_factory.mktemp("pages8"), PAGES, ".vn")


@pytest.mark.parametrize("rid", sorted(PAGES))
def test_round8_page_classes_go_and_the_article_stays(docs: dict[str, dict], rid: str) -> None:
    lines, kept = PAGES[rid]
    assert_page_cleaned(docs[rid], lines, kept)


def test_round8_classes_are_named(docs: dict[str, dict]) -> None:
    expected = {
        "Bài gốc: Báo Hồng Lĩnh": "source_credit", "Có 14 bài viết về sự kiện này": "related_links",
        "Xem kênh: HTV1 ¦ HTV2 ¦ HL-FM ¦ HTV Thể thao": "menu", "Tự động phát video tiếp theo": "widget_label",
        "HL-FM 96,5 MHz - Giao thông": "widget_label",
        "(Bài 2/4)": "continuation", "— Hết phần 2 —": "continuation", "Ban Giáo dục - Báo Hồng Lĩnh": "author_byline",
        "Người đăng: Hoàng Yến": "author_byline", "(Tin: Sở Giáo dục và Đào tạo)": "source_credit",
        "Số liệu tham khảo từ Tổng cục Thống kê": "source_credit", "Sở Giáo dục và Đào tạo cung cấp": "source_credit",
        "Bài viết được tổng hợp tự động từ các nguồn báo chí": "source_credit", "honglinh.vn": "source_credit",
        "Tuyển sinh + Theo dõi": "tags", "Từ khóa nóng: điểm chuẩn, lịch thi, học bạ": "tags",
        "Cập nhật vào lúc 08:15:30 12/06/2024": "dateline", "Số lượt xem: 4.512": "share_widget",
        "Tệp đính kèm:": "widget_label", "Ke-hoach-tuyen-sinh-2024.pdf": "related_links",
        "Cơ quan ban hành: -- Chọn --": "widget_label", "Từ ngày ... đến ngày ...": "widget_label",
        "VN-Index 1.250,31 ▲ 6,20 (0,50%) | HNX-Index 235,10 ▼ 1,05 (-0,44%)": "price_widget",
    }
    assert_rules(docs, expected)
