"""Held-out 22: families 102-105 of the line-labelled Vietnamese page benchmark (seed 73).

Written by helper HO22, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types, the label
names and the name, phone and date helpers), the harness parts of `bench/eval_vi_pages.py` (its
docstring, HALVES, MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop,
`render_html`, `page_lines` and the scoring functions) and, for the module API and the docstring style
only, `bench/vi_bench_heldout19.py`. Nothing under `cleaners/`, `flows/` or `tests/`, no README, no
HISTORY, no held-out score file, no rule-diff TSV and no other held-out module (in particular neither
held-out 20 nor 21) was opened, and the cleaner was never run on these pages: the wordings below are the
author's own, chosen by what such sites print, not by what any rule catches.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 102 `kiemlamxanh.vn`, a forest-ranger and wildlife-protection portal (a provincial forest protection
  department's news): a "Cấp dự báo cháy rừng hôm nay" top strip, a "Phát hiện vi phạm, gọi ..." banner,
  "Tin hoạt động ngành" boxes, a "Văn bản chỉ đạo" side list, ranger-station bylines. Traps: fire-danger
  levels by district (short "Huyện X: cấp IV" lines), lists of seized or handed-over wild animals with
  counts, species with their Latin names in brackets, ranger-station hotlines, numbered "Nghiêm cấm" rules,
  a patrol's timeline by hour, a quote whose speaker is a line of his own, "Theo Chi cục Kiểm lâm, ..."
  sentences, sub-headings, notices closing with "Trân trọng thông báo!".
- 103 `duocphamantoan.vn`, a drug-safety and pharmacy-regulation news site: a "Tra cứu thuốc" search bar,
  "Cảnh báo thuốc giả" strips, a "Công văn mới" side list, pharmacy-chain adverts with hotlines, a
  disclaimer line in the footer. Traps: recall lists (drug, batch number, expiry, maker), composition
  lines ("Mỗi viên nén chứa: ..."), dosage lines by age group, on-duty pharmacies over the holidays with
  addresses and phones, numbered steps for telling a fake box, footnote and unit lines, a quote with the
  speaker's line, "Theo Cục Quản lý Dược, ..." sentences, notices ending "./." , sub-headings.
- 104 `vieclamvungtau.vn`, a public employment-service centre's portal (job fairs, unemployment insurance,
  vocational training): a "Sàn giao dịch việc làm" countdown strip, "Việc làm mới đăng" boxes, a
  "Tra cứu hồ sơ BHTN" widget, recruitment-agency adverts, the centre's branch footer. Traps: vacancy
  tables (post - number - pay), a job fair's programme by hour, the documents to bring as a numbered list,
  branch offices with addresses and phones, training courses with dates and fees, a worker's quote with
  "Anh X (SN 1994, quê ...)" on a line of its own, names with birth years, closings without a full stop.
- 105 `disanluutru.vn`, an archives, museum and documentary-heritage magazine: an opening-hours strip,
  "Triển lãm đang diễn ra" banners, a "Tư liệu quý" side list, "Ảnh tư liệu: ..." credits, a reference
  block below the article. Traps: catalogue lines of documents ("Ký hiệu: ...; Phông ...; Hồ sơ số ..."),
  exhibition opening hours and ticket prices, a timeline by year, footnotes "[1] ..." and "(*) ..." lines,
  verse quoted from a document, a list of donors with birth years, "Theo tư liệu lưu tại ..." sentences,
  sub-headings, a closing line without a full stop.

Every page varies the presence and order of its chrome with the seeded RNG (top strip, menu as items or
as one line, breadcrumb, dateline above or below the title, a byline on top or at the tail, boxes at a
random paragraph, tail lines shuffled, side widgets and footer lines dropped at random). Text records
(n >= 16) are the same pages as a scraper saves them: head, body, the below-article and side blocks,
footer, one line each; a scraper also keeps a skip-link or back-to-top line on some of them.

Trap share at the default size (16 pages + 40 records per family), as `trap_share()` counts it: 2,328
of the 4,436 content lines (titles included), 52.5 %. Only the lines shaped
like boilerplate count as traps (list and table items, schedule and timeline lines, speaker lines, contact
lines, sub-headings, verse, footnotes, "Theo X, ..." sentences, formulaic closings, closings without a full
stop); a trap block's ordinary lead-in sentence does not.
"""

from __future__ import annotations

import html
import random
import zlib
from dataclasses import dataclass

from bench import vi_bench_templates as T

FAMILIES = (102, 103, 104, 105)
ARTICLE_OUTLETS = ("NLD", "VNE", "TT", "TN")
SEED = 73
PAGES = 16  # the harness's default number of HTML pages per family; later pages are text records
OUTLETS = {102: "kiemlamxanh.vn", 103: "duocphamantoan.vn", 104: "vieclamvungtau.vn", 105: "disanluutru.vn"}
SITE_NAMES = {102: "Kiểm Lâm Xanh", 103: "Dược phẩm An toàn", 104: "Việc làm Vũng Tàu", 105: "Di sản & Lưu trữ"}


@dataclass
class Trap(T.Line):
    """A line of article text written to look like boilerplate (label stays "content")."""


def _c(text: str, tag: str = "p") -> T.Line:
    return T.Line(text, "content", tag)


def _t(text: str, tag: str = "p") -> Trap:
    return Trap(text, "content", tag)


def _b(text: str, label: str, tag: str = "p") -> T.Line:
    return T.Line(text, label, tag)


# -- pools ---------------------------------------------------------------------------------------------

_SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
        "Phan", "Đinh", "Lương", "Mai", "Cao", "Hà", "Lò", "Sầm", "Nông", "Triệu", "Quách", "Thái"]
_MID = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Kim", "Bá", "Công", "Hồng", "Trọng",
        "Như", "Diệu", "Đình", "Khắc"]
_GIV = ["Hưng", "Lan", "Phúc", "Hạnh", "Tài", "Nga", "Sang", "Hòa", "Bình", "Thắng", "Oanh", "Dũng", "Huyền", "Khải",
        "Tú", "Long", "Hương", "Nhàn", "Quý", "Thành", "Vân", "Cường", "Duyên", "Lộc", "Trí", "My", "Giang", "Nghĩa"]
_DIST = ["Tân Phú", "Định Quán", "Xuyên Mộc", "Châu Đức", "Đạ Huoai", "Bảo Lâm", "Lắk", "Krông Bông", "Kon Plông",
         "Sơn Động", "Hướng Hóa", "Nam Đông", "A Lưới", "Phước Sơn", "Tây Giang", "Mường Lát", "Quế Phong", "Con Cuông"]
_STREET = ["Trần Phú", "Lê Lợi", "Quang Trung", "Hùng Vương", "Nguyễn Huệ", "Ba Cu", "Lê Hồng Phong", "Võ Văn Kiệt",
           "Nguyễn An Ninh", "Bà Triệu", "Trường Chinh", "Nguyễn Trãi", "Hoàng Hoa Thám", "Phạm Văn Đồng"]


def _full(r: random.Random) -> str:
    return " ".join([r.choice(_SUR), *r.sample(_MID, r.choice([1, 1, 2])), r.choice(_GIV)])


def _pen(r: random.Random) -> str:
    return f"{r.choice(_MID)} {r.choice(_GIV)}"


def _phone(r: random.Random) -> str:
    return r.choice([f"0{r.choice([251, 254, 263, 260, 235, 234, 237, 238, 204])} {r.randint(3500000, 3899999)}",
                     f"09{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
                     f"08{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}", T.phone(r)])


def _dmy(r: random.Random, year: bool = True) -> str:
    d = f"{r.randint(1, 28)}/{r.randint(1, 12)}"
    return f"{d}/20{r.randint(20, 25)}" if year else d


def _times(r: random.Random, k: int) -> list[str]:
    """k clock times of one day in increasing order, as a schedule prints them."""
    start = r.randint(7 * 4, 14 * 4)
    out = []
    for _ in range(k):
        out.append(f"{start // 4}h{(start % 4) * 15:02d}")
        start += r.randint(1, 6)
    return out


def _numbered(r: random.Random, items: list[str], forms: list[str]) -> list[Trap]:
    """Numbered items in one numbering style per list ("{i}" and "{x}" stand for number and item)."""
    form = r.choice(forms)
    return [_t(form.replace("{i}", str(i)).replace("{x}", x)) for i, x in enumerate(items, 1)]


def _days() -> list[str]:
    return ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def _list_tag(r: random.Random) -> str:
    return r.choice(["p", "p", "li", "td"])


def _speech(r: random.Random, speaker: str, quotes: list[str]) -> list[T.Line]:
    """A quote and its speaker on a line of their own, in either order."""
    q = _c(r.choice(quotes), "quote")
    if r.random() < 0.5:
        return [q, _t(r.choice([speaker, f"- {speaker}", f"({speaker})"]))]
    return [_t(speaker + ":"), q]


# -- family 102: forest rangers and wildlife protection -------------------------------------------------

_H102 = ["Bắt quả tang nhóm đối tượng khai thác gỗ trái phép", "Thả cá thể cu li nhỏ về rừng tự nhiên",
         "Cao điểm phòng cháy chữa cháy rừng mùa khô", "Giao khoán bảo vệ rừng cho cộng đồng thôn bản",
         "Phát hiện bẫy thú trong vùng lõi vườn quốc gia", "Tiếp nhận cá thể rùa núi vàng do người dân giao nộp",
         "Trồng mới hàng trăm héc-ta rừng phòng hộ", "Xử lý nghiêm hành vi lấn chiếm đất rừng",
         "Tuần tra liên ngành dọc tuyến biên giới", "Chi trả dịch vụ môi trường rừng cho hộ nhận khoán"]
_ANIMALS = ["Cu li lớn (Nycticebus bengalensis)", "Rùa núi vàng (Indotestudo elongata)", "Tê tê Java (Manis javanica)",
            "Khỉ đuôi lợn (Macaca leonina)", "Trăn đất (Python bivittatus)", "Gà lôi trắng (Lophura nycthemera)",
            "Voọc chà vá chân đen (Pygathrix nigripes)", "Cầy vòi hương (Paradoxurus hermaphroditus)",
            "Dúi mốc lớn (Rhizomys pruinosus)", "Kỳ đà hoa (Varanus salvator)"]


def _head102(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice([f"Cấp dự báo cháy rừng hôm nay: cấp {r.choice(['III', 'IV', 'V'])}",
                                f"{r.choice(_days())}, {_dmy(r)} | Cấp cháy rừng: {r.choice(['II', 'III', 'IV'])}",
                                "Đường dây nóng báo cháy rừng: 114"]), "weather_widget", "top"))
    items = r.sample(["Tin tức", "Phòng cháy rừng", "Bảo tồn", "Động vật hoang dã", "Pháp chế", "Lâm sinh",
                      "Chi trả DVMTR", "Văn bản", "Gương người tốt", "Ảnh - Video", "Hỏi đáp"], 7)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.55 else [_b(" | ".join(items), "menu", "navline")]
    if r.random() < 0.45:
        out.append(_b(r.choice([f"Phát hiện vi phạm về rừng, xin gọi: {_phone(r)}",
                                "Chung tay bảo vệ rừng - bảo vệ cuộc sống", "Không mua bán, tiêu thụ động vật hoang dã"]),
                      "advert", "banner"))
    a, b = r.sample(["Tin tức", "Phòng cháy rừng", "Bảo tồn", "Pháp chế", "Hoạt động ngành", "Cơ sở"], 2)
    if r.random() < 0.8:
        out.append(_b(r.choice([f"Trang chủ » {a} » {b}", f"{a} » {b}", f"Trang chủ » {a}"]), "breadcrumb", "crumb"))
    return out


def _traps102(r: random.Random) -> list[list[T.Line]]:
    tag = _list_tag(r)
    levels = [_c(r.choice(["Cấp dự báo nguy cơ cháy rừng tại một số địa phương trong ngày:",
                           "Theo bản tin dự báo, các khu vực có nguy cơ cháy rừng cao gồm:"]))]
    for d in r.sample(_DIST, r.randint(3, 5)):
        levels.append(_t(r.choice([f"Huyện {d}: cấp {r.choice(['III', 'IV', 'V'])}",
                                   f"{d} - cấp {r.choice(['IV', 'V'])} (nguy hiểm)",
                                   f"Huyện {d}: cấp {r.choice(['IV', 'V'])}, rất nguy hiểm"]), tag))
    seized = [_c(r.choice(["Tang vật thu giữ gồm:", "Số động vật hoang dã được bàn giao gồm:",
                           "Các cá thể được thả về rừng trong đợt này gồm:"]))]
    for a in r.sample(_ANIMALS, r.randint(3, 5)):
        seized.append(_t(r.choice([f"{r.randint(1, 12)} cá thể {a}", f"{a}: {r.randint(1, 9)} cá thể",
                                   f"- {a}, {r.randint(1, 6)} con"]), tag))
    stations = [_c("Người dân phát hiện cháy rừng hoặc hành vi vi phạm có thể báo ngay cho các đơn vị sau:")]
    for d in r.sample(_DIST, 3):
        stations.append(_t(r.choice([f"Hạt Kiểm lâm {d}: {_phone(r)}", f"Trạm Kiểm lâm {d} - ĐT: {_phone(r)}",
                                     f"Hạt Kiểm lâm huyện {d}, điện thoại {_phone(r)}"])))
    rules = [_t(r.choice(["Những hành vi bị nghiêm cấm", "Nghiêm cấm các hành vi sau", "Người dân cần lưu ý"]), "h2")]
    rules += _numbered(r, r.sample(["Đốt nương rẫy trong thời gian cao điểm khô hanh",
                                    "Mang lửa, chất dễ cháy vào rừng", "Săn bắt, bẫy bắt động vật rừng",
                                    "Chặt phá cây rừng, lấn chiếm đất rừng", "Mua bán, vận chuyển lâm sản trái phép",
                                    "Thả rông gia súc trong rừng mới trồng"], r.randint(3, 4)),
                       ["{i}. {x}", "{i}. {x};", "{i}/ {x}", "- {x}"])
    patrol = [_t(r.choice(["Diễn biến vụ việc", "Hành trình truy vết", "Một đêm tuần tra"]), "h2")]
    steps = ["Tổ tuần tra xuất phát từ trạm", f"Phát hiện tiếng cưa máy ở tiểu khu {r.randint(100, 400)}",
             "Tiếp cận hiện trường, lập biên bản", "Đưa tang vật về trụ sở hạt", "Bàn giao đối tượng cho công an huyện"]
    steps = steps[: r.randint(3, 5)]
    for t, what in zip(_times(r, len(steps)), steps, strict=True):
        patrol.append(_t(f"{t}: {what}", tag))
    speech = _speech(r, r.choice([f"Ông {_full(r)}, Hạt trưởng Hạt Kiểm lâm {r.choice(_DIST)}",
                                  f"Kiểm lâm viên {_full(r)}", f"Chi cục trưởng Chi cục Kiểm lâm {_full(r)}"]),
                     ["“Mùa này chỉ một mẩu tàn thuốc cũng đủ làm cháy cả quả đồi, anh em phải trực 24/24”.",
                      "“Người dân giao nộp động vật là việc làm rất đáng trân trọng, chúng tôi sẽ chăm sóc rồi "
                      "thả về rừng”.", "“Lâm tặc bây giờ rất tinh vi, chúng đi ban đêm và dùng cả xe máy độ”."])
    theo = [_t(f"Theo Chi cục Kiểm lâm tỉnh, từ đầu năm đến nay đã xảy ra {r.randint(2, 19)} vụ cháy rừng, "
               f"thiệt hại khoảng {r.randint(3, 60)} ha, chủ yếu là rừng trồng keo và thông.")]
    notice = [_c(f"Hạt Kiểm lâm {r.choice(_DIST)} đề nghị các chủ rừng, hộ nhận khoán bố trí lực lượng canh gác "
                 "24/24 giờ tại các chòi canh lửa."),
              _t(r.choice(["Trân trọng thông báo!", "Trân trọng thông báo./.", "Đề nghị bà con nghiêm túc thực hiện"]))]
    sub = [_t(r.choice(["Không để cháy lớn", "Rừng là nhà", "Trả tự do cho “bạn rừng”", "Ngày đêm bám rừng",
                        "Lửa rừng mùa khô"]), "h2")]
    return [levels, seized, stations, rules, patrol, speech, theo, notice, sub]


def _box102(r: random.Random) -> list[T.Line]:
    head = r.choice(["Tin hoạt động ngành", "Tin liên quan", "Cùng chủ đề", None])
    items = [r.choice([h, f"{h} ({_dmy(r, False)})", f"» {h}"]) for h in r.sample(_H102, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail102(r: random.Random) -> list[T.Line]:
    a = _pen(r)
    out = [_b(r.choice([a, f"{a} - Hạt Kiểm lâm {r.choice(_DIST)}", f"{a} (Chi cục Kiểm lâm)", f"Tin, ảnh: {a}",
                        _full(r).upper(), f"{a} - {_pen(r)}"]), "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Nguồn: Cục Kiểm lâm", "(Theo Báo Nông nghiệp)", "Theo Vườn quốc gia Cát Tiên",
                                "Nguồn: Chi cục Kiểm lâm tỉnh"]), "source"))
    if r.random() < 0.5:
        out.append(_b("Từ khóa: " + ", ".join(r.sample(["cháy rừng", "kiểm lâm", "động vật hoang dã", "lâm tặc",
                                                       "rừng phòng hộ", "bảo tồn", "mùa khô"], 3)), "tags"))
    out.append(_b(r.choice(["Chia sẻ", "In trang", "Gửi email | In bài | Chia sẻ", "Zalo  Facebook"]), "share_widget"))
    return out


def _below102(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([["Ý kiến bạn đọc", "Gửi ý kiến"],
                                                                     ["Bình luận", "Nội dung bình luận", "Gửi"]])]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Các tin khác", "Tin đã đưa", "Xem thêm"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} - {_dmy(r)}"]), "related_links", "below") for h in r.sample(_H102, r.randint(3, 5))]
    return out


def _side102(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b("Văn bản chỉ đạo", "related_links", "h4"))
        out += [_b(f"Công văn số {r.randint(100, 999)}/KL-{r.choice(['QLBVR', 'PCCCR', 'BTTN'])} ngày {_dmy(r)}",
                   "related_links", "li") for _ in range(r.randint(2, 3))]
    if r.random() < 0.5:
        out.append(_b("Cảnh báo cháy rừng", "weather_widget", "h4"))
        out += [_b(f"{d}: cấp {r.choice(['II', 'III', 'IV', 'V'])}", "weather_widget", "li") for d in r.sample(_DIST, 3)]
    if r.random() < 0.5:
        out.append(_b("Đọc nhiều", "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H102, 3)]
    return out


def _foot102(r: random.Random) -> list[T.Line]:
    lines = ["Kiểm Lâm Xanh - Trang tin điện tử về quản lý, bảo vệ rừng và bảo tồn thiên nhiên",
             f"Giấy phép thiết lập trang TTĐT tổng hợp số {r.randint(10, 99)}/GP-STTTT ngày {_dmy(r)}",
             f"Chịu trách nhiệm nội dung: {_full(r)}",
             f"Địa chỉ: {r.randint(1, 200)} {r.choice(_STREET)}, TP Biên Hòa - ĐT: {_phone(r)}",
             "Ghi rõ nguồn “Kiểm Lâm Xanh” khi trích dẫn thông tin từ trang này."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 103: drug safety and pharmacy regulation ------------------------------------------------------

_H103 = ["Đình chỉ lưu hành lô thuốc không đạt chất lượng", "Cảnh báo thuốc giả nhãn hiệu nổi tiếng",
         "Nhà thuốc bán kháng sinh không cần đơn bị xử phạt", "Cấp phép thêm hàng trăm thuốc sản xuất trong nước",
         "Thu hồi mỹ phẩm chứa chất cấm", "Kiểm tra đột xuất các quầy thuốc dịp cuối năm",
         "Người bệnh cần lưu ý khi dùng thuốc hạ sốt cho trẻ", "Giá thuốc nhập khẩu tăng, bệnh viện lo thiếu",
         "Thực phẩm chức năng quảng cáo như thuốc chữa bệnh", "Hướng dẫn bảo quản thuốc mùa nồm ẩm"]
_DRUGS = ["Paracetamol 500 mg", "Amoxicillin 250 mg", "Cefuroxim 500 mg", "Vitamin C 1000 mg", "Omeprazol 20 mg",
          "Metformin 850 mg", "Ibuprofen 400 mg", "Siro ho Bảo Thanh An", "Dung dịch nhỏ mắt Natri clorid 0,9%",
          "Kem bôi da Ketoconazol 2%"]
_MAKERS = ["Công ty CP Dược phẩm Trung ương Hà Nam", "Công ty TNHH Dược phẩm Hoàng Minh", "Công ty CP Dược Bình Thuận",
           "Công ty CP Dược phẩm Trường An", "Công ty TNHH MTV Dược Sóc Sơn"]


def _head103(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Tra cứu thuốc | Tra cứu nhà thuốc | Đăng nhập", "Tìm kiếm tên thuốc, hoạt chất...",
                                "Tra cứu số đăng ký thuốc"]), "menu", "top"))
    items = r.sample(["Tin tức", "Cảnh báo", "Thu hồi thuốc", "Thuốc giả", "Sử dụng thuốc", "Nhà thuốc", "Mỹ phẩm",
                      "Thực phẩm chức năng", "Chính sách", "Hỏi dược sĩ", "Video"], 7)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" · ".join(items), "menu", "navline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["CẢNH BÁO: Thuốc giả đang lưu hành trên thị trường", "Mới: Danh mục thuốc thu hồi tháng này"]),
                      "related_links", "banner"))
    a = r.choice(["Cảnh báo", "Thu hồi thuốc", "Sử dụng thuốc", "Chính sách", "Nhà thuốc"])
    if r.random() < 0.8:
        out.append(_b(r.choice([f"Trang chủ / {a}", f"Tin tức / {a}", a]), "breadcrumb", "crumb"))
    return out


def _traps103(r: random.Random) -> list[list[T.Line]]:
    tag = _list_tag(r)
    drug, maker = r.choice(_DRUGS), r.choice(_MAKERS)
    batch = f"{r.randint(10, 99)}{r.randint(1000, 9999)}"
    made = _dmy(r)
    recall = [_c(f"Cục Quản lý Dược yêu cầu thu hồi toàn quốc lô thuốc {drug.split()[0]} do {maker} sản xuất, "
                 "cụ thể:"),
              _t(f"Tên thuốc: {drug}", tag), _t(f"Số đăng ký: VD-{r.randint(10000, 39999)}-{r.randint(17, 24)}", tag),
              _t(f"Số lô: {batch}; NSX: {made}; HD: {made[:-4]}{int(made[-4:]) + r.choice([2, 3])}", tag),
              _t(r.choice(["Lý do thu hồi: không đạt tiêu chuẩn chất lượng về chỉ tiêu độ hòa tan",
                           "Lý do: không đạt chỉ tiêu định lượng", "Mức độ vi phạm: mức độ 3"]), tag)]
    comp = [_t(r.choice(["Thành phần", "Thành phần trong mỗi viên", "Công thức"]), "h2"),
            _t(f"Mỗi viên nén bao phim chứa: {drug}"),
            _t(r.choice(["Tá dược vừa đủ 1 viên", "Tá dược: tinh bột ngô, lactose, magnesi stearat",
                         "Tá dược vđ 1 viên"]))]
    dose = [_c("Liều dùng tham khảo theo hướng dẫn của nhà sản xuất:")]
    for who in r.sample(["Người lớn và trẻ trên 12 tuổi", "Trẻ từ 6 đến 12 tuổi", "Trẻ từ 2 đến 6 tuổi",
                         "Người cao tuổi"], 3):
        dose.append(_t(f"{who}: {r.choice(['1 viên', '1/2 viên', '2 viên', '5 ml'])} mỗi lần, "
                       f"{r.randint(2, 4)} lần/ngày", tag))
    duty = [_c(r.choice(["Danh sách nhà thuốc trực bán thuốc xuyên Tết:", "Các nhà thuốc mở cửa 24/24 trong dịp lễ gồm:"]))]
    for _ in range(r.randint(3, 4)):
        duty.append(_t(r.choice([f"Nhà thuốc {r.choice(_GIV)} {r.choice(['An', 'Khang', 'Tâm'])}: "
                                 f"{r.randint(1, 300)} {r.choice(_STREET)}, ĐT {_phone(r)}",
                                 f"Quầy thuốc số {r.randint(1, 40)} - {r.randint(1, 300)} {r.choice(_STREET)} - {_phone(r)}"])))
    fake = [_t(r.choice(["Cách nhận biết thuốc giả", "Phân biệt thật - giả", "Người dân nên làm gì?"]), "h2")]
    fake += _numbered(r, ["Kiểm tra tem chống giả và mã vạch trên vỏ hộp",
                          "So sánh màu sắc, font chữ với hộp thuốc thật",
                          "Quét mã QR để tra cứu số đăng ký",
                          "Chỉ mua thuốc tại nhà thuốc có giấy phép"][: r.randint(3, 4)],
                      ["Bước {i}: {x}", "{i}. {x}", "{i}) {x}"])
    notes = [_t(r.choice(["(*) Số liệu tính đến ngày " + _dmy(r), "Đơn vị tính: hộp", "(*) Giá đã bao gồm VAT",
                          "Ghi chú: HD là hạn dùng, NSX là ngày sản xuất"])),
             _t(r.choice(["[1] Theo Thông tư 11/2018/TT-BYT", "(**) Thuốc kê đơn, chỉ bán theo đơn của bác sĩ",
                          "Nguồn số liệu: Viện Kiểm nghiệm thuốc Trung ương"]))]
    speech = _speech(r, r.choice([f"DS. {_full(r)}, Trưởng khoa Dược", f"PGS.TS {_full(r)}",
                                  f"Ông {_full(r)} - Phó Cục trưởng Cục Quản lý Dược"]),
                     ["“Người dân tuyệt đối không tự ý mua kháng sinh về uống, vừa tốn tiền vừa gây kháng thuốc”.",
                      "“Thuốc giả bây giờ in hộp rất đẹp, nhìn bằng mắt thường gần như không phân biệt được”."])
    theo = [_t(f"Theo Cục Quản lý Dược, trong {r.randint(6, 11)} tháng qua đã có {r.randint(12, 60)} lô thuốc bị "
               "đình chỉ lưu hành và thu hồi vì không đạt chất lượng.")]
    closing = [_c("Sở Y tế yêu cầu các cơ sở kinh doanh, sử dụng thuốc rà soát, ngừng bán và trả lại nhà cung cấp lô "
                  "thuốc nêu trên."),
               _t(r.choice(["Sở Y tế thông báo để các đơn vị biết, thực hiện./.",
                            "Cục Quản lý Dược thông báo để các đơn vị biết và thực hiện.", "Trân trọng./."]))]
    sub = [_t(r.choice(["Mua thuốc ở đâu cho an toàn", "Đừng tự làm bác sĩ", "Kháng sinh không phải thuốc bổ",
                        "Lỗ hổng từ chợ mạng"]), "h2")]
    return [recall, comp, dose, duty, fake, notes, speech, theo, closing, sub]


def _box103(r: random.Random) -> list[T.Line]:
    if r.random() < 0.3:
        shop = r.choice(["Nhà thuốc Minh Châu", "Chuỗi nhà thuốc An Khang Plus", "Nhà thuốc Tâm Đức"])
        return [_b(x, "advert", "promo") for x in [shop, f"Tư vấn miễn phí: {_phone(r)}",
                                                   "Giao thuốc tận nhà trong 2 giờ"][: r.randint(2, 3)]]
    head = r.choice(["Tin liên quan", "Cảnh báo khác", "Đọc thêm", None])
    items = [r.choice([h, f"{h} ({_dmy(r, False)})", f"• {h}"]) for h in r.sample(_H103, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail103(r: random.Random) -> list[T.Line]:
    a = _pen(r)
    out = [_b(r.choice([a, f"DS. {a}", f"BS. {_full(r)}", f"{a} (tổng hợp)", f"{a} - {_pen(r)}"]), "byline")]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Nguồn: Cục Quản lý Dược - Bộ Y tế", "(Theo Sức khỏe & Đời sống)",
                                "Theo Trung tâm DI & ADR Quốc gia", "Nguồn: Sở Y tế TP.HCM"]), "source"))
    if r.random() < 0.5:
        out.append(_b("Tags: " + ", ".join(r.sample(["thu hồi thuốc", "thuốc giả", "kháng sinh", "nhà thuốc",
                                                    "mỹ phẩm", "an toàn thuốc"], 3)), "tags"))
    out.append(_b(r.choice(["Chia sẻ bài viết", "Lưu bài | Chia sẻ", "Facebook  Zalo  Sao chép liên kết"]), "share_widget"))
    if r.random() < 0.3:
        out.append(_b("Thông tin trong bài chỉ mang tính tham khảo, không thay thế chỉ định của bác sĩ.", "footer"))
    return out


def _below103(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([["Hỏi dược sĩ", "Đặt câu hỏi"],
                                                                     ["Bình luận (0)", "Viết bình luận của bạn"]])]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin cùng chuyên mục", "Có thể bạn quan tâm"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H103, r.randint(3, 5))]
    return out


def _side103(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b("Công văn mới", "related_links", "h4"))
        out += [_b(f"Công văn {r.randint(1000, 9999)}/QLD-CL về việc thu hồi thuốc", "related_links", "li")
                for _ in range(r.randint(2, 3))]
    if r.random() < 0.5:
        out.append(_b("Xem nhiều", "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H103, 3)]
    return out


def _foot103(r: random.Random) -> list[T.Line]:
    lines = ["Dược phẩm An toàn - Chuyên trang thông tin về chất lượng thuốc và sử dụng thuốc hợp lý",
             f"Giấy phép số {r.randint(100, 700)}/GP-TTĐT do Sở TT&TT cấp ngày {_dmy(r)}",
             f"Liên hệ quảng cáo: {_phone(r)} - Email: quangcao@duocphamantoan.vn",
             f"Văn phòng: {r.randint(1, 150)} {r.choice(_STREET)}, quận {r.randint(1, 12)}, TP.HCM"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 104: public employment-service centre -----------------------------------------------------------

_H104 = ["Phiên giao dịch việc làm định kỳ thu hút hàng nghìn lao động", "Hướng dẫn hưởng trợ cấp thất nghiệp",
         "Doanh nghiệp khu công nghiệp cần tuyển gấp công nhân", "Mở lớp đào tạo nghề miễn phí cho lao động nông thôn",
         "Thị trường lao động cuối năm sôi động", "Tư vấn hướng nghiệp cho học sinh lớp 12",
         "Hỗ trợ học nghề cho người hưởng bảo hiểm thất nghiệp", "Ngày hội việc làm dành cho sinh viên",
         "Lao động mất việc được hỗ trợ kết nối việc làm mới", "Tuyển dụng lao động làm việc tại cảng biển"]
_JOBS = ["Công nhân may", "Nhân viên kho", "Thợ hàn", "Kế toán tổng hợp", "Lái xe nâng", "Nhân viên bán hàng",
         "Kỹ thuật viên điện", "Bảo vệ", "Phụ bếp", "Nhân viên giao nhận", "Thợ vận hành máy CNC"]


def _head104(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice([f"Phiên giao dịch việc làm tiếp theo: {_dmy(r)}", "Người tìm việc | Nhà tuyển dụng | Đăng nhập",
                                f"Tổng đài tư vấn: {_phone(r)}"]), "menu", "top"))
    items = r.sample(["Giới thiệu", "Tin tức", "Việc làm", "Bảo hiểm thất nghiệp", "Đào tạo nghề", "Thị trường lao động",
                      "Xuất khẩu lao động", "Văn bản", "Thủ tục hành chính", "Liên hệ"], 7)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" | ".join(items), "menu", "navline")]
    if r.random() < 0.8:
        out.append(_b(r.choice(["Trang chủ > Tin tức > Thị trường lao động", "Trang chủ > Bảo hiểm thất nghiệp",
                                "Tin tức > Sàn giao dịch việc làm", "Trang chủ > Đào tạo nghề"]), "breadcrumb", "crumb"))
    return out


def _traps104(r: random.Random) -> list[list[T.Line]]:
    tag = _list_tag(r)
    vac = [_c(r.choice(["Một số vị trí các doanh nghiệp đang cần tuyển:", "Nhu cầu tuyển dụng tại phiên này như sau:"]))]
    if r.random() < 0.5:
        vac.append(_t("Vị trí - Số lượng - Mức lương", tag))
    for j in r.sample(_JOBS, r.randint(3, 5)):
        lo = r.randint(6, 14)
        vac.append(_t(r.choice([f"{j}: {r.randint(5, 200)} người, lương {lo} - {lo + r.randint(2, 6)} triệu đồng/tháng",
                                f"{j} - {r.randint(2, 80)} - thỏa thuận", f"{j} ({r.randint(3, 50)} người)"]), tag))
    prog = [_t(r.choice(["Chương trình phiên giao dịch", "Thời gian, địa điểm", "Lịch trình ngày hội"]), "h2")]
    steps = ["Đón tiếp, phát phiếu đăng ký", "Khai mạc", "Phỏng vấn trực tiếp tại gian hàng",
             "Tư vấn chính sách bảo hiểm thất nghiệp"][: r.randint(3, 4)]
    for t, what in zip(_times(r, len(steps)), steps, strict=True):
        prog.append(_t(f"{t}: {what}", tag))
    docs = [_c(r.choice(["Hồ sơ đề nghị hưởng trợ cấp thất nghiệp gồm:", "Người lao động cần chuẩn bị các giấy tờ sau:"]))]
    docs += _numbered(r, ["Đề nghị hưởng trợ cấp thất nghiệp theo mẫu",
                          "Bản sao quyết định thôi việc hoặc hợp đồng lao động đã hết hạn",
                          "Sổ bảo hiểm xã hội", "Căn cước công dân (bản chính để đối chiếu)"][: r.randint(3, 4)],
                      ["{i}. {x}", "{i}. {x};", "- {x}", "+ {x}"])
    branches = [_c("Người lao động có thể liên hệ các điểm giao dịch của trung tâm:")]
    for place in r.sample(["TP Vũng Tàu", "TP Bà Rịa", "thị xã Phú Mỹ", "huyện Xuyên Mộc", "huyện Châu Đức"], 3):
        branches.append(_t(r.choice([f"Điểm giao dịch {place}: {r.randint(1, 200)} {r.choice(_STREET)}, ĐT {_phone(r)}",
                                     f"Chi nhánh {place} - {_phone(r)}"])))
    course = [_c("Các lớp đào tạo nghề khai giảng trong tháng tới:")]
    for c in r.sample(["Sửa chữa điện dân dụng", "Nấu ăn", "Tin học văn phòng", "Hàn điện", "Kỹ thuật chăm sóc da",
                       "Sửa chữa xe máy"], 3):
        course.append(_t(r.choice([f"{c}: khai giảng {_dmy(r, False)}, học phí {r.randint(1, 5)}.{r.choice(['000', '500'])}.000 đồng",
                                   f"{c} - 3 tháng - miễn phí"]), tag))
    person = _full(r)
    worker = [_t(r.choice([f"Anh {person} (SN {r.randint(1975, 2004)}, quê {r.choice(_DIST)})",
                           f"Chị {person}, sinh năm {r.randint(1980, 2004)}", f"{person} ({r.randint(1980, 2004)})"])),
              _c(r.choice(["“Tôi nghỉ việc ở công ty giày hơn một tháng nay, hôm nay đi phiên này đã có hai chỗ hẹn "
                           "phỏng vấn”.", "“Làm thủ tục giờ nhanh lắm, nộp hồ sơ xong mười lăm ngày là có tiền trợ "
                           "cấp”."]), "quote")]
    theo = [_t(f"Theo Trung tâm Dịch vụ việc làm tỉnh, {r.randint(9, 11)} tháng qua đã có {r.randint(3000, 9000):,} "
               "người nộp hồ sơ hưởng trợ cấp thất nghiệp, tăng so với cùng kỳ.".replace(",", "."))]
    sub = [_t(r.choice(["Cơ hội cho lao động phổ thông", "Thủ tục không còn rườm rà", "Doanh nghiệp khát thợ",
                        "Học nghề để đổi đời"]), "h2")]
    closing = [_t(r.choice(["Mọi chi tiết xin liên hệ phòng Tư vấn - Giới thiệu việc làm của trung tâm",
                            "Rất mong người lao động và doanh nghiệp quan tâm tham dự",
                            "Trung tâm trân trọng kính mời!"]))]
    return [vac, prog, docs, branches, course, worker, theo, sub, closing]


def _box104(r: random.Random) -> list[T.Line]:
    if r.random() < 0.3:
        ag = r.choice(["Nhân lực Sao Mai", "Cung ứng lao động Đại Dương", "Việc làm Phương Nam"])
        return [_b(x, "advert", "promo") for x in [f"Công ty {ag} tuyển gấp 50 lao động",
                                                   f"Hotline tuyển dụng: {_phone(r)}", "Có xe đưa đón, bao cơm trưa"]]
    head = r.choice(["Việc làm mới đăng", "Tin liên quan", "Xem thêm", None])
    items = [r.choice([h, f"{h} - {_dmy(r, False)}", f"› {h}"]) for h in r.sample(_H104, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail104(r: random.Random) -> list[T.Line]:
    a = _pen(r)
    out = [_b(r.choice([a, f"{a} - Phòng Thông tin thị trường lao động", f"Tin: {a}", f"{a} - {_pen(r)}",
                        "Ban biên tập"]), "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Nguồn: Sở Lao động - Thương binh và Xã hội", "(Theo Báo Bà Rịa - Vũng Tàu)",
                                "Theo Cổng thông tin BHXH Việt Nam"]), "source"))
    out.append(_b(r.choice(["Chia sẻ", "In  Gửi email  Chia sẻ", f"Lượt xem: {r.randint(100, 9999)}"]), "share_widget"))
    if r.random() < 0.3:
        out.append(_b(r.choice(["Xem tiếp kỳ sau", "(Còn tiếp)"]), "continuation"))
    return out


def _below104(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b("Tra cứu hồ sơ BHTN", "comment_prompt", "below-h"),
                _b("Nhập số CCCD để tra cứu", "comment_prompt", "below"), _b("Tra cứu", "comment_prompt", "below")]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin khác", "Bài viết cùng chuyên mục"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H104, r.randint(3, 5))]
    return out


def _side104(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["Việc làm nổi bật", "Việc làm hot"]), "related_links", "h4"))
        out += [_b(f"{j} - {r.choice(['Phú Mỹ', 'Bà Rịa', 'Vũng Tàu'])} - {r.randint(7, 20)} triệu", "related_links", "li")
                for j in r.sample(_JOBS, 3)]
    if r.random() < 0.4:
        out += [_b("Liên kết website", "related_links", "h4"), _b("Cổng dịch vụ công quốc gia", "related_links", "li"),
                _b("Bảo hiểm xã hội Việt Nam", "related_links", "li")]
    return out


def _foot104(r: random.Random) -> list[T.Line]:
    lines = ["TRUNG TÂM DỊCH VỤ VIỆC LÀM (tên giả định)",
             f"Địa chỉ: {r.randint(1, 300)} {r.choice(_STREET)}, TP Vũng Tàu",
             f"Điện thoại: {_phone(r)} - Fax: {_phone(r)}", "Email: ttdvvl@vieclamvungtau.vn",
             f"Bản quyền © {r.randint(2015, 2024)} thuộc về Trung tâm. Phát triển bởi VNPT."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 105: archives, museum and documentary heritage ----------------------------------------------------

_H105 = ["Trưng bày tư liệu về Chủ quyền biển đảo", "Số hóa hàng triệu trang tài liệu lưu trữ",
         "Châu bản triều Nguyễn - di sản tư liệu thế giới", "Bảo tàng tiếp nhận hiện vật quý từ gia đình liệt sĩ",
         "Mộc bản được đưa vào không gian trưng bày mới", "Những bức thư thời chiến lần đầu công bố",
         "Giải mã bản đồ cổ vùng Nam Bộ", "Tu bổ tài liệu giấy dó bị ẩm mốc", "Hành trình tìm lại bản gốc sắc phong",
         "Triển lãm ảnh Hà Nội xưa thu hút giới trẻ"]


def _head105(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Mở cửa: 8h00 - 17h00 các ngày trong tuần (trừ thứ Hai)", "English | Tiếng Việt | Sơ đồ trang",
                                f"{r.choice(_days())}, {_dmy(r)}"]), "menu", "top"))
    items = r.sample(["Tin tức", "Trưng bày", "Tư liệu", "Nghiên cứu", "Di sản tư liệu", "Hiện vật", "Tham quan",
                      "Ấn phẩm", "Thư viện ảnh", "Dịch vụ độc giả"], 7)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" / ".join(items), "menu", "navline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Triển lãm đang diễn ra: Ký ức mùa xuân", "Triển lãm trực tuyến: Biển đảo Việt Nam qua tư liệu"]),
                      "related_links", "banner"))
    if r.random() < 0.8:
        out.append(_b(r.choice(["Trang chủ › Tư liệu", "Trang chủ › Nghiên cứu › Lịch sử", "Trưng bày › Tin tức",
                                "Di sản tư liệu"]), "breadcrumb", "crumb"))
    return out


def _traps105(r: random.Random) -> list[list[T.Line]]:
    tag = _list_tag(r)
    cat = [_c("Tài liệu hiện được bảo quản tại kho lưu trữ với thông tin như sau:"),
           _t(f"Phông: {r.choice(['Phủ Thủ tướng', 'Tòa Đại biểu Trung kỳ', 'UBHC tỉnh Quảng Trị', 'Nha Kinh tế Nam phần'])}", tag),
           _t(f"Hồ sơ số {r.randint(100, 9999)}, tờ {r.randint(1, 40)}-{r.randint(41, 90)}", tag),
           _t(f"Ký hiệu: {r.choice(['CB', 'MB', 'TL'])}-{r.randint(1, 99)}/{r.randint(1800, 1975)}", tag)]
    hours = [_t(r.choice(["Thông tin tham quan", "Giờ mở cửa", "Đến xem triển lãm"]), "h2"),
             _t(r.choice(["Sáng: 8h00 - 11h30", "Từ thứ Ba đến Chủ nhật: 8h00 - 17h00"]), tag),
             _t(r.choice(["Chiều: 13h30 - 17h00", "Nghỉ thứ Hai và các ngày lễ"]), tag),
             _t(r.choice(["Vé người lớn: 40.000 đồng; học sinh, sinh viên: 20.000 đồng",
                          "Miễn phí vé vào cửa"]), tag)]
    tl = [_t(r.choice(["Các mốc chính", "Hành trình của tài liệu", "Niên biểu"]), "h2")]
    y = r.randint(1802, 1940)
    for what in ["Tài liệu được lập và lưu tại kinh đô", "Chuyển vào kho lưu trữ Đà Lạt",
                 "Được phát hiện và đưa về Hà Nội", "Hoàn thành số hóa, phục vụ độc giả"][: r.randint(3, 4)]:
        tl.append(_t(f"Năm {y}: {what}", tag))
        y += r.randint(8, 40)
    if r.random() < 0.5:
        fn = [_t(f"[1] Châu bản triều Nguyễn, tập {r.randint(1, 60)}, tr. {r.randint(10, 300)}"),
              _t(f"[2] Đại Nam thực lục, NXB Giáo dục, {r.randint(2002, 2010)}, tập {r.randint(1, 10)}")]
    else:
        fn = [_t("(*) Tài liệu lưu trữ tại Trung tâm Lưu trữ quốc gia I"),
              _t("(**) Trích theo bản dịch của Viện Nghiên cứu Hán Nôm")]
    verse = [_c("Trong tập thư còn chép mấy câu thơ người lính gửi về quê:")]
    verse += [_t(x, "verse") for x in r.choice([
        ["Nhớ mẹ ngồi bên bếp lửa chiều", "Nhớ em áo trắng dáng yêu kiều", "Con đi giữ đất, giữ làng cũ",
         "Hẹn ngày về hát khúc quê nhiều"],
        ["Trường Sơn mưa đổ dài dài", "Thư nhà con viết một hai dòng buồn", "Mẹ ơi đừng khóc đầu thôn",
         "Con về khi lúa vàng hơn mùa này"]])]
    donors = [_c(r.choice(["Những người đã hiến tặng hiện vật cho bảo tàng đợt này:", "Danh sách gia đình trao tặng tư liệu:"]))]
    for _ in range(r.randint(3, 4)):
        donors.append(_t(r.choice([f"Ông {_full(r)} ({r.randint(1930, 1960)})",
                                   f"Bà {_full(r)}, sinh năm {r.randint(1935, 1965)}, {r.choice(_DIST)}",
                                   f"Cụ {_full(r)} (1928 - {r.randint(2010, 2023)})"]), tag))
    theo = [_t(f"Theo tư liệu lưu tại Trung tâm Lưu trữ quốc gia {r.choice(['I', 'II', 'IV'])}, bản đồ này được vẽ "
               f"vào khoảng năm {r.randint(1830, 1900)} và từng được dùng trong việc đo đạc ruộng đất.")]
    speech = _speech(r, r.choice([f"TS {_full(r)}, Giám đốc Trung tâm Lưu trữ quốc gia", f"Nhà nghiên cứu {_full(r)}",
                                  f"Bà {_full(r)}, Phó Giám đốc Bảo tàng"]),
                     ["“Mỗi tờ giấy dó ở đây đã đi qua chiến tranh, lũ lụt và mối mọt, giữ được đến hôm nay là kỳ "
                      "tích”.", "“Chúng tôi mong các gia đình còn lưu giữ kỷ vật hãy liên hệ để bảo tàng hỗ trợ bảo "
                      "quản”."])
    sub = [_t(r.choice(["Giấy dó và thời gian", "Kỷ vật kể chuyện", "Từ kho lưu trữ ra công chúng", "Bản đồ biết nói"]),
              "h2")]
    return [cat, hours, tl, fn, verse, donors, theo, speech, sub]


def _box105(r: random.Random) -> list[T.Line]:
    head = r.choice(["Tư liệu liên quan", "Cùng chủ đề", "Bài viết khác", None])
    items = [r.choice([h, f"{h} ({_dmy(r, False)})", f"[Ảnh] {h}"]) for h in r.sample(_H105, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail105(r: random.Random) -> list[T.Line]:
    a = _full(r)
    out = [_b(r.choice([a, f"ThS. {a}", f"{a} - Trung tâm Lưu trữ quốc gia I", f"Bài: {a}", f"{_pen(r)} (giới thiệu)"]),
              "byline")]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Tài liệu tham khảo: Cục Văn thư và Lưu trữ nhà nước", "(Theo Tạp chí Văn thư Lưu trữ)",
                                "Nguồn: Bảo tàng Lịch sử quốc gia"]), "source"))
    if r.random() < 0.5:
        out.append(_b("Từ khóa: " + ", ".join(r.sample(["châu bản", "mộc bản", "lưu trữ", "bảo tàng", "hiện vật",
                                                       "di sản tư liệu"], 3)), "tags"))
    if r.random() < 0.6:
        out.append(_b(r.choice(["Chia sẻ  Tweet  Email", "In bài viết", "Chia sẻ"]), "share_widget"))
    if r.random() < 0.25:
        out.append(_b(r.choice(["(Còn nữa)", f"Kỳ 2: {r.choice(_H105)}"]), "continuation"))
    return out


def _below105(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.4:
        out += [_b("Ý kiến độc giả", "comment_prompt", "below-h"), _b("Gửi ý kiến", "comment_prompt", "below")]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin đã đăng", "Đọc tiếp"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H105, r.randint(3, 5))]
    return out


def _side105(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b("Tư liệu quý", "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H105, 3)]
    if r.random() < 0.4:
        out += [_b("Lượt truy cập", "share_widget", "h4"),
                _b(f"Đang online: {r.randint(10, 300)} | Tổng: {r.randint(100000, 999999):,}".replace(",", "."),
                   "share_widget", "li")]
    return out


def _foot105(r: random.Random) -> list[T.Line]:
    lines = ["Di sản & Lưu trữ - Chuyên trang của Hội Lưu trữ và Bảo tàng (tên giả định)",
             f"Giấy phép số {r.randint(10, 300)}/GP-TTĐT, cấp ngày {_dmy(r)}",
             f"Địa chỉ: {r.randint(1, 60)} {r.choice(_STREET)}, Hà Nội | ĐT: {_phone(r)}",
             "Sử dụng lại tư liệu, hình ảnh phải được sự đồng ý của Ban biên tập."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


_PARTS = {102: (_head102, _traps102, _box102, _tail102, _below102, _side102, _foot102),
          103: (_head103, _traps103, _box103, _tail103, _below103, _side103, _foot103),
          104: (_head104, _traps104, _box104, _tail104, _below104, _side104, _foot104),
          105: (_head105, _traps105, _box105, _tail105, _below105, _side105, _foot105)}
_POOLS = {102: _H102, 103: _H103, 104: _H104, 105: _H105}


def _dateline(r: random.Random, fam: int) -> T.Line:
    d, t = _dmy(r), f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    forms = [f"{r.choice(_days())}, {d} {t}", f"Ngày đăng: {d}", f"{t} | {d}", f"Cập nhật lúc {t}, {d}",
             f"{d} - {t} (GMT+7)", f"Đăng ngày {d} lúc {t}"]
    return _b(forms[(fam + r.randint(0, 3)) % len(forms)], "dateline", "date")


def _inline(r: random.Random, fam: int) -> T.Line:
    lead = r.choice([">> ", "Xem thêm: ", ">> Đọc thêm: ", "Tin liên quan: ", "XEM THÊM >> "])
    return _b(lead + r.choice(_POOLS[fam]), "related_links", "inline")


def _credit(r: random.Random, fam: int) -> T.Line:
    forms = {102: [f"Ảnh: Hạt Kiểm lâm {r.choice(_DIST)}", f"Ảnh: {_pen(r)}"],
             103: ["Ảnh minh họa", f"Ảnh: {_pen(r)}", "(Ảnh: Cục Quản lý Dược cung cấp)"],
             104: [f"Ảnh: {_pen(r)}", "Ảnh: Trung tâm cung cấp"],
             105: [f"Ảnh tư liệu: {_pen(r)}", "(Ảnh: Tư liệu Trung tâm Lưu trữ quốc gia)", "Ảnh: Tư liệu"]}[fam]
    return _b(r.choice(forms), "byline", "credit")


def _unpunctuate(body: list[T.Line]) -> bool:
    """The last long article paragraph loses its full stop; it counts as a trap from then on."""
    for i in range(len(body) - 1, -1, -1):
        x = body[i]
        if x.label == "content" and x.tag == "p" and not isinstance(x, Trap) and len(x.text.split()) >= 12:
            body[i] = _t(x.text.rstrip(" ."), x.tag)
            return True
    return False


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """One page of family `fam` around `article` (title, sapo, paragraphs)."""
    head, traps, box, tail, below, side, foot = _PARTS[fam]
    page = T.Page(fam, OUTLETS[fam])
    page.head += head(r)
    if n >= PAGES and r.random() < 0.3:  # what a scraper keeps of the skip link
        page.head.insert(0, _b(r.choice(["Bỏ qua nội dung", "Chuyển đến nội dung chính", "Menu"]), "menu", "top"))
    title, sapo, *paras = article
    body: list[T.Line] = []
    dl, where = _dateline(r, fam), r.random()
    if where < 0.2:
        page.head.append(dl)
    elif where < 0.35:
        body.append(dl)
    body.append(T.Line(title, "title", "h1"))
    if where >= 0.35:
        body.append(dl)
    if r.random() < 0.3:
        a = _pen(r)
        body.append(_b(r.choice([a, f"{a} - {_pen(r)}", f"Tin, ảnh: {a}", f"{a} | {SITE_NAMES[fam]}"]), "byline",
                       "author-top"))
    body.append(_c(sapo, "sapo"))
    blocks = traps(r)
    r.shuffle(blocks)
    chosen = blocks[: r.choice([3, 3, 4, 4, 5])]
    slots = len(paras) + 1
    at: dict[int, list[list[T.Line]]] = {}
    for blk in chosen:
        at.setdefault(r.randint(1, slots - 1) if slots > 1 else 0, []).append(blk)
    box_at = r.randint(0, max(0, len(paras) - 1))
    inline_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.4 else -1
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
    if r.random() < 0.4:
        _unpunctuate(body)
    tl = tail(r)
    if r.random() < 0.4:
        r.shuffle(tl)
    body += tl
    page.body = body
    page.side = below(r) + side(r)
    page.foot = foot(r)
    if n >= PAGES and r.random() < 0.3:
        page.foot.append(_b(r.choice(["Về đầu trang", "Lên đầu trang ↑", "Quay lại"]), "share_widget"))
    return page


# -- HTML ----------------------------------------------------------------------------------------------

_CSS = {102: "kl", 103: "dp", 104: "vl", 105: "ds"}


def _href(text: str) -> str:
    return f"/{zlib.crc32(text.encode()) % 10**7}.html"


def _body_html(lines: list[T.Line], fam: int, verse_br: bool) -> str:
    esc = html.escape
    out: list[str] = []
    i = 0
    while i < len(lines):
        x = lines[i]
        j = i + 1
        if x.label == "title":
            out.append(f"<h1 class='{_CSS[fam]}-title'>{esc(x.text)}</h1>")
        elif x.label == "content":
            if x.tag in ("li", "td", "verse"):
                while j < len(lines) and lines[j].label == "content" and lines[j].tag == x.tag:
                    j += 1
                grp = [esc(y.text) for y in lines[i:j]]
                if x.tag == "li":
                    out.append("<ul class='list'>" + "".join(f"<li>{g}</li>" for g in grp) + "</ul>")
                elif x.tag == "td":
                    out.append("<table class='table'><tbody>" + "".join(f"<tr><td>{g}</td></tr>" for g in grp)
                               + "</tbody></table>")
                elif verse_br:
                    out.append("<p class='tho'><i>" + "<br>".join(grp) + "</i></p>")
                else:
                    out.append("<div class='tho'>" + "".join(f"<p><i>{g}</i></p>" for g in grp) + "</div>")
            elif x.tag == "quote":
                out.append(f"<blockquote class='quote'><p>{esc(x.text)}</p></blockquote>")
            elif x.tag == "h2":
                out.append(f"<h2>{esc(x.text)}</h2>" if fam % 2 == 0 else f"<p><b>{esc(x.text)}</b></p>")
            elif x.tag == "sapo":
                out.append(f"<div class='sapo'><strong>{esc(x.text)}</strong></div>" if fam in (102, 105) else
                           f"<p class='lead'>{esc(x.text)}</p>")
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
            items = "".join(f"<li><a href='{_href(y.text)}'>{esc(y.text)}</a></li>" for y in lines[i:j])
            out.append(f"<div class='related-box'>{head}<ul>{items}</ul></div>")
            i = j
            continue
        elif x.tag == "promo":
            while j < len(lines) and lines[j].tag == "promo":
                j += 1
            out.append("<div class='banner-ads'>" + "".join(f"<p>{esc(y.text)}</p>" for y in lines[i:j]) + "</div>")
        elif x.label == "dateline":
            out.append(f"<div class='post-date'>{esc(x.text)}</div>")
        elif x.label == "byline":
            cls = {"author-top": "author", "credit": "caption"}.get(x.tag, "author-name")
            out.append(f"<p class='{cls}' style='text-align:right'><b>{esc(x.text)}</b></p>")
        elif x.label == "source":
            out.append(f"<p class='nguon'><i>{esc(x.text)}</i></p>")
        elif x.label == "tags":
            out.append(f"<div class='keywords'>{esc(x.text)}</div>")
        elif x.label == "share_widget":
            out.append(f"<div class='share-tool'><span>{esc(x.text)}</span></div>")
        elif x.label == "continuation":
            out.append(f"<p><i>{esc(x.text)}</i></p>")
        elif x.tag == "inline":
            out.append(f"<p><a href='{_href(x.text)}'><b>{esc(x.text)}</b></a></p>")
        else:
            out.append(f"<p class='{x.label}'>{esc(x.text)}</p>")
        i = j
    return "".join(out)


def render_html(page: T.Page, n: int) -> str:
    """One page in the family's markup: top strip, header and menu, breadcrumb, article, below-article
    blocks, sidebar, footer."""
    esc = html.escape
    fam = page.family
    title = next(x.text for x in page.body if x.label == "title")
    top = "".join(f"<span>{esc(x.text)}</span>" for x in page.head if x.tag == "top")
    banner = "".join(f"<div class='hot-strip'>{esc(x.text)}</div>" for x in page.head if x.tag == "banner")
    nav = "".join(f"<li><a href='/muc-{i}'>{esc(x.text)}</a></li>" for i, x in enumerate(page.head) if x.tag == "nav")
    navline = "".join(f"<div class='menu-line'>{esc(x.text)}</div>" for x in page.head if x.tag == "navline")
    crumbs = "".join(f"<div class='breadcrumbs'>{esc(x.text)}</div>" for x in page.head if x.tag == "crumb")
    hdate = "".join(f"<div class='today'>{esc(x.text)}</div>" for x in page.head if x.tag == "date")
    body = _body_html(page.body, fam, verse_br=n % 2 == 0)
    below, aside = [], []
    for x in page.side:
        if x.tag == "below-h":
            below.append(f"<h3 class='section-title'>{esc(x.text)}</h3>")
        elif x.tag == "below":
            below.append(f"<div class='news-item'><a href='{_href(x.text)}'>{esc(x.text)}</a></div>"
                         if x.label == "related_links" else f"<div class='{x.label}'>{esc(x.text)}</div>")
        elif x.tag == "h4":
            aside.append(f"<h4 class='widget-title'>{esc(x.text)}</h4>")
        else:
            aside.append(f"<li><a href='{_href(x.text)}'>{esc(x.text)}</a></li>")
    foot = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    art = ("article class='post'", "article") if fam in (103, 104) else ("div class='news-detail'", "div")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} - {SITE_NAMES[fam]}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/tin-tuc/{n}.html'>"
        f"<meta property='og:site_name' content='{SITE_NAMES[fam]}'></head><body>"
        f"<div class='top-strip'>{top}</div>"
        f"<header><a class='brand' href='/'>{esc(SITE_NAMES[fam])}</a><nav><ul class='nav'>{nav}</ul>{navline}</nav>"
        f"{banner}</header>{crumbs}{hdate}"
        f"<main><div class='main-col'><{art[0]}>{body}</{art[1]}>"
        f"<section class='after-post'>{''.join(below)}</section></div>"
        f"<aside class='right-col'><ul>{''.join(aside)}</ul></aside></main>"
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
