"""HELD-OUT 12: families 62-65 of the line-labelled Vietnamese page benchmark (seed 31).

Written by helper HO12, an independent author who never saw the cleaner: no file under `cleaners/`,
`flows/` or `tests/`, no README, no other held-out module, no score, verdict or rule-diff file was
opened, and neither the cleaner nor any scoring was run while writing it. Only the `Line`/`Page`
types and helpers of `bench/vi_bench_templates.py` and the harness parts of `bench/eval_vi_pages.py`
(docstring, HALVES, article loading, `build_page` dispatch, page writing) were read, for the interface.
Wordings and layouts come from the author's own picture of Vietnamese sites of kinds no earlier half used:

- 62 `xanhbenvung.vn`: an environment/climate magazine (air-quality ticker and box, newsletter box,
  "Đọc thêm" box in the body, "Tin cùng chuyên mục" after it);
- 63 `tamanvanhoa.vn`: a religion & culture site (solar + lunar date bar, one-line menu, font-size
  tools, an almanac box, a feedback form with field names, a donation box);
- 64 `thongcaovn.com`: a business-wire press-release site (stock ticker, "Nguồn: <company>" on top,
  an "About <company>" block, a media-contact box, a PDF download line, a fixed attribution line);
- 65 `dantocvungcao.vn`: an ethnic-minority & mountain-region paper (language-edition bar,
  "Nghe đọc bài", highland weather and farm-price boxes, an OCOP-product advert, series markers).

Each site keeps its menus, footer, widget headers and prompt wordings fixed; per page the CMS draws
dates and times, breadcrumb, headline lists, counters, whether and where each widget appears and in
which order the tail blocks come, bylines (lone name, "A - B", "Nhóm PV", "... thực hiện",
"... (theo Reuters)", "Bài, ảnh: ..."), source lines, tags/hashtags, adverts and contact boxes,
continuation markers, comment prompts, share bars, related boxes inside and after the body and the
footer's year. Labels: `LABELS` (every label but content/title is boilerplate).

Precision traps (`Trap` lines, label `content`; one or two blocks a page, 31-37 % of the content lines
per family in the author's self-check): article text in the shape of boilerplate: announced hotline and address lists, result/price/reading tables the
article reports, a quoted person's name and role on its own line, subheadings, Q&A, numbered steps,
a poem, a directive's signature block, a short last sentence, a sentence opening "Theo ...", lines
opening with a date (timelines), a quoted hashtag line, "Còn tiếp" inside a quoted story, a sentence
opening "Chia sẻ với ...", a contact line the article gives. Their details are drawn per page.

Interface: FAMILIES, ARTICLE_OUTLETS (VNTC outlets of the article bodies), SEED, OUTLETS (family ->
domain), LABELS, `build_page(fam, n, article, r) -> Page` (its head + body + side + foot lines are
the text record) and `render_html(page, n) -> str` (every labelled line in its own block element).
"""

from __future__ import annotations

import datetime
import html
import random
import unicodedata
import zlib

from bench.vi_bench_templates import GIVEN, SURNAMES, Line, Page, person, phone

FAMILIES = (62, 63, 64, 65)
ARTICLE_OUTLETS = ("TN", "VNE", "TT", "NLD")
SEED = 31
OUTLETS = {62: "xanhbenvung.vn", 63: "tamanvanhoa.vn", 64: "thongcaovn.com", 65: "dantocvungcao.vn"}
LABELS = ("content", "title", "menu", "breadcrumb", "dateline", "related_links", "weather_widget",
          "price_widget", "share_widget", "comment_prompt", "tags", "byline", "source", "continuation",
          "advert", "footer")


class Trap(Line):
    """A line of article text in the shape of boilerplate (always labelled content)."""


def _t(text: str, tag: str = "p") -> Trap:
    return Trap(text, "content", tag)


WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
PROVINCES = ["Lào Cai", "Hà Giang", "Điện Biên", "Sơn La", "Quảng Nam", "Kon Tum", "Gia Lai", "Đắk Lắk",
             "Sóc Trăng", "Trà Vinh", "Cao Bằng", "Lai Châu", "Quảng Bình", "Nghệ An", "Thanh Hóa",
             "An Giang", "Bến Tre", "Cà Mau", "Yên Bái", "Bắc Kạn", "Quảng Trị", "Phú Yên", "Lâm Đồng"]
BIG_CITIES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Vinh", "Quy Nhơn", "Biên Hòa"]
ROADS = ["Lê Lợi", "Hùng Vương", "Quang Trung", "Nguyễn Huệ", "Phan Đình Phùng", "Bà Triệu", "Lê Thánh Tông",
         "Trường Chinh", "Nguyễn Văn Cừ", "Võ Thị Sáu", "Hoàng Diệu", "Cách Mạng Tháng Tám"]


def _num(x: float, dec: int = 0) -> str:
    """Vietnamese number format: dot for thousands, comma for decimals."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def _slug(s: str) -> str:
    """ASCII letters of a name, for e-mail and web addresses."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum()).lower()


class Ctx:
    """What one page's CMS draws once: its date, time, place and section."""

    def __init__(self, r: random.Random, sections: list[str]) -> None:
        self.d, self.m, self.y = r.randint(1, 28), r.randint(1, 12), r.randint(2012, 2024)
        self.hh, self.mm = r.randint(5, 22), r.randint(0, 59)
        self.wd = WEEKDAYS[datetime.date(self.y, self.m, self.d).weekday()]
        self.prov = r.choice(PROVINCES)
        self.city = r.choice(BIG_CITIES)
        self.sec = r.choice(sections)


def _pname(r: random.Random) -> str:
    """A full name with a surname (a person named in the article)."""
    mid = r.choice(["Văn", "Thị", "Hữu", "Minh", "Thanh", "Quốc", "Ngọc", "Đức", "Xuân"])
    return f"{r.choice(SURNAMES)} {mid} {r.choice(GIVEN)}"


# -- precision traps ------------------------------------------------------------------------------------


def trap_hotlines(r: random.Random, c: Ctx) -> list[Line]:
    intro = r.choice([f"Các số điện thoại đường dây nóng của tỉnh {c.prov} trong mùa mưa lũ năm {c.y}:",
                      f"Người dân {c.prov} cần hỗ trợ khẩn cấp có thể liên hệ:",
                      f"Danh sách đầu mối tiếp nhận phản ánh tại {c.prov} từ ngày {c.d}/{c.m}:",
                      f"Từ ngày {c.d}/{c.m}, các tổng đài hỗ trợ khách hàng gồm:",
                      f"{r.randint(3, 6)} số máy trực 24/24 giờ được huyện công bố:"])
    units = r.sample([f"Ban Chỉ huy PCTT&TKCN tỉnh {c.prov}", f"Công an tỉnh {c.prov}", f"Trung tâm Y tế huyện {r.choice(PROVINCES)}",
                      f"Bệnh viện Đa khoa tỉnh {c.prov}", f"Sở Tài nguyên và Môi trường {c.prov}", "Trực ban UBND huyện",
                      f"Đội cứu hộ cứu nạn số {r.randint(1, 9)}", f"Tổng đài chăm sóc khách hàng miền {r.choice(['Bắc', 'Trung', 'Nam'])}",
                      f"Đồn Biên phòng {r.choice(PROVINCES)}"], r.randint(3, 4))
    return [_t(intro)] + [_t(f"{u}: {phone(r)}", r.choice(["p", "li"])) for u in units]


def trap_addresses(r: random.Random, c: Ctx) -> list[Line]:
    intro = r.choice([f"Các điểm tiếp nhận hồ sơ tại {c.prov} đặt tại:",
                      f"Hàng cứu trợ được tập kết tại các địa điểm sau ở {c.prov} đến hết ngày {c.d}/{c.m}:",
                      f"Từ {c.d}/{c.m}, khách hàng có thể đến trực tiếp {r.randint(3, 12)} điểm giao dịch, trong đó có:"])
    kinds = ["Nhà văn hóa thôn", "Trụ sở UBND xã", "Điểm trường", "Chi nhánh", "Phòng giao dịch", "Trạm y tế xã"]
    out = [_t(intro)]
    for k in r.sample(kinds, 3):
        out.append(_t(f"{k} {r.choice(ROADS)}: số {r.randint(2, 480)} đường {r.choice(ROADS)}, "
                      f"{r.choice(['phường', 'xã', 'thị trấn'])} {r.choice(['Tân An', 'Bình Minh', 'Hòa Lạc', 'Phú Lộc', 'Yên Thế'])}",
                      "li"))
    return out


def trap_readings(r: random.Random, c: Ctx) -> list[Line]:
    kind = r.randrange(3)
    if kind == 0:
        out = [_t(r.choice([f"Nhiệt độ cao nhất ghi nhận chiều {c.d}/{c.m} tại một số nơi:",
                            f"Theo số liệu quan trắc lúc {c.hh} giờ, nền nhiệt ở nhiều địa phương đã vượt ngưỡng:"]))]
        for p in r.sample(PROVINCES + BIG_CITIES, 3):
            out.append(_t(f"{p}: {_num(r.randint(360, 415) / 10, 1)} độ C"))
    elif kind == 1:
        out = [_t(f"Chỉ số bụi mịn PM2.5 trung bình ngày {c.d}/{c.m} tại các trạm quan trắc:")]
        for p in r.sample(["Nguyễn Văn Cừ", "Hàng Đậu", "Minh Khai", "Thành Công", "Kim Liên", "Tân Sơn Hòa"], 3):
            out.append(_t(f"Trạm {p}: {r.randint(35, 190)} µg/m3", "li"))
    else:
        out = [_t(r.choice([f"Giá thu mua tại vườn ở {c.prov} trong tuần qua:",
                            f"Giá một số nông sản chủ lực của {c.prov} ngày {c.d}/{c.m}:"]))]
        for item in r.sample(["Chè búp tươi", "Quế vỏ khô", "Thảo quả khô", "Cà phê nhân", "Hồ tiêu", "Sâm Ngọc Linh",
                              "Mắc ca tươi", "Gạo nếp Tú Lệ"], 3):
            out.append(_t(f"{item}: {_num(r.randint(8, 190) * 1000)} đồng/kg"))
    return out


def trap_results(r: random.Random, c: Ctx) -> list[Line]:
    out = [_t(r.choice([f"Kết quả kinh doanh quý {r.randint(1, 4)}/{c.y} của doanh nghiệp:",
                        f"Các chỉ tiêu chính năm {c.y - 1} như sau:", f"Kết quả hợp nhất 6 tháng đầu năm {c.y}:"]))]
    for k in r.sample(["Doanh thu thuần", "Lợi nhuận trước thuế", "Lợi nhuận sau thuế", "Tổng tài sản",
                       "Vốn chủ sở hữu", "Biên lợi nhuận gộp"], 3):
        v = f"{_num(r.randint(12, 9800))} tỷ đồng" if "Biên" not in k else f"{_num(r.randint(80, 420) / 10, 1)}%"
        out.append(_t(f"{k}: {v} ({r.choice(['+', '-'])}{_num(r.randint(5, 380) / 10, 1)}%)", "li"))
    return out


ROLES = ["Giám đốc Sở Tài nguyên và Môi trường tỉnh", "Chủ tịch UBND xã", "Phó Chủ tịch UBND huyện",
         "Trưởng phòng Dân tộc huyện", "Tổng Giám đốc công ty", "Trụ trì chùa", "Nghệ nhân ưu tú",
         "Già làng, người có uy tín ở bản", "Phó Giám đốc Trung tâm Quan trắc", "Trưởng ban Văn hóa xã"]


def trap_speaker(r: random.Random, c: Ctx) -> list[Line]:
    """A quoted person's name and role on a line of their own, then what they said."""
    name = _pname(r)
    role = r.choice(ROLES)
    who = r.choice(["Ông", "Bà"])
    k = r.randint(2, 40)
    q = r.choice([f"Chúng tôi đã kiến nghị cấp trên hỗ trợ thêm {k} tỷ đồng để làm dứt điểm trong năm {c.y}.",
                  f"Người dân {k} bản ở đây rất đồng thuận, chỉ mong sớm có điện lưới và đường bê tông.",
                  f"Sau {k} năm, đây là bài học lớn: mọi dự án đều phải đánh giá tác động kỹ lưỡng hơn.",
                  f"Chúng tôi cam kết đưa {k} dòng sản phẩm mới đến tay người tiêu dùng với giá hợp lý nhất.",
                  f"Tôi giữ nghề này đã {k} năm, chỉ sợ lớp trẻ không còn ai theo."])
    if r.random() < 0.5:
        return [_t(f"{who} {name}, {role} {c.prov}:", "h3"), _t(f"“{q}”")]
    return [_t(f"{who} {name}"), _t(f"{role} {c.prov}"), _t(f"“{q}”")]


SUBHEADS = ["Nỗi lo nước sạch", "Chưa có lời giải", "Cần cơ chế đặc thù", "Những con số biết nói", "Hướng đi mới",
            "Từ chính sách đến thực tế", "Gỡ vướng mặt bằng", "Giữ hồn di sản", "Nỗi niềm người trong cuộc",
            "Bài toán vốn", "Mùa vàng trên núi", "Lời cảnh tỉnh", "Trách nhiệm thuộc về ai", "Đổi đời nhờ cây quế"]


def trap_subheading(r: random.Random, c: Ctx) -> list[Line]:
    s = r.choice(SUBHEADS)
    s = r.choice([s, f"{s} ở {c.prov}", s.upper(), f"{s} ({c.prov})"])
    return [_t(s, "h2")]


def trap_qa(r: random.Random, c: Ctx) -> list[Line]:
    name, k = person(r), r.randint(2, 30)
    qs = [(f"Hỏi: Gia đình tôi ở {c.prov} có {k}0 m2 đất bị thu hồi làm đường, vậy được bồi thường thế nào?",
           f"Trả lời: Theo Luật Đất đai, hộ gia đình được bồi thường bằng đất hoặc bằng tiền theo giá đất cụ thể do UBND tỉnh {c.prov} quyết định."),
          (f"Hỏi: Phật tử tại gia {k} tuổi có cần ăn chay trường không, thưa thầy? (bạn đọc {name})",
           "Đáp: Ăn chay là phương tiện, quan trọng là giữ tâm từ bi; người mới có thể bắt đầu bằng ngày rằm, mùng một."),
          (f"PV: Điều gì khiến ông quyết định đầu tư {k} tỷ đồng vào vùng cao?",
           f"Ông {name}: Tôi sinh ra ở {c.prov}, tôi hiểu người dân cần sinh kế ổn định hơn là cho không."),
          (f"PV: Năm {c.y + 1}, doanh nghiệp có kế hoạch mở rộng ra sao?",
           f"Bà {name}: Chúng tôi dự kiến mở thêm {k} điểm bán, tập trung ở {c.city} và các tỉnh lân cận."),
          (f"Hỏi: Rác thải điện tử như pin, điện thoại cũ ở {c.city} thì bỏ vào đâu?",
           f"Đáp: Bạn có thể mang tới {k} điểm thu gom cố định do thành phố bố trí, hoàn toàn miễn phí.")]
    q, a = r.choice(qs)
    return [_t(q), _t(a)]


def trap_steps(r: random.Random, c: Ctx) -> list[Line]:
    k = r.randint(2, 15)
    app = r.choice(["VNeID", "Ví Sen Vàng", "An Khang Care", "EcoPoint", "Dịch vụ công " + c.prov, "SmartBank"])
    office = r.choice(["UBND xã", "UBND phường", "Trung tâm Phục vụ hành chính công tỉnh", "Bưu điện huyện"])
    sets = [("đăng ký trên ứng dụng", [f"Tải ứng dụng {app} và đăng ký tài khoản bằng số điện thoại",
                                       f"Chọn mục {r.choice(['Thanh toán hóa đơn', 'Nộp hồ sơ', 'Đổi điểm xanh', 'Đặt lịch'])}",
                                       f"Nhập mã {r.choice(['khách hàng', 'hồ sơ', 'định danh'])} và xác nhận bằng mã OTP",
                                       f"Nhận {r.choice(['ưu đãi hoàn tiền', 'điểm thưởng', 'giấy hẹn'])} trong {k * 2} giờ"]),
            ("phân loại rác tại nguồn", ["Tách riêng rác hữu cơ như thức ăn thừa, vỏ rau củ",
                                         f"Gom {r.choice(['giấy, nhựa, kim loại', 'chai nhựa, lon nhôm, giấy báo'])} vào túi tái chế",
                                         f"Để pin, bóng đèn hỏng riêng và mang tới {k} điểm thu gom của {c.city}",
                                         "Phần còn lại bỏ vào thùng rác thông thường"]),
            ("nghi lễ Vu Lan", [f"Thắp hương và lễ Phật tại chính điện lúc {c.hh} giờ", "Tụng kinh Vu Lan báo hiếu",
                                 f"Cài hoa {r.choice(['hồng đỏ', 'hồng trắng'])} lên áo",
                                 f"Thả {r.randint(100, 900)} đèn hoa đăng cầu siêu"]),
            ("làm thủ tục", [f"Nộp tờ khai tại bộ phận một cửa của {office}",
                             f"Cán bộ tư pháp kiểm tra hồ sơ trong {k} ngày làm việc",
                             f"Nhận kết quả trực tiếp hoặc qua {r.choice(['bưu điện', 'ứng dụng ' + app])}"])]
    what, steps = r.choice(sets)
    fmt = r.choice(["Bước {i}: {s}", "{i}. {s}", "{i}/ {s}"])
    intro = r.choice([f"Quy trình {what} gồm {len(steps)} bước:", f"Cách {what}, theo hướng dẫn ngày {c.d}/{c.m}:",
                      f"Hướng dẫn {what} được {c.prov} phổ biến tới người dân:"])
    return [_t(intro)] + [_t(fmt.format(i=i, s=s), "li") for i, s in enumerate(steps, 1)]


POEMS = [["Công cha như núi Thái Sơn", "Nghĩa mẹ như nước trong nguồn chảy ra", "Một lòng thờ mẹ kính cha",
          "Cho tròn chữ hiếu mới là đạo con"],
         ["Bầu ơi thương lấy bí cùng", "Tuy rằng khác giống nhưng chung một giàn"],
         ["Gió đưa cành trúc la đà", "Tiếng chuông Trấn Vũ canh gà Thọ Xương", "Mịt mù khói tỏa ngàn sương",
          "Nhịp chày Yên Thái mặt gương Tây Hồ"],
         ["Cày đồng đang buổi ban trưa", "Mồ hôi thánh thót như mưa ruộng cày", "Ai ơi bưng bát cơm đầy",
          "Dẻo thơm một hạt đắng cay muôn phần"],
         ["Xuân đi trăm hoa rụng", "Xuân đến trăm hoa cười", "Trước mắt việc đi mãi", "Trên đầu già đến rồi",
          "Đừng tưởng xuân tàn hoa rụng hết", "Đêm qua sân trước một cành mai"],
         ["Nhiễu điều phủ lấy giá gương", "Người trong một nước phải thương nhau cùng"],
         ["Đường vô xứ Nghệ quanh quanh", "Non xanh nước biếc như tranh họa đồ"],
         ["Rừng xanh hoa chuối đỏ tươi", "Đèo cao nắng ánh dao gài thắt lưng"],
         ["Tháng Giêng là tháng ăn chơi", "Tháng Hai trồng đậu trồng khoai trồng cà"],
         ["Trong đầm gì đẹp bằng sen", "Lá xanh bông trắng lại chen nhị vàng"]]


def trap_poem(r: random.Random, c: Ctx) -> list[Line]:
    intro = r.choice([f"Người dân {c.prov} vẫn nhắc nhau câu ca quen thuộc:", f"Như lời ca dao mà cụ {person(r)} hay đọc:",
                      f"Bài thơ được khắc trên tấm bia dựng năm {r.randint(1890, 1990)} trước cổng:",
                      f"Cụ {person(r)} năm nay {r.randint(70, 98)} tuổi vẫn đọc vanh vách:"])
    return [_t(intro)] + [_t(x) for x in r.choice(POEMS)]


def trap_signature(r: random.Random, c: Ctx) -> list[Line]:
    no = r.randint(3, 980)
    intro = r.choice([f"Công điện số {no}/CĐ-UBND của UBND tỉnh {c.prov} kết thúc như sau:",
                      f"Phần cuối văn bản số {no}/SNV-TG gửi các cơ sở tôn giáo ở {c.prov} ghi rõ:",
                      f"Quyết định số {no}/QĐ-UBND ngày {c.d}/{c.m}/{c.y} khép lại bằng chữ ký:"])
    order = _t(r.choice([f"Yêu cầu các sở, ngành, địa phương nghiêm túc thực hiện, báo cáo trước ngày {c.d}/{c.m}./.",
                         f"Quyết định có hiệu lực từ ngày {c.d}/{c.m}/{c.y}./.",
                         f"Đề nghị {r.randint(3, 18)} huyện, thành phố triển khai ngay và báo cáo kết quả./."]))
    head = r.choice([["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
                     ["TM. BAN THƯỜNG VỤ", "BÍ THƯ"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC"], ["CHỦ TỊCH"],
                     ["TM. BAN CHỈ HUY", "TRƯỞNG BAN"], [f"UBND TỈNH {c.prov.upper()}", "CHỦ TỊCH"]])
    sign = [_t("(Đã ký)")] if r.random() < 0.3 else []
    return [_t(intro), order] + [_t(x) for x in head] + sign + [_t(_pname(r))]


def trap_short_last(r: random.Random, c: Ctx) -> list[Line]:
    return [_t(r.choice([f"Vụ việc đang được Công an huyện {r.choice(PROVINCES)} điều tra.",
                         f"Lễ hội kéo dài đến hết ngày {c.d}/{c.m}.", f"Hiện sức khỏe {r.randint(2, 9)} nạn nhân đã ổn định.",
                         f"Hạn chót nhận hồ sơ là ngày {c.d}/{c.m}.", f"Giá trị thương vụ với {person(r)} không được công bố.",
                         f"Dự kiến công trình hoàn thành vào quý {r.randint(1, 4)}/{c.y + 1}.",
                         f"Đến {c.hh} giờ cùng ngày, đám cháy mới được dập tắt."]))]


def trap_theo(r: random.Random, c: Ctx) -> list[Line]:
    src = r.choice([f"Sở Tài nguyên và Môi trường {c.prov}", f"Ban Dân tộc tỉnh {c.prov}", "Reuters",
                    f"báo cáo của UBND tỉnh {c.prov}", f"ông {person(r)}", "Tổng cục Thống kê", "AFP",
                    f"Trung tâm Dự báo khí tượng thủy văn tỉnh {c.prov}"])
    fact = r.choice([f"có {r.randint(3, 95)} hộ dân phải di dời khẩn cấp.",
                     f"tỷ lệ hộ nghèo đã giảm còn {_num(r.randint(40, 250) / 10, 1)}%.",
                     f"đây là lần đầu tiên trong {r.randint(10, 60)} năm hiện tượng này xuất hiện.",
                     f"thiệt hại ước tính khoảng {r.randint(2, 90)} tỷ đồng."])
    return [_t(f"Theo {src}, {fact}")]


def trap_timeline(r: random.Random, c: Ctx) -> list[Line]:
    y = c.y - r.randint(3, 8)
    events = r.sample(["Khởi công xây dựng", "Hoàn thành giai đoạn 1", "Được công nhận di tích cấp quốc gia",
                       "Đón vị khách thứ một triệu", "Ký kết hợp tác chiến lược", "Niêm yết trên sàn HoSE",
                       "Tạm dừng để điều chỉnh quy hoạch", "Đưa vào vận hành thương mại"], 3)
    thing = r.choice([f"dự án ở {c.prov}", "công trình", f"doanh nghiệp sau {c.y - y} năm", f"ngôi chùa {r.choice(ROADS)}"])
    out = [_t(r.choice([f"Những mốc đáng nhớ của {thing}:", f"Các mốc chính của {thing}:", f"Chặng đường của {thing}:"]))]
    for e in events:
        y += r.randint(1, 2)
        out.append(_t(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{y}: {e}", "li"))
    if r.random() < 0.5:
        out.append(_t(f"Ngày {c.d}/{c.m}, {r.choice(['đoàn công tác', 'lãnh đạo tỉnh', 'hội đồng thẩm định'])} "
                      f"đã {r.choice(['kiểm tra thực địa', 'làm việc với chủ đầu tư', 'họp bàn phương án'])} tại {c.prov}."))
    return out


def trap_hashtags(r: random.Random, c: Ctx) -> list[Line]:
    tags = r.sample(["#SongXanh", "#NoiKhongVoiRacNhua", "#GioTraiDat", f"#VuLan{c.y}", "#TiepSucMuaThi",
                     "#VìBiểnĐảoQuêHương", "#ChungTayViMoiTruong", f"#{c.prov.replace(' ', '')}", "#MotTrieuCayXanh",
                     "#AoAmChoEmVungCao"], r.randint(2, 4))
    return [_t(r.choice([f"Chỉ trong {r.randint(2, 30)} ngày, chiến dịch đã lan tỏa trên mạng xã hội với các hashtag:",
                         f"Đến nay đã có hơn {_num(r.randint(2, 900) * 1000)} bài đăng gắn thẻ:"])), _t(" ".join(tags))]


def trap_story(r: random.Random, c: Ctx) -> list[Line]:
    who = person(r)
    return [_t(r.choice([f"Kỳ đầu câu chuyện {who} đăng trên trang cá nhân khép lại bằng dòng chữ:",
                         f"Tập truyện viết tay của {who}, học sinh lớp {r.randint(3, 9)}, dừng lại ở trang cuối với hai chữ:"])),
            _t(r.choice(["Còn tiếp...", "(Còn tiếp)", "Còn tiếp nhé mọi người!", "- Còn tiếp -", "(còn tiếp...)"])),
            _t(f"Chỉ sau {r.randint(2, 48)} giờ, hàng nghìn người đã vào hỏi khi nào có phần tiếp theo.")]


def trap_share(r: random.Random, c: Ctx) -> list[Line]:
    return [_t(f"{r.choice(['Chia sẻ với phóng viên', 'Chia sẻ tại buổi lễ', 'Bình luận về sự việc'])}, "
               f"{r.choice(['ông', 'bà', 'anh', 'chị'])} {person(r)} cho biết {r.choice(['mọi việc đã được chuẩn bị từ đầu năm', 'gia đình vẫn chưa nhận được hỗ trợ', 'kết quả này vượt xa kỳ vọng'])}.")]


def trap_contact(r: random.Random, c: Ctx) -> list[Line]:
    slug = _slug(c.prov)
    return [_t(r.choice([f"Mọi thắc mắc xin liên hệ tổng đài {phone(r)} hoặc cổng dịch vụ công tỉnh {c.prov}.",
                         f"Hồ sơ đăng ký gửi về địa chỉ email vanthu@{slug}.gov.vn trước ngày {c.d}/{c.m}.",
                         f"Website: www.{slug}.gov.vn"]))]


TRAPS = {"hotlines": trap_hotlines, "addresses": trap_addresses, "readings": trap_readings,
         "results": trap_results, "speaker": trap_speaker, "subheading": trap_subheading, "qa": trap_qa,
         "steps": trap_steps, "poem": trap_poem, "signature": trap_signature, "short_last": trap_short_last,
         "theo": trap_theo, "timeline": trap_timeline, "hashtags": trap_hashtags, "story": trap_story,
         "share": trap_share, "contact": trap_contact}
SITE_TRAPS = {
    62: ["hotlines", "readings", "speaker", "subheading", "steps", "theo", "timeline", "hashtags", "share",
         "short_last", "contact", "qa"],
    63: ["poem", "qa", "steps", "speaker", "subheading", "timeline", "story", "theo", "short_last",
         "signature", "hashtags", "share"],
    64: ["results", "speaker", "addresses", "hotlines", "steps", "hashtags", "timeline", "theo", "qa",
         "short_last", "contact", "subheading"],
    65: ["hotlines", "addresses", "poem", "qa", "signature", "readings", "speaker", "subheading", "theo",
         "timeline", "short_last", "share", "story"],
}


def add_traps(page: Page, fam: int, r: random.Random, c: Ctx, start: int) -> None:
    """One or two trap blocks inside the body after the sapo (never inside another block), some at
    its end; a short last sentence always closes the article."""
    kinds = r.sample(SITE_TRAPS[fam], r.choice([1, 1, 1, 2, 2]))
    kinds.sort(key=lambda k: k == "short_last")
    for k in kinds:
        block = TRAPS[k](r, c)
        gaps = [i for i in range(start, len(page.body)) if type(page.body[i]) is Line and not page.body[i - 1].text.endswith(":")]
        if k == "short_last" or r.random() < 0.3 or not gaps:
            page.body += block
        else:
            at = r.choice(gaps)
            page.body[at:at] = block


# -- shared per-site pieces ---------------------------------------------------------------------------------


def _related(r: random.Random, header: str | None, pool: list[str], k: tuple[int, int], item=None) -> list[Line]:
    out = [Line(header, "related_links", "h3")] if header else []
    for h in r.sample(pool, r.randint(*k)):
        out.append(Line(item(r, h) if item else h, "related_links", "li"))
    return out


def _byline(r: random.Random, extra: list[str]) -> Line:
    a, b = person(r), person(r)
    forms = [a, a, f"{a} - {b}", "Nhóm PV", f"{a} thực hiện", f"{a} (theo {r.choice(['Reuters', 'AFP', 'BBC', 'AP'])})",
             f"Bài, ảnh: {a}", f"{a} - {b} - {person(r)}"] + extra
    return Line(r.choice(forms).format(a=a, b=b), "byline")


def _insert_box(page: Page, r: random.Random, start: int, box: list[Line]) -> None:
    """A related box between two paragraphs of the body (never before the sapo)."""
    paras = [i for i, x in enumerate(page.body) if i > start and x.label == "content" and type(x) is Line
             and not page.body[i - 1].text.endswith(":")]
    at = r.choice(paras) if paras else len(page.body)
    page.body[at:at] = box


def _article(page: Page, article: list[str], pre: list[Line]) -> int:
    """Title, the lines before the sapo, sapo and paragraphs; returns the index after the sapo."""
    title, *rest = article
    page.body.append(Line(title, "title", "h1"))
    page.body += pre
    page.body += [Line(x, "content") for x in rest]
    return len(page.body) - len(rest) + 1


# -- 62: environment / climate magazine --------------------------------------------------------------------

MENU62 = ["Trang chủ", "Thời sự môi trường", "Biến đổi khí hậu", "Đa dạng sinh học", "Năng lượng sạch", "Ô nhiễm",
          "Tài nguyên nước", "Kinh tế tuần hoàn", "Sống xanh", "Infographic"]
HEAD62 = ["Hà Nội lên kế hoạch thu gom rác thải rắn theo khối lượng", "Cá chết hàng loạt trên sông Cầu",
          "Điện mặt trời mái nhà: lợi ích và rào cản", "Sếu đầu đỏ trở lại Tràm Chim sau nhiều năm vắng bóng",
          "Nước biển dâng đe dọa đồng bằng sông Cửu Long", "Mùa khô, hàng nghìn ha rừng nguy cơ cháy cao",
          "Túi ni lông vẫn tràn ngập chợ truyền thống", "Thị trường tín chỉ carbon: Việt Nam đang ở đâu",
          "Phát hiện loài ếch mới ở vùng núi phía Bắc", "Xâm nhập mặn sớm hơn mọi năm",
          "Làng nghề tái chế và nỗi lo ô nhiễm", "Trồng rừng ngập mặn chống sạt lở bờ biển",
          "Ô tô điện có thật sự xanh?", "Bụi mịn vượt ngưỡng, người dân nên làm gì", "Rạn san hô bị tẩy trắng diện rộng",
          "Xe buýt điện phủ kín các tuyến nội đô"]
FOOT62 = ["Tạp chí điện tử Xanh Bền Vững - Cơ quan của Hội Bảo tồn Thiên nhiên Phương Nam",
          "Giấy phép số 186/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 14/05/2021",
          "Tổng biên tập: Trần Quang Vĩnh", "Tòa soạn: 57 Nguyễn Du, quận Hai Bà Trưng, Hà Nội",
          "Hotline: 0243 822 5566 - Email: toasoan@xanhbenvung.vn"]
AQI_LEVEL = [(50, "Tốt"), (100, "Trung bình"), (150, "Kém"), (200, "Xấu"), (300, "Rất xấu")]


def _aqi(r: random.Random) -> tuple[int, str]:
    v = r.randint(20, 260)
    return v, next(name for top, name in AQI_LEVEL if v <= top)


def build62(n: int, article: list[str], r: random.Random) -> Page:
    p = Page(62, OUTLETS[62])
    c = Ctx(r, MENU62[1:9])
    sub = r.choice(["Rác thải nhựa", "Không khí", "Rừng", "Biển đảo", "Nước sạch", "Điện gió", "Chính sách mới"])
    p.head.append(Line(f"{c.wd}, {c.d:02d}/{c.m:02d}/{c.y}", "dateline"))
    if r.random() < 0.7:
        (v1, l1), (v2, l2) = _aqi(r), _aqi(r)
        a, b = r.sample(BIG_CITIES[:5], 2)
        p.head.append(Line(f"AQI {a}: {v1} ({l1}) · {b}: {v2} ({l2})", "weather_widget"))
    p.head.append(Line("Đăng nhập · Nhận bản tin · English", "menu"))
    p.head += [Line(x, "menu", "li") for x in MENU62]
    p.head.append(Line(f"Trang chủ › {c.sec}" + (f" › {sub}" if r.random() < 0.5 else ""), "breadcrumb"))
    pre = [Line(f"{c.hh:02d}:{c.mm:02d} | {c.d:02d}/{c.m:02d}/{c.y}", "dateline")]
    if r.random() < 0.3:
        pre.append(Line(f"Bài: {person(r)} - Ảnh: {person(r)}", "byline"))
    start = _article(p, article, pre)
    add_traps(p, 62, r, c, start)
    if r.random() < 0.6:
        _insert_box(p, r, start, _related(r, "Đọc thêm", HEAD62, (1, 3)))
    if r.random() < 0.4:
        _insert_box(p, r, start, [Line(f"Xem thêm: {r.choice(HEAD62)}", "related_links")])
    tail: list[list[Line]] = []
    if not any(x.label == "byline" for x in pre):
        tail.append([_byline(r, ["{a} (Tổng hợp)", "Nhóm phóng viên Môi trường"])])
    if r.random() < 0.5:
        tail.append([Line(r.choice([f"Nguồn: {r.choice(['UNEP', 'WWF Việt Nam', 'Bộ Tài nguyên và Môi trường', 'IPCC'])}",
                                    f"Theo {r.choice(['Guardian', 'Mongabay', 'Reuters', 'National Geographic'])}"]),
                           "source")])
    if r.random() < 0.7:
        tail.append([Line("Từ khóa: " + ", ".join(r.sample(["biến đổi khí hậu", "rác thải nhựa", "năng lượng tái tạo",
                                                            "ô nhiễm không khí", "rừng ngập mặn", "động vật hoang dã",
                                                            "xâm nhập mặn", "tín chỉ carbon"], r.randint(2, 4))), "tags")])
    tail.append([Line("Chia sẻ: Facebook · Zalo · Sao chép liên kết", "share_widget")]
                + ([Line(f"{_num(r.randint(120, 48000))} lượt xem", "share_widget")] if r.random() < 0.5 else []))
    if r.random() < 0.12:
        tail.append([Line(r.choice([f"Kỳ tới: {r.choice(HEAD62)}", "(Còn nữa)"]), "continuation")])
    r.shuffle(tail)
    if r.random() < 0.6:
        tail.append([Line(f"Bình luận ({r.randint(0, 86)})", "comment_prompt"),
                     Line("Viết bình luận của bạn về bài viết này...", "comment_prompt")])
    if r.random() < 0.85:
        tail.append(_related(r, "Tin cùng chuyên mục", HEAD62, (3, 6)))
    for block in tail:
        p.body += block
    side: list[list[Line]] = [_related(r, "Đọc nhiều nhất", HEAD62, (4, 6))]
    rows = [Line("Chất lượng không khí hôm nay", "weather_widget", "h4")]
    for city in r.sample(BIG_CITIES[:6], 3):
        v, lv = _aqi(r)
        rows.append(Line(f"{city}: AQI {v} - {lv}", "weather_widget", "li"))
    side.append(rows)
    side.append([Line("Nhận bản tin Sống Xanh mỗi sáng thứ Hai", "share_widget", "h4"),
                 Line("Nhập email để đăng ký", "share_widget")])
    if r.random() < 0.4:
        brand = r.choice(["Máy lọc không khí AirPure", "Pin mặt trời SolaViet", "Bình giữ nhiệt EcoLife"])
        side.append([Line("Quảng cáo", "advert", "h4"), Line(f"{brand} - giảm {r.randint(10, 40)}% tuần này", "advert"),
                     Line(f"Đặt hàng: {phone(r)}", "advert")])
    r.shuffle(side)
    p.side = [x for b in side for x in b]
    p.foot = [Line(x, "footer") for x in FOOT62] + [Line(f"© {c.y} Xanh Bền Vững. Ghi rõ nguồn khi trích dẫn.", "footer")]
    return p


# -- 63: religion & culture site ----------------------------------------------------------------------------

MENU63 = "Trang nhà | Phật giáo | Công giáo | Tín ngưỡng dân gian | Lễ hội | Di sản | Nghiên cứu | Văn học | Ẩm thực chay | Pháp âm"
SEC63 = ["Phật giáo", "Công giáo", "Tín ngưỡng dân gian", "Lễ hội", "Di sản", "Nghiên cứu", "Văn học"]
HEAD63 = ["Ngôi chùa cổ ba trăm năm tuổi bên dòng sông Hương", "Mùa Vu Lan và bông hồng cài áo",
          "Lễ hội Bà Chúa Xứ núi Sam thu hút hàng vạn du khách", "Kiến trúc nhà thờ đá Phát Diệm",
          "Tục thờ Mẫu trong đời sống người Việt", "Ý nghĩa của việc phóng sinh đúng cách",
          "Hành hương về Yên Tử đầu năm", "Sắc phong cổ được trao trả cho đình làng",
          "Món chay ngày rằm đơn giản mà tinh tế", "Nghề làm hương trầm ở làng Quảng Phú Cầu",
          "Mộc bản triều Nguyễn và hành trình trở thành di sản", "Đêm Giáng sinh ở xóm đạo Bùi Chu",
          "Nghi lễ cấp sắc của người Dao đỏ", "Tết Chôl Chnăm Thmây của đồng bào Khmer", "Lời dạy về lòng biết ơn"]
LUNAR_YEARS = {2012: "Nhâm Thìn", 2013: "Quý Tỵ", 2014: "Giáp Ngọ", 2015: "Ất Mùi", 2016: "Bính Thân", 2017: "Đinh Dậu",
               2018: "Mậu Tuất", 2019: "Kỷ Hợi", 2020: "Canh Tý", 2021: "Tân Sửu", 2022: "Nhâm Dần", 2023: "Quý Mão",
               2024: "Giáp Thìn"}
FOOT63 = ["Trang thông tin điện tử tổng hợp Tâm An", "Giấy phép số 45/GP-TTĐT do Sở Thông tin và Truyền thông TP.HCM cấp",
          "Chịu trách nhiệm nội dung: Lê Minh Đức", "Địa chỉ: 12 Trần Quang Khải, phường Tân Định, Quận 1, TP.HCM",
          "Ghi rõ nguồn tamanvanhoa.vn khi phát hành lại thông tin từ trang này."]


def build63(n: int, article: list[str], r: random.Random) -> Page:
    p = Page(63, OUTLETS[63])
    c = Ctx(r, SEC63)
    lunar = f"{max(1, c.d - r.randint(0, 14)):02d}/{max(1, c.m - 1):02d}"
    p.head.append(Line(f"{c.wd}, {c.d}/{c.m}/{c.y} - Âm lịch: {lunar} năm {LUNAR_YEARS[c.y]}", "dateline"))
    p.head.append(Line(MENU63, "menu"))
    p.head.append(Line(f"Trang nhà » {c.sec}", "breadcrumb"))
    pre = [Line(f"Đăng lúc {c.hh:02d}:{c.mm:02d} ngày {c.d:02d}/{c.m:02d}/{c.y}", "dateline")]
    if r.random() < 0.5:
        pre.append(Line("Cỡ chữ: A- A A+ | In bài | Gửi email", "share_widget"))
    start = _article(p, article, pre)
    add_traps(p, 63, r, c, start)
    if r.random() < 0.5:
        _insert_box(p, r, start, _related(r, "Bài cùng chủ đề", HEAD63, (2, 3)))
    if r.random() < 0.4:
        _insert_box(p, r, start, [Line(f"› Mời đọc: {r.choice(HEAD63)}", "related_links")])
    tail: list[list[Line]] = [[_byline(r, ["{a} (tổng hợp)", "Cư sĩ {a}", "{a} - {b} (ghi)"])]]
    if r.random() < 0.5:
        tail[0].append(Line(r.choice([f"Nguồn: {r.choice(['Giác Ngộ', 'Văn hóa Phật giáo', 'Tạp chí Di sản', 'Tôn giáo Online'])}",
                                      f"(Theo {r.choice(['BBC', 'Tạp chí Nghiên cứu Tôn giáo', 'Vatican News'])})"]),
                            "source"))
    if r.random() < 0.6:
        tail.append([Line("Chủ đề: " + " · ".join(r.sample(["chùa cổ", "lễ Vu Lan", "di sản", "tín ngưỡng", "đạo hiếu",
                                                            "lễ hội", "ăn chay", "thờ Mẫu"], r.randint(2, 4))), "tags")])
    if r.random() < 0.15:
        tail.append([Line(r.choice(["(Còn nữa)", f"Kỳ sau: {r.choice(HEAD63)}"]), "continuation")])
    tail.append([Line(f"Thích {r.randint(0, 999)} | Chia sẻ", "share_widget")])
    r.shuffle(tail)
    if r.random() < 0.55:
        tail.append([Line("Ý kiến phản hồi", "comment_prompt", "h3"), Line("Họ và tên", "comment_prompt"),
                     Line("Thư điện tử", "comment_prompt"), Line("Gửi phản hồi", "comment_prompt")])
    if r.random() < 0.8:
        tail.append(_related(r, "Các bài viết khác", HEAD63, (3, 5),
                             lambda r, h: f"{h} ({r.randint(1, 28)}/{r.randint(1, 12)}/{r.randint(2012, 2024)})"))
    for block in tail:
        p.body += block
    side = [_related(r, "Pháp âm nghe nhiều", HEAD63, (3, 5)),
            [Line("Lịch vạn sự", "weather_widget", "h4"),
             Line(f"Hôm nay ngày {r.choice(['Hoàng đạo', 'Hắc đạo'])}", "weather_widget"),
             Line("Giờ tốt: " + ", ".join(r.sample(["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi"], 3)),
                  "weather_widget")]]
    if r.random() < 0.4:
        side.append([Line("Chung tay cùng Quỹ Tâm An", "advert", "h4"),
                     Line(f"STK {r.randint(10**9, 10**10 - 1)} - Ngân hàng {r.choice(['Vietcombank', 'BIDV', 'Agribank'])}",
                          "advert")])
    r.shuffle(side)
    p.side = [x for b in side for x in b]
    p.foot = [Line(x, "footer") for x in FOOT63]
    return p


# -- 64: business-wire press-release site --------------------------------------------------------------------

MENU64 = ["Tất cả thông cáo", "Tài chính - Ngân hàng", "Công nghệ", "Bất động sản", "Hàng tiêu dùng", "Y tế - Dược",
          "Năng lượng", "Sự kiện", "Trách nhiệm xã hội"]
COMPANIES = ["Công ty CP Thực phẩm Sông Hồng", "Tập đoàn Công nghệ Nam Việt", "Ngân hàng TMCP Phương Đông Mới",
             "Công ty CP Dược phẩm An Khang", "Công ty TNHH Năng lượng Mặt Trời Xanh", "Tập đoàn Bất động sản Hưng Long",
             "Công ty CP Logistics Cảng Sài Gòn Mới", "Công ty TNHH Mỹ phẩm Thiên Hương", "Công ty CP Chứng khoán Tân Việt"]
HEAD64 = ["Ra mắt nền tảng thanh toán không tiếp xúc cho hộ kinh doanh", "Khánh thành nhà máy chế biến nông sản thứ ba",
          "Công bố chiến lược phát triển bền vững giai đoạn mới", "Ký kết hợp tác với đối tác Nhật Bản",
          "Trao 500 suất học bổng cho sinh viên vượt khó", "Nhận giải thưởng nơi làm việc tốt nhất châu Á",
          "Mở bán phân khu mới với chính sách ưu đãi", "Tăng vốn điều lệ lên gấp đôi", "Ra mắt dòng sản phẩm hữu cơ",
          "Khai trương trung tâm dữ liệu đạt chuẩn Tier III", "Phát hành trái phiếu xanh đầu tiên",
          "Bổ nhiệm tổng giám đốc mới", "Tài trợ giải chạy vì cộng đồng", "Đạt chứng nhận ISO cho toàn hệ thống"]
FOOT64 = ["VNWire - Nền tảng phát hành thông cáo báo chí", "Công ty TNHH Truyền thông Nhịp Cầu Số - MST: 0315 678 912",
          "Giấy phép thiết lập mạng xã hội số 233/GP-BTTTT", "Trụ sở: Tầng 9, 45 Điện Biên Phủ, quận Bình Thạnh, TP.HCM"]


def build64(n: int, article: list[str], r: random.Random) -> Page:
    p = Page(64, OUTLETS[64])
    c = Ctx(r, MENU64[1:])
    co = r.choice(COMPANIES)
    short = co.split()[-2] + " " + co.split()[-1]
    p.head.append(Line("Gửi thông cáo · Bảng giá dịch vụ · Đăng nhập", "menu"))
    if r.random() < 0.75:
        vn, hn = r.randint(90000, 135000) / 100, r.randint(18000, 26000) / 100
        p.head.append(Line(f"VN-Index {_num(vn, 2)} ({r.choice(['+', '-'])}{_num(r.randint(1, 250) / 100, 2)}%) | "
                           f"HNX-Index {_num(hn, 2)} ({r.choice(['+', '-'])}{_num(r.randint(1, 250) / 100, 2)}%) | "
                           f"USD/VND {_num(r.randint(22800, 25500))}", "price_widget"))
    p.head += [Line(x, "menu", "li") for x in MENU64]
    p.head.append(Line(f"Thông cáo báo chí / {c.sec}", "breadcrumb"))
    pre = [Line(f"Phát hành: {c.d:02d}/{c.m:02d}/{c.y} {c.hh:02d}:{c.mm:02d}", "dateline"),
           Line(f"Nguồn: {co}", "source")]
    r.shuffle(pre)
    start = _article(p, article, pre)
    add_traps(p, 64, r, c, start)
    if r.random() < 0.35:
        _insert_box(p, r, start, [Line(f"» Thông cáo liên quan: {r.choice(HEAD64)}", "related_links")])
    tail: list[list[Line]] = []
    if r.random() < 0.7:
        tail.append([Line(f"Về {co}", "advert", "h3"),
                     Line(f"Được thành lập năm {r.randint(1993, 2015)}, {co} hiện có hơn {_num(r.randint(3, 90) * 100)} nhân sự "
                          f"và {r.randint(4, 60)} chi nhánh trên toàn quốc. Website: www.{_slug(short)}.com.vn",
                          "advert")])
    if r.random() < 0.8:
        tail.append([Line("Thông tin liên hệ báo chí:", "advert", "h4"),
                     Line(f"{person(r)} - {r.choice(['Trưởng phòng Truyền thông', 'Chuyên viên PR', 'Giám đốc Marketing'])}",
                          "advert"),
                     Line(f"Điện thoại: {phone(r)}", "advert"),
                     Line(f"Email: {r.choice(['press', 'media', 'truyenthong'])}@{_slug(short)}.com.vn",
                          "advert")])
    if r.random() < 0.4:
        tail.append([Line(f"Tải thông cáo (PDF, {_num(r.randint(3, 48) / 10, 1)} MB)", "share_widget")])
    if r.random() < 0.6:
        tail.append([Line(f"Lĩnh vực: {c.sec} · Khu vực: {c.city}", "tags")])
    if r.random() < 0.3:
        tail.append([_byline(r, [f"Ban Truyền thông {short}", "{a} (theo Business Wire)"])])
    tail.append([Line("Chia sẻ thông cáo: LinkedIn · Facebook · Email", "share_widget")])
    r.shuffle(tail)
    tail.append([Line("Thông cáo báo chí do doanh nghiệp cung cấp và tự chịu trách nhiệm về nội dung.", "source")])
    if r.random() < 0.8:
        tail.append(_related(r, "Thông cáo mới nhất", HEAD64, (3, 6),
                             lambda r, h: f"{h} - {r.randint(1, 23)} giờ trước" if r.random() < 0.6 else h))
    for block in tail:
        p.body += block
    side = [_related(r, "Doanh nghiệp nổi bật", [x.split(" ", 2)[2] if x.startswith("Công ty") else x for x in COMPANIES], (3, 5)),
            [Line("Đăng ký nhận thông cáo theo ngành", "share_widget", "h4"), Line("Đăng ký ngay", "share_widget")]]
    if r.random() < 0.5:
        side.append([Line("Dịch vụ phát hành thông cáo trọn gói", "advert", "h4"),
                     Line(f"Gói phát hành tới {r.randint(50, 300)} cơ quan báo chí - Liên hệ: {phone(r)}", "advert")])
    r.shuffle(side)
    p.side = [x for b in side for x in b]
    p.foot = [Line(x, "footer") for x in FOOT64] + [Line(f"© {c.y} VNWire", "footer")]
    return p


# -- 65: ethnic-minority & mountain-region paper ------------------------------------------------------------

LANGS65 = "Tiếng Việt | Tiếng Mông | Tiếng Khmer | Tiếng Ê Đê | Tiếng Gia Rai | Tiếng Thái"
SEC65 = ["Chính sách dân tộc", "Giảm nghèo", "Biên giới - Hải đảo", "Văn hóa các dân tộc", "Người có uy tín",
         "Pháp luật", "Gương sáng bản làng"]
HEAD65 = ["Cây sâm đưa người Xơ Đăng thoát nghèo", "Đường về bản Mông đã được bê tông hóa",
          "Lớp học xóa mù chữ trên lưng chừng núi", "Người giữ lửa khèn Mông", "Hỗ trợ nhà ở cho hộ nghèo vùng biên",
          "Điện lưới về thôn đặc biệt khó khăn", "Chợ phiên vùng cao vào mùa hoa tam giác mạch",
          "Cảnh giác với tà đạo ở vùng sâu", "Học sinh bán trú được ăn trưa miễn phí", "Bảo tồn chữ Chăm cổ",
          "Trồng quế dưới tán rừng tự nhiên", "Tảo hôn giảm mạnh nhờ tuyên truyền", "Giữ rừng đầu nguồn bằng hương ước",
          "Tuyến đường tuần tra biên giới hoàn thành"]
FOOT65 = ["Báo điện tử Dân tộc & Vùng cao", "Tổng Biên tập: Hà Văn Thịnh",
          "Giấy phép hoạt động báo điện tử số 72/GP-BTTTT", "Tòa soạn: 349 Đội Cấn, quận Ba Đình, Hà Nội",
          "Đường dây nóng: 0243 766 1234"]


def build65(n: int, article: list[str], r: random.Random) -> Page:
    p = Page(65, OUTLETS[65])
    c = Ctx(r, SEC65)
    p.head.append(Line(LANGS65, "menu"))
    p.head.append(Line(f"Hôm nay: {c.wd}, {c.d}/{c.m}/{c.y}", "dateline"))
    p.head.append(Line(" · ".join(SEC65), "menu"))
    p.head.append(Line(f"Trang chủ » {c.sec}" + (f" » {c.prov}" if r.random() < 0.5 else ""), "breadcrumb"))
    pre = [Line(f"{c.d:02d}/{c.m:02d}/{c.y} {c.hh:02d}:{c.mm:02d} GMT+7", "dateline")]
    top_by = r.random() < 0.35
    if top_by:
        pre.append(_byline(r, ["{a} (CTV tại " + c.prov + ")"]))
    if r.random() < 0.5:
        pre.append(Line("Nghe đọc bài", "share_widget"))
    start = _article(p, article, pre)
    add_traps(p, 65, r, c, start)
    if r.random() < 0.5:
        _insert_box(p, r, start, _related(r, "Cùng sự kiện", HEAD65, (1, 3)))
    if r.random() < 0.4:
        _insert_box(p, r, start, [Line(f"► {r.choice(HEAD65)}", "related_links")])
    tail: list[list[Line]] = []
    if not top_by:
        tail.append([_byline(r, ["{a} (CTV tại " + c.prov + ")", "Nhóm phóng viên Ban Dân tộc"])])
    if r.random() < 0.3:
        tail.append([Line(r.choice([f"Theo {r.choice(['Báo Biên phòng', 'Cổng TTĐT Chính phủ', 'TTXVN', 'Xinhua'])}",
                                    f"Nguồn: Ban Dân tộc tỉnh {c.prov}"]), "source")])
    if r.random() < 0.2:
        tail.append([Line(r.choice([f"Kỳ {r.randint(2, 4)}: {r.choice(HEAD65)}", "(Còn nữa)", "Bài cuối: " + r.choice(HEAD65)]),
                          "continuation")])
    if r.random() < 0.6:
        tail.append([Line(" ".join("#" + w for w in r.sample(["giảmnghèo", "vùngcao", "dântộcthiểusố", "biêngiới",
                                                              "nôngthônmới", "ngườicóuytín", "vănhóabảnđịa"],
                                                             r.randint(2, 4))), "tags")])
    tail.append([Line("Chia sẻ: Zalo | Facebook | In bài", "share_widget")])
    r.shuffle(tail)
    if r.random() < 0.5:
        tail.append([Line(f"Ý kiến bạn đọc ({r.randint(0, 40)})", "comment_prompt"),
                     Line("Bình luận của bạn sẽ được biên tập trước khi đăng", "comment_prompt")])
    if r.random() < 0.8:
        tail.append(_related(r, "Tin cùng chuyên mục", HEAD65, (3, 6)))
    for block in tail:
        p.body += block
    weather = [Line("Thời tiết vùng cao", "weather_widget", "h4")]
    for place in r.sample(["Sa Pa", "Mèo Vạc", "Mộc Châu", "Đồng Văn", "Mường Tè", "Bắc Hà", "Măng Đen"], 3):
        lo = r.randint(4, 20)
        weather.append(Line(f"{place} {lo} - {lo + r.randint(3, 9)}°C {r.choice(['sương mù', 'mưa phùn', 'nắng nhẹ', 'rét đậm'])}",
                            "weather_widget", "li"))
    prices = [Line("Giá nông sản vùng cao", "price_widget", "h4")]
    for item in r.sample(["Chè Shan tuyết", "Thảo quả", "Quế khô", "Cà phê Robusta", "Mắc ca", "Gạo Séng Cù"], 2):
        prices.append(Line(f"{item} | {_num(r.randint(10, 250) * 1000)} đ/kg | {r.choice(['▲', '▼', '='])}", "price_widget", "li"))
    side = [weather, prices, _related(r, "Đọc nhiều", HEAD65, (3, 5))]
    if r.random() < 0.4:
        side.append([Line("Sản phẩm OCOP", "advert", "h4"),
                     Line(f"{r.choice(['Mật ong bạc hà Hà Giang', 'Miến dong Bình Liêu', 'Rượu ngô Bắc Hà'])} - Đặt hàng: {phone(r)}",
                          "advert")])
    r.shuffle(side)
    p.side = [x for b in side for x in b]
    p.foot = [Line(x, "footer") for x in FOOT65] + [Line(f"© {c.y} Dân tộc & Vùng cao. Ghi rõ nguồn khi phát hành lại.", "footer")]
    return p


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    return {62: build62, 63: build63, 64: build64, 65: build65}[fam](n, article, r)


# -- HTML --------------------------------------------------------------------------------------------------

SKINS = {
    62: ("<div class='topbar'>", "</div>", "<nav class='main-nav'><ul>", "</ul></nav>", "article class='post-detail'",
         "article", "aside class='widget-area'", "aside", "footer class='site-footer'"),
    63: ("<div class='top-date'>", "</div>", "<nav id='menu'><ul class='nav'>", "</ul></nav>", "div class='noidung'",
         "div", "div class='cot-phai'", "div", "footer id='chantrang'"),
    64: ("<div class='bar'>", "</div>", "<nav class='categories'><ul>", "</ul></nav>", "article class='press-release'",
         "article", "aside class='sidebar-right'", "aside", "footer class='wire-footer'"),
    65: ("<div class='header-top'>", "</div>", "<nav class='menu-lang'><ul>", "</ul></nav>", "div class='detail-news'",
         "div", "aside class='col-right'", "aside", "footer class='footer-bottom'"),
}


def _blocks(lines: list[Line], esc, link_cls: str) -> str:
    """Each line its own block element; runs of <li> lines of one label share a <ul>."""
    out, open_ul = [], None
    for x in lines:
        if x.tag == "li":
            if open_ul != x.label:
                if open_ul:
                    out.append("</ul>")
                out.append(f"<ul class='{'list-content' if x.label == 'content' else link_cls}'>")
                open_ul = x.label
            if x.label == "related_links":
                out.append(f"<li><a href='/{zlib.crc32(x.text.encode()) % 10**7}.html'>{esc(x.text)}</a></li>")
            else:
                out.append(f"<li>{esc(x.text)}</li>")
            continue
        if open_ul:
            out.append("</ul>")
            open_ul = None
        t = esc(x.text)
        if x.label == "title":
            out.append(f"<h1 class='title'>{t}</h1>")
        elif x.tag in ("h2", "h3", "h4"):
            out.append(f"<{x.tag}>{t}</{x.tag}>")
        elif x.label == "content":
            out.append(f"<p>{t}</p>")
        elif x.label == "related_links":
            out.append(f"<p class='inline-link'><a href='/{zlib.crc32(x.text.encode()) % 10**7}.html'>{t}</a></p>")
        elif x.label in ("byline", "source"):
            out.append(f"<p class='{x.label}'><strong>{t}</strong></p>")
        elif x.label == "comment_prompt":
            out.append(f"<label class='cmt'>{t}</label>" if len(x.text) < 20 else f"<div class='cmt'>{t}</div>")
        else:
            out.append(f"<div class='{x.label.replace('_', '-')}'>{t}</div>")
    if open_ul:
        out.append("</ul>")
    return "".join(out)


def render_html(page: Page, n: int) -> str:
    """One page in its site's markup; every labelled line in a block element of its own."""
    esc = html.escape
    fam = page.family
    top, top_end, nav, nav_end, art, art_end, aside, aside_end, foot = SKINS[fam]
    title = next(x.text for x in page.body if x.label == "title")
    bar = [x for x in page.head if x.tag != "li" and x.label != "breadcrumb"]
    menu = [x for x in page.head if x.tag == "li"]
    crumbs = [x for x in page.head if x.label == "breadcrumb"]
    nav_html = "".join(f"<li><a href='/{i}'>{esc(x.text)}</a></li>" for i, x in enumerate(menu))
    bar_html = "".join(f"<div class='{x.label.replace('_', '-')}'>{esc(x.text)}</div>" for x in bar)
    body = _blocks(page.body, esc, "related-list")
    side = _blocks(page.side, esc, "side-list")
    foot_html = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    # <label> is inline: wrap each one in a block of its own
    body = body.replace("<label class='cmt'>", "<div class='form-row'><label class='cmt'>").replace("</label>", "</label></div>")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} | {page.outlet}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/{zlib.crc32(title.encode())}-{n}.html'>"
        f"<meta property='og:site_name' content='{page.outlet}'>"
        f"<meta property='og:title' content='{esc(title, quote=True)}'></head><body>"
        f"<header>{top}{bar_html}{top_end}<a class='logo' href='/'><img src='/logo.png' alt='{page.outlet}'></a>"
        f"{nav}{nav_html}{nav_end}</header>"
        + "".join(f"<div class='breadcrumb'>{esc(x.text)}</div>" for x in crumbs)
        + f"<main><{art}>{body}</{art_end}><{aside}>{side}</{aside_end}></main>"
        f"<{foot}>{foot_html}</{foot.split()[0]}></body></html>"
    )
