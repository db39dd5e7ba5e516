"""Held-out half 8 of the line-labelled Vietnamese page benchmark: families 46-49, seed 17.

Written by helper HO8, an independent author who never saw the cleaning rules, never opened the
cleaner, its tests, the scorers or earlier results, and never ran the cleaner or a scorer on these
pages. Only the module interface (T.Line / T.Page, build_page / render_html, the label set, the
self-check) was taken from the shared template module and the head of heldout6; every wording, pool
and layout here is new. Four site kinds not covered before:

- 46: a health / medical news site ("Y Khoa Đời Sống"): "Tham vấn y khoa:" / "Kiểm duyệt bởi"
  doctor-review credits with degrees (BS.CKII, ThS.BS), review dates, reading time, medical
  disclaimers inside and under the article, clinic booking boxes with hotlines, BMI and symptom
  checker widgets, "Hỏi đáp bác sĩ" question prompts, air-quality readings, "Bài viết có hữu ích?"
  feedback bars, disease A-Z menus, a footer with the licence and a "not a substitute" notice.
- 47: a tech / gadget news site ("Phố Công Nghệ"): spec boxes, price-comparison rows of retailers,
  affiliate "Mua ngay" / voucher blocks and an affiliate disclosure, review scores and "Đánh giá nhanh"
  pros / cons boxes, app-store badges, reaction counters, "Xu hướng" and price-list sidebars,
  relative times ("3 giờ trước"), foreign tech sources ("Theo The Verge").
- 48: a police / law newspaper ("Công Lý Phương Nam"): masthead of the sponsoring association,
  case-series markers ("Loạt bài", "Bài 2:", "(Còn nữa)", "Kỳ tới:"), "Tư vấn pháp luật" boxes with a
  lawyer hotline, legal Q&A prompts, hotlines to report crimes, wanted notices ("Thông báo truy nã")
  in the sidebar or inside the body, new-law lists ("Văn bản mới"), investigation-team bylines.
- 49: a women's / family magazine ("Tổ Ấm Việt"): pen-name bylines, "(Tổng hợp)" credits, recipe
  promo boxes, horoscope widgets of the day, "Chia sẻ câu chuyện của bạn" confession prompts,
  shopping suggestions with discount prices, newsletter sign-up, gold-price and weather boxes.

Each page draws names, numbers, headlines, separators, letter case, order, presence and position
(head, inside the body, tail, sidebar, footer) of every block anew. Labels: "title"/"content" for
article text, otherwise one of BOILERPLATE. Precision traps (labelled content) on about one page in
five: hospital hotline lists, symptom lists and ingredient lists the article announces with a colon,
version price lists and spec sentences in the article's own words, sentencing lists and a police
appeal giving a phone number, a weather or air-quality sentence, "Theo ..." reporting sentences, a
closing sentence naming a person, a closing quote, subheadings without a full stop, sentences
opening with words boilerplate also starts with ("Xem xét", "Chia sẻ thêm", "Đăng ký", "Nguồn",
"Bình luận về", "Liên hệ", "Theo dõi", "Tải trọng", "Giá trị", "Mua sắm"), and a last paragraph
without its full stop. Photo captions ending in a credit are labelled byline (a person) or source
(an agency, hospital, company or photo bank). About one page in twelve is a light copy (feed /
print view): no site chrome, only the credits around the text. `python -m bench.vi_bench_heldout8
[fam] [seed] [html]` runs a self-check (labels, no empty lines, HTML parses and shows every line)
and prints label counts and one page.
"""

from __future__ import annotations

import html
import random
import zlib
from collections.abc import Callable

from bench import vi_bench_templates as T

FAMILIES = (46, 47, 48, 49)
ARTICLE_OUTLETS = ("NLD", "TN", "TT", "VNE")
SEED = 17
OUTLETS: dict[int, str] = {46: "ykhoadoisong.vn", 47: "phocongnghe.vn", 48: "conglyphuongnam.vn", 49: "toamviet.vn"}
SITE_NAMES = {46: "Y Khoa Đời Sống", 47: "Phố Công Nghệ", 48: "Công Lý Phương Nam", 49: "Tổ Ấm Việt"}

BOILERPLATE = ("menu", "breadcrumb", "dateline", "related_links", "see_more", "weather", "prices", "share_widget",
               "comment_prompt", "tags", "byline", "source", "continuation", "advert", "footer", "widget_label")
LABELS = ("title", "content") + BOILERPLATE

Line = T.Line
Lines = list[T.Line]

# -- shared pools (HO8's own) ------------------------------------------------------------------------

HO = ["Lương", "Quách", "Trịnh", "Mai", "Tạ", "Châu", "Kiều", "La", "Đoàn", "Cao", "Lâm", "Thái", "Tô", "Hà",
      "Lại", "Nguyễn", "Trần", "Phạm", "Võ", "Huỳnh", "Đinh", "Triệu", "Khúc", "Mạc", "Giang", "Ninh", "Âu"]
LOT = ["Thị", "Văn", "Gia", "Bảo", "Thanh", "Xuân", "Diệu", "Trọng", "Kim", "Mỹ", "Đức", "Nhật", "Thục", "Hoài",
       "Tường", "Khắc", "Như", "Phúc"]
TEN = ["Hiên", "Khuê", "Vi", "Nhi", "Đạt", "Thắm", "Lộc", "Vỹ", "Oanh", "Trúc", "Cường", "Quyên", "Hậu", "Tín",
       "Loan", "Mẫn", "Thư", "Khang", "Điệp", "Nguyên", "Toàn", "Huệ", "Kha", "Sương", "Bích", "Lực", "Nghĩa",
       "Trinh", "Duyên", "Phong"]
PEN = ["Mộc Miên", "Hạ Vy", "Cỏ May", "Thảo Nguyên", "Bồ Công Anh", "An Nhiên", "Gió Bấc", "Mây Trắng",
       "Lam Phương", "Tuệ Lâm", "Sa Mạc", "Hoa Sữa"]
WEEK = [("Thứ Hai", "T2"), ("Thứ Ba", "T3"), ("Thứ Tư", "T4"), ("Thứ Năm", "T5"), ("Thứ Sáu", "T6"),
        ("Thứ Bảy", "T7"), ("Chủ Nhật", "CN")]
TOWNS = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Biên Hòa", "Thủ Đức", "Long Xuyên", "Buôn Ma Thuột", "Quy Nhơn",
         "Thái Nguyên", "Nam Định", "Vũng Tàu", "Rạch Giá", "Pleiku"]
ROADS = ["Võ Văn Tần", "Nguyễn Chí Thanh", "Cách Mạng Tháng Tám", "Hoàng Quốc Việt", "Phan Đăng Lưu",
         "Kim Mã", "Nguyễn Văn Cừ", "Trường Chinh", "Lạc Long Quân", "Bà Triệu", "Xô Viết Nghệ Tĩnh"]
DISTRICTS = ["quận Bình Thạnh", "quận Hoàng Mai", "huyện Củ Chi", "quận Gò Vấp", "huyện Đông Anh", "quận Sơn Trà",
             "huyện Bình Chánh", "quận Ninh Kiều", "thị xã Dĩ An", "huyện Thanh Trì", "quận Hà Đông"]


def L(text: str, label: str, tag: str = "p") -> T.Line:
    return T.Line(text, label, tag)


def many(texts: list[str], label: str, tag: str = "p") -> Lines:
    return [T.Line(x, label, tag) for x in texts]


def chance(r: random.Random, p: float) -> bool:
    return r.random() < p


def name(r: random.Random, parts: int | None = None) -> str:
    k = parts or r.choice([2, 3, 3, 3, 4])
    if k == 2:
        return f"{r.choice(HO)} {r.choice(TEN)}"
    if k == 3:
        return f"{r.choice(HO)} {r.choice(LOT)} {r.choice(TEN)}"
    a, b = r.sample(LOT, 2)
    return f"{r.choice(HO)} {a} {b} {r.choice(TEN)}"


def short(r: random.Random) -> str:
    """A newsroom byline: two words, given names or a pen name."""
    return r.choice([f"{r.choice(LOT)} {r.choice(TEN)}", f"{r.choice(TEN)} {r.choice(TEN)}", r.choice(PEN)])


def given(full: str) -> str:
    return full.split()[-1]


def abbrev(r: random.Random) -> str:
    w = name(r, 3).split()
    return r.choice([".".join(x[0] for x in w), f"{w[0][0]}.{w[1][0]}.{w[2]}", f"{w[-1]} {w[0][0]}."])


def tel(r: random.Random, kind: str = "any") -> str:
    d = r.randint
    forms = {"hot": [f"1900 {d(1000, 9999)}", f"1900.{d(1000, 9999)}", f"1800 {d(1000, 9999)}",
                     f"1800.{d(100, 999)}.{d(100, 999)}"],
             "land": [f"(028) {d(3800, 3999)} {d(1000, 9999)}", f"024.{d(3500, 3999)}.{d(1000, 9999)}",
                      f"0236 {d(100, 999)} {d(1000, 9999)}", f"(024) {d(3700, 3999)}.{d(1000, 9999)}"],
             "mob": [f"09{d(0, 9)}{d(1, 9)}.{d(100, 999)}.{d(100, 999)}", f"08{d(1, 9)} {d(100, 999)} {d(1000, 9999)}",
                     f"07{d(0, 9)}{d(1000000, 9999999)}", f"03{d(2, 9)}{d(1, 9)} {d(100, 999)} {d(100, 999)}"]}
    k = kind if kind in forms else r.choice(list(forms))
    return r.choice(forms[k])


def when(r: random.Random) -> tuple[int, int, int, int, int, str]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(2016, 2025), r.randint(5, 23), r.randint(0, 59), \
        r.choice(WEEK)[0]


def case(r: random.Random, s: str, up: float = 0.2, title: float = 0.1) -> str:
    x = r.random()
    if x < up:
        return s.upper()
    if x < up + title:
        return " ".join(w[:1].upper() + w[1:] for w in s.split())
    return s


def joined(r: random.Random, items: list[str], seps: tuple[str, ...] = (" | ", " · ", " / ", " - ", " • ")) -> str:
    return r.choice(seps).join(items)


def fill(r: random.Random, pat: str, pools: dict[str, list[str]]) -> str:
    out = pat
    for key, vals in pools.items():
        while "{" + key + "}" in out:
            out = out.replace("{" + key + "}", r.choice(vals), 1)
    while "{n}" in out:
        out = out.replace("{n}", str(r.choice([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20])), 1)
    return out


def heads(r: random.Random, maker: Callable[[random.Random], str], k: int) -> list[str]:
    """k different headlines from a family's headline maker."""
    out: list[str] = []
    for _ in range(20 * k):
        h = maker(r)
        if h not in out:
            out.append(h)
        if len(out) == k:
            break
    return out


def bullet(r: random.Random, h: str, kinds: str = "plain") -> str:
    d, m, y, hh, mm, _ = when(r)
    opts = {"plain": [h, h, h], "date": [f"{h} ({d:02d}/{m:02d})", f"{d:02d}/{m:02d}/{y} - {h}", h],
            "ago": [f"{h} · {r.randint(1, 23)} giờ trước", f"{h} - {r.randint(2, 59)} phút trước", h],
            "mark": [f"▸ {h}", f"* {h}", f"– {h}", h]}[kinds]
    return r.choice(opts)


# -- article text and the slots a page is assembled from ---------------------------------------------


class Slots:
    """Where a page's blocks go: head (site chrome), meta (under the title), inline (between paragraphs),
    tail (after the text, still in the body), side (sidebar) and foot."""

    def __init__(self) -> None:
        self.head: Lines = []
        self.meta: Lines = []
        self.inline: list[Lines] = []
        self.tail: Lines = []
        self.side: Lines = []
        self.foot: Lines = []

    def put(self, r: random.Random, block: Lines, where: str) -> None:
        spot = r.choice(where.split())
        if spot == "inline":
            self.inline.append(block)
        else:
            getattr(self, spot).extend(block)


def paragraphs(article: list[str]) -> Lines:
    """The article's paragraphs as content lines (a paragraph holding line breaks gives one line each)."""
    return [L(" ".join(part.split()), "content") for p in article[1:] for part in p.split("\n") if part.strip()]


def weave(paras: Lines, blocks: list[Lines], r: random.Random) -> Lines:
    """Paragraphs with inline blocks in the gaps between them: never before the first paragraph, never
    inside a list the article announces, never right under a subheading."""
    gaps = [i for i in range(1, len(paras))
            if not paras[i - 1].text.endswith(":") and paras[i].tag != "li" and paras[i - 1].tag not in ("h2", "h3")]
    at: dict[int, Lines] = {}
    for block in blocks:
        i = r.choice(gaps) if gaps else len(paras)
        at.setdefault(i, []).extend(block)
    out: Lines = []
    for i, p in enumerate(paras):
        out += at.get(i, []) + [p]
    return out + at.get(len(paras), [])


def assemble(fam: int, article: list[str], s: Slots, paras: Lines, r: random.Random,
             title_tag: str = "h1") -> T.Page:
    if s.head and chance(r, 0.25):
        d, m, y, _, _, wd = when(r)
        s.head.insert(r.choice([0, len(s.head)]), L(r.choice([f"{wd}, {d:02d}/{m:02d}/{y}", f"Hôm nay: {wd.lower()}, ngày {d}/{m}/{y}",
                                                            f"{wd} {d}.{m:02d}.{y}"]), "dateline", "span"))
    body = [L(" ".join(article[0].split()), "title", title_tag)] + s.meta + weave(paras, s.inline, r) + s.tail
    return T.Page(family=fam, outlet=OUTLETS[fam], head=s.head, body=body, side=s.side, foot=s.foot)


def light_copy(r: random.Random, fam: int, article: list[str], paras: Lines, credits: Lines,
               date_line: T.Line) -> T.Page:
    """Feed / print view: the text with only its credits (and sometimes its date) around it."""
    body = [L(" ".join(article[0].split()), "title", "h1")]
    if chance(r, 0.6):
        body.append(date_line)
    top = chance(r, 0.3)
    body += (credits if top else []) + paras + ([] if top else credits)
    return T.Page(family=fam, outlet=OUTLETS[fam], body=body)


# -- precision traps: article text (labelled content) that looks like boilerplate ------------------

ORGS = ["Sở Y tế", "Công an tỉnh", "Sở Giao thông vận tải", "UBND huyện", "Chi cục Quản lý thị trường",
        "Trung tâm Kiểm soát bệnh tật", "Ban quản lý dự án", "Hội Nông dân xã", "Sở Công Thương"]
BOILER_OPENERS = [
    "Xem xét hồ sơ của các hộ dân, hội đồng thống nhất hỗ trợ thêm {n} triệu đồng cho mỗi gia đình khó khăn.",
    "Chia sẻ thêm, ông {name} cho biết đơn vị đã chuẩn bị phương án từ nhiều tháng trước.",
    "Đăng ký trước ngày {d}/{m}, người dân sẽ được ưu tiên giải quyết trong vòng {n} ngày làm việc.",
    "Nguồn kinh phí thực hiện được trích từ ngân sách tỉnh và vốn xã hội hóa.",
    "Bình luận về vụ việc, luật sư {name} cho rằng cơ quan chức năng cần làm rõ trách nhiệm của từng cá nhân.",
    "Liên hệ với chính quyền địa phương, phóng viên được biết vụ việc đã được báo cáo lên cấp trên.",
    "Theo dõi sát diễn biến, lực lượng chức năng đã túc trực suốt đêm tại hiện trường.",
    "Tải trọng thiết kế của cây cầu chỉ {n} tấn nhưng nhiều xe chở quá tải vẫn lưu thông qua đây.",
    "Giá trị hợp đồng lên tới {n} tỉ đồng, theo hồ sơ mà phóng viên tiếp cận được.",
    "Mua sắm trực tuyến tăng mạnh khiến nhiều cửa hàng truyền thống vắng khách trong dịp cuối năm.",
    "Tổng hợp ý kiến của cử tri, đoàn đại biểu sẽ gửi kiến nghị lên Quốc hội trong kỳ họp tới.",
]
THEO_LINES = [
    "Theo {org}, từ đầu năm đến nay trên địa bàn đã ghi nhận {n} vụ việc tương tự.",
    "Theo ông {name}, nguyên nhân chính là do người dân còn chủ quan.",
    "Theo kế hoạch, công trình sẽ hoàn thành trước ngày {d}/{m} năm sau.",
    "Theo thống kê của {org}, số trường hợp phải nhập viện đã tăng gấp {n} lần so với cùng kỳ.",
]
SUBHEADS = ["Nỗi lo còn bỏ ngỏ", "Cần giải pháp căn cơ", "Bài học từ thực tế", "Trách nhiệm thuộc về ai",
            "Những con số đáng báo động", "Chờ một lời giải", "Khi người dân lên tiếng", "Hướng đi mới"]
QUOTES = ["Chúng tôi mong các ngành chức năng sớm vào cuộc để người dân yên tâm",
          "Đây là bài học đắt giá cho cả gia đình tôi",
          "Nếu phát hiện sớm thì đã không phải chịu hậu quả nặng nề như vậy",
          "Tôi chỉ mong mọi chuyện sớm được giải quyết thấu đáo, công bằng"]


def _fmt(r: random.Random, pat: str) -> str:
    return pat.format(name=name(r), org=r.choice(ORGS), n=r.choice([3, 5, 12, 18, 40, 120, 250]),
                      d=r.randint(1, 28), m=r.randint(1, 12))


def unpunctuated(paras: Lines) -> None:
    for x in reversed(paras):
        if x.label == "content" and len(x.text.split()) >= 10 and x.text.rstrip().endswith("."):
            x.text = x.text.rstrip().rstrip(".").rstrip()
            return


def common_trap(r: random.Random, paras: Lines) -> None:
    k = r.randrange(6)
    mid = max(1, len(paras) // 2)
    if k == 0:
        paras.insert(mid, L(_fmt(r, r.choice(BOILER_OPENERS)), "content"))
    elif k == 1:
        paras.insert(mid, L(_fmt(r, r.choice(THEO_LINES)), "content"))
    elif k == 2:
        paras.insert(mid, L(r.choice(SUBHEADS), "content", r.choice(["h2", "h3", "p"])))
    elif k == 3:
        paras.append(L(f"“{r.choice(QUOTES)}”, {r.choice(['bà', 'ông', 'chị', 'anh'])} {name(r)} nói.", "content"))
    elif k == 4:
        paras.append(L(f"{r.choice(['Ông', 'Bà'])} {name(r)}, {r.choice(['Phó Giám đốc', 'Chánh Văn phòng', 'Trưởng phòng'])} "
                       f"{r.choice(ORGS)}, cho biết sẽ tiếp tục theo dõi và báo cáo kết quả.", "content"))
    else:
        unpunctuated(paras)


def captioned(r: random.Random, what: list[str], people: bool, agencies: list[str]) -> T.Line:
    """A photo caption ending in a credit: byline for a person, source for an agency."""
    text = r.choice(what)
    if people and chance(r, 0.5):
        credit = short(r) if chance(r, 0.6) else name(r)
        form = r.choice([f"{text}. Ảnh: {credit}", f"{text} (Ảnh: {credit})", f"{text}. Ảnh: {credit.upper()}",
                         f"Ảnh: {credit}"])
        return L(form, "byline", "figcaption")
    ag = r.choice(agencies)
    form = r.choice([f"{text}. Ảnh: {ag}", f"{text} (Ảnh: {ag})", f"{text}. Nguồn ảnh: {ag}", f"Ảnh: {ag}",
                     f"{text}. (Ảnh minh họa: {ag})"])
    return L(form, "source", "figcaption")


# == 46: health / medical news site ==================================================================

H_MENU = ["Tin y tế", "Bệnh A-Z", "Dinh dưỡng", "Mẹ & Bé", "Sống khỏe", "Y học cổ truyền", "Thuốc & Biệt dược",
          "Hỏi đáp bác sĩ", "Tra cứu", "Video", "Làm đẹp", "Giới tính", "Người cao tuổi", "Tâm lý", "Khám bệnh"]
H_SECTIONS = ["Tim mạch", "Tiêu hóa", "Nội tiết", "Hô hấp", "Cơ xương khớp", "Thần kinh", "Nhi khoa", "Ung bướu",
              "Da liễu", "Sản phụ khoa", "Tai mũi họng", "Truyền nhiễm"]
DISEASES = ["đột quỵ", "tiểu đường", "gout", "sốt xuất huyết", "viêm phổi", "tay chân miệng", "suy thận",
            "gan nhiễm mỡ", "trào ngược dạ dày", "loãng xương", "thoái hóa cột sống", "tăng huyết áp", "zona thần kinh"]
FOODS = ["nghệ", "trứng gà", "mướp đắng", "hạt chia", "rau ngót", "cà phê", "sữa chua", "tỏi đen", "nước dừa",
         "yến mạch", "cá hồi", "lá tía tô"]
ORGANS = ["tim mạch", "gan", "thận", "dạ dày", "xương khớp", "giấc ngủ", "trí nhớ", "làn da"]
H_HEADS = ["{n} dấu hiệu cảnh báo {dz} bạn không nên bỏ qua", "Ăn {food} mỗi ngày có tốt cho {org}?",
           "Bác sĩ chỉ cách phòng {dz} khi giao mùa", "Người đàn ông {age} tuổi nhập viện vì {dz}",
           "Cảnh giác với {dz} ở trẻ nhỏ", "{Food}: 'thần dược' cho người bị {dz}?",
           "Vì sao {dz} ngày càng trẻ hóa?", "Những sai lầm khi dùng thuốc trị {dz}",
           "Uống {drink} mỗi sáng có giúp bảo vệ {org}?", "Chuyên gia giải đáp: {dz} có di truyền không?"]
DOCTOR_DEG = ["BS.CKI", "BS.CKII", "ThS.BS", "TS.BS", "PGS.TS.BS", "BS", "Dược sĩ", "ThS. Dược sĩ", "BSNT"]
HOSPITALS = ["Bệnh viện Đa khoa Tâm Phúc", "Bệnh viện Nhi Đồng Thành phố", "Phòng khám Đa khoa An Khang",
             "Bệnh viện Nội tiết Trung ương", "Bệnh viện Đại học Y Dược", "Bệnh viện Tim Tâm Đức", "Viện Dinh dưỡng",
             "Bệnh viện Chợ Rẫy", "Bệnh viện Nhiệt đới Trung ương", "Bệnh viện Bạch Mai"]
H_AGENCIES = ["BVCC", "Bệnh viện cung cấp", "Shutterstock", "Freepik", "Internet", "Bộ Y tế", "WHO", "iStock",
              "CDC Hà Nội"]
H_CAPTIONS = ["Bác sĩ thăm khám cho bệnh nhân", "Ê-kíp phẫu thuật cho người bệnh", "Bệnh nhân đang được điều trị",
              "Người dân xếp hàng chờ tiêm", "Một bữa ăn cân bằng dinh dưỡng", "Hình ảnh chụp CT của bệnh nhân",
              "Trẻ được theo dõi tại khoa Nhi"]


def _h_head(r: random.Random) -> str:
    food = r.choice(FOODS)
    return fill(r, r.choice(H_HEADS), {"dz": DISEASES, "food": [food], "Food": [food.capitalize()],
                                       "org": ORGANS, "age": [str(r.randint(19, 84))],
                                       "drink": ["nước ấm", "trà xanh", "nước chanh", "nước gừng", "sữa đậu nành"]})


def _doctor(r: random.Random) -> str:
    return f"{r.choice(DOCTOR_DEG)} {name(r, r.choice([3, 3, 4]))}"


def _h_date(r: random.Random) -> str:
    d, m, y, hh, mm, wd = when(r)
    return r.choice([f"{wd}, {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} (GMT+7)", f"Cập nhật: {hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}",
                     f"Ngày đăng {d:02d}.{m:02d}.{y}", f"{d:02d}/{m:02d}/{y} - {hh}h{mm:02d}",
                     f"Đăng ngày: {d}/{m}/{y}"])


def _h_trap(r: random.Random, paras: Lines) -> None:
    k = r.randrange(4)
    if k == 0:
        intro = r.choice(["Người dân cần tư vấn có thể liên hệ đường dây nóng của các bệnh viện sau:",
                          "Danh sách các bệnh viện tiếp nhận bệnh nhân nặng:",
                          "Các điểm tiêm chủng mở cửa cả thứ Bảy và Chủ nhật:"])
        rows = [f"{h}: {tel(r, r.choice(['hot', 'land']))}" for h in r.sample(HOSPITALS, r.randint(2, 4))]
        paras += [L(intro, "content")] + many(rows, "content", r.choice(["p", "li"]))
    elif k == 1:
        signs = r.sample(["Sốt cao liên tục trên 39 độ C", "Đau đầu dữ dội, đau hốc mắt", "Phát ban ở tay chân",
                          "Nôn nhiều, li bì, khó đánh thức", "Chảy máu chân răng hoặc chảy máu cam",
                          "Đau bụng vùng gan", "Khó thở, môi tím tái"], r.randint(3, 4))
        block = [L(r.choice(["Các triệu chứng thường gặp gồm:", "Cần đưa người bệnh đến viện ngay khi có các dấu hiệu:"]),
                   "content")] + many(signs, "content", "li")
        at = max(1, len(paras) - 1) if chance(r, 0.5) else len(paras)
        paras[at:at] = block
    elif k == 2:
        paras.append(L(f"Chỉ số chất lượng không khí tại {r.choice(['Hà Nội', 'TP.HCM'])} sáng nay ở mức "
                       f"{r.randint(151, 220)}, thuộc ngưỡng xấu, bác sĩ khuyên người già và trẻ nhỏ hạn chế ra ngoài.",
                       "content"))
    else:
        paras.append(L(f"{_doctor(r)}, {r.choice(['Trưởng khoa Nhi', 'Phó khoa Nội tiết', 'khoa Dinh dưỡng'])}, "
                       f"{r.choice(HOSPITALS)}, khuyến cáo người dân không tự ý mua thuốc về điều trị.", "content"))


def _fam46(r: random.Random, article: list[str], n: int) -> T.Page:
    site = SITE_NAMES[46]
    paras = paragraphs(article)
    review = L(r.choice([f"Tham vấn y khoa: {_doctor(r)}", f"Kiểm duyệt bởi {_doctor(r)}",
                         f"Bài viết được tham vấn chuyên môn bởi {_doctor(r)}",
                         f"Cố vấn chuyên môn: {_doctor(r)} - {r.choice(HOSPITALS)}"]), "byline")
    writer = L(r.choice([f"Viết bởi: {name(r)}", short(r), f"Biên tập: {short(r)}", f"{short(r)} (tổng hợp)",
                         f"Bài: {short(r)}", name(r, 3).upper()]), "byline")
    src = L(r.choice(["(Theo Bộ Y tế)", "Nguồn: Tổ chức Y tế Thế giới (WHO)", "Theo Healthline",
                      "Tham khảo: Mayo Clinic, WebMD", "Nguồn: Cục Quản lý Dược", "Theo Medical News Today",
                      "(Tổng hợp từ Verywell Health)"]), "source")
    if n % 12 == 7:
        return light_copy(r, 46, article, paras, r.sample([review, writer, src], r.randint(1, 3)), L(_h_date(r), "dateline"))
    s = Slots()
    if chance(r, 0.5):
        for x in r.sample([f"Hotline: {tel(r, 'hot')}", "Đăng nhập", "Đăng ký", "Tải app", "Tìm kiếm bệnh, thuốc..."],
                          r.randint(1, 3)):
            lab = "advert" if x.startswith("Hotline") else "share_widget" if x == "Tải app" else \
                "widget_label" if x.startswith("Tìm") else "menu"
            s.head.append(L(x, lab, "span"))
    items = [case(r, x, 0.15, 0.0) for x in r.sample(H_MENU, r.randint(6, 10))]
    s.head += [L(joined(r, items), "menu")] if chance(r, 0.4) else many(items, "menu", "li")
    sec = r.choice(H_SECTIONS)
    crumb = r.choice([f"Trang chủ » Bệnh A-Z » {sec}", f"{site} / {sec}", f"Trang chủ > Sống khỏe > {sec}",
                      f"Chuyên mục: {sec}", f"{sec.upper()}", f"Home › {r.choice(H_MENU)} › {sec}"])
    s.put(r, [L(crumb, "breadcrumb")], "head head meta")
    meta = [L(_h_date(r), "dateline")]
    if chance(r, 0.7):
        meta.append(review)
    if chance(r, 0.6):
        meta.insert(r.randint(0, len(meta)), writer)
    if chance(r, 0.4):
        d, m, y, _, _, _ = when(r)
        meta.append(r.choice([L(f"Thời gian đọc: {r.randint(3, 12)} phút", "widget_label"),
                              L(f"{r.randint(2, 9)} phút đọc", "widget_label"),
                              L(f"Ngày kiểm duyệt: {d}/{m}/{y}", "dateline")]))
    r.shuffle(meta) if chance(r, 0.3) else None
    s.meta += meta
    if chance(r, 0.35):
        s.meta.append(L(r.choice(["Nghe bài viết", "Nghe đọc bài · Giọng nữ", "Cỡ chữ: A- | A+", "Lưu bài · Chia sẻ"]),
                        "share_widget"))
    # inline material
    for _ in range(r.choice([0, 1, 1, 2])):
        s.inline.append([L(r.choice(["Xem thêm: ", "XEM THÊM: ", ">> ", "Đọc thêm: ", "Bài liên quan: "]) + _h_head(r),
                           "see_more", "a")])
    if chance(r, 0.6):
        s.inline.append([captioned(r, H_CAPTIONS, True, H_AGENCIES)])
    if chance(r, 0.3):
        bmi = [L(case(r, "Công cụ tính chỉ số BMI", 0.3), "widget_label", "h4"),
               *many(r.sample(["Chiều cao (cm)", "Cân nặng (kg)", "Giới tính: Nam / Nữ", "Tuổi của bạn"], 2), "widget_label"),
               L(r.choice(["Tính BMI", "Tính ngay", "Xem kết quả"]), "widget_label", "button")]
        s.put(r, bmi, "inline side side tail")
    if chance(r, 0.3):
        chk = [L(r.choice(["Kiểm tra triệu chứng", "KIỂM TRA SỨC KHỎE NHANH", "Bạn đang gặp triệu chứng gì?"]),
                 "widget_label", "h4"),
               L(r.choice(["Trả lời 5 câu hỏi để biết nguy cơ " + r.choice(DISEASES), "Chọn bộ phận cơ thể bị đau"]),
                 "widget_label"),
               L(r.choice(["Bắt đầu kiểm tra", "Bắt đầu"]), "widget_label", "button")]
        s.put(r, chk, "side inline")
    if chance(r, 0.45):
        hosp = r.choice(HOSPITALS)
        book = [L(r.choice(["Đặt lịch khám với chuyên gia", f"ĐẶT LỊCH KHÁM TẠI {hosp.upper()}", "Đặt hẹn khám nhanh",
                            "Bạn cần tư vấn thêm?"]), "advert", "h4"),
                L(r.choice([f"Hotline: {tel(r, 'hot')}", f"Gọi ngay {tel(r, 'hot')} (miễn phí)",
                            f"Tổng đài đặt khám: {tel(r, 'hot')}"]), "advert")]
        if chance(r, 0.5):
            book.append(L(r.choice(["Đặt lịch ngay", "Đặt hẹn", "Nhận tư vấn miễn phí"]), "advert", "button"))
        if chance(r, 0.4):
            book.append(L(f"Địa chỉ: {r.randint(1, 399)} {r.choice(ROADS)}, {r.choice(DISTRICTS)}, {r.choice(TOWNS)}",
                          "advert"))
        s.put(r, book, "inline tail side")
    disc = L(r.choice([
        "* Thông tin trong bài chỉ mang tính chất tham khảo, không thay thế cho việc chẩn đoán hoặc điều trị y khoa.",
        "Lưu ý: Bài viết không nhằm mục đích thay thế lời khuyên của bác sĩ. Hãy đến cơ sở y tế khi có triệu chứng bất thường.",
        "Miễn trừ trách nhiệm: Các nội dung trên chỉ mang tính tham khảo, người bệnh cần tuân thủ chỉ định của bác sĩ điều trị.",
        "(*) Hiệu quả có thể khác nhau tùy cơ địa mỗi người"]), "footer", r.choice(["p", "em", "small"]))
    if chance(r, 0.55):
        s.put(r, [disc], "tail tail inline")
    # tail
    tail: list[Lines] = []
    if all(x is not writer for x in s.meta):
        tail.append([writer])
    if chance(r, 0.55):
        tail.append([src])
    if all(x is not review for x in s.meta) and chance(r, 0.6):
        tail.append([review])
    if chance(r, 0.5):
        words = r.sample(DISEASES + ["dinh dưỡng", "miễn dịch", "sức khỏe tim mạch", "trẻ em", "người cao tuổi"], 4)
        tail.append([L(r.choice(["Chủ đề: ", "Từ khóa: ", "Tags: ", ""]) + (", ".join(words) if chance(r, 0.6) else
                                                                          " ".join("#" + w.replace(" ", "") for w in words)),
                       "tags")])
    if chance(r, 0.45):
        tail.append([L(r.choice(["Bài viết có hữu ích với bạn không?", "Bạn thấy bài viết này thế nào?",
                                 "Nội dung có giúp ích cho bạn?"]), "share_widget"),
                     L(r.choice(["Có · Không", "Hữu ích | Chưa hữu ích", "👍 Có  👎 Không"]), "share_widget")])
    if chance(r, 0.4):
        tail.append([L(r.choice(["HỎI ĐÁP BÁC SĨ", "Hỏi đáp bác sĩ", "Gửi câu hỏi cho chuyên gia"]), "comment_prompt", "h4"),
                     L(r.choice(["Bạn có thắc mắc về sức khỏe? Gửi câu hỏi để được bác sĩ giải đáp miễn phí.",
                                 "Đặt câu hỏi, bác sĩ sẽ trả lời trong vòng 24 giờ",
                                 f"Câu hỏi xin gửi về hộp thư hoidap@{OUTLETS[46]}"]), "comment_prompt"),
                     L(r.choice(["Đặt câu hỏi", "Gửi câu hỏi ngay"]), "comment_prompt", "button")])
    if chance(r, 0.6):
        rel = [L(r.choice(["Bài viết cùng chuyên mục", "Có thể bạn quan tâm", "BÀI VIẾT LIÊN QUAN", "Bệnh liên quan",
                           "Đọc tiếp"]), "related_links", "h3")]
        rel += many([bullet(r, h, r.choice(["plain", "date", "mark"])) for h in heads(r, _h_head, r.randint(2, 5))],
                    "related_links", "li")
        (s.inline.append if chance(r, 0.2) else tail.append)(rel)
    if chance(r, 0.45):
        tail.append([L(r.choice([f"Bình luận ({r.randint(0, 40)})", "Ý kiến của bạn", "Bình luận"]), "comment_prompt", "h4"),
                     L(r.choice(["Viết bình luận...", "Nhập nội dung bình luận", "Bạn cần đăng nhập để bình luận"]),
                       "comment_prompt")])
    if chance(r, 0.25):
        r.shuffle(tail)
    for b in tail:
        s.tail += b
    # sidebar
    if chance(r, 0.7):
        s.side += [L(r.choice(["Đọc nhiều nhất", "Tin xem nhiều", "NỔI BẬT TRONG TUẦN"]), "related_links", "h3")]
        s.side += many([bullet(r, h, "mark") for h in heads(r, _h_head, r.randint(3, 5))], "related_links", "li")
    if chance(r, 0.3):
        city = r.choice(["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng"])
        aqi = r.randint(40, 210)
        s.side += [L(r.choice(["Chất lượng không khí", "Chỉ số AQI hôm nay"]), "weather", "h4"),
                   L(f"{city}: AQI {aqi} - {'Tốt' if aqi < 51 else 'Trung bình' if aqi < 101 else 'Kém' if aqi < 151 else 'Xấu'}",
                     "weather", "li"),
                   L(f"Nhiệt độ {r.randint(17, 36)}°C · Độ ẩm {r.randint(55, 95)}%", "weather", "li")]
    if chance(r, 0.35):
        s.side += [L(r.choice(["Video", "VIDEO SỨC KHỎE", "Bác sĩ nói gì?"]), "widget_label", "h3")]
        s.side += many(heads(r, _h_head, r.randint(2, 3)), "related_links", "li")
    if chance(r, 0.3):
        s.side += [L("Tra cứu thuốc", "widget_label", "h4"), L("Nhập tên thuốc hoặc hoạt chất", "widget_label"),
                   L(r.choice(["Tìm", "Tra cứu"]), "widget_label", "button")]
    # footer
    addr = f"Tầng {r.randint(2, 12)}, số {r.randint(1, 250)} {r.choice(ROADS)}, {r.choice(DISTRICTS)}, {r.choice(TOWNS)}"
    foot = [f"{site} - Chuyên trang sức khỏe của Tạp chí {r.choice(['Sức khỏe Cộng đồng', 'Y học Thực hành', 'Đời sống Gia đình'])}",
            f"Giấy phép thiết lập trang TTĐT tổng hợp số {r.randint(10, 999)}/GP-TTĐT do Sở TT&TT {r.choice(TOWNS)} cấp",
            f"Chịu trách nhiệm nội dung: {_doctor(r)}", f"Địa chỉ: {addr}",
            f"Liên hệ quảng cáo: {tel(r, 'mob')} - Email: quangcao@{OUTLETS[46]}",
            "Các thông tin trên website chỉ mang tính tham khảo, không thay thế cho chẩn đoán của bác sĩ.",
            joined(r, ["Giới thiệu", "Liên hệ", "Chính sách bảo mật", "Điều khoản sử dụng", "Tuyển dụng"]),
            f"© {r.randint(2015, 2025)} {site}. Bảo lưu mọi quyền."]
    keep = sorted(r.sample(range(len(foot)), r.randint(3, len(foot))))
    s.foot += many([foot[i] for i in keep], "footer")
    if n % 5 == 3:
        (_h_trap if chance(r, 0.6) else common_trap)(r, paras)
    return assemble(46, article, s, paras, r)


# == 47: tech / gadget news site =====================================================================

G_MENU = ["Điện thoại", "Laptop", "Đánh giá", "Thủ thuật", "Khoa học", "Game", "Xe điện", "AI", "Gia dụng thông minh",
          "Khuyến mãi", "Tin ICT", "Video", "So sánh", "Máy ảnh", "Đồng hồ", "Bảo mật"]
MODELS = ["Galaxy S24 Ultra", "iPhone 15 Pro Max", "Xiaomi 14", "OPPO Find N3", "Pixel 8 Pro", "Vivo X100 Pro",
          "Redmi Note 13", "MacBook Air M3", "Galaxy Z Flip5", "ROG Phone 8", "iPad Air 6", "Realme 12 Pro+",
          "Honor Magic6 Pro", "Zenbook 14 OLED", "Nothing Phone (2a)", "Galaxy A55"]
CHIPS = ["Snapdragon 8 Gen 3", "Apple A17 Pro", "Dimensity 9300", "Exynos 2400", "Tensor G3", "Apple M3",
         "Snapdragon 7s Gen 2", "Helio G99"]
SHOPS = ["Thế Giới Di Động", "FPT Shop", "CellphoneS", "Hoàng Hà Mobile", "Di Động Việt", "Viettel Store",
         "Shopee Mall", "Lazada", "Tiki Trading", "Điện Máy Xanh"]
G_HEADS = ["{m} lộ diện với {feat}", "Đánh giá {m}: {verdict}", "Giá {m} giảm sâu sau {k} tháng mở bán",
           "Cách {howto} trên {plat}", "So sánh {m} và {m}: đâu là lựa chọn tốt hơn?", "Trên tay {m} tại Việt Nam",
           "{m} nhận bản cập nhật lớn, thêm tính năng {feat}", "Top {k} điện thoại pin trâu đáng mua nhất",
           "Lỗ hổng bảo mật mới ảnh hưởng hàng triệu máy {plat}", "Có nên mua {m} ở thời điểm này?"]
FEATS = ["camera 200 MP", "sạc nhanh 120 W", "màn hình gập không nếp", "chip AI thế hệ mới", "khung titan",
         "pin 6.000 mAh", "bút cảm ứng", "kết nối vệ tinh"]
VERDICTS = ["đáng tiền nhưng chưa hoàn hảo", "hiệu năng vượt trội", "ông vua camera mới", "lựa chọn an toàn",
            "pin là điểm trừ"]
HOWTO = ["chụp màn hình cuộn", "tắt quảng cáo", "kiểm tra pin", "chặn cuộc gọi rác", "chuyển dữ liệu",
         "bật chế độ tối"]
PLATS = ["iPhone", "Android", "Windows 11", "macOS", "Zalo", "Smart TV"]
G_AGENCIES = ["Apple", "Samsung", "Xiaomi", "The Verge", "GSMArena", "MKBHD", "Weibo", "Phố Công Nghệ"]
G_CAPTIONS = ["Mặt lưng của máy", "Cụm camera sau được thiết kế lại", "Màn hình hiển thị sắc nét ngoài trời",
              "Máy được bán chính hãng tại Việt Nam", "Giao diện phần mềm mới", "Hộp đựng và phụ kiện đi kèm",
              "Điểm benchmark của máy"]


def _g_head(r: random.Random) -> str:
    return fill(r, r.choice(G_HEADS), {"m": MODELS, "feat": FEATS, "verdict": VERDICTS, "howto": HOWTO, "plat": PLATS,
                                       "k": ["3", "5", "6", "7", "10"]})


def _money(r: random.Random, base: int | None = None) -> tuple[int, str]:
    """A shop price in one of the ways shops print it (near `base` when given)."""
    b = base if base else r.randint(35, 450) * 100_000
    v = max(1, b * r.randint(88, 108) // 100 // 100_000) * 100_000 - 10_000
    return v, r.choice([f"{v:,}đ".replace(",", "."), f"{v:,} ₫".replace(",", "."), f"{v / 1e6:.2f} triệu".replace(".", ","),
                        f"{v:,} VNĐ".replace(",", ".")])


def _g_date(r: random.Random) -> str:
    d, m, y, hh, mm, wd = when(r)
    return r.choice([f"{hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}", f"{r.randint(1, 23)} giờ trước", f"Ngày {d} tháng {m} năm {y}",
                     f"{d:02d}-{m:02d}-{y}", f"{wd.split()[-1]}, {d}/{m}/{y}", f"Đăng {r.randint(2, 59)} phút trước"])


def _g_trap(r: random.Random, paras: Lines) -> None:
    k = r.randrange(3)
    m = r.choice(MODELS)
    if k == 0:
        rows = []
        for cap in r.sample(["128 GB", "256 GB", "512 GB", "1 TB"], r.randint(2, 3)):
            rows.append(f"{m} {cap}: {r.randint(12, 45)},{r.randint(10, 99)} triệu đồng")
        paras += [L(r.choice(["Giá bán chính thức tại Việt Nam của các phiên bản như sau:",
                              f"{m} có các mức giá:"]), "content")] + many(rows, "content", r.choice(["p", "li"]))
    elif k == 1:
        paras.insert(max(1, len(paras) // 2), L(
            f"Máy dùng chip {r.choice(CHIPS)}, RAM {r.choice([8, 12, 16])} GB và pin {r.choice(['4.500', '5.000', '5.500'])} "
            f"mAh, hỗ trợ sạc nhanh {r.choice([25, 45, 67, 100])} W, giá bán từ {r.randint(8, 40)},99 triệu đồng.", "content"))
    else:
        paras.append(L(f"“{r.choice(['Người dùng Việt Nam rất nhạy với giá', 'Chúng tôi sẽ mở bán sớm nhất có thể'])}”, "
                       f"ông {name(r)}, Giám đốc ngành hàng di động của {r.choice(SHOPS)}, chia sẻ.", "content"))


def _fam47(r: random.Random, article: list[str], n: int) -> T.Page:
    site = SITE_NAMES[47]
    paras = paragraphs(article)
    by = L(r.choice([f"Viết bởi {name(r)}", short(r), f"{short(r)} | {site}", f"Tác giả: {short(r)}", abbrev(r),
                     f"{short(r)} (lược dịch)"]), "byline")
    src = L(r.choice([f"Theo {r.choice(['The Verge', 'GSMArena', 'Android Authority', 'Engadget', '9to5Mac', 'TechRadar'])}",
                      f"Nguồn: {r.choice(['Wccftech', 'Tom’s Hardware', 'PhoneArena'])}",
                      f"Tham khảo: {r.choice(['Ars Technica', 'Wired'])}, {r.choice(['CNET', 'ZDNet'])}",
                      f"(Theo {r.choice(['MacRumors', 'SamMobile', 'XDA'])})"]), "source")
    if n % 12 == 7:
        return light_copy(r, 47, article, paras, r.sample([by, src], r.randint(1, 2)), L(_g_date(r), "dateline"))
    s = Slots()
    items = [case(r, x, 0.1, 0.0) for x in r.sample(G_MENU, r.randint(7, 11))]
    s.head += many(items, "menu", "li") if chance(r, 0.6) else [L(joined(r, items, (" · ", " | ", "  /  ")), "menu")]
    if chance(r, 0.4):
        s.head.append(L(r.choice(["Xu hướng: ", "HOT: ", "#Trending "]) +
                        ", ".join(r.sample(MODELS[:8] + ["AI", "Apple Intelligence", "Galaxy AI"], 3)), "tags"))
    crumb = r.choice([f"Trang chủ > {r.choice(G_MENU)} > {r.choice(G_MENU)}", f"{r.choice(G_MENU)} / {r.choice(MODELS)}",
                      f"Home » {r.choice(G_MENU)}", r.choice(G_MENU).upper()])
    s.put(r, [L(crumb, "breadcrumb")], "head meta")
    meta = [L(_g_date(r), "dateline")]
    if chance(r, 0.7):
        meta.insert(r.randint(0, 1), by)
    if chance(r, 0.35):
        meta.append(L(r.choice([f"{r.randint(1, 99)} bình luận", f"{r.randint(120, 99999):,} lượt xem".replace(",", "."),
                                "Theo dõi trên Google News", "Lưu bài"]), "share_widget"))
    s.meta += meta
    if chance(r, 0.3):
        s.put(r, [L(r.choice([f"Bài viết có chứa liên kết tiếp thị. {site} có thể nhận hoa hồng khi bạn mua hàng qua các liên kết này.",
                              "* Một số liên kết trong bài là liên kết liên kết (affiliate)",
                              "Công bố: Bài viết có chứa link affiliate"]), "advert", "small")], "meta tail")
    m = r.choice(MODELS)
    base, price = _money(r)
    if chance(r, 0.45):
        spec = [L(r.choice([f"Thông số kỹ thuật {m}", "THÔNG SỐ KỸ THUẬT", "Cấu hình chi tiết"]), "widget_label", "h4")]
        rows = [f"Màn hình: {r.choice(['6,1', '6,7', '6,8', '14'])} inch {r.choice(['OLED', 'Dynamic AMOLED 2X', 'LTPO', 'IPS'])}, "
                f"{r.choice([60, 90, 120, 144])}Hz", f"Chip: {r.choice(CHIPS)}",
                f"RAM/ROM: {r.choice([8, 12, 16])} GB / {r.choice([128, 256, 512])} GB",
                f"Pin: {r.choice(['4.422', '5.000', '5.500', '6.000'])} mAh, sạc {r.choice([25, 45, 67, 120])}W",
                f"Camera sau: {r.choice(['50 MP + 12 MP + 10 MP', '200 MP + 50 MP', '48 MP'])}",
                f"Trọng lượng: {r.randint(165, 240)} g"]
        keep = sorted(r.sample(range(len(rows)), r.randint(3, len(rows))))
        spec += many([rows[i] for i in keep], "widget_label", "td")
        if chance(r, 0.6):
            spec.append(L(f"Giá tham khảo: {price}", "prices", "td"))
        s.put(r, spec, "inline inline side tail")
    if chance(r, 0.45):
        block = [L(r.choice(["So sánh giá", f"Giá {m} hôm nay", "NƠI BÁN GIÁ TỐT", "Bảng giá tham khảo"]), "prices", "h4")]
        for shop in r.sample(SHOPS, r.randint(2, 4)):
            _, at = _money(r, base)
            block.append(L(r.choice([f"{shop}: {at}", f"{shop} - {at}", f"{at} tại {shop}",
                                     f"{shop} {at} (-{r.randint(3, 25)}%)"]), "prices", "li"))
        if chance(r, 0.5):
            block.append(L(r.choice([f"Xem tất cả {r.randint(5, 30)} nơi bán", "So sánh thêm >>"]), "see_more", "a"))
        s.put(r, block, "inline side tail")
    if chance(r, 0.4):
        code = "".join(r.choice("ABCDEFGHKMNPQRSTUVXY") for _ in range(r.randint(4, 6))) + str(r.randint(10, 99))
        _, price = _money(r, base)
        aff = [L(r.choice([f"Mua ngay {m} tại {r.choice(SHOPS)}", f"🔥 Deal sốc: {m} chỉ còn {price}",
                           f"Ưu đãi độc quyền cho độc giả {site}"]), "advert", "h4"),
               L(r.choice([f"Nhập mã {code} giảm thêm {r.choice(['200.000đ', '500K', '5%', '1 triệu'])}",
                           f"Voucher {code}: giảm {r.randint(5, 15)}% tối đa 300K", "Trả góp 0% qua thẻ tín dụng"]), "advert"),
               L(r.choice(["Mua ngay", "MUA NGAY", "Xem ưu đãi", "Lấy mã"]), "advert", "button")]
        s.put(r, aff[: r.randint(2, 3)], "inline tail side")
    if chance(r, 0.35):
        score = r.randint(60, 98) / 10
        rev = [L(r.choice(["Đánh giá nhanh", "ĐÁNH GIÁ NHANH", f"Điểm {site}"]), "widget_label", "h4"),
               L(r.choice([f"Điểm đánh giá: {score:.1f}/10", f"{score:.1f} điểm", f"Tổng điểm {score:.1f}"]).replace(".", ","),
                 "widget_label")]
        for crit in r.sample(["Thiết kế", "Hiệu năng", "Màn hình", "Camera", "Pin", "Giá trị"], r.randint(2, 4)):
            rev.append(L(f"{crit} {r.randint(6, 10)}/10", "widget_label", "li"))
        if chance(r, 0.6):
            rev += [L("Điểm cộng: " + ", ".join(r.sample(["màn hình đẹp", "pin bền", "sạc nhanh", "camera chi tiết",
                                                          "loa to"], 2)), "widget_label"),
                    L("Điểm trừ: " + ", ".join(r.sample(["giá cao", "nóng khi chơi game", "không kèm sạc", "nặng"], 2)),
                      "widget_label")]
        s.put(r, rev, "tail inline side")
    for _ in range(r.choice([0, 1, 1, 2])):
        s.inline.append([L(r.choice(["Xem thêm: ", "Có thể bạn quan tâm: ", "→ Tham khảo: ", "ĐỌC THÊM >> "]) + _g_head(r),
                           "see_more", "a")])
    for cap in r.sample(G_CAPTIONS, r.choice([0, 1, 2])):
        s.inline.append([captioned(r, [cap], True, G_AGENCIES)])
    if chance(r, 0.2):
        s.inline.append([L(f"Video: {_g_head(r)}", "widget_label", "h5")])
    tail: list[Lines] = []
    if all(x is not by for x in s.meta):
        tail.append([by])
    if chance(r, 0.6):
        tail.append([src])
    if chance(r, 0.55):
        words = r.sample(MODELS + ["smartphone", "Android 15", "iOS 18", "AI", "pin", "camera"], r.randint(2, 5))
        tail.append([L(r.choice(["Tags: ", "Từ khóa: ", "TAG ", ""]) + r.choice([", ", " ", " · "]).join(words), "tags")])
    if chance(r, 0.4):
        tail.append([L(f"Thích {r.randint(1, 300)} · Haha {r.randint(0, 40)} · Wow {r.randint(0, 40)}", "share_widget")])
    if chance(r, 0.35):
        tail.append([L(r.choice([f"Tải ứng dụng {site}", "Đọc tin nhanh hơn trên ứng dụng"]), "share_widget"),
                     L(r.choice(["App Store", "Tải trên App Store"]), "share_widget", "a"),
                     L(r.choice(["Google Play", "TẢI NÓ TRÊN Google Play"]), "share_widget", "a")])
    if chance(r, 0.6):
        rel = [L(r.choice(["Bài viết liên quan", "Tin công nghệ khác", "ĐỪNG BỎ LỠ", "Cùng chuyên mục"]), "related_links", "h3")]
        rel += many([bullet(r, h, r.choice(["plain", "ago"])) for h in heads(r, _g_head, r.randint(2, 5))], "related_links", "li")
        (s.inline.append if chance(r, 0.2) else tail.append)(rel)
    if chance(r, 0.5):
        tail.append(many(r.sample([f"{r.randint(0, 80)} bình luận", "Đăng nhập để bình luận", "Sắp xếp: Hay nhất",
                                   "Viết bình luận của bạn", "Xem thêm bình luận"], r.randint(1, 3)), "comment_prompt"))
    if chance(r, 0.25):
        r.shuffle(tail)
    for b in tail:
        s.tail += b
    if chance(r, 0.6):
        s.side += [L(r.choice(["Xu hướng", "Mới nhất", "ĐỌC NHIỀU"]), "related_links", "h3")]
        s.side += many([bullet(r, h, "ago") for h in heads(r, _g_head, r.randint(3, 6))], "related_links", "li")
    if chance(r, 0.3):
        s.side += [L(r.choice(["Top điện thoại đáng mua", "Bảng giá điện thoại"]), "prices", "h3")]
        s.side += many([f"{mm} - {_money(r)[1]}" for mm in r.sample(MODELS, 3)], "prices", "li")
    if chance(r, 0.25):
        s.side += [L("Deal hot hôm nay", "advert", "h3"),
                   L(f"{r.choice(['Tai nghe', 'Sạc dự phòng', 'Đồng hồ thông minh'])} giảm {r.randint(20, 60)}% - chỉ {_money(r, r.randint(3, 30) * 100_000)[1]}",
                     "advert")]
    foot = [f"© {r.randint(2012, 2025)} {site} - Tin tức công nghệ, đánh giá sản phẩm",
            f"Công ty Cổ phần Truyền thông {r.choice(['Số Việt', 'Phố Xanh', 'Sáng Tạo Mới'])}",
            f"Giấy phép MXH số {r.randint(100, 599)}/GP-BTTTT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2016, 2024)}",
            f"Trụ sở: {r.randint(1, 200)} {r.choice(ROADS)}, {r.choice(DISTRICTS)}, {r.choice(TOWNS)}",
            f"Hợp tác nội dung: contact@{OUTLETS[47]}", joined(r, ["Giới thiệu", "Quy định sử dụng", "Quảng cáo", "RSS"]),
            "Không sao chép nội dung khi chưa được sự đồng ý."]
    keep = sorted(r.sample(range(len(foot)), r.randint(2, len(foot))))
    s.foot += many([foot[i] for i in keep], "footer")
    if n % 5 == 3:
        (_g_trap if chance(r, 0.6) else common_trap)(r, paras)
    return assemble(47, article, s, paras, r)


# == 48: police / law newspaper ======================================================================

P_MENU = ["Thời sự", "Pháp luật", "Hồ sơ vụ án", "Phóng sự điều tra", "An ninh trật tự", "Tòa án", "Bạn đọc",
          "Tư vấn pháp luật", "Văn bản mới", "Truy nã", "Giao thông", "Kinh tế - Pháp luật", "Đời sống", "Kiểm sát"]
CRIMES = ["tín dụng đen", "lừa đảo qua mạng", "buôn lậu thuốc lá", "đánh bạc qua mạng", "mua bán hóa đơn",
          "làm giả giấy tờ", "trộm cắp xe máy", "cho vay nặng lãi", "vận chuyển ma túy", "chiếm đoạt tiền đặt cọc đất"]
P_HEADS = ["Khởi tố {k} đối tượng trong đường dây {crime}", "Bắt giữ nghi phạm {crime} tại {dist}",
           "Lĩnh án {k} năm tù vì {crime}", "Truy tố cựu giám đốc gây thất thoát hơn {k}0 tỉ đồng",
           "Triệt phá ổ nhóm {crime} ở {dist}", "Cảnh báo thủ đoạn {crime} dịp cuối năm",
           "Hỏi: Cho vay lãi suất bao nhiêu thì bị coi là {crime}?", "Xét xử vụ án {crime} liên quan {k}00 bị hại",
           "Đầu thú sau {k} năm lẩn trốn", "Tạm giữ hình sự tài xế gây tai nạn rồi bỏ chạy"]
ASSOC = ["Hội Luật gia Việt Nam", "Liên đoàn Luật sư Việt Nam", "Hội Luật gia TP.HCM", "Bộ Tư pháp"]
P_AGENCIES = ["CACC", "Công an cung cấp", "Công an tỉnh Đồng Nai", "VKSND", "TAND TP.HCM", "Clip cắt từ camera",
              "Cơ quan điều tra cung cấp"]
P_CAPTIONS = ["Các đối tượng tại cơ quan điều tra", "Bị cáo tại phiên tòa", "Tang vật thu giữ", "Hiện trường vụ việc",
              "Lực lượng chức năng khám xét chỗ ở của đối tượng", "Hội đồng xét xử tuyên án"]


def _p_head(r: random.Random) -> str:
    return fill(r, r.choice(P_HEADS), {"crime": CRIMES, "dist": DISTRICTS, "k": ["2", "3", "4", "7", "9", "12"]})


def _p_date(r: random.Random) -> str:
    d, m, y, hh, mm, wd = when(r)
    return r.choice([f"{wd} {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"{hh:02d}:{mm:02d} | {d:02d}/{m:02d}/{y}",
                     f"{wd}, ngày {d} tháng {m} năm {y}", f"{d}/{m}/{y} {hh:02d}:{mm:02d} GMT+7",
                     f"Cập nhật lúc {hh:02d}:{mm:02d} ngày {d:02d}/{m:02d}/{y}"])


def _wanted(r: random.Random) -> Lines:
    who = name(r, 3)
    return [L(r.choice(["THÔNG BÁO TRUY NÃ", "Truy nã", "Quyết định truy nã", "Đối tượng truy nã"]), "widget_label", "h4"),
            L(r.choice([f"Đối tượng: {who}", f"Họ tên: {who.upper()}", who]), "widget_label"),
            L(f"Sinh năm {r.randint(1965, 2003)}; trú tại {r.choice(DISTRICTS)}, {r.choice(TOWNS)}", "widget_label"),
            L(f"Tội danh: {r.choice(['Giết người', 'Cướp tài sản', 'Lừa đảo chiếm đoạt tài sản', 'Mua bán trái phép chất ma túy'])}",
              "widget_label"),
            L(r.choice(["Ai phát hiện đề nghị báo ngay cho cơ quan Công an gần nhất",
                        f"Ai biết tin báo cho Công an tỉnh theo số {tel(r, 'land')}",
                        "Xem danh sách truy nã >>"]), "widget_label")][: r.randint(3, 5)]


def _p_trap(r: random.Random, paras: Lines) -> None:
    k = r.randrange(4)
    if k == 0:
        paras.insert(max(1, len(paras) // 2), L(
            f"Theo cáo trạng, từ tháng {r.randint(1, 12)}/{r.randint(2018, 2023)}, {name(r)} đã lập nhiều tài khoản giả "
            f"để chiếm đoạt của {r.randint(12, 300)} bị hại hơn {r.randint(2, 90)} tỉ đồng.", "content"))
    elif k == 1:
        rows = [f"{name(r)}: {r.randint(2, 20)} năm tù về tội {r.choice(['lừa đảo chiếm đoạt tài sản', 'đánh bạc', 'tổ chức đánh bạc'])}"
                for _ in range(r.randint(2, 4))]
        paras += [L(r.choice(["Tòa tuyên phạt các bị cáo như sau:", "Mức án cụ thể:"]), "content")] + \
            many(rows, "content", r.choice(["p", "li"]))
    elif k == 2:
        paras.append(L(f"Cơ quan Cảnh sát điều tra đề nghị ai là bị hại của các đối tượng trên liên hệ điều tra viên "
                       f"{name(r)}, số điện thoại {tel(r, 'mob')}, để được giải quyết theo quy định.", "content"))
    else:
        paras.append(L(f"Vụ án đang được Công an {r.choice(DISTRICTS)} tiếp tục điều tra, mở rộng", "content"))


def _fam48(r: random.Random, article: list[str], n: int) -> T.Page:
    site = SITE_NAMES[48]
    paras = paragraphs(article)
    by = L(r.choice([f"Nhóm PV {r.choice(['Điều tra', 'Pháp luật', 'Nội chính'])}", short(r), name(r).upper(),
                     f"{short(r)} - {short(r)}", f"Luật sư {name(r)} (Đoàn Luật sư {r.choice(['TP.HCM', 'Hà Nội', 'Đồng Nai'])})",
                     f"{abbrev(r)} (CTV)", f"Điều tra: {short(r)}", f"Ghi chép: {short(r)}"]), "byline")
    src = L(r.choice(["(Nguồn: Bộ Công an)", "Theo Công an nhân dân", "Nguồn: VKSND tối cao", f"Theo {r.choice(ASSOC)}",
                      "(Theo Cổng TTĐT Bộ Công an)", "Tin: Công an tỉnh cung cấp"]), "source")
    if n % 12 == 7:
        return light_copy(r, 48, article, paras, r.sample([by, src], r.randint(1, 2)), L(_p_date(r), "dateline"))
    s = Slots()
    if chance(r, 0.45):
        s.head.append(L(r.choice([f"Cơ quan ngôn luận của {r.choice(ASSOC)}", f"{site} - Tiếng nói công lý",
                                  f"Diễn đàn pháp luật của {r.choice(ASSOC)}"]), "footer", "div"))
    items = [case(r, x, 0.25, 0.0) for x in r.sample(P_MENU, r.randint(6, 10))]
    s.head += many(items, "menu", "li") if chance(r, 0.5) else [L(joined(r, items, (" | ", " - ", " ⋅ ")), "menu")]
    if chance(r, 0.3):
        s.head.append(L(f"Đường dây nóng: {tel(r, 'mob')}" + r.choice(["", f" | Email: toasoan@{OUTLETS[48]}"]),
                        "footer", "span"))
    sec = r.choice(P_MENU)
    s.put(r, [L(r.choice([f"Trang chủ / {sec}", f"{sec} » {r.choice(['Hình sự', 'Dân sự', 'Hành chính', 'Kinh tế'])}",
                          sec.upper(), f"Pháp luật > {sec}"]), "breadcrumb")], "head meta meta")
    if chance(r, 0.3):
        serie = r.choice(CRIMES)
        marker = r.choice([f"LOẠT BÀI: ĐƯỜNG DÂY {serie.upper()} XUYÊN TỈNH", f"Bài {r.randint(1, 4)}:",
                           f"Kỳ {r.randint(1, 3)} - Hồ sơ {serie}", f"Phóng sự điều tra - Bài {r.randint(1, 3)}"])
        s.meta.append(L(marker, "continuation", "div"))
    meta = [L(_p_date(r), "dateline")]
    if chance(r, 0.55):
        meta.insert(r.randint(0, 1), by)
    if chance(r, 0.3):
        meta.append(L(r.choice(["In bài", "Gửi bài", "Cỡ chữ", "Chia sẻ: Facebook · Zalo"]), "share_widget"))
    s.meta += meta
    for _ in range(r.choice([0, 1, 1, 2])):
        s.inline.append([L(r.choice(["Xem thêm: ", ">> Tin liên quan: ", "Xem thêm >> ", "► "]) + _p_head(r), "see_more", "a")])
    if chance(r, 0.65):
        s.inline.append([captioned(r, P_CAPTIONS, True, P_AGENCIES)])
    if chance(r, 0.35):
        box = [L(r.choice(["TƯ VẤN PHÁP LUẬT MIỄN PHÍ", "Tư vấn pháp luật", "Bạn cần luật sư?"]), "advert", "h4"),
               L(r.choice([f"Gọi {tel(r, 'hot')} để được luật sư tư vấn", f"Tổng đài tư vấn: {tel(r, 'hot')}",
                           f"Liên hệ Văn phòng Luật sư {name(r, 2)}: {tel(r, 'mob')}"]), "advert"),
               L(r.choice(["Thời gian: 8h-17h từ thứ Hai đến thứ Sáu", "Hỗ trợ 24/7", "Phí tư vấn: 0 đồng"]), "advert")]
        s.put(r, box[: r.randint(2, 3)], "inline tail side")
    if chance(r, 0.3):
        s.put(r, [L(r.choice(["Bạn đọc có thắc mắc về pháp luật xin gửi câu hỏi về hộp thư "
                              f"tuvan@{OUTLETS[48]}",
                              "Gửi câu hỏi pháp lý của bạn, luật sư sẽ giải đáp trên số báo tới.",
                              "ĐẶT CÂU HỎI CHO LUẬT SƯ"]), "comment_prompt")], "tail inline")
    if chance(r, 0.3):
        rep = [L(r.choice([f"Đường dây nóng tiếp nhận tin báo, tố giác tội phạm: {tel(r, 'land')}",
                           f"Tố giác tội phạm: gọi 113 hoặc {tel(r, 'mob')}"]), "widget_label"),
               L(r.choice([f"Bạn đọc phản ánh thông tin về hành vi vi phạm pháp luật xin gửi về bandoc@{OUTLETS[48]}",
                           "Mọi thông tin của người tố giác được giữ bí mật tuyệt đối"]), "comment_prompt")]
        s.put(r, rep[: r.randint(1, 2)], "tail side foot")
    if chance(r, 0.4):
        s.put(r, _wanted(r), "side side inline")
    tail: list[Lines] = []
    if all(x is not by for x in s.meta):
        tail.append([by])
    if chance(r, 0.5):
        tail.append([src])
    if chance(r, 0.3):
        tail.append([L(r.choice(["(Còn nữa)", "(Còn tiếp)", f"Kỳ tới: {_p_head(r)}", "Mời bạn đọc đón xem kỳ tiếp theo.",
                                 f"Bài {r.randint(2, 4)}: {_p_head(r)}"]), "continuation")])
    if chance(r, 0.5):
        tail.append([L(r.choice(["Từ khóa: ", "Tags: ", "Tag: "]) + ", ".join(r.sample(CRIMES + ["hình sự", "xét xử", "bắt giữ"], 3)),
                       "tags")])
    if chance(r, 0.45):
        tail.append(many(r.sample(["Chia sẻ", "Facebook", "Zalo", "Copy link", "In bài viết", "Lưu"], r.randint(2, 4)),
                         "share_widget", "span"))
    if chance(r, 0.6):
        rel = [L(r.choice(["TIN LIÊN QUAN", "Cùng chuyên mục", "Hồ sơ vụ án khác", "Tin khác"]), "related_links", "h3")]
        rel += many([bullet(r, h, r.choice(["plain", "date"])) for h in heads(r, _p_head, r.randint(2, 5))], "related_links", "li")
        (s.inline.append if chance(r, 0.2) else tail.append)(rel)
    if chance(r, 0.45):
        tail.append(many([r.choice(["Ý kiến bạn đọc", f"Bình luận ({r.randint(0, 25)})"]),
                          r.choice(["Họ tên", "Gửi ý kiến", "Các ý kiến sẽ được biên tập trước khi đăng"])], "comment_prompt"))
    if chance(r, 0.25):
        r.shuffle(tail)
    for b in tail:
        s.tail += b
    if chance(r, 0.6):
        s.side += [L(r.choice(["Đọc nhiều", "TIN NÓNG", "Xem nhiều nhất"]), "related_links", "h3")]
        s.side += many([bullet(r, h, "mark") for h in heads(r, _p_head, r.randint(3, 5))], "related_links", "li")
    if chance(r, 0.3):
        s.side += [L("Văn bản mới", "widget_label", "h3")]
        s.side += many([f"{r.choice(['Nghị định', 'Thông tư', 'Luật'])} số {r.randint(1, 180)}/{r.randint(2019, 2025)}/"
                        f"{r.choice(['NĐ-CP', 'TT-BCA', 'QH15'])}" + r.choice(["", " có hiệu lực từ " + f"{r.randint(1, 28)}/{r.randint(1, 12)}"])
                        for _ in range(r.randint(2, 3))], "related_links", "li")
    foot = [f"{site} - Cơ quan ngôn luận của {r.choice(ASSOC)}", f"Tổng biên tập: {name(r)}",
            f"Phó Tổng biên tập: {name(r)}, {name(r)}",
            f"Giấy phép số {r.randint(10, 700)}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp",
            f"Tòa soạn: {r.randint(1, 120)} {r.choice(ROADS)}, {r.choice(TOWNS)} - ĐT: {tel(r, 'land')}",
            f"Văn phòng đại diện phía Nam: {r.randint(1, 300)} {r.choice(ROADS)}, TP.HCM",
            "Ghi rõ nguồn khi trích dẫn lại thông tin từ báo."]
    keep = sorted(r.sample(range(len(foot)), r.randint(3, len(foot))))
    s.foot += many([foot[i] for i in keep], "footer")
    if n % 5 == 3:
        (_p_trap if chance(r, 0.6) else common_trap)(r, paras)
    return assemble(48, article, s, paras, r)


# == 49: women's / family magazine ===================================================================

F_MENU = ["Gia đình", "Làm mẹ", "Bếp nhà", "Làm đẹp", "Thời trang", "Tâm sự", "Sống khỏe", "Nhà đẹp", "Tử vi",
          "Giải trí", "Chuyện công sở", "Mua sắm", "Hôn nhân", "Du lịch cuối tuần", "Nuôi dạy con"]
DISHES = ["sườn xào chua ngọt", "canh chua cá lóc", "gà kho gừng", "bún riêu cua", "đậu hũ sốt cà chua", "chè bưởi",
          "thịt kho trứng", "cá basa kho tộ", "nộm hoa chuối", "bánh flan", "mực xào sa tế", "canh cải nấu tôm"]
ZODIAC = ["Bạch Dương", "Kim Ngưu", "Song Tử", "Cự Giải", "Sư Tử", "Xử Nữ", "Thiên Bình", "Bọ Cạp", "Nhân Mã",
          "Ma Kết", "Bảo Bình", "Song Ngư"]
CON_GIAP = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
F_HEADS = ["{k} món ngon từ {dish} cho bữa cơm cuối tuần", "Chồng vô tâm, tôi phải làm sao?",
           "Mẹ đảm ở {town} chia sẻ bí quyết {tip}", "Tử vi ngày mới: {z} gặp may về tài lộc",
           "Cách làm {dish} đậm đà chuẩn vị", "Bí quyết giữ lửa hôn nhân sau {k} năm chung sống",
           "{k} thói quen buổi sáng giúp da sáng mịn", "Mẹ chồng - nàng dâu: chuyện chưa bao giờ cũ",
           "Cách {chore} sạch bong chỉ với chanh và baking soda", "Con {k} tuổi chưa biết nói, mẹ cần làm gì?"]
TIPS = ["tiết kiệm 5 triệu mỗi tháng", "dạy con tự lập", "nấu cơm nhanh trong 30 phút", "trồng rau sạch trên sân thượng"]
CHORES = ["tẩy vết ố bồn cầu", "vệ sinh máy giặt", "làm sạch nồi cháy", "khử mùi tủ lạnh"]
F_AGENCIES = ["Pinterest", "Internet", "NVCC", "Nhân vật cung cấp", "Freepik", "Shutterstock", "Sohu", "Instagram nhân vật"]
F_CAPTIONS = ["Ảnh minh họa", "Bữa cơm gia đình ấm cúng", "Chị luôn dành thời gian cho các con",
              "Thành phẩm món ăn", "Góc nhỏ trong căn hộ", "Hai vợ chồng trong ngày cưới"]


def _f_head(r: random.Random) -> str:
    return fill(r, r.choice(F_HEADS), {"dish": DISHES, "town": TOWNS, "tip": TIPS, "z": ZODIAC, "chore": CHORES,
                                       "k": ["3", "5", "7", "8", "10", "12"]})


def _f_date(r: random.Random) -> str:
    d, m, y, hh, mm, wd = when(r)
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{wd}, {d}/{m}/{y} - {hh:02d}:{mm:02d}", f"Đăng lúc {hh:02d}:{mm:02d}, {d}/{m}",
                     f"{d} Th{m} {y}", f"{hh:02d}:{mm:02d} - {d:02d}/{m:02d}/{y}"])


def _f_trap(r: random.Random, paras: Lines) -> None:
    k = r.randrange(4)
    if k == 0:
        items = r.sample(["500 g sườn non", "2 củ hành tím", "1 thìa canh nước mắm", "3 quả cà chua chín",
                          "1 nhánh gừng nhỏ", "Hành lá, rau mùi", "2 thìa đường", "Tiêu xay, dầu ăn"], r.randint(3, 5))
        at = max(1, len(paras) - 1)
        paras[at:at] = [L(r.choice(["Nguyên liệu chuẩn bị:", "Nguyên liệu gồm:", "Chị chuẩn bị những thứ sau:"]), "content")] + \
            many(items, "content", "li")
    elif k == 1:
        paras.append(L(f"Sáng nay {r.choice(['Hà Nội', 'Sa Pa', 'Đà Lạt'])} trời rét, nhiệt độ thấp nhất "
                       f"{r.randint(6, 14)} độ C, các mẹ nhớ giữ ấm cho trẻ khi đến trường.", "content"))
    elif k == 2:
        paras.append(L(f"Chị {r.choice(TEN)}, {r.randint(26, 48)} tuổi, ở {r.choice(DISTRICTS)}, cho biết sẽ tiếp tục "
                       f"kiên trì với cách làm này.", "content"))
    else:
        paras.append(L(f"“{r.choice(['Hạnh phúc là khi cả nhà được ngồi ăn cơm cùng nhau', 'Tôi đã học được cách buông bỏ'])}” "
                       f"- chị {r.choice(TEN)} tâm sự.", "content"))


def _fam49(r: random.Random, article: list[str], n: int) -> T.Page:
    site = SITE_NAMES[49]
    paras = paragraphs(article)
    by = L(r.choice([r.choice(PEN), f"{r.choice(PEN)} (Tổng hợp)", "Tổng hợp", f"Bài: {short(r)} - Ảnh: {short(r)}",
                     f"{short(r)} (ghi)", f"Người kể: {r.choice(PEN)}", f"{r.choice(PEN)} (theo lời kể của chị {r.choice(TEN)})",
                     f"Minh Anh - {r.choice(PEN)}"]), "byline")
    src = L(r.choice(["Theo Phụ Nữ Online", "(Theo Aboluowang)", "Nguồn: Sohu", "Theo Dân Việt", "(Theo Toutiao)",
                      "Theo Mẹ & Bé", "Nguồn: Cosmopolitan", "Lược dịch từ Elle"]), "source")
    if n % 12 == 7:
        return light_copy(r, 49, article, paras, r.sample([by, src], r.randint(1, 2)), L(_f_date(r), "dateline"))
    s = Slots()
    items = [case(r, x, 0.3, 0.0) for x in r.sample(F_MENU, r.randint(6, 10))]
    s.head += many(items, "menu", "li") if chance(r, 0.55) else [L(joined(r, items, (" | ", " • ", " ~ ")), "menu")]
    sec = r.choice(F_MENU)
    s.put(r, [L(r.choice([f"Chuyên mục: {sec}", f"Trang chủ › {sec}", f"{site} » {sec}", sec.upper(),
                          f"{sec} / {r.choice(F_MENU)}"]), "breadcrumb")], "head meta")
    meta = [L(_f_date(r), "dateline")]
    if chance(r, 0.45):
        meta.insert(r.randint(0, 1), by)
    if chance(r, 0.3):
        meta.append(L(r.choice([f"{r.randint(200, 90000):,} lượt xem".replace(",", "."), "Lưu bài", "♡ Yêu thích",
                                "Theo dõi Tổ Ấm trên Google News"]), "share_widget"))
    s.meta += meta
    for _ in range(r.choice([0, 1, 1, 2])):
        s.inline.append([L(r.choice(["Đọc thêm: ", "XEM THÊM >> ", "Bạn có thể quan tâm: ", "♥ "]) + _f_head(r), "see_more", "a")])
    for cap in r.sample(F_CAPTIONS, r.choice([0, 1, 2])):
        s.inline.append([captioned(r, [cap], True, F_AGENCIES)])
    if chance(r, 0.35):
        rec = [L(r.choice(["MÓN NGON MỖI NGÀY", "Gợi ý thực đơn hôm nay", "Vào bếp cùng Tổ Ấm"]), "widget_label", "h4")]
        rec += many([r.choice([f"Cách làm {d}", d.capitalize(), f"{d.capitalize()} ({r.randint(15, 90)} phút)"])
                     for d in r.sample(DISHES, r.randint(2, 4))], "related_links", "li")
        s.put(r, rec, "side side tail inline")
    if chance(r, 0.35):
        d, m, y, _, _, _ = when(r)
        horo = [L(r.choice([f"Tử vi hôm nay {d}/{m}", "TỬ VI 12 CUNG HOÀNG ĐẠO", "Tử vi 12 con giáp hôm nay"]),
                  "widget_label", "h4")]
        if chance(r, 0.5):
            horo += many([f"{z}: {r.choice(['Công việc thuận lợi', 'Cẩn trọng chi tiêu', 'Tình duyên khởi sắc', 'Sức khỏe cần chú ý'])}"
                          for z in r.sample(ZODIAC, r.randint(2, 3))], "widget_label", "li")
        else:
            horo += many([f"Tuổi {c} - {r.choice(['Tài lộc', 'Sự nghiệp', 'Tình cảm'])}: {r.randint(2, 5)}/5 sao"
                          for c in r.sample(CON_GIAP, r.randint(2, 3))], "widget_label", "li")
        horo.append(L(r.choice(["Xem tử vi 12 cung hoàng đạo", "Xem chi tiết >>", "Xem ngày tốt xấu"]), "see_more", "a"))
        s.put(r, horo, "side side inline")
    if chance(r, 0.35):
        story = [L(r.choice(["Chia sẻ câu chuyện của bạn", "CHIA SẺ CÂU CHUYỆN CỦA BẠN", "Góc tâm sự"]), "comment_prompt", "h4"),
                 L(r.choice([f"Bạn có câu chuyện muốn chia sẻ? Hãy gửi về email tamsu@{OUTLETS[49]}",
                             f"{site} sẽ giữ bí mật danh tính của người gửi.",
                             "Những câu chuyện hay sẽ được đăng và nhận nhuận bút"]), "comment_prompt")]
        s.put(r, story, "tail tail inline")
    if chance(r, 0.35):
        shop = [L(r.choice(["Gợi ý mua sắm", "Mẹ đảm nên sắm", "SĂN SALE CÙNG TỔ ẤM"]), "advert", "h4")]
        for thing in r.sample(["Nồi chiên không dầu 5L", "Máy hút bụi cầm tay", "Bộ nồi inox 3 đáy", "Máy lọc không khí",
                               "Kem chống nắng SPF 50", "Máy xay sinh tố"], r.randint(1, 3)):
            shop.append(L(f"{thing} giảm {r.randint(10, 50)}% - {_money(r, r.randint(3, 60) * 100_000)[1]}" + r.choice(["", " - Mua ngay"]), "advert", "li"))
        s.put(r, shop, "inline side tail")
    if chance(r, 0.25):
        s.put(r, [L(r.choice(["Đăng ký nhận bản tin Tổ Ấm mỗi sáng", "Nhận bài viết hay qua email"]), "share_widget", "h4"),
                  L("Nhập email của bạn", "share_widget"), L("Đăng ký", "share_widget", "button")], "tail side")
    tail: list[Lines] = []
    if all(x is not by for x in s.meta):
        tail.append([by])
    if chance(r, 0.55):
        tail.append([src])
    if chance(r, 0.5):
        tags = r.sample(["hôn nhân", "mẹ chồng", "nuôi con", "món ngon", "làm đẹp", "tâm sự", "gia đình", "mẹo vặt"], 3)
        tail.append([L(r.choice(["#" + " #".join(t.replace(" ", "") for t in tags), "Tags: " + ", ".join(tags),
                                 "Từ khoá: " + " - ".join(tags)]), "tags")])
    if chance(r, 0.45):
        tail.append([L(r.choice(["Chia sẻ", "Chia sẻ bài viết"]), "share_widget"),
                     L(joined(r, ["Facebook", "Zalo", "Pinterest", "Messenger"][: r.randint(2, 4)]), "share_widget")])
    if chance(r, 0.6):
        rel = [L(r.choice(["Bài cùng chuyên mục", "CÓ THỂ BẠN THÍCH", "Đọc tiếp", "Tin khác"]), "related_links", "h3")]
        rel += many([bullet(r, h, r.choice(["plain", "mark"])) for h in heads(r, _f_head, r.randint(2, 5))], "related_links", "li")
        (s.inline.append if chance(r, 0.2) else tail.append)(rel)
    if chance(r, 0.45):
        tail.append(many([r.choice(["Bình luận", f"{r.randint(1, 60)} bình luận", "Góp ý của bạn"]),
                          r.choice(["Hãy là người đầu tiên bình luận", "Viết bình luận...", "Gửi bình luận"])], "comment_prompt"))
    if chance(r, 0.25):
        r.shuffle(tail)
    for b in tail:
        s.tail += b
    if chance(r, 0.55):
        s.side += [L(r.choice(["Đọc nhiều", "Được yêu thích", "HOT TRONG TUẦN"]), "related_links", "h3")]
        s.side += many(heads(r, _f_head, r.randint(3, 5)), "related_links", "li")
    if chance(r, 0.3):
        gold = r.randint(6800, 9200) / 100
        s.side += [L(r.choice(["Giá vàng hôm nay", "GIÁ VÀNG"]), "prices", "h4"),
                   L(f"SJC: {gold:.2f} - {gold + r.randint(15, 25) / 10:.2f} triệu/lượng".replace(".", ","), "prices", "li"),
                   L(f"Nhẫn 9999: {gold - 5:.1f} - {gold - 3.5:.1f}".replace(".", ","), "prices", "li")]
    if chance(r, 0.25):
        lo = r.randint(12, 27)
        s.side += [L(r.choice(["Thời tiết", "Thời tiết hôm nay"]), "weather", "h4"),
                   L(f"{r.choice(TOWNS)} {lo}° - {lo + r.randint(4, 9)}° {r.choice(['☀ Nắng', '🌧 Mưa rào', '☁ Nhiều mây'])}",
                     "weather", "li")]
    foot = [f"© {site} - Tạp chí điện tử của Hội {r.choice(['Phụ nữ', 'Gia đình Việt', 'Nữ trí thức'])}",
            f"Giấy phép số {r.randint(10, 400)}/GP-BTTTT", f"Tổng biên tập: {name(r, 3)}",
            f"Tòa soạn: {r.randint(1, 99)} {r.choice(ROADS)}, {r.choice(TOWNS)}",
            f"Liên hệ quảng cáo: {tel(r, 'mob')}", f"Email: toasoan@{OUTLETS[49]}",
            "Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]
    keep = sorted(r.sample(range(len(foot)), r.randint(2, len(foot))))
    s.foot += many([foot[i] for i in keep], "footer")
    if n % 5 == 3:
        (_f_trap if chance(r, 0.6) else common_trap)(r, paras)
    return assemble(49, article, s, paras, r)


# == interface ======================================================================================

BUILDERS: dict[int, Callable[[random.Random, list[str], int], T.Page]] = {46: _fam46, 47: _fam47, 48: _fam48, 49: _fam49}


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """One labelled page of family `fam` around a real article (first string its title)."""
    if fam not in BUILDERS:
        raise ValueError(f"unknown family {fam}")
    if not article or not article[0].strip():
        raise ValueError("article needs a title")
    return BUILDERS[fam](r, article, n)


# each family's markup: wrapper elements and the class names its boxes carry (what real sites print)
SKELETON: dict[int, dict[str, str]] = {
    46: {"body": "single-post health", "header": '<header class="site-header">', "header_end": "</header>",
         "nav": '<nav class="main-navigation"><div class="container">', "nav_end": "</div></nav>",
         "article": '<article class="post-detail">', "article_end": "</article>", "meta": "post-meta",
         "content": "entry-content", "aside": '<aside class="sidebar widget-area">', "aside_end": "</aside>",
         "footer": '<footer class="site-footer">', "footer_end": "</footer>", "box": "box-{k}"},
    47: {"body": "pcn detail-page", "header": '<div id="header" class="hd">', "header_end": "</div>",
         "nav": '<div class="menu-top"><div class="wrap">', "nav_end": "</div></div>",
         "article": '<div class="detail-main">', "article_end": "</div>", "meta": "detail-info",
         "content": "detail-content fck_detail", "aside": '<div class="col-right">', "aside_end": "</div>",
         "footer": '<div id="footer">', "footer_end": "</div>", "box": "block-{k}"},
    48: {"body": "clpn", "header": '<div class="header-top">', "header_end": "</div>",
         "nav": '<nav id="mainmenu">', "nav_end": "</nav>",
         "article": '<article id="article-detail" class="col-md-8">', "article_end": "</article>",
         "meta": "article-date-author", "content": "article-body", "aside": '<aside class="col-md-4 right-col">',
         "aside_end": "</aside>", "footer": '<footer id="footer" class="footer">', "footer_end": "</footer>",
         "box": "clpn-box-{k}"},
    49: {"body": "toam-post", "header": '<header id="masthead">', "header_end": "</header>",
         "nav": '<div class="nav-primary"><ul class="menu-wrap">', "nav_end": "</ul></div>",
         "article": '<section class="post-single">', "article_end": "</section>", "meta": "post-info",
         "content": "the-content", "aside": '<div id="secondary" class="widget-area">', "aside_end": "</div>",
         "footer": '<footer class="footer-area">', "footer_end": "</footer>", "box": "w{k}"},
}
# class words a box may carry; some sites name their boxes, others number them
BOX_WORDS = {"related_links": "related", "see_more": "readmore", "share_widget": "social-share", "tags": "tags",
             "comment_prompt": "comments", "advert": "sponsor", "footer": "site-info", "prices": "price-box",
             "weather": "weather", "widget_label": "widget", "byline": "author", "source": "source",
             "dateline": "time", "breadcrumb": "breadcrumbs", "continuation": "series", "menu": "menu"}


def _esc(s: str) -> str:
    return html.escape(s, quote=False)


def _href(text: str) -> str:
    return f"/{zlib.crc32(text.encode('utf-8')) % 900000 + 100000}.html"


def _one(x: T.Line) -> str:
    t = _esc(x.text)
    if x.tag == "a":
        return f'<p><a href="{_href(x.text)}">{t}</a></p>'
    if x.tag == "figcaption":
        return f'<figure class="image"><img src="/img{_href(x.text)[:-5]}.jpg" alt=""><figcaption>{t}</figcaption></figure>'
    if x.tag == "button":
        return f'<button type="button">{t}</button>'
    if x.tag in ("span", "small", "em"):
        return f"<div><{x.tag}>{t}</{x.tag}></div>"
    if x.tag in ("h1", "h2", "h3", "h4", "h5", "div", "p"):
        return f"<{x.tag}>{t}</{x.tag}>"
    return f"<p>{t}</p>"


def _run(lines: Lines, linked: bool) -> str:
    """Lines of one tag-run: list items into a list, table cells into rows, the rest one element each."""
    if lines[0].tag == "li":
        inner = "".join(f'<li><a href="{_href(x.text)}">{_esc(x.text)}</a></li>' if linked and x.label != "content"
                        else f"<li>{_esc(x.text)}</li>" for x in lines)
        return f"<ul>{inner}</ul>"
    if lines[0].tag == "td":
        rows = []
        for x in lines:
            k, _, v = x.text.partition(": ")
            rows.append(f"<tr><td>{_esc(k)}: </td><td>{_esc(v)}</td></tr>" if v else f'<tr><td colspan="2">{_esc(x.text)}</td></tr>')
        return f'<table class="tbl">{"".join(rows)}</table>'
    return "".join(_one(x) for x in lines)


def _runs(lines: Lines, linked: bool) -> str:
    out, i = [], 0
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j].tag == lines[i].tag and lines[i].tag in ("li", "td"):
            j += 1
        out.append(_run(lines[i:j], linked))
        i = j
    return "".join(out)


def _boxes(lines: Lines, fam: int, n: int, linked: bool = True) -> str:
    """Consecutive lines of one class share a box; content lines stand on their own."""
    out, i = [], 0
    sk = SKELETON[fam]
    while i < len(lines):
        j = i + 1
        while j < len(lines) and lines[j].label == lines[i].label:
            j += 1
        group = lines[i:j]
        if group[0].label in ("content", "title"):
            out.append(_runs(group, False))
        else:
            named = (n + fam + i) % 3 != 0
            cls = BOX_WORDS.get(group[0].label, "box") if named else sk["box"].format(k=zlib.crc32(group[0].label.encode()) % 97)
            out.append(f'<div class="{cls}">{_runs(group, linked)}</div>')
        i = j
    return "".join(out)


def render_html(page: T.Page, n: int) -> str:
    """A page in the family's own markup; every labelled line is its own block element."""
    fam = page.family
    sk = SKELETON[fam]
    site = SITE_NAMES[fam]
    title = next(x.text for x in page.body if x.label == "title")
    body = page.body
    idx = [i for i, x in enumerate(body) if x.label == "content"]
    first, last = (idx[0], idx[-1]) if idx else (len(body), len(body) - 1)
    t_at = next(i for i, x in enumerate(body) if x.label == "title")
    meta, inner, tail = body[t_at + 1:first], body[first:last + 1], body[last + 1:]
    menu = [x for x in page.head if x.label == "menu"]
    top = [x for x in page.head if x.label != "menu"]
    parts = [f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{_esc(title)} - {_esc(site)}</title>'
             f'<link rel="stylesheet" href="/static/{fam}.css"></head><body class="{sk["body"]}">']
    if page.head:
        logo = f'<a class="logo" href="/"><img src="/logo-{fam}.svg" alt="{_esc(site)}"></a>'
        nav = ""
        if menu:
            nav = sk["nav"] + ("".join(f'<li><a href="{_href(x.text)}">{_esc(x.text)}</a></li>' for x in menu)
                               if menu[0].tag == "li" else _boxes(menu, fam, n)) + sk["nav_end"]
        parts.append(sk["header"] + logo + _boxes(top, fam, n) + nav + sk["header_end"])
    outside_tail = n % 3 == 1
    meta_out = fam in (46, 48) and n % 5 == 4
    side_in = fam in (48, 49) and n % 4 == 2
    parts.append('<main id="main"><div class="container">')
    title_html = f"<h1 class=\"title-detail\">{_esc(title)}</h1>"
    if meta_out:
        parts.append(title_html + f'<div class="{sk["meta"]}">{_boxes(meta, fam, n)}</div>' + sk["article"])
    else:
        parts.append(sk["article"] + title_html + f'<div class="{sk["meta"]}">{_boxes(meta, fam, n)}</div>')
    parts.append(f'<div class="{sk["content"]}">{_boxes(inner, fam, n)}</div>')
    tail_html = f'<div class="article-bottom">{_boxes(tail, fam, n)}</div>' if tail else ""
    side_html = f'{sk["aside"]}{_boxes(page.side, fam, n)}{sk["aside_end"]}' if page.side else ""
    if not outside_tail:
        parts.append(tail_html)
    if side_in:
        parts.append(side_html)
    parts.append(sk["article_end"])
    if outside_tail:
        parts.append(tail_html)
    if not side_in:
        parts.append(side_html)
    parts.append("</div></main>")
    if page.foot:
        parts.append(sk["footer"] + _boxes(page.foot, fam, n, linked=False) + sk["footer_end"])
    parts.append("</body></html>")
    return "\n".join(parts)


if __name__ == "__main__":
    # self-check without any cleaner: labels, no empty lines, HTML parses; counts for 16 pages + 40 records
    import sys
    from collections import Counter

    import lxml.html

    fake = ["Phường ra quân dọn dẹp kênh rạch trước mùa mưa",
            "Sáng 9/5, UBND phường tổ chức ra quân dọn dẹp rác thải trên các tuyến kênh rạch chảy qua địa bàn.",
            "Hơn 300 đoàn viên, thanh niên và người dân đã tham gia vớt rác, phát quang bụi rậm dọc hai bờ kênh.",
            "Theo lãnh đạo phường, mỗi năm khu vực này thu gom hàng trăm tấn rác, gây ngập cục bộ khi mưa lớn.",
            "Nhiều hộ dân sống ven kênh cam kết không xả rác xuống dòng nước và tham gia giám sát lẫn nhau.",
            "Phường sẽ lắp thêm camera và biển cảnh báo tại những điểm thường xuyên bị đổ trộm phế thải."]
    rng = random.Random(SEED)
    counts: Counter[tuple[int, str]] = Counter()
    hcounts: Counter[tuple[int, str]] = Counter()
    for fam_ in FAMILIES:
        for i in range(56):
            art = [fake[0]] + fake[1:rng.randint(2, len(fake))]
            pg = build_page(fam_, i, art, rng)
            lines_ = pg.head + pg.body + pg.side + pg.foot
            for ln_ in lines_:
                assert ln_.label in LABELS, ln_
                assert ln_.text.strip() and "\n" not in ln_.text and ln_.text == ln_.text.strip(), ln_
                if i < 40:
                    counts[(fam_, ln_.label)] += 1
            assert [x.text for x in lines_ if x.label in ("title", "content")][:1] == [art[0]]
            assert all(p in [x.text.rstrip(".") for x in lines_ if x.label == "content"] or
                       p in [x.text for x in lines_ if x.label == "content"] for p in [q.rstrip(".") for q in art[1:]])
            if i < 16:
                root = lxml.html.fromstring(render_html(pg, i))
                assert root.find(".//h1") is not None
                shown = root.text_content()
                assert all(ln_.text in shown for ln_ in lines_), [x.text for x in lines_ if x.text not in shown]
                for ln_ in lines_:
                    hcounts[(fam_, ln_.label)] += 1
    for name_, cnt in (("text (40 pages)", counts), ("html (16 pages)", hcounts)):
        print(name_)
        for fam_ in FAMILIES:
            print(" ", fam_, sorted(((lab, c) for (f, lab), c in cnt.items() if f == fam_), key=lambda x: -x[1]))
    fam_ = int(sys.argv[1]) if len(sys.argv) > 1 else 46
    pg = build_page(fam_, 1, fake, random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1))
    for part in ("head", "body", "side", "foot"):
        for ln_ in getattr(pg, part):
            print(f"{part:4} {ln_.label:15} {ln_.tag:10} {ln_.text}")
    if len(sys.argv) > 3:
        print(render_html(pg, 1))
