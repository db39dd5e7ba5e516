"""HELD-OUT 13: four Vietnamese news sites of an independent author, families 66-69, seed 37.

Written by helper HO13, an independent author who never saw the cleaner: not its rules, learned
stages, tests, README, scores, rule diffs or misses, nor any other held-out module. What was read:
`bench/vi_bench_templates.py` (the `Line`/`Page` types and helpers) and the harness parts of
`bench/eval_vi_pages.py` (module docstring, HALVES, MAKE_EVAL_HALVES, article loading, the
`build_page` dispatch, page writing). The cleaner was never run on these pages.

The sites (all invented; their article bodies are VNTC articles drawn by the harness):

- 66 `phapdinh24h.vn`, a court and legal news site: trial calendar and "new legal texts" widgets,
  a free legal-advice contact box; traps are verdict lists, quoted articles of law with their
  "a) ...;" points and "Xem thêm tại Điều 51 ..." references, a reader's Q&A with the answering
  lawyer's name and role on its own line, a dated case timeline, a police contact line.
- 67 `nhipsongbienhoa.vn`, a city e-newspaper: utility bar, power-cut calendar widget, city
  hotline; traps are water-cut and road-closure schedules, numbered online-service steps, ward
  hotline lists, a festival programme of date/time lines, prize results, a quoted hashtag.
- 68 `tieudungthongthai.vn`, a consumer and market-watch site: price ticker and market-price
  widget, coupon adverts, a "was this useful" prompt, a newsletter box; traps are market price
  tables, product recall lists, numbered complaint steps, hotline/e-mail lines, subheadings, Q&A.
- 69 `tinbiendao.vn`, a sea, islands and fisheries site: sea-weather, tide and seafood-price
  widgets, a donation campaign banner; traps are storm forecasts by sea area, coordinates,
  rescue-centre hotlines, lists of boats and crews, catch tables, a timed rescue timeline.

Each site keeps its menus, footer, widget headers and prompt wordings; every page draws dates,
times, breadcrumbs, headline lists, counters, which widgets appear and where, the order of the
closing blocks, byline forms, sources, tags, adverts, captions and the footer's year. About 30 %
of the content lines of each family are precision traps (class `Trap`, label "content").
"""

from __future__ import annotations

import datetime
import html
import json
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass

from bench.vi_bench_templates import Line, Page

FAMILIES = (66, 67, 68, 69)
ARTICLE_OUTLETS = ("TN", "TT", "NLD", "VNE")
SEED = 37
OUTLETS = {66: "phapdinh24h.vn", 67: "nhipsongbienhoa.vn", 68: "tieudungthongthai.vn", 69: "tinbiendao.vn"}
LABELS = ("title", "content", "topbar", "menu", "trending", "breadcrumb", "dateline", "counter", "byline",
          "source", "tags", "related_links", "caption", "advert", "widget", "share_widget", "comment_prompt",
          "continuation", "app_promo", "contact", "newsletter", "footer")


@dataclass
class Trap(Line):
    """Article text shaped like boilerplate (label "content"): a precision trap."""


# -- shared pools and helpers ------------------------------------------------------------------------

_HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Trương", "Đinh", "Lương", "Mai", "Tạ", "Cao",
       "Châu", "Lâm", "Hà", "Kiều", "Tô", "Đoàn", "Vương"]
_DEM_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân", "Đình", "Trọng"]
_DEM_F = ["Thị", "Thu", "Ngọc", "Kim", "Mỹ", "Thanh", "Bích", "Hồng", "Diệu", "Phương"]
_TEN_M = ["Hòa", "Lợi", "Toàn", "Khải", "Nghĩa", "Thắng", "Phúc", "Trung", "Long", "Vinh", "Đạt", "Khoa", "Tài",
          "Cường", "Kiên", "Hiếu", "Quý", "Sang"]
_TEN_F = ["Hạnh", "Loan", "Nga", "Oanh", "Mai", "Trinh", "Xuân", "Liên", "Huệ", "Vân", "Duyên", "Quyên", "Hằng",
          "Giang", "Thơ", "Nhàn"]
_PROVINCES = ["Bình Dương", "Đồng Nai", "Long An", "Nghệ An", "Thanh Hóa", "Quảng Ngãi", "Bình Định", "Kiên Giang",
              "Cà Mau", "Thái Bình", "Nam Định", "Khánh Hòa", "Quảng Nam", "Tiền Giang", "Lâm Đồng", "Phú Yên"]
_FOREIGN = ["Reuters", "AFP", "AP", "Bloomberg", "Nikkei Asia", "Kyodo", "Yonhap", "CNA", "BBC", "SCMP"]
_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _who(r: random.Random) -> tuple[str, str]:
    """A Vietnamese full name and its honorific (ông/bà)."""
    male = r.random() < 0.55
    ho, dem = r.choice(_HO), r.choice(_DEM_M if male else _DEM_F)
    ten = r.choice(_TEN_M if male else _TEN_F)
    name = f"{ho} {dem} {ten}" if r.random() < 0.75 else f"{ho} {ten}"
    return name, "ông" if male else "bà"


def _name(r: random.Random) -> str:
    return _who(r)[0]


def _pen(r: random.Random) -> str:
    """A byline name: a full name, or a two-word pen name."""
    name = _name(r).split()
    return " ".join(name) if r.random() < 0.6 else " ".join(name[-2:])


def _tel(r: random.Random) -> str:
    forms = [f"0{r.choice(['24', '28', '251', '236', '258', '255', '69'])} {r.randint(3000, 3999)} {r.randint(100, 999)}",
             f"09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}",
             f"09{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(100, 999)}", f"1800 {r.randint(1000, 9999)}"]
    return r.choice(forms)


def _money(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def _day(r: random.Random) -> tuple[str, int, int, int]:
    """A date and its weekday."""
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2025)
    return _WEEKDAYS[datetime.date(y, m, d).weekday()], d, m, y


def _hm(r: random.Random) -> tuple[int, int]:
    return r.randint(5, 23), r.randint(0, 59)


def _items(r: random.Random, pool: list[str], lo: int, hi: int, label: str, fmt: Callable[[str], str] = str,
           tag: str = "li") -> list[Line]:
    return [Line(fmt(h), label, tag) for h in r.sample(pool, r.randint(lo, hi))]


def _t(text: str, tag: str = "p") -> Trap:
    return Trap(text, "content", tag)


def _nodot(cut: bool, text: str) -> str:
    """The items of some lists are written without their final full stop (decided once per list)."""
    return text.rstrip(".;") if cut else text


# -- family 66: Pháp Đình 24h, court and legal news ------------------------------------------------------


class Court:
    NAME = "Pháp Đình 24h"
    MENU = ["Trang chủ", "Thời sự pháp luật", "Phiên tòa", "Hồ sơ vụ án", "Văn bản mới", "Tư vấn luật", "Bạn đọc",
            "Điều tra", "Video", "Podcast"]
    SECTIONS = {"Phiên tòa": ["Hình sự", "Dân sự", "Kinh tế", "Hành chính"],
                "Hồ sơ vụ án": ["Đại án", "Án oan", "Truy nã"],
                "Tư vấn luật": ["Hôn nhân - gia đình", "Đất đai", "Lao động", "Thừa kế"],
                "Thời sự pháp luật": ["Chính sách mới", "Cải cách tư pháp"]}
    HEADLINES = ["Tuyên án vụ lừa đảo chiếm đoạt hơn 300 tỷ đồng qua sàn vàng ảo",
                 "Xét xử phúc thẩm vụ tranh chấp thừa kế kéo dài 12 năm",
                 "Bị cáo chém hàng xóm vì mâu thuẫn lối đi lĩnh 9 năm tù",
                 "Hoãn phiên tòa do vắng mặt người có quyền lợi liên quan",
                 "Nguyên giám đốc chi nhánh ngân hàng kêu oan tại tòa",
                 "Tòa trả hồ sơ điều tra bổ sung vụ sai phạm đất đai",
                 "Vợ chồng buôn bán ma túy cùng nhận án chung thân",
                 "Luật sư đề nghị tuyên vô tội cho thân chủ",
                 "Những điểm mới của Luật Hôn nhân và Gia đình sửa đổi",
                 "Bồi thường oan sai: vì sao còn chậm trễ?",
                 "Khởi tố nhóm đối tượng cho vay nặng lãi qua ứng dụng",
                 "Viện kiểm sát kháng nghị bản án sơ thẩm vì quá nhẹ",
                 "Tranh chấp hợp đồng đặt cọc mua nhà: ai đúng, ai sai?",
                 "Đang xét xử, bị cáo bất ngờ khai ra đồng phạm",
                 "Cựu cán bộ địa chính hầu tòa vì nhận hối lộ",
                 "Con nợ bỏ trốn, chủ nợ có được kê biên tài sản?"]
    EVENTS = ["Đại án Vạn Thịnh Phát", "Luật Đất đai 2024", "Xử lý nồng độ cồn", "Lừa đảo qua mạng", "Án lệ",
              "Thi hành án dân sự", "Bạo lực học đường", "Tín dụng đen"]
    TAGS = ["phiên tòa", "lừa đảo", "chiếm đoạt tài sản", "tranh chấp đất đai", "ly hôn", "thừa kế", "án tử hình",
            "ma túy", "tham ô", "hối lộ", "luật sư", "thi hành án", "kháng cáo"]
    TEXTS = ["Nghị định 168/2024/NĐ-CP quy định xử phạt vi phạm hành chính về trật tự, an toàn giao thông",
             "Luật Đất đai số 31/2024/QH15", "Thông tư 04/2024/TT-BTP hướng dẫn đăng ký hộ tịch",
             "Nghị quyết 04/2024/NQ-HĐTP hướng dẫn áp dụng án lệ", "Luật Phòng, chống rửa tiền năm 2022",
             "Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu cá nhân", "Luật Hòa giải, đối thoại tại Tòa án"]
    CHARGES = ["lừa đảo chiếm đoạt tài sản", "trộm cắp tài sản", "cố ý gây thương tích", "mua bán trái phép chất ma túy",
               "đánh bạc", "tổ chức đánh bạc", "cho vay lãi nặng trong giao dịch dân sự", "nhận hối lộ"]
    HOTLINE = "0969 115 024"

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        wd, d, m, y = _day(r)
        out = [Line(f"{wd}, ngày {d}/{m}/{y}", "topbar", "div")]
        if r.random() < 0.7:
            out.append(Line(f"Đường dây nóng: {Court.HOTLINE}", "topbar", "div"))
        out.append(Line("Đăng nhập | Đăng ký", "topbar", "div"))
        out += [Line(x, "menu", "li") for x in Court.MENU]
        if r.random() < 0.6:
            out.append(Line("Sự kiện: " + " · ".join(r.sample(Court.EVENTS, 3)), "trending", "div"))
        sec = r.choice(list(Court.SECTIONS))
        sub = r.choice(Court.SECTIONS[sec])
        out.append(Line(r.choice([f"Trang chủ › {sec} › {sub}", f"{sec} › {sub}"]), "breadcrumb", "div"))
        return out

    @staticmethod
    def top(r: random.Random) -> list[Line]:
        wd, d, m, y = _day(r)
        hh, mm = _hm(r)
        out = [Line(f"{wd}, {d:02d}/{m:02d}/{y} {hh:02d}:{mm:02d} (GMT+7)", "dateline", "div")]
        if r.random() < 0.5:
            out.append(Line(f"{_money(r.randint(300, 48000))} lượt xem", "counter", "div"))
        return out

    @staticmethod
    def byline(r: random.Random) -> Line:
        a, b = _pen(r), _pen(r)
        forms = [a.upper(), a, f"{a} - {b}", f"{a} thực hiện", "Nhóm phóng viên Pháp đình thực hiện",
                 f"{a} (theo {r.choice(_FOREIGN)})", f"Bài và ảnh: {a}", f"Luật gia {a}"]
        return Line(r.choice(forms), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        forms = ["Nguồn: TAND tối cao", "Nguồn: VKSND tối cao", "Theo Cổng thông tin điện tử Bộ Tư pháp",
                 f"(Theo {r.choice(_FOREIGN)})", "Nguồn: Cổng thông tin điện tử Bộ Công an", "Theo Báo Công an nhân dân"]
        return Line(r.choice(forms), "source")

    @staticmethod
    def tags(r: random.Random) -> Line:
        return Line("Từ khóa: " + ", ".join(r.sample(Court.TAGS, r.randint(3, 5))), "tags")

    @staticmethod
    def related_box(r: random.Random) -> list[Line]:
        return [Line("ĐỌC THÊM", "related_links", "h3")] + _items(r, Court.HEADLINES, 2, 3, "related_links")

    @staticmethod
    def inline(r: random.Random) -> Line:
        return Line("► " + r.choice(Court.HEADLINES), "related_links")

    @staticmethod
    def advert(r: random.Random) -> list[Line]:
        firm = r.choice(["Minh Tâm", "Công Bằng", "Trí Việt", "An Phát", "Hưng Long"])
        return [Line("Quảng cáo", "advert", "div"),
                Line(f"Công ty Luật {firm} – Tư vấn ly hôn, đất đai, thừa kế trọn gói", "advert", "div"),
                Line(f"Gọi ngay {_tel(r)} (miễn phí 15 phút đầu)", "advert", "div")]

    @staticmethod
    def caption(r: random.Random) -> Line:
        a = _pen(r)
        forms = [f"Các bị cáo tại phiên tòa. Ảnh: {a}", f"Quang cảnh phiên xét xử. Ảnh: {a}",
                 f"Bị cáo khai báo trước Hội đồng xét xử. (Ảnh: {a})", "Ảnh minh họa",
                 "Hội đồng xét xử tuyên án. Ảnh: PĐ", f"Luật sư bào chữa tại phiên tòa. Ảnh: {a}"]
        return Line(r.choice(forms), "caption", "figcaption")

    @staticmethod
    def tail(r: random.Random) -> tuple[list[list[Line]], list[list[Line]]]:
        sign = [[Court.byline(r)]]
        if r.random() < 0.5:
            sign.append([Court.source(r)])
        if r.random() < 0.15:
            sign.append([Line(r.choice(["(Còn tiếp)", f"Kỳ tới: {r.choice(Court.HEADLINES)}",
                                        "Mời bạn đọc đón xem kỳ 2 vào số ra ngày mai."]), "continuation")])
        rest = [[Court.tags(r)], [Line(r.choice(["Chia sẻ: Facebook · Zalo · Sao chép liên kết", "In bài viết | Gửi email"]),
                                        "share_widget", "div")]]
        if r.random() < 0.6:
            rest.append([Line("Bạn đọc cần tư vấn pháp luật miễn phí xin gửi câu hỏi về email tuvan@phapdinh24h.vn "
                              f"hoặc gọi {Court.HOTLINE} (giờ hành chính)", "contact", "div")])
        if r.random() < 0.7:
            rest.append([Line(f"Ý kiến bạn đọc ({r.randint(0, 86)})", "comment_prompt", "h3"),
                         Line("Bình luận của bạn sẽ được biên tập trước khi đăng. Vui lòng gõ tiếng Việt có dấu.",
                              "comment_prompt", "div")])
        if r.random() < 0.4:
            rest.append([Line("Tải ứng dụng Pháp Đình 24h để nhận thông báo khi có bản án mới", "app_promo", "div")])
        if r.random() < 0.5:
            rest.append(_items(r, Court.HEADLINES, 2, 4, "related_links"))
        return sign, rest

    @staticmethod
    def side(r: random.Random) -> list[list[Line]]:
        cal = [Line("Lịch xét xử", "widget", "h3")]
        for _ in range(r.randint(2, 4)):
            _, d, m, _y = _day(r)
            cal.append(Line(f"{d:02d}/{m:02d}: TAND tỉnh {r.choice(_PROVINCES)} xét xử {r.randint(1, 12)} bị cáo "
                            f"về tội {r.choice(Court.CHARGES)}", "widget", "li"))
        texts = [Line("Văn bản mới", "widget", "h3")] + _items(r, Court.TEXTS, 2, 4, "widget")
        most = [Line("Đọc nhiều", "related_links", "h3")] + _items(
            r, Court.HEADLINES, 3, 5, "related_links", lambda h: f"{h} ({_money(r.randint(900, 60000))} lượt xem)")
        return [cal, texts, most]

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        return [Line(x, "footer") for x in [
            "Pháp Đình 24h – Trang tin điện tử về pháp luật và đời sống",
            "Cơ quan chủ quản: Công ty Cổ phần Truyền thông Công Lý Việt",
            "Giấy phép số 57/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp",
            "Trụ sở: Tầng 6, số 18 Trần Thánh Tông, quận Hai Bà Trưng, Hà Nội",
            f"© 2016 - {r.randint(2019, 2025)} Pháp Đình 24h. Ghi rõ nguồn khi trích dẫn."]]

    # -- traps --

    CRIMES = {
        174: ("Tội lừa đảo chiếm đoạt tài sản",
              "“1. Người nào bằng thủ đoạn gian dối chiếm đoạt tài sản của người khác trị giá từ 2.000.000 đồng đến "
              "dưới 50.000.000 đồng thì bị phạt cải tạo không giam giữ đến 03 năm hoặc phạt tù từ 06 tháng đến 03 năm",
              ["a) Có tổ chức;", "b) Có tính chất chuyên nghiệp;", "c) Tái phạm nguy hiểm;",
               "d) Lợi dụng chức vụ, quyền hạn hoặc lợi dụng danh nghĩa cơ quan, tổ chức;"]),
        173: ("Tội trộm cắp tài sản",
              "“1. Người nào trộm cắp tài sản của người khác trị giá từ 2.000.000 đồng đến dưới 50.000.000 đồng thì "
              "bị phạt cải tạo không giam giữ đến 03 năm hoặc phạt tù từ 06 tháng đến 03 năm",
              ["a) Có tổ chức;", "b) Có tính chất chuyên nghiệp;", "c) Dùng thủ đoạn xảo quyệt, nguy hiểm;",
               "d) Hành hung để tẩu thoát;"]),
        134: ("Tội cố ý gây thương tích hoặc gây tổn hại cho sức khỏe của người khác",
              "“1. Người nào cố ý gây thương tích hoặc gây tổn hại cho sức khỏe của người khác mà tỷ lệ tổn thương cơ "
              "thể từ 11% đến 30% thì bị phạt cải tạo không giam giữ đến 03 năm hoặc phạt tù từ 06 tháng đến 03 năm",
              ["a) Dùng hung khí nguy hiểm;", "b) Có tổ chức;", "c) Thuê gây thương tích;", "d) Có tính chất côn đồ;"]),
        321: ("Tội đánh bạc",
              "“1. Người nào đánh bạc trái phép dưới bất kỳ hình thức nào được thua bằng tiền hay hiện vật trị giá từ "
              "5.000.000 đồng đến dưới 50.000.000 đồng thì bị phạt tiền từ 20.000.000 đồng đến 100.000.000 đồng, "
              "phạt cải tạo không giam giữ đến 03 năm hoặc phạt tù từ 06 tháng đến 03 năm",
              ["a) Có tính chất chuyên nghiệp;", "b) Sử dụng mạng Internet để phạm tội;", "c) Tái phạm nguy hiểm;"]),
    }
    QA = [("Tôi và chồng đã ly thân ba năm, nay tôi muốn ly hôn nhưng chồng không đồng ý. Tôi có thể đơn phương "
           "ly hôn không?",
           "Theo Luật Hôn nhân và Gia đình năm 2014, khi một bên yêu cầu ly hôn mà hòa giải tại tòa không thành thì "
           "tòa án giải quyết cho ly hôn nếu có căn cứ cho thấy hôn nhân lâm vào tình trạng trầm trọng, đời sống chung "
           "không thể kéo dài.", "Xem thêm tại Điều 56 Luật Hôn nhân và Gia đình năm 2014."),
          ("Bố tôi mất không để lại di chúc, mảnh đất đứng tên bố thì được chia thế nào giữa các anh chị em?",
           "Khi người chết không để lại di chúc, di sản được chia theo pháp luật cho những người thừa kế ở hàng thứ "
           "nhất gồm vợ, chồng, cha đẻ, mẹ đẻ, cha nuôi, mẹ nuôi, con đẻ, con nuôi của người chết; mỗi người được "
           "hưởng phần di sản bằng nhau.", "Xem thêm tại Điều 651 Bộ luật Dân sự năm 2015."),
          ("Tôi cho bạn vay 200 triệu đồng, có giấy viết tay nhưng không công chứng. Nay bạn không trả thì tôi phải "
           "làm gì?",
           "Giấy vay tiền viết tay vẫn có giá trị nếu được lập trên cơ sở tự nguyện và có chữ ký của các bên; bạn có "
           "quyền khởi kiện tại tòa án nhân dân cấp huyện nơi người vay cư trú.",
           "Xem thêm: Điều 463 và Điều 466 Bộ luật Dân sự năm 2015."),
          ("Hàng xóm xây nhà lấn sang đất của gia đình tôi khoảng nửa mét. Tôi nên khởi kiện ở đâu?",
           "Trước hết, gia đình bạn cần gửi đơn đề nghị hòa giải tại UBND cấp xã nơi có đất; chỉ khi hòa giải không "
           "thành mới khởi kiện ra tòa án nhân dân cấp huyện.", "Xem thêm tại Điều 235 và 236 Luật Đất đai năm 2024."),
          ("Con tôi 16 tuổi đi xe máy trên 50 cm3 bị công an giữ xe. Bố mẹ có bị phạt không?",
           "Người từ đủ 16 tuổi đến dưới 18 tuổi chỉ được điều khiển xe gắn máy dung tích xi-lanh dưới 50 cm3; người "
           "giao xe cho người không đủ điều kiện điều khiển có thể bị xử phạt vi phạm hành chính.",
           "Xem thêm tại Điều 60 Luật Giao thông đường bộ năm 2008.")]
    QUOTES = ["“Đây là vụ án phức tạp, có nhiều bị hại ở nhiều địa phương nên việc xác minh mất khá nhiều thời gian.”",
              "“Tòa đã tạo điều kiện tối đa để các bên hòa giải, nhưng đến nay các đương sự vẫn không thống nhất được "
              "phương án chia tài sản.”",
              "“Bị cáo phạm tội lần đầu, đã bồi thường toàn bộ thiệt hại cho bị hại, vì vậy chúng tôi đề nghị Hội đồng "
              "xét xử cho bị cáo hưởng mức án thấp nhất.”",
              "“Người dân cần cảnh giác với lời mời đầu tư hứa hẹn lợi nhuận cao bất thường, tuyệt đối không chuyển "
              "tiền cho người lạ.”"]
    STEPS = ["Cơ quan CSĐT tiếp nhận đơn tố giác của bị hại.", "Khởi tố vụ án, khởi tố bị can và bắt tạm giam.",
             "Viện kiểm sát ban hành cáo trạng truy tố.", "Tòa mở phiên sơ thẩm nhưng phải hoãn vì vắng luật sư.",
             "Tòa trả hồ sơ để điều tra bổ sung.", "Phiên sơ thẩm được mở lại và tuyên án."]

    @staticmethod
    def t_verdicts(r: random.Random) -> list[Line]:
        cut = r.random() < 0.4
        out = [_t(r.choice(["Hội đồng xét xử tuyên phạt các bị cáo như sau:", "Mức án cụ thể đối với từng bị cáo:",
                            "Kết thúc phiên tòa, HĐXX tuyên phạt:"]))]
        for _ in range(r.randint(3, 5)):
            name, yrs = _name(r), r.randint(1, 20)
            out.append(_t(_nodot(cut, r.choice([f"{name}: {yrs} năm tù.",
                                               f"Bị cáo {name} ({r.randint(19, 64)} tuổi): {yrs} năm tù về tội "
                                               f"{r.choice(Court.CHARGES)}.",
                                               f"{name} – {r.randint(9, 36)} tháng tù, cho hưởng án treo."])), "li"))
        return out

    @staticmethod
    def t_law(r: random.Random) -> list[Line]:
        n = r.choice(list(Court.CRIMES))
        crime, clause, points = Court.CRIMES[n]
        out = [_t(f"Điều {n} Bộ luật Hình sự năm 2015 (sửa đổi, bổ sung năm 2017) quy định:"), _t(f"Điều {n}. {crime}"),
               _t(clause)]
        if r.random() < 0.7:
            out[-1].text += "."
            out.append(_t("2. Phạm tội thuộc một trong các trường hợp sau đây thì bị phạt tù từ 02 năm đến 07 năm:"))
            out += [_t(x) for x in points[:r.randint(2, len(points))]]
        out[-1].text = out[-1].text.rstrip(";.") + ".”"  # the quotation closes after its last point
        out.append(_t(r.choice(["Xem thêm tại Điều 51 Bộ luật Hình sự về các tình tiết giảm nhẹ.",
                                "Xem thêm: Điều 52 về các tình tiết tăng nặng trách nhiệm hình sự.",
                                "Xem thêm tại điều 5 Nghị quyết 02/2018/NQ-HĐTP về án treo."])))
        return out

    @staticmethod
    def t_qa(r: random.Random) -> list[Line]:
        q, a, ref = r.choice(Court.QA)
        lawyer = _name(r)
        out = [_t(f"Bạn đọc {_name(r)} ({r.choice(_PROVINCES)}) hỏi:"), _t(q),
               _t(r.choice([f"Luật sư {lawyer} – Đoàn Luật sư TP Hà Nội", f"Luật sư {lawyer}, Công ty Luật Việt Tín:",
                            f"Luật gia {lawyer} trả lời:"])), _t(a)]
        if r.random() < 0.7:
            out.append(_t(ref))
        return out

    @staticmethod
    def t_timeline(r: random.Random) -> list[Line]:
        y = r.randint(2019, 2023)
        steps = sorted(r.sample(range(len(Court.STEPS)), r.randint(3, 4)))
        out = [_t(r.choice(["Diễn biến chính của vụ án:", "Hành trình tố tụng của vụ án như sau:"]))]
        month = r.randint(1, 4)
        for i in steps:
            out.append(_t(f"Ngày {r.randint(1, 28)}/{month}/{y}: {Court.STEPS[i]}", "li"))
            month += r.randint(1, 3)
            if month > 12:
                month, y = month - 12, y + 1
        return out

    @staticmethod
    def t_speaker(r: random.Random) -> list[Line]:
        name, hon = _who(r)
        role = r.choice([f"{hon.capitalize()} {name}, Phó Chánh án TAND tỉnh {r.choice(_PROVINCES)}:",
                         f"Luật sư {name} (Đoàn Luật sư TP.HCM)", f"Thẩm phán {name}, TAND tỉnh {r.choice(_PROVINCES)}"])
        return [_t(role), _t(r.choice(Court.QUOTES))]

    @staticmethod
    def t_theo(r: random.Random) -> list[Line]:
        name = _name(r)
        m, y = r.randint(1, 10), r.randint(2019, 2023)
        return [_t(r.choice([f"Theo cáo trạng, từ tháng {m}/{y} đến tháng {m + 2}/{y + 1}, {name} đã nhiều lần đăng tin "
                             "tuyển cộng tác viên bán hàng online rồi yêu cầu người bị hại nộp tiền đặt cọc.",
                             f"Theo luật sư {name}, mức án này là thỏa đáng.",
                             "Theo kết luận giám định, tỷ lệ tổn thương cơ thể của bị hại là 32%."]))]

    @staticmethod
    def t_contact(r: random.Random) -> list[Line]:
        prov = r.choice(_PROVINCES)
        return [_t(f"Cơ quan CSĐT Công an tỉnh {prov} đề nghị ai là bị hại trong vụ án liên hệ:"),
                _t(r.choice([f"Điều tra viên {_name(r)}, điện thoại {_tel(r)}", f"Điện thoại trực ban: {_tel(r)}"]))]

    @staticmethod
    def t_end(r: random.Random) -> list[Line]:
        return [_t(r.choice(["Bản án chưa có hiệu lực pháp luật.", "Vụ án đang được điều tra mở rộng.",
                             "Phiên tòa sẽ tiếp tục vào sáng mai.", "Các bị cáo có 15 ngày để kháng cáo."]))]

    TRAPS = ("t_verdicts", "t_law", "t_qa", "t_timeline", "t_speaker", "t_theo", "t_contact")


# -- family 67: Nhịp sống Biên Hòa, a city e-newspaper ---------------------------------------------------


class City:
    NAME = "Nhịp sống Biên Hòa"
    MENU = ["Tin thành phố", "Phường - xã", "Đô thị", "Kinh tế", "Văn hóa - Xã hội", "Giáo dục", "Y tế",
            "An ninh trật tự", "Người tốt việc tốt", "Dịch vụ công"]
    UTIL = "Dịch vụ công | Tra cứu hồ sơ | Lịch tiếp công dân | Lịch cúp điện | Đường dây nóng"
    WARDS = ["Tân Phong", "Tân Hiệp", "Trảng Dài", "Hố Nai", "Long Bình", "Tam Hiệp", "Quyết Thắng", "Thống Nhất",
             "Bửu Long", "An Bình", "Tân Mai", "Hóa An", "Long Bình Tân", "Tân Vạn", "Bình Đa", "Tam Hòa"]
    STREETS = ["Phạm Văn Thuận", "Đồng Khởi", "Nguyễn Ái Quốc", "Võ Thị Sáu", "Bùi Văn Hòa", "Huỳnh Văn Nghệ",
               "Cách Mạng Tháng Tám", "Hà Huy Giáp", "Nguyễn Văn Tỏ", "Phan Trung", "Bùi Trọng Nghĩa", "Đặng Văn Trơn"]
    HEADLINES = ["Thông xe cầu Hiệp Hòa sau hai năm thi công", "Phường Trảng Dài ra mắt mô hình camera an ninh",
                 "Nạo vét suối Linh để chống ngập mùa mưa", "Hơn 500 hộ dân hiến đất mở rộng hẻm",
                 "Khai trương bến xe buýt mới tại ngã tư Vũng Tàu", "Biên Hòa đón bằng công nhận đô thị loại I",
                 "Lắp đèn năng lượng mặt trời cho 30 tuyến hẻm", "Chợ Biên Hòa được chỉnh trang trước Tết",
                 "Trao 200 suất học bổng cho học sinh khó khăn", "Người dân phấn khởi với công viên ven sông",
                 "Xử lý dứt điểm điểm đen rác thải trên đường Bùi Văn Hòa", "Tuyển sinh đầu cấp: phụ huynh cần lưu ý gì?",
                 "Thành phố tiếp dân định kỳ tháng này", "Cải tạo nút giao Tam Hiệp giảm ùn tắc giờ cao điểm",
                 "Mở rộng trạm y tế phường Tân Mai"]
    HASHTAGS = ["#BiênHòa", "#ĐôThịVănMinh", "#AnToànGiaoThông", "#CảiCáchHànhChính", "#NgườiTốtViệcTốt",
                "#ChuyểnĐổiSố", "#MôiTrườngXanh", "#ĐồngNai"]
    CONDS = ["Có mây", "Nắng nhẹ", "Mưa rào", "Nắng nóng", "Có mưa dông"]
    QUOTES = ["“Khi người dân thấy được lợi ích của việc mở rộng hẻm, họ tự nguyện hiến đất mà không cần vận động "
              "nhiều.”",
              "“Phường sẽ tiếp tục ra quân dọn vệ sinh vào sáng Chủ nhật hằng tuần, mong bà con cùng chung tay.”",
              "“Từ ngày có đèn chiếu sáng, khu phố an toàn hơn hẳn, các cháu đi học về muộn cũng không còn phải lo.”",
              "“Thủ tục giờ làm trên điện thoại được hết, tôi không phải xin nghỉ làm để lên phường nữa.”"]

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        wd, d, m, y = _day(r)
        out = [Line(f"Biên Hòa, {wd.lower()} ngày {d} tháng {m} năm {y}", "topbar", "div")]
        if r.random() < 0.6:
            t = r.randint(24, 35)
            out.append(Line(f"Biên Hòa {t}°C · {r.choice(City.CONDS)}", "widget", "div"))
        out += [Line(x, "menu", "li") for x in City.MENU]
        if r.random() < 0.7:
            out.append(Line(City.UTIL, "menu", "div"))
        out.append(Line(r.choice([f"Trang chủ / Phường - xã / {r.choice(City.WARDS)}",
                                  f"Trang chủ / {r.choice(City.MENU[2:9])}"]), "breadcrumb", "div"))
        return out

    @staticmethod
    def top(r: random.Random) -> list[Line]:
        wd, d, m, y = _day(r)
        hh, mm = _hm(r)
        out = [Line(f"Cập nhật lúc {hh:02d}:{mm:02d}, {wd.lower()}, {d}/{m}/{y}", "dateline", "div")]
        if r.random() < 0.4:
            out.append(Line(f"Lượt xem: {_money(r.randint(50, 9000))}", "counter", "div"))
        return out

    @staticmethod
    def byline(r: random.Random) -> Line:
        a, b = _pen(r), _pen(r)
        forms = [f"{a} - {b}", f"Bài, ảnh: {a}", f"{a} (Trung tâm Văn hóa - Thông tin - Thể thao thành phố)",
                 f"{a} (phường {r.choice(City.WARDS)})", f"{a} thực hiện", a.upper(), a]
        return Line(r.choice(forms), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        forms = [f"Nguồn: UBND phường {r.choice(City.WARDS)}", "Theo Báo Đồng Nai",
                 "Nguồn: Cổng thông tin điện tử tỉnh Đồng Nai", "(Theo TTXVN)", "Nguồn: Công an thành phố Biên Hòa"]
        return Line(r.choice(forms), "source")

    @staticmethod
    def tags(r: random.Random) -> Line:
        ward = "#Phường" + r.choice(City.WARDS).replace(" ", "")
        return Line(" ".join(r.sample(City.HASHTAGS, r.randint(2, 4)) + [ward]), "tags")

    @staticmethod
    def related_box(r: random.Random) -> list[Line]:
        return [Line("CÙNG CHỦ ĐỀ", "related_links", "h3")] + _items(r, City.HEADLINES, 2, 4, "related_links")

    @staticmethod
    def inline(r: random.Random) -> Line:
        return Line("Xem thêm >> " + r.choice(City.HEADLINES), "related_links")

    @staticmethod
    def advert(r: random.Random) -> list[Line]:
        proj = r.choice(["Khu dân cư Phước Tân Garden", "Biên Hòa Riverside", "Nhà phố Tân Mai Center"])
        return [Line("Thông tin quảng cáo", "advert", "div"),
                Line(f"{proj} – sổ hồng riêng, thanh toán 30% nhận nhà. LH: {_tel(r)}", "advert", "div")]

    @staticmethod
    def caption(r: random.Random) -> Line:
        a = _pen(r)
        forms = [f"Lãnh đạo thành phố trao quà cho các hộ gia đình. Ảnh: {a}", "Ảnh: CTV",
                 f"Người dân tham gia dọn vệ sinh tuyến hẻm. (Ảnh: {a})", f"Tuyến đường sau khi được mở rộng. Ảnh: {a}",
                 f"Quang cảnh buổi lễ. Ảnh: {a}"]
        return Line(r.choice(forms), "caption", "figcaption")

    @staticmethod
    def tail(r: random.Random) -> tuple[list[list[Line]], list[list[Line]]]:
        sign = [[City.byline(r)]]
        if r.random() < 0.45:
            sign.append([City.source(r)])
        if r.random() < 0.1:
            sign.append([Line(r.choice(["(Còn nữa)", f"Kỳ sau: {r.choice(City.HEADLINES)}"]), "continuation")])
        rest = [[Line("Chia sẻ: Zalo | Facebook | In trang", "share_widget", "div")]]
        if r.random() < 0.7:
            rest.append([City.tags(r)])
        if r.random() < 0.5:
            rest.append([Line("Mọi ý kiến phản ánh xin gửi về Hộp thư bạn đọc: bandoc@nhipsongbienhoa.vn hoặc Zalo "
                              "0918 215 600", "contact", "div")])
        if r.random() < 0.6:
            rest.append([Line(x, "comment_prompt", "div") for x in ["Gửi ý kiến của bạn", "Họ và tên", "Email", "Gửi"]])
        if r.random() < 0.35:
            rest.append([Line("Tải ứng dụng Biên Hòa Smart để phản ánh hiện trường và nhận thông báo khẩn",
                              "app_promo", "div")])
        if r.random() < 0.6:
            rest.append(_items(r, City.HEADLINES, 2, 4, "related_links"))
        return sign, rest

    @staticmethod
    def side(r: random.Random) -> list[list[Line]]:
        power = [Line("Lịch tạm ngừng cung cấp điện", "widget", "h3")]
        for _ in range(r.randint(2, 3)):
            _, d, m, _y = _day(r)
            h = r.randint(6, 10)
            power.append(Line(f"{d}/{m}, từ {h}h00 đến {h + r.randint(3, 8)}h00: đường {r.choice(City.STREETS)}, "
                              f"phường {r.choice(City.WARDS)}", "widget", "li"))
        news = [Line("Tin mới", "related_links", "h3")]
        for h in r.sample(City.HEADLINES, r.randint(3, 5)):
            hh, mm = _hm(r)
            news.append(Line(f"{hh:02d}:{mm:02d} {h}", "related_links", "li"))
        meet = [Line("Lịch tiếp công dân", "widget", "h3"),
                Line("Chủ tịch UBND thành phố tiếp công dân định kỳ vào ngày 15 hằng tháng", "widget", "div")]
        return [power, news, meet]

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        return [Line(x, "footer") for x in [
            "NHỊP SỐNG BIÊN HÒA – Trang thông tin điện tử của Trung tâm Văn hóa - Thông tin - Thể thao TP Biên Hòa",
            "Chịu trách nhiệm nội dung: Giám đốc Trung tâm",
            "Địa chỉ: 02 Đường 30 Tháng 4, phường Thanh Bình, TP Biên Hòa, tỉnh Đồng Nai",
            "Điện thoại: 0251 3822 146 – Email: bbt@nhipsongbienhoa.vn",
            f"Ghi rõ nguồn “Nhịp sống Biên Hòa” khi phát hành lại thông tin từ website này. © {r.randint(2019, 2025)}"]]

    # -- traps --

    @staticmethod
    def t_outage(r: random.Random) -> list[Line]:
        cut = r.random() < 0.4
        out = [_t(r.choice(["Lịch tạm ngừng cấp nước cụ thể như sau:", "Các tuyến đường bị rào chắn tạm thời gồm:",
                            "Thời gian và khu vực cắt điện để thi công như sau:"]))]
        for _ in range(r.randint(2, 4)):
            h = r.randint(6, 20)
            out.append(_t(_nodot(cut, f"Từ {h}h đến {h + r.randint(2, 6)}h ngày {r.randint(1, 28)}/{r.randint(1, 12)}: "
                                    f"đường {r.choice(City.STREETS)}, phường {r.choice(City.WARDS)}."), "li"))
        if r.random() < 0.5:
            out.append(_t("Người dân chủ động trữ nước và sắp xếp việc đi lại trong thời gian trên."))
        return out

    @staticmethod
    def t_steps(r: random.Random) -> list[Line]:
        cut = r.random() < 0.4
        steps = ["Bước 1: Truy cập Cổng dịch vụ công tỉnh Đồng Nai tại địa chỉ dichvucong.dongnai.gov.vn",
                 "Bước 2: Đăng nhập bằng tài khoản định danh điện tử VNeID.",
                 "Bước 3: Chọn thủ tục cần thực hiện, điền tờ khai và đính kèm hồ sơ.",
                 "Bước 4: Thanh toán lệ phí trực tuyến và theo dõi kết quả qua tin nhắn."]
        return [_t("Để đăng ký trực tuyến, người dân thực hiện các bước sau:")] + [
            _t(_nodot(cut, x), "li") for x in steps[:r.randint(3, 4)]]

    @staticmethod
    def t_hotlines(r: random.Random) -> list[Line]:
        return [_t(r.choice(["Số điện thoại đường dây nóng của các phường:",
                             "Người dân cần hỗ trợ có thể liên hệ trực tiếp các số sau:"]))] + [
            _t(f"Phường {w}: {_tel(r)}", "li") for w in r.sample(City.WARDS, r.randint(3, 4))]

    @staticmethod
    def t_programme(r: random.Random) -> list[Line]:
        cut = r.random() < 0.4
        fest = r.choice(["Lễ hội Văn hóa ẩm thực", "Tuần lễ Văn hóa - Thể thao", "Ngày hội Gia đình",
                         "Hội thi Khu phố văn minh"])
        acts = ["Lễ khai mạc và chương trình nghệ thuật", "Giải chạy vì cộng đồng", "Hội thi ẩm thực các dân tộc",
                "Triển lãm ảnh Biên Hòa xưa và nay", "Đêm nhạc đường phố", "Bắn pháo hoa tầm thấp"]
        places = ["Quảng trường tỉnh", "Công viên Biên Hùng", "cù lao Hiệp Hòa", "Văn miếu Trấn Biên",
                  "Nhà văn hóa Thiếu nhi", "bờ sông Đồng Nai"]
        d, m = r.randint(1, 20), r.randint(1, 12)
        out = [_t(f"Chương trình {fest} năm {r.randint(2019, 2025)} gồm các hoạt động:")]
        for i, a in enumerate(r.sample(acts, r.randint(3, 4))):
            out.append(_t(_nodot(cut, f"{r.choice([7, 8, 19, 20])}h ngày {d + i}/{m}: {a} tại {r.choice(places)}."), "li"))
        return out

    @staticmethod
    def t_hashtag(r: random.Random) -> list[Line]:
        tag = r.choice(["#BiênHòaSạchĐẹp", "#SốngXanhBiênHòa", "#ChungTayVìCộngĐồng", "#HẻmSángHẻmXanh"])
        return [_t(r.choice([f"{tag} là thông điệp chính của chiến dịch năm nay, với hơn {r.randint(2, 40)} nghìn lượt "
                             "chia sẻ trên mạng xã hội.",
                             f"Người dân được khuyến khích đăng ảnh kèm hashtag “{tag}” để tham gia cuộc thi.",
                             f"Hashtag “{tag}”"]))]

    @staticmethod
    def t_speaker(r: random.Random) -> list[Line]:
        name, hon = _who(r)
        ward = r.choice(City.WARDS)
        role = r.choice([f"{hon.capitalize()} {name}, Chủ tịch UBND phường {ward}:",
                         f"{hon.capitalize()} {name} – Trưởng khu phố {r.randint(1, 12)}, phường {ward}",
                         f"{name}, Bí thư Đoàn phường {ward}"])
        return [_t(role), _t(r.choice(City.QUOTES))]

    @staticmethod
    def t_results(r: random.Random) -> list[Line]:
        w = r.sample(City.WARDS, 4)
        out = [_t(r.choice(["Kết quả hội thi:", "Ban tổ chức trao giải cho các đơn vị:"]))]
        out += [_t(x, "li") for x in [f"Giải Nhất: phường {w[0]}", f"Giải Nhì: phường {w[1]}",
                                       f"Giải Ba: phường {w[2]} và phường {w[3]}"]]
        return out

    @staticmethod
    def t_theo(r: random.Random) -> list[Line]:
        return [_t(r.choice([f"Theo UBND phường {r.choice(City.WARDS)}, đến nay đã có {r.randint(20, 300)} hộ dân tự "
                             "nguyện hiến đất mở rộng hẻm.",
                             "Theo kế hoạch, công trình hoàn thành trước mùa mưa."]))]

    @staticmethod
    def t_end(r: random.Random) -> list[Line]:
        return [_t(r.choice([f"Chương trình kéo dài đến hết tháng {r.randint(1, 12)}.", "Mỗi suất quà trị giá 500.000 đồng.",
                             "Lễ phát động diễn ra vào sáng Chủ nhật."]))]

    TRAPS = ("t_outage", "t_steps", "t_hotlines", "t_programme", "t_hashtag", "t_speaker", "t_results", "t_theo")


# -- family 68: Tiêu Dùng Thông Thái, consumer news and market watch -------------------------------------


class Consumer:
    NAME = "Tiêu Dùng Thông Thái"
    MENU = ["Thị trường", "Cảnh báo", "Hàng Việt", "Thực phẩm", "Điện máy", "Mua sắm online", "Quyền lợi NTD",
            "Khiếu nại", "Giá cả"]
    HEADLINES = ["Phát hiện kho mỹ phẩm giả nhãn hiệu nổi tiếng", "Giá rau xanh tăng gấp đôi sau mưa lớn",
                 "Cảnh báo chiêu bán hàng 'xả kho' trên mạng xã hội", "Thu hồi lô sữa bột không đạt chất lượng",
                 "Mua hàng online: làm sao để không bị lừa?", "Siêu thị đồng loạt giảm giá hàng Tết",
                 "Thịt heo không rõ nguồn gốc tuồn vào bếp ăn tập thể", "Điện thoại xách tay: rẻ nhưng nhiều rủi ro",
                 "Người tiêu dùng được đổi trả hàng lỗi trong bao lâu?", "Giá vàng nhẫn lập đỉnh mới",
                 "Nước đóng bình kém chất lượng tràn lan", "Ưu đãi thẻ tín dụng: đọc kỹ điều khoản trước khi ký",
                 "Thực phẩm chức năng quảng cáo như thần dược", "Bảng giá điện mới áp dụng từ tháng sau",
                 "Mẹo chọn máy lọc không khí cho phòng ngủ"]
    TAGS = ["hàng giả", "mỹ phẩm", "thu hồi sản phẩm", "giá cả", "thực phẩm bẩn", "mua sắm online", "khuyến mãi",
            "quyền lợi người tiêu dùng", "sữa bột", "quản lý thị trường"]
    PRICES = [("Thịt ba chỉ", 110, 160, "kg"), ("Sườn non", 140, 190, "kg"), ("Cà chua", 18, 35, "kg"),
              ("Bắp cải", 12, 25, "kg"), ("Trứng gà", 28, 38, "chục"), ("Cá diêu hồng", 55, 75, "kg"),
              ("Gạo ST25", 32, 40, "kg"), ("Dầu ăn", 45, 60, "lít"), ("Thịt bò thăn", 250, 320, "kg"),
              ("Rau muống", 10, 20, "bó")]
    MARKETS = ["Bến Thành", "Bình Tây", "Hôm", "Long Biên", "Đầm", "Cồn", "Xóm Mới", "Tân Định", "Thành Công"]
    PRODUCTS = ["Sữa bột trẻ em {} 900g", "Nước rửa tay khô {} 500ml", "Kem chống nắng {} SPF50", "Bánh quy bơ {} 400g",
                "Dầu gội dược liệu {}", "Viên uống bổ sung canxi {}"]
    BRANDS = ["Nutri Plus", "An Nhiên", "Hoa Sen", "Kidsmilk", "GreenLife", "Bảo Ngọc", "Sunny Day"]
    SUBHEADS = ["Cẩn trọng với hàng xách tay", "Giá tăng nhưng sức mua vẫn yếu", "Làm sao nhận biết hàng thật?",
                "Người bán cũng kêu khó", "Quyền lợi của người mua ở đâu?", "Đừng ham rẻ"]
    QA = [("Hỏi: Tôi mua điện thoại trên sàn thương mại điện tử, nhận hàng thì máy bị lỗi màn hình nhưng shop không "
           "cho đổi. Tôi phải làm sao?",
           "Đáp: Bạn có quyền yêu cầu người bán đổi hàng hoặc hoàn tiền; nếu bị từ chối, bạn có thể khiếu nại tới "
           "chính sàn thương mại điện tử hoặc cơ quan quản lý nhà nước về bảo vệ người tiêu dùng."),
          ("Hỏi: Siêu thị niêm yết giá một đằng nhưng tính tiền một nẻo, tôi có được yêu cầu tính theo giá niêm yết "
           "không?",
           "Đáp: Có. Người kinh doanh phải bán đúng giá niêm yết; bạn có quyền yêu cầu thanh toán theo giá đã niêm "
           "yết và phản ánh hành vi vi phạm đến cơ quan chức năng."),
          ("Hỏi: Mua gói tập gym trả trước một năm, nay phòng tập đóng cửa thì có đòi lại tiền được không?",
           "Đáp: Được. Bạn nên giữ hợp đồng, biên lai thanh toán và gửi yêu cầu hoàn tiền bằng văn bản cho doanh "
           "nghiệp trước khi nhờ đến hội bảo vệ người tiêu dùng.")]
    QUOTES = ["“Nhiều người chỉ nhìn vào giá rẻ mà bỏ qua nguồn gốc, đến khi sản phẩm gây hại thì rất khó đòi quyền "
              "lợi.”",
              "“Sữa cho trẻ nhỏ phải được mua ở nơi có hóa đơn, tuyệt đối không dùng sản phẩm thiếu nhãn phụ tiếng "
              "Việt.”",
              "“Giá rau tăng mạnh sau mấy đợt mưa, khách mua ít hẳn, tôi cũng chỉ dám nhập về một nửa so với trước.”"]
    STEPS = ["1. Giữ lại hóa đơn, phiếu bảo hành và bao bì sản phẩm.",
             "2. Chụp ảnh, quay video tình trạng sản phẩm ngay khi phát hiện lỗi.",
             "3. Liên hệ người bán hoặc nhà sản xuất để yêu cầu đổi trả, bồi thường.",
             "4. Nếu không được giải quyết, gửi đơn đến hội bảo vệ người tiêu dùng hoặc cơ quan quản lý thị trường."]

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        wd, d, m, y = _day(r)
        out = [Line(f"{wd}, {d}/{m}/{y}", "topbar", "div")]
        if r.random() < 0.75:
            gold = f"{r.randint(680, 920) / 10:.1f}".replace(".", ",")
            out.append(Line(f"Xăng RON 95-III: {_money(r.randint(195, 255) * 100)} đ/lít · Vàng SJC: {gold} triệu/lượng"
                            f" · USD: {_money(r.randint(23400, 25500))} đ", "widget", "div"))
        out += [Line(x, "menu", "li") for x in Consumer.MENU]
        out.append(Line(f"Tiêu Dùng Thông Thái » {r.choice(Consumer.MENU)}", "breadcrumb", "div"))
        return out

    @staticmethod
    def top(r: random.Random) -> list[Line]:
        _, d, m, y = _day(r)
        hh, mm = _hm(r)
        out = [Line(f"{d:02d}/{m:02d}/{y} - {hh:02d}:{mm:02d} GMT+7", "dateline", "div")]
        if r.random() < 0.6:
            out.append(Line(f"Đọc trong {r.randint(2, 9)} phút", "counter", "div"))
        return out

    @staticmethod
    def byline(r: random.Random) -> Line:
        a, b = _pen(r), _pen(r)
        forms = [a, f"{a} - {b}", f"Bài và ảnh: {a}", f"{a} (theo {r.choice(_FOREIGN)})", "Nhóm PV Thị trường",
                 f"{a} thực hiện"]
        return Line(r.choice(forms), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        forms = ["Nguồn: Cục Quản lý thị trường", "Theo Bộ Công Thương", f"(Theo {r.choice(_FOREIGN)})",
                 "Nguồn: Cục An toàn thực phẩm", "Theo Ủy ban Cạnh tranh quốc gia"]
        return Line(r.choice(forms), "source")

    @staticmethod
    def tags(r: random.Random) -> Line:
        return Line("Chủ đề: " + ", ".join(r.sample(Consumer.TAGS, r.randint(2, 4))), "tags")

    @staticmethod
    def related_box(r: random.Random) -> list[Line]:
        return [Line("BẠN CÓ THỂ QUAN TÂM", "related_links", "h3")] + _items(r, Consumer.HEADLINES, 2, 3, "related_links")

    @staticmethod
    def inline(r: random.Random) -> Line:
        return Line("Đọc thêm: " + r.choice(Consumer.HEADLINES), "related_links")

    @staticmethod
    def advert(r: random.Random) -> list[Line]:
        code = "TDTT" + str(r.randint(10, 99))
        shop = r.choice(["Bách Hóa Xanh Mart", "Điện Máy Sao Mai", "Mỹ Phẩm Hoa Anh", "Nhà Sách Phương Nam Online"])
        return [Line("QUẢNG CÁO", "advert", "div"),
                Line(f"Nhập mã {code} giảm {r.choice([30, 50, 80, 100])}K cho đơn từ {r.choice([199, 299, 499])}K "
                     f"tại {shop}", "advert", "div"),
                Line(f"Áp dụng đến hết {r.randint(1, 28)}/{r.randint(1, 12)}", "advert", "div")]

    @staticmethod
    def caption(r: random.Random) -> Line:
        a = _pen(r)
        forms = [f"Người dân mua sắm tại siêu thị. Ảnh: {a}", "Ảnh minh họa: Internet",
                 "Tang vật bị thu giữ tại kho. (Ảnh: QLTT)", f"Tiểu thương bày bán rau củ tại chợ. Ảnh: {a}",
                 f"Sản phẩm bị phát hiện không có nhãn phụ. Ảnh: {a}"]
        return Line(r.choice(forms), "caption", "figcaption")

    @staticmethod
    def tail(r: random.Random) -> tuple[list[list[Line]], list[list[Line]]]:
        sign = [[Consumer.byline(r)]] if r.random() < 0.8 else []
        if r.random() < 0.6:
            sign.append([Consumer.source(r)])
        rest = [[Consumer.tags(r)],
                [Line("Chia sẻ bài viết: Facebook · Messenger · Zalo · Sao chép", "share_widget", "div")]]
        if r.random() < 0.6:
            rest.append([Line("Bài viết có hữu ích với bạn không?", "comment_prompt", "div"),
                         Line(f"Có ({r.randint(0, 300)}) · Không ({r.randint(0, 40)})", "comment_prompt", "div")])
        if r.random() < 0.45:
            rest.append([Line("Nhận bản tin Cảnh báo tiêu dùng mỗi sáng thứ Hai", "newsletter", "h3"),
                         Line("Nhập email của bạn", "newsletter", "div"), Line("Đăng ký", "newsletter", "div")])
        if r.random() < 0.4:
            rest.append([Line("Tải app Tiêu Dùng Thông Thái – quét mã vạch kiểm tra hàng thật, hàng giả", "app_promo",
                              "div")])
        if r.random() < 0.5:
            rest.append([Line(f"Bình luận ({r.randint(0, 120)})", "comment_prompt", "h3"),
                         Line("Đăng nhập để bình luận", "comment_prompt", "div")])
        if r.random() < 0.5:
            rest.append(_items(r, Consumer.HEADLINES, 2, 4, "related_links"))
        return sign, rest

    @staticmethod
    def side(r: random.Random) -> list[list[Line]]:
        prices = [Line("Giá cả thị trường hôm nay", "widget", "h3")]
        for item, lo, hi, unit in r.sample(Consumer.PRICES, r.randint(3, 5)):
            prices.append(Line(f"{item}: {_money(r.randint(lo, hi) * 1000)} đ/{unit}", "widget", "li"))
        warn = [Line("Cảnh báo mới", "related_links", "h3")] + _items(r, Consumer.HEADLINES, 2, 4, "related_links")
        most = [Line("Xem nhiều nhất", "related_links", "h3")]
        for i, h in enumerate(r.sample(Consumer.HEADLINES, r.randint(3, 5)), 1):
            most.append(Line(f"{i}. {h}", "related_links", "li"))
        return [prices, warn, most]

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        return [Line(x, "footer") for x in [
            "Giới thiệu · Điều khoản sử dụng · Chính sách bảo mật · Liên hệ",
            "Tiêu Dùng Thông Thái – Chuyên trang thông tin tiêu dùng và thị trường",
            "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 2184/GP-TTĐT ngày 12/6/2019",
            "Liên hệ quảng cáo: 0903 118 226 – ads@tieudungthongthai.vn",
            f"© {r.randint(2019, 2025)} Tiêu Dùng Thông Thái. Mọi hình thức sao chép phải được sự đồng ý bằng văn bản."]]

    # -- traps --

    @staticmethod
    def t_prices(r: random.Random) -> list[Line]:
        out = [_t(f"Giá một số mặt hàng tại chợ {r.choice(Consumer.MARKETS)} sáng {r.randint(1, 28)}/{r.randint(1, 12)}:")]
        for item, lo, hi, unit in r.sample(Consumer.PRICES, r.randint(3, 5)):
            line = f"{item}: {_money(r.randint(lo, hi) * 1000)} đồng/{unit}"
            if r.random() < 0.5:
                line += f" ({r.choice(['tăng', 'giảm'])} {_money(r.randint(2, 20) * 1000)} đồng)"
            out.append(_t(line, "li"))
        return out

    @staticmethod
    def t_recall(r: random.Random) -> list[Line]:
        out = [_t(r.choice(["Danh sách các lô sản phẩm bị thu hồi:", "Các sản phẩm bị đình chỉ lưu hành gồm:"]))]
        for p in r.sample(Consumer.PRODUCTS, r.randint(2, 4)):
            out.append(_t(f"{p.format(r.choice(Consumer.BRANDS))} – số lô {r.choice('ABCDEFKM')}{r.randint(1000, 9999)}, "
                          f"hạn sử dụng {r.randint(1, 12):02d}/{r.randint(2025, 2027)}", "li"))
        return out

    @staticmethod
    def t_steps(r: random.Random) -> list[Line]:
        cut = r.random() < 0.4
        return [_t("Khi mua phải hàng kém chất lượng, người tiêu dùng nên:")] + [
            _t(_nodot(cut, x), "li") for x in Consumer.STEPS[:r.randint(3, 4)]]

    @staticmethod
    def t_hotline(r: random.Random) -> list[Line]:
        prov = r.choice(_PROVINCES)
        return [_t("Mọi phản ánh về hàng giả, hàng kém chất lượng có thể gửi về:"),
                _t("Tổng đài tư vấn người tiêu dùng: 1800 6838"),
                _t(f"Đường dây nóng Cục Quản lý thị trường tỉnh {prov}: {_tel(r)}"),
                _t(r.choice(["Email: phananh@qltt.gov.vn", "Hộp thư: tiepnhan.ntd@vcca.org.vn"]))]

    @staticmethod
    def t_qa(r: random.Random) -> list[Line]:
        q, a = r.choice(Consumer.QA)
        return [_t(q), _t(a)]

    @staticmethod
    def t_speaker(r: random.Random) -> list[Line]:
        name, hon = _who(r)
        given = name.split()[-1]
        role = r.choice([f"TS.BS {name}, Viện Dinh dưỡng quốc gia:",
                         f"Luật sư {name}, Hội Bảo vệ quyền lợi người tiêu dùng tỉnh {r.choice(_PROVINCES)}",
                         f"{'Anh' if hon == 'ông' else 'Chị'} {given}, tiểu thương chợ {r.choice(Consumer.MARKETS)}:"])
        return [_t(role), _t(r.choice(Consumer.QUOTES))]

    @staticmethod
    def t_theo(r: random.Random) -> list[Line]:
        return [_t(r.choice([f"Theo Cục Quản lý thị trường tỉnh {r.choice(_PROVINCES)}, trong {r.randint(3, 9)} tháng đầu "
                             f"năm đã phát hiện {r.randint(40, 900)} vụ vi phạm.",
                             f"Ngày {r.randint(1, 28)}/{r.randint(1, 12)}, Cục An toàn thực phẩm phát đi cảnh báo về "
                             "sản phẩm này."]))]

    @staticmethod
    def t_end(r: random.Random) -> list[Line]:
        return [_t(r.choice(["Người tiêu dùng cần hết sức cảnh giác.", "Giá bán lẻ không thay đổi.",
                             "Sản phẩm đã được thu hồi toàn bộ."]))]

    TRAPS = ("t_prices", "t_recall", "t_steps", "t_hotline", "t_qa", "t_speaker", "t_theo", "t_subhead")


# -- family 69: Tin Biển Đảo, sea, islands and fisheries ---------------------------------------------------


class Sea:
    NAME = "Tin Biển Đảo"
    MENU = ["Tin biển", "Ngư nghiệp", "Kinh tế biển", "Hải quân - Cảnh sát biển", "Trường Sa - Hoàng Sa", "Cảng biển",
            "Du lịch biển", "Môi trường biển", "Bạn đọc"]
    SUBS = ["Ngư dân", "Cứu hộ - cứu nạn", "Chống khai thác IUU", "Đảo xa", "Thời tiết biển"]
    HEADLINES = ["Cứu kịp thời 12 ngư dân trên tàu cá bị chìm", "Ngư dân Sa Huỳnh trúng đậm mùa cá cơm",
                 "Thêm 300 tàu cá lắp thiết bị giám sát hành trình", "Áp thấp nhiệt đới trên Biển Đông có thể mạnh lên",
                 "Lễ hội Cầu ngư đặc sắc của người dân làng chài", "Giá cá ngừ đại dương giảm mạnh, ngư dân lo lắng",
                 "Tàu hải quân đưa thầy thuốc ra Trường Sa", "Nâng cấp cảng cá Tam Quang đón tàu công suất lớn",
                 "Xử phạt chủ tàu cắt thiết bị giám sát khi ra khơi", "Trồng rừng ngập mặn chắn sóng ven biển",
                 "Đưa ngư dân bị đột quỵ trên biển vào bờ cấp cứu", "Vệt dầu lạ dạt vào bờ biển nhiều xã",
                 "Tổng kết chuyến công tác thăm quân dân huyện đảo", "Ngư dân bám biển dịp cuối năm"]
    AREAS = ["Vịnh Bắc Bộ", "Vùng biển từ Thanh Hóa đến Hà Tĩnh", "Vùng biển từ Quảng Trị đến Quảng Ngãi",
             "Vùng biển từ Bình Định đến Ninh Thuận", "Vùng biển từ Bình Thuận đến Cà Mau", "Bắc Biển Đông",
             "Giữa Biển Đông", "Vùng biển quần đảo Hoàng Sa", "Vùng biển quần đảo Trường Sa", "Vịnh Thái Lan"]
    DIRS = ["đông bắc", "tây nam", "đông", "nam", "tây bắc", "đông nam"]
    PORTS = ["Sa Huỳnh", "Tam Quang", "Hòn Rớ", "Quy Nhơn", "Phan Thiết", "Cửa Việt", "Lạch Bạng", "Sông Đốc",
             "Thọ Quang", "Cát Lở"]
    REGS = ["QNg", "BĐ", "KH", "BTh", "ĐNa", "QB", "TH", "NA", "CM", "KG"]
    ISLANDS = ["Song Tử Tây", "Sinh Tồn", "Lý Sơn", "Cồn Cỏ", "Phú Quý", "Bạch Long Vĩ", "Thổ Chu"]
    FISH = ["Cá ngừ đại dương", "Cá cơm", "Mực các loại", "Tôm hùm", "Cá thu", "Cá nục", "Ghẹ xanh"]
    TAGS = ["ngư dân", "tàu cá", "cứu nạn", "Trường Sa", "IUU", "cảng cá", "bão", "hải quân", "kinh tế biển", "áp thấp"]
    QUOTES = ["“Ngay khi nhận tin báo, đơn vị đã điều tàu xuất phát trong đêm, bất chấp sóng to gió lớn để tiếp cận "
              "các ngư dân.”",
              "“Chúng tôi yêu cầu 100% tàu cá phải duy trì kết nối thiết bị giám sát hành trình, tuyệt đối không vi "
              "phạm vùng biển nước ngoài.”",
              "“Chuyến biển này được mùa cá ngừ, trừ chi phí mỗi bạn thuyền cũng có hơn hai chục triệu đồng mang về "
              "cho vợ con.”"]

    @staticmethod
    def reg(r: random.Random) -> str:
        return f"{r.choice(Sea.REGS)} {r.randint(90000, 99999)} TS"

    @staticmethod
    def head(r: random.Random) -> list[Line]:
        wd, d, m, y = _day(r)
        out = [Line(f"{wd}, {d}/{m}/{y} (Âm lịch: {r.randint(1, 29)}/{r.randint(1, 12)})", "topbar", "div")]
        if r.random() < 0.5:
            out.append(Line("Đường dây nóng Tòa soạn: 0258 3821 407", "topbar", "div"))
        out += [Line(x, "menu", "li") for x in Sea.MENU]
        out.append(Line(f"{r.choice(Sea.MENU[:6])} > {r.choice(Sea.SUBS)}", "breadcrumb", "div"))
        return out

    @staticmethod
    def top(r: random.Random) -> list[Line]:
        _, d, m, y = _day(r)
        hh, mm = _hm(r)
        out = [Line(f"Đăng ngày {d}/{m}/{y} lúc {hh:02d}:{mm:02d}", "dateline", "div")]
        if r.random() < 0.5:
            out.append(Line(f"{_money(r.randint(120, 25000))} lượt đọc", "counter", "div"))
        return out

    @staticmethod
    def byline(r: random.Random) -> Line:
        a, b = _pen(r), _pen(r)
        forms = [f"Bài và ảnh: {a}", f"{a} - {b}", f"{a} thực hiện", f"{a} (theo {r.choice(_FOREIGN)})", a,
                 f"Ghi chép của {a} từ Trường Sa", a.upper()]
        return Line(r.choice(forms), "byline")

    @staticmethod
    def source(r: random.Random) -> Line:
        forms = ["Nguồn: Trung tâm Dự báo khí tượng thủy văn quốc gia", "Theo Bộ Tư lệnh Cảnh sát biển",
                 f"(Theo {r.choice(_FOREIGN)})", "Nguồn: Cục Thủy sản", "Theo Báo Khánh Hòa"]
        return Line(r.choice(forms), "source")

    @staticmethod
    def tags(r: random.Random) -> Line:
        return Line("Tag: " + ", ".join(r.sample(Sea.TAGS, r.randint(2, 5))), "tags")

    @staticmethod
    def related_box(r: random.Random) -> list[Line]:
        return [Line("Cùng dòng sự kiện", "related_links", "h3")] + _items(r, Sea.HEADLINES, 2, 3, "related_links")

    @staticmethod
    def inline(r: random.Random) -> Line:
        return Line("→ " + r.choice(Sea.HEADLINES), "related_links")

    @staticmethod
    def advert(r: random.Random) -> list[Line]:
        brand = r.choice(["Hải Âu", "Sao Biển", "Thái Bình Dương", "Ngọc Trai"])
        return [Line("Tài trợ", "advert", "div"),
                Line(f"Sơn chống hà {brand} – bảo vệ vỏ tàu gỗ 24 tháng. Đại lý: {_tel(r)}", "advert", "div")]

    @staticmethod
    def caption(r: random.Random) -> Line:
        a = _pen(r)
        forms = [f"Tàu cá cập cảng {r.choice(Sea.PORTS)}. Ảnh: {a}",
                 "Lực lượng cứu hộ tiếp cận tàu bị nạn. (Ảnh: Vùng 2 Cảnh sát biển cung cấp)",
                 f"Ngư dân phân loại cá ngay trên bến. Ảnh: {a}", f"Bộ đội Trường Sa đón đoàn công tác. Ảnh: {a}",
                 "Ảnh: Tư liệu"]
        return Line(r.choice(forms), "caption", "figcaption")

    @staticmethod
    def campaign(r: random.Random) -> list[Line]:
        return [Line("Chung tay vì Trường Sa thân yêu", "advert", "h3"),
                Line(f"Ủng hộ qua tài khoản {r.randint(10 ** 9, 10 ** 10 - 1)} – Ngân hàng Vietcombank chi nhánh "
                     "Khánh Hòa", "advert", "div")]

    @staticmethod
    def tail(r: random.Random) -> tuple[list[list[Line]], list[list[Line]]]:
        sign = [[Sea.byline(r)]]
        if r.random() < 0.5:
            sign.append([Sea.source(r)])
        if r.random() < 0.2:
            sign.append([Line(r.choice(["(Còn nữa)", f"Kỳ sau: {r.choice(Sea.HEADLINES)}",
                                        f"Kỳ 2: {r.choice(Sea.HEADLINES)}"]), "continuation")])
        rest = [[Line("Chia sẻ: Facebook | Zalo | Twitter | Email", "share_widget", "div")]]
        if r.random() < 0.7:
            rest.append([Sea.tags(r)])
        if r.random() < 0.6:
            rest.append([Line(f"Bình luận ({r.randint(0, 64)})", "comment_prompt", "h3"),
                         Line("Gửi bình luận của bạn về bài viết này", "comment_prompt", "div")])
        if r.random() < 0.35:
            rest.append([Line("Tải ứng dụng Tin Biển Đảo – nhận cảnh báo bão, áp thấp trên biển qua điện thoại",
                              "app_promo", "div")])
        if r.random() < 0.4:
            rest.append(Sea.campaign(r))
        if r.random() < 0.5:
            rest.append(_items(r, Sea.HEADLINES, 2, 4, "related_links"))
        return sign, rest

    @staticmethod
    def side(r: random.Random) -> list[list[Line]]:
        wx = [Line("Thời tiết biển 24 giờ tới", "widget", "h3")]
        for area in r.sample(Sea.AREAS, r.randint(2, 4)):
            a, w = r.randint(3, 6), r.randint(1, 3)
            wx.append(Line(f"{area}: gió {r.choice(Sea.DIRS)} cấp {a}-{a + 1}, sóng cao {w}-{w + 1} m", "widget", "li"))
        port = r.choice(["Vũng Tàu", "Quy Nhơn", "Hòn Dấu", "Nha Trang"])
        tide = [Line(f"Thủy triều tại {port}", "widget", "h3")]
        for kind in ["Nước lớn", "Nước ròng"]:
            hh, mm = _hm(r)
            tide.append(Line(f"{kind}: {hh:02d}:{mm:02d} – {r.randint(4, 40) / 10:.1f} m".replace(".", ","),
                             "widget", "li"))
        fish = [Line("Giá hải sản tại cảng", "widget", "h3")]
        for f in r.sample(Sea.FISH, r.randint(2, 4)):
            fish.append(Line(f"{f}: {_money(r.randint(40, 900) * 1000)} đ/kg", "widget", "li"))
        most = [Line("Đọc nhiều", "related_links", "h3")] + _items(r, Sea.HEADLINES, 3, 5, "related_links")
        return [wx, tide, fish, most]

    @staticmethod
    def foot(r: random.Random) -> list[Line]:
        return [Line(x, "footer") for x in [
            "TIN BIỂN ĐẢO – Trang thông tin điện tử tổng hợp về biển, đảo Việt Nam",
            "Giấy phép số 41/GP-STTTT do Sở Thông tin và Truyền thông tỉnh Khánh Hòa cấp",
            "Địa chỉ: 72 Trần Phú, phường Lộc Thọ, TP Nha Trang, tỉnh Khánh Hòa",
            f"Bản quyền © {r.randint(2019, 2025)} Tin Biển Đảo"]]

    # -- traps --

    @staticmethod
    def coord(r: random.Random) -> str:
        return f"{r.randint(8, 20)}°{r.randint(0, 59):02d}'N – {r.randint(105, 117)}°{r.randint(0, 59):02d}'E"

    @staticmethod
    def t_coords(r: random.Random) -> list[Line]:
        if r.random() < 0.5:
            return [_t("Tàu bị nạn ở vị trí có tọa độ:"), _t(Sea.coord(r)),
                    _t(f"Vị trí này cách đảo {r.choice(Sea.ISLANDS)} khoảng {r.randint(15, 160)} hải lý về phía "
                       f"{r.choice(Sea.DIRS)}.")]
        return [_t("Các điểm phát hiện vệt dầu loang:")] + [
            _t(f"Điểm {i}: {Sea.coord(r)}", "li") for i in range(1, r.randint(3, 4))]

    @staticmethod
    def t_storm(r: random.Random) -> list[Line]:
        cut = r.random() < 0.4
        out = [_t(r.choice([f"Theo bản tin lúc {r.choice([4, 10, 16, 22])} giờ, dự báo trong 24 giờ tới:",
                            "Cảnh báo gió mạnh trên biển:"]))]
        for area in r.sample(Sea.AREAS, r.randint(2, 3)):
            a, w = r.randint(6, 8), r.randint(2, 4)
            out.append(_t(_nodot(cut, f"{area}: gió mạnh cấp {a}, giật cấp {a + 2}, sóng cao {w}-{w + 2} m, biển động "
                                    f"{r.choice(['mạnh', 'rất mạnh'])}."), "li"))
        return out

    @staticmethod
    def t_rescue(r: random.Random) -> list[Line]:
        centres = ["khu vực I (Hải Phòng)", "khu vực II (Đà Nẵng)", "khu vực III (Vũng Tàu)", "khu vực IV (Nha Trang)"]
        return [_t("Số điện thoại của các Trung tâm phối hợp tìm kiếm, cứu nạn hàng hải:")] + [
            _t(f"Trung tâm {c}: {_tel(r)}", "li") for c in r.sample(centres, r.randint(2, 4))]

    @staticmethod
    def t_boats(r: random.Random) -> list[Line]:
        cut = r.random() < 0.4
        out = [_t(r.choice(["Danh sách các tàu bị nạn:", "Các tàu cá được hỗ trợ kéo vào bờ gồm:"]))]
        for _ in range(r.randint(2, 4)):
            out.append(_t(_nodot(cut, f"Tàu {Sea.reg(r)}, thuyền trưởng {_name(r)}, {r.randint(4, 16)} thuyền viên."),
                          "li"))
        return out

    @staticmethod
    def t_speaker(r: random.Random) -> list[Line]:
        name, hon = _who(r)
        prov = r.choice(["Quảng Ngãi", "Bình Định", "Khánh Hòa", "Quảng Nam", "Bình Thuận", "Cà Mau"])
        role = r.choice([f"Đại tá {name}, Chỉ huy trưởng Bộ đội Biên phòng tỉnh {prov}",
                         f"Ngư dân {name}, thuyền trưởng tàu {Sea.reg(r)}:",
                         f"{hon.capitalize()} {name}, Chi cục trưởng Chi cục Thủy sản tỉnh {prov}:"])
        return [_t(role), _t(r.choice(Sea.QUOTES))]

    @staticmethod
    def t_timeline(r: random.Random) -> list[Line]:
        d, m, reg = r.randint(1, 25), r.randint(1, 12), Sea.reg(r)
        events = [f"tàu {reg} phát tín hiệu cấp cứu.", "lực lượng cứu nạn tiếp cận hiện trường.",
                  "đưa các thuyền viên bị nạn sang tàu SAR 412.", f"tàu cập cảng {r.choice(Sea.PORTS)} an toàn."]
        out = []
        h = r.randint(0, 12)
        for e in events[:r.randint(3, 4)]:
            out.append(_t(f"{h % 24:02d}h{r.choice([0, 15, 30, 45]):02d} ngày {d + h // 24}/{m}: {e}", "li"))
            h += r.randint(2, 7)
        return out

    @staticmethod
    def t_catch(r: random.Random) -> list[Line]:
        out = [_t(f"Sản lượng khai thác {r.randint(3, 10)} tháng đầu năm:")]
        for f in r.sample(Sea.FISH, r.randint(3, 4)):
            out.append(_t(f"{f}: {_money(r.randint(200, 9000))} tấn ({r.choice(['tăng', 'giảm'])} {r.randint(2, 25)}%)",
                          "li"))
        return out

    @staticmethod
    def t_theo(r: random.Random) -> list[Line]:
        prov = r.choice(["Quảng Ngãi", "Bình Định", "Khánh Hòa", "Kiên Giang"])
        return [_t(r.choice([f"Theo Chi cục Thủy sản tỉnh {prov}, hiện toàn tỉnh có {_money(r.randint(900, 5000))} tàu cá "
                             "đã lắp thiết bị giám sát hành trình.",
                             "Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, áp thấp nhiệt đới có khả năng mạnh "
                             "lên thành bão."]))]

    @staticmethod
    def t_end(r: random.Random) -> list[Line]:
        return [_t(r.choice(["Hiện sức khỏe các ngư dân đã ổn định.", "Tàu đã về đến bờ an toàn.",
                             "Công tác tìm kiếm vẫn đang tiếp tục."]))]

    TRAPS = ("t_coords", "t_storm", "t_rescue", "t_boats", "t_speaker", "t_timeline", "t_catch", "t_theo")


SITES: dict[int, type] = {66: Court, 67: City, 68: Consumer, 69: Sea}


# -- page assembly ------------------------------------------------------------------------------------


def _flat(blocks: list[list[Line]]) -> list[Line]:
    return [x for b in blocks for x in b]


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    """One page of family `fam`: head, body (article, traps, in-body widgets, closing blocks), side, foot."""
    s = SITES[fam]
    page = Page(fam, OUTLETS[fam])
    page.head = s.head(r)
    title, sapo, *paras = article
    top = [Line(title, "title", "h1")] + s.top(r)
    byline_top = (fam == 68 and r.random() < 0.5) or (fam == 69 and r.random() < 0.3)
    if byline_top:
        top.append(s.byline(r))
    if fam == 68 and r.random() < 0.5:
        top.append(Line("Nghe bài viết", "share_widget", "div"))
    top.append(Line(sapo, "content", "p"))
    blocks: list[list[Line]] = [[Line(p, "content")] for p in paras]
    # precision traps: blocks of article text shaped like boilerplate, at the end or between paragraphs
    target = round((1 + len(paras)) * r.uniform(0.0, 0.33))
    got = 0
    for kind in r.sample(s.TRAPS, len(s.TRAPS)):
        if got >= target:
            break
        if kind == "t_subhead":  # a subheading opens a paragraph block, never two in a row
            paras_at = [b for b in blocks[1:] if b[0].label == "content" and not isinstance(b[0], Trap)]
            heads = r.sample(Consumer.SUBHEADS, 2)
            for b in r.sample(paras_at, min(len(paras_at), r.randint(1, 2))):
                b.insert(0, _t(heads.pop(), "h2"))
                got += 1
            continue
        block = getattr(s, kind)(r)
        got += len(block)
        blocks.insert(len(blocks) if r.random() < 0.55 else r.randint(0, len(blocks)), block)
    if r.random() < 0.45:
        blocks.append(s.t_end(r))
    # in-body boilerplate, between blocks
    inserts = [[s.caption(r)] for _ in range(r.choice([0, 1, 1, 2]))]
    if r.random() < 0.5:
        inserts.append(s.related_box(r))
    if r.random() < 0.4:
        inserts.append([s.inline(r)])
    if r.random() < 0.35:
        inserts.append(s.advert(r))
    for ins in inserts:
        blocks.insert(r.randint(0 if ins[0].label == "caption" else 1, max(1, len(blocks) - 1)), ins)
    sign, rest = s.tail(r)
    if byline_top:
        sign = [b for b in sign if b[0].label != "byline"]
    r.shuffle(sign)
    r.shuffle(rest)
    if sign and r.random() < 0.2:  # a share bar or tags before the signature
        closing = rest[:1] + sign + rest[1:]
    else:
        closing = sign + rest
    page.body = top + _flat(blocks) + _flat(closing)
    side = s.side(r)
    r.shuffle(side)
    page.side = _flat(side[:r.randint(max(1, len(side) - 2), len(side))])
    page.foot = s.foot(r)
    return page


# -- HTML -----------------------------------------------------------------------------------------------

_STYLE = {
    66: {"wrap": "pd-container", "art": "article", "art_cls": "detail-article", "side": "pd-sidebar",
         "box": "box-doc-them", "widget": "pd-widget", "author": "author text-right", "after": "detail-bottom"},
    67: {"wrap": "main-content", "art": "div", "art_cls": "news-detail", "side": "col-right",
         "box": "tin-lien-quan", "widget": "box-right", "author": "tacgia", "after": "news-detail-bottom"},
    68: {"wrap": "tdtt-layout", "art": "article", "art_cls": "post-content", "side": "tdtt-aside",
         "box": "related-inline", "widget": "aside-block", "author": "post-author", "after": "post-footer"},
    69: {"wrap": "container", "art": "div", "art_cls": "chitiet-baiviet", "side": "cot-phai",
         "box": "dong-su-kien", "widget": "khoi-phai", "author": "tac-gia", "after": "chitiet-cuoi"},
}
_AFTER = ("comment_prompt", "newsletter", "app_promo")


def _runs(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines of one label; a header (h3/h4) opens a new run."""
    runs: list[list[Line]] = []
    for x in lines:
        if runs and runs[-1][-1].label == x.label and x.tag not in ("h3", "h4") and x.label not in ("title", "content", "caption"):
            runs[-1].append(x)
        elif runs and x.label == "content" and x.tag == "li" and runs[-1][-1].tag == "li" \
                and runs[-1][-1].label == "content":
            runs[-1].append(x)
        else:
            runs.append([x])
    return runs


def _href(text: str) -> str:
    return f"/tin/{zlib.crc32(text.encode()) % 10 ** 7}.html"


def _block(run: list[Line], st: dict[str, str]) -> str:
    esc = html.escape
    x = run[0]
    lab = x.label
    if lab == "title":
        return f"<h1 class='title'>{esc(x.text)}</h1>"
    if lab == "content":
        if x.tag == "li":
            return "<ul>" + "".join(f"<li>{esc(y.text)}</li>" for y in run) + "</ul>"
        if x.tag in ("h2", "h3"):
            return f"<{x.tag}>{esc(x.text)}</{x.tag}>"
        return f"<p>{esc(x.text)}</p>"
    if lab == "caption":
        src = f"/images/{zlib.crc32(x.text.encode()) % 10 ** 8}.jpg"
        return f"<figure class='image'><img src='{src}' alt=''><figcaption>{esc(x.text)}</figcaption></figure>"
    if lab in ("byline", "source"):
        cls = st["author"] if lab == "byline" else "nguon-tin"
        return "".join(f"<p class='{cls}'><strong>{esc(y.text)}</strong></p>" for y in run)
    parts = []
    for y in run:
        if y.tag in ("h3", "h4"):
            parts.append(f"<{y.tag} class='box-title'>{esc(y.text)}</{y.tag}>")
        elif lab == "related_links":
            parts.append(f"<li><a href='{_href(y.text)}'>{esc(y.text)}</a></li>")
        elif y.tag == "li":
            parts.append(f"<li>{esc(y.text)}</li>")
        else:
            parts.append(f"<div class='{lab.replace('_', '-')}-item'>{esc(y.text)}</div>")
    out, in_ul = [], False
    for p in parts:
        if p.startswith("<li>") and not in_ul:
            out.append("<ul>")
            in_ul = True
        elif not p.startswith("<li>") and in_ul:
            out.append("</ul>")
            in_ul = False
        out.append(p)
    if in_ul:
        out.append("</ul>")
    cls = st["box"] if lab == "related_links" else lab.replace("_", "-")
    return f"<div class='{cls}'>{''.join(out)}</div>"


def render_html(page: Page, n: int) -> str:
    """A whole page in the family's markup; every labelled line in a block element of its own."""
    esc = html.escape
    st = _STYLE[page.family]
    site = SITES[page.family]
    title = next(x.text for x in page.body if x.label == "title")
    sapo = next(x.text for x in page.body if x.label == "content")
    last = max(i for i, x in enumerate(page.body) if x.label == "content")
    after_at = next((i for i in range(last + 1, len(page.body)) if page.body[i].label in _AFTER), len(page.body))
    article, closing, after = page.body[:last + 1], page.body[last + 1:after_at], page.body[after_at:]
    top, menu, rest_head = [], [], []
    for x in page.head:
        (menu if x.label == "menu" and x.tag == "li" else top if x.label in ("topbar", "widget") else rest_head).append(x)
    nav = "".join(f"<li><a href='/{zlib.crc32(x.text.encode()) % 1000}'>{esc(x.text)}</a></li>" for x in menu)
    url = f"https://{page.outlet}/bai-viet-{n}-{zlib.crc32(title.encode()) % 10 ** 6}.html"
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":' + _json_str(title)
          + ',"publisher":{"@type":"Organization","name":' + _json_str(site.NAME) + "}}")
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{esc(title)} | {esc(site.NAME)}</title>"
        f"<meta name='description' content='{esc(sapo[:160])}'>"
        f"<meta property='og:title' content='{esc(title)}'><meta property='og:site_name' content='{esc(site.NAME)}'>"
        f"<link rel='canonical' href='{url}'><link rel='stylesheet' href='/static/css/main.css'>"
        f"<script type='application/ld+json'>{ld}</script></head><body>"
        "<header class='site-header'><div class='top-bar'>"
        + "".join(_block(r, st) for r in _runs(top))
        + f"</div><div class='logo'><a href='/'><img src='/static/logo.png' alt='{esc(site.NAME)}'></a></div>"
        f"<nav class='main-nav'><ul>{nav}</ul></nav>"
        + "".join(_block(r, st) for r in _runs(rest_head))
        + f"</header><div class='{st['wrap']}'><main>"
        f"<{st['art']} class='{st['art_cls']}'>"
        + "".join(_block(r, st) for r in _runs(article))
        + "".join(_block(r, st) for r in _runs(closing))
        + f"</{st['art']}><div class='{st['after']}'>"
        + "".join(_block(r, st) for r in _runs(after))
        + f"</div></main><aside class='{st['side']}'>"
        + "".join(f"<section class='{st['widget']}'>{_block(r, st)}</section>" for r in _runs(page.side))
        + "</aside></div><footer class='site-footer'>"
        + "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
        + "</footer><script src='/static/js/app.js' defer></script></body></html>"
    )


def _json_str(s: str) -> str:
    """A JSON string literal safe inside a script element."""
    return json.dumps(s, ensure_ascii=False).replace("</", "<\\/")
