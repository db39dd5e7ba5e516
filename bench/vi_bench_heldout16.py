"""Held-out 16: families 78-81 of the line-labelled Vietnamese page benchmark (seed 47).

Written by helper HO16, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types and the
name, phone and date helpers) and the harness parts of `bench/eval_vi_pages.py` (its docstring, HALVES,
MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop, `page_lines` and
the scoring functions, to learn the label names and how a line counts as kept). Nothing under
`cleaners/`, `flows/` or `tests/`, no README, no held-out score file, no rule-diff TSV, no other
held-out module and no result was opened, and the cleaner was never run on these pages: the wordings
below are the author's own, chosen by what such sites print, not by what any rule catches.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 78 `nongvutrungdu.vn`, a provincial agriculture and rural-development paper: a top bar with the
  lunar date, an extension-service hotline box, a farm-produce price board (a table), a crop-calendar
  and farm-weather box, "Bà con nên đọc" lines, a "Hỏi đáp nhà nông" prompt, a footer with the farmers'
  union as publisher. Traps: the article's own produce price table in the widget's very shape, a
  sowing schedule shaped like the crop calendar, numbered "Bước n:" steps, a list of extension
  stations with phones, OCOP product lists (short unpunctuated items), a reader's question and the
  engineer's answer with the names on their own lines, a quote whose speaker is a line of its own,
  "Theo ông X, ..." sentences, sub-headings, a closing line without a full stop.
- 79 `nhaphokhaiphat.vn`, a real-estate and construction site: an "Đăng tin" bar, project-listing
  widgets (name - district - price), a mortgage calculator, a mortgage-rate box, a district price
  board, a broker contact card, "Lưu tin" bars. Traps: the list of projects licensed for sale (same
  project names), an area price table shaped like the price board, bank rates shaped like the rate
  box, a worked loan example whose lines look like the calculator's fields, legal-check steps,
  addresses where to file papers, quotes with the speaker's line, "Theo ..." sentences, sub-headings.
- 80 `hanhtrinhdisan.net`, a heritage, religion-and-culture and travel magazine: a language switch,
  photo-gallery credits, tour adverts and a hotel booking box, weather at the destination, serial
  "Kỳ n" continuation markers. Traps: a suggested itinerary ("Ngày 1: ...") shaped like the tour
  adverts, a festival programme (times and rites), ticket prices, folk verse (short lines without
  full stops), visitor tips, an artisan's quote with the speaker on the next line, "Theo truyền
  thuyết, ..." sentences, sub-headings.
- 81 `chipvasong.com.vn`, a technology and telecom site: app-download prompts, view and comment
  counters, product spec boxes, affiliate price boxes ("Mua ngay tại ..."), a "So sánh" widget, a
  "Tải app" bar. Traps: the reviewed phone's spec list in the spec box's shape, official prices per
  storage size, "Bước n:" how-to steps, carriers' support hotlines, the names of malicious apps
  (short unpunctuated items), an upgrade list, very short sub-headings ("Thiết kế", "Điểm trừ"),
  quotes with the speaker on a line of their own, "Theo Cục Viễn thông, ..." sentences.

Every family draws (with the harness's `random.Random`) which widgets appear, where and in which
order, with varied wordings, dates, counters, byline forms and footer years. About 30 % of each
family's content lines (title excluded) are traps; the rest are the VNTC articles the harness passes.
`render_html` writes each family's own markup (nested divs, nav, aside, tables, figure, scripts);
each labelled line is one text node of the page body. A page never holds the same line twice, nor a
boilerplate line inside another line (a headline in two boxes): the boilerplate copy is dropped, so
the harness's substring match cannot credit a removed line through a kept one.
"""

from __future__ import annotations

import html
import random
import zlib
from collections.abc import Callable

from bench.vi_bench_templates import CITIES, GIVEN, STREETS, Line, Page, date, person, phone

FAMILIES = (78, 79, 80, 81)
ARTICLE_OUTLETS = ("TN", "VNE", "NLD", "TT")
SEED = 47
OUTLETS = {78: "nongvutrungdu.vn", 79: "nhaphokhaiphat.vn", 80: "hanhtrinhdisan.net", 81: "chipvasong.com.vn"}
SITE_NAMES = {78: "Báo Nông vụ Trung du", 79: "Nhà Phố Khai Phát", 80: "Tạp chí Hành trình Di sản", 81: "Chip & Sóng"}
TRAP_SHARE = 0.30  # share of a page's content lines (title excluded) that are traps

PROVINCES = ["Phú Thọ", "Tuyên Quang", "Yên Bái", "Thái Bình", "Nghệ An", "Quảng Ngãi", "Đắk Nông", "Long An",
             "Sóc Trăng", "Bắc Giang", "Hòa Bình", "Lạng Sơn"]
Trap = tuple[list[Line], str]  # lines, and where they go: "mid", "end", "sub" (before a paragraph), "close"


def _num(x: int) -> str:
    return f"{x:,}".replace(",", ".")


def _hm(r: random.Random) -> str:
    return f"{r.randint(5, 22):02d}:{r.randint(0, 59):02d}"


def _dm(r: random.Random) -> tuple[int, int]:
    return r.randint(1, 28), r.randint(1, 12)


def _honorific(r: random.Random) -> str:
    return f"{r.choice(['ông', 'bà', 'anh', 'chị'])} {person(r)}"


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _c(text: str, tag: str = "p") -> Line:
    return Line(text, "content", tag)


# -- shared pools (the widget and the trap of a family draw from the same pool on purpose) -----------

PRODUCE = [("Lúa IR 50404 (tươi)", 6500, "đ/kg"), ("Lúa OM 5451", 7200, "đ/kg"), ("Gạo tẻ thường", 13500, "đ/kg"),
           ("Cà phê nhân", 98000, "đ/kg"), ("Hồ tiêu đen", 142000, "đ/kg"), ("Heo hơi", 61000, "đ/kg"),
           ("Gà ta thả vườn", 85000, "đ/kg"), ("Chè búp tươi", 9000, "đ/kg"), ("Sắn lát khô", 5200, "đ/kg"),
           ("Ngô hạt", 7600, "đ/kg"), ("Bưởi Diễn loại 1", 35000, "đ/quả"), ("Trứng gà công nghiệp", 2300, "đ/quả"),
           ("Vải thiều sớm", 28000, "đ/kg"), ("Cam sành", 18000, "đ/kg")]
PROJECTS = ["Khu nhà ở Hưng Phát Riverside", "Chung cư Thanh Bình Tower", "Khu đô thị Phúc An Garden",
            "Tổ hợp căn hộ Sông Xanh", "Khu dân cư Tân Lộc", "Căn hộ Minh Khang Plaza", "Nhà ở xã hội Hòa Khánh",
            "Khu biệt thự Đồi Thông Xanh", "Chung cư An Cư 2"]
AREAS = ["Quận 7", "TP Thủ Đức", "Bình Chánh", "Cầu Giấy", "Hà Đông", "Long Biên", "Nam Từ Liêm", "Sơn Trà",
         "Hải Châu", "Dĩ An"]
BANKS = ["Vietcombank", "BIDV", "Agribank", "VietinBank", "Techcombank", "MB", "ACB", "Sacombank"]
TOURS = ["Huế - Động Phong Nha", "Hà Nội - Sa Pa - Fansipan", "Đà Nẵng - Hội An - Bà Nà", "Ninh Bình - Tràng An",
         "Cần Thơ - Chợ nổi Cái Răng", "Hà Giang - Đồng Văn - Mã Pí Lèng", "Quy Nhơn - Kỳ Co - Eo Gió",
         "Côn Đảo tâm linh"]
PHONES = ["Nova X5 Pro", "Lumo 12 Ultra", "Zeta Note 8", "Orion S3", "Kairo M20", "Vexa Fold 2"]
CHIPS = ["Snapdragon 8 Gen 3", "Dimensity 9300", "Snapdragon 7s Gen 2", "Helio G99", "Exynos 2400"]
SHOPS = ["Di Động Sao Mai", "Điện máy Tân Tiến", "SmartShop 24h", "Thế Giới Số Việt", "Siêu thị máy Hoàng Hà Xanh"]


def _spec_rows(r: random.Random) -> list[str]:
    ram = r.choice([8, 12, 16])
    rows = [f"Màn hình: {r.choice(['6,1', '6,5', '6,7', '6,8'])} inch {r.choice(['AMOLED', 'OLED', 'LTPO AMOLED', 'IPS LCD'])}, "
            f"{r.choice([90, 120, 144])} Hz",
            f"Chip: {r.choice(CHIPS)}", f"RAM: {ram} GB, bộ nhớ trong {r.choice([128, 256, 512])} GB",
            f"Camera sau: {r.choice([50, 64, 108, 200])} MP + {r.choice([8, 12, 13])} MP",
            f"Pin: {_num(r.choice([4500, 5000, 5500, 6000]))} mAh, sạc nhanh {r.choice([33, 45, 67, 100])} W",
            f"Hệ điều hành: {r.choice(['Android 14', 'Android 15', 'HyperOS'])}",
            f"Trọng lượng: {r.randint(165, 235)} g"]
    return r.sample(rows, r.randint(3, 5))


def _produce_row(r: random.Random, name: str, base: int, unit: str) -> str:
    lo = int(base * r.uniform(0.85, 1.15)) // 100 * 100
    return f"{name}: {_num(lo)} - {_num(lo + r.choice([200, 300, 500, 1000, 2000]))} {unit}"


# -- related items and boxes -------------------------------------------------------------------------

HEADLINES = {
    78: ["Phòng trừ rầy nâu hại lúa xuân giai đoạn làm đòng", "Giá phân bón giảm, nông dân yên tâm xuống giống",
         "Mô hình nuôi gà thả vườn cho thu nhập ổn định", "Hướng dẫn ủ phân hữu cơ từ rơm rạ",
         "Cảnh báo rét đậm, bảo vệ trâu bò vùng cao", "Thu hoạch chè vụ xuân đạt năng suất cao",
         "Huyện vùng cao có thêm 5 sản phẩm OCOP", "Nông dân trồng bưởi đỏ thu trăm triệu mỗi năm",
         "Kỹ thuật ghép cải tạo vườn nhãn già cỗi", "Xây dựng vùng nguyên liệu sắn an toàn",
         "Tiêm phòng dịch tả lợn châu Phi đợt 2", "Hợp tác xã liên kết tiêu thụ nấm rơm",
         "Chuyển đổi đất lúa kém hiệu quả sang trồng rau màu"],
    79: ["Giá chung cư tiếp tục neo cao ở các quận nội thành", "Đề xuất nhà ở xã hội cho thuê tại khu công nghiệp",
         "Lãi suất vay mua nhà nhích nhẹ trong tháng", "Thị trường đất nền vùng ven có dấu hiệu ấm lên",
         "Sửa quy định cấp sổ hồng cho căn hộ chung cư", "Nguồn cung văn phòng hạng A tăng mạnh",
         "Mở rộng đường vành đai, giá đất ven tuyến biến động", "Cảnh báo chiêu trò bán đất nền dự án ma",
         "5 lưu ý khi mua nhà hình thành trong tương lai", "Giá vật liệu xây dựng quý này tăng hay giảm?",
         "Khởi công khu đô thị mới phía Tây thành phố", "Nhà phố liền kề: tiền tỷ vẫn khó bán",
         "Phong thủy phòng khách cho gia chủ tuổi Thìn"],
    80: ["Về Bắc Ninh nghe quan họ đêm rằm", "Chùa cổ trăm năm bên dòng sông Hương",
         "Lễ hội đua ghe ngo của đồng bào Khmer", "Ẩm thực phố núi: những món ăn khó quên",
         "Ngôi làng gốm 500 năm tuổi bên sông Đuống", "Mùa hoa tam giác mạch trên cao nguyên đá",
         "Đình làng và những bức chạm khắc thế kỷ XVII", "Hành trình khám phá hang động miền Trung",
         "Phục dựng nghi lễ cấp sắc của người Dao", "Cẩm nang du lịch Côn Đảo mùa đẹp nhất",
         "Làng cổ Đường Lâm đón khách dịp cuối tuần", "Bảo tồn nhã nhạc cung đình trong đời sống hôm nay",
         "Check-in đồi chè xanh mướt giữa mùa xuân"],
    81: ["Đánh giá nhanh smartphone tầm trung pin 6.000 mAh", "Nhà mạng tắt sóng 2G: thuê bao cần làm gì?",
         "So sánh hiệu năng hai dòng chip di động mới", "Cách bật chế độ tiết kiệm dữ liệu trên điện thoại",
         "Laptop mỏng nhẹ cho sinh viên dưới 15 triệu đồng", "Lộ diện thiết kế máy tính bảng thế hệ mới",
         "Cảnh báo ứng dụng giả mạo đánh cắp mật khẩu", "Tốc độ mạng 5G tại Việt Nam đo được bao nhiêu?",
         "Tai nghe không dây chống ồn giá rẻ đáng mua", "Hướng dẫn chuyển eSIM sang điện thoại mới",
         "Cập nhật phần mềm vá lỗ hổng bảo mật nghiêm trọng", "Đồng hồ thông minh đo huyết áp có chính xác?",
         "Cáp quang biển gặp sự cố, Internet đi quốc tế chậm"],
}


def _item(r: random.Random, fam: int, h: str) -> str:
    d, m = _dm(r)
    forms = {78: [h, h, f"{h} ({d:02d}/{m:02d})", f"» {h}", f"{h} - {r.randint(1, 23)} giờ trước"],
             79: [h, h, f"{h} | {d:02d}/{m:02d}/20{r.randint(19, 24)}", f"[Video] {h}", f"{h} ({r.randint(2, 96)} bình luận)"],
             80: [h, h, f"{h} (ảnh)", f"{h} - Kỳ {r.randint(1, 4)}", f"❯ {h}", f"Photo: {h}"],
             81: [h, h, f"{h} [{r.randint(1, 60)}]", f"{h} - {d}/{m}", f"[Review] {h}", f"{h} (video)"]}[fam]
    return r.choice(forms)


def _related(r: random.Random, fam: int, headers: list[str], k: tuple[int, int] = (2, 5),
             header: bool = True) -> list[Line]:
    out = [Line(r.choice(headers), "related_links", "h3")] if header else []
    for h in r.sample(HEADLINES[fam], r.randint(*k)):
        out.append(Line(_item(r, fam, h), "related_links", "li"))
    return out


def _inline(r: random.Random, fam: int) -> Line:
    lead = {78: ["» Bà con nên đọc: ", "Xem tiếp: ", ">> Tin cùng chủ đề: ", "Đọc thêm >> "],
            79: ["[Xem thêm] ", "Tham khảo: ", ">>> ", "Có thể bạn quan tâm: "],
            80: ["Bài liên quan: ", "❯❯ ", "Xem thêm: ", "Đọc lại: "],
            81: ["Xem thêm: ", "Liên quan: ", "ĐỌC NGAY: ", ">> "]}[fam]
    return Line(r.choice(lead) + r.choice(HEADLINES[fam]), "related_links", "a")


# -- family 78: agriculture and rural development --------------------------------------------------


def _head78(r: random.Random) -> list[Line]:
    d, m = _dm(r)
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    out = [Line(r.choice([f"{r.choice(days)}, {d}/{m}/20{r.randint(18, 24)} - Âm lịch: {r.randint(1, 29)}/{r.randint(1, 12)}",
                          f"Hôm nay: {r.choice(days)}, ngày {d:02d}/{m:02d}/20{r.randint(18, 24)}"]), "dateline", "top")]
    if r.random() < 0.6:
        out.append(Line(r.choice([f"Đường dây nóng: {phone(r)}", f"Hotline tòa soạn: {phone(r)}",
                                  f"Tư vấn nhà nông: {phone(r)}"]), "advert", "top"))
    items = r.sample(["Trồng trọt", "Chăn nuôi", "Thủy sản", "Khuyến nông", "Chợ nông sản", "Nông thôn mới",
                      "OCOP", "Khoa học - Công nghệ", "Kinh tế hợp tác", "Lâm nghiệp", "Bạn nhà nông", "Video"], r.randint(6, 9))
    out += [Line(x, "menu", "li") for x in items] if r.random() < 0.7 else [Line(" | ".join(items), "menu", "nav")]
    a, b = r.sample(["Trồng trọt", "Chăn nuôi", "Khuyến nông", "Nông thôn mới", "Thị trường", "Kỹ thuật canh tác"], 2)
    out.append(Line(r.choice([f"Trang chủ » {a} » {b}", f"{a} / {b}", f"Trang chủ › {a}"]), "breadcrumb"))
    return out


def _meta78(r: random.Random) -> list[Line]:
    d, m = _dm(r)
    y = r.randint(2008, 2024)
    out = [Line(r.choice([f"{d:02d}/{m:02d}/{y} - {_hm(r)}", f"Cập nhật: {_hm(r).replace(':', ' giờ ')} phút, ngày {d}/{m}/{y}",
                          f"Ngày đăng {d}-{m}-{y} | {_hm(r)} GMT+7"]), "dateline")]
    if r.random() < 0.4:
        out.append(Line(r.choice(["Nghe đọc tin", "Cỡ chữ: A- A A+", "In bài | Gửi bạn bè"]), "share_widget", "span"))
    return out


def _hotline_box78(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["ĐƯỜNG DÂY NÓNG KHUYẾN NÔNG", "Tư vấn kỹ thuật miễn phí", "Hỗ trợ bà con 24/7"]), "advert", "h4")]
    for x in r.sample(["Kỹ thuật trồng trọt", "Thú y - chăn nuôi", "Bảo vệ thực vật", "Thủy sản", "Giống cây trồng"], r.randint(2, 3)):
        out.append(Line(f"{x}: {phone(r)}", "advert", "li"))
    return out


def _prices78(r: random.Random) -> list[Line]:
    d, m = _dm(r)
    out = [Line(r.choice([f"Giá nông sản hôm nay {d}/{m}", "BẢNG GIÁ NÔNG SẢN", "Giá cả nông sản"]), "price_widget", "h4")]
    out += [Line(_produce_row(r, *p), "price_widget", "td") for p in r.sample(PRODUCE, r.randint(3, 5))]
    return out


def _calendar78(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Lịch thời vụ", "Thời tiết nông vụ", "Thời tiết - Lịch gieo trồng"]), "weather_widget", "h4")]
    for city in r.sample(["Phú Thọ", "Tuyên Quang", "Yên Bái", "Hòa Bình", "Bắc Giang"], r.randint(1, 2)):
        lo = r.randint(9, 24)
        out.append(Line(f"{city}: {lo}-{lo + r.randint(3, 8)}°C, {r.choice(['mưa phùn', 'nắng nhẹ', 'rét đậm', 'có mưa rào'])}",
                        "weather_widget", "li"))
    stage = r.choice(["Gieo mạ xuân muộn", "Cấy lúa xuân", "Trồng ngô đông", "Xuống giống hè thu", "Bón thúc đẻ nhánh"])
    d, m = _dm(r)
    out.append(Line(f"{stage}: {d:02d}/{m:02d} - {min(28, d + r.randint(7, 20)):02d}/{m:02d}", "weather_widget", "li"))
    if r.random() < 0.5:
        out.append(Line(r.choice(["Khuyến cáo: không gieo cấy khi nhiệt độ dưới 15°C",
                                  "Khuyến cáo: che phủ mạ bằng nilon khi rét đậm"]), "weather_widget", "li"))
    return out


def _tail78(r: random.Random) -> list[Line]:
    a, b = person(r), person(r)
    by = Line(r.choice([f"Bài và ảnh: {a}", f"{a} (Trạm Khuyến nông huyện {r.choice(GIVEN)} {r.choice(GIVEN)})",
                        person(r, caps=True), f"KS. {a}", f"{a} - {b}", f"{a} - Báo Nông vụ Trung du"]), "byline")
    src = Line(r.choice(["Nguồn: Trung tâm Khuyến nông tỉnh", f"Theo Chi cục Trồng trọt và BVTV tỉnh {r.choice(PROVINCES)}",
                         "(Theo Báo Nông nghiệp)", "Nguồn: Cổng thông tin Sở NN&PTNT", f"Tổng hợp: {a}"]), "source")
    tags = Line(r.choice(["Từ khóa: ", "Tags: ", "Chủ đề: "]) + ", ".join(
        r.sample(["lúa xuân", "giá nông sản", "khuyến nông", "OCOP", "chăn nuôi", "nông thôn mới", "phân bón", "sâu bệnh"], 3)), "tags")
    share = Line(r.choice(["Chia sẻ: Facebook | Zalo", f"Theo dõi {SITE_NAMES[78]} trên Zalo", "Chia sẻ Lưu bài In"]),
                 "share_widget")
    lines = [by, src, tags, share]
    if r.random() < 0.35:
        lines.insert(0, Line(r.choice(["(Còn tiếp)", "Kỳ sau: Giải bài toán đầu ra cho nông sản", "(Còn nữa)"]), "continuation"))
    if r.random() < 0.3:
        lines.pop(r.randrange(1, len(lines)))
    if r.random() < 0.5:
        lines += [Line(x, "comment_prompt") for x in r.choice([
            ["Ý kiến bạn đọc", "Bà con có câu hỏi về kỹ thuật canh tác xin gửi về chuyên mục Bạn nhà nông"],
            [f"Bình luận ({r.randint(0, 40)})", "Gửi ý kiến"], ["Hỏi đáp nhà nông", "Đặt câu hỏi cho chuyên gia"]])]
    lines += _related(r, 78, ["Tin khác", "Cùng chuyên mục", "Tin mới nhất", "TIN ĐÃ ĐĂNG"])
    return lines


def _foot78(r: random.Random) -> list[Line]:
    year = r.randint(2015, 2024)
    out = [Line(f"Cơ quan chủ quản: Hội Nông dân tỉnh {r.choice(PROVINCES)}", "footer"),
           Line(f"Tổng biên tập: {person(r)}", "footer"),
           Line(f"Giấy phép số {r.randint(10, 599)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày {date(r)}", "footer"),
           Line(f"Tòa soạn: Số {r.randint(1, 250)} đường {r.choice(STREETS)}, TP {r.choice(['Việt Trì', 'Tuyên Quang', 'Yên Bái'])}", "footer"),
           Line(f"Điện thoại: {phone(r)} - Email: toasoan@{OUTLETS[78]}", "footer"),
           Line(r.choice([f"© {year} - {r.randint(year, 2025)} {SITE_NAMES[78]}", f"Bản quyền © {year} {OUTLETS[78]}"]), "footer")]
    if r.random() < 0.5:
        out.insert(0, Line(" · ".join(r.sample(["Giới thiệu", "Liên hệ", "Quảng cáo", "Đặt báo", "RSS", "Sơ đồ trang"], 4)),
                           "menu", "nav"))
    return _drop(r, out, 0.3)


def _trap78_prices(r: random.Random) -> Trap:
    market = r.choice(["chợ đầu mối nông sản Đồng Tâm", "các đại lý thu mua trong huyện", "thương lái tại cánh đồng mẫu lớn",
                       "chợ phiên xã Hương Cần"])
    intro = r.choice([f"Giá một số mặt hàng nông sản tại {market} sáng nay như sau:",
                      f"Theo khảo sát của phóng viên, giá thu mua tại {market} hiện ở mức:",
                      f"Bảng giá tham khảo tại {market} trong tuần:"])
    tag = r.choice(["td", "li", "p"])
    return [_c(intro)] + [_c(_produce_row(r, *p), tag) for p in r.sample(PRODUCE, r.randint(2, 4))], "mid"


def _trap78_calendar(r: random.Random) -> Trap:
    intro = r.choice(["Lịch gieo cấy vụ xuân năm nay được khuyến cáo như sau:", "Khung thời vụ cụ thể cho từng trà lúa:",
                      "Sở NN&PTNT khuyến cáo bà con gieo cấy theo lịch:"])
    d, m = r.randint(5, 15), r.choice([1, 2])
    rows = [f"Trà xuân sớm: gieo mạ từ {d}/{m} đến {d + 8}/{m}, cấy xong trước {d + 20}/{m}",
            f"Trà xuân muộn: gieo mạ từ {d + 10}/{m} đến {d + 18}/{m}",
            f"Lúa gieo thẳng: gieo từ {d + 12}/{m} đến ngày {min(28, d + 22)}/{m}",
            f"Ngô xuân: trồng từ {d}/{m + 1} đến {d + 10}/{m + 1}"]
    return [_c(intro)] + [_c(x, r.choice(["li", "p"])) for x in rows[: r.randint(2, 4)]], "mid"


def _trap78_steps(r: random.Random) -> Trap:
    procs = [("Quy trình ủ phân hữu cơ từ rơm rạ gồm các bước:",
              ["Gom rơm rạ thành đống cao khoảng 1 m, rộng 1,5 - 2 m.", "Tưới nước cho rơm đạt độ ẩm khoảng 60%.",
               "Rắc chế phẩm vi sinh theo từng lớp dày 20 - 30 cm.", "Phủ bạt kín, sau 20 ngày đảo trộn một lần."]),
             ("Để phòng bệnh đạo ôn cổ bông, bà con cần:",
              ["Thăm đồng thường xuyên, nhất là khi trời âm u, có sương mù.", "Không bón thừa đạm, bón cân đối kali.",
               "Phun thuốc đặc trị khi lúa bắt đầu trỗ lác đác.", "Phun lần hai sau khi lúa trỗ hoàn toàn"]),
             ("Kỹ thuật chăm sóc lợn nái sau đẻ:",
              ["Giữ chuồng khô, ấm, nhiệt độ 28 - 30°C cho lợn con.", "Cho lợn mẹ ăn tăng dần, đủ nước sạch.",
               "Tiêm sắt cho lợn con lúc 3 ngày tuổi."])]
    intro, steps = r.choice(procs)
    k = r.randint(2, len(steps))
    numbered = r.choice(["Bước {i}: {s}", "{i}. {s}", "{i}/ {s}"])
    return [_c(intro)] + [_c(numbered.format(i=i, s=s)) for i, s in enumerate(steps[:k], 1)], "mid"


def _trap78_hotlines(r: random.Random) -> Trap:
    intro = r.choice(["Bà con cần tư vấn có thể liên hệ:", "Danh sách các điểm hỗ trợ kỹ thuật cho nông dân:",
                      "Các trạm đã bố trí cán bộ trực để hướng dẫn bà con:"])
    places = r.sample(["Trạm Khuyến nông huyện Tân Sơn", "Trạm Trồng trọt và BVTV huyện Thanh Sơn", "Trạm Thú y huyện Yên Lập",
                       "Trung tâm Dịch vụ nông nghiệp huyện Đoan Hùng", "Hợp tác xã Đồng Tiến", "Chi cục Chăn nuôi và Thú y tỉnh"],
                      r.randint(2, 3))
    return [_c(intro)] + [_c(f"{p}: {phone(r)}", r.choice(["li", "p"])) for p in places], r.choice(["mid", "end"])


def _trap78_ocop(r: random.Random) -> Trap:
    intro = r.choice(["Các sản phẩm được công nhận OCOP 4 sao đợt này gồm:", "Những sản phẩm được chọn giới thiệu tại hội chợ:",
                      "Danh sách các sản phẩm đạt chuẩn OCOP:"])
    items = r.sample(["Chè xanh Tân Cương đóng hộp", "Mật ong hoa nhãn Đồng Tiến", "Gạo nếp cái hoa vàng", "Bưởi đỏ Tân Lạc",
                      "Măng khô Tây Giang", "Cam sành Hàm Yên", "Miến dong Bình Lư", "Trà hoa vàng Ba Chẽ"], r.randint(2, 4))
    return [_c(intro)] + [_c(x, "li") for x in items], r.choice(["mid", "end"])


def _trap78_qa(r: random.Random) -> Trap:
    q, a = r.choice([
        ("Vườn cam nhà tôi 4 năm tuổi, lá bị vàng, quả rụng nhiều. Xin hỏi nguyên nhân và cách khắc phục?",
         "Hiện tượng này nhiều khả năng do cây thiếu dinh dưỡng kết hợp nấm bệnh ở rễ, bà con cần bón bổ sung phân hữu cơ."),
        ("Đàn gà nhà tôi hay bị khò khè, ăn ít. Tôi nên dùng thuốc gì?",
         "Bà con nên cách ly con bệnh, vệ sinh chuồng trại và liên hệ cán bộ thú y để được chẩn đoán chính xác."),
        ("Ruộng lúa nhà tôi có nhiều ổ rầy. Xin cho biết khi nào nên phun thuốc?",
         "Chỉ nên phun khi mật độ rầy vượt ngưỡng 3.000 con/m², phun rẽ băng và hướng vòi vào gốc lúa.")])
    return [_c(f"Bạn đọc {person(r)} ({r.choice(PROVINCES)}) hỏi:"), _c(q),
            _c(f"{r.choice(['Kỹ sư', 'ThS.', 'Bác sĩ thú y'])} {person(r)} trả lời:"), _c(a)], "end"


def _trap78_quote(r: random.Random) -> Trap:
    q = r.choice(["“Vụ này nhà tôi cấy 8 sào lúa lai, bông to, chắc hạt, chắc chắn được mùa”",
                  "“Có hợp tác xã bao tiêu, chúng tôi không còn lo cảnh được mùa mất giá nữa”",
                  "“Nuôi theo quy trình an toàn sinh học tốn công hơn nhưng đàn lợn khỏe, bán được giá”"])
    who = r.choice([f"Ông {person(r)}, nông dân xã {r.choice(GIVEN)} {r.choice(GIVEN)}",
                    f"- Chị {person(r)}, thành viên hợp tác xã", f"(Bà {person(r)}, thôn {r.randint(1, 12)})"])
    return [_c(q, "quote"), _c(who, "cite")], "mid"


def _trap78_theo(r: random.Random) -> Trap:
    return [_c(r.choice([
        f"Theo ông {person(r)}, Trưởng phòng Nông nghiệp huyện, toàn huyện đã gieo cấy được {_num(r.randint(900, 6000))} ha, đạt {r.randint(70, 99)}% kế hoạch.",
        f"Theo Chi cục Trồng trọt và Bảo vệ thực vật tỉnh, diện tích lúa nhiễm rầy nâu hiện khoảng {r.randint(50, 900)} ha.",
        f"Theo bà {person(r)}, Giám đốc hợp tác xã, mỗi năm đơn vị tiêu thụ hơn {r.randint(50, 400)} tấn rau an toàn.",
        f"Theo Trung tâm Khuyến nông tỉnh, đợt rét này có thể kéo dài {r.randint(3, 7)} ngày."]))], "mid"


def _trap78_sub(r: random.Random) -> Trap:
    return [_c(r.choice(["Chủ động nguồn nước tưới", "Phòng trừ sâu bệnh từ sớm", "Liên kết để tiêu thụ bền vững",
                         "Nông dân phấn khởi", "Cần thêm chính sách hỗ trợ vốn", "Kinh nghiệm từ một hợp tác xã",
                         "Giá cao nhưng vẫn lo đầu ra"]), "h2")], "sub"


def _trap78_close(r: random.Random) -> Trap:
    d, m = _dm(r)
    return [_c(r.choice([f"Dự kiến vụ thu hoạch sẽ kết thúc trước ngày {d}/{m}",
                         "Bà con cần theo dõi thường xuyên để phát hiện rầy kịp thời",
                         "Mọi thắc mắc xin liên hệ cán bộ khuyến nông cơ sở để được hướng dẫn"]))], "close"


# -- family 79: real estate and construction -------------------------------------------------------


def _head79(r: random.Random) -> list[Line]:
    out = []
    if r.random() < 0.7:
        out.append(Line(r.choice(["Đăng tin miễn phí", "ĐĂNG TIN BÁN/CHO THUÊ NHANH", "+ Đăng tin"]) +
                        r.choice(["", f" - Hotline {phone(r)}"]), "advert", "top"))
    out.append(Line(r.choice(["Đăng nhập | Đăng ký", "Đăng nhập", "Tài khoản của tôi"]), "menu", "top"))
    items = r.sample(["Thị trường", "Dự án", "Chính sách - Quy hoạch", "Tài chính BĐS", "Nội thất", "Phong thủy", "Nhà đẹp",
                      "Vật liệu", "Hạ tầng", "Pháp lý", "Mua bán nhà đất", "Cho thuê"], r.randint(6, 9))
    out += [Line(x, "menu", "li") for x in items]
    a, b = r.sample(["Thị trường", "Dự án", "Pháp lý", "Tài chính", "Quy hoạch", "Hạ tầng"], 2)
    out.append(Line(r.choice([f"Trang chủ > {a} > {b}", f"Nhà Phố / {a}", f"{a} › {b}"]), "breadcrumb"))
    return out


def _meta79(r: random.Random) -> list[Line]:
    d, m = _dm(r)
    y = r.randint(2010, 2024)
    out = [Line(r.choice([f"Đăng lúc {_hm(r)} ngày {d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y} {_hm(r)} | Cập nhật {r.randint(2, 9)} ngày trước",
                          f"{_hm(r)} - {d}/{m}/{y}"]), "dateline")]
    if r.random() < 0.5:
        out.append(Line(r.choice(["Lưu tin | Chia sẻ | In", "Lưu tin", f"{_num(r.randint(120, 48000))} lượt xem"]), "share_widget", "span"))
    return out


def _listing79(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Dự án nổi bật", "DỰ ÁN ĐANG MỞ BÁN", "Nhà đất bán mới đăng"]), "advert", "h4")]
    for p in r.sample(PROJECTS, r.randint(2, 4)):
        out.append(Line(f"{p} - {r.choice(AREAS)} - Giá từ {r.randint(25, 140)} triệu/m²", "advert", "li"))
    return out


def _calc79(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Công cụ tính lãi vay mua nhà", "Dự toán khoản vay", "TÍNH LÃI VAY"]), "price_widget", "h4")]
    out += [Line(x, "price_widget", "label") for x in r.sample(["Số tiền vay (VNĐ)", "Thời hạn vay (năm)", "Lãi suất (%/năm)",
                                                                 "Ngày giải ngân"], 3)]
    out.append(Line(r.choice(["Tính lịch trả nợ", "Xem kết quả", "Tính toán"]), "price_widget", "button"))
    return out


def _rates79(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Lãi suất cho vay mua nhà", "Lãi suất ưu đãi tháng này"]), "price_widget", "h4")]
    out += [Line(f"{b}: {r.randint(55, 99) / 10:.1f}%".replace(".", ","), "price_widget", "td") for b in r.sample(BANKS, 3)]
    return out


def _areaprice79(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Giá nhà đất khu vực", "Bảng giá căn hộ tham khảo"]), "price_widget", "h4")]
    for a in r.sample(AREAS, 3):
        lo = r.randint(30, 120)
        out.append(Line(f"{a}: {lo} - {lo + r.randint(10, 80)} triệu/m²", "price_widget", "td"))
    return out


def _broker79(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Liên hệ môi giới", "Chuyên viên tư vấn"]), "advert", "h4"),
           Line(f"{r.choice(['Môi giới', 'Tư vấn viên', 'Chuyên viên'])}: {person(r)}", "advert"),
           Line(f"{r.choice(['Điện thoại', 'Zalo', 'Hotline'])}: {phone(r)}", "advert")]
    if r.random() < 0.5:
        out.append(Line(r.choice(["Gọi ngay", "Yêu cầu gọi lại", "Nhận bảng giá"]), "advert", "button"))
    return out


def _tail79(r: random.Random) -> list[Line]:
    a, b = person(r), person(r)
    by = Line(r.choice([a, f"{a} - {b}", "Nhóm PV Bất động sản", f"{a} (t/h)", person(r, caps=True)]), "byline")
    src = Line(r.choice(["Nguồn: Bộ Xây dựng", f"Theo Sở Xây dựng {r.choice(CITIES)}", "Nguồn: Hội Môi giới BĐS",
                         "(Tổng hợp từ báo cáo thị trường quý)"]), "source")
    tags = Line(" ".join("#" + w for w in r.sample(["batdongsan", "chungcu", "datnen", "laisuat", "nhaoxahoi", "phaply",
                                                    "quyhoach"], 3)), "tags")
    lines = [by, src, tags]
    r.shuffle(lines) if r.random() < 0.3 else None
    if r.random() < 0.3:
        lines.pop(r.randrange(len(lines)))
    lines.append(Line(r.choice(["Chia sẻ Facebook Zalo", "Lưu bài viết", "Gửi cho bạn bè"]), "share_widget"))
    if r.random() < 0.6:
        lines += [Line(x, "comment_prompt") for x in r.choice([[f"Bình luận ({r.randint(0, 60)})", "Đăng nhập để bình luận"],
                                                                ["Ý kiến của bạn", "Gửi bình luận"]])]
    lines += _related(r, 79, ["Tin cùng chuyên mục", "Tin mới đăng", "Bài viết liên quan", "CÓ THỂ BẠN QUAN TÂM"])
    return lines


def _foot79(r: random.Random) -> list[Line]:
    year = r.randint(2012, 2024)
    out = [Line(f"{SITE_NAMES[79]} - Chuyên trang của Tạp chí Xây dựng và Đô thị", "footer"),
           Line(f"Giấy phép số {r.randint(10, 99)}/GP-TTĐT do Sở TT&TT {r.choice(['Hà Nội', 'TP.HCM'])} cấp ngày {date(r)}", "footer"),
           Line(f"Chịu trách nhiệm nội dung: {person(r)}", "footer"),
           Line(f"Văn phòng: Tầng {r.randint(2, 18)}, số {r.randint(1, 300)} {r.choice(STREETS)}, {r.choice(CITIES)}", "footer"),
           Line(f"Hotline quảng cáo: {phone(r)}", "footer"),
           Line(r.choice([f"Copyright © {year} {OUTLETS[79]}", f"© {year} Bản quyền thuộc về {SITE_NAMES[79]}"]), "footer")]
    return _drop(r, out, 0.3)


def _trap79_projects(r: random.Random) -> Trap:
    intro = r.choice(["Danh sách dự án đủ điều kiện bán nhà ở hình thành trong tương lai trong quý gồm:",
                      "Các dự án được chấp thuận chủ trương đầu tư đợt này:", "Sở Xây dựng công bố các dự án sau:"])
    items = [f"Dự án {p}, phường {r.choice(GIVEN)} {r.choice(GIVEN)}, {r.choice(AREAS)} ({r.randint(80, 1200)} căn)"
             for p in r.sample(PROJECTS, r.randint(2, 4))]
    return [_c(intro)] + [_c(x, "li") for x in items], "mid"


def _trap79_prices(r: random.Random) -> Trap:
    intro = r.choice(["Giá căn hộ sơ cấp trung bình theo khu vực trong quý:", "Mức giá rao bán phổ biến hiện nay:",
                      "Khảo sát của phóng viên cho thấy giá đất nền tại các khu vực như sau:"])
    rows = []
    for a in r.sample(AREAS, r.randint(2, 4)):
        lo = r.randint(30, 120)
        rows.append(r.choice([f"{a}: {lo} - {lo + r.randint(10, 80)} triệu/m²",
                              f"{a}: {lo} triệu đồng/m², {r.choice(['tăng', 'giảm'])} {r.randint(1, 12)}%"]))
    tag = r.choice(["td", "li", "p"])
    return [_c(intro)] + [_c(x, tag) for x in rows], "mid"


def _trap79_rates(r: random.Random) -> Trap:
    intro = r.choice(["Lãi suất cho vay mua nhà của một số ngân hàng tháng này:", "Mức lãi suất ưu đãi năm đầu hiện nay:"])
    rows = [f"{b}: {r.randint(55, 99) / 10:.1f}%".replace(".", ",") + r.choice(["", f"/năm, cố định {r.choice([6, 12, 24])} tháng đầu"])
            for b in r.sample(BANKS, r.randint(2, 4))]
    return [_c(intro)] + [_c(x, r.choice(["td", "li"])) for x in rows], "mid"


def _trap79_loan(r: random.Random) -> Trap:
    amount, years, rate = r.choice([1, 1.5, 2, 2.5, 3]), r.choice([15, 20, 25]), r.randint(80, 115) / 10
    first = amount * 1000 / (years * 12) + amount * 1000 * rate / 100 / 12
    amt = f"{amount:g}".replace(".", ",")
    rows = [f"Số tiền vay: {amt} tỷ đồng", f"Thời hạn vay: {years} năm", f"Lãi suất thả nổi: {rate:.1f}%/năm".replace(".", ","),
            f"Tiền trả tháng đầu: khoảng {first:.1f} triệu đồng".replace(".", ",")]
    return [_c(r.choice(["Lấy ví dụ với một khoản vay phổ biến hiện nay:", "Một trường hợp cụ thể được chuyên gia tính toán:"]))] + \
        [_c(x) for x in rows], "mid"


def _trap79_steps(r: random.Random) -> Trap:
    steps = ["Yêu cầu chủ đầu tư cung cấp giấy phép xây dựng và quyết định giao đất.",
             "Kiểm tra dự án đã được ngân hàng bảo lãnh nghĩa vụ tài chính hay chưa.",
             "Đối chiếu thông tin dự án trên cổng thông tin của Sở Xây dựng.",
             "Chỉ đặt cọc khi hợp đồng ghi rõ tiến độ bàn giao và mức phạt chậm"]
    k = r.randint(2, 4)
    fmt = r.choice(["Bước {i}: {s}", "{i}. {s}", "Thứ {w}, {s2}"])
    words = ["nhất", "hai", "ba", "tư"]
    out = [_c(r.choice(["Để kiểm tra pháp lý trước khi xuống tiền, người mua nên:", "Luật sư khuyên người mua làm theo các bước sau:"]))]
    for i, s in enumerate(steps[:k], 1):
        out.append(_c(fmt.format(i=i, s=s, w=words[i - 1], s2=s[0].lower() + s[1:])))
    return out, "mid"


def _trap79_addr(r: random.Random) -> Trap:
    intro = r.choice(["Người dân có thể nộp hồ sơ mua nhà ở xã hội tại:", "Địa chỉ tiếp nhận hồ sơ đăng ký:"])
    rows = [f"Ban quản lý dự án {p}, số {r.randint(1, 300)} {r.choice(STREETS)}, {r.choice(CITIES)}" +
            r.choice(["", f", điện thoại {phone(r)}"]) for p in r.sample(PROJECTS, r.randint(1, 3))]
    return [_c(intro)] + [_c(x, r.choice(["li", "p"])) for x in rows], "end"


def _trap79_quote(r: random.Random) -> Trap:
    q = r.choice(["“Người mua ở thực giờ rất thận trọng, họ chỉ xuống tiền khi pháp lý dự án rõ ràng”",
                  "“Lãi suất chỉ cần giảm thêm một điểm phần trăm, thanh khoản sẽ cải thiện rõ rệt”",
                  "“Nguồn cung căn hộ vừa túi tiền gần như không còn ở khu vực nội thành”"])
    who = r.choice([f"— {_cap(_honorific(r))}, Tổng giám đốc một sàn môi giới tại TP.HCM",
                    f"Luật sư {person(r)}, Đoàn Luật sư {r.choice(CITIES)}", f"TS. {person(r)}, chuyên gia kinh tế"])
    return [_c(q, "quote"), _c(who, "cite")], "mid"


def _trap79_theo(r: random.Random) -> Trap:
    return [_c(r.choice([
        f"Theo ông {person(r)}, Phó chủ tịch Hiệp hội Bất động sản {r.choice(CITIES)}, thị trường đang phục hồi chậm nhưng chắc.",
        f"Theo số liệu của Sở Xây dựng, trong quý chỉ có {r.randint(2, 9)} dự án đủ điều kiện mở bán.",
        "Theo quy định tại Luật Kinh doanh bất động sản, chủ đầu tư chỉ được thu tiền đặt cọc không quá 5% giá bán.",
        f"Theo khảo sát của một đơn vị nghiên cứu, {r.randint(40, 80)}% người mua nhà phải vay ngân hàng."]))], "mid"


def _trap79_sub(r: random.Random) -> Trap:
    return [_c(r.choice(["Nguồn cung khan hiếm", "Lãi suất vẫn là rào cản", "Pháp lý: điểm nghẽn lớn nhất",
                         "Người mua ở thực chiếm ưu thế", "Giá thuê tăng theo", "Doanh nghiệp xoay xở thế nào?"]), "h2")], "sub"


def _trap79_close(r: random.Random) -> Trap:
    return [_c(r.choice(["Dự kiến dự án sẽ bàn giao nhà cho cư dân vào cuối năm sau",
                         "Người mua cần tìm hiểu kỹ trước khi đặt cọc",
                         f"Hạn chót nhận hồ sơ là ngày {'/'.join(map(str, _dm(r)))}"]))], "close"


# -- family 80: heritage, religion and culture, travel ---------------------------------------------


def _head80(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Tiếng Việt | English", "VI | EN", "Tiếng Việt · English · 中文"]), "menu", "top")]
    items = r.sample(["Di sản", "Lễ hội", "Tín ngưỡng", "Làng nghề", "Điểm đến", "Ẩm thực vùng miền", "Cẩm nang",
                      "Ảnh đẹp", "Video", "Tour giá tốt", "Kiến trúc cổ", "Nhân vật"], r.randint(6, 9))
    out += [Line(x, "menu", "li") for x in items] if r.random() < 0.6 else [Line(" / ".join(items), "menu", "nav")]
    a, b = r.sample(["Điểm đến", "Di sản", "Lễ hội", "Miền Bắc", "Miền Trung", "Miền Nam", "Tây Nguyên"], 2)
    out.append(Line(r.choice([f"Trang chủ › {a} › {b}", f"{a} › {b}", f"Trang nhất - {a}"]), "breadcrumb"))
    return out


def _meta80(r: random.Random) -> list[Line]:
    d, m = _dm(r)
    y = r.randint(2012, 2024)
    out = [Line(r.choice([f"Ngày đăng: {d:02d}/{m:02d}/{y}", f"{d} tháng {m}, {y}", f"{_hm(r)}, {d}/{m}/{y}"]), "dateline")]
    if r.random() < 0.4:
        out.insert(0, Line(r.choice([f"Bài: {person(r)} - Ảnh: {person(r)}", f"Ghi chép của {person(r)}"]), "byline"))
    return out


SERIES80 = ["Người giữ hồn làng cổ", "Những mái đình còn lại", "Hồi sinh lễ hội trăm năm", "Đánh thức làng nghề",
            "Dấu xưa trên đất võ"]


def _gallery80(r: random.Random) -> list[Line]:
    who = person(r)
    return [Line(r.choice([f"Ảnh: {who}", f"Ảnh: {who}/TTXVN", f"Bộ ảnh: {who}", f"Ảnh tư liệu: Bảo tàng tỉnh {r.choice(PROVINCES)}",
                           f"Photo: {who}"]), "byline", "figcaption")]


def _tour80(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["TOUR HOT", "Tour giá tốt tháng này", "Gợi ý hành trình trọn gói"]), "advert", "h4")]
    for t in r.sample(TOURS, r.randint(2, 3)):
        n = r.randint(2, 5)
        out.append(Line(f"Tour {t} {n} ngày {n - 1} đêm: {_num(r.randint(19, 99) * 100000)}đ", "advert", "li"))
    out.append(Line(r.choice([f"Đặt tour: {phone(r)}", "Xem tất cả tour", f"Hotline đặt chỗ {phone(r)}"]), "advert", "a"))
    return out


def _booking80(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Đặt phòng khách sạn", "Tìm khách sạn giá tốt", "Đặt vé & phòng"]), "advert", "h4")]
    out += [Line(x, "advert", "label") for x in r.sample(["Nơi đến", "Ngày nhận phòng", "Ngày trả phòng", "Số khách"], 3)]
    out.append(Line(r.choice(["Tìm kiếm", "Tìm phòng", "Kiểm tra giá"]), "advert", "button"))
    return out


def _weather80(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Thời tiết điểm đến", "Thời tiết du lịch"]), "weather_widget", "h4")]
    for c in r.sample(["Sa Pa", "Đà Lạt", "Hội An", "Hạ Long", "Phú Quốc", "Mộc Châu", "Huế"], r.randint(2, 3)):
        lo = r.randint(10, 27)
        out.append(Line(f"{c}: {lo}-{lo + r.randint(3, 9)}°C, {r.choice(['nắng đẹp', 'sương mù', 'mưa nhẹ', 'nhiều mây'])}",
                        "weather_widget", "li"))
    return out


def _tail80(r: random.Random) -> list[Line]:
    a, b = person(r), person(r)
    by = Line(r.choice([f"Bài: {a} - Ảnh: {b}", f"{a} (Hội Di sản Văn hóa tỉnh {r.choice(PROVINCES)})", a,
                        f"Ghi chép: {a}", f"{person(r, caps=True)}"]), "byline")
    src = Line(r.choice(["Nguồn: Cục Di sản văn hóa", f"Tư liệu: Bảo tàng tỉnh {r.choice(PROVINCES)}",
                         "(Theo Tạp chí Văn hóa Nghệ thuật)", "Nguồn: Tổng cục Du lịch"]), "source")
    tags = Line(r.choice(["Chủ đề: ", "Tags: "]) + ", ".join(
        r.sample(["di sản", "lễ hội", "du lịch tâm linh", "làng nghề", "ẩm thực", "đình làng", "chùa cổ", "phượt"], 3)), "tags")
    lines = [by, src, tags] if r.random() < 0.5 else [src, by, tags]
    if r.random() < 0.4:
        part = r.choice(SERIES80)
        lines.insert(r.randint(0, 1), Line(r.choice([f"Kỳ {r.randint(2, 4)}: {part}", "(Còn nữa)", f"Đón đọc kỳ cuối: {part}",
                                                     "Mời quý độc giả đón đọc kỳ tiếp theo"]), "continuation"))
    if r.random() < 0.3:
        lines.pop(r.randrange(len(lines)))
    lines.append(Line(r.choice(["Chia sẻ bài viết", f"Thích trang {SITE_NAMES[80]}", "Chia sẻ lên Facebook · Pinterest"]),
                      "share_widget"))
    if r.random() < 0.5:
        lines += [Line(x, "comment_prompt") for x in r.choice([["Cảm nhận của bạn về điểm đến này?", "Gửi cảm nhận"],
                                                                ["Bình luận", "Chưa có bình luận nào"]])]
    lines += _related(r, 80, ["Điểm đến gợi ý", "Cùng chuyên mục", "Bài viết khác", "ĐỌC THÊM"])
    return lines


def _foot80(r: random.Random) -> list[Line]:
    year = r.randint(2010, 2024)
    out = [Line(f"{SITE_NAMES[80]} - Cơ quan của Hội Văn nghệ dân gian {r.choice(PROVINCES)}", "footer"),
           Line(f"Giấy phép hoạt động tạp chí điện tử số {r.randint(100, 999)}/GP-BTTTT", "footer"),
           Line(f"Tổng biên tập: {person(r)}", "footer"),
           Line(f"Trụ sở: {r.randint(1, 200)} {r.choice(STREETS)}, {r.choice(CITIES)}", "footer"),
           Line(f"Liên hệ quảng cáo: {phone(r)}", "footer"),
           Line(r.choice([f"© {year} {OUTLETS[80]}", f"Copyright {year} {SITE_NAMES[80]}. Ghi rõ nguồn khi trích dẫn"]), "footer")]
    return _drop(r, out, 0.3)


def _trap80_itinerary(r: random.Random) -> Trap:
    days = ["Hà Nội - Ninh Bình, thăm Tràng An và chùa Bái Đính", "Tham quan cố đô Hoa Lư, chiều đạp xe Tam Cốc",
            "Leo núi Múa ngắm toàn cảnh, trở về Hà Nội", "Đi thuyền trên sông Hương, thăm lăng Tự Đức",
            "Khám phá phố cổ Hội An, tối thả đèn hoa đăng", "Chợ phiên Đồng Văn, dốc Thẩm Mã"]
    k = r.randint(2, 3)
    intro = r.choice(["Lịch trình gợi ý cho chuyến đi ngắn ngày:", "Nếu có ít thời gian, du khách có thể tham khảo hành trình:"])
    return [_c(intro)] + [_c(f"Ngày {i}: {s}", r.choice(["li", "p"])) for i, s in enumerate(r.sample(days, k), 1)], "mid"


def _trap80_festival(r: random.Random) -> Trap:
    d, m = r.randint(1, 20), r.randint(1, 3)
    acts = ["Lễ rước kiệu từ đình làng ra miếu", "Lễ tế Thành hoàng làng", "Hội thi nấu cơm cổ truyền",
            "Hát quan họ trên thuyền", "Lễ dâng hương tưởng niệm", "Đấu vật, kéo co, đánh đu"]
    rows = [f"{h}h{r.choice(['00', '30'])} ngày {d + i}/{m}: {a}" for i, (h, a) in
            enumerate(zip(sorted(r.sample(range(6, 20), 4)), r.sample(acts, 4), strict=False))]
    intro = r.choice(["Chương trình chính của lễ hội năm nay:", "Lịch các hoạt động chính:"])
    return [_c(intro)] + [_c(x, r.choice(["li", "td"])) for x in rows[: r.randint(2, 4)]], "mid"


def _trap80_tickets(r: random.Random) -> Trap:
    adult = r.choice([40, 50, 100, 150, 200]) * 1000
    rows = [f"Người lớn: {_num(adult)} đồng/lượt", f"Trẻ em từ 7 đến 15 tuổi: {_num(adult // 2)} đồng/lượt",
            "Người cao tuổi, người khuyết tật: giảm 50%", f"Xe điện nội khu: {_num(r.choice([20, 30, 50]) * 1000)} đồng/người"]
    return [_c(r.choice(["Giá vé tham quan hiện nay:", "Bảng giá vé áp dụng từ đầu năm:"]))] + \
        [_c(x, r.choice(["li", "td"])) for x in rows[: r.randint(2, 4)]], "mid"


def _trap80_verse(r: random.Random) -> Trap:
    pairs = [("Đường vô xứ Nghệ quanh quanh", "Non xanh nước biếc như tranh họa đồ"),
             ("Gió đưa cành trúc la đà", "Tiếng chuông Trấn Vũ canh gà Thọ Xương"),
             ("Dù ai đi ngược về xuôi", "Nhớ ngày giỗ Tổ mùng mười tháng ba"),
             ("Đồng Đăng có phố Kỳ Lừa", "Có nàng Tô Thị, có chùa Tam Thanh"),
             ("Rủ nhau xem cảnh Kiếm Hồ", "Xem cầu Thê Húc, xem chùa Ngọc Sơn")]
    a, b = r.choice(pairs)
    intro = r.choice(["Câu ca dao xưa vẫn được người dân nơi đây nhắc lại:", "Người già trong làng vẫn đọc cho con cháu nghe:"])
    return [_c(intro), _c(a, "verse"), _c(b, "verse")], "mid"


def _trap80_tips(r: random.Random) -> Trap:
    items = r.sample(["Mặc trang phục kín đáo, lịch sự khi vào đền, chùa", "Không xả rác, không khắc vẽ lên di tích",
                      "Nên đi vào sáng sớm để tránh nắng", "Thuê hướng dẫn viên tại chỗ để hiểu thêm về lịch sử",
                      "Mang theo áo mưa vì thời tiết thay đổi thất thường", "Không đặt tiền lẻ lên tượng thờ"], r.randint(2, 4))
    return [_c(r.choice(["Một số lưu ý khi đến tham quan:", "Du khách cần nhớ:"]))] + [_c(x, "li") for x in items], "end"


def _trap80_quote(r: random.Random) -> Trap:
    q = r.choice(["“Nghề này phải giữ bằng cả cái tâm, chứ làm vì tiền thì không ai theo nổi”",
                  "“Mỗi mùa lễ hội, con cháu đi xa đều tìm về, làng lại đông vui như Tết”",
                  "“Tôi đã đi nhiều nơi nhưng chưa thấy ngôi chùa nào yên bình đến thế”"])
    who = r.choice([f"— Nghệ nhân {person(r)}, làng gốm {r.choice(GIVEN)} {r.choice(GIVEN)}",
                    f"Cụ {person(r)}, thủ từ đền làng", f"(Chị {person(r)}, du khách đến từ {r.choice(CITIES)})"])
    return [_c(q, "quote"), _c(who, "cite")], "mid"


def _trap80_theo(r: random.Random) -> Trap:
    return [_c(r.choice([
        "Theo truyền thuyết, ngôi đền được lập để thờ vị tướng có công đánh giặc giữ làng.",
        f"Theo các nhà nghiên cứu, đình được dựng vào khoảng thế kỷ XVII và trùng tu lớn năm {r.randint(1850, 1940)}.",
        f"Theo ông {person(r)}, Giám đốc Bảo tàng tỉnh, di tích đang được lập hồ sơ đề nghị xếp hạng quốc gia đặc biệt.",
        f"Theo sử sách, làng nghề đã có từ hơn {r.randint(3, 7)} thế kỷ trước."]))], "mid"


def _trap80_sub(r: random.Random) -> Trap:
    return [_c(r.choice(["Dấu ấn nghìn năm", "Giữ lửa nghề truyền thống", "Đến mùa lễ hội", "Những lưu ý cho du khách",
                         "Món ngon phải thử", "Hồi sinh một di sản"]), "h2")], "sub"


def _trap80_close(r: random.Random) -> Trap:
    return [_c(r.choice(["Lễ hội sẽ kéo dài đến hết rằm tháng Giêng",
                         "Và tiếng chuông chùa vẫn ngân nga mỗi chiều như thế",
                         "Hẹn gặp lại du khách vào mùa hoa năm sau"]))], "close"


# -- family 81: technology and telecom ------------------------------------------------------------


def _head81(r: random.Random) -> list[Line]:
    out = []
    if r.random() < 0.6:
        out.append(Line(r.choice([f"Tải app {SITE_NAMES[81]}", "Đọc nhanh hơn trên ứng dụng", "Mở trong ứng dụng"]),
                        "share_widget", "top"))
    items = r.sample(["Điện thoại", "Máy tính", "Viễn thông", "5G", "Ứng dụng", "Thủ thuật", "Đánh giá", "So sánh", "Game",
                      "Bảo mật", "AI", "Khuyến mãi", "Xe điện"], r.randint(7, 10))
    out += [Line(x, "menu", "li") for x in items]
    a, b = r.sample(["Đánh giá", "Điện thoại", "Thủ thuật", "Viễn thông", "Bảo mật", "Sản phẩm mới"], 2)
    out.append(Line(r.choice([f"Trang chủ / {a} / {b}", f"{a} > {b}", f"Home › {a}"]), "breadcrumb"))
    return out


def _meta81(r: random.Random) -> list[Line]:
    d, m = _dm(r)
    y = r.randint(2014, 2024)
    out = [Line(r.choice([f"{_hm(r)} | {d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y} {_hm(r)} GMT+7", f"Đăng ngày {d}/{m}/{y}"]),
                "dateline")]
    extra = [Line(f"{r.randint(0, 320)} bình luận", "comment_prompt", "span"),
             Line(f"{_num(r.randint(300, 90000))} lượt xem", "share_widget", "span")]
    return out + [x for x in extra if r.random() < 0.6]


def _specbox81(r: random.Random) -> list[Line]:
    out = [Line(r.choice([f"Thông số {r.choice(PHONES)}", "THÔNG SỐ MÁY", "Cấu hình nhanh"]), "price_widget", "h4")]
    out += [Line(x, "price_widget", "td") for x in _spec_rows(r)]
    return out


def _affiliate81(r: random.Random) -> list[Line]:
    model = r.choice(PHONES)
    out = [Line(r.choice(["Giá tham khảo", "So sánh giá", "Nơi bán giá tốt"]), "price_widget", "h4")]
    base = r.randint(59, 299) * 100000
    for s in r.sample(SHOPS, r.randint(2, 3)):
        gb = r.choice([128, 256, 512])
        price = base + {128: 0, 256: 3000000, 512: 7000000}[gb] - r.randint(0, 12) * 100000
        out.append(Line(f"{model} {gb}GB - {_num(price)}đ tại {s}", "price_widget", "li"))
    out.append(Line(r.choice(["Mua ngay", "Xem thêm nơi bán", "Nhận thông báo giảm giá"]), "price_widget", "button"))
    return out


def _compare81(r: random.Random) -> list[Line]:
    a, b, c = r.sample(PHONES, 3)
    out = [Line(r.choice(["So sánh nhanh", "So sánh với", "SO SÁNH SẢN PHẨM"]), "related_links", "h4")]
    out += [Line(x, "related_links", "li") for x in [f"{a} vs {b}", f"{a} vs {c}", f"{b} hay {c}: chọn máy nào?"][: r.randint(2, 3)]]
    return out


def _app81(r: random.Random) -> list[Line]:
    out = [Line(r.choice([f"Tải ứng dụng {SITE_NAMES[81]} trên App Store và Google Play", "Quét mã QR để tải app",
                          "Nhận thông báo tin công nghệ nóng nhất"]), "share_widget")]
    if r.random() < 0.5:
        out.append(Line(r.choice(["Tải về", "Bật thông báo", "Để sau"]), "share_widget", "button"))
    return out


def _tail81(r: random.Random) -> list[Line]:
    a = person(r)
    by = Line(r.choice([a, f"{a} (theo GSMArena)", f"{a} - Ảnh: {person(r)}", f"Bài: {a}", f"{a} tổng hợp"]), "byline")
    src = Line(r.choice(["Nguồn: The Verge", "Theo Android Authority", "(Theo Engadget, 9to5Mac)", "Nguồn tin: Cục Viễn thông"]),
               "source")
    tags = Line(" ".join("#" + w for w in r.sample(["smartphone", "5G", "Android", "iOS", "baomat", "eSIM", "AI", "laptop",
                                                    "danhgia"], r.randint(2, 4))), "tags")
    lines = [by, src] if r.random() < 0.6 else [src, by]
    if r.random() < 0.3:
        lines.pop(r.randrange(len(lines)))
    lines += [tags, Line(r.choice(["Chia sẻ | Lưu | Báo lỗi", "Chia sẻ bài viết", "Sao chép liên kết"]), "share_widget")]
    lines += [Line(x, "comment_prompt") for x in r.choice([[f"Bình luận ({r.randint(0, 320)})", "Viết bình luận...",
                                                            "Xem thêm bình luận"],
                                                           ["Thảo luận", "Đăng nhập để tham gia thảo luận"],
                                                           [f"{r.randint(1, 99)} ý kiến", "Sắp xếp: Hay nhất"]])]
    lines += _related(r, 81, ["Bài viết cùng chủ đề", "Tin công nghệ khác", "ĐỪNG BỎ LỠ", "Nổi bật"])
    return lines


def _foot81(r: random.Random) -> list[Line]:
    year = r.randint(2016, 2024)
    out = [Line(f"{SITE_NAMES[81]} - Trang tin công nghệ và viễn thông", "footer"),
           Line(f"Giấy phép thiết lập trang thông tin điện tử tổng hợp số {r.randint(10, 499)}/GP-TTĐT cấp ngày {date(r)}", "footer"),
           Line(f"Chịu trách nhiệm nội dung: {person(r)}", "footer"),
           Line(f"Địa chỉ: Tầng {r.randint(3, 21)}, tòa nhà {r.choice(['Sao Đỏ', 'Hà Thành', 'Nam Việt'])}, {r.choice(STREETS)}, "
                f"{r.choice(CITIES)}", "footer"),
           Line(f"Liên hệ quảng cáo: ads@{OUTLETS[81]}", "footer"),
           Line(r.choice([f"© {year} {SITE_NAMES[81]}. All rights reserved.", f"Copyright © {year} {OUTLETS[81]}"]), "footer")]
    if r.random() < 0.5:
        out.insert(0, Line(" | ".join(r.sample(["Giới thiệu", "Điều khoản sử dụng", "Chính sách bảo mật", "Liên hệ", "Tuyển dụng"],
                                               3)), "menu", "nav"))
    return _drop(r, out, 0.3)


def _trap81_specs(r: random.Random) -> Trap:
    intro = r.choice([f"Thông số kỹ thuật chính của {r.choice(PHONES)}:", "Cấu hình của máy như sau:",
                      "Một số thông số đáng chú ý:"])
    return [_c(intro)] + [_c(x, r.choice(["li", "td", "p"])) for x in _spec_rows(r)[: r.randint(2, 4)]], "mid"


def _trap81_prices(r: random.Random) -> Trap:
    model, base = r.choice(PHONES), r.randint(59, 299) * 100000
    sizes = sorted(r.sample([128, 256, 512, 1024], r.randint(2, 3)))
    rows = [f"{model} {gb} GB: {_num(base + i * r.choice([3, 4, 5]) * 1000000)} đồng" for i, gb in enumerate(sizes)]
    intro = r.choice(["Giá bán chính thức tại Việt Nam như sau:", "Hãng công bố giá cho từng phiên bản:"])
    return [_c(intro)] + [_c(x, r.choice(["li", "td"])) for x in rows], "mid"


def _trap81_steps(r: random.Random) -> Trap:
    procs = [("Để chuyển sang eSIM, thuê bao thực hiện các bước sau:",
              ["Mở ứng dụng của nhà mạng, chọn mục Đổi sang eSIM.", "Xác thực bằng ảnh chân dung và căn cước.",
               "Quét mã QR được gửi về email để kích hoạt.", "Khởi động lại máy"]),
             ("Cách bật tính năng gọi qua Wi-Fi:",
              ["Vào Cài đặt, chọn Mạng di động.", "Bật mục Cuộc gọi Wi-Fi.", "Xác nhận địa chỉ khẩn cấp nếu được hỏi."]),
             ("Người dùng nên làm ngay những việc sau để bảo vệ tài khoản:",
              ["Đổi mật khẩu và bật xác thực hai lớp.", "Gỡ các ứng dụng không rõ nguồn gốc.",
               "Kiểm tra danh sách thiết bị đã đăng nhập."])]
    intro, steps = r.choice(procs)
    fmt = r.choice(["Bước {i}: {s}", "{i}. {s}", "{i}) {s}"])
    return [_c(intro)] + [_c(fmt.format(i=i, s=s)) for i, s in enumerate(steps[: r.randint(2, len(steps))], 1)], "mid"


def _trap81_hotlines(r: random.Random) -> Trap:
    intro = r.choice(["Khách hàng cần hỗ trợ có thể gọi tổng đài của các nhà mạng:", "Số tổng đài chăm sóc khách hàng:"])
    rows = [f"{c}: {phone(r)}" for c in r.sample(["Viettel", "VinaPhone", "MobiFone", "Vietnamobile", "iTel"], r.randint(2, 4))]
    return [_c(intro)] + [_c(x, r.choice(["li", "p"])) for x in rows], r.choice(["mid", "end"])


def _trap81_apps(r: random.Random) -> Trap:
    intro = r.choice(["Các ứng dụng bị gỡ khỏi kho vì chứa mã độc gồm:", "Người dùng nên xóa ngay các ứng dụng sau:"])
    items = r.sample(["Super Cleaner Lite", "QR Scan Master", "Photo Editor Pro 2024", "Battery Saver Fast", "PDF Reader Easy",
                      "Flash Light Plus", "Wallpaper HD Free"], r.randint(2, 4))
    return [_c(intro)] + [_c(x, "li") for x in items], "mid"


def _trap81_upgrades(r: random.Random) -> Trap:
    items = r.sample(["Cảm biến chính lớn hơn 20%", "Khung viền titan thay cho nhôm", "Sạc không dây 15 W",
                      "Nút chụp ảnh riêng ở cạnh phải", "Màn hình sáng tối đa 2.600 nit"], r.randint(2, 3))
    intro = r.choice([f"So với thế hệ trước, {r.choice(PHONES)} có những nâng cấp đáng chú ý:",
                      "Những thay đổi đáng giá nhất:"])
    return [_c(intro)] + [_c(x, "li") for x in items], "mid"


def _trap81_quote(r: random.Random) -> Trap:
    q = r.choice(["“Chúng tôi đặt mục tiêu phủ sóng 5G toàn bộ khu công nghiệp trong năm nay”",
                  "“Người dùng phổ thông khó nhận ra khác biệt giữa hai con chip trong tác vụ hằng ngày”",
                  "“Phần lớn vụ lừa đảo bắt đầu từ một đường link gửi qua tin nhắn”"])
    who = r.choice([f"{_cap(_honorific(r))}, Giám đốc kỹ thuật của nhà mạng", f"— Chuyên gia bảo mật {person(r)}",
                    f"{person(r)} (Trưởng phòng sản phẩm)"])
    return [_c(q, "quote"), _c(who, "cite")], "mid"


def _trap81_theo(r: random.Random) -> Trap:
    return [_c(r.choice([
        f"Theo Cục Viễn thông, cả nước hiện còn khoảng {r.randint(2, 9)} triệu thuê bao chỉ dùng điện thoại 2G.",
        f"Theo đại diện hãng, máy sẽ được cập nhật phần mềm trong {r.randint(4, 7)} năm.",
        f"Theo ông {person(r)}, chuyên gia bảo mật, người dùng không nên cài ứng dụng từ nguồn lạ.",
        f"Theo kết quả đo của chúng tôi, tốc độ tải xuống trung bình đạt {r.randint(120, 900)} Mbps."]))], "mid"


def _trap81_sub(r: random.Random) -> Trap:
    return [_c(r.choice(["Thiết kế", "Hiệu năng", "Thời lượng pin", "Có nên mua?", "Camera: cải tiến rõ rệt",
                         "Màn hình sáng hơn", "Điểm trừ"]), "h2")], "sub"


def _trap81_close(r: random.Random) -> Trap:
    d, m = _dm(r)
    return [_c(r.choice([f"Máy được bán ra từ ngày {d}/{m}", "Bản cập nhật sẽ đến với người dùng trong vài tuần tới",
                         "Người dùng có thể đăng ký trải nghiệm tại các cửa hàng của nhà mạng"]))], "close"


# -- assembly -------------------------------------------------------------------------------------


def _drop(r: random.Random, lines: list[Line], p: float) -> list[Line]:
    """Not every page has every line of a block: one may go (never a header)."""
    if len(lines) > 2 and r.random() < p:
        i = r.randrange(len(lines))
        if lines[i].tag not in ("h3", "h4"):
            lines = lines[:i] + lines[i + 1:]
    return lines


SITES: dict[int, dict] = {
    78: {"head": _head78, "meta": _meta78, "tail": _tail78, "foot": _foot78,
         "inbody": [_hotline_box78, _prices78, lambda r: _related(r, 78, ["Kỹ thuật liên quan", "Bà con quan tâm"], (2, 3))],
         "side": [_prices78, _calendar78, _hotline_box78,
                  lambda r: _related(r, 78, ["Đọc nhiều", "Tin nổi bật", "Xem nhiều nhất"], (3, 5))],
         "traps": [_trap78_prices, _trap78_calendar, _trap78_hotlines, _trap78_ocop, _trap78_steps, _trap78_qa,
                   _trap78_quote, _trap78_theo, _trap78_sub, _trap78_close], "shaped": 4},
    79: {"head": _head79, "meta": _meta79, "tail": _tail79, "foot": _foot79,
         "inbody": [_listing79, _calc79, _broker79, lambda r: _related(r, 79, ["Tin liên quan", "Đọc thêm"], (2, 3))],
         "side": [_areaprice79, _rates79, _calc79, _listing79, _broker79,
                  lambda r: _related(r, 79, ["Xem nhiều", "Tin nổi bật trong tuần"], (3, 5))],
         "traps": [_trap79_projects, _trap79_prices, _trap79_rates, _trap79_loan, _trap79_steps, _trap79_addr,
                   _trap79_quote, _trap79_theo, _trap79_sub, _trap79_close], "shaped": 4},
    80: {"head": _head80, "meta": _meta80, "tail": _tail80, "foot": _foot80,
         "inbody": [_gallery80, _gallery80, _tour80, lambda r: _related(r, 80, ["Có thể bạn thích", "Cùng hành trình"], (2, 3))],
         "side": [_booking80, _weather80, _tour80,
                  lambda r: _related(r, 80, ["Điểm đến hot", "Được đọc nhiều", "Cẩm nang"], (3, 5))],
         "traps": [_trap80_itinerary, _trap80_festival, _trap80_tickets, _trap80_verse, _trap80_tips, _trap80_quote,
                   _trap80_theo, _trap80_sub, _trap80_close], "shaped": 3},
    81: {"head": _head81, "meta": _meta81, "tail": _tail81, "foot": _foot81,
         "inbody": [_specbox81, _affiliate81, _compare81, _app81,
                    lambda r: _related(r, 81, ["Tin liên quan", "Có thể bạn quan tâm"], (2, 3))],
         "side": [_specbox81, _affiliate81, _compare81,
                  lambda r: _related(r, 81, ["Đọc nhiều", "Mới cập nhật", "Top review"], (3, 5))],
         "traps": [_trap81_specs, _trap81_prices, _trap81_apps, _trap81_hotlines, _trap81_steps, _trap81_upgrades,
                   _trap81_quote, _trap81_theo, _trap81_sub, _trap81_close], "shaped": 4},
}


def _trim(block: list[Line], room: int) -> list[Line]:
    """A list announced by its first line ("...:") keeps its intro and at least two items."""
    if len(block) > 3 and block[0].text.endswith(":") and not any(x.text.endswith(":") for x in block[1:]):
        return block[: max(3, room)]
    return block


def _draw_traps(r: random.Random, pool: list[Callable[[random.Random], Trap]], shaped: int, target: int) -> list[Trap]:
    """Trap blocks until about `target` trap lines. Half the pages open with a trap in the shape of one of
    the family’s own widgets (the first `shaped` of the pool); a list longer than the room left is
    shortened, another block that overshoots by more than one line is redrawn (up to three times)."""
    out: list[Trap] = []
    got = 0
    order = r.sample(pool, len(pool))
    if r.random() < 0.5:
        first = r.choice(pool[:shaped])
        order.remove(first)
        order.append(first)
    while got < target and order:
        lines, where = order.pop()(r)
        lines = _trim(lines, target + 1 - got)
        for _ in range(3):
            if got + len(lines) <= target + 1 or not order:
                break
            lines, where = order.pop()(r)
            lines = _trim(lines, target + 1 - got)
        if got and got + len(lines) > target + 1:
            break
        if len(lines) > 2 and lines[0].text.endswith(":"):  # the items of one list share one element
            for x in lines[2:]:
                if x.tag in ("li", "td", "p") and lines[1].tag in ("li", "td", "p"):
                    x.tag = lines[1].tag
        out.append((lines, where))
        got += len(lines)
    return out


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    """One page of family `fam` around a VNTC article (first line = title, second = sapo)."""
    site = SITES[fam]
    page = Page(fam, OUTLETS[fam])
    page.head += site["head"](r)
    title, sapo, *paras = article
    n_content = 1 + len(paras)
    # blocks come whole, so the drawn lines overshoot the target a little: aim a bit lower
    target = round(n_content * TRAP_SHARE / (1 - TRAP_SHARE) * r.uniform(0.6, 1.05))
    traps = _draw_traps(r, site["traps"], site["shaped"], target)
    # units: a paragraph or a whole trap block; furniture only goes between units
    units: list[list[Line]] = [[_c(p)] for p in paras]
    closing = [b for b, where in traps if where == "close"]
    for block, where in traps:
        if where == "mid":
            units.insert(r.randint(1, max(1, len(units))), block)
        elif where == "end":
            units.append(block)
        elif where == "sub":  # a sub-heading glued to the paragraph it opens
            paras_at = [i for i, u in enumerate(units) if len(u) == 1 and u[0].tag == "p" and i > 0]
            if paras_at:
                i = r.choice(paras_at)
                units[i] = block + units[i]
            else:
                units.append(block)
    units += closing
    body = [Line(title, "title", "h1")] + site["meta"](r) + [_c(sapo, "sapo")]
    inbody = r.sample(site["inbody"], r.randint(1, 2))
    slots = sorted(r.sample(range(1, len(units) + 1), min(len(inbody), len(units))))
    inline_at = r.randrange(len(units)) if r.random() < 0.6 else -1
    for i, unit in enumerate(units):
        body += unit
        if i == inline_at:
            body.append(_inline(r, fam))
        for s, box in zip(slots, inbody, strict=False):
            if s == i + 1 and i + 1 < len(units):
                body += box(r)
    body += site["tail"](r)
    page.body = body
    side = [b for b in site["side"] if b not in inbody]  # a widget is on the page once
    side = r.sample(side, r.randint(2, min(4, len(side))))
    for box in side:
        page.side += box(r)
    page.foot += site["foot"](r)
    _short_rows_as_list(page.body)
    _dedupe(page)
    return page


def _key(x: Line) -> str:
    return " ".join(x.text.split()).lower()


def _dedupe(page: Page) -> None:
    """Every line's text once on a page (a drawn widget can repeat a wording, or a row of the article's
    own table): a boilerplate line that repeats another line goes, content stays."""
    seen = {_key(x) for x in page.body if x.label in ("content", "title")}
    kept: set[str] = set()
    for zone in (page.head, page.body, page.side, page.foot):
        keep = []
        for x in zone:
            k = _key(x)
            if x.label in ("content", "title"):
                if k not in kept:  # an article that repeats a paragraph keeps it once
                    kept.add(k)
                    keep.append(x)
            elif k and k not in seen:
                seen.add(k)
                keep.append(x)
        zone[:] = keep
    # a boilerplate line inside another line (a headline in two boxes, once with a date) would be
    # found in the output through the longer one: the boilerplate line of the pair goes
    lines = [x for x in page.head + page.body + page.side + page.foot if x.label != "title"]
    drop = set()
    for a in lines:
        ka = _key(a)
        if len(ka.split()) < 4:
            continue
        for b in lines:
            if b is not a and ka in _key(b):
                if a.label != "content":
                    drop.add(id(a))
                elif b.label != "content":
                    drop.add(id(b))
    for zone in (page.head, page.body, page.side, page.foot):
        zone[:] = [x for x in zone if id(x) not in drop]
        # a box header whose items all went goes too
        zone[:] = [x for i, x in enumerate(zone) if x.tag not in ("h3", "h4")
                   or (i + 1 < len(zone) and zone[i + 1].label == x.label and zone[i + 1].tag not in ("h3", "h4"))]


def _short_rows_as_list(lines: list[Line]) -> None:
    """An article table only when every row is a phrase (four words or more); else a list."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].label == "content" and lines[j].tag == "td":
            j += 1
        if j > i and any(len(x.text.split()) < 4 for x in lines[i:j]):
            for x in lines[i:j]:
                x.tag = "li"
        i = max(j, i + 1)


# -- markup ---------------------------------------------------------------------------------------

SKINS = {
    78: {"wrap": "nvtd-wrapper", "article": "div class='detail__content'", "side": "col-right", "box": "nv-box",
         "font": "Roboto", "color": "#2e7d32"},
    79: {"wrap": "npkp-container", "article": "article class='post-detail'", "side": "sidebar-right", "box": "widget",
         "font": "Inter", "color": "#c0392b"},
    80: {"wrap": "htds-page", "article": "article class='story'", "side": "story-aside", "box": "aside-block",
         "font": "Merriweather", "color": "#8d6e63"},
    81: {"wrap": "cs-main", "article": "div class='cs-article__body'", "side": "cs-rail", "box": "cs-widget",
         "font": "Be Vietnam Pro", "color": "#1565c0"},
}


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _href(fam: int, text: str) -> str:
    slug = zlib.crc32(text.encode()) % 10**7
    return f"https://{OUTLETS[fam]}/{ {78: 'tin', 79: 'bai-viet', 80: 'p', 81: 'post'}[fam]}-{slug}.html"


def _groups(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines that render in one block: a widget (same label, a new header starts a new one),
    or a run of content list items / table rows; any other content line is a block of its own."""
    out: list[list[Line]] = []
    for x in lines:
        prev = out[-1][-1] if out else None
        if prev is not None and x.tag not in ("h3", "h4"):
            if x.label in ("content", "title"):
                same = prev.label == "content" and x.tag in ("li", "td") and prev.tag == x.tag
            else:
                same = prev.label == x.label
            if same:
                out[-1].append(x)
                continue
        out.append([x])
    return out


def _list(fam: int, items: list[Line], cls: str, links: bool) -> str:
    def href(x: Line) -> str:
        if x.label == "advert":
            return f"/lien-he-quang-cao?ref={zlib.crc32(x.text.encode()) % 99999}"
        return _href(fam, x.text)

    lis = "".join(f"<li><a href='{href(x)}'>{_esc(x.text)}</a></li>" if links else f"<li>{_esc(x.text)}</li>"
                  for x in items)
    return f"<ul class='{cls}'>{lis}</ul>"


def _table(items: list[Line], cls: str) -> str:
    rows = "".join(f"<tr><td>{_esc(x.text)}</td></tr>" for x in items)
    return f"<table class='{cls}' border='0' cellpadding='4'><tbody>{rows}</tbody></table>"


def _content(fam: int, x: Line) -> str:
    t = _esc(x.text)
    return {"h1": f"<h1 class='article-title'>{t}</h1>",
            "sapo": f"<h2 class='sapo'>{t}</h2>" if fam in (78, 81) else f"<p class='lead'><strong>{t}</strong></p>",
            "h2": f"<h2 class='sub-title'>{t}</h2>" if fam != 80 else f"<h3 class='story-heading'>{t}</h3>",
            "quote": f"<blockquote class='quote'><p>{t}</p></blockquote>",
            "cite": f"<p class='quote-author' style='text-align:right'><em>{t}</em></p>",
            "verse": f"<p class='verse' style='text-align:center'><em>{t}</em></p>",
            }.get(x.tag, f"<p>{t}</p>")


def _widget(fam: int, block: list[Line], where: str) -> str:
    skin = SKINS[fam]
    label = block[0].label
    cls = f"{skin['box']} {skin['box']}--{label.replace('_', '-')}"
    parts, run = [], []

    def flush() -> None:
        if run:
            if run[0].tag == "td":
                parts.append(_table(run, "tbl-widget"))
            else:
                parts.append(_list(fam, run, "list-" + label.replace("_", "-"), links=label in ("related_links", "advert")))
            run.clear()

    for x in block:
        if x.tag in ("li", "td"):
            if run and run[0].tag != x.tag:
                flush()
            run.append(x)
            continue
        flush()
        t = _esc(x.text)
        if x.tag in ("h3", "h4"):
            parts.append(f"<{x.tag} class='box-title'><span>{t}</span></{x.tag}>")
        elif x.tag == "label":
            slug = zlib.crc32(x.text.encode()) % 1000
            parts.append(f"<div class='form-row'><label for='f{slug}'>{t}</label><input id='f{slug}' type='text'></div>")
        elif x.tag == "button":
            parts.append(f"<button type='button' class='btn btn-primary'>{t}</button>")
        elif x.tag == "a":
            parts.append(f"<p class='inline-link'><a href='{_href(fam, x.text)}'><strong>{t}</strong></a></p>")
        elif x.tag == "figcaption":
            img = f"https://cdn.{OUTLETS[fam]}/images/{zlib.crc32(x.text.encode()) % 10**6}.jpg"
            parts.append(f"<figure class='gallery-item'><img src='{img}' alt='' loading='lazy'>"
                         f"<figcaption class='credit'>{t}</figcaption></figure>")
        elif x.tag == "span":
            parts.append(f"<span class='meta-{label.replace('_', '-')}'>{t}</span>")
        elif label == "byline":
            parts.append(f"<p class='author' style='text-align:right'><strong>{t}</strong></p>")
        elif label in ("source", "continuation"):
            parts.append(f"<p class='{label}'><em>{t}</em></p>")
        elif label == "tags":
            parts.append(f"<div class='tags'><a href='/tag/{zlib.crc32(t.encode()) % 9999}'>{t}</a></div>")
        elif label == "comment_prompt":
            parts.append(f"<div class='cmt-head'>{t}</div>")
        else:
            parts.append(f"<div class='line'>{t}</div>")
    flush()
    if all(x.tag == "span" for x in block):  # counters and tools under the title
        return f"<div class='article-tools {cls}'>{''.join(parts)}</div>"
    if where == "body" and label in ("byline", "source", "continuation", "dateline", "tags"):
        return "".join(parts)
    if label == "comment_prompt" and where == "body":
        return f"<section id='comments' class='{cls}'>{''.join(parts)}<textarea rows='3'></textarea></section>"
    if label == "advert":
        return f"<div class='{cls} ads' data-ad-slot='{zlib.crc32(block[0].text.encode()) % 99999}'>{''.join(parts)}</div>"
    return f"<div class='{cls}'>{''.join(parts)}</div>"


def _render_lines(fam: int, lines: list[Line], where: str) -> str:
    out = []
    for block in _groups(lines):
        x = block[0]
        if x.label in ("content", "title"):
            if x.tag == "li":
                out.append(_list(fam, block, "content-list", links=False))
            elif x.tag == "td":
                out.append(_table(block, "tbl-content"))
            else:
                out.append(_content(fam, x))
        elif x.label == "dateline" and where == "body":
            out.append(f"<div class='meta'><time>{_esc(x.text)}</time></div>")
        else:
            out.append(_widget(fam, block, where))
    return "".join(out)


def _header(fam: int, page: Page) -> str:
    top = [x for x in page.head if x.tag == "top"]
    menu = [x for x in page.head if x.label == "menu" and x.tag != "top"]
    crumbs = [x for x in page.head if x.label == "breadcrumb"]
    rest = [x for x in page.head if x not in top and x not in menu and x not in crumbs]
    topbar = "".join(f"<span class='top-{x.label.replace('_', '-')}'>{_esc(x.text)}</span>" for x in top)
    if menu and menu[0].tag == "li":
        nav = "<ul class='main-menu'>" + "".join(f"<li><a href='/{zlib.crc32(x.text.encode()) % 999}'>{_esc(x.text)}</a></li>"
                                                 for x in menu) + "</ul>"
    else:
        nav = "".join(f"<div class='menu-inline'>{_esc(x.text)}</div>" for x in menu)
    logo = f"<a class='logo' href='https://{OUTLETS[fam]}/'><img src='/static/logo.svg' alt='{SITE_NAMES[fam]}'></a>"
    bc = "".join(f"<div class='breadcrumb' itemscope>{_esc(x.text)}</div>" for x in crumbs)
    return (f"<header class='site-header'><div class='topbar'>{topbar}</div><div class='header-main'>{logo}"
            f"<nav class='nav' aria-label='Chuyên mục'>{nav}</nav></div></header>{bc}{_render_lines(fam, rest, 'head')}")


def render_html(page: Page, n: int) -> str:
    """The page in its family's markup: each labelled line is one text node of the body."""
    fam = page.family
    skin = SKINS[fam]
    title = next(x.text for x in page.body if x.label == "title")
    art_open = skin["article"]
    art_close = art_open.split()[0]
    foot_menu = [x for x in page.foot if x.label == "menu"]
    foot_rest = [x for x in page.foot if x.label != "menu"]
    foot = ("".join(f"<nav class='footer-links'>{_esc(x.text)}</nav>" for x in foot_menu)
            + "<div class='footer-info'>" + "".join(f"<p>{_esc(x.text)}</p>" for x in foot_rest) + "</div>")
    style = (f"<style>body{{font-family:'{skin['font']}',sans-serif}}.{skin['box']}{{border-top:3px solid {skin['color']}}}"
             ".ads{background:#f7f7f7}.verse{font-style:italic}</style>")
    scripts = (f"<script async src='https://www.googletagmanager.com/gtag/js?id=G-{zlib.crc32(OUTLETS[fam].encode()) % 10**8}'>"
               "</script><script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
               f"gtag('js',new Date());var articleId={n};</script>")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{_esc(title)} | {SITE_NAMES[fam]}</title>"
        f"<link rel='canonical' href='https://{OUTLETS[fam]}/{ {78: 'tin', 79: 'du-an', 80: 'diem-den', 81: 'review'}[fam]}/{n}-{zlib.crc32(title.encode()) % 10**6}.html'>"
        f"<meta property='og:site_name' content='{SITE_NAMES[fam]}'><meta property='og:type' content='article'>"
        f"{style}{scripts}</head><body class='page-detail'>"
        f"<div class='{skin['wrap']}'>{_header(fam, page)}"
        f"<main class='main-content'><div class='row'><div class='col-main'><{art_open}>"
        f"{_render_lines(fam, page.body, 'body')}</{art_close}></div>"
        f"<aside class='{skin['side']}'>{_render_lines(fam, page.side, 'side')}</aside></div></main>"
        f"<footer class='site-footer'>{foot}</footer></div>"
        "<script src='/static/js/app.min.js' defer></script></body></html>"
    )
