"""Held-out half 4 of the line-labelled Vietnamese page benchmark: families 30-33, seed 9.

Written by an independent author who never saw the cleaning rules and never ran the cleaner or a
scorer on these pages. Four site layouts with wordings of their own:

- 30: a national daily (top bar with today's date, mega menu, breadcrumb, "nghe bài" and font-size
  bars, in-body related boxes and "mời xem" lines, advert labels, a tail of byline / source /
  keywords / share and reaction bars / comment form / a related block at the very end).
- 31: a provincial party paper (inline menu, "Bạn đang ở:" breadcrumb, series with "Bài 1/Bài 2",
  capitalised bylines, "Tin, ảnh:", print/mail bars, read counters, a list of older items with no
  header, a footer naming the provincial party committee, visitor counters).
- 32: a lifestyle / business magazine (hashtags, "(theo ...)" bylines, "... biên dịch", "© year |",
  e-magazine credits, sponsor contact blocks, newsletter and app bars, sponsored-content labels).
- 33: a ministry portal (">>" breadcrumbs, "Ngày đăng / Lượt xem" datelines, "Người đưa tin" and
  department credits, "Văn bản liên quan" lists, print/e-mail/font bars, rating, polls, portal
  footers with licence and "Đơn vị quản lý").

Labels: "title"/"content" for article text, otherwise one of BOILERPLATE. Precision traps (labelled
content) on about one page in six: hotline lists, hospital addresses and phones, closing quotes,
short sentences about a named person, a last paragraph without a full stop, section subheadings,
reporting sentences that start with "Theo ông/bà ...".
"""

from __future__ import annotations

import html
import random
import unicodedata
import zlib

from bench import vi_bench_templates as T

FAMILIES = (30, 31, 32, 33)
ARTICLE_OUTLETS = ("NLD", "TN", "VNE", "TT")
SEED = 9
OUTLETS: dict[int, str] = {30: "nhatbaothoidai.vn", 31: "baosongcai.vn", 32: "tapchisongxanh.vn",
                           33: "tintuc.bo-ktnt.gov.vn"}
SITE_NAMES = {30: "Nhật báo Thời Đại", 31: "Báo Sông Cái", 32: "Tạp chí Sống Xanh",
              33: "Cổng TTĐT Bộ Kinh tế Nông thôn"}

BOILERPLATE = ("menu", "breadcrumb", "dateline", "related_links", "see_more", "weather", "prices", "share_widget",
               "comment_prompt", "tags", "byline", "source", "continuation", "advert", "footer", "widget_label")
LABELS = ("title", "content") + BOILERPLATE

# -- pools of our own -----------------------------------------------------------------------------

HO = ["Trịnh", "Mai", "Lương", "Tạ", "Huỳnh", "Võ", "Cao", "Kiều", "Đinh", "Quách", "Thái", "Lại", "Hà", "Châu",
      "Nguyễn", "Trần", "Lê", "Phạm", "La", "Tô", "Văn", "Từ", "Khổng", "Doãn"]
DEM = ["Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh", "Quốc", "Đình", "Xuân", "Thu", "Bích", "Kim", "Công", "Gia"]
TEN = ["Quỳnh", "Nhật", "Vân", "Huyền", "Kiên", "Đức", "Lộc", "Tùng", "Thư", "Hạnh", "Giang", "Phúc", "Nga", "Loan",
       "Toàn", "Thắng", "Trung", "Hoa", "Mai", "Đạt", "Khoa", "Hưng", "Hậu", "Nhi", "Uyên", "Hằng", "Tiến", "Hiếu",
       "Luân", "Oanh", "Cường", "Quyên", "Hòa", "Vinh", "Nam", "Duy", "Tú", "Trâm", "Khuê", "Thùy", "Lan", "Phong",
       "Huy", "Khôi", "Nguyên", "Chi", "Diệp", "Đăng", "Sang", "Thịnh"]
PROVINCES = ["Khánh Hòa", "Quảng Ngãi", "Phú Yên", "Ninh Thuận", "Quảng Trị", "Hà Giang", "Lào Cai", "Sóc Trăng",
             "Trà Vinh", "Bắc Kạn", "Yên Bái", "Kon Tum", "Bình Phước", "Hậu Giang", "Tuyên Quang", "Điện Biên"]
TOWNS = ["Cam Ranh", "Tuy Hòa", "Đông Hà", "Phan Rang", "Sa Pa", "Vị Thanh", "Buôn Ma Thuột", "Pleiku", "Cà Mau",
         "Rạch Giá", "Lạng Sơn", "Móng Cái", "Quy Nhơn", "Tam Kỳ"]
ROADS = ["Yersin", "Lê Thánh Tôn", "Hùng Vương", "Quang Trung", "Phan Bội Châu", "Nguyễn Tất Thành", "Võ Văn Kiệt",
         "Trần Phú", "Lý Tự Trọng", "Bà Triệu", "Hoàng Diệu", "Ngô Quyền"]
FOREIGN = ["Asahi", "Nikkei Asia", "Le Figaro", "Frankfurter Allgemeine", "The Times", "Sydney Morning Herald",
           "Korea JoongAng Daily", "The Hindu", "Associated Press", "Newsweek", "Wall Street Journal", "Euronews",
           "Channel NewsAsia", "The Diplomat"]
VN_PAPERS = ["Báo Nhân Dân", "Báo Quân đội nhân dân", "Báo Sài Gòn Giải Phóng", "Báo Hà Nội Mới", "Báo Tin tức",
             "Báo Công Thương", "Báo Đại Đoàn Kết", "Báo Pháp luật Việt Nam", "Báo Phụ nữ Việt Nam",
             "Đài Tiếng nói Việt Nam", "Báo Điện tử Chính phủ", "Báo Biên phòng"]
MENU30 = ["Thời cuộc", "Chính sách", "Quốc tế", "Kinh tế số", "Pháp đường", "Nhịp sống", "Giáo dục", "Sống khỏe",
          "Thể thao", "Văn hóa - Giải trí", "Xe và đường", "Nhà đất", "Bạn đọc viết", "Video", "Podcast", "E-paper",
          "Megastory", "Infographic"]
MENU31 = ["Trang nhất", "Chính trị", "Xây dựng Đảng", "Kinh tế", "Xã hội", "Nông nghiệp - Nông thôn", "Biển đảo",
          "Quốc phòng - An ninh", "Văn hóa - Văn nghệ", "Dân tộc - Miền núi", "Thể thao", "Báo in", "Ảnh", "Truyền hình"]
MENU32 = ["Xu hướng", "Phong cách", "Doanh nhân", "Tiêu dùng xanh", "Sống đẹp", "Ẩm thực", "Du lịch", "Gia đình",
          "Tài chính cá nhân", "Công nghệ", "Chuyện nghề", "Góc nhìn"]
MENU33 = ["Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp luật", "Thủ tục hành chính",
          "Dịch vụ công trực tuyến", "Thống kê", "Hỏi đáp", "Báo chí với Bộ", "Liên hệ"]
TAGWORDS = ["an toàn giao thông", "mùa mưa lũ", "chuyển đổi số", "nông thôn mới", "giá điện", "thuế thu nhập",
            "học sinh", "bảo hiểm xã hội", "lừa đảo qua mạng", "xuất khẩu nông sản", "cháy rừng", "ô nhiễm không khí",
            "cải cách hành chính", "phòng chống ma túy", "y tế cơ sở", "biến đổi khí hậu", "tiền điện tử", "du lịch biển"]
HEADLINES = ["Sạt lở bờ sông uy hiếp hàng chục hộ dân ven kênh", "Thêm hai trường học được xây mới ở vùng biên",
             "Người dân đổ xô mua vàng nhẫn dù giá liên tục tăng", "Bắt giữ nhóm đối tượng tổ chức đua xe trái phép",
             "Hàng loạt chung cư cũ chờ cải tạo trước mùa mưa", "Khởi công cầu vượt sông nối hai huyện ven biển",
             "Nhiều đơn vị chậm chi trả trợ cấp thất nghiệp", "Vải thiều vào vụ, thương lái về tận vườn",
             "Đề xuất bỏ thi giữa kỳ với học sinh lớp một", "Cảnh sát biển cứu ngư dân gặp nạn gần đảo",
             "Xăng tăng giá lần thứ ba trong tháng", "Phạt nặng tài xế dùng điện thoại khi lái xe",
             "Một huyện miền núi hoàn thành xóa nhà tạm", "Thủ đô cấm xe tải nặng vào giờ cao điểm",
             "Giải cứu hơn 20 lao động bị lừa sang biên giới", "Thị trường bất động sản nghỉ dưỡng ấm dần",
             "Nông dân chuyển đổi lúa sang trồng dừa sáp", "Điều chỉnh giờ học để giảm ùn tắc trước cổng trường",
             "Những cây cầu treo mới cho học trò vùng cao", "Hạn mặn đến sớm, nhà vườn chủ động trữ nước ngọt",
             "Công bố đường dây nóng tiếp nhận phản ánh về giá", "Ký kết hợp tác đào tạo nghề cho thanh niên",
             "Cận cảnh tuyến đường ven biển sắp thông xe", "Vì sao nhiều người trẻ bỏ phố về quê lập nghiệp?"]
DOCS = ["Quyết định số {n}/QĐ-BKTNT ngày {d} về việc ban hành kế hoạch thực hiện năm {y}",
        "Thông tư số {n}/{y}/TT-BKTNT hướng dẫn hỗ trợ phát triển sản xuất",
        "Công văn số {n}/BKTNT-VP về việc tăng cường phòng chống thiên tai",
        "Chỉ thị số {n}/CT-BKTNT ngày {d} về đẩy mạnh chuyển đổi số"]
SUBHEADS = ["Nhiều khó khăn chồng chất", "Cần sự vào cuộc quyết liệt", "Chưa có lời giải", "Những con số đáng lo ngại",
            "Giải pháp nào cho bài toán này?", "Hướng đi mới", "Trách nhiệm thuộc về ai?", "Bài học đắt giá",
            "Niềm vui chưa trọn vẹn", "Vẫn còn nhiều băn khoăn", "Chờ cơ chế đặc thù", "Sau những ngày giông bão",
            "Gỡ vướng từ cơ sở", "Người trong cuộc nói gì"]
DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def name(r: random.Random, full: bool = False, caps: bool = False) -> str:
    if full or r.random() < 0.25:
        s = f"{r.choice(HO)} {r.choice(DEM)} {r.choice(TEN)}"
    else:
        s = f"{r.choice(TEN)} {r.choice(TEN)}"
    return s.upper() if caps else s


def full_name(r: random.Random, female: bool) -> str:
    mid = r.choice(["Thị", "Thị", "Ngọc", "Thu", "Bích", "Kim", "Thanh"] if female else
                   ["Văn", "Hữu", "Minh", "Quốc", "Đình", "Xuân", "Công", "Gia", "Thanh"])
    return f"{r.choice(HO)} {mid} {r.choice(TEN)}"


def abbrev(r: random.Random) -> str:
    w = name(r, full=True).split()
    return r.choice([f"{w[1][0]}.{w[2]}", ".".join(x[0] for x in w), f"{w[0][0]}.{w[1][0]}.{w[2]}"])


def tel(r: random.Random, prefix: str | None = None) -> str:
    p = prefix or r.choice(["0258", "0255", "0233", "0214", "0903", "0935", "0977", "1800", "028"])
    if p == "1800":
        return f"1800 {r.randint(1000, 9999)}"
    if p.startswith("09"):
        return f"{p} {r.randint(100, 999)} {r.randint(100, 999)}" if r.random() < 0.5 else f"{p}.{r.randint(100000, 999999)}"
    rest = f"{r.randint(1000, 9999)} {r.randint(1000, 9999)}" if p in ("024", "028") else f"{r.randint(100, 999)} {r.randint(1000, 9999)}"
    return f"{p} {rest}" if r.random() < 0.6 else f"({p}) {rest.replace(' ', '.')}"


def ddmmyyyy(r: random.Random, sep: str = "/") -> str:
    return f"{r.randint(1, 28):02d}{sep}{r.randint(1, 12):02d}{sep}20{r.randint(12, 24)}"


def hhmm(r: random.Random) -> str:
    return f"{r.randint(5, 23):02d}:{r.randint(0, 59):02d}"


def ascii_fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def hashtag(w: str) -> str:
    return "#" + "".join(x.capitalize() for x in ascii_fold(w).split())


def L(text: str, label: str, tag: str = "p") -> T.Line:
    return T.Line(text, label, tag)


def related_items(r: random.Random, k: int, style: int) -> list[T.Line]:
    out = []
    for h in r.sample(HEADLINES, k):
        d = f"{r.randint(1, 28)}/{r.randint(1, 12)}"
        forms = [[h, h, f"[Video] {h}", f"{h} ({r.randint(2, 80)} bình luận)"],
                 [h, f"{h} ({ddmmyyyy(r)})", f"{h} - {d}", f"■ {h}"],
                 [h, h, f"[Ảnh] {h}", f"[Infographic] {h}", f"{h} · {r.randint(2, 11)} giờ trước"],
                 [h, f"{h} ({ddmmyyyy(r)})", f"{h} - Cập nhật {ddmmyyyy(r)}"]][style]
        out.append(L(r.choice(forms), "related_links", "li"))
    return out


# -- traps (article text that must stay) -------------------------------------------------------------


def trap_lines(page: T.Page, kind: int, r: random.Random) -> None:
    body = page.body
    prov = r.choice(PROVINCES)
    if kind == 0:  # hotlines after a disaster
        body.append(L(r.choice([f"Để được hỗ trợ khẩn cấp trong mưa lũ, người dân tỉnh {prov} có thể liên hệ:",
                                "Các số điện thoại trực cứu hộ, cứu nạn 24/24 giờ:",
                                "Người dân phát hiện sạt lở hoặc cần sơ tán khẩn cấp xin gọi:"]), "content"))
        places = r.sample([f"Ban Chỉ huy Phòng thủ dân sự tỉnh {prov}", "Trung tâm cấp cứu 115 của tỉnh",
                           f"Bộ Chỉ huy Bộ đội Biên phòng tỉnh {prov}", "Công an tỉnh (trực ban)",
                           f"UBND huyện {r.choice(TEN)} {r.choice(TEN)}", "Công ty Điện lực (sự cố điện)",
                           "Đài Thông tin duyên hải"], r.randint(3, 5))
        for p in places:
            body.append(L(f"{p}: {tel(r)}" + ("." if r.random() < 0.3 else ""), "content"))
    elif kind == 1:  # hospitals with address and phone
        body.append(L(r.choice(["Các nạn nhân hiện đang được điều trị tại:",
                                "Người nhà nạn nhân có thể liên hệ các bệnh viện sau để tìm người thân:"]), "content"))
        for _ in range(r.randint(2, 3)):
            hosp = r.choice([f"Bệnh viện Đa khoa tỉnh {prov}", f"Bệnh viện Quân y {r.randint(10, 199)}",
                             f"Trung tâm Y tế huyện {r.choice(TEN)} {r.choice(TEN)}", f"Bệnh viện Sản - Nhi {prov}"])
            body.append(L(f"{hosp}, số {r.randint(1, 250)} {r.choice(ROADS)}, phường {r.randint(1, 9)}; "
                          f"điện thoại: {tel(r)}", "content"))
    elif kind == 2:  # closing quote
        he, she = full_name(r, False), full_name(r, True)
        body.append(L(r.choice([
            f"“Nước rút đến đâu, chúng tôi dọn dẹp đến đó, không để dịch bệnh bùng phát sau lũ”, ông {he} khẳng định.",
            f"“Tôi chỉ mong các con được đến trường như bao bạn bè khác”, chị {she} nghẹn ngào.",
            "“Chúng tôi sẽ xử lý nghiêm, không có vùng cấm”, đại diện cơ quan điều tra cho hay.",
            "“Làm đến đâu chắc đến đó, không chạy theo thành tích”."]), "content"))
    elif kind == 3:  # short sentence about a named person
        he, she = full_name(r, False), full_name(r, True)
        line = L(r.choice([f"Hiện anh {he} đã qua cơn nguy kịch.", f"Ông {he} đã bị tạm giữ hình sự.",
                           f"Bà {she} năm nay 71 tuổi.", f"Chị {she} đã nhận lại tài sản.",
                           f"Ông {he} từ chối trả lời.", f"Em {she} đã được xuất viện."]), "content")
        body.insert(len(body) - (0 if r.random() < 0.5 else 1), line)
    elif kind == 4:  # last paragraph without its full stop
        for x in reversed(body):
            if x.label == "content" and len(x.text.split()) >= 12:
                x.text = x.text.rstrip(" .")
                break
    elif kind == 5:  # section subheadings inside the article
        paras = [i for i, x in enumerate(body) if x.label == "content" and len(x.text.split()) >= 12]
        picks = sorted(r.sample(paras[2:], min(len(paras[2:]), r.randint(1, 2))), reverse=True)
        for i, s in zip(picks, r.sample(SUBHEADS, len(picks)), strict=False):
            body.insert(i, L(s, "content"))
    else:  # a reporting sentence that starts with "Theo"
        who, she = full_name(r, False), full_name(r, True)
        body.append(L(r.choice([
            f"Theo ông {who}, Phó Giám đốc Sở Nông nghiệp tỉnh {prov}, toàn tỉnh còn khoảng 1.200 hộ chưa có nước sạch.",
            f"Theo bà {she}, việc này cần làm ngay.",
            f"Theo kế hoạch, công trình sẽ hoàn thành trong quý IV/20{r.randint(24, 27)}.",
            f"Theo luật sư {who}, hành vi trên có dấu hiệu của tội cố ý gây thương tích."]), "content"))


# -- family 30: national daily ---------------------------------------------------------------------


def f30_head(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(L(f"{r.choice(DAYS)}, {ddmmyyyy(r)}", "dateline"))
    out += [L(x, "menu", "li") for x in ["Trang chủ"] + r.sample(MENU30, r.randint(6, 9))]
    if r.random() < 0.5:
        out.append(L(r.choice(["Đăng nhập", "Tìm kiếm", "Tài khoản | Đăng xuất"]), "menu", "li"))
    a = r.choice(MENU30[:12])
    out.append(L(r.choice([f"Trang chủ ❯ {a}", a, f"{a} ❯ {r.choice(['Sự kiện', 'Phóng sự', 'Góc nhìn', 'Hồ sơ'])}"]),
                 "breadcrumb"))
    return out


def f30_dateline(r: random.Random) -> T.Line:
    d, t = ddmmyyyy(r), hhmm(r)
    return L(r.choice([f"{r.choice(DAYS)}, {d} {t} GMT+7", f"{t} | {d}", f"Đăng lúc {t} ngày {d}",
                       f"{d} - {t} · {r.randint(2, 9)} phút đọc"]), "dateline")


def f30_top_bar(r: random.Random) -> list[T.Line]:
    opts = [L(f"Nghe bài này ({r.randint(1, 9)}:{r.randint(10, 59)})", "share_widget"),
            L("Aa  Cỡ chữ", "share_widget"), L("Lưu tin  |  Gửi bài", "share_widget")]
    return r.sample(opts, r.randint(0, 2))


def f30_related_box(r: random.Random, end: bool = False) -> list[T.Line]:
    hdrs = (["Theo dòng sự kiện", "Nhiều người đọc", "Tin vừa đăng", "Gợi ý cho bạn", "Có thể bạn chưa đọc"] if end
            else ["Câu chuyện liên quan", "Sự kiện nóng", "Đọc nhanh cùng chủ đề", "Theo dòng sự kiện"])
    out = [] if end and r.random() < 0.35 else [L(r.choice(hdrs), "related_links", "h3")]
    return out + related_items(r, r.randint(2, 4), 0)


def f30_see_more(r: random.Random) -> T.Line:
    h = r.choice(HEADLINES)
    return L(r.choice([f"► Mời xem: {h}", f"(Xem thêm: {h})", f"Đọc nhanh >> {h}", f"- Xem video: {h}"]), "see_more")


def f30_tail(r: random.Random) -> list[T.Line]:
    a, b = name(r), name(r)
    byl = r.choice([name(r, caps=True), f"{a} - {b}", f"{a.upper()} - {b.upper()}", "Nhóm phóng viên Thời cuộc",
                    f"{a} thực hiện", f"Ghi nhận: {a}", f"{a} (tường thuật từ {r.choice(TOWNS)})",
                    f"Bài và ảnh: {a.upper()}", f"Nhà báo {a}", f"{a} (theo {r.choice(FOREIGN)})"])
    src = r.choice([f"Theo {r.choice(FOREIGN)}", f"(Theo {r.choice(FOREIGN)}, {r.choice(FOREIGN)})",
                    f"Nguồn: {r.choice(VN_PAPERS)}", f"{name(r)} biên dịch", f"Theo {r.choice(VN_PAPERS)}",
                    f"© {r.randint(2018, 2024)} | {SITE_NAMES[30]}"])
    kw = r.sample(TAGWORDS, r.randint(2, 4))
    tags = r.choice([[L("Từ khóa liên quan: " + ", ".join(kw), "tags")],
                     [L("TỪ KHÓA", "tags"), L(" · ".join(kw), "tags")],
                     [L("Sự kiện: " + kw[0].capitalize(), "tags")]])
    share = [L(r.choice(["Chia sẻ lên Zalo | Facebook | Sao chép liên kết", "Gửi Zalo  Đăng Facebook  Copy link",
                         f"{r.randint(3, 900)} lượt thích · Chia sẻ"]), "share_widget")]
    if r.random() < 0.5:
        share.append(L(r.choice(["Bạn cảm thấy thế nào sau khi đọc bài này? Thích · Vui · Buồn · Phẫn nộ",
                                 f"Theo dõi {SITE_NAMES[30]} trên TikTok", "Tải ứng dụng Thời Đại: App Store | Google Play",
                                 "Nhận thông báo khi có tin mới"]), "share_widget"))
    com = r.choice([[L("Bạn nghĩ gì về vấn đề này?", "comment_prompt"), L("Hãy là người đầu tiên bình luận", "comment_prompt")],
                    [L(f"Bình luận của bạn đọc ({r.randint(1, 150)})", "comment_prompt"),
                     L("Hay nhất | Mới nhất", "comment_prompt"), L("Xem thêm bình luận", "comment_prompt")],
                    [L("Gửi ý kiến về bài viết", "comment_prompt"), L("Họ và tên", "comment_prompt"),
                     L("Nội dung (tối thiểu 20 ký tự, viết tiếng Việt có dấu)", "comment_prompt"),
                     L("Gửi đi", "comment_prompt")]])
    blocks = [[L(byl, "byline")], tags, share, com]
    if r.random() < 0.4:
        blocks.insert(1, [L(src, "source")])
    if r.random() < 0.25:
        blocks.insert(r.randint(1, 2), [L(r.choice([
            f"Kỳ tới: {r.choice(HEADLINES)}", f"(Kỳ {r.randint(2, 4)}: {r.choice(HEADLINES)})", "[Còn tiếp]"]), "continuation")])
    if r.random() < 0.3:
        r.shuffle(blocks)
    if r.random() < 0.3:  # not every page has every widget
        blocks.pop(r.randrange(1, len(blocks)))
    out = [x for blk in blocks for x in blk]
    if r.random() < 0.3:
        out += [L(r.choice(["Video đang HOT", "Clip nóng trong ngày", "MULTIMEDIA"]), "widget_label")]
        out += related_items(r, r.randint(2, 3), 0)
    if r.random() < 0.6:
        out += f30_related_box(r, end=True)
    return out


def f30_side(r: random.Random) -> list[T.Line]:
    out = [L(r.choice(["Đọc nhiều trong tuần", "Xem nhiều 24h", "Tin vừa đăng"]), "related_links", "h3")]
    out += related_items(r, r.randint(3, 5), 0)
    if r.random() < 0.7:
        g = r.randint(7200, 8900)
        out += [L(r.choice(["Thị trường hôm nay", "Giá vàng & chứng khoán"]), "prices", "h4"),
                L(f"Nhẫn tròn 9999: {g / 100:.2f} - {(g + 150) / 100:.2f} triệu/lượng".replace(".", ","), "prices", "li"),
                L(f"VN-Index: {r.randint(1050, 1300)},{r.randint(10, 99)} ({r.choice('+-')}{r.randint(1, 15)},{r.randint(10, 99)})",
                  "prices", "li")]
    return out


def f30_footer(r: random.Random) -> list[T.Line]:
    lines = [f"{SITE_NAMES[30]} - Cơ quan của Hội Báo chí Việt Nam thời đại mới",
             f"Tổng Biên tập: {name(r, full=True)}",
             f"Phó Tổng Biên tập: {name(r, full=True)}, {name(r, full=True)}",
             f"Giấy phép hoạt động báo điện tử số {r.randint(100, 699)}/GP-BTTTT ngày {ddmmyyyy(r)}",
             f"Tòa soạn: {r.randint(2, 160)} {r.choice(ROADS)}, quận {r.choice(['Ba Đình', 'Hoàn Kiếm', 'Đống Đa'])}, Hà Nội",
             f"Liên hệ quảng cáo: {tel(r, '0903')}",
             "Điều khoản sử dụng | Chính sách bảo mật | RSS | Liên hệ tòa soạn",
             f"Bản quyền © {r.randint(2005, 2012)}-{r.randint(2023, 2024)} {SITE_NAMES[30]}. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản."]
    keep = [x for x in lines if r.random() < 0.85] or lines[:2]
    return [L(x, "footer") for x in keep]


# -- family 31: provincial party paper -------------------------------------------------------------


def f31_head(r: random.Random) -> list[T.Line]:
    items = ["Trang nhất"] + r.sample(MENU31[1:], r.randint(6, 9))
    out = [L(" · ".join(items) if r.random() < 0.6 else "  |  ".join(items), "menu")]
    if r.random() < 0.4:
        out.append(L(r.choice(["Báo in hôm nay", "Đặt mua báo in", "Phát thanh - Truyền hình trực tuyến"]), "menu"))
    a = r.choice(MENU31[1:12])
    out.append(L(r.choice([f"Bạn đang ở: Trang nhất > {a}", f"Trang nhất > {a} > Tin tức", f"» {a}"]), "breadcrumb"))
    return out


def f31_dateline(r: random.Random) -> T.Line:
    d = ddmmyyyy(r, "-")
    return L(r.choice([f"Cập nhật ngày: {d} | {hhmm(r)}:{r.randint(10, 59)}", f"Ngày phát hành: {d.replace('-', '/')}",
                       f"{hhmm(r)} ngày {d.replace('-', '/')}", f"{d.replace('-', '/')} {hhmm(r)} | Lượt đọc: {r.randint(40, 3000)}"]),
             "dateline")


def f31_inline(r: random.Random) -> list[T.Line]:
    h = r.choice(HEADLINES)
    return r.choice([[L(f"* Xem thêm video: {h}", "see_more")],
                     [L("Tin liên quan đã đăng:", "related_links", "h3")] + related_items(r, r.randint(1, 3), 1),
                     [L(f"- Mời bạn đọc xem thêm: {h}", "see_more")]])


def f31_tail(r: random.Random, series: bool) -> list[T.Line]:
    a, b = name(r, caps=True), name(r, caps=True)
    byl = r.choice([a, f"{a} - {b}", f"Tin, ảnh: {name(r)}", f"Tin và ảnh: {a}", f"{name(r)} (Trung tâm VH-TT-TT huyện {r.choice(TEN)} {r.choice(TEN)})",
                    f"{abbrev(r)}", f"{a} ({r.choice(['Đài PT-TH tỉnh', 'Văn phòng Tỉnh ủy', 'Hội Nông dân tỉnh'])})",
                    f"Bài, ảnh: {a}", f"{name(r)} - {abbrev(r)}", f"Phóng viên {name(r)} - Văn phòng đại diện tại {r.choice(TOWNS)}"])
    out = []
    if r.random() < 0.25:
        out.append(L(r.choice([f"Theo {r.choice(VN_PAPERS)}", f"Nguồn: {r.choice(VN_PAPERS)}",
                               f"(Nguồn: Sở Thông tin và Truyền thông tỉnh {r.choice(PROVINCES)})"]), "source"))
    out.insert(0 if r.random() < 0.8 else len(out), L(byl, "byline"))
    if series:
        out.insert(r.randint(0, 1), L(r.choice([f"Bài {r.randint(2, 4)}: {r.choice(HEADLINES)}", "(Còn nữa...)",
                                                f"Mời bạn đọc đón xem bài cuối: {r.choice(HEADLINES)}", "- Hết -",
                                                "(Xem tiếp kỳ sau)"]), "continuation"))
    bars = [L(r.choice(["Bản in | Gửi cho bạn bè | Về đầu trang", "In bài | Gửi email | Lên đầu trang",
                        "Chia sẻ qua Zalo  Chia sẻ qua Facebook"]), "share_widget")]
    if r.random() < 0.5:
        bars.append(L(f"Số lượt đọc: {r.randint(30, 8000):,}".replace(",", "."), "share_widget"))
    if r.random() < 0.4:
        bars.append(L("Thẻ: " + "; ".join(r.sample(TAGWORDS, r.randint(1, 3))), "tags"))
    r.shuffle(bars)
    out += bars
    if r.random() < 0.35:
        out += [L(r.choice(["Ý kiến bạn đọc", "Gửi bình luận của bạn"]), "comment_prompt"),
                L("Bình luận của bạn sẽ được Ban Biên tập duyệt trước khi đăng", "comment_prompt")]
    hdr = r.choice([None, None, "Các tin, bài khác:", "Tin cùng địa phương", "Tin bài trước đó"])
    out += ([L(hdr, "related_links", "h3")] if hdr else []) + related_items(r, r.randint(3, 6), 1)
    return out


def f31_side(r: random.Random) -> list[T.Line]:
    prov = r.choice(PROVINCES)
    out = []
    if r.random() < 0.7:
        out.append(L(r.choice([f"Thời tiết {prov}", "Thời tiết hôm nay tại tỉnh"]), "weather", "h4"))
        lo = r.randint(19, 26)
        out += [L(f"{r.choice(['Thành phố', 'Vùng ven biển', 'Vùng núi phía Tây', 'Đồng bằng'])}: "
                  f"{lo}° - {lo + r.randint(3, 9)}°", "weather", "li"),
                L(f"Độ ẩm: {r.randint(55, 95)}% · Gió {r.choice(['Đông Bắc', 'Tây Nam', 'Đông'])} cấp {r.randint(2, 5)}", "weather", "li")]
    if r.random() < 0.6:
        out += [L("Giá nông sản", "prices", "h4"),
                L(f"Cà phê nhân: {r.randint(95, 130)}.{r.randint(100, 900)} đ/kg", "prices", "li"),
                L(f"Hồ tiêu: {r.randint(120, 160)}.000 đ/kg", "prices", "li"),
                L(f"Lúa tươi IR 50404: {r.randint(6, 8)}.{r.randint(100, 900)} đ/kg", "prices", "li")][: r.randint(3, 4)]
    out += [L(r.choice(["Tin mới cập nhật trong tỉnh", "Tin ảnh", "Nổi bật tuần qua"]), "widget_label")]
    out += related_items(r, r.randint(2, 4), 1)
    return out


def f31_footer(r: random.Random) -> list[T.Line]:
    prov = r.choice(PROVINCES)
    lines = ["BÁO SÔNG CÁI ĐIỆN TỬ", f"Cơ quan của Đảng bộ tỉnh {prov}, tiếng nói của Đảng bộ, chính quyền và nhân dân tỉnh {prov}",
             f"Tổng biên tập: {name(r, full=True)}",
             f"Giấy phép số {r.randint(10, 400)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày {ddmmyyyy(r)}",
             f"Địa chỉ: Số {r.randint(1, 90)} {r.choice(ROADS)}, phường {r.randint(1, 9)}, tỉnh {prov}",
             f"Điện thoại: {tel(r, '0258')} - Fax: {tel(r, '0258')}",
             f"Email: toasoan@{OUTLETS[31]}",
             f"Lượt truy cập: {r.randint(1_000_000, 90_000_000):,}".replace(",", "."),
             f"Đang trực tuyến: {r.randint(20, 900)}"]
    return [L(x, "footer") for x in lines if r.random() < 0.85]


# -- family 32: magazine ---------------------------------------------------------------------------


def f32_head(r: random.Random) -> list[T.Line]:
    out = [L(x, "menu", "li") for x in r.sample(MENU32, r.randint(5, 8))]
    if r.random() < 0.5:
        out.append(L(r.choice(["Đặt mua tạp chí", "Số mới phát hành", "English"]), "menu", "li"))
    a = r.choice(MENU32)
    out.append(L(r.choice([f"Tạp chí / {a}", f"{SITE_NAMES[32]} • {a}", a.upper()]), "breadcrumb"))
    return out


def f32_dateline(r: random.Random) -> T.Line:
    m = r.randint(1, 12)
    return L(r.choice([f"Đăng ngày {r.randint(1, 28)} tháng {m} năm 20{r.randint(14, 24)}",
                       f"{ddmmyyyy(r, '.')} | {r.choice(MENU32)}", f"Số {r.randint(100, 900)} - Tháng {m}/20{r.randint(14, 24)}",
                       f"{ddmmyyyy(r)} · {hhmm(r)}"]), "dateline")


def f32_ad_break(r: random.Random) -> list[T.Line]:
    return [L(r.choice(["Quảng cáo", "ADVERTISEMENT", "Nội dung được tài trợ"]), "widget_label")]


def f32_sponsor(r: random.Random) -> list[T.Line]:
    brand = r.choice(["Nha khoa Thẩm mỹ Ánh Dương", "Hệ thống Mắt kính Minh Quang", "Nội thất gỗ Trường An",
                      "Trung tâm Anh ngữ Sao Mai", "Điện máy Phước Lộc", "Mỹ phẩm thiên nhiên Hoa Cỏ"])
    slug = ascii_fold(brand.split()[-2] + brand.split()[-1]).lower()
    lines = [L(r.choice([brand.upper(), f"{brand} - Uy tín tạo niềm tin", f"Thông tin liên hệ: {brand}"]), "advert"),
             L(f"Trụ sở chính: {r.randint(1, 400)} {r.choice(ROADS)}, P.{r.randint(1, 15)}, Q.{r.randint(1, 12)}, TP.HCM", "advert"),
             L(f"Chi nhánh Hà Nội: {r.randint(1, 200)} {r.choice(ROADS)}, Cầu Giấy", "advert"),
             L(f"Tổng đài tư vấn miễn phí: {tel(r, '1800')}", "advert"),
             L(f"Fanpage: facebook.com/{slug}", "advert"),
             L(f"Web: www.{slug}.vn - Email: cskh@{slug}.vn", "advert"),
             L("Giờ làm việc: 8h00 - 20h00 tất cả các ngày trong tuần", "advert")]
    keep = [lines[0]] + [x for x in lines[1:] if r.random() < 0.7]
    if r.random() < 0.4:
        keep.append(L(f"Mọi thắc mắc xin liên hệ: {tel(r)}", "advert"))
    return keep


def f32_tail(r: random.Random) -> list[T.Line]:
    a, b = name(r), name(r)
    f = r.choice(FOREIGN)
    credit = r.choice([[L(f"{a} (theo {f})", "byline")], [L(a, "byline"), L(f"{b} biên dịch", "source")],
                       [L(f"Nội dung: {a} | Thiết kế: {b}", "byline")], [L(f"Bài: {a}", "byline"), L(f"Ảnh: {b}", "byline")],
                       [L(f"{a} tổng hợp theo {f}", "byline")], [L(a.upper(), "byline"), L(f"Nguồn tham khảo: {f}, {r.choice(FOREIGN)}", "source")],
                       [L(f"{a} - {b}", "byline")]])
    blocks = [credit]
    if r.random() < 0.4:
        blocks.append([L(f"© {r.randint(2019, 2024)} | {r.choice([SITE_NAMES[32], OUTLETS[32]])}", "source")])
    if r.random() < 0.2:
        blocks.append([L(r.choice([f"Mời bạn đón đọc kỳ {r.randint(2, 3)}: {r.choice(HEADLINES)}", "(Kết thúc loạt bài)",
                                   f"Kỳ cuối: {r.choice(HEADLINES)}"]), "continuation")])
    blocks.append([L(" ".join(hashtag(w) for w in r.sample(TAGWORDS, r.randint(2, 5))), "tags")])
    bars = r.sample([L("Đăng ký nhận bản tin hằng tuần của Sống Xanh", "share_widget"),
                     L("Tải app Sống Xanh - đọc tạp chí mọi lúc mọi nơi", "share_widget"),
                     L("Theo dõi chúng tôi: Facebook · Instagram · YouTube · TikTok", "share_widget"),
                     L(f"♥ {r.randint(5, 999)}   Lưu   Chia sẻ", "share_widget"),
                     L("Mạng xã hội: Facebook | YouTube | Zalo OA", "share_widget")], r.randint(1, 3))
    blocks.append(bars)
    if r.random() < 0.45:
        blocks.append(f32_sponsor(r))
    if r.random() < 0.3:
        blocks.append([L(r.choice(["Chia sẻ ý kiến của bạn về bài viết", "Quan điểm của bạn?"]), "comment_prompt"),
                       L("Đăng nhập bằng Facebook hoặc Google để bình luận", "comment_prompt")])
    first, rest = blocks[0], blocks[1:]
    r.shuffle(rest)
    out = [x for blk in ([first] + rest if r.random() < 0.8 else rest + [first]) for x in blk]
    if r.random() < 0.6:
        hdr = r.choice([None, "Dành cho bạn", "Câu chuyện khác", "Cùng tác giả"])
        out += ([L(hdr, "related_links", "h3")] if hdr else []) + related_items(r, r.randint(2, 4), 2)
    return out


def f32_side(r: random.Random) -> list[T.Line]:
    out = [L(r.choice(["Tin tài trợ", "Được quan tâm", "Podcast buổi sáng"]), "widget_label")]
    out += related_items(r, r.randint(2, 4), 2)
    if r.random() < 0.5:
        usd = r.randint(24100, 25600)
        out += [L("Tỷ giá hôm nay", "prices", "h4"),
                L(f"USD Vietcombank: {usd:,} / {usd + 340:,}".replace(",", "."), "prices", "li"),
                L(f"JPY: {r.randint(155, 180)},{r.randint(10, 99)} / {r.randint(181, 190)},{r.randint(10, 99)}", "prices", "li")]
    return out


def f32_footer(r: random.Random) -> list[T.Line]:
    lines = [f"{SITE_NAMES[32]} - Cơ quan ngôn luận của Hiệp hội Tiêu dùng Bền vững Việt Nam",
             f"Giấy phép xuất bản tạp chí điện tử số {r.randint(10, 600)}/GP-BTTTT",
             f"Chịu trách nhiệm nội dung: Tổng biên tập {name(r, full=True)}",
             f"Văn phòng: Tầng {r.randint(2, 15)}, tòa nhà {r.choice(['Sông Đà', 'Vinaconex', 'Thành Công'])}, Hà Nội",
             f"Hotline quảng cáo: {tel(r, '0977')} | Email: quangcao@{OUTLETS[32]}",
             "Giới thiệu | Liên hệ | Quy định bảo mật", f"Thiết kế website bởi {r.choice(['Sao Việt Media', 'NetSoft', 'VinaWeb'])}"]
    return [L(x, "footer") for x in lines if r.random() < 0.8]


# -- family 33: ministry portal --------------------------------------------------------------------


def f33_head(r: random.Random) -> list[T.Line]:
    out = [L("Cổng Thông tin điện tử Bộ Kinh tế Nông thôn", "menu")] if r.random() < 0.5 else []
    out += [L(x, "menu", "li") for x in ["Trang chủ"] + r.sample(MENU33, r.randint(5, 8))]
    sub = r.choice(["Hoạt động của Bộ", "Tin địa phương", "Tin quốc tế", "Thông cáo báo chí", "Chương trình mục tiêu"])
    out.append(L(r.choice([f"Trang chủ >> Tin tức - Sự kiện >> {sub}", f"Tin tức - Sự kiện >> {sub}",
                           f"Vị trí: Trang chủ / {sub}"]), "breadcrumb"))
    return out


def f33_dateline(r: random.Random) -> T.Line:
    return L(r.choice([f"Ngày đăng: {ddmmyyyy(r)} | Lượt xem: {r.randint(10, 5000)}",
                       f"Thời gian đăng: {ddmmyyyy(r)} {hhmm(r)}", f"Ngày cập nhật {ddmmyyyy(r)}",
                       f"{r.choice(DAYS)}, {ddmmyyyy(r)}"]), "dateline")


def f33_tools(r: random.Random) -> list[T.Line]:
    return r.sample([L("Kích thước chữ: Nhỏ - Vừa - Lớn", "share_widget"), L("In trang | Gửi email | Lưu", "share_widget"),
                     L("Nghe đọc tin", "share_widget")], r.randint(0, 2))


def f33_tail(r: random.Random) -> list[T.Line]:
    unit = r.choice(["Vụ Kế hoạch - Tài chính", "Văn phòng Bộ", "Cục Phát triển nông thôn", "Vụ Hợp tác quốc tế",
                     "Trung tâm Thông tin"])
    byl = r.choice([f"Người đưa tin: {name(r)}", f"Tin: {name(r)} - {unit}", f"{name(r)} ({unit})", unit,
                    f"Phòng Truyền thông - {unit}", f"Tin, ảnh: {abbrev(r)}", f"{name(r, full=True)}, {unit}"])
    out = [L(byl, "byline")]
    if r.random() < 0.45:
        out.append(L(r.choice([f"Nguồn: {unit}", f"Nguồn: Sở Nông nghiệp và Phát triển nông thôn tỉnh {r.choice(PROVINCES)}",
                               f"Nguồn: {r.choice(VN_PAPERS)}", f"(Theo {r.choice(VN_PAPERS)})"]), "source"))
        if r.random() < 0.4:
            out.reverse()
    tools = [L(r.choice(["In trang | Gửi email | Về đầu trang", "Gửi bài viết qua email  |  In bài viết"]), "share_widget")]
    if r.random() < 0.5:
        tools.append(L(f"Bình chọn bài viết ({r.randint(30, 50) / 10:.1f}/5)".replace(".", ","), "share_widget"))
    if r.random() < 0.3:
        tools.append(L(f"Tổng số lượt xem: {r.randint(50, 9000)}", "share_widget"))
    out += tools
    if r.random() < 0.4:
        out.append(L("Từ khóa tìm kiếm: " + ", ".join(r.sample(TAGWORDS, r.randint(2, 3))), "tags"))
    if r.random() < 0.5:
        out.append(L("Văn bản liên quan", "related_links", "h3"))
        for tpl in r.sample(DOCS, r.randint(1, 3)):
            y = r.randint(2019, 2024)
            out.append(L(tpl.format(n=r.randint(12, 4999), d=ddmmyyyy(r), y=y), "related_links", "li"))
    if r.random() < 0.3:
        out += [L(r.choice(["Góp ý, hỏi đáp về bài viết", "Gửi ý kiến góp ý"]), "comment_prompt"),
                L("Họ tên (*)", "comment_prompt"), L("Email (*)", "comment_prompt"), L("Mã xác nhận", "comment_prompt"),
                L("Gửi góp ý", "comment_prompt")][: r.randint(2, 5)]
    hdr = r.choice(["Những tin đã đăng:", "Tin cùng lĩnh vực", None])
    out += ([L(hdr, "related_links", "h3")] if hdr else []) + related_items(r, r.randint(3, 6), 3)
    return out


def f33_side(r: random.Random) -> list[T.Line]:
    out = [L(r.choice(["Văn bản mới", "Văn bản chỉ đạo điều hành"]), "widget_label")]
    for tpl in r.sample(DOCS, 2):
        out.append(L(tpl.format(n=r.randint(12, 4999), d=ddmmyyyy(r), y=r.randint(2019, 2024)), "related_links", "li"))
    if r.random() < 0.5:
        out += [L("Thăm dò ý kiến", "widget_label"),
                L("Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?", "widget_label"),
                L("Rất tốt", "widget_label", "li"), L("Tốt", "widget_label", "li"), L("Bình thường", "widget_label", "li"),
                L("Biểu quyết | Xem kết quả", "widget_label")]
    if r.random() < 0.5:
        out += [L("Liên kết website", "menu"), L("Các Bộ, ngành | Các tỉnh, thành phố", "menu")]
    return out


def f33_footer(r: random.Random) -> list[T.Line]:
    lines = ["CỔNG THÔNG TIN ĐIỆN TỬ BỘ KINH TẾ NÔNG THÔN",
             "Đơn vị quản lý: Trung tâm Tin học và Thống kê - Bộ Kinh tế Nông thôn",
             f"Trưởng Ban Biên tập: {name(r, full=True)}",
             f"Giấy phép số {r.randint(10, 300)}/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày {ddmmyyyy(r)}",
             f"Địa chỉ: Số {r.randint(1, 20)} Ngọc Hà, Ba Đình, Hà Nội", f"Điện thoại: {tel(r, '024')} - Fax: {tel(r, '024')}",
             f"Email: banbientap@{OUTLETS[33]}",
             "Đề nghị ghi rõ nguồn Cổng TTĐT Bộ Kinh tế Nông thôn khi trích dẫn hoặc sử dụng lại thông tin",
             f"Số lượt truy cập: {r.randint(100_000, 9_000_000):,}".replace(",", ".")]
    return [L(x, "footer") for x in lines if r.random() < 0.85]


# -- assembly --------------------------------------------------------------------------------------


def _body(fam: int, article: list[str], r: random.Random) -> list[T.Line]:
    title, sapo, *paras = article
    body = [L(title, "title", "h1")]
    if fam == 30:
        body += [f30_dateline(r)] + f30_top_bar(r)
    elif fam == 31:
        if r.random() < 0.3:
            body.insert(0, f31_dateline(r))  # some pages put the date above the title
        else:
            body.append(f31_dateline(r))
    elif fam == 32:
        body.append(f32_dateline(r))
        if r.random() < 0.3:
            body.append(L(f"{r.randint(3, 12)} phút đọc", "dateline"))
    else:
        body += [f33_dateline(r)] + f33_tools(r)
    body.append(L(sapo, "content"))
    box_at = min(len(paras), r.randint(1, 4))
    ad_at = r.randint(2, max(2, len(paras) - 1)) if r.random() < 0.5 else -1
    for i, para in enumerate(paras):
        if i == box_at:
            if fam == 30 and r.random() < 0.7:
                body += f30_related_box(r)
            elif fam == 31 and r.random() < 0.5:
                body += f31_inline(r)
            elif fam == 32 and r.random() < 0.4:
                body += [L(r.choice(["Có thể bạn quan tâm tới", "Đọc thêm từ Sống Xanh"]), "related_links", "h3")]
                body += related_items(r, r.randint(2, 3), 2)
        if i == ad_at and fam in (30, 32):
            body += [L(r.choice(["Quảng cáo", "Advertisement"]), "widget_label")] if fam == 30 else f32_ad_break(r)
        body.append(L(para, "content"))
        if i == 0 and fam == 30 and r.random() < 0.4:
            body.append(f30_see_more(r))
        if i == len(paras) // 2 and fam == 32 and r.random() < 0.3:
            body.append(L(f"Xem thêm trên Sống Xanh: {r.choice(HEADLINES)}", "see_more"))
    return body


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    page = T.Page(fam, OUTLETS[fam])
    page.head += {30: f30_head, 31: f31_head, 32: f32_head, 33: f33_head}[fam](r)
    series = fam == 31 and r.random() < 0.25
    page.body += _body(fam, article, r)
    if n % 6 == 0:  # precision traps on one page in six
        trap_lines(page, (n // 6 + fam) % 7, r)
    page.body += {30: f30_tail, 31: lambda rr: f31_tail(rr, series), 32: f32_tail, 33: f33_tail}[fam](r)
    page.side += {30: f30_side, 31: f31_side, 32: f32_side, 33: f33_side}[fam](r)
    page.foot += {30: f30_footer, 31: f31_footer, 32: f32_footer, 33: f33_footer}[fam](r)
    return page


# -- HTML ------------------------------------------------------------------------------------------

_SKIN = {30: ("div class='td-detail'", "div", "td-sapo", "td-related", "td-sidebar", "td-footer"),
         31: ("div id='noidung' class='news-content'", "div", "sapo", "tinlienquan", "cot-phai", "chantrang"),
         32: ("article class='mag-article'", "article", "mag-lead", "mag-more", "mag-aside", "mag-foot"),
         33: ("div class='portlet-body journal-content-article'", "div", "tomtat", "vanban-lienquan", "right-col",
              "portal-footer")}


def _link(text: str) -> str:
    return f"<a href='/{zlib.crc32(text.encode()) % 10**7}.htm' title='{html.escape(text)}'>{html.escape(text)}</a>"


def _lines_html(lines: list[T.Line], fam: int, related_cls: str, sapo_cls: str) -> str:
    esc = html.escape
    out, open_list, first_content = [], False, True
    for x in lines:
        if x.tag == "li" and not open_list:
            out.append(f"<ul class='{related_cls}'>")
            open_list = True
        elif x.tag != "li" and open_list:
            out.append("</ul>")
            open_list = False
        t = esc(x.text)
        if x.tag == "li":
            out.append(f"<li>{_link(x.text) if x.label == 'related_links' else t}</li>")
        elif x.label == "title":
            out.append(f"<h1 class='article-title'>{t}</h1>")
        elif x.tag in ("h3", "h4"):
            out.append(f"<{x.tag} class='box-title'>{t}</{x.tag}>")
        elif x.label == "content":
            if first_content:
                out.append(f"<h2 class='{sapo_cls}'>{t}</h2>" if fam in (30, 32) else f"<p class='{sapo_cls}'><b>{t}</b></p>")
                first_content = False
            elif len(x.text.split()) < 9 and not x.text.rstrip().endswith((".", ":", "”", "\"")):
                out.append(f"<p><strong>{t}</strong></p>")
            else:
                out.append(f"<p>{t}</p>")
        elif x.label == "dateline":
            out.append(f"<span class='time-post'>{t}</span>")
        elif x.label in ("byline", "source"):
            out.append(f"<p class='author' style='text-align:right'><strong>{t}</strong></p>" if fam != 32
                       else f"<div class='credit'><em>{t}</em></div>")
        elif x.label == "see_more":
            out.append(f"<p class='see-more'>{_link(x.text)}</p>")
        elif x.label == "tags":
            out.append(f"<div class='tags-box'>{t}</div>")
        elif x.label == "comment_prompt":
            out.append(f"<div class='comment-form'><label>{t}</label></div>")
        elif x.label == "advert":
            out.append(f"<div class='pr-box'>{t}</div>")
        elif x.label == "widget_label":
            out.append(f"<div class='widget-label'>{t}</div>")
        elif x.label == "share_widget":
            out.append(f"<div class='social-tools'><span>{t}</span></div>")
        else:
            out.append(f"<div class='{x.label}'>{t}</div>")
    if open_list:
        out.append("</ul>")
    return "".join(out)


def render_html(page: T.Page, n: int) -> str:
    esc = html.escape
    fam = page.family
    art_open, art_close, sapo_cls, rel_cls, side_cls, foot_cls = _SKIN[fam]
    title = next(x.text for x in page.body if x.label == "title")
    head = []
    menu_items = [x for x in page.head if x.label == "menu" and x.tag == "li"]
    for x in page.head:
        if x.label == "menu" and x.tag == "li":
            continue
        cls = {"menu": "top-links", "breadcrumb": "breadcrumbs", "dateline": "today"}.get(x.label, x.label)
        head.append(f"<div class='{cls}'>{esc(x.text)}</div>")
    nav = "".join(f"<li>{_link(x.text)}</li>" for x in menu_items)
    crumbs = [h for h in head if "breadcrumbs" in h]
    other_head = [h for h in head if "breadcrumbs" not in h]
    body = _lines_html(page.body, fam, rel_cls, sapo_cls)
    side = _lines_html(page.side, fam, "list-news", "")
    foot = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{esc(title)} | {esc(SITE_NAMES[fam])}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/{n}-{zlib.crc32(title.encode()) % 10**8}.html'>"
        f"<meta property='og:title' content='{esc(title)}'><meta property='og:site_name' content='{esc(SITE_NAMES[fam])}'>"
        "</head><body>"
        f"<header class='site-header'>{''.join(other_head)}<nav class='main-menu'><ul>{nav}</ul></nav></header>"
        f"<div class='wrapper'>{''.join(crumbs)}<main class='main-col'><{art_open}>{body}</{art_close}></main>"
        f"<aside class='{side_cls}'>{side}</aside></div>"
        f"<footer class='{foot_cls}'>{foot}</footer></body></html>"
    )


# -- self-check ------------------------------------------------------------------------------------


def _fake_article(r: random.Random, k: int) -> list[str]:
    title = r.choice(HEADLINES)
    sapo = (f"Sáng {r.randint(1, 28)}/{r.randint(1, 12)}, chính quyền địa phương cho biết đang khẩn trương triển khai "
            f"các biện pháp khắc phục hậu quả, bảo đảm đời sống cho người dân trong khu vực bị ảnh hưởng.")
    paras = [f"Đoạn văn thứ {i + 1} của bài viết số {k} mô tả diễn biến sự việc, ý kiến của người dân và những giải pháp "
             f"mà cơ quan chức năng đang cân nhắc trong thời gian tới." for i in range(r.randint(3, 9))]
    return [title, sapo, *paras]


if __name__ == "__main__":
    from pathlib import Path

    r = random.Random(SEED)
    other = Path(__file__).with_name("eval_vi_pages.py").read_text(encoding="utf-8")
    assert not any(d in other for d in OUTLETS.values()), "outlet domains must be new"
    traps = pages = 0
    for fam in FAMILIES:
        for n in range(8):
            art = _fake_article(r, n)
            page = build_page(fam, n, art, r)
            lines = page.head + page.body + page.side + page.foot
            pages += 1
            traps += n % 6 == 0
            for x in lines:
                assert x.label in LABELS, (fam, n, x)
                assert x.text.strip(), (fam, n, x)
                assert x.tag in ("h1", "h3", "h4", "li", "p"), (fam, n, x)
            assert sum(x.label == "title" for x in lines) == 1
            contents = [x.text for x in lines if x.label in ("title", "content")]
            assert all(p.rstrip(" .") in " ".join(contents) for p in art), "every article line is kept as content"
            assert not any(x.label == "content" for x in page.head + page.side + page.foot)
            doc = render_html(page, n)
            for x in lines:
                assert html.escape(x.text) in doc, (fam, n, x.text)
            if n in (0, 1) or (fam == 31 and n == 6):
                print(f"===== family {fam} page {n} ({OUTLETS[fam]}) =====")
                for x in lines:
                    print(f"  [{x.label:>14}|{x.tag:>2}] {x.text}")
    print(f"ok: {pages} pages, {traps} with a precision trap, labels {sorted({*LABELS})}")
