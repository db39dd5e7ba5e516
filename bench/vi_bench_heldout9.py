"""HELD-OUT half 9 of the line-labelled Vietnamese page benchmark: families 50-53, seed 19.

Written by an independent author who never read the cleaning rules, the learned boilerplate, any
other held-out module or any score; only the module interface (`T.Line` / `T.Page`, `build_page` /
`render_html`, the label set of `bench/eval_vi_pages.py`) was read. Four fictional sites of kinds
rare in news benches, each with its own template:

- 50 `hocduong24.vn`, an education / university-admissions paper,
- 51 `nhanongviet.vn`, an agriculture and rural-economy paper,
- 52 `xevaduong.vn`, a motoring and transport site,
- 53 `sacvietmagazine.vn`, a culture-arts and travel magazine.

What a site keeps fixed on every page (menu, footer, the wording of its share bar and block headers)
is a constant here; what a CMS varies (dates, headline lists and their length, which widgets show,
their order, counters, bylines) is drawn per page. Every page carries article text that looks like
boilerplate (a list of exam scores, farm-gate prices or car specifications the article announces, a
cooperative's or a museum's address and phone, a quoted person with role, subheadings, a poem, an
essay's place-and-date sign-off); those lines are labelled `content`.
"""

from __future__ import annotations

import html
import random
import zlib
from collections import Counter
from datetime import datetime, timedelta

from bench import vi_bench_templates as T
from bench.vi_bench_templates import Line

FAMILIES = (50, 51, 52, 53)
ARTICLE_OUTLETS = ("NLD", "TN", "TT", "VNE")
SEED = 19
OUTLETS = {50: "hocduong24.vn", 51: "nhanongviet.vn", 52: "xevaduong.vn", 53: "sacvietmagazine.vn"}
LABELS = {"title", "content", "menu", "breadcrumb", "dateline", "related_links", "weather_widget", "price_widget",
          "share_widget", "comment_prompt", "tags", "byline", "source", "continuation", "advert", "footer"}

# -- people, dates, numbers --------------------------------------------------------------------------

SURN = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương",
        "Lương", "Trịnh", "Đinh", "Mai", "Tạ", "Châu", "Kiều", "La"]
MIDDLE = ["Thị", "Văn", "Hữu", "Minh", "Ngọc", "Thanh", "Đức", "Quốc", "Kim", "Xuân", "Bảo", "Hoài"]
GIVEN = ["Hạnh", "Lộc", "Trung", "Nhàn", "Vân", "Khoa", "Huy", "Đạt", "Giang", "Hằng", "Nga", "Tú", "Phúc",
         "Thắng", "Quyên", "Long", "Loan", "Hưng", "Trinh", "Toàn", "Mỹ", "Nam", "Duyên", "Kiên", "Uyên", "Lực",
         "Oanh", "Tín", "Sang", "Thư", "Chi", "Đảm", "Chánh", "Sơ", "Việt", "Hòa"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def full_name(r: random.Random) -> str:
    return f"{r.choice(SURN)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"


def pen_name(r: random.Random) -> str:
    """Two-word pen names are what most Vietnamese bylines show."""
    return r.choice([f"{r.choice(MIDDLE)} {r.choice(GIVEN)}", f"{r.choice(GIVEN)} {r.choice(GIVEN)}",
                     f"{r.choice(MIDDLE)} {r.choice(GIVEN)}", full_name(r)])


def short_name(r: random.Random) -> str:
    a = pen_name(r).split()
    return f"{a[0][0]}.{a[-1]}"


def tel(r: random.Random, kind: str = "any") -> str:
    mobile = f"{r.choice(['0912', '0903', '0983', '0938', '0975', '0868', '0335'])} {r.randint(100, 999)} {r.randint(100, 999)}"
    land = f"{r.choice(['024', '028', '0236', '0292', '0262', '0270'])} {r.randint(3000, 3999)} {r.randint(1000, 9999)}"
    return {"mobile": mobile, "land": land}.get(kind, r.choice([mobile, land]))


def page_date(r: random.Random) -> datetime:
    return datetime(2019, 1, 1, 5) + timedelta(days=r.randint(0, 6 * 365), minutes=r.randint(0, 17 * 60))


def vnd(x: int) -> str:
    return f"{x:,}".replace(",", ".")


def pick(r: random.Random, pool: list[str], lo: int, hi: int) -> list[str]:
    return r.sample(pool, min(len(pool), r.randint(lo, hi)))


# -- headline generators: each site writes about its own beat ---------------------------------------

SCHOOLS = ["ĐH Bách khoa Hà Nội", "ĐH Kinh tế Quốc dân", "ĐH Sư phạm TP.HCM", "ĐH Y Dược Cần Thơ", "Học viện Ngân hàng",
           "ĐH Đà Nẵng", "ĐH Vinh", "ĐH Cần Thơ", "ĐH Ngoại thương", "ĐH Huế", "ĐH Công nghiệp TP.HCM",
           "Học viện Báo chí và Tuyên truyền", "ĐH Thủy lợi", "ĐH Mở Hà Nội"]
PROVINCES = ["Nghệ An", "Thanh Hóa", "Bắc Giang", "Đắk Lắk", "Sóc Trăng", "An Giang", "Lâm Đồng", "Tiền Giang",
             "Sơn La", "Bình Phước", "Cà Mau", "Quảng Nam", "Hà Tĩnh", "Thái Bình", "Gia Lai", "Kiên Giang", "Lào Cai"]
SUBJECTS = ["Toán", "Ngữ văn", "Tiếng Anh", "Lịch sử", "Vật lý", "Hóa học", "Sinh học", "Địa lý"]
BLOCKS = ["A00", "A01", "B00", "C00", "D01", "D07"]
CROPS = ["lúa", "cà phê", "hồ tiêu", "sầu riêng", "thanh long", "vải thiều", "cao su", "hạt điều", "xoài", "chè",
         "bưởi da xanh", "khoai lang", "sắn"]
ANIMALS = ["lợn", "gà lông màu", "bò thịt", "tôm thẻ", "cá tra", "vịt", "dê"]
COOPS = ["Tân Thành", "Phú Lộc", "Hòa Bình", "Đồng Tâm", "Thuận Phát", "Ea Tu", "Mường Lò", "Tiến Thành"]
MODELS = ["Toyota Vios", "Hyundai Accent", "Mazda CX-5", "Kia Seltos", "VinFast VF 6", "Honda City", "Ford Ranger",
          "Mitsubishi Xpander", "Honda Vision", "Yamaha Exciter", "Honda SH 160i", "Suzuki XL7", "Toyota Corolla Cross",
          "Hyundai Creta", "Kia Carnival", "VinFast VF 3"]
BRANDS = ["Toyota", "Hyundai", "Kia", "Mazda", "Ford", "Honda", "Mitsubishi", "VinFast", "Suzuki", "Nissan"]
ROADS = ["Bắc - Nam phía Đông", "Vĩnh Hảo - Phan Thiết", "Cam Lộ - La Sơn", "Mai Sơn - quốc lộ 45", "Trung Lương - Mỹ Thuận",
         "Diễn Châu - Bãi Vọt", "Tuyên Quang - Phú Thọ", "Nha Trang - Cam Lâm"]
PLACES = ["Hội An", "Sa Pa", "Mộc Châu", "Hà Giang", "Phú Quốc", "Ninh Bình", "Đà Lạt", "Côn Đảo", "Huế", "Lý Sơn",
          "Quy Nhơn", "Mù Cang Chải", "Cao Bằng", "Bắc Hà", "Tam Cốc", "Cù Lao Chàm"]
CRAFTS = ["gốm", "dệt thổ cẩm", "làm nón lá", "đúc đồng", "khảm xà cừ", "làm giấy dó", "tranh Đông Hồ", "làm hương"]
FLOWERS = ["tam giác mạch", "mận trắng", "dã quỳ", "cải vàng", "sen", "hoa ban", "phượng tím", "lúa chín"]


def edu_headline(r: random.Random, d: datetime) -> str:
    s, p, y = r.choice(SCHOOLS), r.choice(PROVINCES), d.year
    return r.choice([
        f"{s} công bố điểm chuẩn xét tuyển sớm năm {y}", f"Hơn {r.randint(20, 95)}.000 thí sinh đăng ký thi đánh giá năng lực đợt {r.randint(1, 2)}",
        f"{p} dự kiến tuyển {r.randint(12, 40)}.000 học sinh vào lớp 10 công lập",
        f"Đề thi môn {r.choice(SUBJECTS)} tốt nghiệp THPT: nhiều câu hỏi phân hóa",
        f"Giáo viên vùng khó ở {p} được hỗ trợ thêm {r.randint(1, 3)} triệu đồng mỗi tháng",
        "Bộ GD&ĐT lấy ý kiến dự thảo quy chế tuyển sinh mới", f"Trường học ở {p} thiếu hơn {r.randint(2, 9)}00 giáo viên đầu năm học",
        f"Học phí đại học năm học {y}-{y + 1}: trường nào tăng mạnh?", f"Sinh viên {s} giành giải nhất cuộc thi robot",
        f"Thủ khoa khối {r.choice(BLOCKS)} năm nay đạt {r.randint(28, 29)},{r.choice(['5', '75', '85', '9'])} điểm",
        f"Những ngành học 'hot' có điểm chuẩn trên {r.randint(26, 28)} điểm", f"Học sinh {p} được nghỉ học tránh bão",
        "Cách tính điểm ưu tiên khu vực khi xét tuyển đại học", f"{r.randint(40, 120)} trường đại học xét tuyển bằng chứng chỉ IELTS",
        "Phụ huynh lo lắng khi con vào lớp 1 theo chương trình mới", f"Lịch nghỉ Tết Nguyên đán {y + 1} của học sinh cả nước",
        f"{s} mở thêm {r.randint(3, 8)} ngành mới", "Bỏ kỳ thi tuyển sinh riêng: lo ngại về chất lượng đầu vào",
        f"Học sinh lớp 12 {p} bước vào kỳ thi khảo sát chất lượng", "Làm sao để chọn ngành phù hợp với năng lực?"])


def agri_headline(r: random.Random, d: datetime) -> str:
    c, p, a = r.choice(CROPS), r.choice(PROVINCES), r.choice(ANIMALS)
    return r.choice([
        f"Giá {c} hôm nay {d.day}/{d.month}: tăng {r.randint(1, 9)}00 đồng/kg", f"Nông dân {p} trúng mùa {c}",
        f"Giá {a} hơi đồng loạt giảm ở miền Bắc", f"Xuất khẩu {c.replace('lúa', 'gạo')} sang Trung Quốc đạt {r.randint(120, 980)} triệu USD",
        f"{p}: Hàng trăm ha {c} bị sâu bệnh tấn công", f"HTX {r.choice(COOPS)} liên kết tiêu thụ {c} cho xã viên",
        f"Xây dựng nông thôn mới kiểu mẫu ở {p}", "Cảnh báo xâm nhập mặn sâu tại ĐBSCL trong tuần tới",
        f"Kỹ thuật chăm sóc {c} mùa khô", f"Nuôi {a} theo hướng hữu cơ, thu lãi hàng trăm triệu đồng",
        f"Mã số vùng trồng: 'hộ chiếu' cho {c} xuất ngoại", "Chủ động phòng chống dịch tả lợn châu Phi khi thời tiết chuyển mùa",
        f"Thương lái ép giá, nông dân trồng {c} lao đao", f"{p} chuyển đổi {r.randint(2, 9)}00 ha lúa kém hiệu quả sang cây ăn trái",
        "Giá phân bón tăng, chi phí sản xuất vụ đông xuân đội lên", f"Thời tiết nông vụ: miền Bắc rét đậm, cần che chắn cho {a}",
        f"OCOP {p}: thêm {r.randint(5, 40)} sản phẩm đạt 3 sao", f"Tái cơ cấu ngành {c}: bắt đầu từ giống sạch bệnh"])


def motor_headline(r: random.Random, d: datetime) -> str:
    m, y, b = r.choice(MODELS), d.year, r.choice(BRANDS)
    return r.choice([
        f"{m} {y} ra mắt Việt Nam, giá từ {r.randint(4, 9)}{r.randint(10, 99)} triệu đồng",
        f"Giá lăn bánh {m} tháng {d.month}: giảm sâu tới {r.randint(2, 9)}0 triệu", f"Đánh giá {m}: có đáng tiền trong phân khúc?",
        f"Xăng RON 95 giảm {r.randint(1, 9)}00 đồng/lít từ 15h chiều nay", f"Top 10 xe bán chạy nhất tháng {d.month}: {m} dẫn đầu",
        f"Cao tốc {r.choice(ROADS)} thông xe, rút ngắn {r.randint(1, 3)} giờ di chuyển",
        f"Phạt nguội: hơn {r.randint(2, 9)}00 chủ xe ở {r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Bình Dương'])} bị gọi lên nộp phạt",
        "Tài xế vi phạm nồng độ cồn bị trừ điểm bằng lái ra sao?", f"Triệu hồi {r.randint(2, 40)}.{r.randint(100, 999)} xe {b} do lỗi túi khí",
        f"Có nên mua {m} cũ đời {y - r.randint(3, 7)}?", "Sát hạch bằng lái hạng B sẽ thay đổi thế nào?",
        "Trạm sạc xe điện mọc lên dọc quốc lộ 1", f"Ùn tắc kéo dài trên cầu {r.choice(['Vĩnh Tuy', 'Sài Gòn', 'Thăng Long', 'Rồng'])} giờ cao điểm",
        f"{b} tung ưu đãi 100% lệ phí trước bạ", "Mẹo lái xe đường đèo an toàn mùa mưa", f"So sánh {m} và {r.choice(MODELS)}",
        "Xe máy điện giá rẻ: mua gì cho học sinh?", "Những lỗi vi phạm bị phạt nặng nhất theo nghị định mới"])


def culture_headline(r: random.Random, d: datetime) -> str:
    pl, c = r.choice(PLACES), r.choice(CRAFTS)
    return r.choice([
        f"Mùa {r.choice(FLOWERS)} nhuộm {pl}", f"{pl} đón {r.randint(2, 30)} vạn lượt khách dịp lễ",
        f"Lễ hội đền {r.choice(['Hùng', 'Trần', 'Kiếp Bạc', 'Bà Chúa Xứ'])} được ghi danh di sản văn hóa phi vật thể quốc gia",
        f"Triển lãm '{r.choice(['Sắc màu Tây Bắc', 'Ký ức phố', 'Gốm Việt ngàn năm', 'Mùa vàng'])}' mở cửa tại Hà Nội",
        f"Về {pl} thưởng thức {r.choice(['bánh căn', 'cơm lam', 'thắng cố', 'bánh xèo', 'cao lầu', 'gỏi cá'])}",
        f"Nghệ nhân cuối cùng giữ nghề {c} ở {pl}", f"Vở cải lương kinh điển trở lại sân khấu sau {r.randint(10, 30)} năm",
        f"{r.randint(5, 12)} trải nghiệm không thể bỏ lỡ ở {pl}", f"Phim Việt cán mốc {r.randint(10, 40)}0 tỷ đồng doanh thu phòng vé",
        "Bảo tàng mở cửa ban đêm hút giới trẻ", f"Hành trình săn mây trên đỉnh {r.choice(['Tà Xùa', 'Fansipan', 'Bạch Mộc Lương Tử', 'Lảo Thẩn'])}",
        f"Làng {c} tất bật vào mùa Tết", f"Festival Huế {d.year}: hơn {r.randint(3, 9)}0 chương trình nghệ thuật",
        f"Phục dựng nghi lễ cấp sắc của người {r.choice(['Dao', 'Tày', 'Mông', 'Sán Chay'])}", f"Homestay giữa rừng thông {pl}",
        "Họa sĩ trẻ vẽ lại phố cổ bằng màu nước", "Đêm nhạc Trịnh bên bờ sông Hương", f"Ký ức {pl} qua những trang văn"])


HEADLINES = {50: edu_headline, 51: agri_headline, 52: motor_headline, 53: culture_headline}


def headlines(r: random.Random, fam: int, d: datetime, k: int) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < k:
        h = HEADLINES[fam](r, d)
        key = " ".join(h.split()[:3])
        if key not in seen or len(seen) > 40:
            out.append(h)
            seen.add(key)
    return out


def earlier(r: random.Random, d: datetime, days: int = 20) -> datetime:
    return d - timedelta(days=r.randint(0, days), minutes=r.randint(0, 600))


# -- precision traps: article text shaped like boilerplate --------------------------------------------


def trap_exam_scores(r: random.Random) -> list[Line]:
    """Admission cut-off scores or top scorers the article lists (lines with numbers, no verbs)."""
    if r.random() < 0.5:
        s = r.choice(SCHOOLS)
        out = [Line(f"Điểm chuẩn một số ngành của {s} năm nay như sau:", "content")]
        majors = r.sample(["Y khoa", "Công nghệ thông tin", "Kinh doanh quốc tế", "Sư phạm Toán học", "Luật kinh tế",
                           "Marketing", "Kỹ thuật điện", "Ngôn ngữ Anh", "Quản trị khách sạn", "Dược học"], r.randint(3, 4))
        for m in majors:
            out.append(Line(f"{m}: {r.randint(21, 28)},{r.choice(['0', '25', '5', '75', '15'])} điểm", "content", "li"))
        return out
    out = [Line(f"Danh sách thủ khoa khối {r.choice(BLOCKS)} trên toàn quốc:", "content")]
    for _ in range(r.randint(2, 4)):
        out.append(Line(f"{full_name(r)} ({r.choice(PROVINCES)}): {r.choice(['29,25', '29,5', '29,35', '29,1', '28,95'])} điểm",
                        "content", "li"))
    return out


def trap_school_contact(r: random.Random) -> list[Line]:
    """An admissions story that ends with the school's contact block (like a footer or an advert)."""
    s = r.choice(SCHOOLS)
    slug = "".join(w[0] for w in s.split()).lower().replace("đ", "d").replace(".", "")
    return [Line(f"Thí sinh cần tư vấn có thể liên hệ Phòng Tuyển sinh {s}:", "content"),
            Line(f"Địa chỉ: số {r.randint(1, 300)} {r.choice(['Giải Phóng', 'Nguyễn Văn Cừ', 'Lê Văn Việt', 'Trần Phú'])}, "
                 f"{r.choice(['Hà Nội', 'TP.HCM', 'Đà Nẵng', 'Cần Thơ'])}", "content"),
            Line(f"Điện thoại: {tel(r, 'land')} - Hotline: {tel(r, 'mobile')}", "content"),
            Line(f"Email: tuyensinh@{slug}.edu.vn", "content")]


def trap_exam_schedule(r: random.Random, d: datetime) -> list[Line]:
    days = [d + timedelta(days=30 + i) for i in range(2)]
    return [Line("Lịch thi cụ thể như sau:", "content"),
            Line(f"Ngày {days[0]:%d/%m}: Làm thủ tục dự thi, đính chính sai sót", "content", "li"),
            Line(f"Ngày {days[1]:%d/%m}: Buổi sáng thi Ngữ văn, buổi chiều thi Toán", "content", "li"),
            Line(f"Ngày {(days[1] + timedelta(days=1)):%d/%m}: Thi bài tổ hợp và Ngoại ngữ", "content", "li")]


def trap_interview(r: random.Random) -> list[Line]:
    """Q&A lines of an interview: a short question, then the interviewee's name with role."""
    who = full_name(r)
    role = r.choice([f"Hiệu trưởng Trường THPT {r.choice(['Chu Văn An', 'Lê Quý Đôn', 'Phan Bội Châu', 'Nguyễn Huệ'])}",
                     f"Trưởng phòng Đào tạo {r.choice(SCHOOLS)}", "chuyên gia tư vấn tuyển sinh",
                     f"Giám đốc Sở GD&ĐT {r.choice(PROVINCES)}"])
    q = r.choice(["Thưa ông, thí sinh nên chuẩn bị gì trong giai đoạn nước rút?",
                  "Bà đánh giá thế nào về phương án xét tuyển năm nay?",
                  "Năm nay có điểm gì mới khiến thí sinh cần lưu ý?"])
    return [Line(q, "content", "h3"),
            Line(f"- {r.choice(['TS', 'PGS.TS', 'ThS', 'Ông', 'Bà'])} {who}, {role}:", "content"),
            Line("Điều quan trọng nhất là các em giữ sức khỏe, ôn tập đúng trọng tâm và đọc kỹ quy chế để "
                 "không mắc lỗi đáng tiếc trong phòng thi.", "content")]


def trap_farm_prices(r: random.Random) -> list[Line]:
    """Farm-gate prices the article reports: the same shape as the price widget beside it."""
    if r.random() < 0.5:
        out = [Line(r.choice(["Giá lúa tươi tại ruộng ở các tỉnh ĐBSCL hôm nay như sau:",
                              "Theo khảo sát của phóng viên, giá lúa tại một số địa phương:"]), "content")]
        for v in r.sample(["OM 18", "Đài Thơm 8", "IR 50404", "OM 5451", "ST25", "Nàng Hoa 9"], r.randint(2, 4)):
            lo = r.randint(62, 95) * 100
            out.append(Line(f"Lúa {v}: {vnd(lo)} - {vnd(lo + 200)} đồng/kg", "content", "li"))
        return out
    out = [Line("Giá cà phê nhân xô tại Tây Nguyên sáng nay:", "content")]
    for p in r.sample(["Đắk Lắk", "Lâm Đồng", "Gia Lai", "Đắk Nông", "Kon Tum"], r.randint(3, 4)):
        out.append(Line(f"{p}: {vnd(r.randint(950, 1290) * 100)} đồng/kg", "content", "li"))
    return out


def trap_steps(r: random.Random) -> list[Line]:
    c = r.choice(["sầu riêng", "xoài", "thanh long", "bưởi da xanh", "nhãn"])
    return [Line(f"Quy trình xử lý ra hoa {c} trái vụ", "content", "h2"),
            Line("Bước 1: Vệ sinh vườn, tỉa cành tạo tán sau thu hoạch.", "content"),
            Line("Bước 2: Bón phân chuồng hoai mục kết hợp phân lân, tưới đủ ẩm.", "content"),
            Line("Bước 3: Xiết nước 15-20 ngày rồi tưới đẫm để kích thích ra hoa.", "content")]


def trap_coop_contact(r: random.Random) -> list[Line]:
    coop = r.choice(COOPS)
    return [Line(f"Bà con có nhu cầu tham gia chuỗi liên kết có thể liên hệ HTX Nông nghiệp {coop}, ấp {r.randint(1, 9)}, "
                 f"xã {r.choice(GIVEN)} {r.choice(['Hưng', 'Phú', 'An', 'Lợi'])}, huyện {r.choice(COOPS)}, tỉnh {r.choice(PROVINCES)}.",
                 "content"),
            Line(f"Điện thoại: {tel(r, 'mobile')} (gặp {sir(full_name(r))}, Giám đốc HTX)", "content")]


def trap_specs(r: random.Random) -> list[Line]:
    """A specification list a car review announces: field-colon-value lines like a price widget."""
    m = r.choice(MODELS)
    return [Line(f"Thông số kỹ thuật cơ bản của {m}:", "content"),
            Line(f"Động cơ: {r.choice(['1.5L', '2.0L', '1.4L tăng áp', 'điện, 1 mô-tơ'])}", "content", "li"),
            Line(f"Công suất: {r.randint(95, 240)} mã lực", "content", "li"),
            Line(f"Hộp số: {r.choice(['CVT', 'tự động 6 cấp', 'ly hợp kép 7 cấp', 'số sàn 5 cấp'])}", "content", "li"),
            Line(f"Giá bán: {r.randint(4, 9)}{r.randint(10, 99)} triệu đồng", "content", "li")]


def trap_traffic_hotlines(r: random.Random) -> list[Line]:
    out = [Line(r.choice(["Người dân có thể phản ánh vi phạm giao thông qua các số điện thoại đường dây nóng sau:",
                          "Các đường dây nóng hỗ trợ người đi đường dịp nghỉ lễ:"]), "content")]
    for unit in r.sample(["Phòng CSGT Công an TP Hà Nội", "Cục Cảnh sát giao thông", "Trung tâm điều hành cao tốc",
                          "Phòng CSGT Công an TP.HCM", "Thanh tra Sở GTVT", "Cứu hộ giao thông"], 3):
        out.append(Line(f"{unit}: {tel(r)}", "content", "li"))
    return out


def trap_lawyer(r: random.Random) -> list[Line]:
    return [Line(f"Bạn đọc {full_name(r)} ({r.choice(PROVINCES)}) hỏi: Xe tôi bị phạt nguội nhưng đã bán cho người khác, "
                 "tôi có phải nộp phạt không?", "content"),
            Line(f"Luật sư {full_name(r)}, Đoàn Luật sư {r.choice(['TP Hà Nội', 'TP.HCM', 'tỉnh Bình Dương'])}, trả lời:", "content")]


def trap_travel_info(r: random.Random, pl: str) -> list[Line]:
    """The practical box at the end of a travel story: looks like an advert or a contact block."""
    lo = r.randint(2, 15) * 10
    out = [Line(r.choice(["Thông tin hữu ích", "Cẩm nang cho du khách", "Nếu bạn đi"]), "content", "h3"),
           Line(f"Giá vé tham quan: {vnd(lo * 1000)} đồng/người lớn, {vnd(lo * 500)} đồng/trẻ em.", "content", "li"),
           Line(f"Giờ mở cửa: {r.randint(6, 8)}h{r.choice(['', '30'])} - {r.randint(17, 21)}h hằng ngày.", "content", "li")]
    if r.random() < 0.7:
        out.append(Line(f"Địa chỉ: thôn {r.choice(COOPS)}, xã {r.choice(GIVEN)} {r.choice(['Sơn', 'Thủy', 'Lâm'])}, {pl}.",
                        "content", "li"))
    if r.random() < 0.6:
        out.append(Line(f"Điện thoại ban quản lý: {tel(r, 'land')}", "content", "li"))
    return out


def trap_poem(r: random.Random) -> list[Line]:
    verses = r.choice([["Ai về Bắc Hà mà coi", "Chợ phiên rộn rã tiếng chiêng tiếng kèn"],
                       ["Dòng sông lặng lẽ trôi về biển", "Mang theo câu hò mái đẩy năm xưa", "Thuyền ai neo bến trăng mờ"],
                       ["Phố cổ rêu phong chiều nắng nhạt", "Đèn lồng ai thắp đỏ bên sông"]])
    intro = Line(r.choice(["Những câu ca dao người dân nơi đây vẫn thuộc lòng:", "Nhà thơ từng viết về vùng đất này:"]),
                 "content")
    return [intro] + [Line(v, "content") for v in verses]


def trap_schedule(r: random.Random, d: datetime) -> list[Line]:
    out = [Line("Chương trình biểu diễn trong tuần lễ văn hóa:", "content")]
    for k in range(r.randint(2, 4)):
        day = d + timedelta(days=3 + 2 * k)
        out.append(Line(f"{r.randint(19, 20)}h ngày {day.day}/{day.month}: "
                        f"{r.choice(['vở chèo Quan Âm Thị Kính', 'đêm nhạc dân gian đương đại', 'múa rối nước', 'hát then đàn tính', 'ca Huế trên sông'])}"
                        f" tại {r.choice(['Nhà hát Lớn', 'Nhà hát Tuổi trẻ', 'quảng trường trung tâm', 'Cung Văn hóa Lao động'])}",
                        "content", "li"))
    return out


def trap_titles(r: random.Random) -> list[Line]:
    """A list of works the article recommends: short title-like lines, like a related-links list."""
    intro = r.choice(["Những bộ phim Việt đáng chú ý ra rạp dịp này gồm:", "Danh sách tác phẩm đoạt giải năm nay:",
                      "Một số cuốn sách về vùng đất này bạn đọc có thể tìm đọc:"])
    works = r.sample(["Mùa hoa gạo cuối cùng", "Người giữ lửa bản Mông", "Phố cũ mưa phùn", "Con đò bên kia sông",
                      "Tiếng khèn trên đỉnh núi", "Chuyện làng gốm", "Gió qua đồi chè", "Những đứa con của biển"],
                     r.randint(3, 4))
    return [Line(intro, "content")] + [Line(f"{w} ({r.choice(['phim', 'tiểu thuyết', 'tập truyện', 'phim tài liệu'])}, "
                                            f"{pen_name(r)})", "content", "li") for w in works]


def trap_sales(r: random.Random) -> list[Line]:
    """A numbered sales ranking the article reports: looks like a numbered most-read list."""
    out = [Line(r.choice(["Top 5 mẫu xe bán chạy nhất tháng qua:", "Doanh số năm mẫu xe dẫn đầu thị trường:"]), "content")]
    sales = sorted((r.randint(900, 3200) for _ in range(5)), reverse=True)
    for i, (m, v) in enumerate(zip(r.sample(MODELS, 5), sales, strict=True), 1):
        out.append(Line(f"{i}. {m}: {vnd(v)} xe", "content", "li"))
    return out


def trap_signoff(r: random.Random, d: datetime) -> Line:
    """An essay (bút ký) ends with the author's place and month: looks like a dateline."""
    return Line(f"{r.choice(PLACES)}, {r.choice(['tháng', 'cuối tháng', 'đầu tháng'])} {d.month}/{d.year}", "content")


def sir(name: str) -> str:
    return f"{'bà' if ' Thị ' in name else 'ông'} {name}"


def trap_said(r: random.Random, fam: int) -> Line:
    """A paragraph that opens like a source credit ("Theo ...") or a share bar ("Chia sẻ ...")."""
    p, n = r.choice(PROVINCES), r.randint(2, 60)
    if r.random() < 0.4:
        return Line(f"Chia sẻ với phóng viên, {sir(full_name(r))} cho biết {r.choice(['năm nay', 'thời gian tới', 'từ đầu năm'])} "
                    f"địa phương sẽ {r.choice(['tiếp tục theo dõi sát tình hình', 'tăng cường kiểm tra', 'hỗ trợ thêm kinh phí'])}.",
                    "content")
    return Line({50: f"Theo Sở GD&ĐT {p}, năm nay toàn tỉnh có hơn {n}.000 thí sinh đăng ký dự thi.",
                 51: f"Theo Cục Trồng trọt, diện tích {r.choice(CROPS)} cả nước hiện đạt khoảng {n}0.000 ha.",
                 52: f"Theo VAMA, doanh số toàn thị trường tháng {r.randint(1, 12)} đạt {n}.{r.randint(100, 999)} xe.",
                 53: f"Theo Sở Du lịch {p}, lượng khách đến địa phương tăng {n}% so với cùng kỳ."}[fam], "content")


def trap_quote_role(r: random.Random) -> Line:
    return Line(f"“Chúng tôi mong muốn cách làm này được nhân rộng”, {sir(full_name(r))}, "
                f"{r.choice(['Chủ tịch UBND xã', 'Phó Giám đốc Sở', 'Trưởng phòng Nông nghiệp huyện', 'Giám đốc Bảo tàng tỉnh'])}, chia sẻ.",
                "content")


def subheads(fam: int) -> list[str]:
    return {50: ["Điểm sàn tăng nhẹ", "Thí sinh cần lưu ý gì?", "Nhiều phương thức xét tuyển", "Áp lực với giáo viên"],
            51: ["Giá vật tư đầu vào tăng", "Liên kết là hướng đi bền vững", "Khó khăn về đầu ra", "Bài học từ thực tế"],
            52: ["Ngoại thất", "Nội thất và tiện nghi", "Vận hành", "Có nên mua?", "An toàn"],
            53: ["Ký ức một thời", "Giữ lửa nghề xưa", "Điểm đến mùa này", "Hương vị khó quên"]}[fam]


def add_body(r: random.Random, page: T.Page, fam: int, paras: list[str], inserts: dict[int, list[Line]],
             heads: bool) -> None:
    """Article paragraphs with the site's blocks inserted after paragraph i; optional subheadings."""
    long_at = [i for i in range(1, len(paras)) if min(len(paras[i].split()), len(paras[i - 1].split())) >= 15]
    hs = r.sample(subheads(fam), min(2, len(paras) // 3, len(long_at))) if heads else []
    at = sorted(r.sample(long_at, len(hs)))
    for i, p in enumerate(paras):
        if i in at:
            page.body.append(Line(hs[at.index(i)], "content", "h2"))
        page.body.append(Line(p, "content"))
        page.body += inserts.get(i, [])


def place_traps(r: random.Random, n: int, fam: int, d: datetime, pl: str) -> tuple[list[Line], list[Line]]:
    """(lines for the middle of the article, lines for its end) by page number and site."""
    k = (n + fam) % 5
    mid: list[Line] = []
    end: list[Line] = []
    said = [trap_said(r, fam)] if r.random() < 0.25 else []
    if n % 3 == 2:  # a third of the pages carry only their article
        return [], []
    if fam == 50:
        mid = [trap_exam_scores, lambda r: trap_exam_schedule(r, d), trap_interview, lambda r: [], trap_exam_scores][k](r)
        if k == 1:
            end = [trap_quote_role(r)]
        elif k == 3:
            end = trap_school_contact(r)
    elif fam == 51:
        mid = [trap_farm_prices, lambda r: [], trap_steps, trap_farm_prices, lambda r: [trap_quote_role(r)]][k](r)
        if k in (1, 4):
            end = trap_coop_contact(r)
    elif fam == 52:
        mid = [trap_specs, trap_traffic_hotlines, trap_sales, trap_specs, trap_lawyer][k](r)
    else:
        mid = [lambda r: trap_poem(r), lambda r: trap_schedule(r, d), trap_titles, lambda r: [],
               lambda r: [trap_quote_role(r)]][k](r)
        if k in (3, 4):
            end = trap_travel_info(r, pl)
        elif k == 0 and r.random() < 0.6:
            end = [trap_signoff(r, d)]
    return said + mid, end


def related_block(header: str | None, items: list[str]) -> list[Line]:
    return ([Line(header, "related_links", "h3")] if header else []) + [Line(x, "related_links", "li") for x in items]


# -- 50: hocduong24.vn, education ----------------------------------------------------------------------

EDU_MENU = ["Trang chủ", "Thời sự giáo dục", "Tuyển sinh", "Du học", "Nhà trường", "Giáo viên", "Học đường",
            "Khoa học", "Góc phụ huynh", "Video"]
EDU_SUB = {"Tuyển sinh": ["Đại học", "Lớp 10", "Sau đại học", "Điểm chuẩn", "Tư vấn"],
           "Du học": ["Học bổng", "Kinh nghiệm", "Visa", "Cộng đồng"],
           "Nhà trường": ["Mầm non", "Phổ thông", "Đại học", "Giáo dục nghề nghiệp"],
           "Thời sự giáo dục": ["Chính sách", "Sự kiện", "Bình luận"],
           "Góc phụ huynh": ["Nuôi dạy con", "Tâm lý học đường", "Hỏi đáp"]}
EDU_FOOT = ["Báo điện tử Học Đường 24h",
            "Cơ quan chủ quản: Hiệp hội Giáo dục Ngoài công lập Việt Nam",
            "Tổng Biên tập: Đoàn Minh Khuê | Phó Tổng Biên tập: Lương Thị Ngọc Bích, Trịnh Quốc Việt",
            "Giấy phép hoạt động báo điện tử số 312/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 21/6/2021",
            "Tòa soạn: Tầng 6, số 24 Tạ Quang Bửu, phường Bách Khoa, quận Hai Bà Trưng, Hà Nội",
            "Điện thoại: 024 3868 2291 - Email: toasoan@hocduong24.vn",
            "Liên hệ quảng cáo: 0912 336 478",
            "© Bản quyền thuộc về Học Đường 24h. Ghi rõ nguồn \"Học Đường 24h\" khi phát hành lại thông tin từ website này."]


def build_edu(n: int, article: list[str], r: random.Random) -> T.Page:
    fam, d = 50, page_date(r)
    page = T.Page(fam, OUTLETS[fam])
    section = r.choice(list(EDU_SUB))
    if r.random() < 0.7:
        page.head.append(Line(f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}", "dateline"))
    page.head += [Line(x, "menu", "li") for x in EDU_MENU]
    if r.random() < 0.6:
        page.head.append(Line(" | ".join(EDU_SUB[section]), "menu"))
    crumb = f"Trang chủ › {section}" + (f" › {r.choice(EDU_SUB[section])}" if r.random() < 0.6 else "")
    page.head.append(Line(crumb, "breadcrumb"))
    title, sapo, *paras = article
    upd = f" | Cập nhật: {(d + timedelta(minutes=r.randint(20, 300))):%H:%M}" if r.random() < 0.2 else ""
    page.body += [Line(title, "title", "h1"), Line(f"{d:%d/%m/%Y} | {d:%H:%M} GMT+7{upd}", "dateline")]
    names = r.choice([pen_name(r), f"{pen_name(r)} - {pen_name(r)}", "Nhóm phóng viên Tuyển sinh", f"{pen_name(r)} (ghi)",
                      f"{full_name(r)} (thực hiện)", short_name(r), "PV"])
    if r.random() < 0.15:
        names = f"{names} - {r.choice(GIVEN).lower()}{r.randint(1, 99)}@hocduong24.vn"
    top = r.random() < 0.6
    if top:
        page.body.append(Line(names, "byline"))
    if r.random() < 0.35:
        page.body.append(Line("Nghe đọc bài viết", "share_widget"))
    page.body.append(Line(sapo, "content"))
    mid, end = place_traps(r, n, fam, d, "")
    inserts: dict[int, list[Line]] = {}
    if paras:
        box = min(len(paras) - 1, r.randint(0, 2))
        inserts.setdefault(box, []).extend(related_block("TIN LIÊN QUAN", headlines(r, fam, d, r.randint(2, 3))))
        if r.random() < 0.45:
            inserts.setdefault(r.randrange(len(paras)), []).append(
                Line(f"Xem thêm: {headlines(r, fam, d, 1)[0]}", "related_links"))
        if mid:
            inserts.setdefault(max(0, len(paras) - 1 - r.randint(0, 1)), [])[0:0] = mid
        if r.random() < 0.25:
            inserts.setdefault(r.randrange(len(paras)), []).append(Line(
                f"Tham gia nhóm Zalo Tư vấn tuyển sinh {d.year} để được giải đáp miễn phí", "share_widget"))
    add_body(r, page, fam, paras, inserts, heads=r.random() < 0.3)
    page.body += end
    tail = []
    if r.random() < 0.1:
        tail.append([Line(f"Kỳ tới: {headlines(r, fam, d, 1)[0]}", "continuation")])
    if not top:
        tail.append([Line(names, "byline")])
    if r.random() < 0.3:
        tail.append([Line(r.choice([f"Theo {x}" for x in ["Giáo dục & Thời đại", "Dân trí", "VnExpress", "Tiền Phong"]]
                                   + ["(Theo Cổng thông tin Bộ GD&ĐT)"]), "source")])
    if r.random() < 0.35:
        tail.append([Line(r.choice(["Mọi thắc mắc về tuyển sinh, bạn đọc vui lòng gửi về hộp thư tuyensinh@hocduong24.vn",
                                    "Bạn đọc có câu hỏi về tuyển sinh, hướng nghiệp gửi về tuyensinh@hocduong24.vn để được "
                                    "chuyên gia giải đáp."]), "comment_prompt")])
    if r.random() < 0.8:
        tail.append([Line("Từ khóa: " + ", ".join(pick(r, ["tuyển sinh", "điểm chuẩn", "thi tốt nghiệp THPT", "học phí",
                                                          "giáo viên", "xét tuyển sớm", "du học", "chương trình mới",
                                                          f"tuyển sinh {d.year}", "lớp 10"], 2, 5)), "tags")])
    tail.append([Line("Chia sẻ Facebook Zalo Sao chép liên kết", "share_widget")])
    if r.random() < 0.3:
        tail.append([Line("Nhận bản tin tuyển sinh qua email mỗi sáng", "share_widget"), Line("Đăng ký", "share_widget")])
    items = [f"{h} ({earlier(r, d):%d/%m})" for h in headlines(r, fam, d, r.randint(4, 7))]
    tail.append(related_block("Tin cùng chuyên mục", items))
    if r.random() < 0.6:
        tail.append([Line(f"Bình luận ({r.randint(0, 60)})", "comment_prompt"),
                     Line("Ý kiến của bạn sẽ được biên tập trước khi đăng. Xin vui lòng gõ tiếng Việt có dấu.",
                          "comment_prompt"),
                     Line("Gửi bình luận", "comment_prompt")])
    page.body += [x for b in tail for x in b]
    side: list[list[Line]] = [related_block("Đọc nhiều", [f"{i}. {h}" for i, h in enumerate(headlines(r, fam, d, 5), 1)])]
    if r.random() < 0.6:
        w = r.randint(0, 2)
        if w == 0:
            lines = [Line(f"ĐIỂM CHUẨN {d.year}", "price_widget", "h4")] + [
                Line(f"{s}: {r.randint(15, 22)},{r.choice(['0', '5', '25'])} - {r.randint(25, 29)},{r.randint(10, 95)}",
                     "price_widget", "li") for s in r.sample(SCHOOLS, 3)] + [Line("Tra cứu điểm chuẩn", "price_widget")]
        elif w == 1:
            exam = d + timedelta(days=r.randint(10, 120))
            lines = [Line("Đếm ngược kỳ thi tốt nghiệp THPT", "price_widget", "h4"),
                     Line(f"Còn {(exam - d).days} ngày", "price_widget"),
                     Line(f"Ngày thi: {exam:%d/%m} - {(exam + timedelta(days=1)):%d/%m/%Y}", "price_widget")]
        else:
            lines = [Line("Tra cứu điểm thi", "price_widget", "h4"), Line("Nhập số báo danh", "price_widget"),
                     Line("Tra cứu", "price_widget")]
        side.insert(r.randint(0, 1), lines)
    if r.random() < 0.4:
        brand = r.choice(["Anh ngữ Sao Mai", "IELTS Thành Đạt", "Du học Minh Phúc", "Luyện thi Bảo Châu"])
        side.append([Line(brand.upper(), "advert"),
                     Line(r.choice(["Khai giảng lớp IELTS cấp tốc tháng này", "Ưu đãi 30% học phí cho học viên đăng ký sớm",
                                    "Hội thảo du học Úc - Canada miễn phí cuối tuần"]), "advert"),
                     Line(f"Hotline: {tel(r, 'mobile')}", "advert")])
    page.side += [x for b in side for x in b]
    page.foot += [Line(x, "footer") for x in EDU_FOOT]
    return page


# -- 51: nhanongviet.vn, agriculture ------------------------------------------------------------------

AGRI_TOP = "Đặt báo | Quảng cáo | Liên hệ | Đường dây nóng: 0913 221 880"
AGRI_MENU = ("TRANG CHỦ | THỜI SỰ | KINH TẾ NÔNG NGHIỆP | THỊ TRƯỜNG | NÔNG THÔN MỚI | KHUYẾN NÔNG | CHĂN NUÔI | "
             "THỦY SẢN | LÂM NGHIỆP | BẠN NHÀ NÔNG")
AGRI_SECTIONS = {"Thị trường": ["Giá cả", "Xuất khẩu", "Doanh nghiệp"], "Khuyến nông": ["Trồng trọt", "Bảo vệ thực vật", "Kỹ thuật"],
                 "Nông thôn mới": ["Đời sống", "Hạ tầng", "OCOP"], "Chăn nuôi": ["Thú y", "Thức ăn chăn nuôi"],
                 "Thủy sản": ["Nuôi trồng", "Khai thác"]}
AGRI_FOOT = ["NHÀ NÔNG VIỆT - Tiếng nói của nông dân",
             "Cơ quan chủ quản: Liên hiệp các Hội Khuyến nông Việt Nam",
             "Tổng Biên tập: Phan Hữu Khiêm",
             "Giấy phép số 128/GP-BTTTT ngày 04/4/2019",
             "Trụ sở: Số 14 Ngõ 61 Hoàng Quốc Việt, quận Cầu Giấy, Hà Nội. Văn phòng đại diện phía Nam: 135 Pasteur, quận 3, TP.HCM",
             "ĐT: 024 3755 1026 | Fax: 024 3755 1027 | Email: bandoc@nhanongviet.vn",
             "Bản quyền thuộc về Nhà Nông Việt. Cấm sao chép dưới mọi hình thức khi chưa có sự đồng ý bằng văn bản."]


def build_agri(n: int, article: list[str], r: random.Random) -> T.Page:
    fam, d = 51, page_date(r)
    page = T.Page(fam, OUTLETS[fam])
    section = r.choice(list(AGRI_SECTIONS))
    page.head += [Line(AGRI_TOP, "menu"), Line(AGRI_MENU, "menu"),
                  Line(f"{section} / {r.choice(AGRI_SECTIONS[section])}", "breadcrumb")]
    title, sapo, *paras = article
    page.body += [Line(title, "title", "h1"),
                  Line(f"{WEEKDAYS[d.weekday()]} {d:%d/%m/%Y} , {d:%H:%M} (GMT+7)", "dateline")]
    by = r.choice([pen_name(r).upper(), f"{pen_name(r).upper()} - {pen_name(r).upper()}", "NHÓM PV",
                   f"{pen_name(r).upper()} ({r.choice(PROVINCES)})", f"{short_name(r).upper()}"])
    top = r.random() < 0.85
    if top:
        page.body.append(Line(by, "byline"))
    page.body.append(Line(("(NNV) - " if r.random() < 0.3 else "") + sapo, "content"))
    mid, end = place_traps(r, n, fam, d, "")
    inserts: dict[int, list[Line]] = {}
    if paras:
        if r.random() < 0.8:
            items = [f"> {h}" for h in headlines(r, fam, d, r.randint(1, 3))]
            inserts.setdefault(min(len(paras) - 1, r.randint(0, 2)), []).extend(
                related_block("Xem thêm" if r.random() < 0.5 else None, items))
        if r.random() < 0.35:
            ad = r.choice([["PHÂN BÓN LỘC ĐIỀN – BẠN CỦA NHÀ NÔNG", "Chuyên dùng cho lúa: cứng cây, chắc hạt, sáng bông",
                            "Tư vấn kỹ thuật miễn phí: 1800 6218"],
                           ["GIỐNG CÂY TRỒNG ĐỒNG XANH", "Giống lúa thuần chất lượng cao, năng suất vượt trội",
                            f"Đại lý cấp 1 tại {r.choice(PROVINCES)}: {tel(r, 'mobile')}"],
                           ["Thuốc thú y Vạn An", "Phòng bệnh cho đàn heo mùa lạnh", "Gọi ngay: 0903 117 228"]])
            inserts.setdefault(r.randrange(len(paras)), []).extend(Line(x, "advert") for x in ad)
        if mid:
            inserts.setdefault(max(0, len(paras) - 1 - r.randint(0, 2)), [])[0:0] = mid
    add_body(r, page, fam, paras, inserts, heads=r.random() < 0.3)
    page.body += end
    tail: list[list[Line]] = []
    if not top:
        tail.append([Line(by, "byline")])
    if r.random() < 0.25:
        tail.append([Line(r.choice(["Theo Báo " + p for p in ["Cần Thơ", "Đắk Lắk", "Bắc Giang", "An Giang", "Sóc Trăng"]]
                                   + ["Nguồn: Cục Trồng trọt", "(Theo Kinh tế nông thôn)"]), "source")])
    if r.random() < 0.2:
        tail.append([Line(r.choice(["(Còn nữa)", f"Bài cuối: {headlines(r, fam, d, 1)[0]}",
                                    f"Kỳ tới: {headlines(r, fam, d, 1)[0]}"]), "continuation")])
    if r.random() < 0.7:
        tags = pick(r, ["giá lúa", "ĐBSCL", "xuất khẩu nông sản", "nông thôn mới", "hợp tác xã", "OCOP", "dịch tả lợn châu Phi",
                        "cà phê", "sầu riêng", "khuyến nông", "chuyển đổi số nông nghiệp"], 2, 4)
        tail.append([Line("Từ khóa", "tags")] + [Line(t, "tags", "li") for t in tags])
    if r.random() < 0.5:
        tail.append([Line("Theo dõi Nhà Nông Việt trên Google News", "share_widget")])
    if r.random() < 0.3:
        tail.append([Line("Tải ứng dụng Nhà Nông Việt - Cẩm nang nhà nông trong túi bạn", "share_widget")])
    items = [f"{h} (Video)" if r.random() < 0.15 else h for h in headlines(r, fam, d, r.randint(4, 8))]
    tail.append(related_block("Tin khác", items))
    if r.random() < 0.3:
        tail.append([Line("Gửi bình luận", "comment_prompt"), Line("Họ tên", "comment_prompt"),
                     Line("Email", "comment_prompt")])
    page.body += [x for b in tail for x in b]
    side: list[list[Line]] = []
    if r.random() < 0.8:
        goods = [("Cà phê Đắk Lắk", 950, 1290, "đ/kg"), ("Hồ tiêu Gia Lai", 1200, 1700, "đ/kg"),
                 ("Lúa IR 50404", 62, 85, "đ/kg"), ("Heo hơi miền Bắc", 520, 680, "đ/kg"),
                 ("Cao su SVR 3L", 380, 520, "đ/kg"), ("Sầu riêng Ri6", 600, 1050, "đ/kg"), ("Tôm thẻ 100 con/kg", 850, 1100, "đ/kg")]
        rows = []
        for name, lo, hi, unit in r.sample(goods, r.randint(3, 5)):
            v = r.randint(lo, hi) * 100
            delta = r.choice(["", f" (+{vnd(r.randint(1, 20) * 100)})", f" (-{vnd(r.randint(1, 20) * 100)})"])
            rows.append(Line(f"{name}: {vnd(v)} {unit}{delta}", "price_widget", "li"))
        side.append([Line("GIÁ NÔNG SẢN HÔM NAY", "price_widget", "h4")] + rows
                    + [Line(f"Cập nhật: {d:%d/%m/%Y}", "price_widget")])
    if r.random() < 0.5:
        cold = r.randint(6, 14)
        side.append([Line("THỜI TIẾT NÔNG VỤ", "weather_widget", "h4"),
                     Line(f"Bắc Bộ: {r.choice(['rét đậm', 'nắng nóng', 'mưa rào'])}, nhiệt độ thấp nhất {cold}-{cold + 3}°C",
                          "weather_widget", "li"),
                     Line(f"Tây Nguyên: {r.choice(['ít mưa', 'có mưa dông chiều tối', 'nắng hanh'])}", "weather_widget", "li"),
                     Line(f"Nam Bộ: {r.choice(['mặn xâm nhập sâu 40-60 km', 'mưa vừa', 'nắng, độ ẩm thấp'])}",
                          "weather_widget", "li")])
    r.shuffle(side)
    side.append(related_block("Đọc nhiều nhất", headlines(r, fam, d, r.randint(4, 6))))
    page.side += [x for b in side for x in b]
    page.foot += [Line(x, "footer") for x in AGRI_FOOT]
    return page


# -- 52: xevaduong.vn, motoring and transport ----------------------------------------------------------

MOTOR_MENU = ["Tin xe", "Đánh giá xe", "Xe điện", "Giao thông", "Tư vấn", "Bảng giá xe", "Mua bán xe", "Video", "Cộng đồng"]
MOTOR_SUB = {"Tin xe": ["Ô tô", "Xe máy", "Xe điện", "Xe tải"], "Giao thông": ["An toàn giao thông", "Hạ tầng", "Luật"],
             "Đánh giá xe": ["Lái thử", "So sánh", "Trải nghiệm"], "Tư vấn": ["Hỏi đáp", "Mẹo lái xe", "Bảo dưỡng"]}
MOTOR_FOOT = ["Xe & Đường - Chuyên trang ô tô, xe máy và giao thông",
              "Giấy phép thiết lập trang thông tin điện tử tổng hợp số 2206/GP-TTĐT do Sở TT&TT TP.HCM cấp",
              "Chịu trách nhiệm nội dung: Bà Kiều Thị Thanh Vân",
              "Địa chỉ: 88 Nguyễn Hữu Cảnh, phường 22, quận Bình Thạnh, TP.HCM",
              "Hotline: 028 3512 6688 | Liên hệ quảng cáo: ads@xevaduong.vn",
              "Điều khoản sử dụng | Chính sách bảo mật | Liên hệ",
              "© 2018 - 2025 Xe & Đường. Mọi quyền được bảo lưu."]


def ago(r: random.Random, d: datetime) -> str:
    h = r.choice([r.randint(1, 23), r.randint(24, 400)])
    return f"{h} giờ trước" if h < 24 else f"{(d - timedelta(hours=h)):%d/%m/%Y}"


def build_motor(n: int, article: list[str], r: random.Random) -> T.Page:
    fam, d = 52, page_date(r)
    page = T.Page(fam, OUTLETS[fam])
    section = r.choice(list(MOTOR_SUB))
    page.head += [Line(x, "menu", "li") for x in MOTOR_MENU]
    if r.random() < 0.7:
        page.head.append(Line(" · ".join(MOTOR_SUB[section]), "menu"))
    page.head.append(Line(f"Trang chủ > {section} > {r.choice(MOTOR_SUB[section])}", "breadcrumb"))
    title, sapo, *paras = article
    page.body += [Line(title, "title", "h1"),
                  Line(f"{d:%H:%M}, {WEEKDAYS[d.weekday()].lower()}, {d.day}/{d.month}/{d.year}", "dateline")]
    a = pen_name(r)
    by = r.choice([a, f"Bài: {a} | Ảnh: {pen_name(r)}", f"{a} - {pen_name(r)}", f"Tác giả: {a}", f"{a} (lái thử tại {r.choice(PLACES)})",
                    f"{a} (theo {r.choice(['Carscoops', 'Autocar', 'Motor1', 'Car and Driver'])})"])
    top = r.random() < 0.55
    if top:
        page.body.append(Line(by, "byline"))
    if r.random() < 0.4:
        page.body.append(Line(f"{r.randint(2, 9)} phút đọc", "share_widget"))
    page.body.append(Line(sapo, "content"))
    mid, end = place_traps(r, n, fam, d, "")
    inserts: dict[int, list[Line]] = {}
    if paras:
        if r.random() < 0.75:
            items = [r.choice(["[Video] ", "[Ảnh] ", "", ""]) + h for h in headlines(r, fam, d, r.randint(1, 2))]
            inserts.setdefault(min(len(paras) - 1, r.randint(0, 3)), []).extend(related_block("Đọc thêm", items))
        if r.random() < 0.35:
            inserts.setdefault(r.randrange(len(paras)), []).append(
                Line(f">> {headlines(r, fam, d, 1)[0]}", "related_links"))
        if mid:
            inserts.setdefault(max(0, len(paras) - 1 - r.randint(0, 2)), [])[0:0] = mid
        if r.random() < 0.25:
            inserts.setdefault(r.randrange(len(paras)), []).append(Line(r.choice(
                ["Tải ứng dụng Xe & Đường để tra cứu phạt nguội và nhận bảng giá xe mới nhất",
                 "Theo dõi Xe & Đường trên YouTube để xem video lái thử"]), "share_widget"))
    add_body(r, page, fam, paras, inserts, heads=r.random() < 0.3)
    page.body += end
    tail: list[list[Line]] = []
    if not top:
        tail.append([Line(by, "byline")])
    if r.random() < 0.3:
        tail.append([Line(r.choice(["Theo Carscoops", "(Theo Autocar)", "Nguồn: Cục Cảnh sát giao thông", "Theo Motor1",
                                    "Nguồn: VAMA", "(Theo Báo Giao thông)"]), "source")])
    if r.random() < 0.4:
        tail.append([Line(r.choice(["Bạn có câu hỏi về xe, luật giao thông? Gửi cho chúng tôi qua email tuvan@xevaduong.vn",
                                    "Bạn đang sở hữu mẫu xe này? Hãy chia sẻ trải nghiệm của bạn với Xe & Đường"]),
                          "comment_prompt")])
    if r.random() < 0.7:
        tail.append([Line(" ".join("#" + t for t in pick(r, ["ToyotaVios", "SUVcoB", "XeDien", "PhatNguoi", "CaoToc",
                                                             "GiaXang", "XeHan", "BangLai", "VinFast", "XeMay"], 2, 4)), "tags")])
    tail.append([Line("Chia sẻ: Facebook Zalo Copy link", "share_widget")])
    if r.random() < 0.4:
        tail.append([Line("Bài viết có hữu ích với bạn?", "share_widget"),
                     Line(f"Có ({r.randint(0, 90)}) Không ({r.randint(0, 9)})", "share_widget")])
    if r.random() < 0.4:
        shop = r.choice(["Tiến Phát Auto", "Ô tô Thành Công Phú Mỹ", "Hưng Long Motor", "Đại Việt Ford"])
        tail.append([Line(f"SHOWROOM {shop.upper()}", "advert"),
                     Line(f"Đ/c: {r.randint(10, 300)} {r.choice(['Phạm Văn Đồng', 'Giải Phóng', 'Võ Văn Kiệt', 'Quốc lộ 13'])}",
                          "advert"),
                     Line(r.choice(["Nhận báo giá lăn bánh và lái thử tại nhà", "Hỗ trợ trả góp 80%, duyệt hồ sơ trong ngày"]),
                          "advert"),
                     Line(f"Hotline: {tel(r, 'mobile')}", "advert")])
    items = [f"{h} - {ago(r, d)}" for h in headlines(r, fam, d, r.randint(3, 6))]
    tail.append(related_block("CÓ THỂ BẠN QUAN TÂM", items))
    if r.random() < 0.5:
        tail.append([Line("Bạn nghĩ gì về bài viết này?", "comment_prompt"),
                     Line(r.choice(["Đăng nhập để bình luận", "Viết bình luận..."]), "comment_prompt")])
    page.body += [x for b in tail for x in b]
    side: list[list[Line]] = []
    if r.random() < 0.7:
        r95 = r.randint(196, 258) * 100
        side.append([Line("GIÁ XĂNG DẦU", "price_widget", "h4"),
                     Line(f"Xăng RON 95-III: {vnd(r95)} đ/lít", "price_widget", "li"),
                     Line(f"Xăng E5 RON 92: {vnd(r95 - r.randint(8, 14) * 100)} đ/lít", "price_widget", "li"),
                     Line(f"Dầu DO 0,05S: {vnd(r95 - r.randint(20, 40) * 100)} đ/lít", "price_widget", "li"),
                     Line(f"Áp dụng từ 15h ngày {earlier(r, d, 9):%d/%m}", "price_widget")])
    if r.random() < 0.5:
        side.append([Line("BẢNG GIÁ XE", "price_widget", "h4")] + [
            Line(f"{m}: {r.randint(4, 9)}{r.randint(10, 99)} triệu", "price_widget", "li") for m in r.sample(MODELS, 4)]
            + [Line("Xem tất cả", "price_widget")])
    if r.random() < 0.3:
        side.append([Line("Vay mua xe lãi suất chỉ từ 6,9%/năm", "advert"), Line("Đăng ký tư vấn", "advert")])
    r.shuffle(side)
    side.append(related_block("Xe mới ra mắt", headlines(r, fam, d, r.randint(3, 5))))
    page.side += [x for b in side for x in b]
    page.foot += [Line(x, "footer") for x in MOTOR_FOOT]
    return page


# -- 53: sacvietmagazine.vn, culture-arts and travel magazine -----------------------------------------

CULT_MENU = ["VĂN HÓA", "NGHỆ THUẬT", "DI SẢN", "DU LỊCH", "ẨM THỰC", "ĐIỂM ĐẾN", "NHÂN VẬT", "E-MAGAZINE", "ẢNH"]
CULT_TOP = "Tiếng Việt | English | Đặt mua tạp chí"
CULT_FOOT = ["TẠP CHÍ SẮC VIỆT",
             "Cơ quan chủ quản: Hội Văn nghệ dân gian Việt Nam",
             "Tổng biên tập: Nhà văn Tạ Duy Anh Khoa",
             "Giấy phép hoạt động tạp chí điện tử số 55/GP-BTTTT ngày 12/02/2020",
             "Địa chỉ: 51 Trần Hưng Đạo, Hoàn Kiếm, Hà Nội - ĐT: 024 3943 7125",
             "Email: bientap@sacvietmagazine.vn",
             "Sắc Việt giữ bản quyền nội dung trên website này. Mọi hình thức sao chép phải được sự đồng ý của Tạp chí."]
VI_MONTHS = "tháng"


def build_culture(n: int, article: list[str], r: random.Random) -> T.Page:
    fam, d = 53, page_date(r)
    page = T.Page(fam, OUTLETS[fam])
    section = r.choice(CULT_MENU[:7])
    page.head += [Line(CULT_TOP, "menu")] + [Line(x, "menu", "li") for x in CULT_MENU]
    if r.random() < 0.6:
        page.head.append(Line(f"Sắc Việt › {section.capitalize()}", "breadcrumb"))
    title, sapo, *paras = article
    pl = r.choice(PLACES)
    if r.random() < 0.4:
        page.body.append(Line(section, "breadcrumb"))
    page.body.append(Line(title, "title", "h1"))
    page.body.append(Line(f"{WEEKDAYS[d.weekday()].capitalize()}, {d.day} {VI_MONTHS} {d.month}, {d.year} - {d:%H:%M}",
                          "dateline"))
    if r.random() < 0.3:
        page.body.append(Line(f"Số {r.randint(80, 160)} (tháng {d.month}/{d.year})", "dateline"))
    a = pen_name(r)
    by = r.choice([f"Bút ký của {a}", f"Bài và ảnh: {a}", a.upper(), f"Ghi chép: {a}", f"Bài: {a} - Ảnh: {pen_name(r)}",
                   f"{a} (Hội Nhà văn Việt Nam)", f"{a} (theo {r.choice(['National Geographic', 'Lonely Planet', 'CNN Travel'])})"])
    top = r.random() < 0.5
    if top:
        page.body.append(Line(by, "byline"))
    if r.random() < 0.5:
        page.body.append(Line(f"Thời gian đọc: {r.randint(4, 15)} phút", "share_widget"))
    page.body.append(Line(sapo, "content"))
    mid, end = place_traps(r, n, fam, d, pl)
    inserts: dict[int, list[Line]] = {}
    if paras:
        if r.random() < 0.5:
            inserts.setdefault(r.randrange(len(paras)), []).append(
                Line(f"Đọc thêm >> {headlines(r, fam, d, 1)[0]}", "related_links"))
        if r.random() < 0.5:
            series = headlines(r, fam, d, r.randint(2, 3))
            inserts.setdefault(min(len(paras) - 1, r.randint(1, 3)), []).extend(
                related_block("Cùng chuyên đề", [f"Kỳ {i}: {h}" for i, h in enumerate(series, 1)]))
        if mid:
            inserts.setdefault(max(0, len(paras) - 1 - r.randint(0, 2)), [])[0:0] = mid
    add_body(r, page, fam, paras, inserts, heads=r.random() < 0.3)
    page.body += end
    tail: list[list[Line]] = []
    if r.random() < 0.15:
        tail.append([Line(r.choice(["(Còn tiếp)", f"Kỳ 2: {headlines(r, fam, d, 1)[0]}"]), "continuation")])
    if not top:
        tail.append([Line(by, "byline")])
    if r.random() < 0.2:
        tail.append([Line(f"Nội dung: {pen_name(r)} | Ảnh: {pen_name(r)} | Thiết kế: {pen_name(r)}", "byline")])
    if r.random() < 0.3:
        tail.append([Line(r.choice(["Theo Tạp chí Di sản", "(Nguồn: Bảo tàng Dân tộc học)", "Theo Vietnam Heritage",
                                    f"Tư liệu: Trung tâm Bảo tồn di tích {r.choice(['Cố đô Huế', 'Hội An', 'Thăng Long'])}"]),
                          "source")])
    if r.random() < 0.75:
        tail.append([Line("Thẻ: " + " · ".join(pick(r, [pl, "di sản", "ẩm thực", "lễ hội", "làng nghề", "nghệ nhân",
                                                      "du lịch cộng đồng", "sân khấu", "mỹ thuật"], 2, 4)), "tags")])
    tail.append([Line("Chia sẻ", "share_widget"), Line(f"Thích {r.randint(0, 900)}", "share_widget"),
                 Line("Lưu bài viết", "share_widget")])
    if r.random() < 0.35:
        tail.append([Line("Đặt mua Tạp chí Sắc Việt bản in - giao tận nhà mỗi tháng", "advert"),
                     Line("Liên hệ phát hành: 024 3943 7126", "advert")])
    if r.random() < 0.3:
        tail.append([Line("Nhận những câu chuyện văn hóa hay nhất mỗi tuần", "share_widget"),
                     Line("Đăng ký nhận bản tin", "share_widget")])
    tail.append(related_block("Cùng chuyên mục", headlines(r, fam, d, r.randint(3, 6))))
    if r.random() < 0.5:
        tail.append([Line("Viết bình luận của bạn...", "comment_prompt"),
                     Line("Bình luận sẽ được kiểm duyệt trước khi hiển thị", "comment_prompt")])
    page.body += [x for b in tail for x in b]
    side: list[list[Line]] = []
    if r.random() < 0.5:
        side.append([Line("Thời tiết điểm đến", "weather_widget", "h4")] + [
            Line(f"{p}: {t}-{t + r.randint(4, 9)}°C, {r.choice(['sương mù', 'nắng đẹp', 'mưa nhẹ', 'nhiều mây'])}",
                 "weather_widget", "li") for p, t in zip(r.sample(PLACES, 3), [r.randint(11, 27) for _ in range(3)], strict=True)])
    if r.random() < 0.6:
        names = r.sample(["Lễ hội hoa tam giác mạch", "Đêm phố cổ Hội An", "Festival Biển Nha Trang", "Tuần lễ áo dài",
                          "Hội chợ làng nghề", "Liên hoan phim tài liệu"], r.randint(2, 3))
        days = sorted(d + timedelta(days=r.randint(2, 40)) for _ in names)
        side.append(related_block("Sự kiện sắp diễn ra", [f"{e.day}/{e.month}: {x}" for e, x in zip(days, names, strict=True)]))
    if r.random() < 0.4:
        side.append([Line(f"Tour {r.choice(PLACES)} {r.randint(2, 4)}N{r.randint(1, 3)}Đ chỉ từ {vnd(r.randint(19, 69) * 100000)}đ",
                          "advert"), Line(f"Đặt tour: 1900 {r.randint(1000, 9999)}", "advert")])
    r.shuffle(side)
    side.append(related_block("Xem nhiều", headlines(r, fam, d, r.randint(4, 6))))
    page.side += [x for b in side for x in b]
    page.foot += [Line(x, "footer") for x in CULT_FOOT]
    return page


BUILDERS = {50: build_edu, 51: build_agri, 52: build_motor, 53: build_culture}


MOBILE_FOOT = {50: ["Báo điện tử Học Đường 24h", "Giấy phép số 312/GP-BTTTT", "© Học Đường 24h"],
               51: ["Bản quyền thuộc về Nhà Nông Việt", "Đường dây nóng: 0913 221 880"],
               52: ["© 2018 - 2025 Xe & Đường", "Điều khoản | Bảo mật"],
               53: ["© Tạp chí Sắc Việt", "Giấy phép số 55/GP-BTTTT"]}


def build_page(fam: int, n: int, article: list[str], r: random.Random) -> T.Page:
    """A labelled page of site `fam` (50-53) around `article` (title, sapo, paragraphs). About one page
    in six is the site's mobile/AMP version: no menu or sidebar, a short footer of its own."""
    page = BUILDERS[fam](n, list(article), r)
    if r.random() < 0.17:
        page.head = [x for x in page.head if x.label == "breadcrumb"]
        page.side = []
        page.foot = [Line(r.choice(["Lên đầu trang", "Xem phiên bản đầy đủ"]), "share_widget")] + [
            Line(x, "footer") for x in MOBILE_FOOT[fam]]
    return page


# -- HTML: each site's own markup ---------------------------------------------------------------------

STYLE = {50: {"article": ("div", "detail__content"), "side": "col-right", "nav": "main-menu"},
         51: {"article": ("article", "article-body"), "side": "sidebar-right", "nav": "nav-top"},
         52: {"article": ("div", "content-detail"), "side": "aside-box", "nav": "menu-main"},
         53: {"article": ("article", "mag-story"), "side": "mag-aside", "nav": "mag-nav"}}


def _href(text: str) -> str:
    return f"/{zlib.crc32(text.encode()) % 10**7}.html"


def _render_run(run: list[Line], esc=html.escape) -> str:
    """Consecutive lines of one label and block kind rendered as one element."""
    first = run[0]
    lab = first.label
    if lab == "related_links":
        head = "".join(f"<h3 class='box-title'>{esc(x.text)}</h3>" for x in run if x.tag == "h3")
        items = "".join(f"<li><a href='{_href(x.text)}'>{esc(x.text)}</a></li>" for x in run if x.tag == "li")
        plain = "".join(f"<p class='see-more'><a href='{_href(x.text)}'>{esc(x.text)}</a></p>"
                        for x in run if x.tag not in ("h3", "li"))
        return f"<div class='box-related'>{head}{'<ul>' + items + '</ul>' if items else ''}{plain}</div>"
    if lab == "content":
        if first.tag == "li":
            return "<ul>" + "".join(f"<li>{esc(x.text)}</li>" for x in run) + "</ul>"
        return "".join(f"<{x.tag}>{esc(x.text)}</{x.tag}>" if x.tag in ("h2", "h3") else f"<p>{esc(x.text)}</p>"
                       for x in run)
    if lab == "tags":
        label = "".join(f"<span class='tags-label'>{esc(x.text)}</span>" for x in run if x.tag != "li")
        items = "".join(f"<li><a href='/tag{_href(x.text)}'>{esc(x.text)}</a></li>" for x in run if x.tag == "li")
        return f"<div class='tags'>{label}{'<ul>' + items + '</ul>' if items else ''}</div>"
    if lab in ("price_widget", "weather_widget"):
        return f"<div class='widget {lab}'>" + "".join(
            f"<h4>{esc(x.text)}</h4>" if x.tag == "h4" else f"<div class='row'>{esc(x.text)}</div>" for x in run) + "</div>"
    if lab in ("share_widget", "comment_prompt"):
        return f"<div class='{lab.replace('_', '-')}'>" + "".join(
            f"<div><button>{esc(x.text)}</button></div>" for x in run) + "</div>"
    if lab == "advert":
        return "<div class='ads-box'>" + "".join(f"<p>{esc(x.text)}</p>" for x in run) + "</div>"
    cls = {"byline": "author", "source": "source", "dateline": "date", "continuation": "series-next",
           "breadcrumb": "kicker"}.get(lab, lab)
    return "".join(f"<p class='{cls}'>{esc(x.text)}</p>" for x in run)


def _runs(lines: list[Line]) -> list[list[Line]]:
    out: list[list[Line]] = []
    for x in lines:
        key = (x.label, x.tag == "li")
        if out and (out[-1][0].label, out[-1][0].tag == "li") == key and not (x.label == "related_links" and x.tag == "h3"):
            out[-1].append(x)
        elif out and x.label == out[-1][0].label and x.label != "content" and x.tag != "h3":
            out[-1].append(x)
        else:
            out.append([x])
    return out


def render_html(page: T.Page, n: int) -> str:
    """One page in its site's markup: header (menus, crumbs), article, sidebar, footer."""
    esc = html.escape
    st = STYLE[page.family]
    title = next(x.text for x in page.body if x.label == "title")
    head = []
    items = [x for x in page.head if x.label == "menu" and x.tag == "li"]
    for x in page.head:
        if x.label == "menu" and x.tag == "li":
            if x is items[0]:
                head.append(f"<nav class='{st['nav']}'><ul>" + "".join(
                    f"<li><a href='/{i}'>{esc(m.text)}</a></li>" for i, m in enumerate(items)) + "</ul></nav>")
        elif x.label == "menu":
            sep = next((c for c in (" | ", " · ") if c in x.text), None)
            parts = x.text.split(sep) if sep else [x.text]
            links = esc(sep or "").join(f"<a href='/m{_href(p)}'>{esc(p)}</a>" for p in parts)
            head.append(f"<div class='menu-line'>{links}</div>")
        elif x.label == "breadcrumb":
            head.append(f"<div class='breadcrumb'>{esc(x.text)}</div>")
        else:
            head.append(f"<div class='top-date'>{esc(x.text)}</div>")
    body = []
    sapo = next(x for x in page.body if x.label == "content")
    for run in _runs(page.body):
        if run[0].label == "title":
            body.append(f"<h1 class='title-detail'>{esc(run[0].text)}</h1>")
        elif run[0] is sapo:
            body.append(f"<p class='sapo'><strong>{esc(sapo.text)}</strong></p>" + (_render_run(run[1:]) if run[1:] else ""))
        else:
            body.append(_render_run(run))
    side = "".join(_render_run(run) for run in _runs(page.side))
    foot = "".join(f"<p>{esc(x.text)}</p>" for x in page.foot)
    tag, cls = st["article"]
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>"
            f"<title>{esc(title)} | {page.outlet}</title>"
            f"<link rel='canonical' href='https://{page.outlet}/{n}-{zlib.crc32(title.encode()) % 10**6}.html'>"
            f"<meta property='og:site_name' content='{page.outlet}'></head><body>"
            f"<header>{''.join(head)}</header><main class='container'>"
            f"<{tag} class='{cls}'>{''.join(body)}</{tag}>"
            f"<aside class='{st['side']}'>{side}</aside></main>"
            f"<footer class='site-footer'>{foot}</footer></body></html>")


# -- self-check ---------------------------------------------------------------------------------------


def _fallback_articles(k: int) -> list[list[str]]:
    para = ("Theo báo cáo của địa phương, trong tháng qua đã có nhiều chuyển biến tích cực về đời sống của người dân "
            "và các ngành chức năng tiếp tục theo dõi sát tình hình.")
    return [[f"Tiêu đề bài báo số {i}", para] + [para] * (3 + i % 8) for i in range(k)]


def main() -> None:
    per = 16 + 40  # what eval_vi_pages builds per family by default (HTML pages + text records)
    try:
        from bench.eval_vi_pages import load_articles

        arts = load_articles(ARTICLE_OUTLETS, per * len(FAMILIES), SEED)
    except (OSError, ImportError) as e:
        print(f"(VNTC not readable: {e}; using placeholder articles)")
        arts = _fallback_articles(per * len(FAMILIES))
    r = random.Random(SEED)
    k = 0
    for fam in FAMILIES:
        counts: Counter[str] = Counter()
        footers = set()
        for n in range(per):
            page = build_page(fam, n, arts[k], r)
            k += 1
            lines = page.head + page.body + page.side + page.foot
            for x in lines:
                assert x.label in LABELS, x.label
                assert x.text.strip() and "\n" not in x.text, x
            assert sum(x.label == "title" for x in lines) == 1
            counts.update(x.label for x in lines)
            own = set(arts[k - 1])
            counts["(traps: content not from the article)"] += sum(x.label == "content" and x.text not in own
                                                                   and x.text[8:] not in own for x in lines)
            footers.add(tuple(x.text for x in page.foot if x.label == "footer"))
            markup = render_html(page, n)
            assert "<h1" in markup and markup.count("<footer") == 1
        assert len(footers) <= 2, "a site's footer is the same on every page (desktop and mobile)"
        print(f"family {fam} ({OUTLETS[fam]}), {per} pages: " + ", ".join(f"{a}={b}" for a, b in sorted(counts.items())))


if __name__ == "__main__":
    main()
