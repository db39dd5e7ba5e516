"""Held-out half 5 of the line-labelled Vietnamese page benchmark: families 34-37, seed 10.

Written by an independent author who never saw the cleaning rules and never ran the cleaner or a
scorer on these pages. Four site kinds with wordings, layouts and pools of their own:

- 34: a provincial radio/TV station portal (live-channel bar, programme schedule in the sidebar,
  "Xem video" / player labels, broadcaster credits such as "BTV:", "PV - KTV:", "Nhóm PV ...",
  "Theo bản tin Thời sự 19h ..." source lines, weather on air, "Video cùng chuyên mục", feedback
  forms, a station footer with licence and director).
- 35: a news aggregator republishing other papers (source badges before or after the title,
  time-ago lines, "Theo ... | Xem bài gốc", "Nguồn: ...", "Báo X - cơ quan của ..." credits, cut
  articles ending in "Đọc tiếp tại ..." links, "Tin cùng chuyên mục" with time-ago items, a price
  ticker, login-to-comment prompts, an aggregator footer disclaiming the content).
- 36: a provincial police / legal paper (newsroom hotline bar, ranked bylines "Thượng tá ...",
  "Nhóm PV", "Ghi chép của ...", series "(Tiếp theo kỳ trước)", "(Còn nữa)", "Kỳ tới: ...",
  tip-off prompts and multi-line newsroom contact blocks, "Cùng loạt bài" lists, print/mail bars,
  a footer naming the provincial police as owner).
- 37: a provincial business / market paper (gold, exchange-rate and petrol price widgets in the
  head and sidebar, weather lines for several cities, "Bài PR" / "Thông tin doanh nghiệp" labels,
  multi-line sponsor blocks with company, address, hotline, website, "Liên hệ quảng cáo", tags,
  breadcrumbs of several forms, footers with "Giấy phép số ...", "Tổng Biên tập:" and address).

Labels: "title"/"content" for article text, otherwise one of BOILERPLATE. Precision traps (labelled
content) on about one page in five: hotline lists and hospital addresses after a disaster, closing
quotes, a short last sentence about a named person, section subheadings without a full stop, a last
paragraph without a full stop, sentences starting "Theo ông ..." / "Theo Bộ ...", and a reporting
sentence that lists prices.
"""

from __future__ import annotations

import html
import random
import unicodedata
import zlib
from collections.abc import Callable

from bench import vi_bench_templates as T

FAMILIES = (34, 35, 36, 37)
ARTICLE_OUTLETS = ("TT", "VNE", "NLD", "TN")
SEED = 10
OUTLETS: dict[int, str] = {34: "ngocsontv.org.vn", 35: "tinmoimoigio.net", 36: "anninhbacson.vn",
                           37: "doanhnhanhunglam.vn"}
SITE_NAMES = {34: "Đài PT-TH Ngọc Sơn", 35: "Tin Mới Mỗi Giờ", 36: "Báo An ninh Bắc Sơn",
              37: "Báo Doanh nhân Hưng Lam"}

BOILERPLATE = ("menu", "breadcrumb", "dateline", "related_links", "see_more", "weather", "prices", "share_widget",
               "comment_prompt", "tags", "byline", "source", "continuation", "advert", "footer", "widget_label")
LABELS = ("title", "content") + BOILERPLATE

L = T.Line

# -- pools of our own -----------------------------------------------------------------------------

HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Cao", "Châu",
      "Kiều", "Quách", "La", "Thái", "Hà", "Tô", "Lâm", "Đoàn", "Triệu"]
DEM = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc", "Xuân", "Kim", "Bảo", "Thùy", "Hoài", "Gia",
       "Công", "Diệu"]
TEN = ["Toàn", "Nga", "Bình", "Khoa", "Lộc", "Quyên", "Đạt", "Hưng", "Mai", "Oanh", "Phúc", "Thắng", "Vân",
       "Trí", "Uyên", "Kiên", "Hằng", "Nam", "Duy", "Loan", "Tài", "Hậu", "Giang", "Cường", "Tú", "Nhàn", "Sang"]
POLICE_RANKS = ["Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Đại tá"]
STREETS5 = ["Hùng Vương", "Quang Trung", "Nguyễn Huệ", "Phan Đình Phùng", "Bà Triệu", "Lê Lợi", "Ngô Quyền",
            "Trường Chinh", "Nguyễn Trãi", "Phạm Văn Đồng", "Võ Thị Sáu", "Yết Kiêu"]
PLACES = ["xã Tân Phú", "huyện Lạc Sơn", "phường An Hòa", "thị trấn Phú Mỹ", "xã Hải Đông", "huyện Đông Giang",
          "xã Ia Kriêng", "phường Thạch Bàn", "xã Vĩnh Thạnh", "huyện Kỳ Anh", "xã Nghĩa Hưng", "thị xã Ba Đồn"]
CITIES5 = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Huế", "Quy Nhơn", "Buôn Ma Thuột", "Cần Thơ", "Cà Mau", "Lạng Sơn",
           "Điện Biên", "Vũng Tàu", "Đà Lạt", "Pleiku", "Hạ Long", "Thanh Hóa"]
SKY = ["nắng", "nhiều mây", "mưa rào", "có mưa", "nắng nóng", "mưa dông", "trời rét", "sương mù", "âm u"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SOURCES = ["Thanh Niên", "Tiền Phong", "Dân Trí", "VietNamNet", "Lao Động", "Người Lao Động", "Tuổi Trẻ",
           "VnExpress", "Sài Gòn Giải Phóng", "Nhân Dân", "Công Thương", "Pháp Luật TP.HCM", "Đời sống & Pháp luật",
           "Kinh tế & Đô thị", "Vietnam+", "Znews", "Giáo dục & Thời đại"]
SOURCE_OWNERS = {"Thanh Niên": "Trung ương Hội Liên hiệp Thanh niên Việt Nam",
                 "Tiền Phong": "Trung ương Đoàn TNCS Hồ Chí Minh",
                 "Lao Động": "Tổng Liên đoàn Lao động Việt Nam",
                 "Người Lao Động": "Thành ủy TP Hồ Chí Minh",
                 "Nhân Dân": "Trung ương Đảng Cộng sản Việt Nam",
                 "Công Thương": "Bộ Công Thương", "Sài Gòn Giải Phóng": "Đảng bộ TP Hồ Chí Minh",
                 "Giáo dục & Thời đại": "Bộ Giáo dục và Đào tạo"}
TAGS5 = ["an toàn giao thông", "mưa lũ", "nông sản", "giá vàng", "lừa đảo qua mạng", "tín dụng đen", "ma túy",
         "xuất khẩu", "doanh nghiệp", "chuyển đổi số", "học sinh", "bảo hiểm xã hội", "nhà ở xã hội",
         "cháy nổ", "đầu tư công", "thời tiết", "OCOP", "du lịch biển", "điện lực", "thu ngân sách"]

HEADLINES: dict[int, list[str]] = {
    34: ["Bản tin Thời sự tối {d}", "Người dân {p} phấn khởi đón nước sạch về làng",
         "Nông dân {p} thu hoạch lúa sớm tránh mưa bão", "Khánh thành cầu dân sinh nối hai bờ sông ở {p}",
         "Phóng sự: Mùa nước nổi ở {p}", "Tọa đàm trực tuyến về chuyển đổi số cấp xã",
         "{k} học sinh nghèo được trao học bổng", "Gương sáng: Người thương binh làm kinh tế giỏi ở {p}",
         "Chương trình Nông nghiệp - Nông thôn số {k}", "Điều chỉnh lịch phát sóng dịp nghỉ lễ"],
    35: ["Giá xăng có thể giảm mạnh trong kỳ điều hành tới", "Hơn {k} nghìn thí sinh đăng ký xét tuyển sớm",
         "Lãi suất tiết kiệm tiếp tục giảm ở nhiều ngân hàng", "Cảnh báo thủ đoạn giả danh nhân viên điện lực",
         "Thời tiết {d}: Bắc Bộ mưa rét, Nam Bộ nắng nóng", "Phát hiện hàng nghìn sản phẩm mỹ phẩm giả",
         "Tàu cá {p} gặp nạn, {k} ngư dân được cứu", "Giá thịt heo hơi tăng trở lại",
         "Tỷ giá hôm nay: USD tăng nhẹ", "Ra mắt sản phẩm OCOP mới của {p}"],
    36: ["Triệt phá đường dây đánh bạc qua mạng quy mô {k} tỷ đồng", "Bắt đối tượng cướp giật tài sản ở {p}",
         "Cảnh giác chiêu lừa 'hỗ trợ lấy lại tiền bị lừa'", "Khởi tố {k} bị can trong vụ khai thác cát trái phép",
         "Hồ sơ vụ án: Cái kết của kẻ cho vay nặng lãi", "Tuổi trẻ Công an tỉnh ra quân hè tình nguyện",
         "Truy bắt thành công đối tượng trốn truy nã sau {y} năm", "Xử phạt {k} trường hợp vi phạm nồng độ cồn",
         "Phòng cháy chữa cháy: Những bài học từ vụ hỏa hoạn ở {p}", "Tuyên truyền phòng chống ma túy học đường"],
    37: ["Giá cà phê hôm nay {d} tăng mạnh", "{k} doanh nghiệp tham gia hội chợ hàng Việt",
         "Doanh nghiệp {p} xuất lô sầu riêng đầu tiên", "Ngân hàng hạ lãi suất cho vay hỗ trợ hộ kinh doanh",
         "Thu hút đầu tư vào khu công nghiệp phía Nam tỉnh", "Giá vàng hôm nay {d}: Quay đầu giảm",
         "Hợp tác xã {p} nâng hạng sản phẩm OCOP", "Giá xăng dầu hôm nay {d}",
         "Chợ truyền thống vắng khách, tiểu thương lo lắng", "Doanh nhân trẻ khởi nghiệp từ cây dược liệu"],
}

SUBHEADS = ["Khó khăn chồng chất", "Chờ lời giải từ chính quyền", "Người dân phấn khởi", "Cần giải pháp căn cơ",
            "Bài học từ thực tế", "Những con số biết nói", "Nỗi lo mùa mưa bão", "Kỳ vọng vào năm tới",
            "Vào cuộc quyết liệt", "Hướng đi mới cho nông dân", "Tín hiệu tích cực", "Thủ đoạn tinh vi"]
POSTS = ["Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Chủ tịch UBND huyện", "Phó Giám đốc Sở Công Thương",
         "Trưởng phòng Cảnh sát hình sự", "chuyên gia kinh tế", "Phó Chủ tịch UBND xã", "Giám đốc Bệnh viện đa khoa tỉnh",
         "Chi cục trưởng Chi cục Quản lý thị trường"]
MINISTRIES = ["Bộ Y tế", "Bộ Công Thương", "Bộ Tài chính", "Bộ Giáo dục và Đào tạo", "Bộ Công an", "Bộ Xây dựng",
              "Bộ Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"]


# -- small generators ------------------------------------------------------------------------------


def full_name(r: random.Random, male: bool = False) -> str:
    """A Vietnamese full name of three (sometimes four) syllables."""
    dem = [d for d in DEM if d != "Thị"] if male else DEM
    parts = [r.choice(HO), r.choice(dem)] + ([r.choice(DEM[2:])] if r.random() < 0.15 else []) + [r.choice(TEN)]
    return " ".join(parts)


def ascii_slug(text: str) -> str:
    """URL slug without diacritics, as Vietnamese sites write them."""
    flat = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch)).lower()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in flat).split())


def pen_name(r: random.Random) -> str:
    """A short byline name: "Hoài Nam", "T. Hằng", "Q.Trí"."""
    given, last = r.choice(DEM + TEN), r.choice(TEN)
    form = r.randrange(4)
    if form == 0:
        return f"{given[0]}. {last}"
    if form == 1:
        return f"{given[0]}.{last}"
    return f"{given} {last}"


def tel(r: random.Random, mobile: bool | None = None) -> str:
    """A phone number in one of several ways of writing it."""
    if mobile is None:
        mobile = r.random() < 0.5
    if mobile:
        d = f"09{r.randint(10, 99)}{r.randint(100000, 999999)}"
        return r.choice([d, f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}"])
    area = r.choice(["0203", "0205", "0237", "0238", "0255", "0260", "0269", "0292"])
    num = f"{r.randint(100, 999)}{r.randint(1000, 9999)}"
    return r.choice([f"{area} {num[:3]} {num[3:]}", f"({area}) {num}", f"{area}.{num[:3]}.{num[3:]}"])


def day(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(2008, 2024)


def dmy(r: random.Random, sep: str = "/", pad: bool = True) -> str:
    d, m, y = day(r)
    return f"{d:02d}{sep}{m:02d}{sep}{y}" if pad else f"{d}{sep}{m}{sep}{y}"


def hhmm(r: random.Random) -> str:
    return f"{r.randint(5, 23):02d}:{r.randint(0, 59):02d}"


def ago(r: random.Random) -> str:
    """A time-ago stamp as aggregators print it."""
    return r.choice([f"{r.randint(2, 59)} phút trước", f"{r.randint(1, 23)} giờ trước", "1 ngày trước",
                     f"Hôm qua lúc {hhmm(r)}", "Vừa xong", f"{r.randint(2, 6)} ngày trước"])


def fill(r: random.Random, pattern: str) -> str:
    d, m, _ = day(r)
    return pattern.format(p=r.choice(PLACES), k=r.randint(3, 120), y=r.randint(2, 19), d=f"{d}/{m}")


def headline(r: random.Random, fam: int) -> str:
    return fill(r, r.choice(HEADLINES[fam]))


def cap_first(s: str) -> str:
    return s[:1].upper() + s[1:]


def maybe_upper(r: random.Random, s: str, p: float = 0.25) -> str:
    return s.upper() if r.random() < p else s


def address(r: random.Random, city: str) -> str:
    return f"Số {r.randint(1, 320)} {r.choice(STREETS5)}, {r.choice(['phường', 'P.'])} {r.choice(TEN)} {r.choice(TEN)}, {city}"


def lines(texts: list[str], label: str, tag: str = "p") -> list[T.Line]:
    return [L(t, label, tag) for t in texts]


def related(r: random.Random, fam: int, k: int, suffix: Callable[[random.Random], str] | None = None,
            tag: str = "li") -> list[T.Line]:
    """k related headlines from distinct patterns, optionally followed by a time or source stamp."""
    out = []
    for pattern in r.sample(HEADLINES[fam], min(k, len(HEADLINES[fam]))):
        h = fill(r, pattern)
        out.append(L(h + (suffix(r) if suffix else ""), "related_links", tag))
    return out


def insert_inside(body: list[T.Line], block: list[T.Line], r: random.Random) -> None:
    """Put a block between two article paragraphs (never first, last, or inside another block)."""
    spots = [i for i in range(1, len(body)) if body[i - 1].label == "content" and body[i].label == "content"]
    if not spots or not block:
        return
    pos = r.choice(spots)
    body[pos:pos] = block


def sep(r: random.Random) -> str:
    return r.choice([" | ", " · ", " - ", " / ", " • "])


# -- precision traps (all labelled content) ---------------------------------------------------------


def trap_lines(r: random.Random, paras: list[T.Line], fam: int) -> list[T.Line]:
    """Mutate the article paragraphs with one or two content traps; return lines to append at the end."""
    kinds = r.sample(["hotlines", "hospitals", "quote", "person", "subheads", "nostop", "theo", "prices"], 2)
    if fam == 37 and r.random() < 0.6:
        kinds[0] = "prices"
    tail: list[T.Line] = []
    for kind in kinds:
        if kind == "hotlines":
            tail.append(L(r.choice(["Các số điện thoại đường dây nóng hỗ trợ người dân vùng lũ:",
                                    "Người dân cần hỗ trợ khẩn cấp có thể liên hệ các số điện thoại sau:",
                                    "Danh sách đường dây nóng tiếp nhận thông tin cứu hộ, cứu nạn:"]), "content"))
            units = ["Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
                     "Công an tỉnh (trực ban)", "Bộ đội Biên phòng tỉnh", "UBND huyện Lạc Sơn",
                     "Cảnh sát PCCC và CNCH", "Trung tâm cấp cứu 115"]
            mark, tag = r.choice(["- ", "+ ", ""]), r.choice(["p", "li"])
            for u in r.sample(units, r.randint(3, 5)):
                tail.append(L(f"{mark}{u}: {tel(r)}", "content", tag))
        elif kind == "hospitals":
            tail.append(L(r.choice(["Các nạn nhân đang được điều trị tại:",
                                    "Người bị thương được chuyển đến các bệnh viện sau:"]), "content"))
            for hosp in r.sample(["Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa khu vực phía Bắc",
                                  "Trung tâm Y tế huyện Đông Giang", "Bệnh viện Quân y 17",
                                  "Bệnh viện Chấn thương chỉnh hình"], r.randint(2, 3)):
                tail.append(L(f"{hosp}, {address(r, 'TP Bắc Sơn')}. Điện thoại: {tel(r, False)}", "content"))
        elif kind == "quote":
            q = r.choice(["Chúng tôi sẽ tiếp tục theo dõi sát diễn biến và báo cáo cấp trên",
                          "Điều chúng tôi mong nhất lúc này là có nước sạch để dùng",
                          "Làm ăn bây giờ khó lắm, nhưng bỏ nghề thì không đành",
                          "Không ai bị bỏ lại phía sau"])
            who = r.choice([f"ông {r.choice(TEN)} nói", f"bà {r.choice(TEN)} chia sẻ", f"anh {r.choice(TEN)} nói",
                            "vị lãnh đạo khẳng định"])
            tail.append(L(r.choice([f"“{q}”, {who}.", f"\"{q}\", {who}.", f"“{q}”."]), "content"))
        elif kind == "person":
            n = r.choice(TEN)
            tail.append(L(r.choice([f"Hiện sức khỏe của anh {n} đã ổn định.", f"Bà {n} đã được đưa về nhà.",
                                    f"Ông {n} đã nhận lỗi.", f"Chị {n} xuất viện ngày hôm sau.",
                                    f"Anh {n} năm nay 34 tuổi."]), "content"))
        elif kind == "subheads" and len(paras) >= 3:
            for _ in range(r.randint(1, 2)):
                pos = r.randint(1, len(paras) - 1)
                paras.insert(pos, L(r.choice(SUBHEADS), "content", r.choice(["h2", "h3", "p"])))
        elif kind == "nostop" and paras:
            last = paras[-1]
            last.text = last.text.rstrip().rstrip(".").rstrip()
        elif kind == "theo":
            if r.random() < 0.5:
                txt = (f"Theo ông {full_name(r, male=True)}, {r.choice(POSTS)}, thời gian tới địa phương sẽ tiếp tục rà soát, "
                       f"hỗ trợ những hộ còn khó khăn.")
            else:
                txt = (f"Theo {r.choice(MINISTRIES)}, từ đầu năm đến nay đã có {r.randint(12, 900)} trường hợp "
                       f"được ghi nhận, tăng so với cùng kỳ.")
            if len(paras) >= 2:
                paras.insert(r.randint(1, len(paras)), L(txt, "content"))
            else:
                tail.append(L(txt, "content"))
        elif kind == "prices":
            goods = r.choice([("lúa tươi", "đồng/kg", 6, 9, 100), ("cà phê nhân xô", "đồng/kg", 90, 120, 1000),
                              ("tiêu đen", "đồng/kg", 120, 150, 1000), ("heo hơi", "đồng/kg", 52, 65, 1000),
                              ("xăng RON 95-III", "đồng/lít", 21, 25, 1000)])
            lo = r.randint(goods[2], goods[3]) * goods[4]

            def vnd(x: int) -> str:
                return f"{x:,}".replace(",", ".")

            txt = (f"Ghi nhận tại {r.choice(PLACES)} sáng nay, giá {goods[0]} dao động {vnd(lo)} - "
                   f"{vnd(lo + goods[4])} {goods[1]}, tăng {vnd(max(goods[4] // 2, 50))} {goods[1]} so với tuần trước.")
            if len(paras) >= 2:
                paras.insert(r.randint(1, len(paras)), L(txt, "content"))
            else:
                tail.append(L(txt, "content"))
    return tail


def article_lines(article: list[str], r: random.Random, fam: int) -> tuple[T.Line, list[T.Line], list[T.Line]]:
    """Title line, paragraph lines (traps inserted) and trap lines that close the article."""
    title = L(article[0].strip(), "title", "h1")
    paras = [L(p.strip(), "content") for p in article[1:] if p.strip()]
    tail = trap_lines(r, paras, fam) if r.random() < 0.2 else []
    return title, paras, tail


# -- family 34: provincial radio / TV station ----------------------------------------------------------


def _fam34(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(34, OUTLETS[34])
    title, paras, closing = article_lines(article, r, 34)
    head, body, side, foot = page.head, page.body, page.side, page.foot
    bar = r.sample(["Trực tiếp", "Lịch phát sóng", "Video", "Podcast", "Phát thanh", "Truyền hình", "Radio online",
                    "Xem lại"], r.randint(3, 6))
    if r.random() < 0.5:
        head.append(L(sep(r).join(bar), "menu", "div"))
    else:
        head += lines(bar, "menu", "li")
    if r.random() < 0.6:
        chans = ["NSTV1", "NSTV2", f"FM {r.choice(['96,3', '98,5', '102,7'])} MHz", "NSTV HD"]
        head.append(L(r.choice(["Kênh: ", "Xem trực tiếp: ", "▶ "]) + r.choice([", ", " | ", "  "]).join(chans),
                      "menu", "div"))
    if r.random() < 0.55:
        d, m, y = day(r)
        head.append(L(r.choice([f"{r.choice(WEEKDAYS)}, ngày {d} tháng {m} năm {y}",
                                f"{r.choice(WEEKDAYS)}, {d:02d}/{m:02d}/{y}", f"Hôm nay: {d}/{m}/{y}"]),
                      "dateline", "div"))
    if r.random() < 0.35:
        head.append(L(f"{r.choice(['Ngọc Sơn', 'TP Ngọc Sơn'])} {r.randint(18, 35)}°C {r.choice(SKY)}", "weather",
                      "span"))
    sections = ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Quốc phòng - An ninh", "Văn hóa - Thể thao",
                "Nông nghiệp - Nông thôn", "Chương trình", "Phóng sự", "Tiếng dân tộc", "Góc nhìn"]
    menu = r.sample(sections, r.randint(6, 9))
    menu = [maybe_upper(r, x, 0.3) for x in menu] if r.random() < 0.3 else menu
    if r.random() < 0.7:
        head += lines(["Trang chủ"] + menu, "menu", "li")
    else:
        head.append(L(r.choice(["  ", " | "]).join(menu), "menu", "div"))
    sec = r.choice(sections)
    form = r.randrange(4)
    if form == 0:
        head.append(L(f"Trang chủ / {sec} / {r.choice(['Trong tỉnh', 'Trong nước', 'Địa phương'])}", "breadcrumb"))
    elif form == 1:
        head += lines(["Trang chủ", sec], "breadcrumb", "li")
    elif form == 2:
        head.append(L(maybe_upper(r, sec, 0.7), "breadcrumb", "div"))
    # body
    if r.random() < 0.25:
        body.append(L(r.choice(["Thời sự", "Tin trong tỉnh", "Phóng sự"]) + r.choice([" »", " >", ""]),
                      "breadcrumb", "div"))
    body.append(title)
    stamp = r.choice([f"Cập nhật lúc {hhmm(r)} ngày {dmy(r)}", f"{dmy(r, '-')} | {hhmm(r)}",
                      f"{hhmm(r)}, {dmy(r, pad=False)}", f"Đăng lúc: {dmy(r)} {hhmm(r)} GMT+7",
                      f"{dmy(r)} - {hhmm(r)} | Lượt xem: {r.randint(40, 9000):,}".replace(",", ".")])
    body.append(L(stamp, "dateline", "time"))
    if r.random() < 0.6:
        body.append(L(r.choice(["Xem video", "▶ Xem video", "Video", "XEM VIDEO", "Nghe audio",
                                f"Thời lượng: {r.randint(1, 9):02d}:{r.randint(0, 59):02d}"]), "widget_label", "div"))
    if r.random() < 0.2:
        body.append(L(r.choice(["Chia sẻ", "Chia sẻ bài viết"]) + ": Facebook | Zalo", "share_widget", "div"))
    top = len(body)
    body += paras
    inner = body[top:]
    if r.random() < 0.4:
        insert_inside(inner, [L(f"{r.choice(['Xem thêm:', 'Xem thêm >>', '>> Xem thêm:', 'Mời xem:'])} "
                                f"{headline(r, 34)}", "see_more")], r)
    if r.random() < 0.3:
        insert_inside(inner, [L(r.choice(["Video cùng chuyên mục", "Video liên quan", "Có thể bạn quan tâm"]),
                                "widget_label", "h3")] + related(r, 34, r.randint(2, 3)), r)
    if r.random() < 0.25:
        insert_inside(inner, [L(r.choice(["Quảng cáo", "QUẢNG CÁO", "- Quảng cáo -"]), "advert", "div")], r)
    body[top:] = inner
    body += closing
    # tail
    form = r.randrange(6)
    if form == 0:
        body.append(L(f"BTV: {pen_name(r)}", "byline"))
    elif form == 1:
        body.append(L(f"PV: {pen_name(r)} - KTV: {pen_name(r)}", "byline"))
    elif form == 2:
        body.append(L(r.choice(["Nhóm PV Thời sự", "Nhóm phóng viên", "Nhóm PV - KTV Ban Thời sự"]), "byline"))
    elif form == 3:
        body.append(L(f"{pen_name(r)} - {pen_name(r)}", "byline"))
    elif form == 4:
        body.append(L(f"{pen_name(r)} (NSTV)", "byline"))
    else:
        body.append(L(f"Phóng viên: {full_name(r)}; Quay phim: {pen_name(r)}; Biên tập: {pen_name(r)}", "byline"))
    if r.random() < 0.55:
        hour = r.choice(["Thời sự 19h", "Thời sự trưa", "Thời sự tối", "Chào buổi sáng", "Nông nghiệp - Nông thôn"])
        body.append(L(r.choice([f"Theo bản tin {hour} ngày {dmy(r, pad=False)}", f"(Theo {hour} NSTV)",
                                f"Nguồn: Chương trình {hour}", f"Theo bản tin {hour.lower()}"]), "source"))
    if r.random() < 0.12:
        body.append(L(r.choice(["Mời quý vị đón xem phần tiếp theo trong bản tin ngày mai.",
                                "(Còn tiếp)", "Phần 2 sẽ được phát sóng vào tối thứ Bảy tuần này."]),
                      "continuation"))
    if r.random() < 0.5:
        body.append(L(r.choice(["Từ khóa: ", "Tags: ", "Từ khóa "]) + ", ".join(r.sample(TAGS5, r.randint(2, 4))),
                      "tags"))
    share_form = r.randrange(3)
    if share_form == 0:
        body += lines(["Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"], "share_widget", "li")
    elif share_form == 1:
        body.append(L(r.choice(["Facebook  Zalo  Email  In bài", "Like 12 | Share | Zalo", "Chia sẻ Facebook Twitter"]),
                      "share_widget", "div"))
    if r.random() < 0.5:
        body += lines(r.choice([["Ý kiến khán giả", "Họ và tên", "Email", "Nội dung ý kiến", "Gửi ý kiến"],
                                ["Gửi ý kiến của bạn về chương trình"],
                                [f"Góp ý chương trình xin gửi về hộp thư: bandoc@{OUTLETS[34]}"],
                                ["Bình luận", "Viết bình luận..."]]), "comment_prompt", "div")
    if r.random() < 0.5:
        if r.random() < 0.5:
            body.append(L(r.choice(["Tin cùng chuyên mục", "Tin khác", "CÁC TIN KHÁC"]), "widget_label", "h3"))
        body += related(r, 34, r.randint(3, 5), (lambda q: f" ({dmy(q)})") if r.random() < 0.4 else None)
    # side: programme schedule and most watched
    side.append(L(r.choice(["Lịch phát sóng", "LỊCH PHÁT SÓNG", "Lịch phát sóng NSTV1"]), "widget_label", "h3"))
    if r.random() < 0.5:
        side.append(L(r.choice(["Hôm nay | Ngày mai", "Hôm qua  Hôm nay  Ngày mai"]), "widget_label", "div"))
    progs = ["Thể dục buổi sáng", "Chào buổi sáng", "Thời sự trưa", "Tiếp sóng Thời sự VTV", "Phim truyện: Hương đất",
             "Bản tin cuối ngày", "Ca nhạc theo yêu cầu", "Nông nghiệp - Nông thôn", "Thời sự tiếng Khmer",
             "Sân khấu cải lương", "Câu chuyện pháp luật", "Dự báo thời tiết"]
    hours = sorted(r.sample(range(5, 24), r.randint(4, 7)))
    for h, prog in zip(hours, r.sample(progs, len(hours)), strict=True):
        side.append(L(f"{h:02d}:{r.choice(['00', '15', '30', '45'])}{r.choice([' ', ' - ', '  '])}{prog}",
                      "widget_label", "li"))
    if r.random() < 0.4:
        side.append(L(r.choice(["Dự báo thời tiết", "Thời tiết"]), "widget_label", "h3"))
        for c in r.sample(CITIES5, r.randint(2, 4)):
            side.append(L(f"{c}: {r.randint(14, 24)} - {r.randint(25, 37)}°C, {r.choice(SKY)}", "weather", "li"))
    if r.random() < 0.6:
        side.append(L(r.choice(["Xem nhiều", "Video xem nhiều", "Đọc nhiều nhất"]), "widget_label", "h3"))
        side += related(r, 34, r.randint(3, 5))
    if r.random() < 0.3:
        side.append(L(r.choice(["Quảng cáo", "Liên hệ quảng cáo trên sóng"]), "advert", "div"))
        side.append(L(f"Phòng Dịch vụ - Quảng cáo: {tel(r, False)}", "advert", "div"))
    # foot
    if r.random() < 0.4:
        foot += lines(r.sample(["Giới thiệu", "Liên hệ", "Lịch phát sóng", "Quảng cáo", "Tuyển dụng", "Sơ đồ site"], 4),
                      "menu", "li")
    block = [maybe_upper(r, "Đài Phát thanh và Truyền hình Ngọc Sơn", 0.6),
             f"Giấy phép hoạt động {r.choice(['báo điện tử', 'trang TTĐT'])} số {r.randint(10, 600)}/GP-BTTTT ngày {dmy(r)}",
             f"{r.choice(['Giám đốc: ', 'Chịu trách nhiệm nội dung: Giám đốc ', 'Giám đốc Đài: '])}{full_name(r)}",
             f"Địa chỉ: {address(r, 'TP Ngọc Sơn')}",
             f"Điện thoại: {tel(r, False)}{r.choice([' - Fax: ', ' | Fax: '])}{tel(r, False)}",
             f"Email: {r.choice(['toasoan', 'ngocsontv', 'bbt'])}@{OUTLETS[34]}",
             "Ghi rõ nguồn “Đài PT-TH Ngọc Sơn” khi phát hành lại thông tin từ website này.",
             f"© {r.randint(2015, 2025)} NSTV. All rights reserved."]
    keep = [block[0]] + [b for b in block[1:] if r.random() < 0.7]
    foot += lines(keep, "footer", "div")
    return page


# -- family 35: news aggregator ------------------------------------------------------------------------


def _fam35(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(35, OUTLETS[35])
    title, paras, closing = article_lines(article, r, 35)
    head, body, side, foot = page.head, page.body, page.side, page.foot
    src = r.choice(SOURCES)
    cats = ["Mới nhất", "Nóng", "Thế giới", "Xã hội", "Kinh doanh", "Thể thao", "Giải trí", "Công nghệ",
            "Sức khỏe", "Ô tô - Xe máy", "Pháp luật", "Giáo dục", "Đời sống", "Video"]
    pick = r.sample(cats, r.randint(7, 10))
    if r.random() < 0.5:
        head += lines(pick, "menu", "li")
    else:
        head.append(L(r.choice([" · ", " | ", "   "]).join(pick), "menu", "div"))
    if r.random() < 0.35:
        head.append(L(r.choice(["Tìm kiếm tin tức...", "Nhập từ khóa tìm kiếm", "Tải ứng dụng Tin Mới Mỗi Giờ"]),
                      "widget_label", "div"))
    if r.random() < 0.3:
        gold = f"{r.randint(70, 88)},{r.randint(0, 99):02d}"
        head.append(L(r.choice([f"Vàng SJC {gold} {r.choice(['▲', '▼'])}  USD {r.randint(23, 25)}.{r.randint(100, 999)}",
                                f"Giá vàng: {gold} tr/lượng | Tỷ giá USD: 24.{r.randint(100, 999)} đ"]),
                      "prices", "div"))
    cat = r.choice(cats[2:])
    form = r.randrange(4)
    if form == 0:
        head.append(L(f"Tin Mới Mỗi Giờ › {cat} › {r.choice(['Tin nhanh', 'Thị trường', 'Sự kiện', 'Tổng hợp'])}",
                      "breadcrumb", "div"))
    elif form == 1:
        head += lines(["Trang chủ", cat], "breadcrumb", "li")
    elif form == 2:
        head.append(L(f"{cat} » {r.choice(['Trong nước', 'Quốc tế', 'Chuyên đề'])}", "breadcrumb", "div"))
    # body: source badge / time-ago around the title
    badge_first = r.random() < 0.4
    if badge_first:
        body.append(L(r.choice([src, f"Báo {src}", maybe_upper(r, src, 1.0)]), "source", "div"))
    body.append(title)
    if badge_first:
        body.append(L(r.choice([ago(r), f"{dmy(r)} {hhmm(r)}"]), "dateline", "time"))
    elif r.random() < 0.3:
        body.append(L(r.choice([f"Nguồn: {src}", f"Theo {src}", maybe_upper(r, src, 0.5)]), "source", "div"))
        body.append(L(r.choice([ago(r), f"Đăng {ago(r).lower()}", f"{hhmm(r)} {dmy(r, pad=False)}"]),
                      "dateline", "time"))
    else:
        body.append(L(r.choice([f"{src} · {ago(r)}", f"{ago(r)} | Nguồn: {src}", f"{src} - {dmy(r)} {hhmm(r)}"]),
                      "source", "div"))
    if r.random() < 0.2:
        body.append(L(r.choice(["Nghe đọc bài này", "Lưu tin", "Theo dõi Tin Mới Mỗi Giờ trên Google News"]),
                      "share_widget", "div"))
    cut = len(paras) >= 4 and r.random() < 0.3
    if cut:
        paras = paras[: r.randint(2, len(paras) - 1)]
        closing = []
    inner = list(paras)
    if r.random() < 0.45:
        insert_inside(inner, [L(r.choice(["Tin cùng chuyên mục", "Đọc thêm", "CÙNG CHUYÊN MỤC"]), "widget_label",
                                "h4")] + related(r, 35, r.randint(2, 4), lambda q: f" - {ago(q)}"), r)
    if r.random() < 0.35:
        insert_inside(inner, [L(f"{r.choice(['Xem thêm:', 'Đọc thêm >>', '>>', 'Có thể bạn quan tâm:'])} "
                                f"{headline(r, 35)}", "see_more")], r)
    if r.random() < 0.35:
        ad = [L(r.choice(["Tài trợ", "Advertisement", "Quảng cáo", "Được tài trợ"]), "advert", "div")]
        if r.random() < 0.6:
            ad.append(L(r.choice(["Vay tiêu dùng lãi suất 0%, giải ngân trong 15 phút",
                                  "Mở tài khoản online, nhận ngay 100.000đ", "Săn vé máy bay giá rẻ chỉ từ 199K",
                                  "Bảo hiểm sức khỏe trọn gói cho cả gia đình - Đăng ký ngay"]), "advert", "div"))
        insert_inside(inner, ad, r)
    body += inner + closing
    if cut:
        body.append(L(r.choice([f"Đọc tiếp tại {src} »", "Xem tiếp >>", f"Đọc toàn bài tại báo {src}",
                                "Xem nội dung đầy đủ tại nguồn", "... Đọc tiếp"]), "continuation", "a"))
    if r.random() < 0.25:
        body.append(L(pen_name(r) if r.random() < 0.6 else maybe_upper(r, full_name(r), 0.5), "byline"))
    form = r.randrange(5)
    if form == 0:
        body.append(L(f"Theo {src} | Xem bài gốc", "source"))
    elif form == 1:
        body.append(L(f"Nguồn: {r.choice(['Báo ', ''])}{src}", "source"))
    elif form == 2:
        owner = SOURCE_OWNERS.get(src, "Bộ Thông tin và Truyền thông")
        body.append(L(f"Báo {src} - {r.choice(['Cơ quan của', 'Cơ quan ngôn luận của'])} {owner}", "source"))
    elif form == 3:
        slug = "-".join(ascii_slug(title.text).split("-")[:8])
        body.append(L(f"Link bài gốc: https://{ascii_slug(src).replace('-', '')}.vn/{slug}-{r.randint(10**6, 10**7)}.html",
                      "source"))
    else:
        body.append(L(f"({src})", "source"))
    if r.random() < 0.5:
        ws = r.sample(TAGS5, r.randint(2, 4))
        body.append(L(r.choice([" ".join("#" + w.replace(" ", "") for w in ws), "Chủ đề: " + ", ".join(ws),
                                "Từ khóa: " + " · ".join(ws)]), "tags"))
    if r.random() < 0.6:
        body += lines(r.choice([["Chia sẻ", "Facebook", "Zalo", "Copy link"], ["Lưu tin | Chia sẻ | Báo lỗi"],
                                ["Thích", "Chia sẻ"]]), "share_widget", r.choice(["li", "div"]))
    if r.random() < 0.45:
        body += lines(r.choice([[f"Bình luận ({r.randint(0, 80)})", "Đăng nhập để bình luận"],
                                ["Viết bình luận của bạn..."], ["Ý kiến của bạn", "Gửi bình luận"]]),
                      "comment_prompt", "div")
    if r.random() < 0.6:
        if r.random() < 0.4:
            body.append(L(r.choice(["Tin liên quan", "Tin cùng nguồn", "Có thể bạn quan tâm"]), "widget_label", "h3"))
        body += related(r, 35, r.randint(3, 6), lambda q: f" · {q.choice(SOURCES)} · {ago(q)}"
                        if q.random() < 0.6 else f" ({ago(q)})")
    # side
    if r.random() < 0.7:
        side.append(L(r.choice(["Tin nóng", "Đọc nhiều", "XEM NHIỀU NHẤT", "Tin mới cập nhật"]), "widget_label", "h3"))
        side += related(r, 35, r.randint(4, 6))
    if r.random() < 0.45:
        side.append(L(r.choice(["Giá vàng hôm nay", "Tỷ giá - Giá vàng"]), "widget_label", "h3"))
        for brand in r.sample(["SJC", "DOJI", "PNJ", "Nhẫn 9999", "USD (VCB)", "EUR"], r.randint(2, 4)):
            a = r.randint(23000, 88000)
            side.append(L(f"{brand}{r.choice(['  ', ': '])}{a:,}{r.choice([' / ', ' - '])}{a + r.randint(200, 2000):,}"
                          .replace(",", "."), "prices", "li"))
    if r.random() < 0.3:
        side.append(L(f"Thời tiết {r.choice(CITIES5)}: {r.randint(16, 36)}°C", "weather", "div"))
    # foot
    foot += lines(r.sample(["Giới thiệu", "Điều khoản sử dụng", "Chính sách bảo mật", "Liên hệ", "Liên hệ quảng cáo",
                            "RSS"], 4), "menu", "li") if r.random() < 0.5 else []
    block = [r.choice(["Tin Mới Mỗi Giờ - Tổng hợp tin tức từ hơn 200 đầu báo", "TIN MỚI MỖI GIỜ",
                       "Tin Mới Mỗi Giờ - Đọc báo nhanh, tin tức 24h"]),
             r.choice(["Tin tức được tổng hợp tự động. Bản quyền thuộc về các cơ quan báo chí gốc.",
                       "Chúng tôi không chịu trách nhiệm về nội dung của các trang nguồn.",
                       "Mọi thông tin được trích dẫn và dẫn nguồn từ các báo điện tử chính thống."]),
             f"Giấy phép thiết lập trang thông tin điện tử tổng hợp số {r.randint(10, 500)}/GP-TTĐT "
             f"{r.choice(['do Sở Thông tin và Truyền thông Hà Nội cấp', 'ngày ' + dmy(r)])}",
             f"Chịu trách nhiệm nội dung: {full_name(r)}",
             f"Liên hệ: lienhe@{OUTLETS[35]}{r.choice([' - Hotline: ', ' | ĐT: '])}{tel(r)}"]
    foot += lines([block[0]] + [b for b in block[1:] if r.random() < 0.7], "footer", "div")
    if r.random() < 0.3:
        foot.append(L(f"Liên hệ quảng cáo: {tel(r, True)}", "advert", "div"))
    return page


# -- family 36: provincial police / legal paper ---------------------------------------------------------


def ranked(r: random.Random, caps: bool = False, senior: bool = False) -> str:
    """A name with a police rank, as the paper prints bylines and its editors."""
    s = f"{r.choice(POLICE_RANKS[:2] + ['Đại tá'] if senior else POLICE_RANKS)} {full_name(r)}"
    return s.upper() if caps else s


def _fam36(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(36, OUTLETS[36])
    title, paras, closing = article_lines(article, r, 36)
    head, body, side, foot = page.head, page.body, page.side, page.foot
    hot = tel(r, True)
    if r.random() < 0.6:
        head.append(L(r.choice([f"Đường dây nóng: {hot} | Email: toasoan@{OUTLETS[36]}", f"Hotline: {hot}",
                                f"Đường dây nóng tiếp nhận tin báo tội phạm: {hot}"]), "widget_label", "div"))
    if r.random() < 0.6:
        head.append(L(f"{r.choice(WEEKDAYS)}, {dmy(r)}", "dateline", "div"))
    secs = ["Thời sự", "An ninh trật tự", "Pháp luật", "Hồ sơ vụ án", "Phóng sự điều tra", "Cảnh báo lừa đảo",
            "Giao thông", "Phòng cháy chữa cháy", "Xây dựng lực lượng", "Bạn đọc", "Văn nghệ Công an", "Quốc tế"]
    pick = r.sample(secs, r.randint(6, 9))
    if r.random() < 0.4:
        pick = [x.upper() for x in pick]
    head += lines((["Trang chủ"] if r.random() < 0.6 else []) + pick, "menu", "li")
    sec = r.choice(secs)
    form = r.randrange(4)
    if form == 0:
        head.append(L(f"{sec} > {r.choice(['Phá án', 'Điều tra', 'Tin tức', 'Chuyện vụ án'])}", "breadcrumb", "div"))
    elif form == 1:
        head.append(L(f"Trang chủ / {sec}", "breadcrumb", "div"))
    elif form == 2:
        head += lines(["Trang chủ", sec, r.choice(["Tin trong tỉnh", "Góc khuất", "Điều tra theo đơn thư"])],
                      "breadcrumb", "li")
    else:
        head.append(L(f"Vị trí: {sec}", "breadcrumb", "div"))
    series = r.random() < 0.3
    part = r.randint(1, 4) if series else 0
    if series and r.random() < 0.5:
        head.append(L(r.choice(["Loạt bài: Cuộc chiến với tín dụng đen", "Chuyên đề: Lừa đảo qua mạng",
                                "Loạt bài điều tra: Cát tặc lộng hành"]), "widget_label", "div"))
    # body
    body.append(title)
    top_byline = r.random() < 0.35
    if top_byline:
        body.append(L(ranked(r) + (f" - {pen_name(r)}" if r.random() < 0.3 else ""), "byline", "div"))
    body.append(L(r.choice([f"{hhmm(r)} | {dmy(r)}", f"{dmy(r)} - {hhmm(r)}", f"Thứ {r.randint(2, 7)}, {dmy(r)} {hhmm(r)}",
                            f"Cập nhật: {hhmm(r)} {dmy(r, pad=False)}"]), "dateline", "time"))
    if series and part > 1:
        body.append(L(r.choice(["(Tiếp theo kỳ trước)", f"(Tiếp theo số báo ngày {dmy(r, pad=False)})",
                                "Tiếp theo kỳ trước"]), "continuation", "em"))
    inner = list(paras)
    if r.random() < 0.45:
        insert_inside(inner, [L(r.choice(["Bài liên quan", "TIN LIÊN QUAN", "Cùng chủ đề"]), "widget_label", "h4")]
                      + related(r, 36, r.randint(2, 3)), r)
    if r.random() < 0.35:
        insert_inside(inner, [L(f"{r.choice(['Xem thêm:', 'Đọc thêm:', '>> '])} {headline(r, 36)}", "see_more")], r)
    if r.random() < 0.25:
        insert_inside(inner, [L(r.choice(["Quảng cáo", "QC", "Advertisement"]), "advert", "div")], r)
    if r.random() < 0.15:
        insert_inside(inner, [L(r.choice(["Video: Hiện trường vụ việc", "Clip: Lời khai của đối tượng"]),
                                "widget_label", "div")], r)
    body += inner + closing
    if not top_byline:
        form = r.randrange(6)
        if form == 0:
            body.append(L(r.choice(["Nhóm PV", "Nhóm PV Pháp luật", "NHÓM PHÓNG VIÊN", "Nhóm PV Điều tra"]), "byline"))
        elif form == 1:
            body.append(L(ranked(r, caps=r.random() < 0.4), "byline"))
        elif form == 2:
            body.append(L(f"{ranked(r)} - {pen_name(r)}", "byline"))
        elif form == 3:
            body.append(L(f"{pen_name(r)} - {pen_name(r)}", "byline"))
        elif form == 4:
            body.append(L(f"{r.choice(['Ghi chép của ', 'Bút ký: '])}{ranked(r)}", "byline", "div"))
        else:
            body.append(L(f"{ranked(r)} ({r.choice(['Công an tỉnh Bắc Sơn', 'Phòng PC02', 'Công an huyện Lạc Sơn'])})",
                          "byline"))
    if r.random() < 0.2:
        body.append(L(r.choice(["(Theo CAND)", "Nguồn: Phòng Cảnh sát hình sự Công an tỉnh", "Theo Cổng TTĐT Bộ Công an",
                                "(Nguồn: Viện KSND tỉnh Bắc Sơn)"]), "source"))
    if series and part < 4:
        body.append(L(r.choice(["(Còn nữa)", "(Còn tiếp)", "(CÒN NỮA)"]), "continuation", "em"))
        if r.random() < 0.7:
            body.append(L(f"{r.choice(['Kỳ tới:', 'Kỳ sau:', f'Đón đọc kỳ {part + 1}:'])} "
                          f"{r.choice(['Những cú lừa ngoạn mục', 'Lộ diện kẻ cầm đầu', 'Lời giải cho bài toán quản lý', 'Cái giá phải trả'])}",
                          "continuation"))
    if r.random() < 0.55:
        body.append(L(r.choice([
            f"Bạn đọc có thông tin liên quan đến vụ việc, xin liên hệ đường dây nóng của Báo: {hot}.",
            f"Mọi thông tin tố giác tội phạm xin gửi về Tòa soạn qua email: toasoan@{OUTLETS[36]}",
            "Báo An ninh Bắc Sơn sẽ tiếp tục thông tin. Mời bạn đọc cung cấp thông tin qua đường dây nóng "
            f"{hot}, chúng tôi cam kết bảo mật danh tính."]), "comment_prompt"))
        if r.random() < 0.5:
            body += lines([r.choice(["ĐƯỜNG DÂY NÓNG", "Liên hệ Tòa soạn"]), f"Tòa soạn: {tel(r, False)}",
                           f"Hotline: {hot}", f"Email: banbandoc@{OUTLETS[36]}"], "comment_prompt", "div")
    if r.random() < 0.5:
        body.append(L(r.choice(["Tags: ", "Từ khóa: ", "Tag: "]) + r.choice([", ", "; ", " - "])
                      .join(r.sample(TAGS5, r.randint(2, 4))), "tags"))
    if r.random() < 0.6:
        body.append(L(r.choice(["In bài | Gửi email | Chia sẻ", "Chia sẻ bài viết: Facebook  Zalo",
                                "🖨 In  ✉ Gửi bài  ⤴ Chia sẻ"]), "share_widget", "div"))
    if r.random() < 0.4:
        body += lines(r.choice([["Ý kiến bạn đọc", "Gửi ý kiến"], ["Bạn đọc bình luận", "Họ tên", "Nội dung", "Gửi"],
                                ["Hãy là người đầu tiên bình luận bài viết này"]]), "comment_prompt", "div")
    if series and r.random() < 0.7:
        body.append(L(r.choice(["Cùng loạt bài", "Các kỳ đã đăng"]), "widget_label", "h4"))
        for k in range(1, min(part, 3) + 1):
            body.append(L(f"Kỳ {k}: {headline(r, 36)}", "related_links", "li"))
    if r.random() < 0.5:
        if r.random() < 0.4:
            body.append(L(r.choice(["Tin khác", "Các tin đã đưa"]), "widget_label", "h4"))
        body += related(r, 36, r.randint(3, 5), (lambda q: f" ({dmy(q)})") if r.random() < 0.35 else None)
    # side
    if r.random() < 0.6:
        side.append(L(r.choice(["CẢNH BÁO LỪA ĐẢO", "Cảnh giác", "Tin đọc nhiều", "Hồ sơ vụ án"]), "widget_label", "h3"))
        side += related(r, 36, r.randint(3, 5))
    if r.random() < 0.4:
        side.append(L(r.choice(["Liên hệ quảng cáo", "Quảng cáo"]), "advert", "div"))
        if r.random() < 0.6:
            side.append(L(f"Phòng Trị sự - Quảng cáo: {tel(r, False)}", "advert", "div"))
    # foot
    block = [r.choice(["BÁO AN NINH BẮC SƠN", "Báo An ninh Bắc Sơn"]),
             r.choice(["Cơ quan của Công an tỉnh Bắc Sơn", "Cơ quan chủ quản: Công an tỉnh Bắc Sơn"]),
             f"Tổng Biên tập: {ranked(r, senior=True)}", f"Phó Tổng Biên tập: {ranked(r, senior=True)}",
             f"Giấy phép số {r.randint(10, 700)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày {dmy(r)}",
             f"Tòa soạn: {address(r, 'TP Bắc Sơn')}",
             f"Điện thoại: {tel(r, False)}{r.choice([' - Đường dây nóng: ', ' | Hotline: '])}{hot}",
             "Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
    foot += lines(block[:2] + [b for b in block[2:] if r.random() < 0.7], "footer", "div")
    return page


# -- family 37: provincial business / market paper -------------------------------------------------------


def gold_lines(r: random.Random, one_line: bool) -> list[T.Line]:
    rows = []
    for brand in r.sample(["Vàng SJC", "SJC 1L", "DOJI HN", "PNJ", "Nhẫn tròn 9999", "Bảo Tín Minh Châu"], r.randint(2, 4)):
        buy = r.randint(7000, 8800) / 100
        rows.append(f"{brand}: {buy:.2f} - {buy + r.randint(50, 250) / 100:.2f}".replace(".", ","))
    if one_line:
        return [L(" | ".join(rows) + r.choice([" (triệu đồng/lượng)", ""]), "prices", "div")]
    return lines(rows, "prices", "li")


def fx_fuel_lines(r: random.Random) -> list[T.Line]:
    out = []
    if r.random() < 0.6:
        rates = {"USD": (23900, 25500), "EUR": (25800, 28200), "JPY": (158, 178), "CNY": (3290, 3520),
                 "KRW": (16, 19), "AUD": (15700, 16900)}
        for cur in r.sample(sorted(rates), r.randint(2, 3)):
            lo, hi = rates[cur]
            v = r.randint(lo, hi)
            spread = max(1, (hi - lo) // 8)
            out.append(L(f"{cur}{r.choice([': ', '  ', ' '])}{v:,}{r.choice([' / ', ' - '])}{v + r.randint(1, spread):,}"
                         .replace(",", "."), "prices", "li"))
    else:
        for fuel in r.sample(["Xăng RON 95-III", "Xăng E5 RON 92", "Dầu DO 0,05S", "Dầu hỏa"], r.randint(2, 3)):
            out.append(L(f"{fuel}: {r.randint(19, 25)}.{r.randint(0, 999):03d} đ/lít", "prices", "li"))
    return out


def weather_lines(r: random.Random) -> list[T.Line]:
    cities = r.sample(["Hưng Lam", "TP Hưng Lam"][:1] + CITIES5, r.randint(2, 4))
    if r.random() < 0.4:
        return [L(" | ".join(f"{c} {r.randint(15, 37)}°C" for c in cities), "weather", "div")]
    out = []
    for c in cities:
        lo = r.randint(14, 27)
        out.append(L(r.choice([f"{c}: {lo} - {lo + r.randint(3, 9)}°C", f"{c} {lo + 4}°C {cap_first(r.choice(SKY))}",
                               f"{c}  {lo}°C ~ {lo + 6}°C  {r.choice(SKY)}"]), "weather", "li"))
    return out


BRAND_SLUGS = {"Hưng Phát": "hungphat", "Thành Đạt": "thanhdat", "Phú Gia": "phugia", "An Khang": "ankhang",
               "Tân Việt": "tanviet", "Minh Long": "minhlong", "Hoàng Kim": "hoangkim"}


def sponsor_block(r: random.Random) -> list[T.Line]:
    kind = r.choice(["THƯƠNG MẠI", "XÂY DỰNG", "NÔNG SẢN", "DƯỢC PHẨM", "VẬT LIỆU", "DU LỊCH"])
    brand = r.choice(sorted(BRAND_SLUGS))
    name = r.choice([f"CÔNG TY TNHH {kind} {brand.upper()}", f"Công ty Cổ phần {kind.capitalize()} {brand}",
                     f"CÔNG TY CP {kind} {brand.upper()}"])
    slug = BRAND_SLUGS[brand]
    rows = [name, f"{r.choice(['Địa chỉ', 'Đ/c', 'Trụ sở'])}: {address(r, 'TP Hưng Lam')}",
            f"{r.choice(['Hotline', 'ĐT', 'Điện thoại'])}: {tel(r)}", f"Website: www.{slug}{r.choice(['.vn', '.com.vn'])}"]
    if r.random() < 0.4:
        rows.append(f"Email: info@{slug}.vn")
    if r.random() < 0.5:
        rows.insert(1, r.choice(["Chuyên cung cấp vật tư nông nghiệp, phân bón chính hãng",
                                 "Uy tín - Chất lượng - Giá cạnh tranh", "Nhận thi công trọn gói nhà xưởng, nhà ở"]))
    return lines(rows, "advert", "div")


def _fam37(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(37, OUTLETS[37])
    title, paras, closing = article_lines(article, r, 37)
    head, body, side, foot = page.head, page.body, page.side, page.foot
    if r.random() < 0.6:
        head.append(L(r.choice([f"Hưng Lam, {r.choice(WEEKDAYS).lower()} {dmy(r, pad=False)}",
                                f"{r.choice(WEEKDAYS)} {dmy(r)}", f"Hôm nay {dmy(r, '.')}"]), "dateline", "div"))
    if r.random() < 0.5:
        head += weather_lines(r)
    if r.random() < 0.5:
        head += gold_lines(r, one_line=True) if r.random() < 0.6 else fx_fuel_lines(r)
    secs = ["Thời sự", "Doanh nghiệp", "Thị trường", "Đầu tư", "Tài chính - Ngân hàng", "Bất động sản", "Nông nghiệp",
            "Doanh nhân", "Pháp luật kinh doanh", "Tiêu dùng", "Bạn đọc", "Hội nhập", "Sản phẩm - Dịch vụ"]
    pick = r.sample(secs, r.randint(6, 10))
    if r.random() < 0.5:
        head += lines(pick, "menu", "li")
    else:
        head.append(L(r.choice(["  ", " | ", " – "]).join(x.upper() if r.random() < 0.5 else x for x in pick),
                      "menu", "div"))
    if r.random() < 0.35:
        head.append(L(r.choice(["Quảng cáo", "QUẢNG CÁO"]), "advert", "div"))
        head.append(L(r.choice(["Ngân hàng Phú Gia - Vay mua nhà lãi suất chỉ từ 6,5%/năm",
                                "Khu đô thị Hoàng Kim Riverside - Nhận đặt chỗ ngay hôm nay",
                                "Hội chợ Nông sản Hưng Lam 2024 - 300 gian hàng"]), "advert", "div"))
    sec = r.choice(secs)
    form = r.randrange(5)
    if form == 0:
        head.append(L(f"Trang chủ » {sec}", "breadcrumb", "div"))
    elif form == 1:
        head += lines(["Trang chủ", sec, r.choice(["Tin tức", "Thị trường trong tỉnh", "Tiêu điểm"])], "breadcrumb", "li")
    elif form == 2:
        head.append(L(f"{sec.upper()}{r.choice([' | ', ' / ', ' > '])}{r.choice(['Kinh tế địa phương', 'Giá cả'])}",
                      "breadcrumb", "div"))
    elif form == 3:
        head.append(L(f"Đang xem: {sec}", "breadcrumb", "div"))
    # body
    if r.random() < 0.15:
        body.append(L(r.choice(["Bài PR", "Thông tin doanh nghiệp", "Nội dung tài trợ", "PR"]), "advert", "span"))
    body.append(title)
    body.append(L(r.choice([f"{dmy(r)} {hhmm(r)}", f"Thứ {r.randint(2, 7)}, {dmy(r)}, {hhmm(r)} (GMT+7)",
                            f"{hhmm(r)} {dmy(r, pad=False)}", f"Ngày đăng: {dmy(r)}"]), "dateline", "time"))
    if r.random() < 0.2:
        body.append(L(r.choice(["Cỡ chữ  A-  A+", "Nghe bài viết", "Lưu bài"]), "share_widget", "div"))
    inner = list(paras)
    if r.random() < 0.45:
        insert_inside(inner, [L(r.choice(["Tin liên quan", "Đọc thêm", "Bài viết liên quan"]), "widget_label", "h4")]
                      + related(r, 37, r.randint(2, 3)), r)
    if r.random() < 0.35:
        insert_inside(inner, [L(f"{r.choice(['Xem thêm:', 'Xem thêm >>', '>> Xem thêm'])} {headline(r, 37)}",
                                "see_more")], r)
    if r.random() < 0.3:
        insert_inside(inner, [L(r.choice(["Quảng cáo", "ADVERTISEMENT"]), "advert", "div")]
                      + (sponsor_block(r)[:2] if r.random() < 0.5 else []), r)
    body += inner + closing
    form = r.randrange(5)
    if form == 0:
        body.append(L(pen_name(r), "byline"))
    elif form == 1:
        body.append(L(f"{pen_name(r)} - {pen_name(r)}", "byline"))
    elif form == 2:
        body.append(L(f"{r.choice(['Bài, ảnh: ', 'Bài và ảnh: ', 'Tin, ảnh: '])}{pen_name(r)}", "byline"))
    elif form == 3:
        body.append(L(maybe_upper(r, full_name(r), 0.6), "byline"))
    if r.random() < 0.3:
        body.append(L(r.choice([f"(Theo Báo {r.choice(['Công Thương', 'Đầu tư', 'Nông nghiệp Việt Nam'])})",
                                "Nguồn: Sở Công Thương Hưng Lam", "Theo Cục Thống kê tỉnh",
                                f"Nguồn: {r.choice(SOURCES)}"]), "source"))
    if r.random() < 0.55:
        ws = r.sample(TAGS5, r.randint(2, 5))
        body.append(L(r.choice(["Tags: " + ", ".join(ws), "Từ khóa: " + " | ".join(ws), "#" + " #".join(ws)]), "tags"))
    if r.random() < 0.55:
        body += lines(r.choice([["Chia sẻ:", "Facebook", "Zalo", "LinkedIn"], ["Chia sẻ Facebook | Twitter | In"],
                                ["Gửi bài", "In bài", "Chia sẻ"]]), "share_widget", r.choice(["li", "div"]))
    if r.random() < 0.35:
        body += lines(r.choice([["Bình luận", "Gửi bình luận"], ["Ý kiến bạn đọc (0)"],
                                ["Bạn nghĩ gì về bài viết này?", "Gửi ý kiến"]]), "comment_prompt", "div")
    if r.random() < 0.45:
        if r.random() < 0.4:
            body.append(L(r.choice(["Thông tin doanh nghiệp", "Nhà tài trợ", "Quảng cáo"]), "advert", "div"))
        body += sponsor_block(r)
    if r.random() < 0.3:
        body.append(L(f"{r.choice(['Liên hệ quảng cáo', 'LIÊN HỆ QUẢNG CÁO', 'Liên hệ đăng tin, quảng cáo'])}: "
                      f"{tel(r, True)}{r.choice([' - Email: ', ' | '])}quangcao@{OUTLETS[37]}", "advert", "div"))
    if r.random() < 0.5:
        if r.random() < 0.5:
            body.append(L(r.choice(["Tin cùng chuyên mục", "Tin mới hơn", "TIN KHÁC"]), "widget_label", "h4"))
        body += related(r, 37, r.randint(3, 5))
    # side: market widgets
    side.append(L(r.choice(["Giá vàng hôm nay", "GIÁ VÀNG", "Bảng giá vàng"]), "widget_label", "h3"))
    side += gold_lines(r, one_line=False)
    if r.random() < 0.6:
        side.append(L(r.choice(["Tỷ giá ngoại tệ", "Giá xăng dầu", "Tỷ giá | Xăng dầu"]), "widget_label", "h3"))
        side += fx_fuel_lines(r)
    if r.random() < 0.6:
        side.append(L(r.choice(["Thời tiết", "Dự báo thời tiết", "THỜI TIẾT HÔM NAY"]), "widget_label", "h3"))
        side += weather_lines(r)
    if r.random() < 0.5:
        side.append(L(r.choice(["Đọc nhiều", "Tiêu điểm", "Bài nổi bật"]), "widget_label", "h3"))
        side += related(r, 37, r.randint(3, 5))
    # foot
    block = [r.choice(["BÁO DOANH NHÂN HƯNG LAM", "Báo Doanh nhân Hưng Lam - Tiếng nói của cộng đồng doanh nghiệp"]),
             "Cơ quan chủ quản: Hiệp hội Doanh nghiệp tỉnh Hưng Lam",
             f"Giấy phép số {r.randint(20, 800)}/GP-BTTTT{r.choice([' ngày ', ', cấp ngày '])}{dmy(r)}",
             f"Tổng Biên tập: {full_name(r)}", f"Phó Tổng Biên tập: {full_name(r)}",
             f"Địa chỉ: {address(r, 'TP Hưng Lam')}",
             f"ĐT: {tel(r, False)}{r.choice([' | Email: ', ' - Email: '])}toasoan@{OUTLETS[37]}",
             "© Bản quyền thuộc về Báo Doanh nhân Hưng Lam. Cấm sao chép dưới mọi hình thức khi chưa được phép."]
    foot += lines([block[0]] + [b for b in block[1:] if r.random() < 0.7], "footer", "div")
    if r.random() < 0.5:
        foot.append(L(f"Liên hệ quảng cáo: {tel(r, True)}", "advert", "div"))
    return page


BUILDERS: dict[int, Callable[[random.Random, list[str]], T.Page]] = {34: _fam34, 35: _fam35, 36: _fam36, 37: _fam37}


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """One labelled page of family `fam` around a real article (first line its title)."""
    if fam not in BUILDERS:
        raise ValueError(f"unknown family {fam}")
    return BUILDERS[fam](r, article)


# -- HTML rendering ----------------------------------------------------------------------------------

LINKED = {"menu", "breadcrumb", "related_links", "see_more", "continuation", "tags"}
# per family: class name of each boilerplate box, and the page skeleton's classes
BOX_CLASS: dict[int, dict[str, str]] = {
    34: {"menu": "nav-main", "breadcrumb": "bread-crumb", "related_links": "list-video", "widget_label": "box-title",
         "dateline": "time-post", "share_widget": "social-share", "comment_prompt": "form-feedback",
         "byline": "author-credit", "source": "news-source", "tags": "tag-list", "advert": "ads-zone",
         "footer": "footer-info", "weather": "weather-box", "see_more": "see-also", "continuation": "next-part",
         "prices": "price-box"},
    35: {"menu": "menu-cat", "breadcrumb": "breadcrumbs", "related_links": "news-list", "widget_label": "heading",
         "dateline": "time-ago", "share_widget": "share-tools", "comment_prompt": "comment-box", "byline": "author",
         "source": "source-link", "tags": "topic-tags", "advert": "sponsor", "footer": "ft-text", "weather": "wt",
         "prices": "ticker", "see_more": "read-more", "continuation": "read-origin"},
    36: {"menu": "mainmenu", "breadcrumb": "path", "related_links": "tinlienquan", "widget_label": "tieude-box",
         "dateline": "ngaydang", "share_widget": "toolbar", "comment_prompt": "ykien", "byline": "tacgia",
         "source": "nguon", "tags": "tukhoa", "advert": "qc", "footer": "ttbq", "continuation": "conTiep",
         "see_more": "xemthem", "weather": "thoitiet", "prices": "giaca"},
    37: {"menu": "menu-top", "breadcrumb": "breadcrumb", "related_links": "related-news", "widget_label": "widget-title",
         "dateline": "post-date", "share_widget": "share", "comment_prompt": "comments", "byline": "author-name",
         "source": "source", "tags": "tags", "advert": "adv-block", "footer": "footer-copy", "weather": "weather",
         "prices": "market-price", "see_more": "see-more", "continuation": "continue"},
}


def _slug(text: str) -> str:
    """A link path like the sites use: ascii words of the text and a numeric id."""
    return f"{ascii_slug(text)[:70].rstrip('-')}-{zlib.crc32(text.encode('utf-8')) % 10**7}"


def _line_html(line: T.Line, fam: int) -> str:
    text = html.escape(line.text)
    if line.label in LINKED and (line.tag in ("li", "a") or line.label == "see_more"):
        inner = f'<a href="/{_slug(line.text)}.html">{text}</a>'
    else:
        inner = text
    if line.tag == "a":
        return f'<p class="link"><a href="/{_slug(line.text)}.html">{text}</a></p>'
    if line.tag == "li":
        return f"<li>{inner}</li>"
    if line.tag in ("span", "em", "time"):
        return f"<div><{line.tag}>{inner}</{line.tag}></div>"
    return f"<{line.tag}>{inner}</{line.tag}>"


def _groups(lines_: list[T.Line]) -> list[list[T.Line]]:
    """Consecutive lines with the same label (content lines stay one per group); a lone heading label
    joins the box it heads."""
    out: list[list[T.Line]] = []
    for ln in lines_:
        if out and ln.label == out[-1][0].label and ln.label not in ("content", "title"):
            out[-1].append(ln)
        else:
            out.append([ln])
    merged: list[list[T.Line]] = []
    for g in out:
        prev = merged[-1] if merged else None
        if (prev and len(prev) == 1 and prev[0].label == "widget_label" and prev[0].tag in ("h3", "h4")
                and g[0].label not in ("content", "title", "widget_label")):
            merged[-1] = prev + g
        else:
            merged.append(g)
    return merged


def _box(group: list[T.Line], fam: int, wrap: str = "div") -> str:
    """A boilerplate group in its own box; list lines inside <ul>."""
    label = group[-1].label
    if label in ("content", "title"):
        return "\n".join(_line_html(ln, fam) for ln in group)
    cls = BOX_CLASS[fam].get(label, label)
    parts: list[str] = []
    in_list = False
    for ln in group:
        if ln.tag == "li" and not in_list:
            parts.append("<ul>")
            in_list = True
        elif ln.tag != "li" and in_list:
            parts.append("</ul>")
            in_list = False
        parts.append(_line_html(ln, fam))
    if in_list:
        parts.append("</ul>")
    tag = "nav" if label == "menu" and wrap == "div" else wrap
    return f'<{tag} class="{cls}">' + "\n".join(parts) + f"</{tag}>"


def _content_html(group: list[T.Line], fam: int, first_para: bool) -> str:
    ln = group[0]
    if ln.label == "title":
        return f'<h1 class="{["title-detail", "article-title", "tieude", "post-title"][fam - 34]}">{html.escape(ln.text)}</h1>'
    if first_para and ln.tag == "p":
        return f'<p class="{["sapo", "summary", "chapeau", "lead"][fam - 34]}"><strong>{html.escape(ln.text)}</strong></p>'
    if ln.tag == "li":
        return f"<ul><li>{html.escape(ln.text)}</li></ul>"
    return _line_html(ln, fam)


def _body_html(body: list[T.Line], fam: int) -> str:
    """Article container: top boxes, the text with in-body boxes, and a bottom part after the last paragraph."""
    last = max((i for i, ln in enumerate(body) if ln.label in ("content", "title")), default=-1)
    main, bottom = body[: last + 1], body[last + 1:]
    inner: list[str] = []
    seen_para = False
    for g in _groups(main):
        if g[0].label in ("content", "title"):
            inner.append(_content_html(g, fam, not seen_para and g[0].label == "content"))
            seen_para = seen_para or g[0].label == "content"
        else:
            inner.append(_box(g, fam, "aside" if g[-1].label in ("related_links", "widget_label") else "div"))
    # a list inside the text (hotlines, addresses) is one <ul>
    text = "\n".join(inner).replace("</li></ul>\n<ul><li>", "</li>\n<li>")
    tail = "\n".join(_box(g, fam) for g in _groups(bottom))
    wrap = [('<article class="news-detail">', '<div class="detail-content">'),
            ('<div class="article-box">', '<div class="article-content" id="content">'),
            ('<div class="detail">', '<div id="noidung" class="noidung">'),
            ('<article class="post">', '<div class="post-content entry">')][fam - 34]
    close = "</article>" if wrap[0].startswith("<article") else "</div>"
    return f"{wrap[0]}\n{wrap[1]}\n" + text + f'\n</div>\n<div class="detail-bottom">\n{tail}\n</div>\n{close}'


def render_html(page: T.Page, n: int) -> str:
    """A realistic HTML page of the page's family; every line is its own block element."""
    fam = page.family
    title = next((ln.text for ln in page.body if ln.label == "title"), SITE_NAMES[fam])
    head = "\n".join(_box(g, fam) for g in _groups(page.head))
    side = "\n".join(_box(g, fam, "section") for g in _groups(page.side))
    foot = "\n".join(_box(g, fam) for g in _groups(page.foot))
    logo = f'<a class="logo" href="https://{page.outlet}/"><img src="/static/logo.png" alt="{SITE_NAMES[fam]}"></a>'
    url = f"https://{page.outlet}/{_slug(title)}-{n}.html"
    meta = (f'<meta charset="utf-8"><title>{html.escape(title)} - {SITE_NAMES[fam]}</title>\n'
            f'<link rel="canonical" href="{url}"><meta property="og:site_name" content="{SITE_NAMES[fam]}">\n'
            f'<script>window.dataLayer=window.dataLayer||[];</script><style>.qc{{display:block}}</style>')
    skel = [("header", "bh-top", "main", "container video-page", "aside", "schedule", "footer", "site-footer"),
            ("header", "site-header", "div", "col-main", "div", "col-right", "footer", "footer"),
            ("div", "header", "div", "content-left", "div", "right", "div", "footer"),
            ("header", "hd", "main", "main-col", "aside", "sidebar", "footer", "ft")][fam - 34]
    body = _body_html(page.body, fam)
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n{meta}\n</head>\n<body class="page-{n}">\n'
            f'<{skel[0]} id="{skel[1]}" class="{skel[1]}">\n{logo}\n{head}\n</{skel[0]}>\n'
            f'<div class="wrapper">\n<{skel[2]} class="{skel[3]}">\n{body}\n</{skel[2]}>\n'
            f'<{skel[4]} class="{skel[5]}">\n{side}\n</{skel[4]}>\n</div>\n'
            f'<{skel[6]} class="{skel[7]}">\n{foot}\n</{skel[6]}>\n'
            f'<script src="/static/app.js"></script>\n</body>\n</html>\n')


if __name__ == "__main__":
    import sys
    from collections import Counter

    demo = ["Tỉnh tăng cường phòng chống dịch bệnh trên gia súc",
            "Sáng 12/3, UBND tỉnh tổ chức hội nghị triển khai công tác phòng chống dịch bệnh trên đàn gia súc.",
            "Theo báo cáo, từ đầu năm đến nay toàn tỉnh ghi nhận 14 ổ dịch tại 6 huyện.",
            "Lãnh đạo tỉnh yêu cầu các địa phương chủ động tiêm phòng, khử trùng chuồng trại.",
            "Ngành chức năng cũng tăng cường kiểm soát vận chuyển gia súc qua địa bàn.",
            "Dự kiến trong tháng tới, tỉnh sẽ tổ chức đợt tiêm phòng bổ sung cho toàn đàn."]
    counts: Counter[tuple[int, str]] = Counter()
    for fam_ in FAMILIES:
        for i in range(60):
            pg = build_page(fam_, i, demo, random.Random(SEED * 1000 + fam_ * 100 + i))
            for ln_ in pg.head + pg.body + pg.side + pg.foot:
                assert ln_.label in LABELS, ln_
                counts[(fam_, ln_.label)] += 1
            render_html(pg, i)
    for fam_ in FAMILIES:
        print(fam_, sorted((lab, c) for (f, lab), c in counts.items() if f == fam_))
    fam_ = int(sys.argv[1]) if len(sys.argv) > 1 else 34
    pg = build_page(fam_, 1, demo, random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1))
    for part in ("head", "body", "side", "foot"):
        for ln_ in getattr(pg, part):
            print(f"{part:4} {ln_.label:15} {ln_.tag:5} {ln_.text}")
