"""Template families of Vietnamese news sites for the synthetic, line-labelled benchmark.

Each family is a site layout (menus, breadcrumbs, widgets, tail blocks, footers) with its own
wording; every boilerplate line it emits carries a class label. Families 0-3 are the DEV half
(looked at while choosing rules), 4-7 the HELD-OUT half (never looked at while tuning; scored
once). Names, outlets and numbers are drawn from small pools by shape, so a byline is a new name
on most pages: the cleaner must recognise classes, not strings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan"]
GIVEN = ["Anh", "Vy", "Linh", "Trang", "Hà", "Minh", "Hùng", "Dũng", "Thảo", "Ngọc", "Sơn", "Tâm", "Quân",
         "Khánh", "Diệu", "Thu", "Hải", "Yến", "Phương", "Bảo", "Châu", "Nhung", "Tuấn", "Hiền", "Lâm"]
AGENCIES = ["TTXVN", "Reuters", "AFP", "AP", "Kyodo", "Xinhua", "BBC", "CNN", "Washington Post", "Tuổi Trẻ",
            "VnExpress", "Thanh Niên", "Lao Động", "Dân trí", "Yonhap", "Bloomberg", "The Guardian", "NHK"]
TOPICS = ["Thời sự", "Thế giới", "Kinh doanh", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch",
          "Thể thao", "Giải trí", "Xe", "Công nghệ", "Bất động sản", "Văn hóa"]
CITIES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Hải Phòng", "Huế", "Nha Trang", "Vinh"]
STREETS = ["Lý Thường Kiệt", "Trần Hưng Đạo", "Nguyễn Du", "Lê Duẩn", "Hai Bà Trưng", "Điện Biên Phủ",
           "Pasteur", "Nguyễn Thị Minh Khai", "Láng Hạ", "Tôn Đức Thắng"]
TAG_WORDS = ["kinh tế", "bão lũ", "giá xăng", "giáo dục", "y tế", "ngoại giao", "tai nạn", "chứng khoán",
             "bất động sản", "an ninh", "môi trường", "giao thông", "du lịch", "xuất khẩu"]
HEADLINE_BITS = ["Giá vàng hôm nay tăng mạnh", "Hà Nội mưa lớn nhiều tuyến phố ngập", "Xuất khẩu gạo đạt kỷ lục",
                 "Bộ Y tế cảnh báo dịch sốt xuất huyết", "Tuyển sinh lớp 10 năm nay có gì mới",
                 "Cao tốc Bắc - Nam thông xe thêm đoạn mới", "Ngân hàng đồng loạt giảm lãi suất",
                 "Bão số 3 đổ bộ vào đất liền", "Thủ tướng chỉ đạo gỡ khó cho doanh nghiệp",
                 "Giá xăng dầu đồng loạt giảm", "Phát hiện đường dây buôn lậu lớn ở biên giới",
                 "Sân bay Long Thành tăng tốc thi công", "Nhiều trường đại học công bố điểm chuẩn",
                 "Du lịch hè sôi động trở lại", "Thị trường chứng khoán khởi sắc"]


def person(r: random.Random, caps: bool = False) -> str:
    name = " ".join([r.choice(SURNAMES)] * r.randint(0, 1) + [r.choice(GIVEN), r.choice(GIVEN)])
    return name.upper() if caps else name


def phone(r: random.Random) -> str:
    return r.choice(["024", "028", "0236", "0912", "0988", "1900"]) + f" {r.randint(100, 999)} {r.randint(1000, 9999)}"


def headline(r: random.Random) -> str:
    extra = r.choice(["", " trong tháng tới", " từ ngày mai", " sau nhiều năm", " ở miền Trung", " dịp cuối năm"])
    return r.choice(HEADLINE_BITS) + extra


def date(r: random.Random) -> str:
    return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/20{r.randint(5, 24):02d}"


@dataclass
class Line:
    text: str
    label: str  # "content" or a boilerplate class
    tag: str = "p"  # HTML element the line is rendered in


@dataclass
class Page:
    """A page: lines before the article, inside it, after it; each with its label."""

    family: int
    outlet: str
    head: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    side: list[Line] = field(default_factory=list)
    foot: list[Line] = field(default_factory=list)


# -- boilerplate classes, each with a few wordings a family picks from -------------------------------


def menu(r: random.Random, fam: int) -> list[Line]:
    items = r.sample(TOPICS, 7)
    if fam % 2:
        return [Line(" | ".join(items), "menu")]
    return [Line(x, "menu", "li") for x in items]


def breadcrumb(r: random.Random, fam: int) -> Line:
    a, b = r.sample(TOPICS, 2)
    sep = [" > ", " » ", " › ", " / "][fam % 4]
    return Line(("Trang chủ" + sep if fam % 3 else "") + a + sep + b, "breadcrumb")


def dateline(r: random.Random, fam: int) -> Line:
    days = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
    d, t = date(r), f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    forms = [f"{r.choice(days)}, {d}, {t} (GMT+7)", f"{d} {t}", f"Cập nhật: {t} {d}", f"{r.choice(days)}, ngày {d} | {t}"]
    return Line(forms[fam % len(forms)], "dateline")


def related_box(r: random.Random, fam: int) -> list[Line]:
    header = ["Tin liên quan", "Bài liên quan", "TIN LIÊN QUAN", "Tin cùng chuyên mục", "Có thể bạn quan tâm",
              "Tin bài liên quan", "Đọc thêm", "Xem thêm"][fam]
    n = r.randint(2, 4)
    lines = [Line(header, "related_links", "h3")]
    for _ in range(n):
        h = headline(r)
        if fam in (2, 6):
            h += f" ({date(r)})"
        lines.append(Line(h, "related_links", "li"))
    return lines


def see_more_inline(r: random.Random, fam: int) -> Line:
    lead = [">> Xem thêm: ", "Xem thêm: ", "Đọc thêm: ", ">> "][fam % 4]
    return Line(lead + headline(r), "related_links")


def weather(r: random.Random, fam: int) -> list[Line]:
    header = ["Thời tiết hôm nay", "THÔNG TIN CẦN BIẾT", "Dự báo thời tiết", "Thời tiết"][fam % 4]
    out = [Line(header, "weather_widget", "h4")]
    for city in r.sample(CITIES, 2):
        lo = r.randint(18, 26)
        out.append(Line(f"{city}: {lo}-{lo + r.randint(3, 8)}°C, {r.choice(['nắng', 'mưa rào', 'nhiều mây'])}",
                        "weather_widget", "li"))
    return out


def prices(r: random.Random, fam: int) -> list[Line]:
    gold = r.randint(6500, 8900) / 100
    usd = r.randint(23000, 25500)
    forms = [
        [f"Giá vàng SJC: {gold:.2f} - {gold + 0.7:.2f} triệu đồng/lượng", f"USD: {usd:,} - {usd + 320:,} VNĐ"],
        [f"Tỷ giá USD {usd:,} đồng", f"Vàng SJC {gold:.2f} triệu/lượng"],
        [f"Giá xăng RON 95: {r.randint(21000, 25000):,} đ/lít", f"Dầu DO: {r.randint(17000, 21000):,} đ/lít"],
    ]
    head = ["Giá vàng - Tỷ giá", "Bảng giá", "Giá cả thị trường"][fam % 3]
    return [Line(head, "price_widget", "h4")] + [Line(x, "price_widget", "li") for x in forms[fam % 3]]


def share_bar(r: random.Random, fam: int) -> Line:
    forms = ["Chia sẻ Facebook Zalo Twitter", "Chia sẻ", "Share | Tweet | Email", "Facebook Zalo Copy link",
             "In bài viết | Gửi bài viết", "Lưu bài viết Chia sẻ", "Theo dõi chúng tôi trên Google News",
             "Nghe đọc bài Giọng nữ miền Bắc"]
    return Line(forms[fam], "share_widget")


def comment_form(r: random.Random, fam: int) -> list[Line]:
    forms = [["Ý kiến của bạn", "Gửi bình luận"], [f"Bình luận ({r.randint(0, 99)})", "Viết bình luận"],
             ["Ý kiến bạn đọc", "Bạn cần đăng nhập để bình luận"], ["Gửi ý kiến của bạn", "Sắp xếp theo: Mới nhất"]]
    return [Line(x, "comment_prompt") for x in forms[fam % 4]]


def tags_line(r: random.Random, fam: int) -> Line:
    words = r.sample(TAG_WORDS, r.randint(2, 4))
    if fam in (1, 5, 7):
        return Line(" ".join("#" + w.replace(" ", "") for w in words), "tags")
    return Line(["Tags: ", "Từ khóa: ", "Chủ đề: ", "Tag: "][fam % 4] + ", ".join(words), "tags")


def byline(r: random.Random, fam: int) -> Line:
    a, b = person(r), person(r)
    forms = [a, f"{a} - {b}", f"{a} thực hiện", f"{a} dịch", f"{a} (theo {r.choice(AGENCIES)})",
             person(r, caps=True), f"{a} (Theo {r.choice(AGENCIES)})", f"Bài và ảnh: {a}"]
    return Line(forms[(fam + r.randint(0, 2)) % len(forms)], "byline", "p")


def source(r: random.Random, fam: int) -> Line:
    ag = r.choice(AGENCIES)
    forms = [f"Nguồn: {ag}", f"(Theo {ag})", f"Theo {ag}", f"Nguồn: {ag}, {r.choice(AGENCIES)}"]
    return Line(forms[(fam + r.randint(0, 1)) % len(forms)], "source")


def continuation(r: random.Random, fam: int) -> Line:
    forms = ["Còn tiếp", "(còn tiếp)", f"Kỳ tới: {headline(r)}", "Phần I, II", "(Còn nữa)", "Kỳ sau: " + headline(r)]
    return Line(forms[(fam + r.randint(0, 1)) % len(forms)], "continuation")


def advert(r: random.Random, fam: int) -> list[Line]:
    company = r.choice(["CÔNG TY TNHH", "Công ty Cổ phần", "Công ty TNHH Thương mại", "Cty CP"]) + " " + \
        r.choice(["Hoàng Long", "Đại Phát", "Sao Việt", "Minh Khang", "An Bình", "Phú Thịnh"])
    street = f"Số {r.randint(1, 300)} {r.choice(STREETS)}, {r.choice(CITIES)}"
    lines = [Line(company, "advert"), Line(f"Địa chỉ: {street}", "advert"),
             Line(f"ĐT: {phone(r)} - Fax: {phone(r)}", "advert"),
             Line(f"Email: lienhe@{company.split()[-1].lower()}.vn", "advert"),
             Line(f"Website: www.{company.split()[-1].lower()}{r.randint(1, 9)}.com.vn", "advert")]
    if fam % 2:
        lines = [Line(f"Liên hệ: {company}", "advert"), lines[1], Line(f"Hotline: {phone(r)}", "advert")]
    return lines


def footer(r: random.Random, fam: int, outlet: str) -> list[Line]:
    year = r.randint(2006, 2024)
    street = f"{r.randint(1, 200)} {r.choice(STREETS)}, {r.choice(CITIES)}"
    forms = [
        [f"© {year} {outlet}. All rights reserved.", f"Giấy phép số {r.randint(100, 999)}/GP-BTTTT cấp ngày {date(r)}",
         f"Tòa soạn: {street}", f"Điện thoại: {phone(r)}"],
        [f"Bản quyền thuộc về {outlet}", "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
         f"Địa chỉ: {street}", f"Email: toasoan@{outlet.lower()}"],
        [f"Copyright © {year} {outlet}", f"Giấy phép hoạt động báo chí điện tử số {r.randint(10, 99)}/GP-BTTTT",
         f"Trụ sở: {street}"],
        [f"(c) {year} {outlet}", "Không được sao chép khi chưa có sự đồng ý bằng văn bản của tòa soạn",
         f"Hotline: {phone(r)}"],
    ]
    return [Line(x, "footer") for x in forms[fam % 4]]


# -- precision traps (article content that looks like boilerplate) ---------------------------------


def hotline_list(r: random.Random) -> list[Line]:
    intro = r.choice(["Các số điện thoại đường dây nóng hỗ trợ người dân vùng lũ:",
                      "Danh sách bệnh viện tiếp nhận người bị thương:",
                      "Người dân cần hỗ trợ có thể gọi các số sau:"])
    places = r.sample(["Bệnh viện Bạch Mai", "Sở Y tế Hà Nội", "UBND tỉnh Quảng Bình", "Bệnh viện Chợ Rẫy",
                       "Ban chỉ huy phòng chống thiên tai tỉnh", "Công an tỉnh Hà Tĩnh", "Bệnh viện Đa khoa Huế"], 3)
    return [Line(intro, "content")] + [Line(f"{p}: {phone(r)}", "content") for p in places]


def quote_end(r: random.Random) -> Line:
    return Line(f"“Chúng tôi sẽ tiếp tục theo dõi và hỗ trợ người dân đến khi ổn định”, ông {person(r)} nói.",
                "content")


def name_sentence(r: random.Random) -> Line:
    return Line(f"{person(r)} cho biết đã gửi đơn lên cơ quan chức năng từ tháng trước.", "content")


# -- FRESH families (8-11): written after the held-out half was scored, with wordings of their own,
# scored once and never tuned on --------------------------------------------------------------------

FRESH_TOPICS = ["Chính trị", "Xã hội", "Quốc tế", "Quân sự", "Nông nghiệp", "Khoa học", "Y tế", "Môi trường",
                "Bạn đọc", "Pháp đình", "Ô tô", "Số hóa", "Giới trẻ", "Ẩm thực"]


def fresh_head(r: random.Random, fam: int) -> list[Line]:
    items = r.sample(FRESH_TOPICS, 6)
    menu = ([Line(x, "menu", "li") for x in items] if fam % 2 == 0 else [Line(" · ".join(items), "menu")])
    a, b = r.sample(FRESH_TOPICS, 2)
    crumb = [f"Trang nhất / {a} / {b}", f"Home > {a}", f"Trang chủ | {a} | {b}", f"{a} » {b}"][fam % 4]
    return menu + [Line(crumb, "breadcrumb")]


def fresh_dateline(r: random.Random, fam: int) -> Line:
    d = f"{r.randint(1, 28)}/{r.randint(1, 12)}/20{r.randint(10, 24)}"
    t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    return Line([f"Đăng lúc {t} - {d}", f"{d.replace('/', '-')} - {t} AM", f"Cập nhật lúc {t.replace(':', 'h')} ngày {d}",
                 f"Thứ Bảy, {d} {t}"][fam % 4], "dateline")


def fresh_related(r: random.Random, fam: int, side: bool = False) -> list[Line]:
    header = (["Đọc nhiều nhất", "Tin mới nhất", "Tin khác", "TIN CÙNG CHUYÊN MỤC"] if side else
              ["Tin liên quan", "Có thể bạn muốn xem", "Bài viết liên quan", "TIN LIÊN QUAN"])[fam % 4]
    return [Line(header, "related_links", "h3")] + [Line(headline(r), "related_links", "li")
                                                   for _ in range(r.randint(2, 5))]


def fresh_inline(r: random.Random, fam: int) -> Line:
    return Line([">> Đọc tiếp: ", "Xem thêm >> ", "Xem thêm: ", ">> "][fam % 4] + headline(r), "related_links")


def fresh_widget(r: random.Random, fam: int) -> list[Line]:
    if fam % 2 == 0:
        lines = [Line(["Thời tiết các vùng", "Dự báo thời tiết ngày mai"][fam % 4 // 2], "weather_widget", "h4")]
        for city in r.sample(CITIES, 3):
            lo = r.randint(16, 26)
            lines.append(Line(f"{city}: {lo} - {lo + r.randint(2, 9)}°C, {r.choice(['có mưa', 'trời nắng', 'mây rải rác'])}",
                              "weather_widget", "li"))
        return lines
    eur, gold = r.randint(25500, 28500), r.randint(5200, 8800) / 100
    return [Line(["Tỷ giá ngoại tệ", "Giá vàng hôm nay"][fam % 4 // 2], "price_widget", "h4"),
            Line(f"EUR: {eur:,} - {eur + 900:,}".replace(",", "."), "price_widget", "li"),
            Line(f"Vàng PNJ: {gold:.1f} - {gold + 0.9:.1f} triệu".replace(".", ","), "price_widget", "li")]


def fresh_tail(r: random.Random, fam: int) -> list[Line]:
    a, b = person(r), person(r)
    ag = r.choice(AGENCIES)
    bylines = [f"{a} - {b}", f"{a} (tổng hợp)", f"{a} (theo {ag}, {r.choice(AGENCIES)})", f"{a} ghi",
               f"{a} lược dịch", "Nhóm phóng viên", "PV", person(r, caps=True) + " - " + person(r, caps=True)]
    sources = [f"Nguồn: Báo {r.choice(['Chính phủ', 'Nhân Dân', 'Quân đội nhân dân', 'Pháp luật'])}", f"(Nguồn: {ag})",
               f"Theo báo {r.choice(['Nhân Dân', 'Hà Nội Mới', 'Công an nhân dân'])}", f"Nguồn tin: {r.choice(['Bộ Y tế', 'TTXVN', 'Bộ Công an'])}"]
    conts = ["(Còn tiếp)", f"Đón đọc kỳ tới: {headline(r)}", f"Kỳ sau: {headline(r)}", "Phần 1, 2", "(Hết)"]
    tags = [f"Từ khoá: {', '.join(r.sample(TAG_WORDS, 3))}", " ".join('#' + w.replace(' ', '') for w in r.sample(TAG_WORDS, 3)),
            f"Tags: {'; '.join(r.sample(TAG_WORDS, 3))}"]
    shop = r.choice(["Minh Phát", "Hưng Thịnh", "Việt Tiến", "Tân Hoàng"])
    advert = [Line(f"Showroom {shop}", "advert"), Line(f"Địa chỉ: {r.randint(1, 500)} {r.choice(STREETS)}, {r.choice(CITIES)}", "advert"),
              Line(f"Hotline: {phone(r)}", "advert"), Line(f"Zalo: {phone(r)}", "advert"),
              Line(f"Website: {shop.lower().replace(' ', '')}.vn", "advert"),
              Line(f"Liên hệ đặt hàng: {phone(r)}", "advert")]
    share = [Line(["Chia sẻ bài viết", "Gửi email In bài", "Bình luận Chia sẻ Lưu", "Facebook Twitter Zalo"][fam % 4],
                  "share_widget")]
    comments = [Line(x, "comment_prompt") for x in [["Viết bình luận của bạn"], ["Bình luận bài viết", "Gửi bình luận"],
                                                    ["(0) Bình luận"], ["Ý kiến bạn đọc"]][fam % 4]]
    pick = {
        8: [Line(r.choice(bylines), "byline"), Line(r.choice(sources), "source"), Line(r.choice(tags), "tags"), *share],
        9: [Line(r.choice(bylines), "byline"), Line(r.choice(conts), "continuation"), *advert[: r.randint(3, 6)], *comments],
        10: [Line(r.choice(sources), "source"), Line(r.choice(tags), "tags"), *share, *comments],
        11: [Line(r.choice(conts), "continuation"), Line(r.choice(bylines), "byline"), *advert[: r.randint(2, 4)],
             Line(r.choice(tags), "tags")],
    }[fam]
    if r.random() < 0.3:
        pick.pop(r.randrange(len(pick)))
    return pick


def fresh_footer(r: random.Random, fam: int, outlet: str) -> list[Line]:
    street = f"{r.randint(1, 200)} {r.choice(STREETS)}, {r.choice(CITIES)}"
    forms = [
        [f"© Bản quyền thuộc {outlet}", f"Cơ quan chủ quản: UBND tỉnh {r.choice(['Quảng Nam', 'Nghệ An', 'Bình Định'])}",
         f"Tổng biên tập: {person(r)}", f"Giấy phép số {r.randint(10, 999)}/GP-BTTTT"],
        [f"Copyright © {r.randint(2010, 2024)} {outlet}", f"Địa chỉ: {street}", f"Đường dây nóng: {phone(r)}"],
        [f"Giấy phép hoạt động báo điện tử số {r.randint(10, 999)}/GP-BTTTT", f"Tòa soạn: {street}",
         f"Email: bandoc@{outlet}"],
        [f"® Ghi rõ nguồn \"{outlet}\" khi phát hành lại thông tin từ website này", f"Trụ sở chính: {street}",
         f"ĐT: {phone(r)} - Fax: {phone(r)}"],
    ]
    return [Line(x, "footer") for x in forms[fam % 4]]


# -- ROUND 2 DEV families (12-13): new wordings of sources, bylines, share/follow widgets and related
# blocks, written for tuning those classes (the held-out families 14-17 are written separately) --------

R2_AGENCIES = ["Tân Hoa Xã", "The New York Times", "Nikkei Asia", "VOV", "VTV", "Vietnamplus", "Sputnik",
               "Nhân Dân", "Hà Nội Mới", "Le Monde", "Straits Times", "Al Jazeera", "CNA", "Der Spiegel"]


def r2_source(r: random.Random, fam: int) -> Line:
    ag, ag2 = r.sample(R2_AGENCIES, 2)
    forms = [f"Nguồn: Báo {ag}", f"Theo {ag}", f"(Theo {ag})", f"— Theo {ag}", f"- Theo {ag}, {ag2}",
             f"Nguồn tin: {ag}", f"Theo báo {ag}", f"(Nguồn: {ag})", f"Theo {ag}/{ag2}", f"Nguồn: {ag} và {ag2}"]
    return Line(r.choice(forms), "source")


def r2_byline(r: random.Random, fam: int) -> Line:
    a, b, c = person(r), person(r), person(r)
    forms = ["PV", "Nhóm PV", "Nhóm phóng viên", f"{a} - {b} - {c}", person(r, caps=True), f"{a} (tổng hợp)",
             f"{a} (t/h)", f"{a} / {r.choice(R2_AGENCIES)}", f"{a} (TTXVN)", f"Bài, ảnh: {a}",
             f"Nhóm PV {r.choice(TOPICS)}", f"{a} - {b} (thực hiện)", f"Ths. {a}", f"{a}, {b}"]
    return Line(r.choice(forms), "byline")


def r2_share(r: random.Random, fam: int) -> Line:
    forms = ["Chia sẻ bài viết:", "Chia sẻ qua Facebook | Zalo", "Like fanpage để cập nhật tin mới nhất",
             "Theo dõi chúng tôi trên Facebook", "Tải ứng dụng đọc báo trên điện thoại", "Gửi cho bạn bè",
             f"Lượt xem: {r.randint(100, 9999)}", "Đánh giá bài viết", "In | Gửi email | Chia sẻ",
             "Bấm like để theo dõi tin tức"]
    return Line(r.choice(forms), "share_widget")


def r2_related(r: random.Random, fam: int) -> list[Line]:
    header = r.choice(["Tin liên quan:", "CÁC TIN KHÁC", "Tin cùng chủ đề", "Xem thêm các bài viết", "Bài đọc thêm",
                       "Tin mới cập nhật"])
    out = [Line(header, "related_links", "h3")]
    for _ in range(r.randint(2, 4)):
        h = headline(r)
        h = r.choice([h, f"{h} ({r.randint(1, 28)}/{r.randint(1, 12)})", f"{h} - {date(r)}", f"» {h}"])
        out.append(Line(h, "related_links", "li"))
    return out


def r2_tail(r: random.Random, fam: int) -> list[Line]:
    lines = [r2_byline(r, fam), r2_source(r, fam), r2_share(r, fam)]
    if fam == 12:
        lines = [r2_source(r, fam), r2_byline(r, fam), r2_share(r, fam), r2_share(r, fam)]
    r.shuffle(lines) if r.random() < 0.3 else None
    if r.random() < 0.5:
        lines += r2_related(r, fam)
    return lines


class H2:
    """ROUND 2 HELD-OUT families (14-17): wordings of their own for sources, bylines, share/follow widgets
    and related blocks, written after the dev2 tuning and before their one scoring (seed 5)."""

    AGENCIES = ["Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam", "Kyodo News", "The Korea Herald", "Forbes",
                "Quân đội Nhân dân", "VnEconomy", "Zing", "Người Lao Động", "South China Morning Post",
                "Asahi Shimbun", "RFI", "Deutsche Welle", "Tiền Phong", "Pháp luật TP.HCM"]

    @staticmethod
    def source(r: random.Random, fam: int) -> Line:
        a, b = r.sample(H2.AGENCIES, 2)
        forms = [f"Nguồn: {a}", f"Theo tin từ {a}", f"(Nguồn tham khảo: {a}, {b})", f"– Theo {a}",
                 f"Nguồn bài viết: {a}", f"Trích nguồn: {a}", f"Theo Tạp chí {a}", f"Nguồn: {a}/{b}",
                 f"(Theo {a} - {b})", f"Theo báo điện tử {a}", f"Nguồn tin: {a}.", f"THEO {a.upper()}"]
        return Line(r.choice(forms), "source")

    @staticmethod
    def byline(r: random.Random, fam: int) -> Line:
        a, b = person(r), person(r)
        forms = [f"{a} - {b} (ghi)", "NHÓM PHÓNG VIÊN", f"Phóng viên {a}", f"BTV {a}", f"{a} (Theo Nikkei)",
                 f"PGS.TS {a}", f"{a} - TTXVN", f"{a}/VOV1", f"{a} (CTV)", f"{a}, {b}", f"{a} (lược dịch)",
                 f"{a} – Ảnh: {b}", f"Tác giả: {a}", person(r, caps=True) + " - " + person(r, caps=True)]
        return Line(r.choice(forms), "byline")

    @staticmethod
    def share(r: random.Random, fam: int) -> Line:
        forms = ["Chia sẻ:", "Chia sẻ lên mạng xã hội", "Theo dõi chúng tôi tại Zalo OA",
                 "Nhấn theo dõi để không bỏ lỡ tin mới", "Tải app ngay", "Bạn thấy bài viết này thế nào?",
                 "Gửi góp ý", "Sao chép đường dẫn", f"{r.randint(100, 9999):,} lượt đọc".replace(",", "."),
                 "Quan tâm", "Tweet | Pin | Email", "Facebook · Twitter · LinkedIn"]
        return Line(r.choice(forms), "share_widget")

    @staticmethod
    def r2_related(r: random.Random, fam: int) -> list[Line]:
        header = r.choice(["Các tin đã đưa", "Tin bài khác", "XEM THÊM", "Bài viết cùng chủ đề:", "Cùng chủ đề",
                           "Tin tức liên quan", "Đừng bỏ lỡ", "Đọc tiếp"])
        out = [Line(header, "related_links", "h3")]
        for _ in range(r.randint(2, 5)):
            h = headline(r)
            h = r.choice([h, f"{h} ({date(r)})", f"{h} - {r.randint(1, 28):02d}/{r.randint(1, 12):02d}", f"• {h}",
                          f"+ {h}"])
            out.append(Line(h, "related_links", "li"))
        return out

    @staticmethod
    def r2_tail(r: random.Random, fam: int) -> list[Line]:
        order = {14: ["byline", "source", "share"], 15: ["source", "share", "byline", "share"],
                 16: ["share", "byline", "source"], 17: ["byline", "share", "share", "source"]}[fam]
        lines = [getattr(H2, k)(r, fam) for k in order]
        if r.random() < 0.3:
            lines += [tags_line(r, fam % 4)]
        if r.random() < 0.5:
            lines += H2.r2_related(r, fam)
        return lines


# -- precision traps of round 3: article endings that look like a tail widget or a headline list -----


def list_end(r: random.Random) -> list[Line]:
    """An article that ends with its own list of short, unpunctuated items, announced by a colon."""
    intro = r.choice(["Kết quả chung cuộc của giải như sau:", "Danh sách các xã được công nhận đạt chuẩn nông thôn mới:",
                      "Những điểm tiêm chủng mở cửa xuyên trưa gồm:"])
    items = r.sample(["Đội Hà Nội giành ba huy chương vàng", "Xã Tân Phú huyện Đồng Xoài", "Trạm y tế phường Bến Nghé quận 1",
                      "Trường THPT Chu Văn An xếp thứ hai", "Xã Hòa Bình huyện Chợ Gạo", "Bệnh viện quận Tân Bình",
                      "Đội Đà Nẵng về thứ ba chung cuộc"], 3)
    return [Line(intro, "content")] + [Line(x, "content") for x in items]


def address_list(r: random.Random) -> list[Line]:
    """Addresses and phones that are the article's news (where to get help), not an advert."""
    intro = r.choice(["Người dân có thể đến các điểm hỗ trợ sau:", "Các địa chỉ tiếp nhận hàng cứu trợ:"])
    return [Line(intro, "content")] + [
        Line(f"{r.choice(['Nhà văn hóa phường', 'Trụ sở UBND xã', 'Trường tiểu học'])} {r.choice(GIVEN)}, số "
             f"{r.randint(1, 200)} {r.choice(STREETS)}, điện thoại {phone(r)}", "content") for _ in range(3)]


def unpunctuated_end(page: Page) -> None:
    """The last paragraph of the article has lost its final full stop (sloppy source text)."""
    for x in reversed(page.body):
        if x.label == "content" and len(x.text.split()) >= 12:
            x.text = x.text.rstrip(" .")
            return


# -- ROUND 3 DEV families (18-21): bylines, sources, share/follow/count bars and related blocks of new
# shapes, tuned on; the round-3 held-out families (22-25, class H3) are written separately -----------

R3_OUTLETS = ["Báo Nông thôn Ngày nay", "Báo Quảng Ninh", "Tạp chí Tài chính", "Báo Giao thông", "VnReview",
              "Báo Bình Dương", "Tạp chí Kinh tế Sài Gòn", "Báo Pháp luật Việt Nam", "Vietnam+", "Đài PT-TH Nghệ An"]
R3_HEADLINES = ["Hàng nghìn hộ dân vùng cao được hỗ trợ nhà ở kiên cố trước mùa mưa bão",
                "Giá thép xây dựng tiếp tục điều chỉnh giảm lần thứ tư liên tiếp",
                "Khởi tố vụ án lừa đảo chiếm đoạt tài sản qua mạng xã hội",
                "Nông dân miền Tây trúng mùa sầu riêng", "Cảnh báo chiêu trò giả danh nhân viên ngân hàng",
                "Đề xuất tăng lương tối thiểu vùng từ đầu năm sau", "Hội An đón lượng khách kỷ lục dịp lễ",
                "Tàu cá bị nạn được lai dắt vào bờ an toàn", "Học sinh tiểu học được miễn học phí",
                "Quốc hội thảo luận dự án Luật Đất đai sửa đổi", "Vì sao giá cà phê lập đỉnh mới?",
                "Đường sắt tốc độ cao: cần bao nhiêu vốn", "Thêm một tỉnh công bố hết dịch cúm gia cầm"]


def initials(r: random.Random) -> str:
    a = person(r).split()
    return r.choice([".".join(w[0] for w in a), a[0][0] + "." + a[-1], a[0][:2] + "." + a[-1]])


class R3:
    """Round-3 DEV wordings (families 18-21), seed 6: tuned on."""

    @staticmethod
    def byline(r: random.Random) -> Line:
        a, b = person(r), person(r)
        o = r.choice(R3_OUTLETS)
        forms = ["PV", "Nhóm PV", initials(r), f"{initials(r)} - {initials(r)}", f"{a} - {b}", f"Bài, ảnh: {a}",
                 f"{a} (tổng hợp)", f"{a}/VOV", f"Theo {a}/{o}", f"Bài và ảnh: {initials(r)}", f"{a} (từ {r.choice(CITIES)})",
                 f"Ghi chép của {a}", f"BS. {a}", f"{a} - {b} - {person(r)}", f"{a} (Phóng viên thường trú tại Pháp)",
                 f"{person(r, caps=True)} (TTXVN)", f"Luật sư {a}", f"{a} - Đài PT-TH {r.choice(CITIES)}",
                 f"Nhóm phóng viên {r.choice(TOPICS)}", f"{a}, {b} thực hiện"]
        return Line(r.choice(forms), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        a, b = r.sample(R3_OUTLETS + AGENCIES, 2)
        slug = "-".join(r.choice(HEADLINE_BITS).lower().split()[:4])
        forms = [f"Nguồn: {a}", f"Theo {a}", f"(Theo {a})", f"— Theo {a}", f"Tổng hợp từ {a}, {b}", f"Nguồn tin: {a}",
                 f"[Nguồn: {a}]", f"Nguồn: https://www.{a.split()[-1].lower()}.vn/{slug}.html", f"Dẫn theo {a}",
                 f"Lược dịch từ {a}", f"Theo hãng tin {a}", f"(Nguồn: {a} - {b})", f"Bài viết tham khảo từ {a}",
                 f"Theo {a} (www.{b.split()[-1].lower()}.com)", f"Nguồn ảnh và bài: {a}"]
        return Line(r.choice(forms), "source")

    @staticmethod
    def share(r: random.Random) -> Line:
        o = r.choice(R3_OUTLETS)
        forms = ["Chia sẻ", f"Chia sẻ ({r.randint(1, 99)})", f"Thích ({r.randint(1, 999)}) · Chia sẻ",
                 f"Bình luận ({r.randint(0, 99)})", f"Theo dõi {o} trên Google News", f"Tải app {o}",
                 f"Tải ứng dụng {o} để đọc tin nhanh hơn", f"Lượt xem {r.randint(100, 99999):,}".replace(",", "."),
                 "Like | Share | Comment", f"Đăng ký kênh YouTube của {o}", "Nhận tin qua email",
                 f"Theo dõi trang Facebook của {o}", "Chia sẻ bài viết này lên:", "Báo lỗi bài viết",
                 "Quay lại đầu trang", "Gửi bài viết cho bạn bè", f"{r.randint(1, 500)} bình luận"]
        return Line(r.choice(forms), "share_widget")

    @staticmethod
    def headline(r: random.Random) -> str:
        return r.choice(R3_HEADLINES + HEADLINE_BITS)

    @staticmethod
    def item(r: random.Random, h: str) -> str:
        d = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}"
        return r.choice([h, h, f"» {h}", f"- {h}", f"{h} ({d})", f"{d}/2023 {h}", f"{h} | {d}", f"• {h}",
                         f"{h} - {r.randint(1, 23)} giờ trước"])

    @staticmethod
    def related(r: random.Random, header: bool = True) -> list[Line]:
        out = []
        if header:
            h = r.choice(["Mới nhất", "Đáng chú ý", "Tin nên đọc", "Tiêu điểm", "Bài viết mới", "Tin khác cùng chuyên mục",
                          "Cùng chuyên mục", "ĐỌC NHIỀU", "Tin cùng sự kiện:", "Có thể bạn quan tâm"])
            out.append(Line(h, "related_links", "h3"))
        for h in r.sample(R3_HEADLINES + HEADLINE_BITS, r.randint(2, 5)):
            out.append(Line(R3.item(r, h), "related_links", "li"))
        return out

    @staticmethod
    def tail(r: random.Random, fam: int) -> list[Line]:
        b, s, sh = R3.byline, R3.source, R3.share
        lines = {18: lambda: [b(r), s(r), sh(r), sh(r)] + R3.related(r),
                 19: lambda: [s(r), b(r), sh(r), tags_line(r, r.randint(0, 3))] + R3.related(r, header=False),
                 20: lambda: [sh(r), b(r), s(r), sh(r)] + R3.related(r, header=r.random() < 0.5),
                 21: lambda: [b(r), sh(r), s(r)] + (R3.related(r, header=False) if r.random() < 0.5 else [])}[fam]()
        if r.random() < 0.25:
            lines.pop(r.randrange(min(3, len(lines))))
        return lines


def add_r3_trap(page: Page, n: int, r: random.Random, m: type) -> None:
    """Round-3 traps for pages without an older one (n % 6 in 4, 5): a list, an address list, a last
    paragraph without its full stop."""
    if n % 6 == 4:
        page.body += (list_end(r) if r.random() < 0.5 else address_list(r))
    elif n % 6 == 5:
        unpunctuated_end(page)


class H3:
    """ROUND 3 HELD-OUT families (22-25), seed 7: wordings and layouts of their own, written before the
    round-3 rules were tuned and before this half was ever scored; scored once, never adjusted."""

    OUTLETS = ["Báo Thái Nguyên", "Báo Cần Thơ", "Cổng TTĐT tỉnh Lâm Đồng", "Tạp chí Cộng sản", "Báo Lâm Đồng",
               "Tạp chí Môi trường", "Báo Kiểm toán", "Báo Hòa Bình", "Tạp chí Điện tử Doanh nghiệp",
               "Trung tâm Dự báo KTTV quốc gia", "Sở Y tế Bình Định", "Báo Đắk Lắk"]
    FOREIGN = ["Nikkei", "Politico", "The Economist", "Financial Times", "Bangkok Post", "Jakarta Post",
               "Global Times", "Reuters", "El País", "Time"]
    HEADLINES = ["Mở rộng tuyến buýt điện đến các huyện ngoại thành", "Lật xe khách trên đèo, nhiều người bị thương",
                 "Xử phạt hàng loạt cơ sở kinh doanh thực phẩm không rõ nguồn gốc",
                 "Thanh long rớt giá, nông dân lao đao", "Khai mạc lễ hội hoa xuân với nhiều hoạt động đặc sắc",
                 "Ra mắt ứng dụng tra cứu thủ tục hành chính trên điện thoại", "Cháy lớn tại xưởng gỗ trong đêm",
                 "Công bố quy hoạch vùng đồng bằng sông Cửu Long đến năm 2030", "Tìm thấy thi thể nạn nhân mất tích do lũ",
                 "Tôm hùm Phú Yên được giá", "Hơn 200 doanh nghiệp tham gia hội chợ hàng Việt",
                 "Nâng cấp quốc lộ 1 đoạn qua tỉnh Bình Thuận", "Trao học bổng cho học sinh nghèo vượt khó"]

    @staticmethod
    def _item(r: random.Random, h: str) -> str:
        d = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/20{r.randint(15, 24)}"
        t = f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        return r.choice([h, h, f"► {h}", f"→ {h}", f"- {h} ({d})", f"{t} {d[:5]} {h}", f"[{d[:5]}] {h}",
                         f"{h} (ảnh)", f"{h} (video)", f"+ {h}"])

    @staticmethod
    def related(r: random.Random, header: bool = True) -> list[Line]:
        out = []
        if header:
            out.append(Line(r.choice(["Tin nổi bật khác", "Bài viết nổi bật", "Tin xem nhiều", "Tin tức khác:",
                                      "Bạn đọc quan tâm", "Các bài đã đăng", "Chuyên mục khác", "TIN MỚI"]),
                            "related_links", "h3"))
        for h in r.sample(H3.HEADLINES + R3_HEADLINES, r.randint(2, 5)):
            out.append(Line(H3._item(r, h), "related_links", "li"))
        return out

    @staticmethod
    def byline(r: random.Random) -> Line:
        a, b = person(r), person(r)
        o = r.choice(H3.OUTLETS)
        w = a.split()
        forms = [f"{a} (Báo {o.split('Báo ')[-1]})", "Nhóm tác giả", f"{w[0][0]}. {w[-1]}",
                 f"{initials(r)} - {initials(r)}", f"Bài: {a} - Ảnh: {b}", f"{a} (gt)", f"{a} (biên soạn)",
                 f"{a} - Phóng viên {o}", f"{person(r, caps=True)} - {person(r, caps=True)} (TTXVN)", f"Người viết: {a}",
                 f"{a} - {b}/{r.choice(AGENCIES)}", f"ThS. BS {a}", f"{a} (Công an huyện {r.choice(GIVEN)} {r.choice(GIVEN)})",
                 f"Thực hiện: {a}", f"{a} (Bệnh viện {r.choice(CITIES)})", f"{a} – {b}"]
        return Line(r.choice(forms), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        o, o2 = r.sample(H3.OUTLETS, 2)
        f = r.choice(H3.FOREIGN)
        d = date(r)
        forms = [f"Theo Thời báo {f}", f"Nguồn: Cổng TTĐT tỉnh {r.choice(['Gia Lai', 'Kon Tum', 'Sóc Trăng'])}",
                 f"(Tổng hợp từ {o}, {o2}, {f})", f"Nguồn tham khảo: {f}", f"Theo {o}, {f}",
                 f"Theo thông cáo báo chí của {o}", f"Nguồn: http://{f.split()[-1].lower()}.com/news/{r.randint(1000, 99999)}",
                 f"(Dịch từ {f})", f"Tham khảo: {f}, {o}", f"Nguồn {o}", f"Theo {o} ({d})", f"Nguồn: {o} – {d}",
                 f"Bài đăng trên {o}", f"Theo {f}/{o}"]
        return Line(r.choice(forms), "source")

    @staticmethod
    def share(r: random.Random) -> Line:
        o = r.choice(H3.OUTLETS)
        forms = ["Chia sẻ Facebook", "Share on Facebook", "Gửi tin qua email", f"{r.randint(2, 900)} người thích",
                 f"Đã xem: {r.randint(1000, 9999):,}".replace(",", "."), f"Lượt thích: {r.randint(1, 500)}",
                 "Nghe bài viết", "Theo dõi chúng tôi", "Đọc báo trên app", f"Tải ứng dụng {o} trên iOS và Android",
                 "Xem bình luận", "Ẩn/hiện bình luận", "Tweet", f"Theo dõi {o} tại Google Tin tức", "Cỡ chữ A- A+",
                 "In bài này", "Lưu lại", "Báo cáo vi phạm"]
        return Line(r.choice(forms), "share_widget")

    @staticmethod
    def tail(r: random.Random, fam: int) -> list[Line]:
        b, s, sh = H3.byline, H3.source, H3.share
        lines = {22: lambda: [s(r), b(r), sh(r)] + H3.related(r, header=r.random() < 0.6),
                 23: lambda: [b(r), sh(r), sh(r), s(r)] + (H3.related(r) if r.random() < 0.5 else []),
                 24: lambda: [b(r), s(r), tags_line(r, r.randint(0, 7)), sh(r)] + H3.related(r, header=False),
                 25: lambda: [sh(r), s(r), b(r)] + H3.related(r)}[fam]()
        if r.random() < 0.25:
            lines.pop(r.randrange(min(3, len(lines))))
        return lines
