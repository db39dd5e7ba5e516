"""Held-out half 6 of the line-labelled Vietnamese page benchmark: families 38-41, seed 11.

Written by helper HO6, an independent author who never saw the cleaning rules, never opened the
cleaner, its tests or earlier results, and never ran the cleaner or a scorer on these pages. Only the
module interface (T.Line / T.Page, build_page / render_html, the label set) was taken from the
earlier held-out modules; every wording, pool and layout here is new. Four site kinds:

- 38: a big national daily with magazine / long-form pages (E-magazine and "Longform" labels,
  reading-time and listen-to-article widgets, series boxes "Loạt bài", multi-line credit blocks
  "Nội dung: / Ảnh: / Thiết kế:", "Ngày xuất bản", publication lines at the top or bottom,
  "Kỳ tới:" / "(Còn nữa)" markers, reaction bars, Google News follow lines, star-rating and
  comment prompts, a corporate footer with licence, editor-in-chief, switchboard and ad contact).
- 39: a provincial Party paper (báo Đảng bộ tỉnh) of a fictional province (masthead lines "Cơ quan
  của Đảng bộ, chính quyền và nhân dân tỉnh ...", e-paper / radio / English bars, political campaign
  banners, district weather, farm-gate prices in the sidebar, font-size and print tools, bylines
  of correspondents with their unit in brackets, "Tin, ảnh:", "CTV", "(Theo TTXVN)" credits, view
  counters, reader opinion forms, a long newsroom footer with deputies, fax and reprint notice).
- 40: a sports / showbiz site (live score ticker, hot-topic hashtags, fixture and league-table rows,
  "XEM THÊM" lines, clip / highlight labels, photo credits of agencies and stars' social pages,
  "(theo Goal)" bylines, polls, app-download and sponsor blocks, sorted comment bars, a company
  footer with a city licence for an aggregated news site).
- 41: an overseas Vietnamese daily with a translated world-news section (US-style dates and PDT
  times, Fahrenheit weather, Dow / gold / petrol tickers, translator credits "Biên dịch:",
  "(lược dịch theo Reuters)", page-number continuations, newsletter and donation appeals,
  classified ads that read like sentences, obituary boxes, moderated-comment notices, disclaimers,
  an English/Vietnamese footer with a US address).

Each page draws names, numbers, headlines, separators, letter case, order and presence of blocks
anew. Labels: "title"/"content" for article text, otherwise one of BOILERPLATE. Precision traps
(labelled content) on about one page in five: hotline or address lists the article announces, a
list of prize-winners or appointees, a closing quote, a short last sentence naming a person,
subheadings without a full stop, "Theo ..." sentences, a sentence giving market prices or the
weather in the article's own words, sentences opening with words that boilerplate also starts
with ("Chia sẻ với phóng viên", "Liên hệ với", "Nguồn tin", "Ảnh hưởng", "Xem xét", "Tác giả",
"Bình luận về", "Đọc kỹ", "Theo dõi", "Bản quyền", "Tin vui", "Đăng ký"), and a last paragraph
without its full stop. Photo captions that end in a credit ("... Ảnh: X", "(Hình: AP)") are labelled
byline (a person) or source (an agency), like bare credits. About one page in twelve is a light copy
(feed / print view): no site chrome, only the credits around the text. `python -m bench.vi_bench_heldout6 [fam]
[seed] [html]` runs a self-check (labels, no empty lines, HTML parses and shows every line) and prints
label counts and one page.
"""

from __future__ import annotations

import html
import random
import re
import unicodedata
import zlib
from collections.abc import Callable

from bench import vi_bench_templates as T

FAMILIES = (38, 39, 40, 41)
ARTICLE_OUTLETS = ("NLD", "TN", "TT", "VNE")
SEED = 11
OUTLETS: dict[int, str] = {38: "thoidaiviet.vn", 39: "baolamgiang.vn", 40: "soidong24h.vn", 41: "vienxunews.com"}
SITE_NAMES = {38: "Thời Đại Việt", 39: "Báo Lam Giang", 40: "Sôi Động 24h", 41: "Nhật báo Viễn Xứ"}

BOILERPLATE = ("menu", "breadcrumb", "dateline", "related_links", "see_more", "weather", "prices", "share_widget",
               "comment_prompt", "tags", "byline", "source", "continuation", "advert", "footer", "widget_label")
LABELS = ("title", "content") + BOILERPLATE

Line = T.Line
Lines = list[T.Line]

# -- pools (this author's own) ------------------------------------------------------------------------

FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                "Dương", "Lý", "Vương", "Kha", "Từ", "Âu", "Giang", "Lưu", "Nghiêm", "Văn", "Khổng", "Tăng"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đình", "Công", "Minh", "Ngọc", "Thu", "Hồng", "Anh", "Quang", "Khánh", "Phương",
          "Trọng", "Mạnh", "Như", "Tường", "Bích", "Duy", "Hải", "Tuệ", "Thiên"]
GIVEN = ["Hằng", "Dương", "Khải", "Luân", "Nhàn", "Phát", "Quý", "Sang", "Thoa", "Uyên", "Vinh", "Xuyến", "Yên",
         "Cường", "Duyên", "Giao", "Hậu", "Kiên", "Lợi", "Mến", "Nguyên", "Phong", "Sương", "Tài", "Trinh", "Tú",
         "Chinh", "Định", "Hạnh", "Khôi", "Loan", "Nhân", "Quế", "Thư", "Triều", "Vũ", "Đông", "Liên", "Ánh"]
OVERSEAS_GIVEN = ["Dzũng", "Dzuy", "Khanh", "Thy", "Đoan", "Trâm", "Lyn", "Kathy", "Tony", "Peter", "Julie", "Vivian"]

PLACES = ["huyện Yên Thủy", "xã Phú Lộc", "phường Tân Định", "huyện Cần Giờ", "thị xã Hòa Thành", "quận Ninh Kiều",
          "huyện Mường Tè", "xã Đông Sơn", "thị trấn Vĩnh Bình", "huyện Đồng Xuân", "phường Phước Long",
          "xã Thạch Bàn", "huyện Krông Pắc", "thành phố Sầm Sơn", "xã Ea Kao", "huyện Côn Đảo", "phường Hưng Phú"]
PROVINCES = ["Cà Mau", "Quảng Trị", "Kon Tum", "Bến Tre", "Sơn La", "Lai Châu", "Phú Yên", "Bạc Liêu", "Hà Giang",
             "Ninh Thuận", "Tây Ninh", "Đắk Nông", "Thái Bình", "Nam Định", "Hậu Giang", "Lạng Sơn", "Bình Phước"]
ISSUES = ["hạn mặn", "sạt lở bờ sông", "giá phân bón tăng", "thiếu nước tưới", "ùn tắc giờ cao điểm",
          "dịch tả heo châu Phi", "triều cường", "nắng nóng kéo dài", "rác thải nhựa", "thiếu giáo viên",
          "tin nhắn lừa đảo", "đất đai chồng lấn", "giá cước vận tải", "hàng giả trên mạng", "mưa đá"]
SUBJECTS = ["Hàng trăm hộ dân {pl}", "Nông dân {pl}", "Doanh nghiệp thủy sản", "Học sinh vùng cao {pl}",
            "Bệnh viện tuyến huyện", "Lao động tự do", "Ngư dân {pl}", "Tiểu thương chợ {mk}", "Giáo viên hợp đồng",
            "Cư dân khu đô thị mới", "Hợp tác xã {coop}", "Người trồng sầu riêng", "Thanh niên tình nguyện",
            "Các trường mầm non", "Chủ vườn thanh long", "Tài xế xe công nghệ", "Nhiều khu công nghiệp"]
PREDICATES = ["vất vả vì {iss}", "được hỗ trợ {n} tỉ đồng", "kiến nghị tháo gỡ {iss}", "lao đao vì {iss}",
              "đón tin vui {when}", "chủ động ứng phó {iss}", "thu về hàng chục tỉ đồng {when}",
              "lo lắng trước {iss}", "tìm hướng đi mới sau {iss}", "bị xử phạt {n} triệu đồng",
              "cam kết hoàn thành trước {dl}", "gặp khó vì {iss}", "xoay xở ra sao {when}?"]
STANDALONE = ["Khởi công dự án {proj} vốn {n} tỉ đồng", "Phát hiện {n} cơ sở kinh doanh {goods} không rõ nguồn gốc",
              "{Pl} công nhận thêm {k} di tích cấp tỉnh", "Vì sao {goods} tăng giá {when}?",
              "Cận cảnh {proj} sau {k} năm thi công", "Hơn {n} hộ dân {pl} được cấp sổ đỏ",
              "Tạm giữ tài xế xe tải gây tai nạn ở {pl}", "Đề xuất {k} giải pháp gỡ {iss}",
              "Thu hồi {n} ha đất giao chậm triển khai ở {pl}", "Người phụ nữ {k} năm gieo chữ ở {pl}",
              "Nông sản {prov} vào siêu thị lớn", "Đường về {pl} mùa {season}", "Những chuyến xe 0 đồng {when}",
              "Cảnh báo {iss} {when}", "Hậu trường {proj}", "Bảo tồn nghề dệt thổ cẩm ở {pl}",
              "Gần {n} thí sinh dự thi {exam}", "Chợ phiên {pl} rộn ràng {when}"]
MARKETS = ["Bến Thành", "Đông Ba", "Hàn", "Cái Răng", "Long Biên", "Bình Tây", "Xóm Mới", "Rạch Giá"]
COOPS = ["Thành Công", "Hưng Thịnh", "Tân Tiến", "Đồng Tâm", "Phú Cường", "Bình Minh"]
PROJECTS = ["cầu Vàm Cống 2", "đường ven biển", "tuyến tránh thị xã", "hồ chứa nước Sông Lam", "cảng cá Phú Hải",
            "khu tái định cư Bắc Sơn", "nhà máy nước sạch", "trường THCS bán trú", "bệnh viện đa khoa mới"]
GOODS = ["mỹ phẩm", "thực phẩm chức năng", "thịt đông lạnh", "rượu ngoại", "thuốc lá điện tử", "đồ chơi trẻ em",
         "phân bón", "gạo ST25", "cà phê nhân", "hạt điều"]
WHENS = ["dịp cuối năm", "đầu mùa mưa", "sau Tết", "mùa tựu trường", "trong tháng 7", "những ngày giáp hạt",
         "mùa nước nổi", "giữa đợt rét", "cuối tuần qua"]
SEASONS = ["lúa chín", "hoa tam giác mạch", "nước nổi", "cà phê", "mận hậu", "khô hanh"]
EXAMS = ["tốt nghiệp THPT", "vào lớp 10", "đánh giá năng lực", "học sinh giỏi quốc gia"]
CITY_WEATHER = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Huế", "Cần Thơ", "Hải Phòng", "Quy Nhơn", "Đà Lạt", "Vinh", "Sa Pa"]
SKY = ["Nắng", "Có mưa rào", "Nhiều mây", "Mưa dông", "Trời quang", "Âm u", "Mưa nhỏ", "Nắng gián đoạn",
       "Sương mù buổi sáng", "Rét đậm"]
WEEKDAY = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
MONTH_WORD = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
NEWS_AGENCIES = ["TTXVN", "Reuters", "AFP", "AP", "Bloomberg", "CNN", "BBC", "NHK", "Yonhap", "Al Jazeera",
                 "The New York Times", "Nikkei Asia", "DW", "The Straits Times", "Sputnik"]
DOMESTIC_PAPERS = ["Nhân Dân", "Quân đội nhân dân", "Tiền Phong", "VietNamNet", "Dân trí", "Pháp luật TP.HCM",
                   "Sài Gòn Giải Phóng", "Người Lao Động", "Tuổi Trẻ", "Thanh Niên", "VnExpress", "Lao Động",
                   "baochinhphu.vn", "Vietnam+", "Công an nhân dân", "Zing News", "Kinh tế & Đô thị"]


# -- small helpers ------------------------------------------------------------------------------------


def L(text: str, label: str, tag: str = "p") -> T.Line:
    return Line(text, label, tag)


def many(texts: list[str], label: str, tag: str = "p") -> Lines:
    return [Line(t, label, tag) for t in texts if t.strip()]


def chance(r: random.Random, p: float) -> bool:
    return r.random() < p


def full_name(r: random.Random, parts: int | None = None, male: bool = False) -> str:
    k = parts or r.choice([2, 3, 3, 3, 4])
    mid = [x for x in MIDDLE if x not in ("Thị", "Bích", "Như")] if male else MIDDLE
    if k == 2:
        return f"{r.choice(mid)} {r.choice(GIVEN)}"
    if k == 3:
        return f"{r.choice(FAMILY_NAMES)} {r.choice(mid)} {r.choice(GIVEN)}"
    return f"{r.choice(FAMILY_NAMES)} {r.choice(mid)} {r.choice(mid)} {r.choice(GIVEN)}"


def pen(r: random.Random) -> str:
    """A reporter's credit name in one of the forms Vietnamese papers print."""
    k = r.random()
    if k < 0.45:
        return f"{r.choice(MIDDLE + GIVEN)} {r.choice(GIVEN)}"
    if k < 0.6:
        return f"{r.choice(FAMILY_NAMES)[0]}.{r.choice(GIVEN)}"
    if k < 0.7:
        return f"{r.choice(FAMILY_NAMES)[0]}.{r.choice(MIDDLE)[0]}.{r.choice(GIVEN)}"
    if k < 0.9:
        return full_name(r, 3)
    return f"{r.choice(GIVEN)} {r.choice(FAMILY_NAMES)}"


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


def caseify(r: random.Random, s: str, up: float = 0.2, title: float = 0.1) -> str:
    x = r.random()
    if x < up:
        return s.upper()
    if x < up + title:
        return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))
    return s


def ascii_slug(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def tel(r: random.Random, kind: str = "any") -> str:
    if kind == "mobile" or (kind == "any" and chance(r, 0.5)):
        p = r.choice(["09", "08", "03", "07"]) + str(r.randint(0, 9))
        n = f"{r.randint(0, 9999999):07d}"
        return r.choice([f"{p}{n}", f"{p} {n[:3]} {n[3:]}", f"{p}.{n[:3]}.{n[3:]}", f"{p[:4]} {p[4:]}{n[:2]} {n[2:]}"])
    area = r.choice(["024", "028", "0236", "0238", "0290", "0211", "0256", "0262", "0276"])
    n = f"{r.randint(0, 9999999):07d}"
    return r.choice([f"({area}) {n[:3]} {n[3:]}", f"{area} {n[:4]} {n[4:]}", f"{area}.{n}", f"{area}-{n[:3]}-{n[3:]}"])


def us_tel(r: random.Random) -> str:
    a = r.choice(["714", "657", "408", "713", "281", "206", "703", "949"])
    return r.choice([f"({a}) {r.randint(200, 999)}-{r.randint(1000, 9999)}", f"{a}-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
                     f"{a}.{r.randint(200, 999)}.{r.randint(1000, 9999)}"])


def when(r: random.Random) -> tuple[int, int, int, int, int, int]:
    """day, month, year, hour, minute, weekday index"""
    return (r.randint(1, 28), r.randint(1, 12), r.randint(2008, 2025), r.randint(0, 23), r.randint(0, 59), r.randint(0, 6))


def ago(r: random.Random) -> str:
    return r.choice([f"{r.randint(2, 59)} phút trước", f"{r.randint(1, 23)} giờ trước", f"{r.randint(1, 6)} ngày trước",
                     "1 giờ trước", "vừa xong", "Hôm qua"])


def sep(r: random.Random, kinds: str = "menu") -> str:
    if kinds == "crumb":
        return r.choice([" > ", " » ", " / ", " › ", " → ", " - ", " >> "])
    return r.choice([" | ", " - ", " · ", " • ", " / ", " – ", "   ", " ¦ "])


def fill(r: random.Random, pat: str) -> str:
    place = r.choice(PLACES)
    vals = {"pl": place, "Pl": place[:1].upper() + place[1:], "mk": r.choice(MARKETS),
            "coop": r.choice(COOPS), "iss": r.choice(ISSUES), "n": str(r.choice([12, 35, 48, 60, 120, 150, 200, 350, 500,
                                                                                   740, 1200, 2000, 3500])),
            "k": str(r.randint(2, 19)), "when": r.choice(WHENS), "dl": f"ngày {r.randint(1, 30)}/{r.randint(1, 12)}",
            "proj": r.choice(PROJECTS), "goods": r.choice(GOODS), "prov": r.choice(PROVINCES),
            "season": r.choice(SEASONS), "exam": r.choice(EXAMS)}
    out = pat.format(**vals)
    return out[:1].upper() + out[1:]


def news_headline(r: random.Random) -> str:
    if chance(r, 0.5):
        pred = fill(r, r.choice(PREDICATES))
        return fill(r, r.choice(SUBJECTS)) + " " + pred[:1].lower() + pred[1:]
    return fill(r, r.choice(STANDALONE))


def headlines(r: random.Random, k: int, maker: Callable[[random.Random], str] = news_headline) -> list[str]:
    out: list[str] = []
    while len(out) < k:
        h = maker(r)
        if h not in out:
            out.append(h)
    return out


def insert_at(body: Lines, block: Lines, r: random.Random, lo: int = 2) -> None:
    """Put a block between two content paragraphs (never before the title and first paragraph)."""
    slots = [i for i in range(lo, len(body) + 1) if i < len(body) and body[i - 1].label == "content"
             and body[i].label == "content"]
    if slots:
        i = r.choice(slots)
        body[i:i] = block
    else:
        last = max(i for i, x in enumerate(body) if x.label in ("content", "title"))
        body[last + 1:last + 1] = block


CAPTIONS = ["Quang cảnh buổi làm việc", "Lực lượng chức năng có mặt tại hiện trường", "Người dân chờ làm thủ tục",
            "Đại biểu cắt băng khánh thành công trình", "Một góc {pl} nhìn từ trên cao", "Nông dân {pl} thu hoạch",
            "Phụ huynh đưa con đến trường", "Lãnh đạo tỉnh trao quà cho các hộ khó khăn", "Đoạn đường bị sạt lở",
            "Tiểu thương chợ {mk} bày bán hàng", "Các đại biểu tham quan mô hình sản xuất"]


def caption(r: random.Random, credit: str, word: str = "Ảnh", label: str = "byline") -> T.Line:
    """A photo caption ending in its credit (an image's text, not the article's)."""
    text = fill(r, r.choice(CAPTIONS))
    return L(r.choice([f"{text}. {word}: {credit}", f"{text} ({word}: {credit})", f"{text}. ({word}: {credit})",
                       f"{text} - {word}: {credit}", f"{word}: {text.lower()[:1]}{text[1:]} - {credit}"]), label,
             "figcaption")

# -- precision traps: real-looking article text that resembles boilerplate (labelled content) --------

ROLES = ["Giám đốc Sở Y tế", "Phó Chủ tịch UBND huyện", "Trưởng phòng Cảnh sát giao thông", "Bí thư Đảng ủy xã",
         "Hiệu trưởng nhà trường", "Chủ nhiệm hợp tác xã", "Trưởng ban quản lý chợ", "Phó Giám đốc Sở Xây dựng",
         "Chi cục trưởng Chi cục Thủy lợi", "Trưởng trạm y tế phường", "Chủ tịch Hội Nông dân tỉnh"]
QUOTES = ["Chúng tôi sẽ tiếp tục theo dõi sát diễn biến và báo cáo kịp thời lên cấp trên",
          "Người dân không nên quá lo lắng nhưng cần chủ động các biện pháp phòng tránh",
          "Mọi sai phạm nếu có sẽ được xử lý nghiêm theo đúng quy định",
          "Đây là thành quả của cả tập thể chứ không riêng ai",
          "Điều chúng tôi mong nhất bây giờ là con đường sớm được làm xong",
          "Năm nay được mùa được giá, bà con ai cũng phấn khởi",
          "Tôi chỉ làm những việc mà bất kỳ ai ở vị trí của mình cũng sẽ làm",
          "Nếu không có các anh ấy, chắc cả nhà tôi không còn"]
SUBHEADS = ["Nỗi lo mùa mưa", "Vì đâu nên nỗi", "Những con số biết nói", "Kỳ vọng từ chính sách mới",
            "Cần sự vào cuộc quyết liệt", "Niềm vui trở lại", "Bài toán nguồn nhân lực", "Chuyện ở bản xa",
            "Lời giải nào cho bài toán khó?", "Không để ai bị bỏ lại phía sau", "Trách nhiệm thuộc về ai",
            "Hướng đi bền vững", "Những đêm không ngủ", "Tín hiệu vui đầu năm"]
OPENERS = ["Chia sẻ với phóng viên, {role} {name} cho biết đơn vị đã huy động toàn bộ lực lượng để khắc phục sự cố.",
           "Liên hệ với cơ quan chức năng, chúng tôi được biết hồ sơ của gia đình vẫn đang được xem xét.",
           "Nguồn tin của phóng viên cho biết đoàn kiểm tra sẽ làm việc với doanh nghiệp trong tuần tới.",
           "Ảnh hưởng của đợt mưa lớn khiến nhiều tuyến đường liên xã bị chia cắt, việc đi lại rất khó khăn.",
           "Xem xét đề nghị của địa phương, UBND tỉnh đồng ý bổ sung kinh phí cho các hạng mục còn dang dở.",
           "Tác giả của sáng kiến này là thầy giáo {name}, người đã gắn bó với trường hơn 20 năm.",
           "Bình luận về vụ việc, luật sư {name} cho rằng cần làm rõ trách nhiệm của chủ đầu tư.",
           "Đọc kỹ hướng dẫn trước khi sử dụng là lời khuyên mà các bác sĩ luôn nhắc lại với người bệnh.",
           "Theo dõi sát diễn biến thời tiết, ban chỉ huy đã cho di dời hơn 200 hộ dân ra khỏi vùng nguy hiểm.",
           "Bản quyền giống lúa mới thuộc về nhóm nghiên cứu của Viện Lúa, theo thỏa thuận ký năm ngoái.",
           "Tin vui đến với gia đình vào đúng chiều 30 Tết, khi nhận được cuộc gọi từ bệnh viện.",
           "Đăng ký tham gia chương trình, mỗi hộ được hỗ trợ 50% giá giống và toàn bộ chi phí tập huấn."]
THEO = ["Theo Sở Nông nghiệp và Phát triển nông thôn, toàn tỉnh có khoảng {n} ha lúa bị ảnh hưởng.",
        "Theo ông {name}, việc chậm giải ngân chủ yếu do vướng mặt bằng.",
        "Theo kế hoạch, công trình sẽ hoàn thành trước mùa mưa bão năm nay.",
        "Theo thống kê chưa đầy đủ, đã có {k} trường hợp nhập viện trong tuần qua.",
        "Theo người dân địa phương, con đường này đã xuống cấp từ nhiều năm trước.",
        "Theo quy định hiện hành, mức phạt với hành vi này từ 4 đến 6 triệu đồng.",
        "Theo bà {name}, điều quan trọng nhất là giữ được niềm tin của khách hàng."]


LINEUP_GIVEN = ["Văn Lâm", "Văn Hậu", "Duy Mạnh", "Tiến Dũng", "Hùng Dũng", "Văn Thanh", "Tuấn Hải", "Văn Toàn",
                "Quang Hải", "Hoàng Đức", "Thành Chung", "Đình Trọng", "Xuân Mạnh", "Văn Quyết", "Đức Chinh"]
CHAPTERS = ["Những ngày đầu gian khó", "Người giữ lửa", "Ngã rẽ", "Giấc mơ còn dang dở", "Trở về", "Phía sau ánh đèn",
            "Mùa nước lên", "Lời hứa với làng", "Hành trình chưa kết thúc"]


def _family_trap(r: random.Random, out: Lines, fam: int) -> None:
    """A trap of the site's own kind of article."""
    if fam == 38 and len(out) > 3:
        # long-form chapter headings look like the series boxes ("Phần 1: ...") but are the article's own
        word = r.choice(["Phần", "Chương", "Kỳ", ""])
        pos = sorted(r.sample(range(1, len(out)), min(len(out) - 1, r.randint(2, 3))), reverse=True)
        for i, at in enumerate(pos):
            head = r.choice(CHAPTERS)
            num = len(pos) - i
            out.insert(at, L(f"{word} {num}: {head}" if word else f"{num}. {head.upper()}", "content", "h2"))
    elif fam == 40:
        t1, t2 = r.sample(TEAMS_VN, 2)
        out.append(L(r.choice(["Đội hình xuất phát", "Đội hình ra sân:", "ĐỘI HÌNH THI ĐẤU"]), "content", "h3"))
        for t in (t1, t2):
            names = r.sample(LINEUP_GIVEN, 11)
            out.append(L(f"{t}: {names[0]}; {', '.join(names[1:5])}; {', '.join(names[5:9])}; {', '.join(names[9:])}",
                         "content"))
    elif fam == 41:
        c = r.choice(US_CITIES)
        out.append(L(f"Buổi gây quỹ sẽ diễn ra lúc {r.randint(5, 8)} giờ chiều {r.choice(WEEKDAY)} tại nhà hàng "
                     f"{r.choice(['Seafood Palace', 'Paracel', 'Diamond Seafood', 'Grand Garden'])}, {r.randint(9000, 16000)} "
                     f"{r.choice(['Brookhurst St', 'Bolsa Ave', 'Bellaire Blvd'])}, {c}. Mọi chi tiết xin liên lạc "
                     f"{us_tel(r)}.", "content"))
        if chance(r, 0.5):
            out.append(L(r.choice(["Ban tổ chức hy vọng sẽ quyên góp được ít nhất 50.000 đô la.",
                                   f"Vé vào cửa ${r.randint(2, 15)}0 một người, trẻ em dưới 12 tuổi miễn phí."]), "content"))
    else:
        out.append(L(f"Mọi thông tin xin liên hệ {r.choice(['Văn phòng UBND xã', 'Phòng Văn hóa huyện', 'Ban tổ chức'])} "
                     f"qua số điện thoại {tel(r)}.", "content"))


def _trap(r: random.Random, paras: Lines, fam: int) -> Lines:
    """One or two traps mixed into the article's paragraphs (all labelled content)."""
    out = list(paras)
    kinds = r.sample(["hotline", "addresses", "names", "quote", "short_name", "subheads", "theo", "prices",
                      "weather", "opener", "no_stop", "family", "family"], r.choice([1, 1, 2]))
    kinds = list(dict.fromkeys(kinds))
    name = full_name(r, 3)
    for kind in kinds:
        if kind == "hotline":
            intro = r.choice(["Người dân cần hỗ trợ khẩn cấp có thể liên hệ các số điện thoại sau:",
                              "Đường dây nóng tiếp nhận phản ánh của ban chỉ đạo:",
                              "Các số điện thoại trực cứu hộ, cứu nạn trong mùa mưa bão gồm:",
                              "Mọi thông tin về người mất tích, gia đình có thể báo cho:"])
            units = r.sample(["Trung tâm Y tế huyện", "Công an xã", "Ban Chỉ huy quân sự huyện", "Trạm cứu hộ đê",
                              "Bệnh viện Đa khoa tỉnh", "UBND thị trấn", "Đội Cảnh sát PCCC khu vực",
                              "Trực ban Sở Giao thông vận tải"], r.randint(2, 4))
            seps = r.choice([": ", " - ", ", điện thoại "])
            out.append(L(intro, "content"))
            out += [L(f"{u}{seps}{tel(r)}", "content", "li") for u in units]
            if chance(r, 0.5):
                out.append(L(r.choice(["Các số máy trên trực 24/24 giờ trong suốt thời gian mưa lũ.",
                                       "Ngoài ra, người dân có thể gọi tổng đài 112 hoặc 114."]), "content"))
        elif kind == "addresses":
            intro = r.choice(["Các điểm tiêm vắc xin miễn phí trong đợt này gồm:",
                              "Người dân có thể nộp hồ sơ trực tiếp tại các địa điểm:",
                              "Danh sách các cửa hàng bán hàng bình ổn giá:"])
            out.append(L(intro, "content"))
            for _ in range(r.randint(2, 4)):
                out.append(L(f"{r.choice(['Trạm Y tế', 'Nhà văn hóa', 'Bộ phận một cửa', f'Cửa hàng số {r.randint(1, 30)}'])} "
                             f"{r.choice(PLACES)}, số {r.randint(2, 280)} đường {r.choice(T.STREETS)}", "content", "li"))
        elif kind == "names":
            intro = r.choice(["Ban tổ chức đã trao giải cho các cá nhân sau:", "Những người được bổ nhiệm lần này gồm:",
                              "Danh sách các tập thể, cá nhân được khen thưởng:"])
            out.append(L(intro, "content"))
            ranks = ["Giải nhất", "Giải nhì", "Giải ba", "Giải khuyến khích"]
            honours = ranks[: r.randint(2, 4)] if chance(r, 0.5) else r.sample(["Ông", "Bà", "Em", "Đồng chí"], 2) * 2
            for pos in honours:
                out.append(L(f"{pos}: {full_name(r, 3)} ({r.choice(ROLES)})" if pos.startswith("Giải")
                             else f"{pos} {full_name(r, 3)}, {lower_first(r.choice(ROLES))}", "content", "li"))
        elif kind == "quote":
            role = r.choice(ROLES)
            out.append(L(r.choice([f"“{r.choice(QUOTES)}”, ông {name}, {lower_first(role)}, nói.",
                                   f"“{r.choice(QUOTES)}”, bà {name} chia sẻ.",
                                   f"“{r.choice(QUOTES)}”.",
                                   f"\"{r.choice(QUOTES)}\" - {lower_first(role)} {name} khẳng định."]), "content"))
        elif kind == "short_name":
            out.append(L(r.choice([f"Ông {name} hiện đã được xuất viện.", f"Anh {name} đã được đưa về nhà.",
                                   f"Bà {name} năm nay 78 tuổi.", f"Nạn nhân là chị {name}, 27 tuổi.",
                                   f"Người trúng giải là anh {name}.", f"Em {name} là học sinh lớp 9."]), "content"))
        elif kind == "subheads" and len(out) > 3:
            for pos in sorted(r.sample(range(2, len(out)), min(2, len(out) - 2)), reverse=True):
                out.insert(pos, L(r.choice(SUBHEADS), "content", r.choice(["h2", "h3", "p"])))
        elif kind == "theo":
            out.insert(r.randint(1, len(out)), L(fill(r, r.choice(THEO).replace("{name}", name)), "content"))
        elif kind == "prices":
            a, b = r.sample(["cà chua", "bắp cải", "thịt heo ba rọi", "cá basa", "trứng gà", "gạo thường",
                             "sầu riêng Ri6", "thanh long ruột đỏ", "hành lá", "xăng RON 95"], 2)
            out.append(L(f"Ghi nhận sáng nay tại chợ {r.choice(MARKETS)}, giá {a} dao động "
                         f"{r.randint(10, 40)}.000 - {r.randint(41, 90)}.000 đồng/kg, {b} khoảng "
                         f"{r.randint(12, 120)}.000 đồng/kg, tăng {r.randint(5, 30)}% so với tuần trước.", "content"))
        elif kind == "weather":
            lo = r.randint(14, 25)
            out.append(L(f"Theo đài khí tượng, đêm nay và ngày mai khu vực {r.choice(PROVINCES)} có mưa rào và dông "
                         f"rải rác, nhiệt độ thấp nhất {lo}-{lo + 2} độ C, cao nhất {lo + 8}-{lo + 10} độ C.", "content"))
        elif kind == "opener":
            line = r.choice(OPENERS).format(role=lower_first(r.choice(ROLES)), name=name)
            out.insert(r.randint(1, len(out)), L(line, "content"))
        elif kind == "family":
            _family_trap(r, out, fam)
        elif kind == "no_stop" and out[-1].text.endswith("."):
            out[-1] = L(out[-1].text.rstrip(". "), "content", out[-1].tag)
    return out


def article_lines(article: list[str], r: random.Random, fam: int) -> tuple[T.Line, Lines, bool]:
    """The title line, the paragraphs (with a trap on about one page in five), and whether it has a trap."""
    title = L(article[0], "title", "h1")
    paras = [L(p, "content") for p in article[1:]]
    trapped = chance(r, 0.18)
    if trapped:
        paras = _trap(r, paras, fam)
    return title, paras, trapped


# -- family 38: national daily, magazine / long-form pages --------------------------------------------

MAG_SECTIONS = ["Thời sự", "Thế giới", "Kinh tế", "Bất động sản", "Khoa học", "Giải trí", "Thể thao", "Pháp luật",
                "Giáo dục", "Sức khỏe", "Đời sống", "Du lịch", "Số hóa", "Xe", "Ý kiến", "Tâm sự", "Magazine",
                "Longform", "Infographics", "Podcasts", "Video", "Ảnh", "Chính trị", "Nhịp sống trẻ", "Văn hóa"]
MAG_KICKERS = ["E-MAGAZINE", "Emagazine", "LONGFORM", "Longform", "Phóng sự dài kỳ", "Câu chuyện cuối tuần",
               "Chuyện của người trong cuộc", "Hồ sơ", "Điều tra", "Chân dung", "Góc nhìn", "Thời Đại Magazine",
               "Special", "Ghi chép", "Tiêu điểm tuần"]


def _date38(r: random.Random) -> str:
    d, m, y, hh, mm, wd = when(r)
    wdn = WEEKDAY[wd] if chance(r, 0.6) else WEEKDAY[wd].lower().capitalize()
    return r.choice([f"{wdn}, {d}/{m}/{y}, {hh:02d}:{mm:02d} (GMT+7)", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} GMT+7",
                     f"{hh:02d}:{mm:02d} {d:02d}/{m:02d}/{y}", f"Cập nhật lúc {hh:02d}:{mm:02d} ngày {d}/{m}/{y}",
                     f"{wdn}, ngày {d} tháng {m} năm {y}", f"{d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}",
                     f"Đăng ngày {d:02d}.{m:02d}.{y}", f"{wdn} {d}/{m}/{y} {hh}:{mm:02d} (GMT+07:00)"])


def _credits38(r: random.Random) -> Lines:
    roles = r.sample(["Nội dung", "Bài", "Ảnh", "Video", "Thiết kế", "Đồ họa", "Trình bày", "Biên tập", "Thực hiện",
                      "Dựng phim", "Flycam", "Kỹ thuật"], r.randint(2, 5))
    colon = r.choice([": ", ": ", " - ", " | "])
    pairs = [(caseify(r, ro, 0.3, 0), pen(r) if chance(r, 0.7) else " - ".join(pen(r) for _ in range(2))) for ro in roles]
    if chance(r, 0.5):
        return [L(f"{a}{colon}{b}", "byline", r.choice(["p", "div"])) for a, b in pairs]
    joiner = r.choice([" - ", " | ", " / ", "   "])
    return [L(joiner.join(f"{a}{colon}{b}" for a, b in pairs), "byline")]


def _fam38(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(38, OUTLETS[38])
    title, paras, _ = article_lines(article, r, 38)
    site = SITE_NAMES[38]
    secs = r.sample(MAG_SECTIONS, r.randint(7, 13))
    # head: top bar, menu, kicker, breadcrumb
    top: Lines = []
    if chance(r, 0.6):
        d, m, y, _, _, wd = when(r)
        top.append(L(r.choice([f"{WEEKDAY[wd]}, {d}/{m}/{y}", f"Hôm nay, {WEEKDAY[wd].lower()} {d:02d}/{m:02d}/{y}",
                               f"{WEEKDAY[wd]} - {d:02d}.{m:02d}.{y}"]), "dateline", "span"))
    if chance(r, 0.35):
        c = r.choice(CITY_WEATHER)
        top.append(L(r.choice([f"{c} {r.randint(18, 36)}°C", f"{c}: {r.choice(SKY).lower()}, {r.randint(18, 36)}°C",
                               f"{r.randint(18, 36)}° {c}"]), "weather", "span"))
    if chance(r, 0.5):
        top += many(r.sample(["Đăng nhập", "Đăng ký", "Báo in", "E-paper", "Podcast", "Mới nhất", "Tin theo khu vực",
                              "English", "Tài khoản", "Tiện ích", "RSS"], r.randint(2, 4)), "menu", "a")
    r.shuffle(top)
    page.head += top
    if chance(r, 0.5):
        page.head.append(L(sep(r).join(secs), "menu"))
    else:
        page.head += many(secs, "menu", "li")
    kicker = caseify(r, r.choice(MAG_KICKERS), 0.2, 0)
    if chance(r, 0.55):
        page.head.append(L(sep(r, "crumb").join(["Trang chủ"] * r.randint(0, 1) + r.sample(secs, r.randint(1, 2))
                                                 + [kicker] * r.randint(0, 1)), "breadcrumb"))
    # body: kicker, title, top credits / dateline, tools, paragraphs
    body: Lines = []
    if chance(r, 0.6):
        body.append(L(kicker, "widget_label", "div"))
    body.append(title)
    top_bits: Lines = []
    if chance(r, 0.7):
        top_bits.append(L(_date38(r), "dateline", "time"))
    credits_top = chance(r, 0.35)
    if credits_top:
        top_bits += _credits38(r)
    if chance(r, 0.45):
        mins = r.randint(3, 25)
        top_bits.append(L(r.choice([f"Thời gian đọc: {mins} phút", f"{mins} phút đọc", f"Đọc trong {mins} phút",
                                    f"⏱ {mins} phút"]), "widget_label", "span"))
    if chance(r, 0.35):
        m_, s_ = r.randint(2, 14), r.randint(0, 59)
        top_bits += many(r.sample([r.choice(["Nghe bài viết", "Nghe đọc bài", "Nghe bài này", "🎧 Nghe"]),
                                   f"00:00 / {m_:02d}:{s_:02d}", r.choice(["Giọng nữ miền Bắc", "Giọng nam miền Nam",
                                                                           "Tốc độ 1.0x", "AI đọc báo"])],
                                  r.randint(1, 3)), "widget_label", "span")
    if chance(r, 0.3):
        top_bits.append(L(sep(r).join(r.sample(["Facebook", "Zalo", "Twitter", "Sao chép link", "Email", "Lưu"],
                                               r.randint(2, 4))), "share_widget"))
    r.shuffle(top_bits)
    body += top_bits
    body += paras
    series = chance(r, 0.3)
    part = r.randint(1, 4)
    series_name = fill(r, r.choice(STANDALONE))
    if series:
        box = [L(r.choice([f"Loạt bài: {series_name}", f"LOẠT BÀI “{series_name.upper()}”", f"Chuyên đề: {series_name}"]),
                 "widget_label", "h4")]
        box += [L(f"{r.choice(['Bài', 'Kỳ', 'Phần'])} {i}: {news_headline(r)}", "related_links", "li")
                for i in range(1, r.randint(3, 5))]
        if chance(r, 0.5):
            body[2:2] = box
        else:
            insert_at(body, box, r)
    for _ in range(r.choice([0, 1, 1, 2])):
        kind = r.random()
        if kind < 0.35:
            insert_at(body, [L(r.choice([">> ", "ĐỌC THÊM: ", "Đọc thêm: ", "► ", "Xem thêm: ", "» "])
                               + news_headline(r), "see_more")], r)
        elif kind < 0.6:
            block = [L(caseify(r, r.choice(["Tin liên quan", "Có thể bạn quan tâm", "Đọc tiếp", "Bài cùng chủ đề"]), 0.4, 0),
                       "widget_label", "h4")]
            block += many(headlines(r, r.randint(2, 3)), "related_links", "li")
            insert_at(body, block, r)
        elif kind < 0.8:
            insert_at(body, [L(r.choice(["Video: ", "VIDEO: ", "Clip: ", "Infographic: ", "Podcast: "])
                               + news_headline(r), "widget_label", "div")], r)
        elif kind < 0.9:
            insert_at(body, [caption(r, pen(r))], r)
        else:
            who = pen(r) if chance(r, 0.6) else r.choice(NEWS_AGENCIES)
            lab = "source" if who in NEWS_AGENCIES else "byline"
            insert_at(body, [L(r.choice([f"Ảnh: {who}", f"ẢNH: {who.upper()}", f"(Ảnh: {who})", f"Ảnh tư liệu: {who}"]),
                               lab, "em")], r)
    if chance(r, 0.25):
        insert_at(body, [L(r.choice(["Quảng cáo", "QUẢNG CÁO", "Advertisement", "Nội dung tài trợ"]), "advert", "div")], r)
    # tail inside the article
    tail: list[Lines] = []
    if series and chance(r, 0.7):
        tail.append([L(r.choice([f"Kỳ tới: {news_headline(r)}", "(Còn nữa)", f"Bài {part + 1}: {news_headline(r)}",
                                 "(Còn tiếp)", f"Đón đọc kỳ {part + 1}: {news_headline(r)}", "Còn nữa..."]),
                       "continuation")])
    if not credits_top:
        if chance(r, 0.7):
            tail.append(_credits38(r))
        else:
            who = pen(r)
            d, m, y, hh, mm, _ = when(r)
            tail.append([L(r.choice([who.upper(), who, f"{who} - {ascii_slug(who).replace('-', '')}@{OUTLETS[38]}",
                                     f"{who} | {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}", f"Bài và ảnh: {who}",
                                     f"{who} (từ {r.choice(CITY_WEATHER)})"]), "byline")])
    if chance(r, 0.15):
        tail.append([L(r.choice([f"Bạn có câu chuyện muốn chia sẻ? Gửi bài về {r.choice(['tamsu', 'bandoc'])}@{OUTLETS[38]}",
                                 "Bài viết được thực hiện với sự đồng hành của " + r.choice(["Quỹ Vì Cộng đồng", "Ngân hàng Phương Nam", "Tập đoàn Sao Việt"]),
                                 f"Mời độc giả gửi ý kiến về chủ đề này tới {r.choice(['ykien', 'toasoan'])}@{OUTLETS[38]}"]),
                       "comment_prompt" if chance(r, 0.6) else "advert")])
    if chance(r, 0.5):
        d, m, y, *_ = when(r)
        tail.append([L(r.choice([f"Ngày xuất bản: {d}/{m}/{y}", f"Xuất bản: {d:02d}/{m:02d}/{y}",
                                 f"Published: {d:02d}/{m:02d}/{y}", f"Ngày đăng: {d}-{m}-{y}"]), "dateline", "time")])
    if chance(r, 0.3):
        tail.append([L(r.choice(["Theo ", "Nguồn: ", "(Theo ", "Tham khảo: "]) +
                       ", ".join(r.sample(NEWS_AGENCIES, r.randint(1, 3))) + "", "source")])
        if tail[-1][0].text.startswith("("):
            tail[-1][0].text += ")"
    if chance(r, 0.65):
        words = r.sample(T.TAG_WORDS + ISSUES + PROVINCES, r.randint(2, 6))
        pre = r.choice(["Từ khóa: ", "Tags: ", "Chủ đề: ", "", "Tag: "])
        if pre == "" and chance(r, 0.5):
            tail.append(many(["#" + w.replace(" ", "") for w in words], "tags", "a"))
        else:
            joiner = r.choice([", ", " - ", " #", " / "])
            tail.append([L(pre + ("#" if joiner == " #" else "") + joiner.join(words), "tags")])
    share: Lines = []
    if chance(r, 0.6):
        share.append(L(r.choice(["Chia sẻ bài viết", "Chia sẻ", "CHIA SẺ", "Share"]), "share_widget", "span"))
        share += many(r.sample(["Facebook", "Zalo", "Messenger", "X", "Email", "Sao chép link", "In bài"],
                               r.randint(2, 4)), "share_widget", "a")
    if chance(r, 0.45):
        share.append(L(r.choice([f"Theo dõi {site} trên Google News", f"Theo dõi {site} trên",
                                 "Theo dõi chúng tôi trên Google News", f"Đọc {site} trên ứng dụng di động"]),
                       "share_widget"))
    if chance(r, 0.35):
        share.append(L(sep(r).join(f"{e} {r.randint(0, 900)}" for e in r.sample(
            ["Thích", "Yêu thích", "Vui", "Ngạc nhiên", "Buồn", "Phẫn nộ", "Hữu ích"], r.randint(3, 5))), "share_widget"))
    if share:
        tail.append(share)
    cm: Lines = []
    if chance(r, 0.4):
        cm.append(L(r.choice(["Bạn thấy bài viết thế nào?", "Bài viết có hữu ích với bạn không?",
                              "Tặng sao cho tác giả", "Đánh giá bài viết"]), "comment_prompt"))
    if chance(r, 0.6):
        k = r.randint(0, 180)
        cm += many(r.sample([f"Bình luận ({k})", f"{k} bình luận", "Ý kiến của bạn", "Gửi bình luận",
                             "Viết bình luận của bạn...", "Bình luận sẽ được biên tập trước khi đăng",
                             "Vui lòng nhập tiếng Việt có dấu", "Đăng nhập để bình luận", "Xem thêm bình luận",
                             "Mới nhất | Được thích nhất"], r.randint(1, 4)), "comment_prompt")
    if cm:
        tail.append(cm)
    if chance(r, 0.75):
        lab = caseify(r, r.choice(["Đọc tiếp", "Cùng chuyên mục", "Magazine khác", "Tin mới", "Đừng bỏ lỡ",
                                   "Bài viết liên quan", "Xem nhiều trong tuần", "Có thể bạn quan tâm"]), 0.35, 0.1)
        items = headlines(r, r.randint(3, 6))
        if chance(r, 0.3):
            items = [f"{h} ({ago(r)})" if chance(r, 0.5) else f"{h} - {ago(r)}" for h in items]
        tail.append([L(lab, "widget_label", "h3")] + many(items, "related_links", "li"))
    if chance(r, 0.2):
        tail.append([L(r.choice(["Nội dung được tài trợ", "Tài trợ", "Sponsored"]), "advert", "span"),
                     L(fill(r, r.choice(["Ưu đãi {n} triệu đồng khi mua căn hộ tại {pl}",
                                         "Giảm {k}% phí bảo hiểm cho khách hàng mới",
                                         "Trải nghiệm mùa {season} cùng tour trọn gói"])), "advert")])
    # the order of the tail blocks varies a little: keep credits near the text, shuffle the rest
    head_part, rest = tail[:2], tail[2:]
    if chance(r, 0.4):
        r.shuffle(rest)
    for b in head_part + rest:
        body += b
    # sidebar
    if chance(r, 0.7):
        page.side.append(L(caseify(r, r.choice(["Đọc nhiều", "Xem nhiều", "Tin nổi bật", "Tiêu điểm", "Mới nhất"]),
                                   0.4, 0), "widget_label", "h3"))
        items = headlines(r, r.randint(4, 7))
        if chance(r, 0.4):
            items = [f"{i}. {h}" if chance(r, 0.5) else f"{i} {h}" for i, h in enumerate(items, 1)]
        page.side += many(items, "related_links", "li")
    if chance(r, 0.3):
        page.side.append(L(r.choice(["Podcast", "Video nổi bật", "Infographic"]), "widget_label", "h3"))
        page.side += many(headlines(r, r.randint(2, 3)), "related_links", "li")
    if chance(r, 0.3):
        page.side.append(L(r.choice(["Quảng cáo", "ADVERTISEMENT", "QC"]), "advert", "span"))
    # footer
    owner = r.choice(["Bộ Thông tin và Truyền thông", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
                      "Hội Nhà báo Việt Nam", "Tổng Liên đoàn Lao động Việt Nam"])
    foot = [L(r.choice([f"{site} - Báo điện tử của {owner}", f"Báo điện tử {site}", f"© {site}",
                        f"{site.upper()} - TIN TỨC 24H"]), "footer"),
            L(r.choice(["Cơ quan chủ quản: ", "Cơ quan chủ quản: ", "Thuộc "]) + owner, "footer"),
            L(f"{r.choice(['Tổng biên tập', 'Tổng Biên tập', 'TỔNG BIÊN TẬP'])}: {full_name(r, 3)}", "footer"),
            L(f"Giấy phép {r.choice(['số', 'hoạt động báo điện tử số'])} {r.randint(10, 650)}/GP-BTTTT "
              f"{r.choice(['ngày', 'cấp ngày'])} {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2012, 2024)}", "footer"),
            L(f"{r.choice(['Địa chỉ', 'Tòa soạn', 'Trụ sở'])}: {r.randint(2, 120)} {r.choice(T.STREETS)}, "
              f"{r.choice(['quận Ba Đình, Hà Nội', 'quận Hoàn Kiếm, Hà Nội', 'quận 3, TP.HCM', 'quận Đống Đa, Hà Nội'])}",
              "footer"),
            L(f"{r.choice(['Điện thoại', 'ĐT', 'Tổng đài'])}: {tel(r, 'land')}{sep(r)}Email: "
              f"{r.choice(['toasoan', 'bandoc', 'contact', 'tttt'])}@{OUTLETS[38]}", "footer"),
            L(r.choice([f"Liên hệ quảng cáo: {tel(r)}", f"Hotline quảng cáo: {tel(r, 'mobile')}",
                        f"Quảng cáo: ads@{OUTLETS[38]}"]), "footer"),
            L(r.choice([f"© {r.randint(2012, 2025)} Bản quyền thuộc về {site}.",
                        f"Copyright © {site}. All rights reserved.",
                        f"Chỉ được phát hành lại thông tin từ website này khi có sự đồng ý bằng văn bản của {site}.",
                        "Không được sao chép, tái bản dưới mọi hình thức khi chưa được phép."]), "footer"),
            L(sep(r).join(r.sample(["Giới thiệu", "Điều khoản sử dụng", "Chính sách bảo mật", "RSS", "Liên hệ",
                                    "Quảng cáo", "Tòa soạn", "Sơ đồ site"], r.randint(3, 6))), "footer")]
    keep = [x for x in foot if chance(r, 0.75)] or foot[:2]
    if chance(r, 0.3):
        keep = [L(sep(r).join(secs[: r.randint(4, 8)]), "menu")] + keep
    page.foot += keep
    page.body = body
    return page


# -- family 39: provincial Party paper --------------------------------------------------------------

PROVINCE = "Lam Giang"
DISTRICTS = ["TP. Lam Giang", "thị xã Bắc Lam", "huyện Yên Khê", "huyện Sơn Dương", "huyện Đồng Lạc", "huyện Tân Kỳ",
             "huyện Hà Lam", "huyện Mỹ Hòa", "huyện Vân Sơn", "huyện Thạch Lâm"]
PARTY_SECTIONS = ["Thời sự", "Chính trị", "Xây dựng Đảng", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao",
                  "Quốc phòng - An ninh", "Nông thôn mới", "Pháp luật", "Bạn đọc", "Media", "Báo in", "Lam Giang 24h",
                  "Chuyển đổi số", "Du lịch", "Giáo dục", "Y tế", "Khoa giáo", "Phóng sự", "Ảnh", "Podcast"]
PARTY_COLUMNS = ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Bảo vệ nền tảng tư tưởng của Đảng",
                 "Xây dựng nông thôn mới", "Chuyển đổi số", "Cải cách hành chính", "Tiến tới Đại hội Đảng bộ tỉnh",
                 "Gương sáng đời thường", "Dân vận khéo", "Phòng, chống tham nhũng, tiêu cực", "Vì an ninh Tổ quốc"]
UNITS = ["TTVH huyện", "Trung tâm VH-TT&TT huyện", "Ban Tuyên giáo Tỉnh ủy", "Sở Nông nghiệp và PTNT",
         "Công an huyện", "Đài TT-VH huyện", "UBND xã", "Hội Nông dân huyện", "Trường THPT", "Bộ CHQS tỉnh"]


def _byline39(r: random.Random) -> T.Line:
    a, b = pen(r), pen(r)
    form = r.random()
    if form < 0.25:
        txt = a
    elif form < 0.4:
        txt = f"{a} - {b}" if chance(r, 0.6) else f"{a}, {b}"
    elif form < 0.55:
        txt = f"{a} ({r.choice(UNITS)}{' ' + r.choice(DISTRICTS).split(' ', 1)[-1] if chance(r, 0.5) else ''})"
    elif form < 0.7:
        txt = f"{r.choice(['Tin, ảnh', 'Bài, ảnh', 'Tin và ảnh', 'Bài và ảnh', 'Tin/ảnh', 'Bài/ảnh'])}: {a}"
    elif form < 0.8:
        txt = f"{r.choice(['CTV', 'PV', 'Nhóm PV', 'Nhóm phóng viên'])} {a}" if chance(r, 0.7) else "Nhóm PV Thời sự"
    elif form < 0.9:
        txt = f"{a} - {r.choice(['Ảnh', 'Ảnh:'])} {b}"
    else:
        txt = f"{full_name(r, 3)} ({r.choice(['Phó Chủ tịch UBND', 'Bí thư Đảng ủy', 'Chủ tịch MTTQ'])} {r.choice(PLACES)})"
    return L(txt.upper() if chance(r, 0.3) else txt, "byline", r.choice(["p", "strong", "div"]))


def _date39(r: random.Random) -> str:
    d, m, y, hh, mm, wd = when(r)
    wdn = WEEKDAY[wd].lower().capitalize() if chance(r, 0.6) else WEEKDAY[wd]
    return r.choice([f"{wdn}, {d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d}:{r.randint(0, 59):02d}",
                     f"Đăng lúc: {hh:02d}:{mm:02d} | {d:02d}/{m:02d}/{y}", f"Ngày đăng: {d:02d}-{m:02d}-{y}",
                     f"Cập nhật: {hh:02d}:{mm:02d}, {wdn} {d:02d}/{m:02d}/{y}", f"{hh}h{mm:02d}, {d}/{m}/{y}",
                     f"{wdn}, ngày {d}/{m}/{y}"])


def _fam39(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(39, OUTLETS[39])
    title, paras, _ = article_lines(article, r, 39)
    site = SITE_NAMES[39]
    head: Lines = []
    if chance(r, 0.7):
        d, m, y, _, _, wd = when(r)
        head.append(L(r.choice([f"{WEEKDAY[wd]}, ngày {d:02d}/{m:02d}/{y}", f"{WEEKDAY[wd]} {d}/{m}/{y}",
                                f"Hôm nay: {WEEKDAY[wd].lower()}, {d:02d}-{m:02d}-{y}"]), "dateline", "span"))
    if chance(r, 0.5):
        place = r.choice([PROVINCE, *DISTRICTS[:4]])
        t = r.randint(16, 37)
        head.append(L(r.choice([f"{place}: {t}°C - {t + r.randint(2, 6)}°C", f"{place} {t}°C, {r.choice(SKY).lower()}",
                                f"Thời tiết {place}: {r.choice(SKY)}, {t}-{t + 4}°C"]), "weather", "span"))
    if chance(r, 0.5):
        head.append(L(sep(r).join(r.sample(["Báo in", "Báo ảnh", "Phát thanh", "Truyền hình", "English", "Podcast",
                                            "Đặt mua báo", "Liên hệ", "Đường dây nóng"], r.randint(3, 5))), "menu"))
    if chance(r, 0.35):
        head.append(L(r.choice([f"Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh {PROVINCE}",
                                f"TIẾNG NÓI CỦA ĐẢNG BỘ, CHÍNH QUYỀN VÀ NHÂN DÂN TỈNH {PROVINCE.upper()}",
                                f"Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh {PROVINCE}"]), "widget_label", "div"))
    secs = ["Trang chủ"] * r.randint(0, 1) + r.sample(PARTY_SECTIONS, r.randint(8, 14))
    if chance(r, 0.5):
        head += many(secs, "menu", "li")
    else:
        head.append(L(sep(r).join(secs), "menu"))
    if chance(r, 0.3):
        head.append(L(r.choice(["Chào mừng kỷ niệm ", "Nhiệt liệt chào mừng ", "CHÀO MỪNG "])
                      + r.choice([f"{r.randint(20, 95)} năm Ngày thành lập Đảng bộ tỉnh {PROVINCE}",
                                  f"Đại hội đại biểu Đảng bộ tỉnh {PROVINCE} lần thứ {r.choice(['XVII', 'XVIII', 'XIX', 'XX'])}",
                                  f"{r.randint(10, 35)} năm tái lập tỉnh {PROVINCE}", "Quốc khánh 2/9"]),
                      "advert", "div"))
    if chance(r, 0.35):
        head.append(L(r.choice(["Tin nóng: ", "Tiêu điểm: ", "Mới: ", "● "]) + news_headline(r), "related_links", "a"))
    if chance(r, 0.6):
        crumb = r.sample(PARTY_SECTIONS, r.randint(1, 2))
        if chance(r, 0.4):
            crumb = ["Trang chủ"] + crumb
        head.append(L(sep(r, "crumb").join(crumb), "breadcrumb"))
    page.head = head
    body: Lines = []
    if chance(r, 0.25):
        body.append(L(r.choice(PARTY_COLUMNS), "widget_label", "div"))
    body.append(title)
    tools: Lines = []
    if chance(r, 0.75):
        tools.append(L(_date39(r), "dateline", "span"))
    if chance(r, 0.3):
        tools.append(L(r.choice(["Cỡ chữ: A- A A+", "A- A+", "Cỡ chữ", "Cỡ chữ: Nhỏ | Vừa | Lớn"]), "share_widget", "span"))
    if chance(r, 0.3):
        tools.append(L(sep(r).join(r.sample(["In bài", "Gửi email", "Chia sẻ", "Nghe đọc", "Lưu tin", "Zalo", "Facebook"],
                                             r.randint(2, 4))), "share_widget"))
    if chance(r, 0.2):
        tools.append(L(f"{r.choice(['Lượt xem', 'Lượt đọc', 'Xem'])}: {r.randint(40, 9000):,}".replace(",", "."),
                       "widget_label", "span"))
    r.shuffle(tools)
    body += tools
    if chance(r, 0.15):
        body.append(_byline39(r))
    body += paras
    for _ in range(r.choice([0, 1, 1, 2])):
        k = r.random()
        if k < 0.35:
            block = [L(caseify(r, r.choice(["Tin liên quan", "Tin liên quan:", "Bài liên quan", "Tin cùng sự kiện"]), 0.4, 0),
                       "widget_label", "h4")]
            block += many([h if chance(r, 0.6) else f"{h} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d})"
                           for h in headlines(r, r.randint(1, 3))], "related_links", "li")
            insert_at(body, block, r)
        elif k < 0.6:
            insert_at(body, [L(r.choice([">> ", ">>> ", "* ", "Xem thêm: ", "→ ", "+ "]) + news_headline(r),
                               "see_more", r.choice(["p", "a"]))], r)
        elif k < 0.7:
            insert_at(body, [caption(r, pen(r) if chance(r, 0.7) else f"{pen(r)} ({r.choice(UNITS)})")], r)
        elif k < 0.85:
            insert_at(body, [L(r.choice([f"Ảnh: {pen(r)}", f"Ảnh: {pen(r)} ({r.choice(UNITS)})", "Ảnh minh họa",
                                         "Ảnh: T.L", "Ảnh: Tư liệu", "Ảnh: CTV"]), "byline", "em")], r)
        else:
            insert_at(body, [L(r.choice(["Video: ", "Clip: ", "Phóng sự ảnh: ", "Mời quý vị xem video: "]) + news_headline(r),
                               "widget_label", "div")], r)
    tail: list[Lines] = []
    if chance(r, 0.12):
        tail.append([L(r.choice(["(Còn nữa)", "(Còn tiếp)", "Kỳ sau: " + news_headline(r), "(Xem tiếp kỳ sau)"]),
                       "continuation", "em")])
    if chance(r, 0.12):
        tail.append([L(r.choice([f"Bạn đọc có thông tin phản ánh xin gửi về email: bandoc@{OUTLETS[39]} hoặc số {tel(r, 'mobile')}",
                                 f"Đường dây nóng của Báo: {tel(r, 'mobile')}",
                                 "Mời quý độc giả theo dõi các video đang được quan tâm",
                                 f"Mời bạn đọc gửi tin, bài, ảnh cộng tác về {site}"]), "comment_prompt")])
    if not any(x.label == "byline" and x.tag != "em" for x in body) or chance(r, 0.1):
        tail.append([_byline39(r)])
    if chance(r, 0.3):
        src = r.choice(DOMESTIC_PAPERS + ["Cổng TTĐT tỉnh", "TTXVN", "Báo Nhân Dân", "VOV"])
        tail.append([L(r.choice([f"(Theo {src})", f"Theo {src}", f"Nguồn: {src}", f"Nguồn {src}", f"{src}"]), "source",
                       r.choice(["p", "em"]))])
    if chance(r, 0.55):
        words = r.sample(ISSUES + T.TAG_WORDS + [PROVINCE, "nông thôn mới", "Đảng bộ", "cải cách hành chính"], r.randint(2, 5))
        tail.append([L(r.choice(["Từ khóa: ", "Tags: ", "Từ khoá: ", "Tag:"]) + r.choice([", ", "; ", " ", " | "]).join(words),
                       "tags")])
    bar: Lines = []
    if chance(r, 0.55):
        bar += many(r.sample(["In bài", "Gửi cho bạn bè", "Về đầu trang", "Lên đầu trang", "Chia sẻ", "Bản in",
                              "Gửi góp ý", "Lưu bài", "Quay lại"], r.randint(2, 4)), "share_widget", "a")
    if chance(r, 0.2):
        bar.append(L(f"{r.choice(['Lượt xem', 'Số lượt đọc'])}: {r.randint(40, 9999)}", "widget_label", "span"))
    if bar:
        tail.append(bar)
    if chance(r, 0.45):
        cm = [L(r.choice(["Ý kiến bạn đọc", "Ý KIẾN BẠN ĐỌC", "Gửi ý kiến", "Bình luận", "Ý kiến của bạn"]), "comment_prompt", "h4")]
        cm += many(r.sample(["Họ tên", "Họ và tên (*)", "Email", "Địa chỉ email", "Nội dung", "Mã xác nhận",
                             "Gửi ý kiến", "Gửi", "Nhập lại", "Các ý kiến sẽ được Ban biên tập chọn lọc trước khi đăng",
                             "Chưa có ý kiến nào. Hãy là người đầu tiên!", "Vui lòng gõ tiếng Việt có dấu"],
                            r.randint(1, 5)), "comment_prompt")
        tail.append(cm)
    if chance(r, 0.8):
        lab = r.choice(["Cùng chuyên mục", "Các tin khác", "Tin cùng chuyên mục", "Tin khác", "Tin mới hơn",
                        "Tin đã đưa", "Xem thêm"])
        items = headlines(r, r.randint(3, 8))
        if chance(r, 0.45):
            items = [f"{h} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2010, 2025)})" for h in items]
        tail.append([L(caseify(r, lab, 0.4, 0), "widget_label", "h3")] + many(items, "related_links", "li"))
    if chance(r, 0.3):
        r.shuffle(tail)
    for b in tail:
        body += b
    page.body = body
    # sidebar
    side: list[Lines] = []
    if chance(r, 0.5):
        side.append([L(r.choice(["Giá nông sản", "GIÁ CẢ THỊ TRƯỜNG", "Giá cả hôm nay", "Thị trường"]), "widget_label", "h3")]
                    + many([r.choice([f"{g}: {p}", f"{g} {p}"]) for g, p in r.sample(
                        [("Lúa khô", f"{r.randint(6, 9)}.{r.randint(0, 9)}00 đ/kg"),
                         ("Heo hơi", f"{r.randint(48, 72)}.000 đ/kg"), ("Cao su", f"{r.randint(280, 420)} đ/độ"),
                         ("Cà phê nhân", f"{r.randint(38, 120)}.{r.randint(0, 9)}00 đ/kg"),
                         ("Vàng SJC", f"{r.randint(55, 92)},{r.randint(0, 99):02d} tr/lượng"),
                         ("Hồ tiêu", f"{r.randint(60, 150)}.000 đ/kg"), ("Keo nguyên liệu", f"{r.randint(900, 1400)}.000 đ/tấn")],
                        r.randint(2, 5))], "prices", "li"))
    if chance(r, 0.4):
        side.append([L(r.choice(["Thời tiết", "Dự báo thời tiết", "THỜI TIẾT"]), "widget_label", "h3")]
                    + many([f"{dd}: {(t := r.randint(15, 33))}-{t + r.randint(3, 7)}°C{r.choice(['', ', ' + r.choice(SKY).lower()])}"
                            for dd in r.sample(DISTRICTS, r.randint(2, 4))], "weather", "li"))
    if chance(r, 0.5):
        side.append([L(r.choice(["Đọc nhiều", "Tin đọc nhiều", "Tin mới nhất", "Tiêu điểm"]), "widget_label", "h3")]
                    + many(headlines(r, r.randint(3, 6)), "related_links", "li"))
    if chance(r, 0.4):
        side.append(many(r.sample(PARTY_COLUMNS, r.randint(2, 4)), "widget_label", "a"))
    if chance(r, 0.3):
        side.append([L(r.choice(["Báo in", "Đọc báo in", "Báo Lam Giang in"]), "advert", "h3"),
                     L(f"Số {r.randint(3000, 7000)} - {r.choice(WEEKDAY)}, {r.randint(1, 28)}/{r.randint(1, 12)}", "advert")])
    r.shuffle(side)
    for b in side:
        page.side += b
    # footer
    d, m, y, *_ = when(r)
    foot = [L(r.choice([f"BÁO {PROVINCE.upper()} ĐIỆN TỬ", f"{site} điện tử", f"© {site}", site]), "footer", "h4"),
            L(r.choice([f"Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh {PROVINCE}",
                        f"Cơ quan chủ quản: Tỉnh ủy {PROVINCE}"]), "footer"),
            L(f"Giấy phép {r.choice(['số', 'xuất bản số', 'hoạt động báo điện tử số'])} {r.randint(10, 700)}/GP-BTTTT "
              f"ngày {d:02d}/{m:02d}/{y} {r.choice(['của Bộ Thông tin và Truyền thông', 'do Bộ TT&TT cấp', ''])}".strip(),
              "footer"),
            L(f"{r.choice(['Tổng Biên tập', 'Tổng biên tập', 'Q. Tổng Biên tập', 'Phụ trách'])}: {full_name(r, 3)}", "footer"),
            L(f"Phó Tổng Biên tập: {', '.join(full_name(r, 3) for _ in range(r.randint(1, 3)))}", "footer"),
            L(f"{r.choice(['Tòa soạn', 'Địa chỉ', 'Trụ sở'])}: Số {r.randint(1, 99)}, đường {r.choice(T.STREETS)}, "
              f"phường {r.choice(['Bắc Lam', 'Trung Sơn', 'Hưng Bình', 'Tân Giang'])}, TP. {PROVINCE}", "footer"),
            L(r.choice([f"Điện thoại: {tel(r, 'land')} - Fax: {tel(r, 'land')}",
                        f"Ban Biên tập: {tel(r, 'land')}; Thư ký tòa soạn: {tel(r, 'land')}",
                        f"ĐT: {tel(r, 'land')} | Đường dây nóng: {tel(r, 'mobile')}"]), "footer"),
            L(f"Email: {r.choice(['toasoan', 'baolamgiang', 'bandientu', 'bbt'])}@{r.choice(['gmail.com', OUTLETS[39]])}",
              "footer"),
            L(r.choice([f"Ghi rõ nguồn \"{site}\" khi phát hành lại thông tin từ website này.",
                        f"Ghi rõ nguồn “{site} điện tử” khi phát hành lại thông tin từ website này",
                        f"Đề nghị ghi rõ nguồn {OUTLETS[39]} khi trích dẫn"]), "footer"),
            L(r.choice(["Thiết kế và phát triển bởi VNPT " + PROVINCE, "Phát triển bởi Trung tâm CNTT",
                        f"Đang truy cập: {r.randint(50, 2000)} | Tổng lượt truy cập: {r.randint(10**6, 9 * 10**7):,}"
                        .replace(",", ".")]), "footer")]
    page.foot = [x for x in foot if chance(r, 0.8)] or foot[:3]
    return page


# -- family 40: sports / showbiz site -------------------------------------------------------------------

TEAMS_VN = ["Hà Nội FC", "Công An Hà Nội", "Nam Định", "Thể Công Viettel", "Hoàng Anh Gia Lai", "SLNA", "Bình Định",
            "Hải Phòng", "Thanh Hóa", "Quảng Nam", "Bình Dương", "TP.HCM", "Đà Nẵng", "Khánh Hòa"]
TEAMS_EU = ["Man City", "Arsenal", "Liverpool", "Man Utd", "Chelsea", "Tottenham", "Real Madrid", "Barcelona",
            "Atletico", "Bayern", "Dortmund", "Inter", "AC Milan", "Juventus", "Napoli", "PSG", "Aston Villa"]
PLAYERS = ["Haaland", "Salah", "Mbappe", "Vinicius", "Kane", "Saka", "Bellingham", "Quang Hải", "Tiến Linh",
           "Văn Hậu", "Hoàng Đức", "Công Phượng", "Xuân Son", "Filip Nguyễn", "Lamine Yamal", "De Bruyne"]
STARS = ["ca sĩ", "diễn viên", "hoa hậu", "rapper", "MC", "người mẫu", "nhạc sĩ", "đạo diễn", "á hậu"]
SPORT_SECTIONS = ["Bóng đá Việt Nam", "Ngoại hạng Anh", "La Liga", "Serie A", "Bundesliga", "Champions League",
                  "Tennis", "Võ thuật", "Esports", "Đua xe", "Hậu trường", "Sao Việt", "Âm nhạc", "Điện ảnh",
                  "Truyền hình", "Thời trang", "Video", "Lịch thi đấu", "Kết quả", "BXH", "Chuyển nhượng",
                  "Golf", "Bóng chuyền", "Cờ vua", "SEA Games", "Cộng đồng mạng"]


def _score(r: random.Random) -> str:
    return f"{r.randint(0, 4)}-{r.randint(0, 4)}"


def sport_headline(r: random.Random) -> str:
    t1, t2 = r.sample(TEAMS_VN if chance(r, 0.4) else TEAMS_EU, 2)
    pl, st = r.choice(PLAYERS), r.choice(STARS)
    name = full_name(r, 2)
    pats = [f"{t1} thắng {t2} {_score(r)}, chiếm ngôi đầu", f"HLV {t1} nói gì sau trận hòa {t2}?",
            f"{pl} lập cú đúp, {t1} ngược dòng ngoạn mục", f"{t1} chi {r.randint(20, 120)} triệu euro mua {pl}",
            f"Nhận định {t1} vs {t2}: {r.choice(['Chủ nhà sáng cửa', 'Khó cho đội khách', 'Kèo trên gặp khó'])}",
            f"Kết quả {t1} {_score(r)} {t2}", f"{pl} chấn thương, nghỉ {r.randint(2, 10)} tuần",
            f"{st[:1].upper() + st[1:]} {name} {r.choice(['ra mắt MV mới', 'khoe nhan sắc tuổi 40', 'lên tiếng về tin đồn', 'kết hôn sau 5 năm hẹn hò', 'trở lại màn ảnh'])}",
            f"Clip: pha bỏ lỡ khó tin của {pl}", f"Lịch thi đấu vòng {r.randint(1, 38)} {r.choice(SPORT_SECTIONS[:6])}",
            f"Phim của {st} {name} thu {r.randint(20, 400)} tỷ đồng", f"Đội tuyển Việt Nam {r.choice(['triệu tập', 'chốt danh sách', 'tập huấn tại Hàn Quốc', 'đón tin vui'])}"]
    return r.choice(pats)


def _fam40(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(40, OUTLETS[40])
    title, paras, _ = article_lines(article, r, 40)
    site = SITE_NAMES[40]
    head: Lines = []
    secs = r.sample(SPORT_SECTIONS, r.randint(7, 14))
    if chance(r, 0.55):
        head += many(secs, "menu", "li")
    else:
        head.append(L(sep(r).join(secs), "menu"))
    if chance(r, 0.4):
        ticker = [L(r.choice(["TRỰC TIẾP", "Live", "Đang diễn ra", "Kết quả mới"]), "widget_label", "span")]
        pool = TEAMS_VN if chance(r, 0.5) else TEAMS_EU
        for _ in range(r.randint(1, 4)):
            t1, t2 = r.sample(pool, 2)
            ticker.append(L(r.choice([f"{t1} {_score(r)} {t2} ({r.randint(1, 90)}')", f"{t1} {_score(r)} {t2}",
                                      f"FT {t1} {_score(r)} {t2}", f"{r.randint(17, 23)}:{r.choice(['00', '30', '45'])} {t1} vs {t2}"]),
                            "related_links", "a"))
        head += ticker
    if chance(r, 0.5):
        tags = r.sample(["V-League", "Ngoại hạng Anh", "Euro", "World Cup", "AFF Cup", "Champions League", "Miss Grand",
                         "Anh trai say hi", "Rap Việt", "Quả bóng vàng", "SEA Games", "U23 châu Á"], r.randint(3, 6))
        head.append(L(r.choice(["Xu hướng:", "HOT:", "Đang hot", "Chủ đề nóng"]), "widget_label", "span"))
        if chance(r, 0.5):
            head.append(L(" ".join("#" + t.replace(" ", "") for t in tags), "tags"))
        else:
            head += many(tags, "tags", "a")
    if chance(r, 0.5):
        head.append(L(sep(r, "crumb").join(["Trang chủ"] * r.randint(0, 1) + r.sample(SPORT_SECTIONS, r.randint(1, 2))),
                      "breadcrumb"))
    page.head = head
    body: Lines = [title]
    d, m, y, hh, mm, wd = when(r)
    meta: Lines = []
    if chance(r, 0.8):
        meta.append(L(r.choice([f"{hh:02d}:{mm:02d} - {d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} GMT+7",
                                ago(r), f"{WEEKDAY[wd]}, {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} (GMT+7)",
                                f"{d}/{m}/{y} | {hh}:{mm:02d}"]), "dateline", "time"))
    author_top = chance(r, 0.4)
    if author_top:
        who = pen(r)
        meta.append(L(r.choice([who, f"Tác giả: {who}", f"{who} • {ago(r)}", f"Bởi {who}", who.upper()]), "byline", "span"))
    if chance(r, 0.35):
        meta.append(L(r.choice([f"{r.randint(1, 99)} bình luận", f"💬 {r.randint(0, 300)}", f"{r.randint(1, 99)}K lượt xem",
                                "Theo dõi"]), "share_widget", "span"))
    r.shuffle(meta)
    if meta and meta[0].label == "dateline" and chance(r, 0.25):
        body.insert(0, meta.pop(0))
    body += meta + paras
    for _ in range(r.choice([0, 1, 1, 2, 2])):
        k = r.random()
        if k < 0.3:
            block = [L(r.choice(["XEM THÊM", "Xem thêm:", "ĐỌC THÊM:", "Tin liên quan"]), "widget_label", "strong")]
            block += many(headlines(r, r.randint(1, 3), sport_headline), "see_more", "a")
            insert_at(body, block, r)
        elif k < 0.5:
            insert_at(body, [L(r.choice(["» ", "XEM THÊM: ", ">> ", "⚽ ", "→ "]) + sport_headline(r), "see_more", "a")], r)
        elif k < 0.7:
            insert_at(body, [L(r.choice(["Video: ", "Highlights ", "Clip: ", "Video bàn thắng ", "VIDEO: "])
                               + " vs ".join(r.sample(r.choice([TEAMS_EU, TEAMS_VN]), 2)), "widget_label", "div")], r)
        elif k < 0.9:
            who = r.choice(["Getty Images", "Reuters", "AFP", "Goal", "ESPN", "Instagram nhân vật", "FBNV", "VFF",
                            "VPF", "BTC", "Nhà sản xuất", "Tiktok nhân vật", "Marca", "Sky Sports"])
            insert_at(body, [L(r.choice([f"Ảnh: {who}", f"(Ảnh: {who})", f"Ảnh: {pen(r)}", f"Nguồn ảnh: {who}",
                                         f"📷 {who}"]), "source", "em")], r)
        else:
            insert_at(body, [L(r.choice(["Quảng cáo", "Advertisement", "- Quảng cáo -"]), "advert", "div")], r)
    if chance(r, 0.15):
        poll = [L(r.choice(["Bình chọn", "BẠN NGHĨ SAO?", "Thăm dò ý kiến"]), "comment_prompt", "h4")]
        if chance(r, 0.5):
            poll.append(L(f"Ai sẽ vô địch {r.choice(SPORT_SECTIONS[:6])} mùa này?", "comment_prompt"))
            options = r.sample(TEAMS_EU, r.randint(2, 4)) + ["Đội khác"] * r.randint(0, 1)
        else:
            poll.append(L(r.choice(["Bạn có hài lòng với kết quả này?", f"{r.choice(PLAYERS)} có xứng đáng đá chính?",
                                    "Bạn có đi xem concert này không?"]), "comment_prompt"))
            options = ["Có", "Không"] + r.sample(["Chưa chắc", "Ý kiến khác", "Không quan tâm"], r.randint(0, 2))
        poll += many(options, "comment_prompt", "li")
        poll.append(L(r.choice(["Bình chọn", "Xem kết quả", "Gửi"]), "comment_prompt", "a"))
        insert_at(body, poll, r)
    tail: list[Lines] = []
    if chance(r, 0.12):
        tail.append([L(r.choice(["Xem tiếp diễn biến trận đấu »", "Tải thêm", "Trang sau ›", "Đọc tiếp phần 2 →",
                                 "Xem thêm ảnh ▸", f"1 / {r.randint(2, 5)} Tiếp"]), "continuation", "a")])
    if not author_top or chance(r, 0.2):
        who = pen(r)
        form = r.random()
        if form < 0.3:
            txt = f"{who} ({r.choice(['theo', 'Theo', 'tổng hợp theo'])} {r.choice(['Goal', 'ESPN', 'The Sun', 'Marca', 'Daily Mail', 'Sky Sports', 'Soompi', 'Sina'])})"
        elif form < 0.45:
            txt = f"{who} (Tổng hợp)"
        elif form < 0.6:
            txt = f"Bài: {who} | Ảnh: {pen(r)}"
        else:
            txt = r.choice([who, who.upper(), f"{who} - {ago(r)}", f"{who} • {d:02d}/{m:02d}/{y}"])
        if chance(r, 0.1):
            tail.append([L(r.choice(["Bài viết có sử dụng hình ảnh từ Internet", "Nguồn ảnh: Internet",
                                     "Ảnh trong bài: Tư liệu"]), "source", "em")])
        tail.append([L(txt, "byline", r.choice(["p", "strong"]))])
    if chance(r, 0.35):
        tail.append([L(r.choice(["Nguồn: ", "Theo ", "* Nguồn: ", "Nguồn tham khảo: "])
                       + r.choice(["ESPN", "BBC Sport", "Goal", "Transfermarkt", "The Athletic", "Dân trí", "Zing News",
                                   "Soha", "Báo Bóng đá", "Kenh14"]), "source", "em")])
    if chance(r, 0.6):
        words = r.sample(["V-League", "Ngoại hạng Anh", "chuyển nhượng", "đội tuyển Việt Nam", "showbiz", "sao Việt",
                          *r.sample(PLAYERS, 2), *r.sample(TEAMS_EU + TEAMS_VN, 2)], r.randint(2, 6))
        joiner = r.choice([" #", ", ", " · "])
        pre = r.choice(["", "Tags: ", "Từ khóa: ", "Chủ đề: "]) + ("#" if joiner == " #" else "")
        tail.append([L(pre + joiner.join(words) if chance(r, 0.6) else " ".join("#" + w.replace(" ", "") for w in words),
                       "tags")])
    if chance(r, 0.6):
        tail.append(many(r.sample([f"Thích ({r.randint(0, 999)})", "Chia sẻ", "Facebook", "Zalo", "Copy link",
                                   f"👍 {r.randint(1, 999)}", "Lưu bài", "Báo lỗi"], r.randint(2, 4)), "share_widget", "a"))
    if chance(r, 0.3):
        tail.append([L(r.choice([f"Tải ứng dụng {site} trên App Store và Google Play",
                                 f"Xem trực tiếp bóng đá miễn phí trên app {site}",
                                 "Tài trợ bởi " + r.choice(["Sữa Tươi Xanh", "Nước tăng lực Bứt Phá", "Giày Sân Cỏ"]),
                                 f"Cài app {site} - nhận thông báo bàn thắng tức thì"]), "advert")])
    if chance(r, 0.55):
        k = r.randint(0, 500)
        cm = many(r.sample([f"Bình luận ({k})", f"{k} bình luận", "Viết bình luận...", "Đăng nhập để bình luận",
                            "Sắp xếp theo: Mới nhất | Hay nhất", "Bạn nghĩ gì về trận đấu này? Hãy để lại bình luận.",
                            "Xem thêm bình luận", "Bình luận của bạn sẽ được duyệt trước khi đăng"], r.randint(1, 3)),
                  "comment_prompt")
        tail.append(cm)
    if chance(r, 0.85):
        lab = r.choice(["Tin cùng chuyên mục", "Có thể bạn quan tâm", "Tin mới nhất", "Đọc thêm", "TIN KHÁC", "Đừng bỏ lỡ"])
        items = headlines(r, r.randint(3, 8), sport_headline)
        tail.append([L(lab, "widget_label", "h3")] + many(items, "related_links", "li"))
    if chance(r, 0.35):
        r.shuffle(tail)
    for b in tail:
        body += b
    page.body = body
    side: list[Lines] = []
    if chance(r, 0.5):
        rows = []
        pool = TEAMS_VN if chance(r, 0.5) else TEAMS_EU
        for _ in range(r.randint(2, 5)):
            t1, t2 = r.sample(pool, 2)
            rows.append(r.choice([f"{r.randint(17, 23)}:{r.choice(['00', '15', '30'])} {r.randint(1, 28):02d}/{r.randint(1, 12):02d} | {t1} vs {t2}",
                                  f"{t1} - {t2} ({r.randint(18, 22)}h{r.choice(['00', '30'])})", f"{t1} {_score(r)} {t2}"]))
        side.append([L(r.choice(["Lịch thi đấu", "LỊCH THI ĐẤU", "Kết quả bóng đá", "Lịch phát sóng"]), "widget_label", "h3")]
                    + many(rows, "related_links", "li"))
    if chance(r, 0.4):
        teams = r.sample(TEAMS_EU if chance(r, 0.6) else TEAMS_VN, r.randint(3, 6))
        side.append([L(r.choice(["Bảng xếp hạng", "BXH " + r.choice(SPORT_SECTIONS[:6])]), "widget_label", "h3")]
                    + many([f"{i}. {t} {r.randint(8, 38)} trận {r.randint(10, 90)} điểm" if chance(r, 0.5)
                            else f"{i} {t} {r.randint(10, 90)}" for i, t in enumerate(teams, 1)], "related_links", "li"))
    if chance(r, 0.5):
        side.append([L(r.choice(["Đọc nhiều", "Video hot", "Tin nóng", "Xem nhiều nhất"]), "widget_label", "h3")]
                    + many(headlines(r, r.randint(3, 6), sport_headline), "related_links", "li"))
    if chance(r, 0.25):
        side.append([L("Quảng cáo", "advert", "span")])
    r.shuffle(side)
    for b in side:
        page.side += b
    foot = [L(r.choice([f"© {r.randint(2015, 2025)} {site}", f"{site} - Trang tin thể thao, giải trí tổng hợp",
                        f"Copyright {site}"]), "footer"),
            L(f"{r.choice(['Cơ quan chủ quản', 'Đơn vị chủ quản', 'Chủ quản'])}: Công ty Cổ phần "
              f"{r.choice(['Truyền thông Số Sao Mai', 'Giải trí Đông Phong', 'Media Tia Chớp', 'Công nghệ Bóng Tròn'])}",
              "footer"),
            L(f"Giấy phép {r.choice(['thiết lập trang TTĐT tổng hợp', 'số'])} {r.randint(100, 6000)}/GP-TTĐT do Sở "
              f"{r.choice(['Thông tin và Truyền thông', 'TT&TT'])} {r.choice(['Hà Nội', 'TP.HCM'])} cấp "
              f"ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2014, 2024)}", "footer"),
            L(f"{r.choice(['Chịu trách nhiệm nội dung', 'Chịu trách nhiệm quản lý nội dung'])}: {r.choice(['Ông', 'Bà'])} "
              f"{full_name(r, 3, male=True)}", "footer"),
            L(f"Địa chỉ: Tầng {r.randint(2, 25)}, tòa nhà {r.choice(['Sông Đà', 'Viễn Đông', 'An Phú', 'Hòa Bình'])}, "
              + r.choice(["quận Cầu Giấy, Hà Nội", "quận Nam Từ Liêm, Hà Nội", "quận Bình Thạnh, TP.HCM", "quận 7, TP.HCM"]),
              "footer"),
            L(r.choice([f"Hotline: {tel(r, 'mobile')}", f"Liên hệ quảng cáo: {tel(r, 'mobile')} - ads@{OUTLETS[40]}",
                        f"Email: lienhe@{OUTLETS[40]}"]), "footer"),
            L(r.choice(["Không sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản.",
                        f"Mọi hình thức sao chép thông tin khi chưa được sự đồng ý của {site} là vi phạm bản quyền.",
                        "Trang web đang chạy thử nghiệm chờ cấp phép"]), "footer"),
            L(sep(r).join(r.sample(["Giới thiệu", "Điều khoản", "Bảo mật", "Liên hệ", "Quảng cáo", "Tuyển dụng",
                                    "RSS", "Sitemap"], r.randint(3, 6))), "footer")]
    page.foot = [x for x in foot if chance(r, 0.75)] or foot[:2]
    if chance(r, 0.3):
        page.foot.insert(0, L(sep(r).join(r.sample(["Facebook", "YouTube", "TikTok", "Instagram", "Zalo OA"], 3)),
                              "share_widget"))
    return page


# -- family 41: overseas Vietnamese daily with a translated world-news section -------------------------

US_CITIES = ["Westminster", "Garden Grove", "San Jose", "Houston", "Seattle", "Falls Church", "Santa Ana",
             "Fountain Valley", "Dallas", "Atlanta", "Philadelphia", "Sacramento"]
US_STATES = {"Westminster": "CA", "Garden Grove": "CA", "San Jose": "CA", "Houston": "TX", "Seattle": "WA",
             "Falls Church": "VA", "Santa Ana": "CA", "Fountain Valley": "CA", "Dallas": "TX", "Atlanta": "GA",
             "Philadelphia": "PA", "Sacramento": "CA"}
OVERSEAS_SECTIONS = ["Trang Nhất", "Việt Nam", "Hoa Kỳ", "Thế Giới", "Cộng Đồng", "Bình Luận", "Văn Học",
                     "Sức Khỏe", "Rao Vặt", "Cáo Phó", "Đọc Báo Giấy", "Kinh Tế", "Di Trú", "Giải Trí", "Ẩm Thực",
                     "Tin Nóng", "Little Saigon", "Nhịp Sống", "Video", "Tâm Tình", "English"]


def overseas_headline(r: random.Random) -> str:
    c = r.choice(US_CITIES)
    pats = [f"Cộng đồng gốc Việt ở {c} {r.choice(['tổ chức Tết Trung Thu', 'gây quỹ giúp nạn nhân bão lụt', 'tưởng niệm ngày 30 tháng Tư', 'mừng Lễ Tạ Ơn'])}",
            f"Thống đốc {US_STATES[c]} ký luật mới về {r.choice(['tiền thuê nhà', 'bảo hiểm xe', 'lương tối thiểu', 'xe điện'])}",
            f"Giá xăng ở Nam California {r.choice(['tăng lần thứ 5 liên tiếp', 'giảm nhẹ', 'lên mức cao nhất năm'])}",
            f"Hội đồng thành phố {c} thông qua ngân sách {r.randint(2015, 2025)}",
            f"Sở Di Trú thay đổi thủ tục {r.choice(['bảo lãnh vợ chồng', 'xin thẻ xanh', 'nhập tịch'])}",
            f"{r.choice(['Ukraine', 'Nhật Bản', 'Hàn Quốc', 'Philippines', 'Liên Hiệp Quốc', 'Liên Âu', 'Israel', 'Ấn Độ'])} "
            f"{r.choice(['kêu gọi ngừng bắn', 'đối phó động đất', 'bầu cử sớm', 'siết nhập cư', 'tăng ngân sách quốc phòng'])}",
            f"Tiệm nail ở {c} {r.choice(['bị kiện vì lương', 'đóng cửa vì giá thuê tăng', 'thiếu thợ dịp lễ'])}",
            f"Bác sĩ {full_name(r, 3)}: {r.choice(['cách phòng ngừa tiểu đường', 'khi nào cần chích ngừa cúm', 'bệnh cao máu ở người lớn tuổi'])}",
            news_headline(r)]
    return r.choice(pats)


def _date41(r: random.Random) -> str:
    d, m, y, hh, mm, wd = when(r)
    h12, ampm = (hh % 12 or 12), ("AM" if hh < 12 else "PM")
    return r.choice([f"{WEEKDAY[wd]}, {d} Tháng {MONTH_WORD[m - 1]} {y}", f"{MONTH_EN[m - 1]} {d}, {y} {h12}:{mm:02d} {ampm} PDT",
                     f"Cập nhật: {m:02d}/{d:02d}/{y} {hh:02d}:{mm:02d} (giờ California)", f"Tháng {MONTH_WORD[m - 1]} {d}, {y}",
                     f"{m}/{d}/{y} {h12}:{mm:02d} {ampm}", f"Ngày {d:02d}-{m:02d}-{y}",
                     f"{WEEKDAY[wd]}, {d}/{m}/{y} - {h12}:{mm:02d} {ampm} (giờ miền Tây Hoa Kỳ)",
                     f"Đăng ngày: {MONTH_EN[m - 1][:3]} {d}, {y}"])


def _classified(r: random.Random) -> str:
    c = r.choice(US_CITIES)
    return r.choice([f"Cần thợ nail biết làm bột, tiệm ở {c}, lương cao, bao ăn ở. Gọi {us_tel(r)}",
                     f"Văn phòng Luật sư {full_name(r, 3)} - Di trú, Tai nạn, Ly dị. {us_tel(r)}",
                     f"Bảo hiểm Medicare, Obamacare - tư vấn miễn phí bằng tiếng Việt: {us_tel(r)}",
                     f"Bán nhà {r.randint(3, 5)} phòng ngủ ở {c}, giá ${r.randint(600, 1400)},{r.randint(100, 999)}. Liên lạc {us_tel(r)}",
                     f"Nha khoa {r.choice(['Ánh Dương', 'Hòa Bình', 'Nụ Cười'])} nhận Medi-Cal - {r.randint(9000, 15999)} Bolsa Ave, {c}",
                     f"Dịch vụ gửi tiền, gửi hàng về Việt Nam nhanh chóng, giá rẻ - {us_tel(r)}",
                     f"Cho thuê phòng gần chợ {r.choice(['ABC', 'Phước Lộc Thọ', 'Hồng Kông', 'Lion'])}, ${r.randint(6, 15)}00/tháng, {us_tel(r)}"])


def _fam41(r: random.Random, article: list[str]) -> T.Page:
    page = T.Page(41, OUTLETS[41])
    title, paras, _ = article_lines(article, r, 41)
    site = SITE_NAMES[41]
    translated = chance(r, 0.45)
    head: Lines = []
    if chance(r, 0.6):
        head.append(L(_date41(r).split(" - ")[0], "dateline", "span"))
    if chance(r, 0.5):
        c = r.choice(US_CITIES)
        f = r.randint(48, 102)
        head.append(L(r.choice([f"{c}, {US_STATES[c]} {f}°F", f"{c} {f}°F - {r.choice(SKY)}", f"{f}°F {c}",
                                f"Thời tiết {c}: {f}°F ({round((f - 32) / 1.8)}°C)"]), "weather", "span"))
    if chance(r, 0.45):
        bits = r.sample([f"Dow {r.randint(28000, 44000):,}.{r.randint(10, 99)} {r.choice(['▲', '▼'])}{r.randint(1, 99) / 100}%",
                         f"Nasdaq {r.randint(11000, 19000):,}.{r.randint(10, 99)} {r.choice(['▲', '▼'])}",
                         f"S&P 500 {r.randint(3800, 6000):,}.{r.randint(10, 99)}",
                         f"Vàng ${r.randint(1700, 2800):,}.{r.randint(10, 99)}/oz",
                         f"Xăng CA ${r.randint(3, 6)}.{r.randint(10, 99)}/gal",
                         f"Dầu thô ${r.randint(60, 95)}.{r.randint(10, 99)}",
                         f"USD/VND {r.randint(23, 26)}.{r.randint(100, 999)}"], r.randint(2, 5))
        if chance(r, 0.5):
            head.append(L(sep(r).join(bits), "prices"))
        else:
            head += many(bits, "prices", "span")
    secs = r.sample(OVERSEAS_SECTIONS, r.randint(8, 14))
    if chance(r, 0.5):
        head.append(L(sep(r).join(secs), "menu"))
    else:
        head += many(secs, "menu", "li")
    if chance(r, 0.35):
        head.append(L(r.choice(["Ủng hộ báo chí độc lập - Donate", "Hãy ủng hộ Viễn Xứ", "DONATE", "Đặt báo dài hạn",
                                "Subscribe"]), "advert", "a"))
    if chance(r, 0.5):
        crumb = r.sample(OVERSEAS_SECTIONS, r.randint(1, 2))
        head.append(L(sep(r, "crumb").join(["Trang Nhất"] * r.randint(0, 1) + crumb), "breadcrumb"))
    page.head = head
    body: Lines = []
    if translated and chance(r, 0.5):
        body.append(L(r.choice(["Tin Thế Giới", "THẾ GIỚI", "Bản tin quốc tế", "World News"]), "widget_label", "div"))
    body.append(title)
    meta: Lines = []
    if chance(r, 0.8):
        meta.append(L(_date41(r), "dateline", "time"))
    by_top = chance(r, 0.45)
    if by_top:
        who = pen(r) if chance(r, 0.7) else f"{r.choice(FAMILY_NAMES)} {r.choice(OVERSEAS_GIVEN)}"
        meta.append(L(r.choice([f"{who}/Viễn Xứ", f"Tác giả: {who}", f"Biên dịch: {who}", f"{site} tổng hợp",
                                f"By {who}", f"{who} - Viễn Xứ"]), "byline", "span"))
    if chance(r, 0.3):
        meta.append(L(r.choice(["Nghe bài này", "Listen to this article", "🔊 Nghe đọc", "Audio"]), "widget_label", "span"))
    if chance(r, 0.3):
        meta.append(L(sep(r).join(r.sample(["Facebook", "Tweet", "Email", "Print", "In", "Chia sẻ", "Font +", "Font -"],
                                           r.randint(2, 4))), "share_widget"))
    r.shuffle(meta)
    if meta and meta[0].label in ("dateline", "byline") and chance(r, 0.2):
        body.insert(len(body) - 1, meta.pop(0))
    body += meta + paras
    pages_split = chance(r, 0.12)
    for _ in range(r.choice([0, 1, 1, 2])):
        k = r.random()
        if k < 0.3:
            block = [L(r.choice(["BÀI LIÊN QUAN:", "Bài liên quan", "Tin Liên Quan", "Related"]), "widget_label", "h4")]
            block += many(headlines(r, r.randint(1, 3), overseas_headline), "related_links", "li")
            insert_at(body, block, r)
        elif k < 0.55:
            insert_at(body, [L(r.choice(["Đọc thêm: ", "XEM THÊM: ", "• ", ">> "]) + overseas_headline(r), "see_more", "a")], r)
        elif k < 0.75:
            insert_at(body, [L(r.choice(["[Quảng cáo]", "Quảng Cáo", "ADVERTISEMENT", "-- Quảng cáo --"]), "advert", "div")], r)
        else:
            who = r.choice(NEWS_AGENCIES + ["Getty Images", "Joe Nguyễn/Viễn Xứ", "Đằng-Giao/Viễn Xứ"])
            if chance(r, 0.4):
                insert_at(body, [caption(r, who, "Hình", "source")], r)
            else:
                insert_at(body, [L(r.choice([f"(Hình: {who})", f"Hình: {who}", f"Photo: {who}",
                                             f"(Hình minh họa: {who})"]), "source", "em")], r)
    tail: list[Lines] = []
    if pages_split:
        n = r.randint(2, 4)
        tail.append([L(r.choice([f"Trang: 1 {' '.join(str(i) for i in range(2, n + 1))} Tiếp »",
                                 f"« Trang trước | Trang 1/{n} | Trang sau »", "(Xem tiếp trang 2)",
                                 f"Trang 1 / {n} - Đọc tiếp"]), "continuation", "div")])
    src_line = None
    if translated or chance(r, 0.4):
        ag = r.choice(NEWS_AGENCIES) if translated else r.choice(DOMESTIC_PAPERS)
        if chance(r, 0.15):
            ag = r.choice(["https://", "", "www."]) + ascii_slug(ag).replace("-", "") + r.choice([".vn", ".com", ".net"])
        src_line = L(r.choice([f"(Theo {ag})", f"Nguồn: {ag}", f"(Viễn Xứ lược dịch theo {ag})", f"Theo {ag}",
                               f"({ag})", f"Phỏng dịch theo {ag}", f"(Theo {ag}, {r.choice(NEWS_AGENCIES)})"]),
                     "source", r.choice(["p", "em"]))
    if not by_top or chance(r, 0.2):
        who = pen(r) if chance(r, 0.7) else f"{r.choice(FAMILY_NAMES)} {r.choice(OVERSEAS_GIVEN)}"
        bl = L(r.choice([f"{who}", f"{who}/Viễn Xứ", f"— {who}", f"{who} (biên dịch)", f"Người dịch: {who}",
                         f"Lược dịch: {who}", f"{who.upper()}"]), "byline", r.choice(["p", "strong"]))
        pair = [bl, src_line] if chance(r, 0.5) else [src_line, bl]
        tail.append([x for x in pair if x is not None])
    elif src_line is not None:
        tail.append([src_line])
    if chance(r, 0.3):
        tail.append([L(r.choice([f"Bài viết không nhất thiết phản ánh quan điểm của {site}.",
                                 "Quan điểm trong bài là của tác giả.", "Các bài viết đăng trên mục Bình Luận là quan "
                                 "điểm riêng của tác giả.", f"({site} không chịu trách nhiệm về nội dung bài viết)"]),
                       "source", "em")])
    if chance(r, 0.5):
        words = r.sample(["Little Saigon", "Quận Cam", "di trú", "Hoa Kỳ", "Việt Nam", "thế giới", "cộng đồng",
                          *r.sample(US_CITIES, 2), *r.sample(ISSUES, 1)], r.randint(2, 5))
        tail.append([L(r.choice(["Tags: ", "Từ khóa: ", "Chủ đề: ", "TAGS: "]) + r.choice([", ", " | ", " · "]).join(words),
                       "tags")])
    if chance(r, 0.5):
        tail.append(many(r.sample(["Share on Facebook", "Tweet", "Email", "Print", "Chia sẻ", "In bài này", "Zalo",
                                   "Copy link", "WhatsApp"], r.randint(2, 4)), "share_widget", "a"))
    if chance(r, 0.35):
        nl = [L(r.choice(["Đăng ký nhận bản tin mỗi sáng", "Nhận tin mới qua email", "NEWSLETTER",
                          f"Đăng ký nhận tin của {site}"]), "advert", "h4")]
        nl += many(r.sample(["Email của bạn", "Đăng ký", "Subscribe", "Miễn phí, có thể hủy bất cứ lúc nào."],
                            r.randint(1, 3)), "advert")
        tail.append(nl)
    if chance(r, 0.3):
        tail.append([L(r.choice([f"Quý vị có thể ủng hộ {site} qua PayPal hoặc Zelle. Xin cảm ơn!",
                                 f"Báo chí độc lập cần sự ủng hộ của độc giả. Ủng hộ {site} hôm nay.",
                                 "Mỗi đóng góp dù nhỏ đều giúp chúng tôi tiếp tục đưa tin."]), "advert")])
    if chance(r, 0.5):
        k = r.randint(0, 60)
        tail.append(many(r.sample([f"{k} bình luận", f"Bình luận ({k})", "Viết bình luận", "Gửi bình luận",
                                   "Quý độc giả vui lòng giữ bình luận lịch sự, không dùng lời lẽ khiếm nhã.",
                                   "Bình luận được kiểm duyệt trước khi hiển thị.", "Đăng nhập bằng Facebook để bình luận",
                                   "Comments"], r.randint(1, 3)), "comment_prompt"))
    if chance(r, 0.8):
        lab = r.choice(["Tin cùng mục", "Tin mới nhất", "Các bài khác", "Tin Liên Quan", "Cùng chuyên mục", "Xem thêm"])
        items = headlines(r, r.randint(3, 7), overseas_headline)
        if chance(r, 0.35):
            items = [f"{h} - {MONTH_EN[r.randint(0, 11)][:3]} {r.randint(1, 28)}" for h in items]
        tail.append([L(lab, "widget_label", "h3")] + many(items, "related_links", "li"))
    if chance(r, 0.35):
        tail.append([L(r.choice(["Rao vặt", "RAO VẶT", "Quảng cáo", "Tin rao"]), "advert", "h4")]
                    + many([_classified(r) for _ in range(r.randint(1, 3))], "advert"))
    if chance(r, 0.3):
        fixed, rest = (tail[:1], tail[1:]) if pages_split else ([], tail)
        r.shuffle(rest)
        tail = fixed + rest
    for b in tail:
        body += b
    page.body = body
    side: list[Lines] = []
    if chance(r, 0.5):
        side.append([L(r.choice(["Xem nhiều nhất", "Đọc nhiều", "MOST POPULAR", "Tin nóng"]), "widget_label", "h3")]
                    + many(headlines(r, r.randint(3, 6), overseas_headline), "related_links", "li"))
    if chance(r, 0.35):
        side.append([L(r.choice(["Cáo phó", "Phân ưu", "CÁO PHÓ"]), "widget_label", "h3")]
                    + many([f"{r.choice(['Cụ Ông', 'Cụ Bà', 'Ông', 'Bà'])} {full_name(r, 3).upper()} "
                            f"({r.randint(1928, 1960)}-{r.randint(2015, 2025)})" for _ in range(r.randint(1, 3))],
                           "advert", "li"))
    if chance(r, 0.35):
        side.append([L(r.choice(["Tỷ giá", "Giá vàng", "Thị trường"]), "widget_label", "h3")]
                    + many(r.sample([f"USD/VND: {r.randint(23, 26)}.{r.randint(100, 999)}",
                                     f"Vàng SJC: {r.randint(60, 92)},{r.randint(0, 9)} triệu/lượng",
                                     f"Vàng thế giới: ${r.randint(1700, 2800):,}/oz",
                                     f"Xăng California: ${r.randint(3, 6)}.{r.randint(10, 99)}",
                                     f"EUR/USD: 1.{r.randint(0, 20):02d}"], r.randint(2, 4)), "prices", "li"))
    if chance(r, 0.3):
        side.append([L("Rao vặt", "advert", "h3"), L(_classified(r), "advert")])
    r.shuffle(side)
    for b in side:
        page.side += b
    c = r.choice(US_CITIES)
    foot = [L(r.choice([f"© {r.randint(2010, 2025)} {site.replace('Nhật báo ', '')} Media, Inc. All rights reserved.",
                        f"Copyright © {site}", f"{site} - Tiếng nói của người Việt hải ngoại"]), "footer"),
            L(f"{r.choice(['Địa chỉ', 'Tòa soạn', 'Address'])}: {r.randint(8000, 15999)} "
              f"{r.choice(['Bolsa Ave', 'Brookhurst St', 'Magnolia St', 'Story Rd', 'Bellaire Blvd'])}, {c}, "
              f"{US_STATES[c]} {r.randint(90000, 99999)}", "footer"),
            L(f"{r.choice(['Điện thoại', 'Tel', 'ĐT'])}: {us_tel(r)}{sep(r)}Fax: {us_tel(r)}", "footer"),
            L(r.choice([f"Email tòa soạn: news@{OUTLETS[41]}", f"Liên lạc: info@{OUTLETS[41]}",
                        f"Quảng cáo: ads@{OUTLETS[41]} - {us_tel(r)}"]), "footer"),
            L(sep(r).join(r.sample(["Về chúng tôi", "Liên lạc", "Quảng cáo", "Privacy Policy", "Terms of Use",
                                    "Việc làm", "Đặt báo", "Sitemap"], r.randint(3, 6))), "footer"),
            L(r.choice([f"{site} không chịu trách nhiệm về nội dung các quảng cáo.",
                        "Mọi trích đăng phải ghi rõ nguồn.", f"Chủ bút: {full_name(r, 3)}",
                        f"Sáng lập: {full_name(r, 3)} ({r.randint(1975, 1999)})"]), "footer")]
    page.foot = [x for x in foot if chance(r, 0.8)] or foot[:2]
    return page


BUILDERS: dict[int, Callable[[random.Random, list[str]], T.Page]] = {38: _fam38, 39: _fam39, 40: _fam40, 41: _fam41}


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """One labelled page of family `fam` around a real article (first string its title)."""
    if fam not in BUILDERS:
        raise ValueError(f"unknown family {fam}")
    page = BUILDERS[fam](r, article)
    if chance(r, 0.08):
        # a light copy (full-text feed, print view, reader mode): no site chrome, only the credits stay
        page.head, page.side, page.foot = [], [], []
        page.body = [x for x in page.body if x.label in ("title", "content", "byline", "source", "dateline", "tags")]
    return page


# -- HTML rendering -----------------------------------------------------------------------------------

LINK_LABELS = {"menu", "breadcrumb", "related_links", "see_more", "tags", "continuation", "share_widget"}
SPLIT_LINKS = re.compile(r"( \| | - | · | • | / | – |   | ¦ | > | » | › | → | >> )")

# per family: the wrapper element and class of each boilerplate box
BOXES: dict[int, dict[str, tuple[str, str]]] = {
    38: {"menu": ("nav", "mega-menu"), "breadcrumb": ("div", "crumbs"), "dateline": ("div", "story__time"),
         "related_links": ("section", "story-related"), "see_more": ("div", "inline-readmore"),
         "weather": ("div", "topbar-weather"), "prices": ("div", "topbar-market"), "share_widget": ("div", "share-tools"),
         "comment_prompt": ("section", "comment-zone"), "tags": ("div", "story__tags"), "byline": ("div", "story__credit"),
         "source": ("div", "story__source"), "continuation": ("div", "series-next"), "advert": ("div", "ad-slot"),
         "footer": ("div", "foot-info"), "widget_label": ("div", "kicker")},
    39: {"menu": ("div", "menu-ngang"), "breadcrumb": ("div", "duongdan"), "dateline": ("div", "ngay-dang"),
         "related_links": ("div", "tin-lienquan"), "see_more": ("p", "xem-them"), "weather": ("div", "thoitiet"),
         "prices": ("div", "giacaca"), "share_widget": ("div", "congcu"), "comment_prompt": ("div", "ykien-bandoc"),
         "tags": ("div", "tu-khoa"), "byline": ("p", "tac-gia"), "source": ("p", "nguon-tin"),
         "continuation": ("p", "con-nua"), "advert": ("div", "banner-qc"), "footer": ("div", "thongtin-toasoan"),
         "widget_label": ("div", "chuyen-muc")},
    40: {"menu": ("nav", "nav-sport"), "breadcrumb": ("ol", "bc"), "dateline": ("div", "art-time"),
         "related_links": ("div", "card-list"), "see_more": ("div", "read-also"), "weather": ("div", "wx"),
         "prices": ("div", "odds"), "share_widget": ("div", "social-bar"), "comment_prompt": ("div", "cmt-wrap"),
         "tags": ("div", "hashtag"), "byline": ("div", "art-author"), "source": ("div", "art-src"),
         "continuation": ("div", "art-next"), "advert": ("div", "adzone"), "footer": ("div", "ftr-info"),
         "widget_label": ("div", "block-head")},
    41: {"menu": ("nav", "main-navigation"), "breadcrumb": ("div", "breadcrumbs"), "dateline": ("div", "entry-meta"),
         "related_links": ("div", "jp-relatedposts"), "see_more": ("p", "also-read"), "weather": ("div", "widget-weather"),
         "prices": ("div", "market-ticker"), "share_widget": ("div", "sharedaddy"), "comment_prompt": ("div", "comments-area"),
         "tags": ("div", "tags-links"), "byline": ("div", "author vcard"), "source": ("p", "wp-caption-text"),
         "continuation": ("div", "page-links"), "advert": ("div", "adsbygoogle-wrap"), "footer": ("div", "site-info"),
         "widget_label": ("div", "widget-title")},
}
SKELETON = {
    38: ('<header class="site-head">', "</header>", '<main class="mag-wrap"><article class="story story--longform">',
         '<div class="story__body">', "</div>", "</article>", '<aside class="rail">', "</aside>",
         '<footer class="site-foot">', "</footer>", "</main>"),
    39: ('<div id="top" class="header">', "</div>", '<div id="main"><div class="chitiet-tin">', '<div id="noidung-tin">',
         "</div>", "</div>", '<div id="cotphai">', "</div>", '<div id="footer">', "</div>", "</div>"),
    40: ('<header class="hdr">', "</header>", '<main class="ct"><article class="art">', '<div class="art-body">',
         "</div>", "</article>", '<aside class="sb">', "</aside>", '<footer class="ftr">', "</footer>", "</main>"),
    41: ('<header id="masthead" class="site-header">', "</header>",
         '<div id="primary" class="content-area"><article class="post type-post hentry">', '<div class="entry-content">',
         "</div>", "</article>", '<aside id="secondary" class="widget-area">', "</aside>",
         '<footer id="colophon" class="site-footer">', "</footer>", "</div>"),
}


def _href(text: str, outlet: str) -> str:
    return f"https://{outlet}/{ascii_slug(text)[:60].rstrip('-')}-{zlib.crc32(text.encode('utf-8')) % 10**6}.html"


def _linked(text: str, outlet: str, split: bool) -> str:
    """Text with links: one link for the whole line, or one per item of a separated list."""
    if split and SPLIT_LINKS.search(text):
        parts = SPLIT_LINKS.split(text)
        return "".join(html.escape(p) if i % 2 else f'<a href="{_href(p, outlet)}">{html.escape(p)}</a>'
                       for i, p in enumerate(parts) if p)
    return f'<a href="{_href(text, outlet)}">{html.escape(text)}</a>'


def _line(ln: T.Line, outlet: str) -> str:
    link = ln.label in LINK_LABELS or ln.tag == "a"
    inner = _linked(ln.text, outlet, ln.label in ("menu", "breadcrumb", "footer", "share_widget")) if link \
        else html.escape(ln.text)
    if ln.tag in ("li", "a"):
        return f"<li>{inner}</li>"
    if ln.tag in ("span", "time", "em", "strong"):
        return f"<div><{ln.tag}>{inner}</{ln.tag}></div>"
    return f"<{ln.tag}>{inner}</{ln.tag}>"


def _groups(lines: Lines) -> list[Lines]:
    """Runs of one boilerplate label; a widget heading joins the box that follows it."""
    out: list[Lines] = []
    for ln in lines:
        heading = ln.label == "widget_label" and ln.tag in ("h3", "h4")
        if out and not heading and ln.label not in ("content", "title") and ln.label == out[-1][-1].label:
            out[-1].append(ln)
        elif (out and out[-1][-1].label == "widget_label" and out[-1][-1].tag in ("h3", "h4")
              and ln.label not in ("content", "title", "widget_label")):
            out[-1].append(ln)
        else:
            out.append([ln])
    return out


def _box(group: Lines, fam: int, outlet: str) -> str:
    label = group[-1].label
    tag, cls = BOXES[fam].get(label, ("div", label))
    if label == "breadcrumb" and tag == "ol":
        tag = "div"
    if all(ln.tag == "figcaption" for ln in group):
        img = f'<img src="https://img.{outlet}/{zlib.crc32(group[0].text.encode("utf-8")) % 10**8}.jpg" alt="">'
        return "\n".join(f'<figure class="{["story__img", "anh-tin", "art-img", "wp-caption"][fam - 38]}">{img}'
                         f"<figcaption>{html.escape(ln.text)}</figcaption></figure>" for ln in group)
    parts: list[str] = []
    open_ul = False
    for ln in group:
        if ln.tag in ("li", "a") and not open_ul:
            parts.append("<ul>")
            open_ul = True
        elif ln.tag not in ("li", "a") and open_ul:
            parts.append("</ul>")
            open_ul = False
        parts.append(_line(ln, outlet))
    if open_ul:
        parts.append("</ul>")
    if tag == "p" and (len(group) > 1 or open_ul or group[0].tag != "p"):
        tag = "div"
    if tag == "p":
        return f'<p class="{cls}">{_linked(group[0].text, outlet, False) if label in LINK_LABELS else html.escape(group[0].text)}</p>'
    return f'<{tag} class="{cls}">' + "\n".join(parts) + f"</{tag}>"


def _article(body: Lines, fam: int, outlet: str, n: int) -> tuple[str, str]:
    """The article's text part and its bottom part (boxes after the last paragraph)."""
    last = max(i for i, ln in enumerate(body) if ln.label in ("content", "title"))
    first = next((i for i, ln in enumerate(body) if ln.label == "content"), last)
    out: list[str] = []
    for g in _groups(body[: last + 1]):
        ln = g[0]
        if ln.label == "title":
            out.append(f'<h1 class="{["story__title", "tieude-tin", "art-title", "entry-title"][fam - 38]}">'
                       f"{html.escape(ln.text)}</h1>")
        elif ln.label == "content":
            if body.index(ln) == first and ln.tag == "p":
                cls = ["story__sapo", "sapo", "art-lead", "lead"][fam - 38]
                out.append(f'<h2 class="{cls}">{html.escape(ln.text)}</h2>' if fam in (38, 40) and n % 2
                           else f'<p class="{cls}"><strong>{html.escape(ln.text)}</strong></p>')
            elif ln.tag == "li":
                out.append(f"<ul><li>{html.escape(ln.text)}</li></ul>")
            else:
                out.append(f"<{ln.tag}>{html.escape(ln.text)}</{ln.tag}>")
        else:
            out.append(_box(g, fam, outlet))
    text = "\n".join(out).replace("</li></ul>\n<ul><li>", "</li>\n<li>")
    bottom = "\n".join(_box(g, fam, outlet) for g in _groups(body[last + 1:]))
    return text, bottom


def render_html(page: T.Page, n: int) -> str:
    """A page in the family's own markup; every labelled line is its own block element."""
    fam, outlet = page.family, page.outlet
    site = SITE_NAMES[fam]
    sk = SKELETON[fam]
    title = next(ln.text for ln in page.body if ln.label == "title")
    head = "\n".join(_box(g, fam, outlet) for g in _groups(page.head))
    side = "\n".join(_box(g, fam, outlet) for g in _groups(page.side))
    foot = "\n".join(_box(g, fam, outlet) for g in _groups(page.foot))
    text, bottom = _article(page.body, fam, outlet, n)
    url = _href(title, outlet)
    logo = (f'<a class="logo" href="https://{outlet}/"><img src="https://static.{outlet}/img/logo.svg" '
            f'alt="{html.escape(site)}"></a>')
    meta = (f'<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(title)} | {html.escape(site)}</title>\n"
            f'<meta property="og:title" content="{html.escape(title)}">\n<link rel="canonical" href="{url}">\n'
            f'<script type="application/ld+json">{{"@type": "NewsArticle", "publisher": "{html.escape(site)}"}}</script>\n'
            f"<style>.ad-slot,.banner-qc,.adzone{{min-height:90px}}</style>")
    bottom_wrap = ['<div class="story__footer">', '<div class="cuoi-tin">', '<div class="art-foot">',
                   '<footer class="entry-footer">'][fam - 38]
    bottom_close = "</footer>" if fam == 41 else "</div>"
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n{meta}\n</head>\n<body class="{["mag", "chitiet", "detail", "single"][fam - 38]}-{n}">\n'
            f"{sk[0]}\n{logo}\n{head}\n{sk[1]}\n"
            f"{sk[2]}\n{sk[3]}\n{text}\n{sk[4]}\n{bottom_wrap}\n{bottom}\n{bottom_close}\n{sk[5]}\n"
            f"{sk[6]}\n{side}\n{sk[7]}\n{sk[10]}\n"
            f"{sk[8]}\n{foot}\n{sk[9]}\n"
            f'<script async src="https://static.{outlet}/js/main.min.js"></script>\n</body>\n</html>\n')


if __name__ == "__main__":
    # self-check without any cleaner: labels, no empty lines, HTML parses; counts for 16 pages + 40 records
    import sys
    from collections import Counter

    import lxml.html

    fake = ["Tỉnh triển khai chương trình hỗ trợ nông dân chuyển đổi cây trồng",
            "Sáng 14/6, UBND tỉnh tổ chức hội nghị triển khai chương trình hỗ trợ nông dân chuyển đổi cây trồng "
            "trên đất lúa kém hiệu quả.",
            "Theo báo cáo, năm qua toàn tỉnh đã chuyển đổi hơn 2.300 ha đất lúa sang trồng rau màu và cây ăn quả.",
            "Nhiều hộ dân cho biết thu nhập tăng gấp hai, ba lần so với trồng lúa, nhất là ở các vùng đất cao.",
            "Tuy vậy, đầu ra cho nông sản vẫn bấp bênh, giá cả phụ thuộc nhiều vào thương lái.",
            "Lãnh đạo tỉnh yêu cầu các sở, ngành hỗ trợ nông dân liên kết với doanh nghiệp để bao tiêu sản phẩm."]
    rng = random.Random(SEED)
    counts: Counter[tuple[int, str]] = Counter()
    for fam_ in FAMILIES:
        for i in range(56):
            art = [fake[0]] + fake[1:rng.randint(4, len(fake))]
            pg = build_page(fam_, i, art, rng)
            lines_ = pg.head + pg.body + pg.side + pg.foot
            for ln_ in lines_:
                assert ln_.label in LABELS, ln_
                assert ln_.text.strip() and "\n" not in ln_.text, ln_
                counts[(fam_, ln_.label)] += 1
            assert [x.text for x in lines_ if x.label in ("title", "content")][:1] == [art[0]]
            if i < 16:
                root = lxml.html.fromstring(render_html(pg, i))
                assert root.find(".//h1") is not None
                shown = root.text_content()
                assert all(ln_.text in shown for ln_ in lines_), [x.text for x in lines_ if x.text not in shown]
    for fam_ in FAMILIES:
        print(fam_, sorted(((lab, c) for (f, lab), c in counts.items() if f == fam_), key=lambda x: -x[1]))
    fam_ = int(sys.argv[1]) if len(sys.argv) > 1 else 38
    pg = build_page(fam_, 1, fake, random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1))
    for part in ("head", "body", "side", "foot"):
        for ln_ in getattr(pg, part):
            print(f"{part:4} {ln_.label:15} {ln_.tag:6} {ln_.text}")
    if len(sys.argv) > 3:
        print(render_html(pg, 1))
