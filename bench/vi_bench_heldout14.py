"""Held-out half 14 of the Vietnamese page benchmark: families 70-73, seed 41.

Written by helper HO14, an independent author who never saw the cleaner: it read only
`bench/vi_bench_templates.py` (the `Line`/`Page` types and the name/phone/date helpers) and the harness
parts of `bench/eval_vi_pages.py` (docstring, HALVES, article loading, the `build_page` dispatch, page
writing and scoring). It read nothing in cleaners/, flows/, tests/, the README, the held-out scores, the
rule diffs or any other held-out module, and never ran the cleaner. The layouts and wordings come from the
author's own knowledge of Vietnamese news sites.

Four invented sites of kinds no earlier half covers:

* 70 `tuoitresinhvien24.vn`, a youth and student paper of the Youth Union: top bar with the union's
  slogan and login links, menus of campus sections, "Góc tuyển dụng" and exam-calendar widgets, polls,
  hashtag campaigns, "Nhóm PV Sinh viên" bylines. Traps: interview Q/A, registration steps ("Bước 1: ..."),
  an exam schedule, prize lists, sub-headings, a quote whose speaker (name, class, school) stands alone,
  an event's venue/time/organiser lines, a campaign hashtag inside a sentence.
* 71 `saovietplus.vn`, an entertainment and showbiz site: star rankings, music charts and cinema listings
  as widgets, "Theo dõi Sao Việt Plus trên TikTok" prompts, emoji reactions. Traps: an album's track list,
  a film's credit block ("Đạo diễn: ..."), a box-office table, tour dates, a star's post with hashtags,
  a quote with the star's name on its own line, a dash-led interview, a closing sentence without a full stop.
* 72 `khoahocvasangtao.vn`, a popular-science magazine: print-issue subscription box, "Lịch thiên văn"
  and UV-index widgets, reference lists, DOI-style sources. Traps: sub-headings, measured data lines
  that look like a weather or price widget, experiment steps, an astronomy calendar, "Nghiên cứu được công
  bố trên tạp chí ..." and "Theo nhóm nghiên cứu, ..." sentences, a scientist's name and institute alone,
  a comet fact box, a reader's question and its answer.
* 73 `laodongngoainuoc24.vn`, a labour-export and migration site: yen/won/Taiwan-dollar rates, "Đơn hàng
  mới" lists, counselling hotlines and registration forms, Zalo OA prompts. Traps: embassy hotlines the
  article gives, the document list of an application, a salary and fee table, an EPS-TOPIK test
  schedule, the addresses of training centres, a reader's question headed by the reader's name, citizen-protection
  hotlines, a sentence converting a salary at the yen rate.

About 30 % of each family's content lines are precision traps (`Trap`, label "content"); on about 30 % of
pages the last paragraph has also lost its full stop (a trap too). Every page draws
(seeded) which widgets appear, where and in which order, the date forms, the counters, the byline form
and the footer year. The markup (`render_html`) never names a line's label.
"""

from __future__ import annotations

import html
import random
import zlib
from dataclasses import dataclass

from bench.vi_bench_templates import AGENCIES, CITIES, GIVEN, STREETS, Line, Page, person, phone

FAMILIES = (70, 71, 72, 73)
ARTICLE_OUTLETS = ("TT", "NLD", "VNE", "TN")
SEED = 41
OUTLETS = {70: "tuoitresinhvien24.vn", 71: "saovietplus.vn", 72: "khoahocvasangtao.vn", 73: "laodongngoainuoc24.vn"}
SITE_NAMES = {70: "Tuổi Trẻ Sinh Viên", 71: "Sao Việt Plus", 72: "Khoa học & Sáng tạo", 73: "Lao động Ngoài nước 24h"}


@dataclass
class Trap(Line):
    """Article text shaped like boilerplate: a precision trap (always labelled content)."""

    label: str = "content"


DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
SCHOOLS = ["Trường ĐH Bách khoa Hà Nội", "Trường ĐH Kinh tế Quốc dân", "Trường ĐH Sư phạm TP.HCM",
           "Học viện Báo chí và Tuyên truyền", "Trường ĐH Cần Thơ", "Trường ĐH Y Dược Huế", "Trường ĐH Đà Lạt",
           "Trường ĐH Ngoại thương", "Trường THPT chuyên Lê Hồng Phong", "Trường THPT Trần Phú"]
INSTITUTES = ["Viện Vật lý", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Viện Công nghệ sinh học",
              "Trường ĐH Khoa học Tự nhiên", "Viện Hải dương học Nha Trang", "Viện Địa chất", "Đài thiên văn Nha Trang"]


def _d(r: random.Random) -> tuple[int, int, int]:
    return r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2026)


def _t(r: random.Random) -> str:
    return f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}"


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _heads(r: random.Random, pool: list[str], k: int) -> list[str]:
    return r.sample(pool, min(k, len(pool)))


# -- per-site wordings ---------------------------------------------------------------------------------

HEADLINES = {
    70: ["Sinh viên nghèo vượt khó giành học bổng toàn phần", "Mùa hè xanh năm nay có gì mới",
         "Tân sinh viên cần chuẩn bị gì trước ngày nhập học", "Đội tuyển Olympic Tin học giành hai huy chương vàng",
         "Thủ khoa khối A chia sẻ bí quyết ôn thi", "Ký túc xá mới cho hơn 3.000 sinh viên",
         "Giới trẻ hào hứng với phong trào hiến máu tình nguyện", "Hàng nghìn việc làm thêm cho sinh viên dịp Tết",
         "Cuộc thi khởi nghiệp sinh viên chính thức khởi động", "Bạn trẻ mang thư viện lên vùng cao"],
    71: ["Nữ ca sĩ tung MV mới sau hai năm vắng bóng", "Phim Việt cán mốc 100 tỷ đồng doanh thu",
         "Hậu trường đám cưới của cặp đôi đình đám", "Nam diễn viên lần đầu làm đạo diễn",
         "Top 5 bộ phim đáng xem nhất cuối tuần", "Liveshow kỷ niệm 20 năm ca hát cháy vé",
         "Hoa hậu gây sốt với diện mạo mới", "Rapper trẻ thắng lớn tại lễ trao giải âm nhạc",
         "Danh hài tái xuất sân khấu kịch", "Gameshow mới lên sóng khung giờ vàng"],
    72: ["Phát hiện loài ếch mới ở vùng núi Tây Bắc", "Kính viễn vọng chụp được thiên hà xa nhất",
         "Vì sao mùa hè ngày càng nóng hơn", "Nhà khoa học Việt chế tạo vật liệu hấp thụ CO2",
         "Mưa sao băng lớn nhất năm sắp xuất hiện", "Robot tự hành khảo sát đáy biển",
         "Trí tuệ nhân tạo dự đoán cấu trúc protein", "Pin natri có thể thay pin lithium?",
         "Giải mã bí ẩn của rạn san hô phát sáng", "Vệ tinh Việt Nam sắp được phóng lên quỹ đạo"],
    73: ["Nhật Bản tăng lương tối thiểu cho thực tập sinh", "Hàn Quốc mở lại chương trình EPS cho lao động Việt",
         "Cảnh giác chiêu lừa đi làm việc ở châu Âu", "Đài Loan tuyển 2.000 lao động ngành điện tử",
         "Những điều cần biết trước khi ký hợp đồng đi Nhật", "Lao động về nước được hỗ trợ tìm việc",
         "Đức cần thêm điều dưỡng viên Việt Nam", "Phí môi giới sẽ bị kiểm soát chặt",
         "Kết quả kỳ thi tiếng Hàn đợt 2", "Úc cấp thị thực lao động nông nghiệp"],
}

MENUS = {
    70: ["Thời sự", "Giảng đường", "Tuyển sinh", "Việc làm", "Khởi nghiệp", "Tình nguyện", "Nhịp sống trẻ",
         "Gương mặt trẻ", "Du học", "Đoàn - Hội", "Video", "Trắc nghiệm"],
    71: ["Sao Việt", "Sao thế giới", "Âm nhạc", "Điện ảnh", "Truyền hình", "Thời trang", "Hậu trường",
         "Hoa hậu", "Kpop", "Phim chiếu rạp", "Clip hot", "Tử vi"],
    72: ["Khám phá", "Vũ trụ", "Sinh học", "Công nghệ xanh", "Năng lượng", "Y sinh", "Trái đất",
         "Nhà khoa học", "Sáng chế", "Hỏi - Đáp khoa học", "Số báo in", "Infographic"],
    73: ["Tin tức", "Nhật Bản", "Hàn Quốc", "Đài Loan", "Châu Âu", "Chính sách", "Đơn hàng",
         "Cảnh báo lừa đảo", "Hỏi đáp pháp luật", "Cuộc sống xa xứ", "Học tiếng", "Doanh nghiệp"],
}


def _topbar(r: random.Random, fam: int) -> list[Line]:
    d, m, y = _d(r)
    wd = r.choice(DAYS)
    dates = {70: f"{wd}, {d}/{m}/{y}", 71: f"{wd} {d:02d}.{m:02d}.{y}", 72: f"{wd}, ngày {d} tháng {m} năm {y}",
             73: f"Hôm nay: {wd}, {d:02d}/{m:02d}/{y}"}
    links = {70: ["Đăng nhập", "Đăng ký", "Tiếng Anh", "Báo in"], 71: ["Đăng nhập", "Tải app", "Liên hệ quảng cáo"],
             72: ["Đặt mua báo in", "Đăng nhập", "English"], 73: ["Hỏi đáp", "Đăng nhập", "Tra cứu doanh nghiệp"]}
    out: list[Line] = []
    if r.random() < 0.7:
        out.append(Line(dates[fam], "dateline", "div"))
    if r.random() < 0.6:
        ls = _heads(r, links[fam], r.randint(2, len(links[fam])))
        out.append(Line(r.choice([" | ", " · ", "  "]).join(ls), "menu", "div"))
    if fam == 70 and r.random() < 0.5:
        out.append(Line(r.choice(["Xung kích - Tình nguyện - Sáng tạo", "Tiếng nói của tuổi trẻ Việt Nam"]), "menu", "div"))
    if fam == 73 and r.random() < 0.5:
        out.append(Line(f"Đường dây nóng tư vấn miễn phí: {phone(r)}", "advert", "div"))
    r.shuffle(out)
    return out


def _menu(r: random.Random, fam: int) -> list[Line]:
    items = _heads(r, MENUS[fam], r.randint(6, 9))
    if r.random() < 0.5:
        return [Line(x, "menu", "li") for x in items]
    return [Line(r.choice([" | ", " - ", "   "]).join(items), "menu", "nav")]


def _crumb(r: random.Random, fam: int) -> Line:
    a, b = r.sample(MENUS[fam], 2)
    home = r.choice(["Trang chủ", "Home", SITE_NAMES[fam]])
    sep = {70: " / ", 71: " > ", 72: " » ", 73: " › "}[fam]
    return Line(r.choice([f"{home}{sep}{a}", f"{home}{sep}{a}{sep}{b}", f"{a}{sep}{b}"]), "breadcrumb", "div")


def _dateline(r: random.Random, fam: int) -> Line:
    d, m, y = _d(r)
    t = _t(r)
    wd = r.choice(DAYS)
    forms = {
        70: [f"{d:02d}/{m:02d}/{y} {t}", f"{wd}, {d}/{m}/{y} - {t}", f"Cập nhật {t}, {d}/{m}/{y}"],
        71: [f"{t} {d:02d}/{m:02d}/{y}", f"{d} tháng {m}, {y} | {t}", f"{r.randint(1, 23)} giờ trước"],
        72: [f"Số {r.randint(1, 52)}/{y} - {wd}, {d:02d}/{m:02d}/{y}", f"Đăng ngày {d}/{m}/{y}",
             f"{wd}, {d:02d}/{m:02d}/{y}, {t} GMT+7"],
        73: [f"Ngày đăng: {d:02d}/{m:02d}/{y}", f"{d:02d}-{m:02d}-{y} {t}", f"{t} | {wd}, {d}/{m}/{y}"],
    }[fam]
    return Line(r.choice(forms), "dateline", "div")


def _byline(r: random.Random, fam: int) -> Line:
    a, b = person(r), person(r)
    ag = r.choice(AGENCIES)
    common = [a, f"{a} thực hiện", f"{a} (theo {ag})", f"{a} - {b}", person(r, caps=True)]
    own = {
        70: ["Nhóm PV Sinh viên", f"{a} (CTV, {r.choice(SCHOOLS)})", f"Bài, ảnh: {a}", f"{a} - {b} thực hiện",
             f"Cộng tác viên {a}"],
        71: [f"{a} (tổng hợp)", f"Theo {a}/{SITE_NAMES[71]}", f"{a} | Ảnh: FBNV", f"Ngọc {r.choice(GIVEN)}",
             f"{a} (Theo Soompi)"],
        72: [f"TS. {a}", f"{a} (theo Science Alert)", f"{a} lược dịch", f"Biên tập: {a}", f"{a} - {b} (Viện Vật lý)"],
        73: [f"{a} - Phòng tư vấn", f"Ban biên tập {SITE_NAMES[73]}", f"{a} (từ Tokyo)", f"PV {a}",
             f"{a} (theo Yonhap)"],
    }[fam]
    return Line(r.choice(common + own), "byline", r.choice(["p", "p", "div"]))


def _source(r: random.Random, fam: int) -> Line:
    ag = r.choice(AGENCIES)
    forms = {
        70: [f"Theo {ag}", "Nguồn: Trung ương Đoàn", f"(Theo báo {ag})", "Nguồn: Bộ Giáo dục và Đào tạo"],
        71: [f"Theo {ag}", "Nguồn: Instagram nhân vật", f"Nguồn ảnh: {ag}", f"(Theo {r.choice(['Naver', 'Dispatch', 'Variety', 'Weibo'])})"],
        72: [f"Nguồn: {r.choice(['Nature', 'Science', 'New Scientist', 'Phys.org', 'NASA'])}",
             f"Tài liệu tham khảo: {r.choice(['Nature Communications', 'Cell', 'The Lancet'])}, {r.randint(2019, 2026)}",
             f"DOI: 10.{r.randint(1000, 9999)}/s{r.randint(10000, 99999)}-0{r.randint(10, 99)}",
             f"Theo {r.choice(['Live Science', 'Space.com', 'ScienceDaily'])}"],
        73: ["Nguồn: Cục Quản lý lao động ngoài nước", f"Theo {ag}", f"(Nguồn: {r.choice(['NHK', 'Yonhap', 'CNA'])})",
             "Nguồn: Bộ Lao động - Thương binh và Xã hội"],
    }[fam]
    return Line(r.choice(forms), "source")


def _tags(r: random.Random, fam: int) -> Line:
    words = {70: ["sinh viên", "tuyển sinh", "mùa hè xanh", "khởi nghiệp", "học bổng", "việc làm thêm", "Đoàn thanh niên"],
             71: ["showbiz", "sao Việt", "MV mới", "phim chiếu rạp", "hoa hậu", "liveshow", "Kpop"],
             72: ["thiên văn", "biến đổi khí hậu", "vật liệu mới", "sinh học", "AI", "khám phá"],
             73: ["xuất khẩu lao động", "thực tập sinh", "EPS", "Nhật Bản", "Hàn Quốc", "lừa đảo", "visa"]}[fam]
    ws = r.sample(words, r.randint(2, 4))
    if fam in (70, 71) and r.random() < 0.6:
        return Line(" ".join("#" + w.replace(" ", "") for w in ws), "tags")
    return Line(r.choice(["Từ khóa: ", "Tags: ", "Chủ đề: ", "Tag "]) + ", ".join(ws), "tags")


def _share(r: random.Random, fam: int) -> Line:
    name = SITE_NAMES[fam]
    forms = {
        70: ["Chia sẻ Facebook Zalo", f"Theo dõi {name} trên Zalo", "Tham gia nhóm Sinh viên 5 tốt",
             f"{_num(r.randint(100, 9999))} lượt xem", "Gửi bài cộng tác"],
        71: [f"Thích {r.randint(1, 999)} · Yêu thích {r.randint(1, 300)} · Haha {r.randint(0, 99)}",
             f"Theo dõi {name} trên TikTok", "Chia sẻ lên Facebook", "Xem clip trên YouTube", "Sao chép link"],
        72: ["Chia sẻ bài viết", "In bài", "Lưu vào danh sách đọc", "Cỡ chữ A A A", f"Theo dõi {name} trên Google News"],
        73: [f"Theo dõi Zalo OA {name}", "Chia sẻ cho người thân đang ở nước ngoài", "Chia sẻ Zalo Facebook",
             f"Lượt đọc: {_num(r.randint(200, 20000))}", "Báo tin lừa đảo"],
    }[fam]
    return Line(r.choice(forms), "share_widget")


def _app_or_newsletter(r: random.Random, fam: int) -> list[Line]:
    name = SITE_NAMES[fam]
    pool = [
        [Line(f"Tải ứng dụng {name}", "share_widget", "h4"), Line("Có mặt trên App Store và Google Play", "share_widget")],
        [Line("Đăng ký nhận bản tin", "share_widget", "h4"), Line("Nhập email của bạn", "share_widget"),
         Line("Đăng ký", "share_widget")],
        [Line(f"Nhận tin mới nhất từ {name} mỗi sáng qua email", "share_widget")],
    ]
    if fam == 72:
        pool.append([Line("Đặt mua tạp chí in", "advert", "h4"),
                     Line(f"Giá bìa: {_num(r.choice([25000, 30000, 35000]))} đồng/số", "advert"),
                     Line(f"Đặt mua dài hạn: {phone(r)}", "advert")])
    if fam == 73:
        pool.append([Line("Đăng ký tư vấn miễn phí", "advert", "h4"), Line("Họ và tên", "advert"),
                     Line("Số điện thoại", "advert"), Line("Thị trường quan tâm", "advert"), Line("Gửi đăng ký", "advert")])
    return r.choice(pool)


def _comments(r: random.Random, fam: int) -> list[Line]:
    forms = {
        70: [["Bình luận", "Bạn nghĩ gì về câu chuyện này?"], [f"Ý kiến ({r.randint(0, 60)})", "Gửi ý kiến"]],
        71: [[f"{r.randint(0, 999)} bình luận", "Viết bình luận..."], ["Bình luận Facebook", "Xem thêm bình luận"]],
        72: [["Trao đổi", "Gửi câu hỏi cho chuyên gia"], ["Ý kiến bạn đọc", "Đăng nhập để gửi ý kiến"]],
        73: [["Hỏi đáp - Bình luận", "Đặt câu hỏi cho luật sư"], [f"Bình luận ({r.randint(0, 80)})", "Gửi bình luận"]],
    }[fam]
    return [Line(x, "comment_prompt") for x in r.choice(forms)]


def _continuation(r: random.Random, fam: int) -> Line:
    forms = ["(Còn tiếp)", "Kỳ tới: " + r.choice(HEADLINES[fam]), "Bài 2: " + r.choice(HEADLINES[fam]),
             "(Hết)", "Đón đọc phần 2 vào số ra tiếp theo"]
    return Line(r.choice(forms), "continuation")


def _related(r: random.Random, fam: int, side: bool = False) -> list[Line]:
    heads = {70: ["Tin cùng chuyên mục", "Đọc thêm", "Sinh viên quan tâm"], 71: ["Sao đọc nhiều", "Tin hot", "Có thể bạn thích"],
             72: ["Bài liên quan", "Khám phá thêm", "Cùng chủ đề"], 73: ["Tin liên quan", "Đơn hàng mới", "Người lao động cần biết"]}
    side_heads = {70: "Đọc nhiều nhất", 71: "Bảng xếp hạng sao tuần", 72: "Xem nhiều trong tuần", 73: "Tin mới nhận"}
    h = side_heads[fam] if side else r.choice(heads[fam])
    out = [Line(h, "related_links", "h3")] if (side or r.random() < 0.85) else []
    for i, x in enumerate(_heads(r, HEADLINES[fam], r.randint(2, 5)), 1):
        d, m, _ = _d(r)
        out.append(Line(r.choice([x, x, f"{i}. {x}" if side else x, f"{x} ({d:02d}/{m:02d})", f"» {x}"]),
                        "related_links", "li"))
    return out


def _inline(r: random.Random, fam: int) -> Line:
    lead = r.choice([">> ", "Xem thêm: ", "Đọc thêm: ", "► ", "Tin liên quan: "])
    return Line(lead + r.choice(HEADLINES[fam]), "related_links")


def _mid_ad(r: random.Random, fam: int) -> list[Line]:
    forms = {
        70: [[Line("Quảng cáo", "advert")], [Line(f"Khóa luyện thi IELTS cấp tốc - giảm {r.randint(10, 50)}% cho sinh viên", "advert"),
                                            Line(f"Đăng ký: {phone(r)}", "advert")]],
        71: [[Line("Quảng cáo", "advert")], [Line("Đặt vé xem phim giá chỉ từ 45K", "advert"), Line("Mua ngay", "advert")]],
        72: [[Line("Advertisement", "advert")], [Line("Kính thiên văn chính hãng - giao hàng toàn quốc", "advert")]],
        73: [[Line("Quảng cáo", "advert")], [Line(f"Tuyển gấp {r.randint(10, 90)} nam đơn hàng cơ khí Nhật Bản", "advert"),
                                            Line(f"Liên hệ ngay: {phone(r)} (Zalo)", "advert")]],
    }[fam]
    return r.choice(forms)


def _side_widget(r: random.Random, fam: int) -> list[Line]:
    kinds = {
        70: ["poll", "jobs", "exam", "weather"],
        71: ["chart", "cinema", "poll"],
        72: ["astro", "uv", "poll"],
        73: ["rates", "orders", "hotline"],
    }[fam]
    k = r.choice(kinds)
    if k == "poll":
        q = {70: "Bạn chọn làm thêm hay học thêm trong kỳ nghỉ hè?", 71: "Bạn mong chờ bộ phim nào nhất dịp Tết?",
             72: "Bạn có tin con người sẽ lên sao Hỏa trước năm 2040?"}[fam]
        opts = {70: ["Làm thêm", "Học thêm", "Đi tình nguyện"], 71: ["Phim hài", "Phim kinh dị", "Phim hoạt hình"],
                72: ["Có", "Không", "Chưa chắc"]}[fam]
        return ([Line("Thăm dò ý kiến", "share_widget", "h4"), Line(q, "share_widget")]
                + [Line(o, "share_widget") for o in opts] + [Line(f"Biểu quyết · {_num(r.randint(50, 9000))} lượt", "share_widget")])
    if k == "jobs":
        return [Line("Góc tuyển dụng", "advert", "h4")] + [
            Line(f"{r.choice(['Tuyển cộng tác viên', 'Tuyển thực tập sinh', 'Gia sư'])} {r.choice(['marketing', 'kế toán', 'Toán lớp 9', 'IT'])} - {r.choice(CITIES)}", "advert")
            for _ in range(r.randint(2, 3))]
    if k == "exam":
        return [Line("Lịch thi - Tuyển sinh", "related_links", "h4")] + [
            Line(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}: {r.choice(['Hạn nộp hồ sơ xét tuyển', 'Thi đánh giá năng lực đợt 2', 'Công bố điểm chuẩn'])}", "related_links")
            for _ in range(2)]
    if k in ("weather", "uv"):
        head = "Thời tiết" if k == "weather" else "Chỉ số UV hôm nay"
        out = [Line(head, "weather_widget", "h4")]
        for c in r.sample(CITIES, r.randint(2, 3)):
            lo = r.randint(19, 28)
            out.append(Line(f"{c} {lo}°/{lo + r.randint(3, 8)}°" if k == "weather" else f"{c}: UV {r.randint(3, 11)} - {r.choice(['cao', 'rất cao', 'trung bình'])}", "weather_widget"))
        return out
    if k == "chart":
        return [Line(r.choice(["Top 5 bài hát tuần", "BXH Âm nhạc"]), "related_links", "h4")] + [
            Line(f"{i}. {r.choice(['Em của ngày hôm qua', 'Nơi này có anh', 'Chúng ta của tương lai', 'Mưa tháng sáu', 'Bước qua mùa cô đơn', 'Thằng điên'])} - {person(r)}", "related_links")
            for i in range(1, r.randint(3, 5) + 1)]
    if k == "cinema":
        return [Line("Lịch chiếu hôm nay", "related_links", "h4")] + [
            Line(f"{r.choice(['Mai', 'Lật mặt', 'Nhà bà Nữ', 'Bố già', 'Đất rừng phương Nam'])} - {r.choice(['09:30', '14:15', '19:00', '21:45'])} - {r.choice(['CGV', 'Lotte', 'BHD', 'Galaxy'])}", "related_links")
            for _ in range(r.randint(2, 3))]
    if k == "astro":
        return [Line("Lịch thiên văn tháng này", "weather_widget", "h4")] + [
            Line(f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d} - {r.choice(['Trăng tròn', 'Mưa sao băng', 'Sao Mộc gần Trăng', 'Nguyệt thực một phần'])}", "weather_widget")
            for _ in range(r.randint(2, 3))]
    if k == "rates":
        jpy, krw, twd = r.randint(160, 185), r.randint(17, 20), r.randint(740, 820)
        return [Line(r.choice(["Tỷ giá hôm nay", "Tỷ giá ngoại tệ"]), "price_widget", "h4"),
                Line(f"JPY: {jpy},{r.randint(10, 99)} đ", "price_widget"), Line(f"KRW: {krw},{r.randint(10, 99)} đ", "price_widget"),
                Line(f"TWD: {twd},{r.randint(10, 99)} đ", "price_widget")]
    if k == "orders":
        return [Line("Đơn hàng tuyển gấp", "advert", "h4")] + [
            Line(f"{r.choice(['Thực phẩm', 'Xây dựng', 'Điều dưỡng', 'Nông nghiệp'])} - {r.choice(['Aichi', 'Osaka', 'Gyeonggi', 'Đài Trung'])} - lương {_num(r.randint(25, 40) * 1000000)}đ", "advert")
            for _ in range(r.randint(2, 3))]
    return [Line("Đường dây nóng bảo hộ công dân", "advert", "h4"), Line(f"Tổng đài hỗ trợ: {phone(r)}", "advert"),
            Line("Zalo: " + phone(r), "advert")]


def _footer(r: random.Random, fam: int) -> list[Line]:
    year = r.randint(2015, 2026)
    street = f"{r.randint(1, 200)} {r.choice(STREETS)}, {r.choice(CITIES)}"
    name, dom = SITE_NAMES[fam], OUTLETS[fam]
    owner = {70: "Trung ương Đoàn TNCS Hồ Chí Minh", 71: "Công ty Cổ phần Truyền thông Sao Việt",
             72: "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", 73: "Hiệp hội Xuất khẩu lao động Việt Nam"}[fam]
    kind = "báo điện tử" if fam in (70, 73) else ("tạp chí điện tử" if fam == 72 else "trang thông tin điện tử tổng hợp")
    lines = [f"Cơ quan chủ quản: {owner}", f"Giấy phép {kind} số {r.randint(10, 599)}/GP-BTTTT ngày {r.randint(1, 28)}/{r.randint(1, 12)}/{year - r.randint(0, 5)}",
             f"Tổng biên tập: {person(r)}" if fam != 71 else f"Chịu trách nhiệm nội dung: {person(r)}",
             r.choice([f"Tòa soạn: {street}", f"Địa chỉ: {street}", f"Trụ sở: {street}"]),
             f"Điện thoại: {phone(r)} - Email: {r.choice(['toasoan', 'lienhe', 'bandoc'])}@{dom}",
             r.choice([f"© {year} {name}. Bảo lưu mọi quyền.", f"Copyright © {year} {dom}",
                       f"Ghi rõ nguồn \"{name}\" khi phát hành lại thông tin từ website này"])]
    if fam == 71 and r.random() < 0.5:
        lines.append("Liên hệ quảng cáo: " + phone(r))
    keep = {0, len(lines) - 1, *r.sample(range(1, len(lines) - 1), r.randint(1, len(lines) - 2))}
    return [Line(x, "footer") for i, x in enumerate(lines) if i in keep]


# -- precision traps: article text shaped like boilerplate ---------------------------------------------


def _trap_quote_named(r: random.Random, fam: int) -> list[Line]:
    a = person(r)
    who = {70: f"{a}, sinh viên năm {r.randint(1, 4)}, {r.choice(SCHOOLS)}", 71: f"Ca sĩ {a}",
           72: f"PGS.TS {a}, {r.choice(INSTITUTES)}", 73: f"Anh {a}, lao động tại {r.choice(['Nhật Bản', 'Hàn Quốc', 'Đài Loan'])}"}[fam]
    q = {70: "“Mình từng nghĩ sẽ bỏ học vì hoàn cảnh, nhưng thầy cô và bạn bè đã cho mình thêm động lực”",
         71: "“Tôi chưa bao giờ nghĩ sẽ rời xa sân khấu, chỉ là cần thời gian để làm mới chính mình”",
         72: "“Kết quả này cần được kiểm chứng thêm bằng nhiều thí nghiệm độc lập trước khi ứng dụng”",
         73: "“Trước khi đi tôi phải vay hơn 200 triệu đồng, hai năm đầu gần như chỉ để trả nợ”"}[fam]
    if r.random() < 0.5:
        return [Trap(q, "content", "blockquote"), Trap(who, "content", "p")]
    return [Trap(who + ":", "content"), Trap(q, "content", "blockquote")]


def _trap_subheading(r: random.Random, fam: int) -> list[Line]:
    pool = {70: ["Khởi nghiệp từ giảng đường", "Những mùa hè không nghỉ", "Ước mơ được đứng trên bục giảng", "Hành trang cho tân sinh viên"],
            71: ["Chặng đường 20 năm ca hát", "Cú sốc tuổi đôi mươi", "Hậu trường chưa kể", "Người đứng sau thành công"],
            72: ["Phương pháp mới", "Kết quả bất ngờ", "Ứng dụng trong tương lai", "Vẫn còn nhiều câu hỏi"],
            73: ["Chi phí đội lên gấp đôi", "Hợp đồng không như cam kết", "Về nước tay trắng", "Cơ hội mới ở thị trường Đức"]}[fam]
    return [Trap(r.choice(pool), "content", r.choice(["h2", "h3", "p"]))]


def _trap_list(r: random.Random, fam: int) -> list[Line]:
    """A block the article gives as a list: steps, schedules, rankings, tables."""
    if fam == 70:
        k = r.choice(["steps", "exam", "prizes", "qa"])
        if k == "steps":
            steps = ["Truy cập cổng thông tin tuyển sinh và tạo tài khoản", "Điền thông tin cá nhân, tải ảnh chân dung",
                     "Chọn nguyện vọng theo thứ tự ưu tiên", "Nộp lệ phí trực tuyến và kiểm tra email xác nhận"]
            return [Trap("Các bước đăng ký xét tuyển trực tuyến:")] + [Trap(f"Bước {i}: {s}", "content", "li") for i, s in enumerate(steps[: r.randint(3, 4)], 1)]
        if k == "exam":
            d = r.randint(1, 24)
            return [Trap("Lịch thi cụ thể như sau:")] + [Trap(x, "content", "li") for x in
                    [f"Ngày {d}/6: làm thủ tục dự thi", f"Ngày {d + 1}/6: Ngữ văn (sáng), Toán (chiều)",
                     f"Ngày {d + 2}/6: bài thi tổ hợp và Ngoại ngữ"][: r.randint(2, 3)]]
        if k == "prizes":
            ss = r.sample(SCHOOLS, 3)
            return [Trap("Kết quả chung cuộc:")] + [Trap(f"{p}: {s}", "content", "li") for p, s in zip(["Giải nhất", "Giải nhì", "Giải ba"], ss, strict=True)]
        return [Trap("PV: Điều gì khiến bạn chọn đi tình nguyện thay vì về quê nghỉ hè?"),
                Trap("- Mình muốn làm điều gì đó có ích trước khi ra trường"),
                Trap("PV: Kế hoạch sắp tới của nhóm?"), Trap("- Tụi mình sẽ mở thêm lớp học tình thương ở xã bên cạnh.")]
    if fam == 71:
        k = r.choice(["tracks", "credits", "boxoffice", "tour", "post"])
        if k == "tracks":
            songs = r.sample(["Ngày mai em đi", "Chạm", "Gió mùa thu", "Về nhà thôi", "Đêm trắng", "Một mình", "Hẹn ước"], r.randint(3, 5))
            return [Trap(f"Album gồm {len(songs)} ca khúc:")] + [Trap(f"{i}. {s}", "content", "li") for i, s in enumerate(songs, 1)]
        if k == "credits":
            return [Trap(f"Đạo diễn: {person(r)}"), Trap(f"Diễn viên: {person(r)}, {person(r)}, {person(r)}"),
                    Trap(f"Thời lượng: {r.randint(90, 140)} phút"), Trap(f"Khởi chiếu: {r.randint(1, 28)}/{r.randint(1, 12)}")]
        if k == "boxoffice":
            films = r.sample(["Mai", "Lật mặt 7", "Nhà bà Nữ", "Đào, phở và piano", "Bố già", "Gặp lại chị bầu"], 3)
            return [Trap("Doanh thu phòng vé cuối tuần qua:")] + [Trap(f"{i}. {f}: {r.randint(5, 90)} tỷ đồng", "content", "li") for i, f in enumerate(films, 1)]
        if k == "tour":
            return [Trap("Lịch diễn của tour như sau:")] + [Trap(f"{r.randint(1, 28)}/{m}: {c}", "content", "li")
                                                         for m, c in zip(sorted(r.sample(range(1, 13), 3)), r.sample(CITIES, 3), strict=True)]
        return [Trap("Trên trang cá nhân, cô viết: “Cảm ơn mọi người đã luôn ở bên em suốt chặng đường vừa qua”."),
                Trap("#biếtơn #hànhtrìnhmới", "content")]
    if fam == 72:
        k = r.choice(["data", "steps", "astro", "published", "heat"])
        if k == "data":
            return [Trap("Kết quả đo tại ba vị trí lấy mẫu:")] + [Trap(x, "content", "li") for x in
                    [f"Mẫu A: pH {r.randint(60, 79) / 10}, nhiệt độ {r.randint(24, 31)} °C",
                     f"Mẫu B: nồng độ CO2 {r.randint(400, 480)} ppm", f"Mẫu C: độ mặn {r.randint(20, 35)}‰"]]
        if k == "steps":
            return [Trap("Thí nghiệm được tiến hành theo ba bước:")] + [Trap(x, "content", "li") for x in
                    ["1. Nuôi cấy vi khuẩn trong môi trường giàu nitơ", "2. Chiếu tia cực tím trong 30 phút",
                     "3. Đo lượng protein tạo ra sau 24 giờ"]]
        if k == "astro":
            m = r.randint(1, 12)
            return [Trap("Các hiện tượng thiên văn đáng chú ý trong tháng:")] + [Trap(x, "content", "li") for x in
                    [f"Ngày {r.randint(1, 9)}/{m}: Trăng non", f"Ngày {r.randint(10, 19)}/{m}: Mưa sao băng đạt cực đại",
                     f"Ngày {r.randint(20, 28)}/{m}: Sao Kim ở vị trí sáng nhất"]]
        if k == "published":
            return [Trap(f"Nghiên cứu được công bố trên tạp chí {r.choice(['Nature', 'Science', 'Cell'])} ngày {r.randint(1, 28)}/{r.randint(1, 12)}."),
                    Trap(f"Theo nhóm nghiên cứu, phát hiện này có thể giúp giảm {r.randint(10, 40)}% chi phí sản xuất.")]
        cs = r.sample(CITIES, 3)
        return [Trap("Nhiệt độ cao nhất ghi nhận trong ngày:")] + [Trap(f"{c}: {r.randint(37, 42)},{r.randint(0, 9)}°C", "content", "li") for c in cs]
    k = r.choice(["embassy", "docs", "salary", "eps", "centres", "ask"])
    if k == "embassy":
        return [Trap("Người lao động gặp khó khăn có thể liên hệ:")] + [Trap(x, "content", "li") for x in
                [f"Đại sứ quán Việt Nam tại Nhật Bản: +81 3 {r.randint(3000, 3999)} {r.randint(1000, 9999)}",
                 f"Ban Quản lý lao động tại Hàn Quốc: +82 2 {r.randint(700, 799)} {r.randint(1000, 9999)}",
                 f"Văn phòng Kinh tế Văn hóa Việt Nam tại Đài Bắc: +886 2 {r.randint(2500, 2599)} {r.randint(1000, 9999)}"]]
    if k == "docs":
        return [Trap("Hồ sơ dự tuyển gồm:")] + [Trap(x, "content", "li") for x in
                ["- Đơn đăng ký dự tuyển theo mẫu", "- Bản sao hộ chiếu còn hạn", "- Giấy khám sức khỏe",
                 "- 4 ảnh 3x4 nền trắng"][: r.randint(3, 4)]]
    if k == "salary":
        return [Trap("Mức lương và chi phí của đơn hàng:")] + [Trap(x, "content", "li") for x in
                [f"Lương cơ bản: {_num(r.randint(170, 200) * 1000)} yên/tháng", f"Phí dịch vụ: {_num(r.randint(3000, 3600) * 1000)} yên",
                 f"Tiền ký túc xá: {_num(r.randint(15, 30) * 1000)} yên/tháng"]]
    if k == "eps":
        return [Trap("Lịch thi tiếng Hàn năm nay:")] + [Trap(f"Đợt {i}: từ {d}/{m} đến {d + 5}/{m} tại {c}", "content", "li")
                for i, (d, m, c) in enumerate([(r.randint(1, 20), r.randint(1, 12), r.choice(["Hà Nội", "Đà Nẵng"])) for _ in range(2)], 1)]
    if k == "centres":
        return [Trap("Người dân có thể nộp hồ sơ tại:")] + [Trap(f"Trung tâm Dịch vụ việc làm {c}, số {r.randint(1, 300)} {r.choice(STREETS)}", "content", "li")
                                                          for c in r.sample(CITIES, 2)]
    return [Trap(f"Bạn đọc {person(r)} ({r.choice(['Nghệ An', 'Hà Tĩnh', 'Thanh Hóa', 'Bắc Giang'])}) hỏi:"),
            Trap("Tôi đã về nước trước hạn hợp đồng thì có được nhận lại tiền ký quỹ không?"),
            Trap("Trả lời:")]


def _trap_theo(r: random.Random, fam: int) -> list[Line]:
    org = {70: "Trung ương Đoàn", 71: "nhà sản xuất", 72: "các nhà thiên văn", 73: "Cục Quản lý lao động ngoài nước"}[fam]
    return [Trap(f"Theo {org}, con số này {r.choice(['cao gấp đôi năm trước', 'vẫn chưa phản ánh hết thực tế', 'sẽ còn tăng trong năm tới'])}.")]


def _trap_extra(r: random.Random, fam: int) -> list[Line]:
    """More article blocks shaped like widgets or contact boxes: venues, interviews, fact boxes, rates."""
    if fam == 70:
        if r.random() < 0.5:
            return [Trap(f"Địa điểm: Nhà văn hóa Thanh niên, số {r.randint(1, 120)} {r.choice(STREETS)}, {r.choice(CITIES)}"),
                    Trap(f"Thời gian: {r.randint(7, 9)}h sáng {r.choice(DAYS).lower()}, ngày {r.randint(1, 28)}/{r.randint(1, 12)}"),
                    Trap(f"Ban tổ chức: {phone(r)} (gặp chị {r.choice(GIVEN)})")]
        return [Trap(f"Thông điệp của chiến dịch năm nay là #{r.choice(['SốngXanh', 'TuổiTrẻHànhĐộng', 'MùaHèXanh'])}, "
                     "kêu gọi mỗi bạn trẻ làm một việc tốt mỗi ngày.")]
    if fam == 71:
        return [Trap("- Sau hai năm vắng bóng, chị trở lại với một dự án hoàn toàn khác. Vì sao vậy?"),
                Trap("- Tôi muốn thử sức với dòng nhạc mà mình yêu từ nhỏ nhưng chưa dám làm."),
                Trap("- Gia đình phản ứng thế nào?"), Trap("- Chồng tôi là người ủng hộ nhiều nhất")]
    if fam == 72:
        if r.random() < 0.5:
            return [Trap(f"Sao chổi C/{r.randint(2021, 2026)} A{r.randint(1, 9)}", "content", "h3"),
                    Trap(f"Đường kính nhân: khoảng {r.randint(2, 40)} km"),
                    Trap(f"Khoảng cách gần Trái đất nhất: {r.randint(40, 200)} triệu km"),
                    Trap(f"Chu kỳ quỹ đạo: {_num(r.randint(80, 90000))} năm")]
        return [Trap(f"Bạn đọc {person(r)} hỏi: Vì sao bầu trời có màu xanh?"),
                Trap("Trả lời: Ánh sáng xanh có bước sóng ngắn nên bị các phân tử khí tán xạ mạnh hơn ánh sáng đỏ.")]
    if r.random() < 0.5:
        return [Trap(f"Với tỷ giá khoảng {r.randint(160, 180)} đồng/yên, mức lương này tương đương "
                     f"{r.randint(25, 35)} triệu đồng mỗi tháng.")]
    return [Trap("Các số điện thoại bảo hộ công dân:")] + [Trap(x, "content", "li") for x in
            [f"Nhật Bản: +81 80 {r.randint(3000, 9999)} {r.randint(1000, 9999)}",
             f"Hàn Quốc: +82 10 {r.randint(3000, 9999)} {r.randint(1000, 9999)}",
             f"Tổng đài bảo hộ công dân: {phone(r)}"]]


TRAPS = [_trap_list, _trap_list, _trap_extra, _trap_quote_named, _trap_subheading, _trap_theo]


def _add_traps(body: list[Line], r: random.Random, fam: int, n_article: int) -> None:
    """Insert trap blocks between paragraphs (never before the sapo) until they are ~30 % of content."""
    target = max(1, round(0.32 * n_article + r.uniform(-1, 0.5)))
    got, tries = 0, 0
    while got < target and tries < 50:
        tries += 1
        block = r.choice(TRAPS)(r, fam)
        if {x.text for x in block} & {x.text for x in body}:  # one block of a kind per page
            continue
        at = r.randint(2, len(body))
        body[at:at] = block
        got += len(block)


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> Page:
    """One page of family `fam`: head, body with traps and inline widgets, tail, side, footer."""
    page = Page(fam, OUTLETS[fam])
    page.head += _topbar(r, fam) + _menu(r, fam)
    if r.random() < 0.85:
        page.head.append(_crumb(r, fam))
    title, sapo, *paras = article
    body: list[Line] = [Line(sapo, "content", r.choice(["p", "h2"]))]
    body += [Line(p, "content") for p in paras]
    if r.random() < 0.3 and len(paras) > 1 and len(paras[-1].split()) >= 8:  # a closing line without a full stop
        body[-1] = Trap(paras[-1].rstrip(" ."))
    _add_traps(body, r, fam, len(article))
    n_content = len(body)
    # inline widgets, inserted from the back so positions stay in the content
    inserts = []
    if r.random() < 0.6:
        inserts.append(_related(r, fam))
    if r.random() < 0.5:
        inserts.append([_inline(r, fam)])
    if r.random() < 0.4:
        inserts.append(_mid_ad(r, fam))
    for block in inserts:
        at = r.randint(2, max(2, n_content - 1))
        body[at:at] = block
    top = [Line(title, "title", "h1")]
    dl = _dateline(r, fam)
    if r.random() < 0.3:
        top += [_byline(r, fam), dl]
    else:
        top.append(dl)
    if r.random() < 0.25:
        top.append(_share(r, fam))
    page.body = top + body
    tail: list[list[Line]] = [[_byline(r, fam)], [_source(r, fam)], [_tags(r, fam)], [_share(r, fam)], _comments(r, fam)]
    if r.random() < 0.2:
        tail.append([_continuation(r, fam)])
    if r.random() < 0.4:
        tail.append(_app_or_newsletter(r, fam))
    if r.random() < 0.3:
        tail.append([_share(r, fam)])
    r.shuffle(tail)
    tail = tail[: r.randint(3, len(tail))]
    if fam in (70, 73) and r.random() < 0.5:  # bylines come first on these sites
        tail.insert(0, [_byline(r, fam)])
    for block in tail:
        page.body += block
    if r.random() < 0.7:
        page.body += _related(r, fam)
    widgets = [_side_widget(r, fam) for _ in range(r.randint(1, 3))] + [_related(r, fam, side=True)]
    r.shuffle(widgets)
    for w in widgets:
        page.side += w
    page.foot += _footer(r, fam)
    return page


def render_html(page: Page, n: int) -> str:
    """One page in the site's own markup: top bar, nav, breadcrumb, article, aside, footer."""
    esc = html.escape
    fam = page.family
    cls = {70: "svt", 71: "sv", 72: "khsc", 73: "ldnn"}[fam]
    title = next(x.text for x in page.body if x.label == "title")

    def block(lines: list[Line]) -> str:
        out, in_list = [], False
        for x in lines:
            if x.tag == "li" and not in_list:
                out.append("<ul>")
                in_list = True
            elif x.tag != "li" and in_list:
                out.append("</ul>")
                in_list = False
            t = esc(x.text)
            if x.tag == "li":
                href = f"/{cls}-{zlib.crc32(x.text.encode()) % 10**7}.html"
                out.append(f"<li><a href='{href}'>{t}</a></li>" if x.label != "content" else f"<li>{t}</li>")
            elif x.tag in ("h1", "h2", "h3", "h4", "blockquote", "nav"):
                out.append(f"<{x.tag}>{t}</{x.tag}>")
            elif x.tag == "div":
                out.append(f"<div class='{cls}-line'>{t}</div>")  # no label in the markup
            else:
                out.append(f"<p>{t}</p>")
        if in_list:
            out.append("</ul>")
        return "".join(out)

    return (
        "<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
        f"<title>{esc(title)} | {esc(SITE_NAMES[fam])}</title>"
        f"<link rel='canonical' href='https://{page.outlet}/{cls}-{n}.html'>"
        f"<meta property='og:site_name' content='{esc(SITE_NAMES[fam])}'></head><body>"
        f"<header class='{cls}-header'>{block(page.head)}</header>"
        f"<main class='{cls}-main'><article class='{cls}-detail'>{block(page.body)}</article>"
        f"<aside class='{cls}-sidebar'>{block(page.side)}</aside></main>"
        f"<footer class='{cls}-footer'>{block(page.foot)}</footer></body></html>"
    )
