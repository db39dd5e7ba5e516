"""Held-out 21: families 98-101 of the line-labelled Vietnamese page benchmark (seed 71).

Written by helper HO21, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types, the label
names and the name, phone and date helpers), the harness parts of `bench/eval_vi_pages.py` (its
docstring, HALVES, MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop,
`page_lines`, `render_html` and the scoring functions) and, for the module API (FAMILIES, ARTICLE_OUTLETS,
SEED, OUTLETS, `build_page`, `render_html`, `trap_share()`) and docstring style only,
`bench/vi_bench_heldout20.py`. Nothing under `cleaners/`, `flows/` or `tests/`, no README, no HISTORY, no
held-out score section, no rule-diff TSV and no other held-out module was opened, and the cleaner was never
run on these pages before their one scoring: the wordings below are the author's own, chosen by what such
sites print, not by what any rule catches. The pages were not changed after the score was seen.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 98 `tiengnoiccb.vn`, a veterans' association paper: a "Hội CCB | Đặt báo | Liên hệ" top bar, a
  "Tìm đồng đội" search strip, "Tin cùng chuyên mục" boxes, tail bylines with military rank and former
  unit, print-subscription notices, a "Ký ức chiến trường" side list and a footer naming the association.
  Traps: lists of martyrs with birth year, home commune and date of death, "Tìm đồng đội" notices whose
  phones and addresses are the story, reunion programmes by the hour, former units as short lines, gift
  lists, soldiers' verse, quotes with the veteran (age, unit) on a line of their own, "Theo Hội CCB ..."
  sentences, sub-headings, closings without a full stop.
- 99 `solieuthongke.gov.vn`, the news portal of a statistics office: an "English | Sơ đồ cổng | Hỏi đáp"
  top bar, a search line, attachments ("Tải về: ... .pdf (1,2 MB)"), a view counter, a "Số liệu nhanh"
  side board (CPI, GDP, IIP), an information-release calendar side list, a "Bài viết có hữu ích?" rating,
  and a footer naming the office and the ministry above it. Traps: CPI tables by commodity group, growth
  by sector, numbered key indicators, province rankings, a table header line, the release calendar inside
  the story, surveyors' hotline lists, footnote lines ("(*) Số liệu sơ bộ"), "Theo Cục Thống kê, ..."
  sentences, numbered sub-headings.
- 100 `gamethu24.vn`, an esports and video-game news site: "Đăng nhập | Đăng ký | Tải app" bar, a
  live-match strip, nickname bylines, "Nguồn: Dot Esports" sources, hashtag lines, like/follow counters,
  giftcode and top-up promos, a "Lịch thi đấu hôm nay" side board, comment prompts. Traps: patch-note
  lists, match schedules by hour, standings tables, team rosters (role, real name, nickname, birth year),
  prize lists, system requirements, numbered giftcode steps without full stops, quotes with the player's
  line, "Theo nhà phát hành, ..." sentences, sub-headings.
- 101 `hophamphuongnam.org.vn`, a clan and genealogy association site: a greeting strip with the lunar
  date, "Gia phả | Từ đường | Khuyến học | Liên hệ" menu, "Thông báo của Hội đồng" box, donation appeals
  with a bank account, a "Chi họ các tỉnh" side list, visitor counter, a footer naming the clan council.
  Traps: generation lists with birth and death years, couplets and verse, commemoration programmes by
  the hour, donor lists with amounts, scholarship lists (pupil, class, school), branch representatives'
  phones inside the story, "Kính mời ..." and "Kính báo!" closings, quotes with the elder's line,
  "Theo gia phả, ..." sentences, sub-headings.

Every page varies the presence and order of its chrome with the seeded RNG (top strips, menu as items
or as one line, breadcrumb, dateline above or below the title, a byline on top or at the tail, a box at a
random paragraph, photo credits, tail lines shuffled, side widgets and footer lines dropped at random).
Text records (n >= 16) are the same pages as a scraper saves them: head, body, the below-article and
side blocks, footer, one line each.

Trap share at the default size (16 pages + 40 records per family), as `trap_share()` counts it: 2,472
of the 4,512 content lines (titles included), 54.8 %. Only lines shaped like boilerplate count as traps
(list, table and schedule lines, speaker lines, contact lines, sub-headings, verse, footnote and unit
lines, "Theo X, ..." sentences, closings without a full stop); a trap block's ordinary lead-in sentence
does not.
"""

from __future__ import annotations

import html
import random
import zlib
from dataclasses import dataclass

from bench import vi_bench_templates as T

FAMILIES = (98, 99, 100, 101)
ARTICLE_OUTLETS = ("TT", "VNE", "TN", "NLD")
SEED = 71
PAGES = 16  # the harness's default number of HTML pages per family; later pages are text records
OUTLETS = {98: "tiengnoiccb.vn", 99: "solieuthongke.gov.vn", 100: "gamethu24.vn", 101: "hophamphuongnam.org.vn"}
SITE_NAMES = {98: "Tiếng nói Cựu chiến binh", 99: "Số liệu Thống kê", 100: "Game Thủ 24",
              101: "Họ Phạm Phương Nam"}


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

_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô", "Dương", "Đinh", "Trịnh",
       "Mai", "Cao", "Lưu", "Hà", "Tạ", "Chu", "Khổng", "Kiều"]
_DEM = ["Văn", "Thị", "Đình", "Xuân", "Hữu", "Công", "Đức", "Quốc", "Kim", "Thế", "Ngọc", "Bá", "Trọng", "Hồng",
        "Phương", "Duy"]
_TEN = ["Tư", "Năm", "Lợi", "Thắng", "Hòa", "Kha", "Tùng", "Cường", "Lộc", "Huệ", "Liên", "Nga", "Bích", "Tuyết",
        "Giang", "Khải", "Toàn", "Vượng", "Chiến", "Đông", "Hưng", "Thịnh", "Mạnh", "Sinh", "Hạnh", "Lý"]
_COMMUNES = ["xã Thanh Xuân", "xã Hợp Thành", "xã Đông Sơn", "xã Yên Phú", "xã Nghĩa Hưng", "xã Tân Lập",
             "xã Quỳnh Lưu", "xã Hải Hậu", "xã Kim Liên", "xã Diễn Châu", "xã Tiên Lữ", "xã Vĩnh Bảo"]
_PROVS = ["Nghệ An", "Thanh Hóa", "Nam Định", "Thái Bình", "Hà Tĩnh", "Hưng Yên", "Quảng Bình", "Phú Thọ",
          "Hải Dương", "Bắc Giang", "Quảng Ngãi", "Bến Tre", "Long An", "Tây Ninh"]
_ROADS = ["Hoàng Văn Thụ", "Trường Chinh", "Võ Văn Kiệt", "Nguyễn Chí Thanh", "Phan Đình Phùng", "Cách Mạng Tháng Tám",
          "Lạc Long Quân", "Trần Phú", "Ngô Quyền", "Lê Hồng Phong"]


def _name(r: random.Random) -> str:
    return f"{r.choice(_HO)} {r.choice(_DEM)} {r.choice(_TEN)}"


def _given(r: random.Random) -> str:
    return f"{r.choice(_DEM)} {r.choice(_TEN)}"


def _tel(r: random.Random) -> str:
    return r.choice([f"09{r.randint(0, 9)}{r.randint(1, 9)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
                     f"0{r.choice([238, 237, 228, 274, 24, 28])} {r.randint(3500000, 3999999)}",
                     f"08{r.randint(1, 9)} {r.randint(1000, 9999)} {r.randint(100, 999)}", T.phone(r)])


def _day(r: random.Random, year: bool = True) -> str:
    d = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}"
    return f"{d}/{r.randint(2020, 2024)}" if year else d


def _clock(r: random.Random) -> str:
    return f"{r.randint(6, 22)}h{r.choice(['00', '15', '30', '45'])}"


def _num(x: float, nd: int = 2) -> str:
    """A number as Vietnamese sites print it: dot thousands, comma decimals."""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def _weekday(r: random.Random) -> str:
    return r.choice(["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"])


def _form(k: float, forms: list[str]) -> str:
    """The form at `k` (a page's draw in [0, 1)): the lines of one list share their shape."""
    return forms[int(k * len(forms))]


def _quote_pair(r: random.Random, quotes: list[str], speaker: str) -> list[T.Line]:
    """A quote, then its speaker on a line of their own (both article text)."""
    q = r.choice(quotes)
    return [_t(f"“{q}”", "quote"), _t(speaker, "speaker")]


# -- family 98: veterans' association paper -----------------------------------------------------------

_UNITS = ["Trung đoàn 209, Sư đoàn 312", "Tiểu đoàn 8, Trung đoàn 66", "Đại đội 2, Tiểu đoàn công binh 17",
          "Sư đoàn 9, Quân đoàn 4", "Trung đoàn pháo binh 45", "Đoàn 559 Bộ đội Trường Sơn",
          "Lữ đoàn xe tăng 203", "Trung đoàn 24, Sư đoàn 304", "Tiểu đoàn thông tin 26", "Sư đoàn 7 Quân giải phóng"]
_RANKS = ["Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Cựu binh", "CCB"]
_H98 = ["Hành trình đưa hài cốt liệt sĩ về quê mẹ", "Cựu chiến binh làm kinh tế giỏi ở vùng đồi",
        "Gặp mặt truyền thống Trung đoàn 209 lần thứ 20", "Tìm được thân nhân liệt sĩ sau 50 năm",
        "Người lính già giữ kỷ vật chiến trường", "Hội CCB xã xây nhà nghĩa tình đồng đội",
        "Trở lại Quảng Trị tháng Bảy", "Nghĩa trang Trường Sơn đón hàng nghìn lượt khách",
        "Những lá thư thời chiến chưa kịp gửi", "Cựu tù binh kể chuyện nhà tù Phú Quốc"]
_VERSE98 = ["Đồng chí ơi, nhớ mãi rừng xưa", "Ba lô con cóc, võng đu bên đèo", "Đêm Trường Sơn gió lạnh mưa dầm",
            "Mẹ ngồi đợi con bên hiên vắng", "Bạn nằm lại giữa lưng chừng dốc", "Nắm cơm chia đôi, đắng cay cùng nếm",
            "Tuổi hai mươi ra đi không hẹn ngày về", "Cánh võng chao nghiêng giữa rừng già"]


def _head98(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.65:
        out.append(_b(r.choice(["Hội Cựu chiến binh Việt Nam | Đặt báo | Liên hệ tòa soạn",
                                "Báo in | Báo điện tử | Đặt mua báo | Liên hệ",
                                f"{_weekday(r)}, {_day(r)} | Đường dây nóng: {_tel(r)}"]), "menu", "top"))
    items = r.sample(["Thời sự", "Hoạt động Hội", "Gương sáng CCB", "Tìm đồng đội", "Tri ân liệt sĩ",
                      "Ký ức chiến trường", "Chính sách - Pháp luật", "Kinh tế", "Bạn đọc", "Văn nghệ",
                      "Chống diễn biến hòa bình"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" | ".join(items), "menu", "navline")]
    if r.random() < 0.35:
        out.append(_b(r.choice(["Chuyên trang Tìm đồng đội - Gửi thông tin tìm kiếm",
                                "Tìm kiếm thông tin liệt sĩ: nhập họ tên, quê quán..."]), "menu", "top"))
    a, b = r.sample(["Hoạt động Hội", "Tìm đồng đội", "Tri ân liệt sĩ", "Gương sáng CCB", "Ký ức chiến trường"], 2)
    if r.random() < 0.8:
        out.append(_b(r.choice([f"Trang chủ » {a}", f"Trang chủ » {a} » {b}", f"{a} / {b}"]), "breadcrumb", "crumb"))
    return out


def _traps98(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "p", "td"])
    k = r.random()  # one line format per page for its lists
    prov = r.choice(_PROVS)
    martyrs = [_c(r.choice([f"Danh sách liệt sĩ quê {prov} đã được xác định danh tính đợt này gồm:",
                            "Qua giám định ADN, các hài cốt được xác định là của những liệt sĩ sau:"]))]
    for _ in range(r.randint(3, 5)):
        by = r.randint(1940, 1955)
        martyrs.append(_t(_form(k, [
            f"Liệt sĩ {_name(r)}, sinh năm {by}, quê {r.choice(_COMMUNES)}, hy sinh ngày {_day(r, False)}/{by + r.randint(18, 24)}",
            f"{_name(r)} ({by}), {r.choice(_COMMUNES)}, {prov}",
            f"Liệt sĩ {_name(r)} - {r.choice(_UNITS)} - hy sinh năm {by + r.randint(18, 24)}"]), tag))
    seek = [_t(r.choice(["TÌM ĐỒNG ĐỘI", "Thông tin tìm đồng đội", "Nhắn tìm"]), "h2")]
    for _ in range(r.randint(2, 3)):
        seek.append(_t(r.choice([
            f"Ông {_name(r)}, nguyên chiến sĩ {r.choice(_UNITS)}, hiện ở {r.choice(_COMMUNES)}, {r.choice(_PROVS)}. "
            f"ĐT: {_tel(r)}",
            f"Gia đình liệt sĩ {_name(r)} cần tìm đồng đội từng chiến đấu cùng đơn vị, liên hệ: {_tel(r)}",
            f"Ai biết thông tin xin báo về: bà {_name(r)}, {r.choice(_COMMUNES)}, {r.choice(_PROVS)} - {_tel(r)}"])))
    prog = [_c(r.choice(["Chương trình buổi gặp mặt truyền thống như sau:",
                         "Ban liên lạc thông báo lịch trình chuyến về thăm chiến trường xưa:"]))]
    slots = sorted(r.sample(range(7, 17), r.randint(3, 5)))
    acts = ["Đón tiếp đại biểu và hội viên", "Dâng hương tại đài tưởng niệm", "Văn nghệ chào mừng",
            "Ôn lại truyền thống đơn vị", "Tặng quà gia đình chính sách", "Liên hoan thân mật", "Viếng nghĩa trang liệt sĩ",
            "Chụp ảnh lưu niệm"]
    for h, a in zip(slots, r.sample(acts, len(slots)), strict=False):
        prog.append(_t(_form(k, [f"{h}h00: {a}", f"{h}h30 - {a}", f"Từ {h} giờ: {a}"]), tag))
    units = [_c("Ông từng chiến đấu qua nhiều đơn vị:")] + [_t(u, "li") for u in r.sample(_UNITS, r.randint(2, 4))]
    gifts = [_c(r.choice(["Dịp này, Hội đã trao tặng:", "Tổng kết năm, Hội CCB huyện đã hỗ trợ hội viên:"])),
             _t(f"{r.randint(5, 40)} sổ tiết kiệm, mỗi sổ {r.randint(1, 5)} triệu đồng", tag),
             _t(f"{r.randint(2, 9)} nhà nghĩa tình đồng đội", tag),
             _t(f"{r.randint(50, 300)} suất quà cho hội viên nghèo", tag)]
    verse = [_t(v, "verse") for v in r.sample(_VERSE98, 4)]
    if r.random() < 0.5:
        verse.append(_t(f"({r.choice(['Trích', 'Thơ'])} {_name(r)}, CCB {r.choice(_UNITS).split(',')[0]})", "speaker"))
    quote = _quote_pair(r, ["Còn sống ngày nào, tôi còn đi tìm đồng đội ngày ấy",
                            "Chúng tôi chỉ mong các anh được về với gia đình, với quê hương",
                            "Nghèo thì nghèo, nhưng không để hội viên nào phải ở nhà dột nát",
                            "Mỗi lần nhắc đến trận đánh ấy, tôi lại nhớ những người nằm lại"],
                        r.choice([f"— CCB {_name(r)}, {r.randint(68, 84)} tuổi",
                                  f"{r.choice(_RANKS)} {_name(r)}, nguyên {r.choice(_UNITS).split(',')[0]}",
                                  f"(Ông {_name(r)}, Chủ tịch Hội CCB {r.choice(_COMMUNES)})"]))
    theo = [_t(r.choice([f"Theo Hội CCB tỉnh {prov}, toàn tỉnh hiện có hơn {r.randint(20, 60)} nghìn hội viên, "
                         f"trong đó {r.randint(300, 900)} hộ thuộc diện khó khăn.",
                         f"Theo Ban liên lạc, đơn vị có {r.randint(100, 400)} cán bộ, chiến sĩ hy sinh trong chiến dịch.",
                         f"Theo Sở Lao động - Thương binh và Xã hội, năm nay tỉnh quy tập được {r.randint(10, 90)} "
                         "hài cốt liệt sĩ."]))]
    sub = [_t(r.choice(["Ký ức không phai", "Nghĩa tình đồng đội", "Hành trình 50 năm", "Vượt khó làm giàu",
                        "Những người nằm lại"]), "h2")]
    return [martyrs, seek, prog, units, gifts, verse, quote, theo + sub]


def _box98(r: random.Random) -> list[T.Line]:
    head = r.choice(["Tin cùng chuyên mục", "Bài viết liên quan", "Cùng chủ đề Tìm đồng đội", None])
    items = [r.choice([h, f"{h} ({_day(r, False)})", f"» {h}"]) for h in r.sample(_H98, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail98(r: random.Random) -> list[T.Line]:
    who = _name(r)
    out = [_b(r.choice([f"{r.choice(_RANKS)} {who}", f"{who} (CCB {r.choice(_UNITS).split(',')[0]})",
                        f"Bài, ảnh: {who}", f"{who} - Hội CCB huyện {r.choice(['Đô Lương', 'Tĩnh Gia', 'Hải Hậu'])}",
                        f"{_given(r)} (CTV)"]), "byline")]
    if r.random() < 0.45:
        out.append(_b(r.choice(["Theo Báo Quân đội nhân dân", "Nguồn: Báo Cựu chiến binh Việt Nam",
                                f"(Theo Cổng TTĐT tỉnh {r.choice(_PROVS)})", "Nguồn: qdnd.vn"]), "source"))
    if r.random() < 0.3:
        out.append(_b(r.choice(["(Còn nữa)", f"Kỳ sau: {r.choice(_H98)}", "Kỳ 2: Những người nằm lại"]),
                      "continuation"))
    if r.random() < 0.5:
        out.append(_b("Từ khóa: " + ", ".join(r.sample(["tìm đồng đội", "liệt sĩ", "tri ân", "Trường Sơn",
                                                      "CCB", "nhà nghĩa tình", "hài cốt"], 3)), "tags"))
    out.append(_b(r.choice(["In bài viết | Gửi email | Chia sẻ", "Chia sẻ Facebook Zalo", "Gửi bài viết qua email",
                            f"Lượt xem: {r.randint(150, 9000)}"]), "share_widget"))
    return out


def _below98(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b(x, "advert", "promo") for x in r.choice([
            ["Đặt mua báo Tiếng nói CCB tại các bưu cục trên toàn quốc", f"Mã số phát hành: C{r.randint(100, 299)}",
             f"Giá: {r.randint(3, 6)}.000 đồng/số"],
            ["Quảng cáo trên báo Tiếng nói CCB", f"Liên hệ phòng Trị sự: {_tel(r)}"]])]
    if r.random() < 0.55:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Ý kiến bạn đọc", "Họ và tên", "Nội dung ý kiến", "Gửi ý kiến"],
            ["Gửi ý kiến của bạn", "Ý kiến của bạn sẽ được biên tập trước khi đăng"]])]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin khác", "Các tin đã đưa", "Đọc tiếp"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} ({_day(r)})"]), "related_links", "below") for h in r.sample(_H98, r.randint(3, 5))]
    return out


def _side98(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Ký ức chiến trường", "Đọc nhiều nhất", "Gương sáng CCB"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H98, r.randint(3, 4))]
    if r.random() < 0.4:
        out += [_b("Thời tiết", "weather_widget", "h4")] + [
            _b(f"{c}: {lo}°C - {lo + r.randint(3, 8)}°C", "weather_widget", "li")
            for c, lo in ((c, r.randint(17, 27)) for c in r.sample(["Hà Nội", "Vinh", "Đông Hà", "Huế", "TP.HCM"], 3))]
    return out


def _foot98(r: random.Random) -> list[T.Line]:
    lines = ["Báo điện tử Tiếng nói Cựu chiến binh - Cơ quan ngôn luận của Hội Cựu chiến binh Phương Nam",
             f"Giấy phép số {r.randint(100, 600)}/GP-BTTTT cấp ngày {_day(r)}",
             f"Tổng Biên tập: {r.choice(['Đại tá', 'Thượng tá'])} {_name(r)}",
             f"Tòa soạn: {r.randint(1, 150)} {r.choice(_ROADS)}, Hà Nội - Điện thoại: {_tel(r)}",
             "Ghi rõ nguồn Tiếng nói CCB khi phát hành lại thông tin từ website này"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 99: statistics office news portal -----------------------------------------------------------

_GROUPS = ["Hàng ăn và dịch vụ ăn uống", "Nhà ở, điện, nước, chất đốt và VLXD", "Giao thông", "Giáo dục",
           "Thuốc và dịch vụ y tế", "May mặc, mũ nón, giày dép", "Đồ uống và thuốc lá", "Bưu chính, viễn thông",
           "Văn hóa, giải trí và du lịch", "Thiết bị và đồ dùng gia đình"]
_SECTORS = ["Khu vực nông, lâm nghiệp và thủy sản", "Khu vực công nghiệp và xây dựng", "Khu vực dịch vụ",
            "Công nghiệp chế biến, chế tạo", "Ngành bán buôn và bán lẻ", "Ngành vận tải kho bãi"]
_H99 = ["Thông cáo báo chí tình hình kinh tế - xã hội quý II", "CPI tháng 5 tăng 0,05% so với tháng trước",
        "Kết quả Tổng điều tra kinh tế năm 2021", "Chỉ số sản xuất công nghiệp 6 tháng đầu năm",
        "Niên giám thống kê 2023 đã phát hành", "Lịch phổ biến thông tin thống kê năm 2024",
        "Hội nghị tập huấn điều tra lao động việc làm", "Tình hình dân số, lao động việc làm quý I",
        "Kinh tế số đóng góp bao nhiêu vào GDP", "Khảo sát mức sống dân cư năm 2024"]


def _pct(r: random.Random, lo: float, hi: float, sign: bool = True) -> str:
    v = r.uniform(lo, hi)
    return ("+" if sign and v >= 0 else "") + _num(v)


def _head99(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.7:
        out.append(_b(r.choice(["English | Sơ đồ cổng | Hỏi đáp | Liên hệ", "Trang chủ | Tiếng Anh | RSS | Đăng nhập",
                                "Văn bản | Hỏi đáp | Sơ đồ site | EN"]), "menu", "top"))
    if r.random() < 0.35:
        out.append(_b(r.choice(["Tìm kiếm...", "Nhập từ khóa tìm kiếm", "Tìm kiếm nâng cao"]), "menu", "top"))
    items = r.sample(["Giới thiệu", "Tin tức - Sự kiện", "Số liệu thống kê", "Ấn phẩm", "Lịch phổ biến thông tin",
                      "Văn bản pháp quy", "Điều tra thống kê", "Phương pháp thống kê", "Hỏi đáp", "Dữ liệu mở"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.55 else [_b(" - ".join(items), "menu", "navline")]
    a = r.choice(["Tin tức - Sự kiện", "Số liệu thống kê", "Thông cáo báo chí", "Điều tra thống kê", "Hoạt động ngành"])
    if r.random() < 0.8:
        out.append(_b(r.choice([f"Trang chủ > {a}", f"Trang chủ > Tin tức > {a}", f"{a} >"]), "breadcrumb", "crumb"))
    return out


def _traps99(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["td", "li", "p"])
    k = r.random()  # one line format per page for its lists
    m = r.randint(1, 12)
    cpi = [_c(r.choice([f"So với tháng trước, CPI tháng {m} có 8 nhóm hàng tăng giá, cụ thể:",
                        "Biến động giá của một số nhóm hàng chính như sau:"]))]
    if r.random() < 0.5:
        cpi.append(_t(r.choice(["Nhóm hàng | Tháng này so với tháng trước (%)", "Nhóm hàng - Tăng/giảm (%)"]), "td"))
    for g in r.sample(_GROUPS, r.randint(3, 5)):
        cpi.append(_t(_form(k, [f"{g}: {_pct(r, -0.8, 1.6)}%", f"{g} {_pct(r, -0.8, 1.6)}%",
                                f"{g} tăng {_num(r.uniform(0.01, 1.9))}%"]), tag))
    gdp = [_c(r.choice(["Trong mức tăng chung của toàn nền kinh tế:", "Tốc độ tăng giá trị tăng thêm các khu vực:"]))]
    for s in r.sample(_SECTORS, 3):
        gdp.append(_t(_form(k, [f"{s} tăng {_num(r.uniform(1, 9))}%, đóng góp {_num(r.uniform(5, 55))}%",
                                f"{s}: {_pct(r, 1, 9)}%"]), tag))
    key = [_c(r.choice(["Một số chỉ tiêu chủ yếu 6 tháng đầu năm:", "Các chỉ tiêu kinh tế - xã hội chủ yếu:"]))]
    ind = [f"Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng ước đạt {_num(r.randint(2500, 3200), 0)} nghìn tỷ đồng",
           f"Kim ngạch xuất khẩu hàng hóa ước đạt {_num(r.uniform(150, 200), 1)} tỷ USD",
           f"Vốn đầu tư thực hiện từ ngân sách đạt {_num(r.uniform(25, 45), 1)}% kế hoạch",
           f"Chỉ số sản xuất toàn ngành công nghiệp tăng {_num(r.uniform(3, 10))}%",
           f"Khách quốc tế đến nước ta đạt {_num(r.uniform(5, 9), 1)} triệu lượt người",
           f"Tỷ lệ thất nghiệp của lao động trong độ tuổi là {_num(r.uniform(2, 2.5))}%"]
    key += [_t(f"{i}. {x}" if r.random() < 0.6 else x, "ol") for i, x in enumerate(r.sample(ind, r.randint(3, 5)), 1)]
    rank = [_c(r.choice(["Các địa phương có chỉ số sản xuất công nghiệp tăng cao nhất:",
                         "Năm địa phương dẫn đầu về thu hút vốn đầu tư trực tiếp nước ngoài:"]))]
    for p in r.sample(["Bắc Giang", "Bắc Ninh", "Hải Phòng", "Thái Bình", "Bình Dương", "Đồng Nai", "Quảng Ninh",
                       "Vĩnh Phúc", "Long An", "Thanh Hóa"], r.randint(3, 5)):
        rank.append(_t(_form(k, [f"{p}: tăng {_num(r.uniform(8, 30), 1)}%", f"{p} {_num(r.uniform(8, 30), 1)}%",
                                 f"{p} ({_num(r.uniform(300, 3000), 1)} triệu USD)"]), tag))
    cal = [_t(r.choice(["Lịch công bố số liệu trong tháng", "LỊCH PHỔ BIẾN THÔNG TIN", "Thời gian công bố"]), "h2")]
    for _ in range(r.randint(2, 4)):
        cal.append(_t(_form(k, [f"Ngày {_day(r, False)}: Họp báo công bố số liệu kinh tế - xã hội quý {r.choice(['I', 'II', 'III', 'IV'])}",
                                f"{_day(r, False)} - Chỉ số giá tiêu dùng tháng {r.randint(1, 12)}",
                                f"{_clock(r)} ngày {_day(r, False)}: Thông cáo báo chí về dân số và lao động"]), tag))
    hot = [_c(r.choice(["Người dân cần phản ánh về hoạt động của điều tra viên có thể liên hệ:",
                        "Danh sách số điện thoại của Ban Chỉ đạo Tổng điều tra các cấp:"]))]
    for who in r.sample(["Ban Chỉ đạo Trung ương", "Cục Thống kê tỉnh Bắc Giang", "Chi cục Thống kê khu vực I",
                         "Cục Thống kê TP Hà Nội", "Cục Thống kê tỉnh Long An"], 3):
        hot.append(_t(f"{who}: {_tel(r)}", tag))
    foot = [_t(r.choice(["(*) Số liệu sơ bộ", "(*) Số liệu ước tính", "Ghi chú: (*) Theo giá so sánh năm 2010",
                         "(**) Không bao gồm dầu thô"]), "p")]
    theo = [_t(r.choice([f"Theo Cục Thống kê, CPI bình quân {r.randint(3, 11)} tháng tăng {_num(r.uniform(2, 4.5))}% "
                         "so với cùng kỳ năm trước.",
                         f"Theo kết quả khảo sát, {_num(r.uniform(40, 70), 1)}% doanh nghiệp đánh giá tình hình "
                         "sản xuất kinh doanh quý này tốt hơn.",
                         f"Theo số liệu sơ bộ, dân số trung bình cả nước năm nay ước đạt {_num(r.uniform(100, 101.5))} "
                         "triệu người."]))]
    sub = [_t(r.choice(["1. Sản xuất nông nghiệp", "2. Sản xuất công nghiệp", "3. Hoạt động thương mại, dịch vụ",
                        "II. LAO ĐỘNG, VIỆC LÀM", "Về chỉ số giá tiêu dùng"]), "h2")]
    unit = [_c("Kết quả sơ bộ của cuộc điều tra được tổng hợp theo từng chỉ tiêu."),
            _t(r.choice(["Đơn vị tính: %", "Đơn vị: tỷ đồng", "Đơn vị tính: nghìn người"]), "p")]
    return [cpi + foot, gdp, key, rank, cal, hot, theo + sub, unit]


def _box99(r: random.Random) -> list[T.Line]:
    head = r.choice(["Các tin khác", "Tin cùng chuyên mục", "Thông cáo báo chí liên quan", None])
    items = [r.choice([h, f"{h} ({_day(r)})", f"{_day(r)} {h}"]) for h in r.sample(_H99, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail99(r: random.Random) -> list[T.Line]:
    out = [_b(r.choice([f"Vụ Thống kê {r.choice(['Giá', 'Công nghiệp', 'Dân số và Lao động', 'Tổng hợp'])}",
                        f"Tin, ảnh: {_name(r)}", f"{_name(r)} - Văn phòng Cục", "Ban Biên tập",
                        f"{_given(r)} (Cục Thống kê tỉnh {r.choice(_PROVS)})"]), "byline")]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Nguồn: Cục Thống kê", "Nguồn: Niên giám thống kê 2023", "Theo Cục Thống kê",
                                f"Nguồn: Cục Thống kê tỉnh {r.choice(_PROVS)}"]), "source"))
    if r.random() < 0.5:
        out += [_b(f"Tải về: {x}", "related_links", "attach") for x in r.sample(
            [f"Thong-cao-bao-chi-Q{r.randint(1, 4)}.pdf ({_num(r.uniform(0.3, 3), 1)} MB)",
             f"Bieu-so-lieu-CPI-T{r.randint(1, 12)}.xlsx ({r.randint(40, 900)} KB)",
             f"Bao-cao-KTXH.docx ({r.randint(80, 900)} KB)"], r.randint(1, 2))]
    if r.random() < 0.4:
        out.append(_b(r.choice(["Chủ đề: ", "Từ khóa: "]) + ", ".join(r.sample(
            ["CPI", "GDP", "lạm phát", "lao động", "xuất khẩu", "tổng điều tra", "IIP", "dân số"], 3)), "tags"))
    out.append(_b(r.choice(["In trang | Gửi email | Về đầu trang", f"Số lượt xem: {r.randint(200, 20000)}",
                            "Chia sẻ: Facebook | Zalo | Email", "Cỡ chữ: A- A A+"]), "share_widget"))
    return out


def _below99(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.55:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Bài viết có hữu ích với bạn không?", "Rất hữu ích | Hữu ích | Chưa hữu ích"],
            ["Đánh giá bài viết", "Gửi đánh giá"], ["Góp ý về nội dung", "Họ tên (*)", "Email (*)", "Gửi góp ý"]])]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin đã đưa", "Các tin mới hơn", "Tin khác"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} - {_day(r)}"]), "related_links", "below") for h in r.sample(_H99, r.randint(3, 5))]
    return out


def _side99(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.65:
        out.append(_b(r.choice(["Số liệu nhanh", "Chỉ tiêu chủ yếu", "Thống kê nhanh"]), "price_widget", "h4"))
        board = [f"CPI tháng {r.randint(1, 12)}: {_pct(r, -0.5, 0.9)}%", f"GDP quý {r.choice(['I', 'II', 'III'])}: {_num(r.uniform(4, 7.5))}%",
                 f"IIP: {_pct(r, 2, 12)}%", f"Xuất khẩu: {_num(r.uniform(25, 40), 1)} tỷ USD",
                 f"Tỷ lệ thất nghiệp: {_num(r.uniform(2, 2.5))}%"]
        out += [_b(x, "price_widget", "li") for x in r.sample(board, r.randint(3, 5))]
    if r.random() < 0.6:
        out.append(_b(r.choice(["Lịch phổ biến thông tin", "Ấn phẩm mới", "Văn bản mới"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H99, r.randint(3, 4))]
    if r.random() < 0.35:
        out.append(_b(f"Lượt truy cập: {_num(r.randint(1_000_000, 90_000_000), 0)}", "share_widget", "counter"))
    return out


def _foot99(r: random.Random) -> list[T.Line]:
    lines = ["CỔNG THÔNG TIN ĐIỆN TỬ CỤC THỐNG KÊ PHƯƠNG NAM",
             "Cơ quan chủ quản: Bộ Kế hoạch và Đầu tư",
             f"Địa chỉ: Số {r.randint(1, 120)} {r.choice(_ROADS)}, quận Ba Đình, Hà Nội",
             f"Điện thoại: {_tel(r)} - Fax: {_tel(r)} - Email: banbientap@solieuthongke.gov.vn",
             "Ghi rõ nguồn khi trích dẫn thông tin từ Cổng thông tin này",
             f"Chịu trách nhiệm chính: {_name(r)}, Phó Cục trưởng"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 100: esports and video-game news -----------------------------------------------------------

_TEAMS = ["GAM Esports", "Team Secret", "Team Flash", "Saigon Phantom", "Box Gaming", "Cerberus", "V Gaming",
          "One Star", "Hà Nội Dragons", "Mekong Tigers"]
_NICKS = ["Kiaya", "Levi", "Slayder", "Optimus", "Palette", "Easylove", "Shogun", "Bé Chanh", "Zeros", "Archie",
          "Nhism", "Bie", "Thầy Ba", "Mèo Ú", "Cao Bồi Gaming"]
_CHAMPS = ["Ahri", "Yasuo", "Lee Sin", "Jinx", "Thresh", "Zed", "Lux", "Nautilus", "Kai'Sa", "Vi", "Aatrox"]
_H100 = ["GAM thắng thuyết phục trong trận derby", "Cập nhật 14.5: loạt tướng đường giữa bị giảm sức mạnh",
         "Tựa game nhập vai Việt ra mắt bản thử nghiệm", "Esports được đưa vào hệ thống thi đấu thể thao",
         "Giftcode mới nhất cho game thủ tháng này", "Review tay cầm không dây giá rẻ",
         "Đội tuyển Việt Nam giành vé dự giải thế giới", "Nhà phát hành xử lý hàng nghìn tài khoản gian lận",
         "Cosplay đẹp mắt tại lễ hội game", "Bảng xếp hạng game di động được tải nhiều nhất"]


def _head100(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Đăng nhập | Đăng ký | Tải app", "Nạp thẻ | Giftcode | Đăng nhập",
                                "Fanpage | YouTube | TikTok | Đăng nhập"]), "menu", "top"))
    if r.random() < 0.4:
        a, b = r.sample(_TEAMS, 2)
        out.append(_b(r.choice([f"TRỰC TIẾP: {a} {r.randint(0, 2)} - {r.randint(0, 2)} {b}",
                                f"LIVE {a} vs {b} - Xem ngay", f"Sắp diễn ra: {a} vs {b} lúc {_clock(r)}"]),
                      "related_links", "top"))
    items = r.sample(["Esports", "Liên Minh Huyền Thoại", "Liên Quân", "PUBG", "Mobile", "PC - Console", "Review",
                      "Cosplay", "Giftcode", "Lịch thi đấu", "Tin game", "Video"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" · ".join(items), "menu", "navline")]
    a = r.choice(["Esports", "Tin game", "Mobile", "Review", "Liên Minh Huyền Thoại"])
    if r.random() < 0.75:
        out.append(_b(r.choice([f"Game Thủ 24 > {a}", f"Trang chủ / {a}", f"Home › {a} › Tin tức"]), "breadcrumb",
                      "crumb"))
    return out


def _traps100(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "p", "td"])
    k = r.random()  # one line format per page for its lists
    patch = [_t(r.choice(["Chi tiết bản cập nhật", "THAY ĐỔI TƯỚNG", "Điều chỉnh sức mạnh"]), "h2")]
    for ch in r.sample(_CHAMPS, r.randint(3, 5)):
        a = r.randint(20, 80)
        patch.append(_t(_form(k, [f"{ch}: sát thương kỹ năng Q tăng từ {a} lên {a + r.randint(5, 15)}",
                                  f"{ch} - Hồi chiêu chiêu cuối giảm từ {a + 60} xuống {a + 40} giây",
                                  f"{ch}: giáp cơ bản {a} ⇒ {a - 3}"]), tag))
    sched = [_c(r.choice(["Lịch thi đấu tuần này như sau:", "Các cặp đấu vòng bảng ngày mai:"]))]
    for _ in range(r.randint(3, 4)):
        a, b = r.sample(_TEAMS, 2)
        sched.append(_t(_form(k, [f"{_clock(r)}: {a} vs {b}", f"{_weekday(r)} {_day(r, False)} - {a} gặp {b}",
                                  f"{a} - {b} ({_clock(r)})"]), tag))
    stand = [_t(r.choice(["Bảng xếp hạng sau tuần thi đấu thứ " + str(r.randint(2, 8)), "BXH hiện tại"]), "h2")]
    for i, tm in enumerate(r.sample(_TEAMS, r.randint(3, 5)), 1):
        w = r.randint(2, 9)
        stand.append(_t(_form(k, [f"{i}. {tm} - {w} thắng, {r.randint(0, 5)} thua", f"{i}. {tm} ({w}-{r.randint(0, 5)})",
                                  f"{tm}: {w * 3} điểm"]), tag))
    roles = ["Đường trên", "Đi rừng", "Đường giữa", "Xạ thủ", "Hỗ trợ"]
    roster = [_c(f"Đội hình {r.choice(_TEAMS)} tham dự giải:")]
    for role in r.sample(roles, r.randint(3, 5)):
        roster.append(_t(_form(k, [f"{role}: {_name(r)} ({r.choice(_NICKS)})",
                                   f"{r.choice(_NICKS)} - {_name(r)}, sinh năm {r.randint(1998, 2007)}",
                                   f"{role}: {r.choice(_NICKS)}"]), tag))
    prize = [_c(r.choice(["Tổng giải thưởng của giải đấu được phân bổ như sau:", "Cơ cấu giải thưởng:"])),
             _t(f"Vô địch: {r.randint(2, 9) * 100} triệu đồng", tag),
             _t(f"Á quân: {r.randint(1, 4) * 50} triệu đồng", tag),
             _t(f"Hạng 3-4: {r.randint(2, 8) * 10} triệu đồng mỗi đội", tag)]
    if r.random() < 0.5:
        prize.append(_t(f"MVP chung kết: {r.randint(5, 20)} triệu đồng", tag))
    spec = [_t(r.choice(["Cấu hình tối thiểu", "Cấu hình đề nghị"]), "h2"),
            _t("Hệ điều hành: Windows 10 64-bit", tag),
            _t(f"CPU: {r.choice(['Intel Core i5-8400', 'AMD Ryzen 5 2600', 'Intel Core i3-10100'])}", tag),
            _t(f"RAM: {r.choice([8, 12, 16])} GB", tag),
            _t(f"Card đồ họa: {r.choice(['GTX 1060 6GB', 'RTX 2060', 'RX 580'])}", tag),
            _t(f"Dung lượng trống: {r.randint(20, 120)} GB", tag)]
    steps = [_c(r.choice(["Cách nhập giftcode:", "Hướng dẫn nhận quà:"]))]
    steps += [_t(f"Bước {i}: {x}", "ol") for i, x in enumerate([
        "Truy cập trang nhập code của nhà phát hành", "Đăng nhập bằng tài khoản game",
        "Chọn máy chủ và nhân vật", "Nhập mã quà tặng rồi bấm Xác nhận"][:r.randint(3, 4)], 1)]
    quote = _quote_pair(r, ["Chúng tôi đã chuẩn bị rất kỹ cho trận này, cả đội chơi đúng như kế hoạch",
                            "Tôi muốn xin lỗi người hâm mộ, chúng tôi sẽ trở lại mạnh mẽ hơn",
                            "Meta hiện tại rất hợp với lối chơi của đội"],
                        r.choice([f"— {r.choice(_NICKS)}, {r.choice(roles).lower()} của {r.choice(_TEAMS)}",
                                  f"HLV {_name(r)} ({r.choice(_TEAMS)})", f"{r.choice(_NICKS)} chia sẻ sau trận"]))
    theo = [_t(r.choice([f"Theo nhà phát hành, số người chơi cùng lúc đã vượt {r.randint(100, 900)} nghìn.",
                         f"Theo ban tổ chức, trận chung kết thu hút hơn {r.randint(1, 3)} triệu lượt xem trực tuyến.",
                         "Theo thông báo, máy chủ sẽ bảo trì từ 0h đến 6h sáng mai."]))]
    sub = [_t(r.choice(["Chung kết tổng", "Những điểm đáng chú ý", "Lối chơi mới", "Tân binh sáng giá"]), "h2")]
    return [patch, sched, stand, roster, prize, spec, steps, quote, theo + sub]


def _box100(r: random.Random) -> list[T.Line]:
    head = r.choice(["Bài viết cùng chủ đề", "Có thể bạn thích", "ĐỌC THÊM", None])
    items = [r.choice([h, f"[Video] {h}", f"{h} 🔥"]) for h in r.sample(_H100, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail100(r: random.Random) -> list[T.Line]:
    nick = r.choice(_NICKS)
    out = [_b(r.choice([nick, f"Tác giả: {nick}", f"{nick} | Game Thủ 24", f"Biên tập: {_given(r)}",
                        f"{_given(r)} (tổng hợp)"]), "byline")]
    if r.random() < 0.5:
        out.append(_b(r.choice(["Nguồn: Dot Esports", "Theo Riot Games", "Nguồn: Inven", "(Theo IGN)",
                                "Nguồn ảnh: Fanpage giải đấu"]), "source"))
    if r.random() < 0.6:
        out.append(_b(" ".join("#" + x for x in r.sample(["LMHT", "VCS", "Esports", "LiênQuân", "Giftcode", "PUBG",
                                                          "GameViệt", "CKTG"], 3)), "tags"))
    out.append(_b(r.choice([f"Thích {r.randint(1, 9)},{r.randint(1, 9)}K · Chia sẻ", "Theo dõi Game Thủ 24 trên Facebook",
                            "Tham gia group Game Thủ 24 để nhận giftcode", f"{r.randint(2, 500)} lượt thích",
                            "Chia sẻ lên Discord"]), "share_widget"))
    return out


def _below100(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b(x, "advert", "promo") for x in r.choice([
            ["Nạp thẻ game chiết khấu đến 10%", f"Hotline/Zalo: {_tel(r)}"],
            ["Gaming gear chính hãng - Trả góp 0%", "Ghé showroom Gear Việt ngay hôm nay", f"ĐT: {_tel(r)}"]])]
    if r.random() < 0.6:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            [f"Bình luận ({r.randint(0, 300)})", "Đăng nhập để bình luận", "Xem thêm bình luận"],
            ["Bạn nghĩ sao về bản cập nhật này?", "Viết bình luận..."]])]
    if r.random() < 0.7:
        out.append(_b(r.choice(["Tin mới", "Xem nhiều", "Cùng chuyên mục"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} - {r.randint(1, 23)} giờ trước"]), "related_links", "below")
                for h in r.sample(_H100, r.randint(3, 5))]
    return out


def _side100(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Lịch thi đấu hôm nay", "Kết quả mới nhất"]), "price_widget", "h4"))
        for _ in range(r.randint(2, 4)):
            a, b = r.sample(_TEAMS, 2)
            out.append(_b(f"{a} {r.randint(0, 2)}-{r.randint(0, 2)} {b}" if r.random() < 0.5 else f"{_clock(r)} {a} vs {b}",
                          "price_widget", "li"))
    if r.random() < 0.6:
        out.append(_b(r.choice(["Hot trong tuần", "Đọc nhiều"]), "related_links", "h4"))
        out += [_b(h, "related_links", "li") for h in r.sample(_H100, r.randint(3, 4))]
    return out


def _foot100(r: random.Random) -> list[T.Line]:
    lines = ["Game Thủ 24 - Tin tức game và thể thao điện tử",
             f"Giấy phép MXH số {r.randint(100, 700)}/GP-BTTTT",
             "Chịu trách nhiệm nội dung: " + _name(r),
             f"Liên hệ quảng cáo: ads@gamethu24.vn - {_tel(r)}",
             "Điều khoản sử dụng | Chính sách bảo mật | Liên hệ",
             f"© {r.randint(2016, 2024)} Game Thủ 24"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- family 101: clan and genealogy association -------------------------------------------------------

_SCHOOLS = ["Trường THCS Nguyễn Trãi", "Trường THPT Lê Quý Đôn", "Trường Tiểu học Quang Trung",
            "Trường Đại học Bách khoa", "Trường THPT chuyên Phan Bội Châu", "Trường THCS Chu Văn An"]
_H101 = ["Lễ giỗ Thủy tổ năm Giáp Thìn", "Khánh thành nhà thờ chi họ tại Thái Bình",
         "Trao học bổng khuyến học cho con cháu trong họ", "Hội đồng họ Phạm Phương Nam họp mở rộng",
         "Tìm về cội nguồn: chi họ ở Kiên Giang", "Tu bổ từ đường sau 100 năm", "Thông báo đóng góp xây lăng mộ tổ",
         "Gương sáng con cháu học giỏi", "Dịch gia phả chữ Hán sang quốc ngữ", "Gặp mặt đầu xuân các chi họ"]
_COUPLETS = [("Tổ đức muôn năm truyền hậu thế", "Tông công vạn đại rạng tiền nhân"),
             ("Uống nước nhớ nguồn, con cháu nhớ ơn tiên tổ", "Ăn quả nhớ kẻ trồng cây, hậu sinh giữ nếp gia phong"),
             ("Cây có cội, nước có nguồn", "Chim có tổ, người có tông")]


def _head101(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice([f"Hôm nay: {_weekday(r)}, {_day(r)} (tức ngày {r.randint(1, 29)} tháng "
                                f"{r.randint(1, 12)} năm Giáp Thìn)", "Chào mừng quý vị đến với website họ Phạm Phương Nam",
                                "Trang thông tin của Hội đồng họ Phạm Phương Nam"]), "menu", "top"))
    items = r.sample(["Trang chủ", "Giới thiệu", "Gia phả", "Từ đường", "Tin họ tộc", "Khuyến học", "Nhân vật",
                      "Văn hóa tâm linh", "Chi họ các tỉnh", "Thư viện ảnh", "Liên hệ"], 8)
    out += [_b(x, "menu", "nav") for x in items] if r.random() < 0.5 else [_b(" | ".join(items), "menu", "navline")]
    a = r.choice(["Tin họ tộc", "Khuyến học", "Gia phả", "Từ đường", "Nhân vật"])
    if r.random() < 0.75:
        out.append(_b(r.choice([f"Trang chủ › {a}", f"Trang chủ / Tin tức / {a}", f"{a}"]), "breadcrumb", "crumb"))
    return out


def _traps101(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "p"])
    k = r.random()  # one line format per page for its lists
    gen = [_c(r.choice(["Theo bản gia phả được dịch lại, dòng trưởng của chi họ được ghi như sau:",
                        "Các đời tổ tiên của chi họ tại làng được ghi nhận:"]))]
    start = r.randint(1, 8)
    for i in range(r.randint(3, 5)):
        by = r.randint(1750, 1880) + i * 25
        gen.append(_t(_form(k, [f"Đời thứ {start + i}: Cụ {_name(r)} ({by} - {by + r.randint(40, 85)})",
                                f"Đời {start + i} - Cụ ông Phạm {r.choice(_DEM)} {r.choice(_TEN)}, húy {r.choice(_TEN)}, "
                                f"mất năm {by + r.randint(40, 85)}",
                                f"Cụ Phạm {r.choice(_DEM)} {r.choice(_TEN)}, sinh năm {by}, mộ táng tại xứ Đồng Cao"]), tag))
    a, b = r.choice(_COUPLETS)
    verse = [_c(r.choice(["Trước cửa từ đường treo đôi câu đối:", "Hai bên bàn thờ là đôi câu đối cổ:"])),
             _t(a, "verse"), _t(b, "verse")]
    prog = [_t(r.choice(["Chương trình lễ giỗ Tổ", "CHƯƠNG TRÌNH BUỔI LỄ", "Thời gian và nội dung"]), "h2")]
    acts = ["Tập trung con cháu tại từ đường", "Lễ cáo yết Tổ tiên", "Đọc văn tế", "Báo cáo hoạt động của Hội đồng họ",
            "Trao học bổng khuyến học", "Thụ lộc", "Dâng hương phần mộ Thủy tổ"]
    for h, act in zip(sorted(r.sample(range(6, 15), 4)), r.sample(acts, 4), strict=False):
        prog.append(_t(_form(k, [f"{h}h00: {act}", f"{h}h30 - {act}", f"- {h} giờ: {act}"]), tag))
    donors = [_c(r.choice(["Hội đồng họ xin ghi công đức các gia đình đã đóng góp tu bổ từ đường:",
                           "Danh sách công đức đợt 1:"]))]
    for _ in range(r.randint(3, 6)):
        donors.append(_t(r.choice([f"Ông Phạm {_given(r)} (chi {r.choice(['Nam Định', 'Thái Bình', 'Sài Gòn', 'Cần Thơ'])}): "
                                   f"{_num(r.randint(1, 50) * 1_000_000, 0)} đồng",
                                   f"Gia đình bà Phạm Thị {r.choice(_TEN)} - {r.randint(2, 20)} triệu đồng",
                                   f"Cháu Phạm {_given(r)} ({r.choice(['Hà Nội', 'Úc', 'Đức', 'TP.HCM'])}): "
                                   f"{r.randint(100, 1000)} USD"]), tag))
    schol = [_c("Các cháu được nhận học bổng năm nay:")]
    for _ in range(r.randint(3, 5)):
        schol.append(_t(_form(k, [f"Phạm {_given(r)}, lớp {r.randint(6, 12)}, {r.choice(_SCHOOLS[:3] + _SCHOOLS[4:])}",
                                  f"Phạm {_given(r)} - thủ khoa {r.choice(_SCHOOLS).replace('Trường ', '')}",
                                  f"Phạm {_given(r)}: đạt giải {r.choice(['Nhất', 'Nhì', 'Ba'])} học sinh giỏi tỉnh"]),
                        tag))
    reps = [_c("Con cháu các nơi muốn tham dự xin liên hệ với đại diện các chi:")]
    for pl in r.sample(["Nam Định", "Thái Bình", "Hà Nội", "TP.HCM", "Cần Thơ", "Đắk Lắk"], 3):
        reps.append(_t(r.choice([f"Chi {pl}: ông Phạm {_given(r)}, ĐT {_tel(r)}", f"{pl} - ông Phạm {_given(r)} - {_tel(r)}"]),
                       tag))
    quote = _quote_pair(r, ["Giữ được gia phả là giữ được gốc rễ cho con cháu muôn đời sau",
                            "Dù ở đâu, con cháu cũng phải nhớ về nơi chôn nhau cắt rốn",
                            "Họ tộc mạnh thì làng xóm mới vững"],
                        r.choice([f"— Cụ Phạm {_given(r)}, {r.randint(80, 97)} tuổi, trưởng tộc",
                                  f"Ông Phạm {_given(r)}, Chủ tịch Hội đồng họ", f"(Cụ Phạm {_given(r)}, trưởng chi họ)"]))
    theo = [_t(r.choice(["Theo gia phả, cụ Thủy tổ từ đất Thanh Hóa vào lập nghiệp tại vùng này từ thế kỷ XVII.",
                         f"Theo Hội đồng họ, hiện họ có khoảng {r.randint(2, 30)} nghìn con cháu ở {r.randint(10, 40)} tỉnh, thành.",
                         "Theo các cụ cao niên, ngôi từ đường được dựng lại lần đầu vào năm Thành Thái thứ 5."]))]
    close = [_t(r.choice(["Kính báo!", "Trân trọng kính mời!", "Kính mong con cháu thu xếp về dự đông đủ",
                          "Xin trân trọng cảm ơn tấm lòng của con cháu gần xa"]), "close")]
    sub = [_t(r.choice(["Nguồn gốc dòng họ", "Công đức tu bổ", "Khuyến học khuyến tài", "Nhớ về cội nguồn"]), "h2")]
    return [gen, verse, prog, donors, schol, reps, quote, theo + sub, close]


def _box101(r: random.Random) -> list[T.Line]:
    head = r.choice(["Thông báo của Hội đồng họ", "Tin họ tộc khác", "Bài cùng chuyên mục", None])
    items = [r.choice([h, f"{h} ({_day(r)})", f"• {h}"]) for h in r.sample(_H101, r.randint(2, 4))]
    return ([_b(head, "related_links", "h3")] if head else []) + [_b(x, "related_links", "li") for x in items]


def _tail101(r: random.Random) -> list[T.Line]:
    out = [_b(r.choice([f"Phạm {_given(r)} (Ban liên lạc)", f"Phạm {_given(r)} - chi họ {r.choice(_PROVS)}",
                        f"Người viết: Phạm {_given(r)}", "Ban Biên tập website", f"Ảnh: Phạm {_given(r)}"]), "byline")]
    if r.random() < 0.35:
        out.append(_b(r.choice(["Nguồn: Gia phả họ Phạm (bản dịch 1998)", "Theo Tạp chí Dòng họ Việt",
                                "(Tư liệu gia đình cung cấp)"]), "source"))
    if r.random() < 0.45:
        out.append(_b(r.choice(["Thẻ: ", "Từ khóa: "]) + ", ".join(r.sample(
            ["giỗ tổ", "gia phả", "từ đường", "khuyến học", "công đức", "họ Phạm", "cội nguồn"], 3)), "tags"))
    if r.random() < 0.2:
        out.append(_b(r.choice(["(Còn nữa)", "Kỳ sau: Chi họ Phạm ở miền Tây", "Mời đọc tiếp phần 2"]), "continuation"))
    out.append(_b(r.choice(["Chia sẻ | In bài", "Gửi bài cho người thân", "Chia sẻ lên Facebook",
                            f"Đã xem: {r.randint(50, 5000)} lần"]), "share_widget"))
    return out


def _below101(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.5:
        out += [_b(x, "advert", "promo") for x in r.choice([
            ["Quỹ Khuyến học họ Phạm Phương Nam", f"Số tài khoản: {r.randint(10**11, 10**12 - 1)}",
             "Ngân hàng Nông nghiệp chi nhánh Nam Định"],
            ["Tiếp nhận công đức xây dựng từ đường", f"Liên hệ thủ quỹ: {_tel(r)}"]])]
    if r.random() < 0.5:
        out += [_b(x, "comment_prompt", "below") for x in r.choice([
            ["Ý kiến con cháu", "Gửi ý kiến"], ["Viết cảm nhận của bạn", "Họ tên", "Chi họ", "Gửi"]])]
    if r.random() < 0.65:
        out.append(_b(r.choice(["Các tin khác", "Tin mới đăng", "Xem tiếp"]), "related_links", "below-h"))
        out += [_b(r.choice([h, f"{h} ({_day(r)})"]), "related_links", "below") for h in r.sample(_H101, r.randint(3, 5))]
    return out


def _side101(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        out.append(_b(r.choice(["Chi họ các tỉnh", "Liên kết dòng họ"]), "related_links", "h4"))
        out += [_b(f"Chi họ Phạm {x}", "related_links", "li") for x in r.sample(
            ["Nam Định", "Thái Bình", "Hải Dương", "Nghệ An", "Quảng Nam", "Bến Tre", "Cần Thơ"], r.randint(3, 5))]
    if r.random() < 0.45:
        out.append(_b(f"Đang truy cập: {r.randint(2, 60)}", "share_widget", "counter"))
        out.append(_b(f"Tổng lượt truy cập: {_num(r.randint(20000, 900000), 0)}", "share_widget", "counter"))
    return out


def _foot101(r: random.Random) -> list[T.Line]:
    lines = ["Website Họ Phạm Phương Nam - Nơi kết nối con cháu muôn phương",
             f"Trưởng ban biên tập: Phạm {_given(r)}",
             f"Từ đường: thôn Đông, {r.choice(_COMMUNES)}, tỉnh {r.choice(['Nam Định', 'Thái Bình'])}",
             f"Điện thoại liên hệ: {_tel(r)} - Email: lienhe@hophamphuongnam.org.vn",
             "Website hoạt động phi lợi nhuận. Ghi rõ nguồn khi trích dẫn"]
    return [_b(x, "footer") for x in lines if r.random() < 0.8]


# -- page assembly ------------------------------------------------------------------------------------

_PARTS = {98: (_head98, _traps98, _box98, _tail98, _below98, _side98, _foot98),
          99: (_head99, _traps99, _box99, _tail99, _below99, _side99, _foot99),
          100: (_head100, _traps100, _box100, _tail100, _below100, _side100, _foot100),
          101: (_head101, _traps101, _box101, _tail101, _below101, _side101, _foot101)}
_HEADLINES = {98: _H98, 99: _H99, 100: _H100, 101: _H101}


def _dateline(r: random.Random, fam: int) -> T.Line:
    d, t = _day(r), f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    forms = {98: [f"{_weekday(r)}, {d}, {t}", f"Cập nhật: {t} ngày {d}", f"{d} {t}"],
             99: [f"Ngày cập nhật: {d}", f"Ngày đăng: {d} {t}", f"{d}"],
             100: [f"{d} - {t}", f"{r.randint(1, 23)} giờ trước", f"Đăng lúc {t}, {d}"],
             101: [f"Đăng ngày: {d}", f"{_weekday(r)}, {d}", f"{d} | {t}"]}[fam]
    return _b(r.choice(forms), "dateline", "date")


def _inline(r: random.Random, fam: int) -> T.Line:
    lead = r.choice([">> Xem thêm: ", "Xem thêm: ", "Đọc thêm: ", "► ", "Mời xem: "])
    return _b(lead + r.choice(_HEADLINES[fam]), "related_links", "inline")


def _credit(r: random.Random, fam: int) -> T.Line:
    who = _given(r)
    forms = {98: [f"Ảnh: {who}", "Ảnh: Tư liệu", f"Ảnh tư liệu: {who}"],
             99: ["Ảnh: Cục Thống kê", f"Ảnh: {who}", "Đồ họa: Ban Biên tập"],
             100: ["Ảnh: Riot Games", "Ảnh chụp màn hình", f"Ảnh: {r.choice(_NICKS)}", "Nguồn ảnh: Internet"],
             101: [f"Ảnh: Phạm {who}", "Ảnh: Ban liên lạc họ", "Ảnh tư liệu gia đình"]}[fam]
    return _b(r.choice(forms), "byline", "credit")


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
    if where < 0.2:
        body.append(dl)
    body.append(T.Line(title, "title", "h1"))
    if 0.2 <= where < 0.85:
        body.append(dl)
    top_by = r.random() < 0.3
    if top_by:
        body.append(_b(r.choice([_name(r), f"{_given(r)} - {_given(r)}", f"Bài và ảnh: {_name(r)}"]), "byline",
                       "author-top"))
    body.append(_c(sapo, "sapo"))
    blocks = traps(r)
    r.shuffle(blocks)
    chosen = blocks[:r.choice([2, 3, 3, 4, 4])]
    slots = len(paras) + 1
    at: dict[int, list[list[T.Line]]] = {}
    for blk in chosen:
        end = blk[0].tag == "close"  # a closing formula stays at the end of the article
        at.setdefault(len(paras) if end else r.randint(1, slots - 1) if slots > 1 else 0, []).append(blk)
    box_at = r.randint(0, max(0, len(paras) - 1)) if r.random() < 0.75 else -1
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
    if r.random() < 0.35:
        _drop_stop(body)
    tl = tail(r)
    if top_by:
        tl = tl[1:]  # the byline was printed above the sapo
    if r.random() < 0.35:
        r.shuffle(tl)
    body += tl
    page.body = body
    page.side = below(r) + side(r)
    page.foot = foot(r)
    return page


# -- HTML ---------------------------------------------------------------------------------------------

_CLS = {98: "ccb", 99: "tk", 100: "gt24", 101: "hp"}


def _link(text: str) -> str:
    return f"/tin/{zlib.crc32(text.encode()) % 10**7}.html"


def _run(lines: list[T.Line], i: int, pred) -> int:
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
            out.append(f"<h1 class='{_CLS[fam]}-detail-title'>{esc(x.text)}</h1>")
        elif x.label == "content":
            if x.tag in ("li", "ol", "td", "verse"):
                j = _run(lines, i, lambda y, tag=x.tag: y.label == "content" and y.tag == tag)
                grp = [esc(y.text) for y in lines[i:j]]
                if x.tag in ("li", "ol"):
                    lt = "ul" if x.tag == "li" else "ol"
                    out.append(f"<{lt} class='list'>" + "".join(f"<li>{g}</li>" for g in grp) + f"</{lt}>")
                elif x.tag == "td":
                    out.append("<table class='tbl' border='1'><tbody>"
                               + "".join(f"<tr><td>{g}</td></tr>" for g in grp) + "</tbody></table>")
                elif n % 2:
                    out.append("<div class='tho'>" + "".join(f"<p><em>{g}</em></p>" for g in grp) + "</div>")
                else:
                    out.append("<p class='tho' style='text-align:center'><em>" + "<br>".join(grp) + "</em></p>")
            elif x.tag == "quote":
                out.append(f"<blockquote><p>{esc(x.text)}</p></blockquote>")
            elif x.tag == "speaker":
                out.append(f"<p style='text-align:right'><em>{esc(x.text)}</em></p>")
            elif x.tag == "h2":
                out.append(f"<h2 class='sub'>{esc(x.text)}</h2>" if fam in (99, 100) else
                           f"<p><strong>{esc(x.text)}</strong></p>")
            elif x.tag == "sapo":
                out.append(f"<div class='sapo'><b>{esc(x.text)}</b></div>" if fam in (98, 101) else
                           f"<p class='lead'>{esc(x.text)}</p>")
            else:
                out.append(f"<p>{esc(x.text)}</p>")
        elif x.tag in ("h3", "li"):
            head = ""
            if x.tag == "h3":
                head = f"<h3 class='box-head'>{esc(x.text)}</h3>"
                i += 1
            j = i
            while j < len(lines) and lines[j].label != "content" and lines[j].tag == "li":
                j += 1
            items = "".join(f"<li><a href='{_link(y.text)}'>{esc(y.text)}</a></li>" for y in lines[i:j])
            out.append(f"<div class='box-lienquan'>{head}<ul>{items}</ul></div>")
            i = j
            continue
        elif x.label == "dateline":
            out.append(f"<div class='meta'><span class='time'>{esc(x.text)}</span></div>")
        elif x.label == "byline":
            if x.tag == "credit":
                out.append(f"<p class='img-caption'><em>{esc(x.text)}</em></p>")
            else:
                out.append(f"<p class='author' style='text-align:right'><b>{esc(x.text)}</b></p>")
        elif x.label == "source":
            out.append(f"<p class='nguon'><i>{esc(x.text)}</i></p>")
        elif x.label == "tags":
            out.append(f"<div class='tags'>{esc(x.text)}</div>")
        elif x.label == "share_widget":
            out.append(f"<div class='social'><a href='#'>{esc(x.text)}</a></div>")
        elif x.label == "continuation":
            out.append(f"<p style='text-align:right'><i>{esc(x.text)}</i></p>")
        elif x.tag in ("inline", "attach"):
            out.append(f"<p><a href='{_link(x.text)}'><strong>{esc(x.text)}</strong></a></p>")
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
    top = "".join(f"<div class='topbar-item'>{esc(x.text)}</div>" for x in page.head if x.tag == "top")
    nav = "".join(f"<li><a href='/m{i}'>{esc(x.text)}</a></li>" for i, x in enumerate(page.head) if x.tag == "nav")
    navline = "".join(f"<div class='menu-text'>{esc(x.text)}</div>" for x in page.head if x.tag == "navline")
    crumbs = "".join(f"<div class='breadcrumb'>{esc(x.text)}</div>" for x in page.head if x.tag == "crumb")
    body = _body_html(page.body, fam, n)
    below, aside = [], []
    for x in page.side:
        if x.tag == "below-h":
            below.append(f"<h3 class='title-box'>{esc(x.text)}</h3>")
        elif x.tag == "below" and x.label == "related_links":
            below.append(f"<div class='news-item'><a href='{_link(x.text)}'>{esc(x.text)}</a></div>")
        elif x.tag in ("below", "promo"):
            below.append(f"<div class='{x.label}'>{esc(x.text)}</div>")
        elif x.tag == "h4":
            aside.append(f"<h4 class='side-title'>{esc(x.text)}</h4>")
        elif x.tag == "counter":
            aside.append(f"<div class='counter'>{esc(x.text)}</div>")
        elif x.label == "related_links":
            aside.append(f"<li><a href='{_link(x.text)}'>{esc(x.text)}</a></li>")
        else:
            aside.append(f"<div class='side-row'>{esc(x.text)}</div>")
    foot = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    art = ("article class='detail'", "article") if fam in (98, 100) else ("div class='content-detail'", "div")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} | {esc(SITE_NAMES[fam])}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/chi-tiet/{n}.html'>"
        f"<meta property='og:site_name' content='{esc(SITE_NAMES[fam])}'></head><body>"
        f"<div class='topbar'>{top}</div>"
        f"<header><a class='logo' href='/'>{esc(SITE_NAMES[fam])}</a><nav><ul class='main-menu'>{nav}</ul>"
        f"{navline}</nav></header>{crumbs}"
        f"<div class='container'><div class='col-main'><{art[0]}>{body}</{art[1]}>"
        f"<section class='other-news'>{''.join(below)}</section></div>"
        f"<aside class='col-right'><ul>{''.join(aside)}</ul></aside></div>"
        f"<footer id='footer'>{foot}</footer></body></html>"
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
