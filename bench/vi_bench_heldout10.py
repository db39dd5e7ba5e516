"""HELD-OUT half 10 of the line-labelled Vietnamese page benchmark: families 54-57, seed 23.

Written by an independent benchmark author (helper HO10) who, by rule, never opened the cleaner
(`cleaners/`), the flows, the tests, the README, the other held-out modules, their scores or the
benchmark's verdict files, and never ran the cleaner or a scoring of this half while writing it. Only
`bench/vi_bench_templates.py` (the `Line`/`Page` types) and the harness part of `bench/eval_vi_pages.py`
(docstring, labels, HALVES, `build_page`, page rendering and writing in `run_half`) were read. The
wordings, layouts and traps below come from the author's own knowledge of how Vietnamese news sites look.

Four fictional sites of kinds rare in news benches, each with one fixed template:

- 54 `baothanhnguyen.vn`: the online edition of a provincial Party newspaper (Báo Thanh Nguyên, organ
  of a fictional province's Party committee): long menu, dated "Tin cùng chuyên mục", provincial
  weather, a footer with licence, editors and newsroom address.
- 55 `suckhoe365.com.vn`: a health & medicine site: "Tham vấn y khoa" bylines, "Bài viết có hữu ích?"
  bars, ask-a-doctor prompts, clinic adverts, a disclaimer in the footer.
- 56 `nhadat-taichinh.vn`: a real-estate & finance magazine: VN-Index/interest-rate/gold tickers,
  project adverts with hotlines, comment counters.
- 57 `thethaoso24.vn`: a sports site with live-score, fixture and standings widgets (the label set has
  one class for data tickers, so score/fixture/standings widgets are labelled `price_widget`).

What a site keeps fixed (menus, footer, widget and prompt wording) is constant per site; what its CMS
varies is drawn per page: dates, headline lists, widget presence and order, counters, bylines, sources,
tags, adverts, continuation markers. Article bodies are real VNTC articles (first line the title). About
a third of the content lines are article text written in the shape of boilerplate (precision traps,
labelled `content`): announced hotline/hospital/address lists, a match result table, standings, a
dosage list, a price or interest-rate list the article is about, stock closing figures, a quoted
person's name and role on its own line, subheadings, Q&A interviews ("Phóng viên: ..."), numbered
steps, slogans and a poem, an official directive's signature block, a project fact box, a short last
sentence. Traps draw their details per page, so an outlet seldom repeats one verbatim (short formulaic
lines such as "(Đã ký)", "Trả lời:" or a symptom do recur, as they do on real sites). At the default
16 HTML pages + 40 text records per family, traps are about 39 % of the HTML content lines and 34 % of
the text-record content lines; no text carries two labels within a site.

Interface (as eval_vi_pages uses a held-out module): FAMILIES, ARTICLE_OUTLETS, SEED, OUTLETS, LABELS,
`build_page(fam, n, article, r) -> Page` (its `head + body + side + foot` lines are the text record),
`render_html(page, n) -> str` (the HTML page of the same lines in the site's own markup).
"""

from __future__ import annotations

import html
import random
import zlib
from collections.abc import Callable

from bench.vi_bench_templates import Line, Page

FAMILIES = (54, 55, 56, 57)
ARTICLE_OUTLETS = ("TT", "VNE", "NLD", "TN")
SEED = 23
OUTLETS = {54: "baothanhnguyen.vn", 55: "suckhoe365.com.vn", 56: "nhadat-taichinh.vn", 57: "thethaoso24.vn"}
SITE_NAMES = {54: "Báo Thanh Nguyên", 55: "Sức Khỏe 365", 56: "Nhà Đất & Tài Chính", 57: "Thể Thao Số 24"}
LABELS = ("title", "content", "menu", "breadcrumb", "dateline", "related_links", "weather_widget", "price_widget",
          "share_widget", "comment_prompt", "tags", "byline", "source", "continuation", "advert", "footer")

# -- people, places, numbers ---------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
            "Lương", "Đinh", "Trịnh", "Mai", "Tạ", "Quách", "Cao", "La"]
MIDDLES = ["Văn", "Thị", "Minh", "Quốc", "Thanh", "Hữu", "Ngọc", "Đức", "Thu", "Hoài", "Xuân", "Bảo", "Công", "Kim",
           "Thế", "Diệu", "Hồng", "Anh"]
GIVENS = ["Anh", "Bình", "Chiến", "Duy", "Giang", "Hà", "Hạnh", "Hiếu", "Hòa", "Huy", "Hương", "Khoa", "Lan", "Long",
          "Mai", "Nam", "Nga", "Nhàn", "Phúc", "Quyên", "Sang", "Thắng", "Thủy", "Toàn", "Trung", "Uyên", "Việt",
          "Xuyến", "Yến", "Đạt", "Lộc", "Tín"]
DISTRICTS = ["Thạch Sơn", "Yên Khê", "Kỳ Lâm", "Vân Trì", "Đông Hạ", "Phú Lương", "Mỹ Xuyên", "Tân Cương", "Lạc Sơn",
             "Bình Giang"]
COMMUNES = ["Hòa Bình", "Xuân Lộc", "Tân Lập", "Quảng Tiến", "Đại Đồng", "Thanh Xuân", "Hợp Thành", "Cẩm Tú",
            "Nghĩa Hưng", "Phúc Thịnh", "An Phú", "Trung Sơn"]
STREETS = ["Trần Phú", "Lê Lợi", "Quang Trung", "Phan Đình Phùng", "Nguyễn Trãi", "Bà Triệu", "Hùng Vương",
           "Võ Thị Sáu", "Lý Tự Trọng", "Ngô Quyền", "Chu Văn An", "Nguyễn Huệ"]
WIRES = ["TTXVN", "Reuters", "AFP", "AP", "Xinhua", "Kyodo", "BBC", "Yonhap", "Bloomberg", "CNBC", "Al Jazeera",
         "Sputnik", "The Straits Times"]
DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def full_name(r: random.Random) -> str:
    return f"{r.choice(SURNAMES)} {r.choice(MIDDLES)} {r.choice(GIVENS)}"


def pen_name(r: random.Random) -> str:
    """A two-syllable pen name ("Minh Anh"), the commonest byline shape."""
    return f"{r.choice(MIDDLES + GIVENS)} {r.choice(GIVENS)}"


def author(r: random.Random) -> str:
    return pen_name(r) if r.random() < 0.6 else full_name(r)


def phone(r: random.Random) -> str:
    return r.choice([f"0237 3 {r.randint(800, 899)} {r.randint(100, 999)}", f"0{r.choice([90, 91, 96, 98, 88])}"
                     f"{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
                     f"1900 {r.randint(1000, 9999)}", f"024 {r.randint(3000, 3999)} {r.randint(1000, 9999)}",
                     f"028 {r.randint(3800, 3999)} {r.randint(1000, 9999)}"])


def day_month(r: random.Random) -> str:
    return f"{r.randint(1, 28)}/{r.randint(1, 12)}"


def full_date(r: random.Random, pad: bool = True) -> str:
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2008, 2024)
    return f"{d:02d}/{m:02d}/{y}" if pad else f"{d}/{m}/{y}"


def clock(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def num(r: random.Random, lo: int, hi: int) -> str:
    """A Vietnamese-formatted integer (dots as thousands separators)."""
    return f"{r.randint(lo, hi):,}".replace(",", ".")


def dec(r: random.Random, lo: float, hi: float, places: int = 2) -> str:
    """A Vietnamese-formatted decimal (dots for thousands, comma as decimal mark)."""
    return f"{r.uniform(lo, hi):,.{places}f}".translate(str.maketrans(",.", ".,"))


def L(text: str, label: str, tag: str = "p") -> Line:
    return Line(text, label, tag)


def C(text: str, tag: str = "p") -> Line:
    return Line(text, "content", tag)


# -- headline pools of each site (related lists, most-read boxes) ----------------------------------------

HEADLINES = {
    54: ["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14", "Khánh thành cầu dân sinh nối hai xã vùng cao",
         "Tỉnh ủy sơ kết 5 năm thực hiện Nghị quyết về xây dựng nông thôn mới",
         "Trao Huy hiệu 50 năm tuổi Đảng cho đảng viên lão thành", "Đối thoại với nông dân về chuyển đổi cây trồng",
         "Ra quân cao điểm tấn công trấn áp tội phạm dịp cuối năm", "Kỳ họp thứ 9 HĐND tỉnh khóa XVIII bế mạc",
         "Nghiệm thu đường giao thông nông thôn tại huyện Kỳ Lâm", "Phát động Tết trồng cây đời đời nhớ ơn Bác Hồ",
         "Thanh Nguyên thu hút thêm 3 dự án FDI", "Lễ giao nhận quân năm nay diễn ra nhanh gọn, an toàn",
         "Tập huấn nghiệp vụ công tác kiểm tra, giám sát của Đảng", "Mùa vàng trên ruộng bậc thang Vân Trì",
         "Bảo đảm an toàn hồ đập trước mùa mưa lũ", "Tuyên dương 120 gương người tốt việc tốt",
         "Hội Nông dân tỉnh tổng kết phong trào thi đua sản xuất giỏi", "Khai mạc Hội báo Xuân tỉnh Thanh Nguyên",
         "Đoàn công tác Trung ương làm việc với Tỉnh ủy", "Lúa đông xuân được mùa, được giá"],
    55: ["5 dấu hiệu cảnh báo đột quỵ không nên bỏ qua", "Uống nước chanh mỗi sáng có tốt không?",
         "Trẻ sốt cao co giật: cha mẹ cần làm gì?", "Thực đơn cho người bị tiểu đường type 2",
         "Bệnh viện Bạch Mai cứu sống bệnh nhân ngừng tim 40 phút", "Mùa nồm ẩm, cẩn trọng bệnh hô hấp ở trẻ nhỏ",
         "Ăn trứng thế nào để không tăng cholesterol", "Cảnh báo ngộ độc do ăn cá nóc", "Vì sao hay bị chuột rút về đêm?",
         "Tiêm vắc xin cúm vào thời điểm nào tốt nhất", "Gan nhiễm mỡ có hồi phục được không",
         "Phát hiện khối u nặng 3 kg trong bụng người phụ nữ", "Mất ngủ kéo dài và những hệ lụy",
         "Bổ sung vitamin D cho trẻ sơ sinh đúng cách", "Huyết áp thấp nên ăn gì?", "Đau đầu vận mạch: nguyên nhân và cách chữa",
         "Bộ Y tế khuyến cáo phòng bệnh tay chân miệng", "Cà phê và những tác dụng bất ngờ với sức khỏe"],
    56: ["Giá căn hộ Hà Nội tiếp tục lập đỉnh mới", "Ngân hàng giảm lãi suất vay mua nhà xuống 6%",
         "Thủ Đức sẽ đấu giá thêm 5 khu đất vàng", "Nhà đầu tư F0 nên làm gì khi thị trường chững lại?",
         "VN-Index vượt mốc 1.250 điểm", "Luật Đất đai sửa đổi: những điểm mới người mua nhà cần biết",
         "Đất nền ven đô hạ nhiệt sau cơn sốt", "Giá thuê mặt bằng bán lẻ khu trung tâm tăng mạnh",
         "Hơn 1.000 căn nhà ở xã hội sắp mở bán", "Trái phiếu doanh nghiệp bất động sản đáo hạn dồn dập",
         "Thanh tra chỉ ra sai phạm tại dự án khu đô thị mới", "Cổ phiếu ngân hàng dẫn dắt thị trường",
         "Condotel: bài toán pháp lý chưa có lời giải", "Giá vàng miếng SJC quay đầu giảm",
         "Khởi công tuyến vành đai 4 vùng Thủ đô", "Chung cư cũ được cải tạo thế nào?", "Tỷ giá trung tâm tăng phiên thứ ba"],
    57: ["Việt Nam thắng đậm Lào trong trận ra quân", "Man City bị cầm hòa ngay trên sân nhà",
         "Tiến Linh lập cú đúp, Bình Dương thắng ngược", "Real Madrid đạt thỏa thuận với sao trẻ Brazil",
         "Lịch thi đấu V.League vòng 10", "HLV Kim Sang-sik triệu tập 30 cầu thủ", "Djokovic dừng bước ở tứ kết",
         "U23 Việt Nam giành vé dự VCK châu Á", "Arsenal hụt hơi trong cuộc đua vô địch",
         "Nguyễn Thị Oanh phá kỷ lục SEA Games", "Quang Hải chia tay CLB Công an Hà Nội?",
         "Bảng xếp hạng Ngoại hạng Anh sau vòng 15", "Messi đoạt Quả bóng vàng thứ tám",
         "Nam Định lên ngôi đầu bảng", "Võ sĩ Việt Nam thắng knock-out sau 30 giây", "Hà Nội FC chia tay HLV ngoại"],
}


def related_items(r: random.Random, fam: int, k: int, style: str) -> list[Line]:
    """k headlines of the site, decorated the way its CMS decorates them."""
    out = []
    for h in r.sample(HEADLINES[fam], k):
        if style == "date" and r.random() < 0.7:
            h = f"{h} ({day_month(r)})"
        elif style == "count" and r.random() < 0.5:
            h = f"{h} ({r.randint(1, 89)})"
        elif style == "ago":
            h = f"{h} {r.choice(['', '', f'- {r.randint(1, 23)} giờ trước', f'- {r.randint(2, 50)} phút trước'])}".strip()
        elif style == "bullet":
            h = r.choice(["", "", "► ", "• "]) + h
        out.append(L(h, "related_links", "li"))
    return out


# -- precision traps: article text shaped like boilerplate (all `content`) -----------------------------------


def t_quote_role(r: random.Random, fam: int) -> list[Line]:
    """A quoted person's name and role on a line of its own, the quote below it."""
    roles = {54: [f"Bí thư Huyện ủy {r.choice(DISTRICTS)}", f"Chủ tịch UBND xã {r.choice(COMMUNES)}",
                  "Trưởng Ban Tuyên giáo Tỉnh ủy", f"Bí thư chi bộ thôn {r.randint(1, 12)}, xã {r.choice(COMMUNES)}"],
             55: ["Trưởng khoa Dinh dưỡng, Bệnh viện Nhi Trung ương", "Giám đốc Trung tâm Chống độc, Bệnh viện Bạch Mai",
                  f"Trưởng khoa Nội tiết, Bệnh viện Đa khoa tỉnh {r.choice(DISTRICTS)}", "Phó Cục trưởng Cục Quản lý Dược"],
             56: ["Phó Chủ tịch Hiệp hội Bất động sản TP.HCM", "Giám đốc nghiên cứu thị trường một công ty môi giới",
                  "Chuyên gia kinh tế, nguyên Viện trưởng Viện Kinh tế Xây dựng", "Tổng giám đốc một công ty chứng khoán"],
             57: ["HLV trưởng đội tuyển Việt Nam", f"Đội trưởng CLB {r.choice(VTEAMS)}", "Trưởng ban trọng tài VFF",
                  f"HLV CLB {r.choice(VTEAMS)}"]}[fam]
    title = {54: "Đồng chí", 55: r.choice(["PGS.TS", "BSCKII", "TS.BS", "ThS.BS"]), 56: r.choice(["Ông", "Bà", "TS"]),
             57: r.choice(["Ông", "Tiền vệ", "HLV"])}[fam]
    head = f"{title} {full_name(r)}, {r.choice(roles)}"
    head = r.choice([head, head + ":", head.upper() if fam == 56 else head])
    quotes = ["Chúng tôi xác định đây là nhiệm vụ trọng tâm, phải làm thường xuyên chứ không phải theo phong trào.",
              "Điều quan trọng nhất là người dân phải được hưởng lợi thực chất, không chạy theo thành tích.",
              f"Trong {r.randint(2, 9)} tháng qua, chúng tôi đã tiếp nhận {r.randint(12, 480)} trường hợp tương tự.",
              "Không có con đường tắt, chỉ có sự kiên trì và làm đúng ngay từ đầu.",
              "Tôi nghĩ thời gian tới sẽ còn nhiều khó khăn, nhưng cơ hội cũng rất lớn."]
    return [C(head, "strong"), C(r.choice(quotes))]


def t_interview(r: random.Random, fam: int) -> list[Line]:
    """Q&A lines of an interview: "Phóng viên:" / "PV:" questions, the answer after the person's name."""
    who = full_name(r)
    short = who.split()[-1]
    q_tag = r.choice(["Phóng viên: ", "PV: ", "- "])
    a_tag = r.choice([f"Ông {who}: ", f"{short}: ", "- ", f"Bà {who}: "])
    qs = {54: ["Xin đồng chí cho biết kết quả nổi bật của địa phương trong nhiệm kỳ qua?",
               "Những khó khăn lớn nhất trong công tác vận động quần chúng hiện nay là gì?",
               f"Huyện {r.choice(DISTRICTS)} đã làm gì để giữ vững danh hiệu nông thôn mới?",
               "Việc sắp xếp đơn vị hành chính cấp xã đang được triển khai ra sao?",
               "Người dân được hưởng lợi gì từ chương trình này?"],
          55: ["Người bệnh cần lưu ý gì khi tự điều trị tại nhà, thưa bác sĩ?",
               "Có nên dùng kháng sinh ngay khi trẻ bị sốt không?", "Bệnh này có lây không, thưa bác sĩ?",
               f"Vì sao số ca mắc năm nay tăng gấp {r.randint(2, 5)} lần?", "Người cao tuổi cần phòng bệnh thế nào?"],
          56: ["Thị trường bất động sản những tháng cuối năm sẽ diễn biến ra sao, thưa ông?",
               "Người mua nhà để ở có nên xuống tiền thời điểm này?", "Ông nhận định thế nào về nguồn cung nhà ở xã hội?",
               f"Lãi suất giảm về quanh {r.randint(6, 9)}% đã đủ hấp dẫn người vay chưa?",
               "Vì sao nhiều dự án vẫn chậm cấp sổ hồng?"],
          57: ["Anh đánh giá thế nào về trận đấu vừa qua?", "Mục tiêu của anh ở mùa giải tới là gì?",
               f"Cảm xúc của anh sau bàn thắng ở phút {r.randint(60, 90)}?", "Anh có lo lắng về chấn thương không?",
               f"Trận gặp {r.choice(VTEAMS)} sắp tới sẽ khó khăn thế nào?"]}[fam]
    ans = {54: [f"Năm qua, toàn {r.choice(['huyện', 'xã', 'tỉnh'])} đã hoàn thành {r.randint(12, 18)}/{r.randint(18, 20)} "
                "chỉ tiêu chủ yếu, trong đó thu nhập bình quân đầu người vượt kế hoạch.",
                f"Chúng tôi đã đối thoại trực tiếp với nhân dân ở {r.randint(5, 30)} thôn, tiếp thu {r.randint(40, 300)} ý kiến."],
           55: ["Không nên. Kháng sinh chỉ dùng khi có chỉ định của bác sĩ, dùng sai có thể gây kháng thuốc.",
                f"Người bệnh cần nghỉ ngơi, uống đủ {dec(r, 1.5, 2.5, 1)} lít nước mỗi ngày và theo dõi nhiệt độ."],
           56: [f"Theo tôi, giá sẽ khó giảm sâu vì nguồn cung mới chỉ bằng khoảng {r.randint(20, 45)}% so với trước.",
                f"Tôi cho rằng người mua ở thực nên cân nhắc các dự án đã có sổ, giá quanh {r.randint(30, 60)} triệu/m2."],
           57: ["Cả đội đã chơi đúng những gì ban huấn luyện yêu cầu. Chiến thắng này dành cho người hâm mộ.",
                f"Tôi chỉ làm tốt phần việc của mình. Sau {r.randint(2, 9)} trận không ghi bàn, tôi rất vui."]}[fam]
    q1, q2 = r.sample(qs, 2)
    lines = [C(q_tag + q1), C(a_tag + r.choice(ans))]
    if r.random() < 0.5:
        lines += [C(q_tag + q2), C(a_tag + r.choice(["Tất nhiên rồi.", "Chắc chắn là có.", "Không hẳn vậy.",
                                                     "Đó là câu hỏi khó, nhưng tôi tin là được.", "Cũng có, nhưng không nhiều."]))]
    return lines


def t_numbered(r: random.Random, fam: int) -> list[Line]:
    """Numbered steps or points the article announces."""
    intro, steps = {
        54: ("Hội nghị thống nhất các nhóm giải pháp trọng tâm:",
             ["Đẩy mạnh cải cách hành chính, nâng cao chỉ số hài lòng của người dân",
              "Tập trung giải phóng mặt bằng các dự án trọng điểm", "Kiện toàn tổ chức bộ máy cơ sở",
              "Tăng cường kiểm tra, giám sát việc thực hiện nghị quyết", "Chăm lo đời sống gia đình chính sách"]),
        55: ("Cách sơ cứu khi gặp người bị say nắng:",
             ["Đưa người bệnh vào chỗ thoáng mát, nới rộng quần áo", "Chườm khăn mát lên trán, nách và bẹn",
              "Cho uống nước có pha chút muối nếu còn tỉnh", "Gọi cấp cứu 115 nếu người bệnh lơ mơ, co giật",
              "Không tự ý cho uống thuốc hạ sốt"]),
        56: ("Quy trình mua nhà ở xã hội gồm các bước:",
             ["Nộp hồ sơ đăng ký mua nhà cho chủ đầu tư", "Chờ Sở Xây dựng kiểm tra danh sách",
              "Ký hợp đồng và nộp tiền đặt cọc", "Nhận bàn giao căn hộ", "Làm thủ tục cấp giấy chứng nhận"]),
        57: ("Ban tổ chức đưa ra các quy định mới cho mùa giải:",
             ["Mỗi đội được đăng ký tối đa 4 ngoại binh", "Áp dụng công nghệ VAR ở tất cả các trận",
              "Cầu thủ nhận 3 thẻ vàng bị treo giò 1 trận", "Sân thi đấu phải có hệ thống chiếu sáng đạt chuẩn"]),
    }[fam]
    intro = r.choice([intro, intro.replace(":", " như sau:"), intro[:-1] + f" ({r.choice(['tóm tắt', 'theo thứ tự ưu tiên', 'trích'])}):"])
    k = r.randint(3, len(steps))
    form = r.choice(["{i}. {s}", "Bước {i}: {s}", "{i}) {s}", "- {s}"]) if fam in (55, 56) else \
        r.choice(["{i}. {s}", "{i}) {s}", "- {s}"])
    picked = [steps[j] for j in sorted(r.sample(range(len(steps)), k))]
    end = r.choice(["", ";", "."])
    return [C(intro)] + [C(form.format(i=i, s=s) + end) for i, s in enumerate(picked, 1)]


def t_subheading(r: random.Random, fam: int) -> list[Line]:
    """A subheading inside the body: short, no full stop, often the shape of a menu item or a headline."""
    heads = {54: ["Dấu ấn nhiệm kỳ", "Chuyển biến từ cơ sở", "Còn đó những trăn trở", "Phát huy vai trò người đứng đầu",
                  "Kinh tế tăng trưởng khá", "Kỳ vọng nhiệm kỳ mới"],
             55: ["Triệu chứng dễ nhầm với cảm cúm", "Khi nào cần đi khám?", "Điều trị", "Phòng bệnh thế nào?",
                  "Nguyên nhân", "Chế độ dinh dưỡng"],
             56: ["Thanh khoản vẫn thấp", "Nguồn cung khan hiếm", "Pháp lý là điểm nghẽn", "Tín dụng nới lỏng",
                  "Giá bán neo cao", "Dòng tiền tìm kênh mới"],
             57: ["Thế trận giằng co", "Bước ngoặt phút cuối", "Thống kê trận đấu", "Người hùng bất ngờ", "Diễn biến chính",
                  "Phát biểu sau trận"]}[fam]
    return [C(r.choice(heads), "strong")]


def t_short_end(r: random.Random, fam: int) -> list[Line]:
    ends = {54: ["Hội nghị bế mạc trong ngày.", f"Kỳ họp kéo dài {r.randint(2, 4)} ngày.",
                 "Báo Thanh Nguyên sẽ tiếp tục thông tin.", "Lễ kết nạp diễn ra trang trọng.", "Hết.",
                 f"Đại hội bầu {r.randint(9, 45)} đồng chí vào Ban Chấp hành.", "Công trình dự kiến hoàn thành cuối năm."],
            55: ["Phòng bệnh hơn chữa bệnh.", "Hiện sức khỏe bệnh nhân đã ổn định.", f"Bé {pen_name(r)} đã được xuất viện.",
                 f"Ca mổ kéo dài {r.randint(2, 9)} giờ.", f"Bệnh nhân được xuất viện sau {r.randint(3, 20)} ngày điều trị.",
                 "Đừng chủ quan!"],
            56: ["Giao dịch vẫn trầm lắng.", "Dự án hiện đã dừng thi công.", "Thị trường sẽ còn phân hóa.",
                 "Vụ việc đang được làm rõ.", f"Hạn chót nộp hồ sơ là ngày {day_month(r)}.",
                 f"Cổ phiếu {r.choice(['VIC', 'NVL', 'DXG', 'KDH', 'PDR'])} đóng cửa ở giá tham chiếu."],
            57: ["Trận lượt về diễn ra ngày " + day_month(r) + ".", "Tỷ số chung cuộc 2-1.", "Trận đấu kết thúc.",
                 "Còn tiếp tục thi đấu.", "Chúc mừng Nam Định!"]}[fam]
    return [C(r.choice(ends))]


def t_hotlines(r: random.Random, fam: int) -> list[Line]:
    """An announced list of hotlines of offices or hospitals: the article's own news."""
    if fam == 55:
        intro = r.choice(["Đường dây nóng tiếp nhận thông tin về ca bệnh của các bệnh viện:",
                          "Người dân có dấu hiệu nghi ngờ có thể liên hệ:", "Danh sách các bệnh viện tiếp nhận cấp cứu:"])
        places = ["Bệnh viện Bệnh Nhiệt đới Trung ương", "Bệnh viện Nhi Trung ương", "Trung tâm Kiểm soát bệnh tật tỉnh",
                  f"Bệnh viện Đa khoa huyện {r.choice(DISTRICTS)}", "Bệnh viện Chợ Rẫy", "Bệnh viện Bạch Mai",
                  "Bệnh viện Nhi Đồng 1", f"Trung tâm Y tế huyện {r.choice(DISTRICTS)}"]
    else:
        intro = r.choice(["Số điện thoại đường dây nóng của Ban Chỉ huy phòng chống thiên tai các huyện:",
                          "Các đơn vị tiếp nhận phản ánh của người dân:", "Người dân cần hỗ trợ có thể gọi:"])
        places = [f"Huyện {d}" for d in DISTRICTS] + ["Công an tỉnh", "Sở Nông nghiệp và PTNT", "Bộ Chỉ huy Quân sự tỉnh"]
    sep = r.choice([": ", " - ĐT: ", " - số "])
    return [C(intro)] + [C(f"{p}{sep}{phone(r)}") for p in r.sample(places, r.randint(3, 5))]


def t_addresses(r: random.Random, fam: int) -> list[Line]:
    """Addresses where the news happens (vaccination points, relief points), not an advert."""
    intro = r.choice([f"Các điểm tiêm vắc xin {r.choice(['sởi', 'bạch hầu', 'cúm', 'dại'])} miễn phí trong đợt này:",
                      f"Địa điểm tiếp nhận hàng cứu trợ tại huyện {r.choice(DISTRICTS)}:",
                      f"Từ ngày {day_month(r)}, người dân có thể đến khám sàng lọc miễn phí tại:"])
    kinds = ["Trạm Y tế xã", "Nhà văn hóa thôn", "Trường Tiểu học", "Trụ sở UBND xã"]
    out = [C(intro)]
    for _ in range(r.randint(2, 4)):
        line = f"{r.choice(kinds)} {r.choice(COMMUNES)}, số {r.randint(1, 250)} đường {r.choice(STREETS)}"
        if r.random() < 0.5:
            line += f", điện thoại {phone(r)}"
        out.append(C(line))
    return out


# site-specific traps


def t_signature(r: random.Random, fam: int) -> list[Line]:
    """A directive reproduced in full ends with its signature block: part of the story."""
    no = f"{r.randint(5, 40)}-CT/TU"
    return [C(f"Báo Thanh Nguyên trân trọng giới thiệu toàn văn Chỉ thị số {no} ngày {full_date(r, pad=False)} "
              "của Ban Thường vụ Tỉnh ủy."),
            C(r.choice(["Các cấp ủy, tổ chức đảng, cơ quan, đơn vị", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
                        "Các sở, ban, ngành, đoàn thể tỉnh"]) + " nghiêm túc quán triệt và tổ chức thực hiện Chỉ thị này; "
              f"{r.choice(['định kỳ 6 tháng', 'hằng năm', 'trước ngày 15/12'])} báo cáo kết quả về Ban Thường vụ Tỉnh ủy "
              f"(qua {r.choice(['Văn phòng Tỉnh ủy', 'Ban Tuyên giáo Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy'])})."),
            C(r.choice(["T/M BAN THƯỜNG VỤ", "TM. BAN THƯỜNG VỤ TỈNH ỦY"])),
            C(r.choice(["BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"])),
            *([C("(Đã ký)")] if r.random() < 0.7 else []),
            C(full_name(r).upper() if r.random() < 0.6 else full_name(r))]


POEM = ["Quê tôi có dải sông Lam", "Chiều chiều khói bếp lam lam mái nhà", "Mẹ ngồi vá áo bên hiên",
        "Nghe trong gió thoảng lời khuyên thuở nào", "Cánh đồng lúa chín vàng ươm", "Cha đi biền biệt mấy mùa chưa về",
        "Con đường đất đỏ ngày xưa", "Giờ thành đại lộ thênh thang nắng vàng"]
SLOGANS = ["Đảng Cộng sản Việt Nam quang vinh muôn năm!", "Toàn dân đoàn kết xây dựng đời sống văn hóa",
           "Tất cả vì mục tiêu dân giàu, nước mạnh, dân chủ, công bằng, văn minh",
           "Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ huyện {d} lần thứ {k}",
           "Chung sức xây dựng nông thôn mới", "Nói không với ma túy"]


def t_poem_slogan(r: random.Random, fam: int) -> list[Line]:
    if r.random() < 0.5:
        i = r.randrange(0, len(POEM) - 3, 2)
        return [C(f"Bài thơ “{r.choice(['Quê mẹ', 'Nhớ quê', 'Đường làng'])}” anh {pen_name(r)} viết tặng quê hương "
                  f"được bà con xã {r.choice(COMMUNES)} thuộc lòng:")] + [C(x) for x in POEM[i:i + 4]]
    lines = [x.format(d=r.choice(DISTRICTS), k=r.choice(["XXIII", "XXIV", "XXV"])) for x in r.sample(SLOGANS, r.randint(2, 3))]
    return [C(f"Dọc các tuyến đường trung tâm huyện {r.choice(DISTRICTS)}, băng rôn, khẩu hiệu được treo rực rỡ:")] + \
        [C(x) for x in lines]


def t_elected(r: random.Random, fam: int) -> list[Line]:
    """Newly elected committee members: names and roles, each a line shaped like "A - B"."""
    roles = ["Bí thư Đảng ủy", "Phó Bí thư Thường trực", "Phó Bí thư, Chủ tịch UBND xã", "Chủ tịch Ủy ban MTTQ xã",
             "Trưởng Công an xã", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã"]
    sep = r.choice([" - ", ", ", " – "])
    k = r.randint(3, 5)
    return [C(f"Ban Thường vụ Đảng ủy xã {r.choice(COMMUNES)} nhiệm kỳ 2020-2025 gồm {k} đồng chí:")] + \
        [C(f"Đồng chí {full_name(r)}{sep}{role}") for role in roles[:k]]


DRUGS = [("Paracetamol", "mg", (500, 650), "Không dùng quá 4 g/ngày"), ("Amoxicillin", "mg", (250, 500),
         "Uống đủ liệu trình 5-7 ngày theo chỉ định"), ("Ibuprofen", "mg", (200, 400), "Uống sau khi ăn no"),
         ("Oresol", "gói", (1, 1), "Pha đúng 1 gói với 200 ml nước đun sôi để nguội"),
         ("Vitamin D3", "IU", (400, 1000), "Uống vào buổi sáng sau bữa ăn")]


def t_dosage(r: random.Random, fam: int) -> list[Line]:
    name, unit, (lo, hi), note = r.choice(DRUGS)
    dose = r.randint(lo, hi) if unit != "mg" else r.choice([x for x in (200, 250, 400, 500, 650) if lo <= x <= hi])
    return [C(r.choice([f"Liều dùng {name} tham khảo theo hướng dẫn của nhà sản xuất:", f"Cách dùng {name} an toàn:",
                        f"Theo tờ hướng dẫn sử dụng, liều {name} như sau:"])),
            C(f"Người lớn: {dose} {unit}/lần, {r.randint(2, 4)} lần/ngày"),
            C(f"Trẻ em từ {r.randint(2, 6)} đến 12 tuổi: {max(1, dose // 2)} {unit}/lần, {r.randint(1, 3)} lần/ngày"),
            *([C(f"Trẻ dưới {r.randint(2, 6)} tuổi: hỏi ý kiến bác sĩ")] if r.random() < 0.5 else []),
            C(note)]


def t_symptoms(r: random.Random, fam: int) -> list[Line]:
    """Short unpunctuated symptom lines: the shape of menu items."""
    items = ["Sốt cao liên tục trên 39 độ C", "Nôn nhiều, bỏ ăn", "Li bì, khó đánh thức", "Co giật", "Đau bụng dữ dội",
             "Chảy máu chân răng", "Khó thở, thở nhanh", "Tay chân lạnh", "Phát ban", "Đau đầu", "Tiêu chảy"]
    return [C(r.choice(["Các dấu hiệu cần đưa trẻ đến bệnh viện ngay:", "Triệu chứng thường gặp gồm:",
                        "Người bệnh cần nhập viện nếu có một trong các dấu hiệu:"]))] + \
        [C(x) for x in r.sample(items, r.randint(3, 6))]


def t_reader_question(r: random.Random, fam: int) -> list[Line]:
    """An ask-the-doctor column: the reader's signed question and the doctor's name-and-role line."""
    city = r.choice(["Nam Định", "Thanh Hóa", "Bình Dương", "Hà Nội", "Cần Thơ", "Nghệ An"])
    q = r.choice([f"Con tôi {r.randint(2, 9)} tuổi, hay bị chảy máu cam vào buổi sáng. Xin hỏi bác sĩ có nguy hiểm không?",
                  f"Tôi {r.randint(35, 70)} tuổi, đo huyết áp thường ở mức 150/90. Tôi có cần uống thuốc suốt đời không?",
                  "Mẹ tôi bị tiểu đường, có được ăn chuối và khoai lang không?"])
    city2 = r.choice(["tỉnh", "Bệnh viện Đa khoa tỉnh", "Trung tâm Y tế huyện"])
    return [C(r.choice(["Hỏi: ", ""]) + q),
            C(r.choice([f"{full_name(r)} ({city})", f"Bạn đọc {full_name(r)}, {city}", f"{pen_name(r)} ({city})"])),
            C(r.choice(["Trả lời:", "Bác sĩ trả lời:"])),
            C(r.choice(["Với trường hợp của bạn, nên đến cơ sở y tế chuyên khoa để được thăm khám",
                        "Chào bạn, triệu chứng bạn mô tả cần được bác sĩ chuyên khoa khám trực tiếp",
                        "Cảm ơn bạn đã tin tưởng gửi câu hỏi; bạn nên đưa người bệnh đi khám sớm"])
              + r.choice([" và làm các xét nghiệm cần thiết.", ", không nên tự mua thuốc về dùng.",
                          f" tại {city2} gần nhất."])),
            C(f"{r.choice(['BSCKII', 'ThS.BS', 'TS.BS'])} {full_name(r)}", "strong"),
            C(r.choice([f"Khoa {r.choice(['Nhi', 'Nội tổng hợp', 'Tim mạch', 'Tai Mũi Họng'])}, Bệnh viện Đa khoa tỉnh "
                        f"{r.choice(['Nam Định', 'Thanh Hóa', 'Nghệ An', 'Bình Định'])}", "Bệnh viện Nội tiết Trung ương",
                        "Viện Tim mạch Việt Nam", f"Bệnh viện {r.choice(['E', 'Thanh Nhàn', 'Xanh Pôn', 'Nhân dân 115'])}"]))]


AREAS = ["Quận 2 (TP Thủ Đức)", "Quận 7", "Quận Bình Thạnh", "Quận Cầu Giấy", "Quận Nam Từ Liêm", "Quận Hoàng Mai",
         "Huyện Nhà Bè", "Quận Long Biên", "Thành phố Dĩ An", "Quận Tây Hồ"]
BANKS = ["Vietcombank", "BIDV", "VietinBank", "Agribank", "Techcombank", "MB", "VPBank", "ACB", "Sacombank"]


def t_price_list(r: random.Random, fam: int) -> list[Line]:
    """The article's own price survey, in the shape of a price widget."""
    firm = r.choice(["DKRA", "CBRE", "Savills", "Batdongsan.com.vn", "Hội Môi giới BĐS"])
    form = r.choice(["{a}: {lo} - {hi} triệu đồng/m2", "{a}: từ {lo} đến {hi} triệu đồng/m²", "- {a}: {lo}-{hi} triệu/m2"])
    out = [C(f"Giá căn hộ sơ cấp quý {r.choice(['I', 'II', 'III', 'IV'])} tại một số khu vực (theo khảo sát của {firm}):")]
    for a in r.sample(AREAS, r.randint(3, 5)):
        lo = r.randint(35, 110)
        out.append(C(form.format(a=a, lo=lo, hi=lo + r.randint(5, 40))))
    return out


def t_rates(r: random.Random, fam: int) -> list[Line]:
    """Loan rates the article compares, in the shape of the site's rate ticker."""
    out = [C(r.choice([f"Lãi suất cho vay mua nhà ưu đãi {r.choice(['hiện nay', 'tháng này', 'đầu năm'])} của một số ngân hàng:",
                       f"Mức lãi suất tiết kiệm kỳ hạn {r.choice([6, 12, 13, 24])} tháng cao nhất tại các ngân hàng lớn:"]))]
    for b in r.sample(BANKS, r.randint(3, 5)):
        out.append(C(r.choice([f"{b}: {dec(r, 4.5, 9.5, 1)}%/năm", f"{b}: {dec(r, 4.5, 9.5, 1)}%/năm trong "
                                                                 f"{r.choice([6, 12, 18, 24])} tháng đầu"])))
    return out


def t_stocks(r: random.Random, fam: int) -> list[Line]:
    up = r.random() < 0.5
    word = "tăng" if up else "giảm"
    return [C(f"Kết thúc phiên giao dịch ngày {day_month(r)}:"),
            C(f"VN-Index: {dec(r, 950, 1300)} điểm, {word} {dec(r, 0.5, 18)} điểm"),
            C(f"HNX-Index: {dec(r, 190, 260)} điểm, {r.choice(['tăng', 'giảm'])} {dec(r, 0.1, 4)} điểm"),
            C(f"Giá trị khớp lệnh sàn HOSE đạt {num(r, 9000, 25000)} tỷ đồng")]


def t_project_box(r: random.Random, fam: int) -> list[Line]:
    """Facts of a project under inspection: the shape of a project advert, the news of the article."""
    return [C(r.choice(["Theo kết luận thanh tra, dự án có các thông tin chính như sau:",
                        f"Thông tin dự án bị đề nghị thu hồi tại {r.choice(AREAS)}:",
                        f"Dự án được {r.choice(['UBND thành phố', 'Sở Xây dựng'])} chấp thuận chủ trương năm "
                        f"{r.randint(2009, 2020)}, gồm:"])),
            C(f"Chủ đầu tư: Công ty {r.choice(['Cổ phần Đầu tư', 'TNHH Phát triển Nhà', 'CP Địa ốc'])} "
              f"{r.choice(['Hưng Phát', 'Phú An Land', 'Sông Hồng Group', 'Kim Ngân', 'Đông Dương', 'Hải Âu'])}"),
            C(f"Vị trí: Số {r.randint(1, 300)} đường {r.choice(STREETS)}, {r.choice(AREAS)}"),
            C(f"Quy mô: {num(r, 300, 2500)} căn hộ, {r.randint(2, 6)} block cao {r.randint(18, 40)} tầng"),
            C(f"Sai phạm: chưa có giấy phép xây dựng nhưng đã huy động vốn của {r.randint(40, 900)} khách hàng")]


VTEAMS = ["Nam Định", "Hà Nội FC", "Công an Hà Nội", "Thể Công - Viettel", "Bình Dương", "Hải Phòng", "Thanh Hóa",
          "SLNA", "Hoàng Anh Gia Lai", "Quảng Nam", "Bình Định", "TP.HCM", "Đà Nẵng", "Hà Tĩnh"]
ETEAMS = ["Man City", "Arsenal", "Liverpool", "Chelsea", "MU", "Tottenham", "Real Madrid", "Barcelona", "Atletico",
          "Bayern", "Dortmund", "Inter", "Juventus", "AC Milan", "PSG", "Newcastle"]


def score_line(r: random.Random, a: str, b: str, dash: str = "-") -> str:
    return f"{a} {r.randint(0, 4)}{dash}{r.randint(0, 3)} {b}"


def t_results(r: random.Random, fam: int) -> list[Line]:
    """The round's results the match report lists: the shape of a live-score widget."""
    teams = r.sample(VTEAMS, 8)
    dash = r.choice(["-", " - ", "–"])
    out = [C(r.choice([f"Kết quả vòng {r.randint(2, 26)} V.League {r.randint(2019, 2024)}:",
                       f"Kết quả các trận đấu khác ngày {day_month(r)}:", f"Kết quả các trận còn lại của vòng {r.randint(2, 26)}:"]))]
    for i in range(0, r.choice([4, 6, 8]), 2):
        out.append(C(score_line(r, teams[i], teams[i + 1], dash)))
    return out


def t_standings(r: random.Random, fam: int) -> list[Line]:
    teams = r.sample(VTEAMS, 4)
    pts = sorted((r.randint(10, 45) for _ in teams), reverse=True)
    form = r.choice(["{i}. {t}: {p} điểm", "{i}. {t} - {p} điểm", "{t} {p} điểm"])
    return [C(f"Top 4 trên bảng xếp hạng sau vòng {r.randint(5, 25)}:")] + \
        [C(form.format(i=i, t=t, p=p)) for i, (t, p) in enumerate(zip(teams, pts, strict=True), 1)]


def t_lineup(r: random.Random, fam: int) -> list[Line]:
    players = ["Đặng Văn Lâm", "Nguyễn Filip", "Bùi Tiến Dũng", "Duy Mạnh", "Thành Chung", "Văn Thanh", "Hoàng Đức",
               "Tuấn Hải", "Quang Hải", "Tiến Linh", "Văn Toàn", "Xuân Son", "Hai Long", "Văn Vĩ"]
    p = r.sample(players, 11)
    return [C(f"Đội hình xuất phát của {r.choice(['Việt Nam', 'U23 Việt Nam'] + VTEAMS)}"
              f"{r.choice(['', f' ở trận gặp {r.choice(VTEAMS)}', ' (sơ đồ 3-4-3)', ' (4-2-3-1)'])}:"),
            C(f"Thủ môn: {p[0]}"), C(f"Hậu vệ: {', '.join(p[1:5])}"), C(f"Tiền vệ: {', '.join(p[5:8])}"),
            C(f"Tiền đạo: {', '.join(p[8:11])}")]


def t_fixtures(r: random.Random, fam: int) -> list[Line]:
    opp = r.sample(["Lào", "Indonesia", "Philippines", "Myanmar", "Thái Lan", "Malaysia", "Singapore"], 3)
    out = [C(r.choice([f"Lịch thi đấu vòng bảng AFF Cup {r.randint(2016, 2024)} của đội tuyển Việt Nam:",
                       "Các trận tiếp theo của thầy trò HLV Kim Sang-sik:", f"Lịch thi đấu của tuyển Việt Nam tại bảng {r.choice('AB')}:"]))]
    day, month = r.randint(1, 20), r.randint(1, 12)
    for o in opp:
        out.append(C(f"Ngày {day}/{month}: Việt Nam - {o} ({r.choice(['19h30', '20h00', '17h00'])})"))
        day += r.randint(3, 4)
    return out


def t_scorers(r: random.Random, fam: int) -> list[Line]:
    a, b = r.sample(VTEAMS, 2)
    return [C(score_line(r, a, b, " - "), "strong"),
            C(f"Ghi bàn: {pen_name(r)} ({r.randint(2, 45)}'), {pen_name(r)} ({r.randint(46, 90)}')")]


def t_according(r: random.Random, fam: int) -> list[Line]:
    """A short paragraph that opens like a source credit ("Theo ...") or a byline ("Nhóm ...")."""
    who = {54: ["Theo Sở Nông nghiệp và PTNT", "Theo UBND huyện " + r.choice(DISTRICTS), "Theo Ban Tổ chức Tỉnh ủy"],
           55: ["Theo Bộ Y tế", "Theo Trung tâm Kiểm soát bệnh tật tỉnh", "Theo WHO"],
           56: ["Theo Tổng cục Thống kê", "Theo Hội Môi giới Bất động sản", "Theo Ngân hàng Nhà nước"],
           57: ["Theo VFF", "Theo Marca", "Theo thống kê của Opta"]}[fam]
    what = {54: [f"toàn tỉnh đã có {r.randint(60, 140)}/{r.randint(140, 160)} xã đạt chuẩn nông thôn mới.",
                 f"năm nay có {num(r, 800, 3000)} đảng viên mới được kết nạp."],
            55: [f"cả nước ghi nhận {num(r, 2000, 90000)} ca mắc, {r.randint(0, 40)} ca tử vong.",
                 f"tỷ lệ tiêm chủng đầy đủ ở trẻ dưới 1 tuổi đạt {r.randint(70, 98)}%."],
            56: [f"lượng giao dịch thành công quý này giảm {r.randint(5, 60)}% so với cùng kỳ.",
                 f"dư nợ tín dụng bất động sản đạt {num(r, 900000, 3000000)} tỷ đồng."],
            57: [f"đội tuyển sẽ tập trung từ ngày {day_month(r)}.", f"anh đã ghi {r.randint(3, 30)} bàn ở mùa này."]}[fam]
    text = f"{r.choice(who)}, {r.choice(what)}"
    if r.random() < 0.3:
        text = r.choice(["Nguồn tin cho biết, ", "Nhóm nghiên cứu cho biết, "]) + r.choice(what)
    return [C(text)]


COMMON_TRAPS: list[Callable[[random.Random, int], list[Line]]] = [t_quote_role, t_interview, t_numbered, t_subheading,
                                                                  t_according]
SITE_TRAPS: dict[int, list[Callable[[random.Random, int], list[Line]]]] = {
    54: [t_signature, t_poem_slogan, t_elected, t_hotlines, t_addresses],
    55: [t_dosage, t_symptoms, t_reader_question, t_hotlines, t_addresses],
    56: [t_price_list, t_rates, t_stocks, t_project_box],
    57: [t_results, t_standings, t_lineup, t_fixtures, t_scorers],
}


def add_traps(r: random.Random, fam: int, blocks: list[list[Line]]) -> list[list[Line]]:
    """Insert 0-2 trap blocks between the article's paragraphs: mid-body or as the article's last lines."""
    body = list(blocks)
    k = r.choice([0, 1, 1, 1, 1, 2])
    for _ in range(k):
        gen = r.choice(SITE_TRAPS[fam]) if r.random() < 0.6 else r.choice(COMMON_TRAPS)
        at = len(body) if r.random() < 0.45 else r.randint(1, max(1, len(body) - 1))
        body.insert(at, gen(r, fam))
    if r.random() < 0.3:
        body.append(t_short_end(r, fam))
    return body


# -- boilerplate of each site -----------------------------------------------------------------------


def byline(r: random.Random, fam: int) -> Line:
    a, b = author(r), author(r)
    wire = r.choice(WIRES)
    forms = [a, a, f"{a} - {b}", "Nhóm PV", "PV", f"{a} (theo {wire})", full_name(r).upper()]
    forms += {54: [f"{a} (CTV)", f"{a} (Trung tâm VH-TT-TT huyện {r.choice(DISTRICTS)})", f"Bài, ảnh: {a}",
                   f"{a} - {b} - {author(r)}", "Nhóm phóng viên Thời sự", f"{a} (TTXVN)"],
              55: [f"BS. {a}", f"{a} (tổng hợp)", f"Tham vấn y khoa: {r.choice(['ThS.BS', 'BSCKI', 'TS.BS'])} {full_name(r)}",
                   f"{a} (Theo {r.choice(['WebMD', 'Healthline', 'Mayo Clinic'])})", f"Bài: {a} - Ảnh: {b}"],
              56: [f"{a} (t/h)", f"{a}/{SITE_NAMES[56]}", "Nhóm phóng viên Địa ốc", f"{a} - {b} (thực hiện)",
                   f"{a} (lược dịch)"],
              57: [f"{a} (từ {r.choice(['Doha', 'Bangkok', 'Jakarta', 'Mỹ Đình', 'Thiên Trường'])})", f"{a} (lược dịch)",
                   f"{a} | {SITE_NAMES[57]}", f"{a} (theo {r.choice(['Marca', 'The Athletic', 'ESPN', 'Goal'])})"]}[fam]
    return L(r.choice(forms), "byline")


def source(r: random.Random, fam: int) -> Line:
    w, w2 = r.sample(WIRES, 2)
    own = {54: ["Báo Nhân Dân", "Báo Quân đội nhân dân", "Cổng TTĐT tỉnh Thanh Nguyên", "Tạp chí Cộng sản"],
           55: ["Cổng thông tin Bộ Y tế", "Sức khỏe & Đời sống", "Viện Dinh dưỡng Quốc gia", "WHO"],
           56: ["VnEconomy", "Bộ Xây dựng", "Tổng cục Thống kê", "Đầu tư Chứng khoán"],
           57: ["Marca", "Goal", "The Athletic", "VFF", "Sky Sports"]}[fam]
    o = r.choice(own)
    forms = [f"Nguồn: {o}", f"Theo {o}", f"(Theo {o})", f"Theo {w}", f"Nguồn: {w}, {w2}", f"Theo {o}/{w}",
             f"(Nguồn: {o})", f"Nguồn tin: {o}", f"Tổng hợp từ {w}, {o}"]
    return L(r.choice(forms), "source")


def references(r: random.Random) -> list[Line]:
    """The health site's reference list after an article."""
    refs = ["Mayo Clinic. High blood pressure (hypertension) - Symptoms and causes", "World Health Organization. Dengue and "
            "severe dengue. Fact sheet", "Bộ Y tế. Hướng dẫn chẩn đoán và điều trị bệnh sốt xuất huyết Dengue",
            "Cleveland Clinic. Migraine Headaches", "Viện Dinh dưỡng Quốc gia. Bảng nhu cầu dinh dưỡng khuyến nghị",
            "CDC. Influenza (Flu) - Prevention", "Healthline. What Is Gout? Symptoms, Causes and Treatment"]
    head = r.choice(["Tài liệu tham khảo:", "Nguồn tham khảo", "Tham khảo:"])
    form = r.choice(["{i}. {x}", "[{i}] {x}", "- {x}"])
    return [L(head, "source")] + [L(form.format(i=i, x=x) + r.choice(["", f", truy cập {day_month(r)}/2024"]), "source")
                                  for i, x in enumerate(r.sample(refs, r.randint(1, 3)), 1)]


def continuation(r: random.Random, fam: int) -> Line:
    h = r.choice(HEADLINES[fam])
    forms = ["Còn tiếp", "(Còn tiếp)", "(Còn nữa)", f"Kỳ sau: {h}", f"Kỳ 2: {h}", f"(Kỳ cuối: {h})",
             "Mời bạn đọc đón đọc kỳ tiếp theo", "(Hết)", "(Còn tiếp...)"]
    return L(r.choice(forms), "continuation")


TAG_WORDS = {54: ["xây dựng Đảng", "nông thôn mới", "HĐND tỉnh", "cải cách hành chính", "an sinh xã hội", "Đại hội Đảng",
                  "quốc phòng", "phòng chống thiên tai", "Thanh Nguyên"],
             55: ["tiểu đường", "huyết áp", "đột quỵ", "dinh dưỡng", "trẻ em", "vắc xin", "sốt xuất huyết", "ung thư",
                  "giấc ngủ"],
             56: ["căn hộ", "đất nền", "lãi suất", "nhà ở xã hội", "chứng khoán", "trái phiếu", "quy hoạch", "giá vàng"],
             57: ["V.League", "đội tuyển Việt Nam", "Ngoại hạng Anh", "Champions League", "chuyển nhượng", "Quang Hải",
                  "AFF Cup", "quần vợt"]}


def tags(r: random.Random, fam: int) -> Line:
    words = r.sample(TAG_WORDS[fam], r.randint(2, 4))
    text = {54: "Từ khóa: " + ", ".join(words),
            55: " ".join("#" + w.replace(" ", "") for w in words),
            56: "Tags: " + " | ".join(words),
            57: "Chủ đề: " + " · ".join(words)}[fam]
    return L(text, "tags")


def share(r: random.Random, fam: int) -> list[Line]:
    forms = {54: [["Chia sẻ:", "Facebook", "Zalo"], ["In bài viết", "Gửi email"],
                  [f"Lượt xem: {num(r, 120, 9800)}"], ["Theo dõi Báo Thanh Nguyên trên Google News"]],
             55: [["Bài viết có hữu ích với bạn không?", "Có", "Không"], [f"{r.randint(2, 999)} người thấy hữu ích"],
                  ["Chia sẻ bài viết"], ["Lưu bài viết", "Sao chép liên kết"]],
             56: [[f"{num(r, 200, 45000)} lượt xem"], ["Chia sẻ Facebook · Zalo · LinkedIn"],
                  ["Theo dõi Nhà Đất & Tài Chính trên Zalo OA"], ["Nhận bản tin thị trường qua email"]],
             57: [["Chia sẻ", "Bình luận"], [f"{r.randint(0, 300)} bình luận"], ["Theo dõi Thể Thao Số 24 trên YouTube"],
                  ["Tải app Thể Thao Số 24 để xem tỷ số trực tiếp"]]}[fam]
    picks = r.sample(forms, r.randint(1, 2))
    return [L(x, "share_widget") for group in picks for x in group]


def comments(r: random.Random, fam: int) -> list[Line]:
    forms = {54: ["Ý kiến bạn đọc", "Gửi ý kiến", "Họ và tên", "Nội dung ý kiến"],
             55: ["Đặt câu hỏi cho bác sĩ", "Câu hỏi của bạn sẽ được bác sĩ giải đáp trong vòng 24 giờ"],
             56: [f"Bình luận ({r.randint(0, 60)})", "Đăng nhập để bình luận"],
             57: ["Bình luận của bạn", r.choice(["Hãy là người đầu tiên bình luận", f"Xem thêm {r.randint(2, 90)} bình luận"])]}
    out = [L(x, "comment_prompt") for x in forms[fam]]
    if fam == 54 and r.random() < 0.4:  # the paper's call for readers' letters
        out.insert(0, L("Mời bạn đọc gửi tin, bài, ảnh phản ánh về hộp thư bandoc@baothanhnguyen.vn", "comment_prompt"))
    return out


def advert(r: random.Random, fam: int) -> list[Line]:
    if fam == 54:
        return [L("Liên hệ quảng cáo", "advert", "strong"),
                L("Phòng Quảng cáo - Phát hành, Báo Thanh Nguyên", "advert"), L("ĐT: 0237 3 852 118", "advert")]
    if fam == 55:
        clinic = r.choice(["Phòng khám Đa khoa Quốc tế An Tâm", "Phòng khám Nội tiết Thiện Nhân", "Nha khoa Smile Plus"])
        lines = [L(f"ĐẶT LỊCH KHÁM TẠI {clinic.upper()}", "advert", "strong"),
                 L(r.choice(["Bác sĩ đầu ngành, không phải chờ đợi", "Ưu đãi giảm 30% phí khám trong tháng này"]), "advert"),
                 L(f"Hotline: {phone(r)}", "advert"),
                 L(f"Địa chỉ: {r.randint(1, 200)} {r.choice(STREETS)}, {r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng'])}", "advert")]
        return lines[: r.randint(3, 4)]
    if fam == 56:
        proj = r.choice(["Sunrise Riverside", "The Emerald Garden", "Vinh Quang Residence", "Green Bay Premium"])
        return [L(f"Dự án {proj} - Mở bán giai đoạn {r.randint(1, 3)}", "advert", "strong"),
                L(f"Giá chỉ từ {r.randint(30, 80)} triệu/m2, thanh toán {r.choice([20, 30, 35])}% nhận nhà", "advert"),
                L(f"Hotline PKD: {phone(r)}", "advert"), L("Đăng ký nhận bảng giá", "advert")]
    return [L(r.choice(["Áo đấu chính hãng mùa giải mới - Giảm 30%", "Giày đá bóng sân cỏ nhân tạo - Freeship toàn quốc",
                        "Xem trực tiếp Ngoại hạng Anh trên ứng dụng K+"]), "advert", "strong"),
            L(f"Đặt hàng: {phone(r)}", "advert")]


def tail(r: random.Random, fam: int) -> list[Line]:
    """The blocks after the article, in the site's order, each present or not as the CMS decides."""
    blocks: dict[str, Callable[[], list[Line]]] = {
        "byline": lambda: [byline(r, fam)], "source": lambda: references(r) if fam == 55 and r.random() < 0.4
        else [source(r, fam)], "tags": lambda: [tags(r, fam)],
        "cont": lambda: [continuation(r, fam)], "share": lambda: share(r, fam), "ad": lambda: advert(r, fam),
        "comments": lambda: comments(r, fam),
        "related": lambda: [L(RELATED_HEADER[fam], "related_links", "h3")]
        + related_items(r, fam, r.randint(3, 6), RELATED_STYLE[fam])}
    order = {54: ["cont", "byline", "source", "share", "tags", "related", "comments"],
             55: ["cont", "byline", "source", "share", "tags", "ad", "related", "comments"],
             56: ["byline", "cont", "source", "tags", "share", "ad", "comments", "related"],
             57: ["cont", "byline", "source", "share", "tags", "related", "ad", "comments"]}[fam]
    odds = {"byline": 0.9, "source": 0.45, "tags": 0.6, "cont": 0.2, "share": 0.8, "ad": 0.5, "comments": 0.6,
            "related": 0.75}
    if r.random() < 0.25:  # some CMS pages put the source before the byline
        order = [x for x in order if x != "source"]
        order.insert(0, "source")
    out = []
    for key in order:
        if r.random() < odds[key]:
            out += blocks[key]()
    return out


RELATED_HEADER = {54: "Tin cùng chuyên mục", 55: "Bài viết liên quan", 56: "Tin cùng chủ đề", 57: "Đọc thêm"}
RELATED_STYLE = {54: "date", 55: "plain", 56: "count", 57: "ago"}
INLINE_HEADER = {54: "Tin liên quan", 55: "Xem thêm", 56: "Cùng chủ đề", 57: "Tin liên quan"}

MENUS = {54: ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Văn hóa", "Pháp luật", "Quốc phòng - An ninh",
              "Thể thao", "Bạn đọc", "Multimedia"],
         55: ["Tin y tế · Bệnh A-Z · Dinh dưỡng · Mẹ & Bé · Thuốc · Đông y · Hỏi đáp bác sĩ · Sống khỏe · Video",
              "Tìm bác sĩ | Đặt lịch khám | Tra cứu thuốc"],
         56: ["Thị trường", "Dự án", "Quy hoạch", "Tài chính", "Ngân hàng", "Chứng khoán", "Pháp lý nhà đất", "Nhà đẹp",
              "Tiện ích"],
         57: ["Bóng đá Việt Nam", "Bóng đá Anh", "Cúp C1", "Tây Ban Nha", "Ý", "Đức", "Quần vợt", "Võ thuật", "Esports",
              "Video", "Lịch thi đấu | Kết quả | Bảng xếp hạng | Chuyển nhượng"]}
SECTIONS = {54: [("Chính trị", ["Xây dựng Đảng", "Chính quyền", "Mặt trận - Đoàn thể"]),
                 ("Xã hội", ["Giáo dục", "Y tế", "Lao động - Việc làm"]), ("Kinh tế", ["Nông nghiệp", "Đầu tư"]),
                 ("Pháp luật", ["An ninh trật tự", "Tư vấn pháp luật"])],
            55: [("Bệnh A-Z", ["Tim mạch", "Tiêu hóa", "Hô hấp", "Nội tiết"]), ("Tin y tế", ["Thời sự y tế"]),
                 ("Mẹ & Bé", ["Sức khỏe trẻ em", "Mang thai"])],
            56: [("Thị trường", ["Tin thị trường", "Phân tích"]), ("Tài chính", ["Ngân hàng", "Chứng khoán"]),
                 ("Dự án", ["Dự án mới", "Pháp lý dự án"])],
            57: [("Bóng đá Việt Nam", ["V.League", "Đội tuyển quốc gia"]), ("Bóng đá Anh", ["Ngoại hạng Anh"]),
                 ("Các môn khác", ["Quần vợt", "Điền kinh"])]}
FOOTERS = {
    54: ["BÁO THANH NGUYÊN ĐIỆN TỬ",
         "Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Nguyên, tiếng nói của Đảng bộ, chính quyền và nhân dân",
         "Giấy phép số 318/GP-BTTTT ngày 09/6/2021 của Bộ Thông tin và Truyền thông",
         "Tổng Biên tập: Lê Văn Quảng", "Phó Tổng Biên tập: Trần Thị Hồng Nhung, Đinh Công Tuấn",
         "Tòa soạn: Số 68 đường Trần Phú, phường Điện Biên, TP Thanh Nguyên",
         "Điện thoại: 0237 3 852 214 - Fax: 0237 3 852 006", "Email: toasoan@baothanhnguyen.vn",
         "Ghi rõ nguồn “Báo Thanh Nguyên” khi phát hành lại thông tin từ website này."],
    55: ["© 2015-2024 Sức Khỏe 365 - Chuyên trang thông tin sức khỏe cộng đồng",
         "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 112/GP-TTĐT do Sở TT&TT Hà Nội cấp ngày 21/4/2020",
         "Chịu trách nhiệm nội dung: Bác sĩ Phạm Đức Hạnh",
         "Địa chỉ: Tầng 5, tòa nhà số 21 Lê Văn Lương, Thanh Xuân, Hà Nội",
         "Thông tin trên website chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán và điều trị y khoa."],
    56: ["Tạp chí điện tử Nhà Đất & Tài Chính", "Cơ quan chủ quản: Hội Môi giới Bất động sản Phương Nam",
         "Giấy phép số 45/GP-BTTTT cấp ngày 02/3/2022", "Tổng biên tập: Võ Minh Khôi",
         "Văn phòng: 120 Nguyễn Huệ, phường Bến Nghé, Quận 1, TP.HCM",
         "Liên hệ quảng cáo: 0909 606 118 - quangcao@nhadat-taichinh.vn"],
    57: ["© 2024 Thể Thao Số 24", "Cơ quan chủ quản: Công ty Cổ phần Truyền thông Số Phương Đông",
         "Giấy phép thiết lập mạng xã hội số 211/GP-BTTTT", "Chịu trách nhiệm nội dung: Đỗ Hải Đăng",
         "Hotline: 1900 6868", "Email: toasoan@thethaoso24.vn"],
}
FOOT_MENUS = {54: "Giới thiệu | Liên hệ | Quảng cáo | Đặt báo in | RSS", 55: "Về chúng tôi · Chính sách bảo mật · Liên hệ",
              56: "Giới thiệu | Điều khoản | Liên hệ tòa soạn", 57: "Giới thiệu · Quảng cáo · Liên hệ · Chính sách"}


def head(r: random.Random, fam: int) -> list[Line]:
    out: list[Line] = []
    if fam == 54:  # the date of the day in the top bar
        out.append(L(f"{r.choice(DAYS)}, ngày {full_date(r, pad=False)}", "dateline"))
    if fam == 56:  # market ticker in the top bar
        up = r.random() < 0.5
        out.append(L(f"VN-Index {dec(r, 950, 1300)} {'▲' if up else '▼'} {dec(r, 0.2, 15)} "
                     f"({'+' if up else '-'}{dec(r, 0.02, 1.5)}%)", "price_widget"))
    menu = MENUS[fam]
    if fam == 55:
        out += [L(x, "menu") for x in menu]
    else:
        out += [L(x, "menu", "li") for x in menu]
    if fam == 57 and r.random() < 0.8:  # the live-score strip above the article
        out.append(L("TRỰC TIẾP", "price_widget", "h4"))
        teams = r.sample(ETEAMS, 4) + r.sample(VTEAMS, 2) if r.random() < 0.6 else r.sample(VTEAMS, 6)
        for i in range(0, 2 * r.randint(1, 3), 2):
            minute = r.choice([f"({r.randint(1, 90)}')", "(HT)", "(FT)", f"{r.randint(1, 90)}'"])
            out.append(L(f"{score_line(r, teams[i], teams[i + 1])} {minute}", "price_widget", "li"))
    sec, subs = r.choice(SECTIONS[fam])
    sub = r.choice(subs)
    crumb = {54: f"Trang chủ » {sec} » {sub}", 55: f"{SITE_NAMES[55]} / {sec} / {sub}", 56: f"{sec} › {sub}",
             57: r.choice([f"Trang chủ > {sec} > {sub}", f"Trang chủ > {sec}"])}[fam]
    out.append(L(crumb, "breadcrumb"))
    return out


def article_dateline(r: random.Random, fam: int) -> Line:
    d, t = full_date(r), clock(r)
    text = {54: f"{r.choice(DAYS)}, {d} - {t}", 55: f"{d} | {t} GMT+7 · {r.randint(3, 12)} phút đọc",
            56: r.choice([f"{t} | {d}", f"{t} | {d} · Cập nhật lần cuối {clock(r)}"]),
            57: r.choice([f"{d} {t}", f"{t} ngày {d}"])}[fam]
    return L(text, "dateline")


def sidebar(r: random.Random, fam: int) -> list[Line]:
    boxes: list[list[Line]] = []
    most_read = {54: "Tin đọc nhiều", 55: "Được quan tâm nhất", 56: "Đọc nhiều nhất", 57: "Tin nóng"}[fam]
    boxes.append([L(most_read, "related_links", "h4")]
                 + related_items(r, fam, r.randint(3, 5), "bullet" if fam in (54, 57) else "plain"))
    if fam == 54:
        box = [L("Thời tiết Thanh Nguyên", "weather_widget", "h4")]
        for d in r.sample(DISTRICTS[:6], r.randint(2, 3)):
            lo = r.randint(14, 27)
            box.append(L(f"{d}: {lo}°C - {lo + r.randint(3, 9)}°C, {r.choice(['Nắng', 'Mưa rào', 'Nhiều mây', 'Mưa nhỏ'])}",
                         "weather_widget", "li"))
        boxes.append(box)
        boxes.append([L("Chuyên đề", "related_links", "h4"),
                      L("Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "related_links", "li"),
                      L("Bảo vệ nền tảng tư tưởng của Đảng", "related_links", "li")])
    elif fam == 55:
        boxes.append([L("Công cụ sức khỏe", "related_links", "h4"), L("Tính chỉ số BMI", "related_links", "li"),
                      L("Tính ngày dự sinh", "related_links", "li"), L("Tra cứu thuốc", "related_links", "li")])
        boxes.append([L("Quảng cáo", "advert")] * (r.random() < 0.5) + advert(r, fam))
    elif fam == 56:
        box = [L(r.choice(["Lãi suất tiết kiệm 12 tháng", "Lãi suất huy động"]), "price_widget", "h4")]
        box += [L(f"{b}: {dec(r, 4.0, 6.5, 1)}%", "price_widget", "li") for b in r.sample(BANKS, 3)]
        boxes.append(box)
        g = r.randint(6500, 9000) / 100
        boxes.append([L("Giá vàng SJC", "price_widget", "h4"),
                      L(f"Mua vào: {f'{g:.2f}'.replace('.', ',')} triệu/lượng", "price_widget", "li"),
                      L(f"Bán ra: {f'{g + 2:.2f}'.replace('.', ',')} triệu/lượng", "price_widget", "li")])
    else:
        teams = r.sample(ETEAMS[:6] + ["Newcastle", "Aston Villa", "Brighton"], 5)
        pts = sorted((r.randint(15, 40) for _ in teams), reverse=True)
        boxes.append([L("Bảng xếp hạng Ngoại hạng Anh", "price_widget", "h4")]
                     + [L(f"{i}. {t} {r.randint(12, 16)} {p}", "price_widget", "li")
                        for i, (t, p) in enumerate(zip(teams, pts, strict=True), 1)])
        if r.random() < 0.5:
            boxes.append([L(r.choice(["Quảng cáo", "QC"]), "advert")] + advert(r, fam))
        fx = r.sample(ETEAMS, 4)
        boxes.append([L("Lịch thi đấu hôm nay", "price_widget", "h4")]
                     + [L(f"{t} {fx[i]} - {fx[i + 1]}", "price_widget", "li")
                        for t, i in zip(sorted([clock(r), clock(r)]), (0, 2), strict=True)])
    if r.random() < 0.3:
        boxes.pop(r.randrange(1, len(boxes)))
    r.shuffle(boxes)
    return [x for b in boxes for x in b]


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    """One page of site `fam`: head, the article with inline blocks and traps, its tail, sidebar, footer."""
    page = Page(fam, OUTLETS[fam])
    page.head += head(r, fam)
    title, sapo, *rest = article
    page.body.append(L(title, "title", "h1"))
    page.body.append(article_dateline(r, fam))
    if fam == 57 and r.random() < 0.35:  # the author above the sapo
        page.body.append(L(r.choice([author(r), f"Tác giả: {author(r)}", f"{author(r)} | {SITE_NAMES[57]}"]), "byline"))
    if fam == 55 and r.random() < 0.5:  # medical reviewer above the article
        page.body.append(L(f"Tham vấn y khoa: {r.choice(['ThS.BS', 'BSCKII', 'TS.BS'])} {full_name(r)}", "byline"))
    page.body.append(C(sapo, "strong" if fam in (54, 56) else "p"))
    blocks = add_traps(r, fam, [[C(x)] for x in rest])  # a block is a paragraph or a trap, never split
    if len(blocks) > 3 and r.random() < 0.4:  # a one-line "read more" link
        lead = {54: ">> ", 55: "Xem thêm: ", 56: ">> Xem thêm: ", 57: "ĐỌC THÊM: "}[fam]
        blocks.insert(r.randint(2, len(blocks) - 1), [L(lead + r.choice(HEADLINES[fam]), "related_links")])
    if blocks and r.random() < 0.6:  # an inline related box between paragraphs
        at = r.randint(1, max(1, min(3, len(blocks) - 1)))
        box = [L(INLINE_HEADER[fam], "related_links", "h3")] if r.random() < 0.7 else []
        blocks.insert(at, box + related_items(r, fam, r.randint(2, 3), "plain"))
    page.body += [x for b in blocks for x in b]
    page.body += tail(r, fam)
    page.side += sidebar(r, fam)
    page.foot += [L(FOOT_MENUS[fam], "menu")] + [L(x, "footer") for x in FOOTERS[fam]]
    return page


# -- HTML: each site's own markup ---------------------------------------------------------------------


def _a(text: str) -> str:
    return f"<a href='/{zlib.crc32(text.encode()) % 10**7}.html'>{html.escape(text)}</a>"


BODY_CLASS = {54: "detail-content-body", 55: "article__body", 56: "news-content", 57: "content-detail"}
TAIL_CLASS = {"byline": "author", "source": "source", "tags": "tags-box", "continuation": "continue",
              "share_widget": "social-share", "comment_prompt": "comment-box", "advert": "ads-inline"}


def render_html(page: Page, n: int) -> str:
    """The page in its site's markup: nav, breadcrumb, article (title, date, body, tail), aside, footer."""
    esc = html.escape
    fam = page.family
    title = next(x.text for x in page.body if x.label == "title")
    top, items, bar = [], [], []
    for x in page.head:
        if x.label == "menu" and x.tag == "li":
            items.append(f"<li>{_a(x.text)}</li>")
        elif x.label == "menu":
            top.append(f"<div class='menu-line'>{esc(x.text)}</div>")
        elif x.label == "breadcrumb":
            bar.append(f"<div class='breadcrumb'>{esc(x.text)}</div>")
        elif x.tag == "li":
            top.append(f"<span class='live-item'>{_a(x.text)}</span>")
        else:
            top.insert(0, f"<div class='top-{x.label}'>{esc(x.text)}</div>")
    nav = (f"<div class='topbar'>{''.join(top[:1])}</div>" if fam in (54, 56) else "") \
        + (f"<nav class='main-nav'><ul>{''.join(items)}</ul></nav>" if items else "") \
        + "".join(top[1:] if fam in (54, 56) else top) + "".join(bar)
    body: list[str] = []
    open_list = False
    for x in page.body:
        if x.label == "related_links" and x.tag == "li":
            if not open_list:
                body.append("<ul class='related-list'>")
                open_list = True
            body.append(f"<li>{_a(x.text)}</li>")
            continue
        if open_list:
            body.append("</ul>")
            open_list = False
        if x.label == "title":
            body.append(f"<h1 class='article-title'>{esc(x.text)}</h1>")
        elif x.label == "dateline":
            body.append(f"<div class='article-meta'><span class='time'>{esc(x.text)}</span></div>")
        elif x.label == "related_links":
            body.append(f"<h3 class='box-title'>{esc(x.text)}</h3>" if x.tag == "h3" else f"<p class='link-inline'>{_a(x.text)}</p>")
        elif x.label == "content":
            body.append(f"<p><strong>{esc(x.text)}</strong></p>" if x.tag == "strong" else f"<p>{esc(x.text)}</p>")
        elif x.label in ("byline", "source") and fam in (54, 57):
            body.append(f"<p class='{TAIL_CLASS[x.label]}' style='text-align:right'><b>{esc(x.text)}</b></p>")
        else:
            body.append(f"<div class='{TAIL_CLASS.get(x.label, x.label)}'>{esc(x.text)}</div>")
    if open_list:
        body.append("</ul>")
    side = []
    for x in page.side:
        if x.tag in ("h3", "h4"):
            side.append(f"<h4 class='widget-title'>{esc(x.text)}</h4>")
        elif x.label == "related_links":
            side.append(f"<div class='item'>{_a(x.text)}</div>")
        else:
            side.append(f"<div class='widget-row'>{esc(x.text)}</div>")
    foot = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    wrap = {54: ("<div class='detail'>", "</div>"), 55: ("<article class='article'>", "</article>"),
            56: ("<div class='main-detail'><article>", "</article></div>"), 57: ("<article>", "</article>")}[fam]
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
            f"<title>{esc(title)} | {SITE_NAMES[fam]}</title>"
            f"<link rel='canonical' href='https://{page.outlet}/{fam}-{n}.html'>"
            f"<meta property='og:site_name' content='{SITE_NAMES[fam]}'></head><body>"
            f"<header>{nav}</header><main>{wrap[0]}<div class='{BODY_CLASS[fam]}'>{''.join(body)}</div>{wrap[1]}"
            f"<aside class='sidebar'>{''.join(side)}</aside></main><footer>{foot}</footer></body></html>")
