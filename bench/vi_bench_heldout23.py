"""Held-out 23: families 106-109 of the line-labelled Vietnamese page benchmark (seed 75).

Written by helper HO23, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types, the label
names and the name, phone and date helpers), the harness parts of `bench/eval_vi_pages.py` (its
docstring, HALVES, MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop,
`render_html`, `page_lines` and the scoring functions) and, for the module API and the docstring style
only, `bench/vi_bench_heldout22.py`. Nothing under `cleaners/`, `flows/` or `tests/`, no README, no
HISTORY, no held-out score file, no rule-diff TSV and no other held-out module was opened, and the
cleaner was run on these pages exactly once, for the first score, without reading which lines it missed:
the wordings below are the author's own, chosen by what such sites print, not by what any rule catches.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 106 `capnuoclamgiang.vn`, a water-supply company's customer and news portal: a "Tổng đài chăm sóc
  khách hàng" top strip, a "Tra cứu hóa đơn | Thanh toán" bar, a "Lịch tạm ngưng cấp nước" side list, a
  "Biểu giá nước sạch" side box, a "Bạn thấy thông tin này có hữu ích?" widget, the company footer with
  its tax code. Traps: outage notices ("Thời gian: ...", "Khu vực ảnh hưởng: ...", "Lý do: ..."), a
  tariff table by consumption tier that repeats on many pages of the outlet with a page-specific
  effective-date line, water-quality results (indicator, result, limit) with a table header and a unit
  footnote, numbered steps for paying a bill, branch offices with phones, a quote whose speaker is a line
  of their own, "Theo Công ty, ..." sentences, "Rất mong quý khách hàng thông cảm!" closings, sub-headings.
- 107 `thuyytaybac.vn`, a provincial livestock and veterinary-service portal: a "Tình hình dịch bệnh"
  status strip, "Cảnh báo dịch" banners, a "Văn bản mới" side list, feed and vaccine adverts, a vet-station
  byline. Traps: outbreak lines by commune (sick and culled animals), a culling table by district with its
  header and a "Nguồn số liệu: ..." footnote, vaccination campaign schedules by date and commune, vaccine
  and dose lines, quarantine checkpoints with phones, numbered biosecurity steps, "Không ..." rules,
  speaker lines, "Theo Chi cục Chăn nuôi và Thú y, ..." sentences, sub-headings, closings without a full stop.
- 108 `cangvunamtrung.vn`, a maritime port authority's news site: a tide-of-the-day strip, "Tàu đến | Tàu
  rời | Tàu neo chờ" menus, a "Thông báo hàng hải mới" side list, a wind-and-wave box, a "Số lượt tàu
  hôm nay" counter. Traps: navigation notices with coordinates (one line per point), a ship movement plan
  (ship, flag, draught, berth, time), a fairway-parameter box that repeats across pages with a
  page-specific survey line, cargo throughput by month, VHF channels and coast-station phones, numbered
  "Điều ..." articles of a regulation, speaker lines, "Theo Cảng vụ, ..." sentences, "./." closings,
  sub-headings.
- 109 `dongynamviet.vn`, a traditional-medicine association's magazine: a "Tư vấn miễn phí" strip, a
  "Cây thuốc quanh ta" side list, herbal-product adverts, a "Lương y ..." byline at the tail, a medical
  disclaimer in the footer. Traps: remedies as ingredient lines ("Kim ngân hoa 16g"), preparation and
  dosage lines, acupoints with where to find them, a free-clinic schedule with addresses, a list of herbs
  grown in a garden, verse and proverbs, "(*) Tên khoa học: ..." footnotes, "Lưu ý: ..." lines, "Theo Đông
  y, ..." sentences, "Bài 1"-style sub-headings, speaker lines ("Lương y ..., Chủ tịch Hội Đông y ..."),
  closings without a full stop.

Every page varies the presence and order of its chrome with the seeded RNG (skip-link, top strip, menu as
items or as one line, breadcrumb, dateline above or below the title or in the header, a byline on top or
at the tail, a related box at a random paragraph, an inline "Xem thêm" line, photo credits, tail lines
shuffled, below-article, side and footer lines dropped at random). Text records (n >= 16) are the same
pages as a scraper saves them, one line each, some with a "Lên đầu trang" line.

Trap share at the default size (16 pages + 40 records per family), as `trap_share()` counts it: 2,475
of the 4,709 content lines (titles included), 52.6 %. Only the lines shaped like boilerplate count as
traps (list and table items, table headers, schedule lines, coordinates, speaker lines, contact lines,
sub-headings, verse, footnotes, "Theo X, ..." sentences, formulaic closings, closings without a full stop);
a trap block's ordinary lead-in sentence does not.
"""

from __future__ import annotations

import html
import random
import zlib
from dataclasses import dataclass

from bench import vi_bench_templates as T

FAMILIES = (106, 107, 108, 109)
ARTICLE_OUTLETS = ("TT", "TN", "VNE", "NLD")
SEED = 75
PAGES = 16  # the harness's default number of HTML pages per family; later pages are text records
OUTLETS = {106: "capnuoclamgiang.vn", 107: "thuyytaybac.vn", 108: "cangvunamtrung.vn", 109: "dongynamviet.vn"}
SITE_NAMES = {106: "Cấp nước Lam Giang", 107: "Chăn nuôi - Thú y Tây Bắc", 108: "Cảng vụ Nam Trung",
              109: "Đông y Nam Việt"}


@dataclass
class Trap(T.Line):
    """A line of article text shaped like boilerplate (its label stays "content")."""


def _c(text: str, tag: str = "p") -> T.Line:
    return T.Line(text, "content", tag)


def _t(text: str, tag: str = "p") -> Trap:
    return Trap(text, "content", tag)


def _b(text: str, label: str, tag: str = "p") -> T.Line:
    return T.Line(text, label, tag)


# -- pools ---------------------------------------------------------------------------------------------

_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Võ", "Huỳnh", "Đoàn", "Tạ", "Vi", "Kiều", "Lưu", "Chu", "Đàm", "Giáp",
       "Khổng", "Mạc", "Tôn", "Âu", "La", "Thân", "Văn", "Trịnh", "Hứa", "Tống"]
_LOT = ["Văn", "Thị", "Hoài", "Bảo", "Gia", "Mạnh", "Phước", "Tường", "Thế", "Việt", "Huệ", "Anh", "Cẩm", "Sĩ"]
_TEN = ["Khoa", "Đạt", "Thơ", "Nhân", "Trung", "Lợi", "Tín", "Uyên", "Hậu", "Kiên", "Mến", "Nhi", "Phát", "Quyên",
        "Sáng", "Tiến", "Vinh", "Xuyến", "Yên", "Đông", "Hoa", "Luân", "Nguyên", "Thuận", "Bích", "Chiến"]
_WARD = ["Hưng Bình", "Lê Mao", "Quán Bàu", "Bến Thủy", "Trường Thi", "Hà Huy Tập", "Đông Vĩnh", "Nghi Phú",
         "Cửa Nam", "Hưng Dũng", "Vinh Tân", "Hưng Lộc", "Nghi Kim", "Hưng Phúc"]
_ROAD = ["Phan Bội Châu", "Lê Hồng Sơn", "Nguyễn Sỹ Sách", "Mai Hắc Đế", "Trường Chinh", "Lý Tự Trọng",
         "Nguyễn Văn Cừ", "Đặng Thai Mai", "Hồ Tùng Mậu", "Phong Định Cảng", "Cao Thắng", "Lê Lai"]


def _name(r: random.Random) -> str:
    return " ".join([r.choice(_HO), r.choice(_LOT), r.choice(_TEN)] if r.random() < 0.7 else
                    [r.choice(_HO), r.choice(_LOT), r.choice(_LOT), r.choice(_TEN)])


def _short(r: random.Random) -> str:
    return f"{r.choice(_LOT)} {r.choice(_TEN)}"


def _tel(r: random.Random) -> str:
    return r.choice([f"0238.{r.randint(3500, 3899)}.{r.randint(100, 999)}", f"0212 {r.randint(3800000, 3899999)}",
                     f"0258 {r.randint(350, 389)} {r.randint(1000, 9999)}", f"09{r.randint(10, 99)} {r.randint(100, 999)} "
                     f"{r.randint(100, 999)}", f"0{r.randint(32, 39)}{r.randint(1000000, 9999999)}", T.phone(r)])


def _day(r: random.Random, year: bool = True) -> str:
    d = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}" if r.random() < 0.5 else f"{r.randint(1, 28)}/{r.randint(1, 12)}"
    return f"{d}/{r.randint(2021, 2025)}" if year else d


def _clock(r: random.Random) -> str:
    return r.choice([f"{r.randint(6, 22)}h{r.choice(['00', '15', '30', '45'])}", f"{r.randint(6, 22)} giờ",
                     f"{r.randint(6, 22):02d}:{r.choice(['00', '30'])}"])


def _tag(r: random.Random) -> str:
    return r.choice(["p", "p", "li", "td", "dash"])


def _speaker(r: random.Random, who: str, quotes: list[str]) -> list[T.Line]:
    """A quote with its speaker on a line of their own (after it, or before it with a colon)."""
    q = _c(r.choice(quotes), "quote")
    form = r.random()
    if form < 0.45:
        return [q, _t(r.choice([who, f"— {who}", f"({who})"]), "speaker")]
    if form < 0.8:
        return [_t(f"{who}:", "speaker"), q]
    return [_t(f"{who} chia sẻ:", "speaker"), q]


def _sub(r: random.Random, pool: list[str]) -> list[T.Line]:
    return [_t(r.choice(pool), "h2")]


def _numbered(r: random.Random, items: list[str]) -> list[Trap]:
    form = r.choice(["{i}. {x}", "{i}) {x}", "Bước {i}: {x}", "{i}. {x};", "- {x}", "+ {x}"])
    tag = "li" if r.random() < 0.4 else "p"
    return [_t(form.replace("{i}", str(i)).replace("{x}", x), tag) for i, x in enumerate(items, 1)]


def _money(n: int) -> str:
    return f"{n:,}".replace(",", ".")


# -- family 106: water-supply company ------------------------------------------------------------------

_H106 = ["Tạm ngưng cấp nước để đấu nối tuyến ống D400", "Công ty triển khai hóa đơn điện tử cho khách hàng",
         "Kết quả xét nghiệm chất lượng nước tháng này", "Khởi công mở rộng nhà máy nước Hưng Vĩnh",
         "Thay thế đồng hồ nước định kỳ tại các phường", "Cảnh báo giả danh nhân viên ngành nước",
         "Hướng dẫn súc xả bể chứa nước tại gia đình", "Đưa nước sạch về các xã ven đô",
         "Điều chỉnh lịch ghi chỉ số đồng hồ dịp Tết", "Giảm tỷ lệ thất thoát nước xuống dưới 15%"]


def _head106(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.65:
        out.append(_b(r.choice([f"Tổng đài chăm sóc khách hàng: 1900 {r.randint(1000, 9999)} (24/7)",
                                f"Hotline sự cố đường ống: {_tel(r)}",
                                "Báo rò rỉ, vỡ ống - gọi ngay tổng đài"]), "advert", "top"))
    if r.random() < 0.5:
        out.append(_b(r.choice(["Tra cứu hóa đơn | Thanh toán trực tuyến | Đăng nhập",
                                "Đăng ký lắp đặt mới | Tra cứu tiền nước | English"]), "menu", "top"))
    items = r.sample(["Giới thiệu", "Tin tức - Sự kiện", "Thông báo", "Lịch ngưng cấp nước", "Chất lượng nước",
                      "Giá nước", "Dịch vụ khách hàng", "Hỏi đáp", "Quan hệ cổ đông", "Tuyển dụng"], r.randint(6, 8))
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" | ".join(items), "menu", "navline")]
    if r.random() < 0.75:
        a = r.choice(["Tin tức - Sự kiện", "Thông báo", "Dịch vụ khách hàng", "Chất lượng nước"])
        out.append(_b(r.choice([f"Trang chủ > {a}", f"Trang chủ > {a} > Chi tiết", a]), "breadcrumb", "crumb"))
    return out


def _traps106(r: random.Random, n: int) -> list[list[T.Line]]:
    tag = _tag(r)
    wards = r.sample(_WARD, 3)
    outage = [_c(r.choice(["Để thi công đấu nối tuyến ống truyền tải, Công ty thông báo tạm ngưng cung cấp nước "
                           "như sau:", "Do sự cố vỡ ống tại nút giao, việc cấp nước sẽ bị gián đoạn trong thời gian "
                           "khắc phục, cụ thể:"]))]
    d0 = r.randint(1, 27)
    when = r.choice([f"từ {r.randint(20, 23)}h00 ngày {d0}/{r.randint(1, 12)} đến {r.randint(4, 6)}h00 ngày hôm sau",
                     f"từ {r.randint(7, 9)}h00 đến {r.randint(15, 18)}h00 ngày {d0:02d}/{r.randint(1, 12):02d}/2025",
                     f"{r.randint(21, 23)}h00 ngày {d0}/{r.randint(1, 12)} đến {r.randint(3, 6)}h00 ngày {d0 + 1}"])
    outage += [_t(f"Thời gian: {when}", tag),
               _t(f"Khu vực ảnh hưởng: phường {wards[0]}, phường {wards[1]} và một phần phường {wards[2]}", tag),
               _t(r.choice(["Lý do: đấu nối tuyến ống D400 trên đường " + r.choice(_ROAD),
                            "Lý do: sửa chữa van chặn tại trạm bơm tăng áp"]), tag)]
    outage.append(_t(r.choice(["Rất mong quý khách hàng thông cảm!", "Công ty xin lỗi quý khách vì sự bất tiện này./.",
                               "Đề nghị khách hàng chủ động dự trữ nước"])))
    base = r.choice([6869, 7300, 7520])
    tariff = [_c(r.choice(["Biểu giá nước sạch sinh hoạt hiện hành như sau:",
                           "Giá nước cho hộ gia đình được tính theo bậc thang:"]))]
    tariff += [_t(x, "td") for x in ["Mức sử dụng | Đơn giá (đồng/m³)",
                                     f"Đến 10 m³/hộ/tháng | {_money(base)}",
                                     f"Trên 10 m³ đến 20 m³ | {_money(base + 1232)}",
                                     f"Trên 20 m³ đến 30 m³ | {_money(base + 2480)}",
                                     f"Trên 30 m³ | {_money(base * 2 + 210)}"]]
    tariff.append(_t(r.choice(["Đơn giá chưa gồm thuế GTGT 5% và phí bảo vệ môi trường",
                               "(*) Chưa bao gồm thuế VAT và phí thoát nước"])))
    tariff.append(_t(f"Áp dụng từ kỳ hóa đơn tháng {r.randint(1, 12)}/{r.randint(2022, 2025)}"))
    quality = [_c(r.choice(["Kết quả phân tích mẫu nước sau xử lý tại nhà máy cho thấy các chỉ tiêu đều đạt quy chuẩn:",
                            "Mẫu nước lấy tại vòi khách hàng được kiểm nghiệm với kết quả:"]))]
    quality += [_t(x, "td") for x in r.sample([f"Độ đục: {r.randint(10, 90) / 100:.2f} NTU (giới hạn 2)".replace(".", ","),
                                               f"pH: {r.randint(66, 78) / 10}".replace(".", ","),
                                               f"Clo dư tự do: {r.randint(2, 9) / 10} mg/l".replace(".", ","),
                                               f"Độ cứng tổng: {r.randint(40, 180)} mg/l",
                                               "Coliform: 0 CFU/100 ml", "Màu sắc: 5 TCU",
                                               f"Amoni: {r.randint(1, 25) / 100} mg/l".replace(".", ",")], r.randint(3, 5))]
    if r.random() < 0.5:
        quality.insert(1, _t("Chỉ tiêu | Kết quả | Ngưỡng QCVN", "td"))
    pay = [_t(r.choice(["Cách thanh toán tiền nước qua ứng dụng", "Thanh toán không dùng tiền mặt"]), "h2")]
    pay += _numbered(r, r.sample(["Mở ứng dụng ngân hàng, chọn mục Thanh toán hóa đơn",
                                  "Chọn dịch vụ Nước, nhà cung cấp Cấp nước Lam Giang",
                                  "Nhập mã khách hàng in trên hóa đơn", "Kiểm tra số tiền và xác nhận bằng mã OTP",
                                  "Lưu biên lai để đối chiếu khi cần"], 4))
    branches = [_c("Khách hàng cần hỗ trợ có thể liên hệ trực tiếp các chi nhánh:")]
    for w in r.sample(["Bắc Vinh", "Nam Đàn", "Cửa Lò", "Hưng Nguyên", "Nghi Lộc", "Thành phố"], 3):
        branches.append(_t(r.choice([f"Chi nhánh {w}: {_tel(r)}", f"Xí nghiệp cấp nước {w} - ĐT: {_tel(r)}",
                                     f"Chi nhánh {w}, số {r.randint(2, 199)} đường {r.choice(_ROAD)}, điện thoại "
                                     f"{_tel(r)}"]), tag))
    speech = _speaker(r, r.choice([f"Ông {_name(r)}, Giám đốc Công ty", f"Bà {_name(r)}, Trưởng phòng Kinh doanh",
                                   f"Kỹ sư {_name(r)}, Xí nghiệp xử lý nước"]),
                      ["“Chúng tôi cố gắng rút ngắn thời gian ngưng nước xuống mức thấp nhất, thi công cả ban đêm”.",
                       "“Khách hàng thấy nước có mùi lạ cần báo ngay để chúng tôi lấy mẫu kiểm tra”.",
                       "“Mục tiêu là đến cuối năm, mọi hộ dân trong vùng phục vụ đều có nước sạch”."])
    theo = [_t(f"Theo Công ty, tỷ lệ thất thoát nước năm nay giảm còn {r.randint(11, 19)},{r.randint(1, 9)}%, "
               f"tương đương tiết kiệm khoảng {r.randint(2, 9)} tỷ đồng.")]
    sub = _sub(r, ["Nước sạch về từng ngõ", "Chống thất thoát", "Đồng hồ thông minh", "Khách hàng là trung tâm",
                   "Áp lực nước mùa nắng nóng"])
    return [outage, tariff, quality, pay, branches, speech, theo, sub]


def _box106(r: random.Random) -> list[T.Line]:
    head = r.choice(["Thông báo khác", "Tin liên quan", "Các thông báo cùng chuyên mục", None])
    items = [r.choice([h, f"{h} ({_day(r, False)})", f"› {h}"]) for h in r.sample(_H106, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail106(r: random.Random) -> list[T.Line]:
    out = [_b(r.choice(["Phòng Truyền thông", f"{_short(r)} - Phòng Kinh doanh", "Ban biên tập", _name(r).upper(),
                        f"Tin: {_short(r)}"]), "byline")]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Bạn thấy thông tin này có hữu ích?", "Đánh giá: Hữu ích | Không hữu ích"]),
                      "share_widget"))
    out.append(_b(r.choice(["Chia sẻ | In trang", "In | Lưu | Gửi", "Facebook  Zalo"]), "share_widget"))
    return out


def _below106(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin đã đăng", "Các tin khác", "Xem thêm tin"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} - {_day(r)}"]), "related_links", "below") for h in r.sample(_H106, r.randint(3, 5))]
    if r.random() < 0.35:
        out += [_b(x, "comment_prompt", "below") for x in ["Gửi câu hỏi cho chúng tôi", "Họ tên | Email | Nội dung"]]
    return out


def _side106(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b("Lịch tạm ngưng cấp nước", "related_links", "h4"))
        out += [_b(f"Phường {w} - ngày {_day(r, False)}", "related_links", "li") for w in r.sample(_WARD, r.randint(2, 4))]
    if r.random() < 0.5:
        out.append(_b("Biểu giá nước sạch", "price_widget", "h4"))
        out += [_b(f"Sinh hoạt bậc 1: {_money(r.choice([6869, 7300]))} đ/m³", "price_widget", "li"),
                _b(f"Kinh doanh, dịch vụ: {_money(r.randint(18000, 26000))} đ/m³", "price_widget", "li")]
    if r.random() < 0.4:
        out += [_b("Thanh toán tiền nước qua", "advert", "h4"),
                _b(r.choice(["Ví điện tử | Ngân hàng | Điểm thu hộ", "Mã QR trên hóa đơn"]), "advert", "li")]
    return out


def _foot106(r: random.Random) -> list[T.Line]:
    lines = ["CÔNG TY CỔ PHẦN CẤP NƯỚC LAM GIANG",
             f"Mã số doanh nghiệp: 29{r.randint(10000000, 99999999)} do Sở Kế hoạch và Đầu tư cấp",
             f"Trụ sở: số {r.randint(1, 120)} {r.choice(_ROAD)}, TP Vinh",
             f"Tổng đài CSKH: 1900 {r.randint(1000, 9999)} - Email: cskh@capnuoclamgiang.vn",
             f"© {r.randint(2015, 2025)} Cấp nước Lam Giang. Bảo lưu mọi quyền."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 107: livestock and veterinary service ---------------------------------------------------------

_H107 = ["Khống chế ổ dịch tả lợn châu Phi tại huyện vùng cao", "Tiêm phòng vắc xin lở mồm long móng đợt 1",
         "Giá lợn hơi tăng trở lại sau Tết", "Chống rét cho trâu bò vùng núi cao",
         "Phát hiện xe chở gia cầm không rõ nguồn gốc", "Nuôi bò vỗ béo giúp nhiều hộ thoát nghèo",
         "Cảnh báo bệnh viêm da nổi cục trên trâu bò", "Tiêu độc khử trùng môi trường chăn nuôi tháng hành động",
         "Hội thảo chăn nuôi an toàn sinh học", "Kiểm soát giết mổ tại các chợ phiên"]
_COMMUNE = ["Mường Bú", "Chiềng Pằn", "Tà Xùa", "Phiêng Pằn", "Nà Nghịu", "Sốp Cộp", "Mường Giàng", "Tạ Khoa",
            "Chiềng Khoa", "Xuân Nha", "Long Hẹ", "Co Mạ", "Phổng Lái", "Mường Lạn"]
_DISTR = ["Mường La", "Bắc Yên", "Mai Sơn", "Thuận Châu", "Quỳnh Nhai", "Sông Mã", "Vân Hồ", "Phù Yên"]


def _head107(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice([f"Tình hình dịch bệnh: {r.randint(1, 9)} ổ dịch DTLCP chưa qua 21 ngày",
                                f"Cập nhật dịch bệnh động vật ngày {_day(r)}",
                                "Cảnh báo: Nguy cơ dịch cúm gia cầm mùa đông xuân"]), "weather_widget", "top"))
    items = r.sample(["Tin tức", "Dịch bệnh", "Thú y", "Chăn nuôi", "Kiểm dịch", "Thức ăn chăn nuôi",
                      "Văn bản pháp quy", "Mô hình hay", "Hỏi đáp bác sĩ thú y", "Thư viện ảnh"], r.randint(6, 8))
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.55 else [_b(" - ".join(items), "menu", "navline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Không giấu dịch, không bán chạy lợn bệnh", "Báo dịch bệnh động vật: gọi " + _tel(r)]),
                      "advert", "banner"))
    if r.random() < 0.8:
        a, b = r.sample(["Tin tức", "Dịch bệnh", "Thú y", "Chăn nuôi", "Kiểm dịch"], 2)
        out.append(_b(r.choice([f"Trang chủ / {a} / {b}", f"{a} / {b}", f"Trang chủ / {a}"]), "breadcrumb", "crumb"))
    return out


def _traps107(r: random.Random, n: int) -> list[list[T.Line]]:
    tag = _tag(r)
    dis = r.choice(["dịch tả lợn châu Phi", "lở mồm long móng", "viêm da nổi cục", "cúm gia cầm A/H5N1"])
    outbreak = [_c(f"Tính đến ngày {_day(r)}, bệnh {dis} đã xuất hiện tại các xã:")]
    for c in r.sample(_COMMUNE, r.randint(3, 5)):
        outbreak.append(_t(r.choice([f"Xã {c} (huyện {r.choice(_DISTR)}): {r.randint(3, 90)} con mắc bệnh, "
                                     f"tiêu hủy {r.randint(2, 60)} con",
                                     f"Xã {c}: {r.randint(1, 12)} hộ, {r.randint(5, 140)} con",
                                     f"{c} - {_money(r.randint(300, 9000))} kg lợn tiêu hủy"]), tag))
    table = [_c("Số liệu tiêu hủy theo từng huyện:"), _t("Huyện | Số ổ dịch | Số con tiêu hủy | Trọng lượng (kg)", "td")]
    for d in r.sample(_DISTR, r.randint(3, 4)):
        table.append(_t(f"{d} | {r.randint(1, 14)} | {r.randint(10, 400)} | {_money(r.randint(800, 30000))}", "td"))
    table.append(_t(f"Tổng cộng | {r.randint(15, 40)} | {r.randint(400, 1200)} | {_money(r.randint(30000, 90000))}", "td"))
    table.append(_t(r.choice([f"Nguồn số liệu: Chi cục Chăn nuôi và Thú y tỉnh, tính đến ngày {_day(r)}",
                              "Đơn vị tính: con; kg"])))
    vacc = [_c(r.choice(["Lịch tiêm phòng đợt này cụ thể như sau:", "Các xã triển khai tiêm vắc xin theo lịch:"]))]
    form, month, day = r.randrange(3), r.randint(2, 11), r.randint(1, 12)
    for c in r.sample(_COMMUNE, r.randint(3, 5)):  # one wording per schedule, dates in order
        day += r.randint(1, 4)
        vacc.append(_t([f"Ngày {day}/{month}: xã {c}", f"{day}/{month} - {day + 1}/{month}: xã {c}",
                        f"Xã {c}: từ ngày {day:02d}/{month:02d}"][form], tag))
    dose = [_c("Liều dùng theo hướng dẫn của nhà sản xuất:")]
    dose += [_t(x, tag) for x in r.sample(["Trâu, bò trưởng thành: 2 ml/con, tiêm bắp sâu vùng cổ",
                                           "Bê, nghé dưới 6 tháng tuổi: 1 ml/con", "Lợn trên 14 ngày tuổi: 2 ml/con",
                                           "Gà, vịt: 0,3 ml/con, tiêm dưới da cổ", "Chó: 1 liều/con, nhắc lại sau 12 tháng",
                                           "Dê: 1 ml/con, tiêm bắp"], 3)]
    checkpoints = [_c("Các chốt kiểm dịch động vật tạm thời trực 24/24 giờ:")]
    for c in r.sample(_COMMUNE, 3):
        checkpoints.append(_t(r.choice([f"Chốt {c}: {_tel(r)}", f"Chốt kiểm dịch xã {c} - ĐT trực: {_tel(r)}",
                                        f"Trạm Chăn nuôi và Thú y huyện {r.choice(_DISTR)}, điện thoại {_tel(r)}"]), tag))
    bio = [_t(r.choice(["Người chăn nuôi cần làm gì?", "Biện pháp an toàn sinh học", "Khuyến cáo của ngành thú y"]), "h2")]
    bio += _numbered(r, r.sample(["Rắc vôi bột ở cổng trại và lối đi", "Phun thuốc sát trùng chuồng trại 2 lần mỗi tuần",
                                  "Hạn chế người lạ ra vào khu chăn nuôi", "Không dùng thức ăn thừa chưa nấu chín",
                                  "Không mua bán, giết mổ gia súc ốm chết", "Cách ly vật nuôi mới mua ít nhất 21 ngày",
                                  "Báo ngay cho thú y xã khi thấy vật nuôi bỏ ăn, sốt cao"], r.randint(3, 5)))
    speech = _speaker(r, r.choice([f"Bác sĩ thú y {_name(r)}", f"Ông {_name(r)}, Phó Chi cục trưởng",
                                   f"Anh {r.choice(_LOT)} {r.choice(_TEN)}, chủ trang trại ở xã {r.choice(_COMMUNE)}"]),
                      ["“Chỉ cần một con lợn ốm bị bán chạy là cả bản có thể mất đàn”.",
                       "“Tiêm phòng đủ hai mũi thì bà con yên tâm hơn nhiều khi trời trở rét”.",
                       "“Nhà tôi làm đúng khuyến cáo nên đàn lợn năm nay không bị làm sao”."])
    theo = [_t(f"Theo Chi cục Chăn nuôi và Thú y, tỷ lệ tiêm phòng trên đàn trâu bò toàn tỉnh mới đạt "
               f"{r.randint(52, 88)}%, thấp hơn yêu cầu.")]
    sub = _sub(r, ["Chặn dịch từ cổng trại", "Không để dịch lan rộng", "Lo cho đàn gia súc qua đông", "Bài học từ ổ dịch cũ"])
    return [outbreak, table, vacc, dose, checkpoints, bio, speech, theo, sub]


def _box107(r: random.Random) -> list[T.Line]:
    head = r.choice(["Tin cùng chuyên mục", "Bài liên quan", "Đọc thêm", None])
    items = [r.choice([h, f"{h} - {_day(r, False)}"]) for h in r.sample(_H107, r.randint(2, 3))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail107(r: random.Random) -> list[T.Line]:
    out = [_b(r.choice([f"{_short(r)} (Trạm Thú y {r.choice(_DISTR)})", f"BSTY {_name(r)}", f"{_short(r)} - {_short(r)}",
                        f"Bài, ảnh: {_short(r)}", _short(r)]), "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Nguồn: Cục Thú y", "Theo Cục Chăn nuôi", "(Nguồn: Trung tâm Khuyến nông tỉnh)"]),
                      "source"))
    if r.random() < 0.5:
        out.append(_b("Từ khóa: " + ", ".join(r.sample(["dịch bệnh", "tiêm phòng", "lợn", "trâu bò", "thú y",
                                                       "kiểm dịch", "chăn nuôi"], 3)), "tags"))
    out.append(_b(r.choice(["Chia sẻ bài viết", "In bài", "Gửi bạn bè | In"]), "share_widget"))
    return out


def _below107(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Các tin khác", "Tin mới hơn", "Tin cũ hơn"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H107, r.randint(3, 5))]
    if r.random() < 0.4:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([["Ý kiến bạn đọc", "Gửi ý kiến"],
                                                                     ["Hỏi bác sĩ thú y", "Đặt câu hỏi"]])]
    if r.random() < 0.35:
        shop = r.choice(["Thức ăn chăn nuôi Đại Dương", "Thuốc thú y Minh Tâm", "Vắc xin Hưng Phát"])
        out += [_b(shop, "advert", "below"), _b(f"Đại lý cấp 1 tại {r.choice(_DISTR)} - Hotline: {_tel(r)}", "advert",
                                                 "below")]
    return out


def _side107(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b("Văn bản mới", "related_links", "h4"))
        out += [_b(f"Quyết định số {r.randint(10, 999)}/QĐ-{r.choice(['UBND', 'SNN', 'CCCNTY'])} ngày {_day(r)}",
                   "related_links", "li") for _ in range(r.randint(2, 3))]
    if r.random() < 0.5:
        out.append(_b("Giá lợn hơi hôm nay", "price_widget", "h4"))
        out += [_b(f"{p}: {r.randint(48, 68)}.000 đ/kg", "price_widget", "li") for p in r.sample(["Miền Bắc", "Miền Trung",
                                                                                                "Miền Nam"], 2)]
    return out


def _foot107(r: random.Random) -> list[T.Line]:
    lines = ["Trang thông tin điện tử Chi cục Chăn nuôi và Thú y tỉnh",
             f"Địa chỉ: tổ {r.randint(1, 12)}, phường Chiềng Lề, TP Sơn La - ĐT: {_tel(r)}",
             f"Chịu trách nhiệm chính: {_name(r)}, Chi cục trưởng",
             "Ghi rõ nguồn khi phát hành lại thông tin từ website này"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 108: maritime port authority -------------------------------------------------------------------

_H108 = ["Tăng cường quản lý tàu thuyền neo đậu tránh bão", "Sản lượng hàng hóa qua cảng tăng 12%",
         "Diễn tập tìm kiếm cứu nạn trên biển", "Thông báo hàng hải về chướng ngại vật trên luồng",
         "Đón tàu khách quốc tế đầu tiên của năm", "Nạo vét duy tu luồng hàng hải",
         "Kiểm tra an toàn tàu biển theo thỏa thuận Tokyo MOU", "Thủ tục điện tử cho tàu thuyền ra vào cảng",
         "Phao báo hiệu bị trôi dạt sau bão", "Khánh thành cầu cảng số 5"]
_SHIPS = ["MV TRUONG MINH DREAM", "MV VINASHIP GOLD", "MV HAIAN MIND", "MV GREEN PACIFIC", "MV TAN CANG 18",
          "MV ORIENT STAR", "MV PVT MERCURY", "MV NAM PHAT 36", "MV SEA DRAGON", "MV VIET THUAN 215"]
_FLAGS = ["Việt Nam", "Panama", "Liberia", "Singapore", "Hồng Kông", "Marshall"]


def _coord(r: random.Random, lat: int, lon: int) -> str:
    return (f"{lat}°{r.randint(0, 59):02d}'{r.randint(0, 59):02d}\" N - "
            f"{lon}°{r.randint(0, 59):02d}'{r.randint(0, 59):02d}\" E")


def _head108(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.65:
        out.append(_b(r.choice([f"Thủy triều hôm nay: nước lớn {r.randint(15, 29) / 10} m lúc {_clock(r)}".replace(".", ","),
                                f"Gió Đông Bắc cấp {r.randint(3, 6)}, sóng {r.randint(1, 3)},{r.randint(0, 5)} m",
                                f"{_day(r)} | Biển động nhẹ"]), "weather_widget", "top"))
    items = r.sample(["Giới thiệu", "Tin tức", "Thông báo hàng hải", "Tàu đến", "Tàu rời", "Tàu neo chờ",
                      "Thủ tục hành chính", "Văn bản", "Tìm kiếm cứu nạn", "Liên hệ"], r.randint(6, 8))
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" | ".join(items), "menu", "navline")]
    if r.random() < 0.8:
        a = r.choice(["Tin tức", "Tin hoạt động", "Thông báo hàng hải", "An toàn hàng hải"])
        out.append(_b(r.choice([f"Trang chủ » {a}", f"Cảng vụ » {a}", f"Tin tức » {a}"]), "breadcrumb", "crumb"))
    return out


def _traps108(r: random.Random, n: int) -> list[list[T.Line]]:
    tag = _tag(r)
    lat, lon = r.choice([(12, 109), (13, 109), (11, 108)])
    notice = [_c(r.choice(["Vùng nước thi công được giới hạn bởi các điểm có tọa độ sau (hệ VN-2000):",
                           "Chướng ngại vật nằm trong khu vực giới hạn bởi các điểm:"]))]
    for p in "ABCD"[: r.randint(3, 4)]:
        notice.append(_t(f"{p}: {_coord(r, lat, lon)}", tag))
    notice.append(_t(r.choice(["Các tàu thuyền hành trình qua khu vực cần giảm tốc độ, duy trì liên lạc trên kênh 16 VHF",
                               "Tàu thuyền hoạt động trong khu vực lưu ý hành trình an toàn./."])))
    plan = [_c(f"Kế hoạch điều động tàu ngày {_day(r)}:")]
    if r.random() < 0.6:
        plan.append(_t("Tên tàu | Quốc tịch | Mớn nước | Vị trí | Thời gian", "td"))
    for ship in r.sample(_SHIPS, r.randint(3, 5)):
        plan.append(_t(f"{ship} | {r.choice(_FLAGS)} | {r.randint(50, 120) / 10} m | Cầu cảng số {r.randint(1, 6)} | "
                       f"{_clock(r)}".replace(".", ","), "td"))
    fairway = [_t("Thông số luồng vào cảng", "h2"),
               _t("Chiều dài luồng: 7,6 km", "td"), _t("Chiều rộng đáy luồng: 120 m", "td"),
               _t("Độ sâu chạy tàu: -12,5 m (hệ Hải đồ)", "td"),
               _t(f"Kết quả khảo sát ngày {_day(r)}: độ sâu nhỏ nhất -{r.randint(115, 124) / 10} m".replace(".", ","), "td")]
    thr = [_c("Sản lượng hàng hóa thông qua khu vực cảng các tháng đầu năm:")]
    for m in range(1, r.randint(4, 6)):
        thr.append(_t(r.choice([f"Tháng {m}: {_money(r.randint(400, 1600) * 1000)} tấn",
                                f"Tháng {m}/{r.randint(2023, 2025)} - {_money(r.randint(400, 1600))} nghìn tấn"]), tag))
    radio = [_c("Tàu thuyền gặp sự cố có thể liên lạc:")]
    radio += [_t(x, tag) for x in r.sample([f"Đài Thông tin duyên hải Quy Nhơn: {_tel(r)}, kênh 16 VHF",
                                            f"Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải khu vực III: {_tel(r)}",
                                            f"Trực ban Cảng vụ: {_tel(r)}", "Hoa tiêu: kênh 12 VHF",
                                            f"Trạm Biên phòng cửa khẩu cảng - ĐT: {_tel(r)}"], 3)]
    rules = [_c("Một số điểm chính của nội quy cảng biển mới ban hành:")]
    items = r.sample(["Tàu thuyền phải làm thủ tục điện tử qua Cổng thông tin một cửa quốc gia",
                      "Cấm tàu thuyền xả nước la canh chưa xử lý trong vùng nước cảng",
                      "Tàu có chiều dài trên 150 m phải sử dụng tàu lai hỗ trợ khi cập, rời cầu",
                      "Tốc độ tối đa trên luồng không quá 8 hải lý/giờ",
                      "Thuyền trưởng phải báo cáo ngay khi xảy ra sự cố ô nhiễm"], r.randint(3, 4))
    start = r.randint(4, 20)
    rules += [_t(f"Điều {start + i}. {x}" if r.random() < 0.6 else f"Điều {start + i}: {x}.") for i, x in enumerate(items)]
    speech = _speaker(r, r.choice([f"Ông {_name(r)}, Giám đốc Cảng vụ", f"Thuyền trưởng {_name(r)}",
                                   f"Hoa tiêu {_name(r)}"]),
                      ["“Luồng hẹp, tàu lớn vào ban đêm thì hoa tiêu phải căng mắt từng phao một”.",
                       "“Thủ tục điện tử giúp tàu rút ngắn thời gian chờ làm hàng tới nửa ngày”.",
                       "“Gió mùa về là chúng tôi cho tàu nhỏ vào vũng neo tránh trú ngay”."])
    theo = [_t(f"Theo Cảng vụ, từ đầu năm có {_money(r.randint(900, 4800))} lượt tàu ra vào, tăng "
               f"{r.randint(3, 21)}% so với cùng kỳ.")]
    sub = _sub(r, ["Sẵn sàng ứng phó bão", "Luồng sâu, tàu lớn", "Cảng xanh", "Trực 24/24"])
    return [notice, plan, fairway, thr, radio, rules, speech, theo, sub]


def _box108(r: random.Random) -> list[T.Line]:
    head = r.choice(["Thông báo hàng hải liên quan", "Tin khác", "Cùng chuyên mục", None])
    items = [r.choice([h, f"{h} ({_day(r, False)})", f"■ {h}"]) for h in r.sample(_H108, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail108(r: random.Random) -> list[T.Line]:
    out = [_b(r.choice([f"{_short(r)} - Phòng Pháp chế", "Văn phòng Cảng vụ", f"Tin, ảnh: {_short(r)}",
                        f"{_name(r).upper()} (Đại diện Cảng vụ tại Quy Nhơn)", _short(r)]), "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Nguồn: Cục Hàng hải Việt Nam", "Theo Vinamarine", "(Nguồn: Bộ Giao thông vận tải)"]),
                      "source"))
    out.append(_b(r.choice(["Chia sẻ:", "In trang | Quay lại", "Gửi email | Bản in"]), "share_widget"))
    if r.random() < 0.3:
        out.append(_b(f"Lượt xem: {r.randint(40, 3000)}", "share_widget"))
    return out


def _below108(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin cùng loại", "Các bài viết khác", "Thông báo hàng hải khác"]), "related_links",
                      "below-h"))
        out += [_b(r.choice([h, f"{h} ({_day(r)})"]), "related_links", "below") for h in r.sample(_H108, r.randint(3, 5))]
    return out


def _side108(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.55:
        out.append(_b("Thông báo hàng hải mới", "related_links", "h4"))
        out += [_b(f"Số {r.randint(10, 250)}/TBHH-{r.choice(['TCTBĐATHHMN', 'CVHH', 'BĐATHH'])}", "related_links", "li")
                for _ in range(r.randint(2, 4))]
    if r.random() < 0.5:
        out.append(_b("Thời tiết biển", "weather_widget", "h4"))
        out += [_b(f"{z}: gió cấp {r.randint(3, 7)}, sóng {r.randint(1, 4)} m", "weather_widget", "li")
                for z in r.sample(["Vịnh Quy Nhơn", "Vùng biển Phú Yên", "Cửa Đề Gi", "Vũng Rô"], 2)]
    if r.random() < 0.4:
        out += [_b("Số lượt tàu hôm nay", "share_widget", "h4"),
                _b(f"Đến: {r.randint(2, 30)} | Rời: {r.randint(2, 30)} | Neo: {r.randint(0, 12)}", "share_widget", "li")]
    return out


def _foot108(r: random.Random) -> list[T.Line]:
    lines = ["CẢNG VỤ HÀNG HẢI NAM TRUNG", f"Địa chỉ: {r.randint(1, 99)} {r.choice(_ROAD)}, TP Quy Nhơn, Bình Định",
             f"Điện thoại: {_tel(r)} - Fax: {_tel(r)}", "Email: cangvu@cangvunamtrung.vn",
             "Bản quyền thuộc Cảng vụ Hàng hải Nam Trung"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 109: traditional medicine association magazine ------------------------------------------------

_H109 = ["Cây ngải cứu và những bài thuốc dân gian", "Xoa bóp bấm huyệt chữa đau vai gáy",
         "Hội Đông y khám bệnh miễn phí cho người nghèo", "Ăn gì để bổ khí huyết mùa đông",
         "Cảnh giác với thuốc nam không rõ nguồn gốc", "Vườn thuốc nam trong trạm y tế xã",
         "Trà gừng mật ong giải cảm ngày lạnh", "Lương y trẻ giữ nghề thuốc gia truyền",
         "Dưỡng sinh buổi sáng cho người cao tuổi", "Rau má, vị thuốc mát từ vườn nhà"]
_HERBS = ["Kim ngân hoa", "Cam thảo đất", "Lá tía tô", "Gừng tươi", "Cát cánh", "Bạch chỉ", "Xuyên khung",
          "Đương quy", "Hà thủ ô đỏ", "Ngưu tất", "Ích mẫu", "Hương phụ", "Lá lốt", "Rễ cỏ tranh", "Mạch môn",
          "Trần bì", "Ý dĩ", "Hoài sơn", "Kê huyết đằng", "Thổ phục linh"]
_VERSE = [["Ngoài vườn có lá tía tô", "Cảm mưa cảm gió mẹ cho xông nồi"],
          ["Gừng cay muối mặn chớ quên", "Thuốc hay ở cạnh bên thềm nhà ai"],
          ["Ngải cứu mọc bên bờ ao", "Đau đầu mỏi gối mẹ sao lá vàng"],
          ["Thuốc đắng dã tật", "Sự thật mất lòng"],
          ["Ăn cháo hành, xông lá bưởi", "Mồ hôi ra, cảm lui về rừng"]]


def _head109(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(r.choice([_b(f"Tư vấn sức khỏe miễn phí: {_tel(r)}", "advert", "top"),
                             _b("Tuyển cộng tác viên viết bài - liên hệ ban biên tập", "advert", "top"),
                             _b("Đăng nhập | Đăng ký | Gửi bài cộng tác", "menu", "top")]))
    items = r.sample(["Tin hoạt động Hội", "Cây thuốc - Vị thuốc", "Bài thuốc hay", "Châm cứu - Bấm huyệt",
                      "Dưỡng sinh", "Món ăn bài thuốc", "Danh y", "Hỏi đáp", "Video"], r.randint(6, 8))
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" • ".join(items), "menu", "navline")]
    if r.random() < 0.75:
        a = r.choice(["Bài thuốc hay", "Cây thuốc - Vị thuốc", "Tin hoạt động Hội", "Dưỡng sinh"])
        out.append(_b(r.choice([f"Trang chủ › {a}", a, f"Đông y Nam Việt › {a}"]), "breadcrumb", "crumb"))
    return out


def _traps109(r: random.Random, n: int) -> list[list[T.Line]]:
    tag = _tag(r)
    herbs = r.sample(_HERBS, r.randint(4, 7))
    remedy = [_t(r.choice(["Bài 1", "Bài thuốc", f"Bài {r.randint(2, 4)}: Chữa ho do lạnh", "Thành phần"]), "h2")]
    remedy += [_t(r.choice([f"{h} {r.choice([4, 6, 8, 10, 12, 16, 20])}g", f"{h}: {r.choice([8, 10, 12, 15])} gam",
                            f"- {h} {r.choice([10, 12, 20])}g"]), tag) for h in herbs]
    remedy.append(_t(r.choice(["Sắc với 600 ml nước còn 200 ml, chia 2 lần uống trong ngày.",
                               "Cách dùng: sắc uống ngày 1 thang, dùng 7-10 ngày",
                               "Tất cả tán bột mịn, mỗi lần uống 6g với nước ấm"])))
    points = [_c("Có thể day bấm các huyệt sau, mỗi huyệt 1-2 phút:")]
    points += [_t(x, tag) for x in r.sample(["Huyệt Hợp cốc: ở mu bàn tay, chỗ lồi cao nhất khi khép ngón cái và ngón trỏ",
                                             "Huyệt Phong trì: chỗ lõm dưới xương chẩm, hai bên gáy",
                                             "Huyệt Túc tam lý: dưới đầu gối 3 thốn, cách mào xương chày một khoát ngón tay",
                                             "Huyệt Thái dương: chỗ lõm ở đuôi lông mày đo ra sau 1 thốn",
                                             "Huyệt Bách hội: đỉnh đầu, giao điểm đường nối hai đỉnh tai",
                                             "Huyệt Nội quan: trên lằn chỉ cổ tay 2 thốn"], r.randint(3, 4))]
    clinic = [_c(r.choice(["Lịch khám, phát thuốc miễn phí trong tháng:", "Đoàn lương y sẽ khám bệnh tại các điểm:"]))]
    for _ in range(r.randint(3, 4)):
        clinic.append(_t(r.choice([f"Ngày {_day(r, False)}: Trạm y tế xã {r.choice(_COMMUNE)}",
                                   f"{_clock(r)} ngày {_day(r, False)} - Nhà văn hóa khối {r.randint(1, 12)}, phường "
                                   f"{r.choice(_WARD)}",
                                   f"Chủ nhật {_day(r, False)}: Chùa {r.choice(['Diệc', 'Cần Linh', 'Phổ Quang'])}, "
                                   f"đường {r.choice(_ROAD)}"]), tag))
    garden = [_c(f"Vườn thuốc của phòng chẩn trị hiện trồng {r.randint(40, 160)} loài, trong đó có:")]
    garden += [_t(x, "li" if tag != "td" else "td") for x in
               [r.choice([f"{h} ({r.randint(5, 80)} m²)", h, f"{h} - dùng lá", f"{h}: thu hoạch quanh năm"])
                for h in r.sample(_HERBS, r.randint(3, 5))]]
    verse = [_c(r.choice(["Dân gian vẫn truyền nhau mấy câu:", "Ông bà ta có câu:", "Người xưa dặn:"]))]
    verse += [_t(x, "verse") for x in r.choice(_VERSE)]
    foot = [_c(f"{r.choice(_HERBS)} (*) là vị thuốc quen thuộc, vị {r.choice(['cay', 'đắng', 'ngọt', 'hơi chát'])}, "
               f"tính {r.choice(['ấm', 'mát', 'bình'])}, được dùng nhiều trong các bài thuốc dân gian."),
            _t(f"(*) Tên khoa học: {r.choice(['Lonicera japonica', 'Perilla frutescens', 'Zingiber officinale', 'Artemisia vulgaris', 'Centella asiatica'])}")]
    note = [_t(r.choice(["Lưu ý: phụ nữ có thai không dùng bài thuốc này",
                         "Lưu ý: người huyết áp thấp cần hỏi ý kiến thầy thuốc trước khi dùng",
                         "Lưu ý: không tự ý dùng kéo dài quá 2 tuần"]))]
    speech = _speaker(r, r.choice([f"Lương y {_name(r)}, Chủ tịch Hội Đông y huyện", f"Lương y {_name(r)}",
                                   f"Bác sĩ YHCT {_name(r)}"]),
                      ["“Thuốc nam phải đúng cây, đúng liều, hái nhầm một lá là hỏng cả thang thuốc”.",
                       "“Nhiều người tự đi hái thuốc theo mạng xã hội rồi vào viện, rất đáng lo”.",
                       "“Bấm huyệt đều đặn mỗi tối, sau một tháng giấc ngủ của bà con cải thiện rõ”."])
    theo = [_t(r.choice(["Theo Đông y, chứng mất ngủ phần nhiều do tâm tỳ hư, can khí uất kết mà sinh ra.",
                         "Theo y học cổ truyền, mùa đông là lúc nên bổ thận, giữ ấm vùng lưng và bàn chân.",
                         "Theo Đông y, gừng vị cay, tính ấm, vào kinh phế, tỳ và vị."]))]
    return [remedy, points, clinic, garden, verse, foot, note, speech, theo]


def _box109(r: random.Random) -> list[T.Line]:
    head = r.choice(["Bài thuốc liên quan", "Có thể bạn quan tâm", "Xem thêm", None])
    items = [r.choice([h, f"» {h}"]) for h in r.sample(_H109, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail109(r: random.Random) -> list[T.Line]:
    out = [_b(r.choice([f"Lương y {_name(r)}", f"BS. {_short(r)}", f"{_short(r)} (Hội Đông y {r.choice(_DISTR)})",
                        f"Lương y {_name(r)} - Phòng chẩn trị YHCT {r.choice(['Tâm An', 'Phúc Đức', 'Thiện Tâm'])}"]),
                "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Theo Tạp chí Đông y", "(Theo Sức khỏe & Đời sống)", "Nguồn: Hội Đông y Việt Nam"]),
                      "source"))
    if r.random() < 0.4:
        out.append(_b(r.choice(["(Còn nữa)", "Kỳ sau: Bài thuốc chữa đau lưng từ cây nhà lá vườn", "(Còn tiếp)"]),
                      "continuation"))
    out.append(_b(r.choice(["Thích | Chia sẻ", "Chia sẻ Zalo", "Lưu bài | Chia sẻ"]), "share_widget"))
    return out


def _below109(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.45:
        prod = r.choice(["Cao ích mẫu Tâm An", "Trà thảo mộc Phúc Đức", "Dầu xoa bóp Thiện Tâm"])
        out += [_b(prod, "advert", "below"), _b(f"Đặt hàng: {_tel(r)} - Giao hàng toàn quốc", "advert", "below"),
                _b("Sản phẩm này không phải là thuốc và không có tác dụng thay thế thuốc chữa bệnh", "advert", "below")]
    if r.random() < 0.6:
        out.append(_b(r.choice(["Bài viết khác", "Đọc nhiều nhất", "Mới cập nhật"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H109, r.randint(3, 5))]
    if r.random() < 0.4:
        out += [_b(x, "comment_prompt", "below") for x in ["Hỏi lương y", "Nhập câu hỏi của bạn..."]]
    return out


def _side109(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b("Cây thuốc quanh ta", "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_HERBS, r.randint(3, 5))]
    if r.random() < 0.4:
        out.append(_b("Lịch âm hôm nay", "weather_widget", "h4"))
        out.append(_b(f"Ngày {r.randint(1, 30)} tháng {r.randint(1, 12)} năm Ất Tỵ - tiết {r.choice(['Lập đông', 'Tiểu hàn', 'Đại thử'])}",
                      "weather_widget", "li"))
    return out


def _foot109(r: random.Random) -> list[T.Line]:
    lines = ["Tạp chí điện tử Đông y Nam Việt - Hội Đông y tỉnh",
             f"Giấy phép số {r.randint(10, 300)}/GP-BTTTT ngày {_day(r)}",
             f"Tổng biên tập: Lương y {_name(r)}",
             "Thông tin trên trang chỉ mang tính tham khảo, không thay thế chẩn đoán và điều trị của thầy thuốc.",
             f"Liên hệ quảng cáo: {_tel(r)}"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


_PARTS = {106: (_head106, _traps106, _box106, _tail106, _below106, _side106, _foot106),
          107: (_head107, _traps107, _box107, _tail107, _below107, _side107, _foot107),
          108: (_head108, _traps108, _box108, _tail108, _below108, _side108, _foot108),
          109: (_head109, _traps109, _box109, _tail109, _below109, _side109, _foot109)}
_POOLS = {106: _H106, 107: _H107, 108: _H108, 109: _H109}


def _dateline(r: random.Random, fam: int) -> T.Line:
    d, t = _day(r), f"{r.randint(6, 22):02d}:{r.randint(0, 59):02d}"
    forms = [f"Ngày đăng: {d} {t}", f"{d} | {t}", f"Đăng lúc {t} ngày {d}", f"Cập nhật: {d}",
             f"{r.choice(['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu'])}, {d} - {t}", f"Ngày {d}"]
    return _b(forms[(fam + r.randint(0, 3)) % len(forms)], "dateline", "date")


def _inline(r: random.Random, fam: int) -> T.Line:
    lead = r.choice([">> Xem thêm: ", "Xem thêm: ", ">> ", "Mời đọc: ", "Tin liên quan: "])
    return _b(lead + r.choice(_POOLS[fam]), "related_links", "inline")


def _credit(r: random.Random, fam: int) -> T.Line:
    forms = {106: [f"Ảnh: {_short(r)}", "Ảnh: Phòng Truyền thông", "Công nhân xử lý sự cố đường ống. Ảnh: CNLG"],
             107: [f"Ảnh: {_short(r)}", "Ảnh minh họa", f"Ảnh: Trạm Thú y {r.choice(_DISTR)}"],
             108: [f"Ảnh: {_short(r)}", "Ảnh: Cảng vụ cung cấp", "(Ảnh: Tư liệu)"],
             109: ["Ảnh minh họa", f"Ảnh: {_short(r)}", "Ảnh: Internet"]}[fam]
    return _b(r.choice(forms), "byline", "credit")


def _unpunctuate(body: list[T.Line]) -> None:
    """The last long article paragraph loses its full stop, and counts as a trap from then on."""
    for i in range(len(body) - 1, -1, -1):
        x = body[i]
        if (x.label == "content" and x.tag == "p" and not isinstance(x, Trap) and len(x.text.split()) >= 12
                and x.text.rstrip().endswith(".") and not x.text.rstrip().endswith("..")):
            body[i] = _t(x.text.rstrip(" ."), x.tag)
            return


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """One page of family `fam` around `article` (title, sapo, paragraphs)."""
    head, traps, box, tail, below, side, foot = _PARTS[fam]
    page = T.Page(fam, OUTLETS[fam])
    page.head += head(r)
    if r.random() < 0.25:  # the skip-link, visible in scraped text and as the first link of the page
        page.head.insert(0, _b(r.choice(["Bỏ qua nội dung", "Đến nội dung chính", "Chuyển tới phần nội dung"]),
                               "menu", "skip"))
    title, sapo, *paras = article
    body: list[T.Line] = []
    dl, where = _dateline(r, fam), r.random()
    if where < 0.15:
        page.head.append(dl)
    elif where < 0.3:
        body.append(dl)
    body.append(T.Line(title, "title", "h1"))
    if where >= 0.3:
        body.append(dl)
    if r.random() < 0.3:
        a = _short(r)
        body.append(_b(r.choice([a, f"{a} - {_short(r)}", f"Tin, ảnh: {a}", f"{a} | {SITE_NAMES[fam]}"]), "byline",
                       "author-top"))
    body.append(_c(sapo, "sapo"))
    blocks = traps(r, n)
    r.shuffle(blocks)
    chosen = blocks[: r.choice([3, 3, 4, 4])]
    slots = len(paras) + 1
    at: dict[int, list[list[T.Line]]] = {}
    for blk in chosen:
        at.setdefault(r.randint(1, slots - 1) if slots > 1 else 0, []).append(blk)
    box_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.8 else -1
    inline_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.4 else -1
    credit_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.4 else -1
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
    if r.random() < 0.4:
        _unpunctuate(body)
    tl = tail(r)
    if r.random() < 0.35:
        r.shuffle(tl)
    body += tl
    page.body = body
    page.side = below(r) + side(r)
    page.foot = foot(r)
    if n >= PAGES and r.random() < 0.3:
        page.foot.append(_b(r.choice(["Lên đầu trang", "↑ Về đầu trang", "Trở lên trên"]), "share_widget"))
    return page


# -- HTML ----------------------------------------------------------------------------------------------

_CSS = {106: "cn", 107: "ty", 108: "cv", 109: "dy"}


def _href(text: str) -> str:
    return f"/bai-{zlib.crc32(text.encode()) % 10**7}.htm"


def _body_html(lines: list[T.Line], fam: int, n: int) -> str:
    esc = html.escape
    css = _CSS[fam]
    out: list[str] = []
    i = 0
    while i < len(lines):
        x = lines[i]
        j = i + 1
        if x.label == "title":
            out.append(f"<h1 class='{css}-title'>{esc(x.text)}</h1>")
        elif x.label == "content":
            if x.tag in ("li", "td", "verse", "dash"):
                while j < len(lines) and lines[j].label == "content" and lines[j].tag == x.tag:
                    j += 1
                grp = [esc(y.text) for y in lines[i:j]]
                if x.tag == "li":
                    out.append("<ol class='ds'>" if n % 3 == 0 else "<ul class='ds'>")
                    out.append("".join(f"<li>{g}</li>" for g in grp))
                    out.append("</ol>" if n % 3 == 0 else "</ul>")
                elif x.tag == "td":  # a row's text stays in one cell, as the line the scorer looks for
                    rows = "".join(f"<tr><td>{g}</td></tr>" for g in grp)
                    out.append(f"<table class='bang' border='1'><tbody>{rows}</tbody></table>" if n % 2 else
                               f"<div class='bang'><table><tbody>{rows}</tbody></table></div>")
                elif x.tag == "verse":
                    out.append("<blockquote class='tho'><p><em>" + "<br>".join(grp) + "</em></p></blockquote>"
                               if n % 2 == 0 else "".join(f"<p class='tho'><em>{g}</em></p>" for g in grp))
                else:
                    out.append("<div class='doan'>" + "<br>".join(grp) + "</div>")
            elif x.tag == "quote":
                out.append(f"<p class='trich'><em>{esc(x.text)}</em></p>")
            elif x.tag == "speaker":
                out.append(f"<p style='text-align:right'><strong>{esc(x.text)}</strong></p>")
            elif x.tag == "h2":
                out.append(f"<h3 class='sub'>{esc(x.text)}</h3>" if fam % 2 else f"<p><strong>{esc(x.text)}</strong></p>")
            elif x.tag == "sapo":
                out.append(f"<h2 class='sapo'>{esc(x.text)}</h2>" if fam in (107, 108) else
                           f"<p class='{css}-sapo'><b>{esc(x.text)}</b></p>")
            else:
                out.append(f"<p>{esc(x.text)}</p>")
        elif x.tag in ("h3", "li"):
            head = ""
            if x.tag == "h3":
                head = f"<p class='box-head'><b>{esc(x.text)}</b></p>"
                i += 1
            j = i
            while j < len(lines) and lines[j].label != "content" and lines[j].tag == "li":
                j += 1
            items = "".join(f"<li><a href='{_href(y.text)}'>{esc(y.text)}</a></li>" for y in lines[i:j])
            out.append(f"<div class='tinlienquan'>{head}<ul>{items}</ul></div>")
            i = j
            continue
        elif x.label == "dateline":
            out.append(f"<span class='ngay-dang'>{esc(x.text)}</span>")
        elif x.label == "byline":
            cls = {"author-top": "tacgia-top", "credit": "chuthich"}.get(x.tag, "tacgia")
            out.append(f"<p class='{cls}'><b>{esc(x.text)}</b></p>" if x.tag != "credit" else
                       f"<figure><img src='/anh/{zlib.crc32(x.text.encode()) % 9999}.jpg' alt=''>"
                       f"<figcaption>{esc(x.text)}</figcaption></figure>")
        elif x.label == "source":
            out.append(f"<p class='nguon' style='text-align:right'><em>{esc(x.text)}</em></p>")
        elif x.label == "tags":
            out.append(f"<div class='tukhoa'>{esc(x.text)}</div>")
        elif x.label == "share_widget":
            out.append(f"<div class='chiase'><a href='#'>{esc(x.text)}</a></div>")
        elif x.label == "continuation":
            out.append(f"<p style='text-align:right'><em>{esc(x.text)}</em></p>")
        elif x.tag == "inline":
            out.append(f"<p class='xemthem'><a href='{_href(x.text)}'>{esc(x.text)}</a></p>")
        else:
            out.append(f"<p class='{x.label}'>{esc(x.text)}</p>")
        i = j
    return "".join(out)


def render_html(page: T.Page, n: int) -> str:
    """One page in the family's markup: skip-link, top strip, header and menu, breadcrumb, article,
    below-article blocks, sidebar, footer."""
    esc = html.escape
    fam = page.family
    title = next(x.text for x in page.body if x.label == "title")
    skip = "".join(f"<a class='skip' href='#noidung'>{esc(x.text)}</a>" for x in page.head if x.tag == "skip")
    top = "".join(f"<div class='topbar-item'>{esc(x.text)}</div>" for x in page.head if x.tag == "top")
    banner = "".join(f"<div class='thongbao-chay'><marquee>{esc(x.text)}</marquee></div>"
                     for x in page.head if x.tag == "banner")
    nav = "".join(f"<li><a href='/chuyen-muc/{i}'>{esc(x.text)}</a></li>" for i, x in enumerate(page.head)
                  if x.tag == "nav")
    navline = "".join(f"<p class='menu-ngang'>{esc(x.text)}</p>" for x in page.head if x.tag == "navline")
    crumbs = "".join(f"<nav class='duongdan'>{esc(x.text)}</nav>" for x in page.head if x.tag == "crumb")
    hdate = "".join(f"<div class='homnay'>{esc(x.text)}</div>" for x in page.head if x.tag == "date")
    body = _body_html(page.body, fam, n)
    below, aside = [], []
    for x in page.side:
        if x.tag == "below-h":
            below.append(f"<h2 class='tieude-khoi'>{esc(x.text)}</h2>")
        elif x.tag == "below":
            below.append(f"<h4><a href='{_href(x.text)}'>{esc(x.text)}</a></h4>" if x.label == "related_links"
                         else f"<div class='{x.label}'>{esc(x.text)}</div>")
        elif x.tag == "h4":
            aside.append(f"<div class='khoi-tieude'>{esc(x.text)}</div>")
        else:
            aside.append(f"<div class='khoi-muc'><a href='{_href(x.text)}'>{esc(x.text)}</a></div>")
    foot = "".join(f"<div class='ft-line'>{esc(x.text)}</div>" for x in page.foot)
    art = ("article", "article") if fam in (106, 109) else ("div id='noidung' class='chitiet'", "div")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} | {SITE_NAMES[fam]}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/tin-tuc/{n}-{zlib.crc32(title.encode()) % 10**5}.htm'>"
        f"<meta property='og:site_name' content='{SITE_NAMES[fam]}'></head><body>{skip}"
        f"<div class='topbar'>{top}</div>"
        f"<header><div class='logo'><a href='/'>{esc(SITE_NAMES[fam])}</a></div>"
        f"<nav><ul class='menu-chinh'>{nav}</ul>{navline}</nav>{banner}</header>{crumbs}{hdate}"
        f"<div class='container'><main class='cot-trai'><{art[0]}>{body}</{art[1]}>"
        f"<section class='tin-khac'>{''.join(below)}</section></main>"
        f"<aside class='cot-phai'>{''.join(aside)}</aside></div>"
        f"<footer>{foot}</footer></body></html>"
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
