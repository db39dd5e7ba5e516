"""Held-out half 11 of the line-labelled Vietnamese page benchmark: families 58-61, seed 29.

Written by helper HO11, an independent author who never opened the cleaner (`cleaners/`, `flows/`),
the tests, the README, the other held-out modules, any score, verdict or rule-diff file, and never ran
the cleaner on this half; only the `Line`/`Page` types of `bench/vi_bench_templates.py` and the harness
interface of `bench/eval_vi_pages.py` were read. Wordings, layouts and traps come from the author's
own knowledge of Vietnamese news sites.

Four fictional sites of kinds rare in news benches, one fixed template each:

- 58 `nhipcaukieubao.vn`: a magazine for overseas Vietnamese (language bar, exchange-rate ticker,
  weather of foreign cities, community adverts, a "send us your story" box, consular traps);
- 59 `phusontv.vn`: a provincial radio-TV station (live-channel bar, reporter - cameraman bylines at the
  top or the tail, a broadcast schedule, local weather and farm prices, feedback form);
- 60 `doisongcongnhan.vn`: a trade-union / workers' paper (hotline bar, fuel and gold ticker, job
  adverts, legal Q&A column, hashtags);
- 61 `tientieubiengioi.vn`: a border-guard paper (one-line menu, ranks in bylines, sea weather,
  serial reportage with "Kỳ sau" lines, letters with signature blocks).

What a site keeps fixed (menus, footers, widget headers, prompt wordings) is constant per site; what
its CMS varies is drawn per page: dates and times, headline lists and their decorations, widget
presence and order, counters, bylines (lone pen names, "Name - Name", "Nhóm PV", "… thực hiện",
"… (theo Reuters)", ranks), sources, tags/hashtags, adverts and contact boxes, continuation markers,
comment prompts, share bars, related boxes inside and after the body, breadcrumbs, tickers, footer
counters. Precision traps (article text in the shape of boilerplate, labelled `content`) are added
until they are about a third of each page's content lines: announced lists of hotlines/addresses,
reported price/result tables, a speaker's name + role on its own line, subheadings, Q&A, numbered
steps, poems, signature blocks of letters/directives, a short last sentence, "Theo …" sentences,
lines starting with a date; their details are drawn per page.

Interface used by `bench/eval_vi_pages.py`: FAMILIES, ARTICLE_OUTLETS, SEED, OUTLETS, LABELS,
`build_page(fam, n, article, r) -> Page` (text record = head + body + side + foot) and
`render_html(page, n) -> str` (the same lines, each in its own block element, in the site's markup).
"""

from __future__ import annotations

import html
import random
import unicodedata
import zlib
from collections.abc import Callable

from bench.vi_bench_templates import Line, Page

FAMILIES = (58, 59, 60, 61)
ARTICLE_OUTLETS = ("VNE", "NLD", "TN", "TT")
SEED = 29
OUTLETS = {58: "nhipcaukieubao.vn", 59: "phusontv.vn", 60: "doisongcongnhan.vn", 61: "tientieubiengioi.vn"}
LABELS = ("title", "content", "menu", "breadcrumb", "dateline", "related_links", "weather_widget", "price_widget",
          "share_widget", "comment_prompt", "tags", "byline", "source", "continuation", "advert", "footer")

# -- names: bylines are pen names (never with "Văn"/"Thị"), people inside articles always have them ----

_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
       "Dương", "Lý", "Đinh", "Lò", "Hà", "Mai", "Tạ", "Lương", "Trịnh", "Cao", "Quàng", "Vi"]
_PEN = ["Thu", "Minh", "Hải", "Ngọc", "Quang", "Thanh", "Hoài", "Bích", "Đức", "Kim", "Phương", "Gia", "Hồng",
        "Tuấn", "Xuân", "Khánh", "Bảo", "Diệp", "Nhật", "Trung"]
_TEN_M = ["Hùng", "Dũng", "Cường", "Thắng", "Toàn", "Tài", "Long", "Nam", "Kiên", "Tùng", "Hậu", "Luân", "Pấng",
          "Sáng", "Định", "Lực", "Bình", "Phúc"]
_TEN_F = ["Hoa", "Lan", "Mai", "Hạnh", "Nga", "Oanh", "Thủy", "Yến", "Dung", "Xuyến", "Loan", "Nhung", "Quyên",
          "Sen", "Huệ", "Lụa"]
_TEN = ["Hà", "Tâm", "Vinh", "Huy", "Anh", "Linh", "Trang", "Thảo", "Quân", "Khoa", "Hiếu", "Giang", "Uyên",
        "Trí", "Việt", "Ly", "Đạt", "Châu", "Sơn", "Nguyên"]
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _pen(r: random.Random) -> str:
    """A byline pen name: 'Thu Hà', or with a surname 'Lê Thu Hà'."""
    p = f"{r.choice(_PEN)} {r.choice(_TEN)}"
    return p if r.random() < 0.75 else f"{r.choice(_HO)} {p}"


def _who(r: random.Random) -> tuple[str, str]:
    """A person inside an article: (honorific, full name with Văn/Thị)."""
    if r.random() < 0.55:
        return r.choice(["ông", "anh"]), f"{r.choice(_HO)} Văn {r.choice(_TEN_M)}"
    return r.choice(["bà", "chị"]), f"{r.choice(_HO)} Thị {r.choice(_TEN_F)}"


def _num(x: int) -> str:
    return f"{x:,}".replace(",", ".")


def _when(r: random.Random) -> dict[str, int]:
    return {"d": r.randint(1, 28), "m": r.randint(1, 12), "y": r.randint(2016, 2024), "h": r.randint(5, 22),
            "i": r.randint(0, 59), "w": r.randrange(7)}


def _tel(r: random.Random, kind: str = "vn") -> str:
    if kind == "mobile":
        return f"09{r.randint(10, 98)} {r.randint(100, 999)} {r.randint(100, 999)}"
    if kind == "abroad":
        cc, area = r.choice([("+49", "30"), ("+33", "1"), ("+82", "2"), ("+81", "3"), ("+61", "2"), ("+420", "2"),
                             ("+1", "408"), ("+48", "22")])
        return f"{cc} {area} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
    return f"0{r.choice(['24', '28', '219', '236', '274', '251', '292'])} 3{r.randint(100, 999)} {r.randint(1000, 9999)}"


def _slug(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn").lower()
    return "-".join("".join(c if c.isalnum() else " " for c in s).split()[:10])


# -- the traps: article text in the shape of boilerplate ------------------------------------------------

Trap = Callable[[random.Random], list[Line]]

_POEM = [("Biên cương gió lộng đầu non", "Người lính vẫn giữ vẹn tròn lời thề"),
         ("Nhớ quê bên ấy xa xôi", "Câu ca lời mẹ à ơi thuở nào"),
         ("Bản xa mây trắng lưng đèo", "Quân hàm xanh bước ai trèo dốc cao"),
         ("Tháng ba hoa gạo đỏ trời", "Đồn xa vẫn ấm tiếng cười đồng đội"),
         ("Xa nhà nghìn dặm mưa ngâu", "Bát canh rau muống nhớ câu mẹ hiền"),
         ("Mai về bên mái nhà xưa", "Nghe trong hương lúa đong đưa tiếng đàn"),
         ("Tiếng Việt như suối trong lành", "Cho con nhớ mãi ngọn ngành quê cha"),
         ("Đêm đông gác giữa rừng sâu", "Ánh sao soi bước qua cầu suối reo"),
         ("Ca đêm xưởng vẫn sáng đèn", "Mồ hôi đổi lấy bữa cơm con chờ"),
         ("Phố xa tan ca muộn màng", "Chị về phòng trọ vai mang nắng chiều"),
         ("Sông quê uốn khúc hiền hòa", "Bến xưa còn đợi người xa trở về"),
         ("Cột mốc đứng giữa mây ngàn", "Tên làng tên nước rõ ràng từng dòng"),
         ("Tiếng máy rộn ràng sớm mai", "Đường kim mũi chỉ gửi ai quê nhà"),
         ("Lương về chia nửa gửi quê", "Nửa lo tiền trọ nửa vui con cười"),
         ("Khu trọ đèn sáng nửa đêm", "Mẹ ru con ngủ bên thềm gió sương"),
         ("Rừng già sương trắng giăng giăng", "Bước chân tuần tra lặng thầm qua khe"),
         ("Sóng xa vỗ mạn tàu khuya", "Người lính biển vẫn chưa lìa tay súng"),
         ("Mùa xuân bên cột mốc này", "Cành đào biên giới đỏ say nắng vàng"),
         ("Con về thăm lại quê nhà", "Ngõ xưa còn đó cây đa vẫn chờ"),
         ("Bên kia biển rộng trời xa", "Nồi bánh chưng Tết ông bà vẫn thương"),
         ("Phở thơm góc phố trời Tây", "Hương quê theo gió mỗi ngày bay xa")]


def _poem(r: random.Random, intros: list[str], couplets: tuple[int, ...]) -> list[Line]:
    """An announced poem: two or three lục bát couplets of the site's theme."""
    hon, name = _who(r)
    out = [Line(r.choice(intros).format(hon=hon, name=name), "content")]
    for a, b in r.sample([_POEM[i] for i in couplets], r.randint(2, 3)):
        out += [Line(a, "content", "poem"), Line(b, "content", "poem")]
    return out


def _steps(r: random.Random, intro: str, steps: list[tuple[str, ...]]) -> list[Line]:
    """Numbered steps; each step in one of its wordings, so the lines rarely repeat verbatim."""
    k = r.randint(3, len(steps))
    lead = r.choice(["Bước {i}: ", "{i}. ", "Bước {i} - ", "{i}) "])
    return [Line(intro, "content")] + [Line(lead.format(i=i) + r.choice(s), "content", "li") for i, s in enumerate(steps[:k], 1)]


def _quote(r: random.Random, quotes: list[str]) -> str:
    """One quote of the speaker's pool, its numbers drawn per page."""
    return "“" + r.choice(quotes).format(k=r.randint(3, 95), m=r.randint(2, 9), p=r.randint(10, 45)) + "”"


def _speaker(r: random.Random, speakers: list[tuple[str, list[str]]], fill: Callable[[str, random.Random], str],
             paren: bool = False) -> list[Line]:
    """A speaker's name and role on a line of its own, then the quote (TV transcripts: the other way
    round, the speaker in brackets)."""
    hon, name = _who(r)
    role, quotes = r.choice(speakers)
    q = Line(_quote(r, quotes), "content")
    if paren:
        return [q, Line(f"({hon.capitalize()} {name} - {fill(role, r)})", "content")]
    return [Line(f"{hon.capitalize()} {name}, {fill(role, r)}:", "content"), q]


def _qa(r: random.Random, pairs: list[tuple[str, str]], asker: str) -> list[Line]:
    hon, name = _who(r)
    out = [Line(asker.format(hon=hon, name=name), "content")]
    for q, a in r.sample(pairs, 2):
        out += [Line(f"- {q}", "content", "h4"), Line(f"- {a}", "content")]
    return out


def _short_end(r: random.Random, forms: list[str]) -> list[Line]:
    return [Line(r.choice(forms).format(d=r.randint(2, 28), m=r.randint(1, 12), k=r.randint(12, 480)), "content")]


def _theo(r: random.Random, sources: list[str], facts: list[str]) -> list[Line]:
    f = r.choice(facts).format(k=r.randint(12, 960), p=r.randint(5, 95), m=r.randint(1, 12))
    return [Line(f"Theo {r.choice(sources)}, {f}", "content")]


def _dated(r: random.Random, events: list[str]) -> list[Line]:
    d, m = r.randint(1, 28), r.randint(1, 12)
    when = r.choice([f"Ngày {d}/{m}", f"Sáng {d}/{m}", f"Chiều {d}/{m}", f"Tối {d}/{m}", f"{d}/{m}/{r.randint(2016, 2024)}:"])
    ev = r.choice(events).format(k=r.randint(3, 90))
    return [Line(f"{when} {ev}" if when.endswith(":") else f"{when}, {ev}", "content")]


def _timeline(r: random.Random, intro: str, events: list[str]) -> list[Line]:
    years = sorted(r.sample(range(1995, 2024), 4))
    out = [Line(intro, "content")]
    for y, ev in zip(years, r.sample(events, 4), strict=True):
        out.append(Line(r.choice([f"Năm {y}: ", f"{r.randint(1, 12):02d}/{y}: ", f"{y} - "]) + ev, "content", "li"))
    return out


def _sign(r: random.Random, closing: list[str], blocks: list[tuple[str, ...]], rank: str = "") -> list[Line]:
    _, name = _who(r)
    close = r.choice(closing).format(y=r.randint(2016, 2025), k=r.randint(2, 60))
    out = [Line(close, "content")] + [Line(x, "content") for x in r.choice(blocks)]
    return out + [Line((rank + " " if rank else "") + (name.upper() if r.random() < 0.4 else name), "content")]


def _subhead(r: random.Random, heads: list[str], first: list[str], second: list[str]) -> list[Line]:
    """A subheading: one of the site's set phrases, or a two-part phrase of its own."""
    if r.random() < 0.35:
        return [Line(r.choice(heads), "content", "h2")]
    return [Line(f"{r.choice(first)} {r.choice(second)}", "content", "h2")]


# -- shared page assembly --------------------------------------------------------------------------------


class _Site:
    """A fictional site: fixed wordings as class attributes, per-page draws in methods."""

    fam = 0
    TRAPS_MID: list[str] = []  # names of trap methods placed between paragraphs
    TRAPS_END: list[str] = []  # trap methods that close the article
    HEADLINES: list[str] = []

    def headline_item(self, r: random.Random) -> str:
        return r.choice(self.HEADLINES)

    def related(self, r: random.Random, header: str | None, k: tuple[int, int] = (2, 4), tag: str = "h3") -> list[Line]:
        out = [Line(header, "related_links", tag)] if header else []
        for h in r.sample(self.HEADLINES, r.randint(*k)):
            out.append(Line(self.decorate(r, h), "related_links", "li"))
        return out

    def decorate(self, r: random.Random, h: str) -> str:
        return h

    def weave(self, page: Page, article: list[str], r: random.Random, before: list[Line],
              inline: Callable[[], list[Line]] | None, box: Callable[[], list[Line]] | None) -> None:
        """Title, `before` (dateline, top widgets), the sapo, paragraphs with traps and in-body related
        links; the traps are added until they are about a third of the page's content lines."""
        title, sapo, *paras = article
        page.body += [Line(title, "title", "h1"), *before, Line(sapo, "content", "lead")]
        n_real = 1 + len(paras)
        target = max(2, round(n_real * r.uniform(0.36, 0.6)))
        end: list[Line] = []
        if self.TRAPS_END and r.random() < 0.55:
            end = getattr(self, r.choice(self.TRAPS_END))(r)
            end = end if len(end) <= target else []
        got = len(end)
        mids: list[list[Line]] = []
        pool = list(self.TRAPS_MID)
        r.shuffle(pool)
        while got < target:
            if not pool:
                pool = ["t_subhead", "t_theo", "t_dated", "t_speaker"]
                r.shuffle(pool)
            block = getattr(self, pool.pop())(r)
            if got + len(block) > target + 1:  # a short page gets one-line traps only
                block = getattr(self, r.choice(["t_subhead", "t_theo", "t_dated"]))(r)
            mids.append(block)
            got += len(block)
        slots: dict[int, list[list[Line]]] = {}
        free_h2 = list(range(max(1, len(paras))))
        for block in mids:  # before paragraph i (1..len), or after the last one; one subheading per paragraph
            if block[0].tag == "h2":
                if not free_h2:
                    block = self.t_theo(r)
                else:
                    i = free_h2.pop(r.randrange(len(free_h2)))
                    slots.setdefault(i, []).append(block)
                    continue
            slots.setdefault(r.randint(1, max(1, len(paras))), []).append(block)
        box_at = r.randint(1, max(1, len(paras) - 1)) if box and r.random() < 0.7 else -1
        inline_at = r.randint(0, max(0, len(paras) - 1)) if inline and r.random() < 0.5 else -1
        for i, para in enumerate(paras):
            here = slots.pop(i, [])
            if i == box_at and box:
                page.body += box()
            for block in here:  # lists, quotes, Q&A … before the paragraph; a subheading right above it
                if block[0].tag != "h2":
                    page.body += block
            for block in here:
                if block[0].tag == "h2":
                    page.body += block
            page.body.append(Line(para, "content"))
            if i == inline_at and inline:
                page.body += inline()
        for i in sorted(slots):
            for block in slots[i]:
                page.body += block
        page.body += end

    # shared traps: subheadings, "Theo …" sentences, dated sentences (the site gives the pools)
    SUBHEADS: list[str] = []
    HEAD_A: list[str] = []
    HEAD_B: list[str] = []
    THEO_SOURCES: list[str] = []
    THEO_FACTS: list[str] = []
    EVENTS: list[str] = []
    SPEAKERS: list[tuple[str, list[str]]] = []

    def t_subhead(self, r: random.Random) -> list[Line]:
        return _subhead(r, self.SUBHEADS, self.HEAD_A, self.HEAD_B)

    def t_theo(self, r: random.Random) -> list[Line]:
        return _theo(r, self.THEO_SOURCES, self.THEO_FACTS)

    def t_dated(self, r: random.Random) -> list[Line]:
        return _dated(r, self.EVENTS)

    def t_speaker(self, r: random.Random) -> list[Line]:
        return _speaker(r, self.SPEAKERS, self.fill)

    def fill(self, role: str, r: random.Random) -> str:
        return role


# -- 58: a magazine for overseas Vietnamese ----------------------------------------------------------------


class Kieubao(_Site):
    fam = 58
    BRAND = "Nhịp Cầu Kiều Bào"
    LANGS = "Tiếng Việt | English | Français | Deutsch | 日本語"
    MENU = ["Trang chủ", "Cộng đồng", "Quê hương", "Kiều bào với đất nước", "Bảo hộ công dân", "Tiếng Việt",
            "Doanh nhân", "Văn hóa - Nghệ thuật", "Thư bạn đọc", "Video"]
    SECTIONS = {"Cộng đồng": ["Châu Âu", "Châu Mỹ", "Châu Á - Thái Bình Dương", "Châu Phi - Trung Đông"],
                "Quê hương": ["Thời sự", "Đầu tư", "Chính sách"], "Bảo hộ công dân": ["Thông báo", "Hỏi đáp"],
                "Tiếng Việt": ["Lớp học", "Tủ sách"], "Doanh nhân": ["Gương mặt", "Kết nối"]}
    HEADLINES = ["Kiều bào tại Séc tổ chức Tết cộng đồng ấm cúng", "Khai giảng lớp tiếng Việt cho con em người Việt tại Osaka",
                 "Doanh nhân kiều bào đầu tư vào nông nghiệp công nghệ cao", "Hội người Việt tại Ba Lan quyên góp ủng hộ đồng bào miền Trung",
                 "Thủ tục cấp hộ chiếu cho công dân ở nước ngoài được đơn giản hóa", "Lễ hội Áo dài tại Paris thu hút khách quốc tế",
                 "Du học sinh Việt tại Australia chia sẻ kinh nghiệm tìm việc làm thêm", "Trại hè Việt Nam dành cho thanh niên kiều bào khai mạc",
                 "Cộng đồng người Việt tại Đức ứng phó với giá năng lượng tăng cao", "Ra mắt Hội doanh nhân Việt Nam tại Hàn Quốc",
                 "Bảo hộ công dân Việt Nam gặp nạn tại vùng động đất", "Xuân Quê hương: kiều bào hướng về cội nguồn",
                 "Tủ sách tiếng Việt đến với trẻ em người Việt tại Lào", "Chuyến bay đưa công dân về nước từ vùng xung đột",
                 "Giáo sư người Việt nhận giải thưởng khoa học danh giá", "Ngày hội ẩm thực Việt tại Toronto",
                 "Hướng dẫn đăng ký khai sinh cho trẻ sinh ra ở nước ngoài", "Gặp mặt trí thức kiều bào góp ý cho quê hương",
                 "Kiều hối về Việt Nam tăng mạnh trong quý I", "Nhà văn gốc Việt ra mắt tiểu thuyết song ngữ",
                 "Người Việt ở Nga mở chợ phiên cuối tuần", "Học bổng cho sinh viên gốc Việt học tập tại quê nhà"]
    COUNTRIES = ["Đức", "Pháp", "Ba Lan", "Séc", "Hàn Quốc", "Nhật Bản", "Australia", "Canada", "Hoa Kỳ", "Lào", "Nga", "Anh"]
    CITIES = ["Berlin", "Paris", "Warszawa", "Praha", "Seoul", "Osaka", "Sydney", "Toronto", "San Jose", "Viêng Chăn",
              "Moskva", "London", "Leipzig", "Melbourne"]
    SUBHEADS = ["Giữ gìn tiếng mẹ đẻ", "Những tấm lòng hướng về quê hương", "Gánh nặng mưu sinh nơi xứ người",
                "Cầu nối giữa hai nền văn hóa", "Khi con cháu không còn nói tiếng Việt", "Chỗ dựa của bà con xa xứ",
                "Mong mỏi của thế hệ thứ hai", "Thủ tục vẫn còn vướng", "Từ quán phở nhỏ đến chuỗi nhà hàng",
                "Tết xa nhà", "Kỳ vọng vào chính sách mới"]
    HEAD_A = ["Giữ gìn", "Vun đắp", "Nối dài", "Thắp sáng", "Lan tỏa", "Tiếp nối"]
    HEAD_B = ["tiếng mẹ đẻ", "tình quê hương", "sợi dây kết nối", "ngọn lửa cộng đồng", "nhịp cầu hai nền văn hóa",
              "niềm tự hào gốc Việt", "những mùa Tết xa quê"]
    THEO_SOURCES = ["Bộ Ngoại giao", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "Ngân hàng Nhà nước",
                    "Đại sứ quán Việt Nam tại {c}", "thống kê của hội người Việt sở tại", "Reuters", "báo chí sở tại"]
    THEO_FACTS = ["hiện có khoảng {k}.000 người Việt đang sinh sống và làm việc tại đây.",
                  "lượng kiều hối gửi về trong {m} tháng đầu năm tăng khoảng {p}% so với cùng kỳ.",
                  "đã có {k} công dân được hỗ trợ về nước an toàn trong đợt này.",
                  "khoảng {p}% trẻ em gốc Việt thế hệ thứ ba không còn sử dụng thành thạo tiếng Việt.",
                  "số hồ sơ xin cấp hộ chiếu qua mạng đã tăng gấp {m} lần so với năm trước."]
    EVENTS = ["Đại sứ quán đã tổ chức buổi gặp mặt bà con cộng đồng tại trụ sở.",
              "đoàn công tác đã đến thăm và tặng quà cho {k} gia đình người Việt gặp khó khăn.",
              "lớp tiếng Việt đầu tiên chính thức khai giảng với {k} học sinh.",
              "hội người Việt địa phương đã trao số tiền quyên góp cho đại diện cơ quan đại diện.",
              "chuyến bay chở {k} công dân đã hạ cánh an toàn xuống sân bay Nội Bài."]
    SPEAKERS = [
        ("Chủ tịch Hội người Việt Nam tại {c}", ["Hội đã vận động được hơn {k} gia đình tham gia quyên góp trong đợt này.",
                                                 "Bà con ở đây dù bận rộn mưu sinh vẫn luôn hướng về quê nhà.",
                                                 "Chúng tôi mong thủ tục giấy tờ sẽ được đơn giản hơn nữa để bà con bớt phải đi lại."]),
        ("Tham tán Đại sứ quán Việt Nam tại {c}", ["Cơ quan đại diện luôn sẵn sàng hỗ trợ khi công dân gặp khó khăn, kể cả ngoài giờ hành chính.",
                                                   "Chúng tôi đã tiếp nhận và xử lý {k} hồ sơ trong tháng qua.",
                                                   "Bà con cần chủ động cập nhật thông tin cư trú để được hỗ trợ kịp thời."]),
        ("giáo viên dạy tiếng Việt tại {t}", ["Lớp tôi có {k} em, nhiều em lần đầu viết được tên mình bằng tiếng Việt.",
                                              "Dạy tiếng Việt cho trẻ sinh ra ở nước ngoài khó nhất là giữ được hứng thú của các em.",
                                              "Dù sống xa quê đã hơn hai mươi năm, tôi vẫn dạy các con nói tiếng Việt trong bữa cơm hằng ngày."]),
        ("du học sinh tại {t}", ["Những ngày đầu mọi thứ đều lạ lẫm, may có các anh chị trong hội sinh viên giúp đỡ.",
                                 "Điều khó nhất với người mới sang là ngôn ngữ và tìm được một công việc làm thêm ổn định.",
                                 "Mỗi lần quê nhà gặp thiên tai, anh em sinh viên ở đây đều góp tiền, không ai bảo ai."]),
        ("doanh nhân kiều bào tại {t}", ["Tôi muốn đưa nông sản Việt vào các siêu thị ở đây trong {m} năm tới.",
                                         "Quê hương có nhiều cơ hội, nhưng nhà đầu tư cần thủ tục minh bạch và ổn định."])]
    TRAPS_MID = ["t_subhead", "t_theo", "t_dated", "t_speaker", "t_contacts", "t_remit", "t_qa", "t_steps", "t_subhead",
                 "t_poem", "t_theo"]
    TRAPS_END = ["t_short", "t_sign", "t_contacts"]

    def t_speaker(self, r: random.Random) -> list[Line]:
        return _speaker(r, self.SPEAKERS, self.fill)

    def fill(self, role: str, r: random.Random) -> str:
        return role.replace("{c}", r.choice(self.COUNTRIES)).replace("{t}", r.choice(self.CITIES))

    def t_theo(self, r: random.Random) -> list[Line]:
        return _theo(r, [x.replace("{c}", r.choice(self.COUNTRIES)) for x in self.THEO_SOURCES], self.THEO_FACTS)

    def t_contacts(self, r: random.Random) -> list[Line]:
        c = r.choice(self.COUNTRIES)
        intro = r.choice([f"Công dân Việt Nam tại {c} cần hỗ trợ khẩn cấp có thể liên hệ:",
                          f"Thông tin liên hệ của cơ quan đại diện Việt Nam tại {c}:",
                          "Bà con có thể đăng ký tham dự qua các đầu mối sau:"])
        lines = [f"Đường dây nóng bảo hộ công dân: {_tel(r, 'abroad')}",
                 f"Địa chỉ: {r.randint(2, 180)} {r.choice(['Rue de Lyon', 'Kaiserstraße', 'Jalan Merdeka', 'Main Street', 'Namsan-ro'])}, {r.choice(self.CITIES)}",
                 f"Email: baohocongdan.{r.choice(['de', 'fr', 'kr', 'jp', 'au', 'cz'])}{r.randint(1, 9)}@mofa.gov.vn",
                 f"Bộ phận lãnh sự: {_tel(r, 'abroad')} (từ thứ Hai đến thứ Sáu)",
                 f"Tổng đài bảo hộ công dân tại Hà Nội: {_tel(r, 'mobile')}"]
        return [Line(intro, "content")] + [Line(x, "content", "li") for x in r.sample(lines, r.randint(3, 5))]

    def t_remit(self, r: random.Random) -> list[Line]:
        intro = r.choice(["Lượng kiều hối chuyển về TP.HCM qua các năm:", "Số lượng học viên các lớp tiếng Việt theo từng nước:",
                          "Kết quả quyên góp của các hội đoàn:"])
        if intro.startswith("Lượng"):
            y0 = r.randint(2012, 2018)
            rows = [f"Năm {y}: {r.randint(40, 99) / 10:.1f} tỷ USD".replace(".", ",") for y in range(y0, y0 + r.randint(3, 5))]
        elif intro.startswith("Số lượng"):
            rows = [f"{c}: {r.randint(25, 900)} học viên" for c in r.sample(self.COUNTRIES, r.randint(3, 5))]
        else:
            rows = [f"Hội người Việt tại {t}: {_num(r.randint(20, 900) * 1000000)} đồng" for t in r.sample(self.CITIES, r.randint(3, 5))]
        return [Line(intro, "content")] + [Line(x, "content", "li") for x in rows]

    def t_qa(self, r: random.Random) -> list[Line]:
        pairs = [("Thưa {h}, cộng đồng người Việt ở đây hiện có bao nhiêu người?",
                  "Theo ước tính của hội, có khoảng {k}.000 người, phần lớn sang từ những năm chín mươi."),
                 ("Khó khăn lớn nhất của bà con hiện nay là gì?",
                  "Là giấy tờ cư trú và việc học của con cái, nhất là các gia đình mới sang."),
                 ("Hội có kế hoạch gì cho lớp trẻ?",
                  "Chúng tôi mở thêm hai lớp tiếng Việt cuối tuần và tổ chức trại hè về nguồn."),
                 ("{H} có dự định đầu tư về quê nhà?",
                  "Tôi đang tìm hiểu các dự án nông nghiệp sạch ở miền Tây, có lẽ năm sau sẽ bắt đầu.")]
        hon, _ = _who(r)
        k = r.randint(5, 120)
        pairs = [(q.format(h=hon, H=hon.capitalize()), a.format(k=k)) for q, a in pairs]
        return _qa(r, pairs, r.choice(["Phóng viên đã có cuộc trò chuyện với {hon} {name} bên lề sự kiện.",
                                       "{name} trả lời phỏng vấn của phóng viên:"]))

    def t_steps(self, r: random.Random) -> list[Line]:
        if r.random() < 0.5:
            return _steps(r, r.choice(["Các bước đăng ký cấp hộ chiếu trực tuyến như sau:", "Thủ tục xin cấp hộ chiếu qua mạng gồm các bước:"]),
                          [("Truy cập Cổng dịch vụ công của cơ quan đại diện", "Vào trang dịch vụ công trực tuyến của Đại sứ quán"),
                           ("Điền tờ khai và tải lên ảnh chân dung", "Khai tờ khai điện tử, đính kèm ảnh nền trắng cỡ 4x6"),
                           ("Nộp lệ phí bằng thẻ ngân hàng", "Thanh toán lệ phí trực tuyến"),
                           ("Nhận giấy hẹn qua thư điện tử", "Chờ thư điện tử xác nhận và lịch hẹn"),
                           ("Đến nhận kết quả hoặc đăng ký gửi qua bưu điện", "Nhận hộ chiếu trực tiếp hoặc qua đường bưu chính")])
        return _steps(r, r.choice(["Quy trình đăng ký khai sinh cho trẻ gồm:", "Cha mẹ đăng ký khai sinh cho con theo các bước:"]),
                      [("Chuẩn bị giấy chứng sinh do bệnh viện sở tại cấp", "Xin giấy chứng sinh của cơ sở y tế nơi trẻ sinh ra"),
                       ("Dịch thuật và hợp pháp hóa lãnh sự giấy chứng sinh", "Dịch giấy chứng sinh sang tiếng Việt, có chứng thực"),
                       ("Nộp tờ khai đăng ký khai sinh tại cơ quan đại diện", "Gửi tờ khai cùng bản sao hộ chiếu của cha mẹ"),
                       ("Nhận trích lục khai sinh sau ba ngày làm việc", "Nhận bản chính giấy khai sinh trực tiếp hoặc qua bưu điện")])

    def t_poem(self, r: random.Random) -> list[Line]:
        return _poem(r, ["Bài thơ {name} viết trong những ngày đầu sang xứ người:",
                         "Trong đêm giao lưu, {hon} {name} đã đọc mấy câu thơ tự sáng tác:",
                         "Những câu thơ được các em nhỏ đọc vang trong hội trường:"], (1, 4, 5, 6, 10, 18, 19, 20))

    def t_short(self, r: random.Random) -> list[Line]:
        return _short_end(r, ["Chương trình kéo dài đến hết ngày {d}/{m}.", "Lớp học hoàn toàn miễn phí.",
                              "Sự kiện thu hút khoảng {k} người tham dự.", "Hạn chót nhận hồ sơ là ngày {d}/{m}.",
                              "Hiện sức khỏe các công dân đã ổn định.", "Đoàn sẽ về nước vào ngày {d}/{m}."])

    def t_sign(self, r: random.Random) -> list[Line]:
        return _sign(r, ["Chúc bà con kiều bào đón Xuân {y} sức khỏe, thành công và hạnh phúc!",
                         "Kính chúc quý vị và gia đình luôn bình an, hướng về quê hương!",
                         "Xin gửi lời cảm ơn tới {k} hội đoàn đã chung tay trong năm {y}."],
                     [("CHỦ NHIỆM ỦY BAN",), ("TM. BAN CHẤP HÀNH HỘI", "CHỦ TỊCH"), ("ĐẠI SỨ",)])

    def decorate(self, r: random.Random, h: str) -> str:
        return r.choice([h, h, f"{h} ({r.randint(1, 28):02d}/{r.randint(1, 12):02d})"])

    def build(self, n: int, article: list[str], r: random.Random) -> Page:
        page = Page(self.fam, OUTLETS[self.fam])
        w = _when(r)
        page.head.append(Line(self.LANGS, "menu", "div"))
        page.head.append(Line(f"{_WEEKDAYS[w['w']]}, {w['d']:02d}/{w['m']:02d}/{w['y']}", "dateline", "div"))
        page.head += [Line(x, "menu", "li") for x in self.MENU]
        usd = r.randint(23100, 25400)
        if r.random() < 0.6:
            page.head.append(Line(f"Tỷ giá: USD {_num(usd)} | EUR {_num(usd + r.randint(1200, 2600))} | AUD "
                                  f"{_num(r.randint(15500, 17200))} | JPY {r.randint(150, 215)},{r.randint(10, 99)}", "price_widget", "div"))
        sec = r.choice(list(self.SECTIONS))
        page.head.append(Line(f"Trang chủ › {sec} › {r.choice(self.SECTIONS[sec])}", "breadcrumb", "div"))
        before = [Line(f"{w['d']:02d}/{w['m']:02d}/{w['y']} {w['h']:02d}:{w['i']:02d} (GMT+7)", "dateline", "div")]
        if r.random() < 0.3:
            before.append(Line(f"Cập nhật lần cuối: {w['h']:02d}:{(w['i'] + 17) % 60:02d} {w['d']:02d}/{w['m']:02d}", "dateline", "div"))
        if r.random() < 0.65:
            before.append(Line("Chia sẻ Facebook Zalo Email In bài", "share_widget", "div"))
        if r.random() < 0.3:
            before.append(Line("Cỡ chữ A- A A+", "share_widget", "div"))
        self.weave(page, article, r, before,
                   inline=lambda: [Line(">> Xem thêm: " + r.choice(self.HEADLINES), "related_links", "p")],
                   box=lambda: self.related(r, "ĐỌC THÊM", (1, 3)))
        page.body += self.tail(r)
        page.side += self.related(r, "Đọc nhiều nhất", (4, 6), "h4")
        widgets = [self.weather(r), self.rates(r, usd), [Line("Đăng ký nhận bản tin cộng đồng qua email", "share_widget", "div")]]
        r.shuffle(widgets)
        for wdg in widgets[: r.randint(1, 3)]:
            page.side += wdg
        page.foot += [Line(x, "footer", "p") for x in self.FOOTER]
        page.foot.append(Line(f"Đang truy cập: {_num(r.randint(120, 4800))}", "footer", "p"))
        return page

    def weather(self, r: random.Random) -> list[Line]:
        out = [Line("Thời tiết nơi có đông người Việt", "weather_widget", "h4")]
        for t in r.sample(self.CITIES, 3):
            lo = r.randint(14, 26) if t in ("Viêng Chăn", "Sydney", "San Jose", "Melbourne") else r.randint(-8, 20)
            sky = ["trời quang", "mưa nhỏ", "nhiều mây", "nắng nhẹ"] + (["có tuyết"] if lo < 1 else [])
            out.append(Line(f"{t}: {lo}°C / {lo + r.randint(3, 10)}°C, {r.choice(sky)}", "weather_widget", "li"))
        return out

    def rates(self, r: random.Random, usd: int) -> list[Line]:
        rows = [("Đô la Mỹ (USD)", usd), ("Euro (EUR)", usd + r.randint(1200, 2600)), ("Yên Nhật (JPY)", r.randint(150, 215)),
                ("Won (KRW)", r.randint(17, 20)), ("Đô la Úc (AUD)", r.randint(15500, 17200))]
        return [Line("Tỷ giá ngoại tệ", "price_widget", "h4")] + [
            Line(f"{k}: mua {_num(v)} - bán {_num(v + max(1, v // 70))}", "price_widget", "li") for k, v in r.sample(rows, 3)]

    def tail(self, r: random.Random) -> list[Line]:
        a, b = _pen(r), _pen(r)
        by = r.choice([a, f"{a} (từ {r.choice(self.CITIES)})", f"{a} - {b}", "Nhóm PV Cộng đồng", f"CTV {a} ({r.choice(self.CITIES)})",
                       f"{a} (theo {r.choice(['Reuters', 'AFP', 'Kyodo', 'Yonhap'])})", f"{a} thực hiện", f"{a} lược dịch"])
        src = r.choice([f"Nguồn: Đại sứ quán Việt Nam tại {r.choice(self.COUNTRIES)}", "Theo Báo Quốc tế",
                        f"(Theo VOV, {r.choice(['Báo Thế giới và Việt Nam', 'TTXVN'])})", "Nguồn: Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
                        f"Theo Hội người Việt tại {r.choice(self.COUNTRIES)}"])
        blocks: list[list[Line]] = [[Line(by, "byline", "p")]]
        if r.random() < 0.55:
            blocks.append([Line(src, "source", "p")])
        if r.random() < 0.15:
            blocks.append([Line(r.choice(["(Còn tiếp)", "Kỳ sau: " + r.choice(self.HEADLINES)]), "continuation", "p")])
        if r.random() < 0.25:
            blocks.reverse()
        if r.random() < 0.6:
            words = r.sample(["kiều bào", "người Việt ở nước ngoài", "bảo hộ công dân", "tiếng Việt", "cộng đồng"] + self.COUNTRIES, r.randint(2, 4))
            blocks.append([Line("Từ khóa: " + ", ".join(words), "tags", "div")])
        if r.random() < 0.5:
            blocks.append([Line("Chia sẻ Facebook Zalo Email In bài", "share_widget", "div")])
        if r.random() < 0.45:
            blocks.append([Line("Mời bạn đọc gửi bài viết, hình ảnh về cộng đồng người Việt nơi bạn sinh sống", "advert", "p"),
                           Line("Email: congtacvien@nhipcaukieubao.vn", "advert", "p")])
        if r.random() < 0.35:
            shop = r.choice(["Saigon Express", "Hà Thành Cargo", "Việt Link", "Sen Vàng Logistics"])
            blocks.append([Line(f"{shop} - Gửi hàng về Việt Nam nhanh, an toàn", "advert", "p"),
                           Line(f"Nhận tận nhà tại {r.choice(self.CITIES)} - {r.choice(self.CITIES)}", "advert", "p"),
                           Line(f"Liên hệ: {_tel(r, 'abroad')} (Zalo/WhatsApp)", "advert", "p")])
        after = [self.related(r, "CÙNG CHUYÊN MỤC", (3, 5))]
        if r.random() < 0.7:
            after.append([Line(f"Ý kiến bạn đọc ({r.randint(0, 40)})", "comment_prompt", "h4"),
                          Line("Vui lòng nhập tiếng Việt có dấu", "comment_prompt", "div"),
                          Line("Gửi ý kiến", "comment_prompt", "div")])
        if r.random() < 0.5:
            after.reverse()
        return [x for blk in blocks + after for x in blk]

    FOOTER = ["Tạp chí điện tử Nhịp Cầu Kiều Bào", "Cơ quan chủ quản: Hiệp hội Kết nối Người Việt toàn cầu",
              "Tổng Biên tập: Đoàn Quang Vinh", "Giấy phép số 215/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 06/05/2021",
              "Tòa soạn: Số 27 phố Hàng Chuối, quận Hai Bà Trưng, Hà Nội",
              "Điện thoại: 024 3972 8815 - Email: toasoan@nhipcaukieubao.vn",
              "Văn phòng đại diện tại châu Âu: Müllerstraße 14, 13353 Berlin, CHLB Đức",
              "© 2021 Nhịp Cầu Kiều Bào. Không sao chép khi chưa được sự đồng ý bằng văn bản."]


# -- 59: a provincial radio-TV station ---------------------------------------------------------------------


class PhuSonTV(_Site):
    fam = 59
    LIVE = "TRỰC TIẾP: PST1 | PST2 | Phát thanh FM 96,5 MHz"
    MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Văn hóa - Xã hội", "Nông nghiệp - Nông thôn",
            "Dân tộc - Miền núi", "Thể thao", "Video", "Podcast", "Lịch phát sóng"]
    SECTIONS = {"Thời sự": ["Trong tỉnh", "Trong nước", "Quốc tế"], "Kinh tế": ["Đầu tư", "Doanh nghiệp"],
                "Văn hóa - Xã hội": ["Giáo dục", "Y tế", "An ninh trật tự"], "Nông nghiệp - Nông thôn": ["Nông thôn mới", "Khuyến nông"]}
    PLACES = ["Đông Xuyên", "Mường Lạn", "Tân Bình Sơn", "Phù Cát Hạ", "Nậm Cang", "Thạch An Đông", "Bắc Hà Thượng"]
    HEADLINES = ["Phù Sơn đẩy nhanh tiến độ giải ngân vốn đầu tư công", "Nông dân Đông Xuyên thu hoạch lúa xuân",
                 "Khai mạc Hội thi tuyên truyền cải cách hành chính", "Mường Lạn ra quân trồng rừng đầu năm",
                 "Xe tải lật trên quốc lộ, giao thông ùn tắc nhiều giờ", "Giải bóng đá thanh niên tỉnh Phù Sơn khởi tranh",
                 "Tăng cường phòng chống dịch bệnh trên đàn gia súc", "Nâng cao chất lượng dạy học ở vùng đồng bào dân tộc",
                 "Hội chợ OCOP Phù Sơn thu hút hàng nghìn lượt khách", "Trao nhà đại đoàn kết cho hộ nghèo Nậm Cang",
                 "Tuyên truyền pháp luật cho ngư dân ven biển", "Kiểm tra phòng cháy chữa cháy tại các chợ",
                 "Phóng sự: Đổi thay ở bản vùng cao", "Tạp chí Nông thôn mới: Con đường nông sản sạch",
                 "Chuyên mục Pháp luật và Đời sống", "Hỗ trợ người dân chuyển đổi cây trồng kém hiệu quả",
                 "Phù Sơn đón hơn 50 nghìn lượt khách dịp lễ", "Tân Bình Sơn khánh thành cầu dân sinh"]
    PROGRAMS = ["Thể dục buổi sáng", "Thời sự PST", "Nông nghiệp và nông thôn", "Phim truyện: Hương đất", "Thời sự trưa",
                "Ca nhạc theo yêu cầu", "Chương trình tiếng dân tộc", "Thời sự tối", "Chuyện cuối tuần", "Dân hỏi - Chính quyền trả lời"]
    SUBHEADS = ["Chuyển biến từ cơ sở", "Vẫn còn những khó khăn", "Hiệu quả bước đầu", "Cần sự vào cuộc của cả hệ thống",
                "Đổi mới cách làm", "Người dân đồng thuận", "Nỗi lo mùa mưa lũ", "Khơi thông nguồn lực", "Bài học kinh nghiệm"]
    HEAD_A = ["Chuyển biến", "Khởi sắc", "Đổi thay", "Nỗi lo", "Kỳ vọng", "Dấu ấn", "Sức sống mới"]
    HEAD_B = ["từ cơ sở", "ở vùng cao", "nơi bản xa", "mùa mưa lũ", "trên đồng đất quê hương", "ở vùng đồng bào dân tộc",
              "sau một năm triển khai"]
    THEO_SOURCES = ["Sở Nông nghiệp và Phát triển nông thôn tỉnh", "Ban Chỉ huy phòng chống thiên tai tỉnh",
                    "lãnh đạo UBND huyện Đông Xuyên", "Cục Thống kê tỉnh Phù Sơn", "báo cáo của Sở Y tế", "ông Trưởng bản"]
    THEO_FACTS = ["toàn tỉnh đã gieo cấy được {k}.000 ha lúa, đạt {p}% kế hoạch.",
                  "từ đầu năm đến nay có {k} hộ thoát nghèo, giảm {p}% so với năm trước.",
                  "mưa lớn làm sạt lở {k} điểm trên các tuyến tỉnh lộ, gây ách tắc cục bộ.",
                  "đã có {k} trường hợp mắc bệnh, tăng {p} ca so với cùng kỳ năm ngoái.",
                  "tổng vốn giải ngân trong {m} tháng đạt hơn {k} tỷ đồng."]
    EVENTS = ["Đoàn công tác của tỉnh đã kiểm tra tình hình sản xuất tại huyện Mường Lạn.",
              "UBND tỉnh tổ chức hội nghị sơ kết {k} năm thực hiện chương trình xây dựng nông thôn mới.",
              "lực lượng chức năng đã di dời khẩn cấp {k} hộ dân ra khỏi vùng nguy hiểm.",
              "hơn {k} vận động viên đã tranh tài ở nội dung việt dã.",
              "Bệnh viện Đa khoa tỉnh tiếp nhận {k} bệnh nhân nhập viện cấp cứu."]
    SPEAKERS = [
        ("Chủ tịch UBND xã {x}", ["Xã sẽ tiếp tục vận động người dân hiến đất làm đường, phấn đấu về đích đúng hẹn.",
                                  "Toàn xã hiện còn {k} hộ nghèo, chủ yếu là hộ đồng bào dân tộc thiểu số.",
                                  "Chúng tôi đã chuẩn bị sẵn phương án di dời, lương thực dự trữ đủ cho mười ngày."]),
        ("Trưởng phòng Nông nghiệp huyện {x}", ["Khó nhất là thay đổi thói quen sản xuất cũ của một bộ phận người dân.",
                                                "Năm nay huyện chuyển đổi được khoảng {k} ha lúa kém hiệu quả sang trồng cây ăn quả.",
                                                "Giá vật tư tăng nên nông dân cần tính toán kỹ trước khi mở rộng diện tích."]),
        ("người dân thôn Bản {x}", ["Năm nay bà con phấn khởi lắm, lúa được mùa mà giá cũng khá hơn mọi năm.",
                                    "Trước đây đường đất lầy lội, giờ bê tông về tận bản, con đi học cũng không lo nữa.",
                                    "Nhà tôi nuôi {m} con bò, nhờ được vay vốn ưu đãi nên có thêm thu nhập."]),
        ("Giám đốc Trung tâm Y tế huyện {x}", ["Từ đầu năm đến nay, trung tâm đã ghi nhận {k} ca bệnh, không có trường hợp tử vong.",
                                               "Người dân khi có biểu hiện sốt cao cần đến ngay cơ sở y tế gần nhất."]),
        ("giáo viên Trường PTDTBT {x}", ["Các cháu đến lớp đều hơn, mùa này không còn em nào bỏ học lên nương.",
                                         "Có em phải đi bộ {m} cây số mới đến được điểm trường."])]
    TRAPS_MID = ["t_subhead", "t_speaker_tv", "t_theo", "t_dated", "t_prices", "t_results", "t_hotline", "t_subhead",
                 "t_steps", "t_timeline", "t_speaker"]
    TRAPS_END = ["t_short", "t_sign"]

    def t_speaker(self, r: random.Random) -> list[Line]:
        return _speaker(r, self.SPEAKERS, self.fill)

    def fill(self, role: str, r: random.Random) -> str:
        return role.replace("{x}", r.choice(self.PLACES))

    def t_speaker_tv(self, r: random.Random) -> list[Line]:
        return _speaker(r, self.SPEAKERS, self.fill, paren=True)

    def t_prices(self, r: random.Random) -> list[Line]:
        intro = r.choice(["Giá một số nông sản tại chợ đầu mối thành phố sáng nay:", "Giá thu mua tại các đại lý trong huyện như sau:"])
        goods = [("Lúa tẻ thường", 6800, 8200, "kg"), ("Ngô hạt khô", 5600, 7100, "kg"), ("Lợn hơi", 52000, 68000, "kg"),
                 ("Sắn tươi", 2100, 3200, "kg"), ("Chè búp tươi", 7000, 12000, "kg"), ("Quế khô", 28000, 45000, "kg")]
        return [Line(intro, "content")] + [Line(f"{g}: {_num(r.randint(lo, hi) // 100 * 100)} đồng/{u}", "content", "li")
                                           for g, lo, hi, u in r.sample(goods, r.randint(3, 5))]

    def t_results(self, r: random.Random) -> list[Line]:
        teams = r.sample(self.PLACES, 4)
        out = [Line(r.choice(["Kết quả các trận đấu lượt cuối vòng bảng:", "Kết quả thi đấu ngày khai mạc:"]), "content")]
        for a, b in ((teams[0], teams[1]), (teams[2], teams[3])):
            out.append(Line(f"{a} {r.randint(0, 4)} - {r.randint(0, 4)} {b}", "content", "li"))
        if r.random() < 0.6:
            out.append(Line(f"Đội {teams[r.randrange(4)]} tạm dẫn đầu bảng với {r.randint(4, 9)} điểm.", "content"))
        return out

    def t_hotline(self, r: random.Random) -> list[Line]:
        intro = r.choice(["Số điện thoại trực ban phòng chống thiên tai của các huyện:",
                          "Người dân phát hiện dịch bệnh có thể báo ngay theo các số điện thoại:"])
        return [Line(intro, "content")] + [Line(f"Huyện {p}: {_tel(r)}", "content", "li") for p in r.sample(self.PLACES, r.randint(3, 5))]

    def t_steps(self, r: random.Random) -> list[Line]:
        return _steps(r, r.choice(["Để nộp hồ sơ trực tuyến, người dân thực hiện các bước:",
                                   "Hướng dẫn nộp hồ sơ qua Cổng Dịch vụ công của tỉnh:"]),
                      [("Đăng nhập Cổng Dịch vụ công của tỉnh", "Đăng nhập bằng tài khoản định danh điện tử"),
                       ("Chọn thủ tục cần thực hiện", "Tìm thủ tục theo tên hoặc theo lĩnh vực"),
                       ("Khai thông tin và đính kèm giấy tờ", "Điền biểu mẫu điện tử, tải lên bản chụp giấy tờ"),
                       ("Theo dõi tình trạng hồ sơ qua tin nhắn", "Tra cứu tiến độ giải quyết bằng mã hồ sơ"),
                       ("Nhận kết quả tại bộ phận một cửa", "Nhận kết quả qua dịch vụ bưu chính công ích")])

    def t_timeline(self, r: random.Random) -> list[Line]:
        return _timeline(r, r.choice(["Những dấu mốc của công trình:", "Hành trình xây dựng nông thôn mới của xã:"]),
                         ["khởi công xây dựng", "hoàn thành giai đoạn một", "đưa vào sử dụng", "được công nhận đạt chuẩn",
                          "đón nhận Huân chương Lao động hạng Ba", "mở rộng thêm hai tuyến đường liên thôn"])

    def t_short(self, r: random.Random) -> list[Line]:
        return _short_end(r, ["Giải đấu sẽ bế mạc vào ngày {d}/{m}.", "Hiện giao thông đã thông suốt.",
                              "Vụ việc đang được điều tra làm rõ.", "Tổng kinh phí hỗ trợ là {k} triệu đồng.",
                              "Không có thiệt hại về người.", "Phiên chợ diễn ra đến hết ngày {d}/{m}."])

    def t_sign(self, r: random.Random) -> list[Line]:
        return _sign(r, ["Yêu cầu các sở, ngành, địa phương nghiêm túc thực hiện./.",
                         "Đề nghị các đơn vị khẩn trương triển khai, báo cáo kết quả về UBND tỉnh trước ngày {k}./.",
                         "Công điện này thay thế Công điện số {k}/CĐ-UBND ban hành năm {y}./."],
                     [("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), ("CHỦ TỊCH",)])

    def decorate(self, r: random.Random, h: str) -> str:
        return r.choice([h, f"{h} ({r.randint(5, 22):02d}:{r.randint(0, 59):02d} {r.randint(1, 28)}/{r.randint(1, 12)})", f"[Video] {h}"])

    def byline(self, r: random.Random) -> str:
        a, b = _pen(r), _pen(r)
        return r.choice([f"PV {a} - KTV {b}", f"{a} - {b}", "Nhóm PV Thời sự", f"{a} (Trung tâm VH-TT-TT huyện {r.choice(self.PLACES)})",
                         f"BTV {a} tổng hợp", f"{a} (theo VTV)", a, f"{a} - {b} thực hiện", f"Phóng viên {a}"])

    def build(self, n: int, article: list[str], r: random.Random) -> Page:
        page = Page(self.fam, OUTLETS[self.fam])
        w = _when(r)
        page.head.append(Line(self.LIVE, "menu", "div"))
        page.head += [Line(x, "menu", "li") for x in self.MENU]
        sec = r.choice(list(self.SECTIONS))
        if r.random() < 0.85:
            page.head.append(Line(f"{sec} / {r.choice(self.SECTIONS[sec])}", "breadcrumb", "div"))
        before = [Line(f"{_WEEKDAYS[w['w']]}, {w['d']}/{w['m']}/{w['y']} - {w['h']:02d}:{w['i']:02d}", "dateline", "div")]
        top_by = r.random() < 0.5
        if top_by:
            before.append(Line(self.byline(r), "byline", "div"))
        if r.random() < 0.5:
            before.append(Line("Nghe đọc tin", "share_widget", "div"))
        self.weave(page, article, r, before, inline=None, box=lambda: self.related(r, "Tin liên quan", (2, 3)))
        tail: list[Line] = []
        if not top_by:
            tail.append(Line(self.byline(r), "byline", "p"))
        if r.random() < 0.4:
            tail.insert(r.randint(0, len(tail)), Line(r.choice(["Nguồn: Trung tâm Truyền thông tỉnh Phù Sơn", "(Theo VOV)",
                                                                  "Theo Cổng TTĐT tỉnh Phù Sơn", "Nguồn: Báo Phù Sơn"]), "source", "p"))
        if r.random() < 0.15:
            tail.append(Line(r.choice(["(Còn nữa)", f"Kỳ 2: {r.choice(['Những bản làng đổi thay', 'Giữ rừng bằng hương ước', 'Lối ra cho nông sản'])}"]),
                             "continuation", "p"))
        extra = []
        if r.random() < 0.6:
            extra.append(Line("Từ khóa: " + ", ".join(r.sample(["nông thôn mới", "Phù Sơn", "thời sự", "mưa lũ", "giao thông",
                                                               "giảm nghèo", "OCOP", "y tế"], r.randint(2, 4))), "tags", "div"))
        if r.random() < 0.7:
            extra.append(Line("Chia sẻ Facebook Zalo", "share_widget", "div"))
        if r.random() < 0.4:
            extra.append(Line("Bạn thấy tin này thế nào? Hữu ích · Bình thường · Chưa hay", "share_widget", "div"))
        r.shuffle(extra)
        tail += extra
        if r.random() < 0.6:
            tail += [Line("Ý kiến phản hồi", "comment_prompt", "h4"), Line("Họ và tên", "comment_prompt", "div"),
                     Line("Địa chỉ email", "comment_prompt", "div"), Line("Gửi phản hồi", "comment_prompt", "div")]
        tail += self.related(r, "Tin cùng chuyên mục", (3, 5))
        page.body += tail
        widgets = [self.schedule(r), self.weather(r), self.farm(r), self.related(r, "Tin mới", (3, 5), "h4")]
        r.shuffle(widgets)
        for wdg in widgets[: r.randint(2, 4)]:
            page.side += wdg
        page.foot += [Line(x, "footer", "p") for x in self.FOOTER]
        page.foot.append(Line(f"Lượt truy cập: {_num(r.randint(1_000_000, 48_000_000))}", "footer", "p"))
        return page

    def schedule(self, r: random.Random) -> list[Line]:
        times = sorted(r.sample(range(10, 46), 5))
        progs = r.sample(self.PROGRAMS, 5)
        return [Line("Lịch phát sóng PST1 hôm nay", "related_links", "h4")] + [
            Line(f"{t // 2:02d}:{'30' if t % 2 else '00'} {p}", "related_links", "li") for t, p in zip(times, progs, strict=True)]

    def weather(self, r: random.Random) -> list[Line]:
        out = [Line("Thời tiết Phù Sơn", "weather_widget", "h4")]
        for p in r.sample(["TP. Phù Sơn"] + self.PLACES, 3):
            lo = r.randint(12, 26)
            out.append(Line(f"{p}: {lo} - {lo + r.randint(4, 9)}°C, {r.choice(['mưa rào', 'nắng', 'sương mù', 'có mây'])}",
                            "weather_widget", "li"))
        return out

    def farm(self, r: random.Random) -> list[Line]:
        return [Line("Giá nông sản hôm nay", "price_widget", "h4"),
                Line(f"Lúa khô: {_num(r.randint(68, 82) * 100)} đ/kg", "price_widget", "li"),
                Line(f"Lợn hơi: {_num(r.randint(50, 69) * 1000)} đ/kg", "price_widget", "li"),
                Line(f"Quế vỏ: {_num(r.randint(28, 45) * 1000)} đ/kg", "price_widget", "li")]

    FOOTER = ["Đài Phát thanh và Truyền hình tỉnh Phù Sơn", "Giám đốc: Hà Xuân Trường",
              "Giấy phép số 128/GP-BTTTT ngày 12/04/2019 của Bộ Thông tin và Truyền thông",
              "Địa chỉ: Số 8 đường Lê Lợi, phường Trần Phú, TP. Phù Sơn",
              "Điện thoại: 0219 3862 448 - Fax: 0219 3862 449 - Email: toasoan@phusontv.vn",
              "Ghi rõ nguồn \"PST\" khi phát hành lại thông tin từ website này."]


# -- 60: a trade-union / workers' paper ----------------------------------------------------------------------


class CongNhan(_Site):
    fam = 60
    HOTBAR = "Đường dây nóng: 0916 882 882 | Email: bandoc@doisongcongnhan.vn"
    MENU = ["Thời sự", "Công đoàn", "Việc làm", "Pháp luật", "Bạn đọc", "Nhà ở công nhân", "An toàn lao động",
            "Sức khỏe", "Tư vấn", "Ảnh - Video"]
    KCN = ["Tân Tạo", "Sóng Thần", "Quế Võ", "Vĩnh Lộc", "Amata", "Phố Nối A", "Nhơn Trạch 2", "VSIP", "Đình Trám"]
    FIRMS = ["May mặc Hưng Phát", "Giày da Thái Bình Dương", "Điện tử Sao Mai", "Thực phẩm Hòa An", "Gỗ nội thất Minh Tiến",
             "Dệt kim Phú Lợi", "Linh kiện Kim Long"]
    HEADLINES = ["Công nhân khu công nghiệp nhận thưởng Tết bình quân 7,5 triệu đồng", "Doanh nghiệp nợ bảo hiểm xã hội bị xử phạt",
                 "Khởi công nhà ở xã hội cho công nhân", "Tuyển dụng hơn 5.000 lao động sau Tết",
                 "Chuyến xe Công đoàn đưa công nhân về quê đón Tết", "Tăng lương tối thiểu vùng: người lao động kỳ vọng",
                 "Tai nạn lao động tại công trường xây dựng", "Siêu thị Công đoàn bán hàng giảm giá cho đoàn viên",
                 "Đối thoại giữa chủ doanh nghiệp và người lao động", "Công nhân mất việc được hỗ trợ học nghề miễn phí",
                 "Ngừng việc tập thể vì chậm trả lương", "Bữa ăn ca của công nhân được nâng lên 25.000 đồng",
                 "Lao động nữ được khám sức khỏe sinh sản miễn phí", "Nghỉ việc có được nhận trợ cấp thôi việc?",
                 "Phát động Tháng Công nhân năm nay", "Phòng trọ giá rẻ cho công nhân ngày càng khan hiếm",
                 "Rút bảo hiểm xã hội một lần: thiệt đủ đường"]
    SUBHEADS = ["Thu nhập bấp bênh", "Nỗi lo phòng trọ", "Công đoàn vào cuộc", "Doanh nghiệp cũng khó", "Quyền lợi phải được bảo đảm",
                "Đơn hàng giảm, việc làm giảm", "Cần chính sách căn cơ", "Bữa cơm ca có thịt", "Tết sum vầy"]
    HEAD_A = ["Nỗi lo", "Gánh nặng", "Niềm vui", "Chật vật", "Kỳ vọng", "Trăn trở"]
    HEAD_B = ["tiền trọ", "đồng lương", "cuối năm", "tăng ca", "nhà ở xã hội", "giữ việc làm", "ngày Tết", "của lao động nữ"]
    THEO_SOURCES = ["Liên đoàn Lao động tỉnh Bình Dương", "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã hội Việt Nam",
                    "đại diện Ban Quản lý các KCN", "khảo sát của Viện Công nhân và Công đoàn", "luật sư tư vấn"]
    THEO_FACTS = ["có khoảng {k}.000 lao động bị giảm giờ làm hoặc tạm ngừng việc trong quý.",
                  "mức thưởng Tết cao nhất năm nay là {k} triệu đồng, thấp nhất {m} triệu đồng.",
                  "{p}% công nhân được khảo sát đang phải thuê nhà trọ, mỗi tháng chi khoảng {m} triệu đồng.",
                  "tổng số tiền nợ đóng bảo hiểm xã hội của các doanh nghiệp lên tới {k} tỷ đồng.",
                  "người lao động nghỉ việc đúng luật được hưởng trợ cấp thôi việc theo số năm làm việc."]
    EVENTS = ["Công đoàn KCN đã trao {k} suất quà cho công nhân có hoàn cảnh khó khăn.",
              "hàng trăm công nhân ngừng việc, đề nghị công ty trả lương đúng hạn.",
              "Liên đoàn Lao động tỉnh tổ chức chương trình Phiên chợ Công nhân với {k} gian hàng.",
              "đoàn kiểm tra liên ngành phát hiện {k} doanh nghiệp vi phạm quy định về an toàn lao động.",
              "ban chỉ đạo đã đối thoại trực tiếp với hơn {k} đoàn viên."]
    SPEAKERS = [
        ("công nhân Công ty TNHH {f}", ["Tháng nào tăng ca nhiều thì được tám, chín triệu, còn ít đơn hàng thì chỉ đủ tiền trọ với ăn.",
                                        "Tôi làm ở đây {m} năm rồi, giờ chỉ mong có căn nhà nhỏ để hai đứa con về ở cùng.",
                                        "Phòng trọ chừng mười mét vuông mà bốn người ở, tiền điện nước tính theo giá kinh doanh."]),
        ("Chủ tịch Công đoàn KCN {k}", ["Công đoàn sẽ bảo vệ đến cùng quyền lợi hợp pháp của người lao động trong vụ việc này.",
                                        "Năm nay công đoàn dành khoảng {k}0 suất vé xe miễn phí cho công nhân về quê đón Tết.",
                                        "Chúng tôi đã đề nghị doanh nghiệp đối thoại ngay để ổn định tinh thần công nhân."]),
        ("Phó Giám đốc Trung tâm Dịch vụ việc làm tỉnh", ["Nhu cầu tuyển dụng quý này khoảng {k}.000 lao động, chủ yếu là lao động phổ thông.",
                                                          "Người lao động nên cân nhắc kỹ trước khi rút bảo hiểm xã hội một lần vì sẽ mất quyền lợi hưu trí."]),
        ("Trưởng phòng Nhân sự Công ty {f}", ["Doanh nghiệp cam kết trả đủ lương tháng này cho công nhân trước ngày 15.",
                                              "Đơn hàng giảm khoảng {p}% nên công ty buộc phải giảm giờ làm, nhưng không cắt giảm lao động."]),
        ("luật sư thuộc Đoàn Luật sư TP.HCM", ["Người lao động cần giữ lại hợp đồng, bảng lương để làm căn cứ khi xảy ra tranh chấp.",
                                               "Doanh nghiệp chậm đóng bảo hiểm xã hội có thể bị xử lý hình sự nếu cố tình trốn đóng."])]
    TRAPS_MID = ["t_subhead", "t_speaker", "t_theo", "t_dated", "t_wage", "t_bonus", "t_hotline", "t_qa", "t_steps",
                 "t_subhead", "t_vox", "t_speaker"]
    TRAPS_END = ["t_short", "t_sign", "t_poem"]

    def t_speaker(self, r: random.Random) -> list[Line]:
        return _speaker(r, self.SPEAKERS, self.fill)

    def fill(self, role: str, r: random.Random) -> str:
        return role.replace("{f}", r.choice(self.FIRMS)).replace("{k}", r.choice(self.KCN))

    def t_vox(self, r: random.Random) -> list[Line]:
        hon, name = _who(r)
        return [Line(f"{hon.capitalize()} {name} ({r.randint(19, 52)} tuổi, quê {r.choice(['Thanh Hóa', 'Nghệ An', 'Sóc Trăng', 'Thái Bình', 'Quảng Ngãi'])})"
                     f" chia sẻ: {_quote(r, self.SPEAKERS[0][1])}", "content")]

    def t_wage(self, r: random.Random) -> list[Line]:
        base = r.choice([(4680, 4160, 3640, 3250), (4960, 4410, 3860, 3450), (4420, 3920, 3430, 3070)])
        intro = r.choice(["Mức lương tối thiểu tháng áp dụng từ ngày 1/7 như sau:", "Cụ thể, mức lương tối thiểu theo vùng:"])
        return [Line(intro, "content")] + [Line(f"Vùng {v}: {_num(x * 1000)} đồng/tháng", "content", "li")
                                           for v, x in zip(("I", "II", "III", "IV"), base, strict=True)]

    def t_bonus(self, r: random.Random) -> list[Line]:
        out = [Line(r.choice(["Mức thưởng Tết tại một số doanh nghiệp:", "Một số doanh nghiệp đã công bố mức thưởng:"]), "content")]
        for f in r.sample(self.FIRMS, r.randint(3, 4)):
            out.append(Line(f"Công ty {f}: bình quân {r.randint(3, 18)},{r.randint(0, 9)} triệu đồng/người", "content", "li"))
        return out

    def t_hotline(self, r: random.Random) -> list[Line]:
        intro = r.choice(["Người lao động cần hỗ trợ pháp lý có thể gọi đường dây nóng của Công đoàn các KCN:",
                          "Các điểm tiếp nhận công nhân gặp khó khăn:"])
        return [Line(intro, "content")] + [Line(f"Công đoàn KCN {k}: {_tel(r, 'mobile')}", "content", "li")
                                           for k in r.sample(self.KCN, r.randint(3, 5))]

    def t_qa(self, r: random.Random) -> list[Line]:
        hon, name = _who(r)
        q = r.choice([f"Tôi làm việc tại công ty được {r.randint(2, 15)} năm, nay công ty cho nghỉ việc vì thu hẹp sản xuất. Tôi có được trợ cấp mất việc làm không?",
                      f"Tôi đang mang thai tháng thứ {r.choice(['ba', 'tư', 'năm', 'sáu', 'bảy'])}, công ty có được chấm dứt hợp đồng lao động với tôi không?",
                      f"Công ty trả lương chậm {r.choice(['hai', 'ba', 'bốn'])} tháng thì người lao động có quyền đơn phương nghỉ việc không?"])
        a = r.choice(["Theo Bộ luật Lao động năm 2019, người sử dụng lao động phải trả trợ cấp mất việc làm cho người lao động đã làm việc thường xuyên từ 12 tháng trở lên.",
                      "Theo quy định hiện hành, người sử dụng lao động không được đơn phương chấm dứt hợp đồng với lao động nữ mang thai.",
                      "Người lao động có quyền đơn phương chấm dứt hợp đồng mà không cần báo trước nếu không được trả đủ lương hoặc trả lương không đúng thời hạn."])
        return [Line(f"Hỏi: {q}", "content"), Line(f"({hon.capitalize()} {name}, KCN {r.choice(self.KCN)})", "content"),
                Line(r.choice(["Trả lời:", "Luật sư trả lời:"]), "content", "h4"), Line(a, "content")]

    def t_steps(self, r: random.Random) -> list[Line]:
        if r.random() < 0.5:
            return _steps(r, r.choice(["Để tra cứu quá trình đóng bảo hiểm xã hội, người lao động làm như sau:",
                                       "Cách kiểm tra doanh nghiệp có đóng bảo hiểm cho mình hay không:"]),
                          [("Tải ứng dụng VssID về điện thoại", "Cài ứng dụng VssID từ kho ứng dụng"),
                           ("Đăng nhập bằng mã số bảo hiểm xã hội", "Đăng nhập bằng số định danh cá nhân và mật khẩu"),
                           ("Chọn mục Quá trình tham gia", "Vào mục Quá trình tham gia bảo hiểm"),
                           ("Kiểm tra các tháng doanh nghiệp đã đóng", "Đối chiếu số tháng đã đóng với bảng lương"),
                           ("Báo ngay cho công đoàn nếu phát hiện doanh nghiệp nợ", "Phản ánh với công đoàn cơ sở nếu thấy thiếu tháng")])
        return _steps(r, r.choice(["Hồ sơ hưởng trợ cấp thất nghiệp được nộp theo trình tự:", "Người lao động mất việc cần làm các bước sau:"]),
                      [("Nhận quyết định nghỉ việc và sổ bảo hiểm từ doanh nghiệp", "Đề nghị công ty chốt sổ bảo hiểm xã hội"),
                       ("Nộp hồ sơ tại Trung tâm Dịch vụ việc làm trong vòng 3 tháng", "Đến Trung tâm Dịch vụ việc làm nộp đơn đề nghị hưởng trợ cấp"),
                       ("Nhận quyết định hưởng trợ cấp sau 20 ngày làm việc", "Chờ Sở Lao động ra quyết định hưởng"),
                       ("Thông báo tìm việc hằng tháng với trung tâm", "Hằng tháng đến trung tâm khai báo tình trạng việc làm")])

    def t_short(self, r: random.Random) -> list[Line]:
        return _short_end(r, ["Công ty đã trả đủ lương cho công nhân.", "Sự việc đang được xem xét giải quyết.",
                              "Chương trình kéo dài đến ngày {d}/{m}.", "Tổng giá trị quà tặng là {k} triệu đồng.",
                              "Công nhân đã trở lại làm việc bình thường."])

    def t_sign(self, r: random.Random) -> list[Line]:
        return _sign(r, ["Chúc các bạn đoàn viên, người lao động đón Xuân {y} an khang, hạnh phúc!",
                         "Mong các cấp công đoàn tiếp tục đồng hành cùng người lao động trong năm {y}./.",
                         "Chúc mừng {k} công nhân được tuyên dương lần này, mong các bạn tiếp tục phát huy!"],
                     [("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"), ("TM. BAN CHẤP HÀNH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC")])

    def t_poem(self, r: random.Random) -> list[Line]:
        return _poem(r, ["Chị ghi lại những vần thơ về đời công nhân trong cuốn sổ nhỏ:", "Bài thơ đoạt giải nhất hội thi thơ công nhân:"], (8, 9, 12, 13, 14, 4, 10))

    def decorate(self, r: random.Random, h: str) -> str:
        return r.choice([h, h, f"» {h}"])

    def build(self, n: int, article: list[str], r: random.Random) -> Page:
        page = Page(self.fam, OUTLETS[self.fam])
        w = _when(r)
        page.head.append(Line(self.HOTBAR, "advert", "div"))
        page.head += [Line(x, "menu", "li") for x in self.MENU]
        if r.random() < 0.7:
            page.head.append(Line(f"Xăng RON 95-III: {_num(r.randint(198, 259) * 100)} đ/lít · Dầu DO: {_num(r.randint(168, 229) * 100)} đ/lít"
                                  f" · Vàng SJC: {r.randint(66, 89)},{r.randint(0, 9)} triệu/lượng", "price_widget", "div"))
        page.head.append(Line(f"Trang chủ » {r.choice(self.MENU[:9])}", "breadcrumb", "div"))
        before = [Line(f"{w['d']:02d}/{w['m']:02d}/{w['y']} | {w['h']:02d}:{w['i']:02d}", "dateline", "div")]
        self.weave(page, article, r, before,
                   inline=lambda: [Line("» Xem thêm: " + r.choice(self.HEADLINES), "related_links", "p")],
                   box=lambda: self.related(r, "Bài liên quan", (2, 3)))
        a, b = _pen(r), _pen(r)
        by = r.choice([a, f"{a} - {b}", "Nhóm PV Công đoàn", f"{a} (CĐ KCN {r.choice(self.KCN)})", f"Bài và ảnh: {a}",
                       f"{a} (theo {r.choice(['Reuters', 'AP', 'Bloomberg'])})", f"{a} ghi", f"{a} thực hiện", a.upper()])
        tail = [Line(by, "byline", "p")]
        if r.random() < 0.35:
            tail.append(Line(r.choice(["Nguồn: Tổng Liên đoàn Lao động Việt Nam", "(Theo Báo Lao Động)", "Theo Bộ LĐ-TB&XH"]), "source", "p"))
        if r.random() < 0.15:
            tail.append(Line(r.choice(["(Còn tiếp)", "Kỳ sau: Chật vật tìm chỗ trọ", "Kỳ tới: Lối thoát nào cho lao động lớn tuổi?"]),
                             "continuation", "p"))
        if r.random() < 0.65:
            tail.append(Line(" ".join("#" + x for x in r.sample(["côngnhân", "việclàm", "côngđoàn", "bảohiểmxãhội", "lươngtốithiểu",
                                                                  "nhàởxãhội", "thưởngTết"], r.randint(2, 4))), "tags", "div"))
        if r.random() < 0.6:
            tail.insert(r.randint(1, len(tail)), Line("Chia sẻ bài viết", "share_widget", "div"))
        if r.random() < 0.5:
            f, k = r.choice(self.FIRMS), r.choice(self.KCN)
            tail += [Line("TUYỂN DỤNG", "advert", "h4"), Line(f"Công ty TNHH {f} cần tuyển {r.randint(2, 40) * 10} công nhân, làm việc tại KCN {k}", "advert", "p"),
                     Line(f"Thu nhập {r.randint(7, 9)} - {r.randint(10, 15)} triệu đồng/tháng, có xe đưa đón", "advert", "p"),
                     Line(f"Liên hệ phòng Nhân sự: {_tel(r, 'mobile')}", "advert", "p")]
        if r.random() < 0.5:
            tail += [Line("Bạn đọc có thông tin phản ánh xin gửi về Ban Bạn đọc", "advert", "p"),
                     Line("Zalo: 0916 882 882 - Email: bandoc@doisongcongnhan.vn", "advert", "p")]
        tail.append(Line("Gửi câu hỏi tư vấn pháp luật lao động miễn phí", "comment_prompt", "div"))
        k = r.randint(0, 60)
        tail += [Line(f"Bình luận ({k})", "comment_prompt", "h4")] + (
            [Line("Chưa có bình luận nào. Hãy là người đầu tiên bình luận!", "comment_prompt", "div")] if k == 0 else
            [Line("Xem thêm bình luận", "comment_prompt", "div")])
        if r.random() < 0.3:
            tail = tail[:1] + tail[-3:] + tail[1:-3]
        tail += self.related(r, "Tin khác", (3, 5))
        page.body += tail
        widgets = [self.related(r, "Tin đọc nhiều", (4, 6), "h4"), self.gold(r), self.jobs(r)]
        r.shuffle(widgets)
        for wdg in widgets[: r.randint(1, 3)]:
            page.side += wdg
        page.foot += [Line(x, "footer", "p") for x in self.FOOTER]
        return page

    def gold(self, r: random.Random) -> list[Line]:
        g = r.randint(660, 890)
        return [Line("Giá vàng hôm nay", "price_widget", "h4"),
                Line(f"SJC: {g / 10:.1f} - {(g + 20) / 10:.1f}".replace(".", ","), "price_widget", "li"),
                Line(f"Nhẫn trơn 9999: {(g - 90) / 10:.1f} - {(g - 75) / 10:.1f}".replace(".", ","), "price_widget", "li"),
                Line("Đơn vị: triệu đồng/lượng", "price_widget", "li")]

    def jobs(self, r: random.Random) -> list[Line]:
        out = [Line("Việc làm mới", "related_links", "h4")]
        for k in r.sample(self.KCN, 3):
            job = r.choice(["thợ hàn", "công nhân may", "công nhân đóng gói", "lái xe nâng", "thợ điện", "nhân viên kho"])
            out.append(Line(f"Tuyển {r.randint(1, 20) * 5} {job}, lương {r.randint(7, 14)} triệu - KCN {k}", "related_links", "li"))
        return out

    FOOTER = ["Báo điện tử Đời sống Công nhân", "Cơ quan chủ quản: Hội Bảo trợ Người lao động Việt Nam",
              "Tổng Biên tập: Phùng Đức Tiến - Phó Tổng Biên tập: Lại Hồng Nhung",
              "Giấy phép hoạt động báo chí điện tử số 47/GP-BTTTT ngày 18/02/2020",
              "Trụ sở: 104 đường Nguyễn Văn Cừ, phường 2, quận 5, TP.HCM - Điện thoại: 028 3835 1146",
              "Văn phòng đại diện phía Bắc: 61 phố Phan Chu Trinh, Hoàn Kiếm, Hà Nội",
              "Bản quyền thuộc về Đời sống Công nhân. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản."]


# -- 61: a border-guard paper -------------------------------------------------------------------------------


class BienGioi(_Site):
    fam = 61
    MENU = "Thời sự | Quốc phòng | Biên giới - Biển đảo | Cửa khẩu | Phòng chống tội phạm | Hậu phương | Chân dung | Văn nghệ | Media"
    SECTIONS = {"Biên giới - Biển đảo": ["Tuyến Tây Bắc", "Tuyến Tây Nam", "Biển đảo"], "Phòng chống tội phạm": ["Ma túy", "Buôn lậu"],
                "Quốc phòng": ["Huấn luyện", "Xây dựng lực lượng"], "Chân dung": ["Người lính", "Già làng"]}
    POSTS = ["Na Hình", "Pò Mã Thượng", "Mường Nhé Hạ", "Cửa khẩu Lý Vạn", "Tà Vờ", "Cảng Sa Kỳ Nam", "Khánh Bình Tây", "Thông Thụ Hạ"]
    HEADLINES = ["Đồn Biên phòng Na Hình bắt vụ vận chuyển pháo nổ", "Bộ đội Biên phòng giúp dân thu hoạch lúa",
                 "Tuần tra song phương trên tuyến biên giới", "Trao học bổng Nâng bước em tới trường",
                 "Xuân biên phòng ấm lòng dân bản", "Bắt đối tượng vận chuyển ma túy qua biên giới", "Cứu hộ tàu cá gặp nạn trên biển",
                 "Hội nghị giao ban công tác biên phòng quý III", "Người lính quân hàm xanh gieo chữ ở bản xa",
                 "Huấn luyện chiến sĩ mới đạt kết quả tốt", "Mô hình Con nuôi đồn Biên phòng lan tỏa",
                 "Tu bổ cột mốc, giữ vững chủ quyền", "Ngư dân yên tâm bám biển", "Chặn đứng đường dây xuất cảnh trái phép",
                 "Ký sự biên giới: Mùa hoa ban trên đỉnh đồi", "Nữ quân nhân ở đồn biên phòng vùng cao"]
    SUBHEADS = ["Bám bản, bám dân", "Cuộc truy bắt trong đêm", "Mái nhà chung của bà con", "Ánh sáng nơi cột mốc",
                "Đường dây bị chặn đứng", "Lá chắn nơi cửa khẩu", "Đồn là nhà, bản là quê hương", "Sóng gió ngoài khơi xa",
                "Những mùa xuân không về nhà"]
    HEAD_A = ["Lá chắn", "Ánh sáng", "Điểm tựa", "Mùa xuân", "Bình yên", "Ấm tình quân dân", "Bước chân người lính"]
    HEAD_B = ["nơi cột mốc", "nơi cửa khẩu", "trên biển", "của dân bản", "nơi địa đầu", "vùng biên", "trên đường tuần tra"]
    THEO_SOURCES = ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Thượng tá Lò Văn Sáng, Đồn trưởng", "cơ quan chuyên trách phòng chống ma túy",
                    "báo cáo của Hải đội Biên phòng", "già làng trong bản", "số liệu thống kê của đơn vị"]
    THEO_FACTS = ["từ đầu năm, lực lượng chức năng đã phát hiện, bắt giữ {k} vụ vận chuyển hàng cấm qua biên giới.",
                  "đơn vị đã nhận đỡ đầu {k} học sinh nghèo theo chương trình Nâng bước em tới trường.",
                  "trong {m} tháng, các tổ công tác đã tổ chức {k} chuyến tuần tra song phương.",
                  "khoảng {p}% số hộ trong bản đã có nhà kiên cố nhờ sự hỗ trợ của cán bộ, chiến sĩ.",
                  "đã có {k} tàu cá cùng ngư dân được cứu hộ, lai dắt về bờ an toàn."]
    EVENTS = ["tổ công tác phát hiện hai đối tượng vận chuyển {k} bánh heroin qua đường mòn.",
              "Đồn Biên phòng phối hợp với chính quyền xã khánh thành {k} ngôi nhà đại đoàn kết.",
              "Hải đội Biên phòng đã lai dắt tàu cá bị hỏng máy cùng {k} ngư dân vào bờ.",
              "đơn vị tổ chức lễ giao nhận quân cho {k} chiến sĩ mới.",
              "hội nghị tổng kết công tác kết nghĩa cụm dân cư hai bên biên giới diễn ra tại nhà văn hóa xã."]
    RANKS = ["Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá", "Trung tá", "Thượng tá", "Đại tá"]
    DUTIES = ["Đồn trưởng Đồn Biên phòng {p}", "Chính trị viên Đồn Biên phòng {p}", "Đội trưởng Đội vũ trang, Đồn Biên phòng {p}",
              "cán bộ vận động quần chúng, Đồn Biên phòng {p}", "Hải đội trưởng Hải đội Biên phòng 2"]
    QUOTES = ["Đêm nào anh em cũng chia nhau bám chốt, mưa rừng dầm dề nhưng không ai kêu một câu.",
              "Giữ được cột mốc là giữ được bình yên cho từng nếp nhà phía sau.",
              "Đối tượng rất manh động, mang theo vũ khí nên chúng tôi phải phục kích suốt {m} ngày.",
              "Từ đầu năm, đơn vị đã phối hợp bắt giữ {k} vụ vận chuyển hàng cấm qua biên giới.",
              "Đơn vị duy trì tuần tra {m} lần mỗi tuần trên các đường mòn, lối mở."]
    QUOTES_BAN = ["Bà con bây giờ tin bộ đội lắm, thấy người lạ vào bản là báo ngay cho đồn.",
                  "Các cháu đến lớp đều hơn, mùa này không còn em nào bỏ học lên nương nữa.",
                  "Nhờ bộ đội hướng dẫn trồng giống ngô mới, năm nay nhà nào cũng đủ ăn.",
                  "Cả bản có {k} hộ, năm nay không còn hộ nào bị đói giáp hạt."]
    TRAPS_MID = ["t_subhead", "t_speaker", "t_theo", "t_dated", "t_seized", "t_units", "t_hotline", "t_qa", "t_poem",
                 "t_timeline", "t_subhead", "t_hashtag"]
    TRAPS_END = ["t_short", "t_sign"]

    def t_speaker(self, r: random.Random) -> list[Line]:
        hon, name = _who(r)
        duty = r.choice(self.DUTIES).format(p=r.choice(self.POSTS))
        if r.random() < 0.5:
            return [Line(f"{r.choice(self.RANKS)} {name}, {duty}:", "content"), Line(_quote(r, self.QUOTES), "content")]
        return [Line(f"{hon.capitalize()} {name}, Trưởng bản {r.choice(['Nà Pục', 'Pa Thắng', 'Huổi Lếch', 'Kéo Sĩ'])}:", "content"),
                Line(_quote(r, self.QUOTES_BAN), "content")]

    def t_seized(self, r: random.Random) -> list[Line]:
        goods = [f"{_num(r.randint(2, 90) * 100)} bao thuốc lá điếu nhập lậu", f"{r.randint(20, 900)} kg pháo nổ các loại",
                 f"{r.randint(1, 12)} bánh heroin", f"{_num(r.randint(5, 60) * 100)} viên ma túy tổng hợp", f"{r.randint(1, 4)} xe máy không biển số",
                 f"{r.randint(2, 9)} điện thoại di động", f"{_num(r.randint(3, 40) * 1000)} lít dầu DO không rõ nguồn gốc"]
        intro = r.choice(["Tang vật thu giữ gồm:", "Lực lượng chức năng thu giữ tại hiện trường:", "Kết quả kiểm tra phương tiện:"])
        return [Line(intro, "content")] + [Line(x, "content", "li") for x in r.sample(goods, r.randint(3, 5))]

    def t_units(self, r: random.Random) -> list[Line]:
        intro = r.choice(["Các tập thể được tặng Bằng khen lần này:", "Danh sách đơn vị dẫn đầu phong trào thi đua:"])
        return [Line(intro, "content")] + [Line(f"Đồn Biên phòng {p}", "content", "li") for p in r.sample(self.POSTS, r.randint(3, 4))]

    def t_hotline(self, r: random.Random) -> list[Line]:
        intro = r.choice(["Ngư dân gặp sự cố trên biển có thể liên hệ các số trực ban:", "Số điện thoại đường dây nóng của các đồn biên phòng:"])
        return [Line(intro, "content")] + [Line(f"Đồn Biên phòng {p}: 069 {r.randint(100, 999)} {r.randint(100, 999)}", "content", "li")
                                           for p in r.sample(self.POSTS, r.randint(3, 5))]

    def t_qa(self, r: random.Random) -> list[Line]:
        pairs = [("Thưa đồng chí, đâu là khó khăn lớn nhất của đơn vị trong thời gian qua?",
                  "Địa bàn rộng, địa hình chia cắt, mùa mưa lũ nhiều tuyến đường tuần tra bị sạt lở."),
                 ("Thủ đoạn của các đối tượng buôn lậu hiện nay có gì mới?",
                  "Chúng chia nhỏ hàng, thuê người dân địa phương vận chuyển và thường xuyên thay đổi đường đi."),
                 ("Đơn vị đã làm gì để người dân tin tưởng bộ đội?",
                  "Cán bộ, chiến sĩ cùng ăn, cùng ở, cùng làm với bà con, giúp dân từ việc nhỏ nhất."),
                 ("Kế hoạch của đơn vị trong năm tới như thế nào?",
                  "Chúng tôi tập trung xây dựng đường biên giới hòa bình, hữu nghị và nâng cao đời sống bà con.")]
        rank = r.choice(self.RANKS[4:])
        return _qa(r, pairs, rank + " {name}, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh, trao đổi với phóng viên.")

    def t_poem(self, r: random.Random) -> list[Line]:
        return _poem(r, ["Những vần thơ của chiến sĩ trẻ được chép trên bảng tin của đồn:",
                         "Trong buổi giao lưu, {hon} {name} đọc tặng cán bộ, chiến sĩ mấy câu thơ:"], (0, 2, 3, 7, 11, 15, 16, 17))

    def t_timeline(self, r: random.Random) -> list[Line]:
        return _timeline(r, r.choice(["Chặng đường xây dựng và trưởng thành của đơn vị:", "Một số mốc đáng nhớ của đồn:"]),
                         ["được thành lập trên cơ sở sáp nhập hai đồn", "được tặng Huân chương Chiến công hạng Nhì",
                          "chuyển về đóng quân tại trụ sở mới", "được phong tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân",
                          "hoàn thành tu bổ toàn bộ hệ thống cột mốc", "khởi động mô hình Con nuôi đồn Biên phòng"])

    def t_hashtag(self, r: random.Random) -> list[Line]:
        tag = r.choice(["#BiênGiớiXanh", "#TấmLòngNơiBiênCương", "#NângBướcEmTớiTrường"])
        return [Line(f"Chiến dịch với thông điệp {tag} đã thu hút hơn {r.randint(2, 90)} nghìn lượt chia sẻ trên mạng xã hội chỉ sau {r.randint(2, 9)} ngày.",
                     "content")]

    def t_short(self, r: random.Random) -> list[Line]:
        return _short_end(r, ["Vụ việc đang được tiếp tục điều tra.", "Các ngư dân đều an toàn.", "Đợt tuần tra kết thúc ngày {d}/{m}.",
                              "Tổng trị giá tang vật khoảng {k} triệu đồng.", "Bản làng đã bình yên trở lại."])

    def t_sign(self, r: random.Random) -> list[Line]:
        return _sign(r, ["Chúc cán bộ, chiến sĩ mạnh khỏe, tiếp tục hoàn thành xuất sắc nhiệm vụ được giao!",
                         "Thư khen được đọc tại lễ tổng kết của đơn vị./."],
                     [("TƯ LỆNH",), ("TM. ĐẢNG ỦY", "BÍ THƯ"), ("CHỈ HUY TRƯỞNG",)], rank=r.choice(["Thiếu tướng", "Đại tá", "Trung tướng"]))

    def decorate(self, r: random.Random, h: str) -> str:
        return r.choice([h, h, f"{h} - {r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(2019, 2024)}"])

    def build(self, n: int, article: list[str], r: random.Random) -> Page:
        page = Page(self.fam, OUTLETS[self.fam])
        w = _when(r)
        page.head.append(Line(f"Hôm nay: {_WEEKDAYS[w['w']]}, ngày {w['d']} tháng {w['m']} năm {w['y']}", "dateline", "div"))
        page.head.append(Line(self.MENU, "menu", "div"))
        if r.random() < 0.75:
            sec = r.choice(list(self.SECTIONS))
            page.head.append(Line(f"{sec} > {r.choice(self.SECTIONS[sec])}", "breadcrumb", "div"))
        before = [Line(f"{w['h']:02d}:{w['i']:02d} | {w['d']:02d}/{w['m']:02d}/{w['y']}", "dateline", "div")]
        if r.random() < 0.5:
            before.append(Line(f"Lượt xem: {_num(r.randint(80, 25000))}", "share_widget", "div"))
        self.weave(page, article, r, before,
                   inline=lambda: [Line("Xem thêm: " + r.choice(self.HEADLINES), "related_links", "p")],
                   box=lambda: self.related(r, "Tin cùng chuyên mục", (2, 3)))
        a, b = _pen(r), _pen(r)
        rank = r.choice(self.RANKS[:6])
        by = r.choice([f"{rank} {a}", f"Bài và ảnh: {rank} {a}", f"{a} - {b}", "Nhóm PV", f"{a} (Đồn BP {r.choice(self.POSTS)})",
                       f"{a} (theo QĐND)", f"{a} thực hiện", a, f"{a} (theo Reuters)"])
        tail: list[Line] = []
        if r.random() < 0.2:
            tail.append(Line(r.choice(["(Còn nữa)", "Kỳ sau: Những người gác cửa khẩu", "Kỳ cuối: Mùa xuân trên điểm cao"]),
                             "continuation", "p"))
        tail.append(Line(by, "byline", "p"))
        if r.random() < 0.3:
            tail.append(Line(r.choice(["Nguồn: Báo Quân đội nhân dân", "(Theo Bộ Tư lệnh Bộ đội Biên phòng)", "Theo TTXVN"]), "source", "p"))
        if r.random() < 0.2:
            tail.reverse()
        if r.random() < 0.7:
            tail.append(Line(" ".join("#" + x for x in r.sample(["biêngiới", "đồnbiênphòng", "biểnđảo", "chốngbuônlậu",
                                                                  "quânhàmxanh", "dânbản"], r.randint(2, 3))), "tags", "div"))
        if r.random() < 0.6:
            tail.append(Line("Chia sẻ: Facebook · Zalo · Twitter", "share_widget", "div"))
        rel = self.related(r, "ĐỌC THÊM", (3, 4))
        com = [Line(f"Ý kiến bạn đọc ({r.randint(0, 25)})", "comment_prompt", "h4"), Line("Gửi ý kiến của bạn", "comment_prompt", "div")]
        tail += (rel + com) if r.random() < 0.6 else (com + rel)
        page.body += tail
        widgets = [self.related(r, "Tin nổi bật", (4, 6), "h4"), self.sea(r), self.related(r, "Ảnh - Video", (2, 3), "h4")]
        r.shuffle(widgets)
        for wdg in widgets[: r.randint(1, 3)]:
            page.side += wdg
        page.foot += [Line(x, "footer", "p") for x in self.FOOTER]
        return page

    def sea(self, r: random.Random) -> list[Line]:
        out = [Line("Thời tiết biển", "weather_widget", "h4")]
        for zone in r.sample(["Vịnh Bắc Bộ", "Bắc Biển Đông", "Vùng biển Quảng Trị đến Quảng Ngãi", "Vịnh Thái Lan", "Vùng biển Cà Mau"], 2):
            out.append(Line(f"{zone}: gió {r.choice(['đông bắc', 'tây nam', 'đông'])} cấp {r.randint(3, 5)}-{r.randint(6, 7)}, "
                            f"sóng cao {r.randint(1, 2)},{r.choice([0, 5])}-{r.randint(3, 4)},0 m", "weather_widget", "li"))
        return out

    FOOTER = ["Báo Tiền Tiêu Biên Giới - Tiếng nói của lực lượng bảo vệ biên cương",
              "Tổng Biên tập: Đại tá Trịnh Quang Lợi", "Giấy phép số 392/GP-BTTTT ngày 15/08/2018",
              "Địa chỉ: Số 12 phố Nguyễn Tri Phương, Ba Đình, Hà Nội - Điện thoại: 069 552 718",
              "© Bản quyền thuộc Báo Tiền Tiêu Biên Giới. Ghi rõ nguồn khi trích dẫn."]


SITES: dict[int, _Site] = {58: Kieubao(), 59: PhuSonTV(), 60: CongNhan(), 61: BienGioi()}


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    """Page `n` of site `fam` around `article` (first line = title)."""
    return SITES[fam].build(n, article, r)


# -- HTML in each site's own markup ---------------------------------------------------------------------

_STYLE = {
    58: {"body": "kb-detail", "wrap": "<article class='article-detail'>", "end": "</article>", "para": "p", "lead": "h2",
         "aside": "<aside class='col-right'>", "cls": {"related_links": "box-docthem", "byline": "author", "source": "source",
                                                        "share_widget": "social-share", "comment_prompt": "box-comment",
                                                        "advert": "box-quangcao", "tags": "tags-box", "dateline": "post-time",
                                                        "continuation": "next-part", "price_widget": "ty-gia",
                                                        "weather_widget": "thoi-tiet"}},
    59: {"body": "pst-news", "wrap": "<article><div class='news-detail'>", "end": "</div></article>", "para": "p", "lead": "div",
         "aside": "<aside class='sidebar'>", "cls": {"related_links": "list-news", "byline": "tac-gia", "source": "nguon-tin",
                                                      "share_widget": "tool-bar", "comment_prompt": "feedback-form",
                                                      "advert": "qc", "tags": "keywords", "dateline": "time-post",
                                                      "continuation": "con-nua", "price_widget": "gia-nong-san",
                                                      "weather_widget": "weather"}},
    60: {"body": "dscn", "wrap": "<article class='post'><div class='post-content'>", "end": "</div></article>", "para": "p",
         "lead": "p", "aside": "<aside class='widget-area'>", "cls": {"related_links": "related-posts", "byline": "post-author",
                                                                       "source": "post-source", "share_widget": "share-tools",
                                                                       "comment_prompt": "comments", "advert": "ads-box",
                                                                       "tags": "hashtags", "dateline": "post-date",
                                                                       "continuation": "series", "price_widget": "gia-vang",
                                                                       "weather_widget": "weather"}},
    61: {"body": "bg-article", "wrap": "<article id='main-article'>", "end": "</article>", "para": "div", "lead": "h2",
         "aside": "<aside class='right-col'>", "cls": {"related_links": "tin-khac", "byline": "tacgia", "source": "nguon",
                                                       "share_widget": "chia-se", "comment_prompt": "y-kien",
                                                       "advert": "quang-cao", "tags": "the-tag", "dateline": "ngay-dang",
                                                       "continuation": "ky-sau", "price_widget": "gia",
                                                       "weather_widget": "thoi-tiet-bien"}},
}


def _line_html(x: Line, st: dict, link: bool) -> str:
    t = html.escape(x.text)
    if link and x.label in ("related_links", "menu"):
        t = f"<a href='/{_slug(x.text) or 'tin'}-{zlib.crc32(x.text.encode()) % 10**6}.html'>{t}</a>"
    if x.tag == "li":
        return f"<li>{t}</li>"
    if x.tag in ("h1", "h2", "h3", "h4"):
        return f"<{x.tag}>{t}</{x.tag}>"
    if x.label == "byline":
        return f"<p class='{st['cls']['byline']}'><strong>{t}</strong></p>"
    if x.tag == "poem":
        return f"<p class='tho'><em>{t}</em></p>"
    if x.tag == "lead":
        return f"<{st['lead']} class='sapo'>{t}</{st['lead']}>"
    if x.label == "content":
        return f"<{st['para']} class='text'>{t}</{st['para']}>" if st["para"] == "div" else f"<p>{t}</p>"
    return f"<div>{t}</div>" if x.tag == "div" else f"<p>{t}</p>"


def _blocks(lines: list[Line], st: dict) -> str:
    """Runs of lines of one boilerplate label go into one box; list items into <ul>; content line by line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        x = lines[i]
        j = i + 1
        if x.label == "content":
            if x.tag == "li":
                while j < len(lines) and lines[j].label == "content" and lines[j].tag == "li":
                    j += 1
                out.append("<ul class='list-in-article'>" + "".join(_line_html(y, st, False) for y in lines[i:j]) + "</ul>")
            else:
                out.append(_line_html(x, st, False))
            i = j
            continue
        while j < len(lines) and lines[j].label == x.label and not (lines[j].tag in ("h3", "h4") and j > i):
            j += 1
        inner, in_ul = [], False
        for y in lines[i:j]:
            if y.tag == "li" and not in_ul:
                inner.append("<ul>")
                in_ul = True
            elif y.tag != "li" and in_ul:
                inner.append("</ul>")
                in_ul = False
            inner.append(_line_html(y, st, True))
        if in_ul:
            inner.append("</ul>")
        out.append(f"<div class='{st['cls'].get(x.label, x.label)}'>{''.join(inner)}</div>")
        i = j
    return "".join(out)


def render_html(page: Page, n: int) -> str:
    """The page in its site's markup: header (nav, bars, breadcrumb), the article, an aside, the footer."""
    st = _STYLE[page.family]
    title = next(x.text for x in page.body if x.label == "title")
    esc = html.escape
    head_parts = []
    i = 0
    while i < len(page.head):
        x = page.head[i]
        if x.label == "menu" and x.tag == "li":
            j = i
            while j < len(page.head) and page.head[j].label == "menu" and page.head[j].tag == "li":
                j += 1
            head_parts.append("<nav class='main-menu'><ul>" + "".join(_line_html(y, st, True) for y in page.head[i:j]) + "</ul></nav>")
            i = j
            continue
        if x.label == "menu":
            head_parts.append(f"<nav class='top-nav'><div>{esc(x.text)}</div></nav>")
        elif x.label == "breadcrumb":
            head_parts.append(f"<div class='breadcrumb'><a href='/'>{esc(x.text)}</a></div>")
        else:
            head_parts.append(_blocks([x], st))
        i += 1
    url = f"https://{page.outlet}/{_slug(title)}-{58000 + page.family * 1000 + n}.html"
    return (
        "<!DOCTYPE html>\n<html lang='vi'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{esc(title)} | {page.outlet}</title>"
        f"<meta property='og:title' content='{esc(title)}'><meta property='og:type' content='article'>"
        f"<link rel='canonical' href='{url}'><link rel='stylesheet' href='/static/css/main.css'></head>"
        f"<body class='{st['body']}'><header class='site-header'><a class='logo' href='/'><img src='/static/img/logo.png' alt='logo'></a>"
        + "".join(head_parts) + "</header><main class='container'>"
        + st["wrap"] + _blocks(page.body, st) + st["end"]
        + st["aside"] + _blocks(page.side, st) + "</aside></main>"
        + "<footer class='site-footer'>" + "".join(f"<p>{esc(x.text)}</p>" for x in page.foot) + "</footer>"
        + "<script src='/static/js/app.js'></script></body></html>\n"
    )
