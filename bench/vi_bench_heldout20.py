"""Held-out 20: families 94-97 of the line-labelled Vietnamese page benchmark (seed 67).

Written by helper HO20, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types, the label
names and the name, phone and date helpers), the harness parts of `bench/eval_vi_pages.py` (its
docstring, HALVES, MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop,
`page_lines` and the scoring functions) and, for the module API (FAMILIES, ARTICLE_OUTLETS, SEED,
OUTLETS, `build_page`, `render_html`, `trap_share()`) and docstring style only, `bench/vi_bench_heldout19.py`.
Nothing under `cleaners/`, `flows/` or `tests/`, no README, no HISTORY, no held-out score section, no
rule-diff TSV and no other held-out module was opened, and the cleaner was never run on these pages
before their one scoring: the wordings below are the author's own, chosen by what such sites print, not
by what any rule catches. The pages were not changed after the score was seen.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 94 `nhipsan24h.vn`, a stock-market and securities news site: an index ticker strip on top (VN-Index,
  HNX-Index, UPCoM), "Bảng giá | Mở tài khoản" links, "Mã liên quan" ticker tags, "Cùng mã" boxes inside
  the body, a "Top tăng giá" side board, open-an-account promos, an investment disclaimer and a footer
  naming the media company. Traps: movers tables (ticker, price, change), quarterly result figures,
  dividend record-date schedules, an AGM agenda as numbered points, an investor help desk's phones and
  e-mail, a recommendation line without a full stop, an analyst's quote with the speaker (name, post,
  broker) on a line of its own, "Theo Khối Phân tích ..." sentences, sub-headings.
- 95 `tintuc.dhkhpn.edu.vn`, the news portal of a university (and its research institutes): a
  "Sinh viên | Giảng viên | Cựu sinh viên | English" top bar, an admissions hotline strip, a "Thông báo"
  side list, a visitor counter, file attachments, "Liên kết website" lists, a footer with the school's
  address and the person responsible for content. Traps: cut-off score tables by major and code, a
  seminar programme by hour, lists of award-winning students (name, class, faculty), lists of published
  papers with journal and issue, the admissions office's address, phone and e-mail inside the story,
  application deadlines as short lines, quotes with the speaker's academic title and post on a line of
  their own, "Theo Phòng Đào tạo, ..." sentences, sub-headings.
- 96 `visitquangngai-travel.vn`, a provincial tourism-promotion board: a language switcher, a tourist
  hotline strip, "Điểm đến gợi ý" boxes, a weather board for the destinations, tour promos with prices,
  a star-rating bar, a "Tải bản đồ du lịch" download, a footer naming the promotion centre and its
  ministry-level owner. Traps: day-by-day itineraries, ticket price lists, festival calendars, ferry and
  boat operators' phones, short dish names under a "Món ngon nên thử" sub-heading, travel tips without
  full stops, a quote with the official's line, "Theo Sở Văn hóa, Thể thao và Du lịch, ..." sentences.
- 97 `bannhoxanh.vn`, a children's weekly: a greeting with the day's date, an issue line, "Bạn đã đọc
  chưa?" boxes, "Gửi bài cho Bạn Nhỏ Xanh" and print-subscription boxes, drawing credits ("Tranh: ..."),
  a "Truyện được đọc nhiều" side list, serial markers, a comment prompt addressed to parents. Traps:
  riddles in verse with their answer line, children's verse, drawing-contest prize lists (pupil, class,
  school), numbered craft steps without full stops, swimming-safety rules, a contest's postal address and
  deadline inside the story, a child's quote with the child's name and class on a line of its own,
  "Theo các bác sĩ nhi khoa, ..." sentences, sub-headings.

Every page varies the presence and order of its chrome with the seeded RNG (top strips, menu as items
or as one line, breadcrumb, dateline above or below the title, a byline on top or at the tail, boxes at a
random paragraph, image credits, tail lines shuffled, side widgets and footer lines dropped at random).
Text records (n >= 16) are the same pages as a scraper saves them: head, body, the below-article and
side blocks, footer, one line each.

Trap share at the default size (16 pages + 40 records per family), as `trap_share()` counts it: 1,766
of the 3,886 content lines (titles included), 45.4 %. Only lines shaped like boilerplate
count as traps (list, table and schedule lines, speaker lines, contact lines, sub-headings, verse,
"Theo X, ..." sentences, closings without a full stop); a trap block's ordinary lead-in sentence does not.
"""

from __future__ import annotations

import html
import random
import zlib
from dataclasses import dataclass

from bench import vi_bench_templates as T

FAMILIES = (94, 95, 96, 97)
ARTICLE_OUTLETS = ("VNE", "NLD", "TT", "TN")
SEED = 67
PAGES = 16  # the harness's default number of HTML pages per family; later pages are text records
OUTLETS = {94: "nhipsan24h.vn", 95: "tintuc.dhkhpn.edu.vn", 96: "visitquangngai-travel.vn", 97: "bannhoxanh.vn"}
SITE_NAMES = {94: "Nhịp Sàn", 95: "Trường Đại học Khoa học Phương Nam", 96: "Du lịch Quảng Ngãi",
              97: "Bạn Nhỏ Xanh"}


@dataclass
class Trap(T.Line):
    """A line of article text shaped like boilerplate (its label stays "content")."""


def _c(text: str, tag: str = "p") -> T.Line:
    return T.Line(text, "content", tag)


def _t(text: str, tag: str = "p") -> Trap:
    return Trap(text, "content", tag)


def _b(text: str, label: str, tag: str = "p") -> T.Line:
    return T.Line(text, label, tag)


# -- shared pools ------------------------------------------------------------------------------------

_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương",
       "Đinh", "Lâm", "Tô", "Châu", "Quách", "Kiều", "Thái", "La"]
_DEM = ["Văn", "Thị", "Hoàng", "Minh", "Ngọc", "Gia", "Thanh", "Quang", "Bảo", "Khánh", "Tuệ", "Phúc", "Anh", "Mỹ",
        "Đăng", "Nhật", "Thùy", "Tấn"]
_TEN = ["An", "Bình", "Chi", "Đạt", "Hân", "Khôi", "My", "Nam", "Nhi", "Phúc", "Quyên", "Tài", "Trinh", "Vinh",
        "Uyên", "Kiệt", "Ngân", "Thư", "Lực", "Hậu", "Oanh", "Tín", "Sang", "Xuân"]
_ROADS = ["Nguyễn Văn Cừ", "3 Tháng 2", "Lê Thánh Tôn", "Phạm Văn Đồng", "Quang Trung", "Hùng Vương",
          "Nguyễn Tất Thành", "Lê Lợi", "Bạch Đằng", "Trần Quốc Toản", "Huỳnh Thúc Kháng"]


def _name(r: random.Random) -> str:
    return f"{r.choice(_HO)} {r.choice(_DEM)} {r.choice(_TEN)}"


def _short(r: random.Random) -> str:
    """A byline name as sites print it: middle and given name."""
    return f"{r.choice(_DEM)} {r.choice(_TEN)}"


def _tel(r: random.Random) -> str:
    return r.choice([f"0{r.choice([255, 292, 28, 24, 236])} {r.randint(3600000, 3899999)}",
                     f"09{r.randint(0, 9)}{r.randint(1, 9)} {r.randint(100, 999)} {r.randint(100, 999)}",
                     f"1900 {r.randint(1000, 9999)}", T.phone(r)])


def _day(r: random.Random, year: bool = True) -> str:
    d = f"{r.randint(1, 28)}/{r.randint(1, 12)}"
    return f"{d}/{r.randint(2019, 2024)}" if year else d


def _clock(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _num(x: float, nd: int = 2) -> str:
    """A number as Vietnamese sites print it: dot thousands, comma decimals."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def _weekday(r: random.Random) -> str:
    return r.choice(["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"])


# -- family 94: stock-market and securities news ------------------------------------------------------

_TICK = ["HPG", "VNM", "SSI", "FPT", "MWG", "VCB", "TCB", "VIX", "DGC", "GEX", "PVS", "SHB", "VHM", "DIG", "KBC",
         "POW", "NVL", "HSG", "VND", "MSN"]
_BROKERS = ["Chứng khoán Bình Minh", "Chứng khoán Đông Á Việt", "Chứng khoán Sao Phương Nam",
            "Chứng khoán Thành Công Việt", "Chứng khoán Hải Đăng"]
_H94 = ["Khối ngoại bán ròng phiên thứ năm liên tiếp", "VN-Index giằng co quanh vùng kháng cự",
        "Cổ phiếu thép hút dòng tiền trở lại", "Thanh khoản sụt giảm, nhà đầu tư thận trọng",
        "Ngân hàng đồng loạt công bố lợi nhuận quý", "Nhóm chứng khoán dẫn dắt đà hồi phục",
        "Margin toàn thị trường lập đỉnh mới", "Doanh nghiệp bất động sản chậm trả lãi trái phiếu",
        "Quỹ ngoại cơ cấu danh mục trong kỳ review", "Giá dầu giảm kéo cổ phiếu dầu khí đi xuống"]


def _index_line(r: random.Random, name: str, lo: float, hi: float) -> str:
    v, d = r.uniform(lo, hi), r.uniform(-1.5, 1.5) * lo / 100
    arrow = "▲" if d >= 0 else "▼"
    return f"{name} {_num(v)} {arrow} {_num(abs(d))} ({'+' if d >= 0 else '-'}{_num(abs(d) / v * 100)}%)"


def _head94(r: random.Random) -> list[T.Line]:
    out = []
    ticks = [_index_line(r, "VN-Index", 1150, 1290), _index_line(r, "HNX-Index", 220, 250),
             _index_line(r, "UPCoM", 88, 97)]
    if r.random() < 0.75:
        out += ([_b(x, "price_widget", "ticker") for x in ticks] if r.random() < 0.6
                else [_b(" · ".join(ticks), "price_widget", "ticker")])
    if r.random() < 0.6:
        out.append(_b(r.choice(["Bảng giá | Mở tài khoản | Đăng nhập", "Bảng giá trực tuyến | Đăng ký | Đăng nhập",
                                "Dữ liệu | Bảng giá | English"]), "menu", "top"))
    items = r.sample(["Thị trường", "Doanh nghiệp", "Phân tích", "Quỹ đầu tư", "Trái phiếu", "Tài chính quốc tế",
                      "Hàng hóa", "Ngân hàng", "Dữ liệu", "Lịch sự kiện", "Cổ tức", "IPO"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.55 else [_b(" | ".join(items), "menu", "navline")]
    a, b = r.sample(["Chứng khoán", "Doanh nghiệp", "Phân tích", "Cổ tức", "Trái phiếu"], 2)
    if r.random() < 0.8:
        out.append(_b(r.choice([f"Trang chủ > {a} > {b}", f"{a} > {b}", f"Nhịp Sàn / {a}"]), "breadcrumb", "crumb"))
    return out


def _traps94(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "td", "p"])
    movers = [_c(r.choice(["Các mã tăng mạnh nhất trên sàn HOSE phiên hôm nay:",
                           "Nhóm cổ phiếu đóng góp nhiều điểm nhất cho chỉ số gồm:"]))]
    for tk in r.sample(_TICK, r.randint(3, 5)):
        p = r.randint(80, 1200) * 50
        movers.append(_t(r.choice([f"{tk}: {_num(p, 0)} đồng (+{_num(r.uniform(0.5, 6.9))}%)",
                                   f"{tk} tăng {_num(r.uniform(0.5, 6.9))}% lên {_num(p, 0)} đồng/cp",
                                   f"{tk} +{_num(r.uniform(0.5, 6.9))}%"]), tag))
    q = r.randint(1, 4)
    figures = [_c(f"Một số chỉ tiêu chính trong quý {['I', 'II', 'III', 'IV'][q - 1]} của công ty:"),
               _t(f"Doanh thu thuần: {_num(r.randint(400, 30000), 0)} tỷ đồng, tăng {r.randint(2, 60)}%", tag),
               _t(f"Lợi nhuận sau thuế: {_num(r.randint(20, 5000), 0)} tỷ đồng", tag),
               _t(f"EPS: {_num(r.randint(300, 6000), 0)} đồng", tag)]
    if r.random() < 0.5:
        figures.append(_t(f"Biên lợi nhuận gộp: {_num(r.uniform(5, 40), 1)}%", tag))
    div = [_t(r.choice(["Lịch chốt quyền cổ tức tuần này", "Lịch trả cổ tức", "LỊCH SỰ KIỆN DOANH NGHIỆP"]), "h2")]
    for tk in r.sample(_TICK, 3):
        div.append(_t(r.choice([f"Ngày {_day(r, False)}: {tk} chốt quyền nhận cổ tức bằng tiền tỷ lệ {r.randint(5, 30)}%",
                                f"{tk} - ngày đăng ký cuối cùng {_day(r)}, cổ tức {_num(r.randint(5, 30) * 100, 0)} đồng/cp",
                                f"{tk}: trả cổ tức bằng cổ phiếu tỷ lệ 100:{r.randint(5, 25)}"]), tag))
    agm = [_c(r.choice(["Đại hội đồng cổ đông thường niên sẽ thông qua các nội dung:",
                        "Tờ trình gửi cổ đông gồm các vấn đề sau:"]))]
    agm += [_t(f"{i}. {x}", "ol") for i, x in enumerate(r.sample(
        ["Báo cáo hoạt động của Hội đồng quản trị năm 2023", "Kế hoạch kinh doanh năm 2024",
         "Phương án phân phối lợi nhuận", "Lựa chọn đơn vị kiểm toán báo cáo tài chính",
         "Thù lao Hội đồng quản trị và Ban kiểm soát", "Phương án phát hành cổ phiếu cho cổ đông hiện hữu",
         "Miễn nhiệm và bầu bổ sung thành viên Hội đồng quản trị"], 4), 1)]
    desk = [_c("Nhà đầu tư cần hỗ trợ về thủ tục lưu ký có thể liên hệ:"),
            _t(f"Trung tâm Lưu ký chứng khoán, chi nhánh TP.HCM: {_tel(r)}"),
            _t(f"Bộ phận hỗ trợ nhà đầu tư của {r.choice(_BROKERS)}: {_tel(r)}"),
            _t(f"Email: hotro@{r.choice(['luuky', 'hotrondt', 'dichvu'])}.com.vn")]
    broker = r.choice(_BROKERS)
    quote = [_c(r.choice(["“Dòng tiền đang xoay vòng nhanh giữa các nhóm ngành, nhà đầu tư không nên dùng đòn bẩy "
                          "cao ở thời điểm này.”", "“Chúng tôi kỳ vọng lợi nhuận nhóm ngân hàng cải thiện rõ từ nửa "
                          "cuối năm khi tín dụng tăng tốc.”", "“Vùng điểm hiện tại phù hợp để giải ngân từng phần "
                          "vào những doanh nghiệp có nền tảng tốt.”"]), "quote"),
             _t(r.choice([f"Ông {_name(r)}, Giám đốc Phân tích {broker}", f"Bà {_name(r)} - Trưởng bộ phận Nghiên cứu, "
                          f"{broker}", f"— {_name(r)}, chuyên gia {broker}"]), "speaker")]
    theo = [_t(r.choice([f"Theo Khối Phân tích của {broker}, VN-Index có thể kiểm định lại vùng "
                         f"{r.randint(118, 128) * 10} điểm trong tuần tới.",
                         f"Theo số liệu của Sở Giao dịch Chứng khoán TP.HCM, khối ngoại đã bán ròng "
                         f"{_num(r.randint(200, 3000), 0)} tỷ đồng trong tuần qua.",
                         f"Theo báo cáo chiến lược của {broker}, lợi nhuận toàn thị trường có thể tăng "
                         f"{r.randint(10, 25)}% trong năm nay."]))]
    rec = [_c(f"Với mã {r.choice(_TICK)}, nhóm phân tích đưa ra đánh giá như sau:"),
           _t(r.choice([f"Khuyến nghị: nắm giữ, giá mục tiêu {_num(r.randint(20, 120) * 1000, 0)} đồng",
                        f"Khuyến nghị MUA, giá mục tiêu {_num(r.randint(20, 120) * 1000, 0)} đồng/cp",
                        f"Vùng mua: {r.randint(20, 60)}.000 - {r.randint(61, 80)}.000 đồng; cắt lỗ dưới "
                        f"{r.randint(15, 19)}.000 đồng"]))]
    head = [_t(r.choice(["Dòng tiền phân hóa mạnh", "Khối ngoại vẫn bán ròng", "Triển vọng nửa cuối năm",
                         "Rủi ro cần lưu ý"]), "h2")]
    return [movers, figures, div, agm, desk, quote, theo, rec, head]


def _box94(r: random.Random) -> list[T.Line]:
    head = r.choice(["Cùng mã", "Tin cùng doanh nghiệp", "ĐỌC NHANH", "Theo dòng sự kiện", None])
    items = [r.choice([h, f"[{r.choice(_TICK)}] {h}", f"{r.choice(_TICK)}: {h}", f"{h} ({_day(r, False)})"])
             for h in r.sample(_H94, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail94(r: random.Random) -> list[T.Line]:
    a = _short(r)
    out = [_b(r.choice([a, f"{a} (tổng hợp)", "Nhóm Phân tích Nhịp Sàn", f"CTV {a}", f"{a} - {_short(r)}",
                        f"{a} | Nhịp Sàn"]), "byline")]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Nguồn: HOSE, HNX", "Theo dữ liệu FiinTrade", "Theo Bloomberg", "Nguồn: VSDC, SSC",
                                "(Theo Reuters)"]), "source"))
    if r.random() < 0.7:
        tks = r.sample(_TICK, r.randint(1, 4))
        out.append(_b(r.choice(["Mã liên quan: " + ", ".join(tks), "Cổ phiếu: " + " ".join(tks),
                                "Từ khóa: " + ", ".join(r.sample(["khối ngoại", "thanh khoản", "margin", "cổ tức",
                                                                  "VN-Index", "ĐHĐCĐ", "trái phiếu"], 3))]), "tags"))
    if r.random() < 0.6:
        out.append(_b(r.choice(["Bài viết chỉ mang tính tham khảo, không phải khuyến nghị mua hay bán cổ phiếu.",
                                "Nhà đầu tư tự chịu trách nhiệm với quyết định đầu tư của mình.",
                                "Thông tin mang tính tham khảo. Nhịp Sàn không chịu trách nhiệm về các quyết định đầu "
                                "tư dựa trên bài viết này."]), "footer", "disclaimer"))
    out.append(_b(r.choice(["Chia sẻ Facebook LinkedIn Zalo", "Theo dõi Nhịp Sàn trên Google News", "Lưu tin",
                            "Sao chép link", "Tải app Nhịp Sàn để nhận cảnh báo giá"]), "share_widget"))
    return out


def _below94(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b(x, "advert", "promo") for x in r.choice([
            ["Mở tài khoản chứng khoán online chỉ trong 5 phút", "Miễn phí giao dịch 3 tháng đầu - Đăng ký ngay",
             f"Hotline: {_tel(r)}"],
            [f"Vay margin lãi suất từ {_num(r.uniform(8, 11), 1)}%/năm", f"Liên hệ chuyên viên: {_tel(r)}"]])]
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Thảo luận", "Đăng nhập để tham gia thảo luận"], [f"Bình luận ({r.randint(0, 80)})", "Gửi bình luận"],
            ["Bạn nghĩ gì về cổ phiếu này?"]])]
    if r.random() < 0.75:
        out.append(_b(r.choice(["Tin mới nhất", "Đọc tiếp", "Tin khác"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{_clock(r)} {h}", f"{h} - {r.randint(1, 59)} phút trước"]), "related_links", "below")
                for h in r.sample(_H94, r.randint(3, 5))]
    return out


def _side94(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.65:
        out.append(_b(r.choice(["Top tăng giá", "Top giảm giá", "Khối ngoại mua ròng"]), "price_widget", "h4"))
        out += [_b(f"{tk} {_num(r.randint(80, 1200) * 50, 0)} {r.choice(['+', '-'])}{_num(r.uniform(0.3, 7))}%",
                   "price_widget", "li") for tk in r.sample(_TICK, r.randint(3, 5))]
    if r.random() < 0.6:
        out.append(_b(r.choice(["Đọc nhiều", "Phân tích - Nhận định"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H94, r.randint(3, 4))]
    return out


def _foot94(r: random.Random) -> list[T.Line]:
    lines = ["Nhịp Sàn - Trang thông tin điện tử tổng hợp về chứng khoán và tài chính",
             f"Giấy phép số {r.randint(100, 900)}/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp ngày {_day(r)}",
             "Cơ quan chủ quản: Công ty Cổ phần Truyền thông Nhịp Sàn",
             f"Địa chỉ: Tầng {r.randint(5, 25)}, tòa nhà {r.choice(['Lotus', 'Sunrise', 'Thành Công'])}, "
             f"{r.randint(1, 200)} {r.choice(_ROADS)}, Hà Nội",
             f"Liên hệ quảng cáo: {_tel(r)} - Email: quangcao@nhipsan24h.vn",
             f"© {r.randint(2018, 2024)} Nhịp Sàn. Mọi quyền được bảo lưu."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 95: university news portal ----------------------------------------------------------------

_MAJORS = [("Công nghệ thông tin", "7480201"), ("Kỹ thuật phần mềm", "7480103"), ("Công nghệ sinh học", "7420201"),
           ("Nuôi trồng thủy sản", "7620301"), ("Kinh doanh nông nghiệp", "7620114"), ("Luật", "7380101"),
           ("Sư phạm Toán học", "7140209"), ("Ngôn ngữ Anh", "7220201"), ("Kỹ thuật môi trường", "7520320"),
           ("Khoa học cây trồng", "7620110")]
_FACULTY = ["Khoa Công nghệ thông tin", "Khoa Nông nghiệp", "Khoa Thủy sản", "Khoa Luật", "Khoa Sư phạm",
            "Viện Công nghệ sinh học và Thực phẩm", "Khoa Môi trường và Tài nguyên", "Khoa Kinh tế"]
_TITLES = ["PGS.TS", "GS.TS", "TS", "ThS", "PGS.TS"]
_H95 = ["Thông báo lịch nghỉ hè năm học 2023-2024", "Hội thảo quốc tế về nông nghiệp thông minh",
        "Sinh viên đạt giải Nhất cuộc thi khởi nghiệp", "Công bố kết quả xét tuyển sớm",
        "Lễ tốt nghiệp đợt 2 năm 2024", "Ký kết hợp tác với đại học Nhật Bản",
        "Nghiệm thu đề tài cấp Bộ về giống lúa chịu mặn", "Thông báo thu học phí học kỳ I",
        "Tuyển sinh đào tạo thạc sĩ đợt 1", "Ngày hội việc làm cho sinh viên năm cuối"]


def _head95(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["Sinh viên | Giảng viên | Cựu sinh viên | English", "Email | Thư viện | Đào tạo trực "
                                "tuyến | EN", "Cán bộ | Người học | Tuyển sinh | Liên hệ"]), "menu", "top"))
    if r.random() < 0.45:
        out.append(_b(r.choice([f"Hotline tuyển sinh: {_tel(r)}", f"Tư vấn tuyển sinh {_tel(r)} (giờ hành chính)"]),
                      "advert", "top"))
    items = r.sample(["Giới thiệu", "Tuyển sinh", "Đào tạo", "Khoa học - Công nghệ", "Hợp tác quốc tế", "Người học",
                      "Thư viện", "Tin tức - Sự kiện", "Thông báo", "Ba công khai", "Đảm bảo chất lượng"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" - ".join(items), "menu", "navline")]
    a = r.choice(["Tin tức - Sự kiện", "Khoa học - Công nghệ", "Tuyển sinh", "Hợp tác quốc tế", "Hoạt động sinh viên"])
    if r.random() < 0.85:
        out.append(_b(r.choice([f"Trang chủ » {a}", f"Trang chủ » Tin tức » {a}", f"{a} »"]), "breadcrumb", "crumb"))
    return out


def _traps95(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["td", "li", "p"])
    scores = [_c(r.choice(["Điểm chuẩn trúng tuyển một số ngành năm nay như sau:",
                           "Điểm trúng tuyển theo phương thức xét điểm thi tốt nghiệp THPT:"])),
              *[_t(r.choice([f"{m} ({code}): {_num(r.uniform(16, 27.5), 2)} điểm", f"{code} - {m}: {_num(r.uniform(16, 27.5), 2)}",
                             f"Ngành {m}: {_num(r.uniform(16, 27.5), 2)}"]), tag)
                for m, code in r.sample(_MAJORS, r.randint(3, 5))]]
    prog = [_t(r.choice(["Chương trình hội thảo", "Chương trình làm việc", "Lịch trình"]), "h2")]
    h = 8
    for x in r.sample(["Đón tiếp đại biểu", "Phát biểu khai mạc", "Báo cáo đề dẫn", "Phiên toàn thể",
                       "Thảo luận theo tiểu ban", "Giải lao, chụp ảnh lưu niệm", "Tổng kết và bế mạc"], 4):
        prog.append(_t(f"{h}h{r.choice(['00', '30'])} - {h + 1}h00: {x}", tag))
        h += 1
    awards = [_c(r.choice(["Danh sách sinh viên đạt giải gồm:", "Kết quả cụ thể như sau:"]))]
    for prize in r.sample(["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"], r.randint(2, 4)):
        awards.append(_t(f"{prize}: {_name(r)} (lớp DH{r.randint(19, 23)}{r.choice(['TH', 'SH', 'NN', 'LK', 'TS'])}, "
                         f"{r.choice(_FACULTY)})", tag))
    papers = [_c("Các công trình tiêu biểu của nhóm đã được công bố gồm:")]
    for title in r.sample(["Đánh giá khả năng chịu mặn của một số giống lúa OM ở vùng ven biển",
                           "Ứng dụng học sâu trong nhận dạng sâu bệnh hại cây có múi",
                           "Ảnh hưởng của xâm nhập mặn đến mô hình nuôi tôm - lúa",
                           "Tuyển chọn chủng vi khuẩn phân giải rơm rạ sau thu hoạch",
                           "Chính sách tín dụng cho hộ nông dân trồng lúa ở đồng bằng sông Cửu Long"], r.randint(2, 3)):
        papers.append(_t(f"{title} ({r.choice(['Tạp chí Khoa học Phương Nam', 'Journal of Applied Sciences', 'Tạp chí Nông nghiệp và PTNT'])}, "
                         f"số {r.randint(1, 12)}/{r.randint(2020, 2024)})", "li"))
    office = [_c(r.choice(["Thí sinh cần tư vấn có thể liên hệ:", "Mọi thắc mắc về hồ sơ, thí sinh liên hệ:"])),
              _t(f"Phòng Đào tạo, Khu II, đường {r.choice(_ROADS)}, quận Ninh Kiều, TP Cần Thơ"),
              _t(f"Điện thoại: {_tel(r)}"), _t("Email: tuyensinh@dhkhpn.edu.vn")]
    if r.random() < 0.5:
        office.append(_t("Fanpage: facebook.com/tuyensinhdhkhpn"))
    dl = [_t(f"Thời gian nhận hồ sơ: từ {_day(r, False)} đến {_day(r)}"),
          _t(r.choice(["Hình thức: trực tuyến qua cổng tuyển sinh của trường", "Lệ phí xét tuyển: 25.000 đồng/nguyện vọng",
                       "Hình thức nộp: trực tiếp hoặc qua bưu điện"]))]
    quote = [_c(r.choice(["“Nhà trường sẽ tạo mọi điều kiện để sinh viên được tiếp cận các phòng thí nghiệm hiện đại "
                          "ngay từ năm thứ hai.”", "“Kết quả này mở ra hướng ứng dụng thực tế cho bà con nông dân vùng "
                          "đồng bằng.”", "“Chúng tôi muốn mỗi đề tài đều phải trả lời được câu hỏi: người dân được "
                          "gì?”"]), "quote"),
             _t(f"{r.choice(_TITLES)} {_name(r)}, {r.choice(['Hiệu trưởng Nhà trường', 'Phó Hiệu trưởng', 'Trưởng ' + r.choice(_FACULTY), 'chủ nhiệm đề tài'])}",
                "speaker")]
    theo = [_t(r.choice([f"Theo Phòng Đào tạo, năm nay trường tuyển {_num(r.randint(6000, 11000), 0)} chỉ tiêu "
                         f"cho {r.randint(90, 110)} ngành.",
                         f"Theo Hội đồng nghiệm thu, đề tài đạt loại xuất sắc với {r.randint(85, 97)}/100 điểm.",
                         "Theo kế hoạch, các lớp học kỳ hè sẽ bắt đầu từ đầu tháng 7."]))]
    head = [_t(r.choice(["Nâng cao chất lượng đào tạo", "Gắn nghiên cứu với thực tiễn", "Vươn ra thế giới",
                         "Những con số ấn tượng"]), "h2")]
    return [scores, prog, awards, papers, office, dl, quote, theo, head]


def _box95(r: random.Random) -> list[T.Line]:
    head = r.choice(["Tin tức khác", "Thông báo mới", "Sự kiện sắp diễn ra", "Tin hoạt động khoa học", None])
    items = [r.choice([h, f"{h} ({_day(r)})", f"{h} [Mới]"]) for h in r.sample(_H95, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail95(r: random.Random) -> list[T.Line]:
    a = _short(r)
    out = [_b(r.choice(["Phòng Truyền thông", f"Tin: {a} - Ảnh: {_short(r)}", f"Tin: {r.choice(_FACULTY)}",
                        f"ThS. {_name(r)}", f"{a} (Phòng Công tác sinh viên)", f"Tin, ảnh: {r.choice(_FACULTY)}"]),
              "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Nguồn: Phòng Quản lý khoa học", "Theo Bộ Giáo dục và Đào tạo",
                                "Nguồn tin: Phòng Hợp tác quốc tế"]), "source"))
    if r.random() < 0.35:
        out.append(_b(r.choice([f"Tệp đính kèm: Thong-bao-so-{r.randint(100, 999)}-DHKHPN.pdf",
                                f"Tải về: Ke-hoach-{r.randint(10, 99)}.docx", "Xem chi tiết văn bản tại đây"]),
                      "related_links", "attach"))
    if r.random() < 0.3:
        out.append(_b(r.choice(["(Còn tiếp)", f"Kỳ sau: {r.choice(_H95)}"]), "continuation"))
    out.append(_b(r.choice(["In trang | Gửi email | Về đầu trang", f"Lượt xem: {r.randint(50, 9000)}", "Chia sẻ",
                            "Chia sẻ lên Facebook", "Quay lại"]), "share_widget"))
    return out


def _below95(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.8:
        out.append(_b(r.choice(["Các tin khác", "Tin đã đưa", "Bài viết cùng chuyên mục"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} ({_day(r)})", f"{_day(r)} - {h}"]), "related_links", "below")
                for h in r.sample(_H95, r.randint(3, 6))]
    return out


def _side95(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["Thông báo", "THÔNG BÁO MỚI", "Lịch công tác tuần"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H95, r.randint(3, 5))]
    if r.random() < 0.5:
        out.append(_b("Liên kết website", "related_links", "h4"))
        out += [_b(x, "related_links", "li") for x in r.sample(["Bộ Giáo dục và Đào tạo", "Cổng dịch vụ công",
                                                                "Thư viện số", "Hệ thống quản lý đào tạo",
                                                                "Tạp chí Khoa học Trường"], 3)]
    if r.random() < 0.5:
        out += [_b(f"Lượt truy cập: {_num(r.randint(100000, 9999999), 0)}", "share_widget", "counter"),
                _b(f"Đang trực tuyến: {r.randint(20, 900)}", "share_widget", "counter")]
    return out


def _foot95(r: random.Random) -> list[T.Line]:
    lines = ["TRƯỜNG ĐẠI HỌC KHOA HỌC PHƯƠNG NAM",
             f"Địa chỉ: Khu II, đường {r.choice(_ROADS)}, phường Xuân Khánh, quận Ninh Kiều, TP Cần Thơ",
             f"Điện thoại: {_tel(r)} - Fax: {_tel(r)} - Email: dhkhpn@dhkhpn.edu.vn",
             f"Chịu trách nhiệm nội dung: {r.choice(['PGS.TS', 'GS.TS'])} {_name(r)}, Hiệu trưởng",
             "© Bản quyền thuộc về Trường Đại học Khoa học Phương Nam"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 96: provincial tourism-promotion board ----------------------------------------------------

_SPOTS = ["đảo Lý Sơn", "biển Mỹ Khê", "bãi biển Sa Huỳnh", "thác Trắng", "khu chứng tích Sơn Mỹ",
          "thành cổ Châu Sa", "núi Thiên Ấn", "chùa Hang", "cổng Tò Vò", "đỉnh Thới Lới", "làng chài Sa Huỳnh",
          "suối Nước Lạnh"]
_H96 = ["Lý Sơn vào mùa đẹp nhất trong năm", "Khám phá cung đường ven biển phía Nam", "Lễ hội đua thuyền truyền thống",
        "Gợi ý 5 quán hải sản ngon cho du khách", "Tour ngắm bình minh trên đỉnh Thới Lới",
        "Homestay làng chài hút khách trẻ", "Tuần lễ văn hóa ẩm thực biển", "Mùa tỏi Lý Sơn vào vụ thu hoạch",
        "Săn mây ở cao nguyên phía Tây", "Những điểm check-in không thể bỏ lỡ"]


def _head96(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tiếng Việt | English | 한국어 | 中文", "VI | EN | KO | JA", "Tiếng Việt | English"]),
                      "menu", "top"))
    if r.random() < 0.5:
        out.append(_b(r.choice([f"Đường dây nóng hỗ trợ du khách: {_tel(r)}", f"Tổng đài du lịch 24/7: {_tel(r)}"]),
                      "advert", "top"))
    items = r.sample(["Điểm đến", "Lưu trú", "Ẩm thực", "Lễ hội - Sự kiện", "Lịch trình gợi ý", "Bản đồ du lịch",
                      "Cẩm nang", "Thư viện ảnh", "Tin du lịch", "Dịch vụ", "Mua sắm"], 7)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.6 else [_b(" / ".join(items), "menu", "navline")]
    a = r.choice(["Tin du lịch", "Lễ hội - Sự kiện", "Điểm đến", "Cẩm nang", "Ẩm thực"])
    if r.random() < 0.75:
        out.append(_b(r.choice([f"Trang chủ / {a}", f"Khám phá / {a}", f"Trang chủ › Du lịch › {a}"]), "breadcrumb",
                      "crumb"))
    return out


def _traps96(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "p", "td"])
    s = r.sample(_SPOTS, 6)
    itin = [_t(r.choice(["Hành trình 2 ngày 1 đêm", "Đi đâu, chơi gì?", "Hành trình tham khảo"]), "h2"),
            _t(f"Ngày 1: Sáng đi tàu cao tốc từ cảng Sa Kỳ, chiều tham quan {s[0]} và {s[1]}", tag),
            _t(f"Ngày 2: Ngắm bình minh ở {s[2]}, mua đặc sản rồi về đất liền", tag)]
    if r.random() < 0.5:
        itin.append(_t(f"Tối: thưởng thức hải sản ở chợ đêm, nghỉ tại homestay gần {s[3]}", tag))
    tickets = [_c(r.choice(["Giá vé tham quan tại một số điểm:", "Bảng giá vé áp dụng từ tháng này:"]))]
    tickets += [_t(r.choice([f"{x.capitalize()}: {_num(r.randint(1, 20) * 10000, 0)} đồng/người",
                             f"Vé vào {x}: {r.randint(1, 20) * 10}.000đ (trẻ em dưới 1,2 m miễn phí)"]), tag)
                for x in s[:r.randint(2, 4)]]
    fest = [_c("Các hoạt động chính trong Tuần Văn hóa - Du lịch biển:")]
    fest += [_t(f"Ngày {_day(r, False)}: {x}", tag) for x in r.sample(
        ["Khai mạc và bắn pháo hoa tầm thấp", "Giải đua thuyền truyền thống trên sông Trà Khúc",
         "Hội chợ sản phẩm OCOP và đặc sản địa phương", "Liên hoan hò khoan, bài chòi", "Lễ Khao lề thế lính Hoàng Sa",
         "Chương trình bế mạc và trao giải"], r.randint(3, 4))]
    ferry = [_c(r.choice(["Du khách có thể đặt vé tàu ra đảo qua các số điện thoại:",
                          "Các hãng tàu đang khai thác tuyến Sa Kỳ - Lý Sơn:"]))]
    ferry += [_t(f"{x}: {_tel(r)}", tag) for x in r.sample(["Tàu cao tốc An Vĩnh", "Tàu Biển Xanh", "Tàu Hoàng Sa",
                                                              "Tàu Lý Sơn Express", "Cảng Sa Kỳ"], 3)]
    dishes = [_t(r.choice(["Món ngon nên thử", "Đặc sản phải nếm", "Ăn gì ở đây?"]), "h2")]
    dishes += [_t(x, tag) for x in r.sample(["Gỏi tỏi Lý Sơn", "Cá bống sông Trà", "Bánh xèo hải sản", "Don Trà Khúc",
                                             "Mạch nha", "Ốc cừ nướng", "Cá niêng nướng than"], r.randint(3, 4))]
    tips = [_c(r.choice(["Một số lưu ý khi ra đảo:", "Du khách cần lưu ý:"]))]
    tips += [_t(x, tag) for x in r.sample(["Mang theo giấy tờ tùy thân khi mua vé tàu",
                                           "Kiểm tra lịch tàu trước một ngày vì biển có thể động",
                                           "Không xả rác xuống biển và khu vực rạn san hô",
                                           "Đặt phòng sớm vào dịp cuối tuần", "Chuẩn bị kem chống nắng, mũ rộng vành"],
                                          3)]
    quote = [_c(r.choice(["“Chúng tôi muốn du khách ở lại lâu hơn, trải nghiệm đời sống làng chài chứ không chỉ "
                          "check-in rồi về.”", "“Năm nay tỉnh đặt mục tiêu đón hơn một triệu lượt khách, trong đó "
                          "khách quốc tế tăng gấp đôi.”"]), "quote"),
             _t(f"{r.choice(['Ông', 'Bà'])} {_name(r)}, {r.choice(['Giám đốc Trung tâm Xúc tiến Du lịch tỉnh', 'Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'Chủ tịch Hiệp hội Du lịch tỉnh'])}",
                "speaker")]
    theo = [_t(r.choice([f"Theo Sở Văn hóa, Thể thao và Du lịch, {r.randint(4, 7)} tháng đầu năm toàn tỉnh đón "
                         f"{_num(r.randint(500, 1500), 0)} nghìn lượt khách.",
                         f"Theo Ban quản lý cảng Sa Kỳ, dịp lễ vừa qua có {_num(r.randint(8000, 30000), 0)} lượt khách ra đảo.",
                         "Theo dự báo, lượng khách nội địa sẽ tiếp tục tăng trong mùa hè."]))]
    return [itin, tickets, fest, ferry, dishes, tips, quote, theo]


def _box96(r: random.Random) -> list[T.Line]:
    head = r.choice(["Điểm đến gợi ý", "Khám phá thêm", "Có thể bạn thích", "Bài viết liên quan", None])
    items = [r.choice([h, f"[Ảnh] {h}", f"[Video] {h}", f"► {h}"]) for h in r.sample(_H96, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail96(r: random.Random) -> list[T.Line]:
    a = _short(r)
    out = [_b(r.choice(["TT Xúc tiến Du lịch", f"Bài: {a} - Ảnh: {_short(r)}", f"{a} (Trung tâm XTDL)",
                        f"{_name(r).upper()}", f"Ảnh và bài: {a}"]), "byline")]
    if r.random() < 0.45:
        out.append(_b(r.choice(["Nguồn: Sở Văn hóa, Thể thao và Du lịch", "Nguồn: Báo Quảng Ngãi",
                                "Theo Cục Du lịch Quốc gia Việt Nam"]), "source"))
    if r.random() < 0.6:
        out.append(_b(r.choice(["Điểm đến: " + ", ".join(s.capitalize() for s in r.sample(_SPOTS, 2)),
                                " ".join("#" + x for x in r.sample(["DuLichQuangNgai", "LySon", "BienDao", "AmThuc",
                                                                    "LeHoi"], 3))]), "tags"))
    if r.random() < 0.5:
        out.append(_b(f"Đánh giá: {_num(r.uniform(3.8, 4.9), 1)}/5 ({r.randint(12, 600)} lượt)", "share_widget"))
    out.append(_b(r.choice(["Chia sẻ trải nghiệm của bạn", "Chia sẻ: Facebook | Zalo | Pinterest", "Lưu vào yêu thích",
                            "Gửi cho bạn bè"]), "share_widget"))
    return out


def _below96(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.55:
        out += [_b(x, "advert", "promo") for x in [
            r.choice(["Tour nổi bật", "Ưu đãi tour hè"]),
            f"Tour Lý Sơn 2 ngày 1 đêm - chỉ từ {_num(r.randint(15, 30) * 100000, 0)}đ",
            f"Tour biển Sa Huỳnh trong ngày - {_num(r.randint(5, 12) * 100000, 0)}đ/khách",
            f"Đặt tour: {_tel(r)}"][: r.randint(2, 4)]]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Bài viết khác", "Có thể bạn quan tâm", "Tin du lịch mới"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H96, r.randint(3, 5))]
    return out


def _side96(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.65:
        out.append(_b(r.choice(["Thời tiết điểm đến", "Thời tiết hôm nay"]), "weather_widget", "h4"))
        for place in r.sample(["TP Quảng Ngãi", "Lý Sơn", "Sa Huỳnh", "Minh Long", "Ba Tơ"], 3):
            lo = r.randint(22, 28)
            out.append(_b(f"{place} {lo}°C - {lo + r.randint(3, 7)}°C", "weather_widget", "li"))
    if r.random() < 0.4:
        out.append(_b(r.choice(["Tải bản đồ du lịch (PDF)", "Tải ứng dụng Du lịch Quảng Ngãi"]), "advert", "dl"))
    if r.random() < 0.6:
        out.append(_b(r.choice(["Sự kiện sắp diễn ra", "Điểm đến nổi bật"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H96, r.randint(2, 4))]
    return out


def _foot96(r: random.Random) -> list[T.Line]:
    lines = ["Trung tâm Xúc tiến Du lịch tỉnh Quảng Ngãi",
             "Cơ quan chủ quản: Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ngãi",
             f"Địa chỉ: {r.randint(1, 300)} {r.choice(_ROADS)}, TP Quảng Ngãi",
             f"Điện thoại: {_tel(r)} | Email: xuctiendulich@quangngai.gov.vn",
             f"Bản quyền © {r.randint(2019, 2024)} Du lịch Quảng Ngãi. Ghi rõ nguồn khi sử dụng thông tin."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 97: children's weekly ------------------------------------------------------------------

_SCHOOLS = ["Trường Tiểu học Lê Lợi", "Trường Tiểu học Kim Đồng", "Trường Tiểu học Hòa Bình",
            "Trường THCS Nguyễn Du", "Trường Tiểu học Võ Thị Sáu", "Trường Tiểu học Trần Quốc Toản"]
_H97 = ["Chú mèo biết đếm", "Vì sao bầu trời có màu xanh?", "Bí mật của loài kiến", "Chuyến đi đầu tiên của Bống",
        "Cùng làm đèn ông sao", "Những người bạn dưới đáy biển", "Bạn nhỏ nhặt được ví trả người mất",
        "Kỹ năng thoát hiểm khi bị kẹt thang máy", "Cuộc thi vẽ tranh ngày hè", "Vì sao lá cây chuyển vàng?"]
_RIDDLES = [(["Mình tròn, da trắng như ngà", "Ở trong thì đỏ, ai mà chẳng ưa"], "quả trứng gà"),
            (["Con gì tám cẳng hai càng", "Chẳng đi mà lại bò ngang cả ngày"], "con cua"),
            (["Cái gì càng kéo càng dài", "Ai cũng cần đến, sớm mai thức dậy"], "khăn mặt"),
            (["Da cóc mà bọc bột lọc", "Bột lọc mà bọc hòn than"], "quả nhãn")]
_VERSE = ["Sáng nay em dậy thật sớm", "Nghe chim hót ở đầu cành", "Mẹ em tóc đã pha sương",
          "Lớp em có bạn thật hiền", "Mùa hè nắng đổ sân trường", "Phượng hồng nở đỏ góc sân",
          "Em mơ làm chú phi công", "Bay qua biển rộng, trời trong xanh ngời"]


def _head97(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(f"Chào bạn nhỏ! Hôm nay là {_weekday(r)}, {_day(r)}", "dateline", "top"))
    if r.random() < 0.4:
        out.append(_b(f"Báo Bạn Nhỏ Xanh số {r.randint(10, 52)} - phát hành thứ Năm hằng tuần", "dateline", "top"))
    items = r.sample(["Chuyện lớp em", "Khám phá", "Truyện hay", "Thơ", "Đố vui", "Vẽ đẹp", "Gương sáng",
                      "Kỹ năng sống", "Góc phụ huynh", "Video"], 7)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.6 else [_b(" • ".join(items), "menu", "navline")]
    a = r.choice(["Khám phá", "Chuyện lớp em", "Kỹ năng sống", "Truyện hay", "Gương sáng"])
    if r.random() < 0.7:
        out.append(_b(r.choice([f"Trang chủ » {a}", a]), "breadcrumb", "crumb"))
    return out


def _traps97(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "p"])
    lines, answer = r.choice(_RIDDLES)
    riddle = [_t(r.choice(["Câu đố tuần này", "Đố bạn"]), "h2"), *[_t(x, "verse") for x in lines],
              _t("(Là gì?)", "verse"), _c("Các bạn đoán xem đó là gì nhé."),
              _t(f"Đáp án câu đố kỳ trước: {answer}")]
    poem = [_c(r.choice(["Bài thơ em viết tặng cô giáo được cả lớp thuộc lòng:",
                         "Trong bài dự thi, em viết những câu thơ rất hồn nhiên:"]))]
    start = r.randrange(0, len(_VERSE) - 3)
    poem += [_t(x, "verse") for x in _VERSE[start:start + r.choice([2, 4])]]
    prizes = [_c(r.choice(["Kết quả cuộc thi vẽ tranh “Biển đảo quê em”:", "Ban tổ chức đã trao các giải:"]))]
    for p in r.sample(["Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích"], 3):
        prizes.append(_t(f"{p}: em {_name(r)}, lớp {r.randint(1, 5)}{r.choice('ABCDE')}, {r.choice(_SCHOOLS)}"
                         f"{r.choice(['', ' (Huế)', ' (Đà Nẵng)', ' (Hà Nội)'])}", tag))
    craft = [_t(r.choice(["Cách gấp thuyền giấy", "Làm đèn ông sao đón Trung thu", "Các bước làm hộp bút"]), "h2")]
    craft += [_t(f"Bước {i}: {x}", "ol") for i, x in enumerate(r.sample(
        ["Gấp đôi tờ giấy theo chiều dọc", "Miết thật phẳng đường gấp", "Gấp hai góc trên vào giữa",
         "Lật ngược và gấp mép dưới lên", "Dán hồ vào các mép giấy", "Tô màu thật đẹp theo ý thích"], 4), 1)]
    safety = [_c(r.choice(["Để an toàn khi đi bơi mùa hè, các bạn nhớ:", "Bác sĩ dặn các bạn nhỏ:"]))]
    safety += [_t(x, tag) for x in r.sample(["Không tự ý xuống nước khi không có người lớn",
                                             "Khởi động kỹ trước khi bơi", "Không bơi khi vừa ăn no",
                                             "Luôn mặc áo phao khi đi thuyền", "Không đùa nghịch ở bờ ao, bờ sông"], 3)]
    contest = [_c("Bài dự thi các bạn gửi về:"),
               _t(f"Ban biên tập báo Bạn Nhỏ Xanh, số {r.randint(1, 99)} {r.choice(_ROADS)}, Hà Nội"),
               _t("Email: cuocthi@bannhoxanh.vn"), _t(f"Hạn cuối nhận bài: {_day(r)}")]
    quote = [_c(r.choice(["“Em thích nhất là được tự tay trồng cây và tưới nước mỗi sáng.”",
                          "“Lớn lên em muốn làm bác sĩ để chữa bệnh cho ông bà.”",
                          "“Lần đầu được lên sân khấu, em run lắm nhưng rất vui.”"]), "quote"),
             _t(f"Em {_name(r)}, lớp {r.randint(1, 5)}{r.choice('ABCDE')}", "speaker")]
    theo = [_t(r.choice(["Theo các bác sĩ nhi khoa, trẻ cần ngủ đủ 9 đến 10 tiếng mỗi đêm.",
                         "Theo cô giáo chủ nhiệm, cả lớp đã góp được hơn 200 cuốn sách cho thư viện xanh.",
                         "Theo các nhà khoa học, một con kiến có thể nâng vật nặng gấp nhiều lần cơ thể nó."]))]
    return [riddle, poem, prizes, craft, safety, contest, quote, theo]


def _box97(r: random.Random) -> list[T.Line]:
    head = r.choice(["Bạn đã đọc chưa?", "Truyện hay cho bé", "Cùng chuyên mục", "Đọc tiếp nhé!", None])
    items = [r.choice([h, f"{h} (kỳ {r.randint(1, 5)})", f"♦ {h}"]) for h in r.sample(_H97, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail97(r: random.Random) -> list[T.Line]:
    a = _short(r)
    out = [_b(r.choice([f"Cô giáo {_name(r)} ({r.choice(_SCHOOLS)})", f"Bài: {a} - Tranh: {_short(r)}",
                        f"Minh họa: {a}", f"{a} (sưu tầm)", f"Chị {a}"]), "byline")]
    if r.random() < 0.3:
        out.append(_b(r.choice(["Theo sách Mười vạn câu hỏi vì sao", "(Theo Thiếu niên Tiền phong)",
                                "Nguồn: Nhi Đồng"]), "source"))
    if r.random() < 0.3:
        out.append(_b(r.choice(["(Còn nữa)", f"Đón đọc kỳ sau: {r.choice(_H97)}", "Hẹn gặp lại các bạn ở số sau nhé!"]),
                      "continuation"))
    if r.random() < 0.5:
        out.append(_b(r.choice(["Chủ đề: " + ", ".join(r.sample(["kỹ năng sống", "an toàn mùa hè", "khám phá",
                                                                  "truyện cổ tích", "lớp em"], 2)),
                                "#banhoxanh #" + r.choice(["dovui", "kynangsong", "khampha"])]), "tags"))
    out.append(_b(r.choice([f"Thích ({r.randint(1, 400)}) | Chia sẻ cho bạn bè", "Chia sẻ", "Nghe đọc truyện",
                            "In bài cho bé"]), "share_widget"))
    return out


def _below97(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.45:
        out += [_b(x, "advert", "promo") for x in [
            "Gửi bài cho Bạn Nhỏ Xanh", "Các bạn gửi tranh vẽ, bài văn, bài thơ về hộp thư bandoc@bannhoxanh.vn",
            f"Đặt mua báo in tại bưu điện gần nhất - mã ấn phẩm C{r.randint(100, 999)}"][: r.randint(2, 3)]]
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Bạn nhỏ nghĩ gì? Viết cảm nhận nhé!", "Bố mẹ đăng nhập giúp con để bình luận"],
            ["Cảm nhận của bạn", "Gửi"]])]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Đọc thêm", "Truyện khác", "Các bài khác"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H97, r.randint(3, 4))]
    return out


def _side97(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Truyện được đọc nhiều", "Góc tô màu", "Video cho bé"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H97, r.randint(2, 4))]
    return out


def _foot97(r: random.Random) -> list[T.Line]:
    lines = ["Báo Bạn Nhỏ Xanh - Tuần báo dành cho thiếu nhi",
             f"Tổng biên tập: {_name(r)}",
             f"Giấy phép xuất bản số {r.randint(100, 900)}/GP-BTTTT",
             f"Tòa soạn: {r.randint(1, 99)} {r.choice(_ROADS)}, Hà Nội - ĐT: {_tel(r)}",
             "Ghi rõ nguồn “Bạn Nhỏ Xanh” khi đăng lại bài viết, tranh vẽ từ website này."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- page assembly ------------------------------------------------------------------------------------

_PARTS = {94: (_head94, _traps94, _box94, _tail94, _below94, _side94, _foot94),
          95: (_head95, _traps95, _box95, _tail95, _below95, _side95, _foot95),
          96: (_head96, _traps96, _box96, _tail96, _below96, _side96, _foot96),
          97: (_head97, _traps97, _box97, _tail97, _below97, _side97, _foot97)}
_HEADLINES = {94: _H94, 95: _H95, 96: _H96, 97: _H97}


def _dateline(r: random.Random, fam: int) -> T.Line:
    d, t = _day(r), _clock(r)
    forms = {94: [f"{t} | {d}", f"{_weekday(r)}, {d} {t}", f"Cập nhật {t} ngày {d}"],
             95: [f"Ngày đăng: {d}", f"{d} - {t}", f"Đăng lúc {t}, {d}"],
             96: [f"{d}", f"Ngày {d}", f"{_weekday(r)}, {d}"],
             97: [f"{_weekday(r)}, {d}", f"Đăng ngày {d}", f"{d} {t}"]}[fam]
    return _b(r.choice(forms), "dateline", "date")


def _inline(r: random.Random, fam: int) -> T.Line:
    lead = r.choice([">> Xem thêm: ", "Đọc thêm: ", "XEM THÊM: ", "> ", "Mời đọc: "])
    return _b(lead + r.choice(_HEADLINES[fam]), "related_links", "inline")


def _credit(r: random.Random, fam: int) -> T.Line:
    who = _short(r)
    forms = {97: [f"Tranh: {who}", f"Minh họa: {who}"], 94: [f"Ảnh: {who}", "Ảnh: Internet", "Nguồn ảnh: HOSE"]}
    return _b(r.choice(forms.get(fam, [f"Ảnh: {who}", f"(Ảnh: {who.upper()})", f"Ảnh tư liệu: {who}"])), "byline",
              "credit")


def _drop_stop(body: list[T.Line]) -> None:
    """The last long plain paragraph loses its full stop; from then on it counts as a trap."""
    for i in range(len(body) - 1, -1, -1):
        x = body[i]
        if (x.label == "content" and x.tag == "p" and not isinstance(x, Trap) and x.text.rstrip().endswith(".")
                and len(x.text.split()) >= 12):
            body[i] = _t(x.text.rstrip(" ."), "p")
            return


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """One page of family `fam` around `article` (title, sapo, paragraphs)."""
    head, traps, box, tail, below, side, foot = _PARTS[fam]
    page = T.Page(fam, OUTLETS[fam])
    page.head += head(r)
    title, sapo, *paras = article
    body: list[T.Line] = []
    dl, where = _dateline(r, fam), r.random()
    if where < 0.25:
        body.append(dl)
    body.append(T.Line(title, "title", "h1"))
    if where >= 0.25 and where < 0.9:
        body.append(dl)
    top_by = r.random() < 0.3
    if top_by:
        body.append(_b(r.choice([_short(r), f"{_short(r)} - {_short(r)}", f"Tác giả: {_short(r)}"]), "byline",
                       "author-top"))
    body.append(_c(sapo, "sapo"))
    blocks = traps(r)
    r.shuffle(blocks)
    chosen = blocks[:r.choice([2, 2, 3, 3, 4])]
    slots = len(paras) + 1
    at: dict[int, list[list[T.Line]]] = {}
    for blk in chosen:
        at.setdefault(r.randint(1, slots - 1) if slots > 1 else 0, []).append(blk)
    box_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.8 else -1
    inline_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.45 else -1
    credit_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.35 else -1
    for i, para in enumerate(paras):
        if i == box_at:
            body += box(r)
        if i == credit_at:
            body.append(_credit(r, fam))
        for blk in at.get(i, []):
            body += blk
        body.append(_c(para))
        if i == inline_at:
            body.append(_inline(r, fam))
    for blk in at.get(len(paras), []):
        body += blk
    if r.random() < 0.35:
        _drop_stop(body)
    tl = tail(r)
    if top_by:
        tl = tl[1:]  # the byline was printed above the sapo
    if r.random() < 0.4:
        r.shuffle(tl)
    body += tl
    page.body = body
    page.side = below(r) + side(r)
    page.foot = foot(r)
    return page


# -- HTML ---------------------------------------------------------------------------------------------

_CLS = {94: "ns", 95: "dhkhpn", 96: "dlqn", 97: "bnx"}


def _link(text: str) -> str:
    return f"/bai-{zlib.crc32(text.encode()) % 10**7}.htm"


def _group(lines: list[T.Line], i: int, pred) -> int:
    j = i + 1
    while j < len(lines) and pred(lines[j]):
        j += 1
    return j


def _body_html(lines: list[T.Line], fam: int, n: int) -> str:
    esc = html.escape
    out: list[str] = []
    i = 0
    while i < len(lines):
        x = lines[i]
        j = i + 1
        if x.label == "title":
            out.append(f"<h1 class='{_CLS[fam]}-title'>{esc(x.text)}</h1>")
        elif x.label == "content":
            if x.tag in ("li", "ol", "td", "verse"):
                j = _group(lines, i, lambda y, tag=x.tag: y.label == "content" and y.tag == tag)
                grp = [esc(y.text) for y in lines[i:j]]
                if x.tag in ("li", "ol"):
                    lt = "ul" if x.tag == "li" else "ol"
                    out.append(f"<{lt}>" + "".join(f"<li>{g}</li>" for g in grp) + f"</{lt}>")
                elif x.tag == "td":
                    out.append("<table class='table-data'><tbody>" + "".join(f"<tr><td>{g}</td></tr>" for g in grp)
                               + "</tbody></table>")
                elif n % 2:
                    out.append("<div class='poem'>" + "".join(f"<p><i>{g}</i></p>" for g in grp) + "</div>")
                else:
                    out.append("<p class='poem' style='text-align:center'><i>" + "<br/>".join(grp) + "</i></p>")
            elif x.tag == "quote":
                out.append(f"<blockquote class='quote'><p>{esc(x.text)}</p></blockquote>")
            elif x.tag == "speaker":
                out.append(f"<p class='quote-author' style='text-align:right'><b>{esc(x.text)}</b></p>")
            elif x.tag == "h2":
                out.append(f"<h2>{esc(x.text)}</h2>" if fam in (94, 96) else f"<p><b>{esc(x.text)}</b></p>")
            elif x.tag == "sapo":
                out.append(f"<p class='sapo'><strong>{esc(x.text)}</strong></p>" if fam in (95, 97) else
                           f"<h2 class='sapo'>{esc(x.text)}</h2>")
            else:
                out.append(f"<p>{esc(x.text)}</p>")
        elif x.tag in ("h3", "li"):
            head = ""
            if x.tag == "h3":
                head = f"<div class='box-title'>{esc(x.text)}</div>"
                i += 1
            j = i
            while j < len(lines) and lines[j].label != "content" and lines[j].tag == "li":
                j += 1
            items = "".join(f"<li><a href='{_link(y.text)}'>{esc(y.text)}</a></li>" for y in lines[i:j])
            out.append(f"<div class='related-box'>{head}<ul>{items}</ul></div>")
            i = j
            continue
        elif x.label == "dateline":
            out.append(f"<div class='post-meta'><time>{esc(x.text)}</time></div>")
        elif x.label == "byline":
            cls = {"author-top": "author top", "credit": "caption"}.get(x.tag, "author")
            out.append(f"<p class='{cls}'><strong>{esc(x.text)}</strong></p>")
        elif x.label == "source":
            out.append(f"<p class='source-news' style='text-align:right'><em>{esc(x.text)}</em></p>")
        elif x.label == "tags":
            out.append(f"<div class='tag-list'>{esc(x.text)}</div>")
        elif x.label == "share_widget":
            out.append(f"<div class='share-tools'><a href='#'>{esc(x.text)}</a></div>")
        elif x.label == "continuation":
            out.append(f"<p class='next'><em>{esc(x.text)}</em></p>")
        elif x.tag in ("inline", "attach"):
            out.append(f"<p><a href='{_link(x.text)}'><b>{esc(x.text)}</b></a></p>")
        elif x.tag == "disclaimer":
            out.append(f"<p class='disclaimer'><small>{esc(x.text)}</small></p>")
        else:
            out.append(f"<div class='{x.label}'>{esc(x.text)}</div>")
        i = j
    return "".join(out)


def render_html(page: T.Page, n: int) -> str:
    """One page in the family's markup: top strips, header and menu, breadcrumb, article, below-article
    blocks, sidebar, footer."""
    esc = html.escape
    fam = page.family
    title = next(x.text for x in page.body if x.label == "title")
    top = "".join(f"<div class='strip-{x.label}'>{esc(x.text)}</div>" for x in page.head if x.tag in ("top", "ticker"))
    nav = "".join(f"<li><a href='/c{i}'>{esc(x.text)}</a></li>" for i, x in enumerate(page.head) if x.tag == "nav")
    navline = "".join(f"<p class='menu-inline'>{esc(x.text)}</p>" for x in page.head if x.tag == "navline")
    crumbs = "".join(f"<nav class='breadcrumbs'>{esc(x.text)}</nav>" for x in page.head if x.tag == "crumb")
    body = _body_html(page.body, fam, n)
    below, aside = [], []
    for x in page.side:
        if x.tag == "below-h":
            below.append(f"<h3 class='heading'>{esc(x.text)}</h3>")
        elif x.tag == "below" and x.label == "related_links":
            below.append(f"<article class='item'><a href='{_link(x.text)}'>{esc(x.text)}</a></article>")
        elif x.tag in ("below", "promo"):
            below.append(f"<div class='{x.label}'>{esc(x.text)}</div>")
        elif x.tag == "h4":
            aside.append(f"<h4 class='widget-title'>{esc(x.text)}</h4>")
        elif x.tag in ("counter", "dl"):
            aside.append(f"<div class='widget-{x.label}'>{esc(x.text)}</div>")
        elif x.label == "related_links":
            aside.append(f"<li><a href='{_link(x.text)}'>{esc(x.text)}</a></li>")
        else:
            aside.append(f"<div class='row'>{esc(x.text)}</div>")
    foot = "".join(f"<div>{esc(x.text)}</div>" for x in page.foot)
    art = ("article class='post-detail'", "article") if fam in (94, 97) else ("div class='news-content'", "div")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} - {esc(SITE_NAMES[fam])}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/tin-tuc/{n}.html'>"
        f"<meta property='og:site_name' content='{esc(SITE_NAMES[fam])}'></head><body>"
        f"<div class='top-strip'>{top}</div>"
        f"<header><a class='brand' href='/'>{esc(SITE_NAMES[fam])}</a><nav><ul class='nav'>{nav}</ul>{navline}</nav>"
        f"</header>{crumbs}"
        f"<main><div class='main-col'><{art[0]}>{body}</{art[1]}>"
        f"<section class='more'>{''.join(below)}</section></div>"
        f"<aside class='side-col'><ul>{''.join(aside)}</ul></aside></main>"
        f"<footer class='footer'>{foot}</footer></body></html>"
    )


def trap_share(pages: int = PAGES, records: int = 40) -> tuple[int, int]:
    """(trap lines, content lines incl. titles) at the given size, built as the harness builds them."""
    from bench.eval_vi_pages import load_articles

    articles = load_articles(ARTICLE_OUTLETS, len(FAMILIES) * (pages + records), SEED)
    r = random.Random(SEED)
    traps = content = k = 0
    for fam in FAMILIES:
        for n in range(pages + records):
            page = build_page(fam, n, articles[k], r)
            k += 1
            for x in page.head + page.body + page.side + page.foot:
                if x.label in ("content", "title"):
                    content += 1
                    traps += isinstance(x, Trap)
    return traps, content
