"""Held-out 19: families 90-93 of the line-labelled Vietnamese page benchmark (seed 61).

Written by helper HO19, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types, the label
names and the name, phone and date helpers), the harness parts of `bench/eval_vi_pages.py` (its
docstring, HALVES, MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop,
`page_lines` and the scoring functions, to learn the label names and how a line counts as kept) and,
for the style of this docstring only, the docstring at the top of `bench/vi_bench_heldout18.py`.
Nothing under `cleaners/`, `flows/` or `tests/`, no README, no HISTORY, no held-out score file, no
rule-diff TSV, no other part of any held-out module and no result was opened, and the cleaner was never
run on these pages before their one scoring: the wordings below are the author's own, chosen by what
such sites print, not by what any rule catches. The pages were not changed after the score was seen.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 90 `diendandaibieu.vn`, a legislature and people's-council paper (National Assembly sessions,
  provincial councils, voters' opinions): a top bar with the date, podcast and e-paper links, a
  "Sự kiện:" session strip, a live-blog link, "Toàn cảnh kỳ họp" boxes inside the body, a "Lịch làm
  việc" side list, voters' opinion prompts, a footer naming the publishing council office. Traps: vote
  tallies as short numbered lines, a session agenda by hour, the list of deputies who questioned a
  minister (a name and a delegation per line), articles and numbered clauses of a draft law, the voters'
  contact block of a delegation (address, phone, e-mail), a quote whose speaker (title, name,
  delegation) is a line of its own, "Theo Tổng Thư ký ..." sentences, sub-headings, a closing line
  without a full stop.
- 91 `thanhtracongdan.vn`, an inspectorate, anti-corruption and citizens'-complaints paper: a top bar
  with the newsroom hotline, a "Gửi đơn thư phản ánh" box inside the body (the paper's own mailbox and
  hotline), a "Kết luận thanh tra mới" side list, "Hỏi - đáp pháp luật" lists, series markers. Traps:
  numbered points of an inspection conclusion, amounts found wrong and to be recovered (a price box's
  shape), the schedule of citizen receptions by date and official with the office's address, the list
  of disciplined officials (name, post: penalty), an inspectorate's hotline and mailbox inside the story,
  a reader's complaint announced by a "Bạn đọc X (trú tại ...) phản ánh:" line, a quote with the
  speaker's line, "Theo kết luận ..." sentences, "Báo ... sẽ tiếp tục thông tin." closings, sub-headings.
- 92 `phongchaycuuho.vn`, a fire-prevention and rescue magazine: a "Khi có cháy, gọi 114" banner, a
  "Kỹ năng thoát nạn" side list, extinguisher and alarm-equipment adverts with prices and hotlines,
  "Video nổi bật" lists, bylines with a rank ("Đại úy ..."). Traps: numbered escape steps, an incident
  timeline by hour and minute, victims' names with birth years, lists of engines and forces sent, fire
  stations' addresses and phones, "gọi ngay 114" lines, equipment with its use (an advert's shape), a
  quote whose speaker line carries a rank and a post, "Theo Cảnh sát PCCC ..." sentences, sub-headings.
- 93 `vanchuongviet.vn`, a literature and arts weekly: a print-issue line ("Số 24 (3.112) ra ngày ..."),
  a "Đặt mua báo in" subscription box, a "Góc thơ" side list, an author box, "(Trích ...)" credits and
  the writers' association's footer. Traps: verse (short lines without a full stop), an epigraph with
  its poet on a line of its own, a book's data line ("Tiểu thuyết ..., NXB ..., 2023, 356 trang"), book
  lists, prize lists, a literary evening's programme by hour, a quote with the speaker's line, "Theo nhà
  phê bình ..." sentences, sub-headings, a closing line without a full stop.

Every page varies the presence and order of its chrome with the seeded RNG (top bar, menu as items or
as one line, breadcrumb, dateline above or below the title, a byline on top or at the tail, boxes at a
random paragraph, tail lines shuffled, side widgets and footer lines dropped at random). Text records
(n >= 16) are the same pages as a scraper saves them: head, body, the below-article and side blocks,
footer, one line each.

Trap share at the default size (16 pages + 40 records per family), as `trap_share()` counts it: 1,179
of the 3,178 content lines (titles included), 37.1 %. Only the lines shaped like boilerplate count as
traps (list items, tally and schedule lines, speaker lines, contact lines, sub-headings, verse, the
"Theo X, ..." sentences, closings without a full stop); a trap block's ordinary lead-in sentence does not.
"""

from __future__ import annotations

import html
import random
import unicodedata
import zlib
from dataclasses import dataclass

from bench import vi_bench_templates as T

FAMILIES = (90, 91, 92, 93)
ARTICLE_OUTLETS = ("TT", "VNE", "TN", "NLD")
SEED = 61
PAGES = 16  # the harness's default number of HTML pages per family; later pages are text records
OUTLETS = {90: "diendandaibieu.vn", 91: "thanhtracongdan.vn", 92: "phongchaycuuho.vn", 93: "vanchuongviet.vn"}
SITE_NAMES = {90: "Diễn đàn Đại biểu", 91: "Thanh tra & Công dân", 92: "Phòng cháy & Cứu hộ",
              93: "Văn chương Việt"}


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

_SUR = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lý", "Phan", "Trịnh", "Đinh", "Lương", "Tạ", "Mai", "Cao", "Hà", "Lò", "Vi", "Triệu"]
_MID = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu", "Ngọc", "Xuân", "Thu", "Kim", "Hoài", "Bá", "Công",
        "Mạnh", "Thúy", "Hồng", "Trung", "Gia", "Phương"]
_GIV = ["Hùng", "Lan", "Phong", "Hạnh", "Tuấn", "Nga", "Sơn", "Hòa", "Bình", "Thắng", "Loan", "Dũng", "Huyền", "Khoa",
        "Tú", "Long", "Hương", "Nhàn", "Quyết", "Thành", "Vân", "Cường", "Duyên", "Lộc", "Trí", "Yến", "Giang", "Hiếu"]
_PROV = ["Hà Giang", "Cao Bằng", "Lào Cai", "Yên Bái", "Thái Bình", "Nam Định", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
         "Quảng Ngãi", "Bình Định", "Phú Yên", "Gia Lai", "Đắk Nông", "Lâm Đồng", "Tây Ninh", "Long An", "Bến Tre",
         "Trà Vinh", "Sóc Trăng", "Bạc Liêu", "Cà Mau", "Kiên Giang", "An Giang", "Bắc Ninh", "Hưng Yên", "Phú Thọ"]
_PLACE = ["Tân Lập", "Hòa An", "Phú Lương", "Đông Sơn", "Yên Thành", "Nghĩa Đàn", "Cam Lộ", "Tuy Phước", "Châu Thành",
          "Mỹ Xuyên", "Vĩnh Linh", "Thạch Hà", "Sơn Động", "Lục Ngạn", "Bình Minh", "Hương Trà", "Quế Sơn"]
_STREET = ["Trần Phú", "Lê Lợi", "Quang Trung", "Hùng Vương", "Nguyễn Huệ", "Phan Đình Phùng", "Lý Tự Trọng",
           "Ngô Quyền", "Bà Triệu", "Võ Thị Sáu", "Trường Chinh", "Nguyễn Trãi", "Hoàng Diệu", "Độc Lập"]


def _full(r: random.Random) -> str:
    """A full name: surname, one or two middle names, given name."""
    mids = r.sample(_MID, r.choice([1, 1, 1, 2]))
    return " ".join([r.choice(_SUR), *mids, r.choice(_GIV)])


def _pen(r: random.Random) -> str:
    """A byline name as papers print it: two words (middle and given name)."""
    return f"{r.choice(_MID)} {r.choice(_GIV)}"


def _phone(r: random.Random) -> str:
    return r.choice([f"0{r.choice([203, 206, 212, 236, 238, 239, 251, 256, 290, 296])} 3{r.randint(10, 99)} {r.randint(100, 999)}",
                     f"09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
                     f"(024) {r.randint(3700, 3999)} {r.randint(1000, 9999)}", T.phone(r)])


def _dmy(r: random.Random, year: bool = True) -> str:
    d = f"{r.randint(1, 28)}/{r.randint(1, 12)}"
    return f"{d}/20{r.randint(19, 24)}" if year else d


def _hm(r: random.Random) -> str:
    return f"{r.randint(6, 22)}h{r.choice(['00', '15', '30', '45', '05', '50'])}"


def _days() -> list[str]:
    return ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _slug(name: str) -> str:
    """A place name as it appears in a .gov.vn address: no marks, no spaces."""
    flat = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in flat if not unicodedata.combining(ch)).lower().replace(" ", "")


def _money(r: random.Random, lo: float, hi: float) -> str:
    return f"{r.uniform(lo, hi):.2f}".replace(".", ",")


# -- family 90: legislature and people's-council paper ---------------------------------------------------

_LAWS = ["Luật Đất đai (sửa đổi)", "Luật Đường bộ", "Luật Thủ đô (sửa đổi)", "Luật Lưu trữ (sửa đổi)",
         "Luật Bảo hiểm xã hội (sửa đổi)", "Luật Công nghiệp quốc phòng", "Luật Tài nguyên nước (sửa đổi)",
         "Nghị quyết về thí điểm một số cơ chế đặc thù", "Luật Nhà ở (sửa đổi)", "Luật Công chứng (sửa đổi)"]
_H90 = ["Quốc hội thảo luận về dự án Luật Đường bộ", "Cử tri kiến nghị sớm giải quyết tồn đọng đất đai",
        "HĐND tỉnh khai mạc kỳ họp chuyên đề", "Bộ trưởng trả lời chất vấn về quản lý thị trường vàng",
        "Thông qua nghị quyết về chương trình giám sát năm tới", "Đoàn ĐBQH tiếp xúc cử tri sau kỳ họp",
        "Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật", "Giám sát việc thực hiện chính sách an sinh xã hội",
        "Đại biểu đề nghị tăng phân cấp cho địa phương", "Bế mạc kỳ họp thứ Bảy"]


def _head90(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(f"{r.choice(_days())}, ngày {_dmy(r)}", "dateline", "top"))
        out.append(_b(r.choice(["Podcast | Báo in | English", "Báo in | E-paper | Đăng nhập", "English | Podcast",
                                "Đặt báo | Liên hệ | RSS"]), "menu", "top"))
    items = r.sample(["Thời sự", "Hoạt động Quốc hội", "Hội đồng nhân dân", "Giám sát", "Lập pháp", "Ý kiến cử tri",
                      "Chất vấn", "Địa phương", "Quốc tế", "Văn hóa - Xã hội", "Pháp luật", "Media", "Infographic"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.6 else [_b(" | ".join(items), "menu", "navline")]
    if r.random() < 0.6:
        out.append(_b(r.choice(["Sự kiện: Kỳ họp thứ Bảy, Quốc hội khóa XV", "Sự kiện: Kỳ họp HĐND các tỉnh giữa năm",
                                "Dòng sự kiện: Tiếp xúc cử tri", "Sự kiện: Giám sát tối cao"]), "tags", "banner"))
    if r.random() < 0.35:
        out.append(_b(r.choice(["Trực tiếp: Phiên chất vấn và trả lời chất vấn", "TRỰC TIẾP: Quốc hội biểu quyết "
                                "thông qua các luật", "Xem trực tiếp phiên họp"]), "related_links", "banner"))
    a, b = r.sample(["Hoạt động Quốc hội", "Lập pháp", "Giám sát", "Hội đồng nhân dân", "Ý kiến cử tri", "Chất vấn"], 2)
    if r.random() < 0.85:
        out.append(_b(r.choice([f"Trang chủ › {a} › {b}", f"{a} › {b}", f"Trang chủ / {a}", f"{a}"]), "breadcrumb",
                      "crumb"))
    return out


def _traps90(r: random.Random) -> list[list[T.Line]]:
    law, prov, prov2 = r.choice(_LAWS), r.choice(_PROV), r.choice(_PROV)
    total = r.randint(440, 482)
    yes = total - r.randint(3, 30)
    no = r.randint(0, total - yes)
    tag = r.choice(["p", "li", "td"])
    pct = f"{100 * total / 499:.2f}".replace(".", ",")
    pct_y = f"{100 * yes / 499:.2f}".replace(".", ",")
    tally = [_c(f"Kết quả biểu quyết thông qua {law} như sau:"),
             _t(f"Có {total} đại biểu tham gia biểu quyết ({pct}%)", tag),
             _t(f"Tán thành: {yes} đại biểu ({pct_y}%)", tag), _t(f"Không tán thành: {no} đại biểu", tag),
             _t(f"Không biểu quyết: {total - yes - no} đại biểu", tag)]
    d = _dmy(r, False)
    agenda = [_t(r.choice([f"Chương trình làm việc ngày {d}", f"Lịch làm việc ngày {d}", f"Ngày {d}"]), "h2"),
              _t(f"8h00 - 9h30: Quốc hội biểu quyết thông qua {law}", tag),
              _t(f"9h30 - 11h30: Thảo luận ở hội trường về dự án {r.choice(_LAWS)}", tag),
              _t(r.choice(["Chiều: Các đại biểu thảo luận ở tổ", "14h00: Họp tổ theo đoàn", "Buổi chiều: Họp Đoàn"]), tag)]
    deputies = [_c(r.choice(["Tham gia chất vấn tại phiên sáng có các đại biểu:", "Các đại biểu đăng ký phát biểu gồm:",
                             "Nhiều đại biểu đã tranh luận, trong đó có:"]))]
    for _ in range(r.randint(3, 5)):
        nm, pv = _full(r), r.choice(_PROV)
        deputies.append(_t(r.choice([f"{nm} (Đoàn ĐBQH tỉnh {pv})", f"Đại biểu {nm} - {pv}",
                                     f"{nm}, Đoàn ĐBQH tỉnh {pv}"]), "li" if tag == "li" else "p"))
    n = r.randint(5, 40)
    clauses = [_t(f"Điều {n}. {r.choice(['Trách nhiệm của Ủy ban nhân dân cấp xã', 'Quyền của cử tri', 'Giải thích từ ngữ', 'Hiệu lực thi hành', 'Tiếp nhận kiến nghị của cử tri'])}", "h2"),
               _t("1. Tổ chức tiếp nhận ý kiến, kiến nghị của cử tri trên địa bàn;"),
               _t("2. Báo cáo định kỳ với Hội đồng nhân dân cùng cấp;"),
               _t(r.choice(["3. Công khai kết quả giải quyết", "3. Thực hiện các nhiệm vụ khác theo quy định của pháp luật."]))]
    slug = _slug(prov)
    contact = [_c(f"Ý kiến, kiến nghị của cử tri gửi về Văn phòng Đoàn ĐBQH và HĐND tỉnh {prov}:"),
               _t(f"Địa chỉ: số {r.randint(1, 99)} đường {r.choice(_STREET)}, TP {r.choice(_PLACE)}"),
               _t(f"Điện thoại: {_phone(r)}"), _t(f"Email: vpdoan@{slug}.gov.vn")]
    speaker = _t(r.choice([f"Đại biểu {_full(r)} (Đoàn ĐBQH tỉnh {prov2})", f"Bộ trưởng {_full(r)}",
                           f"- Đại biểu {_full(r)}, Đoàn ĐBQH tỉnh {prov2}", f"Chủ nhiệm Ủy ban Pháp luật {_full(r)}"]))
    quote = _c(r.choice(["“Chúng ta không thể để luật chờ nghị định, văn bản hướng dẫn phải ban hành cùng lúc với "
                         "luật có hiệu lực”.", "“Cử tri rất quan tâm đến việc giải quyết dứt điểm các dự án chậm "
                         "tiến độ, tôi đề nghị Chính phủ có báo cáo cụ thể”.", "“Nếu không phân cấp mạnh thì "
                         "địa phương vẫn phải chờ, người dân vẫn phải chờ”."]), "quote")
    speech = [speaker, quote] if r.random() < 0.4 else [quote, speaker]
    if speech[0] is speaker:
        speaker.text = speaker.text.lstrip("- ") + ":"
    theo = [_t(f"Theo Tổng Thư ký Quốc hội {_full(r)}, sau {r.randint(18, 25)} ngày làm việc, Quốc hội đã thông "
               f"qua {r.randint(8, 15)} luật và {r.randint(10, 25)} nghị quyết.")]
    sub = [_t(r.choice(["Không để luật chờ nghị định", "Cần cơ chế đặc thù cho vùng khó", "Giám sát đến cùng",
                        "Cử tri mong gì", "Phân cấp mạnh hơn cho địa phương", "Vẫn còn nhiều băn khoăn"]), "h2")]
    return [tally, agenda, deputies, clauses, contact, speech, theo, sub]


def _box90(r: random.Random) -> list[T.Line]:
    head = r.choice(["Toàn cảnh Kỳ họp thứ Bảy", "Theo dòng sự kiện", "TIN LIÊN QUAN", "Bài liên quan", None])
    items = [r.choice([h, f"{h} ({_dmy(r, False)})", f"» {h}", f"[Video] {h}", f"[Infographic] {h}"])
             for h in r.sample(_H90, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail90(r: random.Random) -> list[T.Line]:
    a, b = _pen(r), _pen(r)
    by = r.choice([a, f"{a} - {b}", f"{a} thực hiện", f"{_full(r).upper()}", f"Bài: {a}; ảnh: {b}", f"{a} (ghi)",
                   "Nhóm PV Ban Thời sự", f"{a} (theo TTXVN)", f"{a}/diendandaibieu.vn"])
    out = [_b(by, "byline")]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Nguồn: Cổng Thông tin điện tử Quốc hội", "(Theo Văn phòng Quốc hội)", "Theo TTXVN",
                                "Nguồn: Ban Công tác đại biểu", f"Theo Báo {r.choice(['Nhân Dân', 'Hà Nội Mới', 'Tiền Phong'])}"]),
                      "source"))
    if r.random() < 0.25:
        out.append(_b(r.choice(["(Còn nữa)", f"Bài 2: {r.choice(_H90)}", f"Kỳ tới: {r.choice(_H90)}", "(Hết)"]),
                      "continuation"))
    if r.random() < 0.6:
        out.append(_b("Từ khóa: " + ", ".join(r.sample(["kỳ họp thứ bảy", "chất vấn", "tiếp xúc cử tri", "luật đất đai",
                                                       "giám sát", "HĐND tỉnh", "biểu quyết", "phân cấp"], 3)), "tags"))
    out.append(_b(r.choice(["Chia sẻ: Facebook Zalo Email", "In bài", "Theo dõi Diễn đàn Đại biểu trên Google News",
                            "Cỡ chữ: A- A A+", "Gửi bài viết qua email", "Chia sẻ  In  Lưu"]), "share_widget"))
    return out


def _below90(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Ý kiến của bạn", "Họ và tên", "Email", "Gửi ý kiến"],
            ["Mời bạn đọc, cử tri gửi ý kiến về bài viết", "Gửi bình luận"],
            ["Bình luận (0)", "Hãy là người đầu tiên bình luận"]])]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin cùng chuyên mục", "Đọc tiếp", "Tin khác"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} - {_dmy(r, False)}"]), "related_links", "below")
                for h in r.sample(_H90, r.randint(3, 5))]
    return out


def _side90(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        d = _dmy(r, False)
        out.append(_b(f"Lịch làm việc của Quốc hội ngày {d}", "related_links", "h4"))
        out += [_b(f"{r.choice(['Sáng', 'Chiều'])}: {h}", "related_links", "li") for h in r.sample(_H90, 2)]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Đọc nhiều", "Xem nhiều nhất", "Ý kiến cử tri"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H90, r.randint(3, 5))]
    if r.random() < 0.3:
        out += [_b("Podcast", "related_links", "h4"), _b(f"Podcast: {r.choice(_H90)}", "related_links", "li")]
    return out


def _foot90(r: random.Random) -> list[T.Line]:
    lines = ["Diễn đàn Đại biểu - Tạp chí điện tử của Câu lạc bộ Đại biểu dân cử",
             f"Giấy phép hoạt động báo điện tử số {r.randint(100, 600)}/GP-BTTTT do Bộ Thông tin và Truyền thông "
             f"cấp ngày {_dmy(r)}", f"Tổng Biên tập: {_full(r)}",
             f"Tòa soạn: số {r.randint(2, 80)} {r.choice(_STREET)}, Hà Nội - Điện thoại: {_phone(r)}",
             "Email: toasoan@diendandaibieu.vn",
             "© Bản quyền thuộc về Diễn đàn Đại biểu. Cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng "
             "văn bản."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 91: inspectorate, anti-corruption and citizens'-complaints paper -----------------------------

_H91 = ["Kết luận thanh tra chỉ ra nhiều sai phạm trong giao đất", "Kỷ luật cảnh cáo nguyên chủ tịch xã",
        "Người dân khiếu nại kéo dài vì chậm đền bù", "Thanh tra việc quản lý quỹ đất công",
        "Chuyển hồ sơ sang cơ quan điều tra", "Kiểm tra việc kê khai tài sản, thu nhập",
        "Dự án treo hàng chục năm, dân khổ", "Thu hồi hơn 5 tỷ đồng sai phạm về ngân sách",
        "Tiếp công dân định kỳ: nhiều vụ việc được giải quyết", "Bạn đọc phản ánh: Đường làng xuống cấp"]


def _head91(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.75:
        out.append(_b(r.choice([f"Đường dây nóng: {_phone(r)}", f"Hotline: {_phone(r)} | Email: toasoan@thanhtracongdan.vn",
                                f"Đường dây nóng tiếp nhận phản ánh: {_phone(r)}"]), "menu", "top"))
    items = r.sample(["Thời sự", "Phòng chống tham nhũng", "Tiếp dân - Khiếu tố", "Kết luận thanh tra", "Bạn đọc",
                      "Pháp luật", "Điều tra", "Đất đai", "Kinh tế", "Văn bản", "Hỏi - đáp", "Multimedia"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" · ".join(items), "menu", "navline")]
    a, b = r.sample(["Tiếp dân - Khiếu tố", "Đơn thư bạn đọc", "Phòng chống tham nhũng", "Kết luận thanh tra",
                     "Điều tra", "Đất đai"], 2)
    if r.random() < 0.8:
        out.append(_b(r.choice([f"Trang chủ / {a} / {b}", f"{a} / {b}", f"Trang chủ » {a}"]), "breadcrumb", "crumb"))
    return out


def _traps91(r: random.Random) -> list[list[T.Line]]:
    prov, place = r.choice(_PROV), r.choice(_PLACE)
    tag = r.choice(["p", "li"])
    pre = r.choice(["", "", "- ", "+ "])
    pts = r.sample(["Giao đất trái thẩm quyền cho 14 hộ dân", "Thu tiền sử dụng đất không đúng quy định",
                    "Chậm lập hồ sơ quyết toán công trình", "Không công khai danh sách hộ được hỗ trợ",
                    "Cấp giấy chứng nhận quyền sử dụng đất sai đối tượng", "Để tồn đọng đơn thư kéo dài"], 3)
    concl = [_c(r.choice(["Kết luận thanh tra nêu rõ các sai phạm:", "Đoàn thanh tra chỉ ra những tồn tại chính:"]))]
    concl += [_t(f"{pre or f'{i}. '}{x}" + r.choice(["", "", ";"]), tag) for i, x in enumerate(pts, 1)]
    money = [_c(r.choice(["Số tiền sai phạm được xác định cụ thể:", "Về kinh tế, kết luận xác định:"])),
             _t(f"Tổng giá trị sai phạm: {_money(r, 2, 60)} tỷ đồng", tag),
             _t(f"Kiến nghị thu hồi nộp ngân sách: {_money(r, 0.5, 9)} tỷ đồng", tag),
             _t(f"Đã nộp: {r.randint(100, 990)} triệu đồng", tag)]
    m = r.randint(1, 12)
    sched = [_t(f"Lịch tiếp công dân định kỳ tháng {m}", "h2")]
    for day in sorted(r.sample(range(1, 29), 3)):
        sched.append(_t(f"Ngày {day:02d}/{m:02d}: {r.choice(['Chủ tịch', 'Phó Chủ tịch'])} UBND tỉnh {_full(r)}", tag))
    sched.append(_t(f"Địa điểm: Trụ sở Tiếp công dân tỉnh {prov}, số {r.randint(1, 120)} đường {r.choice(_STREET)}", tag))
    disc = [_c(r.choice([f"UBND huyện {place} đã thi hành kỷ luật các cá nhân liên quan:",
                         "Các cá nhân bị xử lý kỷ luật gồm:"]))]
    for _ in range(r.randint(2, 4)):
        disc.append(_t(f"{r.choice(['Ông', 'Bà'])} {_full(r)}, {r.choice(['nguyên Chủ tịch UBND xã', 'công chức địa chính xã', 'Phó Chủ tịch UBND xã', 'Trưởng phòng Tài nguyên và Môi trường huyện'])}"
                       f"{r.choice([':', ' -'])} {r.choice(['cảnh cáo', 'khiển trách', 'cách chức', 'hạ bậc lương'])}", tag))
    slug = _slug(prov)
    hot = [_c(r.choice(["Người dân phát hiện sai phạm có thể phản ánh trực tiếp tới:",
                        "Mọi phản ánh, tố cáo xin gửi về:"])),
           _t(f"Đường dây nóng Thanh tra tỉnh {prov}: {_phone(r)}"), _t(f"Hòm thư: thanhtra@{slug}.gov.vn"),
           _t(f"Trụ sở: số {r.randint(1, 99)} {r.choice(_STREET)}, TP {r.choice(_PLACE)}")]
    letter = [_t(f"Bạn đọc {_full(r)} (trú tại thôn {r.randint(1, 9)}, xã {r.choice(_PLACE)}, huyện {place}) phản ánh:"),
              _c("“Gia đình tôi đã gửi đơn nhiều lần từ năm 2019 nhưng đến nay vẫn chưa nhận được văn bản trả lời "
                 "nào của chính quyền địa phương”.", "quote")]
    speaker = _t(r.choice([f"Ông {_full(r)}, Chánh Thanh tra tỉnh {prov}", f"Bà {_full(r)} - Phó Chủ tịch UBND huyện {place}",
                           f"Chánh Thanh tra huyện {place} {_full(r)}"]))
    quote = _c(r.choice(["“Chúng tôi sẽ rà soát lại toàn bộ hồ sơ, sai đến đâu xử lý đến đó, không có vùng cấm”.",
                         "“Quan điểm của huyện là giải quyết dứt điểm, không để người dân phải đi lại nhiều lần”."]),
               "quote")
    speech = [quote, speaker] if r.random() < 0.6 else [speaker, quote]
    theo = [_t(r.choice([f"Theo kết luận của Thanh tra tỉnh {prov}, trách nhiệm chính thuộc về Chủ tịch UBND xã và "
                         f"công chức địa chính thời kỳ {r.randint(2010, 2016)} - {r.randint(2017, 2022)}.",
                         "Theo đơn phản ánh, nhiều hộ dân chưa được bồi thường dù đã bàn giao mặt bằng từ lâu."]))]
    close = [_t(r.choice(["Báo Thanh tra & Công dân sẽ tiếp tục thông tin.", "Chúng tôi sẽ tiếp tục theo dõi vụ việc",
                          "Phóng viên sẽ tiếp tục thông tin khi có kết quả xác minh."]))]
    sub = [_t(r.choice(["Đơn thư tồn đọng nhiều năm", "Sai đâu sửa đó?", "Trách nhiệm thuộc về ai", "Dân mòn mỏi chờ",
                        "Không có vùng cấm"]), "h2")]
    return [concl, money, sched, disc, hot, letter, speech, theo, close, sub]


def _box91(r: random.Random) -> list[T.Line]:
    if r.random() < 0.35:
        return [_b(x, "advert", "promo") for x in [
            r.choice(["Gửi đơn thư, phản ánh tới tòa soạn", "BẠN ĐỌC GỬI ĐƠN THƯ"]),
            "Bạn đọc có thể gửi đơn thư, tài liệu phản ánh về hòm thư: bandoc@thanhtracongdan.vn",
            f"Đường dây nóng: {_phone(r)} (Zalo)"]]
    head = r.choice(["Bài liên quan", "Tin liên quan", "CÙNG VỤ VIỆC", None])
    items = [r.choice([h, f"{h} ({_dmy(r, False)})", f"- {h}"]) for h in r.sample(_H91, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail91(r: random.Random) -> list[T.Line]:
    a, b = _pen(r), _pen(r)
    by = r.choice([a, f"{a} - {b}", "Nhóm phóng viên điều tra", f"{_full(r).upper()}", f"{a} (Phóng viên thường trú)",
                   f"Bài và ảnh: {a}", f"{a} - {b} (thực hiện)", "PV"])
    out = [_b(by, "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Nguồn: Thanh tra Chính phủ", "(Theo Cổng TTĐT Thanh tra Chính phủ)",
                                f"Theo Báo {r.choice(['Pháp luật Việt Nam', 'Công an nhân dân', 'Đại Đoàn Kết'])}",
                                "Nguồn tin: Ban Tiếp công dân Trung ương"]), "source"))
    if r.random() < 0.3:
        out.append(_b(r.choice(["(Còn nữa)", f"Kỳ 2: {r.choice(_H91)}", "(Còn tiếp)", f"Kỳ sau: {r.choice(_H91)}"]),
                      "continuation"))
    if r.random() < 0.5:
        out.append(_b(" ".join("#" + w.replace(" ", "") for w in r.sample(
            ["thanhtra", "khieunai", "tocao", "datdai", "phongchongthamnhung", "tiepcongdan"], 3)), "tags"))
    if r.random() < 0.7:
        out.append(_b(r.choice(["Chia sẻ", "Facebook | Zalo | In bài", "Theo dõi Thanh tra & Công dân trên Zalo",
                                "Bài viết có hữu ích với bạn không? Có  Không", "Báo lỗi bài viết"]), "share_widget"))
    return out


def _below91(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Gửi ý kiến bạn đọc", "Nội dung ý kiến", "Gửi"], ["Bình luận", "Bạn cần đăng nhập để bình luận"],
            ["Ý kiến của bạn đọc về vụ việc"]])]
    if r.random() < 0.6:
        out.append(_b(r.choice(["Cùng chuyên mục", "Tin khác", "ĐỌC THÊM"]), "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H91, r.randint(3, 5))]
    return out


def _side91(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b("Kết luận thanh tra mới", "related_links", "h4"))
        out += [_b(f"Kết luận thanh tra tại {r.choice(['UBND', 'Sở Tài nguyên và Môi trường', 'Sở Xây dựng'])} "
                   f"tỉnh {r.choice(_PROV)}", "related_links", "li") for _ in range(r.randint(2, 4))]
    if r.random() < 0.5:
        out.append(_b("Hỏi - đáp pháp luật", "related_links", "h4"))
        out += [_b(x, "related_links", "li") for x in r.sample(
            ["Thời hiệu khiếu nại quyết định hành chính là bao lâu?", "Ai có thẩm quyền giải quyết tố cáo cán bộ xã?",
             "Người tố cáo được bảo vệ thế nào?", "Đơn khiếu nại không ký tên có được xử lý?"], 2)]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Đọc nhiều nhất", "Tin mới"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H91, 3)]
    return out


def _foot91(r: random.Random) -> list[T.Line]:
    lines = ["Thanh tra & Công dân - Diễn đàn của người dân về tiếp công dân, khiếu nại, tố cáo",
             f"Giấy phép số {r.randint(100, 600)}/GP-BTTTT ngày {_dmy(r)}",
             f"Phó Tổng Biên tập phụ trách: {_full(r)}",
             f"Địa chỉ: {r.randint(2, 200)} {r.choice(_STREET)}, Hà Nội | ĐT: {_phone(r)} | Fax: {_phone(r)}",
             "Ghi rõ nguồn “thanhtracongdan.vn” khi phát hành lại thông tin từ website này."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 92: fire-prevention and rescue magazine ------------------------------------------------------

_RANK = ["Đại úy", "Thượng úy", "Thiếu tá", "Trung tá", "Thượng tá", "Trung úy"]
_H92 = ["Cháy nhà ống trong đêm, cứu được 5 người", "Kỹ năng thoát nạn khi cháy chung cư",
        "Diễn tập phương án chữa cháy tại khu công nghiệp", "Kiểm tra an toàn PCCC các cơ sở karaoke",
        "Cảnh báo cháy nổ do sạc xe điện qua đêm", "Cứu hộ thành công người mắc kẹt trong thang máy",
        "Những lưu ý khi sử dụng bình gas mùa lạnh", "Ra quân cao điểm phòng cháy mùa khô",
        "Lính cứu hỏa vượt khói lửa cứu cụ bà", "Xử phạt cơ sở không trang bị bình chữa cháy"]


def _head92(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["Khi có cháy, gọi 114", "KHI CÓ CHÁY, CỨU NẠN CỨU HỘ HÃY GỌI 114",
                                "Gọi 114 khi có cháy, sự cố, tai nạn - Miễn phí"]), "advert", "banner"))
    items = r.sample(["Tin tức", "Cứu nạn cứu hộ", "Kỹ năng thoát nạn", "Văn bản PCCC", "Thiết bị PCCC", "Gương sáng",
                      "Điều tra", "Hỏi đáp", "Video", "Ảnh"], 7)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.6 else [_b(" - ".join(items), "menu", "navline")]
    if r.random() < 0.75:
        a = r.choice(["Tin tức", "Cứu nạn cứu hộ", "Kỹ năng thoát nạn", "Điều tra"])
        out.append(_b(r.choice([f"Trang chủ > {a}", f"Phòng cháy & Cứu hộ > {a}", a]), "breadcrumb", "crumb"))
    return out


def _traps92(r: random.Random) -> list[list[T.Line]]:
    prov = r.choice(_PROV)
    tag = r.choice(["p", "li"])
    steps = r.sample(["Bình tĩnh, hô hoán để mọi người cùng biết", "Ngắt cầu dao điện nếu có thể",
                      "Dùng khăn ướt che mũi, miệng, cúi thấp người di chuyển theo lối thoát nạn",
                      "Không sử dụng thang máy", "Gọi ngay 114", "Nếu bị kẹt, đóng kín cửa và ra ban công, cửa sổ ra tín hiệu"], 4)
    form = r.choice(["Bước {i}: {x}", "{i}. {x}", "- {x}", "{x}"])
    step = [_c(r.choice(["Cảnh sát PCCC khuyến cáo khi xảy ra cháy trong nhà cao tầng cần:",
                         "Các bước thoát nạn cần ghi nhớ:"]))]
    step += [_t(form.format(i=i, x=x) + r.choice(["", "", ";", "."]), tag) for i, x in enumerate(steps, 1)]
    h, m = r.randint(0, 22), r.randint(0, 40)
    tl = [_t(r.choice(["Diễn biến vụ cháy", "Những phút đầu tiên", "Diễn biến"]), "h2")]
    for what in ["Người dân phát hiện khói bốc ra từ tầng 2 và hô hoán", "Tổng đài 114 nhận tin báo",
                 "Xe chữa cháy đầu tiên có mặt tại hiện trường", "Đám cháy được khống chế"][: r.randint(3, 4)]:
        tl.append(_t(f"{h}h{m:02d}: {what}", tag))
        m += r.randint(2, 9)
    vic = [_c(r.choice(["Danh tính các nạn nhân được xác định gồm:", "Các nạn nhân được đưa đi cấp cứu là:"]))]
    for _ in range(r.randint(2, 4)):
        who, lo, hi = r.choice([("", 1950, 2005), ("", 1950, 2005), ("Cháu ", 2010, 2020), ("Ông ", 1940, 1975),
                                ("Anh ", 1980, 2004), ("Chị ", 1980, 2004)])
        vic.append(_t(f"{who}{_full(r)} (SN {r.randint(lo, hi)}"
                      f"{r.choice(['', ', trú tại phường ' + r.choice(_PLACE)])})", tag))
    force = [_c(r.choice(["Lực lượng huy động tham gia chữa cháy gồm:", "Tham gia chữa cháy có:"])),
             _t(f"{r.randint(5, 30)} xe chữa cháy", tag), _t(f"{r.randint(1, 4)} xe thang", tag),
             _t(f"{r.randint(1, 3)} xe cứu nạn, cứu hộ", tag), _t(f"Hơn {r.randint(5, 25) * 10} cán bộ, chiến sĩ", tag)]
    stn = [_c("Người dân cần hỗ trợ có thể liên hệ các đội Cảnh sát PCCC và CNCH:")]
    for _ in range(r.randint(2, 3)):
        stn.append(_t(f"Đội Cảnh sát PCCC và CNCH khu vực {r.choice(_PLACE)}: số {r.randint(1, 300)} {r.choice(_STREET)}, "
                      f"ĐT: {_phone(r)}", tag))
    call = [_t(r.choice(["Khi phát hiện cháy, gọi ngay 114", "Gọi 114 ngay khi phát hiện cháy.",
                         f"Mọi thông tin xin báo về số 114 hoặc {_phone(r)}"]))]
    equip = [_c("Mỗi hộ gia đình nên trang bị tối thiểu:"),
             _t("Bình bột ABC loại 4 kg: dùng cho đám cháy chất rắn, chất lỏng và khí", tag),
             _t("Bình khí CO2 loại 3 kg: dùng cho thiết bị điện", tag),
             _t("Mặt nạ lọc độc, đèn pin, búa thoát hiểm", tag),
             _t(f"Giá tham khảo: từ {r.randint(2, 4)}00.000 đồng/bình", tag)]
    speaker = _t(f"{r.choice(_RANK)} {_full(r)}, {r.choice(['Phó Trưởng phòng', 'Đội trưởng', 'Trưởng phòng'])} "
                 f"Cảnh sát PCCC và CNCH Công an tỉnh {prov}")
    quote = _c(r.choice(["“Phần lớn nạn nhân tử vong không phải do lửa mà do ngạt khói, vì vậy người dân tuyệt đối "
                         "không quay lại lấy tài sản”.", "“Lối thoát nạn duy nhất bị khóa trái, chúng tôi phải phá "
                         "cửa cuốn mới tiếp cận được bên trong”."]), "quote")
    speech = [quote, speaker] if r.random() < 0.6 else [_t(speaker.text + ":"), quote]
    theo = [_t(f"Theo Cảnh sát PCCC và CNCH Công an tỉnh {prov}, từ đầu năm đến nay trên địa bàn xảy ra "
               f"{r.randint(20, 90)} vụ cháy, làm {r.randint(1, 9)} người chết.")]
    sub = [_t(r.choice(["Lối thoát nạn bị khóa trái", "Bài học từ những vụ cháy nhà ống", "Đừng quay lại lấy tài sản",
                        "Chủ quan với bình gas", "Kịp thời cứu người"]), "h2")]
    return [step, tl, vic, force, stn, call, equip, speech, theo, sub]


def _box92(r: random.Random) -> list[T.Line]:
    if r.random() < 0.35:
        shop = r.choice(["An Phát", "Hưng Long", "Thái Bình Dương", "Sao Đỏ"])
        lines = [r.choice([f"Thiết bị PCCC {shop} - Chính hãng, có kiểm định", f"CÔNG TY TNHH THIẾT BỊ PCCC {shop.upper()}"]),
                 f"Bình chữa cháy bột ABC MFZL4 - Giá: {r.randint(250, 320)}.000đ",
                 f"Hotline đặt hàng: {_phone(r)}", f"Showroom: {r.randint(1, 300)} {r.choice(_STREET)}, {r.choice(T.CITIES)}"]
        return [_b(x, "advert", "promo") for x in lines[: r.randint(2, 4)]]
    head = r.choice(["Tin liên quan", "Kỹ năng cần biết", "XEM THÊM", None])
    items = [r.choice([h, f"{h} (Video)", f"► {h}"]) for h in r.sample(_H92, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail92(r: random.Random) -> list[T.Line]:
    a, b = _full(r), _pen(r)
    by = r.choice([f"{r.choice(_RANK)} {a}", f"{r.choice(_RANK)} {a} - Phòng Cảnh sát PCCC và CNCH", b,
                   f"{b} - {_pen(r)}", f"Bài, ảnh: {b}", b.upper(), f"{b} (Công an tỉnh {r.choice(_PROV)})"])
    out = [_b(by, "byline")]
    if r.random() < 0.45:
        out.append(_b(r.choice(["Nguồn: Cục Cảnh sát PCCC và CNCH", "(Theo Báo Công an nhân dân)",
                                f"Theo Cổng TTĐT Công an tỉnh {r.choice(_PROV)}", "Nguồn: Tạp chí PCCC"]), "source"))
    if r.random() < 0.5:
        out.append(_b("Tags: " + ", ".join(r.sample(["cháy nhà", "kỹ năng thoát nạn", "PCCC", "cứu nạn cứu hộ",
                                                    "bình chữa cháy", "mùa khô"], 3)), "tags"))
    out.append(_b(r.choice(["Chia sẻ Facebook", "Chia sẻ | Tweet", f"{r.randint(120, 9800)} lượt xem",
                            "Đăng ký kênh YouTube Phòng cháy & Cứu hộ", "Lưu bài"]), "share_widget"))
    return out


def _below92(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out.append(_b(r.choice(["Video nổi bật", "VIDEO"]), "related_links", "below-h"))
        out += [_b(f"[Video] {h}", "related_links", "below") for h in r.sample(_H92, r.randint(2, 3))]
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Bình luận", "Viết bình luận..."], ["Gửi câu hỏi về PCCC", "Câu hỏi của bạn", "Gửi"]])]
    return out


def _side92(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b("Kỹ năng thoát nạn", "related_links", "h4"))
        out += [_b(x, "related_links", "li") for x in r.sample(
            ["Thoát nạn khi cháy nhà cao tầng", "Cách sử dụng bình chữa cháy", "Xử lý khi rò rỉ khí gas",
             "Thoát hiểm khi bị kẹt thang máy", "Sơ cứu người bị bỏng"], 3)]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Tin mới nhất", "Đọc nhiều"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H92, 3)]
    return out


def _foot92(r: random.Random) -> list[T.Line]:
    lines = ["Phòng cháy & Cứu hộ - Trang tin điện tử của Hội Phòng cháy chữa cháy (thử nghiệm)",
             f"Giấy phép thiết lập trang tin điện tử tổng hợp số {r.randint(10, 300)}/GP-TTĐT",
             f"Chịu trách nhiệm nội dung: {_full(r)}",
             f"Địa chỉ: tầng {r.randint(2, 9)}, số {r.randint(1, 99)} {r.choice(_STREET)}, {r.choice(T.CITIES)}",
             f"Liên hệ quảng cáo: {_phone(r)}",
             f"© {r.randint(2015, 2024)} phongchaycuuho.vn"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 93: literature and arts weekly ---------------------------------------------------------------

_BOOKS = ["Mùa gió chướng", "Bến sông chiều", "Người giữ đò", "Tiếng chim gáy muộn", "Phố cũ mưa phùn",
          "Làng ven đê", "Những mùa trăng khuyết", "Đêm hội đèn lồng", "Khói bếp chiều quê", "Cánh đồng bất tận gió"]
_H93 = ["Trao giải cuộc thi truyện ngắn năm nay", "Ngày thơ Việt Nam lần thứ 22", "Nhà văn trẻ và áp lực thị trường",
        "Ra mắt tuyển tập thơ về biển đảo", "Đọc lại một tiểu thuyết về làng quê", "Sân khấu kịch nói tìm khán giả",
        "Triển lãm tranh sơn mài của họa sĩ trẻ", "Dịch văn học Việt ra thế giới: đường còn dài",
        "Phê bình văn học cần thẳng thắn hơn", "Hội sách mùa thu thu hút bạn trẻ"]


def _head93(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(f"Số {r.randint(1, 52)} ({r.randint(2, 3)}.{r.randint(100, 999)}) ra ngày {_dmy(r)}", "dateline",
                      "top"))
    items = r.sample(["Văn xuôi", "Thơ", "Lý luận - Phê bình", "Tác giả - Tác phẩm", "Sân khấu", "Mỹ thuật",
                      "Âm nhạc", "Điện ảnh", "Sách", "Đời sống văn nghệ", "Dịch thuật"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" / ".join(items), "menu", "navline")]
    if r.random() < 0.7:
        a = r.choice(["Lý luận - Phê bình", "Tác giả - Tác phẩm", "Đời sống văn nghệ", "Sách"])
        out.append(_b(r.choice([f"Trang chủ » {a}", f"Văn chương Việt » {a}", a]), "breadcrumb", "crumb"))
    return out


_VERSE = ["Mẹ về gánh nắng qua sông", "Bờ tre nghiêng bóng đợi trông con về", "Câu hò rơi xuống chân đê",
          "Nửa đời lam lũ chưa hề thở than", "Làng tôi mùa gặt vàng đồng", "Khói rơm quấn lấy những chiều tháng Mười",
          "Ai đi qua phố cũ", "Có nghe mưa phùn gõ cửa", "Ngõ nhỏ rêu xanh ngủ quên", "Tiếng rao đêm khuya khoắt",
          "Con đò neo bến chiều nay", "Người đi để lại câu ca ngọt ngào"]


def _traps93(r: random.Random) -> list[list[T.Line]]:
    book, poet = r.choice(_BOOKS), _full(r)
    tag = r.choice(["p", "li"])
    k = r.choice([0, 4, 8])
    verse = [_c(f"Bài thơ “{r.choice(_BOOKS)}” của {poet} có đoạn:")]
    verse += [_t(x, "verse") for x in _VERSE[k: k + 4]]
    if r.random() < 0.4:
        verse.append(_t(r.choice([f"({r.choice(_BOOKS)})", f"(Trích “{r.choice(_BOOKS)}”)"]), "verse"))
    epi = [_t(r.choice(["“Văn chương là thứ ánh sáng người ta mang theo khi đi qua bóng tối”",
                        "“Viết là để nhớ, và để người khác khỏi quên”"]), "quote"),
           _t(r.choice([f"— {_full(r)}", f"({_full(r)})", f"- Nhà văn {_full(r)}"]), "quote")]
    data = [_t(r.choice([f"Tiểu thuyết “{book}”, NXB Hội Nhà văn, {r.randint(2019, 2024)}, {r.randint(180, 520)} trang",
                         f"“{book}” - tập truyện ngắn của {_full(r)}, NXB Trẻ, giá bìa {r.randint(80, 190)}.000 đồng",
                         f"{book} (thơ), {_full(r)}, NXB Văn học, {r.randint(2019, 2024)}"]))]
    books = [_c(r.choice(["Những tác phẩm được giới thiệu tại hội sách gồm:", "Các đầu sách mới phát hành trong tháng:"]))]
    for b in r.sample(_BOOKS, r.randint(3, 4)):
        books.append(_t(r.choice([f"“{b}” (tiểu thuyết, {_full(r)})", f"{b} - {_full(r)}",
                                  f"“{b}”, tập thơ của {_full(r)}"]), tag))
    prize = [_c(r.choice(["Ban tổ chức đã trao các giải:", "Kết quả chung khảo cuộc thi:"]))]
    for g in ["Giải Nhất", "Giải Nhì", "Giải Ba"]:
        prize.append(_t(f"{g}: {r.choice(['truyện ngắn', 'bút ký', 'chùm thơ'])} “{r.choice(_BOOKS)}” của {_full(r)} "
                        f"({r.choice(_PROV)})", tag))
    if r.random() < 0.5:
        prize.append(_t(f"Giải Khuyến khích: {r.randint(3, 8)} tác phẩm", tag))
    prog = [_t(r.choice(["Chương trình đêm thơ", "Chương trình chính", "Lịch trình"]), "h2")]
    for what in ["Khai mạc, đón khách", "Ngâm thơ và hòa tấu dân tộc", "Giao lưu với các nhà thơ", "Thả đèn hoa đăng"]:
        prog.append(_t(f"{_hm(r)}: {what}", tag))
    speaker = _t(r.choice([f"Nhà phê bình {_full(r)}, Viện Văn học", f"Nhà văn {_full(r)}",
                           f"Nhà thơ {_full(r)} - Trưởng ban Thơ"]))
    quote = _c(r.choice(["“Người viết trẻ bây giờ giỏi kỹ thuật, nhưng cái thiếu là vốn sống và sự kiên nhẫn với trang "
                         "viết của mình”.", "“Tôi viết về làng như trả một món nợ, món nợ với những người đã nuôi "
                         "mình lớn”."]), "quote")
    speech = [quote, speaker] if r.random() < 0.6 else [_t(speaker.text + ":"), quote]
    theo = [_t(f"Theo nhà phê bình {_full(r)}, văn xuôi những năm gần đây đã trở lại với đề tài nông thôn bằng một "
               "cái nhìn bớt lãng mạn hơn.")]
    sub = [_t(r.choice(["Những trang viết về làng", "Giữ lửa cho thơ", "Khi người trẻ cầm bút", "Một giọng văn riêng",
                        "Ký ức và hư cấu"]), "h2")]
    return [verse, epi, data, books, prize, prog, speech, theo, sub]


def _box93(r: random.Random) -> list[T.Line]:
    if r.random() < 0.3:
        return [_b(x, "advert", "promo") for x in [
            "Đặt mua báo in", "Đặt mua Tuần báo Văn chương Việt tại các bưu cục trên toàn quốc",
            f"Mã ấn phẩm: C{r.randint(100, 999)} - Giá: {r.randint(6, 12)}.000 đồng/số"][: r.randint(2, 3)]]
    head = r.choice(["Cùng tác giả", "Bài cùng chuyên mục", "Đọc thêm", None])
    items = [r.choice([h, f"{h} - {_dmy(r, False)}", f"• {h}"]) for h in r.sample(_H93, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail93(r: random.Random) -> list[T.Line]:
    a = _full(r)
    out = [_b(r.choice([a, f"{a} (Hà Nội)", a.upper(), f"Tiểu luận của {a}", f"Ghi chép: {a}", f"{_pen(r)} thực hiện"]),
              "byline")]
    if r.random() < 0.4:
        out.append(_b(r.choice([f"(Trích tập tiểu luận “{r.choice(_BOOKS)}”, NXB Hội Nhà văn)", "(Theo Văn nghệ Quân đội)",
                                "Nguồn: Tuần báo Văn chương Việt số in", f"(Đăng lần đầu trên Tạp chí Sông {r.choice(['Hương', 'Lam', 'Trà'])})"]),
                      "source"))
    if r.random() < 0.5:
        out.append(_b("Thẻ: " + ", ".join(r.sample(["thơ", "văn xuôi", "phê bình", "tiểu thuyết", "giải thưởng",
                                                   "hội sách", "nhà văn trẻ"], 3)), "tags"))
    if r.random() < 0.6:
        out.append(_b(r.choice(["Chia sẻ", "Lưu vào mục yêu thích", "Nghe đọc bài viết", "Chia sẻ  Facebook  Email"]),
                      "share_widget"))
    if r.random() < 0.25:
        out.append(_b(r.choice(["(Còn nữa)", f"Kỳ sau: {r.choice(_H93)}"]), "continuation"))
    return out


def _below93(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.4:
        out += [_b("Tác giả", "byline", "below-h"), _b(f"Nhà văn {_full(r)}", "byline", "below")]
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([["Bình luận", "Đăng nhập để bình luận"],
                                                                     ["Cảm nhận của bạn", "Gửi cảm nhận"]])]
    if r.random() < 0.5:
        out.append(_b("Các bài đã đăng", "related_links", "below-h"))
        out += [_b(h, "related_links", "below") for h in r.sample(_H93, r.randint(3, 4))]
    return out


def _side93(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b("Góc thơ", "related_links", "h4"))
        out += [_b(f"{b} - thơ {_full(r)}", "related_links", "li") for b in r.sample(_BOOKS, 3)]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Đọc nhiều", "Sách mới"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H93, 3)]
    return out


def _foot93(r: random.Random) -> list[T.Line]:
    lines = ["Văn chương Việt - Cơ quan ngôn luận của Hội Văn học Nghệ thuật các tỉnh phía Bắc (tên giả định)",
             f"Giấy phép số {r.randint(100, 600)}/GP-BTTTT cấp ngày {_dmy(r)}", f"Tổng Biên tập: Nhà thơ {_full(r)}",
             f"Tòa soạn: {r.randint(1, 99)} {r.choice(_STREET)}, Hà Nội - ĐT: {_phone(r)}",
             "Bản quyền thuộc Tuần báo Văn chương Việt. Trích đăng lại phải ghi rõ nguồn."]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


_PARTS = {90: (_head90, _traps90, _box90, _tail90, _below90, _side90, _foot90),
          91: (_head91, _traps91, _box91, _tail91, _below91, _side91, _foot91),
          92: (_head92, _traps92, _box92, _tail92, _below92, _side92, _foot92),
          93: (_head93, _traps93, _box93, _tail93, _below93, _side93, _foot93)}


def _dateline(r: random.Random, fam: int) -> T.Line:
    d, t = _dmy(r), f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    forms = [f"{r.choice(_days())}, {d} - {t}", f"{d} {t}", f"Cập nhật: {t} | {d}", f"{t} ngày {d}",
             f"Đăng ngày: {d}", f"{d} | {t} GMT+7"]
    return _b(forms[(fam + r.randint(0, 3)) % len(forms)], "dateline", "date")


def _inline(r: random.Random, fam: int) -> T.Line:
    pool = {90: _H90, 91: _H91, 92: _H92, 93: _H93}[fam]
    lead = r.choice([">> ", "Xem thêm: ", "ĐỌC THÊM: ", ">> Xem thêm: ", "Đọc thêm >> "])
    return _b(lead + r.choice(pool), "related_links", "inline")


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
    title, sapo, *paras = article
    body: list[T.Line] = []
    dl, where = _dateline(r, fam), r.random()
    if where < 0.2:
        page.head.append(dl)
    elif where < 0.4:
        body.append(dl)
    body.append(T.Line(title, "title", "h1"))
    if where >= 0.4:
        body.append(dl)
    if r.random() < 0.25:
        a = _pen(r)
        body.append(_b(r.choice([a, f"{a} - {_pen(r)}", f"Bài và ảnh: {a}", f"{a} | {SITE_NAMES[fam]}"]), "byline",
                       "author-top"))
    body.append(_c(sapo, "sapo"))
    # the article's paragraphs, with trap blocks and chrome boxes between them
    blocks = traps(r)
    r.shuffle(blocks)
    k = r.choice([1, 2, 2, 2, 3])
    chosen = blocks[:k]
    slots = len(paras) + 1
    at: dict[int, list[list[T.Line]]] = {}
    for blk in chosen:
        at.setdefault(r.randint(1, slots - 1) if slots > 1 else 0, []).append(blk)
    box_at = r.randint(0, max(0, len(paras) - 1))
    inline_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.4 else -1
    credit_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.3 else -1
    for i, para in enumerate(paras):
        if i == box_at:
            body += box(r)
        if i == credit_at:
            body.append(_b(r.choice([f"Ảnh: {_pen(r)}", f"Ảnh minh họa: {_pen(r)}", f"(Ảnh: {_pen(r).upper()})"]),
                           "byline", "credit"))
        for blk in at.get(i, []):
            body += blk
        body.append(_c(para))
        if i == inline_at:
            body.append(_inline(r, fam))
    for blk in at.get(len(paras), []):
        body += blk
    if r.random() < 0.35:
        _unpunctuate(body)
    tl = tail(r)
    if r.random() < 0.4:
        r.shuffle(tl)
    body += tl
    page.body = body
    page.side = below(r) + side(r)
    page.foot = foot(r)
    return page


# -- HTML ----------------------------------------------------------------------------------------------

_CSS = {90: "dbd", 91: "ttcd", 92: "pccc", 93: "vcv"}


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
                    out.append("<ul>" + "".join(f"<li>{g}</li>" for g in grp) + "</ul>")
                elif x.tag == "td":
                    out.append("<table class='tbl'><tbody>" + "".join(f"<tr><td>{g}</td></tr>" for g in grp)
                               + "</tbody></table>")
                elif verse_br:
                    out.append("<p class='poem'><em>" + "<br>".join(grp) + "</em></p>")
                else:
                    out.append("<div class='poem'>" + "".join(f"<p><em>{g}</em></p>" for g in grp) + "</div>")
            elif x.tag == "quote":
                out.append(f"<blockquote><p>{esc(x.text)}</p></blockquote>")
            elif x.tag == "h2":
                out.append(f"<h2>{esc(x.text)}</h2>" if fam % 2 else f"<p><strong>{esc(x.text)}</strong></p>")
            elif x.tag == "sapo":
                out.append(f"<h2 class='sapo'>{esc(x.text)}</h2>" if fam in (90, 92) else
                           f"<div class='sapo'><p><strong>{esc(x.text)}</strong></p></div>")
            else:
                out.append(f"<p>{esc(x.text)}</p>")
        elif x.tag in ("h3", "li"):
            head = ""
            if x.tag == "h3":
                head = f"<h3 class='box-title'>{esc(x.text)}</h3>"
                i += 1
            j = i
            while j < len(lines) and lines[j].label != "content" and lines[j].tag == "li":
                j += 1
            items = "".join(f"<li><a href='{_href(y.text)}'>{esc(y.text)}</a></li>" for y in lines[i:j])
            out.append(f"<div class='box-related'>{head}<ul>{items}</ul></div>")
            i = j
            continue
        elif x.tag == "promo":
            while j < len(lines) and lines[j].tag == "promo":
                j += 1
            out.append("<div class='box-ads'>" + "".join(f"<p>{esc(y.text)}</p>" for y in lines[i:j]) + "</div>")
        elif x.label == "dateline":
            out.append(f"<div class='meta'><span class='time'>{esc(x.text)}</span></div>")
        elif x.label == "byline":
            cls = {"author-top": "author-top", "credit": "img-credit"}.get(x.tag, "author")
            out.append(f"<p class='{cls}'><strong>{esc(x.text)}</strong></p>")
        elif x.label == "source":
            out.append(f"<p class='source'><em>{esc(x.text)}</em></p>")
        elif x.label == "tags":
            out.append(f"<div class='tags'>{esc(x.text)}</div>")
        elif x.label == "share_widget":
            out.append(f"<div class='social-share'><span>{esc(x.text)}</span></div>")
        elif x.label == "continuation":
            out.append(f"<p style='text-align:right'><em>{esc(x.text)}</em></p>")
        elif x.tag == "inline":
            out.append(f"<p><strong><a href='{_href(x.text)}'>{esc(x.text)}</a></strong></p>")
        else:
            out.append(f"<div class='{x.label}'>{esc(x.text)}</div>")
        i = j
    return "".join(out)


def render_html(page: T.Page, n: int) -> str:
    """One page in the family's markup: top bar, header and menu, breadcrumb, article, below-article
    blocks, sidebar, footer."""
    esc = html.escape
    fam = page.family
    title = next(x.text for x in page.body if x.label == "title")
    top = "".join(f"<span>{esc(x.text)}</span>" for x in page.head if x.tag == "top")
    banner = "".join(f"<div class='event-strip'><a href='/su-kien'>{esc(x.text)}</a></div>" for x in page.head
                     if x.tag == "banner")
    nav = "".join(f"<li><a href='/{i}'>{esc(x.text)}</a></li>" for i, x in enumerate(page.head) if x.tag == "nav")
    navline = "".join(f"<div class='menu-text'>{esc(x.text)}</div>" for x in page.head if x.tag == "navline")
    crumbs = "".join(f"<div class='breadcrumb'>{esc(x.text)}</div>" for x in page.head if x.tag == "crumb")
    hdate = "".join(f"<div class='date-top'>{esc(x.text)}</div>" for x in page.head if x.tag == "date")
    body = _body_html(page.body, fam, verse_br=n % 3 == 0)
    below, aside = [], []
    for x in page.side:
        if x.tag == "below-h":
            below.append(f"<h3 class='title-box'>{esc(x.text)}</h3>")
        elif x.tag == "below":
            below.append(f"<div class='item'><a href='{_href(x.text)}'>{esc(x.text)}</a></div>"
                         if x.label == "related_links" else f"<div class='{x.label}'>{esc(x.text)}</div>")
        elif x.tag == "h4":
            aside.append(f"<h4 class='widget-title'>{esc(x.text)}</h4>")
        else:
            aside.append(f"<li><a href='{_href(x.text)}'>{esc(x.text)}</a></li>")
    foot = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    art = ("article class='detail'", "article") if fam in (90, 93) else ("div class='content-detail'", "div")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} | {SITE_NAMES[fam]}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/tin-{n}.html'>"
        f"<meta property='og:site_name' content='{SITE_NAMES[fam]}'></head><body>"
        f"<div class='topbar'>{top}</div>"
        f"<header><a class='logo' href='/'>{esc(SITE_NAMES[fam])}</a><nav><ul class='main-menu'>{nav}</ul>{navline}</nav>"
        f"{banner}</header>{crumbs}{hdate}"
        f"<main><div class='col-main'><{art[0]}>{body}</{art[1]}>"
        f"<section class='below-article'>{''.join(below)}</section></div>"
        f"<aside class='sidebar'><ul>{''.join(aside)}</ul></aside></main>"
        f"<footer class='site-footer'>{foot}</footer></body></html>"
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
