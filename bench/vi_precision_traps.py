"""Precision traps: Vietnamese articles whose own lines look like boilerplate, scored through the CLI.

Issue 12 asks that content lines stay (>= 99.7 %) on sites the rules were never tuned on. This is a DEV
set for that (tuned on; it is no held-out half): short realistic articles (text records, every line
labelled) whose text carries lines shaped like boilerplate — a list of hospitals with addresses and
phones, a school's admissions office, a museum's info box, an interview's names and roles on their own
lines, a lawyer's answer, paragraphs opening with "Theo …" or "Chia sẻ với phóng viên …", sub-headings,
numbered steps, a top-5, titles of films and books, exam scores and farm-gate prices the article
announces, a schedule, a poem, an essay's place-and-date, a last line without a full stop, prize
winners, a correction, a reader's letter with its signature. Ordinary page furniture (menus, a
breadcrumb, a date bar, bylines, sources, tags, related links, share bars, copyright) is mixed in and
labelled boilerplate, so removal still counts. Batch 1 (28 kinds, 140 records) was written from general
knowledge of Vietnamese news sites before the rules were read: no phrase is taken from `cleaners/`; batch 2
(10 kinds, 50 records: an official notice with its signature block, an obituary's funeral details, a sponsors
list, a spec box, a book's or film's info box, travel tips, an epigraph with its author, web addresses the
article gives, a line-up, a very short last line) was written after the first guards, before being scored.

Run: `.venv/bin/python -m bench.vi_precision_traps [--workers 2] [--keep DIR]` (the real CLI, its
documents/ Parquet read back; each lost content line is printed with the rule that removed it).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench.cli_run import run_cli

SEED = 23
C, B = "content", "boilerplate"
OUTLETS = ("tinbienhoa.vn", "baosongla24h.vn", "nhipsonghanoi.net", "thoibaocantho.com.vn", "giaoducvacuocsong.vn",
           "nongnghiepxanh.vn", "vanhoaphuongdong.net", "suckhoedoisong24.vn", "phapluatmoi.vn", "tintuctayninh.com")

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô")
MIDDLE = ("Văn", "Thị", "Minh", "Thanh", "Hữu", "Ngọc", "Quốc", "Thu", "Đức", "Hoài")
GIVEN = ("Hùng", "Lan", "Tuấn", "Hương", "Dũng", "Mai", "Khoa", "Trang", "Phúc", "Yến", "Sơn", "Thảo", "Bình", "Nga")
CITIES = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Cần Thơ", "Huế", "Nghệ An", "Quảng Ninh", "Đồng Nai", "Bình Định", "Lâm Đồng")


def name(r: random.Random) -> str:
    return f"{r.choice(FAMILY)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"


def phone(r: random.Random, area: str = "0") -> str:
    return f"{area}2{r.randint(10, 99)}.{r.randint(100, 999)}.{r.randint(1000, 9999)}"


# ---------------------------------------------------------------- article kinds (all lines content)

def k_hospital_list(i: int, r: random.Random) -> list[str]:
    city = CITIES[i % len(CITIES)]
    disease = ("sốt xuất huyết", "tay chân miệng", "cúm A", "sởi", "đau mắt đỏ")[i % 5]
    hosp = [("Bệnh viện Đa khoa tỉnh", "số 2 đường Lý Thường Kiệt"), ("Bệnh viện Nhi đồng", "184 Nguyễn Trãi"),
            ("Trung tâm Y tế quận Ninh Kiều", "25 Trần Hưng Đạo"), ("Bệnh viện Bệnh nhiệt đới", "764 Võ Văn Kiệt"),
            ("Bệnh viện Đa khoa khu vực", "Quốc lộ 1A, phường Tân Phong")]
    r.shuffle(hosp)
    lines = [f"{city}: Số ca mắc {disease} tăng mạnh, bệnh viện mở thêm phòng khám ngoài giờ",
             f"Tuần qua, {city} ghi nhận thêm {r.randint(120, 480)} ca mắc {disease}, tăng gần {r.randint(20, 60)}% so "
             f"với tuần trước, tập trung chủ yếu ở trẻ dưới {r.choice((5, 10, 15))} tuổi.",
             "Theo Sở Y tế, các bệnh viện tuyến tỉnh đã bố trí thêm giường bệnh và kéo dài giờ khám đến 20h "
             "hằng ngày, kể cả thứ bảy và chủ nhật.",
             "Người dân khi có dấu hiệu sốt cao liên tục, mệt lả, nôn nhiều cần đưa người bệnh đến cơ sở y tế gần nhất.",
             "Các cơ sở tiếp nhận khám ngoài giờ gồm:" if i % 2 == 0 else "Danh sách các điểm khám ngoài giờ"]
    for h, addr in hosp[: 3 + i % 2]:
        if i % 3 == 0:
            lines.append(f"{h}, {addr}, ĐT: {phone(r)}")
        elif i % 3 == 1:
            lines.append(f"- {h}: {addr} - điện thoại {phone(r)}")
        else:
            lines += [h, f"Địa chỉ: {addr}", f"Điện thoại: {phone(r)}"]
    return lines


def k_hotlines(i: int, r: random.Random) -> list[str]:
    place = ("Quảng Bình", "Hà Tĩnh", "Yên Bái", "Lào Cai", "Thừa Thiên Huế")[i % 5]
    lines = [f"{place} công bố số điện thoại đường dây nóng ứng cứu người dân vùng lũ",
             f"Chiều {r.randint(2, 28)}/{r.randint(9, 11)}, Ban Chỉ huy phòng chống thiên tai và tìm kiếm cứu nạn "
             f"tỉnh {place} thông báo danh sách số điện thoại trực ứng cứu 24/24 giờ.",
             "Mưa lớn kéo dài từ đêm qua khiến nhiều tuyến đường liên xã bị chia cắt, hàng trăm hộ dân ở các "
             "huyện miền núi phải sơ tán khẩn cấp.",
             "Khi cần hỗ trợ, người dân gọi các số sau" + (":" if i % 2 else "")]
    units = ["Văn phòng Ban Chỉ huy tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Công an tỉnh", "Sở Y tế",
             "Công ty Điện lực", "Đài Khí tượng thủy văn tỉnh"]
    for u in units[: 4 + i % 3]:
        lines.append(f"{u}: {phone(r)}" if i % 2 else f"{u} - {r.randint(100, 999)}{r.randint(1000, 9999)}")
    if i % 3 == 0:
        lines.append("Cứu hộ cứu nạn: 114")
    return lines


def k_admissions(i: int, r: random.Random) -> list[str]:
    school = ("Trường Đại học Sư phạm Kỹ thuật", "Trường Cao đẳng Y tế", "Trường THPT chuyên Lê Quý Đôn",
              "Trường Đại học Nông Lâm", "Học viện Ngân hàng phân viện")[i % 5]
    lines = [f"{school} tuyển sinh {r.randint(300, 2500)} chỉ tiêu năm {2024 + i % 2}",
             f"{school} vừa công bố phương án tuyển sinh với {r.randint(8, 30)} ngành đào tạo, trong đó có "
             f"{r.randint(2, 5)} ngành mới mở.",
             f"Nhà trường xét tuyển theo ba phương thức: điểm thi tốt nghiệp THPT, học bạ và kết hợp chứng chỉ "
             f"ngoại ngữ. Hồ sơ nhận từ ngày {r.randint(1, 20)}/{r.randint(4, 6)}.",
             "Thí sinh cần tư vấn có thể liên hệ trực tiếp:" if i % 2 else "Mọi thắc mắc xin liên hệ",
             "Phòng Đào tạo - Tuyển sinh" if i % 3 else "PHÒNG TUYỂN SINH",
             f"Địa chỉ: {r.randint(1, 300)} đường {r.choice(('Võ Văn Ngân', 'Lê Duẩn', 'Trần Phú', 'Nguyễn Văn Cừ'))}, "
             f"{r.choice(CITIES)}",
             f"Điện thoại: {phone(r)} - {r.randint(900, 999)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
             f"Email: tuyensinh{i}@truong{i}.edu.vn"]
    if i % 2 == 0:
        lines.append(f"Website: tuyensinh.truong{i}.edu.vn")
    return lines


def k_cooperative(i: int, r: random.Random) -> list[str]:
    prod = ("bưởi da xanh", "mật ong bạc hà", "gạo ST25", "chè Shan tuyết", "cà phê Robusta")[i % 5]
    coop = ("Hợp tác xã Nông nghiệp Thành Công", "HTX Dịch vụ nông nghiệp Tân Phú", "Hợp tác xã Ong mật Mèo Vạc",
            "HTX chè Suối Giàng", "Hợp tác xã cà phê Ea Tu")[i % 5]
    return [f"Nông dân liên kết làm {prod} sạch, thu nhập tăng gấp đôi",
            f"Từ khi tham gia {coop}, các hộ trồng {prod} được hướng dẫn quy trình sản xuất theo tiêu chuẩn VietGAP.",
            f"Ông {name(r)}, Giám đốc hợp tác xã, cho biết mỗi năm đơn vị tiêu thụ khoảng {r.randint(50, 400)} tấn "
            f"sản phẩm, giá bán cao hơn thị trường từ 10 đến 15%.",
            "Sản phẩm đã đạt chứng nhận OCOP 4 sao và có mặt tại nhiều siêu thị lớn.",
            f"Bà con muốn tham gia liên kết có thể liên hệ {coop}" + ("." if i % 2 else ""),
            f"Địa chỉ: ấp {r.randint(1, 9)}, xã {r.choice(('Tân Phú', 'Mỹ Hòa', 'Ea Tu', 'Suối Giàng'))}",
            f"Điện thoại: 09{r.randint(10, 99)} {r.randint(100, 999)} {r.randint(100, 999)}"]


def k_museum(i: int, r: random.Random) -> list[str]:
    what = ("Triển lãm ảnh “Hà Nội mùa thu”", "Bảo tàng Lịch sử Quốc gia mở cửa đêm",
            "Lễ hội áo dài TP.HCM", "Trưng bày cổ vật triều Nguyễn", "Hội sách mùa hè")[i % 5]
    lines = [f"{what}: điểm hẹn cuối tuần của người yêu văn hóa",
             f"{what} thu hút hàng nghìn lượt khách ngay trong ngày đầu tiên, nhiều gia đình đưa con nhỏ đến tham quan.",
             f"Theo ban tổ chức, năm nay có hơn {r.randint(100, 900)} hiện vật và tác phẩm được giới thiệu, trong "
             f"đó nhiều hiện vật lần đầu ra mắt công chúng.",
             "Thông tin cho khách tham quan" if i % 2 else "THÔNG TIN HỮU ÍCH",
             f"Thời gian: từ ngày {r.randint(1, 15)}/{r.randint(1, 12)} đến hết ngày {r.randint(16, 30)}/{r.randint(1, 12)}",
             f"Giờ mở cửa: 8h00 - 17h00{' (thứ hai nghỉ)' if i % 2 else ''}",
             f"Giá vé: {r.choice((20, 30, 40, 50))}.000 đồng/người lớn; trẻ em dưới 6 tuổi miễn phí",
             f"Địa điểm: số {r.randint(1, 99)} {r.choice(('Tràng Tiền', 'Lê Thánh Tôn', 'Đinh Tiên Hoàng'))}"]
    if i % 3 == 0:
        lines.append(f"Hotline: 19{r.randint(10, 99)} {r.randint(1000, 9999)}")
    return lines


def k_interview(i: int, r: random.Random) -> list[str]:
    n = name(r)
    role = ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn", "Trưởng khoa Hồi sức tích cực, Bệnh viện Bạch Mai",
            "Phó Chủ tịch UBND tỉnh", "Hiệu trưởng Trường THPT Nguyễn Du", "Chuyên gia kinh tế")[i % 5]
    q = "PV:" if i % 2 else "Phóng viên:"
    head = ["“Chúng ta không thể chờ đến khi có dịch mới hành động”",
            f"Trao đổi với phóng viên, {role} đã chia sẻ nhiều vấn đề người dân quan tâm.",
            n.upper() if i % 2 else n,
            role]
    body = [f"{q} Thưa ông, đâu là khó khăn lớn nhất hiện nay?",
            f"- Khó khăn lớn nhất là nguồn lực. Năm nay ngân sách dành cho lĩnh vực này chỉ đạt khoảng "
            f"{r.randint(40, 70)}% so với nhu cầu thực tế.",
            f"{q} Vậy giải pháp trước mắt là gì?",
            "- Chúng tôi đề xuất huy động thêm nguồn xã hội hóa và ưu tiên các địa bàn khó khăn trước.",
            f"{q} Xin cảm ơn ông!" if i % 3 else f"{q} Xin cảm ơn ông"]
    if i % 2 == 0:
        body = [b.replace(q + " ", "").replace("- ", "", 1) if b.startswith("- ") else b for b in body]
        body = [("Ông " + n.split()[-1] + ": " + b) if not b.startswith(q) else b for b in body]
    return head + body


def k_lawyer(i: int, r: random.Random) -> list[str]:
    reader = name(r)
    lw = name(r)
    topic = ("đất đai thừa kế", "ly hôn và quyền nuôi con", "hợp đồng lao động", "mua bán nhà ở",
             "bồi thường tai nạn giao thông")[i % 5]
    ans = (f"Luật sư {lw}, Đoàn Luật sư TP Hà Nội trả lời:", f"LUẬT SƯ {lw.upper()} TRẢ LỜI:",
           f"Luật sư {lw} (Công ty Luật TNHH An Phát) tư vấn", "Trả lời:", f"Luật sư {lw} trả lời")[i % 5]
    return [f"Tranh chấp {topic}: giải quyết thế nào?",
            f"Bạn đọc {reader} ({r.choice(CITIES)}) hỏi: Gia đình tôi đang có tranh chấp liên quan đến {topic}. "
            f"Xin hỏi trường hợp này pháp luật quy định ra sao?",
            ans,
            "Theo quy định của Bộ luật Dân sự năm 2015, các bên có quyền tự thỏa thuận; nếu không thỏa thuận được "
            "thì có thể khởi kiện ra tòa án nhân dân cấp huyện nơi có tài sản.",
            "Hồ sơ khởi kiện gồm đơn khởi kiện, giấy tờ chứng minh quyền sở hữu và các tài liệu liên quan.",
            "Thời hiệu khởi kiện đối với tranh chấp này là 3 năm kể từ ngày quyền và lợi ích bị xâm phạm.",
            "Chúc bạn sớm giải quyết được vụ việc" + ("!" if i % 2 else "")]


def k_theo(i: int, r: random.Random) -> list[str]:
    subj = ("giá xăng dầu", "xuất khẩu thủy sản", "thị trường bất động sản", "dịch vụ du lịch", "tín dụng ngân hàng")[i % 5]
    return [f"Dự báo {subj} những tháng cuối năm",
            f"Theo Tổng cục Thống kê, {subj} trong quý III tăng {r.randint(2, 15)},{r.randint(1, 9)}% so với cùng kỳ.",
            f"Theo ông {name(r)}, chuyên gia kinh tế, đà phục hồi sẽ còn kéo dài đến quý I năm sau.",
            f"Theo kế hoạch, bộ sẽ trình Chính phủ gói giải pháp hỗ trợ trước ngày {r.randint(1, 28)}/{r.randint(10, 12)}.",
            "Theo đó" + (", các doanh nghiệp được gia hạn nộp thuế thêm 6 tháng." if i % 2 else
                         " doanh nghiệp nhỏ được ưu tiên tiếp cận vốn vay."),
            "Theo báo cáo của Bộ Công Thương" + (":" if i % 3 == 0 else ""),
            f"Theo số liệu mới nhất từ Hiệp hội, sản lượng tháng 10 đạt {r.randint(100, 900)} nghìn tấn.",
            "(Theo số liệu sơ bộ của Bộ Tài chính)" if i % 2 == 0 else "Theo Reuters, giá thế giới đã giảm nhẹ trong tuần."]


def k_chiase(i: int, r: random.Random) -> list[str]:
    n = name(r)
    outlet = ("Tin Biên Hòa", "Sức khỏe Đời sống", "Nông nghiệp Xanh", "Pháp luật Mới", "Thời báo Cần Thơ")[i % 5]
    return [f"Cô giáo vùng cao {r.randint(10, 30)} năm bám bản gieo chữ",
            f"Điểm trường Nà Khoang nằm cách trung tâm xã hơn {r.randint(10, 40)} km đường rừng, mùa mưa gần như bị cô lập.",
            f"Chia sẻ với phóng viên Báo {outlet}, cô {n} cho biết những năm đầu lên bản, cô phải ở nhờ nhà dân.",
            f"Chia sẻ với PV{', ' if i % 2 else ' '}cô nói điều khiến cô vui nhất là các em đến lớp đều đặn hơn.",
            f"Trao đổi với phóng viên, ông {name(r)}, Chủ tịch UBND xã, đánh giá cao sự tận tụy của cô.",
            f"Nói với Báo {outlet}" + (":" if i % 2 else ","),
            "“Chỉ cần các em biết chữ, biết tính là tôi đã thấy mình có ích”, cô tâm sự."]


def k_subheads(i: int, r: random.Random) -> list[str]:
    subs = [("Nỗi lo mùa lũ", "Giải pháp lâu dài"), ("Cơ hội từ thị trường mới", "Những rào cản cần tháo gỡ"),
            ("Làng nghề hồi sinh", "Hướng đi bền vững"), ("ÁP LỰC TỪ GIÁ THỨC ĂN", "CHỜ CHÍNH SÁCH HỖ TRỢ"),
            ("Khó khăn chồng chất", "Cần cú hích từ chính sách")][i % 5]
    p = ("nông dân", "doanh nghiệp", "người dân", "các hộ chăn nuôi", "ngư dân")[i % 5]
    return [f"Đời sống {p} sau một năm nhiều biến động",
            f"Một năm qua, {p} ở nhiều địa phương chịu ảnh hưởng nặng nề từ thời tiết và thị trường.",
            subs[0] + (":" if i == 4 else ""),
            f"Tại huyện {r.choice(('Tân Kỳ', 'Hương Khê', 'Phù Mỹ', 'Cái Bè'))}, nhiều hộ thiệt hại hàng chục triệu "
            f"đồng, có hộ phải bán tài sản để trả nợ ngân hàng.",
            f"Ông {name(r)}, một hộ dân trong xã, kể năm nay là năm khó khăn nhất kể từ khi ông vào nghề.",
            subs[1],
            "Lãnh đạo địa phương cho biết sẽ đề xuất cơ chế hỗ trợ lãi suất và tìm đầu ra ổn định cho sản phẩm.",
            "Về lâu dài, cần quy hoạch lại vùng sản xuất và tăng cường liên kết theo chuỗi giá trị."]


def k_steps(i: int, r: random.Random) -> list[str]:
    task = ("đăng ký tài khoản định danh điện tử mức 2", "nộp hồ sơ xét tuyển trực tuyến", "tra cứu phạt nguội",
            "làm thủ tục cấp hộ chiếu online", "đổi giấy phép lái xe trên Cổng dịch vụ công")[i % 5]
    steps = ["Truy cập ứng dụng hoặc Cổng dịch vụ công quốc gia", "Đăng nhập bằng số định danh cá nhân",
             "Chọn mục thủ tục cần thực hiện và điền thông tin theo hướng dẫn", "Tải lên ảnh chân dung và giấy tờ liên quan",
             "Thanh toán lệ phí trực tuyến và chờ nhận kết quả"]
    fmt = ("Bước {n}: {s}", "Bước {n}. {s}", "BƯỚC {n}: {s}.", "{n}. {s}", "Bước {n} - {s}")[i % 5]
    lines = [f"Hướng dẫn {task} chỉ trong 5 phút",
             f"Từ ngày {r.randint(1, 28)}/{r.randint(1, 12)}, người dân có thể {task} mà không cần đến cơ quan nhà nước.",
             "Các bước thực hiện như sau:" if i % 2 else "Cách thực hiện"]
    lines += [fmt.format(n=n, s=s) for n, s in enumerate(steps, 1)]
    lines.append("Trường hợp gặp lỗi, người dân có thể gọi tổng đài hỗ trợ 1900 0368 để được hướng dẫn.")
    return lines


def k_top5(i: int, r: random.Random) -> list[str]:
    topic, items = [("5 điểm ngắm mùa lúa chín đẹp nhất miền Bắc", ["Mù Cang Chải", "Hoàng Su Phì", "Y Tý", "Pù Luông", "Tú Lệ"]),
                    ("Top 5 món ăn sáng Sài Gòn", ["Bánh mì", "Hủ tiếu Nam Vang", "Cơm tấm", "Bún bò Huế", "Xôi gà"]),
                    ("5 thói quen giúp ngủ ngon", ["Đi ngủ đúng giờ", "Hạn chế cà phê buổi chiều", "Tắt điện thoại",
                                                    "Tập thể dục nhẹ", "Giữ phòng ngủ thoáng mát"]),
                    ("Năm bãi biển hoang sơ nên đến mùa hè này", ["Bãi Xếp", "Kỳ Co", "Bãi Nồm", "Hòn Khô", "Bãi Sao"]),
                    ("5 smartphone đáng mua nhất tầm giá 10 triệu", ["Galaxy A55", "Xiaomi 14T", "OPPO Reno12",
                                                                      "iPhone 12 cũ", "Pixel 8a"])][i % 5]
    lines = [topic, f"Dưới đây là gợi ý của {r.choice(('phóng viên', 'các chuyên gia', 'độc giả', 'ban biên tập'))} "
             f"sau nhiều lần trải nghiệm thực tế."]
    for n, it in enumerate(items, 1):
        lines.append((f"{n}. {it}", f"{it}", f"{n}/ {it}", f"#{n} {it}", f"{n}. {it.upper()}")[i % 5])
        if n <= 2:
            lines.append("Đây là lựa chọn được nhiều người yêu thích nhờ nét riêng khó lẫn và chi phí hợp lý.")
    return lines


def k_titles(i: int, r: random.Random) -> list[str]:
    kind, items = [("phim Việt ra rạp dịp Tết", ["Mai (Trấn Thành)", "Gặp lại chị bầu", "Lật mặt 7: Một điều ước",
                                                   "Đào, phở và piano", "Quỷ cẩu"]),
                   ("cuốn sách được mượn nhiều nhất", ["“Dế Mèn phiêu lưu ký” - Tô Hoài", "“Số đỏ” - Vũ Trọng Phụng",
                                                       "“Tắt đèn” - Ngô Tất Tố", "“Cho tôi xin một vé đi tuổi thơ” - Nguyễn Nhật Ánh"]),
                   ("ca khúc trong đêm nhạc", ["Hà Nội mùa thu", "Diễm xưa", "Mùa thu cho em", "Nối vòng tay lớn",
                                               "Bài ca hy vọng"]),
                   ("bộ phim tham gia liên hoan", ["Tro tàn rực rỡ", "Cha cõng con", "Bên trong vỏ kén vàng",
                                                  "Người vợ cuối cùng"]),
                   ("tác phẩm lọt vào chung khảo", ["Mùa hoa tam giác mạch", "Phố cũ", "Chuyện làng", "Dòng sông tuổi nhỏ",
                                                   "Nắng trên cao nguyên"])][i % 5]
    lines = [f"Công bố danh sách {kind} năm {2023 + i % 2}",
             f"Ban tổ chức vừa công bố danh sách {kind}, thu hút sự quan tâm lớn của công chúng.",
             "Danh sách cụ thể:" if i % 2 else "Danh sách gồm"]
    lines += [("- " + it) if i % 3 == 1 else it for it in items]
    lines.append(f"Chương trình sẽ diễn ra trong {r.randint(3, 10)} ngày, vé được bán tại quầy và trên ứng dụng.")
    return lines


def k_scores(i: int, r: random.Random) -> list[str]:
    city = ("Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Nghệ An")[i % 5]
    schools = ["THPT Chu Văn An", "THPT Kim Liên", "THPT Phan Đình Phùng", "THPT Yên Hòa", "THPT Nguyễn Thị Minh Khai",
               "THPT Lê Hồng Phong", "THPT Trần Phú"]
    r.shuffle(schools)
    lines = [f"{city} công bố điểm chuẩn vào lớp 10 công lập",
             f"Sở GD&ĐT {city} vừa công bố điểm chuẩn vào lớp 10 năm học {2024 + i % 2}-{2025 + i % 2}.",
             "Điểm chuẩn một số trường top đầu như sau:" if i % 2 else "Điểm chuẩn một số trường"]
    for s in schools[:5]:
        sc = f"{r.randint(38, 45)},{r.choice(('0', '25', '5', '75'))}"
        lines.append((f"{s}: {sc} điểm", f"- {s}: {sc}", f"Trường {s} - {sc} điểm", f"{s} {sc}", f"{s}: {sc}")[i % 5])
    lines.append("Thí sinh trúng tuyển nhập học trực tuyến từ ngày 10 đến 12/7.")
    return lines


def k_prices(i: int, r: random.Random) -> list[str]:
    region = ("Đồng bằng sông Cửu Long", "Tây Nguyên", "Đông Nam Bộ", "miền Tây", "các tỉnh phía Bắc")[i % 5]
    goods = [("Lúa IR 50404", "đồng/kg"), ("Lúa OM 18", "đồng/kg"), ("Cà phê nhân", "đồng/kg"), ("Hồ tiêu", "đồng/kg"),
             ("Heo hơi", "đồng/kg"), ("Sầu riêng Ri6", "đồng/kg")]
    r.shuffle(goods)
    lines = [f"Giá nông sản hôm nay {r.randint(1, 28)}/{r.randint(1, 12)}: nhiều mặt hàng tăng nhẹ",
             f"Ghi nhận tại {region}, giá nhiều loại nông sản tăng từ 100 đến 500 đồng/kg so với tuần trước.",
             "Giá thu mua tại ruộng, tại vườn:" if i % 2 else "Giá cụ thể tại một số địa phương"]
    for g, unit in goods[:4]:
        lo = r.randint(6, 120) * 1000 + r.choice((0, 200, 500))
        lines.append((f"{g}: {lo:,} - {lo + 400:,} {unit}".replace(",", "."), f"- {g}: {lo:,} {unit}".replace(",", "."),
                      f"{g} {lo:,}đ/kg".replace(",", "."), f"{g}: từ {lo:,} {unit}".replace(",", "."),
                      f"{g.upper()}: {lo:,}".replace(",", "."))[i % 5])
    lines.append("Thương lái dự báo giá sẽ tiếp tục đi ngang trong những ngày tới do nguồn cung dồi dào.")
    return lines


def k_schedule(i: int, r: random.Random) -> list[str]:
    ev = ("Lễ hội Hoa Ban", "Tuần lễ Văn hóa - Du lịch", "Hội nghị xúc tiến đầu tư", "Giải chạy marathon quốc tế",
          "Ngày hội việc làm")[i % 5]
    items = ["Khai mạc và phát biểu chào mừng", "Biểu diễn nghệ thuật dân tộc", "Tham quan gian hàng trưng bày",
             "Tọa đàm chuyên đề", "Trao giải và bế mạc"]
    times = ["7h30", "8h15", "9h30", "14h00", "16h30"]
    lines = [f"{ev} {2024 + i % 2} diễn ra từ ngày {r.randint(1, 20)}/{r.randint(1, 12)}",
             f"{ev} năm nay có nhiều hoạt động mới, dự kiến đón khoảng {r.randint(5, 50)} nghìn lượt khách.",
             "Chương trình chính:" if i % 2 else "Lịch trình ngày khai mạc"]
    for t, it in zip(times, items, strict=True):
        lines.append((f"{t}: {it}", f"{t} - {it}", f"- {t}: {it}", f"{t.replace('h', ':')} {it}", f"{t}  {it}")[i % 5])
    lines.append("Ban tổ chức khuyến cáo du khách đến sớm để thuận tiện gửi xe.")
    return lines


POEMS = (["Quê hương là chùm khế ngọt", "Cho con trèo hái mỗi ngày", "Quê hương là đường đi học",
          "Con về rợp bướm vàng bay"],
         ["Mẹ già như chuối ba hương", "Như xôi nếp một như đường mía lau", "Đêm nằm con vẫn nghĩ sâu",
          "Mẹ ơi con nhớ mái đầu bạc phơ"],
         ["Biển xanh sóng vỗ rì rào", "Thuyền ai xa bến đi vào khơi xa", "Nhớ người nơi đảo xa nhà",
          "Giữ từng tấc đất ông cha để dành"],
         ["Lớp mình ngày ấy có ba mươi đứa", "Giờ mỗi đứa một phương trời", "Thầy vẫn đứng bên khung cửa cũ",
          "Nhìn sân trường lá rụng chơi vơi"],
         ["Tháng Ba hoa gạo đỏ trời", "Con sông quê cũ ai người đợi ai", "Chiều buông khói bếp sương cài",
          "Bóng mẹ tảo tần dáng gầy lặng thinh"])


def k_poem(i: int, r: random.Random) -> list[str]:
    who = name(r)
    return ["Những vần thơ gửi về quê mẹ",
            f"Gần {r.randint(20, 40)} năm xa quê, ông {who} vẫn giữ thói quen làm thơ mỗi khi nhớ nhà.",
            "Trong bài thơ viết tặng mẹ, ông viết:" if i % 2 else "Ông đọc cho chúng tôi nghe mấy câu",
            *POEMS[i % 5],
            f"Những câu thơ mộc mạc ấy được bạn bè chép lại, lan truyền trong cộng đồng người Việt ở {r.choice(('Đức', 'Nga', 'Séc'))}."]


def k_essay(i: int, r: random.Random) -> list[str]:
    place = ("Hà Nội", "Sài Gòn", "Huế", "Đà Lạt", "Hội An")[i % 5]
    sign = (f"{place}, tháng {r.randint(1, 12)}/{2023 + i % 2}", f"{place}, những ngày cuối năm",
            f"{place}, {r.randint(1, 28)}.{r.randint(1, 12)}.{2023 + i % 2}", f"({place}, mùa mưa {2022 + i % 3})",
            f"{place} - đêm {r.randint(1, 28)}/{r.randint(1, 12)}")[i % 5]
    return [f"Tản văn: Mùa {('hoa sữa', 'mưa', 'trăng', 'sương', 'đèn lồng')[i % 5]} {place}",
            f"Có những buổi chiều đi qua con phố cũ, tôi chợt nhận ra mình đã xa {place} lâu hơn tôi tưởng.",
            "Mùi hương quen thuộc len vào từng góc phố, gợi nhớ những ngày còn đi học, tóc còn xanh và lòng còn nhẹ.",
            "Người ta bảo thành phố nào rồi cũng đổi thay, chỉ có lòng người ở lại là vẫn vậy.",
            "Tôi đứng lặng rất lâu, như sợ bước đi sẽ làm vỡ mất một điều gì rất mong manh.",
            sign]


def k_nofinal(i: int, r: random.Random) -> list[str]:
    last = ("Hẹn gặp lại du khách ở mùa lễ hội năm sau", "Mong mùa xuân này sẽ ấm áp hơn với các em",
            "Và cuộc sống cứ thế tiếp diễn", "Hy vọng mùa màng năm tới sẽ bội thu",
            "Ngôi làng lại chìm vào yên tĩnh")[i % 5]
    return [f"Mùa {('lễ hội', 'đông', 'nước nổi', 'gặt', 'cưới')[i % 5]} ở bản {r.choice(('Lác', 'Hiêu', 'Sín Chải', 'Tả Van'))}",
            "Mỗi năm, vào dịp này, cả bản lại rộn ràng chuẩn bị cho những ngày vui nhất.",
            "Người già kể chuyện xưa bên bếp lửa, trẻ con chạy nhảy khắp sân, các cô gái thêu vội tấm áo mới.",
            f"Năm nay, bản đón hơn {r.randint(100, 900)} lượt khách, phần lớn là khách nước ngoài ở lại qua đêm.",
            f"Anh {name(r)}, trưởng bản, nói bà con đã bắt đầu có thu nhập ổn định từ du lịch cộng đồng.",
            last]


def k_prizes(i: int, r: random.Random) -> list[str]:
    contest = ("cuộc thi viết “Những tấm gương bình dị mà cao quý”", "giải báo chí về phòng chống tham nhũng",
               "cuộc thi ảnh “Việt Nam hạnh phúc”", "cuộc thi sáng tác truyện ngắn thiếu nhi", "giải thưởng Sách quốc gia")[i % 5]
    lines = [f"Trao giải {contest}",
             f"Tối {r.randint(1, 28)}/{r.randint(1, 12)}, ban tổ chức đã trao giải {contest} cho {r.randint(10, 40)} tác phẩm xuất sắc."]
    if i % 5 == 4:
        lines.append("Giải nhất được trao cho các tác giả")
        lines += [name(r), name(r)]
    else:
        lines.append(("Danh sách đoạt giải:", "Kết quả như sau:", "Các tác giả đoạt giải gồm:", "Giải Nhất:")[i % 4])
        for k in range(3):
            if i % 4 == 3:
                lines.append(name(r))
            else:
                lines.append((f"Giải {('Nhất', 'Nhì', 'Ba')[k]}: {name(r)}", f"- {name(r)} ({r.choice(CITIES)})",
                              f"{name(r)} - tác phẩm “{('Mẹ tôi', 'Phố núi', 'Người gác đèn')[k]}”")[i % 3])
    lines.append("Các tác phẩm đoạt giải sẽ được in thành sách và phát hành rộng rãi trong năm tới.")
    return lines


def k_correction(i: int, r: random.Random) -> list[str]:
    head = ("Đính chính", "ĐÍNH CHÍNH", "Cải chính thông tin", "Thông báo đính chính", "Lời xin lỗi bạn đọc")[i % 5]
    return [f"Khởi công dự án đường vành đai {r.randint(2, 5)} đoạn qua huyện {r.choice(('Gia Lâm', 'Bình Chánh', 'Hòa Vang'))}",
            f"Sáng nay, dự án chính thức được khởi công với tổng mức đầu tư hơn {r.randint(2, 20)} nghìn tỷ đồng.",
            f"Dự kiến tuyến đường sẽ hoàn thành vào năm {2026 + i % 3}, góp phần giảm ùn tắc cho cửa ngõ thành phố.",
            head + (":" if i % 2 else ""),
            f"Trong bài viết đăng ngày {r.randint(1, 28)}/{r.randint(1, 12)}, do sơ suất, chúng tôi đã ghi nhầm tổng mức "
            f"đầu tư của dự án. Con số chính xác là {r.randint(2, 20)} nghìn tỷ đồng.",
            "Xin thành thật cáo lỗi cùng bạn đọc và các đơn vị liên quan."]


def k_letter(i: int, r: random.Random) -> list[str]:
    who = name(r)
    sig = (f"{who} ({r.choice(CITIES)})", f"Bạn đọc {who}", f"{who}, phường {r.randint(1, 15)}, quận {r.randint(1, 12)}",
           f"{who.upper()}", f"— {who}, giáo viên hưu trí")[i % 5]
    return [f"Thư bạn đọc: {('Vỉa hè lại bị lấn chiếm', 'Rác thải ven kênh', 'Xe quá tải cày nát đường làng', 'Tiếng ồn karaoke', 'Cây xanh bị chặt')[i % 5]}",
            "Kính gửi Ban biên tập,",
            f"Tôi là cư dân sống tại khu phố {r.randint(1, 9)} đã hơn 20 năm. Thời gian gần đây, tình trạng này diễn ra "
            f"ngày càng nghiêm trọng, ảnh hưởng đến sinh hoạt của hàng trăm hộ dân.",
            "Chúng tôi đã nhiều lần phản ánh lên phường nhưng đến nay vẫn chưa được giải quyết dứt điểm.",
            "Rất mong quý báo chuyển tải ý kiến này đến cơ quan chức năng.",
            "Xin trân trọng cảm ơn!" if i % 2 else "Trân trọng.",
            sig]


def k_quoted(i: int, r: random.Random) -> list[str]:
    n = name(r)
    role = ("Chủ tịch Hiệp hội Du lịch tỉnh", "Giám đốc Bệnh viện Phụ sản", "Trưởng phòng Cảnh sát giao thông",
            "Phó Giám đốc Sở Tài nguyên và Môi trường", "Tổng giám đốc Công ty CP Dệt may")[i % 5]
    return ["Nhiều giải pháp kích cầu cho mùa cao điểm",
            f"Ngành chức năng đặt mục tiêu tăng {r.randint(10, 30)}% so với năm trước nhờ loạt chính sách mới.",
            "“Chúng tôi đã chuẩn bị kỹ lưỡng, từ nhân lực đến cơ sở vật chất, để sẵn sàng phục vụ người dân”, "
            f"{('ông', 'bà')[i % 2]} nói.",
            n if i % 3 else f"{('Ông', 'Bà')[i % 2]} {n}",
            role,
            f"Theo {('ông', 'bà')[i % 2]} {n.split()[-1]}, năm nay đơn vị sẽ tăng cường kiểm tra, xử lý nghiêm các trường hợp vi phạm.",
            "Người dân có thể phản ánh qua đường dây nóng để được xử lý kịp thời."]


def k_forecast(i: int, r: random.Random) -> list[str]:
    lines = ["Không khí lạnh tăng cường, miền Bắc rét đậm",
             f"Theo Trung tâm Dự báo khí tượng thủy văn quốc gia, từ đêm {r.randint(1, 28)}/{r.randint(11, 12)}, "
             f"không khí lạnh sẽ ảnh hưởng đến các tỉnh miền Bắc.",
             "Nhiệt độ thấp nhất tại một số nơi:" if i % 2 else "Dự báo nhiệt độ thấp nhất đêm nay"]
    for p in ("Hà Nội", "Sa Pa", "Mẫu Sơn", "Lạng Sơn")[: 3 + i % 2]:
        lo = r.randint(2, 15)
        lines.append((f"{p}: {lo}-{lo + 3}°C", f"- {p}: {lo} độ C", f"{p} {lo}°C", f"{p}: {lo} - {lo + 2} độ")[i % 4])
    lines.append("Người dân cần chú ý giữ ấm cho trẻ nhỏ và người già, không đốt than sưởi trong phòng kín.")
    return lines


def k_recipe(i: int, r: random.Random) -> list[str]:
    dish = ("thịt kho tàu", "canh chua cá lóc", "gà rang gừng", "bún riêu cua", "chả giò")[i % 5]
    ingr = ["500g thịt ba chỉ", "4 quả trứng vịt", "1 quả dừa xiêm", "Hành tím, tỏi, ớt", "Nước mắm, đường, tiêu"]
    return [f"Cách nấu {dish} ngon đúng vị miền Nam",
            f"{dish.capitalize()} là món ăn quen thuộc trong mâm cơm gia đình, đặc biệt vào dịp Tết.",
            "Nguyên liệu" + (":" if i % 2 else ""),
            *[("- " + x) if i % 3 == 0 else x for x in ingr],
            "Cách làm" + (":" if i % 2 else ""),
            "Thịt rửa sạch, cắt miếng vừa ăn, ướp với hành tỏi băm và nước mắm khoảng 30 phút.",
            "Cho thịt vào nồi đảo săn, đổ nước dừa vào đun nhỏ lửa đến khi thịt mềm, nước sánh lại là được.",
            "Chúc các bạn thành công" + ("!" if i % 2 else "")]


def k_results(i: int, r: random.Random) -> list[str]:
    teams = ["Hà Nội FC", "Hoàng Anh Gia Lai", "Thép Xanh Nam Định", "Công an Hà Nội", "Becamex Bình Dương",
             "SHB Đà Nẵng", "Hải Phòng", "Thể Công Viettel"]
    r.shuffle(teams)
    lines = [f"Vòng {r.randint(2, 20)} V.League: cuộc đua vô địch nóng lên",
             "Vòng đấu cuối tuần chứng kiến nhiều bất ngờ, khi các đội đầu bảng đều đánh rơi điểm.",
             "Kết quả các trận đấu:" if i % 2 else "Kết quả vòng đấu"]
    for a, b in zip(teams[::2], teams[1::2], strict=True):
        lines.append(f"{a} {r.randint(0, 3)}-{r.randint(0, 3)} {b}")
    lines.append(f"Sau vòng này, {teams[0]} tạm dẫn đầu bảng xếp hạng với {r.randint(20, 40)} điểm.")
    return lines


def k_timeline(i: int, r: random.Random) -> list[str]:
    lines = [f"Toàn cảnh vụ cháy kho hàng ở {r.choice(CITIES)}: diễn biến từng ngày",
             "Vụ cháy gây thiệt hại lớn về tài sản, hiện cơ quan chức năng đang điều tra làm rõ nguyên nhân.",
             "Dòng thời gian vụ việc:" if i % 2 else "Diễn biến chính"]
    d = r.randint(1, 20)
    for k, ev in enumerate(("Đám cháy bùng phát lúc rạng sáng", "Lực lượng chữa cháy khống chế được ngọn lửa",
                            "Công an khởi tố vụ án", "Tạm giữ chủ kho để điều tra")):
        lines.append((f"Ngày {d + k}/{r.randint(1, 12)}: {ev}", f"- {d + k}/10: {ev}.", f"{d + k}.10: {ev}",
                      f"Sáng {d + k}/10 - {ev}", f"{d + k}/10 {ev}")[i % 5])
    lines.append("Vụ việc đang được tiếp tục điều tra.")
    return lines


def k_faq(i: int, r: random.Random) -> list[str]:
    return [f"Hỏi đáp về chính sách {('bảo hiểm xã hội một lần', 'tăng lương cơ sở', 'cấp đổi căn cước', 'thuế thu nhập cá nhân', 'nghỉ phép năm')[i % 5]}",
            "Nhiều bạn đọc gửi câu hỏi đến tòa soạn, chúng tôi xin trả lời một số thắc mắc chung.",
            ("Hỏi:", "HỎI:", "Câu hỏi:", "Hỏi -", "H:")[i % 5] + " Tôi đã đóng bảo hiểm 12 năm, nay nghỉ việc thì có được rút một lần không?",
            ("Đáp:", "TRẢ LỜI:", "Trả lời:", "Đáp -", "Đ:")[i % 5] + " Theo quy định hiện hành, người lao động đủ điều kiện có thể lựa chọn "
            "hưởng một lần hoặc bảo lưu thời gian đóng để hưởng lương hưu sau này.",
            ("Hỏi:", "HỎI:", "Câu hỏi:", "Hỏi -", "H:")[i % 5] + " Hồ sơ gồm những gì?",
            ("Đáp:", "TRẢ LỜI:", "Trả lời:", "Đáp -", "Đ:")[i % 5] + " Hồ sơ gồm sổ bảo hiểm xã hội, đơn đề nghị và căn cước công dân.",
            "Ban Bạn đọc"]


KINDS = {"hospital_list": k_hospital_list, "hotlines": k_hotlines, "admissions_office": k_admissions,
         "cooperative_contact": k_cooperative, "museum_info": k_museum, "interview_qa": k_interview,
         "lawyer_answer": k_lawyer, "theo_paragraphs": k_theo, "chia_se_voi_pv": k_chiase, "subheadings": k_subheads,
         "numbered_steps": k_steps, "top5_list": k_top5, "titles_list": k_titles, "exam_scores": k_scores,
         "farm_prices": k_prices, "schedule": k_schedule, "poem": k_poem, "essay_signoff": k_essay,
         "last_line_no_period": k_nofinal, "prize_winners": k_prizes, "correction_note": k_correction,
         "reader_letter": k_letter, "quoted_name_role": k_quoted, "forecast_list": k_forecast, "recipe": k_recipe,
         "match_results": k_results, "timeline": k_timeline, "faq_qa": k_faq}
# ---------------------------------------------------------------- batch 2 (written after the rules were read)

def k_notice(i: int, r: random.Random) -> list[str]:
    org = ("ỦY BAN NHÂN DÂN", "UBND", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "BAN CHỈ ĐẠO", "UBND HUYỆN")[i % 5]
    return ["Thông báo về việc tạm dừng hoạt động bến đò ngang trong mùa mưa lũ",
            f"Cổng thông tin điện tử trân trọng đăng tải thông báo của {org.title()} như sau:",
            "THÔNG BÁO" if i % 2 else "Thông báo",
            "Về việc tạm dừng hoạt động bến đò ngang",
            f"Căn cứ tình hình mưa lũ trên địa bàn, để bảo đảm an toàn cho người dân, kể từ ngày {r.randint(1, 28)}/{r.randint(9, 11)} "
            f"tạm dừng hoạt động các bến đò ngang qua sông cho đến khi có thông báo mới.",
            "Các đơn vị liên quan có trách nhiệm tổ chức thực hiện nghiêm thông báo này.",
            ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TM. BAN CHỈ ĐẠO", "KT. GIÁM ĐỐC", "TM. UBND HUYỆN")[i % 5],
            ("CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG BAN", "PHÓ GIÁM ĐỐC", "CHỦ TỊCH")[i % 5],
            "(Đã ký)" if i % 2 else "Đã ký",
            name(r)]


def k_obituary(i: int, r: random.Random) -> list[str]:
    who = name(r)
    return [f"Vĩnh biệt nhà giáo ưu tú {who}",
            f"Nhà giáo ưu tú {who}, nguyên Hiệu trưởng Trường THPT {r.choice(('Quốc Học', 'Phan Bội Châu', 'Lê Hồng Phong'))}, "
            f"đã từ trần vào hồi {r.randint(1, 23)} giờ ngày {r.randint(1, 28)}/{r.randint(1, 12)}, hưởng thọ {r.randint(70, 95)} tuổi.",
            "Cả cuộc đời ông gắn bó với bục giảng, đào tạo nhiều thế hệ học trò thành đạt.",
            f"Lễ viếng: từ {r.randint(7, 9)}h00 đến 11h00 ngày {r.randint(1, 28)}/{r.randint(1, 12)}" if i % 2 else
            f"Lễ viếng bắt đầu từ {r.randint(7, 9)} giờ sáng ngày {r.randint(1, 28)}/{r.randint(1, 12)}",
            f"Lễ truy điệu: {r.randint(12, 14)}h30 cùng ngày" if i % 2 else f"Lễ truy điệu lúc {r.randint(12, 14)} giờ 30 cùng ngày",
            f"An táng tại: Nghĩa trang {r.choice(('Văn Điển', 'Bình An', 'quê nhà'))}" if i % 2 else
            f"An táng tại nghĩa trang {r.choice(('Văn Điển', 'Bình An', 'quê nhà'))}",
            f"Địa điểm: Nhà tang lễ {r.choice(('Quốc gia', 'Bệnh viện 108', 'thành phố'))}"]


def k_sponsors(i: int, r: random.Random) -> list[str]:
    cos = ["Công ty CP Sữa Việt Nam", "Tập đoàn Hòa Phát", "Ngân hàng TMCP Ngoại thương Việt Nam",
           "Công ty TNHH Bia Việt Nam", "Tổng công ty Điện lực miền Bắc", "Công ty CP Tập đoàn Thiên Long"]
    r.shuffle(cos)
    return [f"Trao {r.randint(200, 900)} suất học bổng cho học sinh nghèo vượt khó",
            f"Sáng {r.randint(1, 28)}/{r.randint(1, 12)}, Hội Khuyến học tỉnh tổ chức lễ trao học bổng cho học sinh có hoàn cảnh khó khăn.",
            f"Mỗi suất học bổng trị giá {r.choice((1, 2, 3, 5))} triệu đồng cùng nhiều phần quà và dụng cụ học tập.",
            "Chương trình nhận được sự đồng hành của các đơn vị" + (":" if i % 2 else ""),
            *cos[: 3 + i % 2],
            "Ban tổ chức cho biết chương trình sẽ được duy trì hằng năm."]


def k_specs(i: int, r: random.Random) -> list[str]:
    prod, specs = [("Đánh giá Galaxy S24: nhỏ gọn nhưng mạnh mẽ", ["Màn hình: 6,2 inch Dynamic AMOLED 2X",
                                                                "Chip: Exynos 2400", "RAM: 8 GB", "Pin: 4.000 mAh",
                                                                "Giá bán: 22,99 triệu đồng"]),
                   ("Lái thử Toyota Vios 2024: lựa chọn an toàn cho gia đình", ["Động cơ: 1.5L, 4 xi-lanh",
                                                                              "Công suất: 106 mã lực", "Hộp số: CVT",
                                                                              "Giá niêm yết: 545 triệu đồng"]),
                   ("Trải nghiệm laptop MacBook Air M3", ["Màn hình: 13,6 inch Liquid Retina", "Chip: Apple M3",
                                                          "Trọng lượng: 1,24 kg", "Giá: từ 27,99 triệu đồng"]),
                   ("Xe máy điện VinFast Evo200 có gì đáng chú ý", ["Quãng đường: 203 km/lần sạc", "Tốc độ tối đa: 70 km/h",
                                                                      "Thời gian sạc: 10 giờ", "Giá bán lẻ: 22 triệu đồng"]),
                   ("Đánh giá tai nghe Sony WF-1000XM5", ["Thời lượng pin: 8 giờ", "Chống ồn: có", "Kết nối: Bluetooth 5.3",
                                                         "Giá tham khảo: 6,49 triệu đồng"])][i % 5]
    return [prod,
            "Sau hai tuần sử dụng thực tế, chúng tôi đánh giá sản phẩm có thiết kế gọn gàng, hiệu năng ổn định.",
            "Điểm trừ đáng kể là giá bán còn khá cao so với các đối thủ cùng phân khúc.",
            "Thông số chính" + (":" if i % 2 else ""),
            *specs]


def k_work_box(i: int, r: random.Random) -> list[str]:
    book = i % 2 == 0
    title = ("Mùa hè không tên", "Người đàn bà trên chuyến tàu tốc hành", "Hà Nội băm sáu phố phường",
             "Đất rừng phương Nam", "Chuyện làng Ngày xưa")[i % 5]
    box = ([f"Tác giả: {name(r)}", f"Nhà xuất bản: {r.choice(('Trẻ', 'Kim Đồng', 'Hội Nhà văn'))}",
            f"Số trang: {r.randint(150, 500)}", f"Giá bìa: {r.randint(80, 250)}.000 đồng"] if book else
           [f"Đạo diễn: {name(r)}", f"Diễn viên: {name(r)}, {name(r)}", f"Thời lượng: {r.randint(90, 140)} phút",
            f"Khởi chiếu: {r.randint(1, 28)}/{r.randint(1, 12)}"])
    return [f"{'Đọc' if book else 'Xem'} “{title}”: những ký ức trong trẻo",
            f"{'Cuốn sách' if book else 'Bộ phim'} đưa người {'đọc' if book else 'xem'} trở về với những năm tháng tuổi thơ "
            f"nhiều trong trẻo nhưng cũng không ít nỗi buồn.",
            "Điều đọng lại sau cùng là sự bao dung, lòng biết ơn và tình yêu dành cho quê hương.",
            title.upper() if i % 3 == 0 else f"“{title}”",
            *box]


def k_travel(i: int, r: random.Random) -> list[str]:
    place = ("Hà Giang", "Côn Đảo", "Mộc Châu", "Phú Quốc", "Cao Bằng")[i % 5]
    return [f"Ba ngày khám phá {place} mùa {('tam giác mạch', 'biển lặng', 'hoa mận', 'nắng vàng', 'lúa chín')[i % 5]}",
            f"{place} mùa này đẹp như một bức tranh, thu hút đông đảo du khách trẻ tìm đến trải nghiệm.",
            "Chúng tôi đi theo cung đường vòng quanh, dừng lại ở những bản làng còn giữ nguyên nét hoang sơ.",
            "Kinh nghiệm du lịch" + (":" if i % 2 else ""),
            f"Di chuyển: xe khách giường nằm từ Hà Nội, khoảng {r.randint(6, 10)} tiếng" if i % 2 else
            f"Di chuyển: máy bay hoặc tàu cao tốc, giá vé từ {r.randint(3, 9)}00.000 đồng",
            f"Lưu trú: homestay giá {r.randint(2, 6)}00.000 - {r.randint(7, 9)}00.000 đồng/đêm",
            "Ăn uống: thắng cố, cháo ấu tẩu, bánh tam giác mạch" if i % 2 else "Ăn uống: hải sản tươi ở chợ đêm",
            "Thời điểm đẹp nhất: tháng 10 đến tháng 12"]


def k_epigraph(i: int, r: random.Random) -> list[str]:
    q, who = [("“Không có gì quý hơn độc lập, tự do”", "Chủ tịch Hồ Chí Minh"),
              ("“Học, học nữa, học mãi”", "V.I. Lênin"),
              ("“Dân ta phải biết sử ta, cho tường gốc tích nước nhà Việt Nam”", "Hồ Chí Minh"),
              ("Ai về Bình Định mà coi / Con gái Bình Định bỏ roi đi quyền", "Ca dao"),
              ("“Một cây làm chẳng nên non, ba cây chụm lại nên hòn núi cao”", "Ca dao Việt Nam")][i % 5]
    return [f"Lan tỏa tinh thần {('yêu nước', 'hiếu học', 'tìm hiểu lịch sử', 'thượng võ', 'đoàn kết')[i % 5]} trong trường học",
            q, who if i % 2 else f"({who})" if i % 3 else f"- {who} -",
            f"Câu nói ấy được nhà trường chọn làm chủ đề cho tháng hoạt động, thu hút hơn {r.randint(500, 2000)} học sinh tham gia.",
            "Các em được nghe kể chuyện, tham gia thi vẽ tranh và viết cảm nhận về những tấm gương tiêu biểu."]


def k_links_in_text(i: int, r: random.Random) -> list[str]:
    site = ("thisinh.thitotnghiepthpt.edu.vn", "dichvucong.gov.vn", "vneid.gov.vn", "baohiemxahoi.gov.vn",
            "tracuu.hanoi.gov.vn")[i % 5]
    return ["Cách tra cứu kết quả trực tuyến nhanh nhất",
            "Từ 8h sáng mai, người dân có thể tra cứu kết quả mà không cần đến trực tiếp cơ quan chức năng.",
            "Việc tra cứu hoàn toàn miễn phí và có kết quả ngay sau vài giây.",
            "Địa chỉ tra cứu:" if i % 2 else "Người dân truy cập địa chỉ",
            f"https://{site}" if i % 3 == 0 else site,
            f"Hoặc gọi tổng đài hỗ trợ: 1900 {r.randint(1000, 9999)}" if i % 2 else "Hoặc nhắn tin theo cú pháp TC gửi 8079",
            "Lưu ý: không cung cấp mật khẩu, mã OTP cho bất kỳ ai."]


def k_lineup(i: int, r: random.Random) -> list[str]:
    team = ("Việt Nam", "U23 Việt Nam", "Hà Nội FC", "Thép Xanh Nam Định", "tuyển nữ Việt Nam")[i % 5]
    players = [name(r) for _ in range(4)]
    lines = [f"Đội hình {team} đấu Thái Lan: HLV tung đội hình mạnh nhất",
             f"Trước trận cầu quan trọng, ban huấn luyện {team} quyết định sử dụng đội hình có nhiều kinh nghiệm nhất.",
             "Đội hình xuất phát" + (":" if i % 2 else "")]
    if i % 3 == 0:
        lines.append(", ".join(players))
    else:
        lines += players
    lines.append("Trận đấu bắt đầu lúc 19h30 và được truyền hình trực tiếp trên sóng VTV5.")
    return lines


def k_short_last(i: int, r: random.Random) -> list[str]:
    last = ("Hẹn gặp lại!", "Chúc mừng em!", "Xin cảm ơn!", "Và họ đã làm được", "Mời bạn cùng thử")[i % 5]
    return ["Cậu học trò nghèo đỗ thủ khoa khối A",
            f"Với tổng điểm {r.randint(27, 29)},{r.choice(('25', '5', '75'))}, em {name(r)} trở thành thủ khoa khối A của tỉnh.",
            "Nhà nghèo, bố mất sớm, em vừa học vừa phụ mẹ bán rau ngoài chợ mỗi sáng.",
            "Ước mơ của em là trở thành kỹ sư công nghệ thông tin để giúp đỡ gia đình.",
            last]


KINDS2 = {"official_notice": k_notice, "obituary": k_obituary, "sponsors_list": k_sponsors, "spec_box": k_specs,
          "book_film_box": k_work_box, "travel_tips": k_travel, "epigraph": k_epigraph, "links_in_text": k_links_in_text,
          "lineup": k_lineup, "short_last_line": k_short_last}
TAILS2 = (["PHƯƠNG ANH"], ["Bài, ảnh: Quang Huy"], ["Lê Vy - Hoàng Nam"], ["(Nguồn: Cổng TTĐT tỉnh)"],
          ["Tags: #giaoduc #doisong"], ["Xem thêm:", "Nhiều trường công bố điểm chuẩn sớm", "Học phí năm học mới tăng nhẹ"],
          ["Bình luận (0)", "Đăng nhập để bình luận"], ["Bản quyền © 2024 Báo điện tử. Giấy phép số 123/GP-BTTTT."],
          ["Tin mới nhất", "Giá vàng hôm nay tăng mạnh (14:20)", "Tai nạn liên hoàn trên cao tốc (13:05)"],
          ["↑ Về đầu trang"])


# "Ban Bạn đọc" closing the Q&A is the newsroom desk's signature: boilerplate (a byline).
SIGNATURE_LINES = {"faq_qa": {"Ban Bạn đọc"}}
VARIANTS = 5

# ---------------------------------------------------------------- page furniture (boilerplate)

HEADS = (["Trang chủ", "Thời sự", "Kinh tế", "Xã hội", "Văn hóa", "Thể thao"],
         ["Trang chủ » Xã hội » Đời sống"],
         ["Thứ Hai, 13/11/2023 - 08:42 (GMT+7)"],
         ["TIN TỨC > Địa phương"],
         ["Cập nhật lúc 15:20 ngày 05/03/2024"],
         ["Chính trị | Kinh tế | Văn hóa | Xã hội | Pháp luật"])
TAILS = (["Minh Châu"], ["Theo TTXVN"], ["Nguồn: Báo Nhân Dân"], ["THU HIỀN - QUỐC BẢO"],
         ["Từ khóa: đời sống, địa phương, tin mới"],
         ["Tin cùng chuyên mục", "Khánh thành cầu dân sinh tại xã vùng sâu (10/11/2023)",
          "Hàng nghìn người tham gia ngày hội hiến máu (09/11/2023)"],
         ["Chia sẻ: Facebook | Zalo | Twitter", "Gửi bình luận"],
         ["© 2024 Bản quyền thuộc về báo điện tử. Ghi rõ nguồn khi phát hành lại thông tin từ website này."],
         ["Ngọc Anh (tổng hợp)"], ["(Theo VTV)"], ["Bài liên quan:", "Phát hiện đường dây buôn lậu xăng dầu qua biên giới",
                                                  "Tạm giữ 5 đối tượng trộm cắp cáp điện"])


@dataclass
class Trap:
    rid: str
    kind: str
    outlet: str
    lines: list[tuple[str, str]] = field(default_factory=list)  # (label, text)
    batch: int = 1


def build(seed: int = SEED) -> list[Trap]:
    r = random.Random(seed)
    traps = []
    for k, (kind, gen) in enumerate(KINDS.items()):
        for v in range(VARIANTS):
            article = gen(v, r)
            own_sig = SIGNATURE_LINES.get(kind, set())
            lines = [(B if x in own_sig else C, x) for x in article]
            if r.random() < 0.5:
                lines = [(B, h) for h in r.choice(HEADS)] + lines
            for t in r.sample(TAILS, r.choice((0, 1, 2, 2, 3))):
                lines += [(B, x) for x in t]
            traps.append(Trap(f"{kind}-{v}", kind, OUTLETS[(k + 3 * v) % len(OUTLETS)], lines))
    r = random.Random(seed + 1)  # batch 2 (its own stream: batch 1 stays as it was scored)
    for k, (kind, gen) in enumerate(KINDS2.items()):
        for v in range(VARIANTS):
            lines = [(C, x) for x in gen(v, r)]
            if r.random() < 0.5:
                lines = [(B, h) for h in r.choice(HEADS)] + lines
            for t in r.sample(TAILS2, r.choice((1, 2, 2, 3))):
                lines += [(B, x) for x in t]
            traps.append(Trap(f"{kind}-{v}", kind, OUTLETS[(k + 5 + 3 * v) % len(OUTLETS)], lines, batch=2))
    return traps


@dataclass
class Tally:
    content: int = 0
    kept: int = 0
    boiler: int = 0
    removed: int = 0
    lost: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)


def score(traps: list[Trap], docs: dict[str, dict]) -> dict[str, Tally]:
    by_kind: dict[str, Tally] = defaultdict(Tally)
    for t in traps:
        doc = docs.get(t.rid)
        removed = {x["line"]: x["rule"] for x in doc["removed"]} if doc else dict.fromkeys(range(1, len(t.lines) + 1), "rejected")
        tally = by_kind[t.kind]
        for no, (label, text) in enumerate(t.lines, 1):
            if label == C:
                tally.content += 1
                if no in removed:
                    tally.lost.append(f"{t.rid} [{removed[no]}] {text}")
                else:
                    tally.kept += 1
            else:
                tally.boiler += 1
                if no in removed:
                    tally.removed += 1
                else:
                    tally.missed.append(f"{t.rid} {text}")
    return by_kind


def report(by_kind: dict[str, Tally], batches: dict[str, int], show_missed: bool = False) -> str:
    out = ["| batch | kind | content kept | boilerplate removed |", "|---|---|---|---|"]
    totals: dict[str, Tally] = defaultdict(Tally)
    for kind, t in sorted(by_kind.items(), key=lambda kv: (batches[kv[0]], kv[0])):
        out.append(f"| {batches[kind]} | {kind} | {t.kept}/{t.content} | {t.removed}/{t.boiler} |")
        for key in (f"batch {batches[kind]}", "all"):
            tot = totals[key]
            tot.kept += t.kept
            tot.content += t.content
            tot.removed += t.removed
            tot.boiler += t.boiler
    for key, tot in sorted(totals.items()):
        out.append(f"| **{key}** | | {tot.kept}/{tot.content} = {100 * tot.kept / max(tot.content, 1):.2f} % | "
                   f"{tot.removed}/{tot.boiler} = {100 * tot.removed / max(tot.boiler, 1):.2f} % |")
    out += ["", "Lost content lines (record [rule] text):"]
    out += [f"  {x}" for t in by_kind.values() for x in t.lost] or ["  none"]
    if show_missed:
        out += ["", "Boilerplate kept:"] + [f"  {x}" for t in by_kind.values() for x in t.missed]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="write the records and output into this folder")
    parser.add_argument("--missed", action="store_true", help="also print the boilerplate lines kept")
    args = parser.parse_args()
    traps = build()
    with tempfile.TemporaryDirectory(prefix="vi-traps-") as tmp:
        base = args.keep or Path(tmp)
        inputs = base / "traps"
        inputs.mkdir(parents=True, exist_ok=True)
        rows = [json.dumps({"id": t.rid, "outlet": t.outlet, "text": "\n".join(x for _, x in t.lines)}, ensure_ascii=False)
                for t in traps]
        (inputs / "traps.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
        out = run_cli(inputs, workers=args.workers, output=(base / "out") if args.keep else None)
    docs = {d["doc_id"]: d for d in out.docs.values()}
    kinds = {t.kind for t in traps}
    print(f"{len(traps)} records, {len(kinds)} kinds, {sum(len(t.lines) for t in traps)} lines")
    print(report(score(traps, docs), {t.kind: t.batch for t in traps}, args.missed))


if __name__ == "__main__":
    main()
