"""Held-out 17: families 82-85 of the line-labelled Vietnamese page benchmark (seed 53).

Written by helper HO17, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types, the label
names and the name, phone and date helpers), the harness parts of `bench/eval_vi_pages.py` (its
docstring, HALVES, MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop,
`page_lines` and the scoring functions, to learn the label names and how a line counts as kept) and,
for the style of this docstring only, the docstring at the top of `bench/vi_bench_heldout16.py`.
Nothing under `cleaners/`, `flows/` or `tests/`, no README, no held-out score file, no rule-diff TSV,
no other part of any held-out module and no result was opened, and the cleaner was never run on these
pages before their one scoring: the wordings below are the author's own, chosen by what such sites
print, not by what any rule catches.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 82 `anninhnamthanh.vn`, the e-portal of a provincial police force (Công an tỉnh): a top bar with the
  date and the duty hotline, a portal menu with "Truy nã" and "Dịch vụ công", an emergency-numbers box
  (113/114/115), a wanted-persons sidebar, a visitor counter, text-size and print bars, a gov-style
  comment form (name, e-mail, captcha), a footer with the responsible colonel and the licence. Traps: a
  wanted notice (name, birth date, residence, charge, decision number on lines of their own), the
  police's own scam-report hotlines, a found-property notice (vehicles and plates), seized items as
  short unpunctuated lines, "Bước n:" steps for the VNeID app, a quote whose speaker (rank, name,
  post) is a line of its own, "Theo Đại tá X, ..." sentences, sub-headings, a closing line without
  a full stop.
- 83 `diennangviet.vn`, an electricity and energy-industry paper: a customer-care hotline bar, a fuel
  price box and a world-oil box, "Lịch cắt điện" link lists, rooftop-solar adverts, series markers
  ("Bài 2: ..."). Traps: a planned-outage schedule (times and hamlets), the retail tariff by tier in
  the price box's shape, retail fuel prices announced in the article, numbered saving tips, lists of
  plants (short items), the distribution companies' hotlines, a quote with the speaker on its own
  line, "Theo EVN, ..." sentences, sub-headings, a closing line without a full stop.
- 84 `baonhanai.vn`, a charity and humanitarian paper: a donation-account box (fund, account number,
  bank, transfer note), a "total received" counter, lists of cases awaiting help ("MS 24.123: ..."),
  "Chia sẻ để lan tỏa" bars, "Gửi lời động viên" prompts. Traps: the list of readers' donations
  (name, place, amount), the family's own address and phone for direct help, relief-gift lists per
  commune, a blood-donation schedule, steps to register as a donor, a quote with the speaker's line,
  "Theo bà X, ..." sentences, sub-headings, a closing line without a full stop.
- 85 `tuoihacviet.vn`, a magazine for the elderly: a lunar-calendar box (can chi, giờ hoàng đạo), a
  weather line, supplement adverts with the legal "không phải là thuốc" disclaimer, a subscription box,
  "Gửi câu hỏi" prompts, a footer naming the elderly association as publisher. Traps: pension rises
  as a table, the list of centenarians congratulated (name, age, hamlet), numbered exercise moves,
  verse quoted in the story (short lines without full stops), a reader's question and the answer with
  "Hỏi:"/"Trả lời:" lines, club names (short items), a quote with the speaker's line, "Theo cụ X, ..."
  sentences, sub-headings, a closing line without a full stop.

Trap share at the default size (16 pages + 40 records per family): 798 of the 2,594 content lines
(titles included) are traps, 30.8 % (`TRAP_STATS`: 757 added lines, 41 article lines left without
their full stop). Every line is rendered as an element of its own, so the HTML scoring can find it.
"""

from __future__ import annotations

import html
import random
import zlib
from collections import Counter

from bench.vi_bench_templates import GIVEN, SURNAMES, Line, Page, person

FAMILIES = (82, 83, 84, 85)
ARTICLE_OUTLETS = ("TT", "NLD", "VNE", "TN")
SEED = 53
OUTLETS = ["anninhnamthanh.vn", "diennangviet.vn", "baonhanai.vn", "tuoihacviet.vn"]
SITE_NAMES = ["Công an tỉnh Nam Thành", "Báo Điện năng Việt", "Báo Nhân Ái", "Tạp chí Tuổi Hạc"]

# precision-trap content lines ("trap"; "added" of them are new lines, the rest are article lines made
# sloppy) and article lines ("article"): the trap share is trap / (article + added)
TRAP_STATS: Counter[str] = Counter()

_PROVINCES = ["Nghệ An", "Thanh Hóa", "Quảng Nam", "Bình Định", "Đắk Lắk", "Sóc Trăng", "Thái Bình", "Phú Thọ",
              "Hà Tĩnh", "Kiên Giang", "Lạng Sơn", "Bến Tre", "Gia Lai", "Nam Định", "Long An", "Quảng Ngãi"]
_PLACES = ["Tân Lập", "Hòa Bình", "Quang Trung", "Yên Phú", "Đông Hưng", "Phước Sơn", "Thạnh Mỹ", "Xuân Lộc",
           "Cẩm Thành", "Nghĩa Đàn", "An Nhơn", "Bình Minh", "Vĩnh Phúc", "Tam Kỳ", "Hương Sơn", "Lộc Ninh"]
_STREETS = ["Trần Phú", "Lê Lợi", "Quang Trung", "Nguyễn Huệ", "Hùng Vương", "Phan Đình Phùng", "Lý Tự Trọng",
            "Nguyễn Trãi", "Bà Triệu", "Lê Hồng Phong", "Võ Thị Sáu", "Ngô Quyền"]
_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


# -- small shapes -------------------------------------------------------------------------------------


def _full(r: random.Random) -> str:
    """A full three-part name (surname, middle, given), as official notices print it."""
    return f"{r.choice(SURNAMES)} {r.choice(['Văn', 'Thị', 'Đức', 'Minh', 'Hữu', 'Ngọc', 'Thanh', 'Quốc'])} {r.choice(GIVEN)}"


def _d(r: random.Random, year: bool = True, pad: bool = True) -> str:
    d, m = r.randint(1, 28), r.randint(1, 12)
    s = f"{d:02d}/{m:02d}" if pad else f"{d}/{m}"
    return s + (f"/20{r.randint(18, 26)}" if year else "")


def _t(r: random.Random, sep: str = ":") -> str:
    return f"{r.randint(6, 22):02d}{sep}{r.randint(0, 59):02d}"


def _tel(r: random.Random) -> str:
    code = r.choice(["0238", "0237", "0235", "0256", "0262", "0299", "0227", "0210", "0205"])
    return r.choice([f"{code}.{r.randint(100, 999)}.{r.randint(1000, 9999)}", f"{code} {r.randint(3000000, 3999999)}",
                     f"0{r.randint(900, 989)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
                     f"0{r.randint(900, 989)} {r.randint(100, 999)} {r.randint(100, 999)}"])


def _money(r: random.Random, lo: int, hi: int, step: int = 10) -> str:
    return f"{r.randint(lo // step, hi // step) * step:,}".replace(",", ".")


def _place(r: random.Random) -> str:
    return r.choice(_PLACES)


def _item(r: random.Random, h: str, forms: list[str]) -> str:
    """A related headline dressed the way the family's list prints it."""
    return r.choice(forms).format(h=h, d=_d(r, year=False), y=_d(r), t=_t(r), n=r.randint(2, 23))


def _block(r: random.Random, header: str | None, items: list[str], label: str, head_tag: str = "h3",
           tag: str = "li") -> list[Line]:
    out = [Line(header, label, head_tag)] if header else []
    return out + [Line(x, label, tag) for x in items]


def _trap(lines: list[Line]) -> list[Line]:
    TRAP_STATS["trap"] += len(lines)
    TRAP_STATS["added"] += len(lines)
    return lines


# -- family 82: a provincial police e-portal ----------------------------------------------------------


class Police:
    MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "An ninh trật tự", "Truy nã", "Cảnh báo tội phạm",
            "Phòng cháy chữa cháy", "Trật tự an toàn giao thông", "Văn bản pháp luật", "Dịch vụ công",
            "Hỏi đáp trực tuyến", "Xây dựng lực lượng", "Gương người tốt việc tốt", "Video - Ảnh"]
    HEADLINES = ["Bắt giữ nhóm đối tượng trộm cắp xe máy liên huyện", "Triệt phá đường dây đánh bạc qua mạng",
                 "Cảnh giác thủ đoạn giả danh cán bộ công an gọi điện lừa đảo",
                 "Tăng cường tuần tra, kiểm soát dịp cuối năm", "Khởi tố vụ án vận chuyển trái phép chất ma túy",
                 "Công an xã ra mắt mô hình camera an ninh", "Khen thưởng tập thể có thành tích phá nhanh vụ án",
                 "Diễn tập phương án chữa cháy tại khu công nghiệp", "Tuyên truyền Luật Căn cước tại trường học",
                 "Bắt đối tượng truy nã lẩn trốn nhiều năm", "Xử lý nghiêm vi phạm nồng độ cồn",
                 "Cấp căn cước lưu động cho người cao tuổi tại nhà", "Thu hồi tài sản trả lại cho người bị hại",
                 "Hội nghị sơ kết công tác bảo đảm an ninh nông thôn", "Ngăn chặn kịp thời vụ hỗn chiến"]
    RANKS = ["Đại úy", "Thượng úy", "Trung úy", "Thiếu tá", "Trung tá"]
    UNITS = ["Phòng Tham mưu", "Phòng Cảnh sát hình sự", "Phòng Cảnh sát giao thông", "Phòng An ninh mạng và phòng "
             "chống tội phạm sử dụng công nghệ cao", "Phòng Cảnh sát PCCC và CNCH", "Phòng Cảnh sát điều tra tội phạm về ma túy"]

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        d = r.randint(1, 28), r.randint(1, 12)
        top = [Line(r.choice([f"{r.choice(_DAYS)}, ngày {d[0]:02d}/{d[1]:02d}/2026",
                              f"Hôm nay: {r.choice(_DAYS)}, {d[0]} tháng {d[1]} năm 2026"]), "dateline", "span"),
               Line(r.choice([f"Đường dây nóng: {_tel(r)}", f"Trực ban hình sự: {_tel(r)}",
                              f"Tiếp nhận tin báo tố giác tội phạm: {_tel(r)}"]), "advert", "span")]
        r.shuffle(top)
        menu = [Line(x, "menu", "li") for x in r.sample(Police.MENU, r.randint(6, 9))]
        if r.random() < 0.4:
            menu.append(Line(r.choice(["English | Tiếng Việt", "Đăng nhập | Sơ đồ cổng", "Sơ đồ site | Liên hệ"]), "menu", "span"))
        sep = r.choice([" » ", " > ", " / "])
        crumb = sep.join(["Trang chủ", *r.sample(Police.MENU[2:9], r.randint(1, 2))])
        return top + menu + [Line(crumb, "breadcrumb", "div")]

    @staticmethod
    def dateline(r: random.Random) -> Line:
        return Line(r.choice([f"{_d(r)} {_t(r)}", f"Ngày đăng: {_d(r)} | {_t(r)}", f"Cập nhật lúc {_t(r)}, {_d(r)}",
                              f"{r.choice(_DAYS)}, {_d(r)}, {_t(r)}"]), "dateline", "div")

    @staticmethod
    def byline(r: random.Random) -> Line:
        a = person(r)
        return Line(r.choice([f"{r.choice(Police.RANKS)} {a}", f"{a} - {r.choice(Police.UNITS[:3])}",
                              f"Tin, ảnh: {a}", f"{a} (Công an huyện {_place(r)})", person(r, caps=True),
                              f"{person(r, caps=True)} - {person(r, caps=True)}", f"{r.choice(Police.RANKS)} {a} - Công an xã {_place(r)}",
                              f"Bài và ảnh: {r.choice(Police.RANKS)} {a}"]), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        return Line(r.choice([f"Nguồn: {r.choice(Police.UNITS)}", "Theo Cổng TTĐT Bộ Công an", "Nguồn: bocongan.gov.vn",
                              "(Theo Báo Công an nhân dân)", f"Nguồn: Công an huyện {_place(r)}",
                              "Theo Báo An ninh Thủ đô", "Nguồn tin: Phòng PV01"]), "source")

    @staticmethod
    def share(r: random.Random) -> Line:
        return Line(r.choice(["In trang | Gửi email | Về đầu trang", "Cỡ chữ: A- A A+", "Chia sẻ: Facebook Zalo",
                              f"Lượt xem: {r.randint(80, 9999)}", "In bài viết", "Quay lại | Lên đầu trang",
                              f"Số lượt xem: {r.randint(120, 20000):,}".replace(",", "."), "Gửi cho bạn bè | In"]),
                    "share_widget")

    @staticmethod
    def tags(r: random.Random) -> Line:
        words = r.sample(["lừa đảo qua mạng", "ma túy", "trộm cắp tài sản", "PCCC", "truy nã", "nồng độ cồn",
                          "căn cước", "Đề án 06", "an ninh nông thôn", "tín dụng đen", "vũ khí thô sơ"], r.randint(2, 4))
        return Line(r.choice(["Từ khóa: ", "Tags: ", "Chủ đề: "]) + r.choice([", ", "; "]).join(words), "tags")

    @staticmethod
    def comment(r: random.Random) -> list[Line]:
        form = [["Ý kiến bạn đọc", "Họ và tên (*)", "Email (*)", "Mã xác nhận", "Gửi ý kiến"],
                ["Gửi ý kiến phản hồi", "Nội dung ý kiến", "Nhập mã bảo vệ", "Gửi"],
                ["Góp ý về bài viết", "Ý kiến của quý độc giả sẽ được biên tập trước khi đăng"]]
        return [Line(x, "comment_prompt", "div") for x in r.choice(form)]

    @staticmethod
    def related(r: random.Random, inside: bool) -> list[Line]:
        header = r.choice(["Tin liên quan", "Các tin đã đưa", "Tin cùng chuyên mục"] if inside else
                          ["Các tin khác", "Tin đã đưa", "CÁC TIN KHÁC", "Tin mới hơn", "Tin cũ hơn"])
        items = [_item(r, h, ["{h}", "{h}", "{h} ({y})", "- {h} ({d})", "{h} - {y}"])
                 for h in r.sample(Police.HEADLINES, r.randint(2, 5))]
        return _block(r, header if r.random() < 0.85 else None, items, "related_links")

    @staticmethod
    def see_more(r: random.Random) -> Line:
        return Line(r.choice(["Xem thêm: ", ">> ", "Tin liên quan: ", "Xem thêm >> "]) + r.choice(Police.HEADLINES),
                    "related_links")

    @staticmethod
    def side(r: random.Random) -> list[Line]:
        out = _block(r, r.choice(["SỐ ĐIỆN THOẠI KHẨN CẤP", "Điện thoại khẩn cấp", "Đường dây nóng"]),
                     r.sample(["Công an: 113", "Cứu hỏa, cứu nạn: 114", "Cấp cứu y tế: 115",
                               f"Trực ban Công an tỉnh: {_tel(r)}", f"Phòng Cảnh sát giao thông: {_tel(r)}"], 4),
                     "advert", "h4")
        wanted = [f"{_full(r).upper()}, sinh năm {r.randint(1965, 2004)}" for _ in range(r.randint(2, 4))]
        out += _block(r, r.choice(["Thông báo truy nã", "ĐỐI TƯỢNG TRUY NÃ", "Truy nã"]), wanted, "related_links", "h4")
        if r.random() < 0.6:
            out += _block(r, r.choice(["Video", "Phóng sự - Video", "Xem nhiều"]),
                          r.sample(Police.HEADLINES, 2), "related_links", "h4")
        if r.random() < 0.7:
            out += [Line(f"Lượt truy cập: {r.randint(1_000_000, 9_999_999):,}".replace(",", "."), "share_widget", "div"),
                    Line(f"Đang trực tuyến: {r.randint(12, 900)}", "share_widget", "div")][: r.randint(1, 2)]
        return out

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        lines = [r.choice(["CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN TỈNH NAM THÀNH", "Cổng thông tin điện tử Công an tỉnh Nam Thành"]),
                 f"Chịu trách nhiệm chính: Đại tá {_full(r)} - Phó Giám đốc Công an tỉnh",
                 f"Giấy phép số {r.randint(10, 99)}/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày {_d(r)}",
                 f"Địa chỉ: Số {r.randint(1, 300)} đường {r.choice(_STREETS)}, TP. Nam Thành",
                 f"Điện thoại: {_tel(r)} - Fax: {_tel(r)}",
                 r.choice(["Ghi rõ nguồn “Cổng TTĐT Công an tỉnh Nam Thành” khi phát hành lại thông tin từ website này",
                           "Bản quyền thuộc Công an tỉnh Nam Thành"])]
        keep = sorted(r.sample(range(len(lines)), r.randint(4, len(lines))))
        return [Line(lines[i], "footer") for i in keep]

    # traps -------------------------------------------------------------------------------------------

    @staticmethod
    def wanted(r: random.Random) -> list[Line]:
        prov = r.choice(_PROVINCES)
        out = [Line(f"Cơ quan Cảnh sát điều tra Công an huyện {_place(r)} đã ra quyết định truy nã đối với:", "content"),
               Line(f"Họ tên: {_full(r)}; giới tính: Nam", "content"),
               Line(f"Sinh ngày {_d(r)[:6]}{r.randint(1970, 2003)}; nơi sinh: xã {_place(r)}, huyện {_place(r)}, tỉnh {prov}",
                    "content"),
               Line(f"Nơi thường trú: thôn {r.randint(1, 12)}, xã {_place(r)}, huyện {_place(r)}, tỉnh {prov}", "content"),
               Line(f"Tội danh: {r.choice(['Cướp tài sản', 'Lừa đảo chiếm đoạt tài sản', 'Cố ý gây thương tích', 'Mua bán trái phép chất ma túy'])}",
                    "content"),
               Line(f"Quyết định truy nã số {r.randint(1, 99):02d}/QĐ-CSĐT ngày {_d(r)}", "content")]
        if r.random() < 0.3:
            out.pop(r.randint(2, 4))
        out.append(Line(f"Ai phát hiện đối tượng trên đề nghị báo ngay cho cơ quan công an gần nhất hoặc theo số điện thoại "
                        f"{_tel(r)}.", "content"))
        return out

    @staticmethod
    def hotlines(r: random.Random) -> list[Line]:
        intro = r.choice(["Khi phát hiện dấu hiệu lừa đảo, người dân có thể liên hệ:",
                          "Các số điện thoại tiếp nhận tin báo của Công an tỉnh:",
                          "Người dân cần trình báo xin liên hệ các số sau"])
        units = r.sample(Police.UNITS + [f"Công an huyện {_place(r)}", "Trực ban Công an tỉnh"], 3)
        return [Line(intro, "content")] + [Line(f"{u}: {_tel(r)}", "content", "li") for u in units]

    @staticmethod
    def found_property(r: random.Random) -> list[Line]:
        out = [Line(f"Công an xã {_place(r)} hiện đang tạm giữ các phương tiện sau, chưa xác định được chủ sở hữu:", "content")]
        for _ in range(r.randint(2, 4)):
            bike = r.choice(["Honda Wave Alpha", "Yamaha Sirius", "Honda Air Blade", "Honda Vision", "Suzuki Viva"])
            out.append(Line(f"Xe mô tô nhãn hiệu {bike}, màu {r.choice(['đỏ đen', 'xanh', 'trắng bạc', 'đen'])}, biển số "
                            f"{r.randint(11, 99)}{r.choice('ABCDFGHK')}{r.randint(1, 9)}-{r.randint(100, 999)}.{r.randint(10, 99)}",
                            "content", "li"))
        out.append(Line("Ai là chủ sở hữu hợp pháp đề nghị mang theo giấy tờ liên quan đến trụ sở Công an xã trong thời hạn "
                        "30 ngày kể từ ngày thông báo.", "content"))
        return out

    @staticmethod
    def seized(r: random.Random) -> list[Line]:
        items = r.sample([f"{r.randint(2, 9)} xe mô tô các loại", f"{r.randint(3, 15)} điện thoại di động",
                          f"{r.randint(1, 9)},{r.randint(1, 9)} kg ma túy tổng hợp", f"{r.randint(20, 90)} triệu đồng tiền mặt",
                          "1 khẩu súng hoa cải tự chế", f"{r.randint(2, 6)} bộ bài tú lơ khơ", "Nhiều sổ sách ghi chép lô đề",
                          f"{r.randint(1, 3)} cân tiểu ly"], r.randint(3, 4))
        return [Line(r.choice(["Tang vật thu giữ gồm:", "Tại hiện trường, lực lượng chức năng thu giữ:"]), "content")] + \
            [Line(x, "content", "li") for x in items]

    @staticmethod
    def steps(r: random.Random) -> list[Line]:
        steps = ["Tải ứng dụng VNeID từ kho ứng dụng trên điện thoại",
                 "Chọn “Đăng ký tài khoản”, nhập số định danh cá nhân và số điện thoại",
                 "Nhập mã OTP được gửi về số điện thoại đã đăng ký",
                 "Mang căn cước đến Công an xã, phường để được xác thực mức 2",
                 "Đăng nhập và kiểm tra thông tin hiển thị trên ứng dụng"]
        k = r.randint(3, 5)
        fmt = r.choice(["Bước {i}: {s}", "Bước {i}. {s}", "{i}. {s}"]) + r.choice(["", "."])
        return [Line("Cách đăng ký tài khoản định danh điện tử như sau:", "content")] + \
            [Line(fmt.format(i=i + 1, s=s), "content") for i, s in enumerate(steps[:k])]

    @staticmethod
    def quote(r: random.Random) -> list[Line]:
        q = r.choice(["“Chúng tôi khuyến cáo người dân tuyệt đối không chuyển tiền cho người lạ qua điện thoại, "
                      "dù họ xưng là cán bộ công an”", "“Lực lượng công an sẽ xử lý đến cùng, không có vùng cấm, "
                      "không có ngoại lệ”", "“Mỗi người dân là một tai mắt, một camera an ninh của địa phương”"])
        who = f"{r.choice(['Thượng tá', 'Đại tá', 'Trung tá'])} {_full(r)}, {r.choice(['Trưởng Công an huyện', 'Phó Trưởng Công an huyện', 'Trưởng Công an thị xã'])} {_place(r)}"
        return [Line(q, "content"), Line(who, "content")]

    @staticmethod
    def theo(r: random.Random) -> list[Line]:
        return [Line(f"Theo {r.choice(['Đại tá', 'Thượng tá'])} {_full(r)}, Phó Giám đốc Công an tỉnh, từ đầu năm đến nay "
                     f"toàn tỉnh đã xảy ra {r.randint(20, 140)} vụ lừa đảo qua mạng, thiệt hại hơn {r.randint(5, 90)} tỷ đồng.",
                     "content")]

    @staticmethod
    def subhead(r: random.Random) -> list[Line]:
        return [Line(r.choice(["Lật tẩy thủ đoạn của nhóm đối tượng", "Nhanh chóng khoanh vùng đối tượng",
                               "Không để tội phạm lợi dụng", "Bài học cảnh giác", "Truy xét xuyên đêm",
                               "Người dân cần làm gì?"]), "content", "h2")]


# -- family 83: an electricity and energy paper --------------------------------------------------------


class Energy:
    MENU = ["Thời sự năng lượng", "Điện lực", "Dầu khí", "Than - Khoáng sản", "Năng lượng tái tạo",
            "Tiết kiệm năng lượng", "Thị trường", "Doanh nghiệp", "Khoa học - Công nghệ", "Bạn đọc",
            "Multimedia", "E-magazine", "Chính sách"]
    HEADLINES = ["Sản lượng điện tiêu thụ tăng cao trong đợt nắng nóng", "Đóng điện đường dây 500 kV mạch 3",
                 "Giá xăng dầu có thể tăng nhẹ trong kỳ điều hành tới", "Điện mặt trời mái nhà: gỡ vướng cho người dân",
                 "Thủy điện miền Bắc tích nước chuẩn bị mùa khô", "Doanh nghiệp chuyển sang dùng điện xanh",
                 "Cảnh báo tin nhắn giả mạo nhân viên điện lực", "Hoàn thành cấp điện cho các bản vùng cao",
                 "Giá dầu thế giới giảm phiên thứ ba liên tiếp", "Nhiệt điện than đối mặt bài toán chuyển đổi",
                 "Tiết kiệm điện trong mùa hè: những việc nên làm", "Ký hợp đồng mua bán điện gió ngoài khơi"]
    FUEL = ["Xăng E5 RON 92", "Xăng RON 95-III", "Dầu diesel 0,05S", "Dầu hỏa", "Dầu mazut 180CST"]

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        out = []
        if r.random() < 0.6:
            out.append(Line(r.choice([f"Tổng đài chăm sóc khách hàng: 1900 {r.randint(1000, 9999)}",
                                      f"Hotline: {_tel(r)}", f"Liên hệ quảng cáo: {_tel(r)}"]), "advert", "span"))
        items = r.sample(Energy.MENU, r.randint(6, 8))
        if r.random() < 0.5:
            out.append(Line(" | ".join(items), "menu", "div"))
        else:
            out += [Line(x, "menu", "li") for x in items]
        a = r.choice(Energy.MENU)
        out.append(Line(r.choice([a, f"Trang chủ / {a}", f"{a} / {r.choice(['Tin tức', 'Phân tích', 'Sự kiện'])}"]),
                        "breadcrumb", "div"))
        return out

    @staticmethod
    def dateline(r: random.Random) -> Line:
        return Line(r.choice([f"{r.choice(_DAYS)}, {_d(r)} - {_t(r)}", f"{_t(r)} | {_d(r)}", f"{_d(r, pad=False)} {_t(r)} GMT+7",
                              f"Đăng lúc {_t(r)} ngày {_d(r)}"]), "dateline", "time")

    @staticmethod
    def byline(r: random.Random) -> Line:
        a = person(r)
        return Line(r.choice([a, f"{a} - {person(r)}", "Nhóm PV Năng lượng", f"PV {a}", f"{a} (tổng hợp)",
                              f"ThS {a} - Viện Năng lượng", f"Bài, ảnh: {a}", f"{person(r, caps=True)}"]), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        return Line(r.choice(["Nguồn: EVN", "Theo Bộ Công Thương", "Nguồn: Tập đoàn Điện lực Việt Nam",
                              f"Theo {r.choice(['Reuters', 'Bloomberg', 'OilPrice', 'Nikkei Asia'])}",
                              "(Nguồn: Trung tâm Điều độ hệ thống điện quốc gia)", "Theo Petrolimex",
                              f"Nguồn: Công ty Điện lực {r.choice(_PROVINCES)}"]), "source")

    @staticmethod
    def share(r: random.Random) -> Line:
        return Line(r.choice(["Chia sẻ bài viết", f"Thích {r.randint(1, 300)}", "Lưu bài | Chia sẻ",
                              f"{r.randint(200, 40000):,} lượt xem".replace(",", "."), "Facebook Twitter Zalo",
                              "Theo dõi Điện năng Việt trên Google News", "Nghe bài viết 3 phút"]), "share_widget")

    @staticmethod
    def tags(r: random.Random) -> Line:
        words = r.sample(["giá điện", "EVN", "tiết kiệm điện", "xăng dầu", "điện mặt trời", "điện gió", "thủy điện",
                          "lưới điện", "chuyển dịch năng lượng", "Quy hoạch điện VIII"], r.randint(2, 5))
        return Line(r.choice(["Tags: ", "Từ khóa: ", ""]) + ", ".join(words) if r.random() < 0.7 else
                    " ".join("#" + w.replace(" ", "") for w in words), "tags")

    @staticmethod
    def comment(r: random.Random) -> list[Line]:
        return [Line(x, "comment_prompt", "div") for x in r.choice(
            [[f"Bình luận ({r.randint(0, 40)})", "Gửi bình luận"], ["Bạn nghĩ gì về bài viết này?", "Gửi"],
             ["Vui lòng nhập bình luận tiếng Việt có dấu", "Gửi bình luận"], ["Viết bình luận..."]])]

    @staticmethod
    def continuation(r: random.Random) -> Line:
        return Line(r.choice(["(Còn nữa)", f"Bài 2: {r.choice(Energy.HEADLINES)}", "Kỳ cuối: Lời giải cho bài toán "
                              "năng lượng xanh", "(Còn tiếp)", f"Kỳ tới: {r.choice(Energy.HEADLINES)}"]), "continuation")

    @staticmethod
    def related(r: random.Random, inside: bool) -> list[Line]:
        header = r.choice(["Bài liên quan", "Đọc thêm", "Cùng chủ đề"] if inside else
                          ["Tin mới", "Cùng chuyên mục", "Tin khác", "Nhiều người đọc", "ĐỌC NHIỀU"])
        items = [_item(r, h, ["{h}", "{h}", "» {h}", "{h} ({d})", "{t} {h}", "{h} - {n} giờ trước"])
                 for h in r.sample(Energy.HEADLINES, r.randint(2, 5))]
        return _block(r, header if r.random() < 0.8 else None, items, "related_links")

    @staticmethod
    def see_more(r: random.Random) -> Line:
        return Line(r.choice(["Xem thêm: ", ">> Xem thêm: ", "Đọc thêm: ", ">> "]) + r.choice(Energy.HEADLINES),
                    "related_links")

    @staticmethod
    def fuel_box(r: random.Random) -> list[Line]:
        rows = [f"{f}: {_money(r, 17000, 24500)} {r.choice(['đ/lít', 'đồng/lít', 'đ'])}" for f in r.sample(Energy.FUEL[:4], 3)]
        return _block(r, r.choice(["Giá xăng dầu", "GIÁ XĂNG DẦU HÔM NAY", "Giá bán lẻ xăng dầu"]), rows, "price_widget",
                      "h4", "tr")

    @staticmethod
    def side(r: random.Random) -> list[Line]:
        out = Energy.fuel_box(r)
        if r.random() < 0.7:
            rows = [f"Dầu Brent: {r.randint(60, 95)},{r.randint(10, 99)} USD/thùng ({r.choice('+-')}{r.randint(1, 30) / 10}%)",
                    f"Dầu WTI: {r.randint(58, 90)},{r.randint(10, 99)} USD/thùng",
                    f"Khí tự nhiên: {r.randint(2, 4)},{r.randint(10, 99)} USD/mmBTU"]
            out += _block(r, r.choice(["Thị trường năng lượng", "Giá dầu thế giới"]), rows[: r.randint(2, 3)],
                          "price_widget", "h4", "tr")
        cities = r.sample(["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Nghệ An", "Thanh Hóa", "Cần Thơ", "Bắc Ninh"], 3)
        out += _block(r, r.choice(["Lịch cắt điện", "Lịch tạm ngừng cung cấp điện", "LỊCH CẮT ĐIỆN"]),
                      [f"Lịch cắt điện {c} ngày {_d(r, year=False, pad=False)}" for c in cities], "related_links", "h4")
        ad = r.choice([["Lắp điện mặt trời áp mái - trả góp 0%", f"Khảo sát miễn phí: {_tel(r)}"],
                       ["Ổn áp, máy phát điện chính hãng", f"Hotline đặt hàng: {_tel(r)}", "Giao hàng toàn quốc"],
                       ["Đèn LED tiết kiệm điện đến 70%", f"Đại lý: Số {r.randint(1, 200)} {r.choice(_STREETS)}, Hà Nội"]])
        out += [Line(x, "advert", "div") for x in ad]
        return out

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        lines = ["Báo Điện năng Việt - Cơ quan ngôn luận của Hiệp hội Điện năng Việt Nam",
                 f"Tổng Biên tập: {_full(r)}",
                 f"Giấy phép hoạt động báo điện tử số {r.randint(100, 600)}/GP-BTTTT ngày {_d(r)}",
                 f"Tòa soạn: Tầng {r.randint(2, 12)}, số {r.randint(1, 200)} {r.choice(_STREETS)}, Hà Nội",
                 f"Điện thoại: {_tel(r)} | Email: toasoan@diennangviet.vn",
                 r.choice(["© Bản quyền thuộc về Báo Điện năng Việt", "Copyright © Điện năng Việt. Cấm sao chép dưới mọi hình thức"])]
        keep = sorted(r.sample(range(len(lines)), r.randint(4, len(lines))))
        return [Line(lines[i], "footer") for i in keep]

    # traps -------------------------------------------------------------------------------------------

    @staticmethod
    def outage(r: random.Random) -> list[Line]:
        out = [Line(f"Điện lực {_place(r)} thông báo tạm ngừng cung cấp điện để bảo dưỡng, sửa chữa lưới điện như sau:",
                    "content")]
        for _ in range(r.randint(2, 4)):
            h1 = r.randint(6, 9)
            out.append(Line(f"Từ {h1}h{r.choice(['00', '30'])} đến {h1 + r.randint(3, 8)}h{r.choice(['00', '30'])} ngày "
                            f"{_d(r, year=False, pad=False)}: thôn {_place(r)}, thôn {_place(r)}, xã {_place(r)}",
                            "content", "li"))
        return out

    @staticmethod
    def tariff(r: random.Random) -> list[Line]:
        base = r.randint(1800, 2100)
        tiers = [(0, 50), (51, 100), (101, 200), (201, 300), (301, 400), (401, None)]
        mult = [1.0, 1.03, 1.2, 1.51, 1.69, 1.75]
        fmt = r.choice(["Bậc {i}: Cho kWh từ {a} - {b}: {p} đồng/kWh", "Bậc {i} ({a} - {b} kWh): {p} đồng",
                        "Bậc {i}: {a}-{b} kWh - {p} đ/kWh"])
        rows = []
        for i, ((a, b), m) in enumerate(zip(tiers, mult, strict=True), 1):
            p = f"{int(base * m):,}".replace(",", ".")
            rows.append(fmt.format(i=i, a=a, b=b if b else "trở lên", p=p))
        tag = r.choice(["tr", "li", "p"])
        return [Line(r.choice(["Giá bán lẻ điện sinh hoạt theo biểu giá mới như sau:", "Biểu giá điện sinh hoạt sau điều chỉnh:"]),
                     "content")] + [Line(x, "content", tag) for x in rows[: r.randint(4, 6)]]

    @staticmethod
    def fuel_news(r: random.Random) -> list[Line]:
        intro = r.choice([f"Từ {r.randint(14, 16)}h chiều nay, giá bán lẻ xăng dầu được điều chỉnh như sau:",
                          "Sau điều chỉnh, giá các mặt hàng xăng dầu phổ biến là:"])
        rows = [f"{f}: không cao hơn {_money(r, 17000, 24500)} đồng/lít" for f in r.sample(Energy.FUEL, 3)]
        return [Line(intro, "content")] + [Line(x, "content", "li") for x in rows]

    @staticmethod
    def tips(r: random.Random) -> list[Line]:
        tips = ["Tắt các thiết bị điện khi không sử dụng, rút phích cắm khỏi ổ điện",
                "Để điều hòa ở nhiệt độ từ 26 độ C trở lên, kết hợp với quạt",
                "Không mở tủ lạnh quá lâu, không để thức ăn còn nóng vào tủ",
                "Dùng bóng đèn LED thay cho bóng sợi đốt",
                "Giặt đủ lượng quần áo theo công suất máy giặt",
                "Hạn chế sử dụng bình nóng lạnh vào giờ cao điểm"]
        fmt = r.choice(["{i}. {s}.", "{i}. {s}", "- {s}.", "Thứ {w}, {s}."])
        words = ["nhất", "hai", "ba", "tư", "năm", "sáu"]
        return [Line(r.choice(["Để tiết kiệm điện, người dân nên:", "EVN khuyến cáo khách hàng một số cách tiết kiệm điện:"]),
                     "content")] + [Line(fmt.format(i=i + 1, s=s if not fmt.startswith("Thứ") else s[0].lower() + s[1:],
                                                    w=words[i]), "content")
                                    for i, s in enumerate(r.sample(tips, r.randint(3, 5)))]

    @staticmethod
    def plants(r: random.Random) -> list[Line]:
        names = r.sample(["Nhà máy thủy điện Lai Châu", "Nhà máy thủy điện Sơn La", "Nhà máy nhiệt điện Vũng Áng 1",
                          "Nhà máy điện gió Bạc Liêu", "Nhà máy thủy điện Hòa Bình", "Nhà máy nhiệt điện Duyên Hải 3",
                          "Nhà máy điện mặt trời Trung Nam", "Trạm biến áp 500 kV Quảng Trạch"], r.randint(3, 4))
        return [Line(r.choice(["Các công trình được đưa vào vận hành trong năm gồm:", "Danh sách các nhà máy phải giảm phát:"]),
                     "content")] + [Line(x, "content", "li") for x in names]

    @staticmethod
    def hotlines(r: random.Random) -> list[Line]:
        units = r.sample(["Tổng công ty Điện lực miền Bắc", "Tổng công ty Điện lực miền Trung", "Tổng công ty Điện lực miền Nam",
                          "Tổng công ty Điện lực TP Hà Nội", "Tổng công ty Điện lực TP.HCM"], 3)
        return [Line("Khách hàng có thể liên hệ tổng đài chăm sóc khách hàng của các đơn vị:", "content")] + \
            [Line(f"{u}: 1900 {r.randint(1000, 9999)}", "content") for u in units]

    @staticmethod
    def quote(r: random.Random) -> list[Line]:
        q = r.choice(["“Chúng tôi đã chuẩn bị đủ nguồn, không để xảy ra thiếu điện trong mùa khô năm nay”",
                      "“Mỗi hộ gia đình tiết kiệm một ít điện là đã góp phần giảm áp lực rất lớn cho hệ thống”",
                      "“Giá điện phải phản ánh đúng chi phí thì mới thu hút được nhà đầu tư”"])
        who = r.choice([f"Ông {_full(r)}, Giám đốc Công ty Điện lực {r.choice(_PROVINCES)}",
                        f"Ông {_full(r)} - Phó Tổng giám đốc EVN", f"TS {_full(r)}, chuyên gia năng lượng"])
        return [Line(q, "content"), Line(who, "content")]

    @staticmethod
    def theo(r: random.Random) -> list[Line]:
        return [Line(r.choice([f"Theo EVN, công suất tiêu thụ cực đại toàn hệ thống đã đạt {r.randint(40, 52)}.{r.randint(100, 999)} MW, "
                               f"tăng {r.randint(5, 15)}% so với cùng kỳ.",
                               f"Theo ông {_full(r)}, việc điều chỉnh giá điện lần này là cần thiết để bù đắp chi phí."]),
                     "content")]

    @staticmethod
    def subhead(r: random.Random) -> list[Line]:
        return [Line(r.choice(["Bảo đảm cung ứng điện mùa khô", "Giá điện sẽ tăng bao nhiêu?", "Áp lực từ giá nhiên liệu",
                               "Cần cơ chế rõ ràng", "Lưới điện quá tải"]), "content", "h2")]


# -- family 84: a charity and humanitarian paper -------------------------------------------------------


class Charity:
    MENU = ["Thời sự", "Địa chỉ nhân đạo", "Chắp cánh ước mơ", "Hiến máu", "Tấm lòng vàng", "Cứu trợ", "Việc tốt quanh ta",
            "Bạn đọc", "Danh sách ủng hộ", "Chữ thập đỏ", "Sống đẹp", "Video"]
    BANKS = ["Vietcombank", "VietinBank", "BIDV", "Agribank", "Techcombank"]
    CASES = ["Bé {g} cần tiền mổ tim", "Mẹ đơn thân nuôi hai con bị bệnh thận", "Cậu học trò nghèo mồ côi cha",
             "Chàng trai bị tai nạn lao động liệt nửa người", "Bà cụ {a} tuổi nuôi cháu bại não",
             "Người mẹ nghèo ung thư giai đoạn cuối", "Gia đình mất nhà sau trận lũ", "Nữ sinh nghèo mắc bệnh máu trắng"]

    @staticmethod
    def case(r: random.Random) -> str:
        return r.choice(Charity.CASES).format(g=r.choice(GIVEN), a=r.randint(70, 90))

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        out = [Line(x, "menu", "li") for x in r.sample(Charity.MENU, r.randint(6, 9))]
        if r.random() < 0.5:
            out.insert(0, Line(r.choice(["Ủng hộ ngay", "Đăng nhập | Đăng ký", "Gửi hoàn cảnh cần giúp đỡ"]), "menu", "a"))
        a = r.choice(Charity.MENU[1:8])
        out.append(Line(r.choice([f"Trang chủ › {a}", f"Nhân ái › {a}", a]), "breadcrumb", "div"))
        return out

    @staticmethod
    def dateline(r: random.Random) -> Line:
        return Line(r.choice([f"{_d(r)}, {_t(r)}", f"{r.choice(_DAYS)}, {_d(r)} {_t(r)} (GMT+7)",
                              f"Thứ {r.randint(2, 7)}, ngày {_d(r, pad=False)}"]), "dateline", "div")

    @staticmethod
    def byline(r: random.Random) -> Line:
        a = person(r)
        return Line(r.choice([a, f"Bài, ảnh: {a}", f"{a} (CTV)", "Nhóm PV Nhân ái", f"{a} - {person(r)}",
                              f"Ghi chép: {a}", person(r, caps=True)]), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        return Line(r.choice([f"Nguồn: Hội Chữ thập đỏ tỉnh {r.choice(_PROVINCES)}",
                              f"Theo Quỹ Bảo trợ trẻ em tỉnh {r.choice(_PROVINCES)}", "(Theo Dân trí)",
                              "Nguồn: Viện Huyết học - Truyền máu Trung ương", "Theo Trung ương Hội Chữ thập đỏ Việt Nam"]),
                    "source")

    @staticmethod
    def share(r: random.Random) -> Line:
        return Line(r.choice(["Chia sẻ để lan tỏa yêu thương", "Chia sẻ Facebook", f"{r.randint(3, 900)} người đã chia sẻ",
                              "Lưu bài", f"Đã có {r.randint(10, 3000)} lượt ủng hộ", "Chia sẻ hoàn cảnh này"]), "share_widget")

    @staticmethod
    def tags(r: random.Random) -> Line:
        words = r.sample(["nhân ái", "hoàn cảnh khó khăn", "hiến máu", "cứu trợ", "học bổng", "bệnh hiểm nghèo",
                          "tấm lòng vàng", "Chữ thập đỏ"], r.randint(2, 4))
        return Line(" ".join("#" + w.replace(" ", "") for w in words) if r.random() < 0.6 else "Tags: " + ", ".join(words),
                    "tags")

    @staticmethod
    def comment(r: random.Random) -> list[Line]:
        return [Line(x, "comment_prompt", "div") for x in r.choice(
            [["Gửi lời động viên", "Lời nhắn của bạn"], [f"Bình luận ({r.randint(0, 80)})", "Viết lời nhắn"],
             ["Để lại lời chia sẻ với gia đình"]])]

    @staticmethod
    def continuation(r: random.Random) -> Line:
        return Line(r.choice(["(Còn tiếp)", "Kỳ sau: Những đứa trẻ trên núi", "(Còn nữa)", "Bài 3: Hành trình tiếp nối"]),
                    "continuation")

    @staticmethod
    def donate_box(r: random.Random) -> list[Line]:
        ms = f"{r.randint(20, 26)}.{r.randint(100, 999)}"
        lines = [r.choice(["Mọi sự ủng hộ xin gửi về:", "ỦNG HỘ QUA TÀI KHOẢN", "Bạn đọc giúp đỡ xin gửi về"]),
                 "Quỹ Nhân ái - Báo Nhân Ái",
                 f"Số tài khoản: {r.randint(10**9, 10**10 - 1)}",
                 f"Tại Ngân hàng {r.choice(Charity.BANKS)} chi nhánh {r.choice(['Hà Nội', 'Ba Đình', 'Thành Công', 'Sài Gòn'])}",
                 f"Nội dung: Ủng hộ MS {ms}", f"Hoặc gửi trực tiếp tại tòa soạn: Số {r.randint(1, 200)} {r.choice(_STREETS)}, Hà Nội"]
        if r.random() < 0.4:
            lines.pop()
        return [Line(x, "advert", "div") for x in lines]

    @staticmethod
    def related(r: random.Random, inside: bool) -> list[Line]:
        header = r.choice(["Hoàn cảnh cần giúp đỡ", "Các hoàn cảnh khác"] if inside else
                          ["Những hoàn cảnh đang chờ giúp đỡ", "Tin cùng chuyên mục", "Xem nhiều", "Hoàn cảnh đã được giúp đỡ"])
        items = [_item(r, f"MS {r.randint(20, 26)}.{r.randint(100, 999)}: {Charity.case(r)}" if r.random() < 0.5
                       else Charity.case(r), ["{h}", "{h}", "{h} ({d})", "• {h}"]) for _ in range(r.randint(2, 5))]
        return _block(r, header if r.random() < 0.85 else None, items, "related_links")

    @staticmethod
    def see_more(r: random.Random) -> Line:
        return Line(r.choice(["Xem thêm: ", ">> ", "Đọc thêm: "]) + Charity.case(r), "related_links")

    @staticmethod
    def side(r: random.Random) -> list[Line]:
        out = _block(r, r.choice(["Tổng hợp ủng hộ", "SỐ TIỀN ĐÃ TIẾP NHẬN"]),
                     [f"Tuần qua: {_money(r, 100_000_000, 2_000_000_000, 1000)} đồng",
                      f"Từ đầu năm: {_money(r, 20_000_000_000, 90_000_000_000, 1000)} đồng"][: r.randint(1, 2)],
                     "price_widget", "h4", "tr")
        out += _block(r, r.choice(["Danh sách ủng hộ", "Bạn đọc ủng hộ"]),
                      [f"Danh sách bạn đọc ủng hộ ngày {_d(r, year=False, pad=False)}" for _ in range(r.randint(2, 3))],
                      "related_links", "h4")
        if r.random() < 0.6:
            box = Charity.donate_box(r)
            box[0].tag = "h4"
            out += box
        return out

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        lines = ["Báo Nhân Ái - Cơ quan của Hội Bảo trợ người khuyết tật và trẻ mồ côi Việt Nam",
                 f"Tổng Biên tập: {_full(r)}", f"Giấy phép số {r.randint(100, 600)}/GP-BTTTT",
                 f"Tòa soạn: Số {r.randint(1, 200)} {r.choice(_STREETS)}, Hà Nội",
                 f"Đường dây nóng: {_tel(r)}", r.choice(["© Báo Nhân Ái", "Bản quyền thuộc về Báo Nhân Ái. Ghi rõ nguồn "
                                                         "khi trích dẫn lại thông tin"])]
        keep = sorted(r.sample(range(len(lines)), r.randint(4, len(lines))))
        return [Line(lines[i], "footer") for i in keep]

    # traps -------------------------------------------------------------------------------------------

    @staticmethod
    def donors(r: random.Random) -> list[Line]:
        out = [Line(r.choice([f"Danh sách bạn đọc ủng hộ hoàn cảnh MS {r.randint(20, 26)}.{r.randint(100, 999)}:",
                              "Trong tuần, các nhà hảo tâm đã gửi giúp gia đình:"]), "content")]
        tag = r.choice(["li", "tr", "p"])
        for _ in range(r.randint(3, 5)):
            out.append(Line(f"{r.choice(['Bạn đọc', 'Gia đình', 'Anh', 'Chị'])} {_full(r)} ({r.choice(_PROVINCES)}): "
                            f"{_money(r, 100_000, 5_000_000, 50_000)} đồng", "content", tag))
        return out

    @staticmethod
    def address(r: random.Random) -> list[Line]:
        return [Line(r.choice(["Mọi sự giúp đỡ xin gửi trực tiếp về:", "Địa chỉ gia đình:"]), "content"),
                Line(f"{r.choice(['Chị', 'Anh', 'Bà', 'Ông'])} {_full(r)}, thôn {_place(r)}, xã {_place(r)}, huyện "
                     f"{_place(r)}, tỉnh {r.choice(_PROVINCES)}", "content"),
                Line(f"Số điện thoại: {_tel(r)}", "content")]

    @staticmethod
    def relief(r: random.Random) -> list[Line]:
        return [Line(r.choice(["Số quà được trao cụ thể:", "Đoàn đã trao quà tại các xã:"]), "content")] + \
            [Line(f"Xã {_place(r)}: {r.randint(50, 400)} suất quà", "content", "li") for _ in range(r.randint(3, 4))]

    @staticmethod
    def blood(r: random.Random) -> list[Line]:
        out = [Line("Lịch tiếp nhận máu tình nguyện trong tuần tới:", "content")]
        day, month = r.randint(1, 20), r.randint(1, 12)
        for _ in range(r.randint(2, 4)):
            day += r.randint(1, 2)
            out.append(Line(f"Ngày {day}/{month}: {r.choice(['Nhà văn hóa', 'Trường THPT', 'Trụ sở UBND'])} "
                            f"{_place(r)}, từ 7h30 đến 11h30", "content", "li"))
        return out

    @staticmethod
    def steps(r: random.Random) -> list[Line]:
        s = ["Mang theo căn cước hoặc giấy tờ tùy thân có ảnh", "Điền phiếu đăng ký hiến máu",
             "Khám sàng lọc và xét nghiệm nhanh", "Hiến máu và nghỉ ngơi tại chỗ khoảng 10 phút", "Nhận giấy chứng nhận và quà"]
        fmt = r.choice(["Bước {i}: {s}", "{i}. {s}", "{i}) {s}"])
        return [Line("Quy trình hiến máu gồm các bước:", "content")] + \
            [Line(fmt.format(i=i + 1, s=x), "content", "li") for i, x in enumerate(s[: r.randint(3, 5)])]

    @staticmethod
    def quote(r: random.Random) -> list[Line]:
        q = r.choice(["“Tôi chỉ mong con được đi học như bao bạn bè”", "“Ở đâu có khó khăn, ở đó có hội viên Chữ thập đỏ”",
                      "“Nhận được tấm lòng của bạn đọc, gia đình tôi không biết nói gì hơn ngoài lời cảm ơn”"])
        who = r.choice([f"Bà {_full(r)}, Chủ tịch Hội Chữ thập đỏ huyện {_place(r)}", f"Chị {r.choice(GIVEN)} nghẹn ngào",
                        f"Ông {_full(r)} - Trưởng thôn {_place(r)}"])
        return [Line(q, "content"), Line(who, "content")]

    @staticmethod
    def theo(r: random.Random) -> list[Line]:
        return [Line(f"Theo bà {_full(r)}, Chủ tịch Hội Chữ thập đỏ xã {_place(r)}, gia đình chị thuộc diện hộ nghèo nhiều năm "
                     f"liền và hiện còn nợ ngân hàng hơn {r.randint(20, 90)} triệu đồng.", "content")]

    @staticmethod
    def subhead(r: random.Random) -> list[Line]:
        return [Line(r.choice(["Nghị lực của cậu học trò nghèo", "Gánh nặng đè lên đôi vai gầy", "Ước mơ được đến trường",
                               "Những tấm lòng thơm thảo", "Cần lắm sự giúp đỡ"]), "content", "h2")]


# -- family 85: a magazine for the elderly ------------------------------------------------------------


class Elderly:
    MENU = ["Thời sự", "Người cao tuổi", "Chính sách", "Sức khỏe tuổi vàng", "Gương sáng", "Văn hóa - Thơ",
            "Hỏi đáp pháp luật", "Gia đình", "Câu lạc bộ", "Dưỡng sinh", "Bạn đọc viết", "Tuổi già vui khỏe"]
    HEADLINES = ["Điều chỉnh lương hưu từ ngày 1/7: ai được tăng bao nhiêu", "Cụ ông 90 tuổi vẫn say mê làm thơ",
                 "Câu lạc bộ dưỡng sinh sôi nổi mỗi sáng", "Người cao tuổi cảnh giác chiêu lừa bán thuốc",
                 "Mừng thọ các cụ tròn 100 tuổi", "Năm thói quen giúp ngủ ngon ở tuổi già",
                 "Trợ cấp xã hội cho người từ 75 tuổi", "Gương sáng người cao tuổi làm kinh tế giỏi",
                 "Chăm sóc răng miệng cho người già", "Đi bộ thế nào cho đúng"]
    CAN = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
    CHI = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        out = [Line(r.choice([f"{r.choice(_DAYS)}, {_d(r, pad=False)}", f"Hôm nay: {r.choice(_DAYS)}, ngày {_d(r)} "
                              f"(âm lịch {r.randint(1, 29)}/{r.randint(1, 12)})"]), "dateline", "span")]
        out += [Line(x, "menu", "li") for x in r.sample(Elderly.MENU, r.randint(7, 9))]
        if r.random() < 0.5:
            out.append(Line(r.choice(["Đặt mua tạp chí", "Tạp chí in | Liên hệ"]), "menu", "a"))
        a = r.choice(Elderly.MENU[1:])
        out.append(Line(r.choice([f"Trang chủ » {a}", f"{a} » {r.choice(['Tin tức', 'Tư vấn', 'Kinh nghiệm'])}"]),
                        "breadcrumb", "div"))
        return out

    @staticmethod
    def dateline(r: random.Random) -> Line:
        return Line(r.choice([f"{_d(r)} | {_t(r)}", f"Ngày {_d(r)}", f"{r.choice(_DAYS)} - {_d(r)} {_t(r, 'h')}",
                              f"Đăng ngày: {_d(r)}"]), "dateline", "p")

    @staticmethod
    def byline(r: random.Random) -> Line:
        a = person(r)
        return Line(r.choice([a, f"Bài, ảnh: {a}", f"{a} - Hội NCT tỉnh {r.choice(_PROVINCES)}", f"BS CKII {a}",
                              f"{_full(r)} (Hội viên NCT phường {_place(r)})", f"{a} (st)", person(r, caps=True)]), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        return Line(r.choice(["Theo Hội Người cao tuổi Việt Nam", "Nguồn: Sức khỏe & Đời sống", "(Theo BHXH Việt Nam)",
                              "Nguồn: Bộ Lao động - Thương binh và Xã hội", f"Theo {r.choice(['Healthline', 'WebMD', 'Medical News Today'])}"]),
                    "source")

    @staticmethod
    def share(r: random.Random) -> Line:
        return Line(r.choice(["Chia sẻ", "In bài", "Phóng to chữ | Thu nhỏ chữ", "Nghe bài viết", "Chia sẻ qua Zalo",
                              f"{r.randint(50, 8000)} lượt đọc", "Gửi bài viết qua email"]), "share_widget")

    @staticmethod
    def tags(r: random.Random) -> Line:
        words = r.sample(["người cao tuổi", "lương hưu", "dưỡng sinh", "mừng thọ", "sức khỏe", "trợ cấp xã hội",
                          "chúc thọ", "câu lạc bộ thơ"], r.randint(2, 4))
        return Line(r.choice(["Tags: ", "Từ khóa: ", "Chủ đề: "]) + ", ".join(words), "tags")

    @staticmethod
    def comment(r: random.Random) -> list[Line]:
        return [Line(x, "comment_prompt", "div") for x in r.choice(
            [["Ý kiến của bạn", "Gửi"], ["Gửi câu hỏi cho chuyên mục", "Họ tên", "Số điện thoại"],
             [f"Bình luận ({r.randint(0, 30)})", "Viết bình luận của bạn"]])]

    @staticmethod
    def continuation(r: random.Random) -> Line:
        return Line(r.choice(["(Còn nữa)", "Kỳ sau: Sống vui, sống khỏe ở tuổi xế chiều", "(Còn tiếp)"]), "continuation")

    @staticmethod
    def related(r: random.Random, inside: bool) -> list[Line]:
        header = r.choice(["Bài cùng chuyên mục", "Có thể bác quan tâm", "Tin liên quan"] if inside else
                          ["Đọc nhiều", "Bài mới", "Các bài khác", "Tin cùng mục"])
        items = [_item(r, h, ["{h}", "{h}", "{h} ({d})", "› {h}"]) for h in r.sample(Elderly.HEADLINES, r.randint(2, 5))]
        return _block(r, header if r.random() < 0.85 else None, items, "related_links")

    @staticmethod
    def see_more(r: random.Random) -> Line:
        return Line(r.choice(["Xem thêm: ", "Mời đọc thêm: ", ">> "]) + r.choice(Elderly.HEADLINES), "related_links")

    @staticmethod
    def ad(r: random.Random) -> list[Line]:
        product = r.choice(["Viên khớp Cốt Thống Linh - hỗ trợ giảm đau mỏi xương khớp", "Trà thảo mộc An Giấc - giúp ngủ "
                            "ngon, ngủ sâu", "Cao xương khớp Thiên Phúc - cho đôi chân vững vàng",
                            "Viên bổ não Minh Mẫn - hỗ trợ tăng cường trí nhớ"])
        lines = [product,
                 f"Tư vấn miễn phí: 1800 {r.randint(1000, 9999)}",
                 "*Sản phẩm này không phải là thuốc, không có tác dụng thay thế thuốc chữa bệnh.",
                 r.choice([f"Số XNQC: {r.randint(100, 999)}/{r.randint(2020, 2025)}/XNQC-ATTP", "Mua hàng tại các nhà thuốc trên toàn quốc"])]
        return [Line(x, "advert", "div") for x in lines[: r.randint(3, 4)]]

    @staticmethod
    def side(r: random.Random) -> list[Line]:
        rows = [f"Ngày {r.randint(1, 29)} tháng {r.randint(1, 12)} năm {r.choice(Elderly.CAN)} {r.choice(Elderly.CHI)}",
                f"Ngày {r.choice(Elderly.CAN)} {r.choice(Elderly.CHI)}, tháng {r.choice(Elderly.CAN)} {r.choice(Elderly.CHI)}",
                "Giờ hoàng đạo: " + ", ".join(r.sample(Elderly.CHI, 4)),
                f"Tiết khí: {r.choice(['Tiểu tuyết', 'Đại tuyết', 'Đông chí', 'Lập đông', 'Sương giáng'])}"]
        out = _block(r, r.choice(["Lịch vạn niên", "LỊCH ÂM HÔM NAY", "Xem ngày"]), rows[: r.randint(2, 4)],
                     "weather_widget", "h4", "tr")
        if r.random() < 0.5:
            lo = r.randint(14, 26)
            out.append(Line(f"{r.choice(['Hà Nội', 'Huế', 'TP.HCM'])}: {lo}°C - {lo + r.randint(3, 8)}°C, "
                            f"{r.choice(['trời rét', 'có mưa nhỏ', 'nắng nhẹ'])}", "weather_widget", "div"))
        out += Elderly.ad(r)
        out += _block(r, r.choice(["Đặt mua tạp chí in", "Phát hành"]),
                      [f"Đặt mua qua bưu điện hoặc gọi {_tel(r)}", f"Giá bìa: {r.randint(8, 20)}.000 đồng/số"][: r.randint(1, 2)],
                      "advert", "h4")
        return out

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        lines = ["Tạp chí Tuổi Hạc - Cơ quan của Hội Người cao tuổi tỉnh Nam Thành",
                 f"Tổng Biên tập: {_full(r)}",
                 f"Giấy phép hoạt động tạp chí điện tử số {r.randint(100, 600)}/GP-BTTTT ngày {_d(r)}",
                 f"Địa chỉ: {r.randint(1, 200)} {r.choice(_STREETS)}, TP. Nam Thành - ĐT: {_tel(r)}",
                 r.choice(["© Tạp chí Tuổi Hạc giữ bản quyền", "Không sao chép khi chưa có sự đồng ý của Tạp chí Tuổi Hạc"])]
        keep = sorted(r.sample(range(len(lines)), r.randint(3, len(lines))))
        return [Line(lines[i], "footer") for i in keep]

    # traps -------------------------------------------------------------------------------------------

    @staticmethod
    def pension(r: random.Random) -> list[Line]:
        rows = [f"Người nghỉ hưu trước năm 1995: tăng {r.randint(10, 16)}%",
                f"Người có mức lương hưu dưới {_money(r, 3_000_000, 4_000_000, 100_000)} đồng/tháng: tăng thêm "
                f"{_money(r, 200_000, 400_000, 50_000)} đồng",
                f"Người hưởng trợ cấp hằng tháng: tăng {r.randint(10, 16)}%",
                f"Người từ đủ 75 tuổi không có lương hưu: {_money(r, 500_000, 700_000, 10_000)} đồng/tháng"]
        tag = r.choice(["tr", "li"])
        return [Line("Mức điều chỉnh cụ thể như sau:", "content")] + \
            [Line(x, "content", tag) for x in r.sample(rows, r.randint(3, 4))]

    @staticmethod
    def centenarians(r: random.Random) -> list[Line]:
        out = [Line(r.choice(["Danh sách các cụ được mừng thọ tròn 100 tuổi:", "Các cụ được chúc thọ đợt này gồm:"]), "content")]
        for _ in range(r.randint(3, 4)):
            out.append(Line(f"Cụ {_full(r)}, {r.randint(90, 104)} tuổi, thôn {_place(r)}", "content", "li"))
        return out

    @staticmethod
    def exercise(r: random.Random) -> list[Line]:
        s = ["Đứng thẳng, hai tay dang ngang, hít sâu bằng mũi", "Từ từ cúi người, hai tay chạm gối, thở ra",
             "Xoay cổ chậm sang trái rồi sang phải, mỗi bên 5 lần", "Ngồi trên ghế, duỗi thẳng từng chân, giữ 10 giây",
             "Xoa hai bàn tay cho ấm rồi áp lên mắt"]
        fmt = r.choice(["Động tác {i}: {s}", "{i}. {s}.", "Bước {i}: {s}"])
        return [Line("Bài tập đơn giản có thể làm mỗi sáng:", "content")] + \
            [Line(fmt.format(i=i + 1, s=x), "content") for i, x in enumerate(r.sample(s, r.randint(3, 5)))]

    @staticmethod
    def verse(r: random.Random) -> list[Line]:
        verses = [["Tuổi già như ánh trăng rằm", "Con cháu sum vầy đón xuân sang", "Vui cùng câu hát quê hương",
                   "Sống vui sống khỏe sống có ích"],
                  ["Chiều quê khói bếp lưng trời", "Mẹ ngồi khâu áo bên đời tóc sương", "Lời ru ngày ấy còn vương",
                   "Con đi xa vẫn nhớ thương quê nhà"]]
        return [Line(r.choice(["Cụ đọc cho chúng tôi nghe bài thơ vừa viết:", "Trong tập thơ mới, cụ viết:"]), "content")] + \
            [Line(x, "content", "blockquote") for x in r.choice(verses)]

    @staticmethod
    def qa(r: random.Random) -> list[Line]:
        return [Line("Hỏi:", "content", "h3"),
                Line(f"Bố tôi năm nay {r.randint(76, 88)} tuổi, không có lương hưu. Xin hỏi bố tôi có được hưởng trợ cấp "
                     "xã hội hằng tháng không, thủ tục thế nào?", "content"),
                Line(f"{_full(r)} ({r.choice(_PROVINCES)})", "content"),
                Line(r.choice(["Trả lời:", "Trả lời"]), "content", "h3"),
                Line("Theo quy định hiện hành, người từ đủ 75 tuổi trở lên không hưởng lương hưu, trợ cấp bảo hiểm xã hội "
                     "hằng tháng thì được hưởng trợ cấp hưu trí xã hội.", "content")]

    @staticmethod
    def clubs(r: random.Random) -> list[Line]:
        names = r.sample(["Câu lạc bộ thơ Hoa Niên", "Câu lạc bộ dưỡng sinh phường " + _place(r), "Đội văn nghệ Tuổi Xanh",
                          "Câu lạc bộ cờ tướng", "Câu lạc bộ liên thế hệ tự giúp nhau", "Đội bóng chuyền hơi người cao tuổi"], 3)
        return [Line("Các câu lạc bộ được khen thưởng:", "content")] + [Line(x, "content", "li") for x in names]

    @staticmethod
    def quote(r: random.Random) -> list[Line]:
        q = r.choice(["“Còn sức thì còn làm, ngồi không thì buồn lắm”", "“Tuổi cao nhưng chí không già, mình còn giúp được "
                      "con cháu ngày nào thì vui ngày ấy”", "“Mỗi sáng tập một tiếng, mười năm nay tôi chưa phải nằm viện”"])
        who = r.choice([f"Cụ {_full(r)}, {r.randint(80, 98)} tuổi, chia sẻ", f"Cụ {_full(r)} (thôn {_place(r)})",
                        f"Ông {_full(r)}, Chủ tịch Hội NCT xã {_place(r)}"])
        return [Line(q, "content"), Line(who, "content")]

    @staticmethod
    def theo(r: random.Random) -> list[Line]:
        return [Line(f"Theo cụ {_full(r)}, bí quyết sống lâu là ăn uống điều độ, ngủ đủ giấc và giữ tinh thần luôn vui vẻ.",
                     "content")]

    @staticmethod
    def subhead(r: random.Random) -> list[Line]:
        return [Line(r.choice(["Niềm vui tuổi xế chiều", "Ai được tăng lương hưu?", "Bí quyết sống khỏe",
                               "Tấm gương sáng", "Lưu ý khi tập luyện"]), "content", "h2")]


# -- page assembly ------------------------------------------------------------------------------------

SITES = {82: Police, 83: Energy, 84: Charity, 85: Elderly}
BLOCK_TRAPS = {82: ["wanted", "hotlines", "found_property", "seized", "steps"],
               83: ["outage", "tariff", "fuel_news", "tips", "plants", "hotlines"],
               84: ["donors", "address", "relief", "blood", "steps"],
               85: ["pension", "centenarians", "exercise", "verse", "qa", "clubs"]}


def _unpunctuated_end(body: list[Line], traps: set[int]) -> None:
    """The article's last long paragraph lost its full stop (sloppy copy); `traps` are the ids of lines
    already counted as traps."""
    for x in reversed(body):
        if x.label == "content" and x.tag == "p" and len(x.text.split()) >= 12 and x.text.endswith("."):
            x.text = x.text.rstrip(" .")
            TRAP_STATS["trap"] += id(x) not in traps
            return


def _tail(S: type, fam: int, r: random.Random) -> list[Line]:
    """The closing zone: byline, source, tags, share, comment, continuation, related, in a page's own order."""
    parts: list[list[Line]] = [[S.byline(r)], [S.source(r)] if r.random() < 0.6 else [], [S.share(r)]]
    if r.random() < 0.5:
        second = S.share(r)
        if second.text != parts[2][0].text:
            parts.append([second])
    if r.random() < 0.6:
        parts.append([S.tags(r)])
    if hasattr(S, "continuation") and r.random() < 0.2:
        parts.insert(1, [S.continuation(r)])
    if r.random() < 0.4:
        rest = parts[1:]
        r.shuffle(rest)
        parts[1:] = rest
    if fam == 84 and r.random() < 0.7:
        parts.insert(r.randint(0, 2), Charity.donate_box(r))
    if fam == 85 and r.random() < 0.3:
        parts.append(Elderly.ad(r))
    lines = [x for p in parts for x in p]
    if r.random() < 0.6:
        lines += S.comment(r)
    if r.random() < 0.75:
        lines += S.related(r, inside=False)
    return lines


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    S = SITES[fam]
    page = Page(fam, OUTLETS[fam - 82])
    page.head += S.head(r)
    title, sapo, *paras = article
    TRAP_STATS["article"] += len(article)
    body = [Line(title, "title", "h1")]
    top = [S.dateline(r)]
    if r.random() < 0.35:
        top.append(S.byline(r))
    if r.random() < 0.3:
        top.append(S.share(r))
    r.shuffle(top) if r.random() < 0.3 else None
    byline_top = any(x.label == "byline" for x in top)
    body += top
    body.append(Line(sapo, "content", "p"))
    # the article as chunks: a trap or a widget goes between two chunks, never inside another block
    middle: list[list[Line]] = [[Line(p, "content")] for p in paras]
    # the family's block trap (a list, table, notice or steps that is the story's own matter)
    blocks = [getattr(S, name)(r) for name in r.sample(BLOCK_TRAPS[fam], 1 if r.random() < 0.4 else 0)]
    singles = [getattr(S, name)(r) for name in r.sample(["quote", "theo", "subhead"], 2 if r.random() < 0.15 else 1)]
    heads = [t for t in singles if t[0].tag == "h2"]
    for t in blocks + [t for t in singles if t[0].tag != "h2"]:
        _trap(t)
        middle.insert(len(middle) if r.random() < 0.55 else r.randint(0, len(middle)), t)
    # widgets inside the body: a related box, a "Xem thêm" line, sometimes an advert/price box
    if middle and r.random() < 0.8:
        middle.insert(r.randint(1, max(1, len(middle) - 1)), S.related(r, inside=True))
    if middle and r.random() < 0.45:
        middle.insert(r.randint(1, len(middle)), [S.see_more(r)])
    if fam == 83 and r.random() < 0.25:
        middle.insert(r.randint(1, len(middle)), Energy.fuel_box(r))
    if fam == 85 and r.random() < 0.2:
        middle.insert(r.randint(1, len(middle)), Elderly.ad(r))
    # a sub-heading heads one of the article's own paragraphs (never a widget, never the end)
    for t in heads:
        _trap(t)
        at = [i for i, c in enumerate(middle) if len(c) == 1 and c[0].label == "content" and c[0].tag == "p"]
        middle.insert(r.choice(at) if at else 0, t)
    body += [x for chunk in middle for x in chunk]
    if r.random() < 0.3:
        _unpunctuated_end(body, {id(x) for t in blocks + singles for x in t})
    tail = _tail(S, fam, r)
    if byline_top:
        tail = [x for x in tail if x.label != "byline"]
    body += tail
    page.body = body
    page.side = S.side(r)
    page.foot = S.foot(r)
    return page


# -- markup -------------------------------------------------------------------------------------------

SKINS = {
    82: {"article": ("div", "portal-news-detail"), "body": "news-content-text", "box": "tin-lien-quan",
         "side": "div class='cot-phai'", "list": "ul", "sub": "h3"},
    83: {"article": ("article", "en-story"), "body": "en-story__body", "box": "en-related",
         "side": "aside class='en-rail'", "list": "ul", "sub": "h2"},
    84: {"article": ("div", "na-post"), "body": "na-post-content", "box": "na-box-cases",
         "side": "aside class='na-sidebar'", "list": "ul", "sub": "h2"},
    85: {"article": ("section", "th-baiviet"), "body": "th-noidung", "box": "th-lienquan",
         "side": "div class='th-cot-ben'", "list": "ol", "sub": "h3"},
}


def _esc(s: str) -> str:
    return html.escape(s, quote=True)


def _href(text: str) -> str:
    return f"/{zlib.crc32(text.encode()) % 10**7}.html"


def _render_lines(lines: list[Line], skin: dict[str, object], zone: str) -> str:
    """Lines to markup: runs of `li`/`tr` lines become a list or a one-cell-per-row table, a box header
    (h3/h4 of a boilerplate class) opens a box that the next non-item line closes."""
    out: list[str] = []
    run: str | None = None  # "li" or "tr" while a list/table is open
    list_tag, run_boiler = "ul", False
    box = False

    def close_run() -> None:
        nonlocal run
        if run == "li":
            out.append(f"</{list_tag}>")
        elif run == "tr":
            out.append("</tbody></table>")
        run = None

    def close_box() -> None:
        nonlocal box
        close_run()
        if box:
            out.append("</div>")
            box = False

    for x in lines:
        t, boiler = _esc(x.text), x.label != "content"
        if x.tag in ("li", "tr"):
            if run != x.tag or run_boiler != boiler:
                close_run()
                if x.tag == "li":
                    cls = "list-links" if boiler else "list-content"
                    list_tag = str(skin["list"]) if zone == "body" and not boiler else "ul"
                    out.append(f"<{list_tag} class='{cls}'>")
                else:
                    out.append("<table class='tbl-data'><tbody>")
                run, run_boiler = x.tag, boiler
            if x.tag == "li":
                inner = f"<a href='{_href(x.text)}'>{t}</a>" if x.label == "related_links" else t
                out.append(f"<li>{inner}</li>")
            else:
                out.append(f"<tr><td>{t}</td></tr>")
            continue
        if boiler and x.tag in ("h3", "h4"):
            close_box()
            out.append(f"<div class='{skin['box'] if zone == 'body' else 'box-' + x.label.replace('_', '-')}'>"
                       f"<{x.tag} class='box-title'>{t}</{x.tag}>")
            box = True
            continue
        close_box()
        if x.label == "content":
            if x.tag in ("h2", "h3"):
                out.append(f"<{skin['sub'] if x.tag == 'h2' else 'h4'}>{t}</{skin['sub'] if x.tag == 'h2' else 'h4'}>")
            elif x.tag == "blockquote":
                out.append(f"<blockquote><p>{t}</p></blockquote>")
            else:
                out.append(f"<p>{t}</p>")
        elif x.label == "title":
            out.append(f"<h1 class='post-title'>{t}</h1>")
        elif x.label == "dateline":
            out.append(f"<div class='meta-time'><time>{t}</time></div>")
        elif x.label in ("byline", "source"):
            out.append(f"<p class='{x.label}' style='text-align:right'><b>{t}</b></p>")
        elif x.label in ("share_widget", "comment_prompt"):
            cls = "share-tools" if x.label == "share_widget" else "comment-box"
            out.append(f"<div class='{cls}'><span>{t}</span></div>")
        elif x.label == "tags":
            out.append(f"<div class='tags-list'><span>{t}</span></div>")
        elif x.label == "related_links":
            out.append(f"<p class='see-more'><a href='{_href(x.text)}'><b>{t}</b></a></p>")
        elif x.label == "advert":
            out.append(f"<div class='adv-item'>{t}</div>")
        else:
            out.append(f"<div class='{x.label}'>{t}</div>")
    close_box()
    return "".join(out)


def _head_markup(page: Page, fam: int) -> str:
    esc = _esc
    menu = [x for x in page.head if x.label == "menu"]
    rest = [x for x in page.head if x.label not in ("menu", "breadcrumb")]
    crumb = [x for x in page.head if x.label == "breadcrumb"]
    top = "".join(f"<span class='top-{x.label}'>{esc(x.text)}</span>" for x in rest)
    items = "".join(f"<li><a href='/{zlib.crc32(x.text.encode()) % 999}'>{esc(x.text)}</a></li>" if x.tag == "li"
                    else f"<div class='nav-extra'>{esc(x.text)}</div>" for x in menu)
    logo = f"<a class='logo' href='/'><img src='/logo.png' alt='{SITE_NAMES[fam - 82]}'></a>"
    crumbs = "".join(f"<div class='breadcrumbs'><a href='/'>{esc(x.text)}</a></div>" for x in crumb)
    if fam == 82:
        return (f"<div id='top-bar'><div class='container'>{top}</div></div><div id='banner'>{logo}"
                f"<div class='quoc-huy'></div></div><nav id='main-menu'><ul class='nav'>{items}</ul></nav>{crumbs}")
    if fam == 83:
        return (f"<header class='en-header'><div class='en-top'>{top}<form class='search'><input name='q'></form></div>"
                f"{logo}<nav class='en-nav'><ul>{items}</ul></nav></header>{crumbs}")
    if fam == 84:
        return (f"<header><div class='na-header'>{logo}<nav><ul class='na-menu'>{items}</ul></nav>{top}</div></header>"
                f"<div class='na-crumb'>{crumbs}</div>")
    return (f"<div class='th-head'><div class='th-date'>{top}</div>{logo}</div>"
            f"<nav class='th-nav'><ul>{items}</ul></nav>{crumbs}")


def render_html(page: Page, n: int) -> str:
    """One page in its family's own markup."""
    fam = page.family
    skin = SKINS[fam]
    title = next(x.text for x in page.body if x.label == "title")
    tag, cls = skin["article"]  # type: ignore[misc]
    body_lines = [x for x in page.body if x.label != "title"]
    # the article text sits in an inner div; a photo after the lead paragraph
    lead = next((i for i, x in enumerate(body_lines) if x.label == "content"), 0)
    inner = (_render_lines(body_lines[: lead + 1], skin, "body")
             + f"<figure class='img-center'><img src='/uploads/{n}/anh-{zlib.crc32(title.encode()) % 10**5}.jpg' "
               f"alt=''></figure>"
             + _render_lines(body_lines[lead + 1:], skin, "body"))
    side = _render_lines(page.side, skin, "side")
    side_tag = str(skin["side"])
    foot = "".join(f"<p>{_esc(x.text)}</p>" for x in page.foot)
    scripts = ("<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>"
               f"<script src='/static/js/site.{fam}.min.js' async></script>")
    layout = (f"<div class='wrapper'><div class='row'><div class='col-main'>"
              f"<{tag} class='{cls}'><h1 class='post-title'>{_esc(title)}</h1>"
              f"<div class='{skin['body']}'>{inner}</div></{tag}></div>"
              f"<{side_tag}>{side}</{side_tag.split()[0]}></div></div>")
    if fam == 82:  # an older portal: the columns are a layout table
        layout = (f"<table class='layout' width='100%'><tr><td class='col-left' valign='top'>"
                  f"<{tag} class='{cls}'><h1 class='post-title'>{_esc(title)}</h1><div class='{skin['body']}'>{inner}</div>"
                  f"</{tag}></td><td class='col-right' width='300' valign='top'><{side_tag}>{side}</{side_tag.split()[0]}>"
                  "</td></tr></table>")
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
            f"<title>{_esc(title)} | {SITE_NAMES[fam - 82]}</title>"
            f"<link rel='canonical' href='https://{page.outlet}/tin-tuc/{n}-{zlib.crc32(title.encode()) % 10**6}.html'>"
            f"<meta property='og:title' content='{_esc(title)}'><meta property='og:site_name' content='{page.outlet}'>"
            f"{scripts}</head><body class='site-{fam}'>{_head_markup(page, fam)}<main>{layout}</main>"
            f"<footer class='site-footer'><div class='footer-inner'>{foot}</div></footer></body></html>")
