"""Held-out 18: families 86-89 of the line-labelled Vietnamese page benchmark (seed 59).

Written by helper HO18, an independent author who never saw the cleaner. Independence statement:
for this module the author read only `bench/vi_bench_templates.py` (the `Line`/`Page` types, the label
names and the name, phone and date helpers), the harness parts of `bench/eval_vi_pages.py` (its
docstring, HALVES, MAKE_EVAL_HALVES, article loading, the `build_page` dispatch, the page-writing loop,
`page_lines` and the scoring functions, to learn the label names and how a line counts as kept) and,
for the style of this docstring only, the docstring at the top of `bench/vi_bench_heldout17.py`.
Nothing under `cleaners/`, `flows/` or `tests/`, no README, no HISTORY, no held-out score file, no
rule-diff TSV, no other part of any held-out module and no result was opened, and the cleaner was never
run on these pages before their one scoring: the wordings below are the author's own, chosen by what
such sites print, not by what any rule catches.

The four families are kinds of site no earlier half covered, under invented domains (`OUTLETS`):

- 86 `vantaiviet24.vn`, a transport and logistics paper (roads, railways, aviation, ports): a top bar
  with the date and the newsroom hotline, a menu by mode of transport, a fuel-price box, a
  "weather on the routes" box (passes, expressways), coach-hire adverts, a footer naming the
  publishing association. Traps: train timetables and flight changes as short lines, expressway toll
  tables in the price box's shape, traffic-diversion plans, traffic-police and inspectorate hotlines,
  "Bước n:" steps for electronic toll accounts, a quote whose speaker (name, post) is a line of its
  own, "Theo Cục X, ..." sentences, sub-headings, a closing line without a full stop.
- 87 `haiquanthuongmai.vn`, a customs, trade and import-export paper: a text-size/print bar, a
  customs-exchange-rate box and an export-commodity price box, a "Văn bản mới" (new regulations)
  list, freight-forwarding adverts with company, address and hotline. Traps: seized goods as short
  unpunctuated items, export turnover by commodity as a table, import-tariff lines by HS code, the
  list of fined companies (company name, province, fine: shaped like an advert), customs anti-smuggling
  hotlines, "Bước n:" steps for the electronic declaration system, a quote with the speaker's line,
  "Theo Tổng cục Hải quan, ..." sentences, sub-headings, a closing line without a full stop.
- 88 `ansinhbaohiem.vn`, a social- and health-insurance magazine: an app-download bar, a "Tra cứu
  nhanh" look-up box, a "Câu hỏi mới nhất" list, a "was this useful?" bar, "Gửi câu hỏi" prompts,
  series markers. Traps: contribution rates as a table, benefit amounts in money (price-box shape),
  "Bước n:" steps for the insurance app, a reader's question announced by a "Bạn đọc X (tỉnh) hỏi:"
  line, lists of clinics with addresses and phones, provinces with their arrears, a quote with the
  speaker's line, "Theo BHXH ..." sentences, question sub-headings, a closing line without a full stop.
- 89 `doingoai24h.vn`, a foreign-affairs and diplomacy magazine: a language switcher, a date line
  with the capital, an exchange-rate box, a "weather in world capitals" box, "Theo dõi ... trên
  Google News" follow bars, a footer with the publishing friendship association. Traps: embassies'
  citizen-protection hotlines, delegation member lists (name and post per line), a visit programme
  by day and hour, numbered points of a joint statement, visa-fee tables, a quote with the speaker's
  line, "Theo Đại sứ quán ..." sentences, sub-headings, a closing line without a full stop.

Trap share at the default size (16 pages + 40 records per family): 965 of the 2,854 content lines
(titles included), 33.8 %.

About two pages in three have one of their family's trap blocks (one in twenty has two), and pages
have some of the small traps (quote and speaker, "Theo" sentence, sub-heading, closing line); layouts
vary per page (byline at the head or the tail, optional boxes, widget order). Trap lines are `Trap` instances (a `Line` subclass the harness reads as a
plain line) so `trap_share()` can count them.
"""

from __future__ import annotations

import html
import random
import zlib
from dataclasses import dataclass

from bench import vi_bench_templates as T

FAMILIES = (86, 87, 88, 89)
ARTICLE_OUTLETS = ("TN", "NLD", "VNE", "TT")
SEED = 59
OUTLETS = {86: "vantaiviet24.vn", 87: "haiquanthuongmai.vn", 88: "ansinhbaohiem.vn", 89: "doingoai24h.vn"}
SITE_NAMES = {86: "Báo Vận tải Việt", 87: "Báo Hải quan & Thương mại", 88: "Tạp chí An sinh",
              89: "Tạp chí Đối ngoại & Hội nhập"}

Line = T.Line


@dataclass
class Trap(T.Line):
    """A line of article text shaped like boilerplate (a precision trap); always labelled content."""


def _c(text: str, tag: str = "p") -> T.Line:
    return T.Line(text, "content", tag)


class _Part(T.Line):
    """A plain article line inside a trap block (a question, an answer): content, but not a trap."""


def _part(text: str) -> T.Line:
    return _Part(text, "content", "p")


def _t(text: str, tag: str = "p") -> Trap:
    return Trap(text, "content", tag)


PROVINCES = ["Quảng Ninh", "Lạng Sơn", "Lào Cai", "Nghệ An", "Thanh Hóa", "Bình Dương", "Đồng Nai", "Long An",
             "Quảng Nam", "Khánh Hòa", "Cà Mau", "Tây Ninh", "An Giang", "Thái Bình"]
COUNTRIES = [("Nhật Bản", "81"), ("Hàn Quốc", "82"), ("Đức", "49"), ("Pháp", "33"), ("Australia", "61"),
             ("Hoa Kỳ", "1"), ("Nga", "7"), ("Ba Lan", "48"), ("Malaysia", "60"), ("Thái Lan", "66"),
             ("Anh", "44"), ("Campuchia", "855")]


def _hm(r: random.Random) -> str:
    return f"{r.randint(5, 22)}h{r.choice(['00', '15', '30', '45', '05', '20', '50'])}"


def _dm(r: random.Random) -> str:
    return f"{r.randint(1, 28)}/{r.randint(1, 12)}"


def _money(r: random.Random, lo: int, hi: int, step: int = 1000) -> str:
    return f"{r.randint(lo // step, hi // step) * step:,}".replace(",", ".")


def _intl_phone(r: random.Random, code: str) -> str:
    return f"+{code} {r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(100, 9999)}"


def _official(r: random.Random, cap: bool = False) -> str:
    return r.choice(["Ông", "Bà"] if cap else ["ông", "bà"]) + " " + T.person(r)


# -- family 86: transport and logistics paper ---------------------------------------------------------

HEAD86 = ["Cao tốc Bắc - Nam đoạn qua Nghệ An sẵn sàng đón xe dịp lễ", "Ga Hà Nội mở bán vé tàu Tết từ tuần sau",
          "Sân bay Nội Bài dự báo đón 90.000 khách mỗi ngày", "Cảng Lạch Huyện đón tàu container trọng tải lớn",
          "Tăng cường kiểm soát tải trọng xe trên quốc lộ 1", "Đề xuất thu phí thêm ba tuyến cao tốc",
          "Hãng bay tăng hàng trăm chuyến dịp cao điểm hè", "Đường sắt chở hàng sang Trung Quốc tăng mạnh",
          "Hầm Hải Vân tạm dừng lưu thông để diễn tập cứu hộ", "Giá cước vận tải biển tăng gấp đôi",
          "Thêm tuyến buýt nối sân bay với trung tâm thành phố", "Sửa chữa mặt cầu Thăng Long: phân luồng ra sao?",
          "Doanh nghiệp logistics xoay xở khi giá nhiên liệu tăng", "Xe khách giường nằm vi phạm giờ cấm"]
MENU86 = ["Thời sự", "Đường bộ", "Đường sắt", "Hàng không", "Hàng hải", "Logistics", "An toàn giao thông",
          "Xe & Đời sống", "Bạn đọc", "Video"]


def _traps86(r: random.Random) -> list[list[T.Line]]:
    """The transport paper's article-shaped-like-boilerplate blocks."""
    stations = ["Vinh", "Huế", "Đà Nẵng", "Nha Trang", "Sài Gòn", "Đồng Hới", "Quảng Ngãi", "Lào Cai"]
    trains = [_t(r.choice([f"Tàu SE{n}: xuất phát {_hm(r)}, đến ga {r.choice(stations)} lúc {_hm(r)} hôm sau",
                           f"Tàu SE{n} Hà Nội - {r.choice(stations)}: {_hm(r)}", f"SE{n}: {_hm(r)} ngày {_dm(r)}"]))
              for n in r.sample(range(1, 22), r.randint(2, 4))]
    trains.insert(0, _t(r.choice(["Lịch chạy các đoàn tàu tăng cường dịp Tết như sau:",
                                  "Giờ khởi hành các chuyến tàu Thống Nhất từ ga Hà Nội:",
                                  "Cụ thể, các đoàn tàu được điều chỉnh giờ chạy gồm:"])))
    station = r.choice(["Bắc Thăng Long - Nội Bài", "Pháp Vân - Cầu Giẽ", "Cầu Rác", "Hòa Phước", "Ninh Lộc"])
    tolls = [_t(f"Mức phí mới tại trạm thu phí {station} áp dụng từ ngày {_dm(r)}:")] + [
        _t(f"{veh}: {_money(r, lo, lo + 20000)} đồng/lượt") for veh, lo in
        [("Xe dưới 12 ghế, xe tải dưới 2 tấn", 30000), ("Xe từ 12 đến 30 ghế, xe tải từ 2 đến 4 tấn", 45000),
         ("Xe từ 31 ghế trở lên, xe tải từ 4 đến 10 tấn", 70000), ("Xe tải từ 10 đến 18 tấn, container 20 fit", 110000),
         ("Xe tải trên 18 tấn, container 40 fit", 170000)][: r.randint(2, 4)]]
    detour = [_t(r.choice(["Phương án phân luồng cụ thể như sau:", "Sở GTVT hướng dẫn các phương tiện đi như sau:"]))] + [
        _t(x) for x in r.sample([
            "Xe từ Hà Nội đi Hải Phòng: rẽ phải vào đường gom, qua cầu Thanh Trì rồi nhập quốc lộ 5",
            "Xe tải trên 10 tấn: cấm lưu thông từ 6h đến 22h hằng ngày",
            "Xe khách trên 30 chỗ: đi theo đường vành đai 3, không qua nội thành",
            f"Hướng {r.choice(stations)} đi {r.choice(PROVINCES)}: đi theo quốc lộ 1, tránh đoạn đang thi công",
            "Xe máy, xe thô sơ: đi ở làn sát lề phải, không đi vào làn ô tô",
            "Xe cứu thương, xe cứu hỏa: được ưu tiên qua khu vực thi công"], r.randint(2, 4))]
    hot = [_t(r.choice(["Người dân phát hiện vi phạm có thể phản ánh qua các số điện thoại:",
                        "Các đường dây nóng tiếp nhận phản ánh dịp lễ:"]))] + [
        _t(f"{x}: {T.phone(r)}") for x in r.sample([
            f"Phòng CSGT Công an tỉnh {r.choice(PROVINCES)}", "Thanh tra Sở GTVT", "Cục Đường bộ Việt Nam",
            "Trung tâm điều hành cao tốc", "Ban quản lý ga Hà Nội", "Cảng vụ hàng không miền Bắc"], 3)]
    fl = [_t(r.choice(["Các chuyến bay bị ảnh hưởng gồm:", "Danh sách chuyến bay điều chỉnh giờ khai thác:"]))] + [
        _t(f"{code}{r.randint(100, 999)} {a} - {b}: {r.choice(['lùi giờ cất cánh sang ' + _hm(r), 'hủy chuyến', 'đổi sang tàu bay A321', 'cất cánh sớm 30 phút'])}")
        for code, (a, b) in zip(r.sample(["VN", "VJ", "QH", "VU"], 3),
                                [r.sample(["Hà Nội", "TP.HCM", "Đà Nẵng", "Phú Quốc", "Hải Phòng", "Cần Thơ"], 2)
                                 for _ in range(3)], strict=True)]
    steps = [_t(s) for s in [
        "Bước 1: Tải ứng dụng thu phí không dừng trên điện thoại và đăng ký tài khoản bằng số điện thoại",
        "Bước 2: Chọn mục “Phương tiện”, nhập biển số xe và ảnh chụp giấy đăng ký xe",
        "Bước 3: Liên kết tài khoản giao thông với tài khoản ngân hàng hoặc ví điện tử",
        "Bước 4: Kiểm tra số dư trước mỗi chuyến đi để tránh bị từ chối qua trạm"][: r.randint(3, 4)]]
    return [trains, tolls, detour, hot, fl, steps]


def _quote(r: random.Random, fam: int) -> list[T.Line]:
    """A quoted paragraph, then the speaker (name, post) on a line of their own."""
    q, post = {
        86: (["“Chúng tôi yêu cầu các nhà xe tuyệt đối không tăng giá vé quá mức đã kê khai, không bắt khách dọc đường.”",
              "“Nếu không giải phóng được mặt bằng trong tháng này, dự án khó về đích đúng hẹn.”"],
             ["Phó Cục trưởng Cục Đường bộ Việt Nam", "Giám đốc Sở GTVT " + r.choice(PROVINCES),
              "Phó Tổng giám đốc Tổng công ty Đường sắt"]),
        87: (["“Doanh nghiệp tuân thủ tốt sẽ được ưu tiên phân luồng xanh, giảm thời gian thông quan.”",
              "“Các đối tượng lợi dụng hàng quá cảnh để buôn lậu ngày càng tinh vi, khó phát hiện.”"],
             ["Cục trưởng Cục Giám sát quản lý về hải quan", "Phó Cục trưởng Cục Hải quan tỉnh " + r.choice(PROVINCES),
              "Chi cục trưởng Chi cục Hải quan cửa khẩu"]),
        88: (["“Rút BHXH một lần chỉ giải quyết cái trước mắt, về già người lao động sẽ không có lương hưu.”",
              "“Người tham gia BHYT hộ gia đình năm thứ hai trở đi sẽ được giảm mức đóng.”"],
             ["Phó Giám đốc BHXH tỉnh " + r.choice(PROVINCES), "Trưởng ban Thực hiện chính sách BHYT",
              "Chuyên gia an sinh xã hội"]),
        89: (["“Quan hệ hai nước đang ở thời điểm tốt đẹp nhất từ trước đến nay.”",
              "“Chúng tôi sẵn sàng hỗ trợ mọi công dân gặp khó khăn tại sở tại, bất kể ngày đêm.”"],
             ["Thứ trưởng Bộ Ngoại giao", "Đại sứ Việt Nam tại " + r.choice(COUNTRIES)[0],
              "Người phát ngôn Bộ Ngoại giao"]),
    }[fam]
    speaker = r.choice([f"{_official(r, cap=True)}, {r.choice(post)}", f"{r.choice(post)} {T.person(r)}",
                        f"— {T.person(r)}, {r.choice(post)}"])
    quote = _t(r.choice(q), r.choice(["p", "blockquote"]))
    return [quote, _t(speaker)] if r.random() < 0.7 else [_t(speaker), quote]


def _theo(r: random.Random, fam: int) -> T.Line:
    """A sentence of the article that opens like a source credit."""
    return _t({
        86: r.choice([f"Theo Cục Đăng kiểm Việt Nam, trong tháng qua cả nước có hơn {r.randint(500, 700)} nghìn lượt xe được kiểm định, tăng {r.randint(5, 20)}% so với cùng kỳ.",
                      f"Theo Cảng vụ hàng không miền Nam, dịp cao điểm sân bay Tân Sơn Nhất khai thác trung bình {r.randint(800, 1100)} chuyến bay mỗi ngày.",
                      f"Theo ông {T.person(r)}, nhà xe chỉ được bán vé đúng giá niêm yết và phải xuất hóa đơn cho khách."]),
        87: r.choice([f"Theo Tổng cục Hải quan, {r.randint(4, 11)} tháng đầu năm kim ngạch xuất nhập khẩu cả nước đạt {r.randint(300, 700)} tỷ USD.",
                      "Theo Cục Điều tra chống buôn lậu, thủ đoạn khai sai tên hàng, mã HS vẫn phổ biến ở các cửa khẩu phía Bắc.",
                      f"Theo đại diện Chi cục Hải quan cửa khẩu {r.choice(['Móng Cái', 'Hữu Nghị', 'Lào Cai', 'Mộc Bài'])}, lượng xe chở nông sản tăng mạnh từ đầu tuần."]),
        88: r.choice([f"Theo BHXH Việt Nam, cả nước hiện có khoảng {r.randint(17, 19)} triệu người tham gia BHXH, đạt {r.randint(38, 42)}% lực lượng lao động.",
                      "Theo quy định tại Luật BHXH năm 2024, người lao động phải có đủ 15 năm đóng BHXH mới được hưởng lương hưu.",
                      f"Theo bà {T.person(r)}, nhiều người chỉ biết mình bị nợ BHXH khi đi làm thủ tục hưởng trợ cấp."]),
        89: r.choice([f"Theo Đại sứ quán Việt Nam tại {r.choice(COUNTRIES)[0]}, đến nay chưa có công dân Việt Nam nào bị thương trong vụ việc.",
                      "Theo Người phát ngôn Bộ Ngoại giao, Việt Nam hoan nghênh mọi nỗ lực đối thoại vì hòa bình và ổn định ở khu vực.",
                      f"Theo số liệu của Bộ Ngoại giao, năm qua các cơ quan đại diện đã bảo hộ hơn {r.randint(3, 9)}.000 lượt công dân."]),
    }[fam])


def _subhead(r: random.Random, fam: int) -> T.Line:
    return _t(r.choice({
        86: ["Nhiều tuyến cao tốc quá tải dịp lễ", "Cần quy định rõ trách nhiệm của nhà đầu tư", "Hành khách nên mua vé sớm",
             "Siết chặt kiểm soát tải trọng", "Vì sao chi phí logistics còn cao?"],
        87: ["Gỡ vướng thủ tục cho doanh nghiệp", "Buôn lậu qua đường hàng không gia tăng", "Thông quan hàng hóa 24/7",
             "Xuất khẩu nông sản khởi sắc", "Doanh nghiệp cần lưu ý gì?"],
        88: ["Ai được hưởng lương hưu sớm?", "Lưu ý khi đổi thẻ BHYT", "Quyền lợi khi đóng BHXH tự nguyện",
             "Nợ đóng kéo dài, người lao động chịu thiệt", "Mức hưởng được tính thế nào?"],
        89: ["Dấu mốc mới trong quan hệ song phương", "Cộng đồng người Việt đóng góp tích cực", "Hợp tác kinh tế là trụ cột",
             "Bảo hộ công dân kịp thời", "Nhiều thỏa thuận được ký kết"],
    }[fam]), r.choice(["h2", "h3", "p"]))


def _closing(r: random.Random, fam: int) -> T.Line:
    return _t(r.choice({
        86: ["Chúc quý khách có chuyến đi an toàn", "Vụ việc đang được cơ quan chức năng tiếp tục làm rõ",
             "Dự kiến công trình sẽ hoàn thành vào cuối năm nay"],
        87: ["Vụ việc đang được tiếp tục xác minh, xử lý theo quy định", "Hồ sơ vụ việc đã được chuyển cơ quan điều tra",
             "Hàng hóa đã được niêm phong, tạm giữ để xử lý"],
        88: ["Chúc bạn sớm hoàn tất thủ tục", "Mọi vướng mắc bạn đọc có thể liên hệ cơ quan BHXH nơi cư trú để được hướng dẫn",
             "Chúc ông bà mạnh khỏe"],
        89: ["Chuyến thăm kết thúc tốt đẹp", "Hai bên nhất trí tổ chức kỳ họp tiếp theo vào năm sau",
             "Lễ đón chính thức diễn ra trang trọng"],
    }[fam]))


# -- family 87: customs, trade and import-export paper -----------------------------------------------

HEAD87 = ["Xuất khẩu rau quả lập kỷ lục mới", "Bắt giữ container hàng giả nhãn hiệu tại cảng Cát Lái",
          "Hải quan Quảng Ninh thu ngân sách vượt kế hoạch", "Doanh nghiệp được khai báo hải quan trên điện thoại",
          "Phát hiện 200 kg ngà voi trong lô hàng nhập khẩu", "Thông quan hàng hóa tại cửa khẩu Tân Thanh tăng mạnh",
          "Sửa quy định về xuất xứ hàng hóa", "EVFTA: cơ hội cho hàng dệt may", "Cảnh báo gian lận xuất xứ sang Hoa Kỳ",
          "Kim ngạch xuất nhập khẩu vượt 600 tỷ USD", "Triệt phá đường dây buôn lậu thuốc lá qua biên giới",
          "Giảm thời gian kiểm tra chuyên ngành"]
MENU87 = ["Tin tức", "Xuất nhập khẩu", "Chống buôn lậu", "Thủ tục - Chính sách", "Doanh nghiệp", "Hội nhập",
          "Văn bản mới", "Hỏi đáp", "Infographic"]
COMPANIES = ["Thương mại Hoàng Gia", "Xuất nhập khẩu Tân Phát", "Logistics Đông Dương", "Dệt may Hòa Bình",
             "Nông sản Minh Phú", "Điện tử Phương Nam", "Gỗ Trường Thành Phát", "Thủy sản Biển Xanh"]


def _traps87(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "p"])
    seized = [_t(r.choice(["Tang vật thu giữ gồm:", "Qua kiểm tra thực tế, lực lượng chức năng phát hiện:",
                           "Số hàng hóa bị tạm giữ gồm:"]))] + [_t(x, tag) for x in r.sample([
        f"{r.randint(2, 9) * 100} bao thuốc lá điếu nhãn hiệu ngoại", f"{r.randint(20, 90)} kg pháo hoa nổ",
        f"{r.randint(100, 900)} chiếc điện thoại di động đã qua sử dụng", f"{r.randint(2, 8)} tấn nầm lợn đông lạnh",
        f"{r.randint(300, 900)} đôi giày thể thao giả nhãn hiệu", f"{r.randint(10, 60)} thùng mỹ phẩm không hóa đơn",
        f"{r.randint(5, 30)} kg ma túy tổng hợp dạng đá"], r.randint(2, 4))]
    exp = [_t(r.choice(["Kim ngạch xuất khẩu một số mặt hàng chủ lực từ đầu năm:",
                        "Số liệu sơ bộ của Tổng cục Hải quan cho thấy:"]))] + [
        _t(f"{x}: {r.randint(10, 250) / 10:.1f} tỷ USD".replace(".", ",") + r.choice(["", f", tăng {r.randint(2, 40)}%", f", giảm {r.randint(1, 9)}%"]))
        for x in r.sample(["Điện thoại và linh kiện", "Dệt may", "Gỗ và sản phẩm gỗ", "Thủy sản", "Cà phê", "Giày dép",
                           "Máy vi tính, sản phẩm điện tử", "Rau quả", "Gạo"], r.randint(3, 5))]
    tariff = [_t(r.choice(["Mức thuế suất nhập khẩu ưu đãi mới đối với một số mặt hàng:",
                           "Biểu thuế sau khi sửa đổi như sau:"]))] + [
        _t(f"Mã HS {code}: {rate}%") for code, rate in
        zip(r.sample(["8703.23", "0901.11", "8517.13", "2204.21", "3004.90", "8471.30", "6403.99"], 3),
            r.sample([0, 5, 10, 15, 20, 30, 50, 64], 3), strict=True)]
    fined = [_t(r.choice(["Các doanh nghiệp bị xử phạt vi phạm hành chính gồm:", "Danh sách doanh nghiệp nợ thuế quá hạn:"]))] + [
        _t(f"Công ty TNHH {c} ({r.choice(PROVINCES)}): {r.choice(['phạt', 'nợ'])} {r.randint(50, 900)} triệu đồng", tag)
        for c in r.sample(COMPANIES, r.randint(2, 4))]
    hot = [_t(r.choice(["Đường dây nóng tiếp nhận tin báo về buôn lậu, gian lận thương mại:",
                        "Doanh nghiệp gặp vướng mắc có thể liên hệ:"]))] + [
        _t(f"{x}: {T.phone(r)}") for x in r.sample([
            "Cục Điều tra chống buôn lậu", f"Cục Hải quan tỉnh {r.choice(PROVINCES)}", "Chi cục Hải quan cửa khẩu Hữu Nghị",
            "Trung tâm hỗ trợ thủ tục hải quan", "Bộ phận một cửa Chi cục Hải quan Cát Lái"], 3)]
    steps = [_t(s) for s in [
        "Bước 1: Đăng nhập hệ thống khai báo điện tử bằng chữ ký số của doanh nghiệp",
        "Bước 2: Khai thông tin tờ khai nhập khẩu, đính kèm hóa đơn và vận đơn",
        "Bước 3: Nộp thuế qua ngân hàng phối hợp thu hoặc cổng thanh toán điện tử",
        "Bước 4: Nhận kết quả phân luồng xanh, vàng hoặc đỏ và làm thủ tục tiếp theo"][: r.randint(3, 4)]]
    return [seized, exp, tariff, fined, hot, steps]


# -- family 88: social and health insurance magazine ---------------------------------------------------

HEAD88 = ["Những thay đổi về lương hưu từ tháng 7", "Làm gì khi doanh nghiệp nợ BHXH?", "Thẻ BHYT giấy có còn giá trị?",
          "Hơn 1 triệu người rút BHXH một lần", "Cách tính lương hưu với người nghỉ việc sớm",
          "Khám chữa bệnh BHYT bằng căn cước công dân", "Tăng mức hỗ trợ đóng BHXH tự nguyện",
          "Điều kiện hưởng trợ cấp thất nghiệp mới nhất", "BHYT học sinh: mức đóng năm học mới",
          "Chế độ thai sản cho lao động nam", "Truy thu BHXH hàng trăm tỷ đồng", "Hướng dẫn gia hạn thẻ BHYT hộ gia đình"]
QUESTIONS88 = ["Nghỉ việc bao lâu thì được rút BHXH một lần?", "Đóng BHXH tự nguyện 10 năm có được lương hưu?",
               "Mất thẻ BHYT thì cấp lại ở đâu?", "Lao động nữ nghỉ sinh con được hưởng bao nhiêu tháng lương?",
               "Chuyển công ty có phải làm lại sổ BHXH?", "Khám trái tuyến được BHYT chi trả bao nhiêu?",
               "Người nước ngoài làm việc tại Việt Nam có phải đóng BHXH?"]
MENU88 = ["Chính sách mới", "BHXH", "BHYT", "Bảo hiểm thất nghiệp", "Hưu trí", "Hỏi - Đáp", "Tra cứu", "Media"]


def _traps88(r: random.Random) -> list[list[T.Line]]:
    rates = [_t(r.choice(["Tỷ lệ đóng BHXH bắt buộc hiện nay như sau:", "Mức đóng cụ thể của từng quỹ:"]))] + [
        _t(x) for x in [
            "Quỹ hưu trí và tử tuất: người lao động 8%, doanh nghiệp 14%", "Quỹ ốm đau và thai sản: doanh nghiệp 3%",
            "Quỹ tai nạn lao động, bệnh nghề nghiệp: 0,5%", "Bảo hiểm thất nghiệp: mỗi bên 1%",
            "Bảo hiểm y tế: người lao động 1,5%, doanh nghiệp 3%"][: r.randint(2, 4)]]
    base = 2340000
    benefits = [_t(r.choice(["Mức hưởng cụ thể:", "Theo đó, người lao động được nhận các khoản sau:"]))] + [
        _t(f"{x}: {f'{int(base * k):,}'.replace(',', '.')} đồng" + s) for x, k, s in r.sample([
            ("Trợ cấp một lần khi sinh con", 2, ""), ("Dưỡng sức sau sinh", 0.3, "/ngày"), ("Trợ cấp mai táng", 10, ""),
            ("Trợ cấp hằng tháng cho người từ 75 tuổi", 0.22, "/tháng"), ("Mức đóng BHYT hộ gia đình người thứ nhất", 0.045, "/tháng")], 3)]
    steps = [_t(s) for s in [
        "Bước 1: Tải ứng dụng bảo hiểm xã hội số từ kho ứng dụng của điện thoại",
        "Bước 2: Chọn “Đăng ký”, nhập mã số BHXH và số căn cước công dân",
        "Bước 3: Chụp ảnh chân dung, ảnh hai mặt căn cước rồi bấm “Gửi”",
        "Bước 4: Nhận mật khẩu qua tin nhắn và đổi mật khẩu ở lần đăng nhập đầu"][: r.randint(3, 4)]]
    asker = T.person(r)
    question = [_t(f"Bạn đọc {asker} ({r.choice(PROVINCES)}) hỏi:"),
                _part(f"Tôi đã đóng BHXH được {r.randint(8, 19)} năm, nay công ty giải thể, tôi muốn hỏi có được đóng "
                   "tiếp BHXH tự nguyện để hưởng lương hưu không?"),
                _t(r.choice(["Về vấn đề này, BHXH tỉnh trả lời như sau:", "Trả lời:", "Luật sư tư vấn:"])),
                _part("Người lao động đã có thời gian đóng BHXH bắt buộc được tiếp tục đóng BHXH tự nguyện; khi đủ tuổi "
                   "nghỉ hưu và đủ 15 năm đóng thì được hưởng lương hưu hằng tháng.")]
    clinics = [_t(r.choice(["Danh sách cơ sở khám chữa bệnh BHYT ban đầu bổ sung trong quý:",
                            "Người dân có thể đăng ký khám BHYT ban đầu tại:"]))] + [
        _t(f"{x} {r.choice(T.GIVEN)}: số {r.randint(1, 300)} {r.choice(T.STREETS)}, điện thoại {T.phone(r)}")
        for x in r.sample(["Phòng khám đa khoa", "Trạm y tế phường", "Bệnh viện quận", "Trung tâm y tế huyện"], 3)]
    debt = [_t(r.choice(["Các địa phương có số nợ đóng BHXH lớn nhất:", "Số tiền chậm đóng tại một số địa phương:"]))] + [
        _t(f"{x}: {r.randint(120, 2400):,} tỷ đồng".replace(",", ".")) for x in r.sample(T.CITIES[:5] + PROVINCES[:6], r.randint(2, 4))]
    return [rates, benefits, steps, question, clinics, debt]


# -- family 89: foreign-affairs and diplomacy magazine -----------------------------------------------

HEAD89 = ["Việt Nam và Australia nâng cấp quan hệ", "Bảo hộ công dân Việt Nam tại vùng xung đột",
          "Thủ tướng dự Hội nghị Cấp cao ASEAN", "Tăng cường hợp tác kinh tế với các nước Trung Đông",
          "Khai mạc Hội nghị Ngoại vụ toàn quốc", "Đại sứ quán khuyến cáo công dân tránh đến vùng có bão",
          "Miễn thị thực cho công dân thêm ba nước", "Ngày Văn hóa Việt Nam tại Paris thu hút đông đảo khách",
          "Hội đàm cấp cao Việt Nam - Hàn Quốc", "Công hàm phản đối hoạt động trái phép trên Biển Đông",
          "Trao tặng Huân chương Hữu nghị cho Đại sứ mãn nhiệm", "Cộng đồng người Việt ở Ba Lan đón Tết"]
MENU89 = ["Thời sự", "Ngoại giao", "Kinh tế đối ngoại", "Người Việt bốn phương", "Văn hóa đối ngoại", "Bình luận",
          "Hồ sơ", "Multimedia", "English"]


def _traps89(r: random.Random) -> list[list[T.Line]]:
    tag = r.choice(["li", "p"])
    hot = [_t(r.choice(["Số điện thoại đường dây nóng bảo hộ công dân:", "Công dân cần hỗ trợ khẩn cấp xin liên hệ:"]))] + [
        _t(f"Đại sứ quán Việt Nam tại {c}: {_intl_phone(r, code)}") for c, code in r.sample(COUNTRIES, r.randint(2, 4))]
    delegation = [_t(r.choice(["Tham gia đoàn có:", "Thành phần đoàn gồm:", "Cùng dự buổi tiếp có:"]))] + [
        _t(f"{_official(r, cap=True)}, {post}", tag) for post in r.sample([
            "Thứ trưởng Bộ Ngoại giao", "Phó Chủ nhiệm Văn phòng Chính phủ", f"Đại sứ Việt Nam tại {r.choice(COUNTRIES)[0]}",
            "Thứ trưởng Bộ Công Thương", f"Chủ tịch UBND tỉnh {r.choice(PROVINCES)}", "Vụ trưởng Vụ Lễ tân Nhà nước"],
            r.randint(2, 4))]
    days = sorted(r.sample(range(10, 20), 3))
    program = [_t(r.choice(["Chương trình chuyến thăm dự kiến:", "Lịch trình chính của đoàn:"]))] + [
        _t(x) for x in [f"Ngày {days[0]}/6: hội đàm với Thủ tướng nước chủ nhà",
                        f"Sáng {days[1]}/6: dự diễn đàn doanh nghiệp hai nước",
                        f"Chiều {days[1]}/6: gặp gỡ cộng đồng người Việt và cán bộ Đại sứ quán",
                        f"{_hm(r)} ngày {days[2]}/6: kết thúc chuyến thăm, lên đường về nước"]]
    points = [_t(r.choice(["Tuyên bố chung nêu rõ hai bên nhất trí:", "Hai bên thống nhất các nội dung sau:"]))] + [
        _t(f"{i}. {x}") for i, x in enumerate(r.sample([
            "Tăng cường trao đổi đoàn cấp cao và các cơ chế đối thoại", "Nâng kim ngạch thương mại song phương lên 20 tỷ USD",
            "Thúc đẩy hợp tác quốc phòng, an ninh", "Mở thêm đường bay thẳng giữa hai thủ đô",
            "Tạo điều kiện cho cộng đồng người Việt sinh sống ổn định", "Hợp tác ứng phó biến đổi khí hậu"], r.randint(2, 4)), 1)]
    visa = [_t(r.choice(["Mức phí thị thực mới áp dụng từ tháng tới:", "Biểu phí cấp thị thực như sau:"]))] + [
        _t(f"{x}: {fee} USD") for x, fee in [("Thị thực một lần", 25), ("Thị thực nhiều lần đến 90 ngày", 50),
                                           ("Thị thực nhiều lần trên 90 ngày đến 180 ngày", 95),
                                           ("Thẻ tạm trú đến 2 năm", 145)][: r.randint(3, 4)]]
    return [hot, delegation, program, points, visa]


TRAPS = {86: _traps86, 87: _traps87, 88: _traps88, 89: _traps89}
HEADLINES = {86: HEAD86, 87: HEAD87, 88: HEAD88, 89: HEAD89}
MENUS = {86: MENU86, 87: MENU87, 88: MENU88, 89: MENU89}


# -- boilerplate of the four sites --------------------------------------------------------------------


def _item(r: random.Random, fam: int, h: str) -> str:
    d = f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}"
    return r.choice({86: [h, h, f"{h} ({d})", f"› {h}"], 87: [h, f"{h} - {d}/2024", f"• {h}"],
                     88: [h, h, f"{h} | {d}"],
                     89: [h, f"{h} ({d}/2024)", f"» {h}"]}[fam])


def _related(r: random.Random, fam: int, where: str) -> list[T.Line]:
    headers = {"body": {86: ["Tin liên quan", "Cùng chủ đề"], 87: ["Tin cùng chủ đề:", "Đọc thêm"],
                        88: ["Bài liên quan", "Có thể bạn quan tâm"], 89: ["Tin liên quan", "Bài cùng sự kiện"]},
               "tail": {86: ["Tin cùng chuyên mục", "Tin khác"], 87: ["Tin khác", "Các tin đã đưa"],
                        88: ["Tin khác", "Bài viết khác"], 89: ["Cùng chuyên mục", "TIN KHÁC"]},
               "side": {86: ["Đọc nhiều", "Tin mới"], 87: ["Tin mới nhận", "Xem nhiều"],
                        88: ["Câu hỏi mới nhất", "Đọc nhiều nhất"], 89: ["Xem nhiều", "Sự kiện nổi bật"]}}[where][fam]
    if fam == 87 and where == "side" and r.random() < 0.5:
        items = [f"Thông tư {r.randint(10, 90)}/2024/TT-BTC sửa đổi quy định về thủ tục hải quan",
                 f"Nghị định {r.randint(100, 190)}/2024/NĐ-CP về biểu thuế xuất khẩu, nhập khẩu ưu đãi",
                 f"Quyết định {r.randint(1000, 2999)}/QĐ-TCHQ về quy trình kiểm tra sau thông quan"]
        return [T.Line("Văn bản mới", "related_links", "h3")] + [T.Line(x, "related_links", "li") for x in items]
    pool = HEADLINES[fam]
    if fam == 88 and where == "side":
        pool = QUESTIONS88
    out = [T.Line(r.choice(headers), "related_links", "h3")] if (where != "tail" or r.random() < 0.8) else []
    return out + [T.Line(_item(r, fam, h), "related_links", "li") for h in r.sample(pool, r.randint(2, 4))]


def _inline_more(r: random.Random, fam: int) -> T.Line:
    lead = {86: [">> Xem thêm: ", "Đọc thêm: "], 87: ["> Đọc thêm: ", ">> "], 88: ["Xem thêm: ", ">> Xem thêm: "],
            89: ["Đọc thêm: ", "► "]}[fam]
    return T.Line(r.choice(lead) + r.choice(HEADLINES[fam]), "related_links")


def _dateline(r: random.Random, fam: int) -> T.Line:
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
    d, t = T.date(r), f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
    forms = {86: [f"{r.choice(days)}, {d} {t} (GMT+7)", f"Cập nhật: {t} {d}", f"{t} | {d}"],
             87: [f"{d} | {t}", f"{r.choice(days).lower().capitalize()}, {d.replace('/', '-')} {t}"],
             88: [f"Ngày đăng: {d}", f"{d} - {t}", f"Đăng lúc {t} ngày {d}"],
             89: [f"{d} {t} (GMT+07:00)", f"{r.choice(days)}, {d}, {t}"]}[fam]
    return T.Line(r.choice(forms), "dateline")


def _byline(r: random.Random, fam: int) -> T.Line:
    a, b = T.person(r), T.person(r)
    w = a.split()
    forms = {86: [a, f"{a} - {b}", f"Nhóm PV {r.choice(['Đường sắt', 'Hàng không', 'Giao thông'])}", f"Bài, ảnh: {a}",
                  T.person(r, caps=True)],
             87: [a, f"{w[0][0]}.{w[-1]}", f"{a} (Hải quan {r.choice(PROVINCES)})", f"{a} - {b}", "Nhóm phóng viên"],
             88: [a, f"{a} (thực hiện)", f"ThS. {a}", f"Luật sư {a}", f"{a} (tổng hợp)"],
             89: [a, f"{a} (tổng hợp)", f"{a} (lược dịch)", f"Phóng viên TTXVN tại {r.choice(COUNTRIES)[0]}",
                  f"{a} - {b}"]}[fam]
    return T.Line(r.choice(forms), "byline")


def _source(r: random.Random, fam: int) -> T.Line:
    ag = r.choice(T.AGENCIES)
    forms = {86: ["Nguồn: Cục Đường bộ Việt Nam", f"Theo {ag}", "Nguồn: Bộ Giao thông vận tải"],
             87: ["Nguồn: Tổng cục Hải quan", f"(Theo {ag})", "Nguồn: Cục Điều tra chống buôn lậu"],
             88: ["Nguồn: BHXH Việt Nam", f"Theo {ag}", "Nguồn: Cổng thông tin Bộ LĐ-TB&XH"],
             89: [f"(Theo {ag}, {r.choice(T.AGENCIES)})", f"Nguồn: {ag}", "Nguồn: Bộ Ngoại giao", f"Theo {ag}"]}[fam]
    return T.Line(r.choice(forms), "source")


def _tags(r: random.Random, fam: int) -> T.Line:
    words = {86: ["cao tốc", "phí BOT", "đường sắt", "hàng không", "vé tàu Tết", "đăng kiểm", "logistics", "an toàn giao thông"],
             87: ["xuất khẩu", "chống buôn lậu", "thủ tục hải quan", "thuế nhập khẩu", "EVFTA", "gian lận xuất xứ"],
             88: ["lương hưu", "BHYT hộ gia đình", "BHXH tự nguyện", "trợ cấp thất nghiệp", "thai sản", "nợ đóng BHXH"],
             89: ["ASEAN", "bảo hộ công dân", "ngoại giao", "Biển Đông", "người Việt ở nước ngoài", "thị thực"]}[fam]
    pick = r.sample(words, r.randint(2, 4))
    lead = {86: "Từ khóa: ", 87: "Tags: ", 88: "Chủ đề: ", 89: "Chủ đề: "}[fam]
    if fam == 88 and r.random() < 0.4:
        return T.Line(" ".join("#" + w.replace(" ", "") for w in pick), "tags")
    return T.Line(lead + ", ".join(pick), "tags")


def _share(r: random.Random, fam: int) -> T.Line:
    site = SITE_NAMES[fam]
    forms = {86: ["Chia sẻ bài viết: Facebook Zalo", f"Lượt xem: {r.randint(100, 9999):,}".replace(",", "."),
                  "In bài | Gửi email"],
             87: ["Cỡ chữ: A- A A+", "In bài viết", "Chia sẻ: Facebook · Zalo · Email",
                  f"Lượt xem: {r.randint(100, 9999):,}".replace(",", ".")],
             88: ["Bài viết có hữu ích với bạn? Có | Không", "Chia sẻ Zalo | Facebook | Sao chép liên kết",
                  "Lưu bài viết"],
             89: ["Chia sẻ: Facebook Twitter LinkedIn", f"Theo dõi {site} trên Google News", "Gửi bài viết cho bạn bè"]}[fam]
    return T.Line(r.choice(forms), "share_widget")


def _shares(r: random.Random, fam: int) -> list[T.Line]:
    """One or two share/follow/count bars, never the same one twice."""
    out = [_share(r, fam)]
    if r.random() < 0.5:
        second = _share(r, fam)
        if second.text != out[0].text:
            out.append(second)
    return out


def _comments(r: random.Random, fam: int) -> list[T.Line]:
    forms = {86: [["Bình luận của bạn", "Gửi bình luận"], [f"Bình luận ({r.randint(0, 60)})", "Viết bình luận của bạn..."]],
             87: [["Ý kiến của bạn", "Vui lòng nhập họ tên và email", "Gửi ý kiến"]],
             88: [["Gửi câu hỏi cho chuyên mục Hỏi - Đáp", "Câu hỏi sẽ được chuyên gia trả lời trong 3 ngày làm việc"],
                  ["Đặt câu hỏi", "Họ và tên", "Số điện thoại", "Nội dung câu hỏi"]],
             89: [["Bình luận", "Bạn đọc vui lòng gõ tiếng Việt có dấu"], ["Ý kiến bạn đọc", "Gửi"]]}[fam]
    return [T.Line(x, "comment_prompt") for x in r.choice(forms)]


def _advert(r: random.Random, fam: int) -> list[T.Line]:
    name = r.choice(["Sao Việt", "Phú Thịnh", "Đại Phát", "Hoàng Long", "Minh Khang"])
    street = f"Số {r.randint(1, 300)} {r.choice(T.STREETS)}, {r.choice(T.CITIES)}"
    if fam == 86:
        lines = [r.choice([f"Nhà xe {name}: thuê xe du lịch 16 - 45 chỗ", f"Vận tải {name} - chuyển nhà, chở hàng Bắc Nam"]),
                 f"Hotline: {T.phone(r)}", f"Văn phòng: {street}"]
    elif fam == 87:
        lines = [f"Công ty TNHH Tiếp vận {name}", "Dịch vụ khai báo hải quan, vận chuyển hàng quốc tế trọn gói",
                 f"Địa chỉ: {street}", f"Hotline: {T.phone(r)} - Email: sales@tiepvan{zlib.crc32(name.encode()) % 1000}.vn"]
    elif fam == 88:
        lines = [f"Bảo hiểm sức khỏe {name} Care: chỉ từ 5.000 đồng/ngày", f"Tư vấn miễn phí: {T.phone(r)}"]
    else:
        lines = [f"Trung tâm Ngoại ngữ {name}: khai giảng lớp tiếng Anh giao tiếp", f"Liên hệ: {T.phone(r)}", street]
    return [T.Line(x, "advert") for x in lines]


def _footer(r: random.Random, fam: int) -> list[T.Line]:
    year = r.randint(2015, 2024)
    site, dom = SITE_NAMES[fam], OUTLETS[fam]
    street = f"{r.randint(1, 200)} {r.choice(T.STREETS)}, {r.choice(T.CITIES[:3])}"
    owner = {86: "Hội Vận tải Việt Nam", 87: "Hội Thương mại và Hải quan Việt Nam", 88: "Hội Bảo trợ An sinh Việt Nam",
             89: "Liên hiệp Hội Hữu nghị Việt Nam"}[fam]
    lines = [f"Cơ quan chủ quản: {owner}", f"Tổng Biên tập: {T.person(r)}",
             f"Giấy phép số {r.randint(100, 699)}/GP-BTTTT ngày {T.date(r)}", f"Tòa soạn: {street}",
             f"Điện thoại: {T.phone(r)} - Email: toasoan@{dom}"]
    lines.append(r.choice([f"© {year} {site}. Ghi rõ nguồn “{site}” khi phát hành lại thông tin từ website này",
                           f"Copyright © {year} {dom}", f"Bản quyền thuộc về {site}"]))
    if fam == 88:
        lines.insert(4, f"Liên hệ quảng cáo: {T.phone(r)}")
    if r.random() < 0.3:
        lines.pop(1)
    return [T.Line(x, "footer") for x in lines]


def _head(r: random.Random, fam: int) -> list[T.Line]:
    items = r.sample(MENUS[fam], r.randint(6, 8))
    menu = ([T.Line(x, "menu", "li") for x in items] if fam in (86, 88) or r.random() < 0.3
            else [T.Line(" | ".join(items), "menu")])
    out: list[T.Line] = []
    if fam == 86:
        days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
        out.append(T.Line(f"{r.choice(days)}, {T.date(r)}", "dateline"))
        if r.random() < 0.7:
            out.append(T.Line(f"Đường dây nóng: {T.phone(r)}", "advert"))
    elif fam == 88 and r.random() < 0.7:
        out.append(T.Line(r.choice(["Tải ứng dụng bảo hiểm số trên App Store | Google Play", "Tải app An sinh"]),
                          "share_widget"))
    elif fam == 89:
        out.append(T.Line("Tiếng Việt | English | Français", "menu"))
        if r.random() < 0.6:
            out.append(T.Line(f"Hà Nội, {T.date(r)}", "dateline"))
    out += menu
    a, b = r.sample(MENUS[fam], 2)
    crumb = {86: f"Trang chủ › {a}", 87: f"{a} » {b}", 88: f"Trang chủ / {a}", 89: f"{a} › {b}"}[fam]
    if r.random() < 0.85:
        out.append(T.Line(crumb, "breadcrumb"))
    return out


def _side(r: random.Random, fam: int) -> list[T.Line]:
    boxes: list[list[T.Line]] = [_related(r, fam, "side")]
    if fam == 86:
        boxes.append([T.Line("Giá xăng dầu hôm nay", "price_widget", "h4")] + [
            T.Line(f"{x}: {_money(r, lo, lo + 2500, 10)} đ/lít", "price_widget", "li")
            for x, lo in [("Xăng RON 95-III", 22000), ("Xăng E5 RON 92", 21000), ("Dầu DO 0,05S", 19000)]])
        if r.random() < 0.6:
            boxes.append([T.Line("Thời tiết trên các tuyến đường", "weather_widget", "h4")] + [
                T.Line(f"{x}: {r.choice(['mưa nhỏ', 'sương mù', 'nắng', 'nhiều mây'])}, {lo}-{lo + r.randint(3, 7)}°C",
                       "weather_widget", "li") for x, lo in zip(r.sample(["Đèo Hải Vân", "Cao tốc Nội Bài - Lào Cai",
                                                                          "Đèo Bảo Lộc", "Cao tốc Trung Lương"], 2),
                                                                 [r.randint(15, 25), r.randint(18, 27)], strict=True)])
    elif fam == 87:
        usd = r.randint(24800, 25500)
        boxes.append([T.Line(r.choice(["Tỷ giá tính thuế", "Tỷ giá hải quan tuần này"]), "price_widget", "h4")] + [
            T.Line(x, "price_widget", "li") for x in [f"USD: {usd:,} đ".replace(",", "."), f"EUR: {usd + r.randint(1500, 2500):,} đ".replace(",", "."),
                                                      f"CNY: {r.randint(3400, 3550):,} đ".replace(",", ".")]])
        if r.random() < 0.5:
            boxes.append([T.Line("Giá nông sản xuất khẩu", "price_widget", "h4")] + [
                T.Line(f"{x}: {r.randint(lo, lo + 800):,} USD/tấn".replace(",", "."), "price_widget", "li")
                for x, lo in [("Cà phê Robusta", 3800), ("Hồ tiêu", 5500), ("Gạo 5% tấm", 520)]])
    elif fam == 88:
        boxes.append([T.Line("Tra cứu nhanh", "menu", "h4")] + [T.Line(x, "menu", "li") for x in [
            "Tra cứu mã số BHXH", "Tra cứu giá trị sử dụng thẻ BHYT", "Tra cứu cơ sở khám chữa bệnh BHYT",
            "Tra cứu đơn vị chậm đóng"]])
    else:
        boxes.append([T.Line("Tỷ giá ngoại tệ", "price_widget", "h4")] + [
            T.Line(f"{x}/VND: {r.randint(lo, lo + 600):,}".replace(",", "."), "price_widget", "li")
            for x, lo in [("USD", 25000), ("EUR", 27000)]] + [
            T.Line(f"JPY/VND: {r.randint(158, 172)},{r.randint(10, 99)}", "price_widget", "li")])
        if r.random() < 0.6:
            boxes.append([T.Line("Thời tiết thủ đô các nước", "weather_widget", "h4")] + [
                T.Line(f"{c}: {r.randint(8, 33)}°C, {r.choice(['nắng', 'mưa nhẹ', 'nhiều mây', 'mưa rào'])}",
                       "weather_widget", "li") for c in r.sample(["Tokyo", "Paris", "Washington", "Canberra", "Seoul", "Moskva"], 3)])
    if r.random() < 0.4:
        boxes.append(_advert(r, fam))
    r.shuffle(boxes)
    return [x for b in boxes for x in b]


# -- assembly -----------------------------------------------------------------------------------------


def _plain(x: T.Line) -> bool:
    """A paragraph of the article itself (not a trap, not a box)."""
    return type(x) is T.Line and x.label == "content"


def _put(text: list[T.Line], lines: list[T.Line], r: random.Random, early: bool = False) -> None:
    """Insert a block after a plain paragraph (never inside another block or after a sub-heading)."""
    spots = [i for i in range(1, len(text) + 1) if _plain(text[i - 1]) and (not early or i <= 4)]
    at = r.choice(spots) if spots else len(text)
    text[at:at] = lines


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """One page of family `fam`: the article with its family's traps, its boilerplate in its places."""
    page = T.Page(fam, OUTLETS[fam])
    page.head += _head(r, fam)
    title, sapo, *paras = article
    top_byline = r.random() < 0.4
    page.body += [T.Line(title, "title", "h1"), _dateline(r, fam)]
    if top_byline:
        page.body.append(_byline(r, fam))
    if fam == 87 and r.random() < 0.5:
        page.body.append(_share(r, fam))
    page.body.append(_c(sapo, "p"))
    k = r.random()
    blocks = r.sample(TRAPS[fam](r), 2 if k < 0.05 else 1 if k < 0.65 else 0)
    text: list[T.Line] = [_c(p) for p in paras]
    # the list-shaped blocks: the first inside the story or at its end, a second (if any) at its end;
    # then the small traps: a quote with its speaker, a "Theo X," sentence, a sub-heading
    if blocks:
        _put(text, blocks[0], r)
    if len(blocks) > 1:
        text += blocks[1]
    if r.random() < 0.25:
        _put(text, _quote(r, fam), r)
    if r.random() < 0.35:
        _put(text, [_theo(r, fam)], r)
    heads = [i for i in range(1, len(text)) if _plain(text[i]) and _plain(text[i - 1])]
    if r.random() < 0.3 and heads:
        text.insert(r.choice(heads), _subhead(r, fam))
    ending = r.random()
    if ending < 0.2:
        text.append(_closing(r, fam))
    elif ending < 0.3 and len(text[-1].text.split()) >= 10 and type(text[-1]) is T.Line:
        text[-1] = _t(text[-1].text.rstrip(" ."), text[-1].tag)
    # boxes inside the story: a related box between paragraphs, an inline "see more" line
    if r.random() < 0.6 and len(text) > 2:
        _put(text, _related(r, fam, "body"), r, early=True)
    if r.random() < 0.4:
        _put(text, [_inline_more(r, fam)], r)
    page.body += text
    tail: list[T.Line] = []
    if not top_byline:
        tail.append(_byline(r, fam))
    if r.random() < 0.5:
        tail.append(_source(r, fam))
    if fam == 88 and r.random() < 0.25:
        tail.append(T.Line(r.choice(["Kỳ tới: ", "Bài 2: ", "(Còn nữa) Kỳ sau: "]) + r.choice(HEAD88), "continuation"))
    if fam == 86 and r.random() < 0.15:
        tail.append(T.Line(r.choice(["(Còn nữa)", "Còn tiếp"]), "continuation"))
    widgets: list[list[T.Line]] = []
    if r.random() < 0.7:
        widgets.append([_tags(r, fam)])
    widgets.append(_shares(r, fam))
    if r.random() < 0.3 and fam in (87, 89):
        widgets.append(_advert(r, fam))
    r.shuffle(widgets)
    tail += [x for w in widgets for x in w]
    rest: list[list[T.Line]] = []
    if r.random() < 0.6:
        rest.append(_comments(r, fam))
    if r.random() < 0.75:
        rest.append(_related(r, fam, "tail"))
    r.shuffle(rest)
    tail += [x for w in rest for x in w]
    page.body += tail
    page.side += _side(r, fam)
    page.foot += _footer(r, fam)
    return page


# -- HTML ---------------------------------------------------------------------------------------------

_CSS = {86: ("article", "post-detail", "sidebar-right"), 87: ("div", "news-detail", "col-right"),
        88: ("div", "content-detail", "aside-box"), 89: ("article", "article-body", "widget-area")}


def _box(lines: list[T.Line], cls: str) -> str:
    """A boilerplate box: its heading, then its items as links (or plain spans)."""
    esc = html.escape
    out = [f"<div class='{cls}'>"]
    items = []
    for x in lines:
        if x.tag in ("h3", "h4"):
            out.append(f"<{x.tag} class='box-title'>{esc(x.text)}</{x.tag}>")
        elif x.tag == "li":
            href = f"/{x.label.replace('_', '-')}/{zlib.crc32(x.text.encode()) % 10**6}.html"
            items.append(f"<li><a href='{href}'>{esc(x.text)}</a></li>" if x.label in ("related_links", "menu")
                         else f"<li>{esc(x.text)}</li>")
        else:
            out.append(f"<div>{esc(x.text)}</div>")
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    out.append("</div>")
    return "".join(out)


def _runs(lines: list[T.Line]) -> list[list[T.Line]]:
    """Consecutive lines of one label (a box opens again at each heading)."""
    runs: list[list[T.Line]] = []
    for x in lines:
        if runs and runs[-1][0].label == x.label and x.tag not in ("h3", "h4"):
            runs[-1].append(x)
        else:
            runs.append([x])
    return runs


def _body_html(page: T.Page) -> str:
    esc = html.escape
    out: list[str] = []
    sapo_done = False
    for run in _runs(page.body):
        lab = run[0].label
        if lab == "title":
            out.append(f"<h1 class='title-detail'>{esc(run[0].text)}</h1>")
        elif lab == "content":
            ul: list[str] = []
            for x in run:
                if x.tag == "li":
                    ul.append(f"<li>{esc(x.text)}</li>")
                    continue
                if ul:
                    out.append(f"<ul>{''.join(ul)}</ul>")
                    ul = []
                if not sapo_done:
                    out.append(f"<h2 class='sapo'>{esc(x.text)}</h2>")
                    sapo_done = True
                elif x.tag in ("h2", "h3"):
                    out.append(f"<{x.tag}>{esc(x.text)}</{x.tag}>")
                elif x.tag == "blockquote":
                    out.append(f"<blockquote><p><em>{esc(x.text)}</em></p></blockquote>")
                else:
                    out.append(f"<p>{esc(x.text)}</p>")
            if ul:
                out.append(f"<ul>{''.join(ul)}</ul>")
        elif lab == "dateline":
            out.append(f"<div class='date-time'><span>{esc(run[0].text)}</span></div>")
        elif lab in ("byline", "source"):
            out += [f"<p class='{lab}' style='text-align:right'><strong>{esc(x.text)}</strong></p>" for x in run]
        elif lab == "related_links" and run[0].tag not in ("h3", "li"):
            out += [f"<p class='more'><a href='/tin/{zlib.crc32(x.text.encode()) % 10**6}.html'>{esc(x.text)}</a></p>"
                    for x in run]
        elif lab == "comment_prompt":
            out.append("<form class='comment'>" + "".join(f"<label>{esc(x.text)}</label>" for x in run)
                       + "<textarea></textarea></form>")
        elif lab == "tags":
            out.append(f"<div class='tags'>{esc(run[0].text)}</div>")
        else:
            out.append(_box(run, f"box-{lab.replace('_', '-')}"))
    return "".join(out)


def render_html(page: T.Page, n: int) -> str:
    """One page in its family's markup."""
    esc = html.escape
    fam = page.family
    tag, cls, side_cls = _CSS[fam]
    title = next(x.text for x in page.body if x.label == "title")
    head = []
    for run in _runs(page.head):
        lab = run[0].label
        if lab == "menu" and run[0].tag == "li":
            head.append("<nav class='main-menu'><ul>" + "".join(
                f"<li><a href='/{i}'>{esc(x.text)}</a></li>" for i, x in enumerate(run)) + "</ul></nav>")
        elif lab == "breadcrumb":
            head.append(f"<div class='breadcrumb'>{esc(run[0].text)}</div>")
        else:
            head += [f"<div class='top-{lab.replace('_', '-')}'>{esc(x.text)}</div>" for x in run]
    side = "".join(_box(run, f"widget widget-{run[0].label.replace('_', '-')}") for run in _runs(page.side))
    foot = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} | {SITE_NAMES[fam]}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/tin-tuc/bai-{n}-{fam}.html'>"
        f"<meta property='og:site_name' content='{SITE_NAMES[fam]}'></head><body>"
        f"<header class='site-header'>{''.join(head)}</header>"
        f"<div class='container'><main><{tag} class='{cls}'>{_body_html(page)}</{tag}></main>"
        f"<aside class='{side_cls}'>{side}</aside></div>"
        f"<footer class='site-footer'>{foot}</footer></body></html>"
    )


def trap_share(pages: int = 16, records: int = 40) -> tuple[int, int]:
    """(trap lines, content lines incl. titles) over the half at the given size, as the harness builds it."""
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
