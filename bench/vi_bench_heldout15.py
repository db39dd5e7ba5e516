"""Held-out half 15 of the Vietnamese page benchmark: families 74-77, seed 43.

Written by helper HO15, a twelfth independent author who never saw the cleaner: no file under
cleaners/, flows/ or tests/, no README, no score table, no rule diff and no other held-out module was
read, and the cleaner was never run on these pages. What was read: `bench/vi_bench_templates.py` (the
`Line`/`Page` types and the name/phone/date helpers) and the harness parts of `bench/eval_vi_pages.py`
(its docstring, HALVES, article loading, the `build_page` dispatch, the page-writing loop and scoring).
The layouts are written from how real Vietnamese sites of these kinds look:

- 74 `quocphongthoidai.vn`: a military and defence paper (lunar-date top bar, language switcher,
  bylines with ranks and units, "Bài 2:" continuations, reader-letter form, editor-in-chief footer).
  Traps: sub-headings, a quote whose speaker (rank, name, post) stands on its own line, a drill
  results table, a recruitment hotline list, a ceremony schedule, "Theo Thượng tá ..." sentences.
- 75 `phunuthoinay.vn`: a women's paper (login bar, app and newsletter prompts, like/save counters,
  gold prices). Traps: an interview's questions and answers, a list of help hotlines for women and
  children, shelter addresses, numbered tips, a quote with its speaker's line, sub-headings.
- 76 `canhbaothientai.vn`: a weather and natural-disaster warning portal (risk-level strip, river-level
  and city-forecast widgets, Zalo alert prompts, agency footer). Traps: a warning bulletin's areas and
  rainfall, a city forecast table shaped like the weather widget, the risk level, flood-control
  hotlines, safety steps, "the next bulletin is issued at ..." lines, "Theo Trung tâm ..." sentences.
- 77 `bepviet365.vn`: a food and cooking magazine (recipe ratings, "send your recipe" bar, market-price
  widget, newsletter box). Traps: ingredients lists, numbered steps, sub-headings such as "Thành phẩm"
  right before the end, a market-price table shaped like the price widget, a chef's quote with the
  chef's own line, a closing wish without a full stop.

About 30 % of each family's content lines are such traps (`Trap` lines, label "content"). Every page
draws (seeded) which widgets appear, where, in which order, their dates, counters, byline form and
footer year. The VNTC article bodies the harness puts in are the rest of the content.
"""

from __future__ import annotations

import html
import random
import zlib
from dataclasses import dataclass

from bench import vi_bench_templates as T
from bench.vi_bench_templates import Line, Page

FAMILIES = (74, 75, 76, 77)
ARTICLE_OUTLETS = ("TT", "NLD", "VNE", "TN")
SEED = 43
OUTLETS = {74: "quocphongthoidai.vn", 75: "phunuthoinay.vn", 76: "canhbaothientai.vn", 77: "bepviet365.vn"}
SITE_NAMES = {74: "Báo Quốc phòng Thời đại", 75: "Báo Phụ nữ Thời nay", 76: "Cổng thông tin Cảnh báo thiên tai",
              77: "Tạp chí Bếp Việt"}


@dataclass
class Trap(Line):
    """A line of real article text shaped like boilerplate (always labelled "content")."""


def _trap(text: str, tag: str = "p") -> Trap:
    return Trap(text, "content", tag)


DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
RANKS = ["Thiếu tá", "Trung tá", "Thượng tá", "Đại tá", "Đại úy", "Thiếu tướng"]
UNITS = ["Sư đoàn 312", "Lữ đoàn 147", "Trung đoàn 48", "Bộ CHQS tỉnh Nghệ An", "Quân khu 7", "Vùng 2 Hải quân",
         "Sư đoàn 395", "Lữ đoàn Công binh 229", "Bộ đội Biên phòng tỉnh Kiên Giang", "Trung đoàn 165"]
PROVINCES = ["Quảng Ninh", "Hải Phòng", "Thái Bình", "Nam Định", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
             "Quảng Trị", "Thừa Thiên Huế", "Quảng Nam", "Quảng Ngãi", "Bình Định", "Phú Yên", "Lào Cai", "Yên Bái"]
DISHES = ["Thịt kho tàu", "Canh chua cá lóc", "Gà kho gừng", "Bún riêu cua", "Cá kho tộ", "Nem rán", "Bò lúc lắc",
          "Chè bưởi", "Đậu hũ sốt cà chua", "Sườn xào chua ngọt", "Bánh xèo miền Tây", "Phở gà"]


def _d(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2026)


def _hm(r: random.Random) -> str:
    return f"{r.randint(5, 23):02d}:{r.randint(0, 59):02d}"


def _counter(r: random.Random) -> str:
    n = r.randint(3, 4800)
    return f"{n / 1000:.1f}K".replace(".", ",") if n >= 1000 else str(n)


def _heads(r: random.Random, k: int) -> list[str]:
    return [T.headline(r) for _ in range(k)]


# -- site chrome: top bars, menus, breadcrumbs, datelines ------------------------------------------

MENUS = {
    74: ["Thời sự", "Quốc phòng an ninh", "Quân sự thế giới", "Xây dựng Đảng", "Bảo vệ nền tảng tư tưởng",
         "Hậu phương quân đội", "Kinh tế", "Văn hóa - Thể thao", "Bạn đọc", "Multimedia", "Video"],
    75: ["Thời sự", "Gia đình", "Nuôi dạy con", "Làm đẹp", "Thời trang", "Sức khỏe", "Bình đẳng giới",
         "Tâm sự", "Phụ nữ khởi nghiệp", "Pháp luật", "Podcast"],
    76: ["Trang chủ", "Tin bão - ATNĐ", "Mưa lũ", "Nắng nóng - Hạn hán", "Rét đậm rét hại", "Động đất - Sóng thần",
         "Sạt lở đất", "Kỹ năng phòng tránh", "Văn bản chỉ đạo", "Bản đồ rủi ro"],
    77: ["Món ngon mỗi ngày", "Món chay", "Bánh - Tráng miệng", "Đặc sản vùng miền", "Ăn khỏe sống khỏe",
         "Mẹo vặt nhà bếp", "Ẩm thực thế giới", "Đồ uống", "Video công thức", "Góc bạn đọc"],
}


def _top_bar(r: random.Random, fam: int) -> list[Line]:
    d, m, y = _d(r)
    day = r.choice(DAYS)
    out: list[Line] = []
    if fam == 74:
        if r.random() < 0.8:
            out.append(Line(f"{day}, {d}/{m}/{y} - Âm lịch: {r.randint(1, 29)}/{r.randint(1, 12)}", "dateline", "span"))
        out.append(Line(r.choice(["Tiếng Việt | English | 中文 | ລາວ", "Tiếng Việt | English | Русский"]), "menu", "span"))
        if r.random() < 0.5:
            out.append(Line(f"Đường dây nóng: {T.phone(r)}", "advert", "span"))
    elif fam == 75:
        out.append(Line(r.choice(["Đăng nhập | Đăng ký", "Đăng nhập", "Tài khoản của tôi"]), "menu", "span"))
        if r.random() < 0.6:
            out.append(Line(r.choice(["Tải app Phụ nữ Thời nay", "Đọc báo in", "Báo in Phụ nữ số mới nhất"]), "advert", "span"))
        if r.random() < 0.5:
            out.append(Line(f"{day}, {d}/{m}/{y}", "dateline", "span"))
    elif fam == 76:
        out.append(Line(f"{day}, ngày {d} tháng {m} năm {y}", "dateline", "span"))
        if r.random() < 0.7:
            out.append(Line(f"Cấp độ rủi ro hiện tại: Cấp {r.randint(1, 4)} - {r.choice(PROVINCES)}", "weather_widget", "span"))
        out.append(Line(f"Tổng đài khẩn cấp: {r.choice(['112', '114', '1900 ' + str(r.randint(1000, 9999))])}", "advert", "span"))
    else:
        out.append(Line(r.choice(["Gửi công thức | Đăng nhập", "Đăng nhập / Đăng ký", "Gửi món ngon của bạn"]), "menu", "span"))
        if r.random() < 0.5:
            out.append(Line(f"{_counter(r)} công thức đã được chia sẻ", "advert", "span"))
    r.shuffle(out)
    return out


def _menu(r: random.Random, fam: int) -> list[Line]:
    items = MENUS[fam][:]
    k = r.randint(6, len(items))
    items = items[:k]
    if r.random() < 0.4:
        return [Line(" | ".join(items), "menu", "div")]
    return [Line(x, "menu", "li") for x in items]


def _breadcrumb(r: random.Random, fam: int) -> Line:
    a = r.choice(MENUS[fam][1:])
    sub = {74: ["Tin tức", "Huấn luyện", "Biển đảo", "Dân vận"], 75: ["Hôn nhân", "Mẹ và bé", "Chuyện nhà"],
           76: ["Cảnh báo", "Tin dự báo", "Khuyến cáo"], 77: ["Món mặn", "Món canh", "Món nhậu", "Bữa sáng"]}[fam]
    sep = {74: " / ", 75: " › ", 76: " > ", 77: " » "}[fam]
    parts = (["Trang chủ"] if r.random() < 0.6 else []) + [a] + ([r.choice(sub)] if r.random() < 0.5 else [])
    return Line(sep.join(parts), "breadcrumb", "div")


def _dateline(r: random.Random, fam: int) -> Line:
    d, m, y = _d(r)
    t = _hm(r)
    day = r.choice(DAYS)
    forms = {
        74: [f"{day}, {d:02d}/{m:02d}/{y} | {t}", f"Cập nhật lúc {t} ngày {d}/{m}/{y}", f"{d:02d}/{m:02d}/{y} - {t} (GMT+7)"],
        75: [f"{d:02d}/{m:02d}/{y}, {t}", f"{t} | {d:02d}/{m:02d}/{y}", f"{day}, {d:02d}/{m:02d}/{y} {t} GMT+7"],
        76: [f"Đăng lúc: {t} - {d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y} {t}:{r.randint(0, 59):02d}",
             f"Cập nhật {t} GMT+7, {d}/{m}/{y}"],
        77: [f"{d:02d}/{m:02d}/{y} - {t}", f"Đăng ngày {d} tháng {m}, {y}", f"{t} ngày {d:02d}/{m:02d}/{y}"],
    }[fam]
    return Line(r.choice(forms), "dateline", "div")


# -- bylines, sources, tags, share bars, comments ------------------------------------------------------


def _byline(r: random.Random, fam: int) -> Line:
    a, b = T.person(r), T.person(r)
    ag = r.choice(T.AGENCIES)
    forms = {
        74: [f"{r.choice(RANKS)} {a}", f"Bài, ảnh: {a}", f"{T.person(r, caps=True)} ({r.choice(UNITS)})",
             f"{a} - {b}", "Nhóm phóng viên Ban Quân sự thực hiện", f"{a} (theo {ag})", f"{r.choice(UNITS)} - {a}"],
        75: [a, f"{a} thực hiện", f"Bài: {a} - Ảnh: {b}", f"{a} (theo {ag})", T.person(r, caps=True),
             f"{a} (Tổng hợp)", f"Chuyên mục do {a} phụ trách"],
        76: ["Ban biên tập", a, f"{a} - {b}", "Phòng Thông tin - Truyền thông", f"{a} (tổng hợp)",
             f"{T.person(r, caps=True)}"],
        77: [f"Đầu bếp {a}", f"Công thức: {a} - Ảnh: {b}", f"{a} thực hiện", f"{a} (theo {r.choice(['Tasty', 'Cookpad', 'Eva', ag])})",
             a, f"Bài và ảnh: {T.person(r, caps=True)}"],
    }[fam]
    return Line(r.choice(forms), "byline")


def _source(r: random.Random, fam: int) -> Line:
    ag = r.choice(T.AGENCIES)
    own = {74: ["QĐND", "Báo Quân khu 7", "Báo Biên phòng", "TTXVN"], 75: ["Hội LHPN Việt Nam", "Afamily", "Eva", "Dân trí"],
           76: ["NCHMF", "Trung tâm Dự báo KTTV quốc gia", "Ban Chỉ đạo quốc gia về PCTT", "VnExpress"],
           77: ["Món ngon", "Cookpad", "Bách hóa Xanh", "Tasty"]}[fam]
    x = r.choice(own + [ag])
    return Line(r.choice([f"Nguồn: {x}", f"(Theo {x})", f"Theo {x}", f"Nguồn tin: {x}", f"Tổng hợp từ {x}, {ag}"]), "source")


def _photo_credit(r: random.Random, fam: int) -> Line:
    x = r.choice([T.person(r), "TTXVN", "Internet", "Minh họa", r.choice(T.AGENCIES)])
    return Line(r.choice([f"Ảnh: {x}", f"(Ảnh minh họa: {x})", "Ảnh minh họa", f"Ảnh tư liệu: {x}"]), "source", "em")


TAGWORDS = {74: ["huấn luyện", "biển đảo", "dân vận", "diễn tập", "tuyển quân", "hậu phương quân đội", "Quân khu 4"],
            75: ["hôn nhân", "nuôi dạy con", "bình đẳng giới", "bạo lực gia đình", "làm đẹp", "phụ nữ khởi nghiệp"],
            76: ["bão số 3", "mưa lũ", "sạt lở đất", "nắng nóng", "rét hại", "áp thấp nhiệt đới", "lũ quét"],
            77: ["món kho", "món chay", "bữa cơm gia đình", "món ngon cuối tuần", "bánh ngọt", "ẩm thực miền Tây"]}


def _tags(r: random.Random, fam: int) -> list[Line]:
    words = r.sample(TAGWORDS[fam], r.randint(2, 4))
    form = r.randint(0, 3)
    if form == 0:
        return [Line(" ".join("#" + w.replace(" ", "") for w in words), "tags")]
    if form == 1:
        return [Line(r.choice(["Từ khóa:", "Tags:", "Chủ đề:"]), "tags", "strong")] + [Line(w, "tags", "li") for w in words]
    return [Line(r.choice(["Từ khóa: ", "Tags: ", "Chủ đề liên quan: "]) + ", ".join(words), "tags")]


def _share(r: random.Random, fam: int) -> Line:
    forms = {
        74: ["Chia sẻ: Facebook | Zalo | Email", "In bài | Gửi email | Lưu tin", "Cỡ chữ: A- A A+", "Nghe đọc bài viết"],
        75: [f"Thích {_counter(r)} Chia sẻ", "Lưu bài viết", "Chia sẻ Facebook Pinterest Zalo", f"{_counter(r)} lượt xem"],
        76: ["Nhận cảnh báo qua Zalo OA", "Chia sẻ Facebook Zalo Sao chép liên kết", "Theo dõi chúng tôi trên Google News",
             "In bản tin"],
        77: [f"Đánh giá: {r.randint(38, 50) / 10:.1f}/5 ({r.randint(3, 400)} lượt)".replace(".", ",", 1), "Lưu công thức",
             "Chia sẻ Pinterest Facebook", f"{_counter(r)} người đã nấu món này"],
    }[fam]
    return Line(r.choice(forms), "share_widget", "div")


def _comments(r: random.Random, fam: int) -> list[Line]:
    forms = {
        74: [["Ý kiến bạn đọc", "Họ và tên", "Email", "Gửi ý kiến"], ["Gửi ý kiến của bạn", "Nội dung ý kiến"]],
        75: [[f"Bình luận ({r.randint(0, 250)})", "Hãy là người đầu tiên bình luận"], ["Đăng nhập để bình luận"],
             ["Viết bình luận", "Sắp xếp: Hay nhất | Mới nhất"]],
        76: [["Phản ánh tình hình thiên tai tại địa phương", "Gửi phản ánh"], ["Góp ý cho bản tin"]],
        77: [["Bạn đã nấu món này chưa?", "Gửi ảnh và nhận xét"], [f"Nhận xét ({r.randint(0, 90)})", "Viết nhận xét"]],
    }[fam]
    return [Line(x, "comment_prompt", "div") for x in r.choice(forms)]


def _continuation(r: random.Random, fam: int) -> Line:
    forms = ["(Còn nữa)", "(còn tiếp)", f"Bài {r.randint(2, 4)}: {T.headline(r)}", f"Kỳ tới: {T.headline(r)}", "Còn tiếp"]
    return Line(r.choice(forms), "continuation")


# -- boxes: related links, adverts, app and newsletter prompts, widgets ----------------------------------

RELATED_HEADS = {74: ["Tin liên quan", "Cùng chuyên mục", "Tin đã đưa", "Tin mới hơn"],
                 75: ["Đọc thêm", "Bài viết liên quan", "Có thể bạn quan tâm", "Cùng chủ đề"],
                 76: ["Tin cảnh báo liên quan", "Bản tin trước", "Tin cùng chuyên mục", "Xem thêm"],
                 77: ["Công thức cùng loại", "Món ngon khác", "Bạn có thể thích", "Xem thêm món ngon"]}


def _related(r: random.Random, fam: int, header: bool | None = None, dated: bool | None = None) -> list[Line]:
    header = r.random() < 0.7 if header is None else header
    dated = r.random() < 0.3 if dated is None else dated
    items = []
    for h in _heads(r, r.randint(2, 5)):
        if fam == 77 and r.random() < 0.5:
            h = f"Cách làm {r.choice(DISHES).lower()} {r.choice(['ngon như ngoài hàng', 'đơn giản tại nhà', 'đậm đà đưa cơm'])}"
        if dated:
            d, m, y = _d(r)
            h += f" ({d:02d}/{m:02d}/{y})" if r.random() < 0.5 else f" - {d:02d}/{m:02d}"
        items.append(Line(h, "related_links", "li"))
    head = [Line(r.choice(RELATED_HEADS[fam]), "related_links", "h3")] if header else []
    return head + items


def _inline_more(r: random.Random, fam: int) -> Line:
    lead = r.choice([">> Xem thêm: ", "Xem thêm: ", "Đọc thêm: ", "> ", "Mời xem: "])
    return Line(lead + T.headline(r), "related_links", "p")


def _advert(r: random.Random, fam: int) -> list[Line]:
    outlet = OUTLETS[fam]
    form = r.randint(0, 3)
    if form == 3:  # the newsroom's contact block for readers' tips
        return [Line(r.choice(["Mọi thông tin phản ánh xin gửi về:", "Bạn đọc gửi tin bài, ảnh về:"]), "advert", "strong"),
                Line(f"Email: {r.choice(['bandoc', 'toasoan', 'tinbai'])}@{outlet}", "advert"),
                Line(f"Hotline/Zalo: {T.phone(r)}", "advert")]
    if form == 0:
        return [Line(r.choice(["Liên hệ quảng cáo", "Liên hệ đặt quảng cáo", "LIÊN HỆ HỢP TÁC"]), "advert", "strong"),
                Line(f"Hotline: {T.phone(r)}", "advert"), Line(f"Email: quangcao@{outlet}", "advert")]
    if form == 1:
        company = r.choice(["Công ty CP", "Công ty TNHH"]) + " " + r.choice(["Sao Mai", "Hưng Thịnh", "Đông Á", "Tân Việt"])
        return [Line(company, "advert"), Line(f"Địa chỉ: {r.randint(1, 300)} {r.choice(T.STREETS)}, {r.choice(T.CITIES)}", "advert"),
                Line(f"ĐT: {T.phone(r)}", "advert")]
    return [Line(r.choice(["Quảng cáo", "QC", "Tài trợ"]), "advert", "span")]


def _app_prompt(r: random.Random, fam: int) -> list[Line]:
    name = SITE_NAMES[fam]
    lines = [Line(r.choice([f"Tải ứng dụng {name}", f"Đọc {name} trên điện thoại", "Tải app để nhận tin nhanh hơn"]), "advert", "strong")]
    if r.random() < 0.7:
        lines.append(Line(r.choice(["App Store | Google Play", "Tải trên App Store - Tải trên Google Play"]), "advert"))
    return lines


def _newsletter(r: random.Random, fam: int) -> list[Line]:
    what = {74: "bản tin Quốc phòng", 75: "bản tin Phụ nữ mỗi sáng", 76: "tin cảnh báo thiên tai qua email",
            77: "công thức mới mỗi tuần"}[fam]
    lines = [Line(f"Đăng ký nhận {what}", "advert", "h4")]
    if r.random() < 0.6:
        lines.append(Line(r.choice(["Nhập email của bạn", "Địa chỉ email"]), "advert", "span"))
    lines.append(Line(r.choice(["Đăng ký", "Gửi", "Nhận tin"]), "advert", "span"))
    return lines


def _side_widget(r: random.Random, fam: int) -> list[Line]:
    if fam == 76 or (fam == 74 and r.random() < 0.3):
        out = [Line(r.choice(["Thời tiết 24 giờ tới", "Dự báo các tỉnh", "Thời tiết hôm nay"]), "weather_widget", "h4")]
        for c in r.sample(T.CITIES, r.randint(2, 4)):
            lo = r.randint(14, 27)
            out.append(Line(f"{c} {lo}°C - {lo + r.randint(3, 9)}°C", "weather_widget", "li"))
        if fam == 76 and r.random() < 0.6:
            out.append(Line(f"Mực nước sông Hồng tại Hà Nội: {r.randint(20, 98) / 10:.1f} m".replace(".", ","), "weather_widget", "li"))
        return out
    if fam == 77 or (fam == 75 and r.random() < 0.5):
        items = (["Thịt ba chỉ", "Cá lóc", "Tôm thẻ", "Cà chua", "Trứng gà (10 quả)", "Rau muống"] if fam == 77
                 else ["Vàng SJC", "Vàng nhẫn 9999", "Bạc"])
        out = [Line(r.choice(["Giá thực phẩm hôm nay", "Giá chợ hôm nay"] if fam == 77 else ["Giá vàng hôm nay", "Giá vàng"]),
                    "price_widget", "h4")]
        for it in r.sample(items, min(3, len(items))):
            price = r.randint(20, 250) * 1000 if fam == 77 else r.randint(7000, 9500) * 10000
            unit = "đ/kg" if fam == 77 else "đ/lượng"
            out.append(Line(f"{it}: {price:,} {unit}".replace(",", "."), "price_widget", "li"))
        return out
    return [Line(r.choice(["Chuyên đề", "Sự kiện nổi bật"]), "related_links", "h4")] + \
        [Line(x, "related_links", "li") for x in _heads(r, 3)]


def _most_read(r: random.Random, fam: int) -> list[Line]:
    head = r.choice(["Đọc nhiều nhất", "Xem nhiều", "Tin mới nhất", "Nổi bật"])
    items = _heads(r, r.randint(3, 5))
    if r.random() < 0.4:
        items = [f"{i}. {h}" for i, h in enumerate(items, 1)]
    return [Line(head, "related_links", "h4")] + [Line(x, "related_links", "li") for x in items]


def _footer(r: random.Random, fam: int) -> list[Line]:
    outlet, name = OUTLETS[fam], SITE_NAMES[fam]
    y = r.randint(2018, 2026)
    boss = {74: f"Tổng Biên tập: Đại tá {T.person(r)}", 75: f"Tổng Biên tập: {T.person(r)}",
            76: f"Chịu trách nhiệm nội dung: {T.person(r)}", 77: f"Tổng Biên tập: {T.person(r)}"}[fam]
    owner = {74: "Cơ quan chủ quản: Tổng cục Chính trị", 75: "Cơ quan của Hội Liên hiệp Phụ nữ",
             76: "Cơ quan chủ quản: Cục Quản lý đê điều và Phòng, chống thiên tai", 77: "Cơ quan chủ quản: Hội Đầu bếp Việt"}[fam]
    pool = [
        Line(r.choice([f"© {y} {name}. Bảo lưu mọi quyền.", f"Copyright © 2012-{y} {outlet}", f"© Bản quyền thuộc về {name}"]), "footer"),
        Line(f"Giấy phép số {r.randint(10, 699)}/GP-BTTTT do Bộ TT&TT cấp ngày {T.date(r)}", "footer"),
        Line(f"{r.choice(['Tòa soạn', 'Trụ sở', 'Địa chỉ'])}: Số {r.randint(1, 250)} {r.choice(T.STREETS)}, {r.choice(T.CITIES)}", "footer"),
        Line(f"Điện thoại: {T.phone(r)} - Email: {r.choice(['toasoan', 'bandoc', 'lienhe'])}@{outlet}", "footer"),
        Line(boss, "footer"), Line(owner, "footer"),
        Line(r.choice(["Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản",
                       f"Ghi rõ nguồn \"{name}\" khi phát hành lại thông tin"]), "footer"),
    ]
    keep = r.sample(range(len(pool)), r.randint(4, len(pool)))
    return [pool[i] for i in sorted(keep)]


# -- precision traps: article text shaped like boilerplate -------------------------------------------


def _pick(r: random.Random, *pools: list[str]) -> str:
    return " ".join(r.choice(p) for p in pools)


SUBHEADS = {
    74: (["Rèn", "Nâng cao", "Giữ vững", "Phát huy", "Siết chặt", "Đổi mới", "Chăm lo"],
         ["bản lĩnh trên thao trường", "kỷ luật chính quy", "chất lượng huấn luyện", "sức mạnh chiến đấu",
          "đời sống bộ đội", "công tác dân vận", "tình đoàn kết quân dân", "nề nếp trực sẵn sàng chiến đấu"]),
    75: (["Vượt qua", "Khi", "Chỗ dựa cho", "Lắng nghe", "Đồng hành cùng", "Bảo vệ"],
         ["định kiến giới", "người mẹ lên tiếng", "phụ nữ yếu thế", "những đứa trẻ", "nỗi sợ hãi", "chị em vùng cao",
          "người vợ trẻ", "giấc mơ khởi nghiệp"]),
    76: (["Diễn biến", "Dự báo", "Khuyến cáo", "Cảnh báo", "Tình hình", "Ứng phó với"],
         ["mưa lớn diện rộng", "lũ trên các sông", "sạt lở đất vùng núi", "gió mạnh trên biển", "nắng nóng gay gắt",
          "rét đậm ở Bắc Bộ", "triều cường vùng ven biển", "trong 24 giờ tới"]),
    77: (["Cách", "Bí quyết", "Mẹo", "Lưu ý khi", "Bước quan trọng:"],
         ["chọn thịt tươi ngon", "kho cá không tanh", "giữ rau luôn xanh", "nấu nước dùng trong", "ướp thịt đậm vị",
          "chiên giòn lâu", "bảo quản đồ ăn thừa", "pha nước chấm chuẩn vị"]),
}
FIXED_HEADS = {77: ["Nguyên liệu", "Cách làm", "Thành phẩm", "Sơ chế"], 76: ["Khuyến cáo", "Dự báo trong 24 giờ tới"]}


def _subhead(r: random.Random, fam: int) -> list[Line]:
    if fam in FIXED_HEADS and r.random() < 0.3:  # recipe and bulletin sections do repeat from page to page
        return [_trap(r.choice(FIXED_HEADS[fam]), r.choice(["h2", "h3", "strong"]))]
    text = _pick(r, *SUBHEADS[fam])
    if r.random() < 0.3:
        text += " " + r.choice({74: UNITS, 75: ["ở " + p for p in PROVINCES], 76: ["ở " + p for p in PROVINCES],
                                77: ["cho bữa cơm gia đình", "ngày mưa", "cuối tuần", "như người miền Tây"]}[fam])
    return [_trap(text, r.choice(["h2", "h3", "strong"]))]


QUOTES = {
    74: (["Mỗi cán bộ, chiến sĩ phải", "Đơn vị xác định", "Chúng tôi luôn yêu cầu bộ đội", "Nhiệm vụ đặt ra là"],
         ["huấn luyện sát thực tế chiến đấu", "giữ nghiêm kỷ luật, chấp hành mệnh lệnh", "bám địa bàn, giúp dân lúc khó khăn",
          "làm chủ vũ khí, trang bị mới", "không để bị động, bất ngờ"],
         ["trong mọi tình huống.", "ngay từ những ngày đầu nhập ngũ.", "dù thời tiết khắc nghiệt đến đâu.", "như lời Bác dặn."]),
    75: (["Nhiều chị em vẫn", "Phụ nữ ở đây đã", "Tôi mong các mẹ", "Điều chúng tôi cần là"],
         ["im lặng chịu đựng vì sợ con bị ảnh hưởng", "tự tin hơn khi có thu nhập riêng", "dám nói ra những điều mình muốn",
          "được lắng nghe mà không bị phán xét", "biết tìm đến sự giúp đỡ sớm hơn"],
         ["nhưng im lặng không bảo vệ được ai cả.", "và đó là thay đổi lớn nhất.", "trước khi quá muộn.", "ở mỗi gia đình."]),
    76: (["Người dân tuyệt đối", "Các địa phương cần", "Bà con vùng trũng phải", "Chúng tôi đề nghị người dân"],
         ["không ra khơi khi bão đang tiến gần bờ", "sơ tán khỏi khu vực có nguy cơ sạt lở", "không qua lại ngầm tràn khi nước lên",
          "chằng chống nhà cửa ngay trong đêm nay", "theo dõi sát mực nước trên các sông"],
         ["để bảo đảm an toàn tính mạng.", "vì mưa sẽ còn kéo dài.", "trước 17 giờ chiều nay.", "cho đến khi có tin mới."]),
    77: (["Bí quyết nằm ở", "Điều quan trọng nhất là", "Theo kinh nghiệm của tôi,", "Người nấu cần nhớ"],
         ["khâu ướp, thịt phải để ít nhất ba mươi phút", "lửa nhỏ và sự kiên nhẫn", "chọn nguyên liệu tươi ngay từ sáng sớm",
          "nêm nếm từng chút một", "không đậy vung khi luộc rau"],
         ["rồi mới đem kho.", "thì món ăn mới ngon.", "như mẹ tôi vẫn làm.", "để giữ được vị ngọt tự nhiên."]),
}


def _quote_speaker(r: random.Random, fam: int) -> list[Line]:
    who = {74: f"{r.choice(RANKS)} {T.person(r)}, Chính ủy {r.choice(UNITS)}",
           75: f"Bà {T.person(r)}, Phó Chủ tịch Hội LHPN tỉnh {r.choice(PROVINCES)}",
           76: f"Ông {T.person(r)}, Phó Giám đốc Đài KTTV khu vực {r.choice(['Bắc Bộ', 'Trung Trung Bộ', 'Nam Bộ'])}",
           77: f"Đầu bếp {T.person(r)}, chủ nhà hàng {r.choice(['Mộc', 'Quê Nhà', 'Bếp Xưa', 'Hương Cau', 'Sen Vàng'])}"}[fam]
    said = "“" + _pick(r, *QUOTES[fam]) + "”"
    if r.random() < 0.5:
        return [_trap(said), _trap(who, r.choice(["p", "strong", "em"]))]
    return [_trap(who + ":", "strong"), _trap(said)]


def _theo_sentence(r: random.Random, fam: int) -> list[Line]:
    lead = {74: f"Theo {r.choice(RANKS)} {T.person(r)}, Chỉ huy trưởng {r.choice(UNITS)}",
            75: f"Theo chuyên gia tâm lý {T.person(r)}",
            76: r.choice(["Theo Trung tâm Dự báo khí tượng thủy văn quốc gia", f"Theo Đài KTTV tỉnh {r.choice(PROVINCES)}"]),
            77: f"Theo chuyên gia dinh dưỡng {T.person(r)}"}[fam]
    tail = {74: [f"đơn vị đã hoàn thành {r.randint(90, 100)} % nội dung huấn luyện, {r.randint(60, 95)} % quân số đạt khá, giỏi.",
                 f"năm nay có {r.randint(120, 900)} thanh niên trúng tuyển nghĩa vụ quân sự."],
            75: [f"cha mẹ nên dành ít nhất {r.randint(10, 30)} phút mỗi ngày trò chuyện riêng với con.",
                 "nhiều phụ nữ trì hoãn việc đi khám vì ngại và vì thiếu thời gian."],
            76: [f"mưa lớn còn kéo dài đến hết ngày {r.randint(1, 28)}/{r.randint(6, 11)}, nguy cơ lũ quét ở vùng núi.",
                 f"đỉnh lũ trên sông {r.choice(['Hồng', 'Cả', 'Thu Bồn', 'Trà Khúc', 'Mã'])} có thể vượt báo động {r.randint(1, 3)}."],
            77: ["nên hạn chế dùng lại dầu chiên nhiều lần vì dễ sinh chất có hại.",
                 f"mỗi người trưởng thành chỉ nên ăn dưới {r.randint(4, 6)} g muối một ngày."]}[fam]
    if r.random() < 0.35:  # a short "Theo ..." sentence of the article's own
        return [_trap(r.choice([f"Theo kế hoạch, chương trình kéo dài đến ngày {r.randint(1, 28)}/{r.randint(1, 12)}.",
                                "Theo lịch, buổi lễ bắt đầu lúc 7 giờ sáng.", f"Theo ông {T.person(r)}, việc này cần làm ngay.",
                                "Theo thống kê, con số này đã tăng gấp đôi."]))]
    return [_trap(f"{lead}, {r.choice(tail)}")]


STEPS = {
    74: ("Nội dung diễn tập gồm:", ["Báo động chuyển trạng thái sẵn sàng chiến đấu", "Cơ động lực lượng đến khu vực tập kết",
                                     "Tổ chức phòng thủ và đánh địch đổ bộ", "Khắc phục hậu quả, cứu hộ cứu nạn",
                                     "Bắn đạn thật mục tiêu trên biển", "Hiệp đồng với lực lượng dân quân tự vệ"]),
    75: ("Chuyên gia gợi ý một số cách:", ["Dành thời gian riêng cho nhau mỗi tuần", "Nói ra điều mình cần",
                                           "Chia sẻ việc nhà công bằng", "Đừng so sánh với gia đình khác",
                                           "Cùng con đọc sách trước khi ngủ", "Tìm đến chuyên gia khi cần"]),
    76: ("Người dân cần thực hiện các bước sau:", ["Gia cố nhà cửa, chặt tỉa cành cây", "Chuẩn bị đèn pin, lương thực cho ba ngày",
                                                  "Di chuyển đến nơi trú ẩn an toàn", "Theo dõi bản tin thời tiết thường xuyên",
                                                  "Ngắt cầu dao điện khi nước vào nhà", "Không đi qua suối, ngầm tràn"]),
    77: ("Cách làm:", ["Rửa sạch thịt, cắt miếng vuông vừa ăn", "Ướp thịt với nước mắm, đường, hành tím băm",
                       "Thắng nước màu rồi cho thịt vào đảo săn", "Đổ nước dừa, kho lửa nhỏ đến khi thịt mềm",
                       "Luộc trứng, bóc vỏ rồi cho vào nồi", "Nêm lại cho vừa ăn, rắc tiêu và tắt bếp"]),
}


def _numbered(r: random.Random, fam: int) -> list[Line]:
    intro, items = STEPS[fam]
    if r.random() < 0.5:
        intro = r.choice(["Cụ thể như sau:", "Gồm các bước:", f"Có {r.randint(3, 5)} việc cần làm ngay:"])
    chosen = r.sample(items, r.randint(3, 5))
    fmt = r.choice(["{i}. {x}", "Bước {i}: {x}", "- {x}", "{i}/ {x}"])
    tag = "li" if r.random() < 0.5 else "p"
    return [_trap(intro)] + [_trap(fmt.format(i=i, x=x), tag) for i, x in enumerate(chosen, 1)]


def _list_block(r: random.Random, fam: int) -> list[Line]:
    """Each family's own list: results, hotlines, areas, ingredients, market prices."""
    if fam == 74:
        if r.random() < 0.5:
            out = [_trap(r.choice(["Kết quả hội thao như sau:", "Ban tổ chức trao giải cho các đơn vị:", "Kết quả toàn đoàn:"]))]
            for prize, unit in zip(["Giải Nhất", "Giải Nhì", "Giải Ba"], r.sample(UNITS, 3), strict=True):
                out.append(_trap(f"{prize}: {unit}" + (f" ({r.randint(80, 99)} điểm)" if r.random() < 0.5 else "")))
            return out
        out = [_trap(r.choice(["Thanh niên có nguyện vọng nhập ngũ liên hệ:", "Thông tin chi tiết xin liên hệ:"]))]
        for p in r.sample(["Ban CHQS quận Ba Đình", "Ban CHQS huyện Đông Anh", "Ban CHQS TP Vinh", "Bộ CHQS tỉnh Hà Tĩnh",
                           "Ban CHQS huyện Hóc Môn", "Ban CHQS TP Thủ Đức"], 3):
            out.append(_trap(f"{p}: {T.phone(r)}"))
        return out
    if fam == 75:
        if r.random() < 0.5:
            out = [_trap(r.choice(["Khi bị bạo lực, chị em có thể gọi:", "Các số điện thoại cần nhớ:"]))]
            for p in r.sample(["Tổng đài quốc gia bảo vệ trẻ em: 111", f"Ngôi nhà Bình yên: {T.phone(r)}",
                               f"Đường dây nóng Hội LHPN tỉnh {r.choice(PROVINCES)}: {T.phone(r)}", "Công an: 113",
                               f"Trung tâm tư vấn pháp luật: {T.phone(r)}"], 3):
                out.append(_trap(p))
            return out
        out = [_trap(r.choice(["Các địa chỉ tạm lánh cho phụ nữ và trẻ em:", "Chị em cần hỗ trợ có thể đến:"]))]
        for _ in range(r.randint(2, 3)):
            out.append(_trap(f"Nhà tạm lánh {r.choice(['Hoa Sen', 'Bình An', 'Ánh Dương', 'Hướng Dương'])}, số {r.randint(1, 200)} "
                             f"{r.choice(T.STREETS)}, {r.choice(T.CITIES)}"))
        return out
    if fam == 76:
        if r.random() < 0.5:
            out = [_trap(r.choice(["Khu vực ảnh hưởng:", "Cảnh báo mưa lớn tại các khu vực:", "Lượng mưa dự báo:"]))]
            for p in r.sample(PROVINCES, r.randint(2, 4)):
                lo = r.randint(5, 15) * 10
                out.append(_trap(f"- {p}: mưa {lo}-{lo + r.randint(5, 15) * 10} mm"))
            out.append(_trap(f"Cấp độ rủi ro thiên tai: cấp {r.randint(1, 4)}"))
            return out
        out = [_trap(r.choice(["Dự báo nhiệt độ một số nơi trong ngày mai:", "Nhiệt độ cao nhất ngày hôm qua:"]))]
        for c in r.sample(T.CITIES, 3):
            lo = r.randint(18, 27)
            out.append(_trap(f"{c}: {lo}-{lo + r.randint(3, 8)}°C, {r.choice(['nắng', 'mưa rào', 'có dông', 'nhiều mây'])}"))
        return out
    if r.random() < 0.6:
        out = [_trap(r.choice(["Nguyên liệu:", f"Nguyên liệu (cho {r.randint(2, 6)} người ăn):", "Chuẩn bị:"]))]
        for x in r.sample(["thịt ba chỉ", "trứng vịt", "nước dừa tươi", "hành tím", "tỏi", "nước mắm", "đường", "cá basa",
                           "cà chua", "sả", "ớt", "đậu phụ"], r.randint(4, 6)):
            qty = r.choice([f"{r.randint(1, 6) * 100} g", f"{r.randint(1, 4)} thìa", f"{r.randint(1, 5)} củ", f"{r.randint(2, 6)} quả"])
            out.append(_trap(f"{qty} {x}", r.choice(["li", "p"])))
        return out
    out = [_trap(f"Giá một số mặt hàng tại chợ {r.choice(['Bến Thành', 'Đồng Xuân', 'Hàn', 'Long Biên'])} sáng nay:")]
    for it in r.sample(["Thịt ba chỉ", "Cá lóc", "Tôm sú", "Cà chua", "Rau muống", "Thịt bò"], 3):
        out.append(_trap(f"{it}: {r.randint(20, 250) * 1000:,} đồng/kg".replace(",", ".")))
    return out


QUESTIONS = {74: ["Xin đồng chí cho biết kết quả huấn luyện năm nay?", "Đơn vị đã làm gì để chăm lo cho chiến sĩ mới?",
                  "Khó khăn lớn nhất khi đóng quân ở địa bàn này là gì?", "Kế hoạch của đơn vị trong năm tới ra sao?"],
             75: ["Chị đã bắt đầu việc kinh doanh như thế nào?", "Gia đình có ủng hộ quyết định của chị không?",
                  "Chị cân bằng công việc và con cái ra sao?", "Lời khuyên của chị cho các bà mẹ trẻ?"],
             76: ["Mùa mưa bão năm nay có gì khác những năm trước?", "Người dân cần chuẩn bị những gì?",
                  "Độ chính xác của dự báo hiện nay ra sao?", "Vì sao lũ quét khó cảnh báo sớm?"],
             77: ["Món ăn nào gắn với tuổi thơ của anh nhất?", "Bí quyết để nồi nước dùng trong là gì?",
                  "Anh học nấu ăn từ khi nào?", "Món nào khách nước ngoài thích nhất?"]}
ANSWER_BITS = (["Thực ra ban đầu cũng nhiều khó khăn,", "Chúng tôi đã chuẩn bị kỹ từ đầu năm,", "Nói thật là tôi cũng bất ngờ,",
                "Điều quan trọng nhất là kiên trì,"],
               ["nhưng nhờ mọi người động viên nên vượt qua được.", "phân công rõ người, rõ việc và kiểm tra thường xuyên.",
                "làm từng việc nhỏ cho thật tốt rồi mới tính chuyện lớn.", "vì không nghĩ mọi việc lại thuận lợi như vậy."])


def _interview(r: random.Random, fam: int) -> list[Line]:
    style = r.randint(0, 2)
    who = T.person(r).split()[-1]
    out = []
    for q in r.sample(QUESTIONS[fam], r.randint(1, 2)):
        a = _pick(r, *ANSWER_BITS)
        if style == 0:
            out += [_trap(f"PV: {q}", "strong"), _trap(f"{r.choice(['Chị', 'Anh', 'Ông', 'Bà'])} {who}: {a}")]
        elif style == 1:
            out += [_trap(f"- {q}", "strong"), _trap(f"- {a}")]
        else:
            out += [_trap(q, "strong"), _trap(a)]
    return out


SCHEDULE = {74: ["Đón tiếp đại biểu", "Lễ chào cờ, khai mạc", "Trao quyết định, khen thưởng", "Tham quan mô hình huấn luyện",
                 "Duyệt đội ngũ", "Giao lưu văn nghệ"],
            75: ["Khai mạc hội chợ", "Tọa đàm về phụ nữ khởi nghiệp", "Trình diễn áo dài", "Trao giải cuộc thi",
                 "Tư vấn sức khỏe miễn phí", "Giao lưu với khách mời"],
            77: ["Khai mạc lễ hội ẩm thực", "Thi nấu phở", "Giao lưu với đầu bếp", "Đêm ẩm thực đường phố",
                 "Trình diễn cắt tỉa rau củ", "Chấm giải món ngon"]}


def _schedule(r: random.Random, fam: int) -> list[Line]:
    if fam == 76:
        d, m = r.randint(1, 27), r.randint(6, 11)
        return [_trap(f"Thời gian ảnh hưởng: từ {r.randint(13, 22)}h ngày {d}/{m} đến hết ngày {d + 1}/{m}"),
                _trap(f"Tin tiếp theo được phát lúc {r.randint(10, 23)}h{r.choice(['00', '30'])} ngày {d}/{m}")]
    h = r.randint(7, 9)
    out = [_trap(r.choice(["Chương trình cụ thể:", "Lịch trình:", "Thời gian tổ chức:", "Chương trình dự kiến:"]))]
    for x in r.sample(SCHEDULE[fam], r.randint(3, 4)):
        out.append(_trap(f"{h}h{r.choice(['00', '15', '30'])}: {x}", r.choice(["p", "li"])))
        h += r.randint(1, 3)
    return out


def _closing(r: random.Random, fam: int) -> list[Line]:
    x = {74: ["Tự hào Bộ đội Cụ Hồ", "Vì nhân dân quên mình", f"Vững vàng nơi {r.choice(['đầu sóng', 'biên cương', 'tuyến đầu'])}"],
         75: ["Hạnh phúc là khi được sống là chính mình", "Mong mọi phụ nữ đều được yêu thương",
              f"Chị {T.person(r).split()[-1]} vẫn đang tiếp tục hành trình của mình"],
         76: ["Người dân cần theo dõi các bản tin tiếp theo", "Chủ động phòng tránh, không chủ quan",
              f"Mưa lớn còn kéo dài ở {r.choice(PROVINCES)} và {r.choice(PROVINCES)}"],
         77: ["Chúc cả nhà ngon miệng", "Chúc các bạn thành công với món ăn này",
              f"Món {r.choice(DISHES).lower()} ăn nóng với cơm trắng là ngon nhất"]}[fam]
    return [_trap(r.choice(x))]


TRAP_MAKERS = (_subhead, _quote_speaker, _theo_sentence, _numbered, _list_block, _interview, _schedule)


# -- page assembly ---------------------------------------------------------------------------------


def _slot(r: random.Random, blocks: list[list[Line]], keep_end: int, lo: int = 1) -> int:
    """Where a box goes between blocks: never between a closing sub-heading and the paragraph it heads."""
    at = r.randint(min(lo, len(blocks)), len(blocks))
    return len(blocks) if keep_end == 2 and at == len(blocks) - 1 else at


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    """One page of family `fam`: the article's lines with traps, site chrome around them."""
    page = Page(fam, OUTLETS[fam])
    page.head += _top_bar(r, fam)
    page.head += _menu(r, fam)
    if r.random() < 0.85:
        page.head.append(_breadcrumb(r, fam))
    title, sapo, *paras = article
    blocks: list[list[Line]] = [[Line(p, "content")] for p in paras]
    # traps: about 3 for every 7 article lines (30 % of the content), each a block among the paragraphs;
    # the article's end is one of them on most pages
    want = round(3 / 7 * (1 + len(paras)) * r.uniform(0.75, 1.0))
    got, keep_end = 0, 1
    end = r.random()
    if end < 0.3:  # a sub-heading right before the article's last paragraph
        blocks.insert(len(blocks) - 1, _subhead(r, fam))
        got, keep_end = 1, 2
    elif end < 0.55:
        blocks.append(_closing(r, fam))
        got += 1
    elif end < 0.75:  # the last paragraph lost its full stop
        last = blocks[-1][-1]
        if last.label == "content" and last.text.rstrip().endswith("."):
            blocks[-1][-1] = _trap(last.text.rstrip(" ."), last.tag)
            got += 1
    makers = list(TRAP_MAKERS)
    r.shuffle(makers)
    while got < want:
        blk = makers.pop()(r, fam) if makers else _subhead(r, fam)
        if got + len(blk) > want + 1 and makers:
            continue  # too long for this article: try the next kind
        got += len(blk)
        blocks.insert(r.randint(1, max(1, len(blocks) - keep_end)), blk)
    # boilerplate inside the body, between blocks
    if r.random() < 0.6:
        blocks.insert(r.randint(1, max(1, len(blocks) - keep_end)), _related(r, fam))
    if r.random() < 0.5:
        blocks.insert(_slot(r, blocks, keep_end), [_inline_more(r, fam)])
    if r.random() < 0.4:
        blocks.insert(_slot(r, blocks, keep_end, 0), [_photo_credit(r, fam)])
    if r.random() < 0.15:
        blocks.insert(_slot(r, blocks, keep_end), [Line(r.choice(["Quảng cáo", "Nội dung tài trợ"]), "advert", "span")])
    top: list[Line] = [Line(title, "title", "h1")]
    meta = [_dateline(r, fam)]
    if r.random() < 0.35:
        meta.append(_byline(r, fam))
    if r.random() < 0.3:
        meta.append(_share(r, fam))
    r.shuffle(meta)
    top += meta
    top.append(Line(sapo, "content", r.choice(["p", "strong"])))
    page.body += top + [x for b in blocks for x in b]
    # the tail: bylines, sources, continuations, tags, share, related, comments, prompts
    tail: list[list[Line]] = []
    if r.random() < 0.8:
        tail.append([_byline(r, fam)])
    if r.random() < 0.5:
        tail.append([_source(r, fam)])
    if r.random() < 0.15:
        tail.append([_continuation(r, fam)])
    r.shuffle(tail)
    rest = []
    for p, make in ((0.6, _tags), (0.6, lambda rr, f: [_share(rr, f)]), (0.7, _related), (0.5, _comments),
                    (0.3, _advert), (0.3, _app_prompt), (0.3, _newsletter)):
        if r.random() < p:
            rest.append(make(r, fam))
    r.shuffle(rest)
    page.body += [x for b in tail + rest for x in b]
    side = [_most_read(r, fam), _side_widget(r, fam)]
    if r.random() < 0.4:
        side.append(_related(r, fam, header=True))
    if r.random() < 0.3:
        side.append(_advert(r, fam))
    r.shuffle(side)
    page.side += [x for b in side for x in b]
    foot = _footer(r, fam)
    if r.random() < 0.5:
        foot = [Line(" | ".join(r.sample(MENUS[fam], 4)), "menu", "div")] + foot
    page.foot += foot
    return page


# -- markup --------------------------------------------------------------------------------------------

# per family: wrapper of the article, class vocabulary (never a label's name)
_MARKUP = {
    74: {"art": ("div", "qd-detail"), "nav": "nav-qd", "top": "topstrip", "side": "col-right", "end": "site-info"},
    75: {"art": ("article", "pn-article"), "nav": "pn-nav", "top": "pn-topline", "side": "pn-aside", "end": "pn-bottom"},
    76: {"art": ("section", "bulletin-body"), "nav": "cb-nav", "top": "cb-alertbar", "side": "cb-panel", "end": "cb-info"},
    77: {"art": ("div", "recipe-detail"), "nav": "bv-nav", "top": "bv-utility", "side": "bv-rail", "end": "bv-base"},
}


def _lines_html(lines: list[Line], fam: int, n: int) -> str:
    esc = html.escape
    out: list[str] = []
    in_list = False
    for x in lines:
        if x.tag == "li" and not in_list:
            out.append("<ul>")
            in_list = True
        elif x.tag != "li" and in_list:
            out.append("</ul>")
            in_list = False
        t = esc(x.text)
        if x.tag == "li":
            if x.label in ("related_links", "tags", "menu"):
                href = f"/{'tag' if x.label == 'tags' else 'bai'}-{zlib.crc32(x.text.encode()) % 10**7}.html"
                out.append(f"<li><a href='{href}'>{t}</a></li>")
            else:
                out.append(f"<li>{t}</li>")
        elif x.tag in ("h1", "h2", "h3", "h4"):
            out.append(f"<{x.tag}>{t}</{x.tag}>")
        elif x.tag == "strong":
            out.append(f"<p><strong>{t}</strong></p>")
        elif x.tag == "em":
            out.append(f"<p class='note'><em>{t}</em></p>")
        elif x.tag == "span":
            out.append(f"<span class='it'>{t}</span>")
        elif x.tag == "div":
            out.append(f"<div class='row-{fam}'>{t}</div>")
        elif x.label in ("byline", "source") and (fam + n) % 2:
            out.append(f"<p style='text-align:right'><b>{t}</b></p>")
        else:
            out.append(f"<p>{t}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def render_html(page: Page, n: int) -> str:
    """One page in its site's markup."""
    esc = html.escape
    fam = page.family
    mk = _MARKUP[fam]
    title = next(x.text for x in page.body if x.label == "title")
    top = [x for x in page.head if x.tag == "span"]
    rest = [x for x in page.head if x.tag != "span"]
    crumbs = [x for x in rest if x.label == "breadcrumb"]
    nav = [x for x in rest if x.label != "breadcrumb"]
    art_tag, art_cls = mk["art"]
    crumb_html = "".join(f"<div class='path-{fam}'>{esc(x.text)}</div>" for x in crumbs)
    end_tag = "footer" if fam in (74, 76) else "div"
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} | {esc(SITE_NAMES[fam])}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/{zlib.crc32(title.encode()) % 10**8}-{n}.html'>"
        f"<meta property='og:site_name' content='{esc(SITE_NAMES[fam])}'></head><body>"
        f"<div class='{mk['top']}'>{_lines_html(top, fam, n)}</div>"
        f"<header><nav class='{mk['nav']}'>{_lines_html(nav, fam, n)}</nav></header>"
        f"<div class='wrap'>{crumb_html if fam != 77 else ''}"
        f"<{art_tag} class='{art_cls}'>{crumb_html if fam == 77 else ''}{_lines_html(page.body, fam, n)}</{art_tag}>"
        f"<aside class='{mk['side']}'>{_lines_html(page.side, fam, n)}</aside></div>"
        f"<{end_tag} class='{mk['end']}'>{_lines_html(page.foot, fam, n)}</{end_tag}></body></html>"
    )
